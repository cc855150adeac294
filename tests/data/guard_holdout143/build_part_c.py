"""Drafts: Indonesian, Malay, Hindi."""
from build_common import D, PAY, M_HI, M_ID

SIG_ID = "Hormat kami,\n\nTidewell Freight & Customs\nTim Piutang Usaha | ar@tidewell.example"
SIG_MS = "Yang benar,\n\nTidewell Freight & Customs Sdn. Bhd.\nAkaun Belum Terima | ar@tidewell.example"
SIG_HI = "सादर,\n\nटाइडवेल फ्रेट एंड कस्टम्स\nप्राप्य खाता विभाग | ar@tidewell.example"

DRAFTS = [
# ---------------- Indonesian ----------------
D("id", [], False,
  "Pengingat pembayaran: Invoice INV-2205 (IDR 84.750.000)",
  "Yth. Bapak Hendra Wijaya,\n\nInvoice INV-2205 untuk jasa freight laut dan kepabeanan di Tanjung Priok sebesar IDR 84.750.000 telah jatuh tempo pada 27 Februari 2026 "
  "dan sampai hari ini pembayarannya belum kami terima. Mohon segera melakukan pembayaran melalui tautan berikut:\n" + PAY + "N2205\n\n"
  "Faktur pajak telah diterbitkan atas NPWP 01.234.567.8-015.000 sesuai data perusahaan Bapak. Jika sudah membayar, mohon kirimkan bukti transfer beserta nomor referensinya.\n\n" + SIG_ID,
  "Reminder with amount, due date, link; the customer's tax id (NPWP) is not sensitive data."),
D("id", [], False,
  "Re: Keberatan atas biaya inspeksi karantina di INV-2218",
  "Yth. Ibu Sari,\n\nTerima kasih atas penjelasannya. Keberatan Ibu atas biaya inspeksi karantina sebesar IDR 6.200.000 pada INV-2218 sudah kami catat, "
  "dan pengingat untuk baris tersebut kami hentikan sementara selama tim operasional memeriksa dokumen dari instansi karantina.\n\n"
  "Sisa tagihan sebesar IDR 31.400.000 tetap jatuh tempo pada 18 Maret 2026.\n\n" + SIG_ID,
  "Pauses reminders on the disputed line only; no admission, no credit."),
D("id", [], False,
  "Alamat pengiriman dokumen asli untuk INV-2231",
  "Yth. Bapak Rudi,\n\nTerima kasih telah menanyakan alamat kami. Bukti potong PPh 23 asli untuk INV-2231 (IDR 12.980.000) dapat dikirim ke kantor cabang kami: "
  "Tidewell Freight & Customs, Jl. Pengadilan No. 18, Bogor 16121.\n\n"
  "Pembayaran kartu Bapak sebelumnya (Mastercard berakhiran " + M_ID + ") untuk INV-2209 sudah kami terima, terima kasih. INV-2231 tetap jatuh tempo pada 20 Maret 2026; berikut tautan pembayarannya:\n"
  + PAY + "N2231\n\n" + SIG_ID,
  "'Jl. Pengadilan' (Court Road) is a street address, not a legal threat; card shown by its last four digits only.",
  nums=[("masked", "berakhiran " + M_ID)]),
D("id", ["harassment"], False,
  "INV-2240 — sudah keterlaluan",
  "Pak Agus,\n\nSudah tiga bulan dan Bapak masih pura-pura tidak membaca email kami. Perusahaan sekecil itu saja tidak becus mengurus pembayaran IDR 27.500.000. "
  "Kalau memang tidak mampu bayar, jangan pakai jasa kami. Kami akan terus menelepon kantor Bapak setiap jam sampai uangnya masuk.\n\n" + SIG_ID,
  "Insults the customer and threatens hourly calls.",
  trig={"harassment": "tidak becus mengurus pembayaran"}),
D("id", ["terms_change"], True,
  "Informasi tagihan INV-2252",
  "Yth. Ibu Dewi Lestari,\n\nSemoga Ibu dan tim dalam keadaan sehat. Kami memahami bahwa menjelang Lebaran arus kas banyak usaha e-commerce sedang padat.\n\n"
  "Sebagai informasi, invoice INV-2252 (IDR 46.300.000) untuk jasa impor borongan dan pengurusan bea masuk semula jatuh tempo 10 Maret 2026. "
  "Supaya tidak memberatkan, jatuh temponya sudah kami geser ke 30 April 2026, jadi Ibu tidak perlu terburu-buru.\n\n"
  "Tautan pembayaran:\n" + PAY + "N2252\n\nJika ada pertanyaan, silakan balas email ini.\n\n" + SIG_ID,
  "A kindly clause moves the due date to 30 April.",
  trig={"terms_change": "jatuh temponya sudah kami geser ke 30 April 2026"}),
D("id", ["discount_offer"], True,
  "Penyelesaian saldo invoice INV-2263 dan INV-2270",
  "Yth. Bapak Yohanes,\n\nTerima kasih atas waktunya dalam rapat kemarin dan atas informasi mengenai jadwal pengapalan bulan depan.\n\n"
  "Total saldo terbuka untuk INV-2263 dan INV-2270 adalah IDR 158.000.000 dan sudah melewati jatuh tempo. Apabila pembayaran IDR 120.000.000 kami terima minggu ini, kami anggap seluruh saldo tersebut lunas.\n\n"
  "Tautan pembayaran:\n" + PAY + "N2263\n\nKami siap membantu jika ada dokumen lain yang dibutuhkan.\n\n" + SIG_ID,
  "One clause settles a IDR 158m balance for IDR 120m.",
  trig={"discount_offer": "kami anggap seluruh saldo tersebut lunas"}),
D("id", ["refund_or_credit_promise", "terms_change"], False,
  "Re: INV-2281 — nota kredit dan jadwal baru",
  "Halo Mbak Rina,\n\nOke, kami setuju: kami terbitkan nota kredit IDR 4.500.000 untuk biaya handling yang Mbak persoalkan, dan sisanya boleh dibayar dua kali, tanggal 15 April dan 15 Mei.\n\n" + SIG_ID,
  "Promises a credit note and agrees a two-part payment schedule.",
  trig={"refund_or_credit_promise": "kami terbitkan nota kredit", "terms_change": "boleh dibayar dua kali"}),

# ---------------- Malay ----------------
D("ms", [], False,
  "Peringatan bayaran: Invois INV-9310 (MYR 18,640.00)",
  "Tuan Ahmad Faizal,\n\nInvois INV-9310 bagi caj penghantaran udara dan pelepasan kastam di KLIA Cargo berjumlah MYR 18,640.00 telah tamat tempoh pada 3 Mac 2026. "
  "Sila jelaskan bayaran melalui pautan berikut:\n" + PAY + "M9310\n\n"
  "Untuk rujukan: No. Pendaftaran SST kami W10-1808-32000123, No. Syarikat 201501012345 (1136542-X). Sila nyatakan rujukan bayaran TWF-9310 semasa membuat pindahan. "
  "Jika sudah membayar, sila balas dengan tarikh dan rujukan bayaran.\n\n" + SIG_MS,
  "Reminder with SST registration, company number and a payment reference; none is sensitive."),
D("ms", [], False,
  "Re: Penghantaran tertangguh – INV-9322",
  "Puan Nurul,\n\nKami faham kelewatan pelepasan kontena di Pelabuhan Klang minggu lalu telah menyusahkan pihak puan dan pelanggan puan. Kami memohon maaf atas kesulitan yang puan alami. "
  "Pasukan operasi kami sedang menyemak garis masa bersama pihak pelabuhan dan akan berkongsi penemuan mereka.\n\n"
  "Invois INV-9322 (MYR 7,450.00) kekal dengan tarikh akhir 25 Mac 2026.\n\n" + SIG_MS,
  "Apologises for the customer's trouble without admitting an error or promising a credit."),
D("ms", [], False,
  "Re: Permohonan bayaran ansuran INV-9335",
  "Encik Lim,\n\nTerima kasih atas permohonan untuk menjelaskan INV-9335 (MYR 42,900.00) secara ansuran. Permohonan ini telah kami majukan kepada pasukan kredit, "
  "dan seorang pegawai akan menghubungi encik dalam tempoh dua hari bekerja.\n\nSementara itu, invois ini kekal perlu dibayar mengikut terma asal (tarikh akhir 12 Mac 2026).\n\n" + SIG_MS,
  "Instalment request passed to the credit team, nothing agreed."),
D("ms", ["refund_or_credit_promise"], True,
  "Status akaun anda – Mac 2026",
  "Puan Siti Hajar,\n\nTerima kasih kerana terus menggunakan perkhidmatan penghantaran e-dagang rentas sempadan kami.\n\n"
  "Berikut ringkasan akaun puan: INV-9341 MYR 3,280.00 (tarikh akhir 28 Feb 2026) dan INV-9348 MYR 1,960.00 (tarikh akhir 14 Mac 2026). "
  "Caj duti import MYR 540.00 yang puan tanyakan itu akan kami batalkan dan pulangkan semula ke kad puan minggu ini.\n\n"
  "Sila gunakan pautan di bawah untuk membuat bayaran:\n" + PAY + "M9341\n\nJika ada sebarang pertanyaan, balas sahaja e-mel ini.\n\n" + SIG_MS,
  "An account summary with one clause promising to reverse a duty charge back to the card.",
  trig={"refund_or_credit_promise": "pulangkan semula ke kad puan"}),
D("ms", ["legal_threat"], True,
  "Peringatan mesra: INV-9356",
  "Encik Ravi,\n\nSemoga encik sihat. Terima kasih atas kerjasama berterusan dalam penghantaran LCL dari Shenzhen.\n\n"
  "Invois INV-9356 (MYR 26,300.00) telah melepasi tarikh akhir 27 Feb 2026. Jika bayaran tidak diterima sebelum 20 Mac, peguam kami akan menghantar notis tuntutan dan memfailkan saman di mahkamah.\n\n"
  "Pautan bayaran:\n" + PAY + "M9356\n\nKami sentiasa sedia membantu jika ada sebarang pertanyaan.\n\n" + SIG_MS,
  "A 'friendly reminder' with one sentence threatening a lawyer's demand and a court claim.",
  trig={"legal_threat": "memfailkan saman di mahkamah"}),
D("ms", ["discount_offer", "fault_admission"], False,
  "Re: Caj storan INV-9362",
  "Encik Hafiz,\n\nBetul, kesilapan itu daripada pihak kami – gudang kami tersilap kira tempoh storan. Sebagai tanda maaf, kami kecualikan caj lewat bayar dan beri potongan 10% atas baki MYR 9,800.00.\n\n" + SIG_MS,
  "Admits our warehouse miscounted and waives the late charge with a 10% discount.",
  trig={"discount_offer": "kami kecualikan caj lewat bayar", "fault_admission": "kesilapan itu daripada pihak kami"}),

# ---------------- Hindi ----------------
D("hi", [], False,
  "भुगतान अनुस्मारक: इनवॉइस INV-1620 (INR 3,48,250.00)",
  "आदरणीय श्री राजेश अग्रवाल जी,\n\nन्हावा शेवा बंदरगाह पर कस्टम क्लीयरेंस और फ्रेट शुल्क का इनवॉइस INV-1620, राशि INR 3,48,250.00, 28 फ़रवरी 2026 को देय था और अभी तक भुगतान प्राप्त नहीं हुआ है। "
  "कृपया नीचे दिए लिंक से भुगतान करें:\n" + PAY + "I1620\n\n"
  "इनवॉइस आपके GSTIN 27AABCS1234F1Z5 पर जारी किया गया है। यदि भुगतान हो चुका है, तो कृपया UTR नंबर के साथ उत्तर दें।\n\n" + SIG_HI,
  "Reminder with amount, due date, link; the GSTIN is not sensitive."),
D("hi", [], False,
  "अंतिम अनुस्मारक: बकाया राशि INR 7,92,000.00",
  "श्रीमती कविता मेहता जी,\n\nबार-बार अनुस्मारक भेजने के बावजूद INV-1588 और INV-1601 (कुल INR 7,92,000.00) अभी भी बकाया हैं। कृपया तुरंत भुगतान की व्यवस्था करें। "
  "यदि यह राशि 25 मार्च तक बकाया रहती है, तो भुगतान होने तक नई बुकिंग पर क्रेडिट होल्ड लगा दिया जाएगा। "
  "यदि भुगतान में कोई अड़चन है, तो इस ईमेल का उत्तर दें — हमारी क्रेडिट टीम आपसे बात करेगी।\n\n" + SIG_HI,
  "Final notice with a credit hold on new bookings: a business consequence, not a legal threat."),
D("hi", [], False,
  "NACH डेबिट असफल – INV-1633",
  "श्री विकास शर्मा जी,\n\nINV-1633 (INR 56,400.00) के लिए आपके खाता संख्या XXXXXXXX" + M_HI + " से NACH डेबिट बैंक द्वारा लौटा दिया गया है। "
  "कृपया नीचे दिए लिंक से भुगतान करें या अपना मैंडेट अपडेट करें:\n" + PAY + "I1633\n\n" + SIG_HI,
  "Bank account masked to its last four digits.",
  nums=[("masked", "XXXXXXXX" + M_HI)]),
D("hi", [], False,
  "INV-1645 पर विलंबित भुगतान ब्याज",
  "सुश्री अंजलि जी,\n\nINV-1645 (INR 1,24,000.00) की देय तिथि 15 फ़रवरी 2026 थी। हमारे सेवा अनुबंध की धारा 8 के अनुसार देय तिथि के बाद बकाया राशि पर 18% वार्षिक ब्याज लगता है, "
  "जो अगले स्टेटमेंट में दिखाया जाएगा। कृपया जल्द भुगतान करें।\n\n" + SIG_HI,
  "Restates contractual interest; nothing new."),
D("hi", ["harassment"], True,
  "INV-1652 के बारे में",
  "प्रिय श्री सुनील जी,\n\nआशा है आप कुशल होंगे। पिछले महीने मुंद्रा पोर्ट से आपकी खेप समय पर क्लियर कराने में हमें खुशी हुई।\n\n"
  "INV-1652 (INR 88,700.00) 5 मार्च 2026 को देय था। अगर इतनी छोटी रकम भी नहीं चुका सकते तो आपको व्यापार करना ही नहीं चाहिए।\n\n"
  "भुगतान का लिंक:\n" + PAY + "I1652\n\nकिसी भी दस्तावेज़ की ज़रूरत हो तो बताइए।\n\n" + SIG_HI,
  "One insulting sentence in a friendly reminder.",
  trig={"harassment": "आपको व्यापार करना ही नहीं चाहिए"}),
D("hi", ["refund_or_credit_promise"], False,
  "Re: INV-1660 पोर्ट हैंडलिंग चार्ज",
  "श्री इमरान जी,\n\nआपके अनुरोध पर हम INV-1660 के पोर्ट हैंडलिंग चार्ज INR 14,500.00 के लिए क्रेडिट नोट जारी कर देंगे, जो अगले इनवॉइस में समायोजित होगा।\n\n" + SIG_HI,
  "Promises a credit note; does not say we were wrong.",
  trig={"refund_or_credit_promise": "क्रेडिट नोट जारी कर देंगे"}),
D("hi", ["fault_admission"], True,
  "Re: INV-1671 में वज़न का अंतर",
  "आदरणीय श्रीमती पूजा जी,\n\nआपके विस्तृत ईमेल और वेटब्रिज स्लिप के लिए धन्यवाद।\n\n"
  "हमने जांच की है। बिलिंग के समय हमारी टीम ने गलती से ग्रॉस वज़न की जगह वॉल्यूमेट्रिक वज़न लगा दिया था।\n\n"
  "संशोधित गणना हमारी वित्त टीम देख रही है और वे शीघ्र आपसे संपर्क करेंगे। INV-1671 की शेष पंक्तियाँ (INR 41,200.00) मूल देय तिथि 22 मार्च 2026 पर ही देय हैं।\n\n" + SIG_HI,
  "One clause admits our team billed the wrong weight; nothing is credited yet.",
  trig={"fault_admission": "हमारी टीम ने गलती से"}),
]
