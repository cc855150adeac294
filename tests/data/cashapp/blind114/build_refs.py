"""Part of build.py: how Nordic payers and banks spell an invoice reference."""
from build_clerk import luhn_digit, fi731_digit, rf_check

BG_ACCOUNTS = ["BG 5893-0151", "BG 5050-1055"]
PG_ACCOUNT = "PG 48 12 35-7"


def core(inv):
    return str(int(inv["number"].split("-")[1]))


def plain_spellings(c):
    return [
        ("prefix", "NB-0" + c), ("prefix no dash", "NB0" + c), ("lower prefix", "nb " + c),
        ("bare number", c), ("leading zero kept", "0" + c),
        ("spaced digits", c[:3] + " " + c[3:]),
    ]


def spell_single(rng, inv, cust, inside_text=None):
    """-> (reference, remittance, spelling label)."""
    c = core(inv)
    cur = inv["currency"]
    opts = plain_spellings(c)
    if cur == "SEK":
        opts += [("Bankgiro OCR", c + luhn_digit(c)), ("faktura word", "Faktura " + c),
                 ("fakt.nr", "Fakt.nr 0" + c)]
    elif cur == "NOK":
        kid = "%04d" % cust["custno"] + c
        opts += [("KID", kid + luhn_digit(kid)), ("fakturanr", "Fakturanr. " + c)]
    elif cur == "DKK":
        pid = "%014d" % int(c)
        opts += [("FI-kort +71", "+71<%s%s<+88776655<" % (pid, luhn_digit(pid))),
                 ("faktura nr", "Faktura nr. " + c)]
    elif cur == "EUR":
        nat = c + fi731_digit(c)
        rf = "RF" + rf_check(nat) + nat
        spaced = " ".join([rf[i:i + 4] for i in range(0, len(rf), 4)])
        opts += [("FI national reference", nat), ("RF reference", rf),
                 ("RF reference spaced", spaced), ("lasku", "Lasku " + c)]
    elif cur == "ISK":
        opts += [("reikningur", "Reikningur " + c)]
    label, ref = rng.choice(opts)
    rem = None
    style = rng.random()
    if style < 0.25:
        ref = bank_wrap(rng, ref, inv, cust)
        label += " in bank text"
    elif style < 0.35:
        rem, ref = remit_sentence(rng, ref, cur), None
        label += " in remittance only"
    return ref, rem, label


def bank_wrap(rng, ref, inv, cust):
    cur = inv["currency"]
    short = cust["name"].upper()[:18]
    if cur == "SEK":
        return rng.choice(["%s INBET %s %s" % (rng.choice(BG_ACCOUNTS), short, ref),
                           "%s BETALNING %s" % (PG_ACCOUNT, ref),
                           "SWISH 123 456 78 90 MEDD: %s" % ref,
                           "INSATTNING %s /%s/" % (short, ref)])
    if cur == "NOK":
        return rng.choice(["Innbetaling %s %s" % (short, ref), "VIPPS BEDRIFT %s" % ref,
                           "Overføring fra %s Ref: %s" % (short, ref)])
    if cur == "DKK":
        return rng.choice(["MobilePay MyShop %s" % ref, "Overf. %s %s" % (short, ref),
                           "Indbetaling fra %s ref %s" % (short, ref)])
    if cur == "EUR":
        return rng.choice(["SEPA CT %s VIITE %s" % (short, ref), "TILISIIRTO %s %s" % (short, ref),
                           "/RFB/%s" % ref])
    return rng.choice(["Millifærsla %s %s" % (short, ref), "Greiðsla %s" % ref])


def remit_sentence(rng, ref, cur):
    return {
        "SEK": "Betalning avser %s. Mvh ekonomiavdelningen",
        "NOK": "Betaling gjelder %s. Vennlig hilsen regnskap",
        "DKK": "Betaling vedr. %s. Venlig hilsen bogholderiet",
        "EUR": "Maksu koskee %s. Ystävällisin terveisin talous",
        "ISK": "Greiðsla fyrir %s",
    }[cur] % ref


def spell_list(rng, invs):
    cur = invs[0]["currency"]
    cs = [core(i) for i in invs]
    style = rng.randrange(4)
    if style == 0:
        body = ", ".join(cs)
    elif style == 1:
        body = "; ".join("NB-0" + c for c in cs)
    elif style == 2:
        body = " ".join(cs)
    else:
        body = "\n".join("%s  %s" % ("NB-0" + c, i["balance"]) for c, i in zip(cs, invs))
    head = {"SEK": "Specifikation fakturor:", "NOK": "Spesifikasjon fakturaer:",
            "DKK": "Specifikation fakturaer:", "EUR": "Maksetut laskut:",
            "ISK": "Reikningar:"}[cur]
    if cur == "ISK" and style == 3:
        body = " ".join(cs)
    return head + " " + body
