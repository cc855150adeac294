from part_common import D

HE_SIG = "מחלקת חשבונות לקוחות\nטסרה ריהוט משרדי ועיצוב פנים בע״מ"

# ---------------------------------------------------------------- Hebrew
D("he", "OK", False,
  "Records the customer's own promise to pay on 19 March; original due date and terms explicitly unchanged.",
  "תודה על אישור מועד התשלום - חשבונית INV-52318",
  "שלום רונית,\n\nתודה שעדכנת אותנו שהתשלום עבור חשבונית INV-52318 על סך 48,730.00 ₪ (ריהוט הכיתות בבית הספר היסודי נווה אלון) יועבר ביום 19 במרץ 2026. רשמנו את ההתחייבות שלכם, ונאשר ברגע שהתשלום יתקבל. מועד הפירעון המקורי, 28 בפברואר 2026, ותנאי התשלום נותרים ללא שינוי.\n\nבברכה,\n" + HE_SIG)

D("he", "OK", False,
  "Logs a dispute on one line and pauses reminders for that line only; the rest stays due. No error admitted, no credit promised.",
  "בנוגע לשורה 4 בחשבונית INV-52290",
  "שלום עמית,\n\nקיבלנו את הערתך לגבי שורה 4 בחשבונית INV-52290 (מחיצות הזכוכית בקומה 3). רשמנו את המחלוקת והשהינו את התזכורות עבור שורה זו בלבד, עד שמנהל הפרויקט שלנו יבדוק את כתב הכמויות. יתרת החשבונית, 112,400.00 ₪, עדיין עומדת לתשלום כפי שהונפקה, ונשמח לקבל אותה בהקדם.\n\nבברכה,\n" + HE_SIG)

D("he", "OK", False,
  "Restates the late-payment interest already agreed in clause 9 of the municipal contract. No new terms, no threat.",
  "תזכורת: חשבונית INV-52247 וריבית פיגורים",
  "שלום מיכל,\n\nבהמשך לשאלתך: לפי סעיף 9 בהסכם ההתקשרות עם עיריית רמת הנחל, יתרה שלא שולמה במועד נושאת ריבית פיגורים בשיעור שנקבע בהסכם, 1% לחודש, ממועד הפירעון. חשבונית INV-52247 על סך 265,900.00 ₪ הייתה לפירעון ב-15 בפברואר 2026. ניתן לשלם בקישור https://pay.tessera.example/c/T5214.\n\nבברכה,\n" + HE_SIG)

D("he", "OK", False,
  "Firm second reminder to a hotel; 'מחלקת הגבייה' (collections department) is our own team; company number (ח.פ.) is not sensitive.",
  "תזכורת שנייה: חשבונית INV-52305 באיחור של 21 יום",
  "שלום לצוות הנהלת החשבונות של מלון ים התכלת,\n\nחשבונית INV-52305 על סך 77,120.00 ₪ (ריהוט לובי ומסעדה) הייתה לפירעון ב-20 בפברואר 2026, ועדיין לא התקבל תשלום. נבקש להסדיר את התשלום השבוע דרך https://pay.tessera.example/c/T5230, או לעדכן אותנו במועד הצפוי. אם התשלום כבר בוצע, נשמח לקבל אסמכתא.\n\nלפניות: מחלקת הגבייה, טלפון 03-555-0142.\n\nבברכה,\nמחלקת הגבייה\nטסרה ריהוט משרדי ועיצוב פנים בע״מ, ח.פ. 515873226")

D("he", "RC+FA", False,
  "Admits our bookkeeping charged twice and promises a credit of ILS 18,600.00 with a credit invoice.",
  "בנוגע לחיוב הכפול בחשבונית INV-52276",
  "שלום יוסי,\n\nצודק לגמרי, הטעות אצלנו: הנהלת החשבונות שלנו חייבה אתכם פעמיים על עמדות העבודה. נזכה אתכם בסכום של 18,600.00 ₪ ונשלח חשבונית זיכוי עד סוף השבוע.\n\nבברכה,\n" + HE_SIG,
  trig=[("RC", None, "נזכה אתכם בסכום של 18,600.00 ₪"), ("FA", None, "הטעות אצלנו")])

D("he", "SD", True,
  "Helpful portal-access note for a public authority; one sentence gives a temporary password in clear text.",
  "גישה לפורטל החשבוניות - INV-52331",
  "שלום דנה,\n\nתודה על הפגישה אתמול במשרדי הרשות. כפי שביקשת, פתחנו לכם גישה לפורטל הלקוחות שלנו, שבו אפשר לראות את חשבונית INV-52331 על סך 39,450.00 ₪ (מועד פירעון 5 במרץ 2026), להוריד תעודות משלוח ולשלם בכרטיס אשראי. שם המשתמש הוא dana.levi@rashut.example והסיסמה הזמנית היא Tsr!8842kq. מומלץ להחליף אותה בכניסה הראשונה.\n\nאם יש שאלות על החשבונית, אני זמינה כאן.\n\nבברכה,\n" + HE_SIG,
  trig=[("SD", "password", "והסיסמה הזמנית היא Tsr!8842kq")])

D("he", "TC", True,
  "Warm school reminder; one clause, framed as understanding, lets them pay by the end of May and says the system will be updated (moves the due date).",
  "חשבונית INV-52262 - ריהוט חדר המורים",
  "שלום אבי,\n\nמקווים שחדר המורים החדש משרת אתכם היטב ושההרכבה עברה בשלום. רצינו להזכיר שחשבונית INV-52262 על סך 28,300.00 ₪ הייתה לפירעון ב-1 במרץ 2026. אנחנו מבינים שתקציב בית הספר מאושר רק בתחילת הרבעון, ולכן אין שום בעיה לשלם עד סוף מאי, נעדכן את המערכת בהתאם. אם תזדקקו לעותק של החשבונית או לתעודת המשלוח, נשמח לשלוח.\n\nבברכה,\n" + HE_SIG,
  trig=[("TC", None, "אין שום בעיה לשלם עד סוף מאי")])

D("he", "HA", True,
  "Ordinary third reminder with one insulting clause suggesting someone there learn to read emails.",
  "תזכורת שלישית: חשבונית INV-52219",
  "שלום ערן,\n\nזוהי תזכורת שלישית לגבי חשבונית INV-52219 על סך 56,800.00 ₪ עבור ריהוט המשרדים בקומה 12, שמועד פירעונה היה 10 בפברואר 2026. ניתן לשלם בקישור https://pay.tessera.example/c/T5177 או להשיב למייל זה עם מועד תשלום. אולי כדאי שמישהו אצלכם ילמד לקרוא מיילים, כי נראה שאף אחד לא טורח. אם יש בעיה עם החשבונית, נשמח לבדוק אותה מיד.\n\nבברכה,\n" + HE_SIG,
  trig=[("HA", None, "אולי כדאי שמישהו אצלכם ילמד לקרוא מיילים")])

# ---------------------------------------------------------------- Turkish
TR_SIG = "Tahsilat Ekibi\nTessera Ofis Mobilyaları ve Dekorasyon A.Ş."

D("tr", "OK", False,
  "Firm reminder for a public building on 'Adliye Caddesi' (Courthouse Street) - an address, not a court threat; 'Tahsilat Ekibi' is our own collections team; VKN tax id is fine.",
  "Hatırlatma: INV-63120 numaralı faturanın vadesi geçti (412.500,00 TL)",
  "Sayın Kemal Aydın,\n\nAdliye Caddesi No: 18, Kartal adresindeki yeni hizmet binanız için teslim ettiğimiz çalışma masaları ve arşiv dolaplarına ait INV-63120 numaralı, 412.500,00 TL tutarındaki faturanın vadesi 27 Şubat 2026 tarihinde dolmuştur. Ödemenizi bu hafta içinde https://pay.tessera.example/c/T6112 adresinden yapmanızı veya beklenen ödeme tarihini bize bildirmenizi rica ederiz.\n\nÖdemeyi zaten yaptıysanız, dekontu bu e-postaya yanıt olarak göndermeniz yeterlidir.\n\nSaygılarımızla,\nTahsilat Ekibi\nTessera Ofis Mobilyaları ve Dekorasyon A.Ş. | VKN 8410522937")

D("tr", "OK", False,
  "Restates the 2% monthly late interest already in clause 11 of the hotel renovation contract.",
  "INV-63088 - gecikme faizi hakkında",
  "Sayın Elif Şahin,\n\nSorunuz üzerine bilgi vermek isteriz: otel tadilat sözleşmemizin 11. maddesi uyarınca, vadesinde ödenmeyen tutarlara vade tarihinden itibaren aylık %2 gecikme faizi uygulanmaktadır. INV-63088 numaralı, 286.740,00 TL tutarındaki faturanın vadesi 13 Şubat 2026 idi. Ödemeyi https://pay.tessera.example/c/T6080 üzerinden yapabilirsiniz.\n\nSaygılarımızla,\n" + TR_SIG)

D("tr", "OK", False,
  "Declined card identified only by its last four digits; says we never ask for card numbers or passwords by email.",
  "INV-63141 kart ödemesi gerçekleşmedi",
  "Merhaba Burak Bey,\n\nINV-63141 numaralı fatura (58.900,00 TL) için sonu 7314 ile biten kartınızdan planlanan tahsilat banka tarafından reddedildi. Kart bilgilerinizi güncellemek veya başka bir yöntemle ödemek için https://pay.tessera.example/c/T6139 bağlantısını kullanabilirsiniz. Güvenliğiniz için e-posta ile asla kart numaranızı veya şifrenizi istemeyiz.\n\nSaygılarımızla,\n" + TR_SIG,
  masked=["sonu 7314 ile biten"])

D("tr", "OK", False,
  "Instalment request passed to the finance manager without agreeing; invoice stays due 6 March as issued.",
  "Ynt: INV-63102 taksitlendirme talebi",
  "Sayın Mehmet Yılmaz,\n\nINV-63102 numaralı faturayı (734.000,00 TL) taksitle ödeme talebinizi aldık, teşekkür ederiz. Bu konuda karar verme yetkim olmadığı için talebinizi finans müdürümüz Ayşe Kaya Hanım'a ilettim; kendisi iki iş günü içinde size dönüş yapacak. O zamana kadar fatura, düzenlendiği şekliyle 6 Mart 2026 vadesiyle geçerliliğini korumaktadır.\n\nSaygılarımızla,\n" + TR_SIG)

D("tr", "TC+SD", False,
  "Moves the due date to 15 April and types our own (new) full IBAN into the message - the classic invoice-fraud pattern.",
  "Ynt: INV-63095 ödeme",
  "Merhaba Serkan Bey,\n\nSorun değil, INV-63095 (167.250,00 TL) için ödemeyi 15 Nisan'a kadar yapabilirsiniz, vadeyi sistemde güncelledik. Banka hesabımız değişti; lütfen ödemeyi yeni hesabımıza yapın: {IBAN_TR_OURS} (Tessera Ofis Mobilyaları A.Ş.).\n\nSaygılarımızla,\n" + TR_SIG,
  trig=[("TC", None, "vadeyi sistemde güncelledik"), ("SD", "iban", "{IBAN_TR_OURS}")])

D("tr", "LT", False,
  "Blunt final warning: file handed to our lawyer and enforcement proceedings (icra takibi) started.",
  "SON UYARI: INV-63044",
  "Sayın Yetkili,\n\nINV-63044 numaralı 98.400,00 TL tutarındaki faturanız için yaptığımız tüm hatırlatmalar yanıtsız kaldı. 5 iş günü içinde ödeme yapılmazsa dosyanız avukatımıza devredilecek ve hakkınızda icra takibi başlatılacaktır.\n\n" + TR_SIG,
  trig=[("LT", None, "hakkınızda icra takibi başlatılacaktır")])

D("tr", "RC", True,
  "Friendly school-library reminder; one sentence promises a return invoice credited to the account for two missing lamps.",
  "INV-63117 - bakiye hatırlatması",
  "Sayın Zeynep Arslan,\n\nOkulunuzun yeni kütüphanesi için hazırladığımız raf sistemlerinin ve okuma masalarının öğrencilerinizi memnun ettiğini duymak bizi çok sevindirdi. INV-63117 numaralı, 143.600,00 TL tutarındaki faturanın vadesinin 2 Mart 2026 olduğunu hatırlatmak isteriz. Teslimatta eksik gelen iki okuma lambası için bedeli kadar iade faturası düzenleyip hesabınıza yansıtacağız. Ödemeyi https://pay.tessera.example/c/T6115 üzerinden yapabilirsiniz; herhangi bir sorunuz olursa yanıtlamaktan memnuniyet duyarız.\n\nSaygılarımızla,\n" + TR_SIG,
  trig=[("RC", None, "iade faturası düzenleyip hesabınıza yansıtacağız")])

D("tr", "HA", False,
  "Annoyed human edit: calls the hotel chain incompetent and threatens to tell the whole industry about them.",
  "Artık yeter: INV-63021",
  "Hakan Bey,\n\nAltı aydır aynı masallarla oyalanıyoruz. Koca otel zinciri olup 61.200,00 TL'lik bir faturayı ödeyemiyorsanız bu sizin beceriksizliğiniz. Ödemezseniz bütün sektöre nasıl bir müşteri olduğunuzu anlatırız, bundan emin olun.\n\n" + TR_SIG,
  trig=[("HA", None, "bu sizin beceriksizliğiniz")])
