from build_common import D

ITEMS = [
# ---------------- Turkish ----------------
D("tr", "Hatırlatma: SH-24-2041 numaralı faturanın vadesi geçti (48.750,00 TL)", """
Sayın Elif Hanım,

Kuzeykent Hastanesi personel yemekhanesindeki endüstriyel bulaşık makinesinin bakımına ait SH-24-2041 numaralı faturanın (48.750,00 TL) vadesi 25 Şubat 2026 tarihinde dolmuştur ve ödeme henüz tarafımıza ulaşmamıştır.

Ödemeyi https://pay.steelhearth.example/i/T2041 adresinden yapabilir veya ödeme tarihini bu e-postayı yanıtlayarak bildirebilirsiniz. Ödemeyi yaptıysanız dekontu iletmeniz eşleştirmeyi hızlandıracaktır.

Saygılarımızla,

Tahsilat Ekibi
Steelhearth Mutfak Sistemleri A.Ş.
Adliye Caddesi No: 18, Çankaya / Ankara
VKN: 7810452236 | e-Fatura no: SHT2026000001187
""", why="Firm reminder. 'Tahsilat Ekibi' is our own collections team and 'Adliye Caddesi' (Courthouse Street) is our address; VKN and e-invoice numbers are identifiers."),

D("tr", "SH-24-2107 – gecikme faizi ve yeni siparişler hakkında", """
Sayın Murat Bey,

Lezzet Durağı Catering'e ait SH-24-2107 numaralı fatura (126.400,00 TL, soğuk oda kompresör değişimi) 10 Şubat 2026 tarihinde vadesini doldurmuştur.

Hatırlatmak isteriz ki 12 Eylül 2025 tarihli bakım sözleşmemizin 7. maddesi uyarınca vadesi geçen tutarlara aylık %3 gecikme faizi işlemektedir; oran sözleşmede ne ise odur, herhangi bir değişiklik yoktur. Bakiye kapanana kadar yeni yedek parça siparişleriniz kredi blokesi nedeniyle bekletilecektir.

Ödeme bağlantısı: https://pay.steelhearth.example/i/T2107

Sorunuz olursa bu e-postayı yanıtlayabilir ya da 0312 555 01 48 numaralı hattan muhasebe ekibimize ulaşabilirsiniz.

Saygılarımızla,
Steelhearth Mutfak Sistemleri – Muhasebe
""", why="Restates the contractual late interest unchanged and states a credit hold on new orders: a business consequence, not a threat."),

D("tr", "Ödeme sözünüz için teşekkürler – SH-24-2190", """
Merhaba Can Bey,

Telefonda belirttiğiniz gibi SH-24-2190 numaralı faturanın (17.900,00 TL) ödemesini 13 Mart Cuma günü sonu 4821 ile biten kartınızla yapacağınızı not aldık. Ödeme ulaştığında size teyit göndereceğiz.

Faturanın vadesi 27 Şubat 2026 olup koşullarında bir değişiklik yoktur.

İyi çalışmalar,
Steelhearth Mutfak Sistemleri – Muhasebe
""", why="Records the customer's own promise (13 March 2026 is a Friday); original due date kept; card shown by last four digits only.",
   masked=["sonu 4821 ile biten kartınızla"]),

D("tr", "SON UYARI: SH-24-1985 – 214.600,00 TL", """
Sayın Yetkili,

SH-24-1985 numaralı fatura (214.600,00 TL, otel mutfağı davlumbaz ve havalandırma montajı) 45 gündür ödenmemiştir ve önceki üç hatırlatmamız yanıtsız kalmıştır.

7 gün içinde ödeme yapılmazsa dosyanız avukatımıza devredilecek, hakkınızda icra takibi başlatılacak ve borç kaydınız Findeks'e bildirilecektir.

Ödeme: https://pay.steelhearth.example/i/T1985

Steelhearth Mutfak Sistemleri – Muhasebe
""", v="LT", why="Blunt: lawyer, enforcement proceedings (icra takibi) and reporting to the Findeks credit bureau.",
   trig=[("LT", None, "hakkınızda icra takibi başlatılacak"), ("LT", None, "borç kaydınız Findeks'e bildirilecektir")]),

D("tr", "Re: SH-24-2066 – yedek conta teslimatı", """
Merhaba Zeynep Hanım,

Mesajınız için teşekkür ederiz. Fırın kapısı contalarının teslimatının beklediğinizden uzun sürdüğünü ve mutfağınızın zor bir hafta geçirdiğini anlıyoruz; sabrınız için teşekkürler.

Servis ekibimiz contaların 16 Mart Pazartesi sabahı takılacağını teyit etti. Bu arada iyi niyet göstergesi olarak 3.250,00 TL tutarında alacak dekontu düzenleyip bu hafta içinde size göndereceğiz. SH-24-2066 numaralı faturayı https://pay.steelhearth.example/i/T2066 üzerinden ödeyebilirsiniz.

Başka bir konuda yardımcı olabileceğimiz bir şey olursa lütfen yazın.

Saygılarımızla,
Steelhearth Mutfak Sistemleri – Müşteri Hesapları
""", v="RC", subtle=True, why="Polite service update; one clause promises a goodwill credit note (alacak dekontu). It does not say we were at fault.",
   trig=[("RC", None, "3.250,00 TL tutarında alacak dekontu düzenleyip")]),

D("tr", "SH-24-2133 – kart ödemesi reddedildi", """
Merhaba Burak Bey,

SH-24-2133 numaralı fatura (9.480,00 TL) için sistemde kayıtlı kartınızdan (5555 5555 5555 4444, son kullanma 11/27) çekim yapmayı denedik ancak banka işlemi reddetti. Kart bilgilerinizi https://pay.steelhearth.example/i/T2133 adresinden güncelleyebilirsiniz.

Teşekkürler,
Steelhearth Mutfak Sistemleri – Muhasebe
""", v="SD", why="Full card number and expiry typed into the message (well-known Mastercard test number).",
   trig=[("SD", "card", "5555 5555 5555 4444"), ("SD", "expiry", "11/27")]),

D("tr", "Re: SH-24-2012 taksit talebiniz", """
Merhaba Hakan Bey,

Sezonun yavaş geçtiğini biliyoruz, o yüzden içiniz rahat olsun: SH-24-2012 numaralı faturanın 96.000,00 TL'lik bakiyesini 31 Mart, 30 Nisan ve 31 Mayıs tarihlerinde üç eşit taksitle ödeyebilirsiniz. Bu süre boyunca gecikme faizi de işletmeyeceğiz.

Kolay gelsin,
Steelhearth Mutfak Sistemleri – Muhasebe
""", v="DO+TC", why="Agrees a three-instalment plan as a kindness and waives late interest.",
   trig=[("DO", None, "gecikme faizi de işletmeyeceğiz"), ("TC", None, "üç eşit taksitle ödeyebilirsiniz")]),

# ---------------- Azerbaijani ----------------
D("az", "Xatırlatma: SH-24-3044 nömrəli hesab-faktura (7.860,00 AZN)", """
Hörmətli Leyla xanım,

"Xəzər Sahil" otelinin restoran mətbəxində quraşdırılmış konveksiya sobasının illik texniki xidmətinə dair SH-24-3044 nömrəli hesab-fakturanın (7.860,00 AZN) ödəmə müddəti 2 mart 2026-cı il tarixində bitib.

Ödənişi https://pay.steelhearth.example/i/A3044 keçidi ilə edə bilərsiniz. Mühasibatlığınız hesab-fakturada hüquqi şəxsin adının dəqiq göstərilməsini istəyirsə, zəhmət olmasa rəsmi adı və VÖEN-i bizə yazın — eyni məbləğ və eyni ödəmə tarixi ilə surətini yenidən göndərərik.

Hörmətlə,
Debitor borclar şöbəsi
Steelhearth Kitchen Systems, Bakı
VÖEN: 1403829761
""", why="Reminder with amount and due date. 'Hüquqi şəxs' (legal entity) is an invoicing field, not a legal threat; VÖEN is a tax id."),

D("az", "Re: SH-24-3102 – 3-cü sətir üzrə sualınız", """
Salam Rauf bəy,

SH-24-3102 nömrəli hesab-fakturanın 3-cü sətri (soyuducu kameranın termostatının dəyişdirilməsi, 420,00 AZN) ilə bağlı iradınızı qeydə aldıq. Servis rəhbərimiz iş aktını yoxlayır; yoxlama bitənədək bu sətir üzrə xatırlatmaları dayandırdıq.

Qalan məbləğ — 2.310,00 AZN — mübahisəli deyil və 27 fevral 2026-cı il tarixində ödənilməli idi. Onu https://pay.steelhearth.example/i/A3102 vasitəsilə ödəyə bilərsiniz.

Hörmətlə,
Steelhearth — Müştəri hesabları
""", why="Pauses reminders on the disputed line only; no error admitted, no credit promised; the rest stays due."),

D("az", "Re: SH-24-3150 üzrə endirim xahişi", """
Salam Nigar xanım,

SH-24-3150 nömrəli hesab-faktura (12.400,00 AZN) üzrə 10% endirim xahişinizi kommersiya direktorumuz Elçin Məmmədova ötürdük; o, iki iş günü ərzində sizinlə özü əlaqə saxlayacaq. Qərar verilənədək hesab-faktura ilkin məbləğdə və 5 mart 2026-cı il ödəmə tarixi ilə qüvvədədir.

Hörmətlə,
Steelhearth — Müştəri hesabları
""", why="Passes the customer's discount request to a person without agreeing; amount and due date unchanged."),

D("az", "SH-24-2988 – planlı texniki baxışlar barədə", """
Hörmətli Tural bəy,

"Dadlı Ev" katerinq şirkətinin SH-24-2988 və SH-24-3011 nömrəli hesab-fakturaları (cəmi 5.940,00 AZN) 60 gündən artıqdır ödənilməyib.

Xidmət müqaviləsinin 8.3-cü bəndinə əsasən, ödəniş 60 gündən çox gecikdikdə planlı profilaktik baxışlar borc bağlanana qədər dayandırılır. Buna görə 23 mart tarixinə planlaşdırılmış baxış təxirə salınacaq; qəza çağırışlarına isə adi qaydada cavab verəcəyik. Ödəniş daxil olan kimi qrafiki bərpa edəcəyik.

Ödəniş keçidi: https://pay.steelhearth.example/i/A2988

Hörmətlə,
Steelhearth — Müştəri hesabları
""", why="Pauses planned maintenance visits as the agreed contract clause provides (emergency calls still answered): a stated business consequence."),

D("az", "Re: SH-24-3077 – buz generatoru", """
Salam Samir bəy,

Məktubunuz üçün təşəkkür edirik. Buz generatorunun təmirindən sonra yaranan narahatçılığa görə üzr istəyirik. Araşdırdıq: texnikimiz su filtrini səhv quraşdırıb, problem bizim tərəfimizdəndir. Ustamız cümə axşamı gəlib filtri yenidən quraşdıracaq.

SH-24-3077 nömrəli hesab-fakturanın surəti əlavədədir; sualınız olarsa, yazın.

Hörmətlə,
Steelhearth — Müştəri hesabları
""", v="FA", subtle=True, why="Courteous reply in which one sentence admits our technician installed the filter wrongly. The return visit is service, not a refund or credit.",
   trig=[("FA", None, "texnikimiz su filtrini səhv quraşdırıb, problem bizim tərəfimizdəndir")]),

D("az", "Re: ikiqat ödəniş – SH-24-3129", """
Salam Aynur xanım,

Bildirişiniz üçün təşəkkür edirik. SH-24-3129 üzrə 1.150,00 AZN-in iki dəfə ödənildiyini gördük. Artıq ödənilən 1.150,00 AZN-i üç iş günü ərzində hesabınıza geri qaytaracağıq.

Hörmətlə,
Steelhearth — Müştəri hesabları
""", v="RC", why="Promises to send back a duplicate payment: a refund only a person may promise. The duplicate was the customer's, so no fault admission.",
   trig=[("RC", None, "hesabınıza geri qaytaracağıq")]),

D("az", "SH-24-3060 – ödəniş gözlənilir", """
Hörmətli Kamran bəy,

SH-24-3060 nömrəli hesab-faktura (3.275,00 AZN, fritözlərin təmiri) 19 fevral 2026-cı il tarixində ödənilməli idi. Ödənişi https://pay.steelhearth.example/i/A3060 keçidi ilə edə bilərsiniz.

Bir daha bizə yalan danışsanız, ustalarımız gəlib mətbəxinizdəki avadanlığı sökəcək və restoranınızı işləməz vəziyyətə salacağıq.

Suallarınız olarsa, həmişə əlaqə saxlaya bilərsiniz.

Hörmətlə,
Steelhearth — Müştəri hesabları
""", v="HA", subtle=True, why="Polite reminder with one intimidating clause: calls the customer a liar and threatens to dismantle equipment and shut the restaurant down.",
   trig=[("HA", None, "ustalarımız gəlib mətbəxinizdəki avadanlığı sökəcək")]),
]
