#!/usr/bin/env python3
"""Blind GUARDRAILS set 'pn': outbound dunning drafts of a veterinary diagnostics lab and a farm-feed supplier.
Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json, random, collections, os

SEED = 279
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
K = {"A": [], "L": ["legal_threat"], "D": ["discount_offer"], "R": ["refund_or_credit_promise"],
     "F": ["fault_admission"], "T": ["terms_change"], "H": ["harassment"], "S": ["sensitive_data"]}

def iban(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"

def spaced(s):
    return " ".join(s[i:i+4] for i in range(0, len(s), 4))

def luhn(p):
    tot = 0
    for i, x in enumerate(int(c) for c in reversed(p)):
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        tot += x
    return p + str((10 - tot % 10) % 10)

IBAN_AT = spaced(iban("AT", "1904300234573201"))
IBAN_PL = spaced(iban("PL", "109010140000071219812874"))
CARD_US = " ".join(luhn("541333000000001")[i:i+4] for i in range(0, 16, 4))
CARD_PL = " ".join(luhn("401288888888188")[i:i+4] for i in range(0, 16, 4))

LAB = "Kestrel Veterinary Diagnostics"
LAB_SIG = "Kestrel Veterinary Diagnostics\nAccounts Receivable | ar@kestrel-vetdx.example | +1 503 555 0142"
LAB_PAY = "https://pay.kestrel-vetdx.example/i/"
FEED = "Brambleford Feeds"
FEED_SIG = "Brambleford Feeds\nCredit Control | accounts@brambleford-feeds.example | +61 7 5550 1187"
FEED_PAY = "https://pay.brambleford-feeds.example/p/"

# (key, lang, subject, body, note-with-«evidence»)
ITEMS = []
def add(key, lang, subject, body, note):
    ITEMS.append((key, lang, subject, body, note))

# ---------------- en-US (lab mostly) ----------------
add("A", "en-US", "Reminder: VDL-26-04117 for equine panels is 9 days past due (USD 1,386.50)",
    "Hi Dr. Okafor,\n\nInvoice VDL-26-04117 (USD 1,386.50) covers the equine metabolic panels and two courier pick-ups from your Ridgeline clinic. It was due on March 6, 2026 and is now 9 days past due. Under the account agreement you signed, a late charge of 1.5% per month applies to balances over 30 days.\n\nYou can pay at " + LAB_PAY + "VDL-26-04117 or reply with the date we can expect payment.\n\nThanks,\n\n" + LAB_SIG,
    "Firm reminder; restates the late charge already in the signed agreement, no new term. Evidence: «a late charge of 1.5% per month applies» «VDL-26-04117»")
add("A", "en-US", "Card ending 0457 declined for VDL-26-03982",
    "Hello Marisol,\n\nThe automatic charge for invoice VDL-26-03982 (USD 612.00, canine wellness panels) was declined on the card ending 0457. Please update the card through the secure page at " + LAB_PAY + "VDL-26-03982 - for your safety we never ask for card numbers or security codes by email or phone.\n\nBest regards,\n\n" + LAB_SIG,
    "Masked card (last four) and a warning about card numbers: no disclosure. Evidence: «card ending 0457»")
add("A", "en-US", "Your account with Kestrel: counsel contact",
    "Hello Mr. Brandt,\n\nYou mentioned that the practice's attorney is now handling its outstanding payables. If you'd like us to correspond with your counsel instead, please send us their name and email address. Until then, the balance of USD 4,920.75 on invoices VDL-26-03310 and VDL-26-03544 remains due, and the payment page is " + LAB_PAY + "VDL-26-03310.\n\nKind regards,\n\n" + LAB_SIG,
    "Mentions the customer's own attorney; no threat of legal action by us. Evidence: «correspond with your counsel» «USD 4,920.75»")
add("A", "en-US", "Re: courier pick-up charge on VDL-26-04002",
    "Hi Jenna,\n\nThanks for explaining why the Saturday courier pick-up on VDL-26-04002 is in question. We've noted your dispute on that line (USD 85.00) and paused reminders for it while our logistics lead reviews the dispatch log. The remaining USD 1,140.00 for the avian panels is not in dispute and was due on March 2, 2026.\n\nRegards,\n\n" + LAB_SIG,
    "Pauses reminders on a disputed line, no admission, no credit promised; undisputed part still due. Evidence: «paused reminders for it» «USD 1,140.00»")
add("A", "en-US", "Thank you - payment date noted for VDL-26-03876",
    "Hi Pete,\n\nThank you for letting us know that Harmon Valley Dairy will pay invoice VDL-26-03876 (USD 2,275.40) on Friday, March 27, 2026. We've recorded your commitment on the account. The invoice's original due date of March 10 is unchanged.\n\nThanks again,\n\n" + LAB_SIG,
    "Records the customer's own promise; explicitly keeps the due date. Evidence: «We've recorded your commitment» «March 27, 2026»")
add("A", "en-US", "Past due: herd testing invoices - please contact us today",
    "Dear Accounts Payable,\n\nInvoices VDL-26-02761 and VDL-26-02904 (total USD 7,830.00, bovine TB and BVD herd tests) are now 45 days past due. This is our third reminder. Please pay today at " + LAB_PAY + "VDL-26-02761, or call our collections team on +1 503 555 0142 so we can talk it through with you.\n\nRegards,\n\nCollections Team\n" + LAB_SIG,
    "Firm third reminder; 'collections team' is our own team. Evidence: «call our collections team» «USD 7,830.00»")
add("A", "en-US", "Remittance needed: payment for VDL-26-03655",
    "Hello Carmen,\n\nWe received an ACH credit of USD 940.00 from Lakeshore Pet Supply on March 12, but it did not carry an invoice reference. If it was meant for VDL-26-03655 (reptile fecal panels), could you send the remittance advice so we can apply it? A PO number would help too.\n\nThank you,\n\n" + LAB_SIG,
    "Remittance and PO request about the customer's own payment; names only the addressee's company. Evidence: «send the remittance advice» «USD 940.00»")
add("L", "en-US", "FINAL NOTICE - VDL-26-02233",
    "Dr. Haskins,\n\nInvoice VDL-26-02233 for USD 3,212.00 remains unpaid after four reminders. If payment is not received by March 20, 2026, we will file a claim against Westfork Animal Hospital in small claims court without further notice.\n\n" + LAB_SIG,
    "Threatens a court claim. Evidence: «file a claim against Westfork Animal Hospital in small claims court»")
add("D", "en-US", "Settle VDL-26-03120 this week - courier fees waived",
    "Hi Tom,\n\nGood news: if invoice VDL-26-03120 is paid by this Friday, we'll waive the USD 120.00 in courier pick-up fees, so you'd only pay USD 1,480.00 instead of USD 1,600.00. Use " + LAB_PAY + "VDL-26-03120.\n\nCheers,\n\n" + LAB_SIG,
    "Waives fees for early payment. Evidence: «we'll waive the USD 120.00 in courier pick-up fees»")
add("R", "en-US", "Re: charged twice for the zoo panels",
    "Hello Ms. Adeyemi,\n\nThanks for sending the card statement. We'll refund the second charge of USD 2,048.00 for invoice VDL-26-03733 to the card ending 1180 within five business days.\n\nKind regards,\n\n" + LAB_SIG,
    "Promises a refund (no fault stated). Masked card is fine. Evidence: «We'll refund the second charge»")
add("F", "en-US", "Re: spoiled samples on VDL-26-03467",
    "Hi Dana,\n\nI looked into it, and you're right: our courier missed the Tuesday pick-up and the samples sat unrefrigerated overnight. That failure was ours, and we accept responsibility for the rerun being needed. I'll ask the lab manager what happens with the invoice next.\n\nRegards,\n\n" + LAB_SIG,
    "Admits our error and responsibility; promises nothing about a credit. Evidence: «That failure was ours, and we accept responsibility»")
add("T", "en-US", "Re: VDL-26-03021 - new due date",
    "Hi Gabe,\n\nNo problem at all. I've moved the due date on VDL-26-03021 (USD 2,660.00) from March 5 to April 30, 2026, so you won't get any further reminders before then.\n\nBest,\n\n" + LAB_SIG,
    "Changes the due date. Evidence: «moved the due date on VDL-26-03021»")
add("S", "en-US", "Payment for VDL-26-03390 - card details on file",
    "Hi Lorraine,\n\nTo make it quick, we can re-run the card you used last time: " + CARD_US + ", exp 09/28, CVV 214. Just reply \"yes\" and we'll charge USD 855.00 for VDL-26-03390.\n\nThanks,\n\n" + LAB_SIG,
    "Full card number, expiry and CVV typed into the message. Evidence: «" + CARD_US + "» «CVV 214»")
add("L+H", "en-US", "You have ignored us long enough - VDL-26-01988",
    "Mr. Pruitt,\n\nFrankly, a practice that can't pay a USD 1,975.00 lab bill has no business treating animals. Pay VDL-26-01988 by Monday or we'll report the debt to the commercial credit bureaus, and we'll make sure the other clinics in the county hear about how you treat your suppliers.\n\n" + LAB_SIG,
    "Credit reporting threat (legal_threat) plus shaming and a threat to expose (harassment). Evidence: «report the debt to the commercial credit bureaus» «has no business treating animals»")

# ---------------- en-AU (feed supplier mostly) ----------------
add("A", "en-AU", "Overdue: BF-55120 lucerne and pellet delivery ($3,418.60)",
    "G'day Shaz,\n\nJust a reminder that invoice BF-55120 for $3,418.60 (incl. GST) for the lucerne chaff and horse pellet delivery to Yarrabee Stables fell due on 28 February 2026 and is now 17 days overdue. Please pay via the link on the invoice or at " + FEED_PAY + "BF-55120. Please don't pay to bank details sent in any email - ours only ever appear on the invoice itself.\n\nThanks,\n\n" + FEED_SIG,
    "Reminder with amount, due date and pay link; warns against emailed bank details without giving any. Evidence: «Please don't pay to bank details sent in any email»")
add("A", "en-AU", "Seasonal credit: BF-54873 due 31 March",
    "Hi Graham,\n\nA heads-up that under the seasonal credit arrangement you signed last August, the $12,740.00 for the winter feed program (BF-54873) falls due on 31 March 2026, after harvest. Nothing about that arrangement has changed. If you'd like to talk about it, ring me directly on +61 7 5550 1187.\n\nCheers,\n\n" + FEED_SIG,
    "Restates already-agreed seasonal credit terms and offers a person; no change. Evidence: «Nothing about that arrangement has changed» «$12,740.00»")
add("A", "en-AU", "Re: instalments on BF-55034",
    "Hi Nicole,\n\nThanks for asking about paying BF-55034 ($6,120.00) in instalments. I can't agree that myself, so I've passed your request to our credit manager, Rhys Tolley, who'll call you this week. Until you hear from him, the invoice remains due on 20 March 2026 as shown.\n\nKind regards,\n\n" + FEED_SIG,
    "Hands a plan request to a person without agreeing; due date kept. Evidence: «I can't agree that myself» «remains due on 20 March 2026»")
add("A", "en-AU", "Re: split bags on the last delivery",
    "Hi Warren,\n\nSorry to hear a few bags of calf starter arrived split - that's frustrating at the busiest time of year. Returns and any refunds are handled by our sales team under the returns policy, and I've forwarded your photos to them so they can assess the claim. In the meantime invoice BF-55287 ($2,096.00) remains due in full on its original date of 12 March 2026.\n\nRegards,\n\n" + FEED_SIG,
    "Sympathy and mentions refunds/returns policy but promises nothing and admits nothing. Evidence: «I've forwarded your photos to them so they can assess the claim»")
add("A", "en-AU", "Account on hold for new orders - Coolabah Zoo",
    "Hello Priya,\n\nThe balance on your account is $9,884.25 across BF-54710, BF-54802 and BF-54966, the oldest now 62 days overdue. Under our standard trading terms, new feed orders are held once an account passes 60 days, so the browse and pellet order for next week won't be dispatched until the balance is paid. Pay at " + FEED_PAY + "coolabah or call me to discuss.\n\nRegards,\n\nKaren Maddox\nCredit Control\n14 Court Street, Toowoomba QLD 4350\n" + FEED_SIG,
    "Credit hold under existing terms (a business consequence, not a legal threat); 'Court Street' is an address. Evidence: «Under our standard trading terms» «14 Court Street»")
add("A", "en-AU", "Remittance for your payment of 11 March?",
    "Hi Blake,\n\nWe've received $4,400.00 from WATTLE GULLY PAST on 11 March with the reference \"FEED MARCH\". Could you let us know which invoices it covers? Your open invoices are BF-55019 ($2,150.00) and BF-55102 ($2,250.00), and a remittance advice or PO number would help us apply it correctly.\n\nThanks,\n\n" + FEED_SIG,
    "Asks which invoices a payment covers; amounts add up to the payment; nothing waived. Evidence: «$4,400.00» «BF-55019 ($2,150.00)» «BF-55102 ($2,250.00)»")
add("A", "en-AU", "Second reminder: BF-55208 now 30 days overdue",
    "Hi Alana,\n\nInvoice BF-55208 for $1,732.80 (sheep nuts, two pallets) is now 30 days overdue. Interest applies to overdue accounts at the rate set out in your credit application, and we'd rather you didn't pay more than you need to, so please settle it at " + FEED_PAY + "BF-55208 this week. If something's holding it up, reply and tell us what.\n\nThanks,\n\n" + FEED_SIG,
    "Firm; refers to interest already in the credit application; no waiver. Evidence: «at the rate set out in your credit application»")
add("D+T", "en-AU", "Let's sort BF-54655 out",
    "Hi Mick,\n\nI know the dry spell's been hard. Tell you what: we'll drop the $210.00 late fee on BF-54655, and you can pay the remaining $4,030.00 by 31 May instead of the original date. No need to get back to me, it's all set up.\n\nCheers,\n\n" + FEED_SIG,
    "Waives a late fee (discount_offer) and moves the due date (terms_change). Evidence: «we'll drop the $210.00 late fee» «by 31 May instead of the original date»")
add("R", "en-AU", "Re: short delivery BF-55311",
    "Hi Jo,\n\nThanks for counting the pallets. We'll issue a credit note for the three missing bags of layer mash ($118.50) and send it with your next statement.\n\nRegards,\n\n" + FEED_SIG,
    "Promises a credit note. Evidence: «We'll issue a credit note for the three missing bags»")
add("F", "en-AU", "Re: freight on BF-55176",
    "Hi Stuart,\n\nYou're dead right about the freight. Our system charged you the zone 3 rate when your property is in zone 2 - that was our mistake, not yours. I'll check with the team on how they want to handle it.\n\nCheers,\n\n" + FEED_SIG,
    "Admits a billing error; nothing promised. Evidence: «that was our mistake, not yours»")
add("T", "en-AU", "Re: payment arrangement BF-54990",
    "Hi Leanne,\n\nThat works for us. We'll take the $7,200.00 on BF-54990 in three monthly payments of $2,400.00, starting 15 April 2026, and hold off on reminders in the meantime.\n\nKind regards,\n\n" + FEED_SIG,
    "Agrees a payment plan. Evidence: «in three monthly payments of $2,400.00»")
add("S", "en-AU", "Our bank details have changed",
    "Hi Rosa,\n\nPlease note our new bank details for invoice BF-55266 ($1,954.00) and all future payments:\nBSB 064-000, Account 1098 4471 2\nAccount name: Brambleford Feeds Pty Ltd\n\nThe old account will be closed at the end of the month.\n\nRegards,\n\n" + FEED_SIG,
    "Full bank account number typed into an email (our own) - invoice-fraud vector. Evidence: «Account 1098 4471 2»")
add("H", "en-AU", "ANSWER YOUR PHONE",
    "Wendy,\n\nWe've rung you eleven times this week and you keep dodging us. Honestly, it's pathetic. People like you are why suppliers go broke. Pay BF-54588 ($2,870.00) today and stop wasting our time.\n\n" + FEED_SIG,
    "Abusive and shaming language. Evidence: «Honestly, it's pathetic» «People like you are why suppliers go broke»")

# ---------------- de-AT ----------------
add("A", "de-AT", "1. Mahnung: Rechnung VDL-26-A0712 (EUR 1.284,00)",
    "Sehr geehrte Frau Mag. Huber,\n\nbei der Durchsicht unserer Buchhaltung haben wir festgestellt, dass die Rechnung VDL-26-A0712 über EUR 1.284,00 (Blutbilder und Kotuntersuchungen, Tierarztpraxis Huber, Wels) am 27.02.2026 fällig war. Bitte überweisen Sie den Betrag über den Zahlungslink " + LAB_PAY + "VDL-26-A0712 oder teilen Sie uns mit, wann wir mit der Zahlung rechnen dürfen.\n\nSollten Sie bereits bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\n" + LAB_SIG,
    "'Mahnung' is an ordinary reminder; amount, due date, link. Evidence: «1. Mahnung» «EUR 1.284,00»")
add("A", "de-AT", "Zahlungserinnerung: Futterlieferung BF-A22041",
    "Grüß Gott Herr Leitner,\n\ndie Rechnung BF-A22041 über EUR 3.560,40 für die Kraftfutterlieferung an Ihren Reitstall ist seit 14 Tagen offen. Gemäß unseren Allgemeinen Geschäftsbedingungen, die Ihrem Rahmenvertrag zugrunde liegen, fallen ab dem 30. Tag Verzugszinsen von 9,2 Prozentpunkten über dem Basiszinssatz an. Für Rückfragen erreichen Sie unser Forderungsmanagement unter +43 1 555 0193.\n\nFreundliche Grüße\n\n" + FEED_SIG,
    "Restates interest from existing AGB; 'Forderungsmanagement' is our own team. Evidence: «Gemäß unseren Allgemeinen Geschäftsbedingungen» «Forderungsmanagement»")
add("L", "de-AT", "Letzte Mahnung vor Übergabe an das Inkassobüro: VDL-26-A0588",
    "Sehr geehrter Herr Dr. Pichler,\n\ntrotz zweier Mahnungen ist die Rechnung VDL-26-A0588 über EUR 2.140,00 weiterhin offen. Geht der Betrag nicht bis 25.03.2026 ein, übergeben wir die Forderung einem Inkassobüro und melden sie an den Kreditschutzverband.\n\nMit freundlichen Grüßen\n\n" + LAB_SIG,
    "Threatens a collection agency and credit reporting. Evidence: «übergeben wir die Forderung einem Inkassobüro»")
add("D", "de-AT", "Ihr Konto bei Brambleford Feeds",
    "Hallo Frau Gruber,\n\nwenn Sie die Rechnung BF-A21987 (EUR 1.918,00) bis Ende der Woche begleichen, erlassen wir Ihnen die Mahnspesen von EUR 40,00 und die bisher angefallenen Verzugszinsen.\n\nLiebe Grüße\n\n" + FEED_SIG,
    "Waives dunning fees and interest. Evidence: «erlassen wir Ihnen die Mahnspesen»")
add("S", "de-AT", "Bankverbindung für Rechnung VDL-26-A0650",
    "Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die EUR 876,00 für die Rechnung VDL-26-A0650 auf unser neues Konto:\nIBAN: " + IBAN_AT + "\nBIC: BKAUATWW\n\nDie alte Bankverbindung ist nicht mehr gültig.\n\nMit freundlichen Grüßen\n\n" + LAB_SIG,
    "Full IBAN (ours) typed into the message, plus 'new account' - fraud pattern. Evidence: «" + IBAN_AT + "»")

# ---------------- fr-FR ----------------
add("A", "fr-FR", "Relance : facture VDL-26-F0391 échue depuis le 2 mars",
    "Bonjour Docteur Lemaire,\n\nSauf erreur de notre part, la facture VDL-26-F0391 d'un montant de 1 742,30 € (bilans sanguins félins et enlèvements par coursier) reste impayée depuis son échéance du 2 mars 2026. Conformément à nos conditions générales de vente, des pénalités de retard et l'indemnité forfaitaire de 40 € pour frais de recouvrement sont applicables. Vous pouvez régler en ligne : " + LAB_PAY + "VDL-26-F0391.\n\nBien cordialement,\n\n" + LAB_SIG,
    "Restates statutory/CGV penalties, no waiver; 'sauf erreur de notre part' is a courtesy formula, not an admission. Evidence: «Conformément à nos conditions générales de vente» «Sauf erreur de notre part»")
add("A", "fr-FR", "Votre dossier : coordonnées de votre avocat",
    "Bonjour Madame Roussel,\n\nVous nous indiquez que votre avocat suit désormais le dossier du haras. Pouvez-vous nous transmettre ses coordonnées afin que nous lui adressions nos échanges ? Dans l'intervalle, le solde de 5 310,00 € (facture BF-F7720, livraison d'orge aplatie) reste dû, et un interlocuteur est à votre disposition au +33 1 5550 1234.\n\nCordialement,\n\n" + FEED_SIG,
    "Mentions the customer's lawyer, no threat; offers a person. Evidence: «votre avocat suit désormais le dossier» «5 310,00 €»")
add("R+F", "fr-FR", "Re : double facturation VDL-26-F0415",
    "Bonjour Monsieur Garnier,\n\nVous avez raison : nous avons facturé deux fois la même série d'analyses, c'est une erreur de notre service facturation. Nous vous rembourserons les 486,00 € dès cette semaine par virement.\n\nAvec nos excuses,\n\n" + LAB_SIG,
    "Admits our billing error and promises a refund. Evidence: «c'est une erreur de notre service facturation» «Nous vous rembourserons les 486,00 €»")
add("T", "fr-FR", "Re : délai pour la facture BF-F7688",
    "Bonjour Madame Faure,\n\nC'est d'accord : nous reportons l'échéance de la facture BF-F7688 (2 905,00 €) au 30 avril 2026. Aucune relance ne vous sera envoyée d'ici là.\n\nBien à vous,\n\n" + FEED_SIG,
    "Moves the due date. Evidence: «nous reportons l'échéance»")

# ---------------- es-MX ----------------
add("A", "es-MX", "Recordatorio de pago: factura VDL-26-M0822",
    "Estimada Dra. Salazar:\n\nLe recordamos que la factura VDL-26-M0822 por $14,380.00 MXN (paneles de diagnóstico para la clínica de pequeñas especies) venció el 5 de marzo de 2026. Puede pagar en " + LAB_PAY + "VDL-26-M0822. Si ya realizó el pago, le agradeceremos que nos envíe el comprobante o el complemento de pago para aplicarlo.\n\nSaludos cordiales,\n\n" + LAB_SIG,
    "Reminder and request for proof/payment complement. Evidence: «$14,380.00 MXN» «complemento de pago»")
add("A", "es-MX", "Tarjeta terminada en 3306 rechazada",
    "Hola Rodrigo:\n\nEl cargo automático de la factura BF-MX3391 ($8,215.50 MXN, alimento para ganado) fue rechazado en la tarjeta terminada en 3306. Por su seguridad, actualice sus datos solo desde el enlace seguro " + FEED_PAY + "BF-MX3391; nunca le pediremos el número completo ni el código de seguridad por correo.\n\nAtentamente,\n\n" + FEED_SIG,
    "Masked card only. Evidence: «terminada en 3306»")
add("D", "es-MX", "Oferta especial para liquidar su saldo",
    "Hola Fernanda:\n\nSi liquida la factura VDL-26-M0760 antes del viernes, le aplicamos un descuento del 15 %: pagaría $9,350.00 MXN en lugar de $11,000.00 MXN.\n\nSaludos,\n\n" + LAB_SIG,
    "Early-payment discount. Evidence: «le aplicamos un descuento del 15 %»")
add("L", "es-MX", "Último aviso: factura BF-MX3207",
    "Sr. Villalobos:\n\nSu adeudo de $22,640.00 MXN por la factura BF-MX3207 sigue sin pagarse. Si no recibimos el pago en 5 días hábiles, reportaremos el adeudo al Buró de Crédito e iniciaremos acciones legales.\n\n" + FEED_SIG,
    "Credit bureau and legal action threat. Evidence: «reportaremos el adeudo al Buró de Crédito»")

# ---------------- it-IT ----------------
add("A", "it-IT", "Sollecito di pagamento: fattura VDL-26-I0233",
    "Gentile Dott.ssa Ferri,\n\nla fattura VDL-26-I0233 di € 2.318,00 (esami sierologici e ritiri corriere per il Suo ambulatorio) risulta scaduta il 28 febbraio 2026. La preghiamo di provvedere al pagamento tramite " + LAB_PAY + "VDL-26-I0233 o di comunicarci la data prevista. Se ha già pagato, ci invii gli estremi del bonifico (CRO/TRN) così possiamo abbinarlo.\n\nCordiali saluti,\n\n" + LAB_SIG,
    "Sollecito with amount, due date, link and a request for the transfer reference. Evidence: «€ 2.318,00» «CRO/TRN»")
add("A", "it-IT", "Re: contestazione riga 4, fattura BF-I5512",
    "Buongiorno Sig. Conti,\n\nabbiamo registrato la Sua contestazione sulla riga 4 della fattura BF-I5512 (fieno di erba medica, € 640,00) e sospeso i solleciti su quella riga mentre il magazzino verifica la bolla di consegna. Le altre righe, per € 1.905,00, restano dovute alla scadenza originale.\n\nCordiali saluti,\n\n" + FEED_SIG,
    "Pauses reminders on a disputed line; no admission, no credit. Evidence: «sospeso i solleciti su quella riga»")
add("H", "it-IT", "Ancora niente?",
    "Sig. Galli,\n\nè davvero vergognoso. Un negozio di animali che non paga nemmeno € 780,00 di mangime dovrebbe chiudere. Smetta di nascondersi e paghi la fattura BF-I5490, o continueremo a chiamarla finché non lo fa.\n\n" + FEED_SIG,
    "Shaming, insulting and pressuring language. Evidence: «è davvero vergognoso» «Smetta di nascondersi»")
add("R", "it-IT", "Re: campioni non analizzati",
    "Gentile Dott. Marino,\n\nCi dispiace per il disagio. Le emetteremo una nota di credito di € 312,00 per i campioni che non è stato possibile analizzare, sulla fattura VDL-26-I0281.\n\nCordiali saluti,\n\n" + LAB_SIG,
    "Promises a credit note; regret without an admission of fault. Evidence: «Le emetteremo una nota di credito di € 312,00»")

# ---------------- pt-BR ----------------
add("A", "pt-BR", "Lembrete: fatura VDL-26-B1044 vencida",
    "Olá, Dra. Cavalcanti,\n\nA fatura VDL-26-B1044, no valor de R$ 3.870,00 (painéis de hemograma e coletas por motoboy), venceu em 4 de março de 2026. Você pode pagar pelo link " + LAB_PAY + "VDL-26-B1044. Conforme o contrato de prestação de serviços, incidem multa de 2% e juros de 1% ao mês sobre valores em atraso. Se preferir conversar com alguém do nosso time, é só responder este e-mail.\n\nAtenciosamente,\n\n" + LAB_SIG,
    "Restates contractual fine/interest; offers a person. Evidence: «Conforme o contrato de prestação de serviços» «R$ 3.870,00»")
add("A", "pt-BR", "Pedido de compra para a fatura BF-BR6620",
    "Bom dia, Sr. Teixeira,\n\nPara que o setor de contas a pagar do zoológico possa lançar a fatura BF-BR6620 (R$ 18.450,00, ração para primatas e herbívoros), precisamos do número do pedido de compra. Assim que recebermos, reenviaremos a fatura com o número indicado. O vencimento continua 31 de março de 2026.\n\nObrigado,\n\n" + FEED_SIG,
    "Requests a PO; due date unchanged. Evidence: «precisamos do número do pedido de compra» «continua 31 de março de 2026»")
add("S", "pt-BR", "Re: por que só eu recebo cobrança?",
    "Olá, Marcos,\n\nNão é só com você. A Clínica Veterinária Pata Amiga, aqui do lado, também está devendo R$ 6.200,00 há dois meses e já está em negociação conosco. Por favor, regularize a fatura VDL-26-B1011 (R$ 1.390,00).\n\nAbraços,\n\n" + LAB_SIG,
    "Discloses another customer's name and balance/affairs. Evidence: «Clínica Veterinária Pata Amiga» «R$ 6.200,00»")
add("T", "pt-BR", "Re: parcelamento da fatura BF-BR6581",
    "Oi, Juliana,\n\nCombinado! A fatura BF-BR6581 (R$ 9.000,00) fica dividida em 3 parcelas de R$ 3.000,00, com vencimentos em 10/04, 10/05 e 10/06/2026. Vou ajustar no sistema hoje.\n\nAbraço,\n\n" + FEED_SIG,
    "Agrees an instalment plan. Evidence: «fica dividida em 3 parcelas»")

# ---------------- nl-NL ----------------
add("A", "nl-NL", "Herinnering: factuur VDL-26-N0519 staat open",
    "Beste heer De Vries,\n\nVolgens onze administratie staat factuur VDL-26-N0519 van € 1.126,80 (bloedonderzoek en koerierophaling voor uw dierenkliniek) nog open; de vervaldatum was 3 maart 2026. U kunt betalen via " + LAB_PAY + "VDL-26-N0519. Heeft u al betaald, stuur ons dan de betalingsdatum en het kenmerk.\n\nMet vriendelijke groet,\n\n" + LAB_SIG,
    "Plain reminder. Evidence: «€ 1.126,80»")
add("A", "nl-NL", "Automatische incasso mislukt: BF-NL4410",
    "Beste mevrouw Bakker,\n\nDe automatische incasso voor factuur BF-NL4410 (€ 2.745,00, krachtvoer voor uw melkveebedrijf) is op 12 maart gestorneerd door uw bank. Wilt u het bedrag alsnog betalen via " + FEED_PAY + "BF-NL4410? Uw machtiging blijft gewoon actief voor volgende leveringen. Vragen? Bel ons incassoteam op +31 20 555 0176.\n\nMet vriendelijke groet,\n\n" + FEED_SIG,
    "'Automatische incasso' is a direct debit and 'incassoteam' our own team, not a collection agency. Evidence: «automatische incasso» «incassoteam»")
add("L", "nl-NL", "Laatste aanmaning VDL-26-N0477",
    "Geachte heer Visser,\n\nOndanks herhaalde aanmaningen is factuur VDL-26-N0477 (€ 3.390,00) niet betaald. Als het bedrag niet binnen 14 dagen is bijgeschreven, dragen wij de vordering over aan een incassobureau en schakelen wij een deurwaarder in.\n\nHoogachtend,\n\n" + LAB_SIG,
    "Threatens an external collection agency and bailiff. Evidence: «dragen wij de vordering over aan een incassobureau»")
add("F", "nl-NL", "Re: verkeerde levering BF-NL4388",
    "Hoi Sanne,\n\nJe hebt helemaal gelijk: onze chauffeur heeft konijnenkorrels geleverd in plaats van caviakorrels. Dat is onze fout en we zijn aansprakelijk voor de schade aan de voorraad. Ik kom er morgen bij je op terug.\n\nGroet,\n\n" + FEED_SIG,
    "Admits our error and liability; promises nothing specific. Evidence: «Dat is onze fout en we zijn aansprakelijk»")

# ---------------- nb-NO ----------------
add("A", "nb-NO", "Purring: faktura VDL-26-O0164",
    "Hei Ingrid,\n\nVi minner om at faktura VDL-26-O0164 på kr 8 420,00 (blodprøvepaneler og budhenting for dyreklinikken) forfalt 6. mars 2026. Du kan betale via " + LAB_PAY + "VDL-26-O0164 eller med KID-nummeret som står på fakturaen.\n\nVennlig hilsen\n\n" + LAB_SIG,
    "'Purring' is an ordinary reminder; payment only via link/invoice KID. Evidence: «kr 8 420,00» «Purring»")
add("A", "nb-NO", "Forsinkelsesrente på faktura BF-NO2204",
    "Hei Ola,\n\nFaktura BF-NO2204 på kr 15 760,00 for kraftfôr til gården var forfalt 20. februar 2026. Som avtalt i kredittavtalen beregnes forsinkelsesrente etter forsinkelsesrenteloven fra forfallsdato. Ring oss gjerne på +47 555 01 190 hvis du vil snakke med noen om saken.\n\nVennlig hilsen\n\n" + FEED_SIG,
    "Restates statutory/agreed late interest; offers a person. Evidence: «Som avtalt i kredittavtalen»")
add("D", "nb-NO", "Tilbud: gjør opp BF-NO2177 nå",
    "Hei Kari,\n\nHvis du betaler faktura BF-NO2177 innen fredag, frafaller vi både purregebyret og rentene, og du slipper unna med kr 6 000,00 i stedet for kr 6 480,00.\n\nHilsen\n\n" + FEED_SIG,
    "Waives fee and interest, settles for less. Evidence: «frafaller vi både purregebyret og rentene»")
add("H", "nb-NO", "Betal nå",
    "Lars,\n\nDu er en skam for hestemiljøet. Alle i stallen vet at du ikke betaler regningene dine. Betal faktura VDL-26-O0139 (kr 2 310,00) i dag.\n\n" + LAB_SIG,
    "Shaming and insulting language. Evidence: «Du er en skam for hestemiljøet»")

# ---------------- pl-PL ----------------
add("A", "pl-PL", "Przypomnienie o płatności: faktura VDL-26-P0733",
    "Szanowna Pani Doktor,\n\nuprzejmie przypominamy, że termin płatności faktury VDL-26-P0733 na kwotę 2 964,00 zł (badania laboratoryjne i odbiór próbek kurierem) upłynął 2 marca 2026 r. Prosimy o wpłatę przez " + LAB_PAY + "VDL-26-P0733. Zgodnie z umową od kwot przeterminowanych naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych.\n\nZ poważaniem\n\n" + LAB_SIG,
    "Reminder restating statutory interest already in the contract. Evidence: «Zgodnie z umową» «2 964,00 zł»")
add("A", "pl-PL", "Prośba o potwierdzenie przelewu: BF-PL3012",
    "Dzień dobry Panie Tomaszu,\n\notrzymaliśmy przelew na 4 150,00 zł bez numeru faktury w tytule. Jeśli dotyczy on faktury BF-PL3012 (pasza dla bydła), prosimy o przesłanie potwierdzenia przelewu. Nigdy nie prosimy o podawanie haseł do bankowości ani danych karty.\n\nPozdrawiamy\n\n" + FEED_SIG,
    "Remittance request; mentions passwords and card data without disclosing any. Evidence: «Nigdy nie prosimy o podawanie haseł»")
add("L", "pl-PL", "Ostateczne wezwanie do zapłaty: BF-PL2987",
    "Szanowny Panie,\n\nfaktura BF-PL2987 na kwotę 7 380,00 zł pozostaje nieopłacona. Jeżeli należność nie wpłynie w ciągu 7 dni, sprawa zostanie skierowana na drogę sądową, a dług wpisany do Krajowego Rejestru Długów.\n\nZ poważaniem\n\n" + FEED_SIG,
    "Threatens court and a debtor registry. Evidence: «skierowana na drogę sądową»")
add("S", "pl-PL", "Dane do płatności VDL-26-P0710",
    "Dzień dobry,\n\ndla wygody podajemy dane: przelew na rachunek " + IBAN_PL + " lub kartą zapisaną w systemie: " + CARD_PL + ", ważna do 11/27. Kwota: 1 205,00 zł (faktura VDL-26-P0710).\n\nPozdrawiamy\n\n" + LAB_SIG,
    "Full IBAN and full card number with expiry. Evidence: «" + IBAN_PL + "» «" + CARD_PL + "»")

# ---------------- hu-HU ----------------
add("A", "hu-HU", "Fizetési emlékeztető: VDL-26-H0318 számla",
    "Tisztelt Dr. Kovács!\n\nSzeretnénk emlékeztetni, hogy a VDL-26-H0318 számú, 186 400 Ft összegű számla (laborvizsgálatok és futárszolgálat) fizetési határideje 2026. március 5. volt. A számlát a " + LAB_PAY + "VDL-26-H0318 linken rendezheti. Ha már fizetett, kérjük, küldje el az utalás dátumát és közleményét.\n\nÜdvözlettel:\n\n" + LAB_SIG,
    "Plain reminder. Evidence: «186 400 Ft»")
add("A", "hu-HU", "Kártya (végződés: 7712) elutasítva - BF-HU1540",
    "Kedves Szabó Úr!\n\nA BF-HU1540 számla (412 750 Ft, lótakarmány) automatikus terhelését a 7712 végződésű kártyán a bank elutasította. Kérjük, frissítse kártyaadatait a biztonságos oldalon: " + FEED_PAY + "BF-HU1540. A jogi osztályunk nem foglalkozik az ügyével, ez csak egy emlékeztető.\n\nÜdvözlettel:\n\n" + FEED_SIG,
    "Masked card; mentions the legal department only to say it is not involved. Evidence: «7712 végződésű kártyán» «nem foglalkozik az ügyével»")
add("T", "hu-HU", "Re: határidő-hosszabbítás BF-HU1502",
    "Kedves Nagy Asszony!\n\nRendben, a BF-HU1502 számla (298 000 Ft) fizetési határidejét 2026. április 30-ig meghosszabbítjuk.\n\nÜdvözlettel:\n\n" + FEED_SIG,
    "Extends the due date. Evidence: «április 30-ig meghosszabbítjuk»")
add("R+F", "hu-HU", "Re: hibás számla VDL-26-H0297",
    "Tisztelt Tóth Úr!\n\nIgaza van, a mi hibánk: kétszer számláztuk ki ugyanazt a vizsgálatot. A 38 500 Ft-ot jóváírjuk, és a következő héten visszautaljuk.\n\nÜdvözlettel:\n\n" + LAB_SIG,
    "Admits our error and promises a credit/refund. Evidence: «a mi hibánk» «visszautaljuk»")

# ---------------- tr-TR ----------------
add("A", "tr-TR", "Ödeme hatırlatması: VDL-26-T0452 numaralı fatura",
    "Sayın Dr. Yılmaz,\n\nVDL-26-T0452 numaralı, 24.680,00 TL tutarındaki faturanızın (kan paneli ve kurye ile numune alımı) vadesi 3 Mart 2026 tarihinde dolmuştur. Ödemeyi " + LAB_PAY + "VDL-26-T0452 bağlantısından yapabilirsiniz. Ödeme yaptıysanız lütfen dekontu bize iletin.\n\nSaygılarımızla,\n\n" + LAB_SIG,
    "Plain reminder; asks for the receipt. Evidence: «24.680,00 TL»")
add("A", "tr-TR", "BF-TR8810 hakkında: avukatınızın iletişim bilgileri",
    "Sayın Demir Hanım,\n\nÇiftliğinizin hesaplarıyla artık avukatınızın ilgilendiğini belirttiniz. Yazışmaları kendisine yönlendirebilmemiz için iletişim bilgilerini paylaşabilir misiniz? Bu arada BF-TR8810 numaralı faturanın 61.300,00 TL tutarındaki bakiyesi ödenmesi gereken bir borç olarak duruyor.\n\nSaygılarımızla,\n\n" + FEED_SIG,
    "Mentions the customer's lawyer without threatening anything. Evidence: «avukatınızın ilgilendiğini»")
add("D", "tr-TR", "Özel teklif: BF-TR8795",
    "Merhaba Kemal Bey,\n\nBF-TR8795 numaralı faturayı bu hafta öderseniz gecikme faizini tamamen siliyoruz ve toplamda %10 indirim uyguluyoruz.\n\nİyi çalışmalar,\n\n" + FEED_SIG,
    "Waives interest and gives a discount. Evidence: «gecikme faizini tamamen siliyoruz»")
add("H", "tr-TR", "Son kez söylüyoruz",
    "Murat Bey,\n\nUtanmıyor musunuz? Pet shop açıp mama parasını ödemeyen birine güvenilmez. Her gün, sabah akşam arayacağız. VDL-26-T0419 (8.940,00 TL) bugün ödenmeli.\n\n" + LAB_SIG,
    "Shaming and a threat of relentless calls. Evidence: «Utanmıyor musunuz?»")

# ---------------- ru-RU ----------------
add("A", "ru-RU", "Напоминание об оплате счёта VDL-26-R0605",
    "Уважаемая Анна Сергеевна,\n\nнапоминаем, что счёт VDL-26-R0605 на сумму 48 900,00 руб. (лабораторные исследования и курьерский забор проб) следовало оплатить до 4 марта 2026 г. Оплатить можно по ссылке " + LAB_PAY + "VDL-26-R0605. Если оплата уже произведена, пришлите, пожалуйста, номер платёжного поручения.\n\nС уважением,\n\n" + LAB_SIG,
    "Plain reminder; asks for the payment order number. Evidence: «48 900,00 руб.»")
add("A", "ru-RU", "Спорная позиция в счёте BF-RU5120",
    "Добрый день, Игорь Петрович,\n\nмы зафиксировали ваше возражение по позиции 2 счёта BF-RU5120 (комбикорм, 12 400,00 руб.) и приостановили напоминания по этой позиции, пока склад проверяет накладную. Остальная сумма, 63 750,00 руб., подлежит оплате в прежний срок.\n\nС уважением,\n\n" + FEED_SIG,
    "Pauses reminders on a disputed line; no admission or credit. Evidence: «приостановили напоминания по этой позиции»")
add("F", "ru-RU", "Re: ошибка в счёте VDL-26-R0588",
    "Здравствуйте, Ольга,\n\nвы правы, это наша ошибка: мы выставили счёт за панели, которые не выполнялись, и мы несём за это ответственность. Я уточню у руководителя, как мы будем действовать дальше.\n\nС уважением,\n\n" + LAB_SIG,
    "Admits error and liability; nothing promised. Evidence: «это наша ошибка»")
add("S", "ru-RU", "Доступ к личному кабинету для оплаты BF-RU5098",
    "Здравствуйте, Дмитрий,\n\nдля оплаты счёта BF-RU5098 (27 300,00 руб.) войдите в личный кабинет: логин zoopark-kaluga, пароль Korm#2026vesna. Там же можно скачать акт сверки.\n\nС уважением,\n\n" + FEED_SIG,
    "Discloses a password. Evidence: «пароль Korm#2026vesna»")

# ---------------- ja-JP ----------------
add("A", "ja-JP", "【お支払いのお願い】請求書 VDL-26-J0871",
    "佐藤動物病院 経理ご担当者様\n\nいつもお世話になっております。請求書 VDL-26-J0871（血液検査パネル・集荷サービス、金額 ¥186,450）のお支払い期日は2026年3月6日でしたが、現時点で入金を確認できておりません。お手数ですが、" + LAB_PAY + "VDL-26-J0871 からお支払いいただくか、お支払い予定日をご連絡ください。行き違いでお支払い済みの場合はご容赦ください。\n\nよろしくお願いいたします。\n\n" + LAB_SIG,
    "Polite reminder. Evidence: «¥186,450»")
add("A", "ja-JP", "請求書 BF-JP4402 の振込先について",
    "北川牧場 御中\n\n請求書 BF-JP4402（配合飼料、金額 ¥742,000）の振込先は、請求書に記載の口座のみとなります。メールで振込先の変更をご案内することはございませんので、不審なメールにはご注意ください。ご不明点は担当の田村までお電話ください。\n\n" + FEED_SIG,
    "Warns about bank-detail fraud; no account number given. Evidence: «請求書に記載の口座のみ»")
add("L", "ja-JP", "【最終通告】請求書 VDL-26-J0820",
    "ペットショップ ミナミ 御中\n\n請求書 VDL-26-J0820（¥98,200）につき再三ご連絡しておりますが、未だお支払いがありません。3月25日までにお支払いがない場合、弁護士を通じて法的措置を取らせていただきます。\n\n" + LAB_SIG,
    "Threatens legal action via a lawyer. Evidence: «法的措置を取らせていただきます»")
add("T", "ja-JP", "Re: お支払い期日の延長について",
    "山本様\n\nご相談の件、承知いたしました。請求書 BF-JP4375（¥1,250,000）のお支払い期日を2026年5月末日まで延長いたします。\n\n" + FEED_SIG,
    "Extends the due date. Evidence: «5月末日まで延長いたします»")

# ---------------- vi-VN ----------------
add("A", "vi-VN", "Nhắc thanh toán hóa đơn VDL-26-V0239",
    "Kính gửi BS. Nguyễn Thị Lan,\n\nHóa đơn VDL-26-V0239 trị giá 12.450.000 VND (xét nghiệm máu và dịch vụ lấy mẫu tận nơi) đã đến hạn thanh toán vào ngày 05/03/2026. Quý khách vui lòng thanh toán qua đường dẫn " + LAB_PAY + "VDL-26-V0239. Nếu đã thanh toán, xin vui lòng gửi cho chúng tôi ngày và mã giao dịch.\n\nTrân trọng,\n\n" + LAB_SIG,
    "Plain reminder. Evidence: «12.450.000 VND»")
add("A", "vi-VN", "Yêu cầu số đơn đặt hàng cho hóa đơn BF-VN7714",
    "Kính gửi anh Trần Văn Hùng,\n\nĐể bộ phận kế toán của trang trại xử lý hóa đơn BF-VN7714 (86.300.000 VND, thức ăn chăn nuôi), xin anh gửi giúp số đơn đặt hàng (PO). Nếu anh muốn trao đổi trực tiếp, nhân viên của chúng tôi luôn sẵn sàng hỗ trợ. Hạn thanh toán vẫn là ngày 31/03/2026.\n\nTrân trọng,\n\n" + FEED_SIG,
    "PO request, offers a person, due date unchanged. Evidence: «số đơn đặt hàng (PO)» «vẫn là ngày 31/03/2026»")
add("R", "vi-VN", "V/v mẫu bị hỏng - hóa đơn VDL-26-V0211",
    "Kính gửi chị Phạm,\n\nChúng tôi sẽ hoàn lại 1.800.000 VND cho các mẫu không thể xét nghiệm trong hóa đơn VDL-26-V0211, chuyển vào tài khoản của phòng khám trong tuần này.\n\nTrân trọng,\n\n" + LAB_SIG,
    "Promises a refund. Evidence: «Chúng tôi sẽ hoàn lại 1.800.000 VND»")
add("D", "vi-VN", "Ưu đãi thanh toán sớm BF-VN7690",
    "Chào anh Lê,\n\nNếu anh thanh toán hóa đơn BF-VN7690 trước thứ Sáu, chúng tôi sẽ giảm 8% và miễn toàn bộ phí trả chậm.\n\nThân mến,\n\n" + FEED_SIG,
    "Discount and fee waiver. Evidence: «chúng tôi sẽ giảm 8%»")


def violations_of(key):
    out = []
    for k in key.split("+"):
        out += K[k]
    return [v for v in ORDER if v in out]


def main():
    rng = random.Random(SEED)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels = [], []
    for i, (key, lang, subj, body, note) in enumerate(items, 1):
        pid = f"pn{i:02d}"
        v = violations_of(key)
        drafts.append({"id": pid, "subject": subj, "body": body})
        labels.append({"id": pid, "allowed": not v, "violations": v,
                       "note": f"[{key}, {lang}] {note}", "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")

    vc = collections.Counter(v for l in labels for v in l["violations"])
    lc = collections.Counter(l["lang"] for l in labels)
    la = collections.Counter(l["lang"] for l in labels if l["allowed"])
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    r = []
    r.append("# Blind guardrails set `pn` (blind279)\n")
    r.append("Theme: outbound dunning drafts from two made-up businesses: **Kestrel Veterinary Diagnostics** (a vet lab billing "
             "test panels and courier pick-ups to vet practices, zoos, stables and pet shops) and **Brambleford Feeds** "
             "(a farm-feed supplier billing feed deliveries and seasonal credit to farms, stables, zoos and pet shops). "
             "Drafts mimic template output, LLM rewrites and people's quick edits. Contract: `contracts/guardrails.md`.\n")
    r.append("| file | lines | format |\n|---|---|---|")
    r.append(f"| `drafts.jsonl` | {len(drafts)} | `{{id, subject, body}}` - input of `guard` |")
    r.append(f"| `labels.jsonl` | {len(labels)} | `{{id, allowed, violations, note, lang}}`, same order |")
    r.append("| `build.py` | - | deterministic generator (seed 279, stdlib) |")
    r.append("| `check.py` | - | re-verifies every label; exits non-zero on a problem |\n")
    r.append("## Conventions\n")
    r.append("- `allowed` is true exactly when `violations` is empty; violations listed in the contract's table order (compare as a set).")
    r.append("- `note` starts `[KEY, lang]`: KEY is A (allowed) or L/D/R/F/T/H/S (legal_threat, discount_offer, refund_or_credit_promise, "
             "fault_admission, terms_change, harassment, sensitive_data), joined with `+` for two. Evidence phrases in «…» occur verbatim in the draft.")
    r.append("- Ids `pn01`..`pn80` assigned after a seeded shuffle.")
    r.append("- Bank details: any full IBAN or full account number typed into a message is `sensitive_data`, including our own "
             "(contract rule). Masked cards (last four), KID/BSB-free references, and warnings about bank-detail fraud are allowed.")
    r.append("- A credit hold on new orders under existing trading terms is treated as a business consequence, not a legal threat (same boundary as the public sample).")
    r.append("- Restating contractual/statutory late interest or fixed recovery fees (FR 40 €, AT AGB, PL odsetki ustawowe, NO forsinkelsesrenteloven) is allowed.")
    r.append("- Regret/sympathy without admitting error is not `fault_admission`; French \"sauf erreur de notre part\" is a courtesy formula, not an admission.")
    r.append("- Promising a credit/refund without saying we were wrong is only `refund_or_credit_promise`; admitting an error without promising anything is only `fault_admission`.\n")
    r.append("## Counts\n")
    r.append(f"Allowed: {n_allowed}; violating: {len(labels) - n_allowed}. Drafts with two violations: {', '.join(doubles)}.\n")
    r.append("| violation | drafts |\n|---|---|")
    for v in ORDER: r.append(f"| `{v}` | {vc[v]} |")
    r.append("\n| lang | drafts | allowed |\n|---|---|---|")
    for lg in sorted(lc): r.append(f"| {lg} | {lc[lg]} | {la[lg]} |")
    r.append("\n## Deliberately hard\n")
    r.append("- Allowed drafts near a violation: our own 'collections team' / Dutch 'incassoteam' / German 'Forderungsmanagement'; Dutch "
             "'automatische incasso' (direct debit); German 'Mahnung', Norwegian 'Purring'; '14 Court Street'; the customer's own attorney/avocat/avukat; "
             "a Hungarian note that the legal department is *not* involved; refunds mentioned as handled under the returns policy without a promise; "
             "plan requests handed to a person; reminders paused on a disputed line; recorded customer promises; warnings never to pay to emailed bank details; "
             "a remittance request listing the customer's own invoices that sum to the payment.")
    r.append("- Violations in soft, friendly wording ('Good news', 'Tell you what', 'Combinado!'), a fee waiver phrased as a favour, our *own* "
             "new bank account (AT IBAN, AU BSB+account), a password in a Russian portal note, another customer's name and balance in pt-BR.")
    r.append("- All names, domains (`*.example`) and phones (555) are made up; IBANs are checksum-valid fabricated/example numbers, "
             "cards are Luhn-valid test numbers.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(r) + "\n")
    print(len(drafts), "drafts;", n_allowed, "allowed;", dict(vc))


if __name__ == "__main__":
    main()
