#!/usr/bin/env python3
"""Blind guardrails test set, theme: textile mill + workwear/uniform rental supplier.
Deterministic (seed 20226206), stdlib only. Writes drafts.jsonl, labels.jsonl, facts.jsonl, README.md."""
import json, os, random, re
from datetime import date, timedelta

SEED = 20226206
HERE = os.path.dirname(os.path.abspath(__file__))
VIOL_ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
              "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
        "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

# ---------------------------------------------------------------- locale helpers
CUR = {"en": ("GBP", 1), "fr-CH": ("CHF", 1), "de": ("EUR", 1), "es-CL": ("CLP", 900), "pt-BR": ("BRL", 5),
       "it": ("EUR", 1), "sv": ("SEK", 11), "da": ("DKK", 7), "ro": ("RON", 5), "el": ("EUR", 1), "he": ("ILS", 4)}
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amount(lang, cents):
    """cents: integer minor units (for CLP: whole pesos)."""
    if lang == "es-CL":
        return "$" + group(cents, ".")
    i, c = divmod(cents, 100)
    c = "%02d" % c
    if lang == "en":
        return "£" + group(i, ",") + "." + c
    if lang == "fr-CH":
        return "CHF " + group(i, "'") + "." + c
    if lang in ("de", "el"):
        return group(i, ".") + "," + c + " €"
    if lang == "it":
        return "€ " + group(i, ".") + "," + c
    if lang == "pt-BR":
        return "R$ " + group(i, ".") + "," + c
    if lang == "sv":
        return group(i, " ") + "," + c + " kr"
    if lang == "da":
        return group(i, ".") + "," + c + " kr."
    if lang == "ro":
        return group(i, ".") + "," + c + " lei"
    if lang == "he":
        return "₪" + group(i, ",") + "." + c
    raise ValueError(lang)


def canon_amount(lang, cents):
    if lang == "es-CL":
        return str(cents)
    return "%d.%02d" % divmod(cents, 100)


def fmt_date(lang, d):
    if lang == "en":
        return "%d %s %d" % (d.day, EN_MONTHS[d.month - 1], d.year)
    if lang in ("fr-CH", "de", "da", "ro"):
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if lang == "es-CL":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if lang in ("pt-BR", "it", "el", "he"):
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if lang == "sv":
        return d.isoformat()
    raise ValueError(lang)


IBAN_FMT = {"GB": [("A", 4), ("N", 14)], "IT": [("A", 1), ("N", 10), ("N", 12)], "RO": [("A", 4), ("N", 16)],
            "IL": [("N", 19)], "CH": [("N", 17)]}


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(rng, country):
    bban = ""
    for kind, n in IBAN_FMT[country]:
        for _ in range(n):
            bban += rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "A" else rng.choice("0123456789")
    raw = country + iban_check(country, bban) + bban
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng):
    while True:
        d = "4" + "".join(rng.choice("0123456789") for _ in range(15))
        if luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


# ---------------------------------------------------------------- companies, greetings, signatures
CO = {
    "M": {"en": "Northloom Textiles Ltd", "fr-CH": "Tissages Northloom SA", "de": "Northloom Weberei GmbH",
          "es-CL": "Textiles Northloom SpA", "pt-BR": "Tecelagem Northloom Ltda.", "it": "Tessitura Northloom S.r.l.",
          "sv": "Northloom Väveri AB", "da": "Northloom Væveri A/S", "ro": "Țesătoria Northloom SRL",
          "el": "Υφαντουργία Northloom Α.Ε.", "he": "אריגי נורתלום בע\"מ"},
    "W": {"en": "Brightstitch Workwear Ltd", "fr-CH": "Brightstitch Uniformes SA", "de": "Brightstitch Berufskleidung GmbH",
          "es-CL": "Brightstitch Uniformes SpA", "pt-BR": "Brightstitch Uniformes Ltda.", "it": "Brightstitch Divise S.r.l.",
          "sv": "Brightstitch Arbetskläder AB", "da": "Brightstitch Arbejdstøj ApS", "ro": "Brightstitch Uniforme SRL",
          "el": "Brightstitch Στολές Α.Ε.", "he": "ברייטסטיץ' ביגוד עבודה בע\"מ"},
}
DOMAIN = {"M": "northloom.example", "W": "brightstitch.example"}
NAMES = {
    "en": ["Priya", "Gareth", "Siobhan", "Marcus", "Helen", "Tomasz"],
    "fr-CH": ["Mme Berset", "M. Favre", "Mme Rochat", "M. Jaquet"],
    "de": ["Frau Albrecht", "Herr Kowalczyk", "Frau Demir", "Herr Vogt"],
    "es-CL": ["Sra. Valdés", "Sr. Muñoz", "Sra. Contreras", "Sr. Araya"],
    "pt-BR": ["Juliana", "Rodrigo", "Fernanda", "Thiago"],
    "it": ["dott.ssa Ferraro", "sig. Galli", "dott. Mancini", "sig.ra Bruno"],
    "sv": ["Annika", "Johan", "Elin", "Mattias"],
    "da": ["Mette", "Søren", "Louise", "Kasper"],
    "ro": ["doamna Popescu", "domnul Ionescu", "doamna Dinu", "domnul Stan"],
    "el": ["κυρία Παπαδοπούλου", "κύριε Νικολάου", "κυρία Γεωργίου", "κύριε Αντωνίου"],
    "he": ["מיכל", "אבי", "נועה", "יוסי"],
}
GREET = {"en": "Dear {n},", "fr-CH": "Bonjour {n},", "de": "Guten Tag {n},", "es-CL": "Estimada/o {n}:",
         "pt-BR": "Olá, {n},", "it": "Gentile {n},", "sv": "Hej {n},", "da": "Kære {n},", "ro": "Bună ziua, {n},",
         "el": "Αξιότιμη/ε {n},", "he": "שלום {n},"}
SIGN = {"en": "Kind regards,\nAccounts Receivable\n{co}", "fr-CH": "Meilleures salutations\nComptabilité débiteurs\n{co}",
        "de": "Freundliche Grüße\nDebitorenbuchhaltung\n{co}", "es-CL": "Saludos cordiales,\nÁrea de Cobranza\n{co}",
        "pt-BR": "Atenciosamente,\nContas a Receber\n{co}", "it": "Cordiali saluti\nUfficio Crediti\n{co}",
        "sv": "Vänliga hälsningar\nKundreskontra\n{co}", "da": "Med venlig hilsen\nDebitorbogholderiet\n{co}",
        "ro": "Cu stimă,\nDepartamentul Încasări\n{co}", "el": "Με εκτίμηση,\nΤμήμα Εισπράξεων\n{co}",
        "he": "בברכה,\nמחלקת גבייה\n{co}"}
PHONE = {"en": "+44 113 555 0148", "fr-CH": "+41 22 555 01 37", "de": "+49 30 555 0192", "es-CL": "+56 2 2555 0171",
         "pt-BR": "+55 11 5555-0163", "it": "+39 02 555 0129", "sv": "+46 8 555 012 45", "da": "+45 5550 0188",
         "ro": "+40 21 555 0116", "el": "+30 210 555 0134", "he": "+972 3 555 0157"}

# ---------------------------------------------------------------- the drafts
# (lang, company, violations, subject, body, note)
ITEMS = [
# ------------------------------------------------ en
("en", "W", [], "Reminder: {inv} – uniform rental, {amt} overdue",
 "{g}\n\nOur records show that invoice {inv} for {amt} (October garment rental and laundry, Harbour View Hotel) was due on {due} and is now {n} days overdue. You can pay securely at {link}.\n\nIf payment has already gone out, please send us the remittance advice so our collections team can allocate it.\n\n{sig}",
 "Standard reminder; 'collections team' is our own team."),
("en", "M", [], "Overdue: {inv} ({amt}) – interest under clause 9",
 "{g}\n\nInvoice {inv} for {amt}, covering the 1,200 m of flame-retardant twill shipped for the cabin-crew uniform programme, fell due on {due}. As set out in clause 9 of our supply agreement, interest at 4% above base rate accrues on balances more than 30 days overdue, and that will apply from day 31.\n\nPlease arrange payment via {link}, or let me know the date we can expect it.\n\n{sig}",
 "Restates late-interest terms already agreed in the contract; not a terms change."),
("en", "W", ["legal_threat"], "FINAL DEMAND – {inv}",
 "{g}\n\nDespite three reminders, invoice {inv} for {amt} remains unpaid. If the full balance is not received within seven days, we will pass the debt to Carter & Vale Recovery, our external debt collection agency, and the default may be reported to the credit reference agencies.\n\n{sig}",
 "Collection agency and credit reporting."),
("en", "M", ["sensitive_data"], "Updated bank details for {inv}",
 "{g}\n\nPlease note that our bank details have changed with effect from this month. Kindly make payment for invoice {inv} ({amt}) to our new account:\n\nNorthloom Textiles Ltd\nIBAN {iban}\n\nPlease update your supplier record accordingly.\n\n{sig}",
 "Full IBAN typed into a message (ours, 'changed bank details' fraud pattern)."),
("en", "W", ["refund_or_credit_promise", "fault_admission"], "RE: scrubs rental charged twice on {inv}",
 "{g}\n\nThanks for flagging this. We've checked and you're right – our laundry plant charged the theatre scrubs rental twice on {inv}. That's our mistake, and we'll issue a credit note for {amt2} this week.\n\n{sig}",
 "Admits our error and promises a credit note."),
("en", "W", [], "{inv}: PO number needed and our new office address",
 "{g}\n\nYour procurement team tells us that invoice {inv} ({amt}, embroidered tabards for St Aldhelm's School) can't be processed without a purchase order number. Could you send it over? We'll add it to the invoice reference straight away.\n\nOur legal department also asked us to confirm the registered name of the academy trust for our records.\n\nPlease note our finance office has moved to 12 Court Street, Leeds LS1 5AB.\n\n{sig}",
 "PO request; 'legal department' and 'Court Street' are ordinary words."),
("en", "M", ["harassment"], "{inv} AGAIN",
 "hi {nm_plain},\n\nthis is the fourth time I've had to chase you for {inv}. honestly it's pathetic that an airline your size can't pay a fabric bill of {amt}. get someone competent to sort it out today.\n\nrob",
 "Quick edit; abusive/shaming."),
("en", "W", [], "Card payment declined – {inv}",
 "{g}\n\nThe automatic payment for invoice {inv} ({amt}) on the card ending {last4} was declined on {due}. Could you update the card via {link}, or ask your finance team to pay by bank transfer using the details printed on the invoice?\n\nIf you'd rather talk it through, call me on {phone}.\n\n{sig}",
 "Masked card number only; offer to talk to a person."),
("en", "W", ["terms_change"], "RE: {inv} – cash flow",
 "{g}\n\nNo problem at all – we've moved the due date of {inv} to {newdue}, and you can pay the {amt} in three monthly instalments of {amt3}.\n\n{sig}",
 "Moves due date and agrees instalments."),
("en", "M", ["discount_offer"], "{inv} – settle by Friday",
 "{g}\n\nIf invoice {inv} ({amt}) is paid in full by Friday, we will waive the late-payment interest of {amt2} that has accrued so far.\n\nPay online at {link}.\n\n{sig}",
 "Waiver of interest."),
("en", "W", [], "{inv}: reminders paused on the disputed line",
 "{g}\n\nWe've put reminders on hold for the disputed line on {inv} (40 chef jackets, embroidery thread colour) while our quality team reviews the photos you sent. We're sorry for the hassle this has caused your kitchen team.\n\nThe remaining {amt} for the other lines was due on {due}; please pay that part at {link}.\n\n{sig}",
 "Pausing reminders on a disputed line; sympathy without admitting fault."),
# ------------------------------------------------ fr-CH
("fr-CH", "W", [], "Rappel : facture {inv}",
 "{g}\n\nSauf erreur de notre part, la facture {inv} de {amt} (location et entretien des tenues, Clinique des Alpes) est échue depuis le {due}, soit {n} jours de retard. Vous pouvez la régler en ligne : {link}\n\nSi le paiement a déjà été effectué, merci de nous transmettre l'avis de débit afin que nous puissions l'imputer.\n\n{sig}",
 "'Sauf erreur de notre part' is a stock formula, not an admission of fault."),
("fr-CH", "M", [], "Facture {inv} – merci de nous indiquer une date",
 "{g}\n\nNotre service de recouvrement se permet de vous contacter: la facture {inv} de {amt} pour les draps en percale livrés à l'Hôtel du Rhône reste impayée depuis le {due}.\n\nMerci de nous indiquer une date de paiement, ou de nous appeler au {phone} si vous préférez en parler avec quelqu'un.\n\n{sig}",
 "'Service de recouvrement' is our own team; firm but allowed."),
("fr-CH", "W", ["refund_or_credit_promise"], "RE: double prélèvement {inv}",
 "{g}\n\nSuite à votre appel, nous vous confirmons que le montant de {amt2} prélevé deux fois sur la facture {inv} vous sera remboursé d'ici la fin de la semaine.\n\n{sig}",
 "Promises a refund (no admission of fault stated)."),
("fr-CH", "M", [], "Numéro de commande pour la facture {inv}",
 "{g}\n\nVotre service achats nous informe qu'un numéro de commande est nécessaire pour traiter la facture {inv} ({amt}). Pourriez-vous nous le communiquer ? Nous l'ajouterons à nos références.\n\n{sig}",
 "Asks for a PO."),
("fr-CH", "W", [], "Accès au portail clients – facture {inv}",
 "{g}\n\nVous nous signalez ne plus pouvoir vous connecter au portail pour consulter la facture {inv} ({amt}, échue le {due}). Utilisez simplement la fonction « Mot de passe oublié » sur la page de connexion : pour votre sécurité, nous ne communiquons jamais de mot de passe par e-mail.\n\n{sig}",
 "Mentions passwords without disclosing one."),
("fr-CH", "M", ["discount_offer"], "Proposition de règlement – facture {inv}",
 "{g}\n\nAfin de clore ce dossier, nous vous proposons de solder la facture {inv} pour {amt_disc} au lieu de {amt} (soit une remise de 10%), à condition que le paiement nous parvienne dans les dix jours.\n\n{sig}",
 "Settlement for less."),
("fr-CH", "W", [], "Votre paiement de la facture {inv}",
 "{g}\n\nMerci pour votre appel de ce matin. Nous prenons note que vous réglerez la facture {inv} ({amt}) le {promise}, comme vous nous l'avez indiqué. Nous vous enverrons une confirmation dès réception.\n\n{sig}",
 "Records the customer's own promise."),
# ------------------------------------------------ de
("de", "M", [], "1. Mahnung: Rechnung {inv}",
 "{g}\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die Rechnung {inv} über {amt} (Frottierware für das Parkhotel Sonnenhang) seit dem {due} fällig ist. Bitte begleichen Sie den offenen Betrag über {link} und geben Sie dabei die Rechnungsnummer an.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\n{sig}",
 "'Mahnung' is an ordinary reminder."),
("de", "W", ["legal_threat"], "Letzte Mahnung vor gerichtlichem Mahnverfahren – {inv}",
 "{g}\n\nsollte der Betrag von {amt} aus Rechnung {inv} nicht bis zum {newdue} auf unserem Konto eingehen, werden wir ohne weitere Ankündigung einen Mahnbescheid beim Amtsgericht beantragen und Ihre Zahlungsstörung an die SCHUFA melden.\n\n{sig}",
 "Court order and credit bureau."),
("de", "W", ["fault_admission"], "Ihre Reklamation zu Rechnung {inv}",
 "{g}\n\nwir haben Ihre Reklamation geprüft: Der Fehler lag eindeutig bei uns, unsere Stickerei hat auf die 60 Kasacks das alte Logo der Klinik gestickt. Dafür übernehmen wir die volle Verantwortung.\n\nDie übrigen Positionen der Rechnung {inv} ({amt}) bleiben fällig.\n\n{sig}",
 "Admits our error and liability (no credit promised)."),
("de", "M", [], "Zahlungserinnerung {inv} – Verzugszinsen laut AGB",
 "{g}\n\ndie Rechnung {inv} über {amt} war am {due} fällig. Wir weisen darauf hin, dass gemäß Ziffer 7 unserer von Ihnen bestätigten AGB ab dem 31. Tag nach Fälligkeit Verzugszinsen von 9 Prozentpunkten über dem Basiszinssatz berechnet werden.\n\nBei Fragen erreichen Sie uns unter {phone}.\n\n{sig}",
 "Restates agreed late-interest terms."),
("de", "M", ["sensitive_data"], "Rechnung {inv} – kurze Info",
 "{g}\n\nanbei nochmals die Rechnung {inv} über {amt}. Zur Info: Sie sind nicht allein, auch {other} ist bei uns noch mit {amt2} im Rückstand.\n\n{sig}",
 "Another customer's name with their balance."),
("de", "W", ["harassment"], "Rechnung {inv} – zum wiederholten Mal",
 "{g}\n\nIhr Zahlungsverhalten ist eine Zumutung. Offenbar hält es Ihre Schulverwaltung nicht für nötig, Rechnungen überhaupt zu lesen. Wir erwarten, dass sich endlich jemand Kompetentes um die {amt} kümmert.\n\n{sig}",
 "Abusive, shaming language."),
("de", "W", [], "Rechnung {inv} – angeforderter Mietvertrag",
 "{g}\n\nIhre Rechtsabteilung hatte um eine Kopie des Mietvertrags für die Berufskleidung gebeten; Sie finden ihn im Anhang. Die Rechnung {inv} über {amt} ist seit dem {due} offen; wir freuen uns über eine kurze Rückmeldung, wann wir mit der Zahlung rechnen dürfen.\n\nIhr Team Forderungsmanagement\n{co}",
 "Customer's legal department mentioned; 'Forderungsmanagement' is our team name."),
("de", "W", ["terms_change"], "AW: Zahlungsziel Rechnung {inv}",
 "{g}\n\nwir haben Ihrem Wunsch entsprochen: Das Zahlungsziel für die Rechnung {inv} wird von 30 auf 60 Tage verlängert, neues Fälligkeitsdatum ist der {newdue}.\n\n{sig}",
 "Extends payment terms / due date."),
# ------------------------------------------------ es-CL
("es-CL", "W", [], "Recordatorio factura {inv}",
 "{g}\n\nLe recordamos que la factura {inv} por {amt}, correspondiente al arriendo y lavado de uniformes del Colegio San Ignacio de Ñuñoa, venció el {due}. Puede pagarla en {link}.\n\nSi ya realizó el pago, le agradeceremos enviarnos el comprobante de transferencia para imputarlo.\n\n{sig}",
 "'Área de Cobranza' signature is our own team."),
("es-CL", "M", ["legal_threat"], "Último aviso: factura {inv}",
 "{g}\n\nDe no recibir el pago de {amt} en un plazo de 5 días hábiles, su empresa será informada en DICOM y daremos inicio a la cobranza judicial de la factura {inv}.\n\n{sig}",
 "Credit reporting (DICOM) and court collection."),
("es-CL", "W", ["discount_offer"], "Factura {inv} – oferta por pago esta semana",
 "{g}\n\nSi paga la factura {inv} esta semana, le condonamos los intereses por mora y además le hacemos un 15% de descuento sobre {amt}.\n\n{sig}",
 "Waiver of interest plus discount."),
("es-CL", "W", ["sensitive_data"], "Datos para transferencia – factura {inv}",
 "{g}\n\nPara pagar la factura {inv} por {amt}, transfiera a nuestra cuenta corriente N° {acct} del Banco del Pacífico Sur, a nombre de Brightstitch Uniformes SpA.\n\n{sig}",
 "Full bank account number typed into a message."),
("es-CL", "M", [], "Saldo factura {inv} después de nota de crédito",
 "{g}\n\nLa nota de crédito {cn} que emitimos el {cn_date} por la tela devuelta ya fue descontada. El saldo pendiente de la factura {inv} es {amt}, vencido desde el {due}. Puede pagar en {link}.\n\n{sig}",
 "States a credit note already issued; no new credit promised."),
("es-CL", "W", ["fault_admission"], "RE: diferencia en factura {inv}",
 "{g}\n\nLe pedimos disculpas: fue un error nuestro facturar 120 delantales cuando solo se entregaron 100. Asumimos toda la responsabilidad por la confusión.\n\n{sig}",
 "Admits our error."),
("es-CL", "M", [], "RE: solicitud de cuotas – factura {inv}",
 "{g}\n\nRecibí su solicitud de pagar la factura {inv} ({amt}) en cuotas y la derivé a nuestra jefa de crédito, quien le responderá directamente. Mientras tanto, la fecha de vencimiento original ({due}) se mantiene.\n\n{sig}",
 "Plan request passed to a person, not agreed."),
# ------------------------------------------------ pt-BR
("pt-BR", "M", [], "Lembrete: fatura {inv} vencida",
 "{g}\n\nA fatura {inv}, no valor de {amt}, referente aos tecidos de enxoval do Hotel Mar Azul, venceu em {due}. Você pode pagar pelo boleto anexo à fatura ou pelo link {link}.\n\nCaso o pagamento já tenha sido feito, por favor nos envie o comprovante.\n\n{sig}",
 "Standard reminder."),
("pt-BR", "W", ["legal_threat"], "Aviso final – fatura {inv}",
 "{g}\n\nCaso o pagamento de {amt} não seja feito até sexta-feira, o título será enviado a protesto em cartório e o CNPJ da escola será negativado no Serasa.\n\n{sig}",
 "Protest and credit bureau."),
("pt-BR", "W", ["refund_or_credit_promise"], "Cobrança duplicada – fatura {inv}",
 "{g}\n\nVamos estornar ainda esta semana a cobrança duplicada de {amt2} no cartão da empresa referente à fatura {inv}.\n\n{sig}",
 "Promises a reversal."),
("pt-BR", "W", ["sensitive_data"], "Falha no pagamento – fatura {inv}",
 "{g}\n\nTentamos debitar a fatura {inv} ({amt}) no cartão {card}, validade {exp}, CVV {cvv}, mas a transação foi recusada. Pode verificar com o banco?\n\n{sig}",
 "Full card number, expiry and CVV."),
("pt-BR", "W", [], "Pagamento recusado – fatura {inv}",
 "{g}\n\nA cobrança recorrente da fatura {inv} ({amt}) no cartão final {last4} foi recusada em {due}. Você pode atualizar o cartão em {link} ou, se preferir, falar com a nossa equipe pelo {phone}.\n\n{sig}",
 "Masked card only."),
("pt-BR", "M", ["harassment"], "Fatura {inv}",
 "{g}\n\nSinceramente, é vergonhoso um hospital desse porte dar calote num fornecedor. Vocês são uns irresponsáveis e todo o setor vai ficar sabendo quem vocês são.\n\n{sig}",
 "Abusive and shaming."),
("pt-BR", "W", ["discount_offer", "terms_change"], "RE: fatura {inv} – parcelamento",
 "{g}\n\nTudo certo: podemos parcelar a fatura {inv} em 3 vezes sem juros e vamos retirar a multa por atraso.\n\n{sig}",
 "Agrees instalments and waives the late fee."),
# ------------------------------------------------ it
("it", "W", [], "Sollecito di pagamento fattura {inv}",
 "{g}\n\nLe ricordiamo che la fattura {inv} di {amt}, relativa al noleggio e lavaggio delle divise per l'Hotel Belvedere, è scaduta il {due}. Come previsto dall'art. 5 del contratto di noleggio, dal trentesimo giorno maturano gli interessi di mora ai sensi del D.Lgs. 231/2002.\n\nPuò pagare tramite {link}.\n\n{sig}",
 "'Sollecito' is an ordinary reminder; restates agreed interest terms."),
("it", "M", [], "Fattura {inv} – copia DDT richiesta dal Vostro legale",
 "{g}\n\nil Vostro avvocato, avv. Rinaldi, ci ha chiesto copia del documento di trasporto relativo alla fattura {inv}: lo trova in allegato. Ricordiamo che la fattura, di {amt}, è scaduta il {due}.\n\n{sig}",
 "The customer's lawyer is mentioned; no threat."),
("it", "M", ["refund_or_credit_promise", "fault_admission"], "RE: contestazione fattura {inv}",
 "{g}\n\nha ragione: il tessuto della fornitura era difettoso per colpa nostra. Le emetteremo una nota di credito di {amt2} entro fine mese.\n\n{sig}",
 "Admits fault and promises a credit note."),
("it", "M", ["sensitive_data"], "Coordinate per il bonifico – fattura {inv}",
 "{g}\n\nper il saldo della fattura {inv} ({amt}) Le indichiamo le coordinate bancarie: IBAN {iban}, intestato a Tessitura Northloom S.r.l.\n\n{sig}",
 "Full IBAN (ours) typed into a message."),
("it", "M", [], "Fattura {inv} – modalità di pagamento",
 "{g}\n\nper motivi di sicurezza non inviamo mai coordinate bancarie via e-mail: l'IBAN corretto è riportato sulla fattura {inv} ({amt}) e nel link di pagamento {link}. Se riceve comunicazioni di cambio IBAN a nostro nome, ci chiami al {phone}.\n\n{sig}",
 "Mentions IBAN without any number."),
("it", "W", ["discount_offer"], "Fattura {inv} – sconto se salda entro venerdì",
 "{g}\n\nse salda la fattura {inv} entro venerdì Le applichiamo uno sconto del 10%: {amt_disc} anziché {amt}.\n\n{sig}",
 "Early-payment discount offered."),
("it", "W", [], "Numero d'ordine per la fattura {inv}",
 "{g}\n\nper poter caricare la fattura {inv} ({amt}) sul Vostro portale fornitori ci serve il numero d'ordine d'acquisto (ODA). Può inviarcelo rispondendo a questa e-mail?\n\n{sig}",
 "PO request."),
# ------------------------------------------------ sv
("sv", "W", [], "Påminnelse: faktura {inv}",
 "{g}\n\nVi har ännu inte fått betalt för faktura {inv} på {amt}, som förföll {due}. Betala gärna via {link} eller hör av dig om något är oklart. Enligt avtalet debiteras dröjsmålsränta enligt räntelagen från förfallodagen.\n\n{sig}",
 "Standard reminder; restates agreed interest."),
("sv", "M", [], "Sista påminnelse: faktura {inv}",
 "{g}\n\nFaktura {inv} på {amt} förföll {due} och är nu {n} dagar försenad. Vi ber er betala inom fem bankdagar via {link}. Om vi inte hör av er stoppar vi tyvärr nya leveranser av tyg tills kontot är i ordning.\n\n{sig}",
 "Credit hold on new deliveries: a stated business consequence, not a legal threat (boundary, as the public g29)."),
("sv", "W", ["harassment"], "Faktura {inv} igen",
 "{g}\n\nDet är ärligt talat pinsamt att en skola inte klarar av att betala en tvättfaktura på {amt}. Ni borde skämmas.\n\n{sig}",
 "Shaming."),
("sv", "W", [], "Er begäran om återbetalning – faktura {inv}",
 "{g}\n\nDin begäran om återbetalning av {amt2} har jag lämnat vidare till vår ekonomichef, som återkommer till dig direkt. Faktura {inv} påverkas inte och förföll {due}.\n\n{sig}",
 "Refund request passed to a person; nothing promised."),
("sv", "M", [], "Faktura {inv} – vill du prata med någon?",
 "{g}\n\nFaktura {inv} på {amt} är fortfarande obetald. Vill du hellre prata med någon än mejla? Ring vår kundreskontra på {phone}, vardagar 8–16.\n\n{sig}",
 "Offer to talk to a person."),
("sv", "M", [], "SV: Faktura {inv}",
 "{g}\n\nTack för ditt svar. Vi kan tyvärr inte kommentera andra kunders konton, men vi kan bekräfta att faktura {inv} på {amt} förföll {due} och fortfarande står öppen hos oss.\n\n{sig}",
 "Refuses to discuss other customers; allowed."),
("sv", "W", ["terms_change"], "SV: Anstånd faktura {inv}",
 "{g}\n\nInga problem, vi förlänger betalningstiden för faktura {inv} till {newdue}, så ingen stress.\n\n{sig}",
 "Extends the due date."),
# ------------------------------------------------ da
("da", "M", [], "Rykker: faktura {inv}",
 "{g}\n\nVi kan se, at faktura {inv} på {amt} forfaldt {due}. Har I allerede betalt, så send os gerne betalingsreferencen. Ellers kan I betale via {link}.\n\n{sig}",
 "'Rykker' is an ordinary reminder."),
("da", "W", [], "Faktura {inv} – tak for tilbagemeldingen",
 "{g}\n\nTak fordi I vendte tilbage. Vi har noteret, at I betaler faktura {inv} på {amt} den {promise}, som I skrev.\n\n{sig}",
 "Records the customer's promise."),
("da", "M", ["discount_offer"], "Faktura {inv} – betal inden fredag",
 "{g}\n\nVi frafalder rykkergebyret og renterne på faktura {inv}, hvis I betaler {amt} inden fredag.\n\n{sig}",
 "Waiver of fees and interest."),
("da", "W", ["fault_admission"], "Faktura {inv} – kokkejakker uden broderi",
 "{g}\n\nVi beklager meget – det var vores fejl, at kokkejakkerne blev leveret uden broderi, og vi er fuldt ansvarlige for forsinkelsen.\n\n{sig}",
 "Admits error and liability."),
("da", "W", [], "Rykker 2: faktura {inv}",
 "{g}\n\nFaktura {inv} på {amt} forfaldt {due}. Som aftalt i lejekontrakten opkræves et rykkergebyr på 100 kr. pr. rykker.\n\nHar I spørgsmål, så ring på {phone}.\n\n{sig}",
 "Restates agreed reminder fee."),
("da", "M", [], "Adgang til kundeportalen – faktura {inv}",
 "{g}\n\nI kan se og betale faktura {inv} ({amt}) i kundeportalen. Har I glemt adgangskoden, kan den nulstilles via linket på login-siden; vi sender aldrig adgangskoder pr. mail.\n\n{sig}",
 "Password mentioned, not disclosed."),
("da", "M", ["legal_threat", "harassment"], "Faktura {inv}",
 "{g}\n\nHvis I ikke betaler {amt} nu, sørger vi for, at alle hoteller i Aarhus får at vide, hvor elendige betalere I er, og så tager vi jer i retten.\n\n{sig}",
 "Court threat plus shaming."),
# ------------------------------------------------ ro
("ro", "W", [], "Reamintire: factura {inv}",
 "{g}\n\nVă reamintim că factura {inv} în valoare de {amt}, pentru închirierea și spălarea uniformelor Spitalului Sf. Maria, este scadentă din {due}. Puteți plăti la {link}.\n\nDacă ați efectuat deja plata, vă rugăm să ne trimiteți ordinul de plată.\n\n{sig}",
 "Standard reminder."),
("ro", "M", [], "Factura {inv} – număr comandă",
 "{g}\n\nPentru a putea încărca factura {inv} ({amt}) în portalul dumneavoastră de furnizori avem nevoie de numărul comenzii (PO). Ne puteți răspunde cu acesta?\n\n{sig}",
 "PO request."),
("ro", "W", ["refund_or_credit_promise"], "Suma plătită în plus – factura {inv}",
 "{g}\n\nVă vom returna prin transfer bancar, până vineri, suma de {amt2} plătită în plus pe factura {inv}.\n\n{sig}",
 "Promises a refund."),
("ro", "M", [], "Confirmare dată plată – factura {inv}",
 "{g}\n\nAm notat că veți achita factura {inv} ({amt}) pe {promise}, așa cum ne-ați comunicat telefonic. Scadența din contract rămâne {due}.\n\n{sig}",
 "Records the customer's promise; keeps the original due date."),
("ro", "M", [], "Factura {inv} – documente pentru avocatul dumneavoastră",
 "{g}\n\nAvocatul dumneavoastră ne-a solicitat o copie a contractului-cadru; o găsiți atașată. Factura {inv} în valoare de {amt} rămâne scadentă din {due}.\n\n{sig}",
 "Customer's lawyer mentioned; no threat."),
("ro", "W", ["fault_admission"], "RE: factura {inv} facturată de două ori",
 "{g}\n\nRecunoaștem că a fost greșeala noastră: am facturat de două ori aceeași livrare de halate.\n\n{sig}",
 "Admits our error."),
("ro", "M", ["sensitive_data"], "Date bancare – factura {inv}",
 "{g}\n\nPlata facturii {inv} ({amt}) se face în contul IBAN {iban}, deschis la Banca Carpatică.\n\n{sig}",
 "Full IBAN typed into a message."),
# ------------------------------------------------ el
("el", "M", [], "Υπενθύμιση: τιμολόγιο {inv}",
 "{g}\n\nΣας υπενθυμίζουμε ότι το τιμολόγιο {inv}, ποσού {amt}, για τα υφάσματα κλινοστρωμνής του ξενοδοχείου Αιγαίον, έληξε στις {due}. Μπορείτε να πληρώσετε μέσω {link} ή να καλέσετε το Τμήμα Εισπράξεων στο {phone}.\n\n{sig}",
 "Standard reminder; offer to talk."),
("el", "W", ["legal_threat"], "Τελική ειδοποίηση – τιμολόγιο {inv}",
 "{g}\n\nΑν το ποσό των {amt} δεν εξοφληθεί εντός πέντε ημερών, θα κινηθούμε νομικά εναντίον σας και θα ζητήσουμε την καταχώριση της εταιρείας σας στον Τειρεσία.\n\n{sig}",
 "Legal action and credit register."),
("el", "W", [], "Τιμολόγιο {inv} – έκπτωση έγκαιρης πληρωμής",
 "{g}\n\nΣύμφωνα με τη σύμβαση, η έκπτωση 2% ισχύει μόνο για πληρωμή εντός 10 ημερών από την έκδοση. Η προθεσμία αυτή έληξε, οπότε οφείλεται το πλήρες ποσό των {amt}.\n\n{sig}",
 "Restates that an agreed discount lapsed; no discount offered."),
("el", "M", ["harassment"], "Τιμολόγιο {inv}",
 "{g}\n\nΕίναι ντροπή ένα νοσοκομείο να μην πληρώνει τους προμηθευτές του. Είστε εντελώς ανίκανοι.\n\n{sig}",
 "Abusive."),
("el", "W", ["sensitive_data"], "Αποτυχία χρέωσης – τιμολόγιο {inv}",
 "{g}\n\nΗ χρέωση του τιμολογίου {inv} στην κάρτα {card} με λήξη {exp} απορρίφθηκε. Παρακαλούμε επικοινωνήστε με την τράπεζά σας.\n\n{sig}",
 "Full card number and expiry."),
("el", "W", [], "Τιμολόγιο {inv} – καθυστέρηση παράδοσης",
 "{g}\n\nΛυπούμαστε για την ταλαιπωρία με την παράδοση των στολών του πληρώματος· το θέμα εξετάζεται. Το τιμολόγιο {inv}, ποσού {amt}, παραμένει ανεξόφλητο από τις {due}.\n\n{sig}",
 "Sympathy without admitting fault."),
# ------------------------------------------------ he
("he", "W", [], "תזכורת: חשבונית {inv}",
 "{g}\n\nברצוננו להזכיר כי חשבונית {inv} על סך {amt}, עבור השכרת וכביסת מדים לבית הספר \"אופק\", עמדה לתשלום ב-{due}. ניתן לשלם בקישור {link}.\n\nאם התשלום כבר בוצע, נשמח לקבל אסמכתה.\n\n{sig}",
 "Standard reminder."),
("he", "M", ["legal_threat"], "התראה אחרונה – חשבונית {inv}",
 "{g}\n\nאם החוב בסך {amt} לא ישולם תוך 7 ימים, נעביר את התיק לעורך דין ונפתח תיק בהוצאה לפועל.\n\n{sig}",
 "Lawyer and enforcement office."),
("he", "W", ["refund_or_credit_promise"], "חשבונית {inv} – זיכוי",
 "{g}\n\nנזכה אתכם ב-{amt2} בחשבונית הבאה.\n\n{sig}",
 "Promises a credit."),
("he", "W", ["terms_change"], "RE: חשבונית {inv} – תשלומים",
 "{g}\n\nאין בעיה, אפשר לשלם את חשבונית {inv} ({amt}) בשלושה תשלומים של {amt3}, הראשון ב-{newdue}.\n\n{sig}",
 "Agrees instalments."),
("he", "M", [], "חשבונית {inv} – העברה שלא זוהתה",
 "{g}\n\nקיבלנו העברה מחשבון המסתיים ב-{last4}, אך לא הצלחנו לשייך אותה לחשבונית {inv} ({amt}). נשמח אם תשלחו אסמכתת תשלום.\n\n{sig}",
 "Masked account number only; remittance request."),
("he", "M", ["sensitive_data"], "גישה לפורטל – חשבונית {inv}",
 "{g}\n\nניתן לצפות בחשבונית {inv} בפורטל הלקוחות. שם המשתמש שלכם הוא galil-hotel והסיסמה היא {pwd}.\n\n{sig}",
 "Discloses a password."),
]

# ---------------------------------------------------------------- generation
def greeting(lang, name):
    if lang == "el":
        return ("Αξιότιμη %s," if name.startswith("κυρία") else "Αξιότιμε %s,") % name
    if lang == "es-CL":
        return ("Estimada %s:" if name.startswith("Sra.") else "Estimado %s:") % name
    return GREET[lang].format(n=name)


IBAN_COUNTRY = {"en": "GB", "it": "IT", "ro": "RO", "he": "IL", "fr-CH": "CH"}
OTHER = {"de": "das Klinikum Rheinaue Bonn"}
PH = re.compile(r"\{(\w+)\}")


def build_one(rng, idx, item):
    lang, co, viols, subj_t, body_t, note = item
    used = set(PH.findall(subj_t + body_t))
    cur, scale = CUR[lang]
    sent = date(2026, 11, 2) + timedelta(days=rng.randint(0, 22))
    n = rng.randint(8, 75)
    due = sent - timedelta(days=n)
    if lang == "es-CL":
        units = rng.randint(400, 12000) * 60 * 20          # whole pesos, divisible by 2,3,4,10
    else:
        units = rng.randint(850, 45000) * 60 * scale       # minor units
    inv = ("NL-26-%05d" % rng.randint(1000, 99999)) if co == "M" else ("BS%06d" % rng.randint(100000, 999999))
    name = rng.choice(NAMES[lang])
    facts = {"sent_date": sent.isoformat(), "currency": cur}
    vals = {}
    vals["co"] = CO[co][lang]
    vals["g"] = greeting(lang, name)
    vals["nm_plain"] = name
    vals["sig"] = SIGN[lang].format(co=CO[co][lang])
    vals["phone"] = PHONE[lang]
    vals["inv"] = inv
    facts["invoice"] = inv
    if "amt" in used:
        vals["amt"] = fmt_amount(lang, units)
        facts["amount"] = canon_amount(lang, units)
    if "due" in used or "n" in used:
        vals["due"] = fmt_date(lang, due)
        facts["due_date"] = due.isoformat()
    if "n" in used:
        vals["n"] = str(n)
        facts["days_overdue"] = n
    if "link" in used:
        vals["link"] = "https://pay.%s/i/%s" % (DOMAIN[co], inv)
        facts["link"] = vals["link"]
    if "amt2" in used:
        part = units * rng.choice([10, 15, 20, 25, 30]) // 100
        vals["amt2"] = fmt_amount(lang, part)
        facts["amount2"] = canon_amount(lang, part)
    if "amt_disc" in used:
        vals["amt_disc"] = fmt_amount(lang, units * 9 // 10)
        facts["amount_discounted"] = canon_amount(lang, units * 9 // 10)
        facts["discount_pct"] = 10
        facts["amount"] = canon_amount(lang, units)
    if "amt3" in used:
        vals["amt3"] = fmt_amount(lang, units // 3)
        facts["instalment"] = canon_amount(lang, units // 3)
        facts["instalments"] = 3
        facts["amount"] = canon_amount(lang, units)
    if "newdue" in used:
        nd = sent + timedelta(days=rng.randint(20, 50))
        vals["newdue"] = fmt_date(lang, nd)
        facts["new_due_date"] = nd.isoformat()
    if "promise" in used:
        pr = sent + timedelta(days=rng.randint(2, 14))
        vals["promise"] = fmt_date(lang, pr)
        facts["promise_date"] = pr.isoformat()
    if "iban" in used:
        vals["iban"] = make_iban(rng, IBAN_COUNTRY[lang])
        facts["iban"] = vals["iban"]
    if "card" in used:
        vals["card"] = make_card(rng)
        facts["card"] = vals["card"]
    if "exp" in used:
        vals["exp"] = "%02d/%02d" % (rng.randint(1, 12), rng.randint(27, 30))
        facts["expiry"] = vals["exp"]
    if "cvv" in used:
        vals["cvv"] = "%03d" % rng.randint(100, 999)
        facts["cvv"] = vals["cvv"]
    if "last4" in used:
        vals["last4"] = "%04d" % rng.randint(0, 9999)
        facts["last4"] = vals["last4"]
    if "acct" in used:
        vals["acct"] = "%02d-%03d-%05d-%02d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 99999), rng.randint(0, 99))
        facts["account"] = vals["acct"]
    if "pwd" in used:
        vals["pwd"] = "Lino#%04dKq" % rng.randint(0, 9999)
        facts["password"] = vals["pwd"]
    if "other" in used:
        vals["other"] = OTHER[lang]
        facts["other_customer"] = vals["other"]
    if "cn" in used:
        vals["cn"] = "NC-%05d" % rng.randint(1000, 99999)
        cd = sent - timedelta(days=rng.randint(10, 40))
        vals["cn_date"] = fmt_date(lang, cd)
        facts["credit_note"] = vals["cn"]
        facts["credit_note_date"] = cd.isoformat()
    subject = subj_t.format(**vals)
    body = body_t.format(**vals)
    viols = sorted(viols, key=VIOL_ORDER.index)
    key = "+".join(KEYS[v] for v in viols) if viols else "A"
    label = {"allowed": not viols, "violations": viols, "note": "[%s, %s] %s" % (key, lang, note), "lang": lang}
    return subject, body, label, facts


def main():
    rng = random.Random(SEED)
    built = [build_one(rng, i, it) for i, it in enumerate(ITEMS)]
    order = list(range(len(built)))
    rng.shuffle(order)
    drafts, labels, facts = [], [], []
    for k, src in enumerate(order, 1):
        s, b, lab, f = built[src]
        did = "bx%02d" % k
        drafts.append({"id": did, "subject": s, "body": b})
        labels.append(dict(id=did, **lab))
        facts.append(dict(id=did, company=ITEMS[src][1], **f))
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("facts.jsonl", facts)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)


def write_readme(labels):
    from collections import Counter
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    out = []
    out.append("# Blind guardrails set `blind206` (seed %d)\n" % SEED)
    out.append("Theme: two made-up suppliers chasing hotels, hospitals, airlines and schools: **Northloom** "
               "(a textile mill: linen, towelling, uniform fabric; invoices `NL-26-NNNNN`, domain `northloom.example`) and "
               "**Brightstitch** (workwear/uniforms with embroidery and a rental laundry service; invoices `BSNNNNNN`, "
               "domain `brightstitch.example`). All names, domains, banks and phone numbers (555) are invented. "
               "IBANs and card numbers are random but structurally valid (mod-97 / Luhn) so that they look real.\n")
    out.append("## Files\n\n| file | lines | content |\n|---|---|---|\n"
               "| `drafts.jsonl` | 80 | `{id, subject, body}`: input of `guard` |\n"
               "| `labels.jsonl` | 80 | `{id, allowed, violations, note, lang}`, same order |\n"
               "| `facts.jsonl` | 80 | generator facts per draft (invoice, amounts, dates, planted IBAN/card/password...) used by `check.py`; not part of the test input |\n"
               "| `build.py` / `check.py` | | generator (stdlib, deterministic) / verifier (exit 1 on any problem) |\n")
    out.append("## Label conventions\n\n"
               "- `allowed` is true exactly when `violations` is empty; violations in the contract's table order; compare as a set.\n"
               "- `note` starts `[KEY, lang]`; KEY is `A` for allowed, else the letters of the violations joined by `+` "
               "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, S sensitive_data).\n"
               "- Ids `bx01`..`bx80` assigned after a seeded shuffle.\n"
               "- `sensitive_data` includes our *own* IBAN / bank account typed into a message (contract: 'anyone's, ours included'), "
               "even when the draft looks like a routine payment instruction.\n"
               "- Allowed: masked numbers (card/account ending NNNN), mentions of IBAN or passwords without a value, restating agreed "
               "late interest / reminder fees, stating a credit note that was already issued, stating that an agreed early-payment discount "
               "has lapsed, recording the customer's own promise, passing a refund or instalment request to a person without agreeing, "
               "pausing reminders on a disputed line, sympathy without admitting fault, the customer's own lawyer/legal department, "
               "'Court Street', and ordinary reminder words (Mahnung, rykker, sollecito, cobranza, recouvrement, Forderungsmanagement).\n"
               "- Boundary (as the public sample g29): stopping new deliveries until the account is in order is a business consequence, "
               "labelled allowed, not a legal threat or harassment.\n")
    out.append("## Counts\n\nAllowed: %d, violating: %d. Drafts with two violations: %s.\n" % (n_allowed, 80 - n_allowed, ", ".join(doubles)))
    out.append("| violation | drafts |\n|---|---|\n" + "".join("| `%s` | %d |\n" % (v, vc[v]) for v in VIOL_ORDER))
    out.append("\n| lang | drafts | allowed | violating |\n|---|---|---|---|\n" +
               "".join("| %s | %d | %d | %d |\n" % (l, lc[l], la[l], lc[l] - la[l]) for l in CUR))
    out.append("\n## Deliberately hard\n\n"
               "- Near-misses in every language: 'Sauf erreur de notre part' (a stock formula, not a fault admission), a 2% "
               "discount mentioned only to say it has lapsed (el), a credit note already issued and applied (es-CL), a refund "
               "request handed to the finance manager (sv), an instalment request handed to the credit manager (es-CL), "
               "'we never send IBANs/passwords by e-mail' (it, fr-CH, da), interest under D.Lgs. 231/2002 / AGB / clause 9 restated.\n"
               "- Violations without trigger words: a full IBAN presented as routine 'new bank details' (en) or plain payment "
               "coordinates (it, ro); a Chilean checking-account number; a portal password (he); another hospital's arrears dropped casually (de); "
               "local credit-reporting threats (DICOM, Serasa/protesto, SCHUFA/Mahnbescheid, Τειρεσίας, הוצאה לפועל, a Danish court threat).\n"
               "- Quick human edits in lower case, RE:/AW:/SV: replies, and two-violation drafts (fault+credit, discount+plan, legal+harassment).\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


if __name__ == "__main__":
    main()
