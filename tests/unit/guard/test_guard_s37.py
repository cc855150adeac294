"""Session 37: Malay and Tagalog, which the rules had not read at all, for the lawsuit, the waived fee, the refund, the
admission and the moved due date; the Asian scripts' moved due date (Korean "늦춰", Chinese "改到", Indonesian "kami
geser"), the price in tenths ("按九折"), a credit note taken off the next invoice in Korean, an admission by our team
in Hindi and by our setting error in Japanese; shaming in Hindi ("you should not be in business") and Chinese ("even a
small seller pays more punctually"); a Vietnamese refund to the account; a settlement "counted as paid" in Indonesian
and Malay for a smaller sum; a charge's sum before its passive waiver in English; instalments set in Japanese and a
later due date in Portuguese; another member's debt named in Tagalog. Kept clear: refusals, their wishes and requests
passed on (also the Spanish "petición de descuento"), the whole balance counted as paid, terms kept in Tagalog. The
sentences are written for these tests, not taken from any set."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, rules, types


@pytest.mark.parametrize(
    "body",
    [
        "Sekiranya baki tidak dijelaskan sebelum 15 Mei, peguam kami akan memfailkan saman terhadap syarikat tuan.",
        "Kami terpaksa mengambil tindakan undang-undang jika invois ini terus tertunggak.",
        "Akaun ini akan diserahkan kepada agensi kutipan hutang pada akhir bulan.",
        "Kapag hindi pa rin nabayaran sa Abril 15, sasampahan namin kayo ng kaso.",
        "Dadalhin na namin ang usaping ito sa korte kung walang bayad ngayong linggo.",
    ],
)
def test_a_lawsuit_a_lawyer_or_a_collector_in_malay_and_tagalog_is_a_legal_threat(body: str) -> None:
    assert L in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kami tidak akan mengambil tindakan undang-undang; kami hanya ingin mengingatkan encik.",
        "Pasukan kutipan kami akan menghubungi puan minggu ini.",
        "Hindi po namin kayo idedemanda; paalala lamang po ito.",
    ],
)
def test_a_step_denied_or_our_own_team_stays_clear_of_legal_threat_in_malay_and_tagalog(body: str) -> None:
    assert L not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kung makapagbayad po kayo bago ang Abril 10, hindi na po namin sisingilin ang interes.",
        "Aalisin na po namin ang multa sa inyong account.",
        "Caj lewat RM 85.00 akan kami kecualikan sekiranya bayaran diterima minggu ini.",
        "Untuk kali ini, kami tidak akan mengenakan faedah lewat bayar.",
        "若贵司在月底前付清，我们可以以八五折结算。",
        "The admin fee of GBP 35.00 charged last month will be waived once the balance is cleared.",
    ],
)
def test_a_fee_no_longer_charged_or_a_price_in_tenths_is_a_discount(body: str) -> None:
    assert D in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Kami tidak dapat mengecualikan caj lewat tersebut.",
        "The late fee of GBP 40.00 will be charged if payment is not received by Friday.",
        "He trasladado su petición de descuento a nuestro director financiero, que le responderá esta semana.",
    ],
)
def test_a_waiver_refused_a_fee_restated_or_their_request_passed_on_stays_clear_of_discount(
    body: str,
) -> None:
    assert D not in types(body)


def test_a_request_for_a_discount_granted_in_spanish_is_still_a_discount() -> None:
    assert D in types("Aceptamos su petición de descuento del 5 % sobre esta factura.")


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Jika pembayaran IDR 80.000.000 kami terima bulan ini, kami anggap seluruh tagihan lunas.",
            "IDR 95.000.000",
        ),
        (
            "Sekiranya bayaran RM 9,000.00 diterima minggu ini, kami akan anggap keseluruhan baki selesai.",
            "RM 12,400.00",
        ),
    ],
)
def test_a_smaller_sum_counted_as_the_whole_balance_in_indonesian_and_malay_is_a_discount(
    body: str, stated: str
) -> None:
    assert D in types(f"Jumlah tertunggak ialah {stated}. {body}")


def test_the_whole_balance_counted_as_paid_in_indonesian_gives_nothing_away() -> None:
    body = "Saldo terbuka adalah IDR 95.000.000. Setelah IDR 95.000.000 kami terima, kami anggap seluruh tagihan lunas."
    assert D not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bayaran balik akan kami proses dan wang itu akan dipulangkan semula ke akaun tuan dalam 5 hari bekerja.",
        "Caj penghantaran RM 120.00 itu akan kami kreditkan semula ke kad puan.",
        "Ibabalik po namin ang PHP 1,500.00 sa inyong GCash account bukas.",
        "보관료는 크레딧 노트를 발행하여 다음 달 청구서에서 차감해 드리겠습니다.",
        "Khoản phí 2.000.000 VND sẽ được hoàn lại vào tài khoản của anh trong tuần này.",
    ],
)
def test_money_returned_or_a_credit_note_taken_off_the_next_invoice_is_a_credit_promise(body: str) -> None:
    assert R in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "크레딧 노트 발행은 어렵습니다.",
        "크레딧 노트를 발행해 드렸습니다. 첨부 파일을 확인해 주세요.",
        "Chúng tôi không thể hoàn lại phí này vào tài khoản của anh.",
    ],
)
def test_a_credit_note_refused_or_already_issued_stays_clear_of_credit_promise(body: str) -> None:
    assert R not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "जांच में पता चला कि हमारे सिस्टम ने गलती से दो बार शुल्क जोड़ दिया था।",
        "हमसे गलती हुई है, इसके लिए क्षमा करें।",
        "原因は当社の入力ミスで、数量が二重に登録されておりました。",
        "Ini memang kesilapan pihak kami; caj itu sepatutnya tidak dikenakan.",
        "Pasensya na po, pagkakamali po namin ang dobleng singil.",
        "저희 정산팀 착오로 보관료가 두 번 청구되었습니다.",
        "저희 잘못이니 이번 청구서는 다시 발행하겠습니다.",
    ],
)
def test_our_team_or_our_setting_named_as_the_mistake_is_fault(body: str) -> None:
    assert F in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "弊社の設定ミスではございません。",
        "हमारी टीम ने आपके दस्तावेज़ जांच लिए हैं।",
        "Bukan kesilapan pihak kami; caj tersebut adalah mengikut kontrak.",
        "Sekiranya terdapat kesilapan pihak kami, sila maklumkan kepada kami.",
        "Hindi po namin pagkakamali ang singil; ayon ito sa kontrata.",
        "저희 통관팀 실수가 아니라 선사 측 지연으로 확인되었습니다.",
    ],
)
def test_a_mistake_denied_or_a_check_done_stays_clear_of_fault(body: str) -> None:
    assert F not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "사정을 고려하여 결제일을 5월 15일로 미뤄 두었습니다.",
        "已按您的要求，把付款期限改到6月30日。",
        "到期日順延至7月15日，請您放心。",
        "Supaya lebih ringan, tenggatnya sudah kami geser ke 15 Mei 2026.",
        "Tarikh akhir bayaran kami lanjutkan ke 30 April.",
        "Inusog na po namin ang due date sa Abril 30.",
        "お支払いは4月から6月までの3回払いとさせていただきます。",
        "O saldo passa a vencer a 31 de maio em vez de 30 de abril.",
        "Kami bersetuju supaya baki RM 7,200.00 dijelaskan dalam tiga ansuran bulanan mulai Mei.",
    ],
)
def test_a_due_date_put_back_or_instalments_set_are_terms_changes(body: str) -> None:
    assert T in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "결제일을 5월 15일로 미뤄 드리기는 어렵습니다.",
        "付款期限无法改到6月30日。",
        "您希望把付款期限改到6月30日，我们已转交信用部门审核。",
        "Tarikh akhir bayaran tidak dapat kami lanjutkan ke bulan depan.",
        "3回払いをご希望とのこと、承知いたしました。担当部署にて検討いたします。",
        "INV-3120（JPY 450,000）を3回に分けてお支払いになりたいとのご相談、承知いたしました。",
        "Permintaan tuan untuk membayar dalam tiga ansuran telah kami serahkan kepada pengurus kredit.",
    ],
)
def test_a_moved_date_refused_or_wished_for_stays_clear_of_terms_change(body: str) -> None:
    assert T not in types(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mananatili po ang orihinal na due date (Abril 5, 2026) at ang mga napagkasunduang termino.",
        "Hindi po nagbabago ang halaga at ang due date na Abril 12, 2026.",
    ],
)
def test_terms_kept_in_tagalog_are_not_read_as_a_change_by_the_second_reader(body: str) -> None:
    subject = "Re: INV-2210 – kumpirmasyon"
    draft = (
        "Gng. Reyes,\n\nSalamat po sa inyong sagot. Naitala na po namin na babayaran ng inyong kumpanya ang buong "
        f"PHP 48,300.00 para sa INV-2210 sa Abril 20, 2026. {body}\n\nSalamat po,\n\nAccounts Receivable"
    )
    assert T not in check_draft(subject, draft).violations


@pytest.mark.parametrize(
    "body",
    [
        "अगर इतनी मामूली राशि भी नहीं चुका सकते तो आपको धंधा ही नहीं करना चाहिए।",
        "坦白说，连路边摊都比贵公司守信用。",
        "說真的，貴公司連小吃攤都不如。",
    ],
)
def test_not_fit_for_business_or_worse_than_a_street_stall_is_harassment(body: str) -> None:
    assert H in types(body)


@pytest.mark.parametrize(
    "body",
    ["आपको व्यापार में सफलता मिले।", "連網拍小賣家都開始用我們的報關服務了。"],
)
def test_a_business_wish_or_a_plain_comparison_stays_clear_of_harassment(body: str) -> None:
    assert H not in types(body)


def test_another_members_debt_named_in_tagalog_is_sensitive_data() -> None:
    body = (
        "Para malaman ninyo: ang Golden Harbor Foods ay may utang sa amin na PHP 410,000.00 at nasa korte na."
    )
    assert S in types(body)


def test_an_invoice_with_its_balance_in_tagalog_is_no_other_customer() -> None:
    assert (
        S not in rules("Ang INV-2403 ay may balanse na PHP 265,000.00 na lampas na sa due date.").violations
    )
