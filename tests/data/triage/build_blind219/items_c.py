# sv-SE, fi-FI, tr-TR, el-GR (5 each)          exec'd by build.py
# ------------------------------------------------------------------ sv-SE
item("A", "sv-SE", "2026-12-02 13:20", "+0100", "J4801",
     [("INV-5709", "2026-11-16", "48600.00")], "SEK",
     "Nordljus Konferens AB", ("Karin Holmberg", "karin.holmberg@nordljus.example"),
     """Hej,

Tack för påminnelsen. Fakturan 5709 är attesterad och betalningen på
48 600 kr går ut fredag nästa vecka.

Vänliga hälsningar
Karin Holmberg
Ekonomiansvarig, Nordljus Konferens AB""",
     L("promise_to_pay", promised_date=R("next_wd", 4, "fredag nästa vecka"), promised_amount="48600.00", currency="SEK",
       invoice_numbers=["INV-5709"]),
     "'fredag nästa vecka' (Friday next week) from Wed 2 Dec = 11 Dec; '48 600 kr' = SEK 48600.00.",
     subj="SV:", quote="outlook", cs="iso-8859-1", cte="quoted-printable")

item("B", "sv-SE", "2026-10-15 08:45", "+0200", "J4802",
     [("INV-5619", "2026-09-30", "23750.00")], "SEK",
     "Bröllopsbyrån Sjöstjärna", ("Ebba Lindgren", "ebba@sjostjarna.example"),
     """Hej!

Betalningen gick iväg i förrgår via bankgiro, 23 750 kr med OCR 4471203398.
Säg till om ni inte ser den.

Hälsningar
Ebba""",
     L("paid_claim", paid_date=R("plus", -2, "i förrgår"), payment_reference="4471203398", promised_amount="23750.00",
       currency="SEK", invoice_numbers=["INV-5619"]),
     "'i förrgår' (the day before yesterday) from Thu 15 Oct = 13 Oct; OCR number is the reference.",
     subj="SV:", quote="gmail", cte="8bit", stage=1)

item("F", "sv-SE", "2026-11-09 10:02", "+0100", "J4803",
     [("INV-5686", "2026-10-23", "31200.00")], "SEK",
     "Göteborgs Designvecka", ("Oskar Berg", "oskar.berg@gbgdesignvecka.example"),
     """Hej,

Fel mottagare, jag jobbar med programmet och har inget med fakturor att göra.
Skicka den till faktura@gbgdesignvecka.example så hamnar den rätt.

/Oskar""",
     L("wrong_contact", new_contact_email="faktura@gbgdesignvecka.example", invoice_numbers=["INV-5686"]),
     "Wrong contact with replacement address.",
     subj="SV:", quote="outlook")

item("G", "sv-SE", "2026-11-18 07:30:21", "+0100", "J4804",
     [("INV-5754", "2026-11-02", "12900.00")], "SEK",
     "Skärgårdshotellet i Vaxholm", ("Anna Sjöberg", "anna.sjoberg@skargardshotellet.example"),
     """Hej,

Tack för ditt mejl. Jag är på kurs resten av veckan och är tillbaka på måndag.
Brådskande ärenden om leverantörsfakturor: kontakta ekonomi@skargardshotellet.example.

Anna Sjöberg
Redovisningsekonom""",
     L("out_of_office", return_date=R("this_wd", 0, "tillbaka på måndag"),
       new_contact_email="ekonomi@skargardshotellet.example", invoice_numbers=["INV-5754"]),
     "Swedish auto-reply with a Re-style subject ('SV:'); the Auto-Submitted header marks it. 'på måndag' from Wed 18 Nov = 23 Nov. Deputy address filled.",
     kind="auto", subj="SV:", cs="iso-8859-1", cte="quoted-printable",
     xh=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

item("J", "sv-SE", "2026-10-22 14:05:09", "+0000", "J4805",
     [("INV-5631", "2026-10-07", "8700.00")], "SEK",
     "Malmo Massor AB", None,
     """Hi. This is the qmail-send program at mail.malmomassor.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<reskontra@malmomassor.example>:
Sorry, no mailbox here by that name. (#5.1.1)""",
     L("delivery_failure", invoice_numbers=["INV-5631"]),
     "Plain-text qmail bounce (no MIME, no Auto-Submitted, Date with -0000); invoice from the copied reminder.",
     kind="bounce", bounce="qmail", rcpt="reskontra@malmomassor.example", mta="mail.malmomassor.example", sent_days=0,
     mid="<20261022140509.81234.qmail@mail.malmomassor.example>")

# ------------------------------------------------------------------ fi-FI
item("A", "fi-FI", "2026-12-28 09:15", "+0200", "J4901",
     [("INV-5748", "2026-12-11", "3480.00")], "EUR",
     "Tapahtumatoimisto Revontuli Oy", ("Aino Virtanen", "aino.virtanen@revontuli.example"),
     """Hei,

pahoittelut viiveestä, lasku 5748 jäi joulun alle. Maksamme 3 480,00 €
kuun loppuun mennessä.

Ystävällisin terveisin
Aino Virtanen""",
     L("promise_to_pay", promised_date=R("eom", None, "kuun loppuun mennessä"), promised_amount="3480.00", currency="EUR",
       invoice_numbers=["INV-5748"]),
     "'kuun loppuun mennessä' (by the end of the month) = 31 Dec 2026.",
     sig="Tapahtumatoimisto Revontuli Oy | p. 040 555 1290", subj="VS:", quote="outlook", cs="iso-8859-15",
     cte="quoted-printable")

item("B", "fi-FI", "2027-01-05 11:40", "+0200", "J4902",
     [("INV-5741", "2026-12-18", "1240.00")], "EUR",
     "Hääsuunnittelu Kielo", ("Emilia Laine", "emilia@haakielo.example"),
     """Hei!

Lasku on maksettu eilen, 1 240,00 € viitteellä RF61 4471 2026. Näkyy varmaan
teillä tänään.

Terveisin
Emilia""",
     L("paid_claim", paid_date=R("plus", -1, "maksettu eilen"), payment_reference="RF61 4471 2026",
       promised_amount="1240.00", currency="EUR", invoice_numbers=["INV-5741"]),
     "'eilen' (yesterday) from Tue 5 Jan 2027 = 4 Jan 2027; RF creditor reference as written.",
     subj="VS:", quote="gmail")

item("C", "fi-FI", "2026-12-09 14:50", "+0200", "J4903",
     [("INV-5715", "2026-11-25", "3160.00")], "EUR",
     "Ohjelmistotalo Kaarna Oy", ("Mikko Heinonen", "mikko.heinonen@kaarna.example"),
     """Hei,

laskun 5715 rivillä 2 on veloitettu neljä tarjoilijaa pikkujouluihin, mutta
paikalla oli vain kolme. Emme hyväksy tätä riviä ennen kuin se on korjattu.
Muut rivit, yhteensä 2 160,00 €, maksamme perjantaina.

Terveisin
Mikko Heinonen
Talouspäällikkö""",
     L("dispute", dispute_reason="quantity", promised_date=R("this_wd", 4, "maksamme perjantaina"),
       promised_amount="2160.00", currency="EUR", invoice_numbers=["INV-5715"]),
     "Quantity dispute on one line plus a promise for the rest: intent dispute, promise fields still filled ('perjantaina' from Wed 9 Dec = 11 Dec).",
     subj="VS:", quote="outlook", cte="8bit")

item("G", "fi-FI", "2026-12-07 08:00:55", "+0200", "J4904",
     [("INV-5713", "2026-11-20", "2890.00")], "EUR",
     "Lapin Elämyspalvelut Oy", ("Jussi Korhonen", "jussi.korhonen@lapinelamys.example"),
     """Hei,

olen lomalla 14.12. asti enkä lue sähköpostia. Viestiäsi ei välitetä eteenpäin.

Terveisin
Jussi Korhonen""",
     L("out_of_office", return_date=R("dm_future", (14, 12), "lomalla 14.12. asti"), invoice_numbers=["INV-5713"]),
     "Finnish auto-reply, 'until 14.12.' (day.month, no year) = return_date 14 Dec 2026 per the contract's 'until' rule.",
     kind="auto", subj="Automaattinen vastaus:", cs="iso-8859-1",
     xh=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

item("H", "fi-FI", "2026-11-19 16:05", "+0200", "J4905",
     [("INV-5687", "2026-10-30", "3000.00")], "EUR",
     "Kulttuuriyhdistys Aalto ry", ("Sanna Mäkelä", "rahastonhoitaja@kyaalto.example"),
     """Hei,

yhdistyksen kassatilanne on syksyn jälkeen tiukka. Voisimmeko maksaa laskun
kahdessa erässä? Ensimmäinen erä, 1 500,00 €, kahden viikon päästä ja toinen
tammikuussa.

Ystävällisin terveisin
Sanna Mäkelä, rahastonhoitaja""",
     L("payment_plan_request", promised_date=R("plus", 14, "kahden viikon päästä"), promised_amount="1500.00",
       currency="EUR", invoice_numbers=["INV-5687"]),
     "Two instalments; first 1 500,00 € 'in two weeks' from 19 Nov = 3 Dec.",
     subj="VS:", quote="gmail", fmt="alt")

# ------------------------------------------------------------------ tr-TR
item("A", "tr-TR", "2026-11-10 11:30", "+0300", "J5001",
     [("INV-5691", "2026-10-26", "86400.00")], "TRY",
     "Boğaziçi Kongre Organizasyon", ("Elif Yıldırım", "elif.yildirim@bogazicikongre.example"),
     """Merhaba,

5691 numaralı faturanın ödemesi onaylandı. 86.400,00 TL tutarındaki ödemeyi
bu hafta içinde yapacağız.

İyi çalışmalar,
Elif Yıldırım
Muhasebe Müdürü""",
     L("promise_to_pay", promised_date=R("this_week", None, "bu hafta içinde"), promised_amount="86400.00",
       currency="TRY", invoice_numbers=["INV-5691"]),
     "'bu hafta içinde' (this week) from Tue 10 Nov = that week's Friday, 13 Nov. Turkish dot grouping.",
     subj="YNT:", quote="outlook", cs="iso-8859-9", cte="quoted-printable")

item("B", "tr-TR", "2026-11-18 15:10", "+0300", "J5002",
     [("INV-5703", "2026-11-04", "42300.00")], "TRY",
     "Ege Düğün Davet", ("Burak Şahin", "burak@egedugun.example"),
     """Merhaba,

Ödemeyi dün EFT ile yaptık: 42.300,00 TL, EFT sorgu numarası 2026111700123.
Dekontu ekte bulabilirsiniz.

Saygılarımla,
Burak Şahin""",
     L("paid_claim", paid_date=R("plus", -1, "dün EFT ile"), payment_reference="2026111700123",
       promised_amount="42300.00", currency="TRY", invoice_numbers=["INV-5703"]),
     "'dün' (yesterday) = 17 Nov.",
     subj="Re:", quote="gmail", cs="iso-8859-9", cte="base64")

item("D", "tr-TR", "2026-12-14 10:25", "+0300", "J5003",
     [("INV-5724", "2026-11-27", "15750.00"), ("INV-5735", "2026-12-01", "6200.00")], "TRY",
     "Anadolu Lojistik A.Ş.", ("Zeynep Kaya", "zeynep.kaya@anadolulojistik.example"),
     """Merhaba,

Yıl sonu mutabakatı için 30.11.2026 tarihli cari hesap ekstrenizi gönderebilir
misiniz? Kayıtlarımızla karşılaştırmamız gerekiyor.

Teşekkürler,
Zeynep Kaya
Mali İşler""",
     L("document_request", invoice_numbers=["INV-5724", "INV-5735"]),
     "Statement of account request for reconciliation; 30.11.2026 is the statement date. Invoices from the quoted reminder.",
     subj="YNT:", quote="outlook", cte="8bit")

item("E", "tr-TR", "2026-11-05 09:55", "+0300", "J5004",
     [("INV-5668", "2026-10-22", "27900.00")], "TRY",
     "Marmara Yazılım Ltd. Şti.", ("Satın Alma", "satinalma@marmarayazilim.example"),
     """Sayın Yetkili,

Şirketimiz 1 Kasım 2026 itibarıyla Marmara Teknoloji Holding A.Ş. bünyesine
katılmıştır. INV-5668 numaralı faturanın yeni unvanımız ve 1234567890 vergi
numaramız adına e-fatura olarak yeniden düzenlenmesi gerekmektedir; eski unvana
kesilen faturaları ödeme sistemine alamıyoruz.

Saygılarımızla,
Satın Alma Birimi""",
     L("billing_update", invoice_numbers=["INV-5668"]),
     "Entity/legal-name change after a merger: invoice must be re-issued to the new title and tax number before payment.",
     subj="YNT:", quote="none", cs="iso-8859-9", cte="quoted-printable", fmt="html")

item("J", "tr-TR", "2026-10-30 02:14:51", "-0700", "J5005",
     [("INV-5657", "2026-10-15", "19800.00")], "TRY",
     "Kapadokya Balon Etkinlik", None,
     """** Address not found **

Your message wasn't delivered to muhasebe@kapadokyabalon.example because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
     L("delivery_failure", invoice_numbers=["INV-5657"]),
     "Gmail-style delivery status notification (multipart/report) with the original attached; invoice from the returned reminder.",
     kind="bounce", bounce="report", rcpt="muhasebe@kapadokyabalon.example", mta="mx.google.example",
     bfrom="Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
     bsubj="Delivery Status Notification (Failure)", status="5.1.1",
     diag="550 5.1.1 The email account that you tried to reach does not exist.", sent_days=0,
     mid="<6a1f3e0b.050a0220.3c2d1.9a7bSMTPIN_ADDED_BROKEN@mx.google.example>")

# ------------------------------------------------------------------ el-GR
item("B", "el-GR", "2026-11-24 12:35", "+0200", "J5101",
     [("INV-5700", "2026-11-09", "4086.40")], "EUR",
     "Αιγαίο Συνέδρια Α.Ε.", ("Μαρία Παπαδάκη", "m.papadaki@aigaio-synedria.example"),
     """Καλημέρα σας,

Το τιμολόγιο 5700 εξοφλήθηκε στις 20/11 με τραπεζική μεταφορά, ποσό 4.086,40 €,
αριθμός συναλλαγής 948812. Παρακαλούμε ελέγξτε ξανά.

Με εκτίμηση,
Μαρία Παπαδάκη
Λογιστήριο""",
     L("paid_claim", paid_date=R("abs", "2026-11-20", "στις 20/11"), payment_reference="948812",
       promised_amount="4086.40", currency="EUR", invoice_numbers=["INV-5700"]),
     "Greek, ISO-8859-7 base64 body; '20/11' read day-first.",
     subj="ΑΠ:", quote="outlook", cs="iso-8859-7", cte="base64")

item("C", "el-GR", "2026-10-15 13:40", "+0300", "J5102",
     [("INV-5624", "2026-10-05", "7340.00")], "EUR",
     "Ιατρική Εταιρεία Θεσσαλονίκης", ("Γιώργος Νικολάου", "g.nikolaou@iet-thess.example"),
     """Καλησπέρα,

Η γραμμή 3 του τιμολογίου INV-5624 (επιπλέον coffee break, 620,00 €) δεν
καλύπτεται από καμία εντολή αγοράς (PO) δική μας. Δεν την εγκρίναμε και δεν
την αποδεχόμαστε. Παρακαλούμε αφαιρέστε τη.

Γιώργος Νικολάου""",
     L("dispute", dispute_reason="missing_po", invoice_numbers=["INV-5624"]),
     "Contests a line that no purchase order covers (dispute, missing_po), unlike a request to add a PO before paying. 620,00 € is the disputed line, not a paid or promised amount.",
     subj="RE:", quote="gmail", cte="8bit")

item("F", "el-GR", "2026-11-02 10:10", "+0200", "J5103",
     [("INV-5661", "2026-10-19", "2950.00")], "EUR",
     "Ξενοδοχεία Κυκλάδων", ("Ελένη Γεωργίου", "e.georgiou@xenodoxeia-kyklades.example"),
     """Καλημέρα,

Δεν είμαι αρμόδια για τις πληρωμές προμηθευτών. Απευθυνθείτε στον κ. Σταύρο
Παπαδόπουλο στο λογιστήριο.

Ευχαριστώ,
Ελένη""",
     L("wrong_contact", invoice_numbers=["INV-5661"]),
     "Wrong contact naming a person without an address: new_contact_email null.",
     subj="ΑΠ:", quote="outlook", cs="iso-8859-7", cte="quoted-printable")

item("K", "el-GR", "2026-12-08 17:45", "+0200", "J5104",
     [("INV-5727", "2026-11-23", "5480.00")], "EUR",
     "Ομάδα Ελληνικής Γαστρονομίας", ("Νίκος Αντωνίου", "n.antoniou@gastronomia-omada.example"),
     """Καλησπέρα,

Το λάβαμε και το προωθήσαμε στο λογιστήριο. Θα το συζητήσουμε στη συνάντηση
της Πέμπτης και θα σας ενημερώσουμε.

Νίκος""",
     L("acknowledgement", invoice_numbers=["INV-5727"]),
     "Forwarded, will discuss at Thursday's meeting: no payment commitment, no date labelled.",
     subj="ΑΠ:", quote="gmail", fmt="alt")

item("L", "el-GR", "2026-10-06 11:05", "+0300", "J5105",
     [("INV-5607", "2026-09-22", "1760.00")], "EUR",
     "Σχολή Χορού Ρυθμός", ("Δέσποινα Λαμπράκη", "info@sxolirythmos.example"),
     """Γεια σας,

Μπορούμε να πληρώσουμε με πιστωτική κάρτα τηλεφωνικά; Υπάρχει κάποια επιβάρυνση
για πληρωμή με κάρτα;

Ευχαριστώ,
Δέσποινα""",
     L("other", invoice_numbers=["INV-5607"]),
     "Question about payment methods and card fees; no commitment or date, so other.",
     subj="Re:", quote="gmail", cs="iso-8859-7", cte="quoted-printable")
