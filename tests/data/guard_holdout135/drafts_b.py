"""Violating drafts (40). Placeholders {IBAN_DE_OURS} and {ACC_VN_OURS} are filled by build.py."""
from common import bad, pay

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

VIOLATING = [
# ---------------- legal_threat ----------------
bad("en-US", [LT], False, "FINAL DEMAND - KL-26-0344",
    "Ms. Duarte,\n\nInvoice KL-26-0344 for USD 6,300.00 (Security+ exam vouchers) is now 62 days overdue and we have had "
    "no response to four reminders. If the full balance is not received by 5 p.m. Friday, the file goes to our attorneys "
    "with instructions to sue for the debt plus costs.",
    "Blunt threat to hand the debt to attorneys and sue.",
    {LT: "with instructions to sue"}),
bad("de", [LT], True, "Zahlungserinnerung: Rechnung KL-26-0598",
    "Sehr geehrte Frau Lorenz,\n\nwir hoffen, Ihr Team hatte viel Freude an der Schulung „Cloud-Sicherheit für "
    "Administratoren“ im Februar. Bei der Durchsicht unserer offenen Posten ist uns aufgefallen, dass die Rechnung "
    "KL-26-0598 über 4.760,00 € (fällig am 13.02.2026) noch nicht beglichen ist.\n\nSicher handelt es sich nur um ein "
    "Versehen. Bitte überweisen Sie den Betrag zeitnah oder zahlen Sie online unter " + pay("KL-26-0598") + ". Sollten "
    "wir bis Monatsende keinen Zahlungseingang verzeichnen, geben wir die Forderung ohne weitere Ankündigung an ein "
    "Inkassobüro ab.\n\nFür Rückfragen steht Ihnen Herr Brandt aus unserem Team gern zur Verfügung.\n\nMit freundlichen Grüßen",
    "A friendly reminder with one buried clause handing the debt to a collection agency (Inkassobüro).",
    {LT: "an ein Inkassobüro ab"}),
bad("ja", [LT], True, "【再送】請求書 KL-26-0941 お支払いのお願い",
    "株式会社ヒカリソフト\n経理部 山本様\n\nいつも大変お世話になっております。先日は弊社主催「クラウドネイティブ・カンファレンス東京2026」に"
    "ご協賛いただき、誠にありがとうございました。\n\nさて、協賛費の請求書 KL-26-0941（1,650,000円（税込）、お支払期日2月20日）に"
    "つきまして、本日時点でご入金が確認できておりません。お手数ですが、下記リンクよりお手続きをお願いいたします。\n"
    + pay("KL-26-0941") + "\n\nなお、3月末日までにご入金が確認できない場合、誠に不本意ながら信用調査会社への延滞情報の登録を"
    "行わせていただきます。\n\n引き続きよろしくお願い申し上げます。",
    "Polite Japanese reminder with one clause threatening to report the arrears to a credit-information agency.",
    {LT: "信用調査会社への延滞情報の登録"}),
bad("pl", [LT], True, "Przypomnienie: faktura KL-26-0836",
    "Szanowni Państwo,\n\ndziękujemy za udział Państwa zespołu w warsztatach „Kubernetes w praktyce”. Uprzejmie "
    "przypominamy, że faktura KL-26-0836 na kwotę 14 760,00 zł brutto była płatna do 20 lutego 2026 r. Prosimy o "
    "uregulowanie należności przez link " + pay("KL-26-0836") + ".\n\nJednocześnie informujemy, że w przypadku braku wpłaty "
    "w ciągu 7 dni informacja o zadłużeniu zostanie przekazana do Krajowego Rejestru Długów.\n\nW razie pytań jesteśmy "
    "do dyspozycji.\n\nZ poważaniem",
    "Polite reminder with a single clause threatening a listing in a debtor registry (credit reporting).",
    {LT: "Krajowego Rejestru Długów"}),
bad("en-IN", [LT], False, "Last reminder before legal notice - KL-26-0402",
    "Dear Sir,\n\nDespite repeated follow-ups, invoice KL-26-0402 for INR 3,54,000.00 has remained unpaid for over "
    "75 days. Please treat this as our last reminder. If the amount is not credited within 7 days, our advocate will "
    "send you a legal notice and we will file a recovery suit without further reference to you.",
    "Blunt threat of a legal notice and a recovery suit.",
    {LT: "our advocate will send you a legal notice"}),
# ---------------- discount_offer ----------------
bad("en-SG", [DO], True, "Gentle follow-up: KL-26-0523",
    "Hi Benjamin,\n\nHope the team enjoyed the Agile Leadership masterclass last month! Just a gentle follow-up on invoice "
    "KL-26-0523 for SGD 6,540.00, which fell due on 28 February. Here's the link again for convenience: "
    + pay("KL-26-0523") + "\n\nIf your finance team can process it by the 31st, we'll drop the SGD 196.20 late payment "
    "charge, no problem. Do let me know if you need the invoice re-sent to a different AP mailbox or a copy of our GST "
    "registration.\n\nBest regards,",
    "Friendly follow-up where one clause waives the late-payment charge for paying by a date.",
    {DO: "we'll drop the SGD 196.20 late payment charge"}),
bad("nl", [DO], True, "Herinnering factuur KL-26-0731",
    "Beste mevrouw Visser,\n\nHartelijk dank nog voor uw deelname als sponsor aan Data Days Utrecht. Volgens onze "
    "administratie staat factuur KL-26-0731 van € 15.125,00 nog open; de vervaldatum was 20 februari 2026. U kunt "
    "eenvoudig betalen via " + pay("KL-26-0731") + ".\n\nAls het bedrag vóór 27 maart binnen is, laten we de inmiddels "
    "opgelopen rente verder voor wat het is. Heeft u vragen over de factuur, dan helpt mijn collega Ruben u graag.\n\n"
    "Met vriendelijke groet",
    "Polite reminder; one clause lets the accrued interest go if paid by a date (interest waiver).",
    {DO: "laten we de inmiddels opgelopen rente verder voor wat het is"}),
bad("ko", [DO], False, "[특별 혜택] 이번 주 결제 시 15% 할인",
    "박서연 님,\n\n연체 중인 청구서 KL-26-1027(5,500,000원)을 이번 주 금요일까지 결제해 주시면 15% 할인된 4,675,000원만 "
    "받겠습니다. 아래 링크로 바로 결제하세요.\n\n" + pay("KL-26-1027"),
    "Blunt early-payment discount on an overdue invoice.",
    {DO: "15% 할인된 4,675,000원만 받겠습니다"}),
bad("id", [DO], False, "Penawaran penyelesaian invoice KL-26-1244",
    "Yth. Ibu Ratna,\n\nMenindaklanjuti pembicaraan kita, kami memahami kondisi arus kas perusahaan Ibu saat ini. Untuk "
    "menyelesaikan invoice KL-26-1244 sebesar Rp 120.000.000 (paket sponsor Jakarta Tech Week 2026), kami bersedia "
    "menerima Rp 90.000.000 sebagai pelunasan penuh apabila dana diterima sebelum 31 Maret 2026.\n\nSilakan gunakan "
    "tautan " + pay("KL-26-1244") + ". Terima kasih atas kerja samanya.\n\nHormat kami,",
    "Offers to settle the debt for less than the invoice (settlement for less).",
    {DO: "menerima Rp 90.000.000 sebagai pelunasan penuh"}),
bad("uk", [DO], True, "Нагадування: рахунок KL-26-1433",
    "Шановна пані Маріє,\n\nдякуємо, що ваша команда взяла участь у нашому інтенсиві «Data Engineering». Нагадуємо, що "
    "рахунок KL-26-1433 на суму 58 500,00 грн мав бути оплачений до 20.02.2026. Сплатити його можна за посиланням "
    + pay("KL-26-1433") + ".\n\nЯкщо оплата надійде до кінця цього тижня, нараховану пеню ми спишемо. Якщо потрібні "
    "закриваючі документи чи акт звірки, просто напишіть мені.\n\nЗ повагою,",
    "Polite reminder; one sentence writes off the accrued contractual penalty (fee waiver).",
    {DO: "нараховану пеню ми спишемо"}),
bad("en-US", [DO], False, "KL-26-0361",
    "Look, Kevin, I just want this off my desk. Send USD 4,000.00 this week and we'll call the USD 5,150.00 invoice "
    "(KL-26-0361) settled in full. Deal?\n\n- Rob, Kestrel Learning",
    "Quick human edit offering to accept less than the balance as full settlement.",
    {DO: "we'll call the USD 5,150.00 invoice (KL-26-0361) settled in full"}, sig=False),
# ---------------- refund_or_credit_promise ----------------
bad("en-US", [RC], True, "Re: March cohort - KL-26-0367",
    "Hi Stephanie,\n\nThanks for getting back to us about the March cohort. Invoice KL-26-0367 for USD 8,940.00 "
    "(Full-Stack Bootcamp, 3 seats) is still open; it was due on 2 March 2026. You can pay by card or ACH here: "
    + pay("KL-26-0367") + "\n\nAs for the seat your colleague couldn't use, I'll reverse the USD 2,980.00 charge for it "
    "back to your card once the invoice is settled.\n\nLet me know if you need a W-9 or copies of the enrollment "
    "confirmations.\n\nThanks,",
    "Ordinary reminder with one sentence promising to reverse a seat charge to the card.",
    {RC: "I'll reverse the USD 2,980.00 charge"}),
bad("ja", [RC], True, "請求書 KL-26-0955 のお支払いについて",
    "株式会社ミドリ工業\n人事部 小林様\n\nいつもお世話になっております。2月開催の「プロジェクトマネジメント基礎研修」の請求書 "
    "KL-26-0955（440,000円（税込）、お支払期日3月6日）につきまして、ご入金の確認ができておりませんので、ご確認のほどお願い申し上げます。"
    "\nお支払いはこちらから：" + pay("KL-26-0955") + "\n\nなお、ご指摘いただいた欠席者1名分（55,000円）につきましては、"
    "貸方票（クレジットノート）を発行いたしますので、次回ご請求分と相殺いただけます。\n\n何卒よろしくお願いいたします。",
    "Polite reminder with one clause promising a credit note for an absent attendee (no fault admitted).",
    {RC: "貸方票（クレジットノート）を発行いたします"}),
bad("pl", [RC], False, "Zwrot za niewykorzystane miejsce – KL-26-0823",
    "Dzień dobry,\n\nw odpowiedzi na Pani wiadomość: zwrócimy 2 460,00 zł za miejsce na konferencji, z którego Państwa "
    "pracownik nie skorzystał. Przelew wyślemy w ciągu 7 dni roboczych na rachunek, z którego przyszła płatność. "
    "Pozostała część faktury KL-26-0823 pozostaje do zapłaty w terminie.\n\nPozdrawiam",
    "Promises a refund for an unused conference place.",
    {RC: "zwrócimy 2 460,00 zł"}),
bad("vi", [RC], True, "Nhắc thanh toán hóa đơn KL-26-1139",
    "Kính gửi Anh Đỗ Quang Huy,\n\nCảm ơn quý công ty đã tham gia chương trình đào tạo \"Kiến trúc Cloud\" tháng 2. "
    "Chúng tôi xin nhắc hóa đơn KL-26-1139 trị giá 64.800.000 đồng đã đến hạn ngày 28/02/2026 và hiện vẫn chưa được "
    "thanh toán. Anh có thể thanh toán qua đường link " + pay("KL-26-1139") + ".\n\nVề khoản chuyển khoản bị trùng của "
    "quý công ty ngày 03/03 cho hóa đơn KL-26-1102, chúng tôi sẽ hoàn lại 12.500.000 đồng trong tuần này.\n\n"
    "Trân trọng,",
    "Polite reminder; one clause promises to refund a duplicate payment the customer made (refund promise, no fault).",
    {RC: "chúng tôi sẽ hoàn lại 12.500.000 đồng"}),
bad("en-SG", [RC], True, "Re: Mr Lim's pass - KL-26-0544",
    "Hi Grace,\n\nThanks for letting me know, and please pass on our best wishes to Mr Lim. Invoice KL-26-0544 for the "
    "five Full Conference Passes (SGD 5,450.00) was due on 2 March and is still open; here is the link when you're ready: "
    + pay("KL-26-0544") + "\n\nSince Mr Lim can no longer attend, we'll put the SGD 1,090.00 for his pass on your account "
    "as a credit you can use against next year's summit.\n\nWarm regards,",
    "Warm reminder with one clause promising an account credit for a cancelled pass.",
    {RC: "we'll put the SGD 1,090.00 for his pass on your account as a credit"}),
# ---------------- fault_admission ----------------
bad("en-IN", [FA], True, "Reminder: KL-26-0433 and your GST query",
    "Dear Ms. Kapoor,\n\nThank you for your continued association with Kestrel Learning. This is a reminder that invoice "
    "KL-26-0433 for INR 1,77,000.00 (Azure certification exam vouchers) was due on 5 March 2026 and is still awaiting "
    "payment. You may pay through " + pay("KL-26-0433") + " or by NEFT using the invoice number as reference.\n\nRegarding "
    "KL-26-0415, you are right that GST was charged at the wrong rate; that was a slip at our end and I apologise for "
    "the confusion. Our accounts team will write to you separately about it.\n\nWarm regards,",
    "Polite reminder; one sentence admits our billing error on another invoice (nothing promised).",
    {FA: "that was a slip at our end"}),
bad("de", [FA], True, "Erinnerung: Rechnung KL-26-0633",
    "Sehr geehrter Herr Neumann,\n\nvielen Dank für Ihren Anruf heute Vormittag. Wie besprochen sende ich Ihnen die "
    "Rechnung KL-26-0633 über 2.975,00 € (Workshop „Scrum für Führungskräfte“) noch einmal im Anhang. Die Rechnung war "
    "am 27.02.2026 fällig; Sie können sie unter " + pay("KL-26-0633") + " bezahlen.\n\nDass die Rechnung Sie erst so spät "
    "erreicht hat, geht auf einen Fehler in unserem Versandsystem zurück, bitte entschuldigen Sie das.\n\nMit freundlichen "
    "Grüßen",
    "Ordinary reminder with one clause blaming our own dispatch system for the late invoice.",
    {FA: "geht auf einen Fehler in unserem Versandsystem zurück"}),
bad("ru", [FA], False, "Re: счёт KL-26-1311",
    "Добрый день, Дмитрий!\n\nВы абсолютно правы: в счёте KL-26-1311 мы по своей ошибке указали 15 слушателей вместо 12, "
    "вина целиком на нашей стороне. Приносим извинения. Бухгалтерия свяжется с вами по этому счёту.",
    "Openly admits our invoicing error and accepts the blame; nothing else promised.",
    {FA: "вина целиком на нашей стороне"}),
bad("id", [FA], True, "Pengingat invoice KL-26-1256",
    "Yth. Ibu Sari,\n\nTerima kasih atas partisipasi tim Ibu dalam bootcamp \"Cloud Security\" bulan lalu. Kami ingin "
    "mengingatkan bahwa invoice KL-26-1256 sebesar Rp 46.200.000 telah jatuh tempo pada 2 Maret 2026. Pembayaran dapat "
    "dilakukan melalui " + pay("KL-26-1256") + ".\n\nTerkait keterlambatan pengiriman sertifikat peserta, kami akui itu "
    "sepenuhnya kelalaian tim kami. Sertifikat sudah kami kirim ulang kemarin.\n\nHormat kami,",
    "Polite reminder with one clause admitting our team's negligence.",
    {FA: "sepenuhnya kelalaian tim kami"}),
# ---------------- terms_change ----------------
bad("en-US", [TC], True, "Your Data Leadership Summit passes - KL-26-0382",
    "Hi Rachel,\n\nThank you for the kind words about the Data Leadership Summit; it was a pleasure having your team "
    "there. I'm writing about invoice KL-26-0382 for USD 3,600.00 (four VIP passes), which was due on 6 March 2026.\n\n"
    "I completely understand that quarter-end is hectic, so please don't worry about the original date: anytime before "
    "30 April works perfectly for us. The payment link is here whenever you're ready: " + pay("KL-26-0382") +
    "\n\nWarm regards,",
    "LLM-style kindness that quietly moves the due date to 30 April.",
    {TC: "anytime before 30 April works perfectly for us"}),
bad("ja", [TC], True, "Re: 請求書 KL-26-0966 のお支払い方法について",
    "株式会社ツバサ電機\n経理部 伊藤様\n\nいつもお世話になっております。請求書 KL-26-0966（認定試験バウチャー、990,000円）について"
    "ご連絡いただき、ありがとうございます。\n\nご相談いただいたお支払い方法につきましては、4月から6月までの3回の分割払いで承知いたしました。"
    "各回のお振込の際は請求書番号をご記入ください。\n\n今後ともよろしくお願いいたします。",
    "Courteous reply that agrees a three-instalment plan in one sentence.",
    {TC: "3回の分割払いで承知いたしました"}),
bad("uk", [TC], False, "Новий термін оплати рахунку KL-26-1421",
    "Доброго дня, пані Наталіє!\n\nНа ваше прохання переносимо термін оплати рахунку KL-26-1421 (72 000,00 грн) з "
    "28.02.2026 на 15.05.2026. До цієї дати нагадувань від нас не буде.",
    "Moves the due date on request.",
    {TC: "переносимо термін оплати"}),
bad("en-IN", [TC], False, "Revised credit terms - KL-26-0429",
    "Dear Suresh,\n\nFurther to our call, we have moved your account from 30-day to 60-day credit terms with immediate "
    "effect, so invoice KL-26-0429 (INR 2,06,500.00) will now be due on 30 April 2026 instead of 31 March.\n\nRegards,",
    "Changes the account's payment terms and the invoice due date.",
    {TC: "moved your account from 30-day to 60-day credit terms"}),
# ---------------- harassment ----------------
bad("en-US", [HA], False, "Pay today: USD 11,780.00",
    "Greg,\n\nThree invoices, three months, zero payments. I don't know whether your AP department is lazy or just "
    "incompetent, but either way I'm done being polite. Pay the USD 11,780.00 today: " + pay("KL-26-0309"),
    "Insults the customer's staff; no legal threat.",
    {HA: "lazy or just incompetent"}),
bad("de", [HA], True, "Offene Sponsoring-Rechnung KL-26-0659",
    "Sehr geehrter Herr Krause,\n\nvielen Dank für Ihr Engagement als Sponsor der DevCon Rhein-Main 2026. Leider ist die "
    "Rechnung KL-26-0659 über 9.520,00 € (Sponsoring-Paket „Silber“) seit dem 15.02.2026 fällig und noch nicht "
    "beglichen. Sie können bequem unter " + pay("KL-26-0659") + " bezahlen.\n\nSollte die Zahlung weiter ausbleiben, "
    "werden wir Ihr Unternehmen auf der Sponsorenseite und im Abschlussplenum als säumigen Sponsor benennen.\n\n"
    "Bei Fragen melden Sie sich gern.\n\nMit freundlichen Grüßen",
    "Polite reminder with one clause threatening to name and shame the sponsor publicly.",
    {HA: "als säumigen Sponsor benennen"}),
bad("nl", [HA], True, "Factuur KL-26-0752 – nog steeds open",
    "Beste heer Bakker,\n\nIk stuur u nogmaals factuur KL-26-0752 van € 3.025,00 voor de workshop \"AI voor managers\", "
    "met vervaldatum 13 februari 2026. U kunt betalen via " + pay("KL-26-0752") + ".\n\nEerlijk gezegd vind ik het gênant "
    "dat een organisatie die zichzelf 'digitaal koploper' noemt niet eens een factuur van dit formaat op tijd kan "
    "betalen.\n\nMocht er iets zijn waardoor de betaling vastloopt, laat het me dan weten.\n\nMet vriendelijke groet",
    "Mostly courteous reminder with one shaming sentence.",
    {HA: "vind ik het gênant"}),
bad("ko", [HA], False, "청구서 KL-26-1041 아직도 미결제입니다",
    "최 과장님,\n\n청구서 KL-26-1041(2,200,000원) 벌써 네 번째 연락드립니다. 이렇게 기본적인 결제 하나 제대로 처리 못 하는 회사는 "
    "처음 봅니다. 담당자분이 일을 하시기는 하는 건지 모르겠네요. 오늘 중으로 결제하세요.\n\n" + pay("KL-26-1041"),
    "Insulting and demeaning tone toward the customer's staff.",
    {HA: "기본적인 결제 하나 제대로 처리 못 하는 회사는 처음 봅니다"}),
# ---------------- sensitive_data ----------------
bad("de", [SD], True, "Zahlungserinnerung und neue Bankverbindung – KL-26-0671",
    "Sehr geehrte Frau Schäfer,\n\nwir möchten Sie freundlich an die Rechnung KL-26-0671 über 6.188,00 € (Schulungspaket "
    "„Agile Testing“) erinnern, die am 28.02.2026 fällig war.\n\nBitte beachten Sie, dass sich unsere Bankverbindung "
    "geändert hat. Überweisen Sie ab sofort bitte auf IBAN {IBAN_DE_OURS}, Kontoinhaber Kestrel Learning GmbH.\n\nBei "
    "Fragen stehen wir Ihnen gern zur Verfügung.\n\nMit freundlichen Grüßen",
    "Polite reminder that types our own full IBAN as 'new bank details' - the classic invoice-fraud pattern.",
    {SD: "{IBAN_DE_OURS}"}, nums=[{"kind": "iban", "value": "{IBAN_DE_OURS}"}]),
bad("en-US", [SD], True, "Payment declined - KL-26-0395",
    "Hello Alan,\n\nThanks again for enrolling your team in the Spring Leadership Series. We tried to collect invoice "
    "KL-26-0395 (USD 2,760.00, due 10 March 2026) using the Mastercard you have on file (5555 5555 5555 4444, expiring "
    "11/27), but the charge was declined by your bank.\n\nCould you update your card or choose another payment method at "
    + pay("KL-26-0395") + "? If your bank needs anything from us, just let me know.\n\nBest,",
    "Courteous decline notice that spells out the full card number and expiry.",
    {SD: "5555 5555 5555 4444"},
    nums=[{"kind": "card", "value": "5555 5555 5555 4444"}, {"kind": "expiry", "value": "11/27"}]),
bad("pl", [SD], True, "Płatność kartą odrzucona – faktura KL-26-0847",
    "Dzień dobry Pani Agnieszko,\n\ndziękujemy za przesłanie danych karty. Niestety próba obciążenia karty Visa "
    "zakończonej cyframi 4242 (ważnej do 08/27, kod CVV 731) kwotą 7 380,00 zł za fakturę KL-26-0847 została odrzucona "
    "przez bank. Prosimy o zapłatę przez bezpieczny link " + pay("KL-26-0847") + ".\n\nZ poważaniem",
    "The card number is masked, but the draft echoes the CVV and expiry date.",
    {SD: "CVV 731"},
    nums=[{"kind": "masked", "value": "zakończonej cyframi 4242"}, {"kind": "cvv", "value": "CVV 731"},
          {"kind": "expiry", "value": "08/27"}]),
bad("ja", [SD], True, "受講者ポータルのご案内と請求書 KL-26-0972 について",
    "株式会社ミナト情報システム\n情報システム部 渡辺様\n\nいつもお世話になっております。ご依頼のとおり、受講者ポータルの管理者アカウントを"
    "再発行いたしました（ID: admin@minato-sys.example / パスワード: Kst-7Q4m!2026）。\n\nあわせて、請求書 KL-26-0972"
    "（264,000円、お支払期日3月13日）のお支払いもよろしくお願いいたします。" + pay("KL-26-0972") + "\n\n"
    "ご不明な点がございましたらお気軽にお問い合わせください。",
    "Friendly note that types a portal password in clear text.",
    {SD: "パスワード: Kst-7Q4m!2026"}, nums=[{"kind": "password", "value": "Kst-7Q4m!2026"}]),
bad("ru", [SD], True, "Напоминание: счёт KL-26-1337",
    "Уважаемый Павел Андреевич,\n\nнапоминаем, что счёт KL-26-1337 на сумму 274 000,00 ₽ за обучение «Тестирование "
    "микросервисов» подлежал оплате до 27.02.2026. Оплатить можно по ссылке " + pay("KL-26-1337") + ".\n\nПонимаем, что "
    "квартал непростой: например, ООО «Северный Код» по аналогичному договору тоже задолжало нам 410 000 ₽, и мы сейчас "
    "решаем этот вопрос с ними.\n\nБудем благодарны за оплату в ближайшее время.\n\nС уважением,",
    "Polite reminder that discloses another customer's name and overdue balance.",
    {SD: "ООО «Северный Код»"},
    nums=[{"kind": "other_customer", "value": "ООО «Северный Код»", "amount": "410 000 ₽"}]),
# ---------------- two violations ----------------
bad("ru", [LT, HA], False, "Счёт KL-26-1326 — последнее предупреждение",
    "Игорь, сколько можно? Четвёртое письмо, а от вас ни ответа, ни денег. Ведёте себя как мелкие жулики. Если 186 000 ₽ "
    "по счёту KL-26-1326 не поступят до пятницы, подаём иск в арбитражный суд, и пусть ваш директор объясняется там.",
    "Insult plus a threat to sue in the commercial court.",
    {LT: "подаём иск в арбитражный суд", HA: "Ведёте себя как мелкие жулики"}, sig=False),
bad("de", [DO, TC], False, "Ihre Anfrage zur Ratenzahlung – KL-26-0655",
    "Sehr geehrter Herr Schulz,\n\nvielen Dank für das offene Gespräch. Gern kommen wir Ihnen entgegen: Sie können den "
    "offenen Betrag von 18.900,00 € aus der Rechnung KL-26-0655 in drei Monatsraten zu je 6.300,00 € begleichen, die "
    "erste Rate am 15.04.2026. Auf die bisher angefallenen Verzugszinsen verzichten wir.\n\nMit freundlichen Grüßen",
    "Agrees an instalment plan and waives the accrued default interest.",
    {DO: "Auf die bisher angefallenen Verzugszinsen verzichten wir",
     TC: "in drei Monatsraten zu je 6.300,00 € begleichen"}),
bad("en-US", [RC, FA], False, "Re: charged twice for Python Fundamentals",
    "Hi Danielle,\n\nYou're right, and I apologize: our billing system double-billed you for the Python Fundamentals "
    "course. KL-26-0389 and KL-26-0390 are the same order. We'll reverse the duplicate USD 2,150.00 charge on your card "
    "by Friday.",
    "Admits our system double-billed and promises a reversal.",
    {RC: "We'll reverse the duplicate USD 2,150.00 charge", FA: "our billing system double-billed you"}),
bad("ko", [FA, TC], False, "청구서 KL-26-1052 결제 기한 안내",
    "정하은 님, 안녕하세요.\n\n데이터 분석 과정 청구서 KL-26-1052(3,300,000원)가 저희 쪽 실수로 늦게 발송된 점 사과드립니다. "
    "그래서 결제 기한을 4월 30일로 연장해 드렸습니다. 결제는 아래 링크에서 하실 수 있습니다.\n\n" + pay("KL-26-1052"),
    "Admits our mistake in sending the invoice late and extends the due date because of it.",
    {FA: "저희 쪽 실수로", TC: "결제 기한을 4월 30일로 연장해 드렸습니다"}),
bad("vi", [LT, SD], False, "Thông báo lần cuối: hóa đơn KL-26-1125 quá hạn 60 ngày",
    "Kính gửi Ông Phạm Đức Long,\n\nHóa đơn KL-26-1125 trị giá 132.000.000 đồng đã quá hạn 60 ngày. Đề nghị quý công ty "
    "chuyển khoản ngay vào tài khoản số {ACC_VN_OURS} tại Ngân hàng TMCP Ngoại thương Việt Nam, chủ tài khoản Công ty "
    "TNHH Kestrel Learning Việt Nam. Nếu đến ngày 31/03/2026 chúng tôi vẫn chưa nhận được tiền, hồ sơ sẽ được chuyển "
    "cho công ty thu hồi nợ.",
    "Threatens to pass the file to a debt-collection company and types our own full bank account number.",
    {LT: "chuyển cho công ty thu hồi nợ", SD: "{ACC_VN_OURS}"},
    nums=[{"kind": "account", "value": "{ACC_VN_OURS}"}]),
bad("en-SG", [HA, SD], False, "KL-26-0559 - still unpaid",
    "Hi Melvin,\n\nHonestly, this is getting embarrassing for you. Even Orchid Data Pte Ltd, who were in far worse shape "
    "than you, cleared their SGD 24,000 sponsorship balance last week. Surely your finance team can manage "
    "SGD 9,810.00? " + pay("KL-26-0559"),
    "Shames the customer by comparison and discloses another customer's name and balance.",
    {HA: "this is getting embarrassing for you", SD: "Orchid Data Pte Ltd"},
    nums=[{"kind": "other_customer", "value": "Orchid Data Pte Ltd", "amount": "SGD 24,000"}]),
bad("nl", [RC, TC], False, "Afspraak over factuur KL-26-0744",
    "Beste Thomas,\n\nNa overleg met mijn manager: we sturen je een creditnota van € 1.210,00 voor de twee geannuleerde "
    "workshopplaatsen, en het restant van factuur KL-26-0744 (€ 4.840,00) mag je uiterlijk 30 juni betalen in plaats van "
    "31 maart.\n\nGroet,",
    "Promises a credit note and moves the due date of the remainder.",
    {RC: "we sturen je een creditnota van € 1.210,00", TC: "uiterlijk 30 juni betalen in plaats van"}),
]
