"""The Stripe twin for local mode and tests: the ``StripeGateway`` and ``StripeOAuth`` ports in memory.

Objects are Stripe's own JSON shapes (tests load real fixtures into it). ``fail_next`` makes the next calls
raise ``StripeUnavailableError``, which is what the real adapter raises once its own retries are spent.
Paying an invoice is keyed by the idempotency key, as at Stripe, so a repeated slot charges once.
"""

from __future__ import annotations

import copy
import itertools
from datetime import datetime, timedelta
from typing import Any

from chalicelib.services.ports import Repository
from chalicelib.services.stripe_events import (
    EVENT_KIND,
    ObjectKind,
    Page,
    StripeEventRecord,
    StripeUnavailableError,
)
from chalicelib.services.stripe_install import ReconnectNeededError, StripeGrant


class FakeStripeGateway:
    """``learn_from``: in local mode there is no Stripe behind the twin, so an object it was never given is
    read from the newest delivered event that carried it (what Stripe said last is the best local truth)."""

    def __init__(self, learn_from: Repository | None = None) -> None:
        self._learn_from = learn_from
        self.objects: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.invoice_of_pi: dict[tuple[str, str], str] = {}
        self.payments: dict[str, str] = {}  # idempotency key -> invoice id
        self.attached: set[str] = set()  # idempotency keys of attached payment intents
        self.calls = 0
        self._failures = 0

    # test helpers
    def put(self, tenant_id: str, obj: dict[str, Any]) -> dict[str, Any]:
        self.objects[(tenant_id, str(obj["object"]), str(obj["id"]))] = copy.deepcopy(obj)
        if obj.get("object") == "invoice" and isinstance(obj.get("payment_intent"), str):
            self.invoice_of_pi[(tenant_id, obj["payment_intent"])] = str(obj["id"])
        return obj

    def update(self, tenant_id: str, kind: str, object_id: str, **changes: Any) -> dict[str, Any]:
        obj = self.objects[(tenant_id, kind, object_id)]
        obj.update(changes)
        return obj

    def fail_next(self, n: int) -> None:
        self._failures = n

    def _tick(self) -> None:
        self.calls += 1
        if self._failures > 0:
            self._failures -= 1
            raise StripeUnavailableError("injected: Stripe answered 429/5xx")

    # the port
    def retrieve(self, tenant_id: str, kind: ObjectKind, object_id: str) -> dict[str, Any] | None:
        self._tick()
        obj = self.objects.get((tenant_id, kind, object_id))
        if obj is None and self._learn_from is not None:
            obj = self._delivered(tenant_id, kind, object_id)
        return copy.deepcopy(obj) if obj is not None else None

    def _delivered(self, tenant_id: str, kind: str, object_id: str) -> dict[str, Any] | None:
        assert self._learn_from is not None
        newest: tuple[int, dict[str, Any]] | None = None
        for stored in self._learn_from.list_records(tenant_id, EVENT_KIND, StripeEventRecord):
            obj = (stored.payload.get("data") or {}).get("object") or {}
            if obj.get("id") == object_id and obj.get("object") == kind:
                created = int(stored.payload.get("created") or 0)
                if newest is None or created >= newest[0]:
                    newest = (created, obj)
        return newest[1] if newest else None

    def invoice_for_payment_intent(self, tenant_id: str, payment_intent_id: str) -> str | None:
        self._tick()
        return self.invoice_of_pi.get((tenant_id, payment_intent_id))

    def _list(self, tenant_id: str, kind: str, starting_after: str | None, limit: int, keep: Any) -> Page:
        rows = sorted(
            (o for (t, k, _), o in self.objects.items() if t == tenant_id and k == kind and keep(o)),
            key=lambda o: str(o["id"]),
        )
        if starting_after:
            rows = [o for o in rows if str(o["id"]) > starting_after]
        return Page(items=copy.deepcopy(rows[:limit]), has_more=len(rows) > limit)

    def list_customers(self, tenant_id: str, *, starting_after: str | None, limit: int) -> Page:
        self._tick()
        return self._list(tenant_id, "customer", starting_after, limit, lambda o: True)

    def list_invoices(
        self, tenant_id: str, *, status: str, created_gte: int | None, starting_after: str | None, limit: int
    ) -> Page:
        self._tick()

        def keep(o: dict[str, Any]) -> bool:
            return o.get("status") == status and (
                created_gte is None or int(o.get("created") or 0) >= created_gte
            )

        return self._list(tenant_id, "invoice", starting_after, limit, keep)

    def pay_invoice(self, tenant_id: str, invoice_id: str, *, idempotency_key: str) -> dict[str, Any]:
        self._tick()
        self.payments.setdefault(idempotency_key, invoice_id)
        return copy.deepcopy(self.objects.get((tenant_id, "invoice", invoice_id), {"id": invoice_id}))

    def mark_paid_out_of_band(
        self, tenant_id: str, invoice_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        self._tick()
        self.payments.setdefault(idempotency_key, invoice_id)
        obj = self.objects.get((tenant_id, "invoice", invoice_id))
        if obj is None:
            return {"id": invoice_id, "status": "paid", "paid_out_of_band": True}
        # As at Stripe: the whole remaining amount is settled outside Stripe; the invoice is paid.
        obj.update({"status": "paid", "paid_out_of_band": True, "amount_remaining": 0})
        return copy.deepcopy(obj)

    def attach_payment_intent(
        self, tenant_id: str, invoice_id: str, payment_intent_id: str, *, idempotency_key: str
    ) -> dict[str, Any]:
        self._tick()
        obj = self.objects[(tenant_id, "invoice", invoice_id)]
        if (
            self.payments.setdefault(idempotency_key, invoice_id) == invoice_id
            and idempotency_key not in self.attached
        ):
            self.attached.add(idempotency_key)
            pi = self.objects.get((tenant_id, "payment_intent", payment_intent_id), {})
            received = int(pi.get("amount_received") or 0)
            remaining = max(0, int(obj.get("amount_remaining") or 0) - received)
            obj.update(
                {"amount_remaining": remaining, "amount_paid": int(obj.get("amount_paid") or 0) + received}
            )
            if remaining == 0:
                obj["status"] = "paid"
        return copy.deepcopy(obj)


class FakeStripeOAuth:
    """Codes map to accounts; each refresh retires the refresh token it used, as Stripe Apps does."""

    def __init__(self, accounts: dict[str, str] | None = None) -> None:
        self.accounts = accounts or {}
        self.retired: set[str] = set()
        self.refreshes = 0
        self._seq = itertools.count(1)

    def authorize_url(self, state: str) -> str:
        return f"https://marketplace.stripe.test/oauth/v2/authorize?state={state}"

    def _grant(self, account: str, now: datetime) -> StripeGrant:
        n = next(self._seq)
        return StripeGrant(
            account_id=account,
            access_token=f"ak_{account}_{n}",
            refresh_token=f"rt_{account}_{n}",
            expires_at=now + timedelta(hours=1),
        )

    def exchange_code(self, code: str, *, now: datetime) -> StripeGrant:
        account = self.accounts.get(code)
        if account is None:
            raise ReconnectNeededError("invalid authorization code")
        return self._grant(account, now)

    def refresh(self, refresh_token: str, *, now: datetime) -> StripeGrant:
        if refresh_token in self.retired:
            raise ReconnectNeededError("refresh token already used")
        self.retired.add(refresh_token)
        self.refreshes += 1
        account = refresh_token.removeprefix("rt_").rsplit("_", 1)[0]
        return self._grant(account, now)
