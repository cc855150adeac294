"""Reference spellings and bank-channel texts for blind set 409 (imported by build.py)."""
from build_core import noise_digits

OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def spell(number, rng, style=None):
    """One way a payer writes invoice number INV-0040123. Returns (text, style)."""
    d7 = number[4:]
    core = d7.lstrip("0")
    styles = {
        "canonical": "INV-" + d7,
        "no_dash": "INV" + d7,
        "space": "INV " + d7,
        "lower": "inv-" + d7,
        "digits_only": d7,
        "zeros_dropped": core,
        "prefix_zeros_dropped": "INV-" + core,
        "nodash_zeros_dropped": "INV" + core,
        "hash": "INV#" + core,
        "inv_no": "INV NO " + core,
        "invoice_word": "Invoice " + d7,
        "split_digits": "INV-" + d7[:3] + " " + d7[3:],
        "split_digits2": "INV " + d7[:4] + " " + d7[4:],
        "ocr": None,
    }
    if style is None:
        style = rng.choice(list(styles))
    if style == "ocr":
        base = rng.choice(["INV-" + d7, "INV" + d7, "INV " + d7])
        out = []
        changed = False
        for ch in base:
            if ch in OCR and ch != "-" and rng.random() < 0.5:
                out.append(OCR[ch])
                changed = True
            else:
                out.append(ch)
        if not changed:
            out[base.index("0")] = "O"
        return "".join(out), style
    return styles[style], style


def channel(cur, rng, r, cust=None):
    """Bank reference text wrapping r (may be '' when no invoice number is given)."""
    n = lambda k: noise_digits(rng, k)
    t = {
        "SGD": ["FAST {n6} {r}", "GIRO {r} {n8}", "IBG {r}", "{r}", "OTHR TRF {n6} {r}"],
        "MYR": ["DUITNOW {n10} {r}", "IBG CR {r}", "FPX {n12} {r}", "JOMPAY {n6} REF1 {r}", "{r}"],
        "THB": ["PROMPTPAY {n10} {r}", "ORFT {r}", "SMART CR {r}", "BAHTNET {n8} {r}", "{r}"],
        "IDR": ["TRSF E-BANKING CR {n4}/{n6} {r}", "RTGS {r}", "SKN {r} {n6}", "VA {n12} {r}", "{r}"],
        "PHP": ["INSTAPAY {n12} {r}", "PESONET {r}", "FUND TRANSFER {r}", "{r}"],
        "VND": ["NAPAS {n8} TT HD {r}", "IBFT {r} {n6}", "CK THANH TOAN {r}", "{r}"],
        "USD": ["MT103 {n10} /RFB/{r}", "SWIFT TT {r} OUR", "TT REF {n8} {r}", "{r}"],
    }[cur]
    tpl = rng.choice(t)
    if cur == "SGD" and cust is not None and cust.get("uen") and rng.random() < 0.4:
        tpl = "PAYNOW-UEN " + cust["uen"] + " {r}"
    s = tpl.format(r=r, n4=n(4), n6=n(6), n8=n(8), n10=n(10), n12=n(12))
    return " ".join(s.split()) or None


def bank_payer(cust, rng):
    """Payer name as the bank shows it for a known customer (customer_id usually given)."""
    name = cust["name"]
    v = rng.random()
    if v < 0.4:
        return name
    if v < 0.8:
        return name.upper()
    return "".join(ch for ch in name.upper() if ch.isalnum() or ch == " ")


def generic_reference(cur, rng):
    """A reference with no invoice number in it."""
    word = rng.choice(["PAYMENT", "INVOICE PAYMENT", "AP PAYMENT", "SUPPLIER PMT", "WAREHOUSE FEES",
                       "LOGISTICS CHARGES", "FREIGHT", "TRF"])
    return channel(cur, rng, word)
