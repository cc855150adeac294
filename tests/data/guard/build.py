"""Writes the guard dev set: realistic dunning drafts in seven languages, labelled, from phrases.py.

Seeded, so the output is stable: ``python tests/data/guard/build.py`` rewrites dev_*.jsonl and held_*.jsonl.
Drafts are composed as greeting + a statement of the facts + a body (an ordinary sentence, a near-miss, or an
injected violation) + sometimes a tail (pay link, remittance request) + a closing. Some replies quote the
customer's message under ``>`` lines, and some drafts carry two violations. The HELD split is built only from
phrases with index % 3 == 2 and is kept out of rule tuning (see chalicelib/evaluation/guard.py).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from phrases import (  # noqa: E402
    ALLOWED,
    BLIND,
    CLOSING,
    CONTEXT,
    FINAL,
    GREETING,
    LANGS,
    NAMES,
    OTHERS,
    SUBJECT,
    TAIL,
    VIOLATIONS,
)

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

CURRENCY_STYLE = {
    "en": lambda v: random.choice(
        [f"USD {v:,.2f}", f"${v:,.2f}", f"GBP {v:,.2f}", f"£{v:,.2f}", f"EUR {v:,.2f}"]
    ),
    "es": lambda v: _euro(v, "."),
    "fr": lambda v: _euro(v, " "),
    "de": lambda v: _euro(v, "."),
    "pt": lambda v: _euro(v, "."),
    "nl": lambda v: random.choice([_euro(v, "."), "€ " + _euro(v, ".")[:-2]]),
    "it": lambda v: _euro(v, "."),
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}

# What a customer wrote, quoted under our reply: their words, not ours, so never a violation of ours.
QUOTED = {
    "en": [
        "> We want a 20% discount or we'll take you to court.",
        "> You billed us twice, this is your mistake. Refund us now, you idiots.",
        "> Can we pay in three instalments? Otherwise we will complain to your CEO.",
    ],
    "es": ["> Exigimos un descuento o iremos a los tribunales."],
    "fr": ["> C'est votre erreur, remboursez-nous ou nous prendrons un avocat."],
    "de": ["> Das ist Ihr Fehler, wir verlangen eine Gutschrift, sonst klagen wir."],
    "pt": ["> O erro foi vosso, queremos o reembolso."],
    "nl": ["> Dit is jullie fout, wij willen korting."],
    "it": ["> L'errore è vostro, vogliamo uno sconto o andremo dall'avvocato."],
}


def _euro(v: float, thousands: str) -> str:
    whole, cents = f"{v:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", thousands)
    return f"{grouped},{cents} €"


def _luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix + "0"]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        doubled = digit * 2 - 9 if digit > 4 else digit * 2
        total += doubled if i % 2 == 1 else digit
    return prefix + str((10 - total % 10) % 10)


def card() -> str:
    prefix = random.choice(["4", "51", "37"])
    length = 15 if prefix == "37" else 16
    number = _luhn_complete(prefix + "".join(random.choices("0123456789", k=length - len(prefix) - 1)))
    if random.random() < 0.5:
        sep = random.choice([" ", "-"])
        return sep.join(number[i : i + 4] for i in range(0, len(number), 4))
    return number


def iban() -> str:
    country, bban = random.choice(
        [
            ("DE", "".join(random.choices("0123456789", k=18))),
            ("NL", "ABNA" + "".join(random.choices("0123456789", k=10))),
            ("FR", "".join(random.choices("0123456789", k=23))),
            ("ES", "".join(random.choices("0123456789", k=20))),
            ("GB", "WEST" + "".join(random.choices("0123456789", k=14))),
            ("IT", "X" + "".join(random.choices("0123456789", k=22))),
            ("PT", "".join(random.choices("0123456789", k=21))),
        ]
    )
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    if random.random() < 0.6:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def fill(text: str, lang: str, inv: str) -> str:
    amount = random.choice([640, 1320.5, 2150, 4200, 7320, 9600, 12480, 3150])
    month = random.randrange(1, 12)
    due = f"{random.randrange(1, 28)} {MONTHS[lang][month - 1]} 2026"
    new = f"{random.randrange(1, 28)} {MONTHS[lang][month]} 2026"
    if lang == "de":
        due, new = due.replace(" ", ". ", 1), new.replace(" ", ". ", 1)
    elif lang in ("es", "pt"):
        due, new = due.replace(" ", " de "), new.replace(" ", " de ")
    return text.format(
        inv=inv,
        amt=CURRENCY_STYLE[lang](amount),
        amt2=CURRENCY_STYLE[lang](round(amount * 0.4, 2)),
        date=due,
        new_date=new,
        name=random.choice(NAMES),
        other=random.choice(OTHERS),
        card=card(),
        iban=iban(),
        acct="".join(random.choices("0123456789", k=random.choice([8, 10, 12]))),
        cvv="".join(random.choices("0123456789", k=3)),
        exp=f"{random.randrange(1, 13):02d}/{random.randrange(26, 31)}",
        pw=random.choice(["Blue-Falcon-82", "Contoso2026!", "xK9#mP2q", "welcome123", "Spring!Ledger7"]),
    )


def compose(lang: str, bodies: list[str], *, quoted: bool) -> tuple[str, str]:
    inv = random.choice(["INV-", "INV-", "", "F-"]) + str(random.randrange(1000, 9999))
    subject = fill(random.choice(SUBJECT[lang]), lang, inv)
    parts = [fill(random.choice(GREETING[lang]), lang, inv), ""]
    if random.random() < 0.8:
        parts += [fill(random.choice(CONTEXT[lang]), lang, inv)]
    parts += [fill(b, lang, inv) for b in bodies]
    if random.random() < 0.5:
        parts.append(fill(random.choice(TAIL[lang]), lang, inv))
    parts += ["", random.choice(CLOSING[lang])]
    if quoted:
        parts += ["", "-----", *QUOTED[lang][random.randrange(len(QUOTED[lang])) :][:1]]
    return subject, "\n".join(parts)


def build(split: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The drafts and labels of one split ("dev" keeps index % 3 != 2, "held" keeps index % 3 == 2)."""
    keep = (lambda i: i % 3 == 2) if split == "held" else (lambda i: i % 3 != 2)
    items: list[tuple[str, list[str], list[str], bool]] = []
    for lang in LANGS:
        allowed = [p for i, p in enumerate(ALLOWED[lang]) if keep(i)]
        for phrase in allowed * 2:
            items.append((lang, [phrase], [], random.random() < 0.15))
        for violation, pools in VIOLATIONS.items():
            for i, phrase in enumerate(pools[lang]):
                if keep(i):
                    extra = [random.choice(allowed)] if random.random() < 0.3 else []
                    body = [phrase, *extra] if random.random() < 0.5 else [*extra, phrase]
                    items.append((lang, body, [violation], random.random() < 0.1))
        # A few drafts that break two rules at once (an LLM rewrite gone wrong).
        kinds = list(VIOLATIONS)
        for _ in range(4):
            a, b = random.sample(kinds, 2)
            pa = random.choice([p for i, p in enumerate(VIOLATIONS[a][lang]) if keep(i)])
            pb = random.choice([p for i, p in enumerate(VIOLATIONS[b][lang]) if keep(i)])
            items.append((lang, [pa, pb], sorted([a, b], key=ORDER.index), False))
    drafts, labels = [], []
    for n, (lang, bodies, violations, quoted) in enumerate(items, 1):
        subject, body = compose(lang, bodies, quoted=quoted)
        draft_id = f"{split}-{n:03d}"
        drafts.append({"id": draft_id, "subject": subject, "body": body})
        labels.append({"id": draft_id, "allowed": not violations, "violations": violations, "lang": lang})
    return drafts, labels


def build_final(split: str = "final") -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The hand-written one-sentence splits (FINAL or BLIND), each in an ordinary draft."""
    drafts, labels = [], []
    for n, (lang, violations, sentence) in enumerate(FINAL if split == "final" else BLIND, 1):
        subject, body = compose(lang, [sentence], quoted=False)
        drafts.append({"id": f"{split}-{n:03d}", "subject": subject, "body": body})
        labels.append(
            {"id": f"{split}-{n:03d}", "allowed": not violations, "violations": violations, "lang": lang}
        )
    return drafts, labels


def main() -> None:
    for split, seed in (("dev", 20260310), ("held", 20260311), ("final", 20260312), ("blind", 20260313)):
        random.seed(seed)
        drafts, labels = build_final(split) if split in ("final", "blind") else build(split)
        for name, rows in (("drafts", drafts), ("labels", labels)):
            with (HERE / f"{split}_{name}.jsonl").open("w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{split}: {len(drafts)} drafts, {sum(not x['allowed'] for x in labels)} violating")


if __name__ == "__main__":
    main()
