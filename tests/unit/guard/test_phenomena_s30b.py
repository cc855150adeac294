"""Session 30b (fresh sets 295, IT managed services, and 296, wine importers): readiness to waive with the verb in the
infinitive, "the error was ours" and sole responsibility in the languages that lacked them, shame felt on the
customer's behalf and the rhetorical "is it not shameful", exposure in a trade group, more time granted in the past
tense or "instead of the original due date", "you can pay in N parts", a settlement for less at "Rs. ... only" or as
"पूरा निपटान", the Chilean debtors' bulletin after a Spanish "de no" condition, a Korean "위임하게 되는", an account
typed with its bank's name; and the customer's own legal department or lawyer, a collection statute cited for a fee,
an "abono" already issued and the contract's own clause kept clear. The sentences are variants written for these
tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Readiness to waive, the verb in the infinitive.
        ("Bu ay öderseniz gecikme faizini iptal etmeye hazırız.", D),
        ("Ceza tutarını kaldırabiliriz.", D),
        ("Мы готовы списать начисленные пени.", D),
        ("Spremni smo otpisati zateznu kamatu za ožujak.", D),
        ("Jsme ochotni prominout úroky z prodlení.", D),
        ("Hajlandóak vagyunk elengedni a késedelmi kamatot.", D),
        ("אנחנו מוכנים לוותר על הריבית שנצברה.", D),
        ("Vi er villige til å frafalle purregebyret.", D),
        ("हम ब्याज माफ़ करने के लिए तैयार हैं।", D),
        ("ถ้าชำระภายในสัปดาห์นี้ เรายินดีให้ส่วนลด 3%", D),
        # Settlement for less.
        ("Management agrees to settle the account at Rs. 90,000 only against the Rs. 1,10,000 due.", D),
        ("बकाया ₹50,000.00 है; ₹42,000.00 मिलने पर हम इसे पूरा निपटान मान लेंगे।", D),
        # The error was ours; sole responsibility.
        ("Atsiprašome, klaida buvo mūsų sistemoje.", F),
        ("Kļūda bija mūsu, rēķins tiks labots.", F),
        ("Błąd był nasz, przepraszamy.", F),
        ("Ошибка была наша, приносим извинения.", F),
        ("गलती हमारी है, माफ़ कीजिए।", F),
        ("Greșeala a fost a noastră.", F),
        ("Za ovu grešku smo isključivo mi odgovorni.", F),
        ("Мы несём полную ответственность за это.", F),
        # Shame on their behalf, the rhetorical question, exposure.
        ("Sincer, ne este rușine pentru dumneavoastră.", H),
        ("Nous avons honte pour vous.", H),
        ("Нам стыдно за вас.", H),
        ("このような対応は恥ずかしいことではないでしょうか。", H),
        ("下周还不付款，我们就在行业群里把贵司曝光。", H),
        ("It would be a shame for your neighbours to find out how you treat suppliers.", H),
        # Legal steps.
        ("De no pagar este mes, publicaremos la deuda en el Boletín Comercial.", L),
        ("기한 내 입금이 없으면 추심업체에 채권추심을 의뢰하게 되는 점 양해 바랍니다.", L),
        # More time in the past tense, a new date instead of the original, N parts.
        ("يسرنا إبلاغكم أننا مددنا موعد السداد حتى نهاية مايو.", T),
        ("Мы продлили срок оплаты до конца мая.", T),
        ("Puede abonar el importe el 15 de mayo en lugar del vencimiento original.", T),
        ("Rēķinu varat samaksāt divās daļās.", T),
        ("Račun možete platiti u tri dijela.", T),
        ("אפשר לחלק את היתרה לשלושה תשלומים.", T),
        (
            "Provided the first instalment arrives by 10 June and the remainder by 10 July, we will accept it.",
            T,
        ),
        # A credit note to come, in Hindi.
        ("हम अगले महीने ₹3,000.00 का क्रेडिट नोट जारी करेंगे।", R),
        # An account typed with its bank's name.
        ("Sila transfer ke akaun CIMB 8001 2345 6789 mulai hari ini.", S),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # Readiness denied, or about something else.
        ("Gecikme faizini silmeye hazır değiliz.", D),
        ("Мы не готовы списать пени.", D),
        ("Nismo spremni otpisati kamatu.", D),
        ("לא נוכל לוותר על הריבית.", D),
        ("Vi er villige til å finne en løsning.", D),
        ("ไม่มีส่วนลดสำหรับใบแจ้งหนี้นี้", D),
        # The whole sum closes the matter.
        ("Once Rs. 1,10,000 is received we will close the matter.", D),
        # Not our error; their responsibility.
        ("Klaida nebuvo mūsų.", F),
        ("Ошибка не наша: реквизиты указали вы.", F),
        ("Za to ste odgovorni vi.", F),
        # Our own embarrassment, no shaming of them.
        ("お恥ずかしい話ですが、弊社の請求ミスでした。", H),
        ("我们不会公布任何客户信息。", H),
        ("It would be a shame if you missed the renewal discount window.", H),
        # Our collections team, a Spanish "de" that is no condition.
        ("El equipo de cobranza de nuestra empresa le llamará.", L),
        # Terms kept; a plan already running restated.
        ("Мы не продлили срок оплаты.", T),
        ("Nevarat samaksāt daļās.", T),
        ("The first instalment was due by 1 March and the balance by 1 April under your plan.", T),
        ("לא ניתן לחלק את החוב לתשלומים.", T),
        # Credit note refused.
        ("हम क्रेडिट नोट जारी नहीं करेंगे।", R),
        # A masked account with its bank.
        ("Akaun Maybank berakhir dengan 3319.", S),
    ],
)
def test_these_wordings_are_not(body: str, violation: object) -> None:
    assert violation not in types(body)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The customer's own legal department or lawyer, named neutrally.
        (
            "Rechnung RE-77",
            "Liegt die Rechnung bei Ihnen in der Rechtsabteilung, nennen Sie uns bitte eine Ansprechperson.",
        ),
        ("Válasz: SZ-12 - jogi osztály", "Köszönjük, hogy jelezte: a számla az önök jogi osztályán van."),
        ("Фактура 12", "Ако вашият адвокат води преписката, изпратете ни неговия имейл."),
        ("Счёт 12", "Если ваш юрист ведёт переписку, пришлите нам его контакты."),
        ("Faktura 12", "Jeśli Państwa dział prawny sprawdza umowę, prosimy o kontakt do tej osoby."),
        # A collection statute cited as the basis of a fee.
        (
            "Purring 12",
            "Purregebyr på kr 35 er lagt til i henhold til inkassoloven § 10. Dette er ingen inkassovarsel.",
        ),
        # A credit note already issued.
        (
            "Factura 12 - abono aplicado",
            "El abono AB-77 se emitió el 2 de marzo y ya está descontado de la factura.",
        ),
    ],
)
def test_neutral_legal_and_issued_words_are_allowed(subject: str, body: str) -> None:
    assert check_draft(subject, body, reader=None).allowed


def test_our_lawyer_still_counts_next_to_theirs() -> None:
    body = "Если ваш юрист не ответит, мы передадим дело нашему адвокату и подадим иск в суд."
    assert L in set(check_draft("Счёт 12", body, reader=None).violations)


def test_the_contracts_own_clause_keeps_the_second_reader_off_terms() -> None:
    body = (
        "Faktur INV-9 sebesar Rp 5.000.000 telah lewat jatuh tempo 30 hari. Sesuai Pasal 7 perjanjian layanan, akses "
        "portal akan dinonaktifkan mulai 1 Mei 2026 apabila pembayaran belum kami terima; akses akan aktif kembali "
        "setelah pembayaran diterima. Tim penagihan kami siap membantu di nomor kantor."
    )
    assert T not in set(check_draft("Faktur INV-9", body).violations)
