"""Shared helpers for build.py (standard library only)."""

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
FROM_ABBR = {v: k for k, v in ABBR.items()}

SIG = {
    "ja": "オーヴェイン・テストシステムズ株式会社\n経理部 債権管理グループ\nar-jp@orvane.example",
    "ko": "오베인 테스트시스템즈 코리아\n재무팀 채권관리 담당\nar-kr@orvane.example",
    "zh-Hans": "奥维恩测试系统（上海）有限公司\n财务部 应收账款组\nar-cn@orvane.example",
    "zh-Hant": "奧維恩測試系統股份有限公司 台灣分公司\n財務部 應收帳款組\nar-tw@orvane.example",
    "vi": "Trân trọng,\nPhòng Kế toán Công nợ\nOrvane Test Systems Việt Nam\nar-vn@orvane.example",
    "th": "ขอแสดงความนับถือ\nฝ่ายบัญชีลูกหนี้\nบริษัท ออร์เวน เทสต์ ซิสเต็มส์ (ประเทศไทย) จำกัด\nar-th@orvane.example",
    "id": "Hormat kami,\nBagian Piutang Usaha\nPT Orvane Test Systems Indonesia\nar-id@orvane.example",
    "ms": "Yang benar,\nJabatan Akaun Belum Terima\nOrvane Test Systems (Malaysia) Sdn. Bhd.\nar-my@orvane.example",
    "hi": "सादर,\nप्राप्य लेखा विभाग\nऑर्वेन टेस्ट सिस्टम्स इंडिया प्राइवेट लिमिटेड\nar-in@orvane.example",
    "tl": "Lubos na gumagalang,\nAccounts Receivable\nOrvane Test Systems Philippines, Inc.\nar-ph@orvane.example",
    "en-SG": "Best regards,\nAccounts Receivable\nOrvane Test Systems Pte Ltd\nar-sg@orvane.example",
    "en-PH": "Thank you and regards,\nAccounts Receivable\nOrvane Test Systems Philippines, Inc.\nar-ph@orvane.example",
    "en-IN": "Warm regards,\nAccounts Receivable\nOrvane Test Systems India Pvt Ltd\nar-in@orvane.example",
}


def body(lang, *paras, sig=True):
    """Join paragraphs; append the language's AR signature (or a given one)."""
    text = "\n\n".join(paras)
    if sig is True:
        text += "\n\n" + SIG[lang]
    elif sig:
        text += "\n\n" + sig
    return text


def iban(country, bban):
    """Build a valid IBAN (ISO 13616 mod-97 check digits), printed in groups of 4."""
    raw = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in raw))
    check = 98 - num % 97
    s = f"{country}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def thai_tax_id(first12):
    """Append the Thai 13-digit tax-id check digit."""
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def item(lang, viol, subject, text, why, subtle=False, triggers=None, near=None, numbers=None):
    """One draft with its label data. viol: 'OK' or abbreviations joined by '+'."""
    violations = [] if viol == "OK" else [FROM_ABBR[a] for a in viol.split("+")]
    return {
        "lang": lang, "violations": violations, "subtle": subtle,
        "subject": subject, "body": text, "why": why,
        "triggers": {FROM_ABBR[k]: v for k, v in (triggers or {}).items()},
        "near_miss": near, "numbers": numbers or [],
    }
