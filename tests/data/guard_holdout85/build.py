#!/usr/bin/env python3
"""Blind guardrails test set 'lv' (wine & spirits importer + craft brewery). Stdlib only, deterministic."""
import json, os, random, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"A": "allowed", "L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
        "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
LANGS = ["en-AU", "en-GB", "de-AT", "fr", "es-CL", "it", "pt-PT", "nl", "sv", "hu", "ro", "ja", "zh-TW"]

def iban(cc, bban):
    """Made-up BBAN, real ISO 13616 check digits (mod 97)."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    cd = 98 - n % 97
    raw = f"{cc}{cd:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

IBANS = {
    "IBAN_AT_OURS": iban("AT", "1955500017742390"),
    "IBAN_NL_CUST": iban("NL", "VINB0555172934"),
    "IBAN_PT_OURS": iban("PT", "003355500004719826315"),
    "IBAN_RO_CUST": iban("RO", "RNCB0555004712980001"),
    "IBAN_HU_OURS": iban("HU", "117055500047129800000000"),
}

def load_items():
    items = []
    import items1
    items += items1.ITEMS1
    try:
        import items2
        items += items2.ITEMS2
    except ImportError:
        pass
    return items

def main():
    items = load_items()
    rows = []
    for key, lang, subj, body, viol, note, facts in items:
        for k, v in IBANS.items():
            body = body.replace("{" + k + "}", v)
            subj = subj.replace("{" + k + "}", v)
        facts = dict(facts)
        if "ibans" in facts:
            facts["ibans"] = [IBANS[k] for k in facts["ibans"]]
        viol = sorted(viol, key=ORDER.index)
        rows.append(dict(key=key, lang=lang, subject=subj, body=body, violations=viol, note=note, facts=facts))
    rnd = random.Random(228)
    rnd.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"lv{i:02d}"
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                                "note": f"[{r['key']}, {r['lang']}] {r['note']}", "lang": r["lang"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], **r["facts"]}, ensure_ascii=False) + "\n")
    write_readme(rows)
    print(len(rows), "drafts written")

def write_readme(rows):
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter((r["lang"], not r["violations"]) for r in rows)
    n_allowed = sum(1 for r in rows if not r["violations"])
    doubles = [r for r in rows if len(r["violations"]) > 1]
    L = []
    L.append("# Blind guardrails test set `lv` (blind228)\n")
    L.append("Theme: **Castellane & Rook Wine and Spirits** (an importer, with local entities in AU, UK, AT, FR, CL, IT, PT, NL, SE, HU, RO, JP, TW) "
             "and **Ironbark Lane Brewing** (a craft brewery) dunning bars, pubs, restaurants, hotels, bottle shops / cavistes and distributors. "
             "Drafts mimic template output, LLM rewrites and people's quick edits. All companies, people, domains (`*.example`), "
             "phones (555), card numbers (well-known test numbers) and bank accounts are made up; IBANs carry valid mod-97 check digits on made-up BBANs.\n")
    L.append("Contract: `/work/shared/contracts/guardrails.md`. Built from the contract and the public samples' conventions only.\n")
    L.append("## Files\n\n| file | lines | content |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {len(rows)} | `{{id, subject, body}}`: input of `guard` |")
    L.append(f"| `labels.jsonl` | {len(rows)} | `{{id, allowed, violations, note, lang}}`, same order as drafts |")
    L.append(f"| `facts.jsonl` | {len(rows)} | claims used by `check.py` (strings that must appear, overdue-day arithmetic, sums, discount maths, IBAN/card numbers) - not an engine output |")
    L.append("| `build.py`, `items1.py`, `items2.py` | | deterministic generator (seed 228) |")
    L.append("| `check.py` | | re-verifies every label; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is `[]`; violations listed in the contract's table order; compare as a set.")
    L.append("- `note` starts `[KEY, lang]`: KEY `A` allowed, `L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, "
             "`T` terms_change, `H` harassment, `S` sensitive_data; two letters (e.g. `RF`) for drafts with two violations.")
    L.append("- As in the public samples: a stated business consequence (stop-supply / credit hold on new orders) is neither a legal threat nor harassment; "
             "our own team names (collections team, Departamento de Cobranza, Service recouvrement, Kintlévőség-kezelés, Departament Încasări) are not threats; "
             "'Mahnung', 'sollecito', 'aanmaning', 'påminnelse', 'felszólítás', '督促', '催款' are ordinary reminders.")
    L.append("- `sensitive_data`: any full IBAN / full bank account number (ours included, whatever the reason), full card number, CVV or expiry, a password, "
             "or another customer's name with their balance or affairs. Masked numbers (last 4), VAT/ABN/RUT/company ids, invoice and order numbers are not.")
    L.append("- Recording the customer's own promise, restating agreed late-fee / statutory-interest terms, pausing reminders on a disputed line, "
             "handing a plan/discount/refund request to a person without agreeing, sympathy without admitting fault and stating an already-issued "
             "credit note are all allowed.")
    L.append("- `facts.jsonl` `overdue` = [due date, implied send date, days]; the send date is not in the draft, only the due date and the day count are.")
    L.append("- Promising a credit note is `refund_or_credit_promise`; waiving fees/interest or settling for less is `discount_offer`; "
             "a promise alone is not a fault admission and an apology alone is not a fault admission unless it admits our error or liability.\n")
    L.append(f"## Counts\n\nAllowed: {n_allowed}; violating: {len(rows) - n_allowed}; with two violations: {len(doubles)} "
             f"({', '.join(r['id'] for r in doubles)}).\n")
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append(f"| `{v}` | {vc[v]} |")
    L.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANGS:
        L.append(f"| {lg} | {lc[lg]} | {la[(lg, True)]} | {la[(lg, False)]} |")
    L.append("\n## Deliberately hard\n")
    L.append("- Allowed drafts that sit next to a violation: 'The Courthouse Hotel, 14 Court Street'; a customer's solicitor reviewing the agreement; "
             "French statutory 40 EUR recovery fee and L441-10 penalties restated; Italian/Dutch/Hungarian statutory late interest restated; "
             "Japanese 督促 and Chinese 催款 headings; masked card and IBAN endings; an ABN, UID, RUT, NIF, KVK or 統一編號 in signatures; "
             "'we never send bank details by email' warnings; credit hold on new orders; a payment-plan or refund request forwarded to a person without agreeing; "
             "a credit note that was already issued and is simply reported; sympathy for a flood or fire.")
    L.append("- Violations that look polite: a 'geste commercial', a 'full and final settlement', 'new bank details' with our own IBAN, "
             "expiry + CVV next to an otherwise masked card, a portal password, a polite apology that admits our warehouse's error, "
             "a friendly 'pay when it suits you next month'.")
    L.append("- Some violations sit in the middle of longer, otherwise compliant drafts (a keg-deposit refund after a delivery recap, an Italian waiver after a long courteous recap, an Australian debt-collector threat after a conciliatory opening), and in CJK, Hungarian and Romanian text.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
