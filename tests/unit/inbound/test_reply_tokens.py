from __future__ import annotations

from chalicelib.domain.reply_tokens import make_token, read_token, reply_address, token_in


def test_a_token_round_trips_to_its_tenant_and_case() -> None:
    token = make_token("s3cret", "acme", "cus-0042")
    assert read_token("s3cret", token) == ("acme", "cus-0042")


def test_an_edited_or_foreign_token_routes_nowhere() -> None:
    token = make_token("s3cret", "acme", "cus-0042")
    forged = make_token("other-secret", "globex", "cus-0042")
    assert read_token("s3cret", forged) is None
    _, tag = token.split(".")
    other_body = make_token("s3cret", "globex", "cus-0042").split(".")[0]
    assert read_token("s3cret", f"{other_body}.{tag}") is None
    assert read_token("s3cret", "garbage") is None


def test_the_token_is_found_among_the_recipients() -> None:
    address = reply_address("s3cret", "acme", "c1", "ar.acme.example")
    assert token_in(["someone@else.example", address]) == make_token("s3cret", "acme", "c1")
    assert token_in(["collections@ar.acme.example"]) is None
