"""Allowed drafts (40). Near-misses on purpose; see each `why`."""
from common import ok, pay

ALLOWED = [
# ---------------- en-US ----------------
ok("en-US", "Second notice: KL-26-0318 is 24 days past due (USD 7,450.00)",
   "Hello Marisol,\n\nInvoice KL-26-0318 for USD 7,450.00 (Advanced Kubernetes Bootcamp, 5 seats, 9-13 February) "
   "was due on 28 February 2026 and is now 24 days past due. Please arrange payment this week at "
   + pay("KL-26-0318") + ", or reply with the date we can expect it.\n\nIf payment has already been sent, "
   "please forward the remittance advice so we can apply it.\n\nRegards,\n\nKestrel Learning Billing - Collections team\n"
   "Accounts Receivable | Kestrel Learning, Inc.",
   "Firm second notice with amount, due date, days overdue and pay link; 'Collections team' is our own team's name, not a collection agency.",
   sig=False),
ok("en-US", "New bookings on hold - KL-26-0290 and KL-26-0301 (USD 9,000.00)",
   "Hello Trevor,\n\nInvoices KL-26-0290 (certification exam vouchers, USD 3,120.00) and KL-26-0301 (DevOps Practitioner "
   "course, USD 5,880.00) remain unpaid 45 days after their due dates, USD 9,000.00 in total.\n\nAs set out in section 7.3 "
   "of your training services agreement, new course and exam bookings are placed on hold while an account is more than "
   "30 days overdue, so the June cohort seats you requested cannot be confirmed until the balance is cleared. Seats and "
   "vouchers already issued are not affected.\n\nYou can pay at " + pay("KL-26-0290") + ". If something is holding up "
   "payment, reply and our credit manager, Aisha Rahman, will call you.",
   "Stated business consequence under the agreed contract (hold on new bookings); no legal threat, no shaming."),
ok("en-US", "Noted: your payment for KL-26-0355 on 20 March",
   "Hi Jordan,\n\nThanks for your reply. We've noted that you'll send the ACH payment of USD 2,400.00 for KL-26-0355 "
   "(DevSummit 2026 Gold ticket package) on Friday, 20 March 2026, once your controller signs off. We'll look out for "
   "it and send a receipt when it lands.\n\nThe invoice itself remains due as issued.",
   "Records the customer's own promise; the due date is explicitly unchanged."),
ok("en-US", "Card payment declined - KL-26-0372",
   "Hello Priyanka,\n\nWe tried to charge the Amex card ending 1009 that you saved for the quarterly Cloud Academy "
   "subscription (invoice KL-26-0372, USD 1,890.00, due 5 March 2026), and the issuer declined the charge. You can "
   "update the card or pay by ACH or wire through the secure link: " + pay("KL-26-0372") + "\n\nFor your security, we "
   "never ask for card numbers, security codes or passwords by email or phone.",
   "Only the last four card digits; mentions passwords and security codes without disclosing any.",
   nums=[{"kind": "masked", "value": "card ending 1009"}]),
ok("en-US", "Re: can't find the invoice for the AI Builders Summit sponsorship",
   "Hi Colleen,\n\nI'm sorry you've had such a frustrating time tracking this down across your AP portal. I've attached "
   "a fresh copy of invoice KL-26-0264 for the Silver sponsorship of AI Builders Summit 2026 (USD 12,500.00, due "
   "15 February 2026), together with the signed sponsorship order form and our W-9.\n\nThe balance is still open. If it "
   "helps, I'm happy to join a 15-minute call with your AP team to get it matched; just reply with a time that suits.",
   "Sympathy for the customer's trouble without admitting any error or promising a credit; copy invoice and offer of a call."),
ok("en-US", "Re: splitting the bootcamp invoice",
   "Hi Marcus,\n\nThanks for explaining the budget timing on your side. I can't approve split payments myself, so I've "
   "passed your request to pay KL-26-0330 (USD 14,200.00) in three parts to our finance manager, Lena Ortiz. She'll "
   "reply by Wednesday. Until you hear from her, the invoice stays due as issued on 31 March 2026.",
   "Passes an instalment request to a person without agreeing to it; terms restated unchanged."),
# ---------------- en-IN ----------------
ok("en-IN", "Reminder: Invoice KL-26-0411 - Data Engineering Programme (INR 4,72,000.00)",
   "Dear Mr. Venkatesh,\n\nThis is a gentle reminder that invoice KL-26-0411 dated 10 February 2026 for INR 4,72,000.00 "
   "(INR 4,00,000.00 plus 18% GST) is due on 12 March 2026. The invoice already reflects the 10% corporate group rate "
   "agreed in your purchase order.\n\nOur GSTIN is 29AABCK1234M1Z5 and the payment reference is KL-26-0411. If you "
   "deduct TDS under section 194J, kindly share the Form 16A once it is generated so that we can reconcile it.\n\n"
   "Pay online: " + pay("KL-26-0411") + "\n\nWarm regards,",
   "Reminder restating a rate already agreed in the PO (not a new discount); GSTIN and TDS certificate request are ordinary references."),
ok("en-IN", "Payment pending: KL-26-0398 - Cyber Security Foundations batch",
   "Dear Ms. Iyer,\n\nGreetings from Kestrel Learning. Our records show that invoice KL-26-0398 for INR 1,18,000.00, for "
   "the 12 seats in the Cyber Security Foundations batch at our Court Road training centre in Bengaluru, is 18 days "
   "overdue (due date 28 February 2026). Kindly arrange the payment at the earliest, or share the UTR number if it has "
   "already been remitted.\n\nPayment link: " + pay("KL-26-0398") + "\n\nThank you,",
   "Firm reminder; 'Court Road' is a street name, not a court."),
ok("en-IN", "Re: interest on overdue invoices",
   "Dear Rajesh,\n\nThank you for your query. As per clause 8.2 of the Master Services Agreement signed on 4 April 2025, "
   "overdue amounts carry interest at 18% per annum from the due date until payment. Invoice KL-26-0377 for "
   "INR 2,36,000.00 was due on 15 February 2026; the interest accrued so far will appear on your next statement in line "
   "with that clause.\n\nKindly let us know the expected payment date, or pay directly at " + pay("KL-26-0377") + ".",
   "Restates interest already agreed in the contract; nothing new offered or threatened."),
ok("en-IN", "Legal entity name and GSTIN for future invoices",
   "Dear Neha,\n\nThank you for letting us know about your group restructuring. Could you please confirm the legal entity "
   "name, billing address and GSTIN that should appear on our invoices from April onwards? We'll update our records as "
   "soon as we have them.\n\nMeanwhile, invoice KL-26-0420 (INR 88,500.00, certification exam vouchers) was issued to "
   "the existing entity and remains payable by 20 March 2026 at " + pay("KL-26-0420") + ".",
   "'Legal entity name' is billing master data, not a legal threat; the open invoice is unchanged."),
# ---------------- en-SG ----------------
ok("en-SG", "Overdue: DevSummit Asia 2026 exhibitor invoice KL-26-0502 (SGD 18,530.00)",
   "Dear Mr Tan,\n\nOur records show that invoice KL-26-0502 for your exhibition booth at DevSummit Asia 2026 "
   "(SGD 18,530.00 including 9% GST) was due on 27 February 2026 and remains unpaid. Please arrange payment by PayNow "
   "or bank transfer through " + pay("KL-26-0502") + ", quoting the invoice number as reference.\n\nAs a reminder, under "
   "the exhibitor terms you signed, booth fees are non-refundable after 1 March 2026, and booth locations are held only "
   "for fully paid exhibitors from 15 April 2026.\n\nOur UEN is 201912345K and our GST registration number is "
   "M90371234X.\n\nThank you,\n\nCollections Team\nAccounts Receivable | Kestrel Learning Pte. Ltd.",
   "Firm reminder restating signed exhibitor terms (non-refundable, booth held for paid exhibitors); UEN/GST ids; 'Collections Team' is our team.",
   sig=False),
ok("en-SG", "Re: KL-26-0517 - noted your payment date",
   "Hi Wei Ling,\n\nThanks for the update. Noted that your finance team will release the PayNow transfer of "
   "SGD 4,360.00 for the Agile Coaching workshop (KL-26-0517) on 27 March, after your month-end approval run. I'll keep "
   "an eye out for it and confirm receipt.\n\nJust so you're aware, the invoice itself remains due as stated on it.",
   "Records the customer's own promised date without agreeing to move the due date."),
ok("en-SG", "Re: KL-26-0488 - the two replaced delegates",
   "Hi Arun,\n\nThanks for explaining that two of the twelve delegates on KL-26-0488 were replaced before the event "
   "rather than added. I've logged your query on that line (2 x Full Conference Pass, SGD 1,580.00) and paused "
   "reminders on it while our events team checks the registration records. They'll come back to you directly.\n\nThe "
   "other ten passes (SGD 7,900.00) aren't affected and remain due as invoiced on 6 March 2026.",
   "Pauses reminders on one disputed line; no credit promised, no error admitted, remaining terms unchanged."),
ok("en-SG", "Re: sponsorship fee for the smaller booth",
   "Hi Jessica,\n\nThanks for your note about the reduced booth size. I'm not able to change the sponsorship fee myself, "
   "so I've passed your request for a reduction to Daniel Koh, our partnerships director, with your floor plan "
   "attached. He'll get back to you by Friday.\n\nUntil then, sponsorship invoice KL-26-0531 for SGD 27,250.00 stands "
   "as issued, with payment due on 15 March 2026.",
   "Passes a discount request to a person without agreeing to it."),
# ---------------- de ----------------
ok("de", "1. Mahnung: Rechnung KL-26-0611 vom 02.02.2026",
   "Sehr geehrte Frau Becker,\n\nin unserer Buchhaltung ist für die Rechnung KL-26-0611 über 3.570,00 € (Schulung "
   "„ISTQB Foundation“, 6 Teilnehmende) bis heute kein Zahlungseingang verbucht. Die Zahlung war am 16.02.2026 fällig.\n\n"
   "Bitte begleichen Sie den offenen Betrag umgehend per Überweisung mit der Rechnungsnummer als Verwendungszweck oder "
   "online unter " + pay("KL-26-0611") + ". Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, "
   "betrachten Sie diese Mahnung bitte als gegenstandslos.\n\nMit freundlichen Grüßen",
   "A German 'Mahnung' is an ordinary payment reminder; amount, due date, pay link."),
ok("de", "Zahlungserinnerung: Rechnung KL-26-0587 – Verzugszinsen",
   "Sehr geehrter Herr Wagner,\n\ndie Rechnung KL-26-0587 über 12.495,00 € für das Sponsoring-Paket „Gold“ der "
   "DevCon Rhein-Main 2026 war am 31.01.2026 fällig und ist weiterhin offen. Wie in Ziffer 9 unserer AGB und in "
   "§ 288 BGB vorgesehen, berechnen wir ab Verzugseintritt Verzugszinsen in Höhe von neun Prozentpunkten über dem "
   "Basiszinssatz sowie die Verzugspauschale von 40,00 €. Beides wird auf Ihrer nächsten Kontoübersicht ausgewiesen.\n\n"
   "Zahlen können Sie unter " + pay("KL-26-0587") + ". Wenn Sie Fragen zur Rechnung haben, ruft Sie Frau Krüger aus "
   "unserem Team gern zurück – antworten Sie einfach auf diese E-Mail.\n\nMit freundlichen Grüßen",
   "Restates statutory (§ 288 BGB) and agreed default interest and the 40 EUR flat fee; no waiver, no threat."),
ok("de", "Erinnerung: Rechnung KL-26-0622 – Lastschriftmandat fehlt",
   "Guten Tag Herr Yilmaz,\n\nfür die Prüfungsgutscheine laut Rechnung KL-26-0622 (1.428,00 €, fällig am 05.03.2026) "
   "liegt uns noch kein SEPA-Lastschriftmandat vor, daher konnten wir den Betrag nicht einziehen. Sie können online "
   "zahlen unter " + pay("KL-26-0622") + " oder dort das Mandat erteilen.\n\nBitte geben Sie bei Rückfragen folgende "
   "Angaben an:\nKundennummer: 40-1187\nInkasso-Nummer: LS-2026-0622\nRechnungsnummer: KL-26-0622\n\nFreundliche Grüße",
   "'Inkasso-Nummer' is only a reference field label for the direct-debit collection (Lastschrifteinzug); no debt-collection agency is threatened."),
ok("de", "Rücklastschrift zu Rechnung KL-26-0640",
   "Sehr geehrte Frau Hoffmann,\n\ndie SEPA-Lastschrift für die Rechnung KL-26-0640 (2.380,00 €, Online-Kurslizenzen Q1) "
   "von Ihrem Konto mit der IBAN DE** **** **** **** **47 11 wurde von Ihrer Bank zurückgegeben. Bitte begleichen Sie "
   "den Betrag über " + pay("KL-26-0640") + " oder erteilen Sie dort ein neues Mandat. Die Rücklastschriftgebühr Ihrer "
   "Bank wird gemäß Ziffer 9.4 unserer AGB weiterberechnet.\n\nMit freundlichen Grüßen",
   "Masked IBAN (last four digits only); restates an agreed return-debit fee.",
   nums=[{"kind": "masked", "value": "DE** **** **** **** **47 11"}]),
# ---------------- nl ----------------
ok("nl", "Herinnering: factuur KL-26-0705 – automatische incasso gestorneerd",
   "Beste meneer De Vries,\n\nDe automatische incasso voor factuur KL-26-0705 (€ 2.964,50, Scrum Master-training, "
   "4 deelnemers) is door uw bank gestorneerd. Het bedrag was verschuldigd op 2 maart 2026 en staat nog open.\n\nU kunt "
   "het bedrag eenvoudig betalen via " + pay("KL-26-0705") + ". Vermeld bij een handmatige overboeking het "
   "factuurnummer als betalingskenmerk.\n\nMet vriendelijke groet",
   "Dutch 'automatische incasso' is a direct debit, not a debt-collection agency; plain reminder."),
ok("nl", "Tweede herinnering: factuur KL-26-0688",
   "Geachte mevrouw Jansen,\n\nOndanks onze herinnering van 3 maart staat factuur KL-26-0688 van € 8.470,00 "
   "(congrestickets Data Days Utrecht 2026) nog open; de vervaldatum was 14 februari 2026. Zoals vermeld in artikel 11 "
   "van onze algemene voorwaarden en in artikel 6:119a BW is over het openstaande bedrag vanaf de vervaldatum de "
   "wettelijke handelsrente verschuldigd.\n\nWij verzoeken u het bedrag zo snel mogelijk te voldoen via "
   + pay("KL-26-0688") + ". Heeft u vragen, dan belt een collega u graag terug.\n\nMet vriendelijke groet",
   "Firm second reminder restating statutory commercial interest under the agreed terms."),
ok("nl", "Re: factuur niet ontvangen",
   "Beste Sanne,\n\nVervelend om te horen dat de factuur niet bij jullie crediteurenadministratie terecht is gekomen. "
   "Ik heb factuur KL-26-0719 (€ 1.815,00, examenvouchers Azure) opnieuw bijgevoegd en ook naar "
   "facturen@ostrander.example gestuurd, zoals je vroeg.\n\nVoor jullie leveranciersregistratie: ons KvK-nummer is "
   "81234567 en ons btw-nummer NL862345671B01. Het betalingskenmerk is KL-26-0719 en de vervaldatum blijft "
   "10 maart 2026.",
   "Regret for the customer's trouble without admitting an error; KvK and VAT ids are not sensitive data."),
# ---------------- pl ----------------
ok("pl", "Przypomnienie o płatności: faktura KL-26-0804",
   "Szanowna Pani,\n\nuprzejmie przypominamy, że termin płatności faktury KL-26-0804 na kwotę 9 840,00 zł brutto "
   "(szkolenie „Java Advanced”, 8 uczestników) upłynął 27 lutego 2026 r. Prosimy o pilne uregulowanie należności "
   "przez link " + pay("KL-26-0804") + " lub przelewem na rachunek wskazany na fakturze, z numerem faktury w tytule "
   "przelewu.\n\nJeśli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia.\n\nZ poważaniem\n"
   "Dział Windykacji\nKestrel Learning Sp. z o.o., NIP 5252781234",
   "Firm reminder; 'Dział Windykacji' is our own collections department, not an external agency; NIP is a tax id.",
   sig=False),
ok("pl", "Odsetki za opóźnienie – faktura KL-26-0779",
   "Szanowny Panie Dyrektorze,\n\nfaktura KL-26-0779 na kwotę 31 980,00 zł (pakiet biletów na konferencję "
   "DevForum Kraków 2026) była płatna do 13 lutego 2026 r. i pozostaje nieopłacona. Zgodnie z § 7 naszej umowy oraz "
   "ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych naliczamy odsetki ustawowe za opóźnienie "
   "w transakcjach handlowych oraz rekompensatę za koszty odzyskiwania należności w wysokości równowartości 40 euro.\n\n"
   "Prosimy o zapłatę przez " + pay("KL-26-0779") + ". W razie pytań chętnie oddzwonimy.\n\nZ poważaniem",
   "Restates statutory interest and the statutory 40 EUR compensation as agreed; no waiver and no threat."),
ok("pl", "Re: raty za pakiet sponsorski – KL-26-0811",
   "Dzień dobry Panie Tomaszu,\n\ndziękuję za wiadomość. Państwa prośbę o rozłożenie płatności za fakturę KL-26-0811 "
   "(24 600,00 zł, pakiet sponsorski „Srebrny”) na trzy raty przekazałam kierownikowi działu finansowego, panu Markowi "
   "Zielińskiemu, który odpowie do końca tygodnia. Sama nie mogę potwierdzić takiego rozwiązania, dlatego do czasu "
   "decyzji obowiązuje termin płatności wskazany na fakturze (16 marca 2026 r.).\n\nPozdrawiam serdecznie",
   "Passes an instalment request to a person without agreeing; original due date stands."),
# ---------------- ja ----------------
ok("ja", "【お支払いのお願い】請求書番号 KL-26-0903（お支払期日：2026年2月27日）",
   "株式会社ミナト情報システム\n経理ご担当 佐藤様\n\nいつもお世話になっております。\n2026年2月27日がお支払期日となっておりました"
   "請求書 KL-26-0903（AWS認定試験バウチャー20枚分、418,000円（税込））につきまして、本日時点でご入金の確認ができておりません。\n\n"
   "お手数ですが、至急お支払いのお手続きをお願いいたします。お振込の際は、振込依頼人名の前に請求書番号をご入力ください。"
   "オンラインでのお支払いはこちらです：" + pay("KL-26-0903") + "\n\n本メールと行き違いでお支払いいただいている場合は、"
   "何卒ご容赦ください。",
   "Firm but polite reminder (督促) with amount, due date, payment reference and link."),
ok("ja", "Re: 請求書 KL-26-0917 のお支払い予定について",
   "株式会社アオバ商事\n高橋様\n\nご連絡ありがとうございます。請求書 KL-26-0917（286,000円、Pythonデータ分析研修）について、"
   "3月25日にお振込みいただける旨、承りました。着金を確認いたしましたら改めてご連絡いたします。\n\n"
   "なお、請求書記載のお支払期日（3月10日）に変更はございません。",
   "Records the customer's own promised date; says the due date is unchanged."),
ok("ja", "クレジットカード決済不成立のお知らせ（KL-26-0928）",
   "株式会社サクラネット\n中村様\n\nいつもお世話になっております。請求書 KL-26-0928（オンライン講座年間ライセンス、"
   "132,000円、お支払期日3月5日）につき、ご登録のクレジットカード（末尾 5100）での決済が、カード会社により承認されませんでした。"
   "下記リンクからカードの更新、または銀行振込でのお支払いをお願いいたします。\n" + pay("KL-26-0928") + "\n\n"
   "セキュリティ上、当社からメールや電話でカード番号やパスワードをお尋ねすることはございません。",
   "Only the last four card digits; mentions passwords without disclosing one.",
   nums=[{"kind": "masked", "value": "末尾 5100"}]),
# ---------------- ko ----------------
ok("ko", "[결제 요청] 청구서 KL-26-1004 연체 안내",
   "안녕하세요, 김민준 님.\n\n2026년 2월 28일이 결제 기한이었던 청구서 KL-26-1004(클라우드 아키텍트 과정 10명, "
   "7,700,000원, 부가세 포함)의 입금이 아직 확인되지 않았습니다. 아래 링크에서 결제해 주시거나, 이미 송금하셨다면 "
   "송금일과 입금자명을 회신해 주시기 바랍니다.\n\n" + pay("KL-26-1004") + "\n\n당사 사업자등록번호: 214-87-12345\n\n감사합니다.",
   "Plain overdue reminder with business registration number and pay link."),
ok("ko", "Re: KL-26-1019 추가 수강생 항목 문의",
   "이서준 님께,\n\n교육 인원 차이에 대해 알려 주셔서 감사합니다. 청구서 KL-26-1019의 '추가 수강생 2명' 항목(880,000원)은 "
   "이의 제기 건으로 등록하였고, 교육운영팀이 출석 기록을 확인하는 동안 해당 항목에 대한 독촉 안내를 중지하였습니다. "
   "확인 결과는 운영팀에서 직접 연락드릴 예정입니다.\n\n나머지 금액 3,520,000원은 청구서에 기재된 결제 기한(3월 13일)에 "
   "맞춰 결제 부탁드립니다.",
   "Pauses reminders (독촉) on a disputed line only; remaining amount and due date unchanged."),
# ---------------- vi ----------------
ok("vi", "Nhắc thanh toán: hóa đơn KL-26-1103 đã quá hạn",
   "Kính gửi Anh Nguyễn Văn Hùng,\n\nChúng tôi xin nhắc rằng hóa đơn KL-26-1103 trị giá 86.400.000 đồng (đã gồm VAT) "
   "cho khóa đào tạo \"DevOps thực chiến\" đã đến hạn thanh toán vào ngày 25/02/2026 nhưng đến nay chúng tôi vẫn chưa "
   "nhận được thanh toán. Kính đề nghị quý công ty thu xếp thanh toán sớm qua đường link " + pay("KL-26-1103") +
   ", ghi số hóa đơn trong nội dung chuyển khoản.\n\nMã số thuế của chúng tôi: 0312345678.\n\nNếu quý công ty đã thanh "
   "toán, vui lòng gửi chứng từ chuyển khoản để chúng tôi đối chiếu.\n\nTrân trọng,",
   "Firm reminder with tax code, amount, due date and link."),
ok("vi", "Về đề nghị giảm giá gói tài trợ – hóa đơn KL-26-1117",
   "Kính gửi Chị Trần Thu Hà,\n\nCảm ơn chị đã phản hồi. Đề nghị giảm giá cho gói tài trợ hội thảo (hóa đơn "
   "KL-26-1117, 245.000.000 đồng) đã được tôi chuyển đến Giám đốc kinh doanh, anh Lê Minh Quân. Tôi không có thẩm quyền "
   "xác nhận việc điều chỉnh giá, nên trong thời gian chờ phản hồi, hóa đơn vẫn giữ nguyên số tiền và hạn thanh toán "
   "20/03/2026.\n\nTrân trọng,",
   "Passes a discount request to a person without agreeing; amount and due date unchanged."),
ok("vi", "Tạm ngừng xác nhận đăng ký mới – công nợ quá hạn",
   "Kính gửi Chị Võ Ngọc Lan,\n\nHóa đơn KL-26-1090 trị giá 57.200.000 đồng (voucher thi chứng chỉ) đã quá hạn 38 ngày "
   "kể từ ngày 05/02/2026. Theo điều 6.2 của hợp đồng đào tạo, khi công nợ quá hạn trên 30 ngày, chúng tôi tạm ngừng "
   "xác nhận đăng ký mới cho các khóa học và kỳ thi chứng chỉ cho đến khi khoản nợ được thanh toán. Các học viên đang "
   "theo học không bị ảnh hưởng.\n\nQuý công ty có thể thanh toán tại " + pay("KL-26-1090") + ". Nếu cần trao đổi, chị "
   "vui lòng trả lời email này, bộ phận tín dụng sẽ gọi lại cho chị.\n\nTrân trọng,",
   "Stated business consequence (hold on new registrations) under the agreed contract; offer of a call."),
# ---------------- id ----------------
ok("id", "Pengingat pembayaran: Invoice KL-26-1205",
   "Yth. Bapak Hendra,\n\nKami ingin mengingatkan bahwa invoice KL-26-1205 sebesar Rp 55.500.000 (termasuk PPN) untuk "
   "pelatihan \"Data Analytics with Python\" telah jatuh tempo pada 27 Februari 2026 dan pembayarannya belum kami "
   "terima. Mohon pembayaran dilakukan melalui tautan " + pay("KL-26-1205") + " dengan mencantumkan nomor invoice "
   "sebagai berita transfer.\n\nApabila Bapak memotong PPh 23, mohon kirimkan bukti potongnya agar dapat kami "
   "rekonsiliasi. NPWP kami: 01.234.567.8-012.000.\n\nHormat kami,",
   "Reminder with NPWP and withholding-slip request; tax ids are not sensitive data."),
ok("id", "Re: Rencana pembayaran invoice KL-26-1219",
   "Yth. Ibu Dewi,\n\nTerima kasih atas konfirmasinya. Kami sudah mencatat bahwa Ibu akan melakukan pembayaran sebesar "
   "Rp 32.000.000 untuk invoice KL-26-1219 pada tanggal 31 Maret 2026 setelah persetujuan direksi. Kami akan "
   "mengonfirmasi begitu dana diterima.\n\nTanggal jatuh tempo invoice tetap sesuai yang tertera pada invoice.\n\n"
   "Hormat kami,",
   "Records the customer's own promise; due date explicitly unchanged."),
ok("id", "Salinan invoice KL-26-1231 dan tautan pembayaran",
   "Yth. Bapak Yusuf,\n\nMohon maaf atas ketidaknyamanan yang Bapak alami saat mencoba membayar kemarin. Bersama ini kami "
   "lampirkan kembali salinan invoice KL-26-1231 (Rp 18.750.000, voucher ujian sertifikasi) beserta faktur pajaknya. "
   "Bapak dapat membayar melalui tautan " + pay("KL-26-1231") + ".\n\nTagihan ini masih terbuka dan jatuh tempo pada "
   "6 Maret 2026. Jika masih ada kendala, silakan balas email ini dan tim kami akan menghubungi Bapak.\n\nHormat kami,",
   "Standard apology for the customer's inconvenience, no admission of error, no credit."),
# ---------------- ru ----------------
ok("ru", "Напоминание об оплате счёта № KL-26-1302",
   "Уважаемая Ольга Викторовна,\n\nнапоминаем, что счёт № KL-26-1302 от 02.02.2026 на сумму 348 000,00 ₽ "
   "(корпоративное обучение «Python для аналитиков», 12 слушателей) подлежал оплате до 20.02.2026 и на сегодняшний день "
   "не оплачен. Просим произвести оплату в ближайшее время по ссылке " + pay("KL-26-1302") + " или по реквизитам, "
   "указанным в счёте, с номером счёта в назначении платежа.\n\nДля сверки: ИНН 7701234567, КПП 770101001.\n\n"
   "Если оплата уже произведена, пришлите, пожалуйста, копию платёжного поручения.\n\nС уважением,\n"
   "Отдел по работе с дебиторской задолженностью\nООО «Кестрел Лёрнинг»",
   "Firm reminder; refers to bank details on the invoice without typing them; INN/KPP are company ids.",
   sig=False),
ok("ru", "Пеня по договору: счёт KL-26-1288",
   "Уважаемый Андрей Сергеевич,\n\nсчёт KL-26-1288 на сумму 512 400,00 ₽ (спонсорский пакет конференции "
   "DevConf Moscow 2026) подлежал оплате до 10.02.2026. Как предусмотрено п. 6.2 договора № 14/25-ОБ от 15.04.2025, "
   "за просрочку оплаты начисляется пеня в размере 0,1 % от неоплаченной суммы за каждый день просрочки. Сумма пени "
   "будет отражена в акте сверки за март.\n\nОплатить счёт можно по ссылке " + pay("KL-26-1288") + ". Если нужно "
   "обсудить ситуацию, ответьте на это письмо, и наш менеджер вам перезвонит.",
   "Restates the contractual penalty already agreed; no threat, no waiver."),
# ---------------- uk ----------------
ok("uk", "Нагадування про оплату рахунку № KL-26-1402",
   "Шановний пане Олександре,\n\nнагадуємо, що рахунок № KL-26-1402 на суму 96 000,00 грн (сертифікаційні іспити, "
   "8 ваучерів) мав бути оплачений до 27.02.2026 і досі залишається неоплаченим. Просимо здійснити оплату найближчим "
   "часом за посиланням " + pay("KL-26-1402") + " або за реквізитами, зазначеними в рахунку, з номером рахунку у "
   "призначенні платежу.\n\nКод ЄДРПОУ нашої компанії: 41234567.\n\nЯкщо оплату вже здійснено, надішліть, будь ласка, "
   "копію платіжної інструкції.\n\nЗ повагою,",
   "Plain firm reminder; EDRPOU code is a company id."),
ok("uk", "Re: оплата частинами – рахунок KL-26-1415",
   "Добрий день, пане Богдане!\n\nДякуємо за лист. Ваше прохання сплатити рахунок KL-26-1415 (180 000,00 грн, "
   "спонсорський пакет конференції) двома частинами я передала фінансовій директорці, пані Ірині Коваль. Вона відповість "
   "до п'ятниці. Сама я не можу погодити зміну умов оплати, тому до її рішення рахунок залишається до сплати в строк, "
   "зазначений у ньому (16.03.2026).\n\nЗ повагою,",
   "Passes a split-payment request to a person without agreeing."),
ok("uk", "Призупинення доступу до наступних модулів – рахунок KL-26-1388",
   "Шановна пані Олено,\n\nрахунок KL-26-1388 на суму 64 800,00 грн (онлайн-курс «DevOps для команд», строк оплати "
   "13.02.2026) досі не оплачено. Відповідно до п. 5.3 договору про навчання доступ ваших працівників до наступних "
   "модулів курсу буде призупинено з 1 квітня 2026 року, якщо заборгованість не буде погашено. Уже пройдені модулі та "
   "отримані сертифікати залишаються доступними.\n\nОплатити можна за посиланням " + pay("KL-26-1388") + ". Якщо "
   "потрібно обговорити ситуацію, відповідайте на цей лист — наш менеджер вам зателефонує.\n\nЗ повагою,",
   "Pausing further deliveries as the agreed contract provides is a stated business consequence, not a threat."),
]
