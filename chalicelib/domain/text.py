"""Text helpers the rule-based readers share (triage, guardrails, cash references): accents off, and one
regular expression from many alternatives."""

from __future__ import annotations

import re
import unicodedata


def strip_accents(text: str) -> str:
    """ "Déjà" -> "Deja": compatibility decomposition, combining marks dropped (case is kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives (each kept in its own group, so their ``|`` stay local)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))
