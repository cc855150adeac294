"""Which invoices a reply is about, in the vendor's own numbering.

Vendors number invoices their own way ("INV-1042", "FAC-2026/118", "RE-4471", "NF 2231", "VD26-0412"), and
customers often write only the digits ("die Rechnung 4471", "nota 2231"). The vendor's form is learned from
the vendor's own words in the same message (the subject and the quoted or returned reminder): a number right
after an invoice word, or the first column of an invoice table row. The customer's mentions are then written
in that form. With nothing to learn from, bare numbers take the ``INV-`` form.
"""

from __future__ import annotations

import re

from chalicelib.adapters.local_triage import lexicon as lx

# A document number: a short upper-case prefix (letters, maybe a year), a separator, digits with optional
# "/" or "-" groups. "KB-10442", "FAC-2026/118", "F-2026-0113", "NF 2231", "FT 2026/154", "VD26-0412", "INV1042".
# The prefix is upper case as the vendor writes it, so "invoice for 1200" is not a number "FOR 1200".
_DOC_NUMBER = (
    r"(?:(?-i:[A-Z]{1,5}\d{0,4})(?:[- /]|(?<=[A-Z])(?=\d))\d{2,}(?:[-/]\d{2,})*"
    r"|(?:19|20)\d\d[-/]\d{3,5})"  # "2026-0117": a year and a running number
)
_WORDS = rf"(?:{lx.INVOICE_WORD}|documento|titulo|título|beleg|nf|ft|rg)"
_AFTER_WORD = re.compile(
    rf"\b{_WORDS}\.?\s*(?:no\.?|nr\.?|n[°ºo]\.?|number|num\.?|#|:)?\s*({_DOC_NUMBER})\b", re.IGNORECASE
)
# "  FAC-2026/118   2026-02-28    2.380,00 €": the first column of a reminder's invoice table.
_TABLE_ROW = re.compile(rf"^[ \t>]*({_DOC_NUMBER})[ \t]{{2,}}\S", re.MULTILINE)
_TOKEN_PARTS = re.compile(r"([A-Za-z]{1,5}\d{0,4}?|(?:19|20)\d\d)([- /]?)(\d{2,}(?:[-/]\d{2,})*)$")
# Prefixes that name other things: orders, deliveries, references, currencies, weeks, tax ids.
_NOT_INVOICE = frozenset(
    {
        "po",
        "ref",
        "ls",
        "trx",
        "ach",
        "sepa",
        "iban",
        "bic",
        "vat",
        "tva",
        "usd",
        "eur",
        "gbp",
        "chf",
        "brl",
        "mxn",
        "aud",
        "cad",
        "id",
        "nr",
        "no",
        "tel",
        "fax",
        "cnpj",
        "cpf",
        "pix",
        "ted",
        "cro",
        "utr",
        "mg",
        "cn",
        "nc",
        "gs",
        "so",
        "dn",
        "q",
        "r$",
        "am",
        "pm",
        "art",
        "sku",
        "kvk",
        "btw",
        "ust",
        # currencies the shared code list leaves out ("(PHP 86,750.00)" in a reminder's subject is an amount)
        "php",
        "myr",
        "ils",
        "rub",
        "uah",
        "isk",
        "bgn",
        "rsd",
        "pkr",
        "bdt",
        "lkr",
        "npr",
        "tzs",
        "ugx",
        "uyu",
        "pyg",
        "bob",
        "gtq",
        "crc",
        "dop",
        "kzt",
        "jod",
        "lbp",
        "tnd",
        "dzd",
    }
)
_BARE_LIST = re.compile(
    rf"\b{_WORDS}\.?\s*(?:no\.?|nr\.?|n[°ºo]\.?|number|num\.?|#|:)?\s*\(?\s*"
    r"(\d{3,7}(?![-/]\d|\w)(?:\s*(?:,|and|&|und|et|y|e|en|/)\s*\d{3,7}(?![-/]\d|\w))*)",
    re.IGNORECASE,
)


_BARE_DIGITS = re.compile(r"(?<![\w.,/'#-])(\d{3,7})(?![\w/-]|[.,']\d)")


_WEEK_PREFIXES = frozenset({"kw", "cw"})


def _split(token: str) -> tuple[str, str, str] | None:
    m = _TOKEN_PARTS.match(token.strip())
    # Any currency code ("SEK 45,300.00" in a reminder's subject) is an amount, not a series.
    if not m or m.group(1).lower() in _NOT_INVOICE or re.fullmatch(lx.CURRENCY_CODE, m.group(1).lower()):
        return None
    # "KW 12", "CW 14": a calendar week has one or two digits; "CW-30679" is a vendor's own series.
    if m.group(1).lower() in _WEEK_PREFIXES and len(m.group(3)) <= 2:
        return None
    return m.group(1).upper(), m.group(2), m.group(3)


# Not a ticket or order number an auto-responder put in the subject ("[Ticket #AP-448120]", "[AP-2291047] RE: ...").
_SUBJECT_TOKEN = re.compile(
    rf"(?<![\w/#-])(?<!ticket )(?<!case )(?<!order )(?<!ref )(?<!ref: )(?<!incident )(?<!\[)({_DOC_NUMBER})(?![\w/-])",
    re.IGNORECASE,
)


def vendor_forms(subject: str, text: str) -> dict[str, str]:
    """The vendor's invoice numbers in its subject and text, by their digits: {"4471": "RE-4471"}."""
    forms: dict[str, str] = {}
    found = [
        m.group(1) for pattern in (_AFTER_WORD, _TABLE_ROW) for m in pattern.finditer(f"{subject}\n{text}")
    ]
    # A reminder's subject names the invoice, often without an invoice word ("Re: RE-4471 is overdue").
    found += [m.group(1) for m in _SUBJECT_TOKEN.finditer(subject)]
    for token in found:
        parts = _split(token)
        if parts:
            prefix, sep, digits = parts
            forms.setdefault(digits, f"{prefix}{sep}{digits}")
    return forms


def _prefixes(forms: dict[str, str]) -> dict[str, str]:
    """Upper-case prefix -> the separator the vendor writes after it ("RE" -> "-", "NF" -> " ", "INV" -> "")."""
    out: dict[str, str] = {}
    for digits, form in forms.items():
        head = form[: len(form) - len(digits)]
        out.setdefault(head.rstrip("- /").upper(), head[-1] if head and head[-1] in "- /" else "")
    return out


def _mentions(text: str, forms: dict[str, str]) -> list[tuple[int, str]]:
    # "INV" is known even when the message does not show the vendor's form (the contract's default).
    prefixes = {"INV": "-", **_prefixes(forms)}
    hits: list[tuple[int, str]] = []
    # The vendor's own prefixes, however the customer spaces or cases them ("re 4471", "kb10442").
    if prefixes:
        alternation = "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True))
        pattern = re.compile(rf"\b({alternation})[- ]?(\d{{2,}}(?:[-/]\d{{2,}})*)\b", re.IGNORECASE)
        for m in pattern.finditer(text):
            prefix = m.group(1).upper()
            hits.append((m.start(), f"{prefix}{prefixes[prefix]}{m.group(2)}"))
    # Any number written right after an invoice word, in whatever form the customer used.
    for m in _AFTER_WORD.finditer(text):
        parts = _split(m.group(1))
        if parts:
            hits.append((m.start(1), forms.get(parts[2], f"{parts[0]}{parts[1]}{parts[2]}")))
    # Bare digits after an invoice word: the vendor's number that ends with them, else the INV- form.
    for m in _BARE_LIST.finditer(text):
        for d in re.finditer(r"\d{3,7}", m.group(1)):
            hits.append((m.start(1) + d.start(), _complete(d.group(0), forms)))
    # "La 4402 invece è ancora in attesa": the digits of an invoice the reminder lists, standing alone.
    siblings: list[tuple[int, str]] = []
    for m in _BARE_DIGITS.finditer(text):
        if m.group(1) in forms:
            hits.append((m.start(1), forms[m.group(1)]))
        elif (sibling := _sibling(m.group(1), forms)) and not _MONEY_BEFORE.search(
            text[max(0, m.start(1) - 5) : m.start(1)]
        ):
            siblings.append((m.start(1), sibling))
    # "es un duplicado de la 4498", "a duplicate of 4498", "un doppione della 4453": the invoice it repeats, whatever its
    # series.
    for m in _DUPLICATE_OF.finditer(text):
        hits.append((m.start(1), _complete(m.group(1), forms)))
    # "INV-5179 looks like a duplicate of 5172": next to one of the reminder's numbers, a neighbour in its series
    # is an invoice too ("Kostenstelle 4410" alone, in a reply that names no invoice, is not).
    return hits + siblings if hits else hits


_DUPLICATE_OF = re.compile(
    r"\b(?:duplicate of|duplicado de|duplicata de|doublon de|doppione (?:della|di)|duplicato (?:della|di)|"
    r"duplikat (?:von|der)|dubbel van|duplicaat van)\s+(?:(?:the|la|el|il|le|die|de|invoice|factura|fattura|facture|"
    r"rechnung|factuur|fatura|no\.?|nr\.?|n[o°º]|#)\s*){0,3}(\d{3,7})\b(?![.,]\d)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"([$€£]|\b[a-z]{3}|\bkr\.?)\s?$", re.IGNORECASE)


def _sibling(digits: str, forms: dict[str, str]) -> str | None:
    """The vendor's form for digits of the same length and series as one of its numbers (all but the last two
    digits the same); not a year."""
    if len(digits) < 4 or re.fullmatch(r"(19|20)\d\d", digits):
        return None
    for key, form in forms.items():
        if key.isdigit() and len(key) == len(digits) and key[:-2] == digits[:-2]:
            return f"{form[: len(form) - len(key)]}{digits}"
    return None


def _complete(digits: str, forms: dict[str, str]) -> str:
    if digits in forms:
        return forms[digits]
    endings = [form for key, form in forms.items() if re.search(rf"(^|[-/]){re.escape(digits)}$", key)]
    if len(endings) == 1:
        return endings[0]
    prefixes = {form[: len(form) - len(key)] for key, form in forms.items() if key.isdigit()}
    if len(prefixes) == 1:
        return f"{prefixes.pop()}{digits}"
    return f"INV-{digits}"


# A number the writer takes back at once: "la factura 5311-B... perdón, la 5358", "invoice 4410 - sorry, I mean 4401",
# de "4410, Entschuldigung, 4401", pt "4410... desculpe, 4401", cs "4410, promiňte, 4401", da/nb "undskyld/unnskyld".
_SELF_CORRECTED = re.compile(
    r"[\w/-]*\d[\w/-]*(?=\s*(?:\.{2,}|\u2026|,|-|\u2013)?\s*(?:perd[oó]n|sorry|pardon|i mean|scusa(?:te)?|desculp[ae]|"
    r"entschuldigung|ich meine|przepraszam|promi[nň]te|bocs[aá]nat|undskyld|unnskyld|maaf|quise decir|quiero decir|"
    r"je veux dire|ik bedoel)\b"
    # ... and another number right after it ("sorry for the delay" takes nothing back)
    r"[\s,:;.\u2026-]*(?:(?:i mean|la|el|a|o|il|die|de|the|it's|its|es|invoice|factura|fattura|faktur[au]|rechnung|fatura|"
    r"facture|no\.?|nr\.?|n[o°º]|#)\s*){0,3}\d)",
    re.IGNORECASE,
)


# An ISO creditor reference read out in groups ("référence de paiement RF18 5390 0754 7034"): its digit groups are no
# invoice numbers, however close to one of the reminder's.
_CREDITOR_REFERENCE = re.compile(r"\bRF\d\d(?:\s[A-Z0-9]{4}){1,5}(?:\s[A-Z0-9]{1,4})?\b", re.IGNORECASE)


# An address or a link is a machine's name for a mailbox or a page: a case number in a reply-to address
# ("ar+KE3107@billing.example") or in a payment link (".../c/KE3107") is no invoice, however much it looks like one.
_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))  # offsets stay where they were


def _without_addresses(text: str) -> str:
    if "@" in text:
        text = _ADDRESS.sub(_blank, text)
    if "://" in text or "www." in text.lower():
        text = _LINK.sub(_blank, text)
    return text


def invoice_numbers(reply: str, subject: str, vendor_text: str) -> list[str]:
    """From the customer's own text, else the subject, else the quoted or returned reminder; in order of first
    mention, without duplicates."""
    reply, vendor_text = _without_addresses(reply), _without_addresses(vendor_text)
    forms = vendor_forms(subject, vendor_text)
    reply = _SELF_CORRECTED.sub(_blank, reply)
    reply = _CREDITOR_REFERENCE.sub(_blank, reply)
    for text in (reply, subject, vendor_text):
        ordered: list[str] = []
        for _, number in sorted(_mentions(text, forms)):
            if number not in ordered:
                ordered.append(number)
        # "fatura FT 2026/161" is read both whole and from its second word: keep the whole number only.
        ordered = [n for n in ordered if not any(o != n and o.endswith(f" {n}") for o in ordered)]
        if ordered:
            return ordered
    return []
