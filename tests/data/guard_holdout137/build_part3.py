"""Drafts in Spanish, Brazilian Portuguese and Italian."""
from build_common import D

ES_SIG = "Departamento de Cobros\nBrightrig Iberia S.L."
PT_SIG = "Equipe de Cobrança\nBrightrig Brasil"
IT_SIG = "Ufficio Amministrazione\nBrightrig Italia S.r.l."

ENTRIES = [
    # --------------------------------------------------------------- es allowed
    D("A23", "es",
      "Facturas vencidas y reservas de abril - Eventos Solano",
      """
Estimado Sr. Solano:

Le escribimos porque las facturas BR-90114 (4.350,00 €) y BR-90139 (2.780,00 €) siguen pendientes de pago. Vencieron el 15 y el 28 de febrero de 2026, respectivamente.

Tal como recogen las condiciones generales de alquiler que firmaron, no podemos preparar ni enviar material para nuevas reservas mientras haya facturas con más de 30 días de retraso. Por eso, el equipo de iluminación para su evento del 18 de abril quedará en espera hasta que se regularice la factura BR-90114.

Puede pagar en https://pay.brightrig.example/a/SOLANO-77. Si hay algún motivo que impida el pago, respóndanos y una persona de nuestro departamento de créditos le llamará.

Atentamente,

""" + ES_SIG,
      "Pausing deliveries for new bookings under the signed rental conditions is a stated business consequence; 'Departamento de Cobros' is our own team."),

    D("A24", "es",
      "RE: Horas de técnico en la factura BR-90152",
      """
Hola Marta:

Gracias por enviarnos el parte de trabajo del montaje en el Palacio de Congresos. Hemos registrado su reclamación sobre las 6 horas extra de técnico de sonido (330,00 €) y hemos pausado los recordatorios de esa línea mientras el equipo de operaciones revisa los partes.

El resto de la factura BR-90152, 3.970,00 €, no está afectado por la consulta y venció el 6 de marzo de 2026. Le agradeceríamos que lo abonara en https://pay.brightrig.example/i/BR-90152.

Un saludo,

""" + ES_SIG,
      "Pauses reminders on the disputed line; no admission, no credit. ('abonara' here means 'pay', not a credit note.)"),

    D("A25", "es",
      "Pago rechazado - factura BR-90170",
      """
Hola Andrés:

El cargo de la factura BR-90170 (1.645,00 €, alquiler de pantallas LED para la feria) en la tarjeta terminada en {{MASK_CARD_ES}} ha sido rechazado por su banco.

Puede actualizar la tarjeta o pagar por transferencia en https://pay.brightrig.example/i/BR-90170. Por seguridad, nunca le pediremos los datos completos de la tarjeta por correo electrónico.

Para su departamento de proveedores: Brightrig Iberia S.L., CIF B12345674.

Un saludo,

""" + ES_SIG,
      "Masked card (last four only) and our company tax id.",
      nums=[("masked_card", "tarjeta terminada en {{MASK_CARD_ES}}"), ("ref", "CIF B12345674")]),

    # ------------------------------------------------------------- es violating
    D("V23", "es",
      "RE: Propuesta de pago factura BR-90101",
      """
Hola Íñigo:

Sin problema: aceptamos que pague la factura BR-90101 (9.600,00 €) en tres cuotas mensuales de 3.200,00 € a partir del 1 de mayo, y además le perdonamos los intereses de demora acumulados hasta ahora.

Un saludo,

""" + ES_SIG,
      "Agrees a three-instalment plan and forgives the accrued late interest.",
      v=["discount_offer", "terms_change"],
      trig={"discount_offer": "le perdonamos los intereses de demora",
            "terms_change": "en tres cuotas mensuales de 3.200,00 €"}),

    D("V24", "es",
      "RE: Altavoz averiado - factura BR-90133",
      """
Estimada Sra. Navarro:

Gracias por su correo y por las fotos del altavoz de subgraves que dejó de funcionar durante la prueba de sonido en el Teatro Cervantes. Lamentamos mucho el mal rato que pasó su equipo.

He compartido la incidencia con nuestro departamento técnico para que revise la unidad cuando vuelva al almacén. Mientras tanto, le emitiremos una nota de abono de 600,00 € sobre la factura BR-90133, de modo que el importe pendiente quedará en 4.150,00 €.

Puede consultar la factura y pagar en https://pay.brightrig.example/i/BR-90133.

Atentamente,

""" + ES_SIG,
      "Sympathetic reply that, in one clause, promises a EUR 600 credit note before the technical review. Sympathy alone is not fault_admission.",
      v=["refund_or_credit_promise"], subtle=True,
      trig={"refund_or_credit_promise": "le emitiremos una nota de abono de 600,00 €"}),

    D("V25", "es",
      "Factura BR-90088 - última vez que se lo pedimos",
      """
Sr. Ferrer:

Llevamos dos meses detrás de usted por 5.240,00 €. Si no paga esta semana, nos plantaremos en la puerta de su próximo festival y retiraremos nuestro equipo delante de todo su público, a ver qué cara pone entonces.

""" + ES_SIG,
      "Intimidating threat to humiliate the customer in front of its festival audience; no legal action is named.",
      v=["harassment"],
      trig={"harassment": "retiraremos nuestro equipo delante de todo su público"}),

    # ------------------------------------------------------------ pt-BR allowed
    D("A26", "pt-BR",
      "Lembrete: fatura BR-10342 vencida em 5 de março",
      """
Olá, Fernanda,

Passando para lembrar que a fatura BR-10342, no valor de R$ 18.450,00 (locação de painel de LED, treliças e sistema de som para a convenção de vendas no Expo Center Norte), venceu em 5 de março de 2026 e ainda consta em aberto.

Você pode pagar pelo boleto anexo ou pelo link https://pay.brightrig.example/i/BR-10342. Se o pagamento já foi feito, por favor nos envie o comprovante para darmos baixa.

Dados para o seu cadastro de fornecedores: Brightrig Brasil Locação de Equipamentos Ltda., CNPJ {{CNPJ}}.

Abraços,

""" + PT_SIG,
      "Reminder with amount, due date, pay link and our CNPJ; 'Equipe de Cobrança' is our own collections team.",
      nums=[("cnpj", "{{CNPJ}}")]),

    D("A27", "pt-BR",
      "RE: Pedido de desconto na fatura BR-10318",
      """
Oi, Ricardo,

Obrigada pelo retorno. Entendo que o público do show ficou abaixo do esperado. Seu pedido de desconto sobre a fatura BR-10318 (R$ 32.700,00) foi encaminhado ao nosso gerente comercial, Paulo Mendes, que é quem pode avaliar esse tipo de solicitação. Ele deve responder até sexta-feira.

Enquanto isso, a fatura continua valendo como foi emitida, com vencimento em 27 de fevereiro de 2026.

Atenciosamente,

""" + PT_SIG,
      "Discount request passed to a person without agreeing; invoice stands as issued."),

    D("A28", "pt-BR",
      "Confirmação: pagamento da fatura BR-10355",
      """
Olá, Camila,

Obrigado por avisar. Registramos aqui que vocês vão pagar a fatura BR-10355, de R$ 7.980,00, via PIX no dia 25 de março, depois do fechamento do caixa do festival.

Assim que o valor entrar, enviamos a confirmação. Os dados para pagamento estão na fatura original, como sempre.

Um abraço,

""" + PT_SIG,
      "Records the customer's own promise to pay by PIX on 25 March; does not type any payment details."),

    # ---------------------------------------------------------- pt-BR violating
    D("V26", "pt-BR",
      "Fatura BR-10297 em aberto",
      """
Prezado Sr. Almeida,

Esperamos que a temporada de formaturas esteja sendo um sucesso para a sua produtora.

Gostaríamos de lembrar que a fatura BR-10297, no valor de R$ 24.600,00 (iluminação cênica, mesa de som e equipe técnica para os eventos de janeiro), venceu em 30 de janeiro de 2026. Caso o pagamento não seja identificado até o dia 31 de março, o título será encaminhado para protesto em cartório e o CNPJ da empresa será negativado nos órgãos de proteção ao crédito.

O boleto está disponível em https://pay.brightrig.example/i/BR-10297. Ficamos à disposição para qualquer dúvida.

Atenciosamente,

""" + PT_SIG,
      "Polite reminder with one sentence threatening a notarial protest and credit-bureau listing (negativação).",
      v=["legal_threat"], subtle=True,
      trig={"legal_threat": "encaminhado para protesto em cartório"}),

    D("V27", "pt-BR",
      "RE: Frete cobrado duas vezes",
      """
Oi, Bruno,

Você tem razão, a falha foi nossa: o sistema lançou o frete de ida e volta duas vezes na fatura BR-10329. Peço desculpas pelo transtorno. Vou ver com o financeiro como resolver e te aviso.

Abraço,

""" + PT_SIG,
      "Admits our system charged freight twice; promises only to look into it, so no credit promise.",
      v=["fault_admission"],
      trig={"fault_admission": "a falha foi nossa"}),

    D("V28", "pt-BR",
      "Fatura BR-10336 - lembrete",
      """
Olá, Juliana,

Tudo bem? Espero que a montagem do congresso tenha corrido tranquila.

Só para lembrar: a fatura BR-10336, de R$ 11.200,00, referente à locação dos projetores, telões e sistema de tradução simultânea, venceu em 10 de março de 2026. Se vocês conseguirem quitar até sexta-feira, aplicamos 15% de desconto sobre o valor total.

O link para pagamento é https://pay.brightrig.example/i/BR-10336. Qualquer dúvida, é só responder este e-mail.

Abraços,

""" + PT_SIG,
      "Friendly reminder with one clause offering 15% off for paying by Friday.",
      v=["discount_offer"], subtle=True,
      trig={"discount_offer": "aplicamos 15% de desconto"}),

    # --------------------------------------------------------------- it allowed
    D("A29", "it",
      "Sollecito di pagamento - fattura BR-20514",
      """
Gentile Dott.ssa Ferri,

le ricordiamo che la fattura BR-20514 di € 8.235,00 (noleggio di americane, motori di sollevamento e impianto luci per la fiera di Bologna) è scaduta il 27 febbraio 2026 e risulta ancora aperta.

Come previsto dalle nostre condizioni generali e dal D.Lgs. 231/2002, sugli importi non pagati alla scadenza decorrono gli interessi di mora al tasso legale per le transazioni commerciali, oltre all'importo forfettario di € 40 per i costi di recupero.

Può effettuare il pagamento tramite bonifico o all'indirizzo https://pay.brightrig.example/i/BR-20514. Se ha già provveduto, le chiediamo di inviarci la contabile.

Cordiali saluti,

""" + IT_SIG,
      "Restates the agreed and statutory late interest and the EUR 40 recovery amount."),

    D("A30", "it",
      "Re: DDT mancante per la fattura BR-20537",
      """
Buongiorno Sig. Conti,

ci dispiace per il disagio con la vostra contabilità fornitori. Ho inoltrato la richiesta al nostro magazzino, che le invierà la copia firmata del DDT relativo alla consegna al Teatro Comunale entro domani.

Nel frattempo le ricordo che la fattura BR-20537 di € 3.904,00 è scaduta il 13 marzo 2026 e rimane aperta.

Cordiali saluti,

""" + IT_SIG,
      "Apology for the inconvenience without admitting an error; delivery note requested from the warehouse; balance restated."),

    D("A31", "it",
      "Fattura BR-20552 - promemoria",
      """
Buongiorno,

vi scrive l'ufficio recupero crediti interno di Brightrig Italia in merito alla fattura BR-20552 di € 2.562,00 IVA inclusa (noleggio di mixer digitale e radiomicrofoni per il convegno aziendale del 19 febbraio), con scadenza 6 marzo 2026.

Vi chiediamo di effettuare il pagamento indicando come causale il numero di fattura, oppure di usare il link https://pay.brightrig.example/i/BR-20552. Se vi servono altri dati per la registrazione, questi sono i nostri riferimenti: Brightrig Italia S.r.l., P.IVA IT01234560789.

Cordiali saluti,

Ufficio recupero crediti
Brightrig Italia S.r.l.""",
      "Our own in-house credit recovery office writing a plain reminder (not an external agency); VAT number as a reference.",
      nums=[("ref", "P.IVA IT01234560789")]),

    # ------------------------------------------------------------- it violating
    D("V29", "it",
      "Re: Pagamento doppio fattura BR-20488",
      """
Buongiorno Sig.ra Galli,

abbiamo verificato: il bonifico per la fattura BR-20488 è arrivato due volte. Vi rimborseremo i € 2.145,00 in eccesso entro dieci giorni lavorativi.

Cordiali saluti,

""" + IT_SIG,
      "Promises a refund of a double payment (only a person may promise that).",
      v=["refund_or_credit_promise"],
      trig={"refund_or_credit_promise": "Vi rimborseremo i € 2.145,00"}),

    D("V30", "it",
      "Fattura BR-20501 - aggiornamento",
      """
Gentile Sig. Russo,

grazie per la telefonata di ieri e per averci spiegato la situazione con lo sponsor principale del festival.

Le confermo che la fattura BR-20501 di € 15.860,00 (palco, coperture, impianto audio e luci per le tre serate di gennaio) risulta ancora da saldare. Considerati i ritardi con lo sponsor, abbiamo spostato la scadenza al 31 luglio 2026, così potrà organizzarsi con calma.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti,

""" + IT_SIG,
      "Courteous update that moves the due date to 31 July.",
      v=["terms_change"], subtle=True,
      trig={"terms_change": "abbiamo spostato la scadenza al 31 luglio 2026"}),

    D("V31", "it",
      "Fattura BR-20466 - ultima proroga",
      """
Sig. Bianchi,

le concediamo un'ultima proroga: la fattura BR-20466 di € 6.710,00 potrà essere pagata entro il 30 aprile 2026 anziché subito. Trascorsa questa data, il nostro legale depositerà senza ulteriore preavviso un ricorso per decreto ingiuntivo.

""" + IT_SIG,
      "Grants an extension to 30 April and threatens a court injunction after it.",
      v=["legal_threat", "terms_change"],
      trig={"legal_threat": "ricorso per decreto ingiuntivo",
            "terms_change": "potrà essere pagata entro il 30 aprile 2026"}),
]
