"""Items ax35-ax57: document_request, billing_update, wrong_contact, out_of_office."""
from bcommon import *

# ax35 en-US W-9 + copy invoice
rs = dt(2026, 3, 2, 9, 0, 0, -300)
eml, s, b, mid = reply("K5135", 1, rs, "en", "Accounts Payable", "Blue Ridge Senior Living", "USD",
    [("KWS-40345", "2026-02-20", 4380.00), ("KWS-40349", "2026-02-27", 3915.00)],
    frm=("Tamara Boyd", "tboyd@blueridgesl.example"), date_=dt(2026, 3, 3, 10, 30, 0, -300), style="gmail",
    text="""Good morning,

We don't have either of these in our system. Can you send copies of both
invoices along with a current W-9? Once I have them I can get you set up
and in the queue.

Thank you!
Tamara Boyd
Business Office | Blue Ridge Senior Living
""")
item(35, "DOC-W9-COPIES", "en-US", "document_request", "text/plain, Gmail quote", eml,
     "Copy invoices and a W-9. 'in the queue' is not a promise. No invoice number in the customer's text, so both come from the quoted reminder.",
     ["KWS-40345", "KWS-40349"])

# ax36 en-GB statement, auditors Tuesday
rs = dt(2026, 3, 9, 9, 0, 0, 0)
eml, s, b, mid = reply("K5136", 1, rs, "en", "Finance", "Thameside Care Homes Ltd", "GBP",
    [("KWS-40353", "2026-02-28", 2740.00)], frm=("Helen Carver", "helen.carver@thamesidecare.example"),
    prefix="RE: ", date_=dt(2026, 3, 10, 12, 0, 0, 0), style="outlook_uk",
    text="""Hello,

Could you send us a full statement of account for the last six months
please? Our auditors are in on Tuesday and we need to reconcile the agency
carer invoices before then.

Many thanks,
Helen Carver
Purchase Ledger | Thameside Care Homes Ltd
""")
item(36, "DOC-STATEMENT-AUDIT", "en-GB", "document_request", "text/plain, Outlook UK quote", eml,
     "Statement of account. 'Tuesday' is the auditors' visit, not a payment date. Invoice from the Subject.",
     ["KWS-40353"])

# ax37 de-DE Rechnungskopie + Stundennachweise
rs = dt(2026, 3, 4, 8, 0, 0, 60)
eml, s, b, mid = reply("K5137", 1, rs, "de", "Herr Sommer", "Klinikum Am Stadtwald gGmbH", "EUR",
    [("KWS-40357", "2026-02-25", 6120.00)], frm=("Sommer, Frank", "f.sommer@klinikum-stadtwald.example"),
    prefix="AW: ", date_=dt(2026, 3, 5, 14, 10, 0, 60), style="outlook_de", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag,

die Rechnung 40357 liegt uns leider nicht vor. Bitte senden Sie uns eine
Rechnungskopie sowie die unterschriebenen Stundennachweise der
Pflegekräfte für Station 4B an rechnungseingang@klinikum-stadtwald.example.

Vielen Dank und freundliche Grüße
Frank Sommer
Rechnungsprüfung
""")
item(37, "DOC-DE-KOPIE", "de-DE", "document_request", "text/plain ISO-8859-1 QP, Outlook de quote", eml,
     "German. Copy invoice plus signed timesheets. The address is where to send the documents (an invoice inbox), not a replacement contact for reminders, so new_contact_email stays null.",
     ["KWS-40357"])

# ax38 sw-KE nakala ya ankara
rs = dt(2026, 3, 12, 9, 0, 0, 180)
eml, s, b, mid = reply("K5138", 1, rs, "en", "Bw. Mwangi", "Tausi Logistics Ltd", "KES",
    [("KWS-40362", "2026-03-06", 132000.00)], frm=("Daniel Mwangi", "dmwangi@tausilogistics.example"),
    date_=dt(2026, 3, 13, 11, 45, 0, 180), style="gmail",
    text="""Habari za leo,

Tafadhali tutumieni nakala ya ankara KWS-40362 pamoja na risiti ya ETR.
Hatuwezi kuiweka kwenye mfumo bila hizo.

Asanteni,
Daniel Mwangi
Mhasibu, Tausi Logistics
""")
item(38, "DOC-SW-NAKALA", "sw-KE", "document_request", "text/plain, Gmail quote", eml,
     "Swahili. Asks for a copy of the invoice and the ETR (tax register) receipt: document_request.",
     ["KWS-40362"])

# ax39 en-NG signed timesheets + tax invoice
rs = dt(2026, 3, 16, 9, 0, 0, 60)
eml, s, b, mid = reply("K5139", 1, rs, "en", "Sir/Ma", "Eko Atlantic Suites Ltd", "NGN",
    [("KWS-40366", "2026-03-09", 865000.00)], frm=("Chiamaka Eze", "chiamaka.eze@ekoatlanticsuites.example"),
    prefix="RE: ", date_=dt(2026, 3, 17, 9, 5, 0, 60), style="outlook",
    text="""Dear Sir/Ma,

Your mail refers. Kindly forward the approved timesheets signed by our
housekeeping supervisor for the period in question, and the VAT invoice
showing your TIN, to enable us treat.

Thank you.

Chiamaka Eze (Mrs)
Account Officer, Eko Atlantic Suites
""")
item(39, "DOC-NG-TIMESHEETS", "en-NG", "document_request", "text/plain, Outlook quote", eml,
     "Nigerian English ('Your mail refers', 'to enable us treat'). Timesheets and a VAT invoice: document_request.",
     ["KWS-40366"])

# ax40 es-MX CFDI copy
rs = dt(2026, 3, 9, 9, 0, 0, -360)
eml, s, b, mid = reply("K5140", 1, rs, "es", "Ing. Cárdenas", "Parques Industriales del Norte S.A. de C.V.", "MXN",
    [("KWS-40371", "2026-03-02", 56840.00)], frm=("Mariana Cárdenas", "mcardenas@pinorte.example"),
    date_=dt(2026, 3, 10, 16, 20, 0, -360), style="gmail_es", cte="base64",
    text="""Hola, buenas tardes.

¿Me podrían reenviar el PDF y el XML del CFDI de la factura KWS-40371? No
nos llegó al buzón de facturación y sin el XML no la puedo validar.

Gracias,
Mariana Cárdenas
Cuentas por pagar
""")
item(40, "DOC-MX-CFDI", "es-MX", "document_request", "text/plain UTF-8 base64, Gmail es quote", eml,
     "Mexican Spanish, base64 body. Resend the CFDI PDF and XML (copies of the invoice): document_request.",
     ["KWS-40371"])

# ax41 en-US Coupa portal
rs = dt(2026, 3, 11, 9, 0, 0, -300)
eml, s, b, mid = reply("K5141", 1, rs, "en", "Accounts Payable", "Keystone Regional Distribution", "USD",
    [("KWS-40375", "2026-03-04", 9960.00)], frm=("AP Team", "ap@keystoneregional.example"),
    prefix="RE: ", date_=dt(2026, 3, 12, 8, 30, 0, -240), style="outlook",
    text="""Hello,

Keystone only pays invoices submitted through our Coupa supplier portal.
Emailed invoices are not processed. Please submit KWS-40375 in Coupa
against PO 6100234 and it will follow our standard net-45 terms.

Keystone Accounts Payable
Case ref: AP-CS-0094412
""")
item(41, "BILL-PORTAL", "en-US", "billing_update", "text/plain, Outlook quote", eml,
     "Portal submission needed before payment. 'net-45 terms' is not a date. PO 6100234 and case AP-CS-0094412 are not invoices.",
     ["KWS-40375"])

# ax42 en-GB PO required
rs = dt(2026, 3, 2, 9, 0, 0, 0)
eml, s, b, mid = reply("K5142", 1, rs, "en", "Accounts", "Kinross Retail Logistics Ltd", "GBP",
    [("KWS-40380", "2026-02-22", 3318.00)], frm=("Fiona Baird", "fiona.baird@kinrossretail.example"),
    date_=dt(2026, 3, 3, 15, 22, 0, 0), style="gmail_uk",
    text="""Hi,

This has been rejected by our scanning team because there's no PO on it.
The PO for the January peak pickers is 4500987654 - if you can reissue the
invoice quoting that it will go straight through.

Thanks,
Fiona
""")
item(42, "BILL-PO-ON-INVOICE", "en-GB", "billing_update", "text/plain, Gmail UK quote", eml,
     "A PO exists and must be quoted on a reissued invoice: billing_update, not a missing_po dispute. 4500987654 is the PO.",
     ["KWS-40380"])

# ax43 fr-FR new entity
rs = dt(2026, 3, 10, 9, 0, 0, 60)
eml, s, b, mid = reply("K5143", 1, rs, "fr", "Monsieur Roux", "Hôtellerie Roux Bordeaux", "EUR",
    [("KWS-40384", "2026-03-02", 5140.00)], frm=("Thomas Roux", "t.roux@groupe-roux.example"),
    date_=dt(2026, 3, 11, 9, 18, 0, 60), style="gmail_fr", cte="quoted-printable",
    text="""Bonjour,

Depuis le 1er janvier, l'hôtel est exploité par la société Groupe Roux
Hospitalité SAS (SIRET 812 555 014 00027), 14 quai des Chartrons, 33000
Bordeaux. Merci de réémettre la facture au nom de cette nouvelle entité,
nous ne pouvons pas la régler en l'état.

Bien à vous,
Thomas Roux
""")
item(43, "BILL-FR-ENTITY", "fr-FR", "billing_update", "text/plain UTF-8 QP, Gmail fr quote", eml,
     "French. Entity and address change: reissue to the new company before payment. '1er janvier' is the takeover date, not a payment date.",
     ["KWS-40384"])

# ax44 nl-NL Peppol + inkoopnummer
rs = dt(2026, 3, 16, 9, 0, 0, 60)
eml, s, b, mid = reply("K5144", 1, rs, "nl", "Crediteurenadministratie", "Gemeente Lingewaard Zorgdiensten", "EUR",
    [("KWS-40389", "2026-03-09", 7815.00)], frm=("Crediteurenadministratie", "crediteuren@lingewaard-zorg.example"),
    prefix="RE: ", date_=dt(2026, 3, 17, 10, 0, 0, 60), style="outlook_nl", html=True,
    text="""Geachte leverancier,

Wij kunnen uw factuur niet in behandeling nemen. Vanaf 1 januari 2026
accepteren wij uitsluitend e-facturen via het Peppol-netwerk, met
vermelding van ons inkoopordernummer (IO-2026-00317). PDF-facturen per
e-mail worden niet verwerkt.

Met vriendelijke groet,
Team Crediteurenadministratie
""")
item(44, "BILL-NL-PEPPOL", "nl-NL", "billing_update", "multipart/alternative, Outlook nl quote", eml,
     "Dutch. Must be resubmitted as a Peppol e-invoice with their purchase-order number: billing_update.",
     ["KWS-40389"])

# ax45 en-AU ABN / tax invoice
rs = dt(2026, 3, 3, 10, 0, 0, 660)
eml, s, b, mid = reply("K5145", 1, rs, "en", "Accounts", "Gold Coast Harbour Resort", "AUD",
    [("KWS-40393", "2026-02-24", 6402.20)], frm=("Mick Donnelly", "accounts@gcharbourresort.example"),
    date_=dt(2026, 3, 4, 9, 12, 0, 600), style="gmail_uk",
    text="""Hi,

Can't pay this as is - it's not a valid tax invoice. It's missing your ABN
and the GST isn't shown separately. Please resend as a proper tax invoice
and we'll process it.

Mick
Accounts, Gold Coast Harbour Resort
""")
item(45, "BILL-AU-ABN", "en-AU", "billing_update", "text/plain, Gmail quote", eml,
     "Invoice must be reissued as a compliant tax invoice (ABN, GST shown) before payment: billing_update, not a document the customer lacks.",
     ["KWS-40393"])

# ax46 es-ES alta de proveedor
rs = dt(2026, 3, 9, 9, 0, 0, 60)
eml, s, b, mid = reply("K5146", 1, rs, "es", "Sra. Molina", "Frigoríficos del Ebro S.L.", "EUR",
    [("KWS-40398", "2026-03-02", 3980.00)], frm=("Pilar Molina", "pmolina@frigoebro.example"),
    prefix="RE: ", date_=dt(2026, 3, 10, 11, 2, 0, 60), style="outlook_es", cte="8bit",
    text="""Buenos días:

Para poder pagar la factura necesitamos que antes nos devolváis
cumplimentada la ficha de alta de proveedor junto con el certificado de
titularidad bancaria. En cuanto lo tengamos os damos de alta en SAP.

Saludos,
Pilar Molina
Administración - Frigoríficos del Ebro
""")
item(46, "BILL-ES-ALTA", "es-ES", "billing_update", "text/plain UTF-8 8bit, Outlook es quote", eml,
     "Spanish. Vendor set-up form and bank certificate needed before payment: billing_update.",
     ["KWS-40398"])

# ax47 en-US wrong contact with address
rs = dt(2026, 3, 4, 9, 0, 0, -360)
eml, s, b, mid = reply("K5147", 1, rs, "en", "Chris", "Great Plains Cold Chain", "USD",
    [("KWS-40402", "2026-02-25", 2315.00)], frm=("Chris Lund", "clund@gpcoldchain.example"),
    date_=dt(2026, 3, 4, 13, 44, 0, -360), style="gmail",
    text="""Hi - I'm the HR coordinator, I just sign off the temp timesheets. I
don't have anything to do with paying invoices. Please send this to
payables@gpcoldchain.example and they'll take care of you.

Chris
""")
item(47, "WRONG-US-ADDRESS", "en-US", "wrong_contact", "text/plain, Gmail quote", eml,
     "Not the right person; gives the payables address. 'they'll take care of you' is not a promise.",
     ["KWS-40402"], new_contact_email="payables@gpcoldchain.example")

# ax48 en-IE left company
rs = dt(2026, 3, 11, 9, 0, 0, 0)
eml, s, b, mid = reply("K5148", 2, rs, "en", "Declan", "Liffey Bay Hotels Ltd", "EUR",
    [("KWS-40407", "2026-02-25", 4460.00)], frm=("Aoife Kelly", "aoife.kelly@liffeybayhotels.example"),
    prefix="RE: ", date_=dt(2026, 3, 12, 10, 30, 0, 0), style="outlook_uk",
    text="""Hi,

Declan left Liffey Bay at the end of February so his mailbox is only being
checked occasionally. Can you update your records and send anything finance
related to our new financial controller, Niamh Byrne,
niamh.byrne@liffeybayhotels.example?

Thanks,
Aoife
Front Office | Liffey Bay Hotels
""")
item(48, "WRONG-IE-LEFT", "en-IE", "wrong_contact", "text/plain, Outlook UK quote", eml,
     "Original contact left; a colleague names the new controller's address. 'end of February' is a departure date.",
     ["KWS-40407"], new_contact_email="niamh.byrne@liffeybayhotels.example")

# ax49 de-DE nicht zuständig
rs = dt(2026, 3, 12, 8, 0, 0, 60)
eml, s, b, mid = reply("K5149", 1, rs, "de", "Herr Wagner", "Wagner Hochbau GmbH & Co. KG", "EUR",
    [("KWS-40411", "2026-03-05", 11890.00)], frm=("Wagner, Stefan", "s.wagner@wagner-hochbau.example"),
    prefix="AW: ", date_=dt(2026, 3, 12, 10, 5, 0, 60), style="outlook_de", cte="quoted-printable",
    text="""Hallo,

ich bin Bauleiter und für Rechnungen nicht zuständig. Bitte wenden Sie sich
an unsere Kreditorenbuchhaltung: kreditoren@wagner-hochbau.example.

Gruß
S. Wagner
""")
item(49, "WRONG-DE-KREDITOREN", "de-DE", "wrong_contact", "text/plain UTF-8 QP, Outlook de quote", eml,
     "German. Site manager, not responsible; names the AP mailbox.",
     ["KWS-40411"], new_contact_email="kreditoren@wagner-hochbau.example")

# ax50 en-ZA wrong person, no address
rs = dt(2026, 3, 9, 9, 0, 0, 120)
eml, s, b, mid = reply("K5150", 1, rs, "en", "Lerato", "Cape Point Contact Centres (Pty) Ltd", "ZAR",
    [("KWS-40416", "2026-03-02", 27550.00)], frm=("Lerato Mokoena", "lerato.mokoena@capepointcc.example"),
    date_=dt(2026, 3, 9, 14, 0, 0, 120), style="gmail",
    text="""Hi

You've got the wrong person, I'm in workforce planning. You need to speak to
Johan in our finance department.

Lerato
""")
item(50, "WRONG-ZA-NO-ADDRESS", "en-ZA", "wrong_contact", "text/plain, Gmail quote", eml,
     "Wrong person; names 'Johan' without an address, so new_contact_email stays null.",
     ["KWS-40416"])

# ax51 sw-KE mimi si mhusika
rs = dt(2026, 3, 16, 9, 0, 0, 180)
eml, s, b, mid = reply("K5151", 1, rs, "en", "Bw. Kiprono", "Nyota Hospital Nakuru", "KES",
    [("KWS-40420", "2026-03-10", 96000.00)], frm=("Kevin Kiprono", "kkiprono@nyotahospital.example"),
    date_=dt(2026, 3, 17, 8, 20, 0, 180), style="gmail",
    text="""Habari,

Mimi si mhusika wa malipo. Tafadhali tumeni madai haya kwa idara ya
fedha: accounts@nyotahospital.example

Asante
""")
item(51, "WRONG-SW-ADDRESS", "sw-KE", "wrong_contact", "text/plain, Gmail quote", eml,
     "Swahili. 'Mimi si mhusika wa malipo' = I am not the person for payments; names the finance mailbox.",
     ["KWS-40420"], new_contact_email="accounts@nyotahospital.example")

# ---------- out of office ----------
def auto(case, r, rs, lang, contact, company, cur, lines, frm, date_, subj, body, xh, charset="utf-8", cte="7bit", html=False):
    subj0, rbody = reminder(case, r, rs, lang, contact, company, cur, lines)
    mid = rem_msgid(case, r, rs)
    hdrs = [("MIME-Version", "1.0"), ("Date", hdate(date_)), ("Message-ID", "<%s@%s>" % (hexid(22), frm[1].split("@")[1])),
            ("In-Reply-To", mid), ("References", mid), ("Subject", h2047(subj % subj0)),
            ("From", addr(frm[0], frm[1])), ("To", addr("Kestrel Billing", case_addr(case)))] + list(xh)
    if html:
        bp = multipart("alternative", [leaf(body, "plain", charset, cte),
             leaf("<html><body>%s</body></html>\n" % text_to_html(body), "html", charset, cte)])
    else:
        bp = leaf(body, "plain", charset, cte)
    return message(hdrs, bp)

eml = auto("K5152", 1, dt(2026, 3, 16, 9, 0, 0, -240), "en", "Robert", "Atlantic Shore Health System", "USD",
    [("KWS-40425", "2026-03-06", 8870.00)], ("Robert Haines", "rhaines@atlanticshorehealth.example"),
    dt(2026, 3, 16, 9, 0, 12, -240), "Automatic reply: %s",
    """Thank you for your email. I am out of the office attending a conference
and will return on Monday, March 23, 2026. During my absence please contact
Marisol Vega at mvega@atlanticshorehealth.example for anything urgent.

Robert Haines
Director, Revenue & Payables
""", [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Reminder")], html=True)
item(52, "OOO-US-DEPUTY", "en-US", "out_of_office", "multipart/alternative, Exchange auto-reply", eml,
     "Exchange automatic reply with Auto-Submitted. Explicit return date; deputy address fills new_contact_email.",
     ["KWS-40425"], [D("return_date", "explicit", 2026, 3, 23, phrase="Monday, March 23, 2026")],
     new_contact_email="mvega@atlanticshorehealth.example")

eml = auto("K5153", 1, dt(2026, 3, 17, 8, 0, 0, 60), "de", "Frau Petersen", "Nordhafen Umschlag GmbH", "EUR",
    [("KWS-40430", "2026-03-10", 5320.00)], ("Petersen, Anke", "a.petersen@nordhafen-umschlag.example"),
    dt(2026, 3, 17, 8, 0, 3, 60), "Automatische Antwort: %s",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 27.03.2026 nicht im Haus und ab Montag,
30.03.2026 wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an buchhaltung@nordhafen-umschlag.example.

Mit freundlichen Grüßen
Anke Petersen
""", [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "de-DE")],
    charset="iso-8859-1", cte="quoted-printable")
item(53, "OOO-DE-AB-MONTAG", "de-DE", "out_of_office", "text/plain ISO-8859-1 QP, Exchange de auto-reply", eml,
     "German. Away through Fri 27.03., back 'ab Montag, 30.03.2026': return_date is the day back, 30 Mar. The shared accounting mailbox for urgent matters fills new_contact_email.",
     ["KWS-40430"], [D("return_date", "explicit", 2026, 3, 30, phrase="30.03.2026")],
     new_contact_email="buchhaltung@nordhafen-umschlag.example")

eml = auto("K5154", 2, dt(2026, 3, 30, 9, 0, 0, 120), "fr", "Madame Dubois", "Résidence Les Tilleuls EHPAD", "EUR",
    [("KWS-40434", "2026-03-13", 3150.00)], ("Sophie Dubois", "s.dubois@ehpad-tilleuls.example"),
    dt(2026, 3, 30, 9, 0, 40, 120), "Réponse automatique : %s",
    """Bonjour,

Je suis absente du bureau et serai de retour le lundi 6 avril. Je traiterai
votre message à mon retour.

Sophie Dubois
Responsable administrative et financière
""", [("X-Autoreply", "yes"), ("Precedence", "auto_reply")], cte="quoted-printable")
item(54, "OOO-FR-NO-AUTOSUB", "fr-FR", "out_of_office", "text/plain UTF-8 QP, X-Autoreply without Auto-Submitted", eml,
     "French auto-reply with X-Autoreply/Precedence but no Auto-Submitted header. 'le lundi 6 avril' = next 6 Apr on or after the Date.",
     ["KWS-40434"], [D("return_date", "day_month_future", 6, 4, phrase="lundi 6 avril")])

eml = auto("K5155", 1, dt(2026, 3, 9, 9, 0, 0, 60), "nl", "Mevr. Visser", "Hotel De Zeeuwse Stromen", "EUR",
    [("KWS-40438", "2026-03-02", 2488.60)], ("Anouk Visser", "a.visser@zeeuwsestromen.example"),
    dt(2026, 3, 9, 9, 0, 5, 60), "Automatisch antwoord: %s",
    """Dank voor uw bericht. Ik ben afwezig en vanaf 16 maart weer aanwezig.
Voor facturen kunt u terecht bij mijn collega Daan Smit via
d.smit@zeeuwsestromen.example.

Met vriendelijke groet,
Anouk Visser
""", [("Auto-Submitted", "auto-replied")])
item(55, "OOO-NL-VANAF", "nl-NL", "out_of_office", "text/plain, auto-reply", eml,
     "Dutch. 'vanaf 16 maart weer aanwezig' = back on 16 Mar. Deputy address fills new_contact_email.",
     ["KWS-40438"], [D("return_date", "day_month_future", 16, 3, phrase="16 maart")],
     new_contact_email="d.smit@zeeuwsestromen.example")

eml = auto("K5156", 1, dt(2026, 3, 5, 9, 0, 0, 0), "en", "Oliver", "Brackenfield Builders Ltd", "GBP",
    [("KWS-40442", "2026-02-26", 6604.00)], ("Oliver Penhaligon", "oliver.penhaligon@brackenfield.example"),
    dt(2026, 3, 5, 9, 1, 22, 0), "Re: %s",
    """Hi, I'm on leave with limited access to email and back next Wednesday.
I'll pick this up when I'm back.

Oliver
""", [("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Autoreply", "yes")])
item(56, "OOO-GB-NEXT-WED", "en-GB", "out_of_office", "text/plain, Gmail vacation responder, Re: subject", eml,
     "Vacation responder with a plain 'Re:' subject; Auto-Submitted marks it. 'next Wednesday' from Thu 5 Mar = Wednesday of the following week, 11 Mar.",
     ["KWS-40442"], [D("return_date", "next_weekday", 2, phrase="next Wednesday")])

eml = auto("K5157", 1, dt(2026, 3, 26, 9, 0, 0, 60), "es", "Sr. Navarro", "Clínica San Telmo", "EUR",
    [("KWS-40446", "2026-03-18", 4960.00)], ("Andrés Navarro", "anavarro@clinicasantelmo.example"),
    dt(2026, 3, 26, 9, 0, 9, 60), "Respuesta automática: %s",
    """Gracias por su mensaje.

Estaré fuera de la oficina hasta el 9 de abril, sin acceso al correo. Para
asuntos urgentes pueden contactar con mi compañera Elena Ruiz en la
extensión 2214.

Un saludo,
Andrés Navarro
Departamento Financiero
""", [("Auto-Submitted", "auto-replied")], cte="8bit")
item(57, "OOO-ES-HASTA", "es-ES", "out_of_office", "text/plain UTF-8 8bit, auto-reply", eml,
     "Spanish. 'hasta el 9 de abril' -> return_date 9 Apr (contract: 'until X' gives X). Deputy named with a phone extension only, so new_contact_email null.",
     ["KWS-40446"], [D("return_date", "day_month_future", 9, 4, phrase="9 de abril")])
