"""Block Kit for approvals and escalations, built with slack_sdk's models, and the reading of Slack's payloads.

Outside contract (https://docs.slack.dev/reference/block-kit): section text <= 3000 characters, header
<= 150, button value <= 2000, modal title <= 24, private_metadata <= 3000, plain_text_input initial value
<= 3000. Interactivity payloads arrive as the form field ``payload`` (JSON): ``block_actions`` carries
``actions[0].action_id/value``, ``container.channel_id/message_ts``, ``response_url`` and ``trigger_id``;
``view_submission`` carries ``view.callback_id``, ``view.private_metadata`` and the inputs under
``view.state.values[block_id][action_id]``. Both carry ``team.id`` and ``user.id``.
"""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DatePickerElement,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from chalicelib.services.slack_approvals import (
    ESCALATION_REF,
    ActionRef,
    ApprovalCard,
    EscalationCard,
    SlackInteraction,
)

PREFIX = "argent_"
BUTTONS = {
    "approve": "Approve & send",
    "open_edit": "Edit",
    "open_reject": "Reject",
    "open_snooze": "Snooze",
    "take_over": "Take over",
}
ESCALATION_BUTTONS = {"esc_handled": "Mark handled", "esc_take_over": "Take over"}
FORMS = {"edit": "Edit and send", "reject": "Reject draft", "snooze": "Snooze case"}
_PRIORITY = {
    "high": ":rotating_light: High",
    "normal": ":large_orange_diamond: Normal",
    "low": ":white_circle: Low",
}


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(text: str) -> str:
    return "\n".join(f">{line}" if line else ">" for line in text.splitlines())


def _facts_blocks(card: ApprovalCard) -> list[Block]:
    invoices = "\n".join(
        f"• {i.number}: {i.balance}, due {i.due_date.isoformat()}"
        + (f", {i.days_overdue} days overdue" if i.days_overdue else "")
        for i in card.invoices[:10]
    )
    if len(card.invoices) > 10:
        invoices += f"\n• … and {len(card.invoices) - 10} more"
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=_cut(f"Approve a message to {card.customer_name}", 150))),
        SectionBlock(
            fields=[
                MarkdownTextObject(text=f"*Overdue*\n{', '.join(card.balances) or 'nothing overdue yet'}"),
                MarkdownTextObject(text=f"*Oldest*\n{card.oldest_days_overdue} days overdue"),
            ]
        ),
        SectionBlock(text=MarkdownTextObject(text=_cut(f"*Invoices*\n{invoices or 'none open'}", 3000))),
    ]
    if card.last_reply:
        blocks.append(
            SectionBlock(text=MarkdownTextObject(text=_cut(f"*Last reply*\n{_quote(card.last_reply)}", 3000)))
        )
    if card.history:
        history = "\n".join(f"• {line}" for line in card.history)
        blocks.append(SectionBlock(text=MarkdownTextObject(text=_cut(f"*So far*\n{history}", 3000))))
    blocks.append(SectionBlock(text=MarkdownTextObject(text=_cut(f"*Why this message*\n{card.why}", 3000))))
    attached = f"*Attached:* {', '.join(card.attachments)}\n" if card.attachments else ""
    draft = f"*To:* {', '.join(card.to)}\n*Subject:* {card.subject}\n{attached}{_quote(card.body)}"
    blocks += [DividerBlock(), SectionBlock(text=MarkdownTextObject(text=_cut(draft, 3000)))]
    return blocks


def approval_blocks(card: ApprovalCard) -> list[dict[str, Any]]:
    ref = ActionRef(
        tenant_id=card.tenant_id, approval_id=card.approval_id, fingerprint=card.fingerprint
    ).encode()
    buttons = [
        ButtonElement(
            text=label,
            action_id=f"{PREFIX}{action}",
            value=ref,
            style="primary" if action == "approve" else ("danger" if action == "open_reject" else None),
        )
        for action, label in BUTTONS.items()
    ]
    blocks = [*_facts_blocks(card), ActionsBlock(block_id=f"{PREFIX}decide", elements=buttons)]
    return [b.to_dict() for b in blocks]


def decided_blocks(card: ApprovalCard | EscalationCard, headline: str) -> list[dict[str, Any]]:
    """The same facts, without buttons, under the outcome line: nobody clicks a decided request again."""
    facts = _escalation_facts(card) if isinstance(card, EscalationCard) else _facts_blocks(card)
    blocks = [*facts, ContextBlock(elements=[MarkdownTextObject(text=_cut(headline, 3000))])]
    return [b.to_dict() for b in blocks]


def escalation_blocks(card: EscalationCard) -> list[dict[str, Any]]:
    """The escalation with its buttons: Mark handled, and Take over when it is about one case."""
    if card.handled:
        return decided_blocks(card, card.handled)
    ref = ActionRef(tenant_id=card.tenant_id, approval_id=card.key, fingerprint=ESCALATION_REF).encode()
    buttons = [
        ButtonElement(text=label, action_id=f"{PREFIX}{action}", value=ref)
        for action, label in ESCALATION_BUTTONS.items()
        if action != "esc_take_over" or card.case_id
    ]
    blocks = [*_escalation_facts(card), ActionsBlock(block_id=f"{PREFIX}escalation", elements=buttons)]
    return [b.to_dict() for b in blocks]


def _escalation_facts(card: EscalationCard) -> list[Block]:
    fields = [MarkdownTextObject(text=f"*Priority*\n{_PRIORITY.get(card.priority, card.priority)}")]
    if card.customer_name:
        fields.append(MarkdownTextObject(text=f"*Customer*\n{card.customer_name}"))
    if card.balances:
        fields.append(MarkdownTextObject(text=f"*Overdue*\n{', '.join(card.balances)}"))
    blocks: list[Block] = [
        HeaderBlock(text=PlainTextObject(text=_cut(card.title, 150))),
        SectionBlock(fields=fields),
        SectionBlock(text=MarkdownTextObject(text=_cut(f"*Why*\n{card.reason}", 3000))),
        SectionBlock(
            text=MarkdownTextObject(text=_cut(f"*Suggested next step*\n{card.suggested_next_step}", 3000))
        ),
    ]
    if card.excerpt:
        blocks.append(
            SectionBlock(text=MarkdownTextObject(text=_cut(f"*Excerpt*\n{_quote(card.excerpt)}", 3000)))
        )
    return blocks


def form_view(form: str, card: ApprovalCard, origin: str) -> dict[str, Any]:
    ref = ActionRef(
        tenant_id=card.tenant_id, approval_id=card.approval_id, fingerprint=card.fingerprint
    ).encode()
    inputs: list[Block]
    if form == "edit":
        inputs = [
            InputBlock(
                block_id="subject",
                label="Subject",
                element=PlainTextInputElement(action_id="value", initial_value=_cut(card.subject, 150)),
            ),
            InputBlock(
                block_id="body",
                label="Message",
                element=PlainTextInputElement(
                    action_id="value", multiline=True, initial_value=_cut(card.body, 3000)
                ),
                hint="The edited text passes the same guardrails as the agent's drafts before it is sent.",
            ),
        ]
    elif form == "reject":
        inputs = [
            InputBlock(
                block_id="reason",
                label="Why not?",
                element=PlainTextInputElement(action_id="value", multiline=True),
            )
        ]
    elif form == "snooze":
        inputs = [
            InputBlock(block_id="until", label="Snooze until", element=DatePickerElement(action_id="value"))
        ]
    else:
        raise ValueError(f"unknown form {form}")
    view = View(
        type="modal",
        callback_id=f"{PREFIX}{form}",
        title=PlainTextObject(text=_cut(FORMS[form], 24)),
        submit=PlainTextObject(text="Send" if form == "edit" else "Save"),
        close=PlainTextObject(text="Cancel"),
        private_metadata=f"{ref}|{origin}",
        blocks=[
            SectionBlock(text=MarkdownTextObject(text=_cut(f"*{card.customer_name}*: {card.subject}", 3000))),
            *inputs,
        ],
    )
    return view.to_dict()


# --- reading payloads ----------------------------------------------------------------------------------


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def read_interaction(payload: dict[str, Any]) -> SlackInteraction | None:
    """Our buttons and modals, read off a verified payload; None for anything that is not ours."""
    team = payload.get("team") or {}
    user = payload.get("user") or {}
    team_id = _str(team.get("id")) if isinstance(team, dict) else None
    user_id = _str(user.get("id")) if isinstance(user, dict) else None
    if not team_id or not user_id:
        return None
    kind = payload.get("type")
    if kind == "block_actions":
        actions = payload.get("actions") or []
        action = actions[0] if actions and isinstance(actions[0], dict) else {}
        action_id = _str(action.get("action_id")) or ""
        name = action_id.removeprefix(PREFIX)
        if not action_id.startswith(PREFIX) or (name not in BUTTONS and name not in ESCALATION_BUTTONS):
            return None
        ref = ActionRef.decode(_str(action.get("value")) or "")
        if ref is None:
            return None
        container = payload.get("container") or {}
        channel = payload.get("channel") or {}
        return SlackInteraction(
            action=name,
            ref=ref,
            user_id=user_id,
            team_id=team_id,
            trigger_id=_str(payload.get("trigger_id")),
            response_url=_str(payload.get("response_url")),
            channel=_str(container.get("channel_id"))
            or (_str(channel.get("id")) if isinstance(channel, dict) else None),
            message_ts=_str(container.get("message_ts")),
        )
    if kind == "view_submission":
        view = payload.get("view") or {}
        callback = _str(view.get("callback_id")) or ""
        form = callback.removeprefix(PREFIX)
        if not callback.startswith(PREFIX) or form not in FORMS:
            return None
        parts = (_str(view.get("private_metadata")) or "").split("|")
        if len(parts) != 5:
            return None
        ref = ActionRef.decode("|".join(parts[:3]))
        if ref is None:
            return None
        values = (view.get("state") or {}).get("values") or {}
        inputs: dict[str, str] = {}
        for block_id, fields in values.items():
            field = (fields or {}).get("value") or {}
            text = (
                field.get("value") if field.get("type") == "plain_text_input" else field.get("selected_date")
            )
            if isinstance(text, str):
                inputs[block_id] = text
        return SlackInteraction(
            action=form,
            ref=ref,
            user_id=user_id,
            team_id=team_id,
            trigger_id=_str(payload.get("trigger_id")),
            channel=parts[3] or None,
            message_ts=parts[4] or None,
            inputs=inputs,
        )
    return None
