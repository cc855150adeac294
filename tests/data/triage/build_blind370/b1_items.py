"""Items qa01-qa16: promise_to_pay x12, paid_claim x4."""
from b0_common import *

def build():
    # qa01 ----------------------------------------------------------------
    reply("P2P-TODAY-TZ", "en-AU", "promise_to_pay", "Outlook, text/plain qp, Outlook quote block",
          date="Fri, 06 Mar 2026 08:05:00 +1100", frm=("Melissa Ng", "melissa.ng@southerlylane.example"),
          case="K4108", invs=[("LM-40877", "Alexa Mini LF pkg, 4 days", "2026-02-24", 6215.00)], ccy="AUD",
          greet="Melissa", customer="Southerly Lane Films Pty Ltd", rem=dt("2026-03-04 23:00"), days=8,
          q="ol_en", prefix="RE: ", client="outlook",
          body="""Hi team,

Apologies - this one got stuck waiting on the producer's sign-off for the Mini LF package. It's approved now and the $6,215.00 is in today's pay run, so you should see it in 1-2 business days.

Cheers,
Mel

Melissa Ng | Production Accountant
Southerly Lane Films Pty Ltd
Level 2, 44 Foveaux St, Surry Hills NSW 2010
M 0412 555 019
""",
          lab=dict(promised_date="2026-03-06", promised_amount="6215.00", currency="AUD", inv=["LM-40877"]),
          prov=dict(dates={"promised_date": ["today", "today's pay run"]}, amount=["$6,215.00", "dot"], inv_src="subject"),
          note="'today's pay run' resolved in the Date header's own offset (+1100): Fri 6 Mar locally, while UTC is still Thu 5 Mar. Bare '$' takes the reminder's currency (AUD). Invoice number only in the Subject/quote.")

    # qa02 ----------------------------------------------------------------
    reply("P2P-EOM-JA", "ja-JP", "promise_to_pay", "Outlook (ja), iso-2022-jp 7bit, RFC 2047 subject",
          date="Wed, 11 Mar 2026 17:48:22 +0900", frm=("佐々木 由美", "y.sasaki@minato-pictures.example"),
          case="K4112", invs=[("LM-41102", "CM shoot lighting pkg (Feb)", "2026-03-06", 1287000)], ccy="JPY",
          greet="Sasaki-san", customer="Minato Pictures Co., Ltd.", rem=dt("2026-03-11 00:00"), days=5,
          q="ol_ja", prefix="RE: ", client="outlook", charset="iso-2022-jp", cte="7bit",
          body="""ルマコア・レンタルズ
経理ご担当者様

いつもお世話になっております。
株式会社ミナトピクチャーズ経理部の佐々木でございます。

ご連絡いただいた件、確認いたしました。
先月のCM撮影（発注番号 MP-2602-118）分のご請求につきましては、
社内承認が遅れており、大変ご迷惑をおかけいたしました。

1,287,000円（税込）を3月末日にお振込みいたします。
何卒よろしくお願い申し上げます。

--------------------------------
株式会社ミナトピクチャーズ
経理部　佐々木 由美
〒105-0022 東京都港区海岸1-2-3
TEL: 03-5555-0142
--------------------------------
""",
          lab=dict(promised_date="2026-03-31", promised_amount="1287000.00", currency="JPY", inv=["LM-41102"]),
          prov=dict(dates={"promised_date": ["eom", "3月末日"]}, amount=["1,287,000円", "dot"], inv_src="subject"),
          note="Japanese business register; '3月末日' = last day of March. JPY has no minor unit, label still two decimals. The 発注番号 MP-2602-118 is a PO, not an invoice; the invoice number comes from the Subject.")

    # qa03 ----------------------------------------------------------------
    reply("P2P-NEXTWED-KO-TZ", "ko-KR", "promise_to_pay", "Gmail (ko), utf-8 base64, 만원 amount",
          date="Mon, 09 Mar 2026 00:35:12 +0900", frm=("한지수", "jisoo.han@bluehour-prod.example"),
          case="K4115", invs=[("LM-40954", "FX6 x2 + lens set, MV shoot", "2026-02-27", 3450000)], ccy="KRW",
          greet="Jisoo", customer="Blue Hour Production", rem=dt("2026-03-06 01:00"), days=7,
          q="gmail_ko", prefix="Re: ", client="gmail", cte="base64",
          body="""안녕하세요, 루마코어 렌탈 담당자님.

늦은 시간에 메일 드려 죄송합니다. 촬영 마치고 이제야 확인했습니다.
LM40954 건 345만원은 다음 주 수요일에 입금하겠습니다.
이번 주는 결산 때문에 출금이 막혀 있어서요. 양해 부탁드립니다.

감사합니다.
한지수 드림

(주)블루아워프로덕션 | 제작관리팀
010-5555-0187
""",
          lab=dict(promised_date="2026-03-18", promised_amount="3450000.00", currency="KRW", inv=["LM-40954"]),
          prov=dict(dates={"promised_date": ["next_wd", 2, "다음 주 수요일"]}, amount=["345만원", "dot"], inv_src="text"),
          note="Sent 00:35 Monday +0900 (still Sunday in UTC): today is Mon 9 Mar, so '다음 주 수요일' (next week's Wednesday) = Wed 18 Mar; from the UTC date it would wrongly be 11 Mar. '345만원' = 3,450,000 KRW. 'LM40954' normalised to LM-40954. '이번 주는' is about this week's freeze, not a date.")

    # qa04 ----------------------------------------------------------------
    reply("P2P-THISFRI-ZH", "zh-CN", "promise_to_pay", "Outlook (zh-CN) '答复:', utf-8 base64",
          date="Tue, 10 Mar 2026 10:20:31 +0800", frm=("周晓芸", "zhouxy@qingcheng-media.example"),
          case="K4121", invs=[("LM-41230", "Lighting & grip, 5-day studio", "2026-03-02", 86500.00)], ccy="CNY",
          greet="Ms Zhou", customer="Shanghai Qingcheng Film & Culture Media Co., Ltd.", rem=dt("2026-03-09 01:30"), days=7,
          q="ol_zhcn", prefix="答复: ", client="outlook", cte="base64",
          body="""您好，

邮件收到。LM-41230这笔款（合同编号HT-2026-0311，灯光设备租赁）财务已经排进本周的付款计划，¥86,500.00 本周五之前会付出，届时把银行回单发给您。

之前因为发票抬头的问题耽误了几天，不好意思。

祝好
周晓芸
上海青橙影视文化传媒有限公司 | 财务部
电话：021-5555 0136
""",
          lab=dict(promised_date="2026-03-13", promised_amount="86500.00", currency="CNY", inv=["LM-41230"]),
          prov=dict(dates={"promised_date": ["this_wd", 4, "本周五之前"]}, amount=["¥86,500.00", "dot"], inv_src="text"),
          note="'本周五之前' = by this Friday, from Tue 10 Mar = 13 Mar. '¥' here is CNY because the reminder is in CNY. 合同编号 HT-2026-0311 is a contract number, not an invoice.")

    # qa05 ----------------------------------------------------------------
    reply("P2P-BY15-HI", "hi-IN", "promise_to_pay", "Gmail (hi), utf-8 qp",
          date="Tue, 17 Mar 2026 12:41:09 +0530", frm=("राजेश मल्होत्रा", "rajesh.m@saptrang-motion.example"),
          case="K4126", invs=[("LM-40733", "Camera + lighting, ad film (Delhi)", "2026-02-20", 248600.00)], ccy="INR",
          greet="Rajesh", customer="Saptrang Motion Pictures Pvt. Ltd.", rem=dt("2026-03-16 04:30"), days=24, stage=2,
          q="gmail_hi", prefix="Re: ", client="gmail",
          body="""नमस्ते,

आपका रिमाइंडर मिल गया। देरी के लिए माफ़ी चाहते हैं — क्लाइंट (एजेंसी) से हमारा पेमेंट अभी तक नहीं आया है, इसलिए यह बिल अटका हुआ था।

इनवॉइस LM-40733 का पूरा भुगतान ₹2,48,600 हम अगले महीने की 15 तारीख तक कर देंगे। NEFT होते ही UTR नंबर भेज दूँगा।

धन्यवाद,
राजेश मल्होत्रा
अकाउंट्स, सप्तरंग मोशन पिक्चर्स प्रा. लि.
मो. 98555 01234
""",
          lab=dict(promised_date="2026-04-15", promised_amount="248600.00", currency="INR", inv=["LM-40733"]),
          prov=dict(dates={"promised_date": ["by_the", 15, "15 तारीख तक"]}, amount=["₹2,48,600", "dot"], inv_src="text"),
          note="Hindi. 'अगले महीने की 15 तारीख तक' (by the 15th of next month) written on 17 Mar = 15 Apr, which is also the next 15th on or after the Date. Indian digit grouping ₹2,48,600 = 248600.00.")

    # qa06 ----------------------------------------------------------------
    reply("P2P-BESOK-ID-TZ", "id-ID", "promise_to_pay", "Gmail (id), utf-8 qp",
          date="Thu, 05 Mar 2026 06:10:00 +0700", frm=("Dewi Anggraini", "dewi.anggraini@layarnusantara.example"),
          case="K4131", invs=[("LM-41018", "Lighting & grip, TVC Kopi Senja", "2026-02-26", 47850000)], ccy="IDR",
          greet="Ibu Dewi", customer="PT Layar Nusantara Kreatif", rem=dt("2026-03-04 02:00"), days=6,
          q="gmail_id", prefix="Re: ", client="gmail",
          body="""Selamat pagi Bapak/Ibu,

Mohon maaf baru sempat membalas. Untuk invoice LM-41018 (sewa lighting & grip untuk TVC Kopi Senja) sudah di-approve direktur semalam.

Pembayaran sebesar Rp47.850.000 akan kami transfer besok via BCA. Bukti transfer akan kami kirimkan setelahnya.

Terima kasih atas kesabarannya.

Salam,
Dewi Anggraini
Finance - PT Layar Nusantara Kreatif
Jl. Kemang Raya No. 12, Jakarta Selatan
Telp. (021) 555-0192
""",
          lab=dict(promised_date="2026-03-06", promised_amount="47850000.00", currency="IDR", inv=["LM-41018"]),
          prov=dict(dates={"promised_date": ["tomorrow", "besok"]}, amount=["Rp47.850.000", "comma"], inv_src="text"),
          note="'besok' (tomorrow) from Thu 5 Mar 06:10 +0700; in UTC it is still Wed 4 Mar, which would give 5 Mar. Indonesian '.' thousands separator. 'semalam' is when the director approved, not a payment date.")

    # qa07 ----------------------------------------------------------------
    reply("P2P-DDMM-EN-IN", "en-IN", "promise_to_pay", "Outlook, '-----Original Message-----', us-ascii 7bit",
          date="Mon, 16 Mar 2026 11:05:44 +0530", frm=("Suresh Iyer", "accounts@kaveriframes.example"),
          case="K4137", invs=[("LM-40688", "RED V-Raptor pkg, 6 days", "2026-02-18", 185400.00)], ccy="INR",
          greet="Team Kaveri", customer="Kaveri Frames LLP", rem=dt("2026-03-13 04:30"), days=23, stage=2,
          q="ol_en_orig", prefix="RE: ", client="outlook", cte="7bit",
          body="""Dear Sir/Madam,

Greetings from Kaveri Frames.

With reference to your mail below, please note that invoice LM-40688 has been approved by our Line Producer and the payment of Rs. 1,85,400/- is scheduled for 20/03/2026 through RTGS.

We had earlier informed that we would try to release it by last week, kindly excuse the delay as the TDS working took some time.

Request you to kindly do the needful and not put the equipment for our upcoming shoot on hold.

Thanks & Regards,
Suresh Iyer
Accounts Executive
Kaveri Frames LLP, Chennai
Ph: +91 44 5555 0178
""",
          lab=dict(promised_date="2026-03-20", promised_amount="185400.00", currency="INR", inv=["LM-40688"]),
          prov=dict(dates={"promised_date": ["ymd", 2026, 3, 20, "20/03/2026"]}, amount=["Rs. 1,85,400/-", "dot"], inv_src="text"),
          note="Indian sender: 20/03/2026 is day-first. The earlier hedge ('would try to release it by last week') is past and superseded by the firm scheduled date. 'Rs. 1,85,400/-' = 185400.00.")

    # qa08 ----------------------------------------------------------------
    reply("P2P-EOM-FEB-VI", "vi-VN", "promise_to_pay", "Outlook (vi) header block, utf-8 qp",
          date="Thu, 26 Feb 2026 14:30:05 +0700", frm=("Nguyễn Thị Hạnh", "hanh.nt@songxanhmedia.example"),
          case="K4140", invs=[("LM-40412", "Camera & lighting, TVC Tết", "2026-02-10", 125600000)], ccy="VND",
          greet="Chị Hạnh", customer="Song Xanh Media Co., Ltd.", rem=dt("2026-02-25 02:00"), days=15,
          q="ol_vi", prefix="RE: ", client="outlook",
          body="""Chào anh/chị,

Em là Hạnh bên kế toán Công ty TNHH Sóng Xanh Media.
Em đã nhận được thư nhắc thanh toán hóa đơn LM-40412. Do nghỉ Tết nên bộ phận kế toán bên em xử lý chậm, mong anh/chị thông cảm.

Bên em xác nhận sẽ thanh toán số tiền 125.600.000 đ vào cuối tháng này bằng chuyển khoản.

Trân trọng,
Nguyễn Thị Hạnh
Kế toán - Công ty TNHH Sóng Xanh Media
ĐT: 028 5555 0163
""",
          lab=dict(promised_date="2026-02-28", promised_amount="125600000.00", currency="VND", inv=["LM-40412"]),
          prov=dict(dates={"promised_date": ["eom", "cuối tháng này"]}, amount=["125.600.000 đ", "comma"], inv_src="text"),
          note="'cuối tháng này' (end of this month) from 26 Feb 2026 = 28 Feb (not a leap year). Vietnamese '.' thousands separator; VND label two decimals.")

    # qa09 ----------------------------------------------------------------
    reply("P2P-NEXTFRI-ON-FRI-TH", "th-TH", "promise_to_pay", "Gmail (th), utf-8 base64",
          date="Fri, 13 Mar 2026 15:20:48 +0700", frm=("พิมพ์ชนก ศรีสุข", "pimchanok@fahsaistudio.example"),
          case="K4144", invs=[("LM-41144", "Camera + lens kit, MV shoot", "2026-03-05", 84200.00)], ccy="THB",
          greet="Khun Pimchanok", customer="Fah Sai Studio Co., Ltd.", rem=dt("2026-03-12 02:00"), days=7,
          q="gmail_th", prefix="Re: ", client="gmail", cte="base64",
          body="""เรียน ฝ่ายบัญชี Lumacore

ขอบคุณที่แจ้งเตือนค่ะ ใบแจ้งหนี้ LM-41144 (ค่าเช่ากล้องและเลนส์ งานถ่าย MV) ทางเราได้รับเรียบร้อยแล้วค่ะ
รอบจ่ายของบริษัทเป็นทุกวันศุกร์ ทางบัญชีจะโอนยอด 84,200 บาท ให้ในวันศุกร์หน้านะคะ

ขอบคุณค่ะ
พิมพ์ชนก ศรีสุข
ฝ่ายบัญชี บริษัท ฟ้าใสสตูดิโอ จำกัด
โทร 02-555-0148
""",
          lab=dict(promised_date="2026-03-20", promised_amount="84200.00", currency="THB", inv=["LM-41144"]),
          prov=dict(dates={"promised_date": ["next_wd", 4, "วันศุกร์หน้า"]}, amount=["84,200 บาท", "dot"], inv_src="text"),
          note="Thai. Written on a Friday: 'วันศุกร์หน้า' (next Friday) = Friday of the following week, 20 Mar, not today. 'ทุกวันศุกร์' (every Friday) is the pay-run habit, not a date.")

    # qa10 ----------------------------------------------------------------
    reply("P2P-THISWEEK-NEWCONTACT-SG", "en-SG", "promise_to_pay", "Gmail, multipart/alternative",
          date="Tue, 03 Mar 2026 09:12:37 +0800", frm=("Jasmine Tan", "jasmine.tan@redlanternpost.example"),
          case="K4150", invs=[("LM-40561", "Lighting pkg, CNY campaign", "2026-02-13", 5180.50),
                              ("LM-40598", "Grip + dolly, 2 days", "2026-02-20", 3240.00)], ccy="SGD",
          greet="Jasmine", customer="Red Lantern Post Pte Ltd", rem=dt("2026-03-02 01:00"), days=18,
          q="gmail_en", prefix="Re: ", client="gmail", html="alt",
          body="""Hi Lumacore AR,

Noted on this. Both LM40561 and 40598 are approved already, will transfer S$8,420.50 by this week. Sorry ah, our finance was short-handed after CNY.

Also pls send future reminders to payables@redlanternpost.example instead of my email - I'm moving to the production side end of this month so may miss them.

Thanks!
Jasmine Tan
Red Lantern Post Pte Ltd
+65 6555 0127
""",
          lab=dict(promised_date="2026-03-06", promised_amount="8420.50", currency="SGD",
                   new_contact_email="payables@redlanternpost.example", inv=["LM-40561", "LM-40598"]),
          prov=dict(dates={"promised_date": ["this_week", "by this week"]}, amount=["S$8,420.50", "dot"], inv_src="text"),
          note="'by this week' = this week's Friday, 6 Mar. Lower-priority redirect ('send future reminders to ...') still fills new_contact_email. 'end of this month' is the writer's role change, not a payment. '40598' normalised to LM-40598.")

    # qa11 ----------------------------------------------------------------
    reply("P2P-LUNES-TL", "tl-PH", "promise_to_pay", "Gmail (tl), utf-8 qp, Taglish",
          date="Thu, 19 Mar 2026 18:02:11 +0800", frm=("Kat Reyes", "kat.reyes@bahaghari-films.example"),
          case="K4156", invs=[("LM-41077", "Grip truck + 100kVA genset, Tagaytay", "2026-03-09", 96000.00)], ccy="PHP",
          greet="Kat", customer="Bahaghari Films Inc.", rem=dt("2026-03-18 01:00"), days=9,
          q="gmail_tl", prefix="Re: ", client="gmail",
          body="""Hi Ma'am/Sir,

Pasensya na po sa delay. Na-approve na po ni boss yung payment para sa LM-41077 (grip truck + genset, Tagaytay shoot). Ide-deposit po namin yung ₱96,000 sa Lunes, BDO po. Send ko po agad yung deposit slip.

Salamat po!

Kat Reyes
Production Coordinator
Bahaghari Films Inc.
0917 555 0144
""",
          lab=dict(promised_date="2026-03-23", promised_amount="96000.00", currency="PHP", inv=["LM-41077"]),
          prov=dict(dates={"promised_date": ["this_wd", 0, "sa Lunes"]}, amount=["₱96,000", "dot"], inv_src="text"),
          note="Taglish. 'sa Lunes' (on Monday) from Thu 19 Mar = the coming Monday, 23 Mar.")

    # qa12 ----------------------------------------------------------------
    reply("P2P-2WEEKS-MS", "ms-MY", "promise_to_pay", "Gmail (ms), utf-8 qp",
          date="Wed, 11 Mar 2026 10:00:19 +0800", frm=("Nurul Aina Rosli", "nurulaina@kilaumedia.example"),
          case="K4160", invs=[("LM-40799", "Lighting pkg, drama series ep 4-6", "2026-02-25", 12500.00)], ccy="MYR",
          greet="Puan Nurul", customer="Kilau Media Sdn. Bhd.", rem=dt("2026-03-10 01:00"), days=13,
          q="gmail_ms", prefix="Re: ", client="gmail",
          body="""Salam sejahtera,

Merujuk kepada emel peringatan tuan/puan di bawah, pihak kami mengesahkan bahawa invois LM-40799 telah diluluskan untuk pembayaran.

Bayaran sebanyak RM 12,500.00 akan dibuat dalam masa dua minggu dari tarikh emel ini melalui IBG ke akaun Maybank tuan/puan.

Sekian, terima kasih.

Nurul Aina binti Rosli
Eksekutif Akaun
Kilau Media Sdn. Bhd.
Tel: 03-5555 0172
""",
          lab=dict(promised_date="2026-03-25", promised_amount="12500.00", currency="MYR", inv=["LM-40799"]),
          prov=dict(dates={"promised_date": ["in_days", 14, "dalam masa dua minggu"]}, amount=["RM 12,500.00", "dot"], inv_src="text"),
          note="Formal Malay. 'dalam masa dua minggu dari tarikh emel ini' (within two weeks of this email) = Date + 14 = 25 Mar. A dated commitment, not a request, so promise_to_pay.")

    # qa13 ----------------------------------------------------------------
    reply("PAID-YESTERDAY-JA-TZ", "ja-JP", "paid_claim", "Gmail (ja), utf-8 base64",
          date="Tue, 10 Mar 2026 08:10:27 +0900", frm=("森 和樹", "k.mori@studio-akari.example"),
          case="K4163", invs=[("LM-40930", "Camera rental, short film", "2026-02-27", 462000)], ccy="JPY",
          greet="Mori-san", customer="Studio Akari LLC", rem=dt("2026-03-09 00:00"), days=10,
          q="gmail_ja", prefix="Re: ", client="gmail", cte="base64",
          body="""Lumacore Rentals 御中

いつもお世話になっております。
合同会社スタジオ燈の森です。

LM-40930のご請求分、昨日 三井住友銀行より ¥462,000 をお振込みいたしました（振込受付番号：20260309-0047）。
振込手数料は弊社負担としております。

お手数ですが、入金確認後に領収書をPDFでお送りいただけますでしょうか。

よろしくお願いいたします。

森 和樹
合同会社スタジオ燈（あかり）
TEL 03-5555-0119
""",
          lab=dict(paid_date="2026-03-09", promised_amount="462000.00", currency="JPY",
                   payment_reference="20260309-0047", inv=["LM-40930"]),
          prov=dict(dates={"paid_date": ["yesterday", "昨日"]}, amount=["¥462,000", "dot"], inv_src="text"),
          note="'昨日' (yesterday) from Tue 10 Mar 08:10 +0900 = Mon 9 Mar (UTC date is still 9 Mar, which would give 8 Mar). Receipt request is lower priority than paid_claim. Reference = 振込受付番号 as written.")

    # qa14 ----------------------------------------------------------------
    reply("PAID-BIG5-ZHTW", "zh-TW", "paid_claim", "Outlook (zh-TW) '回覆:', big5 base64",
          date="Mon, 09 Mar 2026 10:30:52 +0800", frm=("陳怡君", "yijun.chen@lightyear-film.example"),
          case="K4169", invs=[("LM-41015", "Lighting + grip, web series", "2026-02-28", 86400.00)], ccy="TWD",
          greet="Ms Chen", customer="Lightyear Film Production Co., Ltd.", rem=dt("2026-03-06 01:00"), days=6,
          q="ol_zhtw", prefix="回覆: ", client="outlook", charset="big5", cte="base64",
          body="""您好：

關於 LM-41015 這張發票，本公司已於3月6日以玉山銀行匯款 NT$86,400 至貴公司帳戶，匯款交易序號 0306-88412，手續費由本公司負擔。
麻煩再幫忙對帳，若有問題請再告知，謝謝。

陳怡君
光年影像製作有限公司 會計部
電話：(02) 5555-0131
""",
          lab=dict(paid_date="2026-03-06", promised_amount="86400.00", currency="TWD",
                   payment_reference="0306-88412", inv=["LM-41015"]),
          prov=dict(dates={"paid_date": ["dm_past", 6, 3, "3月6日"]}, amount=["NT$86,400", "dot"], inv_src="text"),
          note="Traditional Chinese in Big5, base64. '3月6日' without a year = 6 Mar 2026 (past event). The 0306 prefix of the reference is not a date field.")

    # qa15 ----------------------------------------------------------------
    reply("PAID-HTMLONLY-KO", "ko-KR", "paid_claim", "HTML only (Naver-style), utf-8 qp",
          date="Mon, 16 Mar 2026 09:40:03 +0900", frm=("이민호", "minho.lee@pinetree-ent.example"),
          case="K4172", invs=[("LM-41133", "Alexa 35 pkg + crane, 3 days", "2026-03-10", 5280000)], ccy="KRW",
          greet="Minho", customer="Pinetree Entertainment", rem=dt("2026-03-13 00:30"), days=3,
          q="gmail_ko", prefix="RE: ", client="naver", html="only",
          body="""안녕하세요. 파인트리엔터테인먼트 재무팀 이민호입니다.

문의 주신 LM-41133 청구 건은 3월 13일(금)에 국민은행에서 ₩5,280,000 이체 완료했습니다.
거래번호는 KB-260313-5521 입니다.
입금자명이 '파인트리엔터'로 표시되었을 수 있으니 확인 부탁드립니다.

감사합니다.
이민호 드림
""",
          lab=dict(paid_date="2026-03-13", promised_amount="5280000.00", currency="KRW",
                   payment_reference="KB-260313-5521", inv=["LM-41133"]),
          prov=dict(dates={"paid_date": ["dm_past", 13, 3, "3월 13일(금)"]}, amount=["₩5,280,000", "dot"], inv_src="text"),
          note="HTML-only body; explicit past date 3월 13일(금). Payer name hint is not a reference; the 거래번호 is.")

    # qa16 ----------------------------------------------------------------
    reply("PAID-NOREF-EN-IN", "en-IN", "paid_claim", "Outlook for iOS, multipart/alternative, utf-8 qp",
          date="Thu, 12 Mar 2026 16:22:18 +0530", frm=("Ananya Deshpande", "ananya@marigoldtales.example"),
          case="K4178", invs=[("LM-40702", "Lighting + generator, 2 days Film City", "2026-02-22", 75000.00)], ccy="INR",
          greet="Ananya", customer="Marigold Tales Pvt Ltd", rem=dt("2026-03-11 04:30"), days=17,
          q="ol_en", prefix="RE: ", client="outlook", html="alt",
          body="""Hi,

This has been paid via NEFT on 10/03 - INR 75,000 against LM-40702. I don't have the UTR handy right now, will share once our accountant downloads the bank statement.

Kindly check at your end and confirm.

Regards,
Ananya Deshpande
Post-Production Supervisor
Marigold Tales Pvt Ltd, Mumbai

Get Outlook for iOS
""",
          lab=dict(paid_date="2026-03-10", promised_amount="75000.00", currency="INR", inv=["LM-40702"]),
          prov=dict(dates={"paid_date": ["dm_past", 10, 3, "10/03"]}, amount=["INR 75,000", "dot"], inv_src="text"),
          note="Paid claim without a reference (UTR promised later): payment_reference null. '10/03' from an Indian sender is day-first = 10 Mar.")
