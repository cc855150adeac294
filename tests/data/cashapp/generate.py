"""Generates a labelled cash-application dev ledger: python tests/data/cashapp/generate.py [SEED] [N_CUSTOMERS].

Writes invoices.json, payments.json and expected.json (status and applications per payment, plus the
scenario). Scenarios: exact reference in many styles, typo in the reference, PO number that is also an
invoice number, lump sum, partial, short pay with a stated reason, bank-fee short pay, overpayment, second
payment of a paid invoice, name-only with exact amount, truncated bank name, genuinely ambiguous amount,
cross-currency, and bad input.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

WORDS = [
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Wingtip",
    "Litware",
    "Adatum",
    "Proseware",
    "Lucerne",
    "Margie",
    "Alpine",
    "Coho",
    "Humongous",
    "Trey",
    "Woodgrove",
    "Blue Yonder",
    "Fourth Coffee",
    "Wide World",
    "Graphic Design",
    "City Power",
    "Relecloud",
    "Bellows",
    "Southridge",
    "Datum",
    "VanArsdel",
    "Munson",
    "Lamna",
    "Nod",
    "Olympia",
    "Consolidated",
]
TRADES = [
    "Traders",
    "Logistics",
    "Foods",
    "Dental Care",
    "Studios",
    "Laboratories",
    "Outfitters",
    "Builders",
    "Analytics",
    "Printing",
    "Hospitality",
    "Engineering",
]
LEGAL = {
    "USD": ["Inc.", "LLC", "Corp."],
    "EUR": ["GmbH", "SARL", "S.L.", "B.V.", "S.p.A."],
    "GBP": ["Ltd", "PLC"],
}
STYLES = [
    "INV-{n}",
    "Invoice {n}",
    "inv {n}",
    "#{n}",
    "INV{n}",
    "Payment for invoice no. {n}",
    "Rechnung {n}",
    "Facture n° {n}",
    "Factura {n}",
    "REF INV-{n} THANK YOU",
]


def money(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def build(seed: int, n_customers: int) -> tuple[list[dict], list[dict], list[dict]]:
    rng = random.Random(seed)
    today = date(2026, 3, 20)
    invoices: list[dict] = []
    customers: list[dict] = []
    number = 10000 + rng.randint(0, 5000)
    for c in range(n_customers):
        currency = rng.choice(["USD", "USD", "EUR", "GBP"])
        name = f"{rng.choice(WORDS)} {rng.choice(TRADES)} {rng.choice(LEGAL[currency])}"
        cust = {"id": f"cus-{c:05d}", "name": name, "currency": currency, "invoices": []}
        for _ in range(rng.randint(2, 6)):
            number += rng.randint(1, 7)
            cents = rng.randint(15_000, 2_500_000)
            issue = today - timedelta(days=rng.randint(10, 120))
            inv = {
                "id": f"i-{number}",
                "number": f"INV-{number}",
                "customer_id": cust["id"],
                "customer_name": name,
                "currency": currency,
                "total": money(cents),
                "balance": money(cents),
                "issue_date": issue.isoformat(),
                "due_date": (issue + timedelta(days=30)).isoformat(),
            }
            invoices.append(inv)
            cust["invoices"].append(inv)
        customers.append(cust)
    balance = {inv["id"]: int(Decimal(inv["balance"]) * 100) for inv in invoices}
    by_amount: dict[tuple[str, int], int] = {}
    for inv in invoices:
        key = (inv["currency"], balance[inv["id"]])
        by_amount[key] = by_amount.get(key, 0) + 1

    payments: list[dict] = []
    expected: list[dict] = []
    pid = 0

    def pay(
        cust: dict,
        cents: int,
        currency: str | None = None,
        *,
        ref: str | None = None,
        remit: str | None = None,
        with_id: bool = True,
        payer: str | None = None,
    ) -> dict:
        nonlocal pid
        pid += 1
        p = {
            "id": f"p-{pid:06d}",
            "date": today.isoformat(),
            "amount": money(cents),
            "currency": currency or cust["currency"],
            "payer_name": payer if payer is not None else cust["name"].upper(),
            "customer_id": cust["id"] if with_id else None,
            "reference": ref,
            "remittance": remit,
        }
        payments.append(p)
        return p

    def expect(p: dict, scenario: str, status: str, apps: list[tuple[str, int]]) -> None:
        for i, c in apps:
            balance[i] -= c
        expected.append(
            {
                "payment_id": p["id"],
                "scenario": scenario,
                "status": status,
                "applications": [{"invoice_id": i, "amount": money(c)} for i, c in apps],
            }
        )

    scenarios = [
        "exact_ref",
        "exact_ref",
        "exact_ref",
        "typo_ref",
        "po_number",
        "lump_sum",
        "partial",
        "short_pay",
        "bank_fee",
        "overpay",
        "duplicate",
        "name_only",
        "truncated_name",
        "ambiguous",
        "cross_currency",
        "bad_input",
        "multi_ref",
    ]
    for cust in customers:
        scenario = rng.choice(scenarios)
        open_inv = [i for i in cust["invoices"] if balance[i["id"]] > 0]
        if len(open_inv) < 2:
            continue
        a, b = open_inv[0], open_inv[1]
        na, nb = a["number"].split("-")[1], b["number"].split("-")[1]
        ca, cb = balance[a["id"]], balance[b["id"]]
        if scenario == "exact_ref":
            p = pay(cust, ca, ref=rng.choice(STYLES).format(n=na), with_id=rng.random() < 0.5)
            expect(p, scenario, "applied", [(a["id"], ca)])
        elif scenario == "multi_ref":
            sep = rng.choice([", ", " and ", "/", " & ", " + "])
            p = pay(cust, ca + cb, ref=f"Invoices {na}{sep}{nb}", with_id=False)
            expect(p, scenario, "applied", [(a["id"], ca), (b["id"], cb)])
        elif scenario == "typo_ref":
            wrong = na[:-2] + na[-1] + na[-2] if na[-1] != na[-2] else na[:-1] + str((int(na[-1]) + 1) % 10)
            p = pay(cust, ca, ref=f"INV {wrong}")
            # A typo that lands on a real invoice number is not a typo the engine may correct.
            collides = any(
                i["number"] == f"INV-{wrong}" and i["currency"] == cust["currency"] for i in invoices
            )
            expect(p, scenario, "review" if collides else "applied", [] if collides else [(a["id"], ca)])
        elif scenario == "po_number":
            p = pay(cust, ca, ref=f"PO {nb} / INV-{na}", with_id=False)
            expect(p, scenario, "applied", [(a["id"], ca)])
        elif scenario == "lump_sum":
            if by_amount.get((cust["currency"], ca + cb), 0) or ca == cb:
                continue
            p = pay(cust, ca + cb, ref="monthly payment")
            sets = _subset_sums([balance[i["id"]] for i in open_inv], ca + cb)
            if len(sets) != 1:
                expect(p, scenario, "review", [])
            else:
                expect(p, scenario, "applied", [(a["id"], ca), (b["id"], cb)])
        elif scenario == "partial":
            part = ca // 2
            p = pay(cust, part, ref=f"part payment {a['number']}")
            expect(p, scenario, "partial", [(a["id"], part)])
        elif scenario == "short_pay":
            short = ca * 2 // 100
            p = pay(cust, ca - short, ref=a["number"], remit=f"{a['number']} less 2% early payment discount")
            expect(p, scenario, "partial", [(a["id"], ca - short)])
        elif scenario == "bank_fee":
            p = pay(cust, ca - 1500, ref=a["number"])
            expect(
                p,
                scenario,
                "partial",
                [(a["id"], ca - 1500)],
            )
        elif scenario == "overpay":
            p = pay(cust, ca + 10_000, ref=a["number"])
            expect(p, scenario, "unapplied", [(a["id"], ca)])
        elif scenario == "duplicate":
            p = pay(cust, ca, ref=a["number"])
            expect(p, "exact_ref", "applied", [(a["id"], ca)])
            p2 = pay(cust, ca, ref=a["number"])
            expect(p2, scenario, "unapplied", [])
        elif scenario in ("name_only", "truncated_name"):
            if by_amount.get((cust["currency"], ca), 0) != 1 or any(
                balance[i["id"]] == ca for i in open_inv[1:]
            ):
                continue
            payer = cust["name"].upper()
            if scenario == "truncated_name":
                payer = payer[:18] if len(payer) > 20 else payer
            p = pay(cust, ca, with_id=False, payer=payer)
            expect(p, scenario, "applied", [(a["id"], ca)])
        elif scenario == "ambiguous":
            # Make two invoices carry the same balance, then pay that amount with no reference.
            b["balance"] = b["total"] = money(ca)
            balance[b["id"]] = ca
            p = pay(cust, ca)
            expect(p, scenario, "review", [])
        elif scenario == "cross_currency":
            other = "EUR" if cust["currency"] != "EUR" else "USD"
            p = pay(cust, ca, currency=other, ref=a["number"])
            expect(p, scenario, "unapplied", [])
        elif scenario == "bad_input":
            p = pay(cust, -ca, ref=a["number"])
            expect(p, scenario, "review", [])
    return invoices, payments, expected


def _subset_sums(values: list[int], target: int) -> list[list[int]]:
    out: list[list[int]] = []

    def walk(k: int, rem: int, chosen: list[int]) -> None:
        if len(out) > 2:
            return
        if rem == 0:
            out.append(chosen)
            return
        if k == len(values) or rem < 0:
            return
        walk(k + 1, rem - values[k], [*chosen, k])
        walk(k + 1, rem, chosen)

    walk(0, target, [])
    return out


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 400
    invoices, payments, expected = build(seed, n)
    here = Path(__file__).parent
    for name, data in (("invoices", invoices), ("payments", payments), ("expected", expected)):
        (here / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(invoices)} invoices, {len(payments)} payments")


if __name__ == "__main__":
    main()
