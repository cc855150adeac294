"""Items ic41-ic60: billing_update, wrong_contact, out_of_office, payment_plan_request (part)."""
from build_lib import *  # noqa

# ---------------------------------------------------------------- ic41
r = Rem("SG3323", "Елена Игоревна", "e.kuznetsova@volga-park.example", 'ООО "Волга Парк Логистика"',
        [("SGI-50622", "2026-03-05", 418800.00)], "RUB", "2026-03-19 10:00:00 +0300", 1, 14)
t = """Добрый день!

Счёт SGI-50622 в оплату поставить не можем: с 1 января мы принимаем первичку
только через ЭДО. Направьте, пожалуйста, УПД по этой отгрузке через Диадок
(наш ID участника ЭДО указан в карточке предприятия). После подписания УПД
счёт уйдёт в реестр платежей.

С уважением,
Кузнецова Е.И.
ведущий бухгалтер
ООО "Волга Парк Логистика"
"""
add(id="ic41", key="BU-EDO-UPD", loc="ru-RU", intent="billing_update", fmt="Gmail (Russian attribution), koi8-r quoted-printable",
    eml=std("2026-03-20 09:40:00 +0300", addr("Кузнецова Елена", "e.kuznetsova@volga-park.example"), r, t, "ru", "gmail", "Re: ",
            charset="koi8-r", cte="quoted-printable", mstyle="gmail"),
    lab=dict(invoice_numbers=["SGI-50622"]),
    note="Must receive the UPD through the EDO operator (Diadoc) before paying: a channel/portal requirement, billing_update. '1 January' is a policy date.")

# ---------------------------------------------------------------- ic42
r = Rem("SG3328", "Panie Tomaszu", "t.zielinski@baltic-depot.example", "Baltic Depot Sp. z o.o.",
        [("SGI-50960", "2026-03-06", 31980.00)], "PLN", "2026-03-20 08:00:00 +0100", 1, 14)
t = """Dzień dobry,

informuję, że z dniem 1 marca Baltic Depot Sp. z o.o. została połączona z
Nordport Logistics S.A. (spółka przejmująca). Faktura SGI-50960 wystawiona
w marcu powinna być wystawiona na Nordport Logistics S.A., NIP 5840012345,
ul. Portowa 8, 80-555 Gdańsk. Prosimy o korektę danych nabywcy - po jej
otrzymaniu płatność zostanie zrealizowana w standardowym terminie.

Pozdrawiam,
Tomasz Zieliński
Dział Finansowy, Nordport Logistics S.A."""
add(id="ic42", key="BU-ENTITY-MERGER", loc="pl-PL", intent="billing_update", fmt="Outlook (Polish labels), utf-8 quoted-printable",
    eml=std("2026-03-23 10:10:00 +0100", addr("Tomasz Zieliński", "t.zielinski@nordport.example"), r, t, "pl", "outlook", "ODP: ",
            cte="quoted-printable", mstyle="outlook", mailer="outlook"),
    lab=dict(invoice_numbers=["SGI-50960"]),
    note="Entity change after a merger: the invoice must be corrected to the new buyer before payment. 'standardowy termin' is not a date; the merger date is not a payment date. The NIP is a tax id.")

# ---------------------------------------------------------------- ic43
r = Rem("SG3334", "κα Αντωνίου", "antoniou@kriti-logistics.example", "Κρήτη Logistics Α.Ε.",
        [("SGI-50144", "2026-02-25", 2604.00)], "EUR", "2026-03-10 09:00:00 +0200", 1, 13)
t = """Καλημέρα σας,

το τιμολόγιο 50144 δεν εμφανίζεται στο myDATA της ΑΑΔΕ (δεν έχει ΜΑΡΚ) και
επιπλέον αναγράφει λάθος ΑΦΜ (το σωστό είναι 099123456). Παρακαλούμε να
ακυρωθεί και να εκδοθεί σωστά ώστε να μπορέσουμε να το εξοφλήσουμε.

Ευχαριστώ,
Μαρία Αντωνίου
Λογίστρια"""
add(id="ic43", key="BU-MYDATA-AFM", loc="el-GR", intent="billing_update", fmt="Gmail (Greek attribution), iso-8859-7 base64",
    eml=std("2026-03-11 11:25:00 +0200", addr("Μαρία Αντωνίου", "antoniou@kriti-logistics.example"), r, t, "el", "gmail", "Re: ",
            charset="iso-8859-7", cte="base64", mstyle="gmail"),
    lab=dict(invoice_numbers=["SGI-50144"]),
    note="Invoice must be transmitted to myDATA and reissued with the right tax id (ΑΦΜ) before payment: billing_update, not a dispute of the charge.")

# ---------------------------------------------------------------- ic44
r = Rem("SG3339", "Accounts Payable", "ap@tlvcommerce.example", "TLV Commerce Bank Ltd",
        [("SGI-50291", "2026-02-28", 15600.00)], "ILS", "2026-03-12 09:00:00 +0200", 1, 12)
t = """Hello,

All supplier invoices now have to be submitted through our Coupa portal with
the PO number on them - we can't pay from email anymore. Your invoice 50291
should reference PO 4500231877. Once it is uploaded it will go into the next
payment run.

Portal registration: https://tlvcommerce.coupahost.example/suppliers

Best,
Shira Ben-David
Procure-to-Pay | TLV Commerce Bank"""
add(id="ic44", key="BU-PORTAL-PO", loc="en-IL", intent="billing_update", fmt="Outlook, utf-8 quoted-printable, multipart/alternative",
    eml=std("2026-03-12 15:55:00 +0200", addr("Shira Ben-David", "shira.bd@tlvcommerce.example"), r, t, "en", "outlook", "RE: ",
            cte="quoted-printable", mstyle="outlook", mailer="outlook", alt=True),
    lab=dict(invoice_numbers=["SGI-50291"]),
    note="Portal upload with an existing PO number required: billing_update (not missing_po). PO 4500231877 is not an invoice; 'next payment run' is not a date.")

# ---------------------------------------------------------------- ic45
r = Rem("SG3345", "пані Ірино", "i.shevchenko@kyivbud-bank.example", "АТ «КиївБуд Банк»",
        [("SGI-50377", "2026-03-01", 54000.00)], "UAH", "2026-03-16 09:00:00 +0200", 1, 15)
t = """Добрий день.

Для проведення оплати рахунку 50377 ваша компанія має бути внесена до реєстру
контрагентів банку. Заповніть, будь ласка, анкету постачальника (додаю посилання
на форму) і поверніть із підписом та печаткою.
https://kyivbud-bank.example/vendors/form

Ірина Шевченко
відділ закупівель"""
add(id="ic45", key="BU-VENDORFORM-UK", loc="uk-UA", intent="billing_update", fmt="Outlook (Ukrainian labels), utf-8 base64",
    eml=std("2026-03-17 13:30:00 +0200", addr("Ірина Шевченко", "i.shevchenko@kyivbud-bank.example"), r, t, "uk", "outlook", "RE: ",
            cte="base64", mstyle="outlook", mailer="outlook"),
    lab=dict(invoice_numbers=["SGI-50377"]),
    note="Vendor registration form must be completed before payment: billing_update.")

# ---------------------------------------------------------------- ic46
r = Rem("SG3350", "Finance", "finance@alqusais-wh.example", "Al Qusais Warehousing LLC",
        [("SGI-50701", "2026-03-03", 18900.00)], "AED", "2026-03-17 09:00:00 +0400", 1, 14)
t = """Hi,

Please note we have moved to a new legal entity from 1st March:
Al Qusais Warehousing Holding LLC, TRN 100345678900003,
Office 1204, Business Bay, Dubai.

Kindly re-issue invoice 50701 to the new name and TRN, otherwise our
system will reject it for VAT.

Regards,
Anil Varghese
Finance Officer"""
add(id="ic46", key="BU-TRN-ENTITY", loc="en-AE", intent="billing_update", fmt="iPhone Mail, utf-8 7bit",
    eml=std("2026-03-18 08:02:00 +0400", addr("Anil Varghese", "anil.v@alqusais-wh.example"), r, t, "en", "apple", "Re: ",
            cte="7bit", mstyle="apple", dom="alqusais-wh.example", mailer="iphone"),
    lab=dict(invoice_numbers=["SGI-50701"]),
    note="New legal entity and VAT TRN: reissue before payment, billing_update. The TRN is not an invoice number.")

# ---------------------------------------------------------------- ic47
r = Rem("SG3356", "Mr Hughes", "d.hughes@caldercourt-ha.example", "Calder Court Housing",
        [("SGI-49777", "2026-02-20", 2316.00)], "GBP", "2026-03-06 08:00:00 +0000", 1, 14)
t = """Hi,

I moved from Facilities to the Development team in January so I'm no longer
the right contact for this. Please send invoices and reminders to
accounts.payable@caldercourt-ha.example and they'll pick it up.

Cheers,
Dave Hughes"""
add(id="ic47", key="WC-MOVED-ROLE", loc="en-GB", intent="wrong_contact", fmt="Gmail, utf-8 7bit",
    eml=std("2026-03-06 10:15:00 +0000", addr("Dave Hughes", "d.hughes@caldercourt-ha.example"), r, t, "en", "gmail", "Re: ",
            cte="7bit", mstyle="gmail"),
    lab=dict(new_contact_email="accounts.payable@caldercourt-ha.example", invoice_numbers=["SGI-49777"]),
    note="Not the right person; gives the AP mailbox. 'January' is about his role change.")

# ---------------------------------------------------------------- ic48
r = Rem("SG3361", "Tisztelt Tóth Úr", "toth.peter@alfold-iskola.example", "Alföldi Református Gimnázium",
        [("SGI-50222", "2026-02-28", 396240.00)], "HUF", "2026-03-13 08:00:00 +0100", 1, 13)
t = """Jó napot!

Én a gondnokságon dolgozom, számlákkal nem foglalkozom. Kérem, a fizetési
felszólításokat a gazdasági irodának küldjék: gazdasagi.iroda@alfold-iskola.example

Tóth Péter
gondnok"""
add(id="ic48", key="WC-HU-ADDR", loc="hu-HU", intent="wrong_contact", fmt="Gmail (Hungarian attribution), utf-8 quoted-printable",
    eml=std("2026-03-13 11:41:00 +0100", addr("Tóth Péter", "toth.peter@alfold-iskola.example"), r, t, "hu", "gmail", "Re: ",
            cte="quoted-printable", mstyle="gmail"),
    lab=dict(new_contact_email="gazdasagi.iroda@alfold-iskola.example", invoice_numbers=["SGI-50222"]),
    note="Caretaker redirects reminders to the school's finance office address.")

# ---------------------------------------------------------------- ic49
r = Rem("SG3367", "آقای صالحی", "salehi@tabriz-logistics.example", "پارک لجستیک تبریز",
        [("SGI-49945", "2026-02-25", 960000000.00)], "IRR", "2026-03-09 09:00:00 +0330", 1, 12)
t = """سلام،
این موضوع مربوط به واحد من نیست. لطفاً با خانم رضایی در واحد مالی هماهنگ کنید.
صالحی"""
add(id="ic49", key="WC-NAME-ONLY-FA", loc="fa-IR", intent="wrong_contact", fmt="Gmail (Persian attribution), utf-8 8bit, terse",
    eml=std("2026-03-09 13:02:00 +0330", addr("علی صالحی", "salehi@tabriz-logistics.example"), r, t, "fa", "gmail", "Re: ",
            cte="8bit", mstyle="gmail"),
    lab=dict(invoice_numbers=["SGI-49945"]),
    note="Names a colleague (Ms Rezaei in finance) without an address: new_contact_email null.")

# ---------------------------------------------------------------- ic50 (forwarded chain)
r = Rem("SG3372", "المهندس خالد", "khalid.alotaibi@qassimmall.example", "Qassim Mall Company",
        [("SGI-50390", "2026-03-01", 27600.00)], "SAR", "2026-03-15 09:00:00 +0300", 1, 14)
fwd = f"""---------- Forwarded message ---------
From: {r.frm}
Date: Sun, 15 Mar 2026 at 09:00
Subject: {r.subject}
To: <{r.to_addr}>

{r.body}"""
t = """وعليكم السلام،

أنا مسؤول الصيانة في المول ولست من يتابع الفواتير. حولت رسالتكم للحسابات
(انظر أدناه)، ونرجو مستقبلاً إرسال الفواتير والتذكيرات على:
ap.invoices@qassimmall.example

تحياتي،
م. خالد العتيبي
مدير الصيانة - شركة القصيم مول

""" + fwd
add(id="ic50", key="WC-FORWARDED-AP", loc="ar-SA", intent="wrong_contact", fmt="Gmail, forwarded block inside the reply, utf-8 base64",
    eml=std("2026-03-15 13:20:00 +0300", addr("خالد العتيبي", "khalid.alotaibi@qassimmall.example"), r, t, "ar", "gmail", "رد: ",
            cte="base64", mstyle="gmail", quote=False, extra=[("Cc", "ap.invoices@qassimmall.example")]),
    lab=dict(new_contact_email="ap.invoices@qassimmall.example", invoice_numbers=["SGI-50390"]),
    note="Forwarded to AP and asks for future reminders at ap.invoices@: wrong_contact outranks acknowledgement; the forwarded copy is our own reminder.")

# ---------------------------------------------------------------- ic51
r = Rem("SG3378", "Doamna Marin", "elena.marin@banca-moldova-ro.example", "Banca Comercială Nordica",
        [("SGI-50455", "2026-03-02", 6240.00)], "RON", "2026-03-16 09:00:00 +0200", 1, 14)
t = """Bună ziua,

Nu mai lucrez în departamentul financiar din februarie. Pentru facturi vă rog să
îl contactați pe domnul Mihai Ionescu, mihai.ionescu@banca-nordica.example.

O zi bună,
Elena Marin"""
add(id="ic51", key="WC-RO-LEFT", loc="ro-RO", intent="wrong_contact", fmt="Outlook (Romanian labels), utf-8 8bit",
    eml=std("2026-03-16 11:50:00 +0200", addr("Elena Marin", "elena.marin@banca-moldova-ro.example"), r, t, "ro", "outlook", "RE: ",
            cte="8bit", mstyle="outlook", mailer="outlook"),
    lab=dict(new_contact_email="mihai.ionescu@banca-nordica.example", invoice_numbers=["SGI-50455"]),
    note="Left the finance department; names a colleague with an address.")

# ---------------------------------------------------------------- ic52
r = Rem("SG3383", "Ms Grant", "s.grant@riverside-logistics.example", "Riverside Logistics Park Ltd",
        [("SGI-50010", "2026-02-24", 5280.00)], "GBP", "2026-03-10 08:00:00 +0000", 1, 14)
t = """Thank you for your email.

I am out of the office until Monday 16 March with limited access to email.
For anything urgent relating to invoices or payments please contact
payables@riverside-logistics.example.

Sarah Grant
Finance Manager, Riverside Logistics Park Ltd"""
add(id="ic52", key="OOO-UNTIL-DEPUTY", loc="en-GB", intent="out_of_office", fmt="Exchange 'Automatic reply:', Auto-Submitted: auto-generated, multipart/alternative",
    eml=autoreply("2026-03-10 08:00:41 +0000", addr("Sarah Grant", "s.grant@riverside-logistics.example"), r,
                  "Automatic reply: " + r.subject, t, alt=True),
    lab=dict(return_date="2026-03-16", new_contact_email="payables@riverside-logistics.example", invoice_numbers=["SGI-50010"]),
    prov=[("return_date", "dm_future", [16, 3], "until Monday 16 March")],
    note="Exchange auto-reply; 'until Monday 16 March' gives return_date 16 Mar; the deputy mailbox fills new_contact_email. Invoice from the Subject.")

# ---------------------------------------------------------------- ic53
r = Rem("SG3389", "דנה", "dana.k@ashdod-port-park.example", "פארק לוגיסטי אשדוד",
        [("SGI-50812", "2026-03-03", 11700.00)], "ILS", "2026-03-17 09:00:00 +0200", 1, 14)
t = """שלום,
אני מחוץ למשרד ואחזור ביום ג' 24.3.
בנושאים דחופים ניתן לפנות למוקד הכספים בטלפון 08-5550199.
דנה קורן"""
add(id="ic53", key="OOO-NOAUTOHDR-HE", loc="he-IL", intent="out_of_office", fmt="auto-reply without Auto-Submitted, custom Hebrew subject, windows-1255 qp",
    eml=autoreply("2026-03-17 09:00:12 +0200", addr("דנה קורן", "dana.k@ashdod-port-park.example"), r,
                  "אני לא במשרד: " + r.subject, t, auto=False, charset="windows-1255", mstyle="plain", dom="ashdod-port-park.example"),
    lab=dict(return_date="2026-03-24", invoice_numbers=["SGI-50812"]),
    prov=[("return_date", "dm_future", [24, 3], "ביום ג' 24.3")],
    note="Away message with no Auto-Submitted header; the text and subject ('I am not in the office') mark it. '24.3' day.month. Deputy is a phone number only, so new_contact_email null.")

# ---------------------------------------------------------------- ic54
r = Rem("SG3394", "قسم المحاسبة", "finance@dammam-logistics.example", "Dammam Logistics Zone",
        [("SGI-50940", "2026-03-04", 64400.00)], "SAR", "2026-03-18 09:00:00 +0300", 1, 14)
t = """السلام عليكم ورحمة الله،

نفيدكم بأن مكاتب الشركة مغلقة بمناسبة إجازة عيد الفطر المبارك، وسنعود للعمل
يوم الأحد 29 مارس 2026 بإذن الله.
سيتم الرد على رسالتكم بعد انتهاء الإجازة.

كل عام وأنتم بخير.

Our offices are closed for the Eid Al-Fitr holiday. We will resume work on
Sunday, 29 March 2026.

إدارة المالية - منطقة الدمام اللوجستية"""
add(id="ic54", key="OOO-EID-BILINGUAL", loc="ar-SA", intent="out_of_office", fmt="auto-reply, Auto-Submitted: auto-replied, bilingual, utf-8 base64",
    eml=autoreply("2026-03-18 09:01:05 +0300", addr("Dammam Logistics Finance", "finance@dammam-logistics.example"), r,
                  "رد تلقائي: " + r.subject, t, cte="base64", mstyle="plain", dom="dammam-logistics.example"),
    lab=dict(return_date="2026-03-29", invoice_numbers=["SGI-50940"]),
    prov=[("return_date", "dmy", [29, 3, 2026], "29 مارس 2026")],
    note="Eid al-Fitr closure; work resumes Sunday 29 Mar 2026 (a normal Saudi working day).")

# ---------------------------------------------------------------- ic55
r = Rem("SG3400", "Sayın Kaya", "ahmet.kaya@marmara-okullari.example", "Marmara Koleji",
        [("SGI-50555", "2026-02-27", 27900.00)], "TRY", "2026-03-13 09:00:00 +0300", 1, 14)
t = """Merhaba,

Yıllık izindeyim, 23 Mart Pazartesi günü ofiste olacağım.
Acil ödeme konuları için muhasebe birimimizden Ayşe Yılmaz'a
ayse.yilmaz@marmara-okullari.example adresinden ulaşabilirsiniz.

İyi çalışmalar,
Ahmet Kaya"""
add(id="ic55", key="OOO-TR-DEPUTY", loc="tr-TR", intent="out_of_office", fmt="Outlook 'Otomatik yanıt:', Auto-Submitted, iso-8859-9 qp",
    eml=autoreply("2026-03-13 09:00:20 +0300", addr("Ahmet Kaya", "ahmet.kaya@marmara-okullari.example"), r,
                  "Otomatik yanıt: " + r.subject, t, charset="iso-8859-9"),
    lab=dict(return_date="2026-03-23", new_contact_email="ayse.yilmaz@marmara-okullari.example", invoice_numbers=["SGI-50555"]),
    prov=[("return_date", "dm_future", [23, 3], "23 Mart Pazartesi")],
    note="Turkish Outlook auto-reply; back Monday 23 Mar; deputy with address.")

# ---------------------------------------------------------------- ic56
r = Rem("SG3405", "Анна Сергеевна", "a.volkova@nevabank.example", "АО «Нева Банк»",
        [("SGI-50736", "2026-02-27", 152400.00)], "RUB", "2026-03-10 10:00:00 +0300", 1, 11)
t = """Здравствуйте!

Я нахожусь в отпуске до 20.03.2026 включительно, доступ к почте ограничен.
По вопросам оплаты счетов обращайтесь, пожалуйста, в бухгалтерию:
buh@nevabank.example

С уважением,
Волкова Анна"""
add(id="ic56", key="OOO-RU-UNTIL-INCL", loc="ru-RU", intent="out_of_office", fmt="Exchange 'Автоматический ответ:', utf-8 base64",
    eml=autoreply("2026-03-10 10:00:33 +0300", addr("Волкова Анна", "a.volkova@nevabank.example"), r,
                  "Автоматический ответ: " + r.subject, t, cte="base64"),
    lab=dict(return_date="2026-03-20", new_contact_email="buh@nevabank.example", invoice_numbers=["SGI-50736"]),
    prov=[("return_date", "dmy", [20, 3, 2026], "до 20.03.2026")],
    note="'on leave until 20.03.2026 inclusive': the contract's rule maps 'until X' to return_date X, so 20 Mar (an AR clerk would expect her the next working day; the label follows the contract). Deputy mailbox fills new_contact_email.")

# ---------------------------------------------------------------- ic57
r = Rem("SG3411", "κ. Δημητρίου", "dimitriou.k@thessaloniki-port-wh.example", "Αποθήκες Λιμένος Θεσσαλονίκης",
        [("SGI-50266", "2026-02-20", 4340.00)], "EUR", "2026-03-04 07:30:00 +0200", 1, 12)
t = """Καλησπέρα σας,

Λείπω σε σεμινάριο και θα επιστρέψω την ερχόμενη Δευτέρα. Θα σας απαντήσω
μόλις επιστρέψω.

Κώστας Δημητρίου"""
add(id="ic57", key="OOO-GMAIL-RELATIVE-NOINV", loc="el-GR", intent="out_of_office", fmt="Gmail vacation responder, custom subject, Auto-Submitted: auto-replied",
    eml=autoreply("2026-03-04 07:31:10 +0200", addr("Κώστας Δημητρίου", "dimitriou.k@thessaloniki-port-wh.example"), r,
                  "Εκτός γραφείου", t, mstyle="gmail", extra=[("Precedence", "bulk")]),
    lab=dict(return_date="2026-03-09", invoice_numbers=[]),
    prov=[("return_date", "this_weekday", [0], "την ερχόμενη Δευτέρα")],
    note="'την ερχόμενη Δευτέρα' (the coming Monday) from Wed 4 Mar = 9 Mar. No invoice number in text, subject or quote: empty list.")

# ---------------------------------------------------------------- ic58
r = Rem("SG3416", "Mr Patel", "r.patel@hollybank-ha.example", "Hollybank Housing Association",
        [("SGI-48120", "2026-01-20", 7320.00), ("SGI-48544", "2026-02-10", 4680.00)], "GBP", "2026-03-09 08:00:00 +0000", 3, 28)
t = """Hello,

I'm sorry these are still outstanding. We've had a difficult quarter with
the cladding works and cash is tight until our grant funding lands.

Would you be willing to accept three monthly instalments of £4,000.00, with
the first on 31 March and then at the end of April and May? I appreciate this
isn't ideal and I'm grateful for your patience.

Kind regards,
Raj Patel
Head of Finance
Hollybank Housing Association"""
add(id="ic58", key="PLAN-3X-FIRST-DATED", loc="en-GB", intent="payment_plan_request", fmt="Outlook, utf-8 quoted-printable",
    eml=std("2026-03-10 16:22:00 +0000", addr("Raj Patel", "r.patel@hollybank-ha.example"), r, t, "en", "outlook", "RE: ",
            cte="quoted-printable", mstyle="outlook", mailer="outlook"),
    lab=dict(promised_date="2026-03-31", promised_amount="4000.00", currency="GBP", invoice_numbers=["SGI-48120", "SGI-48544"]),
    prov=[("promised_date", "dm_future", [31, 3], "the first on 31 March"), ("promised_amount", "£4,000.00")],
    note="Asks whether we accept instalments: a request, not a promise. First instalment £4,000.00 on 31 Mar. Invoices from the quoted final notice (generic subject).")

# ---------------------------------------------------------------- ic59
r = Rem("SG3422", "أستاذ شريف", "sherif.nabil@misr-schools.example", "Misr Language Schools",
        [("SGI-49620", "2026-02-25", 200000.00)], "EGP", "2026-03-17 10:00:00 +0200", 2, 20)
t = """صباح الخير يا فندم،

بصراحة الظروف صعبة عندنا الفترة دي بسبب تأخر المصاريف الدراسية. ينفع نقسّط
الفاتورة 49620 على 4 دفعات؟ أول دفعة 50,000 جنيه يوم 1 أبريل، والباقي أول كل شهر.
منتظر ردّكم.

شريف نبيل
مدير الحسابات - مدارس مصر للغات"""
add(id="ic59", key="PLAN-EG-4X", loc="ar-EG", intent="payment_plan_request", fmt="Gmail (Arabic attribution), utf-8 quoted-printable",
    eml=std("2026-03-19 11:35:00 +0200", addr("Sherif Nabil", "sherif.nabil@misr-schools.example"), r, t, "ar", "gmail", "Re: ",
            cte="quoted-printable", mstyle="gmail"),
    lab=dict(promised_date="2026-04-01", promised_amount="50000.00", currency="EGP", invoice_numbers=["SGI-49620"]),
    prov=[("promised_date", "dm_future", [1, 4], "يوم 1 أبريل"), ("promised_amount", "50,000 جنيه")],
    note="Egyptian colloquial request for 4 instalments; first 50,000 EGP on 1 April.")

# ---------------------------------------------------------------- ic60
r = Rem("SG3427", "Sayın Öztürk", "finans@trakyalojistik.example", "Trakya Lojistik Merkezi A.Ş.",
        [("SGI-50050", "2026-02-20", 212400.00)], "TRY", "2026-03-19 09:00:00 +0300", 2, 27)
t = """Merhabalar,

Bildiğiniz üzere sektörde tahsilatlarımız ciddi şekilde gecikti. SGI-50050
no'lu faturanın toplam 212.400,00 TL tutarı için Nisan sonuna kadar vade
uzatımı rica ediyoruz. Uygun görürseniz yazılı teyidinizi bekliyoruz.

Saygılarımla,
Murat Öztürk
Finans Müdürü"""
add(id="ic60", key="PLAN-EXTENSION-NAMEDMONTH", loc="tr-TR", intent="payment_plan_request", fmt="Outlook (Turkish labels), utf-8 8bit",
    eml=std("2026-03-20 10:05:00 +0300", addr("Murat Öztürk", "murat.ozturk@trakyalojistik.example"), r, t, "tr", "outlook", "YNT: ",
            cte="8bit", mstyle="outlook", mailer="outlook"),
    lab=dict(promised_date="2026-04-30", promised_amount="212400.00", currency="TRY", invoice_numbers=["SGI-50050"]),
    prov=[("promised_date", "end_of_named_month", [4], "Nisan sonuna kadar"), ("promised_amount", "212.400,00 TL")],
    note="Single extension request to the end of April: payment_plan_request, promised_date 30 Apr and the full amount (labelling convention for a single extension).")
