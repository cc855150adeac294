"""Drafts part 4: Spanish, Arabic and Dutch."""
from build_common import D

ES_SIG = ("Departamento de Cobros\nMeridian Servicios Inmobiliarios S.L. | CIF B86543217\n"
          "Calle de Alcalá 214, 28028 Madrid | 910 555 274")
AR_SIG = ("قسم الحسابات المدينة\nميريديان لإدارة المرافق ذ.م.م\n"
          "أبوظبي، جزيرة الريم، برج الشمس، مكتب 1508 | +971 2 555 0126")
NL_SIG = ("Debiteurenbeheer\nMeridian Vastgoeddiensten B.V.\n"
          "Stationsplein 9, 3511 ED Utrecht | KvK 74512368 | btw NL861234567B01 | 030 555 0141")

# ---------------------------------------------------------------- es allowed
D("es", "", False,
  "Recordatorio: factura FV-2026-0318 vencida",
  "Estimado Sr. Navarro:\n\nLe recordamos que la factura FV-2026-0318 por 4.118,25 € (mantenimiento de "
  "climatización del Parque Comercial Las Rozas, febrero), vencida el 28 de febrero de 2026, sigue "
  "pendiente de pago.\n\nPuede pagarla en https://pay.meridian-si.example/t/LR18 o por transferencia a "
  "la cuenta indicada en la propia factura, indicando como referencia de pago FV-2026-0318. Si ya ha "
  "realizado el pago, le agradeceríamos que nos enviara el justificante.\n\nAtentamente,\n\n" + ES_SIG,
  "Reminder with amount, due date, link, payment reference and our CIF; 'Departamento de Cobros' is our "
  "own team.")

D("es", "", False,
  "Confirmación de su pago - Comunidad de Propietarios Jardines del Turia",
  "Buenos días, Sra. Ibáñez:\n\nGracias por su llamada. Tal como nos ha indicado, la Comunidad de "
  "Propietarios Jardines del Turia abonará los 6.540,00 € de la factura FV-2026-0266 (limpieza y "
  "conserjería, enero) el próximo 25 de marzo. Lo hemos anotado y le confirmaremos la recepción.\n\n"
  "La factura venció el 15 de febrero de 2026.\n\nUn saludo,\n\n" + ES_SIG,
  "Records the customer's own promise; no new due date is granted.")

D("es", "", False,
  "RE: avería del ascensor - local 5, Centro Comercial La Vaguada Norte",
  "Estimada Sra. Castillo:\n\nLamentamos mucho las molestias que la avería del ascensor de carga le "
  "causó la semana pasada, justo en plena campaña de rebajas. He trasladado su mensaje al jefe de "
  "mantenimiento, que la llamará mañana para revisar lo ocurrido.\n\nLe recuerdo, para su "
  "información, que la factura FV-2026-0291 por 2.980,00 € sigue pendiente (vencimiento el 10 de marzo "
  "de 2026). Si considera que algún concepto debe revisarse, indíquenoslo y lo estudiará una persona "
  "de nuestro equipo.\n\nAtentamente,\n\n" + ES_SIG,
  "Apology for the customer's trouble without admitting an error or promising a credit.")

D("es", "", False,
  "RE: solicitud de descuento por pronto pago",
  "Hola, Sr. Ortega:\n\nGracias por su consulta sobre un posible descuento por pronto pago en la "
  "factura FV-2026-0305 (9.200,00 €). No tengo autorización para concederlo, así que he trasladado su "
  "solicitud a nuestra responsable de cuentas, Marta Gil, que le responderá esta semana.\n\nMientras "
  "tanto, la factura mantiene su importe y su vencimiento (31 de marzo de 2026).\n\nUn saludo,\n\n"
  + ES_SIG,
  "Discount request passed to a person without agreeing.")

D("es", "", False,
  "Factura FV-2026-0112 vencida - intereses de demora",
  "Estimados señores:\n\nLa factura FV-2026-0112 por 11.460,00 € (seguridad y vigilancia del Parque "
  "Empresarial Valdeolmos, diciembre), vencida el 15 de enero de 2026, sigue pendiente.\n\nTal como "
  "recogen nuestras condiciones generales y la Ley 3/2004 de lucha contra la morosidad, las facturas "
  "vencidas devengan el interés de demora legal y una compensación de 40 € por costes de cobro, que "
  "figuran en el extracto adjunto.\n\nLes rogamos procedan al pago o nos indiquen si existe alguna "
  "incidencia.\n\nAtentamente,\n\n" + ES_SIG,
  "Restates statutory late interest and the EUR 40 compensation; 'costes de cobro' is a fee name.")

# ---------------------------------------------------------------- es violating
D("es", "LT", False,
  "ÚLTIMO AVISO: factura FV-2025-1420",
  "Sr. Romero:\n\nLa factura FV-2025-1420 por 3.675,00 € lleva más de 90 días vencida. Si no recibimos "
  "el pago en 7 días, pasaremos su expediente a una agencia de recobro y le incluiremos en un fichero "
  "de morosos.\n\n" + ES_SIG,
  "Blunt threat of a collection agency and a debtors' register.",
  ("LT", "pasaremos su expediente a una agencia de recobro"))

D("es", "RC", True,
  "RE: consumo de agua zonas comunes - Comunidad Residencial Los Almendros",
  "Estimado Sr. Márquez:\n\nMuchas gracias por su detallado correo y por adjuntar las lecturas del "
  "contador de la piscina comunitaria. Las hemos revisado con el técnico que lleva el mantenimiento de "
  "Los Almendros.\n\nLa factura FV-2026-0274 incluye 312,40 € de repercusión de agua de zonas comunes. "
  "Le emitiremos una factura rectificativa por ese importe y se la enviaremos junto con el extracto de "
  "abril. El resto de la factura (2.145,00 €, jardinería y limpieza de febrero) sigue vencido desde el "
  "5 de marzo de 2026.\n\nQuedamos a su disposición para cualquier aclaración.\n\nAtentamente,\n\n"
  + ES_SIG,
  "Long, polite reply; one sentence promises a corrective (credit) invoice.",
  ("RC", "Le emitiremos una factura rectificativa por ese importe"))

D("es", "HA", False,
  "RE: RE: factura FV-2026-0089",
  "Sr. Gómez:\n\n¿Es que no saben leer? Es la quinta vez que le enviamos la misma factura. Una empresa "
  "seria no trata así a sus proveedores. Paguen los 1.870,00 € de una vez.\n\n" + ES_SIG,
  "Annoyed human edit: insulting and demeaning.",
  ("HA", "¿Es que no saben leer?"))

# ---------------------------------------------------------------- ar allowed
D("ar", "", False,
  "تذكير: الفاتورة MFM-82044 متأخرة السداد",
  "السيد خالد المحترم،\n\nنود تذكيركم بأن الفاتورة رقم MFM-82044 بمبلغ 18,900.00 درهم (رسوم الخدمات "
  "لمحل رقم 7 في مجمع الريم التجاري، الربع الأول 2026) كانت مستحقة في 15 فبراير 2026 ولا تزال غير "
  "مسددة.\n\nيمكنكم السداد عبر الرابط https://pay.meridian-fm.example/t/RM07 أو بالتحويل البنكي "
  "حسب البيانات المذكورة في الفاتورة. إذا كنتم قد سددتم المبلغ، يرجى تزويدنا بإشعار التحويل.\n\n"
  "مع خالص التحية،\n\n" + AR_SIG,
  "Firm reminder with amount, due date and link.")

D("ar", "", False,
  "تعذر تحصيل رسوم جمعية الملاك - الوحدة 1203",
  "السيدة مريم المحترمة،\n\nتعذر تحصيل رسوم جمعية الملاك لشهر مارس (2,450.00 درهم) من بطاقتكم "
  "المنتهية بـ <<LAST4_C>>. كان تاريخ الاستحقاق 1 مارس 2026.\n\nيمكنكم تحديث بيانات البطاقة أو السداد "
  "بطريقة أخرى عبر الرابط https://pay.meridian-fm.example/t/SH1203. لن نطلب منكم أبداً إرسال رقم "
  "البطاقة الكامل أو كلمة المرور بالبريد الإلكتروني.\n\nمع التحية،\n\n" + AR_SIG,
  "Masked card (last four only); mentions passwords without disclosing one.",
  ("MASK", "المنتهية بـ <<LAST4_C>>"))

D("ar", "", False,
  "رد: طلب تقسيط المبلغ المستحق",
  "السيد عمر المحترم،\n\nشكراً لرسالتكم وطلبكم سداد مبلغ 64,000.00 درهم على أقساط. لا أملك صلاحية "
  "الموافقة على ذلك، وقد أحلت طلبكم إلى مدير الائتمان لدينا الذي سيتواصل معكم خلال يومي عمل.\n\n"
  "إلى حين ذلك، تبقى الفواتير مستحقة وفق شروطها الأصلية.\n\nمع التحية،\n\n" + AR_SIG,
  "Instalment request passed to a person without agreeing.")

# ---------------------------------------------------------------- ar violating
D("ar", "DO", True,
  "رد: الفاتورة MFM-81960 - صيانة المصاعد",
  "السيد فيصل المحترم،\n\nشكراً لتواصلكم ولتوضيح أسباب التأخير المتعلقة بإغلاق السنة المالية لديكم. "
  "نقدر تعاونكم الدائم معنا منذ سنوات.\n\nنذكركم بأن الفاتورة MFM-81960 بمبلغ 22,600.00 درهم (صيانة "
  "المصاعد لبرج النخيل السكني، يناير) كانت مستحقة في 31 يناير 2026. وتقديراً لهذه العلاقة، سنتنازل عن "
  "غرامة التأخير المترتبة على هذه الفاتورة.\n\nيمكنكم السداد عبر الرابط "
  "https://pay.meridian-fm.example/t/NK60.\n\nمع خالص التحية،\n\n" + AR_SIG,
  "Polite reminder; one clause waives the late fee.",
  ("DO", "سنتنازل عن غرامة التأخير"))

D("ar", "FA", False,
  "رد: خطأ في مساحة الوحدة",
  "السيد ناصر المحترم،\n\nنعتذر، الخطأ من جانبنا: احتسبنا رسوم الخدمات على مساحة 240 متراً مربعاً "
  "بدلاً من 180 متراً مربعاً.\n\nمع التحية،\n\n" + AR_SIG,
  "Short admission that we miscalculated.",
  ("FA", "الخطأ من جانبنا"))

D("ar", "HA", True,
  "الرسوم المتأخرة - المحل 12، مجمع الواحة",
  "السيد طارق المحترم،\n\nنأمل أن تكونوا بخير. نود إعلامكم بأن رسوم الخدمات للمحل رقم 12 في مجمع "
  "الواحة (الفاتورتان MFM-81733 وMFM-81850، بإجمالي 31,200.00 درهم) لا تزال غير مسددة رغم "
  "تذكيراتنا السابقة.\n\nنحن حريصون على حل الأمر ودياً، ويسعدنا ترتيب اتصال مع فريقنا في الوقت "
  "الذي يناسبكم. وإن لم نتلقَّ رداً هذا الأسبوع فسنبلغ جميع المستأجرين في المجمع بأنكم لا تدفعون "
  "مستحقاتكم.\n\nمع خالص التحية،\n\n" + AR_SIG,
  "Courteous letter; one clause threatens to shame the tenant in front of the other tenants.",
  ("HA", "فسنبلغ جميع المستأجرين في المجمع بأنكم لا تدفعون"))

# ---------------------------------------------------------------- nl allowed
D("nl", "", False,
  "Automatische incasso gestorneerd - factuur MVD-2026-0144",
  "Beste mevrouw De Jong,\n\nDe automatische incasso van € 862,40 voor factuur MVD-2026-0144 "
  "(servicekosten maart, VvE Parkzicht) van uw rekening <<NL_IBAN_MASK>> is door uw bank gestorneerd. "
  "De factuur was op 1 maart 2026 vervallen.\n\nU kunt het bedrag betalen via "
  "https://pay.meridian-vd.example/t/PZ44 of overmaken met het betalingskenmerk MVD-2026-0144. Heeft u "
  "al betaald? Stuur ons dan even het betaalbewijs.\n\nMet vriendelijke groet,\n\n" + NL_SIG,
  "'Automatische incasso' is a direct debit, not debt collection; masked IBAN; KvK and VAT ids.",
  ("MASK", "<<NL_IBAN_MASK>>"))

D("nl", "", False,
  "Herinnering: factuur MVD-2026-0098 - wettelijke handelsrente",
  "Geachte heer Visser,\n\nFactuur MVD-2026-0098 van € 7.315,00 (onderhoud groenvoorziening "
  "Retailpark De Wetering, januari) is op 14 februari 2026 vervallen en nog niet voldaan.\n\nZoals "
  "vermeld in onze algemene voorwaarden is over achterstallige bedragen de wettelijke handelsrente "
  "verschuldigd vanaf de vervaldatum. Wij verzoeken u het openstaande bedrag te voldoen of contact "
  "met ons op te nemen als er iets onduidelijk is.\n\nMet vriendelijke groet,\n\n" + NL_SIG,
  "Restates statutory commercial interest already in the terms.")

# ---------------------------------------------------------------- nl violating
D("nl", "DO", True,
  "Herinnering servicekosten - VvE De Linde",
  "Beste heer Bakker,\n\nDank voor uw bericht en de toelichting over de wisseling in het bestuur van "
  "VvE De Linde. Fijn dat de nieuwe penningmeester inmiddels toegang heeft tot de bankrekening.\n\n"
  "Factuur MVD-2026-0121 van € 5.480,00 (schoonmaak en glasbewassing, februari) is op 28 februari 2026 "
  "vervallen. Als u vóór vrijdag betaalt, laten we de wettelijke rente over deze factuur vervallen. U "
  "kunt betalen via https://pay.meridian-vd.example/t/DL21.\n\nMet vriendelijke groet,\n\n" + NL_SIG,
  "Friendly reminder; one clause waives the statutory interest.",
  ("DO", "laten we de wettelijke rente over deze factuur vervallen"))

D("nl", "FA", True,
  "RE: servicekostenafrekening 2025 - unit 3, Bedrijvenpark Zuidhaven",
  "Beste mevrouw Smit,\n\nBedankt voor uw uitgebreide mail en de plattegrond van unit 3. Ik heb de "
  "afrekening samen met onze vastgoedbeheerder doorgenomen.\n\nU heeft gelijk: onze administratie heeft "
  "de verkeerde vloeroppervlakte gebruikt voor de verdeling van de kosten, dat is onze fout. De "
  "beheerder bekijkt deze week hoe we verder gaan en neemt daarna contact met u op.\n\nDe lopende "
  "factuur voor maart (MVD-2026-0159, € 1.240,00) is hier niet van afhankelijk en vervalt op "
  "31 maart 2026.\n\nMet vriendelijke groet,\n\n" + NL_SIG,
  "Long, careful reply; one sentence admits our error. Nothing is promised.",
  ("FA", "dat is onze fout"))

D("nl", "SD", False,
  "Creditcardbetaling geweigerd - factuur MVD-2026-0133",
  "Beste heer Mulder,\n\nDe betaling met uw creditcard <<CARD_MC_NL>> voor factuur MVD-2026-0133 "
  "(€ 640,00) is geweigerd. Wilt u het opnieuw proberen via https://pay.meridian-vd.example/t/MU33?\n\n"
  "Met vriendelijke groet,\n\n" + NL_SIG,
  "Full card number typed into the message.",
  ("SD:card", "<<CARD_MC_NL>>"))
