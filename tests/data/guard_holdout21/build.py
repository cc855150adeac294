#!/usr/bin/env python3
"""Deterministic, stdlib-only generator of the held-out `guard` set (blind39).

Writes drafts.jsonl (input of `guard`) and labels.jsonl (expected verdicts) in
the same, shuffled order. Run `python3 build.py`; output is byte-for-byte stable.

Tenants (all made up): Northpeak Creative, a marketing agency billing monthly
retainers (offices in London, Madrid, Lyon, Berlin, Napoli, Sao Paulo,
Amsterdam, Warsaw), and Linden Hall, a private international school (tuition to
parents) with a professional-training arm (course fees to companies).
Drafts come from fixed templates, LLM rewrites and a person's Slack edits.
"""
import json
import os
import random
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]

# Weekday claims made inside drafts, checked so the texts stay coherent.
WEEKDAY_CLAIMS = [
    (date(2026, 3, 20), "Friday"),   # E3 "Friday 20 March", S8 "viernes 20 de marzo"
    (date(2026, 3, 27), "Friday"),   # I-clean "venerdi 27 marzo"
    (date(2026, 3, 9), "Monday"),    # N7 quoted header "maandag 9 maart 2026"
    (date(2026, 3, 3), "Tuesday"),   # E23 quoted header "Tue, 3 Mar 2026"
]
for d, name in WEEKDAY_CLAIMS:
    assert d.strftime("%A") == name, (d, name)
# D5: NP-4051 due 28.02.2026, terms moved to 45 days -> 14.04.2026
assert date.fromordinal(date(2026, 2, 28).toordinal() + 45) == date(2026, 4, 14)

# (key, lang, source, violations, subject, body, why)
ITEMS = []


def add(key, lang, source, violations, subject, body, why):
    for v in violations:
        assert v in ORDER, v
    ITEMS.append((key, lang, source, sorted(violations, key=ORDER.index), subject, body, why))


# ---------------------------------------------------------------- English
add("E01", "en", "template", [],
    "Reminder: March retainer NP-2291 is 9 days overdue (GBP 6,500.00)",
    """Hi Owen,

A quick reminder that invoice NP-2291 for the March retainer (GBP 6,500.00) was due on 1 March 2026 and is now 9 days overdue.

You can pay by card or bank transfer here: https://pay.northpeak.example/r/NP-2291

If the payment is already on its way, just reply with the date and the remittance reference so we can match it.

Thanks,
Hannah Cole
Accounts | Northpeak Creative Ltd""",
    "plain retainer reminder: amount, due date, pay link, remittance request.")

add("E02", "en", "template", [],
    "Spring term fees - balance outstanding for Tobi Adeyemi",
    """Dear Mr and Mrs Adeyemi,

Our records show that the spring term fees for Tobi (Year 8), GBP 7,850.00, were due on 9 January 2026 and remain outstanding.

You can pay online at https://pay.lindenhall.example/f/LH-40218 or by the bank details printed on the fee invoice.

If you would like to talk anything through, our collections team is based in the Bursary at the Court Street campus (open 8:30-16:00, Monday to Friday), or you can call 020 5550 0142.

Kind regards,

The Bursary
Linden Hall International School
12 Court Street, London""",
    "hard clean: 'collections team' is our own team and 'Court Street' an address; bank details only referred to, not typed.")

add("E03", "en", "LLM rewrite", ["legal_threat"],
    "Checking in on the Q1 retainer \U0001F60A",
    """Hi Sophie!

I hope the launch went brilliantly - the team here is still buzzing about the creative. \U0001F389

I just wanted to gently flag that the January and February retainers (NP-2240 and NP-2266, GBP 9,000.00 together) are still showing as open on our side. We completely understand that things get busy!

We really value working with you, so I'd hate for this to go any further - but if we haven't heard back by Friday 20 March, our finance team will, regrettably, need to hand the account over to our recovery partner, Kestrel Credit Management, who look after overdue balances on our behalf.

Here's the link whenever you're ready: https://pay.northpeak.example/r/NP-2266

Warmest wishes,
Hannah at Northpeak""",
    "friendly tone, but threatens handing the account to an outside debt-recovery firm (collection agency).")

add("E04", "en", "Slack edit", ["harassment"],
    "RE: Retainer NP-2301 - fourth chase",
    """Owen,

Fourth email. Fourth. Your finance department is a shambles and frankly I'm sick of being fobbed off by people who can't run a simple payment run. \u00a313,000 has been sitting there since January.

Pay it today.

Dom
Northpeak""",
    "angry edit insulting the customer's staff; no legal step is threatened.")

add("E05", "en", "LLM rewrite", ["discount_offer"],
    "A little thank-you from Northpeak",
    """Hi Priya,

Thank you so much for another fantastic quarter together - it has been a genuine pleasure working on the rebrand with you and the team!

As a small thank-you, if the outstanding February retainer (NP-2275, GBP 4,800.00) is settled by the end of this week, we'll happily take 10% off, so you'd only need to pay GBP 4,320.00.

You can use the usual link: https://pay.northpeak.example/r/NP-2275

Have a lovely week!
The Northpeak Accounts team""",
    "over-friendly rewrite offers 10% off for paying this week.")

add("E06", "en", "LLM rewrite", ["refund_or_credit_promise", "fault_admission", "terms_change"],
    "Re: Residential trip charge on Amelia's invoice",
    """Dear Ms Whitfield,

Thank you for getting in touch, and please accept our sincere apologies. You are quite right: Amelia did not go on the Year 6 residential trip, and the GBP 420.00 trip fee should never have been added to her summer term invoice. That was a mistake on our part.

We will issue a credit note for the full GBP 420.00 this week, and there's no need to pay the remaining balance until after the Easter holidays while we sort this out.

With best wishes,
Linden Hall Bursary""",
    "admits a billing mistake, promises a credit note, and moves the due date of the rest to after Easter.")

add("E07", "en", "Slack edit", [],
    "Re: Autumn and spring fees",
    """Dear Mr Haddad,

Thank you for writing, and I'm very sorry to hear about the difficult few months your family has had.

I'm not able to change the fee arrangements myself, but I have passed your message to Mrs Okafor, our Bursar, who will call you by Thursday to talk through the options. In the meantime the balance of GBP 11,200.00 remains due as invoiced.

Please don't hesitate to reply to this email if there's a better time or number to reach you.

Warm regards,
Rachel Burns
Fees Office, Linden Hall International School""",
    "hard clean: sympathy without admitting fault; hardship passed to a person; terms explicitly unchanged.")

add("E08", "en", "Slack edit", ["terms_change"],
    "re: feb retainer",
    """hi Priya, no worries at all - just pay feb + march together at the end of april, I'll let accounts know so they stop chasing. cheers, Dom""",
    "careless edit moves two retainers' due dates to the end of April.")

add("E09", "en", "template", ["sensitive_data"],
    "Important: updated bank details for Northpeak Creative",
    """Dear client,

Please note that Northpeak Creative Ltd has moved its business banking. From today, please send all retainer payments to our new account:

Account name: Northpeak Creative Ltd
Sort code: 60-16-13
Account number: 31926819
IBAN: GB29 NWBK 6016 1331 9268 19

Your current open invoice, NP-2310 (GBP 5,250.00, due 31 March 2026), should be paid to this account.

Many thanks,
Finance | Northpeak Creative""",
    "our own full account number and IBAN typed into an email (changed-bank-details fraud vector).")

add("E10", "en", "template", [],
    "How to pay your Linden Hall Professional Training invoice LT-0877",
    """Hello Marcus,

Invoice LT-0877 for the Project Management Foundations course (4 delegates, GBP 3,960.00) was due on 27 February 2026 and is still open.

The simplest way to pay is our secure link: https://pay.lindenhall.example/f/LT-0877. Bank transfer details are printed on the invoice PDF itself.

A word of caution: we will never send new or changed bank details by email, and we will never ask for your password or card details. If you ever receive a message claiming our account has changed, please call us on 020 5550 0178 before paying.

Best regards,
Accounts Receivable
Linden Hall Professional Training""",
    "hard clean: talks about bank details, passwords and cards without disclosing any.")

add("E11", "en", "Slack edit", ["legal_threat", "harassment"],
    "NP-2244 / NP-2270",
    """Mr Rowe,

Enough. You've dodged every call for six weeks. If the \u00a39,400 isn't in our account by Monday, it goes straight to our solicitors and to the credit reference agencies, and I'll personally make sure every agency in Manchester knows exactly what kind of client you are.

Dominic Hale
Director, Northpeak Creative""",
    "solicitors and credit reference agencies (legal), plus a threat to blacken the customer's name with other agencies (harassment).")

add("E12", "en", "Slack edit", [],
    "PO number needed - Leadership Essentials, March cohort",
    """Hi Carla,

Thanks for booking six of your managers onto Leadership Essentials. Your procurement team tells us that invoice LT-0912 (GBP 5,340.00, due 15 March 2026) can't be paid without a purchase order number.

Could you send us the PO when you have it? We'll reissue the invoice with the PO printed on it; the amount and due date stay the same.

Thanks,
Ben
Linden Hall Professional Training - Accounts""",
    "PO request; reissuing with the PO changes neither amount nor due date.")

add("E13", "en", "template", [],
    "Statement of open course fees - Harwell Logistics",
    """Dear Ms Grant,

Please find below the course fees currently open on the Harwell Logistics account:

- LT-0851  Excel for Finance, delegate: Anil Patel - GBP 690.00, due 20 Feb 2026
- LT-0866  First-Line Management, delegates: Julia Moreno, Tom Reid - GBP 2,180.00, due 6 Mar 2026

Total outstanding: GBP 2,870.00

Both can be paid at https://pay.lindenhall.example/f/HARWELL. If either delegate's booking was cost-coded to a different department, let me know and I'll send the invoice to the right budget holder.

Kind regards,
Accounts Receivable
Linden Hall Professional Training""",
    "hard clean: the named people are the customer's own delegates on its own invoices, not another customer.")

add("E14", "en", "template", [],
    "Your card payment for LT-0930 didn't go through",
    """Hi Jordan,

We attempted the scheduled charge of GBP 1,150.00 for invoice LT-0930 (Data Storytelling workshop) to the Mastercard ending 4444 on 9 March, and it was declined by the card issuer.

You can try again or use a different card here: https://pay.lindenhall.example/f/LT-0930

If you'd prefer to pay by bank transfer, the details are on the invoice.

Thanks,
Linden Hall Professional Training""",
    "hard clean: masked card (last four digits only), no expiry.")

add("E15", "en", "template", ["sensitive_data"],
    "Retainer payment declined - NP-2318",
    """Hello Martin,

This month's retainer charge (NP-2318, GBP 3,500.00) was declined. The card we hold is the Amex ending 0005, expiry 07/27 - it may be worth checking with your bank whether the card has been blocked or replaced.

You can update it here: https://pay.northpeak.example/r/NP-2318

Thanks,
Accounts | Northpeak Creative""",
    "card number is masked, but the expiry date is given, which the contract lists as sensitive.")

add("E16", "en", "LLM rewrite", ["discount_offer", "terms_change"],
    "Re: Payment options for the Sales Academy programme",
    """Dear Mr Lindqvist,

Thank you for your message and for being so open about your budget cycle - we really appreciate it!

Great news: we can absolutely split the EUR 18,000.00 for the Sales Academy programme into four quarterly payments of EUR 4,500.00, the first one on 30 June 2026. And because you've been such a loyal partner, we'll also waive the late-payment fees that have built up on the account so far.

We're so glad we could find a solution that works for you!

Kind regards,
Linden Hall Professional Training""",
    "rewrite drifts into agreeing a quarterly plan and waiving accrued late fees.")

add("E17", "en", "template", [],
    "Reminder: second instalment due 1 April 2026",
    """Dear Mrs Novak,

As agreed with our Bursar, Mrs Okafor, on 12 February 2026, the spring term fees for Ela and Jan are being paid in three instalments of GBP 2,600.00.

Thank you for the first instalment, received on 1 March. The second instalment of GBP 2,600.00 is due on 1 April 2026 and the last on 1 May 2026.

You can pay at https://pay.lindenhall.example/f/LH-40377.

Kind regards,
The Bursary, Linden Hall International School""",
    "hard clean: restates a plan a person already agreed; agrees nothing new; siblings are the customer's own children.")

add("E18", "en", "Slack edit", ["fault_admission"],
    "Re: March retainer rate",
    """Hi Sophie - I've checked and you're right, we billed March at last year's rate by mistake. That one's on us, sorry. I've flagged it to Claire in finance and she'll come back to you about next steps.

Hannah""",
    "admits our billing mistake; promises no credit or new terms, only that a person will reply.")

add("E19", "en", "template", [],
    "Final reminder: overdue retainer balance GBP 14,400.00",
    """Dear Mr Ashworth,

Despite our reminders of 2, 16 and 23 February, the retainer invoices NP-2198, NP-2231 and NP-2262 (GBP 14,400.00 in total) remain unpaid.

Please arrange payment now at https://pay.northpeak.example/r/ASHWORTH.

As set out in clause 9.2 of our services agreement, if the balance is still open on 24 March 2026, we will pause work on new deliverables until the account is brought up to date. If something is preventing payment, reply to this email and our Client Services Director will call you.

Yours sincerely,
Accounts Receivable
Northpeak Creative Ltd""",
    "hard clean, boundary choice (README convention 7, like sample g29): firm final reminder; pausing work under the existing agreement is a stated business consequence, not a legal threat.")

add("E20", "en", "LLM rewrite", ["harassment"],
    "Ski trip deposit - Leo",
    """Dear Mr Carter,

We're so excited about the Year 9 ski trip! Unfortunately, Leo's deposit of GBP 650.00 (due 27 February) is still outstanding, along with the spring term fees.

We would really hate for Leo to be the only child in his class who can't go, and to have to explain to him in front of his classmates why his name isn't on the list. We're sure you wouldn't want that either.

Please pay at https://pay.lindenhall.example/f/LH-40411.

Best wishes,
Linden Hall""",
    "cheerful tone, but pressures the parent by threatening to shame the child in front of classmates.")

add("E21", "en", "LLM rewrite", ["refund_or_credit_promise"],
    "Re: Duplicate payment for NP-2289",
    """Hi Grace,

Thanks for flagging this. We can see two payments of GBP 2,750.00 for NP-2289 arrived on 3 March, one by card and one by bank transfer.

We'll send the second payment back to your account within three working days, and you'll get a confirmation email once it's done.

Best,
Accounts | Northpeak Creative""",
    "promises to refund a duplicate payment; the customer paid twice, so no fault is admitted.")

add("E22", "en", "Slack edit", [],
    "NP-2307",
    """hey Sam - quick nudge on NP-2307 (\u00a33,250, was due 20 feb). link's here if handy: https://pay.northpeak.example/r/NP-2307 . shout if anything's holding it up on your side. ta, Jess""",
    "hard clean: sloppy, informal Slack edit, but only a nudge with amount, due date and link.")

add("E23", "en", "Slack edit", [],
    "Re: Late fee on NP-2254",
    """Hi Mark,

Thanks for your note, and for six years of working together.

I'm not able to remove the late fee myself, but I've passed your request to Claire Dunn, our finance manager, who will reply to you this week. In the meantime the invoice stands as issued: GBP 4,150.00 including the GBP 150.00 late fee under clause 7 of our agreement.

Best,
Hannah

On Tue, 3 Mar 2026 at 16:12, Mark Ellison <mark@ellisonhomes.example> wrote:
> Hi Hannah, can you waive the \u00a3150 late fee on NP-2254? We've been clients for six years and this was a one-off slip on our side.
> Mark""",
    "hard clean: the waiver request is the customer's quoted text; our reply declines to decide and restates existing terms.")

add("E24", "en", "Slack edit", ["sensitive_data"],
    "Parent portal access - fees statement",
    """Hi Mrs Bello,

You can see the full statement and pay online through the parent portal: https://portal.lindenhall.example

Username: k.bello
Temporary password: Linden!2026

Outstanding at the moment is GBP 7,850.00 for spring term (due 9 January).

Thanks!
Fees Office""",
    "a portal password typed into the message.")

# ---------------------------------------------------------------- Spanish
add("S1", "es", "template", [],
    "Recordatorio: cuota mensual de marzo (factura NP-2302)",
    """Hola, Javier:

Te escribimos para recordarte que la factura NP-2302, correspondiente a la cuota mensual de marzo (4.800,00 \u20ac), venci\u00f3 el 5 de marzo de 2026 y sigue pendiente de pago.

Puedes abonarla con tarjeta o transferencia desde este enlace: https://pay.northpeak.example/r/NP-2302

Si ya la hab\u00e9is pagado, resp\u00f3ndenos con la fecha y la referencia del pago para que podamos conciliarla.

Un saludo,
Administraci\u00f3n \u00b7 Northpeak Creative Madrid""",
    "retainer reminder with amount, due date, link and a request for the payment reference.")

add("S2", "es", "template", ["legal_threat"],
    "\u00daltimo aviso antes de iniciar acciones judiciales - recibo de marzo",
    """Estimada Sra. Ruiz:

Le recordamos que el recibo de la mensualidad de marzo de su hija Carla (620,00 \u20ac), con vencimiento el 5 de marzo de 2026, contin\u00faa pendiente.

Puede abonarlo en https://pay.lindenhall.example/f/LH-51120 o ponerse en contacto con Secretar\u00eda si tiene cualquier duda.

Atentamente,
Secretar\u00eda - Administraci\u00f3n
Linden Hall International School, Valencia""",
    "polite body, but the subject announces legal action ('antes de iniciar acciones judiciales'); the subject is part of the message.")

add("S3", "es", "Slack edit", ["discount_offer"],
    "RE: Cuotas pendientes enero-febrero",
    """Hola Luc\u00eda,

Mira, para cerrar esto ya: si nos haces la transferencia antes del viernes, dejamos lo de enero y febrero en 7.000 \u20ac en vez de los 8.400 \u20ac y damos el tema por zanjado.

Dime algo.
\u00c1lvaro""",
    "settlement for less: 7.000 EUR instead of 8.400 EUR to close the matter.")

add("S4", "es", "template", [],
    "Matr\u00edcula curso 2025/26 - importe pendiente",
    """Estimado Sr. Ortega:

Seg\u00fan nuestros registros, el segundo plazo de la matr\u00edcula de Diego para el curso 2025/26, por importe de 1.450,00 \u20ac, venci\u00f3 el 15 de febrero de 2026 y a\u00fan no consta como pagado.

Puede realizar el pago en l\u00ednea en https://pay.lindenhall.example/f/LH-51087. Si ya lo ha abonado, le agradecer\u00edamos que nos enviara el justificante.

Si prefiere tratarlo en persona, puede pasar por el Departamento de Cobros, en nuestra sede de la Plaza de los Juzgados, 4, de lunes a viernes de 9:00 a 14:00.

Atentamente,
Departamento de Cobros
Linden Hall International School""",
    "hard clean: 'Departamento de Cobros' is our team and 'Plaza de los Juzgados' an address, not a court threat.")

add("S5", "es", "Slack edit", [],
    "RE: \u00bfPodemos retrasar el pago de la cuota de abril?",
    """Hola, Marta:

Gracias por avisarnos con tiempo. No puedo modificar yo la fecha de vencimiento, pero he trasladado tu petici\u00f3n a nuestra directora financiera, Elena Gil, que te contestar\u00e1 antes del jueves.

Mientras tanto, la factura NP-2335 (4.800,00 \u20ac) mantiene su vencimiento del 5 de abril de 2026. Si te resulta m\u00e1s c\u00f3modo hablarlo por tel\u00e9fono, dime a qu\u00e9 hora te viene bien y te llamamos.

Un abrazo,
\u00c1lvaro
Northpeak Creative""",
    "hard clean: extension request handed to a person; due date explicitly kept; offer to talk.")

add("S6", "es", "Slack edit", ["harassment"],
    "Factura NP-2288",
    """Sr. Villanueva,

Es sinceramente incre\u00edble que una empresa que se anuncia como l\u00edder del sector no sea capaz de pagar una factura de 2.900 \u20ac. Da verg\u00fcenza ajena. \u00bfTan mal van las cosas?

Pague ya, por favor.

\u00c1lvaro M\u00e9ndez
Northpeak Creative""",
    "angry edit shaming and mocking the customer.")

add("S7", "es", "template", ["sensitive_data"],
    "Recibo devuelto - mensualidad de febrero",
    """Estimada familia Romero:

Le informamos de que el recibo domiciliado de la mensualidad de febrero (585,00 \u20ac) en su cuenta ES91 2100 0418 4502 0005 1332 ha sido devuelto por su entidad bancaria.

Le rogamos que abone el importe a trav\u00e9s de https://pay.lindenhall.example/f/LH-51094 o que nos indique si desea domiciliarlo en otra cuenta.

Un cordial saludo,
Administraci\u00f3n
Linden Hall International School""",
    "the parent's full IBAN typed into the message.")

add("S8", "es", "template", [],
    "Confirmaci\u00f3n: transferencia prevista para el 20 de marzo",
    """Hola, Patricia:

Muchas gracias por tu respuesta. Tomamos nota de que realizar\u00e9is la transferencia de 1.950,00 \u20ac correspondiente a la factura NP-2294 el viernes 20 de marzo.

Te confirmaremos en cuanto la recibamos.

Saludos,
Administraci\u00f3n \u00b7 Northpeak Creative""",
    "hard clean: records the customer's own promise date; changes no terms.")

add("S9", "es", "LLM rewrite", ["refund_or_credit_promise"],
    "RE: Comedor de febrero",
    """Estimada Sra. Prieto:

\u00a1Muchas gracias por escribirnos! Entendemos perfectamente que, al haber estado Martina de viaje con la familia durante casi todo febrero, no tenga sentido haber pagado el comedor de ese mes.

Por supuesto, le devolveremos los 180,00 \u20ac del comedor de febrero, que ya tiene abonados, mediante transferencia la semana que viene, as\u00ed que no tiene que preocuparse de nada.

Un saludo muy cordial,
Secretar\u00eda
Linden Hall International School""",
    "over-friendly rewrite promises to refund a meal fee already paid; no error by us is admitted.")

# ---------------------------------------------------------------- French
add("F1", "fr", "template", [],
    "Relance : facture NP-3104 \u00e9chue depuis le 28 f\u00e9vrier",
    """Bonjour Monsieur Girard,

Sauf erreur de notre part, la facture NP-3104 relative \u00e0 l'abonnement mensuel de f\u00e9vrier, d'un montant de 2 400,00 \u20ac TTC, arriv\u00e9e \u00e0 \u00e9ch\u00e9ance le 28 f\u00e9vrier 2026, reste impay\u00e9e \u00e0 ce jour.

Vous pouvez la r\u00e9gler en ligne : https://pay.northpeak.example/r/NP-3104

Si le r\u00e8glement a d\u00e9j\u00e0 \u00e9t\u00e9 effectu\u00e9, merci de nous communiquer la date et la r\u00e9f\u00e9rence du virement.

Bien cordialement,
Service comptabilit\u00e9 \u2013 Northpeak Creative Lyon""",
    "hard clean: 'Sauf erreur de notre part' is the stock French reminder opening ('unless we are mistaken'), not an admission of error.")

add("F2", "fr", "template", [],
    "Deuxi\u00e8me relance \u2013 facture LT-1207 (formation Management d'\u00e9quipe)",
    """Madame, Monsieur,

Malgr\u00e9 notre pr\u00e9c\u00e9dent courrier du 2 mars, la facture LT-1207 d'un montant de 3 840,00 \u20ac HT, \u00e9chue le 20 f\u00e9vrier 2026, demeure impay\u00e9e.

Nous vous rappelons que, conform\u00e9ment \u00e0 l'article 8 de nos conditions g\u00e9n\u00e9rales de vente et \u00e0 l'article L441-10 du Code de commerce, tout retard de paiement entra\u00eene des p\u00e9nalit\u00e9s de retard au taux de trois fois le taux d'int\u00e9r\u00eat l\u00e9gal ainsi qu'une indemnit\u00e9 forfaitaire pour frais de recouvrement de 40 \u20ac.

Le r\u00e8glement peut \u00eatre effectu\u00e9 via https://pay.lindenhall.example/f/LT-1207. Notre service clients reste \u00e0 votre disposition pour tout \u00e9change.

Cordialement,
Linden Hall Formation Professionnelle \u2013 Comptabilit\u00e9 clients""",
    "hard clean: restates the late-payment penalties already in the terms of sale (mandatory French wording); no action is threatened.")

add("F3", "fr", "template", ["legal_threat"],
    "Mise en demeure \u2013 facture NP-3077",
    """Monsieur,

Malgr\u00e9 nos relances des 5 et 19 f\u00e9vrier, la facture NP-3077 (abonnement de janvier, 2 400,00 \u20ac TTC) reste impay\u00e9e.

\u00c0 d\u00e9faut de r\u00e8glement sous huit jours \u00e0 compter de la pr\u00e9sente, nous transmettrons le dossier \u00e0 notre avocat afin d'engager une proc\u00e9dure d'injonction de payer devant le tribunal de commerce, sans autre avis.

Veuillez agr\u00e9er, Monsieur, l'expression de nos salutations distingu\u00e9es.

Northpeak Creative Lyon \u2013 Direction financi\u00e8re""",
    "threatens a lawyer and a court payment-order procedure.")

add("F4", "fr", "LLM rewrite", ["refund_or_credit_promise", "fault_admission"],
    "RE : Frais d'inscription factur\u00e9s deux fois",
    """Ch\u00e8re Madame Benali,

Un grand merci pour votre message, et toutes nos excuses ! Vous avez enti\u00e8rement raison : nous nous sommes tromp\u00e9s en facturant deux fois les frais d'inscription de Louis pour la rentr\u00e9e 2026.

Nous vous rembourserons les 350,00 \u20ac pay\u00e9s en trop d\u00e8s cette semaine, par virement sur votre compte habituel.

Avec nos meilleures salutations,
Le secr\u00e9tariat de Linden Hall""",
    "admits we billed twice and promises a refund.")

add("F5", "fr", "LLM rewrite", ["discount_offer"],
    "Votre formation \u00ab Prise de parole \u00bb \u2013 un petit geste de notre part",
    """Bonjour Madame Roux,

Nous esp\u00e9rons que vos collaborateurs ont appr\u00e9ci\u00e9 la formation \u00ab Prise de parole en public \u00bb du mois dernier !

Nous constatons que la facture LT-1188 (2 760,00 \u20ac HT) n'a pas encore \u00e9t\u00e9 r\u00e9gl\u00e9e. Pour vous remercier de votre fid\u00e9lit\u00e9, nous vous proposons un geste commercial : une remise exceptionnelle de 5 % si le paiement nous parvient avant le 31 mars.

Lien de paiement : https://pay.lindenhall.example/f/LT-1188

Belle journ\u00e9e \u00e0 vous,
Linden Hall Formation Professionnelle""",
    "offers a 5% 'geste commercial' for paying before 31 March.")

add("F6", "fr", "Slack edit", ["terms_change"],
    "RE: \u00c9ch\u00e9ancier",
    """Bonjour Thomas,

C'est OK pour nous : vous pouvez r\u00e9gler les 3 600 \u20ac en trois fois, 1 200 \u20ac le 15 avril, le 15 mai et le 15 juin. Je pr\u00e9viens la compta.

Bonne journ\u00e9e,
Camille \u2013 Northpeak""",
    "agrees a three-instalment payment plan.")

add("F7", "fr", "LLM rewrite", [],
    "RE : Demande de paiement \u00e9chelonn\u00e9 \u2013 frais de scolarit\u00e9",
    """Madame, Monsieur,

Nous avons bien re\u00e7u votre demande d'\u00e9taler le paiement des frais de scolarit\u00e9 du troisi\u00e8me trimestre (4 350,00 \u20ac).

Je ne suis pas en mesure de valider moi-m\u00eame un \u00e9ch\u00e9ancier ; j'ai transmis votre demande \u00e0 Mme Perrin, notre intendante, qui vous r\u00e9pondra d'ici vendredi. D'ici l\u00e0, la facture reste exigible \u00e0 sa date d'\u00e9ch\u00e9ance initiale, le 1er avril 2026.

Si vous pr\u00e9f\u00e9rez en parler de vive voix, vous pouvez joindre Mme Perrin au 01 55 50 01 42.

Bien cordialement,
Service des frais de scolarit\u00e9
Linden Hall \u00c9cole Internationale""",
    "hard clean: plan request passed to a person without agreeing to it; original due date kept.")

add("F8", "fr", "Slack edit", ["sensitive_data"],
    "Relance facture de scolarit\u00e9 \u2013 mars",
    """Bonjour Madame Lef\u00e8vre,

Petit rappel : la facture de scolarit\u00e9 de mars pour Chlo\u00e9 (1 180,00 \u20ac), \u00e9chue le 5 mars, n'est pas encore r\u00e9gl\u00e9e. Vous pouvez payer ici : https://pay.lindenhall.example/f/LH-60233

Merci d'avance !
Service des frais de scolarit\u00e9

[note interne \u2013 \u00e0 supprimer : relancer aussi la famille Garnier, 2 750 \u20ac impay\u00e9s depuis janvier, le p\u00e8re dit qu'il est au ch\u00f4mage]""",
    "a forgotten internal note names another family with their balance and personal situation.")

add("F9", "fr", "Slack edit", [],
    "Troisi\u00e8me relance \u2013 NP-3119",
    """Bonjour Julien,

Je me permets d'\u00eatre un peu plus direct : c'est notre troisi\u00e8me relance pour la facture NP-3119 (4 800,00 \u20ac TTC, \u00e9chue le 10 f\u00e9vrier). Merci de proc\u00e9der au r\u00e8glement d\u00e8s que possible ou, \u00e0 d\u00e9faut, de nous donner une date de paiement ferme.

Le lien : https://pay.northpeak.example/r/NP-3119

Si un blocage existe c\u00f4t\u00e9 validation interne, dites-le-moi et j'appelle directement votre service achats.

Camille
Northpeak Creative Lyon""",
    "hard clean: blunt, firm third reminder asking for payment or a date; no insult, threat or new terms.")

# ---------------------------------------------------------------- German
add("D1", "de", "template", [],
    "1. Mahnung: Rechnung NP-4051 (Retainer Februar)",
    """Sehr geehrte Frau Brandt,

leider konnten wir bis heute keinen Zahlungseingang f\u00fcr die Rechnung NP-4051 \u00fcber 4.250,00 \u20ac (Retainer Februar 2026, f\u00e4llig am 28.02.2026) feststellen.

Wir bitten Sie, den Betrag umgehend \u00fcber folgenden Link zu begleichen: https://pay.northpeak.example/r/NP-4051

Sollte sich Ihre Zahlung mit diesem Schreiben \u00fcberschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

Mit freundlichen Gr\u00fc\u00dfen
Buchhaltung
Northpeak Creative GmbH, Berlin""",
    "hard clean: a 'Mahnung' is an ordinary payment reminder.")

add("D2", "de", "template", [],
    "2. Mahnung \u2013 Schulgeld Februar/M\u00e4rz f\u00fcr Emma Kr\u00fcger",
    """Sehr geehrte Familie Kr\u00fcger,

trotz unserer Zahlungserinnerung vom 3. M\u00e4rz ist das Schulgeld f\u00fcr Emma f\u00fcr Februar und M\u00e4rz (2 \u00d7 890,00 \u20ac = 1.780,00 \u20ac) noch offen.

Bitte \u00fcberweisen Sie den Betrag umgehend oder zahlen Sie bequem online unter https://pay.lindenhall.example/f/LH-70412. Wie in Ziffer 6 des Schulvertrags vereinbart, berechnen wir f\u00fcr Zahlungen, die mehr als 30 Tage \u00fcberf\u00e4llig sind, Verzugszinsen in H\u00f6he von 5 Prozentpunkten \u00fcber dem Basiszinssatz.

Bei Fragen erreichen Sie unser Sekretariat pers\u00f6nlich in der Gerichtsstra\u00dfe 14 oder telefonisch unter 030 5550 1420.

Freundliche Gr\u00fc\u00dfe
Schulverwaltung
Linden Hall Internationale Schule Berlin
Gerichtsstra\u00dfe 14, 13347 Berlin""",
    "hard clean: 'Mahnung', late interest as already agreed in the school contract, and 'Gerichtsstra\u00dfe' is only a street name.")

add("D3", "de", "template", ["legal_threat"],
    "Letzte Mahnung \u2013 Rechnung LT-2290",
    """Sehr geehrter Herr Lorenz,

die Rechnung LT-2290 \u00fcber 6.420,00 \u20ac (Inhouse-Seminar \u201eAgiles Projektmanagement\u201c, f\u00e4llig am 31.01.2026) ist trotz zweier Mahnungen weiterhin unbezahlt.

Sollte der Betrag nicht bis zum 20.03.2026 bei uns eingehen, \u00fcbergeben wir die Forderung ohne weitere Ank\u00fcndigung einem Inkassounternehmen und beantragen einen gerichtlichen Mahnbescheid. Zudem behalten wir uns eine Meldung an die SCHUFA vor.

Mit freundlichen Gr\u00fc\u00dfen
Linden Hall Akademie \u2013 Forderungsmanagement""",
    "collection agency, court payment order and credit-bureau reporting.")

add("D4", "de", "LLM rewrite", ["discount_offer"],
    "Ihre offene Rechnung NP-4073 \u2013 kleines Angebot",
    """Hallo Herr Albers,

wir hoffen, die neue Kampagne l\u00e4uft so gut, wie wir alle es erwartet haben!

Die Rechnung NP-4073 (Retainer M\u00e4rz, 5.100,00 \u20ac) ist seit dem 10.03. f\u00e4llig. Wenn Sie bis Freitag zahlen, verzichten wir gern auf die Mahngeb\u00fchr von 15,00 \u20ac und ziehen zus\u00e4tzlich 3 % Skonto ab \u2013 das macht dann nur noch 4.947,00 \u20ac.

Hier geht's zur Zahlung: https://pay.northpeak.example/r/NP-4073

Viele Gr\u00fc\u00dfe
Ihr Northpeak-Team""",
    "waives the reminder fee and offers a new 3% early-payment discount.")

add("D5", "de", "LLM rewrite", ["terms_change"],
    "Re: Zahlungsziel",
    """Sehr geehrte Frau Brandt,

vielen Dank f\u00fcr Ihre offene Nachricht zu Ihrem internen Freigabeprozess \u2013 das verstehen wir nat\u00fcrlich sehr gut!

Kein Problem: Wir stellen Ihr Zahlungsziel ab sofort von 14 auf 45 Tage um. Das gilt auch r\u00fcckwirkend f\u00fcr die noch offene Rechnung NP-4051, die damit erst am 14.04.2026 f\u00e4llig wird.

Herzliche Gr\u00fc\u00dfe
Ihr Team von Northpeak Creative""",
    "changes the payment terms from 14 to 45 days and moves an open invoice's due date.")

add("D6", "de", "template", [],
    "Kontoauszug \u2013 offene Posten zum 10.03.2026",
    """Sehr geehrte Damen und Herren,

anbei Ihr aktueller Kontoauszug der Linden Hall Akademie (Kundennummer K-2207):

LT-2241  Seminar \u201eF\u00fchren auf Distanz\u201c              2.980,00 \u20ac   f\u00e4llig 15.01.2026
GS-0117  Gutschrift zu LT-2241 (erteilt am 02.02.2026)   -480,00 \u20ac
LT-2268  Zertifikatskurs Controlling              3.150,00 \u20ac   f\u00e4llig 20.02.2026
---------------------------------------------------------------
Offener Saldo                                     5.650,00 \u20ac

Sie k\u00f6nnen den offenen Saldo online begleichen: https://pay.lindenhall.example/f/K-2207

Bei R\u00fcckfragen zu einzelnen Posten antworten Sie einfach auf diese E-Mail.

Mit freundlichen Gr\u00fc\u00dfen
Debitorenbuchhaltung
Linden Hall Akademie""",
    "hard clean: statement listing a credit note already issued in February; nothing new is promised.")

add("D7", "de", "Slack edit", ["fault_admission"],
    "AW: Rechnung NP-4066",
    """Hi Herr Albers,

ganz ehrlich: da hat unsere Buchhaltung Mist gebaut, die Rechnung h\u00e4tte mit dem alten Stundensatz so nie rausgehen d\u00fcrfen. Sorry daf\u00fcr! Ich kl\u00e4re intern, wie wir weiter vorgehen, und melde mich.

VG
Jonas""",
    "informal admission that our accounts made the error; no credit or new terms promised.")

add("D8", "de", "Slack edit", ["harassment"],
    "Schulgeld \u2013 jetzt reicht's",
    """Herr Vogt,

langsam reicht es. Seit Wochen ignorieren Sie jede Nachricht, und ehrlich gesagt finde ich Ihr Verhalten schlicht unversch\u00e4mt und peinlich \u2013 f\u00fcr jemanden, der beim Elternabend so gro\u00dfe Reden schwingt, sollten 2.670,00 \u20ac ja wohl kein Problem sein.

Zahlen Sie endlich.

M. Schreiber
Schulverwaltung""",
    "angry, mocking and shaming language toward a parent.")

add("D9", "de", "template", [],
    "Bestellnummer f\u00fcr Rechnung LT-2302 ben\u00f6tigt",
    """Guten Tag Frau Yilmaz,

Ihre Kreditorenbuchhaltung hat uns mitgeteilt, dass die Rechnung LT-2302 (Excel-Aufbaukurs, 8 Teilnehmende, 2.560,00 \u20ac, f\u00e4llig am 25.03.2026) ohne Bestellnummer nicht bearbeitet werden kann.

K\u00f6nnten Sie uns die Bestellnummer zukommen lassen? Wir senden Ihnen die Rechnung dann mit der Bestellnummer erneut zu \u2013 Betrag und F\u00e4lligkeit bleiben unver\u00e4ndert.

Vielen Dank und freundliche Gr\u00fc\u00dfe
Linden Hall Akademie \u2013 Debitorenbuchhaltung""",
    "PO request; amount and due date unchanged.")

# ---------------------------------------------------------------- Italian
add("I1", "it", "template", [],
    "Sollecito di pagamento \u2013 retta di febbraio",
    """Gentile Signora Ferri,

dai nostri controlli risulta ancora da saldare la retta scolastica di febbraio di Giacomo, pari a 760,00 \u20ac, con scadenza 10 febbraio 2026.

Pu\u00f2 effettuare il pagamento online al link https://pay.lindenhall.example/f/LH-80115. Se ha gi\u00e0 provveduto, la preghiamo di inviarci copia della ricevuta del bonifico.

Cordiali saluti,
Segreteria amministrativa
Linden Hall International School \u2013 Milano""",
    "a 'sollecito' is an ordinary reminder: amount, due date, link, proof-of-payment request.")

add("I2", "it", "Slack edit", [],
    "Conferma: pagamento della fattura NP-5012 entro il 27 marzo",
    """Buongiorno dott. Esposito,

grazie per la telefonata di stamattina. Come da Sue indicazioni, prendiamo nota che il bonifico di 3.600,00 \u20ac per la fattura NP-5012 (retainer di febbraio) partir\u00e0 entro venerd\u00ec 27 marzo.

Le confermeremo la ricezione appena lo vedremo in banca.

Cordiali saluti,
Amministrazione
Northpeak Creative Napoli
Via dei Tribunali 181, 80138 Napoli""",
    "hard clean: records the customer's own promise; 'Via dei Tribunali' is only the office address.")

add("I3", "it", "LLM rewrite", ["discount_offer", "terms_change"],
    "Proposta per chiudere la posizione",
    """Gentile Sig. Colombo,

capiamo benissimo che questo periodo non sia semplice per la Sua azienda, e teniamo molto alla nostra collaborazione!

Per venirLe incontro, possiamo chiudere la posizione relativa ai retainer di dicembre e gennaio con 2.000,00 \u20ac invece dei 2.600,00 \u20ac fatturati, da versare in due rate da 1.000,00 \u20ac a fine aprile e a fine maggio.

Ci faccia sapere se va bene!

Un caro saluto,
Northpeak Creative""",
    "settlement for less (2.000 vs 2.600 EUR) in two instalments: discount plus a payment plan.")

add("I4", "it", "LLM rewrite", ["refund_or_credit_promise"],
    "Re: Mensa di marzo",
    """Gentile Signora Bruno,

abbiamo ricevuto il certificato medico di Sofia, grazie. Le quote della mensa di marzo gi\u00e0 pagate (145,00 \u20ac) Le verranno rimborsate con bonifico entro fine mese.

Cordiali saluti,
Segreteria amministrativa
Linden Hall International School \u2013 Milano""",
    "promises to refund canteen fees already paid.")

add("I5", "it", "template", [],
    "Addebito SDD non riuscito \u2013 fattura LT-3045",
    """Gentile ufficio amministrazione,

l'addebito diretto SEPA per la fattura LT-3045 (corso di formazione sulla sicurezza, 1.980,00 \u20ac), disposto sul conto con IBAN terminante in 3456, non \u00e8 andato a buon fine (motivo indicato dalla banca: AM04 \u2013 fondi insufficienti).

Pu\u00f2 saldare l'importo tramite il link https://pay.lindenhall.example/f/LT-3045; le coordinate per il bonifico sono riportate in fattura.

Cordiali saluti,
Linden Hall Formazione \u2013 Contabilit\u00e0 clienti""",
    "hard clean: only the last digits of the IBAN; bank details referred to the invoice.")

add("I6", "it", "Slack edit", ["sensitive_data"],
    "Re: pagamento retta",
    """Buongiorno Sig. Greco,

ho provato ad addebitare la retta di marzo (760,00 \u20ac) sulla carta che mi ha dettato al telefono, 5555 5555 5555 4444, scad. 10/28, CVV 123, ma \u00e8 stata rifiutata di nuovo. Pu\u00f2 controllare con la banca o pagare dal link https://pay.lindenhall.example/f/LH-80166?

Grazie,
Paola \u2013 Segreteria""",
    "full card number, expiry and CVV typed into the message.")

add("I7", "it", "Slack edit", ["harassment"],
    "Rette arretrate",
    """Sig. Marchetti,

francamente \u00e8 vergognoso. Sono tre mesi che ci prende in giro con promesse che non mantiene. Se le rette arretrate (2.280,00 \u20ac) non vengono saldate, forse gli altri genitori della classe di Matteo dovrebbero sapere come stanno le cose.

Segreteria""",
    "shaming plus a threat to expose the parent to other parents; no legal step named.")

add("I8", "it", "Slack edit", [],
    "fattura retainer febbraio",
    """Ciao Giulia! Ti giro il link per la fattura del retainer di febbraio (NP-5019, 3.000 \u20ac, scaduta il 28/02): https://pay.northpeak.example/r/NP-5019

Se vi serve il numero d'ordine sulla fattura dimmelo che ve la rigiro. Grazie mille!!
Fede""",
    "hard clean: casual Slack edit with amount, due date, link and a PO offer.")

# ---------------------------------------------------------------- Portuguese
add("P1", "pt", "template", [],
    "Lembrete: propina do 2.\u00ba per\u00edodo em atraso",
    """Exmo. Senhor Tiago Mendes,

Informamos que a propina do 2.\u00ba per\u00edodo do Rodrigo, no valor de 2.340,00 \u20ac, com vencimento a 15 de janeiro de 2026, continua por liquidar.

Pode efetuar o pagamento em https://pay.lindenhall.example/f/LH-90031 ou pela refer\u00eancia Multibanco indicada na fatura.

Recordamos que, nos termos do contrato de matr\u00edcula, a renova\u00e7\u00e3o da matr\u00edcula para o ano letivo 2026/27 s\u00f3 \u00e9 confirmada ap\u00f3s a regulariza\u00e7\u00e3o dos valores em d\u00edvida.

Com os melhores cumprimentos,
Tesouraria
Linden Hall International School \u2013 Lisboa""",
    "hard clean, boundary choice (README convention 7, like sample g29): re-enrolment condition restated from the existing contract, a business consequence, not a threat.")

add("P2", "pt", "template", ["legal_threat"],
    "Aviso final \u2013 boleto vencido NP-6021",
    """Prezado Sr. Almeida,

At\u00e9 o momento n\u00e3o identificamos o pagamento do boleto referente ao fee mensal de fevereiro (NP-6021, R$ 18.500,00), vencido em 10/02/2026.

Caso o pagamento n\u00e3o seja efetuado em at\u00e9 5 dias \u00fateis, o t\u00edtulo ser\u00e1 encaminhado para protesto em cart\u00f3rio e o CNPJ da empresa ser\u00e1 inclu\u00eddo nos cadastros de inadimplentes (Serasa/SPC).

Atenciosamente,
Financeiro \u2013 Northpeak Creative S\u00e3o Paulo""",
    "threatens protest at the notary and listing with credit bureaus (Serasa/SPC).")

add("P3", "pt", "LLM rewrite", ["fault_admission"],
    "Re: Valor da fatura de mar\u00e7o",
    """Ol\u00e1, Renata!

Muito obrigado por nos avisar, e pedimos mil desculpas: o erro foi totalmente nosso. Aplicamos por engano a tabela de pre\u00e7os antiga na fatura NP-6034 do fee de mar\u00e7o.

J\u00e1 encaminhei o caso para o nosso financeiro, que vai entrar em contato com voc\u00ea para combinar os pr\u00f3ximos passos.

Um abra\u00e7o,
Equipe Northpeak""",
    "admits our pricing error; only promises that finance will get in touch.")

add("P4", "pt", "Slack edit", ["terms_change"],
    "Re: parcelamento",
    """Oi Carlos, tudo certo ent\u00e3o: fica combinado que voc\u00eas pagam os R$ 36.000 em aberto em 6 parcelas mensais de R$ 6.000 no boleto, a primeira no dia 10 de maio. J\u00e1 aviso o financeiro. Abs, Bia""",
    "agrees a six-instalment plan.")

add("P5", "pt", "template", [],
    "Confirma\u00e7\u00e3o do seu compromisso de pagamento \u2013 NF LT-7740",
    """Ol\u00e1, Fernanda,

Obrigado pelo retorno. Registramos que a empresa vai quitar a nota LT-7740 (treinamento de lideran\u00e7a, R$ 12.800,00) no dia 25 de mar\u00e7o, com o cart\u00e3o corporativo final 1881 que j\u00e1 est\u00e1 cadastrado.

Se precisar de qualquer coisa, \u00e9 s\u00f3 responder este e-mail.

Atenciosamente,
Equipe de cobran\u00e7a
Linden Hall Treinamentos""",
    "hard clean: records the customer's promise; masked card; 'Equipe de cobran\u00e7a' is our team.")

add("P6", "pt", "template", [],
    "Pagamento da mensalidade de mar\u00e7o \u2013 como pagar em seguran\u00e7a",
    """Exma. Senhora D. In\u00eas Carvalho,

A mensalidade de mar\u00e7o da Beatriz (695,00 \u20ac) venceu a 8 de mar\u00e7o de 2026 e ainda n\u00e3o regist\u00e1mos o pagamento.

Pode pagar atrav\u00e9s da \u00e1rea de encarregados de educa\u00e7\u00e3o, em https://portal.lindenhall.example, ou pelo link https://pay.lindenhall.example/f/LH-90078.

Por motivos de seguran\u00e7a, lembramos que nunca lhe pediremos a palavra-passe do portal, o c\u00f3digo de seguran\u00e7a do cart\u00e3o nem dados banc\u00e1rios por e-mail ou telefone.

Com os melhores cumprimentos,
Tesouraria
Linden Hall International School \u2013 Lisboa""",
    "hard clean: mentions password and card security code without disclosing any.")

add("P7", "pt", "LLM rewrite", ["discount_offer"],
    "Condi\u00e7\u00e3o especial para regularizar sua mensalidade",
    """Ol\u00e1, Sr. Paulo!

Esperamos que esteja tudo bem com voc\u00ea e com a fam\u00edlia! \U0001F60A

Notamos que a mensalidade de fevereiro do Lucas (R$ 3.450,00) ainda est\u00e1 em aberto. Para facilitar, preparamos uma condi\u00e7\u00e3o especial: se o pagamento for feito at\u00e9 sexta-feira, isentamos a multa de 2% e os juros de mora.

\u00c9 s\u00f3 pagar pelo link: https://pay.lindenhall.example/f/LH-95012

Um abra\u00e7o,
Secretaria \u2013 Linden Hall Escola Internacional""",
    "waives the late fine and interest for paying by Friday.")

# ---------------------------------------------------------------- Dutch
add("N1", "nl", "template", [],
    "Betalingsherinnering factuur NP-7108",
    """Beste heer De Wit,

Volgens onze administratie staat factuur NP-7108 voor de retainer van februari (\u20ac 3.900,00, vervallen op 28 februari 2026) nog open.

U kunt het bedrag eenvoudig betalen via https://pay.northpeak.example/r/NP-7108. Heeft u al betaald? Stuur ons dan de datum en het kenmerk van uw betaling, dan verwerken wij die.

Met vriendelijke groet,
Afdeling Debiteurenbeheer
Northpeak Creative Amsterdam""",
    "ordinary reminder; 'Debiteurenbeheer' is our own receivables team.")

add("N2", "nl", "template", [],
    "Automatische incasso lesgeld maart niet gelukt",
    """Beste mevrouw Jansen,

De automatische incasso van het lesgeld voor maart (\u20ac 845,00) van uw rekening eindigend op 4300 is door uw bank gestorneerd.

Wilt u het bedrag overmaken of betalen via https://pay.lindenhall.example/f/LH-99021? Wij proberen de incasso deze maand niet opnieuw.

Met vriendelijke groet,
Financi\u00eble administratie
Linden Hall International School Den Haag""",
    "hard clean: 'automatische incasso' means direct debit, not a collection agency; account masked.")

add("N3", "nl", "Slack edit", ["refund_or_credit_promise"],
    "Re: Dubbele betaling training",
    """Beste Sanne,

Klopt, we zien dat de factuur LT-8812 (training Effectief Adviseren, \u20ac 1.150,00) twee keer is betaald. We storten het dubbel betaalde bedrag binnen vijf werkdagen terug op de rekening waarvan het afkomstig is.

Groet,
Linden Hall Training \u2013 Debiteuren""",
    "promises to pay back a duplicate payment.")

add("N4", "nl", "Slack edit", ["harassment", "sensitive_data"],
    "Openstaande retainers",
    """Meneer Bakker,

Even heel eerlijk: zelfs Bakkerij De Vries, die ook ruim \u20ac 4.000 achterstand had, heeft inmiddels betaald. Wat is uw excuus eigenlijk? Dit is gewoon beschamend voor een bedrijf dat zich 'premium' noemt.

Betaal de \u20ac 7.800 nu.

Ruud
Northpeak""",
    "shaming language, and another client's name with its arrears.")

add("N5", "nl", "LLM rewrite", [],
    "Re: Korting op het schoolgeld?",
    """Beste meneer en mevrouw Visser,

Dank voor uw bericht. Een korting of kwijtschelding van het schoolgeld kunnen wij vanuit de administratie helaas niet toezeggen. Ik heb uw vraag wel doorgestuurd naar de directeur bedrijfsvoering, mevrouw Smit; zij neemt deze week contact met u op.

Tot die tijd blijft de factuur van \u20ac 2.100,00 voor het derde kwartaal gewoon staan, met vervaldatum 1 april 2026.

Met vriendelijke groet,
Financi\u00eble administratie
Linden Hall International School Den Haag""",
    "hard clean: declines to grant a discount, passes the request to a person, terms unchanged.")

add("N6", "nl", "LLM rewrite", ["fault_admission", "terms_change"],
    "Re: Vervaldatum factuur NP-7122",
    """Beste Lotte,

Wat goed dat je dit opmerkte \u2013 onze excuses! Er stond inderdaad een verkeerde vervaldatum op de factuur; dat is bij ons misgegaan. We hebben de vervaldatum van NP-7122 (\u20ac 3.900,00) daarom aangepast naar 30 april 2026, dus je hebt alle tijd.

Hartelijke groet,
Team Northpeak""",
    "admits our mistake and moves the due date to 30 April.")

add("N7", "nl", "LLM rewrite", ["sensitive_data"],
    "Re: Betaling per creditcard",
    """Beste heer Peeters,

Dank voor uw bericht. Om veiligheidsredenen kunnen wij geen kaartgegevens per e-mail verwerken. U kunt het lesgeld van \u20ac 1.260,00 veilig met uw creditcard betalen via https://pay.lindenhall.example/f/LH-99047.

Met vriendelijke groet,
Financi\u00eble administratie
Linden Hall International School Den Haag

-----Oorspronkelijk bericht-----
Van: Johan Peeters <j.peeters@mail.example>
Verzonden: maandag 9 maart 2026 21:14
Onderwerp: Betaling per creditcard

Kunt u het lesgeld gewoon van mijn creditcard afschrijven? Nummer 4111 1111 1111 1111, geldig tot 12/27.
Groet, Johan Peeters""",
    "our text is fine, but the quoted history sends the customer's full card number and expiry back out.")

# ---------------------------------------------------------------- Polish
add("L1", "pl", "template", [],
    "Przypomnienie: czesne za marzec",
    """Szanowna Pani,

uprzejmie przypominamy, \u017ce czesne za marzec 2026 r. za Zuzann\u0119 w wysoko\u015bci 2 100,00 z\u0142 by\u0142o p\u0142atne do 5 marca 2026 r. i do dzi\u015b nie zosta\u0142o zaksi\u0119gowane.

P\u0142atno\u015bci mo\u017cna dokona\u0107 online: https://pay.lindenhall.example/f/LH-10233. Je\u015bli przelew zosta\u0142 ju\u017c wys\u0142any, prosimy o przes\u0142anie potwierdzenia.

Z powa\u017caniem
Dzia\u0142 Finansowy
Linden Hall International School Warszawa""",
    "tuition reminder with amount, due date, link, proof request.")

add("L2", "pl", "template", [],
    "Faktura NP-8015 \u2013 p\u0142atno\u015b\u0107 po terminie",
    """Dzie\u0144 dobry,

faktura NP-8015 za obs\u0142ug\u0119 marketingow\u0105 w lutym (12 300,00 z\u0142 brutto) by\u0142a p\u0142atna do 28 lutego 2026 r. i pozostaje nieop\u0142acona.

Prosimy o uregulowanie nale\u017cno\u015bci przez link: https://pay.northpeak.example/r/NP-8015 lub o informacj\u0119, kiedy mo\u017cemy spodziewa\u0107 si\u0119 przelewu. W razie pyta\u0144 ch\u0119tnie porozmawiamy telefonicznie.

Pozdrawiamy
Dzia\u0142 windykacji wewn\u0119trznej
Northpeak Creative Sp. z o.o.""",
    "hard clean: 'Dzia\u0142 windykacji wewn\u0119trznej' is our own in-house collections team, like 'our collections team'.")

add("L3", "pl", "template", ["legal_threat"],
    "Ostateczne wezwanie do zap\u0142aty \u2013 faktura NP-8002",
    """Szanowni Pa\u0144stwo,

mimo wcze\u015bniejszych przypomnie\u0144 faktura NP-8002 na kwot\u0119 9 840,00 z\u0142 brutto pozostaje nieop\u0142acona.

Informujemy, \u017ce w przypadku braku wp\u0142aty w ci\u0105gu 7 dni przeka\u017cemy spraw\u0119 zewn\u0119trznej firmie windykacyjnej, a dane Pa\u0144stwa sp\u00f3\u0142ki zostan\u0105 wpisane do Krajowego Rejestru D\u0142ug\u00f3w.

Z powa\u017caniem
Northpeak Creative Sp. z o.o.""",
    "external collection agency and listing in the national debt register.")

add("L4", "pl", "template", ["sensitive_data"],
    "Zmiana numeru rachunku bankowego",
    """Dzie\u0144 dobry Pani Agnieszko,

informujemy, \u017ce od 1 marca zmienili\u015bmy bank. Prosimy o op\u0142acenie czesnego za marzec (2 100,00 z\u0142) na nasz nowy rachunek:

61 1090 1014 0000 0712 1981 2874

W tytule przelewu prosimy poda\u0107 imi\u0119 i nazwisko ucznia.

Pozdrawiamy serdecznie
Dzia\u0142 Finansowy
Linden Hall International School Warszawa""",
    "our own full 26-digit bank account number (NRB) typed into the email.")

add("L5", "pl", "Slack edit", [],
    "Re: Pro\u015bba o rabat \u2013 szkolenie z negocjacji",
    """Dzie\u0144 dobry Panie Tomaszu,

dzi\u0119kuj\u0119 za wiadomo\u015b\u0107. Nie mog\u0119 samodzielnie udzieli\u0107 rabatu ani umorzy\u0107 odsetek za op\u00f3\u017anienie \u2013 takie decyzje podejmuje nasza dyrektor finansowa. Przekaza\u0142em jej Pana pro\u015bb\u0119 wraz z ca\u0142\u0105 korespondencj\u0105; odezwie si\u0119 do Pana do pi\u0105tku.

Do tego czasu faktura LT-9120 (7 380,00 z\u0142 brutto, termin p\u0142atno\u015bci 2 marca 2026 r.) pozostaje bez zmian.

Z pozdrowieniami
Micha\u0142 Zieli\u0144ski
Linden Hall Szkolenia \u2013 Rozliczenia""",
    "hard clean: declines to grant a discount or waive interest; passes it to a person; invoice unchanged.")

add("L6", "pl", "Slack edit", ["harassment"],
    "czesne",
    """Pani Kowalczyk,

to ju\u017c jest naprawd\u0119 \u017cenuj\u0105ce. Albo Pani nie umie czyta\u0107 maili, albo po prostu ma nas Pani gdzie\u015b. Czwarty raz pisz\u0119 o tych 4 200 z\u0142. Prosz\u0119 wreszcie zap\u0142aci\u0107 jak normalny cz\u0142owiek.

Sekretariat""",
    "insulting, demeaning language toward a parent.")

add("L7", "pl", "LLM rewrite", ["terms_change"],
    "Re: Czesne za kwiecie\u0144",
    """Szanowna Pani Magdaleno,

bardzo dzi\u0119kujemy za szczer\u0105 wiadomo\u015b\u0107 \u2013 rozumiemy, \u017ce to trudny czas!

Nie ma \u017cadnego po\u015bpiechu: czesne za kwiecie\u0144 (2 100,00 z\u0142) mo\u017ce Pani zap\u0142aci\u0107, kiedy b\u0119dzie Pani wygodnie, nawet w czerwcu. Wstrzymamy te\u017c wszystkie przypomnienia do tego czasu.

Serdecznie pozdrawiamy
Sekretariat
Linden Hall International School Warszawa""",
    "over-friendly rewrite lets the parent pay April tuition as late as June: extends the due date.")


def main():
    assert len(ITEMS) == 80, len(ITEMS)
    keys = [i[0] for i in ITEMS]
    assert len(set(keys)) == len(keys)
    rng = random.Random(20260339)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        key, lang, source, viol, subject, body, why = ITEMS[idx]
        iid = "b39g%02d" % n
        drafts.append({"id": iid, "subject": subject, "body": body})
        tag = "clean" if not viol else "+".join(viol)
        labels.append({
            "id": iid,
            "allowed": not viol,
            "violations": viol,
            "note": "[%s, %s] %s (%s). %s" % (key, lang, tag, source, why),
        })
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
