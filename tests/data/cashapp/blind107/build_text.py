"""Reference / remittance / payer-name text as the banks deliver it (part of build.py)."""

MINOR = {"JPY": 0, "KRW": 0, "USD": 2, "TWD": 2}
FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}


def money(units, cur):
    """Human amount with thousands separators (never a bare digit run)."""
    d = MINOR[cur]
    whole = units // 10 ** d
    s = "{:,}".format(whole)
    if d:
        s += ".%0*d" % (d, units % 10 ** d)
    sym = {"JPY": "¥", "KRW": "₩", "USD": "USD ", "TWD": "NT$"}[cur]
    return sym + s


def fullwidth(s):
    return "".join(FW.get(ch, ch) for ch in s)


def ocr(rng, number):
    pad = number.split("-")[1]
    out = []
    for ch in pad:
        if ch == "0" and rng.random() < 0.6:
            out.append("O")
        elif ch == "1" and rng.random() < 0.7:
            out.append(rng.choice("Il"))
        else:
            out.append(ch)
    s = "".join(out)
    if s == pad:
        s = "O" + pad[1:]
    return rng.choice(["INV-", "1NV-", "INV "]) + s


LOCAL_STYLES = {"JP": ["ja", "ja2"], "KR": ["ko"], "TW": ["zh"]}
COMMON = ["canonical", "noprefix_sep", "lower", "bare", "bare_padded", "prefix_nozeros", "prefix_space",
          "hash", "invoice_no", "fullwidth", "ocr", "spaced", "seven"]


def spell(rng, number, style=None, country=None):
    """One of many ways a payer writes invoice number INV-00583127."""
    pad = number.split("-")[1]
    c = str(int(pad))
    styles = {
        "canonical": number,
        "noprefix_sep": "INV" + pad,
        "lower": number.lower(),
        "bare": c,
        "bare_padded": pad,
        "prefix_nozeros": "INV-" + c,
        "prefix_space": "INV " + c,
        "hash": "INV#" + c,
        "invoice_no": "Invoice No. " + c,
        "ja": "請求書No." + pad,
        "ja2": "請求番号 " + c,
        "ko": "인보이스 " + c,
        "zh": "發票號碼 " + c,
        "fullwidth": fullwidth(number),
        "ocr": ocr(rng, number),
        "spaced": "INV - " + pad,
        "seven": "INV-0" + c,
    }
    if style is None:
        local = LOCAL_STYLES.get(country, [])
        if local and rng.random() < 0.3:
            style = rng.choice(local)
        else:
            style = rng.choice(COMMON)
        if style == "fullwidth" and country not in ("JP", "TW"):
            style = "canonical"
    return styles[style]


def typo(rng, number, exists):
    """A wrong spelling of the number that names no invoice at all."""
    c = str(int(number.split("-")[1]))
    for _ in range(50):
        kind = rng.choice(["swap", "sub", "drop"])
        k = rng.randrange(len(c) - 1)
        if kind == "swap":
            if c[k] == c[k + 1]:
                continue
            t = c[:k] + c[k + 1] + c[k] + c[k + 2:]
        elif kind == "sub":
            t = c[:k + 1] + rng.choice([d for d in "0123456789" if d != c[k + 1]]) + c[k + 2:]
        else:
            t = c[:k] + c[k + 1:]
        if t[0] != "0" and int(t) not in exists:
            return rng.choice(["INV-", "INV", "INV-00", ""]) + t
    return None


def channel_text(rng, cust, cur, refs, listing=None):
    """(payer_name, reference, remittance) for a payment naming `refs` (already spelled).

    listing: optional [(spelled number, units)] to put in a remittance advice."""
    ctry = cust["country"]
    r = " ".join(refs)
    payer = cust["bank"]
    rem = None
    if listing:
        lines = ["%s  %s" % (n, money(u, cur)) for n, u in listing]
        if ctry == "JP":
            head = rng.choice(["お支払明細書 %s" % cust["name"], "支払通知書 月末締め分", "お支払いのご案内"])
        elif ctry == "KR":
            head = rng.choice(["지급명세서", "대금 지급 내역", "Payment advice"])
        elif ctry == "TW":
            head = rng.choice(["付款通知", "Remittance advice"])
        else:
            head = rng.choice(["Remittance advice", "Payment details", "AP payment run"])
        rem = head + "\n" + "\n".join(lines)
        r = ""
    if ctry == "JP" and cur == "JPY":
        ref = rng.choice(["{r}", "ﾌﾘｺﾐ {r}", "EDI {r}", "{r} ｼﾊﾗｲ", "振込 {r}"]) if r else \
            rng.choice([None, "ｿｳｷﾝ", "ｼﾊﾗｲﾂｳﾁ ｻﾝｼﾖｳ", "ﾌﾘｺﾐ"])
    elif ctry == "KR" and cur == "KRW":
        ref = rng.choice(["{r}", "대금결제 {r}", "가상계좌입금 {r}", "물품대금 {r}", "{p} {r}"]) if r else \
            rng.choice([None, "대금결제", "가상계좌입금", "지급명세서 참조"])
    elif ctry == "TW" and cur == "TWD":
        ref = rng.choice(["貨款 {r}", "FISC TRF {r}", "{r}", "匯款 {r}"]) if r else \
            rng.choice([None, "貨款", "FISC TRF SEE ADVICE"])
    elif ctry == "US":
        ref = rng.choice(["ACH CCD {p} {r}", "WIRE TRF /RFB/{r}", "LOCKBOX 4471 CHK 3381 {r}",
                          "STRIPE CARD PAYMENT {r}", "{r}"]) if r else \
            rng.choice([None, "ACH CCD {p} PAYMENT", "LOCKBOX 4471 CHK 2207", "STRIPE CARD PAYMENT"])
    else:  # cross-border wire
        ref = rng.choice(["/RFB/{r}", "WIRE TRF ORG {p} RFB {r}", "SWIFT MT103 /INV/{r}", "{r}",
                          "PAYMENT {r}"]) if r else \
            rng.choice([None, "SWIFT MT103 SEE REMITTANCE", "WIRE TRF ORG {p}"])
    if ref is not None and not listing and any(w in ref for w in ("SEE", "ｼﾊﾗｲﾂｳﾁ", "참조")):
        ref = None
    if ref is not None:
        ref = ref.replace("{r}", r).replace("{p}", payer).strip()
        if not ref:
            ref = None
    return payer, ref, rem
