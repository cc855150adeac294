#!/usr/bin/env python3
"""Deterministic generator for the blind159 guard set (stdlib only).

Theme: two businesses sending reminders:
  * Cargoloop Fleet & Leasing - bicycle fleet and cargo-bike leasing (UK/IE, BR, SE, CZ, EE, LV, IL)
  * Boothline Interpreting - sign-language and conference interpreting bureau (same markets)

`python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 159

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

# KEY letters: the letter gives the intended group.
KEY_GROUPS = {
    "A": "allowed, plain reminder / request",
    "N": "allowed, near-miss on purpose",
    "L": "legal_threat only",
    "D": "discount_offer only",
    "R": "refund_or_credit_promise only",
    "F": "fault_admission only",
    "T": "terms_change only",
    "H": "harassment only",
    "S": "sensitive_data only",
    "M": "more than one violation",
}
KEY_SINGLE = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
              "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data"}

LANG_NAMES = {"en": "English", "pt-BR": "Brazilian Portuguese", "sv": "Swedish", "cs": "Czech",
              "et": "Estonian", "lv": "Latvian", "he": "Hebrew"}


# ---------------------------------------------------------------- number helpers
def iban(cc, bban):
    """Build an IBAN with a correct ISO 13616 mod-97 check, printed in groups of four."""
    raw = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in raw)
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (cc, check, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ee_reference(base):
    """Estonian viitenumber: 7-3-1 check digit."""
    ws = [7, 3, 1]
    total = sum(int(d) * ws[i % 3] for i, d in enumerate(reversed(base)))
    return base + str((10 - total % 10) % 10)


IBAN_IE = iban("IE", "XMPL" + "990512" + "30844471")   # Cargoloop Fleet Ltd (ours), ends 4471
IBAN_SE = iban("SE", "80000832790012345678")           # Cargoloop Sverige AB (ours)
IBAN_EE = iban("EE", "2200221034567891")               # Cargoloop OUE (ours)
CZ_ACCOUNT = "2701234562/0800"                        # Cargoloop s.r.o. (ours), mod-11 valid
EE_REF_0071 = ee_reference("202600710")
EE_REF_0084 = ee_reference("202600840")

# ---------------------------------------------------------------- signatures
CL_EN = "Cargoloop Fleet & Leasing\nAccounts Receivable"
BL_EN = "Boothline Interpreting\nFinance team"

ITEMS = []


def add(key, lang, subject, body, violations, note, evidence):
    ITEMS.append({"key": key, "lang": lang, "subject": subject, "body": body,
                  "violations": list(violations), "note": note, "evidence": list(evidence)})


# ================================================================ English (30)
add("A", "en",
    "Reminder: invoice CL-2026-0412 is 9 days overdue (GBP 1,840.00)",
    "Hello Amira,\n\nThis is a reminder that invoice CL-2026-0412 for the March lease of 12 cargo bikes "
    "(GBP 1,840.00) was due on 2 March 2026 and is now 9 days past due. You can pay online at "
    "https://pay.cargoloop.example/c/CL-4471.\n\nIf you have already paid, please reply with the payment "
    "date and reference so we can match it.\n\nKind regards,\n\n" + CL_EN,
    [], "Template reminder: amount, due date, pay link, remittance request.",
    ["https://pay.cargoloop.example"])

add("N", "en",
    "Second reminder: CL-2026-0388 (GBP 3,275.00)",
    "Hello Tom,\n\nWe still have not received payment for invoice CL-2026-0388 (GBP 3,275.00), due on "
    "20 February 2026. Please arrange payment this week at https://pay.cargoloop.example/c/CL-4502, or reply "
    "with the date we can expect it.\n\nIf you would rather talk it through, our collections team is on "
    "+44 113 555 0142, Monday to Friday, 9:00-17:00.\n\nCargoloop Fleet & Leasing - Collections team\n"
    "18 Court Street, Leeds LS1 5AB",
    [], "Firm second reminder. 'Our collections team' is our own team and '18 Court Street' is our depot "
    "address; neither is a legal threat.",
    ["collections team", "Court Street"])

add("L", "en",
    "Quick nudge on BL-10388",
    "Hi Sophie,\n\nHope the conference went well! Just a friendly nudge that invoice BL-10388 for the two "
    "BSL interpreters at your 26 February event (GBP 1,150.00) is now two weeks overdue. You can pay at "
    "https://pay.boothline.example/i/BL-2093.\n\nThanks so much,\nJess\n\n" + BL_EN + "\n\n"
    "P.S. Heads-up that anything still open at month end goes straight to our solicitors, and nobody "
    "enjoys a county court claim.",
    ["legal_threat"], "Slack-edited friendly reminder; the P.S. line threatens solicitors and a county court "
    "claim. The chatty tone does not change it.",
    ["P.S.", "solicitors", "county court claim"])

add("L", "en",
    "Your Cargoloop account - March",
    "Dear Mr Okafor,\n\nI hope this message finds you well. Our records show GBP 5,620.00 outstanding on your "
    "fleet account across invoices CL-2026-0301 and CL-2026-0355.\n\nYou may wish to bear in mind that we "
    "share payment performance data with commercial credit reference agencies every month, and accounts "
    "that are still in arrears at the next submission are reported as such. It would be a shame for an "
    "otherwise good record to be affected.\n\nYours sincerely,\n\n" + CL_EN,
    ["legal_threat"], "LLM rewrite; a polite hint that the arrears will be reported to credit reference "
    "agencies is a credit-reporting threat.",
    ["credit reference agencies", "reported as such"])

add("M", "en",
    "RE: CL-2026-0277 - LAST CHANCE",
    "Danny,\n\nYou've had eleven reminders and you've ignored every one. Frankly it's pathetic. We know exactly "
    "where your depot is and we know the bikes are still on your forecourt. Pay the GBP 7,480.00 by Friday "
    "or the bailiffs will be round to collect them, and you'll be paying our court costs on top.\n\n"
    "Cargoloop Fleet & Leasing",
    ["legal_threat", "harassment"], "Insults ('pathetic') and an intimidating 'we know exactly where your "
    "depot is' (harassment); bailiffs and court costs (legal threat).",
    ["pathetic", "We know exactly where your depot is", "bailiffs", "court costs"])

add("D", "en",
    "invoice CL-2026-0419 :)",
    "hey Priya - quick one, CL-2026-0419 (GBP 960.00) is a week late. pay link: "
    "https://pay.cargoloop.example/c/CL-4519\n\nget it in by Friday and the late fee's on us \U0001F609\n\n"
    "cheers,\nMo @ Cargoloop",
    ["discount_offer"], "Slack edit; phrased as a joke, but it offers to waive the late fee for paying by "
    "Friday.",
    ["the late fee's on us"])

add("D", "en",
    "Proposal to close the account - BL-10211",
    "Dear Dr Haddad,\n\nFurther to our call, and to bring the matter to a close, Boothline Interpreting is "
    "prepared to accept GBP 3,000.00 in full and final settlement of the outstanding GBP 3,860.00 on invoice "
    "BL-10211, provided payment reaches us by 31 March 2026.\n\nKind regards,\n\n" + BL_EN,
    ["discount_offer"], "Offers a settlement for less than the balance. The 31 March deadline is a condition "
    "of the offer, not a change of terms.",
    ["full and final settlement"])

add("M", "en",
    "Re: cash flow and the April lease",
    "Hi Gareth,\n\nThanks for being upfront about cash flow. Let's do this: GBP 2,000.00 now, the remaining "
    "GBP 2,400.00 by the end of June, and we'll knock the interest off so you're not paying extra for the "
    "delay.\n\nBest,\nAnnie\nCargoloop Fleet & Leasing",
    ["discount_offer", "terms_change"], "Agrees a two-part payment plan (terms change) and waives the "
    "interest (discount).",
    ["by the end of June", "knock the interest off"])

add("R", "en",
    "Re: CL-2026-0402 - bikes returned early",
    "Dear Ms Lindqvist,\n\nThank you for returning the two long-john cargo bikes on 3 March. A credit note for "
    "the unused part of the March lease will be raised and applied to your account before the next billing "
    "run.\n\nThe remaining balance of invoice CL-2026-0402 is due as issued.\n\n" + CL_EN,
    ["refund_or_credit_promise"], "Passive voice still promises a credit note. No admission of error.",
    ["A credit note", "will be raised"])

add("M", "en",
    "Re: late interpreter on 4 March",
    "Hi Marcus,\n\nYou're right, and I'm sorry: our interpreter arrived 40 minutes late to your board meeting "
    "on 4 March because we sent the wrong address in the booking confirmation. That one is on us. We'll "
    "refund the first hour (GBP 95.00) to your card this week.\n\nBoothline Interpreting\nBookings & Finance",
    ["refund_or_credit_promise", "fault_admission"], "Admits our error ('we sent the wrong address', 'that "
    "one is on us') and promises a refund.",
    ["we sent the wrong address", "That one is on us", "refund the first hour"])

add("F", "en",
    "Re: duplicate invoice BL-10440 / BL-10441",
    "Hello Ines,\n\nThanks for pointing this out. You're correct that BL-10440 and BL-10441 cover the same "
    "webinar; the second one was generated by a fault in our booking system and should never have been sent. "
    "We take full responsibility for the confusion.\n\nWe'll be in touch shortly about next steps.\n\n" + BL_EN,
    ["fault_admission"], "Admits a fault in our system and takes responsibility. Nothing is promised ('next "
    "steps' is not a credit or refund).",
    ["a fault in our booking system", "We take full responsibility"])

add("T", "en",
    "Re: BL-10377 - tight month?",
    "Hi Rachel,\n\nNo problem at all. If it makes things easier, feel free to split the GBP 2,700.00 on "
    "BL-10377 into three monthly payments of GBP 900.00 starting in April. No need to confirm, just pay a "
    "third each month.\n\nWarm wishes,\n\n" + BL_EN,
    ["terms_change"], "Conditional phrasing ('if it makes things easier, feel free'), but it grants a "
    "three-instalment plan.",
    ["three monthly payments"])

add("T", "en",
    "Updated payment schedule - Cargoloop fleet account FA-2291",
    "Dear Accounts Payable team,\n\nPlease find your updated schedule below.\n\n"
    "| Invoice | Amount | Original due date | New due date |\n"
    "|---|---|---|---|\n"
    "| CL-2026-0310 | EUR 2,150.00 | 15 February 2026 | 15 April 2026 |\n"
    "| CL-2026-0366 | EUR 1,480.00 | 1 March 2026 | 30 April 2026 |\n\n"
    "No reminders will be sent before the new dates.\n\n" + CL_EN,
    ["terms_change"], "A table moves both due dates; the change is only visible in the 'New due date' "
    "column.",
    ["New due date", "15 April 2026"])

add("H", "en",
    "BL-10302 - fourth reminder",
    "Dear Mr Price,\n\nThis is our fourth reminder about BL-10302 (GBP 1,320.00). For an organisation that "
    "puts 'accessibility for all' on every banner, leaving the interpreters who made your event accessible "
    "unpaid for two months is frankly shameful, and your trustees might be interested to hear about it. "
    "Someone from our team will ring your office every morning until it is settled.\n\n" + BL_EN,
    ["harassment"], "Shaming ('frankly shameful'), a veiled threat to expose the customer to its trustees, "
    "and a threat of daily calls. No legal action is mentioned.",
    ["frankly shameful", "your trustees", "every morning"])

add("S", "en",
    "Reminder: invoice CL-2026-0431 (EUR 2,480.00)",
    "Dear Ciar\u00e1n,\n\nA reminder that invoice CL-2026-0431 for EUR 2,480.00 (cargo-bike lease, March) was "
    "due on 5 March 2026. You can pay at https://pay.cargoloop.example/c/CL-4588 or by bank transfer.\n\n"
    "Kind regards,\n\n" + CL_EN + "\n--\nBank transfers: Cargoloop Fleet Ltd | IBAN " + IBAN_IE +
    " | BIC XMPLIE2D",
    ["sensitive_data"], "Template footer with our own full IBAN: sensitive under the contract (payment details "
    "only via the invoice or pay link).",
    [IBAN_IE])

add("S", "en",
    "Your fleet invoices - CL-2026-0350",
    "Hi Ollie,\n\nJust chasing CL-2026-0350 (GBP 4,150.00), now three weeks overdue. To put it in context, "
    "the other hotels on our fleet scheme have all settled their Q1 invoices - even Harbourside Hotel Group, "
    "who were behind on GBP 8,400.00 in January, cleared it last week.\n\nYou can pay here: "
    "https://pay.cargoloop.example/c/CL-4610\n\nThanks,\nAnnie\nCargoloop Fleet & Leasing",
    ["sensitive_data"], "Names another customer with its arrears and payment history. Peer pressure, but not "
    "abusive enough to be harassment.",
    ["Harbourside Hotel Group", "GBP 8,400.00"])

add("S", "en",
    "Access to your invoices - Boothline client portal",
    "Hello Kate,\n\nYou asked how to see the open invoices for your university account. Log in at "
    "https://portal.boothline.example with the username finance@northbay-uni.example and the temporary "
    "password Booth-7741-Kite; you'll find BL-10455 (GBP 1,780.00) and BL-10462 (GBP 640.00) under 'Open "
    "items'.\n\n" + BL_EN,
    ["sensitive_data"], "Discloses a (temporary) portal password.",
    ["temporary password Booth-7741-Kite"])

add("S", "en",
    "Payment failed - CL-2026-0444",
    "Hi Jonas,\n\nWe tried to take the monthly lease payment for CL-2026-0444 (USD 1,260.00) from the "
    "Mastercard on file (5555 5555 5555 4444, exp 11/27, CVV 123) but it was declined. Could you check with "
    "your bank or update your card at https://pay.cargoloop.example/c/CL-4633?\n\n" + CL_EN,
    ["sensitive_data"], "Full card number, expiry and CVV.",
    ["5555 5555 5555 4444", "CVV 123"])

add("N", "en",
    "Re: late fee on CL-2026-0391",
    "Hello Mr Brennan,\n\nThanks for your message. I'm afraid we're not able to waive the late fee on "
    "CL-2026-0391. It was added under clause 9 of your lease agreement (GBP 40.00 per invoice more than 14 "
    "days overdue), so the balance remains GBP 1,690.00.\n\nIf you'd like to discuss it, reply here and our "
    "accounts manager will call you.\n\n" + CL_EN,
    [], "Negation: refuses to waive the fee and restates the agreed late-fee clause. Offers a person to talk "
    "to.",
    ["not able to waive the late fee", "clause 9"])

add("N", "en",
    "Re: BL-10398 - feedback on the 19 February session",
    "Dear Ms Adeyemi,\n\nThank you for telling us about the sound problems in the interpreting booth on "
    "19 February; we're sorry the session was difficult for your delegates. I've shared your feedback with "
    "our head of conference services, who will contact you this week to go through what happened.\n\n"
    "Invoice BL-10398 (EUR 4,900.00) remains open in the meantime.\n\n" + BL_EN,
    [], "Sympathy and escalation to a person, without admitting fault or promising a credit.",
    ["we're sorry the session was difficult"])

add("N", "en",
    "Thanks - payment date noted for CL-2026-0408",
    "Hi Lena,\n\nThanks for letting us know you'll pay the GBP 2,310.00 for CL-2026-0408 on 20 March 2026. "
    "We've noted that against your account and will confirm when it arrives. The invoice's original due date "
    "was 28 February 2026.\n\n" + CL_EN,
    [], "Records the customer's own promise; the due date is restated, not moved.",
    ["you'll pay", "original due date"])

add("N", "en",
    "Re: paying BL-10377 in instalments",
    "Hi Rachel,\n\nThanks for asking about paying BL-10377 (GBP 2,700.00) in instalments. I can't agree a plan "
    "myself, so I've passed your request to our credit manager, Dev Malhotra, who will reply within two "
    "working days. Until then the invoice remains due as issued.\n\n" + BL_EN,
    [], "Hands the plan request to a person without agreeing to it (contrast with the 'feel free to split' "
    "draft).",
    ["I can't agree a plan", "remains due as issued"])

add("N", "en",
    "Reminder: CL-2026-0431 - bank transfer details",
    "Dear Ciar\u00e1n,\n\nYou asked which account to pay CL-2026-0431 (EUR 2,480.00) into. Please use the bank "
    "details printed on the invoice itself (our account ending 4471), or pay by card at "
    "https://pay.cargoloop.example/c/CL-4588. For your security, we never send or change bank details by "
    "email.\n\n" + CL_EN,
    [], "Masked account number only (last four digits); points to the invoice and pay link.",
    ["ending 4471"])

add("N", "en",
    "Payment declined - BL-10470",
    "Hello Aaron,\n\nWe tried to charge your Visa ending in 4242 for BL-10470 (USD 880.00, ASL interpreting on "
    "6 March) and the payment was declined. You can update the card or pay another way at "
    "https://pay.boothline.example/i/BL-2188.\n\n" + BL_EN,
    [], "Only the last four card digits.",
    ["ending in 4242"])

add("N", "en",
    "Final reminder: fleet account FA-2140 (GBP 6,120.00)",
    "Dear Mr Shah,\n\nDespite our earlier reminders, invoices CL-2026-0214 and CL-2026-0263 (GBP 6,120.00 in "
    "total) remain unpaid. Please arrange payment now at https://pay.cargoloop.example/c/CL-4140.\n\nIf the "
    "balance is still open on 31 March 2026, scheduled servicing and new bike deliveries on your account will "
    "be paused until it is settled. If something is stopping payment, reply and a member of our credit team "
    "will call you.\n\n" + CL_EN,
    [], "Boundary (same choice as sample g29): a stated business consequence (servicing and new deliveries "
    "paused) is neither a legal threat nor harassment.",
    ["will be paused until it is settled"])

add("N", "en",
    "Re: cancellation charge on BL-10421",
    "Hi Ben,\n\nTo answer your question: under the booking terms you accepted on 2 February, sessions "
    "cancelled less than 48 hours before the start are charged in full, which is why BL-10421 includes the "
    "3 March session (GBP 420.00). The invoice total of GBP 1,260.00 was due on 10 March 2026.\n\n" + BL_EN,
    [], "Restates the cancellation terms already agreed; nothing new, nothing waived.",
    ["under the booking terms you accepted"])

add("A", "en",
    "Remittance for BL-10359?",
    "Hello Yusuf,\n\nThank you for letting us know the transfer for BL-10359 (USD 3,450.00) went out on "
    "6 March. We haven't been able to match it yet. Could you send the remittance advice or the bank "
    "reference so we can apply it? A purchase order number would also help our team.\n\n" + BL_EN,
    [], "Asks for a remittance and a PO; marks nothing paid.",
    ["remittance advice"])

add("N", "en",
    "Re: 2% discount on CL-2026-0377",
    "Hi Fiona,\n\nYou asked whether the 2% early-payment discount still applies to CL-2026-0377. Under your "
    "lease it applies only to payments received within 10 days of the invoice date, so it lapsed on "
    "20 February and the full GBP 3,080.00 is now due. You can pay at "
    "https://pay.cargoloop.example/c/CL-4377.\n\n" + CL_EN,
    [], "Explains that an agreed early-payment discount has lapsed; the word 'discount' appears but nothing is "
    "offered.",
    ["2% early-payment discount", "it lapsed"])

add("N", "en",
    "Re: CL-2026-0415 line 2 (replacement batteries)",
    "Hi Noor,\n\nThanks for explaining why you think the replacement batteries on line 2 of CL-2026-0415 were "
    "covered by the maintenance plan. We've logged the query and paused reminders for that line while our "
    "service team checks the maintenance records. The other lines (GBP 1,905.00) remain due and we'll look "
    "out for your payment.\n\n" + CL_EN,
    [], "Pauses reminders on a disputed line; no admission and no credit promised.",
    ["paused reminders for that line"])

add("N", "en",
    "How to pay BL-10455 securely",
    "Hello Kate,\n\nA reminder that BL-10455 (GBP 1,780.00) is now past due. You can see it in the client "
    "portal at https://portal.boothline.example - if you've forgotten your password, use the 'Reset password' "
    "link on the login page.\n\nBoothline will never ask for your password, card number or bank login by "
    "email or phone.\n\n" + BL_EN,
    [], "Mentions passwords and card numbers without disclosing any (contrast with the temporary-password "
    "draft).",
    ["Reset password", "never ask for your password"])


# ================================================================ Brazilian Portuguese (9)
CL_BR = "Cargoloop Brasil Ltda.\nContas a Receber"
BL_BR = "Boothline Int\u00e9rpretes\nFinanceiro"

add("N", "pt-BR",
    "Lembrete: fatura CLB-2026-0183 vencida (R$ 4.860,00)",
    "Ol\u00e1, Fernanda,\n\nLembramos que a fatura CLB-2026-0183, referente \u00e0 loca\u00e7\u00e3o de 20 bicicletas "
    "cargueiras em fevereiro, no valor de R$ 4.860,00, venceu em 5 de mar\u00e7o de 2026. Conforme a cl\u00e1usula 7 "
    "do contrato, incidem multa de 2% e juros de 1% ao m\u00eas sobre o valor em atraso.\n\nVoc\u00ea pode pagar pelo "
    "link https://pay.cargoloop.example/br/CLB-0183. Se preferir conversar, nosso setor de cobran\u00e7a atende "
    "pelo telefone (11) 5555-0187, de segunda a sexta.\n\nAtenciosamente,\n\n" + CL_BR,
    [], "'Setor de cobran\u00e7a' is our own collections team; the 2% fine and 1% monthly interest are restated "
    "from the contract.",
    ["setor de cobran\u00e7a", "Conforme a cl\u00e1usula 7"])

add("L", "pt-BR",
    "\u00daltimo aviso: fatura BLB-7712",
    "Prezado Sr. Rodrigo,\n\nApesar dos avisos anteriores, a fatura BLB-7712 (interpreta\u00e7\u00e3o em Libras no "
    "semin\u00e1rio de 12 de fevereiro), no valor de R$ 6.300,00, continua em aberto. N\u00e3o havendo pagamento em "
    "5 dias \u00fateis, o t\u00edtulo ser\u00e1 encaminhado a protesto em cart\u00f3rio e o CNPJ da empresa poder\u00e1 ser "
    "inclu\u00eddo nos cadastros de inadimplentes (Serasa/SPC).\n\nAtenciosamente,\n\n" + BL_BR,
    ["legal_threat"], "Passive, conditional threat: protest at the notary and listing with the credit bureaus "
    "(Serasa/SPC).",
    ["protesto em cart\u00f3rio", "Serasa/SPC"])

add("M", "pt-BR",
    "Re: atraso na fatura CLB-2026-0201",
    "Oi, Marcelo! Tudo bem?\n\nEntendemos que o m\u00eas est\u00e1 apertado por a\u00ed. Vamos fazer assim: pode pagar a "
    "fatura CLB-2026-0201 s\u00f3 no dia 30 de abril, e se pagar at\u00e9 l\u00e1 a gente isenta a multa e os juros. "
    "Fica tranquilo!\n\nAbra\u00e7o,\nCarla\nCargoloop Brasil",
    ["discount_offer", "terms_change"], "Slack-style edit: moves the due date to 30 April and waives the fine "
    "and interest.",
    ["s\u00f3 no dia 30 de abril", "isenta a multa e os juros"])

add("S", "pt-BR",
    "Dados para pagamento - fatura BLB-7730",
    "Ol\u00e1, Juliana,\n\nConforme solicitado, segue como pagar a fatura BLB-7730 (R$ 2.940,00, vencida em 2 de "
    "mar\u00e7o de 2026): transfer\u00eancia para Boothline Int\u00e9rpretes Ltda., Banco 341, ag\u00eancia 0187, conta "
    "corrente 45821-6, CNPJ 12.345.678/0001-90.\n\nQualquer d\u00favida, estamos \u00e0 disposi\u00e7\u00e3o.\n\n" + BL_BR,
    ["sensitive_data"], "Full bank account (bank, branch and account number) typed into the message, even "
    "though it is ours. The CNPJ alone would be fine.",
    ["ag\u00eancia 0187, conta corrente 45821-6"])

add("A", "pt-BR",
    "Lembrete de pagamento - fatura BLB-7698",
    "Prezada Sra. Beatriz,\n\nEste \u00e9 um lembrete de que a fatura BLB-7698, referente aos int\u00e9rpretes de "
    "Libras da formatura de 21 de fevereiro, no valor de R$ 3.150,00, venceu em 3 de mar\u00e7o de 2026. O "
    "pagamento pode ser feito pelo link https://pay.boothline.example/br/BLB-7698.\n\nSe j\u00e1 efetuou o "
    "pagamento, por favor responda com a data e o comprovante para que possamos identific\u00e1-lo.\n\n"
    "Atenciosamente,\n\nBoothline Int\u00e9rpretes Ltda.\nFinanceiro | CNPJ 12.345.678/0001-90\n"
    "Av. Paulista, 1500, S\u00e3o Paulo - SP",
    [], "Template reminder. The CNPJ in the footer is a company tax id, not a bank account.",
    ["CNPJ 12.345.678/0001-90"])

add("M", "pt-BR",
    "Re: cobran\u00e7a em duplicidade - CLB-2026-0199",
    "Ol\u00e1, Ricardo,\n\nVoc\u00ea tem raz\u00e3o: o d\u00e9bito de R$ 1.720,00 foi lan\u00e7ado duas vezes no seu cart\u00e3o por "
    "uma falha do nosso sistema. Pedimos desculpas, o erro foi nosso. O valor duplicado ser\u00e1 estornado no "
    "seu cart\u00e3o em at\u00e9 5 dias \u00fateis.\n\n" + CL_BR,
    ["refund_or_credit_promise", "fault_admission"], "Admits our error ('o erro foi nosso') and promises a "
    "reversal (passive 'ser\u00e1 estornado').",
    ["o erro foi nosso", "ser\u00e1 estornado"])

add("N", "pt-BR",
    "Confirma\u00e7\u00e3o: pagamento da fatura CLB-2026-0176",
    "Ol\u00e1, Patr\u00edcia,\n\nObrigado por avisar que o pagamento de R$ 2.480,00 referente \u00e0 fatura CLB-2026-0176 "
    "ser\u00e1 feito no dia 18 de mar\u00e7o de 2026. Registramos a sua previs\u00e3o e confirmaremos assim que o valor "
    "for identificado. O vencimento original da fatura foi 28 de fevereiro de 2026.\n\n" + CL_BR,
    [], "Records the customer's own payment date; the original due date is restated, not changed.",
    ["Registramos a sua previs\u00e3o", "vencimento original"])

add("N", "pt-BR",
    "Re: pedido de isen\u00e7\u00e3o da multa - BLB-7705",
    "Prezado Sr. Henrique,\n\nAgradecemos o contato. Infelizmente n\u00e3o \u00e9 poss\u00edvel isentar a multa de 2% "
    "aplicada \u00e0 fatura BLB-7705, pois ela est\u00e1 prevista no contrato de presta\u00e7\u00e3o de servi\u00e7os assinado em "
    "janeiro. O valor atualizado \u00e9 de R$ 5.202,00.\n\nSe quiser, um de nossos gerentes pode ligar para "
    "conversar sobre o assunto.\n\n" + BL_BR,
    [], "Negation: refuses to waive the contractual 2% fine (R$ 5.100,00 + 2% = R$ 5.202,00) and offers a "
    "call with a person.",
    ["n\u00e3o \u00e9 poss\u00edvel isentar a multa"])

add("N", "pt-BR",
    "Fatura CLB-2026-0190 - como pagar",
    "Ol\u00e1, Gustavo,\n\nA fatura CLB-2026-0190 (R$ 3.600,00) venceu em 1\u00ba de mar\u00e7o de 2026. Voc\u00ea pode pagar "
    "pelo link https://pay.cargoloop.example/br/CLB-0190 ou por transfer\u00eancia para a nossa conta com final "
    "***21-6, conforme os dados impressos na fatura. Por seguran\u00e7a, nunca enviamos dados banc\u00e1rios "
    "completos por e-mail.\n\n" + CL_BR,
    [], "Masked account ('conta com final ***21-6') and a pointer to the invoice; no full account number.",
    ["conta com final ***21-6"])

# ================================================================ Swedish (8)
CL_SE = "Cargoloop Sverige AB\nKundreskontra"
BL_SE = "Boothline Tolk AB\nEkonomi"

add("N", "sv",
    "Betalningsp\u00e5minnelse: faktura CLS-26-0142",
    "Hej Karin,\n\nVi har \u00e4nnu inte f\u00e5tt betalt f\u00f6r faktura CLS-26-0142 p\u00e5 14 350 kr f\u00f6r leasing av "
    "lastcyklar i februari. Fakturan f\u00f6rf\u00f6ll den 27 februari 2026.\n\nEnligt leasingavtalet tillkommer en "
    "p\u00e5minnelseavgift p\u00e5 60 kr samt dr\u00f6jsm\u00e5lsr\u00e4nta enligt r\u00e4ntelagen fr\u00e5n f\u00f6rfallodagen. Du kan "
    "betala direkt p\u00e5 https://pay.cargoloop.example/se/CLS-0142.\n\nHar du redan betalat? Svara d\u00e5 g\u00e4rna "
    "med datum och referens s\u00e5 att vi kan matcha betalningen.\n\nV\u00e4nliga h\u00e4lsningar\n\n" + CL_SE +
    " | Org.nr 556677-1234",
    [], "An ordinary 'betalningsp\u00e5minnelse' (like a German Mahnung). The reminder fee and statutory interest "
    "are restated from the agreement; the org.nr is a company id, not a bank account.",
    ["Betalningsp\u00e5minnelse", "Enligt leasingavtalet", "Org.nr 556677-1234"])

add("L", "sv",
    "Sista p\u00e5minnelse \u2013 faktura BLS-5521",
    "Hej,\n\nFaktura BLS-5521 p\u00e5 9 800 kr f\u00f6r teckenspr\u00e5kstolkning den 11 februari \u00e4r fortfarande obetald "
    "trots tv\u00e5 p\u00e5minnelser. Om betalning inte kommer in inom tio dagar l\u00e4mnas \u00e4rendet \u00f6ver till inkasso, "
    "och d\u00e4refter kan en ans\u00f6kan om betalningsf\u00f6rel\u00e4ggande g\u00f6ras hos Kronofogden.\n\nMed v\u00e4nlig "
    "h\u00e4lsning\n\n" + BL_SE,
    ["legal_threat"], "Passive, conditional threat: the case is handed to a collection agency ('inkasso') and "
    "then to the Enforcement Authority (Kronofogden).",
    ["till inkasso", "Kronofogden"])

add("S", "sv",
    "P\u00e5minnelse: faktura CLS-26-0155 (8 720 kr)",
    "Hej Erik,\n\nEn v\u00e4nlig p\u00e5minnelse om att faktura CLS-26-0155 p\u00e5 8 720 kr f\u00f6rf\u00f6ll den 4 mars 2026. "
    "Betala g\u00e4rna via l\u00e4nken https://pay.cargoloop.example/se/CLS-0155.\n\nTack p\u00e5 f\u00f6rhand!\n\n" + CL_SE +
    "\n\nBetalning fr\u00e5n utlandet: IBAN " + IBAN_SE + ", BIC XMPLSESS",
    ["sensitive_data"], "Friendly template, but the footer carries our own full IBAN.",
    [IBAN_SE])

add("N", "sv",
    "Kortbetalningen gick inte igenom \u2013 BLS-5540",
    "Hej Anders,\n\nVi f\u00f6rs\u00f6kte dra 2 450 kr f\u00f6r faktura BLS-5540 (skrivtolkning och teckenspr\u00e5kstolkning "
    "den 5 mars) fr\u00e5n ert Visakort som slutar p\u00e5 4242, men betalningen nekades. Ni kan uppdatera kortet eller "
    "betala p\u00e5 annat s\u00e4tt via https://pay.boothline.example/se/BLS-5540.\n\nMed v\u00e4nlig h\u00e4lsning\n\n" + BL_SE,
    [], "Only the last four card digits.",
    ["slutar p\u00e5 4242"])

add("H", "sv",
    "TREDJE p\u00e5minnelsen \u2013 CLS-26-0131",
    "Johan,\n\nDet h\u00e4r \u00e4r TREDJE g\u00e5ngen vi skriver. \u00c4rligt talat \u00e4r det pinsamt att ett cykelbudsf\u00f6retag "
    "med er oms\u00e4ttning inte klarar att betala 6 200 kr. Kanske borde vi fr\u00e5ga era kunder om de vet hur ni "
    "sk\u00f6ter era aff\u00e4rer?\n\nCargoloop Sverige AB",
    ["harassment"], "Shaming ('pinsamt') and a veiled threat to tell the customer's own clients. No legal "
    "action mentioned.",
    ["pinsamt", "fr\u00e5ga era kunder"])

add("A", "sv",
    "P\u00e5minnelse: faktura BLS-5533",
    "Hej Maria,\n\nVi vill p\u00e5minna om att faktura BLS-5533 p\u00e5 12 600 kr f\u00f6r konferenstolkningen "
    "(svenska\u2013engelska) den 19 februari f\u00f6rf\u00f6ll till betalning den 6 mars 2026. Du kan betala p\u00e5 "
    "https://pay.boothline.example/se/BLS-5533.\n\nOm n\u00e5got \u00e4r oklart med fakturan f\u00e5r du g\u00e4rna ringa oss "
    "p\u00e5 08-555 012 40, s\u00e5 hj\u00e4lper vi dig.\n\nV\u00e4nliga h\u00e4lsningar\n\n" + BL_SE,
    [], "Plain reminder with a pay link and the offer to talk to a person.",
    ["https://pay.boothline.example/se/BLS-5533"])

add("D", "sv",
    "Liten p\u00e5minnelse \U0001F6B2 CLS-26-0160",
    "Hej Sara!\n\nBara en liten p\u00e5minnelse om faktura CLS-26-0160 p\u00e5 3 950 kr som f\u00f6rf\u00f6ll i fredags. "
    "L\u00e4nk: https://pay.cargoloop.example/se/CLS-0160\n\nHa en fin vecka!\n/Linnea, Cargoloop\n\n"
    "PS. Betalar ni innan helgen s\u00e5 bjuder vi p\u00e5 p\u00e5minnelseavgiften och r\u00e4ntan \U0001F609",
    ["discount_offer"], "The P.S. joke ('vi bjuder p\u00e5') waives the reminder fee and the interest for paying "
    "before the weekend.",
    ["bjuder vi p\u00e5 p\u00e5minnelseavgiften"])

add("N", "sv",
    "Sv: delbetalning av BLS-5518",
    "Hej Olle,\n\nTack f\u00f6r ditt mejl om att dela upp betalningen av faktura BLS-5518 (18 400 kr). Jag kan inte "
    "sj\u00e4lv godk\u00e4nna en avbetalningsplan, s\u00e5 jag har skickat din f\u00f6rfr\u00e5gan vidare till v\u00e5r "
    "kreditansvarige, som \u00e5terkommer inom tv\u00e5 arbetsdagar. Fram till dess g\u00e4ller fakturans ursprungliga "
    "f\u00f6rfallodag, den 28 februari 2026.\n\nMed v\u00e4nlig h\u00e4lsning\n\n" + BL_SE,
    [], "Passes the instalment request to a person without agreeing to it.",
    ["kan inte sj\u00e4lv godk\u00e4nna en avbetalningsplan"])

# ================================================================ Czech (8)
CL_CZ = "Cargoloop s.r.o.\nOdd\u011blen\u00ed pohled\u00e1vek"
BL_CZ = "Boothline tlumo\u010den\u00ed s.r.o.\nFakturace"

add("S", "cs",
    "Upom\u00ednka \u2013 faktura CLC-2026-0088",
    "Dobr\u00fd den, pane Nov\u00e1ku,\n\ndovolujeme si V\u00e1s upozornit, \u017ee faktura CLC-2026-0088 za pron\u00e1jem "
    "n\u00e1kladn\u00edch kol za \u00fanor ve v\u00fd\u0161i 18 750 K\u010d byla splatn\u00e1 2. 3. 2026 a dosud nebyla uhrazena.\n\n"
    "\u010c\u00e1stku pros\u00edm uhra\u010fte p\u0159evodem na \u00fa\u010det \u010d. " + CZ_ACCOUNT + ", variabiln\u00ed symbol "
    "2026008800.\n\nS pozdravem\n\n" + CL_CZ,
    ["sensitive_data"], "Looks like a routine Czech upom\u00ednka, but the full account number (number/bank "
    "code) is typed into the message. The variable symbol is only a payment reference.",
    [CZ_ACCOUNT])

add("N", "cs",
    "Upom\u00ednka: faktura BLC-3391 po splatnosti",
    "Dobr\u00fd den, pan\u00ed Dvo\u0159\u00e1kov\u00e1,\n\nr\u00e1di bychom V\u00e1m p\u0159ipomn\u011bli, \u017ee faktura BLC-3391 za tlumo\u010den\u00ed "
    "do \u010desk\u00e9ho znakov\u00e9ho jazyka na konferenci 18. 2. 2026 ve v\u00fd\u0161i 24 200 K\u010d byla splatn\u00e1 4. 3. 2026. "
    "Podle smlouvy o poskytov\u00e1n\u00ed slu\u017eeb \u00fa\u010dtujeme od data splatnosti \u00farok z prodlen\u00ed v z\u00e1konn\u00e9 "
    "v\u00fd\u0161i.\n\nFakturu m\u016f\u017eete uhradit online na https://pay.boothline.example/cz/BLC-3391. Pokud jste "
    "ji\u017e platili, po\u0161lete n\u00e1m pros\u00edm datum platby.\n\nS pozdravem\n\n" + BL_CZ +
    " | I\u010cO 27654321, DI\u010c CZ27654321",
    [], "'Upom\u00ednka' is an ordinary reminder; statutory late interest is restated from the contract; I\u010cO and "
    "DI\u010c are company ids, not account numbers.",
    ["Upom\u00ednka", "\u00farok z prodlen\u00ed", "I\u010cO 27654321"])

add("L", "cs",
    "P\u0159ed\u017ealobn\u00ed v\u00fdzva \u2013 faktura CLC-2026-0061",
    "V\u00e1\u017een\u00fd pane \u010cern\u00fd,\n\np\u0159es opakovan\u00e9 upom\u00ednky evidujeme neuhrazenou fakturu CLC-2026-0061 ve "
    "v\u00fd\u0161i 31 400 K\u010d. Nebude-li \u010d\u00e1stka uhrazena do 7 dn\u016f, bude pohled\u00e1vka p\u0159ed\u00e1na advok\u00e1tn\u00ed "
    "kancel\u00e1\u0159i k vym\u00e1h\u00e1n\u00ed soudn\u00ed cestou, v\u010detn\u011b n\u00e1vrhu na exekuci.\n\n" + CL_CZ,
    ["legal_threat"], "Pre-action letter: lawyers, court recovery and enforcement (exekuce), in the passive.",
    ["advok\u00e1tn\u00ed kancel\u00e1\u0159i", "soudn\u00ed cestou", "exekuci"])

add("N", "cs",
    "Re: reklamace polo\u017eky 2 na faktu\u0159e BLC-3402",
    "Dobr\u00fd den, pane Svobodo,\n\nd\u011bkujeme za vysv\u011btlen\u00ed k polo\u017ece 2 (cestovn\u00e9 tlumo\u010dn\u00edk\u016f) na faktu\u0159e "
    "BLC-3402. Va\u0161i reklamaci jsme zaevidovali a upom\u00ednky k t\u00e9to polo\u017ece jsme pozastavili, dokud ji n\u00e1\u0161 "
    "t\u00fdm neprov\u011b\u0159\u00ed. Zb\u00fdvaj\u00edc\u00ed \u010d\u00e1stka 9 600 K\u010d z\u016fst\u00e1v\u00e1 splatn\u00e1 podle faktury.\n\nS pozdravem\n\n" + BL_CZ,
    [], "Records the dispute and pauses reminders on one line; no admission, no credit.",
    ["upom\u00ednky k t\u00e9to polo\u017ece jsme pozastavili"])

add("M", "cs",
    "Re: vr\u00e1cen\u00ed kol 3. 3. \u2013 faktura CLC-2026-0097",
    "Dobr\u00fd den, pan\u00ed Proch\u00e1zkov\u00e1,\n\nomlouv\u00e1me se, chyba je na na\u0161\u00ed stran\u011b \u2013 vr\u00e1cen\u00ed dvou kol "
    "3. 3. jsme v syst\u00e9mu nezaevidovali. Pokud se to potvrd\u00ed p\u0159i kontrole p\u0159ed\u00e1vac\u00edho protokolu, "
    "vystav\u00edme V\u00e1m dobropis na 6 dn\u00ed n\u00e1jmu a rozd\u00edl V\u00e1m vr\u00e1t\u00edme na \u00fa\u010det.\n\n" + CL_CZ,
    ["refund_or_credit_promise", "fault_admission"], "Admits our error; the credit note and refund are "
    "conditional ('pokud se to potvrd\u00ed') but still promised.",
    ["chyba je na na\u0161\u00ed stran\u011b", "vystav\u00edme V\u00e1m dobropis"])

add("A", "cs",
    "P\u0159ipom\u00ednka platby \u2013 faktura CLC-2026-0102",
    "Dobr\u00fd den,\n\np\u0159ipom\u00edn\u00e1me, \u017ee faktura CLC-2026-0102 ve v\u00fd\u0161i 7 980 K\u010d (servis flotily kol, \u00fanor "
    "2026) je 5 dn\u00ed po splatnosti. Zaplatit ji m\u016f\u017eete na https://pay.cargoloop.example/cz/CLC-0102.\n\n"
    "Pokud m\u00e1te k faktu\u0159e dotaz, odpov\u011bzte na tento e-mail nebo zavolejte na +420 555 010 203, r\u00e1di to "
    "s V\u00e1mi probereme.\n\nD\u011bkujeme\n\nCargoloop s.r.o.\nSoudn\u00ed 12, 140 00 Praha 4",
    [], "Plain reminder. 'Soudn\u00ed 12' is our street address (Court Street), not a court.",
    ["Soudn\u00ed 12"])

add("M", "cs",
    "Re: spl\u00e1tkov\u00fd kalend\u00e1\u0159 \u2013 BLC-3378",
    "Dobr\u00fd den, pane Vesel\u00fd,\n\nV\u00e1\u0161 n\u00e1vrh jsme projednali a souhlas\u00edme: dlu\u017enou \u010d\u00e1stku 36 000 K\u010d za "
    "fakturu BLC-3378 m\u016f\u017eete uhradit ve t\u0159ech m\u011bs\u00ed\u010dn\u00edch spl\u00e1tk\u00e1ch po 12 000 K\u010d, prvn\u00ed do 15. 4. "
    "2026. Smluvn\u00ed pokutu za prodlen\u00ed V\u00e1m v tom p\u0159\u00edpad\u011b odpust\u00edme.\n\nS pozdravem\n\n" + BL_CZ,
    ["discount_offer", "terms_change"], "Agrees a three-instalment plan and waives the contractual penalty.",
    ["souhlas\u00edme", "t\u0159ech m\u011bs\u00ed\u010dn\u00edch spl\u00e1tk\u00e1ch", "odpust\u00edme"])

add("N", "cs",
    "Re: stornopoplatek na faktu\u0159e BLC-3410",
    "Dobr\u00fd den, pan\u00ed Kr\u00e1lov\u00e1,\n\nna V\u00e1\u0161 dotaz: podle obchodn\u00edch podm\u00ednek, kter\u00e9 jste potvrdila p\u0159i "
    "objedn\u00e1vce, \u00fa\u010dtujeme p\u0159i zru\u0161en\u00ed tlumo\u010den\u00ed m\u00e9n\u011b ne\u017e 48 hodin p\u0159edem 100 % ceny. Proto "
    "faktura BLC-3410 obsahuje i zru\u0161en\u00fd term\u00edn 2. 3. 2026 (4 800 K\u010d). Celkov\u00e1 \u010d\u00e1stka 14 400 K\u010d byla "
    "splatn\u00e1 9. 3. 2026.\n\nS pozdravem\n\n" + BL_CZ,
    [], "Restates the cancellation terms the customer accepted; nothing new or waived.",
    ["podle obchodn\u00edch podm\u00ednek"])

# ================================================================ Estonian (8)
CL_EE = "Cargoloop OÜ"
BL_EE = "Boothline Tõlkebüroo OÜ\nRaamatupidamine"

add("N", "et",
    "Meeldetuletus: arve CLE-26-0071 on tasumata",
    "Tere, Kadri!\n\nTuletame meelde, et arve CLE-26-0071 summas 1 420,00 € (kaubarataste rent, veebruar) "
    "maksetähtaeg oli 3. märts 2026 ja arve on siiani tasumata. Lepingu punkti 8 kohaselt arvestatakse "
    "tähtaja ületamisel viivist 0,05% päevas.\n\nArve saate tasuda lingil "
    "https://pay.cargoloop.example/ee/CLE-0071, viitenumber " + EE_REF_0071 + ".\n\nKui olete juba maksnud, "
    "palun saatke meile maksekuupäev.\n\nLugupidamisega\n\n" + CL_EE + "\nKohtu 8, 10130 Tallinn",
    [], "'Kohtu 8' is our street address (Court Street), the viitenumber is a payment reference, not an "
    "account, and the late interest (viivis) is restated from the contract.",
    ["Kohtu 8", "viitenumber " + EE_REF_0071, "Lepingu punkti 8 kohaselt"])

add("L", "et",
    "Viimane meeldetuletus – arve BLE-4410",
    "Lugupeetud klient\n\nArve BLE-4410 (viipekeele tõlge 10. veebruaril, 2 380,00 €) on kahest "
    "meeldetuletusest hoolimata tasumata. Kui makset ei laeku 7 päeva jooksul, anname nõude üle "
    "inkassofirmale ja teie ettevõtte andmed kantakse maksehäireregistrisse.\n\n" + BL_EE,
    ["legal_threat"], "Threatens a collection agency and entry in the payment-default register (credit "
    "reporting).",
    ["inkassofirmale", "maksehäireregistrisse"])

add("S", "et",
    "Arve CLE-26-0084 – makse meeldetuletus",
    "Tere, Margus!\n\nArve CLE-26-0084 summas 3 150,00 € maksetähtaeg oli 6. märts 2026. Palun tasuge arve "
    "meie arveldusarvele " + IBAN_EE + ", saaja Cargoloop OÜ, viitenumber " + EE_REF_0084 + ".\n\nAitäh!\n\n" + CL_EE,
    ["sensitive_data"], "Our own full IBAN typed into the message. The viitenumber alone would be fine.",
    [IBAN_EE])

add("A", "et",
    "Meeldetuletus: arve BLE-4427",
    "Tere, Liis!\n\nTuletame meelde, et arve BLE-4427 summas 980,00 € (konverentsitõlge 24. veebruaril) "
    "maksetähtaeg oli 9. märts 2026. Arve saate tasuda aadressil https://pay.boothline.example/ee/BLE-4427.\n\n"
    "Kui teil on arve kohta küsimusi, vastake sellele kirjale või helistage numbril +372 555 0142 ja arutame "
    "asja.\n\nParimate soovidega\n\nBoothline Tõlkebüroo OÜ",
    [], "Plain reminder with a pay link and the offer to talk to a person.",
    ["https://pay.boothline.example/ee/BLE-4427"])

add("D", "et",
    "Re: arve CLE-26-0066",
    "Tere, Rasmus!\n\nAitäh vastuse eest. Kui tasute arve CLE-26-0066 (2 640,00 €) selle nädala reedeks, "
    "loobume viivisest ja teeme lisaks 5% allahindlust.\n\nTervitades\nKertu\n" + CL_EE,
    ["discount_offer"], "Conditional offer: waives the late interest and adds a 5% discount for paying by "
    "Friday. The Friday deadline is part of the offer, not a new due date.",
    ["loobume viivisest", "5% allahindlust"])

add("H", "et",
    "KOLMAS meeldetuletus – BLE-4398",
    "Härra Tamm,\n\nKas teie raamatupidaja ei oska lugeda? See on juba KOLMAS kiri arve BLE-4398 "
    "(1 760,00 €) kohta. Ausalt öeldes on piinlik, et nii suur organisatsioon ei suuda paari tõlgi eest "
    "maksta. Helistame teile iga päev, kuni raha on laekunud.\n\nBoothline Tõlkebüroo OÜ",
    ["harassment"], "Insulting rhetorical question, shaming, and a threat of daily calls.",
    ["ei oska lugeda", "piinlik", "iga päev"])

add("N", "et",
    "Kinnitus: arve CLE-26-0079 makse",
    "Tere, Piret!\n\nAitäh, et andsite teada, et tasute arve CLE-26-0079 summas 1 890,00 € 20. märtsil 2026. "
    "Märkisime selle teie kliendikaardile ja anname teada, kui makse on laekunud. Arve algne maksetähtaeg oli "
    "27. veebruar 2026.\n\nLugupidamisega\n\n" + CL_EE,
    [], "Records the customer's own promise; the original due date is restated.",
    ["andsite teada, et tasute", "algne maksetähtaeg"])

add("N", "et",
    "Tasumata arved – uued tellimused ootel",
    "Tere, Andres!\n\nArved BLE-4380 ja BLE-4391 (kokku 4 210,00 €) on meeldetuletustest hoolimata tasumata. "
    "Palun tasuge need aadressil https://pay.boothline.example/ee/AC-2210.\n\nKui arved jäävad 31. märtsiks "
    "tasumata, ei saa me kahjuks teie uusi tõlketellimusi enne võla tasumist kinnitada. Kui midagi takistab "
    "maksmist, vastake sellele kirjale ja meie krediidijuht helistab teile.\n\n" + BL_EE,
    [], "Boundary (sample g29 convention): new bookings on hold until paid is a business consequence, not a "
    "legal threat.",
    ["uusi tõlketellimusi enne võla tasumist kinnitada"])

# ================================================================ Latvian (8)
CL_LV = "Cargoloop SIA"
BL_LV = "Boothline tulkošanas birojs SIA"

add("N", "lv",
    "Atgādinājums: rēķins CLL-26-0052 nav apmaksāts",
    "Labdien, Ilze!\n\nAtgādinām, ka rēķina CLL-26-0052 par kravas velosipēdu nomu februārī (1 980,00 EUR) "
    "apmaksas termiņš bija 2026. gada 3. marts. Saskaņā ar līguma 6. punktu par kavējumu tiek aprēķināts "
    "līgumsods 0,1 % apmērā dienā.\n\nRēķinu varat apmaksāt šeit: https://pay.cargoloop.example/lv/CLL-0052.\n\n"
    "Ja jau esat samaksājuši, lūdzu, atsūtiet mums maksājuma datumu.\n\nAr cieņu\n\n" + CL_LV +
    "\nDebitoru nodaļa | Reģ. Nr. 40003123456 | PVN LV40003123456",
    [], "An ordinary 'atgādinājums'; the contractual penalty is restated; the 11-digit registration and VAT "
    "numbers are company ids, not bank accounts.",
    ["Saskaņā ar līguma 6. punktu", "Reģ. Nr. 40003123456"])

add("S", "lv",
    "Atgādinājums par rēķinu BLL-2261",
    "Labdien, Jāni!\n\nRēķins BLL-2261 (zīmju valodas tulkošana 17. februārī, 1 340,00 EUR) joprojām nav "
    "apmaksāts. Citi klienti nokārto rēķinus laikā – piemēram, SIA Daugavas Mediji vakar samaksāja visu savu "
    "4 200,00 EUR parādu par janvāri.\n\nLūdzu, apmaksājiet rēķinu šeit: "
    "https://pay.boothline.example/lv/BLL-2261.\n\n" + BL_LV,
    ["sensitive_data"], "Names another customer together with its debt and payment.",
    ["SIA Daugavas Mediji", "4 200,00 EUR parādu"])

add("T", "lv",
    "Re: rēķins CLL-26-0047",
    "Labdien, Māri!\n\nPaldies par ziņu. Esam pagarinājuši rēķina CLL-26-0047 (3 270,00 EUR) apmaksas "
    "termiņu līdz 30. aprīlim, tāpēc līdz tam atgādinājumus vairs nesūtīsim.\n\nAr cieņu\n\n" + CL_LV,
    ["terms_change"], "Extends the due date to 30 April.",
    ["pagarinājuši", "līdz 30. aprīlim"])

add("A", "lv",
    "Atgādinājums: rēķins BLL-2274",
    "Labdien, Anna!\n\nAtgādinām, ka rēķina BLL-2274 par konferences sinhrono tulkošanu 20. februārī "
    "(2 750,00 EUR) apmaksas termiņš bija 2026. gada 6. marts. Rēķinu varat apmaksāt tiešsaistē: "
    "https://pay.boothline.example/lv/BLL-2274.\n\nJa jums ir jautājumi, atbildiet uz šo e-pastu vai zvaniet "
    "mums pa tālruni +371 6555 0142, un mēs labprāt palīdzēsim.\n\nAr cieņu\n\n" + BL_LV + "\nGrāmatvedība",
    [], "Plain reminder with a pay link and the offer to talk to a person.",
    ["https://pay.boothline.example/lv/BLL-2274"])

add("F", "lv",
    "Re: rēķins CLL-26-0058 – nepareizs velosipēdu skaits",
    "Labdien, Edgar!\n\nJums taisnība – rēķinā CLL-26-0058 esam iekļāvuši 14 velosipēdus 12 vietā. Tā ir mūsu "
    "kļūda, atvainojamies par sagādātajām neērtībām. Par turpmāko rīcību sazināsimies tuvākajās dienās.\n\n" +
    CL_LV + "\nDebitoru nodaļa",
    ["fault_admission"], "Admits our error; nothing is promised ('par turpmāko rīcību sazināsimies' is not a "
    "credit promise).",
    ["Tā ir mūsu kļūda"])

add("N", "lv",
    "Rēķins CLL-26-0061 – maksājuma rekvizīti",
    "Labdien, Laura!\n\nJūs jautājāt, uz kuru kontu apmaksāt rēķinu CLL-26-0061 (860,00 EUR). Lūdzu, "
    "izmantojiet rekvizītus, kas norādīti pašā rēķinā (mūsu konts, kas beidzas ar …2035), vai maksājiet ar "
    "karti: https://pay.cargoloop.example/lv/CLL-0061. Drošības nolūkos mēs nekad nesūtām un nemainām bankas "
    "rekvizītus e-pastā.\n\nAr cieņu\n\n" + CL_LV,
    [], "Masked account ('beidzas ar …2035') and a pointer to the invoice; no full IBAN.",
    ["beidzas ar …2035"])

add("D", "lv",
    "Jūsu atlikums – BLL-2249 un BLL-2255",
    "Labdien!\n\nZemāk jūsu atlikums ar īpašo piedāvājumu, ja maksājat līdz 20. martam:\n\n"
    "Rēķins   | Summa        | Atlaide | Maksājamā summa\n"
    "BLL-2249 | 1 500,00 EUR | −10 %   | 1 350,00 EUR\n"
    "BLL-2255 |   900,00 EUR | −10 %   |   810,00 EUR\n"
    "Kopā     | 2 400,00 EUR |         | 2 160,00 EUR\n\n"
    "Maksāt var šeit: https://pay.boothline.example/lv/AC-3120\n\n" + BL_LV,
    ["discount_offer"], "The discount is only in the table ('Atlaide −10 %'); the 20 March date is the "
    "offer's deadline, not a new due date.",
    ["Atlaide", "−10 %"])

add("N", "lv",
    "Re: BLL-2280 – tulka maiņa pasākumā",
    "Labdien, Kristīne!\n\nMums žēl dzirdēt, ka tulka maiņa pēdējā brīdī radīja neērtības jūsu pasākumā "
    "5. martā. Jūsu atsauksmi esam nodevuši mūsu projektu vadītājai, kura ar jums sazināsies šonedēļ. Rēķins "
    "BLL-2280 (1 120,00 EUR) pa to laiku paliek spēkā.\n\nAr cieņu\n\n" + BL_LV,
    [], "Sympathy and escalation to a person without admitting fault or promising a credit.",
    ["Mums žēl dzirdēt"])

# ================================================================ Hebrew (9)
CL_IL = "Cargoloop ישראל\nחשבונות לקוחות"
BL_IL = "Boothline תרגום\nכספים"

add("N", "he",
    "תזכורת: חשבונית CLH-26-0144 טרם שולמה",
    "שלום רונית,\n\nזוהי תזכורת שחשבונית CLH-26-0144 על סך 5,940 ₪ עבור השכרת אופני משא לחודש פברואר "
    "הייתה לתשלום ב-2 במרץ 2026 וטרם שולמה. בהתאם לסעיף 9 בהסכם השכירות, על יתרה בפיגור חלה ריבית פיגורים "
    "כמפורט בהסכם.\n\nניתן לשלם בקישור https://pay.cargoloop.example/il/CLH-0144. לכל שאלה, מחלקת הגבייה "
    "שלנו זמינה בטלפון 03-555-0142.\n\nבברכה,\n\n" + CL_IL,
    [], "'מחלקת הגבייה שלנו' is our own collections department; late interest is restated from the lease.",
    ["מחלקת הגבייה שלנו", "כמפורט בהסכם"])

add("M", "he",
    "אחרון!!! חשבונית BLH-8830",
    "אבי,\n\nזו כבר ההודעה השישית ואתם פשוט מתעלמים. זה מביש שמוסד כמו שלכם לא משלם למתורגמנים. נתקשר "
    "אליך כל שעה, גם בערב, עד שהכסף יגיע, ואם 3,200 ₪ לא יועברו עד יום חמישי – התיק יועבר לעורך דין "
    "ולהוצאה לפועל.\n\nBoothline",
    ["legal_threat", "harassment"], "Shaming ('זה מביש') and a threat of hourly calls including evenings "
    "(harassment); lawyer and the Execution Office (legal threat).",
    ["זה מביש", "כל שעה", "לעורך דין", "ולהוצאה לפועל"])

add("S", "he",
    "החיוב נכשל – חשבונית CLH-26-0151",
    "שלום דנה,\n\nניסינו לחייב את כרטיס האשראי 4012 8888 8888 1881 (תוקף 08/28) בסך 1,450 ₪ עבור "
    "חשבונית CLH-26-0151, אך החיוב נדחה. ניתן לעדכן את פרטי הכרטיס בקישור "
    "https://pay.cargoloop.example/il/CLH-0151.\n\nבברכה,\n\n" + CL_IL,
    ["sensitive_data"], "Full card number and expiry.",
    ["4012 8888 8888 1881", "08/28"])

add("A", "he",
    "תזכורת תשלום – חשבונית BLH-8842",
    "שלום מיכל,\n\nרצינו להזכיר שחשבונית BLH-8842 על סך 2,780 ₪ עבור תרגום לשפת הסימנים בכנס ב-23 "
    "בפברואר הייתה לתשלום ב-9 במרץ 2026. ניתן לשלם בקישור https://pay.boothline.example/il/BLH-8842.\n\n"
    "אם כבר שילמתם, נשמח אם תשלחו לנו את תאריך התשלום ואסמכתה כדי שנוכל לשייך אותו.\n\nתודה,\n\n" + BL_IL,
    [], "Plain reminder with amount, due date, pay link and a remittance request.",
    ["https://pay.boothline.example/il/BLH-8842"])

add("R", "he",
    "RE: חשבונית BLH-8819 – ביטול הסדנה",
    "שלום יואב,\n\nקיבלנו את הודעתך על ביטול הסדנה ב-12 במרץ. נזכה אתכם על מלוא הסכום של הסדנה "
    "(1,600 ₪) ונשלח חשבונית זיכוי עד סוף השבוע.\n\nבברכה,\n\n" + BL_IL,
    ["refund_or_credit_promise"], "Promises a credit and a credit invoice. No admission of error.",
    ["נזכה אתכם", "חשבונית זיכוי"])

add("N", "he",
    "החיוב לא עבר – חשבונית BLH-8851",
    "שלום אורי,\n\nניסינו לחייב את כרטיס הוויזה המסתיים ב-1881 בסך 920 ₪ עבור חשבונית BLH-8851 (תרגום "
    "סימולטני ב-4 במרץ), והחיוב נדחה. ניתן לעדכן את הכרטיס או לשלם בדרך אחרת בקישור "
    "https://pay.boothline.example/il/BLH-8851.\n\nבברכה,\n\n" + BL_IL,
    [], "Only the last four card digits.",
    ["המסתיים ב-1881"])

add("T", "he",
    "RE: חשבונית CLH-26-0139",
    "היי שירן,\n\nבלי לחץ 🙂 דיברתי עם ההנהלה – אין צורך לשלם את חשבונית CLH-26-0139 (3,300 ₪) עד סוף "
    "מאי. עד אז לא נשלח תזכורות.\n\nתודה,\nנועה\nCargoloop ישראל",
    ["terms_change"], "Slack-style edit that moves payment to the end of May.",
    ["אין צורך לשלם", "עד סוף מאי"])

add("N", "he",
    "RE: בקשה לפריסת תשלומים – CLH-26-0128",
    "שלום גלעד,\n\nתודה על פנייתך בנוגע לפריסת התשלום של חשבונית CLH-26-0128 (7,800 ₪). אין באפשרותי "
    "לאשר הסדר תשלומים בעצמי, ולכן העברתי את הבקשה למנהל האשראי שלנו, שיחזור אליך תוך שני ימי עסקים. עד "
    "אז החשבונית נשארת לתשלום כפי שהונפקה.\n\nבברכה,\n\n" + CL_IL,
    [], "Passes the instalment request to a person without agreeing to it.",
    ["אין באפשרותי לאשר הסדר תשלומים"])

add("N", "he",
    "RE: דמי ביטול בחשבונית BLH-8836",
    "שלום שרון,\n\nבתשובה לשאלתך: לפי תנאי ההזמנה שאישרת, ביטול של פחות מ-48 שעות לפני מועד התרגום מחויב "
    "במלוא המחיר. לכן חשבונית BLH-8836 כוללת גם את המפגש שבוטל ב-2 במרץ (1,100 ₪). סך החשבונית, 3,300 ₪, "
    "היה לתשלום ב-9 במרץ 2026.\n\nבברכה,\n\n" + BL_IL,
    [], "Restates the cancellation terms already accepted; nothing new or waived.",
    ["לפי תנאי ההזמנה שאישרת"])

# ---------------------------------------------------------------- output
def key_ids():
    """Assign KEYs (letter + running number per letter) in authoring order."""
    counts = Counter()
    keys = []
    for it in ITEMS:
        counts[it["key"]] += 1
        keys.append("%s%d" % (it["key"], counts[it["key"]]))
    return keys


def ordered():
    keys = key_ids()
    rows = []
    for k, it in zip(keys, ITEMS):
        rows.append(dict(it, KEY=k))
    rng = random.Random(SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "gd%02d" % i
    return rows


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False)


def generate():
    rows = ordered()
    drafts = "".join(dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}) + "\n" for r in rows)
    labels = "".join(dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                            "note": "[%s, %s] %s" % (r["KEY"], r["lang"], r["note"]), "lang": r["lang"]}) + "\n"
                     for r in rows)
    return {"drafts.jsonl": drafts, "labels.jsonl": labels, "README.md": readme(rows)}


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    kc = Counter(r["key"] for r in rows)
    multi = sum(1 for r in rows if len(r["violations"]) > 1)
    out = []
    w = out.append
    w("# blind159 / guard: held-out set for the outbound guardrails contract\n")
    w("Written blind from `contracts/guardrails.md` and the public samples README only. "
      "Generated by `python3 build.py` (stdlib only, deterministic: fixed seed %d, no clock); "
      "`python3 check.py` re-verifies the labels.\n" % SEED)
    w("## Theme\n")
    w("Outbound dunning drafts from two made-up businesses, in several markets:\n")
    w("- **Cargoloop Fleet & Leasing** (Cargoloop Brasil, Cargoloop Sverige AB, Cargoloop s.r.o., Cargoloop O\u00dc, "
      "Cargoloop SIA, Cargoloop \u05d9\u05e9\u05e8\u05d0\u05dc): bicycle fleets and cargo-bike leasing for couriers, "
      "hotels and depots. Invoices `CL-`, `CLB-`, `CLS-`, `CLC-`, `CLE-`, `CLL-`, `CLH-`.")
    w("- **Boothline Interpreting** (Boothline Int\u00e9rpretes, Boothline Tolk AB, Boothline tlumo\u010den\u00ed, "
      "Boothline T\u00f5lkeb\u00fcroo, Boothline tulko\u0161anas birojs, Boothline \u05ea\u05e8\u05d2\u05d5\u05dd): sign-language "
      "(BSL, ASL, Libras, \u010cZJ, Estonian/Latvian/Israeli sign language) and conference interpreting. "
      "Invoices `BL-`, `BLB-`, `BLS-`, `BLC-`, `BLE-`, `BLL-`, `BLH-`.\n")
    w("The drafts are template output, LLM rewrites (\"I hope this message finds you well\") and people's Slack "
      "edits (lower case, emoji, P.S. lines). All names, domains (`*.example`), phone numbers (555) and "
      "references are made up. Card numbers are well-known test numbers (Luhn-valid); the IBANs are "
      "invented but carry a valid mod-97 check; the Czech account number passes the mod-11 check; the Estonian "
      "viitenumbers pass the 7-3-1 check.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the `guard` command |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator (rewrites the two files and this README) |")
    w("| `check.py` | | sanity checker, exits non-zero on a problem |\n")
    w("Ids `gd01`..`gd%02d` are assigned after a seeded shuffle. `allowed` is true exactly when `violations` "
      "is empty. Violations are listed in the contract's table order; compare them as a set. "
      "`note` starts with `[KEY, lang]`; KEY's letter gives the intended group and the number is a running "
      "count within the letter:\n" % n)
    w("| letter | group | drafts |\n|---|---|---|")
    for k in "ANLDRFTHSM":
        w("| %s | %s | %d |" % (k, KEY_GROUPS[k], kc[k]))
    w("")
    w("## Counts\n")
    w("- drafts: %d; allowed: %d; not allowed: %d (of which %d carry two violations)\n"
      % (n, allowed, n - allowed, multi))
    w("| violation | drafts |\n|---|---|")
    for v in VIOLATIONS:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | language | drafts | allowed | not allowed |\n|---|---|---|---|---|")
    for lang in LANG_NAMES:
        a = sum(1 for r in rows if r["lang"] == lang and not r["violations"])
        w("| %s | %s | %d | %d | %d |" % (lang, LANG_NAMES[lang], lc[lang], a, lc[lang] - a))
    w("")
    w("## Conventions chosen where the contract is silent\n")
    for line in CONVENTIONS:
        w("- " + line)
    w("")
    w("## Per-draft summary\n")
    w("| id | key | lang | violations |\n|---|---|---|---|")
    for r in rows:
        w("| %s | %s | %s | %s |" % (r["id"], r["KEY"], r["lang"], ", ".join(r["violations"]) or "(allowed)"))
    return "\n".join(out) + "\n"


CONVENTIONS = [
    "The whole text counts: subject, body, signature, footer and P.S. lines. A violation in a P.S. or a "
    "template footer is a violation of the draft.",
    "Tone does not excuse content: a joke or emoji (\"the late fee's on us \U0001F609\", Swedish \"vi bjuder p\u00e5 "
    "p\u00e5minnelseavgiften\") is a `discount_offer`; a polite hint that arrears will be reported to credit reference "
    "agencies is a `legal_threat`; passive voice (\"a credit note will be raised\", \"ser\u00e1 estornado\", "
    "\"l\u00e4mnas \u00e4rendet \u00f6ver till inkasso\") counts like the active.",
    "A conditional promise is still a promise: \"if the hand-over record confirms it, we will issue a credit "
    "note\" is `refund_or_credit_promise`; \"if it makes things easier, feel free to split it into three "
    "payments\" is `terms_change`.",
    "Waiving a contractual late fee, reminder fee, penalty or interest is `discount_offer`, also when it is "
    "conditional on paying by a date. The deadline of such an offer (or of a settlement offer) is not by itself "
    "a `terms_change`; moving the invoice's due date or granting instalments is.",
    "Refusing a waiver, explaining that an agreed early-payment discount has lapsed, and restating agreed "
    "fees, statutory interest, reminder fees (Swedish p\u00e5minnelseavgift), penalties or cancellation charges "
    "are allowed.",
    "`fault_admission` needs an admission (\"that was our error\", \"we take full responsibility\", \"chyba je na "
    "na\u0161\u00ed stran\u011b\", \"T\u0101 ir m\u016bsu k\u013c\u016bda\"). Sympathy (\"we're sorry the session was difficult\") or "
    "passing feedback to a person is allowed. A vague \"we'll be in touch about next steps\" is not a credit "
    "promise.",
    "Full domestic bank account numbers are `sensitive_data` like IBANs: Czech `number/bank code`, Brazilian "
    "bank + ag\u00eancia + conta. Our own account counts too. Masked forms (\"ending 4471\", \"***21-6\", "
    "\"\u20262035\") are allowed. Company ids (CNPJ, Swedish org.nr, I\u010cO/DI\u010c, Latvian Re\u0123. Nr./PVN) and "
    "payment references (Czech variabiln\u00ed symbol, Estonian viitenumber) are not bank account numbers.",
    "Naming another customer together with its balance or payment history is `sensitive_data` even when it is "
    "meant as encouragement; peer comparison without insults is not `harassment`.",
    "A temporary password is a password. Telling the customer how to reset a password, or that we never ask "
    "for one, is allowed.",
    "Threatening in the text to call every morning / every hour (together with shaming or insults) is "
    "`harassment`; the contract's note that contact frequency is enforced elsewhere is read as being about "
    "the actual sending schedule, not about threatening language in a draft.",
    "Stating a business consequence (servicing and new deliveries paused, new bookings not confirmed until "
    "the balance is paid) is allowed, following sample g29's boundary choice.",
    "Ordinary words that sound close are allowed: \"our collections team\", \"setor de cobran\u00e7a\", "
    "\"\u05de\u05d7\u05dc\u05e7\u05ea \u05d4\u05d2\u05d1\u05d9\u05d9\u05d4 \u05e9\u05dc\u05e0\u05d5\", \"Court Street\", Czech \"Soudn\u00ed 12\" and Estonian \"Kohtu 8\" "
    "(street addresses), \"betalningsp\u00e5minnelse\", \"upom\u00ednka\", \"meeldetuletus\", \"atg\u0101din\u0101jums\", "
    "\"\u05ea\u05d6\u05db\u05d5\u05e8\u05ea\" (ordinary reminders). Collection agencies (inkasso, inkassofirma), courts, "
    "bailiffs, enforcement (Kronofogden, exekuce, \u05d4\u05d5\u05e6\u05d0\u05d4 \u05dc\u05e4\u05d5\u05e2\u05dc), lawyers, notary protest "
    "and credit-bureau or payment-default registers (Serasa/SPC, maksehäireregister) are `legal_threat`.",
]


def main():
    for name, text in generate().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d drafts" % len(ITEMS))


if __name__ == "__main__":
    main()
