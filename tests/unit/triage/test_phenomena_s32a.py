"""Session 32a (blind 304/315/317): the writer's own claim set off against the invoice (Hebrew, French, Polish); the
Hebrew "and we will not pay" with its conjunction written on; the Arabic future after "and"; a Chinese payment put
into a run still ahead; a Chinese order cancelled before work began; a supplier registration asked for in Latvian,
Lithuanian and Finnish; the Lithuanian and Polish preposition "po", which names no purchase order. Each with a near
miss."""

from __future__ import annotations

from datetime import date

from tests.unit.triage.mail import dates, read

_MON = "Mon, 13 Apr 2026 09:30:00 +0300"  # a Monday


def test_a_hebrew_set_off_of_our_damage_claim_disputes_the_invoice() -> None:
    got = read(
        "שלום,\n\nהטכנאי שלכם שבר את דלת הזכוכית בלובי. אנחנו מקזזים את עלות ההחלפה מהחשבונית ולא נשלם אותה "
        "עד לקבלת תשובה מכם.\n\nתודה",
        date_header=_MON,
    )
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == "other"
    # a payment stated without any set-off stays a promise
    near = read("שלום,\n\nנשלם את החשבונית ביום חמישי.\n\nתודה", date_header=_MON)
    assert near["intent"] == "promise_to_pay"


def test_a_set_off_in_french_and_polish_disputes_the_invoice() -> None:
    fr = read(
        "Bonjour,\n\nVotre camion a abîmé notre portail ; nous compensons les frais de réparation avec votre facture "
        "INV-1234.\n\nCordialement",
        date_header=_MON,
    )
    assert fr["intent"] == "dispute"
    pl = read(
        "Dzień dobry,\n\nKoszt naprawy bramy potrącamy z Państwa należności.\n\nPozdrawiam",
        date_header=_MON,
    )
    assert pl["intent"] == "dispute"
    # paying the invoice in full, no deduction, is a promise
    near = read(
        "Bonjour,\n\nNous réglerons votre facture INV-1234 vendredi.\n\nCordialement", date_header=_MON
    )
    assert near["intent"] == "promise_to_pay"


def test_the_arabic_future_after_and_is_a_promise() -> None:
    got = read(
        "مرحبا،\n\nراجعنا الفاتورة INV-1234 وسنقوم بسداد المبلغ يوم الخميس القادم.\n\nشكرا",
        date_header=_MON,
    )
    assert got["intent"] == "promise_to_pay"
    # "and we will not pay" carries no "س": no promise
    near = read("مرحبا،\n\nراجعنا الفاتورة INV-1234 ولن ندفع المبلغ.\n\nشكرا", date_header=_MON)
    assert near["intent"] != "promise_to_pay"


def test_a_chinese_payment_put_into_a_run_still_ahead_is_a_promise() -> None:
    got = read("您好:\n\nINV-1234 的款項已安排在下週三的付款批次中匯出。\n\n謝謝", date_header=_MON)
    assert got["intent"] == "promise_to_pay"
    assert got["paid_date"] is None
    # a transfer already made is a payment made
    near = read("您好:\n\nINV-1234 的款項已於上週五匯出。\n\n謝謝", date_header=_MON)
    assert near["intent"] == "paid_claim"


def test_a_chinese_order_cancelled_before_work_began_disputes_the_invoice() -> None:
    got = read(
        "您好:\n\n這筆海報訂單我們在三月初已經來電取消,工廠也還沒開始生產,所以不應請款,麻煩作廢這張發票。\n\n謝謝",
        date_header=_MON,
    )
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == "cancelled"
    # an order confirmed and a payment date given is no dispute
    near = read("您好:\n\n這筆訂單已確認,我們下週五付款。\n\n謝謝", date_header=_MON)
    assert near["intent"] == "promise_to_pay"


def test_a_supplier_registration_asked_for_in_baltic_and_finnish_is_a_billing_update() -> None:
    lv = read(
        "Labdien,\n\nPirms apmaksas lūdzam aizpildīt mūsu piegādātāja reģistrācijas veidlapu.\n\nAr cieņu",
        date_header=_MON,
    )
    assert lv["intent"] == "billing_update"
    lt = read(
        "Laba diena,\n\nPrieš apmokėdami turime gauti užpildytą tiekėjo anketą.\n\nPagarbiai",
        date_header=_MON,
    )
    assert lt["intent"] == "billing_update"
    fi = read(
        "Hei,\n\nYrityksenne pitää ensin lisätä toimittajarekisteriimme, täyttäkää liitteenä oleva lomake.\n\nTerveisin",
        date_header=_MON,
    )
    assert fi["intent"] == "billing_update"
    # the supplier named with no form or registration asks for no change
    near = read("Labdien,\n\nMūsu piegādātājs jau atbildēja.\n\nAr cieņu", date_header=_MON)
    assert near["intent"] != "billing_update"


def test_the_preposition_po_names_no_purchase_order() -> None:
    lt = read(
        "Laba diena,\n\nGal galite man paskambinti rytoj po dešimtos? Mano tel. +370 600 00000.\n\nAčiū",
        date_header=_MON,
    )
    assert lt["intent"] != "billing_update"
    # a purchase order number wanted on the invoice is still one
    near = read(
        "Laba diena,\n\nSąskaitoje trūksta mūsų PO 4500-1234, prašome išrašyti naują.\n\nAčiū",
        date_header=_MON,
    )
    assert near["intent"] == "billing_update"


def test_the_end_of_a_named_month_in_greek_polish_and_czech() -> None:
    today = date(2026, 4, 13)
    assert dates("θα πληρώσουμε στα τέλη Ιουνίου", today=today) == [date(2026, 6, 30)]
    assert dates("zapłacimy do końca lipca", today=today) == [date(2026, 7, 31)]
    assert dates("zaplatíme do konce června", today=today) == [date(2026, 6, 30)]
    # the end with no month named is no named month's end
    assert dates("στο τέλος της συνάντησης", today=today) == []


def test_fewer_billed_than_worked_with_only_in_romanian_is_a_quantity_dispute() -> None:
    got = read(
        "Bună ziua,\n\nNe-ați facturat 5 ore de service, dar tehnicianul a stat la noi doar 3 ore. Vă rugăm să "
        "corectați factura INV-1234.\n\nCu stimă",
        date_header=_MON,
    )
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == "quantity"
    # "only" before a sum is a part payment offered, not a count contested
    near = read("Bună ziua,\n\nPutem plăti doar 500 lei vineri.\n\nCu stimă", date_header=_MON)
    assert near["intent"] != "dispute"


def test_goods_never_delivered_in_finnish_is_not_received() -> None:
    got = read(
        "Hei,\n\nlaskulla INV-1234 on neljä hyllyä, mutta niitä ei ole toimitettu meille vieläkään.\n\nTerveisin",
        date_header=_MON,
    )
    assert got["intent"] == "dispute"
    assert got["dispute_reason"] == "not_received"
    # the goods delivered, the payment promised: no dispute
    near = read("Hei,\n\nhyllyt on toimitettu, maksamme laskun perjantaina.\n\nTerveisin", date_header=_MON)
    assert near["intent"] == "promise_to_pay"


def test_a_payment_reference_labelled_in_lithuanian_and_finnish_is_kept_whole() -> None:
    lt = read(
        "Laba diena,\n\nsąskaitą INV-1234 apmokėjome vakar. Mokėjimo nuoroda: AB-2026-0412-9.\n\nPagarbiai",
        date_header=_MON,
    )
    assert lt["intent"] == "paid_claim"
    assert lt["payment_reference"] == "AB-2026-0412-9"
    fi = read(
        "Hei,\n\nmaksoimme laskun INV-1234 perjantaina, käytimme viitettä RF71 4400 1230 88.\n\nTerveisin",
        date_header=_MON,
    )
    assert fi["payment_reference"] == "RF71 4400 1230 88"
    # a payment promised carries no reference
    near = read("Hei,\n\nmaksamme laskun INV-1234 perjantaina.\n\nTerveisin", date_header=_MON)
    assert near["payment_reference"] is None


def test_dates_in_malay_greek_japanese_and_a_finnish_return() -> None:
    today = date(2026, 3, 2)  # a Monday
    assert dates("akan dibayar dalam masa tiga minggu", today=today) == [date(2026, 3, 23)]
    assert dates("θα επιστρέψω την Πέμπτη της επόμενης εβδομάδας", today=today) == [date(2026, 3, 12)]
    assert dates("来月15日にお振込みします", today=today) == [date(2026, 4, 15)]
    # "τρίτη" with no week named is "third", no weekday
    assert dates("η τρίτη δόση", today=today) == []
    got = read(
        "Olen lomalla ja palaan toimistolle 9. maaliskuuta.",
        date_header="Mon, 2 Mar 2026 08:00:00 +0200",
    )
    assert got["intent"] == "out_of_office"
    assert got["return_date"] == "2026-03-09"
