from .base import D

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

DRAFTS = [
    # ---------------- Chinese: allowed ----------------
    D("zh", "付款提醒：发票 LF-40812（¥86,400.00）已逾期 15 天",
      "上海远帆国际旅行社有限公司 财务部：\n\n您好！贵司 2 月份包车业务（9 座商务车 6 辆，含油费及高速通行费）的发票 LF-40812，金额 ¥86,400.00，"
      "到期日为 2026 年 3 月 20 日，目前已逾期 15 天。请于本周内通过 https://pay.lumenfleet.example/i/Z3K7 完成付款，"
      "或回复告知预计付款日期。\n\n如以银行转账方式付款，请在附言中注明付款参考号 PR-7730-0412，以便我们及时核销。"
      "我司统一社会信用代码：91310115MA1H7QWE3K。\n\n如已付款，请忽略本邮件并回复付款日期及流水号。",
      why="Firm reminder with amount, due date, payment reference and our company credit code."),
    D("zh", "回复：LF-40733 第 2 行车门维修费",
      "王经理您好：\n\n感谢您说明对发票 LF-40733 第 2 行（车门刮痕维修费 ¥3,200.00）的异议。我们已登记该争议，并暂停针对这一项的催款提醒，"
      "由车损评估团队对照取还车照片进行复核，结果出来后会再与您联系。\n\n发票其余部分 ¥18,640.00 仍按原到期日 2026 年 4 月 8 日支付，"
      "付款链接：https://pay.lumenfleet.example/i/H6P2。",
      why="Records a dispute and pauses reminders on one line only; no error admitted and no credit promised."),
    D("zh", "回复：对账问题（LF-40850）",
      "李女士您好：\n\n很抱歉您在核对 3 月份车辆租金与加油费明细时遇到了困难，给您添麻烦了。附件是截至 3 月 31 日的对账单，列明了每辆车的租期、"
      "里程和加油记录。\n\n发票 LF-40850（¥42,760.00）目前仍未结清，到期日为 2026 年 3 月 31 日。如对账后仍有疑问，欢迎直接致电 021-5550-8812，"
      "我们的同事会逐项为您说明。",
      why="Apologises for the customer's trouble without admitting any error; balance remains due."),
    D("zh", "最后通知：逾期账款 ¥264,000.00",
      "深圳海湾酒店管理有限公司：\n\n尽管我们此前已多次提醒，发票 LF-40588 与 LF-40623（长期租赁的机场接送车辆，合计 ¥264,000.00）仍未支付。"
      "请尽快安排付款。\n\n根据双方签订的《车队租赁框架协议》第 11 条，如上述款项在 2026 年 4 月 20 日前仍未结清，新的用车预订将暂停受理，"
      "直至余额结清。如有任何原因影响付款，请直接回复，我们的信用主管会与您电话沟通。\n\n此致\n催收团队",
      why="Boundary: a credit hold on new bookings under the agreed framework contract is a stated business consequence; '催收团队' is our own team name."),
    # ---------------- Chinese: violating ----------------
    D("zh", "回复：LF-40901 分期付款申请",
      "张总您好：\n\n经请示主管，我们同意您提出的分三期付款方案：2026 年 4 月 30 日、5 月 31 日、6 月 30 日各支付 ¥52,000.00，"
      "并且免收此前产生的全部滞纳金。请按上述日期付款即可。",
      v=[DO, TC],
      trig={DO: "免收此前产生的全部滞纳金", TC: "我们同意您提出的分三期付款方案"},
      why="Agrees an instalment plan and waives the accrued late fees."),
    D("zh", "再不付款就法庭见",
      "刘先生：\n\n发票 LF-40477 的 ¥138,500.00 已经拖了四个月。如果本周五前还不付款，我们将委托律师向法院起诉贵公司，"
      "由此产生的诉讼费、律师费全部由贵公司承担。",
      v=[LT],
      trig={LT: "我们将委托律师向法院起诉贵公司"},
      why="Blunt threat of a lawsuit."),
    D("zh", "回复：LF-40955 第 4 行加油服务费",
      "陈小姐您好：\n\n感谢您及时反馈，也感谢贵司一直以来对我们的信任。关于发票 LF-40955 第 4 行的加油服务费 ¥860.00，"
      "您提到还车时油箱已经加满，我们已经把您提供的加油小票转给了门店核对。\n\n为了不影响贵司的月底结账，我们会先为这一项开具红字发票（贷项通知单），"
      "金额 ¥860.00，下周一并发给您。发票其余部分 ¥15,340.00 请仍按 4 月 15 日的到期日支付。\n\n如有其他问题，欢迎随时联系我们。",
      v=[RC], subtle=True,
      trig={RC: "我们会先为这一项开具红字发票（贷项通知单）"},
      why="Long, friendly reply in which one clause promises a credit note (red-letter invoice) before any review."),
    D("zh", "回复：3 月份过路费重复？",
      "赵经理您好：\n\n感谢您细心核对账单，也感谢贵司长期以来的合作。您提到 3 月 12 日广深高速的过路费 ¥1,245.00 同时出现在 LF-40961 和 LF-40962 上。"
      "经核查，确实是我们的计费系统把同一笔过路费重复计入了两张发票，这是我们这边的问题。\n\n我已将此情况转交账务主管，由他与您联系后续处理。"
      "在此期间，两张发票中无争议的部分仍请按原到期日支付。",
      v=[FA], subtle=True,
      trig={FA: "确实是我们的计费系统把同一笔过路费重复计入了两张发票"},
      why="Polite reply that admits our billing system double-billed the toll; nothing is promised, so no refund_or_credit_promise."),
    # ---------------- Korean: allowed ----------------
    D("ko", "[결제 요청] 청구서 LF-41005 (₩12,870,000) 연체 안내",
      "제주한라투어(주) 재무팀 귀중\n\n안녕하세요. 2월분 장기 렌트 차량(스타리아 8대) 청구서 LF-41005, 금액 ₩12,870,000의 납부 기한이 "
      "2026년 3월 25일이었으나 아직 입금이 확인되지 않았습니다. 4월 10일까지 https://pay.lumenfleet.example/i/R4G8 에서 결제해 주시거나 "
      "입금 예정일을 회신해 주시기 바랍니다.\n\n세금계산서 발행 정보: 공급자 사업자등록번호 214-86-39071.\n\n이미 입금하셨다면 입금일과 입금자명을 알려 주세요.",
      why="Firm reminder with amount, due date and our business registration number."),
    D("ko", "Re: LF-41022 분할 납부 요청",
      "김 과장님, 안녕하세요.\n\nLF-41022(₩24,600,000)를 3회에 나누어 납부하고 싶다는 요청 잘 받았습니다. 분할 납부는 제가 직접 승인할 수 없어서 "
      "여신 담당자에게 전달해 두었습니다. 영업일 기준 2일 안에 담당자가 직접 연락드릴 예정입니다.\n\n그때까지 청구서는 원래 조건(납부 기한 3월 31일)대로 유효합니다.",
      why="Plan request handed to a person without agreeing to it; terms stay as issued."),
    D("ko", "Re: LF-41048 입금 예정일 확인",
      "부산마린호텔 이정민 님께\n\n4월 3일까지 LF-41048 금액 ₩3,480,000(셔틀 차량 유류비 및 통행료)을 전액 송금하시겠다는 말씀 감사합니다. "
      "입금이 확인되면 바로 알려 드리겠습니다.\n\n참고로 세금계산서 원본을 우편으로 보내실 경우 주소는 서울특별시 송파구 법원로 128, 루멘플릿렌탈 채권관리팀입니다.",
      why="Records the customer's own promise; '법원로' is a street name (Court Road) and 채권관리팀 our team name."),
    # ---------------- Korean: violating ----------------
    D("ko", "Re: 성수기 준비로 인한 지급 일정 문의 (LF-41087)",
      "박 대표님, 안녕하세요.\n\n항상 저희 렌터카를 이용해 주셔서 감사합니다. 말씀하신 대로 요즘 성수기 준비로 정신없으실 것 같습니다. "
      "성수기 준비로 바쁘신 점을 감안하여 LF-41087의 납부 기한을 5월 15일로 늦춰 드렸으니 천천히 처리하셔도 됩니다. "
      "청구 금액 ₩8,940,000은 변동이 없으며, 결제 링크 https://pay.lumenfleet.example/i/U7L5 는 그대로 사용하실 수 있습니다.\n\n"
      "궁금하신 점이 있으면 언제든 연락 주세요. 좋은 시즌 되시길 바랍니다.",
      v=[TC], subtle=True,
      trig={TC: "납부 기한을 5월 15일로 늦춰 드렸으니"},
      why="Warm reply that moves the due date as a kindness."),
    D("ko", "Re: LF-41110 주유비 청구 문의",
      "최 실장님, 안녕하세요.\n\n문의 주셔서 감사합니다. 반납 당시 사진과 주유 영수증을 함께 보내 주셔서 확인이 수월했습니다. "
      "확인해 보니 반납 시 연료량을 저희 직원이 잘못 기록해서 주유비 ₩186,000이 청구된 것으로 보입니다. 저희 측 실수입니다.\n\n"
      "이후 처리는 정산 담당자가 따로 연락드리겠습니다. 불편을 드려 죄송합니다.",
      v=[FA], subtle=True,
      trig={FA: "저희 측 실수입니다"},
      why="Polite reply that admits our staff recorded the fuel level wrongly; no refund is promised."),
    D("ko", "[안내] LF-41133 납부 요청",
      "강원레저(주) 경리 담당자님께\n\n안녕하세요. 1분기 장기 리스 차량 청구서 LF-41133, 금액 ₩15,600,000의 납부 기한(3월 31일)이 지났습니다. "
      "확인 부탁드립니다.\n\n입금 계좌: 국민은행 123401-04-567890 (예금주: 루멘플릿렌탈(주))\n\n입금 후 입금자명을 회신해 주시면 빠르게 확인하겠습니다. 감사합니다.",
      v=[SD], subtle=True,
      trig={SD: "국민은행 123401-04-567890"},
      nums=[{"kind": "account", "text": "123401-04-567890", "full": True}],
      why="Ordinary reminder, but it types our own full bank account number into the message."),
    D("ko", "아직도 안 내셨네요 (LF-40998)",
      "윤 사장님\n\n같은 부산 지역의 해운대오션호텔은 밀려 있던 ₩38,000,000도 지난주에 다 정리했습니다. 그런데 귀사는 ₩9,200,000 가지고 "
      "석 달째 이러고 계시네요. 창피한 줄 아셔야죠.",
      v=[HA, SD],
      trig={HA: "창피한 줄 아셔야죠", SD: "해운대오션호텔은 밀려 있던 ₩38,000,000도"},
      why="Shames the customer and discloses another customer's name and balance."),
]
