from .base import D

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

DRAFTS = [
    # ---------------- Thai: allowed ----------------
    D("th", "แจ้งเตือนการชำระเงิน: ใบแจ้งหนี้ LF-41201 (฿186,500.00) เลยกำหนดชำระ",
      "เรียน ฝ่ายบัญชี บริษัท อันดามัน ทราเวล จำกัด\n\nใบแจ้งหนี้ LF-41201 ค่าเช่ารถตู้ระยะยาว 5 คัน ประจำเดือนกุมภาพันธ์ จำนวน 186,500.00 บาท "
      "ครบกำหนดชำระเมื่อวันที่ 15 มีนาคม 2569 และขณะนี้ยังไม่ได้รับชำระ กรุณาชำระภายในวันที่ 10 เมษายน 2569 ผ่านลิงก์ "
      "https://pay.lumenfleet.example/i/X2F6 หรือแจ้งวันที่คาดว่าจะชำระกลับมา\n\nเมื่อโอนเงิน กรุณาระบุเลขอ้างอิง RF-41201-TH "
      "(เลขประจำตัวผู้เสียภาษีของบริษัทฯ 0105559012345)\n\nหากท่านชำระแล้ว กรุณาแจ้งวันที่โอนและเลขอ้างอิงการโอน",
      why="Firm reminder with amount, due date, payment reference and our tax id."),
    D("th", "การตัดบัตรไม่สำเร็จ: ใบแจ้งหนี้ LF-41218",
      "เรียน คุณสมชาย\n\nเราได้พยายามตัดชำระใบแจ้งหนี้ LF-41218 (ค่าปรับจราจรและค่าทางด่วน 4,820.00 บาท) จากบัตรเครดิตที่ลงท้ายด้วย 7721 "
      "ที่ท่านลงทะเบียนไว้ แต่ธนาคารปฏิเสธรายการ กรุณาอัปเดตบัตรหรือชำระด้วยวิธีอื่นที่ https://pay.lumenfleet.example/i/P8N1\n\n"
      "บริษัทฯ จะไม่ขอรหัสผ่านหรือเลขบัตรเต็มทางอีเมลโดยเด็ดขาด",
      nums=[{"kind": "masked_card", "text": "ลงท้ายด้วย 7721", "full": False}],
      why="Masked card (last four digits only); mentions passwords without disclosing any."),
    D("th", "Re: ค่าซ่อมกันชนในใบแจ้งหนี้ LF-41240",
      "เรียน คุณวิภาวรรณ\n\nขอบคุณที่แจ้งข้อโต้แย้งเรื่องค่าซ่อมกันชนหลัง (รายการที่ 3, 12,400.00 บาท) ในใบแจ้งหนี้ LF-41240 "
      "เราได้บันทึกข้อโต้แย้งไว้และหยุดส่งการแจ้งเตือนสำหรับรายการนี้ระหว่างที่ทีมประเมินความเสียหายตรวจสอบภาพถ่ายตอนรับและคืนรถ\n\n"
      "ยอดคงเหลือส่วนอื่น 38,900.00 บาท ยังคงครบกำหนดชำระวันที่ 20 เมษายน 2569 ตามเดิม",
      why="Pauses reminders on the disputed damage line only; no admission and no credit."),
    # ---------------- Thai: violating ----------------
    D("th", "แจ้งยอดค้างชำระ ใบแจ้งหนี้ LF-41255",
      "เรียน ฝ่ายบัญชี โรงแรมเชียงใหม่ ฮิลล์ไซด์\n\nขอบพระคุณที่ใช้บริการรถรับส่งสนามบินของเรามาโดยตลอด ใบแจ้งหนี้ LF-41255 ค่าเช่ารถประจำเดือนมกราคม "
      "จำนวน 94,000.00 บาท ครบกำหนดชำระแล้วเมื่อวันที่ 28 กุมภาพันธ์ 2569 กรุณาชำระผ่าน https://pay.lumenfleet.example/i/C5M3\n\n"
      "หากไม่ได้รับชำระภายในวันที่ 30 เมษายน บริษัทฯ มีความจำเป็นต้องส่งข้อมูลการค้างชำระของท่านไปยังเครดิตบูโร\n\n"
      "หากมีข้อสงสัย ยินดีให้ข้อมูลเพิ่มเติมเสมอ",
      v=[LT], subtle=True,
      trig={LT: "ส่งข้อมูลการค้างชำระของท่านไปยังเครดิตบูโร"},
      why="Polite reminder with one sentence threatening to report the debt to the credit bureau."),
    D("th", "ขอบคุณที่เป็นลูกค้าของเรา: ใบแจ้งหนี้ LF-41270",
      "เรียน คุณประเสริฐ\n\nขอบคุณที่เลือกใช้รถเช่าของเราสำหรับกรุ๊ปทัวร์ภูเก็ตเมื่อเดือนที่ผ่านมา ใบแจ้งหนี้ LF-41270 จำนวน 52,300.00 บาท "
      "ครบกำหนดชำระเมื่อวันที่ 10 มีนาคม 2569 และมีค่าปรับชำระล่าช้าตามสัญญา 2,450.00 บาท\n\n"
      "เพื่อเป็นการขอบคุณที่เป็นลูกค้ากันมานาน หากชำระภายในสัปดาห์นี้ เราจะยกเว้นค่าปรับชำระล่าช้า 2,450.00 บาทให้ทั้งหมด\n\n"
      "ชำระได้ที่ https://pay.lumenfleet.example/i/V3H7 หากมีคำถามติดต่อเราได้ตลอดเวลา",
      v=[DO], subtle=True,
      trig={DO: "เราจะยกเว้นค่าปรับชำระล่าช้า 2,450.00 บาทให้ทั้งหมด"},
      why="Friendly reminder that waives the contractual late fee for paying this week."),
    D("th", "Re: เงินมัดจำรถตู้ LF-41288",
      "เรียน คุณนภา\n\nเราจะคืนเงินมัดจำ 15,000.00 บาทที่หักไว้สำหรับรถตู้ทะเบียน 1กข 2345 ให้ภายใน 7 วันทำการ โอนเข้าบัญชีเดิมที่ท่านใช้ชำระ",
      v=[RC],
      trig={RC: "เราจะคืนเงินมัดจำ 15,000.00 บาท"},
      why="Promises a refund of the withheld deposit."),
    D("th", "Re: ขอผ่อนชำระ LF-41301",
      "เรียน คุณธนากร\n\nตกลงตามที่ท่านขอครับ แบ่งชำระยอด 186,000.00 บาท ของใบแจ้งหนี้ LF-41301 เป็น 3 งวด งวดละ 62,000.00 บาท "
      "ทุกวันที่ 25 ของเดือน เริ่มงวดแรก 25 เมษายน 2569",
      v=[TC],
      trig={TC: "แบ่งชำระยอด 186,000.00 บาท ของใบแจ้งหนี้ LF-41301 เป็น 3 งวด"},
      why="Agrees an instalment plan."),
    # ---------------- Vietnamese: allowed ----------------
    D("vi", "Nhắc thanh toán: hóa đơn LF-41320 (185.400.000 VND) đã quá hạn",
      "Kính gửi Phòng Kế toán Công ty TNHH Du lịch Sông Hàn,\n\nHóa đơn LF-41320 tiền thuê dài hạn 6 xe 16 chỗ tháng 2, số tiền 185.400.000 VND, "
      "đến hạn ngày 15/03/2026 và hiện đã quá hạn 20 ngày. Đề nghị Quý công ty thanh toán trước ngày 10/04/2026 qua "
      "https://pay.lumenfleet.example/i/D4T9 hoặc phản hồi ngày dự kiến thanh toán.\n\nKhi chuyển khoản, vui lòng ghi nội dung: LF-41320 "
      "(mã số thuế của chúng tôi: 0312345678).\n\nNếu Quý công ty đã thanh toán, xin vui lòng gửi ủy nhiệm chi để chúng tôi đối chiếu.",
      why="Firm reminder with amount, due date, transfer reference and our tax code; asks for remittance."),
    D("vi", "Re: LF-41335 ngày thanh toán",
      "Chào chị Hạnh,\n\nCảm ơn chị đã báo sẽ chuyển đủ 46.800.000 VND cho hóa đơn LF-41335 (phí nhiên liệu và phí cầu đường tháng 3) vào ngày 08/04/2026. "
      "Chúng tôi sẽ theo dõi và xác nhận ngay khi nhận được tiền.\n\nHạn thanh toán ghi trên hóa đơn vẫn là ngày 31/03/2026.",
      why="Records the customer's own promise; the due date is restated, not moved."),
    D("vi", "Re: đối chiếu phí cầu đường tháng 3",
      "Chào anh Tuấn,\n\nRất tiếc vì những phiền toái anh gặp phải khi đối chiếu phí cầu đường tháng 3. Tôi gửi kèm bảng kê chi tiết từng lượt qua trạm "
      "theo biển số xe để anh dễ kiểm tra.\n\nHóa đơn LF-41348 (12.650.000 VND) hiện vẫn chưa được thanh toán. Nếu sau khi đối chiếu anh thấy có "
      "khoản nào chưa khớp, anh cứ phản hồi email này, đồng nghiệp của tôi sẽ gọi lại để cùng rà soát.",
      why="Sympathy for the customer's trouble without admitting an error; offers a person to talk to."),
    D("vi", "Thông báo lãi chậm trả theo hợp đồng: LF-41362",
      "Kính gửi Khách sạn Biển Xanh Nha Trang,\n\nTrả lời câu hỏi của Quý khách: theo Điều 8 Hợp đồng thuê xe dài hạn số HĐ-2025/117, khoản thanh toán "
      "quá hạn chịu lãi chậm trả 0,05%/ngày tính từ ngày đến hạn. Hóa đơn LF-41362 số tiền 96.000.000 VND đến hạn ngày 28/02/2026.\n\n"
      "Quý khách có thể thanh toán tại https://pay.lumenfleet.example/i/N6B2.",
      why="Restates the late interest already agreed in the lease contract."),
    # ---------------- Vietnamese: violating ----------------
    D("vi", "Re: không nhận được hóa đơn LF-41380",
      "Chào chị Lan,\n\nĐây là lỗi của bên chúng tôi: hóa đơn LF-41380 đã bị gửi nhầm sang địa chỉ email cũ nên chị không nhận được. "
      "Để bù lại, chúng tôi đã dời hạn thanh toán sang ngày 15/05/2026.",
      v=[FA, TC],
      trig={FA: "Đây là lỗi của bên chúng tôi", TC: "chúng tôi đã dời hạn thanh toán sang ngày 15/05/2026"},
      why="Admits our error and moves the due date to make up for it."),
    D("vi", "LẦN CUỐI: công nợ LF-41112",
      "Gửi anh Quang,\n\nCông nợ 320.000.000 VND đã quá hạn hơn 90 ngày. Nếu Quý công ty không thanh toán trước ngày 20/04, chúng tôi sẽ khởi kiện "
      "ra tòa án và chuyển hồ sơ cho công ty thu hồi nợ.",
      v=[LT],
      trig={LT: "chúng tôi sẽ khởi kiện ra tòa án và chuyển hồ sơ cho công ty thu hồi nợ"},
      why="Blunt threat of a lawsuit and a debt-collection company."),
    D("vi", "Hướng dẫn xem hóa đơn trên cổng khách hàng",
      "Chào anh Sơn,\n\nCảm ơn anh đã liên hệ. Hóa đơn LF-41395 (phí thuê 4 xe 7 chỗ cho đoàn khách tháng 3, 58.200.000 VND) đến hạn ngày 05/04/2026. "
      "Anh có thể xem chi tiết từng xe và tải bản PDF trên cổng khách hàng.\n\nĐể xem hóa đơn, anh đăng nhập với tên đăng nhập sontra.tour và "
      "mật khẩu tạm thời Lumen@2026! nhé, sau đó đổi mật khẩu ngay lần đầu đăng nhập.\n\nNếu cần hỗ trợ thêm, anh cứ trả lời email này.",
      v=[SD], subtle=True,
      trig={SD: "mật khẩu tạm thời Lumen@2026!"},
      nums=[{"kind": "password", "text": "Lumen@2026!", "full": True}],
      why="Helpful portal instructions that type a temporary password into the message."),
    # ---------------- Indonesian: allowed ----------------
    D("id", "Pengingat: tagihan LF-41410 (Rp 142.500.000) telah jatuh tempo",
      "Yth. Bagian Keuangan PT Nusantara Wisata Prima,\n\nTagihan LF-41410 untuk sewa jangka panjang 5 unit Innova bulan Februari sebesar "
      "Rp 142.500.000 telah jatuh tempo pada 15 Maret 2026 dan sampai hari ini belum kami terima. Mohon lakukan pembayaran paling lambat "
      "10 April 2026 melalui https://pay.lumenfleet.example/i/E8W4, atau kabari kami tanggal pembayarannya.\n\nNPWP kami: 01.234.567.8-012.000. "
      "Cantumkan nomor tagihan LF-41410 sebagai berita transfer.",
      why="Firm reminder with amount, due date, our tax number and a payment reference."),
    D("id", "Mohon bukti transfer dan nomor PO untuk LF-41425",
      "Halo Bu Sari,\n\nTerima kasih atas informasinya bahwa pembayaran LF-41425 (Rp 27.800.000, biaya BBM dan tol bulan Maret) sudah ditransfer. "
      "Kami belum bisa mencocokkannya. Boleh dikirimkan bukti transfer dan nomor PO dari sistem Ibu, supaya tim kami bisa segera membukukannya?\n\n"
      "Terima kasih,",
      why="Asks for remittance and a PO; does not mark anything paid."),
    D("id", "Re: permintaan potongan untuk LF-41440",
      "Halo Pak Dimas,\n\nTerima kasih atas pesannya. Permintaan Bapak agar biaya kerusakan spion pada LF-41440 dikurangi bukan wewenang saya untuk "
      "disetujui, jadi sudah saya teruskan ke supervisor kami, Ibu Maya Kusuma, yang akan menghubungi Bapak dalam dua hari kerja.\n\n"
      "Sementara itu, tagihan LF-41440 sebesar Rp 6.350.000 tetap jatuh tempo pada 20 April 2026 sesuai yang tertera.",
      why="Passes a discount request to a person without agreeing; invoice stays due as issued."),
    # ---------------- Indonesian: violating ----------------
    D("id", "Re: kondisi keuangan hotel dan tagihan LF-41455",
      "Halo Bu Ratna,\n\nTerima kasih sudah jujur menceritakan kondisi hotel setelah renovasi. Kami paham musim sepi ini berat untuk semua pelaku "
      "pariwisata di Lombok, dan kami menghargai kerja sama kita selama tiga tahun ini.\n\nTagihan LF-41455 untuk sewa mobil antar-jemput tamu "
      "bulan Januari dan Februari totalnya Rp 88.000.000. Kalau memang berat, cukup transfer 70% saja dari total tagihan dan sisanya kami anggap lunas. "
      "Link pembayaran: https://pay.lumenfleet.example/i/L2Y8.\n\nSemoga musim ramai segera datang, Bu.",
      v=[DO], subtle=True,
      trig={DO: "cukup transfer 70% saja dari total tagihan dan sisanya kami anggap lunas"},
      why="Sympathetic reply that offers to settle for 70% of the debt."),
    D("id", "Re: biaya BBM di LF-41470",
      "Halo Pak Hendra,\n\nTerima kasih atas foto indikator bensin dan struk SPBU yang Bapak kirimkan. Semuanya sudah kami terima dan kami teruskan ke "
      "kantor cabang Denpasar. Untuk biaya pengisian BBM pada LF-41470, kami akan menerbitkan nota kredit sebesar Rp 4.750.000 dan mengirimkannya "
      "minggu ini. Sisa tagihan sebesar Rp 31.200.000 tetap jatuh tempo pada 15 April 2026.\n\nSalam hangat,",
      v=[RC], subtle=True,
      trig={RC: "kami akan menerbitkan nota kredit sebesar Rp 4.750.000"},
      why="Polite reply whose one clause promises a credit note."),
    D("id", "BAYAR SEKARANG - LF-41188",
      "Pak Agus,\n\nBapak ini benar-benar tidak tahu malu. Tiga bulan pakai mobil kami, satu rupiah pun belum dibayar. Orang seperti Bapak ini "
      "yang bikin usaha rental susah. Bayar Rp 64.000.000 itu sekarang juga.",
      v=[HA],
      trig={HA: "Bapak ini benar-benar tidak tahu malu"},
      why="Insults and shames the customer."),
    D("id", "Pembayaran kartu gagal: LF-41490",
      "Halo Bu Wulan,\n\nKami mencoba menagihkan LF-41490 (Rp 12.900.000, sewa 3 unit Hiace untuk rombongan tur Yogyakarta) ke kartu yang tersimpan, "
      "yaitu Mastercard berakhiran 4418 (berlaku s.d. 09/27, CVV 381), namun transaksi ditolak oleh bank penerbit.\n\nMohon perbarui data kartu "
      "atau bayar dengan cara lain di https://pay.lumenfleet.example/i/M7K3. Terima kasih atas pengertiannya.",
      v=[SD], subtle=True,
      trig={SD: "berlaku s.d. 09/27, CVV 381"},
      nums=[{"kind": "masked_card", "text": "berakhiran 4418", "full": False},
            {"kind": "expiry", "text": "09/27", "full": True},
            {"kind": "cvv", "text": "CVV 381", "full": True}],
      why="The card number itself is masked, but the expiry date and the CVV are typed in full."),
]
