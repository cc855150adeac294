"""Bank-text and remittance builders. Noise never contains a 5-digit number or a rule keyword."""
from build_common import rng, fmt, fmt_comma, norm_name

SAFE = "ABCDEFGHJKMNPQRSTUVWXYZ"


def code(n=6):
    return "".join(rng.choice(SAFE) for _ in range(n))


def longnum(n=10):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def spell(inv):
    v = inv["value"]
    padded = "%07d" % v
    opts = [
        "INV-%s" % padded, "INV%s" % padded, "INV %s" % padded, "inv-%d" % v, "%d" % v, padded,
        "#%d" % v, "Invoice %d" % v, "INV-%d" % v, "Inv No. %s" % padded,
        "INV %s %s" % (padded[:4], padded[4:]), "INV-" + padded.replace("0", "O"),
        "invoice#%s" % padded, "IN V%d" % v, "Inv %d." % v,
    ]
    if "1" in str(v):
        opts.append("INV-" + padded.replace("0", "O").replace("1", "I"))
        opts.append("lNV " + padded.replace("1", "l"))
    return rng.choice(opts)


def bank_name(payer, limit=None):
    s = norm_name(payer)
    return s[:limit] if limit else s


def channel_single(inv, amount, payer, cur, extra_msg=None):
    """(reference, remittance) naming one invoice; extra_msg is appended to the remittance/message."""
    num = spell(inv)
    ch = rng.choice(["ccd", "ccd", "lockbox", "wire", "pcard", "etransfer" if cur == "CAD" else "ccd",
                     "eft" if cur == "CAD" else "lockbox", "email"])
    a = fmt_comma(amount)
    if ch == "ccd":
        ref = "ACH CREDIT CCD+ %s CO ID %s RMR*IV*%s*%s\\" % (bank_name(payer, 16), longnum(10), num, fmt(amount))
        rem = None
    elif ch == "lockbox":
        ref = "LOCKBOX 4471 CHQ %d" % rng.randint(100000, 399999)
        rem = "Remittance stub | %s | Invoice No. %s | Amount paid %s" % (payer, num, a)
    elif ch == "wire":
        ref = "INCOMING WIRE ORG %s OBI %s" % (bank_name(payer, 20), num)
        rem = None
    elif ch == "pcard":
        ref = "PCARD SETTLEMENT PO %d %s" % (rng.randint(4500000, 4599999), num)
        rem = "Purchase card payment, cardholder %s" % payer
    elif ch == "etransfer":
        ref = "INTERAC E-TRANSFER %s" % code(8)
        rem = "Message: %s %s merci" % (rng.choice(["payment for", "pour facture", "re", "paying"]), num)
    elif ch == "eft":
        ref = "EFT CREDIT %s PAY-REF %s" % (bank_name(payer, 18), num)
        rem = None
    else:
        ref = "ACH CREDIT CCD %s" % bank_name(payer, 16)
        rem = "Hello, please find payment of %s %s for %s. Regards, Accounts Payable" % (cur, a, num)
    if extra_msg:
        rem = (rem + ". " if rem else "") + extra_msg
    return ref, rem


def channel_multi(invs, amounts, payer, cur, extra_lines=()):
    ch = rng.choice(["ctx", "ctx", "stub", "email"])
    if ch == "ctx":
        ref = "ACH CREDIT CTX %s CO ID %s" % (bank_name(payer, 16), longnum(10))
        segs = ["RMR*IV*%s*%s\\" % (spell(i), fmt(a)) for i, a in zip(invs, amounts)]
        rem = "ISA*00*EDI820 " + " ".join(segs)
        if extra_lines:
            rem += " NTE*" + " ".join(extra_lines)
    elif ch == "stub":
        ref = "LOCKBOX 4471 CHQ %d" % rng.randint(100000, 399999)
        lines = ["%s  %s" % (spell(i), fmt_comma(a)) for i, a in zip(invs, amounts)]
        rem = "Remittance stub | %s | " % payer + " | ".join(lines + list(extra_lines))
    else:
        ref = rng.choice(["ACH CREDIT CCD %s" % bank_name(payer, 16), "INCOMING WIRE ORG %s" % bank_name(payer, 20)])
        names = ", ".join(spell(i) for i in invs)
        rem = "Payment covers invoices %s. %s" % (names, " ".join(extra_lines))
    return ref, rem.strip()


def channel_noref(payer, cur, amount):
    ch = rng.choice(["ccd", "lockbox", "etransfer" if cur == "CAD" else "ccd", "wire"])
    if ch == "ccd":
        return ("ACH CREDIT CCD %s %s" % (bank_name(payer, 16), rng.choice(["IT SERVICES", "VENDOR PMT", "AP PAYMENT", "MONTHLY SVCS"])),
                None)
    if ch == "lockbox":
        return ("LOCKBOX 4471 CHQ %d" % rng.randint(100000, 399999),
                rng.choice([None, "Remittance stub | %s | see attached | Amount paid %s" % (payer, fmt_comma(amount))]))
    if ch == "etransfer":
        return ("INTERAC E-TRANSFER %s" % code(8), "Message: " + rng.choice(["IT support thanks", "merci", "computers", "for services"]))
    return ("INCOMING WIRE ORG %s OBI %s" % (bank_name(payer, 20), rng.choice(["SERVICES", "PAYMENT", "VENDOR PAYMENT"])), None)
