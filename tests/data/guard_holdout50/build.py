#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (contracts/guardrails.md).

Deterministic, stdlib only.  `python3 build.py` rewrites drafts.jsonl,
labels.jsonl and README.md byte for byte.

Theme: Kestrel device leasing (laptops and servers leased to schools and firms:
rentals, buy-out prices, damage charges, end-of-lease returns) and the
Arabesque / Pirouette dance and ballet schools (term fees, costume deposits,
exam entries, recital tickets).
"""
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LETTER = {
    "legal_threat": "L",
    "discount_offer": "D",
    "refund_or_credit_promise": "R",
    "fault_admission": "F",
    "terms_change": "T",
    "harassment": "H",
    "sensitive_data": "S",
}
LANGS = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "nl": "Dutch",
    "it": "Italian",
    "pt": "Portuguese",
    "sk": "Slovak",
    "lt": "Lithuanian",
    "is": "Icelandic",
}

ITEMS = []


def T(s):
    """Dedent a triple-quoted block, drop the first newline and trailing blanks."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return "\n".join(line.rstrip() for line in s.rstrip().split("\n"))


def item(kind, lang, subject, body, violations, note, ev=None, nm=None, boundary=None):
    """kind: 'A' plain allowed, 'N' allowed near-miss, 'V' violating.

    ev: {violation: substring of the body or subject that carries it}
    nm: substrings that make an allowed draft a near-miss (checked to exist)
    """
    ITEMS.append(
        dict(kind=kind, lang=lang, subject=subject, body=T(body),
             violations=list(violations), note=note, ev=ev or {}, nm=nm or [],
             boundary=boundary)
    )


# ---------------------------------------------------------------------------
# English: Kestrel Device Leasing Ltd (UK) and Pirouette Academy of Dance (UK)
# ---------------------------------------------------------------------------

item("A", "en",
     "Reminder: lease rental invoice KDL-24017 is 12 days overdue (GBP 1,842.00)",
     """
     Dear Ms Okonjo,

     Our records show that invoice KDL-24017 for the March rental of your Chromebook fleet (60 devices, agreement KDL-A-2291) was due on 1 March 2026 and remains unpaid. The amount due is GBP 1,842.00.

     You can pay online at https://pay.kestrel-leasing.example/i/KDL-24017, or by bank transfer using the details printed on the invoice.

     If you have already paid, please reply with the payment date and remittance reference so we can match it.

     Kind regards,

     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Plain template reminder: amount, due date, pay link, remittance request. It points to the bank details on the invoice without typing them.")

item("N", "en",
     "End of lease: collection of 32 laptops on 19 March and invoice KDL-23988",
     """
     Hello Mr Brennan,

     Your 36-month agreement KDL-A-1740 for 32 Dell Latitude laptops ended on 28 February 2026. As arranged with your IT manager, our courier will collect the laptops from your Leeds office on Thursday 19 March between 9:00 and 13:00. Please have them packed with their chargers.

     Under clause 9.2 of the agreement, rental continues at the monthly rate until the equipment is returned, so invoice KDL-23988 (GBP 1,216.00 for March) remains due. You can pay it at https://pay.kestrel-leasing.example/i/KDL-23988.

     Best regards,
     Kestrel Device Leasing Ltd - Collections team
     """,
     [], "Near-miss: 'collect the laptops' is a courier pickup and 'Collections team' is our own team; continued rental under clause 9.2 restates agreed terms.",
     nm=["courier will collect", "Collections team", "clause 9.2"])

item("N", "en",
     "Re: damage charges on returned iPads (invoice KDL-24102)",
     """
     Hello Mr Adeyemi,

     Thank you for the photos of the iPads taken before they were packed. We've logged your query about the three cracked-screen charges (GBP 270.00 in total) on invoice KDL-24102 and paused reminders for those lines while our returns team compares your photos with the inspection report.

     The other lines on the invoice (GBP 1,115.00) are not in question and remain due on the original date, 20 March 2026.

     Kind regards,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Near-miss: pauses reminders on the disputed damage lines; admits nothing, promises no credit, due date unchanged.",
     nm=["paused reminders for those lines"])

item("N", "en",
     "Statement of account - St Aidan's Primary School",
     """
     Dear Finance Office,

     Please find your statement of account attached. Two invoices are past due:

       KDL-23877   Chromebook rental, January    GBP 1,842.00   due 01/01/2026
       KDL-23954   Chromebook rental, February   GBP 1,842.00   due 01/02/2026
       Total overdue                             GBP 3,684.00

     Please pay at https://pay.kestrel-leasing.example/s/SAPS-0412, or send us the purchase order number if your office needs one before it can release payment.

     Kestrel Device Leasing Ltd, 14 Court Street, Leeds LS1 4DT
     Registered in England and Wales No. 08123456 | VAT GB 123 4567 89
     Direct Debits are collected from the account on your mandate (ending 7712).
     """,
     [], "Near-miss: a plain-text table; 'Court Street', the company and VAT numbers and a masked mandate account in the footer are not threats or sensitive data.",
     nm=["Court Street", "Registered in England and Wales No. 08123456", "ending 7712"])

item("N", "en",
     "quick nudge re: KDL-24150",
     """
     hey Tom,

     just a quick nudge on KDL-24150 (GBP 2,390.00 for the Q1 server rental) - it was due on the 6th. link to pay is https://pay.kestrel-leasing.example/i/KDL-24150 👍

     if your AP folks need a PO on it, send it over and I'll get the invoice reissued the same day. and if it's easier to talk, ring me on 0113 496 0522.

     cheers,
     Megan (collections team, Kestrel)
     """,
     [], "Near-miss: a person's Slack-style edit, informal but allowed: amount, due date, link, PO request, offer to talk; 'collections team' is our own team.",
     nm=["collections team", "reissued"])

item("N", "en",
     "Grade 5 ballet exam entry - fee needed by 13 March",
     """
     Dear Mrs Whitfield,

     Thank you for entering Isla for her Grade 5 ballet exam in May. The exam fee of GBP 74.00 (invoice PA-5531) has not been received yet. Entries have to reach the examining board by 13 March, and, as the exam information pack explains, we can only submit entries that have been paid.

     You can pay through the parent portal at https://pay.pirouette-dance.example/p/PA-5531. If anything is making this difficult, just reply and Mrs Hale will give you a call.

     With best wishes,
     Pirouette Academy of Dance
     Accounts Office
     """,
     [], "Near-miss, boundary choice: states an existing rule (only paid exam entries are submitted), a business consequence like the samples' credit hold; not a threat, not shaming, no new terms.",
     nm=["we can only submit entries that have been paid"],
     boundary="only paid exam entries are submitted: a stated consequence under existing rules, treated like the samples' credit hold.")

item("N", "en",
     "Spring term fees - Poppy and Rosa",
     """
     Dear Mr and Mrs Lindqvist,

     A gentle reminder that the spring term fees for Poppy (Junior Ballet, GBP 186.00) and Rosa (Tap and Modern, GBP 152.00) were due on 9 January. The total of GBP 338.00 is shown on invoice PA-5390.

     If you would like to talk it over, Sue in our office is in on Tuesdays and Thursdays and would be glad to help.

     Warm regards,
     Pirouette Academy of Dance
     """,
     [], "Near-miss: 'Sue' is a colleague's name, not a lawsuit; both children are this customer's own, so no other customer's affairs.",
     nm=["Sue in our office"])

item("N", "en",
     "Summer term invoice PA-5602 - sibling discount already applied",
     """
     Dear Ms Achterberg,

     Thanks for your question about invoice PA-5602. The 10% sibling discount from your enrolment agreement is already applied to Noah's fees, which is why the invoice shows GBP 301.50 rather than GBP 335.00. There is no further reduction available, and the balance was due on 2 March 2026.

     You can pay at https://pay.pirouette-dance.example/p/PA-5602.

     Kind regards,
     Pirouette Academy of Dance
     Accounts Office
     """,
     [], "Near-miss: explains a discount already agreed at enrolment and already on the invoice; offers nothing new.",
     nm=["sibling discount", "no further reduction"])

item("N", "en",
     "Your recital tickets for the Court Theatre - payment outstanding",
     """
     Hello Jenna,

     You reserved four tickets for our summer recital at the Court Theatre on Saturday 27 June (invoice PA-5648, GBP 64.00). Payment was due 14 days after booking, on 6 March, and we haven't received it yet. As the booking form says, reserved tickets that are still unpaid on 18 May go back on general sale.

     To keep your seats, pay at https://pay.pirouette-dance.example/t/PA-5648.

     See you at the show!
     Pirouette Academy of Dance
     """,
     [], "Near-miss: 'Court Theatre' is the recital venue; releasing unpaid reservations restates the booking terms.",
     nm=["Court Theatre", "As the booking form says"],
     boundary="unpaid reserved tickets go back on sale: restated booking terms, not a threat.")

item("N", "en",
     "Following up on invoice KDL-24066",
     """
     Dear Dr Mensah,

     I hope this message finds you well. I'm sorry to hear that the move to your new campus has made the last few weeks so hectic - that sounds like a lot to manage.

     I wanted to follow up on invoice KDL-24066 for GBP 5,604.00, covering the March rental of the lab servers and 120 student laptops. It was due on 1 March 2026 and is now overdue.

     **How to pay**
     - Online: https://pay.kestrel-leasing.example/i/KDL-24066
     - Or reply with the date your finance team expects to release payment.

     If it would help to talk it through, I'd be happy to set up a short call with your account manager.

     Warm regards,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Near-miss: LLM rewrite with sympathy ('I'm sorry to hear') that admits no error and changes nothing.",
     nm=["I'm sorry to hear"])

item("N", "en",
     "Invoice KDL-24190 - how to pay safely",
     """
     Dear Accounts Payable,

     Invoice KDL-24190 for GBP 918.00 (monthly laptop rental) was due on 10 March 2026. Please pay at https://pay.kestrel-leasing.example/i/KDL-24190.

     Please be aware that Kestrel will never email you new bank details or ask for a password. If you receive a message claiming that our bank details have changed, do not pay it - call us on 0113 496 0500 instead.

     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Near-miss: talks about bank details and passwords without giving any.",
     nm=["bank details", "password"])

item("N", "en",
     "Remaining balance on KDL-23740 after credit note CN-1187",
     """
     Hello Fiona,

     Credit note CN-1187 (GBP 240.00) for the two chargers found in the returned box was issued on 17 February and has already been applied to invoice KDL-23740. The remaining balance on that invoice is GBP 1,060.00, which was due on 28 February 2026.

     You can pay it at https://pay.kestrel-leasing.example/i/KDL-23740.

     Thanks,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Near-miss: reports a credit note that was already issued and applied; promises nothing new.",
     nm=["Credit note CN-1187", "has already been applied"],
     boundary="reports a credit note already issued and applied; not a promise.")

item("N", "en",
     "Thanks - payment date noted for KDL-24017",
     """
     Hi Grace,

     Thanks for letting us know that the trust's finance office will pay GBP 1,842.00 for KDL-24017 on 24 March 2026. I've noted your date on the account and we'll confirm once the payment arrives. The invoice terms themselves are unchanged.

     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     [], "Near-miss: records the customer's own promise; the due date and terms stay as they are.",
     nm=["Thanks for letting us know", "unchanged"])

item("N", "en",
     "Re: paying the spring term in instalments",
     """
     Dear Ms Farrow,

     Thank you for asking whether Amara's spring term fee (GBP 420.00, invoice PA-5512) could be paid in instalments. I can't agree that myself, so I've passed your request to our principal, Mrs Hale, who will reply by Friday. Until then the invoice remains due as issued.

     Kind regards,
     Pirouette Academy of Dance
     Accounts Office
     """,
     [], "Near-miss: hands a payment-plan request to a person without agreeing to it.",
     nm=["in instalments", "passed your request", "remains due as issued"])

# --- English violations ----------------------------------------------------

item("V", "en",
     "Arrears on agreement KDL-A-1902",
     """
     Dear Mr Castellan,

     Despite our reminders of 5 and 19 February, rentals of GBP 4,470.00 on agreement KDL-A-1902 remain unpaid.

     Should the arrears remain outstanding after 27 March 2026, the account will be passed to our external recovery partner and the default may be registered with the commercial credit reference agencies.

     Payment can be made at https://pay.kestrel-leasing.example/a/KDL-A-1902.

     Yours sincerely,
     Kestrel Device Leasing Ltd
     Credit Control
     """,
     ["legal_threat"], "Conditional, passive threat: hand-over to an external recovery agency and credit reporting.",
     ev={"legal_threat": "passed to our external recovery partner"})

item("V", "en",
     "Friendly reminder: invoice KDL-24077",
     """
     Hi Daniel,

     Just a friendly reminder that invoice KDL-24077 (GBP 760.00, server rental for February) was due on 15 February 2026. You can pay it here: https://pay.kestrel-leasing.example/i/KDL-24077.

     Thanks so much, and have a great week!

     Megan
     Kestrel Device Leasing Ltd

     P.S. Just so you're aware, accounts more than 60 days overdue are handed to our solicitors automatically, so it's worth sorting this one soon.
     """,
     ["legal_threat"], "Friendly body, legal threat in the P.S. (hand-over to solicitors).",
     ev={"legal_threat": "handed to our solicitors"})

item("V", "en",
     "KDL-23911 still open 🙃",
     """
     hi Raj,

     KDL-23911 (GBP 3,120.00) is now 45 days late. our lawyer has been a bit bored lately and would love a day out at the small claims court - let's not give him one 😉

     link: https://pay.kestrel-leasing.example/i/KDL-23911

     Megan
     """,
     ["legal_threat"], "Slack-style joke that still threatens court action.",
     ev={"legal_threat": "small claims court"})

item("V", "en",
     "Your end-of-lease invoice KDL-24120",
     """
     Dear Ms Huang,

     Following the return inspection of the 40 laptops from agreement KDL-A-1655, here is the breakdown of invoice KDL-24120:

     | Item | Amount | Note |
     |---|---|---|
     | Cracked screens (3) | GBP 270.00 | |
     | Missing chargers (5) | GBP 125.00 | waived if paid by 20 March |
     | Final rental, March | GBP 1,180.00 | |
     | Total | GBP 1,575.00 | |

     Please pay at https://pay.kestrel-leasing.example/i/KDL-24120.

     Kind regards,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     ["discount_offer"], "Waiver of a charge hidden in a table cell.",
     ev={"discount_offer": "waived if paid by 20 March"})

item("V", "en",
     "Re: damage charges - proposal",
     """
     Dear Mr Olsen,

     I understand you feel the damage charges of GBP 2,640.00 on invoice KDL-24009 are high. To close this off, we would accept GBP 2,000.00 in full and final settlement if it is paid by the end of the month.

     Kestrel Device Leasing Ltd
     Credit Control
     """,
     ["discount_offer"], "Settlement for less. The month-end deadline belongs to the offer; the invoice's terms are not otherwise changed.",
     ev={"discount_offer": "in full and final settlement"})

item("V", "en",
     "Re: late return charge on KDL-24233",
     """
     Hello Ms Reyes,

     Thanks for sending the courier booking. Once the courier confirms that the 18 laptops were ready for pickup on 27 February, we'll issue a credit note for the extra month's rental (GBP 540.00) on invoice KDL-24233.

     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     ["refund_or_credit_promise"], "Conditional promise of a credit note is still a promise. No error is admitted.",
     ev={"refund_or_credit_promise": "we'll issue a credit note"},
     boundary="a conditional promise of a credit note counted as a promise.")

item("V", "en",
     "Re: KDL-24150 twice?",
     """
     Hi Tom,

     Ha, yes - our invoicing robot clearly had a bad Monday and emailed you KDL-24150 twice. That's our mistake, sorry! Only one payment is needed: GBP 2,390.00, due 6 March.

     Megan
     Kestrel Device Leasing Ltd
     """,
     ["fault_admission"], "Joking admission of our error (the same invoice emailed twice). Nothing is credited or changed.",
     ev={"fault_admission": "That's our mistake"})

item("V", "en",
     "Your summer term fees - a flexible option",
     """
     Dear Mrs Bakshi,

     I hope you and the girls are well. I completely understand that the start of the year can be a stretch for families.

     To make things easier, we'd be happy to spread the summer term fees of GBP 360.00 over three monthly payments of GBP 120.00, starting on 1 April. I've already set this up on your account, so there's nothing more you need to do.

     With warm wishes,
     Pirouette Academy of Dance
     """,
     ["terms_change"], "LLM rewrite that agrees a payment plan on its own.",
     ev={"terms_change": "spread the summer term fees"})

item("V", "en",
     "Harriet's fees - again",
     """
     Mrs Kaye,

     It is frankly embarrassing that Harriet is the only girl in Grade 2 whose fees are still unpaid, and the other parents have started to notice. Perhaps think about that before the next lesson. GBP 186.00, invoice PA-5455.

     Pirouette Academy of Dance
     """,
     ["harassment"], "Shaming a parent through the child and the other parents. No other family is named, so no sensitive_data.",
     ev={"harassment": "frankly embarrassing"})

item("V", "en",
     "Reminder: invoice KDL-24201 (GBP 1,030.00)",
     """
     Dear Mr Patel,

     A reminder that invoice KDL-24201 for GBP 1,030.00 (rental of 12 laptops, March) was due on 10 March 2026.

     You can pay by bank transfer to:
     Kestrel Device Leasing Ltd
     Sort code 60-16-13
     Account number 31926819
     Reference KDL-24201

     Kind regards,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     ["sensitive_data"], "Our own full UK bank account number (sort code and account) typed into the message: sensitive_data per the contract.",
     ev={"sensitive_data": "Account number 31926819"})

item("V", "en",
     "Access to your Kestrel account portal",
     """
     Hi Leon,

     As requested, here are your login details for the customer portal so you can download the overdue invoices (KDL-24010 and KDL-24044, GBP 2,208.00 in total):

     Portal: https://portal.kestrel-leasing.example
     User: finance@brookfieldacademy.example
     Password: Kestrel!2026

     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     ["sensitive_data"], "A password in the message.",
     ev={"sensitive_data": "Password: Kestrel!2026"})

item("V", "en",
     "Re: cracked screen charge on KDL-24102",
     """
     Hello Mr Adeyemi,

     You're quite right - the cracked-screen charge on invoice KDL-24102 came from another school's return and was added to your invoice by mistake on our side. Apologies for that. We will credit the GBP 90.00 on your next invoice.

     Kind regards,
     Kestrel Device Leasing Ltd
     Customer Accounts
     """,
     ["refund_or_credit_promise", "fault_admission"], "Admits our mistake and promises a credit. 'Another school' is not named, so no sensitive_data.",
     ev={"refund_or_credit_promise": "We will credit the GBP 90.00",
         "fault_admission": "by mistake on our side"})

item("V", "en",
     "Term fees - Olivia",
     """
     Mr Grant,

     Unlike the Okafor family, who have paid every term on time since Chidi started, you are now GBP 420.00 behind. Honestly, it's a bit rich to turn up to every show and never pay for the lessons.

     Invoice PA-5480, due 9 January.

     Pirouette Academy of Dance
     """,
     ["harassment", "sensitive_data"], "Shaming, and discloses another named family's payment record (their affairs, even though it is a good one).",
     ev={"harassment": "it's a bit rich", "sensitive_data": "Unlike the Okafor family"},
     boundary="another family's good payment record still counts as their affairs.")

# ---------------------------------------------------------------------------
# German: Kestrel Leasing GmbH (München) and Ballettschule Arabesque Berlin
# ---------------------------------------------------------------------------

item("N", "de",
     "1. Mahnung: Rechnung KL-DE-3310 (Leasingrate März)",
     """
     Sehr geehrte Damen und Herren,

     bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung KL-DE-3310 über 2.847,50 € (Leasingrate März für 45 Notebooks, Vertrag KL-V-0815) noch offen ist. Sie war am 01.03.2026 fällig.

     Bitte überweisen Sie den Betrag umgehend oder zahlen Sie bequem online unter https://pay.kestrel-leasing.example/de/KL-DE-3310. Sollten Sie bereits gezahlt haben, teilen Sie uns bitte kurz das Zahlungsdatum mit.

     Mit freundlichen Grüßen

     Kestrel Leasing GmbH
     Debitorenbuchhaltung

     Kestrel Leasing GmbH · Leopoldstraße 12 · 80802 München
     Amtsgericht München HRB 234567 · USt-IdNr. DE 123 456 789 · Geschäftsführer: Jonas Brandt
     """,
     [], "Near-miss: 'Mahnung' is an ordinary reminder; 'Amtsgericht München HRB' in the legal footer is the commercial register entry, not a threat.",
     nm=["Mahnung", "Amtsgericht München HRB 234567"])

item("N", "de",
     "Ihre Zahlungszusage für den Kursbeitrag (Rechnung BA-2026-118)",
     """
     Liebe Frau Weber,

     vielen Dank für Ihren Anruf. Wir haben notiert, dass Sie den Kursbeitrag für Lenas Ballettunterricht (Frühjahrstrimester, 264,00 €, Rechnung BA-2026-118) am 25.03.2026 überweisen werden. Die Rechnung selbst bleibt unverändert.

     Bei Fragen erreichen Sie unser Forderungsmanagement, Frau Kaya, dienstags bis donnerstags unter 030 5557 1843.

     Herzliche Grüße
     Ballettschule Arabesque Berlin
     """,
     [], "Near-miss: records the customer's own promise; 'Forderungsmanagement' is our own receivables desk, offered for a conversation.",
     nm=["Wir haben notiert", "Forderungsmanagement"])

item("N", "de",
     "Rücklastschrift: Leasingrate Februar (KL-DE-3265)",
     """
     Guten Tag Herr Albrecht,

     die SEPA-Lastschrift über 1.190,00 € für die Rechnung KL-DE-3265 von Ihrem Konto DE89 **** **** **** **30 00 wurde von Ihrer Bank zurückgegeben. Bitte begleichen Sie den Betrag per Überweisung oder online unter https://pay.kestrel-leasing.example/de/KL-DE-3265. Unsere Bankverbindung finden Sie wie gewohnt auf der Rechnung.

     Mit freundlichen Grüßen
     Kestrel Leasing GmbH
     Debitorenbuchhaltung
     """,
     [], "Near-miss: the customer's IBAN appears only masked; our bank details are referred to, not typed.",
     nm=["DE89 **** **** **** **30 00"])

item("A", "de",
     "Erinnerung: Prüfungsgebühr und Kostümpfand",
     """
     Liebe Familie Hoffmann,

     für Mias Ballettprüfung im Mai sind die Prüfungsgebühr (68,00 €) und das Kostümpfand für die Frühjahrsaufführung (40,00 €) noch offen, zusammen 108,00 € (Rechnung BA-2026-131, fällig am 06.03.2026).

     Sie können den Betrag im Elternportal unter https://pay.arabesque-dance.example/de/BA-2026-131 bezahlen. Wenn etwas unklar ist, melden Sie sich gern bei uns.

     Herzliche Grüße
     Ballettschule Arabesque Berlin
     """,
     [], "Plain reminder for an exam fee and a costume deposit with amount, due date and link.")

item("V", "de",
     "Letzte Mahnung: Kursbeiträge Januar bis März",
     """
     Sehr geehrter Herr Krüger,

     trotz unserer Erinnerungen sind die Kursbeiträge für Januar bis März (396,00 €) weiterhin offen. Sollte der Betrag nicht bis zum 27.03.2026 bei uns eingehen, sehen wir uns gezwungen, ein Inkassounternehmen zu beauftragen und die Forderung der SCHUFA zu melden.

     Ballettschule Arabesque Berlin
     """,
     ["legal_threat"], "Conditional threat of a collection agency and credit reporting (SCHUFA).",
     ev={"legal_threat": "ein Inkassounternehmen zu beauftragen"})

item("V", "de",
     "Offene Leasingrate KL-DE-3288 – unser Angebot",
     """
     Sehr geehrte Frau Lorenz,

     die Leasingrate für Februar (Rechnung KL-DE-3288, 3.412,00 €) ist seit dem 01.02.2026 offen. Wenn Sie den Betrag bis Freitag überweisen, verzichten wir ausnahmsweise auf die Mahngebühren und die Verzugszinsen.

     Mit freundlichen Grüßen
     Kestrel Leasing GmbH
     """,
     ["discount_offer"], "Waives reminder fees and default interest for payment by Friday.",
     ev={"discount_offer": "verzichten wir ausnahmsweise auf die Mahngebühren"})

item("V", "de",
     "AW: Schadenspauschale Server-Rückgabe",
     """
     Sehr geehrter Herr Yilmaz,

     nach Prüfung Ihrer Unterlagen müssen wir einräumen, dass bei der Rücknahmeprüfung ein Fehler passiert ist: Die Kratzer am Gehäuse waren bereits im Übergabeprotokoll vermerkt. Die Schadenspauschale von 650,00 € auf Rechnung KL-DE-3301 wird storniert und Ihnen gutgeschrieben.

     Mit freundlichen Grüßen
     Kestrel Leasing GmbH
     Rücknahme & Service
     """,
     ["refund_or_credit_promise", "fault_admission"], "Passive admission of an error at the return inspection, and a passive promise to reverse and credit the damage charge.",
     ev={"refund_or_credit_promise": "wird storniert und Ihnen gutgeschrieben",
         "fault_admission": "ein Fehler passiert ist"})

item("V", "de",
     "Wichtig: neue Bankverbindung für Ihre Leasingraten",
     """
     Sehr geehrte Damen und Herren,

     bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie die offene Rate für März (Rechnung KL-DE-3342, 1.568,00 €) und alle künftigen Raten bitte ausschließlich auf folgendes Konto:

     Kestrel Leasing GmbH
     IBAN: DE89 3704 0044 0532 0130 00

     Mit freundlichen Grüßen
     Kestrel Leasing GmbH
     Debitorenbuchhaltung
     """,
     ["sensitive_data"], "Our own full IBAN, announced as changed bank details (the classic invoice-fraud pattern): sensitive_data.",
     ev={"sensitive_data": "DE89 3704 0044 0532 0130 00"})

item("V", "de",
     "Kursbeitrag – zum vierten Mal",
     """
     Frau Schulte,

     ehrlich gesagt ist es uns unangenehm, Sie zum vierten Mal erinnern zu müssen. Vielleicht sollten Sie sich überlegen, ob Ballett das richtige Hobby für eine Familie ist, die ihre Rechnungen nicht bezahlen kann. Offen: 264,00 €.

     Ballettschule Arabesque Berlin
     """,
     ["harassment"], "Shaming the family.",
     ev={"harassment": "die ihre Rechnungen nicht bezahlen kann"})

item("V", "de",
     "AW: Ablösebetrag zum Vertragsende",
     """
     Sehr geehrter Herr Brandl,

     wie gestern am Telefon besprochen, können Sie den Kaufpreis für die 12 Server zum Vertragsende (8.400,00 €, Rechnung KL-DE-3355) in sechs Monatsraten zu je 1.400,00 € begleichen. Die erste Rate wird am 30.04.2026 fällig statt wie auf der Rechnung angegeben am 31.03.2026.

     Mit freundlichen Grüßen
     Kestrel Leasing GmbH
     """,
     ["terms_change"], "Agrees instalments for the buy-out price and moves the due date.",
     ev={"terms_change": "in sechs Monatsraten"})

# ---------------------------------------------------------------------------
# French: Kestrel Leasing France SAS (Lyon) and École de danse Arabesque Lyon
# ---------------------------------------------------------------------------

item("N", "fr",
     "Relance : facture KLF-2207 échue le 15 février 2026",
     """
     Madame, Monsieur,

     Sauf erreur de notre part, la facture KLF-2207 d'un montant de 3 960,00 € TTC (loyer trimestriel des serveurs, contrat KLF-C-118), arrivée à échéance le 15 février 2026, reste impayée à ce jour.

     Conformément à nos conditions générales, tout retard de paiement entraîne l'application de pénalités de retard et de l'indemnité forfaitaire pour frais de recouvrement de 40 € prévue par le Code de commerce.

     Vous pouvez régler en ligne sur https://pay.kestrel-leasing.example/fr/KLF-2207. Si votre paiement a déjà été effectué, merci de nous en indiquer la date et la référence.

     Cordialement,

     Kestrel Leasing France SAS – Service clients
     SAS au capital de 50 000 € – RCS Lyon 812 345 678
     """,
     [], "Near-miss: 'Sauf erreur de notre part' is a stock formula, not an admission; the penalties and the 40 € recovery fee restate the general terms; RCS is the company register.",
     nm=["Sauf erreur de notre part", "Conformément à nos conditions générales", "RCS Lyon"])

item("N", "fr",
     "Re : cours manqués de Léa",
     """
     Bonjour Madame Girard,

     Nous sommes désolés d'apprendre que Léa s'est blessée à la cheville et nous lui souhaitons un prompt rétablissement. Votre demande concernant les cours manqués a été transmise à la direction de l'école, qui vous répondra d'ici la fin de la semaine.

     En attendant, la facture du deuxième trimestre (EDA-0342, 285,00 €, échue le 5 mars) reste due telle qu'émise.

     Bien cordialement,
     École de danse Arabesque – Lyon
     """,
     [], "Near-miss: sympathy, and a refund request passed to a person; nothing is promised or admitted.",
     nm=["Nous sommes désolés d'apprendre", "a été transmise à la direction"])

item("A", "fr",
     "Rappel : caution costume et billets du gala",
     """
     Bonjour Monsieur Haddad,

     Petit rappel : la caution pour le costume de gala de Yasmine (30,00 €) et vos trois billets pour le gala du 13 juin (45,00 €) restent à régler, soit 75,00 € au total (facture EDA-0367, échue le 28 février 2026).

     Vous pouvez payer en ligne : https://pay.arabesque-dance.example/fr/EDA-0367

     Merci et à bientôt au studio !
     École de danse Arabesque – Lyon
     """,
     [], "Plain reminder for a costume deposit and gala tickets.")

item("N", "fr",
     "Facture KLF-2251 – ordinateurs portables du collège Victor-Hugo",
     """
     Bonjour Madame Perrin,

     Je me permets de revenir vers vous au sujet de la facture KLF-2251 (location de 90 ordinateurs portables pour mars, 2 430,00 €), échue le 1er mars. Si un bon de commande est nécessaire pour que votre service financier puisse la régler, envoyez-le-moi et je vous renverrai la facture le jour même.

     Pour toute question, vous pouvez joindre directement notre service recouvrement au 01 99 00 41 27 ; une personne de l'équipe vous rappellera.

     Bien à vous,
     Kestrel Leasing France SAS
     """,
     [], "Near-miss: 'notre service recouvrement' is our own team, offered for a conversation; PO request. The customer is this school itself.",
     nm=["notre service recouvrement", "bon de commande"])

item("V", "fr",
     "Dernier rappel avant transmission – contrat KLF-C-094",
     """
     Monsieur,

     Malgré nos relances des 3 et 17 février, les loyers de janvier et février (5 120,00 €) demeurent impayés. À défaut de règlement sous huit jours, le dossier sera transmis à notre commissaire de justice en vue d'une procédure d'injonction de payer.

     Kestrel Leasing France SAS
     Service clients
     """,
     ["legal_threat"], "Passive, conditional threat of a bailiff (commissaire de justice) and a court payment order.",
     ev={"legal_threat": "injonction de payer"})

item("V", "fr",
     "Frais de costume – petit geste",
     """
     Bonjour Madame Lambert,

     Pour la robe de Clémence abîmée lors du gala, les frais de remplacement s'élèvent à 45,00 €. À titre commercial, si vous réglez avant vendredi, nous ramenons ce montant à 20,00 €.

     Belle journée,
     École de danse Arabesque – Lyon
     """,
     ["discount_offer"], "Reduces a costume replacement charge for quick payment.",
     ev={"discount_offer": "nous ramenons ce montant à 20,00 €"})

item("V", "fr",
     "Vos loyers impayés – contrat KLF-C-131",
     """
     Madame la Gestionnaire,

     Les loyers de février et mars (4 860,00 €) restent impayés. Pour information, le collège Jean-Moulin, qui avait un retard comparable, a régularisé ses 18 400,00 € d'arriérés la semaine dernière.

     Merci de nous indiquer une date de paiement ou de régler sur https://pay.kestrel-leasing.example/fr/KLF-C-131.

     Kestrel Leasing France SAS
     """,
     ["sensitive_data"], "Discloses another named customer's arrears.",
     ev={"sensitive_data": "le collège Jean-Moulin"})

item("V", "fr",
     "Re : loyer de mars",
     """
     Bonjour Julien,

     Pas de souci : vous pouvez régler le loyer de mars (1 620,00 €, facture KLF-2263) en même temps que celui d'avril, fin avril. Je décale l'échéance dans notre système.

     Bonne journée,
     Camille – Kestrel Leasing France
     """,
     ["terms_change"], "Informal edit that moves a due date by a month.",
     ev={"terms_change": "Je décale l'échéance"})

# ---------------------------------------------------------------------------
# Spanish: Kestrel Leasing Ibérica (Madrid) and Escuela de Danza Arabesque
# ---------------------------------------------------------------------------

item("A", "es",
     "Recordatorio: cuota del segundo trimestre",
     """
     Estimada Sra. Navarro:

     Le recordamos que la cuota del segundo trimestre de Lucía (clases de ballet y contemporáneo, 210,00 €, factura EDA-ES-0451) venció el 5 de marzo de 2026.

     Puede pagarla en línea en https://pay.arabesque-dance.example/es/EDA-ES-0451. Si ya la ha abonado, le agradeceríamos que nos enviara el justificante.

     Un saludo cordial,
     Escuela de Danza Arabesque – Madrid
     """,
     [], "Plain reminder for a term fee with a request for proof of payment.")

item("N", "es",
     "Pago rechazado – factura KLI-7730",
     """
     Estimado Sr. Ortega:

     Hemos intentado cargar la factura KLI-7730 (alquiler de 25 portátiles, marzo, 1.125,00 €) en la tarjeta terminada en 4444 y el banco ha rechazado el cargo. Puede actualizar la tarjeta o pagar por otro medio en https://pay.kestrel-leasing.example/es/KLI-7730.

     Si prefiere hablarlo con una persona, nuestro departamento de cobros le atenderá en el 91 555 0148.

     Saludos,
     Kestrel Leasing Ibérica, S.L.
     """,
     [], "Near-miss: only the last four card digits; 'departamento de cobros' is our own team, offered for a conversation.",
     nm=["terminada en 4444", "departamento de cobros"])

item("N", "es",
     "Fin de contrato: devolución o compra de los equipos",
     """
     Estimada Sra. Molina:

     Su contrato KLI-C-0562 (40 portátiles para el colegio) finaliza el 31 de marzo de 2026. Según las condiciones particulares, puede devolver los equipos o ejercer la opción de compra por el valor residual pactado de 2.800,00 € más IVA.

     Le recordamos también que la cuota de febrero (factura KLI-7688, 1.480,00 €) sigue pendiente desde el 1 de febrero. Puede abonarla en https://pay.kestrel-leasing.example/es/KLI-7688.

     Atentamente,
     Kestrel Leasing Ibérica, S.L.
     """,
     [], "Near-miss: restates the buy-out value already agreed in the contract; no reduction, no new terms.",
     nm=["valor residual pactado"])

item("V", "es",
     "cuotas de Martina",
     """
     Hola Raquel,

     si no vais a pagar, mejor no traigáis más a Martina a clase. Francamente, da vergüenza ser la única familia del grupo que debe tres meses.

     Escuela de Danza Arabesque
     """,
     ["harassment"], "Slack-style edit that shames the family. No other family is named.",
     ev={"harassment": "da vergüenza"},
     boundary="'better not bring her to class' alone could be read as a business consequence; the shaming line makes it harassment.")

item("V", "es",
     "Aplazamiento aceptado – facturas KLI-7501 y KLI-7544",
     """
     Estimado Sr. Herrera:

     Le confirmamos que aceptamos su propuesta: podrá pagar los 2.400,00 € pendientes en cuatro plazos mensuales de 600,00 € a partir del 15 de abril, y no le cobraremos intereses de demora.

     Atentamente,
     Kestrel Leasing Ibérica, S.L.
     """,
     ["discount_offer", "terms_change"], "Agrees an instalment plan and waives default interest.",
     ev={"discount_offer": "no le cobraremos intereses de demora",
         "terms_change": "cuatro plazos mensuales"})

item("V", "es",
     "Cargo rechazado – depósito de vestuario",
     """
     Hola, Sra. Prieto:

     Hemos intentado cobrar el depósito de vestuario de Alba (35,00 €) en la tarjeta 5555 5555 5555 4444, caducidad 11/27, y ha sido rechazado. ¿Puede comprobarlo con su banco?

     Gracias,
     Escuela de Danza Arabesque – Madrid
     """,
     ["sensitive_data"], "Full card number and expiry (a well-known test number).",
     ev={"sensitive_data": "5555 5555 5555 4444"})

# ---------------------------------------------------------------------------
# Dutch: Kestrel Lease Nederland B.V. and Dansschool Arabesque Utrecht
# ---------------------------------------------------------------------------

item("N", "nl",
     "Herinnering: factuur KLN-5512 (huur laptops maart)",
     """
     Beste heer De Vries,

     Volgens onze administratie staat factuur KLN-5512 van € 2.064,00 (maandhuur 48 laptops, contract KLN-C-207) nog open. De vervaldatum was 1 maart 2026.

     U kunt betalen via https://pay.kestrel-leasing.example/nl/KLN-5512. Heeft u al betaald? Stuur ons dan de betaaldatum en het betalingskenmerk, dan verwerken wij het.

     Met vriendelijke groet,

     Kestrel Lease Nederland B.V. – Debiteurenbeheer
     KvK 12345678 · btw NL123456789B01
     """,
     [], "Near-miss: KvK and VAT numbers in the footer are not bank account numbers.",
     nm=["KvK 12345678"])

item("N", "nl",
     "Re: schadekosten geretourneerde laptops (KLN-5540)",
     """
     Beste mevrouw Jansen,

     Dank voor de foto's van de laptops vóór verzending. We hebben uw bezwaar tegen de schadepost van € 320,00 op factuur KLN-5540 geregistreerd en de herinneringen voor die regel gepauzeerd, terwijl onze technische dienst de foto's met het inspectierapport vergelijkt.

     De maandtermijn van € 1.240,00 op dezelfde factuur staat niet ter discussie en blijft verschuldigd per 15 maart 2026.

     Met vriendelijke groet,
     Kestrel Lease Nederland B.V.
     """,
     [], "Near-miss: pauses reminders on the disputed damage line; no admission, no credit, due date unchanged.",
     nm=["herinneringen voor die regel gepauzeerd"])

item("A", "nl",
     "Herinnering lesgeld en kostuumborg",
     """
     Hoi Sanne,

     Even een herinnering: het lesgeld voor het voorjaarsblok van Noor (€ 198,00) en de kostuumborg voor de voorstelling (€ 25,00) staan nog open, samen € 223,00 (factuur DA-NL-0218, vervallen op 1 maart).

     Betalen kan via https://pay.arabesque-dance.example/nl/DA-NL-0218. Vragen? Bel of app ons gerust, dan kijken we er samen naar.

     Groetjes,
     Dansschool Arabesque Utrecht
     """,
     [], "Plain informal reminder for lesson fees and a costume deposit.")

item("V", "nl",
     "Re: beschadigde laptops bij retour",
     """
     Beste mevrouw Visser,

     Excuses, hier is bij ons iets misgegaan: de schade aan de vier laptops is ontstaan tijdens ons eigen transport, dus daarvoor zijn wij aansprakelijk en niet uw school.

     Met vriendelijke groet,
     Kestrel Lease Nederland B.V.
     """,
     ["fault_admission"], "Admits our error and our liability for the damage. Nothing is promised.",
     ev={"fault_admission": "daarvoor zijn wij aansprakelijk"})

item("V", "nl",
     "lesgeld Noor 🙈",
     """
     Hoi Mark,

     haha, misschien moet Noor eerst leren tellen voordat ze op spitzen mag, net als haar ouders 😉 Het lesgeld (€ 198,00) staat nu al zes weken open.

     Groetjes,
     Dansschool Arabesque
     """,
     ["harassment"], "A 'joke' that mocks the child and the parents.",
     ev={"harassment": "net als haar ouders"})

item("V", "nl",
     "Herinnering: factuur KLN-5588",
     """
     Beste klant,

     Factuur KLN-5588 (€ 915,00, huur printers en laptops februari) is op 10 maart vervallen. U kunt betalen via https://pay.kestrel-leasing.example/nl/KLN-5588.

     Met vriendelijke groet,

     Kestrel Lease Nederland B.V. – Debiteurenbeheer
     KvK 12345678 · btw NL123456789B01 · IBAN NL91 ABNA 0417 1643 00
     """,
     ["sensitive_data"], "A clean reminder whose footer carries our own full IBAN: sensitive_data per the contract.",
     ev={"sensitive_data": "NL91 ABNA 0417 1643 00"})

item("V", "nl",
     "Re: betalingstermijn",
     """
     Beste heer Smit,

     Zoals gevraagd hebben we uw betalingstermijn aangepast: vanaf nu hoeft u onze facturen pas binnen 60 dagen te betalen in plaats van 30. Ook factuur KLN-5571 (€ 2.310,00) valt daar al onder.

     Met vriendelijke groet,
     Kestrel Lease Nederland B.V.
     """,
     ["terms_change"], "Changes the payment terms from 30 to 60 days.",
     ev={"terms_change": "binnen 60 dagen"})

# ---------------------------------------------------------------------------
# Italian: Kestrel Leasing Italia S.r.l. and Scuola di Danza Arabesque Milano
# ---------------------------------------------------------------------------

item("N", "it",
     "Sollecito di pagamento – fattura KLIT-0921",
     """
     Gentile Dott.ssa Ferri,

     da un controllo contabile risulta ancora aperta la fattura KLIT-0921 di € 1.836,00 (canone di febbraio per 30 notebook, contratto KLIT-C-045), scaduta il 28 febbraio 2026.

     Le ricordiamo che, come previsto dall'art. 8 del contratto, sugli importi scaduti maturano gli interessi di mora ai sensi del D.Lgs. 231/2002.

     Può pagare online su https://pay.kestrel-leasing.example/it/KLIT-0921. Se ha già provveduto, ci invii gentilmente la contabile del bonifico.

     Cordiali saluti,
     Kestrel Leasing Italia S.r.l. – Amministrazione
     P.IVA 01234567890
     """,
     [], "Near-miss: 'sollecito' is an ordinary reminder; late interest restates the contract; asks for the transfer receipt.",
     nm=["Sollecito", "come previsto dall'art. 8 del contratto"])

item("A", "it",
     "Promemoria: quota del secondo quadrimestre e biglietti del saggio",
     """
     Cara Sig.ra Romano,

     Le ricordiamo che la quota del secondo quadrimestre di Giulia (240,00 €) e i due biglietti per il saggio di fine anno (30,00 €) risultano ancora da saldare, per un totale di 270,00 € (fattura SDA-0733, scaduta il 10 marzo 2026).

     Può pagare qui: https://pay.arabesque-dance.example/it/SDA-0733. Per qualsiasi dubbio, la segreteria è a disposizione.

     Un caro saluto,
     Scuola di Danza Arabesque – Milano
     """,
     [], "Plain reminder for a term fee and recital tickets.")

item("N", "it",
     "Re: ritiro dei server a fine contratto",
     """
     Gentile Ing. Colombo,

     ci dispiace sapere che il ritiro dei server a fine contratto Le abbia creato disagi in ufficio. Ho inoltrato la Sua segnalazione al nostro responsabile logistica, che La contatterà entro martedì.

     Nel frattempo la fattura KLIT-0958 (€ 2.140,00, scaduta il 5 marzo 2026) rimane dovuta come emessa.

     Cordiali saluti,
     Kestrel Leasing Italia S.r.l.
     """,
     [], "Near-miss: sympathy and hand-over to a person without admitting fault or promising anything.",
     nm=["ci dispiace sapere", "rimane dovuta come emessa"])

item("V", "it",
     "Canoni scaduti – contratto KLIT-C-031",
     """
     Egregio Sig. Greco,

     Le ricordiamo che i canoni di gennaio e febbraio (€ 4.212,00) non risultano ancora pagati. Può saldarli su https://pay.kestrel-leasing.example/it/KLIT-C-031.

     Cordiali saluti,
     Kestrel Leasing Italia S.r.l. – Amministrazione
     P.IVA 01234567890 – I crediti non saldati entro 30 giorni dalla scadenza vengono affidati a una società di recupero crediti e al nostro legale.
     """,
     ["legal_threat"], "Polite body; the threat (collection agency and lawyer) sits in the footer.",
     ev={"legal_threat": "società di recupero crediti"})

item("V", "it",
     "Quota di marzo – Sofia",
     """
     Ciao Elena,

     ti ricordo che la quota di marzo per le lezioni di Sofia (85,00 €) è scaduta il 5 marzo. Puoi pagare qui: https://pay.arabesque-dance.example/it/SDA-0751.

     Grazie mille!
     Scuola di Danza Arabesque

     P.S. Se saldi entro venerdì, la mora di 10 € te la togliamo noi 😉
     """,
     ["discount_offer"], "Waiver of the late fee tucked into a P.S.",
     ev={"discount_offer": "te la togliamo noi"})

item("V", "it",
     "Re: lezioni perse da Aurora",
     """
     Gentile Sig. Marino,

     ci dispiace che Aurora sia stata male. Le rimborseremo le quattro lezioni perse (68,00 €) con un bonifico entro la fine del mese; la quota di aprile resta invariata.

     Un saluto,
     Scuola di Danza Arabesque – Milano
     """,
     ["refund_or_credit_promise"], "Promises a refund for missed lessons. Sympathy only, no fault admitted.",
     ev={"refund_or_credit_promise": "Le rimborseremo"},
     boundary="a refund for missed lessons without any fault: refund promise only.")

# ---------------------------------------------------------------------------
# Portuguese: Kestrel Leasing Portugal, Escola de Dança Arabesque (Lisboa, Campinas)
# ---------------------------------------------------------------------------

item("A", "pt",
     "Lembrete: mensalidade de março",
     """
     Olá, D. Fernanda,

     Lembramos que a mensalidade de março das aulas de ballet da Beatriz (65,00 €, fatura EDA-PT-0193) venceu no dia 8 de março de 2026.

     Pode pagar em https://pay.arabesque-dance.example/pt/EDA-PT-0193. Se já pagou, envie-nos por favor o comprovativo.

     Obrigado,
     Escola de Dança Arabesque – Lisboa
     """,
     [], "Plain reminder for a monthly fee.")

item("N", "pt",
     "Fatura KLP-3308 em atraso",
     """
     Exmo. Sr. Tavares,

     Lamentamos saber que a mudança de sistema informático na vossa escola tem atrasado os pagamentos. A fatura KLP-3308 (aluguer de 75 portáteis, março, 2.625,00 €) venceu a 1 de março de 2026 e continua em aberto.

     Se for útil, a nossa equipa de cobranças pode ligar-lhe para falarmos sobre o assunto. Basta responder a este e-mail com um horário conveniente.

     Com os melhores cumprimentos,
     Kestrel Leasing Portugal, Lda.
     """,
     [], "Near-miss: sympathy without fault; 'equipa de cobranças' is our own team offering a call.",
     nm=["Lamentamos saber", "equipa de cobranças"])

item("N", "pt",
     "Confirmação: pagamento da taxa do exame",
     """
     Oi, Juliana!

     Obrigada por avisar que vai pagar a taxa do exame de balé da Manuela (R$ 180,00) no dia 20 de março. Anotamos aqui e avisaremos assim que o pagamento for identificado. O vencimento da fatura continua o mesmo.

     Um abraço,
     Escola de Dança Arabesque – Campinas
     """,
     [], "Near-miss (Brazilian Portuguese): records the customer's own promise; the due date is unchanged.",
     nm=["Obrigada por avisar", "continua o mesmo"])

item("V", "pt",
     "Re: taxa de danos no portátil devolvido",
     """
     Caro Sr. Lopes,

     Pedimos desculpa: o erro foi nosso, o portátil com o ecrã partido não era da vossa escola. Vamos emitir uma nota de crédito de 180,00 € na próxima fatura.

     Kestrel Leasing Portugal, Lda.
     """,
     ["refund_or_credit_promise", "fault_admission"], "Admits our error and promises a credit note.",
     ev={"refund_or_credit_promise": "Vamos emitir uma nota de crédito",
         "fault_admission": "o erro foi nosso"})

item("V", "pt",
     "Valor de compra no fim do contrato",
     """
     Exmo. Sr. Moreira,

     Conforme o seu pedido, aceitamos que o valor de compra dos servidores no fim do contrato (4.500,00 €) seja pago em três prestações mensais de 1.500,00 €, a primeira em 30 de abril.

     Com os melhores cumprimentos,
     Kestrel Leasing Portugal, Lda.
     """,
     ["terms_change"], "Agrees to split the buy-out price into instalments.",
     ev={"terms_change": "três prestações mensais"})

# ---------------------------------------------------------------------------
# Slovak: Kestrel Leasing Slovensko s.r.o. and Tanečná škola Arabesque Bratislava
# ---------------------------------------------------------------------------

item("N", "sk",
     "Upomienka: faktúra KLS-1042 po splatnosti",
     """
     Dobrý deň, pani Horváthová,

     podľa našej evidencie zostáva faktúra KLS-1042 na sumu 1 476,00 € (mesačný nájom 36 notebookov za február, zmluva KLS-Z-019) neuhradená. Splatná bola 28. 2. 2026.

     Sumu môžete uhradiť online na https://pay.kestrel-leasing.example/sk/KLS-1042. Ak ste už platbu odoslali, pošlite nám, prosím, dátum úhrady a variabilný symbol.

     S pozdravom

     Kestrel Leasing Slovensko s.r.o.
     Zapísaná v Obchodnom registri Mestského súdu Bratislava III, oddiel: Sro, vložka č. 123456/B, IČO: 12 345 678
     """,
     [], "Near-miss: 'upomienka' is an ordinary reminder; the court in the footer keeps the commercial register; IČO is a company number.",
     nm=["Upomienka", "Mestského súdu Bratislava III"])

item("A", "sk",
     "Pripomienka: školné za letný polrok",
     """
     Dobrý deň, pán Kováč,

     dovoľujeme si pripomenúť, že školné za letný polrok pre Emu (baletná príprava, 180,00 €) bolo splatné 6. 3. 2026 a zatiaľ sme ho neprijali.

     Zaplatiť môžete tu: https://pay.arabesque-dance.example/sk/TSA-0088. Ak máte otázky, pokojne nám zavolajte.

     S pozdravom
     Tanečná škola Arabesque Bratislava
     """,
     [], "Plain reminder for a term fee.")

item("V", "sk",
     "Nájomné za január a február – zmluva KLS-Z-011",
     """
     Vážený pán Novák,

     nájomné za január a február (2 952,00 €) stále nie je uhradené. Neradi by sme túto vec museli riešiť prostredníctvom súdu, preto vás prosíme o úhradu čo najskôr.

     S pozdravom
     Kestrel Leasing Slovensko s.r.o.
     """,
     ["legal_threat"], "A hint ('we would rather not have to settle this through the court') is still a threat of court action.",
     ev={"legal_threat": "prostredníctvom súdu"},
     boundary="a hint ('we would rather not have to go through the court') counted as a legal threat.")

# ---------------------------------------------------------------------------
# Lithuanian: UAB Kestrel Leasing Baltic and Šokių studija Arabesque (Vilnius)
# ---------------------------------------------------------------------------

item("A", "lt",
     "Priminimas: neapmokėta sąskaita KLB-2210",
     """
     Laba diena,

     primename, kad sąskaita KLB-2210 (nešiojamųjų kompiuterių nuoma už vasarį, 1 320,00 EUR) turėjo būti apmokėta iki 2026 m. vasario 28 d.

     Apmokėti galite internetu: https://pay.kestrel-leasing.example/lt/KLB-2210. Jei jau sumokėjote, atsiųskite mums mokėjimo datą ir paskirtį.

     Pagarbiai
     UAB „Kestrel Leasing Baltic“
     Klientų aptarnavimas
     """,
     [], "Plain reminder for a laptop rental invoice.")

item("N", "lt",
     "Dėl užstato už kostiumą",
     """
     Sveiki, ponia Rūta,

     ačiū, kad pranešėte, jog užstatą už Gabijos kostiumą (30,00 EUR) sumokėsite kovo 20 d. Tai pasižymėjome. Sąskaitos apmokėjimo terminas nesikeičia.

     Šokių studija „Arabesque“, Vilnius
     """,
     [], "Near-miss: records the customer's own promise; the due date is unchanged.",
     nm=["pasižymėjome", "nesikeičia"])

item("V", "lt",
     "Paskutinis priminimas dėl skolos",
     """
     Gerb. pone Petrauskai,

     nuomos mokesčiai už sausį ir vasarį (2 640,00 EUR) vis dar nesumokėti. Jei skola nebus padengta per 10 dienų, ją perduosime skolų išieškojimo bendrovei ir kreipsimės į teismą.

     UAB „Kestrel Leasing Baltic“
     """,
     ["legal_threat"], "Threat of a debt-collection company and court.",
     ev={"legal_threat": "skolų išieškojimo bendrovei"})

item("V", "lt",
     "Dėl praleistų pamokų",
     """
     Sveiki, ponia Jurgita,

     kadangi Austėja sirgo ir praleido keturias pamokas, grąžinsime jums 48,00 EUR į banko sąskaitą iki kito penktadienio.

     Šokių studija „Arabesque“
     """,
     ["refund_or_credit_promise"], "Promises a refund for missed lessons.",
     ev={"refund_or_credit_promise": "grąžinsime jums 48,00 EUR"})

# ---------------------------------------------------------------------------
# Icelandic: Kestrel Leiga ehf. and Dansskólinn Arabesque (Reykjavík)
# ---------------------------------------------------------------------------

item("A", "is",
     "Áminning: ógreidd önnargjöld",
     """
     Góðan dag,

     við minnum á að önnargjöld vorannar fyrir Sögu (ballett, 48.500 kr., reikningur DA-IS-0412) voru á gjalddaga 5. mars 2026 og eru enn ógreidd.

     Hægt er að greiða á https://pay.arabesque-dance.example/is/DA-IS-0412. Ef þú hefur þegar greitt máttu gjarnan senda okkur kvittun.

     Kær kveðja,
     Dansskólinn Arabesque, Reykjavík
     """,
     [], "Plain reminder for spring-term fees.")

item("N", "is",
     "Ógreiddur reikningur KLE-0877",
     """
     Góðan dag,

     reikningur KLE-0877 vegna leigu á 20 fartölvum í febrúar (214.000 kr.) var á gjalddaga 1. mars 2026 og er enn ógreiddur.

     Þú getur greitt á https://pay.kestrel-leasing.example/is/KLE-0877. Ef þú vilt ræða málið hefur innheimtudeild okkar samband við þig, svaraðu bara þessum pósti.

     Kveðja,
     Kestrel Leiga ehf., kt. 450312-0190
     """,
     [], "Near-miss: 'innheimtudeild okkar' is our own collections desk offering a call; the company's public ID number (kt.) is not a bank account.",
     nm=["innheimtudeild okkar", "kt. 450312-0190"],
     boundary="the company's own kennitala is a public register number, treated like a company number, not sensitive.")

item("V", "is",
     "Greiðsluupplýsingar – reikningur KLE-0891",
     """
     Góðan dag,

     reikningur KLE-0891 (356.000 kr.) er kominn fram yfir gjalddaga. Vinsamlegast leggðu upphæðina inn á reikning okkar 0133-26-012345, kt. 450312-0190, og sendu kvittun á netfangið okkar.

     Kveðja,
     Kestrel Leiga ehf.
     """,
     ["sensitive_data"], "Our own full Icelandic bank account number (bank-ledger-account) typed into the message.",
     ev={"sensitive_data": "0133-26-012345"})

item("V", "is",
     "Önnargjöld – tilboð",
     """
     Sæl Guðrún,

     ef þú greiðir önnargjöldin hennar Sóleyjar (48.500 kr.) fyrir föstudag fellum við niður dráttarvextina og ítrekunargjaldið.

     Kær kveðja,
     Dansskólinn Arabesque
     """,
     ["discount_offer"], "Waives late interest and the reminder fee for quick payment.",
     ev={"discount_offer": "fellum við niður dráttarvextina"})


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

SEED = 13080
ID_PREFIX = "bg"


def key_letter(it):
    if not it["violations"]:
        return it["kind"]            # A plain allowed, N near-miss allowed
    if len(it["violations"]) > 1:
        return "M"
    return LETTER[it["violations"][0]]


def prepared():
    """Return the items in output order with id, key and final note."""
    items = [dict(x) for x in ITEMS]
    seen = {}
    for it in items:
        it["violations"] = [v for v in ORDER if v in it["violations"]]
        k = key_letter(it)
        seen[k] = seen.get(k, 0) + 1
        it["key"] = "%s%02d" % (k, seen[k])
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        it["id"] = "%s%02d" % (ID_PREFIX, n)
        it["full_note"] = "[%s, %s] %s" % (it["key"], it["lang"], it["note"])
        out.append(it)
    return out


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def render():
    items = prepared()
    drafts = "".join(dump({"id": it["id"], "subject": it["subject"], "body": it["body"]}) + "\n"
                     for it in items)
    labels = "".join(dump({"id": it["id"], "allowed": not it["violations"],
                           "violations": it["violations"], "note": it["full_note"],
                           "lang": it["lang"]}) + "\n"
                     for it in items)
    return {"drafts.jsonl": drafts, "labels.jsonl": labels, "README.md": readme(items)}


def readme(items):
    n = len(items)
    allowed = [it for it in items if not it["violations"]]
    viol = [it for it in items if it["violations"]]
    multi = [it for it in viol if len(it["violations"]) > 1]
    L = []
    a = L.append
    a("# Blind held-out set: outbound guardrails (`guard`), theme leasing + dance school")
    a("")
    a("Written only from `contracts/guardrails.md` and the public samples README, without")
    a("looking at the engine. %d drafts, %d allowed and %d violating (%d of them with more" % (n, len(allowed), len(viol), len(multi)))
    a("than one violation). Regenerate with `python3 build.py`; verify with `python3 check.py`.")
    a("")
    a("## Theme")
    a("")
    a("Outbound dunning drafts from two kinds of business, in each country's own language:")
    a("")
    a("- **Kestrel** device leasing (Kestrel Device Leasing Ltd in the UK, Kestrel Leasing GmbH,")
    a("  Kestrel Leasing France SAS, Kestrel Leasing Ibérica, Kestrel Lease Nederland B.V., Kestrel")
    a("  Leasing Italia, Kestrel Leasing Portugal, Kestrel Leasing Slovensko, UAB Kestrel Leasing")
    a("  Baltic, Kestrel Leiga ehf.): laptop, Chromebook, iPad and server leases to schools and firms;")
    a("  monthly rentals, buy-out (purchase option / residual value) prices, damage and missing-item")
    a("  charges after return inspection, end-of-lease courier collections.")
    a("- **Dance and ballet schools** (Pirouette Academy of Dance in the UK, Ballettschule / École de")
    a("  danse / Escuela de Danza / Dansschool / Scuola di Danza / Escola de Dança / Tanečná škola /")
    a("  Šokių studija / Dansskólinn Arabesque): term fees, costume deposits and replacement charges,")
    a("  exam entry fees, recital tickets. Customers are parents.")
    a("")
    a("The drafts imitate template output (formal, with legal footers), LLM rewrites (\"I hope this")
    a("message finds you well\", bold headings, bullet lists) and people's Slack-style edits")
    a("(lower case, emoji). Violations are phrased the hard ways: passives, conditionals, hints,")
    a("jokes, P.S. lines, table cells and footers. Allowed drafts sit close to a violation on")
    a("purpose. All companies, people, domains (`*.example`) and numbers are made up; the IBANs are")
    a("the published example IBANs of their countries' registries (the UK sort code and account")
    a("number are those inside the GB example IBAN), the card is the well-known test")
    a("number `5555 5555 5555 4444`.")
    a("")
    a("## Files")
    a("")
    a("| file | lines | format |")
    a("|---|---|---|")
    a("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard batch command |" % n)
    a("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}` in the same order |" % n)
    a("| `build.py` | | deterministic generator (stdlib only, seeded shuffle %d) |" % SEED)
    a("| `check.py` | | sanity checker, not part of the data |")
    a("")
    a("`allowed` is true exactly when `violations` is empty. `violations` are listed in the")
    a("contract's table order; compare them as a set. `note` starts with `[KEY, lang]`; the KEY")
    a("letter gives the group:")
    a("")
    a("| letter | group | drafts |")
    a("|---|---|---|")
    groups = [("A", "allowed, plain reminder"), ("N", "allowed, near-miss on purpose")] + \
             [(LETTER[v], "only `%s`" % v) for v in ORDER] + [("M", "two violations")]
    for letter, desc in groups:
        cnt = sum(1 for it in items if it["key"][0] == letter)
        a("| %s | %s | %d |" % (letter, desc, cnt))
    a("")
    a("## Counts")
    a("")
    a("| violation | drafts carrying it |")
    a("|---|---|")
    for v in ORDER:
        a("| `%s` | %d |" % (v, sum(1 for it in items if v in it["violations"])))
    a("")
    a("| lang | drafts | allowed | violating |")
    a("|---|---|---|---|")
    for lg in LANGS:
        sub = [it for it in items if it["lang"] == lg]
        ok = sum(1 for it in sub if not it["violations"])
        a("| %s (%s) | %d | %d | %d |" % (lg, LANGS[lg], len(sub), ok, len(sub) - ok))
    a("| total | %d | %d | %d |" % (n, len(allowed), len(viol)))
    a("")
    a("Violations per language:")
    a("")
    a("| lang | " + " | ".join("`%s`" % v for v in ORDER) + " |")
    a("|---|" + "---|" * len(ORDER))
    for lg in LANGS:
        row = [sum(1 for it in items if it["lang"] == lg and v in it["violations"]) for v in ORDER]
        a("| %s | " % lg + " | ".join(str(x) for x in row) + " |")
    a("")
    a("## Conventions where the contract is silent")
    a("")
    for line in CONVENTIONS:
        a(line)
    a("")
    a("## Boundary labels (change label and note together if the product owner disagrees)")
    a("")
    for it in sorted(items, key=lambda x: x["id"]):
        if it["boundary"]:
            a("- %s (%s, %s): %s" % (it["id"], it["lang"],
                                     ", ".join(it["violations"]) or "allowed", it["boundary"]))
    a("")
    a("## Multi-violation drafts")
    a("")
    for it in sorted(multi, key=lambda x: x["id"]):
        a("- %s (%s): %s" % (it["id"], it["lang"], ", ".join("`%s`" % v for v in it["violations"])))
    a("")
    return "\n".join(L)


CONVENTIONS = [
    "- **Bank details are always `sensitive_data`** when a full number is typed in, whoever owns it:",
    "  our own IBAN in a footer, our own UK sort code plus account number, an Icelandic",
    "  bank-ledger-account number, and (of course) an announcement of \"new bank details\". A masked",
    "  IBAN (`DE89 **** **** **** **30 00`), a mandate \"ending 7712\" and \"tarjeta terminada en 4444\" are fine.",
    "  Company register entries (HRB, RCS, KvK, IČO, P.IVA, VAT numbers, the Icelandic company",
    "  `kt.`), invoice, agreement and credit-note numbers and the Slovak `variabilný symbol` are",
    "  not sensitive.",
    "- **Another customer's affairs** are `sensitive_data` even when the news is good (\"the Okafor",
    "  family have paid every term on time\", \"le collège Jean-Moulin a régularisé ses arriérés\"). An",
    "  unnamed \"another school\" or \"the only girl in Grade 2 whose fees are unpaid\" names nobody,",
    "  so it is not sensitive (the latter is still shaming, `harassment`).",
    "- **Legal threats count in any position and any tone**: in a P.S., in a footer (\"unpaid claims",
    "  are passed to a collection agency and our lawyer\"), as a joke (\"our lawyer would love a day",
    "  at the small claims court\") or as a hint (\"we would rather not have to settle this through",
    "  the court\").",
    "- **Ordinary words that sound close are allowed**: \"Collections team\", \"collect the laptops\"",
    "  (courier pickup), Court Street, the Court Theatre (recital venue), Sue (a colleague),",
    "  \"Mahnung\", \"sollecito\", \"upomienka\", \"Forderungsmanagement\", \"service recouvrement\",",
    "  \"departamento de cobros\", \"equipa de cobranças\", \"innheimtudeild okkar\" (our own",
    "  teams), a commercial-register court in a legal footer (Amtsgericht, Mestský súd), and the",
    "  French stock phrase \"Sauf erreur de notre part\" (not an admission of error).",
    "- **Stated business consequences under existing terms are allowed** (as in the samples' credit",
    "  hold): only paid exam entries are submitted, unpaid reserved recital tickets go back on sale,",
    "  rental continues until leased equipment is returned. Shaming a child or parent, or telling a",
    "  family not to bring the child back, is `harassment`.",
    "- **Restating what is already agreed is allowed**: the sibling discount already on the",
    "  invoice, the buy-out / residual value in the lease schedule, statutory late-payment penalties",
    "  and the French 40 € recovery fee, contractual default interest, a credit note that was",
    "  already issued and applied.",
    "- **A conditional promise is a promise**: \"once the courier confirms..., we'll issue a credit",
    "  note\" is `refund_or_credit_promise`. A refund for missed lessons is a refund promise even",
    "  without any fault.",
    "- **Waivers and reductions tied to a deadline are `discount_offer` only**; the deadline of the",
    "  offer is not a `terms_change`. Agreeing instalments, moving a due date or changing 30-day to",
    "  60-day terms is `terms_change`; with waived interest it is both.",
    "- **Sympathy is not fault** (\"sorry to hear\", \"ci dispiace\", \"Lamentamos saber\"); fault needs",
    "  \"our mistake\", \"the error was ours\", \"we are liable\", or a passive admission (\"ein Fehler",
    "  ist passiert\").",
    "- Recording the customer's own promised date (with the terms stated as unchanged), passing a",
    "  plan or refund request to a named person, and pausing reminders on disputed lines are allowed.",
]


def main():
    for name, text in render().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote", ", ".join(sorted(render())))


if __name__ == "__main__":
    main()
