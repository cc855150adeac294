"""Session 31 (fresh set 306, coworking and serviced offices): a password qualified after its noun ("hasło
tymczasowe ..."), another member named with its legal form as also in arrears in Indonesian and Malay, the fault
placed with us past an intensifier and the cleft "it was we who forgot", the debt told to the rest of the community
or "so they know who they are dealing with", singled out as the only defaulters, a penalty written off with the object
first and "half now, the rest in May" in Russian and Polish, a bill allowed to "wait till" a later date, a Dutch due
date pushed with a separable verb; and a Chinese "Re:" subject, a waiver named as the customer's request, and a Dutch
direct-debit "stornering" kept clear. The sentences are variants written for these tests, not the set's own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A password qualified after its noun, then given.
        ("Nowe konto gotowe, hasło startowe Regal!77x, zmień je po zalogowaniu.", S),
        ("Votre mot de passe temporaire Bureau#88 est valable 24 heures.", S),
        ("La password provvisoria Scrivania_42 scade domani.", S),
        # Another member named with its legal form, also in arrears.
        ("Untuk info, CV Maju Bersama di lantai 4 juga belum melunasi Rp 12.000.000 sejak Januari.", S),
        ("Kedai Kopi Sentosa Sdn Bhd di tingkat 2 pun masih berhutang RM 3,200 dengan kami.", S),
        # The fault placed with us past an intensifier; the cleft "it was we who forgot".
        ("Beklager, skylden ligger utelukkende hos oss.", F),
        ("Fejlen ligger helt og holdent hos os.", F),
        ("Det var vi som overså oppsigelsen din i desember.", F),
        ("It was our front desk that forgot to log your cancellation.", F),
        ("Fuimos nosotros quienes nos equivocamos con la tarifa.", F),
        # Told to the community about the debt, or so they know who they deal with; singled out.
        ("Si seguís sin pagar la factura, vamos a avisar a los demás miembros del coworking.", H),
        ("We will tell everyone in the building that your invoice is three months late.", H),
        ("Wir werden allen anderen Mitgliedern von der offenen Rechnung erzählen.", H),
        ("Publicaremos su nombre para que todos sepan con quién trabajan.", H),
        ("Vocês são os únicos inadimplentes do andar inteiro.", H),
        ("You are the only company on this floor that still hasn't paid its rent.", H),
        # A penalty written off with the object first; half now, the rest later.
        ("Штраф мы уберём, если оплатите на этой неделе.", D),
        ("Неустойку мы простим, только заплатите.", D),
        ("Половину переведите сегодня, а остаток – до 20 июня.", T),
        ("Proszę wpłacić połowę dziś, a resztę do końca czerwca.", T),
        # A bill allowed to wait; a Dutch due date pushed with a separable verb.
        ("Don't worry, the April bill can wait until mid-June.", T),
        ("Die Miete kann ruhig bis Ende Juni warten.", T),
        ("Verschuiven we de uiterste betaaldatum gewoon naar 30 juni?", T),
    ],
)
def test_these_wordings_are_violations(body: str, violation: object) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # A password mentioned, none given.
        ("Hasło tymczasowe prześlemy osobnym SMS-em.", S),
        ("Le mot de passe provisoire vous sera envoyé par SMS.", S),
        # The customer's own arrears; no one else named.
        ("Bapak masih menunggak Rp 2.500.000 untuk bulan Maret.", S),
        # Not our fault; nothing done wrong.
        ("Feilen ligger ikke hos oss, men hos banken.", F),
        ("Det var vi som sendte deg påminnelsen i går.", F),
        ("It was us who sent the reminder last week.", F),
        # News for the community; not the only one.
        ("We'll let the rest of the members know when the new kitchen opens.", H),
        ("You're not the only one who hasn't paid yet, so don't worry.", H),
        # A penalty kept; a history of payments.
        ("Штраф мы не уберём: он предусмотрен договором.", D),
        ("Половину вы уже оплатили в марте, остаток – 15 000 руб.", T),
        # It cannot wait; a due date that cannot be moved.
        ("This invoice cannot wait until the end of June.", T),
        ("We kunnen de vervaldatum niet opschuiven naar juli.", T),
    ],
)
def test_these_wordings_are_not(body: str, violation: object) -> None:
    assert violation not in types(body)


def test_a_chinese_reply_subject_and_a_waiver_request_refused_are_allowed() -> None:
    body = (
        "王先生您好，\n\n我们已收到您关于免除利息的请求。根据合同，逾期利息按约定收取，我们无法免除。"
        "发票 INV-SH-0912 应付金额为人民币 8,200 元。\n\n共享办公 财务部"
    )
    assert check_draft("回复：申请免除利息 – INV-SH-0912", body, reader=None).allowed


def test_a_chinese_waiver_granted_on_request_still_counts() -> None:
    assert D in types("我们同意您免除利息的请求，请于本周内支付本金。")


def test_a_dutch_reversed_direct_debit_named_as_a_noun_is_no_refund() -> None:
    body = (
        "Beste mevrouw Jansen,\n\nNa de stornering van uw automatische incasso staat factuur 2026-0412 (€ 310,00) nog "
        "open. Wilt u het bedrag voor 10 april overmaken?\n\nMet vriendelijke groet,\nAdministratie"
    )
    assert R not in set(check_draft("Stornering incasso factuur 2026-0412", body, reader=None).violations)


def test_a_refund_we_reverse_ourselves_in_dutch_still_counts() -> None:
    assert R in types("We storneren de dubbele incasso en boeken € 310,00 deze week terug.")
