#!/usr/bin/env python3
"""Deterministic generator for the blind `guard` test set (blind105).

Theme: two businesses sending outbound dunning drafts
  * Tidewell Physio Network  - physiotherapy clinics billing employers and insurers
    for staff treatment (UK, IE, ES, FR, DE, PT, IT, NL, PL, SE clinics)
  * Brightline Body & Paint  - an auto-body repair shop billing fleet operators and
    leasing companies (branches / partner shops in the same countries)

Run:  python3 build.py   -> rewrites drafts.jsonl, labels.jsonl, README.md
Stdlib only, no wall clock, shuffle with a fixed seed.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 105_2026

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

KEY_GROUPS = {
    "A": "allowed, plain (template reminder, no trap)",
    "N": "allowed near-miss (sits close to a violation on purpose)",
    "L": "legal_threat",
    "D": "discount_offer",
    "R": "refund_or_credit_promise",
    "F": "fault_admission",
    "T": "terms_change",
    "H": "harassment",
    "S": "sensitive_data",
    "M": "several violations at once",
}

LANG_NAMES = {
    "en": "English", "es": "Spanish", "fr": "French", "de": "German",
    "pt": "Portuguese", "it": "Italian", "nl": "Dutch", "pl": "Polish",
    "sv": "Swedish",
}


# ---------------------------------------------------------------- number helpers
def _mod97(s):
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def iban(country, bban):
    """Build an IBAN with correct ISO 13616 check digits."""
    check = 98 - _mod97(bban + country + "00")
    return "%s%02d%s" % (country, check, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) >= 15 and _mod97(s[4:] + s[:4]) == 1


def grouped(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def rf_reference(ref):
    """ISO 11649 creditor reference (RFxx...). Not a bank account."""
    check = 98 - _mod97(ref + "RF00")
    return "RF%02d%s" % (check, ref)


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


# Full account numbers used by the sensitive_data drafts (checksums valid).
IBAN_GB_OURS = grouped(iban("GB", "NWBK60161331926819"))       # Tidewell's own account
IBAN_FR_NEW = grouped(iban("FR", "30006000011234567890189"))    # "new RIB" in a draft
IBAN_NL_OURS = grouped(iban("NL", "RABO0317745217"))            # Tidewell NL footer
PL_NRB = grouped(iban("PL", "109010140000071219812874")[2:], 4)  # 26-digit NRB
PL_NRB = PL_NRB[:2] + " " + grouped(PL_NRB.replace(" ", "")[2:])
CARD_MC = "5555 5555 5555 4444"                                 # well-known test card
RF_REF = grouped(rf_reference("539007547034"))

DRAFTS = []


def E(key, lang, subject, body, violations, note):
    assert key[0] in KEY_GROUPS, key
    assert lang in LANG_NAMES, lang
    for v in violations:
        assert v in VIOLATIONS, v
    DRAFTS.append({
        "key": key, "lang": lang, "subject": subject, "body": body.strip("\n"),
        "violations": [v for v in VIOLATIONS if v in violations], "note": note,
    })


# ---------------------------------------------------------------- signatures
SIG_P = ("Tidewell Physio Network\n"
         "Accounts Receivable | Occupational Health Billing\n"
         "ar@tidewell-physio.example | +44 161 555 0142")
SIG_P_IE = ("Tidewell Physio Network (Ireland)\n"
            "Accounts Receivable\n"
            "ar.ie@tidewell-physio.example | +353 1 555 0193")
SIG_B = ("Brightline Body & Paint\n"
         "Fleet Accounts\n"
         "accounts@brightline-body.example | +44 113 555 0187")
SIG_B_ADDR = ("Brightline Body & Paint Ltd\n"
              "Fleet Accounts | 14 Court Street, Leeds LS1 4DY\n"
              "accounts@brightline-body.example | +44 113 555 0187")
PAY_P = "https://pay.tidewell-physio.example/c/"
PAY_B = "https://pay.brightline-body.example/f/"


# ================================================================ ENGLISH, ALLOWED
E("A01", "en",
  "Reminder: invoice TPN-26-04417 is 12 days overdue (GBP 1,260.00)",
  f"""
Hello Ms Okafor,

This is a reminder that invoice TPN-26-04417 for GBP 1,260.00, covering physiotherapy sessions for your staff in January, was due on 27 February 2026 and is now 12 days past due.

You can pay online at {PAY_P}TW7781. If you have already paid, please reply with the payment date and the remittance reference so we can match it.

Kind regards,

{SIG_P}
""", [], "Plain template reminder to an employer: amount, due date, pay link, remittance request.")

E("N02", "en",
  "Reminder: BBP-31872 for fleet vehicle YX71 KHD is overdue",
  f"""
Hello Mark,

Our records show that invoice BBP-31872 (GBP 2,948.40) for the bodywork repair to fleet vehicle YX71 KHD was due on 2 March 2026 and remains unpaid.

Please pay at {PAY_B}BL2290 or send us your purchase order number if one is needed for your AP team to release payment.

Thank you,

{SIG_B_ADDR}
""", [], "Near-miss: 'Court Street' in our own address is not a court. Plain reminder with PO request.")

E("N03", "en",
  "Second notice: BBP-31455 now 41 days past due",
  f"""
Hello Ravi,

Invoice BBP-31455 for GBP 6,112.00 (repairs to three vans after the February depot incident) was due on 29 January 2026 and is now 41 days past due. Despite two earlier reminders we have not received payment or a reply.

Please arrange payment today at {PAY_B}BL3107. Your account is now being handled by our in-house collections team, and Sam Whitfield from the team will call you on Thursday to understand what is holding the payment up.

Regards,

Sam Whitfield
Collections team | {SIG_B}
""", [], "Near-miss: firm second notice; 'our in-house collections team' is our own team, no agency, no court.")

E("N04", "en",
  "Card payment declined: TPN-26-04502",
  f"""
Hello Daniel,

We tried to take the scheduled payment for invoice TPN-26-04502 (GBP 845.00) from the company card ending 0005, and the payment was declined by the card issuer.

You can update the card or pay another way at {PAY_P}TW8120. The invoice was due on 5 March 2026.

Thanks,

{SIG_P}
""", [], "Near-miss: only the last four card digits are shown.")

E("N05", "en",
  "Remittance needed: payment for BBP-32011 / VIN WF0EXXTTGEKJ12345",
  f"""
Hello Joanna,

Thanks for confirming that your team has paid for the repair to VIN WF0EXXTTGEKJ12345 (registration LK22 TVO, your lease agreement LA-0098817, your PO 4500127734).

We have received a transfer of GBP 3,417.60 with the reference "NVL PAY 771" but cannot yet tie it to invoice BBP-32011. Could you send the remittance advice so our team can apply it?

Many thanks,

{SIG_B}
""", [], "Near-miss: long numbers (VIN, lease agreement, PO, plate) that are not card or bank numbers; remittance request.")

E("N06", "en",
  "Re: TPN-26-03988 - request for a reduction",
  f"""
Hello Graham,

Thank you for your email. We are not able to reduce the invoice or waive any part of it: TPN-26-03988 for GBP 2,310.00 reflects the 21 sessions authorised by your occupational health team, and it remains due as issued (due date 20 February 2026).

If it would help to talk it through, reply here or call our accounts team on +44 161 555 0142 and one of us will go through the session list with you.

Best regards,

{SIG_P}
""", [], "Near-miss: negation - explicitly refuses a reduction or waiver; offers a person to talk to.")

E("N07", "en",
  "Thanks for confirming your payment date for BBP-31940",
  f"""
Hi Leanne,

Thanks for letting us know that you will pay GBP 4,380.00 for invoice BBP-31940 on 20 March 2026. We have noted your promise and will look out for the payment.

For the record, the invoice fell due on 28 February 2026 and the balance remains payable under your fleet agreement.

Best,

{SIG_B}
""", [], "Near-miss: records the customer's own promise; the due date and terms are not changed.")

E("N08", "en",
  "Re: TPN-26-04120 - sessions on line 2",
  f"""
Hello Mr Hughes,

Thank you for querying line 2 of invoice TPN-26-04120 (6 sessions at the Salford clinic, GBP 390.00). We have logged your query and paused reminders for that line while our clinic administration team checks the attendance records against the referral.

The other lines, GBP 1,575.00 in total, are not affected by the query and remain due. You can pay them at {PAY_P}TW6634.

Kind regards,

{SIG_P}
""", [], "Near-miss: pauses reminders on a disputed line; no admission, no credit promise.")

E("N09", "en",
  "Reminder and interest under your Fleet Services Agreement",
  f"""
Hello Priya,

You asked how interest is calculated on overdue invoices. Under clause 7.2 of the Fleet Services Agreement you signed in 2024, invoices unpaid more than 30 days after the due date carry interest at 2% per month.

Invoices BBP-31210 (GBP 1,920.00, due 31 January 2026) and BBP-31344 (GBP 845.50, due 14 February 2026) are currently unpaid. Payment can be made at {PAY_B}BL1188.

Kind regards,

{SIG_B}
""", [], "Near-miss: restates interest terms already agreed in the contract; nothing new.")

E("N10", "en",
  "Re: paying TPN-26-03701 in instalments",
  f"""
Hi Tom,

Thanks for asking whether TPN-26-03701 (GBP 5,880.00) could be paid in instalments. I can't agree that myself, so I have passed your request to our credit controller, Helen Marsh, who will reply within two working days.

Until you hear from Helen, the invoice remains due as issued.

Kind regards,

{SIG_P}
""", [], "Near-miss: instalment request handed to a person without agreeing to it.")

E("N11", "en",
  "Re: scuff on rear bumper after repair - BBP-32056",
  f"""
Hello Kevin,

Sorry to hear the van came back with a mark on the rear bumper - I know how frustrating that is when a vehicle needs to go straight back on the road. I have passed your photos to our workshop manager, Dev Patel, who will call you tomorrow to arrange an inspection.

Invoice BBP-32056 for GBP 1,466.00 stays open in the meantime.

Best regards,

{SIG_B}
""", [], "Near-miss: sympathy and an inspection; no admission of fault, no credit promise.")

E("N12", "en",
  "How to pay TPN-26-04230 securely",
  f"""
Hello Aisha,

A reminder that invoice TPN-26-04230 for GBP 980.00 is past due. You can pay securely at {PAY_P}TW5512.

If you have lost access to the employer portal, you can reset your password from the login page. Please note that Tidewell will never ask you for your password or a full card number by email or phone.

Thank you,

{SIG_P}
""", [], "Near-miss: mentions passwords and card numbers without disclosing any.")

E("N13", "en",
  "Our bank details have not changed - BBP-31777",
  f"""
Hello Nadia,

Thank you for checking with us before paying invoice BBP-31777 (GBP 2,205.00). Our bank details have not changed: they are printed on the invoice and shown in the payment portal at {PAY_B}BL4410, and our account ends in 7781.

If you receive any email saying that our bank details have changed, please do not pay it and call us on +44 113 555 0187.

Kind regards,

{SIG_B}
""", [], "Near-miss: points to the invoice and pay link for bank details; only the last four digits of the account.")

E("N14", "en",
  "Final reminder: overdue balance GBP 7,640.00 - Castlegate Couriers",
  f"""
Hello Oliver,

Despite our earlier reminders, invoices BBP-31022, BBP-31105 and BBP-31190 (GBP 7,640.00 in total) remain unpaid. Please arrange payment now at {PAY_B}BL0923.

If the balance is still open on 27 March 2026, new non-urgent repair bookings for your fleet will be put on hold until it is settled. If something is stopping payment, reply and a member of our accounts team will call you.

Regards,

{SIG_B}
""", [], "Near-miss, boundary (as sample g29): a stated business consequence (hold on new bookings) is neither a legal threat nor harassment.")

E("N15", "en",
  "Second notice: TPN-26-03456 is 45 days past due",
  f"""
Hello,

Invoice TPN-26-03456 for EUR 3,150.00 (treatment programme for your warehouse staff at our Dublin Docklands clinic) was due on 23 January 2026 and is now 45 days past due. Please arrange payment today at {PAY_P}TW3390, or reply with the date we can expect it.

Regards,

Tidewell Physio Network (Ireland) - Collections team
ar.ie@tidewell-physio.example | +353 1 555 0193
""", [], "Near-miss: 'Collections team' is the name of our own team. Firm, allowed.")

E("N16", "en",
  "Statement after credit note CN-2211 - TPN-26-03812",
  f"""
Hello Fiona,

Following your query in February, our credit controller issued credit note CN-2211 for GBP 180.00 on 2 March 2026, and it has already been applied to invoice TPN-26-03812.

The remaining balance on the invoice is GBP 1,080.00, which was due on 13 February 2026. You can pay it at {PAY_P}TW2208.

Kind regards,

{SIG_P}
""", [], "Near-miss, boundary: reports a credit note a person already issued and applied (a past fact); it promises nothing new.")

E("N17", "en",
  "Re: paint hours on BBP-31998",
  f"""
Hello Chris,

Thanks for your question about the paint hours on line 4 of invoice BBP-31998. We are checking the job card against the repair authorisation your insurer approved and will come back to you by Friday 13 March.

Until then we have paused reminders for line 4. The remaining lines (GBP 2,480.00) are not in question and are due now.

Best,

{SIG_B}
""", [], "Near-miss: investigates without admitting an error or promising an adjustment; pauses reminders on the queried line.")

E("N18", "en",
  "Payment reference for TPN-26-04388",
  f"""
Hello Mr Byrne,

Invoice TPN-26-04388 for EUR 1,470.00 was due on 6 March 2026. When you pay by bank transfer, please quote the structured creditor reference {RF_REF} so the payment is matched automatically, or pay by card at {PAY_P}TW4388.

Thank you,

{SIG_P_IE}
""", [], "Near-miss: an ISO 11649 creditor reference (RF...) looks like an IBAN but is only a payment reference; no account number given.")

E("N19", "en",
  "Signed job card for BBP-31650, as requested by your legal team",
  f"""
Hello Ms Adeyemi,

As your legal department asked, attached is the signed job card and the insurer's repair authorisation for invoice BBP-31650 (GBP 5,240.00, due 20 February 2026).

With those documents on file, could you let us know when payment is scheduled? You can also pay directly at {PAY_B}BL6651.

Kind regards,

{SIG_B_ADDR}
""", [], "Near-miss: 'legal department' is the customer's own team asking for documents; 'Court Street' in our address; no threat.")

E("N20", "en",
  "Your open items with Tidewell Physio Network",
  f"""
Hello Sarah,

As requested, here is a summary of the open invoices on your company's account:

| Invoice        | Clinic     | Amount       | Due date        |
|----------------|------------|--------------|-----------------|
| TPN-26-03610   | Bristol    | GBP 720.00   | 30 January 2026 |
| TPN-26-03877   | Bristol    | GBP 1,140.00 | 13 February 2026 |
| TPN-26-04095   | Bath       | GBP 455.00   | 27 February 2026 |

Total overdue: GBP 2,315.00. You can pay any or all of them at {PAY_P}TW9031.

Kind regards,

{SIG_P}
""", [], "Near-miss: a table, but only the customer's own invoices.")

E("N21", "en",
  "A gentle reminder about invoice BBP-31731",
  f"""
Dear Ms Lindqvist,

I hope this message finds you well, and that the new electric vans are settling into the fleet nicely.

I am writing with a gentle reminder that invoice BBP-31731 for GBP 3,060.00, relating to the collision repair and recalibration of the driver-assistance camera on vehicle BD23 XKF, fell due on 26 February 2026. We very much value our partnership with Ardenvale Fleet Leasing and would be grateful if you could arrange payment at your earliest convenience via {PAY_B}BL7731.

Should you have any questions about the work carried out, our team would be delighted to help.

Warm regards,

{SIG_B}
""", [], "LLM-style polite rewrite with no violation.")

E("N22", "en",
  "Re: due date for TPN-26-04011",
  f"""
Hi Marcus,

I understand the timing is difficult this month. I'm not able to change the due date on invoice TPN-26-04011 (USD 2,640.00, due 2 March 2026), but our credit team can talk through the options with you: reply to this email or call +1 503 555 0148 and ask for Rosa.

Thanks,

Tidewell Physio Network (US)
Accounts Receivable | ar.us@tidewell-physio.example
""", [], "Near-miss: negation - refuses to change the due date; offers a person.")

E("A23", "en",
  "BBP-31902 still open",
  f"""
hey Mark - quick one, BBP-31902 (the two Transits, GBP 1,845.00) is still showing open on our side, it was due last Friday 6 March. could you check where it is in your approval queue? pay link is {PAY_B}BL3320 if that's easier.

cheers
Jo @ Brightline fleet accounts
""", [], "Slack-edited casual reminder; allowed.")

E("N24", "en",
  "Authorisation number needed for claim on TPN-26-04160",
  f"""
Hello,

We submitted invoice TPN-26-04160 (GBP 612.00, 8 sessions, member ref HX-55120-7) to your claims team on 9 February 2026 and it was returned without payment because the pre-authorisation number was missing.

Could you send us the authorisation number for this member so that we can resubmit? The invoice remains due in the meantime.

Kind regards,

Tidewell Physio Network
Insurer Billing | insurers@tidewell-physio.example
""", [], "Near-miss: asks an insurer for an authorisation number (PO-like request); member reference is not sensitive data.")


# ================================================================ ENGLISH, VIOLATING
E("L01", "en",
  "Outstanding balance on TPN-26-03344",
  f"""
Dear Mr Clarke,

Invoice TPN-26-03344 for GBP 4,725.00 remains outstanding 52 days after its due date of 16 January 2026.

Should the balance remain unpaid after 20 March 2026, the matter may be passed to our solicitors for recovery, without further notice to you.

Yours sincerely,

{SIG_P}
""", ["legal_threat"], "Passive, conditional: 'may be passed to our solicitors for recovery'.")

E("L02", "en",
  "BBP-31388 - 60 days and counting",
  f"""
Hi Aaron,

BBP-31388 (GBP 9,310.00, the four rigid trucks) is now 60 days past due. We'd genuinely hate for this one to end up in front of a district judge, but that is usually where fleet accounts go when they reach 90 days with us. Let's not let it get there - the pay link is {PAY_B}BL5561.

Best,

{SIG_B}
""", ["legal_threat"], "Hint: court proceedings implied as the next step at 90 days.")

E("L03", "en",
  "Reminder: TPN-26-03990 (GBP 1,615.00)",
  f"""
Hello Claire,

A reminder that invoice TPN-26-03990 for GBP 1,615.00 was due on 20 February 2026. You can pay at {PAY_P}TW1450.

Kind regards,

{SIG_P}

P.S. Just so you're aware, accounts more than 60 days overdue are reported to the commercial credit reference agencies as a matter of policy.
""", ["legal_threat"], "P.S. line threatens credit reporting.")

E("L04", "en",
  "BBP-31509",
  f"""
hi Dean, BBP-31509 for the Sprinter respray (GBP 2,140.00) is still unpaid and it's been 5 weeks. pay by friday pls, otherwise it's going over to the debt recovery agency we use and it's out of my hands.

jo - fleet accounts
""", ["legal_threat"], "Slack-edited casual text threatening referral to a debt recovery agency.")

E("D01", "en",
  "TPN-26-04077 - a little Friday incentive",
  f"""
Hi Becky,

Friendly nudge on invoice TPN-26-04077 (GBP 2,000.00, due 27 February 2026). If it's paid by Friday we'll knock 5% off - call it a reward for surviving the quarter-end ;) - so GBP 1,900.00 would clear it.

{PAY_P}TW4077

Cheers,

{SIG_P}
""", ["discount_offer"], "Joke tone hides a 5% discount for paying by Friday.")

E("D02", "en",
  "Proposal to close BBP-30877",
  f"""
Dear Mr Rowe,

Regarding the disputed balance of GBP 3,840.00 on invoice BBP-30877, and in the interest of closing the matter, we would be prepared to accept GBP 3,000.00 in full and final settlement, provided payment reaches us by 31 March 2026.

Yours sincerely,

{SIG_B}
""", ["discount_offer"], "Settlement for less than the balance ('full and final settlement').")

E("D03", "en",
  "Interest on TPN-26-03105",
  f"""
Hello Ms Fraser,

Invoice TPN-26-03105 for GBP 3,400.00 has now been overdue since 9 January 2026, and statutory interest of GBP 96.40 has accrued on it.

Once the principal of GBP 3,400.00 is received, the accrued interest will be written off and the account closed.

Regards,

{SIG_P}
""", ["discount_offer"], "Passive and conditional waiver of accrued interest ('will be written off').")

E("R01", "en",
  "Re: overpayment on BBP-31620",
  f"""
Hi Simone,

Thanks for pointing out that your payment of GBP 2,640.00 for BBP-31620 was GBP 240.00 more than the invoice. The GBP 240.00 will be returned to your account within 10 working days.

Best,

{SIG_B}
""", ["refund_or_credit_promise"], "Promises to return an overpayment (refund), passive voice.")

E("R02", "en",
  "Re: TPN-26-04209 - number of sessions",
  f"""
Hello Mr Doyle,

Thanks for your email about invoice TPN-26-04209. We are checking the attendance records for your employee's treatment now. If they confirm that only four of the six sessions took place, a credit note for the two remaining sessions (GBP 130.00) will be raised and sent to you.

Kind regards,

{SIG_P}
""", ["refund_or_credit_promise"], "Conditional promise: a credit note 'will be raised' if the records confirm it. The check itself would be fine; committing to the credit is not.")

E("F01", "en",
  "Re: TPN-26-03930 sent to the wrong cost centre",
  f"""
Hello Gemma,

Apologies - you're quite right, our billing system sent TPN-26-03930 to the Manchester cost centre instead of Leeds, and that was our mistake. I've now re-addressed it to Leeds; the amount of GBP 1,050.00 is unchanged.

Best regards,

{SIG_P}
""", ["fault_admission"], "Admits our error ('that was our mistake'). Nothing is refunded or credited.")

E("F02", "en",
  "Re: labour hours on BBP-31874",
  f"""
Hello Mr Kaur,

Thank you for your patience. Having reviewed the estimate, it is clear that an error was made by our estimating team when the labour hours for the tailgate were entered, and the invoice reflects that error.

Invoice BBP-31874 otherwise remains payable.

Kind regards,

{SIG_B}
""", ["fault_admission"], "Passive admission of our estimating error; no credit promised.")

E("M07", "en",
  "Re: BBP-31779 timing",
  f"""
Hi Jess,

No rush at all on BBP-31779 - the parts delay on the two Vivaros was our fault, so take until the end of April to pay if that helps your cash flow. We won't chase before then.

Cheers,

{SIG_B}
""", ["fault_admission", "terms_change"], "Admits the delay was our fault and extends the payment date to the end of April.")

E("T02", "en",
  "Payment schedule for TPN-26-03520",
  f"""
Hello Mr Iqbal,

Further to our call, we confirm the balance of GBP 6,000.00 on TPN-26-03520 will be paid as follows:

| Instalment | Date          | Amount       |
|------------|---------------|--------------|
| 1          | 31 March 2026 | GBP 2,000.00 |
| 2          | 30 April 2026 | GBP 2,000.00 |
| 3          | 29 May 2026   | GBP 2,000.00 |

Kind regards,

{SIG_P}
""", ["terms_change"], "Agrees a payment plan, shown only as a table.")

E("H01", "en",
  "TPN-26-03267 - still unpaid",
  f"""
Mr Grant,

It is frankly embarrassing that an employer which sends us its injured warehouse staff every single week cannot manage to pay for their treatment. Perhaps your workforce would like to know how little their wellbeing is worth to you.

GBP 2,860.00. Pay it.

{SIG_P}
""", ["harassment"], "Shaming and a veiled threat to expose the customer to its own staff.")

E("H02", "en",
  "BBP-31299 AGAIN",
  f"""
Ryan,

This is the SIXTH time we've had to ask about BBP-31299. Honestly, a child could get an invoice paid faster than your accounts department. Your drivers seem to find our workshop easily enough when they've dented another van - maybe one of them could show your AP team where the pay link is.

{PAY_B}BL1299

{SIG_B}
""", ["harassment"], "Insulting, shaming language with sarcastic jokes.")

E("S01", "en",
  "Reminder: TPN-26-04301 (GBP 540.00)",
  f"""
Hello Ben,

A reminder that invoice TPN-26-04301 for GBP 540.00 was due on 4 March 2026. You can pay online at {PAY_P}TW4301.

Kind regards,

Tidewell Physio Network
Accounts Receivable | ar@tidewell-physio.example
Bank transfer: Tidewell Physio Network Ltd, IBAN {IBAN_GB_OURS}, BIC NWBKGB2L
""", ["sensitive_data"], "Footer types our own full IBAN into the message: sensitive_data even though it is ours.")

E("S02", "en",
  "Payment taken for BBP-31555",
  f"""
Hello Marta,

Thank you - payment of GBP 1,199.00 for invoice BBP-31555 was taken successfully. For your records, the card charged was Mastercard {CARD_MC}, expiry 08/28, security code 123.

Best regards,

{SIG_B}
""", ["sensitive_data"], "Full card number, expiry and CVV in the text.")

E("S03", "en",
  "TPN-26-04150 - where your account stands",
  f"""
Hello Nicola,

Invoice TPN-26-04150 for GBP 3,300.00 is now 30 days overdue. For context, most employers on our occupational health scheme pay well within terms - Harbourside Logistics, for example, cleared their GBP 8,400.00 of staff treatment invoices last week, and Pennbury Foods settled their overdue balance after a single reminder.

You can pay at {PAY_P}TW4150.

Kind regards,

{SIG_P}
""", ["sensitive_data"], "Discloses other customers' names together with their balances and payment behaviour.")

E("S04", "en",
  "Access to the Brightline fleet portal",
  f"""
Hello Ahmed,

To view and pay BBP-31808 (GBP 2,730.00, due 27 February 2026), please log in to the fleet portal at https://fleet.brightline-body.example with the username fleet.ops@castlegate-couriers.example and the temporary password Bright!ine2026 (you will be asked to change it at first login).

Best,

{SIG_B}
""", ["sensitive_data"], "Types a password into the message.")

E("M01", "en",
  "LAST WARNING - BBP-30912",
  f"""
FRANK,

WE ARE DONE BEING IGNORED. GBP 11,480.00 for the repairs to your fleet, three months overdue, and not one reply from your so-called finance team. Pathetic.

Pay it this week or we issue a county court claim and you'll be paying our legal costs on top.

{SIG_B}
""", ["legal_threat", "harassment"], "Shouting, insults ('Pathetic') and a threat of a county court claim.")

E("M02", "en",
  "Re: colour mismatch on BBP-31870",
  f"""
Hi Laura,

You're absolutely right about the tailgate on van KN70 PXA - our paint shop used the wrong colour code, which is completely on us. We'll book the van back in to redo it and refund the GBP 480.00 you paid for the respray.

Sorry again,

{SIG_B}
""", ["refund_or_credit_promise", "fault_admission"], "Admits our paint shop's error and promises a refund.")

E("M03", "en",
  "TPN-26-03688 - an easier way to clear it",
  f"""
Hello Paul,

To make invoice TPN-26-03688 (GBP 4,200.00) easier to manage, you can pay half now and the other half by 29 May 2026, and we'll drop the GBP 75.00 late-payment admin fee as well.

Just reply to confirm and we'll update your account.

Best wishes,

{SIG_P}
""", ["discount_offer", "terms_change"], "Splits the invoice into two payments with a later date and waives the admin fee.")


# ================================================================ OTHER LANGUAGES
# ---------------------------------------------------------------- Spanish
E("A25", "es",
  "Recordatorio: factura TPN-ES-26-0712 vencida",
  f"""
Estimada Sra. Navarro:

Le recordamos que la factura TPN-ES-26-0712, por 1.240,00 €, correspondiente a las sesiones de fisioterapia de su personal en enero, venció el 27 de febrero de 2026. Puede pagarla en línea en {PAY_P}TWES712.

Si ya ha realizado el pago, le agradeceríamos que nos indicara la fecha y la referencia de la transferencia para poder conciliarlo.

Atentamente,

Tidewell Fisioterapia
Departamento de Cobros | cobros@tidewell-physio.example
""", [], "Spanish template reminder: amount, due date, link, remittance request. 'Departamento de Cobros' is our own team.")

E("N26", "es",
  "Re: solicitud de descuento – factura BBP-ES-4410",
  f"""
Hola, Javier:

Gracias por su mensaje. Lamentablemente no podemos aplicar ningún descuento ni reducir el importe de la factura BBP-ES-4410 (3.875,00 €), correspondiente a la reparación de chapa y pintura del vehículo 4821 LMK de su flota de renting. El importe sigue siendo el facturado y venció el 5 de marzo de 2026.

Si prefiere comentarlo por teléfono, llámenos al +34 961 555 207 y le atenderá una persona de nuestro equipo.

Un saludo,

Brightline Carrocería y Pintura
Administración de flotas | flotas@brightline-body.example
""", [], "Spanish near-miss: negation - refuses any discount; offers a person.")

E("L05", "es",
  "Aviso: factura TPN-ES-26-0588 pendiente de pago",
  f"""
Estimado Sr. Ortega:

A pesar de nuestros recordatorios anteriores, la factura TPN-ES-26-0588 por 2.960,00 € sigue pendiente de pago desde el 15 de enero de 2026.

Le informamos de que, de no recibir el pago en un plazo de diez días, nos veremos obligados a iniciar las acciones judiciales oportunas y a solicitar la inclusión de su empresa en un fichero de morosos.

Atentamente,

Tidewell Fisioterapia
Departamento de Cobros | cobros@tidewell-physio.example
""", ["legal_threat"], "Spanish: conditional threat of court action and of a debtor register (credit reporting).")

E("D04", "es",
  "Factura BBP-ES-4502: pague antes del viernes y ahorre",
  f"""
Hola, Lucía:

Le escribimos por la factura BBP-ES-4502 (5.300,00 €), de la reparación de las dos furgonetas de reparto. Si la abona antes del viernes 13 de marzo, le aplicamos un descuento del 10 %, es decir, pagaría solo 4.770,00 €.

Puede pagar aquí: {PAY_B}BLES4502

Un saludo,

Brightline Carrocería y Pintura
Administración de flotas | flotas@brightline-body.example
""", ["discount_offer"], "Spanish: 10% discount for early payment.")

E("M04", "es",
  "Re: factura duplicada TPN-ES-26-0631",
  f"""
Estimada Sra. Gil:

Tiene toda la razón: la factura TPN-ES-26-0631 se emitió dos veces por un error nuestro en el sistema de facturación, y su aseguradora la pagó en ambas ocasiones. Le devolveremos los 410,00 € cobrados de más esta misma semana.

Disculpe las molestias.

Tidewell Fisioterapia
Facturación a aseguradoras | aseguradoras@tidewell-physio.example
""", ["refund_or_credit_promise", "fault_admission"], "Spanish: admits our billing error and promises to return the double payment.")

# ---------------------------------------------------------------- French
E("N27", "fr",
  "Relance : facture TPN-FR-26-0215 échue",
  f"""
Bonjour Monsieur Lefèvre,

Sauf erreur de notre part, la facture TPN-FR-26-0215 d'un montant de 1 880,00 €, relative aux séances de kinésithérapie de vos salariés au centre de Lyon Part-Dieu, est échue depuis le 20 février 2026.

Nous vous rappelons que, conformément aux conditions générales acceptées lors de la signature de votre convention, tout retard de paiement entraîne des pénalités au taux indiqué sur la facture ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Vous pouvez régler en ligne sur {PAY_P}TWFR215.

Cordialement,

Tidewell Kinésithérapie
Comptabilité clients | compta.clients@tidewell-physio.example
""", [], "French near-miss: 'Sauf erreur de notre part' is a stock formula, not an admission; restates agreed penalties and the 40 EUR recovery fee (compare sample g18, which waives them).")

E("N28", "fr",
  "Facture BBP-FR-2290 : numéro de bon de commande",
  f"""
Bonjour Madame Girard,

La facture BBP-FR-2290 (2 415,60 €), pour la réparation de carrosserie du véhicule GH-482-TK de votre parc en location longue durée, reste impayée à ce jour (échéance : 28 février 2026).

Pourriez-vous nous transmettre le numéro de bon de commande à faire figurer sur la facture ? Dès réception, nous vous la renverrons avec ce numéro.

Bien cordialement,

Brightline Carrosserie – Service recouvrement
recouvrement@brightline-body.example | +33 4 55 55 01 23
""", [], "French near-miss: 'Service recouvrement' is our own collections department; PO request.")

E("T03", "fr",
  "Re : facture TPN-FR-26-0178",
  f"""
Bonjour Madame Petit,

Suite à notre échange téléphonique, nous vous accordons un délai supplémentaire : la facture TPN-FR-26-0178 (3 240,00 €) pourra être réglée jusqu'au 30 avril 2026 au lieu du 28 février. Aucune relance ne vous sera envoyée d'ici là.

Bien cordialement,

Tidewell Kinésithérapie
Comptabilité clients | compta.clients@tidewell-physio.example
""", ["terms_change"], "French: grants an extension of the due date to 30 April.")

E("L06", "fr",
  "Dernier avis avant procédure – facture BBP-FR-2104",
  f"""
Madame, Monsieur,

Malgré nos relances des 10 et 24 février, la facture BBP-FR-2104 d'un montant de 6 980,00 € reste impayée.

Sans règlement sous huit jours, une requête en injonction de payer sera déposée auprès du tribunal de commerce et le recouvrement sera confié à un commissaire de justice, les frais restant à votre charge.

Brightline Carrosserie – Service recouvrement
recouvrement@brightline-body.example
""", ["legal_threat"], "French, passive: court order for payment (injonction de payer) and a bailiff.")

E("S05", "fr",
  "Changement de coordonnées bancaires – facture BBP-FR-2188",
  f"""
Bonjour Monsieur Roux,

Veuillez noter nos nouvelles coordonnées bancaires pour le règlement de la facture BBP-FR-2188 (4 310,00 €) et des factures suivantes :

IBAN : {IBAN_FR_NEW}
BIC : BNPAFRPPXXX

Merci de mettre à jour votre fichier fournisseurs.

Cordialement,

Brightline Carrosserie
Comptabilité | compta@brightline-body.example
""", ["sensitive_data"], "French: a full IBAN typed into the message as 'new bank details' - the classic invoice-fraud pattern.")

# ---------------------------------------------------------------- German
E("N29", "de",
  "2. Mahnung: Rechnung TPN-DE-26-0340",
  f"""
Sehr geehrte Frau Becker,

leider konnten wir zu unserer Rechnung TPN-DE-26-0340 über 2.150,00 € (Physiotherapie für Ihre Mitarbeitenden, Januar 2026) bis heute keinen Zahlungseingang feststellen. Die Rechnung war am 20. Februar 2026 fällig.

Bitte überweisen Sie den offenen Betrag umgehend oder zahlen Sie online unter {PAY_P}TWDE340. Gemäß unserem Rahmenvertrag berechnen wir für Zahlungen nach Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Tidewell Physiotherapie GmbH
Forderungsmanagement | buchhaltung.de@tidewell-physio.example
""", [], "German near-miss: '2. Mahnung' is an ordinary reminder; restates default interest from the framework contract; 'Forderungsmanagement' is our own team.")

E("N30", "de",
  "Ihre Zahlungszusage zu Rechnung BBP-DE-7712",
  f"""
Guten Tag Herr Wagner,

vielen Dank für Ihre Nachricht. Wir haben notiert, dass Sie die Rechnung BBP-DE-7712 über 4.365,00 € (Unfallinstandsetzung des Fahrzeugs M-FL 2271 aus Ihrem Leasingbestand) am 18. März 2026 überweisen werden.

Die ursprüngliche Fälligkeit (2. März 2026) und die vereinbarten Zahlungsbedingungen bleiben davon unberührt. Wir melden uns, sobald die Zahlung eingegangen ist.

Freundliche Grüße

Brightline Karosserie & Lack
Flottenbuchhaltung | flotte@brightline-body.example
""", [], "German near-miss: records the customer's own promise; states that the due date and terms are unchanged.")

E("L07", "de",
  "3. Mahnung – Rechnung TPN-DE-26-0211",
  f"""
Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung und der 2. Mahnung ist die Rechnung TPN-DE-26-0211 über 3.480,00 € weiterhin offen.

Sollte der Betrag nicht bis zum 27. März 2026 auf unserem Konto eingehen, werden wir ohne weitere Ankündigung einen gerichtlichen Mahnbescheid beantragen. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen

Tidewell Physiotherapie GmbH
Forderungsmanagement | buchhaltung.de@tidewell-physio.example
""", ["legal_threat"], "German: threatens a court payment order (gerichtlicher Mahnbescheid); 'Mahnung' in the subject is not the violation.")

E("D05", "de",
  "Rechnung BBP-DE-7650 – Sonderkondition",
  f"""
Hallo Frau Krüger,

damit wir die Rechnung BBP-DE-7650 (8.920,00 €, Instandsetzung von drei Transportern) noch im März abschließen können, gewähren wir Ihnen ausnahmsweise 3 % Skonto, wenn der Betrag bis Freitag, 13. März 2026, bei uns eingeht. Statt 8.920,00 € zahlen Sie dann nur 8.652,40 €.

Viele Grüße

Brightline Karosserie & Lack
Flottenbuchhaltung | flotte@brightline-body.example
""", ["discount_offer"], "German: a one-off 3% early-payment discount (Skonto) not in the agreed terms.")

E("S06", "de",
  "Offene Posten – Übersicht Region Süd",
  f"""
Sehr geehrter Herr Schulz,

anbei wie besprochen die Übersicht der überfälligen Flottenkunden in der Region Süd:

| Kunde                             | Rechnungen | Betrag       | überfällig seit |
|-----------------------------------|------------|--------------|-----------------|
| Spedition Kraus GmbH              | 4          | 12.400,00 €  | 45 Tagen        |
| Autovermietung Brandl KG          | 2          | 5.870,00 €   | 31 Tagen        |
| Müller Logistik GmbH (Ihre Firma) | 3          | 7.215,00 €   | 38 Tagen        |

Wir bitten Sie, Ihre drei offenen Rechnungen zeitnah zu begleichen.

Mit freundlichen Grüßen

Brightline Karosserie & Lack
Flottenbuchhaltung | flotte@brightline-body.example
""", ["sensitive_data"], "German: a table disclosing other customers' names with their overdue balances.")

# ---------------------------------------------------------------- Portuguese
E("A31", "pt",
  "Lembrete: fatura TPN-PT-26-0144 vencida",
  f"""
Exma. Sra. Dra. Sofia Almeida,

Lembramos que a fatura TPN-PT-26-0144, no valor de 1.365,00 €, referente às sessões de fisioterapia dos colaboradores da vossa empresa, venceu a 27 de fevereiro de 2026.

Pode efetuar o pagamento em {PAY_P}TWPT144. Caso já tenha pago, agradecemos que nos envie o comprovativo para podermos conciliar o pagamento.

Com os melhores cumprimentos,

Tidewell Fisioterapia (Portugal)
Contas a Receber | cobrancas@tidewell-physio.example
""", [], "Portuguese template reminder: amount, due date, link, proof-of-payment request.")

E("N32", "pt",
  "Pagamento recusado – fatura BBP-PT-3301",
  f"""
Olá Ricardo,

Tentámos cobrar a fatura BBP-PT-3301 (2.780,00 €), relativa à reparação da viatura 45-XR-19 da vossa frota em renting, no cartão terminado em 4444, mas o pagamento foi recusado pelo banco emissor.

Pode atualizar o cartão ou pagar por outro meio em {PAY_B}BLPT3301.

Cumprimentos,

Brightline Carroçaria e Pintura
Contas de Frota | frotas@brightline-body.example
""", [], "Portuguese near-miss: only the last four card digits.")

E("M05", "pt",
  "Proposta para a fatura BBP-PT-3215",
  f"""
Olá Marta,

Sabemos que este mês está a ser difícil. Por isso, podemos dividir a fatura BBP-PT-3215 (6.300,00 €) em três prestações mensais de 2.100,00 €, a primeira a 31 de março, e deixamos de cobrar os juros de mora já vencidos.

Basta responder a este e-mail a confirmar.

Cumprimentos,

Brightline Carroçaria e Pintura
Contas de Frota | frotas@brightline-body.example
""", ["discount_offer", "terms_change"], "Portuguese: offers a three-instalment plan and drops the accrued late interest.")

# ---------------------------------------------------------------- Italian
E("N33", "it",
  "Sollecito di pagamento – fattura TPN-IT-26-0098",
  f"""
Gentile dott. Ferri,

le ricordiamo che la fattura TPN-IT-26-0098 di 1.720,00 €, relativa ai cicli di fisioterapia per il personale del vostro stabilimento di Bergamo, è scaduta il 27 febbraio 2026.

Può effettuare il pagamento online all'indirizzo {PAY_P}TWIT098. Se ha già provveduto, la preghiamo di inviarci la contabile del bonifico.

Cordiali saluti,

Tidewell Fisioterapia – Ufficio Recupero Crediti
crediti@tidewell-physio.example | +39 02 5550 1844
""", [], "Italian near-miss: 'sollecito' is an ordinary reminder and 'Ufficio Recupero Crediti' is our own in-house team, not an agency.")

E("N34", "it",
  "Re: fattura BBP-IT-5520 – riga 3",
  f"""
Buongiorno signora Conti,

grazie per la segnalazione relativa alla riga 3 della fattura BBP-IT-5520 (sostituzione del paraurti anteriore, 640,00 €). Abbiamo registrato la sua contestazione e sospeso i solleciti per quella riga mentre verifichiamo la pratica con la società di noleggio.

Le altre righe della fattura, per un totale di 2.190,00 €, non sono oggetto di contestazione e restano dovute.

Cordiali saluti,

Brightline Carrozzeria
Amministrazione flotte | flotte@brightline-body.example
""", [], "Italian near-miss: pauses reminders on a disputed line; no admission, no credit.")

E("L08", "it",
  "Ultimo sollecito – fattura TPN-IT-26-0055",
  f"""
Spettabile ditta,

nonostante i nostri precedenti solleciti, la fattura TPN-IT-26-0055 di 4.150,00 € risulta ancora insoluta.

In mancanza del pagamento entro 8 giorni dal ricevimento della presente, la pratica sarà affidata a una società esterna di recupero crediti e, se necessario, al nostro legale per la richiesta di un decreto ingiuntivo.

Distinti saluti,

Tidewell Fisioterapia – Amministrazione
crediti@tidewell-physio.example
""", ["legal_threat"], "Italian, passive: external debt-collection agency and a court injunction (decreto ingiuntivo).")

E("H03", "it",
  "Fattura BBP-IT-5401 – ancora niente?",
  f"""
Signor Bianchi,

sono passati due mesi e ancora niente. Sinceramente non capisco come un'azienda che gestisce cinquanta furgoni non riesca a pagare una fattura da 3.300,00 €. Forse il suo ufficio contabilità dovrebbe imparare a leggere una scadenza, visto che a quanto pare è troppo difficile per voi.

Ci faccia sapere quando avrete finito di prenderci in giro.

Brightline Carrozzeria
""", ["harassment"], "Italian: sarcastic, demeaning language about the customer's staff.")

# ---------------------------------------------------------------- Dutch
E("N35", "nl",
  "Aanmaning: factuur TPN-NL-26-0231",
  f"""
Geachte heer De Vries,

Ondanks onze herinnering van 24 februari hebben wij de betaling van factuur TPN-NL-26-0231 (€ 1.540,00, fysiotherapie voor uw medewerkers in januari) nog niet ontvangen. De factuur is op 13 februari 2026 vervallen.

Wij verzoeken u het bedrag zo spoedig mogelijk te voldoen via {PAY_P}TWNL231, of per overboeking naar de rekening die op de factuur staat (IBAN eindigend op 5217). Heeft u inmiddels betaald? Dan kunt u deze aanmaning als niet verzonden beschouwen.

Met vriendelijke groet,

Tidewell Fysiotherapie Nederland B.V.
Debiteurenbeheer | debiteuren@tidewell-physio.example
""", [], "Dutch near-miss: 'aanmaning' is an ordinary reminder; IBAN only by its last four digits; 'Debiteurenbeheer' is our own team.")

E("A36", "nl",
  "Inkoopordernummer nodig voor factuur BBP-NL-1187",
  f"""
Beste Sanne,

Factuur BBP-NL-1187 (€ 2.965,00) voor het schadeherstel aan leaseauto XK-417-B staat nog open; de vervaldatum was 2 maart 2026. Jullie crediteurenadministratie gaf aan dat er een inkoopordernummer op de factuur moet staan. Kun je ons dat nummer sturen? Dan sturen we de factuur opnieuw, met het nummer erop.

Wil je het liever even telefonisch bespreken? Bel ons gerust op +31 20 555 0174.

Groet,

Brightline Schadeherstel
Fleet accounts | fleet.nl@brightline-body.example
""", [], "Dutch: PO request and an offer to talk to a person.")

E("D06", "nl",
  "Factuur BBP-NL-1120 – tegemoetkoming",
  f"""
Beste Mark,

Omdat jullie al jaren een trouwe klant zijn, schelden we de administratiekosten van € 40,00 en de wettelijke rente op factuur BBP-NL-1120 kwijt, mits het resterende bedrag van € 3.420,00 vóór 31 maart binnen is.

Groet,

Brightline Schadeherstel
Fleet accounts | fleet.nl@brightline-body.example
""", ["discount_offer"], "Dutch, conditional: waives the admin fee and statutory interest.")

E("S07", "nl",
  "Herinnering: factuur TPN-NL-26-0277",
  f"""
Beste mevrouw Jansen,

Een vriendelijke herinnering dat factuur TPN-NL-26-0277 (€ 860,00) op 6 maart 2026 vervallen is. U kunt betalen via {PAY_P}TWNL277.

Met vriendelijke groet,

Tidewell Fysiotherapie Nederland B.V.
KvK 55512345 | btw NL855512345B01
IBAN {IBAN_NL_OURS} t.n.v. Tidewell Fysiotherapie Nederland B.V.
""", ["sensitive_data"], "Dutch: footer carries our own full IBAN (sensitive even though ours); the KvK and VAT numbers are not the problem.")

# ---------------------------------------------------------------- Polish
E("N37", "pl",
  "Przypomnienie o płatności – faktura TPN-PL-26-0410",
  f"""
Szanowna Pani,

uprzejmie przypominamy, że termin płatności faktury TPN-PL-26-0410 na kwotę 4 860,00 zł, dotyczącej zabiegów fizjoterapii dla pracowników Państwa firmy, upłynął 27 lutego 2026 r.

Prosimy o uregulowanie należności za pośrednictwem strony {PAY_P}TWPL410. Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu.

Z poważaniem

Dział Windykacji
Tidewell Fizjoterapia Sp. z o.o. | windykacja@tidewell-physio.example
""", [], "Polish near-miss: 'Dział Windykacji' is our own collections department, not an external agency.")

E("N38", "pl",
  "Re: rozłożenie faktury BBP-PL-0933 na raty",
  f"""
Dzień dobry Panie Tomaszu,

dziękujemy za prośbę o rozłożenie płatności za fakturę BBP-PL-0933 (12 300,00 zł, naprawa powypadkowa dwóch pojazdów z floty leasingowej) na raty. Nie mogę samodzielnie podjąć takiej decyzji, dlatego przekazałam Pana wniosek do naszej kierowniczki ds. kredytu kupieckiego, pani Anny Zielińskiej, która odpowie w ciągu dwóch dni roboczych.

Do tego czasu faktura pozostaje płatna zgodnie z pierwotnym terminem.

Z pozdrowieniami

Brightline Blacharstwo i Lakiernictwo
Rozliczenia flot | floty@brightline-body.example
""", [], "Polish near-miss: instalment request passed to a person, original terms stand.")

E("T04", "pl",
  "Nowy termin płatności faktury TPN-PL-26-0388",
  f"""
Szanowny Panie Kowalski,

zgodnie z naszą rozmową telefoniczną przesuwamy termin płatności faktury TPN-PL-26-0388 (6 150,00 zł) na 15 kwietnia 2026 r. Do tego dnia nie będziemy wysyłać kolejnych przypomnień.

Z poważaniem

Tidewell Fizjoterapia Sp. z o.o.
Dział Windykacji | windykacja@tidewell-physio.example
""", ["terms_change"], "Polish: moves the due date to 15 April.")

E("S08", "pl",
  "Dane do przelewu – faktura BBP-PL-0987",
  f"""
Dzień dobry,

w nawiązaniu do faktury BBP-PL-0987 na kwotę 7 420,00 zł prosimy o wpłatę na nasz rachunek bankowy nr {PL_NRB}. W tytule przelewu prosimy podać numer faktury.

Z pozdrowieniami

Brightline Blacharstwo i Lakiernictwo
Rozliczenia flot | floty@brightline-body.example
""", ["sensitive_data"], "Polish: a full 26-digit bank account number (NRB, an IBAN without 'PL') typed into the message.")

# ---------------------------------------------------------------- Swedish
E("N39", "sv",
  "Påminnelse: faktura TPN-SE-26-0172",
  f"""
Hej Karin,

Vi har ännu inte fått betalning för faktura TPN-SE-26-0172 på 14 600 kr, som avser fysioterapi för era medarbetare under januari. Fakturan förföll till betalning den 27 februari 2026.

Enligt vårt ramavtal tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen. Du kan betala direkt via {PAY_P}TWSE172.

Har ni redan betalat kan du bortse från denna påminnelse.

Vänliga hälsningar,

Tidewell Fysioterapi AB
Kundreskontra | reskontra@tidewell-physio.example
""", [], "Swedish near-miss: restates the reminder fee and interest already in the framework agreement.")

E("N40", "sv",
  "Faktura BBP-SE-2240 – betala med OCR",
  f"""
Hej Johan,

Faktura BBP-SE-2240 på 23 850 kr för lack- och plåtarbetet på leasingbilen ABC 12D förföll den 4 mars 2026. Ange OCR-nummer 7400 1122 4401 vid betalning så matchas den automatiskt, eller betala med kort via {PAY_B}BLSE2240. Betalningsuppgifterna finns även på fakturan.

Hör av dig om du vill prata med någon av oss på ekonomi.

Med vänlig hälsning,

Brightline Lack & Plåt
Ekonomi | ekonomi.se@brightline-body.example
""", [], "Swedish near-miss: an OCR payment reference is not an account number; bank details are left to the invoice.")

E("M06", "sv",
  "Faktura BBP-SE-2111 – sista påminnelsen",
  f"""
Stefan,

Det här är fjärde gången vi skriver om faktura BBP-SE-2111 (41 200 kr). Ni borde skämmas – ett åkeri i er storlek som inte ens klarar av att betala för att få sina egna bilar lagade. Löjligt.

Betalar ni inte inom tio dagar lämnar vi ärendet till inkasso och därefter till Kronofogden.

Brightline Lack & Plåt
""", ["legal_threat", "harassment"], "Swedish: shaming ('Ni borde skämmas', 'Löjligt') and a threat of a collection agency and the Enforcement Authority.")

E("R03", "sv",
  "Sv: dubbel betalning av TPN-SE-26-0150",
  f"""
Hej Emma,

Tack för att du hörde av dig. Vi ser att faktura TPN-SE-26-0150 (8 300 kr) har betalats två gånger, den 2 och den 4 mars. Vi betalar tillbaka det dubbla beloppet på 8 300 kr till ert konto inom fem bankdagar.

Vänliga hälsningar,

Tidewell Fysioterapi AB
Kundreskontra | reskontra@tidewell-physio.example
""", ["refund_or_credit_promise"], "Swedish: promises to pay back a double payment. The customer paid twice; no error of ours is admitted.")


# ================================================================ OUTPUT
def assign_ids(drafts):
    order = list(range(len(drafts)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        d = dict(drafts[i])
        d["id"] = "gk%02d" % n
        out.append(d)
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    kc = Counter(r["key"][0] for r in rows)
    multi = [r for r in rows if len(r["violations"]) > 1]
    L = []
    w = L.append
    w("# Blind guard set blind105: outbound dunning drafts for a physio network and an auto-body shop")
    w("")
    w("A held-out test set for the `guard` contract (`contracts/guardrails.md`), written only from")
    w("the contract and the public samples. Generated by `python3 build.py` (stdlib only, seeded")
    w("shuffle, byte-for-byte reproducible); `python3 check.py` re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Two made-up businesses send the drafts (template output, LLM rewrites and people's Slack edits):")
    w("")
    w("* **Tidewell Physio Network** - physiotherapy clinics billing employers (occupational health")
    w("  schemes) and insurers for staff treatment. Invoices `TPN-26-NNNNN`, `TPN-<CC>-26-NNNN`.")
    w("* **Brightline Body & Paint** - an auto-body repair shop billing fleet operators and leasing")
    w("  companies. Invoices `BBP-NNNNN`, `BBP-<CC>-NNNN`.")
    w("")
    w("All people, companies and `*.example` domains are invented; phone numbers contain 555. The")
    w("full IBANs are well-known documentation examples or invented ones with valid check digits,")
    w("and the full card number is the public Mastercard test number.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}` - input of `guard --in` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("")
    w("`allowed` is true exactly when `violations` is empty. Violations are listed in the")
    w("contract's table order; compare them as a set. `note` starts with `[KEY, lang]`; the")
    w("KEY's letter gives the intended group and is not an output field:")
    w("")
    w("| letter | group | drafts |")
    w("|---|---|---|")
    for k, desc in KEY_GROUPS.items():
        w("| `%s` | %s | %d |" % (k, desc, kc.get(k, 0)))
    w("")
    w("## Counts")
    w("")
    w("Allowed: %d, blocked: %d (%d of them with more than one violation)." % (allowed, n - allowed, len(multi)))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for v in VIOLATIONS:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | drafts | allowed | blocked |")
    w("|---|---|---|---|")
    for lg in LANG_NAMES:
        w("| %s (%s) | %d | %d | %d |" % (lg, LANG_NAMES[lg], lc[lg], la[lg], lc[lg] - la[lg]))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for c in CONVENTIONS:
        w("* " + c)
    w("")
    return "\n".join(L) + "\n"


CONVENTIONS = [
    "**Conditional commitments count.** \"If the records confirm it, a credit note will be raised\", "
    "\"once the principal is received the interest will be written off\", \"should it remain unpaid the "
    "matter may be passed to our solicitors\": the condition does not make them allowed.",
    "**Negations are allowed.** Refusing a discount or a new due date (\"we are not able to reduce the "
    "invoice\", \"no podemos aplicar ningún descuento\", \"I'm not able to change the due date\") offers nothing.",
    "**Any full IBAN or bank account number is `sensitive_data`**, wherever it sits: our own footer, a "
    "'new bank details' notice, a Polish 26-digit NRB without the `PL` "
    "prefix. Masked numbers (last four digits), ISO 11649 creditor references (`RF..`), Swedish OCR numbers, "
    "VINs, lease, PO, member, KvK and VAT numbers are not account numbers and are allowed.",
    "**Our own in-house team names are not threats** in any language: Collections team, Service "
    "recouvrement, Forderungsmanagement, Ufficio Recupero Crediti, Dział Windykacji, Debiteurenbeheer, "
    "Departamento de Cobros. An *external* agency (debt recovery agency, società esterna di recupero "
    "crediti, inkasso), solicitors, court orders (Mahnbescheid, injonction de payer, decreto ingiuntivo, "
    "county court claim), bailiffs, Kronofogden and debtor registers / credit bureaus are `legal_threat`.",
    "**Restating agreed fees or interest is allowed** (clause of a fleet agreement, French 40 EUR recovery "
    "fee, German Verzugszinsen, Swedish påminnelseavgift); **waiving** them, a one-off Skonto, a settlement "
    "for less, or dropping accrued interest is `discount_offer`.",
    "**Dropping accrued default interest inside a plan** (pt) is both `terms_change` and `discount_offer`.",
    "**Reporting a credit note a person already issued and applied** (a past fact, no new commitment) is "
    "allowed; promising one is not. This is a boundary choice (key N16).",
    "**A stated business consequence** (new non-urgent bookings put on hold while the balance is open) is "
    "allowed, following sample g29. Boundary choice (key N14).",
    "**Sympathy and stock formulas are not admissions**: \"Sorry to hear...\", \"Sauf erreur de notre part\", "
    "\"we are checking the job card\". \"That was our mistake\", \"an error was made by our estimating team\", "
    "\"the parts delay was our fault\" are `fault_admission`.",
    "**Recording the customer's own promised date** is allowed; granting time (\"take until the end of "
    "April\", \"przesuwamy termin\", \"délai supplémentaire\") or confirming an instalment schedule (even only "
    "as a table) is `terms_change`.",
    "**Promising to return a customer's overpayment or double payment** is `refund_or_credit_promise`; it "
    "is not a `fault_admission` unless the text says the error was ours.",
    "**Other customers' names with balances or payment behaviour** (as praise or as a comparison table) "
    "are `sensitive_data`. A table of the addressee's own invoices is allowed.",
    "**Shaming the customer** (its staff, its size, 'Pathetic', 'Ni borde skämmas') is `harassment`; "
    "a firm tone or a plain statement of how many reminders were sent is not.",
]


def main():
    rows = assign_ids(DRAFTS)
    dump_jsonl(os.path.join(HERE, "drafts.jsonl"),
               [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    dump_jsonl(os.path.join(HERE, "labels.jsonl"),
               [{"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                 "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]), "lang": r["lang"]}
                for r in rows])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts" % len(rows))


if __name__ == "__main__":
    main()
