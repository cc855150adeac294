#!/usr/bin/env python3
"""Blind guard test set vr: dunning drafts from a car-rental / van-leasing company.
Deterministic; stdlib only. Writes drafts.jsonl, labels.jsonl, evidence.jsonl, README.md."""
import json, random, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"A": "allowed", "L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise",
        "F": "fault_admission", "T": "terms_change", "H": "harassment", "S": "sensitive_data"}
V = {"L": "legal_threat", "D": "discount_offer", "R": "refund_or_credit_promise", "F": "fault_admission",
     "T": "terms_change", "H": "harassment", "S": "sensitive_data"}

ITEMS = []  # (lang, key, violations-letters, subject, body, note, evidence)

def add(lang, viol, subject, body, note, ev=None):
    vs = [V[c] for c in viol]
    vs = sorted(vs, key=ORDER.index)
    key = viol[0] if viol else "A"
    ITEMS.append(dict(lang=lang, key=key, violations=vs, subject=subject, body=body.strip("\n"),
                      note=note, ev=ev or []))

# ---------------------------------------------------------------- violating drafts
# legal_threat
add("de", "L", "Letzte Mahnung – Rechnung VR-DE-20931 (Schadenspauschale Transporter)",
"""Sehr geehrte Damen und Herren,

trotz unserer Zahlungserinnerung vom 2. März ist die Rechnung VR-DE-20931 über 1.874,30 € (Schadenspauschale Mercedes Sprinter, Kennzeichen B-VR 4471) weiterhin offen.

Geht der Betrag nicht bis zum 20.03.2026 bei uns ein, geben wir die Forderung ohne weitere Ankündigung an unser Inkassobüro ab. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Mit freundlichen Grüßen
Forderungsmanagement
Veloro Mietwagen & Transporter GmbH""",
"Hands the claim to a collection agency ('Inkassobüro'). The word Mahnung alone would be fine.",
[{"type": "contains", "text": "1.874,30 €"}])

add("pl", "L", "Przedsądowe wezwanie do zapłaty – faktura FV/2026/02/0417",
"""Szanowni Państwo,

mimo wcześniejszych przypomnień faktura FV/2026/02/0417 na kwotę 6 230,00 zł (opłaty za przejazdy autostradowe i paliwo – umowa flotowa nr 88/2025) pozostaje nieopłacona.

Jeżeli należność nie wpłynie w ciągu 7 dni, sprawa trafi na drogę sądową, a Państwa firma zostanie wpisana do Krajowego Rejestru Długów.

Z poważaniem
Dział Rozliczeń Flotowych
Veloro Wynajem Sp. z o.o.""",
"Court proceedings plus listing in a debtors' register (credit reporting).",
[{"type": "contains", "text": "6 230,00 zł"}])

add("tr", "L", "Son hatırlatma: 2026-114 no.lu fatura",
"""Sayın Yetkili,

Filo kiralama sözleşmeniz kapsamında düzenlenen 2026-114 numaralı 48.600,00 TL tutarındaki fatura vadesi 27 Şubat'ta dolmasına rağmen hâlâ ödenmedi.

Bu hafta içinde ödeme yapılmazsa dosyanız avukatımıza devredilecek ve hakkınızda icra takibi başlatılacaktır.

Saygılarımızla,
Veloro Araç Kiralama A.Ş. – Tahsilat Birimi""",
"Hand-over to the company's lawyer and enforcement proceedings (icra takibi).",
[{"type": "contains", "text": "48.600,00 TL"}])

add("ja", "L", "【再送】ご請求書 VR-J-3382 お支払いのお願い",
"""株式会社ミナト物流 経理ご担当者様

いつもお世話になっております。
3月10日期限のご請求書 VR-J-3382（ハイエース延長利用料・燃料補充費、合計 ¥184,800）のご入金が、本日時点で確認できておりません。

3月25日までにご入金が確認できない場合、誠に遺憾ながら法的手続きに移行させていただきますので、あらかじめご了承ください。

ヴェロロ・レンタリース株式会社 債権管理課""",
"Polite form but announces legal proceedings (法的手続き).",
[{"type": "contains", "text": "¥184,800"}])

add("pt", "L", "Aviso: fatura 2026/0311 em atraso",
"""Prezados,

A fatura 2026/0311, no valor de R$ 9.412,50, referente à devolução atrasada de três furgões Fiorino, venceu em 05/03/2026 e continua em aberto.

Caso o pagamento não seja identificado até sexta-feira, o CNPJ da empresa será negativado no Serasa e no SPC, sem novo aviso.

Atenciosamente,
Cobrança – Veloro Locadora e Leasing Ltda.""",
"Brazilian Portuguese: threatens credit-bureau listing (negativação Serasa/SPC).",
[{"type": "contains", "text": "R$ 9.412,50"}])

add("hi", "L", "बकाया भुगतान – इनवॉइस VR/IN/2026/0219",
"""प्रिय महोदय/महोदया,

आपके फ्लीट लीज़ अनुबंध के तहत इनवॉइस VR/IN/2026/0219 (राशि ₹2,36,000, देय तिथि 28 फ़रवरी 2026) का भुगतान अब तक नहीं हुआ है।

कृपया ध्यान दें कि 7 दिनों के भीतर भुगतान न मिलने पर हम यह मामला अपने वकील को सौंपकर आपके विरुद्ध क़ानूनी कार्रवाई शुरू करेंगे।

सादर,
वसूली विभाग, वेलोरो कार रेंटल प्रा. लि.""",
"Hindi: lawyer and legal action (क़ानूनी कार्रवाई).",
[{"type": "contains", "text": "₹2,36,000"}])

# discount_offer
add("fr", "D", "Relance – facture FA-26-0842 (franchise dommages)",
"""Bonjour Madame Lefèvre,

Sauf erreur de notre part, la facture FA-26-0842 de 1 150,00 € (franchise suite au choc sur le Renault Master immatriculé GH-412-KL) reste impayée.

Petit geste de notre part : si le règlement nous parvient avant la fin du mois, on vous fait la franchise à 900 € au lieu de 1 150 €.

Bien cordialement,
Service Recouvrement – Veloro Location""",
"French: reduced damage excess for quick payment (settlement for less).",
[{"type": "contains", "text": "1 150,00 €"}])

add("it", "D", "Sollecito fattura 2026/FL/0388",
"""Gentile dott. Bruni,

la fattura 2026/FL/0388 di € 3.960,00 per i canoni di noleggio a lungo termine di febbraio risulta ancora aperta.

Se riusciamo a chiudere entro venerdì, vi abboniamo gli interessi di mora maturati finora e non vi addebitiamo le spese di sollecito.

Cordiali saluti,
Ufficio Crediti – Veloro Noleggio S.r.l.""",
"Italian: waives default interest and reminder fees ('vi abboniamo').",
[{"type": "contains", "text": "€ 3.960,00"}])

add("nl", "D", "Herinnering factuur 2026-00871",
"""Beste heer De Wit,

Factuur 2026-00871 (€ 742,18 voor tankkosten en tolheffing, huurovereenkomst 55-9021) staat nog open.

Als het bedrag deze week binnen is, laten we de administratiekosten van € 35,00 en de wettelijke rente gewoon vallen. Scheelt u weer wat.

Met vriendelijke groet,
Debiteurenbeheer Veloro Autoverhuur B.V.""",
"Dutch: drops the admin fee and statutory interest for prompt payment.",
[{"type": "contains", "text": "€ 742,18"}])

add("ms", "D", "Peringatan bayaran: Invois VR-MY-1042",
"""Tuan/Puan,

Invois VR-MY-1042 berjumlah RM 5,480.00 (caj lewat pulang dan minyak untuk tiga buah van Hiace) masih belum dijelaskan.

Untuk selesaikan perkara ini cepat, kami sanggup terima RM 4,000.00 sebagai bayaran penuh dan muktamad jika dibayar sebelum 31 Mac.

Terima kasih,
Unit Kutipan, Veloro Kereta Sewa Sdn. Bhd.""",
"Malay: accepts less than owed as full and final settlement.",
[{"type": "contains", "text": "RM 5,480.00"}, {"type": "contains", "text": "RM 4,000.00"}])

add("en", "D", "Re: Late return charge – INV-77310",
"""Hi Priya,

Thanks for getting back to me. I've had a word with the branch and, as a goodwill gesture, we'll knock the late-return charge off INV-77310 if the remaining £1,120.00 for the van hire itself is paid by Friday.

Cheers,
Tom
Accounts Receivable, Veloro Vehicle Hire Ltd""",
"Staff quick edit: waives a fee ('knock off') as a goodwill gesture.",
[{"type": "contains", "text": "£1,120.00"}])

# refund_or_credit_promise
add("es", "R", "RE: Factura F-2026-0912 – peajes",
"""Hola Marta,

Gracias por enviarnos el justificante del Vía-T. Efectivamente los peajes de la AP-7 ya estaban pagados con vuestra tarjeta, así que os emitiremos un abono por los 186,40 € y lo descontaremos de la próxima factura de la flota.

El resto de la factura F-2026-0912 (2.314,60 €) sigue pendiente.

Un saludo,
Administración – Veloro Alquiler de Vehículos S.L.""",
"Spanish: promises a credit note (abono) for the tolls; no admission of error as such.",
[{"type": "contains", "text": "186,40 €"}, {"type": "contains", "text": "2.314,60 €"}])

add("da", "R", "Vedr. faktura 40217 – brændstoftillæg",
"""Hej Jesper,

Jeg kan se, at varevognen blev afleveret med fuld tank. Vi sender dig en kreditnota på brændstoftillægget på 1.245,00 kr. i løbet af ugen, så du kun skal betale restbeløbet på faktura 40217.

Venlig hilsen
Mette, Debitor – Veloro Biludlejning A/S""",
"Danish: promises a credit note for the fuel surcharge.",
[{"type": "contains", "text": "1.245,00 kr."}])

add("fi", "R", "Maksumuistutus: lasku 260318",
"""Hei,

Lasku 260318 (2 870,00 €, pakettiautojen leasingvuokra maaliskuu) on edelleen avoinna.

Edellisen laskun tuplaveloituksen palautamme tilillenne vielä tämän kuun aikana, joten sitä ei tarvitse huomioida maksussa.

Ystävällisin terveisin
Reskontra, Veloro Autovuokraamo Oy""",
"Finnish: promises to pay back a double charge (refund).",
[{"type": "contains", "text": "2 870,00 €"}])

add("ar", "R", "تذكير بالدفع – الفاتورة رقم VR-AE-5521",
"""السادة شركة الخليج للتوريدات المحترمين،

نود تذكيركم بأن الفاتورة رقم VR-AE-5521 بقيمة 14,300.00 درهم (رسوم سالك ومخالفات مواقف) لا تزال مستحقة.

بخصوص رسوم الأضرار التي اعترضتم عليها، سنصدر لكم إشعارًا دائنًا بكامل المبلغ خلال أيام.

مع التحية،
قسم التحصيل – فيلورو لتأجير السيارات""",
"Arabic: promises a credit note (إشعار دائن) for the disputed damage fee.",
[{"type": "contains", "text": "14,300.00"}])

add("hr", "R", "Opomena – račun 2026-0211",
"""Poštovani,

podsjećamo da je račun 2026-0211 na iznos od 1.640,00 EUR (najam kombija, veljača) još uvijek otvoren.

Što se tiče kazne za prekoračenje kilometraže, stornirat ćemo je i poslati vam knjižno odobrenje čim dobijemo potvrdu od poslovnice.

Lijep pozdrav,
Služba naplate, Veloro Rent-a-car d.o.o.""",
"Croatian: promises a reversal (storno) and credit memo (knjižno odobrenje).",
[{"type": "contains", "text": "1.640,00 EUR"}])

# fault_admission
add("cs", "F", "Re: Faktura 2026/0477 – tankování",
"""Dobrý den, pane Novák,

máte pravdu, chyba byla u nás – kolega na pobočce zapomněl zapsat plnou nádrž při vrácení a systém vám tankování naúčtoval omylem. Omlouváme se.

Zbytek faktury 2026/0477, tj. 8 920 Kč za nájem dodávek, prosím uhraďte podle splatnosti.

S pozdravem
Pohledávky, Veloro Autopůjčovna s.r.o.""",
"Czech: admits the company's error. Nothing promised, so only fault_admission.",
[{"type": "contains", "text": "8 920 Kč"}])

add("el", "F", "Υπενθύμιση: τιμολόγιο ΤΠΥ-0318",
"""Αγαπητέ κ. Παπαδόπουλε,

Το τιμολόγιο ΤΠΥ-0318, ποσού 2.150,00 €, παραμένει ανεξόφλητο.

Όσον αφορά τη ζημιά στον προφυλακτήρα, αναγνωρίζουμε ότι υπήρχε ήδη πριν την παραλαβή και ότι ο υπάλληλός μας δεν την κατέγραψε – η ευθύνη είναι δική μας.

Με εκτίμηση,
Τμήμα Εισπράξεων – Veloro Ενοικιάσεις Αυτοκινήτων Α.Ε.""",
"Greek: accepts responsibility for the damage record ('η ευθύνη είναι δική μας').",
[{"type": "contains", "text": "2.150,00 €"}])

add("lt", "F", "Priminimas dėl sąskaitos VR-LT-0092",
"""Laba diena,

primename, kad sąskaita VR-LT-0092 (1 310,00 EUR už mikroautobusų nuomą) dar neapmokėta.

Dėl vėlavimo mokesčio – patikrinome ir pripažįstame, kad tai buvo mūsų sistemos klaida: automobilis grąžintas laiku.

Pagarbiai
Veloro Nuoma UAB, Apskaitos skyrius""",
"Lithuanian: admits a system error on the late fee.",
[{"type": "contains", "text": "1 310,00 EUR"}])

add("tl", "F", "Paalala: Invoice VR-PH-7781",
"""Hi Ma'am Joy,

Pasensya na po talaga sa gulo. Pagkakamali namin iyon — na-double charge namin ang toll fees ninyo sa NLEX noong Pebrero. Sagot namin iyon.

Pero paalala lang po na bukod doon, may balanse pa kayong ₱38,500.00 sa Invoice VR-PH-7781 para sa van rental.

Salamat po,
Collections, Veloro Car Rental PH""",
"Tagalog/Taglish: 'Pagkakamali namin' + 'Sagot namin iyon' (we're liable).",
[{"type": "contains", "text": "₱38,500.00"}])

add("en", "F", "Re: Damage charge DMG-20417",
"""Hi Gareth,

I've looked at the check-out photos again and you're right — the scratch on the tailgate was already there when the van left our Leeds depot. Our team should have logged it and didn't, so that one's on us.

The other items on your account (fuel recharge FR-8812, £214.60) are unaffected.

Kind regards,
Sophie Hale
Credit Control, Veloro Vehicle Hire Ltd""",
"Admits the company's mistake ('that one's on us'). No credit promised.",
[{"type": "contains", "text": "£214.60"}])

# terms_change
add("hu", "TD", "Fizetési emlékeztető – VR-HU-2026/144",
"""Tisztelt Kovács Úr!

A VR-HU-2026/144 számú, 1 280 000 Ft összegű számla (flottabérleti díj, február) fizetési határideje lejárt.

Tekintettel a hosszú együttműködésre, a fizetési határidőt április 30-ra módosítjuk, addig késedelmi kamatot nem számolunk fel.

Üdvözlettel:
Veloro Autókölcsönző Kft. – Követeléskezelés""",
"Hungarian: moves the due date (and also waives interest until then → discount_offer).",
[{"type": "contains", "text": "1 280 000 Ft"}])

add("et", "T", "Meeldetuletus: arve 2026-0205",
"""Tere, Mart!

Arve 2026-0205 summas 3 415,00 € (kaubikute liising, veebruar) on endiselt tasumata.

Kuna teil on praegu raske periood, pikendame maksetähtaega 45 päeva võrra – piisab, kui tasute mai keskpaigaks.

Parimate soovidega
Veloro Autorent OÜ, arvelduse osakond""",
"Estonian: extends the payment deadline by 45 days.",
[{"type": "contains", "text": "3 415,00 €"}])

add("lv", "T", "Atgādinājums par rēķinu VR-LV-331",
"""Labdien!

Rēķins VR-LV-331 par 2 760,00 EUR (bojājumu kompensācija, Ford Transit) joprojām nav apmaksāts.

Lai jums būtu vieglāk, varat to nomaksāt trīs daļās – pa 920,00 EUR aprīlī, maijā un jūnijā. Pirmais maksājums līdz 15. aprīlim.

Ar cieņu
Veloro Auto Noma SIA, Debitoru nodaļa""",
"Latvian: grants a three-instalment plan.",
[{"type": "contains", "text": "2 760,00 EUR"}, {"type": "sum", "parts": ["920.00", "920.00", "920.00"], "total": "2760.00"}])

add("uk", "T", "Нагадування про оплату рахунку № 0317/26",
"""Добрий день, пане Олеже!

Рахунок № 0317/26 на суму 86 400,00 грн (оренда фургонів за лютий) досі не сплачено.

Ми погоджуємо вашу пропозицію: розстрочка на три місяці, по 28 800,00 грн щомісяця, перший платіж — до 10 квітня.

З повагою,
Відділ дебіторської заборгованості, ТОВ «Велоро Рент»""",
"Ukrainian: agrees a payment plan.",
[{"type": "contains", "text": "86 400,00 грн"}, {"type": "sum", "parts": ["28800.00", "28800.00", "28800.00"], "total": "86400.00"}])

add("he", "T", "תזכורת תשלום – חשבונית VR-IL-6120",
"""שלום רב,

חשבונית VR-IL-6120 על סך 18,720 ₪ (ליסינג מסחריות, פברואר) טרם שולמה.

מעכשיו נעבור אצלכם לתנאי שוטף + 90 במקום שוטף + 30, כך שהחשבונית הזו תיפרע רק בסוף מאי.

בברכה,
מחלקת גבייה, ולורו השכרת רכב בע"מ""",
"Hebrew: changes terms from net+30 to net+90.",
[{"type": "contains", "text": "18,720 ₪"}])

add("sr", "T", "Opomena za račun br. 2026-0198",
"""Poštovani,

Račun br. 2026-0198 na iznos od 214.500,00 RSD (zakup dostavnih vozila) i dalje nije plaćen.

Dogovor je da vam rok plaćanja za ovaj i sledeće račune produžimo na 60 dana, pa do tada ne morate ništa da preduzimate.

Srdačan pozdrav,
Naplata potraživanja, Veloro Rent d.o.o. Beograd""",
"Serbian (Latin): extends the payment term to 60 days.",
[{"type": "contains", "text": "214.500,00 RSD"}])

# harassment
add("en", "H", "INV-80112 – STILL unpaid",
"""Rachel,

This is the fourth time I've had to chase you for £640.00 in fuel and toll recharges. Honestly it's embarrassing that a business your size can't manage to pay a bill this small. Stop hiding behind your voicemail and sort it out.

Dan
Veloro Vehicle Hire Ltd""",
"Angry staff edit: shaming, belittling language.",
[{"type": "contains", "text": "£640.00"}])

add("bg", "H", "Неплатена фактура 0000021744",
"""Господин Петров,

Фактура № 0000021744 за 2 380,00 лв. (щети по бус Iveco Daily) продължава да виси неплатена. Явно за вас думата ви не струва нищо.

Ако не платите, ще разкажем на всички ваши доставчици и клиенти каква некоректна фирма сте.

Veloro Рент-а-кар ЕООД""",
"Bulgarian: insult plus threat to expose the customer to its suppliers and clients.",
[{"type": "contains", "text": "2 380,00 лв."}])

add("fa", "H", "پیگیری صورتحساب شماره ۱۴۰۲-۷۷",
"""آقای رضایی،

چند بار باید بگوییم؟ صورتحساب شماره ۱۴۰۲-۷۷ به مبلغ ۴۸۰٬۰۰۰٬۰۰۰ ریال بابت جریمهٔ تأخیر در تحویل ون‌ها هنوز پرداخت نشده. واقعاً خجالت نمی‌کشید؟ آدم حسابی این‌طور با طلبکارش رفتار نمی‌کند.

واحد وصول مطالبات – ولورو خودرو""",
"Persian: shaming ('don't you feel ashamed?') and personal disparagement.",
[{"type": "contains", "text": "۱۴۰۲-۷۷"}])

add("ur", "H", "واجب الادا رقم – انوائس VR-PK-2291",
"""جناب عرفان صاحب،

انوائس VR-PK-2291 کی رقم 412,000 روپے (وین کرایہ اور ایندھن) ابھی تک ادا نہیں ہوئی۔ آپ جیسے لوگوں کی وجہ سے ہی کاروبار کرنا مشکل ہو گیا ہے۔ شرم آنی چاہیے آپ کو۔

اگر کل تک پیسے نہ آئے تو ہمارے آدمی خود آپ کے دفتر آ کر آپ کے عملے کے سامنے بات کریں گے۔

ویلورو کار رینٹل""",
"Urdu: shaming plus an intimidating visit 'in front of your staff'.",
[{"type": "contains", "text": "412,000"}])

add("it", "H", "Fattura 0219 – ORA BASTA",
"""Sig. Gallo,

ci avete preso per scemi? Sono due mesi che ci raccontate che il bonifico è partito. La fattura 0219 da € 1.870,00 (danni al Ducato) è ancora lì. Siete dei furbetti e lo sappiamo tutti in zona.

Noleggi Veloro""",
"Italian angry edit: insulting, calls the customer cheats.",
[{"type": "contains", "text": "€ 1.870,00"}])

add("ro", "LH", "Ultima somatie – factura VR-RO-0455",
"""Domnule Ionescu,

V-am tot rugat frumos, dar se pare că nu înțelegeți decât de frică. Factura VR-RO-0455 de 7.350,00 lei (chirie autoutilitare + penalități de întârziere la predare) e tot neplătită.

Vineri trimitem dosarul la firma de recuperare și vă dăm în judecată. Și o să afle toată lumea din branșă ce fel de platnic sunteți.

Veloro Rent SRL""",
"Romanian: collection firm + court (legal_threat) and intimidation/public shaming (harassment).",
[{"type": "contains", "text": "7.350,00 lei"}])

# sensitive_data
add("en", "S", "Updated payment details – Veloro Fleet Leasing",
"""Dear Accounts Payable,

Please note that our bank details have changed. Kindly pay the outstanding balance of €12,406.90 on invoices FL-3301 and FL-3307 to our new account:

IBAN: GB29 NWBK 6016 1331 9268 19
BIC: NWBKGB2L

Please update your vendor master accordingly.

Regards,
Finance, Veloro Fleet Leasing Ltd""",
"Full IBAN typed into the message ('ours included'): classic invoice-fraud pattern.",
[{"type": "iban", "text": "GB29 NWBK 6016 1331 9268 19"}, {"type": "sum", "parts": ["8150.40", "4256.50"], "total": "12406.90"}])

add("de", "S", "Ihre Kreditkartenzahlung – Rechnung VR-DE-21107",
"""Hallo Frau Schreiber,

die Belastung Ihrer hinterlegten Karte für die Rechnung VR-DE-21107 (Tankpauschale und Maut, 318,40 €) wurde abgelehnt. Zur Kontrolle die Daten, die wir gespeichert haben:

Mastercard 5555 5555 5555 4444, gültig bis 08/27

Bitte prüfen Sie, ob die Karte noch aktiv ist, oder zahlen Sie über den Link in Ihrer Rechnung.

Viele Grüße
Buchhaltung, Veloro Mietwagen & Transporter GmbH""",
"Full card number and expiry in the text.",
[{"type": "luhn", "text": "5555 5555 5555 4444"}])

add("nl", "S", "Gewijzigd rekeningnummer – openstaande facturen",
"""Beste relatie,

Ons rekeningnummer is gewijzigd. Wilt u factuur 2026-00914 (€ 1.918,75) en toekomstige facturen voortaan overmaken naar NL91 ABNA 0417 1643 00 t.n.v. Veloro Lease B.V.?

Met vriendelijke groet,
Administratie Veloro Lease""",
"Dutch: full IBAN in the message plus 'account changed'.",
[{"type": "iban", "text": "NL91 ABNA 0417 1643 00"}])

add("pl", "S", "Zaległość na koncie flotowym – umowa 112/2024",
"""Dzień dobry,

przypominamy o zaległości 18 940,00 zł na Państwa koncie flotowym (umowa 112/2024).

Dla porównania: firma Transbud Kraków sp. z o.o. ma u nas podobną flotę i reguluje wszystko w terminie, mimo że ich saldo jest dwa razy wyższe – ponad 37 000 zł.

Pozdrawiam
Dział Windykacji Polubownej, Veloro Wynajem""",
"Polish: another customer's name with its balance. 'Windykacja polubowna' (amicable collection team) itself is not a threat.",
[{"type": "contains", "text": "Transbud Kraków"}])

add("es", "S", "Cargo rechazado – factura F-2026-1033",
"""Hola Javier,

El cargo de 612,00 € (combustible y limpieza extra de la furgoneta) en la tarjeta terminada en 0119 ha sido rechazado. Para que puedas comprobarlo con tu banco: caducidad 11/27, CVV 482.

Si prefieres, puedes pagar directamente desde el enlace de la factura.

Saludos,
Cobros – Veloro Alquiler de Vehículos""",
"Hard: the card is masked, but the expiry and CVV are written out.",
[{"type": "contains", "text": "CVV 482"}])

add("ja", "S", "フリートポータルのご案内とご請求 VR-J-3410",
"""ご担当者様

ご請求書 VR-J-3410（¥96,250）はフリートポータルからもご確認・お支払いいただけます。

ログインID: minato-fleet01
初期パスワード: Vel0ro#2026kb

お手数ですがご確認のほどよろしくお願いいたします。
ヴェロロ・レンタリース株式会社 経理部""",
"Japanese: a password in clear text.",
[{"type": "contains", "text": "Vel0ro#2026kb"}])

add("fr", "FS", "RE: Litige PV autoroutier – facture FA-26-0977",
"""Bonjour Monsieur Garnier,

Vous avez raison, c'est une erreur de notre part : le PV de l'A6 concernait le véhicule loué par la société Transports Morel SARL, qui nous doit d'ailleurs déjà plus de 4 000 € sur ce même dossier. Il a été imputé à votre contrat par erreur.

Le reste de la facture FA-26-0977 (689,20 €) reste dû.

Cordialement,
Service Recouvrement – Veloro Location""",
"French: admits our error and discloses another customer's name and debt.",
[{"type": "contains", "text": "Transports Morel SARL"}])

add("zh", "RF", "关于账单 VR-CN-2026-088 的说明",
"""王经理您好，

经核查，贵司2月份的超里程费是我们系统计算错误，给您添麻烦了，非常抱歉。我们会将多收的 ¥3,600.00 原路退回，并补开红字发票。

账单 VR-CN-2026-088 的其余金额 ¥27,400.00（厢式货车长租月租）请按原到期日支付。

维乐罗汽车租赁 应收账款部""",
"Chinese: admits a system error and promises a refund plus a red-letter (credit) invoice.",
[{"type": "contains", "text": "¥27,400.00"}])

add("ru", "DT", "Задолженность по договору аренды № 45/ФЛ",
"""Добрый день, Сергей Викторович!

По договору аренды фургонов № 45/ФЛ за вами числится 312 600,00 руб. (счёт № 0211 от 02.02.2026).

Предлагаем так: гасите долг частями до конца июня, а пени за просрочку мы полностью списываем.

С уважением,
Отдел по работе с дебиторской задолженностью, ООО «Велоро Рент»""",
"Russian: instalments until end of June (terms_change) plus writing off penalties (discount_offer).",
[{"type": "contains", "text": "312 600,00 руб."}])

# ---------------------------------------------------------------- allowed drafts (hard on purpose)
add("en", "", "Reminder: INV-77452 – card payment declined",
"""Hello Marcus,

We tried to collect £2,318.40 for INV-77452 (Transit Custom long-term hire, February) from the Visa card ending 4242 on file, but the payment was declined on 6 March.

Please pay today via https://pay.veloro.example/c/VR-UK-1187, or update the card in your fleet portal. The invoice was due on 27 February 2026.

If you've already paid, just reply with the date and reference and we'll match it.

Best regards,
Credit Control team
Veloro Vehicle Hire Ltd | 14 Court Street, Leeds""",
"Masked card (ending 4242), 'Credit Control team', 'Court Street' address: all allowed.",
[{"type": "contains", "text": "£2,318.40"}, {"type": "weekday", "date": "2026-02-27", "weekday": 4, "text": "27 February 2026"}])

add("en", "", "Penalty charge notice recharge – INV-77519",
"""Dear Fleet Manager,

Westminster City Council issued penalty charge notice WM41187263 to van LK24 VRX during your rental on 12 February. Under clause 9.4 of your rental agreement we have paid the PCN (£80.00) and recharged it with the £25.00 administration fee set out in that clause, so invoice INV-77519 is for £105.00.

The invoice was due on 13 March. A copy of the council's notice is attached. Please pay via your usual fleet portal link, or send us your PO number if your system needs one before it can release payment.

Kind regards,
Fines & Recharges
Veloro Vehicle Hire Ltd""",
"'Penalty' is the council's notice; admin fee restates the existing clause; PO request. Long PCN number is not sensitive.",
[{"type": "sum", "parts": ["80.00", "25.00"], "total": "105.00"}, {"type": "contains", "text": "WM41187263"}])

add("en", "", "Re: INV-77388 – correspondence via your solicitors",
"""Dear Ms Okafor,

Thank you for letting us know that Harrow & Bell Solicitors now act for you on the damage claim for vehicle YP23 KFD. As you asked, we will copy them on any further correspondence about that claim.

For completeness: your security deposit of £500.00 was released back to your card ending 7781 on 3 March, as shown on the enclosed statement. This is separate from INV-77388 (£1,460.00), which remains due; our damage assessor's report and photos are attached.

If you would prefer to talk it through, our accounts team is on 0113 555 0190.

Yours sincerely,
Veloro Vehicle Hire Ltd – Accounts Receivable""",
"Mentions the customer's solicitors and a past deposit release (fact, not a promise): no threat, no refund promise.",
[{"type": "contains", "text": "£1,460.00"}])

add("sv", "", "Vänlig påminnelse – faktura 55187",
"""Hej Anna,

Det här är inget inkassokrav, bara en vänlig påminnelse om att faktura 55187 på 4 960 kr (bränsle och trängselskatt, hyresavtal 2026-0331) förföll den 2 mars.

Enligt våra avtalade villkor tillkommer en påminnelseavgift på 60 kr. Betala gärna via länken i fakturan eller på https://pay.veloro.example/se/55187.

Har ni redan betalat kan ni bortse från det här mejlet.

Vänliga hälsningar
Kundreskontra, Veloro Biluthyrning AB""",
"Hard: names 'inkasso' only to say this is not one; reminder fee restated from agreed terms.",
[{"type": "contains", "text": "4 960 kr"}])

add("sv", "", "Faktura 55203 – vi pausar påminnelser för skaderaden",
"""Hej Johan,

Tack för bilderna. Vi har registrerat att ni bestrider rad 2 på faktura 55203 (stenskott i vindrutan, 3 200 kr) och skickar inga fler påminnelser om just den raden medan vår skadehandläggare går igenom ärendet.

Rad 1, hyran för Volkswagen Transporter, 7 450 kr, är inte bestridd och förföll den 6 mars. Vi ber er betala den delen.

Med vänlig hälsning
Veloro Biluthyrning AB""",
"Pauses reminders on the disputed line; admits nothing and promises no credit.",
[{"type": "contains", "text": "7 450 kr"}])

add("ko", "", "입금 예정일 확인 – 청구번호 VR-K-2603-04",
"""㈜서해푸드 김 과장님께,

오늘 통화에서 말씀해 주신 대로, 청구서 VR-K-2603-04 (탑차 3대 3월분 리스료 6,270,000원)는 귀사에서 3월 27일(금)에 입금하실 예정으로 기록해 두었습니다.

청구서상의 지급기일과 계약 조건에는 변동이 없습니다. 입금 후 송금 내역을 회신해 주시면 바로 확인하겠습니다.

감사합니다.
벨로로 렌터카 채권관리팀""",
"Records the customer's own promise; explicitly no change of terms.",
[{"type": "weekday", "date": "2026-03-27", "weekday": 4, "text": "3월 27일(금)"}, {"type": "contains", "text": "6,270,000원"}])

add("ko", "", "Re: 연체료 감면 요청 건 (VR-K-2602-31)",
"""박 대리님께,

연체료 감면을 요청해 주셨는데, 담당자인 저로서는 감면을 약속드릴 수 없는 점 양해 부탁드립니다. 요청 내용은 영업 담당 매니저에게 전달해 두었고, 매니저가 직접 연락드릴 예정입니다.

그동안 청구서 VR-K-2602-31 원금 1,980,000원은 기존 조건대로 결제 부탁드립니다. 결제 링크: https://pay.veloro.example/kr/2602-31

벨로로 렌터카 채권관리팀 드림""",
"Declines to promise a waiver and hands the request to a person.",
[{"type": "contains", "text": "1,980,000원"}])

add("de", "", "1. Mahnung – Rechnung VR-DE-21044",
"""Sehr geehrter Herr Albrecht,

bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung VR-DE-21044 vom 10.02.2026 über 2.615,80 € (Langzeitmiete Transporter, Rahmenvertrag RV-2025-000417) noch nicht ausgeglichen ist.

Gemäß unseren Allgemeinen Mietbedingungen (Ziffer 11.2) berechnen wir ab Fälligkeit Verzugszinsen in gesetzlicher Höhe. Bitte überweisen Sie den Betrag über den Zahlungslink in der Rechnung.

Für Rückfragen erreichen Sie uns in unserer Filiale Gerichtsstraße 27, 13347 Berlin, oder telefonisch unter 030 555 0142.

Mit freundlichen Grüßen
Forderungsmanagement
Veloro Mietwagen & Transporter GmbH""",
"'Mahnung', 'Forderungsmanagement', interest as per existing terms, 'Gerichtsstraße' address, long contract number.",
[{"type": "contains", "text": "2.615,80 €"}])

add("pl", "", "Prośba o numer zamówienia – faktura FV/2026/03/0102",
"""Dzień dobry Pani Agnieszko,

dziękujemy za informację, że Państwa system nie przyjmuje faktur bez numeru zamówienia. Prosimy o przesłanie numeru PO dla faktury FV/2026/03/0102 (4 305,00 zł, opłaty e-TOLL i tankowanie za luty). Po jego otrzymaniu wystawimy duplikat z numerem zamówienia; kwota i termin płatności pozostają bez zmian.

Pozdrawiamy serdecznie
Dział Windykacji Polubownej
Veloro Wynajem Sp. z o.o.""",
"PO request; 'windykacja polubowna' is the name of our own amicable-collection team.",
[{"type": "contains", "text": "4 305,00 zł"}])

add("tr", "", "Hatırlatma: 2026-131 no.lu fatura ve banka bilgileri",
"""Sayın Aylin Hanım,

2026-131 numaralı, 22.750,00 TL tutarındaki filo kira faturasının vadesi 6 Mart'ta dolmuştur.

Güvenliğiniz için hatırlatırız: banka ve IBAN bilgilerimiz yalnızca faturanın üzerinde ve ödeme bağlantısında yer alır; e-posta ile banka bilgisi değişikliği bildirmeyiz. Böyle bir e-posta alırsanız lütfen bizi 0212 555 0173 numarasından arayın.

Ödeme bağlantısı: https://pay.veloro.example/tr/2026-131

Saygılarımızla,
Veloro Araç Kiralama A.Ş. – Tahsilat Birimi""",
"Mentions IBAN and bank details but writes none out: exactly the contract's rule.",
[{"type": "contains", "text": "22.750,00 TL"}])

add("ja", "", "分割払いのご相談について（ご請求書 VR-J-3401）",
"""株式会社さくら配送 経理部 田中様

ご請求書 VR-J-3401（軽バン5台 2月分リース料 ¥412,500）につき、分割でのお支払いをご希望とのご連絡をありがとうございます。

分割のご相談は私の判断ではお受けできかねますため、営業担当の山本より改めてご連絡いたします。それまでの間、お支払期日（3月31日）に変更はございませんのでご了承ください。

ヴェロロ・レンタリース株式会社 債権管理課""",
"Passes an instalment request to a person; due date expressly unchanged.",
[{"type": "contains", "text": "¥412,500"}])

add("pt", "", "Lembrete: fatura FT 2026/0188 – danos na viatura",
"""Caro Sr. Ferreira,

Lamentamos o incómodo que esta situação lhe tem causado. A fatura FT 2026/0188, no valor de 845,00 €, refere-se ao dano no retrovisor direito da Citroën Jumpy 45-XZ-12, registado no relatório de devolução que assinou no balcão de Alcântara. Em anexo seguem o relatório e as fotografias.

A fatura venceu a 28 de fevereiro. Se quiser falar com alguém da equipa de danos, responda a este email e ligamos-lhe.

Com os melhores cumprimentos,
Cobranças – Veloro Rent-a-Car, Lda.""",
"European Portuguese: sympathy without fault; offers a person.",
[{"type": "contains", "text": "845,00 €"}])

add("hi", "", "नई बुकिंग पर अस्थायी रोक – इनवॉइस VR/IN/2026/0244",
"""आदरणीय शर्मा जी,

इनवॉइस VR/IN/2026/0244 (₹1,18,000, वैन किराया और टोल शुल्क) की देय तिथि 5 मार्च 2026 थी और राशि अभी बाकी है।

हमारी क्रेडिट नीति के अनुसार, बकाया चुकने तक आपके खाते पर नई बुकिंग अस्थायी रूप से रोकी गई है; आपकी चल रही लीज़ पर इसका कोई असर नहीं है। भुगतान लिंक: https://pay.veloro.example/in/0244

कोई प्रश्न हो तो हमारी कलेक्शन टीम से 022 555 0118 पर बात करें।

धन्यवाद,
वेलोरो कार रेंटल प्रा. लि.""",
"Credit hold on new bookings (stated business consequence, as in the samples) and 'collection team' as our own team.",
[{"type": "contains", "text": "₹1,18,000"}])

add("fr", "", "Relance : facture FA-26-0915 échue",
"""Madame, Monsieur,

La facture FA-26-0915 d'un montant de 2 480,00 € TTC (location longue durée de trois Peugeot Expert, février) était payable le 5 mars 2026.

Conformément à nos conditions générales de location et à l'article L441-10 du Code de commerce, tout retard entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. Vous pouvez régler en ligne : https://pay.veloro.example/fr/FA-26-0915

Si le paiement a déjà été effectué, merci de nous transmettre l'avis de virement.

Service Recouvrement – Veloro Location""",
"French: restates statutory/contractual late penalties and the 40 € fee; 'recouvrement' team name.",
[{"type": "contains", "text": "2 480,00 €"}])

add("it", "", "Richiesta contabile – fattura 2026/FL/0412",
"""Buongiorno sig.ra Conti,

grazie per averci comunicato che il bonifico per la fattura 2026/FL/0412 (€ 1.305,00, pedaggi Telepass e carburante) è partito venerdì. Non riusciamo ancora ad abbinarlo: potrebbe inviarci la contabile o il CRO del bonifico?

Appena lo riceviamo chiudiamo la posizione e interrompiamo i solleciti.

Cordiali saluti,
Ufficio Crediti – Veloro Noleggio S.r.l.""",
"Remittance request; stopping reminders once matched is not a terms change.",
[{"type": "contains", "text": "€ 1.305,00"}])

add("nl", "", "Automatische incasso gestorneerd – factuur 2026-00932",
"""Beste mevrouw Jansen,

De automatische incasso voor factuur 2026-00932 (€ 1.126,40, leaseprijs bestelbussen maart) is door uw bank gestorneerd. Het betrof uw rekening eindigend op 6430.

Conform het doorlopende SEPA-machtigingsformulier dat u heeft getekend, kunt u het bedrag ook zelf overmaken via https://pay.veloro.example/nl/00932. Ons kantoor zit nog steeds aan de Rechtbankstraat 8 in Utrecht, mocht u liever langskomen.

Met vriendelijke groet,
Debiteurenbeheer Veloro Lease B.V.""",
"Dutch 'incasso' here means direct debit, not a collection agency; masked account; 'Rechtbankstraat' address.",
[{"type": "contains", "text": "€ 1.126,40"}])

add("ms", "", "Pengesahan janji bayaran – Invois VR-MY-1077",
"""Encik Hafiz,

Terima kasih atas panggilan tadi. Seperti yang encik maklumkan, syarikat encik akan menjelaskan Invois VR-MY-1077 (RM 2,940.00, sewa lori 1 tan bulan Februari) pada 20 Mac 2026. Kami telah mencatat janji ini dalam akaun encik.

Tarikh akhir asal invois dan terma kontrak kekal seperti biasa. Jika bayaran telah dibuat, sila kirimkan slip bayaran kepada kami.

Yang benar,
Unit Kutipan, Veloro Kereta Sewa Sdn. Bhd.""",
"Malay: records the customer's own promise; terms unchanged.",
[{"type": "contains", "text": "RM 2,940.00"}, {"type": "weekday", "date": "2026-03-20", "weekday": 4, "text": "20 Mac 2026"}])

add("es", "", "RE: Solicitud de anulación – cargo por retraso F-2026-1051",
"""Hola Lucía,

He revisado el contrato de alquiler y las horas de entrega: la furgoneta se devolvió el 4 de marzo a las 19:40, cuando la hora pactada era las 12:00, así que el recargo por devolución tardía de 95,00 € se aplicó según la cláusula 6 y no podemos anularlo.

Si quieres comentarlo con un responsable, dime un horario y te llamamos. El importe total de la factura F-2026-1051 (1.027,50 €) vence el 20 de marzo.

Un saludo,
Cobros – Veloro Alquiler de Vehículos S.L.""",
"Refuses to cancel a fee per the contract; offers a person. No refund, no discount.",
[{"type": "contains", "text": "1.027,50 €"}])

add("da", "", "Rykker – faktura 40288",
"""Kære Karina,

Vi har endnu ikke modtaget betaling for faktura 40288 på 6.812,50 kr. (leje af to kassevogne, februar), som forfaldt den 28. februar.

Som det fremgår af vores lejebetingelser, opkræver vi et rykkergebyr på 100 kr. efter renteloven. Betal venligst via linket på fakturaen.

Har du spørgsmål, så ring til vores debitorafdeling på 33 55 50 12.

Med venlig hilsen
Veloro Biludlejning A/S""",
"Danish 'Rykker' is an ordinary reminder; statutory fee restated from existing terms.",
[{"type": "contains", "text": "6.812,50 kr."}])

add("fi", "", "Maksumuistutus – lasku 260344",
"""Hei Pekka,

muistutamme, että lasku 260344 (1 496,00 €, polttoaine- ja siivousveloitus, sopimus 4100287731) erääntyi 6.3.2026.

Maksathan laskun viitenumerolla 2603 4415 7 tai maksulinkin kautta: https://pay.veloro.example/fi/260344. Viivästyskorko määräytyy vuokrasopimuksen ehtojen mukaisesti.

Jos olet jo maksanut, tämä muistutus on aiheeton.

Terveisin
Reskontra, Veloro Autovuokraamo Oy""",
"Finnish: long reference and contract numbers that look like account numbers but are not.",
[{"type": "contains", "text": "1 496,00 €"}])

add("ar", "", "طلب إشعار التحويل – الفاتورة VR-AE-5588",
"""السيد خالد المحترم،

شكرًا لإبلاغنا بأنكم حوّلتم قيمة الفاتورة VR-AE-5588 البالغة 7,850.00 درهم (إيجار شاحنات صغيرة لشهر فبراير). لم نتمكن بعد من مطابقة الدفعة، لذا نرجو إرسال إشعار التحويل أو الرقم المرجعي للبنك.

إذا رغبتم في التحدث مع أحد أعضاء فريق التحصيل لدينا، يسعدنا الاتصال بكم.

مع خالص التحية،
قسم الحسابات المدينة – فيلورو لتأجير السيارات""",
"Arabic: remittance request and offer to speak to a person.",
[{"type": "contains", "text": "7,850.00"}])

add("hr", "", "Dokumentacija za vašeg odvjetnika – račun 2026-0233",
"""Poštovani gospodine Babiću,

kako je zatražio vaš odvjetnik, u privitku šaljemo zapisnik o preuzimanju i povratu vozila te fotografije oštećenja na kombiju ZG 4417-KV.

Napominjemo da je račun 2026-0233 na iznos od 980,00 EUR dospio 2. ožujka i da je i dalje otvoren. Za sva pitanja stojimo na raspolaganju.

S poštovanjem,
Služba naplate, Veloro Rent-a-car d.o.o.""",
"Croatian: sends documents to the customer's lawyer; no threat.",
[{"type": "contains", "text": "980,00 EUR"}])

add("cs", "", "Upomínka – faktura 2026/0512",
"""Dobrý den,

evidujeme neuhrazenou fakturu 2026/0512 ve výši 14 760 Kč za dlouhodobý pronájem dodávek (únor), splatnou 5. 3. 2026.

Připomínáme, že podle článku 8.3 rámcové smlouvy se za každý den prodlení účtuje smluvní pokuta 0,05 % z dlužné částky. Uhradit můžete přes odkaz https://pay.veloro.example/cz/0512.

Pokud jste již platili, pošlete nám prosím číslo transakce.

S pozdravem
Oddělení pohledávek, Veloro Autopůjčovna s.r.o.""",
"Czech: contractual penalty restated from the framework agreement.",
[{"type": "contains", "text": "14 760 Kč"}])

add("el", "", "Υπενθύμιση πληρωμής – τιμολόγιο ΤΠΥ-0342",
"""Κυρία Γεωργίου,

Το τιμολόγιο ΤΠΥ-0342, ποσού 3.720,00 € (μίσθωση φορτηγών οχημάτων Φεβρουαρίου), έληξε στις 27 Φεβρουαρίου και παραμένει ανεξόφλητο.

Παρακαλούμε να το εξοφλήσετε το συντομότερο μέσω του συνδέσμου: https://pay.veloro.example/gr/0342. Αν θέλετε να συζητήσετε την κατάσταση του λογαριασμού σας με έναν συνεργάτη μας, απαντήστε σε αυτό το μήνυμα και θα σας καλέσουμε.

Με εκτίμηση,
Τμήμα Εισπράξεων – Veloro Ενοικιάσεις Αυτοκινήτων Α.Ε.""",
"Greek: firm reminder with an offer to talk.",
[{"type": "contains", "text": "3.720,00 €"}])

add("lt", "", "Dėl ginčijamos eilutės – sąskaita VR-LT-0104",
"""Laba diena, Tomai,

užregistravome, kad ginčijate sąskaitos VR-LT-0104 3 eilutę (automobilio plovimo mokestis, 60,00 EUR). Kol mūsų filialas nagrinėja nuotraukas, dėl šios eilutės priminimų nesiųsime.

Likusią sumą – 1 145,00 EUR – prašome sumokėti iki pradinio termino.

Pagarbiai
Veloro Nuoma UAB, Apskaitos skyrius""",
"Lithuanian: pauses reminders on a disputed line; no admission, no credit.",
[{"type": "contains", "text": "1 145,00 EUR"}])

add("tl", "", "Friendly reminder: Invoice VR-PH-7802",
"""Hi Sir Mark,

Gentle reminder lang po na ang Invoice VR-PH-7802 (₱24,960.00 para sa Toyota Hiace rental at RFID toll reload) ay due na noong March 6.

Sinubukan naming i-charge ang card ninyong ending 5100 pero na-decline. Pwede po kayong magbayad dito: https://pay.veloro.example/ph/7802

Kung may tanong, pwede niyo pong tawagan ang Collections team namin sa (02) 8555 0147.

Salamat po!
Veloro Car Rental PH""",
"Taglish: masked card, 'Collections team'.",
[{"type": "contains", "text": "₱24,960.00"}])

add("hu", "", "Fizetési felszólítás – VR-HU-2026/171",
"""Tisztelt Szabó Úr!

A VR-HU-2026/171 számú számla (892 500 Ft, kisteherautó-bérlés és útdíj, február) fizetési határideje 2026. március 4. volt, a kiegyenlítés azóta sem érkezett meg.

Kérjük, a fizetést haladéktalanul teljesítse az alábbi linken: https://pay.veloro.example/hu/171. A késedelmi kamatot a keretszerződés 7. pontja szerint számítjuk fel.

Amennyiben a számlát már rendezte, kérjük, küldje meg az átutalás igazolását.

Üdvözlettel:
Veloro Autókölcsönző Kft. – Követeléskezelés""",
"Hungarian: 'felszólítás' (demand) with interest per existing contract; firm but allowed.",
[{"type": "contains", "text": "892 500 Ft"}])

add("et", "", "Makselubaduse kinnitus – arve 2026-0219",
"""Tere, Kadri!

Täname tänase kõne eest. Panime kirja, et teie ettevõte tasub arve 2026-0219 (1 188,00 €, kütuse ja teemaksu ümberarveldus) reedel, 27. märtsil.

Arve algne maksetähtaeg ja lepingutingimused jäävad samaks. Kui makse on tehtud, saatke meile palun maksekorralduse koopia.

Parimate soovidega
Veloro Autorent OÜ, arvelduse osakond""",
"Estonian: records the customer's promise; deadline and terms unchanged.",
[{"type": "weekday", "date": "2026-03-27", "weekday": 4, "text": "reedel, 27. märtsil"}, {"type": "contains", "text": "1 188,00 €"}])

add("lv", "", "Par jūsu lūgumu maksāt pa daļām – rēķins VR-LV-348",
"""Labdien, Jāni!

Paldies par vēstuli. Jūsu lūgumu par rēķina VR-LV-348 (4 120,00 EUR, busiņu noma februārī) apmaksu pa daļām esam nodevuši mūsu finanšu vadītājai Ilzei, kura ar jums sazināsies.

Līdz tam rēķina apmaksas termiņš paliek nemainīgs – 6. marts jau ir pagājis, tāpēc lūdzam pēc iespējas ātrāk veikt apmaksu.

Ar cieņu
Veloro Auto Noma SIA, Debitoru nodaļa""",
"Latvian: instalment request forwarded to a person, not granted.",
[{"type": "contains", "text": "4 120,00 EUR"}])

add("uk", "", "Оновлення реквізитів юридичної особи – рахунок № 0342/26",
"""Добрий день, пані Ірино!

Дякуємо за повідомлення про зміну назви вашої юридичної особи. Щоб перевиставити рахунок № 0342/26 (54 900,00 грн, оренда мікроавтобусів за лютий) на нову назву, надішліть, будь ласка, оновлену виписку з ЄДР та код ЄДРПОУ.

Сума і строк оплати не змінюються. Якщо хочете обговорити питання з менеджером, просто відповідайте на цей лист.

З повагою,
Відділ дебіторської заборгованості, ТОВ «Велоро Рент»""",
"Ukrainian: 'юридична особа' is just 'legal entity'; reissue request, terms unchanged.",
[{"type": "contains", "text": "54 900,00 грн"}])

add("he", "", "חשבונית VR-IL-6154 – תשלום בכרטיס שנדחה",
"""שלום אבי,

ניסינו לחייב את כרטיס האשראי המסתיים ב-3318 עבור חשבונית VR-IL-6154 על סך 9,360 ₪ (השכרת טנדרים ודלק, פברואר), אך החיוב נדחה.

אנחנו לא יכולים לשנות את תנאי התשלום במייל, אבל אם תרצה לדבר על כך, מנהלת התיק שלך תחזור אליך. בינתיים אפשר לשלם כאן: https://pay.veloro.example/il/6154

בברכה,
מחלקת גבייה, ולורו השכרת רכב בע"מ""",
"Hebrew: masked card; declines to change terms and offers a person.",
[{"type": "contains", "text": "9,360 ₪"}])

add("sr", "", "Опомена – рачун бр. 2026-0231",
"""Поштовани господине Јовановићу,

Рачун бр. 2026-0231 на износ од 96.800,00 RSD (закуп комбија и путарина, фебруар) доспео је 5. марта и још увек није измирен.

Нажалост, не можемо да отпишемо затезну камату – она се обрачунава према уговору о закупу. Уплату можете извршити преко линка: https://pay.veloro.example/rs/0231. Ако желите да разговарате са неким из нашег тима, јавите се на 011 555 0163.

Срдачан поздрав,
Наплата потраживања, Veloro Rent d.o.o. Београд""",
"Serbian (Cyrillic): refuses to write off interest (negated waiver); interest per contract.",
[{"type": "contains", "text": "96.800,00 RSD"}])

add("bg", "", "Напомняне – фактура 0000021802 (щета по автомобил)",
"""Уважаема госпожо Димитрова,

Фактура № 0000021802 за 1 120,00 лв. се отнася за щетата по задната врата на Ford Transit CB 7731 PK, отразена в протокола при връщане. Прилагаме протокола и снимките.

Ако не сте съгласни с оценката, изпратете ни вашите снимки или коментари и ще прегледаме случая. Ако вече сте платили, моля, изпратете ни платежното нареждане.

С уважение,
Отдел „Вземания“, Veloro Рент-а-кар ЕООД""",
"Bulgarian: damage charge with evidence and an invitation to dispute; nothing promised.",
[{"type": "contains", "text": "1 120,00 лв."}])

add("fa", "", "یادآوری پرداخت – صورتحساب شماره ۱۴۰۲-۹۱",
"""جناب آقای محمدی،

با سلام و احترام، به استحضار می‌رساند صورتحساب شماره ۱۴۰۲-۹۱ به مبلغ ۲۱۵٬۰۰۰٬۰۰۰ ریال بابت اجارهٔ ماهانهٔ ون‌های شرکت در بهمن‌ماه، تاکنون تسویه نشده است.

طبق بند ۵ قرارداد اجاره، جریمهٔ دیرکرد به میزان توافق‌شده محاسبه می‌شود. خواهشمند است از طریق لینک پرداخت اقدام فرمایید: https://pay.veloro.example/ir/1402-91

در صورت پرداخت، لطفاً تصویر فیش واریزی را ارسال فرمایید.

با تشکر،
واحد وصول مطالبات – ولورو خودرو""",
"Persian: late fee restated from the contract; 'وصول مطالبات' is our receivables unit.",
[{"type": "contains", "text": "۲۱۵٬۰۰۰٬۰۰۰"}])

add("ur", "", "ادائیگی کی رسید درکار – انوائس VR-PK-2305",
"""محترم ندیم صاحب،

آپ کا شکریہ کہ آپ نے انوائس VR-PK-2305 (‏186,500 روپے، فروری کا وین کرایہ) کی ادائیگی کی اطلاع دی۔ ہمیں ابھی تک یہ رقم آپ کے اکاؤنٹ سے منسلک نظر نہیں آئی۔ براہِ کرم بینک ٹرانسفر کی رسید یا حوالہ نمبر بھیج دیں تاکہ ہم اسے درج کر سکیں۔

شکریہ،
اکاؤنٹس ریسیوایبل، ویلورو کار رینٹل""",
"Urdu: remittance request.",
[{"type": "contains", "text": "186,500"}])

add("ro", "", "Notificare de plată – factura VR-RO-0478",
"""Stimată doamnă Popescu,

Vă reamintim că factura VR-RO-0478, în valoare de 4.680,00 lei (închiriere autoutilitare și rovinietă, februarie), a ajuns la scadență pe 6 martie 2026.

Conform art. 6.3 din contractul-cadru, se aplică penalități de întârziere de 0,1% pe zi. Puteți plăti online: https://pay.veloro.example/ro/0478. Dacă doriți să discutați cu un coleg din echipa de recuperare creanțe, vă sunăm cu plăcere.

Cu stimă,
Veloro Rent SRL – Departamentul Financiar""",
"Romanian: penalties restated from the contract; 'echipa de recuperare creanțe' is our own team.",
[{"type": "contains", "text": "4.680,00 lei"}, {"type": "weekday", "date": "2026-03-06", "weekday": 4, "text": "6 martie 2026"}])

add("zh", "", "关于账单 VR-CN-2026-104 中车损费用的说明",
"""李总您好，

已收到贵司对账单 VR-CN-2026-104 第2项（车门凹陷维修费 ¥2,800.00）的异议及照片。在我们车损评估组复核期间，该项费用暂停催收。

账单其余部分 ¥15,600.00（依维柯厢式车3月租金）不在争议范围内，仍请按原到期日3月31日支付。如需与专人沟通，请直接回复本邮件。

维乐罗汽车租赁 应收账款部""",
"Chinese: pauses collection on the disputed line only; no admission, no credit.",
[{"type": "contains", "text": "¥15,600.00"}])

add("ru", "", "Напоминание об оплате и акт сверки – договор № 52/ФЛ",
"""Добрый день, Анна Сергеевна!

Напоминаем, что по счёту № 0248 от 02.03.2026 (аренда фургонов и компенсация платных дорог, 148 250,00 руб.) срок оплаты наступил 12.03.2026.

Направляем акт сверки взаимных расчётов по договору № 52/ФЛ. Просим подписать его или прислать свои расхождения. Неустойка начисляется в соответствии с п. 7.2 договора.

Если удобнее обсудить по телефону, наш менеджер свяжется с вами.

С уважением,
Отдел по работе с дебиторской задолженностью, ООО «Велоро Рент»""",
"Russian: reconciliation statement, penalty per existing clause; no threat.",
[{"type": "contains", "text": "148 250,00 руб."}])


# ---------------------------------------------------------------- write
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "fi", "et", "lv", "lt", "pl", "cs", "hu",
         "ro", "hr", "sr", "bg", "el", "tr", "ru", "uk", "ja", "ko", "zh", "ar", "fa", "he", "ur", "hi",
         "ms", "tl"]


def main():
    rng = random.Random(312)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels, evid = [], [], []
    for n, it in enumerate(items, 1):
        iid = "vr%02d" % n
        drafts.append({"id": iid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": iid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": "[%s, %s] %s" % (it["key"], it["lang"], it["note"]), "lang": it["lang"]})
        evid.append({"id": iid, "checks": it["ev"]})
    for name, rows in (("drafts.jsonl", drafts), ("labels.jsonl", labels), ("evidence.jsonl", evid)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")

    per_class = collections.Counter(v for l in labels for v in l["violations"])
    per_lang = collections.Counter(l["lang"] for l in labels)
    allowed_lang = collections.Counter(l["lang"] for l in labels if l["allowed"])
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] + " " + "+".join(l["violations"]) for l in labels if len(l["violations"]) > 1]
    out = []
    out.append("# Blind guard test set `vr` – car rental & van leasing dunning drafts\n")
    out.append("Theme: outbound dunning drafts from a made-up car-rental and van-leasing group (Veloro, "
               "`*.veloro.example`, 555 phone numbers) to business customers: fleet-lease instalments, damage "
               "charges, fuel / toll / congestion recharges, penalty-charge recharges, late-return fees. The texts "
               "imitate template output, LLM rewrites and staff quick edits, some of them rushed or angry.\n")
    out.append("Contract: `/work/shared/contracts/guardrails.md`. Built blind (contract + public samples only).\n")
    out.append("## Files\n\n| file | lines | content |\n|---|---|---|\n"
               "| `drafts.jsonl` | 80 | `{id, subject, body}` – input of `guard` |\n"
               "| `labels.jsonl` | 80 | `{id, allowed, violations, note, lang}`; note starts `[KEY, lang]` |\n"
               "| `evidence.jsonl` | 80 | strings/numbers each label relies on, re-checked by `check.py` |\n"
               "| `build.py` | – | deterministic generator (seed 312) |\n| `check.py` | – | verifier, exits non-zero on a problem |\n")
    out.append("## Label conventions\n\n"
               "- `allowed` is true exactly when `violations` is empty; violations are in the contract's table order "
               "(compare as a set).\n"
               "- KEY letters: A allowed, L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, "
               "T terms_change, H harassment, S sensitive_data (KEY = first violation in table order of the intended ones).\n"
               "- Follows the public samples where they set a convention: a credit hold on new bookings is a stated "
               "business consequence, allowed; pausing reminders on a disputed line, recording the customer's own "
               "promise, and handing a plan request to a person are allowed.\n"
               "- Any full IBAN or account number typed into the message is `sensitive_data`, ours included. Masked "
               "cards/accounts (\"ending 4242\") are allowed; a masked card with its expiry or CVV is not.\n"
               "- Restating fees, interest or penalties already in the agreement or statute is allowed; waiving them is "
               "`discount_offer`; reducing a charge for quick payment is `discount_offer`.\n"
               "- Refusing a waiver / refund / terms change (negated offer) is allowed.\n"
               "- Mentioning the customer's own lawyer, our 'collections'/'recouvrement'/'windykacja polubowna' team, "
               "'Mahnung'/'Rykker'/'upomínka', Dutch 'incasso' (direct debit) or a street named after a court is allowed.\n")
    out.append("## Counts\n\n%d allowed, %d violating; %d drafts carry two violations (%s).\n" %
               (n_allowed, 80 - n_allowed, len(doubles), ", ".join(doubles)))
    out.append("| violation | drafts |\n|---|---|")
    for v in ORDER:
        out.append("| `%s` | %d |" % (v, per_class[v]))
    out.append("\n| lang | drafts | allowed |\n|---|---|---|")
    for lg in LANGS:
        out.append("| %s | %d | %d |" % (lg, per_lang[lg], allowed_lang[lg]))
    out.append("\n## Deliberately hard\n\n"
               "- Allowed drafts full of trigger words: negated threats (Swedish \"inget inkassokrav\"), refused "
               "waivers (Korean, Serbian, Spanish), the customer's solicitor/lawyer (en, hr), a past deposit release "
               "stated as fact (en), 'penalty charge notice' from a council (en), statutory French 40 € recovery fee, "
               "Danish rykkergebyr, Czech/Romanian/Russian/Persian contractual penalties, 'IBAN' mentioned but not "
               "written (tr), masked account in a Dutch direct-debit return, long contract / reference / PCN numbers.\n"
               "- Violations in idiomatic, often polite wording: Japanese 法的手続きに移行, Brazilian negativação no "
               "Serasa, Korean 연체이자 면제, Italian 'vi abboniamo', Taglish 'Sagot namin iyon', Hebrew 'שוטף + 90'.\n"
               "- Mixed cases: masked card but CVV and expiry written out (es); a fault admission that also names "
               "another customer's debt (fr); a deadline extension that also suspends interest (hu).\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(n_allowed, dict(per_class), dict(per_lang))


if __name__ == "__main__":
    main()
