"""Reference spellings and bank-channel text."""
import re
from build_common import rng, rand_digits, rut, PREFIX, human

OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "2": "Z"}

STYLES = ["canonical", "no_dash", "no_prefix", "no_leading_zero", "prefix_no_zero", "lower_space",
          "spaced_digits", "word_factura", "hash", "boleto_parcel"]


def spell(number, style):
    d = number[len(PREFIX):]          # 0184523
    z = d.lstrip("0")
    if style == "canonical":
        return number
    if style == "no_dash":
        return "QL" + d
    if style == "no_prefix":
        return d
    if style == "no_leading_zero":
        return z
    if style == "prefix_no_zero":
        return "QL-" + z
    if style == "lower_space":
        return "ql " + d
    if style == "spaced_digits":
        return "QL " + d[:3] + " " + d[3:]
    if style == "word_factura":
        return rng.choice(["FACTURA ", "FACT ", "FAC ", "FV ", "NF "]) + rng.choice([z, d, number])
    if style == "hash":
        return "#" + z
    if style == "boleto_parcel":
        return z + "/01"
    raise ValueError(style)


def spell_ocr(number):
    d = number[len(PREFIX):]
    pos = [i for i, ch in enumerate(d) if ch in OCR]
    k = rng.randint(1, min(2, len(pos)))
    chosen = set(rng.sample(pos, k))
    out = "".join(OCR[ch] if i in chosen else ch for i, ch in enumerate(d))
    return rng.choice(["QL-", "QL", "QL "]) + out


BANKS = {
    "MXN": ["BBVA MEXICO", "BANORTE", "SANTANDER", "BANAMEX", "HSBC", "SCOTIABANK", "BANBAJIO"],
    "BRL": ["ITAU UNIBANCO", "BRADESCO", "BANCO DO BRASIL", "CAIXA ECONOMICA", "SANTANDER BRASIL", "SICREDI"],
    "COP": ["BANCOLOMBIA", "DAVIVIENDA", "BANCO DE BOGOTA", "BBVA COLOMBIA", "BANCO DE OCCIDENTE"],
    "CLP": ["BANCO DE CHILE", "BANCOESTADO", "SANTANDER CHILE", "BCI", "ITAU CHILE"],
    "PEN": ["BCP", "INTERBANK", "BBVA PERU", "SCOTIABANK PERU", "BANBIF"],
    "ARS": ["BANCO NACION", "GALICIA", "BANCO MACRO", "SANTANDER RIO", "BANCO CREDICOOP"],
    "USD": ["CITIBANK NA", "JPMORGAN CHASE", "BANK OF AMERICA", "BBVA MEXICO USD", "ITAU BBA"],
}


def channel_text(cur, payer, token, country=None):
    """(reference, channel) - a bank line with the token (may be None) embedded"""
    t = token or ""
    b = rng.choice(BANKS[cur])
    if cur == "MXN":
        ch = rng.choice(["spei", "spei", "spei", "cheque", "card"])
        if ch == "spei":
            clabe = rng.choice(["012", "072", "014", "002", "030"]) + rand_digits(15, "23456789")
            forms = ["SPEI RECIBIDO %s CLABE %s REF NUM %s CONCEPTO %s" % (b, clabe, rand_digits(7, "23456789"), t or "PAGO PROVEEDOR"),
                     "%s" % (t or "PAGO"),
                     "PAGO %s" % t if t else "PAGO SERVICIOS QUIMICOS",
                     "SPEI %s REF %s %s" % (b, rand_digits(7, "23456789"), t)]
            return rng.choice(forms).strip(), "spei"
        if ch == "cheque":
            return ("DEPOSITO CHEQUE %s %s %s" % (rand_digits(7, "23456789"), b, t)).strip(), "cheque"
        return ("COBRO TPV VISA AUT %s %s" % (rand_digits(6, "23456789"), t)).strip(), "card"
    if cur == "BRL":
        ch = rng.choice(["pix", "pix", "boleto", "ted"])
        if ch == "pix":
            e2e = "E" + rand_digits(8, "23456789") + "2026" + rand_digits(10, "23456789") + rng.choice(["abc", "xyz", "Kq", "Zt"])
            return ("PIX RECEBIDO %s %s" % (e2e, t)).strip(), "pix"
        if ch == "boleto":
            return ("LIQUIDACAO BOLETO NOSSO NUMERO %s SEU NUMERO %s" % (rand_digits(11, "23456789"), t)).strip(), "boleto"
        return ("TED RECEBIDA %s %s" % (b, t)).strip(), "ted"
    if cur == "COP":
        ch = rng.choice(["pse", "ach"])
        if ch == "pse":
            return ("PAGO PSE CUS %s %s REF1 %s" % (rand_digits(9, "23456789"), b, t)).strip(), "pse"
        return ("PAGO ACH %s %s" % (b, t)).strip(), "ach"
    if cur == "CLP":
        return ("TRANSFERENCIA DE %s %s %s" % (rut(), payer[:24], t)).strip(), "transferencia"
    if cur == "PEN":
        ch = rng.choice(["interbancaria", "deposito"])
        if ch == "interbancaria":
            return ("TRANSF INTERBANCARIA CCI 00%s %s" % (rand_digits(18, "23456789"), t)).strip(), "transferencia"
        return ("DEPOSITO EN CUENTA %s OP %s %s" % (b, rand_digits(8, "23456789"), t)).strip(), "deposito"
    if cur == "ARS":
        ch = rng.choice(["cbu", "echeq"])
        if ch == "cbu":
            return ("TRANSFERENCIA CBU %s %s" % (rand_digits(22, "23456789"), t)).strip(), "transferencia"
        return ("ECHEQ %s %s %s" % (rand_digits(8, "23456789"), b, t)).strip(), "echeq"
    ch = rng.choice(["wire", "wire", "swift"])
    if ch == "wire":
        return ("INCOMING WIRE %s /RFB/%s ORD %s" % (b, t, payer[:30])).strip(), "wire"
    return ("SWIFT MT103 FT26%s %s" % (rand_digits(8, "23456789"), t)).strip(), "wire"


def remit_line(number, amount, cur, style=None):
    br = cur == "BRL"
    amt = human(amount, cur, "br" if br else "mx")
    style = style or rng.choice(["canonical", "no_dash", "no_leading_zero", "no_prefix"])
    tok = spell(number, style)
    if br:
        return "NF %s - R$ %s" % (tok, amt)
    return "%s - %s %s" % (tok, cur, amt)


RUN = re.compile(r"\d+")


def noise_ok(text, cores, intended):
    """no digit run other than the intended tokens contains an invoice number core"""
    if not text:
        return True
    for m in RUN.finditer(text):
        r = m.group(0)
        s = r.lstrip("0")
        if s in intended:
            continue
        for L in (5, 6):
            for i in range(0, len(r) - L + 1):
                if r[i:i + L] in cores:
                    return False
    return True
