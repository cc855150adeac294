"""Replay ce_building_materials/labels.json against the invoices and verify it.

Standard library only.  Exits non-zero on the first class of problem found
(all problems are printed).  The decision rules live in `derive()`; README.md
states them in words.  build.py imports `derive` and `apply_label` from here so
the generator and the checker can never disagree on a rule.
"""
import datetime
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "ce_building_materials")
CURRENCIES = {"PLN", "EUR", "CZK", "HUF", "RON"}
CENT = Decimal("0.01")
AMOUNT_RE = re.compile(r"^\d+(\.\d{1,2})?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

INVOICE_FIELDS = ["id", "number", "customer_id", "customer_name", "currency", "total",
                  "balance", "issue_date", "due_date"]
PAYMENT_FIELDS = ["id", "date", "amount", "currency", "payer_name", "customer_id",
                  "reference", "remittance"]

# ---- wording a clerk reads in the reference / remittance -------------------
PART_WORDS = re.compile(r"CZESCIOWA|CZĘŚCIOWA|\bRATA\b|ZALICZKA|PART[- ]?PAYMENT|PARTIAL|INSTAL+MENT|"
                        r"TEILZAHLUNG|ČÁSTEČNÁ|CASTECNA|RÉSZLET|RESZLET|PLATA PARTIALA|PLATĂ PARȚIALĂ|"
                        r"AVANS|ACOMPTE")
FX_WORDS = re.compile(r"\bFX\b|PRZEWALUTOW|\bKURS|CONVERSION|EXCHANGE RATE|CURRENCY CONVERSION|"
                      r"KURSDIFFERENZ|ÁRFOLYAM|ARFOLYAM|CURS VALUTAR")
DEDUCTIONS = [
    ("bank fee", re.compile(r"BANK FEE|BANK CHARGE|OPŁAT\w* BANK|OPLAT\w* BANK|PROWIZJ|POPLATEK|POPLATKY|"
                            r"BANKGEBÜHR|BANKGEBUHR|COMISION BANCAR|COMISIOANE BANCARE|BANKKÖLTSÉG|BANKKOLTSEG")),
    ("withholding tax", re.compile(r"WITHHOLDING|PODATEK U ŹRÓDŁA|PODATEK U ZRODLA|\bWHT\b|QUELLENSTEUER|"
                                   r"IMPOZIT PE VENIT|SRÁŽKOV|SRAZKOV")),
    ("early-payment discount", re.compile(r"SKONTO|DISCOUNT|\bRABAT|SCONT|ENGEDMÉNY|ENGEDMENY")),
    ("damaged goods", re.compile(r"USZKODZ|DAMAGED|REKLAMAC|POŠKOZ|POSKOZ|BESCHÄDIG|BESCHADIG|SÉRÜLT|SERULT|"
                                 r"DETERIORAT|BROKEN")),
]
AMOUNT_IN_TEXT = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)([.,]\d{2})(?![\d])")
PERCENT_IN_TEXT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")


def dec(s):
    return Decimal(s).quantize(CENT)


def fmt(d):
    return f"{d.quantize(CENT):.2f}"


def text_of(p):
    t = " ".join(x for x in (p.get("reference"), p.get("remittance")) if x)
    t = t.upper()
    # Polish split payment: the /VAT/ amount and the buyer's /IDC/ tax id are not invoice numbers
    t = re.sub(r"/VAT/[^/]*", " ", t)
    t = re.sub(r"/IDC/[^/]*", " ", t)
    return t


def compact(t):
    t = re.sub(r"RF\d\d", "RF_", t)              # ISO 11649 creditor reference: drop check digits
    t = re.sub(r"[\s\-/]", "", t)                  # spaces, dashes, slashes between digit groups
    t = re.sub(r"FV[0-9OIL]+", lambda m: "FV" + m.group(0)[2:].replace("O", "0").replace("I", "1")
               .replace("L", "1"), t)              # OCR'd invoice numbers: O->0, I/L->1
    return t


def core_of(number):
    return int(re.sub(r"\D", "", number))


def mentioned_cores(p):
    out = []
    for m in re.finditer(r"(?<!\d)(\d+)(?!\d)", compact(text_of(p))):
        digits = m.group(1)
        if len(digits.lstrip("0")) == 5 and len(digits) <= 7:
            v = int(digits)
            if v not in out:
                out.append(v)
    return out


def stated_deduction(text, short, balance):
    """(reason, amount) when the text states a deduction equal to the shortfall."""
    amounts = set()
    for m in AMOUNT_IN_TEXT.finditer(text):
        whole = re.sub(r"[ \u00a0]", "", m.group(1))
        amounts.add(Decimal(whole + "." + m.group(2)[1:]))
    for m in PERCENT_IN_TEXT.finditer(text):
        pct = Decimal(m.group(1).replace(",", "."))
        amounts.add((balance * pct / 100).quantize(CENT))
    for reason, rx in DEDUCTIONS:
        if rx.search(text) and short in amounts:
            return reason
    return None


def bad_row(p):
    a = p.get("amount")
    if not isinstance(a, str) or a.startswith("-"):
        return "negative or missing amount" if isinstance(a, str) or a is None else "non-string amount"
    if not AMOUNT_RE.match(a):
        return "non-numeric amount"
    if Decimal(a) <= 0:
        return "zero amount"
    c = p.get("currency")
    if not c:
        return "missing currency"
    if c not in CURRENCIES:
        return "invalid currency"
    d = p.get("date")
    if not isinstance(d, str) or not DATE_RE.match(d):
        return "malformed date"
    try:
        datetime.date.fromisoformat(d)
    except ValueError:
        return "malformed date"
    return None


def subsets(items, target, limit=6, max_nodes=400000):
    """Subsets of items [(cents, inv)] summing to target cents; up to `limit` of them."""
    items = sorted(items, key=lambda x: -x[0])
    suffix = [0] * (len(items) + 1)
    for i in range(len(items) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + items[i][0]
    found, chosen, nodes = [], [], [0]

    def dfs(i, rem):
        nodes[0] += 1
        if nodes[0] > max_nodes:
            raise RuntimeError("subset search too large")
        if len(found) >= limit:
            return
        if rem == 0:
            found.append([items[k][1] for k in chosen])
            return
        if i == len(items) or suffix[i] < rem:
            return
        if items[i][0] <= rem:
            chosen.append(i)
            dfs(i + 1, rem - items[i][0])
            chosen.pop()
        dfs(i + 1, rem)

    dfs(0, target)
    return found


def cents(d):
    return int((d * 100).to_integral_value())


def order_key(inv):
    return (inv["due_date"], inv["number"])


def cand(invs):
    ids = [i["id"] for i in sorted(invs, key=order_key)]
    return {"invoice_ids": ids}


def out(p, status, apps=(), unapplied=None, short=None, cands=(), reason=""):
    amt = dec(p["amount"])
    apps = [{"invoice_id": i, "amount": fmt(a)} for i, a in apps]
    if unapplied is None:
        unapplied = amt - sum((dec(a["amount"]) for a in apps), Decimal(0))
    return {"payment_id": p["id"], "status": status, "applications": apps, "unapplied": fmt(unapplied),
            "short_pay": short, "candidates": list(cands), "reason": reason}


def derive(p, invoices, bal):
    """The expected MATCHES entry for payment p given current balances bal {invoice_id: Decimal}."""
    err = bad_row(p)
    if err:
        e = out({"id": p["id"], "amount": "0"}, "review", reason="bad payment row: " + err)
        e["error"] = err
        return e
    amt, cur, cust = dec(p["amount"]), p["currency"], p.get("customer_id")
    by_core = {core_of(i["number"]): i for i in invoices}
    ment = [by_core[c] for c in mentioned_cores(p) if c in by_core]
    text = text_of(p)
    opened = lambda i: bal[i["id"]] > 0

    def cust_open(cid, exclude=()):
        return [i for i in invoices if i["customer_id"] == cid and i["currency"] == cur and opened(i)
                and i["id"] not in exclude]

    if ment:
        m_open = [i for i in ment if opened(i)]
        if cust and any(i["customer_id"] != cust for i in ment):
            own = sorted((i for i in cust_open(cust) if bal[i["id"]] == amt), key=order_key)
            return out(p, "review", unapplied=amt, cands=[cand([i]) for i in own] + [cand([i]) for i in m_open if i["currency"] == cur],
                       reason="reference names an invoice of another customer")
        if any(i["currency"] != cur for i in ment):
            return out(p, "review", unapplied=amt, cands=[cand([i]) for i in m_open],
                       reason="payment currency differs from the referenced invoice")
        if len({i["customer_id"] for i in ment}) > 1:
            return out(p, "review", unapplied=amt, cands=[cand([i]) for i in m_open],
                       reason="reference names invoices of several customers")
        if not m_open:
            return out(p, "unapplied", unapplied=amt,
                       reason="second payment of an invoice already paid")
        if len(m_open) != len(ment):
            return out(p, "review", unapplied=amt, cands=[cand(m_open)],
                       reason="reference mixes paid and open invoices")
        total = sum((bal[i["id"]] for i in m_open), Decimal(0))
        if len(m_open) > 1:
            if amt == total:
                return out(p, "applied", [(i["id"], bal[i["id"]]) for i in sorted(m_open, key=order_key)],
                           reason="remittance lists the invoices and the amount is their exact sum")
            return out(p, "review", unapplied=amt, cands=[cand(m_open)],
                       reason="listed invoices do not add up to the payment")
        inv = m_open[0]
        b = bal[inv["id"]]
        others = cust_open(inv["customer_id"], exclude=(inv["id"],))
        if amt == b:
            return out(p, "applied", [(inv["id"], b)], reason="reference names the invoice and the amount is its balance")
        same_amt = [i for i in others if bal[i["id"]] == amt]
        if amt > b:
            excess = amt - b
            clash = same_amt + [i for i in others if bal[i["id"]] == excess]
            if clash:
                return out(p, "review", unapplied=amt, cands=[cand([i]) for i in sorted(same_amt, key=order_key)]
                           + [cand([inv])] + [cand([inv, i]) for i in others if bal[i["id"]] == excess],
                           reason="overpayment that equals other open invoices")
            return out(p, "unapplied", [(inv["id"], b)], unapplied=excess,
                       reason="overpayment: invoice paid in full, remainder held on account")
        short = b - amt
        if same_amt:
            return out(p, "review", unapplied=amt,
                       cands=[cand([i]) for i in sorted(same_amt, key=order_key)] + [cand([inv])],
                       reason="amount equals another open invoice of the customer")
        if PART_WORDS.search(text):
            return out(p, "partial", [(inv["id"], amt)], reason="part payment stated in the remittance")
        why = stated_deduction(text, short, b)
        if why:
            return out(p, "partial", [(inv["id"], amt)],
                       short={"invoice_id": inv["id"], "amount": fmt(short), "reason": why},
                       reason="short pay with stated deduction: " + why)
        anyword = FX_WORDS.search(text) or any(rx.search(text) for _, rx in DEDUCTIONS)
        if FX_WORDS.search(text) and short <= b * Decimal("0.03"):
            return out(p, "partial", [(inv["id"], amt)],
                       short={"invoice_id": inv["id"], "amount": fmt(short), "reason": "foreign-exchange shortfall"},
                       reason="short pay after currency conversion")
        if not anyword and short <= b * Decimal("0.05"):
            return out(p, "partial", [(inv["id"], amt)],
                       short={"invoice_id": inv["id"], "amount": fmt(short), "reason": "unexplained shortfall"},
                       reason="small unexplained shortfall on the referenced invoice")
        return out(p, "review", unapplied=amt, cands=[cand([inv])],
                   reason="referenced invoice but the shortfall is neither small nor explained")

    if not cust:
        hits = [i for i in invoices if i["currency"] == cur and opened(i) and bal[i["id"]] == amt]
        return out(p, "review", unapplied=amt, cands=[cand([i]) for i in sorted(hits, key=order_key)],
                   reason="unknown payer and no invoice reference")
    pool = cust_open(cust)
    found = subsets([(cents(bal[i["id"]]), i) for i in pool], cents(amt))
    if len(found) == 1:
        s = sorted(found[0], key=order_key)
        return out(p, "applied", [(i["id"], bal[i["id"]]) for i in s],
                   reason="amount is the exact balance of exactly one set of the customer's open invoices")
    if not found:
        return out(p, "unapplied", unapplied=amt, reason="known customer, payment fits no open invoice")
    found.sort(key=lambda s: (len(s), min(order_key(i) for i in s)))
    return out(p, "review", unapplied=amt, cands=[cand(s) for s in found],
               reason="several open invoices or sets match the amount")


def apply_label(label, bal):
    for a in label["applications"]:
        bal[a["invoice_id"]] -= dec(a["amount"])


# ---- replay --------------------------------------------------------------------
def main():
    problems = []

    def bad(msg):
        problems.append(msg)

    invoices = json.load(open(os.path.join(DATA, "invoices.json")))
    payments = json.load(open(os.path.join(DATA, "payments.json")))
    labels = json.load(open(os.path.join(DATA, "labels.json")))
    if len(payments) != len(labels):
        bad("payments and labels differ in length")
    inv_by_id = {i["id"]: i for i in invoices}
    numbers = [i["number"] for i in invoices]
    if len(set(numbers)) != len(numbers) or len(inv_by_id) != len(invoices):
        bad("duplicate invoice ids or numbers")
    for i in invoices:
        if list(i.keys()) != INVOICE_FIELDS:
            bad(f"invoice {i['id']} fields {list(i.keys())}")
        if i["currency"] not in CURRENCIES:
            bad(f"invoice {i['id']} currency")
        if not (Decimal(0) < dec(i["balance"]) <= dec(i["total"])):
            bad(f"invoice {i['id']} balance not in (0, total]")
        if i["due_date"] < i["issue_date"]:
            bad(f"invoice {i['id']} due before issue")
    bal = {i["id"]: dec(i["balance"]) for i in invoices}
    prev_date = ""
    for p, lab in zip(payments, labels):
        if list(p.keys()) != PAYMENT_FIELDS:
            bad(f"payment {p['id']} fields {list(p.keys())}")
        if lab["payment_id"] != p["id"]:
            bad(f"label order: {lab['payment_id']} vs {p['id']}")
        if not bad_row(p):
            if p["date"] < prev_date:
                bad(f"payment {p['id']} out of date order")
            prev_date = p["date"]
        for k in ("scenario", "note", "reason"):
            if not lab.get(k):
                bad(f"label {p['id']} missing {k}")
        exp = derive(p, invoices, bal)
        got = {k: lab.get(k) for k in exp}
        if got != exp:
            bad(f"label {p['id']} ({lab.get('scenario')}) does not follow the rules:\n  got {got}\n  exp {exp}")
        # invariants, independent of derive()
        st = lab["status"]
        if st not in ("applied", "partial", "unapplied", "review"):
            bad(f"{p['id']} status {st}")
        err = bad_row(p)
        if err:
            if st != "review" or lab["applications"] or lab["candidates"] or not lab.get("error"):
                bad(f"{p['id']} bad row not labelled review with error and nothing else")
            continue
        if lab.get("error"):
            bad(f"{p['id']} error on a good row")
        amt = dec(p["amount"])
        apps = lab["applications"]
        s = sum((dec(a["amount"]) for a in apps), Decimal(0)) + dec(lab["unapplied"])
        if s != amt:
            bad(f"{p['id']} applications + unapplied {s} != amount {amt}")
        if dec(lab["unapplied"]) < 0:
            bad(f"{p['id']} negative unapplied")
        ids = [a["invoice_id"] for a in apps]
        if len(set(ids)) != len(ids):
            bad(f"{p['id']} invoice applied twice")
        for a in apps:
            inv = inv_by_id.get(a["invoice_id"])
            if inv is None:
                bad(f"{p['id']} applies to unknown invoice")
                continue
            if inv["currency"] != p["currency"]:
                bad(f"{p['id']} cross-currency application")
            if p["customer_id"] and inv["customer_id"] != p["customer_id"]:
                bad(f"{p['id']} applies to another customer's invoice")
            if dec(a["amount"]) <= 0 or dec(a["amount"]) > bal[inv["id"]]:
                bad(f"{p['id']} application {a['amount']} exceeds balance {bal[inv['id']]}")
        if len({inv_by_id[i]["customer_id"] for i in ids if i in inv_by_id}) > 1:
            bad(f"{p['id']} applications span customers")
        if st == "applied" and (not apps or dec(lab["unapplied"]) != 0 or lab["short_pay"]):
            bad(f"{p['id']} applied but not fully applied")
        if st == "partial":
            if len(apps) != 1 or dec(lab["unapplied"]) != 0:
                bad(f"{p['id']} partial shape")
            elif dec(apps[0]["amount"]) >= bal[apps[0]["invoice_id"]]:
                bad(f"{p['id']} partial leaves nothing open")
            sp = lab["short_pay"]
            if sp and (sp["invoice_id"] != apps[0]["invoice_id"] or
                       dec(sp["amount"]) != bal[sp["invoice_id"]] - dec(apps[0]["amount"])):
                bad(f"{p['id']} short_pay does not match what is left open")
        if st == "unapplied" and dec(lab["unapplied"]) <= 0:
            bad(f"{p['id']} unapplied with nothing unapplied")
        if st == "review":
            if apps or dec(lab["unapplied"]) != amt:
                bad(f"{p['id']} review applies cash")
        elif lab["candidates"]:
            bad(f"{p['id']} candidates on a decided row")
        for c in lab["candidates"]:
            for iid in c["invoice_ids"]:
                inv = inv_by_id.get(iid)
                if inv is None or bal[iid] <= 0:
                    bad(f"{p['id']} candidate {iid} is not open")
                    continue
                sc = lab["scenario"]
                if inv["currency"] != p["currency"] and sc != "currency_mismatch":
                    bad(f"{p['id']} candidate {iid} in another currency")
                if p["customer_id"] and inv["customer_id"] != p["customer_id"] and sc not in ("other_customer_invoice", "typo_ambiguous"):
                    bad(f"{p['id']} candidate {iid} of another customer")
        apply_label(lab, bal)
        for iid in ids:
            if bal[iid] < 0:
                bad(f"{p['id']} takes {iid} past zero")
    n_bad = sum(1 for p in payments if bad_row(p))
    if not (0.01 * len(payments) <= n_bad <= 0.02 * len(payments)):
        bad(f"bad rows {n_bad} not 1-2%")
    for msg in problems:
        print("PROBLEM:", msg)
    counts = {}
    for lab in labels:
        counts[lab["scenario"]] = counts.get(lab["scenario"], 0) + 1
    st = {}
    for lab in labels:
        st[lab["status"]] = st.get(lab["status"], 0) + 1
    print(f"{len(invoices)} invoices, {len(payments)} payments; statuses {st}")
    print("scenarios:", json.dumps(counts, sort_keys=True))
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
