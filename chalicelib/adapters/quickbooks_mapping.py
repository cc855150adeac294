"""QuickBooks Online (Accounting API v3) JSON -> Argent's Customer, Invoice and Payment.

Outside contract (QBO entities as returned by query / read / CDC, minor version >= 75):
- ``Customer``: ``Id``, ``DisplayName``, ``PrimaryEmailAddr.Address`` (QBO lets users type several addresses
  separated by commas), ``BillAddr.Country``/``CountrySubDivisionCode``, ``CurrencyRef``, ``SalesTermRef``,
  ``MetaData.CreateTime``/``LastUpdatedTime``, ``Active``.
- ``Invoice``: ``Id``, ``DocNumber``, ``CustomerRef.value``, ``CurrencyRef.value``, ``TotalAmt``, ``Balance``,
  ``TxnDate``, ``DueDate``, ``BillEmail``, ``InvoiceLink`` (only with ``include=invoiceLink``).
- ``Payment``: ``Id``, ``CustomerRef``, ``TotalAmt``, ``UnappliedAmt``, ``TxnDate``, ``PaymentRefNum``,
  ``Line[].LinkedTxn[]`` (``TxnType`` "Invoice" lines say how much went to which invoice).
- CDC marks deleted objects with ``"status": "Deleted"`` and only ``Id`` and ``MetaData``.

Our ids are the QBO ids prefixed with ``qbo-`` so a tenant with Stripe and QuickBooks never mixes them.
``LastUpdatedTime`` carries a UTC offset (``-08:00``), so it is normalised to UTC before being kept as
``source_updated_at``: the strings are then comparable and an older copy never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from chalicelib.domain.ledger import (
    Contact,
    ContactRole,
    Customer,
    Invoice,
    InvoiceSource,
    InvoiceStatus,
    Payment,
)
from chalicelib.domain.money import check_currency

PREFIX = "qbo-"
QboObject = Mapping[str, Any]

# Local parts that are an accounts-payable mailbox rather than a person: they pay, so they go first.
_AP_MAILBOXES = ("ap", "accountspayable", "accounts.payable", "accounts-payable", "payables", "invoices")

# QBO has no customer language or time zone; the billing address is the best evidence there is.
_COUNTRY_LOCALE = {
    "france": "fr",
    "fr": "fr",
    "germany": "de",
    "de": "de",
    "deutschland": "de",
    "spain": "es",
    "es": "es",
    "mexico": "es-MX",
    "mx": "es-MX",
    "italy": "it",
    "it": "it",
    "netherlands": "nl",
    "nl": "nl",
}
_US_STATE_ZONE = {
    **dict.fromkeys(["CA", "WA", "OR", "NV"], "America/Los_Angeles"),
    **dict.fromkeys(["AZ"], "America/Phoenix"),
    **dict.fromkeys(["CO", "UT", "NM", "MT", "WY", "ID"], "America/Denver"),
    **dict.fromkeys(
        ["TX", "IL", "MN", "WI", "MO", "IA", "LA", "OK", "KS", "NE", "AR", "MS", "AL", "TN", "SD", "ND"],
        "America/Chicago",
    ),
}


class QboMappingError(ValueError):
    """A QBO object that cannot become one of ours (no id, no customer, an unknown currency)."""


def our_id(qbo_id: str | int) -> str:
    return f"{PREFIX}{qbo_id}"


def qbo_id(ours: str) -> str:
    return ours.removeprefix(PREFIX)


def is_deleted(obj: QboObject) -> bool:
    return str(obj.get("status", "")).lower() == "deleted"


def updated_at(obj: QboObject) -> str | None:
    """``MetaData.LastUpdatedTime`` in UTC (ISO 8601), or None when QBO did not send it."""
    raw = (obj.get("MetaData") or {}).get("LastUpdatedTime")
    return to_utc(raw) if raw else None


def to_utc(raw: str) -> str:
    parsed = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        # QBO always sends an offset; a naive time would be the company's zone, which we cannot know.
        raise QboMappingError(f"timestamp without a UTC offset: {raw!r}")
    return parsed.astimezone(UTC).isoformat()


def _decimal(value: Any) -> Decimal:
    # Responses are parsed with parse_float=Decimal, but fixtures and callers may hand floats or strings.
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _ref(obj: QboObject, name: str) -> str | None:
    ref = obj.get(name)
    return str(ref["value"]) if isinstance(ref, Mapping) and ref.get("value") not in (None, "") else None


def _currency(obj: QboObject, home_currency: str) -> str:
    return check_currency(_ref(obj, "CurrencyRef") or home_currency)


def _contacts(raw: str | None, name: str | None) -> list[Contact]:
    contacts: list[Contact] = []
    seen: set[str] = set()
    for part in (raw or "").replace(";", ",").split(","):
        email = part.strip()
        if not email or email.lower() in seen or "@" not in email:
            continue
        seen.add(email.lower())
        local = email.split("@", 1)[0].lower()
        role = ContactRole.AP if local in _AP_MAILBOXES else ContactRole.BILLING
        try:
            contacts.append(Contact(email=email, name=name, role=role))
        except ValueError:
            continue  # a malformed address typed into QBO: not something to send to
    return contacts


def _locale_and_zone(obj: QboObject) -> tuple[str, str]:
    addr = obj.get("BillAddr") or {}
    country = str(addr.get("Country") or "").strip().lower()
    region = str(addr.get("CountrySubDivisionCode") or "").strip().upper()
    locale = _COUNTRY_LOCALE.get(country, "en")
    if country in ("canada", "ca") and region == "QC":
        locale = "fr-CA"
    zone = "UTC"
    if country in ("", "us", "usa", "united states") and region:
        zone = _US_STATE_ZONE.get(region, "America/New_York")
    return locale, zone


def customer_from_qbo(tenant_id: str, obj: QboObject) -> Customer:
    """A QBO Customer as ours (what only Argent knows, such as history and bounces, is merged by the sync)."""
    if "Id" not in obj:
        raise QboMappingError("QBO Customer without an Id")
    name = str(obj.get("DisplayName") or obj.get("CompanyName") or obj.get("FullyQualifiedName") or obj["Id"])
    person = " ".join(p for p in (obj.get("GivenName"), obj.get("FamilyName")) if p) or None
    contacts = _contacts((obj.get("PrimaryEmailAddr") or {}).get("Address"), person)
    locale, zone = _locale_and_zone(obj)
    created = (obj.get("MetaData") or {}).get("CreateTime")
    return Customer(
        tenant_id=tenant_id,
        customer_id=our_id(obj["Id"]),
        name=name,
        contacts=contacts,
        locale=locale,
        time_zone=zone,
        customer_since=datetime.fromisoformat(to_utc(created)).date() if created else None,
        currency=_customer_currency(obj),
        payment_terms=_terms(obj),
    )


def _customer_currency(obj: QboObject) -> str | None:
    code = _ref(obj, "CurrencyRef")
    try:
        return check_currency(code) if code else None
    except ValueError:
        return None  # an unknown code must not lose the customer


def _terms(obj: QboObject) -> str | None:
    # SalesTermRef carries the term's id and, in most reads, its name ("Net 30"); the id alone says little.
    ref = obj.get("SalesTermRef")
    if not isinstance(ref, Mapping):
        return None
    name, value = ref.get("name"), ref.get("value")
    return str(name) if name else (f"QuickBooks term {value}" if value else None)


def invoice_from_qbo(
    tenant_id: str, obj: QboObject, *, home_currency: str = "USD", voided: bool = False
) -> Invoice:
    customer = _ref(obj, "CustomerRef")
    if "Id" not in obj or customer is None:
        raise QboMappingError("QBO Invoice without an Id or a CustomerRef")
    total = _decimal(obj.get("TotalAmt", 0))
    balance = _decimal(obj.get("Balance", 0))
    issued = date.fromisoformat(str(obj["TxnDate"]))
    due = date.fromisoformat(str(obj.get("DueDate") or obj["TxnDate"]))
    # A voided QBO invoice keeps its lines but its amounts go to zero and QBO notes "Voided".
    is_void = voided or (total == 0 and str(obj.get("PrivateNote", "")).startswith("Voided"))
    if is_void:
        status = InvoiceStatus.VOID
    elif balance > 0:
        status = InvoiceStatus.OPEN
    else:
        status = InvoiceStatus.PAID
    return Invoice(
        tenant_id=tenant_id,
        invoice_id=our_id(obj["Id"]),
        customer_id=our_id(customer),
        source=InvoiceSource.QUICKBOOKS,
        number=str(obj.get("DocNumber") or obj["Id"]),
        currency=_currency(obj, home_currency),
        total=total,
        balance=min(balance, total),
        issue_date=issued,
        due_date=max(due, issued),
        status=status,
        pay_url=obj.get("InvoiceLink") or None,
        source_updated_at=updated_at(obj),
    )


def invoice_links(obj: QboObject) -> dict[str, Decimal]:
    """QBO invoice id -> amount, from a Payment's lines (credit memo and other lines are not cash to us)."""
    links: dict[str, Decimal] = {}
    for line in obj.get("Line") or []:
        for txn in line.get("LinkedTxn") or []:
            if txn.get("TxnType") == "Invoice":
                key = str(txn["TxnId"])
                links[key] = links.get(key, Decimal(0)) + _decimal(line.get("Amount", 0))
    return links


def payment_from_qbo(tenant_id: str, obj: QboObject, *, home_currency: str = "USD") -> Payment | None:
    """A QBO Payment as ours, applied as QBO applied it; None for a zero payment (a credit memo swap)."""
    if "Id" not in obj:
        raise QboMappingError("QBO Payment without an Id")
    amount = _decimal(obj.get("TotalAmt", 0))
    if amount <= 0:
        return None
    customer = _ref(obj, "CustomerRef")
    return Payment(
        tenant_id=tenant_id,
        payment_id=our_id(obj["Id"]),
        customer_id=our_id(customer) if customer else None,
        amount=amount,
        currency=_currency(obj, home_currency),
        received_on=date.fromisoformat(str(obj["TxnDate"])),
        reference=str(obj["PaymentRefNum"]) if obj.get("PaymentRefNum") else None,
        payer_name=(obj.get("CustomerRef") or {}).get("name"),
        applied_to={our_id(k): v for k, v in invoice_links(obj).items()},
    )


def unapplied_amount(obj: QboObject) -> Decimal:
    if "UnappliedAmt" in obj:
        return _decimal(obj["UnappliedAmt"])
    return _decimal(obj.get("TotalAmt", 0)) - sum(invoice_links(obj).values(), Decimal(0))
