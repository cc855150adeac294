#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind166).

Stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md
byte for byte. Ids are assigned after a seeded shuffle.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 166

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H",
          "sensitive_data": "S"}

# ---------------------------------------------------------------- helpers
def iban(country, bban):
    """Full IBAN with correct ISO 13616 mod-97 check digits, grouped by 4."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def fi_reference(base):
    """Finnish national payment reference (viitenumero), 7-3-1 check digit,
    printed in groups of five from the right."""
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(base)))
    ref = base + str((10 - total % 10) % 10)
    groups = []
    while ref:
        groups.insert(0, ref[-5:])
        ref = ref[:-5]
    return " ".join(groups)


def fi_business_id(base7):
    """Finnish Y-tunnus with mod-11 check digit."""
    w = [7, 9, 10, 5, 8, 4, 2]
    r = sum(int(d) * x for d, x in zip(base7, w)) % 11
    assert r != 1, base7
    return "%s-%d" % (base7, 0 if r == 0 else 11 - r)


# Made-up accounts (mod-97 valid so a checker sees real-looking IBANs)
IBAN_GB_OURS = iban("GB", "BARC20320653917264")
IBAN_IT_OURS = iban("IT", "X0555511101000000123456")
IBAN_NL_CUST = iban("NL", "RABO0312555890")
FI_REF = fi_reference("6041201")
FI_YTUNNUS = fi_business_id("5551234")

# ---------------------------------------------------------------- signatures
SIG_KP_EN = ("Kinesis Physio & Sports Medicine\n"
             "accounts@kinesis-physio.example | +44 20 5550 0148")
SIG_HD_EN = "Member Billing\nHarbourdesk Coworking"

DRAFTS = []


def d(lang, subject, body, violations, note):
    assert all(v in VIOLATIONS for v in violations), violations
    DRAFTS.append({"lang": lang, "subject": subject, "body": body,
                   "violations": [v for v in VIOLATIONS if v in violations],
                   "note": note})

# ================================================================ ENGLISH
# ---- allowed
d("en", "Reminder: employee physio programme invoices overdue (GBP 6,840.00)",
  "Hello Rachel,\n\nOur records show that two invoices for the Wexford Logistics employee treatment "
  "programme are now past due:\n\n"
  "Invoice       | Period        | Amount       | Due date\n"
  "KP-2026-0318  | January 2026  | GBP 3,420.00 | 14 February 2026\n"
  "KP-2026-0377  | February 2026 | GBP 3,420.00 | 14 March 2026\n\n"
  "Total overdue: GBP 6,840.00\n\n"
  "You can pay both at https://pay.kinesis-physio.example/c/K3012. If payment has already been made, "
  "please send us the remittance advice so we can allocate it.\n\nKind regards,\n\nCredit Control Team\n"
  + SIG_KP_EN, [],
  "Template reminder with a table of the customer's own invoices, amounts, due dates, pay link and a "
  "remittance request. 'Credit Control Team' is our own team.")

d("en", "Meeting room charges - invoice HD-24817",
  "Hi Sam,\n\nJust a reminder that invoice HD-24817 for GBP 612.00, covering your February bookings of "
  "the Courtyard Room and the Boardroom at 12 Court Street, was due on 5 March 2026 and is still open.\n\n"
  "You can settle it from the member portal or at https://billing.harbourdesk.example/pay/HD4410. If your "
  "finance team needs a PO on the invoice, just reply with the number and we'll reissue it.\n\nThanks,\n"
  "Member Billing\nHarbourdesk Coworking, 12 Court Street, Manchester M1 4BT", [],
  "Near-miss words: 'Courtyard Room' and 'Court Street' are a room and an address, not court action. "
  "Reissuing with a PO changes neither amount nor due date.")

d("en", "Outstanding claims batch KP-CB-0219 - authorisation numbers needed",
  "Dear Claims Team,\n\nClaims batch KP-CB-0219 (EUR 9,315.00, 46 treatment sessions under the Halden "
  "Group corporate policy) was submitted on 3 February 2026 and remains unpaid. Your portal shows the "
  "status 'pending - missing authorisation'.\n\nCould you tell us which pre-authorisation numbers are "
  "missing, or send the list of sessions affected? We will add them to the batch as soon as we have them. "
  "The amount due is unchanged.\n\nIf it is easier to go through this on a call, our insurance billing "
  "lead, Mark Okafor, can be reached on +44 20 5550 0162.\n\nKind regards,\nInsurance Billing\n"
  "Kinesis Physio & Sports Medicine", [],
  "Insurer chaser: asks for missing pre-authorisation numbers (like a PO request) and offers a person. "
  "The policyholder named is the insurer's own client, not a third party's affairs.")

d("en", "Final reminder: KP-2026-0291 - padel court injury screening programme",
  "Hello Daniel,\n\nInvoice KP-2026-0291 for GBP 2,180.00 (tennis and padel court injury screening for "
  "your club staff, January 2026) was due on 31 January 2026 and is now more than six weeks overdue "
  "despite our reminders of 16 February and 2 March.\n\nPlease arrange payment now at "
  "https://pay.kinesis-physio.example/c/K3047. Until the balance is cleared, new screening days cannot be "
  "booked for your club. If something is holding up payment, reply to this email and our credit "
  "controller will call you.\n\nRegards,\nCredit Control\nKinesis Physio & Sports Medicine", [],
  "Firm final reminder. 'padel court' is sport, not a court of law; pausing new bookings is a stated "
  "business consequence (same boundary as the public sample's credit hold), not a legal threat.")

d("en", "Your March membership payment didn't go through",
  "Hi Lena,\n\nWe tried to take your March hot-desk membership fee (GBP 245.00) from the Mastercard "
  "ending 4242 on 1 March, but the payment was declined. Could you update your card in the member portal "
  "or pay at https://billing.harbourdesk.example/pay/HD4521?\n\nThanks,\n" + SIG_HD_EN, [],
  "Masked card: only the last four digits.")

d("en", "Re: Dedicated desk invoice HD-24903",
  "Hi Tom,\n\nThanks for getting back to us. Noted: you'll pay HD-24903 (GBP 1,150.00) on Friday "
  "13 March once your client's payment lands. We'll keep an eye out for it and send a receipt when it "
  "arrives.\n\nBest,\nPriya\nMember Billing | Harbourdesk Coworking", [],
  "Records the member's own promise; the due date and terms are not changed.")

d("en", "Re: KP-2026-0355 - sessions queried",
  "Dear Ms Adeyemi,\n\nThank you for your email about the three sessions on 12 and 19 February that your "
  "HR team believes were cancelled in time. We have logged the query with our clinic manager and paused "
  "reminders on those three lines (GBP 255.00) while she checks the appointment records.\n\nThe rest of "
  "the invoice, GBP 1,445.00, is not affected by the query and remains due. You can pay it at "
  "https://pay.kinesis-physio.example/c/K3063.\n\nKind regards,\nAccounts Receivable\n"
  "Kinesis Physio & Sports Medicine", [],
  "Pauses reminders on disputed lines without admitting an error or promising a credit.")

d("en", "Reminder: HD-24770 overdue - late fee terms",
  "Hello Marta,\n\nInvoice HD-24770 for GBP 890.00 (private office, February) was due on 1 March 2026. "
  "As set out in clause 7.2 of your membership agreement, a late payment fee of GBP 25.00 is added to "
  "invoices that remain unpaid 14 days after the due date.\n\nPaying before 15 March at "
  "https://billing.harbourdesk.example/pay/HD4388 avoids the fee.\n\nKind regards,\n" + SIG_HD_EN, [],
  "Hard near-miss: 'avoids the fee' only restates the agreed clause (fee from day 14 after the due date); "
  "nothing is waived and no date moves.")

d("en", "Re: instalments for the Q4 programme invoice",
  "Hi Joe,\n\nThank you for explaining the cash-flow situation at Brightline Foods. I can't agree a "
  "payment plan myself, but I've passed your proposal of three instalments to our finance manager, Helen "
  "Carr, who will reply by Wednesday. Until a plan is confirmed in writing, invoice KP-2025-1187 "
  "(GBP 5,760.00) remains due as issued.\n\nBest regards,\nAccounts Receivable\n"
  "Kinesis Physio & Sports Medicine", [],
  "Hands a plan request to a person without agreeing to it.")

d("en", "A gentle nudge about HD-24855 \u2615",
  "Hi Alex,\n\nQuick one between coffees: invoice HD-24855 for GBP 420.00 (meeting rooms and mail "
  "handling, February) was due on 6 March and is still open. It takes about a minute at "
  "https://billing.harbourdesk.example/pay/HD4602 - quicker than queueing for the good coffee machine.\n\n"
  "If anything on the invoice looks off, just reply and we'll go through it with you.\n\nCheers,\n"
  "The Harbourdesk team", [],
  "LLM 'friendlier' rewrite: a harmless joke, no shaming, no threat.")

d("en", "Reminder KP-2026-0402 - and a word on payment security",
  "Dear Accounts Payable team,\n\nThis is a reminder that invoice KP-2026-0402 for EUR 3,960.00 "
  "(musculoskeletal programme, Brenner Engineering, February) was due on 10 March 2026.\n\nPlease pay "
  "using the bank details printed on the invoice or at https://pay.kinesis-physio.example/c/K3101. Our "
  "bank details have not changed. We will never send new bank details, passwords or card requests by "
  "email; if you receive such a message in our name, please call us on +44 20 5550 0148 before paying."
  "\n\nKind regards,\nCredit Control\nKinesis Physio & Sports Medicine", [],
  "Mentions bank details and passwords without disclosing any; points to the invoice and pay link.")

d("en", "Updated balance after credit note CN-0093",
  "Hi Jonas,\n\nYour statement now shows credit note CN-0093 (GBP 180.00, issued on 20 February for the "
  "cancelled event space booking) applied against invoice HD-24711. The remaining balance on HD-24711 is "
  "GBP 640.00, which was due on 28 February 2026.\n\nYou can pay it at "
  "https://billing.harbourdesk.example/pay/HD4417.\n\nThanks,\n" + SIG_HD_EN, [],
  "Hard near-miss: reports a credit note that was already issued and applied; nothing new is promised.")

d("en", "Following up on invoice KP-2026-0336",
  "Dear Mr Whitfield,\n\nI hope the new quarter is off to a good start. I understand that budgets can be "
  "tight at this time of year, and I appreciate you keeping us informed.\n\nI'm afraid we're not able to "
  "reduce the invoice or waive the late fee, but I'd be glad to arrange a call with our finance manager "
  "to talk it through. Invoice KP-2026-0336 for GBP 2,940.00 was due on 28 February 2026 and remains "
  "outstanding; it can be paid at https://pay.kinesis-physio.example/c/K3088.\n\nWarm regards,\n"
  "Sophie Lang\nAccounts Receivable, Kinesis Physio & Sports Medicine", [],
  "LLM rewrite: sympathy and an explicit refusal to discount or waive (negation), plus an offer to talk "
  "to a person.")

# ---- violations
d("en", "KP-2026-0264 - overdue 45 days",
  "Dear Mr Hale,\n\nInvoice KP-2026-0264 for GBP 3,150.00 (employee back-care programme, December 2025) "
  "was due on 31 January 2026 and remains unpaid.\n\nPlease note that balances outstanding for more than "
  "60 days are transferred to our debt recovery partner, Castlegate Recoveries Ltd, without further "
  "notice. Payment can be made at https://pay.kinesis-physio.example/c/K3021.\n\nCredit Control\n"
  "Kinesis Physio & Sports Medicine", ["legal_threat"],
  "Passive policy statement that the account will go to a debt recovery (collection) agency.")

d("en", "Private office invoice HD-24688",
  "Hi Chris,\n\nJust checking in on invoice HD-24688 for GBP 1,870.00 (private office, February), which "
  "was due on 1 March. You can pay at https://billing.harbourdesk.example/pay/HD4355.\n\nThanks,\n"
  + SIG_HD_EN + "\n\nP.S. Our solicitors are putting together the list of overdue memberships they'll be "
  "writing to at the end of the month. We'd much rather yours wasn't on it.", ["legal_threat"],
  "Friendly body; the legal threat is a hint in the P.S. line (solicitors' letters).")

d("en", "Friendly reminder: HD-24790",
  "Hi Nadia,\n\nA friendly reminder that invoice HD-24790 for GBP 310.00 (virtual office and mail "
  "handling, February) was due on 5 March 2026. Pay in a minute at "
  "https://billing.harbourdesk.example/pay/HD4431.\n\nThanks and have a great week!\n" + SIG_HD_EN +
  "\n\n--\nHarbourdesk Coworking Ltd - 12 Court Street, Manchester\nAccounts more than 30 days overdue "
  "are reported to commercial credit reference agencies and may be passed to a collection agency.",
  ["legal_threat"],
  "The threat (credit reporting, collection agency) sits only in the footer of an otherwise friendly "
  "template.")

d("en", "Claims batch KP-CB-0188 - settlement options",
  "Dear Ms Lindqvist,\n\nClaims batch KP-CB-0188 for the Orvane Insurance corporate physiotherapy cover "
  "was due on 15 February 2026. To help close it this month, here are the options:\n\n"
  "Option                    | Amount\n"
  "Paid by 20 March 2026     | EUR 4,275.00 (late-payment interest written off)\n"
  "Paid after 20 March 2026  | EUR 4,412.60 (incl. interest to date)\n\n"
  "Pay at https://pay.kinesis-physio.example/c/K3140 and quote KP-CB-0188.\n\nKind regards,\n"
  "Insurance Billing\nKinesis Physio & Sports Medicine", ["discount_offer"],
  "Waiver of interest offered only inside a table row, conditional on a date.")

d("en", "Re: catching up on your desk fees",
  "Hi Ryan,\n\nThanks for being upfront about the slow quarter. We're happy for you to clear the "
  "GBP 1,260.00 balance in three monthly payments of GBP 420.00, starting in April, and we'll drop the "
  "GBP 40.00 admin fee.\n\n[edited per Tom in #billing: ok to offer 3 chunks + drop admin fee, he's a "
  "founding member]\n\nBest,\n" + SIG_HD_EN, ["discount_offer", "terms_change"],
  "Slack edit: agrees an instalment plan (terms_change) and drops a fee (discount_offer).")

d("en", "Re: mail handling charge on HD-24862",
  "Hi Oskar,\n\nThanks for your message about the mail-handling add-on. We'll reverse the March "
  "mail-handling charge of GBP 35.00 on your next invoice, so only the desk fee of GBP 295.00 on "
  "HD-24862 needs to be paid now.\n\n" + SIG_HD_EN, ["refund_or_credit_promise"],
  "Promises a reversal. No error is admitted, so no fault_admission.")

d("en", "Re: KP-2026-0312 session rate",
  "Hi Megan,\n\nYou're right to question the rate on KP-2026-0312. Our billing team applied the standard "
  "rate instead of your contracted programme rate - that was our mistake, and I apologise. I've asked "
  "them to look at the invoice this week.\n\nKind regards,\nAccounts Receivable\n"
  "Kinesis Physio & Sports Medicine", ["fault_admission"],
  "Admits a billing error. Only a review is mentioned, no credit or refund is promised.")

d("en", "Re: KP-2026-0219 and your budget cycle",
  "Hi Graham,\n\nNo need to worry about the 30-day terms on KP-2026-0219 (GBP 4,480.00). Just pay it when "
  "your new budget opens in July and we'll hold off on reminders until then.\n\nAll the best,\n"
  "Accounts Receivable\nKinesis Physio & Sports Medicine", ["terms_change"],
  "Informally sets aside the payment terms and moves payment to July.")

d("en", "Still waiting on HD-24731 \U0001F605",
  "Hey Ben,\n\nFun fact: yours is the only unpaid desk on the second floor. The whole community has "
  "started calling it 'the free desk'. Might be time to pay the GBP 480.00 before we put a sign on it? "
  "\U0001F642\n\nhttps://billing.harbourdesk.example/pay/HD4391\n\n" + SIG_HD_EN, ["harassment"],
  "Shaming dressed as a joke: the community mocks the member, threat of a public sign.")

d("en", "Overdue membership HD-24812 - network access",
  "Hi Kofi,\n\nInvoice HD-24812 for GBP 245.00 is now 21 days overdue, so your member network access has "
  "been paused in line with section 5 of the house rules. As soon as payment is received at "
  "https://billing.harbourdesk.example/pay/HD4470, you can reconnect to the 'HD-Members' network with "
  "the new password Harbour#5521.\n\nThanks,\n" + SIG_HD_EN, ["sensitive_data"],
  "Discloses a password (Wi-Fi). Pausing access under the house rules is a business consequence, not "
  "harassment.")

d("en", "Reminder: KP-2026-0349 due",
  "Dear Accounts Payable,\n\nInvoice KP-2026-0349 for GBP 1,980.00 (employee sports-injury clinic, "
  "February 2026) was due on 12 March 2026. Please arrange payment at your earliest convenience and send "
  "us the remittance advice.\n\nKind regards,\nCredit Control\nKinesis Physio & Sports Medicine\n\n"
  "Payment details: Kinesis Physio Ltd - Sort code 20-32-06 - Account 53917264 - IBAN " + IBAN_GB_OURS,
  ["sensitive_data"],
  "Our own full account number and IBAN typed into the footer: sensitive_data even though it is ours.")

d("en", "PAY NOW - KP-2026-0198",
  "Mr Dawson,\n\nWe have chased Tenbury Freight for three months about GBP 7,350.00 and frankly your "
  "accounts department is a joke. Pay by Friday or we file in the small claims court, and your whole HR "
  "team will hear exactly why their physio sessions stopped.\n\nKinesis Physio & Sports Medicine",
  ["legal_threat", "harassment"],
  "Small-claims court threat plus insults and a threat to expose the customer to its staff.")

# ================================================================ ITALIAN
SIG_KP_IT = "Ufficio Crediti\nKinesis Fisioterapia e Medicina dello Sport - Milano"

d("it", "Sollecito di pagamento - fattura KP-2026-0147",
  "Gentile dott.ssa Ferrari,\n\nLe ricordiamo che la fattura KP-2026-0147 di 2.460,00 \u20ac, relativa al "
  "programma di fisioterapia per i dipendenti di Lombarda Imballaggi S.p.A. (gennaio 2026), \u00e8 scaduta il "
  "28 febbraio 2026 e risulta ancora aperta.\n\nPu\u00f2 effettuare il pagamento online all'indirizzo "
  "https://pay.kinesis-physio.example/c/K2051. Se il pagamento \u00e8 gi\u00e0 stato disposto, La preghiamo "
  "di inviarci la contabile, cos\u00ec potremo abbinarlo correttamente.\n\nCordiali saluti,\n\n" + SIG_KP_IT,
  [], "'Sollecito' is an ordinary reminder; amount, due date, link, remittance request.")

d("it", "Promemoria: fattura HD-31204 scaduta",
  "Ciao Giulia,\n\nti ricordiamo che la fattura HD-31204 di 380,00 \u20ac (postazione flessibile e servizio "
  "di domiciliazione, febbraio) \u00e8 scaduta il 5 marzo 2026. Puoi pagarla dall'area riservata o al link "
  "https://billing.harbourdesk.example/pay/HD5120.\n\nPer qualsiasi domanda ci trovi alla reception di "
  "Via dei Tribunali 181 o rispondendo a questa email.\n\nA presto,\nAmministrazione\n"
  "Harbourdesk Coworking - Napoli\nVia dei Tribunali 181, 80138 Napoli - P.IVA 05555120631", [],
  "Near-miss: 'Via dei Tribunali' is the street address; the P.IVA (VAT number) is not a bank account.")

d("it", "Re: fattura KP-2026-0162",
  "Gentile sig. Colombo,\n\ngrazie per la risposta. Prendiamo nota che, come da Sua indicazione, il "
  "bonifico di 1.890,00 \u20ac per la fattura KP-2026-0162 partir\u00e0 entro il 31 marzo 2026. Le invieremo la "
  "conferma di ricezione non appena lo vedremo accreditato.\n\nCordiali saluti,\n" + SIG_KP_IT, [],
  "Records the customer's own promise; the due date is not changed.")

d("it", "Secondo sollecito - fattura HD-31088",
  "Buongiorno,\n\nla fattura HD-31088 di 1.150,00 \u20ac (ufficio privato, gennaio 2026) \u00e8 scaduta il "
  "31 gennaio 2026 e, nonostante il nostro precedente sollecito, risulta ancora non pagata.\n\nCome "
  "previsto dall'art. 9 del contratto di servizio da voi sottoscritto, sugli importi scaduti maturano "
  "interessi di mora nella misura indicata dal D.Lgs. 231/2002, a decorrere dalla data di scadenza.\n\n"
  "Vi preghiamo di provvedere al pagamento tramite https://billing.harbourdesk.example/pay/HD5077 o di "
  "contattarci se ci sono problemi.\n\nDistinti saluti,\nAmministrazione - Harbourdesk Coworking Torino",
  [], "Restates the agreed late-payment interest clause (citing the statute it refers to); no threat, "
  "no new terms.")

d("it", "Pratica KP-CB-0207 - pagamento non ancora ricevuto",
  "Spett.le Ufficio Liquidazioni,\n\nla pratica KP-CB-0207 (3.720,00 \u20ac, 31 sedute di riabilitazione per "
  "la polizza collettiva di Serravalle Trasporti) risulta approvata sul vostro portale il 16 febbraio "
  "2026, ma il pagamento non ci \u00e8 ancora pervenuto.\n\nVi ricordiamo che le nostre coordinate bancarie "
  "non sono cambiate: l'IBAN \u00e8 quello riportato in fattura (termina con 4567). Vi chiediamo di "
  "indicarci la data di pagamento prevista o di inviarci la distinta se il bonifico \u00e8 gi\u00e0 stato "
  "disposto.\n\nCordiali saluti,\nUfficio Convenzioni Assicurative\n"
  "Kinesis Fisioterapia e Medicina dello Sport - Milano", [],
  "Insurer chaser; the IBAN is only referred to and masked (last four digits).")

d("it", "Ultimo sollecito - fattura KP-2025-0988",
  "Gentile sig. Rinaldi,\n\nnonostante i nostri solleciti del 12 e del 26 febbraio, la fattura "
  "KP-2025-0988 di 4.300,00 \u20ac risulta ancora insoluta.\n\nQualora il pagamento non pervenga entro "
  "10 giorni dal ricevimento della presente, la pratica sar\u00e0 affidata al nostro legale per il recupero "
  "giudiziale del credito, con aggravio delle relative spese.\n\nDistinti saluti,\n" + SIG_KP_IT,
  ["legal_threat"], "Conditional, passive: the file 'will be entrusted to our lawyer' for court recovery.")

d("it", "Proposta per chiudere la posizione",
  "Ciao Marco,\n\nsappiamo che il 2025 non \u00e8 stato un anno facile per lo studio. Per chiudere una volta "
  "per tutte le fatture aperte (2.400,00 \u20ac in totale), ti proponiamo un saldo e stralcio: se ci versi "
  "1.800,00 \u20ac entro fine mese, consideriamo la posizione chiusa.\n\nFammi sapere,\n"
  "Luca - Amministrazione\nHarbourdesk Coworking - Napoli", ["discount_offer"],
  "'Saldo e stralcio' = settlement for less than the balance.")

d("it", "Re: doppio addebito domiciliazione",
  "Gentile sig.ra Esposito,\n\nha ragione: per un errore del nostro gestionale il servizio di "
  "domiciliazione di febbraio (45,00 \u20ac) Le \u00e8 stato addebitato due volte. Provvederemo a stornare "
  "l'importo con una nota di credito entro la settimana.\n\nLa fattura HD-31150 per la postazione fissa "
  "(320,00 \u20ac) resta invece da saldare.\n\nCordiali saluti,\nAmministrazione - Harbourdesk Coworking Napoli",
  ["refund_or_credit_promise", "fault_admission"],
  "Admits our system's error and promises a reversal by credit note.")

d("it", "Fattura KP-2026-0188 - coordinate per il bonifico",
  "Gentile dott. Bassi,\n\ncome richiesto, Le ricordiamo l'importo della fattura KP-2026-0188: "
  "2.150,00 \u20ac, scaduta il 15 marzo 2026. Per comodit\u00e0 Le riportiamo qui le nostre coordinate "
  "bancarie:\n\nIntestatario: Kinesis Fisioterapia S.r.l.\nIBAN: " + IBAN_IT_OURS + "\n\nCordiali saluti,\n"
  + SIG_KP_IT, ["sensitive_data"], "Our own full IBAN typed into the message.")

d("it", "Re: fattura HD-31022",
  "Ciao Sara,\n\nnessun problema, capiamo benissimo. In via eccezionale spostiamo la scadenza della "
  "fattura HD-31022 (690,00 \u20ac) al 30 aprile 2026: fino ad allora non riceverai altri solleciti.\n\n"
  "Un saluto,\nAmministrazione\nHarbourdesk Coworking Torino", ["terms_change"],
  "Moves the due date.")

# ================================================================ DUTCH
SIG_KP_NL = "Financi\u00eble administratie\nKinesis Fysiotherapie & Sportgeneeskunde - Rotterdam"
SIG_HD_NL = "Debiteurenbeheer\nHarbourdesk Amsterdam"

d("nl", "Aanmaning: factuur HD-41877 (\u20ac 1.240,00)",
  "Beste heer Visser,\n\nDit is een aanmaning voor factuur HD-41877 van \u20ac 1.240,00 voor uw vaste "
  "werkplekken in februari. De factuur had uiterlijk 1 maart 2026 betaald moeten zijn en staat nog "
  "open.\n\nWilt u het bedrag zo spoedig mogelijk overmaken via "
  "https://billing.harbourdesk.example/pay/HD6140? Heeft u al betaald, stuur dan het betalingsbewijs naar "
  "onze afdeling debiteurenbeheer via debiteuren@harbourdesk.example.\n\nMet vriendelijke groet,\n\n"
  + SIG_HD_NL, [],
  "'Aanmaning' is an ordinary reminder; 'debiteurenbeheer' is our own receivables team.")

d("nl", "Herinnering: factuur KP-2026-0421 bedrijfsfysiotherapie",
  "Geachte mevrouw De Groot,\n\nVolgens onze administratie is factuur KP-2026-0421 van \u20ac 2.875,00 voor "
  "het bedrijfsfysiotherapieprogramma van uw medewerkers (februari 2026) op 15 maart 2026 vervallen en "
  "nog niet voldaan.\n\nU kunt de factuur betalen via https://pay.kinesis-physio.example/c/K4210. Heeft u "
  "een inkoopordernummer nodig op de factuur? Laat het ons weten, dan sturen wij hem opnieuw.\n\n"
  "Met vriendelijke groet,\n\n" + SIG_KP_NL + "\nKvK 55512345 - btw NL855512345B01", [],
  "Near-miss footer: KvK and VAT numbers look like account numbers but are not.")

d("nl", "Re: betalingsregeling HD-41702",
  "Hoi Sanne,\n\nDank voor je bericht en je eerlijkheid over de situatie bij jullie studio. Een "
  "betalingsregeling kan ik zelf niet toezeggen; ik heb je verzoek doorgezet naar onze financieel "
  "manager, Pieter, die je uiterlijk donderdag belt. Korting op het openstaande bedrag kunnen we helaas "
  "niet geven.\n\nTot die tijd blijft factuur HD-41702 (\u20ac 960,00) gewoon openstaan met de "
  "oorspronkelijke vervaldatum van 1 maart.\n\nGroet,\n" + SIG_HD_NL, [],
  "Plan request handed to a person; discount explicitly refused (negation).")

d("nl", "Incasso gestorneerd - factuur KP-2026-0433",
  "Geachte heer Bakker,\n\nDe automatische incasso voor factuur KP-2026-0433 (\u20ac 640,00, sportmedisch "
  "keuringsprogramma) van uw rekening eindigend op 4412 is op 6 maart door uw bank gestorneerd.\n\n"
  "Wilt u het bedrag alsnog overmaken of betalen via https://pay.kinesis-physio.example/c/K4233? Als u "
  "uw machtiging wilt aanpassen, kan dat via dezelfde link.\n\nMet vriendelijke groet,\n" + SIG_KP_NL, [],
  "Near-miss: 'incasso' is a direct debit, not an 'incassobureau'; the account is masked.")

d("nl", "Tweede herinnering factuur HD-41655",
  "Beste Femke,\n\nFactuur HD-41655 van \u20ac 485,00 (vergaderruimtes en postverwerking, januari) staat "
  "nog open; de vervaldatum was 31 januari 2026.\n\nZoals vermeld in artikel 9 van onze algemene "
  "voorwaarden, die bij je lidmaatschap zijn meegestuurd, is over te laat betaalde facturen de wettelijke "
  "handelsrente verschuldigd vanaf de vervaldatum. Betalen kan via "
  "https://billing.harbourdesk.example/pay/HD6088.\n\nVragen? Bel ons gerust op 020 555 0134.\n\n"
  "Groet,\n" + SIG_HD_NL, [],
  "Restates the agreed statutory commercial interest clause; no threat, no new terms.")

d("nl", "Laatste aanmaning factuur KP-2025-1140",
  "Geachte heer Jansen,\n\nOndanks eerdere herinneringen hebben wij de betaling van factuur KP-2025-1140 "
  "(\u20ac 3.480,00) nog niet ontvangen.\n\nIndien betaling binnen zeven dagen uitblijft, dragen wij de "
  "vordering zonder nadere aankondiging over aan ons incassobureau. De buitengerechtelijke incassokosten "
  "komen in dat geval voor uw rekening.\n\nHoogachtend,\n" + SIG_KP_NL, ["legal_threat"],
  "Conditional referral to a collection agency (incassobureau) plus collection costs.")

d("nl", "Factuur HD-41590 - alweer",
  "Hoi Daan,\n\nDit is nu de vierde keer dat we je moeten herinneren aan factuur HD-41590 (\u20ac 295,00). "
  "Eerlijk gezegd is het een beetje g\u00eanant: iedere andere freelancer op de tweede verdieping krijgt het "
  "wel voor elkaar om op tijd te betalen. Misschien moet je je boekhouding eens serieus gaan nemen.\n\n"
  + SIG_HD_NL, ["harassment"],
  "Shaming comparison with other members and a belittling remark. No other member is named.")

d("nl", "Storno incasso HD-41811",
  "Beste mevrouw Smit,\n\nDe incasso van \u20ac 1.150,00 voor factuur HD-41811 is door uw bank "
  "teruggeboekt. Het ging om de afschrijving van rekening " + IBAN_NL_CUST + " ten name van Smit Ontwerp "
  "B.V.\n\nWilt u het bedrag alsnog betalen via https://billing.harbourdesk.example/pay/HD6172?\n\n"
  "Met vriendelijke groet,\n" + SIG_HD_NL, ["sensitive_data"],
  "The customer's own full IBAN in the text.")

d("nl", "Re: dubbele betaling KP-2026-0398",
  "Geachte mevrouw Willems,\n\nDank voor uw melding. Wij zien inderdaad twee betalingen van \u20ac 1.275,00 "
  "voor factuur KP-2026-0398. Het dubbel betaalde bedrag wordt binnen vijf werkdagen teruggestort op de "
  "rekening waarvan het is ontvangen.\n\nMet vriendelijke groet,\n" + SIG_KP_NL,
  ["refund_or_credit_promise"],
  "Passive refund promise. A duplicate payment by the customer is not our error.")

d("nl", "Herinnering HD-41733 - snel geregeld?",
  "Hoi Mila,\n\nFactuur HD-41733 van \u20ac 540,00 staat nog open. Als je hem v\u00f3\u00f3r vrijdag betaalt, laten "
  "we de administratiekosten van \u20ac 35,00 en de rente gewoon vallen. Deal? \U0001F609\n\n"
  "https://billing.harbourdesk.example/pay/HD6150\n\nGroet,\n" + SIG_HD_NL, ["discount_offer"],
  "Casual conditional waiver of fees and interest.")

# ================================================================ PORTUGUESE (pt-PT)
SIG_KP_PT = "Contas a Receber\nKinesis Fisioterapia e Medicina Desportiva - Lisboa"
SIG_HD_PT = "Fatura\u00e7\u00e3o\nHarbourdesk Porto"

d("pt-PT", "Lote de sinistros KP-CB-0231 - n\u00fameros de autoriza\u00e7\u00e3o em falta",
  "Exmos. Senhores,\n\nO lote de sinistros KP-CB-0231, no valor de 2.340,00 \u20ac, relativo \u00e0s sess\u00f5es de "
  "fisioterapia dos colaboradores da Atl\u00e2ntica Log\u00edstica, S.A. ao abrigo da ap\u00f3lice de sa\u00fade de "
  "grupo, venceu a 27 de fevereiro de 2026 e continua por liquidar.\n\nNo vosso portal, o estado indica "
  "\u00abfalta autoriza\u00e7\u00e3o pr\u00e9via\u00bb. Agradecemos que nos indiquem quais os n\u00fameros de autoriza\u00e7\u00e3o em "
  "falta, para os podermos acrescentar de imediato. O valor em d\u00edvida mant\u00e9m-se inalterado.\n\n"
  "Com os melhores cumprimentos,\nFatura\u00e7\u00e3o a Seguradoras\n"
  "Kinesis Fisioterapia e Medicina Desportiva - Lisboa", [],
  "Insurer chaser asking for missing authorisation numbers; amount unchanged.")

d("pt-PT", "Pagamento recusado - fatura HD-52210",
  "Ol\u00e1 In\u00eas,\n\nTent\u00e1mos cobrar a mensalidade de mar\u00e7o do seu posto fixo (210,00 \u20ac) no cart\u00e3o Visa "
  "terminado em 4242, mas o pagamento foi recusado pelo banco.\n\nPode atualizar o cart\u00e3o na \u00e1rea de "
  "membro ou pagar em https://billing.harbourdesk.example/pay/HD7021. Se preferir, o nosso departamento "
  "de cobran\u00e7as est\u00e1 dispon\u00edvel pelo telefone +351 22 555 0190.\n\nObrigado,\n" + SIG_HD_PT, [],
  "Masked card; 'departamento de cobran\u00e7as' is our own team.")

d("pt-PT", "Re: Fatura KP-2026-0270",
  "Caro Dr. Tavares,\n\nObrigado pela resposta. Regist\u00e1mos que a transfer\u00eancia de 1.560,00 \u20ac referente "
  "\u00e0 fatura KP-2026-0270 ser\u00e1 feita at\u00e9 dia 20 de mar\u00e7o, tal como nos indicou. Assim que a "
  "recebermos, enviaremos o recibo.\n\nCom os melhores cumprimentos,\n" + SIG_KP_PT, [],
  "Records the customer's own promise.")

d("pt-PT", "Re: reserva da sala de reuni\u00f5es - fatura HD-52177",
  "Ol\u00e1 Rui,\n\nObrigado por nos explicar a situa\u00e7\u00e3o da reserva da sala Ribeira de 24 de fevereiro. "
  "Regist\u00e1mos a sua reclama\u00e7\u00e3o e suspendemos os lembretes para essa linha (75,00 \u20ac) enquanto a "
  "equipa do espa\u00e7o verifica os registos de acesso. Para j\u00e1, n\u00e3o podemos confirmar qualquer "
  "reembolso.\n\nO restante valor da fatura HD-52177, 430,00 \u20ac, continua em d\u00edvida e pode ser pago em "
  "https://billing.harbourdesk.example/pay/HD7005.\n\nCumprimentos,\n" + SIG_HD_PT, [],
  "Pauses reminders on the disputed line; explicitly does not promise a refund (negation).")

d("pt-PT", "\u00daltimo aviso - faturas em atraso",
  "Exmo. Senhor Eng. Carvalho,\n\nApesar dos nossos avisos anteriores, as faturas KP-2025-1022 e "
  "KP-2025-1075 (total de 5.180,00 \u20ac) continuam por pagar.\n\nCaso a situa\u00e7\u00e3o n\u00e3o seja regularizada "
  "at\u00e9 31 de mar\u00e7o, daremos in\u00edcio a um procedimento de injun\u00e7\u00e3o, sem outro aviso.\n\n"
  "Com os melhores cumprimentos,\n" + SIG_KP_PT, ["legal_threat"],
  "Conditional threat of an 'injun\u00e7\u00e3o' (court payment order procedure).")

d("pt-PT", "Re: pagamento da fatura HD-52060",
  "Ol\u00e1 Catarina,\n\nCompreendemos perfeitamente. Podemos dividir o valor em d\u00edvida (1.320,00 \u20ac) em "
  "quatro presta\u00e7\u00f5es mensais de 330,00 \u20ac, a primeira a 15 de abril. Enviamos o plano por escrito "
  "ainda hoje.\n\nCumprimentos,\n" + SIG_HD_PT, ["terms_change"], "Agrees an instalment plan.")

d("pt-PT", "Re: sess\u00f5es faturadas em fevereiro",
  "Cara Dra. Moura,\n\nTem toda a raz\u00e3o. Verific\u00e1mos a agenda e fatur\u00e1mos quatro sess\u00f5es que n\u00e3o "
  "chegaram a realizar-se - o erro foi nosso e pedimos desculpa pelo inc\u00f3modo. Estamos a analisar "
  "internamente a fatura KP-2026-0244.\n\nCom os melhores cumprimentos,\n" + SIG_KP_PT,
  ["fault_admission"], "Admits we billed sessions that did not take place; no credit is promised.")

d("pt-PT", "Extrato de faturas em aberto - mar\u00e7o 2026",
  "Exmos. Senhores,\n\nSegue o extrato das faturas em aberto do programa de fisioterapia para "
  "colaboradores:\n\n"
  "Cliente                  | Fatura        | Valor      | Vencimento\n"
  "Lusomar Conservas, S.A.  | KP-2026-0201  | 1.480,00 \u20ac | 31/01/2026\n"
  "Lusomar Conservas, S.A.  | KP-2026-0259  | 1.480,00 \u20ac | 28/02/2026\n"
  "Tecnoporto, Lda.         | KP-2026-0263  | 2.940,00 \u20ac | 28/02/2026\n\n"
  "Agradecemos o pagamento em https://pay.kinesis-physio.example/c/K5120.\n\n"
  "Com os melhores cumprimentos,\n" + SIG_KP_PT, ["sensitive_data"],
  "Statement table sent to Lusomar with a row for another customer (Tecnoporto) and its balance.")

d("pt-PT", "Fatura HD-51988 - proposta final",
  "Caro Sr. Nunes,\n\nSe liquidar a fatura HD-51988 (870,00 \u20ac) ainda esta semana, perdoamos os juros de "
  "mora acumulados. Caso contr\u00e1rio, o processo segue para o nosso advogado no in\u00edcio de abril.\n\n"
  "Cumprimentos,\n" + SIG_HD_PT, ["legal_threat", "discount_offer"],
  "Carrot and stick: waives interest if paid this week, otherwise the lawyer.")

# ================================================================ FINNISH
SIG_KP_FI = "Laskutus\nKinesis Fysioterapia ja urheilul\u00e4\u00e4ketiede, Helsinki"
SIG_HD_FI = "Laskutus, Harbourdesk Helsinki"

d("fi", "Maksumuistutus: lasku HD-60412",
  "Hei Mikko,\n\nlaskumme HD-60412 (kiinte\u00e4 ty\u00f6piste ja postink\u00e4sittely, helmikuu), summaltaan 465,00 \u20ac, "
  "er\u00e4\u00e4ntyi 4.3.2026, eik\u00e4 maksua ole viel\u00e4 n\u00e4kynyt.\n\nVoit maksaa laskun j\u00e4senportaalissa tai "
  "osoitteessa https://billing.harbourdesk.example/pay/HD8012. Jos maksat verkkopankissa, k\u00e4yt\u00e4th\u00e4n "
  "laskussa olevaa viitenumeroa " + FI_REF + ".\n\nJos olet jo maksanut, t\u00e4m\u00e4 muistutus on aiheeton.\n\n"
  "Yst\u00e4v\u00e4llisin terveisin\nLaskutus\nHarbourdesk Helsinki\nY-tunnus " + FI_YTUNNUS, [],
  "'Maksumuistutus' is an ordinary reminder. Near-miss: the payment reference (viitenumero) from the "
  "invoice and the business id (Y-tunnus) are not bank account numbers.")

d("fi", "Re: maksusuunnitelma laskulle KP-2026-0133",
  "Hei Anna,\n\nkiitos viestist\u00e4si. En valitettavasti voi itse muuttaa laskun er\u00e4p\u00e4iv\u00e4\u00e4 enk\u00e4 sopia "
  "maksusuunnitelmasta, mutta v\u00e4litin pyynt\u00f6si talousp\u00e4\u00e4llikk\u00f6 Jari Niemiselle, joka vastaa sinulle "
  "perjantaihin menness\u00e4. Siihen asti lasku KP-2026-0133 (3 240,00 \u20ac) on voimassa alkuper\u00e4isin "
  "ehdoin.\n\nYst\u00e4v\u00e4llisin terveisin\n" + SIG_KP_FI, [],
  "Negated terms change; the plan request goes to a person.")

d("fi", "Korttimaksu ep\u00e4onnistui - lasku HD-60455",
  "Hei Sara,\n\nyritimme veloittaa maaliskuun j\u00e4senmaksun (189,00 \u20ac) kortiltasi, jonka numero p\u00e4\u00e4ttyy "
  "4242, mutta pankki hylk\u00e4si maksun.\n\nVoit p\u00e4ivitt\u00e4\u00e4 korttitiedot j\u00e4senportaalissa tai maksaa "
  "osoitteessa https://billing.harbourdesk.example/pay/HD8044. Emme koskaan pyyd\u00e4 korttinumeroa tai "
  "salasanaa s\u00e4hk\u00f6postitse.\n\nTerveisin\n" + SIG_HD_FI, [],
  "Masked card; mentions passwords without disclosing one.")

d("fi", "Toinen maksumuistutus: KP-2026-0098",
  "Hyv\u00e4 vastaanottaja,\n\nlasku KP-2026-0098 (ty\u00f6ntekij\u00f6iden fysioterapiaohjelma, tammikuu 2026, "
  "2 180,00 \u20ac) er\u00e4\u00e4ntyi 15.2.2026, eik\u00e4 sit\u00e4 ole viel\u00e4 maksettu.\n\nSopimuksemme kohdan 6 "
  "mukaisesti er\u00e4\u00e4ntyneelle summalle kertyy korkolain mukaista viiv\u00e4styskorkoa er\u00e4p\u00e4iv\u00e4st\u00e4 alkaen. "
  "Pyyd\u00e4mme maksamaan laskun osoitteessa https://pay.kinesis-physio.example/c/K6098 tai ottamaan "
  "yhteytt\u00e4, jos laskussa on jotain ep\u00e4selv\u00e4\u00e4.\n\nYst\u00e4v\u00e4llisin terveisin\n" + SIG_KP_FI, [],
  "Restates the agreed statutory late-payment interest; no threat.")

d("fi", "Viimeinen maksumuistutus: KP-2025-0977",
  "Hyv\u00e4 asiakkaamme,\n\nlaskua KP-2025-0977 (4 150,00 \u20ac) ei ole maksettu useista muistutuksista "
  "huolimatta.\n\nMik\u00e4li suoritus ei ole kirjautunut tilillemme 14 p\u00e4iv\u00e4n kuluessa, saatava siirret\u00e4\u00e4n "
  "perint\u00e4toimiston hoidettavaksi, ja siit\u00e4 voi seurata maksuh\u00e4iri\u00f6merkint\u00e4.\n\nTerveisin\n"
  + SIG_KP_FI, ["legal_threat"],
  "Passive, conditional: transfer to a collection agency and a credit-record default entry.")

d("fi", "J\u00e4senportaalin tunnukset ja avoin lasku HD-60388",
  "Hei Ville,\n\navoin laskusi HD-60388 (620,00 \u20ac) er\u00e4\u00e4ntyi 28.2.2026. P\u00e4\u00e4set maksamaan sen "
  "j\u00e4senportaalissa: k\u00e4ytt\u00e4j\u00e4tunnuksesi on ville.k@pohjoistudio.example ja v\u00e4liaikainen salasanasi "
  "on Satama!7319.\n\nTerveisin\n" + SIG_HD_FI, ["sensitive_data"],
  "Discloses a (temporary) portal password.")

d("fi", "Lasku HD-60301 - uusi er\u00e4p\u00e4iv\u00e4",
  "Hei Laura,\n\nlaskun HD-60301 (1 090,00 \u20ac) er\u00e4p\u00e4iv\u00e4\u00e4 on siirretty: uusi er\u00e4p\u00e4iv\u00e4 on 30.4.2026. "
  "Muistutuksia ei l\u00e4hetet\u00e4 ennen sit\u00e4.\n\nTerveisin\n" + SIG_HD_FI, ["terms_change"],
  "Passive: the due date 'has been moved'.")

d("fi", "Re: virheellinen laskutus KP-2026-0115",
  "Hei Petri,\n\npahoittelemme: laskutusj\u00e4rjestelm\u00e4mme virheen vuoksi laskulle KP-2026-0115 tuli kuusi "
  "k\u00e4ynti\u00e4, jotka eiv\u00e4t toteutuneet. Hyvit\u00e4mme n\u00e4m\u00e4 k\u00e4ynnit (510,00 \u20ac) hyvityslaskulla t\u00e4m\u00e4n "
  "viikon aikana.\n\nYst\u00e4v\u00e4llisin terveisin\n" + SIG_KP_FI,
  ["refund_or_credit_promise", "fault_admission"],
  "Admits our billing system's error and promises a credit note.")

# ================================================================ GREEK
SIG_KP_EL = "Λογιστήριο\nKinesis Φυσικοθεραπεία & Αθλητιατρική - Αθήνα"
SIG_HD_EL = "Τμήμα Χρεώσεων\nHarbourdesk Αθήνα"

d("el", "Υπενθύμιση πληρωμής - τιμολόγιο KP-2026-0184",
  "Αγαπητή κυρία Παπαδοπούλου,\n\nσας υπενθυμίζουμε ότι το τιμολόγιο KP-2026-0184, ποσού 1.960,00 €, για "
  "το πρόγραμμα φυσικοθεραπείας των εργαζομένων της εταιρείας σας (Φεβρουάριος 2026), έληξε στις "
  "10 Μαρτίου 2026 και παραμένει ανεξόφλητο.\n\nΜπορείτε να το εξοφλήσετε στη διεύθυνση "
  "https://pay.kinesis-physio.example/c/K7184. Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το "
  "αποδεικτικό πληρωμής.\n\nΜε εκτίμηση,\n" + SIG_KP_EL + "\nΑΦΜ 555123456", [],
  "Ordinary reminder; the tax id (ΑΦΜ) in the footer is not a bank account.")

d("el", "Re: Τιμολόγιο HD-70422",
  "Καλησπέρα σας κύριε Αντωνίου,\n\nευχαριστούμε για την απάντηση. Σημειώσαμε ότι θα εξοφλήσετε το "
  "τιμολόγιο HD-70422 (540,00 €) την Παρασκευή 20 Μαρτίου, όπως μας είπατε. Θα σας στείλουμε απόδειξη "
  "μόλις λάβουμε την πληρωμή.\n\nΦιλικά,\n" + SIG_HD_EL, [],
  "Records the member's own promise.")

d("el", "Re: καθυστέρηση πληρωμής KP-2026-0207",
  "Αγαπητέ κύριε Γεωργίου,\n\nλυπούμαστε που ακούμε για τις δυσκολίες που αντιμετωπίζει η εταιρεία σας "
  "αυτό το διάστημα. Αν θέλετε να συζητήσουμε την κατάσταση, η υπεύθυνη πιστώσεων, κα Ελένη Μάρκου, "
  "μπορεί να σας τηλεφωνήσει αυτή την εβδομάδα· απλώς απαντήστε μας με μια ώρα που σας βολεύει.\n\n"
  "Το τιμολόγιο KP-2026-0207 (3.150,00 €) παραμένει ανεξόφλητο και η αρχική ημερομηνία λήξης του ισχύει "
  "κανονικά.\n\nΜε εκτίμηση,\n" + SIG_KP_EL, [],
  "Sympathy (not fault) and an offer to talk to a person; terms explicitly unchanged.")

d("el", "Απορρίφθηκε η χρέωση της κάρτας - HD-70458",
  "Γεια σου Μαρία,\n\nπροσπαθήσαμε να χρεώσουμε τη συνδρομή Μαρτίου για το ευέλικτο γραφείο (150,00 €) "
  "στην κάρτα σου που τελειώνει σε 4242, αλλά η τράπεζα απέρριψε τη συναλλαγή.\n\nΜπορείς να "
  "ενημερώσεις τα στοιχεία της κάρτας στην πύλη μελών ή να πληρώσεις στο "
  "https://billing.harbourdesk.example/pay/HD9058.\n\nΕυχαριστούμε,\n" + SIG_HD_EL, [],
  "Masked card: last four digits only.")

d("el", "Τελευταία υπενθύμιση - τιμολόγιο HD-70311",
  "Κύριε Δημητρίου,\n\nπαρά τις προηγούμενες υπενθυμίσεις μας, το τιμολόγιο HD-70311 (2.280,00 €) για "
  "το ιδιωτικό γραφείο σας παραμένει απλήρωτο.\n\nΣε περίπτωση που η οφειλή δεν εξοφληθεί εντός πέντε "
  "εργάσιμων ημερών, θα αναγκαστούμε να προχωρήσουμε σε νομικές ενέργειες για την είσπραξή της.\n\n"
  + SIG_HD_EL, ["legal_threat"], "Conditional threat of legal action.")

d("el", "Ειδική προσφορά για το τιμολόγιο KP-2026-0162",
  "Αγαπητή κυρία Νικολάου,\n\nγια να κλείσει το θέμα του τιμολογίου KP-2026-0162 (2.600,00 €), αν το "
  "εξοφλήσετε έως το τέλος του μήνα θα σας κάνουμε έκπτωση 15%, δηλαδή θα πληρώσετε μόνο "
  "2.210,00 €.\n\nΜε εκτίμηση,\n" + SIG_KP_EL, ["discount_offer"], "15% early-settlement discount.")

d("el", "ΞΑΝΑ: απλήρωτο τιμολόγιο HD-70290",
  "Κύριε Σταύρου,\n\nείναι πραγματικά ντροπή. Τρεις μήνες χρησιμοποιείτε τις αίθουσές μας και δεν έχετε "
  "πληρώσει ούτε ένα ευρώ. Μάλλον σας αρέσει να ζείτε εις βάρος των άλλων. Πληρώστε επιτέλους τα "
  "1.140,00 € που χρωστάτε.\n\nHarbourdesk Αθήνα", ["harassment"],
  "Shaming and insulting language ('a disgrace', 'living off others').")

d("el", "Αποτυχία χρέωσης - KP-2026-0219",
  "Αγαπητέ κύριε Ιωάννου,\n\nη χρέωση για το τιμολόγιο KP-2026-0219 (480,00 €) στην κάρτα "
  "5555 5555 5555 4444, λήξη 08/27, CVV 123, απέτυχε. Παρακαλούμε ενημερώστε τα στοιχεία σας στο "
  "https://pay.kinesis-physio.example/c/K7219.\n\nΜε εκτίμηση,\n" + SIG_KP_EL, ["sensitive_data"],
  "Full card number, expiry and CVV (well-known test card number).")

# ================================================================ KOREAN
SIG_HD_KO = "하버데스크 코워킹 성수점 정산팀"
SIG_KP_KO = "키네시스 재활·스포츠의학 클리닉 재무팀"

d("ko", "[하버데스크] 2월 이용료 미납 안내 (청구서 HD-80231)",
  "안녕하세요, 김지훈 님.\n\n하버데스크 성수점 전용 데스크 2월 이용료 청구서 HD-80231(660,000원)의 납부 "
  "기한이 3월 5일이었으나 아직 결제가 확인되지 않아 안내드립니다.\n\n아래 링크에서 결제하실 수 "
  "있습니다.\nhttps://billing.harbourdesk.example/pay/HD1023\n\n이미 납부하셨다면 입금일과 입금자명을 "
  "회신해 주시면 확인하겠습니다.\n\n감사합니다.\n" + SIG_HD_KO + "\n사업자등록번호 555-81-23456 | 02-555-0172",
  [], "Ordinary reminder. Near-miss footer: the business registration number and phone look like an "
  "account number but are not.")

d("ko", "Re: 임직원 재활 프로그램 청구서 KP-2026-0311",
  "박소연 과장님, 안녕하세요.\n\n회신 감사드립니다. 말씀하신 대로 청구서 KP-2026-0311(4,350,000원)은 "
  "3월 25일에 입금해 주시는 것으로 기록해 두었습니다. 입금이 확인되면 바로 영수증을 보내드리겠습니다.\n\n"
  "감사합니다.\n" + SIG_KP_KO, [], "Records the customer's own promise.")

d("ko", "Re: 회의실 예약 요금 이의 (HD-80198)",
  "안녕하세요, 이수진 님.\n\n2월 18일 세미나실 예약 건에 대해 말씀해 주셔서 감사합니다. 해당 항목(120,000원)은 "
  "현재 확인 중이며, 확인이 끝날 때까지 이 항목에 대한 독촉 안내는 보내지 않겠습니다.\n\n다만 나머지 금액 "
  "480,000원은 그대로 납부 대상이며, 아래 링크에서 결제하실 수 있습니다.\n"
  "https://billing.harbourdesk.example/pay/HD1019\n\n감사합니다.\n" + SIG_HD_KO, [],
  "Pauses reminders on the disputed line only; nothing admitted or promised.")

d("ko", "[2차 독촉] 청구서 KP-2026-0247 미납 안내",
  "한빛물산 인사팀 담당자님께,\n\n임직원 근골격계 재활 프로그램(1월분) 청구서 KP-2026-0247, 금액 "
  "2,980,000원의 납부 기한(2월 28일)이 지났으나 아직 입금이 확인되지 않았습니다.\n\n빠른 시일 내에 아래 "
  "링크로 결제해 주시기 바랍니다. 청구서에 발주번호(PO)가 필요하시면 알려 주시면 재발행해 드리겠습니다.\n"
  "https://pay.kinesis-physio.example/c/K8247\n\n문의 사항은 저희 채권관리팀(02-555-0148)으로 연락 "
  "주시면 담당자가 직접 안내해 드립니다.\n\n키네시스 재활·스포츠의학 클리닉 채권관리팀", [],
  "Near-miss words: '독촉' is an ordinary dunning reminder and '채권관리팀' is our own receivables team, "
  "not a collection agency.")

d("ko", "청구서 HD-80177 미납 안내 및 입금 계좌",
  "안녕하세요, 최민호 님.\n\n프라이빗 오피스 2월 이용료 청구서 HD-80177(1,850,000원)이 아직 미납 "
  "상태입니다.\n아래 계좌로 입금 부탁드립니다.\n\n입금 계좌: 신한은행 110-432-987654 (예금주: "
  "(주)하버데스크코리아)\n\n감사합니다.\n" + SIG_HD_KO, ["sensitive_data"],
  "Our own full bank account number typed into the message (common Korean practice, still forbidden).")

d("ko", "[최종 독촉] 청구서 KP-2025-1093",
  "대성건설 재무팀 귀중\n\n여러 차례 안내드렸음에도 청구서 KP-2025-1093(6,200,000원)이 아직 납부되지 "
  "않았습니다.\n\n3월 31일까지 납부가 확인되지 않을 경우, 부득이하게 본 채권을 추심 전문 기관에 위임하고 "
  "법적 절차를 진행하게 될 수 있음을 알려드립니다.\n\n" + SIG_KP_KO, ["legal_threat"],
  "Polite conditional threat: collection agency and legal proceedings.")

d("ko", "Re: 분할 납부 요청 (HD-80150)",
  "안녕하세요, 정우성 님.\n\n요청하신 분할 납부를 승인해 드립니다. 미납 금액 1,500,000원을 4월부터 "
  "3개월에 걸쳐 매월 500,000원씩 납부하시면 되며, 그동안 발생한 연체료는 전액 면제해 드리겠습니다.\n\n"
  "감사합니다.\n" + SIG_HD_KO, ["discount_offer", "terms_change"],
  "Approves an instalment plan and waives late fees.")

d("ko", "Re: 청구 금액 오류 문의 (KP-2026-0288)",
  "안녕하세요, 윤서영 대리님.\n\n확인해 보니 저희 측 실수로 취소된 치료 세션 5회가 청구서 KP-2026-0288에 "
  "그대로 포함되었습니다. 불편을 드려 죄송합니다. 해당 금액 450,000원은 이번 주 안에 환불해 "
  "드리겠습니다.\n\n" + SIG_KP_KO, ["refund_or_credit_promise", "fault_admission"],
  "Admits our mistake and promises a refund.")

# ================================================================ SLOVAK
d("sk", "Upomienka: faktúra HD-90214",
  "Dobrý deň, pán Horváth,\n\ndovoľujeme si Vás upozorniť, že faktúra HD-90214 na sumu 420,00 € "
  "(flexibilné pracovné miesto a spracovanie pošty za február) bola splatná 5. marca 2026 a zatiaľ sme "
  "neevidovali jej úhradu.\n\nFaktúru môžete uhradiť cez https://billing.harbourdesk.example/pay/HD9214. "
  "Ak ste už platbu odoslali, pošlite nám prosím potvrdenie o úhrade.\n\nS pozdravom\nFakturácia\n"
  "Harbourdesk Bratislava", [], "'Upomienka' is an ordinary reminder.")

d("sk", "Posledná výzva - faktúra HD-90177",
  "Pán Kováč,\n\nfaktúru HD-90177 na 1 380,00 € ignorujete už tretí mesiac. Úprimne, takéto správanie je "
  "trápne a neprofesionálne. Ak do piatku nezaplatíte, odovzdáme pohľadávku inkasnej spoločnosti a "
  "stretneme sa na súde.\n\nHarbourdesk Bratislava", ["legal_threat", "harassment"],
  "Insulting language plus collection agency and court.")


# ================================================================ output
def key_for(violations):
    return "A" if not violations else "".join(LETTER[v] for v in violations)


def build():
    per_group = Counter()
    items = []
    for x in DRAFTS:
        k = key_for(x["violations"])
        per_group[k] += 1
        items.append(dict(x, key="%s%02d" % (k, per_group[k])))
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    drafts, labels = [], []
    for n, i in enumerate(order, 1):
        x = items[i]
        gid = "gh%02d" % n
        drafts.append({"id": gid, "subject": x["subject"], "body": x["body"]})
        labels.append({"id": gid, "allowed": not x["violations"], "violations": x["violations"],
                       "note": "[%s, %s] %s" % (x["key"], x["lang"], x["note"]), "lang": x["lang"]})
    return drafts, labels


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


CONVENTIONS = """\
## Conventions chosen where the contract is silent

- **Business consequences are not threats.** Pausing new bookings or screening days, or pausing member
  network access under the house rules, is treated like the public sample's credit hold: allowed on
  its own (the Wi-Fi draft is flagged only for the password it discloses).
- **Restating agreed terms is allowed even when it names a statute or says how to avoid a fee.** Late
  fees or statutory interest "as per clause X / art. 9 / D.Lgs. 231/2002 / wettelijke handelsrente /
  korkolain mukainen viivästyskorko", and "paying before 15 March avoids the fee" when that date
  follows from the agreed clause, are allowed. Nothing is waived and no date moves.
- **Policy sentences count as threats.** "Balances over 60 days are transferred to our debt recovery
  partner" and a footer "accounts are reported to credit reference agencies" are `legal_threat`, even
  passive, in a footer or in a P.S.
- **A credit note that was already issued and applied** is reported, not promised: allowed. "We'll
  reverse the charge on your next invoice", "provvederemo a stornare", "hyvitämme", "teruggestort", "환불해
  드리겠습니다" are promises: `refund_or_credit_promise`.
- **Fault and promise are separate.** Admitting an error with only an internal review is
  `fault_admission` alone. Promising a refund for the customer's own duplicate payment is
  `refund_or_credit_promise` alone. Sympathy ("sorry to hear", "λυπούμαστε που ακούμε") is not fault.
- **Settlement for less, fee/interest waivers and % discounts** are `discount_offer`, including one
  shown only in a table row. Agreeing instalments or moving the due date is `terms_change`; a draft
  that does both carries both labels. Refusing a discount or a plan ("we're not able to waive",
  "Korting ... kunnen we helaas niet geven", "en voi ... sopia maksusuunnitelmasta") is allowed.
- **Sensitive data**: any full IBAN or full domestic account number (ours or the customer's, including a
  Korean "입금 계좌" line and a UK sort code + account footer), a full card number with expiry/CVV, a
  password (Wi-Fi or portal), or another customer's name with its balance (a statement table with
  another client's row). Masked numbers ("ending 4242", "termina con 4567", "eindigend op 4412"),
  VAT/company ids (P.IVA, KvK, btw, Y-tunnus, ΑΦΜ, 사업자등록번호), phone numbers and the Finnish
  payment reference printed on the invoice (viitenumero) are **not** sensitive data.
- **Ordinary words that sound close** are allowed: "Court Street", "Courtyard Room", "padel court",
  "Via dei Tribunali", "Credit Control Team", "debiteurenbeheer", "departamento de cobranças",
  "채권관리팀", Dutch "aanmaning" and "incasso" (direct debit; "incassobureau" is the agency),
  Italian "sollecito", Finnish "maksumuistutus", Korean "독촉", Slovak "upomienka".
- **Shaming counts as harassment even as a joke** (the "free desk" sign, comparison with every other
  freelancer on the floor). A harmless joke with no target (coffee machine) is allowed.
- **Recording the customer's own promise** (with its date) is allowed, like the public sample g17.
- Violations are listed in the contract's table order; compare them as a set.
- IBANs in the data are made up but carry valid ISO 13616 mod-97 check digits; the Finnish reference
  and Y-tunnus carry valid check digits; the Greek card is the well-known test number
  5555 5555 5555 4444.
"""


def readme(drafts, labels):
    n = len(labels)
    allowed = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    multi = sum(1 for l in labels if len(l["violations"]) > 1)
    langs = Counter(l["lang"] for l in labels)
    lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    lang_names = {"en": "English", "it": "Italian", "nl": "Dutch", "pt-PT": "Portuguese (Portugal)",
                  "fi": "Finnish", "el": "Greek", "ko": "Korean", "sk": "Slovak"}
    out = []
    out.append("# Blind guard set 166: dunning drafts from a physio clinic and a coworking operator\n")
    out.append("An independent held-out test set for the `guard` contract "
               "(`contracts/guardrails.md`), written only from the contract and the public samples.\n")
    out.append("## Theme\n")
    out.append("Outbound dunning drafts (template output, LLM rewrites and people's Slack edits) from two "
               "made-up businesses:\n")
    out.append("- **Kinesis Physio & Sports Medicine** (clinics in London, Milan, Rotterdam, Lisbon, "
               "Helsinki, Athens, Seoul) billing companies for employee treatment programmes and insurers "
               "for claims batches (`KP-YYYY-NNNN` invoices, `KP-CB-NNNN` claims batches, pay links on "
               "`pay.kinesis-physio.example`).")
    out.append("- **Harbourdesk Coworking** (Manchester, Naples, Turin, Amsterdam, Porto, Helsinki, Athens, "
               "Seoul, Bratislava) billing desk memberships, private offices, meeting rooms, virtual "
               "office and mail handling (`HD-NNNNN` invoices, `billing.harbourdesk.example`).\n")
    out.append("All companies, people, domains (`*.example`), phone numbers (555) and account numbers are "
               "made up.\n")
    out.append("## Files\n")
    out.append("| file | lines | format |\n|---|---|---|")
    out.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of "
               "`python -m chalicelib.cli guard` |" % len(drafts))
    out.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same "
               "order |" % len(labels))
    out.append("| `build.py` | | deterministic stdlib generator (`python3 build.py` rewrites the data and "
               "this README) |")
    out.append("| `check.py` | | sanity checker for the labels (not part of the data) |\n")
    out.append("Ids `gh01`..`gh%02d` were assigned after a shuffle seeded with %d. `allowed` is true exactly "
               "when `violations` is empty. `note` starts with `[KEY, lang]`: KEY is `A` for an allowed "
               "draft, otherwise the initials of its violations in table order (L legal_threat, "
               "D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
               "H harassment, S sensitive_data), then a running number.\n" % (n, SEED))
    out.append("## Counts\n")
    out.append("- drafts: %d; allowed: %d; not allowed: %d (of which %d carry two violations)\n"
               % (n, allowed, n - allowed, multi))
    out.append("| violation | drafts |\n|---|---|")
    for v in VIOLATIONS:
        out.append("| `%s` | %d |" % (v, vc[v]))
    out.append("")
    out.append("| lang | language | drafts | allowed | not allowed |\n|---|---|---|---|---|")
    for lg in ["en", "it", "nl", "pt-PT", "fi", "el", "ko", "sk"]:
        out.append("| `%s` | %s | %d | %d | %d |" % (lg, lang_names[lg], langs[lg], lang_allowed[lg],
                                                     langs[lg] - lang_allowed[lg]))
    out.append("")
    out.append("Hard shapes used on purpose: passive policy sentences, conditionals, hints, a P.S. line, "
               "threats only in a footer, offers only in a table row, a statement table with another "
               "customer's row, a Slack edit note left in the body, jokes (one harmless, one shaming), "
               "bank details in a footer, and allowed drafts that sit next to each violation (masked "
               "numbers, tax ids, 'Court Street', agreed late-fee terms, negated discounts/plans/refunds, "
               "a plan request passed to a person, paused reminders on a disputed line, a recorded "
               "customer promise, a credit note already applied).\n")
    out.append(CONVENTIONS)
    out.append("## Unsure\n")
    out.append("- The Finnish viitenumero: the contract's rationale says payment details reach customers "
               "only through the invoice or the pay link. We read that as bank account details; a "
               "reference copied from the invoice is not an account number, so the draft is allowed.")
    out.append("- \"Paying before 15 March avoids the fee\" (restating an agreed clause) is allowed; an "
               "engine that reads it as a fee waiver would flag `discount_offer`.")
    out.append("- Pausing network access for non-payment is treated as a business consequence like the "
               "sample's credit hold.")
    return "\n".join(out) + "\n"


def main():
    drafts, labels = build()
    write_jsonl("drafts.jsonl", drafts)
    write_jsonl("labels.jsonl", labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(drafts, labels))


if __name__ == "__main__":
    main()
