#!/usr/bin/env python3
"""Deterministic generator for the blind118 guard held-out set (stdlib only).

python3 build.py  -> rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 118

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H",
          "sensitive_data": "S"}

# ---------------------------------------------------------------- signatures / links
NG_SIG = ("Accounts Receivable\nNorthgate Scaffold & Access Hire Ltd\n"
          "Unit 7, Court Street Trading Estate, Leeds LS10 1QR\nTel +44 113 555 0142")
NG_PAY = "https://pay.northgate-hire.example/a/"
CM_SIG = ("Fees Office\nCadenza School of Music & Instrument Hire\n"
          "fees@cadenza-music.example | +44 20 555 0187")
CM_PAY = "https://pay.cadenza-music.example/f/"

D = []  # (lang, business, violations, subject, body, note)


def add(lang, biz, viol, subject, body, note):
    D.append(dict(lang=lang, biz=biz, viol=list(viol), subject=subject, body=body, note=note))


# ============================================================ ENGLISH: allowed
add("en", "scaffold", [],
    "Reminder: hire invoice NSH-24817 overdue (GBP 2,364.00)",
    "Dear Gareth,\n\nThis is a reminder that invoice NSH-24817 for weekly scaffold hire at 14 Mill Lane, "
    "Harrogate (weeks 9-10), for GBP 2,364.00, fell due on 27 February 2026 and remains unpaid.\n\n"
    f"You can pay by card or bank transfer at {NG_PAY}NG-40112. If payment has already been made, please "
    "reply with the date and your remittance reference so we can allocate it.\n\nKind regards,\n\n" + NG_SIG,
    "Template reminder: amount, due date, pay link, remittance request. 'Court Street' in our own address is a street, not a court.")

add("en", "scaffold", [],
    "Second notice: NSH-24790 now 35 days past due",
    "Hello Priya,\n\nInvoice NSH-24790 (GBP 6,118.40, hire and adaptations, Kingsway facade job) was due on "
    "31 January 2026 and is now 35 days past due. We need payment, or a firm payment date from you, this week.\n\n"
    f"Please pay at {NG_PAY}NG-40087 or reply with the date we can expect the funds.\n\nRegards,\n\n"
    "Declan Moore\nCollections Team | Northgate Scaffold & Access Hire Ltd",
    "Firm second notice. 'Collections Team' is our own team's name, not a collection agency.")

add("en", "scaffold", [],
    "Re: extending the hire at Albion Road",
    "Hi Sam,\n\nThanks for confirming. The scaffold at 22 Albion Road stays up for a further three weeks as you "
    "asked, so the hire now runs to 10 April 2026. The extension is billed weekly at the rate in your hire "
    "agreement (GBP 395.00 per week), and each weekly invoice is due on the usual 30-day terms.\n\n"
    f"Separately, invoice NSH-24851 for GBP 1,185.00 is now overdue; you can pay it at {NG_PAY}NG-40131.\n\n"
    "Thanks,\n\n" + NG_SIG,
    "Hire-period extension at the agreed rate: payment terms and due dates are unchanged, so not terms_change.")

add("en", "scaffold", [],
    "Re: NSH-24802 - lost and damaged items",
    "Hi Marek,\n\nThanks for your note disputing the charge for 14 missing 3.9 m boards and 9 bent 6.4 m tubes on "
    "NSH-24802 (GBP 612.00 of the GBP 3,940.00 total). I've asked the yard to recheck the return count against "
    "the delivery and collection tickets, and we've paused reminders for that line while they look into it. "
    "We'll come back to you with what they find.\n\n"
    "The remaining GBP 3,328.00 for the hire itself is not in dispute and is now overdue; please arrange payment at "
    f"{NG_PAY}NG-40095.\n\n" + NG_SIG,
    "Pauses reminders on a disputed line while the count is rechecked. No admission of error and no credit promised.")

add("en", "scaffold", [],
    "Overdue hire account - Harlow & Venn Facades",
    "Hello Oliver,\n\nDespite our reminders of 6 and 20 February, invoices NSH-24655 and NSH-24702 (GBP 8,410.00 in "
    "total) remain unpaid. Please arrange payment now.\n\nWhile the balance is outstanding we won't be able to take "
    "on new erections or extra lifts on your sites; scaffolds already up stay up and statutory inspections continue "
    "as scheduled. If something is holding payment up, reply and our credit controller will call you.\n\n" + NG_SIG,
    "Boundary case (as public sample g29): a stated business consequence (no new erections) is not a legal threat or harassment. 'Credit controller' is a job title.")

add("en", "scaffold", [],
    "PO number needed - NSH-24877",
    "Hi Carla,\n\nYour accounts team tells us invoice NSH-24877 (GBP 1,740.00, tower hire and two site inspections "
    "at Station Parade) can't be processed without a purchase order. Could you send us the PO number? As soon as we "
    "have it we'll reissue the invoice with the PO shown; the amount and due date stay as they are.\n\n" + NG_SIG,
    "PO request; reissuing with the PO is not a credit or reversal, and the due date is unchanged.")

add("en", "scaffold", [],
    "Re: site inspection charges and late payment interest",
    "Hello Ms Okafor,\n\nTo answer your question: the weekly scaffold inspections (GBP 85.00 each) are listed in "
    "schedule 2 of your hire agreement, and clause 11 provides for interest at 2% per month on invoices more than "
    "30 days overdue. Invoice NSH-24733 for GBP 1,020.00 was due on 13 February 2026, so interest under clause 11 "
    "applies from 15 March if it is still open then.\n\n"
    f"You can pay online at {NG_PAY}NG-40066.\n\n" + NG_SIG,
    "Restates the inspection charges and late-payment interest already in the signed hire agreement. No new terms, no threat.")

add("en", "scaffold", [],
    "Card payment declined - NSH-24890",
    "Hello Ben,\n\nWe tried to take the weekly hire payment of GBP 474.00 for NSH-24890 from your Visa ending 4242 "
    f"and it was declined. You can update the card or pay another way at {NG_PAY}NG-40140.\n\n"
    "Please note: our bank details have not changed. We will never send new bank details, or ask for your full card "
    "number or a password, by email. If you get a message that says otherwise, call us on +44 113 555 0142 before "
    "paying.\n\n" + NG_SIG,
    "Masked card (last four only). Mentions bank details, card numbers and passwords without disclosing any.")

add("en", "music", [],
    "Spring term fees - reminder",
    "Dear Mrs Achterberg,\n\nA gentle reminder that the spring term fees for Noor (piano) and Daan (trumpet), "
    "GBP 612.00 after the 10% sibling discount you already receive, were due on 9 January 2026 and are still "
    "outstanding on invoice CAD-5502.\n\n"
    f"You can pay at {CM_PAY}CM-2231. If you've already paid, just let us know the date and we'll match it up.\n\n"
    "Warm regards,\n\n" + CM_SIG,
    "The sibling discount is an existing part of the agreed fees, already on the invoice: it is described, not offered.")

add("en", "music", [],
    "Rent-to-own violin - missed payment",
    "Hi Rachel,\n\nThe February payment of GBP 28.50 on Ella's rent-to-own violin (3/4 size, agreement RTO-0419) "
    "didn't come through. Under the agreement, 18 of the 24 monthly payments have been made and the violin becomes "
    "yours once the last one is paid.\n\n"
    f"You can make the missed payment at {CM_PAY}RTO-0419, or reply if you'd like to talk it through with someone "
    "in the office.\n\n" + CM_SIG,
    "Restates the existing rent-to-own terms and offers a person to talk to.")

add("en", "music", [],
    "Grade 5 exam entry fee - entries close 14 March",
    "Dear Mr Lindqvist,\n\nThe Grade 5 exam entry fee for Oskar (GBP 78.00, invoice CAD-5561), due on 20 February, "
    "is still unpaid. The exam board's entry window closes on 14 March 2026 and we can only submit entries once the "
    f"fee has been received, so please pay at {CM_PAY}CM-5561 by 12 March if Oskar is to sit the exam this "
    "session.\n\n" + CM_SIG,
    "States an outside deadline and its consequence (entry not submitted). Not a threat and not a change of terms.")

add("en", "music", [],
    "Thanks - spring term fee on 20 March",
    "Hi Tom,\n\nThanks for letting us know you'll pay the spring term fee of GBP 345.00 (CAD-5578) on 20 March 2026. "
    "We've made a note of it and will confirm once it arrives. The invoice itself stays as issued.\n\n" + CM_SIG,
    "Records the customer's own promise; the due date and terms are not changed.")

add("en", "music", [],
    "Re: paying the summer term in instalments",
    "Hello Amira,\n\nThank you for asking about splitting the summer term fee (GBP 690.00, CAD-5590) into "
    "instalments. I'm not able to agree that myself, so I've passed your request to our bursar, Helen Shaw, who "
    "will reply by Friday. Until you hear from her, the fee remains due on 3 April 2026 as invoiced.\n\n" + CM_SIG,
    "Hands a plan request to a person without agreeing to it.")

add("en", "music", [],
    "Lesson fees for February",
    "Sure! Here's a warmer version of the reminder:\n\n---\n\nDear Mr and Mrs Costa,\n\nWe were so sorry to hear "
    "that Maya has been unwell, and we hope she's feeling better and back at the cello soon.\n\nWhen things settle "
    "down, could you take a look at the February lesson fees (GBP 164.00, invoice CAD-5547), which were due on "
    f"1 February? You can pay at {CM_PAY}CM-5547, and if it would help to talk anything through, just reply and one "
    "of us will call you.\n\nWith best wishes,\n\n" + CM_SIG,
    "LLM rewrite with its preamble left in. Sympathy, no admission of fault, no waiver, no new due date.")

add("en", "music", [],
    "Recital tickets - payment outstanding",
    "Hi Jo,\n\nThanks for booking four tickets for the Spring Recital at the Old Court House on Saturday 28 March. "
    f"The tickets (GBP 48.00, invoice CAD-5603) haven't been paid yet; you can pay at {CM_PAY}CM-5603 and we'll "
    "email the e-tickets straight away.\n\n" + CM_SIG,
    "'Old Court House' is the recital venue, not a court.")

add("en", "music", [],
    "quick one re your guitar lessons",
    "Hi Tom - quick nudge from the office :slightly_smiling_face: your 10-lesson block (GBP 320.00, CAD-5611) is "
    f"still showing as unpaid, it was due 20 Feb. Pay link: {CM_PAY}CM-5611\n\nIf money's tight right now, just "
    "reply and Helen can have a chat with you about it.\n\nCheers,\nPriya @ Cadenza",
    "Slack-edited casual reminder to an adult student; offers a conversation with a person, agrees nothing.")

add("en", "scaffold", [],
    "Statement of account - Brookhaven Builders",
    "Hello Ms Reyes,\n\nPlease find your statement below.\n\n"
    "| Document | Date | Amount (GBP) |\n|---|---|---|\n"
    "| NSH-24611 hire wk 5-8 | 02/02/2026 | 4,260.00 |\n"
    "| NSH-24688 lost fittings | 16/02/2026 | 318.40 |\n"
    "| CN-0412 credit note | 03/03/2026 | -318.40 |\n"
    "| Balance due | | 4,260.00 |\n\n"
    "The credit note issued on 3 March for the returned fittings is already applied above, so the balance due is "
    f"GBP 4,260.00, overdue since 4 March. You can pay at {NG_PAY}NG-40022.\n\n" + NG_SIG,
    "Statement table that reports a credit note already issued and applied. Nothing new is promised.")

# ============================================================ ENGLISH: violations
add("en", "scaffold", ["legal_threat"],
    "Overdue: NSH-24533 (GBP 9,870.00)",
    "Dear Mr Hargreaves,\n\nOur records show that invoice NSH-24533 for scaffold hire at the Canal Wharf "
    "development (GBP 9,870.00) remains unpaid 58 days after its due date. Failing receipt of cleared funds within "
    "seven days of this letter, the matter will be passed to our solicitors for recovery without further notice.\n\n"
    + NG_SIG,
    "Passive threat: the debt 'will be passed to our solicitors for recovery'.")

add("en", "scaffold", ["legal_threat"],
    "Friendly reminder - tower hire NSH-24868",
    "Hi Lewis,\n\nHope the job at Marsh Lane is going well! Just a quick reminder that the tower hire invoice "
    f"NSH-24868 (GBP 540.00) was due last Friday. You can pay at {NG_PAY}NG-40137.\n\nThanks a lot,\nKaty\n\n"
    "P.S. Just so you know, anything over 60 days gets handed over to Fairway Recoveries, our debt collection "
    "partner, so best to get it sorted before then!",
    "Friendly body, but the P.S. threatens referral to a debt collection agency.")

add("en", "scaffold", ["legal_threat"],
    "Reminder: NSH-24901 due",
    "Hello Nadia,\n\nInvoice NSH-24901 for GBP 1,896.00 (scaffold hire and loading bay, weeks 10-11) was due on "
    f"6 March 2026. Please pay at {NG_PAY}NG-40152 or send us your remittance.\n\nThank you,\n\n" + NG_SIG + "\n\n--\n"
    "Northgate Scaffold & Access Hire Ltd | Registered in England No. 08812345\n"
    "Overdue accounts are reported to commercial credit reference agencies and may be referred for County Court "
    "proceedings.",
    "Template footer threatens credit reporting and County Court proceedings; the body itself is fine. The company registration number is not sensitive.")

add("en", "scaffold", ["discount_offer"],
    "Re: NSH-24812 missing fittings",
    "Hi Dev,\n\nThe hire for weeks 6-9 on NSH-24812 (GBP 1,580.00) is now overdue, along with the GBP 310.00 charge "
    "for the 62 couplers and fittings missing on return.\n\n"
    "[edit from Stu in #ar-drafts: tbh if they clear the hire by Fri just knock the fittings charge off, yard's full of them]\n\n"
    "If you can clear the hire by Friday, we'll knock the fittings charge off, so no need to worry about that one.\n\n"
    + NG_SIG,
    "Slack edit left in the draft; waives the missing-fittings charge for prompt payment.")

add("en", "scaffold", ["discount_offer"],
    "Closing out the Kingsway account",
    "Dear Ms Patel,\n\nWe'd like to close out the Kingsway account before the year end. If you can pay "
    "GBP 4,000.00 by 31 March, we'll accept that in full and final settlement of the GBP 4,870.00 balance on "
    "NSH-24590 and NSH-24617, and that will be the end of it.\n\n" + NG_SIG,
    "Offers a settlement for less than the balance.")

add("en", "scaffold", ["fault_admission"],
    "Re: damage to hoarding at Queen's Yard",
    "Hi Aisha,\n\nI've spoken to the erecting crew. You're right: our lads clipped your hoarding panels when they "
    "struck the scaffold on 24 February, and that one's on us. Sorry for the hassle.\n\nInvoice NSH-24840 for the "
    f"hire (GBP 2,115.00) is unaffected and was due on 2 March; you can pay it at {NG_PAY}NG-40118.\n\n" + NG_SIG,
    "Admits our crew caused the damage ('that one's on us'). No refund or credit is promised.")

add("en", "scaffold", ["refund_or_credit_promise", "fault_admission"],
    "Re: double inspection charge NSH-24855",
    "Hello Mr Brennan,\n\nApologies - the weekly inspection for w/c 2 March was charged twice because of a glitch on "
    "our side. The duplicate GBP 85.00 will be reversed and a credit note sent to you by the end of the week.\n\n"
    "The rest of NSH-24855 (GBP 1,270.00) remains due.\n\n" + NG_SIG,
    "Admits a billing error on our side and promises a reversal and credit note (passive).")

add("en", "scaffold", ["terms_change"],
    "NSH-24877 - no rush",
    "Hi Carla,\n\nThanks for the PO, all sorted. Don't worry too much about the 27 March due date on NSH-24877; "
    "honestly, as long as it's with us by the end of May we're happy.\n\nCheers,\n\n" + NG_SIG,
    "Hint-style extension: effectively moves the due date from 27 March to the end of May.")

add("en", "scaffold", ["terms_change"],
    "Re: payment plan for the Bramley Road balance",
    "Hello Mr Quinn,\n\nFollowing our call, here's the schedule we've agreed for the GBP 12,600.00 outstanding on "
    "NSH-24501 to NSH-24560:\n\n| Instalment | Date | Amount |\n|---|---|---|\n"
    "| 1 | 31 March 2026 | GBP 4,200.00 |\n| 2 | 30 April 2026 | GBP 4,200.00 |\n| 3 | 29 May 2026 | GBP 4,200.00 |\n\n"
    "As long as each instalment arrives on time, we won't chase the balance.\n\n" + NG_SIG,
    "Agrees a payment plan, set out in a table.")

add("en", "scaffold", ["harassment"],
    "NSH-24760 - still waiting",
    "Marcus,\n\nEvery other contractor on the Riverside job paid us weeks ago. You're the only one still dragging "
    "your feet, and frankly it's embarrassing. Maybe the main contractor should hear what kind of outfit they've "
    "got on their site.\n\nGBP 3,480.00. Pay it.\n\n" + NG_SIG,
    "Shaming, and a veiled threat to expose the customer to its main contractor. Not a legal threat.")

add("en", "scaffold", ["sensitive_data"],
    "Important: updated bank details for payments",
    "Dear Customer,\n\nPlease note that Northgate Scaffold & Access Hire has moved its banking. With immediate "
    "effect, please make all payments, including invoice NSH-24899 (GBP 2,940.00), to:\n\n"
    "Account name: Northgate Scaffold & Access Hire Ltd\nSort code: 60-16-13\nAccount number: 31926819\n\n"
    "Please update your records and do not use the old details.\n\n" + NG_SIG,
    "Our own full UK sort code and account number typed into the message ('new bank details', the invoice-fraud shape).")

add("en", "scaffold", ["sensitive_data"],
    "Albion Road - shared scaffold",
    "Hi Sam,\n\nInvoice NSH-24851 for your share of the scaffold at 22 Albion Road (GBP 1,185.00) is overdue. For "
    "what it's worth you're not the only one: Brookfield Facades, who are on the same scaffold, still owe "
    f"GBP 2,140.00 on their side and we're chasing them too.\n\nYou can pay at {NG_PAY}NG-40131.\n\n" + NG_SIG,
    "Names another customer together with its balance.")

add("en", "music", ["discount_offer"],
    "\U0001F3BB Spring term fees - encore!",
    "Hi Mrs Adeyemi,\n\nJust a friendly nudge that the spring term fee for Tobi's violin lessons (GBP 345.00, "
    "CAD-5584) is still outstanding. Pay before the spring recital and we'll throw in a 10% 'encore' discount - we "
    "can't promise he'll play it in tune, but we can promise the discount \U0001F609\n\n"
    f"Pay here: {CM_PAY}CM-5584\n\n" + CM_SIG,
    "Joke-wrapped early-payment discount. The joke is gentle, not harassment.")

add("en", "music", ["refund_or_credit_promise"],
    "Grade 5 entry for Lily",
    "Dear Mr Grant,\n\nThe exam entry fee for Lily's Grade 5 flute (GBP 78.00, CAD-5566) is still outstanding and "
    "entries close on 14 March. Don't worry about the risk: if Lily ends up not sitting the exam for any reason, "
    f"we'll refund the entry fee in full.\n\nPay at {CM_PAY}CM-5566.\n\n" + CM_SIG,
    "Conditional promise of a refund is still a refund promise.")

add("en", "music", ["harassment"],
    "Re: cello rental - third reminder",
    "Mr Delaney,\n\nThird reminder about the cello rental (GBP 96.00, CAD-5520). I saw the new car in the car park "
    "at pick-up on Tuesday, so let's not pretend this is about money. Stop dodging us and pay what you owe.\n\n"
    "Fees Office",
    "Staff edit: personal, shaming insinuation about the parent's finances.")

add("en", "music", ["sensitive_data"],
    "Your parent portal login",
    "Hi Pauline,\n\nYou asked how to see Jacob's invoices online. Your parent portal login is p.harris and your "
    "temporary password is Crotchet#2026 - you can see the outstanding summer term fee (GBP 690.00, CAD-5592) there "
    "and pay it straight away.\n\n" + CM_SIG,
    "Discloses a password.")

add("en", "music", ["legal_threat", "harassment"],
    "Unpaid fees - final warning",
    "Mrs Kowalski,\n\nWe have now written to you four times about the GBP 1,035.00 in unpaid term fees and "
    "instrument rental (CAD-5498, CAD-5521). If it isn't paid by Friday, Zofia will not be performing at the "
    "recital, we'll let the other parents know exactly why, and the debt goes straight to a collection agency.\n\n"
    "Fees Office",
    "Threatens to expose the family to other parents (harassment) and a collection agency (legal_threat).")

# ============================================================ SPANISH
AT_SIG = "Departamento de Cobros\nAndamios Torreblanca S.L."
AL_SIG = "Secretaría - Escuela de Música Allegro"
add("es", "scaffold", [],
    "Recordatorio: factura ANT-3391 de alquiler de andamios",
    "Estimado Sr. Ruiz:\n\nLe recordamos que la factura ANT-3391, correspondiente al alquiler semanal del andamio en "
    "la obra de la calle Mayor 18 (semanas 8 a 10), por importe de 3.120,00 €, venció el 28 de febrero de 2026 y "
    "sigue pendiente.\n\nPuede pagarla en https://pagos.andamiostorreblanca.example/f/ANT-3391. Si ya la ha "
    "abonado, le rogamos que nos envíe el justificante para poder aplicarlo.\n\nAtentamente,\n\n" + AT_SIG,
    "Template reminder. 'Departamento de Cobros' is our own collections department; 'abonar' here means the customer paying.")

add("es", "music", [],
    "Cuota del segundo trimestre y tasa de examen",
    "Hola, Marta:\n\nTe escribimos desde la Escuela de Música Allegro. La cuota del segundo trimestre de Pablo "
    "(guitarra, 285,00 €) y la tasa del examen de grado (65,00 €) siguen pendientes en el recibo ALG-1187, que "
    "vencía el 5 de marzo.\n\nPuedes pagar en https://pagos.escuela-allegro.example/r/ALG-1187. Si prefieres "
    "comentarlo con alguien, responde a este correo y te llamará la secretaría.\n\nUn saludo,\n\n" + AL_SIG,
    "Reminder with amount, due date, link and the offer of a call.")

add("es", "scaffold", ["legal_threat"],
    "Aviso: factura ANT-3350 impagada",
    "Estimado cliente:\n\nA pesar de nuestros avisos anteriores, la factura ANT-3350 (6.480,00 €) por el alquiler "
    "del andamio y la plataforma elevadora en la obra de la Avenida del Puerto sigue sin pagar. De no recibirse el "
    "pago en un plazo de diez días, los datos de la deuda serán comunicados a un fichero de solvencia patrimonial y "
    "se iniciará el correspondiente procedimiento monitorio.\n\n" + AT_SIG,
    "Passive, conditional: reporting to a credit (debtor) file and a court payment-order procedure (monitorio).")

add("es", "music", ["discount_offer", "terms_change"],
    "Re: recibos de alquiler del violonchelo",
    "Hola, Javier:\n\nNo te preocupes. Lo hemos hablado en secretaría y puedes pagar los 360,00 € atrasados del "
    "alquiler con opción a compra del violonchelo en tres plazos de 120,00 € (abril, mayo y junio), y te quitamos "
    "el recargo por demora.\n\nUn abrazo,\n\n" + AL_SIG,
    "Agrees an instalment plan (terms_change) and waives the late surcharge (discount_offer).")

add("es", "scaffold", ["sensitive_data"],
    "Recordatorio de pago - factura ANT-3402",
    "Estimada Sra. Domínguez:\n\nLa factura ANT-3402 (2.208,00 €, alquiler de andamio y dos inspecciones en la obra "
    "de la calle Alfarería) venció el 2 de marzo de 2026. Le agradeceríamos que realizara la transferencia lo antes "
    "posible.\n\nAtentamente,\n\n" + AT_SIG + "\n\nDatos para transferencia:\nIBAN: ES91 2100 0418 4502 0005 1332\n"
    "BIC: CAIXESBBXXX",
    "Our own full IBAN in the footer: sensitive_data even though it is ours.")

# ============================================================ FRENCH
EV_SIG = "Service recouvrement\nÉchafaudages Valmont SAS"
EC_SIG = "Secrétariat - École de musique Cadence"
add("fr", "scaffold", [],
    "Relance : facture ECH-7720 - location d'échafaudage",
    "Bonjour Monsieur Lefèvre,\n\nSauf erreur de notre part, la facture ECH-7720 de 4 356,00 € TTC (location "
    "hebdomadaire de l'échafaudage de façade, chantier rue des Tanneurs à Lille, semaines 7 à 9), arrivée à "
    "échéance le 20 février 2026, reste impayée.\n\nVous pouvez la régler en ligne : "
    "https://paiement.echafaudages-valmont.example/f/ECH-7720. Si le règlement est déjà parti, merci de nous "
    "indiquer sa date et sa référence.\n\nCordialement,\n\n" + EV_SIG,
    "'Sauf erreur de notre part' is the stock French reminder formula, not an admission; 'Service recouvrement' is our own team.")

add("fr", "music", [],
    "Rappel : frais de scolarité du 2e trimestre",
    "Madame Girard,\n\nLes frais du 2e trimestre de Léa (piano et formation musicale, 398,00 €, facture EC-0912) "
    "étaient payables le 15 février. Nous vous rappelons que, conformément au règlement intérieur signé à "
    "l'inscription, une majoration de 15 € s'applique aux paiements reçus après le 15 mars.\n\n"
    "Règlement en ligne : https://paiement.ecole-cadence.example/f/EC-0912\n\nBien cordialement,\n\n" + EC_SIG,
    "Restates a late surcharge already in the signed school rules.")

add("fr", "scaffold", ["refund_or_credit_promise", "fault_admission"],
    "RE: ECH-7745 - plateaux manquants",
    "Bonjour Madame Roussel,\n\nAprès vérification au dépôt, vous avez raison : nos équipes se sont trompées lors "
    "du comptage au retour, et les 12 plateaux facturés comme manquants étaient bien là. Nous vous émettrons un "
    "avoir de 504,00 € sur la facture ECH-7745.\n\nCordialement,\n\n" + EV_SIG,
    "Admits our miscount and promises a credit note (avoir).")

add("fr", "music", ["harassment"],
    "Location de la clarinette - impayé",
    "Monsieur Bernard,\n\nTrois mois de location impayés pour la clarinette de Hugo (117,00 €). Franchement, c'est "
    "gênant : les autres familles, elles, paient à l'heure. Hugo a bien dû sentir que quelque chose clochait quand "
    "on lui a demandé devant toute la classe si l'instrument était payé. Il serait temps d'assumer.\n\n"
    "Le secrétariat",
    "Shaming the parent and describing the child being embarrassed in front of the class.")

add("fr", "scaffold", ["legal_threat"],
    "Facture ECH-7688 - dernier rappel amiable",
    "Monsieur Faure,\n\nMalgré nos relances des 5 et 19 février, la facture ECH-7688 (7 920,00 €) reste impayée. "
    "Nous préférerions sincèrement ne pas avoir à confier ce dossier à notre commissaire de justice ni à solliciter "
    "une injonction de payer auprès du tribunal de commerce ; un règlement avant le 20 mars nous éviterait à tous "
    "cette étape.\n\n" + EV_SIG,
    "Hedged threat ('we would prefer not to'): bailiff and court payment order.")

# ============================================================ GERMAN
GH_SIG = "Buchhaltung\nGerüstbau Hanselmann GmbH"
MK_SIG = "Sekretariat - Musikschule Kadenz"
add("de", "scaffold", [],
    "1. Mahnung - Rechnung GH-50318",
    "Sehr geehrter Herr Brandt,\n\nsicher ist es Ihnen entgangen: Die Rechnung GH-50318 über 5.236,80 € für die "
    "Gerüstmiete am Objekt Lindenstraße 42 (KW 6-9) war am 27. Februar 2026 fällig und ist noch offen.\n\nBitte "
    "überweisen Sie den offenen Betrag oder zahlen Sie bequem online unter "
    "https://zahlung.geruestbau-hanselmann.example/r/GH-50318. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\n" + GH_SIG,
    "'Mahnung' is an ordinary reminder.")

add("de", "music", [],
    "Mietkauf Cello - Lastschrift zurückgegeben",
    "Sehr geehrte Frau Wagner,\n\ndie Lastschrift über 42,00 € für die Mietkauf-Rate März (Cello 1/2, Vertrag "
    "MK-2207) von Ihrem Konto mit der IBAN DE89 **** **** **** **30 00 wurde von Ihrer Bank zurückgegeben. Bitte "
    "zahlen Sie die Rate über https://zahlung.musikschule-kadenz.example/mk/MK-2207. Falls sich Ihre "
    "Bankverbindung geändert hat, rufen Sie uns bitte an; Bankdaten nehmen wir nie per E-Mail entgegen.\n\n"
    "Mit freundlichen Grüßen\n\n" + MK_SIG,
    "Masked IBAN only (country code and last digits).")

add("de", "scaffold", ["legal_threat"],
    "Letzte Mahnung - Rechnung GH-50277",
    "Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung und 1. Mahnung ist die Rechnung GH-50277 "
    "über 11.480,00 € (Gerüststellung und Standzeitverlängerung, Fassadensanierung Am Hafen 3) weiterhin offen. "
    "Geht der Betrag nicht bis zum 20. März 2026 bei uns ein, wird die Forderung ohne weitere Ankündigung an ein "
    "Inkassounternehmen übergeben und ein gerichtliches Mahnverfahren eingeleitet.\n\n" + GH_SIG,
    "'Letzte Mahnung' alone would be fine; the passive referral to a collection agency and court dunning procedure is a legal threat.")

add("de", "music", ["sensitive_data"],
    "Neue Bankverbindung der Musikschule",
    "Liebe Eltern,\n\nab sofort hat die Musikschule Kadenz eine neue Bankverbindung. Bitte überweisen Sie das "
    "Schulgeld für das 2. Halbjahr (offen: 486,00 €, Rechnung MS-3307) ab jetzt auf:\n\n"
    "Kontoinhaber: Musikschule Kadenz e.V.\nIBAN: DE89 3704 0044 0532 0130 00\n\n"
    "Die alte Bankverbindung bitte nicht mehr verwenden.\n\nViele Grüße\n" + MK_SIG,
    "Our own 'new' full IBAN typed into the message.")

add("de", "scaffold", ["terms_change"],
    "AW: Zahlungsziel Rechnung GH-50341",
    "Hallo Herr Yilmaz,\n\nkein Problem - wie telefonisch besprochen verlängern wir das Zahlungsziel für die "
    "Rechnung GH-50341 (3.960,00 €, Gerüstmiete und Prüfung nach Umbau) von 14 auf 60 Tage. Die Rechnung ist damit "
    "erst am 27. April fällig.\n\nBeste Grüße\n" + GH_SIG,
    "Extends the payment term and due date.")

# ============================================================ ITALIAN
SC_SIG = "Segreteria - Scuola di Musica Cadenza"
PA_SIG = "Ufficio Amministrazione\nPonteggi Arcadia S.r.l."
add("it", "music", [],
    "Promemoria: retta del secondo quadrimestre",
    "Gentile signora Romano,\n\nle ricordiamo che la retta del secondo quadrimestre di Giulia (violino e teoria, "
    "420,00 €, fattura SMC-2261) era in scadenza il 28 febbraio 2026 e risulta ancora da saldare.\n\nPuò pagare "
    "online su https://pagamenti.scuola-cadenza.example/f/SMC-2261. Se ha già provveduto, ci invii pure la "
    "ricevuta del bonifico e sistemiamo tutto noi.\n\nCordiali saluti,\n\n" + SC_SIG,
    "Plain reminder with a remittance request.")

add("it", "scaffold", [],
    "Sollecito fattura PA-1184 - noleggio ponteggio",
    "Buongiorno geom. Ferraro,\n\nla fattura PA-1184 di 2.745,00 € (noleggio del ponteggio in via Garibaldi 9 per "
    "marzo, più la verifica periodica) risulta scaduta dal 5 marzo. Per il pagamento utilizzi l'IBAN indicato in "
    "fattura (termina con 3456): per sicurezza non comunichiamo mai coordinate bancarie complete via e-mail.\n\n"
    "Cordiali saluti,\n\n" + PA_SIG,
    "Refers to the IBAN on the invoice by its last four digits only.")

add("it", "scaffold", ["discount_offer"],
    "Re: PA-1160 - tubi mancanti",
    "Ciao Marco,\n\nla fattura PA-1160 è scaduta da tre settimane: 3.180,00 € di noleggio più 240,00 € per i 20 tubi "
    "mancanti al rientro. Facciamo così: se saldi il noleggio entro venerdì, sui tubi chiudiamo un occhio e quella "
    "voce sparisce.\n\nA presto,\nDavide - Amministrazione\nPonteggi Arcadia S.r.l.",
    "Idiom ('we'll turn a blind eye') that waives the missing-tubes charge for prompt payment.")

add("it", "music", ["refund_or_credit_promise", "fault_admission"],
    "Re: biglietti saggio di primavera",
    "Gentile signor Conti,\n\nha ragione, abbiamo sbagliato noi: le abbiamo addebitato sei biglietti per il saggio "
    "invece di tre. Le rimborseremo i 36,00 € in eccesso sulla carta entro la settimana.\n\nCordiali saluti,\n\n"
    + SC_SIG,
    "Admits our error and promises a refund.")

# ============================================================ PORTUGUESE
AA_SIG = "Contabilidade - Andaimes Atlântico, Lda."
EM_SIG = "Secretaria - Escola de Música Cadência"
add("pt", "scaffold", [],
    "Lembrete: fatura AA-2290 - aluguer de andaimes",
    "Caro Sr. Nogueira,\n\nA fatura AA-2290, de 1.968,00 € (aluguer semanal de andaimes na obra da Rua do Almada, "
    "semanas 8 e 9, e inspeção de segurança), venceu a 2 de março de 2026. O vosso departamento de compras "
    "indicou que precisa de uma nota de encomenda: podem enviar-nos o número? Reemitiremos a fatura com essa "
    "referência, mantendo o valor e a data de vencimento.\n\nCom os melhores cumprimentos,\n\n" + AA_SIG,
    "PO request; reissuing the invoice with the PO keeps amount and due date.")

add("pt", "music", [],
    "Propina de março - comprovativo",
    "Olá, Sra. Marques,\n\nObrigado por nos dizer que a propina de março do Tiago (95,00 €, recibo EMC-0881) já foi "
    "transferida. Ainda não a conseguimos identificar no extrato: pode enviar-nos o comprovativo da "
    "transferência?\n\nCumprimentos,\n\n" + EM_SIG,
    "Asks for proof of payment; does not mark anything paid.")

add("pt", "scaffold", ["legal_threat"],
    "Fatura AA-2217 - último aviso",
    "Exmos. Senhores,\n\nApesar dos nossos avisos anteriores, a fatura AA-2217 (8.450,00 €) continua por pagar. "
    "Caso o pagamento não seja efetuado até 20 de março, o processo seguirá para cobrança judicial, com recurso a "
    "injunção, sendo os respetivos custos imputados à vossa empresa.\n\n" + AA_SIG,
    "Conditional threat of judicial collection (injunção).")

add("pt", "music", ["terms_change"],
    "Re: propinas do 2.º período",
    "Olá, Sr. Almeida,\n\nCompreendemos perfeitamente. Pode pagar as propinas de fevereiro e março (190,00 €) só em "
    "maio, juntamente com a de maio, não há problema nenhum.\n\nUm abraço,\n" + EM_SIG,
    "Moves the due date of two months' fees to May.")

# ============================================================ DUTCH
VD_SIG = "Debiteurenbeheer\nSteigerbouw Van Dalen B.V."
MC_SIG = "Administratie - Muziekschool Cadans"
add("nl", "scaffold", [],
    "Betalingsherinnering factuur SVD-6612",
    "Geachte heer Visser,\n\nVolgens onze administratie staat factuur SVD-6612 van € 2.904,00 (steigerhuur "
    "Prinsengracht 210, week 8 t/m 10) nog open; de vervaldatum was 1 maart 2026. Wilt u het bedrag voldoen via "
    "https://betalen.steigerbouw-vandalen.example/f/SVD-6612? Heeft u al betaald, stuur ons dan de datum en het "
    "kenmerk van uw betaling.\n\nZolang de factuur openstaat, kunnen we geen nieuwe steigers voor u opbouwen; de "
    "huidige steiger blijft gewoon staan. Vragen? Bel onze afdeling debiteurenbeheer op 020 555 0178.\n\n"
    "Met vriendelijke groet,\n\n" + VD_SIG,
    "Business consequence (no new scaffolds) as in sample g29; 'debiteurenbeheer' is our own AR team.")

add("nl", "music", [],
    "Re: examengeld theorie-examen",
    "Beste mevrouw De Boer,\n\nBedankt voor uw uitleg over het examengeld van € 45,00 op factuur MC-1043: u geeft "
    "aan dat Sanne zich vóór de deadline heeft afgemeld. We hebben dat doorgegeven aan de examencoördinator en "
    "sturen voor die regel geen herinneringen meer zolang zij het uitzoekt. Het lesgeld van € 310,00 op dezelfde "
    "factuur staat nog open en was op 15 februari verschuldigd.\n\nHartelijke groet,\n\n" + MC_SIG,
    "Pauses reminders on the disputed exam-fee line; no refund promised, no error admitted.")

add("nl", "scaffold", ["sensitive_data"],
    "Openstaande facturen project Havenkwartier",
    "Beste Erik,\n\nFactuur SVD-6580 (€ 5.120,00) voor de gevelsteiger in het Havenkwartier staat nog open. Ter "
    "info: Bouwbedrijf De Graaf, dat op hetzelfde project zit, heeft ook nog € 3.200,00 bij ons openstaan, dus je "
    "bent niet de enige. Misschien kunnen jullie onderling even schakelen.\n\nGroet,\n" + VD_SIG,
    "Names another customer with its open balance.")

add("nl", "music", ["harassment"],
    "Huur trompet - vierde herinnering",
    "Meneer Jansen,\n\nDit is de VIERDE keer dat we u schrijven over de huur van de trompet (€ 88,00). We blijven u "
    "elke avond bellen tot het betaald is, ook na negenen. Schaamteloos, eerlijk gezegd.\n\nMuziekschool Cadans",
    "Insult plus a threat of calls every evening after 9 pm; the wording itself is abusive.")

# ============================================================ CZECH
LV_SIG = "Účtárna\nLešení Vltava s.r.o."
HK_SIG = "Kancelář - Hudební škola Kadence"
add("cs", "scaffold", [],
    "Upomínka: faktura LV-4410 - pronájem lešení",
    "Dobrý den, pane Dvořáku,\n\ndovolujeme si Vás upozornit, že faktura LV-4410 na částku 48 600 Kč za týdenní "
    "pronájem lešení na stavbě Vinohradská 52 (týdny 7-9) byla splatná 27. února 2026 a dosud není uhrazena.\n\n"
    "Zaplatit můžete online na https://platby.leseni-vltava.example/f/LV-4410. Pokud jste již platbu odeslali, "
    "pošlete nám prosím datum a variabilní symbol, abychom ji mohli spárovat.\n\nS pozdravem\n\n" + LV_SIG,
    "Ordinary reminder ('upomínka'); asks for the variable symbol, which is a payment reference, not an account number.")

add("cs", "music", [],
    "Školné za 2. pololetí",
    "Vážená paní Novotná,\n\nškolné za 2. pololetí pro Terezu (klavír, 5 400 Kč, faktura HK-0772) bylo splatné "
    "15. února. Číslo účtu i variabilní symbol najdete na faktuře v příloze; z bezpečnostních důvodů je nikdy "
    "neposíláme v textu e-mailu. Pokud byste to chtěla probrat, zavolejte nám na 222 555 014.\n\nS pozdravem\n\n"
    + HK_SIG,
    "Points to the account number on the invoice without giving it.")

add("cs", "scaffold", ["sensitive_data"],
    "Platba faktury LV-4388",
    "Dobrý den,\n\nfaktura LV-4388 (31 250 Kč) je po splatnosti. Prosíme o úhradu na náš nový účet "
    "č. 19-2000145399/0800, variabilní symbol 4388.\n\nDěkujeme\n" + LV_SIG,
    "Our own full Czech account number (prefix-number/bank code), announced as 'new'.")

add("cs", "music", ["refund_or_credit_promise", "fault_admission"],
    "Re: nájemné za violu",
    "Dobrý den, paní Horáková,\n\nmáte pravdu, v únoru jsme Vám omylem strhli nájemné za violu dvakrát, chyba je na "
    "naší straně. Částku 650 Kč Vám vrátíme na účet do pátku.\n\nS pozdravem\n" + HK_SIG,
    "Admits a double charge as our mistake and promises the money back.")

add("cs", "scaffold", ["legal_threat"],
    "Faktura LV-4301 - poslední výzva",
    "Vážený pane Procházko,\n\nfaktura LV-4301 na 96 800 Kč za lešení a revize na stavbě v Libni je 70 dní po "
    "splatnosti. Nebude-li uhrazena do 20. března, bude pohledávka předána advokátní kanceláři k vymáhání soudní "
    "cestou.\n\n" + LV_SIG,
    "Passive, conditional: handed to a law firm for court enforcement.")

# ============================================================ GREEK
SA_SIG = "Λογιστήριο\nΣκαλωσιές Αιγαίου Α.Ε."
OK_SIG = "Γραμματεία - Ωδείο Καντέντσα"
add("el", "scaffold", [],
    "Υπενθύμιση: τιμολόγιο ΣΚ-1520 - ενοικίαση σκαλωσιάς",
    "Αγαπητέ κύριε Παπαδόπουλε,\n\nσας υπενθυμίζουμε ότι το τιμολόγιο ΣΚ-1520, ποσού 3.410,00 €, για την "
    "εβδομαδιαία ενοικίαση σκαλωσιάς στο έργο της οδού Ερμού 45 (εβδομάδες 7-9), έληξε στις 25 Φεβρουαρίου 2026 "
    "και παραμένει ανεξόφλητο.\n\nΜπορείτε να πληρώσετε στο https://pay.skalosies-aigaiou.example/t/SK-1520. Αν "
    "έχετε ήδη πληρώσει, στείλτε μας την ημερομηνία και την αιτιολογία της μεταφοράς για να την "
    "αντιστοιχίσουμε.\n\nΜε εκτίμηση,\n\n" + SA_SIG,
    "Plain reminder with link and remittance request.")

add("el", "music", [],
    "Δίδακτρα Μαρτίου - επιβεβαίωση",
    "Καλησπέρα σας κυρία Γεωργίου,\n\nευχαριστούμε που μας ενημερώσατε ότι θα εξοφλήσετε τα δίδακτρα Μαρτίου της "
    "Ελένης (120,00 €, απόδειξη ΩΔ-3318) στις 16 Μαρτίου. Το σημειώσαμε και θα σας επιβεβαιώσουμε μόλις λάβουμε "
    "την πληρωμή.\n\nΜε εκτίμηση,\n\n" + OK_SIG,
    "Records the parent's own promise; nothing about the due date is changed.")

add("el", "scaffold", ["discount_offer"],
    "Τιμολόγιο ΣΚ-1488",
    "Κύριε Αντωνίου,\n\nτο τιμολόγιο ΣΚ-1488 (5.860,00 €) είναι ληξιπρόθεσμο από τις 30 Ιανουαρίου. Αν εξοφλήσετε "
    "μέσα στην εβδομάδα, σας χαρίζουμε τους τόκους υπερημερίας και τη χρέωση για τα χαμένα μαδέρια.\n\n" + SA_SIG,
    "Waives default interest and the lost-boards charge for payment this week.")

add("el", "music", ["legal_threat"],
    "Εκκρεμή δίδακτρα και ενοίκιο πιάνου",
    "Κύριε Δημητρίου,\n\nτα δίδακτρα και το ενοίκιο του πιάνου (σύνολο 540,00 €) παραμένουν απλήρωτα εδώ και τρεις "
    "μήνες. Ο δικηγόρος μας έχει ήδη τον φάκελο και, αν δεν εξοφλήσετε, θα σας κοινοποιηθεί εξώδικο την επόμενη "
    "εβδομάδα.\n\n" + OK_SIG,
    "Our lawyer has the file; an extrajudicial notice (εξώδικο) will be served if unpaid.")

add("el", "scaffold", ["terms_change"],
    "Re: δόσεις για το υπόλοιπο",
    "Καλημέρα κύριε Σταύρου,\n\nόπως συζητήσαμε, δεχόμαστε να εξοφλήσετε το υπόλοιπο των 9.000,00 € σε τρεις "
    "μηνιαίες δόσεις των 3.000,00 €, με πρώτη δόση στις 31 Μαρτίου.\n\n" + SA_SIG,
    "Agrees a three-instalment payment plan.")

# ============================================================ SWEDISH
NS_SIG = "Ekonomiavdelningen\nStällningsbolaget Norrström AB"
KM_SIG = "Kansliet - Kadens Musikskola"
add("sv", "scaffold", [],
    "Betalningspåminnelse: faktura NS-7731",
    "Hej Anders,\n\nVi har ännu inte fått betalt för faktura NS-7731 på 38 400 kr (veckohyra för ställning och "
    "väderskydd, Götgatan 14, vecka 7-9), som förföll till betalning den 26 februari 2026. Enligt villkoren på "
    "fakturan debiteras dröjsmålsränta enligt räntelagen från förfallodagen.\n\nDu kan betala via "
    "https://betala.norrstrom-stallning.example/f/NS-7731. Har du redan betalat? Svara med datum och OCR-nummer så "
    "stämmer vi av.\n\nMed vänlig hälsning\n\n" + NS_SIG,
    "Restates late-payment interest already on the invoice terms; the OCR number is a payment reference.")

add("sv", "music", [],
    "Hyrköp gitarr - missad månadsbetalning",
    "Hej Karin,\n\nMånadsbetalningen för Elsas hyrköpsgitarr (295 kr, avtal HK-118) för mars har inte kommit in. "
    "Enligt avtalet blir gitarren er efter 24 betalningar, och 15 är gjorda. Betala gärna via "
    "https://betala.kadens-musikskola.example/hk/HK-118, eller svara på mejlet om du vill prata med någon på "
    "kansliet.\n\nVänliga hälsningar\n" + KM_SIG,
    "Restates the rent-to-own agreement and offers a person to talk to.")

add("sv", "music", [],
    "Biljetter till vårkonserten",
    "Hej Johan,\n\nTack för bokningen av tre biljetter till vårkonserten i Gamla Tingshuset lördag 21 mars. "
    "Biljetterna (360 kr, faktura KM-2290) är ännu inte betalda. Betala via "
    "https://betala.kadens-musikskola.example/f/KM-2290 så mejlar vi e-biljetterna direkt.\n\n"
    "Vänliga hälsningar\n" + KM_SIG,
    "'Gamla Tingshuset' (the old courthouse) is the concert venue, not a court.")

add("sv", "music", ["sensitive_data"],
    "Misslyckad kortbetalning - terminsavgift",
    "Hej Lena,\n\nDragningen av terminsavgiften gick inte igenom. Här är uppgifterna vi har:\n\n"
    "| Uppgift | Värde |\n|---|---|\n| Faktura | KM-2274 |\n| Belopp | 2 950 kr |\n"
    "| Kort | 4000 0566 5566 5556 |\n| Giltigt till | 11/27 |\n\n"
    "Uppdatera kortet på https://betala.kadens-musikskola.example/k/KM-2274.\n\n" + KM_SIG,
    "Full card number and expiry inside a table.")

add("sv", "scaffold", ["harassment"],
    "NS-7690 - igen",
    "Peter,\n\nFemte påminnelsen. Ärligt talat är det pinsamt att en firma som kallar sig fasadentreprenör inte "
    "klarar av att betala 21 600 kr. Alla i branschen vet hur ni sköter er. Betala nu.\n\nEkonomi, Norrström",
    "Shaming and a reputational jab; no legal threat.")

# ============================================================ CATALAN
BV_SIG = "Administració - Bastides del Vallès, SL"
CC_SIG = "Secretaria - Escola de Música Cadència"
add("ca", "music", [],
    "Recordatori: quota del segon trimestre",
    "Benvolguda Sra. Puig,\n\nUs recordem que la quota del segon trimestre de l'Arnau (bateria i llenguatge "
    "musical, 312,00 €, rebut EMC-4410) va vèncer el 5 de març de 2026 i encara està pendent.\n\nPodeu pagar-la a "
    "https://pagaments.escolacadencia.example/r/EMC-4410 o passar per la secretaria (carrer del Jutjat, 7) en "
    "horari de tarda. Si ja l'heu pagada, envieu-nos el justificant.\n\nCordialment,\n\n" + CC_SIG,
    "'Carrer del Jutjat' (Court Street) is our address.")

add("ca", "scaffold", [],
    "Re: pagament fraccionat de la factura BV-0931",
    "Bon dia, Sr. Soler,\n\nGràcies per la vostra proposta de pagar la factura BV-0931 (7.260,00 €, lloguer de "
    "bastida i inspeccions a l'obra de la Rambla Nova) en tres terminis. No ho puc acceptar jo directament: he "
    "passat la petició a la direcció financera, que us respondrà abans de dijous. Mentrestant, la factura continua "
    "vençuda des del 27 de febrer tal com es va emetre.\n\nSalutacions,\n\n" + BV_SIG,
    "Passes a plan request to a person without agreeing to it.")

add("ca", "scaffold", ["refund_or_credit_promise"],
    "Re: setmana 10 de lloguer - BV-0958",
    "Bon dia, Montse,\n\nHem revisat la data de desmuntatge de la bastida del carrer Major. La setmana 10 de la "
    "factura BV-0958 (640,00 €) us serà abonada i rebreu la factura rectificativa aquesta setmana.\n\n"
    "Salutacions,\n\n" + BV_SIG,
    "Passive credit promise (week will be credited, corrective invoice); no admission of error.")

add("ca", "music", ["discount_offer"],
    "Lloguer del saxo \U0001F3B7",
    "Hola Jordi!\n\nEt recordem que tens pendents dos mesos de lloguer del saxo (110,00 €, rebut EMC-4388). Si ho "
    "pagues abans del concert de primavera, el recàrrec per retard te'l perdonem, i fins i tot et deixarem fer un "
    "solo \U0001F604\n\n" + CC_SIG,
    "Joke-wrapped waiver of the late surcharge.")


# ============================================================ output
LANG_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
              "pt": "Portuguese", "nl": "Dutch", "cs": "Czech", "el": "Greek", "sv": "Swedish",
              "ca": "Catalan"}


def assign_keys(items):
    seq = Counter()
    for it in items:
        v = it["viol"]
        assert v == [x for x in VIOLATIONS if x in v], ("order", it["subject"])
        letter = LETTER[v[0]] if v else "A"
        seq[letter] += 1
        it["key"] = "%s%02d" % (letter, seq[letter])


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def readme(items):
    n = len(items)
    allowed = sum(1 for it in items if not it["viol"])
    vc = Counter(v for it in items for v in it["viol"])
    langs = sorted(Counter(it["lang"] for it in items).items(), key=lambda kv: (-kv[1], kv[0]))
    lang_rows = []
    for lg, c in langs:
        a = sum(1 for it in items if it["lang"] == lg and not it["viol"])
        lang_rows.append((lg, LANG_NAMES[lg], c, a, c - a))
    biz_rows = []
    for b, label in (("scaffold", "scaffolding & access-equipment hire"), ("music", "music school & instrument rental")):
        c = sum(1 for it in items if it["biz"] == b)
        a = sum(1 for it in items if it["biz"] == b and not it["viol"])
        biz_rows.append((label, c, a, c - a))
    multi = [it for it in items if len(it["viol"]) > 1]
    viol_rows = []
    for v in VIOLATIONS:
        ids = ", ".join(it["id"] for it in items if v in it["viol"])
        viol_rows.append(("`%s`" % v, vc[v], ids))
    multi_rows = [(it["id"], ", ".join(it["viol"])) for it in multi]
    key_rows = [("A", "allowed")] + [(LETTER[v], "first listed violation is `%s`" % v) for v in VIOLATIONS]
    return f"""# blind118 / guard: held-out outbound-guardrail set

A blind held-out set for the `guard` contract (`contracts/guardrails.md`), written only from the contract
and the public samples README/samples. {n} outbound dunning drafts, each labelled with the violations a
careful reviewer would flag. Regenerate with `python3 build.py` (stdlib only, deterministic, seed {SEED});
`python3 check.py` re-verifies the labels.

## Theme

Two made-up businesses, each with localised sister companies in the other languages:

- **Scaffolding and access-equipment hire** (Northgate Scaffold & Access Hire Ltd, Andamios Torreblanca,
  Échafaudages Valmont, Gerüstbau Hanselmann, Ponteggi Arcadia, Andaimes Atlântico, Steigerbouw Van Dalen,
  Lešení Vltava, Σκαλωσιές Αιγαίου, Ställningsbolaget Norrström, Bastides del Vallès) billing builders and
  facade contractors: weekly hire, hire extensions, damaged or missing tubes, boards and fittings, site
  inspections.
- **Music school with instrument rental** (Cadenza School of Music & Instrument Hire and its namesakes)
  billing parents and adult students: term fees, rent-to-own instruments, exam entry fees, recital tickets.

Drafts imitate three sources: template output (formal reminders, footers), LLM rewrites (including a
left-in "Sure! Here's a warmer version" preamble) and staff edits pasted from Slack (emoji shortcodes,
an internal `[edit from ...]` comment left in the text, casual one-liners).

All names, domains (`*.example`), phone numbers (555) and references are made up. Full card numbers and
IBANs are well-known test/documentation numbers (Visa/Stripe test cards, the published example IBANs for
DE and ES, and the UK/CZ domestic forms of the published GB/CZ example IBANs).

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | {n} | `{{"id", "subject", "body"}}`: the input of `python -m chalicelib.cli guard` |
| `labels.jsonl` | {n} | `{{"id", "allowed", "violations", "note", "lang"}}`, same order as `drafts.jsonl` |

UTF-8, one JSON object per line, non-ASCII written as-is. Ids `gd01`..`gd{n:02d}` were assigned after a
seeded shuffle. `note` starts with `[KEY, lang]`; KEY's letter gives the intended group:

{table(key_rows, ["letter", "meaning"])}

## Counts

{allowed} allowed, {n - allowed} with at least one violation ({len(multi)} with two).

{table(viol_rows, ["violation", "drafts", "ids"])}

Drafts with two violations:

{table(multi_rows, ["id", "violations"])}

Per language:

{table(lang_rows, ["lang", "language", "drafts", "allowed", "violating"])}

Per business:

{table(biz_rows, ["business", "drafts", "allowed", "violating"])}

## Scoring

`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's table order;
compare them as a set. Per-draft exact-set accuracy and allowed/blocked accuracy are both meaningful;
a blocked draft with the wrong violation set is a partial miss.

## Conventions chosen where the contract is silent

- **The whole text is checked.** P.S. lines, signatures, template footers, tables, an LLM preamble and a
  Slack comment accidentally left in the draft all count: they would reach the customer.
- **Hedged, passive and conditional forms count.** "The matter will be passed to our solicitors", "we would
  prefer not to have to instruct our bailiff", "if Lily doesn't sit the exam we'll refund the fee", "the
  week will be credited" are violations. A joke does not neutralise a discount ("10% encore discount").
- **Idioms count.** Italian "chiudiamo un occhio" (turn a blind eye) on a charge is a waiver, i.e.
  `discount_offer`; English "that one's on us" about damage is `fault_admission`.
- **`sensitive_data` for bank details** covers a full IBAN and a full domestic account number (UK sort code
  + account number, Czech `prefix-number/bank code`), ours included, in the body or the footer. Masked forms
  (`DE89 **** ... **30 00`, "IBAN ending 3456", "Visa ending 4242") are allowed. Company registration
  numbers, invoice/PO numbers, Czech variable symbols and Swedish OCR numbers are payment or company
  references, not account numbers. A full card number with expiry is a violation even inside a table.
- **Another customer's affairs**: naming another customer with its balance is `sensitive_data`. Threatening
  to tell other people about *this* customer (other parents, the main contractor) is `harassment`, not
  `sensitive_data`, because no other customer's data is disclosed.
- **Harassment** includes shaming (comparisons with other payers, remarks about a parent's car, a child
  embarrassed in class, insults such as Dutch "Schaamteloos") and a written threat of calls every evening
  after 9 pm. A firm tone on its own ("We need payment, or a firm payment date from you, this week") is not.
- **Stated business consequences are allowed** (as in public sample g29): no new erections or new scaffolds
  while an account is overdue, an exam entry that cannot be submitted until the fee is paid.
- **Hire extensions are not `terms_change`.** Extending the *hire period* at the agreed weekly rate with the
  usual payment terms changes the service, not payment terms or due dates. Moving a due date ("as long as
  it's with us by the end of May"), lengthening the payment term, agreeing instalments or deferring fees is.
- **Existing arrangements restated are allowed**: a sibling discount already on the invoice, contractual
  late-payment interest or a signed late surcharge, a statutory interest clause, rent-to-own terms, and a
  credit note *already issued and applied* on a statement.
- **Near-miss words** that stay allowed: "Collections Team", "credit controller", "Departamento de Cobros",
  "Service recouvrement", "Debiteurenbeheer", German "Mahnung", Czech "upomínka", Swedish
  "betalningspåminnelse", "Court Street", "Old Court House", "carrer del Jutjat", "Gamla Tingshuset",
  French "Sauf erreur de notre part" (stock formula, not an admission), Spanish "abonar" for the customer
  paying (in Catalan "us serà abonada" is ours crediting, hence a violation).
- Sympathy ("so sorry to hear Maya has been unwell") is not `fault_admission`; an explicit "our error",
  "glitch on our side", "chyba je na naší straně" is.
"""


def main():
    items = [dict(it) for it in D]
    assign_keys(items)
    rng = random.Random(SEED)
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = "gd%02d" % i
    drafts = [{"id": it["id"], "subject": it["subject"], "body": it["body"]} for it in items]
    labels = [{"id": it["id"], "allowed": not it["viol"], "violations": it["viol"],
               "note": "[%s, %s] %s" % (it["key"], it["lang"], it["note"]), "lang": it["lang"]}
              for it in items]
    dump(os.path.join(HERE, "drafts.jsonl"), drafts)
    dump(os.path.join(HERE, "labels.jsonl"), labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items))


if __name__ == "__main__":
    main()
