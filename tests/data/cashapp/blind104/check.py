"""Replay labels against invoices; check invariants and re-derive every label from the README decision rules.
Standard library only. Exit code 1 on any problem."""
import datetime as dt
import json
import os
import re
import sys
import unicodedata

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "east_asia_electronics")
DEC = {"JPY": 0, "KRW": 0, "TWD": 2, "HKD": 2, "CNY": 2, "USD": 2}
PART = ["part payment", "partial payment", "instalment", "installment", "内金", "分期", "부분입금"]
DEDUCT = [("bank charges", ["bank charge", "bank fee", "intermediary", "振込手数料", "手续费", "수수료", "匯費"]),
          ("withholding tax", ["withholding", "源泉"]),
          ("early payment discount", ["discount"]),
          ("damaged goods", ["damaged", "defective"])]
SYM = r"(?:JPY|KRW|TWD|HKD|CNY|USD|NT\$|HK\$|US\$|RMB)"
problems = []


def bad(msg):
    problems.append(msg)


def parse_amount(s, cur):
    if cur not in DEC or not isinstance(s, str):
        return None
    pat = r"^\d+$" if DEC[cur] == 0 else r"^\d+\.\d{2}$"
    if not re.match(pat, s):
        return None
    v = int(s.replace(".", ""))
    return v if v > 0 else None


def fmt(cur, v):
    return str(v) if DEC[cur] == 0 else f"{v // 100}.{v % 100:02d}"


def valid_date(s):
    try:
        return isinstance(s, str) and re.match(r"^\d{4}-\d{2}-\d{2}$", s) and dt.date.fromisoformat(s)
    except ValueError:
        return False


def numerals(text):
    """Invoice numerals a clerk reads in free text (see README, 'Reading references')."""
    if not text:
        return set()
    ch = list(text)
    changed = True
    while changed:
        changed = False
        for k, c in enumerate(ch):
            if c in "OoIl":
                p = ch[k - 1] if k else ""
                n = ch[k + 1] if k + 1 < len(ch) else ""
                if (p and p in "0123456789") or (n and n in "0123456789"):
                    ch[k] = "0" if c in "Oo" else "1"
                    changed = True
    t = "".join(ch)
    runs = []
    for m in re.finditer(r"[0-9]+", t):
        a, b = m.start(), m.end()
        if a >= 2 and t[a - 1] in ".," and t[a - 2].isdigit():
            continue
        if b + 1 < len(t) and t[b] in ".," and t[b + 1].isdigit():
            continue
        runs.append((a, b, m.group()))
    out = set()
    for x in range(len(runs)):
        s = runs[x][2]
        for y in range(x, min(x + 3, len(runs))):
            if y > x:
                if t[runs[y - 1][1]:runs[y][0]] != " ":
                    break
                s += runs[y][2]
            if 4 <= len(s) <= 8:
                out.add(int(s))
    return out


def norm_name(s):
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", s or "")).casefold()


def money_in(line, cur):
    m = re.search(SYM + r"\s?([\d,]+(?:\.\d{2})?)", line) or re.search(r"([\d,]+(?:\.\d{2})?)\s?(?:円|원|元)", line)
    if not m:
        return None
    s = m.group(1).replace(",", "")
    if DEC[cur] == 0:
        return int(s.split(".")[0]) if "." not in s or s.endswith(".00") else None
    return int(round(float(s) * 100))


def subsets(items, target, cap=50):
    n = len(items)
    a, b = items[: n // 2], items[n // 2:]

    def enum(part):
        out = {}
        for mask in range(1 << len(part)):
            s = sum(part[i][1] for i in range(len(part)) if mask >> i & 1)
            if s <= target:
                out.setdefault(s, []).append(mask)
        return out
    ea, eb = enum(a), enum(b)
    res = []
    for s, ms in ea.items():
        for ma in ms:
            for mb in eb.get(target - s, []):
                ks = [a[i][0] for i in range(len(a)) if ma >> i & 1] + [b[i][0] for i in range(len(b)) if mb >> i & 1]
                if ks:
                    res.append(frozenset(ks))
                    if len(res) >= cap:
                        return res
    return res


def main():
    inv = json.load(open(os.path.join(D, "invoices.json"), encoding="utf-8"))
    pays = json.load(open(os.path.join(D, "payments.json"), encoding="utf-8"))
    labs = json.load(open(os.path.join(D, "labels.json"), encoding="utf-8"))
    IF = {"id", "number", "customer_id", "customer_name", "currency", "total", "balance", "issue_date", "due_date"}
    PF = {"id", "date", "amount", "currency", "payer_name", "customer_id", "reference", "remittance"}
    byid = {i["id"]: i for i in inv}
    if len(byid) != len(inv):
        bad("duplicate invoice ids")
    bal = {}
    bynum = {}
    for i in inv:
        if set(i) != IF:
            bad(f"invoice fields {i['id']}")
        t, b = parse_amount(i["total"], i["currency"]), parse_amount(i["balance"], i["currency"])
        if t is None or b is None or b > t:
            bad(f"invoice amounts {i['id']}")
        bal[i["id"]] = b
        m = re.match(r"^INV-(\d{6})$", i["number"])
        if not m:
            bad(f"number {i['number']}")
        bynum.setdefault(int(m.group(1)), []).append(i["id"])
    if any(len(v) > 1 for v in bynum.values()):
        bad("duplicate invoice numbers")
    if not (1200 <= len(inv) <= 1600) or len(pays) != 400 or len(labs) != 400:
        bad("sizes")
    names = {}
    for i in inv:
        names.setdefault(norm_name(i["customer_name"]), set()).add(i["customer_id"])
    dates = [p["date"] for p in pays if valid_date(p["date"])]
    if dates != sorted(dates):
        bad("payments not oldest first")

    def opn(cid, cur):
        return [i for i in inv if i["customer_id"] == cid and i["currency"] == cur and bal[i["id"]] > 0]

    def order(sets):
        return [sorted(s, key=lambda x: (byid[x]["due_date"], byid[x]["number"]))
                for s in sorted(sets, key=lambda s: (len(s), min(byid[x]["due_date"] for x in s),
                                                     sorted(byid[x]["number"] for x in s)))]

    def exact(cid, cur, amt):
        return subsets([(i["id"], bal[i["id"]]) for i in opn(cid, cur)], amt)

    def singles(cur, amt):
        return order([frozenset([i["id"]]) for i in inv if i["currency"] == cur and bal[i["id"]] == amt])

    for p, L in zip(pays, labs):
        pid = p["id"]
        E = {"status": "review", "applications": [], "short_pay": None, "candidates": []}
        if set(p) != PF or L.get("payment_id") != pid:
            bad(f"{pid}: fields / order")
            continue
        cur = p["currency"]
        amt = parse_amount(p["amount"], cur)
        if amt is None or not valid_date(p["date"]):
            # R0 bad row
            if L["status"] != "review" or L["applications"] or L["candidates"] or not L.get("error"):
                bad(f"{pid}: bad row must be review with error")
            continue
        if L.get("error"):
            bad(f"{pid}: error on a good row")
        text = (p["reference"] or "") + "\n" + (p["remittance"] or "")
        refs = [bynum[n][0] for n in sorted(numerals(text)) if n in bynum]
        cid = p["customer_id"]
        how = "id" if cid else None
        if not cid:
            ns = names.get(norm_name(p["payer_name"]))
            if ns and len(ns) == 1:
                cid, how = next(iter(ns)), "name"
        if not cid and refs and len({byid[r]["customer_id"] for r in refs}) == 1:
            cid, how = byid[refs[0]]["customer_id"], "ref"
        strong = how in ("id", "name")
        apps, unap, short, cands = [], amt, None, []
        status = "review"
        if refs:
            rin = [byid[r] for r in refs]
            foreign = [r for r in rin if r["customer_id"] != cid]
            wrongcur = [r for r in rin if r["currency"] != cur]
            open_refs = [r["id"] for r in rin if bal[r["id"]] > 0]
            if foreign or not cid:
                cands = order(exact(cid, cur, amt)) if cid else singles(cur, amt)
            elif wrongcur:
                cands = order(exact(cid, cur, amt))
            elif not open_refs:
                if strong:
                    status = "unapplied"
                else:
                    cands = order(exact(cid, cur, amt))
            elif len(open_refs) != len(rin):
                cands = [order([frozenset(open_refs)])[0]]
            else:
                S = sum(bal[x] for x in open_refs)
                rset = frozenset(open_refs)
                base = [order([rset])[0]]
                others = [s for s in order(exact(cid, cur, amt)) if frozenset(s) != rset]
                cands = base + others
                lines = (p["remittance"] or "").splitlines()
                low = text.lower()
                if amt == S:
                    status, apps, unap = "applied", [(x, bal[x]) for x in order([rset])[0]], 0
                elif not strong:
                    pass
                elif amt > S:
                    other_bal = {bal[i["id"]] for i in opn(cid, cur) if i["id"] not in rset}
                    if not exact(cid, cur, amt) and (amt - S) not in other_bal:
                        status, apps, unap = "unapplied", [(x, bal[x]) for x in order([rset])[0]], amt - S
                elif len(open_refs) == 1:
                    x = open_refs[0]
                    ded = None
                    for ln in lines:
                        for reason, kws in DEDUCT:
                            if any(k in ln.lower() for k in kws):
                                v = money_in(ln, cur)
                                if v is None:
                                    m = re.search(r"(\d+(?:\.\d+)?)\s*%", ln)
                                    if m and (bal[x] * float(m.group(1))) % 100 == 0:
                                        v = int(bal[x] * float(m.group(1)) / 100)
                                ded = (reason, v)
                                break
                        if ded:
                            break
                    if ded and ded[1] == S - amt:
                        status, apps, unap, short = "partial", [(x, amt)], 0, (x, S - amt, ded[0])
                    elif not ded and any(k in low for k in PART):
                        status, apps, unap = "partial", [(x, amt)], 0
            if status != "review":
                cands = []
        else:
            if not cid:
                cands = singles(cur, amt)
            else:
                here = opn(cid, cur)
                elsewhere = [i for i in inv if i["customer_id"] == cid and bal[i["id"]] > 0 and i["currency"] != cur]
                subs = exact(cid, cur, amt) if here else []
                if not here and elsewhere:
                    cands = []
                elif len(subs) == 1:
                    status, apps, unap = "applied", [(x, bal[x]) for x in order(subs)[0]], 0
                elif len(subs) > 1:
                    cands = order(subs)
                else:
                    status = "unapplied"
        cands = cands[:5]
        # ---- compare with the label
        want = {"status": status, "applications": [{"invoice_id": x, "amount": fmt(cur, a)} for x, a in apps],
                "unapplied": fmt(cur, unap),
                "short_pay": None if not short else {"invoice_id": short[0], "amount": fmt(cur, short[1]), "reason": short[2]},
                "candidates": cands}
        for k, v in want.items():
            if L.get(k) != v:
                bad(f"{pid} [{L.get('scenario')}]: {k} label={L.get(k)!r} rule={v!r}")
        # ---- invariants on the label itself, then replay
        tot = 0
        for a in L["applications"]:
            i = byid.get(a["invoice_id"])
            v = parse_amount(a["amount"], cur)
            if not i or i["currency"] != cur or v is None or v > bal[i["id"]]:
                bad(f"{pid}: bad application {a}")
                continue
            tot += v
        u = parse_amount(L["unapplied"], cur) if L["unapplied"] not in ("0", "0.00") else 0
        if u is None or tot + u != amt:
            bad(f"{pid}: applications + unapplied != amount")
        if L["status"] == "review" and L["applications"]:
            bad(f"{pid}: review with applications")
        for s in L["candidates"]:
            for x in s:
                i = byid.get(x)
                if not i or i["currency"] != cur or bal[x] <= 0 or (cid and strong and i["customer_id"] != cid):
                    bad(f"{pid}: candidate {x} not an open invoice of the right customer/currency")
        if L["status"] == "partial" and not any(bal[a["invoice_id"]] > parse_amount(a["amount"], cur) for a in L["applications"]):
            bad(f"{pid}: partial leaves nothing open")
        if L["short_pay"] and L["status"] != "partial":
            bad(f"{pid}: short_pay outside partial")
        for a in L["applications"]:
            bal[a["invoice_id"]] -= parse_amount(a["amount"], cur)
            if bal[a["invoice_id"]] < 0:
                bad(f"{pid}: invoice past zero")
    for msg in problems[:60]:
        print("PROBLEM", msg)
    print(f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
