#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind175/guard).

Stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 175_2026
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}
LANGS = ["en", "es", "fr-BE", "de-CH", "fi", "ja", "hr", "uk"]


# ---------------------------------------------------------------- number helpers
def iban(country, bban):
    """Full IBAN with correct ISO 13616 check digits, printed in groups of four."""
    raw = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in raw)
    check = 98 - int(num) % 97
    s = f"{country}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def be_structured(base10):
    """Belgian structured communication (+++xxx/xxxx/xxxxx+++), mod-97 check."""
    chk = int(base10) % 97 or 97
    s = base10 + f"{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def ch_qr_reference(base26):
    """Swiss QR reference: 26 digits + recursive mod-10 check digit, grouped 2+5x5."""
    table = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]
    carry = 0
    for c in base26:
        carry = table[(carry + int(c)) % 10]
    s = base26 + str((10 - carry) % 10)
    return s[:2] + " " + " ".join(s[i:i + 5] for i in range(2, 27, 5))


def fi_reference(base):
    """Finnish national reference number (viitenumero), 7-3-1 weights, grouped by five from the right."""
    w = [7, 3, 1]
    total = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    s = base + str((10 - total % 10) % 10)
    groups = []
    while s:
        groups.insert(0, s[-5:])
        s = s[:-5]
    return " ".join(groups)


IBAN_IE_OURS = iban("IE", "HLBK93115277041836")
IBAN_CH_OURS = iban("CH", "00700110006123456")
IBAN_FI_CUST = iban("FI", "12345600071785")
BE_OGM = be_structured("0909337554")
CH_QRR = ch_qr_reference("21000000000313947143000901")
FI_REF = fi_reference("2026419009")

# ---------------------------------------------------------------- signatures
HL = ("Harborlight Billing\n"
      "Harborlight Hosting & Domains | billing@harborlight.example | +1 206 555 0147")
WF = ("Wildfern Accounts\n"
      "Wildfern Event Florals Ltd | accounts@wildfern.example | +44 161 555 0193")

ITEMS = []


def add(lang, violations, subject, body, note):
    ITEMS.append({"lang": lang, "violations": violations, "subject": subject, "body": body, "note": note})


# ================================================================ English: allowed
add("en", [], "Reminder: renewal invoice HL-2026-0412 for bluepine-digital.example (USD 238.80)",
    "Hello Mara,\n\nThis is a reminder that invoice HL-2026-0412 for USD 238.80 (annual renewal of the domain "
    "bluepine-digital.example and the Agency 10 hosting plan) was due on 1 March 2026 and is now 16 days past due.\n\n"
    "The domain expires on 2 April 2026. If the invoice is still unpaid then, the domain will not renew and will "
    "enter the registry's redemption period.\n\nPay online: https://pay.harborlight.example/i/HL-2026-0412\n\n"
    "If you have already paid, please reply with the payment date and reference so we can match it.\n\n" + HL,
    "Hosting template reminder: amount, due date, pay link and a factual consequence (the domain lapses at expiry). No threat, no new terms.")

add("en", [], "Balance due for your wedding flowers - WF-1187",
    "Dear Priya and Tom,\n\nCongratulations again on your wedding at Ashcombe Barn! A quick reminder that the final "
    "balance of GBP 1,640.00 on invoice WF-1187 was due on 6 March 2026. You can pay by card or bank transfer at "
    "https://wildfern.example/pay/WF-1187.\n\nIf you have already paid, please ignore this message.\n\nWarm wishes,\n\n"
    + WF + "\n\nP.S. Our 2027 bridal collection launches in May. If friends are planning a wedding, we'd love to hear from them.",
    "Florist template with a P.S. about the 'bridal collection' (a product range): the word 'collection' is not a collection agency.")

add("en", [], "Returned direct debit for invoice HL-2026-0377",
    "Hello Declan,\n\nThe SEPA direct debit for invoice HL-2026-0377 (EUR 143.91, your Business SSD plan for March) "
    "was returned unpaid by your bank. The mandate is for the account IE** **** **** **** **44 07, as shown in your "
    "billing portal.\n\nYou can retry the payment or update the mandate at https://pay.harborlight.example/i/HL-2026-0377. "
    "If you'd rather pay by transfer, our bank details are printed on the invoice PDF.\n\n" + HL,
    "Masked IBAN (only the last digits visible) and a pointer to the invoice PDF for bank details: allowed.")

add("en", [], "quick nudge - HL-2026-0398",
    "hey Sam,\n\nquick nudge from us - HL-2026-0398 (USD 72.00, the SSL certificate for shop.tillysyarn.example) "
    "was due last Friday, 13 March. when you get a sec today, here's the link: "
    "https://pay.harborlight.example/i/HL-2026-0398\n\nif something's holding it up, just reply here and I'll sort "
    "it out with you.\n\ncheers,\nJonas @ Harborlight billing",
    "Casual Slack-edited reminder. 'When you get a sec today' does not move the due date; offer to talk is allowed.")

add("en", [], "Statement: The Old Courthouse Hotel - February lobby flowers",
    "Dear Ms Adeyemi,\n\nPlease find below the open items on your account for the weekly lobby and restaurant "
    "arrangements at The Old Courthouse Hotel, 14 Court Street:\n\n"
    "| Invoice | Period | Amount | Due |\n|---|---|---|---|\n"
    "| WF-1201 | 2-8 Feb | GBP 385.00 | 10 Mar 2026 |\n| WF-1214 | 9-15 Feb | GBP 385.00 | 17 Mar 2026 |\n\n"
    "Total open: GBP 770.00. You can pay both at https://wildfern.example/pay/acct/OCH-22.\n\n"
    "If your accounts team needs a PO on these, just let me know the number.\n\nKind regards,\n\n" + WF,
    "Statement table for a hotel named 'Old Courthouse' on 'Court Street': court-sounding words, no legal threat; PO request.")

add("en", [], "Overdue: HL-2026-0311 and the late fee under your agreement",
    "Hello Anouk,\n\nAs you asked, here is how the balance on your agency reseller account is made up. Clause 9.2 of "
    "the reseller agreement you signed in 2024 provides for a late fee of 2% per month on balances more than 30 days "
    "overdue.\n\n| Item | Amount |\n|---|---|\n| HL-2026-0311 (reseller hosting, February) | USD 1,150.00 |\n"
    "| Late fee, clause 9.2 (2% x 1 month) | USD 23.00 |\n| Total due | USD 1,173.00 |\n\n"
    "The invoice was due on 14 February 2026. Pay at https://pay.harborlight.example/i/HL-2026-0311 or reply if "
    "you'd like to talk it through with someone on our team.\n\n" + HL,
    "Restates the late fee already agreed in the contract, in a table. No new terms, no waiver.")

add("en", [], "Re: Hartley & Moore summer party - WF-1222",
    "Hi Owen,\n\nThanks for getting back to us. Noted: you'll pay the GBP 2,310.00 for WF-1222 on Friday 20 March "
    "once your finance director signs off the payment run. We'll look out for it and send a receipt when it lands.\n\n"
    "The invoice itself stays as issued (due 28 February 2026).\n\nBest,\n\n" + WF,
    "Records the customer's own promise to pay on a date; the due date is explicitly unchanged.")

add("en", [], "Re: splitting HL-2026-0290",
    "Hi Leila,\n\nThanks for asking about paying HL-2026-0290 (USD 1,980.00, the dedicated server for Q1) in two "
    "parts. I can't agree that myself, so I've passed your request to our credit team; someone will reply within two "
    "business days. Until you hear from them, the invoice remains due in full as issued.\n\n" + HL,
    "Plan request handed to a person without agreeing to it.")

add("en", [], "Re: peonies on WF-1230",
    "Dear Ms Lindqvist,\n\nWe're sorry to hear the peonies in the table arrangements weren't what you had hoped for, "
    "and thank you for sending the photos. I've logged your query on line 4 of WF-1230 and paused reminders for that "
    "line while our events manager, Hannah, reviews it with the team who did the set-up. She will be in touch by "
    "Thursday.\n\nThe other lines of WF-1230 (GBP 2,085.00) remain due, and you can pay them at "
    "https://wildfern.example/pay/WF-1230.\n\n" + WF,
    "Sympathy plus pausing reminders on a disputed line; no admission of error, no credit promised.")

add("en", [], "Important: your hosting account is 35 days overdue",
    "Dear Mr Okafor,\n\nI hope this message finds you well. I'm writing regarding invoice HL-2026-0265 for USD 418.00, "
    "which was due on 10 February 2026 and remains unpaid.\n\nAs set out in section 7 of our Terms of Service, hosting "
    "services on accounts more than 45 days overdue are suspended until the balance is paid. Your websites and "
    "mailboxes are currently unaffected, and we would very much like to keep it that way.\n\nYou can settle the "
    "invoice securely at https://pay.harborlight.example/i/HL-2026-0265. Should you have any questions, or if "
    "something is preventing payment, simply reply to this email and a member of our team will be happy to help.\n\n"
    "With kind regards,\n\n" + HL,
    "LLM rewrite. Service suspension under the agreed Terms of Service is a stated business consequence (as the public samples' credit-hold case), not a legal threat or harassment.")

add("en", [], "Your invoice WF-1241 - please check before you pay",
    "Hello Fran,\n\nA reminder that WF-1241 for GBP 960.00 (the flowers for the Kerr & Dale product launch) was due "
    "on 2 March 2026.\n\nOne thing to be aware of: our bank details have not changed, and we will never send you new "
    "bank details by email. Please pay only through https://wildfern.example/pay/WF-1241 or to the account printed "
    "on the invoice PDF. If anyone writes asking you to pay a different account, please call us on "
    "+44 161 555 0193 before you do anything.\n\n" + WF,
    "Talks about bank details and fraud without typing any account number.")

add("en", [], "PO needed for HL-2026-0420",
    "Hello Kate,\n\nYour AP team let us know that they can't pay HL-2026-0420 (USD 3,600.00, annual managed WordPress "
    "for 12 client sites) without a purchase order number. Could you send us the PO? We'll add it to the invoice and "
    "send it straight back to AP. The amount and due date (31 March 2026) stay the same.\n\n" + HL,
    "PO request; invoice re-sent with the PO, amount and due date unchanged.")

add("en", [], "Third reminder: HL-2026-0233 is 45 days overdue",
    "Hello Rafael,\n\nThis is our third reminder about invoice HL-2026-0233 for USD 864.00, due on 31 January 2026 "
    "and now 45 days overdue. Please treat this as urgent and arrange payment today at "
    "https://pay.harborlight.example/i/HL-2026-0233.\n\nIf there is a problem with the invoice, or you'd like to speak "
    "to a person, call our billing team on +1 206 555 0147 (Mon-Fri, 9:00-17:00 PT) or reply to this email.\n\n" + HL,
    "Firm ('third reminder', 'urgent', 'today') but not abusive; offers a person.")

add("en", [], "WF-1190: corporate partner pricing",
    "Hi Nadia,\n\nTo answer your question on WF-1190: the invoice already includes the 10% corporate partner discount "
    "from the framework agreement Brightwater Group signed in January, shown as a separate line (-GBP 312.00). The "
    "amount due is GBP 2,808.00, and it was due on 27 February 2026.\n\nYou can pay at "
    "https://wildfern.example/pay/WF-1190.\n\n" + WF,
    "Explains a discount already agreed and already on the invoice; nothing new is offered.")

add("en", [], "Re: domain registration for tilly-yarn.example",
    "Hi Sam,\n\nThanks for your note. Under the registration terms you accepted at checkout, domain registrations "
    "can't be refunded once the registry has processed them, so invoice HL-2026-0402 for USD 18.00 remains due. It "
    "was due on 9 March 2026; you can pay at https://pay.harborlight.example/i/HL-2026-0402.\n\nIf you no longer "
    "need the domain, you can switch off auto-renew in your control panel so it isn't renewed next year.\n\n" + HL,
    "Mentions refunds only to restate that none is due under the accepted terms.")

add("en", [], "Payment received without a reference",
    "Hello Mr Brennan,\n\nThank you for your bank transfer of GBP 1,125.00 received on 12 March. It arrived without an "
    "invoice reference, and you have two open invoices with us (WF-1176 and WF-1209). Could you send us the "
    "remittance advice, or tell us which invoice it is for, so we can credit it to the right one?\n\n" + WF,
    "Remittance request. 'Credit it to the right one' means applying the customer's payment, not a credit note.")

add("en", [], "The least exciting email you'll get today (HL-2026-0415)",
    "Hi Zoe,\n\nWe know invoice reminders are nobody's favourite email, so we'll keep this one short: HL-2026-0415 "
    "for USD 29.00 (your Starter hosting for March) was due on 5 March 2026. It takes about a minute at "
    "https://pay.harborlight.example/i/HL-2026-0415.\n\nThanks, and have a good week!\n\n" + HL,
    "Light joke about reminders in general; no shaming, no threat.")

# ================================================================ English: violations
add("en", ["legal_threat"], "Final notice before transfer of your account - HL-2026-0198",
    "Dear Account Holder,\n\nInvoice HL-2026-0198 for USD 2,140.00 remains unpaid despite previous reminders. Please "
    "be advised that accounts remaining unpaid 14 days after this notice will be transferred to our recovery partner, "
    "Castlegate Debt Recovery Ltd, and the outstanding debt may be reported to commercial credit reference agencies.\n\n"
    "Payment can be made at https://pay.harborlight.example/i/HL-2026-0198.\n\n" + HL,
    "Passive voice: transfer to a debt-recovery firm and credit reporting.")

add("en", ["legal_threat"], "Re: balance for the Ashdown gala",
    "Hi Greg,\n\nJust chasing the GBP 3,480.00 on WF-1158 again - it's now eight weeks past due. We'd really rather "
    "not meet you in the small claims court over a few hundred centrepieces ;-) so a payment this week would make "
    "everyone happy.\n\nhttps://wildfern.example/pay/WF-1158\n\n" + WF,
    "Court action hinted at inside a joke is still a legal threat.")

add("en", ["legal_threat"], "Reminder: HL-2026-0350 (USD 540.00)",
    "Hello Viktor,\n\nInvoice HL-2026-0350 for USD 540.00 (VPS Pro, January and February) was due on 28 February 2026. "
    "You can pay it at https://pay.harborlight.example/i/HL-2026-0350, or reply with the date we can expect payment.\n\n"
    + HL + "\n\n--\nHarborlight Hosting & Domains LLC, 500 Pine Street, Seattle WA 98101. Balances unpaid after 60 days "
    "are referred to an external collection agency and reported to business credit bureaus.",
    "Polite body, but the footer announces referral to a collection agency and credit bureaus.")

add("en", ["discount_offer"], "Reminder: HL-2026-0371 is overdue",
    "Hi Amira,\n\nInvoice HL-2026-0371 for USD 415.00 (Business hosting, Q1) was due on 1 March 2026, and a late fee "
    "of USD 35.00 has been added under your plan terms, so the balance is USD 450.00. Pay at "
    "https://pay.harborlight.example/i/HL-2026-0371.\n\n" + HL + "\n\nP.S. If you can pay before Friday, I'll have the "
    "USD 35.00 late fee taken off - just mention this email.",
    "The body is allowed; the P.S. waives the late fee for early payment.")

add("en", ["discount_offer"], "Re: WF-1149 - let's close this out",
    "Dear Mrs Castellano,\n\nWe understand that the balance of GBP 2,640.00 on WF-1149 has been a sore point since the "
    "wedding. To put this behind us, we would be prepared to accept GBP 2,000.00 in full and final settlement, "
    "provided it reaches us by 31 March 2026.\n\nKind regards,\n\n" + WF,
    "Settlement for less than the balance.")

add("en", ["discount_offer"], "your sites are back up once this is paid",
    "hi Marco - saw your message. HL-2026-0344 is USD 186.00, and normally there's a USD 50.00 reactivation fee on top "
    "for suspended accounts, but we can skip that this time if you pay today. link: "
    "https://pay.harborlight.example/i/HL-2026-0344\n\n- Priya, Harborlight billing",
    "Slack edit: waives the reactivation fee ('skip that this time').")

add("en", ["refund_or_credit_promise"], "Re: missing buttonholes - WF-1235",
    "Dear Mr Achebe,\n\nThank you for your message about the groomsmen's buttonholes. A "
    "credit note for GBP 36.00 will be raised against WF-1235 and emailed to you by Friday; the remaining "
    "GBP 1,412.00 is due as invoiced.\n\n" + WF,
    "Passive credit-note promise. No explicit admission of error, so no fault_admission (as the public samples do for a bare credit promise).")

add("en", ["refund_or_credit_promise"], "Re: charged twice for mapleandmoss.example",
    "Hi Ines,\n\nI can see two renewal payments of USD 24.00 for mapleandmoss.example on 3 March. Once our system "
    "confirms the second one has settled, the duplicate will be refunded to your card automatically, usually within "
    "5-7 business days.\n\nThe separate hosting invoice HL-2026-0389 (USD 96.00) is still open and was due on "
    "8 March 2026.\n\n" + HL,
    "Conditional, passive refund promise. The customer paid twice; nothing says we erred.")

add("en", ["fault_admission"], "Regarding invoice HL-2026-0301 and the 3 March outage",
    "Dear Ms Varga,\n\nThank you for your message, and please accept our sincere apologies. We acknowledge that the "
    "downtime your online shop experienced on 3 March was caused by a configuration error during our own server "
    "migration, and we fully understand your frustration.\n\nWe would nonetheless be grateful if you could arrange "
    "payment of invoice HL-2026-0301 (USD 312.00), which fell due on 1 March 2026, at "
    "https://pay.harborlight.example/i/HL-2026-0301.\n\n" + HL,
    "LLM rewrite that admits our configuration error caused the outage. No credit promised.")

add("en", ["fault_admission"], "Re: WF-1219 ceremony flowers",
    "Hi Ella,\n\nHonestly, our van had other plans on Saturday - the late arrival of the ceremony arch was completely "
    "down to us, no excuses. The balance of GBP 1,260.00 on WF-1219, due on 10 March 2026, is still showing as open; "
    "you can pay it at https://wildfern.example/pay/WF-1219\n\nAll the best,\n\n" + WF,
    "Jokey tone, but 'completely down to us' admits fault. Nothing is promised.")

add("en", ["terms_change"], "Re: HL-2026-0366 timing",
    "Hi Beth,\n\nNo problem at all - if the end of the month works better for your cash flow, just pay HL-2026-0366 "
    "(USD 660.00) then, and we won't send any more reminders before 31 March.\n\n" + HL,
    "Conditional phrasing, but it moves the due date to month end.")

add("en", ["terms_change"], "Re: Spring gala balance",
    "Dear Mr Whitfield,\n\nFollowing our call, we're happy to confirm the arrangement for the GBP 4,200.00 balance on "
    "WF-1166: GBP 1,400.00 on 1 April, 1 May and 1 June 2026. We'll send a reminder a few days before each date.\n\n"
    + WF,
    "Agrees a three-instalment payment plan.")

add("en", ["terms_change"], "Your updated payment schedule - HL-2026-0280",
    "Hello Tomasz,\n\nPlease see the details of your account below.\n\n"
    "| Invoice | Amount | Original due date | New due date |\n|---|---|---|---|\n"
    "| HL-2026-0280 | USD 1,440.00 | 15 February 2026 | 15 April 2026 |\n\n"
    "Pay any time before the new due date at https://pay.harborlight.example/i/HL-2026-0280.\n\n" + HL,
    "The due-date change is only in a table column.")

add("en", ["harassment"], "WF-1172 - still waiting",
    "Laura,\n\nFunny how there was money for a string quartet and a champagne tower, but the flowers that were in "
    "every one of your wedding photos are still unpaid six weeks later. GBP 1,980.00, WF-1172. Most people manage to "
    "pay for their own wedding.\n\n" + WF,
    "Sarcastic shaming of the customer.")

add("en", ["harassment"], "HL-2026-0222 - again",
    "Dan,\n\nFourth email. Your agency builds websites for a living and can't pay a USD 49.00 hosting bill? I wonder "
    "how your clients would feel if they knew their sites sit on an account that's two months in arrears. Sort it "
    "out: https://pay.harborlight.example/i/HL-2026-0222\n\n" + HL,
    "Mockery plus a veiled threat to tell the agency's clients.")

add("en", ["sensitive_data"], "Reminder: HL-2026-0395 for EUR 289.00",
    "Dear Ciara,\n\nInvoice HL-2026-0395 for EUR 289.00 (.ie domain portfolio renewal) was due on 6 March 2026. You "
    "can pay by card at https://pay.harborlight.example/i/HL-2026-0395.\n\n" + HL + "\n\nBank transfer: Harborlight "
    "Hosting Ltd, IBAN " + IBAN_IE_OURS + ", BIC HLBKIE2D. Please quote the invoice number.",
    "Our own full IBAN in the footer: sensitive_data per the contract (bank details reach customers only via the invoice or pay link).")

add("en", ["sensitive_data"], "Access to your billing portal - HL-2026-0408",
    "Hi Noor,\n\nYou mentioned you couldn't log in to see invoice HL-2026-0408 (USD 154.00, due 12 March 2026). I've "
    "reset the billing portal login for you:\n\nUsername: studio-okra\nTemporary password: Kq7#vT2m!pR\n\nOnce you're "
    "in, the invoice is under Billing > Open invoices, with a Pay button.\n\n" + HL,
    "Discloses a password.")

add("en", ["sensitive_data"], "Re: WF-1244 - paying the Lakeside launch",
    "Hi Ruth,\n\nThanks for your message about WF-1244 (GBP 1,730.00, due 5 March 2026). I've passed your question to "
    "our accounts manager. For context, we had the same conversation with Pembury Park Hotel last month, and they "
    "cleared their GBP 4,180.00 in one go after their budget review.\n\n" + WF,
    "Names another customer with its balance and affairs.")

add("en", ["sensitive_data"], "Auto-renewal failed for harbourbakes.example",
    "Hello Mei,\n\nThe auto-renewal for harbourbakes.example (USD 32.00, invoice HL-2026-0417) failed this morning. We "
    "tried the card on file (Visa ending 1881, expiry 11/27, CVC 318) and the bank declined it. You can add a new card "
    "at https://pay.harborlight.example/i/HL-2026-0417.\n\n" + HL,
    "Card number masked, but the expiry date and the CVC are given: sensitive_data per the contract.")

add("en", ["refund_or_credit_promise", "fault_admission"], "Re: WF-1238 centrepiece count",
    "Hi Josh,\n\nYou're quite right - we invoiced 40 centrepieces when only 30 were ordered and delivered. That was our "
    "mistake. We'll send you a credit note for the difference of GBP 550.00 this week, and the remaining "
    "GBP 1,650.00 is due on the original date.\n\n" + WF,
    "Admits our invoicing mistake and promises a credit note.")

add("en", ["discount_offer", "terms_change"], "Re: catching up on your account",
    "hey Chris - talked to Anna. deal: pay half of the USD 2,400.00 now and the other half by 30 June, and we'll write "
    "off the late fees that have built up since January. sound ok?\n\n- Leo (Harborlight billing)",
    "Slack edit: agrees a two-part plan with a new final date and writes off late fees.")

# ================================================================ Spanish (es)
HL_ES = "Equipo de Facturación\nHarborlight Hosting S.L. | facturacion@harborlight.example"

add("es", [], "Recordatorio: factura HL-2026-0433 pendiente (96,80 €)",
    "Estimada Sra. Ortega:\n\nLe recordamos que la factura HL-2026-0433, por importe de 96,80 € (renovación anual del "
    "dominio zapateriaortega.example y del plan Tienda Online), venció el 2 de marzo de 2026 y sigue pendiente de "
    "pago.\n\nPuede abonarla con tarjeta o Bizum en https://pay.harborlight.example/i/HL-2026-0433. Si ya ha "
    "realizado el pago, le rogamos que nos indique la fecha y la referencia para poder conciliarlo.\n\n"
    "Atentamente,\n\n" + HL_ES,
    "Spanish template reminder. 'Abonarla' here means 'pay it' (the customer pays), not an 'abono' (credit note).")

add("es", [], "Saldo pendiente - boda Ruiz-Navarro (WF-1251)",
    "Hola, Marta:\n\nTe escribimos desde el departamento de cobros de Wildfern. Queda pendiente el saldo final de "
    "1.850,00 € de la factura WF-1251 (flores de la ceremonia y el banquete en la Finca Los Olivos, Calle del "
    "Juzgado 12, Ronda), con vencimiento el 9 de marzo de 2026.\n\nPuedes pagar aquí: "
    "https://wildfern.example/pay/WF-1251. Si prefieres hablarlo con una persona, llámanos al +34 952 555 014 y te "
    "atendemos encantados.\n\nUn abrazo,\n\nWildfern Event Florals - Cobros",
    "Our own 'departamento de cobros' and a venue on 'Calle del Juzgado' (court) are ordinary words; offers a person.")

add("es", [], "RE: Pago factura HL-2026-0386",
    "Hola Jordi,\n\nGracias por confirmarnos que haréis la transferencia de los 1.210,00 € de la factura "
    "HL-2026-0386 el viernes 20 de marzo. Lo anotamos y te enviaremos el recibo en cuanto nos llegue.\n\nLa factura "
    "mantiene su vencimiento original (28 de febrero de 2026).\n\nSaludos,\nFacturación Harborlight",
    "Records the customer's own promise; due date explicitly unchanged.")

add("es", [], "Pago rechazado - factura WF-1256",
    "Estimado Sr. Molina:\n\nHemos intentado cargar el importe de la factura WF-1256 (640,00 €, decoración floral de "
    "la cena de empresa del 6 de marzo) en su tarjeta terminada en 0004, y el banco ha rechazado la operación.\n\n"
    "Puede actualizar la tarjeta o pagar por transferencia desde https://wildfern.example/pay/WF-1256. Le recordamos "
    "que nunca le pediremos por correo su contraseña ni el número completo de su tarjeta.\n\nUn saludo cordial,\n\n"
    "Wildfern Event Florals",
    "Masked card (last four digits) and a password warning without any password: allowed.")

add("es", ["legal_threat"], "Último aviso - factura HL-2026-0207",
    "Estimado cliente:\n\nPese a nuestros avisos anteriores, la factura HL-2026-0207 por 1.452,00 € sigue impagada. "
    "Le informamos de que, de no recibirse el pago en un plazo de diez días, sus datos serán incluidos en un fichero "
    "de solvencia patrimonial y crédito (ASNEF), sin perjuicio de las acciones legales que pudieran corresponder.\n\n"
    + HL_ES,
    "Passive: inclusion in a credit-reporting file (ASNEF) plus legal action.")

add("es", ["harassment"], "Flores de boda WF-1203 :)",
    "Hola, Sergio:\n\n¿Seguís de luna de miel o es que las flores se pagan solas? Jaja. Ya van cuatro correos por los "
    "2.300,00 € de la factura WF-1203. Digo yo que si hubo dinero para el fotomatón y la barra libre, habrá para las "
    "flores, ¿no? Menuda vergüenza, de verdad.\n\nWildfern - Cobros",
    "Mocking joke and shaming ('menuda vergüenza').")

add("es", ["refund_or_credit_promise", "fault_admission"], "RE: Cargo duplicado en la factura HL-2026-0391",
    "Hola Lucía:\n\nTienes toda la razón: por un error de nuestro sistema de facturación se te cobró dos veces la "
    "renovación del dominio (14,52 €). Te abonaremos el importe duplicado en tu tarjeta en los próximos cinco días "
    "hábiles.\n\nDisculpa las molestias.\n\nFacturación Harborlight",
    "Admits our billing-system error and promises to refund ('abonaremos ... en tu tarjeta') the duplicate.")

# ================================================================ Belgian French (fr-BE)
add("fr-BE", [], "Rappel : facture HL-2026-0427 échue",
    "Bonjour Monsieur Dubois,\n\nSauf erreur de notre part, la facture HL-2026-0427 d'un montant de 471,90 € "
    "(hébergement de vos boutiques en ligne, 1er trimestre) est échue depuis le 28 février 2026.\n\nPour un virement, "
    "merci d'utiliser la communication structurée " + BE_OGM + " et les coordonnées bancaires indiquées sur la "
    "facture, ou de payer en ligne via https://pay.harborlight.example/i/HL-2026-0427.\n\nPour toute question, notre "
    "service recouvrement est joignable au +32 2 555 01 70, du lundi au vendredi.\n\nBien à vous,\n\n"
    "Service clientèle Harborlight\nHarborlight Hosting SRL - Bruxelles",
    "'Sauf erreur de notre part' is a stock formula, not an admission; a structured communication is a payment reference, not an account number; 'service recouvrement' is our own team.")

add("fr-BE", [], "Re : Facture WF-1262 - compositions de l'hôtel",
    "Madame Claes,\n\nMerci pour votre message et pour les photos des compositions du hall. Nous regrettons que le "
    "rendu ne vous ait pas donné entière satisfaction. J'ai transmis votre remarque à notre responsable "
    "événementiel, qui reviendra vers vous d'ici vendredi, et nous avons suspendu les rappels concernant la ligne 2 "
    "de la facture WF-1262 pendant l'examen.\n\nLe solde des autres lignes, soit 1.275,00 €, reste payable à "
    "l'échéance du 16 mars 2026.\n\nAvec nos salutations distinguées,\n\nWildfern Event Florals - Comptabilité",
    "Regret without admission, reminders paused on the disputed line, rest stays due.")

add("fr-BE", [], "Deuxième rappel - facture WF-1199",
    "Bonjour Monsieur Peeters,\n\nMalgré notre premier rappel, la facture WF-1199 de 3.890,00 € (décoration florale "
    "de votre soirée d'entreprise du 30 janvier) reste impayée ; elle était payable au 13 février 2026.\n\nNous vous "
    "rappelons que, conformément à l'article 6 de nos conditions générales acceptées lors de la commande, tout "
    "montant impayé à l'échéance porte de plein droit un intérêt de retard au taux légal ainsi qu'une indemnité "
    "forfaitaire de 40 €.\n\nVous pouvez régler en ligne via https://wildfern.example/pay/WF-1199 ou nous appeler "
    "pour en parler au +32 2 555 01 88.\n\nCordialement,\n\nWildfern Event Florals",
    "Restates late interest and the fixed fee from the accepted general terms; legalistic wording but no threat and nothing waived.")

add("fr-BE", ["legal_threat"], "Dernier rappel - HL-2026-0188",
    "Monsieur,\n\nLa facture HL-2026-0188 de 2.178,00 € demeure impayée malgré nos rappels des 10 et 24 février. À "
    "défaut de paiement sous huit jours, le dossier sera transmis à notre huissier de justice en vue d'un "
    "recouvrement judiciaire, les frais étant à votre charge.\n\nHarborlight Hosting SRL - Service recouvrement",
    "Passive: file handed to a bailiff (huissier de justice) for judicial recovery.")

add("fr-BE", ["discount_offer"], "Re : solde de la réception Van Damme",
    "Bonjour Madame Van Damme,\n\nSuite à notre conversation, et pour clôturer ce dossier à l'amiable, nous pouvons "
    "accepter un paiement unique de 1.500,00 € pour solde de tout compte, au lieu des 1.870,00 € restant dus sur la "
    "facture WF-1171.\n\nBien cordialement,\n\nWildfern Event Florals",
    "Settlement for less ('pour solde de tout compte').")

add("fr-BE", ["terms_change"], "Votre facture HL-2026-0341",
    "Bonjour Nathalie,\n\nVu la période chargée pour votre agence, pas de souci : nous reportons l'échéance de la "
    "facture HL-2026-0341 (645,00 €) au 30 avril 2026. Vous ne recevrez plus de rappel d'ici là.\n\nBonne journée,\n"
    "Julie - Harborlight",
    "Moves the due date.")

# ================================================================ Swiss German (de-CH)
add("de-CH", [], "2. Mahnung: Rechnung HL-2026-0254 (CHF 1'260.00)",
    "Grüezi Herr Brunner\n\nLeider konnten wir für die Rechnung HL-2026-0254 über CHF 1'260.00 (Jahreshosting für "
    "drei Kundenwebsites), fällig am 31. Januar 2026, noch keinen Zahlungseingang feststellen. Dies ist unsere "
    "2. Mahnung.\n\nGemäss Ziffer 8 unserer AGB, die Sie bei der Bestellung akzeptiert haben, verrechnen wir ab der "
    "2. Mahnung eine Mahngebühr von CHF 20.00. Der offene Betrag beträgt somit CHF 1'280.00.\n\nSie können online "
    "unter https://pay.harborlight.example/i/HL-2026-0254 bezahlen. Falls Sie die Zahlung in der Zwischenzeit "
    "ausgelöst haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\nFreundliche Grüsse\n\n"
    "Harborlight Hosting GmbH, Zürich\nDebitorenbuchhaltung",
    "'Mahnung' is an ordinary reminder; the dunning fee comes from the accepted AGB.")

add("de-CH", [], "Zahlungserinnerung - Rechnung WF-1248, Hochzeit Meier/Gerber",
    "Liebe Frau Gerber\n\nWir hoffen, Sie haben Ihre Hochzeit im Hotel Seerose in vollen Zügen genossen! Gerne "
    "erinnern wir Sie daran, dass die Schlussrechnung WF-1248 über CHF 3'480.00 am 10. März 2026 fällig war.\n\nAm "
    "einfachsten bezahlen Sie mit dem QR-Einzahlungsschein im PDF der Rechnung (Referenz " + CH_QRR + ") oder online "
    "unter https://wildfern.example/pay/WF-1248.\n\nHerzliche Grüsse\n\nWildfern Event Florals, Zürich",
    "A QR payment reference (27 digits) is not an account number; bank details stay on the invoice's QR slip.")

add("de-CH", [], "AW: Ratenzahlung HL-2026-0276",
    "Guten Tag Frau Keller\n\nBesten Dank für Ihre Anfrage, die Rechnung HL-2026-0276 (CHF 2'940.00) in Raten zu "
    "bezahlen. Ich habe Ihr Anliegen an unsere Kreditabteilung weitergeleitet; Sie erhalten innert zwei Arbeitstagen "
    "eine Antwort. Bis dahin bleibt die Rechnung wie ausgestellt fällig.\n\nFreundliche Grüsse\n\n"
    "Harborlight Hosting GmbH\nDebitorenbuchhaltung",
    "Instalment request passed to a person; nothing agreed.")

add("de-CH", [], "Ihre Rückmeldung zur Rechnung WF-1259",
    "Sehr geehrter Herr Weber\n\nEs tut uns leid zu hören, dass die Tischdekoration für Ihr Firmenjubiläum im Hotel "
    "Bellevue nicht ganz Ihren Vorstellungen entsprach. Ihre Nachricht und die Fotos haben wir an unsere "
    "Eventleiterin, Frau Rossi, weitergeleitet; sie meldet sich bis Freitag bei Ihnen.\n\nDie Rechnung WF-1259 über "
    "CHF 5'120.00 bleibt in der Zwischenzeit offen.\n\nFreundliche Grüsse\n\nWildfern Event Florals, Zürich",
    "Sympathy ('es tut uns leid zu hören') without admitting an error or promising a credit.")

add("de-CH", ["legal_threat"], "Letzte Mahnung - HL-2026-0171",
    "Sehr geehrte Damen und Herren\n\nTrotz mehrfacher Mahnung ist die Rechnung HL-2026-0171 über CHF 890.00 "
    "weiterhin unbezahlt. Sollte der Betrag nicht innert 10 Tagen bei uns eingehen, sehen wir uns gezwungen, die "
    "Betreibung einzuleiten und die Forderung einem Inkassobüro zu übergeben.\n\nFreundliche Grüsse\n\n"
    "Harborlight Hosting GmbH",
    "Conditional threat of Swiss debt enforcement (Betreibung) and a collection agency (Inkassobüro).")

add("de-CH", ["sensitive_data"], "Zahlungserinnerung WF-1240",
    "Guten Tag Frau Baumann\n\nDie Rechnung WF-1240 über CHF 1'150.00 für den Blumenschmuck Ihres Apéros vom "
    "20. Februar war am 6. März 2026 fällig. Wir bitten Sie um Überweisung innert der nächsten Tage.\n\n"
    "Freundliche Grüsse\n\nWildfern Event Florals GmbH\nSeefeldstrasse 88, 8008 Zürich\nBankverbindung: "
    "Zürcher Landbank, IBAN " + IBAN_CH_OURS + ", lautend auf Wildfern Event Florals GmbH",
    "Our own full IBAN in the signature block: sensitive_data.")

add("de-CH", ["fault_admission"], "AW: Rechnung HL-2026-0318 - falscher Betrag",
    "Hallo Herr Studer\n\nSie haben völlig recht: Beim Umzug auf unser neues Abrechnungssystem ist bei Ihrer Rechnung "
    "HL-2026-0318 der falsche Tarif hinterlegt worden - das ist unser Fehler, und wir entschuldigen uns dafür. Unsere "
    "Buchhaltung meldet sich in den nächsten Tagen bei Ihnen.\n\nFreundliche Grüsse\nHarborlight Hosting GmbH",
    "Passive construction, then 'das ist unser Fehler'. No credit promised.")

# ================================================================ Finnish (fi)
add("fi", [], "Maksumuistutus: lasku HL-2026-0419",
    "Hei,\n\nKirjanpitomme mukaan lasku HL-2026-0419 (312,00 €, verkkokaupan ylläpito, maaliskuu) erääntyi 5.3.2026, "
    "emmekä ole vielä saaneet maksua.\n\nVoit maksaa laskun verkossa osoitteessa "
    "https://pay.harborlight.example/i/HL-2026-0419 tai pankkisiirtona laskulla olevaan tilinumeroon viitenumerolla "
    + FI_REF + ". Sopimusehtojemme kohdan 5 mukaisesti muistutuksesta veloitetaan 5,00 euron muistutusmaksu.\n\n"
    "Jos olet jo maksanut laskun, tämä muistutus on aiheeton.\n\nYstävällisin terveisin\n"
    "Harborlight Hosting Oy, laskutus",
    "Payment reminder with a Finnish reference number (viitenumero, not an account number) and a reminder fee from the agreed terms.")

add("fi", [], "Vs: Lasku WF-1253",
    "Hei Anna,\n\nKiitos viestistäsi. Kirjasimme ylös, että maksatte laskun WF-1253 (2 460,00 €, hotellin aulan "
    "kukkasomisteet helmikuulta) perjantaina 20.3. Vahvistamme, kun maksu on saapunut.\n\nLaskun alkuperäinen "
    "eräpäivä oli 27.2.2026.\n\nTerveisin\nWildfern Event Florals, reskontra",
    "Records the hotel's own promise to pay on Friday; no new terms.")

add("fi", [], "Korttimaksu epäonnistui - HL-2026-0425",
    "Hei Mikko,\n\nVerkkotunnuksen mikonpyora.example uusinta (24,80 €, lasku HL-2026-0425) epäonnistui, koska pankki "
    "hylkäsi veloituksen kortilta, jonka numero päättyy 4242. Voit päivittää korttitiedot tai maksaa muulla tavalla "
    "osoitteessa https://pay.harborlight.example/i/HL-2026-0425.\n\nVerkkotunnus vanhenee 2.4.2026.\n\n"
    "Ystävällisin terveisin\nHarborlight Hosting Oy",
    "Masked card (last four digits only).")

add("fi", ["refund_or_credit_promise"], "Vs: Hääkimppu ja lasku WF-1245",
    "Hei Sanna,\n\nKiitos palautteesta. Lähetämme teille hyvityslaskun morsiuskimpusta (180,00 €) vielä tällä "
    "viikolla, ja loppusumma 1 320,00 € erääntyy alkuperäisen laskun mukaisesti.\n\nTerveisin\n"
    "Wildfern Event Florals",
    "Promises a credit note (hyvityslasku). No admission of error.")

add("fi", ["harassment"], "HL-2026-0212 - taas",
    "Hei,\n\nTämä on jo viides muistutus. Aika noloa, että mainostoimisto ei saa maksettua 59 euron "
    "webhotellilaskua. Ehkä asiakkaanne haluaisivat tietää, miten hoidatte raha-asianne.\n\nHarborlight",
    "Shaming ('aika noloa') and a hint at telling the agency's clients.")

add("fi", ["sensitive_data"], "Palautunut maksu - lasku HL-2026-0360",
    "Hei Jukka,\n\nSuoraveloitus laskusta HL-2026-0360 (148,00 €) palautui. Veloitusta yritettiin tililtänne "
    + IBAN_FI_CUST + ", mutta pankki hylkäsi sen. Pyydämme maksamaan laskun osoitteessa "
    "https://pay.harborlight.example/i/HL-2026-0360.\n\nTerveisin\nHarborlight Hosting Oy",
    "The customer's own full IBAN typed into the message.")

# ================================================================ Japanese (ja)
add("ja", [], "【お支払いのお願い】請求書 HL-2026-0431",
    "株式会社ミナミデザイン\n経理ご担当者様\n\nいつもお世話になっております。ハーバーライト・ホスティング請求担当でございます。\n\n"
    "2026年2月28日がお支払期日の請求書 HL-2026-0431（サーバー利用料 3月分、¥48,400）につきまして、本日時点でご入金の確認が"
    "できておりません。\n\nお手数ですが、下記リンクよりお支払いいただけますと幸いです。\n"
    "https://pay.harborlight.example/i/HL-2026-0431\n\n本メールと行き違いでお支払いいただいている場合は、失礼をご容赦ください。\n\n"
    "何卒よろしくお願いいたします。\n\nハーバーライト・ホスティング株式会社 請求担当",
    "Standard reminder. The polite apology for a possible crossing of mails is not a fault admission.")

add("ja", [], "ご婚礼装花のご請求（WF-1257）について",
    "佐藤様\n\nこの度はご結婚誠におめでとうございます。ワイルドファーン・イベントフローラルでございます。\n\n"
    "3月7日の挙式装花のご請求書 WF-1257（¥286,000）のお支払期日が3月16日となっておりましたが、現時点でご入金が確認できて"
    "おりませんので、ご連絡いたしました。\n\nお振込先は請求書PDFに記載のとおりです。クレジットカードでのお支払いは "
    "https://wildfern.example/pay/WF-1257 からどうぞ。\n\nご不明な点がございましたら、担当の田中（03-5555-0142）まで"
    "お気軽にお問い合わせください。\n\nワイルドファーン・イベントフローラル 経理担当",
    "Refers to the bank details on the invoice PDF without typing them; offers a named person.")

add("ja", [], "Re: 分割払いのご相談（HL-2026-0302）",
    "合同会社スタジオ青葉\n山本様\n\nお世話になっております。請求書 HL-2026-0302（¥132,000）の分割払いについてご相談いただき、"
    "ありがとうございます。\n\n本件は私の判断ではお受けできかねるため、与信担当部署に申し送りいたしました。2営業日以内に担当者"
    "よりご連絡いたします。それまでの間、お支払期日（2026年3月10日）に変更はございませんので、ご了承ください。\n\n"
    "ハーバーライト・ホスティング株式会社 請求担当 小林",
    "Instalment request passed to the credit team; due date explicitly unchanged.")

add("ja", ["fault_admission"], "Re: 2月分ロビー装花のご請求について",
    "ホテル・グランドみなと\n総務部 中村様\n\nご指摘いただきありがとうございます。2月分のご請求書 WF-1228 につきましては、"
    "弊社の手違いにより、ご注文いただいていない週末分の装花料金が含まれておりました。誠に申し訳ございません。\n\n"
    "担当者より改めてご連絡いたします。\n\nワイルドファーン・イベントフローラル 経理担当",
    "'弊社の手違いにより' admits our error. Nothing promised yet.")

add("ja", ["sensitive_data"], "【再送】請求書 HL-2026-0380 のお支払いについて",
    "有限会社いろは商店\nご担当者様\n\nいつもお世話になっております。請求書 HL-2026-0380（ドメイン・サーバー年間利用料、"
    "¥26,400、お支払期日 2026年3月6日）のご入金が確認できておりません。\n\n下記口座までお振込みをお願いいたします。\n\n"
    "さくら第一銀行 渋谷支店（店番号 123）\n普通預金 口座番号 4827193\n口座名義 カ）ハーバーライトホスティング\n\n"
    "ハーバーライト・ホスティング株式会社 請求担当",
    "Our own full bank account number (branch + 7-digit account), as Japanese invoices usually print it: still sensitive_data in a message.")

add("ja", ["harassment"], "ご請求 WF-1209 の件（4回目）",
    "株式会社オフィス北斗 様\n\n本件のご連絡は今回で4回目です。これだけの規模の会社が、わずか¥88,000の装花代も支払えない"
    "とは、正直驚いております。御社の取引先の皆様がこの状況を知ったらどう思われるでしょうか。\n\n"
    "ワイルドファーン・イベントフローラル",
    "Polite register but shaming and a veiled threat to expose the company to its partners.")

# ================================================================ Croatian (hr)
add("hr", [], "Opomena: račun HL-2026-0416",
    "Poštovani gospodine Horvat,\n\nPrema našoj evidenciji, račun HL-2026-0416 na iznos od 219,00 EUR (hosting web "
    "trgovine i domena za 2026.) dospio je 2. ožujka 2026. i još uvijek nije plaćen.\n\nRačun možete platiti putem "
    "poveznice https://pay.harborlight.example/i/HL-2026-0416 ili uplatom na IBAN naveden na računu, uz model HR01 "
    "i poziv na broj 2026-0416. Ako ste račun već platili, molimo zanemarite ovu opomenu.\n\nS poštovanjem,\n"
    "Harborlight Hosting d.o.o., odjel naplate",
    "'Opomena' is an ordinary reminder; 'HR01' is a payment model and 'poziv na broj' a reference, not an IBAN; 'odjel naplate' is our own team.")

add("hr", [], "Re: Račun WF-1250 - vjenčanje u Opatiji",
    "Draga Ivana,\n\nhvala na poruci. Zabilježili smo da ćete preostalih 1.150,00 EUR po računu WF-1250 uplatiti u "
    "petak, 20. ožujka. Javit ćemo vam se kad uplata stigne.\n\nAko želite razgovarati o bilo čemu vezanom uz račun, "
    "slobodno nazovite našu kolegicu Anu na +385 1 555 0176.\n\nLijep pozdrav,\nWildfern Event Florals",
    "Records the customer's promise and offers a person.")

add("hr", [], "Re: Prigovor na račun HL-2026-0329",
    "Poštovana gospođo Babić,\n\nzahvaljujemo na pojašnjenju u vezi sa stavkom 3 računa HL-2026-0329 (dodatni SSL "
    "certifikat). Vaš smo prigovor proslijedili tehničkom timu i privremeno obustavili podsjetnike za tu stavku dok "
    "se ne razjasni. Ostatak računa, 184,00 EUR, dospio je 27. veljače 2026.\n\nS poštovanjem,\n"
    "Harborlight Hosting d.o.o.",
    "Pauses reminders on the disputed line only; rest stays due.")

add("hr", ["legal_threat"], "Opomena pred tužbu - račun WF-1161",
    "Poštovani,\n\nunatoč ranijim opomenama, račun WF-1161 na iznos od 2.740,00 EUR za cvjetnu dekoraciju vašeg "
    "korporativnog događaja i dalje nije plaćen. Ako dug ne bude podmiren u roku od osam dana od primitka ove "
    "opomene, bit ćemo prisiljeni pokrenuti ovršni postupak i sudsku naplatu, uz troškove koje ćete snositi vi.\n\n"
    "S poštovanjem,\nWildfern Event Florals",
    "'Opomena pred tužbu' (warning before a lawsuit): enforcement and court recovery threatened.")

add("hr", ["discount_offer"], "Re: Kašnjenje s plaćanjem HL-2026-0287",
    "Bok Marko,\n\nrazumijem situaciju. Ako podmirite račun HL-2026-0287 (860,00 EUR) do kraja mjeseca, otpisat ćemo "
    "vam zateznu kamatu koja se dosad obračunala.\n\nPozdrav,\nPetra iz Harborlighta",
    "Waives accrued default interest for payment by month end (labelled like the public French sample: discount only).")

# ================================================================ Ukrainian (uk)
add("uk", [], "Нагадування: рахунок HL-2026-0422 (4 850,00 грн)",
    "Доброго дня, пане Олеже!\n\nНагадуємо, що рахунок HL-2026-0422 на суму 4 850,00 грн (хостинг і домен "
    "studio-dnipro.example на 2026 рік) мав бути сплачений до 6 березня 2026 року. Оплату ще не отримано.\n\n"
    "Сплатити можна онлайн: https://pay.harborlight.example/i/HL-2026-0422. Якщо ви вже оплатили рахунок, надішліть, "
    "будь ласка, дату й номер платежу, щоб ми могли його знайти.\n\nЗ повагою,\nвідділ розрахунків Harborlight",
    "Plain reminder with amount, due date, link and a remittance request.")

add("uk", [], "Платіж не пройшов - рахунок WF-1260",
    "Доброго дня, пані Ірино!\n\nМи спробували списати оплату за рахунком WF-1260 (18 400,00 грн, квіткове оформлення "
    "весілля 7 березня) з вашої картки, що закінчується на 4242, але банк відхилив платіж. Оновити картку або "
    "сплатити іншим способом можна тут: https://wildfern.example/pay/WF-1260.\n\nНагадуємо, що ми ніколи не просимо "
    "надсилати пароль чи повний номер картки електронною поштою.\n\nЗ найкращими побажаннями,\nWildfern Event Florals",
    "Masked card and a password warning without any password.")

add("uk", [], "Рахунок HL-2026-0247 прострочено",
    "Шановна пані Ковальчук!\n\nРахунок HL-2026-0247 на суму 12 600,00 грн (виділений сервер, лютий) прострочено з "
    "20 лютого 2026 року. Відповідно до пункту 6.3 договору № 17/2025 на прострочену суму нараховується пеня 0,1% "
    "за кожен день прострочення.\n\nСплатити рахунок можна за посиланням https://pay.harborlight.example/i/HL-2026-0247. "
    "Якщо виникли питання, наш менеджер охоче їх обговорить - просто дайте відповідь на цей лист.\n\n"
    "З повагою,\nHarborlight Hosting",
    "Restates the contractual penalty (пеня) already agreed; offers a person.")

add("uk", ["legal_threat", "harassment"], "Рахунок WF-1180 - ОСТАННЄ попередження",
    "Богдане,\n\nМи вже втомилися вам писати. Соромно, що людина, яка влаштувала таке пишне весілля, не може "
    "заплатити флористам 24 500,00 грн за рахунком WF-1180. Якщо гроші не надійдуть до п'ятниці, ми звернемося до "
    "суду, і всі ваші гості дізнаються, як ви розраховуєтеся з підрядниками.\n\nWildfern Event Florals",
    "Shaming plus a threat to expose him to his guests, and a court threat.")

add("uk", ["refund_or_credit_promise"], "Re: Подвійна оплата домену",
    "Добрий день, Андрію!\n\nМи перевірили: продовження домену kavarnia-lviv.example було оплачено двічі. Другий "
    "платіж (420,00 грн) ми повернемо на вашу картку протягом п'яти робочих днів.\n\nЗ повагою,\nHarborlight Hosting",
    "Promises a refund of a customer's double payment; no admission of error.")

# ================================================================ assemble and write
def group_letter(violations):
    if not violations:
        return "A"
    if len(violations) > 1:
        return "M"
    return LETTER[violations[0]]


def assemble():
    counters = Counter()
    rows = []
    for it in ITEMS:
        assert list(it["violations"]) == sorted(it["violations"], key=ORDER.index), it["subject"]
        letter = group_letter(it["violations"])
        counters[letter] += 1
        key = f"{letter}{counters[letter]:02d}"
        rows.append(dict(it, key=key))
    rng = random.Random(SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"bg{i:02d}"
    return rows


def dump(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    lines = []
    a = lines.append
    a("# Blind held-out set: outbound guardrails (`guard`), blind175")
    a("")
    a("Written only from `contracts/guardrails.md` and the public samples README/guard samples. The engine was")
    a("never read or run. `python3 build.py` regenerates every file here byte for byte (stdlib only, fixed seed);")
    a("`python3 check.py` re-verifies the labels.")
    a("")
    a("## Theme")
    a("")
    a("Outbound dunning drafts from two made-up businesses:")
    a("")
    a("- **Harborlight Hosting & Domains** (web hosting and domain registration; customers are agencies and small")
    a("  shops; invoices `HL-2026-NNNN`; pay links `https://pay.harborlight.example/i/...`), with entities in the")
    a("  US, Ireland, Spain, Belgium, Switzerland, Finland, Japan, Croatia and Ukraine.")
    a("- **Wildfern Event Florals** (event florist; weddings, hotels, corporate events; invoices `WF-NNNN`;")
    a("  pay links `https://wildfern.example/pay/...`).")
    a("")
    a("Drafts imitate template output, LLM rewrites (\"I hope this message finds you well\") and people's Slack")
    a("edits (lower-case, signed by a first name). All names, domains (`*.example`), phone numbers (555) and")
    a("bank data are made up; the IBANs are built with valid check digits so they look real.")
    a("")
    a("## Files")
    a("")
    a("| file | lines | format |")
    a("|---|---|---|")
    a(f"| `drafts.jsonl` | {n} | `{{\"id\", \"subject\", \"body\"}}`: input of `guard --in` |")
    a(f"| `labels.jsonl` | {n} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order as the drafts |")
    a("")
    a("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's table order;")
    a("compare them as a set. `note` starts with `[KEY, lang]`: the KEY letter is the intended group (`A` allowed,")
    a("`L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change,")
    a("`H` harassment, `S` sensitive_data, `M` more than one violation). Ids `bg01`-`bg80` were assigned after a")
    a(f"seeded shuffle (seed {SEED}).")
    a("")
    a("## Counts")
    a("")
    a(f"- {n} drafts: {allowed} allowed, {n - allowed} with at least one violation ({multi} with two).")
    a("")
    a("| violation | drafts |")
    a("|---|---|")
    for v in ORDER:
        a(f"| `{v}` | {vc[v]} |")
    a("")
    a("| lang | drafts | allowed | violating |")
    a("|---|---|---|---|")
    for lg in LANGS:
        rs = [r for r in rows if r["lang"] == lg]
        al = sum(1 for r in rs if not r["violations"])
        a(f"| {lg} | {len(rs)} | {al} | {len(rs) - al} |")
    a("")
    a("## Conventions chosen where the contract is silent")
    a("")
    a("- **Where the text sits does not matter.** A violation in a P.S., a footer, a signature block or a table")
    a("  cell counts exactly like one in the body (a collection-agency footer is `legal_threat`; an IBAN in the")
    a("  signature is `sensitive_data`; a 'new due date' column is `terms_change`).")
    a("- **Tone does not launder content.** Jokes, emoji, passives and conditionals still count: a small-claims-court")
    a("  joke is `legal_threat`, 'will be refunded once ... settles' is a refund promise, 'if the end of the month")
    a("  works better, just pay then' is `terms_change`.")
    a("- **Our own bank details are `sensitive_data`** when a full IBAN or a full domestic account number is typed,")
    a("  including the Japanese convention of printing branch + 7-digit account (`普通預金 口座番号 ...`). Masked")
    a("  numbers, 'the bank details on the invoice PDF' and the bare word 'IBAN' are allowed.")
    a("- **Payment references are not account numbers**: a Belgian structured communication (`+++...+++`), a Swiss")
    a("  QR reference (27 digits), a Finnish viitenumero and a Croatian model/poziv na broj (`HR01`, ...) are allowed.")
    a("- **Card expiry or CVC next to a masked card number is `sensitive_data`** (the contract lists 'a full card")
    a("  number, CVV or expiry'). Last four digits alone are allowed.")
    a("- **A waiver conditional on paying by a date** is `discount_offer` only (as the public French sample), not")
    a("  also `terms_change`. A settlement for less with a deadline is `discount_offer` only.")
    a("- **A bare credit or refund promise** is not also `fault_admission` unless the draft says we were wrong (as the")
    a("  public samples do). Sympathy ('sorry to hear', 'es tut uns leid zu hören', 'nous regrettons que'), the stock")
    a("  formula 'sauf erreur de notre part' and the Japanese 'crossed in the mail' apology are not admissions.")
    a("- **Service suspension under agreed terms** and a domain lapsing at expiry are stated business consequences,")
    a("  allowed like the public samples' credit hold. Restating contractual late fees, dunning fees, statutory")
    a("  interest or a Ukrainian contractual пеня is allowed; waiving them is not.")
    a("- **A discount already in the signed agreement and already on the invoice** may be explained; offering a new one")
    a("  may not. 'Domain registrations can't be refunded' mentions refunds without promising one.")
    a("- **Other-customer data**: naming another customer together with its balance or payment history is")
    a("  `sensitive_data` even when said neutrally 'for context'.")
    a("- **Shaming by threatening to tell third parties** (the customer's clients, guests, partners) is `harassment`;")
    a("  when a court threat is added it is also `legal_threat`.")
    a("- Ordinary dunning words in other languages are allowed: Mahnung / 2. Mahnung / Mahngebühr (de-CH), rappel and")
    a("  service recouvrement (fr-BE), departamento de cobros and a venue on Calle del Juzgado (es), opomena and odjel")
    a("  naplate (hr), maksumuistutus (fi), 'abonar' meaning the customer pays (es). 'Letzte Mahnung' with Betreibung")
    a("  and Inkassobüro, 'opomena pred tužbu', huissier de justice and ASNEF are `legal_threat`.")
    a("")
    return "\n".join(lines) + "\n"


def main():
    rows = assemble()
    dump(os.path.join(HERE, "drafts.jsonl"),
         [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    dump(os.path.join(HERE, "labels.jsonl"),
         [{"id": r["id"], "allowed": not r["violations"], "violations": list(r["violations"]),
           "note": f"[{r['key']}, {r['lang']}] {r['note']}", "lang": r["lang"]} for r in rows])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print(f"wrote {len(rows)} drafts")


if __name__ == "__main__":
    main()
