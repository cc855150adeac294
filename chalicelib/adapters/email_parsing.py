"""RFC 822 messages as Argent reads them: headers, the customer's new words, the quoted history, attachments.

Parsing uses the standard library (``email.policy.default`` over bytes, any charset) and mail-parser-reply
for the split between the new reply, its signature and the quoted history (en, de, fr, es, it, nl, pt, pl, sv and da
quote headers). It never raises on a strange message: whatever can be read is returned, with ``errors`` noting
what could not.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import html
import io
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

from mailparser_reply import EmailReplyParser

from chalicelib.domain.text import ORIGINAL_MESSAGE_WORDS

log = logging.getLogger(__name__)

# email.policy.default parses a header each time it is read, and a message's Content-Type is read a dozen times while
# its parts are walked and decoded (type, charset, filename, the body's choice): a third of the time spent on a reply.
# The parsed header is a function of its name and value and is never changed here, so it is parsed once.
_HEADERS = HeaderRegistry()


@lru_cache(maxsize=4096)
def _parsed_header(name: str, value: str) -> BaseHeader:
    return _HEADERS(name, value)


class _RememberedHeaders(HeaderRegistry):
    def __call__(self, name: str, value: str) -> BaseHeader:
        return _parsed_header(name, value)


_POLICY = email.policy.default.clone(header_factory=_RememberedHeaders())

_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "da"]
_REPLY_PARSER = EmailReplyParser(languages=_LANGUAGES)

# Quote headers the library may miss (Outlook blocks, mobile clients), as a fallback cut.
_QUOTE_START = re.compile(
    rf"^\s*(-{{2,}}\s*({ORIGINAL_MESSAGE_WORDS})\s*-{{2,}}"
    r"|_{8,}"
    r"|(from|von|de|da|van|от|od|fr[aå]n)\s*:\s.+"
    r"|on .{6,120}wrote:"
    r"|le .{6,120}a [eé]crit\s*:"
    r"|am .{6,120}schrieb .{0,80}:?"
    r"|el .{6,120}escribi[oó]\s*:"
    r"|em .{6,120}escreveu\s*:"
    r"|op .{6,120}schreef .{0,80}:?"
    r"|il .{6,120}ha scritto\s*:"
    r"|.{6,160}napisa[lł]\s*(\(a\))?\s*:"
    r"|.{6,160}napsal[a]?\s*(\(a\))?\s*:"
    r"|.{6,160}skrev\s*:"
    # Gmail's attribution line in Cyrillic: uk "ві, 3.03.2026 о 10:00 ... пише:", bg "На 2.02.2026 в 10:00, ... написа:",
    # ru "... написал(а):". It needs a digit or an address so that a sentence ending in "пише:" is kept.
    r"|(?=.*(\d|@)).{6,200}(пише|написа|написав|написала|написал|пишет)\s*(\(а\))?\s*:"
    r"|sent from my \w+.*)\s*$",
    re.IGNORECASE,
)


# A line that is only a sign-off starts the signature. The reply library also treats a line that merely
# *begins* with "Thanks" as one, which would throw away "Thanks, I've forwarded this to AP."
_SIGNOFF = re.compile(
    r"^\s*(-{2,3}\s*|_{2,}|(many |a lot of )?thanks?( (again|a lot|so much))?|thank you( (again|very much))?|cheers|best|"
    r"(best|kind|warm|warmest|many)( regards| wishes)?|regards|sincerely|yours( sincerely| faithfully| truly)?|br|rgds|"
    r"bedankt|dank je( wel)?|groet(en)?|met vriendelijke groet(en)?|vriendelijke groet(en)?|mvg|hartelijke groet(en)?|"
    r"danke( schön| schoen)?|viele grüße|viele gruesse|beste grüße|mit freundlichen grüßen|mit freundlichen gruessen|"
    r"freundliche grüße|lg|vg|mfg|gruß|grüße|gruss|"
    r"cordialement|bien cordialement|bien à vous|merci( beaucoup)?|salutations|sincères salutations|bonne journée|"
    r"saludos( cordiales)?|un saludo|atentamente|gracias|muchas gracias|"
    r"cumprimentos|melhores cumprimentos|atenciosamente|obrigad[oa]|abraços|att\.?|"
    r"cordiali saluti|distinti saluti|saluti|grazie( mille)?|un cordiale saluto)[\s,.!]*$",
    re.IGNORECASE,
)


def _rejoin_signature(body: str, signature: str) -> tuple[str, str]:
    """Move lines the library took for a signature back into the reply, up to the first real sign-off."""
    lines = signature.splitlines()
    for n, line in enumerate(lines):
        if _SIGNOFF.match(line) or line.strip().lower().startswith(
            ("sent from my", "enviado desde", "envoyé de")
        ):
            return "\n".join([body, *lines[:n]]).strip(), "\n".join(lines[n:]).strip()
    if lines and len(lines[0]) > 40:
        return "\n".join([body, *lines]).strip(), ""
    return body, signature


# Text a reader of the message never sees: "display:none", "visibility:hidden", a zero (or 1px) font, or the
# colour of the background it sits on. A human did not write it to the person reading the mail, so it is no
# statement of theirs (it is where injected orders hide).
_INVISIBLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|font-size\s*:\s*(0|1)(\.\d+)?\s*(px|pt|em|rem|%)?\s*(;|$)|"
    r"max-height\s*:\s*0(px)?\s*(;|$)|opacity\s*:\s*0(\.0+)?\s*(;|$)",
    re.IGNORECASE,
)
_NAMED_COLOURS = {"white": "#ffffff", "black": "#000000", "transparent": "transparent"}
_VOID = frozenset({"br", "img", "hr", "meta", "input", "link", "col", "area", "base", "wbr", "source"})


def _colour(value: str) -> str | None:
    """A CSS colour in one spelling: "#FFF", "white" and "rgb(255, 255, 255)" are "#ffffff"."""
    v = value.strip().lower().replace("!important", "").strip()
    if v in _NAMED_COLOURS:
        return _NAMED_COLOURS[v]
    if m := re.fullmatch(r"#([0-9a-f]{3})", v):
        return "#" + "".join(c * 2 for c in m.group(1))
    if re.fullmatch(r"#[0-9a-f]{6}", v):
        return v
    if m := re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)", v):
        return "#" + "".join(f"{min(255, int(n)):02x}" for n in m.groups())
    return None


# A stylesheet rule that hides its elements: ".x{display:none}", "span.note, #n { font-size: 0 }".
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_NAME = re.compile(r"([.#])([\w-]+)\s*$")


def _hidden_names(css: str) -> set[str]:
    """The ".class" and "#id" selectors a stylesheet makes invisible (each selector's last simple part)."""
    names: set[str] = set()
    for selectors, body in _CSS_RULE.findall(css):
        if _INVISIBLE.search(body.strip().rstrip(";") + ";"):
            for selector in selectors.split(","):
                if m := _CSS_NAME.search(selector.strip()):
                    names.add(m.group(1) + m.group(2).lower())
    return names


def _style_value(style: str, prop: str) -> str | None:
    m = re.search(rf"(?:^|;)\s*{prop}\s*:\s*([^;]+)", style, re.IGNORECASE)
    return m.group(1) if m else None


class _Text(HTMLParser):
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self.quote_depth = 0
        # (tag, hidden, background) of each open element; the page itself is white
        self._open: list[tuple[str, bool, str]] = []
        self._css: list[str] = []
        self._hidden_by_css: set[str] = set()

    def _hidden_now(self) -> bool:
        return bool(self._open) and self._open[-1][1]

    def _push(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = {k.lower(): (v or "") for k, v in attrs}
        style = given.get("style", "")
        background = self._open[-1][2] if self._open else "#ffffff"
        stated = (
            _style_value(style, "background-color")
            or _style_value(style, "background")
            or given.get("bgcolor")
        )
        if (
            stated
            and (colour := _colour(stated.split()[0] if stated.split() else stated))
            and colour != "transparent"
        ):
            background = colour
        text_colour = _colour(_style_value(style, "color") or given.get("color", "") or "")
        hidden = (
            self._hidden_now()
            or "hidden" in given
            or bool(_INVISIBLE.search(style))
            or any("." + c.lower() in self._hidden_by_css for c in given.get("class", "").split())
            or ("#" + given["id"].lower() in self._hidden_by_css if given.get("id") else False)
            or (text_colour is not None and text_colour == background)
        )
        self._open.append((tag, hidden, background))

    def _pop(self, tag: str) -> None:
        for n in range(len(self._open) - 1, -1, -1):
            if self._open[n][0] == tag:
                del self._open[n:]
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head", "title"):
            self._skip += 1
        if tag not in _VOID:
            self._push(tag, attrs)
        if tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "blockquote":
            self.quote_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "style" and self._css:
            self._hidden_by_css |= _hidden_names("".join(self._css))
            self._css.clear()
        if tag in ("style", "script", "head", "title"):
            self._skip = max(0, self._skip - 1)
        if tag not in _VOID:
            self._pop(tag)
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1][0] == "style":
            self._css.append(data)
        if self._skip or self._hidden_now():
            return
        if self.parts and self.parts[-1] == "\n" and data.startswith("\n"):
            # "...is scheduled<br>\nfor 04/03/2026": the source's line break after a block tag is the same break,
            # not a blank line that would split the sentence into two paragraphs.
            data = data[1:]
        if not self.quote_depth:
            self.parts.append(data)
            return
        # Every line inside a blockquote is quoted, also the lines of a text node that spans several: an
        # unmarked line between quoted ones would read as the customer answering inline.
        at_line_start = not self.parts or self.parts[-1].endswith("\n")
        pieces = data.split("\n")
        marked = [
            "> " + piece if piece.strip() and (n > 0 or at_line_start) else piece
            for n, piece in enumerate(pieces)
        ]
        self.parts.append("\n".join(marked))


def html_to_text(markup: str) -> str:
    parser = _Text()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # broken markup: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(parser.parts).replace("\xa0", " ")
    return re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", text)).strip()


@dataclass
class ParsedEmail:
    from_address: str = ""
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    auto_submitted: bool = False
    is_report: bool = False
    body: str = ""  # the whole text body (plain, or HTML converted)
    reply: str = ""  # the customer's new words: quoted history and signature removed
    signature: str = ""
    quoted: str = ""
    attachments: list[str] = field(default_factory=list)
    attachment_text: str = ""
    returned_headers: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _undeclared_8bit(part: Message) -> str | None:
    """The text of a part that carries 8-bit bytes without declaring a charset (or declaring ASCII), else None.

    Why: mail written by scripts and some webmail often has no Content-Type at all; the standard library then
    reads it as ASCII and every accented letter becomes U+FFFD, so "uhradíme" or "sẽ chuyển" lose the words the
    rules look for. Such bytes are nearly always UTF-8; what is not valid UTF-8 is read as Windows-1252.
    """
    charset = part.get_content_charset() or "us-ascii"
    # A 7-bit charset by definition (ISO-2022-JP/KR/CN, UTF-7) cannot carry 8-bit bytes either: a part labelled so
    # whose bytes are valid UTF-8 was written in UTF-8 (a mailer that labelled its Japanese the old way).
    seven_bit = charset.startswith("iso-2022-") or charset in ("utf-7", "csiso2022jp")
    if charset not in ("us-ascii", "ascii") and not seven_bit:
        return None
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or payload.isascii():
        return None
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return None if seven_bit else payload.decode("cp1252", "replace")


def _decode_part(part: Message) -> str:
    undeclared = _undeclared_8bit(part)
    if undeclared is not None:
        return undeclared
    # An unknown charset or a broken transfer encoding makes get_content raise: decode the raw bytes instead.
    with contextlib.suppress(Exception):
        if isinstance(part, EmailMessage):
            content: Any = part.get_content()
            return content if isinstance(content, str) else content.decode("utf-8", "replace")
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, "replace")
        except LookupError:
            return payload.decode("utf-8", "replace")
    return str(part.get_payload() or "")


def pdf_text(part: Message, *, max_pages: int = 5) -> str:
    """The text of a PDF attachment (a remittance advice, usually), or "" when it has none we can read.

    Scanned PDFs have no text layer; encrypted or broken ones are skipped. Bounded so a large statement cannot
    slow the Lambda: the first pages carry the payment details.
    """
    from pypdf import PdfReader  # noqa: PLC0415  (only mail with a PDF pays for the import)
    from pypdf.errors import PyPdfError  # noqa: PLC0415

    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        return ""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return ""
        pages = [page.extract_text() or "" for page in reader.pages[:max_pages]]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        log.info("unreadable PDF attachment: %s", exc)
        return ""
    return "\n".join(pages)[:20_000]


def _decoded_header(value: str) -> str:
    """A header read as text (from a returned-headers part, or a display name read without the policy) is still
    RFC 2047-encoded ("=?utf-8?q?...?=")."""
    if "=?" not in value:
        return value
    try:
        return str(make_header(decode_header(value)))
    except (ValueError, LookupError, UnicodeDecodeError, HeaderParseError):  # (a bad base64 word, say)
        return value


# "See my response below in the body of your email", "pls see my replies inline below, marked [WL]": the answers
# stand inside the quoted reminder, which an Outlook-style quote does not mark with ">".
_ANSWERS_BELOW = re.compile(
    r"\b(see|find) (my |our )?(response|responses|replies|reply|answers?|comments|notes)\b[^.\n]{0,30}\b(below|inline|in line|"
    r"in the body)\b|\b(antworten?|anmerkungen) (unten|im text)\b|\br[eé]ponses? (ci-dessous|dans le texte)\b|"
    r"\brespuestas? (abajo|en el texto)\b|\brespostas? (abaixo|no texto)\b|\bantwoorden? (hieronder|in de tekst)\b|"
    r"\brisposte (sotto|nel testo)\b",
    re.IGNORECASE,
)
# A line the customer marked as theirs: "[WL] Both approved ...", "*** PAID 04/02 - check #20417 ... -Beth ***".
_MARKED_LINE = re.compile(r"^\s*(\[[A-Za-z]{1,4}\]\s*\S.*|\*{3}\s*\S.*\S\s*\*{3})\s*$")


def _marked_answers(reply: str, quoted: str) -> str:
    """The reply with the answers typed into an unmarked quote added, when the reply says they are there."""
    if not _ANSWERS_BELOW.search(reply):
        return reply
    tag = re.search(r"\[[A-Za-z]{1,4}\]", reply)
    answers = [
        line.strip().strip("*").strip()
        for line in quoted.splitlines()
        if _MARKED_LINE.match(line)
        and (tag is None or not line.strip().startswith("[") or tag.group(0) in line)
    ]
    return "\n\n".join([reply, *answers]) if answers else reply


# "See below from our finance team - this was paid yesterday": a colleague's message forwarded under the reply.
_SEE_BELOW = re.compile(
    r"\b(see|read) (below|the (e-?mail|message|note|reply|answer|remittance|remittance advice|payment advice|payment confirmation) below)\b|"
    # "see his answer below", "payment advice below"
    r"\b(see|read)\s+(his|her|their|the owner's|our \w+'s)\s+(answer|reply|message|note|e-?mail)\s+below\b|"
    r"\b(payment\s+advice|remittance\s+advice|bank\s+confirmation|wire\s+confirmation|confirmation)\s+below\b|\bsiehe (unten|nachstehend|untenstehend)\b|"
    r"\bvoir ci-dessous\b|\b(ver|vea|veja) (abajo|abaixo)\b|\bzie (hieronder|onder)\b|\bvedi (sotto|qui sotto)\b|"
    # "see the reply from our controller below"; nb/da/sv "se svar fra vår controller under", "se nedenfor", "se
    # nedan"; pl "zobacz poniżej", "odpowiedź poniżej"; ro "vezi mai jos"; cs/sk "viz níže", "pozri nižšie"
    r"\b(see|read) (the )?(reply|answer|message|note|e-?mail|mail) from [^.\n]{1,40} below\b|"
    r"\bse\b[^.\n]{0,40}\b(under|nedenfor|nedan|herunder|nederst)\s*[.:!]?\s*$|"
    r"\b(zobacz|patrz|odpowiedz|odpowiedź) poni(z|ż)ej\b|\bvezi (mai jos|raspunsul|răspunsul)\b|"
    r"\b(viz|pozri) (níže|nize|nižšie|nizsie)\b",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINE = re.compile(
    r"^\s*(from|von|de|da|van|od|fr[aå]n|fra|de la|sent|gesendet|envoy[eé]|enviado|inviato|verzonden|sendt|skickat|"
    r"wys[lł]ano|trimis|odesl[aá]no|to|an|[aà]|para|a|aan|til|till|do|c[aă]tre|komu|"
    r"cc|subject|betreff|objet|asunto|assunto|oggetto|onderwerp|emne|[aä]mne|temat|subiect|p[rř]edm[eě]t|"
    r"date|datum|fecha|data)\s*:",
    re.IGNORECASE,
)


# The customer's own forward marker above the quoted message: "---------- Forwarded message ---------",
# "Begin forwarded message:".
_FORWARD_MARKER = re.compile(
    r"(-{2,}\s*(forwarded message|weitergeleitete nachricht|message transf[eé]r[eé]|mensaje reenviado|mensagem encaminhada|"
    r"doorgestuurd bericht|messaggio inoltrato)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE,
)


_ABOVE_FORWARD = re.compile(
    # (Outlook's "-----Original Message-----" stands above a colleague's or a system's message as above ours)
    r"^\s*(sent from my \w+|enviado desde mi \w+|von meinem \w+ gesendet|-{2,}\s*(original message|urspr[uü]ngliche nachricht|"
    r"message d'origine|mensaje original|mensagem original|oorspronkelijk bericht|messaggio originale)\s*-{2,})\s*$",
    re.IGNORECASE,
)
_ABOVE_FORWARD = re.compile(rf"{_ABOVE_FORWARD.pattern}|{_FORWARD_MARKER.pattern}", re.IGNORECASE)


# "On Tue, 18 Nov 2026 at 10:00, Jo Smith <jo@customer.example> wrote:": an attribution line in place of headers.
_WROTE = re.compile(
    r"^\s*(on|le|am|el|em|op|il) .{6,160}\b(wrote|a [eé]crit|schrieb|escribi[oó]|escreveu|schreef|ha scritto)\b.{0,80}$",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(r"^\s*(from|von|de|da|van|od|fr[aå]n|fra|de la)\s*:", re.IGNORECASE)
_ADDRESS_DOMAIN = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")


def _unquoted(lines: list[str]) -> list[str]:
    """The leading ">"-quoted block of ``lines``, one quote level removed."""
    block: list[str] = []
    for line in lines:
        stripped = line.lstrip()
        if not stripped.startswith(">"):
            if stripped:
                break
            block.append("")
            continue
        block.append(stripped[1:].removeprefix(" "))
    return block


def _author_domain(headers: list[str], sender: str) -> str | None:
    """The domain of whoever wrote a quoted message, from its From or attribution line. An internal mail that
    shows only a display name ("From: Jo Smith") is a colleague's note to the sender when it was addressed to the
    sender alone; one the sender wrote to colleagues ("To: Finance Creditors <creditors@...>") asks them, not us."""
    found = _ADDRESS_DOMAIN.search(headers[0])
    if found:
        return found.group(1).lower()
    addressed = {m.group(0).lower() for line in headers[1:] for m in _ADDRESS_DOMAIN.finditer(line)}
    return sender.rpartition("@")[2].lower() if addressed == {sender.lower()} else None


def _colleague_below(reply: str, quoted: str, sender: str, ours: frozenset[str] = frozenset()) -> str:
    """The reply with the first quoted message added when the reply points to it and a colleague at the sender's
    own domain wrote it: their words are the customer's statement; our reminder, further down, is not.

    A message the customer forwarded on purpose ("see his answer below" over "Forwarded message", the bank's wire
    notice under "Begin forwarded message:") is theirs to show too, whoever wrote it, unless we did.
    The colleague's message may stand under Outlook headers, under a Gmail-style "On ... wrote:" line with its
    text ">"-quoted, or be ">"-quoted as a whole, headers and all."""
    domain = sender.rpartition("@")[2].lower()
    if not domain or not _SEE_BELOW.search(reply):
        return reply
    lines = quoted.splitlines()
    start = next(
        (n for n, line in enumerate(lines) if line.strip() and not line.strip().startswith("_")), None
    )
    if start is not None and lines[start].lstrip().startswith(">"):
        # "> From: Jo <jo@customer.example>" ... "> FYI - paid": the whole forward quoted one level down.
        lines = _unquoted(lines[start:])
        start = next((n for n, line in enumerate(lines) if line.strip()), None)
    # "Sent from my iPad" and "Begin forwarded message:" may stand above the forwarded message's own headers.
    marked = False
    while start is not None and start < len(lines) - 1 and _ABOVE_FORWARD.match(lines[start]):
        marked = marked or bool(_FORWARD_MARKER.search(lines[start]))
        start = next((n for n in range(start + 1, len(lines)) if lines[n].strip()), None)
    if start is None:
        return reply
    attribution = bool(_WROTE.match(lines[start]))
    if not attribution and not _FROM_LINE.match(lines[start]):
        return reply
    n = start + 1
    while (
        n < len(lines)
        and not attribution
        and (_HEADER_LINE.match(lines[n]) or not lines[n].strip())
        and n - start < 12
    ):
        n += 1
    author = _author_domain(lines[start:n], sender)
    if author is None:
        return reply
    forwarded = (marked or bool(_FORWARD_MARKER.search(reply.rstrip()))) and author not in ours
    if author != domain and not forwarded:
        return reply
    # Under an attribution line the colleague's text is the ">"-quoted block that follows it, if it is quoted.
    following = next((line for line in lines[n:] if line.strip()), "")
    rest = _unquoted(lines[n:]) if attribution and following.lstrip().startswith(">") else lines[n:]
    body: list[str] = []
    for line in rest:
        if _QUOTE_START.match(line) or line.lstrip().startswith(">"):
            break
        body.append(line)
    words = "\n".join(body).strip()
    return f"{reply}\n\n{words}" if words else reply


# The address headers are the dearest to parse through the policy (its RFC 5322 parser costs a millisecond per From or
# To line, a fifth of a reply's reading). Lists of plain "Name <a@b>" or "a@b" items are read with the old parser
# and their encoded-word names decoded; anything else (comments, quoted commas, a name holding an address) goes
# through the policy as before.
_ADDR = r"[^<>\s@\",()]+@[^<>\s@\",()]+"
_PLAIN_ADDRESS = re.compile(rf"\s*((\"[^\"\\\\@()]*\"|[^\",<>@()]*)\s*<{_ADDR}>|{_ADDR})\s*")
_PLAIN_MESSAGE_ID = re.compile(r"\s*<[^<>\s]+>\s*")


def _raw_header(msg: Message, name: str) -> str | None:
    """The first ``name`` header as written, unfolded, 8-bit text read as UTF-8; None when absent."""
    for key, written in msg.raw_items():
        if key.lower() == name.lower():
            value = re.sub(r"\r?\n(?=[ \t])", "", written)
            if any(
                "\udc80" <= c <= "\udcff" for c in value
            ):  # raw 8-bit bytes, kept as surrogates by the parser
                value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return value
    return None


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    raw = _raw_header(msg, name)
    if raw is None:
        return []
    if all(_PLAIN_ADDRESS.fullmatch(item) for item in raw.split(",")):
        return [(_decoded_header(display), address) for display, address in getaddresses([raw])]
    return getaddresses([_header(msg, name)])


def _message_id(msg: Message, name: str) -> str:
    raw = _raw_header(msg, name)
    if raw is not None and _PLAIN_MESSAGE_ID.fullmatch(raw):
        return raw.strip()
    return _header(msg, name)


def _header(msg: Message, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header the policy cannot parse reads as absent
        return ""
    return str(value) if value is not None else ""


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _inline_answers(lines: list[str]) -> list[str]:
    """Paragraphs written between the lines of a ">"-quoted message: someone answering point by point.

    Only a paragraph that follows a blank line counts: a quoted line that a client re-wrapped leaves its tail
    unmarked right under it, and that tail is our own reminder's text, not the customer's.
    """
    quoted_at = [n for n, line in enumerate(lines) if _quoted(line)]
    if len(quoted_at) < 2:
        return []
    answers: list[str] = []
    paragraph: list[str] = []
    for n in range(quoted_at[0] + 1, quoted_at[-1]):
        line = lines[n]
        if _quoted(line) or not line.strip():
            if paragraph:
                answers.append("\n".join(paragraph))
                paragraph = []
            continue
        if _QUOTE_START.match(line):
            return answers  # a further quoted message (a forward) starts: nothing below is an answer
        if paragraph or not lines[n - 1].strip() or lines[n - 1].strip() == ">":
            paragraph.append(line)
    return answers


def split_reply(text: str) -> tuple[str, str, str]:
    """(new words, signature, quoted history).

    The new words are what stands above the quoted history, any answers written between its quoted lines,
    and what follows them at the bottom.
    """
    lines = text.splitlines()
    inline = _inline_answers(lines)
    if inline:
        last = max(n for n, line in enumerate(lines) if _quoted(line))
        first = min(n for n, line in enumerate(lines) if _quoted(line))
        head = _split_top(lines[:first])[0]
        tail, signature, _ = _split_top(lines[last + 1 :])
        if tail.strip() == signature.strip():
            tail = ""  # only a signature below the last quoted line
        words = [part for part in (head, *inline, tail) if part.strip()]
        return "\n\n".join(words), signature, "\n".join(lines[first : last + 1])
    return _split_top(lines)


def _split_top(lines: list[str]) -> tuple[str, str, str]:
    # A plain ">" quote or a known quote header ends the new words.
    cut = len(lines)
    for n, line in enumerate(lines):
        if line.lstrip().startswith(">") or _QUOTE_START.match(line):
            cut = n
            break
    head, quoted = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    if not head.strip():
        # Bottom-posting: nothing above the quoted reminder, the new words come after its last quoted line.
        last = max((n for n, line in enumerate(lines) if line.lstrip().startswith(">")), default=-1)
        tail = "\n".join(lines[last + 1 :])
        if last >= 0 and tail.strip():
            reply, signature, _ = split_reply(tail)
            return reply, signature, "\n".join(lines[: last + 1])
    signature = ""
    # The library's edge cases (odd quote markers) must not lose the message: fall back to our own split.
    with contextlib.suppress(Exception):
        replies = _REPLY_PARSER.read(text=head).replies
        if replies:
            first = replies[0]
            body = (first.body or "").strip()
            signature = (getattr(first, "signatures", "") or "").strip()
            rest = "\n".join((r.content or "") for r in replies[1:]).strip()
            if body:
                body, signature = _rejoin_signature(body, signature)
                return body, signature, "\n".join(p for p in (rest, quoted) if p)
    return head.strip(), signature, quoted


def parse_email(raw: bytes) -> ParsedEmail:
    out = ParsedEmail()
    try:
        msg = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:
        out.errors.append(f"unparseable message: {exc}")
        return out
    for key in (
        "Auto-Submitted",
        "X-Autoreply",
        "X-Autorespond",
        "Precedence",
        "X-Auto-Response-Suppress",
        "Content-Type",
        "Return-Path",
        "X-Failed-Recipients",
        "Reply-To",
        "Authentication-Results",
    ):
        value = _header(msg, key)
        if value:
            out.headers[key.lower()] = value
    out.from_name, out.from_address = (_addresses(msg, "From") or [("", "")])[0]
    out.from_address = out.from_address.lower()
    out.to = [a.lower() for _, a in _addresses(msg, "To") if a]
    out.cc = [a.lower() for _, a in _addresses(msg, "Cc") if a]
    out.subject = re.sub(r"\s+", " ", _header(msg, "Subject")).strip()
    out.message_id = _message_id(msg, "Message-ID") or None
    out.in_reply_to = _header(msg, "In-Reply-To") or None
    out.references = _header(msg, "References").split()
    raw_date = _header(msg, "Date")
    if raw_date:
        try:
            parsed = parsedate_to_datetime(raw_date)
            out.date = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError):
            out.errors.append(f"unreadable Date header: {raw_date!r}")
    auto = out.headers.get("auto-submitted", "").lower()
    out.auto_submitted = bool(
        (auto and not auto.startswith("no"))
        or "x-autoreply" in out.headers
        or "x-autorespond" in out.headers
        or out.headers.get("precedence", "").lower() in ("auto_reply", "auto-reply")
    )
    out.is_report = msg.get_content_type() == "multipart/report"

    plain: list[str] = []
    htmls: list[str] = []
    try:
        parts = list(msg.walk())
    except Exception as exc:
        out.errors.append(f"unreadable MIME structure: {exc}")
        parts = [msg]
    inside_returned = False
    for part in parts:
        ctype = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if ctype in ("message/rfc822", "text/rfc822-headers", "message/rfc822-headers"):
            inside_returned = True
            returned = part.get_payload()
            inner = returned[0] if isinstance(returned, list) and returned else None
            if isinstance(inner, Message):
                for key in ("Subject", "To", "Message-ID", "From"):
                    if _header(inner, key):
                        out.returned_headers[key.lower()] = _header(inner, key)
            elif ctype != "message/rfc822":
                text = _decode_part(part)
                for key in ("Subject", "To", "Message-ID", "From"):
                    m = re.search(rf"^{key}:\s*(.+)$", text, re.MULTILINE | re.IGNORECASE)
                    if m:
                        out.returned_headers[key.lower()] = _decoded_header(m.group(1).strip())
            continue
        if part.is_multipart():
            continue
        if filename or disposition == "attachment":
            out.attachments.append(filename or ctype)
            if ctype.startswith("text/"):
                out.attachment_text += _decode_part(part)[:20_000] + "\n"
            elif ctype == "application/pdf" or (filename or "").lower().endswith(".pdf"):
                out.attachment_text += pdf_text(part) + "\n"
            continue
        if ctype == "message/delivery-status":
            out.attachment_text += _decode_part(part)[:5000] + "\n"
            continue
        if inside_returned:
            out.attachment_text += _decode_part(part)[:5000] + "\n"
            continue
        if ctype == "text/plain":
            plain.append(_decode_part(part))
        elif ctype == "text/html":
            htmls.append(_decode_part(part))
    if plain:
        out.body = "\n".join(plain)
    elif htmls:
        out.body = "\n".join(html_to_text(h) for h in htmls)
    out.body = out.body.replace("\r\n", "\n").replace("\r", "\n")
    out.reply, out.signature, out.quoted = split_reply(out.body)
    ours = frozenset(address.rpartition("@")[2].lower() for address in out.to)
    out.reply = _colleague_below(_marked_answers(out.reply, out.quoted), out.quoted, out.from_address, ours)
    return out
