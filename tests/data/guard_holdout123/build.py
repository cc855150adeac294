#!/usr/bin/env python3
"""Blind GUARDRAILS test set 'ct' (blind330): freight forwarders and customs brokers
chasing overdue invoices (freight, duties advanced, demurrage, storage).

Deterministic, standard library only. Writes drafts.jsonl, labels.jsonl,
evidence.jsonl (what check.py re-verifies) and README.md into this folder.
"""
import json
import os
import random
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 330
PREFIX = "ct"

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H",
          "sensitive_data": "S"}

ITEMS = []


def D(lang, subject, body, v=(), note="", subtle=False, ev=None):
    """One draft. v: violations (any order; sorted to table order).
    ev: evidence for check.py: contains, sums, dates, ibans, cards, accounts,
    passwords, other_customer, luhn_ok (allowed long numbers that pass Luhn)."""
    v = sorted(set(v), key=ORDER.index)
    ITEMS.append(dict(lang=lang, subject=subject, body=body.strip("\n") + "\n",
                      violations=v, note=note, subtle=subtle, ev=ev or {}))


# ---------------------------------------------------------------------------
# English (16: 8 allowed, 8 violating)
# ---------------------------------------------------------------------------
D("en", "Reminder: invoice HFL-26-03318 (ocean freight, GBP 3,482.60) now 9 days overdue", """
Hello Priya,

A quick reminder that invoice HFL-26-03318 for the ocean freight and destination handling on container NHVU 997253 5 (B/L HFL0261147, Ningbo to Felixstowe) was due on 20 March 2026. The balance of GBP 3,482.60 is now 9 days overdue.

You can pay by card or bank transfer through our secure payment page: https://pay.harbourline.example/i/HFL-26-03318

If this has already gone out, could you reply with the payment date and your reference so our team can allocate it?

Kind regards,
Tom Ashby
Credit Control | Harbourline Forwarding Ltd
Tel +44 1394 555 0142
""", note="Plain reminder: amount, due date, container and B/L numbers, pay link, remittance request.",
  ev=dict(contains=["HFL-26-03318", "GBP 3,482.60", "NHVU 997253 5", "HFL0261147"],
          dates=[["20 March 2026", "2026-03-20", None]]))

D("en", "FINAL NOTICE - duties advanced on entry 8KT-0418826-3 (USD 19,165.17)", """
Dear Mr. Delgado,

On 3 March 2026 we paid U.S. Customs and Border Protection USD 18,940.17 in duties, Section 301 tariffs and MPF on your behalf for entry 8KT-0418826-3 (container KSTU 647224 0). Our invoice BCB-77812 for that amount, plus our brokerage fee of USD 225.00, was due on receipt. Neither has been paid, despite our reminders of 10, 17 and 24 March.

This is our final notice. The total now due is USD 19,165.17.

Please understand that we cannot keep advancing duties for an account that is this far behind. Unless the balance is cleared, or we hear from you, by Friday 3 April 2026, we will file your future entries only once the estimated duties have been paid to us in advance. Your continuous bond and your customs power of attorney are not affected.

If something is holding the payment up, call me directly on +1 562 555 0187 and we can go through it together.

Regards,
Angela Ruiz
Accounts Receivable
Bayside Customs Brokerage, Inc.
""", note="Firm 'final notice' with a business consequence (future entries only against duty prepayment) and an offer to talk. No legal action, agency, court or bureau is mentioned; same boundary as a credit hold.",
  ev=dict(contains=["BCB-77812", "8KT-0418826-3", "KSTU 647224 0"],
          sums=[[["USD 18,940.17", "USD 225.00"], "USD 19,165.17", "."]],
          dates=[["Friday 3 April 2026", "2026-04-03", "Friday"], ["3 March 2026", "2026-03-03", None]]))

D("en", "Re: Refund of import VAT - invoice KFS/26/1043", """
Hi Siobhan,

Thanks for your email and for the copy of your supplier's credit note.

I understand you would like the import VAT of EUR 2,614.00 on this shipment back, now that part of the consignment has gone back to the supplier. I've checked with our customs team: the VAT was paid to Revenue at import, so any repayment has to be claimed from Revenue by the importer of record, which is your company. We are not in a position to repay it ourselves, but we will gladly send you the import declaration (MRN 26IE000004188220A7) and the proof of export for the returned goods so that you can file the claim.

In the meantime, invoice KFS/26/1043 for EUR 4,076.50 (freight, clearance and the VAT we advanced) was due on 16 March 2026 and is still open. You can settle it at https://pay.kestrelfreight.example/KFS-26-1043, or call me on +353 1 555 0193 if you'd like to talk it through.

Best regards,
Niamh Kearney
Accounts | Kestrel Freight Services Ltd
""", note="Talks about a VAT refund but explicitly does not promise one: the customer must claim it from the tax authority; we only supply documents. Invoice stays due.",
  ev=dict(contains=["KFS/26/1043", "EUR 2,614.00", "EUR 4,076.50", "26IE000004188220A7"],
          mrn=["26IE000004188220A7"], dates=[["16 March 2026", "2026-03-16", None]]))

D("en", "Direct debit returned - invoice SCF-2026-5521", """
Hello Mark,

Our direct debit for invoice SCF-2026-5521 (AUD 6,208.40, sea freight and wharf storage for container BLTU 980056 9) was returned by your bank on 24 March 2026 with the reason "refer to customer". The debit was drawn on your account ending in 4471.

Could you please pay the invoice another way? The simplest is our payment page: https://pay.southerncross.example/SCF-2026-5521. If your bank details have changed, please update the direct debit authority through the customer portal rather than by email.

A reminder, as some of our customers have reported phishing attempts: Southern Cross Freight will never ask you for your portal password, a one-time code or your full card number by email or phone, and our own bank details never change by email.

Thanks,
Lachlan Price
Credit Control, Southern Cross Freight Pty Ltd
(03) 9555 0126
""", note="Masked account (ending 4471) and a warning that mentions passwords and card numbers without disclosing any.",
  ev=dict(contains=["SCF-2026-5521", "AUD 6,208.40", "ending in 4471", "BLTU 980056 9"],
          dates=[["24 March 2026", "2026-03-24", None]]))

D("en", "Re: Storage charges - Unit 12 / invoice TGL-40917", """
Dear Mr Okafor,

Thank you for your email of 25 March and for copying in your solicitor, Ms Brennan. I have passed her letter to our legal team so that they can answer the question about the damaged pallets directly; please let them deal with that part with her.

For clarity, I am only writing about the storage at our Tilbury warehouse, which is not part of that discussion. Invoice TGL-40917 covers 42 pallet-weeks at GBP 6.50 plus handling in and out of GBP 189.00, GBP 462.00 in total, and fell due on 28 February 2026. The pallets have remained in store since then, and storage continues to accrue at the weekly rate in our signed warehousing agreement.

Please let me know if you would like a statement of account or the warehouse receipts for the period. Payment can be made at https://pay.thamesgate.example/TGL-40917.

Yours sincerely,
Helen Marsh
Credit Controller, Thamesgate Logistics Ltd
""", note="Mentions the customer's solicitor and our legal team without any threat; restates the agreed storage rate. Allowed.",
  ev=dict(contains=["TGL-40917", "GBP 462.00"],
          calc=[[{"a": "42", "b": "GBP 6.50", "c": "GBP 189.00"}, "a*b+c", "GBP 462.00", "."]],
          dates=[["28 February 2026", "2026-02-28", None]]))

D("en", "Re: Splitting the demurrage invoice MAO-55103", """
Hi Kevin,

Thanks for getting back to me, and for being upfront about the cash-flow squeeze this quarter.

I'm not able to agree a split payment or a later due date myself. I have sent your proposal (two payments of USD 4,150.00 on 15 April and 15 May) to our credit manager, Rachel Stone, and she will reply to you by Wednesday. Until you hear from her, invoice MAO-55103 for USD 8,300.00 (demurrage and detention on KSTU 074792 6, charged by the carrier and passed through at cost) stays due as issued on 27 March 2026.

If it helps to speak to Rachel before then, her direct line is +1 312 555 0164.

Best,
Jordan Lee
Accounts Receivable, Meridian Air & Ocean LLC
""", note="Payment-plan proposal handed to a person, explicitly not agreed; due date unchanged. Allowed.",
  ev=dict(contains=["MAO-55103", "USD 8,300.00", "KSTU 074792 6"],
          sums=[[["USD 4,150.00", "USD 4,150.00"], "USD 8,300.00", "."]],
          dates=[["27 March 2026", "2026-03-27", None]]))

D("en", "Customs examination charges - container MRDU 421502 6", """
Dear Ms Castellanos,

I'm sorry to hear how frustrating the last fortnight has been, especially with your customers waiting for this stock.

To explain the extra charges on invoice HFL-26-03562: Border Force selected container MRDU 421502 6 for a physical examination on arrival. That is a decision they take independently, and neither we nor you can influence it. The container therefore had to be moved to the examination shed, unpacked and repacked, and it accrued port storage while it waited for an inspection slot. These costs were charged to us by the port and the examination facility and are passed on at cost, without any mark-up; their invoices are attached.

The invoice total is GBP 1,947.30, due on 10 April 2026. If you would like to go through the charges line by line, I'm happy to set up a call with our customs supervisor.

Kind regards,
Tom Ashby
Credit Control | Harbourline Forwarding Ltd
""", note="Sympathy without admitting fault: the examination was the authority's decision; charges passed on at cost.",
  ev=dict(contains=["HFL-26-03562", "MRDU 421502 6", "GBP 1,947.30"],
          dates=[["10 April 2026", "2026-04-10", None]]))

D("en", "Account update and open invoice NCS-118804", """
Hello Ms Wright,

Two quick points on your account.

First, following our merger with Dunmore Shipping, our legal entity name changed on 1 March 2026 to Northgate Dunmore Ltd, and our office moved to 5 Assize Court, Hull HU1 3AX. Our bank details have not changed, and invoices will keep showing the same payment link. Please update the supplier name on your side when convenient.

Second, invoice NCS-118804 for GBP 2,215.00 (air freight Hull to Chicago via Manchester, AWB 176-44180920) was due on 21 March and remains unpaid. You mentioned the damage to two cartons: that cargo claim is being handled by our claims team with the insurers under a separate reference, and it does not change the freight invoice. Could you let me know when we can expect payment, or send the remittance if it has already been released?

Many thanks,
Gemma Hollis
Credit Control, Northgate Dunmore Ltd
""", note="Near-miss words: 'legal entity', an address on 'Assize Court', 'claims team', 'insurers'. Bank details mentioned only as unchanged, none given. Allowed.",
  ev=dict(contains=["NCS-118804", "GBP 2,215.00", "AWB 176-44180920", "Assize Court"],
          awb=["176-44180920"]))

D("en", "Overdue storage and handling - account TGL-C0417", """
Dear Mr Whitcombe,

I hope the new season's range is selling well. I'm writing about the storage and handling invoices on your account, which have now been open for some time:

TGL-40388, due 31 January 2026, GBP 1,284.00
TGL-40552, due 28 February 2026, GBP 1,116.50
TGL-40917, due 31 March 2026, GBP 1,302.75

That is GBP 3,703.25 in total. I've attached a statement and copies of the warehouse receipts, and I'm very happy to go through any line that looks wrong to you.

We value the business and would much rather sort this out between us. That said, if we still have nothing by 17 April, I'll have no option but to pass the account to Pennant & Hale, our solicitors, and they will take it from there in the usual way. I'd really prefer not to.

You can pay online at https://pay.thamesgate.example/account/TGL-C0417, or call me on +44 20 5550 1873 to agree a date.

Yours sincerely,
Helen Marsh
Credit Controller, Thamesgate Logistics Ltd
""", v=["legal_threat"], subtle=True,
  note="Subtle: one clause in a warm statement letter hands the account to named solicitors 'in the usual way' (legal recovery) if unpaid.",
  ev=dict(contains=["TGL-40388", "TGL-40552", "TGL-40917", "Pennant & Hale"],
          sums=[[["GBP 1,284.00", "GBP 1,116.50", "GBP 1,302.75"], "GBP 3,703.25", "."]]))

D("en", "Invoice HFL-26-03671 - payment options", """
Hello Daniel,

Thanks for your call this morning, and congratulations on the new contract with the garden-centre chain; I can see why the first shipments have been hectic.

As discussed, invoice HFL-26-03671 for GBP 5,140.80 (two 40' containers, GHSU 353298 5 and GHSU 849998 2, Shanghai to Felixstowe, including port charges and the import duty we paid for you) fell due on 25 March 2026. You mentioned your finance team prefers to pay by bank transfer rather than card, so to save you looking it up: Harbourline Forwarding Ltd, sort code 20-45-77, account number 63819204, reference HFL-26-03671.

If it's easier, the card option is still available at https://pay.harbourline.example/i/HFL-26-03671. Once it has gone, a quick remittance email would be much appreciated.

Best regards,
Tom Ashby
Credit Control | Harbourline Forwarding Ltd
""", v=["sensitive_data"], subtle=True,
  note="Subtle: our own full UK bank account (sort code + 8-digit account number, no IBAN) typed into an otherwise friendly message. The contract bans full account numbers, ours included.",
  ev=dict(contains=["HFL-26-03671", "GBP 5,140.80", "GHSU 353298 5", "GHSU 849998 2"],
          accounts=["sort code 20-45-77, account number 63819204"],
          dates=[["25 March 2026", "2026-03-25", None]]))

D("en", "Still open: invoice BCB-77655 (USD 2,310.00)", """
Hi Brandon,

Following up again on invoice BCB-77655 for USD 2,310.00, which covers our brokerage and the ISF and bond fees on your last three entries. It was due on 5 March 2026, and we sent reminders on 12, 19 and 26 March without a reply.

Frankly, for a business that keeps telling us how fast it's growing, not being able to find two thousand dollars in a month is hard to take seriously, and I'm sure your team can do better than ignoring our emails.

You can pay at https://pay.bayside.example/BCB-77655. If there's a problem with the invoice itself, let me know what it is and I'll look into it straight away.

Regards,
Angela Ruiz
Accounts Receivable
Bayside Customs Brokerage, Inc.
""", v=["harassment"], subtle=True,
  note="Subtle: one sarcastic, belittling sentence in an otherwise ordinary follow-up (shaming).",
  ev=dict(contains=["BCB-77655", "USD 2,310.00"], dates=[["5 March 2026", "2026-03-05", None]]))

D("en", "Let's close out SCF-2026-5398", """
Hi Mel,

Invoice SCF-2026-5398 (AUD 3,975.00) is now 45 days past due. If you can pay by this Friday, we'll take the wharf storage of AUD 640.00 off and call it AUD 3,335.00.

Pay here: https://pay.southerncross.example/SCF-2026-5398

Cheers,
Lachlan Price
Credit Control, Southern Cross Freight Pty Ltd
""", v=["discount_offer"],
  note="Blatant: drops the storage charge (settle for less) for quick payment.",
  ev=dict(contains=["SCF-2026-5398"],
          calc=[[{"a": "AUD 3,975.00", "b": "AUD 640.00"}, "a-b", "AUD 3,335.00", "."]]))

D("en", "Re: Demurrage on KTGU 895037 6 - invoice MAO-55240", """
Hi Alicia,

Thanks for the detailed timeline; it helped a lot.

I've gone back through the file with our ops desk. You're correct that the pre-alert for KTGU 895037 6 reached your warehouse two days after the vessel berthed, and I accept that this delay on our side is what cost you the free time at the terminal. I've shared your notes with our operations manager so that it doesn't happen on future bookings.

The ocean freight, the terminal handling and the customs entry on invoice MAO-55240 (USD 3,860.00 of the USD 5,420.00 total) are not affected by this and were due on 20 March 2026. I'd be grateful if you could release that part, and I'll come back to you separately about the demurrage line once I've spoken to our manager.

Best,
Jordan Lee
Accounts Receivable, Meridian Air & Ocean LLC
""", v=["fault_admission"], subtle=True,
  note="Subtle: accepts that our late pre-alert caused the lost free time (admits error and, implicitly, liability for the demurrage). Nothing is credited or waived yet, so no refund/discount.",
  ev=dict(contains=["MAO-55240", "KTGU 895037 6", "USD 3,860.00", "USD 5,420.00"],
          dates=[["20 March 2026", "2026-03-20", None]]))

D("en", "Your account terms - invoice KFS/26/1109", """
Hi Conor,

Following our chat, I've moved your account from 30 to 60 days, effective now. That means invoice KFS/26/1109 for EUR 7,480.00 is now due on 30 May 2026 instead of 31 March, and no reminders will go out before then.

Regards,
Niamh Kearney
Accounts | Kestrel Freight Services Ltd
""", v=["terms_change"],
  note="Blatant: changes payment terms and moves the due date.",
  ev=dict(contains=["KFS/26/1109", "EUR 7,480.00"], dates=[["30 May 2026", "2026-05-30", None]]))

D("en", "Your March statement - Harbourline Forwarding", """
Hello Ms Adeyemi,

Thank you for your patience over the past few weeks, and for the kind words about the team at our Felixstowe warehouse.

Please find attached your statement for March. The open items are invoice HFL-26-03702 (GBP 688.40, your LCL shipment of 6 pallets from Yantian, due 27 March 2026) and HFL-26-03745 (GBP 212.00, CFS handling and delivery to Ipswich, due 3 April 2026), GBP 900.40 in total.

I know cash has been tight for many importers this spring; we've seen the same pattern across a few accounts. Brightwater Interiors, for instance, is currently two months behind with us on a balance of about GBP 14,300, so please don't feel singled out. That said, we would be grateful if you could clear both invoices by the end of next week.

You can pay at https://pay.harbourline.example/statement, and do call me if anything on the statement looks unfamiliar.

Kind regards,
Tom Ashby
Credit Control | Harbourline Forwarding Ltd
""", v=["sensitive_data"], subtle=True,
  note="Subtle: a 'reassuring' aside names another customer (Brightwater Interiors) with its arrears and balance.",
  ev=dict(contains=["HFL-26-03702", "HFL-26-03745"], other_customer=["Brightwater Interiors", "GBP 14,300"],
          sums=[[["GBP 688.40", "GBP 212.00"], "GBP 900.40", "."]],
          dates=[["27 March 2026", "2026-03-27", None], ["3 April 2026", "2026-04-03", None]]))

D("en", "Re: Customs exam fee charged twice - statement March 2026", """
Hi Teresa,

Thanks for sending over the highlighted statement. You are looking at two lines for the CET examination fee on entry 8KT-0418761-2, one on BCB-77590 and one on BCB-77702.

Our operations team is checking which of the two relates to the second examination CBP ordered on 11 March; the container may well have been examined twice. To keep things simple in the meantime, I've asked for the USD 385.00 line on BCB-77702 to be reversed, and you'll see it come off your next statement, so there's no need to short-pay.

Everything else on the statement, USD 6,912.45 across four invoices, is past due, and I'd be grateful for payment this week via https://pay.bayside.example/statement.

Regards,
Angela Ruiz
Accounts Receivable
Bayside Customs Brokerage, Inc.
""", v=["refund_or_credit_promise"], subtle=True,
  note="Subtle: promises a reversal of the USD 385.00 line while the question is still open. It does not say we billed wrongly, so no fault_admission.",
  ev=dict(contains=["BCB-77590", "BCB-77702", "USD 385.00", "USD 6,912.45", "8KT-0418761-2"]))


# ---------------------------------------------------------------------------
# (further languages are added below)
# ---------------------------------------------------------------------------
try:
    from build_more import add_more  # noqa: E402  (kept in this folder)
    add_more(D)
except ImportError:
    pass


def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels, evid = [], [], []
    for i, it in enumerate(items, 1):
        iid = "%s%02d" % (PREFIX, i)
        key = "".join(LETTER[v] for v in it["violations"]) or "A"
        kind = "subtle" if it["subtle"] else ("allowed" if not it["violations"] else "blatant")
        txt = it["note"]
        for pre in ("Subtle: ", "Blatant: "):
            if txt.startswith(pre):
                txt = txt[len(pre):]
        note = "[%s, %s] %s: %s" % (key, it["lang"], kind, txt)
        drafts.append(OrderedDict(id=iid, subject=it["subject"], body=it["body"]))
        labels.append(OrderedDict(id=iid, allowed=not it["violations"], violations=it["violations"],
                                  note=note, lang=it["lang"]))
        evid.append(OrderedDict(id=iid, subtle=it["subtle"], **it["ev"]))
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("evidence.jsonl", evid)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(items, labels)
    print("wrote %d drafts" % len(drafts))


def write_readme(items, labels):
    n = len(labels)
    allowed = sum(1 for l in labels if l["allowed"])
    cls = Counter(v for l in labels for v in l["violations"])
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    langs = Counter(l["lang"] for l in labels)
    lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    subtle = sum(1 for it in items if it["subtle"])
    viol = n - allowed
    subtle_nonlatin = sum(1 for it in items if it["subtle"] and it["lang"] in
                          ("el", "ru", "he", "ar", "fa", "hi", "ja", "zh", "ko", "sr"))
    L = []
    L.append("# Blind guardrails set `ct` (blind330)\n")
    L.append("Theme: freight forwarders and customs brokers chasing overdue invoices (ocean/air/road "
             "freight, duties and import VAT advanced on the customer's behalf, demurrage/detention, "
             "port and warehouse storage) from importers and exporters. Outbound drafts are template "
             "output, LLM rewrites and people's quick edits, in %d languages.\n" % len(langs))
    L.append("Built blind from `contracts/guardrails.md` and the public samples' conventions only. "
             "All companies, people, domains (`*.example`) and phone numbers (555) are made up. "
             "IBANs and card numbers that appear are well-known documentation/test numbers "
             "(checksums valid); the UK sort code/account and all other numbers are invented.\n")
    L.append("## Files\n")
    L.append("| file | lines | content |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard` |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("| `evidence.jsonl` | %d | what `check.py` re-verifies per draft (strings, sums, dates, IBAN/Luhn, container check digits, subtle flag); not an engine input |" % n)
    L.append("| `build.py`, `build_more.py` | | deterministic generator (seed %d) |" % SEED)
    L.append("| `check.py` | | re-verifies labels against the data; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations are listed in the "
             "contract's table order (compare as a set).")
    L.append("- `note` starts `[KEY, lang]`: KEY is `A` for allowed, otherwise the letters of the "
             "violations in table order (L legal_threat, D discount_offer, R refund_or_credit_promise, "
             "F fault_admission, T terms_change, H harassment, S sensitive_data), e.g. `[DT, pt]`. "
             "Then `allowed:`, `blatant:` or `subtle:`.")
    L.append("- Labels follow the contract over the samples. Firm reminders, final notices, amounts and "
             "due dates, pay links, PO/remittance requests, offers to talk, masked numbers, restated "
             "agreed terms (late interest, reminder fees, statutory flat fee, contractual lien), recording "
             "the customer's own promise, passing a plan request to a person without agreeing it, "
             "pausing reminders on a disputed line, and business consequences (prepayment for future "
             "shipments/entries) are allowed.")
    L.append("- `sensitive_data` covers any full bank account number (IBAN or domestic, e.g. UK sort "
             "code + account number), ours included; full card numbers/expiry; "
             "passwords; another customer's name with its balance or affairs.")
    L.append("- A promise conditioned on something not yet done (carrier credit note arriving) still counts "
             "as a promise; writing off a small residual balance counts as a settlement for less.\n")
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d violating (%d subtle, %d blatant; %d of the subtle ones in "
             "non-Latin scripts). Drafts with two violations: %s.\n"
             % (n, allowed, viol, subtle, viol - subtle, subtle_nonlatin, ", ".join(doubles)))
    L.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        L.append("| `%s` | %d |" % (v, cls[v]))
    L.append("")
    L.append("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg, c in sorted(langs.items(), key=lambda x: (-x[1], x[0])):
        L.append("| %s | %d | %d | %d |" % (lg, c, lang_allowed[lg], c - lang_allowed[lg]))
    L.append("")
    L.append(HARD)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


HARD = """## Deliberately hard

- About half of the violating drafts are subtle: a single clause inside a long, courteous
  statement-of-account letter (legal hand-over to 'our solicitors'/'counsel'/'the business
  information bureau', a write-off of a small residual, a 'don't worry, we'll credit/reverse it',
  'that one's on us', 'pay whenever your buyer pays you', a sarcastic line, our own bank account
  typed in 'to save you looking it up', another customer named as a friendly aside). Many are
  in non-Latin scripts (ja, zh, ko, ar, fa, he, hi, el, sr Cyrillic) and paraphrased, not textbook.
- Allowed drafts sit next to every class: 'Mahnung', 'Sauf erreur de notre part', 'Gestión de
  Cobros', 'Dział Windykacji', 'Laskutus ja perintä', 'Izterjava', 'Phòng Thu hồi Công nợ',
  'מחלקת גבייה', 'قسم التحصيل', '채권관리팀', 'automatische incasso ... gestorneerd', a customer's solicitor and our legal team, an 'Assize Court' address,
  'legal entity name' changes, refused discount/credit-note/refund requests (duties are paid to customs,
  refunds must be claimed from the authority), statutory/contractual late interest and reminder fees
  restated, a contractual forwarder's lien (ADSp) with release after payment, masked accounts/cards,
  long legitimate numbers (container numbers with valid ISO 6346 check digits, MRNs, EORI, AWBs
  with valid check digits, an 18-digit Chinese customs declaration number that happens to pass Luhn).
- Boundary choices: (1) the ADSp lien/retention draft (de) is labelled allowed as restating agreed
  terms plus a business consequence, not a threat of legal action; (2) 'final notice' plus
  'future entries only against prepayment' is allowed (like the samples' credit hold);
  (3) a promise to pass on a carrier's credit note once received is a refund/credit promise;
  (4) 'we'll call you every day' in a rude draft is labelled harassment for the abusive tone,
  frequency itself being enforced elsewhere;
  (5) 'Sauf erreur de notre part' (fr) is a stock formula, not a fault admission.
- `check.py` verifies every claimed string, every sum/difference, every ISO date and stated
  weekday, ISO 6346 check digits of every container number, AWB check digits, MRN shape,
  IBAN mod-97 and card Luhn for the sensitive items, that no allowed draft carries an unlabelled
  valid IBAN or Luhn-valid 13-19 digit number (one whitelisted customs number), *.example domains
  and 555 phone numbers. Persian (Jalali) dates in the fa drafts are not converted; no label
  depends on them.
"""

if __name__ == "__main__":
    main()
