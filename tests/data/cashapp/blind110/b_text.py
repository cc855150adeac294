"""Reference / remittance text builders for set 402."""
from b_common import fmt_group

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def spell(rng, n, style=None):
    p7 = "%07d" % n
    styles = ["canon", "noprefix_dash", "nozero", "bare", "bare7", "spaced", "lower_slash", "ocr",
              "inv", "fatura", "hash", "mixed_case"]
    s = style or rng.choice(styles)
    if s == "canon": return "TBT-" + p7
    if s == "noprefix_dash": return "TBT" + p7
    if s == "nozero": return "TBT-%d" % n
    if s == "bare": return "%d" % n
    if s == "bare7": return p7
    if s == "spaced":
        return rng.choice(["TBT %s %s" % (p7[:4], p7[4:]), "TBT %s %s" % (str(n)[:2], str(n)[2:]),
                           "TBT %s %s %s" % (p7[:3], p7[3:5], p7[5:])])
    if s == "lower_slash": return rng.choice(["tbt/%d" % n, "tbt-%s" % p7, "tbt %d" % n])
    if s == "ocr":
        tr = {"0": "O", "1": "I", "5": "S", "8": "B"}
        idx = [i for i, c in enumerate(p7) if c in tr]
        rng.shuffle(idx)
        chars = list(p7)
        for i in idx[:rng.choice([1, 2, 3])]:
            chars[i] = tr[chars[i]]
        if sum(c.isdigit() for c in chars) < 3:
            return "TBT-" + p7
        return "TBT-" + "".join(chars)
    if s == "inv": return rng.choice(["INV %d" % n, "INV-%d" % n, "INV.NO.%d" % n, "Invoice %d" % n])
    if s == "fatura": return rng.choice(["FATURA NO:%d" % n, "FTR %d" % n, "FATURA %s" % p7])
    if s == "hash": return rng.choice(["INVOICE#%s" % p7, "#%d" % n, "No.%d" % n])
    if s == "mixed_case": return rng.choice(["Tbt-%s" % p7, "TbT %d" % n])
    raise ValueError(s)

def iban_tr(rng):
    d = digits(rng, 24)
    return "TR" + d[:2] + " " + " ".join(d[i:i + 4] for i in range(2, 26, 4)).strip()

def bank_text(rng, channel, payer, m=None, cur="USD"):
    """(reference, remittance) for one payment; m is the mention text (or None = no invoice mentioned)."""
    pm = (" " + m) if m else ""
    if channel == "eft":
        opts = [("FAST %s %s%s" % (digits(rng, 10), payer[:20], pm), None),
                ("EFT%s FATURA ODEMESI" % pm if m else "EFT ODEME %s" % payer[:18], None),
                (("%s NOLU FATURA BEDELI" % m) if m else "CARI HESAP ODEMESI", None),
                ("HAVALE/EFT GONDEREN IBAN %s ACIKLAMA%s" % (iban_tr(rng), pm if m else " ODEME"), None)]
    elif channel == "card":
        opts = [("POS SETTLEMENT MID %s %s%s" % (digits(rng, 4), digits(rng, 4), pm), None),
                ("CARD PAYOUT BATCH %s" % digits(rng, 10), ("Order note:%s" % pm) if m else None)]
    elif channel == "sepa":
        opts = [((m if m else "Zahlung"), None),
                (("Rechnung%s vom %02d.10.2026" % (pm, rng.randint(1, 28))) if m else "SEPA UEBERWEISUNG", None),
                ("SEPA CT %s" % digits(rng, 12), ("Payment advice:%s" % pm) if m else None),
                (("Facture%s" % pm) if m else None, None)]
    elif channel == "swift":
        opts = [(("/INV/%s" % m) if m else "/RFB/PAYMENT", ":71A:SHA ORDERING CUSTOMER %s" % payer[:30]),
                ("MT103 %s" % digits(rng, 16), (":70:INVOICE%s" % pm) if m else ":70:PAYMENT FOR GOODS")]
    elif channel == "lc":
        lc = "%s-%s-%s" % (digits(rng, 4), digits(rng, 2), digits(rng, 4))
        opts = [("LC %s PROCEEDS" % lc, ("NEGOTIATION UNDER LC %s BILL%s" % (lc, pm)) if m else "NEGOTIATION UNDER LC %s" % lc),
                ("IMPORT LC %s SETTLEMENT%s" % (lc, pm), None)]
    elif channel == "dc":
        dc = "%s/%s" % (digits(rng, 4), digits(rng, 4))
        opts = [("DOC COLL %s D/P" % dc, ("COLLECTION PROCEEDS INV%s" % pm) if m else "COLLECTION PROCEEDS"),
                ("DOCUMENTARY COLLECTION %s%s" % (dc, pm), None)]
    elif channel in ("fps", "bacs"):
        opts = [((m if m else payer[:18]), None),
                (("%s%s" % ("FP " if channel == "fps" else "BACS ", (m or "SUPPLIER RUN"))), ("Remittance advice: invoice%s paid" % pm) if m else None)]
    elif channel == "lockbox":
        opts = [("LOCKBOX 7734 BATCH %s ITEM %s" % (digits(rng, 4), digits(rng, 2)),
                 ("Check stub: Invoice%s" % pm) if m else "Check stub: no invoice listed")]
    elif channel == "ach":
        opts = [("ACH CCD %s%s" % (payer[:16], pm), None),
                ("ACH CTX %s" % digits(rng, 15), ("RMR*IV*%s**\\" % m) if m else None)]
    elif channel == "cheque":
        opts = [("CHQ %s" % digits(rng, 8), ("Invoice%s" % pm) if m else None)]
    elif channel == "uae":
        opts = [(("AANI%s" % pm) if m else "AANI TRANSFER", None),
                ("UAEFTS %s%s" % (digits(rng, 12), pm), None)]
    elif channel == "beftn":
        opts = [("BEFTN %s%s" % (digits(rng, 16), pm), None),
                ("BEFTN CREDIT %s" % payer[:20], ("Bill payment%s" % pm) if m else None)]
    elif channel == "rtgs":
        opts = [("RTGS %s%s" % (rng.choice(["DBBL", "EBL", "BRAC BANK", "CITY BANK"]), pm), None)]
    elif channel == "bkash":
        tx = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)) + digits(rng, 4)
        opts = [("bKash TrxID %s%s" % (tx, pm), None)]
    else:
        raise ValueError(channel)
    return rng.choice(opts)

DEDUCTION_TEXT = {  # (locale, template); locale "tr" Turkish EFT payers, "bd" Bangladesh, "en" anyone
    "bank_charges": [("en", "NET OF BANK CHARGES {c} {x}"), ("en", "INTERMEDIARY BANK DEDUCTED {c} {x}"),
                     ("en", "LC NEGOTIATION CHARGES {c} {x} DEDUCTED"), ("tr", "BANKA MASRAFI {x} DUSULMUSTUR"),
                     ("en", "CORRESPONDENT BANK FEE {c} {x}")],
    "withholding_tax": [("en", "LESS WHT {c} {x}"), ("bd", "AIT DEDUCTED AT SOURCE {c} {x}"), ("bd", "VDS/TDS DEDUCTED {x}"),
                        ("tr", "STOPAJ KESINTISI {x}")],
    "early_payment_discount": [("en", "LESS EARLY PAYMENT DISCOUNT {c} {x}"), ("tr", "ERKEN ODEME ISKONTOSU {x}"),
                               ("en", "PROMPT PAYMENT DISCOUNT TAKEN {c} {x}")],
    "damaged_goods": [("en", "LESS CLAIM FOR DAMAGED GOODS {c} {x}"), ("en", "QUALITY CLAIM DEFECTIVE PIECES {x}"),
                      ("tr", "HASARLI URUN IADESI {x}")],
    "late_shipment": [("en", "CHARGEBACK LATE SHIPMENT {c} {x}"), ("en", "LATE DELIVERY PENALTY {x}"),
                      ("en", "LATE SHIPMENT CHARGEBACK {c} {x} PER VENDOR MANUAL")],
    "fx_difference": [("en", "PAID FROM LOCAL CURRENCY ACCOUNT, FX CONVERSION DIFFERENCE {x}"),
                      ("tr", "KUR FARKI {x}"), ("en", "EXCHANGE RATE DIFFERENCE ON CONVERSION {c} {x}")],
}
PART_TEXT = [("en", "PART PAYMENT"), ("en", "INSTALMENT 1 OF 3"), ("en", "ON ACCOUNT"), ("tr", "KISMI ODEME"),
             ("tr", "TAKSIT 2/4"), ("en", "PARTIAL PAYMENT AS AGREED"), ("bd", "PART PAYMENT AGAINST BILL")]

def locale_of(c, cur):
    if cur == "TRY":
        return "tr"
    if cur == "BDT":
        return "bd"
    return "en"

def pick_text(rng, options, loc):
    opts = [t for l, t in options if l in (loc, "en")]
    if loc == "tr" and rng.random() < 0.7:
        opts = [t for l, t in options if l == "tr"] or opts
    return rng.choice(opts)

def deduction_line(rng, cat, minor, cur, loc="en"):
    return pick_text(rng, DEDUCTION_TEXT[cat], loc).format(c=cur, x=fmt_group(minor, cur, cur == "BDT"))
