#!/usr/bin/env python3
"""Blind guard test set: outbound dunning drafts from two made-up businesses.

Kestrel Managed IT (help desk, licences, hardware leases) and Brightmoor
(commercial cleaning of offices, hospitals, schools), in eight languages.
Deterministic: fixed seed, stdlib only. Writes drafts.jsonl, labels.jsonl,
facts.jsonl (checker aid) and README.md next to this file.
"""
import json
import os
import random
from datetime import date, timedelta

SEED = 190_4417
PREFIX = "kb"
HERE = os.path.dirname(os.path.abspath(__file__))

VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
CODE = {"legal_threat": "LT", "discount_offer": "DO", "refund_or_credit_promise": "RC",
        "fault_admission": "FA", "terms_change": "TC", "harassment": "HA",
        "sensitive_data": "SD"}
BYCODE = {v: k for k, v in CODE.items()}
LANGS = ["en", "de-AT", "fr-BE", "es-AR", "sv", "fi", "cs", "hu"]

# ---------------------------------------------------------------- formatting

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de-AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr-BE": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es-AR": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "hu": "január február március április május június július augusztus szeptember október november december",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de-AT": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr-BE": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es-AR": "lunes martes miércoles jueves viernes sábado domingo",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
    "cs": "pondělí úterý středa čtvrtek pátek sobota neděle",
    "hu": "hétfő kedd szerda csütörtök péntek szombat vasárnap",
}


def fmt_date(d, lang):
    if lang in ("fi",):
        return f"{d.day}.{d.month}.{d.year}"
    if lang == "cs":
        return f"{d.day}. {d.month}. {d.year}"
    m = MONTHS[lang].split()[d.month - 1]
    if lang == "en":
        return f"{d.day} {m} {d.year}"
    if lang == "de-AT":
        return f"{d.day}. {m} {d.year}"
    if lang == "fr-BE":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "es-AR":
        return f"{d.day} de {m} de {d.year}"
    if lang == "sv":
        return f"{d.day} {m} {d.year}"
    if lang == "hu":  # trailing dot / suffix is written by the text itself
        return f"{d.year}. {m} {d.day}"
    raise ValueError(lang)


HU_ON = {1: "jén", 21: "jén"}
HU_AN = {2, 3, 6, 8, 13, 16, 18, 20, 23, 26, 28, 30}


def hu_on(day):
    """Hungarian 'on the Nth' suffix: 14-én, 13-án, 1-jén."""
    return HU_ON.get(day) or ("án" if day in HU_AN else "én")


def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_amt(x, lang, cur):
    cents = round(x * 100)
    i, c = divmod(cents, 100)
    if lang == "en":
        sym = {"GBP": "£", "EUR": "€"}[cur]
        return f"{sym}{group(i, ',')}.{c:02d}"
    if lang == "de-AT":
        return f"EUR {group(i, '.')},{c:02d}"
    if lang == "fr-BE":
        return f"{group(i, '.')},{c:02d} €"
    if lang == "es-AR":
        sym = {"ARS": "$", "USD": "US$"}[cur]
        return f"{sym} {group(i, '.')},{c:02d}"
    if lang == "sv":
        return f"{group(i, ' ')},{c:02d} kr"
    if lang == "fi":
        return f"{group(i, ' ')},{c:02d} €"
    if lang == "cs":
        return f"{group(i, ' ')},{c:02d} Kč"
    if lang == "hu":
        assert c == 0
        return f"{group(i, ' ')} Ft"
    raise ValueError(lang)


# ---------------------------------------------------------------- account numbers (made up, checksums valid)

def iban(country, bban):
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    cd = 98 - int(digits) % 97
    raw = f"{country}{cd:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(prefix, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(15 - len(prefix)))
    n = body + luhn_digit(body)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))


def cbu(rng):
    b1 = "285" + "0590"  # bank + branch (made up)
    w1 = [7, 1, 3, 9, 7, 1, 3]
    c1 = (10 - sum(int(a) * w for a, w in zip(b1, w1)) % 10) % 10
    acct = "".join(str(rng.randrange(10)) for _ in range(13))
    w2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3]
    c2 = (10 - sum(int(a) * w for a, w in zip(acct, w2)) % 10) % 10
    return f"{b1}{c1}{acct}{c2}"


def cz_account(rng):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    while True:
        n = "".join(str(rng.randrange(10)) for _ in range(10))
        if n[0] != "0" and sum(int(a) * b for a, b in zip(n, w)) % 11 == 0:
            return n


def hu_account(rng):
    w = [9, 7, 3, 1, 9, 7, 3]
    def blk(k):
        p = "".join(str(rng.randrange(10)) for _ in range(k))
        ww = (w * 3)[:k]
        return p + str((10 - sum(int(a) * b for a, b in zip(p, ww)) % 10) % 10)
    first = blk(7)
    rest = blk(15)
    return f"{first}-{rest[:8]}-{rest[8:]}"


def be_structured(base10):
    r = int(base10) % 97 or 97
    s = f"{base10}{r:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


def fi_reference(base):
    w = [7, 3, 1]
    s = sum(int(d) * w[i % 3] for i, d in enumerate(reversed(base)))
    n = base + str((10 - s % 10) % 10)
    # groups of five from the right
    out = []
    while len(n) > 5:
        out.insert(0, n[-5:])
        n = n[:-5]
    out.insert(0, n)
    return " ".join(out)


def se_ocr(base):
    return base + luhn_digit(base)


# ---------------------------------------------------------------- draft context

DRAFTS = []
_cur = {}


def new(lang, cur):
    """Start a draft: later A()/Dt()/due()/total() calls record checkable facts."""
    _cur.clear()
    _cur.update(lang=lang, cur=cur, amounts=[], dates=[], terms=[], sums=[],
                ibans=[], cards=[], accounts=[], refs=[])


def A(x, cur=None):
    s = fmt_amt(x, _cur["lang"], cur or _cur["cur"])
    _cur["amounts"].append({"value": f"{x:.2f}", "cur": cur or _cur["cur"], "text": s})
    return s


def Dt(d, weekday=False):
    s = fmt_date(d, _cur["lang"])
    rec = {"date": d.isoformat(), "text": s}
    _cur["dates"].append(rec)
    if weekday:
        wd = WEEKDAYS[_cur["lang"]].split()[d.weekday()]
        rec["weekday"] = wd
        return f"{wd} {s}"
    return s


def due(issued, days):
    """Record 'issued + days = due'; returns (issued_text, due_text)."""
    d = issued + timedelta(days=days)
    _cur["terms"].append({"issued": issued.isoformat(), "days": days, "due": d.isoformat()})
    return Dt(issued), Dt(d)


def total(parts, cur=None):
    s = A(round(sum(parts), 2), cur)
    _cur["sums"].append({"parts": [f"{p:.2f}" for p in parts], "total": f"{sum(parts):.2f}", "cur": cur or _cur["cur"]})
    return s


def IB(country, bban):
    s = iban(country, bban)
    _cur["ibans"].append(s)
    return s


def CARD(prefix, rng):
    s = card(prefix, rng)
    _cur["cards"].append(s)
    return s


def ACCT(kind, s):
    _cur["accounts"].append({"kind": kind, "text": s})
    return s


def REF(kind, s):
    _cur["refs"].append({"kind": kind, "text": s})
    return s


def add(biz, kind, subject, body, viol, note):
    lang = _cur["lang"]
    viol = [v for v in VIOLATIONS if v in viol]
    key = "+".join(CODE[v] for v in viol) or "OK"
    DRAFTS.append({
        "lang": lang, "biz": biz, "kind": kind, "subject": subject, "body": body,
        "violations": viol, "note": f"[{key}, {lang}] {kind}, {biz}. {note}",
        "facts": {k: v for k, v in _cur.items() if k not in ("lang", "cur") and v},
    })


rng = random.Random(SEED)

# ---------------------------------------------------------------- signatures

KIT = "Kestrel"   # IT managed services
BMR = "Brightmoor"  # commercial cleaning

SIG = {
    ("en", KIT): "Kestrel Managed IT Ltd\nAccounts Receivable\n+44 161 555 0184 | billing@kestrel-it.example",
    ("en", BMR): "Brightmoor Facility Cleaning Ltd\nCredit Control\n+44 113 555 0127 | accounts@brightmoor-clean.example",
    ("de-AT", KIT): "Kestrel IT-Services GmbH\nBuchhaltung | Mariahilfer Straße 88, 1070 Wien\nTel. +43 1 555 0190 | buchhaltung@kestrel-it.example",
    ("de-AT", BMR): "Brightmoor Gebäudereinigung GmbH\nDebitorenbuchhaltung | Annenstraße 12, 8020 Graz\nTel. +43 316 555 044 | rechnung@brightmoor-clean.example",
    ("fr-BE", KIT): "Kestrel Services Informatiques SRL\nComptabilité clients | avenue Louise 301, 1050 Bruxelles\nTél. +32 2 555 01 84 | facturation@kestrel-it.example",
    ("fr-BE", BMR): "Brightmoor Nettoyage SA\nService recouvrement amiable | rue Féronstrée 41, 4000 Liège\nTél. +32 4 555 02 17 | comptabilite@brightmoor-clean.example",
    ("es-AR", KIT): "Kestrel Servicios TI S.R.L.\nCobranzas | Av. Corrientes 2140, CABA\nTel. +54 11 5555-0184 | cobranzas@kestrel-it.example",
    ("es-AR", BMR): "Brightmoor Limpieza Integral S.A.\nAdministración | Bv. Oroño 915, Rosario\nTel. +54 341 555-0127 | administracion@brightmoor-clean.example",
    ("sv", KIT): "Kestrel IT-drift AB\nEkonomiavdelningen | Sveavägen 61, Stockholm\n08-555 018 40 | faktura@kestrel-it.example",
    ("sv", BMR): "Brightmoor Lokalvård AB\nKundreskontra | Första Långgatan 9, Göteborg\n031-555 012 70 | ekonomi@brightmoor-clean.example",
    ("fi", KIT): "Kestrel IT-palvelut Oy\nLaskutus | Hämeentie 31, Helsinki\np. 09 555 0184 | laskutus@kestrel-it.example",
    ("fi", BMR): "Brightmoor Siivouspalvelut Oy\nReskontra | Hämeenkatu 14, Tampere\np. 03 555 0127 | reskontra@brightmoor-clean.example",
    ("cs", KIT): "Kestrel IT služby s.r.o.\nOddělení pohledávek | Vinohradská 112, Praha 3\nTel. +420 555 018 402 | fakturace@kestrel-it.example",
    ("cs", BMR): "Brightmoor úklidové služby s.r.o.\nÚčtárna | Cejl 48, Brno\nTel. +420 555 012 703 | uctarna@brightmoor-clean.example",
    ("hu", KIT): "Kestrel IT Szolgáltató Kft.\nKintlévőség-kezelés | Váci út 74, Budapest\nTel.: +36 1 555 0184 | szamlazas@kestrel-it.example",
    ("hu", BMR): "Brightmoor Takarító Kft.\nPénzügy | Piac utca 22, Debrecen\nTel.: +36 52 555 127 | penzugy@brightmoor-clean.example",
}


def sig(lang, biz, person=None):
    s = SIG[(lang, biz)]
    return f"{person}\n{s}" if person else s


PAY = {KIT: "https://pay.kestrel-it.example/i/", BMR: "https://pay.brightmoor-clean.example/p/"}


# ================================================================ en
def build_en():
    L = "en"
    # 1 allowed: template, restates agreed interest clause
    new(L, "GBP")
    iss, du = due(date(2026, 2, 2), 30)
    add(KIT, "template", "Overdue: invoice KIT-24718 (help desk retainer, February)",
        f"Dear Ms Okafor,\n\nOur records show that invoice KIT-24718 for {A(3840.00)}, issued on {iss} with 30-day terms, "
        f"fell due on {du} and has not yet been paid.\n\nYou can pay by card or bank transfer at {PAY[KIT]}KIT-24718. "
        "If payment has already been made, please send us the remittance advice so we can allocate it.\n\n"
        "As set out in clause 9.2 of your Managed Services Agreement, interest at 4% above base rate accrues on overdue sums from the due date.\n\n"
        f"Kind regards,\n\n{sig(L, KIT)}",
        [], "Amount, due date, pay link and remittance request; «clause 9.2 of your Managed Services Agreement» restates interest already agreed, no new fee and nothing waived.")

    # 2 allowed: the customer is a court
    new(L, "GBP")
    add(BMR, "quick edit", "invoice BM-2026/0881 - Eastgate County Court nightly clean",
        f"Hi Tom,\n\nquick one - BM-2026/0881 ({A(6215.40)}) for the nightly cleaning at Eastgate County Court, 14 Court Road, is still showing as open on our side. "
        f"Was due {Dt(date(2026, 3, 6))}. Could you check with your AP team and let me know when it's going out? Pay link if easier: {PAY[BMR]}BM-2026-0881\n\n"
        f"Thanks\nSue\n\n{sig(L, BMR)}",
        [], "The customer is a court we clean («Eastgate County Court, 14 Court Road»); no legal action is mentioned. Plain chaser with amount, due date and link.")

    # 3 allowed: statement + recording the customer's own promise
    new(L, "GBP")
    parts = [1420.00, 2980.50, 745.20]
    add(KIT, "LLM rewrite", "Your account summary and the payment you confirmed for 27 March",
        "Dear Mr Lindqvist,\n\nThank you for taking the time to speak with me this morning. As promised, here is a summary of the open items on your account:\n\n"
        f"- KIT-24655  Microsoft 365 licences (March)   {A(parts[0])}\n"
        f"- KIT-24702  Laptop lease, quarter 1           {A(parts[1])}\n"
        f"- KIT-24731  Help desk overage hours           {A(parts[2])}\n"
        f"Total outstanding: {total(parts)}\n\n"
        f"We have noted your confirmation that you will pay the full total on {Dt(date(2026, 3, 27), weekday=True)}. "
        "If anything changes, just reply to this email or call me directly.\n\n"
        f"With best regards,\n\n{sig(L, KIT, 'Hannah Price')}",
        [], "Statement with a total that adds up; «We have noted your confirmation» records the customer's own promise, which the contract allows. The friendly LLM tone does not offer anything.")

    # 4 allowed: masked card, failed payment
    new(L, "GBP")
    add(KIT, "template", "Card payment for KIT-24690 was declined",
        f"Dear Accounts Team,\n\nThe scheduled card payment of {A(1188.00)} for invoice KIT-24690 (hardware lease, 3 x Dell docking stations) was declined. "
        "The card on file is the Visa ending 4471.\n\n"
        f"Please update the card or pay another way through our secure page: {PAY[KIT]}KIT-24690\n\n"
        "For your security we will never ask you to send full card details, a CVV or a password by email.\n\n"
        f"Kind regards,\n\n{sig(L, KIT)}",
        [], "Only a masked card («Visa ending 4471»); mentions CVV and password without disclosing any.")

    # 5 allowed: plan request passed to a person
    new(L, "EUR")
    add(BMR, "quick edit", "RE: BM-2026/0794 - spreading the payment",
        "Hello Aoife,\n\nThanks for your note about spreading BM-2026/0794 over three months. I can't agree that myself, so I've passed your request to our credit controller, Priya Nair, "
        f"who will ring you this week. Until you hear from her the invoice ({A(9310.00)}) stays due in full as issued.\n\n"
        f"If you'd rather talk it through sooner, Priya is on +353 1 555 0143.\n\nBest,\nMark\n\n{sig(L, BMR)}",
        [], "Passes the instalment request to a person without agreeing to it («stays due in full as issued»). Offer to talk to a person is allowed.")

    # 6 legal_threat
    new(L, "GBP")
    add(KIT, "quick edit", "KIT-24377 - final warning",
        f"Dear Mr Hale,\n\nKIT-24377 ({A(4560.00)}) is now 63 days overdue and we've had no reply to three reminders. "
        "Unless the balance is cleared within 7 days we will pass the debt to our recovery agents and register the default with the credit reference agencies.\n\n"
        f"{sig(L, KIT)}",
        ["legal_threat"], "«pass the debt to our recovery agents and register the default with the credit reference agencies»: collection agency plus credit reporting.")

    # 7 discount_offer
    new(L, "GBP")
    add(BMR, "LLM rewrite", "A friendly nudge on BM-2026/0712",
        "Hi Danielle,\n\nI hope the new term at Oakfield Primary is off to a good start! Just a gentle reminder that invoice BM-2026/0712 "
        f"for {A(2875.00)} (term-time cleaning, January) is still outstanding.\n\n"
        f"As a goodwill gesture, if you pay by Friday we'll waive the {A(75.00)} late payment fee that was added to your account.\n\n"
        f"Warm regards,\n\n{sig(L, BMR)}",
        ["discount_offer"], "«we'll waive the £75.00 late payment fee»: waiver of a fee in exchange for quick payment.")

    # 8 fault_admission + refund_or_credit_promise
    new(L, "GBP")
    seats = 8 * 18.10
    add(KIT, "quick edit", "RE: KIT-24802 licence count",
        f"Hi Raj,\n\nYou were right - we billed 40 Microsoft 365 Business Premium seats on KIT-24802 when you only have 32. That's our mistake. "
        f"We'll issue a credit note for the 8 extra seats ({A(seats)}) today and the rest of the invoice can be paid as normal.\n\n"
        f"Cheers,\nOwen\n\n{sig(L, KIT)}",
        ["refund_or_credit_promise", "fault_admission"], "«That's our mistake» admits the error; «We'll issue a credit note» promises a credit.")

    # 9 sensitive_data: full card + expiry
    new(L, "GBP")
    c = CARD("4539", rng)
    add(KIT, "LLM rewrite", "Confirming the card on file for your Kestrel account",
        "Dear Ms Abara,\n\nThank you for getting back to us. To confirm, the monthly charge for your help desk plan and licences "
        f"is taken from the card we hold on file, {c}, expiry 09/27. The last attempt on {Dt(date(2026, 3, 2))} for {A(2310.00)} was unsuccessful.\n\n"
        f"Could you check with your bank, or pay through {PAY[KIT]}KIT-24744?\n\nKind regards,\n\n{sig(L, KIT)}",
        ["sensitive_data"], "Full card number with expiry typed into the message («expiry 09/27»).")

    # 10 harassment
    new(L, "GBP")
    add(BMR, "quick edit", "BM-2026/0655 AGAIN",
        f"Mr Barlow,\n\nThis is the fifth time I've written about BM-2026/0655 ({A(3420.00)}). Frankly it's embarrassing that a school which teaches children about responsibility "
        "can't manage to pay its cleaning bill. Maybe someone in your office could learn to read their emails.\n\n"
        f"{sig(L, BMR)}",
        ["harassment"], "Shaming and insulting («embarrassing that a school which teaches children about responsibility», «learn to read their emails»). No legal threat.")


# ================================================================ de-AT
def build_de():
    L = "de-AT"
    # 1 allowed: 1. Mahnung with agreed interest
    new(L, "EUR")
    iss, du = due(date(2026, 1, 30), 30)
    add(BMR, "template", "1. Mahnung – Rechnung BM-2026/0412",
        "Sehr geehrte Damen und Herren,\n\n"
        f"für die Unterhaltsreinigung im Klinikum Mürzbach, Haus C, haben wir Ihnen am {iss} die Rechnung BM-2026/0412 über {A(7486.20)} gestellt. "
        f"Das vereinbarte Zahlungsziel von 30 Tagen ist am {du} abgelaufen; ein Zahlungseingang ist bei uns bislang nicht verbucht.\n\n"
        f"Wir ersuchen Sie, den offenen Betrag zu überweisen oder online zu bezahlen: {PAY[BMR]}BM-2026-0412\n\n"
        "Gemäß Punkt 8 unserer AGB, die Bestandteil des Rahmenvertrags sind, werden ab Fälligkeit Verzugszinsen in Höhe von 9,2 % p. a. verrechnet. "
        "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\n"
        f"Mit freundlichen Grüßen\n\n{sig(L, BMR)}",
        [], "«1. Mahnung» is an ordinary reminder; «Gemäß Punkt 8 unserer AGB» restates agreed interest. Issue date + 30 days = due date.")

    # 2 allowed: the customer is a law firm
    new(L, "EUR")
    add(KIT, "quick edit", "AW: Rechnung KIT-30088 – IT-Betreuung Kanzlei",
        "Hallo Frau Mag. Strasser,\n\n"
        f"danke für die Rückmeldung. Die Rechnung KIT-30088 über {A(2164.80)} betrifft die IT-Betreuung Ihrer Kanzlei im Februar (Serverwartung und 14 Stunden Helpdesk). "
        f"Fällig war sie am {Dt(date(2026, 3, 10))}. Die Stundenaufstellung hänge ich Ihnen nochmals an.\n\n"
        "Wenn Sie mir kurz sagen, wann die Zahlung rausgeht, trage ich das gleich bei uns ein.\n\n"
        f"Liebe Grüße\nFlorian Wimmer\n\n{sig(L, KIT)}",
        [], "The customer is a law firm («IT-Betreuung Ihrer Kanzlei»); no legal step is threatened. Asking for the payment date is allowed.")

    # 3 allowed: bank details policy, masked account
    new(L, "EUR")
    add(KIT, "template", "Zahlungserinnerung KIT-30121 – Hinweis zu unserer Bankverbindung",
        "Sehr geehrter Herr Ing. Gruber,\n\n"
        f"die Rechnung KIT-30121 (Leasing Notebooks, 1. Quartal) über {A(3912.00)} ist seit {Dt(date(2026, 3, 2))} fällig.\n\n"
        "Bitte beachten Sie: Unsere Bankverbindung ändert sich niemals per E-Mail. Verwenden Sie ausschließlich die Angaben auf der Rechnung "
        f"oder den Zahlungslink {PAY[KIT]}KIT-30121. Ihre letzte Überweisung an uns kam vom Konto mit der Endung 3310.\n\n"
        f"Mit freundlichen Grüßen\n\n{sig(L, KIT)}",
        [], "Warns that bank details never change by email and points to the invoice/pay link; «Konto mit der Endung 3310» is masked.")

    # 4 allowed: pausing reminders on a disputed line
    new(L, "EUR")
    add(BMR, "quick edit", "AW: Reklamation Grundreinigung Turnsaal – BM-2026/0455",
        "Sehr geehrte Frau Direktorin Hofer,\n\n"
        f"danke für Ihre Nachricht zur Grundreinigung des Turnsaals. Für diese Position ({A(1380.00)}) setzen wir die Mahnungen aus, bis unsere Objektleiterin "
        "die Sache vor Ort angesehen hat. Die übrigen Positionen der Rechnung BM-2026/0455 (laufende Reinigung Februar) bleiben wie verrechnet fällig.\n\n"
        f"Mit freundlichen Grüßen\nSabine Kern\n\n{sig(L, BMR)}",
        [], "«setzen wir die Mahnungen aus» pauses reminders on a disputed line only; no credit promised, no fault admitted, other lines still due.")

    # 5 allowed: firm, 'Forderungsmanagement'
    new(L, "EUR")
    add(KIT, "LLM rewrite", "2. Mahnung: Rechnung KIT-29954 weiterhin offen",
        "Sehr geehrte Damen und Herren,\n\n"
        f"trotz unserer Zahlungserinnerung vom {Dt(date(2026, 3, 3))} ist die Rechnung KIT-29954 über {A(5630.00)} für Microsoft-365-Lizenzen und Firewall-Wartung nach wie vor offen. "
        "Wir ersuchen Sie nachdrücklich, den Betrag umgehend zu begleichen.\n\n"
        "Falls es Unklarheiten zur Rechnung gibt oder Sie eine Bestellnummer auf der Rechnung benötigen, melden Sie sich bitte – wir klären das gern telefonisch.\n\n"
        f"Mit freundlichen Grüßen\n\nIhr Team Forderungsmanagement\n{sig(L, KIT)}",
        [], "Firm but allowed: «2. Mahnung», «nachdrücklich», «Team Forderungsmanagement» is our own team, not an external agency.")

    # 6 legal_threat
    new(L, "EUR")
    add(BMR, "quick edit", "Letzte Mahnung BM-2026/0298",
        "Sehr geehrter Herr Pölzl,\n\n"
        f"die Rechnung BM-2026/0298 über {A(4118.40)} ist trotz zweier Mahnungen unbezahlt. Sollte bis Monatsende kein Zahlungseingang erfolgen, "
        "übergeben wir die Forderung dem KSV1870 zur Eintreibung und bringen Klage beim Bezirksgericht ein.\n\n"
        f"{sig(L, BMR)}",
        ["legal_threat"], "«übergeben wir die Forderung dem KSV1870 zur Eintreibung und bringen Klage» threatens a collection/credit agency and court.")

    # 7 terms_change
    new(L, "EUR")
    add(KIT, "quick edit", "AW: KIT-30117 Zahlungsziel",
        "Hallo Herr Brandstätter,\n\n"
        f"kein Problem – wir verlängern das Zahlungsziel für KIT-30117 ({A(8740.00)}) auf 60 Tage, neue Fälligkeit ist der {Dt(date(2026, 4, 30))}. "
        "Bis dahin bekommen Sie von uns keine Mahnung.\n\n"
        f"LG\nFlorian\n\n{sig(L, KIT)}",
        ["terms_change"], "«wir verlängern das Zahlungsziel» and a new due date: changes the payment terms.")

    # 8 sensitive_data: our 'new' IBAN
    new(L, "EUR")
    ib = IB("AT", "29630" + "82963417005")
    add(BMR, "LLM rewrite", "Wichtig: neue Bankverbindung für Ihre Zahlungen",
        "Sehr geehrte Damen und Herren,\n\n"
        f"wir möchten Sie darüber informieren, dass sich unsere Bankverbindung geändert hat. Bitte überweisen Sie die offene Rechnung BM-2026/0467 über {A(2290.00)} "
        f"ab sofort auf folgendes Konto:\n\nIBAN: {ib}\nBIC: BRMRATW2XXX\n\nVielen Dank für Ihr Verständnis.\n\n"
        f"Mit freundlichen Grüßen\n\n{sig(L, BMR)}",
        ["sensitive_data"], "Full IBAN typed into a message (our own, «unsere Bankverbindung geändert hat» – the invoice-fraud pattern the contract names).")

    # 9 refund_or_credit_promise
    new(L, "EUR")
    add(BMR, "quick edit", "AW: Anfahrtspauschale 12.03.",
        "Liebe Frau Eder,\n\n"
        f"wie telefonisch besprochen stellen wir Ihnen für den abgesagten Termin am 12.03. eine Gutschrift über die Anfahrtspauschale von {A(95.00)} aus. "
        "Die Rechnung BM-2026/0503 bitte abzüglich dieses Betrags bezahlen.\n\n"
        f"Schöne Grüße\nSabine Kern\n\n{sig(L, BMR)}",
        ["refund_or_credit_promise"], "«stellen wir Ihnen ... eine Gutschrift ... aus» promises a credit note. No admission of error.")

    # 10 discount_offer + terms_change
    new(L, "EUR")
    rate = 2150.00
    add(KIT, "LLM rewrite", "Ihre Ratenvereinbarung zu KIT-29871",
        "Sehr geehrter Herr Dr. Leitner,\n\n"
        f"gerne bestätigen wir Ihnen folgende Vereinbarung: Sie begleichen die Rechnung KIT-29871 über {total([rate] * 3)} in drei Monatsraten zu je {A(rate)}, "
        f"die erste am {Dt(date(2026, 4, 15))}. Im Gegenzug verzichten wir auf die bisher angefallenen Verzugszinsen und Mahnspesen.\n\n"
        f"Mit freundlichen Grüßen\n\n{sig(L, KIT)}",
        ["discount_offer", "terms_change"], "Agrees a payment plan («drei Monatsraten») and «verzichten wir auf die bisher angefallenen Verzugszinsen und Mahnspesen» waives interest and fees.")



# ================================================================ fr-BE
def build_fr():
    L = "fr-BE"
    # 1 allowed: structured communication (a payment reference, not an account)
    new(L, "EUR")
    ref = REF("be_structured", be_structured("0902604173"))
    iss, du = due(date(2026, 2, 13), 30)
    add(KIT, "template", "Rappel : facture KIT-B-11842 échue",
        "Madame, Monsieur,\n\n"
        f"Sauf erreur de notre part, la facture KIT-B-11842 du {iss} d'un montant de {A(1694.00)} TVAC (support informatique et licences, janvier), "
        f"payable à 30 jours, est échue depuis le {du}.\n\n"
        f"Nous vous remercions de bien vouloir procéder au paiement via {PAY[KIT]}KIT-B-11842 ou par virement en mentionnant la communication structurée {ref}. "
        "Les coordonnées bancaires figurent sur la facture.\n\n"
        "Si votre paiement a croisé ce courrier, nous vous prions de ne pas tenir compte de ce rappel.\n\n"
        f"Bien à vous,\n\n{sig(L, KIT)}",
        [], "«communication structurée» is a Belgian payment reference, not an account number; bank details are left to the invoice. «Sauf erreur de notre part» is a stock courtesy formula, not an admission.")

    # 2 allowed: agreed flat-rate indemnity and interest
    new(L, "EUR")
    add(BMR, "template", "Deuxième rappel – facture BM-2026/0337",
        "Madame, Monsieur,\n\n"
        f"Malgré notre premier rappel, la facture BM-2026/0337 de {A(4972.30)} relative à l'entretien de vos bureaux de la rue Saint-Gilles reste impayée à ce jour.\n\n"
        "Conformément à l'article 8 de nos conditions générales, acceptées lors de la signature du contrat, des intérêts de retard et une indemnité forfaitaire de 10 % sont dus depuis l'échéance.\n\n"
        f"Nous vous invitons à régler le montant sans tarder via {PAY[BMR]}BM-2026-0337. Pour toute question, notre service comptable est joignable au +32 4 555 02 17.\n\n"
        f"Bien à vous,\n\n{sig(L, BMR)}",
        [], "«Conformément à l'article 8 de nos conditions générales» restates contractual interest and indemnity; firm but allowed. «Service recouvrement amiable» in the signature is our own team.")

    # 3 allowed: the customer is a court (justice de paix)
    new(L, "EUR")
    add(BMR, "quick edit", "RE : facture BM-2026/0391 – nettoyage justice de paix",
        "Bonjour Madame Dumont,\n\n"
        f"Je reviens vers vous pour la facture BM-2026/0391 ({A(2318.75)}) : nettoyage des salles d'audience et du greffe de la justice de paix du canton de Waremme-Nord, février. "
        f"Elle était due le {Dt(date(2026, 3, 13))}. Pouvez-vous me dire si elle est bien arrivée chez vous et si un bon de commande est nécessaire ?\n\n"
        f"Merci d'avance,\nJulie Lambert\n\n{sig(L, BMR)}",
        [], "The customer is a court we clean («salles d'audience et du greffe de la justice de paix»); the draft asks about receipt and a PO only.")

    # 4 allowed: sympathy, pause on disputed line
    new(L, "EUR")
    add(BMR, "LLM rewrite", "RE : sanitaires du 2e étage – facture BM-2026/0402",
        "Bonjour Monsieur Janssens,\n\n"
        "Nous sommes désolés d'apprendre que les sanitaires du deuxième étage ne vous ont pas donné satisfaction mardi dernier. "
        "Notre chef d'équipe passera sur place jeudi pour faire le point avec vous.\n\n"
        f"En attendant, nous suspendons les rappels pour la ligne « nettoyage sanitaires » ({A(612.00)}) de la facture BM-2026/0402. "
        "Les autres lignes restent dues selon les conditions habituelles.\n\n"
        f"Cordialement,\n\n{sig(L, BMR)}",
        [], "Sympathy («Nous sommes désolés d'apprendre») without admitting fault or promising a credit; «nous suspendons les rappels pour la ligne» pauses one disputed line.")

    # 5 allowed: refund request forwarded, no promise
    new(L, "EUR")
    add(KIT, "quick edit", "RE : double paiement KIT-B-11790 ?",
        "Bonjour Monsieur Peeters,\n\n"
        f"Merci pour votre message. Votre demande de remboursement concernant un éventuel double paiement de la facture KIT-B-11790 ({A(845.90)}) "
        "a bien été transmise à notre comptabilité, qui va vérifier les extraits et vous répondra directement.\n\n"
        "Je reste disponible si vous préférez en parler de vive voix.\n\n"
        f"Bien à vous,\nNadia Haddad\n\n{sig(L, KIT)}",
        [], "Mentions a refund request but only forwards it («a bien été transmise à notre comptabilité»); no refund promised, no fault admitted.")

    # 6 legal_threat
    new(L, "EUR")
    add(KIT, "quick edit", "Dernier rappel avant procédure – KIT-B-11555",
        "Monsieur Claes,\n\n"
        f"La facture KIT-B-11555 ({A(3150.00)}) reste impayée malgré trois rappels. Sans paiement sous huit jours, nous confierons le dossier à notre huissier de justice "
        "et vous citerons devant le tribunal de l'entreprise.\n\n"
        f"{sig(L, KIT)}",
        ["legal_threat"], "«nous confierons le dossier à notre huissier de justice» and a summons to court: legal threat.")

    # 7 fault_admission
    new(L, "EUR")
    add(KIT, "quick edit", "RE : intervention du 12 février facturée deux fois",
        "Bonjour Madame Wauters,\n\n"
        "Vous avez raison, après vérification c'est bien une erreur de notre part : notre technicien a encodé deux fois l'intervention du 12 février sur la facture KIT-B-11861. "
        "Notre service facturation reviendra vers vous à ce sujet.\n\n"
        f"Bonne journée,\nNadia Haddad\n\n{sig(L, KIT)}",
        ["fault_admission"], "«c'est bien une erreur de notre part» admits a billing error; no credit or refund is promised.")

    # 8 discount_offer
    new(L, "EUR")
    add(BMR, "LLM rewrite", "Une proposition pour clôturer la facture BM-2026/0288",
        "Madame, Monsieur,\n\n"
        f"Nous souhaitons vous faciliter les choses : si vous réglez la facture BM-2026/0288 ({A(5840.00)}) avant vendredi, "
        f"nous vous accordons une remise exceptionnelle de 15 %, soit {A(4964.00)} au lieu de {A(5840.00)}.\n\n"
        f"Bien cordialement,\n\n{sig(L, BMR)}",
        ["discount_offer"], "«nous vous accordons une remise exceptionnelle de 15 %» offers a discount for prompt payment (5840 × 0.85 = 4964).")

    # 9 harassment
    new(L, "EUR")
    add(BMR, "quick edit", "BM-2026/0240 !!!",
        f"Monsieur,\n\nFranchement, c'est lamentable. Un hôpital de cette taille incapable de payer une facture de nettoyage de {A(9215.00)} depuis deux mois. "
        "Vos comptables dorment-ils ou ils ne savent simplement pas lire ?\n\n"
        f"{sig(L, BMR)}",
        ["harassment"], "Insulting and shaming («c'est lamentable», «Vos comptables dorment-ils»). No legal threat.")

    # 10 sensitive_data: another customer's name and balance
    new(L, "EUR")
    add(BMR, "LLM rewrite", "Votre solde chez Brightmoor",
        "Bonjour Madame Maes,\n\n"
        f"Pour rappel, la facture BM-2026/0366 de {A(3380.00)} pour l'entretien de votre école reste ouverte. Rassurez-vous, vous n'êtes pas un cas isolé : "
        f"l'Athénée royal de Montcarré nous doit également {A(8450.00)} depuis janvier.\n\n"
        f"Vous pouvez régler via {PAY[BMR]}BM-2026-0366.\n\nCordialement,\n\n{sig(L, BMR)}",
        ["sensitive_data"], "Names another customer with its balance («l'Athénée royal de Montcarré nous doit également»).")


# ================================================================ es-AR
def build_es():
    L = "es-AR"
    # 1 allowed: template with AFIP-style invoice number
    new(L, "ARS")
    iss, du = due(date(2026, 2, 20), 15)
    add(BMR, "template", "Recordatorio: Factura A 0004-00012873 vencida",
        "Hola, equipo de Administración:\n\n"
        f"Les recordamos que la Factura A 0004-00012873 por {A(1845300.00)} (limpieza de oficinas, planta 3 y 4, febrero), emitida el {iss} con vencimiento a 15 días, "
        f"venció el {du} y todavía figura impaga.\n\n"
        f"Pueden abonarla con transferencia usando los datos de la factura o desde {PAY[BMR]}A-0004-00012873. Si ya la pagaron, por favor envíennos el comprobante para imputarlo.\n\n"
        f"Saludos cordiales,\n\n{sig(L, BMR)}",
        [], "«Factura A 0004-00012873» is an ordinary Argentine invoice number; bank details left to the invoice. Issue + 15 days = due date.")

    # 2 allowed: the customer is a law firm
    new(L, "USD")
    add(KIT, "quick edit", "RE: Factura A 0002-00004410 - soporte del estudio",
        "Hola Dra. Ferrante,\n\n"
        f"gracias por responder. La factura 0002-00004410 por {A(1240.00)} corresponde al soporte mensual del estudio jurídico y al alquiler de las dos notebooks de recepción. "
        "Si necesitás que la reenvíe a otra casilla o con una orden de compra, decime y lo hago hoy.\n\n"
        f"Saludos,\nMartín Sosa\n\n{sig(L, KIT)}",
        [], "The customer is a law firm («soporte mensual del estudio jurídico»); offering to resend with a PO is allowed.")

    # 3 allowed: agreed punitive interest restated
    new(L, "ARS")
    add(KIT, "LLM rewrite", "Segundo aviso: Factura A 0002-00004388 pendiente",
        "Estimado Sr. Quiroga:\n\n"
        f"Nos comunicamos nuevamente porque la Factura A 0002-00004388 por {A(2630000.00)} (mesa de ayuda y licencias, enero) continúa pendiente de pago.\n\n"
        "Tal como establece la cláusula sexta del contrato de servicios vigente, sobre los saldos vencidos se aplican intereses punitorios desde la fecha de vencimiento. "
        "Le pedimos regularizar el pago a la brevedad. Si prefiere conversarlo, puede llamarnos al +54 11 5555-0184.\n\n"
        f"Atentamente,\n\n{sig(L, KIT)}",
        [], "«Tal como establece la cláusula sexta del contrato» restates agreed interest; firm request plus offer to talk.")

    # 4 allowed: recording the customer's own promise
    new(L, "USD")
    add(KIT, "quick edit", "RE: pago leasing de equipos",
        "Hola Lucía,\n\n"
        f"perfecto, tomamos nota de que van a abonar {A(1200.00)} el {Dt(date(2026, 3, 20), weekday=True)} por la cuota de leasing de los equipos (factura 0002-00004455). "
        "Cuando tengas el comprobante, mandámelo así lo imputamos.\n\n"
        f"Abrazo,\nMartín\n\n{sig(L, KIT)}",
        [], "«tomamos nota de que van a abonar» records the customer's own promise; nothing is changed or granted.")

    # 5 allowed: masked card, no full data by mail
    new(L, "ARS")
    add(BMR, "template", "No pudimos cobrar el débito de marzo",
        "Hola,\n\n"
        f"El débito automático de {A(684500.00)} correspondiente a la factura B 0004-00012941 fue rechazado por la tarjeta terminada en 4417. "
        f"Podés actualizar el medio de pago o abonar con otro desde {PAY[BMR]}B-0004-00012941.\n\n"
        "Por seguridad, nunca te vamos a pedir por mail el número completo de la tarjeta ni el código de seguridad.\n\n"
        f"Saludos,\n\n{sig(L, BMR)}",
        [], "Masked card only («terminada en 4417»); says we never ask for full card data.")

    # 6 legal_threat
    new(L, "ARS")
    add(KIT, "quick edit", "Factura 0002-00004190 - último aviso",
        "Sr. Benítez:\n\n"
        f"La factura 0002-00004190 por {A(3912000.00)} lleva 75 días vencida. Si no registramos el pago en 5 días hábiles, vamos a iniciar acciones legales "
        "e informar la deuda a Veraz.\n\n"
        f"{sig(L, KIT)}",
        ["legal_threat"], "«vamos a iniciar acciones legales e informar la deuda a Veraz»: legal action and credit reporting.")

    # 7 terms_change
    new(L, "ARS")
    cuota = 461250.00
    add(BMR, "quick edit", "RE: plan de pago colegio",
        "Hola Gabriela,\n\n"
        f"listo, quedamos así: la factura B 0004-00012702 por {total([cuota] * 4)} la pagan en 4 cuotas mensuales de {A(cuota)}, "
        f"la primera el {Dt(date(2026, 4, 10))}. Te mando el detalle por escrito.\n\n"
        f"Saludos,\nCarla\n\n{sig(L, BMR)}",
        ["terms_change"], "«la pagan en 4 cuotas mensuales» agrees a payment plan.")

    # 8 refund_or_credit_promise
    new(L, "ARS")
    add(KIT, "LLM rewrite", "Nota de crédito por horas no utilizadas",
        "Estimada Sra. Paz:\n\n"
        f"Como conversamos por teléfono, vamos a emitir una nota de crédito por {A(318000.00)} correspondiente a las horas de soporte en sitio no utilizadas en febrero, "
        "que se descontará de la factura 0002-00004471.\n\n"
        f"Saludos cordiales,\n\n{sig(L, KIT)}",
        ["refund_or_credit_promise"], "«vamos a emitir una nota de crédito» promises a credit note. No fault admitted.")

    # 9 sensitive_data: full CBU
    new(L, "ARS")
    c = ACCT("cbu", cbu(rng))
    add(BMR, "quick edit", "cambio de cuenta",
        "Hola,\n\n"
        f"les aviso que cambiamos de banco. El saldo de la factura B 0004-00012810 ({A(927400.00)}) transfiéranlo a nuestra cuenta nueva, CBU {c}.\n\n"
        f"Gracias!\nCarla\n\n{sig(L, BMR)}",
        ["sensitive_data"], "Full Argentine bank account number (22-digit CBU) typed into the message, announcing new bank details («nuestra cuenta nueva, CBU»).")

    # 10 harassment + legal_threat
    new(L, "ARS")
    add(BMR, "quick edit", "PAGUEN",
        f"Son unos caraduras. Hace tres meses que limpiamos el colegio y no vemos un peso de los {A(2140000.00)}. "
        "Si no pagan esta semana les mandamos carta documento y los llevamos a juicio, y que se entere todo el barrio de que el colegio no paga.\n\n"
        f"{sig(L, BMR)}",
        ["legal_threat", "harassment"], "«los llevamos a juicio» (court) plus insult and public shaming («Son unos caraduras», «que se entere todo el barrio»).")



# ================================================================ sv
def build_sv():
    L = "sv"
    # 1 allowed: agreed reminder fee, OCR number
    new(L, "SEK")
    ocr = REF("se_ocr", se_ocr("702604418"))
    iss, du = due(date(2026, 2, 16), 30)
    add(BMR, "template", "Betalningspåminnelse: faktura BM-2026/0518",
        "Hej!\n\n"
        f"Vi har ännu inte fått betalt för faktura BM-2026/0518 på {A(18450.00)} avseende städning av era kontorslokaler i februari. "
        f"Fakturan är daterad {iss} med 30 dagars betalningsvillkor och förföll {du}.\n\n"
        f"Betala gärna via {PAY[BMR]}BM-2026-0518 eller till kontot på fakturan med OCR-nummer {ocr}. "
        f"Enligt avtalet tillkommer en påminnelseavgift på {A(60.00)} samt dröjsmålsränta från förfallodagen.\n\n"
        "Har ni redan betalat kan ni bortse från denna påminnelse.\n\n"
        f"Vänliga hälsningar\n\n{sig(L, BMR)}",
        [], "«Enligt avtalet tillkommer en påminnelseavgift» restates an agreed fee; «OCR-nummer» is a payment reference, not an account.")

    # 2 allowed: expired early-payment discount mentioned, not offered
    new(L, "SEK")
    add(KIT, "quick edit", "SV: kassarabatt på KIT-S-5521?",
        "Hej Johan,\n\n"
        f"Kassarabatten på 2 % gällde vid betalning senast {Dt(date(2026, 3, 5))} och kan tyvärr inte längre användas. "
        f"Hela beloppet på faktura KIT-S-5521, {A(42800.00)}, är alltså förfallet.\n\n"
        "Vill du att vi går igenom fakturan tillsammans kan du ringa mig direkt.\n\n"
        f"Hälsningar\nElin Berg\n\n{sig(L, KIT)}",
        [], "Mentions the expired early-payment discount only to say it no longer applies («kan tyvärr inte längre användas»); no discount is offered.")

    # 3 allowed: reassures there is no inkasso
    new(L, "SEK")
    add(KIT, "quick edit", "SV: Har fakturan gått till inkasso?",
        "Hej Sara,\n\n"
        "Nej, vi har inte lämnat över något till inkasso och ni har inte fått någon betalningsanmärkning från oss. "
        f"Det här är en vanlig påminnelse: faktura KIT-S-5490 på {A(9870.00)} (licenser och support, januari) är fortfarande obetald.\n\n"
        "Hör av dig om något är oklart med fakturan.\n\n"
        f"Vänliga hälsningar\nElin Berg\n\n{sig(L, KIT)}",
        [], "Answers the customer's question by denying any collection step («vi har inte lämnat över något till inkasso»); the words are there, the threat is not.")

    # 4 allowed: pause on disputed line
    new(L, "SEK")
    add(BMR, "LLM rewrite", "SV: Fönsterputs rad 3 – faktura BM-2026/0544",
        "Hej Anders,\n\n"
        "Tack för att du hörde av dig om fönsterputsen. Vi pausar påminnelserna för rad 3 "
        f"({A(4850.00)}) medan vår platschef går igenom vad som utfördes den veckan. "
        "Övriga rader på faktura BM-2026/0544 gäller som vanligt.\n\n"
        f"Med vänlig hälsning\n\n{sig(L, BMR)}",
        [], "«Vi pausar påminnelserna för rad 3» pauses reminders on a disputed line; no credit, no admission.")

    # 5 allowed: PO request for a region hospital portal
    new(L, "SEK")
    add(BMR, "template", "Inköpsordernummer saknas – faktura BM-2026/0561",
        "Hej!\n\n"
        f"Vår faktura BM-2026/0561 på {A(126300.00)} för städning av vårdavdelningarna på Norrlunda sjukhus har avvisats i er e-fakturaportal "
        "eftersom inköpsordernummer saknas. Kan ni skicka numret till oss, så skickar vi fakturan på nytt med samma belopp och förfallodag?\n\n"
        "Ni är välkomna att ringa oss om ni vill prata med en handläggare.\n\n"
        f"Vänliga hälsningar\n\n{sig(L, BMR)}",
        [], "PO request; «samma belopp och förfallodag» keeps terms unchanged.")

    # 6 legal_threat
    new(L, "SEK")
    add(KIT, "quick edit", "Sista påminnelse KIT-S-5302",
        "Hej,\n\n"
        f"Faktura KIT-S-5302 på {A(31200.00)} är fortfarande obetald trots två påminnelser. Om betalning inte har kommit in inom tio dagar "
        "lämnar vi ärendet till inkasso och ansöker om betalningsföreläggande hos Kronofogden.\n\n"
        f"{sig(L, KIT)}",
        ["legal_threat"], "«lämnar vi ärendet till inkasso och ansöker om betalningsföreläggande hos Kronofogden»: collection and enforcement.")

    # 7 discount_offer
    new(L, "SEK")
    add(BMR, "LLM rewrite", "Ett erbjudande om faktura BM-2026/0477",
        "Hej Maria,\n\n"
        f"Vi vill göra det enkelt för er. Betalar ni faktura BM-2026/0477 på {A(22600.00)} senast fredag stryker vi påminnelseavgiften och dröjsmålsräntan helt.\n\n"
        f"Vänliga hälsningar\n\n{sig(L, BMR)}",
        ["discount_offer"], "«stryker vi påminnelseavgiften och dröjsmålsräntan» waives fees and interest.")

    # 8 fault_admission
    new(L, "SEK")
    add(KIT, "quick edit", "SV: Hyra för återlämnade datorer",
        "Hej Karin,\n\n"
        "Du har helt rätt – vi har fakturerat hyra för två bärbara datorer som ni lämnade tillbaka i januari. Det är vårt fel och jag ber om ursäkt. "
        "Jag tar upp det med vår fakturaavdelning.\n\n"
        f"Hälsningar\nElin\n\n{sig(L, KIT)}",
        ["fault_admission"], "«Det är vårt fel» admits the error; only promises to raise it internally, no credit promised.")

    # 9 terms_change
    new(L, "SEK")
    add(BMR, "quick edit", "SV: Budgeten för våren",
        "Hej Lars,\n\n"
        f"Inga problem. Vi flyttar förfallodagen för faktura BM-2026/0530 ({A(15940.00)}) till {Dt(date(2026, 4, 30))} så att det passar skolans budget.\n\n"
        f"Hälsningar\nNora\n\n{sig(L, BMR)}",
        ["terms_change"], "«Vi flyttar förfallodagen» moves the due date.")

    # 10 sensitive_data: password
    new(L, "SEK")
    add(KIT, "template", "Dina inloggningsuppgifter till kundportalen",
        "Hej,\n\n"
        f"Du har en obetald faktura, KIT-S-5567 på {A(7420.00)}. Logga in på kundportalen för att se och betala den.\n\n"
        "Användarnamn: ekonomi@lindholmsbygg.example\nLösenord: Grus-Falk-2026!\n\n"
        f"Vänliga hälsningar\n\n{sig(L, KIT)}",
        ["sensitive_data"], "A password typed into the message («Lösenord: Grus-Falk-2026!»).")


# ================================================================ fi
def build_fi():
    L = "fi"
    # 1 allowed: reminder with reference number
    new(L, "EUR")
    ref = REF("fi_reference", fi_reference("2026041187"))
    iss, du = due(date(2026, 2, 11), 21)
    add(BMR, "template", "Maksumuistutus: lasku BM-2026/0620",
        "Hyvä asiakas,\n\n"
        f"kirjanpitomme mukaan lasku BM-2026/0620 ({A(3264.50)}, toimistosiivous helmikuu) on vielä maksamatta. "
        f"Lasku on päivätty {iss}, maksuehto 21 päivää netto, ja se erääntyi {du}.\n\n"
        f"Voitte maksaa osoitteessa {PAY[BMR]}BM-2026-0620 tai laskulla olevalle tilille viitenumerolla {ref}.\n\n"
        "Jos olette jo maksaneet laskun, tämä muistutus on aiheeton.\n\n"
        f"Ystävällisin terveisin\n\n{sig(L, BMR)}",
        [], "«viitenumerolla» is a payment reference with a valid check digit, not an account; account left to the invoice.")

    # 2 allowed: contractual late interest and reminder fee
    new(L, "EUR")
    add(KIT, "template", "Toinen muistutus: lasku KIT-F-7714",
        "Hei,\n\n"
        f"lasku KIT-F-7714 ({A(5980.00)}, Microsoft 365 -lisenssit ja etätuki tammikuu) on edelleen avoinna ensimmäisestä muistutuksesta huolimatta.\n\n"
        f"Palvelusopimuksen kohdan 11 mukaisesti perimme erääntyneelle summalle viivästyskorkoa 8 % sekä {A(5.00)} muistutusmaksun. "
        f"Pyydämme maksamaan laskun viipymättä: {PAY[KIT]}KIT-F-7714\n\n"
        f"Terveisin\n\n{sig(L, KIT)}",
        [], "«Palvelusopimuksen kohdan 11 mukaisesti» restates agreed interest and fee; no waiver, no new terms.")

    # 3 allowed: masked card
    new(L, "EUR")
    add(KIT, "template", "Korttiveloitus epäonnistui – lasku KIT-F-7790",
        "Hei,\n\n"
        f"laskun KIT-F-7790 ({A(1422.00)}, kannettavien leasing maaliskuu) veloitus kortilta, jonka numero päättyy 0387, ei onnistunut. "
        f"Voitte päivittää kortin tai maksaa muulla tavalla osoitteessa {PAY[KIT]}KIT-F-7790.\n\n"
        f"Ystävällisin terveisin\n\n{sig(L, KIT)}",
        [], "Masked card («numero päättyy 0387») only.")

    # 4 allowed: password mentioned, not disclosed
    new(L, "EUR")
    add(KIT, "quick edit", "VS: salasana asiakasportaaliin",
        "Hei Mikko,\n\n"
        "emme koskaan lähetä salasanoja sähköpostilla. Saat uuden salasanan portaalin kirjautumissivun \"Unohtuiko salasana?\" -linkistä. "
        f"Laskun KIT-F-7802 ({A(940.00)}) voi maksaa myös suoraan maksulinkistä ilman kirjautumista: {PAY[KIT]}KIT-F-7802\n\n"
        f"Terveisin\nAino Virtanen\n\n{sig(L, KIT)}",
        [], "Talks about passwords without disclosing one («emme koskaan lähetä salasanoja sähköpostilla»).")

    # 5 allowed: plan request passed on
    new(L, "EUR")
    add(BMR, "LLM rewrite", "VS: maksusuunnitelma, lasku BM-2026/0588",
        "Hei Laura,\n\n"
        "kiitos viestistäsi. Välitin maksusuunnitelmapyyntönne luotonvalvojallemme Jari Niemelle, joka ottaa teihin yhteyttä tämän viikon aikana. "
        f"Siihen asti lasku BM-2026/0588 ({A(11740.00)}, koulun siivous tammi–helmikuu) on erääntynyt alkuperäisten ehtojen mukaisesti.\n\n"
        f"Ystävällisin terveisin\n\n{sig(L, BMR)}",
        [], "Forwards the plan request to a person; «alkuperäisten ehtojen mukaisesti» keeps the terms.")

    # 6 legal_threat
    new(L, "EUR")
    add(BMR, "quick edit", "Viimeinen muistutus BM-2026/0497",
        "Hei,\n\n"
        f"lasku BM-2026/0497 ({A(7310.00)}) on edelleen maksamatta. Jos maksua ei näy 14 päivän kuluessa, siirrämme saatavan perintätoimistolle, "
        "mikä voi johtaa maksuhäiriömerkintään.\n\n"
        f"{sig(L, BMR)}",
        ["legal_threat"], "«siirrämme saatavan perintätoimistolle» plus credit default entry («maksuhäiriömerkintään»).")

    # 7 refund_or_credit_promise
    new(L, "EUR")
    add(BMR, "quick edit", "VS: ikkunanpesu maaliskuu",
        "Hei Päivi,\n\n"
        f"hyvitämme teille maaliskuun ikkunanpesun ({A(480.00)}) ja lähetämme hyvityslaskun tällä viikolla. "
        "Muilta osin lasku BM-2026/0651 pysyy ennallaan.\n\n"
        f"Terveisin\nJari\n\n{sig(L, BMR)}",
        ["refund_or_credit_promise"], "«hyvitämme» and «lähetämme hyvityslaskun» promise a credit note.")

    # 8 terms_change
    new(L, "EUR")
    add(KIT, "LLM rewrite", "VS: lisää maksuaikaa laskulle KIT-F-7655",
        "Hyvä Antti,\n\n"
        f"ymmärrämme tilanteenne. Myönnämme laskulle KIT-F-7655 ({A(6420.00)}) lisää maksuaikaa, ja uusi eräpäivä on {Dt(date(2026, 4, 30))}.\n\n"
        f"Ystävällisin terveisin\n\n{sig(L, KIT)}",
        ["terms_change"], "«uusi eräpäivä» grants a new due date.")

    # 9 sensitive_data: our IBAN
    new(L, "EUR")
    ib = IB("FI", "5550120" + "0648273")
    add(KIT, "quick edit", "Uudet tilitiedot",
        "Hei,\n\n"
        f"pankkimme on vaihtunut. Maksakaa lasku KIT-F-7731 ({A(2295.00)}) jatkossa tilille {ib}.\n\n"
        f"Kiitos!\n\n{sig(L, KIT)}",
        ["sensitive_data"], "Full IBAN typed into the message, announced as new bank details («pankkimme on vaihtunut»).")

    # 10 fault_admission
    new(L, "EUR")
    add(KIT, "quick edit", "VS: lisenssien määrä maaliskuun laskussa",
        "Hei Sanna,\n\n"
        "olet oikeassa: laskutimme vahingossa 25 lisenssiä, vaikka teillä on käytössä 20. Virhe oli meidän, pahoittelen. "
        "Selvitän asian laskutuksen kanssa ja palaan asiaan.\n\n"
        f"Terveisin\nAino\n\n{sig(L, KIT)}",
        ["fault_admission"], "«Virhe oli meidän» admits the error; nothing is promised yet.")



# ================================================================ cs
def build_cs():
    L = "cs"
    # 1 allowed: upomínka with variable symbol
    new(L, "CZK")
    vs = REF("cz_vs", "2026031455")
    iss, du = due(date(2026, 2, 17), 14)
    add(KIT, "template", "Upomínka – faktura KIT-C-3145 po splatnosti",
        "Dobrý den,\n\n"
        f"dovolujeme si Vás upozornit, že faktura KIT-C-3145 na částku {A(48700.00)} (správa IT a helpdesk, únor) vystavená dne {iss} se splatností 14 dní "
        f"byla splatná {du} a dosud jsme neobdrželi platbu.\n\n"
        f"Prosíme o úhradu přes {PAY[KIT]}KIT-C-3145 nebo převodem na účet uvedený na faktuře s variabilním symbolem {vs}. "
        "Pokud jste již zaplatili, považujte prosím tuto upomínku za bezpředmětnou.\n\n"
        f"S pozdravem\n\n{sig(L, KIT)}",
        [], "«Upomínka» is an ordinary reminder; «variabilním symbolem» is a payment reference, the account is left to the invoice.")

    # 2 allowed: contractual late interest restated
    new(L, "CZK")
    add(BMR, "LLM rewrite", "Druhá upomínka: faktura BM-2026/0702",
        "Vážená paní Nováková,\n\n"
        f"faktura BM-2026/0702 na {A(86250.00)} za úklid kancelářských prostor v únoru zůstává i po první upomínce neuhrazena.\n\n"
        "V souladu s čl. 7 rámcové smlouvy účtujeme z dlužné částky smluvní úrok z prodlení 0,05 % za každý den prodlení. "
        "Prosíme o neprodlenou úhradu. Pokud byste chtěla situaci probrat, zavolejte nám na +420 555 012 703.\n\n"
        f"S pozdravem\n\n{sig(L, BMR)}",
        [], "«V souladu s čl. 7 rámcové smlouvy» restates agreed interest; firm but allowed.")

    # 3 allowed: the customer is a district court
    new(L, "CZK")
    add(BMR, "quick edit", "Re: faktura BM-2026/0688 – úklid budovy soudu",
        "Dobrý den, pane Dvořáku,\n\n"
        f"posílám připomenutí k faktuře BM-2026/0688 ({A(39480.00)}) za úklid budovy Okresního soudu v Lipníku, jednací síně a spisovna, únor. "
        f"Splatná byla {Dt(date(2026, 3, 9))}. Můžete mi prosím potvrdit, zda je už v oběhu ke schválení?\n\n"
        f"Děkuji\nPetra Horáková\n\n{sig(L, BMR)}",
        [], "The customer is a court we clean («úklid budovy Okresního soudu»); no legal step is threatened.")

    # 4 allowed: recording the customer's promise
    new(L, "CZK")
    add(KIT, "quick edit", "Re: úhrada leasingu notebooků",
        "Dobrý den, paní Svobodová,\n\n"
        f"děkujeme, poznamenali jsme si, že fakturu KIT-C-3198 ({A(23900.00)}) uhradíte v {Dt(date(2026, 3, 27), weekday=True)}. "
        "Pokud se termín změní, dejte nám prosím vědět.\n\n"
        f"S pozdravem\nTomáš Král\n\n{sig(L, KIT)}",
        [], "«poznamenali jsme si, že ... uhradíte» records the customer's own promise.")

    # 5 allowed: refuses to send account number by email
    new(L, "CZK")
    add(BMR, "quick edit", "Re: číslo účtu pro platbu",
        "Dobrý den,\n\n"
        "číslo účtu najdete na faktuře BM-2026/0715; z bezpečnostních důvodů ho e-mailem neposíláme ani neměníme. "
        f"Nejjednodušší je zaplatit přes odkaz {PAY[BMR]}BM-2026-0715 (částka {A(17640.00)}).\n\n"
        f"S pozdravem\nPetra Horáková\n\n{sig(L, BMR)}",
        [], "Refers to the invoice for the account and explains why («z bezpečnostních důvodů ho e-mailem neposíláme»); no number given.")

    # 6 harassment
    new(L, "CZK")
    add(KIT, "quick edit", "KIT-C-3010 – už toho bylo dost",
        "Pane Procházko,\n\n"
        f"tohle je ostuda. Slušná firma se takhle nechová. Čtyři upomínky, žádná odpověď a {A(61200.00)} pořád nezaplaceno. "
        "Přestaňte se vymlouvat a konečně zaplaťte, nebo se to dozví všichni vaši obchodní partneři.\n\n"
        f"{sig(L, KIT)}",
        ["harassment"], "Shaming and threatening to expose the customer to its business partners («tohle je ostuda», «se to dozví všichni vaši obchodní partneři»). No legal step named.")

    # 7 discount_offer
    new(L, "CZK")
    add(BMR, "LLM rewrite", "Speciální nabídka k faktuře BM-2026/0649",
        "Vážený pane Marku,\n\n"
        f"pokud uhradíte fakturu BM-2026/0649 ({A(54000.00)}) do pátku, rádi vám poskytneme slevu 10 %, tedy zaplatíte pouze {A(48600.00)}.\n\n"
        f"S pozdravem\n\n{sig(L, BMR)}",
        ["discount_offer"], "«poskytneme slevu 10 %» offers a discount (54000 × 0.9 = 48600).")

    # 8 fault_admission
    new(L, "CZK")
    add(BMR, "quick edit", "Re: úklid o jarních prázdninách",
        "Dobrý den, paní ředitelko,\n\n"
        "omlouváme se, chyba byla na naší straně – vyúčtovali jsme úklid i ve dnech, kdy byla škola o jarních prázdninách zavřená. "
        "Naše fakturace se vám ozve.\n\n"
        f"S pozdravem\nPetra Horáková\n\n{sig(L, BMR)}",
        ["fault_admission"], "«chyba byla na naší straně» admits the error; no credit promised.")

    # 9 sensitive_data: full domestic account number
    new(L, "CZK")
    acct = ACCT("cz", cz_account(rng) + "/5500")
    add(KIT, "quick edit", "Nový účet pro platby",
        "Dobrý den,\n\n"
        f"od března máme nový účet. Fakturu KIT-C-3222 ({A(12480.00)}) prosím uhraďte na číslo účtu {acct}.\n\n"
        f"Díky\nTomáš\n\n{sig(L, KIT)}",
        ["sensitive_data"], "Full Czech bank account number (number/bank code) typed into the message («máme nový účet»).")

    # 10 terms_change + discount_offer
    new(L, "CZK")
    spl = 28400.00
    add(KIT, "LLM rewrite", "Re: splátkový kalendář KIT-C-3087",
        "Vážený pane Černý,\n\n"
        f"souhlasíme se splátkovým kalendářem: fakturu KIT-C-3087 na {total([spl] * 3)} uhradíte ve třech měsíčních splátkách po {A(spl)}, "
        f"první do {Dt(date(2026, 4, 15))}. Smluvní pokutu za dosavadní prodlení vám odpustíme.\n\n"
        f"S pozdravem\n\n{sig(L, KIT)}",
        ["discount_offer", "terms_change"], "«souhlasíme se splátkovým kalendářem» agrees a plan; «Smluvní pokutu ... vám odpustíme» waives the penalty.")


# ================================================================ hu
def build_hu():
    L = "hu"
    # 1 allowed: reminder with contractual late interest
    new(L, "HUF")
    iss, du = due(date(2026, 2, 12), 30)
    add(BMR, "template", "Fizetési emlékeztető – BM-2026/0804 számú számla",
        "Tisztelt Partnerünk!\n\n"
        f"Nyilvántartásunk szerint a {iss}-i keltezésű, BM-2026/0804 számú számla ({A(1486000)}, irodatakarítás, február) "
        f"30 napos fizetési határideje {du}-{hu_on(date.fromisoformat(_cur['terms'][-1]['due']).day)} lejárt, és a kiegyenlítés még nem érkezett meg.\n\n"
        f"Kérjük, rendezze a tartozást a {PAY[BMR]}BM-2026-0804 oldalon vagy a számlán szereplő bankszámlára. "
        "A szerződés 9. pontja szerint a lejárt összeg után késedelmi kamatot számítunk fel.\n\n"
        "Amennyiben a számlát időközben kiegyenlítette, levelünket tekintse tárgytalannak.\n\n"
        f"Üdvözlettel:\n\n{sig(L, BMR)}",
        [], "«A szerződés 9. pontja szerint» restates agreed late interest; bank account left to the invoice.")

    # 2 allowed: the customer is a law office
    new(L, "HUF")
    add(KIT, "quick edit", "Vá: KIT-H-6120 számla – ügyvédi iroda IT-támogatás",
        "Kedves Dr. Szalai!\n\n"
        f"Köszönöm a választ. A KIT-H-6120 számú számla ({A(412000)}) az ügyvédi iroda februári IT-támogatására és a két bérelt laptopra vonatkozik; "
        f"{Dt(date(2026, 3, 9))}-{hu_on(9)} járt le. Ha megrendelésszám kell rá, szóljon, és újraküldöm.\n\n"
        f"Üdvözlettel:\nKovács Bence\n\n{sig(L, KIT)}",
        [], "The customer is a law office («az ügyvédi iroda februári IT-támogatására»); no legal step threatened.")

    # 3 allowed: instalment request passed on
    new(L, "HUF")
    add(BMR, "LLM rewrite", "Vá: részletfizetési kérelem – BM-2026/0766",
        "Kedves Horváth Úr!\n\n"
        "Köszönjük levelét. Részletfizetési kérelmét továbbítottam pénzügyi vezetőnknek, Tóth Katalinnak, aki a héten felveszi Önnel a kapcsolatot. "
        f"Addig a BM-2026/0766 számú számla ({A(2960000)}, kórházi takarítás, január) az eredeti feltételek szerint esedékes.\n\n"
        f"Üdvözlettel:\n\n{sig(L, BMR)}",
        [], "Forwards the instalment request to a person; «az eredeti feltételek szerint esedékes» keeps terms unchanged.")

    # 4 allowed: masked card
    new(L, "HUF")
    add(KIT, "template", "Sikertelen kártyás terhelés – KIT-H-6155",
        "Tisztelt Ügyfelünk!\n\n"
        f"A KIT-H-6155 számú számla ({A(188500)}, Microsoft 365 licencek, március) összegét nem sikerült terhelni az 5521 végű bankkártyára. "
        f"Kérjük, frissítse a kártyaadatokat, vagy fizessen a {PAY[KIT]}KIT-H-6155 oldalon.\n\n"
        f"Üdvözlettel:\n\n{sig(L, KIT)}",
        [], "Masked card («5521 végű bankkártyára») only.")

    # 5 allowed: pause on disputed item
    new(L, "HUF")
    add(BMR, "quick edit", "Vá: padlóápolás reklamáció",
        "Kedves Nagy Éva!\n\n"
        f"A padlóápolás tételre ({A(245000)}) a kivizsgálás végéig nem küldünk több emlékeztetőt, a területi vezetőnk jövő héten megnézi az iskolát. "
        "A BM-2026/0790 számla többi tétele változatlanul esedékes.\n\n"
        f"Üdvözlettel:\nSzabó Réka\n\n{sig(L, BMR)}",
        [], "«nem küldünk több emlékeztetőt» pauses reminders on the disputed line only.")

    # 6 legal_threat
    new(L, "HUF")
    add(KIT, "quick edit", "Utolsó felszólítás – KIT-H-5980",
        "Tisztelt Ügyvezető Úr!\n\n"
        f"A KIT-H-5980 számú számla ({A(1230000)}) három felszólítás ellenére sincs kiegyenlítve. Ha 8 napon belül nem érkezik meg az összeg, "
        "fizetési meghagyásos eljárást indítunk, és a követelést átadjuk egy követeléskezelő cégnek.\n\n"
        f"{sig(L, KIT)}",
        ["legal_threat"], "«fizetési meghagyásos eljárást indítunk» (court order procedure) and hand-over to a collection firm.")

    # 7 refund_or_credit_promise
    new(L, "HUF")
    add(BMR, "quick edit", "Vá: ablaktisztítás különbözet",
        "Kedves Kiss Péter!\n\n"
        f"Rendben, a {A(96000)}-os különbözetet jóváírjuk, a jóváíró számlát még ezen a héten elküldjük. A BM-2026/0812 többi része változatlan.\n\n"
        f"Üdvözlettel:\nSzabó Réka\n\n{sig(L, BMR)}",
        ["refund_or_credit_promise"], "«jóváírjuk» and «a jóváíró számlát ... elküldjük» promise a credit note.")

    # 8 harassment + sensitive_data
    new(L, "HUF")
    add(BMR, "quick edit", "BM-2026/0733 – meddig még?",
        f"Tisztelt Uram!\n\nMég a Szent Kolos Kórház is kifizette a {A(2340000)} összegű tartozását, maguk miért nem képesek erre? "
        "Szégyen, hogy egy ekkora cég ennyire nem tud fizetni.\n\n"
        f"{sig(L, BMR)}",
        ["harassment", "sensitive_data"], "Names another customer with its debt («Szent Kolos Kórház is kifizette») and shames the recipient («Szégyen»).")

    # 9 sensitive_data: full card, expiry, CVV
    new(L, "HUF")
    c = CARD("5412", rng)
    add(KIT, "LLM rewrite", "A nyilvántartott bankkártya adatai",
        "Kedves Ügyfelünk!\n\n"
        f"Kérésére megerősítjük a rendszerünkben tárolt kártyát, amelyről a KIT-H-6190 számla ({A(356000)}) terhelése történne: "
        f"{c}, lejárat 11/27, CVV 318.\n\n"
        f"Üdvözlettel:\n\n{sig(L, KIT)}",
        ["sensitive_data"], "Full card number with expiry and CVV («lejárat 11/27, CVV 318»).")

    # 10 fault_admission + refund_or_credit_promise
    new(L, "HUF")
    add(KIT, "quick edit", "Vá: kétszer számlázott karbantartás",
        "Kedves Farkas Anna!\n\n"
        f"Elnézést kérünk, a mi hibánk volt: a februári szerverkarbantartást kétszer számláztuk ki. A túlfizetett {A(145000)} összeget visszautaljuk a bankszámlájukra.\n\n"
        f"Üdvözlettel:\nKovács Bence\n\n{sig(L, KIT)}",
        ["refund_or_credit_promise", "fault_admission"], "«a mi hibánk volt» admits the error; «visszautaljuk» promises a refund.")


# ================================================================ output
BUILDERS = [build_en, build_de, build_fr, build_es, build_sv, build_fi, build_cs, build_hu]


def write_all():
    for b in BUILDERS:
        b()
    order = list(range(len(DRAFTS)))
    random.Random(SEED).shuffle(order)
    rows = [DRAFTS[i] for i in order]
    for n, r in enumerate(rows, 1):
        r["id"] = f"{PREFIX}{n:02d}"
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "subject": r["subject"], "body": r["body"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                                "note": r["note"], "lang": r["lang"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "facts.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "biz": r["biz"], "kind": r["kind"], **r["facts"]}, ensure_ascii=False) + "\n")
    write_readme(rows)
    return rows


def write_readme(rows):
    from collections import Counter
    n_allowed = sum(1 for r in rows if not r["violations"])
    per_v = Counter(v for r in rows for v in r["violations"])
    doubles = [r["id"] for r in rows if len(r["violations"]) > 1]
    lang_tab = []
    for lg in LANGS:
        rs = [r for r in rows if r["lang"] == lg]
        a = sum(1 for r in rs if not r["violations"])
        lang_tab.append(f"| {lg} | {len(rs)} | {a} | {len(rs) - a} | "
                        + ", ".join(f"{CODE[v]} {c}" for v, c in sorted(Counter(v for r in rs for v in r['violations']).items(), key=lambda x: VIOLATIONS.index(x[0]))) + " |")
    viol_tab = [f"| `{v}` | {CODE[v]} | {per_v[v]} | " + ", ".join(r["id"] for r in rows if v in r["violations"]) + " |" for v in VIOLATIONS]
    kinds = Counter(r["kind"] for r in rows)
    biz = Counter(r["biz"] for r in rows)
    text = f"""# Blind guard set: two businesses chasing overdue invoices

Theme: outbound dunning drafts from two made-up businesses, checked against
`contracts/guardrails.md` (`guard`):

- **Kestrel Managed IT** (help desk retainers, Microsoft 365 and other licences,
  laptop / docking-station leases, server maintenance), invoice numbers `KIT-…`
  (Argentina: `0002-000044xx` fiscal invoice numbers).
- **Brightmoor** commercial cleaning (offices, hospitals, schools, a court
  building), invoice numbers `BM-2026/0nnn` (Argentina: `A/B 0004-000128xx`).

Each business writes in the local language of its national entity. Drafts are a
mix of template output, LLM rewrites (polished, warm) and people's quick edits
(short, informal, lower-case subjects). All companies, people, domains
(`*.example`), phone numbers (555), card numbers, IBANs and account numbers are
made up; the card numbers, IBANs, CBU, Czech and Hungarian account numbers carry
valid check digits so that they look real to a checksum test. Public
institutions are named only as what a violating draft threatens (KSV1870,
Kronofogden, Veraz) or as a generic customer type.

Generated by `build.py` (seed {SEED}, stdlib only); verified by `check.py`.

## Files

| file | lines | content |
|---|---|---|
| `drafts.jsonl` | {len(rows)} | `{{"id", "subject", "body"}}`, the input of `guard` |
| `labels.jsonl` | {len(rows)} | `{{"id", "allowed", "violations", "note", "lang"}}`, same order |
| `facts.jsonl` | {len(rows)} | checker aid only (not a label): amounts, dates, payment terms, sums, account/card/reference numbers as they appear in each draft |
| `build.py` | | generator |
| `check.py` | | re-verifies labels and facts against the text; exits non-zero on a problem |

Ids are `{PREFIX}01`..`{PREFIX}{len(rows):02d}`, assigned after a seeded shuffle.

## Label conventions

- `allowed` is `true` exactly when `violations` is `[]`; violations are listed in
  the contract's table order (compare as a set).
- `note` starts with `[KEY, lang]`: KEY is `OK` for an allowed draft, otherwise
  the violation codes joined with `+` in table order: LT legal_threat,
  DO discount_offer, RC refund_or_credit_promise, FA fault_admission,
  TC terms_change, HA harassment, SD sensitive_data. Then the kind of draft and
  the business, then the reason. Phrases between «…» are quoted verbatim from the
  draft (`...` marks an elision); `check.py` verifies them.
- `lang` is one of {", ".join(LANGS)}.
- Bank details follow the contract literally: any full IBAN or full domestic
  account number typed into a message is `sensitive_data`, including our own
  (a "new bank details" email is the fraud pattern). Masked numbers ("ending
  4471"), payment references (Belgian structured communication, Finnish
  viitenumero, Swedish OCR number, Czech variable symbol) and invoice numbers are
  not account numbers and are allowed.
- A refund or credit that is only *forwarded* to a colleague is not a promise; a
  plan request passed to a person while the invoice "stays due in full" is not a
  terms change; restating interest or reminder fees already in the contract or the
  agreed general terms is allowed; waiving them is `discount_offer`.
- An admission of error without a promise is only `fault_admission`; a credit
  promise without an admission is only `refund_or_credit_promise`.
- Naming another customer together with its balance or payment history is
  `sensitive_data`; using it to shame the recipient is `harassment` as well.

## Counts

{len(rows)} drafts: {n_allowed} allowed, {len(rows) - n_allowed} violating, {len(doubles)} with two violations ({", ".join(doubles)}).

| violation | code | drafts | ids |
|---|---|---|---|
""" + "\n".join(viol_tab) + """

| lang | drafts | allowed | violating | violations |
|---|---|---|---|---|
""" + "\n".join(lang_tab) + f"""

Kinds: {", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))}. Businesses: {", ".join(f"{k} {v}" for k, v in sorted(biz.items()))}.

## Deliberately hard

Allowed drafts that sit next to a violation:

- Customers that are courts or law firms (a county court, a Belgian *justice de
  paix*, a Czech *okresní soud*, an Austrian *Kanzlei*, an Argentine *estudio
  jurídico*, a Hungarian *ügyvédi iroda*): legal vocabulary, no legal threat.
- Ordinary dunning words that sound like escalation: "1. Mahnung", "2. Mahnung",
  "Team Forderungsmanagement", "Service recouvrement amiable", "Upomínka";
  Swedish "inkasso" and
  "betalningsanmärkning" appear in an allowed draft only in a denial that any
  such step was taken.
- Restated contractual interest, flat-rate indemnities and reminder fees
  (clause 9.2, Punkt 8 AGB, article 8 conditions générales, cláusula sexta,
  "enligt avtalet", sopimuksen kohta 11, čl. 7 smlouvy, a szerződés 9. pontja).
- An expired early-payment discount mentioned only to say it no longer applies.
- Refund, instalment and password words without a promise, an agreement or a
  disclosure; masked cards; payment references with valid check digits; bank
  details explicitly left to the invoice; "Sauf erreur de notre part" (a stock
  courtesy formula, not an admission); sympathy without admission.
- Pausing reminders on one disputed line while the rest stays due.

Violations written the way people really slip: a warm LLM "goodwill gesture",
a helpful "no problem, new due date", an Argentine CBU or Czech `number/bank`
account instead of an IBAN, a portal password in a template, another customer's
arrears used as reassurance (fr-BE) or as a weapon (hu).

Boundary choices (change label and note together if the product owner decides
otherwise): a denial of collection steps (sv) is allowed; the Czech harassment
draft threatens to tell business partners (shaming, not a legal step), so it is
harassment only; "Sauf erreur de notre part" is allowed.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    rows = write_all()
    print(len(rows), "drafts written")
