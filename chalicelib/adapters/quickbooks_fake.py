"""``FakeQboLedger``: the local twin of QuickBooks Online behind the ``QboLedger`` port.

It holds real-shaped QBO JSON objects (load them with ``put``) and answers through the same mapping as
``QuickBooksGateway``, so what the sync sees locally is what it sees from Intuit. Payments created through
``apply_payment`` honour ``requestid`` like QBO does (same id, same payment) and are appended to
``<outbox>/quickbooks.jsonl`` in local mode. ``fail_with`` makes the next call raise, to rehearse outages.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from chalicelib.adapters import quickbooks_mapping as m
from chalicelib.adapters.quickbooks_api import dumps_exact
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.services.quickbooks_sync import Changes, Page, QboError, QboReconnectError, SeenPayment


class FakeQboLedger:
    def __init__(
        self, outbox: Path | None = None, *, page_size: int = 100, home_currency: str = "USD"
    ) -> None:
        self.objects: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self.deleted: dict[tuple[str, str], dict[str, str]] = {}
        self.created: dict[str, dict[str, Any]] = {}  # request id -> created payment
        self.linked: list[tuple[str, str, dict[str, Decimal]]] = []  # (tenant, payment id, applications)
        self.notes: list[tuple[str, str, str]] = []
        self.calls: list[str] = []
        self.fail_with: QboError | None = None
        self._outbox = outbox
        self._page = page_size
        self._currency = home_currency

    # --- arranging --------------------------------------------------------------------------------------

    def put(self, tenant_id: str, entity: str, obj: dict[str, Any]) -> None:
        self.objects.setdefault((tenant_id, entity), {})[str(obj["Id"])] = obj
        self.deleted.get((tenant_id, entity), {}).pop(str(obj["Id"]), None)

    def delete(self, tenant_id: str, entity: str, qbo_id: str, at: str) -> None:
        self.objects.get((tenant_id, entity), {}).pop(qbo_id, None)
        self.deleted.setdefault((tenant_id, entity), {})[qbo_id] = at

    def _rows(self, tenant_id: str, entity: str) -> list[dict[str, Any]]:
        rows = self.objects.get((tenant_id, entity), {})
        return [rows[k] for k in sorted(rows, key=lambda k: (len(k), k))]

    def _call(self, name: str) -> None:
        self.calls.append(name)
        if self.fail_with is not None:
            error, self.fail_with = self.fail_with, None
            raise error

    def _page_of(self, rows: list[dict[str, Any]], start: int) -> tuple[list[dict[str, Any]], int | None]:
        chunk = rows[start - 1 : start - 1 + self._page]
        return chunk, (start + len(chunk) if len(chunk) == self._page else None)

    def _seen(self, tenant_id: str, obj: dict[str, Any]) -> SeenPayment:
        customer = (obj.get("CustomerRef") or {}).get("value")
        return SeenPayment(
            our_id=m.our_id(obj["Id"]),
            customer_id=m.our_id(customer) if customer else None,
            payment=m.payment_from_qbo(tenant_id, obj, home_currency=self._currency),
            unapplied=m.unapplied_amount(obj),
            linked_invoices=[m.our_id(k) for k in m.invoice_links(obj)],
            updated_at=m.updated_at(obj),
        )

    # --- QboLedger ----------------------------------------------------------------------------------------

    def customers(self, tenant_id: str, start: int) -> Page[tuple[Customer, str | None]]:
        self._call("customers")
        rows, nxt = self._page_of(self._rows(tenant_id, "Customer"), start)
        return Page([(m.customer_from_qbo(tenant_id, r), m.updated_at(r)) for r in rows], nxt)

    def open_invoices(self, tenant_id: str, start: int) -> Page[Invoice]:
        self._call("open_invoices")
        open_rows = [r for r in self._rows(tenant_id, "Invoice") if Decimal(str(r.get("Balance", 0))) > 0]
        rows, nxt = self._page_of(open_rows, start)
        return Page([m.invoice_from_qbo(tenant_id, r, home_currency=self._currency) for r in rows], nxt)

    def payments_since(self, tenant_id: str, since: date, start: int) -> Page[SeenPayment]:
        self._call("payments_since")
        recent = [r for r in self._rows(tenant_id, "Payment") if date.fromisoformat(r["TxnDate"]) >= since]
        rows, nxt = self._page_of(recent, start)
        return Page([self._seen(tenant_id, r) for r in rows], nxt)

    def invoices_by_id(self, tenant_id: str, invoice_ids: list[str]) -> list[Invoice]:
        self._call("invoices_by_id")
        rows = self.objects.get((tenant_id, "Invoice"), {})
        wanted = [rows[m.qbo_id(i)] for i in invoice_ids if m.qbo_id(i) in rows]
        return [m.invoice_from_qbo(tenant_id, r, home_currency=self._currency) for r in wanted]

    def customer_open_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        self._call("customer_open_invoices")
        return [
            m.invoice_from_qbo(tenant_id, r, home_currency=self._currency)
            for r in self._rows(tenant_id, "Invoice")
            if (r.get("CustomerRef") or {}).get("value") == m.qbo_id(customer_id)
            and Decimal(str(r.get("Balance", 0))) > 0
        ]

    def invoice(self, tenant_id: str, invoice_id: str, *, voided: bool = False) -> Invoice | None:
        self._call("invoice")
        obj = self.objects.get((tenant_id, "Invoice"), {}).get(m.qbo_id(invoice_id))
        return (
            m.invoice_from_qbo(tenant_id, obj, home_currency=self._currency, voided=voided) if obj else None
        )

    def customer(self, tenant_id: str, customer_id: str) -> tuple[Customer, str | None] | None:
        self._call("customer")
        obj = self.objects.get((tenant_id, "Customer"), {}).get(m.qbo_id(customer_id))
        return (m.customer_from_qbo(tenant_id, obj), m.updated_at(obj)) if obj else None

    def payment(self, tenant_id: str, payment_id: str) -> SeenPayment | None:
        self._call("payment")
        obj = self.objects.get((tenant_id, "Payment"), {}).get(m.qbo_id(payment_id))
        return self._seen(tenant_id, obj) if obj else None

    def credit_memo_customer(self, tenant_id: str, credit_memo_id: str) -> str | None:
        self._call("credit_memo_customer")
        obj = self.objects.get((tenant_id, "CreditMemo"), {}).get(m.qbo_id(credit_memo_id)) or {}
        ref = (obj.get("CustomerRef") or {}).get("value")
        return m.our_id(ref) if ref else None

    def changes_since(self, tenant_id: str, since: datetime) -> Changes:
        self._call("changes_since")
        changes = Changes(as_of=since)
        latest = since

        def changed(obj: dict[str, Any]) -> bool:
            nonlocal latest
            stamp = m.updated_at(obj)
            if stamp is None:
                return False
            at = datetime.fromisoformat(stamp)
            latest = max(latest, at)
            return at > since

        for customer_row in filter(changed, self._rows(tenant_id, "Customer")):
            customer = m.customer_from_qbo(tenant_id, customer_row)
            changes.customers.append(customer)
            changes.customer_markers[customer.customer_id] = m.updated_at(customer_row) or ""
        changes.invoices = [
            m.invoice_from_qbo(tenant_id, r, home_currency=self._currency)
            for r in filter(changed, self._rows(tenant_id, "Invoice"))
        ]
        changes.payments = [
            self._seen(tenant_id, r) for r in filter(changed, self._rows(tenant_id, "Payment"))
        ]
        changes.credit_memo_customers = [
            m.our_id(r["CustomerRef"]["value"]) for r in filter(changed, self._rows(tenant_id, "CreditMemo"))
        ]
        for (tenant, entity), gone in self.deleted.items():
            if tenant == tenant_id:
                changes.deleted[entity] = [
                    m.our_id(k) for k, at in gone.items() if datetime.fromisoformat(at) > since
                ]
        changes.as_of = latest
        return changes

    def link_payment(self, tenant_id: str, payment_id: str, applications: dict[str, Decimal]) -> str:
        self._call("link_payment")
        row = self.objects.get((tenant_id, "Payment"), {}).get(m.qbo_id(payment_id))
        if row is None:
            raise QboError(f"payment {payment_id} does not exist in QuickBooks")
        lines = row.setdefault("Line", [])
        linked = {str(t.get("TxnId")) for line in lines for t in line.get("LinkedTxn") or []}
        invoices = self.objects.get((tenant_id, "Invoice"), {})
        for invoice_id, amount in sorted(applications.items()):
            if m.qbo_id(invoice_id) in linked:
                continue
            invoice = invoices.get(m.qbo_id(invoice_id))
            if invoice is None:
                raise QboError(f"invoice {invoice_id} does not exist in QuickBooks")
            invoice["Balance"] = Decimal(str(invoice["Balance"])) - amount
            lines.append(
                {"Amount": amount, "LinkedTxn": [{"TxnId": m.qbo_id(invoice_id), "TxnType": "Invoice"}]}
            )
            row["UnappliedAmt"] = Decimal(str(row.get("UnappliedAmt") or 0)) - amount
        self.linked.append((tenant_id, payment_id, dict(applications)))
        return str(row["Id"])

    def apply_payment(
        self,
        tenant_id: str,
        customer_id: str,
        payment: Payment,
        applications: dict[str, Decimal],
        request_id: str,
    ) -> str:
        self._call("apply_payment")
        if request_id in self.created:
            return str(self.created[request_id]["Id"])  # QBO answers a repeated requestid with the original
        invoices = self.objects.get((tenant_id, "Invoice"), {})
        for invoice_id, amount in applications.items():
            row = invoices.get(m.qbo_id(invoice_id))
            if row is None:
                raise QboError(f"invoice {invoice_id} does not exist in QuickBooks")
            row["Balance"] = Decimal(str(row["Balance"])) - amount
        qbo_id = str(9000 + len(self.created))
        obj = {
            "Id": qbo_id,
            "CustomerRef": {"value": m.qbo_id(customer_id)},
            "TotalAmt": sum(applications.values(), Decimal(0)),
            "TxnDate": payment.received_on.isoformat(),
            "CurrencyRef": {"value": payment.currency},
            "Line": [
                {"Amount": a, "LinkedTxn": [{"TxnId": m.qbo_id(i), "TxnType": "Invoice"}]}
                for i, a in sorted(applications.items())
            ],
        }
        self.created[request_id] = obj
        self.put(tenant_id, "Payment", obj)
        if self._outbox is not None:
            self._outbox.mkdir(parents=True, exist_ok=True)
            with (self._outbox / "quickbooks.jsonl").open("a") as fh:
                fh.write(dumps_exact({"tenant": tenant_id, "requestid": request_id, "payment": obj}) + "\n")
        return qbo_id

    def add_customer_note(self, tenant_id: str, customer_id: str, note: str) -> None:
        self._call("add_customer_note")
        self.notes.append((tenant_id, customer_id, note))


def load_fixture_objects(ledger: FakeQboLedger, tenant_id: str, lines: list[str]) -> None:
    """Load Airbyte-wrapped QBO records (``{"stream": ..., "data": {...}}``) into the twin."""
    entities = {
        "customers": "Customer",
        "invoices": "Invoice",
        "payments": "Payment",
        "credit_memos": "CreditMemo",
    }
    for line in lines:
        if line.strip():
            record = json.loads(line, parse_float=Decimal)
            ledger.put(tenant_id, entities[record["stream"]], record["data"])


class FakeQboConnector:
    """The twin of Intuit's OAuth: authorising sends you straight back to our callback with a code."""

    def __init__(self, *, callback: str = "/oauth/quickbooks/callback") -> None:
        self.connected: dict[str, str] = {}  # tenant -> realm
        self.revoked: set[str] = set()  # tenants whose grant Intuit no longer honours
        self._callback = callback

    def authorize_url(self, state: str) -> str:
        return (
            f"{self._callback}?{urlencode({'state': state, 'code': 'local-code', 'realmId': 'local-realm'})}"
        )

    def connect(self, tenant_id: str, code: str, realm_id: str, now: datetime) -> str:
        if code == "bad-code":
            raise QboError("Intuit refused the authorization code")
        self.connected[tenant_id] = realm_id
        self.revoked.discard(tenant_id)
        return "USD"

    def disconnect(self, tenant_id: str, realm_id: str) -> None:
        self.connected.pop(tenant_id, None)

    def probe(self, tenant_id: str) -> None:
        if tenant_id in self.revoked or tenant_id not in self.connected:
            raise QboReconnectError("the QuickBooks grant was revoked")
