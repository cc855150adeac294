"""Session 25 (fresh sets 189 and 191): Vietnamese for every violation type, read with its own negations ("không",
"chưa"), conditions ("nếu ... thì") and requests passed on; a pay date given "instead of" the old one; a direct debit
the customer's bank sent back; a credit note named again after the draft reported it issued; another customer who
"settled their" balance or whom "every other customer" is held up against; a card's expiry in Japanese; a changed bank
is no changed date (pl). The sentences are variants written for these tests, not the sets' own wording."""

from __future__ import annotations

import pytest

from chalicelib.domain.guardrails import Violation, check_draft
from tests.unit.guard.frame import D, F, H, L, R, S, T, types


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # vi: a lawsuit, the court, a collection agency, lawyers, credit reporting, legal measures.
        ("Quá hạn ngày 15/4, chúng tôi sẽ khởi kiện để thu hồi khoản nợ này.", L),
        ("Nếu quý công ty vẫn chưa thanh toán thì chúng tôi sẽ đưa vụ việc ra tòa.", L),
        ("Hồ sơ của quý khách sẽ được chuyển cho một công ty đòi nợ chuyên nghiệp.", L),
        ("Chúng tôi sẽ chuyển toàn bộ hồ sơ sang luật sư của công ty.", L),
        ("Khoản nợ này sẽ được báo cáo lên trung tâm thông tin tín dụng CIC.", L),
        ("Chúng tôi buộc phải áp dụng các biện pháp pháp lý cần thiết.", L),
        # vi: a discount, fees or interest waived, a charge that "will not be counted", settling for less.
        ("Nếu thanh toán trong tuần này, chị được giảm giá 5%.", D),
        ("Chúng tôi đồng ý miễn toàn bộ phí phạt chậm trả cho hóa đơn này.", D),
        ("Lần này chúng tôi sẽ không tính lãi chậm trả.", D),
        ("Anh chỉ cần thanh toán 40.000.000 ₫ thay vì 52.000.000 ₫ là xong.", D),
        # vi: money back, a credit note to come, an offset.
        ("Chúng tôi sẽ hoàn tiền phí lưu kho tháng 2 cho chị trong tuần tới.", R),
        ("Kế toán sẽ phát hành giấy báo có cho số pallet bị hỏng.", R),
        # vi: our error, our responsibility.
        ("Sai sót trong hóa đơn là do phía chúng tôi nhập nhầm đơn giá.", F),
        ("Chúng tôi đã tính sai phí bốc xếp tháng trước.", F),
        ("Công ty xin chịu hoàn toàn trách nhiệm về lô hàng bị hư.", F),
        # vi: a later date, instalments, a new due date, a plan agreed.
        ("Chúng tôi đồng ý lùi hạn thanh toán sang ngày 20/5.", T),
        ("Chị có thể trả góp trong ba tháng.", T),
        ("Hóa đơn có thể chia thành 3 đợt, mỗi đợt 10.000.000 ₫.", T),
        ("Hạn thanh toán mới là ngày 30/6/2026.", T),
        # vi: insults, shaming, publishing a name.
        ("Các anh đúng là đồ ăn quỵt.", H),
        ("Quý công ty thật không biết xấu hổ.", H),
        ("Chúng tôi sẽ đăng tên công ty anh lên mạng xã hội.", H),
        # A pay date given in place of the old one (pt, es, de).
        ("Como combinado, pode pagar a fatura até 12 de maio, em vez de 28 de abril.", T),
        ("Puede pagar la factura el 12 de mayo en lugar del 28 de abril.", T),
        ("Sie können die Rechnung am 12. Mai statt am 28. April bezahlen.", T),
    ],
)
def test_blocked(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # vi: denied, conditional on their side only, our own collections team, their lawyer, an address.
        "Hiện tại chúng tôi chưa có kế hoạch khởi kiện.",
        "Chúng tôi không muốn đưa vụ việc ra tòa, vì vậy mong chị thanh toán sớm.",
        "Bộ phận thu hồi công nợ của chúng tôi sẽ liên hệ với chị để đối chiếu.",
        "Chúng tôi đã nhận được thư của luật sư bên quý công ty.",
        "Văn phòng: Tòa nhà Sài Gòn Center, Quận 1.",
        # vi: a firm reminder; no discount possible; interest as per the contract.
        "Đây là thư nhắc nhở: hóa đơn đã quá hạn 20 ngày, vui lòng thanh toán trước ngày 15/4.",
        "Rất tiếc, chúng tôi không thể giảm giá cho hóa đơn này.",
        "Lãi chậm trả được tính theo hợp đồng đã ký.",
        # vi: a credit note already issued; no refund; an apology that admits nothing; fault denied.
        "Giấy báo có số GBC-118 đã được phát hành ngày 3/3 và đã trừ vào số dư.",
        "Chúng tôi không hoàn tiền cho dịch vụ đã sử dụng.",
        "Xin lỗi vì sự bất tiện, yêu cầu của chị đã được chuyển cho bộ phận chất lượng.",
        "Sự cố này không phải lỗi của chúng tôi.",
        "Chúng tôi không chịu trách nhiệm về việc chậm trễ của hãng tàu.",
        # vi: no extension; their request passed on; the customer's plan already agreed; if they need more time.
        "Chúng tôi không thể gia hạn thời hạn thanh toán.",
        "Yêu cầu gia hạn của anh đã được chuyển cho trưởng phòng.",
        "Đây là nhắc nhở về kỳ thứ hai của kế hoạch trả góp đã thỏa thuận.",
        "Nếu anh cần gia hạn, vui lòng liên hệ trưởng phòng kế toán.",
        # vi: a fraud warning about scam emails; a masked account; the bank details on the invoice.
        "Xin cảnh giác với email giả mạo thay đổi thông tin tài khoản.",
        "Tài khoản đuôi 7654 đã bị từ chối, vui lòng thanh toán qua đường link.",
        "Thông tin chuyển khoản có trên hóa đơn.",
        # Another way or time of day to pay; a date that changed for the goods, not the payment.
        "Please pay by 12 May at the latest.",
        "The pallets arrived on 12 May instead of 28 April.",
        # A direct debit sent back by their bank; a credit note named again after it was issued.
        "Die SEPA-Lastschrift über 980,00 € wurde von Ihrer Bank zurückgebucht; bitte überweisen Sie den Betrag.",
        "Uw automatische incasso is gestorneerd; het bedrag staat weer open.",
        "Na de creditnota CN-2026/07, uitgegeven op 3 maart, staat nog € 420,00 open. De creditnota was € 80,00.",
        # pl: a new bank, the same date.
        "Zmieniliśmy bank. Płatność prosimy kierować zgodnie z fakturą.",
    ],
)
def test_allowed(body: str) -> None:
    assert types(body) == set()


def test_a_vietnamese_account_number_typed_in_is_sensitive_and_a_masked_one_is_not() -> None:
    body = "Chào anh Tuấn,\n\nVui lòng chuyển khoản vào STK: 1903 4567 8901 23 tại ngân hàng Techcombank.\n\nCảm ơn anh."
    assert S in check_draft("Thông tin thanh toán", body, reader=None).violations
    masked = body.replace("STK: 1903 4567 8901 23", "tài khoản đuôi 0123")
    assert check_draft("Thông tin thanh toán", masked, reader=None).allowed


def test_a_card_expiry_in_japanese_is_sensitive_but_a_quote_validity_is_not() -> None:
    card = "末尾4242のカード（有効期限 11/28）で決済できませんでした。"
    assert S in types(card)
    assert types("お見積書の有効期限 11/28 までにご連絡ください。") == set()


def test_another_customer_who_settled_their_balance_is_their_affairs() -> None:
    body = (
        "Hello Priya,\n\nInvoice KS-4410 for GBP 2,100.00 is still open. For what it's worth, Northgate Events settled "
        "their GBP 9,300.00 arrears in one go last month.\n\nPlease pay at https://pay.example/KS-4410.\n\nRegards,\nSam"
    )
    assert S in check_draft("Invoice KS-4410", body, reader=None).violations
    own = body.replace(
        "Northgate Events settled their GBP 9,300.00 arrears in one go last month", "thank you"
    )
    assert check_draft("Invoice KS-4410", own, reader=None).allowed


def test_every_other_customer_held_up_with_a_named_company_is_their_affairs() -> None:
    body = (
        "Guten Tag Frau Roth,\n\nalle anderen Kunden schaffen das: die Bergmann Fleischwaren GmbH hat ihre 7.400,00 € "
        "pünktlich überwiesen.\n\nBitte zahlen Sie KW-INV-1.\n\nKaltwerk GmbH"
    )
    assert S in check_draft("Offene Rechnung", body, reader=None).violations
