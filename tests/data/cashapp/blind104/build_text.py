"""Part 2 of build.py: payment channels, reference spellings, subset search."""
from build_common import NUM_LO, NUM_HI, human


def digits(rng, n):
    """Noise digit string that can never read as an invoice numeral (>= 9 digits)."""
    assert n >= 9
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def spell(rng, numeral, ocr_ok=True):
    p = f"{numeral:06d}"
    opts = [f"INV-{p}", f"INV{p}", f"inv {numeral}", f"{numeral}", f"{p}", f"Invoice No. {numeral}",
            f"INV-{numeral}", f"#{numeral}", f"No.{p}", f"請求書番号{numeral}", f"发票号INV{p}",
            f"INV {p[:3]} {p[3:]}", f"{p[:2]} {p[2:]}", f"Inv.{numeral}", f"INV/{p}"]
    if ocr_ok:
        s = list(p)
        pos = [i for i, ch in enumerate(s) if ch in "01"]
        if pos:
            i = rng.choice(pos)
            s[i] = "O" if s[i] == "0" else "l"
            opts += [f"INV-{''.join(s)}", "".join(s)]
    return rng.choice(opts)


def channels_for(cur, country):
    if cur == "JPY":
        return ["zengin", "zengin", "zengin", "densai", "card"]
    if cur == "KRW":
        return ["va", "va", "note", "wire"]
    if cur == "TWD":
        return ["atm_va", "atm_va", "wire"]
    if cur == "HKD":
        return ["fps", "fps", "cheque", "card"]
    if cur == "CNY":
        return ["alipay", "wechat", "bank_cn", "bank_cn"]
    return ["tt", "tt", "tt", "card"]


def reference(rng, channel, numtxt, payer):
    """Bank reference line for a channel; numtxt may be None (no invoice number)."""
    n = (" " + numtxt) if numtxt else ""
    if channel == "zengin":
        return rng.choice([f"ﾌﾘｺﾐ{n} {payer}", f"ｾｲｷﾕｳ{n}", f"ﾌﾘｺﾐ {payer}{n}"]).strip()
    if channel == "densai":
        return f"でんさい 決済{n}"
    if channel == "card":
        return f"Card payment (Stripe){n}"
    if channel == "tt":
        return rng.choice([f"TT{digits(rng, 10)}{n}", f"/RFB/{numtxt or 'PAYMENT'}", f"SWIFT MT103{n}"])
    if channel == "va":
        return f"가상계좌 {digits(rng, 14)}{n}"
    if channel == "note":
        return f"전자어음 만기결제{n}"
    if channel == "wire":
        return f"WIRE TRF{n}"
    if channel == "atm_va":
        return f"ATM轉帳 虛擬帳號{digits(rng, 14)}{n}"
    if channel == "fps":
        return f"FPS FRN{digits(rng, 16)}{n}"
    if channel == "cheque":
        return f"LOCKBOX 7731 CHQ {rng.randint(100000, 999999)}{n}"
    if channel == "alipay":
        return f"支付宝商家转账 {digits(rng, 28)} 货款{n}"
    if channel == "wechat":
        return f"微信支付 {digits(rng, 28)}{n}"
    if channel == "bank_cn":
        return f"对公转账 货款{n}"
    raise ValueError(channel)


def known_id_channel(channel):
    """Does this channel normally tell us the customer?"""
    return channel in ("densai", "card", "va", "note", "atm_va", "cheque", "alipay", "wechat")


def subsets_with_sum(items, target, cap=50):
    """items: list of (key, amount>0). All subsets (as sorted key tuples) summing to target.
    Meet in the middle; returns up to cap subsets (enough to tell 0 / 1 / many)."""
    n = len(items)
    a, b = items[: n // 2], items[n // 2:]

    def enum(part):
        out = {}
        m = len(part)
        for mask in range(1 << m):
            s = 0
            for i in range(m):
                if mask >> i & 1:
                    s += part[i][1]
            if s <= target:
                out.setdefault(s, []).append(mask)
        return out
    ea, eb = enum(a), enum(b)
    res = []
    for s, masks in ea.items():
        other = eb.get(target - s)
        if not other:
            continue
        for ma in masks:
            for mb in other:
                keys = [a[i][0] for i in range(len(a)) if ma >> i & 1] + [b[i][0] for i in range(len(b)) if mb >> i & 1]
                if keys:
                    res.append(tuple(sorted(keys)))
                    if len(res) >= cap:
                        return res
    return res
