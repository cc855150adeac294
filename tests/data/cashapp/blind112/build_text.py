"""Part 3 of build.py: bank texts, reference spellings, structured references (RF / QR / ESR)."""
from check import mod10_recursive


def core(number):
    return number.split("-")[1].lstrip("0")


def money_de(c):
    s = "{:,}".format(c // 100).replace(",", ".")
    return "%s,%02d" % (s, c % 100)


def money_ch(c):
    s = "{:,}".format(c // 100).replace(",", "'")
    return "%s.%02d" % (s, c % 100)


def money(c, cur):
    return money_ch(c) if cur == "CHF" else money_de(c)


def rf_reference(number):
    payload = number.split("-")[1]              # "00481234"
    s = payload + "RF00"
    num = "".join(str(int(ch, 36)) for ch in s)
    cc = 98 - int(num) % 97
    ref = "RF%02d%s" % (cc, payload)
    return ref


def rf_grouped(ref):
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


def qr_reference(number):
    d = core(number).rjust(26, "0")
    return d + mod10_recursive(d)


def qr_grouped(ref):
    return ref[:2] + " " + " ".join(ref[i:i + 5] for i in range(2, 27, 5))


def esr_codeline(number, amount_cents, rng):
    amt = "01" + ("%010d" % amount_cents)
    amt = amt + mod10_recursive(amt)
    part = "01%07d" % rng.randint(1000, 99999)
    part = part + mod10_recursive(part)
    return "%s>%s+ %s>" % (amt, qr_reference(number), part)


def ref_spelling(rng, number, cust_id):
    """A plain-text way of writing the invoice number, many bank styles."""
    c = core(number)
    pad = number.split("-")[1]
    opts = [
        number,
        "RE" + pad,
        c,
        "RE " + c,
        "Re.-Nr. " + c,
        "Rechnung " + number,
        "Rechnungsnr. " + pad,
        "RG " + c,
        "Rg.Nr.%s" % c,
        "INV-" + c,
        "Rechnung Nr. %s %s" % (pad[:4], pad[4:]),
        "re" + c,
        "Rechnung-Nr.:" + c,
        "Faktura %s" % c,
        "Rechnung %s Kd-Nr. %s" % (c, cust_id[2:]),
        "KD %s RE %s" % (cust_id[2:], number),
        "Beleg %s Danke" % pad,
    ]
    return rng.choice(opts)


def bank_wrap(rng, inner, channel):
    """Wrap a reference in the booking text a bank statement shows for the channel."""
    if channel == "sepa":
        return rng.choice([
            "SVWZ+%s EREF+NOTPROVIDED" % inner,
            "GUTSCHRIFT SEPA-UEBERWEISUNG SVWZ+%s" % inner,
            inner,
            "%s ABWA+Buchhaltung" % inner,
            "Verwendungszweck: %s" % inner,
        ])
    if channel == "instant":
        return "SEPA Echtzeitueberweisung %s" % inner
    if channel == "card":
        return rng.choice(["Kartenzahlung VISA *%d %s" % (rng.randint(1000, 9999), inner),
                           "Mastercard Online-Zahlung Ref. %s" % inner,
                           "DATATRANS TRX %d %s" % (rng.randint(10 ** 12, 10 ** 13 - 1), inner)])
    if channel == "twint":
        return "TWINT Zahlung %s" % inner
    if channel == "dd":
        return "SEPA-Basislastschrift Mandat MD-%d %s" % (rng.randint(10000, 99999), inner)
    if channel == "cheque":
        return "Scheckeinreichung Nr. %d %s" % (rng.randint(1000, 9999), inner)
    if channel == "ebics":
        return "Sammelgutschrift Posten: %s" % inner
    return inner


def remit_lines(invs, cur, bal, style):
    lines = []
    for i in invs:
        if style == 0:
            lines.append("Rechnung %s vom %s %s %s" % (i["number"], _de_date(i["issue_date"]), cur,
                                                       money(bal[i["id"]], cur)))
        elif style == 1:
            lines.append("%s; %s" % (i["number"], money(bal[i["id"]], cur)))
        else:
            lines.append("Beleg %s / Betrag %s" % (core(i["number"]), money(bal[i["id"]], cur)))
    return lines


def _de_date(iso):
    y, m, d = iso.split("-")
    return "%s.%s.%s" % (d, m, y)
