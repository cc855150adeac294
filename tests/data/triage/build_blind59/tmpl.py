"""Reminder templates of the (fictional) tenant Brightwater Linen & Laundry."""
from datetime import date
from lib import money, MO_SHORT, TENANT, AR_DOMAIN

HEAD = {
    "en": ("Invoice", "Description", "Due date", "Amount"),
    "es": ("Factura", "Concepto", "Vencimiento", "Importe"),
    "fr": ("Facture", "Désignation", "Échéance", "Montant"),
    "de": ("Rechnung", "Leistung", "Fällig am", "Betrag"),
    "pt": ("Fatura", "Descrição", "Vencimento", "Valor"),
    "nl": ("Factuur", "Omschrijving", "Vervaldatum", "Bedrag"),
    "it": ("Fattura", "Descrizione", "Scadenza", "Importo"),
}
DESC = {
    "en": "Linen rental & laundry, {m} {y}",
    "es": "Alquiler y lavado de lencería, {m} {y}",
    "fr": "Location-entretien linge, {m} {y}",
    "de": "Wäschemiete und Pflege, {m} {y}",
    "pt": "Aluguer e lavagem de roupa, {m} {y}",
    "nl": "Linnenverhuur en wassen, {m} {y}",
    "it": "Noleggio e lavaggio biancheria, {m} {y}",
}

def default_desc(lang, due):
    y, m = (due.year, due.month - 1) if due.month > 1 else (due.year - 1, 12)
    return DESC[lang].format(m=MO_SHORT[lang][m - 1], y=y)

def subject(lang, rnum, invs, cur, rem_date):
    total = sum(__import__("decimal").Decimal(a) for _, _, a, _ in invs)
    if len(invs) == 1:
        no, due, amt, _ = invs[0]
        n = (rem_date - date.fromisoformat(due)).days
        m = money(cur, amt, lang)
        s = {
            "en": f"Reminder: invoice {no} is {n} days overdue ({m})",
            "es": f"Recordatorio: factura {no} vencida hace {n} días ({m})",
            "fr": f"Rappel : facture {no} échue depuis {n} jours ({m})",
            "de": f"Zahlungserinnerung: Rechnung {no} seit {n} Tagen überfällig ({m})",
            "pt": f"Lembrete: fatura {no} em atraso há {n} dias ({m})",
            "nl": f"Herinnering: factuur {no} is {n} dagen vervallen ({m})",
            "it": f"Sollecito: fattura {no} scaduta da {n} giorni ({m})",
        }[lang]
    else:
        k = len(invs)
        m = money(cur, str(total), lang)
        s = {
            "en": f"Reminder: {k} invoices past due ({m})",
            "es": f"Recordatorio: {k} facturas vencidas ({m})",
            "fr": f"Rappel : {k} factures échues ({m})",
            "de": f"Zahlungserinnerung: {k} Rechnungen überfällig ({m})",
            "pt": f"Lembrete: {k} faturas em atraso ({m})",
            "nl": f"Herinnering: {k} facturen vervallen ({m})",
            "it": f"Sollecito: {k} fatture scadute ({m})",
        }[lang]
    if rnum >= 2:
        pre = {"en": "Second notice - ", "es": "Segundo aviso - ", "fr": "2e relance - ",
               "de": "2. Mahnung - ", "pt": "2.º aviso - ", "nl": "2e herinnering - ",
               "it": "Secondo sollecito - "}[lang]
        s = pre + s
    return s

def body(lang, case, greet, customer, invs, cur):
    from decimal import Decimal
    total = sum(Decimal(a) for _, _, a, _ in invs)
    h = HEAD[lang]
    rows = []
    descs = [d or default_desc(lang, date.fromisoformat(due)) for _, due, _, d in invs]
    w = max(len(h[1]), max(len(d) for d in descs)) + 2
    rows.append(f"  {h[0]:<10} {h[1]:<{w}} {h[2]:<12} {h[3]}")
    for (no, due, amt, _), d in zip(invs, descs):
        rows.append(f"  {no:<10} {d:<{w}} {due:<12} {money(cur, amt, lang)}")
    table = "\n".join(rows)
    tot = money(cur, str(total), lang)
    one = len(invs) == 1
    url = f"https://pay.brightwater-linen.example/{case}"
    if lang == "en":
        intro = (f"According to our records, the following invoice for {customer} is overdue:"
                 if one else f"According to our records, the following invoices for {customer} are overdue:")
        return f"""Dear {greet},

{intro}

{table}

Total overdue: {tot}

You can pay online at {url} or by bank
transfer using the details on the invoice. If you have already paid, please
reply with the payment date and reference so we can match it. If something
on the invoice looks wrong (deliveries, lost or damaged items), just reply
and let us know.

Kind regards,

Brightwater Linen & Laundry
Accounts Receivable
"""
    if lang == "es":
        intro = (f"Según nuestros registros, la siguiente factura de {customer} está vencida:"
                 if one else f"Según nuestros registros, las siguientes facturas de {customer} están vencidas:")
        return f"""Estimado/a {greet}:

{intro}

{table}

Total vencido: {tot}

Puede pagar en línea en {url} o por
transferencia con los datos bancarios que figuran en la factura. Si ya ha
realizado el pago, responda indicando la fecha y la referencia para que
podamos conciliarlo. Si algo en la factura no es correcto (entregas, prendas
perdidas o dañadas), responda a este correo y lo revisamos.

Atentamente,

Brightwater Linen & Laundry
Cuentas a cobrar
"""
    if lang == "fr":
        intro = (f"Sauf erreur de notre part, la facture suivante de {customer} est échue :"
                 if one else f"Sauf erreur de notre part, les factures suivantes de {customer} sont échues :")
        return f"""Bonjour {greet},

{intro}

{table}

Total échu : {tot}

Vous pouvez régler en ligne sur {url} ou
par virement aux coordonnées indiquées sur la facture. Si vous avez déjà
effectué le règlement, merci de nous indiquer la date et la référence du
paiement afin que nous puissions le rapprocher. Si un élément de la facture
vous semble incorrect (livraisons, articles perdus ou endommagés), répondez
simplement à ce message.

Cordialement,

Brightwater Linen & Laundry
Service recouvrement
"""
    if lang == "de":
        intro = (f"laut unseren Unterlagen ist folgende Rechnung von {customer} überfällig:"
                 if one else f"laut unseren Unterlagen sind folgende Rechnungen von {customer} überfällig:")
        return f"""Guten Tag {greet},

{intro}

{table}

Offener Betrag: {tot}

Sie können online unter {url} oder per
Überweisung mit den Bankdaten auf der Rechnung bezahlen. Falls Sie bereits
bezahlt haben, teilen Sie uns bitte Zahlungsdatum und Referenz mit, damit wir
die Zahlung zuordnen können. Wenn etwas an der Rechnung nicht stimmt
(Lieferungen, verlorene oder beschädigte Teile), antworten Sie einfach auf
diese E-Mail.

Mit freundlichen Grüßen

Brightwater Linen & Laundry
Debitorenbuchhaltung
"""
    if lang == "pt":
        intro = (f"De acordo com os nossos registos, a seguinte fatura de {customer} encontra-se em atraso:"
                 if one else f"De acordo com os nossos registos, as seguintes faturas de {customer} encontram-se em atraso:")
        return f"""Caro(a) {greet},

{intro}

{table}

Total em atraso: {tot}

Pode pagar online em {url} ou por
transferência bancária para os dados indicados na fatura. Se já efetuou o
pagamento, responda com a data e a referência para que o possamos
identificar. Se algo na fatura não estiver correto (entregas, artigos
perdidos ou danificados), basta responder a este e-mail.

Com os melhores cumprimentos,

Brightwater Linen & Laundry
Contas a receber
"""
    if lang == "nl":
        intro = (f"Volgens onze administratie is de volgende factuur van {customer} vervallen:"
                 if one else f"Volgens onze administratie zijn de volgende facturen van {customer} vervallen:")
        return f"""Beste {greet},

{intro}

{table}

Totaal vervallen: {tot}

U kunt online betalen via {url} of per
bankoverschrijving met de gegevens op de factuur. Heeft u al betaald? Laat
ons dan de betaaldatum en het kenmerk weten, zodat wij de betaling kunnen
koppelen. Klopt er iets niet op de factuur (leveringen, verloren of
beschadigde artikelen), beantwoord dan gewoon deze e-mail.

Met vriendelijke groet,

Brightwater Linen & Laundry
Debiteurenadministratie
"""
    if lang == "it":
        intro = (f"dai nostri registri risulta scaduta la seguente fattura intestata a {customer}:"
                 if one else f"dai nostri registri risultano scadute le seguenti fatture intestate a {customer}:")
        return f"""Gentile {greet},

{intro}

{table}

Totale scaduto: {tot}

È possibile pagare online su {url} oppure
con bonifico alle coordinate indicate in fattura. Se avete già effettuato il
pagamento, rispondete indicando data e riferimento, così potremo abbinarlo.
Se qualcosa in fattura non vi torna (consegne, capi smarriti o danneggiati),
basta rispondere a questa email.

Cordiali saluti,

Brightwater Linen & Laundry
Ufficio crediti
"""
    raise ValueError(lang)
