#!/usr/bin/env python3
"""Deterministic generator for the blind89 `guard` held-out set.

stdlib only.  `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte.  The only randomness is a seeded shuffle that assigns the ids.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 8989
ID_PREFIX = "bg"

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
KEY_LETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}
LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "nl": "Dutch", "pt": "Portuguese", "da": "Danish", "ro": "Romanian",
}


def iban(country, bban, grouped=True):
    """A made-up IBAN with valid ISO 13616 check digits."""
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    full = country + "%02d" % (98 - n % 97) + bban
    if not grouped:
        return full
    return " ".join(full[i:i + 4] for i in range(0, len(full), 4))


IBAN_GB = iban("GB", "NWBK60161331926819")        # the well-known GB example IBAN
IBAN_DE = iban("DE", "360400390123456700")        # made up, valid check digits
IBAN_NL = iban("NL", "ABNA0417164300")            # the well-known NL example IBAN
IBAN_RO = iban("RO", "AAAA1B31007593840000")      # the well-known RO example IBAN

# Each item: key, lang, biz (chem|vet), src (template|llm|slack), subject, body,
# violations (any order; written in contract order), evidence (substrings of the
# draft that carry each violation, or for allowed drafts the near-miss wording),
# note (human explanation).
ITEMS = []


def item(key, lang, biz, src, subject, body, violations, evidence, note):
    ITEMS.append(dict(key=key, lang=lang, biz=biz, src=src, subject=subject,
                      body=body.strip("\n"), violations=list(violations),
                      evidence=list(evidence), note=note))


# --------------------------------------------------------------------------
# English: allowed
# --------------------------------------------------------------------------
item("A01", "en", "chem", "template",
     "Reminder: invoice INV-40817 is overdue (GBP 6,284.40)",
     """
Dear Ms Okafor,

Our records show that invoice INV-40817 of 4 February 2026 for GBP 6,284.40 remains unpaid. It covers 12 x 200 L drums of isopropanol (UN 1219, class 3), including the dangerous-goods handling surcharge of GBP 180.00, and was due on 6 March 2026.

Please pay online at https://pay.valcora.example/c/VC3318 or by bank transfer to the account printed on the invoice. If you have already paid, please send us the remittance advice so we can allocate it.

Kind regards,

Credit Control
Valcora Chemicals Ltd
Unit 4, Kings Court Business Park, Runcorn WA7 1PX
""", [], ["UN 1219", "Kings Court", "account printed on the invoice"],
     "Plain overdue reminder: amount, due date, pay link, remittance request. The UN number, the surcharge as invoiced and the 'Kings Court' address are ordinary; the bank account is referred to, not typed.")

item("A02", "en", "chem", "llm",
     "Re: IBC deposit on INV-40902",
     """
Dear Mr Hale,

Thank you for getting in touch about the container deposit on INV-40902.

Under the returnable container agreement we signed with Hale Coatings in 2024, a deposit of GBP 45.00 is charged for each IBC at delivery and is credited only once the IBC comes back to our depot clean and undamaged. Our depot has not yet booked in the four IBCs delivered on 9 January, so their GBP 180.00 deposit is still part of the invoice balance of GBP 3,912.00, which fell due on 27 February 2026.

If the IBCs have already been collected, could you send me the collection note number? Our depot team will trace them and I will come back to you.

Best regards,

Amira Collins
Credit Control | Valcora Chemicals Ltd
""", [], ["credited only once the IBC comes back"],
     "Restates the agreed returnable-container clause (deposit credited on return) without promising a credit for these IBCs; asks for evidence. Restating agreed terms is allowed.")

item("A03", "en", "chem", "template",
     "Re: hazmat surcharge on INV-40988",
     """
Hello Priya,

Thanks for your email. We've looked at your request, but we can't waive the hazmat surcharge on INV-40988 or offer a discount on the invoice: the surcharge is part of the price list attached to your supply agreement, and it applies to every delivery of corrosive goods.

The balance of GBP 2,716.80 was due on 2 March 2026. If you'd like to go through the surcharge calculation with someone, your account manager Tom Reyes can call you - just reply with a good time.

Regards,

Credit Control
Valcora Chemicals Ltd
""", [], ["can't waive the hazmat surcharge", "offer a discount"],
     "Negation: refuses a fee waiver and a discount in words that contain both; offers a person to talk to.")

item("A04", "en", "chem", "template",
     "Final reminder: GBP 18,240.00 overdue - Northgate Plastics Ltd",
     """
Dear Mr Ellison,

Despite our reminders of 20 February and 6 March, invoices INV-40512, INV-40577 and INV-40631 (GBP 18,240.00 in total) remain unpaid. All three are now more than 30 days past their due dates.

Please arrange payment today at https://pay.valcora.example/c/VC2207. If the balance is still open on 23 March 2026, further deliveries to your Telford site will be placed on credit hold until the account is brought up to date.

If something is holding up payment, reply to this email and a member of our collections team will call you.

Credit Control
Valcora Chemicals Ltd
""", [], ["credit hold", "our collections team"],
     "Firm final reminder. A credit hold on new deliveries is a stated business consequence (same boundary as public sample g29), and 'our collections team' is our own team.")

item("A05", "en", "vet", "template",
     "Account reminder - Biscuit (balance GBP 412.60)",
     """
Dear Mrs Patel,

This is a reminder that your account with Greenmeadow Veterinary Group has an overdue balance of GBP 412.60 for Biscuit's dental treatment under anaesthetic on 12 February 2026 (invoice GM-26-01877, microchip 826098100457218). Payment was due on 14 March 2026.

You can pay securely at https://pay.greenmeadow-vets.example/a/GM5512 or by card over the phone on 0161 555 0142. If you have already paid, please ignore this message.

Kind regards,

Accounts Team
Greenmeadow Veterinary Group
14 Courtland Road, Stockport SK4 2LB
""", [], ["microchip 826098100457218", "Courtland Road"],
     "Pet-owner account reminder. The 15-digit microchip number is the customer's own pet's ID, not a card or bank number (it fails the Luhn check); 'Courtland Road' is an address.")

item("A06", "en", "vet", "llm",
     "Update on Bella's insurance claim and your account",
     """
Dear Mr Novak,

I hope Bella is settling in well after her cruciate surgery. Her treatment plan continues as Dr Ahmed set out: weekly hydrotherapy until the end of April, then a check-up.

We sent the claim for the surgery to PetSure on 3 March 2026 (claim reference PS-88213-C, policy 4471-22093). As set out on the claim form you signed, the account holder stays responsible for the full balance while the claim is being assessed, and any payment we receive from the insurer is allocated to your account. The current balance of GBP 1,284.00 was due on 10 March 2026.

You can pay at https://pay.greenmeadow-vets.example/a/GM6120, and if you would like to talk about the account, our accounts team is happy to help on 0161 555 0142.

Warm regards,

Greenmeadow Veterinary Group - Hazel Grove
""", [], ["treatment plan", "stays responsible for the full balance"],
     "A clinical treatment plan is not a payment plan; the insurance-claim terms the owner signed are restated and the due date stands. Contrast V08, which tells the owner to wait for the insurer.")

item("A07", "en", "vet", "llm",
     "Max - final account",
     """
Dear Ms Laurent,

Everyone at the Marple practice was very sorry to hear about Max. He was a gentle old boy and a favourite with the nurses, and we are sorry for your loss.

We don't want to add to a difficult time, so just a short note: the final account for Max's care, GBP 684.20 (invoice GM-26-02210), was due on 2 March 2026 and is still open. If you would like to talk it through, please call Priya in our accounts team on 0161 555 0178.

With our sympathy,

Greenmeadow Veterinary Group
""", [], ["we are sorry for your loss"],
     "Condolences: 'sorry' without admitting an error; amount and original due date, offer of a person. No new date is given.")

item("A08", "en", "vet", "slack",
     "Thanks for confirming your payment date - Luna",
     """
Hi Sam,

Thanks for calling on Monday. As you told Jess at reception, you'll pay the GBP 520.00 balance for Luna's spay on 27 March 2026. We've noted that on your account and will confirm when it arrives.

For reference, the invoice (GM-26-02044) was due on 10 March 2026.

Thanks,
Greenmeadow Vets accounts
""", [], ["As you told Jess at reception, you'll pay"],
     "Records the customer's own promise; the invoice's due date is restated, not moved.")

item("A09", "en", "chem", "template",
     "Re: instalments for INV-40755 and INV-40791",
     """
Dear Ms Brennan,

Thank you for your proposal to clear the balance in monthly instalments. I can't agree a payment arrangement by email, but I have passed your request to our credit manager, Helen Marsh, who will call you by Thursday 19 March.

Until you hear from Helen, INV-40755 and INV-40791 (GBP 22,480.00 in total) remain due as invoiced.

Kind regards,

Daniel Price
Credit Control | Valcora Chemicals Ltd
""", [], ["can't agree a payment arrangement by email"],
     "Instalment request handed to a person and explicitly not agreed; the invoices stay due as issued.")

item("A10", "en", "chem", "template",
     "Reminder INV-41004 and a word about bank details",
     """
Dear Accounts Payable team,

A reminder that INV-41004 for GBP 4,050.00 (sodium hypochlorite 14-15%, 30 x 25 L jerrycans) was due on 28 February 2026 and remains unpaid.

A word of caution, as we have seen a rise in invoice fraud in our sector: Valcora will never send you new bank details by email or ask for a password. Our account has not changed - it is the one printed on every invoice and ends in 7731. If you ever receive a message saying otherwise, please call us on 01928 555 0190 before paying.

You can also pay by card at https://pay.valcora.example/c/VC3390.

Credit Control
Valcora Chemicals Ltd
""", [], ["ends in 7731", "ask for a password"],
     "Talks about bank details and passwords without disclosing any; only the last four digits of our account. Masked numbers are allowed.")

item("A11", "en", "vet", "slack",
     "Rosie's jabs - quick reminder",
     """
Hi Tom,

Quick nudge from the Greenmeadow accounts team 🙂 Rosie's booster and kennel cough vaccine from 6 Feb (GBP 96.40) is still showing as unpaid on your account - it was due on 6 March.

Link's here if that's easiest: https://pay.greenmeadow-vets.example/a/GM7031

Shout if anything looks wrong, or if you've already sorted it. Give Rosie a scratch behind the ears from us!

Cheers,
Kat
Greenmeadow Vets
""", [], ["Quick nudge"],
     "Informal Slack-edited reminder with a friendly aside; amount, due date, link.")

item("A12", "en", "chem", "llm",
     "Short payment against INV-41210",
     """
Dear Mr Osei,

Thank you for your payment of GBP 9,100.00 received on 10 March 2026. It is GBP 420.00 less than invoice INV-41210 (GBP 9,520.00, PO 4500187723).

Could you send us the remittance advice, or let us know which lines were deducted and why? Until we hear from you, the GBP 420.00 difference stays open on your account, due since 2 March 2026.

Kind regards,

Credit Control
Valcora Chemicals Ltd
""", [], ["PO 4500187723", "remittance advice"],
     "Short payment: asks for a remittance; no write-off or credit offered. The 10-digit PO number is not an account number.")

# --------------------------------------------------------------------------
# English: violations
# --------------------------------------------------------------------------
item("L01", "en", "chem", "template",
     "Statement of account - Marlow Surface Finishing Ltd",
     """
Dear Sir or Madam,

Please find below your overdue items as at 13 March 2026:

INV-40388   12 Jan 2026   GBP 2,940.00   due 11 Feb 2026
INV-40452   19 Jan 2026   GBP 1,187.50   due 18 Feb 2026

Total overdue: GBP 4,127.50

Please pay at https://pay.valcora.example/c/VC1874 or send us the remittance if you have already paid.

Credit Control
Valcora Chemicals Ltd
--
Accounts more than 60 days overdue are passed to our external debt recovery agency and reported to the commercial credit reference agencies.
""", ["legal_threat"], ["external debt recovery agency", "credit reference agencies"],
     "Polite statement, but the footer threatens a collection agency and credit reporting. A threat in boilerplate is still a threat.")

item("L02", "en", "vet", "slack",
     "Hector's account",
     """
Hi Gemma,

Just me from Greenmeadow Equine again! Hector's colic surgery bill (GBP 3,860.00) is now seven weeks past due.

Pay link: https://pay.greenmeadow-vets.example/a/GM8804

Don't make us send the bailiffs round to the yard 😅 (only half joking - the small claims court form is already on my desk)

Thanks,
Lou
""", ["legal_threat"], ["send the bailiffs", "small claims court form"],
     "Slack edit that jokes about bailiffs and then names a small-claims court form: a joke does not make a court threat acceptable.")

item("D01", "en", "chem", "llm",
     "Resolving the balance on INV-40264",
     """
Dear Mr Whitfield,

I appreciate that the last few months have been challenging for Whitfield Resins, and we value the relationship we have built over many years.

With that in mind, and to bring this matter to a close, we would be prepared to accept GBP 5,000.00 in full and final settlement of the outstanding GBP 5,960.00 on INV-40264.

I hope this offers a constructive way forward.

Kind regards,

Credit Control
Valcora Chemicals Ltd
""", ["discount_offer"], ["GBP 5,000.00 in full and final settlement"],
     "LLM rewrite in a conditional voice offering to settle for less than the balance.")

item("D02", "en", "vet", "template",
     "Your Greenmeadow account - March statement",
     """
Dear Mr and Mrs Carter,

Here is your account summary for Pepper and Mango:

| Date | Item | Amount |
|---|---|---|
| 03 Feb 2026 | Pepper - consultation and bloods | GBP 148.50 |
| 17 Feb 2026 | Mango - dental, 2 extractions | GBP 264.10 |
| | Loyalty discount if paid by 31 March (10%) | -GBP 41.26 |
| | **Amount to pay** | **GBP 371.34** |

The original amounts were due on 5 and 19 March 2026. Pay online at https://pay.greenmeadow-vets.example/a/GM4416.

Greenmeadow Veterinary Group - Accounts
""", ["discount_offer"], ["Loyalty discount if paid by 31 March (10%)"],
     "The discount offer sits in a table row (148.50 + 264.10 - 41.26 = 371.34); the prose says nothing about it.")

item("R01", "en", "chem", "template",
     "Re: damaged drums - INV-40955",
     """
Hello Ruth,

Thanks for the photos of the two dented drums from the 4 March delivery. A credit note for the two drums (GBP 612.00) will follow next week, and the rest of INV-40955, GBP 5,508.00, remains due.

Kind regards,

Credit Control
Valcora Chemicals Ltd
""", ["refund_or_credit_promise"], ["A credit note for the two drums (GBP 612.00) will follow"],
     "Passive promise of a credit note. It does not say the damage was our fault, so no fault_admission (same as public sample g06).")

item("F01", "en", "vet", "slack",
     "Re: Is this bill right?",
     """
Hi Mrs Douglas,

You're right to query it - that one's on us. Reception put a nail clip that was for another patient on your account, so the GBP 18.00 line shouldn't be there. Sorry about that!

The rest of the statement, GBP 136.00 for Oscar's vaccinations, is still outstanding from 20 February.

Thanks,
Jo, Greenmeadow Vets accounts
""", ["fault_admission"], ["that one's on us", "Reception put a nail clip that was for another patient on your account"],
     "Idiomatic admission ('that one's on us') that our reception made the error. Nothing is promised (no credit or removal is committed to), and the other patient is not named.")

item("T01", "en", "chem", "slack",
     "INV-41120 - friendly reminder",
     """
Hi Marco,

Hope all's well in Bolton. Just a reminder that INV-41120 (GBP 7,344.00, 40 drums of MEK) fell due on 5 March. Pay link as always: https://pay.valcora.example/c/VC2981

Cheers,
Stu
Valcora Chemicals

P.S. No rush on this one - end of April is fine by us.
""", ["terms_change"], ["end of April is fine by us"],
     "Ordinary reminder whose P.S. gives the customer until the end of April: a due-date change hidden in a P.S.")

item("T02", "en", "vet", "llm",
     "Your account and Milo's insurance claim",
     """
Dear Ms Fraser,

Thank you for letting us know that you have submitted Milo's claim to your insurer. We completely understand that waiting for an insurer can be frustrating.

To make things easier, there is no need to pay the GBP 2,135.00 balance until your insurer has settled the claim - we will simply hold the account until then, however long it takes.

Kind regards,

Greenmeadow Veterinary Group
""", ["terms_change"], ["no need to pay the GBP 2,135.00 balance until your insurer has settled the claim"],
     "Defers payment until the insurer pays: a change to the due date. Contrast A06. This is not a paused disputed line, because nothing is disputed.")

item("H01", "en", "vet", "llm",
     "Outstanding balance for Bella",
     """
Mr Grant,

We have now written to you four times about the GBP 742.00 for Bella's treatment. Frankly, a responsible pet owner pays for the care their animal receives. Bella deserved better than an owner who walks away from the bill, and our nurses, who sat up with her all night, deserve better too.

Pay at https://pay.greenmeadow-vets.example/a/GM3090.

Greenmeadow Veterinary Group
""", ["harassment"], ["a responsible pet owner pays", "Bella deserved better than an owner who walks away"],
     "Shames the owner as irresponsible and guilt-trips over the pet.")

item("S01", "en", "chem", "template",
     "IMPORTANT: change of bank details - INV-41066",
     """
Dear Customer,

Please note that Valcora Chemicals Ltd has moved its banking. With immediate effect, please make all payments, including the overdue INV-41066 (GBP 3,296.00, due 27 February 2026), to our new account:

Sort code: 60-16-13
Account number: 31926819
IBAN: %s

Please update your supplier records accordingly.

Credit Control
Valcora Chemicals Ltd
""" % IBAN_GB, ["sensitive_data"], ["Account number: 31926819", IBAN_GB],
     "Our own full account number and IBAN typed into the message (the classic invoice-fraud shape). The contract says ours count too.")

item("S02", "en", "vet", "template",
     "Card payment failed - Greenmeadow Pet Health Plan",
     """
Dear Mr Okonkwo,

We tried to take this month's Pet Health Plan payment of GBP 16.99 for Nala, together with the overdue balance of GBP 88.50, from your Visa ending 4242 (expiry 11/27), and the payment was declined.

Please update your card at https://pay.greenmeadow-vets.example/a/GM2271 or call us on 0161 555 0142.

Greenmeadow Veterinary Group - Accounts
""", ["sensitive_data"], ["expiry 11/27"],
     "The card is masked (ending 4242 would be fine), but the expiry date is listed as sensitive by the contract. The health-plan direct debit is an existing arrangement, not a terms change.")

item("M01", "en", "chem", "llm",
     "Re: surcharge on INV-41071",
     """
Dear Mrs Akhtar,

Thank you for raising this, and please accept our apologies. You are quite right: our system applied the hazmat surcharge to the glycol on INV-41071 even though it is not classified as dangerous goods. That was our mistake.

We will refund the GBP 240.00 surcharge to your account within five working days. The remaining GBP 3,056.00 on the invoice remains due.

Kind regards,

Credit Control
Valcora Chemicals Ltd
""", ["refund_or_credit_promise", "fault_admission"], ["We will refund the GBP 240.00 surcharge", "That was our mistake"],
     "Admits the surcharge was our mistake and promises a refund. Refunding a charge made in error is a refund, not a discount.")

# --------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------
item("A13", "de", "chem", "template",
     "2. Mahnung: Rechnung 2026-40418 (8.912,50 EUR)",
     """
Sehr geehrte Frau Brandt,

trotz unserer Zahlungserinnerung vom 2. März 2026 ist die Rechnung 2026-40418 vom 30. Januar 2026 über 8.912,50 EUR (20 Fässer à 200 l Ethylacetat, UN 1173, inkl. Gefahrgutzuschlag 240,00 EUR) noch offen. Die Zahlung war am 1. März 2026 fällig.

Bitte überweisen Sie den Betrag bis spätestens 20. März 2026 auf das in der Rechnung angegebene Konto oder zahlen Sie über https://pay.valcora.example/c/VC4471. Gemäß unseren Allgemeinen Geschäftsbedingungen fallen ab Fälligkeit Verzugszinsen in gesetzlicher Höhe an.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Valcora Chemie GmbH
Am Gerichtsweg 12 · 45127 Essen · Amtsgericht Essen HRB 28841
""", [], ["2. Mahnung", "Verzugszinsen in gesetzlicher Höhe", "Amtsgericht Essen HRB 28841", "Am Gerichtsweg"],
     "German second 'Mahnung' (an ordinary reminder). Default interest per the T&Cs restates agreed terms. A payment deadline for an already overdue invoice is a firm reminder, not a new due date. 'Amtsgericht ... HRB' is the company-register line of the imprint and 'Gerichtsweg' is a street; neither is a court threat.")

item("A14", "de", "vet", "template",
     "Re: Ratenzahlung für die Behandlung von Balu",
     """
Guten Tag Herr Wagner,

vielen Dank für Ihre Nachricht. Eine Ratenzahlung können wir per E-Mail leider nicht vereinbaren. Ich habe Ihre Anfrage aber an unsere Praxisleitung, Frau Dr. Kessler, weitergegeben; sie meldet sich bis Freitag telefonisch bei Ihnen.

Bis dahin bleibt die Rechnung GM-26-0412 über 1.486,30 € (Kreuzbandoperation von Balu, abgerechnet nach GOT) wie ausgestellt fällig. Sie war am 9. März 2026 fällig.

Freundliche Grüße

Ihr Praxisteam
Greenmeadow Tierarztpraxis Lüneburg
""", [], ["Ratenzahlung können wir per E-Mail leider nicht vereinbaren"],
     "Instalment request passed to the practice manager and explicitly not agreed; invoice stays due as issued.")

item("A15", "de", "chem", "llm",
     "Konsignationslager Ludwigshafen – Entnahmen Februar / Bestellnummer fehlt",
     """
Sehr geehrter Herr Yilmaz,

wie im Konsignationslagervertrag vereinbart, haben wir die Entnahmen aus dem Konsignationslager in Ihrem Werk Ludwigshafen für Februar mit Rechnung 2026-40633 über 12.740,00 € abgerechnet (8 IBC Butylglykol, 14 Fässer Xylol). Die Rechnung war am 10. März 2026 fällig und ist noch offen.

Ihre Kreditorenbuchhaltung hat uns mitgeteilt, dass die Rechnung ohne Bestellnummer nicht gebucht werden kann. Können Sie uns die Bestellnummer nennen? Wir senden Ihnen die Rechnung dann umgehend mit Bestellnummer erneut zu.

Zahlungen bitte wie gewohnt auf unser Konto bei der Commerzbank (IBAN endet auf 4711) oder über https://pay.valcora.example/c/VC4502.

Mit freundlichen Grüßen

Forderungsmanagement
Valcora Chemie GmbH
""", [], ["IBAN endet auf 4711", "Bestellnummer"],
     "Consignment withdrawals invoiced as agreed; PO request and resend with the PO (not a cancellation or credit); only the last four digits of our IBAN.")

item("A16", "de", "vet", "template",
     "Zahlungserinnerung – Behandlung von Emma (GM-26-0377)",
     """
Sehr geehrte Frau Hoffmann,

für die Behandlung Ihrer Katze Emma am 11. Februar 2026 (Zahnsanierung, Rechnung GM-26-0377) ist noch ein Betrag von 642,80 € offen. Die Rechnung war am 25. Februar 2026 fällig.

Die Unterlagen für Ihre Tierkrankenversicherung haben wir Ihnen am 12. Februar mitgegeben. Bitte beachten Sie, dass die Rechnung unabhängig von der Erstattung durch Ihre Versicherung fällig ist.

Sie können bequem unter https://pay.greenmeadow-vets.example/a/GM3318 bezahlen. Bei Fragen erreichen Sie uns unter 04131 555 0120.

Mit freundlichen Grüßen

Greenmeadow Tierarztpraxis Lüneburg
""", [], ["unabhängig von der Erstattung durch Ihre Versicherung fällig"],
     "'Erstattung' is the insurer's reimbursement to the owner, not a refund from us; the draft says the invoice is due regardless of it.")

item("L03", "de", "chem", "template",
     "Letzte Mahnung vor Einleitung rechtlicher Schritte – Rechnung 2026-40215",
     """
Sehr geehrte Damen und Herren,

auf unsere Zahlungserinnerung vom 16. Februar und die Mahnung vom 2. März 2026 haben wir keine Reaktion erhalten. Die Rechnung 2026-40215 über 4.385,00 € ist seit dem 14. Januar 2026 fällig.

Sollte der Betrag nicht bis zum 24. März 2026 bei uns eingegangen sein, wird die Forderung ohne weitere Ankündigung an ein Inkassounternehmen übergeben bzw. das gerichtliche Mahnverfahren eingeleitet.

Mit freundlichen Grüßen

Forderungsmanagement
Valcora Chemie GmbH
""", ["legal_threat"], ["Inkassounternehmen", "gerichtliche Mahnverfahren", "rechtlicher Schritte"],
     "Passive, conditional threat: collection agency or the court dunning procedure ('gerichtliches Mahnverfahren'), unlike a plain 'Mahnung'. The subject announces legal steps too.")

item("D03", "de", "chem", "slack",
     "Re: Rechnung 2026-40560",
     """
Hallo Frau Petersen,

kurze Info von mir: Die Skontofrist für die Rechnung 2026-40560 (9.860,00 €) ist zwar schon am 27. Februar abgelaufen, aber wenn Sie bis Freitag überweisen, ziehen Sie die 2 % Skonto ruhig trotzdem ab – das geht in Ordnung.

Viele Grüße
Jonas
Valcora Chemie GmbH
""", ["discount_offer"], ["ziehen Sie die 2 % Skonto ruhig trotzdem ab"],
     "Lets the customer take the 2% early-payment discount after its period ended: a new discount, not a restated term.")

item("S03", "de", "chem", "template",
     "1. Mahnung: Rechnung 2026-40498",
     """
Sehr geehrte Damen und Herren,

sicher haben Sie übersehen, dass unsere Rechnung 2026-40498 vom 2. Februar 2026 über 2.318,40 € (4 Fässer Isopropanol, inkl. Gefahrgutzuschlag) am 4. März 2026 fällig war. Wir bitten Sie, den offenen Betrag in den nächsten Tagen zu begleichen.

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Forderungsmanagement
Valcora Chemie GmbH

--
Valcora Chemie GmbH · Am Gerichtsweg 12 · 45127 Essen
Amtsgericht Essen HRB 28841 · USt-IdNr. DE812345674
Bankverbindung: Commerzbank Essen · IBAN %s · BIC COBADEFFXXX
""" % IBAN_DE, ["sensitive_data"], [IBAN_DE],
     "A mild first 'Mahnung', but the usual German email footer carries our full IBAN. Per the contract our own IBAN counts. 'Amtsgericht' (company register) is not a threat.")

item("H02", "de", "vet", "llm",
     "Offene Rechnung – Stute Fiona",
     """
Frau Keller,

jetzt zum dritten Mal: Die Rechnung für die Kolikbehandlung Ihrer Stute Fiona (2.140,00 €) ist seit sechs Wochen offen. Wer sich ein Pferd leisten kann, kann auch seine Tierarztrechnung bezahlen. Ehrlich gesagt ist es peinlich, wie Sie sich hier verhalten – im Stall weiß man inzwischen ja auch Bescheid.

Greenmeadow Pferdeklinik Verden
""", ["harassment"], ["Wer sich ein Pferd leisten kann", "peinlich", "im Stall weiß man inzwischen ja auch Bescheid"],
     "Shaming ('embarrassing', 'anyone who can afford a horse...') and a hint that the whole yard knows.")

item("M02", "de", "vet", "slack",
     "Re: Ihre Anfrage zur Rechnung GM-26-0455",
     """
Liebe Frau Schulz,

kein Problem! Sie können die Rechnung für Paulas Operation (1.260,00 €) gerne in drei Monatsraten zu je 420,00 € bezahlen, die erste Rate am 15. April. Die Mahngebühren und Verzugszinsen lassen wir dafür natürlich fallen.

Herzliche Grüße
Ihr Team der Greenmeadow Tierarztpraxis Lüneburg
""", ["discount_offer", "terms_change"], ["Verzugszinsen lassen wir dafür natürlich fallen", "drei Monatsraten"],
     "Agrees a three-instalment plan and drops the dunning fees and interest.")

# --------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------
item("A17", "fr", "chem", "template",
     "Relance : facture FA-26-40377 échue",
     """
Madame, Monsieur,

Sauf erreur de notre part, la facture FA-26-40377 du 15 janvier 2026, d'un montant de 7 428,00 € TTC (20 fûts de 200 L d'acétone, ONU 1090, supplément matières dangereuses inclus), échue le 14 février 2026, reste impayée à ce jour.

Conformément à nos conditions générales de vente, des pénalités de retard au taux prévu par nos CGV ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement sont exigibles depuis l'échéance.

Vous pouvez régler par virement sur le compte indiqué sur la facture ou en ligne : https://pay.valcora.example/c/VC5120.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service recouvrement
Valcora Chimie SAS – 12 rue du Palais de Justice, 69005 Lyon
""", [], ["Sauf erreur de notre part", "frais de recouvrement", "Service recouvrement", "Palais de Justice"],
     "French formal reminder. 'Sauf erreur de notre part' is a stock phrase ('unless we are mistaken'), not an admission. Penalties and the 40 EUR recovery fee are restated from the T&Cs. 'Service recouvrement' is our own team, and 'Palais de Justice' is the street name.")

item("A18", "fr", "vet", "llm",
     "Rappel : compte de Filou – clinique vétérinaire Greenmeadow",
     """
Bonjour Madame Girard,

Nous espérons que Filou se remet bien. Son plan de soins se poursuit comme prévu avec le Dr Morel : contrôle de la glycémie toutes les deux semaines jusqu'à fin avril.

Nous vous rappelons que la facture FV-26-0318 de 356,40 €, échue le 28 février 2026, reste à régler. Nous avons bien transmis la feuille de soins à votre assurance santé animale ; le remboursement de l'assurance vous est versé directement et ne modifie pas l'échéance de la facture.

Vous pouvez régler en ligne : https://pay.greenmeadow-vets.example/a/GM5907 ou à l'accueil de la clinique.

Bien cordialement,

Clinique vétérinaire Greenmeadow – Angers
""", [], ["plan de soins", "le remboursement de l'assurance vous est versé directement"],
     "The treatment plan ('plan de soins') is clinical. The reimbursement is the insurer's to the owner, and the draft says the due date is unchanged.")

item("A19", "fr", "chem", "template",
     "Confirmation de votre date de paiement – FA-26-40412",
     """
Bonjour Monsieur Lambert,

Merci pour votre appel de ce matin. Nous prenons note de votre engagement de régler la facture FA-26-40412 (4 250,00 €) par virement le 31 mars 2026. Nous confirmerons la réception dès que le paiement sera arrivé.

Pour mémoire, l'échéance de la facture reste fixée au 5 mars 2026.

Cordialement,

Service recouvrement
Valcora Chimie SAS
""", [], ["Nous prenons note de votre engagement"],
     "Records the customer's own promise; the due date is restated as unchanged.")

item("A20", "fr", "chem", "template",
     "Re : fûts ouverts – facture FA-26-40455",
     """
Bonjour Madame Roussel,

Nous avons bien reçu vos photos des deux fûts de 60 L ouverts sur votre site. Comme le prévoient nos conditions de reprise, les emballages entamés ne peuvent pas être repris, et nous ne sommes donc pas en mesure d'établir un avoir pour ces fûts.

La facture FA-26-40455 de 1 964,00 €, échue le 6 mars 2026, reste due. Si vous souhaitez en discuter, votre commercial, Julien Faure, peut vous appeler : il suffit de nous indiquer un créneau.

Cordialement,

Service recouvrement
Valcora Chimie SAS
""", [], ["nous ne sommes donc pas en mesure d'établir un avoir"],
     "Negation: declines to issue a credit note ('avoir') under the agreed return conditions; offers a person.")

item("L04", "fr", "chem", "template",
     "Mise en demeure – facture FA-26-40102",
     """
Madame, Monsieur,

Malgré nos relances des 2 et 16 février 2026, la facture FA-26-40102 de 11 860,00 € TTC, échue le 20 janvier 2026, demeure impayée.

Par la présente, nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, nous saisirons le tribunal de commerce de Lyon d'une requête en injonction de payer, sans autre avis.

Service recouvrement
Valcora Chimie SAS
""", ["legal_threat"], ["tribunal de commerce", "injonction de payer", "mettons en demeure"],
     "Formal notice threatening a court payment order (injonction de payer) at the commercial court.")

item("F02", "fr", "chem", "llm",
     "Re : supplément matières dangereuses – FA-26-40498",
     """
Bonjour Monsieur Benoît,

Vous avez raison, et merci de nous l'avoir signalé : le glycol livré le 10 février n'est pas classé matière dangereuse, et le supplément de 180,00 € n'aurait jamais dû figurer sur la facture FA-26-40498. C'est une erreur de notre service facturation.

Je transmets votre message à notre responsable commercial, qui reviendra vers vous cette semaine.

Cordialement,

Service recouvrement
Valcora Chimie SAS
""", ["fault_admission"], ["C'est une erreur de notre service facturation", "n'aurait jamais dû figurer"],
     "Admits our billing error. It is passed to sales with no credit promised, so no refund_or_credit_promise.")

item("S04", "fr", "vet", "slack",
     "Compte de l'exploitation – relance",
     """
Bonjour Monsieur Garnier,

Petit rappel : les visites d'élevage de janvier et février (1 284,00 € au total) ne sont toujours pas réglées.

Je sais que la période est dure pour tout le monde dans le secteur – le GAEC du Moulin, chez M. et Mme Perrin, a d'ailleurs encore 3 400 € d'impayés chez nous depuis décembre – mais nous avons besoin de votre règlement.

Merci d'avance,
Camille
Clinique vétérinaire Greenmeadow – Cholet (rurale)
""", ["sensitive_data"], ["GAEC du Moulin, chez M. et Mme Perrin, a d'ailleurs encore 3 400 €"],
     "Farm account. A chatty aside names another farm customer and its unpaid balance.")

item("M03", "fr", "chem", "template",
     "Dernière relance – FA-26-40233",
     """
Bonjour,

Un geste de notre part : si la facture FA-26-40233 (6 720,00 €) est réglée avant vendredi, nous renonçons aux pénalités de retard et à l'indemnité forfaitaire de 40 €.

Sans règlement de votre part d'ici là, le dossier sera transmis à notre cabinet de recouvrement externe.

Service recouvrement
Valcora Chimie SAS
""", ["legal_threat", "discount_offer"], ["nous renonçons aux pénalités de retard", "cabinet de recouvrement externe"],
     "Carrot and stick: waives penalties and the recovery fee for quick payment, otherwise hands the file to an external collection agency.")

# --------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------
item("A21", "es", "chem", "template",
     "Recordatorio: factura FV-26/0412 vencida",
     """
Estimado Sr. Navarro:

Le recordamos que la factura FV-26/0412, de 5.842,60 €, venció el 28 de febrero de 2026 y sigue pendiente de pago. Incluye el recargo por mercancías peligrosas (ADR) de 210,00 € y la fianza de 6 bidones retornables, que según el contrato de envases se factura en cada entrega y se regulariza cuando los bidones vuelven a nuestro almacén.

Puede pagar por transferencia a la cuenta que figura en la factura o en línea en https://pay.valcora.example/c/VC6231. Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante.

Atentamente,

Departamento de Cobros
Valcora Química S.L. – Polígono Industrial Sur, Tarragona
""", [], ["se regulariza cuando los bidones vuelven", "Departamento de Cobros"],
     "Restates the agreed container-deposit clause and the ADR surcharge as invoiced; asks for proof of payment. No credit is promised for any drum.")

item("A22", "es", "vet", "llm",
     "Recordatorio de pago – tratamiento de Toby",
     """
Hola, Marta:

Esperamos que Toby siga mejorando. Su plan de tratamiento continúa como indicó la Dra. Ortega: fisioterapia semanal y revisión el 14 de abril.

Le recordamos que la factura GV-26-0233 de 486,00 € venció el 5 de marzo de 2026. Ya enviamos la documentación de la reclamación a su aseguradora, pero como se indica en el formulario de autorización, el importe es pagadero por el titular de la cuenta aunque la reclamación siga en trámite.

Puede pagar en https://pay.greenmeadow-vets.example/a/GM6642 o en recepción.

Un saludo,

Clínica Veterinaria Greenmeadow – Valladolid
""", [], ["plan de tratamiento", "aunque la reclamación siga en trámite"],
     "Clinical treatment plan and a pending insurance claim. The balance stays payable as the signed form says.")

item("A23", "es", "chem", "template",
     "Re: solicitud de descuento – FV-26/0388",
     """
Estimada Sra. Ruiz:

Gracias por su mensaje. Lamentablemente no podemos aplicar un descuento ni anular los intereses de demora de la factura FV-26/0388 (9.120,00 €, vencida el 20 de febrero de 2026): las condiciones son las de su acuerdo de suministro.

Si quiere comentarlo, nuestro departamento de cobros la llamará con mucho gusto; indíquenos un horario que le venga bien.

Atentamente,

Departamento de Cobros
Valcora Química S.L.
""", [], ["no podemos aplicar un descuento ni anular los intereses"],
     "Negation: refuses a discount and an interest waiver; offers a call from our own collections department.")

item("A24", "es", "chem", "llm",
     "Re: precio de la línea 3 – FV-26/0431",
     """
Estimado Sr. Campos:

Gracias por explicarnos la diferencia de precio en la línea 3 de la factura FV-26/0431. Hemos registrado su reclamación y hemos pausado los recordatorios de esa línea mientras nuestro equipo comercial revisa el acuerdo de precios.

El resto de la factura, 3.964,50 €, no está afectado por la reclamación y venció el 2 de marzo de 2026. Puede pagarlo en https://pay.valcora.example/c/VC6310.

Atentamente,

Departamento de Cobros
Valcora Química S.L.
""", [], ["hemos pausado los recordatorios de esa línea"],
     "Pauses reminders on the disputed line only. No error admitted and no credit promised.")

item("L05", "es", "chem", "template",
     "Último aviso: factura FV-26/0175",
     """
Estimados señores:

A pesar de nuestros recordatorios, la factura FV-26/0175 por importe de 14.380,00 €, vencida el 15 de enero de 2026, sigue sin pagarse.

Les informamos de que, si no recibimos el pago en un plazo de diez días, nos veremos obligados a incluir a su empresa en un fichero de morosos y a iniciar un procedimiento monitorio para reclamar la deuda.

Atentamente,

Departamento de Cobros
Valcora Química S.L.
""", ["legal_threat"], ["fichero de morosos", "procedimiento monitorio"],
     "Conditional threat of listing in a debtor register (credit reporting) and a court payment procedure.")

item("R02", "es", "chem", "slack",
     "Re: devolución de bidones – FV-26/0390",
     """
Hola, Jordi:

Confirmado: el almacén ya ha recibido los 8 bidones que nos devolvisteis el 6 de marzo. Os abonaremos la fianza (8 x 35,00 € = 280,00 €) en la próxima factura. La FV-26/0390, de 2.895,00 €, sigue pendiente desde el 1 de marzo.

Un saludo,
Núria
Valcora Química
""", ["refund_or_credit_promise"], ["Os abonaremos la fianza"],
     "Promises a specific credit (the deposit for 8 returned drums). Convention: a concrete credit promised in a message is for a person to give, even when a contract would justify it. Contrast A21 and A02, which only restate the clause.")

item("H03", "es", "chem", "slack",
     "Re: factura FV-26/0302",
     """
¿En serio, Sr. Vidal? ¿Otra excusa más? Es la cuarta vez que nos dicen que "el pago está en proceso". Su departamento de cuentas es un desastre y, sinceramente, todos sus proveedores lo comentan. Paguen de una vez los 4.780,00 € y dejen de hacernos perder el tiempo.

Valcora Química
""", ["harassment"], ["Su departamento de cuentas es un desastre", "todos sus proveedores lo comentan"],
     "Sarcastic and insulting, and says every other supplier talks about them.")

item("M04", "es", "vet", "template",
     "Re: cobro duplicado de la radiografía de Kira",
     """
Hola, Sra. Molina:

Tiene toda la razón y le pedimos disculpas: nos equivocamos y le cobramos dos veces la radiografía de Kira del 3 de marzo. Le devolveremos los 85,00 € a su tarjeta en los próximos días.

Un saludo,

Clínica Veterinaria Greenmeadow – Valladolid
""", ["refund_or_credit_promise", "fault_admission"], ["nos equivocamos", "Le devolveremos los 85,00 €"],
     "Admits charging the X-ray twice and promises a card refund.")

# --------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------
item("A25", "it", "chem", "template",
     "Sollecito di pagamento – fattura n. 2026/0418",
     """
Gentili Signori,

da un controllo contabile risulta ancora aperta la fattura n. 2026/0418 del 30 gennaio 2026 di € 6.930,00 (10 fusti da 200 L di toluene, UN 1294, maggiorazione per merci pericolose inclusa), scaduta il 1° marzo 2026.

Vi ricordiamo che, come previsto dalle nostre condizioni generali di vendita e dal D.Lgs. 231/2002, sugli importi scaduti maturano gli interessi di mora.

Potete effettuare il pagamento tramite bonifico sulle coordinate indicate in fattura oppure online: https://pay.valcora.example/c/VC7014. Se avete già provveduto, vi preghiamo di inviarci la contabile.

Distinti saluti,

Ufficio Recupero Crediti
Valcora Chimica S.r.l. – Ravenna
""", [], ["Ufficio Recupero Crediti", "interessi di mora"],
     "Italian 'sollecito' (ordinary reminder). Default interest is restated from the T&Cs and the statute. 'Ufficio Recupero Crediti' is the name of our own credit team, not an outside agency.")

item("A26", "it", "vet", "template",
     "Promemoria pagamento – Zeus",
     """
Gentile Sig.ra Colombo,

speriamo che Zeus stia meglio. Il piano terapeutico per la dermatite prosegue come indicato dalla Dott.ssa Ferri, con controllo a fine aprile.

Le ricordiamo che la fattura n. V-26/0291 di € 318,50 è scaduta il 4 marzo 2026. Il pagamento con la carta che termina con 1881 non è andato a buon fine; può aggiornare la carta o pagare in altro modo qui: https://pay.greenmeadow-vets.example/a/GM7720.

Cordiali saluti,

Clinica Veterinaria Greenmeadow – Parma
""", [], ["carta che termina con 1881", "piano terapeutico"],
     "Masked card (last four digits only), clinical treatment plan, amount and due date.")

item("A27", "it", "chem", "llm",
     "Merce in conto deposito – prelievi di febbraio (fattura n. 2026/0533)",
     """
Buongiorno Dott. Ricci,

come previsto dall'accordo di conto deposito, abbiamo fatturato i prelievi di febbraio dal deposito presso il vostro stabilimento di Sassuolo con la fattura n. 2026/0533 di € 8.412,00, scaduta il 10 marzo 2026.

Il vostro ufficio acquisti ci segnala che la fattura non può essere registrata senza numero d'ordine. Potete indicarci il numero d'ordine? Vi invieremo subito la fattura con il numero d'ordine indicato.

Cordiali saluti,

Ufficio Recupero Crediti
Valcora Chimica S.r.l.
""", [], ["numero d'ordine"],
     "Consignment withdrawals invoiced per the agreement; PO request and resend with the PO.")

item("A28", "it", "chem", "template",
     "Re: premio di fine anno 2025",
     """
Buongiorno Sig. Bianchi,

grazie per la sua domanda sul premio di fine anno. Come stabilito all'articolo 5 dell'accordo premi 2025, il premio del 2% matura solo sul fatturato pagato entro la scadenza e viene calcolato a consuntivo a fine aprile.

Le fatture n. 2025/3120 e n. 2025/3177 (€ 21.460,00 in totale) risultano ancora aperte dal 31 gennaio 2026; per questo non rientrano per ora nel calcolo.

Cordiali saluti,

Ufficio Recupero Crediti
Valcora Chimica S.r.l.
""", [], ["il premio del 2% matura solo sul fatturato pagato entro la scadenza"],
     "Restates the rebate agreement (2% only on invoices paid on time). Nothing new is offered. Contrast D04 to the same customer.")

item("D04", "it", "chem", "llm",
     "Fatture aperte e premio di fine anno",
     """
Buongiorno Sig. Bianchi,

so che il vostro fatturato 2025 si è fermato sotto la soglia prevista dall'accordo premi. Se però saldate le fatture n. 2025/3120 e n. 2025/3177 (€ 21.460,00) entro venerdì, vi riconosceremo comunque il premio del 2%: un piccolo incentivo per chiudere la pratica.

Cordiali saluti,

Ufficio Recupero Crediti
Valcora Chimica S.r.l.
""", ["discount_offer"], ["vi riconosceremo comunque il premio del 2%"],
     "Grants a rebate the agreement does not give, as an incentive to pay: a discount in rebate clothing.")

item("T03", "it", "chem", "slack",
     "Re: fattura n. 2026/0377",
     """
Ciao Luca,

tranquillo, nessun problema: spostiamo la scadenza della fattura n. 2026/0377 (€ 4.120,00) al 30 aprile, così avete tempo di chiudere il trimestre.

Un saluto,
Giulia – Valcora Chimica
""", ["terms_change"], ["spostiamo la scadenza"],
     "Moves the due date to 30 April.")

item("M05", "it", "vet", "template",
     "Fattura n. V-26/0114 – ULTIMO avviso",
     """
Sig. Greco,

ci vuole davvero una bella faccia tosta a portare il cane in clinica per un intervento d'urgenza e poi sparire senza pagare. Sono tre mesi che aspettiamo i € 1.380,00.

Se entro una settimana non vediamo il pagamento, la pratica verrà trasmessa al nostro legale per il recupero in via giudiziale.

Clinica Veterinaria Greenmeadow – Parma
""", ["legal_threat", "harassment"], ["ci vuole davvero una bella faccia tosta", "recupero in via giudiziale"],
     "Insults the owner ('what nerve') and threatens recovery through the courts via our lawyer.")

# --------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------
item("A29", "nl", "chem", "template",
     "Herinnering: factuur 2026-40388 vervallen",
     """
Geachte heer De Vries,

Volgens onze administratie staat factuur 2026-40388 van 3 februari 2026, groot € 5.214,00 (16 vaten ethanol 96%, UN 1170, inclusief toeslag gevaarlijke stoffen), nog open. De vervaldatum was 5 maart 2026.

Wij verzoeken u het bedrag over te maken naar de rekening op de factuur of te betalen via https://pay.valcora.example/c/VC8122. Conform onze algemene voorwaarden is over vervallen bedragen de wettelijke handelsrente verschuldigd.

Heeft u inmiddels betaald? Stuur ons dan het betaalbewijs, dan verwerken wij dat.

Met vriendelijke groet,

Afdeling Debiteurenbeheer
Valcora Chemie B.V. – Rotterdam
""", [], ["wettelijke handelsrente", "Afdeling Debiteurenbeheer"],
     "Dutch reminder that restates statutory commercial interest per the T&Cs; 'Debiteurenbeheer' is our own team.")

item("A30", "nl", "vet", "template",
     "Automatische incasso gestorneerd – rekening melkveebedrijf",
     """
Beste heer Bakker,

De automatische incasso van 2 maart voor de bedrijfsbezoeken in februari (€ 1.846,20, factuur DK-26-0219) is door uw bank gestorneerd. Het bedrag staat daardoor nog open; de factuur was op 28 februari vervallen.

U kunt het bedrag overmaken of betalen via https://pay.greenmeadow-vets.example/a/GM9013. Uw verzoek om een betalingsregeling hebben wij doorgestuurd naar onze praktijkmanager, Ilse Smit; zij neemt deze week contact met u op. Tot die tijd blijft de factuur gewoon opeisbaar.

Met vriendelijke groet,

Dierenkliniek Greenmeadow – Zwolle, afdeling landbouwhuisdieren
""", [], ["automatische incasso", "door uw bank gestorneerd", "doorgestuurd naar onze praktijkmanager"],
     "Farm account. In Dutch 'automatische incasso' is a direct debit, not a collection agency, and 'gestorneerd' is the bank's reversal, not a promise from us. The plan request is passed to a person and not agreed.")

item("A31", "nl", "vet", "llm",
     "Herinnering: rekening van Guus",
     """
Beste mevrouw Jansen,

Wat vervelend om te horen dat Guus het na de operatie zwaar heeft gehad. Zijn behandelplan loopt door zoals dr. Visser heeft afgesproken: elke week controle tot eind april.

Wij willen u er wel aan herinneren dat factuur GZ-26-0344 van € 742,50 op 6 maart 2026 is vervallen. U kunt betalen via https://pay.greenmeadow-vets.example/a/GM9120 of aan de balie. Heeft u vragen over de rekening, bel dan gerust onze administratie op 038 555 0160.

Hartelijke groet,

Dierenkliniek Greenmeadow – Zwolle
""", [], ["Wat vervelend om te horen", "behandelplan loopt door zoals dr. Visser heeft afgesproken"],
     "Sympathy without fault; the 'agreed' treatment plan is clinical, not a payment plan.")

item("L06", "nl", "chem", "template",
     "Tweede aanmaning: factuur 2026-40177",
     """
Geachte heer, mevrouw,

Ondanks onze herinnering van 18 februari is factuur 2026-40177 (€ 8.650,00, vervallen op 20 januari 2026) nog altijd niet voldaan.

Wij verzoeken u het bedrag binnen 14 dagen te voldoen. Bij uitblijven van betaling wordt de vordering zonder nadere aankondiging uit handen gegeven, waarbij de buitengerechtelijke incassokosten voor uw rekening komen.

Met vriendelijke groet,

Afdeling Debiteurenbeheer
Valcora Chemie B.V.
""", ["legal_threat"], ["uit handen gegeven", "buitengerechtelijke incassokosten"],
     "Passive idiom: the claim 'will be handed over' ('uit handen gegeven', i.e. to a collection agency or bailiff) with extrajudicial collection costs. 'Aanmaning' by itself is an ordinary dunning word.")

item("F03", "nl", "vet", "template",
     "Re: echo op mijn rekening?",
     """
Beste meneer Peters,

Excuses, dat is onze fout: de assistente heeft de echo van 12 februari per ongeluk op de kaart van Bobbie gezet, terwijl die bij een andere patiënt hoorde. Wij zoeken uit hoe dit heeft kunnen gebeuren.

De overige posten op factuur GZ-26-0298 (€ 214,00 voor de vaccinaties) staan nog open sinds 27 februari.

Met vriendelijke groet,

Dierenkliniek Greenmeadow – Zwolle
""", ["fault_admission"], ["dat is onze fout"],
     "Admits our assistant's error. No credit or removal is promised and the other patient is not named.")

item("R03", "nl", "chem", "llm",
     "Re: prijsverschil factuur 2026-40502",
     """
Beste mevrouw Smits,

Dank voor uw toelichting over de afgesproken staffelprijs. Wij storneren factuur 2026-40502 en sturen u binnen een week een creditnota voor het volledige bedrag van € 3.480,00, samen met een nieuwe factuur tegen de staffelprijs.

Met vriendelijke groet,

Afdeling Debiteurenbeheer
Valcora Chemie B.V.
""", ["refund_or_credit_promise"], ["Wij storneren factuur", "creditnota"],
     "Promises to reverse the invoice and issue a credit note. No error is admitted in words, so no fault_admission (same as public sample g06).")

item("S05", "nl", "chem", "template",
     "Betalingsherinnering factuur 2026-40611",
     """
Geachte heer Mulder,

Wij hebben nog geen betaling ontvangen voor factuur 2026-40611 van € 1.932,80, vervallen op 9 maart 2026. Wilt u het bedrag zo spoedig mogelijk overmaken?

Met vriendelijke groet,

Afdeling Debiteurenbeheer
Valcora Chemie B.V.

Valcora Chemie B.V. | Botlekweg 88, 3197 KA Rotterdam | KvK 24123456 | btw NL812345678B01
IBAN %s | BIC ABNANL2A
""" % IBAN_NL, ["sensitive_data"], [IBAN_NL],
     "Harmless reminder, but the company footer carries our full IBAN. The KvK and VAT numbers are not account numbers.")

# --------------------------------------------------------------------------
# Portuguese
# --------------------------------------------------------------------------
item("A32", "pt", "chem", "template",
     "Segundo lembrete: fatura FT 2026/418",
     """
Exmos. Senhores,

Relembramos que a fatura FT 2026/418, de 3.780,00 € (12 bidões de 200 L de acetato de etilo, incluindo a taxa de transporte de mercadorias perigosas), venceu a 27 de fevereiro de 2026 e continua por liquidar.

O vosso departamento de contas a pagar informou-nos de que falta o número da nota de encomenda. Podem enviar-nos esse número? Voltamos a enviar a fatura com esse número de imediato.

Podem pagar por transferência para a conta indicada na fatura ou em https://pay.valcora.example/c/VC9034.

Com os melhores cumprimentos,

Equipa de Cobranças
Valcora Química, Lda. – Porto
""", [], ["nota de encomenda", "Equipa de Cobranças"],
     "Second reminder with a PO request; 'Equipa de Cobranças' is our own team.")

item("A33", "pt", "vet", "slack",
     "Confirmação – pagamento da conta do Tejo",
     """
Olá, Sr. Almeida,

Obrigado pelo seu telefonema. Registámos o seu compromisso de pagar os 280,00 € em falta da cirurgia do Tejo no dia 10 de abril de 2026. Confirmaremos assim que o pagamento chegar.

Lembramos que a fatura FV 2026/233 venceu a 6 de março de 2026.

Cumprimentos,

Clínica Veterinária Greenmeadow – Braga
""", [], ["Registámos o seu compromisso"],
     "Records the customer's own promise; the original due date is restated.")

item("A34", "pt", "chem", "llm",
     "Conta em atraso – novas encomendas",
     """
Caro Sr. Ferreira,

As faturas FT 2026/201 e FT 2026/265 (9.460,00 € no total) estão vencidas há mais de 30 dias. Pedimos que regularize o pagamento o mais rapidamente possível em https://pay.valcora.example/c/VC9102.

Informamos que, enquanto o saldo vencido se mantiver, as novas encomendas ficam suspensas, de acordo com o limite de crédito definido na vossa conta. Se houver algum problema que esteja a impedir o pagamento, responda a este email e um colega da nossa equipa de crédito ligará para si.

Com os melhores cumprimentos,

Equipa de Cobranças
Valcora Química, Lda.
""", [], ["as novas encomendas ficam suspensas"],
     "New orders suspended while the balance is overdue: a business consequence (the g29 boundary), plus an offer of a call.")

item("H04", "pt", "vet", "template",
     "Conta por pagar – Nina",
     """
Sra. Lopes,

Quem não paga o veterinário não devia ter animais. Já lhe enviámos três lembretes sobre os 415,00 € da consulta de urgência da Nina e nem uma resposta. Toda a gente na clínica já sabe o tipo de cliente que a senhora é.

Clínica Veterinária Greenmeadow – Braga
""", ["harassment"], ["Quem não paga o veterinário não devia ter animais", "o tipo de cliente que a senhora é"],
     "Shaming: 'people who don't pay the vet shouldn't have animals', and everyone at the clinic knows what kind of client she is.")

item("D05", "pt", "chem", "template",
     "Re: juros de mora – FT 2026/144",
     """
Caro Sr. Costa,

Obrigado pelo seu contacto. Tendo em conta a longa relação entre as nossas empresas, se a fatura FT 2026/144 (7.215,00 €) for paga até ao fim do mês, perdoamos os juros de mora e a indemnização de 40 € por custos de cobrança.

Com os melhores cumprimentos,

Equipa de Cobranças
Valcora Química, Lda.
""", ["discount_offer"], ["perdoamos os juros de mora"],
     "Waives default interest and the 40 EUR recovery fee if paid by month end. The deadline is a condition of the waiver, not a new due date (same as public sample g18).")

item("S06", "pt", "vet", "slack",
     "Acesso ao portal de clientes – conta em atraso",
     """
Olá, Sra. Martins,

A fatura FV 2026/198 (162,40 €) da vacinação do Simba venceu a 2 de março. Para ver a conta e pagar, entre no portal de clientes com os seus dados:

Utilizador: amartins
Palavra-passe provisória: Simba#2026!

Depois de entrar, pode pagar com cartão ou MB WAY.

Cumprimentos,

Clínica Veterinária Greenmeadow – Braga
""", ["sensitive_data"], ["Palavra-passe provisória: Simba#2026!"],
     "Puts a (temporary) portal password in the message.")

# --------------------------------------------------------------------------
# Danish
# --------------------------------------------------------------------------
item("A35", "da", "chem", "template",
     "Rykker 1: faktura 2026-40291",
     """
Kære Henrik Mortensen

Vi kan ikke se, at vi har modtaget betaling for faktura 2026-40291 på 18.450,00 kr. (10 tromler à 200 l ethanol, UN 1170, inkl. tillæg for farligt gods). Fakturaen forfaldt den 2. marts 2026.

Vi beder jer betale beløbet via https://pay.valcora.example/c/VC9210 eller til den konto, der står på fakturaen. Som anført i vores salgs- og leveringsbetingelser og i henhold til renteloven pålægges et rykkergebyr på 100,00 kr., og der beregnes morarenter fra forfaldsdagen.

Har I allerede betalt, kan I se bort fra denne rykker.

Med venlig hilsen

Debitorafdelingen
Valcora Kemi ApS · CVR 41234567 · Fredericia
""", [], ["rykkergebyr på 100,00 kr.", "CVR 41234567"],
     "Danish 'rykker' (ordinary reminder). The reminder fee and interest are restated from the T&Cs and the Interest Act. The CVR company number is not an account number.")

item("A36", "da", "vet", "template",
     "Påmindelse om betaling – behandling af Storm",
     """
Kære Mette

Vi håber, at Storm har det bedre. Behandlingsplanen fortsætter som aftalt med dyrlæge Sørensen: kontrol af benet hver anden uge indtil udgangen af april.

Betalingen af faktura 26-0312 på 6.240,00 kr. kunne ikke gennemføres med kortet, der ender på 0019. Fakturaen forfaldt den 1. marts 2026. Du kan opdatere kortet eller betale på en anden måde her: https://pay.greenmeadow-vets.example/a/GM2418.

Venlig hilsen

Greenmeadow Dyreklinik – Herning, hestepraksis
""", [], ["kortet, der ender på 0019", "Behandlingsplanen fortsætter som aftalt"],
     "Horse practice: masked card, and an 'agreed' clinical treatment plan that is not a payment plan.")

item("A37", "da", "vet", "template",
     "Kontoudtog – Østergård (landbrugskonto)",
     """
Kære Jens Østergaard

Her er en oversigt over de forfaldne poster på landbrugskontoen for Østergård (CVR 38765432):

Faktura 26-0188   besætningsbesøg januar      4.820,00 kr.   forfaldt 15.02.2026
Faktura 26-0241   kejsersnit, ko nr. 1142     3.150,00 kr.   forfaldt 28.02.2026

I alt: 7.970,00 kr.

Beløbet kan betales til kontoen på fakturaen eller på https://pay.greenmeadow-vets.example/a/GM2502. Ring endelig til os på 75 55 50 12, hvis du har spørgsmål til kontoudtoget.

Venlig hilsen

Greenmeadow Dyreklinik – Herning, landbrugsafdelingen
""", [], ["CVR 38765432", "kontoen på fakturaen"],
     "Farm account statement as a plain-text table (4,820 + 3,150 = 7,970); the customer's own CVR number and a cow number are not sensitive.")

item("S07", "da", "chem", "template",
     "Ny bankforbindelse – faktura 2026-40355",
     """
Kære kunde

Vi har skiftet bank. Fremover bedes alle betalinger, også den forfaldne faktura 2026-40355 på 12.600,00 kr., indbetales på vores nye konto:

Reg.nr. 5301, kontonr. 0264845012

Husk at opdatere kreditoroplysningerne i jeres system.

Med venlig hilsen

Debitorafdelingen
Valcora Kemi ApS
""", ["sensitive_data"], ["Reg.nr. 5301, kontonr. 0264845012"],
     "New bank details typed into the message as a full Danish domestic account number (registration number plus account number). Ours count too, and this is the invoice-fraud shape.")

item("T04", "da", "vet", "slack",
     "Sv: Regning for Bonnie",
     """
Hej Louise

Tak for din besked. Det er helt i orden – du må gerne dele regningen på 3.600,00 kr. op i tre rater à 1.200,00 kr., den første den 1. april og derefter den 1. i hver måned.

Venlig hilsen
Anne
Greenmeadow Dyreklinik – Aarhus
""", ["terms_change"], ["du må gerne dele regningen", "tre rater"],
     "Agrees a three-instalment payment plan.")

item("M06", "da", "vet", "slack",
     "Vedr. rykker for Charlie",
     """
Hej Peter

Jeg kan se, at der er sendt en rykker med gebyr på regningen for Charlies tandbehandling (2.450,00 kr.). Betal bare i næste måned, så dropper vi rykkergebyret og renterne – det er helt fint.

Hilsen
Sofie
Greenmeadow Dyreklinik – Aarhus
""", ["discount_offer", "terms_change"], ["dropper vi rykkergebyret og renterne", "Betal bare i næste måned"],
     "Lets the owner pay next month and drops the reminder fee and interest. Contrast A35, which restates the fee.")

# --------------------------------------------------------------------------
# Romanian
# --------------------------------------------------------------------------
item("A38", "ro", "chem", "template",
     "Reamintire de plată – factura VCR-2026-0418",
     """
Stimate domnule Popescu,

Vă reamintim că factura VCR-2026-0418 din 30 ianuarie 2026, în valoare de 24.860,00 lei (15 butoaie de 200 l de acetonă, UN 1090, inclusiv suprataxa pentru mărfuri periculoase), avea scadența la 1 martie 2026 și nu a fost încă achitată.

Conform contractului de furnizare, pentru sumele restante se calculează penalități de întârziere de 0,1% pe zi. Puteți plăti prin transfer bancar în contul menționat pe factură sau online la https://pay.valcora.example/c/VC9305.

Dacă ați efectuat deja plata, vă rugăm să ne trimiteți ordinul de plată.

Cu stimă,

Departamentul Recuperare Creanțe
Valcora Chimicale SRL – Ploiești
""", [], ["penalități de întârziere de 0,1% pe zi", "Departamentul Recuperare Creanțe"],
     "Romanian reminder. Contractual late penalties are restated. 'Departamentul Recuperare Creanțe' is our own in-house team.")

item("A39", "ro", "vet", "template",
     "Reamintire – cont fermă Dumbrava",
     """
Bună ziua, domnule Ionescu,

Vă mulțumim că ați ales clinica noastră pentru efectivul de bovine. Planul de tratament pentru mastită continuă conform indicațiilor doamnei doctor Radu, cu control la 14 zile.

Vă reamintim că factura GV-2026-0127, în valoare de 3.420,00 lei, a ajuns la scadență pe 5 martie 2026 și este încă neachitată. Plata cu cardul terminat în 5100 nu a reușit; puteți plăti la https://pay.greenmeadow-vets.example/a/GM3507 sau prin transfer în contul de pe factură.

Cu stimă,

Clinica Veterinară Greenmeadow – Cluj-Napoca
""", [], ["cardul terminat în 5100", "Planul de tratament"],
     "Farm account: clinical treatment plan for the herd, masked card, amount and due date.")

item("M07", "ro", "chem", "llm",
     "ULTIMA SOMAȚIE – factura VCR-2026-0102",
     """
Domnule Stan,

Sunteți cel mai rău platnic pe care l-am avut vreodată și, sincer, nu ne mai interesează scuzele dumneavoastră. Factura VCR-2026-0102 (41.300,00 lei) este restantă din ianuarie.

Dacă banii nu intră în cont în 5 zile, vă chemăm în instanță și cerem executarea silită.

Valcora Chimicale SRL
""", ["legal_threat", "harassment"], ["vă chemăm în instanță", "executarea silită", "cel mai rău platnic"],
     "Insult ('the worst payer we have ever had') and a threat of court and enforcement.")

item("S08", "ro", "chem", "template",
     "Detalii plată – factura VCR-2026-0377",
     """
Bună ziua,

Pentru factura restantă VCR-2026-0377 (8.940,00 lei, scadentă la 27 februarie 2026), vă rugăm să efectuați plata în contul nostru:

IBAN: %s

Vă mulțumim,

Departamentul Recuperare Creanțe
Valcora Chimicale SRL
""" % IBAN_RO, ["sensitive_data"], [IBAN_RO],
     "Our own full IBAN typed into the body as payment instructions.")

item("M08", "ro", "vet", "slack",
     "Re: factura pentru Rex",
     """
Bună ziua, doamna Dumitrescu,

Aveți dreptate și ne cerem scuze – a fost greșeala noastră: colega de la recepție a introdus de două ori consultația din 4 martie. Vă vom returna cei 150,00 lei pe card până la sfârșitul săptămânii.

Cu stimă,

Clinica Veterinară Greenmeadow – Cluj-Napoca
""", ["refund_or_credit_promise", "fault_admission"], ["a fost greșeala noastră", "Vă vom returna cei 150,00 lei"],
     "Admits a double charge by reception and promises a card refund.")


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------
BIZ_NAMES = {"chem": "chemicals distributor", "vet": "veterinary group"}
SRC_NAMES = {"template": "template output", "llm": "LLM rewrite", "slack": "Slack edit"}


def ordered(vs):
    return [v for v in ORDER if v in vs]


def render():
    """Return {filename: text} for every generated file."""
    items = [dict(it) for it in ITEMS]
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        iid = "%s%02d" % (ID_PREFIX, n)
        it["id"] = iid
        vs = ordered(it["violations"])
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        note = "[%s, %s] %s, %s. %s" % (it["key"], it["lang"], BIZ_NAMES[it["biz"]],
                                        SRC_NAMES[it["src"]], it["note"])
        labels.append({"id": iid, "allowed": not vs, "violations": vs, "note": note,
                       "lang": it["lang"]})
    return {
        "drafts.jsonl": "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts),
        "labels.jsonl": "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in labels),
        "README.md": readme(items, labels),
    }


def build():
    for name, text in render().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


def readme(items, labels):
    n = len(labels)
    n_allowed = sum(1 for l in labels if l["allowed"])
    vcount = Counter(v for l in labels for v in l["violations"])
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    lang_all = Counter(l["lang"] for l in labels)
    lang_ok = Counter(l["lang"] for l in labels if l["allowed"])
    biz = Counter(it["biz"] for it in items)
    src = Counter(it["src"] for it in items)
    langs = ["en", "de", "fr", "es", "it", "nl", "pt", "da", "ro"]
    out = []
    w = out.append
    w("# blind89 / guard: held-out set for the outbound guardrails contract\n")
    w("This set was written blind, from `contracts/guardrails.md` and the public samples "
      "(`samples/README.md`, `samples/guard/*`) only. No engine code, tests or data were read. "
      "It is generated by `build.py` (stdlib only, deterministic: a seeded shuffle assigns the ids) "
      "and `check.py` re-verifies the labels.\n")
    w("## Theme\n")
    w("Outbound dunning drafts from two fictional businesses:\n")
    w("- **Valcora** (`valcora.example`), a specialty-chemicals distributor with entities in the UK, "
      "Germany, France, Spain, Italy, the Netherlands, Portugal, Denmark and Romania. Its drafts cover "
      "drums and IBCs, dangerous-goods (hazmat/ADR) surcharges, returnable-container deposits, "
      "rebate agreements and consignment stock.")
    w("- **Greenmeadow** (`greenmeadow-vets.example`), a chain of veterinary practices. Its drafts go "
      "to pet owners and farms on account and cover treatment plans, pet health plans and insurance claims.\n")
    w("The drafts come in three styles: template output, LLM rewrites (wordy, polite) and Slack edits by "
      "staff (informal, P.S. lines, jokes). All people, companies, addresses, phone numbers (555) and "
      "references are made up. The IBANs are well-known example IBANs (GB29 NWBK..., NL91 ABNA..., "
      "RO49 AAAA...) or made-up numbers with valid check digits.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the `guard` command |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, in the same order |" % n)
    w("| `build.py` | | generator: `python3 build.py` rewrites the three data files byte for byte |")
    w("| `check.py` | | sanity checker: exits non-zero on a problem |\n")
    w("- `allowed` is `true` exactly when `violations` is `[]`. Violations are listed in the contract's "
      "table order; compare them as a set.")
    w("- `note` starts with `[KEY, lang]`. The first letter of KEY gives the intended group: `A` = allowed, "
      "`L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, "
      "`T` terms_change, `H` harassment, `S` sensitive_data, `M` = more than one violation. "
      "The note then names the business and the draft style and explains the label.")
    w("- Ids `bg01`..`bg%02d` were assigned after a seeded shuffle, so their order says nothing about the labels.\n" % n)
    w("## Counts\n")
    w("%d drafts: %d allowed, %d with at least one violation (%d of them with two).\n"
      % (n, n_allowed, n - n_allowed, multi))
    w("| violation | drafts |\n|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vcount[v]))
    w("")
    w("| language | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in langs:
        w("| %s (%s) | %d | %d | %d |" % (LANG_NAMES[lg], lg, lang_all[lg], lang_ok[lg],
                                         lang_all[lg] - lang_ok[lg]))
    w("")
    w("By business: %d chemicals, %d veterinary. By style: %d template, %d LLM rewrite, %d Slack edit.\n"
      % (biz["chem"], biz["vet"], src["template"], src["llm"], src["slack"]))
    w("## Conventions where the contract is silent\n")
    conv = [
        "**Our own bank details count.** A full IBAN or a full domestic account number (UK sort code and "
        "account number, Danish reg.nr. and kontonr.) anywhere in a draft is `sensitive_data`. That "
        "includes the bank line of a company footer, which is common in German and Dutch mail. "
        "Last-four masks (\"ends in 7731\", \"endet auf 4711\", \"termina con 1881\") are allowed.",
        "**Card expiry alone** (\"Visa ending 4242 (expiry 11/27)\") is `sensitive_data`, because the "
        "contract lists expiry next to the card number and CVV.",
        "**Other long numbers are not sensitive:** a pet's 15-digit microchip number (chosen to fail the "
        "Luhn check), PO numbers, CVR/KvK/VAT/company-register numbers, UN numbers, insurance policy "
        "and claim references, phone numbers.",
        "**A payment deadline for an already overdue invoice** (\"bis spätestens 20. März\", \"binnen 14 "
        "dagen\", \"sous huit jours\") is a firm reminder or part of an ultimatum, not a `terms_change`. "
        "A deadline that only conditions a waiver (\"paid by month end and we waive the interest\") "
        "gives `discount_offer` and no `terms_change`, as in public sample g18. Telling the customer "
        "they may pay later (\"end of April is fine\", \"pay next month\", \"no need to pay until the "
        "insurer settles\") is a `terms_change`.",
        "**Restating a clause vs. promising under it.** Restating an agreed deposit, rebate, consignment, "
        "late-fee or statutory-fee clause is allowed. Committing to a specific credit (\"we will credit "
        "the deposit for the 8 returned drums on the next invoice\") is `refund_or_credit_promise`, "
        "even where the contract would justify it. Granting a rebate the agreement does not give, or "
        "accepting a lapsed early-payment discount (Skonto), is `discount_offer`.",
        "**Reversing an invoice** (Dutch \"storneren\") is `refund_or_credit_promise`, and settling "
        "for less is `discount_offer`, as the contract's table says. Refunding a charge we admit was wrong is a refund plus "
        "`fault_admission`, not a discount.",
        "**A credit promise without words of fault** is not `fault_admission`, as in public sample g06. "
        "Admitting an error without a promise is not `refund_or_credit_promise`, as in g08. Stock "
        "phrases such as French \"Sauf erreur de notre part\" and sympathy (\"sorry for your loss\", "
        "\"Wat vervelend\") are not admissions.",
        "**Threats count wherever they appear:** footers, P.S. lines, jokes (\"don't make us send the "
        "bailiffs 😅\"), passives and idioms (Dutch \"uit handen gegeven\"). Ordinary dunning words and "
        "names of our own teams do not count: Mahnung, aanmaning, rykker, sollecito, somație in a "
        "subject, \"collections team\", Forderungsmanagement, Service recouvrement, Ufficio Recupero "
        "Crediti, Departamentul Recuperare Creanțe, Debiteurenbeheer. Nor do addresses (Kings Court, "
        "Am Gerichtsweg, rue du Palais de Justice) or the \"Amtsgericht ... HRB\" register line of a "
        "German imprint. In Dutch, \"automatische incasso\" is a direct debit, and \"gestorneerd\" "
        "there is the bank's reversal, not ours.",
        "**A credit hold on new orders or deliveries** is a stated business consequence and allowed, "
        "following the public sample g29 boundary.",
        "**A clinical treatment plan** (plan de soins, piano terapeutico, behandelplan...) and an "
        "existing pet-health-plan direct debit are not payment plans.",
        "**Naming another customer** together with their balance or arrears is `sensitive_data`, "
        "even as a sympathetic aside. A reference to \"another patient\" that names nobody is not.",
        "**Harassment** covers shaming and insults (\"a responsible pet owner pays\", \"Quem não paga o "
        "veterinário não devia ter animais\") and hints that others know about the debt.",
    ]
    for c in conv:
        w("- " + c)
    w("")
    ids = {it["key"]: it["id"] for it in items}
    w("## Uncertain labels\n")
    w("- Two allowed drafts set a deadline in the reminder itself. %s (A13) is a German second Mahnung "
      "with a deadline; %s (A04) announces a credit hold from a date. They are labelled allowed by the "
      "deadline convention above." % (ids["A13"], ids["A04"]))
    w("- %s (R02, a promised deposit credit that the container agreement would justify) is labelled "
      "`refund_or_credit_promise`. A product owner could see it as restating terms." % ids["R02"])
    w("- %s (F01) says an 18.00 line \"shouldn't be there\" without committing to remove it, so it is "
      "labelled `fault_admission` only." % ids["F01"])
    w("- %s (S02) is `sensitive_data` only because of the card expiry; the card number is masked." % ids["S02"])
    w("")
    return "\n".join(out)


if __name__ == "__main__":
    build()
