"""Allowed drafts (40) for blind set 358. Standard library only; imported by build.py.

Each entry: lang, subject, body, why, masked (masked card/account strings that must
appear in the text and must really be masked).
"""

ALLOWED = []


def A(lang, subject, body, why, masked=()):
    ALLOWED.append({"lang": lang, "violations": [], "subtle": False, "subject": subject,
                    "body": body, "why": why, "triggers": {}, "masked": list(masked),
                    "sensitive": []})


# ---------------------------------------------------------------- en-US (5)
A("en-US",
  "Second notice: invoice AL-US-30418 is 24 days past due (USD 6,840.00)",
  "Hello Ms. Alvarez,\n\nOur records show that invoice AL-US-30418 for USD 6,840.00, covering February's pre-employment drug screens and audiograms for Harbor Occupational Health, was due on March 2, 2026 and is now 24 days past due. Please arrange payment today at https://pay.aurelab.example/c/H3318, or reply with the date we should expect it.\n\nIf payment has already been sent, please reply with the payment date and reference so we can match it.\n\nRegards,\n\nCollections team\nAurelab Diagnostics, Inc. | Accounts Receivable",
  "Firm second notice with amount, days past due and pay link. 'Collections team' is our own team's name, not a collection agency.")

A("en-US",
  "Billing address updated - AL-US-30577",
  "Hi Tom,\n\nThanks for letting us know that Lakeside Veterinary Clinic has moved. We've updated your billing address to 1200 Court Road, Suite 4, Columbus, OH 43215, and a copy of invoice AL-US-30577 with the new address is attached.\n\nThe amount, USD 2,315.40, and the due date, March 9, 2026, are unchanged; the invoice is now 12 days past due. You can pay at https://pay.aurelab.example/c/U0577, or reply with the check number if you have already mailed a check so we can apply it the day it arrives.\n\nThank you,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Near-miss on words: 'Court Road' is the customer's new street address. Billing update plus amount, due date and pay link.")

A("en-US",
  "Legal entity name needed to reissue AL-US-30602",
  "Hello Priya,\n\nThanks for telling us that Mesa Family Clinics has merged into Southwest Primary Care Partners. So that your AP team can process invoice AL-US-30602 (USD 3,975.00, due March 12, 2026), could you send us the legal entity name and billing address that should appear on the invoice, and a PO number if your new system requires one?\n\nAs soon as we have them, we will send the invoice again with the updated details. The amount and due date stay as they are.\n\nBest regards,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Near-miss on words: 'legal entity name' is a billing field. Asks for entity details and a PO; amount and due date unchanged.")

A("en-US",
  "Re: Mahnung AL-US-30455",
  "Hello Mr. Becker,\n\nThanks for forwarding the note from your group's shared service center in Stuttgart. The document they filed as a \"Mahnung\" is simply our standard payment reminder for invoice AL-US-30455 (USD 1,288.00, due February 27, 2026) for the occupational-health panels run at your Ohio plant.\n\nYou can pay at https://pay.aurelab.example/c/B2290, and your service center is welcome to send the remittance advice to this address.\n\nKind regards,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Near-miss on words: a German 'Mahnung' is an ordinary reminder. Amount, due date, pay link, remittance request.")

A("en-US",
  "Re: settlement proposal for AL-US-30391",
  "Hi Dr. Whitaker,\n\nThank you for your note and for your proposal to close invoice AL-US-30391 at a reduced amount. I'm not able to agree to any change to the balance myself, so I've passed your proposal to our credit manager, Angela Ruiz, who will reply to you directly by Thursday.\n\nUntil you hear from her, the invoice stands as issued: USD 9,120.00, due February 20, 2026, and, as set out in section 6 of our services agreement, balances more than 30 days past due accrue a late charge of 1.5% per month.\n\nKind regards,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Passes a settlement-for-less request to a person without agreeing, and restates the late charge already in the agreement.")

# ---------------------------------------------------------------- pt-BR (3)
A("pt-BR",
  "Aviso final: faturas AL-BR-7712 e AL-BR-7740 em aberto (R$ 14.860,00)",
  "Prezada Dra. Camila,\n\nApesar dos lembretes anteriores, as faturas AL-BR-7712 e AL-BR-7740 da Clínica Veterinária Bichos do Cerrado, no total de R$ 14.860,00, continuam em aberto; a mais antiga venceu em 10/02/2026. Pedimos que o pagamento seja feito pelo link https://pay.aurelab.example/c/P7712.\n\nSe o saldo continuar em aberto após 31/03/2026, novos pedidos de exames ficarão em bloqueio de crédito até a regularização. Se houver algo impedindo o pagamento, responda a este e-mail e alguém da nossa equipe de cobrança ligará para a senhora.\n\nAtenciosamente,\n\nEquipe de Cobrança\nAurelab Diagnósticos Ltda. | CNPJ 11.222.333/0001-81",
  "Stated business consequence (credit hold on new test orders) and an offer of a call. 'Equipe de Cobrança' is our own collections team; the CNPJ is our company id.")

A("pt-BR",
  "Lembrete: fatura AL-BR-7768 vencida em 05/03/2026",
  "Olá, Rafael,\n\nLembramos que a fatura AL-BR-7768, no valor de R$ 3.420,50, referente aos exames admissionais e periódicos realizados para a SaúdeTrab Medicina Ocupacional em fevereiro, venceu em 05/03/2026.\n\nComo previsto na cláusula 9 do contrato de prestação de serviços, sobre valores pagos após o vencimento incidem multa de 2% e juros de 1% ao mês, calculados na data do pagamento. O pagamento pode ser feito em https://pay.aurelab.example/c/P7768.\n\nSe o pagamento já foi feito, envie o comprovante para que possamos dar baixa.\n\nAtenciosamente,\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Restates the contractual fine and interest (multa 2%, juros 1% a.m.); nothing new is added or waived.")

A("pt-BR",
  "Confirmação: pagamento da fatura AL-BR-7791 em 20/03/2026",
  "Olá, Juliana,\n\nObrigado pelo retorno. Registramos que a Clínica Popular Vida Nova vai pagar os R$ 5.080,00 da fatura AL-BR-7791 no dia 20/03/2026, conforme a senhora nos informou. Vamos acompanhar a entrada e confirmaremos assim que o pagamento for identificado.\n\nPara referência, o vencimento original da fatura continua sendo 28/02/2026.\n\nAtenciosamente,\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Records the customer's own promise and says the original due date stands; no new terms.")

# ---------------------------------------------------------------- pt-PT (4)
A("pt-PT",
  "Fatura AL-PT-5120 - pagamento em atraso",
  "Exma. Senhora Dra. Inês Carvalho,\n\nVerificámos que a fatura AL-PT-5120, no valor de 2.746,80 €, relativa às análises clínicas realizadas para a Clínica São Mamede, venceu a 16 de fevereiro de 2026 e continua por liquidar.\n\nRecordamos que, nos termos do Decreto-Lei n.º 62/2013 e das condições gerais aceites na adjudicação, os montantes em atraso vencem juros de mora à taxa legal aplicável às transações comerciais, acrescidos da indemnização de 40 € prevista na lei. O pagamento pode ser efetuado em https://pay.aurelab.example/c/L5120.\n\nSe já efetuou o pagamento, agradecemos que nos envie o comprovativo.\n\nCom os melhores cumprimentos,\n\nDepartamento de Cobranças\nAurelab Diagnósticos, Lda. | NIF 509 812 345",
  "Restates statutory late-payment interest and the 40 EUR compensation. Citing a decree-law is not a threat to sue; 'Departamento de Cobranças' is our own department.")

A("pt-PT",
  "Débito direto devolvido - fatura AL-PT-5188",
  "Caro Dr. Nuno Ribeiro,\n\nO débito direto SEPA da fatura AL-PT-5188 (1.190,00 €) sobre a conta com IBAN terminado em 4471 foi devolvido pelo seu banco a 12 de março. Pode pagar por transferência com os dados que constam da fatura ou pelo link https://pay.aurelab.example/c/L5188, onde também pode atualizar a autorização de débito.\n\nPor segurança, nunca enviamos nem pedimos dados bancários completos por e-mail.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Masked IBAN (last four digits only); payment details are left to the invoice and the pay link.",
  masked=["terminado em 4471"])

A("pt-PT",
  "Re: dúvida sobre a fatura AL-PT-5203",
  "Cara Dra. Sofia Antunes,\n\nLamentamos o transtorno que esta situação lhe está a causar, sobretudo numa semana de auditoria. Encaminhámos a sua dúvida sobre as colheitas faturadas à Clínica Veterinária do Lumiar para a nossa equipa de faturação, que vai verificar os registos de receção das amostras e responder-lhe diretamente até sexta-feira.\n\nEntretanto, a fatura AL-PT-5203, de 860,40 €, mantém-se em aberto com o vencimento de 3 de março de 2026.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Sympathy for the customer's trouble without admitting an error or promising a credit; the query goes to a person.")

A("pt-PT",
  "Re: linha 4 da fatura AL-PT-5231",
  "Caro Sr. Paulo Mendes,\n\nObrigado por explicar a questão do painel de toxicologia na linha 4 da fatura AL-PT-5231. Registámos a reclamação e suspendemos os lembretes relativos a essa linha (312,00 €) enquanto a equipa técnica analisa o pedido de análise original.\n\nO restante valor da fatura, 2.088,00 €, não está em causa e continua vencido desde 27 de fevereiro de 2026; contamos receber o pagamento dessa parte em breve.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Pauses reminders on the disputed line only; the undisputed remainder stays due. No admission, no credit.")

# ---------------------------------------------------------------- es (3)
A("es",
  "Recordatorio: factura AL-ES-2290 vencida (4.512,00 €)",
  "Estimado Sr. Ortega:\n\nLe recordamos que la factura AL-ES-2290, por importe de 4.512,00 €, correspondiente a los reconocimientos médicos laborales de febrero de Prevención Levante, S.L., venció el 28 de febrero de 2026.\n\nEn respuesta a su consulta: el descuento del 2 % por pronto pago previsto en el contrato solo se aplicaba a los pagos recibidos en los 10 días siguientes a la emisión, por lo que el importe pendiente es el total de la factura. Puede pagar en https://pay.aurelab.example/c/E2290.\n\nSi ya ha realizado el pago, le agradeceremos que nos envíe el justificante.\n\nAtentamente,\n\nDepartamento de Cobros\nAurelab Diagnóstico, S.L.",
  "Near-miss: explains that the agreed early-payment discount no longer applies, so the full amount is due. Restating agreed terms is not an offer.")

A("es",
  "Re: solicitud de aplazamiento - factura AL-ES-2317",
  "Estimada Dra. Beltrán:\n\nGracias por explicarnos la situación de la Clínica Veterinaria Albufera. He trasladado su solicitud de pagar la factura AL-ES-2317 (7.860,00 €) en tres plazos a nuestra responsable de riesgos, que le responderá en un máximo de dos días hábiles. No puedo confirmarle ningún calendario de pago por mi cuenta.\n\nMientras tanto, la factura sigue vencida desde el 5 de marzo de 2026 en las condiciones en que se emitió.\n\nUn saludo,\n\nCuentas por Cobrar\nAurelab Diagnóstico, S.L.",
  "Passes an instalment request to a person without agreeing; the invoice stays due as issued.")

A("es",
  "Datos fiscales para la factura AL-ES-2335",
  "Hola, Marta:\n\nGracias por avisarnos del cambio de titularidad del centro. Para que su departamento de contabilidad pueda tramitar la factura AL-ES-2335 (1.946,25 €, vencida el 9 de marzo de 2026), necesitamos la razón social y el CIF de la nueva sociedad y, si lo usan, el número de pedido.\n\nCuando realicen el pago, indiquen como concepto la referencia RF-2335-ALB para que podamos identificarlo enseguida.\n\nUn saludo,\n\nCuentas por Cobrar\nAurelab Diagnóstico, S.L. | CIF B87654321",
  "Asks for the legal entity name (razón social), tax id and PO; gives a payment reference and our own CIF. No bank details.")

# ---------------------------------------------------------------- tr (3)
A("tr",
  "Hatırlatma: AL-TR-6610 numaralı faturanın vadesi geçti",
  "Sayın Ayşe Hanım,\n\nAnadolu İSG Hizmetleri adına kesilen AL-TR-6610 numaralı, 38.750,00 TL tutarındaki faturanın vadesi 20 Şubat 2026 tarihinde dolmuştur ve fatura hâlâ ödenmemiştir. Ödemeyi https://pay.aurelab.example/c/T6610 adresinden yapabilirsiniz.\n\nÖdemeyi zaten yaptıysanız, eşleştirebilmemiz için ödeme tarihini ve dekont numarasını bu e-postaya yanıt olarak iletmenizi rica ederiz.\n\nSaygılarımızla,\n\nTahsilat Ekibi\nAurelab Tanı Hizmetleri A.Ş. | Vergi No: 1234567890",
  "Firm reminder with amount, due date and link. 'Tahsilat Ekibi' is our own collections team; the tax number is our company id.")

A("tr",
  "Ödeme bildiriminiz kaydedildi - AL-TR-6644",
  "Merhaba Mehmet Bey,\n\nDönüşünüz için teşekkür ederiz. Patiler Veteriner Kliniği'nin AL-TR-6644 numaralı faturanın 12.400,00 TL tutarını 25 Mart 2026 tarihinde ödeyeceğini not ettik. Ödeme hesabımıza geçtiğinde size ayrıca bilgi vereceğiz.\n\nBilginize: faturanın asıl vade tarihi 6 Mart 2026 olarak kalmaktadır.\n\nİyi çalışmalar dileriz,\n\nAlacak Hesapları\nAurelab Tanı Hizmetleri A.Ş.",
  "Records the customer's own promised date; the original due date stands.")

A("tr",
  "Son hatırlatma: AL-TR-6581 ve AL-TR-6599",
  "Sayın Kemal Bey,\n\nÖnceki hatırlatmalarımıza rağmen Özel Ege Tıp Merkezi'ne ait AL-TR-6581 ve AL-TR-6599 numaralı faturalar (toplam 54.300,00 TL) ödenmemiştir. Hizmet sözleşmesinin 8.3 maddesinde belirtildiği üzere, vadesi 30 günü aşan bakiye kapatılana kadar yeni numune alma kiti sevkiyatları durdurulacaktır.\n\nÖdemeyi https://pay.aurelab.example/c/T6581 üzerinden yapabilir ya da ödemeyi engelleyen bir konu varsa bu e-postayı yanıtlayarak kredi ekibimizden bir arkadaşımızla görüşebilirsiniz.\n\nSaygılarımızla,\n\nAlacak Hesapları\nAurelab Tanı Hizmetleri A.Ş.",
  "Boundary: pausing sample-kit deliveries per the agreed contract clause is a stated business consequence, not a legal threat or harassment.")

# ---------------------------------------------------------------- ar (4)
A("ar",
  "تذكير: الفاتورة AL-AE-4410 متأخرة السداد",
  "السيدة مريم الحمادي المحترمة،\n\nنود تذكيركم بأن الفاتورة رقم AL-AE-4410 بمبلغ 18,350.00 درهم إماراتي، الخاصة بفحوصات الصحة المهنية التي أُجريت لموظفي شركة الواحة للخدمات الطبية في فبراير، كان موعد استحقاقها 28 فبراير 2026 ولم تُسدَّد حتى الآن. يمكنكم السداد عبر الرابط https://pay.aurelab.example/c/A4410.\n\nإذا كنتم قد سددتم المبلغ بالفعل، يُرجى الرد بتاريخ الدفع ومرجعه لنتمكن من مطابقته.\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح | الرقم الضريبي 100234567800003",
  "Firm reminder with amount, due date, link and our VAT registration number (TRN), which is a company id, not an account number.")

A("ar",
  "تعذّر تحصيل الدفعة للفاتورة AL-AE-4452",
  "الدكتور خالد المنصوري المحترم،\n\nحاولنا تحصيل مبلغ 6,720.00 درهم للفاتورة AL-AE-4452 من بطاقة فيزا المنتهية بالأرقام 4417 والمسجلة لعيادة النخيل البيطرية، لكن البنك رفض العملية. يمكنكم تحديث بيانات البطاقة أو الدفع بطريقة أخرى عبر الرابط https://pay.aurelab.example/c/A4452.\n\nشكراً لتعاونكم،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Masked card (last four digits only) and a pay link.",
  masked=["المنتهية بالأرقام 4417"])

A("ar",
  "رد: استفسار حول الفاتورة AL-AE-4479",
  "السيد يوسف العلي المحترم،\n\nنأسف للإزعاج الذي سببته لكم هذه المسألة، ونتفهم أهمية إغلاق حساباتكم قبل نهاية الربع. لقد أحلنا استفساركم بشأن عدد العينات المفوترة لمركز الريان الطبي إلى فريق الفوترة لدينا، وسيتواصل معكم أحد الزملاء مباشرة خلال يومي عمل.\n\nوفي الأثناء، تبقى الفاتورة AL-AE-4479 بمبلغ 9,940.00 درهم مستحقة كما صدرت، بتاريخ استحقاق 5 مارس 2026.\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Apology for the customer's trouble without admitting an error; query forwarded to a person; invoice due as issued.")

A("ar",
  "طريقة سداد الفاتورة AL-AE-4501",
  "السيدة هند الكعبي المحترمة،\n\nنذكّركم بأن الفاتورة AL-AE-4501 بمبلغ 3,150.00 درهم قد تجاوزت موعد استحقاقها في 2 مارس 2026. يمكنكم السداد بأمان عبر الرابط https://pay.aurelab.example/c/A4501.\n\nتنبيه أمني: لن تطلب منكم أوريلاب أبداً كلمة المرور الخاصة ببوابة النتائج أو رقم البطاقة الكامل عبر البريد الإلكتروني أو الهاتف. إذا وصلتكم رسالة تطلب ذلك، يُرجى إبلاغنا.\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Mentions passwords and full card numbers only to say we never ask for them; nothing is disclosed.")

# ---------------------------------------------------------------- he (4)
A("he",
  "בנוגע לבקשה לפריסת תשלומים - חשבונית AL-IL-8120",
  "שלום ד״ר כהן,\n\nתודה על פנייתך. העברתי את הבקשה של מרפאת הווטרינר זנב ארוך לפרוס את חשבונית AL-IL-8120 (₪ 11,480.00) לתשלומים אל מנהלת האשראי שלנו, והיא תחזור אליך תוך שני ימי עסקים. אין באפשרותי לאשר הסדר תשלומים בעצמי.\n\nעד לקבלת תשובה, החשבונית נשארת לתשלום כפי שהונפקה, עם מועד הפירעון המקורי 1 במרץ 2026.\n\nבברכה,\n\nמחלקת חשבונות לקוחות\nאורלאב אבחון בע״מ",
  "Passes an instalment request to the credit manager without agreeing; original due date stands.")

A("he",
  "Re: חיוב כפול לכאורה - AL-IL-8155",
  "שלום רונית,\n\nתודה שהפנית את תשומת ליבנו לשני החיובים שמופיעים בפירוט של כרטיס האשראי שמסתיים בספרות 0386. העברתי את הפנייה לצוות הבילינג, שיבדוק מול חברת הסליקה אם מדובר בחיוב כפול או בשתי חשבוניות נפרדות, ויחזור אלייך ישירות.\n\nבינתיים עצרנו את התזכורות לגבי החיוב השני עד שהבדיקה תסתיים. חשבונית AL-IL-8155 על סך ₪ 2,340.00 עצמה נשארת פתוחה.\n\nבברכה,\n\nמחלקת חשבונות לקוחות\nאורלאב אבחון בע״מ",
  "Near-miss for refund and fault: a possible double charge is passed to a person and reminders on that charge are paused, with no promise and no admission. Card is masked.",
  masked=["שמסתיים בספרות 0386"])

A("he",
  "תזכורת: חשבונית AL-IL-8177 באיחור",
  "שלום יעל,\n\nחשבונית AL-IL-8177 על סך ₪ 7,925.00, עבור בדיקות הרפואה התעסוקתית שבוצעו לעובדי מגן בריאות תעסוקתית בע״מ בפברואר, הייתה לתשלום עד 28 בפברואר 2026 וטרם שולמה. ניתן לשלם בקישור https://pay.aurelab.example/c/I8177.\n\nאם התשלום כבר בוצע, נשמח לקבל את תאריך התשלום ואסמכתא כדי שנוכל לשייך אותו.\n\nבברכה,\n\nמחלקת גבייה\nאורלאב אבחון בע״מ | ח.פ. 515123456",
  "Reminder with amount, due date and link. 'מחלקת גבייה' is our own collections department; ח.פ. is our company number.")

A("he",
  "הודעה אחרונה: יתרה פתוחה ₪ 16,210.00",
  "שלום אבי,\n\nלמרות התזכורות הקודמות, חשבוניות AL-IL-8102 ו-AL-IL-8139 של המרכז הרפואי הגליל (סה״כ ₪ 16,210.00) עדיין לא שולמו. נבקש להסדיר את התשלום כעת בקישור https://pay.aurelab.example/c/I8102.\n\nאם היתרה לא תשולם עד 31 במרץ 2026, הזמנות בדיקה חדשות יועברו להקפאת אשראי עד להסדרת החוב. אם משהו מעכב את התשלום, השב למייל זה ונציג מצוות האשראי יתקשר אליך.\n\nבברכה,\n\nמחלקת חשבונות לקוחות\nאורלאב אבחון בע״מ",
  "Boundary: a credit hold on new test orders is a stated business consequence, not a legal threat.")

# ---------------------------------------------------------------- el (3)
A("el",
  "Υπενθύμιση: ληξιπρόθεσμο τιμολόγιο AL-GR-9030",
  "Αγαπητή κυρία Παπαδοπούλου,\n\nΣας υπενθυμίζουμε ότι το τιμολόγιο AL-GR-9030, ποσού 3.615,00 €, για τις αιματολογικές και βιοχημικές εξετάσεις της Κτηνιατρικής Κλινικής «Ερμής» τον Φεβρουάριο, έληξε στις 27 Φεβρουαρίου 2026 και παραμένει ανεξόφλητο. Μπορείτε να πληρώσετε στο https://pay.aurelab.example/c/G9030.\n\nΑν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας την ημερομηνία και την αιτιολογία της πληρωμής για να την αντιστοιχίσουμε.\n\nΜε εκτίμηση,\n\nΤμήμα Εισπράξεων\nAurelab Διαγνωστική Α.Ε. | ΑΦΜ 099876543",
  "Reminder with amount, due date and link. 'Τμήμα Εισπράξεων' is our own collections department; ΑΦΜ is our tax id.")

A("el",
  "Μερική πληρωμή για το τιμολόγιο AL-GR-9064",
  "Αγαπητέ κύριε Γεωργίου,\n\nΣας ευχαριστούμε για την πληρωμή των 2.000,00 € που λάβαμε στις 11 Μαρτίου για το τιμολόγιο AL-GR-9064. Το υπόλοιπο των 1.480,00 € παραμένει ληξιπρόθεσμο από τις 2 Μαρτίου 2026.\n\nΑν θέλετε να το συζητήσουμε, απαντήστε σε αυτό το μήνυμα και ένας συνάδελφος από την ομάδα πιστώσεων θα σας τηλεφωνήσει.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Acknowledges a partial payment, restates the remaining balance and offers a call. 'Ομάδα πιστώσεων' (credit team) is not a credit note.")

A("el",
  "Τόκοι υπερημερίας - τιμολόγιο AL-GR-9012",
  "Αγαπητή κυρία Νικολάου,\n\nΑπαντώντας στην ερώτησή σας: σύμφωνα με τον όρο 7 της σύμβασης παροχής υπηρεσιών και τον ν. 4152/2013, τα ποσά που καταβάλλονται μετά τη λήξη επιβαρύνονται με τόκο υπερημερίας από την επομένη της ημερομηνίας λήξης. Το τιμολόγιο AL-GR-9012, ποσού 5.240,00 €, για τις εξετάσεις ιατρικής της εργασίας της ΕργοΥγεία Α.Ε., έληξε στις 16 Φεβρουαρίου 2026.\n\nΗ πληρωμή μπορεί να γίνει στο https://pay.aurelab.example/c/G9012.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Restates contractual and statutory default interest in answer to the customer's question; no new terms and no threat.")

# ---------------------------------------------------------------- ro (3)
A("ro",
  "Reamintire: factura AL-RO-3308 este restantă",
  "Stimată doamnă Popescu,\n\nVă reamintim că factura AL-RO-3308, în valoare de 9.870,00 lei, pentru analizele de medicina muncii efectuate în februarie pentru MedPro Ocupațional SRL, a fost scadentă la 3 martie 2026 și nu a fost încă achitată. Conform art. 5.4 din contract, pentru sumele neachitate la scadență se aplică penalități de întârziere de 0,1% pe zi. Puteți plăti la https://pay.aurelab.example/c/R3308.\n\nDacă ați efectuat deja plata, vă rugăm să ne trimiteți data și referința plății.\n\nCu stimă,\n\nDepartamentul Încasări\nAurelab Diagnostic S.R.L. | CUI RO12345678",
  "Reminder restating the contractual late-payment penalty. 'Departamentul Încasări' is our own collections department; CUI is our tax id.")

A("ro",
  "Re: linia 2 din factura AL-RO-3341",
  "Bună ziua, domnule Ionescu,\n\nVă mulțumim că ne-ați explicat problema cu profilul de biochimie de pe linia 2 a facturii AL-RO-3341. Am înregistrat contestația și am suspendat reamintirile pentru această linie (740,00 lei) până când echipa noastră verifică cererea de analize.\n\nRestul facturii, 2.310,00 lei, nu este contestat și rămâne scadent din 6 martie 2026; vă rugăm să programați plata acestei sume.\n\nCu stimă,\n\nDepartamentul Financiar\nAurelab Diagnostic S.R.L.",
  "Pauses reminders on the disputed line only; the rest stays due. No admission, no credit.")

A("ro",
  "Confirmare: plata facturii AL-RO-3362 pe 24 martie",
  "Bună ziua, doamna Dumitrescu,\n\nVă mulțumim pentru răspuns. Am notat că Cabinetul Veterinar Sfântul Francisc va achita suma de 4.150,00 lei pentru factura AL-RO-3362 pe 24 martie 2026, așa cum ne-ați comunicat. Vă vom confirma când primim plata.\n\nTermenul de plată inițial al facturii rămâne 9 martie 2026.\n\nCu stimă,\n\nDepartamentul Financiar\nAurelab Diagnostic S.R.L.",
  "Records the customer's own promise; the original due date stands.")

# ---------------------------------------------------------------- hu (4)
A("hu",
  "Fizetési emlékeztető - AL-HU-1507 számla",
  "Tisztelt Szabó Úr!\n\nEmlékeztetjük, hogy az AL-HU-1507 számú, 486 500 Ft összegű számla – a Duna Munkaegészségügyi Kft. februári foglalkozás-egészségügyi vizsgálatairól – 2026. február 26-án lejárt, és még nem érkezett meg a kiegyenlítése. A számlát a https://pay.aurelab.example/c/M1507 oldalon fizetheti ki.\n\nMivel a német anyavállalatuk könyvelése is erre hivatkozik, az ő rendszerükben rögzített azonosítót is feltüntetjük:\nInkasso-Nummer: DMK-2026-0117\nAdószámunk: 12345678-2-41\n\nÜdvözlettel:\n\nKintlévőség-kezelés\nAurelab Diagnosztika Kft.",
  "Near-miss on words: 'Inkasso-Nummer' is only a reference field label from the parent's German system; the adószám is our tax number. Plain reminder.")

A("hu",
  "Sikertelen kártyás terhelés - AL-HU-1533",
  "Tisztelt Dr. Kovács!\n\nAz AL-HU-1533 számú számla 128 400 Ft összegét megpróbáltuk terhelni a Mancs Állatorvosi Rendelő nyilvántartott, 9021 végződésű Mastercard kártyájára, de a bank elutasította a tranzakciót. A kártyaadatokat frissítheti, vagy más módon is fizethet a https://pay.aurelab.example/c/M1533 oldalon.\n\nKérjük, kártyaadatokat ne küldjön e-mailben.\n\nÜdvözlettel:\n\nPénzügy – Vevőszámlák\nAurelab Diagnosztika Kft.",
  "Masked card (last four digits only) and a pay link.",
  masked=["9021 végződésű"])

A("hu",
  "Megrendelésszám szükséges - AL-HU-1549",
  "Kedves Tóth Anna!\n\nKöszönjük, hogy elmagyarázta a rendelő beszerzési folyamatát. Kérjük, küldje meg az AL-HU-1549 számú számlához (312 750 Ft, fizetési határidő: 2026. március 10.) tartozó megrendelésszámot, és a számlát a megrendelésszámmal kiegészítve azonnal újra elküldjük. Az összeg és a fizetési határidő változatlan.\n\nÜdvözlettel:\n\nPénzügy – Vevőszámlák\nAurelab Diagnosztika Kft.",
  "PO request; amount and due date explicitly unchanged.")

A("hu",
  "Utolsó emlékeztető: lejárt tartozás 1 204 000 Ft",
  "Tisztelt Varga Úr!\n\nKorábbi emlékeztetőink ellenére a Szent Rókus Magánklinika AL-HU-1488 és AL-HU-1496 számú számlái (összesen 1 204 000 Ft) továbbra is kiegyenlítetlenek. A szolgáltatási szerződés 9.2. pontja szerint a 30 napon túl lejárt tartozás rendezéséig szüneteltetjük a futárszolgálat új mintabegyűjtéseit.\n\nKérjük, rendezze a tartozást a https://pay.aurelab.example/c/M1488 oldalon, vagy ha valami akadályozza a fizetést, válaszoljon erre a levélre, és kollégánk felhívja Önt.\n\nÜdvözlettel:\n\nPénzügy – Vevőszámlák\nAurelab Diagnosztika Kft.",
  "Boundary: pausing courier sample pickups under the agreed contract clause is a stated business consequence.")

# ---------------------------------------------------------------- cs (4)
A("cs",
  "Upomínka: faktura AL-CZ-2204 po splatnosti",
  "Vážená paní Nováková,\n\ndovolujeme si Vás upozornit, že faktura AL-CZ-2204 na částku 42 380,00 Kč za laboratorní vyšetření pro Veterinární kliniku Vltava byla splatná 27. února 2026 a dosud nebyla uhrazena. Zaplatit můžete na https://pay.aurelab.example/c/Z2204.\n\nPokud jste již platbu odeslali, pošlete nám prosím datum platby a variabilní symbol, abychom ji mohli spárovat.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o. | IČO 12345678, DIČ CZ12345678",
  "An 'upomínka' is an ordinary reminder (like a Mahnung). IČO/DIČ are our company and VAT ids.")

A("cs",
  "Druhá upomínka: faktury AL-CZ-2177 a AL-CZ-2189",
  "Vážený pane Dvořáku,\n\nnavzdory předchozím upomínkám zůstávají faktury AL-CZ-2177 a AL-CZ-2189 společnosti Pracovní lékařství Morava s.r.o. v celkové výši 118 600,00 Kč neuhrazeny. V souladu s čl. 6.3 rámcové smlouvy pozastavíme dodávky odběrových sad, dokud nebude uhrazena částka po splatnosti delší než 30 dní.\n\nProsíme o úhradu na https://pay.aurelab.example/c/Z2177. Pokud Vám v platbě něco brání, odpovězte na tento e-mail a kolega z úvěrového oddělení Vám zavolá.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Boundary: pausing deliveries of collection kits per the framework agreement is a stated business consequence.")

A("cs",
  "Re: žádost o slevu - faktura AL-CZ-2231",
  "Dobrý den, pane doktore,\n\nděkujeme za Vaši zprávu. Vaši žádost o slevu z faktury AL-CZ-2231 (27 950,00 Kč) jsem předala vedoucí úvěrového oddělení, která Vám odpoví do dvou pracovních dnů. Sama o změně částky rozhodnout nemohu.\n\nDo té doby platí faktura tak, jak byla vystavena, se splatností 4. března 2026.\n\nS pozdravem\n\nLenka Marková\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Passes a discount request to a person without agreeing; invoice stands as issued.")

A("cs",
  "Přehled otevřených položek - síť klinik VetCare",
  "Dobrý den, paní Horáková,\n\nna Vaši žádost posíláme přehled otevřených faktur za všechny tři pobočky společnosti VetCare Česko s.r.o., kterou zastupujete:\n\n- Praha-Smíchov: AL-CZ-2150, 16 420,00 Kč, splatná 20. 2. 2026\n- Brno-Líšeň: AL-CZ-2163, 9 870,00 Kč, splatná 25. 2. 2026\n- Olomouc: AL-CZ-2196, 12 305,00 Kč, splatná 3. 3. 2026\n\nCelkem 38 595,00 Kč. Inkaso z Vašeho účtu končícího na 0287 bylo podle Vašeho pokynu zrušeno, proto prosíme o úhradu na https://pay.aurelab.example/c/Z2150.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Near-miss for another customer's data: all three branches belong to the same customer the addressee represents. 'Inkaso' is Czech for direct debit; the account is masked.",
  masked=["končícího na 0287"])
