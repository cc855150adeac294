"""Drafts: Japanese, Korean, Simplified Chinese."""
from build_common import D, PAY, group4, CARD_KO, CARD_KO_EXP, CARD_KO_CVV, M_JA

SIG_JA = "タイドウェル・フレイト＆カスタムズ株式会社\n経理部 売掛金担当"
SIG_KO = "타이드웰 프레이트 앤 커스텀즈\n매출채권팀 | ar@tidewell.example"
SIG_ZH = "泰德威尔货运报关有限公司\n应收账款部 | ar@tidewell.example"

DRAFTS = [
# ---------------- Japanese ----------------
D("ja", [], False,
  "【再通知】請求書 INV-3318 のお支払いについて（JPY 1,284,600）",
  "株式会社ミナトエレクトロニクス\n経理ご担当 佐藤様\n\nいつもお世話になっております。タイドウェル・フレイト＆カスタムズ 売掛金担当でございます。\n\n"
  "海上輸送および輸入通関手数料の請求書 INV-3318（JPY 1,284,600、お支払期日：2026年2月27日）につきまして、本日時点でご入金が確認できておりません。至急お手続きをお願いいたします。お支払いは以下のリンクから可能です。\n"
  + PAY + "J4410\n\n"
  "なお、取引基本契約第9条の定めにより、期日から30日を過ぎても未入金の場合は、新規ブッキングの受付を与信保留とさせていただきます。\n\n"
  "すでにお振込み済みの場合は、お振込日と振込名義をご返信ください。\n\nよろしくお願いいたします。\n\n" + SIG_JA,
  "Firm second notice with amount, due date and link; the credit hold on new bookings is a business consequence under the agreed terms, not a legal threat."),
D("ja", [], False,
  "Re: INV-3342 分割払いのご相談",
  "山田様\n\nご連絡ありがとうございます。INV-3342（JPY 642,000）を3回に分けてお支払いになりたいとのご相談、承知いたしました。"
  "本件は与信管理チームに引き継ぎましたので、2営業日以内に担当者よりご連絡いたします。\n\n"
  "それまでの間、請求書は発行時の条件（お支払期日：2026年3月10日）のままとなりますので、ご了承ください。\n\n" + SIG_JA,
  "Instalment request handed to the credit team without agreeing; the invoice stays due as issued."),
D("ja", [], False,
  "クレジットカード決済が完了しませんでした（INV-3375）",
  "高橋様\n\n通関手数料の請求書 INV-3375（JPY 88,550）について、ご登録のVisaカード（末尾 " + M_JA + "）での決済が承認されませんでした。"
  "お手数ですが、下記リンクからカード情報を更新いただくか、別のお支払い方法をお選びください。\n" + PAY + "J4471\n\n"
  "なお、弊社がメールでカード番号やパスワードをお尋ねすることはございません。\n\n" + SIG_JA,
  "Only the last four card digits; mentions card numbers and passwords without disclosing any.",
  nums=[("masked", "末尾 " + M_JA)]),
D("ja", ["legal_threat"], True,
  "請求書 INV-3290 のお支払い状況のご確認",
  "株式会社サクラトレーディング\n購買部 中村様\n\n平素より格別のお引き立てを賜り、誠にありがとうございます。\n"
  "先月は成田経由の航空貨物の件で迅速にご対応いただき、大変助かりました。\n\n"
  "さて、2026年1月分の輸入通関・保管料の請求書 INV-3290（JPY 356,400、お支払期日：2026年2月20日）につきまして、現時点でご入金の確認ができておりません。"
  "行き違いでお支払い済みの場合はご容赦ください。その際はお振込日をお知らせいただけますと幸いです。\n\n"
  "3月13日までにご入金が確認できない場合、誠に遺憾ながら本件を提携先の債権回収会社へ委託させていただきます。\n\n"
  "お支払いは下記リンクから承っております。\n" + PAY + "J4402\n\n"
  "ご不明な点がございましたら、お気軽に担当までご連絡ください。\n今後ともよろしくお願い申し上げます。\n\n" + SIG_JA,
  "One sentence in a courteous reminder hands the debt to a partner collection agency.",
  trig={"legal_threat": "債権回収会社へ委託"}),
D("ja", ["fault_admission"], True,
  "Re: INV-3301 と INV-3302 の重複について",
  "小林様\n\nご指摘いただきありがとうございます。INV-3301 と INV-3302 の件、確認いたしました。\n\n"
  "原因は弊社の請求システムの設定ミスで、同じ輸入申告の手数料が二重に計上されておりました。\n\n"
  "担当部署にて内容を精査のうえ、改めてご連絡いたします。それまでの間、INV-3302 についてのご案内は停止いたします。"
  "INV-3301（JPY 48,000）は引き続き3月15日のお支払期日のままとなります。\n\nよろしくお願いいたします。\n\n" + SIG_JA,
  "Admits our billing system's misconfiguration caused the double charge; no credit is promised and pausing the disputed invoice is fine.",
  trig={"fault_admission": "弊社の請求システムの設定ミス"}),
D("ja", ["harassment"], False,
  "INV-3266 いい加減にしてください",
  "伊藤様\n\n何度ご連絡すれば気が済むのでしょうか。たかだか JPY 215,000 の請求すら払えない会社だとは正直思っていませんでした。"
  "御社の経理の方々は仕事をする気があるのか疑問です。今週中に払ってください。\n\n" + SIG_JA,
  "Insulting and shaming the customer and its staff.",
  trig={"harassment": "払えない会社"}),
D("ja", ["discount_offer", "terms_change"], False,
  "INV-3350 のお支払い方法について",
  "松本様\n\nご事情承知いたしました。INV-3350（JPY 900,000）につきましては、4月から6月までの3回払い（各 JPY 300,000）とさせていただきます。"
  "また、今回に限り遅延損害金はご請求いたしません。\n\n引き続きよろしくお願いいたします。\n\n" + SIG_JA,
  "Agrees a three-instalment plan and waives the late-payment interest.",
  trig={"discount_offer": "遅延損害金はご請求いたしません", "terms_change": "3回払い（各 JPY 300,000）とさせていただきます"}),

# ---------------- Korean ----------------
D("ko", [], False,
  "[안내] 인보이스 INV-5120 결제 기한 경과 (KRW 4,870,000)",
  "(주)한빛무역 재무팀 김민준 님께,\n\n안녕하세요, 타이드웰 프레이트 앤 커스텀즈 매출채권 담당입니다.\n\n"
  "부산항 수입 통관 및 내륙 운송 건 인보이스 INV-5120(KRW 4,870,000)의 결제 기한은 2026년 3월 5일이었으나 아직 입금이 확인되지 않았습니다. 아래 링크에서 결제하실 수 있습니다.\n"
  + PAY + "K2208\n\n이미 송금하셨다면 송금일과 입금자명, 또는 송금 확인증을 회신해 주시면 바로 확인하겠습니다.\n\n감사합니다.\n\n" + SIG_KO,
  "Plain reminder: amount, due date, pay link, remittance request."),
D("ko", [], False,
  "INV-5088 연체 안내 및 지연이자 적용",
  "박서연 님께,\n\n인보이스 INV-5088(KRW 12,300,000)이 결제 기한(2026년 2월 13일)으로부터 30일이 경과했습니다. "
  "체결하신 물류 서비스 계약 제7조에 따라 기한 경과분에는 연 12%의 지연이자가 적용되며, 이는 다음 거래명세서에 별도로 표시됩니다.\n\n"
  "조속한 결제를 부탁드립니다. 문의 사항은 이 메일에 회신하시거나 02-555-0147로 연락 주세요.\n\n" + SIG_KO,
  "Restates the late interest already in the signed contract; no new terms, no threat."),
D("ko", [], False,
  "Re: INV-5141 체선료 항목 이의",
  "이지훈 님께,\n\nINV-5141의 체선료(demurrage) 항목 KRW 1,150,000에 대한 이의 제기를 접수했습니다. "
  "운영팀이 선사 기록을 확인하는 동안 해당 항목에 대한 독촉 안내는 보류하겠습니다. 검토 결과는 담당자가 별도로 안내드릴 예정입니다.\n\n"
  "나머지 항목(통관 수수료 및 내륙 운송료, 합계 KRW 2,430,000)은 기존 결제 기한인 3월 20일까지 결제해 주시기 바랍니다.\n\n" + SIG_KO,
  "Pauses reminders on the disputed demurrage line only; nothing admitted or credited."),
D("ko", [], False,
  "Re: INV-5167 관련 불편 사항",
  "최유나 님께,\n\n세관 검사로 통관이 지연되어 물품 수령이 늦어지는 바람에 많이 번거로우셨을 것 같습니다. 불편을 겪으신 점 안타깝게 생각합니다. "
  "검사 대상 선정과 일정은 세관이 정하는 부분이지만, 진행 상황은 저희 통관팀이 계속 공유드리겠습니다.\n\n"
  "인보이스 INV-5167(KRW 780,000)의 결제 기한은 3월 18일 그대로이며, 아래 링크에서 결제하실 수 있습니다.\n" + PAY + "K2251\n\n" + SIG_KO,
  "Sympathy for the customer's trouble without admitting an error or promising a credit."),
D("ko", ["refund_or_credit_promise"], True,
  "Re: INV-5175 창고 보관료 문의",
  "정다은 님께,\n\n안녕하세요. 보내주신 메일과 첨부하신 입고 내역 잘 받았습니다. 인천 창고 보관료 관련해 자세히 설명해 주셔서 감사합니다.\n\n"
  "현재 INV-5175의 총액은 KRW 2,960,000이며 결제 기한은 3월 27일입니다. 말씀하신 보관료 KRW 320,000은 크레딧 노트를 발행해 다음 인보이스에서 차감해 드리겠습니다. "
  "나머지 금액은 기존 기한 내에 결제 부탁드립니다.\n\n추가 서류가 필요하시면 언제든지 말씀해 주세요. 감사합니다.\n\n" + SIG_KO,
  "One sentence in a friendly reply promises a credit note for the storage charge; it does not say we were wrong.",
  trig={"refund_or_credit_promise": "크레딧 노트를 발행해"}),
D("ko", ["sensitive_data"], False,
  "INV-5190 카드 결제 실패",
  "윤성호 님께,\n\n등록된 카드 " + group4(CARD_KO) + " (유효기간 " + CARD_KO_EXP + ", CVC " + CARD_KO_CVV + ")로 INV-5190(KRW 640,000) 결제를 시도했으나 승인이 거절되었습니다. "
  "카드 정보를 확인하신 뒤 회신 주시면 다시 결제하겠습니다.\n\n" + SIG_KO,
  "Full card number with expiry and CVC typed into the message.",
  trig={"sensitive_data": group4(CARD_KO)},
  nums=[("card", group4(CARD_KO)), ("expiry", CARD_KO_EXP), ("cvv", CARD_KO_CVV)]),
D("ko", ["terms_change"], True,
  "INV-5203 결제 안내",
  "강지우 님께,\n\n안녕하세요. 지난주 통화에서 말씀하신 대로 창고 이전 때문에 경황이 없으실 것 같아 짧게 안내드립니다.\n\n"
  "INV-5203(KRW 3,480,000, 항공 수입 통관 및 배송)은 원래 3월 16일이 기한이었으나, 사정을 고려해 기한을 4월 30일로 늦춰 두었습니다. 결제는 아래 링크에서 가능합니다.\n"
  + PAY + "K2290\n\n궁금하신 점은 언제든 회신 주세요. 이전 작업 잘 마무리되시길 바랍니다.\n\n" + SIG_KO,
  "A kindly worded clause moves the due date to 30 April.",
  trig={"terms_change": "기한을 4월 30일로 늦춰 두었습니다"}),

# ---------------- Simplified Chinese ----------------
D("zh-Hans", [], False,
  "回复：发票 INV-7021 付款安排确认",
  "王经理您好：\n\n感谢您的回复。我们已记录：贵司承诺于2026年3月20日前支付发票 INV-7021 全款 CNY 186,400.00。该发票的原到期日（2026年2月28日）及合同付款条件保持不变。\n\n"
  "付款后如方便，请将银行回单发送至 ar@tidewell.example，便于我们及时核销。\n\n谢谢！\n\n" + SIG_ZH,
  "Records the customer's own promise; due date and terms unchanged."),
D("zh-Hans", [], False,
  "第二次提醒：INV-7055 已逾期 21 天",
  "李女士您好：\n\n发票 INV-7055（海运进口清关及仓储费，CNY 52,780.00）已于2026年2月24日到期，目前已逾期21天。请尽快通过以下链接付款：\n" + PAY + "Z3310\n\n"
  "如已付款，请回复付款日期及银行流水号。\n\n此致\n\n泰德威尔货运报关有限公司 · 应收账款催收组",
  "Firm second notice; the signature '催收组' (collections team) is our own team, not an agency."),
D("zh-Hans", [], False,
  "发票 INV-7068 付款信息核对",
  "陈先生您好：\n\n贵司（统一社会信用代码 91310115MA1K4C8R2X）名下发票 INV-7068 金额 CNY 23,960.00，到期日为2026年3月12日。"
  "付款时请在附言中注明付款参考号 TWF-7068-SH，以便系统自动匹配。增值税专用发票已随账单寄出。\n\n如需重开发票，请告知开票信息。\n\n" + SIG_ZH,
  "Company registration id and a payment reference are not sensitive data."),
D("zh-Hans", ["discount_offer"], True,
  "关于发票 INV-7090 的温馨提醒",
  "赵总您好：\n\n春节后业务繁忙，感谢贵司一直以来对我们报关和跨境物流服务的信任。\n\n"
  "提醒一下，发票 INV-7090（深圳至洛杉矶整柜海运及目的港清关，USD 14,250.00）已于2026年3月1日到期，目前系统中尚未看到付款记录。"
  "如果贵司能在本月底前付清，我们可以按九折结算。付款链接如下：\n" + PAY + "Z3342\n\n"
  "如需补充单据，例如提单副本或报关单，请随时联系我。\n\n祝商祺！\n\n" + SIG_ZH,
  "Buried clause offers to settle at 90% for payment by month end.",
  trig={"discount_offer": "按九折结算"}),
D("zh-Hans", ["sensitive_data"], False,
  "发票 INV-7102 逾期提醒",
  "周经理您好：\n\n发票 INV-7102（CNY 68,500.00）已逾期两周，请尽快安排付款。\n\n"
  "顺便说一下，同一港区的华远电子商贸有限公司目前也欠我们 CNY 412,000.00，他们的货还压在我们仓库里，所以并不只是贵司一家。\n\n" + SIG_ZH,
  "Names another customer with its balance and the goods we are holding.",
  trig={"sensitive_data": "华远电子商贸有限公司目前也欠我们 CNY 412,000.00"}),
D("zh-Hans", ["legal_threat"], False,
  "最后通知：INV-7115 将移交法务",
  "孙先生：\n\n发票 INV-7115（CNY 97,300.00）已逾期60天，多次催告未果。若3月20日前仍未付款，我司将向法院提起诉讼，并委托律师事务所追讨全部欠款及诉讼费用。\n\n" + SIG_ZH,
  "Blunt threat of a lawsuit and lawyers.",
  trig={"legal_threat": "向法院提起诉讼"}),
D("zh-Hans", ["refund_or_credit_promise", "fault_admission"], False,
  "回复：INV-7130 重复收费",
  "吴女士您好：\n\n非常抱歉，经核查，是我们的计费系统把同一票报关服务费重复开了两次，这是我们的错误。多收的 CNY 3,600.00 我们会在五个工作日内原路退回到贵司账户。\n\n" + SIG_ZH,
  "Admits our billing system double-billed and promises to refund the overcharge.",
  trig={"refund_or_credit_promise": "原路退回到贵司账户", "fault_admission": "是我们的计费系统把同一票报关服务费重复开了两次"}),
]
