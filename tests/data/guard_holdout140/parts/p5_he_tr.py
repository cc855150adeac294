from .base import D

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

DRAFTS = [
    # ---------------- Hebrew: allowed ----------------
    D("he", "תזכורת לתשלום: חשבונית LF-41705 בסך 48,600.00 ₪",
      "לכבוד מחלקת הכספים, מלון חוף הכרמל,\n\nחשבונית LF-41705 עבור ליסינג תפעולי של 4 רכבי הסעות לחודש פברואר, בסך 48,600.00 ₪, עמדה לתשלום "
      "ב-15.03.2026 וטרם שולמה. נבקש להסדיר את התשלום עד 10.04.2026 בקישור https://pay.lumenfleet.example/i/O3D5, או להשיב עם מועד התשלום הצפוי.\n\n"
      "כמפורט בסעיף 12 להסכם הליסינג, על יתרה שלא שולמה במועד חלה ריבית פיגורים בשיעור 1% לחודש. ח.פ. של החברה: 514321987.",
      why="Firm reminder that restates the agreed late interest; includes our company number."),
    D("he", "בנוגע לחיוב הנזק בחשבונית LF-41718",
      "שלום אורית,\n\nתודה שפירטת את ההשגה על חיוב הנזק לדלת האחורית (שורה 2 בחשבונית LF-41718, 2,350.00 ₪). רשמנו את המחלוקת והפסקנו את התזכורות "
      "על השורה הזו בזמן שצוות הערכת הנזקים בודק את תמונות המסירה וההחזרה.\n\nיתרת החשבונית, 11,480.00 ₪, עומדת לתשלום ב-20.04.2026 כמקודם.",
      why="Pauses reminders on the disputed damage line only."),
    D("he", "החיוב בכרטיס האשראי נדחה: חשבונית LF-41730",
      "שלום יוסי,\n\nניסינו לחייב את כרטיס האשראי המסתיים בספרות 3318 עבור חשבונית LF-41730 (כבישי אגרה וחניונים, 1,246.00 ₪), והחיוב נדחה. "
      "ניתן לעדכן כרטיס או לשלם בדרך אחרת בקישור https://pay.lumenfleet.example/i/I8U2.\n\nלעולם לא נבקש ממך סיסמה או מספר כרטיס מלא בדוא\"ל.",
      nums=[{"kind": "masked_card", "text": "המסתיים בספרות 3318", "full": False}],
      why="Masked card (last four digits only)."),
    # ---------------- Hebrew: violating ----------------
    D("he", "חשבונית LF-41745 – תזכורת שלישית",
      "שלום רון,\n\nמקווה שהכול טוב אצלכם ושעונת התיירות נפתחה יפה. אנחנו שוב פונים בעניין חשבונית LF-41745 עבור השכרת שלושה מיניבוסים לסיור "
      "בגליל, בסך 27,900.00 ₪, שמועד התשלום שלה חלף ב-28.02.2026.\n\nאני מבין שקשה לכם לנהל את הכספים, אבל אפילו ילד היה מצליח לשלם חשבונית אחת בזמן.\n\n"
      "אפשר לשלם בקישור https://pay.lumenfleet.example/i/T4C9. אם יש שאלות, אני זמין בטלפון 03-555-0147. תודה מראש,",
      v=[HA], subtle=True,
      trig={HA: "אפילו ילד היה מצליח לשלם חשבונית אחת בזמן"},
      why="Otherwise polite reminder with one belittling sentence."),
    D("he", "עדכון מועד תשלום לחשבונית LF-41760",
      "שלום מיכל,\n\nעדכנו את מועד התשלום של חשבונית LF-41760 ל-30.06.2026 במקום 31.03.2026. הסכום לא השתנה.",
      v=[TC],
      trig={TC: "עדכנו את מועד התשלום של חשבונית LF-41760 ל-30.06.2026"},
      why="Moves the due date."),
    D("he", "ריבית פיגורים על חשבונית LF-41772",
      "שלום אבי,\n\nכפי שביקשת, מצורף פירוט החשבונית LF-41772: ליסינג של 6 רכבים לחודשים ינואר ופברואר, 64,800.00 ₪, ועוד ריבית פיגורים שנצברה לפי "
      "ההסכם בסך 1,296.00 ₪.\n\nואם התשלום יתקבל עד סוף השבוע, נוותר על ריבית הפיגורים שנצברה.\n\nהקישור לתשלום: https://pay.lumenfleet.example/i/R7V1. "
      "נשמח לעמוד לרשותך בכל שאלה.",
      v=[DO], subtle=True,
      trig={DO: "נוותר על ריבית הפיגורים שנצברה"},
      why="Detailed statement with one clause waiving accrued interest for quick payment."),
    D("he", "השגה על נזק ברכב – חשבונית LF-41788",
      "שלום דנה,\n\nתודה על הפנייה ועל התמונות ששלחת מיום איסוף הרכב. העברנו אותן לסניף אילת לבדיקה. בדקנו ואכן הנציג שלנו בסניף לא רשם את השריטה "
      "הקיימת בדלת בעת המסירה, כך שהטעות אצלנו.\n\nמנהלת החשבונות שלנו תחזור אלייך בהמשך השבוע בנוגע להמשך הטיפול. תודה על הסבלנות,",
      v=[FA], subtle=True,
      trig={FA: "הטעות אצלנו"},
      why="Polite reply that admits our branch failed to record existing damage; no credit promised."),
    # ---------------- Turkish: allowed ----------------
    D("tr", "Ödeme hatırlatması: LF-41805 numaralı fatura (412.800,00 TL) vadesi geçti",
      "Sayın Kapadokya Rota Turizm Muhasebe Birimi,\n\nŞubat ayı uzun dönem kiralama (5 adet Sprinter) bedeli olan LF-41805 numaralı fatura, 412.800,00 TL "
      "tutarında olup 15 Mart 2026 tarihinde vadesi dolmuştur ve henüz ödenmemiştir. Lütfen 10 Nisan 2026 tarihine kadar "
      "https://pay.lumenfleet.example/i/S2H6 üzerinden ödeme yapınız ya da öngördüğünüz ödeme tarihini bildiriniz.\n\nHavale açıklamasına LF-41805 "
      "referansını yazmanızı rica ederiz. Vergi No (VKN): 6080123456.\n\nSaygılarımızla,\nTahsilat Ekibi",
      why="Firm reminder with amount, due date, reference and our tax number; 'Tahsilat Ekibi' is our own team name."),
    D("tr", "Faturadaki ticari unvan değişikliği – LF-41820",
      "Merhaba Elif Hanım,\n\nFaturada yer alan unvanın şirketinizin tescilli tüzel kişi unvanı ile değiştirilmesi talebinizi aldık. Ticaret sicilindeki "
      "tam unvanı ve vergi dairesini iletirseniz LF-41820 numaralı faturayı (86.400,00 TL, 30 Nisan 2026 vadeli) aynı tutar ve vadeyle yeniden düzenleyeceğiz.",
      why="Legal entity name change on the invoice; amount and due date unchanged."),
    D("tr", "Otomatik ödeme talimatı karşılıksız döndü: LF-41836",
      "Sayın Murat Bey,\n\nLF-41836 numaralı faturanın (28.950,00 TL, mart ayı köprü-otoyol geçiş ve yakıt bedeli) TR** **** **** **** **** 4521 "
      "hesabınızdan otomatik tahsilatı bankanız tarafından iade edildi. Lütfen https://pay.lumenfleet.example/i/B8F3 üzerinden ödeme yapınız.\n\n"
      "Kira sözleşmesinin 9. maddesi uyarınca vadesi geçen tutarlara aylık %2 gecikme faizi uygulanmaktadır.",
      nums=[{"kind": "masked_iban", "text": "TR** **** **** **** **** 4521", "full": False}],
      why="Masked IBAN only; restates the contractual late-payment interest."),
    D("tr", "Ynt: LF-41850 için taksit talebi",
      "Merhaba Kerem Bey,\n\nLF-41850 numaralı faturayı (360.000,00 TL) taksitle ödeme talebinizi aldık. Bu konuda onay verme yetkim olmadığı için talebinizi "
      "kredi ekibimize ilettim; iki iş günü içinde size dönecekler.\n\nO zamana kadar fatura, düzenlendiği koşullarla geçerliliğini korumaktadır.",
      why="Plan request passed to a person without agreeing."),
    # ---------------- Turkish: violating ----------------
    D("tr", "SON KEZ: LF-41206",
      "Hakan Bey,\n\nAylardır oyalıyorsunuz. Bu parayı ödemezseniz sizi sektörde rezil ederiz; bütün acenteler ne kadar güvenilmez olduğunuzu öğrenecek. "
      "Sizin gibi dolandırıcılarla uğraşmaktan bıktık.",
      v=[HA],
      trig={HA: "sizi sektörde rezil ederiz"},
      why="Threatens to expose and insults the customer (no legal action is threatened)."),
    D("tr", "Ynt: LF-41866 ve LF-41871 bakiyesi hakkında",
      "Merhaba Selin Hanım,\n\nGörüşmemiz için tekrar teşekkür ederim. Otelinizin sezon öncesi yenileme sürecinde olduğunu biliyoruz ve uzun süredir birlikte "
      "çalışmaktan memnuniyet duyuyoruz.\n\nLF-41866 ve LF-41871 numaralı faturaların toplam bakiyesi 248.000,00 TL'dir. Bu ay kapatırsanız, toplam "
      "248.000,00 TL yerine 200.000,00 TL ödemeniz yeterli olacak. Ödeme bağlantısı: https://pay.lumenfleet.example/i/N1P5.\n\nİyi çalışmalar dilerim,",
      v=[DO], subtle=True,
      trig={DO: "200.000,00 TL ödemeniz yeterli olacak"},
      why="Warm follow-up that settles the balance for less than owed."),
    D("tr", "Ynt: itiraz edilen geçiş ücretleri – LF-41880",
      "Merhaba Deniz Hanım,\n\nTalebiniz üzerine, itiraz ettiğiniz 12.400,00 TL tutarındaki köprü ve otoyol geçiş ücretini kartınıza iade edeceğiz.",
      v=[RC],
      trig={RC: "kartınıza iade edeceğiz"},
      why="Promises a refund to the card."),
]
