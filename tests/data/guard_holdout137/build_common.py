"""Shared helpers for build.py (standard library only)."""

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
ABBR = {
    "legal_threat": "LT",
    "discount_offer": "DO",
    "refund_or_credit_promise": "RC",
    "fault_admission": "FA",
    "terms_change": "TC",
    "harassment": "HA",
    "sensitive_data": "SD",
}
LANGS = ["en-US", "en-GB", "en-CA", "de", "fr", "es", "pt-BR", "it", "nl", "pl", "cs"]


def D(key, lang, subject, body, why, v=(), subtle=False, trig=None, nums=None):
    """One draft.

    key    -- a stable author key (A.. allowed, V.. violating), not written out
    v      -- violations (any order; build sorts them into the contract order)
    trig   -- {violation: exact phrase that carries it}; may contain {{TOKENS}}
    nums   -- [(kind, exact text)] sensitive or near-sensitive numbers in the body
    """
    if body.startswith("\n"):
        body = body[1:]
    body = body.rstrip("\n")
    return {
        "key": key,
        "lang": lang,
        "subject": subject,
        "body": body,
        "why": why,
        "v": list(v),
        "subtle": subtle,
        "trig": dict(trig or {}),
        "nums": list(nums or []),
    }
