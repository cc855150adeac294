"""Intuit (QuickBooks Online) webhooks: the signature and both payload formats.

Outside contract:
- Header ``intuit-signature``: base64 of HMAC-SHA256 over the raw request body, keyed with the app's
  verifier token. Compared in constant time, over the exact bytes received.
- Legacy format: ``{"eventNotifications": [{"realmId", "dataChangeEvent": {"entities": [{"name", "id",
  "operation", "lastUpdated", "deletedId"?}]}}]}``. Operations: Create, Update, Delete, Merge, Void, Emailed.
  It carries no event id, so the change itself (realm, entity, id, operation, lastUpdated) is the identity.
- CloudEvents format (mandatory from May 2026): a JSON array of ``{"specversion": "1.0", "id", "source",
  "type": "qbo.<entity>.<operation>.v<n>", "time", "intuitentityid", "intuitaccountid"}`` with past-tense
  operations (created, updated, deleted, merged, voided) and lower-case entities (``creditmemo``).
Both are turned into ``ChangeNotice`` in the legacy vocabulary (``CreditMemo``, ``Update``).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

from chalicelib.services.quickbooks_sync import ChangeNotice


class IntuitSignatureError(ValueError):
    """Not signed by Intuit with our verifier token; the message is safe to return."""


class IntuitPayloadError(ValueError):
    """Signed, but not a webhook body we can read."""


_ENTITIES = {
    name.lower(): name
    for name in (
        "Invoice",
        "Payment",
        "Customer",
        "CreditMemo",
        "Estimate",
        "SalesReceipt",
        "RefundReceipt",
        "Vendor",
        "Bill",
        "BillPayment",
        "Class",
        "Item",
        "Account",
        "Deposit",
        "JournalEntry",
        "Term",
    )
}
_OPERATIONS = {
    "create": "Create",
    "created": "Create",
    "update": "Update",
    "updated": "Update",
    "delete": "Delete",
    "deleted": "Delete",
    "merge": "Merge",
    "merged": "Merge",
    "void": "Void",
    "voided": "Void",
    "emailed": "Emailed",
}


def verify_signature(raw: bytes, header: str | None, verifier_token: str) -> None:
    if not header or not header.strip():
        raise IntuitSignatureError("missing intuit-signature header")
    expected = base64.b64encode(hmac.new(verifier_token.encode(), raw, hashlib.sha256).digest())
    if not hmac.compare_digest(expected, header.strip().encode()):
        raise IntuitSignatureError("intuit-signature does not match the body")


def _entity(name: str) -> str:
    return _ENTITIES.get(name.lower(), name[:1].upper() + name[1:])


def _operation(name: str) -> str:
    return _OPERATIONS.get(name.lower(), name.capitalize())


def parse_changes(payload: Any) -> list[ChangeNotice]:
    try:
        if isinstance(payload, dict) and "eventNotifications" in payload:
            return _legacy(payload["eventNotifications"])
        if isinstance(payload, list):
            return [_cloud_event(e) for e in payload]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise IntuitPayloadError(f"unreadable Intuit webhook: {type(exc).__name__}: {exc}") from exc
    raise IntuitPayloadError("not an Intuit webhook: expected eventNotifications or a CloudEvents array")


def _legacy(notifications: list[dict[str, Any]]) -> list[ChangeNotice]:
    changes = []
    for note in notifications:
        realm = str(note["realmId"])
        for e in (note.get("dataChangeEvent") or {}).get("entities") or []:
            entity, operation = _entity(str(e["name"])), _operation(str(e["operation"]))
            changed = e.get("lastUpdated")
            changes.append(
                ChangeNotice(
                    realm_id=realm,
                    entity=entity,
                    entity_id=str(e["id"]),
                    operation=operation,
                    event_id=f"{realm}:{entity}:{e['id']}:{operation}:{changed or ''}",
                    label=f"{e['name']}.{e['operation']}",
                    changed_at=changed,
                    deleted_id=str(e["deletedId"]) if e.get("deletedId") else None,
                )
            )
    return changes


def _cloud_event(e: dict[str, Any]) -> ChangeNotice:
    kind = str(e["type"]).split(".")  # qbo.<entity>.<operation>.v<n>
    if len(kind) < 3 or kind[0] != "qbo":
        raise ValueError(f"unknown CloudEvents type {e['type']!r}")
    entity, operation = _entity(kind[1]), _operation(kind[2])
    return ChangeNotice(
        realm_id=str(e["intuitaccountid"]),
        entity=entity,
        entity_id=str(e["intuitentityid"]),
        operation=operation,
        event_id=str(e["id"]),
        label=f"{entity}.{kind[2].capitalize()}",
        changed_at=e.get("time"),
        deleted_id=str(e["deletedid"]) if e.get("deletedid") else None,
    )
