"""Session 26b (fresh sets 213 and 215): Arabic, Greek, Hungarian, Turkish and Romanian for every violation type, each
read with its own negation ("لن", "δεν", "nem", "nu"; Turkish inside the verb), the "if not" of a condition kept as the
threat's trigger, and requests or past acts that grant nothing; Argentine demand letters, insults and instalment plans;
a Czech "je ostuda"; a Danish "kodeord"; a Dutch due date pushed back. And what only sounded like a violation: our own
collections team, a customer's lawyer, a street named after the courts, a court a translation is for, a discount agreed
in the contract. The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # ar: legal steps in a condition, a lawsuit, a collection company.
        ("إذا لم نستلم الدفعة خلال عشرة أيام فسوف نتخذ الإجراءات القانونية ضدكم.", L),
        ("سنرفع دعوى أمام المحكمة المختصة لتحصيل المبلغ.", L),
        ("سيتم تحويل الملف إلى شركة تحصيل خارجية الأسبوع القادم.", L),
        # ar: fees waived, a discount granted.
        ("تقديرًا لتعاملكم الطويل معنا، سنعفيكم من غرامات التأخير على هذه الفاتورة.", D),
        ("نمنحكم خصمًا بنسبة 10% إذا تم السداد قبل نهاية الشهر.", D),
        # ar: a credit note, money returned.
        ("سوف نصدر مذكرة دائنة بالفرق خلال يومين.", R),
        ("وسنعيد لكم المبلغ المدفوع مرتين إلى البطاقة نفسها.", R),
        # ar: our error, liability borne.
        ("نعترف بأن الخطأ كان من جانبنا في احتساب الساعات.", F),
        ("نتحمل كامل المسؤولية عن التأخير في التسليم.", F),
        # ar: the due date extended, instalments allowed.
        ("سنؤجل موعد الاستحقاق حتى 15 مايو.", T),
        ("يمكنكم سداد الرصيد على أربعة أقساط شهرية.", T),
        # ar: shame, the market told.
        ("عار عليكم أن تتهربوا من الدفع بهذه الطريقة.", H),
        ("سيعرف الجميع في السوق كيف تتعاملون مع مورديكم.", H),
        # el: legal steps, a payment order, the customer's interest waived, a discount.
        ("Αν δεν εξοφλήσετε έως την Παρασκευή, θα προχωρήσουμε σε δικαστικά μέτρα.", L),
        ("Ο φάκελος θα παραδοθεί στον δικηγόρο μας για έκδοση διαταγής πληρωμής.", L),
        ("Θα σας χαρίσουμε τα πρόστιμα καθυστέρησης αυτού του μήνα.", D),
        ("Σας δίνουμε έκπτωση 8% στο υπόλοιπο ποσό.", D),
        ("Θα εκδώσουμε πιστωτικό τιμολόγιο για τη διπλή χρέωση.", R),
        ("Σας επιστρέφουμε το ποσό των 120,00 € στην κάρτα σας.", R),
        ("Κάναμε λάθος στην τιμολόγηση των ωρών εργασίας.", F),
        ("Αναλαμβάνουμε πλήρως την ευθύνη για τη ζημιά.", F),
        ("Παρατείνουμε την προθεσμία πληρωμής έως τις 20 Ιουνίου.", T),
        ("Συμφωνούμε να εξοφλήσετε το ποσό σε τρεις μηνιαίες δόσεις.", T),
        ("Είστε απατεώνες και θα το μάθει όλη η αγορά.", H),
        # hu: a lawsuit, a discount or fee let go, a reversal, our error, instalments, a deadline moved, insults.
        ("Ha a hét végéig nem fizet, pert indítunk Önök ellen.", L),
        ("A késedelmi kamatot ezúttal elengedjük.", D),
        ("A következő számlából 7% kedvezményt adunk.", D),
        ("A hibás számlát sztornózzuk és újat küldünk.", R),
        ("Elnézést, hibáztunk a mennyiség rögzítésénél.", F),
        ("A fennmaradó összeget két részletben is kifizetheti.", T),
        ("A fizetési határidőt május 31-ig meghosszabbítjuk.", T),
        ("Önök csalók, és az egész szakma megtudja ezt.", H),
        # tr: legal steps, fees cancelled, a discount, money returned, our error, instalments, a due date moved, insults.
        ("Ödeme yapılmazsa yasal takip başlatacağız.", L),
        ("Gecikme faizini bu sefer iptal ediyoruz.", D),
        ("Bu faturada %7 indirim uyguluyoruz.", D),
        ("Fazla ödenen tutarı hesabınıza geri göndereceğiz.", R),
        ("Yanlışlık bizden kaynaklandı, özür dileriz.", F),
        ("Bakiyeyi üç eşit taksitte ödeyebilirsiniz.", T),
        ("Son ödeme tarihini 30 Haziran'a erteledik.", T),
        ("Siz tam bir dolandırıcısınız.", H),
        # ro: court, penalties cancelled, a discount, money returned, our error, instalments, a deadline moved, insults.
        ("Dacă nu achitați până vineri, vă vom acționa în judecată.", L),
        ("Anulăm penalitățile de întârziere pentru această factură.", D),
        ("Vă oferim o reducere de 6% la plata integrală.", D),
        ("Vă vom restitui suma plătită în plus.", R),
        ("Eroarea de facturare ne aparține în totalitate.", F),
        ("Puteți achita soldul în trei rate lunare.", T),
        ("Prelungim termenul de plată până la 15 iulie.", T),
        ("Sunteți niște escroci și toată piața o să afle.", H),
        # es-AR: a demand letter, a lawsuit, insults, the trade told, a plan of instalments.
        ("Si no pagás, te mandamos carta documento el lunes.", L),
        ("Son unos caraduras, que se entere todo el rubro.", H),
        ("Te armamos un plan de 3 cuotas sin interés para esta factura.", T),
        # cs: shame said with "je"; the trade told.
        ("To, jak s námi jednáte, je ostuda.", H),
        ("Ať se celý obor dozví, jak platíte.", H),
        # nl: the due date pushed back.
        ("De vervaldatum van de factuur schuiven we op naar 30 juni.", T),
    ],
)
def test_session_26b_wording_is_caught(body: str, violation: Violation) -> None:
    assert violation in types(body)


def test_a_danish_temporary_password_is_sensitive() -> None:
    assert S in types("Dit nye kodeord er: Hv9!kloak2026 - skift det ved første login.")


@pytest.mark.parametrize(
    "body",
    [
        # Refused or denied, in each language.
        "لن نتخذ أي إجراءات قانونية في الوقت الحالي.",
        "لا يمكننا إلغاء رسوم التأخير لأنها منصوص عليها في العقد.",
        "لم يكن الخطأ من جانبنا، فقد تم التسليم كاملًا.",
        "لا يمكننا تمديد تاريخ الاستحقاق.",
        "Δεν μπορούμε να διαγράψουμε τους τόκους υπερημερίας.",
        "Δεν θα προχωρήσουμε σε δικαστικά μέτρα.",
        "Το λάθος δεν ήταν δικό μας.",
        "Sajnos részletfizetést nem biztosítunk.",
        "A késedelmi kamatot nem tudjuk elengedni.",
        "Gecikme faizini iptal edemiyoruz.",
        "Yasal takip başlatmayı düşünmüyoruz.",
        "Hata bizde değil, teslimat eksiksiz yapıldı.",
        "Vă rugăm să rețineți că pentru această factură nu putem anula penalitățile.",
        "Nu este vina noastră, livrarea a fost completă.",
        # A request passed on, an act already done, a fault only hedged.
        "تم إصدار إشعار دائن الشهر الماضي وهو مرفق للاطلاع.",
        "لقد أحلنا طلبكم تقسيط المبلغ إلى المدير المالي.",
        "إذا كان هناك خطأ من جانبنا فسنراجعه.",
        "Αν υπάρχει λάθος από την πλευρά μας, θα το ελέγξουμε.",
        "A részletfizetési kérését továbbítottuk a pénzügyi vezetőnek.",
        "Dacă eroarea ne aparține, vă vom anunța.",
        # Our own team, the customer's lawyer, a street, a court a translation is for, a contract discount.
        "Echipa noastră de recuperare creanțe vă stă la dispoziție pentru întrebări.",
        "Követeléskezelési csoportunk munkanapokon elérhető.",
        "Ο δικηγόρος της εταιρείας σας ζήτησε τα δελτία εργασίας για το έργο στην οδό Δικαστηρίων.",
        "A fordítás a mahkemeye sunulmak üzere hazırlandı; Asliye Ticaret Mahkemesi dosyası ektedir.",
        "فريق التحصيل لدينا متاح للرد على استفساراتكم.",
        "Reducerea de 5% conform contractului este deja inclusă în total.",
        "سنعيد الاتصال بكم بخصوص المبلغ غدًا.",
        "Η αποχέτευση και ο αγωγός ελέγχθηκαν χωρίς χρέωση επίσκεψης.",
        # Pausing reminders on the one disputed line.
        "Nu vă vom mai trimite reamintiri pentru această poziție cât timp o verificăm.",
    ],
)
def test_session_26b_near_misses_stay_allowed(body: str) -> None:
    assert types(body) == set()
