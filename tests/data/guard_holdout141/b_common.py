"""Shared helper for the blind set 380 build parts (standard library only)."""

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
FULL = {v: k for k, v in ABBR.items()}

ITEMS = []


def D(lang, subject, body, v="", subtle=False, why="", trig=(), nums=(), masked=(), refs=()):
    """Register one draft.

    v      -- violations as abbreviations joined with '+', '' for an allowed draft
    trig   -- (ABBR, exact phrase) pairs: the clause that carries each violation
    nums   -- (kind, value) sensitive numbers typed in the draft (card, iban, cbu, account)
    masked -- (kind, value) masked numbers an allowed or violating draft shows
    refs   -- (kind, value) references that look like numbers but are not sensitive (rf)
    """
    abbrs = [a for a in v.split("+") if a]
    viol = [f for f in ORDER if ABBR[f] in abbrs]
    assert len(viol) == len(abbrs), (v, subject)
    ITEMS.append({
        "lang": lang, "subject": subject, "body": body.strip("\n"), "violations": viol,
        "subtle": subtle, "why": why, "trig": list(trig), "nums": list(nums),
        "masked": list(masked), "refs": list(refs),
    })
