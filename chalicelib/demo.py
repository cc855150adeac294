"""The embedded demo tenant for local mode: a realistic ledger, generated deterministically.

About 120 customers in the US, UK and euro area, about 400 open invoices in USD/GBP/EUR, two years of
paid history per customer kept on the customer record (reliable, slow and erratic payers, from
which payment stats are computed),
and a few disputes and promises so every case state shows up. Seeding twice changes nothing: the tenant
item is the marker, and every key is natural (same ids every run).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from chalicelib.domain.case import Case, CaseState, Promise
from chalicelib.domain.ledger import (
    Contact,
    ContactRole,
    Customer,
    Invoice,
    InvoicePause,
    InvoiceSource,
    PaidRecord,
)
from chalicelib.domain.tenant import Tenant
from chalicelib.services.cases import refresh_customer_case, update_case
from chalicelib.services.ports import Clock, Repository

DEMO_TENANT = "demo"
_PREFIX = [
    "Acme",
    "Blue",
    "Cedar",
    "Delta",
    "Evergreen",
    "Falcon",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Maple",
    "Northwind",
    "Orchid",
    "Pioneer",
    "Quartz",
    "River",
    "Summit",
    "Tidal",
]
_SUFFIX = [
    "Logistics",
    "Foods",
    "Dental",
    "Studios",
    "Labs",
    "Outfitters",
    "Builders",
    "Analytics",
    "Print",
    "Clinics",
]


@dataclass(frozen=True)
class _Region:
    currency: str
    legal: str
    zones: tuple[str, ...]
    locales: tuple[str, ...]
    domain: str


_REGIONS = (
    _Region(
        "USD", "Inc.", ("America/New_York", "America/Chicago", "America/Los_Angeles"), ("en-US",), "example"
    ),
    _Region("GBP", "Ltd", ("Europe/London",), ("en-GB",), "example.co.uk"),
    _Region("EUR", "GmbH", ("Europe/Berlin",), ("de",), "example.de"),
    _Region("EUR", "SARL", ("Europe/Paris",), ("fr",), "example.fr"),
    _Region("EUR", "S.L.", ("Europe/Madrid",), ("es",), "example.es"),
    _Region("EUR", "B.V.", ("Europe/Amsterdam",), ("nl",), "example.nl"),
)
# behaviour -> (mean days late, spread)
_BEHAVIOUR = {"good": (-2, 3), "slow": (18, 6), "erratic": (10, 30)}


def seed_demo(repo: Repository, clock: Clock, *, tenant_id: str = DEMO_TENANT, customers: int = 120) -> bool:
    """Create the demo tenant and its ledger; False (and nothing written) if it already exists."""
    if repo.get_tenant(tenant_id) is not None:
        return False
    now = clock.now()
    today = now.date()
    tenant = Tenant(
        tenant_id=tenant_id,
        name="Contoso Supplies (demo)",
        created_at=now,
        reply_domain="ar.contoso.example",
        signature="Contoso Supplies - Accounts Receivable",
    )
    rng = random.Random(20260301)  # fixed: the same demo every time  # noqa: S311
    open_invoices: list[tuple[Customer, Invoice]] = []
    for n in range(customers):
        region = _REGIONS[n % len(_REGIONS)]
        first, second = _PREFIX[n % 20], _SUFFIX[(n // 20 + n) % 10]
        name = f"{first} {second} {region.legal}"
        slug = f"{first}{second}".lower()
        cid = f"cus-{n + 1:04d}"
        behaviour = rng.choices(["good", "slow", "erratic"], weights=[6, 3, 2])[0]
        mean, spread = _BEHAVIOUR[behaviour]
        history: list[PaidRecord] = []
        for k in range(rng.randint(8, 24)):  # two years of monthly invoices, some customers newer
            issued = today - timedelta(days=30 * (k + 2) + rng.randint(0, 10))
            if issued < today - timedelta(days=730):
                break
            due = issued + timedelta(days=30)
            paid_on = due + timedelta(days=max(-10, round(rng.gauss(mean, spread))))
            if paid_on >= today:
                continue
            amount = Decimal(rng.randint(300, 9000)) + Decimal(rng.randint(0, 99)) / 100
            history.append(
                PaidRecord(
                    invoice_number=f"INV-{1000 + n * 40 + k}",
                    currency=region.currency,
                    amount=amount,
                    due_date=due,
                    paid_on=paid_on,
                )
            )
        customer = Customer(
            tenant_id=tenant_id,
            customer_id=cid,
            name=name,
            contacts=[
                Contact(email=f"ap@{slug}.{region.domain}", name="Accounts Payable", role=ContactRole.AP),
                Contact(email=f"billing@{slug}.{region.domain}", role=ContactRole.BILLING),
            ],
            locale=region.locales[0],
            time_zone=rng.choice(region.zones),
            strategic=n % 37 == 0,
            customer_since=today - timedelta(days=rng.randint(200, 2000)),
        ).with_history(history)
        repo.put_customer(customer)
        for k in range(rng.choice([2, 3, 3, 4, 4, 5])):  # about 400 open invoices over 120 customers
            issued = today - timedelta(days=rng.randint(5, 120))
            due = issued + timedelta(days=rng.choice([14, 30, 30, 45]))
            total = Decimal(rng.randint(250, 12000)) + Decimal(rng.randint(0, 99)) / 100
            balance = total if rng.random() > 0.15 else (total / 2).quantize(Decimal("0.01"))
            number = f"INV-{5000 + n * 10 + k}"
            open_invoices.append(
                (
                    customer,
                    Invoice(
                        tenant_id=tenant_id,
                        invoice_id=f"{cid}-{k}",
                        customer_id=cid,
                        source=InvoiceSource.FILE,
                        number=number,
                        currency=region.currency,
                        total=total,
                        balance=balance,
                        issue_date=issued,
                        due_date=due,
                        pay_url=f"https://pay.example/{tenant_id}/{number}",
                    ),
                )
            )
    repo.put_invoices([inv for _, inv in open_invoices])
    for customer_id in sorted({c.customer_id for c, _ in open_invoices}):
        refresh_customer_case(
            repo, clock, tenant, customer_id, actor="system:demo", reason="demo ledger loaded"
        )
    _stage_examples(repo, tenant_id, now)
    # The tenant goes last: it is the marker that seeding finished, so an interrupted seed is redone.
    repo.put_tenant(tenant)
    return True


def _stage_examples(repo: Repository, tenant_id: str, now: datetime) -> None:
    """A few promises and disputes, as the agent would have recorded them."""
    open_cases = [c for c in repo.list_cases(tenant_id) if c.state is CaseState.ACTIVE_CHASE]

    def promise(case: Case | None) -> Case | None:
        assert case is not None
        case.capture_promise(
            Promise(due=(now + timedelta(days=5)).date(), captured_at=now),
            at=now,
            actor="agent",
            reason="customer promised to pay by email (demo)",
        )
        return case

    for case in open_cases[3:9]:
        update_case(repo, tenant_id, case.case_id, promise)

    for case in open_cases[12:16]:
        invoice = repo.get_invoice(tenant_id, case.customer_id, case.invoice_ids[0])
        assert invoice is not None
        repo.put_invoice(invoice.model_copy(update={"pause": InvoicePause(reason="dispute: pricing")}))
        facts = {"invoice_id": invoice.invoice_id, "dispute_reason": "pricing"}

        def dispute(current: Case | None, facts: dict[str, str] = facts) -> Case | None:
            assert current is not None
            current.transition(
                CaseState.DISPUTE,
                at=now,
                actor="agent",
                kind="DisputeOpened",
                reason="customer disputes pricing on one invoice (demo)",
                facts=facts,
            )
            return current

        update_case(repo, tenant_id, case.case_id, dispute)
