from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from botocore.stub import Stubber

from chalicelib.adapters.agentcore_memory import AgentCoreMemory, actor_id, session_id
from chalicelib.adapters.conversation_memory_fake import FakeConversationMemory

AT = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def test_ids_satisfy_the_apis_patterns() -> None:
    assert actor_id("acme", "cus.0042@x") == "acme:cus_0042_x"
    assert session_id("cus-0042") == "cus-0042"
    assert session_id(".weird") == "x_weird"


def test_the_agentcore_adapter_sends_the_customers_words_as_the_user_turn() -> None:
    from bedrock_agentcore.memory import MemoryClient

    client = MemoryClient(region_name="us-east-1")
    stubber = Stubber(client.gmdp_client)
    expected: dict[str, Any] = {
        "memoryId": "argent_mem-0123456789",
        "actorId": "acme:c1",
        "sessionId": "c1",
        "eventTimestamp": AT,
        "payload": [{"conversational": {"content": {"text": "We'll pay Friday."}, "role": "USER"}}],
    }
    stubber.add_response(
        "create_event",
        {
            "event": {
                "memoryId": "argent_mem-0123456789",
                "actorId": "acme:c1",
                "sessionId": "c1",
                "eventId": "e1",
                "eventTimestamp": AT,
                "payload": [],
                "branch": {"name": "main"},
            }
        },
        expected,
    )
    with stubber:
        AgentCoreMemory("argent_mem-0123456789", region="us-east-1", client=client).record(
            "acme", "c1", "c1", role="customer", text="We'll pay Friday.", at=AT
        )
    stubber.assert_no_pending_responses()


def test_the_local_twin_keeps_the_last_turns_in_order() -> None:
    memory = FakeConversationMemory()
    for n in range(7):
        memory.record(
            "acme", "c1", "c1", role="customer" if n % 2 else "agent", text=f"m{n}", at=AT.replace(minute=n)
        )
    assert [t for _, t in memory.recent("acme", "c1", "c1", k=3)] == ["m4", "m5", "m6"]
    assert memory.recent("globex", "c1", "c1") == []


def test_a_send_stands_when_remembering_it_fails() -> None:
    from chalicelib.adapters.local_outbox import FakeEmailSender
    from chalicelib.adapters.memory import FakeRepository
    from chalicelib.clock import FixedClock
    from chalicelib.domain.outbound import OutboundEmail
    from chalicelib.services.conversation import RecordingSender
    from chalicelib.services.inbound import THREAD_KIND, ThreadRef

    class BrokenMemory(FakeConversationMemory):
        def record(self, *args: object, **kwargs: object) -> None:
            raise ConnectionError("AgentCore unreachable")

    repo, outbox = FakeRepository(), FakeEmailSender()
    sender = RecordingSender(outbox, repo=repo, clock=FixedClock(AT), memory=BrokenMemory())
    email = OutboundEmail(
        tenant_id="acme", case_id="c1", action_id="a1", to=("ap@c1.example",), subject="s", body_text="b"
    )
    message_id = sender.send(email)
    assert outbox.sent == [email]
    # The thread index was written before the memory failed, so a reply to this message still threads.
    ref = repo.get_record("acme", THREAD_KIND, message_id.split("@")[0], ThreadRef)
    assert ref is not None and ref.case_id == "c1"
