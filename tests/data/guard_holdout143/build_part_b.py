"""Drafts: Traditional Chinese, Vietnamese, Thai."""
from build_common import D, PAY, group4, IBAN_OURS, M_VI

SIG_TW = "泰德威爾貨運報關股份有限公司\n應收帳款部 | ar@tidewell.example"
SIG_VI = "Tidewell Freight & Customs\nPhòng Kế toán Công nợ | ar@tidewell.example"
SIG_TH = "ทีมบัญชีลูกหนี้\nTidewell Freight & Customs | ar@tidewell.example"

DRAFTS = [
# ---------------- Traditional Chinese ----------------
D("zh-Hant", [], False,
  "付款提醒：發票 INV-8012（TWD 386,500）",
  "林小姐您好：\n\n貴公司（統一編號 24536870）之發票 INV-8012，內容為高雄港進口報關及拖車費，金額 TWD 386,500，付款期限為2026年3月6日，目前尚未收到款項。請透過以下連結付款：\n"
  + PAY + "T5120\n\n如已匯款，請回覆匯款日期及匯款人名稱，以便我們對帳。\n\n謝謝！\n\n" + SIG_TW,
  "Reminder with amount, due date, link and the customer's own tax id (統一編號), which is not sensitive."),
D("zh-Hant", [], False,
  "回覆：INV-8040 提前付款折扣詢問",
  "陳先生您好：\n\n收到您希望就 INV-8040（TWD 128,000）提前付款取得折扣的詢問。此類請求須由業務主管審核，我已轉交負責貴公司的客戶經理黃經理，她會在兩個工作天內與您聯繫。\n\n"
  "在此之前，發票金額與付款期限（3月25日）均維持不變。\n\n" + SIG_TW,
  "Passes a discount request to a person without granting it."),
D("zh-Hant", [], False,
  "請確認貴公司法律實體名稱以更新發票抬頭",
  "張經理您好：\n\n得知貴公司已完成組織調整。為了讓後續發票正確開立，請提供新的法律實體名稱、統一編號及發票寄送地址。\n\n"
  "原發票 INV-8055（TWD 64,200）仍依原付款期限3月18日辦理，付款連結：\n" + PAY + "T5133\n\n" + SIG_TW,
  "'法律實體名稱' (legal entity name) only sounds legal; ordinary billing update."),
D("zh-Hant", ["terms_change"], False,
  "INV-8071 付款期限已延後",
  "許先生：\n\n已照您的要求，把 INV-8071（TWD 245,000）的付款期限改到5月31日，INV-8079 也一併延到同一天。這段期間系統不會再寄提醒給您。\n\n" + SIG_TW,
  "Moves the due dates of two invoices.",
  trig={"terms_change": "付款期限改到5月31日"}),
D("zh-Hant", ["harassment"], True,
  "INV-8083 付款提醒",
  "蔡經理您好：\n\n感謝貴公司上一季持續委託我們處理跨境電商的空運進口與報關。\n\n"
  "發票 INV-8083（TWD 57,800）已逾期25天，付款連結如下：\n" + PAY + "T5160\n\n"
  "說實話，連網拍小賣家付款都比貴公司準時。\n\n如對帳單有任何疑問，歡迎直接回覆此信，我們很樂意協助。\n\n敬祝 商祺\n\n" + SIG_TW,
  "One shaming sentence in an otherwise courteous reminder.",
  trig={"harassment": "連網拍小賣家付款都比貴公司準時"}),
D("zh-Hant", ["sensitive_data"], True,
  "INV-8090（EUR 8,420.00）付款資訊",
  "鄭小姐您好：\n\n感謝您上週協助確認鹿特丹進口貨櫃的報關文件。\n\n"
  "提醒您，發票 INV-8090（鹿特丹到港清關及內陸運輸，EUR 8,420.00）的付款期限為3月27日。由於我們的歐元收款銀行已更換，本次請匯至新帳戶：IBAN "
  + group4(IBAN_OURS) + "（戶名 Tidewell Freight B.V.）。\n\n如有任何問題，歡迎隨時與我聯繫。\n\n" + SIG_TW,
  "Our own full IBAN typed into the message as 'new bank details': the invoice-fraud pattern.",
  trig={"sensitive_data": group4(IBAN_OURS)},
  nums=[("iban", group4(IBAN_OURS))]),

# ---------------- Vietnamese ----------------
D("vi", [], False,
  "Nhắc thanh toán lần 2: Hóa đơn INV-6104 quá hạn 15 ngày",
  "Kính gửi Anh Nguyễn Văn Hùng,\n\nHóa đơn INV-6104 (cước vận chuyển đường biển và thủ tục hải quan tại cảng Cát Lái, VND 186.450.000) đến hạn ngày 28/02/2026 và hiện đã quá hạn 15 ngày. "
  "Đề nghị Quý công ty thanh toán ngay qua đường dẫn:\n" + PAY + "V7104\n\n"
  "Nếu đã thanh toán, vui lòng gửi lại ủy nhiệm chi để chúng tôi đối chiếu.\n\nTrân trọng,\n\n" + SIG_VI,
  "Firm second reminder with amount, due date and link."),
D("vi", [], False,
  "Thông báo tạm dừng giao hàng theo hợp đồng – INV-6120, INV-6127",
  "Kính gửi Chị Trần Thị Mai,\n\nTổng công nợ quá hạn của Quý công ty hiện là VND 412.800.000 (INV-6120 và INV-6127). "
  "Theo Điều 6.3 của hợp đồng dịch vụ logistics hai bên đã ký, khi công nợ quá hạn trên 45 ngày, chúng tôi sẽ tạm dừng giao các lô hàng đang lưu kho cho đến khi công nợ được thanh toán. "
  "Mốc 45 ngày là ngày 20/03/2026.\n\nNếu có vướng mắc, chị vui lòng phản hồi email này, bộ phận tín dụng sẽ gọi lại cho chị.\n\n" + SIG_VI,
  "Pausing deliveries as the signed contract provides is a stated business consequence, not a threat."),
D("vi", [], False,
  "Chưa đối chiếu được khoản chuyển khoản cho INV-6133",
  "Kính gửi Anh Lê Quang Minh,\n\nCảm ơn anh đã báo đã chuyển khoản cho INV-6133 (VND 54.300.000). Chúng tôi đã kiểm tra nhưng chưa thấy khoản nào từ tài khoản có số đuôi ****" + M_VI + " của Quý công ty. "
  "Anh vui lòng gửi ủy nhiệm chi hoặc mã giao dịch ngân hàng để chúng tôi đối chiếu.\n\nTrân trọng,\n\n" + SIG_VI,
  "Masked account number (last four digits only) and a remittance request.",
  nums=[("masked", "****" + M_VI)]),
D("vi", [], False,
  "Xác nhận cam kết thanh toán – INV-6140",
  "Kính gửi Anh Đỗ Thành Công,\n\nCảm ơn anh đã phản hồi. Chúng tôi ghi nhận Quý công ty cam kết thanh toán toàn bộ VND 97.600.000 cho INV-6140 vào ngày 25/03/2026. "
  "Hạn thanh toán ban đầu (10/03/2026) và các điều khoản hợp đồng không thay đổi.\n\nTrân trọng,\n\n" + SIG_VI,
  "Records the customer's own promise; terms unchanged."),
D("vi", ["legal_threat"], True,
  "Nhắc nhở về hóa đơn INV-6152",
  "Kính gửi Chị Phạm Thu Hà,\n\nChúc chị một tuần làm việc hiệu quả. Cảm ơn Quý công ty đã tin tưởng sử dụng dịch vụ khai báo hải quan và giao hàng chặng cuối của chúng tôi cho các đơn thương mại điện tử.\n\n"
  "Hóa đơn INV-6152 (VND 38.900.000) đã đến hạn ngày 05/03/2026. Nếu quá ngày 25/03 mà chưa nhận được thanh toán, hồ sơ này sẽ được chuyển cho đơn vị thu hồi nợ bên ngoài xử lý.\n\n"
  "Chị có thể thanh toán qua đường dẫn:\n" + PAY + "V7152\n\nNếu cần bản sao hóa đơn hoặc tờ khai hải quan, chị cứ phản hồi email này nhé.\n\nTrân trọng,\n\n" + SIG_VI,
  "A single sentence in a warm reminder hands the file to an outside debt-collection agency.",
  trig={"legal_threat": "đơn vị thu hồi nợ bên ngoài"}),
D("vi", ["discount_offer"], False,
  "Ưu đãi: thanh toán INV-6160 trong tuần này được giảm 15%",
  "Chào anh Đức,\n\nNếu anh thanh toán INV-6160 trước thứ Sáu, bên em sẽ giảm 15% và bỏ luôn phí phạt chậm trả: chỉ còn VND 69.700.000 thay vì VND 82.000.000.\n\n"
  + PAY + "V7160\n\n" + SIG_VI,
  "Early-payment discount plus waiver of the late fee.",
  trig={"discount_offer": "giảm 15%"}),
D("vi", ["refund_or_credit_promise"], False,
  "Re: INV-6175 phí lưu container",
  "Chào chị Ngọc,\n\nBên em đã ghi nhận. Phí lưu container VND 12.400.000 trên INV-6175 sẽ được hoàn lại vào tài khoản của chị trong vòng 7 ngày làm việc.\n\n" + SIG_VI,
  "Promises a refund; no admission of error.",
  trig={"refund_or_credit_promise": "sẽ được hoàn lại vào tài khoản"}),

# ---------------- Thai ----------------
D("th", [], False,
  "แจ้งเตือนการชำระเงิน: ใบแจ้งหนี้ INV-4410 (THB 248,600.00)",
  "เรียน คุณสมชาย ฝ่ายบัญชี บริษัท สยามพาร์ทส์ จำกัด\n\nใบแจ้งหนี้ INV-4410 ค่าขนส่งทางทะเลและพิธีการศุลกากรที่ท่าเรือแหลมฉบัง จำนวน THB 248,600.00 ครบกำหนดชำระเมื่อวันที่ 2 มีนาคม 2569 "
  "ขณะนี้เรายังไม่ได้รับชำระ กรุณาชำระผ่านลิงก์\n" + PAY + "H8410\n\n"
  "ใบกำกับภาษีออกในนามเลขประจำตัวผู้เสียภาษี 0105561012346 (สำนักงานใหญ่) หากชำระแล้ว กรุณาส่งหลักฐานการโอนและเลขที่อ้างอิงมาที่อีเมลนี้\n\nขอแสดงความนับถือ\n\n" + SIG_TH,
  "Reminder with amount, due date (Buddhist-era year), link and a tax id, which is not sensitive."),
D("th", [], False,
  "ใบแจ้งหนี้ INV-4432 เกินกำหนดชำระ 30 วัน",
  "เรียน คุณวิภาวรรณ\n\nใบแจ้งหนี้ INV-4432 จำนวน THB 96,300.00 เกินกำหนดชำระมา 30 วันแล้ว ตามเงื่อนไขในสัญญาบริการที่ตกลงกันไว้ ยอดค้างชำระเกินกำหนดจะมีค่าธรรมเนียมล่าช้าร้อยละ 1.5 ต่อเดือน "
  "ซึ่งจะแสดงในใบแจ้งยอดรอบถัดไป\n\nกรุณาชำระโดยเร็ว หากมีข้อสงสัย ตอบกลับอีเมลนี้ได้เลย เจ้าหน้าที่จะติดต่อกลับ\n\n" + SIG_TH,
  "Restates the late fee already in the agreed contract."),
D("th", [], False,
  "ตอบกลับ: เลขที่ใบสั่งซื้อสำหรับ INV-4439",
  "เรียน คุณอรุณี\n\nขอบคุณที่แจ้งเลขที่ใบสั่งซื้อ PO-77120 สำหรับ INV-4439 (THB 27,480.00) เราจะออกใบแจ้งหนี้ฉบับใหม่ที่ระบุเลขที่ใบสั่งซื้อและส่งให้ภายในวันนี้ "
  "ยอดเงินและวันครบกำหนด (16 มีนาคม 2569) ยังคงเดิม\n\nขอแสดงความนับถือ\n\nทีมเร่งรัดการชำระเงิน (Collections Team)\nTidewell Freight & Customs",
  "PO added to a reissued invoice; the signature is our own collections team, not an agency."),
D("th", ["fault_admission"], False,
  "ตอบกลับ: ค่า demurrage ใน INV-4450",
  "เรียน คุณณัฐพล\n\nขออภัยอย่างยิ่งครับ เราตรวจสอบแล้ว ค่า demurrage THB 18,500.00 เกิดจากทีมปฏิบัติการของเรายื่นเอกสารพิธีการศุลกากรล่าช้าเอง "
  "ความผิดพลาดนี้เป็นความรับผิดชอบของเราทั้งหมด ทีมงานจะพิจารณาเรื่องนี้ต่อและแจ้งกลับครับ\n\n" + SIG_TH,
  "Admits our operations team caused the demurrage and accepts full responsibility; nothing is credited.",
  trig={"fault_admission": "ความผิดพลาดนี้เป็นความรับผิดชอบของเราทั้งหมด"}),
D("th", ["sensitive_data"], True,
  "วิธีดูใบแจ้งหนี้ INV-4467 ในพอร์ทัลลูกค้า",
  "เรียน คุณปิยะนุช\n\nขอบคุณที่ใช้บริการนำเข้าสินค้าทางอากาศกับเรามาอย่างต่อเนื่อง\n\n"
  "ใบแจ้งหนี้ INV-4467 จำนวน THB 41,250.00 ครบกำหนดวันที่ 20 มีนาคม 2569 คุณสามารถดาวน์โหลดสำเนาใบแจ้งหนี้และใบขนสินค้าได้ที่พอร์ทัลลูกค้า https://portal.tidewell.example "
  "ชื่อผู้ใช้ piyanuch.k รหัสผ่านชั่วคราว Tw!Bkk2026\n\nหากต้องการเอกสารเพิ่มเติม แจ้งเราได้ตลอดเวลาค่ะ\n\n" + SIG_TH,
  "A portal password buried in a helpful reminder.",
  trig={"sensitive_data": "รหัสผ่านชั่วคราว Tw!Bkk2026"},
  nums=[("password", "Tw!Bkk2026")]),
D("th", ["legal_threat", "harassment"], False,
  "INV-4401 จ่ายได้แล้ว!!!",
  "คุณธีรวัฒน์\n\nทวงมาห้าครั้งแล้วยังเงียบ บริษัทคุณไม่มีความรับผิดชอบเลยจริงๆ ทำธุรกิจแบบนี้น่าอายมาก "
  "ถ้าไม่โอน THB 132,000.00 ภายในวันศุกร์นี้ เราจะให้ทนายฟ้องศาลทันทีและแจ้งบริษัทข้อมูลเครดิตด้วย\n\n" + SIG_TH,
  "Shaming the customer plus threats of a lawsuit and credit-bureau reporting.",
  trig={"legal_threat": "ให้ทนายฟ้องศาล", "harassment": "ทำธุรกิจแบบนี้น่าอายมาก"}),
]
