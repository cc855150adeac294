"""Part 3 of build.py: how references, remittances and payer names are written."""
from build_part1_customers import NOISE_AU, NOISE_NZ
from build_part2_invoices import crn_for
from check import fold

def disp(c):
    return "{:,}".format(c // 100) + ".%02d" % (c % 100)

def ocr_spell(rng, core):
    s = list("0" + core)
    idx = [k for k, ch in enumerate(s) if ch in "015"]
    for k in rng.sample(idx, min(len(idx), rng.choice([1, 2]))):
        s[k] = {"0": "O", "1": rng.choice(["I", "l"]), "5": "S"}[s[k]]
    return rng.choice(["AGI-", "AGI", "", "AGl-"]) + "".join(s)

def spell(rng, core, style=None):
    n7 = "0" + core
    styles = [
        lambda: "AGI-" + n7, lambda: "AGI" + n7, lambda: "AGI " + n7, lambda: "agi-" + core,
        lambda: "AGI" + core, lambda: core, lambda: n7, lambda: "INV " + core, lambda: "Inv#" + n7,
        lambda: "INVOICE NO " + core, lambda: "Tax inv " + core, lambda: "AGI " + n7[:3] + " " + n7[3:],
        lambda: core[:3] + " " + core[3:], lambda: ocr_spell(rng, core), lambda: "AGI-" + n7,
    ]
    if style is None:
        return rng.choice(styles)()
    return styles[style]()

def noise(rng, cust):
    return rng.choice(NOISE_NZ if cust["country"] == "NZ" else NOISE_AU)

def payer_for(rng, cust, allow_null=True, alias_ok=True):
    """(payer_name, customer_id) as a bank feed would give them; customer always identifiable."""
    r = rng.random()
    up = cust["name"].upper()
    if r < 0.58 or not allow_null:
        if alias_ok and rng.random() < 0.25:
            return rng.choice(cust["aliases"]), cust["id"]
        return up, cust["id"]
    if r < 0.80:
        return (cust["name"] if rng.random() < 0.5 else up.replace("PTY LTD", "P/L")), None
    return up[:20].rstrip(), None

def channel_text(rng, cust, token, amount=None, crn_core=None, card=True):
    """reference, remittance carrying `token` (an invoice spelling) in a channel-typical way."""
    ctry, ccy = cust["country"], cust["currency"]
    if ccy == "USD":
        k = rng.choice(["tt", "tt2", "remit"])
        if k == "tt":
            return "/INV/%s/ FT24%sX%s" % (token, rng.choice("ABCDEFGH"), rng.choice("KLMNPQ")), None
        if k == "tt2":
            return "TT %s PAYMENT %s" % (cust["name"].upper()[:16], token), None
        return "SWIFT MT103", "Remittance advice: invoice %s%s" % (token, (" USD " + disp(amount)) if amount else "")
    if ctry == "NZ":
        k = rng.choice(["pcr", "pcr2", "pcr3", "ib"] + (["card"] if card else []))
        part = fold(cust["name"]).upper().replace(" ", "").replace("'", "")[:12]
        if k == "pcr":
            return "P:%s C:%s R:%s" % (part, token, noise(rng, cust)), None
        if k == "pcr2":
            return "PARTICULARS %s CODE %s REFERENCE %s" % (noise(rng, cust), part[:12], token), None
        if k == "pcr3":
            return "%s %s %s" % (token, noise(rng, cust), part), None
        if k == "ib":
            return token, None
        return "CARD STLMT %s" % token, "Card payment via portal incl. 1.5% surcharge; surcharge reversed" + ((", net " + disp(amount)) if amount else "")
    k = rng.choice(["bpay", "osko", "dc", "dc", "chq", "plain"] + (["card"] if card else []))
    if k == "bpay" and crn_core:
        return "BPAY CRN %s" % crn_for(cust, crn_core), None
    if k == "osko":
        return "OSKO PAYID %s %s" % (token, noise(rng, cust)), None
    if k == "dc":
        return "DIRECT CREDIT %04d %s %s %s" % (rng.randint(1000, 9999), cust["name"].upper()[:14], token, noise(rng, cust)), None
    if k == "chq":
        return "LOCKBOX 0%d CHQ %04d" % (rng.randint(1, 9), rng.randint(1000, 9999)), "Cheque remittance - pay invoice %s%s" % (token, (" $" + disp(amount)) if amount else "")
    if k == "card":
        return "CARD STLMT %s" % token, "Card payment incl. 1.2% surcharge; surcharge reversed on settlement"
    return token, None
