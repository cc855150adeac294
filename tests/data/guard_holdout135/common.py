"""Shared pieces for the blind363 guard set (standard library only)."""

PAY = "https://pay.kestrel-learning.example/i/"

SIG = {
    "en-US": "Kestrel Learning Billing\nAccounts Receivable | Kestrel Learning, Inc.",
    "en-IN": "Kestrel Learning Billing\nAccounts Receivable | Kestrel Learning India Pvt. Ltd.",
    "en-SG": "Kestrel Learning Billing\nAccounts Receivable | Kestrel Learning Pte. Ltd.",
    "de": "Kestrel Learning Buchhaltung\nDebitorenbuchhaltung | Kestrel Learning GmbH",
    "nl": "Kestrel Learning Billing\nDebiteurenadministratie | Kestrel Learning B.V.",
    "pl": "Kestrel Learning Billing\nDział należności | Kestrel Learning Sp. z o.o.",
    "ja": "Kestrel Learning 株式会社\n経理部 売掛金担当",
    "ko": "케스트럴 러닝 코리아 주식회사\n재무팀 채권관리 담당",
    "vi": "Phòng Kế toán Công nợ\nCông ty TNHH Kestrel Learning Việt Nam",
    "id": "Tim Piutang Usaha\nPT Kestrel Learning Indonesia",
    "ru": "Отдел расчётов с клиентами\nООО «Кестрел Лёрнинг»",
    "uk": "Відділ розрахунків з клієнтами\nТОВ «Кестрел Лернінг Україна»",
}

LANGS = ["en-US", "en-IN", "en-SG", "de", "nl", "pl", "ja", "ko", "vi", "id", "ru", "uk"]

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}


def pay(inv):
    return PAY + inv


def ok(lang, subject, body, why, nums=None, sig=True):
    """An allowed draft. nums: list of {"kind", "value"} (masked numbers)."""
    return {"lang": lang, "subject": subject,
            "body": body + ("\n\n" + SIG[lang] if sig else ""),
            "violations": [], "subtle": False, "why": why,
            "triggers": {}, "nums": nums or []}


def bad(lang, violations, subtle, subject, body, why, triggers, nums=None, sig=True):
    """A violating draft. triggers: {violation: exact phrase found in subject/body}."""
    return {"lang": lang, "subject": subject,
            "body": body + ("\n\n" + SIG[lang] if sig else ""),
            "violations": violations, "subtle": subtle, "why": why,
            "triggers": triggers, "nums": nums or []}
