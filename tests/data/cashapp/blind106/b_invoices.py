"""build part 2: customers and open invoices."""
import datetime
import math

from b_common import CUSTOMERS, DEC, strip_accents

RANGES = {"MXN": (1200_00, 180000_00), "USD": (250_00, 35000_00), "COP": (350_000_00, 45_000_000_00),
          "CLP": (45_000, 18_000_000), "PEN": (300_00, 60000_00)}
KIND_W = {"fleet": 3.0, "dealer": 2.6, "workshop": 1.0}


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def make_customers(rng):
    out = []
    for (key, name, country, curs, kind, terms, trading, parent, person, translit) in CUSTOMERS:
        out.append({"key": key, "id": "cus_" + rand_hex(rng, 8), "name": name, "country": country,
                    "currencies": curs, "kind": kind, "terms": terms, "trading": trading,
                    "parent": parent, "person": person, "translit": translit})
    return out


def rand_total(rng, cur):
    lo, hi = RANGES[cur]
    v = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if cur == "CLP":
        return int(int(v / 1.19) * 1.19)          # net price + 19 % IVA, whole pesos
    if cur == "COP":
        return int(v / 100) * 100                 # whole pesos
    net = int(v / 1.16)
    return int(round(net * 1.16))                 # cents from tax


def make_invoices(rng, customers, target=1400):
    pools = []
    for c in customers:
        for k, cur in enumerate(c["currencies"]):
            w = KIND_W[c["kind"]] * (1.0 if k == 0 else 0.45) * rng.uniform(0.6, 1.4)
            pools.append((c, cur, w))
    tw = sum(w for _, _, w in pools)
    slots = []
    for c, cur, w in pools:
        n = max(4, min(46, round(target * w / tw)))
        slots += [(c, cur)] * n
    rng.shuffle(slots)
    start = datetime.date(2024, 9, 2)
    span = (datetime.date(2025, 3, 14) - start).days
    days = sorted(rng.randrange(span + 1) for _ in slots)
    invoices, dup_groups = [], []
    num = 208000
    used_ids = set()
    # recurring maintenance contracts: identical monthly totals for some fleet / dealer customers
    recurring = {}
    for c, cur, _ in pools:
        if c["kind"] in ("fleet", "dealer") and len(recurring) < 15 and cur == c["currencies"][0]:
            recurring[(c["id"], cur)] = rand_total(rng, cur)
    rec_count = {}
    for (c, cur), d in zip(slots, days):
        num += 1 if rng.random() < 0.68 else rng.randint(2, 6)
        iid = "inv_" + rand_hex(rng, 12)
        while iid in used_ids:
            iid = "inv_" + rand_hex(rng, 12)
        used_ids.add(iid)
        issue = start + datetime.timedelta(days=d)
        due = issue + datetime.timedelta(days=c["terms"])
        key = (c["id"], cur)
        is_rec = key in recurring and rec_count.get(key, 0) < 3 and rng.random() < 0.35
        if is_rec:
            total = recurring[key]
            rec_count[key] = rec_count.get(key, 0) + 1
        else:
            total = rand_total(rng, cur)
        bal = total
        if not is_rec and rng.random() < 0.12:       # already part-paid before this file
            frac = rng.uniform(0.2, 0.7)
            step = 1000 if cur == "CLP" else 100_00 if cur != "COP" else 10_000_00
            paid = max(step, int(total * frac) // step * step)
            if paid < total:
                bal = total - paid
        invoices.append({"id": iid, "number": f"FV-{num:08d}", "customer_id": c["id"], "customer_name": c["name"],
                         "currency": cur, "total": total, "balance": bal, "issue_date": issue.isoformat(),
                         "due_date": due.isoformat(), "_rec": is_rec})
    groups = {}
    for i in invoices:
        if i["_rec"]:
            groups.setdefault((i["customer_id"], i["currency"]), []).append(i["id"])
    dup_ids = set()
    for g in groups.values():
        if len(g) >= 2:
            dup_groups.append(g)
            dup_ids |= set(g)
    return invoices, dup_groups, dup_ids
