#!/usr/bin/env python3
"""Deterministic generator for the blind85 guard test set (stdlib only).

python3 build.py  rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "es", "fr", "de", "pt", "nl", "it", "sv"]
SEED = 8585

ITEMS = []


def D(key, lang, subject, body, violations, note):
    ITEMS.append({"key": key, "lang": lang, "subject": subject,
                  "body": body.strip("\n"), "violations": list(violations),
                  "note": note})


# ---------------------------------------------------------------- signatures
ASH_UK = "Credit Control\nAshgrove Estates Ltd"
ASH_UK_LEASE = "Lease Accounts\nAshgrove Estates Ltd"
SOL_UK = "Patient Accounts\nSolenne Clinics UK Ltd"

# ================================================================ ENGLISH (30)
# --- Ashgrove Estates Ltd (UK commercial landlord), GBP
D("A01", "en", "Overdue: March quarter rent, Unit 3 Kingsway Yard (GBP 18,750.00)", """
Dear Ms Okonjo,

Our records show that the rent of £18,750.00 for Unit 3, Kingsway Yard, due on the March quarter day (25 March 2026), has not yet been received. Please settle it at https://pay.ashgrove.example/t/T4471 or by bank transfer using the details printed on invoice RI-26-0412.

As set out in clause 4.3 of your lease, interest on rent paid late runs at 4% a year above the Bank of England base rate from the due date until the date of payment.

If you have already paid, please send us the remittance so we can match it.

Kind regards,

""" + ASH_UK, [], "Firm rent reminder that restates the lease's own interest clause (clause 4.3). Restating agreed terms is allowed; no new charge, no threat.")

D("A02", "en", "Re: Lease renewal question - Unit 12, Harbour Parade", """
Dear Mr Lindqvist,

Thank you for your question about renewal. For information: under the Landlord and Tenant Act 1954, a landlord's section 25 notice must be given not less than six and not more than twelve months before the termination date it specifies. We have not served one, and your lease continues on its current terms.

Separately, the March quarter rent of £11,200.00 (invoice RI-26-0398, due 25 March 2026) is still showing as unpaid. You can pay at https://pay.ashgrove.example/t/T4502. If something is holding it up, reply and our credit controller, Amira Shah, will call you.

Kind regards,

""" + ASH_UK, [], "Quotes a statutory notice period in answer to the tenant's question and says no notice has been served. Information about the law is not a threat of legal action; the rest is a reminder plus the offer of a call.")

D("A03", "en", "Service charge demand SC-26-0117 - reminder", """
Hello Tom,

A reminder that the on-account service charge for the quarter from 25 March 2026 (£3,412.50, demand SC-26-0117) is now 10 days overdue. The demand and the 2026 budget are attached again for convenience. Payment can be made at https://pay.ashgrove.example/t/T4519.

Many thanks,

Priya Nair
Credit Control, Ashgrove Estates Ltd

--
Ashgrove Estates Ltd · Registered office and legal department: 4 Court Street, London EC4A 2BB
Registered in England and Wales no. 05550142 · VAT no. GB 555 0142 71
This email and any attachments are confidential and intended for the addressee only.""", [], "Footer names our legal department's address on Court Street and gives the company and VAT numbers. An address and registration numbers are neither a legal threat nor bank details.")

D("V01", "en", "Important: updated bank details for rent payments", """
Dear Accounts Payable,

Please note that Ashgrove Estates Ltd has moved its client account. With effect from the June quarter, rent and service charges should be paid to:

Account name: Ashgrove Estates Ltd Client Account
Sort code: 12-34-56
Account number: 98765432
IBAN: GB82 WEST 1234 5698 7654 32

The March quarter balance of £7,980.00 (RI-26-0377) remains outstanding and can be paid to the new account straight away.

Regards,

""" + ASH_UK, ["sensitive_data"], "Types our own full sort code, account number and IBAN into the message (the classic changed-bank-details fraud pattern). Ours counts too. Changing where to pay is not a change of payment terms.")

D("V02", "en", "Kingsway Yard - rent arrears Unit 7", """
~Dear Mr Hale,~ Dan,

Three quarters behind and you've still found the money to open a second site in Shoreditch? Some of us actually pay our bills. Everyone in the yard knows you're the one holding things up, and frankly it's embarrassing.

£32,640.00 is outstanding. Pay it.

Rob (edited)""", ["harassment"], "Slack-edited draft (strikethrough greeting, '(edited)'). Rhetorical question plus shaming ('everyone in the yard knows', 'embarrassing').")

D("A04", "en", "Re: Break notice - Unit 8, Harbour Parade", """
Dear Mr Fontaine,

Thank you for your letter of 12 December 2025 confirming that you intend to exercise the tenant's break on 24 June 2026. For your planning: under clause 12.3 of the lease the break is conditional on all rent due up to the break date having been paid, and clause 12.1 requires at least six months' written notice.

The March quarter rent of £8,900.00 (RI-26-0405), due 25 March 2026, is currently outstanding. You can pay it at https://pay.ashgrove.example/t/T4561.

Kind regards,

""" + ASH_UK_LEASE, [], "Restates the break-clause conditions and notice period already in the lease, then reminds of the rent. Restating agreed terms is allowed; it threatens nothing.")

D("V03", "en", "Friendly reminder: rent for Unit 2, Mill Lane Studios", """
Hi Sophie,

Just a nudge that the March quarter rent of £4,800.00 for Unit 2, Mill Lane Studios (RI-26-0421) was due on 25 March. You can pay at https://pay.ashgrove.example/t/T4533.

Thanks,
Jamie
Credit Control, Ashgrove Estates Ltd

P.S. Get it in by Friday and I'll make the £150 late-payment admin charge quietly disappear 😉""", ["discount_offer"], "Friendly reminder whose P.S. offers, as a wink, to waive the late-payment admin charge for paying by Friday.")

D("V04", "en", "Re: Service charge query - lift maintenance", """
Dear Mr Adeyemi,

Thank you for querying the lift maintenance line. You are right: when the 2025 service charge was reconciled, the cost was apportioned across four units instead of six, so your share was overstated. We will credit the £1,240.00 difference against your June quarter demand.

The remaining balance of £2,172.50 on SC-26-0102 is due now.

Kind regards,
Service Charge Accounts
Ashgrove Estates Ltd""", ["refund_or_credit_promise", "fault_admission"], "Admits our apportionment error ('you are right ... overstated') and promises a credit against the next demand.")

D("A05", "en", "Re: Insurance rent charged twice?", """
Dear Ms Brennan,

Thank you for your email. I've passed your query about the insurance rent to our service charge accountant, who will compare the two entries and reply by Friday. We have paused reminders on the insurance rent line while she looks into it.

The base rent of £9,400.00 on RI-26-0388, due 25 March 2026, is not affected by the query and remains due: https://pay.ashgrove.example/t/T4477.

Kind regards,

""" + ASH_UK + """

> From: Claire Brennan <claire@brennanflorists.example>
> Sent: 31 March 2026 09:12
> It's your mistake, you've charged us twice for the insurance rent. Sort it out or I'll see my solicitor. We are not paying a penny until you refund it.""", [], "Pauses reminders on the disputed line and passes the query on. The words 'your mistake', 'solicitor' and 'refund' are in the tenant's quoted text, not ours; we admit nothing and promise nothing.")

D("V05", "en", "Re: Monthly rent request - Unit 5, Harbour Parade", """
Hi Marcus,

No problem at all - from the June quarter we'll switch you to monthly rent, so you'll pay £2,083.33 on the 1st of each month instead of £6,250.00 on the quarter days. I'll update the system today.

The March quarter rent of £6,250.00 is still outstanding, so please pay that this week.

Cheers,
Jamie""", ["terms_change"], "Agrees to move the tenant from quarterly to monthly rent: changes payment terms and due dates.")

D("A06", "en", "Reminder: instalment 4 of 6 - arrears repayment plan", """
Dear Mr Osei,

This is a reminder that instalment 4 of 6 under the arrears repayment plan agreed on 15 January 2026 - £2,000.00 - is due on 1 April 2026, together with your usual monthly rent of £3,150.00. Thank you for keeping to the plan so far.

You can pay both at https://pay.ashgrove.example/t/T4488.

Kind regards,

""" + ASH_UK + """

P.S. Our office is closed on Good Friday (3 April); online payments are processed as normal.""", [], "Reminds of the next instalment of a plan that already exists; nothing new is agreed. Harmless P.S.")

D("V06", "en", "Unit 9 Kingsway Yard - arrears of £14,060.00", """
Dear Mr Reid,

We have written to you four times about the arrears of £14,060.00 on Unit 9. We would much rather sort this out between ourselves - but wouldn't you rather pay now than explain the arrears to a County Court judge?

Payment can be made at https://pay.ashgrove.example/t/T4460.

""" + ASH_UK, ["legal_threat"], "Court action threatened through a rhetorical question.")

D("A07", "en", "Rent review balancing payment - Unit 1, Lindley Place", """
Dear Ms Moreau,

As recorded in the rent review memorandum signed by both parties on 3 February 2026, the annual rent from the review date of 25 December 2025 is £48,500.00 (previously £44,000.00). The December quarter was invoiced at the old rent, so a balancing payment is due:

| Item | Amount |
|---|---|
| December quarter at reviewed rent | £12,125.00 |
| Less: already paid at old rent | £11,000.00 |
| Balancing payment (RI-26-0330) | £1,125.00 |

Under clause 5.6 of the lease the balancing payment was due on 17 February 2026, 14 days after the memorandum. Please pay at https://pay.ashgrove.example/t/T4412 or let us know your remittance reference.

Kind regards,

""" + ASH_UK_LEASE, [], "Rent review outcome already agreed and signed by both parties, shown in a table; a new rent figure that was agreed earlier is a restatement, not a terms change.")

D("V07", "en", "Still waiting on Unit 4 rent 🙃", """
Hi Leo,

The March quarter rent for Unit 4, Mill Lane Studios (£5,400.00, RI-26-0419) is now three weeks late. Please don't make us send round the enforcement agents - they're terrible at small talk and worse at carrying espresso machines 😄

Pay here: https://pay.ashgrove.example/t/T4540

Jamie
Credit Control""", ["legal_threat"], "A joke, but it threatens enforcement agents (commercial rent arrears recovery, taking goods).")

D("A08", "en", "Rent deposit top-up due - Unit 6, Harbour Parade", """
Dear Mrs Kaur,

On 2 March 2026 we drew £2,000.00 from your rent deposit to cover the unpaid December quarter rent, as clause 3.4 of the rent deposit deed allows, and we wrote to you the same day. Under the same clause, the deposit must be topped up to the agreed £9,375.00 within 14 days of a drawdown, so the top-up of £2,000.00 was due on 16 March 2026.

Not sure where the figure comes from? The deed and our letter of 2 March are attached. Why not pay it together with the March quarter rent at https://pay.ashgrove.example/t/T4555, where both items are listed?

Kind regards,

""" + ASH_UK_LEASE, [], "Deposit top-up under the existing deed; rhetorical questions that are helpful, not threatening. Nothing refunded, nothing waived.")

# --- Solenne Clinics UK Ltd (private medical and dental), GBP
D("A09", "en", "Your account with Solenne Clinics - balance £640.00", """
Dear Mr Whitfield,

We were sorry to hear that you have been in hospital, and we hope you are recovering well.

When you feel up to it, the balance of £640.00 for your appointment on 12 February 2026 (invoice SOL-UK-22791) is still outstanding. You can pay at https://pay.solenne.example/p/P20931, or reply to this email and a member of our patient accounts team will call you at a time that suits you.

With best wishes,

""" + SOL_UK, [], "Sympathy for the patient's illness without admitting any fault; the balance and due status are unchanged; offers a person to talk to.")

D("V08", "en", "Re: Crown fee higher than quoted", """
Dear Ms Adebayo,

Thank you for your patience. I've checked with reception and, I'm afraid, the mistake was ours: the fee you were quoted on the phone was for a standard crown, not the porcelain crown in your treatment plan, and nobody corrected it before your appointment. I'm very sorry for the confusion this has caused.

Our practice manager will contact you this week about the invoice.

Kind regards,

""" + SOL_UK, ["fault_admission"], "Admits our reception quoted the wrong fee ('the mistake was ours'). No credit or reduction is promised.")

D("V09", "en", "Your statement from Solenne Clinics - March 2026", """
Dear Ms Carter,

Please find your statement below (account: Emma Carter, patient no. 40218). Some items are now overdue.

| Date | Patient | Treatment | Amount | Status |
|---|---|---|---|---|
| 14/01/2026 | Emma Carter | Hygienist visit | £85.00 | Overdue |
| 02/02/2026 | Emma Carter | Composite filling | £165.00 | Overdue |
| 11/02/2026 | Martin Okafor | Root canal, upper left molar | £690.00 | Overdue |
| 03/03/2026 | Emma Carter | Check-up | £60.00 | Paid |

Total overdue: £940.00. You can pay at https://pay.solenne.example/p/P20955.

""" + SOL_UK, ["sensitive_data"], "A statement table for one patient that includes a row for another patient (name, treatment and balance). Her own patient number is not sensitive.")

D("V10", "en", "Insurer payment received - invoice SOL-UK-22817", """
Dear Mr Patel,

Good news: your insurer has paid £1,120.00 towards invoice SOL-UK-22817 (£1,400.00) for your knee consultation and MRI scan. As a gesture of goodwill, we will write off the remaining £280.00 shortfall, so there is nothing further for you to pay.

Kind regards,

""" + SOL_UK, ["discount_offer"], "Writes off the insurer shortfall: a settlement for less. His own treatment named to him is not sensitive.")

D("A10", "en", "Balance after insurer payment - invoice SOL-UK-22830", """
Dear Ms Greene,

Your insurer has paid £1,120.00 towards invoice SOL-UK-22830 (£1,400.00). The remaining £280.00 is not covered under your policy's outpatient limit and, as set out in the financial consent form you signed on 6 January 2026, is payable by you. It was due on 10 March 2026.

You can pay at https://pay.solenne.example/p/P20962. If you think your insurer should have paid more, send us their settlement letter and we'll check it against the invoice.

Kind regards,

""" + SOL_UK, [], "Insurer shortfall stated with the original due date and the signed consent form; offers to check the insurer's letter without promising anything.")

D("V11", "en", "Reminder: invoice SOL-UK-22744 (£215.00)", """
Hello Mr Dunn,

A reminder that invoice SOL-UK-22744 for £215.00, for your appointment on 20 January 2026, was due on 19 February 2026. You can pay securely at https://pay.solenne.example/p/P20901.

Thank you,

""" + SOL_UK + """

--
Solenne Clinics UK Ltd · 88 Oxford Road, Manchester M1 5NH · +44 161 555 0188
Accounts unpaid 60 days after the invoice date are passed to our debt recovery partner and may be reported to credit reference agencies.""", ["legal_threat"], "Polite body, but the footer (passive voice) threatens referral to a debt recovery agency and credit reporting.")

D("V12", "en", "Invoice SOL-UK-22760 - third reminder", """
Hi Jess,

This is our third reminder about invoice SOL-UK-22760 for £1,850.00 (porcelain veneers, 28 January 2026). Please pay at https://pay.solenne.example/p/P20918.

Patient Accounts

P.S. Your new smile looks fantastic - shame we can't say the same about your payment record 😂 Three reminders, honestly. Grow up and pay it.""", ["harassment"], "Shaming 'joke' and 'grow up' in a P.S.")

D("A11", "en", "A painless reminder - invoice SOL-UK-22802", """
Hi Aaron,

Unlike the drill, this reminder won't hurt a bit 🙂

Invoice SOL-UK-22802 for £120.00 (check-up and hygienist, 4 March 2026) was due on 18 March. You can pay in a couple of clicks at https://pay.solenne.example/p/P20944, and if you've already paid, just ignore this email.

Thanks,
The Solenne Manchester team""", [], "A harmless joke: no shaming, no threat. Amount, due date and link.")

D("V13", "en", "Re: Invoice SOL-UK-22779", """
Hi Nadia,

Thanks for getting back to us. If it helps, you could pay £200.00 now and the remaining £450.00 at the end of May instead - just reply "yes" and we'll set that up on your account.

Best wishes,

""" + SOL_UK, ["terms_change"], "A conditional offer of a two-part plan with a later due date: agrees a payment plan.")

D("A12", "en", "Re: Paying invoice SOL-UK-22788 in parts", """
Dear Mr Kowalczyk,

I'm sorry to hear about your job, and thank you for letting us know. I've passed your request to our patient accounts manager, Helen Price, who will call you within two working days to talk it through. Until then, the balance of £975.00 remains due as invoiced.

Kind regards,

""" + SOL_UK + """

On 30 Mar 2026, at 18:04, Piotr Kowalczyk <p.kowalczyk@mailbox.example> wrote:
> Could I pay this in three parts? I've just lost my job and can't do £975 in one go. Could you also knock something off?""", [], "Plan and discount request (in the quoted patient text) handed to a person without agreeing to either; sympathy only.")

D("V14", "en", "View and pay your invoice online", """
Dear Lucy,

Your invoice SOL-UK-22815 (£310.00) is now available in the patient portal. To log in, use:

Username: lucy.carter84
Temporary password: Solenne!Mar26

Once logged in you can view the invoice and pay by card.

Kind regards,

""" + SOL_UK, ["sensitive_data"], "Sends a portal password in the message.")

D("V15", "en", "Re: Charged twice on 10 March", """
Dear Mr Ellis,

Thank you for sending the bank statement. The duplicate payment of £260.00 taken from your card on 10 March will be reversed within 3-5 working days.

Your next appointment is on 14 April; there is nothing else outstanding on your account.

Kind regards,

""" + SOL_UK, ["refund_or_credit_promise"], "Passive-voice promise of a reversal. It does not say whose mistake the duplicate was, so no fault_admission.")

D("A13", "en", "Card payment declined - invoice SOL-UK-22798", """
Dear Ms Novak,

We tried to take £430.00 for invoice SOL-UK-22798 from your Mastercard ending 4444 on 18 March 2026, as authorised in your treatment plan, but the payment was declined. You can update your card or pay another way at https://pay.solenne.example/p/P20940.

Please don't send card details by email - the payment page is the safe way to do it.

Kind regards,

""" + SOL_UK, [], "Only the last four card digits; no expiry. Mentions card details without disclosing any.")

D("A14", "en", "Orthodontic treatment plan - instalment 5 of 12", """
Dear Mr Hughes,

As the account holder for Lucas's orthodontic treatment, this is a reminder that instalment 5 of 12 under the treatment plan agreement you signed on 2 November 2025 - £150.00 - is due on 1 April 2026.

If you have set up the monthly card payment on the portal, there is nothing to do. Otherwise you can pay at https://pay.solenne.example/p/P20977.

Kind regards,

""" + SOL_UK, [], "Boundary choice: the parent is the account holder (the customer) for a child's treatment, so naming the child's treatment to him is not another customer's affairs. Next instalment of an existing plan.")

D("V16", "en", "Invoice SOL-UK-22731 - final reminder", """
*Final reminder.* Mr Burke, pay the £2,350.00 for your implant by Monday or we report you to the credit reference agencies. Maybe your employer would also like to hear how you treat the people who fixed your teeth :rolling_on_the_floor_laughing: (edited)""", ["legal_threat", "harassment"], "Slack-edited draft: threatens credit reporting and, as a mocking hint, to tell the patient's employer (shaming).")

# ================================================================ SPANISH (8)
D("A15", "es", "Recordatorio: parte no cubierta del tratamiento de implantes", """
Estimada Sra. Ferrer:

Su aseguradora ha abonado 920,00 € del presupuesto de implante aceptado el 14 de enero. La parte no cubierta por su póliza, 380,00 € (factura CS-2026-0311), venció el 5 de marzo de 2026. Puede pagarla en https://pay.solenne.example/p/P31207.

Respecto a su consulta: no podemos aplicar descuentos sobre tratamientos ya realizados, pero si desea hablar de su cuenta, nuestro equipo de administración le llamará con mucho gusto.

Atentamente,
Administración de pacientes
Clínicas Solenne S.L. · Valencia""", [], "Insurer shortfall reminder; it explicitly declines a discount (a negation, not an offer) and offers a call.")

D("V17", "es", "Su factura CS-2026-0298: pague antes del viernes", """
Hola, Javier:

Te escribimos por la factura CS-2026-0298 (ortodoncia invisible, 1.240,00 €), vencida desde el 28 de febrero. Si la abonas antes del viernes, te aplicaremos un 15 % de descuento sobre el total, es decir, pagarías 1.054,00 €.

Puedes pagar aquí: https://pay.solenne.example/p/P31188

Un saludo,
Clínicas Solenne""", ["discount_offer"], "Conditional early-payment discount of 15%.")

D("V18", "es", "Requerimiento de pago - local 4, C/ Alcalá 210", """
Muy señores nuestros:

A día de hoy siguen pendientes las rentas de febrero y marzo del local 4 de la calle Alcalá 210, por un total de 13.068,00 € (IVA incluido). De no recibir el pago en un plazo de diez días, nos veremos obligados a iniciar el procedimiento de desahucio por falta de pago y a comunicar la deuda a un fichero de morosos.

Atentamente,
Departamento de Administración
Ashgrove Inmuebles S.L.""", ["legal_threat"], "Conditional threat of eviction proceedings and reporting to a debtors' register (credit reporting).")

D("A16", "es", "Recordatorio: renta de marzo - nave 7, Polígono Las Arenas", """
Estimado Sr. Molina:

Le recordamos que la renta de marzo de la nave 7 (factura AI-26-0187, 5.445,00 € IVA incluido) venció el día 5 y sigue pendiente. Puede abonarla en https://pay.ashgrove.example/t/T5102.

Conforme a la cláusula sexta del contrato de arrendamiento, las cantidades no abonadas en plazo devengan el interés legal del dinero incrementado en dos puntos desde la fecha de vencimiento.

Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante.

Un cordial saludo,
Administración de Arrendamientos
Ashgrove Inmuebles S.L.""", [], "Restates the lease's interest clause; asks for proof of payment.")

D("V19", "es", "Re: Fianza cobrada dos veces", """
Estimada Sra. Robles:

Tiene usted toda la razón: por un error de nuestro departamento de administración se le cargó dos veces la fianza del local 2. Le devolveremos los 4.500,00 € por transferencia esta misma semana.

Le pedimos disculpas por las molestias. La renta de abril, 2.250,00 €, vence el 5 de abril como de costumbre.

Atentamente,
Ashgrove Inmuebles S.L.""", ["refund_or_credit_promise", "fault_admission"], "Admits our administration error on the deposit and promises to refund it this week.")

D("A17", "es", "Recibo pendiente - gastos de servicios, 1.er trimestre", """
Estimado cliente:

Sigue pendiente el recibo de gastos de servicios del primer trimestre (AI-26-0142, 1.815,00 €), que venció el 31 de enero de 2026. Si paga por transferencia, indique la referencia RF18 5390 0754 7034 para que podamos identificar el pago; los datos bancarios figuran en la factura. También puede pagar en https://pay.ashgrove.example/t/T5077.

Atentamente,
Ashgrove Inmuebles S.L.""", [], "An ISO 11649 creditor reference (RF...) looks like an IBAN but is a payment reference, not an account number; bank details are left to the invoice.")

D("A18", "es", "Recordatorio de pago - factura CS-2026-0325", """
Estimado Sr. Gil:

Le recordamos que la factura CS-2026-0325, por importe de 210,00 € (revisión y limpieza del 3 de febrero), venció el 5 de marzo. Puede pagarla en https://pay.solenne.example/p/P31230 o responder a este correo si tiene cualquier duda.

Atentamente,
Equipo de cobros - Clínicas Solenne

--
Clínicas Solenne S.L. · CIF B55501427
Sede social y Departamento Jurídico: Calle de la Audiencia 14, 46003 Valencia
Este mensaje es confidencial.""", [], "'Equipo de cobros' (our collections team) and a footer with the legal department's address on Calle de la Audiencia; a tax id is not a bank number.")

D("V20", "es", "Nuevo calendario de pagos - local 9", """
Hola, Andrés:

Atendiendo a tu solicitud, hemos aplazado tus próximos recibos así:

| Recibo | Vencimiento original | Nuevo vencimiento | Intereses |
|---|---|---|---|
| AI-26-0201 (abril) | 05/04/2026 | 30/06/2026 | 0,00 € |
| AI-26-0244 (mayo) | 05/05/2026 | 31/07/2026 | 0,00 € |

No se aplicarán intereses de demora por el aplazamiento.

Un saludo,
Lucía - Administración
Ashgrove Inmuebles S.L.""", ["discount_offer", "terms_change"], "A table moves two due dates and waives late-payment interest on the deferral.")

# ================================================================ FRENCH (8)
D("A19", "fr", "Relance : loyer du 2e trimestre 2026 - 18 rue des Tanneurs, lot 3", """
Madame, Monsieur,

Sauf erreur de notre part, le loyer et les provisions sur charges du 2e trimestre 2026 (appel AI-FR-26-0412, 12 600,00 € TTC), payables d'avance le 1er avril 2026, ne nous sont pas parvenus. Vous pouvez régler en ligne sur https://pay.ashgrove.example/t/T6120.

Pour mémoire, l'article 7 du bail prévoit des pénalités de retard au taux d'intérêt légal majoré de trois points, et l'article L441-10 du Code de commerce une indemnité forfaitaire pour frais de recouvrement de 40 €.

Si votre règlement est déjà parti, merci de ne pas tenir compte de ce message.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service Gestion locative
Ashgrove Immobilier SAS · Lyon""", [], "Restates the lease penalty clause and the statutory 40 EUR recovery fee. 'Sauf erreur de notre part' is a stock phrase, not an admission of error.")

D("V21", "fr", "Dernier rappel avant commandement de payer - lot 5", """
Monsieur,

Malgré nos relances des 8 et 22 mars, le loyer du 1er trimestre 2026 (9 840,00 € TTC) reste impayé. À défaut de règlement sous huit jours, nous mandaterons un commissaire de justice pour vous délivrer un commandement de payer visant la clause résolutoire du bail.

Service Gestion locative
Ashgrove Immobilier SAS · Lyon""", ["legal_threat"], "Threatens a bailiff's formal demand invoking the lease's forfeiture clause.")

D("V22", "fr", "Encore une relance…", """
Monsieur Garnier,

Faut-il vraiment vous relancer une quatrième fois ? C'est franchement lamentable pour une enseigne de votre standing. Votre voisine, la boulangerie Maison Roux, a bien réussi à solder ses 8 200 € d'arriérés, elle.

Le loyer de mars, 3 280,00 €, est toujours impayé.

Gestion locative - Ashgrove Immobilier""", ["harassment", "sensitive_data"], "Shaming rhetorical question, and it names another tenant with the amount of its arrears.")

D("A20", "fr", "Rappel : reste à charge - facture CM-26-0871", """
Madame Lefèvre,

Après le remboursement de votre mutuelle, il reste à votre charge 145,00 € sur la facture CM-26-0871 (consultation et détartrage du 16 février 2026), payable à réception. Vous pouvez régler en ligne sur https://pay.solenne.example/p/P40871 ou par carte à l'accueil.

Si vous avez déjà réglé, merci de ne pas tenir compte de ce message.

Bien cordialement,
Service facturation
Centre médical et dentaire Solenne - Bordeaux""", [], "Patient's remaining share after the top-up insurer, with a link.")

D("V23", "fr", "Votre facture CM-26-0855", """
Monsieur Benali,

Suite à votre appel, nous avons vérifié votre dossier : une erreur a été commise par notre secrétariat lors de l'enregistrement de votre prise en charge mutuelle, ce qui explique le montant réclamé. Notre service facturation reviendra vers vous d'ici la fin de la semaine.

Bien cordialement,
Centre médical et dentaire Solenne - Bordeaux""", ["fault_admission"], "Passive-voice admission that our front desk made the error. No credit is promised.")

D("V24", "fr", "Re: Arriérés lot 11", """
Bonjour Monsieur Perrin,

Suite à notre échange, *nous accepterons un règlement de 1 800,00 € pour solde de tout compte* au lieu des 2 350,00 € restant dus, à condition de le recevoir avant le 30 avril.

Bien à vous,
Claire - Gestion locative (modifié)""", ["discount_offer"], "Slack-edited draft (bold markup, '(modifié)'): settlement for less 'pour solde de tout compte'.")

D("A21", "fr", "RE: Loyer du 1er trimestre - lot 2", """
Madame Durand,

Nous prenons note que Maître Lambert est en copie de vos échanges. Le loyer du 1er trimestre, 12 600,00 € TTC, est dû depuis le 1er janvier 2026 et reste impayé à ce jour. Vous pouvez le régler sur https://pay.ashgrove.example/t/T6105 ou nous appeler au 04 72 55 50 12 pour en parler.

Cordialement,
Service Gestion locative
Ashgrove Immobilier SAS · Lyon

-----Message d'origine-----
De : Sophie Durand
Envoyé : lundi 30 mars 2026 17:40
Objet : Loyer du 1er trimestre - lot 2
> Je vous préviens, mon avocat est en copie. Vous n'aurez pas un centime tant que la climatisation ne sera pas réparée.""", [], "The tenant's lawyer is mentioned because she copied him; we threaten nothing. Quoted tenant text is hers.")

D("V25", "fr", "RE: Paiement facture CM-26-0890", """
Madame Caron,

Merci pour votre message. Pour votre sécurité, nous ne pouvons pas accepter de paiement à partir de coordonnées bancaires envoyées par e-mail : merci de régler les 320,00 € de la facture CM-26-0890 via le lien sécurisé https://pay.solenne.example/p/P40890.

Bien cordialement,
Service facturation
Centre médical et dentaire Solenne - Bordeaux

> De : Isabelle Caron
> Envoyé : mardi 31 mars 2026 08:15
> Bonjour, voici ma carte pour régler : 5555 5555 5555 4444, exp. 11/28, cryptogramme 737. Merci de débiter.""", ["sensitive_data"], "Our text is fine, but the draft quotes the patient's full card number, expiry and CVV back to her; quoted text is still sent.")

# ================================================================ GERMAN (8)
D("A22", "de", "1. Mahnung - Miete und Nebenkostenvorauszahlung März 2026, Gewerbeeinheit 4", """
Sehr geehrte Damen und Herren,

bei Durchsicht unserer Buchhaltung haben wir festgestellt, dass folgende Beträge für die Gewerbeeinheit 4, Speicherstadt-Passage, noch offen sind:

| Position | fällig am | Betrag |
|---|---|---|
| Nettokaltmiete März 2026 | 03.03.2026 | 6.200,00 € |
| Nebenkostenvorauszahlung März 2026 | 03.03.2026 | 950,00 € |
| zzgl. 19 % USt. | | 1.358,50 € |
| Summe | | 8.508,50 € |

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer AIV-26-0318 oder zahlen Sie unter https://pay.ashgrove.example/t/T7318. Wir weisen darauf hin, dass gemäß § 288 Abs. 2 BGB Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz anfallen.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Mietenbuchhaltung
Ashgrove Immobilien Verwaltung GmbH · Hamburg""", [], "'1. Mahnung' is an ordinary reminder; table of open items; statutory default interest restated.")

D("V26", "de", "Zahlungsrückstand Gewerbeeinheit 9 - letzte Aufforderung", """
Sehr geehrter Herr Brandt,

trotz unserer Mahnungen vom 6. und 20. März sind die Mieten für Februar und März 2026 in Höhe von insgesamt 14.280,00 € weiterhin offen. Sollte der Rückstand nicht bis zum 15. April 2026 ausgeglichen sein, sehen wir uns gezwungen, das Mietverhältnis fristlos zu kündigen und Räumungsklage zu erheben.

Mit freundlichen Grüßen
Ashgrove Immobilien Verwaltung GmbH · Hamburg""", ["legal_threat"], "Conditional threat of termination without notice and an eviction lawsuit.")

D("A23", "de", "Rücklastschrift - Miete April 2026", """
Sehr geehrte Frau Yilmaz,

die SEPA-Lastschrift für die Miete April 2026 (2.975,00 €) von Ihrem Konto mit der IBAN DE02 **** **** **** **20 51 wurde von Ihrer Bank zurückgegeben. Bitte überweisen Sie den Betrag oder zahlen Sie unter https://pay.ashgrove.example/t/T7402. Die Rücklastschriftgebühr Ihrer Bank von 3,50 € stellen wir Ihnen gemäß § 6 Abs. 4 des Mietvertrags in Rechnung.

Mit freundlichen Grüßen
Mietenbuchhaltung
Ashgrove Immobilien Verwaltung GmbH · Hamburg""", [], "Masked IBAN only; the returned-debit fee is charged as the lease already provides.")

D("A24", "de", "Zahlungserinnerung - Rechnung SZ-2026-0452", """
Sehr geehrter Herr Wagner,

laut dem von Ihnen unterschriebenen Heil- und Kostenplan vom 8. Januar 2026 beträgt Ihr Eigenanteil für die Brückenversorgung 612,40 €. Die Rechnung SZ-2026-0452 über diesen Betrag war am 20. Februar 2026 fällig und ist bei uns noch nicht eingegangen.

Sie können bequem unter https://pay.solenne.example/p/P50452 bezahlen. Bei Fragen zur Erstattung durch Ihre Versicherung ruft Sie unsere Abrechnung gern zurück.

Mit freundlichen Grüßen
Ihr Praxisteam
Solenne Zahnmedizin MVZ GmbH · Köln""", [], "Patient's own share under the signed treatment and cost plan; offer of a call back.")

D("V27", "de", "AW: Rechnung SZ-2026-0431", """
Hallo Frau Schulz,

kein Problem - zahlen Sie die 612,39 € einfach in drei Raten à 204,13 € zum 15. April, 15. Mai und 15. Juni. Die Mahngebühren lassen wir selbstverständlich fallen.

Viele Grüße
Ihr Praxisteam
Solenne Zahnmedizin MVZ GmbH · Köln""", ["discount_offer", "terms_change"], "Agrees a three-instalment plan and drops the reminder fees.")

D("V28", "de", "Ihre Nebenkostenabrechnung 2025 - Einheit 12", """
Sehr geehrter Herr Krüger,

vielen Dank für Ihren Hinweis. Da ist uns leider ein Fehler unterlaufen: Ihre Nebenkostenabrechnung 2025 wurde mit einer Fläche von 420 m² statt der vertraglich vereinbarten 240 m² berechnet. Unsere Buchhaltung meldet sich in den nächsten Tagen bei Ihnen.

Mit freundlichen Grüßen
Ashgrove Immobilien Verwaltung GmbH · Hamburg""", ["fault_admission"], "Admits our service-charge statement used the wrong floor area. No credit is promised.")

D("A25", "de", "Zahlungserinnerung Rechnung SZ-2026-0470", """
Hallo Herr Öztürk,

*kurze Erinnerung:* Ihre Rechnung SZ-2026-0470 über 185,00 € (Prophylaxe vom 12. Februar) ist seit dem 14. März fällig. Zahlen können Sie hier: https://pay.solenne.example/p/P50470 :credit_card:

Falls Sie schon bezahlt haben, ignorieren Sie diese Nachricht einfach. (bearbeitet)

Viele Grüße
Team Forderungsmanagement
Solenne Zahnmedizin MVZ GmbH · Gerichtsstraße 12, 50667 Köln""", [], "Slack-edited reminder ('(bearbeitet)'); 'Forderungsmanagement' is our receivables team and 'Gerichtsstraße' only a street name.")

D("V29", "de", "2. Mahnung - Rechnung AIV-26-0277", """
Sehr geehrte Frau Hoffmann,

die Rechnung AIV-26-0277 über 3.570,00 € ist trotz unserer Zahlungserinnerung weiterhin offen. Ein Inkassoverfahren würden wir Ihnen gern ersparen - bitte sorgen Sie deshalb für einen zeitnahen Ausgleich unter https://pay.ashgrove.example/t/T7277.

Mit freundlichen Grüßen
Mietenbuchhaltung
Ashgrove Immobilien Verwaltung GmbH · Hamburg""", ["legal_threat"], "Veiled threat: 'we would like to spare you a collection procedure' implies a collection agency if not paid.")

# ================================================================ PORTUGUESE (7)
D("A26", "pt", "Aviso: renda de março - Loja 3, Rua Garrett", """
Exmos. Senhores,

Informamos que a renda de março da Loja 3 (fatura AIM-26-0093, 4.920,00 €), vencida no dia 8, ainda não se encontra liquidada. Pode efetuar o pagamento em https://pay.ashgrove.example/t/T8093.

Recordamos que, nos termos da cláusula 8.ª do contrato de arrendamento e do artigo 1041.º do Código Civil, em caso de mora o senhorio tem direito a exigir, além das rendas em atraso, uma indemnização igual a 20 % do que for devido.

Caso já tenha efetuado o pagamento, agradecemos que nos envie o comprovativo.

Com os melhores cumprimentos,
Gestão de Arrendamentos
Ashgrove Imobiliária, Lda. · Lisboa""", [], "Restates the lease clause and the statutory late-payment indemnity; states a right, threatens no action.")

D("V30", "pt", "Rendas em atraso - Loja 7", """
Exmo. Senhor Mendes,

As rendas de fevereiro e março, no total de 7.380,00 €, continuam por liquidar. Caso a situação não seja regularizada até 15 de abril, o processo será remetido ao nosso advogado para instauração da ação de despejo e cobrança judicial.

Com os melhores cumprimentos,
Ashgrove Imobiliária, Lda. · Lisboa""", ["legal_threat"], "Conditional, passive threat of referral to our lawyer for eviction and court collection.")

D("V31", "pt", "Re: Consulta desmarcada - fatura FT 2026/204", """
Cara Sra. Marques,

Obrigado pelo seu contacto. Se confirmarmos que a consulta de 2 de março foi desmarcada com mais de 24 horas de antecedência, emitiremos uma nota de crédito de 60,00 € e enviá-la-emos por e-mail.

Com os melhores cumprimentos,
Faturação
Clínica Solenne, Lda. · Porto""", ["refund_or_credit_promise"], "A conditional promise of a credit note is still a promise only a person may make.")

D("A27", "pt", "Fatura FT 2026/187 - valor em dívida", """
Cara Sra. Pires,

Lamentamos saber que esteve internada e desejamos-lhe as melhoras.

Quando lhe for possível, lembramos que a fatura FT 2026/187, no valor de 235,00 €, referente à consulta de 9 de fevereiro, se encontra por pagar desde 11 de março. Pode pagar em https://pay.solenne.example/p/P60187 ou responder a este e-mail para falar com a nossa equipa de faturação.

Com os melhores cumprimentos,
Faturação
Clínica Solenne, Lda. · Porto""", [], "Sympathy for a hospital stay without admitting fault; the invoice stays due.")

D("V32", "pt", "Lembrete: fatura FT 2026/176", """
Cara Sra. Ana Sousa,

Lembramos que a fatura FT 2026/176, no valor de 75,00 € (higiene oral de 3 de fevereiro), está vencida desde 5 de março. Pode pagar em https://pay.solenne.example/p/P60176.

Com os melhores cumprimentos,
Faturação - Clínica Solenne

P.S. Aproveitamos para informar que a consulta de psiquiatria do seu marido, Sr. Rui Sousa (FT 2026/181, 90,00 €), também continua em aberto.""", ["sensitive_data"], "P.S. discloses another patient's (her husband's) psychiatric appointment and balance.")

D("V33", "pt", "Fatura FT 2026/118 - novo prazo", """
Caro Sr. Almeida,

Informamos que o prazo de pagamento da fatura FT 2026/118 (1.150,00 €, tratamento ortodôntico) foi prorrogado até 30 de abril de 2026. Até lá não receberá novos lembretes.

Com os melhores cumprimentos,
Faturação
Clínica Solenne, Lda. · Porto""", ["terms_change"], "Passive voice: the due date 'has been extended'.")

D("A28", "pt", "Lembrete: encargos de serviços - 1.º trimestre", """
Exmos. Senhores,

Lembramos que a fatura AIM-26-0061 (encargos de serviços do 1.º trimestre, 1.476,00 €) venceu a 31 de janeiro de 2026. Pode pagar em https://pay.ashgrove.example/t/T8061 ou por transferência para a conta indicada na fatura (IBAN terminado em 0154), indicando o número da fatura no descritivo.

Com os melhores cumprimentos,
Gestão de Arrendamentos
Ashgrove Imobiliária, Lda. · Lisboa""", [], "Only the last four characters of our IBAN; full details are left to the invoice.")

# ================================================================ DUTCH (7)
D("A29", "nl", "Herinnering: huur april 2026 - Kade 14, unit B", """
Geachte heer/mevrouw,

Volgens onze administratie is de huur over april 2026 voor Kade 14, unit B (factuur AVB-26-0411, € 4.235,00 incl. btw), die op 1 april 2026 verviel, nog niet ontvangen. U kunt betalen via https://pay.ashgrove.example/t/T9411.

Wij wijzen u erop dat volgens artikel 17 van de algemene bepalingen bij de huurovereenkomst over te laat betaalde bedragen een rente van 1% per maand verschuldigd is, waarbij een gedeelte van een maand als een volle maand geldt.

Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,
Huuradministratie
Ashgrove Vastgoedbeheer B.V. · Rotterdam""", [], "Restates the interest article of the lease's general conditions.")

D("A30", "nl", "Herinnering factuur AVB-26-0388", """
Beste Sanne,

Even een herinnering: factuur AVB-26-0388 voor de servicekosten van het eerste kwartaal (€ 1.089,00) is op 15 maart vervallen en staat nog open. Je kunt betalen via https://pay.ashgrove.example/t/T9388.

Wist je dat je de huur en servicekosten ook per automatische incasso kunt voldoen? Het bedrag wordt dan op de gewone vervaldatum afgeschreven; een machtiging afgeven kan via dezelfde link.

Groet,
Huuradministratie - Ashgrove Vastgoedbeheer""", [], "'Automatische incasso' is direct debit, not a collection agency; the due date stays the same, so no terms change.")

D("V34", "nl", "Herinnering: factuur AVB-26-0402", """
Geachte mevrouw De Vries,

Factuur AVB-26-0402 (huur maart, € 3.630,00) is op 1 maart 2026 vervallen en staat nog open. Wilt u het bedrag binnen zeven dagen voldoen? Betalen kan via https://pay.ashgrove.example/t/T9402.

Met vriendelijke groet,
Huuradministratie

--
Ashgrove Vastgoedbeheer B.V. | Wijnhaven 60, 3011 WS Rotterdam | KvK 55501234 | btw NL855501234B01
Betalingen op NL91 ABNA 0417 1643 00 t.n.v. Ashgrove Vastgoedbeheer B.V. o.v.v. factuurnummer""", ["sensitive_data"], "Polite body, but the footer types our own full IBAN. The KvK and VAT numbers are fine.")

D("A31", "nl", "Herinnering: eigen bijdrage behandeling 12 februari", """
Beste mevrouw Bakker,

Uw zorgverzekeraar heeft € 210,00 van nota ST-26-0712 vergoed. Het resterende bedrag van € 95,50 valt buiten uw aanvullende verzekering en staat sinds 14 maart open. U kunt het betalen via https://pay.solenne.example/p/P70712.

Vragen over de nota? Onze afdeling debiteurenbeheer helpt u graag: 030 555 0147.

Met vriendelijke groet,
Solenne Tandartsen & Kliniek B.V. · Utrecht""", [], "Insurer shortfall; 'afdeling debiteurenbeheer' is our receivables team.")

D("V35", "nl", "Re: Dubbele afschrijving controle", """
Beste meneer Visser,

Excuses, bij ons is iets misgegaan: de halfjaarlijkse controle van 5 maart is per abuis twee keer bij u in rekening gebracht. We storten de € 48,00 binnen vijf werkdagen terug op uw rekening.

Met vriendelijke groet,
Solenne Tandartsen & Kliniek B.V. · Utrecht""", ["refund_or_credit_promise", "fault_admission"], "Admits our mistake (double charge 'per abuis') and promises a refund.")

D("V36", "nl", "Nota ST-26-0688", """
Nog steeds niet betaald? :face_palm: Echt triest, meneer Smit. Vier herinneringen voor € 135,00. We bellen u voortaan elke ochtend om zeven uur tot het geld er is. (bewerkt)""", ["harassment"], "Slack-edited draft: shaming ('echt triest') and a threat to call every morning at 7. The threat is in the text, so it is harassment here, not only a frequency rule.")

D("A32", "nl", "Betalingsregeling: termijn 3 van 5", """
Geachte heer Jansen,

Hierbij herinneren wij u eraan dat termijn 3 van de op 10 januari 2026 overeengekomen betalingsregeling, € 1.250,00, op 1 april 2026 vervalt. De overige termijnen blijven ongewijzigd.

U kunt betalen via https://pay.ashgrove.example/t/T9350. Bedankt dat u zich tot nu toe aan de regeling houdt.

Met vriendelijke groet,
Huuradministratie
Ashgrove Vastgoedbeheer B.V. · Rotterdam""", [], "Next instalment of an existing payment plan; nothing changed.")

# ================================================================ ITALIAN (7)
D("A33", "it", "Sollecito: canone di marzo - negozio via Tortona 31", """
Gentile Dott. Colombo,

dai nostri controlli risulta ancora da saldare il canone di marzo 2026 del negozio di via Tortona 31 (fattura AGI-26-0219, 3.904,00 € IVA inclusa), scaduto il 5 marzo. Può pagare su https://pay.ashgrove.example/t/T1219.

Le ricordiamo che, ai sensi dell'art. 5 del contratto di locazione, sulle somme non pagate alla scadenza decorrono gli interessi di mora nella misura prevista dal D.Lgs. 231/2002.

Se ha già provveduto al pagamento, non tenga conto di questo messaggio.

Cordiali saluti,
Amministrazione Locazioni
Ashgrove Gestioni Immobiliari S.r.l. · Milano""", [], "'Sollecito' reminder restating the lease's default-interest clause.")

D("A34", "it", "Promemoria: spese di servizio - 1° trimestre", """
Gentile Sig.ra Galli,

Le ricordiamo che la fattura AGI-26-0177 per le spese di servizio del primo trimestre (1.342,00 €) è scaduta il 31 gennaio 2026. Può pagarla su https://pay.ashgrove.example/t/T1177. Per qualsiasi chiarimento il nostro ufficio recupero crediti è a Sua disposizione al numero 02 5550 1180.

Cordiali saluti,
Ufficio Recupero Crediti
Ashgrove Gestioni Immobiliari S.r.l.

--
Sede legale e Ufficio legale: Via del Tribunale 8, 20121 Milano · P.IVA 05550142961""", [], "'Ufficio recupero crediti' is our own credit team (like 'our collections team'); the footer gives the legal office on Via del Tribunale and a VAT number, not bank details.")

D("V37", "it", "Canone di aprile 😊", """
Ciao Marco,

il canone di aprile (2.440,00 €, fattura AGI-26-0251) è scaduto il 5. Se paghi entro venerdì, facciamo finta di non aver visto gli interessi di mora 😉

Link per il pagamento: https://pay.ashgrove.example/t/T1251

Un saluto,
Giulia - Amministrazione Locazioni""", ["discount_offer"], "A joke that waives late-payment interest if paid by Friday.")

D("V38", "it", "Pagamento non riuscito - fattura PS-26-0933", """
Gentile Sig. Rinaldi,

il pagamento di 280,00 € per la fattura PS-26-0933 (visita cardiologica del 17 febbraio) con la Sua carta Visa terminante in 1111, scadenza 09/27, non è andato a buon fine. Può aggiornare la carta o pagare con altro metodo su https://pay.solenne.example/p/P80933.

Cordiali saluti,
Ufficio Amministrazione
Poliambulatorio Solenne S.r.l. · Bologna""", ["sensitive_data"], "The card number is masked, but the expiry date is given; the contract lists the expiry as sensitive on its own.")

D("V39", "it", "Re: Rateizzazione fattura PS-26-0902", """
Gentile Sig.ra Ferri,

abbiamo valutato la Sua richiesta: può saldare l'importo di 480,00 € in quattro rate mensili da 120,00 € a partire dal 30 aprile. Le invieremo un promemoria prima di ogni scadenza.

Cordiali saluti,
Ufficio Amministrazione
Poliambulatorio Solenne S.r.l. · Bologna""", ["terms_change"], "Grants the patient's request for a four-instalment plan: agrees a payment plan.")

D("V40", "it", "Addebito SEPA respinto - fattura PS-26-0918", """
Gentile Sig. Conti,

l'addebito SEPA di 350,00 € per la fattura PS-26-0918 sul Suo conto IT60 X054 2811 1010 0000 0123 456 è stato respinto dalla banca. La preghiamo di effettuare il pagamento su https://pay.solenne.example/p/P80918.

Cordiali saluti,
Ufficio Amministrazione
Poliambulatorio Solenne S.r.l. · Bologna""", ["sensitive_data"], "The patient's own full IBAN typed into the message.")

D("A35", "it", "Re: Canone di marzo - magazzino via Mecenate", """
Gentile Sig. Ferraro,

La ringraziamo per averci comunicato che salderà il canone di marzo (3.450,00 €, fattura AGI-26-0208) entro il 10 aprile. Ne prendiamo nota e Le confermeremo la ricezione del pagamento.

Le ricordiamo che la scadenza contrattuale resta il 5 di ogni mese.

Cordiali saluti,
Amministrazione Locazioni
Ashgrove Gestioni Immobiliari S.r.l. · Milano""", [], "Records the tenant's own promised date and restates that the contractual due date is unchanged; not a terms change.")

# ================================================================ SWEDISH (5)
D("A36", "sv", "Påminnelse: hyra april 2026 - lokal 1102, Lindholmen", """
Hej,

Enligt våra noteringar har hyran för april 2026 för lokal 1102 (faktura AFF-26-0412, 38 750 kr inkl. moms), med förfallodag 31 mars 2026, ännu inte kommit in. Du kan betala via https://pay.ashgrove.example/t/T2412.

Enligt hyresavtalet tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen, det vill säga referensräntan plus åtta procentenheter.

Har du redan betalat kan du bortse från den här påminnelsen.

Vänliga hälsningar
Hyresadministrationen
Ashgrove Fastighetsförvaltning AB · Göteborg""", [], "Restates the agreed reminder fee and statutory default interest.")

D("V41", "sv", "Obetald hyra - lokal 1108", """
Hej Johan,

Hyran för mars och april, totalt 61 500 kr, är fortfarande obetald. Om betalning inte kommer in inom tio dagar lämnas ärendet till inkasso och därefter till Kronofogden.

Hälsningar
Hyresadministrationen
Ashgrove Fastighetsförvaltning AB · Göteborg""", ["legal_threat"], "Conditional, passive threat of a collection agency and the Enforcement Authority.")

D("A37", "sv", "Påminnelse: faktura ST-26-1204", """
Hej Elin,

Efter avdrag för det statliga tandvårdsstödet är din del av behandlingen den 16 februari 2 340 kr (faktura ST-26-1204). Fakturan förföll den 18 mars och är ännu obetald. Du kan betala med kort eller Swish via https://pay.solenne.example/p/P91204.

Hör av dig om du har frågor om fakturan, så ringer vår kundtjänst upp dig.

Vänliga hälsningar
Solenne Tandvård AB · Malmö""", [], "Patient's share after the state dental subsidy; offers a call.")

D("A38", "sv", "Sv: Delbetalning av faktura ST-26-1188", """
Hej Ahmed,

Tack för ditt mejl. Vi har skickat din förfrågan om delbetalning vidare till vår ekonomiavdelning, som kontaktar dig inom två arbetsdagar. Till dess gäller fakturan på 4 860 kr med ursprunglig förfallodag 25 mars.

Vänliga hälsningar
Solenne Tandvård AB · Malmö""", [], "Instalment request passed to a person without agreeing to it.")

D("V42", "sv", "Påminnelse 2: faktura ST-26-1150", """
Hej Karin,

Fakturan på 1 450 kr (ST-26-1150) är fortfarande obetald. Betalar du i dag stryker vi både påminnelseavgiften och dröjsmålsräntan - betala här: https://pay.solenne.example/p/P91150.

Vänliga hälsningar
Solenne Tandvård AB · Malmö""", ["discount_offer"], "Conditional waiver of the reminder fee and interest.")


# ================================================================ output
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German",
              "pt": "Portuguese", "nl": "Dutch", "it": "Italian", "sv": "Swedish"}


def build():
    items = [dict(x) for x in ITEMS]
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = "bg%02d" % i
        # contract table order
        it["violations"] = sorted(it["violations"], key=ORDER.index)

    drafts, labels = [], []
    for it in items:
        drafts.append(json.dumps({"id": it["id"], "subject": it["subject"],
                                  "body": it["body"]}, ensure_ascii=False))
        labels.append(json.dumps({"id": it["id"],
                                  "allowed": not it["violations"],
                                  "violations": it["violations"],
                                  "note": "[%s, %s] %s" % (it["key"], it["lang"], it["note"]),
                                  "lang": it["lang"]}, ensure_ascii=False))
    write("drafts.jsonl", "\n".join(drafts) + "\n")
    write("labels.jsonl", "\n".join(labels) + "\n")
    write("README.md", readme(items))


def write(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def readme(items):
    n = len(items)
    n_allowed = sum(1 for it in items if not it["violations"])
    vc = Counter(v for it in items for v in it["violations"])
    by_lang = Counter(it["lang"] for it in items)
    by_lang_allowed = Counter(it["lang"] for it in items if not it["violations"])
    multi = sum(1 for it in items if len(it["violations"]) > 1)
    L = []
    a = L.append
    a("# blind85 / guard: held-out test set for the outbound guardrails contract")
    a("")
    a("Written blind from `contracts/guardrails.md` and the public samples only. Generated by")
    a("`python3 build.py` (stdlib only, fixed seed, byte-for-byte reproducible); `python3 check.py`")
    a("re-verifies the labels.")
    a("")
    a("## Theme")
    a("")
    a("Outbound dunning drafts (template output, LLM-style rewrites and people's Slack edits) from two")
    a("made-up businesses and their local entities:")
    a("")
    a("- **Ashgrove** commercial landlord / property manager: Ashgrove Estates Ltd (London), Ashgrove")
    a("  Inmuebles S.L. (Madrid), Ashgrove Immobilier SAS (Lyon), Ashgrove Immobilien Verwaltung GmbH")
    a("  (Hamburg), Ashgrove Imobiliária Lda. (Lisboa), Ashgrove Vastgoedbeheer B.V. (Rotterdam),")
    a("  Ashgrove Gestioni Immobiliari S.r.l. (Milano), Ashgrove Fastighetsförvaltning AB (Göteborg).")
    a("  Rent, service charges, deposits, rent reviews, break clauses, forfeiture/eviction.")
    a("- **Solenne** private medical and dental clinic group: Solenne Clinics UK Ltd (Manchester),")
    a("  Clínicas Solenne S.L. (Valencia), Centre médical et dentaire Solenne (Bordeaux), Solenne")
    a("  Zahnmedizin MVZ GmbH (Köln), Clínica Solenne Lda. (Porto), Solenne Tandartsen & Kliniek B.V.")
    a("  (Utrecht), Poliambulatorio Solenne S.r.l. (Bologna), Solenne Tandvård AB (Malmö). Self-pay")
    a("  balances, insurer shortfalls, treatment plans.")
    a("")
    a("All names, domains (`*.example`), phone numbers (containing 555) and references are made up.")
    a("Every full IBAN in the set is a well-known documentation example (ECBS / Wikipedia), the UK sort")
    a("code and account number are the ones inside the example IBAN GB82 WEST 1234 5698 7654 32, and the")
    a("card number is a public test number.")
    a("")
    a("## Files")
    a("")
    a("| file | lines | format |")
    a("|---|---|---|")
    a("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of the `guard` command |" % n)
    a("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    a("")
    a("`allowed` is true exactly when `violations` is `[]`. Violations are listed in the contract's table")
    a("order; compare them as a set. `note` starts with `[KEY, lang]`: KEY `Ann` is a draft written to be")
    a("allowed, `Vnn` one written to violate. `lang` is not part of any output. Ids `bg01`..`bg%02d` were" % n)
    a("assigned after a shuffle with seed %d." % SEED)
    a("")
    a("## Counts")
    a("")
    a("- drafts: %d; allowed: %d; violating: %d (of which %d carry more than one violation)"
      % (n, n_allowed, n - n_allowed, multi))
    a("")
    a("| violation | drafts |")
    a("|---|---|")
    for v in ORDER:
        a("| `%s` | %d |" % (v, vc[v]))
    a("")
    a("| lang | drafts | allowed | violating |")
    a("|---|---|---|---|")
    for lg in LANGS:
        a("| %s (%s) | %d | %d | %d |" % (lg, LANG_NAMES[lg], by_lang[lg], by_lang_allowed[lg],
                                       by_lang[lg] - by_lang_allowed[lg]))
    a("")
    a("## What is in it")
    a("")
    a("- Violations phrased the hard ways: passives (\"will be reversed\", \"une erreur a été commise\",")
    a("  \"foi prorrogado\", \"lämnas ärendet till inkasso\"), conditionals, rhetorical questions, jokes")
    a("  and emoji, P.S. lines, tables, footers, a veiled hint (\"we'd like to spare you a collection")
    a("  procedure\"), Slack-style edits (`*bold*`, `~strike~`, `:emoji:`, \"(edited)\"/\"(bearbeitet)\").")
    a("- Allowed drafts that sit close to a violation on purpose: lease or statutory interest and fees")
    a("  restated (in all eight languages), a statutory notice period quoted, break-clause conditions")
    a("  restated, a signed rent-review memorandum, a deposit top-up under the existing deed, legal-department")
    a("  addresses and \"Court Street\"/\"Gerichtsstraße\"/\"Via del Tribunale\" in footers, our own")
    a("  collections/receivables team names (\"Equipo de cobros\", \"Forderungsmanagement\", \"ufficio")
    a("  recupero crediti\", \"debiteurenbeheer\"), \"Mahnung\", Dutch \"automatische incasso\" (direct")
    a("  debit), sympathy for illness or job loss without fault, the next instalment of an existing plan,")
    a("  plan and discount requests handed to a person, an explicit refusal of a discount, a recorded")
    a("  customer promise, a paused disputed line, masked card/IBAN, an RF creditor reference, company,")
    a("  VAT and patient numbers, and customers' own angry words in quoted text.")
    a("")
    a("## Conventions chosen where the contract is silent")
    a("")
    a("1. **Everything in the body is sent.** Quoted earlier messages, P.S. lines, footers and Slack")
    a("   edit markers are all part of the draft. So a customer's full card number quoted back to them")
    a("   is `sensitive_data` (the message discloses it again).")
    a("2. **Speech acts are ours only.** Threats, admissions and promises count only when the company")
    a("   makes them. A customer's quoted \"it's your mistake\", \"I'll see my solicitor\" or \"refund it\"")
    a("   does not make our draft a fault admission, legal threat or refund promise.")
    a("3. **Restating is allowed; announcing new action is not.** Quoting lease clauses, statutory")
    a("   interest, statutory recovery fees, notice periods and break conditions is allowed. Saying we")
    a("   will go to court, evict, forfeit, send enforcement agents/bailiffs, use a collection agency or")
    a("   report to a credit register (\"fichero de morosos\", credit reference agencies, Kronofogden) is")
    a("   `legal_threat`, including as a joke, a rhetorical question, a hint or a footer.")
    a("4. **Conditional promises are promises.** \"If we confirm X, we will issue a credit note\" is")
    a("   `refund_or_credit_promise`; \"if it helps, you could pay half now and half in May\" is")
    a("   `terms_change`; \"pay by Friday and we'll drop the fee\" is `discount_offer`.")
    a("5. **Waiving interest or fees** on a deferral is `discount_offer` in addition to `terms_change`.")
    a("   Reversing a duplicate payment is `refund_or_credit_promise` only.")
    a("6. **Changed bank details** typed into a message are `sensitive_data` only (not `terms_change`).")
    a("7. **Card expiry alone** (with a masked number) is `sensitive_data`, because the contract lists")
    a("   \"a full card number, CVV or expiry\". A masked number without expiry is allowed.")
    a("8. **Other people.** A spouse is another patient: naming his psychiatric appointment and balance")
    a("   to his wife is `sensitive_data`. A parent who is the account holder for a child's orthodontic")
    a("   treatment is the customer, so naming the child's treatment to him is allowed (boundary choice).")
    a("   Naming another tenant together with its arrears is `sensitive_data`.")
    a("9. **A threat to call every morning at 7** written into the draft is `harassment` (threatening")
    a("   language), even though actual contact frequency is enforced elsewhere.")
    a("10. **Recording the customer's own later date** is allowed when the draft restates that the")
    a("   contractual due date is unchanged.")
    a("11. **Reference numbers** that are not bank account numbers (ISO 11649 RF creditor reference,")
    a("   company, VAT, KvK, patient and invoice numbers) are not sensitive.")
    a("")
    return "\n".join(L)


if __name__ == "__main__":
    build()
