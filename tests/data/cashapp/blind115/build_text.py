"""Part 2 of build.py: how banks and remittances write numbers, names and amounts."""
import unicodedata

SYM = {"GBP": "\u00a3", "EUR": "\u20ac", "USD": "$"}


def money(c, ccy, style=None):
    s = "{:,}.{:02d}".format(c // 100, c % 100)
    if style == "code":
        return "%s %s" % (ccy, s)
    return SYM.get(ccy, ccy + " ") + s


def ascii_upper(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).upper()


def core(number):
    return int(number.split("-")[1])


SPELLINGS = ["canon", "nohyphen", "space", "bare", "nozeros", "prefix_nozeros", "lower", "ocr_o", "ocr_i", "ocr_l"]


def spell(number, rng, style=None):
    """Return (text, style) for invoice number INV-0nnnnn."""
    style = style or rng.choice(SPELLINGS)
    six = number.split("-")[1]
    five = str(int(six))
    if style == "canon":
        t = number
    elif style == "nohyphen":
        t = "INV" + six
    elif style == "space":
        t = "INV " + six
    elif style == "bare":
        t = six
    elif style == "nozeros":
        t = five
    elif style == "prefix_nozeros":
        t = "INV-" + five
    elif style == "lower":
        t = rng.choice(["inv", "Inv ", "inv-", "Inv no. "]) + rng.choice([six, five])
    elif style == "ocr_o":  # zero read as letter O
        t = "INV-" + six.replace("0", "O", 1)
    elif style == "ocr_i":  # one read as letter I, and the I of INV read as 1
        t = "1NV" + six.replace("1", "I", 1)
    else:  # lower-case l for 1
        t = "INV " + six.replace("1", "l", 1)
    return t, style


def bank_payer(name, rng):
    """How a bank statement shows the payer (uppercase, maybe cut at 18)."""
    n = ascii_upper(name).replace("'", "")
    if rng.random() < 0.4:
        n = n[:18].rstrip()
    return n


def bacs_ref(parts, limit=18):
    """Join parts into an uppercase reference not longer than `limit`; the
    last part (the number) is kept whole."""
    parts = [p for p in parts if p]
    num = parts[-1]
    head = " ".join(parts[:-1])
    ref = (head + " " + num).strip() if head else num
    if len(ref) > limit:
        room = limit - len(num) - 1
        ref = (head[:room].rstrip() + " " + num) if room > 2 else num
    return ref


NO_NUMBER_REFS = ["SUPPLIER PAYMENT", "BACS PAYMENT", "PAYMENT RUN", "SUBCONTRACT PMT", "M AND E WORKS",
                  "VALUATION PAYMENT", "PAYMENT NOTICE", "SEE REMITTANCE", "FP TRANSFER", "ACCOUNTS PAYABLE"]


def short_name(name):
    return ascii_upper(name).replace("'", "").split()[0][:10]


def remittance_list(payer, lines, ccy, rng, total=None, header=None):
    """A remittance advice listing (number text, cents) lines."""
    head = header or rng.choice(["REMITTANCE ADVICE", "Remittance advice", "Payment advice", "BACS remittance"])
    out = [head, "From: %s" % payer]
    if rng.random() < 0.5:
        out.append("Subcontract order SC/%d" % rng.randint(1000, 9999))
    for t, c in lines:
        out.append("%s    %s" % (t, money(c, ccy)))
    if total is not None:
        out.append("Total paid %s" % money(total, ccy))
    return "\n".join(out)
