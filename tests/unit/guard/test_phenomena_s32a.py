"""Session 32a (fresh sets 319 security companies, 307 medical-equipment leasing, 316 waste management): a card's
expiry given beside its masked number; responsibility owned with the verb that carries it (fr, uk/ru, pl, cs, el) or
the fault placed "on our part" (pt, es, it, fr), he "we erred", fi "our mistake"; a fee or the rest of a debt let go
in Japanese, Danish/Norwegian/Swedish, Urdu, Persian, Arabic and the South Slavic languages; a due date moved or a
deferral lengthened in Russian, Ukrainian and Arabic; a German hand-over to a collection provider, and Russian
lawyers taking over; contempt for the person (pt/es/en "someone so disorganised", fa, th, ko, ja, zh) and the
customer's residents told they would not understand; another customer set beside this one with its debt (uk, ru,
bn, zh). Kept clear: the denials, a Czech "údaje" (data, not Polish "udaje, że"), a street "Am Gerichtshof 4", a card
with a payment date or an invoice number near it. The sentences are written for these tests, not taken from the
sets."""

from __future__ import annotations

import pytest

from tests.unit.guard.frame import D, F, H, L, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A card's expiry beside the masked number.
        ("We tried your Visa ending 1881, valid until 04/29, and it was refused.", S),
        ("Uw betaalkaart eindigend op 7710 (geldig tot 11/28) werd geweigerd.", S),
        ("Ihre Kreditkarte mit Endung 3002, 09/30, wurde abgelehnt.", S),
        ("La carte se terminant par 5521, valable jusqu'au 06/2029, a été refusée.", S),
        ("Ваша карта *9012 со сроком действия 02/31 отклонена.", S),
        # Responsibility owned, the fault on our part.
        ("Le capteur était mal posé et j'en porte l'entière responsabilité.", F),
        ("Мы полностью несем ответственность за простой.", F),
        ("Ми несемо повну відповідальність за пошкоджений шлагбаум.", F),
        ("Wina za opóźnienie leży całkowicie po naszej stronie.", F),
        ("Za výpadek neseme plnou odpovědnost.", F),
        ("Αναγνωρίζουμε πλήρως την ευθύνη για την καθυστέρηση.", F),
        ("Η βλάβη οφείλεται σε δική μας αμέλεια, από δική μας αβλεψία.", F),
        ("O atraso deveu-se a um lapso da nossa parte.", F),
        ("La avería se debió a un montaje deficiente por nuestra parte.", F),
        ("Il guasto è dovuto a una svista da parte nostra.", F),
        ("Le retard vient d'un oubli de notre part.", F),
        ("בדקנו, טעינו בחישוב של החודש.", F),
        ("Viivästys oli meidän virhe, pahoittelemme.", F),
        # A fee, interest or the rest of a debt let go.
        ("今週中にお支払いいただければ、延滞金は請求いたしません。", D),
        ("Vi vil gjerne slette purregebyret hvis fakturaen betales i dag.", D),
        ("Vi kan stryka påminnelseavgiften om ni betalar denna vecka.", D),
        ("اگر آج ادائیگی کر دیں تو ہم لیٹ فیس معاف کر دیں گے۔", D),
        ("اگر امروز پرداخت کنید، جریمه دیرکرد را می‌بخشیم.", D),
        ("إذا دفعتم اليوم فسنتنازل عن غرامة التأخير.", D),
        ("Ako uplatite 1.500 EUR, ostatak duga smatrat ćemo za podmiren.", D),
        # A due date moved, a deferral lengthened.
        ("Хорошо, срок платежа переносим на 15 мая.", T),
        ("Строк оплати можна перенести на кінець червня.", T),
        ("Відстрочку для вас збільшуємо до 45 днів.", T),
        ("نوافق على تأجيل سداد الفاتورة حتى نهاية الشهر.", T),
        # A hand-over to collection, the lawyers taking over.
        ("Ohne Zahlung übergeben wir die Forderung an einen Dienstleister für Forderungseinzug.", L),
        ("Das wirkt sich leider negativ auf Ihre Bonität aus.", L),
        ("Если оплаты не будет, вопросом займутся наши юристы.", L),
        # Contempt for the person; the residents told they would not understand.
        ("Nunca vi alguien tan irresponsable con sus pagos.", H),
        ("آدم بی‌عرضه‌ای مثل شما نباید این شغل را داشته باشد.", H),
        ("เรื่องแค่นี้ยังทำไม่ได้ น่าขายหน้าจริง ๆ", H),
        ("몇 번이나 설명해야 아시겠습니까?", H),
        ("何度申し上げればご理解いただけるのでしょうか。", H),
        ("这件事我说了多少遍了？", H),
        ("Your tenants would not be impressed to see how this invoice has been handled.", H),
        # Another customer beside this one, with its debt.
        ("Для сравнения: «Вектор» по соседству должен нам 80 000 руб.", S),
        ("অন্য ক্লিনিকেরও আমাদের কাছে ২০,০০০ টাকা বকেয়া আছে।", S),
        ("像华信物流这样的公司，去年还欠我们 ¥30,000，也都付清了。", S),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A masked card with a date that is no expiry.
        ("Your card ending 4242 was declined on 05/03; please try again.", S),
        ("Card ending 4242 was declined. Please pay invoice 12/25 by Friday.", S),
        ("Your card ending 4242 could not be charged for the 03/2026 service period.", S),
        # Responsibility denied, hedged or someone else's.
        ("Nous n'en portons pas la responsabilité, le réglage a été modifié par votre prestataire.", F),
        ("Ми не несемо відповідальності за пошкодження.", F),
        ("לא טעינו בחישוב, הסכום נכון.", F),
        # A fee kept, a waiver refused.
        ("延滞金の免除はいたしかねますので、ご了承ください。", D),
        ("Vi kan ikke frafalde rykkergebyret.", D),
        ("Po plačilu celotnega zneska bomo račun šteli za poravnan.", D),
        # A date kept or a move refused.
        ("К сожалению, не можем перенести срок оплаты.", T),
        ("Срок оплаты остается прежним: 30 апреля.", T),
        # Our own team and an address, no threat.
        ("Forderungsmanagement, Am Gerichtshof 4, 04103 Leipzig.", L),
        ("Наши юристы подготовили новую редакцию договора, она во вложении.", L),
        # Neutral words close to the shaming ones.
        ("Seguimos com alguém tão dedicado como o senhor na administração.", H),
        ("Bankovní údaje e-mailem nikdy neměníme.", H),
        ("ไม่น่าอายเลย ถ้าต้องการเลื่อนชำระ แจ้งเราได้", H),
        ("Your residents can find the receipt in the portal.", H),
        # This customer's own company in quotes, no neighbour.
        ("ТСЖ «Северная звезда» должно нам 48 600 руб. по двум счетам.", S),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)
