#!/usr/bin/env python3
"""Blind cash-application ledger: AU/NZ building-trades supplier. Stdlib only, fixed seed."""
import json, os, random, unicodedata, datetime as dt
from decimal import Decimal as D
from collections import Counter

R = random.Random(23517)
HERE = os.path.dirname(os.path.abspath(__file__))
Q = D("0.01")
def m(x): return D(x).quantize(Q)
def s(x): return str(m(x))
def fmt_money(x): return "{:,.2f}".format(m(x))

# ---------------- stage 1: customers ----------------
AU_SUR = ["Whitlam", "Kowalski", "Nguyen", "Papadopoulos", "Fraser", "O'Brien", "Ridgeway", "Castellano", "McAllister",
          "Tran", "Henderson", "Blackwood", "Stirling", "Murray River", "Ironbark", "Coolabah", "Bellbird", "Wattle Grove",
          "Harbourside", "Red Gum", "Banksia", "Karri", "Yarra Bend", "Southern Cross", "Bayside", "Kingfisher",
          "Greenhill", "Sandstone", "Macquarie", "Bluewren", "Lachlan", "Darling Downs", "Cockatoo", "Jarrah", "Ashby",
          "Fitzgerald", "Delacroix", "Singh", "Ostrowski", "Mancini", "Halloran", "Pemberton", "Eucalypt", "Tasman Ridge"]
AU_SUF = ["Building Pty Ltd", "Constructions Pty Ltd", "Carpentry", "Plumbing & Gas Pty Ltd", "Roofing Pty Ltd",
          "Homes Pty Ltd", "Renovations", "Framing Co", "Decks & Pergolas", "Builders Pty Ltd"]
NZ_NAMES = ["Te Whare Hanga Ltd", "Kāinga Builders Ltd", "Ngā Kaihanga Construction Ltd", "Whānau Homes Ltd",
            "Tāmaki Plumbing Ltd", "Ōtautahi Roofing Ltd", "Waitematā Joinery Ltd", "Mahi Tahi Builders Ltd",
            "Aoraki Framing Ltd", "Kōwhai Drainage Ltd", "Pūriri Construction Ltd", "Tōtara Decks Ltd",
            "Rangitoto Renovations Ltd", "Harakeke Homes Ltd", "Mānuka Building Co", "Taupō Timber Frames Ltd",
            "Southern Alps Builders Ltd", "Kapiti Coast Plumbing Ltd", "Hutt Valley Carpentry Ltd",
            "Waikato Build Group Ltd", "Ōhope Bach Builders Ltd", "Te Awa Contracting Ltd", "Matariki Homes Ltd",
            "Kererū Roofing Ltd", "Pōhutukawa Builders Ltd", "McKenzie & Rangi Construction Ltd",
            "Whakatāne Plumbing Ltd", "Tūī Property Maintenance Ltd", "Hokianga Builders Ltd", "Aroha Renovations Ltd",
            "Nelson Bays Framing Ltd", "Otago Stonemasons Ltd", "Rimu Joinery Ltd", "Kauri Coast Construction Ltd"]

def ascii_upper(name):
    n = unicodedata.normalize("NFKD", name)
    return "".join(c for c in n if not unicodedata.combining(c)).upper().replace("'", "")

customers = []
used = set()
cid = 3100
for i in range(78):
    while True:
        nm = R.choice(AU_SUR) + " " + R.choice(AU_SUF)
        if nm not in used: break
    used.add(nm); cid += R.randint(1, 9)
    customers.append({"id": "C%05d" % cid, "name": nm, "cur": "AUD"})
for nm in NZ_NAMES:
    cid += R.randint(1, 9)
    customers.append({"id": "C%05d" % cid, "name": nm, "cur": "NZD"})
# deliberately confusable pair (same 16-char bank name), both AUD
for nm in ["Coastline Constructions Pty Ltd", "Coastline Construction Services"]:
    cid += R.randint(1, 9)
    customers.append({"id": "C%05d" % cid, "name": nm, "cur": "AUD"})
CONFUSE = customers[-2:]

def bank_name(c):
    up = ascii_upper(c["name"])
    if c["cur"] == "AUD":
        return up.replace(" PTY LTD", " P/L")[:16] if R.random() < 0.4 else up[:16]
    return up[:20] if R.random() < 0.6 else c["name"][:20]

# ---------------- stage 1: invoices ----------------
START = dt.date(2026, 6, 1)
events = []
for c in customers:
    small = R.random() < 0.25
    n = R.randint(2, 4) if small else R.randint(8, 22)
    for k in range(n):
        d = START + dt.timedelta(days=R.randint(0, 118))
        run = 1 if R.random() > 0.08 else R.randint(3, 4)
        events.append((d, R.random(), c, run))
events.sort(key=lambda e: (e[0], e[1]))
invoices = []; by_id = {}; by_num = {}
num = 104000
def amount_for():
    r = R.random()
    if r < 0.55: return m(D(R.randint(4500, 250000)) / 100)
    if r < 0.9: return m(D(R.randint(250000, 1200000)) / 100)
    return m(D(R.randint(1200000, 4800000)) / 100)
seq = 0
def make_invoice(c, d, number, total=None, balance=None):
    global seq
    seq += 1
    total = total if total is not None else amount_for()
    bal = balance if balance is not None else total
    terms = 30 if c["cur"] == "AUD" else 20
    inv = {"id": "i-%05d" % (50000 + seq * 7 % 99991 if False else 70000 + seq), "number": "INV-%d" % number,
           "customer_id": c["id"], "customer_name": c["name"], "currency": c["cur"], "total": s(total),
           "balance": s(bal), "issue_date": d.isoformat(), "due_date": (d + dt.timedelta(days=terms)).isoformat()}
    invoices.append(inv); by_id[inv["id"]] = inv; by_num[number] = inv
    return inv
gaps = []
for d, _, c, run in events:
    for k in range(run):
        if R.random() < 0.2:
            gaps.append((num, d)); num += 1
        tot = amount_for()
        bal = tot
        if R.random() < 0.08:
            bal = m(tot * D(R.choice(["0.5", "0.4", "0.25", "0.7"])))
        make_invoice(c, d, num, tot, bal); num += 1
R.shuffle(gaps)

def on_demand(c, total):
    n, d = gaps.pop()
    return make_invoice(c, d, n, total, total)

# pre-created structures for ambiguity (exist from the start, so every label sees them)
TWINS = []
for c in R.sample([c for c in customers if c not in CONFUSE], 14):
    mine = [i for i in invoices if i["customer_id"] == c["id"] and i["balance"] == i["total"]]
    if not mine: continue
    base = R.choice(mine)
    if any(i["balance"] == base["balance"] for i in mine if i is not base): continue
    TWINS.append((base, on_demand(c, D(base["total"]))))
CONF_PAIRS = []
for _ in range(7):
    a = m(D(R.randint(30000, 900000)) / 100)
    CONF_PAIRS.append((on_demand(CONFUSE[0], a), on_demand(CONFUSE[1], a)))
bal = {i["id"]: D(i["balance"]) for i in invoices}
def open_of(c, cur=None):
    return [i for i in invoices if i["customer_id"] == c["id"] and bal[i["id"]] > 0 and (cur is None or i["currency"] == cur)]
def nofull(i): return i["number"].split("-")[1]

# ---------------- stage 2: payment channels ----------------
def luhn(digits):
    tot = 0
    for k, ch in enumerate(reversed(digits)):
        v = int(ch)
        if k % 2 == 0:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return str((10 - tot % 10) % 10)
def crn(inv): n = nofull(inv); return n + luhn(n)

def inv_token(inv, style=None):
    n = nofull(inv)
    style = style or R.choice(["INV-%s", "INV%s", "%s", "inv %s", "Inv#%s", "INV %s"])
    return style % n

def au_ref(text): return text[:18]
def nz_ref(part, code, ref):
    if R.random() < 0.5:
        return "%s / %s / %s" % (part[:12], code[:12], ref[:12])
    return "P:%s C:%s R:%s" % (part[:12], code[:12], ref[:12])

def channel_ref(c, tokens_text, inv=None):
    """Return (payer_name, reference) typical for the customer's bank."""
    if c["cur"] == "AUD":
        r = R.random()
        if inv is not None and r < 0.33:
            return ("BPAY " + bank_name(c))[:20] if R.random() < 0.3 else bank_name(c), "BPAY CRN %s" % crn(inv)
        if r < 0.45:
            return "OSKO " + ascii_upper(c["name"])[:30], tokens_text + R.choice(["", " thanks", " - cheers", " ta", " payment"])
        return bank_name(c), au_ref(R.choice(["", "", ascii_upper(c["name"])[:6] + " "]) + tokens_text)
    part = ascii_upper(c["name"]).replace(" ", "")[:12]
    return bank_name(c), nz_ref(part, tokens_text.replace(" ", "")[:12], R.choice(["PAYMENT", "NOV ACCT", "TRADE ACC", "DC"]))

def xero_remit(c, lines, total, date, note=None):
    head = "Remittance Advice\n%s\nPayment date: %s\nTo: Tasman Ironbark Trade Supplies\n\nInvoice Number    Reference    Amount Paid\n" % (
        c["name"], date.strftime("%d %b %Y"))
    body = "".join("%-17s %-12s %s\n" % (n, r, fmt_money(a)) for n, r, a in lines)
    tail = "\nTotal %s %s\n" % (c["cur"], fmt_money(total))
    return head + body + (("\n" + note + "\n") if note else "") + tail
def myob_remit(c, lines, total, date, note=None):
    head = "REMITTANCE ADVICE\nFrom: %s\nDate: %s\nPayee: Tasman Ironbark Trade Supplies\n\nYour Inv #   Our PO      Amount Applied\n" % (
        c["name"], date.strftime("%d/%m/%Y"))
    body = "".join("%-12s %-11s $%s\n" % (n, r, fmt_money(a)) for n, r, a in lines)
    tail = "Total Paid: $%s\n" % fmt_money(total)
    return head + body + (("Memo: " + note + "\n") if note else "") + tail
def remit(c, lines, total, date, note=None):
    return (xero_remit if R.random() < 0.6 else myob_remit)(c, lines, total, date, note)
def po(): return "PO%d" % R.randint(4000, 9999)

# ---------------- stage 3: scenarios ----------------
payments, labels = [], []
paid_in_batch = []   # (inv, amount, customer)
normal_customers = [c for c in customers if c not in CONFUSE]
def cust_id_or_null(c, p=0.65):
    return c["id"] if (R.random() < p or c in CONFUSE) else None
def app(inv, amt):
    bal[inv["id"]] -= m(amt); assert bal[inv["id"]] >= 0
    return {"invoice_id": inv["id"], "amount": s(amt)}
class Skip(Exception): pass
def pick_inv(c=None, pred=lambda i: True):
    pool = [i for i in invoices if bal[i["id"]] > 0 and pred(i) and (c is None or i["customer_id"] == c["id"])
            and by_cust[i["customer_id"]] not in CONFUSE]
    if not pool: raise Skip()
    return R.choice(pool)
by_cust = {c["id"]: c for c in customers}
def unique_amount(c, inv):
    return sum(1 for j in open_of(c, inv["currency"]) if bal[j["id"]] == bal[inv["id"]]) == 1
def clash(c, a, cur, skip=None):
    op = [j for j in open_of(c, cur) if j is not skip]
    if any(bal[j["id"]] == a for j in op): raise Skip()
    if op and sum(bal[j["id"]] for j in open_of(c, cur)) == a: raise Skip()
def name_matches(payer):
    p = payer.upper()
    for pre in ("OSKO ", "BPAY "):
        if p.startswith(pre): p = p[len(pre):]
    out = []
    for c in customers:
        full = ascii_upper(c["name"])
        if full.startswith(p) or full.replace(" PTY LTD", " P/L").startswith(p): out.append(c)
    return out
def global_hits(amount, cur):
    return [i for i in invoices if i["currency"] == cur and bal[i["id"]] == amount]

def sc_exact(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]; a = bal[inv["id"]]
    payer, ref = channel_ref(c, inv_token(inv), inv)
    rem = remit(c, [(inv["number"], po() if R.random() < 0.5 else "", a)], a, d) if R.random() < 0.3 else None
    cid = cust_id_or_null(c)
    if R.random() < 0.12 and c["cur"] == "AUD":
        payer = (ascii_upper(c["name"]).split(" ")[0] + " BLDG TRUST ACC")[:16]; cid = None
    lab = dict(status="applied", applications=[app(inv, a)], reason="reference %s and exact balance" % inv["number"])
    paid_in_batch.append((inv, a, c))
    note = "reference names %s (%s), amount equals balance" % (inv["number"], "BPAY CRN with Luhn check digit" if ref and ref.startswith("BPAY CRN") else "as written")
    if cid is None and "TRUST" in payer: note += "; payer is the builder's trust account, no customer id"
    return dict(amount=a, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=rem), lab, note

def typo_of(n):
    for _ in range(50):
        ds = list(n); k = R.randrange(len(ds))
        if R.random() < 0.5 and k < len(ds) - 1:
            ds[k], ds[k + 1] = ds[k + 1], ds[k]
        else:
            ds[k] = str((int(ds[k]) + R.choice([1, 9])) % 10)
        t = "".join(ds)
        if t != n and int(t) not in by_num and t[0] != "0": return t
    raise Skip()
def sc_typo(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]
    if not unique_amount(c, inv): raise Skip()
    a = bal[inv["id"]]; t = typo_of(nofull(inv))
    payer, ref = channel_ref(c, R.choice(["INV-%s", "INV%s", "%s"]) % t)
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=None), dict(
        status="applied", applications=[app(inv, a)], reason="reference %s is a one-digit slip of %s; exact balance, same customer" % (t, inv["number"])), \
        "typo %s -> %s (no invoice %s exists); amount unique among customer's open invoices" % (t, inv["number"], t)

def sc_amount_only(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]
    if not unique_amount(c, inv): raise Skip()
    a = bal[inv["id"]]
    payer, _ = channel_ref(c, "")
    ref = R.choice([None, "PAYMENT", "TRADE ACCOUNT", "SUPPLIES", ascii_upper(c["name"])[:10]])
    if c["cur"] == "NZD" and ref: ref = nz_ref(ascii_upper(c["name"]).replace(" ", "")[:12], "TIMBER", "ACCOUNT")
    cid = cust_id_or_null(c, 0.8)
    if cid is None and name_matches(payer) != [c]: cid = c["id"]
    return dict(amount=a, cur=c["cur"], payer=payer, cid=cid, ref=ref, rem=None), dict(
        status="applied", applications=[app(inv, a)], reason="no invoice reference; only open invoice of the customer with this balance"), \
        "no reference; %s is the only open invoice of %s at %s" % (inv["number"], c["id"], s(a))

def sc_list(d):
    c = R.choice(normal_customers); op = open_of(c)
    if len(op) < 3: raise Skip()
    k = R.randint(2, min(6, len(op))); invs = sorted(R.sample(op, k), key=lambda i: i["number"])
    total = sum(bal[i["id"]] for i in invs)
    toks = " ".join(nofull(i) for i in invs)
    payer, ref = channel_ref(c, "INV " + toks)
    rem = remit(c, [(i["number"], po() if R.random() < 0.4 else "", bal[i["id"]]) for i in invs], total, d) if R.random() < 0.8 else None
    if rem is None and c["cur"] == "AUD":
        ref = "INV " + toks  # Osko carries the long text
        payer = "OSKO " + ascii_upper(c["name"])[:30]
    if rem is None and c["cur"] == "NZD":
        raise Skip()
    apps = [app(i, bal[i["id"]]) for i in invs]
    return dict(amount=total, cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=rem), dict(
        status="applied", applications=apps, reason="remittance lists %d invoices, sum equals payment" % k), \
        "list of %d invoices (%s); reference may be truncated, remittance complete" % (k, ", ".join(i["number"] for i in invs))

def sc_range(d):
    runs = []
    nums = sorted(by_num)
    for idx in range(len(nums) - 2):
        a, b, cc = by_num[nums[idx]], by_num[nums[idx + 1]], by_num[nums[idx + 2]]
        if nums[idx + 2] - nums[idx] == 2 and a["customer_id"] == b["customer_id"] == cc["customer_id"] and \
                all(bal[x["id"]] > 0 for x in (a, b, cc)) and by_cust[a["customer_id"]] not in CONFUSE:
            run = [a, b, cc]
            if nums[idx] + 3 in by_num and by_num[nums[idx] + 3]["customer_id"] == a["customer_id"] and bal[by_num[nums[idx] + 3]["id"]] > 0 and R.random() < 0.5:
                run.append(by_num[nums[idx] + 3])
            runs.append(run)
    if not runs: raise Skip()
    invs = R.choice(runs); c = by_cust[invs[0]["customer_id"]]
    total = sum(bal[i["id"]] for i in invs)
    lo, hi = nofull(invs[0]), nofull(invs[-1])
    txt = R.choice(["INV %s-%s" % (lo, hi[-2:]), "%s to %s" % (lo, hi), "INV%s-%s" % (lo, hi), "%s - %s" % (lo, hi)])
    if c["cur"] == "NZD":
        ref = nz_ref(ascii_upper(c["name"]).replace(" ", "")[:12], "%s-%s" % (lo, hi[-3:]), "INVOICES")
        payer = bank_name(c)
        txt_note = "%s-%s in Code field" % (lo, hi[-3:])
    else:
        payer = bank_name(c); ref = au_ref(txt); txt_note = txt
    rem = None
    if R.random() < 0.4:
        rem = "Hi team, payment for invoices %s through %s (deliveries to site %s). Total %s %s.\n%s accounts" % (
            invs[0]["number"], invs[-1]["number"], R.choice(["Lot 14 Kestrel Rd", "Unit 3/22 Mill St", "Stage 2 Kōwhai Rise", "Bellbird Estate"]),
            c["cur"], fmt_money(total), c["name"])
    apps = [app(i, bal[i["id"]]) for i in invs]
    return dict(amount=total, cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=rem), dict(
        status="applied", applications=apps, reason="range %s covers %d consecutive invoices, sum equals payment" % (txt_note, len(invs))), \
        "range '%s' = %s" % (txt_note, ", ".join(i["number"] for i in invs))

def sc_lump(d):
    c = R.choice(normal_customers); op = open_of(c)
    if not (2 <= len(op) <= 5): raise Skip()
    total = sum(bal[i["id"]] for i in op)
    if total <= 0: raise Skip()
    payer, _ = channel_ref(c, "")
    ref = R.choice([None, "ACCOUNT BALANCE", "STATEMENT", "OCT STATEMENT", "ALL OWING"])
    if c["cur"] == "NZD": ref = nz_ref(ascii_upper(c["name"]).replace(" ", "")[:12], "STATEMENT", "OCT 2026")
    rem = None
    if R.random() < 0.3:
        rem = "Paying our statement balance in full, %s %s. Please confirm account is clear.\nAccounts payable, %s" % (c["cur"], fmt_money(total), c["name"])
    apps = [app(i, bal[i["id"]]) for i in sorted(op, key=lambda i: i["number"])]
    return dict(amount=total, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=rem), dict(
        status="applied", applications=apps, reason="lump sum equals all %d open invoices of the customer" % len(op)), \
        "statement payment; amount equals the sum of every open invoice of %s" % c["id"]

def sc_partial(d):
    inv = pick_inv(pred=lambda i: bal[i["id"]] > 400); c = by_cust[inv["customer_id"]]
    b = bal[inv["id"]]; a = m(b * D(R.choice(["0.5", "0.3", "0.25", "0.6"]))) if R.random() < 0.6 else m(D(R.choice([500, 1000, 1500, 2000, 250])))
    if a >= b: raise Skip()
    clash(c, a, c["cur"], inv)
    payer, ref = channel_ref(c, inv_token(inv), inv)
    explained = R.random() < 0.7
    rem = None
    if explained:
        rem = R.choice([
            "Part payment on %s. Balance to follow when the client pays our progress claim.",
            "Kia ora, first instalment toward %s as agreed with Mere on the phone. Ngā mihi",
            "Paying %s in two lots - this is the first. Cheers",
            "Part payment only for %s, rest next fortnight. Thanks for your patience."]) % inv["number"]
        rem += "\nAmount: %s %s" % (c["cur"], fmt_money(a))
    return dict(amount=a, cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=rem), dict(
        status="partial", applications=[app(inv, a)], reason="part payment of %s" % inv["number"]), \
        ("stated part payment" if explained else "less than balance, no reason given: part payment, not a short pay") + " of %s (%s of %s)" % (inv["number"], s(a), s(b))

RET_TXT = ["Progress claim %d - %s\nClaimed: %s\nLess retention %s%%: %s\nNet paid: %s",
           "PC%d %s. Retention withheld at %s%% per subcontract clause 17 (%s) - released at practical completion. Paid %s"]
def sc_retention(d):
    inv = pick_inv(pred=lambda i: D(i["total"]) > 2500 and D(i["balance"]) == D(i["total"])); c = by_cust[inv["customer_id"]]
    b = bal[inv["id"]]; pct = R.choice([5, 10]); ret = m(b * pct / 100); a = b - ret
    clash(c, a, c["cur"], inv)
    payer, ref = channel_ref(c, inv_token(inv))
    if c["cur"] == "AUD" and R.random() < 0.5:
        payer = (ascii_upper(c["name"]).split(" ")[0] + " PROJECT TRUST")[:16]
    k = R.randint(1, 6)
    if R.random() < 0.5:
        rem = RET_TXT[0] % (k, inv["number"], fmt_money(b), pct, fmt_money(ret), fmt_money(a))
    else:
        rem = RET_TXT[1] % (k, inv["number"], pct, fmt_money(ret), fmt_money(a))
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=rem), dict(
        status="partial", applications=[app(inv, a)], short_pay={"invoice_id": inv["id"], "amount": s(ret), "reason": "retention"},
        reason="progress claim %s paid less %d%% retention" % (inv["number"], pct)), \
        "retention %d%% = %s withheld on %s" % (pct, s(ret), inv["number"])

SHORT = [("damaged goods", "Short paid %s: 6 lengths of 90x45 H3 treated pine arrived split, deducted %s"),
         ("pricing", "%s - deducted %s, charged list price not our trade rate for the Tek screws"),
         ("freight", "Deducted delivery fee of %s on %s - delivery was meant to be free over $2k"),
         ("short delivery", "%s: only 18 of 20 sheets of 12mm plasterboard delivered, less %s"),
         ("damaged goods", "Kia ora, %s: two cisterns cracked on arrival, we have taken off %s. Photos sent to Hēmi.")]
def sc_short(d):
    inv = pick_inv(pred=lambda i: bal[i["id"]] > 300); c = by_cust[inv["customer_id"]]
    b = bal[inv["id"]]; ded = m(D(R.randint(3000, int(min(b * 30, 90000)))) / 100)
    if ded >= b: raise Skip()
    a = b - ded; rsn, t = R.choice(SHORT)
    clash(c, a, c["cur"], inv)
    txt = t % ((fmt_money(ded), inv["number"]) if rsn == "freight" else (inv["number"], fmt_money(ded)))
    payer, ref = channel_ref(c, inv_token(inv), inv)
    rem = remit(c, [(inv["number"], "", a)], a, d, note=txt)
    return dict(amount=a, cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=rem), dict(
        status="partial", applications=[app(inv, a)], short_pay={"invoice_id": inv["id"], "amount": s(ded), "reason": rsn},
        reason="short pay on %s: %s" % (inv["number"], rsn)), "deduction %s (%s)" % (s(ded), rsn)

def sc_over(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]; b = bal[inv["id"]]
    extra = m(D(R.choice([R.randint(1, 99) * 10, R.randint(100, 5000)])) / (1 if R.random() < 0.3 else 10))
    a = b + extra
    if D(inv["balance"]) < D(inv["total"]) and R.random() < 0.6:
        a = D(inv["total"]); extra = a - b
        why = "paid the invoice total, ignoring an earlier part payment"
    else:
        why = "paid more than the balance"
    if extra <= 0: raise Skip()
    if global_hits(a, c["cur"]): raise Skip()
    payer, ref = channel_ref(c, inv_token(inv), inv)
    return dict(amount=a, cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=None), dict(
        status="unapplied", applications=[app(inv, b)], reason="overpayment of %s; remainder held on account" % inv["number"]), \
        "%s; %s applied, %s unapplied" % (why, s(b), s(extra))

def sc_second(d):
    if not paid_in_batch: raise Skip()
    inv, a, c = R.choice(paid_in_batch)
    if bal[inv["id"]] != 0: raise Skip()
    clash(c, a, c["cur"])
    payer, ref = channel_ref(c, inv_token(inv), inv)
    rem = remit(c, [(inv["number"], "", a)], a, d) if R.random() < 0.3 else None
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=rem), dict(
        status="unapplied", applications=[], reason="%s already paid earlier in this batch; held on account" % inv["number"]), \
        "duplicate payment of %s (paid in full earlier in the run)" % inv["number"]

def odd_amount(cur):
    for _ in range(100):
        a = m(D(R.randint(2000, 900000)) / 100)
        if not global_hits(a, cur): return a
    raise Skip()
def sc_nofit(d):
    c = R.choice(normal_customers); a = odd_amount(c["cur"])
    op = open_of(c)
    if sum(bal[i["id"]] for i in op) == a: raise Skip()
    payer, _ = channel_ref(c, "")
    ref = R.choice([None, "ACCOUNT", "TRADE ACC", "DEPOSIT", "CREDIT TOPUP"])
    rem = None
    if R.random() < 0.3:
        rem = R.choice(["Deposit for the kitchen cabinetry order, quote Q-%d." % R.randint(2000, 9000),
                        "Prepayment for next month's frame & truss supply.", "On account - please hold as credit."])
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=rem), dict(
        status="unapplied", applications=[], reason="known customer, amount fits no open invoice; held on account"), \
        "customer %s known by id; %s matches no open invoice or statement total" % (c["id"], s(a))

STRANGERS_AU = ["J & K HOLLOWAY", "MRS P DIMITRIOU", "BRIGHTSIDE PROPER", "ACE HIRE SERVICES", "DEPT OF HOUSING TR", "L NGUYEN & T NGUY"]
STRANGERS_NZ = ["R & T PAEWAI", "KOPU HOLDINGS LTD", "WHARENUI TRUST", "S MCKAY FAMILY TRU", "Aroha & Wiremu Tane"]
def sc_unknown(d):
    cur = "AUD" if R.random() < 0.6 else "NZD"
    a = odd_amount(cur)
    payer = R.choice(STRANGERS_AU if cur == "AUD" else STRANGERS_NZ)
    ref = R.choice([None, "PAYMENT", "MATERIALS", "DEPOSIT LOT 7", "TIMBER"])
    if cur == "NZD" and ref: ref = nz_ref(payer.replace(" ", "")[:12], ref, "")
    return dict(amount=a, cur=cur, payer=payer, cid=None, ref=ref, rem=None), dict(
        status="review", applications=[], candidates=[], reason="payer not identified and no invoice fits"), \
        "stranger payer; amount matches no open %s invoice" % cur

def sc_po(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]
    if not unique_amount(c, inv): raise Skip()
    a = bal[inv["id"]]
    others = [j for j in invoices if j["customer_id"] != c["id"] and bal[j["id"]] > 0 and bal[j["id"]] != a]
    decoy = R.choice(others)
    p = nofull(decoy)
    if c["cur"] == "AUD":
        ref = au_ref(R.choice(["PO %s", "PO%s", "ORDER %s", "P/O %s"]) % p); payer = bank_name(c)
    else:
        ref = nz_ref(ascii_upper(c["name"]).replace(" ", "")[:12], "PO%s" % p, "TIMBER"); payer = bank_name(c)
    rem = None
    if R.random() < 0.5:
        rem = "Payment for our purchase order %s (%s). Amount %s %s." % (p, R.choice(["decking", "copper fittings", "LVL beams", "roof battens"]), c["cur"], fmt_money(a))
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=rem), dict(
        status="applied", applications=[app(inv, a)], reason="reference is the customer's PO; exact balance of %s" % inv["number"]), \
        "PO %s equals the number of %s (other customer %s, different amount); amount uniquely fits %s" % (p, decoy["number"], decoy["customer_id"], inv["number"])

def sc_amb_twins(d):
    base, twin = R.choice(TWINS); c = by_cust[base["customer_id"]]
    if not (bal[base["id"]] == bal[twin["id"]] == D(base["total"])): raise Skip()
    if sum(1 for j in open_of(c) if bal[j["id"]] == bal[base["id"]]) != 2: raise Skip()
    a = bal[base["id"]]
    payer, _ = channel_ref(c, "")
    ref = R.choice([None, "SUPPLIES", "PAYMENT", "REPEAT ORDER"])
    pair = sorted([base, twin], key=lambda i: i["due_date"])
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=None), dict(
        status="review", applications=[], candidates=[{"invoice_ids": [pair[0]["id"]]}, {"invoice_ids": [pair[1]["id"]]}],
        reason="two open invoices with the same balance, no reference"), \
        "%s and %s both open at %s (repeat order); oldest first" % (pair[0]["number"], pair[1]["number"], s(a))

def sc_amb_conflict(d):
    c = R.choice(normal_customers); op = open_of(c)
    if len(op) < 2: raise Skip()
    x, y = R.sample(op, 2)
    if not unique_amount(c, y) or bal[x["id"]] == bal[y["id"]]: raise Skip()
    if sum(1 for u, v in zip(nofull(x), nofull(y)) if u != v) < 3: raise Skip()  # not a typo-distance pair
    a = bal[y["id"]]
    payer, ref = channel_ref(c, inv_token(x))
    return dict(amount=a, cur=c["cur"], payer=payer, cid=c["id"], ref=ref, rem=None), dict(
        status="review", applications=[], candidates=[{"invoice_ids": [y["id"]]}, {"invoice_ids": [x["id"]]}],
        reason="reference names %s but amount is the exact balance of %s" % (x["number"], y["number"])), \
        "ref %s (balance %s) vs amount = balance of %s; could be partial of one or wrong ref for the other" % (x["number"], s(bal[x["id"]]), y["number"])

def sc_amb_name(d):
    c1, c2 = CONFUSE
    i1, i2 = R.choice(CONF_PAIRS); a = bal[i1["id"]]
    if not (a == bal[i2["id"]] == D(i1["total"])): raise Skip()
    payer = "COASTLINE CONSTR"
    ref = R.choice([None, "PAYMENT", "COASTLINE"])
    return dict(amount=a, cur="AUD", payer=payer, cid=None, ref=ref, rem=None), dict(
        status="review", applications=[], candidates=[{"invoice_ids": [i1["id"]]}, {"invoice_ids": [i2["id"]]}],
        reason="payer name fits two customers, each with an open invoice of this amount"), \
        "truncated payer name COASTLINE CONSTR = %s or %s; both hold an invoice at %s" % (c1["id"], c2["id"], s(a))

def sc_fx(d):
    inv = pick_inv(); c = by_cust[inv["customer_id"]]
    cur = R.choice(["USD", "NZD"] if c["cur"] == "AUD" else ["AUD", "USD"])
    rate = {"USD": D("0.65"), "NZD": D("1.09"), "AUD": D("0.92")}[cur] if True else None
    a = m(bal[inv["id"]] * rate)
    payer = ascii_upper(c["name"])[:20]
    ref = au_ref("INV-%s" % nofull(inv)) if R.random() < 0.7 else None
    rem = remit(c, [(inv["number"], "", a)], a, d, note="Paid from our %s account" % cur) if ref is None else None
    if rem: rem = rem.replace("Total %s" % c["cur"], "Total %s" % cur).replace("Total Paid: $", "Total Paid: %s " % cur)
    return dict(amount=a, cur=cur, payer=payer, cid=cust_id_or_null(c), ref=ref, rem=rem), dict(
        status="review", applications=[], candidates=[{"invoice_ids": [inv["id"]]}],
        reason="payment in %s, invoice %s is in %s" % (cur, inv["number"], c["cur"])), \
        "currency mismatch: %s payment for %s invoice %s; cannot apply across currencies" % (cur, c["cur"], inv["number"])

BAD = [("amount", "1.234,50", "amount not a decimal string (European separators)"),
       ("amount", "", "amount empty"),
       ("amount", "-480.00", "negative amount (dishonour/reversal line)"),
       ("amount", "0.00", "zero amount (bank fee line)"),
       ("currency", None, "currency missing"),
       ("currency", "AU$", "currency not an ISO code"),
       ("date", "2026-11-31", "impossible date"),
       ("amount", "ABC", "amount not numeric")]
def sc_bad(d, k=[0]):
    field, val, why = BAD[k[0] % len(BAD)]; k[0] += 1
    inv = pick_inv(); c = by_cust[inv["customer_id"]]
    payer, ref = channel_ref(c, inv_token(inv))
    p = dict(amount=bal[inv["id"]], cur=c["cur"], payer=payer, cid=cust_id_or_null(c), ref=ref, rem=None, bad=(field, val))
    return p, dict(status="review", applications=[], candidates=[], unapplied="0.00",
                   reason="bad row: " + why), "bad row: %s; nothing applied (ref would point at %s)" % (why, inv["number"])

PLAN = [("exact", sc_exact, 108), ("typo", sc_typo, 22), ("amount_only", sc_amount_only, 28), ("list", sc_list, 38),
        ("range", sc_range, 10), ("lump_sum", sc_lump, 14), ("partial", sc_partial, 24), ("retention", sc_retention, 20),
        ("short_pay", sc_short, 16), ("overpayment", sc_over, 18), ("second_payment", sc_second, 15),
        ("no_fit", sc_nofit, 10), ("unknown_payer", sc_unknown, 15), ("po_lookalike", sc_po, 15),
        ("ambiguous_twins", sc_amb_twins, 10), ("ambiguous_conflict", sc_amb_conflict, 12), ("ambiguous_name", sc_amb_name, 5),
        ("other_currency", sc_fx, 12), ("bad_row", sc_bad, 8)]
FN = {n: f for n, f, _ in PLAN}
order = [n for n, _, k in PLAN for _ in range(k)]
R.shuffle(order)
# keep second payments out of the first 60 rows
order = [n for n in order if n != "second_payment"][:60] + R.sample(
    [n for n in order if n != "second_payment"][60:] + ["second_payment"] * 15, len(order) - 60)
dates = sorted(dt.date(2026, 10, 1) + dt.timedelta(days=R.randint(0, 55)) for _ in order)
dates = [x if x.weekday() < 5 else x - dt.timedelta(days=x.weekday() - 4) for x in dates]
dates.sort()

for idx, (name, d) in enumerate(zip(order, dates)):
    snap = dict(bal); nsnap = len(invoices); gsnap = list(gaps)
    for attempt in range(200):
        try:
            p, lab, note = FN[name](d); break
        except Skip:
            bal.clear(); bal.update(snap); del invoices[nsnap:]; gaps[:] = gsnap
            continue
    else:
        raise SystemExit("could not build " + name)
    pid = "pm-%04d" % (idx + 1)
    amt = s(p["amount"])
    pay = {"id": pid, "date": d.isoformat(), "amount": amt, "currency": p["cur"], "payer_name": p["payer"],
           "customer_id": p["cid"], "reference": p["ref"] or None, "remittance": p["rem"]}
    if "bad" in p:
        f, v = p["bad"]; pay[f] = v
    applied = sum((D(x["amount"]) for x in lab["applications"]), D(0))
    out = {"payment_id": pid, "status": lab["status"], "applications": lab["applications"],
           "unapplied": lab.get("unapplied", s(D(amt) - applied)), "short_pay": lab.get("short_pay"),
           "candidates": lab.get("candidates", []), "reason": lab["reason"], "scenario": name,
           "note": "[%s, %s] %s" % (name, p["cur"] or "?", note)}
    payments.append(pay); labels.append(out)

# ---------------- stage 4: write ----------------
for i in invoices:
    by_num  # invoices keep their opening balance (before this batch)
inv_out = sorted(invoices, key=lambda i: i["number"])
with open(os.path.join(HERE, "invoices.json"), "w") as f: json.dump(inv_out, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "payments.json"), "w") as f: json.dump(payments, f, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "labels.json"), "w") as f: json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(inv_out), "invoices", len(payments), "payments", Counter(l["status"] for l in labels))

# ---------------- stage 5: README ----------------
def channel(p):
    r = p["reference"] or ""
    if r.startswith("BPAY CRN"): return "AU BPAY (CRN + Luhn check digit)"
    if p["payer_name"] and p["payer_name"].startswith("OSKO "): return "AU PayID/Osko"
    if p["currency"] == "NZD": return "NZ direct credit (Particulars/Code/Reference)"
    if p["currency"] == "AUD": return "AU direct credit (BSB/account, 18-char lodgement ref)"
    return "other/foreign (%s)" % p["currency"]
def tbl(cnt, h):
    return "| %s | count |\n|---|---|\n" % h + "".join("| %s | %d |\n" % (k, v) for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))))
maori = sum(1 for p in payments if any(ch in (p["payer_name"] or "") + (p["remittance"] or "") for ch in "āēīōūĀĒĪŌŪ") or "Kia ora" in (p["remittance"] or ""))
README = """# Blind cash-application ledger: AU/NZ building-trades supplier

Supplier: *Tasman Ironbark Trade Supplies* (made up) sells timber, fixings and plumbing to builders,
carpenters, roofers and plumbers in Australia (AUD, 30-day terms) and New Zealand (NZD, 20-day terms).
All companies and people are invented. Generated by `build.py` (seed 23517, stdlib only); verified by `check.py`.

## Files

| file | content |
|---|---|
| `invoices.json` | %d open invoices (`INV-1xxxxx`, ids `i-7xxxx`), %d customers; ~8%% already part-paid (balance < total) |
| `payments.json` | %d payments, oldest first, 2026-10-01 .. 2026-11-25 |
| `labels.json` | one expected MATCHES.json entry per payment (same order) + `scenario` + `note` |
| `build.py` / `check.py` | generator / re-verifier (replays balances in order, checks every label against the text) |

## Bank data modelled

- AU direct credit: payer name uppercased, macrons/apostrophes dropped, cut at 16 chars (`PTY LTD` sometimes `P/L`);
  lodgement reference cut at 18 chars (so invoice lists get cut mid-number).
- AU BPAY: reference `BPAY CRN nnnnnnc` = the 6 invoice digits + a Luhn (mod 10) check digit. The CRN is never
  literally the invoice number.
- AU PayID/Osko: payer `OSKO <FULL NAME>`, long free-text reference ("... thanks", "ta").
- Builders' trust / project trust accounts: payer like `WHITLAM BLDG TRU` with `customer_id` null; only the
  reference ties the money to a customer.
- NZ direct credit: reference is `Particulars / Code / Reference` or `P:.. C:.. R:..`, each cut at 12 chars;
  payer names up to 20 chars, sometimes with macrons kept (Ōhope, Kōwhai), sometimes uppercased ASCII.
- Remittances: Xero-style ("Remittance Advice ... Invoice Number / Reference / Amount Paid ... Total AUD") and
  MYOB-style ("REMITTANCE ADVICE ... Your Inv # / Our PO / Amount Applied ... Total Paid: $"), free-text notes,
  a few with Māori greetings (Kia ora, Ngā mihi). Customer PO numbers appear next to invoice numbers.

## Label conventions

- `applications` only when a careful clerk would be sure; amounts are 2-dp strings; applications + `unapplied`
  = payment amount. Balances are replayed in payment order (an invoice paid at pm-0040 is closed for pm-0300).
- `review`: nothing applied, `unapplied` = the whole amount (so the sum rule still holds), `candidates` a list
  of `{"invoice_ids": [...]}` sets, best first (empty when there is no plausible candidate).
- `partial` with `short_pay = null`: part payment (stated, or less than the balance with no reason).
  `partial` with `short_pay = {invoice_id, amount, reason}`: a deduction the remittance explains; `amount` is the
  deducted sum (= balance left open), `reason` one of `retention`, `damaged goods`, `pricing`, `freight`, `short delivery`.
  Progress-claim retention (5%% / 10%%) is treated as a short pay with reason `retention`.
- `unapplied`: overpayment (referenced invoice cleared, remainder unapplied), second payment of an invoice
  already cleared earlier in this batch, or a known customer (by `customer_id`) whose amount fits no open invoice,
  no pair of invoices and not the statement total.
- Typos: a reference that is one digit off / one adjacent transposition of a real invoice number, the typo number
  exists nowhere, and the amount equals that invoice's balance and no other open invoice of the customer -> applied.
- Reference naming invoice X while the amount is the exact balance of the customer's invoice Y (numbers at least
  3 digits apart) -> review, candidates [Y], [X].
- Cross-currency (USD/NZD payment for an AUD invoice, AUD/USD for an NZD one) -> review with the referenced invoice.
- Bad rows (`scenario = bad_row`): unparseable / empty / negative / zero amount, missing or non-ISO currency,
  impossible date -> `review`, no applications, no candidates, `unapplied = "0.00"`. No `error` field is labelled
  (the contract defines none); the note says what is wrong.
- `note` starts `[scenario, payment currency]`.

## Counts

%s
%s
%s
Rows with Māori names/macrons or greetings in payer/remittance: %d. All text is English (NZ/AU usage) apart from those.

## Deliberately hard

- BPAY CRNs carry a check digit (strip it: `1042338` -> INV-104233).
- 18-char lodgement refs cut invoice lists mid-number; the remittance is the full source.
- PO numbers in the reference are 6-digit numbers that ARE invoice numbers of other customers (open, different
  amount); the right invoice is the customer's only one at that exact amount.
- Two customers (`Coastline Constructions Pty Ltd`, `Coastline Construction Services`) share the 16-char bank
  name `COASTLINE CONSTR` and each has an invoice of the same amount -> review.
- Repeat orders: same customer, two open invoices with identical balances, no reference -> review.
- Trust-account payers with no customer id; NZ 12-char fields ("MCKENZIE&RAN"); payer names with macrons.
- Overpayments where the customer paid the invoice total ignoring an earlier part payment (balance < total).
- Second payments that reuse the exact reference of an invoice cleared earlier in the same file.
- Retention remittances show gross claim, retention and net; only the net arrived.
""" % (len(inv_out), len({i["customer_id"] for i in inv_out}), len(payments),
       tbl(Counter(l["status"] for l in labels), "status"),
       tbl(Counter(l["scenario"] for l in labels), "scenario"),
       tbl(Counter(channel(p) for p in payments), "channel / locale"), maori)
with open(os.path.join(HERE, "README.md"), "w") as f: f.write(README)
