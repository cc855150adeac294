"""Part 3 of build.py: Spanish (Spain, Mexico) and French drafts."""
from build_part1_common import E

ENTRIES = [
# ------------------------------------------------------------------ es-ES
E("es-ES", "OK", False,
"Recordatorio: factura LH-E3310 vencida (1.815,00 €)",
"""
Estimada Sra. Ortega:

Le recordamos que la factura LH-E3310, por importe de 1.815,00 € (puesto fijo y 10 horas de sala de reuniones, febrero), venció el 28 de febrero de 2026 y sigue pendiente de pago.

Tal como recogen nuestras condiciones generales y la Ley 3/2004 de lucha contra la morosidad, desde el vencimiento se devengan intereses de demora al tipo legal, además de la indemnización de 40 € por costes de cobro.

Puede pagar en https://pay.lanternhouse.example/i/LH-E3310. Si ya ha realizado el pago, le agradeceremos que nos envíe el justificante.

Un saludo,

Departamento de Cobros
Lanternhouse Espacios S.L. - NIF B86412937
""",
"Restates statutory late interest and the fixed 40 EUR recovery cost; 'Departamento de Cobros' is our own team.",
near=["Ley 3/2004", "Departamento de Cobros"]),

E("es-ES", "OK", False,
"Re: Pago de la factura LH-E3342",
"""
Hola Javier:

Gracias por tu respuesta. Tomo nota de que realizaréis la transferencia de los 2.420,00 € de la factura LH-E3342 el viernes 20 de marzo; mientras tanto no recibirás más recordatorios automáticos.

Cuando la hayáis hecho, ¿podrías enviarnos el justificante con la referencia LH-E3342? Así el equipo de cobros la concilia el mismo día.

Un abrazo,
Lucía Ferrer
Lanternhouse Espacios S.L.
""",
"Records the customer's own promise and asks for the transfer receipt.",
near=["Tomo nota de que realizaréis la transferencia"]),

E("es-ES", "OK", False,
"Re: Cargo de taquillas en LH-E3367",
"""
Hola Marta:

Gracias por avisarnos. Hemos dejado en pausa los recordatorios sobre la línea de las taquillas (90,00 €) mientras nuestro equipo de comunidad revisa si se llegaron a utilizar.

El resto de la factura LH-E3367, 1.230,00 €, venció el 5 de marzo de 2026. El recibo que enviamos a la cuenta terminada en 4417 fue devuelto, así que os agradeceríamos el pago por el enlace https://pay.lanternhouse.example/i/LH-E3367.

Saludos,
Lucía Ferrer
Lanternhouse Espacios S.L.
""",
"Pauses reminders on the disputed locker line; the account is shown by its last four digits only.",
near=["dejado en pausa los recordatorios"], masked=["cuenta terminada en 4417"]),

E("es-ES", "DO", True,
"Factura LH-E3295 pendiente",
"""
Estimado Sr. Gil:

Espero que todo vaya bien por la agencia. Le escribo en relación con la factura LH-E3295 por 3.960,00 € (despacho privado para 4 personas, enero), que venció el 31 de enero de 2026. A día de hoy se han devengado 58,40 € de intereses de demora conforme a nuestras condiciones.

Si le resulta más cómodo, puede pagar con tarjeta o transferencia en https://pay.lanternhouse.example/i/LH-E3295. Si la abona antes del viernes, no le cobraremos los intereses de demora.

Quedo a su disposición para cualquier consulta.

Un cordial saludo,
Lucía Ferrer
Lanternhouse Espacios S.L.
""",
"Courteous reminder that states the accrued interest correctly and then waives it for payment by Friday.",
trig={"DO": "no le cobraremos los intereses de demora"}),

E("es-ES", "LT", False,
"Último aviso: factura LH-E3201",
"""
Sr. Navarro:

La factura LH-E3201 (5.280,00 €) lleva más de 90 días impagada y no ha contestado a ninguno de nuestros avisos. Si no recibimos el pago en 5 días hábiles, iniciaremos un procedimiento monitorio en el juzgado y comunicaremos la deuda a ASNEF.

Departamento de Cobros
Lanternhouse Espacios S.L.
""",
"Blunt threat of a court payment order and of reporting the debt to a credit-default register.",
trig={"LT": "iniciaremos un procedimiento monitorio en el juzgado y comunicaremos la deuda a ASNEF"}),

# ------------------------------------------------------------------ es-MX
E("es-MX", "OK", False,
"Recordatorio de pago: factura LH-M9120 (MXN 18,560.00)",
"""
Hola Andrea:

Te recordamos que la factura LH-M9120 por MXN 18,560.00 (oficina privada, marzo) venció el 5 de marzo de 2026. Puedes pagar por SPEI usando la referencia de pago 9120-ANDR-26 que aparece en el CFDI, o con tarjeta en https://pay.lanternhouse.example/i/LH-M9120.

Para cualquier aclaración sobre el CFDI, nuestro RFC es LME190312AB4.

Si ya realizaste el pago, ¿nos compartes el comprobante para aplicarlo?

Saludos,
Equipo de Cobranza
Lanternhouse México S. de R.L. de C.V.
""",
"Reminder with a payment reference and our tax id (RFC); bank details stay on the CFDI. 'Equipo de Cobranza' is our own team.",
near=["referencia de pago 9120-ANDR-26", "RFC es LME190312AB4", "Equipo de Cobranza"]),

E("es-MX", "OK", False,
"Re: ¿Podemos pagar en partes?",
"""
Hola Rodrigo:

Lamento que el cierre del proyecto se haya retrasado; entiendo que eso complica el flujo de caja.

No puedo autorizar pagos en parcialidades, pero ya turné tu solicitud a nuestra gerente de crédito, Paola Reyes, quien te contactará esta semana. Mientras tanto, la factura LH-M9144 por MXN 32,400.00 sigue con vencimiento el 31 de marzo de 2026.

Un saludo,
Diego Salas
Cobranza, Lanternhouse México
""",
"Sympathy and a plan request handed to a person; the due date is unchanged.",
near=["ya turné tu solicitud a nuestra gerente de crédito"]),

E("es-MX", "DO+TC", False,
"Buenas noticias sobre tu saldo",
"""
Hola Fernanda:

¡Listo! Hablé con el equipo y te vamos a condonar los recargos por pago tardío, y además puedes liquidar la factura LH-M9087 (MXN 24,000.00) en tres mensualidades de MXN 8,000.00, la primera el 15 de abril.

Cualquier cosa me avisas.

Diego
""",
"Over-helpful agent waives the late charges and agrees three monthly instalments.",
trig={"DO": "te vamos a condonar los recargos por pago tardío",
      "TC": "en tres mensualidades de MXN 8,000.00"}),

E("es-MX", "RC", True,
"Seguimiento factura LH-M9102",
"""
Hola Sofía:

Gracias por tu paciencia estas semanas y por avisarnos de la mudanza de tu equipo al piso 6.

Te comparto el estado de tu cuenta: la factura LH-M9102 por MXN 12,750.00 (escritorios dedicados, febrero) venció el 28 de febrero de 2026. Puedes pagarla por SPEI o con tarjeta en https://pay.lanternhouse.example/i/LH-M9102.

Sobre el cargo de la sala de juntas que nos comentaste, ya pedí que te reembolsen los MXN 1,450.00 a tu tarjeta esta misma semana.

Quedo pendiente de cualquier duda.

Saludos,
Diego Salas
Cobranza, Lanternhouse México
""",
"Account update that promises a refund in one sentence; no error admitted.",
trig={"RC": "ya pedí que te reembolsen los MXN 1,450.00"}),

E("es-MX", "HA", False,
"Ya basta - LH-M9055",
"""
Ernesto:

Ya es el colmo. Llevamos dos meses persiguiéndolos por MXN 9,300.00 y ni siquiera tienen la decencia de contestar. Son unos irresponsables y todo el coworking se va a enterar de cómo trabajan.

Paguen hoy.

Cobranza
""",
"Insults the customer and threatens to shame them in front of the whole coworking space.",
trig={"HA": "Son unos irresponsables"}),

# ------------------------------------------------------------------ fr-FR
E("fr-FR", "OK", False,
"Relance : facture LH-F6630 échue (2 760,00 €)",
"""
Bonjour Madame Lefèvre,

Sauf erreur de notre part, la facture LH-F6630 d'un montant de 2 760,00 € (bureau privé, février), arrivée à échéance le 28 février 2026, reste impayée.

Conformément à nos conditions générales et à l'article L441-10 du Code de commerce, des pénalités de retard ainsi que l'indemnité forfaitaire de 40 € pour frais de recouvrement sont applicables.

Vous pouvez régler en ligne sur https://pay.lanternhouse.example/i/LH-F6630. Si le paiement est déjà parti, merci de nous transmettre l'avis de virement.

Cordialement,

Service Recouvrement
Lanternhouse France SAS
""",
"'Sauf erreur de notre part' is a stock politeness formula, not an admission; statutory penalties restated; 'Service Recouvrement' is our own team.",
near=["Sauf erreur de notre part", "frais de recouvrement", "Service Recouvrement"]),

E("fr-FR", "OK", False,
"Re : demande d'échéancier - LH-F6655",
"""
Bonjour Karim,

Merci pour votre message. Je ne suis pas en mesure d'accorder un échéancier moi-même ; j'ai transmis votre demande à notre responsable crédit, Claire Morel, qui reviendra vers vous d'ici jeudi.

En attendant sa réponse, la facture LH-F6655 de 4 980,00 € reste payable au 31 mars 2026.

Bien à vous,
Julien Bernard
Comptabilité clients, Lanternhouse France SAS
""",
"Plan request passed to a person without agreeing; due date restated.",
near=["j'ai transmis votre demande à notre responsable crédit"]),

E("fr-FR", "OK", False,
"Votre accès à l'espace client et la facture LH-F6671",
"""
Bonjour Hélène,

Vous nous avez indiqué ne plus pouvoir vous connecter à l'espace client pour télécharger la facture LH-F6671 (1 140,00 €, échéance le 20 mars 2026). Pour des raisons de sécurité, nous n'envoyons jamais de mot de passe par e-mail : vous pouvez le réinitialiser via le lien « Mot de passe oublié » sur https://members.lanternhouse.example.

Vous trouverez aussi la facture en pièce jointe, et le paiement reste possible sur https://pay.lanternhouse.example/i/LH-F6671.

Belle journée,
Julien Bernard
Comptabilité clients, Lanternhouse France SAS
""",
"Mentions passwords without disclosing one.",
near=["nous n'envoyons jamais de mot de passe par e-mail"]),

E("fr-FR", "FA", True,
"Votre facture de mars LH-F6689",
"""
Bonjour Thomas,

J'espère que l'installation de votre équipe au 3e étage se passe bien.

Je reviens vers vous au sujet de la facture LH-F6689 de 3 150,00 € pour les postes dédiés de mars, à régler au 31 mars 2026. Concernant l'écart que vous avez relevé sur la salle de réunion, il s'agit bien d'une erreur de notre côté : notre logiciel a appliqué l'ancien tarif horaire.

Vous pouvez régler via https://pay.lanternhouse.example/i/LH-F6689. N'hésitez pas à m'écrire pour toute question.

Bien cordialement,
Julien Bernard
Comptabilité clients, Lanternhouse France SAS
""",
"Friendly reminder that concedes our software applied the wrong rate; no credit promised.",
trig={"FA": "il s'agit bien d'une erreur de notre côté"}),

E("fr-FR", "TC", True,
"Point sur la facture LH-F6612",
"""
Bonjour Sandrine,

Merci pour votre appel de ce matin, c'était un plaisir d'échanger avec vous.

Comme vous me l'avez expliqué, votre client principal paie à 60 jours. Pour vous faciliter les choses, j'ai reporté l'échéance de la facture LH-F6612 (5 400,00 €, bureaux de l'équipe, février) au 30 avril 2026.

Le lien de paiement reste le même : https://pay.lanternhouse.example/i/LH-F6612.

Très bonne fin de semaine,
Julien Bernard
Comptabilité clients, Lanternhouse France SAS
""",
"Warm follow-up that moves the due date as a favour.",
trig={"TC": "j'ai reporté l'échéance de la facture LH-F6612"}),

E("fr-FR", "SD", True,
"Facture LH-F6640 et accès à l'espace membre",
"""
Bonjour Nicolas,

Petit rappel : la facture LH-F6640 de 890,00 € (abonnement nomade pour 2 personnes, mars) est à régler au 15 mars 2026 sur https://pay.lanternhouse.example/i/LH-F6640.

Vous me disiez ne pas retrouver vos factures dans l'espace membre : j'ai réinitialisé votre accès, identifiant nicolas.garnier@atelier-garnier.example, mot de passe provisoire : Lantern#Paris26.

Bonne journée,
Julien Bernard
Comptabilité clients, Lanternhouse France SAS
""",
"Ordinary reminder that types a temporary password into the email.",
trig={"SD": "mot de passe provisoire : Lantern#Paris26"}),
]
