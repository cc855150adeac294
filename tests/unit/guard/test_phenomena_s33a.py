"""Session 33a (fresh set 329, dental laboratories and orthodontic suppliers): the fault owned in a noun or an idiom
(ru/uk/bg "наша недоработка", cs/sk "jde na vrub naší laboratoře", de "auf unsere Kappe", "bei uns ... verzogen", en
"came from our side"); money taken off the next invoice (de, en, fr, es, it, nl) and a Nordic reversal
("tilbageført"); interest or a penalty let go (ja "利息分は頂戴しない", pt/es/it/fr "leave aside", uk/ru "we will not
charge"); a collection firm or the credit agencies in other words (bg, en) and the Korean and Japanese "no choice
but"; a later payment said to suit us (fr, en, de), a due date moved in the Nordic active past, a Romanian and a
Hebrew plan; a Thai and English sarcastic doubt about their money, the waiting room told how they treat suppliers, the
whole office belittled; a password after its qualifier in Estonian, Czech and Hungarian; another clinic's paid debt set
beside this one in Turkish; and a refund request passed to the team that handles refunds, no promise. The sentences
are written for these tests, not taken from the set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The fault owned in a noun or an idiom.
        ("Заказ ушёл с опозданием, и это полностью наша оплошность.", F),
        ("Плата пошкоджена при пакуванні, це наш недогляд.", F),
        ("Забавянето е наша грешка, извиняваме се.", F),
        ("Такая задержка целиком на нашей совести.", F),
        ("Špatný odstín tedy jde na vrub naší laboratoře.", F),
        ("Chyba pri frézovaní ide na vrub nášho laboratória.", F),
        ("Die vertauschten Modelle gehen eindeutig auf unsere Kappe.", F),
        ("Es zeigte sich, dass das Modell bei uns beim Transport beschädigt wurde.", F),
        ("The open contact on the bridge came from our side, as the scan was misread.", F),
        ("The problem was clearly at our end, not in your impression.", F),
        # Money taken off the next invoice; a reversal to their account.
        ("Die Reparatur ziehen wir Ihnen von der nächsten Monatsrechnung ab.", R),
        ("Der Betrag wird von der nächsten Rechnung abgezogen.", R),
        ("We'll knock the remake off your next statement.", R),
        ("Nous le déduirons de votre prochaine facture.", R),
        ("Lo descontaremos de la próxima factura.", R),
        ("Dat bedrag trekken we af van de volgende factuur.", R),
        ("Pengene for skinnene blir tilbakeført til kontoen deres.", R),
        # Interest or a penalty let go.
        ("お支払いが今週中であれば、遅延分の金利は頂戴いたしません。", D),
        ("Se o pagamento chegar até sexta, deixaremos de lado os juros de mora.", D),
        ("Lasciamo da parte gli interessi se saldate entro venerdì.", D),
        ("Nous laissons de côté les pénalités si le virement arrive lundi.", D),
        ("Штраф за прострочення ми не стягуватимемо, якщо оплатите сьогодні.", D),
        ("Если оплатите до пятницы, не будем начислять вам пени.", D),
        # A collection firm or the credit agencies in other words; "no choice but".
        ("В противен случай ще възложим вземането на агенция за събиране на дългове.", L),
        ("The balance will pass to a company that collects unpaid invoices for us.", L),
        ("We would then have to report the arrears to the credit reference agencies.", L),
        ("다음 주까지 입금이 없으면 법적 조치를 진행할 수밖에 없습니다.", L),
        ("期日までにご入金がない場合、法的措置を取らざるを得ません。", L),
        # A later payment said to suit us; a date moved; a plan agreed.
        ("Un paiement fin juin nous conviendra parfaitement.", T),
        ("Any payment by mid June is perfectly fine with us.", T),
        ("Eine Zahlung bis Ende Mai ist für uns völlig in Ordnung.", T),
        ("Vi har flyttet forfaldsdatoen til den 15. maj.", T),
        ("Suma de 6.000 lei poate fi plătită în patru rate.", T),
        ("אנחנו מאשרים פריסת החוב לארבעה תשלומים.", T),
        # A sarcastic doubt about their money.
        ("คลินิกใหญ่ขนาดนี้คงไม่มีปัญหาเรื่องเงินแค่ไม่กี่พันบาทหรอกค่ะ", H),
        ("Surely a clinic as busy as yours can stretch to GBP 900.", H),
        # The waiting room told how they treat suppliers; the whole office belittled.
        ("Stel dat de patiënten in uw wachtkamer hoorden hoe u uw leveranciers betaalt.", H),
        ("I wonder whether your waiting room knows how you treat your suppliers.", H),
        ("Honestly, it seems no one in your practice can read a statement.", H),
        # A password given after its qualifier.
        ("Portaali uus parool Hammas#2026 kehtib ühe päeva.", S),
        ("Přihlásíte se jménem ordinace a dočasné heslo Zub-2026! si změňte.", S),
        ("Az ideiglenes jelszó Fogorvos77! az első belépésig érvényes.", S),
        # Another clinic's paid debt set beside this one.
        ("Yan binadaki Mert Yılmaz'ın muayenehanesi bile 12.400 TL'lik borcunu ödedi.", S),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # The fault denied, hedged or someone else's.
        ("Это не наша недоработка: курьер задержал посылку.", F),
        ("Špatný odstín nejde na vrub naší laboratoře, ale dopravce.", F),
        ("Wir prüfen gerade, ob sich das Modell bei uns verzogen hat.", F),
        ("We are checking whether the problem was on our side.", F),
        ("The delay did not come from our side; the courier lost the parcel.", F),
        # Nothing taken off; a reversal refused or already done.
        ("Den Betrag ziehen wir nicht von der nächsten Rechnung ab.", R),
        ("We will not deduct anything from your next invoice.", R),
        ("Beløbet bliver ikke tilbageført.", R),
        ("Beløbet er blevet tilbageført i sidste uge.", R),
        # Interest kept, restated or the waiver refused.
        ("遅延利息は契約どおり頂戴いたします。", D),
        ("Não deixamos de lado a multa prevista no contrato.", D),
        ("Пеня нараховується згідно з умовами договору.", D),
        # Our own collections team; the threat denied.
        ("Нашият отдел за събиране на вземания ще се свърже с Вас.", L),
        ("Нямаме намерение да предаваме вземането на фирма за събиране на задължения.", L),
        ("We will not report the late payment to the credit agencies.", L),
        ("추심 업체에 넘길 생각은 없습니다.", L),
        # A date asked for, kept, or a plan refused.
        ("Un règlement d'ici le 15 mars nous conviendrait.", T),
        ("Anything you need by the end of April, just ask.", T),
        ("Vi har inte flyttat förfallodagen.", T),
        ("Suma nu poate fi achitată în rate.", T),
        ("לא נוכל לפרוס את החוב לתשלומים.", T),
        # An offer of help about money; praise.
        ("หากมีปัญหาเรื่องการชำระเงิน กรุณาติดต่อเราได้ค่ะ", H),
        ("I'm sure a practice like yours values prompt service.", H),
        ("Nobody at your office has replied to our last two emails.", H),
        ("Your waiting room posters show how your patients can pay by card.", H),
        # A password to come by text message.
        ("Ajutine parool saadetakse teile SMS-iga.", S),
        # This clinic's own debt, stated.
        ("Kaya Diş Kliniği'nin 9.420 TL'lik faturası hâlâ açık.", S),
    ],
)
def test_these_wordings_are_not_violations(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_refund_request_passed_to_the_team_that_handles_refunds_promises_nothing() -> None:
    body = (
        "Hello Sam,\n\nI've passed your refund request and the bank statement to our finance team, who handle all "
        "refund checks; they will reply to you directly.\n\nInvoice INV-7730 for USD 410.00 is still open.\n\n"
        "Thanks,\nAccounts"
    )
    assert check_draft("Re: double payment", body, reader=None).violations == []
    promised = body.replace("they will reply to you directly", "we will refund the USD 410.00 to your card")
    assert (
        Violation.REFUND_OR_CREDIT_PROMISE
        in check_draft("Re: double payment", promised, reader=None).violations
    )
