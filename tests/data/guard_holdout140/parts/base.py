"""Shared helper for the draft part files (standard library only)."""

SIG = {
    "en": "Lumen Fleet Rentals\nAccounts Receivable",
    "ja": "ルーメン・フリート・レンタル株式会社\n経理部 売掛金担当",
    "zh": "鲁门车队租赁有限公司\n应收账款部",
    "ko": "루멘플릿렌탈(주)\n채권관리팀",
    "th": "บริษัท ลูเมน ฟลีท เรนทัล จำกัด\nฝ่ายบัญชีลูกหนี้",
    "vi": "Lumen Fleet Rentals\nBộ phận Công nợ phải thu",
    "id": "Lumen Fleet Rentals\nBagian Piutang Usaha",
    "hi": "ल्यूमेन फ़्लीट रेंटल्स\nप्राप्य खाता विभाग",
    "ar": "لومن فليت لتأجير السيارات\nقسم الذمم المدينة",
    "he": "לומן פליט השכרות בע\"מ\nמחלקת חשבונות לקוחות",
    "tr": "Lumen Filo Kiralama A.Ş.\nAlacak Yönetimi",
}


def D(lang, subject, body, v=(), subtle=False, why="", trig=None, nums=None, sig=True):
    """One draft. v: violations; trig: {violation: exact phrase in subject/body};
    nums: [{"kind": ..., "text": ..., "full": bool}] sensitive or masked numbers."""
    if sig:
        body = body.rstrip() + "\n\n" + SIG[lang]
    return {
        "lang": lang,
        "subject": subject,
        "body": body,
        "violations": list(v),
        "subtle": subtle,
        "why": why,
        "triggers": dict(trig or {}),
        "numbers": list(nums or []),
    }
