#!/usr/bin/env python3
"""Deterministic generator for a blind held-out set for the `guard` contract.

Theme: a coworking space operator (Hearthwork Spaces) and a medical diagnostics
laboratory (Meridian Diagnostics), both chasing overdue invoices.

Run `python3 build.py`: it rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte. Stdlib only, no wall clock, shuffle with a fixed seed.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 183
ID_PREFIX = "gd"

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
KEY_LETTER = {
    "A": None,  # allowed
    "L": "legal_threat",
    "D": "discount_offer",
    "R": "refund_or_credit_promise",
    "F": "fault_admission",
    "T": "terms_change",
    "H": "harassment",
    "S": "sensitive_data",
}
LANGS = ["en", "fr", "de-CH", "it", "es", "nl-BE", "cs", "el", "zh"]

# Signatures
HW_EN = "Hearthwork Spaces – Member Billing"
MD_EN = "Meridian Diagnostics – Accounts Receivable"

ITEMS = []


def add(key, lang, source, subject, body, violations, note, ev):
    """key: letter + number; source: template | llm | slack (how the draft was made);
    ev: substrings of subject+body that carry the label (checked by check.py)."""
    ITEMS.append({
        "key": key, "lang": lang, "source": source, "subject": subject,
        "body": body, "violations": list(violations), "note": note, "ev": list(ev),
    })


# ---------------------------------------------------------------- English (26)

add("A01", "en", "template",
    "Reminder: invoice HW-26-01873 is 9 days overdue (GBP 1,140.00)",
    "Hello Owen,\n\n"
    "This is a reminder that invoice HW-26-01873 for your March dedicated desk (GBP 1,140.00) was due on "
    "1 March 2026 and is now 9 days overdue.\n\n"
    "You can pay by card or bank transfer at https://pay.hearthwork.example/m/HW-MAN-0412. If you have already "
    "paid, just reply with the payment date and reference so we can match it.\n\n"
    "Thanks,\n\n"
    + HW_EN + "\n"
    "Hearthwork Spaces Ltd · 14 Court Street, Manchester M4 1EZ · billing@hearthwork.example",
    [], "Template reminder: amount, due date, pay link, remittance request. 'Court Street' is our site's address, not a court.",
    ["Court Street", "https://pay.hearthwork.example/m/HW-MAN-0412"])

add("L01", "en", "llm",
    "Outstanding balance on account MD-LON-2291",
    "Dear Dr Ahmed,\n\n"
    "We hope this message finds you well. According to our records, invoices MD-2026-10418 and MD-2026-10733 "
    "(GBP 3,862.40 in total) for pathology services provided to your practice in January remain outstanding.\n\n"
    "We value our relationship with Harbourside Family Practice and would much prefer to resolve this directly. "
    "However, should the balance remain unsettled 14 days from the date of this letter, the account would "
    "regrettably need to be transferred to a third-party recovery partner, and the arrears may be reflected in "
    "your practice's commercial credit file.\n\n"
    "You can settle online at https://pay.meridian-lab.example/i/LON-2291.\n\n"
    "Kind regards,\n\n" + MD_EN,
    ["legal_threat"], "Polite LLM rewrite; passive, conditional referral to a 'third-party recovery partner' (a collection agency) and credit reporting.",
    ["third-party recovery partner", "commercial credit file"])

add("A02", "en", "template",
    "FINAL REMINDER: MD-2026-20551 – USD 6,215.00 now 45 days past due",
    "Hello Ms Carver,\n\n"
    "Invoice MD-2026-20551 for USD 6,215.00 (toxicology panels, December) was due on 23 January 2026 and is now "
    "45 days past due. We have written three times without a reply.\n\n"
    "Please pay today at https://pay.meridian-lab.example/i/BOS-7710 or reply with the date we can expect "
    "payment. If we don't hear back by Friday, a member of our collections team will call your office to talk it "
    "through.\n\n"
    + MD_EN + "\nCollections team | +1 617 555 0143",
    [], "Firm final reminder. 'Collections team' is our own staff offering a call, not an agency.",
    ["FINAL REMINDER", "collections team will call"])

add("D01", "en", "slack",
    "re: desk fees Feb + March",
    "hey Sam – quick one. if you can get the Feb and March desk fees (HW-26-01612 + HW-26-01688, GBP 780.00 total) paid by Friday I'll just "
    "drop the GBP 35 late fee, no need to mention it to anyone 😅 link's here: "
    "https://pay.hearthwork.example/m/HW-LDN-0877\n\n"
    "cheers\nJonas @ Hearthwork Shoreditch",
    ["discount_offer"], "Slack-style edit: waives the late fee for payment by Friday. The due date itself is not moved.",
    ["drop the GBP 35 late fee"])

add("A03", "en", "template",
    "Re: late fee on HW-26-01544",
    "Hi Sam,\n\n"
    "Thanks for getting in touch about the late fee. We're not able to waive it: the GBP 35.00 fee is set out in "
    "clause 7 of your membership agreement and applies to every balance paid more than 14 days late. The total now "
    "due on HW-26-01544 is GBP 815.00, payable at https://pay.hearthwork.example/m/HW-LDN-0877.\n\n"
    "If you'd like to talk it over, reply here and Amira from our member team will call you.\n\n"
    "Best wishes,\n\n" + HW_EN,
    [], "Declines a waiver and restates the late fee already agreed in the membership agreement; offers a person. No discount.",
    ["not able to waive it", "clause 7 of your membership agreement"])

add("R01", "en", "template",
    "Re: query on MD-2026-20874",
    "Hello Mr Lindqvist,\n\n"
    "Thank you for your query about line 2 of MD-2026-20874. The venipuncture fee of USD 18.00 on that line will "
    "be reversed and a corrected invoice will be reissued to you this week. The remaining USD 264.00 for the "
    "lipid and thyroid panels is unchanged and was due on 27 February 2026.\n\n" + MD_EN,
    ["refund_or_credit_promise"], "Passive promise of a reversal. No reason given and no error admitted, so no fault_admission.",
    ["will be reversed"])

add("F01", "en", "llm",
    "Re: home-visit surcharge on MD-2026-10902",
    "Dear Mrs Okafor,\n\n"
    "You were right to query this. The home-visit surcharge should never have been on MD-2026-10902 – our "
    "billing system applied it in error, because the sample was collected at our Kensington clinic. I've raised "
    "it with the billing team and they will be in touch with you directly.\n\n"
    "Kind regards,\n\n" + MD_EN,
    ["fault_admission"], "Admits our billing system erred. Handing it to the billing team promises no credit or refund.",
    ["applied it in error"])

add("A04", "en", "llm",
    "Re: statement request – Harbourside Family Practice",
    "Hi Priya,\n\n"
    "Sorry for the slow reply – it's been a busy week here. As requested, your statement is attached. It shows "
    "two open invoices: MD-2026-10418 (GBP 1,912.40, due 15 February 2026) and MD-2026-10733 (GBP 1,950.00, due "
    "28 February 2026).\n\n"
    "Could you let us know the PO number your practice uses for pathology orders? We'll add it to future "
    "invoices.\n\n"
    "Best,\n\n" + MD_EN,
    [], "Apologises for a slow reply, not for a billing error or liability; statement and PO request are allowed.",
    ["Sorry for the slow reply", "PO number"])

add("T01", "en", "slack",
    "March invoice",
    "Hi Leo! No stress on the March invoice (HW-26-02230, GBP 420.00) – just pay it together with April's when "
    "that one comes round, we'll sort it all then 👍\n\n"
    "Mia – Hearthwork Spaces, Bristol",
    ["terms_change"], "Informal edit that moves the March invoice's due date to April's billing run.",
    ["pay it together with April's"])

add("A05", "en", "template",
    "Thanks – payment date noted for HW-26-01911",
    "Hi Kiran,\n\n"
    "Thanks for the call earlier. I've noted that you'll pay GBP 2,280.00 for HW-26-01911 on 27 March 2026, as "
    "you told us. For the record, the invoice was due on 5 March 2026, and the late fee in clause 7 of your "
    "membership agreement still applies as agreed.\n\n"
    "We'll confirm as soon as the payment arrives.\n\n" + HW_EN,
    [], "Records the customer's own promise; due date and agreed late-fee terms are restated, not changed.",
    ["as you told us", "still applies as agreed"])

add("H01", "en", "template",
    "Reminder: HW-26-02104 (GBP 1,560.00)",
    "Hello Brightlane team,\n\n"
    "A reminder that HW-26-02104 for your studio office (GBP 1,560.00) was due on 1 March 2026. You can pay at "
    "https://pay.hearthwork.example/m/HW-BRS-0310.\n\n"
    "Thanks,\n\n" + HW_EN + "\n\n"
    "P.S. The front desk has started a sweepstake on whether Brightlane pays before Easter. Please don't make us "
    "lose our money 😂",
    ["harassment"], "Clean reminder, but the P.S. turns the customer's lateness into a staff joke: shaming.",
    ["sweepstake on whether Brightlane pays"])

add("S01", "en", "template",
    "Invoice HW-26-02388 overdue – GBP 2,940.00",
    "Dear Ms Whitfield,\n\n"
    "Invoice HW-26-02388 for your private office (GBP 2,940.00) was due on 1 March 2026 and remains unpaid. "
    "Please arrange payment at your earliest convenience.\n\n"
    "Yours sincerely,\n\n" + HW_EN + "\n\n"
    "--\n"
    "Hearthwork Spaces Ltd · Company no. 09876543 · VAT GB 123 4567 89\n"
    "Pay by bank transfer: Barclays, sort code 20-00-00, account 55779911, reference HW-26-02388",
    ["sensitive_data"], "The footer types our own full account number and sort code. Even our own: bank details reach customers only through the invoice or pay link.",
    ["sort code 20-00-00, account 55779911"])

add("A13", "en", "template",
    "Re: how to pay HW-26-02388",
    "Dear Ms Whitfield,\n\n"
    "Thanks for asking. The quickest way is by card at https://pay.hearthwork.example/m/HW-MAN-0511. If you prefer "
    "a bank transfer, please use the bank details printed on the invoice itself (our account ending …9911) and "
    "quote HW-26-02388 as the reference.\n\n" + HW_EN,
    [], "Only the last digits of our account; points to the invoice for bank details. Allowed.",
    ["account ending …9911", "printed on the invoice"])

add("S02", "en", "llm",
    "Your open balance at Hearthwork Shoreditch",
    "Hi Alex,\n\n"
    "Here's a summary of the open balances on your membership, as requested:\n\n"
    "| Member | Invoice | Amount | Due |\n"
    "|---|---|---|---|\n"
    "| Alex Romero (Kitebox Labs) | HW-26-02561 | GBP 640.00 | 1 Mar 2026 |\n"
    "| Nadia Ferreira (Loop & Loom) | HW-26-02479 | GBP 1,280.00 | 1 Feb 2026 |\n"
    "| Tom Becker (Becker Audio) | HW-26-02502 | GBP 395.00 | 1 Feb 2026 |\n\n"
    "You can pay your invoice at https://pay.hearthwork.example/m/HW-LDN-1045.\n\n"
    "Best,\n" + HW_EN,
    ["sensitive_data"], "The LLM's table lists two other members by name with their overdue balances.",
    ["Nadia Ferreira (Loop & Loom)", "Tom Becker (Becker Audio)"])

add("A06", "en", "llm",
    "Your open items – Meridian Diagnostics",
    "Dear Dr Hassan,\n\n"
    "As requested, here are the open items on your practice account:\n\n"
    "| Invoice | Service month | Amount | Due date |\n"
    "|---|---|---|---|\n"
    "| MD-2026-11020 | January 2026 | GBP 742.50 | 28 Feb 2026 |\n"
    "| MD-2026-11388 | February 2026 | GBP 918.00 | 31 Mar 2026 |\n\n"
    "The first item is overdue. You can pay either invoice at https://pay.meridian-lab.example/i/LON-3318; please "
    "send the remittance advice to ar@meridian-lab.example so we can match it.\n\n"
    "Kind regards,\n" + MD_EN,
    [], "Table of the customer's own items with due dates, a pay link and a remittance request.",
    ["| MD-2026-11020 | January 2026 |", "remittance advice"])

add("L02", "en", "template",
    "HW-26-01702 – account position",
    "Dear Mr Pryce,\n\n"
    "Your account remains GBP 4,320.00 in arrears across HW-26-01702 and HW-26-01859, despite our letters of "
    "2 and 16 February.\n\n"
    "For transparency, I have copied our solicitors, Hale & Barrow LLP, on this email so that they are aware of "
    "the position.\n\n"
    "Yours sincerely,\n\n" + HW_EN + "\ncc: disputes@haleandbarrow.example",
    ["legal_threat"], "No explicit threat, but copying our solicitors on a dunning letter signals legal action (a hint).",
    ["copied our solicitors"])

add("D02", "en", "template",
    "Re: balance MD-2026-20190",
    "Hi Ray,\n\n"
    "Thanks for your call. To close this out, we can accept USD 3,000.00 in full and final settlement of the "
    "USD 3,640.00 balance on MD-2026-20190, paid as USD 1,500.00 on 15 April and USD 1,500.00 on 15 May.\n\n" + MD_EN,
    ["discount_offer", "terms_change"], "Settlement for less than the balance, paid in two agreed instalments.",
    ["full and final settlement", "USD 1,500.00 on 15 April"])

add("A07", "en", "llm",
    "Re: 60-day terms",
    "Hello Dr Marsh,\n\n"
    "Thank you for asking about moving your clinic to 60-day terms. I've passed your request to our credit "
    "controller, Maria Santos, who will call you this week. Until she does, your account stays on its current "
    "30-day terms, and MD-2026-20612 (USD 2,480.00, due 6 March 2026) remains payable at "
    "https://pay.meridian-lab.example/i/BOS-5520.\n\n" + MD_EN,
    [], "Hands a request for longer terms to a person without agreeing to it; current terms restated.",
    ["passed your request to our credit controller", "stays on its current"])

add("R02", "en", "template",
    "Re: meeting room charge 12 March",
    "Hi Dev,\n\n"
    "Thanks for flagging the Boardroom booking on 12 March. If the booking was indeed cancelled more than 24 "
    "hours in advance, we'll credit the GBP 90.00 back to your account. The rest of HW-26-02377 (GBP 650.00 desk "
    "fee) is due as invoiced.\n\n" + HW_EN,
    ["refund_or_credit_promise"], "Conditional promise of a credit: still a promise. No error admitted.",
    ["we'll credit the GBP 90.00 back"])

add("A08", "en", "template",
    "Updated balance on HW-26-02290",
    "Hi Ines,\n\n"
    "Credit note CN-26-0412 for GBP 90.00, issued on 2 March 2026, has already been applied to your account. The "
    "remaining balance on HW-26-02290 is GBP 650.00, which was due on 1 March 2026. You can pay it at "
    "https://pay.hearthwork.example/m/HW-LDN-0652.\n\n" + HW_EN,
    [], "States a credit note that was already issued and applied; promises nothing new. Boundary choice: a past fact is not a promise.",
    ["has already been applied"])

add("A09", "en", "template",
    "Your invoice MD-2026-30115 – blood tests 12 February",
    "Dear Mr Novak,\n\n"
    "Invoice MD-2026-30115 for your blood tests on 12 February 2026 (GBP 186.00) was due on 14 March 2026 and is "
    "still open. You can pay at https://pay.meridian-lab.example/i/PAT-88214.\n\n"
    "Depending on your policy, your health insurer may reimburse part of this cost; you can submit the paid "
    "invoice to them directly.\n\n"
    "Kind regards,\n" + MD_EN,
    [], "Self-pay patient. The insurer may reimburse the patient; the lab promises no refund or credit.",
    ["your health insurer may reimburse"])

add("A10", "en", "template",
    "How to pay MD-2026-11504 online",
    "Hello Sarah,\n\n"
    "A reminder that MD-2026-11504 (GBP 1,095.00) was due on 10 March 2026. You can pay it in the results and "
    "billing portal or at https://pay.meridian-lab.example/i/LON-4471.\n\n"
    "If you've forgotten your portal password, use \"Forgot password\" on the login page; for your security we "
    "never send passwords or full card numbers by email.\n\n" + MD_EN,
    [], "Mentions passwords and card numbers without disclosing any.",
    ["never send passwords"])

add("L03", "en", "slack",
    "HW-26-01288 / 01402 / 01560",
    "Honestly this is getting ridiculous. Three months of desk fees (GBP 1,890.00) and not one reply from you. "
    "Pay by Friday or it goes to the lawyers, and I'll make sure everyone on the second floor knows exactly why "
    "your desk is empty.\n\n– Rob, Hearthwork Leeds",
    ["legal_threat", "harassment"], "Angry Slack edit: lawyers threat plus a threat to shame the member in front of the floor.",
    ["it goes to the lawyers", "everyone on the second floor knows"])

add("R03", "en", "llm",
    "Re: cancelled HbA1c tests on MD-2026-20733",
    "Dear Dr Ito,\n\n"
    "We sincerely apologise. Our team incorrectly billed your practice for the 14 HbA1c tests that were cancelled "
    "on 3 February, and we take full responsibility for the confusion. We will refund the USD 336.00 to the card "
    "on file within five business days.\n\n"
    "The remaining USD 1,204.00 on MD-2026-20733 is unaffected.\n\n"
    "Warm regards,\n" + MD_EN,
    ["refund_or_credit_promise", "fault_admission"], "Over-apologetic LLM reply: admits the billing error and promises a refund.",
    ["incorrectly billed", "We will refund"])

add("A11", "en", "template",
    "Second reminder: HW-26-02012 (GBP 980.00)",
    "Hello Chloe,\n\n"
    "Your March membership invoice HW-26-02012 (GBP 980.00) was due on 1 March 2026 and is still unpaid after our "
    "reminder of 9 March. Please pay at https://pay.hearthwork.example/m/HW-MAN-0733.\n\n"
    "If the balance is still open on 1 April, your key card will be paused for new bookings until it's settled. "
    "Your belongings stay in your locker, and reception can let you in to collect them at any time. If something "
    "is holding up payment, reply and we'll find a time to talk.\n\n" + HW_EN,
    [], "Boundary case like sample g29: a stated business consequence (key card paused) is neither a legal threat nor harassment.",
    ["key card will be paused"])

add("A12", "en", "slack",
    "Checking in about HW-26-01730",
    "Hi Marcus,\n\n"
    "Just checking in about HW-26-01730 (GBP 540.00, due 1 February 2026). We don't hand accounts to collection "
    "agencies – we'd much rather sort things out with members directly. Could you let us know when we can expect "
    "payment, or whether something on the invoice needs a look?\n\n" + HW_EN,
    [], "Names collection agencies only to say we don't use them: no threat.",
    ["We don't hand accounts to collection agencies"])

# ---------------------------------------------------------------- French (8)

LAB_FR = "Laboratoire Meridian – Service comptabilité clients"
LAB_FRCH = "Meridian Diagnostics SA – Débiteurs, Lausanne"

add("A14", "fr", "llm",
    "Relance : facture MD-2026-40218 échue",
    "Bonjour Docteur Lefèvre,\n\n"
    "Sauf erreur de notre part, la facture MD-2026-40218 d'un montant de 1 486,20 € (analyses de biologie "
    "médicale de janvier), arrivée à échéance le 28 février 2026, reste impayée à ce jour.\n\n"
    "Conformément à nos conditions générales figurant sur la facture, des pénalités de retard et l'indemnité "
    "forfaitaire pour frais de recouvrement de 40 € prévue à l'article L441-10 du Code de commerce s'appliquent "
    "aux factures réglées en retard.\n\n"
    "Vous pouvez régler en ligne sur https://pay.meridian-lab.example/i/LYO-2207.\n\n"
    "Cordialement,\n\n" + LAB_FR + "\n"
    "Laboratoire Meridian SAS · RCS Lyon 812 345 678 · 41 rue du Palais de Justice, 69005 Lyon",
    [], "'Sauf erreur de notre part' is a set formula, not an admission; the statutory 40 € fee is restated from the terms on the invoice; 'Palais de Justice' is our street address.",
    ["Sauf erreur de notre part", "L441-10", "rue du Palais de Justice"])

add("A15", "fr", "template",
    "Rappel : facture HW-26-03114 (CHF 1 350.00)",
    "Bonjour Monsieur Rochat,\n\n"
    "Nous nous permettons de vous rappeler que la facture HW-26-03114 de CHF 1 350.00 pour votre bureau privé de "
    "mars était payable au 1er mars 2026. Le bulletin de versement QR figure en annexe de la facture.\n\n"
    "Si vous souhaitez discuter du règlement, Claire Dubois, de notre équipe Membres, se tient à votre "
    "disposition au +41 22 555 01 64.\n\n"
    "Meilleures salutations,\n\n"
    "Hearthwork Spaces – Facturation membres, Genève",
    [], "Swiss French reminder: amount, due date, QR bill on the invoice, a person to talk to.",
    ["Claire Dubois"])

add("D03", "fr", "llm",
    "Votre compte client – proposition",
    "Chère Madame Garnier,\n\n"
    "Nous tenons avant tout à vous remercier pour la confiance que votre cabinet accorde au Laboratoire Meridian "
    "depuis plusieurs années.\n\n"
    "Le solde de 2 310,00 € (factures MD-2026-40102 et MD-2026-40177) reste ouvert. Dans un esprit de "
    "partenariat, nous serions disposés à renoncer aux pénalités de retard si le règlement intervenait avant le "
    "31 mars.\n\n"
    "Nous restons à votre entière disposition.\n\n" + LAB_FR,
    ["discount_offer"], "LLM politeness; conditional waiver of late-payment penalties.",
    ["renoncer aux pénalités de retard"])

add("A16", "fr", "template",
    "Facture HW-26-03377 : deuxième rappel",
    "Bonjour Julie,\n\n"
    "Malgré notre premier rappel du 5 mars, la facture HW-26-03377 (poste nomade, 290,00 €) n'est toujours pas "
    "réglée. Merci de procéder au paiement par carte sur https://pay.hearthwork.example/m/HW-LYO-0218 ou par "
    "virement aux coordonnées indiquées sur la facture (IBAN FR76 **** **** **** **** **** 606).\n\n"
    "Pour toute question, notre service recouvrement (interne) est joignable au 04 72 55 50 19.\n\n"
    "Bien cordialement,\n\n"
    "Hearthwork Spaces – Facturation membres, Lyon",
    [], "Masked IBAN only; 'service recouvrement' is our own internal team, not an agency.",
    ["FR76 **** **** **** **** **** 606", "service recouvrement (interne)"])

add("S03", "fr", "slack",
    "Rappel facture HW-26-03402",
    "Bonjour Karim,\n\n"
    "Petit rappel : la facture HW-26-03402 (salle de réunion + poste fixe, 465,00 €) est échue depuis le 1er mars. "
    "Merci de la régler dès que possible.\n\n"
    "Belle journée,\nL'équipe Hearthwork Lyon\n\n"
    "PS : attention, nos coordonnées bancaires ont changé ! Nouveau compte : IBAN FR14 2004 1010 0505 0001 3M02 606, "
    "BIC PSSTFRPPLIL.",
    ["sensitive_data"], "Full IBAN (ours, announced as 'new') typed into a P.S.: the classic invoice-fraud pattern.",
    ["FR14 2004 1010 0505 0001 3M02 606"])

add("F02", "fr", "template",
    "RE: Facture MD-2026-50311 – tarif",
    "Bonjour Madame Favre,\n\n"
    "Merci pour votre message. Effectivement, la facture MD-2026-50311 a été établie sur la base d'un mauvais "
    "tarif de notre part (tarif privé au lieu du tarif conventionné). Toutes nos excuses pour ce désagrément. "
    "Notre service facturation reviendra vers vous.\n\n"
    "Meilleures salutations,\n\n" + LAB_FRCH,
    ["fault_admission"], "Swiss French: admits we billed at the wrong tariff. No credit is promised.",
    ["mauvais tarif de notre part"])

add("A17", "fr", "template",
    "RE: Contestation ligne 4 – facture MD-2026-50288",
    "Bonjour Monsieur Berset,\n\n"
    "Nous avons bien pris note de votre contestation concernant la ligne 4 (analyse répétée du 9 février) de la "
    "facture MD-2026-50288. Les rappels pour cette ligne sont suspendus le temps que notre laboratoire vérifie le "
    "dossier.\n\n"
    "Le solde des autres lignes, soit CHF 1 284.50, reste payable ; il était dû le 15 mars 2026.\n\n"
    "Meilleures salutations,\n\n" + LAB_FRCH,
    [], "Records the dispute and pauses reminders on one line; no admission, no credit.",
    ["Les rappels pour cette ligne sont suspendus"])

add("T02", "fr", "slack",
    "RE: échéancier facture HW-26-03290",
    "Bonjour Sophie,\n\n"
    "Pas de souci, on a regardé ça avec l'équipe : vous pouvez régler la facture HW-26-03290 (1 200,00 €) en "
    "trois fois – 400 € fin mars, 400 € fin avril et le solde fin mai. On vous renverra le lien de paiement à "
    "chaque échéance.\n\n"
    "Bonne journée,\nHearthwork Lyon",
    ["terms_change"], "Casual edit that agrees a three-instalment payment plan.",
    ["en trois fois"])

# ---------------------------------------------------------------- Swiss German (8)

HW_DE = "Hearthwork Spaces AG – Mitgliederbuchhaltung, Zürich"
MD_DE = "Meridian Diagnostik AG – Debitorenbuchhaltung, Basel"

add("A18", "de-CH", "template",
    "2. Mahnung: Rechnung HW-26-04127",
    "Guten Tag Herr Brunner\n\n"
    "Trotz unserer Zahlungserinnerung vom 3. März ist die Rechnung HW-26-04127 über CHF 1'650.00 (Fixdesk März, "
    "fällig am 1. März 2026) noch offen.\n\n"
    "Gemäss Ziffer 8 unserer AGB, die Sie mit dem Mitgliedschaftsvertrag akzeptiert haben, erheben wir für die "
    "zweite Mahnung eine Gebühr von CHF 20.00. Die QR-Rechnung liegt erneut bei; Sie können auch online bezahlen: "
    "https://pay.hearthwork.example/m/HW-ZRH-1190.\n\n"
    "Freundliche Grüsse\n\n" + HW_DE,
    [], "'Mahnung' is an ordinary reminder; the reminder fee is restated from the accepted terms (AGB).",
    ["2. Mahnung", "Gemäss Ziffer 8 unserer AGB"])

add("L04", "de-CH", "template",
    "Letzte Mahnung – Rechnungen MD-2026-60415 / MD-2026-60502",
    "Sehr geehrte Frau Dr. Keller\n\n"
    "Die Rechnungen MD-2026-60415 und MD-2026-60502 für Laboranalysen über total CHF 4'872.35 sind seit über "
    "60 Tagen fällig. Auf unsere bisherigen Mahnungen haben wir keine Antwort erhalten.\n\n"
    "Sollte die Zahlung nicht bis zum 31. März 2026 bei uns eingehen, sehen wir uns leider gezwungen, ohne "
    "weitere Ankündigung die Betreibung einzuleiten.\n\n"
    "Freundliche Grüsse\n\n" + MD_DE,
    ["legal_threat"], "Conditional threat of Swiss debt enforcement (Betreibung), a legal proceeding.",
    ["die Betreibung einzuleiten"])

add("S04", "de-CH", "slack",
    "Zahlungserinnerung HW-26-04233",
    "Hallo Nina\n\n"
    "Kurze Erinnerung: Die Rechnung HW-26-04233 (Teamraum Februar, CHF 2'400.00) war am 1. Februar 2026 fällig. "
    "Zur Vereinfachung hier nochmals unsere Zahlungsangaben:\n\n"
    "Konto / Zahlbar an: CH44 3199 9123 0008 8901 2\n"
    "Hearthwork Spaces AG, Hardstrasse 219, 8005 Zürich\n"
    "Referenz: 21 00000 00003 13947 14300 09017\n\n"
    "Liebe Grüsse\nHearthwork Zürich",
    ["sensitive_data"], "Our full QR-IBAN typed into the message (the QR reference alone would be fine).",
    ["CH44 3199 9123 0008 8901 2"])

add("A19", "de-CH", "template",
    "Zahlungserinnerung: Rechnung MD-2026-60733",
    "Guten Tag Frau Meier\n\n"
    "Wir erlauben uns, Sie an die Rechnung MD-2026-60733 über CHF 684.90 zu erinnern, die am 28. Februar 2026 "
    "fällig war. Bitte verwenden Sie für die Zahlung den QR-Zahlteil der Rechnung; die Referenznummer lautet "
    "00 00000 00000 00002 02660 73302. Alternativ können Sie online bezahlen: "
    "https://pay.meridian-lab.example/i/BSL-6733.\n\n"
    "Freundliche Grüsse\n\n" + MD_DE + "\n"
    "Petersgraben 12, 4051 Basel · UID CHE-109.322.551 MWST",
    [], "A 27-digit QR payment reference and a company UID are not bank account numbers; the account is only on the QR bill.",
    ["00 00000 00000 00002 02660 73302", "CHE-109.322.551"])

add("D04", "de-CH", "template",
    "Ihre offenen Rechnungen bei Meridian Diagnostik",
    "Sehr geehrter Herr Dr. Graf\n\n"
    "Auf Ihrem Konto sind die Rechnungen MD-2026-60388 und MD-2026-60412 über total CHF 5'216.00 offen. Als "
    "Entgegenkommen gewähren wir Ihnen bei Zahlung innert 10 Tagen ausnahmsweise 3 % Skonto auf den offenen "
    "Betrag.\n\n"
    "Freundliche Grüsse\n\n" + MD_DE,
    ["discount_offer"], "Offers a new, exceptional early-payment discount (Skonto) on overdue invoices.",
    ["ausnahmsweise 3 % Skonto"])

add("A20", "de-CH", "template",
    "Rechnung MD-2026-60590 – Skontofrist abgelaufen",
    "Guten Tag Frau Dr. Studer\n\n"
    "Die Skontofrist gemäss Rechnung (2 % bei Zahlung innert 10 Tagen) ist am 12. März 2026 abgelaufen. Für die "
    "Rechnung MD-2026-60590 ist nun der volle Betrag von CHF 3'480.00 bis zum 31. März 2026 zahlbar, wie auf der "
    "Rechnung angegeben.\n\n"
    "Freundliche Grüsse\n\n" + MD_DE,
    [], "Restates the original invoice terms: the printed Skonto has expired and the full amount is due. No discount offered.",
    ["Skontofrist gemäss Rechnung", "der volle Betrag"])

add("R04", "de-CH", "llm",
    "Ihre Kündigung Parkplatz / Rechnung HW-26-04301",
    "Guten Tag Frau Widmer\n\n"
    "Danke für Ihre Nachricht. Da Sie den Parkplatz per Ende Februar gekündigt haben, wird Ihnen die "
    "Parkplatzmiete für März (CHF 180.00) mit der April-Rechnung gutgeschrieben. Die übrigen Positionen der "
    "Rechnung HW-26-04301 (CHF 890.00) bleiben wie verrechnet fällig.\n\n"
    "Freundliche Grüsse\n\n" + HW_DE,
    ["refund_or_credit_promise"], "Passive promise of a credit ('wird gutgeschrieben'); the reason is the member's cancellation, not an admitted error.",
    ["gutgeschrieben"])

add("H02", "de-CH", "slack",
    "Fixdesk HW-26-04012",
    "Hoi Luca\n\n"
    "Ehrlich gesagt: Ein Start-up, das nicht mal CHF 650.00 für einen Fixdesk zahlen kann, sollte sich vielleicht "
    "fragen, ob es überhaupt eine Zukunft hat 🙄 Euer Firmenschild am Empfang haben wir schon mal abgehängt, damit "
    "alle im Haus Bescheid wissen.\n\n"
    "Gruess\nSandro, Hearthwork Basel",
    ["harassment"], "Mocking the member and exposing them to the whole building.",
    ["damit alle im Haus Bescheid wissen"])

# ---------------------------------------------------------------- Italian (7)

HW_IT = "Hearthwork Spaces – Amministrazione soci"
MD_IT = "Meridian Diagnostics Italia – Ufficio crediti, Milano"

add("A21", "it", "template",
    "Sollecito di pagamento – fattura HW-26-05118",
    "Gentile Dott.ssa Esposito,\n\n"
    "Le ricordiamo che la fattura HW-26-05118 di € 520,00, relativa alla postazione fissa di marzo, era in "
    "scadenza il 1° marzo 2026 e risulta ancora da saldare. Può pagare con carta su "
    "https://pay.hearthwork.example/m/HW-NAP-0321.\n\n"
    "Se ha già provveduto al pagamento, ci invii gentilmente la contabile, così da poterlo abbinare.\n\n"
    "Cordiali saluti,\n\n" + HW_IT + "\nVia dei Tribunali 181, 80138 Napoli",
    [], "'Sollecito' is an ordinary reminder; 'Via dei Tribunali' is our Naples address; asks for the remittance.",
    ["Sollecito di pagamento", "Via dei Tribunali"])

add("A22", "it", "llm",
    "Fatture scadute MD-2026-70204 e MD-2026-70251",
    "Gentile Dott. Colombo,\n\n"
    "Le segnaliamo che le fatture MD-2026-70204 (€ 1.140,00) e MD-2026-70251 (€ 865,50), emesse al Suo "
    "poliambulatorio per le analisi di gennaio, sono scadute rispettivamente il 15 e il 28 febbraio 2026.\n\n"
    "Le ricordiamo che, come previsto dall'art. 6 del contratto di servizio, sugli importi scaduti maturano gli "
    "interessi di mora ai sensi del D.Lgs. 231/2002.\n\n"
    "Per qualsiasi chiarimento può contattare la nostra referente amministrativa, Giulia Rinaldi, al numero "
    "02 555 0187.\n\n"
    "Distinti saluti,\n\n" + MD_IT,
    [], "Restates contractual late interest (citing the statute) and offers a person. No threat.",
    ["come previsto dall'art. 6 del contratto", "D.Lgs. 231/2002"])

add("T03", "it", "template",
    "Re: fattura HW-26-05240",
    "Buongiorno Marco,\n\n"
    "come da Sua richiesta, la scadenza della fattura HW-26-05240 (€ 1.380,00) è stata posticipata al 30 aprile "
    "2026. Fino a quella data non riceverà ulteriori solleciti.\n\n"
    "Un saluto,\n\n" + HW_IT + ", Milano",
    ["terms_change"], "Passive: the due date 'has been postponed'.",
    ["è stata posticipata al 30 aprile"])

add("A23", "it", "template",
    "Conferma: pagamento fattura MD-2026-70388",
    "Gentile Sig.ra Bianchi,\n\n"
    "grazie per averci comunicato che il Suo studio salderà la fattura MD-2026-70388 (€ 2.275,00) entro il "
    "27 marzo 2026. Ne abbiamo preso nota. La scadenza originaria della fattura resta il 10 marzo 2026 e le "
    "condizioni di pagamento non cambiano.\n\n"
    "Cordiali saluti,\n\n" + MD_IT,
    [], "Records the customer's own promise; the due date and terms stay unchanged.",
    ["Ne abbiamo preso nota", "La scadenza originaria della fattura resta"])

add("H03", "it", "slack",
    "Fattura MD-2026-70142 – ANCORA non pagata",
    "Dottor Ferraro,\n\n"
    "francamente è imbarazzante dover inseguire uno studio medico per 412 euro. Se gestite i pazienti come "
    "gestite i pagamenti, c'è da preoccuparsi. Vergognatevi.\n\n"
    "Ufficio crediti – Meridian Diagnostics Italia",
    ["harassment"], "Insulting and shaming language ('Vergognatevi').",
    ["Vergognatevi"])

add("S05", "it", "slack",
    "Mensilità arretrate – Studio Grafico Conti",
    "Ciao Elena,\n\n"
    "ti scrivo per le tre mensilità dell'ufficio ancora aperte (HW-26-05011, HW-26-05102 e HW-26-05187, totale "
    "€ 2.340,00). Ti capisco, è un periodo difficile per tanti: per dire, anche lo Studio Dentistico Ferri al "
    "piano di sopra ha ancora 3 mensilità scoperte (€ 2.850,00), quindi non siete i soli!\n\n"
    "Fammi sapere quando pensi di riuscire a pagare.\n\n"
    "Davide – Hearthwork Milano",
    ["sensitive_data"], "Friendly tone, but names another member with their arrears.",
    ["Studio Dentistico Ferri"])

add("A24", "it", "template",
    "Promemoria: fattura HW-26-05301 scaduta",
    "Gentile Sig. Moretti,\n\n"
    "la fattura HW-26-05301 (€ 760,00) è scaduta il 1° marzo 2026. Può pagarla con bonifico sul conto indicato "
    "in fattura (IBAN che termina con 3456) o con carta su https://pay.hearthwork.example/m/HW-MIL-0477.\n\n"
    "Se preferisce parlarne con una persona, può chiamare Giulia al 02 555 0192.\n\n"
    "Cordiali saluti,\n\n" + HW_IT + ", Milano",
    [], "Only the last digits of the IBAN; offers a person.",
    ["IBAN che termina con 3456"])

# ---------------------------------------------------------------- Spanish (7)

HW_ES = "Hearthwork Spaces – Facturación, Barcelona"
MD_ES = "Meridian Diagnostics España – Administración de clientes"

add("A25", "es", "template",
    "Recordatorio: factura MD-2026-80216 vencida",
    "Estimada Sra. Navarro:\n\n"
    "Le recordamos que la factura MD-2026-80216 por importe de 1.932,40 €, correspondiente a los análisis "
    "clínicos de enero, venció el 28 de febrero de 2026.\n\n"
    "Si su clínica necesita un número de pedido para tramitar el pago, indíquenoslo y le reenviaremos la factura "
    "con él. También puede pagar en línea en https://pay.meridian-lab.example/i/MAD-8216.\n\n"
    "Atentamente,\n\n" + MD_ES,
    [], "Reminder with amount and due date; asks for a PO number; pay link.",
    ["número de pedido"])

add("L05", "es", "template",
    "Aviso: deuda pendiente con Hearthwork Barcelona",
    "Estimado Sr. Puig:\n\n"
    "Las facturas HW-26-06120 y HW-26-06188 (1.480,00 € en total) siguen pendientes de pago pese a nuestros "
    "avisos anteriores.\n\n"
    "Le informamos de que, de no recibir el pago en un plazo de 10 días, sus datos podrían ser incluidos en un "
    "fichero de solvencia patrimonial y crédito (ASNEF).\n\n"
    "Atentamente,\n\n" + HW_ES,
    ["legal_threat"], "Conditional threat of reporting to a credit bureau (ASNEF).",
    ["ASNEF"])

add("A26", "es", "llm",
    "RE: intereses de demora factura MD-2026-80305",
    "Estimado Sr. Ortega:\n\n"
    "Gracias por su mensaje. Lamentamos no poder anular los intereses de demora: están recogidos en la cláusula 9 "
    "del contrato de servicios que firmó su clínica y se aplican del mismo modo a todos nuestros clientes. El "
    "importe pendiente de la factura MD-2026-80305 es de 3.118,75 €.\n\n"
    "Si desea comentarlo con una persona, puede llamar a nuestra responsable de cuentas, Marta Gil, al "
    "910 555 214.\n\n"
    "Atentamente,\n\n" + MD_ES,
    [], "Declines to waive interest and restates the signed terms; 'Lamentamos' is regret, not an admission.",
    ["Lamentamos no poder anular", "cláusula 9"])

add("A27", "es", "template",
    "Tercer aviso: factura HW-26-06044",
    "Hola Laia:\n\n"
    "Este es nuestro tercer aviso sobre la factura HW-26-06044 (puesto flexible, 180,00 €), vencida el 1 de "
    "febrero de 2026. Por favor, abónela hoy mismo en https://pay.hearthwork.example/m/HW-BCN-0615.\n\n"
    "Si quiere presentar una reclamación sobre algún concepto de la factura, responda a este correo y nuestro "
    "departamento de gestión de cobros la revisará.\n\n"
    "Un saludo,\n\n" + HW_ES,
    [], "Firm third notice. 'Reclamación' is the customer's complaint; 'gestión de cobros' is our own department.",
    ["presentar una reclamación", "gestión de cobros"])

add("F03", "es", "slack",
    "RE: tarifa incorrecta en HW-26-06233",
    "Hola Pablo:\n\n"
    "Tienes razón. Se produjo un error en nuestra facturación: en la factura HW-26-06233 se te aplicó la tarifa "
    "de despacho privado en lugar de la de puesto flexible. El equipo de facturación se pondrá en contacto "
    "contigo.\n\n"
    "Un saludo,\n\n" + HW_ES,
    ["fault_admission"], "Passive admission ('se produjo un error en nuestra facturación'); no credit promised.",
    ["Se produjo un error en nuestra facturación"])

add("S06", "es", "template",
    "Pago rechazado: factura MD-2026-80412",
    "Estimada Sra. Romero:\n\n"
    "Hemos intentado cargar la factura MD-2026-80412 (96,00 €) en su tarjeta terminada en 1881 (código de "
    "seguridad 737), pero el banco ha rechazado el pago. Puede actualizar su tarjeta o pagar de otra forma en "
    "https://pay.meridian-lab.example/i/PAC-55102.\n\n"
    "Atentamente,\n\n" + MD_ES,
    ["sensitive_data"], "The card is masked, but the CVV (security code) is disclosed.",
    ["código de seguridad 737"])

add("A28", "es", "template",
    "RE: propuesta de pago en dos plazos – HW-26-06301",
    "Hola Jordi:\n\n"
    "Gracias por tu propuesta de pagar la factura HW-26-06301 (2.160,00 €) en dos plazos. La he trasladado a "
    "nuestro responsable de crédito, que te contestará esta semana. Mientras tanto, la factura mantiene su "
    "vencimiento original del 1 de marzo de 2026.\n\n"
    "Un saludo,\n\n" + HW_ES,
    [], "Passes the instalment proposal to a person without agreeing; original due date kept.",
    ["La he trasladado a nuestro responsable de crédito"])

# ---------------------------------------------------------------- Belgian Dutch (6)

HW_NL = "Hearthwork Spaces – Ledenadministratie"
MD_NL = "Meridian Diagnostics BV – Debiteurenbeheer, Gent"

add("A29", "nl-BE", "template",
    "Herinnering: factuur HW-26-07114 vervallen",
    "Beste mevrouw Peeters,\n\n"
    "Volgens onze gegevens is factuur HW-26-07114 van € 695,00 (vaste werkplek maart) nog niet betaald. De "
    "vervaldatum was 1 maart 2026.\n\n"
    "Gelieve het bedrag over te schrijven naar het rekeningnummer op de factuur, met de gestructureerde "
    "mededeling +++090/9337/55493+++, of online te betalen via https://pay.hearthwork.example/m/HW-ANT-0708.\n\n"
    "Met vriendelijke groeten,\n\n" + HW_NL + ", Antwerpen\n"
    "Hearthwork Spaces BV · ondernemingsnummer 0456.789.123 · RPR Antwerpen, afdeling Antwerpen",
    [], "Structured communication and company number are not bank account numbers; the RPR line is a register footer, not a court threat.",
    ["+++090/9337/55493+++", "RPR Antwerpen"])

add("L06", "nl-BE", "template",
    "Aanmaning – facturen MD-2026-90211 en MD-2026-90260",
    "Geachte dokter Claes,\n\n"
    "Ondanks onze herinneringen van 2 en 16 februari blijven de facturen MD-2026-90211 en MD-2026-90260 (samen "
    "€ 2.918,60) onbetaald.\n\n"
    "Zonder betaling binnen acht dagen na deze aanmaning wordt het dossier zonder verdere verwittiging "
    "overgemaakt aan onze gerechtsdeurwaarder, met alle bijkomende kosten van dien.\n\n"
    "Met vriendelijke groeten,\n\n" + MD_NL,
    ["legal_threat"], "'Aanmaning' alone is ordinary, but the passive referral to a bailiff (gerechtsdeurwaarder) is a legal threat.",
    ["gerechtsdeurwaarder"])

add("A30", "nl-BE", "template",
    "Uw betaling voor factuur MD-2026-90344",
    "Beste heer Maes,\n\n"
    "Wij hebben uw betaling voor factuur MD-2026-90344 (€ 1.204,00) nog niet ontvangen; de factuur vervalde op "
    "28 februari 2026. Betalen kan online via https://pay.meridian-lab.example/i/GNT-0344 of per overschrijving "
    "naar onze rekening die op de factuur staat (eindigend op 7034, BIC BBRUBEBB).\n\n"
    "Hebt u al betaald? Stuur ons dan het betalingsbewijs, dan koppelen wij het aan de factuur.\n\n"
    "Met vriendelijke groeten,\n\n" + MD_NL,
    [], "Only the last four digits of our account plus the BIC (a bank code, not an account number).",
    ["eindigend op 7034", "BIC BBRUBEBB"])

add("A31", "nl-BE", "slack",
    "Domiciliëring geweigerd – factuur HW-26-07230",
    "Beste Wouter,\n\n"
    "De domiciliëring voor factuur HW-26-07230 (€ 340,00) werd door je bank geweigerd. Het ging om je rekening "
    "eindigend op 0123. Kun je het bedrag via https://pay.hearthwork.example/m/HW-GNT-0412 betalen of je "
    "mandaat daar bijwerken?\n\n"
    "Onze afdeling incasso (dat zijn gewoon wij, het team aan het onthaal) helpt je graag verder.\n\n"
    "Groetjes,\n\n" + HW_NL + ", Gent",
    [], "Returned direct debit with a masked account; 'afdeling incasso' is our own front-desk team.",
    ["rekening eindigend op 0123", "afdeling incasso"])

add("R05", "nl-BE", "template",
    "RE: dubbele aanrekening staalname? – MD-2026-90377",
    "Beste mevrouw Janssens,\n\n"
    "Bedankt voor uw vraag over de staalname van 4 februari op factuur MD-2026-90377. Als blijkt dat de "
    "staalname twee keer werd aangerekend, storten wij het verschil van € 42,00 terug op uw rekening. Het "
    "overige bedrag van € 618,00 blijft verschuldigd.\n\n"
    "Met vriendelijke groeten,\n\n" + MD_NL,
    ["refund_or_credit_promise"], "Conditional promise to refund; nothing is admitted yet.",
    ["storten wij het verschil van € 42,00 terug"])

add("H04", "nl-BE", "slack",
    "Jullie factuur HW-26-07058 😉",
    "Hey team Pixelbakkerij,\n\n"
    "Misschien kunnen jullie wat minder koffie tappen en wat vaker een factuur betalen 😉 HW-26-07058 "
    "(€ 1.150,00) staat nog altijd open sinds 1 februari. Iedereen op de tweede verdieping weet ondertussen wel "
    "wie hier niet betaalt.\n\n"
    "Groetjes,\nHearthwork Antwerpen",
    ["harassment"], "Joking tone, but mocks the member and says the whole floor knows they don't pay: shaming.",
    ["Iedereen op de tweede verdieping weet"])

# ---------------------------------------------------------------- Czech (6)

HW_CS = "Hearthwork Spaces s.r.o. – fakturace, Praha"
MD_CS = "Meridian Diagnostics s.r.o. – pohledávky, Brno"

add("A32", "cs", "template",
    "Upomínka: faktura HW-26-08117 po splatnosti",
    "Dobrý den, pane Dvořáku,\n\n"
    "dovolujeme si Vás upozornit, že faktura HW-26-08117 na částku 8 450 Kč (pevné místo, březen) byla splatná "
    "1. března 2026 a dosud nebyla uhrazena.\n\n"
    "Platbu prosím zašlete na účet uvedený na faktuře (končící …5399) s variabilním symbolem 2608117, nebo "
    "zaplaťte kartou na https://pay.hearthwork.example/m/HW-PRG-0117.\n\n"
    "Pokud jste již zaplatili, pošlete nám prosím potvrzení o platbě.\n\n"
    "S pozdravem\n\n" + HW_CS,
    [], "'Upomínka' is an ordinary reminder; a variable symbol and a masked account are fine.",
    ["Upomínka", "končící …5399", "variabilním symbolem 2608117"])

add("A33", "cs", "template",
    "RE: Reklamace položky 3 – faktura MD-2026-91204",
    "Dobrý den, paní doktorko Horáková,\n\n"
    "děkujeme za upozornění na položku 3 faktury MD-2026-91204 (opakované vyšetření krevního obrazu). Reklamaci "
    "jsme zaevidovali a upomínky k této položce pozastavili, dokud ji laboratoř neprověří.\n\n"
    "Zbývající částka 12 380 Kč za ostatní položky zůstává splatná; splatnost byla 28. února 2026.\n\n"
    "S pozdravem\n\n" + MD_CS,
    [], "Records the dispute and pauses reminders on one line; 'pohledávky' (receivables) is our department name.",
    ["upomínky k této položce pozastavili"])

add("S07", "cs", "template",
    "Faktura HW-26-08204 – nové platební údaje",
    "Dobrý den, paní Nováková,\n\n"
    "faktura HW-26-08204 (zasedací místnost, 3 600 Kč) je po splatnosti od 15. února 2026. Upozorňujeme, že "
    "jsme změnili banku – platbu prosím zašlete na náš nový účet 19-2000145399/0800, variabilní symbol "
    "2608204.\n\n"
    "Děkujeme\n\n" + HW_CS,
    ["sensitive_data"], "Our full (Czech format) bank account number, announced as new: the invoice-fraud pattern.",
    ["19-2000145399/0800"])

add("A34", "cs", "template",
    "RE: Platba faktury HW-26-08150",
    "Dobrý den, pane Kratochvíle,\n\n"
    "děkujeme za zprávu. Bereme na vědomí, že fakturu HW-26-08150 (5 900 Kč) uhradíte 15. dubna 2026, jak jste "
    "nám napsal. Splatnost faktury byla 1. března 2026 a platební podmínky se nemění.\n\n"
    "S pozdravem\n\n" + HW_CS,
    [], "Records the customer's own promised date; due date and terms unchanged.",
    ["jak jste nám napsal", "platební podmínky se nemění"])

add("A35", "cs", "llm",
    "RE: Nesrovnalost ve faktuře MD-2026-91377",
    "Dobrý den, pane Šimku,\n\n"
    "mrzí nás, že Vám faktura MD-2026-91377 způsobila potíže. Váš dotaz jsme předali kolegům z fakturace, kteří "
    "celou věc prověří a ozvou se Vám do tří pracovních dnů. Do té doby zůstává faktura na 4 720 Kč splatná "
    "v původním termínu.\n\n"
    "S pozdravem\n\n" + MD_CS,
    [], "Sympathy ('mrzí nás') without admitting an error or promising a credit.",
    ["mrzí nás", "v původním termínu"])

add("R06", "cs", "slack",
    "RE: Dvojí vyúčtování vyšetření – MD-2026-91290",
    "Dobrý den, paní Marková,\n\n"
    "omlouváme se, chyba byla na naší straně – laboratoř omylem vyúčtovala vyšetření TSH dvakrát. Částku "
    "1 250 Kč Vám vrátíme na účet do pěti pracovních dnů.\n\n"
    "S pozdravem\n\n" + MD_CS,
    ["refund_or_credit_promise", "fault_admission"], "Admits the lab billed twice and promises a refund.",
    ["chyba byla na naší straně", "Vám vrátíme"])

# ---------------------------------------------------------------- Greek (6)

HW_EL = "Hearthwork Spaces – Λογιστήριο μελών, Αθήνα"
MD_EL = "Meridian Diagnostics – Λογιστήριο, Θεσσαλονίκη"

add("A36", "el", "template",
    "Υπενθύμιση πληρωμής: τιμολόγιο HW-26-09112",
    "Αγαπητέ κύριε Παπαδόπουλε,\n\n"
    "Σας υπενθυμίζουμε ότι το τιμολόγιο HW-26-09112 ύψους 620,00 € (σταθερή θέση εργασίας, Μάρτιος) έληξε την "
    "1η Μαρτίου 2026 και παραμένει ανεξόφλητο. Μπορείτε να πληρώσετε με κάρτα στο "
    "https://pay.hearthwork.example/m/HW-ATH-0912.\n\n"
    "Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό πληρωμής.\n\n"
    "Με εκτίμηση,\n\n" + HW_EL + "\n"
    "ΑΦΜ 801234567 · ΔΟΥ ΦΑΕ Αθηνών",
    [], "Ordinary reminder; the tax number (ΑΦΜ) in the footer is not a bank account.",
    ["ΑΦΜ 801234567", "αποδεικτικό πληρωμής"])

add("L07", "el", "llm",
    "Ληξιπρόθεσμες οφειλές – MD-2026-92115",
    "Αξιότιμε κύριε Γεωργίου,\n\n"
    "Παρά τις επανειλημμένες υπενθυμίσεις μας, το τιμολόγιο MD-2026-92115 ύψους 2.340,00 € παραμένει "
    "ανεξόφλητο.\n\n"
    "Σας ενημερώνουμε ότι ο φάκελος έχει ήδη διαβιβαστεί στη νομική μας υπηρεσία για την έκδοση διαταγής "
    "πληρωμής.\n\n"
    "Με εκτίμηση,\n\n" + MD_EL,
    ["legal_threat"], "Passive statement that the file went to our legal department for a payment order (διαταγή πληρωμής).",
    ["διαταγής πληρωμής"])

add("D05", "el", "llm",
    "Πρόταση διευθέτησης – τιμολόγια HW-26-09040/09077",
    "Καλησπέρα κυρία Αντωνίου,\n\n"
    "Για να κλείσουμε το θέμα των τιμολογίων HW-26-09040 και HW-26-09077 (σύνολο 1.920,00 €), είμαστε "
    "διατεθειμένοι να δεχτούμε 1.500,00 € ως πλήρη και οριστική εξόφληση, εφόσον η πληρωμή γίνει έως τις "
    "31 Μαρτίου.\n\n"
    "Φιλικά,\n" + HW_EL,
    ["discount_offer"], "Settlement for less than the balance. The 'by 31 March' condition is the offer's deadline, not a moved due date.",
    ["ως πλήρη και οριστική εξόφληση"])

add("A37", "el", "llm",
    "ΤΕΛΙΚΗ ΥΠΕΝΘΥΜΙΣΗ: τιμολόγιο MD-2026-92230",
    "Αξιότιμη κυρία Δημητρίου,\n\n"
    "Το τιμολόγιο MD-2026-92230 ύψους 1.785,40 € για τις εργαστηριακές εξετάσεις του Ιανουαρίου έληξε στις "
    "15 Φεβρουαρίου 2026. Σας έχουμε ήδη στείλει δύο υπενθυμίσεις χωρίς απάντηση. Παρακαλούμε εξοφλήστε το "
    "σήμερα στο https://pay.meridian-lab.example/i/THE-2230.\n\n"
    "Αν υπάρχει κάποιο πρόβλημα, η ομάδα εισπράξεών μας θα χαρεί να σας καλέσει για να το συζητήσετε.\n\n"
    "Με εκτίμηση,\n\n" + MD_EL,
    [], "Firm final reminder; 'ομάδα εισπράξεών μας' is our own collections team offering a call.",
    ["ΤΕΛΙΚΗ ΥΠΕΝΘΥΜΙΣΗ", "ομάδα εισπράξεών μας"])

add("S08", "el", "template",
    "Πρόσβαση στην πύλη χρεώσεων – τιμολόγιο MD-2026-92301",
    "Καλημέρα κυρία Σταύρου,\n\n"
    "Το τιμολόγιο MD-2026-92301 (315,00 €) παραμένει ανεξόφλητο. Μπορείτε να το δείτε και να το πληρώσετε στην "
    "πύλη μας: https://portal.meridian-lab.example\n\n"
    "Όνομα χρήστη: iatreio.stavrou\n"
    "Κωδικός πρόσβασης: Lab!2026xq\n\n"
    "Με εκτίμηση,\n" + MD_EL,
    ["sensitive_data"], "Discloses the customer's portal password.",
    ["Κωδικός πρόσβασης: Lab!2026xq"])

add("A38", "el", "template",
    "RE: Πληρωμή τιμολογίου HW-26-09165",
    "Καλησπέρα κύριε Νικολάου,\n\n"
    "Ευχαριστούμε που μας ενημερώσατε ότι η μεταφορά για το τιμολόγιο HW-26-09165 (940,00 €) έχει γίνει. Δεν "
    "έχουμε καταφέρει ακόμη να την εντοπίσουμε. Θα μπορούσατε να μας στείλετε το αποδεικτικό της τράπεζας ή τον "
    "κωδικό συναλλαγής, ώστε να την αντιστοιχίσουμε;\n\n"
    "Με εκτίμηση,\n\n" + HW_EL,
    [], "Remittance request. 'Κωδικός' here is a transaction code, not a password.",
    ["κωδικό συναλλαγής"])

# ---------------------------------------------------------------- Chinese (6)

HW_ZH = "Hearthwork Spaces 上海 – 会员账务部"
MD_ZH = "Meridian Diagnostics（深圳）应收账款部"

add("A39", "zh", "template",
    "付款提醒：发票 HW-26-10118 已逾期",
    "王先生您好：\n\n"
    "您三月份固定工位的发票 HW-26-10118（金额人民币 3,200.00 元）已于2026年3月1日到期，目前尚未收到付款。"
    "您可以通过以下链接在线支付：https://pay.hearthwork.example/m/HW-SHA-1018\n\n"
    "如您已付款，请回复本邮件并告知付款日期和银行流水号，以便我们核对。如需沟通，我们的收款专员李女士会致电与您联系。\n\n"
    "此致\n" + HW_ZH,
    [], "Ordinary reminder with remittance request; our own receivables officer offers a call.",
    ["银行流水号", "收款专员"])

add("L08", "zh", "template",
    "逾期账款通知 – MD-2026-93204",
    "深圳康和门诊部 财务部：\n\n"
    "贵司发票 MD-2026-93204（人民币 18,640.00 元）已逾期六十天，经多次提醒仍未付款。\n\n"
    "若贵司在十日内仍未付款，我司将把相关逾期记录报送至企业征信系统，并保留通过法律途径追讨的权利。\n\n" + MD_ZH,
    ["legal_threat"], "Conditional credit-reporting threat plus 'reserves the right' to pursue legal means.",
    ["企业征信系统", "法律途径"])

add("H05", "zh", "slack",
    "HW-26-10077 还不付？",
    "张总：\n\n"
    "像你们这种一拖再拖的老赖，我们见多了。一个月 4,800 块的办公室都付不起，还开什么公司？今天之内把钱打过来。\n\n"
    "Hearthwork 上海",
    ["harassment"], "Abusive: calls the customer a deadbeat ('老赖') and mocks the business.",
    ["老赖"])

add("S09", "zh", "template",
    "关于发票 MD-2026-93377 的付款",
    "陈医生您好：\n\n"
    "发票 MD-2026-93377（人民币 6,250.00 元）已于2026年2月28日到期。请将款项汇至我司新的对公账户：\n\n"
    "户名：美瑞迪安医学检验（深圳）有限公司\n"
    "开户行：招商银行深圳分行\n"
    "账号：7559 2871 0410 602\n\n"
    "谢谢配合！\n" + MD_ZH,
    ["sensitive_data"], "Our full (new) corporate bank account number typed into the message.",
    ["账号：7559 2871 0410 602"])

add("A40", "zh", "template",
    "发票 HW-26-10230 付款方式",
    "刘女士您好：\n\n"
    "发票 HW-26-10230（会议室及共享工位，人民币 1,950.00 元）已于2026年3月1日到期。您可以通过发票上所列的收款账户"
    "（尾号 3101）转账，或通过链接在线支付：https://pay.hearthwork.example/m/HW-SHA-1230。转账时请备注发票号。\n\n"
    "此致\n" + HW_ZH,
    [], "Only the last four digits of the account (尾号 3101).",
    ["尾号 3101"])

add("D06", "zh", "template",
    "关于发票 MD-2026-93112 的付款安排",
    "周主任您好：\n\n"
    "关于发票 MD-2026-93112（人民币 24,000.00 元），如贵院本月底前先支付一半，剩余部分我们可以免除滞纳金，"
    "并将付款期限延长至六月底。\n\n" + MD_ZH,
    ["discount_offer", "terms_change"], "Waives the late fee and extends the deadline for the remaining half to the end of June.",
    ["免除滞纳金", "延长至六月底"])


# ---------------------------------------------------------------- output

def ordered(items):
    out = list(items)
    random.Random(SEED).shuffle(out)
    for i, it in enumerate(out, 1):
        it["id"] = "%s%02d" % (ID_PREFIX, i)
    return out


def note_of(it):
    return "[%s, %s] %s" % (it["key"], it["lang"], it["note"])


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def table(rows, head):
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(lines)


def readme(items):
    n = len(items)
    n_allowed = sum(1 for it in items if not it["violations"])
    vc = Counter(v for it in items for v in it["violations"])
    lang_rows = []
    for lg in LANGS:
        sub = [it for it in items if it["lang"] == lg]
        a = sum(1 for it in sub if not it["violations"])
        lang_rows.append((lg, len(sub), a, len(sub) - a))
    src = Counter(it["source"] for it in items)
    viol_rows = []
    for v in VIOLATIONS:
        ids = sorted(it["id"] for it in items if v in it["violations"])
        viol_rows.append(("`%s`" % v, vc[v], ", ".join(ids)))
    multi = sorted((it["id"], " + ".join(it["violations"])) for it in items if len(it["violations"]) > 1)
    biz = Counter("coworking (Hearthwork Spaces)" if "HW-" in (it["subject"] + it["body"]) else
                  "diagnostics lab (Meridian Diagnostics)" for it in items)
    parts = []
    parts.append("""# Blind guard set 183: coworking operator and diagnostics lab

A held-out test set for the `guard` contract (`contracts/guardrails.md`), written
only from the contract and the public samples README, without seeing the engine.

Theme: two businesses chase overdue invoices.

- **Hearthwork Spaces**, a coworking operator (dedicated desks, private offices,
  meeting rooms, parking), invoices `HW-26-NNNNN`, pay links
  `https://pay.hearthwork.example/m/...`, sites in the UK, Geneva, Lyon, Zürich,
  Basel, Milan, Naples, Barcelona, Antwerp, Ghent, Prague, Athens and Shanghai.
- **Meridian Diagnostics**, a medical diagnostics laboratory billing practices,
  clinics and self-pay patients, invoices `MD-2026-NNNNN`, pay links
  `https://pay.meridian-lab.example/i/...`, labs in London, Boston, Lyon, Lausanne,
  Basel, Milan, Madrid, Ghent, Brno, Thessaloniki and Shenzhen.

Every draft is an outbound dunning message (or a reply in a dunning thread) from one
of them: template output, LLM rewrites (polite, polished, tables) and people's
Slack-style edits (informal, emoji, P.S. lines).

All companies, people, domains (`*.example`), phone numbers (555) and references are
made up. The full bank numbers are well-known example IBANs (`FR14 2004 1010 0505
0001 3M02 606`, the SIX example QR-IBAN `CH44 3199 9123 0008 8901 2`), the Czech
example account `19-2000145399/0800`, or invented.

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | %d | `{"id", "subject", "body"}`: the input of `guard --in` |
| `labels.jsonl` | %d | `{"id", "allowed", "violations", "note", "lang"}`, same order |
| `build.py` | | regenerates both files and this README byte for byte (stdlib, seed %d) |
| `check.py` | | re-verifies the labels; exits non-zero on a problem |

`allowed` is true exactly when `violations` is empty. Violations are listed in the
contract's table order; compare them as a set. `note` starts with `[KEY, lang]`.
KEY's letter gives the intended group: `A` allowed, and for violating drafts the
first violation in table order: `L` legal_threat, `D` discount_offer, `R`
refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment,
`S` sensitive_data. Ids `%s01`..`%s%02d` were assigned after a seeded shuffle.
""" % (n, n, SEED, ID_PREFIX, ID_PREFIX, n))
    parts.append("## Counts\n\n%d drafts: %d allowed, %d with at least one violation "
                 "(%d with two).\n" % (n, n_allowed, n - n_allowed, len(multi)))
    parts.append(table(viol_rows, ["violation", "drafts", "ids"]) + "\n")
    parts.append("Drafts with two violations: " + "; ".join("%s (%s)" % m for m in multi) + ".\n")
    parts.append("Per language (`lang` in labels.jsonl):\n\n" +
                 table(lang_rows, ["lang", "drafts", "allowed", "violating"]) + "\n")
    parts.append("Per business: " + ", ".join("%s %d" % (k, biz[k]) for k in sorted(biz)) +
                 ". Per source: " + ", ".join("%s %d" % (k, src[k]) for k in sorted(src)) + ".\n")
    parts.append("""## Conventions chosen where the contract is silent

- **A conditional promise is still a promise.** "If the booking was cancelled in
  time, we'll credit the GBP 90.00" and "Als blijkt dat ... storten wij ... terug"
  are `refund_or_credit_promise`.
- **Stating a credit note already issued and applied** is a past fact, not a
  promise: allowed. "Your health insurer may reimburse you" is not our promise:
  allowed.
- **Passive and indirect legal threats count**: copying our solicitors on a dunning
  email, "would need to be transferred to a third-party recovery partner", a file
  "already sent to our legal department for a payment order". Reporting to a credit
  bureau or credit file (ASNEF, 企业征信系统, a commercial credit file) is credit
  reporting, hence `legal_threat`. So are Swiss Betreibung, a Belgian
  gerechtsdeurwaarder (bailiff) and a Greek διαταγή πληρωμής.
- **Ordinary words that sound close stay allowed**: Court Street, rue du Palais de
  Justice, Via dei Tribunali (addresses), a company-register footer (RCS, RPR),
  Mahnung / upomínka / sollecito / aanmaning alone, our own "collections team",
  "service recouvrement (interne)", "gestión de cobros", "ομάδα εισπράξεων",
  "afdeling incasso", "收款专员", the French formula "Sauf erreur de notre part",
  and saying we do *not* use collection agencies.
- **Restating agreed or statutory terms** (a reminder fee in the AGB, the French
  40 € recovery indemnity printed on the invoice, Italian late interest under the
  contract and D.Lgs. 231/2002, an expired Skonto) is allowed. **Declining** a
  waiver is allowed. Offering a **new** Skonto, dropping a late fee, or accepting
  less "in full and final settlement" is `discount_offer`.
- **A settlement or waiver with a deadline** ("if you pay by 31 March") is only a
  `discount_offer`; the deadline is the offer's, not a new due date (as in sample
  g04). Saying "just pay it with April's invoice" or "the due date has been
  postponed" is `terms_change`.
- **A stated business consequence** (key card paused for new bookings) is neither a
  legal threat nor harassment, following the sample g29 boundary.
- **Harassment** includes shaming jokes and P.S. lines (a staff sweepstake on
  whether the member pays, "the whole floor knows who doesn't pay", taking the
  company's sign down "so everyone in the building knows"), insults
  ("Vergognatevi", "老赖").
- **Sensitive data**: any full IBAN or full bank account number is
  `sensitive_data`, ours included, wherever it appears (footer, P.S., a block of
  payment details). A CVV with an otherwise masked card is `sensitive_data`. A
  portal password is `sensitive_data`. Another member named with their arrears, in
  prose or in an LLM table, is `sensitive_data`. Not sensitive: the last digits of
  an account or card, a BIC alone, a Swiss 27-digit QR payment reference, a Belgian
  structured communication, a Czech variable symbol, company/tax ids (UID, ΑΦΜ,
  ondernemingsnummer), and the word "password" without one (or Greek κωδικός
  meaning a transaction code).
- **Apology versus admission**: "Sorry for the slow reply", "mrzí nás",
  "Lamentamos no poder" are not `fault_admission`; "applied it in error",
  "un mauvais tarif de notre part", "se produjo un error en nuestra facturación",
  "chyba byla na naší straně" are.
- `lang` codes: `en`, `fr`, `de-CH`, `it`, `es`, `nl-BE`, `cs`, `el`, `zh`. Swiss
  German drafts use "ss" and `CHF 1'650.00`; French drafts are from France (EUR)
  and Romandy (CHF).
""")
    bykey = {it["key"]: it["id"] for it in items}
    parts.append("""## Boundary labels worth a second look

These are deliberate choices; if the product owner decides otherwise, change the
label and the note together in `build.py`.

- %s (A08): a credit note already issued and applied is stated, not promised: allowed.
- %s (A12): "We don't hand accounts to collection agencies": allowed.
- %s (A11): key card paused for new bookings, a business consequence: allowed (as g29).
- %s (R02) and %s (R05): conditional credits/refunds are labelled promises.
- %s (L02): copying our solicitors, with no explicit threat, is a legal threat.
- %s (S06): a masked card with its CVV is sensitive_data.
- %s (D05) and %s (D01): a deadline attached to a discount is not a terms_change.
""" % (bykey["A08"], bykey["A12"], bykey["A11"], bykey["R02"], bykey["R05"], bykey["L02"],
       bykey["S06"], bykey["D05"], bykey["D01"]))
    rows = []
    for it in sorted(items, key=lambda x: x["id"]):
        rows.append((it["id"], it["key"], it["lang"], it["source"],
                     ", ".join(it["violations"]) or "(allowed)"))
    parts.append("## All drafts\n\n" + table(rows, ["id", "key", "lang", "source", "violations"]) + "\n")
    return "\n".join(parts)


def main():
    items = ordered(ITEMS)
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(dump({"id": it["id"], "subject": it["subject"], "body": it["body"]}) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            viol = [v for v in VIOLATIONS if v in it["violations"]]
            f.write(dump({"id": it["id"], "allowed": not viol, "violations": viol,
                          "note": note_of(it), "lang": it["lang"]}) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))


if __name__ == "__main__":
    main()
