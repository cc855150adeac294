"""Intuit webhook signatures (the SDKs' published vectors) and both payload formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chalicelib.adapters.intuit_webhooks import (
    IntuitPayloadError,
    IntuitSignatureError,
    parse_changes,
    verify_signature,
)

FIX = Path(__file__).parents[2] / "fixtures" / "quickbooks"
VECTORS = json.loads((FIX / "intuit_webhook_signature_vectors.json").read_text())


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v["name"])
def test_the_sdks_published_signatures_verify(vector: dict[str, str]) -> None:
    verify_signature(
        (FIX / vector["payload_file"]).read_bytes(), vector["intuit_signature"], vector["verifier_token"]
    )


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v["name"])
def test_one_changed_byte_or_another_apps_token_fails(vector: dict[str, str]) -> None:
    body = (FIX / vector["payload_file"]).read_bytes()
    with pytest.raises(IntuitSignatureError, match="does not match"):
        verify_signature(body + b" ", vector["intuit_signature"], vector["verifier_token"])
    with pytest.raises(IntuitSignatureError, match="does not match"):
        verify_signature(body, vector["intuit_signature"], "another-apps-verifier-token")


def test_a_missing_signature_says_so() -> None:
    with pytest.raises(IntuitSignatureError, match="missing"):
        verify_signature(b"{}", None, "token")


def test_a_legacy_notification_yields_each_entity_with_a_stable_identity() -> None:
    body = json.loads((FIX / "intuit_dotnet_sdk_webhook_vendor_update_customer_create.json").read_text())
    vendor, customer = parse_changes(body)
    assert (vendor.realm_id, vendor.entity, vendor.entity_id, vendor.operation) == (
        "1269959970",
        "Vendor",
        "40",
        "Update",
    )
    assert (customer.entity, customer.entity_id, customer.operation) == ("Customer", "43", "Create")
    assert customer.event_id == "1269959970:Customer:43:Create:2016-10-05T03:07:04.000Z"
    assert parse_changes(body)[1].event_id == customer.event_id  # a redelivery has the same identity


def test_a_cloudevents_batch_is_read_in_the_legacy_vocabulary() -> None:
    [event] = json.loads((FIX / "intuit_java_sdk_webhook_cloudevents_class_created.json").read_text())
    [change] = parse_changes([event])
    assert (change.realm_id, change.entity, change.entity_id, change.operation) == (
        "310687",
        "Class",
        "1234",
        "Create",
    )
    assert change.event_id == "d1a3aedd-9670-41bf-a4f9-c148a1cc4e03" and change.label == "Class.Created"
    # The same envelope for the receivables entities Intuit names in lower case.
    [memo] = parse_changes([{**event, "type": "qbo.creditmemo.voided.v1"}])
    assert (memo.entity, memo.operation) == ("CreditMemo", "Void")


@pytest.mark.parametrize("body", [{"foo": 1}, [{"type": "qbo.invoice.updated.v1"}], [{"type": "other"}], "x"])
def test_bodies_that_are_not_intuit_webhooks_are_refused(body: object) -> None:
    with pytest.raises(IntuitPayloadError):
        parse_changes(body)
