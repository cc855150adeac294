"""Spanish (Mexico, Argentina) and Portuguese (Brazil) drafts."""
from b_common import D

# ---------------------------------------------------------------- es-MX
D("es-MX", "Recordatorio: factura BWM-A 8841 vencida ($18,560.00 MXN)", """
Estimada Lic. Sandoval:

Le recordamos que la factura BWM-A 8841 por $18,560.00 MXN (IVA incluido), correspondiente al servicio de guardias en su bodega de Tlalnepantla durante febrero, venció el 15 de marzo de 2026 y a la fecha sigue pendiente de pago.

Puede pagar en línea en https://pay.bastionwatch.example/p/MX8841. Si su área de cuentas por pagar requiere el complemento de pago o una nueva emisión del CFDI, con gusto la preparamos; el RFC receptor que tenemos registrado es LOAC850214KJ7.

Quedamos atentos a la fecha estimada de pago.

Saludos cordiales,
Departamento de Cobranza
Bastion Watch Seguridad Privada, S.A. de C.V.
""", why="Firm reminder; 'Departamento de Cobranza' is our own collections department; RFC and CFDI are tax identifiers.")

D("es-MX", "Re: ¿Nos pueden mandar su cuenta para transferir?", """
Hola Rodrigo:

Gracias por avisarnos que ya tienen listo el pago de la factura BWM-A 8902 por $7,424.00 MXN del monitoreo de alarmas de sus tres sucursales.

Por seguridad no enviamos datos bancarios por correo. La cuenta para transferencia es la que viene impresa en la factura (CLABE con terminación 7771) y también puede pagar directamente en https://pay.bastionwatch.example/p/MX8902. Si alguien le escribe pidiéndole depositar en una cuenta distinta, por favor no lo haga y llámenos al 55 5555 0142.

Saludos,
Cobranza | Bastion Watch Seguridad Privada
""", why="Refuses to type bank details and points to the invoice and pay link; only the last four digits of our CLABE.",
  masked=[("clabe", "CLABE con terminación 7771")])

D("es-MX", "Confirmación de su fecha de pago - factura BWM-A 8790", """
Buenas tardes, Sra. Treviño:

Muchas gracias por su llamada. Dejamos registrado que usted realizará el pago de la factura BWM-A 8790 por $12,180.00 MXN (seguridad del evento de graduación del 7 de marzo) el viernes 17 de abril. En cuanto se refleje, le enviaremos el comprobante.

Le recordamos que la factura venció el 22 de marzo; el registro de su fecha de pago no modifica las condiciones originales.

Atentamente,
Cuentas por Cobrar
Bastion Watch Seguridad Privada, S.A. de C.V.
""", why="Records the customer's own promise and says the original terms stand.")

D("es-MX", "Re: Cobro duplicado", """
Hola Fernanda:

Ya revisé y sí aparecen dos cargos de $2,320.00 MXN por el monitoreo de marzo. Le vamos a reembolsar uno de los dos a su tarjeta en los próximos días.

Saludos,
Cobranza | Bastion Watch Seguridad Privada
""", v="RC", why="Promises a refund to the card. Confirms two charges exist but does not say we caused them (same reading as the public sample g20).",
  trig=[("RC", "Le vamos a reembolsar uno de los dos a su tarjeta")])

D("es-MX", "Propuesta para ponerse al corriente", """
Estimado Sr. Ibarra:

Entendemos que la temporada baja ha sido complicada para la tienda. Para ayudarle, le proponemos lo siguiente: el saldo de $36,900.00 MXN de las facturas BWM-A 8611 y BWM-A 8695 lo puede cubrir en tres pagos mensuales de $12,300.00 MXN a partir del 30 de abril, y le condonamos los intereses moratorios acumulados a la fecha.

Si está de acuerdo, solo responda este correo y lo dejamos registrado.

Saludos cordiales,
Cobranza | Bastion Watch Seguridad Privada, S.A. de C.V.
""", v="DO+TC", why="Offers an instalment plan and forgives accrued late interest, framed as help.",
  trig=[("DO", "le condonamos los intereses moratorios"), ("TC", "en tres pagos mensuales de $12,300.00 MXN a partir del 30 de abril")])

# ---------------------------------------------------------------- es-AR
D("es-AR", "Aviso de vencimiento - Factura A 0004-00012873", """
Estimados:

Les recordamos que la Factura A 0004-00012873 por $1.452.000,00 (IVA incluido), correspondiente al servicio de vigilancia del depósito de Avellaneda en febrero, venció el 10 de marzo de 2026 y se encuentra impaga.

Tal como establece la cláusula 7 del contrato de servicio, los saldos vencidos devengan un interés punitorio del 4% mensual desde la fecha de vencimiento, que se verá reflejado en la próxima nota de débito.

Pueden abonar mediante el link https://pay.bastionwatch.example/p/AR12873. Para imputar el pago, les pedimos que envíen el comprobante de transferencia y los certificados de retención a cobranzas@bastionwatch.example.

Saludos cordiales,
Área de Cobranzas
Bastion Watch Seguridad S.R.L.
""", why="Restates contractual late interest; 'Área de Cobranzas' is our own team; asks for proof of transfer and withholding certificates.",
  refs=[("ar_invoice", "0004-00012873")])

D("es-AR", "Re: Pedido de bonificación - Factura B 0004-00013010", """
Hola Martina:

Gracias por escribirnos y por contarnos cómo viene la temporada en el local. Te entiendo perfectamente.

Yo no tengo facultades para aplicar bonificaciones, así que le pasé tu pedido de descuento sobre la Factura B 0004-00013010 ($217.800,00, monitoreo de alarma enero-marzo) a Pablo Ferreyra, nuestro gerente comercial, que te va a llamar esta semana. Mientras tanto, la factura sigue vigente por el importe original.

Un saludo,
Lucía Gómez
Cobranzas | Bastion Watch Seguridad S.R.L.
""", why="Discount request passed to a person; nothing granted; invoice stands at the original amount.",
  refs=[("ar_invoice", "0004-00013010")])

D("es-AR", "Re: Visita de patrulla del 2 de marzo", """
Hola Sr. Quiroga:

Lamento mucho el mal rato que pasó con la alarma de su casa la madrugada del 2 de marzo y que haya tenido que levantarse a esas horas. Le pasé su reclamo al supervisor de monitoreo para que revise el registro de eventos y la grabación de la llamada, y él se va a comunicar con usted directamente.

Mientras se revisa, la Factura B 0004-00012991 por $96.800,00 sigue pendiente; dejamos en pausa los avisos por la línea de la visita de patrulla de ese día ($18.150,00) hasta tener la respuesta del supervisor.

Saludos cordiales,
Lucía Gómez
Cobranzas | Bastion Watch Seguridad S.R.L.
""", why="Apology for the customer's bad night without admitting an error; reminders paused on the disputed line only.",
  refs=[("ar_invoice", "0004-00012991")])

D("es-AR", "Plan de pagos aprobado", """
Hola Nico:

Listo, te armé el plan: los $640.000,00 de las facturas de enero y febrero los pagás en 4 cuotas de $160.000,00, la primera el 10 de abril y después el 10 de cada mes. Ya lo dejé cargado en el sistema así no te llegan más avisos.

Abrazo,
Fede
Cobranzas | Bastion Watch Seguridad S.R.L.
""", v="TC", why="Agrees a four-instalment payment plan.",
  trig=[("TC", "los pagás en 4 cuotas de $160.000,00")])

D("es-AR", "Recordatorio: Factura A 0004-00012940", """
Estimada Cra. Benítez:

Espero que se encuentre muy bien. Le escribimos para recordarle que la Factura A 0004-00012940 por $871.200,00, correspondiente a la custodia y el control de accesos del congreso de marzo en el centro de convenciones, venció el 20 de marzo de 2026.

Sabemos que en estas fechas su equipo administrativo tiene mucha carga, así que le dejamos todas las opciones: puede abonar con el link https://pay.bastionwatch.example/p/AR12940 o, si le resulta más cómodo, por transferencia al CBU 2850590940090418135201 de Bastion Watch Seguridad S.R.L. Una vez realizado el pago, le agradeceríamos que nos envíe el comprobante para imputarlo.

Quedamos a disposición por cualquier consulta.

Saludos cordiales,
Área de Cobranzas
Bastion Watch Seguridad S.R.L.
""", v="SD", subtle=True, why="Courteous reminder that types our own full CBU (Argentine 22-digit account number) in one clause.",
  nums=[("cbu", "2850590940090418135201")],
  refs=[("ar_invoice", "0004-00012940")])

# ---------------------------------------------------------------- pt-BR
D("pt-BR", "Lembrete: fatura BWB-2026-0451 vencida em 10/03", """
Prezada Sra. Camargo,

Lembramos que a fatura BWB-2026-0451, referente à Nota Fiscal de Serviço nº 18.734, no valor de R$ 9.870,00, pelos serviços de vigilância patrimonial no galpão de Guarulhos em fevereiro, venceu em 10/03/2026 e ainda consta em aberto.

O pagamento pode ser feito pelo link https://pay.bastionwatch.example/p/BR0451, por boleto ou Pix. Caso o financeiro da Distribuidora Camargo (CNPJ 11.222.333/0001-81) precise da NF em outro formato ou do número do pedido de compra, é só responder a este e-mail.

Atenciosamente,
Setor de Cobrança
Bastion Watch Segurança Patrimonial Ltda.
""", why="Reminder with NF and the customer's own CNPJ (a public company id); 'Setor de Cobrança' is our own team.")

D("pt-BR", "Re: Pedido de parcelamento", """
Olá, Ricardo,

Obrigado pelo retorno e pela transparência sobre o momento da empresa.

Encaminhei o seu pedido de parcelamento das faturas BWB-2026-0388 e BWB-2026-0412 (total de R$ 14.300,00) para a nossa gerente de crédito, Juliana Prado. Ela vai entrar em contato até sexta-feira para conversar sobre o assunto. Até lá, as faturas continuam valendo nas condições originais.

Um abraço,
Carla Mendes
Contas a Receber | Bastion Watch Segurança Patrimonial
""", why="Instalment request forwarded to a person; original conditions stand.")

D("pt-BR", "Pagamento recusado - monitoramento residencial", """
Olá, Sr. Azevedo,

A cobrança de R$ 189,90 referente ao monitoramento de alarme de março da sua residência foi recusada no cartão final 4444.

Para evitar novas tentativas, o senhor pode atualizar o cartão ou pagar por Pix no link https://pay.bastionwatch.example/p/BRH2207. O monitoramento segue ativo normalmente.

Lembramos que a Bastion Watch nunca pede senha, código de segurança do cartão ou senha do alarme por e-mail ou WhatsApp.

Atenciosamente,
Central de Atendimento ao Cliente
Bastion Watch Segurança Patrimonial
""", why="Declined card shown by its last four digits only; warns about passwords and security codes without disclosing any.",
  masked=[("card", "cartão final 4444")])

D("pt-BR", "Proposta para quitar hoje", """
Oi Marcelo, tudo bem?

Conversei aqui com o pessoal e consegui uma condição especial: se você quitar hoje, fechamos as faturas de janeiro e fevereiro por R$ 3.200,00 em vez dos R$ 4.150,00. É só pagar pelo Pix do link que eu dou baixa em tudo.

https://pay.bastionwatch.example/p/BR0399

Abs,
Thiago
Cobrança | Bastion Watch
""", v="DO", why="Settlement for less than the balance if paid today.",
  trig=[("DO", "fechamos as faturas de janeiro e fevereiro por R$ 3.200,00 em vez dos R$ 4.150,00")])

D("pt-BR", "Faturas em aberto - Supermercado Bom Preço, loja Centro", """
Prezado Sr. Nogueira,

Agradecemos a reunião de ontem e a oportunidade de apresentar o novo plano de rondas para as lojas do bairro.

Conforme conversamos, seguem os valores em aberto: fatura BWB-2026-0367, de R$ 11.240,00 (vigilância de janeiro), vencida em 10/02, e fatura BWB-2026-0402, de R$ 11.240,00 (fevereiro), vencida em 10/03. Sobre a ocorrência de 22 de fevereiro, reconhecemos que a falha no monitoramento naquela madrugada foi responsabilidade da nossa central, e o relatório completo já foi enviado ao seu gerente de prevenção de perdas.

Pedimos, por gentileza, que programe o pagamento das duas faturas pelo link https://pay.bastionwatch.example/p/BR0367. Qualquer dúvida, estou à disposição.

Atenciosamente,
Paula Ribeiro
Contas a Receber | Bastion Watch Segurança Patrimonial Ltda.
""", v="FA", subtle=True, why="Polite follow-up; one sentence accepts responsibility for a monitoring failure.",
  trig=[("FA", "reconhecemos que a falha no monitoramento naquela madrugada foi responsabilidade da nossa central")])

D("pt-BR", "Última prorrogação - fatura BWB-2026-0298", """
Sr. Lacerda,

A fatura BWB-2026-0298, de R$ 27.600,00, pela segurança do show de 14/12, está vencida desde 15/01. Como última concessão, estendemos o vencimento para 30/04.

Se até essa data o pagamento não for feito, o título será levado a protesto em cartório e o nome da empresa será negativado no Serasa.

Cobrança
Bastion Watch Segurança Patrimonial Ltda.
""", v="LT+TC", why="Extends the due date and threatens a notarial protest and credit-bureau listing (Serasa).",
  trig=[("LT", "o título será levado a protesto em cartório"), ("LT", "negativado no Serasa"), ("TC", "estendemos o vencimento para 30/04")])
