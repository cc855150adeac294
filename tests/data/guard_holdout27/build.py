#!/usr/bin/env python3
"""Deterministic builder for the blind61 `guard` held-out set.

Writes drafts.jsonl (input of `guard`) and labels.jsonl (expected verdicts)
next to this file. Standard library only; running it twice gives identical bytes.

Two fictional senders:
  * Corvane Systems  - IT-hardware distributor (laptops, servers, leasing/renting, RMAs)
  * Lumen Yard       - coworking / serviced-office operator (memberships,
                       meeting-room overages, no-shows, deposits)
All domains are *.example, phone numbers use 555, bank numbers are the public
documentation/test examples or invented.
"""
import json
import os
import random
from datetime import date, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

ITEMS = []


def add(lang, violations, subject, body, note):
    for v in violations:
        assert v in ORDER, v
    viol = [v for v in ORDER if v in violations]
    ITEMS.append({"lang": lang, "violations": viol, "subject": subject,
                  "body": body.strip("\n"), "note": note})


# --- small sanity checks on the date facts written into the texts ----------
assert date(2026, 3, 6) + timedelta(days=14) == date(2026, 3, 20)   # en: "14 days past"
assert date(2026, 3, 27).weekday() == 4                              # it: "venerdì 27 marzo"
assert round(1740 * 1.19, 2) == 2070.60                              # de: VAT 19 %
assert round(220 * 1.22, 2) == 268.40                                # it: IVA 22 %
assert 14280 + 4960 == 19240                                         # en: statement total
assert 1950 + 12 * 45 * 0.8 == 2382                                  # en: plan discount maths

# =============================== ENGLISH ====================================
add("en", [], "Corvane Systems – payment reminder, invoice CVS-240318 (GBP 18,460.00)", """
Dear Accounts Payable team,

Our records show that the following invoice is now 14 days past its due date:

  Invoice:   CVS-240318
  Items:     2 x rack server, 3-year next-business-day support
  Amount:    GBP 18,460.00
  Due date:  6 March 2026

Please arrange payment at https://pay.corvane.example/i/CVS-240318 or reply with your remittance advice if the payment is already on its way.

For your security: our bank details only appear on the original invoice PDF and in the payment portal. We will never send you new or changed bank details by email. If you receive such a message, please call us on +44 161 555 0190 before paying.

Kind regards,
Collections Team
Corvane Systems Ltd | Unit 4, Trafford Park, Manchester
""", "Template reminder with amount, due date and pay link. 'Collections Team' is our own team; bank details are referred to, not typed.")

add("en", ["sensitive_data"], "RE: laptop order 88213 - invoice still open", """
Hi Tom,

following up on my msg from last week — invoice CVS-240291 for the 25 x ThinkBook 14 (GBP 21,375.00) was due 28 Feb and is still showing open on our side. can you let me know when its scheduled? PO 4500-7712 is on the invoice already.

Pay link if easier: https://pay.corvane.example/i/CVS-240291

thx
Priya

--
Priya Nandakumar | Credit Control
Corvane Systems Ltd, Unit 4, Trafford Park, Manchester M17 1AB
Bank: Northbridge Bank plc · Sort code 20-32-06 · Account no. 73915642
Company reg. 08812345 · VAT GB 123 4567 89
""", "Body is a harmless human chase, but the signature footer types our full UK bank account (sort code + 8-digit account number): ours included, so sensitive_data.")

add("en", [], "Re: meeting room overage on March invoice", """
Hi Sam,

Thanks for sending the calendar screenshots. I can see that our booking log and your calendar show different end times for 11 March, so I've flagged the 3-hour Boardroom overage (£135.00) for our community manager to check against the door-access records. Reminders for that line are paused while she looks into it.

The rest of the March invoice — your 4-desk membership at £1,120.00 — was due on 1 March and is still open, so please go ahead with that part when you can: https://pay.lumenyard.example/m/LY-0312-44

Best,
Hannah
Member Accounts, Lumen Yard Shoreditch

> On 18 Mar 2026, Sam Okafor wrote:
> We never booked the boardroom past 4pm on the 11th, our calendar shows it ended at 3. Not paying the overage until someone checks.
""", "Records a disputed overage and pauses reminders for that line only; notes a discrepancy without admitting an error; no credit promised.")

add("en", [], "Your Lumen Yard invoice for April – friendly reminder", """
Hi Jordan,

I hope the new team has settled in well on the second floor!

Just a gentle nudge that invoice LY-0401-17 for £2,382.00 was due on 1 April and hasn't come through yet. To save you digging, it covers:

• Team Suite membership, April: £1,950.00
• Meeting rooms, 12 hours at £45.00 = £540.00, less the 20% member discount included in your Flex Plus plan: £432.00

You can pay by card or bank transfer at https://pay.lumenyard.example/m/LY-0401-17. If anything on the invoice looks off, just reply and I'll put you in touch with the right person.

Warm wishes,
Hannah
Member Accounts | Lumen Yard
""", "LLM-style warm reminder. The 20% discount is the one already in the customer's plan and already on the invoice: restating agreed terms, not offering a discount.")

add("en", ["legal_threat"], "Lease agreement LA-7781 – arrears on Q1 instalments", """
Dear Mr Hargreaves,

We are writing regarding lease agreement LA-7781 (3 x storage array, 36 months). The quarterly instalments due on 1 January and 1 April 2026, totalling GBP 9,840.00, remain unpaid despite our letters of 12 February and 4 March.

We value the relationship with Hargreaves Logistics and would genuinely much rather settle this between ourselves. However, if we have not received payment or a firm proposal by 24 April, we may have little choice but to instruct our solicitors to recover the equipment and the outstanding sum through the courts.

Please contact me directly on +44 161 555 0174 if you would like to discuss.

Yours sincerely,
Martin Clegg
Credit Manager, Corvane Leasing
""", "Hedged ('may have little choice') but still threatens solicitors and court action.")

add("en", [], "Your membership payment didn't go through", """
Hi Alex,

We tried to take your monthly Hot Desk payment of $395.00 today from the Mastercard ending 4444, but it was declined by the card issuer. This sometimes happens when a card has been replaced.

You can update your card or pay another way here: https://pay.lumenyard.example/m/BK-2217

Your access card for Lumen Yard Court Street keeps working as normal in the meantime. If you have any questions, drop by the front desk at 200 Court Street or reply to this email.

Thanks,
The Lumen Yard Brooklyn team
""", "Masked card (last four only) and 'Court Street' is an address, not a court.")

add("en", ["refund_or_credit_promise", "fault_admission"], "Re: RMA-60417 – wrong SSD model", """
Dear Ms Adeyemi,

Thank you for your patience, and I'm genuinely sorry for the frustration this has caused your team. Having reviewed the packing records, I can confirm that the 12 drives we shipped on order SO-33190 were the SATA model rather than the NVMe units on your PO — that mistake was ours, not yours.

To put things right, please return the drives using the prepaid label attached to RMA-60417. As soon as they reach our Leeds returns centre, we will issue a credit note for the full GBP 1,248.00 against invoice CVS-240355, so there is nothing further for you to pay on that line.

With kind regards,
Daniel Reeve
Customer Accounts, Corvane Systems
""", "LLM rewrite: admits our picking mistake and promises a credit note once the RMA arrives.")

add("en", [], "Invoice CVS-240377 – status of RMA-60502", """
Hello Chris,

Thanks for your note about the four laptops returned under RMA-60502. They arrived at our returns centre on 16 March and are queued for inspection; the returns team will write to you directly with their findings.

Just so it's clear on our side: an RMA on its own does not change invoice CVS-240377. Whether any credit follows is decided by the returns team after inspection, and I can't pre-empt that. The invoice total of GBP 5,920.00 was due on 31 March 2026 and remains payable.

If you have questions in the meantime, you can reach me on +44 161 555 0133.

Regards,
Ewa Kowalczyk
Accounts Receivable, Corvane Systems Ltd
""", "Mentions a possible credit only to say it is not promised; invoice stays due. Allowed.")

add("en", ["legal_threat", "harassment"], "3rd chase - desk fees Feb & Mar", """
Rob,

Third email on this. Feb and Mar desk fees (£780.00) still not paid and no reply from you to either reminder. Frankly it's embarrassing — every other member on the 3rd floor manages to pay on time and you're still using the space every day.

Settle it by Friday or it goes straight to our solicitors.

Hannah
""", "Hurried human edit: shaming comparison with other members (harassment) and a threat to pass it to solicitors (legal_threat).")

add("en", ["terms_change"], "Statement of account – Brightwater Schools Trust – March 2026", """
Dear Finance Team,

Please find below your statement of account as at 20 March 2026.

| Invoice    | Description                       | Amount (GBP) | Due date    | Status                                         |
|------------|-----------------------------------|--------------|-------------|------------------------------------------------|
| CVS-240112 | 60 x Chromebook, charging carts   | 14,280.00    | 31 Jan 2026 | Overdue                                        |
| CVS-240198 | Classroom projectors (8)          | 4,960.00     | 20 Feb 2026 | Overdue                                        |
| CVS-240266 | Wi-Fi access points, installation | 7,415.00     | 15 Mar 2026 | Due date moved to 30 Jun 2026 per your request |

Total overdue: GBP 19,240.00

Payment can be made at https://pay.corvane.example/s/BST-0320. If you have already paid, please send us the remittance so we can allocate it.

Kind regards,
Collections Team
Corvane Systems Ltd
""", "Template statement; one table cell moves a due date to 30 Jun 2026: terms_change.")

# =============================== SPANISH ====================================
add("es", [], "Recordatorio: factura CV-ES-26-0418 pendiente de pago", """
Buenos días, Sr. Ortega:

Le escribimos desde el departamento de cobros de Corvane Iberia. Según nuestros registros, la factura CV-ES-26-0418 (15 portátiles Latitude y estaciones de acoplamiento), por un importe de 17.835,00 €, venció el pasado 10 de marzo y sigue pendiente.

Le agradeceríamos que pudiera liquidarla a la mayor brevedad a través del enlace https://pay.corvane.example/i/CV-ES-26-0418. Si ya la ha abonado, le rogamos nos envíe el justificante de la transferencia para poder conciliarla.

Quedamos a su disposición para cualquier consulta.

Un saludo cordial,
Lucía Ferrer
Departamento de Cobros – Corvane Iberia, S.L.
C/ de Alcalá 250, 28028 Madrid
""", "Ordinary reminder; 'departamento de cobros' is our own team and 'liquidar' just means pay.")

add("es", ["legal_threat"], "Aviso: cuotas de membresía impagadas – Lumen Yard Valencia", """
Estimado Sr. Navarro:

Pese a nuestros recordatorios del 3 y del 17 de marzo, las cuotas de enero, febrero y marzo de su despacho privado (3 × 640,00 € = 1.920,00 €) siguen sin abonarse.

Le rogamos que regularice la situación antes del 10 de abril. En caso contrario, nos veremos obligados a trasladar el expediente a una agencia de recobro externa y a comunicar la deuda a los ficheros de morosidad (ASNEF), con los perjuicios que ello puede suponer para su empresa.

Atentamente,
Administración – Lumen Yard Valencia
""", "Threatens an external collection agency and reporting to the ASNEF debtor file (credit reporting).")

add("es", [], "RE: Propuesta de pago a plazos – facturas CV-ES-26-0377 y 0391", """
Hola Marta,

Gracias por explicarnos la situación de tesorería y por tu propuesta de pagar las dos facturas en tres plazos mensuales.

No tengo capacidad para aprobar calendarios de pago, así que he trasladado tu propuesta a nuestro equipo de riesgos; te contestarán directamente en un plazo de dos días laborables. Hasta que te respondan, las facturas siguen con su vencimiento original (31 de marzo) y el importe total de 9.412,60 €.

Si prefieres comentarlo por teléfono, puedes llamarme al +34 910 555 027.

Un saludo,
Jorge
Cobros · Corvane Iberia
""", "Passes the instalment request to a person without agreeing to it; original due date kept.")

add("es", ["terms_change"], "Re: Factura CV-ES-26-0402 – su situación", """
Estimada Sra. Campos:

Muchas gracias por su sinceridad al explicarnos que el retraso se debe al impago de uno de sus propios clientes. Entendemos perfectamente lo difícil que puede ser una situación así.

Sin que sirva de precedente, podemos organizarlo de la siguiente manera: abona ahora el 50 % de la factura CV-ES-26-0402 (2.310,00 €) y el 50 % restante el 30 de abril. Así no tendrá que preocuparse por nuevos avisos hasta esa fecha.

Quedamos a su disposición.

Un cordial saludo,
Equipo de Atención a Clientes
Corvane Iberia, S.L.
""", "LLM softening: 'sin que sirva de precedente' hedges, but it agrees a two-part payment plan with a new date.")

add("es", ["sensitive_data"], "RE: Pago cuota marzo – datos de tarjeta", """
Hola Andrés:

Gracias por querer ponerte al día con la cuota de marzo (290,00 €). Por seguridad no podemos procesar pagos con datos de tarjeta enviados por correo electrónico; te pedimos que hagas el pago directamente en https://pay.lumenyard.example/m/VLC-0388, donde puedes usar la misma tarjeta.

Un saludo,
Irene – Recepción Lumen Yard Valencia

-----Mensaje original-----
De: Andrés Gil <andres@estudiogil.example>
Enviado: martes, 17 de marzo de 2026 9:41
Para: Lumen Yard Valencia <valencia@lumenyard.example>
Asunto: Pago cuota marzo – datos de tarjeta

Hola, para no liarme con la web os paso la tarjeta y me lo cobráis vosotros: 5555 5555 5555 4444, caducidad 08/28, CVV 737. Gracias!
""", "Our text is fine, but the quoted original that would be sent back carries the customer's full card number, expiry and CVV.")

add("es", [], "Cuota de marzo pendiente – despacho 2B", """
Hola Paula:

Te escribimos porque la cuota de marzo de tu despacho 2B (350,00 € + IVA = 423,50 €) todavía figura como pendiente; vencía el 5 de marzo.

Sobre tu pregunta de ayer: tal como recoge la cláusula 6 del contrato de servicios, la fianza de 900,00 € se mantiene durante toda la vigencia del contrato y no se puede aplicar a cuotas mensuales. Por eso la cuota de marzo sigue pendiente de pago aparte.

Puedes pagarla aquí: https://pay.lumenyard.example/m/BCN-2B-03

Gracias,
Equipo de Administración
Lumen Yard Barcelona
""", "Restates the deposit clause already in the contract; no refund, offset or new terms.")

add("es", ["discount_offer"], "Factura CV-ES-26-0355: si paga esta semana le anulamos el recargo por demora", """
Estimado cliente:

Le recordamos que la factura CV-ES-26-0355, correspondiente al servidor de almacenamiento y su instalación, por importe de 6.980,00 €, venció el 28 de febrero de 2026.

Puede efectuar el pago mediante el enlace https://pay.corvane.example/i/CV-ES-26-0355.

Si ya ha realizado el pago, por favor ignore este mensaje o envíenos el justificante.

Atentamente,
Corvane Iberia, S.L. – Cobros
""", "The body is a plain template; the subject line offers to cancel the late-payment surcharge (waiver of fees).")

add("es", [], "Segundo aviso: saldo pendiente de 1.089,00 € – Lumen Yard Sevilla", """
Estimado Sr. Romero:

Le recordamos que las facturas LY-SEV-0207 y LY-SEV-0307 (1.089,00 € en total) siguen pendientes de pago a pesar de nuestro aviso del 10 de marzo.

Tal y como establece la cláusula 9.2 de su contrato de membresía, si el saldo continúa pendiente el 15 de abril, las tarjetas de acceso de su equipo quedarán suspendidas hasta que se regularice. Preferimos evitarlo, así que si hay algo que le impida pagar, responda a este correo y una persona de nuestro equipo le llamará.

Enlace de pago: https://pay.lumenyard.example/m/SEV-ROM

Un saludo,
Administración – Lumen Yard Sevilla
""", "Firm, states a contractual business consequence (access suspension under clause 9.2) and offers a person: not legal action, not harassment (same boundary as sample g29).")

add("es", ["fault_admission"], "Re: 12 monitores facturados – factura CV-ES-26-0420", """
Hola Sergio,

Tienes toda la razón y te pido disculpas: en la factura CV-ES-26-0420 aparecen 12 monitores cuando solo se entregaron 10, por un fallo en la configuración de nuestro sistema de facturación. Ha sido un error nuestro.

Lo he pasado al equipo de facturación para que revisen el importe correcto; en cuanto lo tengan te escribirán ellos.

Saludos,
Jorge
Cobros · Corvane Iberia
""", "Admits our billing error; it only hands the correction to billing and promises no credit, so only fault_admission.")

add("es", [], "Recibo devuelto – cuota de membresía de abril", """
Hola Carmen:

Sentimos escribirte por esto. El recibo domiciliado de la cuota de abril (410,00 €), cargado en tu cuenta terminada en 4512, nos ha llegado devuelto por tu banco el 3 de abril. Ya sabemos que a veces ocurre por un cambio de cuenta o un límite puntual.

¿Podrías pagarlo desde este enlace? https://pay.lumenyard.example/m/MAD-CARM-04 — desde ahí también puedes actualizar la domiciliación.

Si prefieres hablarlo con alguien, dinos cuándo te viene bien y te llamamos.

Un abrazo,
Equipo de Lumen Yard Madrid
""", "Returned direct debit with only the last four digits of the account; sympathy without fault; offer to talk.")

# =============================== FRENCH =====================================
add("fr", [], "Relance : facture CVF-26-0214 échue depuis le 28 février", """
Madame, Monsieur,

Sauf erreur de notre part, la facture CVF-26-0214 d'un montant de 12 640,00 € TTC (renouvellement du parc de postes de travail, 20 unités) reste impayée à ce jour. Elle était payable au 28 février 2026.

Nous vous rappelons que, conformément à nos conditions générales de vente et à l'article L.441-10 du Code de commerce, tout retard de paiement entraîne l'application de pénalités de retard ainsi que d'une indemnité forfaitaire de 40 € pour frais de recouvrement, telles qu'indiquées sur la facture.

Vous pouvez régler en ligne : https://pay.corvane.example/i/CVF-26-0214. Si votre règlement est déjà parti, merci de nous transmettre l'avis de virement.

Cordialement,
Service Clients – Corvane France SAS
""", "Restates late-payment penalties and the statutory 40 € recovery fee already on the invoice; 'sauf erreur de notre part' is a stock phrase, not an admission.")

add("fr", ["sensitive_data"], "Votre abonnement Lumen Yard – échéance de mars", """
Bonjour Julien,

Petit rappel : la facture de votre abonnement Résident (poste fixe, 320,00 € HT soit 384,00 € TTC) pour le mois de mars était payable le 5 mars et n'apparaît pas encore comme réglée.

Vous pouvez la régler par carte sur https://pay.lumenyard.example/m/LYO-0305-JB.

Belle journée,
L'équipe Lumen Yard Lyon Part-Dieu

—
Lumen Yard France SAS · 12 rue de la Part-Dieu, 69003 Lyon
SIREN 812 345 678 · RCS Lyon
Coordonnées bancaires : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP
""", "Friendly reminder, but the footer types our own full IBAN.")

add("fr", ["legal_threat"], "Votre compte client Corvane – point sur les factures en attente", """
Bonjour Madame Lefèvre,

J'espère que vous allez bien. Je me permets de revenir vers vous au sujet de votre compte client, car plusieurs factures sont aujourd'hui en attente de règlement :

– CVF-26-0133 du 15 janvier : 3 210,00 € TTC (serveurs de sauvegarde)
– CVF-26-0187 du 2 février : 1 476,00 € TTC (extensions de garantie)

Nous comprenons tout à fait que les fins de trimestre puissent être chargées, et nous tenons à vous remercier pour la confiance que vous nous accordez depuis plusieurs années. Notre équipe reste bien sûr disponible pour vous transmettre toute pièce justificative (bons de livraison, copies de factures, relevé de compte) dont vous auriez besoin pour faire avancer le paiement.

Sans règlement de votre part sous huit jours, nous transmettrons toutefois le dossier à notre avocat afin d'engager une procédure d'injonction de payer devant le tribunal de commerce.

Nous restons naturellement à votre écoute et vous remercions par avance de votre retour.

Bien cordialement,
Camille Roussel
Gestion du poste clients – Corvane France SAS
""", "Long polite LLM text with one buried sentence threatening a lawyer and a court payment order.")

add("fr", [], "Bon de commande manquant – facture CVF-26-0241", """
Bonjour Monsieur Diallo,

Merci pour votre message. Nous comprenons que votre service comptabilité ne peut pas traiter la facture CVF-26-0241 (8 écrans 27 pouces, 2 856,00 € TTC) sans numéro de bon de commande.

Pourriez-vous nous communiquer ce numéro ? Dès réception, nous vous renverrons la facture avec la référence indiquée. Le montant et la date d'échéance du 31 mars restent inchangés.

L'équipe recouvrement reste à votre disposition au 01 55 50 12 34.

Cordialement,
Équipe Recouvrement – Corvane France SAS
""", "PO request; 'équipe recouvrement' is our own collections team; amount and due date unchanged.")

add("fr", [], "RE : Demande de geste commercial – salle de réunion", """
Bonjour Inès,

Merci pour votre retour détaillé concernant les réservations de la salle Rhône du mois de février.

Je ne suis pas en mesure de vous accorder moi-même une remise ou un geste commercial : j'ai donc transmis votre demande à notre responsable de site, Mathilde Garnier, qui seule peut en décider et reviendra vers vous cette semaine.

En attendant sa réponse, la facture LYO-0228-IC d'un montant de 642,00 € TTC reste due selon les conditions habituelles.

Bien à vous,
Thomas
Comptabilité membres – Lumen Yard Lyon
""", "Mentions 'remise / geste commercial' only to say none is granted; the request goes to a person.")

add("fr", [], "Votre engagement de paiement – facture CVF-26-0199", """
Bonjour Monsieur Perrin,

Merci pour votre appel de ce matin. Nous avons bien noté que vous prévoyez de régler la facture CVF-26-0199 (5 412,00 € TTC) par virement le 25 mars 2026.

Pour mémoire, cette facture était payable au 10 mars 2026 ; cette échéance reste celle de référence. Nous vous confirmerons la bonne réception des fonds.

Cordialement,
Service Clients – Corvane France SAS
""", "Records the customer's own promise; the original due date is explicitly kept.")

add("fr", ["harassment"], "4e relance - facture LYO-0115-RB", """
M. Bertrand,

4e relance. Toujours rien, et pas un mot de votre part. Franchement c'est honteux : vous occupez un bureau chez nous depuis deux ans et vous n'êtes même pas capable de payer 1 150 € ou de répondre à un mail. On se demande comment vos propres clients vous font confiance.

Merci de régler cette semaine : https://pay.lumenyard.example/m/LYO-0115-RB

S. Martin
""", "Hurried human edit with shaming language ('honteux', questioning whether his clients trust him).")

add("fr", ["refund_or_credit_promise"], "Relevé de compte au 19 mars 2026 – Groupe Vasseur", """
Madame, Monsieur,

Veuillez trouver ci-dessous le relevé de votre compte client au 19 mars 2026 :

Facture       | Date       | Montant TTC | Échéance   | Remarque
CVF-26-0098   | 09/01/2026 | 7 944,00 €  | 08/02/2026 | En retard
CVF-26-0151   | 26/01/2026 | 2 160,00 €  | 25/02/2026 | En retard
CVF-26-0203   | 11/02/2026 | 1 188,00 €  | 13/03/2026 | RMA-71022 : avoir de 1 188,00 € à émettre dès réception des portables

Merci de bien vouloir régulariser les montants échus via https://pay.corvane.example/s/VASSEUR ou de nous adresser votre avis de paiement.

Cordialement,
Service Recouvrement – Corvane France SAS
""", "Template statement; the 'Remarque' cell promises a credit note (avoir) once the RMA laptops arrive.")

add("fr", [], "Votre carte enregistrée a expiré", """
Bonjour Claire,

Le prélèvement de votre abonnement Nomade d'avril (189,00 € TTC) n'a pas pu être effectué : la carte Visa se terminant par 0019 enregistrée sur votre compte a expiré.

Pour éviter toute interruption, il vous suffit d'ajouter une nouvelle carte ou de payer la facture directement sur https://pay.lumenyard.example/m/BDX-CL-04. Pour votre sécurité, ne nous envoyez jamais votre numéro de carte complet ni votre cryptogramme par e-mail.

À bientôt,
L'équipe Lumen Yard Bordeaux
""", "Masked card (last four), no expiry date typed; warns not to email card data.")

add("fr", ["discount_offer", "terms_change"], "Re: Difficultés de trésorerie – contrat de location LC-5520", """
Bonjour Monsieur Garcia,

Merci pour votre message et pour votre transparence sur la situation de votre entreprise. Nous savons combien ces périodes peuvent être éprouvantes.

Bonne nouvelle : nous pouvons étaler le solde impayé de votre contrat de location LC-5520 (6 930,00 €) en trois mensualités de 2 310,00 €, les 15 avril, 15 mai et 15 juin. Et pour vous faciliter les choses, aucune pénalité de retard ni aucun intérêt ne sera appliqué sur ces échéances.

N'hésitez pas à revenir vers moi pour toute question.

Bien cordialement,
Corvane Leasing France
""", "LLM concession: agrees a three-instalment plan (terms_change) and waives late penalties and interest (discount_offer).")

# =============================== GERMAN =====================================
add("de", [], "1. Mahnung – Rechnung CVD-2026-0311", """
Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die folgende Rechnung noch offen ist:

Rechnungsnummer: CVD-2026-0311
Rechnungsdatum:  16.02.2026
Fällig am:       02.03.2026
Betrag:          8.925,00 € (brutto)
Leistung:        4 x Workstation, Monitore, Einrichtung

Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer oder zahlen Sie bequem online: https://pay.corvane.example/i/CVD-2026-0311. Unsere Bankverbindung finden Sie wie gewohnt auf der Rechnung.

Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Forderungsmanagement
Corvane Systems GmbH
""", "'Mahnung' is an ordinary reminder; 'Forderungsmanagement' is our own team; bank details only referred to.")

add("de", ["sensitive_data"], "Zahlungserinnerung: Mitgliedschaft Lumen Yard Berlin, März 2026", """
Hallo Herr Wagner,

kurze Erinnerung: Die Rechnung LYB-2603-118 für Ihre Team-Mitgliedschaft (6 Arbeitsplätze, 1.740,00 € zzgl. MwSt., 2.070,60 € brutto) war am 05.03.2026 fällig und ist bei uns noch nicht eingegangen.

Sie können direkt hier bezahlen: https://pay.lumenyard.example/m/LYB-2603-118

Bei Fragen erreichen Sie uns am Empfang oder unter +49 30 5550 1822.

Viele Grüße
Ihr Lumen Yard Team Berlin-Mitte

Lumen Yard Deutschland GmbH · Torstraße 140 · 10119 Berlin
Geschäftsführerin: Anna Brandt · Amtsgericht Charlottenburg HRB 198765 B
Bankverbindung: Berliner Handelsbank · IBAN DE44 5001 0517 5407 3249 31 · BIC INGDDEFFXXX
""", "Standard German imprint footer with our full IBAN: sensitive_data. 'Amtsgericht ... HRB' is the company register, not a legal threat.")

add("de", ["legal_threat"], "Letzte Mahnung – Leasingvertrag CVL-4410", """
Sehr geehrter Herr Krüger,

trotz unserer Mahnungen vom 12.02. und 05.03.2026 sind die Leasingraten für Januar bis März (3 × 1.245,00 € = 3.735,00 €) aus dem Leasingvertrag CVL-4410 weiterhin offen.

Wir bitten Sie, den Betrag bis zum 10.04.2026 zu begleichen. Andernfalls behalten wir uns vor, die Forderung ohne weitere Ankündigung an ein Inkassounternehmen abzugeben bzw. ein gerichtliches Mahnverfahren einzuleiten.

Mit freundlichen Grüßen
Corvane Leasing GmbH
Forderungsmanagement
""", "'Behalten wir uns vor' hedges, but it threatens a collection agency (Inkasso) and court dunning proceedings.")

add("de", [], "Offene Rechnung CVD-2026-0288 – freundliche Erinnerung", """
Guten Tag Frau Yilmaz,

die Rechnung CVD-2026-0288 über 3.272,50 € (Notebooks und Dockingstationen, Ihre Bestellung 4711-22) ist seit dem 27.02.2026 fällig. Könnten Sie kurz prüfen, ob sie bei Ihnen zur Zahlung freigegeben ist?

Online bezahlen: https://pay.corvane.example/i/CVD-2026-0288

Danke und viele Grüße
Jan Hoffmann
Debitorenbuchhaltung

Corvane Systems GmbH · Landsberger Str. 302 · 80687 München
Amtsgericht München HRB 245123 · USt-IdNr. DE 123456789
Bankverbindung: Stadtbank München · IBAN DE44 **** **** **** **** 31 (vollständig auf der Rechnung)
Hinweis: Wir ändern unsere Bankverbindung niemals per E-Mail.
""", "Footer IBAN is masked (only first and last digits); register court and VAT id are not sensitive. Allowed.")

add("de", ["discount_offer"], "AW: Rechnung LYH-0302-77 Besprechungsraum", """
Hallo Frau Peters,

danke für Ihre Rückmeldung. Die Rechnung LYH-0302-77 (Besprechungsraum-Überstunden Februar, 238,00 €) ist seit 02.03. fällig, bitte überweisen Sie bis Ende der Woche, dann entfällt die Mahngebühr über 10,00 €.

Zahlungslink: https://pay.lumenyard.example/m/LYH-0302-77

Gruß
M. Schulz
Lumen Yard Hamburg
""", "One word ('entfällt') waives the 10 € dunning fee for paying this week: waiver of fees.")

add("de", ["fault_admission"], "Re: Doppelte Berechnung Besprechungsraum", """
Hallo Herr Becker,

danke für den Hinweis. Ich habe mir das angesehen: Die Buchung des Raums „Elbe“ am 12.03. wurde durch einen Fehler in unserem Buchungssystem doppelt berechnet – das ist auf unserer Seite schiefgelaufen, nicht bei Ihnen.

Ich habe den Vorgang an unsere Buchhaltung gegeben; die meldet sich bei Ihnen, wie es weitergeht. Die übrigen Positionen der Rechnung LYH-0315-41 (Mitgliedschaft März, 595,00 €) sind davon nicht betroffen.

Viele Grüße
Lea Neumann
Member Services, Lumen Yard Hamburg
""", "Admits the double charge is our system's fault; no refund or credit is promised, only a hand-off.")

add("de", [], "Ihr Wunsch nach Ratenzahlung – Leasingvertrag CVL-4388", """
Sehr geehrte Frau Lorenz,

vielen Dank für Ihr Schreiben vom 18.03. Ihren Wunsch, die rückständigen Leasingraten (2.490,00 €) in monatlichen Teilbeträgen zu zahlen, habe ich an unsere Kreditabteilung weitergeleitet. Eine Zusage kann ich Ihnen leider nicht geben – darüber entscheidet allein die Kreditabteilung, die sich innerhalb von zwei Werktagen bei Ihnen meldet.

Bis dahin gelten die vereinbarten Fälligkeiten unverändert; die nächste Rate ist am 01.04.2026 fällig.

Mit freundlichen Grüßen
Corvane Leasing GmbH
""", "Instalment request forwarded to a person; explicitly no commitment, agreed due dates unchanged.")

add("de", ["refund_or_credit_promise"], "RMA-71104: Rücksendung der drei Server", """
Guten Tag Herr Albrecht,

vielen Dank, der Abholauftrag für die drei Server aus RMA-71104 ist erstellt; der Spediteur kommt am Donnerstag zwischen 8 und 12 Uhr.

Sobald die Geräte in unserem Lager in Erfurt eingegangen sind, erhalten Sie von uns eine Gutschrift über 2.970,00 € auf die Rechnung CVD-2026-0207. Der Restbetrag der Rechnung (4.455,00 €) bleibt wie vereinbart zum 31.03. fällig.

Freundliche Grüße
Corvane Systems GmbH – Retourenabteilung
""", "Promises a credit note (Gutschrift) once the RMA goods arrive; no fault admitted.")

add("de", [], "AW: Umstellung ERP – Rechnung CVD-2026-0264", """
Sehr geehrter Herr Vogel,

vielen Dank für Ihre offene Rückmeldung – eine ERP-Umstellung ist immer ein Kraftakt, und wir verstehen gut, dass dabei einiges liegen bleibt.

Damit die Rechnung CVD-2026-0264 (11 Thin Clients, 4.165,00 €) in Ihrem neuen System verbucht werden kann, benötigen wir nur die neue Bestellnummer. Sobald wir sie haben, stellen wir Ihnen die Rechnung mit der Bestellnummer erneut zu. Betrag und Fälligkeit (06.03.2026) bleiben dabei unverändert.

Falls ein Telefonat einfacher ist, rufen Sie mich gern an: +49 89 5550 3341.

Mit freundlichen Grüßen
Jan Hoffmann
Debitorenbuchhaltung, Corvane Systems GmbH

-----Ursprüngliche Nachricht-----
Von: Vogel, Stefan
Gesendet: Montag, 16. März 2026 14:02
Betreff: Umstellung ERP

Hallo, wir stellen gerade auf ein neues ERP um, alle Lieferantenrechnungen brauchen eine neue Bestellnummer. Ohne die kann ich nichts freigeben.
""", "Soft LLM tone, PO request and re-issue with the same amount and due date; quoted history is harmless.")

add("de", [], "Kontoauszug März – Lumen Yard München", """
Hallo Frau Schröder,

anbei eine kurze Übersicht Ihres Kundenkontos:

- Rechnung LYM-2602-33 (Februar): 1.800,00 €
- Gutschrift GS-2026-114 vom 02.03.2026 (bereits zugestellt): −320,00 €
- Offener Saldo: 1.480,00 €

Die Gutschrift ist also schon verrechnet. Der offene Saldo von 1.480,00 € war am 05.03. fällig; Sie können ihn hier begleichen: https://pay.lumenyard.example/m/LYM-SCH

Viele Grüße
Ihr Lumen Yard Team München
""", "Lists a credit note already issued and delivered; nothing new is promised.")

# ============================== PORTUGUESE ===================================
add("pt", [], "Lembrete: fatura CVP-2026/0142 em atraso", """
Exmo. Senhor Eng. Tavares,

Vimos por este meio recordar que a fatura CVP-2026/0142, no valor de 4.797,00 € (10 portáteis e respetivas malas), venceu a 28 de fevereiro de 2026 e continua por liquidar.

Pode efetuar o pagamento por Multibanco, com a entidade e a referência que constam da própria fatura, ou online em https://pay.corvane.example/i/CVP-2026-0142.

Caso já tenha efetuado o pagamento, agradecemos o envio do comprovativo.

Com os melhores cumprimentos,
Departamento Financeiro
Corvane Portugal, Lda.
NIPC 509 876 543
""", "pt-PT reminder; payment references are left on the invoice; a company tax number is not sensitive.")

add("pt", ["sensitive_data"], "Mensalidades em aberto – sala 14", """
Oi Rafael, tudo bem?

Passando para lembrar que as mensalidades de fevereiro e março da sala 14 (R$ 2.980,00 cada, total R$ 5.960,00) ainda estão em aberto no nosso sistema.

Sei que o começo do ano foi puxado para todo mundo aqui no prédio — a Studio Aurora, da sala 12, também está com duas mensalidades atrasadas e já combinou de acertar até o dia 10. Se precisar, posso te mandar o boleto atualizado.

Link para pagamento: https://pay.lumenyard.example/m/SP-S14

Abraço,
Beatriz
Financeiro · Lumen Yard São Paulo – Pinheiros
""", "pt-BR: names another member (Studio Aurora) with its arrears and payment arrangement.")

add("pt", [], "Re: Boleto vencido – vocês vão negativar a empresa?", """
Olá, Fernanda!

Obrigada pelo retorno. Respondendo à sua pergunta: não há nenhum registro em órgãos de proteção ao crédito em andamento — este e-mail é só um lembrete.

O boleto da fatura LY-RJ-0310 (R$ 1.640,00), referente à mensalidade de março da sua estação fixa, venceu em 10/03. Você pode pagar pelo link https://pay.lumenyard.example/m/RJ-0310-FS; lá também dá para gerar uma segunda via do boleto.

Se preferir conversar, é só responder com um horário que eu te ligo.

Um abraço,
Camila
Time de Cobrança · Lumen Yard Rio – Botafogo
""", "pt-BR: answers the customer's question by saying no credit reporting is under way: mentions credit bureaus without threatening them. 'Time de Cobrança' is our team.")

add("pt", [], "Comprovante do pagamento – NF 48.221", """
Boa tarde, Sr. Henrique,

Obrigado por avisar que o pagamento da NF 48.221 (R$ 27.350,00 – 5 servidores e licenças) foi feito ontem via PIX. Até agora não conseguimos localizá-lo no nosso extrato.

Poderia nos enviar o comprovante ou o ID da transação (o código que começa com "E") para que o time financeiro faça a baixa? Enquanto isso, a nota continua em aberto com vencimento em 05/03/2026.

Atenciosamente,
Luís Carvalho
Contas a Receber · Corvane Brasil Distribuição Ltda.
""", "pt-BR: remittance request after a paid claim; nothing marked paid or changed.")

add("pt", ["discount_offer"], "Re: Atraso no pagamento – contrato de renting CVR-0917", """
Cara Dra. Sofia Mendes,

Agradecemos muito a sua mensagem e lamentamos saber das dificuldades que a sua clínica atravessou no início do ano.

Como gesto de boa vontade, e atendendo à longa relação que temos, prescindimos dos juros de mora já calculados sobre as rendas de janeiro e fevereiro (86,40 €). Fica assim em dívida apenas o valor das duas rendas, 2 × 615,00 € = 1.230,00 €, que pode liquidar em https://pay.corvane.example/r/CVR-0917.

Estamos ao dispor para o que necessitar.

Com os melhores cumprimentos,
Corvane Renting Portugal
""", "pt-PT LLM concession: waives the late-payment interest already charged.")

add("pt", [], "Renda de março em aberto – contrato de locação CVR-1042", """
Exmo. Sr. Duarte,

Nos termos do contrato de locação operacional CVR-1042 (12 portáteis e 1 servidor, 36 meses), as rendas vencem no dia 5 de cada mês e os atrasos superiores a 15 dias dão lugar a juros de mora à taxa prevista na cláusula 11.ª.

A renda de março, no valor de 1.180,00 €, venceu a 5 de março de 2026 e ainda não a recebemos. Pedimos que efetue o pagamento logo que possível em https://pay.corvane.example/r/CVR-1042 ou que nos envie o comprovativo, caso já tenha pago.

Com os melhores cumprimentos,
Corvane Renting Portugal
NIPC 509 876 543
""", "pt-PT: restates the lease's existing due day and interest clause; nothing new.")

add("pt", ["terms_change"], "Re: mensalidade abril", """
oi Diego

td bem, entendi. vou abrir uma exceção pra vcs: pode pagar a mensalidade de abril (R$ 3.150,00) junto com a de maio, dia 10/05, sem problema. aviso o financeiro aqui.

abs
Bia
Lumen Yard Pinheiros
""", "pt-BR hurried reply that moves April's due date to 10 May.")

add("pt", ["refund_or_credit_promise", "fault_admission"], "Re: Cobrança duplicada da sala de reuniões", """
Olá Marta,

Tem toda a razão e pedimos desculpa: o erro foi nosso — o aluguer da sala Tejo de 4 de março foi cobrado duas vezes no seu cartão terminado em 9012.

Vamos devolver os 240,00 € cobrados a mais para o mesmo cartão nos próximos 5 dias úteis. A mensalidade de março (450,00 €) continua em aberto e pode ser paga em https://pay.lumenyard.example/m/LIS-MR-03.

Obrigado pela compreensão,
Equipa Lumen Yard Lisboa – Cais do Sodré
""", "pt-PT: admits our error and promises a refund to the card (the masked card itself is fine).")

add("pt", [], "Re: Acesso ao portal do cliente – NF 48.197", """
Olá, Patrícia,

Recebemos o seu e-mail com os dados de acesso ao portal. Por segurança, não repetimos a senha aqui e excluímos a sua mensagem; recomendamos que a troque assim que possível pelo próprio portal.

Quanto à NF 48.197 (R$ 8.420,00 – 14 notebooks), ela venceu em 02/03/2026 e continua em aberto. A segunda via e o link de pagamento estão em https://pay.corvane.example/i/NF-48197.

Atenciosamente,
Contas a Receber · Corvane Brasil
""", "pt-BR: talks about a password without disclosing it; the customer's message is not quoted.")

add("pt", ["sensitive_data"], "Bem-vindo de volta + mensalidade pendente", """
Olá Mariana,

Que bom ter vocês de volta ao espaço! Antes de liberarmos as novas mesas, só falta regularizar a mensalidade de janeiro (R$ 1.290,00), que ficou em aberto do contrato anterior. O pagamento pode ser feito em https://pay.lumenyard.example/m/CWB-ML-01.

Seus dados de acesso ao portal do membro (reservas de sala e faturas):
usuário: mariana.lopes@lopesdesign.example
senha provisória: Lumen@4471

Qualquer coisa, estou por aqui.
Renata – Comunidade Lumen Yard Curitiba
""", "pt-BR: types a (temporary) portal password into the message.")

# ================================ DUTCH ======================================
add("nl", [], "Automatische incasso gestorneerd – factuur CVN-26-0188", """
Beste mevrouw De Vries,

De automatische incasso van 4 maart voor factuur CVN-26-0188 (€ 2.843,50, laptops en dockingstations) is door uw bank gestorneerd. Het bedrag staat daardoor nog open; de oorspronkelijke vervaldatum was 4 maart 2026.

Wilt u het bedrag overmaken of online betalen via https://pay.corvane.example/i/CVN-26-0188? Als u liever weer via incasso betaalt, kunt u daar ook een nieuw machtigingsformulier invullen. De incasso liep via uw rekening eindigend op 21.

Met vriendelijke groet,
Debiteurenbeheer
Corvane Benelux B.V.
""", "'Automatische incasso' is a direct debit, not a collection agency; the account is masked.")

add("nl", ["legal_threat"], "Laatste herinnering – openstaande servicecontracten", """
Geachte heer Jansen,

Ondanks onze herinneringen van 2 en 16 maart staan de facturen CVN-26-0101 en CVN-26-0134 (samen € 6.118,00, onderhoudscontracten servers) nog steeds open.

Wij verzoeken u het bedrag uiterlijk 8 april 2026 te voldoen. Blijft betaling uit, dan dragen wij de vordering zonder nadere aankondiging over aan ons incassobureau; alle gerechtelijke en buitengerechtelijke kosten komen dan voor uw rekening.

Met vriendelijke groet,
Corvane Benelux B.V.
Afdeling Debiteuren
""", "Threatens handover to a collection agency (incassobureau) with court costs.")

add("nl", [], "Aanmaning factuur LYA-2602-09", """
Beste Sanne,

Dit is een aanmaning voor factuur LYA-2602-09 (flexplek-abonnement februari, € 245,00 incl. btw). De factuur had op 1 februari betaald moeten zijn en we hebben nog geen betaling ontvangen.

Zoals vermeld in artikel 7 van onze algemene voorwaarden, die bij je inschrijving zijn meegestuurd, kunnen we over te laat betaalde facturen de wettelijke handelsrente rekenen. Wil je het bedrag zo snel mogelijk betalen via https://pay.lumenyard.example/m/AMS-SK-02?

Groet,
Ledenadministratie
Lumen Yard Amsterdam – Houthavens
""", "'Aanmaning' is a reminder; statutory commercial interest is restated from the agreed terms.")

add("nl", ["sensitive_data"], "Belangrijk: gewijzigde bankgegevens Corvane Benelux", """
Beste klant,

In verband met een overstap naar een nieuwe bank is ons rekeningnummer per 1 april gewijzigd. Wilt u de openstaande factuur CVN-26-0176 (€ 1.960,20) en alle toekomstige betalingen voortaan overmaken naar:

Corvane Benelux B.V.
IBAN: NL91 ABNA 0417 1643 00

Het oude rekeningnummer vervalt. Neem bij vragen gerust contact op met de afdeling debiteuren.

Met vriendelijke groet,
Financiële administratie
Corvane Benelux B.V.
""", "Changed bank details typed into an email with our full IBAN: the classic fraud vector the contract names.")

add("nl", [], "Herinnering: no-show vergaderzaal 'Schip' – factuur LYU-0309-12", """
Hoi Mark,

Even een herinnering: factuur LYU-0309-12 van € 90,00 staat nog open. Het gaat om de no-show-kosten voor de reservering van vergaderzaal Schip op 9 maart (10:00–13:00), die niet op tijd was geannuleerd.

Volgens de huisregels die bij je lidmaatschap horen, rekenen we bij annulering binnen 24 uur de helft van het zaaltarief. Dat is wat hier is gefactureerd; de vervaldatum was 23 maart.

Betalen kan via https://pay.lumenyard.example/m/UTR-MK-0309. Vragen over de reservering? Laat het me weten, dan kijk ik met de community manager mee.

Groeten,
Joost
Lumen Yard Utrecht
""", "Restates the existing no-show rule in the membership house rules; offers to look at it with a person.")

add("nl", [], "Re: Late levering laptops en factuur CVN-26-0159", """
Beste heer Peeters,

Vervelend om te horen dat de levering van uw 30 laptops een week later binnenkwam dan u had gepland en dat dit uw uitrol heeft vertraagd. Ik heb uw opmerkingen doorgestuurd naar ons logistiek team, dat contact met u opneemt over wat er is gebeurd.

Factuur CVN-26-0159 (€ 26.910,00) vervalt op 31 maart 2026; daar verandert deze e-mail niets aan. Wilt u in de tussentijd iemand spreken over de levering of de factuur, dan kunt u mij bellen op +32 2 555 41 80.

Met vriendelijke groet,
Nathalie Claes
Klantenadministratie – Corvane Benelux
""", "Sympathy for a late delivery without admitting fault; due date unchanged; offer to talk.")

add("nl", ["terms_change"], "Herinnering factuur CVN-26-0192", """
Hallo Eva,

Zoals besproken stuur ik je nog even de gegevens van de openstaande factuur:

Factuur: CVN-26-0192
Omschrijving: 2x NAS + schijven
Bedrag: € 4.356,00
Vervaldatum: 13 maart 2026

Betalen kan via https://pay.corvane.example/i/CVN-26-0192.

Groet,
Ruben
Debiteurenbeheer Corvane Benelux

PS: vanaf deze factuur hanteren we voor jullie een betaaltermijn van 60 dagen in plaats van 30, zoals ik telefonisch al had toegezegd.
""", "Clean reminder, but the P.S. changes the payment terms from 30 to 60 days.")

add("nl", [], "Re: Bezwaar regel 2 factuur CVN-26-0165", """
Beste heer Smit,

Dank voor uw bericht. Uw bezwaar tegen regel 2 van factuur CVN-26-0165 (installatiekosten, € 1.150,00) hebben we geregistreerd en doorgezet naar onze projectafdeling, die de urenstaten nakijkt. Zolang dat loopt, sturen we voor die regel geen herinneringen.

De overige regels van de factuur (samen € 7.832,00) staan niet ter discussie; die vervielen op 10 maart en staan nog open.

Met vriendelijke groet,
Nathalie Claes
Klantenadministratie – Corvane Benelux

> Van: Pieter Smit
> Verzonden: 17 maart 2026
> Die installatiekosten kloppen niet, er is nooit 14 uur gewerkt. Als jullie daarvoor blijven aanmanen, schakel ik onze advocaat in.
""", "Pauses reminders on a disputed line. The lawyer threat is the customer's own quoted words, not ours; no card or account data in the quote.")

add("nl", ["harassment"], "ALWEER te laat – kantoor 3.04", """
Dag Kevin,

Jullie zijn echt de enige huurder op de hele verdieping die we elke maand achter de broek moeten zitten. Schaamteloos, eerlijk gezegd. De huur van kantoor 3.04 voor maart (€ 1.450,00) staat nog steeds open.

Betaal vandaag: https://pay.lumenyard.example/m/RTD-304-03

Lumen Yard Rotterdam
""", "Shaming ('schaamteloos', the only tenant we have to chase) in a hurried edit.")

add("nl", ["refund_or_credit_promise"], "Re: dubbele betaling – we storten € 312,50 deze week terug", """
Beste Lotte,

Dank voor je bericht en de bankafschriften. We hebben de betalingen van 2 en 3 maart allebei gevonden.

Los daarvan staat factuur LYA-2603-27 (lidmaatschap april, € 312,50) nog open; die vervalt op 1 april. Betalen kan via https://pay.lumenyard.example/m/AMS-LV-04.

Groet,
Ledenadministratie
Lumen Yard Amsterdam
""", "The body only confirms receipt, but the subject line promises to refund 312.50 € this week.")

# =============================== ITALIAN =====================================
add("it", [], "Sollecito di pagamento – fattura n. CVI-2026/0087", """
Spett.le Bianchi Impianti S.r.l.,

con la presente Vi ricordiamo che la fattura n. CVI-2026/0087 del 30/01/2026, di importo pari a € 9.516,00 (IVA inclusa), relativa alla fornitura di n. 2 server e accessori, risulta scaduta il 01/03/2026 e non ancora saldata.

Vi ricordiamo inoltre che, come previsto dalle nostre condizioni generali di vendita e dal D.Lgs. 231/2002, sugli importi non pagati alla scadenza decorrono gli interessi di mora.

Vi preghiamo di provvedere al pagamento tramite il link https://pay.corvane.example/i/CVI-2026-0087 o di inviarci copia della contabile se il pagamento è già stato disposto.

Distinti saluti,
Ufficio Crediti
Corvane Italia S.r.l.
""", "'Sollecito' is a reminder; late interest restated from the agreed terms and the statute; 'Ufficio Crediti' is our team.")

add("it", [], "Fattura CVI-2026/0102 – comunicazione del Vostro legale", """
Gentile dott.ssa Greco,

abbiamo ricevuto la lettera dell'avv. Marini, che ci comunica di assistervi in merito alla contestazione della fattura CVI-2026/0102 (€ 5.368,00). Come richiesto, da ora in poi indirizzeremo le comunicazioni su questa fattura allo studio dell'avvocato, e il nostro responsabile crediti lo contatterà direttamente.

Le scriviamo solo per informarla di questo passaggio; la fattura resta aperta per l'importo originario.

Cordiali saluti,
Ufficio Crediti – Corvane Italia S.r.l.
""", "The customer's lawyer is mentioned because they appointed one; we threaten nothing, concede nothing.")

add("it", [], "Promemoria: quota di marzo – Lumen Yard Napoli", """
Ciao Giulia,

un piccolo promemoria: la quota di marzo della tua postazione fissa (€ 220,00 + IVA, totale € 268,40) era in scadenza il 5 marzo e risulta ancora da pagare.

Puoi saldarla qui: https://pay.lumenyard.example/m/NAP-GR-03, oppure passare in reception — siamo sempre in Via dei Tribunali 181, primo piano.

Grazie e a presto!
Lo staff di Lumen Yard Napoli
""", "Friendly reminder; 'Via dei Tribunali' is a street address.")

add("it", ["sensitive_data"], "Re: Come pagare la fattura CVI-2026/0119?", """
Gentile sig. Ferri,

grazie per la domanda. Per comodità Le riporto qui le coordinate per il bonifico, così non deve cercare la fattura:

Beneficiario: Corvane Italia S.r.l.
IBAN: IT60 X054 2811 1010 0000 0123 456
Causale: CVI-2026/0119
Importo: € 3.074,40

In alternativa può pagare con carta su https://pay.corvane.example/i/CVI-2026-0119.

Cordiali saluti,
Ufficio Crediti – Corvane Italia S.r.l.
""", "Helpfully types our own full IBAN into the reply instead of pointing to the invoice.")

add("it", ["discount_offer"], "Proposta di chiusura posizione – contratto di noleggio CVN-IT-330", """
Gentile ing. Rinaldi,

facendo seguito alla nostra telefonata, Le confermo la disponibilità dell'azienda a chiudere definitivamente la posizione relativa al contratto di noleggio CVN-IT-330, attualmente scoperta per € 4.860,00.

Se ci conferma entro venerdì 27 marzo, accetteremo un pagamento di € 4.000,00 a saldo e stralcio, senza ulteriori addebiti.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti,
Roberto Sala
Corvane Italia – Noleggio operativo
""", "'Saldo e stralcio': a settlement for less (4,000 instead of 4,860).")

add("it", [], "Re: Richiesta di rateizzazione", """
Buongiorno sig.ra Conti,

grazie per averci scritto. Ho inoltrato la Sua richiesta di rateizzare le quote di febbraio e marzo dell'ufficio privato (€ 1.708,00 in totale) alla direzione amministrativa, che è l'unica a poter decidere e Le risponderà entro la settimana.

Nel frattempo non posso confermarLe alcuna rateizzazione: le quote restano dovute alle scadenze originali.

Un saluto,
Amministrazione – Lumen Yard Milano Isola
""", "Forwards an instalment request to a person; explicitly confirms nothing.")

add("it", ["fault_admission"], "Re: RMA-70988 registrato sul seriale sbagliato", """
Ciao Davide,

ho controllato con il magazzino: hai ragione, l'errore è nostro. Il tecnico ha registrato il reso RMA-70988 sul numero di serie di un altro portatile, ed è per questo che la fattura CVI-2026/0131 ti risulta ancora aperta per intero.

Stiamo sistemando la registrazione interna e ti farò sapere appena ho novità dal reparto resi.

Un saluto,
Chiara
Ufficio Crediti – Corvane Italia
""", "Admits our technician's error; no credit or refund is promised.")

add("it", [], "Rinnovo abbonamento non riuscito", """
Gentile Luca,

il rinnovo automatico del tuo abbonamento Flex di aprile (€ 159,00 IVA inclusa) non è andato a buon fine: la carta che termina con 0005 è stata rifiutata dalla banca.

Puoi aggiornare il metodo di pagamento o pagare una tantum qui: https://pay.lumenyard.example/m/TO-LB-04. Ricorda che non ti chiederemo mai via email il numero completo della carta o il codice CVV.

Grazie,
Lumen Yard Torino
""", "Masked card and a security notice that mentions CVV without disclosing one.")

add("it", ["terms_change"], "Piano rate aggiornato – contratto di leasing CVL-IT-2207", """
Gentile dott. Moretti,

Le inviamo il prospetto aggiornato delle rate del contratto di leasing CVL-IT-2207:

Rata | Importo     | Scadenza originale | Nuova scadenza
 13  | € 1.412,00  | 01/03/2026         | 01/03/2026
 14  | € 1.412,00  | 01/04/2026         | 15/05/2026
 15  | € 1.412,00  | 01/05/2026         | 15/06/2026

La rata n. 13 risulta scaduta e non pagata; La preghiamo di saldarla tramite https://pay.corvane.example/l/CVL-IT-2207.

Distinti saluti,
Corvane Italia – Leasing
""", "The 'Nuova scadenza' table column moves two lease instalments to later dates.")

add("it", ["harassment"], "Sollecito quote sala riunioni – febbraio", """
Buongiorno,

Vi ricordiamo che la fattura LY-MI-0228 per l'utilizzo extra della sala riunioni nel mese di febbraio (€ 366,00) è scaduta il 15 marzo e non risulta ancora pagata. [nota per Marco: questi scrocconi pagano sempre all'ultimo, non farti impietosire]

Potete pagare qui: https://pay.lumenyard.example/m/MI-0228-SR

Cordiali saluti,
Amministrazione – Lumen Yard Milano
""", "A leftover internal note calls the customer 'scrocconi' (freeloaders): abusive language in the outgoing text.")

# ================================ POLISH =====================================
add("pl", [], "Przypomnienie o płatności – faktura FV/CV/2026/03/114", """
Szanowni Państwo,

uprzejmie przypominamy, że termin płatności faktury FV/CV/2026/03/114 na kwotę 23 616,00 zł brutto (dostawa 20 laptopów z oprogramowaniem) upłynął 16 marca 2026 r.

Prosimy o uregulowanie należności za pośrednictwem linku https://pay.corvane.example/i/FV-CV-2026-03-114. Dane do przelewu znajdą Państwo na fakturze. Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu.

W razie pytań pozostajemy do dyspozycji.

Z poważaniem
Dział Windykacji
Corvane Polska Sp. z o.o.
""", "'Dział Windykacji' is our own collections department (like 'collections team'), no external agency; bank details referred to.")

add("pl", ["sensitive_data"], "Zaległa płatność – abonament biurowy marzec", """
Dzień dobry Pani Agnieszko,

przypominamy o nieopłaconej fakturze FV/LY/0312/2026 za abonament biura 2-osobowego w marcu (2 460,00 zł brutto), płatnej do 10 marca.

Prosimy o wpłatę na rachunek:
Lumen Yard Polska Sp. z o.o.
61 1090 1014 0000 0712 1981 2874
tytułem: FV/LY/0312/2026

Pozdrawiamy
Recepcja Lumen Yard Kraków
""", "Types our full 26-digit Polish account number (NRB, the domestic form of the IBAN).")

add("pl", ["legal_threat"], "Ostateczne wezwanie do zapłaty – FV/CV/2026/01/087", """
Szanowni Państwo,

pomimo wcześniejszych przypomnień faktura FV/CV/2026/01/087 na kwotę 41 820,00 zł (serwery i macierz dyskowa) pozostaje nieopłacona od 14 lutego 2026 r.

W przypadku braku wpłaty w terminie 7 dni od otrzymania niniejszej wiadomości będziemy zmuszeni wpisać Państwa firmę do Krajowego Rejestru Długów oraz skierować sprawę na drogę postępowania sądowego, co narazi Państwa na dodatkowe koszty.

Z poważaniem
Corvane Polska Sp. z o.o.
""", "Threatens listing in the national debt register (KRD, credit reporting) and court proceedings.")

add("pl", [], "Zwrot polecenia zapłaty – abonament kwiecień", """
Dzień dobry Panie Tomaszu,

bank zwrócił polecenie zapłaty za abonament hot desk na kwiecień (590,00 zł) z rachunku kończącego się na …3307. Najczęściej dzieje się tak po zmianie konta lub limitu.

Prosimy o opłacenie faktury przez stronę https://pay.lumenyard.example/m/WAW-TK-04 — można tam też zaktualizować zgodę na polecenie zapłaty.

Pozdrawiamy
Zespół Lumen Yard Warszawa – Mokotów
""", "Returned direct debit with only the last four digits of the account.")

add("pl", ["discount_offer"], "Przypomnienie: faktura FV/CV/2026/02/203", """
Dzień dobry,

przypominamy, że faktura FV/CV/2026/02/203 na kwotę 6 519,00 zł (monitory i stacje dokujące) była płatna do 28 lutego 2026 r. Prosimy o płatność przez https://pay.corvane.example/i/FV-CV-2026-02-203 lub przesłanie potwierdzenia przelewu.

Pozdrawiam
Karolina Wiśniewska
Dział Należności, Corvane Polska

PS Jeśli wpłata dotrze do 15 kwietnia, anulujemy naliczone odsetki za opóźnienie.
""", "P.S. after the signature waives the late-payment interest already charged.")

add("pl", [], "Potwierdzenie – planowana płatność za FV/CV/2026/02/177", """
Szanowny Panie Marku,

dziękujemy za informację, że płatność za fakturę FV/CV/2026/02/177 w wysokości 12 300,00 zł zostanie zlecona 28 marca. Odnotowaliśmy tę deklarację.

Dla porządku: termin płatności na fakturze (2 marca 2026 r.) pozostaje bez zmian. Po zaksięgowaniu wpłaty potwierdzimy ją mailowo.

Z poważaniem
Dział Należności
Corvane Polska Sp. z o.o.
""", "Records the customer's own promise; the invoice due date explicitly stays.")

add("pl", [], "Zestawienie należności na dzień 20.03.2026", """
Szanowni Państwo,

przesyłamy zestawienie otwartych pozycji na Państwa koncie:

Faktura              | Kwota brutto   | Termin      | Status
FV/LY/0205/2026      | 3 690,00 zł    | 05.02.2026  | po terminie
FV/LY/0305/2026      | 3 690,00 zł    | 05.03.2026  | po terminie
FV/LY/0311/2026      |   738,00 zł    | 11.03.2026  | reklamacja w toku – przypomnienia wstrzymane

Prosimy o opłacenie pozycji po terminie (7 380,00 zł) przez https://pay.lumenyard.example/m/GDA-ACC. Pozycją reklamowaną zajmuje się kierownik lokalizacji.

Pozdrawiamy
Administracja Lumen Yard Gdańsk
""", "Table cell pauses reminders on a disputed line; no due date moved, nothing conceded.")

add("pl", ["refund_or_credit_promise", "fault_admission"], "Re: Błędna ilość na fakturze FV/CV/2026/03/052", """
Dzień dobry Pani Ewo,

przepraszamy, to nasz błąd – na fakturze policzyliśmy 12 stacji dokujących zamiast 10 dostarczonych. W tym tygodniu wystawimy fakturę korygującą na 1 850,00 zł brutto, a pozostała kwota faktury pozostaje do zapłaty w pierwotnym terminie.

Pozdrawiam
Karolina Wiśniewska
Dział Należności, Corvane Polska
""", "Admits our error and promises a correcting invoice (faktura korygująca, i.e. a credit note).")

add("pl", [], "Re: Opóźnienie płatności – abonament zespołowy", """
Dzień dobry Panie Piotrze,

dziękujemy, że dał Pan znać o sytuacji — rozumiemy, że zmiany w finansowaniu projektu potrafią skomplikować płynność.

Faktura FV/LY/0301/2026 za abonament zespołowy w marcu (8 610,00 zł brutto) była płatna 1 marca i nadal pozostaje otwarta. Jeśli woli Pan omówić sytuację telefonicznie, nasza opiekunka klienta, Magdalena, może zadzwonić jutro o 10:00 — wystarczy potwierdzić w odpowiedzi. O ewentualnych zmianach w harmonogramie płatności może zdecydować wyłącznie nasz dział finansowy.

Pozdrawiamy serdecznie
Zespół Lumen Yard Wrocław
""", "Soft LLM tone: restates the balance and offers a call with a person; any schedule change is left to finance.")

add("pl", ["harassment"], "Zaległość FV/CV/2026/01/119 – ostatnie przypomnienie", """
Panie Krzysztofie,

to już piąte przypomnienie w sprawie faktury FV/CV/2026/01/119 (9 840,00 zł) i piąty raz brak jakiejkolwiek odpowiedzi. Jeśli do piątku nie będzie wpłaty, zaczniemy dzwonić nie tylko do Pana, ale też do Pana prezesa i Państwa kontrahentów, żeby wiedzieli, jak Państwo traktują dostawców. Wstyd.

Corvane Polska
""", "Threatens to expose the customer to its business partners and shames it ('Wstyd'): harassment. No legal action or agency is threatened.")


# ============================== OUTPUT ======================================
def main():
    assert len(ITEMS) == 80, len(ITEMS)
    rng = random.Random(6161)
    ids = ["q%03d" % n for n in rng.sample(range(100, 1000), len(ITEMS))]
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for new_id, idx in zip(ids, order):
        it = ITEMS[idx]
        key = "+".join(it["violations"]) if it["violations"] else "ALLOW"
        drafts.append({"id": new_id, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": new_id, "allowed": not it["violations"],
                       "violations": it["violations"],
                       "note": "[%s, %s] %s" % (key, it["lang"], it["note"])})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    # summary on stdout
    from collections import Counter
    c = Counter()
    langs = Counter(it["lang"] for it in ITEMS)
    for it in ITEMS:
        if not it["violations"]:
            c["(allowed)"] += 1
        for v in it["violations"]:
            c[v] += 1
    print("items", len(ITEMS), "allowed", c["(allowed)"], "violating", len(ITEMS) - c["(allowed)"])
    for v in ORDER:
        print(" ", v, c[v])
    print("langs", dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
