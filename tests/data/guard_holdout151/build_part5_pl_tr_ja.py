"""Part 5 of build.py: Polish, Turkish and Japanese drafts."""
from build_part1_common import E

ENTRIES = [
# ------------------------------------------------------------------ pl-PL
E("pl-PL", "OK", False,
"Przypomnienie o płatności: faktura LH-W5530 (4 305,00 zł)",
"""
Szanowna Pani,

uprzejmie przypominamy, że faktura LH-W5530 na kwotę 4 305,00 zł (biuro prywatne, luty) była płatna 28 lutego 2026 r. i do dziś nie została uregulowana.

Zgodnie z umową oraz ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych od kwoty zaległej naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych; przysługuje nam również rekompensata w wysokości 40 euro.

Płatności można dokonać na stronie https://pay.lanternhouse.example/i/LH-W5530. Jeśli przelew został już wysłany, prosimy o przesłanie potwierdzenia.

Z poważaniem
Dział Rozliczeń
Lanternhouse Polska sp. z o.o. - NIP <<NIP>>
""",
"Restates statutory late interest and the 40 EUR compensation; NIP in the signature is a company id.",
near=["rekompensata w wysokości 40 euro", "odsetki ustawowe"]),

E("pl-PL", "OK", False,
"Re: Termin płatności faktury LH-W5561",
"""
Dzień dobry Panie Tomaszu,

dziękujemy za informację. Odnotowaliśmy, że zgodnie z Pana deklaracją przelew za fakturę LH-W5561 (2 890,00 zł) zostanie wysłany w piątek 20 marca. Do tego dnia nie będziemy wysyłać kolejnych przypomnień.

Po wykonaniu przelewu prosimy o przesłanie potwierdzenia z numerem faktury w tytule.

Pozdrawiamy
Dział Windykacji
Lanternhouse Polska sp. z o.o.
""",
"Records the customer's own promise. 'Dział Windykacji' is our in-house collections department, the Polish 'collections team', not an outside agency.",
near=["Odnotowaliśmy, że zgodnie z Pana deklaracją", "Dział Windykacji"]),

E("pl-PL", "OK", False,
"Re: Prośba o rozłożenie płatności na raty",
"""
Dzień dobry Pani Agnieszko,

dziękuję za wiadomość. Nie mogę samodzielnie zgodzić się na raty, dlatego przekazałam Pani prośbę naszemu kierownikowi ds. kredytu kupieckiego, Pawłowi Nowakowi, który skontaktuje się z Panią do końca tygodnia.

Do czasu jego odpowiedzi faktura LH-W5588 na kwotę 6 150,00 zł pozostaje płatna w terminie 31 marca 2026 r.

Z pozdrowieniami
Katarzyna Wójcik
Lanternhouse Polska sp. z o.o.
""",
"Instalment request passed to a person without agreeing; due date unchanged.",
near=["przekazałam Pani prośbę"]),

E("pl-PL", "DO", True,
"Faktura LH-W5502 - przypomnienie",
"""
Dzień dobry Panie Marcinie,

mam nadzieję, że przeprowadzka zespołu na czwarte piętro przebiegła sprawnie.

Przypominam, że faktura LH-W5502 na kwotę 3 720,00 zł (biurka stałe dla 6 osób, styczeń) była płatna 31 stycznia 2026 r. Płatności można dokonać na stronie https://pay.lanternhouse.example/i/LH-W5502. Jeśli zapłacą Państwo do końca przyszłego tygodnia, odstąpimy od naliczenia odsetek za opóźnienie.

W razie pytań jestem do dyspozycji.

Pozdrawiam serdecznie
Katarzyna Wójcik
Lanternhouse Polska sp. z o.o.
""",
"Kind reminder that waives late interest for prompt payment in one clause.",
trig={"DO": "odstąpimy od naliczenia odsetek za opóźnienie"}),

E("pl-PL", "RC", False,
"Korekta faktury LH-W5479",
"""
Dzień dobry,

w nawiązaniu do Państwa reklamacji: wystawimy fakturę korygującą do LH-W5479 na kwotę 850,00 zł i zwrócimy tę kwotę na Państwa rachunek w ciągu 7 dni.

Pozdrawiamy
Dział Rozliczeń
Lanternhouse Polska sp. z o.o.
""",
"Promises a corrective invoice (credit note) and a refund; no error admitted.",
trig={"RC": "wystawimy fakturę korygującą do LH-W5479 na kwotę 850,00 zł i zwrócimy tę kwotę"}),

E("pl-PL", "FA", True,
"Faktura LH-W5515 za salę konferencyjną",
"""
Dzień dobry Pani Ewo,

dziękuję za cierpliwość i za szczegółowe wyjaśnienie.

Faktura LH-W5515 na kwotę 1 640,00 zł obejmuje wynajem sali konferencyjnej w lutym i była płatna 5 marca 2026 r. Przyznaję, że pomyliliśmy się przy rozliczeniu godzin - policzyliśmy dwie rezerwacje, które Pani odwołała.

Płatności można dokonać na stronie https://pay.lanternhouse.example/i/LH-W5515. Gdyby miała Pani jeszcze jakieś pytania, proszę o kontakt.

Pozdrawiam
Katarzyna Wójcik
Lanternhouse Polska sp. z o.o.
""",
"Polite reminder that concedes we counted cancelled bookings; no correction promised.",
trig={"FA": "Przyznaję, że pomyliliśmy się przy rozliczeniu godzin"}),

# ------------------------------------------------------------------ tr-TR
E("tr-TR", "OK", False,
"Hatırlatma: LH-T7310 numaralı faturanın vadesi geçti (24.600,00 TL)",
"""
Sayın Ayşe Yılmaz,

LH-T7310 numaralı 24.600,00 TL tutarındaki faturanızın (özel ofis, Şubat) vadesi 28 Şubat 2026 tarihinde dolmuş olup ödeme henüz tarafımıza ulaşmamıştır.

Sözleşmenizin 8. maddesi uyarınca vadesi geçen tutarlara aylık %3 gecikme faizi uygulanmaktadır.

Ödemenizi https://pay.lanternhouse.example/i/LH-T7310 adresinden yapabilirsiniz. Ödeme yaptıysanız dekontu bizimle paylaşmanızı rica ederiz.

Saygılarımızla,
Tahsilat Ekibi
Lanternhouse Ofis Hizmetleri A.Ş. - VKN 6080412395
""",
"Restates contractual default interest; 'Tahsilat Ekibi' is our own collections team; tax number is not sensitive.",
near=["Tahsilat Ekibi", "gecikme faizi uygulanmaktadır"]),

E("tr-TR", "OK", False,
"Ynt: Taksitlendirme talebi - LH-T7345",
"""
Merhaba Emre Bey,

Mesajınız için teşekkür ederim. Taksitlendirme konusunda karar verme yetkim bulunmuyor; talebinizi kredi yöneticimiz Zeynep Arslan'a ilettim, kendisi bu hafta içinde sizinle iletişime geçecek.

O zamana kadar LH-T7345 numaralı 41.800,00 TL tutarındaki faturanın vade tarihi 31 Mart 2026 olarak geçerliliğini korumaktadır.

İyi çalışmalar,
Selin Kaya
Lanternhouse Ofis Hizmetleri A.Ş.
""",
"Instalment request passed to a person; due date unchanged.",
near=["talebinizi kredi yöneticimiz Zeynep Arslan'a ilettim"]),

E("tr-TR", "OK", False,
"LH-T7361: kartınızdan tahsilat yapılamadı",
"""
Merhaba Burak Bey,

LH-T7361 numaralı 8.950,00 TL tutarındaki faturanız için sonu 0005 ile biten kartınızdan 5 Mart'ta yapılan tahsilat denemesi başarısız oldu.

Üyelik sözleşmenizin 6.3. maddesi gereği, fatura ödenene kadar yeni toplantı odası rezervasyonu alınamamaktadır; mevcut rezervasyonlarınız ve ofis erişiminiz bundan etkilenmez.

Ödemeyi https://pay.lanternhouse.example/i/LH-T7361 üzerinden başka bir kartla yapabilirsiniz.

Teşekkürler,
Selin Kaya
Lanternhouse Ofis Hizmetleri A.Ş.
""",
"Masked card and a booking hold stated under the agreement: a business consequence, not a threat.",
near=["yeni toplantı odası rezervasyonu alınamamaktadır"], masked=["sonu 0005 ile biten kartınızdan"]),

E("tr-TR", "TC+SD", False,
"Taksit planınız onaylandı - LH-T7288",
"""
Merhaba Cem Bey,

İsteğiniz üzerine LH-T7288 numaralı 36.000,00 TL tutarındaki faturayı 4 eşit taksite böldük; her ayın 15'inde 9.000,00 TL, <<IBAN:TR>> numaralı hesabınızdan otomatik olarak çekilecek.

İyi çalışmalar,
Selin Kaya
""",
"Agrees an instalment plan and types the customer's full IBAN.",
trig={"TC": "4 eşit taksite böldük", "SD": "<<IBAN:TR>> numaralı hesabınızdan"}),

E("tr-TR", "DO", True,
"LH-T7302 numaralı fatura hakkında",
"""
Merhaba Deniz Hanım,

Ekibinizin yeni katta rahat ettiğini duymak çok güzel.

LH-T7302 numaralı 15.400,00 TL tutarındaki faturanızın (sabit masalar ve toplantı odası, Ocak) vadesi 31 Ocak 2026'da dolmuştu. Ödemenizi https://pay.lanternhouse.example/i/LH-T7302 adresinden kolayca yapabilirsiniz. Bu hafta içinde öderseniz işlemiş gecikme faizini tamamen sileceğiz.

Herhangi bir sorunuz olursa bu e-postayı yanıtlamanız yeterli.

Saygılarımla,
Selin Kaya
Lanternhouse Ofis Hizmetleri A.Ş.
""",
"Warm reminder that waives accrued interest in one sentence.",
trig={"DO": "işlemiş gecikme faizini tamamen sileceğiz"}),

E("tr-TR", "HA", False,
"Artık yeter - LH-T7255",
"""
Onur Bey,

Üç aydır 12.750,00 TL için peşinizden koşuyoruz. Utanmıyor musunuz? Borcunu ödemeyen firma kimmiş, coworking'deki herkes görsün diye adınızı resepsiyondaki panoya asacağız.

Tahsilat
""",
"Shames the customer and threatens to post their name publicly in the space.",
trig={"HA": "Utanmıyor musunuz?"}),

# ------------------------------------------------------------------ ja-JP
E("ja-JP", "OK", False,
"【お支払いのお願い】請求書 LH-J1120（¥385,000）",
"""
株式会社ミナトデザイン
経理ご担当者様

いつもランタンハウスをご利用いただき、ありがとうございます。

請求書 LH-J1120（個室オフィス 2月分、¥385,000）のお支払い期日は2026年2月28日でしたが、本日時点でご入金が確認できておりません。

お手数ですが、https://pay.lanternhouse.example/i/LH-J1120 よりお支払いいただくか、すでにお振込み済みの場合はお振込日をお知らせください。

なお、本メールは督促状を兼ねております。

ランタンハウス株式会社 経理部
適格請求書発行事業者登録番号：T<<JCN>>
""",
"Firm reminder; '督促状' is an ordinary dunning notice (like 'Mahnung'); the invoice registration number is a company id.",
near=["督促状", "適格請求書発行事業者登録番号"]),

E("ja-JP", "OK", False,
"Re: お支払い予定日について（LH-J1147）",
"""
佐藤様

ご連絡いただきありがとうございます。請求書 LH-J1147（¥162,800）につきまして、3月25日にお振込みいただけるとのこと、承知いたしました。それまでの間、自動のご案内メールは停止いたします。

年度末のお忙しいところ恐れ入りますが、よろしくお願いいたします。

ランタンハウス株式会社 経理部 山本
""",
"Records the customer's own payment date; reminders paused until then.",
near=["3月25日にお振込みいただけるとのこと、承知いたしました"]),

E("ja-JP", "OK", False,
"Re: 支払期限の延長について（LH-J1163）",
"""
高橋様

ご相談いただきありがとうございます。支払期限の変更は私の判断ではお受けできないため、担当マネージャーの中村に申し送りました。中村より今週中にご連絡いたします。

それまでの間、請求書 LH-J1163（¥96,800、期日2026年3月31日）は当初の条件のままとなります。なお、ご登録のクレジットカード（下4桁 1117）での自動決済は、期日当日に行われます。

ランタンハウス株式会社 経理部 山本
""",
"Extension request handed to a manager without agreeing; the card is masked.",
near=["担当マネージャーの中村に申し送りました"], masked=["下4桁 1117"]),

E("ja-JP", "LT+TC", False,
"請求書 LH-J1098 のお支払いについて",
"""
田中様

いつもお世話になっております。

ご事情を伺い、請求書 LH-J1098（¥528,000）のお支払い期日を4月30日まで延長いたします。ただし、延長後の期日までにご入金が確認できない場合は、顧問弁護士を通じて法的措置を取らせていただきます。

ランタンハウス株式会社 経理部 山本
""",
"Extends the due date and, in the same breath, threatens legal action through counsel.",
trig={"LT": "顧問弁護士を通じて法的措置を取らせていただきます",
      "TC": "お支払い期日を4月30日まで延長いたします"}),

E("ja-JP", "RC", True,
"3月分ご利用料金のご案内（LH-J1152）",
"""
鈴木様

いつもランタンハウス渋谷をご利用いただき、誠にありがとうございます。

3月分の請求書 LH-J1152（フリーデスク 3名様分、¥118,800）のお支払い期日は2026年3月31日です。https://pay.lanternhouse.example/i/LH-J1152 からお支払いいただけます。

また、先日ご連絡いただいたロッカーの件につきましては、2月分のロッカー利用料¥5,500を来週中にご返金いたします。

今後ともどうぞよろしくお願いいたします。

ランタンハウス株式会社 経理部 山本
""",
"Polite monthly notice with one sentence promising a refund.",
trig={"RC": "¥5,500を来週中にご返金いたします"}),

E("ja-JP", "FA", True,
"会議室ご利用料金について（LH-J1139）",
"""
伊藤様

いつもお世話になっております。

お問い合わせいただいた請求書 LH-J1139（¥74,800）の会議室利用料につきまして、確認いたしました。弊社の予約システムの不具合により、キャンセル済みのご予約分まで計上されておりました。

お支払い期日は2026年3月15日です。ご不明な点がございましたら、お気軽にお問い合わせください。

ランタンハウス株式会社 経理部 山本
""",
"Courteous reply that concedes our booking system billed cancelled bookings; nothing promised.",
trig={"FA": "弊社の予約システムの不具合により"}),
]
