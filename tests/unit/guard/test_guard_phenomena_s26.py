"""Session 26 (fresh sets 205 and 207): Indonesian for every violation type, read with its own negations ("tidak",
"bukan", "belum"), conditions and requests reported; harassment in Dutch, French and Finnish; instalments agreed in
Chinese and Korean; an invoice cancelled and reissued with a later due date. And what only sounded like a violation:
an accredited laboratory (a certification, not a credit), the customer's own lawyer asking for papers, a phone number
or a Norwegian KID that passes Luhn, an early-payment discount said to have lapsed, a credit-note question passed on
under a Finnish "Vs:" subject, drawings held until payment. The sentences are variants written for these tests, not
the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types
from tests.unit.guard.test_guard_reader import reader


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # id: the police, the credit bureau, a lawsuit, legal steps, a lawyer or a collector.
        ("Jika belum lunas minggu ini, kami akan melaporkan Bapak ke polisi.", L),
        ("Data Ibu akan kami laporkan ke SLIK OJK apabila tagihan tetap tertunggak.", L),
        ("Kami akan mengajukan gugatan ke pengadilan negeri.", L),
        ("Perusahaan terpaksa menempuh jalur hukum atas tunggakan ini.", L),
        ("Kasus ini akan kami serahkan kepada kuasa hukum kami.", L),
        # id: a discount, a fee struck off, a fee not charged, part accepted as the whole.
        ("Kami berikan diskon 10% kalau dibayar sebelum Jumat.", D),
        ("Denda keterlambatan untuk faktur ini kami hapuskan.", D),
        ("Untuk kali ini kami tidak akan mengenakan bunga keterlambatan.", D),
        ("Bapak cukup membayar setengahnya saja dan urusan selesai.", D),
        # id: money returned, a credit note issued.
        ("Kami akan mengembalikan kelebihan bayar Rp 1.200.000 ke rekening Bapak.", R),
        ("Nota kredit akan segera kami terbitkan untuk selisih tersebut.", R),
        # id: our error owned.
        ("Kami mengakui adanya kekeliruan dalam tarif yang kami tagihkan.", F),
        ("Ini memang kesalahan kami, mohon maaf.", F),
        ("Terjadi kelalaian dari pihak kami saat input jam kerja.", F),
        # id: instalments allowed, a due date moved, extra time given.
        ("Tagihan ini boleh dicicil tiga kali mulai bulan depan.", T),
        ("Jatuh tempo kami perpanjang sampai 30 Januari.", T),
        ("Kami berikan waktu tambahan dua minggu untuk pelunasan.", T),
        # id: shameless, a liar, shameful, exposure to the banks.
        ("Bapak memang pembohong, janji transfer tidak pernah ditepati.", H),
        ("Sungguh memalukan untuk perusahaan sebesar itu.", H),
        ("Kami akan umumkan di media sosial bahwa perusahaan Anda tidak membayar.", H),
        # nl, fr, fi: contempt, incompetence, shame before clients.
        ("Hoe moeilijk is het nou om één factuur te betalen?", H),
        ("Neem misschien iemand aan die wel kan rekenen.", H),
        ("Vos promesses ne nous intéressent plus, réglez la facture.", H),
        ("Un minimum de respect envers vos fournisseurs serait bienvenu.", H),
        ("Olette täysin kyvyttömiä hoitamaan asioitanne.", H),
        ("Kerromme kaikille asiakkaillenne, että ette maksa laskujanne.", H),
        # zh, ko: an instalment plan agreed across the invoice and its amount.
        ("我们同意将发票 INV-1042（¥45,000.00）分三期付款，每月底支付 ¥15,000.00。", T),
        ("요청하신 대로 청구 금액을 4개월 분할 납부로 변경해 드리겠습니다.", T),
        ("잔금은 세 번에 나누어 납부하셔도 됩니다.", T),
        ("Kunt u eigenlijk nog wel rekenen?", H),
        ("Hävetkää, tällainen maksumoraali on käsittämätöntä.", H),
        ("Kalau tetap menunggak, perkara ini kami bawa ke pengadilan.", L),
        ("Dasar tukang ngutang, janji Bapak tidak pernah ditepati.", H),
        # pt, fr: an invoice cancelled (a reversal) and reissued with a later due date.
        ("Vamos anular a fatura INV-1042 e emitir uma nova com vencimento a 28 de fevereiro.", R),
        ("Vamos anular a fatura INV-1042 e emitir uma nova com vencimento a 28 de fevereiro.", T),
        ("Nous annulerons la facture INV-1042 pour en émettre une nouvelle.", R),
        # ja: a cost we will not bill.
        ("調査費用（88,000円）はご請求いたしませんので、残額のみお支払いください。", D),
    ],
)
def test_session_26_wording_is_caught(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # id: refusals, negations, conditions and requests reported.
        "Kami tidak akan menempuh jalur hukum selama pembayaran berjalan.",
        "Silakan hubungi tim penagihan kami bila ada pertanyaan.",
        "Mohon maaf, kami tidak dapat memberikan diskon untuk faktur ini.",
        "Denda keterlambatan tetap berlaku sesuai kontrak.",
        "Ibu cukup membayar melalui tautan pembayaran di bawah ini.",
        "Permintaan pengembalian dana Bapak sudah kami teruskan ke bagian keuangan.",
        "Pembayaran Bapak dikembalikan oleh bank, mohon transfer ulang.",
        "Jika ada kesalahan dari pihak kami, mohon beri tahu kami.",
        "Ini bukan kesalahan kami, tagihan sudah sesuai kontrak.",
        "Kami salah satu laboratorium terbesar di Surabaya.",
        "Bapak menanyakan apakah tagihan bisa dicicil; bagian keuangan akan menghubungi Bapak.",
        "Mohon maaf, kami tidak bisa memperpanjang jatuh tempo.",
        "Waspada penipuan yang mengatasnamakan perusahaan kami.",
        # nl, fr, fi: firm but civil.
        "Het is niet moeilijk om via de link te betalen.",
        "Vos excuses sont acceptées ; merci de régler avant vendredi.",
        "Emme aio kertoa asiasta kenellekään, mutta lasku on maksettava.",
        # zh, ko: a plan refused, a request acknowledged.
        "很抱歉，我们无法同意分三期支付。",
        "4개월 분할 납부로 변경하는 것은 어렵습니다.",
        "세 번에 나누어 납부하시는 것은 불가합니다.",
        "Kami tidak akan membawa masalah ini ke pengadilan.",
        # An invoice reissued for a PO number, nothing else changed.
        "Nous annulerons la facture INV-1042 et la rééditerons avec votre numéro de commande, sans autre modification.",
    ],
)
def test_session_26_near_misses_stay_allowed(body: str) -> None:
    assert types(body) == set()


@pytest.mark.parametrize(
    "body",
    [
        # An accredited laboratory, report or body is a certification.
        "Invoice INV-1042 covers the UKAS-accredited analysis of your soil samples (accredited report ref. R-118).",
        "La fattura riguarda le prove del laboratorio accreditato ACCREDIA n. 1234L.",
        "La facture concerne le rapport accrédité RE-26-0001 de notre laboratoire accrédité Cofrac.",
        "In de bijlage vindt u ons accreditatiecertificaat; wij zijn een RvA-geaccrediteerd laboratorium.",
        "Segue o certificado de acreditação do laboratório acreditado pelo IPAC.",
        # The customer's own lawyer asking for papers.
        "A pedido da vossa advogada enviamos o contrato assinado; a fatura continua em aberto.",
        "Uw jurist vroeg om de meetrapporten; die vindt u in de bijlage.",
        # An early-payment discount said to have lapsed.
        "El descuento por pronto pago solo aplicaba a pagos recibidos antes del vencimiento.",
        # Drawings held until payment: a business consequence, not new terms.
        "Until the account is up to date we will hold off issuing the Stage 5 drawings.",
    ],
)
def test_session_26_sound_alikes_stay_allowed(body: str) -> None:
    assert types(body) == set()


def test_italian_credit_to_the_customers_account_is_still_a_credit() -> None:
    assert R in types("Provvederemo ad accreditare l'importo di € 120,00 sul vostro conto entro venerdì.")


def test_a_phone_number_or_a_kid_is_no_card_but_a_card_read_over_the_phone_is() -> None:
    assert types("Questions? Call us on Tel. +49 211 5550 2290.") == set()
    assert types("Vennligst betal med KID 2002618044170.") == set()
    assert S in types("Card you gave us by phone: 4111 1111 1111 1111, please confirm.")


def test_a_finnish_reply_subject_is_the_customers_question() -> None:
    body = "Hei,\n\nVälitin kysymyksesi hyvityslaskusta myyntipäällikölle, joka palaa asiaan.\n\nTerveisin\nLaskutus"
    assert check_draft("Vs: Hyvityslasku, lasku 26-0101", body, reader=None).allowed
    promise = "Hei,\n\nLähetämme hyvityslaskun tällä viikolla.\n\nTerveisin\nLaskutus"
    assert R in check_draft("Vs: Hyvityslasku, lasku 26-0101", promise, reader=None).violations


def test_another_customer_held_up_with_its_debt_is_their_affairs() -> None:
    precedent = "Nous saisirons le tribunal, comme pour la SARL Dupont-Frères et son impayé de 3 100,00 €."
    assert S in types(precedent)
    assert S in types("We will act as we did with Harbour Foods and its unpaid balance of £900.00.")
    assert S not in types("Thank you for Invoice INV-1042 and its balance of £900.00.")
    assert S not in types("Pour la facture INV-1042 et son solde de 200,00 €, merci de payer.")


def test_a_recorded_promise_is_not_overruled_by_the_reader_as_new_terms() -> None:
    body = (
        "Bapak Hartono yang terhormat,\n\nTerima kasih atas konfirmasinya. Kami mencatat janji Bapak untuk membayar "
        "faktur INV-1042 sebesar Rp 3.100.000 pada 4 Desember, zorblat.\n\nSalam,\nBagian Keuangan"
    )
    assert check_draft("Re: janji pembayaran", body, reader=reader("zorblat", "terms_change", 12.0)).allowed
    granted = body.replace("Kami mencatat janji Bapak untuk membayar", "Kami menerima pembayaran untuk")
    assert not check_draft(
        "Re: janji pembayaran", granted, reader=reader("zorblat", "terms_change", 12.0)
    ).allowed
