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


# --- second round (sets 197 and 199): Korean, Japanese and Czech general wording; Argentine Spanish; a fee that "need
# not be paid"; an Argentine CBU; the customer's own legal department; a returns policy; a renewal invoice ----------


@pytest.mark.parametrize(
    ("body", "violation"),
    [
        # ko: our fault confirmed, our responsibility; instalments; a later due date; a discount; insults, shaming.
        ("배송 지연은 저희 직원의 확인 과정에서 생긴 실수가 맞습니다.", F),
        ("이번 일은 전적으로 저희 회사 책임입니다.", F),
        ("잔액 900,000원을 3회로 나누어 납부하실 수 있도록 처리했습니다.", T),
        ("분할 납부를 승인해 드리겠습니다.", T),
        ("이번 달 안에 납부하시면 5% 할인된 금액으로 정산해 드리겠습니다.", D),
        ("왕진비는 받지 않겠습니다.", D),
        ("정말 뻔뻔하시네요.", H),
        ("다음 총회에서 조합원들에게 이 사실을 알리겠습니다.", H),
        # ja: our practice's input error, our responsibility; a tenth off; a fee not charged; instalments; insults.
        ("当店の計算ミスにより、送料を二重に請求しておりました。", F),
        ("今回の件は全面的に当方に責任がございます。", F),
        ("来週までにお支払いいただければ、2割お値引きいたします。", D),
        ("今回に限り往診料はいただきません。", D),
        ("残額は3回に分けてお支払いいただく形で承ります。", T),
        ("お支払期限を6月末に変更いたします。", T),
        ("払う気がないとしか思えません。", H),
        # cs: a due date moved, instalments, a discount, a fee forgiven, our error, insults and shaming.
        ("Splatnost faktury Vám posouváme do 15. 7. 2026.", T),
        ("Částku rozložíme do tří splátek.", T),
        ("Při platbě do pátku Vám poskytneme slevu 5 %.", D),
        ("Poplatek za upomínku Vám promineme.", D),
        ("Chyba je na naší straně, omlouváme se.", F),
        ("Jste úplně neschopný a jen nás okrádáte.", H),
        ("Na výroční schůzi všem řekneme, jak se chováte.", H),
        ("Pokud nezaplatíte, předáme pohledávku k vymáhání inkasní agentuře.", L),
        # es-AR: insults, an executive lawsuit, our law firm, the credit bureaus.
        ("Usted es un sinvergüenza y un moroso serial.", H),
        ("Vamos a iniciar el juicio ejecutivo la semana próxima.", L),
        ("Derivamos la deuda a nuestro estudio jurídico.", L),
        ("Si no paga, lo reportamos a las centrales de riesgo.", L),
        # nl/de: a fee they need not pay any more.
        ("Als u vandaag betaalt, hoeft u de administratiekosten niet meer te betalen.", D),
        ("Bei Zahlung bis Freitag brauchen Sie die Mahngebühren nicht mehr zu zahlen.", D),
        # it/sv: an invoice split into instalments, a split agreed.
        ("Possiamo suddividere la fattura n. 77/2026 in quattro rate mensili.", T),
        ("Vi går med på att ni delar upp betalningen i tre delar.", T),
        # fr: the account taken as settled for a smaller sum.
        (
            "Nous acceptons de considérer la facture comme réglée si vous payez 900,00 € au lieu de 1 200,00 €.",
            D,
        ),
        # vi: money given back, named by its sum.
        ("Chúng tôi sẽ hoàn lại 1.200.000 ₫ cho anh trong tuần này.", R),
    ],
)
def test_blocked_second_round(body: str, violation: Violation) -> None:
    assert violation in types(body)


@pytest.mark.parametrize(
    "body",
    [
        # ko: fault denied, instalments refused, our own credit team, a reminder, their request passed on.
        "이번 건은 저희 실수가 아닙니다.",
        "죄송하지만 분할 납부는 어렵습니다.",
        "저희 채권관리팀에서 확인 후 다시 연락드리겠습니다.",
        "청구서 HD-1180의 납부 독촉 안내입니다. 4월 30일까지 납부 부탁드립니다.",
        "요청하신 할인 건은 담당 과장님께 전달했습니다.",
        # ja: no discount, no instalments, our credit section, a reminder.
        "誠に恐れ入りますが、お値引きはいたしかねます。",
        "分割払いには対応いたしかねます。",
        "当組合の債権管理課よりご連絡いたします。",
        "督促状をお送りしております。4月末日までにお支払いください。",
        # cs: no extension, no discount, a firm reminder with "at the latest", the plan already agreed.
        "Splatnost bohužel neprodloužíme.",
        "Slevu Vám bohužel poskytnout nemůžeme.",
        "Prosíme o úhradu nejpozději do 30. 4. 2026, jinak zašleme další upomínku.",
        # es-AR: a street named for the courts; returns handled under the policy by a colleague.
        "Puede pasar por nuestra oficina de Av. de los Tribunales 220.",
        "Las devoluciones las gestiona el área de ventas según la política de devoluciones; ya le pasé su pedido a Laura.",
        # it: the customer's own legal department asking for a document.
        "Il vostro ufficio legale ci ha chiesto una copia del contratto firmato: la trova in allegato.",
        # nl: a fee that is not charged separately because it is already on the invoice.
        "De administratiekosten staan al op de factuur; u hoeft verder niets te doen.",
        # fr: the account closed once the whole balance is paid.
        "Nous considérerons votre compte comme soldé dès réception des 1 200,00 € dus.",
        # vi: a renewal invoice is no extension of time.
        "Hóa đơn gia hạn dịch vụ TC-88 có giá trị 12.000.000 ₫, vui lòng thanh toán trước ngày 31/3.",
    ],
)
def test_allowed_second_round(body: str) -> None:
    assert types(body) == set()


def test_an_argentine_cbu_with_valid_check_digits_is_sensitive_and_an_invoice_number_is_not() -> None:
    body = (
        "Hola Ana,\n\nTe paso los datos para transferir:\nCBU: 2850590940090412345677\n\nSaludos,\nCobranzas"
    )
    assert S in check_draft("Datos para transferir", body, reader=None).violations
    # One digit off fails the second block's check digit: a long reference, not an account.
    wrong = body.replace("2850590940090412345677", "2850590940090412345678")
    assert check_draft("Datos para transferir", wrong, reader=None).allowed


def test_another_company_with_a_balance_open_with_us_is_their_affairs_in_dutch() -> None:
    body = (
        "Beste mevrouw Peeters,\n\nZelfs Garage De Smet, die nog € 1.300,00 bij ons open heeft staan, reageert sneller."
        "\n\nMet vriendelijke groeten,\nAdministratie"
    )
    assert S in check_draft("Openstaande factuur", body, reader=None).violations
    own = body.replace(
        "Zelfs Garage De Smet, die nog € 1.300,00 bij ons open heeft staan, reageert sneller.",
        ("Factuur HP-1194 heeft nog € 1.300,00 bij ons open staan; wilt u die deze week betalen?"),
    )
    assert check_draft("Openstaande factuur", own, reader=None).allowed
