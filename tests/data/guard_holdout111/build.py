#!/usr/bin/env python3
"""Deterministic builder for the gp guardrails held-out set (stdlib only)."""
import json, random, os, collections, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
ORDER = ["legal_threat","discount_offer","refund_or_credit_promise","fault_admission","terms_change","harassment","sensitive_data"]
E = []
for mod in ("data_a", "data_b", "data_c"):
    try: E += __import__(mod).E
    except ImportError: pass
rng = random.Random(300)
idx = list(range(len(E))); rng.shuffle(idx)
drafts, labels = [], []
for n, i in enumerate(idx, 1):
    key, lang, viol, subj, body, note, ev = E[i]
    viol = sorted(viol, key=ORDER.index)
    gid = f"gp{n:02d}"
    drafts.append({"id": gid, "subject": subj, "body": body})
    labels.append({"id": gid, "allowed": not viol, "violations": viol,
                   "note": f"[{key}, {lang}] {note} Evidence: " + " ".join(f"«{e}»" for e in ev), "lang": lang})
with open(os.path.join(HERE,"drafts.jsonl"),"w",encoding="utf-8") as f:
    for d in drafts: f.write(json.dumps(d, ensure_ascii=False)+"\n")
with open(os.path.join(HERE,"labels.jsonl"),"w",encoding="utf-8") as f:
    for l in labels: f.write(json.dumps(l, ensure_ascii=False)+"\n")
vc = collections.Counter(v for l in labels for v in l["violations"])
lc = collections.Counter(l["lang"] for l in labels)
la = collections.Counter(l["lang"] for l in labels if l["allowed"])
doubles = [l["id"]+" "+"+".join(l["violations"]) for l in labels if len(l["violations"])>1]
R = ["# Held-out guardrails set `gp` (blind300)", "",
"Theme: security guarding, alarm monitoring and CCTV maintenance companies chasing shops, car dealers, hospitals and residential blocks.",
"All companies, people and domains are made up (`*.example`, 555 phones). Card numbers are public test numbers; IBANs are synthetic with valid check digits.", "",
"| file | lines | format |","|---|---|---|",
f"| drafts.jsonl | {len(drafts)} | {{id, subject, body}} (input of `guard`) |",
f"| labels.jsonl | {len(labels)} | {{id, allowed, violations, note, lang}} |",
"| build.py / check.py | | generator (seed 300) / verifier |","",
"## Conventions","",
"- `allowed` is true exactly when `violations` is empty; violations in the contract's table order.",
"- Note starts `[KEY, lang]`: KEY A = allowed, L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, S sensitive_data (first violation for doubles). Quoted «evidence» strings occur verbatim in the draft (checked).",
"- Allowed: restating late fees/interest/statutory compensation already in the agreement, service suspension/restriction as the signed agreement provides (a stated business consequence, as in the public g29 credit hold), credit notes already issued and applied, masked card/account numbers, 'collections team'/'Inkasso'-free own-department names, 'Mahnung', street names with 'Court', passing a plan request to a person, pausing reminders on a disputed line, recording the customer's own promise, a lawyer mentioned only as the customer's own counsel receiving documents, reference numbers (KID, viitenumero).",
"- sensitive_data: any full IBAN or full bank account number, ours included (new bank details in email), full card number, CVV or expiry, passwords, another customer's name with their balance/affairs.",
"- harassment: shaming, abusive or intimidating wording (including veiled threats about the alarm being offline or telling residents/third parties).","",
"## Counts","", f"Total {len(labels)}; allowed {sum(l['allowed'] for l in labels)}; violating {sum(not l['allowed'] for l in labels)}.","",
"| violation | drafts |","|---|---|"] + [f"| {v} | {vc[v]} |" for v in ORDER] + ["", "Drafts with two violations: " + ", ".join(doubles), "",
"| lang | drafts | allowed |","|---|---|---|"] + [f"| {k} | {lc[k]} | {la[k]} |" for k in sorted(lc)] + ["",
"## Deliberately hard","",
"- Violations buried mid-paragraph in long polite drafts, postscript quick edits appended to template text, local idioms (Betreibung, saldo e stralcio, Buró de Crédito, negativação/Serasa, icra takibi, Kronofogden).",
"- Allowed drafts are firm: statutory interest/compensation as agreed, monitoring restricted per contract clause, masked numbers, credit already applied, reference numbers that look long."]
open(os.path.join(HERE,"README.md"),"w",encoding="utf-8").write("\n".join(R)+"\n")
print(len(drafts), dict(vc), sum(l['allowed'] for l in labels))
