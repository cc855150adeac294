"""Shared helpers for build.py (standard library only)."""
import datetime as dt
import re
import unicodedata

SEED = 381


def fmt(cents):
    """Integer cents -> decimal string with two minor-unit digits (USD and CAD)."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def fmt_commas(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def canon(n):
    """Canonical invoice number for sequence value n (5 significant digits)."""
    return f"INV-00{n}"


SUFFIXES = {"INC", "LLC", "CORP", "CORPORATION", "CO", "LTD", "PC", "PLLC", "LP", "LLP", "THE", "PA"}


def norm_name(name):
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).upper()
    s = s.replace("&", " AND ")
    s = re.sub(r"[^A-Z0-9 ]", " ", s)
    words = [w for w in s.split() if w not in SUFFIXES]
    return " ".join(words)


def one_edit(a, b):
    """True when two 5-digit cores differ by one substituted digit or one adjacent transposition."""
    a, b = str(a), str(b)
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return False


def day(s):
    return dt.date.fromisoformat(s)


# Reference spellings of invoice number n (clean matches).
SPELLINGS = [
    ("canonical", lambda n: f"INV-00{n}"),
    ("no_dash", lambda n: f"INV00{n}"),
    ("space", lambda n: f"INV 00{n}"),
    ("bare_no_zeros", lambda n: f"{n}"),
    ("bare_zeros", lambda n: f"00{n}"),
    ("prefix_no_zeros", lambda n: f"INV-{n}"),
    ("lower", lambda n: f"inv {n}"),
    ("hash", lambda n: f"Inv#{n}"),
    ("ocr_O_for_0", lambda n: f"INV-OO{n}"),
    ("ocr_1_for_I", lambda n: f"1NV-00{n}"),
    ("ocr_l_for_I", lambda n: f"lNV-00{n}"),
    ("words", lambda n: f"Invoice No. {n}"),
    ("dot", lambda n: f"INV.00{n}"),
    ("dash_space", lambda n: f"INV- 00{n}"),
]
