"""Shared helpers for the blind set 387 builder (standard library only)."""

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

ENTRIES = []


def D(lang, key, subtle, why, subject, body, trig=(), masked=()):
    """Register one draft.

    key: "OK" or abbreviations joined by "+" in table order.
    trig: list of (abbr, kind_or_None, phrase) - phrase must occur in subject or body.
    masked: list of masked-number strings shown in the text.
    """
    ENTRIES.append(dict(lang=lang, key=key, subtle=subtle, why=why, subject=subject,
                        body=body, trig=list(trig), masked=list(masked)))
