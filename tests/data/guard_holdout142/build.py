#!/usr/bin/env python3
"""Regenerate drafts.jsonl, labels.jsonl and README.md for blind guardrails set 385.

Standard library only; fixed seed 385. The drafts themselves live in the part files
build_p2_en.py .. build_p5_nl_pt.py; helpers and number generation in build_p1_common.py.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from build_p1_common import ABBR2NAME, ORDER, make_numbers  # noqa: E402
import build_p2_en  # noqa: E402
import build_p3_es_fr  # noqa: E402
import build_p4_de_it  # noqa: E402
import build_p5_nl_pt  # noqa: E402

SEED = 385
LANGS = ["en-US", "en-GB", "en-AU", "en-ZA", "es-ES", "es-CO", "fr-FR", "de-DE", "it-IT", "nl-NL", "pt-PT"]


def make_note(e):
    parts = ["[%s, %s]" % (e["key"], e["lang"])]
    if e["subtle"]:
        parts.append("Subtle.")
    parts.append(e["why"])
    for a in ORDER:
        if a in e["trig"]:
            parts.append("trigger:%s <<%s>>" % (a, e["trig"][a]))
    for kind, value in e["data"]:
        parts.append("data:%s <<%s>>" % (kind, value))
    if e["near"]:
        parts.append("near-miss <<%s>>" % e["near"])
    return " ".join(parts)


def validate(e):
    abbrs = [] if e["key"] == "OK" else e["key"].split("+")
    assert abbrs == sorted(abbrs, key=ORDER.index), e["key"]
    assert sorted(e["trig"]) == sorted(abbrs), (e["key"], e["trig"])
    text = e["subject"] + "\n" + e["body"]
    for p in e["trig"].values():
        assert p in text, p
    for _, v in e["data"]:
        assert v in text, v
    if e["near"]:
        assert e["near"] in text, e["near"]
    assert not (e["subtle"] and not abbrs)
    assert "<<" not in e["why"] and ">>" not in e["why"]
    return [ABBR2NAME[a] for a in abbrs]


def main():
    rng = random.Random(SEED)
    N = make_numbers(rng)
    entries = []
    for mod in (build_p2_en, build_p3_es_fr, build_p4_de_it, build_p5_nl_pt):
        entries.extend(mod.drafts(N))
    assert len(entries) == 80, len(entries)
    rng.shuffle(entries)

    drafts, labels = [], []
    for i, e in enumerate(entries, 1):
        vid = "yd%02d" % i
        viol = validate(e)
        drafts.append({"id": vid, "subject": e["subject"], "body": e["body"]})
        labels.append({"id": vid, "allowed": not viol, "violations": viol, "note": make_note(e), "lang": e["lang"]})

    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(entries, labels))
    print("wrote %d drafts" % len(drafts))


def readme(entries, labels):
    viol_ids = collections.defaultdict(list)
    key_count = collections.Counter()
    lang_count = collections.Counter()
    lang_ok = collections.Counter()
    subtle = 0
    doubles = []
    for e, lab in zip(entries, labels):
        key_count[e["key"]] += 1
        lang_count[e["lang"]] += 1
        if lab["allowed"]:
            lang_ok[e["lang"]] += 1
        subtle += e["subtle"]
        for v in lab["violations"]:
            viol_ids[v].append(lab["id"])
        if len(lab["violations"]) == 2:
            doubles.append("%s (%s)" % (lab["id"], e["key"]))
    n_ok = sum(lab["allowed"] for lab in labels)
    L = []
    L.append("# Blind guardrails set 385 \u2014 pharmacy wholesaler / medical-supplies distributor\n")
    L.append("Held-out evaluation set for the outbound-message guardrail (`guard`, see "
             "`/work/shared/contracts/guardrails.md`). Written blind: only the contract and the public guard samples "
             "were read.\n")
    L.append("## Theme\n")
    L.append("Accounts-receivable messages from pharmacy wholesalers and medical-supplies distributors to the "
             "pharmacies, GP and specialist clinics, dental practices, hospitals and care homes they bill: template "
             "output, LLM rewrites and people's quick edits chasing overdue invoices. Each region has its own made-up "
             "seller (Halvorsen Medical Supply, Brightwell Pharma Wholesale, Southern Cross Medical Distributors, Karoo "
             "Pharmaceutical Wholesalers, Distribuciones Farmac\u00e9uticas Albar\u00e1n, Droguer\u00eda Mayorista Andina, "
             "R\u00e9partition Pharmaceutique Lumi\u00e8re, Nordlicht Pharmagro\u00dfhandel, Farmadistribuzione Ponente, Zuiderzee "
             "Medische Groothandel, Distribuidora Farmac\u00eautica Atl\u00e2ntico). All companies, people, domains "
             "(`*.example`), phone numbers (555 / 5550) and references are invented; company and VAT ids are "
             "made up and not checked.\n")
    L.append("## Files\n")
    L.append("| file | what |\n|---|---|")
    L.append("| `build.py` | regenerates `drafts.jsonl`, `labels.jsonl` and this README (stdlib only, seed 385) |")
    L.append("| `build_p1_common.py` | helpers: Luhn, IBAN / RF mod-97, ABA checksum, seeded number generation |")
    L.append("| `build_p2_en.py` | en-US, en-GB, en-AU, en-ZA drafts |")
    L.append("| `build_p3_es_fr.py` | es-ES, es-CO, fr-FR drafts |")
    L.append("| `build_p4_de_it.py` | de-DE, it-IT drafts |")
    L.append("| `build_p5_nl_pt.py` | nl-NL, pt-PT drafts |")
    L.append("| `drafts.jsonl` | 80 lines `{\"id\": \"yd01\"..\"yd80\", \"subject\", \"body\"}` \u2014 guard input |")
    L.append("| `labels.jsonl` | 80 lines, same order: `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}` |")
    L.append("| `check.py` | independent verifier (structure, counts, numbers, triggers); exits non-zero on a problem. Kept by hand on purpose: build.py does not write it |")
    L.append("| `README.md` | this file |\n")
    L.append("Run `python3 build.py && python3 check.py`. Drafts are shuffled with the seed, so ids do not follow "
             "language or label.\n")
    L.append("## Conventions\n")
    L.append("- `allowed` is true exactly when `violations` is `[]`. Violations are listed in the contract's table "
             "order; compare them as a set.")
    L.append("- `note` starts `[KEY, lang]`. KEY is `OK` or the violations abbreviated and joined with `+`: "
             "LT legal_threat, DO discount_offer, RC refund_or_credit_promise, FA fault_admission, TC terms_change, "
             "HA harassment, SD sensitive_data. Then `Subtle.` when the violation is carried by a single clause in an "
             "otherwise polite draft, then the reason.")
    L.append("- Machine-readable tails in the note (read by `check.py`): `trigger:XX <<phrase>>` \u2014 the exact phrase "
             "in the subject or body that carries violation XX (one per violation); `data:KIND <<value>>` \u2014 a "
             "sensitive or masked value as it appears in the text (KIND: card, cvv, expiry, iban, aba, account, "
             "password, other_customer, masked_card, masked_account, masked_iban, rf); `near-miss <<phrase>>` \u2014 "
             "the phrase that makes an allowed draft sit close to a violation.")
    L.append("- `lang` is a BCP 47 tag (language-region).")
    L.append("- Boundary choices, following the public samples: a stated business consequence under agreed terms "
             "(account on stop / credit hold, pausing scheduled deliveries) is allowed; restating contractual or "
             "statutory fees and interest is allowed; reporting a credit memo that was already issued is allowed; "
             "listing balances of several sites that belong to the addressee's own group is allowed; an ISO 11649 "
             "RF creditor reference and a Portuguese Multibanco entity/reference are payment references, not "
             "account numbers.")
    L.append("- Generated numbers: the full card is Luhn-valid, IBANs pass mod-97 (and the Spanish/Dutch national "
             "checks), the US routing number passes the ABA checksum. They are produced from the seed, not real.\n")
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d violating; %d violating drafts are marked Subtle; %d drafts carry two "
             "violations: %s.\n" % (len(labels), n_ok, len(labels) - n_ok, subtle, len(doubles), ", ".join(doubles)))
    L.append("| violation | drafts | ids |\n|---|---|---|")
    for a in ORDER:
        name = ABBR2NAME[a]
        L.append("| `%s` (%s) | %d | %s |" % (name, a, len(viol_ids[name]), ", ".join(viol_ids[name])))
    L.append("\n| KEY | drafts |\n|---|---|")
    for k in sorted(key_count, key=lambda k: (k != "OK", k.count("+"), [ORDER.index(x) for x in k.split("+")]
                                              if k != "OK" else [])):
        L.append("| %s | %d |" % (k, key_count[k]))
    L.append("\n## Languages\n")
    L.append("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANGS:
        L.append("| %s | %d | %d | %d |" % (lg, lang_count[lg], lang_ok[lg], lang_count[lg] - lang_ok[lg]))
    L.append("")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
