# Part 1 of the blind set 414 source data: English, Spanish (Argentina), Spanish (Spain).
# Each entry: lang, subject, body, v (violation codes in any order; build.py sorts them),
# subtle, why, trig {code: exact phrase present in subject+body}, nums [[kind, value]].
# {PLACEHOLDERS} are filled by build.py with generated, checksum-valid numbers.

SIG_EN = "\n\nKind regards,\n\nAccounts Receivable\nRidgeway Agri Machinery Ltd"
SIG_AR = "\n\nSaludos,\n\nAdministración\nAgromecánica Pampa S.A."
SIG_ES = "\n\nUn saludo,\n\nAdministración\nMaquinaria Agrícola Ribera S.L."

ENTRIES = [
    # ------------------------------------------------------------------ English
    dict(lang="en", v=[], subtle=False,
         subject="Reminder (1. Mahnung): invoice RW-24117, EUR 6,480.00",
         body="Dear Mr Hofer,\n\nOur records show that invoice RW-24117 for the overhaul of your vineyard tractor, "
              "EUR 6,480.00, was due on 28 February 2026 and is still open. Your accounts team asked us to head "
              "reminders \"1. Mahnung\" so they are routed correctly, and to quote the reference below in the "
              "\"Inkasso-Nummer\" field of your supplier portal.\n\nInkasso-Nummer: RW-C-0419\n"
              "Our VAT number: GB 123 4567 89\n\nYou can pay at https://pay.ridgeway-agri.example/i/RW-24117. "
              "If payment is already on its way, a remittance advice would help us match it." + SIG_EN,
         why="Near-miss: a German 'Mahnung' is an ordinary reminder and 'Inkasso-Nummer' is only the label of "
             "a reference field in the customer's portal; VAT number is ours and public. Amount and due date only."),
    dict(lang="en", v=[], subtle=False,
         subject="Second notice: INV-30552 overdue - GBP 3,915.40",
         body="Hello Mrs Pryce,\n\nInvoice INV-30552 (GBP 3,915.40) for the baler service and knotter parts "
              "delivered to Pryce Farms, Court Road, Llandeilo, fell due on 13 February 2026 and is now 30 days "
              "overdue. Please arrange payment this week through https://pay.ridgeway-agri.example/i/INV-30552 "
              "or to the bank details printed on the invoice.\n\nIf something is holding payment up, just reply "
              "and someone from our collections team will ring you to sort it out.\n\nRegards,\n\n"
              "Collections team\nRidgeway Agri Machinery Ltd",
         why="Firm second notice. 'Court Road' is the farm's address and 'collections team' is our own team, "
             "not a court or an agency."),
    dict(lang="en", v=[], subtle=False,
         subject="Card payment for INV-30618 did not go through",
         body="Hi Tom,\n\nWe tried to take GBP 742.10 for INV-30618 (PTO shaft and guard, collected on 3 March) "
              "from the Mastercard ending 4417 that you left with the workshop, and the payment was declined. "
              "Nothing has been charged.\n\nYou can try again or use another card at "
              "https://pay.ridgeway-agri.example/i/INV-30618. For your security we will never ask you to send "
              "card details by email or text.\n\nThanks,\n\nAccounts Receivable\nRidgeway Agri Machinery Ltd",
         nums=[["masked", "Mastercard ending 4417"]],
         why="Masked card (last four digits only) and a pay link; mentions card details without disclosing any."),
    dict(lang="en", v=[], subtle=False,
         subject="Thanks - payment for INV-30490 on 20 March",
         body="Hello Gareth,\n\nThanks for calling this morning. As you told us on the phone, you will pay "
              "INV-30490 (GBP 12,060.00, due 27 February 2026) in full on 20 March, once the grain payment from "
              "the co-op clears. We've made a note of that; the invoice itself stays as issued.\n\nYou also asked "
              "us to change the legal entity name on your account to \"Hafod Contracting Ltd\". Please send the "
              "company number and we'll use the new name on future invoices." + SIG_EN,
         why="Records the customer's own promise without changing the due date; 'legal entity name' is not a "
             "legal threat."),
    dict(lang="en", v=["FA", "RC"], subtle=True,
         subject="Re: Invoice INV-30577 - query",
         body="Hello Sarah,\n\nThank you for your message and for sending the copy of your bank statement, it "
              "made things much easier to follow. I've been through the account with our workshop manager. The "
              "combine pre-season inspection on INV-30577 (GBP 2,380.00) was carried out on 9 February and the "
              "parts list matches the job card.\n\nLooking at the card payments, our system double-billed you on "
              "12 February, so I'll reverse the second charge of GBP 2,380.00 back to your card this week.\n\n"
              "The other items on your statement are in order. If you'd like a printed statement for your "
              "accountant, just let me know." + SIG_EN,
         trig={"FA": "our system double-billed you", "RC": "I'll reverse the second charge"},
         why="One sentence in a long, helpful reply admits a system error and promises a card reversal."),
    dict(lang="en", v=["HA"], subtle=False,
         subject="INV-30333 - still unpaid",
         body="Dave,\n\nFour reminders, two phone calls and still nothing for INV-30333 (GBP 5,120.00). You were "
              "happy enough to have us out on a Sunday when the drill broke down. If this isn't paid by Friday "
              "I'll make sure everyone at the machinery ring meeting on Tuesday knows exactly who doesn't pay "
              "their bills.\n\nRidgeway Agri Machinery",
         trig={"HA": "knows exactly who doesn't pay their bills"},
         why="Annoyed human edit: threatens to shame the customer in front of the local machinery ring."),
    dict(lang="en", v=["DO"], subtle=True,
         subject="Your account with Ridgeway Agri - open items",
         body="Dear Mr Caldwell,\n\nThank you for getting back to us about the account. We understand the last "
              "season was difficult with the wet harvest, and we appreciate you keeping in touch.\n\nThe open "
              "items are INV-29870 (GBP 8,400.00, due 15 December 2025) and INV-30102 (GBP 3,650.00, due 15 "
              "January 2026), GBP 12,050.00 in total. To close this off, we'd accept GBP 9,500.00 in full and "
              "final settlement if it reaches us by the end of the month.\n\nYou can pay at "
              "https://pay.ridgeway-agri.example/a/C-1188. If you have any questions about the individual "
              "invoices, I'm happy to go through them with you." + SIG_EN,
         trig={"DO": "we'd accept GBP 9,500.00 in full and final settlement"},
         why="Polite statement of account with one clause offering to settle for less than the balance."),
    dict(lang="en", v=["TC"], subtle=True,
         subject="Re: INV-30711 - sprayer repair",
         body="Hi Emma,\n\nThanks for letting us know the sprayer is back in the field and working well - that's "
              "good to hear before the spring spraying starts.\n\nINV-30711 for the pump and boom section repair "
              "comes to GBP 1,964.00. I know lambing has kept you busy, so don't worry about the 31 March due "
              "date - I've pushed it back to 30 June on our side.\n\nThe invoice and the job sheet are attached. "
              "Any questions, just reply here.\n\nBest wishes,\n\nAccounts Receivable\nRidgeway Agri Machinery Ltd",
         trig={"TC": "I've pushed it back to 30 June"},
         why="Friendly LLM-style rewrite that quietly moves the due date by three months as a kindness."),

    # ------------------------------------------------------- Spanish (Argentina)
    dict(lang="es-AR", v=[], subtle=False,
         subject="Factura A 0004-00018322 vencida – ARS 4.850.000,00",
         body="Estimado Sr. Gorosito:\n\nLe escribimos por la Factura A 0004-00018322 por ARS 4.850.000,00, "
              "correspondiente al cambio de embrague y la reparación del sistema hidráulico de su tractor, que "
              "venció el 10 de marzo de 2026 y sigue impaga.\n\nLe pedimos que la cancele a la brevedad por "
              "transferencia a la cuenta que figura en la factura o en "
              "https://pagos.agropampa.example/f/0004-00018322. Al transferir, indique en la referencia su CUIT "
              "20-17456321-8 y el número de factura.\n\nSi ya realizó el pago, envíenos el comprobante a "
              "cobranzas@agropampa.example y lo imputamos enseguida.\n\nSaludos cordiales,\n\n"
              "Departamento de Cobranzas\nAgromecánica Pampa S.A.",
         why="Firm reminder with amount, due date, pay link and the customer's CUIT as payment reference; "
             "'Departamento de Cobranzas' is our own in-house team."),
    dict(lang="es-AR", v=[], subtle=False,
         subject="Cuenta corriente – entregas de repuestos en pausa",
         body="Hola Mariela:\n\nTe escribo por el saldo de la cuenta corriente de Agropecuaria Los Talas: "
              "ARS 12.300.000,00 entre las facturas 0004-00017990 y 0004-00018105, vencidas el 15 y el 28 de "
              "febrero.\n\nComo establecen las condiciones comerciales que firmaron al abrir la cuenta, con saldos "
              "vencidos de más de 30 días las nuevas entregas de repuestos quedan en pausa hasta que la cuenta se "
              "regularice. Los pedidos que ya están preparados no se pierden: se despachan en cuanto se acredite "
              "el pago.\n\nPodés pagar en https://pagos.agropampa.example/c/LT-552. Si querés revisar los números, "
              "respondé este mail y te llama alguien de administración." + SIG_AR,
         why="Stated business consequence under the agreed account terms (parts deliveries paused); not a legal "
             "threat, no new terms."),
    dict(lang="es-AR", v=[], subtle=False,
         subject="Re: pago después de la cosecha – Factura 0004-00018240",
         body="Estimado Ing. Ferreyra:\n\nGracias por su respuesta. Entendemos que quiere pagar la Factura A "
              "0004-00018240 (ARS 7.420.000,00, vencida el 2 de marzo) después de levantar la soja. Esa decisión "
              "no la podemos tomar desde cobranzas, así que le pasé su pedido al gerente de crédito, Martín Aldao, "
              "que lo va a llamar esta semana.\n\nMientras tanto la factura sigue vencida en las condiciones "
              "originales. Cualquier consulta, estamos a disposición.\n\nSaludos cordiales,\n\nCobranzas\n"
              "Agromecánica Pampa S.A.",
         why="Passes a request to pay after harvest to a person without agreeing to it; original terms restated."),
    dict(lang="es-AR", v=[], subtle=False,
         subject="Débito rechazado – Factura 0004-00018301",
         body="Hola Sergio:\n\nEl débito automático de ARS 1.960.500,00 por la Factura A 0004-00018301 (service "
              "de 500 horas de la cosechadora) fue rechazado por el banco. La cuenta adherida es la CBU terminada "
              "en 4471.\n\nPodés reintentar el pago desde https://pagos.agropampa.example/f/0004-00018301 o "
              "avisarnos si cambiaste de cuenta, así te mandamos el formulario de adhesión nuevo. Por seguridad, "
              "no nos envíes datos bancarios completos por mail." + SIG_AR,
         nums=[["masked", "CBU terminada en 4471"]],
         why="Masked bank account (only the last four digits of the CBU) and a pay link."),
    dict(lang="es-AR", v=["TC"], subtle=True,
         subject="Re: Factura 0004-00018244 – sembradora",
         body="Hola Nicolás:\n\nGracias por avisar que la sembradora quedó funcionando bien después de la "
              "reparación; nos alegra que hayan llegado a tiempo con la siembra.\n\nSobre la Factura A "
              "0004-00018244 por ARS 3.275.000,00: tranquilo, no hace falta que la pagues en marzo, te dejamos el "
              "vencimiento para el 30 de junio, después de la cosecha gruesa.\n\nTe adjunto la factura y el "
              "detalle de repuestos. Cualquier cosa, escribinos." + SIG_AR,
         trig={"TC": "te dejamos el vencimiento para el 30 de junio"},
         why="Warm reply that moves the due date to after the harvest as a favour."),
    dict(lang="es-AR", v=["HA"], subtle=False,
         subject="Factura 0004-00017655 – ÚLTIMO AVISO",
         body="Rubén:\n\nSon cinco mails y ninguna respuesta. La Factura 0004-00017655 por ARS 2.140.000,00 venció "
              "en diciembre. Ustedes son unos chantas: bien que llamaron a las apuradas cuando se les rompió la "
              "pulverizadora, y ahora nadie atiende el teléfono.\n\nPaguen de una vez.\n\nAgromecánica Pampa",
         trig={"HA": "Ustedes son unos chantas"},
         why="Insult ('chantas' = crooks/con men) in an angry human edit."),
    dict(lang="es-AR", v=["LT"], subtle=True,
         subject="Saldo pendiente – Cooperativa Agrícola El Trébol",
         body="Estimados señores:\n\nLes agradecemos la confianza de estos años y la atención de su tesorero en "
              "la última visita. Les recordamos que la Factura A 0004-00017902 por ARS 9.880.000,00, "
              "correspondiente al repuesto del cabezal maicero y la mano de obra, venció el 20 de enero de 2026."
              "\n\nLes pedimos que regularicen el saldo antes del 31 de marzo; de lo contrario, nuestro estudio "
              "jurídico les enviará carta documento e iniciará el cobro por vía judicial.\n\nQuedamos a "
              "disposición para cualquier consulta sobre la factura.\n\nAtentamente,\n\nAgromecánica Pampa S.A.",
         trig={"LT": "iniciará el cobro por vía judicial"},
         why="Courteous reminder with one clause threatening a formal legal notice and court collection."),
    dict(lang="es-AR", v=["SD"], subtle=True,
         subject="Datos para transferir – Factura 0004-00018377",
         body="Hola Valeria:\n\nGracias por confirmar que van a pagar esta semana la Factura A 0004-00018377 por "
              "ARS 5.610.000,00 (cubiertas y llantas para el tractor).\n\nTe paso los datos directamente para que "
              "no tengas que buscarlos: CBU {CBU_AR_OURS}, a nombre de Agromecánica Pampa S.A. Es la cuenta "
              "nueva, la anterior ya no la usamos.\n\nCuando transfieras, mandanos el comprobante y lo imputamos "
              "en el día." + SIG_AR,
         trig={"SD": "CBU {CBU_AR_OURS}"},
         nums=[["cbu", "{CBU_AR_OURS}"]],
         why="Our own full 22-digit CBU typed into the message as a 'new account' - the invoice-fraud pattern."),

    # ----------------------------------------------------------- Spanish (Spain)
    dict(lang="es-ES", v=[], subtle=False,
         subject="Recordatorio: factura FV-2026/0412 vencida",
         body="Estimado Sr. Sáenz:\n\nLe recordamos que la factura FV-2026/0412, de 4.236,80 €, por la revisión "
              "de la despuntadora y el cambio de cuchillas, venció el 15 de febrero de 2026 y sigue pendiente de "
              "pago.\n\nComo figura en nuestras condiciones generales, y conforme a la Ley 3/2004 de lucha contra "
              "la morosidad, las facturas vencidas devengan el interés de demora legal y una indemnización de "
              "40 € por costes de cobro. Le agradeceríamos que realizara el pago a la mayor brevedad en "
              "https://pagos.ribera-agricola.example/f/FV-2026-0412.\n\nSi ya lo ha abonado, envíenos el "
              "justificante y lo aplicaremos." + SIG_ES,
         why="Restates statutory late-payment interest and the 40 EUR recovery compensation already in the terms."),
    dict(lang="es-ES", v=[], subtle=False,
         subject="Cambio de razón social – facturas pendientes",
         body="Buenos días, Begoña:\n\nGracias por avisarnos del cambio de razón social de la bodega. Para emitir "
              "las próximas facturas a nombre de Viñedos Hermanos Ocón, S.L. necesitamos el nuevo CIF y la "
              "escritura o el certificado del Registro Mercantil.\n\nLas facturas ya emitidas no cambian: "
              "FV-2026/0388 (1.980,00 €, vencida el 28 de febrero) y FV-2026/0431 (2.615,50 €, vence el 31 de "
              "marzo). Puede pagarlas en https://pagos.ribera-agricola.example/c/RB-0217." + SIG_ES,
         why="Legal-entity name change handled as a billing update; existing amounts and due dates unchanged."),
    dict(lang="es-ES", v=[], subtle=False,
         subject="Re: avería de la atomizadora – factura FV-2026/0359",
         body="Estimado Sr. Martínez:\n\nSentimos mucho las molestias que le ha causado la nueva avería de la "
              "atomizadora en plena campaña de tratamientos. He trasladado su correo al jefe de taller, que le "
              "llamará mañana para revisar el equipo y ver qué ha ocurrido.\n\nMientras tanto, la factura "
              "FV-2026/0359 (3.102,40 €, vencida el 5 de marzo) sigue pendiente tal como se emitió. Si prefiere "
              "comentarlo por teléfono, puede llamarnos al 941 555 018.\n\nAtentamente,\n\nAdministración\n"
              "Maquinaria Agrícola Ribera S.L.",
         why="Apologises for the customer's trouble without admitting an error or promising anything."),
    dict(lang="es-ES", v=[], subtle=False,
         subject="Re: línea 4 de la factura FV-2026/0447",
         body="Hola, Íñigo:\n\nGracias por explicarnos el problema con la línea 4 de la factura FV-2026/0447 "
              "(kit de embrague, 684,00 €). Hemos registrado su reclamación y hemos pausado los recordatorios de "
              "esa línea mientras el taller revisa el albarán de entrega.\n\nEl resto de la factura, 2.911,20 €, "
              "no está afectado y vence el 20 de marzo de 2026." + SIG_ES,
         why="Pauses reminders on one disputed line; no credit promised, no fault admitted."),
    dict(lang="es-ES", v=["TC", "SD"], subtle=False,
         subject="Nuevo vencimiento y nueva cuenta – FV-2026/0402",
         body="Buenos días, Sr. Jiménez:\n\nComo nos pidió, hemos movido el vencimiento de la factura "
              "FV-2026/0402 (6.870,00 €) al 30 de abril. Le rogamos que, a partir de ahora, haga las "
              "transferencias a nuestra nueva cuenta {IBAN_ES_OURS}, porque la antigua se cerrará este mes."
              "\n\nGracias y un saludo,\n\nAdministración\nMaquinaria Agrícola Ribera S.L.",
         trig={"TC": "hemos movido el vencimiento", "SD": "{IBAN_ES_OURS}"},
         nums=[["iban", "{IBAN_ES_OURS}"]],
         why="Moves the due date and types our own full IBAN as 'new bank details' (fraud vector)."),
    dict(lang="es-ES", v=["DO"], subtle=True,
         subject="Factura FV-2026/0420 – vendimiadora",
         body="Estimada Sra. Lacalle:\n\nLe escribimos en relación con la factura FV-2026/0420, de 14.520,00 €, "
              "por la revisión completa de la vendimiadora, que venció el 1 de marzo de 2026. Le agradecemos que "
              "nos confirme la fecha prevista de pago.\n\nSi la abonan antes del viernes, le aplicamos un 5 % de "
              "descuento sobre el total, así que quedaría en 13.794,00 €.\n\nPuede pagar por transferencia o en "
              "https://pagos.ribera-agricola.example/f/FV-2026-0420. Quedamos a su disposición.\n\nUn cordial "
              "saludo,\n\nAdministración\nMaquinaria Agrícola Ribera S.L.",
         trig={"DO": "le aplicamos un 5 % de descuento"},
         why="Polite reminder with one clause offering an early-payment discount on an overdue invoice."),
    dict(lang="es-ES", v=["FA"], subtle=False,
         subject="Re: factura FV-2026/0395 – horas de taller",
         body="Hola, Álvaro:\n\nTiene toda la razón, el error es nuestro: el mecánico cargó en su orden de "
              "trabajo las horas de la trituradora de sarmientos de otro cliente. Disculpe las molestias.\n\n"
              "Administración\nMaquinaria Agrícola Ribera S.L.",
         trig={"FA": "el error es nuestro"},
         why="Admits our workshop billed the wrong hours. Nothing promised, so no refund/credit; the other "
             "customer is not named, so no sensitive data."),
]
