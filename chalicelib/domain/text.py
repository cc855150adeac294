"""Text helpers the rule-based readers share (triage, guardrails, cash references): accents off, and one
regular expression from many alternatives."""

from __future__ import annotations

import re
import unicodedata

# Letters whose stroke is part of the glyph, not a combining mark: "zapłaty", "Søren", "Đorđe".
_STROKED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


_GREEK_PAIRS = {"ΑΥ": "AV", "ΕΥ": "EV", "ΟΥ": "OU", "ΓΓ": "NG", "ΓΚ": "GK", "ΜΠ": "MP", "ΝΤ": "NT"}
_GREEK_LETTERS = str.maketrans(
    {
        **dict(zip("ΑΒΓΔΕΖΗΙΚΛΜΝΞΟΠΡΣΤΥΦΩ", "AVGDEZIIKLMNXOPRSTYFO", strict=True)),
        "Θ": "TH",
        "Χ": "CH",
        "Ψ": "PS",
    }
)
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_PAIR = re.compile("|".join(_GREEK_PAIRS))


def latin_greek(text: str) -> str:
    """Greek letters as a Greek bank writes them in Latin ("ΤΠΥ-Β-2231" -> "TPY-V-2231", "Λευκάδα" -> "LEVKADA"),
    upper case; text without Greek letters comes back as it was."""
    if not _GREEK.search(text):
        return text
    plain = "".join(c for c in unicodedata.normalize("NFKD", text.upper()) if not unicodedata.combining(c))
    return _GREEK_PAIR.sub(lambda m: _GREEK_PAIRS[m.group(0)], plain).translate(_GREEK_LETTERS)


def strip_accents(text: str) -> str:
    """ "Déjà" -> "Deja", "zapłaty" -> "zaplaty": compatibility decomposition, combining marks and strokes
    dropped (case is kept)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# The separator a mail client puts above quoted history, in the languages we read: "-----Original Message-----".
ORIGINAL_MESSAGE = re.compile(
    r"^\s*-*\s*(original message|oorspronkelijk bericht|urspr(u|ü)ngliche nachricht|message d'origine|mensaje original|"
    r"mensagem original|messaggio originale|wiadomo(s|ś)(c|ć) oryginalna|원본 메시지|元のメッセージ|原始邮件|原始郵件)\s*-*\s*$",
    re.IGNORECASE,
)


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives (each kept in its own group, so their ``|`` stay local)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))
