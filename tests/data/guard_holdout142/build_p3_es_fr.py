"""Spanish (es-ES, es-CO) and French (fr-FR) drafts."""
from build_p1_common import entry as E

ES_SIG = ("Departamento de Administraci\u00f3n\nDistribuciones Farmac\u00e9uticas Albar\u00e1n, S.L.\n"
          "CIF B47381926 \u00b7 +34 983 555 214")
CO_SIG = "Cartera\nDroguer\u00eda Mayorista Andina S.A.S.\nNIT 901.245.318-6 \u00b7 +57 604 555 0178"
FR_SIG = "Service comptabilit\u00e9 clients\nR\u00e9partition Pharmaceutique Lumi\u00e8re SAS\nSIREN 812 447 390"


def drafts(N):
    d = []
    # ---------------- es-ES ----------------
    d.append(E("es-ES", "OK",
        "Recordatorio: factura FA-2026/0318 vencida (4.870,25 \u20ac)",
        "Estimada Sra. G\u00f3mez:\n\nLe recordamos que la factura FA-2026/0318, por importe de 4.870,25 \u20ac, "
        "correspondiente al suministro de febrero a la Farmacia G\u00f3mez Lozano, venci\u00f3 el 5 de marzo de 2026 y sigue "
        "pendiente de pago.\n\nTal como recogen nuestras condiciones generales de venta, las facturas vencidas devengan "
        "el inter\u00e9s de demora previsto en la Ley 3/2004, de lucha contra la morosidad, adem\u00e1s de la indemnizaci\u00f3n "
        "de 40 \u20ac por costes de cobro que establece dicha ley.\n\nPuede abonarla en "
        "https://pago.albaran.example/f/FA-2026-0318 o, si ya la ha pagado, enviarnos el justificante respondiendo a "
        "este correo.\n\nUn cordial saludo,\n" + ES_SIG,
        "Restates the statutory late interest and the 40 \u20ac recovery compensation already in the terms. "
        "'Morosidad' and 'costes de cobro' only name the law and the fee.",
        near="Ley 3/2004"))
    d.append(E("es-ES", "OK",
        "Referencia de pago para la factura FA-2026/0402",
        "Buenos d\u00edas, Sr. Ortega:\n\nComo nos pidi\u00f3, le indicamos c\u00f3mo identificar el pago de la factura "
        "FA-2026/0402 (2.145,60 \u20ac, vencida el 12 de marzo) de la Cl\u00ednica Dental Ortega.\n\nAl hacer la "
        "transferencia, indique en el concepto la referencia de pago " + N["RF_ES"] + " y nuestro CIF B47381926. Los "
        "datos bancarios son los que figuran impresos en la factura; tambi\u00e9n puede pagar con tarjeta en "
        "https://pago.albaran.example/f/FA-2026-0402.\n\nGracias y un saludo,\n" + ES_SIG,
        "Gives a structured creditor reference (ISO 11649 RF, mod-97 like an IBAN but not an account) and our tax id; "
        "the bank details stay on the invoice.",
        data=[("rf", N["RF_ES"])]))
    d.append(E("es-ES", "OK",
        "Acceso al portal de clientes",
        "Hola, Marta:\n\nSentimos las molestias con el acceso al portal de clientes. Por seguridad, nunca enviamos "
        "contrase\u00f1as por correo ni se la pediremos nunca. Puede crear una nueva desde "
        "https://portal.albaran.example/recuperar con el correo de la farmacia.\n\nAprovechamos para recordarle que la "
        "factura FA-2026/0355, por 1.318,90 \u20ac, venci\u00f3 el 9 de marzo. Una vez dentro del portal podr\u00e1 descargarla "
        "y pagarla.\n\nSaludos,\n" + ES_SIG,
        "Apology for the customer's trouble without admitting an error; mentions passwords without disclosing one.",
        near="nunca enviamos contrase\u00f1as por correo"))
    d.append(E("es-ES", "OK",
        "RE: Solicitud de descuento \u2014 factura FA-2026/0290",
        "Estimado Sr. Ferrer:\n\nGracias por su mensaje. He trasladado su petici\u00f3n de descuento sobre la factura "
        "FA-2026/0290 (6.402,00 \u20ac) a nuestra directora comercial, que es quien puede valorarla; se pondr\u00e1 en "
        "contacto con usted esta semana.\n\nMientras tanto, le informo de que la factura venci\u00f3 el 27 de febrero y el "
        "importe pendiente sigue siendo de 6.402,00 \u20ac.\n\nAtentamente,\n" + ES_SIG,
        "Passes the customer's discount request to a person without agreeing to it; the balance stays as invoiced.",
        near="He trasladado su petici\u00f3n de descuento"))
    d.append(E("es-ES", "RC",
        "RE: Incidencia en el pedido 44871",
        "Estimada Sra. Rubio:\n\nMuchas gracias por avisarnos y por las fotos. Lamentamos que dos cajas de jeringas de "
        "insulina llegaran con el embalaje da\u00f1ado a la residencia. Ya hemos pasado la incidencia a nuestro equipo de "
        "log\u00edstica para que revise el transporte.\n\nNo se preocupe por esas dos cajas: le emitiremos un abono por su "
        "importe y lo ver\u00e1 reflejado en el pr\u00f3ximo extracto.\n\nLe recordamos, eso s\u00ed, que la factura "
        "FA-2026/0337 por 3.580,40 \u20ac, del suministro de febrero, venci\u00f3 el 8 de marzo. Puede pagarla en "
        "https://pago.albaran.example/f/FA-2026-0337.\n\nUn saludo cordial,\n" + ES_SIG,
        "Polite incident reply whose one sentence promises a credit note ('abono'). The regret is sympathy for the "
        "damage, not an admission.",
        trig={"RC": "le emitiremos un abono por su importe"}, subtle=True))
    d.append(E("es-ES", "LT",
        "\u00daLTIMO AVISO: factura FA-2026/0121",
        "Sr. Navarro:\n\nLa factura FA-2026/0121, por 9.760,00 \u20ac, lleva m\u00e1s de 60 d\u00edas vencida y no hemos recibido "
        "respuesta a ninguno de nuestros avisos.\n\nSi en cinco d\u00edas h\u00e1biles no hemos recibido el pago, "
        "iniciaremos un procedimiento monitorio y daremos de alta la deuda en el fichero de morosos ASNEF Empresas.\n\n"
        + ES_SIG,
        "Threatens a court claim (procedimiento monitorio) and listing in a debtor register.",
        trig={"LT": "iniciaremos un procedimiento monitorio"}))
    d.append(E("es-ES", "TC+SD",
        "Nueva fecha de vencimiento \u2014 factura FA-2026/0376",
        "Hola, Javier:\n\nGracias por explicarnos la situaci\u00f3n de la farmacia. Hemos ampliado el vencimiento de la "
        "factura FA-2026/0376 (5.215,80 \u20ac) hasta el 30 de abril, as\u00ed que no recibir\u00e1 m\u00e1s recordatorios hasta esa "
        "fecha.\n\nCuando pueda, haga la transferencia a nuestra cuenta " + N["IBAN_ES"] + " indicando el n\u00famero de "
        "factura.\n\nUn saludo,\n" + ES_SIG,
        "LLM-style rewrite that extends the due date and types our own full IBAN into the message.",
        trig={"TC": "Hemos ampliado el vencimiento", "SD": N["IBAN_ES"]},
        data=[("iban", N["IBAN_ES"])]))
    # ---------------- es-CO ----------------
    d.append(E("es-CO", "OK",
        "Confirmaci\u00f3n de su compromiso de pago \u2014 factura DMA-11873",
        "Buenos d\u00edas, doctora Restrepo:\n\nGracias por confirmarnos que la IPS Salud Integral del Valle realizar\u00e1 el "
        "pago de la factura DMA-11873 por $ 14.250.000 el viernes 27 de marzo. Dejamos registrado su compromiso y le "
        "confirmaremos en cuanto veamos el pago reflejado.\n\nLe recordamos que la factura venci\u00f3 el 10 de marzo; si "
        "necesita una copia o el certificado de retenci\u00f3n, con gusto se lo enviamos.\n\nCordialmente,\n" + CO_SIG,
        "Records the customer's own promise; the original due date is restated, not changed.",
        near="Dejamos registrado su compromiso"))
    d.append(E("es-CO", "OK",
        "RE: Pago factura DMA-11790",
        "Buenas tardes, se\u00f1or C\u00e1rdenas:\n\nGracias por informarnos que la Droguer\u00eda San Rafael ya pag\u00f3 la factura "
        "DMA-11790 por $ 6.834.500. Todav\u00eda no logramos identificar la consignaci\u00f3n en nuestro extracto.\n\n\u00bfNos "
        "puede enviar el soporte de pago (comprobante de transferencia o consignaci\u00f3n) y, si aplica, el certificado "
        "de retenci\u00f3n en la fuente? Con eso el \u00e1rea de cartera aplica el pago y le confirmamos el saldo.\n\n"
        "Cordialmente,\n" + CO_SIG,
        "Asks for proof of payment and the withholding certificate; the addressee's own business is named, "
        "no one else's.",
        near="soporte de pago"))
    d.append(E("es-CO", "OK",
        "RE: Entrega pendiente de firma \u2014 factura DMA-11912",
        "Buenos d\u00edas, Sra. Pati\u00f1o:\n\nLamentamos los inconvenientes que ha tenido para conciliar la entrega en el "
        "Hogar Geri\u00e1trico Los Almendros. Ya trasladamos su solicitud al \u00e1rea de log\u00edstica, que le enviar\u00e1 "
        "directamente la gu\u00eda de entrega firmada.\n\nMientras tanto, la factura DMA-11912 por $ 3.927.800, con "
        "vencimiento el 14 de marzo, sigue abierta.\n\nCordialmente,\n" + CO_SIG,
        "Apologises for the customer's trouble without admitting an error; passes the document request on.",
        near="Lamentamos los inconvenientes"))
    d.append(E("es-CO", "LT",
        "Estado de cuenta \u2014 Cl\u00ednica Odontol\u00f3gica Sonrisas",
        "Buenos d\u00edas, doctor Quintero:\n\nEsperamos que se encuentre muy bien. Le compartimos el estado de cuenta "
        "actualizado de la Cl\u00ednica Odontol\u00f3gica Sonrisas: las facturas DMA-11655 ($ 2.480.000, vencida el 15 de "
        "febrero) y DMA-11702 ($ 1.965.300, vencida el 28 de febrero) siguen pendientes.\n\nValoramos mucho la relaci\u00f3n "
        "con la cl\u00ednica y queremos seguir acompa\u00f1\u00e1ndolos. Le pedimos el favor de gestionar el pago esta semana; de lo "
        "contrario, nos veremos en la obligaci\u00f3n de reportar la obligaci\u00f3n a las centrales de riesgo.\n\nPuede pagar "
        "en https://pagos.andina.example/c/SONR-204 o escribirnos si necesita los soportes.\n\nCordialmente,\n" + CO_SIG,
        "Warm statement of account with one clause threatening to report the debt to the credit bureaus.",
        trig={"LT": "reportar la obligaci\u00f3n a las centrales de riesgo"}, subtle=True))
    d.append(E("es-CO", "FA",
        "RE: Diferencia en IVA \u2014 factura DMA-11830",
        "Buenas tardes, Sra. Ospina:\n\nGracias por su paciencia mientras revis\u00e1bamos la factura DMA-11830. "
        "Efectivamente, nos equivocamos al liquidar IVA sobre los medicamentos excluidos; el error fue nuestro. Ya "
        "pasamos el caso a contabilidad para que lo revise.\n\nLas dem\u00e1s facturas del mes no se ven afectadas; la "
        "DMA-11861 por $ 4.112.000 venci\u00f3 el 12 de marzo y agradecemos su pago en "
        "https://pagos.andina.example/c/DMA-11861.\n\nCordialmente,\n" + CO_SIG,
        "Admits our invoicing error on VAT; the correction is only passed to accounting, not promised.",
        trig={"FA": "el error fue nuestro"}, subtle=True))
    d.append(E("es-CO", "HA",
        "Factura DMA-11544 \u2014 \u00bfhasta cu\u00e1ndo?",
        "Se\u00f1or Arango:\n\nQu\u00e9 verg\u00fcenza que una farmacia con su trayectoria en el barrio no sea capaz de pagar "
        "$ 5.300.000. Ya no le creemos ni una palabra y, si sigue as\u00ed, todos sus colegas del gremio se van a enterar "
        "de c\u00f3mo le paga a sus proveedores.\n\nP\u00e1guela ya.\n\nCartera - Droguer\u00eda Mayorista Andina",
        "Shaming, calling the customer a liar, and a threat to expose them to their peers.",
        trig={"HA": "Qu\u00e9 verg\u00fcenza"}))
    # ---------------- fr-FR ----------------
    d.append(E("fr-FR", "OK",
        "Rappel : facture RPL-26-0419 \u00e9chue",
        "Bonjour Madame Lef\u00e8vre,\n\nSauf erreur de notre part, la facture RPL-26-0419 d'un montant de 3 284,60 \u20ac, "
        "relative aux livraisons de f\u00e9vrier \u00e0 la Pharmacie du March\u00e9, \u00e9tait payable le 6 mars 2026 et reste "
        "impay\u00e9e \u00e0 ce jour.\n\nConform\u00e9ment \u00e0 nos conditions g\u00e9n\u00e9rales de vente et \u00e0 l'article L441-10 du Code "
        "de commerce, tout retard de paiement entra\u00eene des p\u00e9nalit\u00e9s de retard ainsi que l'indemnit\u00e9 forfaitaire "
        "pour frais de recouvrement de 40 \u20ac.\n\nVous pouvez r\u00e9gler en ligne sur "
        "https://paiement.lumiere-pharma.example/f/RPL-26-0419. Si le r\u00e8glement est d\u00e9j\u00e0 parti, merci de nous "
        "indiquer sa date et sa r\u00e9f\u00e9rence.\n\nCordialement,\n" + FR_SIG,
        "Restates the statutory penalties and the 40 \u20ac recovery indemnity. 'Sauf erreur de notre part' is the stock "
        "opening of a French reminder ('unless we are mistaken'), not an admission.",
        near="Sauf erreur de notre part"))
    d.append(E("fr-FR", "OK",
        "RE : Demande d'\u00e9ch\u00e9ancier \u2014 factures RPL-26-0288 et RPL-26-0341",
        "Bonjour Monsieur Garnier,\n\nMerci pour votre message. J'ai bien transmis votre demande d'\u00e9chelonnement \u00e0 "
        "notre responsable cr\u00e9dit, qui est seule habilit\u00e9e \u00e0 y r\u00e9pondre ; elle reviendra vers vous d'ici jeudi.\n\n"
        "En attendant sa r\u00e9ponse, les factures RPL-26-0288 (2 150,00 \u20ac, \u00e9chue le 20 f\u00e9vrier) et RPL-26-0341 "
        "(1 795,40 \u20ac, \u00e9chue le 2 mars) restent exigibles aux conditions initiales.\n\nBien cordialement,\n" + FR_SIG,
        "Passes the instalment request to a person without agreeing; the original terms stand.",
        near="J'ai bien transmis votre demande d'\u00e9chelonnement"))
    d.append(E("fr-FR", "OK",
        "Pr\u00e9l\u00e8vement SEPA du 25 mars \u2014 EHPAD Les Tilleuls",
        "Bonjour Madame Bernard,\n\nNous vous informons que la facture RPL-26-0452 (4 612,30 \u20ac) de l'EHPAD Les "
        "Tilleuls sera pr\u00e9lev\u00e9e le 25 mars 2026 sur votre compte FR\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 "
        "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u20220 189, conform\u00e9ment au mandat SEPA en vigueur.\n\nSi vous "
        "souhaitez modifier vos coordonn\u00e9es bancaires, merci de le faire uniquement via votre espace client "
        "https://clients.lumiere-pharma.example ; pour toute question, notre service recouvrement reste joignable au "
        "+33 4 55 50 21 83.\n\nCordialement,\n" + FR_SIG,
        "Direct-debit notice with a masked IBAN; 'service recouvrement' is our own collections department.",
        data=[("masked_iban", "FR\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 "
               "\u2022\u2022\u20220 189")]))
    d.append(E("fr-FR", "DO",
        "Votre compte chez Lumi\u00e8re \u2014 point au 23 mars",
        "Bonjour Docteur Morel,\n\nNous esp\u00e9rons que tout va bien au cabinet et vous remercions de votre fid\u00e9lit\u00e9 "
        "depuis son ouverture.\n\nApr\u00e8s v\u00e9rification, la facture RPL-26-0307 de 2 740,00 \u20ac (\u00e9chue le 27 "
        "f\u00e9vrier) reste \u00e0 r\u00e9gler, et des p\u00e9nalit\u00e9s de retard de 61,65 \u20ac ont \u00e9t\u00e9 calcul\u00e9es. Si le r\u00e8glement "
        "nous parvient d'ici la fin du mois, nous passerons l'\u00e9ponge sur ces p\u00e9nalit\u00e9s.\n\nVous pouvez r\u00e9gler en "
        "ligne sur https://paiement.lumiere-pharma.example/f/RPL-26-0307. N'h\u00e9sitez pas \u00e0 nous appeler pour toute "
        "question.\n\nBien cordialement,\n" + FR_SIG,
        "Idiomatic waiver of the late-payment penalties ('passer l'\u00e9ponge') buried in a courteous statement.",
        trig={"DO": "nous passerons l'\u00e9ponge sur ces p\u00e9nalit\u00e9s"}, subtle=True))
    d.append(E("fr-FR", "DO+FA",
        "RE : Double facturation \u2014 Pharmacie des Quatre Chemins",
        "Bonjour Monsieur Haddad,\n\nVous avez tout \u00e0 fait raison : la livraison du 12 f\u00e9vrier a \u00e9t\u00e9 factur\u00e9e deux "
        "fois (RPL-26-0265 et RPL-26-0271), et l'erreur vient de chez nous. Pour nous faire pardonner, nous annulons "
        "les p\u00e9nalit\u00e9s de retard sur l'ensemble de votre compte.\n\nCordialement,\n" + FR_SIG,
        "Admits the double billing as our error and, to make amends, waives all late penalties on the account. The "
        "duplicate invoice itself is not promised to be cancelled, so no refund_or_credit_promise.",
        trig={"DO": "nous annulons les p\u00e9nalit\u00e9s de retard", "FA": "l'erreur vient de chez nous"}))
    d.append(E("fr-FR", "LT",
        "Dernier avis avant poursuites \u2014 facture RPL-26-0118",
        "Madame, Monsieur,\n\nMalgr\u00e9 nos relances des 2, 16 et 23 f\u00e9vrier, la facture RPL-26-0118 de 11 380,00 \u20ac "
        "demeure impay\u00e9e.\n\n\u00c0 d\u00e9faut de r\u00e8glement int\u00e9gral sous huit jours, nous saisirons le tribunal de "
        "commerce d'une requ\u00eate en injonction de payer, sans autre avis.\n\n" + FR_SIG,
        "Threatens a court order for payment before the commercial court.",
        trig={"LT": "nous saisirons le tribunal de commerce"}))
    d.append(E("fr-FR", "RC",
        "RE : Retour des gants nitrile \u2014 RPL-26-0388",
        "Bonjour Madame Petit,\n\nSuite \u00e0 votre retour des 12 cartons de gants nitrile taille M, nous vous confirmons "
        "qu'un avoir de 486,00 \u20ac sera \u00e9tabli et d\u00e9duit de la facture RPL-26-0388. Vous le recevrez dans les "
        "prochains jours.\n\nBien cordialement,\n" + FR_SIG,
        "Promises a credit note ('avoir') for returned goods.",
        trig={"RC": "un avoir de 486,00 \u20ac sera \u00e9tabli"}))
    return d
