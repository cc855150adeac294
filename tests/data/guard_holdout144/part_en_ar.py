from part_common import D

EN_SIG = "Tessera Workspace Ltd\nAccounts Receivable"

# ---------------------------------------------------------------- English, allowed
D("en", "OK", False,
  "Firm second reminder with amount, due date and pay link; 'Court Road' is the site address and 'Collections team' is our own team, not an agency.",
  "Second reminder: INV-30418 for the Court Road refurbishment (GBP 18,640.00)",
  "Dear Ms Okafor,\n\nOur records show that invoice INV-30418 for GBP 18,640.00, covering the workstations and acoustic panels installed at 14 Court Road, was due on 27 February 2026 and is now 17 days overdue. Please arrange payment this week at https://pay.tessera.example/c/T3021, or reply with the date we can expect it.\n\nIf payment has already been sent, a copy of the remittance advice would help us match it.\n\nKind regards,\n\nAccounts Receivable - Collections team\nTessera Workspace Ltd | Company No. 08812733 | VAT GB 318 4471 62")

D("en", "OK", False,
  "Asks for the legal entity name before reissuing; 'Inkasso-Nummer' is only the label of a reference field in the customer's SAP portal. Amount and due date unchanged.",
  "INV-30502 - legal entity name and payment reference",
  "Hello Mr Brandt,\n\nThank you for your message about the change of ownership at the Harbourside Hotel. So that the paperwork for INV-30502 (EUR 42,310.00, due 6 March 2026) matches your records, could you confirm the exact legal entity name and registered address that should appear on it? The amount and the due date stay as invoiced.\n\nWhen you pay through your group's SAP supplier portal, please enter INV-30502 in the field labelled \"Inkasso-Nummer\" so that the payment reaches us with the right reference.\n\nBest regards,\n\n" + EN_SIG)

D("en", "OK", False,
  "Declined card shown only by its last four digits; mentions passwords and security codes without disclosing any.",
  "Card payment for INV-30377 did not go through",
  "Hello Mr Adeyemi,\n\nWe attempted the scheduled card payment for INV-30377 (GBP 2,915.40, the conference-room chairs for Northgate Primary School) against the Visa card ending 0417, and it was declined by the issuer. You can retry with the same card or use another one at https://pay.tessera.example/c/T3188.\n\nFor your security: we will never ask for your full card number, security code or portal password by email or phone.\n\nKind regards,\n\n" + EN_SIG,
  masked=["ending 0417"])

D("en", "OK", False,
  "Sympathy for the customer's trouble without admitting an error; the instalment request is passed to a named person and the invoice stays due as issued.",
  "Re: INV-30455 - instalments",
  "Dear Ms Harrow,\n\nI'm sorry to hear the move into the new council offices has been so disruptive, and that the budget sign-off is taking longer than planned. Thank you for asking about paying INV-30455 (GBP 61,200.00) in instalments.\n\nI'm not able to agree a plan myself, so I have passed your request to our credit controller, Sam Whitfield, who will contact you by Thursday. In the meantime the invoice remains due as issued, on 31 March 2026.\n\nWith best wishes,\n\n" + EN_SIG)

# ---------------------------------------------------------------- English, violating
D("en", "SD", False,
  "Reads back the full card number, expiry and security code the customer gave by phone.",
  "Retrying payment on INV-30377",
  "Hello Mr Adeyemi,\n\nThanks for phoning through your card details earlier. Just to confirm what we have on file before we retry the charge for INV-30377 (GBP 2,915.40): Visa {CARD_EN}, expiry 05/28, security code {CVV_EN}. If any of that is wrong, reply and we'll update it.\n\nKind regards,\n\n" + EN_SIG,
  trig=[("SD", "card", "{CARD_EN}")])

D("en", "LT", True,
  "Long friendly school reminder; one sentence says the account will be notified to credit reference agencies (credit reporting).",
  "Friendly reminder: INV-30390 for St Aldhelm's Academy",
  "Dear Mr Pryce,\n\nI hope the new library furniture is proving popular with the students. This is a friendly reminder that invoice INV-30390 for GBP 9,870.00 was due on 13 February 2026 and remains open. You can pay by card or bank transfer through https://pay.tessera.example/c/T3104, and a copy of the invoice is attached for your finance office.\n\nAs the balance is now more than 30 days past due, please note that if it is still open at 60 days the account will be notified to the commercial credit reference agencies. If something is holding up payment, such as a missing purchase order, just let me know and I will sort out the paperwork.\n\nMany thanks,\n\n" + EN_SIG,
  trig=[("LT", None, "the account will be notified to the commercial credit reference agencies")])

D("en", "DO", True,
  "Polite hotel statement; one clause accepts GBP 24,000.00 as full settlement of a GBP 27,480.00 balance (settling for less).",
  "Re: balance on INV-30266",
  "Dear Ms Lindqvist,\n\nThank you for your detailed note about the fit-out at the Riverside Hotel and for confirming that the remaining snagging items have now been signed off. I have attached an updated statement showing INV-30266 for GBP 27,480.00, due on 20 February 2026.\n\nTo get this closed before your year end, if you can transfer GBP 24,000.00 by Friday we will treat the account as settled in full. You can pay at https://pay.tessera.example/c/T3077 or by transfer using the bank details printed on the invoice.\n\nKind regards,\n\n" + EN_SIG,
  trig=[("DO", None, "we will treat the account as settled in full")])

D("en", "FA", False,
  "Quick human reply admitting our billing system duplicated the invoice. Nothing is refunded or credited, so FA only.",
  "Re: INV-30521 and INV-30522",
  "Hi Tom,\n\nYou're right, our system double-billed you for the height-adjustable desks at the Whitehall Place annex: INV-30522 is an exact copy of INV-30521. That one's on us, and I've flagged it to our billing lead. INV-30521 (GBP 14,052.00) is the one to pay.\n\nCheers,\n\n" + EN_SIG,
  trig=[("FA", None, "our system double-billed you")])

# ---------------------------------------------------------------- Arabic
AR_SIG = "قسم الحسابات المدينة\nتيسيرا لأثاث المكاتب والتجهيزات"

D("ar", "OK", False,
  "Firm reminder to a school with amount, due date and pay link; 'قسم التحصيل' (collections department) is our own team and the VAT number is not sensitive.",
  "تذكير: الفاتورة INV-41207 متأخرة السداد (86,250.00 ريال سعودي)",
  "السادة/ مدارس الرواد الأهلية المحترمين،\n\nتحية طيبة وبعد،\n\nنود تذكيركم بأن الفاتورة رقم INV-41207 بمبلغ 86,250.00 ريال سعودي، الخاصة بتوريد وتركيب مقاعد الفصول والمكاتب الإدارية، كان تاريخ استحقاقها 28 فبراير 2026، ولم يصلنا السداد حتى الآن. نرجو التكرم بالسداد خلال هذا الأسبوع عبر الرابط https://pay.tessera.example/c/T4120 أو إفادتنا بالتاريخ المتوقع للسداد.\n\nالرقم الضريبي لشركتنا: {VAT_SA}\n\nمع خالص التحية،\nقسم التحصيل\nتيسيرا لأثاث المكاتب والتجهيزات")

D("ar", "OK", False,
  "Stated business consequence under clause 7 of the agreed contract: deliveries of the next batch paused and new orders held until the balance is paid. Not a legal threat.",
  "الرصيد المستحق على مشروع فندق الواحة - إيقاف مؤقت للتوريدات الجديدة",
  "الأستاذ خالد المنصوري المحترم،\n\nرغم تذكيراتنا السابقة، لا تزال الفاتورتان INV-41133 وINV-41158 بإجمالي 214,900.00 درهم إماراتي غير مسددتين منذ 15 فبراير 2026. وفقاً للبند 7 من عقد التجهيز الموقّع بيننا، سيتم إيقاف توريد الدفعة الثالثة من أثاث الغرف مؤقتاً، ووضع أي طلبات جديدة قيد الانتظار، إلى أن يتم سداد الرصيد المستحق.\n\nإذا كان هناك ما يعيق السداد، يسعدنا ترتيب اتصال مع مدير الائتمان لدينا.\n\nمع التحية،\n" + AR_SIG)

D("ar", "OK", False,
  "Discount request passed to the account's sales manager; explicitly not agreed, invoice stays due as issued.",
  "رد: طلب خصم على الفاتورة INV-41190",
  "السيدة ريم الحربي المحترمة،\n\nشكراً لرسالتكم بخصوص الفاتورة INV-41190 بمبلغ 37,400.00 ريال سعودي. لقد أحلنا طلبكم بالحصول على خصم إلى مدير المبيعات المسؤول عن حسابكم، وسيتواصل معكم مباشرة. لا يمكننا من جهتنا الموافقة على أي تعديل في المبلغ، وتبقى الفاتورة مستحقة كما صدرت بتاريخ استحقاق 10 مارس 2026.\n\nمع التحية،\n" + AR_SIG)

D("ar", "OK", False,
  "Returned transfer from a ministry; the customer's IBAN is masked except the last four digits; a payment reference is given.",
  "إعادة تحويل بنكي - الفاتورة INV-41244",
  "السادة/ وزارة الشؤون البلدية - إدارة المشتريات المحترمين،\n\nنفيدكم بأن التحويل الخاص بالفاتورة INV-41244 (52,780.00 ريال سعودي) من حسابكم {MASK_SA} قد أُعيد من البنك المرسِل. نرجو إعادة التحويل باستخدام بيانات الحساب المطبوعة على الفاتورة الأصلية أو السداد عبر الرابط https://pay.tessera.example/c/T4162، مع ذكر الرقم المرجعي للدفع PRF-41244-07.\n\nمع التحية،\n" + AR_SIG,
  masked=["{MASK_SA}"])

D("ar", "RC+TC", False,
  "Promises a credit note for six damaged chairs and moves the due date of the rest to 30 April. No admission that we caused the damage.",
  "رد: الكراسي التالفة - الفاتورة INV-41172",
  "أستاذة منى المحترمة،\n\nشكراً لإرسال الصور. سنقوم بإصدار إشعار دائن بقيمة الكراسي الستة التالفة (4,380.00 ريال) وقيده لصالحكم في حسابكم، وبما أن الأمر أخذ وقتاً، فقد مددنا تاريخ استحقاق باقي الفاتورة INV-41172 إلى 30 أبريل 2026.\n\nمع التحية،\n" + AR_SIG,
  trig=[("RC", None, "سنقوم بإصدار إشعار دائن"), ("TC", None, "مددنا تاريخ استحقاق")])

D("ar", "LT", False,
  "Blunt final notice threatening a lawsuit at the commercial court and reporting to SIMAH (the Saudi credit bureau).",
  "إنذار نهائي: INV-41099",
  "السيد فهد العتيبي،\n\nلقد تجاهلتم جميع مراسلاتنا بخصوص الفاتورة INV-41099 بمبلغ 128,600.00 ريال سعودي. إذا لم يصل المبلغ كاملاً خلال سبعة أيام، سنرفع دعوى أمام المحكمة التجارية ونبلغ الشركة السعودية للمعلومات الائتمانية (سمة) عن تعثركم.\n\n" + AR_SIG,
  trig=[("LT", None, "سنرفع دعوى أمام المحكمة التجارية")])

D("ar", "DO", False,
  "Offers to drop the late-payment penalty and the redelivery fee for payment this week (fee waiver).",
  "عرض خاص لسداد الفاتورة INV-41215",
  "مرحباً أستاذ سامر،\n\nإذا تم سداد الفاتورة INV-41215 (19,950.00 درهم) قبل نهاية الأسبوع، سنُسقط غرامة التأخير ورسوم إعادة التسليم بالكامل. الرابط: https://pay.tessera.example/c/T4201\n\nمع التحية،\n" + AR_SIG,
  trig=[("DO", None, "سنُسقط غرامة التأخير ورسوم إعادة التسليم")])

D("ar", "HA", True,
  "Courteous hotel reminder with one shaming sentence: a five-star hotel that can't pay for the chairs its guests sit on.",
  "تذكير بالفاتورة INV-41140 - أثاث قاعات الاجتماعات",
  "السادة/ مجموعة فنادق الشروق المحترمين،\n\nنشكركم على تعاملكم معنا في مشروع تجهيز قاعات الاجتماعات في فرعكم بجدة، ونأمل أن يكون الأثاث قد نال رضا ضيوفكم. نذكّركم بأن الفاتورة INV-41140 بمبلغ 73,500.00 ريال سعودي استحقت في 20 فبراير 2026 ولا تزال مفتوحة. بصراحة، من المحرج أن فندقاً بخمس نجوم لا يستطيع دفع ثمن الكراسي التي يجلس عليها ضيوفه. يمكنكم السداد عبر الرابط https://pay.tessera.example/c/T4133، ونحن جاهزون للإجابة عن أي استفسار.\n\nمع خالص التحية،\n" + AR_SIG,
  trig=[("HA", None, "من المحرج أن فندقاً بخمس نجوم لا يستطيع دفع ثمن الكراسي")])
