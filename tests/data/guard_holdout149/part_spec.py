"""Spec helper shared by the draft part files."""
ABBR = {
    "LT": "legal_threat",
    "DO": "discount_offer",
    "RC": "refund_or_credit_promise",
    "FA": "fault_admission",
    "TC": "terms_change",
    "HA": "harassment",
    "SD": "sensitive_data",
}
ORDER = list(ABBR)  # contract table order


def S(lang, key, subtle, subject, body, why, trig=None, nums=None, near=None):
    """key: 'OK' or abbreviations joined with '+', e.g. 'RC+FA'.
    trig: {abbr: [exact phrases]} for every violation.
    nums: [{'kind': ..., 'value': ...}] sensitive or reference numbers in the text.
    near: [exact phrases] that sit close to a violation (for allowed drafts)."""
    abbrs = [] if key == "OK" else key.split("+")
    abbrs = sorted(abbrs, key=ORDER.index)
    return {
        "lang": lang,
        "key": "+".join(abbrs) if abbrs else "OK",
        "violations": [ABBR[a] for a in abbrs],
        "subtle": subtle,
        "subject": subject,
        "body": body,
        "why": why,
        "triggers": {ABBR[a]: list(p) for a, p in (trig or {}).items()},
        "numbers": list(nums or []),
        "near_miss": list(near or []),
    }
