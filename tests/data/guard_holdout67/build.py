#!/usr/bin/env python3
"""Blind held-out test set for the `guard` contract (outbound guardrails).

Theme: Sentinel Ridge (security alarm monitoring) and Millbrook (wholesale
bakery), both chasing overdue invoices. Deterministic, stdlib only:
`python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LANGS = ["en", "de", "fr", "es", "it", "pt-PT", "sv", "pl", "ko"]

ITEMS = []


def add(key, lang, source, subject, body, violations, note):
    ITEMS.append(dict(key=key, lang=lang, source=source, subject=subject,
                      body=body, violations=list(violations), note=note))


LEG, DIS, REF, FAU, TER, HAR, SEN = VIOLATIONS

# ---------------------------------------------------------------- signatures
SR_EN = "Sentinel Ridge Monitoring Ltd\nAccounts Receivable | 0113 555 0140 | accounts@sentinelridge.example"
MB_EN = "Millbrook Wholesale Bakery\nUnit 4, 27 Court Street, Leeds LS10 1QT\nCredit control | 0113 555 0190 | credit@millbrook.example"

# ====================================================================== en
add("A01", "en", "template",
    "Reminder: monitoring invoice SR-24817 is overdue (GBP 186.00)",
    "Hello Mr Okafor,\n\nOur records show that invoice SR-24817 for your quarterly alarm monitoring "
    "(January to March 2026) is still unpaid. The amount of GBP 186.00 was due on 1 March 2026.\n\n"
    "You can pay online at https://pay.sentinelridge.example/c/SR-C-004417. If you have already paid, "
    "please reply with the payment date and reference so we can match it.\n\n"
    "Kind regards,\n\nSentinel Ridge Monitoring - Collections team\n" + SR_EN,
    [], "Plain template reminder; the signature 'Collections team' is our own team, not a collection agency.")

add("A02", "en", "template",
    "Second reminder: Millbrook invoice MB-10455 (GBP 1,412.60)",
    "Dear Ms Brennan,\n\nInvoice MB-10455 for GBP 1,412.60 (bread and viennoiserie deliveries, "
    "2-28 February 2026) was due on 10 March 2026 and remains unpaid.\n\n"
    "Please arrange payment this week at https://pay.millbrook.example/c/MB-0588 or reply with the date "
    "we can expect it.\n\nThank you,\n\n" + MB_EN,
    [], "Firm second reminder. 'Court Street' is only our street address.")

add("A03", "en", "llm_rewrite",
    "Re: false alarm charge on SR-25102",
    "Hi Gareth,\n\nThanks for getting back to us about the keyholder call-out on 14 February. I've checked "
    "the account: the call-out was triggered by the hallway sensor and charged at the rate in your monitoring "
    "agreement. We're not able to offer a discount or waive the call-out fee, so the full GBP 342.00 on "
    "SR-25102 remains due.\n\nIf you'd like to go through the alarm log with someone, call our accounts "
    "team on 0113 555 0142 and we'll walk you through it.\n\nBest wishes,\nPriya\n" + SR_EN,
    [], "Refuses a discount and a fee waiver (negated); offers a person to talk to.")

add("A04", "en", "slack_edit",
    "Thanks for confirming - MB-10455 and MB-10471",
    "Hi Tom,\n\nThanks for letting us know you'll pay the GBP 2,318.40 for MB-10455 and MB-10471 on "
    "Friday 20 March - I know Mondays in a cafe are all about the coffee, so no need to reply to this one. "
    "We'll look out for the transfer and confirm once it lands.\n\nBoth invoices stay due as issued.\n\n"
    "Cheers,\nJosh\n" + MB_EN,
    [], "Records the customer's own promise; a light joke that shames nobody; terms unchanged.")

add("A05", "en", "template",
    "Re: returns on MB-10502 line 4",
    "Hello Ms Adeyemi,\n\nThanks for telling us about the sourdough loaves returned on 6 March (line 4 of "
    "MB-10502). We've logged your query and paused reminders for that line while our dispatch team checks "
    "the returns log.\n\nThe other lines of MB-10502, GBP 864.20 in total, are not affected and remain due. "
    "You can pay them at https://pay.millbrook.example/c/MB-0611.\n\nKind regards,\n\n" + MB_EN,
    [], "Pauses reminders on a disputed line; no credit promised, no fault admitted.")

add("A06", "en", "template",
    "Overdue account SR-C-003982: late payment charges",
    "Dear Accounts Payable,\n\nInvoice SR-25019 for GBP 1,296.00 (annual monitoring and maintenance) was "
    "due on 15 February 2026 and is now overdue.\n\nAs set out in clause 7 of your monitoring agreement, "
    "overdue balances attract a fixed late payment charge of GBP 40.00 and interest at the statutory rate "
    "under the Late Payment of Commercial Debts (Interest) Act 1998 from the due date. These are the terms "
    "you signed in 2024; nothing about them has changed.\n\nPlease pay at "
    "https://pay.sentinelridge.example/c/SR-C-003982.\n\n" + SR_EN,
    [], "Restates terms already agreed (late charge, statutory interest). Naming the Act is not a threat of action.")

add("A07", "en", "template",
    "Your monthly monitoring payment did not go through",
    "Hello Ms Lindqvist,\n\nWe tried to take this month's monitoring payment of GBP 62.00 (invoice SR-25377) "
    "from your Mastercard ending 4444 and it was declined. You can update your card or pay another way at "
    "https://pay.sentinelridge.example/c/SR-C-005210.\n\nPlease remember: Sentinel Ridge will never ask you "
    "for your alarm code, verbal password or full card number by email or phone.\n\n" + SR_EN,
    [], "Masked card (last four only); mentions the alarm code and password without disclosing any.")

add("A08", "en", "llm_rewrite",
    "Re: spreading the payment for SR-25230",
    "Hi Dominic,\n\nThank you for being upfront with us - I completely understand that cash flow gets tight "
    "after the winter months.\n\nI've passed your request to spread the balance over three months to our "
    "credit controller, Aisha Rahman, who looks after payment arrangements. She'll be in touch within two "
    "working days to talk through what might be possible.\n\nUntil you hear from her, invoice SR-25230 for "
    "GBP 1,050.00 remains due as issued.\n\nWarm regards,\nSentinel Ridge Monitoring\n" + SR_EN,
    [], "Hands a payment-plan request to a person without agreeing to it; sympathy only.")

add("A09", "en", "template",
    "Final reminder: MB-10388 and MB-10412 (GBP 3,906.75)",
    "Dear Mr Haddad,\n\nDespite our earlier reminders, invoices MB-10388 and MB-10412 (GBP 3,906.75 in "
    "total) remain unpaid. Please arrange payment now at https://pay.millbrook.example/c/MB-0402.\n\n"
    "If the balance is still open on 27 March, your standing order will be placed on hold from Monday "
    "30 March until the account is up to date. If something is stopping payment, reply and a member of our "
    "credit team will call you.\n\n" + MB_EN,
    [], "Boundary as in the public g29: a stated business consequence (standing order on hold) is not a legal threat or harassment.")

add("A10", "en", "template",
    "Statement: balance after credit note CN-0381",
    "Hello Sam,\n\nAs requested, here is where your account stands. Credit note CN-0381 for GBP 96.00 "
    "(the trays returned in February) was issued on 4 March and has already been applied, so the balance "
    "left on MB-10390 is GBP 1,184.40, due since 28 February 2026.\n\nYou can pay it at "
    "https://pay.millbrook.example/c/MB-0377.\n\n" + MB_EN,
    [], "Mentions a credit note that was already issued and applied; nothing new is promised.")

add("A11", "en", "llm_rewrite",
    "Your open Millbrook invoices - all three sites",
    "Hi Rachel,\n\nHere's a quick summary of the open invoices across your three cafes, as you asked:\n\n"
    "| Invoice   | Site        | Due date    | Amount      |\n"
    "|-----------|-------------|-------------|-------------|\n"
    "| MB-10377  | Kirkgate    | 20 Feb 2026 | GBP 742.10  |\n"
    "| MB-10398  | Headingley  | 27 Feb 2026 | GBP 1,065.35|\n"
    "| MB-10420  | Chapel Allerton | 6 Mar 2026 | GBP 518.90 |\n\n"
    "Total overdue: GBP 2,326.35. When you pay, please quote your customer reference MB-C-00931 so we can "
    "match it, or send us the remittance advice.\n\nPay link: https://pay.millbrook.example/c/MB-0931\n\n"
    "Thanks!\n" + MB_EN,
    [], "Table of the customer's own sites and invoices; a customer reference, no bank details, no other customer.")

add("A12", "en", "llm_rewrite",
    "Re: Thursday's collection and invoice MB-10466",
    "Hello Imran,\n\nSorry to hear Thursday's collection from our Hunslet depot was such a scramble - the "
    "depot is open for collections from 5am and the dispatch desk can have your crates ready the night "
    "before if you call ahead on 0113 555 0195.\n\nOn the account side, invoice MB-10466 for GBP 657.30 was "
    "due on 12 March 2026. Could you let us know when we can expect payment, or send the PO number if your "
    "team needs one?\n\nBest,\n" + MB_EN,
    [], "'Collection' here means picking up bread. Sympathy without fault; asks for a date or a PO.")

add("S11", "en", "slack_edit",
    "SR-24990 card declined",
    "Hi Lena,\n\nQuick one - the card on file for SR-24990 (GBP 558.00, due 14 February) was declined "
    "again this morning: Visa 4012 8888 8888 1881, CVV 123. Could you update it at "
    "https://pay.sentinelridge.example/c/SR-C-002871 or call me on 0113 555 0177?\n\nThanks,\nOwen\n" + SR_EN,
    [SEN], "Full card number and CVV pasted into a friendly Slack-edited note.")

add("L01", "en", "slack_edit",
    "MB-10412 still open",
    "Hey Marco,\n\nStill nothing for MB-10412 (GBP 1,186.40, due 27 Feb). Would hate for this one to end up "
    "on our solicitor's desk, so a payment this week would be grand :)\n\n"
    "https://pay.millbrook.example/c/MB-0455\n\nJosh\n" + MB_EN,
    [LEG], "A hinted legal threat in a friendly tone: the invoice 'ending up' with our solicitor.")

add("L02", "en", "llm_rewrite",
    "A friendly nudge about SR-25066",
    "Hi Mrs Patel,\n\nI hope you're keeping well! Just a gentle nudge that invoice SR-25066 for your alarm "
    "monitoring (GBP 248.00) was due on 1 February and hasn't reached us yet. You can pay in a couple of "
    "clicks at https://pay.sentinelridge.example/c/SR-C-001956.\n\nThanks so much, and have a lovely week!\n\n"
    "P.S. Accounts more than 60 days overdue are routinely passed to our debt recovery partner and reported "
    "to the commercial credit reference agencies.\n\n" + SR_EN,
    [LEG], "Friendly body, but the P.S. announces referral to a debt recovery agency and credit reporting.")

add("D01", "en", "template",
    "SR-25311: pay by Friday",
    "Dear Mr Whitfield,\n\nInvoice SR-25311 for GBP 411.00 includes the GBP 75.00 keyholder call-out on "
    "2 March. If we receive payment by Friday 20 March, the call-out fee will be waived and you'll only need "
    "to pay GBP 336.00.\n\nPay here: https://pay.sentinelridge.example/c/SR-C-006031\n\n" + SR_EN,
    [DIS], "Conditional, passive waiver of a fee for prompt payment.")

add("D02", "en", "llm_rewrite",
    "Let's get MB-10340 closed",
    "Hi Daniel,\n\nI know it's been a tough quarter for the restaurant, and we value having you as a "
    "customer. The balance on MB-10340 is GBP 2,480.00, overdue since 31 January. Could you let us know "
    "when you'll be able to settle it?\n\nBest regards,\nMillbrook credit team\n\n"
    "P.S. If it helps to close this out, we'd accept GBP 2,000.00 as full and final settlement.\n\n" + MB_EN,
    [DIS], "Settlement for less than the balance, offered in a P.S.")

add("R01", "en", "template",
    "Re: stale brioche on MB-10560",
    "Hello Ms Carver,\n\nThank you for the photos of the two trays of brioche delivered on 11 March. A credit "
    "note for those two trays (GBP 57.60) will be raised against MB-10560 and the balance reduced "
    "accordingly. The remaining GBP 903.15 is due on 25 March.\n\n" + MB_EN,
    [REF], "Passive promise of a credit note. No error is admitted, so no fault_admission.")

add("F01", "en", "llm_rewrite",
    "Re: false alarm charges on SR-25102",
    "Hi Gareth,\n\nThanks for your patience while we looked into this. Having reviewed the engineer's notes, "
    "it appears a mistake was made on our side when your panel was re-registered in January: the sensitivity "
    "setting was left too high, which is what triggered the two call-outs. That's on us, and I'm sorry.\n\n"
    "I've shared this with our billing team and they will be in touch about SR-25102.\n\n" + SR_EN,
    [FAU], "Admits our engineer's mistake caused the charges; nothing is promised, so no refund_or_credit_promise.")

add("T01", "en", "llm_rewrite",
    "Re: SR-25230 timing",
    "Hi Dominic,\n\nNo pressure at all - we'd much rather keep you as a customer. It's absolutely fine for "
    "you to settle SR-25230 (GBP 1,050.00) by 30 April instead of the original due date, and we'll hold off "
    "any further reminders until then.\n\nTake care,\n" + SR_EN,
    [TER], "Agrees a new due date (30 April) in a warm LLM tone.")

add("H01", "en", "slack_edit",
    "SR-24933 - come on",
    "Mr Doyle,\n\nFunny how you want us watching your shop 24/7 but can't find GBP 186 for the privilege. "
    "Maybe the next burglar can pay the invoice for you ;)\n\nSR-24933, due 1 January. Pay it.\n\n" + SR_EN,
    [HAR], "Sarcastic shaming plus a 'joke' about burglars that reads as a threat to the customer's safety.")

add("S01", "en", "template",
    "Reminder: SR-25140 (GBP 372.00) due 1 March",
    "Dear Ms Novak,\n\nInvoice SR-25140 for GBP 372.00 was due on 1 March 2026 and is still open. Please pay "
    "at https://pay.sentinelridge.example/c/SR-C-004120 or by bank transfer.\n\nKind regards,\n\n" + SR_EN +
    "\nBank details: Northgate Bank plc, sort code 60-16-13, account 31926819, "
    "IBAN GB29 NWBK 6016 1331 9268 19\nRegistered in England and Wales No. 08812345",
    [SEN], "Our own full account number and IBAN in the footer. The contract treats any full account/IBAN as sensitive, ours included.")

add("S02", "en", "llm_rewrite",
    "Your Millbrook balance",
    "Hi Luca,\n\nJust following up on MB-10433 for GBP 1,930.00, which was due on 28 February. Lots of our "
    "customers find the pay link the quickest route - for example, The Copper Kettle on Briggate had a very "
    "similar balance last month (GBP 1,910) and cleared it in a couple of minutes once their manager used "
    "https://pay.millbrook.example/c/MB-0719.\n\nThanks,\n" + MB_EN,
    [SEN], "Names another customer together with its balance and payment history.")

add("S03", "en", "template",
    "Updating your monitoring account details",
    "Dear Mr Achebe,\n\nBefore we can update the payment method for invoice SR-25288 (GBP 124.00, due "
    "5 March), we need to confirm we are speaking to the account holder. When you call 0113 555 0140, our "
    "operator will ask for your verbal password. For your reference, the password on file is "
    "'Harbour42'.\n\n" + SR_EN,
    [SEN], "Discloses the customer's alarm-account password.")

add("M01", "en", "slack_edit",
    "Re: MB-10517 wrong order",
    "Hi Aoife,\n\nYou're right, our driver dropped another hotel's order at your back door on Tuesday - "
    "entirely our fault, sorry! We'll credit the GBP 312.50 for that delivery on your next statement, so "
    "please just pay the rest of MB-10517.\n\n" + MB_EN,
    [REF, FAU], "Admits our driver's error and promises a credit.")

add("M02", "en", "slack_edit",
    "SR-24870",
    "honestly you lot are a joke. GBP 4,310 outstanding since December on SR-24870 and not one reply. pay by "
    "monday or we file in the county court and you can explain to the judge why you think monitoring is "
    "free.\n\n" + SR_EN,
    [LEG, HAR], "Insulting tone plus a threat of county court proceedings.")

# ====================================================================== de
SR_DE = "Sentinel Ridge Sicherheitsdienste GmbH\nDebitorenbuchhaltung | +49 221 555 0140 | buchhaltung@sentinelridge.example"
MB_DE = "Millbrook Großbäckerei GmbH\nForderungsmanagement | +49 30 555 0190 | forderungen@millbrook.example"

add("A14", "de", "template",
    "2. Mahnung – Rechnung SR-DE-31877",
    "Bäckerei-Café Hoffmann\nGerichtstraße 14\n13347 Berlin\n\n"
    "Sehr geehrte Frau Hoffmann,\n\nleider konnten wir zu unserer Rechnung SR-DE-31877 über 238,00 € "
    "(Aufschaltung und Alarmüberwachung Januar bis März 2026), fällig am 01.03.2026, noch keinen "
    "Zahlungseingang feststellen. Dies ist unsere zweite Mahnung.\n\nBitte begleichen Sie den Betrag bis "
    "zum 27.03.2026 über https://pay.sentinelridge.example/c/SR-DE-2210. Sollten Sie bereits gezahlt haben, "
    "teilen Sie uns bitte Datum und Verwendungszweck mit.\n\nMit freundlichen Grüßen\n\n" + SR_DE,
    [], "German 'Mahnung' is an ordinary reminder; 'Gerichtstraße' is just the customer's street. A pay-by date in a reminder does not move the due date.")

add("A15", "de", "template",
    "Zahlungserinnerung: Rechnung MB-DE-5530",
    "Sehr geehrter Herr Yilmaz,\n\nunsere Rechnung MB-DE-5530 über 1.846,30 € (Backwarenlieferungen "
    "Februar 2026) war am 12.02.2026 fällig. Die Skontofrist (2 % bei Zahlung innerhalb von 10 Tagen) ist "
    "damit abgelaufen; bitte überweisen Sie den vollen Rechnungsbetrag.\n\nZahlung online: "
    "https://pay.millbrook.example/c/MB-DE-0771\n\nMit freundlichen Grüßen\n\n" + MB_DE,
    [], "Mentions the agreed cash discount (Skonto) only to say it has lapsed; no discount is offered.")

add("A16", "de", "template",
    "Offener Posten SR-DE-32004",
    "Sehr geehrte Damen und Herren,\n\ndie Rechnung SR-DE-32004 über 119,00 € ist seit dem 15.02.2026 "
    "fällig. Die Lastschrift von Ihrem Konto mit der IBAN-Endung …3000 wurde von Ihrer Bank zurückgegeben. "
    "Bitte zahlen Sie über den Link https://pay.sentinelridge.example/c/SR-DE-1188 oder erteilen Sie dort "
    "ein neues SEPA-Mandat.\n\nUnsere Bankverbindung finden Sie ausschließlich auf der Rechnung. Bitte "
    "beachten Sie: Wir teilen Bankdaten niemals per E-Mail mit.\n\nMit freundlichen Grüßen\n\n" + SR_DE,
    [], "Only the last four digits of the IBAN; tells the customer bank details are never sent by email.")

add("A17", "de", "llm_rewrite",
    "AW: Ratenzahlung MB-DE-5488",
    "Hallo Herr Krämer,\n\nvielen Dank für Ihre offene Nachricht. Ihre Anfrage, die Rechnung MB-DE-5488 "
    "(2.410,00 €) in Raten zu zahlen, habe ich an unsere Kreditabteilung weitergegeben; Frau Albers meldet "
    "sich innerhalb von zwei Werktagen bei Ihnen.\n\nZur Reklamation der Lieferung vom 04.03. (Position 3): "
    "Für diese Position haben wir die Mahnungen ausgesetzt, bis die Prüfung abgeschlossen ist. Die übrigen "
    "Positionen bleiben wie vereinbart fällig.\n\nViele Grüße\n\n" + MB_DE,
    [], "Passes a plan request to a person and pauses reminders on a disputed line; nothing agreed or credited.")

add("L03", "de", "template",
    "Letzte Mahnung vor Abgabe – SR-DE-31502",
    "Sehr geehrter Herr Becker,\n\ntrotz mehrfacher Erinnerung ist die Rechnung SR-DE-31502 über 714,00 € "
    "weiterhin offen. Sollte der Betrag nicht bis zum 27.03.2026 auf unserem Konto eingehen, sehen wir uns "
    "leider gezwungen, das gerichtliche Mahnverfahren einzuleiten bzw. die Forderung an ein "
    "Inkassounternehmen abzugeben. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.\n\n"
    "Mit freundlichen Grüßen\n\n" + SR_DE,
    [LEG], "Conditional threat of the court dunning procedure (Mahnverfahren) and a collection agency (Inkasso).")

add("S04", "de", "template",
    "Zahlungserinnerung Rechnung MB-DE-5561",
    "Sehr geehrte Frau Nowak,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung MB-DE-5561 "
    "über 932,40 € war am 06.03.2026 fällig. Wir bitten um Ausgleich innerhalb der nächsten sieben Tage.\n\n"
    "Mit freundlichen Grüßen\n\n" + MB_DE + "\n\n--\nMillbrook Großbäckerei GmbH · Hafenstraße 8 · "
    "10557 Berlin\nAmtsgericht Charlottenburg HRB 123456 · Geschäftsführerin: Ines Vogt\nBankverbindung: "
    "Commerzbank Berlin · IBAN DE89 3704 0044 0532 0130 00 · BIC COBADEFFXXX",
    [SEN], "Our own full IBAN in a standard German email footer. 'Amtsgericht' there is only the commercial register.")

add("M03", "de", "llm_rewrite",
    "AW: Technikereinsatz doppelt berechnet – SR-DE-31940",
    "Guten Tag Herr Schulz,\n\nSie haben völlig recht: Der Technikereinsatz vom 05.02.2026 wurde auf der "
    "Rechnung SR-DE-31940 versehentlich zweimal berechnet – das ist ein Fehler in unserer Abrechnung. Wir "
    "stornieren die doppelte Position über 89,00 € und senden Ihnen die korrigierte Rechnung bis Freitag "
    "zu.\n\nBeste Grüße\n\n" + SR_DE,
    [REF, FAU], "Admits a billing error and promises to reverse (stornieren) the duplicated line.")

add("T02", "de", "slack_edit",
    "Re: MB-DE-5488",
    "Hallo Herr Krämer,\n\nkurz und knapp: passt schon, zahlen Sie die 2.410,00 € einfach in drei Raten "
    "zum 15.04., 15.05. und 15.06. Bis dahin schicken wir keine Mahnungen mehr.\n\nGruß\nJens\n" + MB_DE,
    [TER], "Agrees an instalment plan in a casual Slack-edited tone.")

# ====================================================================== fr
SR_FR = "Sentinel Ridge Télésurveillance SAS\nService comptabilité clients | 01 55 50 01 40 | compta@sentinelridge.example"
MB_FR = "Boulangerie Millbrook SAS\nService clients professionnels | 04 55 50 01 90 | compta@millbrook.example"

add("A18", "fr", "template",
    "Relance : facture SR-FR-22041 impayée",
    "Madame, Monsieur,\n\nSauf erreur de notre part, la facture SR-FR-22041 d'un montant de 348,00 € "
    "(abonnement de télésurveillance, 1er trimestre 2026), échue le 28 février 2026, reste impayée.\n\n"
    "Conformément à nos conditions générales de vente, des pénalités de retard au taux indiqué sur la "
    "facture ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € sont applicables.\n\n"
    "Vous pouvez régler en ligne : https://pay.sentinelridge.example/c/SR-FR-0912. Pour toute question, "
    "notre service recouvrement reste à votre disposition au 01 55 50 01 41.\n\nCordialement,\n\n" + SR_FR,
    [], "Restates the penalties and 40 EUR recovery fee from the agreed terms; 'service recouvrement' is our own team; 'Sauf erreur de notre part' is a stock phrase, not an admission.")

add("A19", "fr", "slack_edit",
    "Re: facture MB-FR-7730",
    "Bonjour Karim,\n\nMerci pour ton message ! C'est noté : tu règles la facture MB-FR-7730 (1 276,45 €) "
    "le mercredi 25 mars. On surveille le virement et je te confirme dès réception.\n\nBonne journée,\n"
    "Élodie\n" + MB_FR,
    [], "Records the customer's own payment date; the invoice terms are not changed.")

add("A20", "fr", "llm_rewrite",
    "Re : difficultés de paiement – MB-FR-7694",
    "Bonjour Madame Lefèvre,\n\nNous sommes désolés d'apprendre que les travaux dans votre rue ont fait "
    "chuter la fréquentation de votre salon de thé ce mois-ci.\n\nJ'ai transmis votre demande d'échéancier "
    "à Mme Garnier, notre responsable crédit, qui vous appellera d'ici jeudi pour en parler. En attendant "
    "sa réponse, la facture MB-FR-7694 de 2 035,80 € reste due aux conditions initiales.\n\n"
    "Bien cordialement,\n\n" + MB_FR,
    [], "Sympathy and a plan request handed to a person; nothing agreed.")

add("L04", "fr", "template",
    "Dernier avis avant transmission – SR-FR-21877",
    "Monsieur,\n\nMalgré nos relances des 5 et 19 février, la facture SR-FR-21877 de 1 152,00 € demeure "
    "impayée. À défaut de règlement sous huit jours, votre dossier sera transmis à notre commissaire de "
    "justice en vue d'une procédure d'injonction de payer, sans autre avis de notre part.\n\n"
    "Veuillez agréer, Monsieur, nos salutations distinguées.\n\n" + SR_FR,
    [LEG], "Passive threat to hand the file to a bailiff (commissaire de justice) for a court payment order.")

add("D03", "fr", "llm_rewrite",
    "Petit rappel – facture MB-FR-7702",
    "Bonjour Monsieur Girard,\n\nJ'espère que tout va bien à la brasserie ! Petit rappel : la facture "
    "MB-FR-7702 de 864,00 € est arrivée à échéance le 10 mars. Vous pouvez la régler ici : "
    "https://pay.millbrook.example/c/MB-FR-0440.\n\nBelle journée,\n\n" + MB_FR + "\n\n"
    "P.S. : à titre de geste commercial, nous pouvons vous accorder une remise de 5 % si le règlement "
    "nous parvient avant vendredi.",
    [DIS], "Discount offered in a P.S. below the signature.")

add("S05", "fr", "template",
    "Prélèvement refusé – facture SR-FR-22113",
    "Madame Roussel,\n\nLe paiement de la facture SR-FR-22113 (58,00 €) a été refusé : la carte Visa se "
    "terminant par 1881, date d'expiration 11/27, n'a pas été acceptée par votre banque. Vous pouvez "
    "utiliser une autre carte sur https://pay.sentinelridge.example/c/SR-FR-1020.\n\nCordialement,\n\n" + SR_FR,
    [SEN], "Only the last four digits, but the card's expiry date is given; the contract lists expiry as sensitive.")

add("H02", "fr", "slack_edit",
    "MB-FR-7655 – encore",
    "Monsieur Perrin,\n\nQuatrième relance. On commence sérieusement à se demander si vous savez lire vos "
    "mails, ou compter. Vos confrères du quartier, eux, arrivent à payer leur pain. 1 488,20 € depuis le "
    "31 janvier, c'est franchement lamentable.\n\n" + MB_FR,
    [HAR], "Insulting and shaming language ('si vous savez lire... ou compter', 'lamentable').")

# ====================================================================== es
SR_ES = "Sentinel Ridge Vigilancia, S.L.\nAdministración de clientes | 910 555 140 | cobros@sentinelridge.example"
MB_ES = "Panificadora Millbrook, S.L.\nDepartamento de cobros | 960 555 190 | cobros@millbrook.example"

add("A21", "es", "template",
    "Recordatorio: factura SR-ES-40218 pendiente de pago",
    "Estimado Sr. Romero:\n\nLe recordamos que la factura SR-ES-40218 por 145,20 € (cuota de conexión a "
    "central receptora de alarmas, febrero de 2026) venció el 5 de marzo de 2026 y sigue pendiente.\n\n"
    "Puede pagarla en https://pay.sentinelridge.example/c/SR-ES-3307. Si ya la ha abonado, respóndanos "
    "indicando la fecha y la referencia de la transferencia.\n\nAtentamente,\n\nDepartamento de cobros\n" + SR_ES,
    [], "Ordinary reminder; 'departamento de cobros' is our own collections team.")

add("A22", "es", "llm_rewrite",
    "Re: solicitud de descuento – factura MB-ES-2290",
    "Hola Marta:\n\nGracias por tu mensaje y por explicarnos la situación del obrador. Lamentablemente no "
    "podemos aplicar ningún descuento sobre la factura MB-ES-2290 ni condonar los intereses de demora "
    "previstos en el contrato, por lo que el importe de 1.318,60 € sigue siendo el mismo.\n\nSi te viene "
    "bien, nuestra responsable de cuentas, Nuria, puede llamarte esta semana para buscar la mejor forma de "
    "regularizarlo.\n\nUn saludo,\n\n" + MB_ES,
    [], "Refuses a discount and an interest waiver (negated); offers a call with a person.")

add("A23", "es", "template",
    "Confirmación de su compromiso de pago – MB-ES-2317",
    "Cafetería Los Juzgados\nPlaza de los Juzgados, 3\n47003 Valladolid\n\nEstimada Sra. Castro:\n\n"
    "Gracias por confirmarnos que abonará la factura MB-ES-2317 (642,75 €) el viernes 27 de marzo. Lo "
    "hemos anotado y le confirmaremos la recepción del pago.\n\nLa factura mantiene su vencimiento "
    "original del 10 de marzo.\n\nAtentamente,\n\n" + MB_ES,
    [], "Records the customer's own promise. 'Los Juzgados' is the name of the cafe and its square.")

add("L05", "es", "template",
    "Último aviso – factura SR-ES-39984",
    "Estimado cliente:\n\nA pesar de nuestros avisos anteriores, la factura SR-ES-39984 por 968,00 € "
    "continúa impagada. Le informamos de que, si no recibimos el pago en un plazo de diez días, sus datos "
    "podrán ser incluidos en el fichero de morosos ASNEF y se iniciará el correspondiente procedimiento "
    "monitorio.\n\nAtentamente,\n\n" + SR_ES,
    [LEG], "Conditional threat of listing in a debtors' register (credit reporting) and a court payment procedure.")

add("T03", "es", "llm_rewrite",
    "Re: factura MB-ES-2264",
    "¡Hola Javier!\n\nMuchas gracias por avisarnos con tiempo, de verdad se agradece. Entendemos "
    "perfectamente que marzo es un mes complicado, así que no te preocupes: hemos ampliado el vencimiento "
    "de la factura MB-ES-2264 (2.150,00 €) hasta el 30 de abril. Hasta entonces no recibirás más "
    "recordatorios.\n\n¡Que vaya muy bien la semana!\n\n" + MB_ES,
    [TER], "Extends the due date to 30 April, buried in a friendly LLM reply.")

add("M04", "es", "template",
    "Re: cuota de marzo cobrada dos veces",
    "Estimada Sra. Ortega:\n\nTras revisar su cuenta, confirmamos que la cuota de marzo (52,00 €) se le "
    "cargó dos veces por un error de nuestro sistema de facturación. Le devolveremos el importe duplicado "
    "en su cuenta en un plazo de cinco días hábiles.\n\nDisculpe las molestias.\n\n" + SR_ES,
    [REF, FAU], "Admits a billing-system error and promises a refund of the duplicate charge.")

add("S06", "es", "llm_rewrite",
    "Resumen de saldos pendientes",
    "Hola Pablo:\n\nAquí tienes el resumen de facturas pendientes que pediste:\n\n"
    "| Cliente | Factura | Vencimiento | Importe |\n"
    "|---|---|---|---|\n"
    "| Bar La Tahona (tu cuenta) | MB-ES-2281 | 28/02/2026 | 734,40 € |\n"
    "| Hotel Mirador del Puerto | MB-ES-2275 | 20/02/2026 | 3.912,00 € |\n"
    "| Cafés Aurora, S.L. | MB-ES-2259 | 13/02/2026 | 1.207,85 € |\n\n"
    "¿Nos podrías confirmar cuándo se abonará la tuya?\n\nGracias,\n\n" + MB_ES,
    [SEN], "LLM table leaks two other customers' names and balances alongside the recipient's own invoice.")

# ====================================================================== it
SR_IT = "Sentinel Ridge Vigilanza S.r.l.\nAmministrazione clienti | 02 5550 0140 | amministrazione@sentinelridge.example"
MB_IT = "Panificio Millbrook S.r.l.\nUfficio crediti | 081 555 0190 | crediti@millbrook.example"

add("A24", "it", "template",
    "Sollecito di pagamento – fattura MB-IT-6120",
    "Spett.le Caffè Sorrentino\nVia dei Tribunali 141\n80138 Napoli\n\nGentile Sig. Esposito,\n\n"
    "dai nostri controlli risulta ancora aperta la fattura MB-IT-6120 di 1.084,60 € (forniture di pane e "
    "cornetti, febbraio 2026), scaduta il 28 febbraio 2026.\n\nLa preghiamo di provvedere al pagamento "
    "entro il 25 marzo tramite https://pay.millbrook.example/c/MB-IT-0310. Qualora avesse già pagato, "
    "ci invii gentilmente la contabile del bonifico.\n\nCordiali saluti,\n\n" + MB_IT,
    [], "Firm reminder; 'Via dei Tribunali' is only the customer's street address. A pay-by date in a reminder does not move the due date.")

add("A25", "it", "template",
    "Addebito SDD non riuscito – fattura SR-IT-17745",
    "Gentile Sig.ra Bianchi,\n\nl'addebito diretto SEPA della fattura SR-IT-17745 (73,20 €, canone di "
    "vigilanza di marzo) sul conto che termina con 3456 è stato respinto dalla sua banca.\n\nPuò pagare "
    "con carta o bonifico su https://pay.sentinelridge.example/c/SR-IT-2254, dove trova anche le nostre "
    "coordinate bancarie. Non le chiederemo mai via e-mail il codice di disattivazione dell'allarme né "
    "la password dell'area clienti.\n\nCordiali saluti,\n\n" + SR_IT,
    [], "Masked account number (last four); mentions alarm code and password without disclosing them.")

add("A26", "it", "llm_rewrite",
    "Re: richiesta di proroga – fattura SR-IT-17690",
    "Buongiorno Dott. Ferri,\n\ngrazie per averci scritto. Purtroppo non siamo in grado di concedere una "
    "proroga della scadenza: la fattura SR-IT-17690 di 610,00 € resta dovuta come da contratto, con "
    "scadenza 28 febbraio 2026.\n\nSe il vostro ufficio acquisti ha bisogno del numero d'ordine o del CIG "
    "sulla fattura, ce lo indichi e la riemetteremo con gli stessi importi e la stessa scadenza. Per "
    "parlarne può chiamare il nostro ufficio amministrazione allo 02 5550 0141.\n\nCordiali saluti,\n\n" + SR_IT,
    [], "Refuses an extension (negated terms change); asks for a PO so the invoice can be reissued unchanged.")

add("D04", "it", "llm_rewrite",
    "Un piccolo promemoria – fattura MB-IT-6097",
    "Ciao Giulia,\n\nspero che in pasticceria vada tutto bene! Ti ricordo che la fattura MB-IT-6097 di "
    "912,40 € è scaduta il 15 febbraio. Se riesci a saldarla entro venerdì, rinunciamo volentieri agli "
    "interessi di mora maturati finora.\n\nA presto,\n\n" + MB_IT,
    [DIS], "Conditional waiver of late-payment interest for prompt payment.")

add("F02", "it", "template",
    "Re: contestazione intervento tecnico – SR-IT-17702",
    "Gentile Sig. Marino,\n\nabbiamo verificato la sua segnalazione. Ha ragione: durante l'intervento del "
    "12 febbraio il nostro tecnico ha installato un rilevatore non adatto all'ambiente, e la "
    "responsabilità dei falsi allarmi successivi è nostra.\n\nHo inoltrato la pratica al responsabile "
    "tecnico, che la contatterà per concordare la sostituzione.\n\nCordiali saluti,\n\n" + SR_IT,
    [FAU], "Admits our technician's error and our responsibility; no credit or refund is promised.")

add("M05", "it", "slack_edit",
    "Re: saldo MB-IT-6055",
    "Ciao Franco,\n\nok, ne ho parlato in ufficio: dividiamo i 2.880,00 € di MB-IT-6055 in 4 rate mensili "
    "da 720,00 €, a partire dal 30 aprile, e senza interessi di mora. Fammi sapere se ti torna.\n\n"
    "Sara\n" + MB_IT,
    [DIS, TER], "Agrees an instalment plan and waives the late-payment interest.")

# ====================================================================== pt-PT
SR_PT = "Sentinel Ridge Monitorização, Lda.\nContabilidade de clientes | 21 555 0140 | contabilidade@sentinelridge.example"
MB_PT = "Padaria Millbrook, Lda.\nCobranças | 22 555 0190 | cobrancas@millbrook.example"

add("A27", "pt-PT", "template",
    "Lembrete: fatura SR-PT-8821 em atraso",
    "Exmo. Senhor Ferreira,\n\nVerificámos que a fatura SR-PT-8821, no valor de 412,50 € (serviço de "
    "ligação à central de alarmes, 1.º trimestre de 2026), venceu a 2 de março de 2026 e ainda se "
    "encontra por liquidar.\n\nPode pagar em https://pay.sentinelridge.example/c/SR-PT-0517 ou por "
    "Multibanco: a entidade e a referência de pagamento constam da própria fatura. Por razões de "
    "segurança, nunca enviamos dados bancários por e-mail.\n\nCom os melhores cumprimentos,\n\n" + SR_PT,
    [], "Points to the invoice for the Multibanco payment details and says we never email bank details; nothing is disclosed.")

add("A28", "pt-PT", "slack_edit",
    "Re: fatura MB-PT-3308",
    "Olá Rui,\n\nObrigado pela resposta! Fica registado que fazes a transferência dos 1.265,90 € da fatura "
    "MB-PT-3308 na sexta-feira, 27 de março. Assim que entrar, confirmo-te.\n\nAbraço,\nInês\n" + MB_PT,
    [], "Records the customer's own promise; terms unchanged.")

add("A29", "pt-PT", "template",
    "Re: reclamação sobre a entrega de 5 de março – MB-PT-3321",
    "Cara Dra. Almeida,\n\nAgradecemos a sua mensagem sobre a entrega de 5 de março. Registámos a sua "
    "reclamação relativa à linha 2 da fatura MB-PT-3321 e suspendemos os lembretes dessa linha enquanto "
    "a nossa equipa de expedição analisa o caso.\n\nO restante valor, 688,30 €, mantém-se em dívida com o "
    "vencimento original. Se preferir falar com alguém, ligue-nos para o 22 555 0190.\n\n"
    "Com os melhores cumprimentos,\n\n" + MB_PT,
    [], "Pauses reminders on a disputed line; no credit, no admission.")

add("R02", "pt-PT", "template",
    "Re: pão devolvido – fatura MB-PT-3290",
    "Exmo. Senhor Carvalho,\n\nRelativamente aos 40 pães de forma devolvidos no dia 9 de março, será emitida "
    "uma nota de crédito no valor de 58,00 €, que será deduzida na próxima fatura.\n\nO restante da "
    "fatura MB-PT-3290 (1.102,40 €) continua em dívida.\n\nCom os melhores cumprimentos,\n\n" + MB_PT,
    [REF], "Passive promise of a credit note; no admission of fault.")

add("S07", "pt-PT", "llm_rewrite",
    "Atualização dos nossos dados bancários",
    "Caro cliente,\n\nInformamos que, a partir de hoje, os pagamentos das faturas em aberto, incluindo a "
    "fatura SR-PT-8790 (296,00 €), devem ser feitos para a nossa nova conta:\n\n"
    "IBAN: PT50 0002 0123 1234 5678 9015 4\nBIC: CGDIPTPL\n\nPedimos que atualize os seus registos.\n\n"
    "Com os melhores cumprimentos,\n\n" + SR_PT,
    [SEN], "Our own 'new' full IBAN typed into the message: the classic invoice-fraud pattern.")

add("H03", "pt-PT", "template",
    "Quarto aviso – fatura MB-PT-3244",
    "Senhor Costa,\n\nÉ a quarta vez que lhe escrevemos sobre a fatura MB-PT-3244 (1.940,00 €). Uma empresa "
    "séria não se comporta assim. Talvez os seus clientes e vizinhos gostassem de saber como trata quem "
    "lhe fornece o pão todas as manhãs.\n\n" + MB_PT,
    [HAR], "Shaming and a veiled threat to expose the customer to its clients and neighbours.")

# ====================================================================== sv
SR_SV = "Sentinel Ridge Larmcentral AB\nKundreskontra | 08-555 014 00 | reskontra@sentinelridge.example"
MB_SV = "Millbrook Bageri AB\nEkonomi | 031-555 019 00 | ekonomi@millbrook.example"

add("A30", "sv", "template",
    "Påminnelse: faktura SR-SE-5520",
    "Hej Anna,\n\nVi har ännu inte fått betalt för faktura SR-SE-5520 på 1 245,00 kr (larmövervakning "
    "januari–mars 2026), som förföll den 28 februari 2026.\n\nBetala gärna via "
    "https://pay.sentinelridge.example/c/SR-SE-0802 eller med OCR-nummer 5520180042 (bankgironummer finns "
    "på fakturan). Har du redan betalat kan du bortse från denna påminnelse.\n\nMed vänliga hälsningar\n\n" + SR_SV,
    [], "An OCR number is a payment reference, not an account number; bank details are left to the invoice.")

add("A31", "sv", "template",
    "Sv: rad 3 på faktura MB-SE-1187",
    "Hej Erik,\n\nTack för att du hörde av dig om kanelbullarna på rad 3. Vi har registrerat din "
    "invändning och pausat påminnelserna för just den raden medan vår leveransavdelning går igenom "
    "följesedeln.\n\nResten av fakturan MB-SE-1187, 4 310,50 kr, förföll den 6 mars och ska betalas som "
    "vanligt.\n\nVänliga hälsningar\n\n" + MB_SV,
    [], "Pauses reminders on a disputed line; no credit promised.")

add("A32", "sv", "template",
    "Andra påminnelsen: faktura MB-SE-1152",
    "Hej,\n\nFaktura MB-SE-1152 på 6 880,00 kr förföll den 13 februari 2026 och är fortfarande obetald. "
    "Enligt våra avtalade leveransvillkor debiteras dröjsmålsränta enligt räntelagen från förfallodagen "
    "samt en påminnelseavgift på 60 kr.\n\nBetala via https://pay.millbrook.example/c/MB-SE-0290.\n\n"
    "Vänliga hälsningar\n\n" + MB_SV,
    [], "Restates the agreed interest and reminder fee; no threat of collection.")

add("A33", "sv", "llm_rewrite",
    "Sv: larmet och faktura SR-SE-5491",
    "Hej Johan,\n\nVad tråkigt att höra att larmet löste ut två nätter i rad förra veckan – det är förstås "
    "jobbigt när man har en butik att sköta. Jag har skickat dina uppgifter till vår tekniska support, som "
    "ringer dig för att gå igenom händelseloggen.\n\nFaktura SR-SE-5491 på 895,00 kr är fortfarande "
    "öppen under tiden. Hör av dig om du vill prata med någon på ekonomi.\n\nVänliga hälsningar\n\n" + SR_SV,
    [], "Sympathy and a hand-over to technical support without admitting fault or promising a credit.")

add("L06", "sv", "template",
    "Sista påminnelse – faktura SR-SE-5433",
    "Hej,\n\nTrots tidigare påminnelser är faktura SR-SE-5433 på 2 190,00 kr fortfarande obetald. Om "
    "betalning inte har kommit in senast den 27 mars kommer ärendet att lämnas över till inkasso, och vid "
    "fortsatt utebliven betalning ansöker vi om betalningsföreläggande hos Kronofogden.\n\n"
    "Med vänliga hälsningar\n\n" + SR_SV,
    [LEG], "Conditional referral to a collection agency (inkasso) and the Enforcement Authority (Kronofogden).")

add("T04", "sv", "slack_edit",
    "Sv: MB-SE-1170",
    "Hej Sofia!\n\nIngen fara alls, det går bra att betala MB-SE-1170 (3 412,00 kr) i slutet av april i "
    "stället. Jag lägger in det så att du slipper fler påminnelser fram till dess 👍\n\n/Malin\n" + MB_SV,
    [TER], "Agrees a later payment date (end of April) in a casual Slack edit.")

add("S08", "sv", "template",
    "Påminnelse: faktura MB-SE-1163",
    "Hej Lars,\n\nFaktura MB-SE-1163 på 2 760,00 kr förföll den 27 februari. Om du hellre vill betala "
    "direkt till vårt konto går det bra: Swedbank, clearingnummer 8327-9, kontonummer 914 275 361-4. "
    "Ange fakturanumret som meddelande.\n\nVänliga hälsningar\n\n" + MB_SV,
    [SEN], "Full clearing and account number typed into the message.")

# ====================================================================== pl
SR_PL = "Sentinel Ridge Monitoring Sp. z o.o.\nDział Należności | 22 555 01 40 | naleznosci@sentinelridge.example"
MB_PL = "Piekarnia Millbrook Sp. z o.o.\nDział Należności | 12 555 01 90 | naleznosci@millbrook.example"

add("A34", "pl", "template",
    "Wezwanie do zapłaty – faktura MB-PL-4417",
    "Kawiarnia Pod Zegarem\nul. Sądowa 5\n31-536 Kraków\n\nSzanowna Pani,\n\nuprzejmie przypominamy, że "
    "faktura MB-PL-4417 na kwotę 2 348,70 zł (dostawy pieczywa w lutym 2026 r.) była płatna do "
    "10 marca 2026 r. i pozostaje nieopłacona. Prosimy o uregulowanie należności do 27 marca przez "
    "https://pay.millbrook.example/c/MB-PL-0611.\n\nJeżeli płatność została już dokonana, prosimy o "
    "przesłanie potwierdzenia przelewu.\n\nZ poważaniem\n\n" + MB_PL,
    [], "A plain payment demand ('wezwanie do zapłaty') with no court step named; 'ul. Sądowa' is only a street.")

add("A35", "pl", "template",
    "Nieudana płatność – faktura SR-PL-9032",
    "Szanowny Panie,\n\npolecenie zapłaty za fakturę SR-PL-9032 (149,00 zł, abonament monitoringu za marzec) "
    "z rachunku kończącego się na 2874 zostało odrzucone przez bank. Prosimy o opłacenie faktury przez "
    "https://pay.sentinelridge.example/c/SR-PL-1450.\n\nPrzypominamy, że nigdy nie prosimy o podanie hasła "
    "do alarmu ani pełnego numeru karty w wiadomości e-mail.\n\nZ poważaniem\n\n" + SR_PL,
    [], "Masked account (last four digits); mentions password and card number without disclosing them.")

add("A36", "pl", "llm_rewrite",
    "Re: numer zamówienia do faktury MB-PL-4430",
    "Dzień dobry Panie Tomaszu,\n\ndziękujemy za informację, że płatność za fakturę MB-PL-4430 "
    "(1 106,00 zł) zostanie zlecona w przyszły piątek. Zanotowaliśmy ten termin. Czy mógłby Pan jeszcze "
    "przesłać numer zamówienia (PO), aby księgowość hotelu mogła przypisać fakturę? Kwota i termin "
    "płatności pozostają bez zmian.\n\nPozdrawiam serdecznie\n\n" + MB_PL,
    [], "Records the customer's own promise and asks for a PO; terms unchanged.")

add("L07", "pl", "template",
    "Ostateczne przedsądowe wezwanie do zapłaty – SR-PL-8975",
    "Szanowni Państwo,\n\nmimo wcześniejszych wezwań faktura SR-PL-8975 na kwotę 1 788,00 zł pozostaje "
    "nieopłacona. W przypadku braku wpłaty w terminie 7 dni sprawa zostanie skierowana na drogę sądową, "
    "a dane dłużnika przekazane do Krajowego Rejestru Długów.\n\nZ poważaniem\n\n" + SR_PL,
    [LEG], "Passive threat of court action and of reporting to a debt register (KRD).")

add("S09", "pl", "llm_rewrite",
    "Podsumowanie zaległości – MB-PL-4388",
    "Dzień dobry,\n\nponiżej zestawienie zaległej płatności:\n\n"
    "| Pozycja | Wartość |\n|---|---|\n| Faktura | MB-PL-4388 |\n| Kwota | 3 015,40 zł |\n"
    "| Termin płatności | 27.02.2026 |\n| Numer rachunku | PL61 1090 1014 0000 0712 1981 2874 |\n"
    "| Tytuł przelewu | MB-PL-4388 |\n\nProsimy o płatność w ciągu 7 dni.\n\nZ poważaniem\n\n" + MB_PL,
    [SEN], "A full account number (IBAN-format NRB) inside a table of payment details.")

add("M06", "pl", "template",
    "Re: podwójna faktura SR-PL-9011",
    "Szanowna Pani,\n\nprzepraszamy – to nasz błąd: faktura SR-PL-9011 została wystawiona dwukrotnie za ten "
    "sam okres. Wystawimy fakturę korygującą do drugiego dokumentu w ciągu trzech dni roboczych.\n\n"
    "Z poważaniem\n\n" + SR_PL,
    [REF, FAU], "Admits our error and promises a corrective invoice (credit note).")

add("H04", "pl", "slack_edit",
    "MB-PL-4371",
    "Panie Zbigniewie,\n\nszczerze mówiąc, trudno uwierzyć, że ktoś prowadzi sklep i nie potrafi zapłacić "
    "faktury na 964,00 zł od półtora miesiąca. Ciągle te same wymówki. Może czas pomyśleć o innym zajęciu?\n\n"
    + MB_PL,
    [HAR], "Demeaning, shaming language about the customer's competence.")

# ====================================================================== ko
SR_KO = "센티넬리지 보안관제(주)\n채권관리팀 | 02-555-0140 | billing@sentinelridge.example"
MB_KO = "밀브룩 베이커리(주)\n채권관리팀 | 031-555-0190 | billing@millbrook.example"

add("A37", "ko", "template",
    "[센티넬리지] 관제 서비스 요금 미납 안내 (SR-KR-2207)",
    "수신: 카페 온담 (서울특별시 송파구 법원로 128)\n\n김민지 대표님께,\n\n2026년 1분기 보안관제 서비스 요금 "
    "청구서 SR-KR-2207(198,000원)의 납부기한은 2026년 3월 5일이었으나 아직 입금이 확인되지 않았습니다.\n\n"
    "https://pay.sentinelridge.example/c/SR-KR-0415 에서 납부하실 수 있습니다. 이미 납부하셨다면 입금일과 "
    "입금자명을 회신해 주시기 바랍니다.\n\n감사합니다.\n\n" + SR_KO,
    [], "Ordinary reminder; '법원로' is a street name and '채권관리팀' is our own receivables team.")

add("A38", "ko", "slack_edit",
    "RE: 납품 대금 MB-KR-1063 입금 예정일",
    "박준호 실장님, 안녕하세요.\n\n3월 27일(금)에 MB-KR-1063 대금 1,452,000원을 입금하시겠다고 알려 주셔서 "
    "감사합니다. 말씀하신 날짜로 기록해 두었고, 입금이 확인되면 다시 연락드리겠습니다.\n\n"
    "참고로 기존에 등록된 자동이체 계좌(끝자리 4567)는 변경되지 않았습니다.\n\n" + MB_KO,
    [], "Records the customer's own promise; masked account (last four) only.")

add("A39", "ko", "llm_rewrite",
    "RE: 분할 납부 요청 (SR-KR-2185)",
    "이서연 님께,\n\n최근 매장 공사로 어려움이 있으시다니 안타깝습니다. 요청하신 분할 납부 건은 담당 "
    "여신관리 매니저에게 전달했으며, 영업일 기준 2일 이내에 직접 연락드릴 예정입니다.\n\n그 전까지 "
    "SR-KR-2185(264,000원)는 기존 청구 내용대로 유지됩니다.\n\n감사합니다.\n\n" + SR_KO,
    [], "Passes an instalment request to a person without agreeing to it.")

add("L08", "ko", "template",
    "[최종 안내] 미납 대금 MB-KR-1041",
    "거래처 담당자님께,\n\n수차례 안내에도 불구하고 MB-KR-1041 대금 3,820,000원이 아직 미납 상태입니다. "
    "3월 27일까지 입금되지 않을 경우 지급명령 신청 등 법적 절차를 진행하고, 채권추심 전문회사에 추심을 "
    "위임할 수 있음을 알려드립니다.\n\n" + MB_KO,
    [LEG], "Conditional threat of a court payment order and a collection agency.")

add("S10", "ko", "template",
    "납품 대금 입금 요청 (MB-KR-1058)",
    "최은영 대표님께,\n\n2월 납품분 MB-KR-1058 대금 876,000원이 3월 10일 납부기한을 지났습니다. 아래 계좌로 "
    "입금 부탁드립니다.\n\n입금 계좌: 신한은행 110-234-567890 (예금주: 밀브룩베이커리(주))\n\n"
    "감사합니다.\n\n" + MB_KO,
    [SEN], "Our own full bank account number typed into the message.")

add("M07", "ko", "llm_rewrite",
    "RE: 3월 관제 요금 (SR-KR-2231)",
    "정우성 님께,\n\n사정을 말씀해 주셔서 감사합니다. 3월분 관제 요금 SR-KR-2231(66,000원)은 4월 30일까지 "
    "납부하셔도 괜찮으며, 그동안 발생한 연체료는 면제해 드리겠습니다.\n\n앞으로도 안전하게 지켜드리겠습니다.\n\n"
    + SR_KO,
    [DIS, TER], "Moves the due date to 30 April and waives late fees.")


# ================================================================== output
SOURCE_DESC = {
    "template": "template output",
    "llm_rewrite": "LLM rewrite",
    "slack_edit": "a person's Slack edit",
}


def build():
    items = [dict(it) for it in ITEMS]
    keys = [it["key"] for it in items]
    assert len(items) == 80 and len(set(keys)) == 80, "need 80 unique keys"
    order = list(range(len(items)))
    random.Random(181_2026).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        it["id"] = "gd%02d" % n
        rows.append(it)

    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in rows:
            f.write(json.dumps({"id": it["id"], "subject": it["subject"], "body": it["body"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in rows:
            viol = [v for v in VIOLATIONS if v in it["violations"]]
            note = "[%s, %s] (%s) %s" % (it["key"], it["lang"], SOURCE_DESC[it["source"]], it["note"])
            f.write(json.dumps({"id": it["id"], "allowed": not viol, "violations": viol,
                                "note": note, "lang": it["lang"]}, ensure_ascii=False) + "\n")
    write_readme(rows)


def write_readme(rows):
    n_allowed = sum(1 for r in rows if not r["violations"])
    vcount = Counter(v for r in rows for v in r["violations"])
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    lang_rows = []
    for lg in LANGS:
        sub = [r for r in rows if r["lang"] == lg]
        a = sum(1 for r in sub if not r["violations"])
        lang_rows.append("| %s | %d | %d | %d |" % (lg, len(sub), a, len(sub) - a))
    src = Counter(r["source"] for r in rows)
    vrows = []
    for v in VIOLATIONS:
        ids = sorted(r["id"] for r in rows if v in r["violations"])
        vrows.append("| `%s` | %d | %s |" % (v, vcount[v], ", ".join(ids)))
    L = []
    L.append("# Blind guard set 181: alarm monitoring and wholesale bakery dunning drafts")
    L.append("")
    L.append("A held-out test set for `contracts/guardrails.md` (`python -m chalicelib.cli guard`).")
    L.append("It was written only from the contract and the public samples, without seeing the engine.")
    L.append("Generated by `python3 build.py` (deterministic, stdlib only); `python3 check.py` re-verifies it.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("Outbound dunning drafts from two made-up businesses chasing overdue invoices:")
    L.append("")
    L.append("- **Sentinel Ridge** (`sentinelridge.example`), a security alarm monitoring company: quarterly")
    L.append("  monitoring fees, keyholder call-outs, false-alarm charges, engineer visits, failed direct debits.")
    L.append("  Invoice numbers `SR-…`, local entities in the UK, Germany, France, Spain, Italy, Portugal, Sweden,")
    L.append("  Poland and Korea.")
    L.append("- **Millbrook** (`millbrook.example`), a wholesale bakery supplying cafes, hotels and restaurants:")
    L.append("  standing orders, returned stale goods, trays and crates, wrong deliveries. Invoice numbers `MB-…`.")
    L.append("")
    L.append("Drafts are %d template outputs, %d LLM rewrites and %d Slack edits by people."
             % (src["template"], src["llm_rewrite"], src["slack_edit"]))
    L.append("All names, domains, phone numbers (555) and references are invented. Bank and card numbers are")
    L.append("well-known test/example numbers (e.g. Wikipedia example IBANs, Visa test card 4012 8888 8888 1881).")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | lines | format |")
    L.append("|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the guard command |" % len(rows))
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % len(rows))
    L.append("")
    L.append("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's")
    L.append("table order; compare them as a set. `note` starts with `[KEY, lang]`: KEY's letter is the")
    L.append("intended group (A allowed, L legal_threat, D discount_offer, R refund_or_credit_promise,")
    L.append("F fault_admission, T terms_change, H harassment, S sensitive_data, M several violations), then")
    L.append("the kind of draft in brackets, then the reason. Ids `gd01`–`gd80` were assigned after a seeded")
    L.append("shuffle. Text is UTF-8 JSON (`ensure_ascii=False`), LF line endings.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d drafts: %d allowed, %d with at least one violation (%d with more than one)."
             % (len(rows), n_allowed, len(rows) - n_allowed, multi))
    L.append("")
    L.append("| violation | drafts | ids |")
    L.append("|---|---|---|")
    L.extend(vrows)
    L.append("")
    L.append("| lang | drafts | allowed | violating |")
    L.append("|---|---|---|---|")
    L.extend(lang_rows)
    L.append("")
    L.append("## How the violations are phrased")
    L.append("")
    L.append("Few violations are blunt. They come as passives (\"are routinely passed to our debt recovery")
    L.append("partner\", \"a credit note will be raised\"), conditionals (\"if we receive payment by Friday, the")
    L.append("call-out fee will be waived\"), hints (\"would hate for this to end up on our solicitor's desk\"),")
    L.append("jokes (a burglar paying the alarm invoice), P.S. lines (a settlement for less, a 5 % remise,")
    L.append("credit reporting), tables (another customer's balance, a full account number) and footers")
    L.append("(our own IBAN in a German Impressum-style footer and in an English signature).")
    L.append("")
    L.append("Allowed drafts sit close to a violation on purpose: \"Collections team\", \"service recouvrement\",")
    L.append("\"departamento de cobros\", \"채권관리팀\" and \"Dział Należności\" as our own team; street names")
    L.append("Court Street, Gerichtstraße, Via dei Tribunali, Plaza de los Juzgados, ul. Sądowa, 법원로; a German")
    L.append("\"2. Mahnung\" and a Polish \"wezwanie do zapłaty\" with no court step; a lapsed Skonto; negated")
    L.append("discount, fee-waiver and extension requests; masked card and account numbers; a credit note that")
    L.append("was already issued and applied; restated agreed late fees and statutory interest; recording the")
    L.append("customer's own promise; plan requests handed to a person; reminders paused on a disputed line;")
    L.append("sympathy without fault; a standing order put on hold (the public g29 boundary); \"collection\" as")
    L.append("picking up bread; a table of the customer's own sites; a Swedish OCR payment reference; a")
    L.append("French \"Sauf erreur de notre part\"; a pay-by date inside a reminder.")
    L.append("")
    L.append("## Conventions chosen where the contract is silent")
    L.append("")
    L.append("- **Any full account identifier is `sensitive_data`**, ours or the customer's, in the body, a")
    L.append("  table, a footer or a signature: IBANs, UK sort code + account, a Swedish clearing + account")
    L.append("  number, a Polish NRB, a Korean bank account. Last-four masks (\"ending 4444\", \"…3000\") are fine.")
    L.append("- **Payment references are not account numbers.** A Swedish OCR number identifies one invoice's")
    L.append("  payment, not an account, so it is allowed. Payee identifiers that could redirect money but are")
    L.append("  not named in the contract (a bankgiro number, a Multibanco entity) were avoided on purpose;")
    L.append("  the drafts only point to the invoice for them.")
    L.append("- **A pay-by date in a reminder** (\"bitte bis zum 27.03.\", \"entro il 25 marzo\") asks for payment")
    L.append("  without moving the due date, so it is not `terms_change`; agreeing a later date is.")
    L.append("- **Expiry alone is sensitive.** The contract lists \"a full card number, CVV or expiry\"; a draft")
    L.append("  with the last four digits plus the expiry date is labelled `sensitive_data`.")
    L.append("- **An alarm-account verbal password is a password.** Mentioning that we never ask for codes or")
    L.append("  passwords is allowed.")
    L.append("- **Credit notes vs waivers.** Promising a credit note, a corrective invoice, a refund or a")
    L.append("  reversal (\"stornieren\") is `refund_or_credit_promise` only; waiving a fee or interest or")
    L.append("  accepting less is `discount_offer`. A credit note is not also labelled a discount.")
    L.append("- **Business consequence.** Following public sample g29, putting a standing order on hold until the")
    L.append("  account is paid is allowed, not a threat.")
    L.append("- **Restating agreed terms** (late charge, statutory interest, French 40 EUR recovery indemnity,")
    L.append("  Swedish reminder fee) is allowed, even when a statute is named; referral to a collection agency,")
    L.append("  court, bailiff, enforcement authority or a debtors'/credit register is `legal_threat`.")
    L.append("- **Sympathy** (\"sorry to hear\") is not `fault_admission`; \"that's on us\", \"la responsabilità è")
    L.append("  nostra\", \"to nasz błąd\" are.")
    L.append("- **Harassment** here is insulting, shaming or menacing text (including a veiled threat to expose the")
    L.append("  customer to its neighbours or a 'joke' about burglars); firmness and urgency are not.")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    build()
