"""Shared helper for the blind366 draft lists (standard library only)."""

SIG = {
    "en-GB": "Accounts Receivable\nBrennwald Okafor Architects & Engineers Ltd",
    "en-US": "Accounts Receivable\nBrennwald Okafor Architects & Engineers LLP",
    "en-IE": "Accounts Receivable\nBrennwald Okafor Architects & Engineers (Ireland) Ltd",
    "es": "Administración - Clientes\nBrennwald Okafor Arquitectura e Ingeniería, S.L.",
    "fr": "Service comptabilité clients\nBrennwald Okafor Architectes & Ingénieurs SAS",
    "de": "Debitorenbuchhaltung\nBrennwald Okafor Architekten und Ingenieure GmbH",
    "sv": "Kundreskontra\nBrennwald Okafor Arkitekter & Ingenjörer AB",
    "nb": "Kundereskontro\nBrennwald Okafor Arkitekter og Ingeniører AS",
    "cs": "Účtárna\nBrennwald Okafor Architekti a inženýři s.r.o.",
    "sk": "Účtovníctvo\nBrennwald Okafor Architekti a inžinieri, s.r.o.",
    "hu": "Pénzügy - vevőszámlák\nBrennwald Okafor Építészek és Mérnökök Kft.",
    "el": "Λογιστήριο πελατών\nBrennwald Okafor Αρχιτέκτονες & Μηχανικοί Μ.Ε.Π.Ε.",
}

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
ABBR = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
FULL = {v: k for k, v in ABBR.items()}


def D(lang, subject, body, why, v=(), subtle=False, trig=(), masked=(), sig=None):
    """One draft.

    v      -- violation abbreviations, e.g. ("LT", "HA")
    trig   -- (abbr, phrase) or (abbr, kind, phrase); phrase must occur verbatim
    masked -- masked-number phrases in the draft (checked to hold <= 4 digits)
    sig    -- signature override; False for none (quick human edits)
    """
    if sig is None:
        sig = SIG[lang]
    if sig:
        body = body + "\n\n" + sig
    trig = [t if len(t) == 3 else (t[0], None, t[1]) for t in trig]
    return {"lang": lang, "subject": subject, "body": body, "why": why,
            "v": list(v), "subtle": subtle, "trig": trig, "masked": list(masked)}
