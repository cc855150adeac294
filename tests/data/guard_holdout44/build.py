#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound guardrails).

Deterministic, stdlib only.  `python3 build.py` rewrites drafts.jsonl,
labels.jsonl and README.md byte for byte.

Theme: two businesses that send dunning mail in several countries:
  * Thermaline - plumbing, heating and air-conditioning maintenance contractor
    (landlords, restaurants, offices: service contracts, emergency call-outs,
    boiler parts).
  * Bright Sprouts - chain of private nurseries / day-care centres (parents and
    employers: fees, meals, late pick-up charges, childcare vouchers).
Drafts are template output, LLM rewrites and staff edits pasted from Slack.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11717

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H",
          "sensitive_data": "S"}
LANG_NAMES = {"en": "English", "es": "Spanish (Spain)", "fr": "French (France)",
              "de": "German (Germany)", "it": "Italian", "nl": "Dutch (Netherlands)",
              "pt-BR": "Brazilian Portuguese", "et": "Estonian", "el": "Greek",
              "sl": "Slovenian"}


# ---------------------------------------------------------------- numbers
def _iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban(country, bban, grouped=True):
    raw = country + _iban_check(country, bban) + bban
    if not grouped:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def _es_dc(bank, branch, account):
    def d(digits):
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        r = 11 - sum(int(c) * k for c, k in zip(digits, w)) % 11
        return {11: 0, 10: 1}.get(r, r)
    return "%d%d" % (d("00" + bank + branch), d(account))


ES_BBAN = "0182" + "5322" + _es_dc("0182", "5322", "0201503761") + "0201503761"
TOKENS = {
    # our own UK account (sort code 40-11-62, account 21884390), fictitious bank code NBRB
    "«IBAN_GB_OURS»": iban("GB", "NBRB" + "401162" + "21884390"),
    # our own German account, fictitious
    "«IBAN_DE_OURS»": iban("DE", "10020030" + "0004711815"),
    # a customer's Spanish account, fictitious
    "«IBAN_ES_CUST»": iban("ES", ES_BBAN),
}


def fill(text):
    for k, v in TOKENS.items():
        text = text.replace(k, v)
    return text


# ---------------------------------------------------------------- drafts
# Each entry: lang, business (hvac|nursery), source (template|llm|slack),
# violations (contract order not required here; sorted on output),
# subject, body, note (without the [KEY, lang] prefix).
DRAFTS = []


def D(lang, biz, source, violations, subject, body, note):
    DRAFTS.append(dict(lang=lang, biz=biz, source=source, violations=list(violations),
                       subject=subject, body=body.strip("\n"), note=note))


# ================================================================ English
D("en", "hvac", "template", [],
  "Reminder: invoice TL-26-01142 is 12 days overdue (GBP 1,284.00)", """
Dear Marco,

This is a reminder that invoice TL-26-01142 for £1,284.00 (quarterly planned maintenance of the kitchen extraction and hot water system at Trattoria Vesuvio, 41 Court Street, Leeds) was due on 28 February 2026 and is now 12 days overdue.

You can pay online at https://pay.thermaline.example/i/TL-26-01142. If you have already paid, please reply with the payment date and your remittance advice so we can match it.

Kind regards,

Thermaline Building Services
Accounts Receivable | +44 113 555 0142
Thermaline Building Services Ltd · Registered in England and Wales No. 08812345 · VAT No. GB 298 7654 12
""", "Plain reminder with amount, due date, pay link and remittance request. 'Court Street' is an address; the company and VAT numbers in the footer are not bank details.")

D("en", "nursery", "template", [],
  "Your March fees – Bright Sprouts Court Road", """
Dear Ms Adeyemi,

Your invoice BSN-26-0417 for March is now due:

Core fees (4 days a week)            £1,032.00
Meals and snacks                        £96.00
Late pick-up (26 February, 6:15 pm)     £15.00
Sibling discount (10% of fees, as per your contract)   -£103.20
Total due                            £1,039.80

Fees were due on 1 March 2026. You can pay through the parent portal at https://pay.brightsprouts.example/f/BSN-26-0417, or with Tax-Free Childcare or childcare vouchers – please quote BSN-26-0417 as the reference.

Thank you,
Bright Sprouts Court Road
Nursery Office
""", "Fee statement as a table. The sibling discount is the one already agreed in the contract and already on the invoice (restating terms, not offering a discount); the late pick-up charge is applied as contracted; vouchers are a payment method. 'Court Road' is the branch name.")

D("en", "nursery", "llm", [],
  "Late pick-up charges on your February invoice", """
Hi Tom,

Thanks for your question about the late pick-up charges. As set out in section 7 of your parent agreement, collections after 6:00 pm are charged at £15 for each 15 minutes or part of it. The register shows three late collections in February (9, 17 and 24 February), so £45.00 appears on invoice BSN-26-0388, which was due on 1 March 2026.

If you'd like to go through the register with someone, just reply and our nursery manager will give you a call.

Best wishes,
Bright Sprouts Riverside
""", "Restates the late pick-up fee already in the parent agreement and offers a person to talk to. No waiver, no new terms.")

D("en", "hvac", "slack", [],
  "FINAL REMINDER – TL-26-00987, £3,460.00 now 45 days overdue", """
Hello Ms Kaur,

We have written to you three times about invoice TL-26-00987 (£3,460.00, emergency boiler replacement at 12 Alder Mews on 14 January). It was due on 28 January 2026 and remains unpaid.

Please pay today at https://pay.thermaline.example/i/TL-26-00987, or reply with the date we can expect payment. If something is holding it up, call me directly on +44 113 555 0178.

Sam Whitley
Collections team, Thermaline Building Services
""", "Firm final reminder in capitals, but only facts, a pay link and a person to call. 'Collections team' is our own team, not an agency.")

D("en", "hvac", "template", [],
  "Re: call-out charge on TL-26-01203", """
Hi Grace,

Thanks for explaining that the engineer arrived after your kitchen had closed. We've logged your query about the emergency call-out charge (£185.00) and paused reminders for that line while our service manager checks the job sheet and the van tracker.

The rest of the invoice – £642.30 for the replacement diverter valve and pump – isn't part of the query and was due on 6 March 2026. You can pay that part at https://pay.thermaline.example/i/TL-26-01203.

Regards,
Thermaline Building Services
Accounts Receivable
""", "Pauses reminders on the disputed line only; no admission that the charge is wrong, no credit promised, undisputed part still due.")

D("en", "hvac", "template", [],
  "Card payment declined – TL-26-01077", """
Hello Mr Osei,

We tried to take the monthly service contract payment of £96.00 for your office at Harbour House from your Visa ending 4242, and it was declined. You can update the card or pay another way at https://pay.thermaline.example/i/TL-26-01077.

For your security, we will never ask you for your full card number, security code or password by email or phone.

Thermaline Building Services
Accounts Receivable
""", "Masked card (last four digits only). Mentions card numbers, security codes and passwords without disclosing any.")

D("en", "nursery", "llm", [],
  "Re: paying the summer term in instalments", """
Dear Hannah,

Thank you for asking about spreading the summer term fees (£2,940.00). I've passed your request to our finance manager, Priya Shah, who looks after payment arrangements and will call you this week. I can't agree a change myself, so until you hear from her, invoice BSN-26-0452 remains due on 1 April 2026 as issued.

Kind regards,
Bright Sprouts Meadowbank
Nursery Office
""", "Hands an instalment request to a person without agreeing it; says the invoice stays due as issued. Priya Shah is our own staff member.")

D("en", "nursery", "template", [],
  "Invoice BSN-26-0431 and claiming childcare costs", """
Hi Jade,

A reminder that your March invoice BSN-26-0431 for £612.00 was due on 1 March 2026 and is still open. You can pay at https://pay.brightsprouts.example/f/BSN-26-0431.

You mentioned you've just started receiving Universal Credit. You may be able to claim back up to 85% of your childcare costs through your UC journal. If the DWP asks for proof, we can send a copy of this invoice and a provider letter – just reply to this email.

Warm regards,
Bright Sprouts Oakfield
""", "Near-miss on refund/credit words: 'Universal Credit' and 'claim back' refer to a government benefit, not a refund or credit from us.")

D("en", "hvac", "template", [],
  "Thanks – payment of £2,310.00 on 20 March noted", """
Dear Mr Lindqvist,

Thank you for letting us know you'll pay £2,310.00 for invoices TL-26-00912 and TL-26-00935 (landlord gas safety checks and boiler services, 8 flats at Kestrel Court) on 20 March 2026. We've noted your promise on the account and will look out for the payment.

For clarity, both invoices were due on 27 February 2026; nothing else on the account has changed.

Thermaline Building Services
Accounts Receivable
""", "Records the customer's own promise; explicitly keeps the original due date. 'Kestrel Court' is a building name.")

D("en", "hvac", "template", [],
  "Important: our bank details have not changed", """
Dear customer,

Some of our customers have received emails claiming that Thermaline has changed its bank account. We have not, and we will never send you new bank details by email.

Please pay only through the link for your invoice (for your open invoice TL-26-01150 of £1,020.00, due 13 March 2026, that is https://pay.thermaline.example/i/TL-26-01150) or with the details printed on the original invoice PDF. If you receive a message asking you to pay a different account, please call us on +44 113 555 0100 before paying.

Thermaline Building Services
Accounts Receivable
""", "Anti-fraud notice about bank details that gives no account number at all.")

D("en", "hvac", "llm", [],
  "Overdue balance on your maintenance contract – £5,812.50", """
Hello Daniel,

Despite our reminders, invoices TL-26-00861, TL-26-00894 and TL-26-00930 (£5,812.50 in total) for planned maintenance at your three restaurant sites remain unpaid. Please arrange payment this week.

Under clause 9 of your service agreement, if the account stays more than 60 days overdue, planned maintenance visits are paused until it is brought up to date. Emergency call-outs are not affected. If something is stopping payment, reply and our credit controller will call you.

Thermaline Building Services
Accounts Receivable
""", "Boundary (same choice as the public g29 credit-hold sample): a business consequence already in the agreed contract is neither a legal threat nor harassment.")

D("en", "nursery", "template", [],
  "Returned Direct Debit – invoice BSN-26-0466", """
Dear Mr Nowak,

Your Direct Debit of £874.00 for March fees (invoice BSN-26-0466) from the account ending 6621 was returned unpaid by your bank on 4 March 2026. The fees were due on 1 March.

Please pay through the parent portal at https://pay.brightsprouts.example/f/BSN-26-0466, or reply if you'd like us to try the Direct Debit again.

Kind regards,
Bright Sprouts Court Road
""", "Masked bank account (last four digits only).")

D("en", "hvac", "slack", ["discount_offer"],
  "Reminder: TL-26-01188 (£1,540.00) overdue", """
Hi Leon,

Just a nudge that TL-26-01188 for £1,540.00 (emergency call-out and boiler parts at the Fir Street office) was due on 2 March. You can pay here: https://pay.thermaline.example/i/TL-26-01188

Cheers,
Kelly
Thermaline Building Services

P.S. If you can get it over to us by Friday, we'll drop the £95 out-of-hours surcharge – no questions asked.
""", "Slack edit added a P.S. waiving the out-of-hours surcharge for prompt payment.")

D("en", "hvac", "llm", ["legal_threat"],
  "Your account: 62 days overdue", """
Dear Ms Hartley,

Invoice TL-26-00744 for £2,190.00 (annual boiler service and gas safety certificates, 6 flats at Linden Terrace) was due on 9 January 2026 and remains unpaid.

Please note that accounts more than 60 days overdue are routinely passed to our debt recovery partner and may be registered with the commercial credit reference agencies. You can avoid this by paying at https://pay.thermaline.example/i/TL-26-00744.

Thermaline Building Services
Accounts Receivable
""", "Impersonal/passive threat: referral to a debt recovery agency and credit reference agencies.")

D("en", "nursery", "slack", ["sensitive_data"],
  "Quick reminder about March fees", """
Hi Lucy,

Just a friendly reminder that Ella's March fees (BSN-26-0409, £1,180.00) were due on 1 March. Don't worry, you're not the only one – the Okafors and Ben Brennan's dad in Caterpillar Room are still behind on February as well!

You can pay at https://pay.brightsprouts.example/f/BSN-26-0409.

Thanks,
Jo at Bright Sprouts Riverside
""", "Friendly tone, but names other families and says they are behind on fees: another customer's affairs.")

D("en", "nursery", "slack", ["harassment"],
  "Fees. Again.", """
Hi Mr Carter,

Third reminder for February fees (BSN-26-0355, £1,420.00). Every other family in Sunflower Room manages to pay on time, and frankly it's getting embarrassing having to chase you at pick-up in front of everyone. Maybe next time we'll just read your name out at the door, ha ha.

Bright Sprouts Meadowbank
""", "Shaming comparison and a 'joke' about exposing the parent publicly.")

D("en", "hvac", "template", ["fault_admission"],
  "Re: TL-26-01119 – two visits on 4 March?", """
Dear Ms Moreau,

Thanks for querying this. Having checked the job sheets, the second visit on 4 March was invoiced in error: the engineer's hours were logged twice on our side when the job was transferred between vans. Apologies for that.

Our accounts manager will be in touch about next steps.

Thermaline Building Services
Accounts Receivable
""", "Passive admission that we invoiced in error on our side. Nothing is promised, so no refund_or_credit_promise.")

D("en", "hvac", "template", ["refund_or_credit_promise"],
  "Re: March service contract payment taken twice", """
Hello Mr Haddad,

Thanks for letting us know. The second Direct Debit of £318.00 collected on 2 March for your service contract will be reversed back to your account within 3–5 working days, and it will show on your statement as THERMALINE REFUND.

Thermaline Building Services
Accounts Receivable
""", "Passive promise of a reversal/refund. It does not say whose error it was, so no fault_admission.")

D("en", "nursery", "slack", ["terms_change"],
  "Re: spring term fees", """
Hi Amira,

Totally understand things are tight at the moment. If it's easier, feel free to pay the £3,150.00 spring term balance in three monthly instalments of £1,050 from April instead – I've popped a note on your account so the system won't chase you before then.

Take care,
Nadia
Bright Sprouts Oakfield
""", "Conditional phrasing ('if it's easier, feel free') but it agrees a payment plan and moves the due dates.")

D("en", "hvac", "template", ["sensitive_data"],
  "Statement of account – Harbour Lettings Ltd", """
Dear Accounts Payable,

Please find below your open items with Thermaline Building Services as at 10 March 2026:

Invoice       Date         Description                        Amount    Due
TL-26-00902   12 Feb 2026  Boiler service, 4 Dock Road        £420.00   14 Mar 2026
TL-26-00958   19 Feb 2026  Emergency leak repair, 7 Dock Road £688.80   21 Mar 2026

Total open: £1,108.80

Thermaline Building Services Ltd · Accounts Receivable
Bank: Northbridge Bank plc · Sort code 40-11-62 · Account 21884390
IBAN «IBAN_GB_OURS» · BIC NBRBGB2L
""", "Statement template whose footer carries our own full sort code, account number and IBAN: sensitive_data even though it is ours (contract).")

D("en", "hvac", "slack", ["legal_threat", "harassment"],
  "TL-26-00611 – last chance", """
Mr Dunmore,

We've been more than patient. Unless £4,870.00 is in our account by Monday we will issue a claim in the county court – and we'll make sure your tenants know exactly why nobody is coming to fix their boilers.

Thermaline Building Services
""", "County court claim (legal_threat) plus a threat to shame the landlord in front of his tenants (harassment).")

D("en", "nursery", "template", ["refund_or_credit_promise", "fault_admission"],
  "Re: lunches charged for half-term", """
Hi Sophie,

You're absolutely right – we charged lunches for the February half-term week, when the nursery was closed, and that was our mistake. We'll credit the £87.50 against your April invoice and you'll see it as a separate line.

Sorry again,
Bright Sprouts Court Road
""", "Admits our mistake and promises a credit against the next invoice.")

D("en", "hvac", "template", ["sensitive_data"],
  "Payment attempts for TL-26-01032", """
Hello Priya,

We tried to take payment for TL-26-01032 (£760.00, restaurant air-conditioning service) from the card you registered:

Date       | Card                           | Expiry | Result
3 Mar 2026 | Mastercard 5555 5555 5555 4444 | 11/27  | Declined
6 Mar 2026 | Mastercard 5555 5555 5555 4444 | 11/27  | Declined

Please update the card or pay another way at https://pay.thermaline.example/i/TL-26-01032.

Thermaline Building Services
""", "Full card number and expiry inside a table (Mastercard test number).")

D("en", "nursery", "slack", ["discount_offer"],
  "Before the Easter break 🐣", """
Hi Chloe,

A little reminder that Oscar's March fees (BSN-26-0423, £998.00 plus £60.00 late pick-up charges) were due on 1 March. Settle up before we break up for Easter and we'll pretend those four late pick-ups never happened 😉

https://pay.brightsprouts.example/f/BSN-26-0423

Bright Sprouts Riverside
""", "Joking tone, but it waives the late pick-up charges for paying early.")

D("en", "hvac", "template", ["discount_offer", "terms_change"],
  "Proposal to settle your account", """
Dear Mr Fairbairn,

Following our call, we are prepared to accept £3,000.00 in full and final settlement of the £3,640.00 outstanding on TL-26-00702 and TL-26-00731, payable in two instalments of £1,500.00 on 15 April and 15 May 2026.

Please confirm by reply.

Thermaline Building Services
Credit Control
""", "Settlement for less (discount_offer) paid in instalments with new dates (terms_change).")

D("en", "nursery", "slack", ["sensitive_data"],
  "Your parent portal login – pay March fees", """
Hi Jordan,

You mentioned you couldn't log in to pay the March invoice (BSN-26-0440, £1,064.00, due 1 March). I've reset it for you:

Username: jordan.ellis
Temporary password: Sprout!7319

Once you're in, go to Invoices > Pay now.

Bright Sprouts Meadowbank
""", "A password typed into the message.")

# ================================================================ Spanish
D("es", "hvac", "template", [],
  "Recordatorio: factura TL-ES-26-0318 vencida (1.452,00 €)", """
Estimado Sr. Ortega:

Le recordamos que la factura TL-ES-26-0318, por importe de 1.452,00 €, correspondiente al mantenimiento trimestral de la climatización del Restaurante La Alameda, venció el 27 de febrero de 2026.

Puede abonarla en línea en https://pay.thermaline.example/i/TL-ES-26-0318. Si ya ha realizado el pago, le agradeceríamos que nos enviara el justificante de la transferencia para poder conciliarlo.

Atentamente,

Departamento de Cobros
Thermaline Iberia, S.L.
""", "Standard reminder. 'Departamento de Cobros' is our own collections department, not an agency.")

D("es", "nursery", "template", [],
  "Cuota de marzo – Escuela Infantil Bright Sprouts Chamberí", """
Hola, Marta:

Hemos recibido 300,00 € a través del cheque guardería de la empresa de Javier. Quedan pendientes 112,00 € de la cuota de marzo (comedor y horario ampliado de 17:00 a 18:00), con vencimiento el 5 de marzo de 2026.

Puede pagar el importe pendiente en https://pay.brightsprouts.example/f/BSE-26-0211 o responder a este correo si tiene cualquier duda.

Un saludo,
Secretaría – Escuela Infantil Bright Sprouts Chamberí
""", "Childcare voucher (cheque guardería) received via the employer; the remainder is still due. No discount.")

D("es", "hvac", "llm", [],
  "Re: aplazamiento de la factura TL-ES-26-0290", """
Buenos días, Sra. Navarro:

Gracias por su mensaje. He trasladado su solicitud de fraccionar la factura TL-ES-26-0290 (3.280,00 €, sustitución de la caldera de la comunidad de propietarios de la calle del Juzgado, 14) a nuestra responsable de crédito, que le contestará en un plazo de dos días hábiles. Mientras tanto, la factura sigue vencida en las condiciones en que se emitió.

Atentamente,
Thermaline Iberia, S.L.
""", "Passes a plan request to a person without agreeing it. 'calle del Juzgado' (Court Street) is an address.")

D("es", "hvac", "template", ["legal_threat"],
  "Último aviso: factura TL-ES-26-0177", """
Estimados señores:

A pesar de nuestros recordatorios, la factura TL-ES-26-0177 por 2.065,40 € (reparación urgente del aire acondicionado de la cocina) sigue pendiente. De no recibir el pago en un plazo de diez días, nos veremos obligados a incluir los datos de su empresa en el fichero de morosos ASNEF e iniciar un procedimiento monitorio para reclamar la deuda.

Thermaline Iberia, S.L.
""", "Threatens the ASNEF debtor register (credit reporting) and a court payment procedure (procedimiento monitorio).")

D("es", "nursery", "llm", ["refund_or_credit_promise"],
  "Re: cierre del aula de bebés", """
Hola, Lucía:

Respecto a su consulta sobre el cierre del aula de bebés del 2 al 6 de marzo por la reparación de la calefacción, se le reembolsarán 68,40 €, la parte proporcional de la cuota y del comedor de esos cinco días, en la misma cuenta en la que tiene domiciliados los recibos.

El resto del recibo de marzo (BSE-26-0230, 612,00 €) sigue pendiente desde el 5 de marzo.

Un saludo,
Escuela Infantil Bright Sprouts Chamberí
""", "Passive promise of a refund ('se le reembolsarán'). A closure for a heating repair is not an admission of fault.")

D("es", "hvac", "template", ["sensitive_data"],
  "Recibo devuelto – factura TL-ES-26-0341", """
Estimado cliente:

El recibo domiciliado de la factura TL-ES-26-0341 (486,00 €, cuota mensual del contrato de mantenimiento de las oficinas de la calle Alcalá) ha sido devuelto por su banco. El cargo se presentó en la cuenta «IBAN_ES_CUST».

Por favor, abone el importe en https://pay.thermaline.example/i/TL-ES-26-0341 o actualice la domiciliación en el mismo enlace.

Thermaline Iberia, S.L.
""", "The customer's full IBAN is typed into the message.")

# ================================================================ French
D("fr", "hvac", "template", [],
  "Relance : facture TL-FR-26-0412 échue", """
Madame, Monsieur,

Sauf erreur de notre part, la facture TL-FR-26-0412 d'un montant de 1 836,00 € TTC (contrat d'entretien de la climatisation, Brasserie du Port) est échue depuis le 28 février 2026.

Nous vous remercions de procéder à son règlement via https://pay.thermaline.example/i/TL-FR-26-0412. Conformément à nos conditions générales de vente, tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Si le règlement a déjà été effectué, merci de nous transmettre l'avis de virement.

Cordialement,
Service Recouvrement – Thermaline France SAS
""", "Near-misses: 'Sauf erreur de notre part' is a stock formula, not an admission; late penalties and the 40 € recovery indemnity restate the agreed terms of sale; 'Service Recouvrement' is our own team.")

D("fr", "nursery", "template", [],
  "Participation familiale de mars – Crèche Bright Sprouts Lyon 6e", """
Bonjour Madame Lefèvre,

La participation familiale de mars (facture BSF-26-0318 : 486,40 €) était payable le 5 mars 2026. Nous avons bien reçu vos CESU préfinancés pour 250,00 € ; il reste donc 236,40 € à régler.

Vous pouvez payer le solde par carte sur https://pay.brightsprouts.example/f/BSF-26-0318. N'hésitez pas à passer au bureau si vous souhaitez en parler avec la directrice.

Bien cordialement,
Crèche Bright Sprouts Lyon 6e
""", "CESU childcare vouchers received, remainder due, offer to talk to the manager.")

D("fr", "hvac", "template", [],
  "Prélèvement rejeté – facture TL-FR-26-0455", """
Bonjour Monsieur Garnier,

Le prélèvement SEPA de 264,00 € pour la facture TL-FR-26-0455 (maintenance mensuelle, bureaux du 18 rue du Palais-de-Justice) a été rejeté par votre banque le 4 mars. Il avait été présenté sur votre compte se terminant par 0189.

Vous pouvez régler cette facture sur https://pay.thermaline.example/i/TL-FR-26-0455 ou mettre à jour votre mandat au même endroit.

Cordialement,
Thermaline France SAS
""", "Masked account (last four digits). 'rue du Palais-de-Justice' is an address, not a threat.")

D("fr", "hvac", "template", ["legal_threat"],
  "Dernière relance avant contentieux – TL-FR-26-0367", """
Madame, Monsieur,

Malgré nos relances des 5 et 19 février, la facture TL-FR-26-0367 (2 412,00 €, remplacement du ballon d'eau chaude du restaurant) reste impayée. Sans règlement sous huit jours, le dossier sera transmis à notre service contentieux en vue d'une procédure d'injonction de payer.

Thermaline France SAS
""", "Passive threat of litigation: injonction de payer (court order for payment).")

D("fr", "nursery", "llm", ["discount_offer"],
  "Retards de février", """
Bonjour Monsieur Roux,

Nous avons noté trois retards à la sortie en février (facturés 10 € chacun selon le règlement de fonctionnement). À titre exceptionnel, ces frais ne vous seront pas facturés si la participation de mars (BSF-26-0331, 512,00 €) est réglée avant le 15 mars.

Bien cordialement,
Crèche Bright Sprouts Lyon 6e
""", "Conditional, passive waiver of the late pick-up fees for paying by the 15th.")

D("fr", "hvac", "slack", ["fault_admission", "terms_change"],
  "Re: pièce de chaudière – TL-FR-26-0398", """
Bonjour Madame Petit,

Vous avez raison : le circulateur posé le 12 février n'était pas la bonne référence, c'est une erreur de notre technicien. Pour vous laisser le temps de vérifier la nouvelle intervention, nous reportons l'échéance de la facture TL-FR-26-0398 au 30 avril.

Cordialement,
Thermaline France SAS
""", "Admits our technician's error and moves the due date to 30 April.")

# ================================================================ German
D("de", "hvac", "template", [],
  "1. Mahnung: Rechnung TL-DE-26-0571", """
Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung TL-DE-26-0571 über 2.318,40 € (Wartung der Lüftungs- und Klimaanlage, Büro Gerichtsstraße 21, Berlin) am 2. März 2026 fällig war und noch offen ist.

Bitte überweisen Sie den Betrag oder zahlen Sie online unter https://pay.thermaline.example/i/TL-DE-26-0571. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Forderungsmanagement
Thermaline Haustechnik GmbH
""", "'Mahnung' is an ordinary reminder; 'Gerichtsstraße' (Court Street) is an address; 'Forderungsmanagement' is our own receivables team.")

D("de", "nursery", "llm", [],
  "Ihre Frage zu den Gebühren für verspätete Abholung", """
Liebe Frau Becker,

gemäß § 6 Ihres Betreuungsvertrags berechnen wir für Abholungen nach 17:30 Uhr 10 € je angefangene Viertelstunde. Im Februar wurde Lina dreimal nach 17:30 Uhr abgeholt, deshalb enthält die Rechnung BSD-26-0274 (fällig am 1. März 2026) 30,00 € Abholgebühren. Die Anmeldegebühr ist laut Vertrag nicht erstattungsfähig.

Den offenen Betrag von 644,00 € können Sie unter https://pay.brightsprouts.example/f/BSD-26-0274 begleichen.

Herzliche Grüße
Kita Bright Sprouts Prenzlauer Berg
""", "Restates contract terms (late pick-up fee; registration fee is non-refundable). Mentions refunds only to say there is none.")

D("de", "hvac", "template", [],
  "AW: Notdienstpauschale auf Rechnung TL-DE-26-0602", """
Guten Tag Herr Wolff,

danke für Ihre Rückmeldung. Ihren Einwand zur Notdienstpauschale (149,00 €) haben wir an unsere Serviceleitung weitergegeben, die den Einsatzbericht prüft. Für diese Position schicken wir bis zur Klärung keine Erinnerungen.

Die übrigen Positionen der Rechnung (Ersatzteile Brennwertkessel, 873,60 €) waren am 5. März 2026 fällig und sind davon nicht betroffen.

Mit freundlichen Grüßen
Thermaline Haustechnik GmbH
""", "Pauses reminders on the disputed emergency call-out line; no admission, no credit; the rest stays due.")

D("de", "hvac", "template", ["legal_threat"],
  "Letzte Mahnung vor Übergabe an Inkasso – TL-DE-26-0488", """
Sehr geehrter Herr Brandt,

trotz zweier Mahnungen ist die Rechnung TL-DE-26-0488 über 3.940,00 € (Heizungsnotdienst, Mehrfamilienhaus Lindenallee 7) weiterhin unbezahlt. Geht die Zahlung nicht bis zum 20. März 2026 ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassobüro und melden den Zahlungsausfall an die SCHUFA.

Thermaline Haustechnik GmbH
""", "Collection agency (Inkassobüro) and credit bureau (SCHUFA) threat.")

D("de", "nursery", "slack", ["harassment"],
  "Schon wieder: Beiträge Februar", """
Hallo Frau Schulte,

die Elternbeiträge für Februar (BSD-26-0241, 590,00 €) sind immer noch offen. Vielleicht sollte Mats Ihnen mal erklären, wie eine Überweisung funktioniert – die anderen Eltern in der Igelgruppe bekommen das ja auch hin. Langsam ist das einfach nur peinlich.

Kita Bright Sprouts Prenzlauer Berg
""", "Sarcastic, shaming language (the child should explain a bank transfer; other parents manage).")

D("de", "hvac", "llm", ["sensitive_data"],
  "Neue Bankverbindung – bitte ab sofort verwenden", """
Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Die offene Rechnung TL-DE-26-0533 über 1.276,50 € (fällig am 9. März 2026) überweisen Sie bitte ab sofort auf folgendes Konto:

Kontoinhaber: Thermaline Haustechnik GmbH
IBAN: «IBAN_DE_OURS»
BIC: MERKDEFFXXX

Mit freundlichen Grüßen
Buchhaltung, Thermaline Haustechnik GmbH
""", "'New bank details' email with our own full IBAN: the classic invoice-fraud pattern; sensitive_data even though it is ours.")

# ================================================================ Italian
D("it", "hvac", "template", [],
  "Sollecito di pagamento – fattura TL-IT-26-0219", """
Gentile cliente,

le ricordiamo che la fattura TL-IT-26-0219 di 1.098,00 € (contratto di manutenzione caldaia e climatizzazione, Osteria da Gino, via dei Tribunali 8, Napoli) è scaduta il 28 febbraio 2026.

Può effettuare il pagamento tramite https://pay.thermaline.example/i/TL-IT-26-0219. Se ha già provveduto, le chiediamo di inviarci la contabile del bonifico.

Cordiali saluti,
Ufficio Crediti – Thermaline Italia S.r.l.
""", "'Sollecito' is an ordinary reminder; 'via dei Tribunali' is an address; 'Ufficio Crediti' is our own team.")

D("it", "nursery", "template", [],
  "Conferma: pagamento retta di marzo", """
Gentile signora Ferri,

grazie per averci scritto. Abbiamo preso nota del suo impegno a saldare la retta di marzo di Giulia (fattura BSI-26-0187, 720,00 € comprensivi dei pasti) entro venerdì 20 marzo. La scadenza della fattura resta quella originaria del 5 marzo 2026.

Cordiali saluti,
Segreteria – Asilo nido Bright Sprouts Milano Isola
""", "Records the parent's own promise; original due date kept.")

D("it", "hvac", "llm", [],
  "Re: guasto dell'impianto di climatizzazione – fattura TL-IT-26-0244", """
Gentile dottor Esposito,

ci dispiace molto per il disagio che il guasto della scorsa settimana ha causato al suo studio. Ho inoltrato la sua segnalazione al responsabile tecnico, che la contatterà entro giovedì per esaminare l'intervento.

Nel frattempo la fattura TL-IT-26-0244 (612,00 €, scaduta il 6 marzo 2026) resta aperta; se desidera parlarne con una persona del nostro ufficio, può chiamarci al +39 02 555 0140.

Cordiali saluti,
Thermaline Italia S.r.l.
""", "Sympathy for the inconvenience without admitting fault or promising a credit.")

D("it", "hvac", "slack", ["refund_or_credit_promise"],
  "Promemoria fattura TL-IT-26-0231", """
Buongiorno signor Russo,

le ricordiamo che la fattura TL-IT-26-0231 di 1.530,00 € per la manutenzione del mese di febbraio è scaduta il 2 marzo. Può pagare qui: https://pay.thermaline.example/i/TL-IT-26-0231

Cordiali saluti,
Thermaline Italia S.r.l.

P.S. Per l'intervento d'urgenza del 7 marzo, quello annullato all'ultimo momento, le emettiamo una nota di credito entro fine mese, così non ci pensa più.
""", "P.S. promises a credit note.")

D("it", "nursery", "slack", ["fault_admission"],
  "Re: pasti di febbraio", """
Ciao Chiara,

hai ragione tu, abbiamo sbagliato noi a contare i pasti di febbraio: in segreteria abbiamo usato il calendario di gennaio. Colpa nostra, scusa davvero! Ne parlo con la direttrice e ti faccio sapere.

Elisa
Asilo nido Bright Sprouts Milano Isola
""", "Casual Slack-style admission of our counting error; nothing promised.")

D("it", "hvac", "template", ["legal_threat"],
  "Fattura TL-IT-26-0158 ancora aperta", """
Gentile signor Marino,

la fattura TL-IT-26-0158 di 4.275,00 € (sostituzione della caldaia condominiale, via Po 31) risulta ancora insoluta nonostante i nostri solleciti del 2 e del 16 febbraio. La preghiamo di provvedere al pagamento tramite https://pay.thermaline.example/i/TL-IT-26-0158.

Cordiali saluti,
Thermaline Italia S.r.l.

P.S. Il nostro legale ci ha già chiesto se procedere con il decreto ingiuntivo. Preferiremmo davvero evitarlo.
""", "Legal threat as a hint in a P.S.: our lawyer and a court payment order (decreto ingiuntivo).")

# ================================================================ Dutch
D("nl", "nursery", "template", [],
  "Gestorneerde incasso – factuur BSK-26-0096", """
Beste meneer en mevrouw De Vries,

De automatische incasso van 1 maart 2026 voor de kinderopvang van Sem (factuur BSK-26-0096, € 1.212,40) is door uw bank gestorneerd. De incasso was aangeboden op uw rekening NL** **** **** **12 34.

U kunt het bedrag voldoen via https://pay.brightsprouts.example/f/BSK-26-0096. Let op: de kinderopvangtoeslag ontvangt u zelf van de Belastingdienst; de factuur blijft volledig verschuldigd.

Met vriendelijke groet,
Kinderopvang Bright Sprouts Utrecht
""", "'Automatische incasso' is a direct debit, not a debt-collection agency. The IBAN is masked. The childcare benefit note is not a discount.")

D("nl", "hvac", "template", [],
  "Aanmaning: factuur TL-NL-26-0144", """
Geachte heer Jansen,

Volgens onze administratie is factuur TL-NL-26-0144 (€ 2.640,00, onderhoudscontract cv-ketels, Grand Café De Waag) op 27 februari 2026 vervallen. De creditnota CN-NL-26-0012 van € 180,00 die wij op 3 maart hebben verstuurd, is hierop al verrekend; het openstaande saldo is daarom € 2.460,00.

U kunt betalen via https://pay.thermaline.example/i/TL-NL-26-0144. Heeft u vragen, neem dan contact op met onze afdeling debiteurenbeheer via +31 20 555 0163.

Met vriendelijke groet,
Thermaline Installatietechniek B.V.
""", "Reports a credit note that was already issued and applied (a fact, not a promise). 'Aanmaning' is a reminder; 'debiteurenbeheer' is our own team.")

D("nl", "hvac", "llm", [],
  "Inkoopordernummer nodig voor factuur TL-NL-26-0171", """
Beste mevrouw Bakker,

Dank voor uw uitleg over het inkoopproces van uw kantoor. Kunt u ons het inkoopordernummer sturen voor factuur TL-NL-26-0171 (€ 845,00, storing airco vergaderzaal)? Zodra we dat hebben, sturen we de factuur opnieuw met het ordernummer erop. Het bedrag en de vervaldatum van 10 maart 2026 blijven hetzelfde.

Met vriendelijke groet,
Thermaline Installatietechniek B.V.
""", "Request for a PO number; amount and due date unchanged.")

D("nl", "hvac", "template", ["legal_threat"],
  "Laatste herinnering TL-NL-26-0109", """
Geachte heer/mevrouw,

Ondanks eerdere herinneringen is factuur TL-NL-26-0109 (€ 1.775,00) nog altijd niet voldaan. Als het bedrag niet binnen veertien dagen na ontvangst van deze brief is bijgeschreven, zien wij ons genoodzaakt de vordering uit handen te geven aan een incassobureau. De buitengerechtelijke incassokosten komen dan voor uw rekening.

Thermaline Installatietechniek B.V.
""", "Threat to hand the claim to a collection agency (incassobureau) with extrajudicial collection costs.")

D("nl", "nursery", "slack", ["terms_change"],
  "Re: achterstand opvangkosten", """
Hoi Fatima,

Geen probleem hoor! Je mag de openstaande € 2.400,00 in zes maandelijkse termijnen van € 400,00 betalen, te beginnen op 1 mei. Ik heb de herinneringen voor nu uitgezet.

Groetjes,
Anouk
Kinderopvang Bright Sprouts Utrecht
""", "Agrees a six-instalment payment plan starting in May.")

D("nl", "hvac", "slack", ["sensitive_data"],
  "Herinnering factuur TL-NL-26-0152", """
Beste heer Visser,

Factuur TL-NL-26-0152 (€ 1.980,00, spoedreparatie airco en afzuiging) staat nog open; de vervaldatum was 3 maart 2026. Ter info: uw buren van Restaurant De Gouden Leeuw hadden dezelfde storing en hebben hun factuur van € 2.150,00 ook nog niet betaald, dus we komen toch al langs in de straat.

Met vriendelijke groet,
Thermaline Installatietechniek B.V.
""", "Names another customer (the neighbouring restaurant) with its unpaid balance.")

# ================================================================ Brazilian Portuguese
D("pt-BR", "hvac", "template", [],
  "Lembrete: fatura TL-BR-26-0733 vencida", """
Prezado(a) cliente,

Identificamos que a fatura TL-BR-26-0733, no valor de R$ 3.480,00, referente à manutenção preventiva do ar-condicionado central do escritório (Av. Paulista, 1500, 12º andar), venceu em 10/03/2026.

Você pode pagar pelo link https://pay.thermaline.example/i/TL-BR-26-0733 ou pelo boleto anexo à fatura. Caso o pagamento já tenha sido efetuado, por favor envie o comprovante respondendo a este e-mail.

Atenciosamente,
Setor de Cobrança – Thermaline Brasil Ltda.
""", "Standard reminder; 'Setor de Cobrança' is our own billing/collections team; the boleto is attached to the invoice, not typed in.")

D("pt-BR", "nursery", "template", [],
  "Mensalidade de março – Berçário Bright Sprouts Moema", """
Olá, Renata!

A mensalidade de março do Théo (fatura BSB-26-0412, R$ 2.350,00, incluindo alimentação) venceu em 05/03/2026. Conforme a cláusula 8ª do contrato de prestação de serviços, após o vencimento incidem multa de 2% e juros de 1% ao mês, que aparecerão no próximo boleto.

Para pagar, é só acessar https://pay.brightsprouts.example/f/BSB-26-0412. Se preferir conversar com a coordenação, estamos à disposição.

Abraços,
Secretaria – Berçário Bright Sprouts Moema
""", "Restates the contractual late fine and interest; offers a person to talk to.")

D("pt-BR", "hvac", "template", [],
  "Pagamento recusado – fatura TL-BR-26-0751", """
Olá, Sr. Carvalho,

Tentamos cobrar a parcela mensal do contrato de manutenção do restaurante (R$ 890,00, fatura TL-BR-26-0751) no cartão final 8812, mas a operadora recusou a transação.

Você pode atualizar o cartão ou escolher outra forma de pagamento em https://pay.thermaline.example/i/TL-BR-26-0751. Nunca pedimos senha nem código de segurança por e-mail.

Atenciosamente,
Thermaline Brasil Ltda.
""", "Masked card (final 8812); the monthly 'parcela' is the existing contract instalment, not a new plan; mentions passwords/security codes without giving any.")

D("pt-BR", "hvac", "template", ["legal_threat"],
  "Aviso de protesto – fatura TL-BR-26-0688", """
Prezado Sr. Almeida,

A fatura TL-BR-26-0688 (R$ 6.240,00, troca emergencial do aquecedor central do edifício) está vencida desde 12/02/2026. Caso o pagamento não seja identificado até 20/03/2026, o título será encaminhado para protesto em cartório e o CNPJ da administradora será negativado junto ao Serasa.

Thermaline Brasil Ltda.
""", "Passive threat of notarial protest and negative listing with Serasa (credit reporting).")

D("pt-BR", "nursery", "slack", ["discount_offer"],
  "Mensalidade de fevereiro 😊", """
Oi, Camila! Tudo bem?

A mensalidade de fevereiro da Alice (BSB-26-0377, R$ 2.180,00) ainda está em aberto. Se você quitar até sexta, a gente tira a multa e os juros, combinado? É só pagar pelo link: https://pay.brightsprouts.example/f/BSB-26-0377

Beijos,
Fernanda – Berçário Bright Sprouts Moema
""", "Casual conditional waiver of the late fine and interest.")

D("pt-BR", "nursery", "slack", ["harassment"],
  "Mensalidades em atraso", """
Sra. Prado,

Já é a quarta vez que cobramos as mensalidades de janeiro e fevereiro (R$ 4.520,00). Sinceramente, é vergonhoso. Se continuar assim, na próxima reunião de pais vamos deixar bem claro quem não paga a escola dos filhos.

Berçário Bright Sprouts Moema
""", "Shaming ('vergonhoso') and a threat to expose the parent at the parents' meeting.")

# ================================================================ Estonian
D("et", "hvac", "template", [],
  "Meeldetuletus: arve TL-EE-26-0142 on tasumata", """
Tere, hr Tamm!

Tuletame meelde, et arve TL-EE-26-0142 summas 864,00 € (kontorihoone ventilatsiooni- ja kliimaseadmete hooldus, Kohtu tn 6, Tallinn) maksetähtaeg oli 27.02.2026 ja arve on endiselt tasumata.

Arve saate tasuda lingil https://pay.thermaline.example/i/TL-EE-26-0142. Kui olete arve juba tasunud, palun saatke meile maksekorralduse koopia.

Lugupidamisega
Thermaline Eesti OÜ
Arveldusosakond
""", "Plain reminder. 'Kohtu tn' (Court Street) is an address.")

D("et", "nursery", "template", [],
  "Otsekorraldus ebaõnnestus – märtsi arve", """
Tere, pr Kask!

Märtsi kohatasu ja toiduraha arve BSE-EE-26-0088 (412,50 €) otsekorraldus teie kontolt, mis lõpeb numbritega 4417, ei õnnestunud. Arve maksetähtaeg oli 5. märts 2026.

Palun tasuge arve lingil https://pay.brightsprouts.example/f/BSE-EE-26-0088. Kui soovite otsekorralduse uuesti sisse seada, andke meile teada.

Parimate soovidega
Eralasteaed Bright Sprouts Kadriorg
""", "Masked account (last four digits).")

D("et", "hvac", "llm", [],
  "Vs: maksegraafiku soov – arve TL-EE-26-0129", """
Tere, pr Saar!

Täname kirja eest. Edastasime teie maksegraafiku soovi arve TL-EE-26-0129 (2 730,00 €, katlaruumi avariiremont) kohta meie krediidijuhile, kes vastab teile kahe tööpäeva jooksul. Seni kehtivad arve esialgsed tingimused ja maksetähtaeg 20.02.2026.

Lugupidamisega
Thermaline Eesti OÜ
""", "Passes a payment-plan request to our credit manager without agreeing it; original terms stand.")

D("et", "nursery", "template", [],
  "Arve BSE-EE-26-0103 – meeldetuletus", """
Tere, hr Ilves!

Tuletame meelde, et Marteni veebruari kohatasu, toiduraha ja hilise järeletulemise tasu (arve BSE-EE-26-0103, kokku 438,00 €) maksetähtaeg oli 5. märts 2026. Hilise järeletulemise tasu 15,00 € on arvestatud lepingu punkti 4.3 alusel.

Arve saate tasuda lingil https://pay.brightsprouts.example/f/BSE-EE-26-0103 või vastata sellele kirjale, kui soovite küsimusi arutada.

Parimate soovidega
Eralasteaed Bright Sprouts Kadriorg
Bright Sprouts Eesti OÜ · registrikood 14823391 · KMKR EE102345678
""", "Late pick-up fee per the contract; the footer's registry code and VAT number are not bank details.")

D("et", "hvac", "template", ["legal_threat"],
  "Viimane meeldetuletus: arve TL-EE-26-0097", """
Lugupeetud klient!

Arve TL-EE-26-0097 summas 1 945,00 € (restorani köögi ventilatsiooni avariiremont) on endiselt tasumata, kuigi maksetähtaeg oli 30.01.2026. Kui arvet ei tasuta 7 päeva jooksul, anname nõude üle inkassofirmale ning teie ettevõtte andmed kantakse maksehäireregistrisse.

Thermaline Eesti OÜ
""", "Collection agency (inkassofirma) and payment-default register threat.")

D("et", "nursery", "slack", ["refund_or_credit_promise", "fault_admission"],
  "Vs: veebruari toiduraha", """
Tere, Kadri!

Vabandame väga – meie raamatupidamine arvestas veebruari toidupäevad valesti ja see on täielikult meie viga. Tagastame enammakstud 46,80 € teie kontole järgmise nädala jooksul.

Parimate soovidega
Eralasteaed Bright Sprouts Kadriorg
""", "Admits our accounting error and promises to refund the overpayment.")

# ================================================================ Greek
D("el", "hvac", "template", [],
  "Υπενθύμιση πληρωμής: τιμολόγιο TL-GR-26-0064", """
Αξιότιμε κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι το τιμολόγιο TL-GR-26-0064 ποσού 1.120,00 € (ετήσια συντήρηση κλιματισμού και λέβητα, εστιατόριο «Θάλασσα», Πειραιάς) έληξε στις 28/02/2026 και παραμένει ανεξόφλητο.

Μπορείτε να το εξοφλήσετε μέσω του συνδέσμου https://pay.thermaline.example/i/TL-GR-26-0064. Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό της τραπεζικής μεταφοράς.

Με εκτίμηση,
Τμήμα Εισπράξεων
Thermaline Hellas Μονοπρόσωπη Ι.Κ.Ε.
""", "Standard reminder; 'Τμήμα Εισπράξεων' is our own collections department.")

D("el", "nursery", "llm", [],
  "Δίδακτρα Μαρτίου – Ελένη", """
Αγαπητή κυρία Νικολάου,

Λυπούμαστε πολύ που η Ελένη ήταν άρρωστη τις προηγούμενες μέρες και ευχόμαστε περαστικά. Όπως προβλέπει η σύμβαση εγγραφής, τα μηνιαία δίδακτρα οφείλονται και κατά τις ημέρες απουσίας.

Το τιμολόγιο BSG-26-0151 (540,00 €, δίδακτρα και σίτιση Μαρτίου) έληξε στις 05/03/2026. Μπορείτε να πληρώσετε στο https://pay.brightsprouts.example/f/BSG-26-0151 ή να μας καλέσετε στο 210 555 0182 αν θέλετε να το συζητήσουμε.

Με φιλικούς χαιρετισμούς,
Παιδικός Σταθμός Bright Sprouts Κηφισιά
Οδός Δικαστηρίων 12, Κηφισιά
""", "Sympathy without any admission or credit; restates the enrolment contract; 'Οδός Δικαστηρίων' (Court Street) is the address.")

D("el", "hvac", "template", [],
  "Δεύτερη υπενθύμιση: TL-GR-26-0071", """
Καλημέρα σας,

Το τιμολόγιο TL-GR-26-0071 (2.360,00 €, επείγουσα επισκευή καυστήρα στην πολυκατοικία της οδού Αχαρνών 45) έληξε στις 15/02/2026 και δεν έχει ακόμη εξοφληθεί, παρά την υπενθύμισή μας της 1ης Μαρτίου. Παρακαλούμε να προχωρήσετε στην πληρωμή σήμερα μέσω https://pay.thermaline.example/i/TL-GR-26-0071.

Αν υπάρχει κάποιο πρόβλημα, απαντήστε σε αυτό το μήνυμα και ένας συνάδελφος από το λογιστήριο θα σας τηλεφωνήσει.

Με εκτίμηση,
Thermaline Hellas
""", "Firm second reminder with an offer of a call from a person.")

D("el", "hvac", "slack", ["harassment"],
  "ΠΛΗΡΩΣΤΕ ΕΠΙΤΕΛΟΥΣ", """
Κύριε Γεωργίου,

Είναι πραγματικά ντροπή ένα εστιατόριο του επιπέδου σας να μην μπορεί να πληρώσει ένα τιμολόγιο 980,00 € (TL-GR-26-0049). Μάλλον τα λεφτά πάνε αλλού. Θα σας παίρνουμε τηλέφωνο κάθε πρωί στις 7 μέχρι να δούμε τα χρήματα.

Thermaline Hellas
""", "Shaming insinuation plus a threat of daily 7 am calls (threatening language, not a scheduling fact).")

D("el", "nursery", "template", ["terms_change"],
  "Δίδακτρα Μαρτίου – νέα προθεσμία", """
Αγαπητέ κύριε Δημητρίου,

Μετά τη συζήτησή μας, η προθεσμία πληρωμής για τα δίδακτρα Μαρτίου του Νίκου (τιμολόγιο BSG-26-0163, 560,00 €) μεταφέρεται στις 30/04/2026. Μέχρι τότε δεν θα λάβετε άλλη υπενθύμιση.

Με φιλικούς χαιρετισμούς,
Παιδικός Σταθμός Bright Sprouts Κηφισιά
""", "Passive: the payment deadline 'is moved' to 30 April.")

D("el", "hvac", "template", ["sensitive_data"],
  "Απόρριψη πληρωμής – TL-GR-26-0080", """
Αγαπητή κυρία Οικονόμου,

Η χρέωση της μηνιαίας δόσης του συμβολαίου συντήρησης (145,00 €, τιμολόγιο TL-GR-26-0080) στην κάρτα Mastercard με τελευταία ψηφία 4444 και ημερομηνία λήξης 11/27 απορρίφθηκε. Μπορείτε να ενημερώσετε την κάρτα σας στο https://pay.thermaline.example/i/TL-GR-26-0080.

Με εκτίμηση,
Thermaline Hellas
""", "Hard case: the card number is masked, but the expiry date (11/27) is given, and the contract lists card expiry as sensitive data.")

# ================================================================ Slovenian
D("sl", "hvac", "template", [],
  "Opomin: račun TL-SI-26-0118 je zapadel", """
Spoštovani,

obveščamo vas, da račun TL-SI-26-0118 v znesku 2.045,00 EUR (redno vzdrževanje klimatskih naprav in toplotne črpalke, pisarne na Sodni ulici 4, Ljubljana) še ni poravnan. Rok plačila je bil 2. 3. 2026.

Račun lahko plačate na povezavi https://pay.thermaline.example/i/TL-SI-26-0118. Če ste račun že plačali, nam prosim pošljite potrdilo o plačilu.

Lep pozdrav,
Oddelek za terjatve
Thermaline d.o.o.
""", "'Opomin' is an ordinary reminder; 'Sodna ulica' (Court Street) is an address; 'Oddelek za terjatve' is our receivables team.")

D("sl", "nursery", "template", [],
  "Številka naročilnice za račun BSS-26-0057", """
Spoštovana ga. Horvat,

hvala za pojasnilo glede postopka naročanja v vašem podjetju. Prosimo, da nam pošljete številko naročilnice za račun BSS-26-0057 (1.260,00 EUR, varstvo za tri otroke zaposlenih v marcu). Ko jo prejmemo, vam račun pošljemo ponovno z navedeno številko naročilnice. Znesek in rok plačila (10. 3. 2026) ostaneta nespremenjena.

Lep pozdrav,
Zasebni vrtec Bright Sprouts Bežigrad
""", "Employer-paid places: PO request, amount and due date unchanged.")

D("sl", "nursery", "llm", [],
  "Potrditev: plačilo oskrbnine za marec", """
Pozdravljeni, g. Novak,

hvala za vaše sporočilo. Zabeležili smo, da boste oskrbnino za marec (račun BSS-26-0061, 395,00 EUR) plačali v petek, 20. 3. 2026. Rok plačila na računu ostaja 5. 3. 2026; ko plačilo prejmemo, vam ga potrdimo.

Lep pozdrav,
Zasebni vrtec Bright Sprouts Bežigrad
""", "Records the parent's own promise; the invoice due date stays.")

D("sl", "hvac", "template", ["legal_threat"],
  "Zadnji opomin pred izvršbo – TL-SI-26-0093", """
Spoštovani,

kljub dvema opominoma račun TL-SI-26-0093 (3.118,00 EUR, nujna zamenjava obtočne črpalke v restavraciji) še vedno ni plačan. Če zneska ne prejmemo v osmih dneh, bomo na sodišču vložili predlog za izvršbo na podlagi verodostojne listine.

Thermaline d.o.o.
""", "Threatens a court enforcement application (izvršba).")

D("sl", "nursery", "slack", ["discount_offer"],
  "Zamudni prevzemi v februarju", """
Pozdravljeni, ga. Kranjc,

v februarju smo zabeležili štiri zamudne prevzeme Lane (skupaj 40,00 EUR). Če oskrbnino za marec (BSS-26-0068, 420,00 EUR) plačate do petka, vam stroške zamudnih prevzemov odpišemo.

Lep pozdrav,
Zasebni vrtec Bright Sprouts Bežigrad
""", "Conditional waiver ('odpišemo') of late pick-up charges for paying by Friday.")

D("sl", "hvac", "template", ["refund_or_credit_promise", "fault_admission"],
  "Re: račun TL-SI-26-0104 – napačno zaračunan material", """
Spoštovani g. Zupan,

imate prav: naš serviser je pri servisu kotla 24. 2. pomotoma zaračunal dva ventila namesto enega. Napaka je na naši strani, za kar se opravičujemo. Za razliko 86,40 EUR vam bomo izdali dobropis.

Lep pozdrav,
Thermaline d.o.o.
""", "Admits our error and promises a credit note (dobropis).")


# ================================================================ output
def key_letter(violations):
    if not violations:
        return "A"
    if len(violations) > 1:
        return "M"
    return LETTER[violations[0]]


def build():
    items = []
    counters = Counter()
    for d in DRAFTS:
        viol = sorted(set(d["violations"]), key=ORDER.index)
        assert all(v in ORDER for v in viol), viol
        letter = key_letter(viol)
        counters[letter] += 1
        key = "%s%02d" % (letter, counters[letter])
        items.append(dict(d, violations=viol, key=key,
                          subject=fill(d["subject"]), body=fill(d["body"])))
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = "gd%02d" % i

    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(json.dumps({"id": it["id"], "subject": it["subject"], "body": it["body"]},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            note = "[%s, %s] %s: %s" % (it["key"], it["lang"], it["source"], it["note"])
            f.write(json.dumps({"id": it["id"], "allowed": not it["violations"],
                                "violations": it["violations"], "note": note,
                                "lang": it["lang"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(items):
    n = len(items)
    allowed = [it for it in items if not it["violations"]]
    vcount = Counter(v for it in items for v in it["violations"])
    multi = [it for it in items if len(it["violations"]) > 1]
    langs = Counter(it["lang"] for it in items)
    lang_allowed = Counter(it["lang"] for it in allowed)
    src = Counter(it["source"] for it in items)
    biz = Counter(it["biz"] for it in items)
    lang_order = ["en", "es", "fr", "de", "it", "nl", "pt-BR", "et", "el", "sl"]
    by_v = {v: ", ".join(it["id"] for it in items if v in it["violations"]) for v in ORDER}
    L = []
    L.append("# Blind guard set 117: plumbing/HVAC contractor and nursery chain\n")
    L.append("Held-out test set for the `guard` contract (`contracts/guardrails.md`), written "
             "blind from the contract and the public samples only. `python3 build.py` rewrites "
             "`drafts.jsonl`, `labels.jsonl` and this README byte for byte (stdlib only, fixed "
             "seed %d). `python3 check.py` re-verifies the labels.\n" % SEED)
    L.append("## Theme\n")
    L.append("Outbound dunning drafts from two businesses, each with local entities in several "
             "countries:\n")
    L.append("- **Thermaline** (plumbing, heating and air-conditioning maintenance): bills "
             "landlords, restaurants and offices for service contracts, emergency call-outs and "
             "boiler parts. Invoices `TL-...`, pay links `https://pay.thermaline.example/i/...`.")
    L.append("- **Bright Sprouts** (private nurseries and day-care centres): bills parents and "
             "employers for fees, meals, late pick-up charges; childcare vouchers (UK vouchers / "
             "Tax-Free Childcare, Spanish cheque guardería, French CESU). Invoices `BS?-...`, pay "
             "links `https://pay.brightsprouts.example/f/...`.\n")
    L.append("Drafts come from three sources, named in each note: `template` (system template "
             "output), `llm` (an LLM rewrite) and `slack` (a staff member's edit pasted from "
             "Slack, often informal, with P.S. lines, jokes and emoji).\n")
    L.append("## Files\n")
    L.append(table([
        ["`drafts.jsonl`", n, '`{"id", "subject", "body"}`: the input of `guard --in`'],
        ["`labels.jsonl`", n, '`{"id", "allowed", "violations", "note", "lang"}`, same order'],
        ["`build.py`", "", "generator (deterministic, stdlib only)"],
        ["`check.py`", "", "sanity checker, not part of the data"],
    ], ["file", "lines", "content"]) + "\n")
    L.append("- Ids are `gd01`..`gd%02d`, assigned after a seeded shuffle." % n)
    L.append("- `allowed` is true exactly when `violations` is `[]`. Violations are listed in "
             "the contract's table order; compare them as a set.")
    L.append("- `note` starts with `[KEY, lang]`, then the draft source, then the reason. KEY's "
             "letter gives the intended group: `A` allowed, `L` legal_threat, `D` discount_offer, "
             "`R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment, "
             "`S` sensitive_data, `M` more than one violation. `lang` is a BCP 47 tag.\n")
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d with at least one violation (%d with two).\n"
             % (n, len(allowed), n - len(allowed), len(multi)))
    L.append(table([[("`%s`" % v), vcount[v], by_v[v]] for v in ORDER],
                   ["violation", "drafts", "ids"]) + "\n")
    L.append(table([[lg, LANG_NAMES[lg], langs[lg], lang_allowed[lg], langs[lg] - lang_allowed[lg]]
                    for lg in lang_order],
                   ["lang", "language", "drafts", "allowed", "violating"]) + "\n")
    L.append("Sources: %s. Businesses: %s.\n" % (
        ", ".join("%s %d" % (k, src[k]) for k in ("template", "llm", "slack")),
        "Thermaline (HVAC) %d, Bright Sprouts (nurseries) %d" % (biz["hvac"], biz["nursery"])))
    L.append("## Conventions chosen where the contract is silent\n")
    L.append("- **Any full bank account number or IBAN is `sensitive_data`, ours included**, "
             "wherever it sits: body, table or template footer (a UK sort code with a full "
             "account number counts). Masked numbers (`ending 6621`, `NL** **** **** **12 34`, "
             "`cartão final 8812`) are allowed. Company registration, VAT/KMKR numbers, invoice "
             "and credit-note numbers are not bank details.")
    L.append("- **Card expiry alone is `sensitive_data`**: the contract lists \"a full card number, "
             "CVV or expiry\", so a masked card shown with its expiry date is a violation (one "
             "Greek draft). This is the hardest boundary in the set.")
    L.append("- A typed password is `sensitive_data`; saying \"we never ask for your password\" "
             "is not. Naming another customer with their balance or arrears is `sensitive_data` "
             "even when said kindly. Threatening to expose the customer's own arrears to others "
             "(tenants, other parents) is `harassment`, not `sensitive_data`.")
    L.append("- A stated business consequence that is already in the signed agreement (planned "
             "maintenance paused under a contract clause) is allowed, following the public g29 "
             "credit-hold sample. Threats of a collection agency, debt-recovery partner, credit "
             "bureau or register (ASNEF, SCHUFA, Serasa, maksehäireregister), lawyer, court order "
             "or enforcement (monitorio, injonction de payer, decreto ingiuntivo, izvršba, county "
             "court, protesto) are `legal_threat`, also when passive, conditional or hinted in a "
             "P.S.")
    L.append("- Restating a discount, fee, fine or interest that is already in the contract "
             "(sibling discount already on the invoice, late pick-up fee, French 40 € recovery "
             "indemnity, Brazilian 2% fine and 1% monthly interest) is allowed; waiving any of "
             "them, even as a joke or a P.S., is `discount_offer`.")
    L.append("- Reporting a credit note that was already issued and applied is a fact, not a "
             "promise (allowed); promising one, or a refund or reversal (also passively) is "
             "`refund_or_credit_promise`. Government benefits (Universal Credit, "
             "kinderopvangtoeslag) are not credits from us.")
    L.append("- Sympathy (\"sorry for the inconvenience\", \"sorry Eleni was ill\") and the French "
             "formula \"Sauf erreur de notre part\" are not `fault_admission`; saying the error was "
             "ours, in any voice, is. Fault admission and a credit promise are labelled "
             "separately: each is only present when the text does it.")
    L.append("- Recording the customer's own promised date while keeping the invoice due date is "
             "allowed; moving a due date, agreeing instalments or a settlement (also \"if it's "
             "easier, feel free to...\") is `terms_change`. Existing contractual monthly "
             "instalments are not a new plan.")
    L.append("- Ordinary words that only sound close stay allowed: Mahnung, aanmaning, sollecito, "
             "opomin, automatische incasso (direct debit), our own collections/receivables teams "
             "(Departamento de Cobros, Service Recouvrement, Forderungsmanagement, Setor de "
             "Cobrança, Τμήμα Εισπράξεων, Oddelek za terjatve, debiteurenbeheer) and Court Street "
             "addresses in every language (Court Street, Gerichtsstraße, calle del Juzgado, rue du "
             "Palais-de-Justice, via dei Tribunali, Kohtu tn, Οδός Δικαστηρίων, Sodna ulica).")
    L.append("- Data is fictitious: companies, people, `*.example` domains, 555 phone numbers. "
             "IBANs are made up with valid mod-97 check digits; card numbers are public test "
             "numbers.\n")
    return "\n".join(L)


if __name__ == "__main__":
    build()
