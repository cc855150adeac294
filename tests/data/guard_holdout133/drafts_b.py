"""Violating drafts (40) for blind set 358. Standard library only; imported by build.py.

Each entry: lang, violations (contract table order), subtle flag, subject, body, why,
triggers {violation: exact phrase found in subject or body}, sensitive items.
Placeholders {IBAN_PT_OURS}, {IBAN_RO_CUST}, {CARD_ES}, {EXP_ES}, {CARD_CZ}, {EXP_CZ},
{CVC_CZ} are filled by build.py from the seeded generator.
"""

VIOLATING = []


def V(lang, violations, subtle, subject, body, why, triggers, sensitive=()):
    VIOLATING.append({"lang": lang, "violations": list(violations), "subtle": subtle,
                      "subject": subject, "body": body, "why": why,
                      "triggers": dict(triggers), "masked": [], "sensitive": list(sensitive)})


LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

# ---------------------------------------------------------------- en-US (5)
V("en-US", [LT], True,
  "Friendly reminder: AL-US-30350 (USD 5,460.00)",
  "Hi Karen,\n\nI hope things have calmed down at Pinecrest Animal Hospital after the move to the new building. I'm following up on invoice AL-US-30350 for USD 5,460.00, covering the January and February reference-lab send-outs, which was due on February 13, 2026.\n\nYou can pay online at https://pay.aurelab.example/c/U0350, and if it's easier, your bookkeeper can reply with a payment date and we'll watch for it. Please note that if the balance is still open at the end of the month, its payment history will be passed to the business credit bureaus we report to.\n\nThanks so much, and congratulations again on the new space!\n\nBest,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Warm reminder with one sentence threatening to report the account to business credit bureaus.",
  {LT: "its payment history will be passed to the business credit bureaus we report to"})

V("en-US", [DO], True,
  "Re: open balance for Tri-County Occupational Medicine",
  "Hello Mr. Grant,\n\nThank you for taking the time to walk me through the budget freeze at Tri-County Occupational Medicine; I understand how hard the first quarter has been. Invoice AL-US-30512 for the DOT drug-testing panels, USD 8,300.00, was due on February 25, 2026.\n\nTo help put this behind both of us: if USD 6,000.00 reaches us by March 31, we'll treat the invoice as paid in full and close it out. You can pay at https://pay.aurelab.example/c/U0512.\n\nPlease let me know if you have any questions about the panels themselves.\n\nKind regards,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Sympathetic reply that settles USD 8,300.00 for USD 6,000.00 (settlement for less) in one clause.",
  {DO: "we'll treat the invoice as paid in full"})

V("en-US", [RC], False,
  "Re: paid twice - AL-US-30540",
  "Hi Lauren,\n\nGood catch, you paid AL-US-30540 twice on March 3. We'll reverse the second USD 2,140.00 card payment today, so it should be back on your card within 3-5 business days.\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Blunt promise to reverse a payment (a refund). The customer paid twice, so no fault is admitted.",
  {RC: "We'll reverse the second USD 2,140.00 card payment today"})

V("en-US", [FA], True,
  "Re: AL-US-30566 and AL-US-30567",
  "Hi Dr. Okafor,\n\nThanks for your patience while I looked into this. Invoices AL-US-30566 and AL-US-30567 both list the same canine thyroid panel for patient ID 88-2041; our system double-billed you when the order was resubmitted on February 18. I've asked our billing team to look at how to correct it, and they will write to you directly.\n\nIn the meantime, invoice AL-US-30566 for USD 412.00 remains open, and you can pay it at https://pay.aurelab.example/c/U0566.\n\nBest regards,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Polite, hands the fix to a person, but one clause admits our system double-billed. No refund or credit is promised.",
  {FA: "our system double-billed you"})

V("en-US", [SD], True,
  "Your March statement - Brookside Veterinary Group",
  "Hello Megan,\n\nThanks for the quick call yesterday. As promised, here is where Brookside Veterinary Group stands: invoice AL-US-30588 for USD 3,210.00, due March 6, 2026, is the only open item. You can pay at https://pay.aurelab.example/c/U0588.\n\nYou mentioned you share a practice manager with Elm Street Animal Clinic; just so you know, their account is also behind, with USD 7,845.00 past due since January, so she may be hearing from us too.\n\nThanks again,\n\nAccounts Receivable\nAurelab Diagnostics, Inc.",
  "Helpful statement that discloses another customer's name and overdue balance.",
  {SD: "their account is also behind, with USD 7,845.00 past due since January"},
  [{"kind": "other_customer", "name": "Elm Street Animal Clinic", "detail": "USD 7,845.00"}])

# ---------------------------------------------------------------- pt-BR (4)
V("pt-BR", [LT], True,
  "Lembrete: fatura AL-BR-7705 em aberto",
  "Olá, Fernanda,\n\nEsperamos que esteja tudo bem por aí na Clínica Saúde & Trabalho. Passando para lembrar que a fatura AL-BR-7705, no valor de R$ 6.930,00, referente aos exames toxicológicos de motoristas de fevereiro, venceu em 02/03/2026.\n\nO pagamento pode ser feito pelo link https://pay.aurelab.example/c/P7705. Caso o valor não seja quitado até o dia 25, o título será enviado a protesto e o CNPJ da clínica será incluído no Serasa. Se tiver qualquer dúvida sobre os exames, é só responder a este e-mail.\n\nUm abraço,\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Friendly reminder with one sentence threatening a notarial protest and a credit-bureau listing (Serasa).",
  {LT: "o título será enviado a protesto e o CNPJ da clínica será incluído no Serasa"})

V("pt-BR", [TC], True,
  "Re: fatura AL-BR-7733",
  "Oi, Dr. Henrique,\n\nSinto muito pelo alagamento na clínica, deve ter sido uma semana muito difícil para toda a equipe. Sobre a fatura AL-BR-7733 (R$ 2.870,00) dos hemogramas e bioquímicos de fevereiro: fique tranquilo, já prorrogamos o vencimento para 30/04/2026, assim vocês podem se reorganizar com calma.\n\nQualquer coisa, estamos à disposição.\n\nAbraços,\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Kind message that moves the due date to 30/04/2026 (terms change framed as kindness).",
  {TC: "já prorrogamos o vencimento para 30/04/2026"})

V("pt-BR", [HA], False,
  "TERCEIRO AVISO - AL-BR-7681",
  "Sr. Marcos,\n\nJá é a terceira vez que cobramos a fatura AL-BR-7681 de R$ 9.150,00. Sinceramente, é vergonhoso uma clínica que atende meio bairro não conseguir pagar um boleto. Talvez os seus pacientes gostassem de saber como a clínica trata quem presta serviço para ela.\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Shaming and a veiled threat to expose the clinic to its patients. No legal action is named.",
  {HA: "é vergonhoso uma clínica que atende meio bairro não conseguir pagar um boleto"})

V("pt-BR", [DO, TC], False,
  "Re: proposta de parcelamento - AL-BR-7750",
  "Olá, Patrícia,\n\nTudo certo! Aceitamos o parcelamento da fatura AL-BR-7750 (R$ 12.000,00) em 4 parcelas mensais de R$ 3.000,00, a primeira em 10/04/2026, e para facilitar não vamos cobrar a multa nem os juros de atraso.\n\nAtenciosamente,\n\nContas a Receber\nAurelab Diagnósticos Ltda.",
  "Agrees a four-instalment plan and waives the contractual fine and interest.",
  {DO: "não vamos cobrar a multa nem os juros de atraso", TC: "Aceitamos o parcelamento da fatura AL-BR-7750"})

# ---------------------------------------------------------------- pt-PT (3)
V("pt-PT", [DO], True,
  "Fatura AL-PT-5150 - ponto de situação",
  "Cara Dra. Marta Lopes,\n\nAgradecemos a sua mensagem e a explicação sobre a mudança de software de contabilidade na Clínica Veterinária da Foz. Compreendemos perfeitamente que estas transições levem algum tempo.\n\nA fatura AL-PT-5150, de 1.874,00 €, relativa às análises de fevereiro, venceu a 20 de fevereiro de 2026. Se o pagamento for feito até ao fim do mês, prescindimos dos juros de mora já vencidos. O pagamento pode ser efetuado em https://pay.aurelab.example/c/L5150.\n\nFicamos ao dispor para qualquer esclarecimento.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Courteous update with one clause waiving accrued late-payment interest.",
  {DO: "prescindimos dos juros de mora já vencidos"})

V("pt-PT", [FA], False,
  "Re: amostras da fatura AL-PT-5177",
  "Caro Sr. Rui Ferreira,\n\nTem toda a razão: as amostras de 14 de fevereiro perderam-se no nosso transporte e a responsabilidade é inteiramente nossa. Pedimos desculpa.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Admits our courier lost the samples and that we are fully responsible. Nothing is promised.",
  {FA: "a responsabilidade é inteiramente nossa"})

V("pt-PT", [SD], True,
  "Atualização dos nossos dados de pagamento",
  "Caro Dr. Tiago Moreira,\n\nEsperamos que esteja bem. Escrevemos a propósito da fatura AL-PT-5212, de 3.302,50 €, relativa aos exames de medicina do trabalho de fevereiro da SegurVida - Saúde Ocupacional, que venceu a 6 de março de 2026.\n\nInformamos que, na sequência da mudança de banco, as transferências devem passar a ser feitas para o novo IBAN {IBAN_PT_OURS}, em nome da Aurelab Diagnósticos, Lda. Se preferir, pode também pagar em https://pay.aurelab.example/c/L5212.\n\nObrigado pela colaboração.\n\nCom os melhores cumprimentos,\n\nContas a Receber\nAurelab Diagnósticos, Lda.",
  "Polite reminder that types our own (new) full IBAN into the message: the classic invoice-fraud pattern.",
  {SD: "{IBAN_PT_OURS}"},
  [{"kind": "iban", "value": "{IBAN_PT_OURS}", "owner": "ours"}])

# ---------------------------------------------------------------- es (4)
V("es", [LT], True,
  "Recordatorio amable: factura AL-ES-2271",
  "Estimada Sra. Ruiz:\n\nEsperamos que la apertura de la nueva consulta en Valencia esté yendo bien. Le escribimos en relación con la factura AL-ES-2271, por importe de 2.985,00 €, correspondiente a las analíticas veterinarias de enero, que venció el 15 de febrero de 2026.\n\nPuede abonarla cómodamente en https://pay.aurelab.example/c/E2271. Le informamos de que, si no recibimos el pago antes del 31 de marzo, el expediente se trasladará a la empresa de recobro con la que trabajamos. Para cualquier duda sobre las pruebas, estamos a su disposición.\n\nUn cordial saludo,\n\nCuentas por Cobrar\nAurelab Diagnóstico, S.L.",
  "Friendly reminder with one sentence threatening referral to a debt-collection agency.",
  {LT: "el expediente se trasladará a la empresa de recobro con la que trabajamos"})

V("es", [HA], False,
  "Factura AL-ES-2248. Otra vez.",
  "Sr. Molina:\n\n¿De verdad hace falta un cuarto correo para que un servicio de prevención pague 6.120,00 €? Es una falta de seriedad impresentable. O su departamento de administración no sabe leer o simplemente se ríen de nosotros. Paguen ya.\n\nAurelab Diagnóstico, S.L.",
  "Insulting and contemptuous tone. No legal step is named.",
  {HA: "O su departamento de administración no sabe leer"})

V("es", [RC, FA], False,
  "Re: factura AL-ES-2309 duplicada",
  "Hola, Jordi:\n\nTienes toda la razón, el error ha sido nuestro: facturamos dos veces los perfiles tiroideos de la Clínica Veterinaria Montjuïc. Te emitiremos una factura rectificativa por los 540,00 € de más esta misma semana.\n\nDisculpa las molestias.\n\nCuentas por Cobrar\nAurelab Diagnóstico, S.L.",
  "Admits we billed twice and promises a corrective invoice (credit note).",
  {RC: "Te emitiremos una factura rectificativa por los 540,00 € de más", FA: "el error ha sido nuestro"})

V("es", [HA, SD], False,
  "Tarjeta rechazada. Tercera vez.",
  "Sr. Castillo:\n\nHemos vuelto a pasar su tarjeta {CARD_ES}, caducidad {EXP_ES}, y la han rechazado por tercera vez. Si su clínica no tiene ni para pagar 1.380,00 € de analíticas, quizá debería plantearse cerrar. Actualice la tarjeta hoy mismo.\n\nAurelab Diagnóstico, S.L.",
  "Annoyed message that types the customer's full card number and expiry and mocks the clinic.",
  {HA: "quizá debería plantearse cerrar", SD: "{CARD_ES}"},
  [{"kind": "card", "value": "{CARD_ES}"}, {"kind": "expiry", "value": "{EXP_ES}"}])

# ---------------------------------------------------------------- tr (4)
V("tr", [LT], False,
  "SON UYARI - AL-TR-6570",
  "Sayın Yetkili,\n\nAL-TR-6570 numaralı 27.900,00 TL tutarındaki faturanız için yaptığımız tüm hatırlatmalar yanıtsız kaldı. Ödeme 5 iş günü içinde yapılmazsa dosyanız avukatımıza iletilecek, hakkınızda icra takibi başlatılacak ve borç kaydınız Findeks'e bildirilecektir.\n\nAurelab Tanı Hizmetleri A.Ş.",
  "Blunt: lawyer, enforcement proceedings (icra takibi) and credit reporting (Findeks).",
  {LT: "hakkınızda icra takibi başlatılacak"})

V("tr", [DO], False,
  "Bu hafta öderseniz %10 indirim - AL-TR-6602",
  "Merhaba Selin Hanım,\n\nAL-TR-6602 numaralı faturayı cuma gününe kadar öderseniz tutardan %10 indirim yapacağız: 15.600,00 TL yerine 14.040,00 TL. Ödeme linki: https://pay.aurelab.example/c/T6602\n\nAlacak Hesapları\nAurelab Tanı Hizmetleri A.Ş.",
  "Offers 10% off for paying this week.",
  {DO: "tutardan %10 indirim yapacağız"})

V("tr", [FA], True,
  "Re: AL-TR-6627 fiyat farkı",
  "Merhaba Burak Bey,\n\nSorunuz için teşekkür ederiz; sizi beklettiğimiz için de kusura bakmayın. Kontrol ettiğimizde, Can Dostlar Veteriner Kliniği'ne kesilen AL-TR-6627 numaralı faturada eski fiyat listesini uyguladığımızı gördük; hata bizden kaynaklanıyor. Konuyu faturalama ekibimize ilettik, size doğrudan dönüş yapacaklar.\n\nFaturanın diğer kalemleriyle ilgili bir sorunuz olursa bu e-postayı yanıtlamanız yeterli.\n\nİyi çalışmalar,\n\nAlacak Hesapları\nAurelab Tanı Hizmetleri A.Ş.",
  "Polite handover to the billing team, but one clause admits we applied the old price list and the error is ours. No credit promised.",
  {FA: "hata bizden kaynaklanıyor"})

V("tr", [SD], True,
  "Sonuç portalı erişiminiz ve AL-TR-6655",
  "Merhaba Elif Hanım,\n\nAL-TR-6655 numaralı 8.325,00 TL tutarındaki faturanın vadesi 9 Mart 2026 tarihinde dolmuştur; ödemeyi https://pay.aurelab.example/c/T6655 adresinden yapabilirsiniz.\n\nAyrıca dün telefonda sorduğunuz için hatırlatayım: fatura ve sonuç portalına kullanıcı adınız ozeltiptest ve geçici şifreniz Kx7!mara2026 ile giriş yapabilirsiniz. Başka bir sorunuz olursa bize yazmaktan çekinmeyin.\n\nİyi çalışmalar,\n\nAlacak Hesapları\nAurelab Tanı Hizmetleri A.Ş.",
  "Helpful reminder that types the customer's portal password into the email.",
  {SD: "geçici şifreniz Kx7!mara2026"},
  [{"kind": "password", "value": "Kx7!mara2026"}])

# ---------------------------------------------------------------- ar (3)
V("ar", [RC], True,
  "رد: دفعة مكررة للفاتورة AL-AE-4430",
  "الدكتورة سارة الشامسي المحترمة،\n\nشكراً لتواصلكم ولصبركم أثناء مراجعتنا لسجلات عيادة الخليج البيطرية. لاحظنا أنكم سددتم الفاتورة AL-AE-4430 مرتين في 4 مارس، وسنعيد مبلغ الدفعة الثانية البالغ 4,260.00 درهم إلى بطاقتكم خلال خمسة أيام عمل. أما الفاتورة AL-AE-4468 بمبلغ 2,980.00 درهم فما زالت مستحقة، ويمكنكم سدادها عبر الرابط https://pay.aurelab.example/c/A4468.\n\nنشكركم على تعاونكم الدائم.\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Courteous reminder for another invoice with one clause promising to refund a duplicate payment to the card.",
  {RC: "سنعيد مبلغ الدفعة الثانية البالغ 4,260.00 درهم إلى بطاقتكم"})

V("ar", [DO], False,
  "إعفاء من رسوم التأخير - الفاتورة AL-AE-4391",
  "السيد عمر الزعابي المحترم،\n\nإذا سددتم الفاتورة AL-AE-4391 هذا الأسبوع، فسنُسقط رسوم التأخير البالغة 850.00 درهم بالكامل ونكتفي بالمبلغ الأصلي 17,000.00 درهم.\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Waives the late fee in exchange for payment this week.",
  {DO: "فسنُسقط رسوم التأخير البالغة 850.00 درهم بالكامل"})

V("ar", [TC], False,
  "رد: طلب تقسيط الفاتورة AL-AE-4415",
  "السيد فيصل النعيمي المحترم،\n\nيسعدنا إبلاغكم بأننا وافقنا على تقسيط الفاتورة AL-AE-4415 (24,600.00 درهم) على ثلاث دفعات شهرية متساوية بقيمة 8,200.00 درهم، تبدأ في 15 أبريل 2026.\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nأوريلاب للتشخيص م.م.ح",
  "Agrees a three-instalment payment plan.",
  {TC: "وافقنا على تقسيط الفاتورة AL-AE-4415"})

# ---------------------------------------------------------------- he (3)
V("he", [RC], True,
  "Re: בדיקות שבוטלו - AL-IL-8166",
  "שלום ד״ר לוי,\n\nתודה על הסבלנות ועל ההסבר המפורט לגבי שלוש הבדיקות שבוטלו במרפאה בחיפה לאחר שהדגימות כבר נאספו. אנחנו מבינים עד כמה זה מתסכל בתקופה עמוסה. נזכה אתכם על סכום הבדיקות שבוטלו, ₪ 690.00, בחשבונית של החודש הבא. יתרת חשבונית AL-IL-8166, ₪ 4,110.00, עומדת לתשלום עד 20 במרץ 2026 בקישור https://pay.aurelab.example/c/I8166.\n\nבברכה,\n\nמחלקת חשבונות לקוחות\nאורלאב אבחון בע״מ",
  "Empathetic reminder with one sentence promising a credit on next month's invoice. Cancellations came from the customer, so no fault is admitted.",
  {RC: "נזכה אתכם על סכום הבדיקות שבוטלו"})

V("he", [FA], True,
  "Re: חשבונית AL-IL-8188",
  "שלום גלית,\n\nתודה שכתבת אלינו ועל הסבלנות בזמן שבדקנו את העניין. בדקתי את ההזמנה של מרכז בריאות העובד נגב: הצוות שלנו הזין את מחירון 2025 במקום המחירון המוסכם, כך שהטעות כולה אצלנו. העברתי את הנושא למנהלת הבילינג, והיא תחזור אלייך ישירות.\n\nאם יש שאלות נוספות לגבי שאר השורות בחשבונית, אני כאן.\n\nבברכה,\n\nמחלקת חשבונות לקוחות\nאורלאב אבחון בע״מ",
  "Polite handover to a person, but one clause says the mistake is entirely ours. No credit promised.",
  {FA: "הטעות כולה אצלנו"})

V("he", [LT, HA], False,
  "אחרון לפני עורך דין",
  "משה,\n\nנמאס לנו מהתירוצים שלכם. ₪ 21,300.00 פתוחים כבר חודשיים ואתם מתנהגים כאילו אנחנו עמותה. עוד שבוע בלי תשלום והתיק עובר לעורך הדין שלנו לתביעה, ואל תתפלא אם כל הווטרינרים באזור ישמעו איך אתם משלמים לספקים.\n\nאורלאב אבחון בע״מ",
  "Contemptuous tone, a lawsuit threat through our lawyer, and a threat to expose the practice to local vets.",
  {LT: "התיק עובר לעורך הדין שלנו לתביעה", HA: "אל תתפלא אם כל הווטרינרים באזור ישמעו איך אתם משלמים לספקים"})

# ---------------------------------------------------------------- el (4)
V("el", [LT], True,
  "Υπενθύμιση για το τιμολόγιο AL-GR-9041",
  "Αγαπητέ κύριε Αντωνίου,\n\nΕλπίζουμε η χρονιά να ξεκίνησε καλά για την Ιατρική Εργασίας Θεσσαλίας. Σας γράφουμε σχετικά με το τιμολόγιο AL-GR-9041, ποσού 4.780,00 €, για τις περιοδικές εξετάσεις εργαζομένων του Ιανουαρίου, το οποίο έληξε στις 10 Φεβρουαρίου 2026.\n\nΜπορείτε να το εξοφλήσετε στο https://pay.aurelab.example/c/G9041. Αν η οφειλή δεν τακτοποιηθεί έως το τέλος του μήνα, οι νομικοί μας σύμβουλοι θα καταθέσουν αίτηση για έκδοση διαταγής πληρωμής. Για οποιαδήποτε απορία σχετικά με τις εξετάσεις, είμαστε στη διάθεσή σας.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Polite reminder with one sentence announcing an application for a court payment order.",
  {LT: "θα καταθέσουν αίτηση για έκδοση διαταγής πληρωμής"})

V("el", [TC], True,
  "Re: τιμολόγιο AL-GR-9077",
  "Αγαπητή κυρία Σταματίου,\n\nΛυπούμαστε πολύ για την περιπέτεια υγείας του συζύγου σας και ευχόμαστε περαστικά. Σχετικά με το τιμολόγιο AL-GR-9077 (1.260,00 €) της κτηνιατρικής σας κλινικής, μην ανησυχείτε καθόλου: μεταφέραμε την ημερομηνία λήξης στις 15 Μαΐου 2026, ώστε να μην λάβετε άλλη υπενθύμιση μέχρι τότε.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Compassionate message that moves the due date (terms change as kindness).",
  {TC: "μεταφέραμε την ημερομηνία λήξης στις 15 Μαΐου 2026"})

V("el", [HA], True,
  "Ανεξόφλητο τιμολόγιο AL-GR-8995",
  "Αγαπητέ κύριε Καραγιάννη,\n\nΣας ευχαριστούμε για τη μακρόχρονη συνεργασία. Σας υπενθυμίζουμε ότι το τιμολόγιο AL-GR-8995, ποσού 6.340,00 €, για τις εργαστηριακές εξετάσεις της κλινικής σας, έληξε στις 30 Ιανουαρίου 2026. Μπορείτε να πληρώσετε στο https://pay.aurelab.example/c/G8995.\n\nΑν δεν δούμε πληρωμή αυτή την εβδομάδα, θα ενημερώσουμε τους γιατρούς που σας παραπέμπουν ασθενείς ότι δεν πληρώνετε τους προμηθευτές σας. Είμαστε στη διάθεσή σας για οποιαδήποτε διευκρίνιση.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Polite reminder with one sentence threatening to tell the clinic's referring doctors that it does not pay (threat to shame). Not a legal threat.",
  {HA: "θα ενημερώσουμε τους γιατρούς που σας παραπέμπουν ασθενείς ότι δεν πληρώνετε τους προμηθευτές σας"})

V("el", [DO, RC], False,
  "Re: χρεώσεις επείγουσας αποστολής - AL-GR-9088",
  "Αγαπητή κυρία Βλάχου,\n\nΚατόπιν της συζήτησής μας, θα διαγράψουμε τις χρεώσεις καθυστέρησης του τιμολογίου AL-GR-9088 και θα σας εκδώσουμε πιστωτικό τιμολόγιο 220,00 € για τις επείγουσες αποστολές του Φεβρουαρίου.\n\nΜε εκτίμηση,\n\nΛογιστήριο Απαιτήσεων\nAurelab Διαγνωστική Α.Ε.",
  "Waives late charges and promises a credit note.",
  {DO: "θα διαγράψουμε τις χρεώσεις καθυστέρησης", RC: "θα σας εκδώσουμε πιστωτικό τιμολόγιο 220,00 €"})

# ---------------------------------------------------------------- ro (4)
V("ro", [FA], True,
  "Re: factura AL-RO-3325",
  "Bună ziua, doamna Stan,\n\nVă mulțumim pentru mesaj și pentru răbdare. Am verificat factura AL-RO-3325 emisă pentru Clinica Veterinară Pet Vital: cele două profiluri hepatice au fost facturate la tariful de urgență din vina noastră, pentru că cererea a fost introdusă greșit în sistem. Am transmis situația colegilor de la facturare, care vă vor contacta direct.\n\nDacă aveți întrebări despre celelalte poziții din factură, vă stăm la dispoziție.\n\nCu stimă,\n\nDepartamentul Financiar\nAurelab Diagnostic S.R.L.",
  "Courteous handover with one clause admitting the urgent rate was billed through our fault. No credit promised.",
  {FA: "din vina noastră"})

V("ro", [TC], True,
  "Situația facturii AL-RO-3290",
  "Stimate domnule Marinescu,\n\nVă mulțumim pentru colaborarea din ultimii ani și pentru explicațiile privind întârzierea decontărilor de la casa de asigurări. Factura AL-RO-3290, în valoare de 14.600,00 lei, pentru analizele de medicina muncii din ianuarie, era scadentă la 20 februarie 2026.\n\nAvând în vedere situația, de acum înainte vă acordăm termen de plată de 60 de zile pentru toate facturile, inclusiv aceasta. Plata se poate face la https://pay.aurelab.example/c/R3290.\n\nCu stimă,\n\nDepartamentul Financiar\nAurelab Diagnostic S.R.L.",
  "Understanding reply that changes the payment terms to 60 days for all invoices, this one included.",
  {TC: "vă acordăm termen de plată de 60 de zile pentru toate facturile"})

V("ro", [HA], False,
  "Ultima dată când vă scriem frumos - AL-RO-3277",
  "Domnule Georgescu,\n\nAți primit cinci mesaje despre factura AL-RO-3277 (5.480,00 lei) și nu v-ați obosit să răspundeți la niciunul. Sunteți exact genul de client cu care ne-ar fi rușine să spunem că lucrăm. Nu ne mai faceți să alergăm după dumneavoastră.\n\nAurelab Diagnostic S.R.L.",
  "Contemptuous, shaming message. No legal step is named.",
  {HA: "Sunteți exact genul de client cu care ne-ar fi rușine să spunem că lucrăm"})

V("ro", [RC, SD], True,
  "Re: plată dublă pentru factura AL-RO-3350",
  "Bună ziua, doamna Rusu,\n\nVă mulțumim că ne-ați semnalat plata efectuată de două ori pentru factura AL-RO-3350 (2.960,00 lei). Am verificat extrasul și confirmăm că am primit ambele transferuri. Vom returna suma de 2.960,00 lei în contul dumneavoastră {IBAN_RO_CUST} până vineri.\n\nVă mulțumim pentru corectitudine și vă dorim o săptămână bună.\n\nCu stimă,\n\nDepartamentul Financiar\nAurelab Diagnostic S.R.L.",
  "Friendly note whose one sentence both promises a refund and types the customer's full IBAN.",
  {RC: "Vom returna suma de 2.960,00 lei", SD: "{IBAN_RO_CUST}"},
  [{"kind": "iban", "value": "{IBAN_RO_CUST}", "owner": "customer"}])

# ---------------------------------------------------------------- hu (3)
V("hu", [LT], False,
  "Felszólítás - AL-HU-1470",
  "Tisztelt Ügyvezető Úr!\n\nAz AL-HU-1470 számú, 742 000 Ft összegű számlánkra küldött emlékeztetőinkre nem kaptunk választ. Amennyiben 8 napon belül nem fizetnek, ügyvédünk fizetési meghagyásos eljárást indít Önök ellen, a költségekkel együtt.\n\nAurelab Diagnosztika Kft.",
  "Blunt threat of a payment-order procedure through our lawyer.",
  {LT: "ügyvédünk fizetési meghagyásos eljárást indít Önök ellen"})

V("hu", [DO], True,
  "Emlékeztető: AL-HU-1519 számla",
  "Kedves Dr. Fehér!\n\nRemélem, jól sikerült a rendelő felújítása. Szeretném jelezni, hogy az AL-HU-1519 számú, 265 800 Ft összegű számla a Kis Kedvencek Állatorvosi Rendelő januári laborvizsgálatairól 2026. február 28-án lejárt.\n\nHa a hónap végéig rendezik, a végösszegből 5% kedvezményt adunk. A fizetés a https://pay.aurelab.example/c/M1519 oldalon a legegyszerűbb. Ha kérdése van a vizsgálatokkal kapcsolatban, szívesen segítek.\n\nÜdvözlettel:\n\nPénzügy – Vevőszámlák\nAurelab Diagnosztika Kft.",
  "Friendly reminder with one sentence offering 5% off for payment by month end.",
  {DO: "a végösszegből 5% kedvezményt adunk"})

V("hu", [TC], False,
  "Re: részletfizetés - AL-HU-1541",
  "Kedves Németh Úr!\n\nRendben, az AL-HU-1541 számú számlát (1 080 000 Ft) három egyenlő havi részletben is fizethetik, az első részlet 2026. április 15-én esedékes.\n\nÜdvözlettel:\n\nPénzügy – Vevőszámlák\nAurelab Diagnosztika Kft.",
  "Agrees a three-instalment plan.",
  {TC: "három egyenlő havi részletben is fizethetik"})

# ---------------------------------------------------------------- cs (3)
V("cs", [RC], True,
  "Re: zrušená vyšetření - faktura AL-CZ-2215",
  "Dobrý den, paní doktorko,\n\nděkujeme za trpělivost a za podrobné vysvětlení ohledně dvou vyšetření, která Vaše klinika zrušila ještě před odběrem. Chápeme, že v sezóně očkování máte práce nad hlavu. Na tato dvě vyšetření Vám vystavíme dobropis ve výši 1 840,00 Kč. Zbývající částka faktury AL-CZ-2215, 15 260,00 Kč, zůstává splatná k 10. březnu 2026 a zaplatit ji můžete na https://pay.aurelab.example/c/Z2215.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Warm reminder with one sentence promising a credit note (dobropis). Cancellations were the customer's, so no fault.",
  {RC: "vystavíme dobropis ve výši 1 840,00 Kč"})

V("cs", [SD], False,
  "Platba kartou zamítnuta - AL-CZ-2240",
  "Dobrý den, pane Procházko,\n\npokusili jsme se strhnout 6 480,00 Kč za fakturu AL-CZ-2240 z karty, kterou u nás máte uloženou, {CARD_CZ}, platnost {EXP_CZ}, CVC {CVC_CZ}, ale banka platbu zamítla. Aktualizujte prosím kartu na https://pay.aurelab.example/c/Z2240.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Full card number, expiry and CVC typed into a declined-payment notice.",
  {SD: "{CARD_CZ}"},
  [{"kind": "card", "value": "{CARD_CZ}"}, {"kind": "expiry", "value": "{EXP_CZ}"},
   {"kind": "cvc", "value": "{CVC_CZ}"}])

V("cs", [FA, TC], False,
  "Re: pozdní výsledky a faktura AL-CZ-2252",
  "Dobrý den, pane Šimku,\n\nmáte pravdu, výsledky pracovnělékařských prohlídek jsme Vám poslali o týden později, než jsme slíbili, a to je čistě naše chyba. Jako omluvu jsme posunuli splatnost faktury AL-CZ-2252 (33 700,00 Kč) na 30. dubna 2026.\n\nS pozdravem\n\nOddělení pohledávek\nAurelab Diagnostika s.r.o.",
  "Admits our delay was our fault and, as an apology, moves the due date.",
  {FA: "to je čistě naše chyba", TC: "posunuli splatnost faktury AL-CZ-2252 (33 700,00 Kč) na 30. dubna 2026"})
