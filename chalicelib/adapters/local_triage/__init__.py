"""``LocalTriage``: the offline reply-triage engine (no model, no network), multilingual rules.

How it reads a message:
1. Headers and structure first: a delivery report or a mailer-daemon sender is a bounce; Auto-Submitted /
   X-Autoreply / Precedence mark automatic replies (an auto-reply with absence words is out-of-office).
2. The customer's new words only (quoted reminder and signature removed): our own reminder says "if you have
   already paid...", which must never count as the customer's claim.
3. Sentences that give orders to a machine ("ignore previous instructions", "mark ... as paid", "close the
   case") are removed before classifying: they are data, and what remains is what the human says.
4. Each intent has cue patterns in en, es, fr, de, pt, nl and it; every intent found is kept, and the
   contract's priority order picks the one that changes what the agent does first. Fields of the other
   statements are still filled.
5. Fields are read from the sentence that carries the statement (a promise's date from the promise
   sentence, a return date from the absence sentence), never computed from other data.
"""

from __future__ import annotations

from chalicelib.adapters.local_triage.engine import LocalTriage

__all__ = ["LocalTriage"]
