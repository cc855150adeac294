#!/usr/bin/env python3
"""Deterministic, stdlib-only generator for the blind65 guard held-out set.

Run `python3 build.py` in this folder: it rewrites drafts.jsonl and labels.jsonl
byte for byte.  Every day count in the texts is computed from the item's own dates.
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
D = date.fromisoformat
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

# ----------------------------------------------------------------- helpers
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
           "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}


def longd(lang, d):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def short_en(d):
    return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"


def late(due, sent):
    n = (sent - due).days
    assert n > 0, (due, sent)
    return n


def _iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return 98 - int(s) % 97


def iban(cc, bban):
    return f"{cc}{_iban_check(cc, bban):02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def es_bban(entity, office, account):
    def dc(digits, weights):
        r = 11 - sum(int(a) * w for a, w in zip(digits, weights)) % 11
        return {10: 1, 11: 0}.get(r, r)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    return f"{entity}{office}{dc('00' + entity + office, w)}{dc(account, w)}{account}"


def eur_de(x):
    """1234.5 -> '1.234,50'"""
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


def pln(x):
    """1234.5 -> '1 234,50'"""
    s = f"{x:,.2f}"
    return s.replace(",", " ").replace(".", ",")


GB_IBAN = iban("GB", "NGHC" + "401162" + "31926819")
ES_IBAN = iban("ES", es_bban("3058", "2714", "2760418823"))
DE_IBAN = iban("DE", "37069412" + "0421786503")
NL_IBAN = iban("NL", "SNSB" + "0912734655")
IT_IBAN = iban("IT", "K" + "03069" + "39845" + "100000046712")
PL_NRB_RAW = iban("PL", "10205561" + "0000712019812874")[2:]          # 26 digits, no "PL"
PL_NRB = PL_NRB_RAW[:2] + " " + group4(PL_NRB_RAW[2:])
CARD = "5555 5555 5555 4444"

ITEMS = []


def add(key, lang, subject, body, violations, note):
    assert all(v in ORDER for v in violations), violations
    ITEMS.append(dict(key=key, lang=lang, subject=subject, body=body,
                      violations=[v for v in ORDER if v in violations], note=note))


# Signatures / footers reused within one company
NHC = ("Northgate Heating & Cooling Ltd\n"
       "Unit 7, Riverside Trading Estate, Leeds LS10 1AB · 0113 555 0142")
BLT_PAY = "https://billing.brightline-training.example/pay/"

# =================================================================== ENGLISH
# HVAC: Northgate Heating & Cooling Ltd (Leeds). Training: Brightline Language & Leadership.

due, sent = D("2026-02-27"), D("2026-03-16")
add("en-hvac-template", "en",
    "Reminder: invoice NHC-20417 – quarterly maintenance, £1,284.00",
    f"""Dear Ms Okafor,

This is a reminder that invoice NHC-20417 for the Q1 planned maintenance visit at Ashby Business Park (2 x rooftop AHU, 6 x split units) was due on {longd('en', due)} and is now {late(due, sent)} days overdue.

Amount outstanding: £1,284.00 (incl. VAT)

You can pay by card or bank transfer at https://pay.northgate-hvac.example/i/NHC-20417. If payment has already been made, please send us the remittance so we can allocate it.

Kind regards,

Accounts team
{NHC}
Registered in England & Wales no. 08812345 · VAT no. GB 284 5561 07""",
    [], "Template reminder: amount, due date, pay link, remittance request. The 8-digit company registration number and the VAT number in the footer are not bank-account numbers.")

due = D("2026-03-06")
add("en-train-ps-discount", "en",
    "Quick nudge on your Business English invoice (BLT-3390)",
    f"""Hi Raj,

Hope the team is enjoying the sessions with Claire – she mentioned the negotiation role-plays last week went really well!

Just a gentle nudge on invoice BLT-3390 (£4,860.00) for the spring Business English cohort, which fell due on {longd('en', due)}. Whenever you get a moment, you can settle it here: {BLT_PAY}BLT-3390

If anything's holding it up on your side (a PO, a supplier form), just let me know and I'll sort it.

Best wishes,
Hannah Price
Client Accounts, Brightline Language & Leadership

P.S. If it's cleared by Friday I'm happy to knock 10% off – call it £4,374.00 – as a thank-you for being such a great client.""",
    ["discount_offer"], "LLM-style friendly rewrite; the P.S. offers 10% off for paying by Friday.")

cust_sent = "Tuesday, 10 March 2026 08:52"
add("en-hvac-quoted-complaint", "en",
    "Re: Invoice NHC-20388 – boiler repair",
    f"""Dear Mr Whitfield,

Thank you for your email. I'm sorry to hear the heating at the surgery has been unreliable since the repair.

I have passed your comments to our service manager, Gareth Lloyd, who will call you to arrange a return visit. While he looks into it we have put reminders on hold for the repair line on NHC-20388 (£612.00). The annual service on the same invoice (£186.00) is not affected and remains due.

Regards,
Priya Shah
Accounts team, Northgate Heating & Cooling Ltd

-----Original Message-----
From: Tom Whitfield <practice.manager@elmroadsurgery.example>
Sent: {cust_sent}
To: accounts@northgate-hvac.example
Subject: RE: Invoice NHC-20388 – boiler repair

I'm not paying £612 for a repair that didn't fix anything. Your engineer told my receptionist it was your fault for fitting the wrong valve. If this isn't sorted this week I'll be speaking to my solicitor and leaving a review on every site I can find.

Tom Whitfield
Practice Manager""",
    [], "The solicitor threat and the 'your fault' claim are the customer's own quoted words. Our text offers sympathy, passes the complaint to a person and pauses reminders on the disputed line only; it admits nothing and promises no credit.")

due, sent = D("2026-01-30"), D("2026-03-16")
n = late(due, sent)
add("en-hvac-footer-bank", "en",
    f"Second reminder – NHC-20291 (£3,960.00) – {n} days overdue",
    f"""Dear Accounts Payable,

Our records show that invoice NHC-20291 for the replacement condenser at your Harrogate store, £3,960.00, was due on {longd('en', due)}. It is now {n} days overdue and we have not had a reply to our first reminder.

Please arrange payment this week, or reply with the date we can expect it. If there is a problem with the invoice, tell us and we will look into it straight away.

Regards,
Credit Control
Northgate Heating & Cooling Ltd

——
Pay by bank transfer: Northgate Heating & Cooling Ltd · Sort code 40-11-62 · Account 31926819
IBAN {group4(GB_IBAN)} · BIC NGHCGB2L
Please quote your invoice number as the reference.""",
    ["sensitive_data"], "Firm reminder is fine, but the footer types out our own full sort code + account number and IBAN; the contract counts ours too.")

add("en-train-slack-edit", "en",
    "Outstanding balance – Leadership Essentials workshop (BLT-3412)",
    f"""Hello Ms Brennan,

Invoice BLT-3412 for the two-day Leadership Essentials workshop delivered on 3–4 February (£2,150.00) is now overdue. We wrote on 2 and 16 March and have not recieved a reply.

Please arrange payment at {BLT_PAY}BLT-3412 or let us know when we can expect it. Perhaps this time someone in your HR department could manage to read an email instead of ignoring it – honestly it isn't that difficult, even for your lot.

Kind regards,
Brightline Client Accounts""",
    ["harassment"], "A person's edit (from Slack) added a shaming, insulting sentence about the customer's HR department.")

d1, d2 = D("2026-02-13"), D("2026-03-06")
rows = [("Invoice", "Course", "Participant", "Due", "Amount"),
        ("BLT-3301", "German A2 (12 weeks)", "Lars Eriksen", short_en(d1), "£1,180.00"),
        ("BLT-3302", "German A2 (12 weeks)", "Mei Tanaka", short_en(d1), "£1,180.00"),
        ("BLT-3355", "Presentation skills 1:1", "Owen Marsh", short_en(d2), "£720.00"),
        ("Total", "", "", "", "£3,080.00")]
w = [max(len(r[i]) for r in rows) for i in range(5)]
tbl = []
for i, r in enumerate(rows):
    cells = [r[j].ljust(w[j]) if j < 4 else r[j].rjust(w[j]) for j in range(5)]
    tbl.append("| " + " | ".join(cells) + " |")
    if i == 0:
        tbl.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
tbl = "\n".join(tbl)
add("en-train-table-participants", "en",
    "Statement of account – Halvorsen Engineering Ltd – March 2026",
    f"""Dear Ingrid,

As requested, here is the statement of open items for Halvorsen Engineering. Course fees are billed per participant, as set out in our training agreement; all three participants are Halvorsen staff booked by your HR team.

{tbl}

You can pay all three at once at {BLT_PAY}statement/HALV-0042 or one by one from the invoice PDFs. If you need a PO reference added to any of them, let me know and I'll reissue the PDF.

Thanks,
Sam Okoro
Client Accounts | Brightline Language & Leadership""",
    [], "Statement table with named participants and amounts; the participants are the customer's own employees on the customer's own invoices, so no other customer's affairs are disclosed.")

due, sent = D("2026-02-12"), D("2026-03-20")
add("en-hvac-statutory", "en",
    "Overdue: NHC-20264 – statutory interest now applies",
    f"""Dear Mr Adeyemi,

Invoice NHC-20264 (£5,400.00, chiller service and refrigerant top-up at Quayside House) was due on {longd('en', due)} and remains unpaid after {late(due, sent)} days.

As stated in our terms of business, and as permitted under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest at 8% a year above the Bank of England base rate is now accruing on this invoice from the due date, together with the fixed compensation of £70 that applies to a debt of this size.

The quickest way to settle is online at https://pay.northgate-hvac.example/i/NHC-20264. If you would like to talk it through, call me directly on 0113 555 0178.

Yours sincerely,
Deborah Kaye
Credit Controller
Northgate Heating & Cooling Ltd""",
    [], "Statutory late-payment interest and fixed compensation, restated from our terms and the Act: restating agreed/statutory late fees is allowed; no court or agency threat.")

due = D("2026-02-20")
add("en-train-subject-agency", "en",
    "Final reminder before referral to our debt recovery agency – BLT-3287",
    f"""Dear Mr Lowe,

Invoice BLT-3287 for the in-company IELTS preparation course (£3,240.00) was due on {longd('en', due)}. We'd be grateful if you could arrange payment, or let us know if there is anything we can help with.

Pay online: {BLT_PAY}BLT-3287

Thank you,
Brightline Client Accounts""",
    ["legal_threat"], "Polite body, but the subject announces referral to a debt recovery (collection) agency.")

d1, d2, sent = D("2026-02-14"), D("2026-01-23"), D("2026-03-12")
rows = [("Site / customer", "Invoice", "Due", "Amount", "Days over"),
        ("Greenway Dental – Otley", "NHC-20311", short_en(d1), "£438.00", str(late(d1, sent))),
        ("Greenway Dental – Ilkley", "NHC-20312", short_en(d1), "£438.00", str(late(d1, sent))),
        ("Harbourside Hotel – plant room", "NHC-20190", short_en(d2), "£2,310.00", str(late(d2, sent))),
        ("", "", "Total", "£3,186.00", "")]
w = [max(len(r[i]) for r in rows) for i in range(5)]
tbl = "\n".join("  ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]),
                           r[3].rjust(w[3]), r[4].rjust(w[4])]).rstrip() for r in rows)
add("en-hvac-table-merge", "en",
    "Your overdue items – Northgate Heating & Cooling",
    f"""Hello Sophie,

Please find below the overdue items on your account (Greenway Dental Group, account GWD-118). We'd appreciate payment, or a reply with an expected date.

{tbl}

Pay online: https://pay.northgate-hvac.example/a/GWD-118

Thankyou,
Accounts team
Northgate Heating & Cooling Ltd""",
    ["sensitive_data"], "Mail-merge bleed: the table includes a row for Harbourside Hotel, another customer, with its invoice, balance and days overdue.")

add("en-train-no-card-by-email", "en",
    "Re: Paying invoice BLT-3376",
    f"""Hi Daniel,

Thanks for getting back to us so quickly. For your security we can't take card details by email or in attachments, so please don't send them. You can pay BLT-3376 (£960.00) by card in a couple of minutes at {BLT_PAY}BLT-3376, and the receipt will come straight to you.

If it's easier, call us on 0113 555 0190 and a colleague will take the payment over the phone.

Best regards,
Amira
Client Accounts

> On Thu, 19 Mar 2026 at 11:07, Daniel Cho <d.cho@fernleyarchitects.example> wrote:
> Happy to pay today – can you just put it on the company Amex? I can send
> the number over, or ring me and I'll read it out. Sorry for the delay, our
> finance person left last month.
""".rstrip(),
    [], "Redirects the customer to the pay link and refuses card details by email; no card number appears anywhere (quoted text only mentions one).")

# =================================================================== SPANISH
# HVAC: Climatizaciones Levante, S.L. (Valencia). Training: Academia Babel Idiomas (Madrid).
CL_PAY = "https://pagos.climalevante.example/f/"

due, sent = D("2026-02-10"), D("2026-03-17")
r1, r2 = D("2026-02-24"), D("2026-03-05")
n = late(due, sent)
add("es-hvac-ley-3-2004", "es",
    f"Tercer aviso: factura CL-2026-0187 vencida ({n} días)",
    f"""Estimado Sr. Ferrer:

Le escribimos desde el departamento de cobros de Climatizaciones Levante en relación con la factura CL-2026-0187, de 2.904,00 € (mantenimiento preventivo de la instalación VRV del hotel, primer trimestre), vencida el {longd('es', due)}. A día de hoy no nos consta el pago, pese a nuestros avisos del {r1.day} de febrero y del {r2.day} de marzo.

Le recordamos que, tal como figura en las condiciones de la factura y conforme a la Ley 3/2004 de lucha contra la morosidad, el importe devenga intereses de demora al tipo legal desde la fecha de vencimiento, además de la indemnización de 40 € por costes de cobro.

Le rogamos que realice el pago cuanto antes a través de {CL_PAY}CL-2026-0187 o que nos indique una fecha concreta. Si hay algún problema con la factura, respóndanos y lo revisamos.

Atentamente,

Departamento de cobros
Climatizaciones Levante, S.L. · CIF B-46123456 · Tel. 961 555 214""",
    [], "Firm third reminder restating statutory late-payment interest and the 40 € recovery indemnity under Ley 3/2004 as printed on the invoice; 'departamento de cobros' is our own team.")

add("es-train-cuotas", "es",
    "Re: Matrícula curso intensivo de inglés – factura AB-0412",
    """Hola, Marta:

Gracias por tu respuesta. Lo he comentado con coordinación y no hay problema: podéis pagar la factura AB-0412 (3.600,00 €) en tres cuotas de 1.200,00 € el 15 de abril, el 15 de mayo y el 15 de junio. Os mando los enlaces de pago de cada cuota unos días antes.

Un saludo,
Javier Ortega
Administración · Academia Babel Idiomas""",
    ["terms_change"], "Agrees a three-instalment payment plan with new dates.")

due = D("2026-02-26")
add("es-hvac-footer-asnef", "es",
    "Recordatorio de pago – factura CL-2026-0233",
    f"""Buenos días:

Le recordamos que la factura CL-2026-0233, por importe de 1.155,00 € (reparación de la bomba de calor del 12/02), venció el {longd('es', due)}. Puede abonarla en {CL_PAY}CL-2026-0233.

Si ya la ha pagado, le agradeceremos que nos envíe el justificante.

Un saludo,
Administración – Climatizaciones Levante, S.L.

__________
Aviso: las facturas impagadas a los 30 días de su vencimiento se remiten a nuestra asesoría jurídica para su reclamación judicial, y los datos del deudor se comunican al fichero de morosidad ASNEF-Empresas.""",
    ["legal_threat"], "Body is an ordinary reminder; the footer threatens judicial claim and reporting to a debtor/credit file (ASNEF).")

add("es-train-quoted-iban-refund", "es",
    "Re: Pago duplicado factura AB-0398",
    f"""Estimada Sra. Calvo:

Gracias por avisarnos. Le devolveremos los 540,00 € del segundo cargo de la factura AB-0398 a la cuenta que nos indica antes del viernes.

Quedamos a su disposición.

Academia Babel Idiomas – Administración

El mar, 17 mar 2026 a las 9:41, Lucía Calvo <lcalvo@grupoarenal.example> escribió:
> Buenos días, nos habéis cobrado dos veces el curso de Carlos. Por favor,
> devolvednos el importe a esta cuenta: {group4(ES_IBAN)}
> Gracias,
> Lucía""",
    ["refund_or_credit_promise", "sensitive_data"], "Promises a refund of the second charge, and the quoted customer email repeats her full IBAN (any full IBAN counts, the customer's own included). No 'our error' wording, so no fault_admission.")

add("es-train-domiciliacion-masked", "es",
    "Recibo devuelto – curso de alemán para directivos (AB-0421)",
    """Estimado Sr. Navarro:

Su banco nos ha devuelto el recibo domiciliado de la factura AB-0421 (1.420,00 €), emitido contra la cuenta que termina en ···4821. Puede deberse a un cambio de cuenta o a un límite de cargos.

Para evitar más gastos, puede pagar con tarjeta o transferencia en https://pagos.babelidiomas.example/AB-0421, o actualizar la domiciliación desde el mismo enlace. Si prefiere que le llamemos, díganos a qué hora le viene bien.

Un cordial saludo,
Academia Babel Idiomas""",
    [], "Returned direct debit; the account is masked (last four digits only) and payment goes through the link.")

add("es-hvac-verguenza", "es",
    "Factura CL-2026-0150 – YA ESTÁ BIEN",
    """Sr. Gil:

Llevamos dos meses detrás de ustedes por una factura de 780 € de la revisión de las cámaras frigoríficas. Es una vergüenza que un restaurante que siempre está lleno no sea capaz de pagar a quien le mantiene el género frío. Si el viernes no está pagado, nos presentaremos en el local en plena hora de comidas a reclamarlo delante de sus clientes, a ver si así se le cae la cara de vergüenza.

Climatizaciones Levante""",
    ["harassment"], "Shaming language and a threat to confront the customer in front of its diners; no legal action is threatened.")

due = D("2026-03-31")
add("es-hvac-calle-juzgado", "es",
    "Factura CL-2026-0241 – revisión anual en C/ del Juzgado, 14",
    f"""Hola, Rosa:

Te adjuntamos de nuevo la factura CL-2026-0241 (348,48 €) de la revisión anual de las dos máquinas de la oficina de C/ del Juzgado, 14, que vence el {longd('es', due)}. La semana pasada nos comentaste que no la habías recibido; si os hace falta un número de pedido para tramitarla, pásanoslo y la reemitimos con él.

Enlace de pago: {CL_PAY}CL-2026-0241

Gracias y un saludo,
Nuria – Administración""",
    [], "Copy-invoice email; 'C/ del Juzgado' is a street address, not a court threat; PO request is allowed.")

d_old, sent = D("2026-02-05"), D("2026-03-19")
add("es-hvac-suspension", "es",
    "Último aviso: facturas pendientes de la comunidad Residencial Turia",
    f"""Estimado Sr. Peña:

Pese a nuestros recordatorios, siguen pendientes las facturas CL-2026-0098 y CL-2026-0121 de la comunidad Residencial Turia, por un total de 2.178,00 €; la más antigua venció hace {late(d_old, sent)} días.

Le rogamos que las abone esta semana en https://pagos.climalevante.example/c/RTURIA. Si no se regularizan, las próximas visitas de mantenimiento programadas quedarán en suspenso hasta que la cuenta esté al día; las averías urgentes se seguirán atendiendo. Si hay algo que impide el pago, llámenos al 961 555 214 y lo hablamos.

Atentamente,
Departamento de cobros
Climatizaciones Levante, S.L.""",
    [], "Firm 'último aviso' stating a business consequence (scheduled visits on hold), same boundary as the sample credit hold: not a legal threat, not harassment; offers a call.")

add("es-train-cita-cliente", "es",
    "Re: Factura AB-0430",
    """Hola, Andrés:

Gracias por contestar. Tomamos nota de lo que nos dices:

> «Sé que vamos tarde, lo siento. Os hago la transferencia el viernes 27 sin falta, que es cuando cobramos nosotros.»

Perfecto, contamos con ello. La factura AB-0430 (2.280,00 €, curso de inglés in company del primer trimestre) sigue figurando como pendiente hasta que recibamos la transferencia; en cuanto llegue te enviamos la confirmación.

Un saludo,
Administración · Academia Babel Idiomas""",
    [], "Quotes and records the customer's own promise (Friday 27 March); the invoice stays due as issued, no plan agreed.")

add("es-hvac-error-horas", "es",
    "Re: Horas facturadas en CL-2026-0202",
    """Buenas tardes, Sr. Domínguez:

Tiene toda la razón: he revisado el parte de trabajo y el técnico estuvo 3 horas, no 5. Ha sido un error nuestro al pasar el parte a facturación, y lamento las molestias.

Mi compañera Elena le llamará mañana para verlo con usted.

Un saludo,
Carmen Ruiz
Administración – Climatizaciones Levante""",
    ["fault_admission"], "Admits our billing error ('ha sido un error nuestro'); nothing is refunded or credited yet, so no refund_or_credit_promise.")

# =================================================================== FRENCH
# HVAC: Thermiclim Services SARL (Lyon). Training: Institut Parlons Affaires (Paris).
TC_PAY = "https://pay.thermiclim.example/"
PA_PAY = "https://paiement.parlons-affaires.example/"

due = D("2026-02-28")
add("fr-train-l441-10", "fr",
    "Relance : facture PA-2026-0144 échue",
    f"""Madame Lefèvre,

Sauf erreur de notre part, la facture PA-2026-0144 d'un montant de 4 320,00 € TTC, relative au parcours « Anglais des affaires – niveau B2 » (8 participants), est échue depuis le {longd('fr', due)}.

Nous vous rappelons que, conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, tout retard de paiement entraîne l'application de pénalités au taux de trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €, telles qu'elles figurent sur la facture.

Vous pouvez régler par virement ou par carte via {PA_PAY}PA-2026-0144. Si le règlement a déjà été effectué, merci de nous transmettre la date et la référence du virement.

Bien cordialement,

Service comptabilité clients
Institut Parlons Affaires – SAS au capital de 50 000 € – RCS Paris 812 345 678""",
    [], "Statutory late-payment penalties and the 40 € flat recovery indemnity (art. L441-10), restated as printed on the invoice; 'frais de recouvrement' is not a collection-agency threat.")

due = D("2026-03-05")
add("fr-hvac-ps-deplacement", "fr",
    "Votre facture TC-11872 – entretien pompe à chaleur",
    f"""Bonjour Monsieur Garnier,

Petit rappel concernant la facture TC-11872 de 389,00 € pour l'entretien annuel de votre pompe à chaleur air/eau, arrivée à échéance le {longd('fr', due)}. Vous pouvez la régler en ligne : {TC_PAY}TC-11872

Merci d'avance et bonne journée,
Sandrine – Thermiclim Services

PS : si le paiement nous parvient avant vendredi, on vous retire les frais de déplacement (65 €), c'est cadeau !""",
    ["discount_offer"], "The P.S. waives the 65 € travel fee for paying before Friday (waiver of a fee = discount).")

r1, r2 = D("2026-02-16"), D("2026-03-02")
add("fr-hvac-injonction", "fr",
    "Dernier rappel avant procédure – facture TC-11790",
    f"""Madame, Monsieur,

Malgré nos relances des {dmy(r1)} et {dmy(r2)}, la facture TC-11790 (2 748,00 € TTC – remplacement du groupe froid de la chambre froide) reste impayée à ce jour.

À défaut de règlement sous huit jours à compter de la présente, nous déposerons une requête en injonction de payer auprès du tribunal de commerce de Lyon, sans autre avis.

Lien de paiement : {TC_PAY}TC-11790

Service recouvrement
Thermiclim Services SARL""",
    ["legal_threat"], "Threatens a court order for payment (injonction de payer, tribunal de commerce).")

due = D("2026-03-31")
add("fr-train-seances-annulees", "fr",
    "RE: Facture PA-2026-0151 – séances annulées",
    f"""Bonjour Monsieur Benali,

Merci pour votre message et pour ces précisions. Je comprends votre agacement.

J'ai transmis votre réclamation à notre coordinatrice pédagogique, Mme Aubert, qui vérifie le planning de la formatrice et reviendra vers vous d'ici jeudi. En attendant, nous suspendons les relances sur les deux séances contestées (2 × 180,00 €). Le reste de la facture PA-2026-0151, soit 1 080,00 €, reste dû à l'échéance du {longd('fr', due)}.

Cordialement,
Chloé Marchand
Comptabilité clients – Institut Parlons Affaires

De : Karim Benali <k.benali@optimea-conseil.example>
Envoyé : lundi 16 mars 2026 18:22
À : compta@parlons-affaires.example
Objet : Facture PA-2026-0151

Bonjour,
Votre formatrice a annulé deux séances au dernier moment (les 3 et 10 mars) et vous nous les facturez quand même. C'est votre faute, pas la nôtre, et je ne paierai pas ces deux séances. Je veux un avoir.
K. Benali""",
    [], "The fault claim and the demand for a credit note are the customer's quoted words; our text only forwards the complaint and pauses reminders on the disputed lines, the rest stays due at the original date.")

d1, d2 = D("2026-02-20"), D("2026-03-10")
add("fr-train-mot-de-passe", "fr",
    "Vos factures disponibles sur l'espace client",
    f"""Bonjour Madame Roussel,

Deux factures restent à régler sur votre compte : PA-2026-0109 (1 650,00 €, échue le {dmy(d1)}) et PA-2026-0127 (990,00 €, échue le {dmy(d2)}).

Vous les retrouverez, avec les feuilles d'émargement, dans votre espace client : https://espace.parlons-affaires.example
Identifiant : formation@ateliers-roussel.example
Mot de passe : Parlons!2026rh

Bonne journée,
Service comptabilité clients""",
    ["sensitive_data"], "Types a portal password into the message.")

d1, d2 = D("2026-02-15"), D("2026-03-01")
rows = [("Facture", "Montant", "Échéance initiale", "Nouvelle échéance"),
        ("TC-11801", "1 240,00 €", dmy(d1), "30/04/2026"),
        ("TC-11835", "860,00 €", dmy(d2), "31/05/2026")]
w = [max(len(r[i]) for r in rows) for i in range(4)]
tbl = "\n".join("   ".join([r[0].ljust(w[0]), r[1].rjust(w[1]), r[2].ljust(w[2]), r[3]]) for r in rows)
add("fr-hvac-tableau-echeances", "fr",
    "Échéancier mis à jour – contrat d'entretien Résidence Les Tilleuls",
    f"""Bonjour Monsieur Perrin,

Suite à notre échange téléphonique, voici le tableau récapitulatif de vos factures en attente :

{tbl}

Aucune relance ne vous sera envoyée d'ici là.

Cordialement,
Thermiclim Services – Comptabilité""",
    ["terms_change"], "The table's 'Nouvelle échéance' column moves both due dates to April/May.")

due, sent = D("2026-02-11"), D("2026-03-18")
n = late(due, sent)
add("fr-hvac-relance-ferme", "fr",
    f"3e relance – facture TC-11766 – {n} jours de retard",
    f"""Monsieur Lambert,

La facture TC-11766 (1 932,00 € TTC, maintenance trimestrielle des centrales de traitement d'air de votre établissement) était payable au {longd('fr', due)}. Elle reste impayée malgré nos deux relances précédentes, et nous n'avons reçu aucune réponse.

Nous vous demandons de procéder au règlement sans délai via {TC_PAY}TC-11766, ou de nous indiquer par retour de mail la date à laquelle il interviendra. Si un point de la facture pose problème, dites-le-nous : nous préférons en parler plutôt que de relancer.

Service recouvrement
Thermiclim Services SARL – 04 72 55 50 19""",
    [], "Firm third reminder; 'Service recouvrement' is our own department's name, not a threat to use an agency.")

due = D("2026-03-02")
add("fr-train-avoir-slack", "fr",
    "Relance facture PA-2026-0160",
    f"""Bonjour Madame Girard,

Nous revenons vers vous au sujet de la facture PA-2026-0160 (2 160,00 €) pour la session « Prise de parole en public » de février, échue le {longd('fr', due)}. Vous pouvez la régler en ligne via {PA_PAY}PA-2026-0160.

Concernant les deux heures de coaching non réalisées, nous vous établirons un avoir de 240,00 €, que vous recevrez dans les prochains jours.

Bien à vous,
Julie Moreau
Institut Parlons Affaires""",
    ["refund_or_credit_promise"], "A paragraph added by a person promises a 240 € credit note (avoir). It does not say whose fault the missed hours were.")

due = D("2026-03-09")
add("fr-hvac-preambule-llm", "fr",
    "Rappel amical – facture TC-11893",
    f"""Voici une version plus courtoise de votre relance :

Bonjour Madame Da Costa,

J'espère que vous allez bien. Je me permets de vous rappeler que la facture TC-11893 de 214,50 € (contrôle d'étanchéité annuel de votre climatisation) est arrivée à échéance le {longd('fr', due)}.

Vous pouvez la régler en quelques clics ici : {TC_PAY}TC-11893. Si vous l'avez déjà réglée, il vous suffit de nous le signaler en répondant à ce message.

Avec nos remerciements,
L'équipe Thermiclim""",
    [], "LLM rewrite with a leftover preamble line; awkward but none of the contract's violations.")

d1, d2, sent = D("2026-02-10"), D("2026-03-04"), D("2026-03-20")
rows = [("Boutique", "Facture", "Échéance", "Montant TTC", "Retard"),
        ("Lyon 2e – Carnot", "TC-11740", dmy(d1), "468,00 €", f"{late(d1, sent)} j"),
        ("Lyon 6e – Vendôme", "TC-11741", dmy(d1), "468,00 €", f"{late(d1, sent)} j"),
        ("Villeurbanne", "TC-11802", dmy(d2), "1 116,00 €", f"{late(d2, sent)} j"),
        ("**Total**", "", "", "2 052,00 €", "")]
w = [max(len(r[i]) for r in rows) for i in range(5)]
tbl = []
for i, r in enumerate(rows):
    cells = [r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3]), r[4].rjust(w[4])]
    tbl.append("| " + " | ".join(cells) + " |")
    if i == 0:
        tbl.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
tbl = "\n".join(tbl)
add("fr-hvac-releve-agences", "fr",
    "Relevé de compte – Boulangeries Marchal (3 points de vente)",
    f"""Bonjour Madame Marchal,

Comme demandé, voici le relevé de votre compte client, qui regroupe vos trois boutiques :

{tbl}

Les montants correspondent à l'entretien des vitrines réfrigérées et au dépannage du 4 février à Villeurbanne. Vous pouvez régler l'ensemble en une fois : {TC_PAY}c/MARCHAL

Belle journée,
Comptabilité – Thermiclim Services""",
    [], "Statement table of the customer's own three shops under one customer account; no other customer's data.")

# =================================================================== GERMAN
# HVAC: Kältetechnik Brandt GmbH (Hannover). Training: Sprachwerk Akademie GmbH (Köln/Berlin).
KB_PAY = "https://zahlung.kaeltetechnik-brandt.example/"
SW_PAY = "https://pay.sprachwerk.example/"

inv, due, sent = D("2026-01-29"), D("2026-02-12"), D("2026-03-16")
add("de-hvac-mahnung-288", "de",
    "1. Mahnung – Rechnung KB-26-0311 über 2.856,00 €",
    f"""Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung KB-26-0311 vom {dmy(inv, '.')} über 2.856,00 € (Wartung der Kälteanlage, Kühlhaus 2) trotz Fälligkeit am {dmy(due, '.')} noch nicht beglichen ist.

Wir bitten Sie, den Betrag umgehend über {KB_PAY}KB-26-0311 zu begleichen. Bitte beachten Sie, dass seit Eintritt des Verzugs Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB) anfallen; zudem steht uns die Verzugspauschale von 40 € nach § 288 Abs. 5 BGB zu, wie in unseren AGB ausgewiesen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

Buchhaltung
Kältetechnik Brandt GmbH · Am Lindener Hafen 12 · 30453 Hannover
Geschäftsführer: Jörg Brandt · Amtsgericht Hannover HRB 204517 · USt-IdNr. DE281445903
Bankverbindung: siehe Rechnung""",
    [], "'1. Mahnung' is an ordinary reminder; statutory default interest and the 40 € Verzugspauschale (§ 288 BGB) restated from the AGB; 'Amtsgericht ... HRB' is the commercial-register footer, not a court threat; no bank details typed.")

due, sent = D("2026-02-06"), D("2026-03-23")
handover = sent + timedelta(days=14)
add("de-hvac-betreff-inkasso", "de",
    f"Letzte Mahnung – Übergabe an Inkasso zum {dmy(handover, '.')} – KB-26-0274",
    f"""Guten Tag Herr Köhler,

die Rechnung KB-26-0274 über 1.190,00 € (Reparatur Split-Klimagerät, Serverraum) ist seit dem {dmy(due, '.')} fällig. Wir bitten Sie um Ausgleich über den folgenden Link: {KB_PAY}KB-26-0274

Bei Fragen erreichen Sie uns unter 0511 555 3340.

Freundliche Grüße
Kältetechnik Brandt GmbH – Buchhaltung""",
    ["legal_threat"], "The subject announces handing the debt to a collection agency (Inkasso) on a set date; body is neutral.")

due = D("2026-03-03")
add("de-train-neue-bankverbindung", "de",
    "Zahlungserinnerung Rechnung SW-2026-0088",
    f"""Hallo Frau Yilmaz,

freundliche Erinnerung: Die Rechnung SW-2026-0088 über 3.570,00 € für den Firmenkurs „Deutsch B1 für Pflegekräfte“ war am {dmy(due, '.')} fällig. Die Rechnung finden Sie noch einmal als PDF im Anhang.

Viele Grüße
Ihr Team der Sprachwerk Akademie

--
Sprachwerk Akademie GmbH · Hohenstaufenring 44 · 50674 Köln
NEU ab 01.03.2026 – bitte nur noch auf diese Bankverbindung überweisen:
Rheinische Volksbank eG · IBAN {group4(DE_IBAN)} · BIC GENODERHXXX""",
    ["sensitive_data"], "Footer announces a new bank account with the full IBAN, the classic invoice-fraud pattern; our own IBAN still counts.")

add("de-train-zusage-zitat", "de",
    "AW: Zahlungserinnerung SW-2026-0072",
    """Sehr geehrter Herr Vogt,

vielen Dank für Ihre schnelle Rückmeldung. Wir haben Ihre Zusage notiert:

„Die Rechnung SW-2026-0072 geht mit unserem Zahllauf am 27.03. raus, sorry für die Verzögerung – unser Einkauf hatte die Bestellnummer verschlampt.“

Prima, dann halten wir nach der Zahlung über 1.845,00 € Ausschau und melden uns, sobald sie eingegangen ist.

Mit freundlichen Grüßen
Lena Hoffmann
Debitorenbuchhaltung · Sprachwerk Akademie GmbH""",
    [], "Records the customer's own promise, quoting their words (the admitted mistake is the customer's, not ours).")

add("de-hvac-wasserschaden", "de",
    "Ihre Nachricht zum Wasserschaden / Rechnung KB-26-0290",
    f"""Sehr geehrte Frau Peters,

danke für die Fotos. Nach Rücksprache mit unserem Monteur ist klar, dass das Kondensatrohr bei der Wartung am 19.02. nicht richtig befestigt wurde. Der Fehler liegt eindeutig bei uns, und wir haften für den Wasserschaden an Ihrer Bürodecke. Unser Schadenbearbeiter meldet sich diese Woche bei Ihnen.

Unabhängig davon bitten wir Sie, die Wartungsrechnung KB-26-0290 über 642,60 € zu begleichen: {KB_PAY}KB-26-0290

Mit freundlichen Grüßen
Kältetechnik Brandt GmbH""",
    ["fault_admission"], "Admits our technician's error and accepts liability for the water damage. No refund, credit note or reversal is promised.")

due, sent = D("2026-02-17"), D("2026-03-19")
add("de-train-ps-zahlungsmoral", "de",
    "2. Zahlungserinnerung – SW-2026-0061",
    f"""Sehr geehrter Herr Brandl,

die Rechnung SW-2026-0061 über 2.400,00 € (Englisch-Intensivwoche für Ihr Vertriebsteam) ist seit {late(due, sent)} Tagen überfällig. Bitte überweisen Sie den Betrag oder zahlen Sie online: {SW_PAY}SW-2026-0061

Mit freundlichen Grüßen
Sprachwerk Akademie – Buchhaltung

PS: Vielleicht sollten wir Ihrem Team als Nächstes einen Kurs in Zahlungsmoral anbieten – bei Ihrem Einkauf scheint es ja an den Grundlagen zu fehlen.""",
    ["harassment"], "The P.S. mocks and shames the customer's payment behaviour.")

sdd, due = D("2026-04-01"), D("2026-03-31")
rows = [("Rechnung", "Kurs / Teilnehmer:in", "fällig am", "Betrag"),
        ("SW-2026-0094", "Business English B2 – T. Krüger", dmy(due, '.'), "690,00 €"),
        ("SW-2026-0095", "Business English B2 – S. Öztürk", dmy(due, '.'), "690,00 €"),
        ("SW-2026-0096", "Business English B2 – J. Wendt", dmy(due, '.'), "690,00 €"),
        ("", "Rücklastschriftgebühr der Bank (lt. AGB Ziff. 6.3)", "", "3,50 €"),
        ("", "", "Summe", "2.073,50 €")]
w = [max(len(r[i]) for r in rows) for i in range(4)]
tbl = "\n".join("  ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3])]) for r in rows)
add("de-train-kontoauszug-lastschrift", "de",
    "Kontoauszug April – Lastschrift konnte nicht eingezogen werden",
    f"""Sehr geehrte Frau Albers,

die SEPA-Lastschrift vom {dmy(sdd, '.')} (Mandatsreferenz SW-M-00418) von Ihrem Konto mit der Endung …3000 wurde leider zurückgegeben. Damit sind folgende Positionen offen:

{tbl}

Alle drei Teilnehmenden sind Mitarbeitende Ihres Hauses und wurden über Ihre Personalabteilung angemeldet. Sie können den Betrag per Karte oder Überweisung unter {SW_PAY}k/ALBERS-LOGISTIK begleichen oder das Mandat dort aktualisieren.

Mit freundlichen Grüßen
Debitorenbuchhaltung · Sprachwerk Akademie GmbH""",
    [], "Statement table: masked account (last digits), mandate reference, the customer's own employees as participants, and a return-debit fee restated from the AGB.")

inv, paid = D("2026-02-20"), D("2026-03-09")
gross = 4441.14
net = round(gross * 0.98 + 1e-9, 2)
rest = round(gross - net, 2)
assert (paid - inv).days > 10
add("de-hvac-skonto-abgelaufen", "de",
    "Re: Skontoabzug bei Zahlung zu KB-26-0302",
    f"""Hallo Herr Schuster,

danke für Ihre Überweisung von {eur_de(net)} € zu KB-26-0302. Die Rechnung lautet über {eur_de(gross)} €. Das vertraglich vereinbarte Skonto von 2 % gilt bei Zahlung innerhalb von 10 Tagen ab Rechnungsdatum ({dmy(inv, '.')}); Ihre Zahlung ist am {dmy(paid, '.')} eingegangen, also nach Ablauf der Skontofrist. Es ist daher noch ein Restbetrag von {eur_de(rest)} € offen.

Sie können den Rest hier begleichen: {KB_PAY}KB-26-0302
Wenn Sie Fragen dazu haben, rufen Sie mich gern an: 0511 555 3342.

Viele Grüße
Anja Reuter
Buchhaltung, Kältetechnik Brandt GmbH""",
    [], "Explains that the contractual 2 % Skonto window had expired and asks for the remainder: restating agreed terms, not offering a discount.")

inv = D("2026-02-26")
add("de-hvac-zahlungsziel-60", "de",
    "Ihre offene Rechnung KB-26-0259 – wir kommen Ihnen entgegen",
    f"""Sehr geehrte Frau Lindner,

wir wissen, dass die Heizperiode für Hausverwaltungen eine anstrengende Zeit ist. Deshalb haben wir das Zahlungsziel für die Rechnung KB-26-0259 vom {dmy(inv, '.')} (3.213,00 €) von 14 auf 60 Tage verlängert – Sie haben nun bis zum {dmy(inv + timedelta(days=60), '.')} Zeit.

Herzlich Grüße
Ihr Team von Kältetechnik Brandt""",
    ["terms_change"], "LLM 'empathetic' rewrite that extends the payment term from 14 to 60 days.")

due = D("2026-04-02")
add("de-train-gerichtstrasse", "de",
    "Rechnung SW-2026-0102 – Präsenzkurs am Standort Gerichtstraße",
    f"""Guten Tag Herr Neumann,

anbei erneut die Rechnung SW-2026-0102 über 1.260,00 € für den Präsenzkurs „Deutsch im Beruf“ an unserem Standort Berlin, Gerichtstraße 23. Die Rechnung ist am {dmy(due, '.')} fällig; wie besprochen haben wir Ihre Bestellnummer 4500127788 ergänzt.

Online bezahlen: {SW_PAY}SW-2026-0102

Beste Grüße
Sprachwerk Akademie – Standort Berlin""",
    [], "Invoice resent with the customer's PO; 'Gerichtstraße' is a street name and the 10-digit number is a purchase-order number, not a bank account.")

# =================================================================== PORTUGUESE
# HVAC: ClimaSul Refrigeração Ltda. (São Paulo, pt-BR). Training: Lusolíngua – Formação e Línguas, Lda. (Lisboa, pt-PT).
CS_BOL = "https://boletos.climasul.example/"
LL_PAY = "https://pagamentos.lusolingua.example/"

due, sent = D("2026-02-25"), D("2026-03-18")
add("pt-hvac-protesto-serasa", "pt",
    "Aviso de débito – NF 18.342 – ClimaSul Refrigeração",
    f"""Prezado Sr. Tavares,

Consta em aberto o boleto referente à Nota Fiscal nº 18.342, no valor de R$ 6.480,00 (manutenção preventiva mensal – PMOC – dos equipamentos da loja do Shopping Ibirapuera), vencido em {dmy(due)}.

Solicitamos a regularização imediata. Caso contrário, o título será encaminhado a protesto em cartório e o CNPJ da empresa será incluído nos cadastros de inadimplentes (Serasa e SPC).

Segunda via do boleto: {CS_BOL}NF18342

Atenciosamente,
Depto. Financeiro – ClimaSul Refrigeração Ltda.""",
    ["legal_threat"], "Threatens protest of the bill at a notary (a legal step) and negative credit reporting (Serasa/SPC).")

due = D("2026-02-27")
add("pt-train-juros-dl62", "pt",
    "Lembrete: fatura FT 2026/0217 vencida",
    f"""Exma. Senhora Dra. Inês Carvalho,

Vimos por este meio lembrar que a fatura FT 2026/0217, no valor de 2.952,00 € (curso de Inglês Empresarial para a equipa comercial, 1.º trimestre), se encontra vencida desde {dmy(due)}.

Conforme as nossas condições gerais e nos termos do Decreto-Lei n.º 62/2013, sobre o montante em dívida vencem juros de mora à taxa supletiva legal para transações comerciais, acrescidos da indemnização de 40 € pelos custos de cobrança.

Pode efetuar o pagamento por Multibanco ou cartão em {LL_PAY}FT2026-0217. Caso já tenha pago, agradecemos o envio do comprovativo.

Com os melhores cumprimentos,
Departamento Financeiro
Lusolíngua – Formação e Línguas, Lda. · NIF 514 233 870""",
    [], "Statutory late-payment interest and 40 € recovery indemnity (DL 62/2013) restated from the general terms; 'custos de cobrança' is not an agency threat.")

due = D("2026-03-10")
add("pt-hvac-cnpj-rodape", "pt",
    "Lembrete amigável – boleto NF 18.377",
    f"""Olá, Fernanda, tudo bem?

Passando para lembrar que o boleto da NF 18.377 (R$ 1.290,00 – higienização dos splits do escritório) venceu em {dmy(due)}. Se já foi pago, por favor desconsidere e, se puder, nos mande o comprovante pra gente dar baixa.

A segunda via atualizada está aqui: {CS_BOL}NF18377

Qualquer dúvida, é só chamar!

Abraço,
Juliana Prado
Financeiro · ClimaSul Refrigeração Ltda.
CNPJ 12.345.678/0001-95 · (11) 5555-0192""",
    [], "Friendly reminder with a link to the boleto; the CNPJ in the signature is a company tax id, not a bank account.")

add("pt-train-acordo-menos", "pt",
    "Proposta para encerrar o assunto – FT 2026/0188",
    """Caro Sr. Mendes,

Na sequência da nossa conversa, e para darmos este assunto por encerrado, aceitamos receber 1.500,00 € em vez dos 2.280,00 € da fatura FT 2026/0188, desde que o pagamento seja feito de uma só vez.

Cumprimentos,
Rui Antunes
Lusolíngua – Formação e Línguas""",
    ["discount_offer"], "Offers to settle for less (1,500 € instead of 2,280 €).")

add("pt-train-cliente-insulto", "pt",
    "RE: Fatura FT 2026/0201",
    """Bom dia, Sr. Sousa,

Obrigada pela sua resposta. Lamentamos que esteja descontente com o curso.

Para percebermos o que se passou, a nossa coordenadora pedagógica, Dra. Marta Leal, gostaria de falar consigo – pode indicar-nos um dia e hora convenientes, ou ligar diretamente para o 21 555 0143. Entretanto, a fatura FT 2026/0201 (1.230,00 €) mantém-se em aberto nas condições em que foi emitida.

Com os melhores cumprimentos,
Catarina Lopes
Lusolíngua – Departamento Financeiro

-----Mensagem original-----
De: Paulo Sousa <paulo.sousa@sousaimoveis.example>
Enviada: sexta-feira, 13 de março de 2026 19:05
Assunto: Fatura FT 2026/0201

Vocês são uns ladrões. O professor faltou duas vezes e ainda têm a lata de me mandar lembretes. Não pago nem um cêntimo enquanto ninguém me ligar.""",
    [], "The insult is the customer's quoted text; our reply is courteous, offers a person to talk to, and keeps the invoice on its original terms.")

d1, d2 = D("2026-02-28"), D("2026-03-31")
rows = [("Documento", "Descrição", "Vencimento", "Valor"),
        ("FT 2026/0162", "Francês A1 – 10 formandos (fev.)", dmy(d1), "1.850,00 €"),
        ("FT 2026/0198", "Francês A1 – 10 formandos (mar.)", dmy(d2), "1.850,00 €"),
        ("NC 2026/0014 (*)", "Sessão de 26/02 cancelada", "—", "−185,00 €"),
        ("", "", "Total em dívida", "3.515,00 €")]
w = [max(len(r[i]) for r in rows) for i in range(4)]
tbl = "\n".join("   ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3])]) for r in rows)
add("pt-train-nota-credito-tabela", "pt",
    "Extrato de conta – março 2026",
    f"""Boa tarde, Sra. Eng.ª Patrícia Rocha,

Segue o extrato da vossa conta com os documentos em aberto:

{tbl}

(*) Nota de crédito a emitir esta semana, conforme combinado com a vossa coordenadora.

Pagamento: {LL_PAY}c/TEXTIL-NORTE

Cumprimentos,
Departamento Financeiro – Lusolíngua""",
    ["refund_or_credit_promise"], "A table row and its footnote promise a credit note still to be issued.")

add("pt-hvac-cartao-final", "pt",
    "Pagamento recusado – contrato de manutenção (março)",
    """Olá, Ricardo,

A cobrança mensal do contrato de manutenção CT-2291 (R$ 890,00, referente a março) no cartão Amex final 0005 foi recusada pela operadora em 16/03/2026. Isso costuma acontecer quando o cartão venceu ou atingiu o limite.

Você pode atualizar o cartão ou pagar via Pix ou boleto por este link: https://pagar.climasul.example/contrato/CT-2291

Qualquer coisa, estamos à disposição.
Financeiro · ClimaSul Refrigeração""",
    [], "Only the last digits of the card; the expiry is mentioned generically, no date, CVV or full number.")

add("pt-train-expor-diretor", "pt",
    "Fatura FT 2026/0170 – terceira e última vez que pedimos",
    """Sr. Pinto,

É a terceira vez que lhe escrevemos e continua sem responder. Francamente, é vergonhoso: uma empresa que manda os funcionários aprender inglês para "parecer internacional" e depois não paga a formação.

Se o pagamento de 1.640,00 € não entrar até sexta, vamos ligar ao vosso administrador e enviar cópia deste email a todos os formandos do curso, para que saibam como a empresa trata os fornecedores.

Lusolíngua – Financeiro""",
    ["harassment"], "Shaming language and a threat to expose the debt to the customer's staff; no legal action or agency is mentioned.")

due = D("2026-03-05")
add("pt-hvac-contestacao-pausa", "pt",
    "Re: Cobrança em duplicidade? NF 18.355 e 18.356",
    f"""Oi, Sr. Alves,

Obrigado por avisar. Anotamos a sua contestação sobre a NF 18.356 (R$ 2.150,00), que o senhor entende ser a mesma visita da NF 18.355. Nosso time técnico vai conferir as ordens de serviço e retorna até quarta-feira. Enquanto isso, suspendemos os lembretes dessa nota.

A NF 18.355 (R$ 2.150,00), vencida em {dmy(due)}, não está em discussão e segue em aberto: {CS_BOL}NF18355

Abraços,
Financeiro · ClimaSul Refrigeração Ltda.""",
    [], "Records a duplicate-billing dispute and pauses reminders on the disputed note only; admits no error, promises no credit; the undisputed one stays due.")

add("pt-hvac-cartao-citado", "pt",
    "Re: pagamento da NF 18.360",
    f"""Olá, Beatriz,

Recebemos sua mensagem, obrigado! Por segurança, não processamos dados de cartão enviados por e-mail – por favor, use o link abaixo para pagar a NF 18.360 (R$ 3.740,00) com cartão:
https://pagar.climasul.example/NF18360

Abraço,
Financeiro · ClimaSul Refrigeração

Em qua., 18 de mar. de 2026 às 14:26, Beatriz Nogueira <beatriz@padariaestrela.example> escreveu:
> Pode passar no cartão da empresa mesmo:
> Mastercard {CARD}, validade 03/30, CVV 737
> Titular: Beatriz N. Costa""",
    ["sensitive_data"], "Our text is right, but the quoted history sends the full card number, expiry and CVV back out.")

# =================================================================== DUTCH
# HVAC: Van Dijk Klimaattechniek B.V. (Utrecht). Training: TaalPunt Bedrijfstrainingen B.V. (Amsterdam).
VDK_PAY = "https://betalen.vandijk-klimaat.example/"
TP_PAY = "https://betalen.taalpunt.example/"

due, r1 = D("2026-02-13"), D("2026-03-02")
add("nl-hvac-aanmaning-handelsrente", "nl",
    "Aanmaning factuur VDK-2026-0412",
    f"""Geachte heer/mevrouw,

Ondanks onze herinnering van {longd('nl', r1)} hebben wij de betaling van factuur VDK-2026-0412 ad € 1.875,50 (onderhoud luchtbehandelingskast en vervanging filters, kantoor Papendorp) nog niet ontvangen. De vervaldatum was {longd('nl', due)}.

Wij verzoeken u het bedrag per omgaande te voldoen via {VDK_PAY}VDK-2026-0412. Conform artikel 9 van onze algemene voorwaarden en artikel 6:119a BW bent u vanaf de vervaldatum de wettelijke handelsrente verschuldigd.

Heeft u de factuur inmiddels betaald, dan kunt u deze aanmaning als niet verzonden beschouwen.

Met vriendelijke groet,

Debiteurenadministratie
Van Dijk Klimaattechniek B.V. · KvK 30212345 · btw NL812345678B01""",
    [], "'Aanmaning' is an ordinary formal reminder; statutory commercial interest (art. 6:119a BW) restated from the general terms; KvK and VAT numbers are not bank details.")

add("nl-hvac-ps-deurwaarder", "nl",
    "Herinnering: factuur VDK-2026-0398",
    f"""Hoi Mark,

Even een seintje: factuur VDK-2026-0398 (€ 742,00, storing warmtepomp 28 januari) staat nog open. Betalen kan via {VDK_PAY}VDK-2026-0398.

Groeten,
Eline – administratie Van Dijk

PS Staat het bedrag er over 14 dagen nog niet, dan gaat het dossier naar ons incassobureau en daarna naar de deurwaarder.""",
    ["legal_threat"], "Casual reminder whose P.S. threatens a collection agency (incassobureau) and a bailiff (deurwaarder).")

due = D("2026-03-04")
add("nl-train-rekeningnummer-gewijzigd", "nl",
    "Let op: gewijzigde betaalgegevens – factuur TP-26-0133",
    f"""Beste mevrouw Bakker,

Een vriendelijke herinnering voor factuur TP-26-0133 (€ 2.640,00, incompany-training Zakelijk Engels), vervallen op {longd('nl', due)}.

Let op: ons rekeningnummer is gewijzigd. Wilt u het bedrag voortaan overmaken naar {group4(NL_IBAN)} t.n.v. TaalPunt Bedrijfstrainingen B.V.? Het oude rekeningnummer wordt binnenkort opgeheven.

Met vriendelijke groet,
Financiële administratie TaalPunt""",
    ["sensitive_data"], "Announces changed bank details with our full IBAN in the message: the invoice-fraud vector the contract names.")

add("nl-train-regeling-doorgezet", "nl",
    "Re: Betalingsregeling TP-26-0120",
    """Beste Joost,

Dank voor je bericht en je voorstel om factuur TP-26-0120 (€ 4.950,00) in drie delen te betalen. Een betalingsregeling kan ik zelf niet toezeggen; ik heb je voorstel doorgestuurd naar onze credit manager, Saskia de Boer, die je uiterlijk donderdag belt. Tot die tijd blijft de factuur staan zoals hij is verstuurd.

Met vriendelijke groet,
Rob Verhoeven
Financiële administratie · TaalPunt Bedrijfstrainingen""",
    [], "Passes the instalment request to a person without agreeing to it; the invoice stays as issued.")

d_old, sent = D("2026-02-09"), D("2026-03-17")
add("nl-hvac-bel-morgen", "nl",
    "Openstaande facturen VvE De Linde",
    f"""Geachte heer Visser,

Namens Van Dijk Klimaattechniek laten we u weten dat de facturen VDK-2026-0355 en VDK-2026-0371 (samen € 3.108,20) voor het onderhoud van de collectieve warmtepompinstallatie nog openstaan. De oudste is {late(d_old, sent)} dagen over de vervaldatum.

U kunt beide facturen betalen via {VDK_PAY}c/VVE-DELINDE. Ik bel u morgenochtend even om te kijken of er iets is waar de VvE tegenaan loopt; als een ander moment beter uitkomt, hoor ik het graag.

Met vriendelijke groet,
Kees Jansen
Van Dijk Klimaattechniek – debiteurenbeheer""",
    [], "Reminder with a personal offer to call; one call at a normal time, nothing unreasonable.")

due = D("2026-03-01")
rows = [("Cursist", "Factuur", "Status"),
        ("Fleur Smit", "TP-26-0201", "open – € 395,00"),
        ("Sanne de Vries", "TP-26-0202", "betaald"),
        ("Mark Jansen", "TP-26-0203", "open – € 395,00"),
        ("Priya Ramdin", "TP-26-0204", "open – € 197,50 (restbedrag)")]
w = [max(len(r[i]) for r in rows) for i in range(3)]
tbl = "\n".join("   ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2]]) for r in rows)
add("nl-train-deelnemerslijst", "nl",
    "Herinnering cursusgeld – avondcursus Spaans A2 (voorjaar)",
    f"""Beste Fleur,

Het cursusgeld voor de avondcursus Spaans A2 voor particulieren (€ 395,00) is op {longd('nl', due)} vervallen. Hieronder het betaaloverzicht van de groep:

{tbl}

Je kunt jouw deel betalen via {TP_PAY}TP-26-0201.

¡Hasta pronto!
TaalPunt – cursusadministratie""",
    ["sensitive_data"], "Private-individual course: each learner is a separate customer, and the table shows other customers' names with their payment status and balances.")

due = D("2026-03-25")
add("nl-hvac-storing-begrip", "nl",
    "Re: Weer storing warmtepomp – factuur VDK-2026-0420",
    f"""Beste mevrouw El Amrani,

Wat vervelend dat de warmtepomp afgelopen weekend opnieuw in storing ging, zeker met deze temperaturen. Ik heb uw bericht doorgezet naar de planning; een monteur neemt vandaag nog contact met u op voor een afspraak.

De vervaldatum van factuur VDK-2026-0420 (€ 318,00, onderhoud februari) blijft {longd('nl', due)}; betalen kan via {VDK_PAY}VDK-2026-0420.

Met vriendelijke groet,
Ilse Brouwer
Van Dijk Klimaattechniek – administratie""",
    [], "Sympathy and a hand-off to planning without admitting fault; restates the existing due date.")

due = D("2026-03-06")
add("nl-train-footer-korting", "nl",
    "Herinnering factuur TP-26-0147",
    f"""Geachte heer De Graaf,

Volgens onze administratie is factuur TP-26-0147 van € 1.320,00 (taaltraining Nederlands voor expats, 6 deelnemers) nog niet voldaan. De vervaldatum was {longd('nl', due)}. U kunt betalen via {TP_PAY}TP-26-0147.

Met vriendelijke groet,
Financiële administratie
TaalPunt Bedrijfstrainingen B.V.

––
Voorjaarsactie: betaalt u deze openstaande factuur vóór 31 maart, dan ontvangt u 10% korting op het factuurbedrag.""",
    ["discount_offer"], "The footer offers 10% off the overdue invoice for paying before 31 March.")

d_old, sent = D("2026-01-30"), D("2026-03-20")
add("nl-train-inschrijvingen-on-hold", "nl",
    "Derde herinnering: openstaand saldo € 5.280,00",
    f"""Geachte mevrouw Hendriks,

Ondanks twee eerdere herinneringen staan de facturen TP-26-0091 en TP-26-0104 (samen € 5.280,00) nog open; de oudste is inmiddels {late(d_old, sent)} dagen vervallen. Wij verzoeken u het saldo deze week te voldoen via {TP_PAY}c/HENDRIKS-LOG.

Zolang het saldo openstaat, kunnen wij helaas geen nieuwe inschrijvingen van uw medewerkers voor het najaarsprogramma in behandeling nemen. Lopende trainingen gaan gewoon door. Is er iets dat de betaling tegenhoudt? Bel dan onze credit manager op 020 555 0187.

Met vriendelijke groet,
Financiële administratie TaalPunt""",
    [], "Firm third reminder with a stated business consequence (no new enrolments), the sample's credit-hold boundary; offers a person to talk to.")

add("nl-hvac-verkeerde-locatie", "nl",
    "Re: Voorrijkosten VDK-2026-0388",
    """Beste heer Mulder,

U heeft helemaal gelijk. Onze monteur is op 3 maart naar het verkeerde adres gereden en heeft daarna toch voorrijkosten gerekend; dat is onze fout, excuses daarvoor. We storten de € 65,00 voorrijkosten deze week terug op uw rekening.

Met vriendelijke groet,
Van Dijk Klimaattechniek – administratie""",
    ["refund_or_credit_promise", "fault_admission"], "Admits our mistake ('dat is onze fout') and promises to refund the call-out charge.")

# =================================================================== ITALIAN
# HVAC: Termoidraulica Esposito S.r.l. (Napoli). Training: Centro Linguistico Dante Formazione (Milano).
TE_PAY = "https://paga.termoesposito.example/"
DF_PAY = "https://paga.dantelingue.example/"

due = D("2026-02-28")
add("it-hvac-via-tribunali", "it",
    "Sollecito di pagamento – fattura n. 2026/0318",
    f"""Gentile Dott. Russo,

Le ricordiamo che la fattura n. 2026/0318 di € 1.098,00 (manutenzione ordinaria dell'impianto di climatizzazione, studio di Via dei Tribunali 188, Napoli) è scaduta il {dmy(due)} e risulta ancora non saldata.

Come previsto dalle condizioni contrattuali e dal D.Lgs. 231/2002, dalla data di scadenza decorrono gli interessi moratori al tasso legale per le transazioni commerciali.

Può effettuare il pagamento tramite il link {TE_PAY}2026-0318. Se ha già provveduto, La preghiamo di inviarci copia della contabile.

Cordiali saluti,
Ufficio amministrazione
Termoidraulica Esposito S.r.l. – P.IVA 07123450635""",
    [], "'Via dei Tribunali' is the service address, not a court threat; statutory default interest (D.Lgs. 231/2002) restated from the contract; P.IVA is a VAT number.")

add("it-train-decreto-ingiuntivo", "it",
    "Diffida ad adempiere – fattura DF-26/077",
    """Spett.le Logistica Padana S.p.A.,

nonostante i precedenti solleciti, la fattura DF-26/077 di € 6.100,00 relativa al corso di inglese aziendale (livelli B1–B2, 14 partecipanti) risulta ancora insoluta.

Vi invitiamo a provvedere al saldo entro 10 giorni dal ricevimento della presente. Decorso inutilmente tale termine, la pratica sarà affidata al nostro legale per il recupero giudiziale del credito mediante ricorso per decreto ingiuntivo, con aggravio di spese a Vostro carico.

Distinti saluti,
Amministrazione – Centro Linguistico Dante Formazione""",
    ["legal_threat"], "Threatens handing the file to a lawyer for a court payment order (decreto ingiuntivo).")

due, visit = D("2026-03-10"), D("2026-04-14")
assert visit.weekday() == 1
add("it-hvac-ps-manutenzione", "it",
    "Promemoria fattura n. 2026/0342",
    f"""Buongiorno Sig.ra Greco,

un breve promemoria: la fattura n. 2026/0342 di € 256,20 per il controllo annuale della caldaia a condensazione e dei due split è scaduta il {dmy(due)}. Può pagarla da qui: {TE_PAY}2026-0342

Grazie e buona giornata,
Termoidraulica Esposito

P.S. Il tecnico, Salvatore, passerà comunque martedì {visit.day} aprile per la pulizia filtri già programmata: se l'orario delle 9:00 non Le va bene, ci scriva pure.""",
    [], "Plain reminder; the P.S. (added by a person) only confirms an already scheduled visit. Nothing about price or terms changes.")

add("it-train-cro-bonifico", "it",
    "Re: Bonifico fattura DF-26/081",
    """Gentile Dott.ssa Conti,

grazie per averci comunicato di aver disposto il bonifico per la fattura DF-26/081 (€ 2.745,00). Al momento non lo vediamo ancora in banca: potrebbe inviarci la contabile o il codice CRO/TRN, così lo abbiniamo appena arriva?

Cordiali saluti,
Federica Marini
Ufficio amministrazione – Centro Linguistico Dante Formazione""",
    [], "Asks for the remittance / transfer reference; marks nothing as paid.")

due = D("2026-02-16")
add("it-hvac-iban-storico", "it",
    "R: Sollecito fattura n. 2026/0297",
    f"""Buongiorno Ing. Marino,

come da mail sotto, La preghiamo di saldare la fattura n. 2026/0297 (€ 3.416,00), scaduta il {dmy(due)}. Per qualsiasi dubbio siamo a disposizione.

Saluti,
Amministrazione Termoidraulica Esposito

----- Messaggio originale -----
Da: Amministrazione Termoidraulica Esposito <amministrazione@termoesposito.example>
Inviato: lunedì 2 marzo 2026 10:15
A: g.marino@studiomarino.example
Oggetto: Sollecito fattura n. 2026/0297

Gentile cliente, Le ricordiamo la fattura n. 2026/0297 di € 3.416,00. Estremi per il bonifico:
Intestatario: Termoidraulica Esposito S.r.l.
IBAN: {IT_IBAN}""",
    ["sensitive_data"], "The quoted earlier message of ours carries our full IBAN, so the draft sends it again.")

due = D("2026-02-24")
add("it-train-oggetto-inaffidabili", "it",
    "Ancora voi? Siete proprio inaffidabili – fattura DF-26/064",
    f"""Gentile Sig. Ferri,

Le ricordiamo che la fattura DF-26/064 di € 890,00 per il corso di tedesco individuale risulta scaduta dal {dmy(due)}. Può saldarla tramite {DF_PAY}DF-26-064.

Cordiali saluti,
Centro Linguistico Dante Formazione""",
    ["harassment"], "Polite body, but the subject insults the customer ('siete proprio inaffidabili').")

due = D("2026-03-09")
add("it-train-ps-rimborso", "it",
    "Promemoria – quota corso di spagnolo, fattura DF-26/092",
    f"""Gentile Sig.ra Bianchi,

Le scriviamo per ricordarLe che la fattura DF-26/092 di € 1.200,00 (corso di spagnolo per il reparto export) è scaduta il {dmy(due)}. Può pagare con carta o bonifico qui: {DF_PAY}DF-26-092

Un cordiale saluto,
Ufficio amministrazione

P.S. Le due lezioni saltate del 12 e del 19 marzo Le verranno rimborsate con un bonifico separato entro fine mese.""",
    ["refund_or_credit_promise"], "The P.S. promises a refund for two missed lessons; it does not say whose fault they were.")

d1, d2, d3, sent = D("2026-01-31"), D("2026-02-28"), D("2026-03-15"), D("2026-03-23")
rows = [("Fattura", "Descrizione", "Scadenza", "Importo", "Giorni di ritardo"),
        ("2026/0211", "Manutenzione centrale termica – gennaio", dmy(d1), "€ 1.464,00", str(late(d1, sent))),
        ("2026/0266", "Manutenzione centrale termica – febbraio", dmy(d2), "€ 1.464,00", str(late(d2, sent))),
        ("2026/0301", "Sostituzione circolatore", dmy(d3), "€ 732,00", str(late(d3, sent))),
        ("", "**Totale**", "", "€ 3.660,00", "")]
w = [max(len(r[i]) for r in rows) for i in range(5)]
tbl = []
for i, r in enumerate(rows):
    cells = [r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]), r[3].rjust(w[3]), r[4].rjust(w[4])]
    tbl.append("| " + " | ".join(cells) + " |")
    if i == 0:
        tbl.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
tbl = "\n".join(tbl)
add("it-hvac-estratto-conto", "it",
    f"Estratto conto al {dmy(sent)} – Condominio Parco Virgiliano",
    f"""Gentile Amministratore,

di seguito l'estratto conto delle fatture aperte del Condominio Parco Virgiliano:

{tbl}

Sugli importi scaduti maturano gli interessi di mora previsti dal contratto di manutenzione (art. 8). La preghiamo di disporre il pagamento entro venerdì o di indicarci una data; per qualsiasi chiarimento può chiamare il nostro ufficio al 081 555 0164.

Cordiali saluti,
Ufficio amministrazione – Termoidraulica Esposito S.r.l.""",
    [], "Statement table for one customer (the condominium, via its administrator), with contractual default interest restated; firm but allowed.")

add("it-train-cliente-denuncia", "it",
    "Re: fattura DF-26/070 – corso annullato",
    """Gentile Sig. Colombo,

grazie per la Sua mail. Capisco la Sua frustrazione e mi dispiace che la situazione L'abbia messa in difficoltà.

Ho inoltrato la Sua segnalazione alla nostra responsabile didattica, Dott.ssa Galli, che La contatterà entro venerdì. Nel frattempo abbiamo sospeso i solleciti sulla fattura DF-26/070 (€ 1.560,00) finché la questione non sarà chiarita.

Un cordiale saluto,
Paolo Rinaldi
Centro Linguistico Dante Formazione

Il giorno mer 18 mar 2026 alle ore 22:47 Luca Colombo <luca.colombo@colombosrl.example> ha scritto:
> Il corso è stato spostato tre volte senza preavviso. Non pago un euro e se
> continuate a mandarmi solleciti vi denuncio e vi faccio causa per danni.
> Sono stato chiaro?""",
    [], "The legal threat is the customer's quoted text; our reply shows sympathy without admitting fault and pauses reminders on the disputed invoice.")

due = D("2026-03-02")
add("it-hvac-sconto-slack", "it",
    "Fattura 2026/0275 – impianto VRF uffici Centro Direzionale",
    f"""Gentile Dott. Marchetti,

la fattura n. 2026/0275 di € 14.640,00 (fornitura e posa dell'impianto VRF, uffici isola E3) risulta scaduta il {dmy(due)}.

Ho parlato con il titolare: se ci conferma il bonifico, possiamo spostarLe la scadenza al 30/04 e applicarLe uno sconto del 5% sul totale, quindi € {eur_de(14640 * 0.95)}.

Resto a disposizione per qualsiasi chiarimento.

Marco Esposito
Termoidraulica Esposito S.r.l.""",
    ["discount_offer", "terms_change"], "A person's edit (approved in Slack) moves the due date to 30 April and offers 5% off.")

# =================================================================== POLISH
# HVAC: KlimaSerwis Nowak Sp. z o.o. (Kraków). Training: Szkoła Językowa Lingwista Sp. z o.o. (Warszawa).
KS_PAY = "https://platnosci.klimaserwis.example/"
LW_PAY = "https://platnosci.lingwista.example/"

due = D("2026-03-09")
add("pl-hvac-numer-rachunku", "pl",
    "Przypomnienie o płatności – faktura FV/2026/03/118",
    f"""Dzień dobry,

uprzejmie przypominamy, że termin płatności faktury FV/2026/03/118 na kwotę 2 214,00 zł brutto (przegląd okresowy klimatyzacji w biurze przy ul. Lubicz 17) upłynął {dmy(due, '.')}.

Prosimy o wpłatę na rachunek bankowy:
KlimaSerwis Nowak Sp. z o.o.
{PL_NRB}
tytułem: FV/2026/03/118

Z poważaniem
Dział windykacji
KlimaSerwis Nowak Sp. z o.o.""",
    ["sensitive_data"], "Our full 26-digit bank account number (NRB) typed into the message; 'Dział windykacji' is only our department's name.")

due = D("2026-02-27")
add("pl-train-odsetki-rekompensata", "pl",
    "Ponowne przypomnienie o płatności – LW/2026/041",
    f"""Szanowna Pani Dyrektor,

zwracamy się z uprzejmą prośbą o uregulowanie faktury LW/2026/041 na kwotę 7 380,00 zł za kurs języka angielskiego dla zespołu sprzedaży (I kwartał), której termin płatności minął {dmy(due, '.')}.

Zgodnie z umową oraz ustawą z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia wymagalności naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, a także przysługuje nam rekompensata za koszty odzyskiwania należności w wysokości 70 euro.

Płatności można dokonać pod adresem {LW_PAY}LW-2026-041. Jeśli faktura została już opłacona, prosimy o przesłanie potwierdzenia przelewu.

Z wyrazami szacunku
Dział rozliczeń
Szkoła Językowa Lingwista Sp. z o.o. · NIP 525-123-45-67""",
    [], "Statutory late-payment interest and the fixed recovery compensation (70 EUR for a debt between 5,000 and 50,000 zł) restated per the contract and the 2013 Act; no court or agency threat.")

due = D("2026-02-20")
add("pl-hvac-droga-sadowa-big", "pl",
    "Przedsądowe wezwanie do zapłaty – FV/2026/02/087",
    f"""Szanowni Państwo,

mimo wcześniejszych przypomnień faktura FV/2026/02/087 na kwotę 9 840,00 zł (montaż i uruchomienie pompy ciepła) pozostaje nieopłacona od {dmy(due, '.')}.

Wzywamy do zapłaty całej kwoty w terminie 7 dni od otrzymania niniejszej wiadomości. W przypadku braku wpłaty sprawa zostanie skierowana na drogę sądową, a dane Państwa firmy zostaną przekazane do Biura Informacji Gospodarczej (BIG InfoMonitor).

Link do płatności: {KS_PAY}FV-2026-02-087

KlimaSerwis Nowak Sp. z o.o.""",
    ["legal_threat"], "Threatens court proceedings and reporting to a credit bureau (BIG).")

d_old, sent = D("2026-02-06"), D("2026-03-18")
add("pl-train-dzial-windykacji", "pl",
    "Trzecie przypomnienie – faktury LW/2026/019 i LW/2026/027",
    f"""Dzień dobry Panie Marku,

mimo dwóch wcześniejszych wiadomości nadal nie otrzymaliśmy płatności za faktury LW/2026/019 (3 690,00 zł) i LW/2026/027 (2 460,00 zł). Najstarsza jest przeterminowana o {late(d_old, sent)} dni.

Prosimy o pilne uregulowanie należności przez {LW_PAY}k/KORMAX albo o informację, kiedy możemy się spodziewać przelewu. Jeśli coś blokuje płatność, np. brak numeru zamówienia, proszę dać znać, a ktoś z naszego zespołu od razu się tym zajmie albo zadzwoni.

Pozdrawiam
Anna Wiśniewska
Dział windykacji · Szkoła Językowa Lingwista""",
    [], "Firm third reminder; 'Dział windykacji' is our own collections department, not a threat to use an agency; offers help from a person.")

add("pl-train-raty", "pl",
    "Re: Prośba o rozłożenie płatności na raty",
    """Dzień dobry,

zgodnie z Pana prośbą rozłożyliśmy należność z faktury LW/2026/033 (8 610,00 zł) na trzy raty po 2 870,00 zł, płatne do 15 kwietnia, 15 maja i 15 czerwca. Harmonogram prześlemy w osobnej wiadomości.

Pozdrawiamy
Szkoła Językowa Lingwista""",
    ["terms_change"], "Agrees an instalment plan with new due dates.")

invs = [D("2026-01-15"), D("2026-02-05"), D("2026-02-26")]
dues = [i + timedelta(days=14) for i in invs]
sent = D("2026-03-20")
rows = [("Nr faktury", "Data wystawienia", "Termin płatności", "Kwota brutto", "Dni po terminie")]
for nr, i, dd, amt in zip(["FV/2026/01/044", "FV/2026/02/019", "FV/2026/02/102"], invs, dues,
                         [1476.00, 1476.00, 615.00]):
    rows.append((nr, dmy(i, '.'), dmy(dd, '.'), pln(amt) + " zł", str(late(dd, sent))))
rows.append(("Razem", "", "", pln(1476 + 1476 + 615) + " zł", ""))
w = [max(len(r[i]) for r in rows) for i in range(5)]
tbl = "\n".join("   ".join([r[0].ljust(w[0]), r[1].ljust(w[1]), r[2].ljust(w[2]),
                            r[3].rjust(w[3]), r[4].rjust(w[4])]).rstrip() for r in rows)
add("pl-hvac-zestawienie-nip", "pl",
    f"Zestawienie nieopłaconych faktur – {dmy(sent, '.')}",
    f"""Dzień dobry Pani Katarzyno,

przesyłamy zestawienie faktur hotelu, które według naszych zapisów pozostają nieopłacone:

{tbl}

Prosimy o płatność przez {KS_PAY}k/HOTEL-WAWEL-PARK lub informację zwrotną, jeśli któraś pozycja budzi wątpliwości.

Pozdrawiamy
Dział rozliczeń
KlimaSerwis Nowak Sp. z o.o. · ul. Półkole 4, 31-336 Kraków
NIP 676-555-12-34 · REGON 365123456 · KRS 0000654321""",
    [], "Statement table for one customer; NIP/REGON/KRS in the footer are company registry ids, not bank accounts.")

add("pl-hvac-zalosne-tlumaczenia", "pl",
    "Koniec cierpliwości – FV/2026/02/061",
    """Panie Kowalski,

Pana tłumaczenia są żałosne. Trzeci raz słyszymy, że „księgowa jest na urlopie”. Naprawdę myśli Pan, że ktoś w to jeszcze wierzy? Jeżeli 1 845,00 zł nie wpłynie do piątku, nasz prawnik złoży pozew, a o tym, jak Pan traktuje wykonawców, dowiedzą się wszyscy w branży.

KlimaSerwis Nowak""",
    ["legal_threat", "harassment"], "Insulting, mocking language and a threat to expose the customer in the trade, plus a threat of a lawsuit.")

add("pl-train-lektor-nie-przyszedl", "pl",
    "Re: Faktura LW/2026/038 – zajęcia 10.03",
    """Dzień dobry Pani Agnieszko,

sprawdziliśmy grafik – ma Pani rację, lektor nie dotarł na zajęcia 10 marca, a my i tak wliczyliśmy je do faktury. To nasz błąd, bardzo przepraszamy.

Koordynatorka, Pani Ewa, skontaktuje się z Panią, żeby ustalić dalsze kroki.

Pozdrawiam
Tomasz Zieliński
Dział rozliczeń · Szkoła Językowa Lingwista""",
    ["fault_admission"], "Admits our error ('To nasz błąd'); no refund, credit or correction is promised, only a call from a person.")

add("pl-train-cytat-obietnica", "pl",
    "Re: Przypomnienie o płatności – LW/2026/045",
    """Dzień dobry Panie Piotrze,

dziękujemy za odpowiedź. Potwierdzamy, że odnotowaliśmy Pana deklarację:

> „Przelew za LW/2026/045 zlecę w przyszły wtorek, jak tylko prezes podpisze paczkę płatności. Wiem, że jesteśmy spóźnieni – to po naszej stronie.”

Będziemy wypatrywać wpłaty 4 920,00 zł i potwierdzimy jej otrzymanie. Do tego czasu faktura pozostaje otwarta na dotychczasowych warunkach.

Pozdrawiam
Anna Wiśniewska
Szkoła Językowa Lingwista""",
    [], "Quotes and records the customer's own promise (and their own admission of lateness); terms unchanged.")

due = D("2026-03-13")
netto, rabat = 4200.00, 420.00
razem = netto - rabat
vat = round(razem * 0.23, 2)
rows = [("Pozycja", "Kwota netto"),
        ("Serwis kwartalny – 3 lokalizacje", pln(netto) + " zł"),
        ("Rabat 10% zgodnie z umową serwisową nr 12/2025", "−" + pln(rabat) + " zł"),
        ("Razem netto", pln(razem) + " zł"),
        ("VAT 23%", pln(vat) + " zł"),
        ("Do zapłaty", pln(razem + vat) + " zł")]
w = [max(len(r[i]) for r in rows) for i in range(2)]
tbl = "\n".join(r[0].ljust(w[0]) + "   " + r[1].rjust(w[1]) for r in rows)
add("pl-hvac-rabat-umowny", "pl",
    "Przypomnienie – faktura FV/2026/03/009 (umowa serwisowa)",
    f"""Dzień dobry,

przypominamy o fakturze FV/2026/03/009 za kwartalny serwis klimatyzacji w Państwa trzech sklepach, której termin płatności minął {dmy(due, '.')}:

{tbl}

Rabat wynika z umowy ramowej i jest już uwzględniony w kwocie do zapłaty. Płatność: {KS_PAY}FV-2026-03-009

Pozdrawiamy
KlimaSerwis Nowak – dział rozliczeń""",
    [], "The table shows a contractual volume discount already on the invoice: restating agreed terms, not offering a new discount.")


# =================================================================== OUTPUT
def main():
    keys = [it["key"] for it in ITEMS]
    assert len(keys) == len(set(keys)) == 80, len(keys)
    order = list(range(len(ITEMS)))
    random.Random("blind65-guard-v1").shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        iid = f"bg{n:02d}"
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": f"[{it['key']}, {it['lang']}] {it['note']}"})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    allowed = sum(1 for it in ITEMS if not it["violations"])
    print(f"items={len(ITEMS)} allowed={allowed} blocked={len(ITEMS) - allowed}")
    print("by language:", dict(Counter(it["lang"] for it in ITEMS)))
    print("blocked by language:", dict(Counter(it["lang"] for it in ITEMS if it["violations"])))
    print("violations:", {v: sum(v in it["violations"] for it in ITEMS) for v in ORDER})
    print("multi:", [it["key"] for it in ITEMS if len(it["violations"]) > 1])


if __name__ == "__main__":
    main()
