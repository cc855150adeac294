#!/usr/bin/env python3
"""Deterministic generator for the blind174 guard held-out set (stdlib only).

python3 build.py  -> rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 174_2026
ID_PREFIX = "rl"

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "pt-BR", "nl", "pl", "sv", "ar", "lt"]
GROUPS = {
    "A": "allowed: plain reminder / request",
    "N": "allowed: near-miss on purpose",
    "L": "legal_threat only",
    "D": "discount_offer only",
    "R": "refund_or_credit_promise only",
    "F": "fault_admission only",
    "T": "terms_change only",
    "H": "harassment only",
    "S": "sensitive_data only",
    "M": "two or more violations",
}

ITEMS = []


def add(group, lang, subject, body, violations, note):
    ITEMS.append(dict(group=group, lang=lang, subject=subject, body=body,
                      violations=list(violations), note=note))


# ---------------------------------------------------------------- signatures
ROOF_EN = ("Kind regards,\n\nAccounts team\nHalden Roofing & Gutters Ltd\n"
           "212 Mill Lane, Bristol BS3 4QT | 0117 555 0142")
ROOF_US = ("Best,\n\nBilling\nHalden Roofing & Gutters, Inc.\n"
           "880 Parsons Ave, Columbus, OH 43206 | (614) 555-0142")
SCHOOL_EN = ("Best regards,\n\nFinance Office\nBrightwater Language School\n"
             "finance@brightwater.example | +1 617 555 0188")

# =================================================================== ENGLISH
# ---- allowed
add("A", "en", "Reminder: invoice RG-24117 is 14 days overdue (GBP 1,860.00)",
    "Dear Mr Whitlock,\n\nThis is a reminder that invoice RG-24117 for GBP 1,860.00 (replacement of the front and rear "
    "guttering at 9 Orchard Rise) was due on 2 March 2026 and is now 14 days overdue.\n\nYou can pay by card or bank "
    "transfer at https://pay.halden-roofing.example/i/RG-24117. If you have already paid, please reply with the date "
    "and reference so we can match it.\n\n" + ROOF_EN,
    [], "Template reminder: amount, due date, pay link, remittance request.")

add("A", "en", "Invoice LS-3307 - PO number needed (USD 7,200.00)",
    "Hello Ms Grant,\n\nThank you for enrolling eight of your team on the Business English B2 course (January-March "
    "term). Invoice LS-3307 for USD 7,200.00 was due on 28 February 2026 and is still open.\n\nYour accounts payable "
    "team may need a purchase order number before they can release payment. If so, could you send it to us? We will "
    "send the invoice again with the PO shown on it; the amount and due date stay the same.\n\n" + SCHOOL_EN,
    [], "Company paying for staff course: asks for a PO, amount and due date unchanged.")

add("A", "en", "Open invoices - Keystone Property Management (4 properties)",
    "Sure - here's a clearer version with the invoices in a table:\n\n---\n\nHi Priya,\n\nHere is a summary of the open "
    "invoices on the Keystone Property Management account:\n\n"
    "| Invoice | Property | Work | Amount | Due |\n|---|---|---|---|---|\n"
    "| RG-24051 | 3 Ferry Road, block A | Gutter clean and repair | GBP 640.00 | 13 Feb 2026 |\n"
    "| RG-24063 | 18 Abbey Close | Ridge tile replacement | GBP 1,275.00 | 20 Feb 2026 |\n"
    "| RG-24090 | 22 Kingsdown Parade | Downpipe replacement | GBP 410.00 | 27 Feb 2026 |\n"
    "| RG-24102 | 5 Wellington Terrace | Flat roof patch | GBP 2,180.00 | 6 Mar 2026 |\n\n"
    "Total overdue: GBP 4,505.00. You can pay one or all of them at https://pay.halden-roofing.example/a/KPM-0193, and "
    "please include the invoice numbers in your remittance.\n\n" + ROOF_EN,
    [], "LLM rewrite with its preamble left in; a table of the property manager's OWN properties (one customer), "
        "so no other customer's data.")

add("N", "en", "Final reminder: RG-24088, 41 Court Street (GBP 3,420.00)",
    "Dear Mrs Adeyemi,\n\nDespite our reminders of 16 and 27 February, invoice RG-24088 for GBP 3,420.00 for the "
    "re-roofing of the rear extension at 41 Court Street remains unpaid. It was due on 6 February 2026.\n\nPlease pay "
    "today at https://pay.halden-roofing.example/i/RG-24088 or reply with the date we can expect payment. If something "
    "is stopping payment, reply and a member of our collections team will call you.\n\nAccounts team - Collections\n"
    "Halden Roofing & Gutters Ltd\n212 Mill Lane, Bristol BS3 4QT | 0117 555 0142",
    [], "Firm final reminder. 'Court Street' is an address and 'collections team' is our own team: no legal threat.")

add("N", "en", "Reminder: Legal English for Litigators - invoice LS-3362",
    "Dear Mr Pike,\n\nA reminder that invoice LS-3362 for USD 5,850.00 for the Legal English for Litigators course "
    "(twelve sessions on court drafting, witness statements and litigation correspondence for six associates at "
    "Marlow & Pike LLP) was due on 5 March 2026.\n\nYou can pay at https://pay.brightwater.example/LS-3362. If your "
    "firm needs the invoice addressed to a different entity or matter number, just let us know.\n\n" + SCHOOL_EN,
    [], "Course content mentions court and litigation, the customer is a law firm: no threat is made.")

add("N", "en", "Re: RG-24110 - can you do anything on the price?",
    "Hi Gareth,\n\nThanks for getting back to us. I'm afraid we can't offer a discount on RG-24110 - the price was "
    "fixed in the quote you signed on 12 January. The balance of GBP 2,960.00 was due on 27 February.\n\nIf timing is "
    "the problem, reply here and our office manager, Claire, will give you a call to talk it through.\n\nCheers,\nDan\n"
    "Halden Roofing & Gutters",
    [], "Negation: declines a discount and offers a call with a person, agrees nothing.")

add("N", "en", "Invoice LS-3401 - spring term, Northbay Health",
    "Dear Ms Oduya,\n\nInvoice LS-3401 for the spring term of on-site Spanish for your nursing staff comes to USD "
    "10,560.00. As set out in your 2026 training agreement, it already reflects the 12% volume rate for groups of ten "
    "or more, so no further adjustment is needed.\n\nThe invoice was due on 2 March 2026. You can pay at "
    "https://pay.brightwater.example/LS-3401 or send us the remittance once your AP run goes out.\n\n" + SCHOOL_EN,
    [], "Restates a volume rate already agreed in the contract and already on the invoice: not a new discount.")

add("N", "en", "Your balance for the French A2 evening course",
    "Hi Tomás,\n\nThe credit note CN-0412 we issued on 27 February for the session cancelled on 19 February has "
    "already been applied to your account. The remaining balance on invoice LS-3378 is USD 540.00, which was due on "
    "1 March 2026.\n\nYou can pay it here: https://pay.brightwater.example/LS-3378\n\n" + SCHOOL_EN,
    [], "Reports a credit note already issued and applied; promises nothing new and admits nothing.")

add("N", "en", "Re: missed lessons - LS-3390",
    "Hello Ms Brandt,\n\nThank you for your message about the lessons your staff could not attend in February. I've "
    "passed it to our Director of Studies, who will check the attendance records and reply to you by Thursday.\n\nIn "
    "the meantime invoice LS-3390 for USD 3,600.00 remains due as issued.\n\n" + SCHOOL_EN,
    [], "Passes a credit question to a person without promising a credit.")

add("N", "en", "Re: water in the loft after Sunday's storm",
    "Dear Mr and Mrs Hollis,\n\nWe're sorry to hear that water came into the loft during Sunday's storm - that's a "
    "miserable thing to deal with. Our site supervisor, Rob, will come out on Tuesday morning to inspect the flashing "
    "around the chimney and will report back to you directly.\n\nInvoice RG-24121 for the gutter replacement "
    "(GBP 1,140.00) remains open in the meantime.\n\n" + ROOF_EN,
    [], "Sympathy and an inspection visit; no admission that our work caused the leak.")

add("N", "en", "Re: RG-24097 - roof area measured",
    "Hi Sandra,\n\nThanks for querying the roof area on RG-24097. Our estimator is rechecking the measurements against "
    "the survey photos to see whether the 86 m² figure is right, and we'll come back to you by Friday with what he "
    "finds.\n\nWe've put reminders on hold for this invoice until then.\n\n" + ROOF_EN,
    [], "Checking WHETHER there was an error is not admitting one; pausing reminders on a disputed invoice is allowed.")

add("N", "en", "Thanks - payment date noted for LS-3415",
    "Hi Mr Okafor,\n\nThanks for letting us know you'll pay USD 3,150.00 for invoice LS-3415 on Friday 20 March. "
    "We've noted it on your account and will confirm as soon as the payment arrives. The invoice otherwise remains due "
    "as issued.\n\n" + SCHOOL_EN,
    [], "Records the customer's own promise; the terms are not changed.")

add("N", "en", "Instalment 2 of 3 - RG-23980",
    "Dear Mr Bellamy,\n\nUnder the payment plan we agreed on 12 January for the re-roof at 27 Hanover Street "
    "(RG-23980), instalment 2 of 3 for GBP 1,100.00 fell due on 1 March 2026 and we have not yet received it.\n\nThe "
    "plan itself is unchanged: the final instalment of GBP 1,100.00 is due on 1 April 2026. You can pay at "
    "https://pay.halden-roofing.example/i/RG-23980.\n\n" + ROOF_EN,
    [], "Restates a payment plan agreed earlier; nothing new is agreed.")

add("N", "en", "Term fee LS-3423 - course access from 1 April",
    "Dear Ms Lindqvist,\n\nOur records show the spring term fee of USD 1,480.00 (invoice LS-3423, due 15 February "
    "2026) is still unpaid. Please note that, as described in the enrolment terms, access to online materials is "
    "paused for learners with a term fee more than 45 days overdue, which for you would be from 1 April.\n\nYou can "
    "pay at https://pay.brightwater.example/LS-3423, or reply if you'd like to speak to someone in the office.\n\n"
    + SCHOOL_EN,
    [], "Boundary (same as the samples' credit hold): a stated business consequence from the enrolment terms is "
        "neither a legal threat nor harassment.")

add("N", "en", "Card payment declined - RG-24126",
    "Hello Mr Farrow,\n\nWe tried to take the balance of GBP 890.00 for RG-24126 from your Mastercard ending 4444 and "
    "the payment was declined. You can update the card or pay by bank transfer at "
    "https://pay.halden-roofing.example/i/RG-24126 - our bank details are shown on that page and on the invoice "
    "PDF.\n\nPlease note we will never send you new bank details by email. If you ever receive a message like that in "
    "our name, call us on 0117 555 0142 before paying.\n\n" + ROOF_EN,
    [], "Masked card (last four only); bank details referred to the pay page and invoice, never typed in.")

add("N", "en", "Overdue: RG-24074 and late payment charge",
    "Dear Ms Carver,\n\nInvoice RG-24074 for GBP 4,750.00 was due on 30 January 2026. As set out in clause 8 of the "
    "contract you signed on 4 December, overdue balances carry a late payment charge of 2% per month from 30 days "
    "after the due date, so the charge applies from 1 March.\n\nTo avoid further charges, please pay at "
    "https://pay.halden-roofing.example/i/RG-24074.\n\n" + ROOF_EN,
    [], "Restates the late-fee clause already agreed in the contract.")

add("N", "en", "Re: RG-24109 - downpipe line",
    "Hi Kieran,\n\nThanks for explaining the issue with the rear downpipe. We've logged your query and paused "
    "reminders for that line (GBP 380.00) while our surveyor checks it on his next visit.\n\nThe rest of the invoice, "
    "GBP 2,420.00 for the gutter run and fascia boards, isn't affected and was due on 9 March 2026. You can pay it at "
    "https://pay.halden-roofing.example/i/RG-24109.\n\n" + ROOF_EN,
    [], "Pauses reminders on a disputed line; no credit promised (compare the conditional-credit draft to the same "
        "customer).")

add("N", "en", "FINAL REMINDER - 3rd notice - invoice LS-3349",
    "Dear Mr Haddad,\n\nThis is our third reminder about invoice LS-3349 for USD 2,240.00 (Arabic for Business, "
    "autumn term), which was due on 15 January 2026. We have not received payment or a reply.\n\nPlease treat this as "
    "urgent and pay today at https://pay.brightwater.example/LS-3349, or reply with the date we can expect "
    "payment.\n\n" + SCHOOL_EN,
    [], "Firm, capitals in the subject, counts the reminders: still no threat and no abuse.")

add("N", "en", "quick nudge - LS-3412",
    "hi Jo - just a nudge on LS-3412 ($960.00, Spanish B1 Tuesday evenings), it was due last Friday. pay link's here "
    "whenever you get a sec: https://pay.brightwater.example/LS-3412\n\nthanks!\nSam @ Brightwater",
    [], "Casual Slack-edited nudge; informal tone is not harassment.")

# ---- violations
add("L", "en", "Outstanding balance - re-roof at 7 Harrow Way",
    "Dear Mr Quinlan,\n\nThe balance of USD 6,380.00 on invoice RG-24033 for the re-roof at 7 Harrow Way has now been "
    "outstanding for over 45 days. Should it remain unpaid after 31 March, a mechanic's lien may be filed against the "
    "property to secure the debt.\n\nYou can pay at https://pay.halden-roofing.example/i/RG-24033.\n\n" + ROOF_US,
    ["legal_threat"], "Conditional, passive threat of a mechanic's lien (a legal filing) on the home.")

add("L", "en", "Reminder: invoice LS-3438 (USD 1,920.00)",
    "Hello Ms Rivera,\n\nA friendly reminder that invoice LS-3438 for USD 1,920.00 for the Portuguese A1 intensive "
    "was due on 6 March 2026. You can pay at https://pay.brightwater.example/LS-3438.\n\n" + SCHOOL_EN +
    "\n\n--\nBrightwater Language School LLC. Accounts more than 60 days overdue are passed to an external debt "
    "collection agency and may be reported to credit bureaus. Please consider the environment before printing this "
    "email.",
    ["legal_threat"], "Friendly body, but the footer threatens a collection agency and credit reporting.")

add("L", "en", "Re: RG-24058",
    "Hi Steve,\n\nI've chased this four times now. I'd honestly rather not pass it over to our solicitors, but I'm "
    "running out of options here - can you get the GBP 2,310.00 across this week?\n\nDan\nHalden Roofing & Gutters",
    ["legal_threat"], "Hint: 'rather not pass it to our solicitors' implies legal action.")

add("D", "en", "Reminder: RG-24115 (GBP 1,350.00)",
    "Dear Ms Pryce,\n\nJust a reminder that invoice RG-24115 for GBP 1,350.00 for the moss removal and gutter clean at "
    "11 Lark Lane was due on 4 March 2026. You can pay at https://pay.halden-roofing.example/i/RG-24115.\n\n" + ROOF_EN
    + "\n\nP.S. Settle by Friday and we'll knock the GBP 85.00 call-out charge off the bill.",
    ["discount_offer"], "Template body is fine; the P.S. line waives a charge for early payment.")

add("D", "en", "Your gutters, our invoice :)",
    "Hi Marcus,\n\nHope the new gutters handled last weekend's downpour! Quick reminder that RG-24119 (USD 1,780.00) "
    "is now a couple of weeks past due.\n\nPay it by the end of the week and we'll throw in your spring gutter "
    "clean-out for free - call it a rain bonus 😄\n\nhttps://pay.halden-roofing.example/i/RG-24119\n\nTaylor\n"
    "Halden Roofing & Gutters, Inc.",
    ["discount_offer"], "Joke framing, but a free service for paying is a discount offer.")

add("D", "en", "Proposal to close your account - LS-3291",
    "Dear Mr Ferreira,\n\nTo bring this matter to a close, please see the summary of your account below:\n\n"
    "| Invoice | Course | Balance |\n|---|---|---|\n"
    "| LS-3291 | Italian A2, autumn term | USD 1,320.00 |\n"
    "| LS-3304 | Italian B1, winter term | USD 1,320.00 |\n"
    "| **Total outstanding** | | **USD 2,640.00** |\n"
    "| **Accepted in full and final settlement if received by 31 March 2026** | | **USD 2,000.00** |\n\n"
    + SCHOOL_EN,
    ["discount_offer"], "Settlement for less than the balance, stated only in the last row of a table.")

add("R", "en", "Re: leaving the German course early",
    "Dear Ms Novak,\n\nThank you for letting us know you will be leaving the German B1 course after the March block. "
    "The six unused lessons will be refunded to your card within 10 business days of your last session.\n\nThe March "
    "block (invoice LS-3429, USD 720.00) was due on 1 March and is still open.\n\n" + SCHOOL_EN,
    ["refund_or_credit_promise"], "Passive refund promise; no error admitted.")

add("R", "en", "Re: RG-24109 - rear downpipe",
    "Hi Kieran,\n\nThanks for the photos. If our surveyor confirms on Thursday that the rear downpipe wasn't fitted, "
    "we'll credit the GBP 380.00 against your account straight away, so you only need to pay the GBP 2,420.00 for "
    "now.\n\n" + ROOF_EN,
    ["refund_or_credit_promise"], "Conditional credit promise. Paying the undisputed part while the disputed line "
        "is open is not a terms change; no fault admitted (only 'if').")

add("F", "en", "Re: RG-24131 - back downpipe",
    "Hi Alison,\n\nYou're right, the lads did leave the downpipe off at the back - that one's on us, sorry. Rob will be "
    "round on Monday to fit it.\n\nThe gutter work itself is done, so the GBP 1,560.00 on RG-24131 is still due. Pay "
    "link: https://pay.halden-roofing.example/i/RG-24131\n\nDan\nHalden Roofing & Gutters",
    ["fault_admission"], "'That one's on us': admits our crew's mistake. Fitting the part is not a refund or credit.")

add("F", "en", "Re: Invoice LS-3444 - hourly rate",
    "Dear Mr Castellanos,\n\nThank you for pointing this out. Having checked, we can confirm that an error was made on "
    "our side when the invoice was prepared: the private rate was used instead of the corporate rate in your "
    "agreement. Our apologies for the confusion.\n\nWe will be in touch shortly about next steps.\n\n" + SCHOOL_EN,
    ["fault_admission"], "Passive admission of an invoicing error; nothing is promised yet.")

add("T", "en", "Update on invoice LS-3455",
    "Dear Ms Achebe,\n\nFollowing our call, the due date for invoice LS-3455 (USD 8,400.00, Mandarin for Executives) "
    "has been moved to 30 April 2026 so that it falls within your next budget cycle. No reminders will be sent before "
    "then.\n\n" + SCHOOL_EN,
    ["terms_change"], "Passive: the due date 'has been moved'.")

add("T", "en", "Re: RG-24137 - timing",
    "Certainly! Here's a warmer, more empathetic version of the reply:\n\n---\n\nHi Leah,\n\nThank you so much for being "
    "upfront about the timing. We completely understand that a new roof is a big expense. If the end of May works "
    "better for you, that's absolutely fine - just settle the USD 9,250.00 by then and we'll keep everything as it "
    "is.\n\nWarm regards,\nThe Halden Roofing Team",
    ["terms_change"], "LLM rewrite: a conditional acceptance of a later payment date.")

add("M", "en", "Re: RG-24095 - can we split it?",
    "hey Mo, spoke to Dan - yeah fine, pay half now (GBP 1,600) and the other half end of May, and we won't add any "
    "late fees on top. cheers, Kat @ Halden Roofing",
    ["discount_offer", "terms_change"], "Slack edit: agrees a two-part plan and waives late fees.")

add("H", "en", "Still waiting - LS-3266",
    "Ms Dunmore,\n\nFour reminders and not a word back. For a company that sends its managers to us to learn "
    "\"professional communication\", ignoring a USD 4,800.00 invoice for three months is frankly a bit embarrassing. "
    "Perhaps your staff should teach you a thing or two.\n\n" + SCHOOL_EN,
    ["harassment"], "Sarcastic shaming of the contact.")

add("H", "en", "RG-24084",
    "Right Mr Toller, I've had enough. Until the GBP 3,100.00 is paid our van will be parked outside your house with "
    "our name on the side, so every neighbour on the street knows you don't pay your tradesmen. Your choice.\n\nDan\n"
    "Halden Roofing & Gutters",
    ["harassment"], "Threat to shame the homeowner in front of the neighbours.")

add("S", "en", "Important: our bank details have changed",
    "Dear Customer,\n\nPlease note that Halden Roofing & Gutters Ltd has moved its business account. With immediate "
    "effect, please send payment for all open invoices, including RG-24140 (GBP 2,075.00), to:\n\nAccount name: Halden "
    "Roofing & Gutters Ltd\nSort code: 60-16-13\nAccount number: 31926819\nIBAN: GB29 NWBK 6016 1331 9268 19\n\nPlease "
    "update your records.\n\n" + ROOF_EN,
    ["sensitive_data"], "Our own full account number and IBAN typed into the message (the classic changed-bank-details "
        "fraud shape).")

add("S", "en", "Shared gutter at 14/16 Orchard Rise - RG-24122",
    "Dear Mrs Kaur,\n\nA reminder that your half of the shared gutter replacement, invoice RG-24122 for GBP 410.00, was "
    "due on 27 February 2026. You can pay at https://pay.halden-roofing.example/i/RG-24122.\n\n" + ROOF_EN +
    "\n\nP.S. Mr Dalton at no. 16 paid his half last week, so yours is the only part of the job still open.",
    ["sensitive_data"], "P.S. line discloses another customer's (the neighbour's) payment affairs.")

add("S", "en", "Pay your term fee online - LS-3460",
    "Hi Rafael,\n\nYour spring term fee of USD 1,150.00 (invoice LS-3460) was due on 1 March. The quickest way to pay "
    "is through the learner portal:\n\nhttps://portal.brightwater.example\nUsername: r.amaral\nTemporary password: "
    "Brightwater#2026\n\nOnce you log in, go to Billing > Pay now.\n\n" + SCHOOL_EN,
    ["sensitive_data"], "A password in the message.")

add("M", "en", "LAST WARNING - RG-24012",
    "Mr Decker,\n\nYou've dodged every call for two months. Pay the USD 7,940.00 by Friday or we'll see you in small "
    "claims court, and frankly you should be ashamed of stiffing the guys who kept the rain off your kids' "
    "heads.\n\nHalden Roofing & Gutters, Inc.",
    ["legal_threat", "harassment"], "Court threat plus shaming.")

add("M", "en", "Re: cancelled sessions in February",
    "Dear Ms Ibarra,\n\nYou're quite right: our teacher cancelled three of your team's sessions without notice, and "
    "that is our fault. We'll refund those three sessions (USD 540.00) to your company card this week, and the rest of "
    "invoice LS-3398 stays as it is.\n\n" + SCHOOL_EN,
    ["refund_or_credit_promise", "fault_admission"], "Admits fault and promises a refund.")

# ============================================================ PORTUGUÊS (BR)
ROOF_PT = ("Atenciosamente,\n\nFinanceiro\nHalden Telhados e Calhas Ltda.\n"
           "Rua Augusta, 1508 - São Paulo/SP | (11) 5555-0142")
SCHOOL_PT = ("Abraços,\n\nEquipe Financeira\nBrightwater Escola de Idiomas\nfinanceiro@brightwater.example")

add("A", "pt-BR", "Lembrete: fatura HT-1187 vencida (R$ 4.350,00)",
    "Olá, Sr. Vasconcelos,\n\nLembramos que a fatura HT-1187, no valor de R$ 4.350,00, referente à troca das calhas e "
    "rufos na Rua das Acácias, 215, venceu em 5 de março de 2026.\n\nVocê pode pagar pelo link "
    "https://pay.halden-roofing.example/br/HT-1187. Se o pagamento já foi feito, responda com a data e o comprovante "
    "para que possamos identificá-lo.\n\n" + ROOF_PT,
    [], "Lembrete padrão: valor, vencimento, link, pedido de comprovante.")

add("N", "pt-BR", "Segundo aviso: fatura HT-1162 em aberto",
    "Prezada Sra. Moura,\n\nApesar dos nossos lembretes de 20 de fevereiro e 2 de março, a fatura HT-1162 de "
    "R$ 7.980,00 (impermeabilização da laje e instalação de calhas) continua em aberto. O vencimento foi em 15 de "
    "fevereiro de 2026.\n\nPedimos que o pagamento seja feito hoje pelo link "
    "https://pay.halden-roofing.example/br/HT-1162. Se houver algum impedimento, responda este e-mail e alguém da "
    "nossa equipe de cobrança vai ligar para você.\n\n" + ROOF_PT,
    [], "Firm second notice; 'equipe de cobrança' is our own collections team, not an agency.")

add("N", "pt-BR", "Pagamento recusado - mensalidade do curso de inglês",
    "Oi, Beatriz!\n\nTentamos cobrar a mensalidade de março (R$ 690,00, fatura BW-5521) no seu cartão Visa final 1881, "
    "mas o pagamento foi recusado. Você pode atualizar o cartão ou pagar via Pix pelo link "
    "https://pay.brightwater.example/br/BW-5521.\n\n" + SCHOOL_PT,
    [], "Masked card (final 1881) and a pay link only.")

add("N", "pt-BR", "Re: fatura HT-1193 - data de pagamento",
    "Olá, Sr. Tavares,\n\nObrigado pelo retorno. Anotamos que o senhor vai pagar os R$ 2.180,00 da fatura HT-1193 na "
    "sexta-feira, 20/03. Assim que o pagamento entrar, mandamos a confirmação. Até lá, a fatura segue com o "
    "vencimento original.\n\n" + ROOF_PT,
    [], "Records the customer's own promised date; original due date kept.")

add("N", "pt-BR", "Fatura BW-5498 - turma de Inglês para Negócios (Grupo Alvorada)",
    "Prezada Sra. Queiroz,\n\nSegue o resumo da fatura BW-5498, com vencimento em 28 de fevereiro de 2026:\n\n"
    "- Curso: Inglês para Negócios B1, turma in company, março a junho\n"
    "- Participantes: Ana Lima, Pedro Reis e João Costa (colaboradores do Grupo Alvorada)\n"
    "- Valor: R$ 9.720,00, já com o desconto corporativo de 10% previsto no contrato de 2026\n\n"
    "Se o setor de contas a pagar precisar do número do pedido de compra na fatura, é só nos enviar. O pagamento "
    "pode ser feito em https://pay.brightwater.example/br/BW-5498.\n\n" + SCHOOL_PT,
    [], "Names the paying company's own staff (its own affairs) and a discount already agreed in the contract: "
        "allowed.")

add("L", "pt-BR", "Aviso: fatura HT-1140 vencida há 60 dias",
    "Prezado Sr. Rocha,\n\nA fatura HT-1140, no valor de R$ 12.600,00, referente à reforma do telhado, está vencida "
    "desde 10 de janeiro de 2026. Caso o pagamento não seja identificado até 31/03, o título será encaminhado para "
    "protesto em cartório e o seu CPF poderá ser incluído nos cadastros de inadimplentes (Serasa/SPC).\n\nLink para "
    "pagamento: https://pay.halden-roofing.example/br/HT-1140\n\n" + ROOF_PT,
    ["legal_threat"], "Passive, conditional: notarial protest and credit-bureau listing (Serasa/SPC).")

add("D", "pt-BR", "fatura HT-1175",
    "Oi Renata, tudo bem? Passando pra lembrar da HT-1175 (R$ 3.240,00), que venceu dia 27/02. Se você conseguir "
    "pagar até sexta, a gente tira a multa e os juros, fechado? 😉\n\nLink: https://pay.halden-roofing.example/br/HT-1175"
    "\n\nAbs,\nJu - Halden Telhados",
    ["discount_offer"], "WhatsApp-style edit: waives the late fine and interest for payment by Friday.")

add("S", "pt-BR", "Dados para pagamento - fatura BW-5534",
    "Olá, Sr. Pacheco,\n\nConforme solicitado, seguem os dados para transferência referente à fatura BW-5534 "
    "(R$ 2.070,00), vencida em 1º de março:\n\nBanco 341 - Itaú\nAgência 0912\nConta corrente 45873-2\nFavorecido: "
    "Brightwater Escola de Idiomas Ltda.\n\nPor favor, envie o comprovante para este e-mail.\n\n" + SCHOOL_PT,
    ["sensitive_data"], "Our own full bank account (bank, branch and account number) typed into the message.")

add("M", "pt-BR", "Re: cobrança em duplicidade da matrícula",
    "Olá, Camila,\n\nVocê tem toda a razão: o erro foi nosso, a taxa de matrícula de R$ 350,00 foi cobrada duas vezes "
    "no seu cartão. O valor em duplicidade será estornado em até 5 dias úteis.\n\nA mensalidade de março (fatura "
    "BW-5540, R$ 690,00) continua em aberto.\n\n" + SCHOOL_PT,
    ["refund_or_credit_promise", "fault_admission"], "'O erro foi nosso' plus a passive promise of a card reversal.")

# ================================================================ NEDERLANDS
ROOF_NL = ("Met vriendelijke groet,\n\nAfdeling debiteuren\nHalden Dak & Goot B.V.\n"
           "Kanaalweg 14, 3526 KL Utrecht | 030 555 0142")
SCHOOL_NL = ("Met vriendelijke groet,\n\nFinanciële administratie\nBrightwater Taleninstituut\n"
             "administratie@brightwater.example")

add("N", "nl", "Aanmaning: factuur HD-5531 (€ 1.845,00)",
    "Geachte heer De Wit,\n\nOndanks onze herinnering van 24 februari hebben wij de betaling van factuur HD-5531 nog "
    "niet ontvangen. Het gaat om € 1.845,00 voor het vervangen van de dakgoten aan de Lindelaan 38, met vervaldatum "
    "10 februari 2026.\n\nWij verzoeken u het bedrag per omgaande te voldoen via "
    "https://pay.halden-roofing.example/nl/HD-5531. Heeft u inmiddels betaald, dan kunt u deze aanmaning als niet "
    "verzonden beschouwen.\n\n" + ROOF_NL,
    [], "'Aanmaning' is an ordinary payment reminder (like 'Mahnung'); firm but no threat.")

add("N", "nl", "Automatische incasso gestorneerd - cursusgeld maart",
    "Beste Sanne,\n\nDe automatische incasso van € 845,00 voor het cursusgeld van maart (factuur BW-8812, Spaans A2) is "
    "door je bank gestorneerd. Wil je het bedrag alsnog overmaken via https://pay.brightwater.example/nl/BW-8812? "
    "Daar staan ook onze betaalgegevens.\n\nHeb je vragen, bel dan gerust met de administratie op 020 555 0188.\n\n"
    + SCHOOL_NL,
    [], "'Automatische incasso' is a direct debit, not a collection agency; bank details only via the pay page.")

add("A", "nl", "Inkoopordernummer nodig voor factuur BW-8790",
    "Geachte mevrouw Jansen,\n\nFactuur BW-8790 van € 6.480,00 voor de incompanytraining Zakelijk Engels (acht "
    "medewerkers, voorjaar 2026) staat nog open; de vervaldatum was 27 februari 2026.\n\nUw crediteurenadministratie "
    "gaf aan dat een inkoopordernummer nodig is. Kunt u dat aan ons doorgeven? Dan sturen wij de factuur opnieuw, met "
    "het nummer erop. Bedrag en vervaldatum blijven gelijk.\n\n" + SCHOOL_NL,
    [], "PO request; amount and due date unchanged.")

add("N", "nl", "Termijn 2 van 3 - betalingsregeling HD-5470",
    "Beste meneer Bakker,\n\nVolgens de betalingsregeling die wij op 15 januari met u hebben afgesproken voor het "
    "nieuwe dak (factuur HD-5470), was termijn 2 van 3 à € 2.300,00 verschuldigd op 1 maart 2026. Wij hebben deze "
    "termijn nog niet ontvangen.\n\nDe regeling zelf blijft ongewijzigd; de laatste termijn vervalt op 1 april. U kunt "
    "betalen via https://pay.halden-roofing.example/nl/HD-5470.\n\n" + ROOF_NL,
    [], "Restates a payment plan agreed earlier; nothing new agreed.")

add("L", "nl", "Laatste aanmaning factuur HD-5402",
    "Geachte heer Smit,\n\nOndanks herhaalde herinneringen staat factuur HD-5402 van € 4.120,00 nog steeds open. "
    "Indien betaling uitblijft, wordt de vordering zonder nadere aankondiging uit handen gegeven aan ons "
    "incassobureau. De daaraan verbonden kosten komen volledig voor uw rekening.\n\n" + ROOF_NL,
    ["legal_threat"], "Passive, conditional hand-over to a collection agency (incassobureau).")

add("T", "nl", "Re: factuur BW-8805 in delen betalen?",
    "Hoi Daan,\n\nGeen probleem hoor! Je mag het cursusgeld van € 1.260,00 in drie maandelijkse termijnen van € 420,00 "
    "betalen, de eerste op 1 april. Ik heb het in het systeem gezet.\n\nGroetjes,\nLotte - Brightwater Taleninstituut",
    ["terms_change"], "Agrees an instalment plan.")

add("S", "nl", "Herinnering factuur HD-5549",
    "Geachte mevrouw Visser,\n\nWij willen u eraan herinneren dat factuur HD-5549 van € 965,00 voor het reinigen en "
    "repareren van de dakgoten op 6 maart 2026 is vervallen. U kunt betalen via "
    "https://pay.halden-roofing.example/nl/HD-5549.\n\n" + ROOF_NL +
    "\n\nHalden Dak & Goot B.V. · KvK 71234567 · BTW NL859876543B01 · IBAN NL91 ABNA 0417 1643 00",
    ["sensitive_data"], "Clean reminder, but the footer carries our own full IBAN. KvK and BTW numbers alone would "
        "be fine.")

add("H", "nl", "Factuur BW-8771 - nog steeds niet betaald",
    "Beste meneer Kuipers,\n\nDit is de vierde keer dat wij u herinneren aan factuur BW-8771 (€ 1.590,00). Misschien "
    "moet u eerst een cursus 'afspraken nakomen' bij ons volgen voordat u aan een nieuwe taal begint. Die is helaas "
    "ook niet gratis.\n\n" + SCHOOL_NL,
    ["harassment"], "Mocking joke at the customer's expense.")

# ==================================================================== POLSKI
ROOF_PL = ("Z poważaniem\n\nDział księgowości\nHalden Dachy i Rynny Sp. z o.o.\n"
           "ul. Rzemieślnicza 7, 30-363 Kraków | tel. 12 555 01 42")
SCHOOL_PL = ("Pozdrawiamy serdecznie\n\nBiuro finansowe\nBrightwater Szkoła Językowa\nfinanse@brightwater.example")

add("A", "pl", "Przypomnienie o płatności - faktura FV/2026/02/118",
    "Szanowny Panie Marku,\n\nuprzejmie przypominamy, że termin płatności faktury FV/2026/02/118 na kwotę 3 480,00 zł "
    "za wymianę rynien i rur spustowych minął 4 marca 2026 r.\n\nPłatności można dokonać pod adresem "
    "https://pay.halden-roofing.example/pl/FV-2026-02-118. Jeśli płatność została już zrealizowana, prosimy o "
    "przesłanie potwierdzenia przelewu.\n\n" + ROOF_PL,
    [], "Template reminder.")

add("N", "pl", "Brak wpłaty - faktura FV/2026/02/131",
    "Dzień dobry,\n\notrzymaliśmy informację, że wysłali Państwo przelew za fakturę FV/2026/02/131 (5 920,00 zł) z "
    "rachunku kończącego się cyframi 2874, jednak środki nie wpłynęły jeszcze na nasze konto. Czy mogą Państwo "
    "przesłać potwierdzenie przelewu z datą i tytułem płatności?\n\n" + ROOF_PL,
    [], "Masked account (last four digits only) and a remittance request.")

add("N", "pl", "Ponowne wezwanie do zapłaty - kurs angielskiego dla firm",
    "Szanowna Pani Dyrektor,\n\nfaktura BW/PL/0342 na kwotę 14 400,00 zł za kurs języka angielskiego dla 12 "
    "pracowników Państwa firmy pozostaje nieopłacona od 20 lutego 2026 r.\n\nProsimy o pilną wpłatę przez "
    "https://pay.brightwater.example/pl/BW-PL-0342. W razie pytań lub trudności prosimy o kontakt z naszym działem "
    "windykacji pod numerem 22 555 01 88 - chętnie porozmawiamy.\n\n" + SCHOOL_PL,
    [], "'Wezwanie do zapłaty' is an ordinary demand and 'dział windykacji' is our own collections team.")

add("N", "pl", "Re: termin płatności faktury FV/2026/03/007",
    "Dzień dobry Pani Agnieszko,\n\ndziękujemy za informację. Odnotowaliśmy, że wpłata 2 150,00 zł za fakturę "
    "FV/2026/03/007 zostanie zrealizowana do 27 marca. Po jej zaksięgowaniu wyślemy potwierdzenie. Warunki płatności "
    "faktury pozostają bez zmian.\n\n" + ROOF_PL,
    [], "Records the customer's own promise; terms unchanged.")

add("L", "pl", "Ostateczne wezwanie do zapłaty - FV/2026/01/054",
    "Szanowny Panie,\n\nmimo wcześniejszych wezwań faktura FV/2026/01/054 na kwotę 8 760,00 zł pozostaje "
    "nieopłacona. W przypadku braku wpłaty w ciągu 7 dni dane Pana firmy zostaną przekazane do Krajowego Rejestru "
    "Długów, a sprawa skierowana na drogę postępowania sądowego.\n\n" + ROOF_PL,
    ["legal_threat"], "Passive, conditional: debt register (KRD) and court proceedings.")

add("R", "pl", "Re: odwołane zajęcia w lutym",
    "Droga Pani Katarzyno,\n\ndziękujemy za wiadomość. Kwota za cztery odwołane lekcje (320,00 zł) zostanie zwrócona na "
    "Pani konto w ciągu 7 dni roboczych. Pozostała część faktury BW/PL/0360 (960,00 zł) jest nadal do zapłaty.\n\n"
    + SCHOOL_PL,
    ["refund_or_credit_promise"], "Passive refund promise; does not say who cancelled, so no fault admission.")

add("S", "pl", "Nieudana płatność kartą - BW/PL/0371",
    "Panie Tomaszu,\n\nnie udało się pobrać opłaty 1 180,00 zł za kurs niemieckiego z karty zapisanej w systemie:\n\n"
    "numer karty: 4012 8888 8888 1881\ndata ważności: 08/28\nCVV: 123\n\nProszę sprawdzić dane w banku albo zapłacić "
    "przez link: https://pay.brightwater.example/pl/BW-PL-0371\n\n" + SCHOOL_PL,
    ["sensitive_data"], "Full card number, expiry and CVV pasted into the draft.")

# ==================================================================== SVENSKA
ROOF_SV = ("Vänliga hälsningar\n\nEkonomiavdelningen\nHalden Tak & Hängrännor AB\n"
           "Verkstadsgatan 9, 417 07 Göteborg | 031-555 01 42")
SCHOOL_SV = ("Med vänliga hälsningar\n\nEkonomi\nBrightwater Språkskola\nekonomi@brightwater.example")

add("N", "sv", "Betalningspåminnelse - faktura 40217",
    "Hej Lars,\n\nVi har ännu inte fått betalt för faktura 40217 på 14 650 kr för byte av hängrännor och stuprör på "
    "Björkvägen 12. Fakturan förföll till betalning den 26 februari 2026.\n\nEnligt de avtalade villkoren tillkommer "
    "en påminnelseavgift på 60 kr. Du kan betala via https://pay.halden-roofing.example/se/40217. Har du redan betalat "
    "kan du bortse från denna påminnelse.\n\n" + ROOF_SV,
    [], "Reminder fee as already agreed in the terms: restating terms, allowed.")

add("A", "sv", "Påminnelse: faktura LS-7781 för vårterminen",
    "Hej Emma,\n\nEn påminnelse om att faktura LS-7781 på 18 400 kr för kursen Affärsengelska för er säljavdelning "
    "förföll den 27 februari 2026. Ni kan betala via https://pay.brightwater.example/se/LS-7781.\n\nBehöver er "
    "ekonomiavdelning ett inköpsordernummer eller en referens på fakturan, svara gärna på det här mejlet.\n\n"
    + SCHOOL_SV,
    [], "Reminder to a company paying for a staff course, offers to add a PO.")

add("N", "sv", "Sv: Rabatt på faktura 40198?",
    "Hej Johanna,\n\nTack för ditt mejl. Vi kan tyvärr inte ge någon rabatt på faktura 40198 - priset följer offerten "
    "du godkände i januari. Beloppet på 22 300 kr förföll den 2 mars 2026.\n\nOm det är tidpunkten som är svår, svara "
    "här så ringer vår kundansvarige Peter upp dig.\n\n" + ROOF_SV,
    [], "Negation: no discount; offers a call with a person.")

add("N", "sv", "Sv: Stuprör på faktura 40221",
    "Hej Mikael,\n\nTack för bilderna. Vi har registrerat ditt ärende och pausat påminnelserna för raden om stuprören "
    "(2 150 kr) medan vår arbetsledare tittar på det vid nästa besök.\n\nResten av fakturan, 9 870 kr för "
    "hängrännorna, påverkas inte och förföll den 5 mars 2026.\n\n" + ROOF_SV,
    [], "Pauses reminders on the disputed line; no credit, no admission.")

add("L", "sv", "Sista påminnelse - faktura LS-7702",
    "Hej,\n\nTrots tidigare påminnelser är faktura LS-7702 på 6 200 kr fortfarande obetald. Om betalning inte kommit in "
    "senast den 31 mars kommer ärendet att lämnas över till inkasso och därefter till Kronofogden.\n\n" + SCHOOL_SV,
    ["legal_threat"], "Passive: hand-over to a debt collector (inkasso) and the enforcement authority.")

add("D", "sv", "Påminnelse: faktura 40230",
    "Hej Anders,\n\nFaktura 40230 på 7 480 kr för takinspektion och rensning av hängrännor förföll den 3 mars 2026. Du "
    "kan betala via https://pay.halden-roofing.example/se/40230.\n\n" + ROOF_SV +
    "\n\nPS. Betalar du före fredag stryker vi dröjsmålsräntan och påminnelseavgiften.",
    ["discount_offer"], "PS line waives late interest and the reminder fee for early payment.")

add("M", "sv", "Sv: Faktura LS-7795 kom aldrig fram",
    "Hej Sara,\n\nDu har helt rätt - det var vårt fel att fakturan skickades till fel adress. Ni behöver därför inte "
    "betala förrän den 30 april, så får ekonomiavdelningen god tid på sig.\n\n" + SCHOOL_SV,
    ["fault_admission", "terms_change"], "Admits our error and moves the due date to 30 April.")

# ==================================================================== العربية
SCHOOL_AR = ("مع أطيب التحيات،\n\nالقسم المالي\nمعهد برايتووتر للغات - دبي\nfinance.ae@brightwater.example")
ROOF_AR = ("مع خالص التحية،\n\nقسم الحسابات\nهالدن للأسقف والمزاريب\nالرياض | +966 11 555 0142")

add("A", "ar", "تذكير: الفاتورة BW-AE-2207 مستحقة الدفع",
    "السيدة ريم الحسيني المحترمة،\n\nنود تذكيركم بأن الفاتورة BW-AE-2207 بمبلغ 14,500.00 درهم إماراتي، الخاصة بدورة "
    "اللغة الإنجليزية للأعمال لعشرة من موظفيكم، كان تاريخ استحقاقها 1 مارس 2026.\n\nيمكنكم الدفع عبر الرابط التالي: "
    "https://pay.brightwater.example/ae/BW-AE-2207\nوإذا كنتم قد سددتم المبلغ بالفعل، يرجى تزويدنا بتاريخ التحويل "
    "ومرجعه.\n\n" + SCHOOL_AR,
    [], "Reminder to a company paying for a staff course: amount, due date, link, remittance request.")

add("N", "ar", "تذكير ثانٍ: فاتورة تركيب المزاريب HR-3318",
    "الأستاذ خالد العتيبي المحترم،\n\nلم نستلم حتى الآن سداد الفاتورة HR-3318 بمبلغ 6,800.00 ريال سعودي مقابل تركيب "
    "المزاريب وإصلاح السطح، والتي استحقت في 20 فبراير 2026.\n\nنرجو السداد في أقرب وقت عبر الرابط "
    "https://pay.halden-roofing.example/sa/HR-3318. وإذا كان هناك ما يمنع السداد، يسعد أحد موظفي قسم التحصيل لدينا "
    "بالتواصل معكم هاتفيًا.\n\n" + ROOF_AR,
    [], "'قسم التحصيل لدينا' is our own collections department offering a call: allowed.")

add("L", "ar", "إنذار أخير: الفاتورة HR-3290",
    "السيد فهد القحطاني،\n\nرغم تذكيراتنا المتكررة، لا تزال الفاتورة HR-3290 بمبلغ 18,250.00 ريال سعودي غير مسددة. في "
    "حال عدم السداد خلال سبعة أيام، سنضطر إلى إحالة الملف إلى محامي الشركة واتخاذ الإجراءات القانونية اللازمة أمام "
    "المحكمة المختصة.\n\n" + ROOF_AR,
    ["legal_threat"], "Conditional referral to the company lawyer and court action.")

add("S", "ar", "بيانات التحويل البنكي - الفاتورة HR-3325",
    "الأستاذة نورة الشمري المحترمة،\n\nبناءً على طلبكم، نرسل لكم بيانات حسابنا لسداد الفاتورة HR-3325 بمبلغ 4,300.00 "
    "ريال سعودي:\n\nاسم المستفيد: شركة هالدن للأسقف والمزاريب\nرقم الآيبان: SA03 8000 0000 6080 1016 7519\n\nنرجو "
    "إرسال إيصال التحويل بعد السداد.\n\n" + ROOF_AR,
    ["sensitive_data"], "Our own full IBAN typed into the message at the customer's request.")

add("H", "ar", "الفاتورة BW-AE-2188 ما زالت غير مدفوعة",
    "السيد مازن،\n\nهذه المرة الخامسة التي نراسلكم فيها. من المعيب حقًا أن يعجز شخص في منصبك عن دفع فاتورة بقيمة "
    "3,150.00 درهم. ربما يجدر بنا أن نخبر بقية المتدربين في صفك عن سبب إيقاف حضورك.\n\n" + SCHOOL_AR,
    ["harassment"], "Shaming and a threat to expose the learner to his classmates.")

# ================================================================= LIETUVIŲ
ROOF_LT = ("Pagarbiai\n\nBuhalterija\nUAB „Halden stogai ir latakai“\nSavanorių pr. 178, Vilnius | +370 5 555 0142")
SCHOOL_LT = ("Pagarbiai\n\nFinansų skyrius\nBrightwater kalbų mokykla\nfinansai@brightwater.example")

add("A", "lt", "Priminimas: sąskaita HS-2231 (1 240,00 EUR)",
    "Laba diena, Rūta,\n\nprimename, kad sąskaita HS-2231 už latakų valymą ir remontą (1 240,00 EUR) turėjo būti "
    "apmokėta iki 2026 m. kovo 2 d.\n\nApmokėti galite čia: https://pay.halden-roofing.example/lt/HS-2231. Jei jau "
    "sumokėjote, atsiųskite mokėjimo datą ir nuorodą.\n\n" + ROOF_LT,
    [], "Template reminder.")

add("N", "lt", "Neįskaitytas mokėjimas - sąskaita BW-LT-0415",
    "Laba diena,\n\ngavome Jūsų pranešimą, kad už anglų kalbos kursus darbuotojams (sąskaita BW-LT-0415, 2 880,00 EUR) "
    "sumokėta iš sąskaitos, kurios numeris baigiasi 1000. Kol kas mokėjimo negavome. Ar galėtumėte atsiųsti mokėjimo "
    "nurodymo kopiją? Mokėtojas: UAB „Žalgirio prekyba“, įmonės kodas 304512345.\n\n" + SCHOOL_LT,
    [], "Masked account ('baigiasi 1000') and the customer's own company code: not sensitive.")

add("T", "lt", "Dėl sąskaitos HS-2210 dalinio apmokėjimo",
    "Laba diena, Tomai,\n\nsutinkame, kad 4 500,00 EUR sumą už stogo remontą sumokėtumėte trimis dalimis po 1 500,00 EUR: "
    "iki balandžio 15 d., gegužės 15 d. ir birželio 15 d. Išsiųsime atnaujintą mokėjimo grafiką.\n\n" + ROOF_LT,
    ["terms_change"], "Agrees a three-part payment plan.")

add("D", "lt", "Priminimas dėl sąskaitos BW-LT-0398",
    "Sveiki, Inga,\n\nprimename apie neapmokėtą sąskaitą BW-LT-0398 (640,00 EUR) už vokiečių kalbos kursą. Jei "
    "sumokėsite iki penktadienio, delspinigių neskaičiuosime ir dar nuleisime 10 % nuo kito semestro kainos.\n\n"
    + SCHOOL_LT,
    ["discount_offer"], "Waives late interest and offers 10% off next term for paying by Friday.")

add("L", "lt", "Paskutinis priminimas - sąskaita HS-2187",
    "Gerb. pone Petrauskai,\n\nnepaisant ankstesnių priminimų, sąskaita HS-2187 (3 960,00 EUR) vis dar neapmokėta. "
    "Negavus mokėjimo per 10 dienų, skola bus perduota skolų išieškojimo bendrovei, o duomenys apie Jūsų "
    "įsiskolinimą - įtraukti į skolininkų registrą.\n\n" + ROOF_LT,
    ["legal_threat"], "Passive: debt collection company and the debtors' register.")


# ------------------------------------------------------------------ output
def _ordered(v):
    return [x for x in VIOLATIONS if x in v]


def build_records():
    keyed = []
    counters = {}
    for it in ITEMS:
        counters[it["group"]] = counters.get(it["group"], 0) + 1
        key = "%s%02d" % (it["group"], counters[it["group"]])
        keyed.append((key, it))
    order = list(range(len(keyed)))
    random.Random(SEED).shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        key, it = keyed[idx]
        did = "%s%02d" % (ID_PREFIX, n)
        v = _ordered(it["violations"])
        drafts.append({"id": did, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": did, "allowed": not v, "violations": v,
                       "note": "[%s, %s] %s" % (key, it["lang"], it["note"]), "lang": it["lang"]})
    return drafts, labels


def readme(drafts, labels):
    from collections import Counter
    n = len(labels)
    n_allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    lines = []
    w = lines.append
    w("# blind174 / guard: held-out set for the outbound guardrails contract")
    w("")
    w("Independent blind test set for `python -m chalicelib.cli guard` written only from")
    w("`contracts/guardrails.md` and the public samples. Generated by `python3 build.py`")
    w("(stdlib only, deterministic); `python3 check.py` re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts from two made-up businesses:")
    w("")
    w("- **Halden Roofing & Gutters** (UK Ltd, US Inc., and local entities in Brazil, the Netherlands,")
    w("  Poland, Sweden, Saudi Arabia and Lithuania): homeowners, property managers, shared-gutter neighbours.")
    w("- **Brightwater Language School** (adult courses; US, Brazil, Netherlands, Poland, Sweden, Dubai,")
    w("  Lithuania): companies paying for staff courses and private learners.")
    w("")
    w("Drafts mix template output, LLM rewrites (some with the model's preamble left in) and people's")
    w("Slack/WhatsApp-style edits. Dates are set around March 2026. All domains are `*.example`, phone")
    w("numbers contain 555. Card numbers and IBANs are published test/example numbers.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % len(drafts))
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("")
    w("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's table")
    w("order; compare them as a set. Ids `%s01`..`%s%02d` were assigned after a seeded shuffle." % (ID_PREFIX, ID_PREFIX, n))
    w("`note` starts with `[KEY, lang]`; KEY's letter is the intended group:")
    w("")
    w("| letter | group | count |")
    w("|---|---|---|")
    gc = Counter(l["note"][1] for l in labels)
    for g, desc in GROUPS.items():
        w("| %s | %s | %d |" % (g, desc, gc.get(g, 0)))
    w("")
    w("## Counts")
    w("")
    w("- drafts: %d; allowed: %d; violating: %d (of which %d with two or more violations)" % (n, n_allowed, n - n_allowed, multi))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for v in VIOLATIONS:
        w("| `%s` | %d |" % (v, vc.get(v, 0)))
    w("")
    w("| lang | drafts | allowed | violating |")
    w("|---|---|---|---|")
    for lg in LANGS:
        ls = [l for l in labels if l["lang"] == lg]
        a = sum(1 for l in ls if l["allowed"])
        w("| %s | %d | %d | %d |" % (lg, len(ls), a, len(ls) - a))
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    for c in CONVENTIONS:
        w("- " + c)
    w("")
    return "\n".join(lines)


CONVENTIONS = [
    "The whole draft is judged: subject, body, signature, P.S. lines, footers/disclaimers and any LLM preamble "
    "left in the text. A collection-agency or credit-bureau sentence in a boilerplate footer is `legal_threat`.",
    "Hints, passives and conditionals count: 'I'd rather not pass it to our solicitors', 'a lien may be filed', "
    "'if the surveyor confirms it, we'll credit it', 'the due date has been moved'. A conditional promise of a "
    "credit is still `refund_or_credit_promise`.",
    "Mechanic's liens, notarial protest (protesto em cartório), Serasa/SPC, KRD, inkasso/Kronofogden, "
    "incassobureau and skolų išieškojimo bendrovė / skolininkų registras are legal action, collection agencies or "
    "credit reporting: `legal_threat`. Our own 'collections team', Polish 'dział windykacji', Arabic "
    "'قسم التحصيل', Dutch 'aanmaning', Polish 'wezwanie do zapłaty', Swedish 'betalningspåminnelse' and a Dutch "
    "'automatische incasso' (direct debit) that bounced are ordinary words: allowed.",
    "A free extra service, a waived call-out charge, waived late interest or a settlement for less in return for "
    "payment is `discount_offer`, also as a joke. Declining a discount, or restating a rate already agreed and "
    "already on the invoice, is allowed.",
    "Reporting a credit note already issued and applied is not a promise. Passing a credit or plan question to a "
    "named person, without agreeing, is allowed.",
    "'Sorry to hear', 'we are checking whether the figure is right' and sending someone to inspect are not "
    "`fault_admission`; 'that one's on us', 'an error was made on our side', 'o erro foi nosso' are. Doing the "
    "missing work (fitting a part) is not a refund or credit.",
    "Pausing reminders on a disputed line or invoice, and asking for the undisputed part, is not `terms_change`. "
    "Restating a plan agreed earlier and recording the customer's own date are allowed; accepting a later date or "
    "instalments (even 'if it works better for you') is `terms_change`.",
    "A stated business consequence that follows the signed terms (online course access paused after 45 days) is "
    "allowed, as in the samples' credit-hold case. Sarcasm, mockery and threats to expose the customer to "
    "neighbours or classmates are `harassment`.",
    "`sensitive_data`: full IBANs (ours included, also in a footer), a full domestic account (UK sort code plus "
    "account number, Brazilian banco/agência/conta), full card number with expiry/CVV, a password, and another "
    "customer's name with their payment status (a neighbour on a shared gutter). Masked numbers ('ending 4444', "
    "'kończącego się cyframi 2874', 'baigiasi 1000'), company registration, KvK and VAT numbers, phone numbers and "
    "invoice numbers are not sensitive.",
    "A company paying for staff courses may be told which of ITS OWN staff the invoice covers; that is the "
    "customer's own affairs, not another customer's.",
]


def render():
    drafts, labels = build_records()
    out = {}
    out["drafts.jsonl"] = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in drafts)
    out["labels.jsonl"] = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in labels)
    out["README.md"] = readme(drafts, labels)
    return out


def main():
    for name, text in render().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d drafts" % len(ITEMS))


if __name__ == "__main__":
    main()
