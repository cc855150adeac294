"""hw01-hw12: promise_to_pay."""
from datetime import date
from build_common import *


def build():
    # hw01 ----------------------------------------------------------------
    r = Reminder("KE3107", "Minato Seiki Co., Ltd.", "Sasaki-san", "t.sasaki@minato-seiki.example",
                 [("KE-48213", date(2026, 2, 27), 1284000)], "JPY", SGT(2026, 3, 9, 17, 0))
    body = """Kestrel Electronic Components
売掛金ご担当者様

いつもお世話になっております。
株式会社ミナト精機 経理課の佐々木でございます。

ご案内いただきました請求書の件、お支払いが遅れており大変申し訳ございません。
夜分の送信にて失礼いたします。
明日、ご指定の口座へ1,284,000円をお振込みいたします。
振込名義は「ミナトセイキ（カ」となりますので、ご確認のほどお願いいたします。

今後ともよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナト精機
管理本部 経理課　佐々木 智美
〒252-0239 神奈川県相模原市中央区中央5-5-5
TEL 042-555-0183 / FAX 042-555-0184
━━━━━━━━━━━━━━━━━━━━

差出人: Kestrel Billing <%s>
送信日時: 2026年3月9日 18:00
宛先: 佐々木 智美 <t.sasaki@minato-seiki.example>
件名: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Tue, 10 Mar 2026 00:40:12 +0900"),
                   ("From", addr("佐々木 智美", "t.sasaki@minato-seiki.example", "iso-2022-jp")),
                   ("To", addr("Kestrel Billing", r.addr)),
                   ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<TYCPR01MB%s@TYCPR01MB%s.jpnprd01.prod.outlook.com>" % (rhex(24), rhex(4, "0123456789"))),
                   ] + r.reply_headers() + [("Thread-Topic", r.subject), ("Accept-Language", "ja-JP, en-US"),
                   ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", "")],
                  text_part(body, cs="iso-2022-jp", cte="7bit"))
    add("PTP_TZ_TOMORROW", "ja-JP", "promise_to_pay", "ISO-2022-JP 7bit, Outlook JA quote", eml,
        "'明日' (tomorrow) written at 00:40 +0900 on Tue 10 Mar: Date+1 in the header's own offset = 11 Mar. "
        "In UTC the message is still Mon 9 Mar, so converting first would give 10 Mar (wrong). Amount 1,284,000円 (JPY, zero-decimal -> 1284000.00). "
        "Invoice from the Subject/quoted reminder; the writer names none.",
        ["KE-48213"], promised=("plus_days", [1], "明日"), amount=("1,284,000円", "dot", "JPY"))

    # hw02 ----------------------------------------------------------------
    r = Reminder("KE3112", "Shenzhen Huatuo Intelligent Manufacturing Co., Ltd.", "Ms. Lin", "linjing@huatuo-sz.example",
                 [("KE-48177", date(2026, 2, 10), 52300.0), ("KE-48190", date(2026, 2, 17), 34150.0)], "CNY",
                 SGT(2026, 3, 6, 10, 0), level=2)
    body = """您好，

两张发票（48177、48190）已经走完内部审批，排在我们下周五的付款批次里，合计¥86,450.00。
付款后我会把银行水单发给你们核对。

另外，我月底会调到成本部，以后的对账单和催款邮件请直接发到 ap@huatuo-sz.example。

谢谢！

林静
财务部 | 深圳市华拓智能制造有限公司
电话：0755-5550-8821
地址：深圳市宝安区福永街道凤凰第三工业区8栋

Kestrel Billing <%s> 于2026年3月6日周五 10:00写道：

%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Mon, 9 Mar 2026 10:15:33 +0800"),
                   ("From", addr("林静", "linjing@huatuo-sz.example")),
                   ("To", addr("Kestrel Billing", r.addr)),
                   ("Subject", ew("回复：") + "" + r.subject),
                   ("Message-ID", mid("gmail", "")),
                   ] + r.reply_headers(),
                  text_part(body, cs="UTF-8", cte="base64"))
    add("PTP_NEXT_FRIDAY_CN", "zh-CN", "promise_to_pay", "Gmail zh-CN, UTF-8 base64", eml,
        "'下周五' (next Friday) from Mon 9 Mar = Friday of the following week, 20 Mar (not 13 Mar). "
        "'¥' in a CNY thread is CNY. The lower-priority 'send reminders to ap@...' statement fills new_contact_email. "
        "'月底' is the writer's job move, not a payment date.",
        ["KE-48177", "KE-48190"], promised=("next_weekday", [4], "下周五"), amount=("¥86,450.00", "dot", "CNY"),
        contact="ap@huatuo-sz.example")

    # hw03 ----------------------------------------------------------------
    r = Reminder("KE3020", "Siam Circuit Assembly Co., Ltd.", "Khun Warunee", "warunee.k@siamcircuit.example",
                 [("KE-47902", date(2026, 2, 5), 48560.0)], "THB", SGT(2026, 2, 16, 9, 0))
    body = """เรียน ฝ่ายบัญชีลูกหนี้ Kestrel

ขอบคุณสำหรับอีเมลแจ้งเตือนค่ะ
ใบแจ้งหนี้เลขที่ KE-47902 (อ้างอิง PO เลขที่ 4500123987) ผ่านการอนุมัติแล้ว
ทางบริษัทฯ จะโอนชำระยอด 48,560.00 บาท ภายในสิ้นเดือนนี้ค่ะ

หากโอนแล้วจะส่งสลิปให้อีกครั้งนะคะ

ขอบคุณค่ะ
วารุณี กิตติศักดิ์
แผนกบัญชีเจ้าหนี้ | บริษัท สยามเซอร์กิต แอสเซมบลี จำกัด
โทร 038-555-214 ต่อ 112

จาก: Kestrel Billing <%s>
ส่ง: 16 กุมภาพันธ์ 2569 8:00
ถึง: วารุณี กิตติศักดิ์ <warunee.k@siamcircuit.example>
เรื่อง: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Wed, 18 Feb 2026 14:22:05 +0700"),
                   ("From", addr("วารุณี กิตติศักดิ์", "warunee.k@siamcircuit.example")),
                   ("To", r.addr), ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<SEYPR02MB%s@SEYPR02MB%s.apcprd02.prod.outlook.com>" % (rhex(24), rhex(4, "0123456789"))),
                   ] + r.reply_headers() + [("Content-Language", "th-TH")],
                  text_part(body, cs="utf-8", cte="quoted-printable"))
    add("PTP_END_OF_MONTH_TH", "th-TH", "promise_to_pay", "Outlook TH (Buddhist-year quote header), UTF-8 QP", eml,
        "'ภายในสิ้นเดือนนี้' (by the end of this month) from Wed 18 Feb 2026 = 28 Feb. The PO number 4500123987 is not an invoice number. "
        "The Buddhist year 2569 in the quote header is our reminder's date, not a promise.",
        ["KE-47902"], promised=("end_of_month", [], "สิ้นเดือนนี้"), amount=("48,560.00 บาท", "dot", "THB"))

    # hw04 ----------------------------------------------------------------
    r = Reminder("KE3139", "Hanbit Electron Co., Ltd.", "Mr. Jung", "jung.sh@hanbit-elec.example",
                 [("KE-48241", date(2026, 2, 28), 12750000)], "KRW", SGT(2026, 3, 11, 9, 0))
    body = """안녕하세요, Kestrel 채권 담당자님.

한빛일렉트론 재무팀 정상훈입니다.
문의하신 KE-48241 건은 내부 결재가 완료되었습니다.
이번 달 25일까지 12,750,000원 전액 입금하겠습니다.

세금계산서는 이미 수취하였으니 따로 보내주시지 않으셔도 됩니다.

감사합니다.

정상훈 과장 | 재무팀
(주)한빛일렉트론
경기도 화성시 동탄산단 5길 55
Tel. 031-555-7702 | Mobile 010-5555-7702

-----Original Message-----
보낸 사람: "Kestrel Billing" <%s>
받는 사람: "정상훈" <jung.sh@hanbit-elec.example>
날짜: 2026-03-11 (수) 10:00:00
제목: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Fri, 13 Mar 2026 11:02:47 +0900"),
                   ("From", addr("정상훈", "jung.sh@hanbit-elec.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<%s.%s@hanbit-elec.example>" % (rhex(16, "0123456789abcdef"), "works")),
                   ] + r.reply_headers() + [("X-Mailer", "WORKS Mail")],
                  text_part(body, cs="UTF-8", cte="base64"))
    add("PTP_BY_THE_25TH_KO", "ko-KR", "promise_to_pay", "Korean groupware reply, UTF-8 base64", eml,
        "'이번 달 25일까지' (by the 25th of this month) from Fri 13 Mar = 25 Mar. 12,750,000원 is KRW. "
        "The tax invoice (세금계산서) remark is not a request.",
        ["KE-48241"], promised=("by_the", [25], "25일까지"), amount=("12,750,000원", "dot", "KRW"))

    # hw05 ----------------------------------------------------------------
    r = Reminder("KE3151", "Phuc Thinh Electronics Co., Ltd.", "Ms. Hoa", "hoa.nt@phucthinh-elec.example",
                 [("KE-48301", date(2026, 3, 2), 215400000)], "VND", SGT(2026, 3, 16, 11, 0))
    body = """Chào anh/chị,

Bên em đã nhận được thông báo. Hóa đơn KE-48301 (thuộc hợp đồng số HĐ-2025/118) kế toán trưởng
đã duyệt chi rồi ạ. Công ty sẽ chuyển khoản 215.400.000 ₫ trong tuần này.

Chuyển xong em sẽ gửi UNC qua mail để bên mình đối chiếu.

Trân trọng,
Nguyễn Thị Hoa
Kế toán công nợ – Công ty TNHH Điện tử Phúc Thịnh
KCN Tân Tạo, Q. Bình Tân, TP.HCM | ĐT: 028 5555 3120

Vào Th 2, 16 thg 3, 2026 vào lúc 10:00 Kestrel Billing <%s> đã viết:

%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Tue, 17 Mar 2026 09:30:11 +0700"),
                   ("From", addr("Nguyễn Thị Hoa", "hoa.nt@phucthinh-elec.example", mode="Q")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "Re: " + r.subject),
                   ("Message-ID", mid("gmail", "")),
                   ] + r.reply_headers(),
                  text_part(body, cs="UTF-8", cte="8bit"))
    add("PTP_THIS_WEEK_VI", "vi-VN", "promise_to_pay", "Gmail vi, 8bit UTF-8", eml,
        "'trong tuần này' (this week) from Tue 17 Mar = that week's Friday, 20 Mar. '215.400.000 ₫' uses '.' grouping (VND, zero-decimal). "
        "Contract number HĐ-2025/118 is not an invoice.",
        ["KE-48301"], promised=("this_week", [], "trong tuần này"), amount=("215.400.000 ₫", "comma", "VND"))

    # hw06 ----------------------------------------------------------------
    r = Reminder("KE3166", "PT Cikarang Presisi Elektronik", "Bapak/Ibu", "finance@cikarang-presisi.example",
                 [("KE-48355", date(2026, 3, 10), 184250000)], "IDR", SGT(2026, 3, 20, 9, 0))
    body = """Selamat siang Bapak/Ibu,

Terima kasih atas pengingatnya. Pembayaran untuk invoice KE-48355 sebesar Rp 184.250.000
sudah kami jadwalkan pada tanggal 06/04/2026 (No. PO: 4500-7781).
Bukti transfer akan kami kirimkan setelah pembayaran diproses.

Mohon maaf atas keterlambatannya, karena libur Lebaran pekan lalu.

Salam,
Dewi Anggraini
Finance & Accounting
PT Cikarang Presisi Elektronik
Kawasan Industri Jababeka II, Cikarang | Telp. (021) 555-8931

Dari: Kestrel Billing <%s>
Dikirim: Jumat, 20 Maret 2026 08.00
Kepada: Finance <finance@cikarang-presisi.example>
Subjek: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Mon, 23 Mar 2026 10:41:09 +0700"),
                   ("From", addr("Dewi Anggraini", "dewi.a@cikarang-presisi.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<KL1PR0601MB%s@KL1PR0601MB%s.apcprd06.prod.outlook.com>" % (rhex(24), rhex(4, "0123456789"))),
                   ] + r.reply_headers() + [("Content-Language", "id-ID")],
                  text_part(body, cs="us-ascii", cte="quoted-printable"))
    add("PTP_DMY_EXPLICIT_ID", "id-ID", "promise_to_pay", "Outlook ID, us-ascii QP", eml,
        "'06/04/2026' from an Indonesian writer is day-first: 6 Apr 2026 (a US reading would give 4 Jun). "
        "Rp 184.250.000 uses '.' grouping. The PO number 4500-7781 is not an invoice.",
        ["KE-48355"], promised=("explicit", [2026, 4, 6], "06/04/2026"), amount=("Rp 184.250.000", "comma", "IDR"))

    # hw07 ----------------------------------------------------------------
    r = Reminder("KE3170", "Tampines Precision Assembly Pte Ltd", "Mr Goh", "goh.wl@tampines-pa.example",
                 [("KE-48210", date(2026, 2, 28), 11230.50), ("KE-48244", date(2026, 3, 7), 12250.00)], "SGD",
                 SGT(2026, 3, 24, 9, 0), level=2)
    body = """Hi,

Sorry for the delay on these two. We were hoping to clear them last week but our CFO only
signed off the payment run this afternoon.

Payment of S$23,480.50 will go out on Thursday, 2 April via GIRO, covering both invoices.
I'll send the bank advice once it's released.

Thanks for your patience.

Goh Wei Liang
Finance Executive
Tampines Precision Assembly Pte Ltd
T: +65 6555 3018

Sent from my iPhone

> On 24 Mar 2026, at 9:00 AM, Kestrel Billing <%s> wrote:
>
%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Thu, 26 Mar 2026 16:05:44 +0800"),
                   ("From", addr("Goh Wei Liang", "goh.wl@tampines-pa.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "Re: " + r.subject),
                   ("Message-ID", mid("apple", "tampines-pa.example")),
                   ] + r.reply_headers() + [("X-Mailer", "iPhone Mail (22D72)")],
                  text_part(body, cs="us-ascii", cte="7bit"))
    add("PTP_FIRM_DATED_SG", "en-SG", "promise_to_pay", "iPhone Mail, us-ascii 7bit", eml,
        "Firm dated commitment: 'Thursday, 2 April' (explicit, day-first) = 2026-04-02, S$23,480.50 (SGD). "
        "'hoping to clear them last week' is a past intention, not a date.",
        ["KE-48210", "KE-48244"], promised=("explicit", [2026, 4, 2], "Thursday, 2 April"), amount=("S$23,480.50", "dot", "SGD"))

    # hw08 ----------------------------------------------------------------
    r = Reminder("KE3181", "Shree Ganesh Electro Systems Pvt. Ltd.", "Mr. Iyer", "accounts@sgelectro.example",
                 [("KE-48260", date(2026, 3, 3), 342650.0)], "INR", SGT(2026, 3, 16, 17, 0))
    body = """Dear Sir/Madam,

Greetings from Shree Ganesh Electro Systems.

With reference to your mail, the invoice KE 48260 is booked and will be cleared by the 5th
without fail. Amount Rs. 3,42,650/- will be released through NEFT to your HDFC account as
per the bank details on invoice.

Kindly note our vendor helpdesk ticket SR-22871 for the earlier short-TDS query is also
closed now.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - Accounts Payable
Shree Ganesh Electro Systems Pvt. Ltd.
Plot 55, MIDC Bhosari, Pune 411026 | Ph: +91 20 5555 8124

On Mon, 16 Mar 2026 at 2:30 PM Kestrel Billing <%s> wrote:

%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Thu, 19 Mar 2026 12:48:02 +0530"),
                   ("From", addr("Ramesh Iyer", "ramesh.iyer@sgelectro.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "Re: " + r.subject),
                   ("Message-ID", mid("gmail", "")),
                   ] + r.reply_headers(),
                  multipart("alternative", [text_part(body, cs="UTF-8", cte="7bit"),
                                            text_part("<div dir=\"ltr\">" + body.split("On Mon, 16 Mar")[0].replace("\n", "<br>\n") + "</div>",
                                                      ctype="text/html", cs="UTF-8", cte="quoted-printable")], "gmail"))
    add("PTP_BY_THE_5TH_IN", "en-IN", "promise_to_pay", "Gmail multipart/alternative", eml,
        "'by the 5th' written on Thu 19 Mar: the next 5th on or after the Date = 5 Apr. 'Rs. 3,42,650/-' uses Indian lakh grouping = 342650.00 INR. "
        "SR-22871 is a helpdesk ticket, not an invoice; 'KE 48260' normalised to KE-48260.",
        ["KE-48260"], promised=("by_the", [5], "by the 5th"), amount=("Rs. 3,42,650/-", "dot", "INR"))

    # hw09 ----------------------------------------------------------------
    r = Reminder("KE3144", "Perintis Elektronik Sdn. Bhd.", "Puan Noraini", "noraini@perintis-elektronik.example",
                 [("KE-48129", date(2026, 2, 24), 9870.40)], "MYR", SGT(2026, 3, 10, 9, 0))
    body = """Assalamualaikum dan salam sejahtera,

Merujuk kepada e-mel di bawah, bayaran bagi invois KE-48129 berjumlah RM 9,870.40 akan
dibuat pada hari Jumaat ini melalui IBG. Salinan slip bank akan dihantar selepas itu.

Harap maklum. Terima kasih.

Yang benar,
Noraini binti Hassan
Eksekutif Akaun
Perintis Elektronik Sdn. Bhd.
Lot 55, Kawasan Perindustrian Bayan Lepas, 11900 Pulau Pinang
Tel: 04-555 6120

Daripada: Kestrel Billing <%s>
Dihantar: Selasa, 10 Mac 2026 9:00 PG
Kepada: Noraini Hassan <noraini@perintis-elektronik.example>
Perkara: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Wed, 11 Mar 2026 15:20:00 +0800"),
                   ("From", addr("Noraini Hassan", "noraini@perintis-elektronik.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<SG2PR06MB%s@SG2PR06MB%s.apcprd06.prod.outlook.com>" % (rhex(24), rhex(4, "0123456789"))),
                   ] + r.reply_headers() + [("Content-Language", "ms-MY")],
                  text_part(body, cs="us-ascii", cte="7bit"))
    add("PTP_THIS_FRIDAY_MS", "ms-MY", "promise_to_pay", "Outlook MS, us-ascii", eml,
        "'hari Jumaat ini' (this Friday) from Wed 11 Mar = 13 Mar. RM 9,870.40 (MYR).",
        ["KE-48129"], promised=("this_weekday", [4], "Jumaat ini"), amount=("RM 9,870.40", "dot", "MYR"))

    # hw10 ----------------------------------------------------------------
    r = Reminder("KE3190", "Hsinchu Jinglian Technology Co., Ltd.", "Ms. Chen", "ap@jinglian-tech.example",
                 [("KE-48266", date(2026, 3, 5), 385600.0)], "TWD", SGT(2026, 3, 19, 10, 0))
    body = """Kestrel 應收帳款 您好：

貴公司發票 KE-48266 已完成驗收及請款流程。
本公司付款作業固定於每月月底辦理，此筆款項 NT$385,600 已排入115年3月31日電匯付款，
屆時請查收。

如有任何問題，歡迎來電洽詢。

陳怡君
財務部 應付帳款組
新竹晶聯科技股份有限公司
電話：03-555-7321 分機 215

-----Original Message-----
寄件者: Kestrel Billing [mailto:%s]
寄件日期: 2026年3月19日 上午 10:00
收件者: 應付帳款 <ap@jinglian-tech.example>
主旨: %s

%s""" % (r.addr, r.subject, r.body)
    eml = message([("Date", "Fri, 20 Mar 2026 17:45:10 +0800"),
                   ("From", addr("陳怡君", "yichun.chen@jinglian-tech.example", "big5")),
                   ("To", "'Kestrel Billing' <%s>" % r.addr), ("Subject", "RE: " + r.subject),
                   ("Message-ID", "<000001dcb8%s$%s$%s@jinglian-tech.example>" % (rhex(6, "0123456789abcdef"), rhex(8, "0123456789abcdef"), rhex(8, "0123456789abcdef"))),
                   ] + r.reply_headers() + [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-tw")],
                  text_part(body, cs="big5", cte="base64"))
    add("PTP_MINGUO_DATE_TW", "zh-TW", "promise_to_pay", "Outlook zh-TW, Big5 base64", eml,
        "'115年3月31日' is a Republic of China (Minguo) year: 115 + 1911 = 2026, so 2026-03-31. "
        "'已排入...電匯付款' is a scheduled, firm payment. NT$385,600 = TWD.",
        ["KE-48266"], promised=("explicit", [2026, 3, 31], "115年3月31日"), amount=("NT$385,600", "dot", "TWD"))

    # hw11 ----------------------------------------------------------------
    r = Reminder("KE3098", "Om Sai Mobile Repair & Services", "Mr. Sharma", "omsai.repairs@mailbox.example",
                 [("KE-48030", date(2026, 2, 20), 118000.0)], "INR", SGT(2026, 3, 2, 11, 30))
    body = """नमस्ते सर,

आपका मेल मिला। पिछले महीने दुकान का काम थोड़ा धीमा था इसलिए पेमेंट में देरी हो गई।
बिल नंबर 48030 का पूरा पेमेंट ₹1,18,000 अगले सोमवार को आपके खाते में ट्रांसफर कर दूँगा।

धन्यवाद,
विकास शर्मा
ओम साईं मोबाइल रिपेयर एंड सर्विसेज़, जयपुर
मो. 98555 01234

सोम, 2 मार्च 2026 को 9:00 am बजे Kestrel Billing <%s> ने लिखा:

%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Wed, 4 Mar 2026 11:12:00 +0530"),
                   ("From", addr("विकास शर्मा", "omsai.repairs@mailbox.example")),
                   ("To", r.addr), ("Subject", "Re: " + r.subject),
                   ("Message-ID", mid("gmail", "")),
                   ] + r.reply_headers(),
                  text_part(body, cs="UTF-8", cte="quoted-printable"))
    add("PTP_NEXT_MONDAY_HI", "hi-IN", "promise_to_pay", "Gmail hi, UTF-8 QP", eml,
        "'अगले सोमवार' (next Monday) from Wed 4 Mar = Monday of the following week, 9 Mar. "
        "'₹1,18,000' in lakh grouping = 118000.00 INR. 'बिल नंबर 48030' normalised to KE-48030.",
        ["KE-48030"], promised=("next_weekday", [0], "अगले सोमवार"), amount=("₹1,18,000", "dot", "INR"))

    # hw12 ----------------------------------------------------------------
    r = Reminder("KE3011", "Laguna Techno-Assembly Corp.", "Ms. Reyes", "ap@lagunatechno.example",
                 [("KE-47950", date(2026, 2, 6), 245300.0)], "PHP", SGT(2026, 2, 13, 9, 0))
    body = """Hi Ma'am/Sir,

Pasensya na po sa delay. Na-approve na po ni boss yung check voucher for KE-47950.
Ipo-process po namin yung bayad two weeks from today, full amount na po ₱245,300.00,
via BDO online transfer.

Salamat po!

Jen Reyes
Accounting Dept. | Laguna Techno-Assembly Corp.
LTI, Biñan, Laguna | (049) 555-0177

On Fri, Feb 13, 2026 at 9:00 AM Kestrel Billing <%s> wrote:

%s""" % (r.addr, gt(r.body))
    eml = message([("Date", "Mon, 16 Feb 2026 13:05:00 +0800"),
                   ("From", addr("Jen Reyes", "jen.reyes@lagunatechno.example")),
                   ("To", addr("Kestrel Billing", r.addr)), ("Subject", "Re: " + r.subject),
                   ("Message-ID", mid("gmail", "")),
                   ] + r.reply_headers(),
                  text_part(body, cs="UTF-8", cte="8bit"))
    add("PTP_TWO_WEEKS_TL", "tl-PH", "promise_to_pay", "Gmail, Taglish, 8bit UTF-8", eml,
        "'two weeks from today' from Mon 16 Feb = Date + 14 = 2 Mar. ₱245,300.00 = PHP. 'check voucher' approval is internal; the commitment is dated.",
        ["KE-47950"], promised=("plus_days", [14], "two weeks from today"), amount=("₱245,300.00", "dot", "PHP"))
