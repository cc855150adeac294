"""Text helpers the rule-based readers share (triage, guardrails, cash references): accents off, and one
regular expression from many alternatives."""

from __future__ import annotations

import importlib
import re
import unicodedata
from functools import lru_cache
from typing import Any

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


class _CombiningMarks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled in as characters are first seen."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_MARKS = _CombiningMarks()


def strip_accents(text: str) -> str:
    """ "Déjà" -> "Deja", "zapłaty" -> "zaplaty": compatibility decomposition, combining marks and strokes
    dropped (case is kept)."""
    if text.isascii():  # (nothing to decompose or drop; most of what is read)
        return text
    return unicodedata.normalize("NFKD", text.translate(_STROKED)).translate(_MARKS)


# The words of the separator a mail client puts above quoted history, in the languages we read ("-----Original
# Message-----", QQ Mail's "------------------ 原始邮件 ------------------"); one list for every reader of it.
ORIGINAL_MESSAGE_WORDS = (
    r"original message|oorspronkelijk bericht|urspr(u|ü)ngliche nachricht|message d'origine|mensaje original|"
    r"mensagem original|messaggio originale|wiadomo(s|ś)(c|ć) oryginalna|ursprungligt meddelande|исходное сообщение|"
    r"mesaj original|eredeti (u|ü)zenet|p(u|ů)vodn(i|í) zpr(a|á)va|alkuper(a|ä)inen viesti|pesan asli|원본 메시지|"
    r"元のメッセージ|原始邮件|原始郵件|原始信件"
)
ORIGINAL_MESSAGE = re.compile(rf"^\s*-*\s*({ORIGINAL_MESSAGE_WORDS})\s*-*\s*$", re.IGNORECASE)


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of the alternatives (each kept in its own group, so their ``|`` stay local)."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


# --- searching a long alternation only where it can match ----------------------------------------------------------
# The triage cue families are alternations of a thousand or more phrases. Python's engine tries every alternative at
# every position of a sentence, so one search of a 200-character sentence runs ~200,000 steps however plainly the
# sentence fails. Almost every alternative names a literal its match must contain ("zahl", "paid", "virement"): an
# alternative whose literals are all absent from the text cannot match, and the others are few.
# Python's own regex parser gives the literals (sre_parse is its deprecated alias; re._parser has no type stubs, so it
# is loaded as a plain module).
_PARSER = importlib.import_module("re._parser")
_SRE = importlib.import_module("re._constants")
_GRAM = 3


def _top_level(source: str) -> list[str]:
    """The source split at its top-level ``|``, outside groups and character classes; a source that is one
    non-capturing group ``(?:...)`` is opened first. Escapes are skipped whole."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    one_group = source.startswith("(?:")  # until that first group closes before the end
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            i += 1 + (source[i + 1 : i + 2] == "^")
            i += source[i : i + 1] == "]"  # a "]" first in the class is a member, not its end
            in_class = True
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            one_group = one_group and (depth > 0 or i == len(source) - 1)
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if one_group and not parts:
        return _top_level(source[3:-1])
    parts.append(source[start:])
    return parts


def _alternatives(source: str) -> list[str]:
    parts = _top_level(source)
    if len(parts) == 1:
        return parts
    return [leaf for part in parts for leaf in _alternatives(part)]


def _required(items: Any) -> set[str] | None:
    """Literals one of which every match of these parsed items contains, or None when no such set is known.
    Sound, not complete: an item that could match without a literal (a class, an optional part) gives nothing."""
    found: list[set[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            found.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _SRE.LITERAL:
            run.append(chr(av))
            continue
        if op is _SRE.AT:
            continue  # "\b", "^": zero width, the literals on either side still stand side by side in the text
        close_run()
        need: set[str] | None = None
        if op is _SRE.SUBPATTERN and not av[1] & re.IGNORECASE:
            need = _required(av[3].data)
        elif op is _SRE.ATOMIC_GROUP:
            need = _required(av.data)
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _required(av[2].data)
        elif op is _SRE.BRANCH:
            need = set()
            for branch in av[1]:
                each = _required(branch.data)
                if each is None:
                    need = None
                    break
                need |= each
        if need:
            found.append(need)
    close_run()
    # any one set will do; the one whose shortest literal is longest (up to a gram) rules out the most
    return max(found, key=lambda s: (min(_GRAM, *map(len, s)), -len(s)), default=None)


@lru_cache(maxsize=4096)
def _grams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + n] for n in range(1, _GRAM + 1) for i in range(len(text) - n + 1))


class Alternation:
    """A pattern made of many alternatives, searched alternative by alternative where their literals occur.

    ``search`` finds what ``pattern.search`` finds (the same start, end and text: the leftmost position where any
    alternative matches, and there the first alternative in order), but the match's groups are those of the
    alternative that matched. Identity-hashed: hashing a compiled pattern hashes its whole program."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # (a verbose pattern's comments may hold a "|" or a parenthesis: it is searched whole)
        verbose = pattern.flags & re.VERBOSE or re.match(r"\(\?[aiLmsux]+\)", pattern.pattern)
        sources = [pattern.pattern] if verbose else _alternatives(pattern.pattern)
        try:
            self._parts = [re.compile(s, pattern.flags) for s in sources]
        except re.error:  # an alternative that leans on another (a back-reference): searched whole
            self._parts, sources = [pattern], [pattern.pattern]
        self._always: list[int] = []
        self._by_gram: dict[str, list[tuple[str, int]]] = {}
        for index, source in enumerate(sources):
            need = (
                None
                if pattern.flags & re.IGNORECASE
                else _required(_PARSER.parse(source, pattern.flags).data)
            )
            if need is None:
                self._always.append(index)
            for literal in need or ():
                self._by_gram.setdefault(literal[:_GRAM], []).append((literal, index))
        self._grams = frozenset(self._by_gram)

    def search(self, text: str) -> re.Match[str] | None:
        candidates = set(self._always)
        for gram in self._grams & _grams(text):
            candidates.update(index for literal, index in self._by_gram[gram] if literal in text)
        best: re.Match[str] | None = None
        for index in sorted(candidates):
            found = self._parts[index].search(text)
            if found and (best is None or found.start() < best.start()):
                best = found
        return best
