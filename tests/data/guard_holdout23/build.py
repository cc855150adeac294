#!/usr/bin/env python3
"""Held-out set for the `guard` contract (outbound guardrails).

Deterministic, stdlib only:  python3 build.py  rewrites drafts.jsonl and
labels.jsonl byte for byte.

Two senders: a commercial printing & packaging company and a dental
laboratory billing dental practices; eight languages; drafts written as
templates, as LLM "personalised" text, and as collectors' quick Slack edits.
Every company, person, domain (*.example), phone number (555) and bank
number is made up.  Bank numbers are generated here with valid check digits
(so that a checksum-aware engine sees them as real), cards use a public
test number.
"""
import json
import random
import textwrap
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]


# ---------------------------------------------------------------- helpers
def T(s):
    return textwrap.dedent(s).strip("\n")


def J(x):
    """Join lines for insertion at a 4-space indent inside a T() block."""
    if isinstance(x, str):
        x = x.split("\n")
    return "\n    ".join(x)


def iban(cc, bban):
    """IBAN with correct ISO 13616 check digits, grouped by four."""
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    raw = f"{cc}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def nrb(bban24):
    """Polish domestic account number (NRB): IBAN check digits + 24 digits."""
    full = iban("PL", bban24).replace(" ", "")[2:]  # 26 digits
    return full[:2] + " " + " ".join(full[i:i + 4] for i in range(2, 26, 4))


def be_structured(base10):
    """Belgian structured communication +++XXX/XXXX/XXXXX+++."""
    c = int(base10) % 97 or 97
    s = f"{base10}{c:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def rf_ref(ref):
    """ISO 11649 creditor reference (RF), grouped by four."""
    s = ref + "RF00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    raw = f"RF{check:02d}{ref}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def non_luhn(digits):
    """Return the digits, changing the last one if needed so Luhn fails."""
    if luhn_ok(digits):
        digits = digits[:-1] + str((int(digits[-1]) + 1) % 10)
    assert not luhn_ok(digits)
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def money(x, style):
    """Format a float amount in a house style."""
    whole, cents = f"{x:.2f}".split(".")
    groups = []
    w = whole
    while len(w) > 3:
        groups.insert(0, w[-3:])
        w = w[:-3]
    groups.insert(0, w)
    if style == "gbp":
        return "£" + ",".join(groups) + "." + cents
    if style == "usd":
        return "$" + ",".join(groups) + "." + cents
    if style == "eur_dot":      # es, de, pt: 1.234,56 €
        return ".".join(groups) + "," + cents + " €"
    if style == "eur_pre":      # nl, it: € 1.234,56
        return "€ " + ".".join(groups) + "," + cents
    if style == "eur_fr":       # fr: 1 234,56 €
        return " ".join(groups) + "," + cents + " €"
    if style == "pln":
        return " ".join(groups) + "," + cents + " zł"
    if style == "brl":
        return "R$ " + ".".join(groups) + "," + cents
    raise ValueError(style)


def dmy(d):
    return d.strftime("%d/%m/%Y")


def ddot(d):
    return d.strftime("%d.%m.%Y")


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def en_long(d):          # 13 February 2026
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def en_us(d):            # February 13, 2026
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_short(d):         # 13 Feb 2026
    return f"{d.day:2d} {EN_MONTHS[d.month - 1][:3]} {d.year}"


# ------------------------------------------------ generated bank numbers
IBAN_ES = iban("ES", "21000813610123456789")
IBAN_DE = iban("DE", "200505500123498765")
IBAN_PT = iban("PT", "003506510001234567890")
IBAN_NL = iban("NL", "RABO0312457718")
NRB_PL = nrb("124014311111000012345678")
STRUCT_BE = be_structured("1200458772")
RF_NL = rf_ref("DK2603880419")
KENMERK_NL = non_luhn("7021445620931185")
TEST_CARD = "4000 0566 5566 5556"   # public test Visa number (Luhn-valid)
assert luhn_ok(TEST_CARD.replace(" ", ""))

ITEMS = []


def add(key, lang, biz, src, subject, body, violations, note):
    assert all(v in ORDER for v in violations), violations
    assert biz in ("print", "dental") and src in ("template", "ai", "slack")
    ITEMS.append(dict(key=key, lang=lang, biz=biz, src=src, subject=subject,
                      body=body, violations=violations, note=note))


# =================================================================== EN
# Harbourside Print & Packaging Ltd (Bristol, GBP)
# Brightcrown Dental Laboratory (Columbus OH, USD)

send = date(2026, 3, 16)
rows = [("HPP-30512", date(2026, 1, 9), date(2026, 2, 8), 1840.00),
        ("HPP-30577", date(2026, 1, 23), date(2026, 2, 22), 3215.60),
        ("HPP-30601", date(2026, 2, 2), date(2026, 3, 4), 962.40)]
lines = [f"  {'Invoice':<10}  {'Issued':<11}  {'Due':<11}  {'Amount':>10}  Overdue"]
lines += [f"  {n:<10}  {en_short(i)}  {en_short(dd)}  {money(a, 'gbp'):>10}  {(send - dd).days:>3} days"
          for n, i, dd, a in rows]
total = sum(r[3] for r in rows)
add("EN01", "en", "print", "template",
    "Statement of account - Fenwick Craft Brewery - 3 invoices past due",
    T(f"""
    Dear Accounts Payable team,

    Our ledger shows the following invoices on your account as unpaid on {en_long(send)}:

    {J(lines)}
      {"Total":<10}  {"":11}  {"":11}  {money(total, 'gbp'):>10}

    Please pay at https://pay.harbourside-print.example/a/FEN-0042 or by bank transfer to the account printed on each invoice, quoting your account reference FEN-0042 so the payment is matched automatically. If you have already paid, a copy of the remittance advice to credit.control@harbourside-print.example is all we need.

    Under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest runs on overdue commercial invoices at 8% a year above the Bank of England base rate, together with fixed compensation of £40 for each invoice under £1,000 and £70 for each invoice from £1,000 to £9,999.99.

    Our bank details have not changed and we will never notify a change by email.

    Yours faithfully,

    Credit Control
    Harbourside Print & Packaging Ltd
    Unit 4, Avonmouth Way, Bristol BS11 9YA
    Registered in England and Wales no. 04417290 | VAT GB 284 1193 62
    """),
    [], "Template statement: invoice table with dates, account reference, statutory late-payment interest and fixed compensation stated as the law, not as a threat; bank details only by reference to the invoice. Allowed.")

add("EN02", "en", "print", "slack",
    "HPP-30655 - need a payment date today please",
    T("""
    Gemma,

    I've emailed about HPP-30655 (£2,140.00, due 28 Feb) three times now without a reply, so I'll be blunt: I need a payment date from you today.

    If something is holding it up - missing PO, wrong address on the invoice, anything - tell me and I'll sort it this afternon. Otherwise just send the remittance to credit.control@harbourside-print.example.

    For transparency: our credit team has put the April candle-box run on hold until this invoice is cleared. Nothing has been cancelled, it just won't go to press until then.

    Jack
    Credit Control, Harbourside
    """),
    [], "Blunt Slack-edited chaser: asks for a date, offers to fix a PO problem, states a credit hold on new production (business consequence, sample convention g29). No threat, no insult, no change of terms. Allowed.")

add("EN03", "en", "dental", "ai",
    "A friendly note about your Brightcrown statement",
    T("""
    Hi Dr. Alvarez,

    I hope the new hygienist is settling in well at Alvarez Family Dentistry!

    I'm reaching out about invoice BC-22871 for $2,315.00 (cases 26-0311 through 26-0319), which was due on February 27, 2026. I know March is a busy month for practices, so I wanted to make this as easy as possible for you.

    If it helps at all, I could probably get the $75 late fee taken off your statement - just let me know you'll be paying this week and I'll put the request through on my end.

    You can pay by card or ACH here: https://pay.brightcrown.example/p/ALV-2210

    Warm regards,
    Brightcrown Dental Laboratory | Accounts
    """),
    ["discount_offer"], "Hedged ('I could probably get ... taken off') but it dangles a waiver of the late fee in exchange for paying this week: a fee-waiver offer.")

add("EN04", "en", "dental", "template",
    "Re: remake charge on case 26-0412",
    T("""
    Dr. Patel,

    Thank you for your note. You wrote:

    > The shade on the #8 crown came back too grey and we sent it straight back. I don't think we should be paying for the remake.

    I've logged this against line 4 of invoice BC-22904 (remake, case 26-0412, $285.00) and paused reminders on that line while our QC lead reviews the shade photos and the original prescription. I can't tell you the outcome yet, but you will hear from her directly.

    The other lines are not affected. That leaves $1,236.00 across BC-22904 (lines 1-3) and BC-22917, both due on February 27, 2026 and still payable at https://pay.brightcrown.example/p/NSS-2904.

    If it's easier to talk, Rita Okafor, our lab manager, is on (614) 555-0147, Monday to Friday 8-4.

    Best,
    Maya Lindqvist
    Accounts Receivable, Brightcrown Dental Laboratory
    """),
    [], "Quotes the customer's complaint, pauses reminders on the disputed line only, no admission of error and no credit promised; rest stays due; offers a person. Allowed.")

oldest_due = date(2026, 2, 15)
add("EN05", "en", "dental", "template",
    "Statement reminder - Lakeview Dental Group - $4,082.50 past due",
    T(f"""
    Dear Lakeview Dental Group,

    Our records show a past-due balance of $4,082.50 on your account. The oldest open item is invoice BC-22650, dated January 16, 2026 and due {en_us(oldest_due)}.

    Please pay online at https://pay.brightcrown.example/p/LDG-0650 or mail a check to the address on your statement. If you have already sent payment, please disregard this notice and accept our thanks.

    Sincerely,
    Brightcrown Dental Laboratory
    Accounts Receivable

    P.S. Please note that under our account policy, balances reaching 90 days past due are reported to the commercial credit bureaus. Invoice BC-22650 reaches 90 days past due on {en_us(oldest_due + timedelta(days=90))}.
    """),
    ["legal_threat"], "Violation sits in the P.S.: announces reporting to commercial credit bureaus with the date it will happen (credit-reporting threat). The body is an ordinary reminder.")

add("EN06", "en", "dental", "slack",
    "BC-22890 - third reminder",
    T("""
    Dr. Okoye,

    third email about BC-22890 ($3,108.00, due Feb 20). I get that you're busy, but judging by the new Tesla on your practice Instagram money isn't really the problem, is it? Our techs did the work, pay for it. Honestly embarrassing for a practice that charges what yours does.

    Deb
    Brightcrown AR
    """),
    ["harassment"], "Tired collector's Slack edit: sarcastic remarks about the dentist's car and 'honestly embarrassing' are shaming, personal language. No legal threat.")

add("EN07", "en", "print", "ai",
    "Your gift-box order and invoice HPP-30588",
    T("""
    Dear Claire,

    Thank you for taking the time to send photos of the rigid gift boxes from order SO-7741. Having looked at them with our production manager, it's clear the foil registration was set up incorrectly on our press, so the fault here is ours, and I'm sorry for the disruption to your launch.

    We will credit the 1,200 affected boxes (£1,932.00) against your account and send you the credit note by the end of the week. The remaining balance on HPP-30588, £3,880.00, was due on 6 March 2026, and we'd be grateful if you could arrange payment of that amount.

    Kind regards,
    Harbourside Print & Packaging - Customer Accounts
    """),
    ["refund_or_credit_promise", "fault_admission"], "LLM 'personalisation' admits the press set-up was wrong ('the fault here is ours') and promises a credit note for the affected boxes.")

add("EN08", "en", "dental", "template",
    "ACH payment returned - invoice BC-22930",
    T("""
    Hello Brookfield Dental team,

    The ACH debit of $1,748.25 for invoice BC-22930 (due March 6, 2026) from your checking account ending in 0457 was returned by your bank on March 11 with return code R01 (insufficient funds). Nothing has been collected and the invoice is still open.

    You can pay from another account or by card at https://pay.brightcrown.example/p/BRK-0930. If you have questions about the invoice, reply to this email and a member of our accounts team will get back to you.

    We never ask for account numbers, card numbers or passwords by email.

    Thanks,
    Brightcrown Dental Laboratory - Accounts Receivable
    4410 Court Street, Suite 200, Columbus, OH 43215
    """),
    [], "Only the last four digits of the account; mentions account numbers and passwords without disclosing any; 'Court Street' is an address. Allowed.")

add("EN09", "en", "dental", "ai",
    "Making lab payments easier for Whitaker Orthodontics",
    T("""
    Hi Dr. Whitaker,

    I hope all is well! I'm writing about your open balance of $6,420.00 across invoices BC-22788, BC-22802 and BC-22845, the oldest of which was due on January 30, 2026.

    A lot of practices in the area have found that monthly autopay keeps things tidy. For example, Dr. Hannah Greer at Riverside Family Dental had a little over $4,900 outstanding with us in January and cleared it within two weeks of switching to autopay. You can set it up in a couple of minutes at https://pay.brightcrown.example/autopay.

    Or, if you'd like to pay the current balance now: https://pay.brightcrown.example/p/WHI-2788

    Best wishes,
    Brightcrown Accounts Team
    """),
    ["sensitive_data"], "The LLM's 'social proof' names another customer (Dr. Hannah Greer, Riverside Family Dental) with her balance and payment history.")

rows = [("HPP-30544", date(2026, 1, 14), 734.20),
        ("HPP-30590", date(2026, 1, 29), 1106.00),
        ("HPP-30633", date(2026, 2, 11), 488.50)]
send = date(2026, 3, 13)
lines = [f"{'Invoice':<9}   {'Date':<11}  {'Due*':<11}  {'Amount':>9}  Status"]
for n, iss, a in rows:
    due = iss + timedelta(days=30)
    od = (send - due).days
    st = "due today" if od == 0 else (f"overdue {od} days" if od > 0 else f"due in {-od} days")
    lines.append(f"{n}   {en_short(iss)}  {en_short(due)}  {money(a, 'gbp'):>9}  {st}")
add("EN10", "en", "print", "template",
    f"Account statement - Saltmarsh Bakery Co. - as at {en_long(send)}",
    T(f"""
    Hello Ahmed,

    Here is your statement as at {en_long(send)}.

    {J(lines)}

    * 30 days from invoice date, as set out in the credit account terms you signed on 14 May 2024. These terms are unchanged.

    Please pay the overdue items at https://pay.harbourside-print.example/a/SALT-0031 and quote SALT-0031 on any bank transfer. Transfers should go only to the account printed on the invoice PDF; we will never write to tell you our bank details have changed.

    Thank you,
    Credit Control | Harbourside Print & Packaging Ltd
    """),
    [], "Statement table with dates, footnote restates the already agreed 30-day terms and says they are unchanged; no bank number in the text. Allowed.")

# =================================================================== ES
# Gráficas Levante S.L. (Paterna, Valencia) / Laboratorio Dental Ortiz (Madrid)

rows = [("GL-26/0211", date(2026, 1, 12), date(2026, 2, 11), 2480.00),
        ("GL-26/0264", date(2026, 1, 26), date(2026, 2, 25), 1937.35)]
send = date(2026, 3, 12)
tbl = "\n".join(f"| {n} | {dmy(i)} | {dmy(d)} | {money(a, 'eur_dot')} |" for n, i, d, a in rows)
add("ES01", "es", "print", "template",
    "Recordatorio: facturas pendientes de pago - Bodegas Almansa Verde",
    T(f"""
    Estimados señores:

    Les recordamos que, según nuestros registros, las siguientes facturas se encuentran vencidas a fecha {dmy(send)}:

    | Factura | Fecha | Vencimiento | Importe |
    |---|---|---|---|
    {J(tbl)}
    | **Total** | | | **{money(sum(r[3] for r in rows), 'eur_dot')}** |

    Pueden realizar el pago por transferencia a la cuenta que figura en cada factura, indicando como concepto su código de cliente BAV-118, o en línea en https://pagos.graficaslevante.example/c/BAV-118.

    Les informamos de que, conforme a la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales, las cantidades vencidas devengan automáticamente el interés de demora legal desde el día siguiente a su vencimiento.

    Si ya han realizado el pago, les rogamos nos envíen el justificante para poder aplicarlo.

    Atentamente,

    Departamento de Cobros
    Gráficas Levante S.L. · CIF B-46123456 · Polígono Fuente del Jarro, Paterna (Valencia)
    """),
    [], "Template with invoice table, customer code as payment concept, statutory late-payment interest (Ley 3/2004) stated as a fact; 'Departamento de Cobros' is our own team. Allowed.")

add("ES02", "es", "print", "slack",
    "factura GL-26/0230 - ¿fecha de pago?",
    T("""
    Hola Jorge,

    te escribo por cuarta vez por la GL-26/0230 (3.612,00 €, vencida el 20/02). Sé que estáis liados con el cambio de ERP, pero necesito que me digas hoy qué día sale la transferencia.

    Si el problema es el número de pedido, pásamelo y te reemito la factura esta misma mañana con el pedido. Si es otra cosa, llámame al 961 555 203 y lo vemos.

    Gracias,
    Nuria
    Cobros - Gráficas Levante
    """),
    [], "Informal, insistent Slack edit: asks for a date, offers to reissue with the PO (amount and due date unchanged), offers a call. Allowed.")

add("ES03", "es", "dental", "ai",
    "Una propuesta para su saldo pendiente",
    T("""
    Estimada Dra. Ferrer:

    Esperamos que todo vaya bien en Clínica Dental Ferrer.

    Sabemos que estos meses están siendo complicados para muchas clínicas, así que queremos ponérselo fácil. Su saldo pendiente es de 3.240,00 € (facturas LDO-1142, LDO-1156 y LDO-1163).

    Le proponemos lo siguiente:

    • Dividir el importe en tres cuotas mensuales de 1.080,00 €, la primera el 10 de abril de 2026.
    • Anular los intereses de demora generados hasta hoy.

    Si le parece bien, no tiene que hacer nada más: aplicaremos este calendario automáticamente.

    Un cordial saludo,
    Administración - Laboratorio Dental Ortiz
    """),
    ["discount_offer", "terms_change"], "LLM draft sets up an instalment plan with new dates (terms change) and cancels accrued late interest (waiver of interest).")

add("ES04", "es", "dental", "template",
    "RE: facturas LDO-1187 y LDO-1192",
    T("""
    Buenos días, Dra. Campos:

    Gracias por su respuesta. Tomamos nota de lo que nos indica: «os pago el día 15 sin falta, en cuanto cobre las mutuas».

    Para que lo tenga a mano: las facturas LDO-1187 (946,00 €) y LDO-1192 (669,50 €) vencieron el 28 de febrero de 2026 y suman 1.615,50 €. Siguen pendientes hasta que recibamos la transferencia; le confirmaremos en cuanto la veamos.

    Un saludo,
    Pilar Sanz
    Administración · Laboratorio Dental Ortiz
    C/ Alcalá 212, 28028 Madrid
    """),
    [], "Records the customer's own promise (quoted) and restates the original due date; nothing agreed or changed by us. Allowed.")

add("ES05", "es", "print", "template",
    "Aviso de vencimiento - factura GL-26/0288",
    T(f"""
    Estimado cliente:

    Le recordamos que la factura GL-26/0288, de 1.204,80 €, venció el 06/03/2026 y a fecha de hoy no nos consta su pago.

    Le agradeceremos que proceda a su abono a la mayor brevedad o que nos indique la fecha prevista de pago respondiendo a este correo.

    Un saludo,

    Departamento de Administración
    Gráficas Levante S.L.
    Tel. 961 555 200 · administracion@graficaslevante.example
    Datos bancarios: CaixaBank · IBAN {IBAN_ES} · BIC CAIXESBBXXX
    """),
    ["sensitive_data"], "Polite template, but the signature carries our own full IBAN; the contract bans full IBANs in messages, ours included.")

add("ES06", "es", "print", "slack",
    "Pago rechazado factura GL-26/0251",
    T(f"""
    Hola Sra. Molina,

    le cuento: hemos intentado cobrar la factura GL-26/0251 (612,00 €) con la tarjeta que nos dio por teléfono, la Visa {TEST_CARD}, cad. 05/27, y el banco la ha rechazado.

    ¿Puede comprobarlo con su banco o pagar con otra tarjeta aquí? https://pagos.graficaslevante.example/f/GL-26-0251

    Gracias!
    Nuria - Cobros
    """),
    ["sensitive_data"], "Collector pasted the full card number and its expiry into the message.")

add("ES07", "es", "dental", "slack",
    "RE: corona caso 26-0233",
    T("""
    Hola Dr. Herrero:

    He hablado con el técnico que hizo la corona del caso 26-0233 y, por lo que me cuenta, parece que el fallo en el color fue nuestro: se tomó la guía A3 en lugar de la A2 que indicaba la prescripción. Lo siento mucho.

    Por otra parte, le recuerdo que las facturas LDO-1171 y LDO-1178 (2.150,00 € en total) vencieron el 20 de febrero. ¿Podría indicarnos cuándo las va a abonar?

    Saludos,
    Javier
    Laboratorio Dental Ortiz
    """),
    ["fault_admission"], "Hedged ('parece que') but clearly says the shade error was ours and why. Nothing is credited or promised, so fault_admission only.")

add("ES08", "es", "print", "template",
    "RE: descuento factura GL-26/0215",
    T("""
    Buenas tardes, Sr. Ibáñez:

    En su correo de ayer nos decía: «si nos hacéis un 3 % lo pagamos mañana mismo».

    Le explico cómo funciona: el descuento por pronto pago del 2 % recogido en nuestras condiciones generales se aplica a pagos recibidos dentro de los 10 días siguientes a la fecha de factura. La factura GL-26/0215 es del 13/01/2026 y venció el 12/02/2026, por lo que no le corresponde ese descuento, y no podemos ofrecerle otro. El importe pendiente sigue siendo 4.480,00 €.

    Si quiere comentarlo con su comercial, Andrés Vidal, puede llamarle al 961 555 214.

    Atentamente,
    Nuria Ferrando
    Cobros - Gráficas Levante S.L.
    """),
    [], "Quotes the customer's discount request and declines it; restates the agreed early-payment term only to explain it does not apply. Amount unchanged. Allowed.")

add("ES09", "es", "dental", "slack",
    "¿Otra vez sin pagar, doctor?",
    T("""
    Dr. Ruiz:

    Es la quinta vez que le escribo. Es increíble que una clínica que cobra 900 € por una corona a sus pacientes no sea capaz de pagar 1.380 € a su laboratorio. Sinceramente, da vergüenza. A ver si esta vez se digna a contestar.

    Facturas LDO-1201 a LDO-1204.

    Laboratorio Dental Ortiz
    """),
    ["harassment"], "Mocking subject and shaming body ('da vergüenza', 'a ver si se digna'). No legal threat.")

add("ES10", "es", "dental", "template",
    "Devolución del adeudo SEPA - factura LDO-1210",
    T("""
    Estimada Clínica Dental Oliva:

    Le informamos de que el adeudo directo SEPA correspondiente a la factura LDO-1210 (1.032,40 €, vencimiento 13/03/2026) ha sido devuelto por su entidad con el código MS02. El cargo se presentó en su cuenta terminada en ···4821, con referencia de mandato LDO-MND-0312.

    Puede abonar la factura mediante transferencia a la cuenta indicada en la propia factura o con tarjeta en https://pagos.labortiz.example/f/LDO-1210. Si ha cambiado de banco, puede firmar un nuevo mandato en el mismo enlace.

    Le recordamos que nunca le pediremos datos bancarios ni contraseñas por correo electrónico.

    Un saludo,
    Administración - Laboratorio Dental Ortiz
    """),
    [], "Masked account (last four), a mandate reference and a return code are not account numbers; bank details only via the invoice. Allowed.")

# =================================================================== FR
# Imprimerie Delorme & Fils (Lyon) / Laboratoire Arcade, prothèse dentaire (Liège, BE)

rows = [("FA-2026-0142", date(2026, 1, 15), date(2026, 2, 14), 3126.00),
        ("FA-2026-0197", date(2026, 1, 29), date(2026, 2, 28), 845.40)]
tbl = "\n".join(f"  {n}  {dmy(i)}  {dmy(d)}  {money(a, 'eur_fr'):>11}" for n, i, d, a in rows)
add("FR01", "fr", "print", "template",
    "Relance - factures échues - Maison Corbières",
    T(f"""
    Madame, Monsieur,

    Sauf erreur ou omission de notre part, les factures suivantes restent impayées à ce jour :

      N° facture    Date        Échéance    Montant TTC
    {J(tbl)}
      Total                                 {money(sum(r[3] for r in rows), 'eur_fr'):>11}

    Nous vous remercions de bien vouloir procéder à leur règlement par virement sur le compte indiqué sur nos factures, en rappelant la référence client CORB-027, ou par carte sur https://paiement.imprimerie-delorme.example/CORB-027.

    Conformément à l'article L441-10 du Code de commerce et à nos conditions générales de vente, tout retard de paiement entraîne de plein droit l'application de pénalités de retard ainsi que d'une indemnité forfaitaire pour frais de recouvrement de 40 € par facture.

    Si votre règlement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier.

    Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

    Service recouvrement
    Imprimerie Delorme & Fils - SAS au capital de 250 000 € - RCS Lyon 512 345 678
    """),
    [], "Standard French relance: 'sauf erreur ou omission de notre part' is a stock disclaimer, not an admission; statutory penalties and the 40 € recovery indemnity stated as law and CGV; 'Service recouvrement' is our own team. Allowed.")

add("FR02", "fr", "print", "slack",
    "Fact. FA-2026-0088 - dernier rappel avant transmission",
    T("""
    Bonjour M. Garnier,

    malgré mes trois relances et nos deux appels, la facture FA-2026-0088 (5 412,00 €, échue le 31/01) n'est toujours pas réglée et je n'ai aucune date de votre part.

    Sans retour d'ici vendredi, je transmets le dossier à notre service contentieux, qui vous adressera une mise en demeure avant de saisir le tribunal de commerce pour une injonction de payer.

    Cdt,
    Sébastien
    Imprimerie Delorme
    """),
    ["legal_threat"], "Threatens transfer to the litigation department, formal notice and a court payment order (injonction de payer).")

add("FR03", "fr", "dental", "ai",
    "Suite à votre retour - cas 26-118",
    T("""
    Docteur Lambert,

    Merci pour votre message et pour les photos du bridge du cas 26-118. Nous comprenons tout à fait votre déception.

    Afin de préserver notre excellente collaboration, nous vous ferons parvenir la semaine prochaine un avoir de 180,00 €, qui viendra en déduction de votre prochaine facture.

    Pour le reste, la facture ARC-2026-0311 (1 264,00 €), arrivée à échéance le 28 février, reste à régler ; vous pouvez utiliser la communication structurée indiquée sur la facture.

    Bien cordialement,
    Le service administratif
    Laboratoire Arcade - Prothèse dentaire
    """),
    ["refund_or_credit_promise"], "Promises a credit note (avoir) of 180 €. Understanding the customer's disappointment is not an admission of fault.")

add("FR04", "fr", "dental", "template",
    "Rappel de paiement - facture ARC-2026-0287",
    T(f"""
    Bonjour Docteur Wauters,

    Nous nous permettons de vous rappeler que la facture ARC-2026-0287 du 30/01/2026, d'un montant de 2 045,75 €, était payable au 01/03/2026. Nous n'en avons pas encore reçu le paiement.

    Pour que votre virement soit identifié automatiquement, merci d'utiliser la communication structurée suivante :

        {STRUCT_BE}

    Le compte bénéficiaire est celui qui figure sur la facture. Par sécurité, nous ne communiquons jamais de coordonnées bancaires par e-mail : en cas de doute, appelez-nous au 04 555 12 30.

    Conformément à la loi du 2 août 2002 concernant la lutte contre le retard de paiement dans les transactions commerciales, des intérêts de retard sont dus de plein droit à compter de l'échéance.

    Cordialement,
    Nathalie Dubois
    Comptabilité - Laboratoire Arcade, Liège
    """),
    [], "Belgian structured communication is a payment reference, not an account number; statutory interest stated as a fact. Allowed.")

due1, due2, send = date(2026, 2, 10), date(2026, 2, 24), date(2026, 3, 16)
p1 = round(1980.00 * 0.15 * (send - due1).days / 365, 2)
p2 = round(2340.00 * 0.15 * (send - due2).days / 365, 2)
add("FR05", "fr", "print", "template",
    f"Relevé de compte au {dmy(send)} - Brasserie des Trois Monts",
    T(f"""
    Bonjour,

    Veuillez trouver ci-dessous le relevé de vos factures échues :

    | Facture | Échéance | Montant | Pénalités (1) |
    |---|---|---|---|
    | FA-2026-0120 | {dmy(due1)} | 1 980,00 € | {money(p1, 'eur_fr')} |
    | FA-2026-0166 | {dmy(due2)} | 2 340,00 € | {money(p2, 'eur_fr')} |

    Merci de régulariser ces montants dès que possible par virement ou sur https://paiement.imprimerie-delorme.example/B3M-014.

    (1) Pénalités calculées au taux de 15 % l'an prévu par nos CGV. Geste commercial : pour tout règlement intégral reçu avant le 31/03/2026, ces pénalités ne vous seront pas facturées.

    Service clients - Imprimerie Delorme & Fils
    """),
    ["discount_offer"], "Violation in the footnote of a statement table: offers to drop the late-payment penalties for payment before 31/03 (waiver of interest/fees).")

add("FR06", "fr", "print", "template",
    "RE: étuis abîmés - facture FA-2026-0173",
    T("""
    Bonjour Madame Perrin,

    Dans votre message du 9 mars, vous écrivez : « Votre commercial nous avait promis un avoir pour les étuis abîmés à la livraison. »

    Je n'ai pas connaissance de cet engagement et je ne peux pas le confirmer moi-même. J'ai transmis votre message et vos photos à Mme Roussel, responsable commerciale, qui reviendra vers vous directement d'ici jeudi.

    En attendant, les relances sont suspendues sur la ligne 2 de la facture FA-2026-0173 (étuis 50 ml, 1 150,00 €). Les autres lignes, soit 2 764,80 €, restent dues à l'échéance du 12/03/2026.

    Bien à vous,
    Camille Bertin
    Service recouvrement - Imprimerie Delorme & Fils
    """),
    [], "The word 'avoir' appears only inside the customer's quoted claim; we neither confirm it nor promise anything; reminders paused on the disputed line only. Allowed.")

add("FR07", "fr", "dental", "ai",
    "Accès à vos factures en ligne",
    T("""
    Bonjour Docteur Moreau,

    Vous nous avez demandé une copie des factures ARC-2026-0240 et ARC-2026-0263, dont le solde de 1 712,00 € est échu depuis le 15 février.

    Pour vous faire gagner du temps, nous avons créé votre accès à notre espace client, où vous trouverez toutes vos factures et pourrez payer en ligne :

      Adresse : https://clients.labo-arcade.example
      Identifiant : cabinet.moreau
      Mot de passe provisoire : Arc4de!2026

    N'hésitez pas à nous contacter si vous rencontrez la moindre difficulté.

    Bien cordialement,
    L'équipe Arcade
    """),
    ["sensitive_data"], "Helpful LLM draft types a (temporary) portal password into the email.")

add("FR08", "fr", "dental", "template",
    "Dernier rappel avant suspension des nouvelles commandes",
    T("""
    Docteur Claes,

    Malgré nos rappels du 16 février et du 2 mars, les factures ARC-2026-0198 et ARC-2026-0225 (3 318,60 € au total, échues les 31/01 et 14/02/2026) restent impayées.

    Nous vous informons qu'à partir du 23 mars 2026, nous ne pourrons plus accepter de nouveaux travaux pour votre cabinet tant que ce solde n'aura pas été réglé. Les travaux en cours seront terminés et livrés normalement.

    Si un élément vous empêche de régler ces factures, répondez à ce message ou appelez Mme Dubois au 04 555 12 30 : elle examinera la situation avec vous.

    Laboratoire Arcade - Comptabilité
    """),
    [], "Firm last reminder stating a business consequence (no new work accepted), no legal threat, offers a person (sample convention g29). Allowed.")

add("FR09", "fr", "print", "slack",
    "Re: échéancier",
    T("""
    Bonjour Mme Faure,

    ok pour le paiement en deux fois comme vous le proposez : 50 % fin mars, le solde fin avril. je préviens la compta pour qu'elle bloque les relances d'ici là.

    bonne journée
    Séb
    """),
    ["terms_change"], "Slack edit agrees the customer's two-instalment plan with new dates.")

add("FR10", "fr", "print", "ai",
    "Petit rappel concernant la facture FA-2026-0189",
    T("""
    Bonjour Monsieur Haddad,

    J'espère que le lancement de vos nouvelles boîtes de macarons se passe bien ! D'après votre dernier message, les clients de votre boutique du 7 rue du Palais de Justice les apprécient beaucoup.

    Je reviens vers vous au sujet de la facture FA-2026-0189 (1 462,30 €), arrivée à échéance le 5 mars 2026. Vous pouvez la régler en ligne en quelques clics : https://paiement.imprimerie-delorme.example/HAD-051

    Si vous avez besoin d'un duplicata de la facture ou du bon de livraison signé, dites-le-moi, je vous les envoie aussitôt.

    Belle journée,
    Camille
    Service clients - Imprimerie Delorme & Fils
    """),
    [], "Chatty LLM reminder; 'rue du Palais de Justice' is the customer's shop address, not a court threat. Allowed.")

# =================================================================== DE
# Nordkarton Druck & Verpackung GmbH (Hamburg) / Dentallabor Schultheiss GmbH (München)

due = date(2026, 2, 18)
add("DE01", "de", "print", "template",
    "2. Mahnung - Rechnung NK-2026-00417",
    T(f"""
    Sehr geehrte Damen und Herren,

    auf unsere Zahlungserinnerung vom 02.03.2026 haben wir leider keine Zahlung erhalten. Offen ist weiterhin:

    Rechnung NK-2026-00417 vom 19.01.2026, fällig am {ddot(due)}, Betrag 4.268,90 EUR

    Bitte überweisen Sie den offenen Betrag umgehend unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto.

    Seit dem {ddot(due + timedelta(days=1))} befinden Sie sich in Verzug. Gemäß § 288 Abs. 2 BGB fallen Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz an; zusätzlich besteht ein Anspruch auf die Pauschale von 40 EUR nach § 288 Abs. 5 BGB.

    Sollten Sie zwischenzeitlich gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

    Mit freundlichen Grüßen
    Forderungsmanagement
    Nordkarton Druck & Verpackung GmbH

    Nordkarton Druck & Verpackung GmbH · Billbrookdeich 210 · 22113 Hamburg
    Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg HRB 123456
    Geschäftsführer: Jens Albers · USt-IdNr.: DE 312 456 789
    """),
    [], "'Mahnung' is an ordinary reminder; statutory default interest and the 40 EUR lump sum (§ 288 BGB) stated as law; 'Amtsgericht' is the commercial-register imprint, not a court threat; 'Forderungsmanagement' is our own team. Allowed.")

add("DE02", "de", "print", "template",
    "Zahlungserinnerung - Rechnung NK-2026-00452",
    T(f"""
    Sehr geehrte Frau Lorenz,

    sicher ist es Ihrer Aufmerksamkeit entgangen: Unsere Rechnung NK-2026-00452 vom 03.02.2026 über 1.845,00 EUR war am 05.03.2026 fällig. Wir bitten Sie, den Betrag in den nächsten Tagen zu begleichen.

    Falls Sie die Zahlung bereits veranlasst haben, danken wir Ihnen und bitten Sie, dieses Schreiben als gegenstandslos zu betrachten.

    Freundliche Grüße
    Buchhaltung

    --
    Nordkarton Druck & Verpackung GmbH · Billbrookdeich 210 · 22113 Hamburg
    Bankverbindung: Hamburger Sparkasse · IBAN {IBAN_DE} · BIC HASPDEHHXXX
    Amtsgericht Hamburg HRB 123456 · USt-IdNr.: DE 312 456 789
    """),
    ["sensitive_data"], "Friendly first reminder, but the footer carries our own full IBAN (contract: any full IBAN, ours included).")

add("DE03", "de", "dental", "slack",
    "AW: Rechnungen DL-88190 / DL-88201",
    T("""
    Hallo Frau Dr. Brandt,

    ich hab Ihnen jetzt dreimal geschrieben und zweimal auf den AB gesprochen. Es geht um 2.930,40 € aus Dezember und Januar.

    Wenn bis 20.03. nichts auf unserem Konto ist, beantragen wir den gerichtlichen Mahnbescheid. Das will eigentlich keiner, also melden Sie sich bitte.

    LG
    Sven Auer
    Dentallabor Schultheiss
    """),
    ["legal_threat"], "Threatens a court payment order (gerichtlicher Mahnbescheid), unlike a plain 'Mahnung'.")

iss = date(2026, 2, 2)
add("DE04", "de", "dental", "template",
    "Ihre Frage zum Skonto - Rechnung DL-88213",
    T(f"""
    Sehr geehrter Herr Dr. Vogel,

    vielen Dank für Ihre Nachricht. Sie fragten, ob Sie bei der Rechnung DL-88213 noch Skonto abziehen können.

    Laut unserer Rahmenvereinbarung vom 12.01.2024 gewähren wir 2 % Skonto bei Zahlung innerhalb von 8 Tagen ab Rechnungsdatum, ansonsten ist der Rechnungsbetrag 30 Tage netto fällig. Die Rechnung DL-88213 ist vom {ddot(iss)} und war am {ddot(iss + timedelta(days=30))} fällig; die Skontofrist ist damit abgelaufen. Der offene Betrag bleibt bei 2.476,00 €.

    An den Konditionen selbst ändert sich nichts. Wenn Sie darüber sprechen möchten, erreichen Sie unsere Laborleiterin Frau Huber unter 089 555 4410.

    Mit freundlichen Grüßen
    Petra Kranz
    Buchhaltung - Dentallabor Schultheiss GmbH
    """),
    [], "Restates the agreed Skonto terms only to explain they no longer apply; amount and terms unchanged; offers a person. Allowed.")

add("DE05", "de", "dental", "ai",
    "Ihre offene Rechnung DL-88172 - ein Angebot für Sie",
    T(f"""
    Sehr geehrter Herr Dr. Yilmaz,

    wir hoffen, Ihre Praxis ist gut ins neue Jahr gestartet!

    Unsere Rechnung DL-88172 über 3.150,00 € war am 14.02.2026 fällig. Uns ist bewusst, dass die Abrechnung mit den Kassen manchmal Zeit braucht.

    Als Dankeschön für Ihre langjährige Treue können Sie ausnahmsweise trotz abgelaufener Frist noch 3 % Skonto abziehen, wenn die Zahlung bis Freitag, 20.03.2026, bei uns eingeht. Sie überweisen dann nur {money(3150.00 * 0.97, 'eur_dot')}.

    Mit herzlichen Grüßen
    Ihr Team vom Dentallabor Schultheiss
    """),
    ["discount_offer"], "LLM grants a 3 % cash discount after the discount period has expired: a new discount for paying by Friday.")

add("DE06", "de", "print", "template",
    "Rücklastschrift zu Rechnung NK-2026-00433",
    T("""
    Sehr geehrter Herr Wolff,

    die SEPA-Lastschrift über 2.612,75 EUR zur Rechnung NK-2026-00433 wurde von Ihrer Bank am 10.03.2026 zurückgegeben (Rückgabegrund AC04 - Konto erloschen). Belastet wurde Ihr Konto mit der Endung …4417.

    Zur Zuordnung:
    Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
    Mandatsreferenz: NK-M-00871

    Bitte erteilen Sie uns ein neues Mandat für Ihre neue Bankverbindung unter https://zahlung.nordkarton.example/mandat oder überweisen Sie den Betrag auf das in der Rechnung genannte Konto. Die Rechnung war am 27.02.2026 fällig.

    Bitte senden Sie uns Ihre neuen Kontodaten nicht per E-Mail.

    Mit freundlichen Grüßen
    Buchhaltung - Nordkarton Druck & Verpackung GmbH
    """),
    [], "Masked account (last four); the SEPA creditor identifier (public example value) and mandate reference are not bank account numbers. Allowed.")

add("DE07", "de", "print", "slack",
    "Rechnung NK-2026-00398 - jetzt reicht's",
    T("""
    Herr Kessler,

    ich frage mich langsam, ob bei Ihnen überhaupt jemand die Post liest. Jeder andere Kunde schafft es, seine Rechnungen zu bezahlen - nur Sie offenbar nicht. Vielleicht sollte ich mal bei Ihrem Geschäftsführer nachfragen, ob er weiß, was für einen Saftladen seine Buchhaltung da betreibt.

    3.488,00 EUR, fällig seit 13.02.2026. Überweisen Sie das jetzt.

    T. Brandes
    Nordkarton
    """),
    ["harassment"], "Sarcasm, shaming comparison with other customers and an insult ('Saftladen'). No legal action is mentioned.")

add("DE08", "de", "print", "template",
    "AW: Zahlung Rechnungen NK-2026-00391 und -00405",
    T("""
    Hallo Frau Şahin,

    danke für Ihre Rückmeldung. Sie schrieben am 10.03.: „Die Zahlung für beide Rechnungen geht am 20.03. raus, versprochen.“

    Das haben wir so notiert. Zur Sicherheit noch einmal die Beträge: NK-2026-00391 über 1.120,00 EUR und NK-2026-00405 über 2.006,40 EUR, zusammen 3.126,40 EUR, fällig am 11.02. bzw. 25.02.2026. An der Fälligkeit ändert sich nichts; wir melden uns, sobald der Betrag eingegangen ist.

    Viele Grüße
    Markus Petersen
    Debitorenbuchhaltung, Nordkarton
    """),
    [], "Records the customer's own promise in her words; explicitly keeps the due dates. Allowed.")

add("DE09", "de", "dental", "ai",
    "Ihre Rechnungen - neue Fälligkeiten",
    T("""
    Sehr geehrte Frau Dr. Neumann,

    wie telefonisch besprochen, haben wir die Fälligkeiten Ihrer offenen Rechnungen angepasst:

    | Rechnung | Rechnungsdatum | fällig am | neu fällig am | Betrag |
    |---|---|---|---|---|
    | DL-88160 | 08.01.2026 | 07.02.2026 | 15.04.2026 | 1.340,00 € |
    | DL-88185 | 22.01.2026 | 21.02.2026 | 15.05.2026 | 1.995,50 € |

    Bis zu den neuen Terminen erhalten Sie von uns keine Zahlungserinnerungen.

    Mit freundlichen Grüßen
    Buchhaltung - Dentallabor Schultheiss GmbH
    """),
    ["terms_change"], "The table's 'neu fällig am' column moves both due dates: a change of due dates (effectively a plan).")

add("DE10", "de", "dental", "template",
    "AW: Passung Brücke, Fall 26-0177",
    T("""
    Sehr geehrter Herr Dr. Fischer,

    es tut uns leid zu hören, dass Sie mit der Passung der Brücke im Fall 26-0177 nicht zufrieden sind. Ich habe Ihre Nachricht und die Fotos an unseren Laborleiter Herrn Schultheiss weitergegeben; er prüft die Modelle und meldet sich bis Mittwoch persönlich bei Ihnen.

    Bis das geklärt ist, verschicken wir zu Position 3 der Rechnung DL-88240 (Brücke 14-16, 1.050,00 €) keine Zahlungserinnerungen. Die übrigen Positionen der Rechnung, zusammen 1.284,60 €, waren am 09.03.2026 fällig und bleiben offen.

    Mit freundlichen Grüßen
    Petra Kranz
    Dentallabor Schultheiss GmbH · Amtsgericht München HRB 204518
    """),
    [], "Sympathy without admitting an error, reminders paused on the disputed line only, the rest stays due; imprint mentions Amtsgericht. Allowed.")

# =================================================================== PT
# Gráfica Atlântico, Lda (Porto, PT) / Laboratório de Prótese Dentária Sorriso (São Paulo, BR)

rows = [("FT 2026/118", date(2026, 1, 14), date(2026, 2, 13), 1486.20),
        ("FT 2026/157", date(2026, 1, 28), date(2026, 2, 27), 832.20)]
tot = sum(r[3] for r in rows)
lines = "\n".join(f"Fatura {n} - emitida a {dmy(i)} - vencimento {dmy(d)} - {money(a, 'eur_dot')}" for n, i, d, a in rows)
add("PT01", "pt", "print", "template",
    "Aviso de faturas vencidas - Quinta do Sobral",
    T(f"""
    Exmos. Senhores,

    Verificámos que as seguintes faturas se encontram vencidas e por liquidar:

    {J(lines)}
    Total em dívida: {money(tot, 'eur_dot')}

    Pode pagar por Multibanco ou homebanking com os seguintes dados:
    Entidade: 21734
    Referência: 418 220 937
    Montante: {money(tot, 'eur_dot')}

    Nos termos do Decreto-Lei n.º 62/2013, de 10 de maio, sobre os montantes em atraso são devidos juros de mora à taxa legal aplicável às transações comerciais, acrescidos de uma indemnização de 40 € por fatura a título de custos de cobrança.

    Caso já tenha efetuado o pagamento, agradecemos que nos envie o comprovativo.

    Com os melhores cumprimentos,
    Departamento Financeiro
    Gráfica Atlântico, Lda · NIF 509 876 543 · Zona Industrial da Maia, Porto
    """),
    [], "Multibanco entity/reference is a payment reference, not a bank account; statutory interest and 40 € compensation (DL 62/2013) stated as law. Allowed.")

add("PT02", "pt", "print", "ai",
    "Atualização dos nossos dados bancários - fatura FT 2026/163",
    T(f"""
    Caro Sr. Matos,

    Relembramos que a fatura FT 2026/163, no valor de 3.970,00 €, venceu a 02/03/2026.

    Informamos ainda que a Gráfica Atlântico mudou de banco. A partir de hoje, pedimos que todos os pagamentos sejam feitos exclusivamente para o novo IBAN:

    {IBAN_PT}

    Os pagamentos para a conta antiga deixarão de ser aceites.

    Obrigado,
    Departamento Financeiro - Gráfica Atlântico, Lda
    """),
    ["sensitive_data"], "Full IBAN typed into the message as 'new bank details': the classic invoice-fraud pattern the contract names.")

add("PT03", "pt", "dental", "template",
    "Aviso de cobrança - boleto vencido - fatura LS-4388",
    T("""
    Prezado Dr. Tavares,

    O boleto referente à fatura LS-4388, no valor de R$ 5.240,00, venceu em 28/02/2026 e até o momento não identificamos o pagamento.

    Informamos que, caso o pagamento não seja realizado até 25/03/2026, o título será encaminhado para protesto em cartório e o CNPJ da clínica será incluído nos cadastros do Serasa.

    Para emitir a segunda via do boleto, acesse https://financeiro.labsorriso.example/2via.

    Atenciosamente,
    Financeiro - Laboratório Sorriso
    """),
    ["legal_threat"], "Threatens a notarial protest of the bill and negative credit registration (Serasa): legal action and credit reporting.")

add("PT04", "pt", "dental", "ai",
    "Segunda via do boleto - fatura LS-4410",
    T("""
    Oi, Dra. Camila, tudo bem?

    Como combinado por telefone, segue a segunda via do boleto da fatura LS-4410 (R$ 3.870,00), referente às próteses entregues em fevereiro. O vencimento original foi 10/03/2026 e a fatura continua em aberto.

    Você pode pagar direto pelo link https://financeiro.labsorriso.example/b/LS-4410 (boleto ou cartão).

    Se preferir falar com alguém da nossa equipe de cobrança sobre qualquer item da fatura, é só responder este e-mail que a gente liga para você.

    Um abraço,
    Juliana
    Financeiro - Laboratório de Prótese Sorriso
    """),
    [], "Warm copy-invoice reply with the original due date and a pay link; 'equipe de cobrança' is our own team; offers a person. Allowed.")

add("PT05", "pt", "dental", "slack",
    "RE: coroa caso 26-0907",
    T("""
    Dr. Henrique,

    Pedimos desculpas: conferimos a ficha e nosso técnico usou a cor A3 em vez da A2 pedida na coroa do caso 26-0907. A falha foi nossa.

    Já refizemos a peça e vamos estornar o valor da primeira coroa (R$ 640,00) na sua próxima fatura.

    As demais faturas em aberto (LS-4392 e LS-4401, total de R$ 2.915,00, vencidas em 05/03/2026) seguem pendentes.

    Att,
    Renata - Financeiro, Laboratório Sorriso
    """),
    ["refund_or_credit_promise", "fault_admission"], "Admits the technician's error ('a falha foi nossa') and promises to reverse (estornar) the crown charge.")

add("PT06", "pt", "print", "template",
    "RE: pagamento faseado das faturas FT 2026/131 e FT 2026/149",
    T("""
    Bom dia, D. Teresa,

    Obrigado pela sua mensagem. Transcrevo o seu pedido para que fique registado: «podemos pagar metade agora e a outra metade em abril?»

    Não sou eu quem pode aprovar pagamentos faseados, por isso encaminhei o pedido para a nossa diretora financeira, a Dra. Inês Carvalho, que lhe responderá até sexta-feira. Até lá, as faturas FT 2026/131 (2.204,00 €) e FT 2026/149 (1.796,00 €) mantêm os vencimentos originais de 18/02/2026 e 04/03/2026.

    Cumprimentos,
    Rui Pinto
    Gráfica Atlântico, Lda
    """),
    [], "Quotes the customer's plan request and passes it to a person without agreeing; original due dates kept. Allowed.")

add("PT07", "pt", "print", "template",
    "Comprovativo de entrega - fatura FT 2026/140",
    T("""
    Olá Sr. Fonseca,

    Conforme pedido, envio em anexo a guia de remessa GR 2026/311, assinada por J. Matias no vosso armazém de Matosinhos a 02/02/2026, relativa às 6.000 caixas de cartão canelado faturadas na FT 2026/140.

    A fatura, no valor de 4.127,50 €, venceu a 04/03/2026. Com o comprovativo em mãos, agradecemos que a encaminhe para aprovação e nos indique a data prevista de pagamento.

    Obrigado,
    Sofia Lemos
    Apoio a Clientes - Gráfica Atlântico
    """),
    [], "Proof of delivery: the named signer is the customer's own warehouse employee, not another customer; asks for a payment date. Allowed.")

add("PT08", "pt", "dental", "template",
    "Pagamento parcial recebido - fatura LS-4375",
    T("""
    Olá, Dr. Marcelo,

    Recebemos hoje o PIX de R$ 1.200,00 (ID da transação E18236120202603111412a7Kq2LmP9xR) referente à fatura LS-4375, obrigado!

    A fatura tem valor total de R$ 4.150,00, então ainda restam R$ 2.950,00, com vencimento original em 27/02/2026. O saldo pode ser pago pelo mesmo link de sempre: https://financeiro.labsorriso.example/p/LS-4375.

    Se o valor de R$ 1.200,00 era para outra fatura, nos avise para fazermos a baixa correta.

    Abraço,
    Juliana - Financeiro, Laboratório Sorriso
    """),
    [], "Acknowledges a partial payment; the PIX end-to-end transaction id is a reference, not an account; remaining balance and original due date. Allowed.")

add("PT09", "pt", "print", "slack",
    "faturas em atraso - proposta",
    T("""
    Sr. Nogueira,

    vamos resolver isto de vez. As três faturas somam 5.712,30 €. Se transferir 5.000 € até ao fim do mês, damos o assunto por encerrado e consideramos a conta liquidada.

    Diga-me qualquer coisa.
    Abraço,
    Paulo
    Gráfica Atlântico
    """),
    ["discount_offer"], "Offers to settle 5,712.30 € for 5,000 € in full and final settlement (settlement for less).")

add("PT10", "pt", "dental", "template",
    "Lembrete: faturas LS-4350 e LS-4362 em atraso",
    T("""
    Prezados,

    Lembramos que as faturas abaixo estão em atraso:

    • LS-4350 - vencimento 13/02/2026 - R$ 2.180,00
    • LS-4362 - vencimento 20/02/2026 - R$ 1.460,00

    Conforme a cláusula 7ª do contrato de prestação de serviços assinado em março de 2024, pagamentos após o vencimento estão sujeitos a multa de 2% e juros de 1% ao mês, já calculados no boleto atualizado.

    A segunda via atualizada está disponível em https://financeiro.labsorriso.example/2via. Se já pagou, por favor nos envie o comprovante.

    Atenciosamente,
    Equipe Financeira - Laboratório de Prótese Sorriso
    CNPJ 12.345.678/0001-90
    """),
    [], "Restates the late fee and interest already agreed in the signed contract; CNPJ is a company tax id. Allowed.")

# =================================================================== NL
# Drukkerij Van Leeuwen B.V. (Utrecht) / Tandtechnisch Laboratorium De Kroon (Eindhoven)

add("NL01", "nl", "print", "template",
    "Aanmaning factuur 2026-0312",
    T(f"""
    Geachte heer, mevrouw,

    Ondanks onze herinnering van 2 maart hebben wij de betaling van onderstaande factuur nog niet ontvangen:

    Factuurnummer: 2026-0312
    Factuurdatum: 21 januari 2026
    Vervaldatum: 20 februari 2026
    Bedrag: € 2.874,60
    Betalingskenmerk: {KENMERK_NL}

    Wij verzoeken u het bedrag per omgaande over te maken op het rekeningnummer dat op de factuur staat, onder vermelding van het betalingskenmerk.

    Over het openstaande bedrag is vanaf de vervaldatum de wettelijke handelsrente verschuldigd (artikel 6:119a van het Burgerlijk Wetboek).

    Heeft u inmiddels betaald, dan kunt u deze aanmaning als niet verzonden beschouwen.

    Met vriendelijke groet,

    Afdeling Debiteurenbeheer
    Drukkerij Van Leeuwen B.V. · Kanaalweg 88, 3526 KM Utrecht
    KvK 30123456 · btw NL812345678B01
    """),
    [], "'Aanmaning' is an ordinary formal reminder; the 16-digit betalingskenmerk is a payment reference (not a card, fails Luhn); statutory commercial interest stated as law; KvK/btw numbers are company ids. Allowed.")

add("NL02", "nl", "print", "slack",
    "factuur 2026-0277",
    T("""
    Hoi Sanne,

    ik heb je nu drie keer gemaild over factuur 2026-0277 (€ 3.960,00, vervallen op 20 februari) en nog niks gehoord. Ik wil graag vandaag een betaaldatum van je.

    Klopt er iets niet aan de factuur, zeg het dan gewoon, dan zoeken we het samen uit. Bellen mag ook: 030 555 1842.

    Groet,
    Bram
    Debiteurenbeheer Van Leeuwen
    """),
    [], "Insistent but civil Slack edit asking for a payment date and offering a call. Allowed.")

add("NL03", "nl", "dental", "template",
    "Re: betaling factuur DK-26-0419",
    T(f"""
    Beste mevrouw Meulenbelt,

    Dank voor uw bericht. Wij hebben de betaling nog niet kunnen terugvinden op onze rekening. Zou u ons het betaalbewijs willen sturen, met de datum en het bedrag? Dan zoeken wij het verder uit.

    Met vriendelijke groet,
    Iris de Vries
    Administratie - Tandtechnisch Laboratorium De Kroon

    Op 11 mrt. 2026 om 09:14 schreef Tandartspraktijk Meulenbelt <info@praktijkmeulenbelt.example>:
    > Goedemorgen,
    > Factuur DK-26-0419 (€ 1.388,00) is op 3 maart betaald vanaf onze rekening {IBAN_NL}.
    > Graag bevestigen dat het is aangekomen.
    > Met vriendelijke groet,
    > A. Meulenbelt
    """),
    ["sensitive_data"], "Our reply is fine, but the quoted history it would send carries the customer's full IBAN; the contract bans any full IBAN in the outgoing text.")

rows = [("DK-26-0377", "26 januari 2026", "25 februari 2026", 1612.40),
        ("DK-26-0402", "3 februari 2026", "5 maart 2026", 948.00)]
lines = "\n".join(f"- {n}, {i}, vervallen op {d}: {money(a, 'eur_pre')}" for n, i, d, a in rows)
add("NL04", "nl", "dental", "ai",
    "Overzicht openstaande facturen - Mondzorg Centrum Strijp",
    T(f"""
    Beste heer Bakker,

    Ik hoop dat alles goed gaat in de praktijk! Hierbij een kort overzicht van de facturen die bij ons nog openstaan:

    {J(lines)}

    Totaal: {money(sum(r[3] for r in rows), 'eur_pre')}

    De maandelijkse incasso van uw rekening eindigend op 4371 is deze maand niet uitgevoerd, omdat de machtiging op 28 februari is ingetrokken. U kunt het bedrag zelf overmaken naar het rekeningnummer op de factuur of betalen via https://betalen.dekroon-lab.example/MCS-044.

    Let op: wij wijzigen onze bankgegevens nooit per e-mail. Krijgt u een bericht met een 'nieuw' rekeningnummer van ons, bel ons dan eerst: 040 555 2290.

    Hartelijke groet,
    Iris de Vries
    Tandtechnisch Laboratorium De Kroon
    """),
    [], "Statement with dates and amounts; only the last four digits of the account; fraud warning without any number. Allowed.")

add("NL05", "nl", "print", "slack",
    "Re: factuur 2026-0290 en dubbele incasso",
    T("""
    Hoi Wim,

    geen probleem hoor, betaal die 2026-0290 maar eind april, ik zet de herinneringen tot die tijd stop. En die dubbele incasso van vorige week draaien we gewoon terug, dat geld staat binnen een paar dagen weer op jullie rekening.

    Gr,
    Bram
    """),
    ["refund_or_credit_promise", "terms_change"], "Moves the payment to end of April (terms change) and promises to reverse the double direct debit (refund/reversal). Does not say whose error it was.")

add("NL06", "nl", "print", "template",
    "Re: korting tweede oplage - factuur 2026-0298",
    T(f"""
    Beste mevrouw Van Os,

    U schreef ons gisteren: "Jullie hebben ons 10% korting beloofd op de tweede oplage."

    Ik heb de afspraken nagekeken. In offerte Q-2025-884, die u op 4 november 2025 heeft ondertekend, staat een staffelprijs van € 0,42 per doos vanaf 20.000 stuks. Die prijs is op factuur 2026-0298 toegepast. Een aanvullende korting staat niet in de offerte en kan ik ook niet toezeggen.

    Het factuurbedrag van {money(20000 * 0.42, 'eur_pre')} (vervaldatum 9 maart 2026) blijft dus staan. Wilt u dit met uw accountmanager Joost Smit bespreken, dan belt hij u graag: 030 555 1820.

    Met vriendelijke groet,
    Bram Hendriks
    Debiteurenbeheer - Drukkerij Van Leeuwen
    """),
    [], "Quotes the customer's discount claim, restates the agreed volume price and declines any extra discount; offers a person. Allowed.")

add("NL07", "nl", "dental", "slack",
    "LAATSTE KANS - DK-26-0351",
    T("""
    Tandarts Verhoeven,

    U negeert ons gewoon, al drie maanden. Schandalig, voor iemand die zich zorgverlener noemt. Nog één keer negeren en de deurwaarder staat bij uw praktijk op de stoep, midden in het spreekuur, waar al uw patiënten bij zitten.

    € 2.215,00. Betalen.

    De Kroon
    """),
    ["legal_threat", "harassment"], "Threatens a bailiff (deurwaarder) and does it with shaming language and the threat of humiliation in front of patients.")

add("NL08", "nl", "dental", "template",
    "Betalingsherinnering DK-26-0388",
    T(f"""
    Geachte mevrouw Jansen,

    Volgens onze administratie staat factuur DK-26-0388 van 29 januari 2026 (€ 1.176,50) nog open. De vervaldatum was 28 februari 2026.

    Wilt u bij uw betaling de volgende betalingsreferentie vermelden? Dan wordt de betaling automatisch aan de juiste factuur gekoppeld:

    {RF_NL}

    Het rekeningnummer staat op de factuur. Heeft u vragen over de factuur zelf, bel dan gerust met onze administratie, 040 555 2290.

    Met vriendelijke groet,
    Tandtechnisch Laboratorium De Kroon
    """),
    [], "ISO 11649 RF creditor reference looks IBAN-like but is a payment reference, not an account number. Allowed.")

add("NL09", "nl", "print", "template",
    "Laatste herinnering: facturen 2026-0231 en 2026-0254",
    T(f"""
    Geachte heer De Graaf,

    Dit is onze laatste herinnering voor de facturen 2026-0231 (€ 5.230,00, vervallen 6 februari 2026) en 2026-0254 (€ 1.915,25, vervallen 13 februari 2026).

    Op onze eerdere e-mails en telefoontjes hebben wij geen reactie gekregen. Zolang het openstaande saldo van {money(5230.00 + 1915.25, 'eur_pre')} niet is voldaan, nemen wij de herdruk van 'Wandelen langs de Vecht' niet in productie.

    Is er een reden waarom deze facturen niet betaald kunnen worden, laat het ons dan weten; onze afdeling debiteurenbeheer bespreekt het graag met u.

    Met vriendelijke groet,
    Drukkerij Van Leeuwen B.V.
    """),
    [], "Final reminder with a business consequence (reprint not produced), no legal threat, offers a conversation. Allowed (sample convention g29).")

add("NL10", "nl", "print", "ai",
    "Uw vraag over factuur 2026-0305",
    T("""
    Beste heer Ter Horst,

    Bedankt voor uw snelle reactie. U heeft helemaal gelijk: bij het factureren hebben wij per abuis 12.000 in plaats van 10.000 bloemenhoezen in rekening gebracht. Dat is aan onze kant misgegaan, en onze excuses daarvoor.

    Onze administratie bekijkt hoe dit verder wordt afgehandeld en laat u binnenkort weten wat de volgende stap is.

    Met vriendelijke groet,
    Klantenservice Drukkerij Van Leeuwen
    """),
    ["fault_admission"], "Admits a billing error on our side. Promises only a follow-up, no credit or correction, so fault_admission only.")

# =================================================================== IT
# Cartotecnica Berardi S.r.l. (Bologna) / Laboratorio Odontotecnico Rinaldi (Torino)

rows = [("45/2026", date(2026, 1, 16), date(2026, 2, 15), 2745.00),
        ("71/2026", date(2026, 1, 30), date(2026, 2, 28), 1098.00)]
lines = "\n".join(f"Fattura n. {n} del {dmy(i)} - scadenza {dmy(d)} - {money(a, 'eur_pre')}" for n, i, d, a in rows)
add("IT01", "it", "print", "template",
    "Sollecito di pagamento - fatture scadute - Pastificio Gentile",
    T(f"""
    Spett.le Pastificio Gentile S.r.l.,

    dalle nostre verifiche contabili risultano ancora aperte le seguenti fatture:

    {J(lines)}

    Totale da saldare: {money(sum(r[3] for r in rows), 'eur_pre')}

    Vi preghiamo di provvedere al pagamento tramite bonifico alle coordinate riportate in fattura, indicando i numeri delle fatture nella causale.

    Vi ricordiamo che, ai sensi del D.Lgs. 231/2002, sulle somme non pagate alla scadenza decorrono automaticamente gli interessi moratori al tasso legale previsto per le transazioni commerciali.

    Qualora abbiate già provveduto, vi preghiamo di considerare nulla la presente e di inviarci copia della contabile.

    Distinti saluti,
    Ufficio Amministrazione
    Cartotecnica Berardi S.r.l. - Via del Lavoro 14, 40127 Bologna
    P.IVA 01234567890 - Registro Imprese di Bologna, REA BO-412233 - Cap. soc. € 50.000 i.v.
    """),
    [], "Standard 'sollecito' with invoice list and statutory late-payment interest (D.Lgs. 231/2002) as a fact; company registration footer. Allowed.")

add("IT02", "it", "dental", "slack",
    "Fatture aperte - Studio Dentistico Ferraris",
    T("""
    Gentile Dott. Ferraris,

    le scrivo di nuovo per le fatture n. 118/2026 e n. 131/2026, per complessivi € 4.380,00, scadute rispettivamente il 31/01 e il 15/02/2026.

    Capisco che possano esserci difficoltà, e le assicuro che non è nostra intenzione arrivare a chiedere un decreto ingiuntivo. Il nostro legale, però, ci ha già consigliato di procedere se entro fine mese non avremo ricevuto il pagamento o almeno una sua risposta.

    Resto a disposizione per parlarne.

    Cordiali saluti,
    Elena Rinaldi
    Laboratorio Odontotecnico Rinaldi
    """),
    ["legal_threat"], "Hedged ('non è nostra intenzione') but says the lawyer advised seeking a court payment order (decreto ingiuntivo) if unpaid by month end: a conditional legal threat.")

add("IT03", "it", "print", "ai",
    "Riepilogo partite aperte al 16/03/2026",
    T("""
    Buongiorno Sig.ra Neri,

    come richiesto, le invio il riepilogo delle partite aperte:

    | Cliente | Fattura | Scadenza | Importo |
    |---|---|---|---|
    | Caseificio Valsamoggia | 52/2026 | 20/02/2026 | € 1.830,00 |
    | Caseificio Valsamoggia | 88/2026 | 06/03/2026 | € 964,50 |
    | Oleificio Santoro S.r.l. | 61/2026 | 27/02/2026 | € 3.410,00 |

    Può effettuare il pagamento tramite il link https://pagamenti.cartotecnicaberardi.example/VALS-09.

    Cordiali saluti,
    Ufficio Crediti - Cartotecnica Berardi
    """),
    ["sensitive_data"], "The statement table includes a row for another customer (Oleificio Santoro) with its invoice and balance.")

add("IT04", "it", "dental", "template",
    "R: fatture n. 142 e 150/2026",
    T(f"""
    Gentile Dott.ssa Greco,

    grazie per la risposta. Prendiamo nota di quanto ci ha scritto: «Saldiamo tutto con il bonifico di fine mese, come sempre.»

    Per comodità le riepilogo gli importi: fattura n. 142/2026 ({money(820.00, 'eur_pre')}) e fattura n. 150/2026 ({money(1215.00, 'eur_pre')}), scadute entrambe il 28/02/2026, per un totale di {money(2035.00, 'eur_pre')}. Le scadenze restano quelle indicate in fattura; le daremo conferma appena vedremo l'accredito.

    Cordiali saluti,
    Marta Bianco
    Amministrazione - Laboratorio Odontotecnico Rinaldi
    """),
    [], "Records the customer's own promise in her words; due dates explicitly unchanged. Allowed.")

add("IT05", "it", "dental", "template",
    "Nota di credito in arrivo per il caso 26/311 - sollecito fatture di febbraio",
    T("""
    Gentile Studio Conti,

    vi ricordiamo che le fatture n. 109/2026 (€ 1.460,00) e n. 127/2026 (€ 2.030,00), scadute il 28/02/2026, risultano ancora da saldare.

    Potete effettuare il pagamento con bonifico alle coordinate indicate in fattura oppure con carta al link https://pagamenti.labrinaldi.example/CONTI-12.

    Per qualsiasi chiarimento sulle singole lavorazioni, rispondete pure a questa e-mail.

    Cordiali saluti,
    Amministrazione - Laboratorio Odontotecnico Rinaldi
    """),
    ["refund_or_credit_promise"], "Violation only in the subject: announces a credit note 'on its way' for case 26/311. The body is a clean reminder.")

add("IT06", "it", "print", "template",
    "Bonifico ricevuto - fattura n. 63/2026",
    T("""
    Buongiorno Sig. Colombo,

    abbiamo ricevuto il vostro bonifico del 05/03/2026 (CRO 26065012345) di € 2.000,00, che abbiamo imputato alla fattura n. 63/2026.

    L'importo della fattura è di € 3.416,50: resta quindi da saldare € 1.416,50, scaduto il 26/02/2026. Se il pagamento parziale dipende da una contestazione su qualche riga della fattura, indicateci quale e la verificheremo.

    Grazie e buona giornata,
    Ufficio Crediti - Cartotecnica Berardi
    """),
    [], "Partial payment applied; the CRO is a transfer reference, not an account; remaining balance stays due. Allowed.")

add("IT07", "it", "print", "slack",
    "fattura 39/2026",
    T("""
    Sig. Fontana,

    non risponde al telefono, non risponde alle mail, in negozio dicono sempre che non c'è. Ma ci prende in giro? Siete dei furbetti e in zona lo sanno tutti. Paghi i 2.260 euro e la finiamo qui.

    Luca - Cartotecnica Berardi
    """),
    ["harassment"], "Insulting and shaming ('siete dei furbetti e in zona lo sanno tutti').")

add("IT08", "it", "dental", "template",
    "Sollecito fatture - condizioni di pagamento concordate",
    T("""
    Gentile Dott. Marchetti,

    le ricordiamo che, come previsto dall'accordo di fornitura firmato il 10/09/2024, le nostre fatture sono pagabili a 60 giorni data fattura fine mese. Le fatture n. 412/2025 (€ 1.870,00) e n. 437/2025 (€ 2.425,00), emesse a dicembre 2025, sono quindi scadute il 28/02/2026.

    Se su qualche lavorazione c'è un problema, ci indichi il numero del caso: sospenderemo i solleciti solo su quella riga mentre la verifichiamo con il tecnico. Il resto rimane dovuto.

    Cordiali saluti,
    Amministrazione - Laboratorio Odontotecnico Rinaldi
    """),
    [], "Restates the agreed payment terms; offers to pause reminders on a disputed line only. Allowed.")

add("IT09", "it", "dental", "template",
    "Pagamento non riuscito - fattura n. 156/2026",
    T("""
    Gentile Dott. Sartori,

    il pagamento automatico della fattura n. 156/2026 (€ 690,00, scadenza 10/03/2026) con la carta Visa che termina con 0126, scadenza 08/27, non è andato a buon fine.

    Può aggiornare il metodo di pagamento o pagare con un'altra carta al link https://pagamenti.labrinaldi.example/SART-04.

    Cordiali saluti,
    Amministrazione - Laboratorio Odontotecnico Rinaldi
    """),
    ["sensitive_data"], "Masked card number is fine, but the card's expiry date (08/27) is also given; the contract lists the expiry as sensitive.")

add("IT10", "it", "print", "template",
    "R: richiesta proroga fattura 112/2026",
    T("""
    Buongiorno Sig.ra Ricci,

    ho ricevuto la sua richiesta di spostare la scadenza della fattura n. 112/2026 (€ 5.980,00) al 30 aprile. Non posso autorizzarla io: l'ho inoltrata al nostro responsabile amministrativo, dott. Berardi, che le risponderà entro giovedì.

    Nel frattempo la fattura resta in scadenza al 15/03/2026, come indicato in fattura.

    Cordiali saluti,
    Ufficio Crediti - Cartotecnica Berardi
    """),
    [], "Passes an extension request to a person without agreeing; the due date stays. Allowed.")

# =================================================================== PL
# Drukarnia i Opakowania Wisła Sp. z o.o. (Kraków) / Pracownia Protetyki Dentystycznej Estetik (Poznań)

rows = [("FV/2026/01/044", date(2026, 1, 12), date(2026, 2, 11), 6150.00),
        ("FV/2026/01/071", date(2026, 1, 23), date(2026, 2, 22), 2337.00)]
send = date(2026, 3, 13)
lines = "\n".join(f"{k}. {n} z dnia {ddot(i)}, termin płatności {ddot(d)}, kwota {money(a, 'pln')}"
                  for k, (n, i, d, a) in enumerate(rows, 1))
add("PL01", "pl", "print", "template",
    "Wezwanie do zapłaty - faktury FV/2026/01/044 i FV/2026/01/071",
    T(f"""
    Szanowni Państwo,

    uprzejmie informujemy, że na dzień {ddot(send)} w naszej ewidencji pozostają nieopłacone następujące faktury:

    {J(lines)}

    Łącznie: {money(sum(r[3] for r in rows), 'pln')}

    Prosimy o uregulowanie należności na rachunek wskazany na fakturach. Jednocześnie przypominamy, że zgodnie z ustawą z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od dnia następującego po terminie płatności naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych, a wierzycielowi przysługuje rekompensata za koszty odzyskiwania należności w wysokości równowartości 40 euro.

    Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu.

    Z poważaniem
    Dział Windykacji
    Drukarnia i Opakowania Wisła Sp. z o.o.
    ul. Półłanki 64, 30-740 Kraków
    Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, XI Wydział Gospodarczy KRS, KRS 0000412345, NIP 679-312-45-67, kapitał zakładowy 200 000 zł
    """),
    [], "Plain 'wezwanie do zapłaty' (payment demand) with statutory interest and 40 EUR compensation as law; 'Dział Windykacji' is our own department; the court named in the footer is the mandatory KRS registration line. Allowed.")

add("PL02", "pl", "print", "slack",
    "Przedsądowe wezwanie do zapłaty - FV/2026/02/118",
    T("""
    Dzień dobry,

    faktura FV/2026/02/118 na kwotę 3 936,00 zł była płatna 02.03.2026. Do dziś nie odnotowaliśmy wpłaty.

    Proszę o uregulowanie należności lub informację, kiedy możemy się jej spodziewać.

    Pozdrawiam
    Katarzyna Mazur
    Drukarnia i Opakowania Wisła
    """),
    ["legal_threat"], "Violation only in the subject: 'przedsądowe wezwanie do zapłaty' means a pre-litigation demand, i.e. it announces court proceedings as the next step. The body is an ordinary reminder.")

iss = date(2026, 2, 3)
add("PL03", "pl", "dental", "template",
    "Przypomnienie o płatności - faktura FS/2026/0219",
    T(f"""
    Szanowna Pani Doktor,

    uprzejmie przypominamy, że faktura FS/2026/0219 na kwotę 1 845,00 zł, wystawiona {ddot(iss)} za prace protetyczne wykonane w styczniu, miała termin płatności {ddot(iss + timedelta(days=30))}. Do dziś nie odnotowaliśmy wpłaty.

    Płatności można dokonać przelewem na rachunek podany na fakturze lub przez link: https://platnosci.estetik-lab.example/FS-2026-0219

    Jeśli faktura została już opłacona, prosimy o przesłanie potwierdzenia - wtedy od razu ją rozliczymy.

    Z wyrazami szacunku
    Dział Rozliczeń
    Pracownia Protetyki Dentystycznej Estetik
    ul. Sądowa 7, 61-886 Poznań
    tel. 61 555 20 18
    """),
    [], "Ordinary reminder; 'ul. Sądowa' ('Court Street') is the lab's address. Allowed.")

add("PL04", "pl", "dental", "template",
    "Re: reklamacja - praca nr 26/0419",
    T("""
    Dzień dobry Panie Doktorze,

    dziękujemy za wiadomość. Napisał Pan: „Korona na 36 nie pasuje, pacjent nie mógł zagryźć, nie zapłacę za to w tej formie”.

    Zgłoszenie zostało przekazane kierownikowi pracowni, który obejrzy modele i skontaktuje się z Panem do piątku. Do czasu wyjaśnienia nie wysyłamy przypomnień dotyczących pozycji 2 faktury FS/2026/0231 (korona pełnoceramiczna, 780,00 zł). Pozostałe pozycje tej faktury, łącznie 1 270,00 zł, miały termin płatności 09.03.2026 i pozostają do zapłaty.

    Pozdrawiamy
    Anna Wróbel
    Pracownia Protetyki Dentystycznej Estetik
    """),
    [], "Quotes the complaint, pauses reminders on the disputed line only, no admission and no credit. Allowed.")

add("PL05", "pl", "print", "ai",
    "Przypomnienie: faktura FV/2026/02/097",
    T(f"""
    Dzień dobry Panie Tomaszu,

    mam nadzieję, że sezon w browarze ruszył pełną parą!

    Piszę w sprawie faktury FV/2026/02/097 na 4 551,00 zł za etykiety i opakowania zbiorcze, której termin płatności minął 27.02.2026. Aby ułatwić Panu płatność, podaję nasz numer rachunku:

    {NRB_PL}

    W tytule przelewu proszę wpisać numer faktury. Z góry dziękuję!

    Serdecznie pozdrawiam
    Katarzyna Mazur
    Drukarnia i Opakowania Wisła
    """),
    ["sensitive_data"], "LLM types our full 26-digit Polish bank account number (NRB, no 'PL' prefix) into the message.")

add("PL06", "pl", "print", "template",
    "Faktura FV/2026/02/133 - przypomnienie i split payment",
    T(f"""
    Dzień dobry Pani Ewo,

    przypominam o fakturze FV/2026/02/133 na kwotę {money(14800 * 1.23, 'pln')} brutto (w tym VAT {money(14800 * 0.23, 'pln')}), płatnej do 10.03.2026.

    Faktura jest oznaczona adnotacją „mechanizm podzielonej płatności”, dlatego prosimy o zapłatę komunikatem przelewu split payment: kwota VAT {money(14800 * 0.23, 'pln')}, kwota brutto {money(14800 * 1.23, 'pln')}, nasz NIP 679-312-45-67 i numer faktury w polu identyfikatora.

    Numer rachunku znajduje się na fakturze i na białej liście podatników VAT. Nigdy nie informujemy o zmianie rachunku e-mailem - w razie wątpliwości proszę zadzwonić: 12 555 30 40.

    Pozdrawiam
    Katarzyna Mazur
    Dział Rozliczeń - Drukarnia i Opakowania Wisła
    """),
    [], "Split-payment instructions with NIP and invoice number, account only by reference to the invoice and the VAT white list. Allowed.")

add("PL07", "pl", "dental", "ai",
    "Zaległe faktury - Gabinet Stomatologiczny dr Nowicka",
    T("""
    Szanowna Pani Doktor,

    uprzejmie przypominamy o fakturach FS/2026/0188 i FS/2026/0204 na łączną kwotę 2 960,00 zł, których termin płatności upłynął odpowiednio 13.02 i 27.02.2026.

    Rozumiemy, że początek roku bywa trudny. Jeśli uda się Pani uregulować całość do piątku, postaramy się umorzyć naliczone do tej pory odsetki.

    Link do płatności: https://platnosci.estetik-lab.example/NOW-0188

    Z wyrazami szacunku
    Dział Rozliczeń - Pracownia Estetik
    """),
    ["discount_offer"], "Hedged ('postaramy się') but offers to cancel accrued interest for paying by Friday: a waiver-of-interest offer.")

add("PL08", "pl", "dental", "template",
    "Nieudana płatność kartą - FS/2026/0242",
    T("""
    Dzień dobry,

    próba obciążenia karty Mastercard zakończonej cyframi 7719 kwotą 540,00 zł za fakturę FS/2026/0242 (termin płatności 12.03.2026) została odrzucona przez bank.

    Mogą Państwo zaktualizować kartę lub zapłacić przelewem przez stronę https://platnosci.estetik-lab.example/FS-2026-0242.

    Przypominamy, że nigdy nie prosimy o podanie pełnego numeru karty, kodu CVV ani hasła w wiadomości e-mail ani telefonicznie.

    Pozdrawiamy
    Pracownia Protetyki Dentystycznej Estetik
    """),
    [], "Last four card digits only; mentions CVV and passwords without disclosing any. Allowed.")

add("PL09", "pl", "print", "slack",
    "FV/2026/02/109 - przypomnienie",
    T("""
    Dzień dobry Panie Marku,

    przypominam o fakturze FV/2026/02/109 na 7 380,00 zł, termin płatności minął 24.02.2026. Proszę o informację, kiedy możemy spodziewać się przelewu.

    Pozdrawiam
    Piotr

    PS. Przepraszam za zamieszanie z fakturą korygującą w styczniu - to był nasz błąd. Żeby to Panu jakoś wynagrodzić, przesuwam termin płatności tej faktury na 15 kwietnia.
    """),
    ["fault_admission", "terms_change"], "Both violations are in the P.S.: admits the January correction-invoice mix-up was our error and moves the due date to 15 April.")

add("PL10", "pl", "print", "template",
    "Ostatnie przypomnienie przed wstrzymaniem zamówienia ZM/2026/041",
    T(f"""
    Szanowny Panie Prezesie,

    mimo naszych przypomnień z 23.02 i 06.03.2026 faktury FV/2026/01/058 (9 840,00 zł) i FV/2026/01/090 (4 305,00 zł) nadal pozostają nieopłacone. Terminy płatności minęły 09.02 i 20.02.2026.

    Informujemy, że dopóki zaległość w łącznej kwocie {money(9840.00 + 4305.00, 'pln')} nie zostanie uregulowana, nie rozpoczniemy produkcji zamówienia ZM/2026/041 (pudełka fasonowe, 25 000 szt.).

    Jeśli coś blokuje płatność, proszę o kontakt z Działem Windykacji: 12 555 30 44. Chętnie porozmawiamy.

    Z poważaniem
    Drukarnia i Opakowania Wisła Sp. z o.o.
    """),
    [], "Final reminder with a business consequence (production of a new order withheld), our own collections department, offer to talk. Allowed (sample convention g29).")


# ================================================================ output
def main():
    assert len(ITEMS) == 80, len(ITEMS)
    keys = [it["key"] for it in ITEMS]
    assert len(set(keys)) == len(keys)
    nums = list(range(1, 81))
    random.Random(4417).shuffle(nums)
    out = []
    for it, n in zip(ITEMS, nums):
        v = sorted(set(it["violations"]), key=ORDER.index)
        out.append((f"gh{n:03d}", it, v))
    out.sort(key=lambda t: t[0])
    with open(HERE / "drafts.jsonl", "w", encoding="utf-8", newline="\n") as fd, \
         open(HERE / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fl:
        for id_, it, v in out:
            fd.write(json.dumps({"id": id_, "subject": it["subject"], "body": it["body"]},
                                ensure_ascii=False) + "\n")
            fl.write(json.dumps({"id": id_, "allowed": not v, "violations": v,
                                 "note": f"[{it['key']}, {it['lang']}] {it['note']}"},
                                ensure_ascii=False) + "\n")
    # summary for the README
    from collections import Counter
    c = Counter()
    for _, it, v in out:
        c["allowed" if not v else "blocked"] += 1
        for x in v:
            c[x] += 1
    langs = Counter(it["lang"] for it in ITEMS)
    biz = Counter(it["biz"] for it in ITEMS)
    src = Counter(it["src"] for it in ITEMS)
    print(dict(c))
    print(dict(langs), dict(biz), dict(src))
    blocked_by_lang = Counter(it["lang"] for it in ITEMS if it["violations"])
    print("blocked by lang", dict(blocked_by_lang))


if __name__ == "__main__":
    main()
