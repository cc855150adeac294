"""The guardrails' second reader: it may block a draft the rules let through, never lifts or changes a block,
never overrules wording the rules saw and cleared, stays quiet when unsure, and its committed weights are
exactly what training builds from the labelled drafts."""

from __future__ import annotations

import json
from pathlib import Path

from chalicelib.commands.train import build
from chalicelib.domain.guard_reader import WEIGHTS, GuardReader
from chalicelib.domain.guardrails import Violation, check_draft
from chalicelib.domain.wordmodel import WordModel
from chalicelib.services.guard_training import labelled_sets


def reader(word: str, violation: str, weight: float) -> GuardReader:
    """A reader that knows one made-up word, so the test does not depend on what the trained one learnt."""
    return GuardReader({violation: WordModel(["no", violation], {word: {violation: weight}})})


# Two sentences of message: the reader does not read one line between a greeting and a sign-off.
BODY = (
    "Hello,\n\nInvoice INV-1042 for USD 4,200.00 is now overdue; we can zorblat it.\nThe statement attached lists "
    "every open line on your account as of this morning.\n\nKind regards,\nAccounts"
)


def test_a_sure_reader_blocks_what_the_rules_let_through_and_says_why() -> None:
    assert check_draft("Overdue", BODY, reader=None).allowed
    verdict = check_draft("Overdue", BODY, reader=reader("zorblat", "discount_offer", 12.0))
    assert verdict.violations == [Violation.DISCOUNT_OFFER]
    assert verdict.evidence["discount_offer"].startswith("second reader: ")


def test_an_unsure_reader_changes_nothing() -> None:
    assert check_draft("Overdue", BODY, reader=reader("zorblat", "discount_offer", -1.0)).allowed


def test_the_reader_never_lifts_or_changes_a_rules_block() -> None:
    threat = BODY + "\nOtherwise we will refer the account to a collection agency."
    verdict = check_draft("Overdue", threat, reader=reader("zorblat", "discount_offer", 12.0))
    assert verdict.violations == [Violation.LEGAL_THREAT]


def test_wording_the_rules_saw_and_cleared_is_not_overruled() -> None:
    refusal = (
        "Hello, thank you for your message about invoice INV-1042. We will not take legal action at this stage; "
        "the zorblat stays as it is."
    )
    assert check_draft("Overdue", refusal, reader=reader("zorblat", "legal_threat", 12.0)).allowed
    assert not check_draft("Overdue", refusal, reader=reader("zorblat", "harassment", 12.0)).allowed


def test_quoted_customer_lines_are_not_read() -> None:
    quoted = "Hello,\n\nThanks for your note.\n\n> can you zorblat the late fee?"
    assert check_draft("Re: late fee", quoted, reader=reader("zorblat", "discount_offer", 12.0)).allowed


def test_the_committed_weights_are_what_training_builds_from_the_labelled_drafts() -> None:
    text, path, count = build("guard")
    assert path == WEIGHTS and count > 1300
    assert WEIGHTS.read_text() == text


def test_every_labelled_holdout_is_learnt() -> None:
    sets = labelled_sets(Path(__file__).resolve().parents[2] / "data")
    holdouts = {name for name in sets if name.startswith("guard_holdout")}
    assert len(holdouts) > 100
    assert holdouts <= set(json.loads(WEIGHTS.read_text())["trained_on"])


def test_a_one_line_fragment_is_left_to_the_rules() -> None:
    # The reader learnt from whole drafts: a fragment of a few words gives it too little to weigh.
    assert check_draft("Note", "We can zorblat it.", reader=reader("zorblat", "discount_offer", 12.0)).allowed
