"""``FakeSlackNotifier``: the local twin of Slack. Records what would have been posted; posts nothing.

It renders the same Block Kit as the real adapter (so a layout error shows up locally too) and, in local
mode, appends every call to ``.argent/outbox/slack.jsonl``. ``fail_with`` makes the next calls raise a
``SlackError`` of that kind, to rehearse rate limits, a deleted channel or a revoked token.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from chalicelib.adapters.slack_blocks import approval_blocks, decided_blocks, escalation_blocks, form_view
from chalicelib.services.slack_approvals import ApprovalCard, EscalationCard, SlackError
from chalicelib.services.slack_install import SlackTarget


class FakeSlackNotifier:
    def __init__(self, outbox: Path | None = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.fail_with: SlackError | None = None
        self._outbox = outbox
        self._ts = 0

    def _record(self, call: dict[str, Any]) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.calls.append(call)
        if self._outbox is not None:
            self._outbox.mkdir(parents=True, exist_ok=True)
            with (self._outbox / "slack.jsonl").open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(call, default=str) + "\n")

    def _post(self, target: SlackTarget, text: str, blocks: list[dict[str, Any]]) -> tuple[str, str]:
        if not target.channel_id:
            raise SlackError("channel_not_found", "no approvals channel chosen")
        self._ts += 1
        ts = f"1700000000.{self._ts:06d}"
        self._record(
            {
                "method": "chat.postMessage",
                "channel": target.channel_id,
                "ts": ts,
                "text": text,
                "blocks": blocks,
            }
        )
        return target.channel_id, ts

    def post_approval(self, target: SlackTarget, card: ApprovalCard) -> tuple[str, str]:
        return self._post(
            target, f"Approve a message to {card.customer_name}: {card.subject}", approval_blocks(card)
        )

    def post_escalation(self, target: SlackTarget, card: EscalationCard) -> tuple[str, str]:
        return self._post(target, f"[{card.priority}] {card.title}", escalation_blocks(card))

    def show_decision(
        self, target: SlackTarget, channel: str, ts: str, card: ApprovalCard | EscalationCard, headline: str
    ) -> None:
        self._record(
            {
                "method": "chat.update",
                "channel": channel,
                "ts": ts,
                "text": headline,
                "blocks": decided_blocks(card, headline),
            }
        )

    def respond(
        self, response_url: str, card: ApprovalCard | EscalationCard | None, headline: str, *, replace: bool
    ) -> None:
        blocks = decided_blocks(card, headline) if replace and card is not None else None
        self._record(
            {
                "method": "response_url",
                "url": response_url,
                "text": headline,
                "replace_original": replace,
                "blocks": blocks,
            }
        )

    def open_form(
        self, target: SlackTarget, trigger_id: str, form: str, card: ApprovalCard, origin: str
    ) -> None:
        self._record(
            {"method": "views.open", "trigger_id": trigger_id, "view": form_view(form, card, origin)}
        )

    def of(self, method: str) -> list[dict[str, Any]]:
        return [c for c in self.calls if c["method"] == method]
