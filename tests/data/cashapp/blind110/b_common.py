"""Shared helpers for build.py (standard library only)."""
import re, unicodedata, itertools

DEC = {"TRY": 2, "BDT": 2, "USD": 2, "EUR": 2, "GBP": 2, "AED": 2, "JPY": 0, "KWD": 3}
PREFIX = "TBT"

def fmt(minor, cur):
    d = DEC[cur]
    if d == 0:
        return str(minor)
    s = str(abs(minor)).rjust(d + 1, "0")
    return ("-" if minor < 0 else "") + s[:-d] + "." + s[-d:]

def fmt_group(minor, cur, lakh=False):
    """Amount for free text, always with thousands separators (never a bare 5-7 digit run)."""
    d = DEC[cur]
    whole, frac = divmod(minor, 10 ** d) if d else (minor, None)
    w = str(whole)
    if lakh and len(w) > 3:
        head, tail = w[:-3], w[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        w = ",".join(parts + [tail])
    else:
        w = "{:,}".format(whole)
    return w if d == 0 else w + "." + str(frac).rjust(d, "0")

def num_canon(n):
    return "%s-%07d" % (PREFIX, n)

# ---- guard extractor (same rule as stated in README; check.py has its own copy) ----
OCR = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8"})
RX_PREFIX = re.compile(r"TBT[\s\-/#.:]*([0-9OISBL]{5,8})(?![0-9A-Z])")
RX_SPACED = re.compile(r"TBT[\s\-/#.:]*(\d{1,4}(?: \d{1,4}){1,2})(?![0-9A-Z])")
RX_BARE = re.compile(r"(?<!\d)(\d{5,7})(?!\d)")

def extract_numbers(*texts):
    out = []
    for t in texts:
        if not t:
            continue
        u = t.upper()
        hits = []
        for m in RX_PREFIX.finditer(u):
            tok = m.group(1)
            if sum(c.isdigit() for c in tok) >= 3:
                hits.append((m.start(1), int(tok.translate(OCR))))
        for m in RX_SPACED.finditer(u):
            hits.append((m.start(1), int(m.group(1).replace(" ", ""))))
        for m in RX_BARE.finditer(u):
            hits.append((m.start(1), int(m.group(1))))
        for _, n in sorted(hits):
            if n not in out:
                out.append(n)
    return out

# ---- payer-name rule (README "identifying the customer") ----
LEGAL = {"LTD", "LIMITED", "STI", "AS", "SAN", "VE", "TIC", "TICARET", "SANAYI", "LLC", "INC", "PLC",
         "GMBH", "BV", "SA", "SL", "SRL", "SPA", "SARL", "FZE", "FZCO", "CO", "CORP", "PVT", "AB", "KK",
         "WLL", "SP", "Z", "O", "OO", "APS", "DIS", "ITHALAT", "IHRACAT"}
GERMAN = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}

def _fold(s, german=False):
    if german:
        s = "".join(GERMAN.get(c, c) for c in s)
    s = s.replace("ı", "i")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.upper().replace(".", "")
    return re.sub(r"[^A-Z0-9]+", " ", s).strip()

def name_keys(s):
    """(core keys, full keys): core drops legal-form words; both without spaces."""
    cores, fulls = set(), set()
    for g in (False, True):
        f = _fold(s, g)
        fulls.add(f.replace(" ", ""))
        cores.add("".join(w for w in f.split() if w not in LEGAL))
    return cores, fulls

def identify(payer, customers):
    """customers: list of (id, name). Returns the one id the payer name points to, or None."""
    if not payer:
        return None
    pc, pf = name_keys(payer)
    hits = set()
    for cid, name in customers:
        cc, cf = name_keys(name)
        if pc & cc:
            hits.add(cid)
    if len(hits) == 1:
        return hits.pop()
    if hits:
        return None
    if len(payer) >= 14:
        for cid, name in customers:
            cc, cf = name_keys(name)
            if any(len(p) >= 10 and c.startswith(p) for p in pf for c in cf):
                hits.add(cid)
        if len(hits) == 1:
            return hits.pop()
    return None
