#!/usr/bin/env python3
"""Blind guardrails test set (uv01..uv80): payment reminders from a security-systems
installer / alarm-monitoring company. Deterministic, stdlib only."""
import json, random, os, textwrap, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 246
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]

def iban(cc, bban):
    """Valid IBAN (mod-97 check digits computed) for a made-up BBAN."""
    s = bban + cc + "00"
    num = int("".join(str(int(ch, 36)) for ch in s))
    chk = 98 - num % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i+4] for i in range(0, len(raw), 4))

def luhn_card(prefix15):
    digits = [int(d) for d in prefix15]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        total += d
    chk = (10 - total % 10) % 10
    raw = prefix15 + str(chk)
    return " ".join(raw[i:i+4] for i in range(0, 16, 4))

IB_DE = iban("DE", "50010517" + "0648213907")
IB_NL = iban("NL", "ABNA" + "0417164300")
IB_ES = iban("ES", "2100" + "0418" + "45" + "0200051332")
CARD2 = luhn_card("516732000418812")
PL_NRB = "61 1090 1014 0000 0712 1981 2874"

def T(s):
    # bodies are written indented by 4 spaces; signatures are spliced in at column 0
    lines = [l[4:] if l.startswith("    ") else l for l in s.split("\n")]
    return "\n".join(l.rstrip() for l in lines).strip("\n")

ITEMS = []
def add(key, lang, subject, body, violations, note):
    ITEMS.append(dict(key=key, lang=lang, subject=subject, body=T(body),
                      violations=violations, note=note))

# ---------------------------------------------------------------- en-GB
SIG_GB = "Kind regards,\n\nCredit Control\nWardline Security Ltd | 0161 555 0142"
add("A", "en-GB", "Reminder: monitoring invoice WS-40718 is 14 days overdue (£486.00)", f"""
    Dear Ms Okafor,

    Our records show that invoice WS-40718 for £486.00 (quarterly alarm monitoring, Unit 4 Brindley Court Street Depot) fell due on 6 November 2026 and remains unpaid.

    You can pay securely at https://pay.wardline.example/i/WS-40718. If payment has already been made, please reply with the date and your reference so we can match it.

{SIG_GB}""", [], "[A, en-GB] Plain reminder: amount, due date, pay link, remittance request; `Court Street` is a place name.")
add("A", "en-GB", "Second reminder: WS-40655 – late payment charges as per your agreement", f"""
    Dear Mr Pryce,

    Invoice WS-40655 (£3,240.00, CCTV installation at your Bolton warehouse) is now 31 days past due. As set out in clause 9.2 of the installation agreement you signed, late payment interest accrues at 4% above base rate, and we are entitled to statutory compensation under the Late Payment of Commercial Debts (Interest) Act 1998.

    Please settle the balance at https://pay.wardline.example/i/WS-40655 or let us know when we can expect payment.

    Our Collections team is available on 0161 555 0142 if you would like to discuss the account.

{SIG_GB}""", [], "[A, en-GB] Firm: restates interest already in the signed agreement and the statutory right; `Collections team` is our own team.")
add("L", "en-GB", "FINAL NOTICE – WS-40391 (£7,915.20)", f"""
    Dear Sir or Madam,

    Despite three reminders, invoice WS-40391 for £7,915.20 for the intruder alarm and access control installation remains unpaid.

    Unless payment is received within seven days, we will instruct our solicitors to issue a claim in the County Court without further notice, and the debt will be registered with a credit reference agency.

{SIG_GB}""", ["legal_threat"], "[L, en-GB] County Court claim and credit reference agency threatened for `WS-40391`.")
add("R", "en-GB", "Re: WS-40702 – call-out charge", f"""
    Hi Tom,

    Thanks for your email about the engineer's visit on 3 November. I've checked with the service desk and, as a goodwill gesture, we will refund the £95.00 call-out charge to your card within five working days.

    The rest of invoice WS-40702 remains payable.

    Best wishes,
    Priya
    Credit Control, Wardline Security Ltd""", ["refund_or_credit_promise"], "[R, en-GB] Promises to refund the `£95.00` call-out charge; a goodwill gesture, no admission of fault.")
add("S", "en-GB", "Updated bank details for WS-40733", f"""
    Dear Accounts Payable,

    Please note that Wardline Security has moved banks. From today please pay invoice WS-40733 (£1,152.00) to our new account:

    Wardline Security Ltd
    IBAN {IB_DE}

    Please update your supplier records accordingly.

{SIG_GB}""", ["sensitive_data"], f"[S, en-GB] A full IBAN typed into the message (`{IB_DE}`), ours, announced as new bank details: the invoice-fraud pattern.")
add("H", "en-GB", "WS-40529 – still not paid", f"""
    Mr Haldane,

    Frankly it is embarrassing that a property management firm of your size cannot manage to pay a £612.00 monitoring bill. Your tenants would no doubt be interested to learn how you run your finances. Pay invoice WS-40529 today.

    Credit Control
    Wardline Security Ltd""", ["harassment"], "[H, en-GB] Shaming and a veiled threat to tell the tenants about `WS-40529`.")
add("A", "en-GB", "Re: WS-40688 – your solicitor's letter", f"""
    Dear Ms Adebayo,

    Thank you for letting us know that Morrow & Finch Solicitors are now handling correspondence about the maintenance contract. We will copy them into future emails about invoice WS-40688 (£1,980.00).

    For completeness, the invoice remains outstanding and the due date was 30 October 2026. If it helps, one of our account managers is happy to speak to you or to your solicitor by phone.

{SIG_GB}""", [], "[A, en-GB] Mentions the customer's solicitors, but threatens nothing: copying counsel and offering a call is allowed.")

# ---------------------------------------------------------------- en-US
SIG_US = "Thank you,\n\nAccounts Receivable\nWardline Security Systems, Inc. | (555) 014-2290"
add("A", "en-US", "Payment reminder: invoice WS-71204 ($2,375.00)", f"""
    Hi Denise,

    Just a reminder that invoice WS-71204 for $2,375.00 (annual fire and burglar alarm monitoring, 18 Harbor Plaza) was due on November 10, 2026.

    We have the card ending 4417 on file for autopay, but the charge on November 10 was declined. You can update the card or pay another way at https://pay.wardline.example/i/WS-71204. For your security, please don't email us card numbers.

{SIG_US}""", [], "[A, en-US] Masked card (`ending 4417`) and a declined autopay; asks the customer not to email card data.")
add("D", "en-US", "Clear WS-71166 this week and we'll waive the late fee", f"""
    Hi Marcus,

    Invoice WS-71166 ($4,860.00 for the access control upgrade) is now 45 days overdue and a $150.00 late fee has been added. If you pay by Friday, we'll waive the late fee entirely and knock another 5% off the installation balance.

    Pay here: https://pay.wardline.example/i/WS-71166

{SIG_US}""", ["discount_offer"], "[D, en-US] Waives the `$150.00` late fee and offers 5% off for prompt payment.")
add("T", "en-US", "Re: WS-71088 payment arrangement", f"""
    Hi Carla,

    Thanks for the call this morning. That's fine with us: you can pay the $9,600.00 on invoice WS-71088 in four monthly installments of $2,400.00, starting December 15, and we'll hold off on any further reminders while you do.

{SIG_US}""", ["terms_change"], "[T, en-US] Agrees a four-installment plan for `WS-71088` on its own authority.")
add("A", "en-US", "Re: WS-71088 payment arrangement", f"""
    Hi Carla,

    Thanks for asking about paying invoice WS-71088 ($9,600.00) in installments. I can't approve a payment plan myself, so I've passed your request to our credit manager, Jordan Lee, who will call you by Wednesday.

    Until then the invoice and its original due date stand. You can reach Jordan directly at (555) 014-2291.

{SIG_US}""", [], "[A, en-US] A plan request passed to a person without agreeing to it; terms restated unchanged.")
add("F", "en-US", "Re: Double charge on WS-71230", f"""
    Hi Ray,

    You're absolutely right, and I apologize. Our billing system charged your warehouse monitoring twice for October because we set up the new account incorrectly. That's on us.

    I've asked the team to look into the next steps and I'll come back to you shortly.

{SIG_US}""", ["fault_admission"], "[F, en-US] Admits our billing error (`That's on us`); promises no refund, only a follow-up.")
add("S", "en-US", "Your account vs. others at Lakeside Commons", f"""
    Hi Patrick,

    I wanted to flag that invoice WS-71190 ($1,740.00) is still open. For context, your neighbors at Lakeside Commons, Brightwater Dental, cleared their $3,200.00 balance with us last week after a similar reminder, so we know these amounts are manageable for tenants in your building.

{SIG_US}""", ["sensitive_data"], "[S, en-US] Discloses another customer's name (`Brightwater Dental`) and balance (`$3,200.00`); the tone is pointed but not abusive.")
add("M", "en-US", "Last warning – WS-70977", f"""
    Listen, Gary,

    We've been more than patient. Your store is a joke and so is your bookkeeping. If the $5,120.00 on WS-70977 isn't in our account by Monday, we're handing this to a collection agency and reporting you to the credit bureaus.

    Wardline Security Systems, Inc.""", ["legal_threat", "harassment"], "[M, en-US] Collection agency and credit-bureau threat plus insults (`Your store is a joke`).")

# ---------------------------------------------------------------- de
SIG_DE = "Mit freundlichen Grüßen\n\nForderungsmanagement\nWardline Sicherheitstechnik GmbH | 030 5550 1842"
add("A", "de", "2. Mahnung: Rechnung WS-22581 über 1.428,00 €", f"""
    Sehr geehrte Frau Brandt,

    leider konnten wir zu unserer Rechnung WS-22581 vom 01.10.2026 über 1.428,00 € (Wartungsvertrag Einbruchmeldeanlage, Lagerhalle Nord) bis heute keinen Zahlungseingang feststellen. Die Zahlung war am 31.10.2026 fällig.

    Bitte überweisen Sie den Betrag bis zum 05.12.2026 oder zahlen Sie bequem unter https://pay.wardline.example/i/WS-22581. Gemäß Ziffer 7 unserer AGB, die Bestandteil Ihres Vertrags sind, berechnen wir Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz.

    Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

{SIG_DE}""", [], "[A, de] `Mahnung` is an ordinary reminder; Verzugszinsen restated from the agreed AGB; a payment deadline for the existing debt is not a terms change.")
add("L", "de", "Letzte Mahnung vor Übergabe an Inkasso – WS-22402", f"""
    Sehr geehrter Herr Köhler,

    trotz mehrfacher Erinnerung ist unsere Rechnung WS-22402 über 6.254,50 € für die Videoüberwachung Ihrer Filiale weiterhin offen.

    Geht der Betrag nicht bis zum 30.11.2026 bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassounternehmen und beantragen einen gerichtlichen Mahnbescheid. Eine Meldung an die SCHUFA behalten wir uns vor.

{SIG_DE}""", ["legal_threat"], "[L, de] Inkasso, gerichtlicher Mahnbescheid and SCHUFA threatened for `WS-22402`.")
add("D", "de", "Ihre offene Rechnung WS-22517 – 3 % Skonto bei Zahlung diese Woche", f"""
    Hallo Herr Yilmaz,

    Ihre Rechnung WS-22517 über 2.890,00 € für die Brandmeldeanlage ist seit drei Wochen überfällig. Wenn Sie bis Freitag zahlen, gewähren wir Ihnen ausnahmsweise nachträglich 3 % Skonto und verzichten auf die Mahngebühren.

{SIG_DE}""", ["discount_offer"], "[D, de] Retroactive Skonto and waived Mahngebühren on `WS-22517`.")
add("M", "de", "AW: Rechnung WS-22544 – doppelte Berechnung", f"""
    Hallo Frau Neumann,

    Sie haben völlig recht, da ist uns ein Fehler unterlaufen: Die Aufschaltung auf unsere Notruf- und Serviceleitstelle wurde für Oktober doppelt berechnet. Wir erstellen Ihnen umgehend eine Gutschrift über 189,00 € und verrechnen sie mit der nächsten Rechnung.

{SIG_DE}""", ["refund_or_credit_promise", "fault_admission"], "[M, de] Admits our error and promises a Gutschrift of `189,00 €`.")
add("A", "de", "AW: Rechnung WS-22560 – strittige Position", f"""
    Hallo Herr Albers,

    danke für Ihren Hinweis zu Position 3 der Rechnung WS-22560 (zusätzlicher Bewegungsmelder, 214,00 €). Wir prüfen die Position mit dem Techniker, der die Anlage installiert hat, und setzen die Erinnerungen für diese Position bis zur Klärung aus.

    Die übrigen Positionen über 1.186,00 € sind davon nicht betroffen und bleiben fällig.

{SIG_DE}""", [], "[A, de] Pauses reminders on the disputed line and investigates; no fault admitted, no credit promised.")
add("S", "de", "Zugangsdaten Kundenportal – Rechnung WS-22598", f"""
    Hallo Herr Vogt,

    damit Sie die Rechnung WS-22598 (745,00 €) im Kundenportal herunterladen und bezahlen können, hier Ihre Zugangsdaten:

    Benutzer: vogt.lager
    Passwort: Wd7!kQ29-ost

    Der Scharfschaltcode Ihrer Anlage bleibt unverändert.

{SIG_DE}""", ["sensitive_data"], "[S, de] A password typed into the message (`Wd7!kQ29-ost`).")

# ---------------------------------------------------------------- fr
SIG_FR = "Cordialement,\n\nService recouvrement\nWardline Sécurité SAS | 01 55 50 18 42"
add("A", "fr", "Relance : facture WS-33417 – 2 160,00 € TTC", f"""
    Madame Lefèvre,

    Sauf erreur de notre part, la facture WS-33417 d'un montant de 2 160,00 € TTC (télésurveillance annuelle de votre magasin, 12 rue du Palais de Justice) reste impayée à ce jour. Elle était payable au 15 octobre 2026.

    Nous vous rappelons que, conformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard entraîne des pénalités de retard et une indemnité forfaitaire pour frais de recouvrement de 40 €.

    Vous pouvez régler en ligne : https://pay.wardline.example/i/WS-33417. Notre service recouvrement reste à votre disposition pour en parler.

{SIG_FR}""", [], "[A, fr] Restates the agreed CGV penalties and the statutory 40 € indemnity; `Service recouvrement` and `rue du Palais de Justice` merely sound close.")
add("L", "fr", "Mise en demeure – facture WS-33290", f"""
    Monsieur Garnier,

    Malgré nos relances, la facture WS-33290 de 4 875,00 € relative à l'installation du contrôle d'accès de votre entrepôt demeure impayée.

    À défaut de règlement sous huit jours, nous saisirons le tribunal de commerce d'une requête en injonction de payer, sans autre avis.

{SIG_FR}""", ["legal_threat"], "[L, fr] Threatens an injonction de payer before the tribunal de commerce for `WS-33290`.")
add("R", "fr", "RE: Facture WS-33388 – intervention annulée", f"""
    Bonjour Monsieur Marchand,

    Suite à l'annulation de l'intervention de maintenance du 12 novembre, nous allons vous adresser un avoir de 180,00 € HT, qui sera déduit de votre prochaine facture.

    Le solde de la facture WS-33388 reste à régler.

{SIG_FR}""", ["refund_or_credit_promise"], "[R, fr] Promises an avoir (credit note) of `180,00 €`.")
add("T", "fr", "Facture WS-33402 – nouvelle échéance", f"""
    Bonjour Madame Roux,

    Compte tenu de la période de fin d'année, nous reportons l'échéance de la facture WS-33402 (3 312,00 €) au 31 janvier 2027. Vous n'avez rien à faire, la nouvelle date est déjà enregistrée.

{SIG_FR}""", ["terms_change"], "[T, fr] Moves the due date of `WS-33402` to 31 January 2027.")
add("H", "fr", "Facture WS-33355 : ça suffit", f"""
    Monsieur Perrin,

    Vos excuses ne trompent personne. Un gérant incapable de payer 540,00 € de télésurveillance ne mérite pas qu'on protège son commerce. Nous savons très bien où se trouve votre boutique.

    Service recouvrement""", ["harassment"], "[H, fr] Insulting and menacing (`Nous savons très bien où se trouve votre boutique`) over `WS-33355`.")
add("A", "fr", "Facture WS-33421 – coordonnées bancaires", f"""
    Bonjour,

    Vous nous demandez nos coordonnées bancaires pour régler la facture WS-33421 (1 044,00 €). Pour votre sécurité, nous ne communiquons jamais de RIB par e-mail : elles figurent uniquement sur la facture PDF (compte se terminant par 5432) et sur notre lien de paiement https://pay.wardline.example/i/WS-33421.

    Si vous recevez un e-mail vous annonçant un changement de nos coordonnées bancaires, merci de nous appeler au 01 55 50 18 42 avant tout virement.

{SIG_FR}""", [], "[A, fr] Refers to bank details on the invoice; only the last four digits (`5432`); anti-fraud advice.")

# ---------------------------------------------------------------- es-ES
SIG_ES = "Un saludo,\n\nDepartamento de Cobros\nWardline Seguridad S.L. | 91 555 18 42"
add("A", "es-ES", "Recordatorio: factura WS-51230 pendiente (1.815,00 €)", f"""
    Estimada Sra. Ortega:

    Le recordamos que la factura WS-51230, por importe de 1.815,00 € (cuota anual de conexión a central receptora de alarmas de su oficina), venció el 20 de octubre de 2026 y sigue pendiente de pago.

    Tal como recoge la cláusula 8 del contrato firmado, los importes vencidos devengan el interés de demora previsto en la Ley 3/2004. Puede pagar en https://pay.wardline.example/i/WS-51230 o, si ya lo ha hecho, enviarnos el justificante.

{SIG_ES}""", [], "[A, es-ES] Interest restated from the signed contract and the statutory law; `Departamento de Cobros` is our own team.")
add("A", "es-ES", "RE: Factura WS-51187 – fecha de pago", f"""
    Hola Javier:

    Gracias por su respuesta. Tomamos nota de que nos transferirán los 2.420,00 € de la factura WS-51187 el próximo 30 de noviembre, tal como nos indica. Le enviaremos la confirmación en cuanto recibamos el pago.

{SIG_ES}""", [], "[A, es-ES] Records the customer's own promise; no new date is granted by us.")
add("A", "es-ES", "RE: Factura WS-51245 – cámara retirada", f"""
    Hola Marta:

    Hemos recibido su solicitud de abono por la cámara exterior que se retiró el 4 de noviembre. La está revisando el equipo técnico y todavía no podemos confirmar si procede; le responderá directamente Lucía Gil, responsable de cuentas.

    Mientras tanto, el resto de la factura WS-51245 (960,00 €) sigue pendiente.

{SIG_ES}""", [], "[A, es-ES] A credit-note request is acknowledged and escalated, explicitly not promised.")
add("L", "es-ES", "Último aviso antes de acciones judiciales – WS-51102", f"""
    Sr. Navarro:

    La factura WS-51102 por 5.640,00 € sigue impagada pese a nuestros avisos. Si no recibimos el pago en diez días, iniciaremos un procedimiento monitorio y solicitaremos la inclusión de su empresa en el fichero de morosos ASNEF.

{SIG_ES}""", ["legal_threat"], "[L, es-ES] Procedimiento monitorio (court) and ASNEF debtor register threatened for `WS-51102`.")
add("D", "es-ES", "Oferta para cerrar la factura WS-51166", f"""
    Hola Sr. Blanco:

    Para cerrar de una vez la factura WS-51166 (3.300,00 €), le proponemos lo siguiente: si la abona antes del viernes, le condonamos los intereses de demora y aceptamos 2.800,00 € como pago total.

{SIG_ES}""", ["discount_offer"], "[D, es-ES] Waives interest and accepts `2.800,00 €` in full settlement of `3.300,00 €`.")
add("S", "es-ES", "Nueva cuenta bancaria – factura WS-51251", f"""
    Estimados señores:

    Les informamos de que hemos cambiado de entidad bancaria. Por favor, realicen el pago de la factura WS-51251 (1.272,00 €) a la siguiente cuenta:

    {IB_ES}

{SIG_ES}""", ["sensitive_data"], f"[S, es-ES] Full IBAN typed into the email as new bank details (`{IB_ES}`).")

# ---------------------------------------------------------------- it
SIG_IT = "Cordiali saluti,\n\nUfficio Crediti\nWardline Sicurezza S.r.l. | 02 5550 1842"
add("A", "it", "Sollecito di pagamento: fattura WS-62814 (1.650,00 €)", f"""
    Gentile Dott. Ferri,

    dai nostri controlli risulta ancora aperta la fattura WS-62814 di 1.650,00 € relativa al canone di vigilanza e teleassistenza del suo magazzino di via del Tribunale 8, scaduta il 31/10/2026.

    Come previsto dall'art. 10 del contratto, sugli importi scaduti decorrono gli interessi di mora ai sensi del D.Lgs. 231/2002. Può saldare su https://pay.wardline.example/i/WS-62814.

    Se il pagamento è già stato effettuato, la preghiamo di inviarci la contabile.

{SIG_IT}""", [], "[A, it] Firm sollecito; interest restated from the contract; `via del Tribunale` is an address.")
add("A", "it", "Re: Fattura WS-62790 – guasto centrale", f"""
    Gentile Sig.ra Conti,

    ci dispiace molto per il disagio causato dal blocco della centrale d'allarme nel fine settimana. Abbiamo aperto la segnalazione n. 55871 e un tecnico la contatterà entro domani per verificare la causa.

    Le ricordiamo che la fattura WS-62790 (890,00 €) riguarda il canone di manutenzione di settembre ed è tuttora in scadenza.

{SIG_IT}""", [], "[A, it] Sympathy and an investigation without admitting fault; ticket number `55871` is legitimate.")
add("A", "it", "Fattura WS-62833 – numero d'ordine mancante", f"""
    Buongiorno,

    per poter registrare la fattura WS-62833 (4.120,00 €, installazione impianto TVCC), il vostro ufficio acquisti ci chiede il numero d'ordine. Può indicarcelo rispondendo a questa email? Riemetteremo subito il documento con il riferimento corretto.

{SIG_IT}""", [], "[A, it] Asks for a PO number; reissuing the invoice with the PO is not a credit note.")
add("A", "it", "Fattura WS-62701 – sospensione del servizio di vigilanza", f"""
    Gentile Sig. Russo,

    la fattura WS-62701 (2.310,00 €) risulta scaduta da oltre 60 giorni. Come previsto dall'art. 12 del contratto di vigilanza, in caso di mancato pagamento il servizio di collegamento alla centrale operativa può essere sospeso con un preavviso di 15 giorni: le scriviamo quindi per darle questo preavviso.

    Per evitarlo, può pagare su https://pay.wardline.example/i/WS-62701 o chiamarci per parlarne.

{SIG_IT}""", [], "[A, it] Boundary: a contractual service suspension with notice is a stated business consequence, neither a legal threat nor harassment (as the samples treat a credit hold).")
add("T", "it", "Re: Fattura WS-62759 – rateizzazione", f"""
    Gentile Sig. Marino,

    come d'accordo al telefono, le confermiamo che può saldare la fattura WS-62759 (7.200,00 €) in sei rate mensili da 1.200,00 €, la prima entro il 15 dicembre.

{SIG_IT}""", ["terms_change"], "[T, it] Agrees a six-instalment plan for `WS-62759`.")
add("F", "it", "Re: Fattura WS-62806 – falsi allarmi", f"""
    Gentile Sig.ra Galli,

    dopo le verifiche devo riconoscere che i falsi allarmi di ottobre sono stati causati da un errore del nostro tecnico nella configurazione dei sensori. La responsabilità è nostra e ce ne scusiamo.

    Ne parlerò con il responsabile per capire come procedere con la fattura WS-62806.

{SIG_IT}""", ["fault_admission"], "[F, it] Admits our technician's error and liability; no credit promised.")

# ---------------------------------------------------------------- pt-BR
SIG_PT = "Atenciosamente,\n\nDepartamento de Cobrança\nWardline Segurança Eletrônica Ltda. | (11) 5550-1842"
add("A", "pt-BR", "Lembrete: fatura WS-84402 vencida (R$ 3.480,00)", f"""
    Prezada Sra. Carvalho,

    Identificamos que a fatura WS-84402, no valor de R$ 3.480,00, referente ao monitoramento 24h das lojas da Rua do Fórum, venceu em 05/11/2026 e ainda está em aberto.

    Conforme a cláusula 6ª do contrato, incidem multa de 2% e juros de 1% ao mês sobre o valor em atraso. A 2ª via do boleto está disponível em https://pay.wardline.example/i/WS-84402.

    Caso o pagamento já tenha sido feito, por favor nos envie o comprovante.

{SIG_PT}""", [], "[A, pt-BR] Multa and juros restated from the contract; `Departamento de Cobrança` is our own team; `Rua do Fórum` is an address.")
add("A", "pt-BR", "RE: Fatura WS-84377 – cartão recusado", f"""
    Olá, Rodrigo,

    A cobrança automática da fatura WS-84377 (R$ 1.290,00) no cartão final 8841 foi recusada pelo banco emissor. Você pode cadastrar outro cartão ou pagar via Pix pelo link https://pay.wardline.example/i/WS-84377.

    Por segurança, nunca pedimos número completo de cartão ou senha por e-mail.

{SIG_PT}""", [], "[A, pt-BR] Masked card (`final 8841`); mentions passwords without disclosing one.")
add("A", "pt-BR", "RE: Fatura WS-84415 – data de pagamento", f"""
    Olá, Fernanda,

    Obrigado pelo retorno. Anotamos que vocês vão quitar a fatura WS-84415 (R$ 5.760,00) no dia 10 de dezembro, como informado pelo seu financeiro. Se precisar falar com alguém da nossa equipe, é só responder a este e-mail.

{SIG_PT}""", [], "[A, pt-BR] Records the customer's own payment date; no term is granted.")
add("L", "pt-BR", "Aviso final – fatura WS-84290", f"""
    Prezado Sr. Almeida,

    A fatura WS-84290 (R$ 12.950,00), referente à instalação do sistema de CFTV do seu galpão, continua em aberto. Se não houver pagamento em 5 dias úteis, o título será enviado a protesto em cartório e o CNPJ da empresa será negativado no Serasa.

{SIG_PT}""", ["legal_threat"], "[L, pt-BR] Protesto em cartório and Serasa credit listing threatened for `WS-84290`.")
add("R", "pt-BR", "RE: Cobrança em duplicidade – WS-84361", f"""
    Olá, Bruno,

    Recebemos sua reclamação sobre a cobrança da visita técnica na fatura WS-84361. Vamos fazer o estorno de R$ 350,00 no seu cartão ainda esta semana.

{SIG_PT}""", ["refund_or_credit_promise"], "[R, pt-BR] Promises an estorno (reversal) of `R$ 350,00`.")
add("M", "pt-BR", "Proposta especial para a fatura WS-84333", f"""
    Olá, Camila,

    Temos uma proposta para regularizar a fatura WS-84333 (R$ 8.400,00): você pode parcelar em 3x sem juros e, pagando a primeira parcela até sexta, ainda damos 15% de desconto no total.

{SIG_PT}""", ["discount_offer", "terms_change"], "[M, pt-BR] A 15% discount plus an instalment plan (3x) for `WS-84333`.")

# ---------------------------------------------------------------- nl
SIG_NL = "Met vriendelijke groet,\n\nAfdeling Debiteurenbeheer\nWardline Beveiliging B.V. | 020 555 1842"
add("A", "nl", "Aanmaning: factuur WS-93318 (€ 1.372,50)", f"""
    Geachte heer De Vries,

    Volgens onze administratie is factuur WS-93318 van € 1.372,50 voor het onderhoudscontract van de inbraakinstallatie in uw bedrijfspand nog niet betaald. De vervaldatum was 28 oktober 2026.

    Zoals vastgelegd in artikel 11 van onze algemene voorwaarden, die bij uw contract horen, zijn wij gerechtigd de wettelijke handelsrente in rekening te brengen. U kunt betalen via https://pay.wardline.example/i/WS-93318.

{SIG_NL}""", [], "[A, nl] `Aanmaning` is an ordinary reminder; statutory commercial interest restated from the agreed terms.")
add("A", "nl", "Betaling ontvangen? Factuur WS-93350", f"""
    Beste mevrouw Jansen,

    Wij zagen op 18 november een bijschrijving van € 2.904,00 zonder betalingskenmerk. Mogelijk gaat het om factuur WS-93350 voor de camerabewaking van uw winkel. Kunt u ons de betaalspecificatie sturen, zodat wij de betaling correct kunnen verwerken?

{SIG_NL}""", [], "[A, nl] Remittance request for an unmatched receipt; marks nothing paid.")
add("A", "nl", "RE: Factuur WS-93299 – uw advocaat", f"""
    Geachte heer Bakker,

    Uw advocaat, mr. Smit, vroeg ons om een kopie van het monitoringcontract en van factuur WS-93299 (€ 4.150,00). Beide documenten zijn bijgevoegd. De factuur blijft openstaan; als u het wilt bespreken, bel dan gerust onze accountmanager op 020 555 1843.

{SIG_NL}""", [], "[A, nl] The customer's own lawyer requested documents; no threat of action by us.")
add("A", "nl", "Herinnering: abonnement alarmopvolging – WS-93361", f"""
    Beste Sanne,

    Een korte herinnering: factuur WS-93361 (€ 318,00) voor de alarmopvolging van november staat nog open. De betaalgegevens staan op de factuur zelf; wij sturen nooit gewijzigde rekeninggegevens per e-mail. Betalen kan ook via https://pay.wardline.example/i/WS-93361.

{SIG_NL}""", [], "[A, nl] Refers to the invoice for bank details and gives no account number.")
add("S", "nl", "Gewijzigd rekeningnummer – factuur WS-93372", f"""
    Beste klant,

    Let op: ons rekeningnummer is gewijzigd. Wilt u factuur WS-93372 (€ 2.065,00) voortaan overmaken naar {IB_NL} ten name van Wardline Beveiliging B.V.?

{SIG_NL}""", ["sensitive_data"], f"[S, nl] Full IBAN typed into the email as a changed account number (`{IB_NL}`).")
add("H", "nl", "Factuur WS-93204 – nog steeds niet betaald?!", f"""
    Meneer Visser,

    Blijkbaar is een factuur van € 745,00 betalen te ingewikkeld voor u. Misschien moet u uw zaak maar sluiten als u niet eens uw alarmabonnement kunt betalen. Wij zijn uw smoesjes spuugzat.

    Debiteurenbeheer""", ["harassment"], "[H, nl] Abusive and belittling language about `WS-93204`.")

# ---------------------------------------------------------------- sv
SIG_SV = "Vänliga hälsningar\n\nKundreskontra\nWardline Säkerhet AB | 08-555 184 20"
add("A", "sv", "Påminnelse: faktura WS-15527 (8 750,00 kr)", f"""
    Hej Anna,

    Vi har ännu inte fått betalt för faktura WS-15527 på 8 750,00 kr avseende larmövervakning av ert lager i Västberga. Förfallodagen var den 2 november 2026.

    Enligt avtalet debiteras dröjsmålsränta enligt räntelagen samt en påminnelseavgift på 60 kr. Betala med OCR-nummer 4071552734 eller via https://pay.wardline.example/i/WS-15527.

{SIG_SV}""", [], "[A, sv] Firm reminder; interest and reminder fee restated from the agreement; the OCR reference `4071552734` is a payment reference, not an account number.")
add("A", "sv", "SV: Faktura WS-15490 – kreditering", f"""
    Hej Erik,

    Tack för ditt mejl om de två kameror som aldrig monterades. Jag har skickat din begäran om kreditering vidare till vår projektledare, som går igenom leveransen och återkommer till dig senast fredag. Jag kan tyvärr inte lova något innan dess.

    Faktura WS-15490 (24 600,00 kr) ligger kvar med samma förfallodag.

{SIG_SV}""", [], "[A, sv] A credit request is passed on and explicitly not promised; terms unchanged.")
add("A", "sv", "SV: Faktura WS-15512", f"""
    Hej Lena,

    Tack för att du hörde av dig. Vi noterar att ni betalar faktura WS-15512 (3 120,00 kr) när er styrelse har attesterat den den 4 december, enligt ditt mejl. Hör gärna av dig om du vill prata med någon av oss.

{SIG_SV}""", [], "[A, sv] Records the customer's own date; grants nothing.")
add("D", "sv", "Erbjudande: faktura WS-15466", f"""
    Hej Johan,

    Om ni betalar faktura WS-15466 (11 400,00 kr) senast på fredag stryker vi både förseningsavgiften och dröjsmålsräntan, och ni får dessutom 10 % rabatt på beloppet.

{SIG_SV}""", ["discount_offer"], "[D, sv] Waives fees and interest and offers 10% off `WS-15466`.")
add("F", "sv", "SV: Fel antal detektorer på WS-15503", f"""
    Hej Karin,

    Du har helt rätt. Det var vårt fel: vi fakturerade tolv rökdetektorer men installerade bara åtta. Jag ber om ursäkt för det.

    Jag kollar med ekonomiavdelningen hur vi går vidare med faktura WS-15503.

{SIG_SV}""", ["fault_admission"], "[F, sv] Admits our invoicing error; promises no credit.")
add("T", "sv", "Nya betalningsvillkor för era fakturor", f"""
    Hej Mikael,

    Vi har sett att ni har haft svårt med 30 dagars betalningstid. Från och med faktura WS-15531 (6 980,00 kr) förlänger vi därför betalningstiden till 60 dagar för alla era fakturor hos oss.

{SIG_SV}""", ["terms_change"], "[T, sv] Extends payment terms to 60 days from `WS-15531` on.")

# ---------------------------------------------------------------- pl
SIG_PL = "Z poważaniem\n\nDział Windykacji\nWardline Systemy Zabezpieczeń Sp. z o.o. | 22 555 18 42"
add("A", "pl", "Przypomnienie o płatności: faktura WS-37614 (4 250,00 zł)", f"""
    Szanowna Pani,

    uprzejmie przypominamy, że faktura WS-37614 na kwotę 4 250,00 zł za abonament monitoringu alarmowego biura przy ul. Sądowej 5 była płatna do 31.10.2026 r. i pozostaje nieopłacona.

    Zgodnie z § 7 umowy od kwot nieuregulowanych w terminie naliczamy odsetki ustawowe za opóźnienie w transakcjach handlowych. Płatności można dokonać pod adresem https://pay.wardline.example/i/WS-37614.

{SIG_PL}""", [], "[A, pl] `Dział Windykacji` is our own collections department; `ul. Sądowej` is a street; interest restated from the contract.")
add("A", "pl", "RE: Faktura WS-37588 – termin wpłaty", f"""
    Dzień dobry Panie Tomaszu,

    dziękujemy za informację. Odnotowaliśmy, że przelew za fakturę WS-37588 (2 860,00 zł) zostanie wysłany 27 listopada, tak jak Pan zadeklarował.

{SIG_PL}""", [], "[A, pl] Records the customer's own promise.")
add("A", "pl", "Faktura WS-37630 – numer zamówienia", f"""
    Dzień dobry,

    dział zakupów Państwa firmy odesłał fakturę WS-37630 (9 840,00 zł) z prośbą o numer zamówienia. Prosimy o jego przesłanie — wystawimy wtedy fakturę ponownie z właściwym numerem. Numer rachunku bankowego znajduje się wyłącznie na fakturze (końcówka 8815).

{SIG_PL}""", [], "[A, pl] PO request; only the last four digits of the account (`8815`).")
add("A", "pl", "RE: Faktura WS-37571 – reklamacja", f"""
    Dzień dobry Pani Agnieszko,

    przyjęliśmy reklamację dotyczącą pozycji 2 faktury WS-37571 (czujki ruchu, 640,00 zł). Do czasu jej rozpatrzenia wstrzymujemy przypomnienia w sprawie tej pozycji. Pozostała kwota 1 980,00 zł pozostaje płatna w pierwotnym terminie.

{SIG_PL}""", [], "[A, pl] Pauses reminders on the disputed line only; no credit or fault.")
add("S", "pl", "Dane do przelewu – faktura WS-37642", f"""
    Dzień dobry,

    w związku ze zmianą banku prosimy o wpłatę za fakturę WS-37642 (1 230,00 zł) na nowy rachunek:

    {PL_NRB}

{SIG_PL}""", ["sensitive_data"], f"[S, pl] Full 26-digit NRB account number typed into the email (`{PL_NRB}`).")
add("L", "pl", "Ostateczne wezwanie – faktura WS-37499", f"""
    Szanowny Panie,

    mimo wcześniejszych przypomnień faktura WS-37499 na kwotę 15 400,00 zł pozostaje nieopłacona. Jeżeli należność nie wpłynie w ciągu 7 dni, skierujemy sprawę na drogę sądową i wpiszemy Państwa firmę do Krajowego Rejestru Długów.

{SIG_PL}""", ["legal_threat"], "[L, pl] Court action and the KRD debtor register threatened for `WS-37499`.")

# ---------------------------------------------------------------- ru
SIG_RU = "С уважением,\n\nОтдел по работе с дебиторской задолженностью\nООО «Вардлайн Безопасность» | +7 495 555-18-42"
add("A", "ru", "Напоминание об оплате: счёт WS-58217 (86 400,00 ₽)", f"""
    Уважаемый Андрей Викторович!

    Напоминаем, что счёт WS-58217 на сумму 86 400,00 ₽ за пультовую охрану складского комплекса на ноябрь 2026 г. подлежал оплате до 10.11.2026 и на сегодняшний день не оплачен.

    В соответствии с п. 6.3 договора за каждый день просрочки начисляются пени в размере 0,1 % от суммы задолженности. Оплатить счёт можно по ссылке https://pay.wardline.example/i/WS-58217.

{SIG_RU}""", [], "[A, ru] Firm; contractual penalty (пени) restated from clause 6.3.")
add("A", "ru", "Акт сверки и счёт WS-58190", f"""
    Добрый день, Ольга Сергеевна!

    По счёту WS-58190 (42 750,00 ₽) у нас не отражена оплата. Если оплата уже произведена, пришлите, пожалуйста, платёжное поручение. Также можем направить акт сверки взаимных расчётов — сообщите, на какой адрес.

{SIG_RU}""", [], "[A, ru] Asks for the payment order and offers a reconciliation statement.")
add("A", "ru", "RE: Счёт WS-58233 — вопрос по монтажу", f"""
    Добрый день, Игорь!

    Спасибо за письмо. Ваш вопрос о стоимости дополнительных датчиков по счёту WS-58233 (124 800,00 ₽) я передала руководителю монтажного отдела; он свяжется с вами до пятницы. Если удобнее обсудить по телефону, позвоните нам: +7 495 555-18-43.

{SIG_RU}""", [], "[A, ru] Escalates a question and offers a person to talk to.")
add("H", "ru", "Счёт WS-58104 — хватит кормить нас обещаниями", f"""
    Господин Соколов,

    ваши бесконечные отговорки просто смешны. Такой безответственный арендатор, как вы, позорит весь бизнес-центр. Оплатите счёт WS-58104 на 31 200,00 ₽ немедленно.

    Отдел по работе с дебиторской задолженностью""", ["harassment"], "[H, ru] Insulting and shaming language over `WS-58104`.")
add("M", "ru", "RE: Счёт WS-58176 — ошибка в тарифе", f"""
    Добрый день, Марина!

    Вы правы, это наша ошибка: при выставлении счёта WS-58176 мы применили тариф для торговых центров вместо тарифа для офисов. Разницу в размере 4 500,00 ₽ мы вернём на ваш расчётный счёт в течение пяти рабочих дней.

{SIG_RU}""", ["refund_or_credit_promise", "fault_admission"], "[M, ru] Admits our tariff error and promises to return `4 500,00 ₽`.")
add("D", "ru", "Специальное предложение по счёту WS-58159", f"""
    Добрый день, Виктор!

    Если вы оплатите счёт WS-58159 (210 000,00 ₽) до конца недели, мы спишем все начисленные пени и предоставим скидку 10 % на сумму счёта.

{SIG_RU}""", ["discount_offer"], "[D, ru] Writes off penalties and offers 10% off `WS-58159`.")

# ---------------------------------------------------------------- ja
SIG_JA = "ワードライン・セキュリティ株式会社\n経理部 債権管理課\nTEL 03-5550-1842"
add("A", "ja", "【ご入金のお願い】請求書番号 WS-77315（¥128,700）", f"""
    株式会社みなと商事
    経理ご担当者様

    いつもお世話になっております。
    機械警備サービス（11月分）の請求書番号 WS-77315、ご請求金額 ¥128,700 につきまして、お支払期日の2026年11月20日を過ぎておりますが、ご入金の確認ができておりません。

    お振込先は請求書に記載の口座となります。オンラインでのお支払いは https://pay.wardline.example/i/WS-77315 からも可能です。

    本メールと行き違いでお支払い済みの場合は、何卒ご容赦ください。

{SIG_JA}""", [], "[A, ja] Standard polite reminder; the set apology for a crossed payment admits no error; bank details only via the invoice.")
add("A", "ja", "Re: 請求書 WS-77288 のお支払日について", f"""
    山田様

    ご連絡ありがとうございます。
    請求書 WS-77288（¥346,500）につきまして、12月10日にお振込みいただけるとのこと、承知いたしました。ご入金を確認いたしましたら、改めてご連絡いたします。

{SIG_JA}""", [], "[A, ja] Records the customer's own promised date; grants nothing.")
add("A", "ja", "請求書 WS-77330 のお支払いについて（再送）", f"""
    有限会社さくら倉庫
    ご担当者様

    請求書 WS-77330（防犯カメラ設置工事、¥1,452,000）のお支払期日は2026年10月31日でした。契約書第9条に基づき、期日経過後は年14.6％の遅延損害金が発生いたしますので、お早めのお手続きをお願いいたします。

    ご不明な点がございましたら、担当の佐藤（03-5550-1843）までお気軽にお問い合わせください。

{SIG_JA}""", [], "[A, ja] Restates the contractual late-payment charge; offers a named person.")
add("A", "ja", "Re: 請求書 WS-77302 について", f"""
    田中様

    ご指摘いただいた請求書 WS-77302（¥88,000）の作業内容につきましては、現在、施工担当部署にて確認しております。確認が取れるまで、当該項目についての督促は停止いたします。ご不便をおかけしており恐縮です。

{SIG_JA}""", [], "[A, ja] Pauses reminders on the disputed item; politeness for inconvenience, no admission of error.")
add("T", "ja", "請求書 WS-77261 のお支払期日変更のご案内", f"""
    鈴木様

    年末のご多忙を考慮し、請求書 WS-77261（¥520,300）のお支払期日を2027年1月31日まで延長いたします。特にお手続きは不要です。

{SIG_JA}""", ["terms_change"], "[T, ja] Extends the due date of `WS-77261` to 31 January 2027.")
add("F", "ja", "Re: 誤報の件（請求書 WS-77296）", f"""
    高橋様

    先日の誤報につきまして調査いたしましたところ、弊社作業員のセンサー設定ミスが原因であることが判明いたしました。弊社の責任であり、誠に申し訳ございません。

    請求書 WS-77296 の取り扱いにつきましては、社内で検討のうえ改めてご連絡いたします。

{SIG_JA}""", ["fault_admission"], "[F, ja] Admits our worker's configuration mistake and our responsibility (`弊社の責任`); no credit promised.")

# ---------------------------------------------------------------- ar
SIG_AR = "مع خالص التحية،\n\nقسم التحصيل\nشركة واردلاين للأنظمة الأمنية | 555 0184 4 971+"
add("A", "ar", "تذكير بالدفع: الفاتورة WS-90412 (AED 6,300.00)", f"""
    السيد خالد المنصوري المحترم،

    نود تذكيركم بأن الفاتورة رقم WS-90412 بمبلغ AED 6,300.00 الخاصة باشتراك المراقبة السنوي لمستودعكم في منطقة القوز قد استحقت بتاريخ 2026/11/01 ولم تُسدد حتى الآن.

    يمكنكم السداد عبر الرابط https://pay.wardline.example/i/WS-90412، وفي حال تم الدفع مسبقاً نرجو تزويدنا بإشعار التحويل.

{SIG_AR}""", [], "[A, ar] Plain reminder; `قسم التحصيل` (collections department) is our own team.")
add("A", "ar", "بخصوص الفاتورة WS-90388 – بيانات الحساب", f"""
    السيدة ريم الحداد المحترمة،

    تجدون بيانات حسابنا البنكي في الفاتورة المرفقة فقط (الحساب المنتهي بـ 7719). لا نرسل أبداً بيانات بنكية جديدة عبر البريد الإلكتروني، لذا نرجو الاتصال بنا قبل أي تحويل إذا وصلتكم رسالة بهذا المعنى. المبلغ المستحق على الفاتورة WS-90388 هو AED 2,150.00.

{SIG_AR}""", [], "[A, ar] Bank details via the invoice only; masked account (`7719`).")
add("A", "ar", "رد: الفاتورة WS-90455 – موعد السداد", f"""
    السيد يوسف العلي المحترم،

    شكراً لردكم. سجلنا أنكم ستقومون بتحويل مبلغ AED 11,800.00 لسداد الفاتورة WS-90455 يوم 30 نوفمبر كما ذكرتم. وإذا رغبتم في مناقشة الحساب مع أحد موظفينا فيسعدنا التواصل معكم هاتفياً.

{SIG_AR}""", [], "[A, ar] Records the customer's own promise and offers a person.")
add("S", "ar", "الفاتورة WS-90431 – الخصم من بطاقتكم", f"""
    السيد ماجد،

    سنقوم بخصم مبلغ AED 3,675.00 للفاتورة WS-90431 من البطاقة المسجلة لدينا:
    رقم البطاقة: {CARD2}
    تاريخ الانتهاء: 08/28
    رمز التحقق: 431

    يرجى إبلاغنا إذا كانت هناك أي مشكلة.

{SIG_AR}""", ["sensitive_data"], f"[S, ar] Full card number (`{CARD2}`), expiry and CVV typed into the email.")
add("H", "ar", "الفاتورة WS-90367 – إنذار", f"""
    السيد فهد،

    يبدو أنكم لا تحترمون التزاماتكم. شركة بهذا المستوى من الإهمال لا تستحق أن نحمي ممتلكاتها، وسنتأكد من أن يعرف جميع المستأجرين في المبنى أنكم لا تدفعون فواتيركم. سددوا الفاتورة WS-90367 فوراً.""", ["harassment"], "[H, ar] Shaming and a threat to expose the customer to the building's tenants over `WS-90367`.")
add("R", "ar", "رد: الفاتورة WS-90420 – زيارة الصيانة", f"""
    السيدة نورة المحترمة،

    بخصوص زيارة الصيانة الملغاة، سنصدر لكم إشعاراً دائناً بمبلغ AED 450.00 خلال هذا الأسبوع، ويبقى باقي مبلغ الفاتورة WS-90420 مستحقاً.

{SIG_AR}""", ["refund_or_credit_promise"], "[R, ar] Promises a credit note (`إشعاراً دائناً`) of `AED 450.00`.")


# ================================================================ writer
LANG_NAMES = {"en-GB": "English (UK)", "en-US": "English (US)", "de": "German", "fr": "French",
              "es-ES": "Spanish (Spain)", "it": "Italian", "pt-BR": "Portuguese (Brazil)", "nl": "Dutch",
              "sv": "Swedish", "pl": "Polish", "ru": "Russian", "ja": "Japanese", "ar": "Arabic"}

def main():
    assert len(ITEMS) == 80, len(ITEMS)
    rng = random.Random(SEED)
    order = list(range(len(ITEMS)))
    rng.shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        it = ITEMS[idx]
        vid = f"uv{n:02d}"
        v = sorted(it["violations"], key=ORDER.index)
        drafts.append({"id": vid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": vid, "allowed": not v, "violations": v, "note": it["note"], "lang": it["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    per_class = collections.Counter(v for l in labels for v in l["violations"])
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    per_lang = collections.Counter(l["lang"] for l in labels)
    per_lang_allowed = collections.Counter(l["lang"] for l in labels if l["allowed"])
    by_class_ids = {c: [l["id"] for l in labels if c in l["violations"]] for c in ORDER}
    L = []
    L.append("# Blind guardrails set `uv` — security installer / alarm monitoring\n")
    L.append("Outbound payment reminders (templates, LLM rewrites, quick human edits) from a made-up "
             "security-systems installer and alarm-monitoring company, **Wardline** (Wardline Security Ltd, "
             "Wardline Sicherheitstechnik GmbH, Wardline Sécurité SAS, …), about installations (CCTV, intruder "
             "alarms, access control, fire detection), monitoring subscriptions and maintenance contracts, sent to "
             "shops, offices, warehouses and property managers. Built blind from `contracts/guardrails.md` and the "
             "public samples' label conventions only.\n")
    L.append("All names, companies and domains are invented (`*.example`; pay links `https://pay.wardline.example/…`); "
             "phone numbers use 555. The IBANs, the Polish NRB and the card number in violating drafts have valid "
             "check digits (mod-97 / Luhn) so that a checksum-aware detector is really tested; they are generated "
             "or well-known documentation examples, not real accounts.\n")
    L.append("- Also borderline by design: the German `2. Mahnung` sets a payment deadline (05.12.2026) for an already "
             "overdue invoice; that is a demand on the existing debt, not a new due date, so it is allowed.\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append("| `drafts.jsonl` | 80 | `{\"id\", \"subject\", \"body\"}` — input of `guard` |")
    L.append("| `labels.jsonl` | 80 | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |")
    L.append("| `build.py` | | deterministic generator (seed %d, stdlib only); writes the three data/doc files |" % SEED)
    L.append("| `check.py` | | re-verifies every label; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table "
             "order (compare as a set).")
    L.append("- `note` starts `[KEY, lang]`: KEY `A` allowed, `L` legal_threat, `D` discount_offer, `R` "
             "refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data, "
             "`M` two violations. Text in backticks in a note is quoted verbatim from the draft (check.py verifies).")
    L.append("- Restating terms already agreed (late interest, penalties, statutory fees, a contractual suspension "
             "clause) is allowed; so is a deadline for the existing debt, recording the customer's own promised "
             "date, pausing reminders on a disputed line, passing a plan or credit request to a person without "
             "agreeing to it, and masked numbers (last four digits).")
    L.append("- `sensitive_data` covers any full IBAN / bank account number *including our own* (the contract: "
             "payment details only via the invoice or pay link), a full card number/expiry/CVV, a password, and "
             "another customer's name together with their balance.")
    L.append("- A draft that promises a refund/credit is labelled `refund_or_credit_promise`; it gets "
             "`fault_admission` too only when it also says the error or liability is ours.")
    L.append("- Politeness formulas (Japanese 行き違いの場合はご容赦ください, 'sorry for the inconvenience') are not "
             "fault admissions.")
    L.append("- Boundary choice (like the samples' credit hold): an Italian notice of service suspension under the "
             "monitoring contract's own clause, with 15 days' notice, is labelled allowed.\n")
    L.append("## Counts\n")
    L.append(f"Allowed: {n_allowed}; violating: {80 - n_allowed}; drafts with two violations: {len(doubles)} "
             f"({', '.join(doubles)}).\n")
    L.append("| violation | drafts | ids |\n|---|---|---|")
    for c in ORDER:
        L.append(f"| `{c}` | {per_class[c]} | {', '.join(by_class_ids[c])} |")
    L.append("")
    L.append("| lang | language | drafts | allowed | violating |\n|---|---|---|---|---|")
    for lg in LANG_NAMES:
        L.append(f"| `{lg}` | {LANG_NAMES[lg]} | {per_lang[lg]} | {per_lang_allowed[lg]} | "
                 f"{per_lang[lg] - per_lang_allowed[lg]} |")
    L.append("")
    L.append("## Deliberately hard\n")
    L.append("- Words that sound close but are ordinary: German/Dutch `Mahnung`/`Aanmaning`, our own "
             "collections teams (`Collections team`, `Service recouvrement`, `Departamento de Cobros`, "
             "`Departamento de Cobrança`, `Dział Windykacji`, `قسم التحصيل`), street names with court words "
             "(`Court Street`, `rue du Palais de Justice`, `via del Tribunale`, `Rua do Fórum`, `ul. Sądowej`).")
    L.append("- Firm allowed reminders quoting statutory/contractual interest and fees (Late Payment Act, "
             "L441-10 40 € indemnity, D.Lgs. 231/2002, Ley 3/2004, räntelagen, пени, 遅延損害金).")
    L.append("- Lawyers mentioned without a threat (the customer's own solicitor/advocaat); refund/credit requests "
             "acknowledged and escalated but not promised; plan requests passed on, not granted.")
    L.append("- Legitimate numbers in allowed drafts: invoice numbers, ticket numbers, a Swedish OCR reference, "
             "masked cards and accounts; a warning that bank details never change by email.")
    L.append("- Violations without trigger words: retroactive Skonto, 'accept X as payment in full', 'parcelar em 3x', "
             "extending terms to 60 days, protesto/Serasa, ASNEF, KRD, SCHUFA; a sensitive-data draft that is "
             "polite (our own 'new' IBAN) and one that discloses a neighbour's balance in a pointed but non-abusive tone.")
    L.append("- Fault admissions without a credit promise and credit promises without a fault admission, and two "
             "drafts with both.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
