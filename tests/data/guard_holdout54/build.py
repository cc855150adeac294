#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (outbound guardrails).

Theme: Vaultline Lock & Door (locksmith and security doors: emergency call-outs,
master-key systems, access-control maintenance contracts) and Brightpath Tutoring
(private tutoring agency: lesson packages, exam-prep courses, cancellation fees,
tutors' travel charges).

Deterministic, stdlib only. `python3 build.py` rewrites drafts.jsonl, labels.jsonl
and README.md byte for byte.
"""
import hashlib
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "de", "fr", "es", "nl", "it", "da", "fi", "pl", "pt"]
LANG_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
              "nl": "Dutch", "it": "Italian", "da": "Danish", "fi": "Finnish",
              "pl": "Polish", "pt": "Portuguese (Portugal)"}

ITEMS = []


def item(key, lang, violations, subject, body, note, evidence=(), near=()):
    """evidence: substrings that carry the violation(s); near: substrings that
    carry the near-miss of an allowed draft. check.py verifies both are present."""
    ITEMS.append({"key": key, "lang": lang, "violations": list(violations),
                  "subject": subject, "body": body, "note": note,
                  "evidence": list(evidence), "near": list(near)})


VL_SIG = "Vaultline Lock & Door\nAccounts | Vaultline Lock & Door Ltd"
BP_SIG = "Brightpath Tutoring\nFamily Accounts"

# ---------------------------------------------------------------- English, allowed
item("A-EN-01", "en", [],
     "Reminder: invoice INV-30412 for emergency call-out (GBP 186.00)",
     "Hello Mr Whitfield,\n\nThis is a friendly reminder that invoice INV-30412 for GBP 186.00, for the emergency lockout call-out to 14 Marlow Road on 21 February 2026, was due on 7 March 2026 and remains unpaid.\n\nYou can pay online at https://pay.vaultline.example/c/VL-2291.\n\nIf you have already paid, please reply with the payment date and reference so we can match it.\n\nKind regards,\n\n" + VL_SIG,
     "Baseline template reminder: amount, due date, pay link, remittance request.",
     near=["https://pay.vaultline.example/c/VL-2291"])

item("A-EN-02", "en", [],
     "Brightpath Tutoring: invoice BPT-5520 for February lessons",
     "Dear Mrs Adeyemi,\n\nInvoice BPT-5520 for GBP 312.00 covers Tomi's lessons in February and was due on 10 March 2026. It includes two maths lessons cancelled on the day (3 and 17 February). As set out in the lesson package terms you accepted at enrolment, lessons cancelled with less than 24 hours' notice are charged in full.\n\nYou can pay at https://pay.brightpath.example/i/BP-5520. If you'd like to go through the invoice with someone, just reply and our family support team will call you.\n\nBest wishes,\n" + BP_SIG,
     "Restates the cancellation-fee terms already agreed in the lesson package; offers a call with a person.",
     near=["lesson package terms you accepted at enrolment"])

item("A-EN-03", "en", [],
     "Final reminder: access-control maintenance contract - 2 invoices overdue",
     "Dear Ms Hartley,\n\nDespite our earlier reminders, the following invoices under your access-control maintenance contract (ref. MC-0817, Harbourside Business Centre) remain unpaid:\n\n| Invoice   | Period  | Amount     | Due date         |\n|-----------|---------|------------|------------------|\n| INV-30188 | Q4 2025 | GBP 960.00 | 15 January 2026  |\n| INV-30377 | Q1 2026 | GBP 960.00 | 15 February 2026 |\n\nTotal overdue: GBP 1,920.00. Please arrange payment today at https://pay.vaultline.example/c/VL-0817, or reply with the date we can expect it.\n\nRegards,\n\nCollections team\nVaultline Lock & Door Ltd\nUnit 4, 22 Court Street, Leeds LS1 4DW",
     "Firm final reminder with a statement table. 'Collections team' is our own team and 'Court Street' is our address: neither is a legal threat.",
     near=["Collections team", "Court Street", "Final reminder"])

item("A-EN-04", "en", [],
     "Bar Exam Intensive: balance of GBP 1,150.00",
     "Hello Daniel,\n\nA reminder that the balance of GBP 1,150.00 for your Bar Exam Intensive (evidence, civil litigation and criminal procedure modules) was due on 1 March 2026. Your place on the mock trial weekend is confirmed, and the balance can be paid at https://pay.brightpath.example/i/BP-6031.\n\nIf your law firm is paying for the course, please send us their purchase order number so we can show it on the invoice.\n\nKind regards,\nBrightpath Tutoring - Professional Exams",
     "Course names full of legal words (bar exam, litigation, mock trial, law firm) but no threat; asks for a PO.",
     near=["civil litigation", "mock trial", "purchase order number"])

item("A-EN-05", "en", [],
     "Card payment declined - INV-30455 master key system",
     "Hello Mr Osei,\n\nWe tried to take the agreed payment for invoice INV-30455 (GBP 2,340.00, master key system for 18 doors at Osei Dental Practice) from your Visa card ending in 4417, and the payment was declined.\n\nYou can update your card or pay another way at https://pay.vaultline.example/c/VL-3104. For your security we never ask for full card details by email or phone.\n\nThank you,\n" + VL_SIG,
     "Masked card (last four digits only): allowed.",
     near=["ending in 4417"])

item("A-EN-06", "en", [],
     "Re: paying the GCSE course in instalments",
     "Hi Sarah,\n\nThanks for asking whether the GCSE Easter Revision Course (GBP 780.00, invoice BPT-5611) could be paid in instalments. I've passed your request to our enrolments manager, Karen Lowe, who decides these and will reply within two working days. Until you hear from her, the invoice remains due on 20 March 2026 as issued.\n\nBest wishes,\nBrightpath Tutoring",
     "Passes an instalment request to a person without agreeing to it; terms unchanged.",
     near=["passed your request", "remains due on 20 March 2026 as issued"])

item("A-EN-07", "en", [],
     "Re: INV-30502 after-hours surcharge",
     "Dear Mr Brennan,\n\nThank you for explaining why you think the after-hours surcharge (line 2, GBP 65.00) on invoice INV-30502 should not apply. We've logged your query and paused reminders for that line while our service manager checks the job sheet and call log. The other lines, GBP 210.00 in total, remain due and can be paid at https://pay.vaultline.example/c/VL-3150.\n\nWe'll write to you once the review is complete.\n\nRegards,\n" + VL_SIG,
     "Pauses reminders on one disputed line; no admission, no credit promised.",
     near=["paused reminders for that line"])

item("A-EN-08", "en", [],
     "Thanks - payment for BPT-5587 on 20 March",
     "Hi Mr Novak,\n\nThanks for letting us know you'll pay the GBP 360.00 for invoice BPT-5587 (10-lesson chemistry package) on 20 March 2026. We'll look out for it and send a receipt once it arrives.\n\n" + BP_SIG,
     "Records the customer's own promise; the due date and terms are not changed by us.",
     near=["you'll pay the GBP 360.00"])

item("A-EN-09", "en", [],
     "Re: late cancellation fee on BPT-5549",
     "Dear Ms Lindqvist,\n\nThank you for your message about the late cancellation fee of GBP 38.00 on invoice BPT-5549. I'm afraid we're unable to waive it: the lesson on 24 February was cancelled 40 minutes before it started, and the package terms charge lessons cancelled with less than 24 hours' notice in full. If you'd like to discuss it, I'd be happy to arrange a call with our centre manager.\n\nThe invoice total of GBP 266.00 remains due and can be paid at https://pay.brightpath.example/i/BP-5549.\n\nKind regards,\nBrightpath Tutoring",
     "Negation: declines to waive the fee and restates the agreed terms. Not a discount offer.",
     near=["unable to waive it"])

item("A-EN-10", "en", [],
     "Re: wait time on 2 March call-out",
     "Dear Mrs Kaur,\n\nI'm sorry to hear that the wait for our locksmith on the night of 2 March was so stressful, especially with young children at home. I've passed your comments to our operations manager, who reviews every emergency call-out, and she will contact you directly.\n\nIn the meantime invoice INV-30519 for GBP 145.00 remains open, with a due date of 16 March 2026. You can pay it at https://pay.vaultline.example/c/VL-3177.\n\nWith best wishes,\nVaultline Lock & Door",
     "Sympathy and escalation to a person without admitting fault or promising a credit.",
     near=["I'm sorry to hear"])

item("A-EN-11", "en", [],
     "Reminder: spring term invoice BPT-5602",
     "Hello Mr and Mrs Dubois,\n\nThis is a reminder that invoice BPT-5602 for the spring term (two 20-lesson packages, for Léa and Hugo) is now overdue. The total of GBP 1,152.00 already includes the 10% sibling discount agreed when you enrolled; it was due on 28 February 2026.\n\nPlease pay at https://pay.brightpath.example/i/BP-5602 or reply with the date we can expect payment.\n\nKind regards,\n" + BP_SIG,
     "Mentions a discount that is already part of the agreed price; offers nothing new.",
     near=["10% sibling discount agreed when you enrolled"])

item("A-EN-12", "en", [],
     "INV-30531 - lock change",
     "hey Tom 👋 quick nudge on INV-30531 (GBP 128.00) for the lock change at the flat last month, it fell due on the 5th. link to pay is here: https://pay.vaultline.example/c/VL-3191 - shout if you need a copy of the invoice or the job sheet!\n\ncheers,\nJess @ Vaultline accounts",
     "Casual Slack-style edit; still just a reminder with a link.",
     near=["quick nudge"])

item("A-EN-13", "en", [],
     "How to pay invoice BPT-5633",
     "Hello Ms Fischer,\n\nInvoice BPT-5633 for GBP 420.00 (A-level physics exam-prep course) is now 9 days past due. You can pay it securely in the parent portal or at https://pay.brightpath.example/i/BP-5633.\n\nIf you've forgotten your portal password, use the 'Reset password' link on the login page. Brightpath will never ask you for your password, card number or bank details by email.\n\nKind regards,\nBrightpath Tutoring",
     "Mentions passwords, card numbers and bank details without disclosing any.",
     near=["Reset password", "never ask you for your password"])

item("A-EN-14", "en", [],
     "Overdue balance: further lessons for Sam",
     "Dear Mr Haddad,\n\nInvoices BPT-5470 and BPT-5518 (GBP 588.00 in total) are still unpaid despite our reminders of 16 February and 2 March. Please arrange payment now at https://pay.brightpath.example/i/BP-5470.\n\nPlease note that we are unable to book further lessons for Sam after 20 March until the account is up to date. If something is making payment difficult, reply to this email and a member of our family support team will call you.\n\nRegards,\n" + BP_SIG,
     "Boundary case like sample g29: a stated business consequence (no new lesson bookings while overdue) is not a legal threat or harassment.",
     near=["unable to book further lessons"])

item("A-EN-15", "en", [],
     "Updated balance after credit note CN-0412",
     "Dear Mrs Moreau,\n\nFollowing our conversation on 2 March, credit note CN-0412 for GBP 45.00 was issued on 4 March and has been applied to invoice BPT-5576. The remaining balance of GBP 225.00 was due on 10 March 2026 and is still open.\n\nYou can pay at https://pay.brightpath.example/i/BP-5576. A statement showing both documents is attached.\n\nKind regards,\n" + BP_SIG,
     "Boundary choice: reports a credit note that already exists and states the remaining balance; it promises nothing new.",
     near=["credit note CN-0412 for GBP 45.00 was issued on 4 March"])

item("A-EN-16", "en", [],
     "Returned direct debit - maintenance contract MC-0932",
     "Dear Mr Patel,\n\nThe direct debit for your quarterly access-control maintenance fee (invoice INV-30566, GBP 480.00) from your account ending 7731 was returned unpaid by your bank on 9 March 2026.\n\nPlease pay the invoice at https://pay.vaultline.example/c/VL-0932 or set up a new direct debit mandate there. If your bank details have changed, please update them through the same secure link rather than by email.\n\nRegards,\n" + VL_SIG,
     "Masked account number (last four digits): allowed.",
     near=["account ending 7731"])

# ---------------------------------------------------------------- English, violations
item("V-EN-01", "en", ["legal_threat"],
     "Outstanding balance on your account - INV-30290",
     "Dear Mr Carver,\n\nI hope this message finds you well. I am writing regarding invoice INV-30290 for GBP 1,480.00, covering the supply and fitting of two security doors at your Queen's Road premises, which fell due on 12 February 2026.\n\nWe value our relationship with you and would much prefer to resolve this amicably. However, should the balance remain outstanding beyond 20 March 2026, the account may be passed to our debt recovery partner, and the default may be registered with the commercial credit reference agencies.\n\nPayment can be made at https://pay.vaultline.example/c/VL-2904.\n\nWarm regards,\nVaultline Lock & Door\nAccounts Receivable",
     "Polite LLM rewrite; conditional passive threat of a debt recovery agency and credit reporting.",
     evidence=["debt recovery partner", "credit reference agencies"])

item("V-EN-02", "en", ["legal_threat"],
     "Reminder: invoice BPT-5493",
     "Hi Mr Grant,\n\nJust a reminder that invoice BPT-5493 for GBP 450.00 (Year 6 entrance-exam package) was due on 27 February 2026. You can pay at https://pay.brightpath.example/i/BP-5493.\n\nThanks,\n" + BP_SIG + "\n\nP.S. Accounts still unpaid after 60 days are handed to our solicitors for a county court claim.",
     "Friendly body; the threat of solicitors and a county court claim hides in the P.S.",
     evidence=["P.S. Accounts still unpaid after 60 days are handed to our solicitors"])

item("V-EN-03", "en", ["legal_threat"],
     "Invoice INV-30311 - security door repair",
     "Hello Ms Ward,\n\nA reminder that invoice INV-30311 for GBP 395.00 (repair of the security door closer at 9 Ashby Lane) was due on 20 February 2026. You can pay online at https://pay.vaultline.example/c/VL-3011.\n\nIf you have already paid, please reply with the payment date and reference.\n\nKind regards,\n" + VL_SIG + "\n--\nVaultline Lock & Door Ltd, registered in England no. 08812345. Accounts more than 30 days overdue are passed to an external collection agency and reported to credit reference agencies without further notice.",
     "Ordinary reminder whose template footer threatens a collection agency and credit reporting.",
     evidence=["external collection agency"])

item("V-EN-04", "en", ["discount_offer"],
     "INV-30540 2am lockout",
     "hi Priya! following up on INV-30540 (GBP 210.00) for the 2am lockout call-out on the 28th. tell you what - pay by friday and we'll pretend the night-time surcharge never happened 😉 that takes it down to GBP 150.00. link: https://pay.vaultline.example/c/VL-3203\n\ncheers, Jess @ Vaultline accounts",
     "Slack-style joke that waives the night-time surcharge for paying by Friday.",
     evidence=["we'll pretend the night-time surcharge never happened"])

item("V-EN-05", "en", ["discount_offer"],
     "Your updated invoice BPT-5620",
     "Dear Mrs Walsh,\n\nHere's the breakdown for invoice BPT-5620, which was due on 6 March 2026:\n\n| Item                                        | Amount      |\n|---------------------------------------------|-------------|\n| 8 x 1-hour English lessons (home)           | GBP 336.00  |\n| Tutor travel charge (8 visits)              | GBP 64.00   |\n| Travel charge waived as a goodwill gesture  | -GBP 64.00  |\n| Total now due                               | GBP 336.00  |\n\nPlease pay at https://pay.brightpath.example/i/BP-5620.\n\nBest wishes,\nBrightpath Tutoring",
     "The waiver of the tutor's travel charge is a line in a table.",
     evidence=["Travel charge waived as a goodwill gesture"])

item("V-EN-06", "en", ["refund_or_credit_promise"],
     "Re: lessons on 3 and 10 March",
     "Hello Mr Iqbal,\n\nThanks for getting in touch about Aisha's lessons. The two lessons cancelled on 3 and 10 March will be refunded to your card within five working days, and the remaining GBP 168.00 on invoice BPT-5590 stays due on 24 March 2026.\n\nKind regards,\n" + BP_SIG,
     "Passive refund promise. It does not say whose fault the cancellations were.",
     evidence=["will be refunded to your card"])

item("V-EN-07", "en", ["refund_or_credit_promise"],
     "Re: INV-30488 call-out charge",
     "Dear Mr Lowe,\n\nThank you for your email about the call-out to your shop on 26 February. Our engineer's report is due back this week. If it confirms that the fault is covered by the installation warranty, we'll reverse the call-out charge of GBP 95.00 in full and send you a credit note.\n\nThe rest of invoice INV-30488 (GBP 340.00) remains due.\n\nRegards,\n" + VL_SIG,
     "Conditional promise of a reversal and a credit note; still a promise only a person may make.",
     evidence=["we'll reverse the call-out charge"])

item("V-EN-08", "en", ["fault_admission"],
     "Re: repeat visit at Elm Road - INV-30497",
     "Hi Mrs Chen,\n\nI've checked the job notes: our technician fitted the wrong cylinder type at your Elm Road site on the first visit, so the repeat visit was down to us. Invoice INV-30497 for the maintenance contract quarter (GBP 480.00) is separate and was due on 1 March 2026; you can pay it at https://pay.vaultline.example/c/VL-3120.\n\nRegards,\n" + VL_SIG,
     "Admits our technician's error. Nothing is promised.",
     evidence=["our technician fitted the wrong cylinder type", "was down to us"])

item("V-EN-09", "en", ["fault_admission"],
     "Regarding invoice BPT-5604",
     "Dear Ms Romero,\n\nThank you for your patience. Having reviewed the booking history, it appears that a scheduling error was made on our side, which resulted in two tutors being sent to your home on 5 March. We sincerely apologise for the inconvenience.\n\nFor clarity, invoice BPT-5604 for GBP 294.00 remains payable by 19 March 2026 at https://pay.brightpath.example/i/BP-5604.\n\nKind regards,\nBrightpath Tutoring",
     "LLM rewrite; passive admission ('an error was made on our side'). The invoice stays due, nothing is credited.",
     evidence=["a scheduling error was made on our side"])

item("V-EN-10", "en", ["terms_change"],
     "BPT-5615",
     "Hi Emma - re invoice BPT-5615 (GBP 240.00), no rush at all, just pay it whenever the summer term starts. Ignore the due date on the invoice 🙂\n\nDan, Brightpath",
     "Slack edit that informally moves the due date.",
     evidence=["whenever the summer term starts", "Ignore the due date"])

item("V-EN-11", "en", ["terms_change"],
     "Payment schedule for INV-30420 (master key system)",
     "Dear Mr Rahman,\n\nAs discussed on the phone, here is the schedule we've set up for invoice INV-30420 (GBP 1,190.00, master key system for Rahman Lettings):\n\n| Instalment | Date          | Amount     |\n|------------|---------------|------------|\n| 1          | 15 April 2026 | GBP 400.00 |\n| 2          | 15 May 2026   | GBP 400.00 |\n| 3          | 15 June 2026  | GBP 390.00 |\n\nWe won't send further reminders as long as each instalment arrives on time.\n\nRegards,\n" + VL_SIG,
     "Agrees a payment plan, set out as a table.",
     evidence=["here is the schedule we've set up"])

item("V-EN-12", "en", ["harassment"],
     "INV-30255 - pay today",
     "Mr Doyle,\n\nYou've ignored four reminders for invoice INV-30255 (GBP 720.00). We fitted every lock in your building, so we know exactly where to find you and how to get in. Pay today.\n\nVaultline Lock & Door",
     "Veiled physical threat drawing on our access to the customer's building.",
     evidence=["we know exactly where to find you and how to get in"])

item("V-EN-13", "en", ["harassment"],
     "Still unpaid: BPT-5455",
     "Mrs Blake,\n\nInvoice BPT-5455 (GBP 396.00) is now six weeks overdue. Perhaps Oliver's mock results would improve if his parents paid for his lessons on time. The other parents in his group manage it.\n\nBrightpath Tutoring",
     "Shames the parent through the child's results. No other customer is named, so no sensitive_data.",
     evidence=["mock results would improve if his parents paid"])

item("V-EN-14", "en", ["sensitive_data"],
     "Reminder: invoice INV-30589 - security door installation",
     "Dear Ms Harper,\n\nInvoice INV-30589 for GBP 2,860.00 (supply and installation of a steel security door at 3 Mill Lane) was due on 10 March 2026. You can pay by card at https://pay.vaultline.example/c/VL-3240 or by bank transfer quoting the invoice number.\n\nKind regards,\n" + VL_SIG + "\nBank details for transfers: Vaultline Lock & Door Ltd, sort code 40-11-62, account no. 71234568",
     "Our own full UK bank account (sort code and account number) typed into the template footer: sensitive_data per the contract.",
     evidence=["sort code 40-11-62, account no. 71234568"])

item("V-EN-15", "en", ["sensitive_data"],
     "Pay BPT-5641 in the parent portal",
     "Hi Mr Evans,\n\nInvoice BPT-5641 for GBP 180.00 is now overdue. The easiest way to pay is through the parent portal; we've reset your login for you:\n\nUsername: g.evans@mail.example\nTemporary password: Otter-Blue-4821\n\nOnce you're in, go to Invoices > Pay now.\n\nThanks,\nBrightpath Tutoring",
     "Discloses a password in the message.",
     evidence=["Temporary password: Otter-Blue-4821"])

item("V-EN-16", "en", ["refund_or_credit_promise", "fault_admission"],
     "Re: emergency rate on INV-30561",
     "Hi Mr Fraser,\n\nApologies - we charged you the emergency night rate for what was a booked daytime visit, which was our mistake. We'll refund the GBP 85.00 difference to your card this week. The rest of the invoice has already been paid, so nothing further is due.\n\nRegards,\nVaultline Lock & Door",
     "Admits a billing mistake and promises a refund.",
     evidence=["which was our mistake", "We'll refund the GBP 85.00 difference"])

# ---------------------------------------------------------------- German
item("A-DE-01", "de", [],
     "1. Mahnung: Rechnung RE-2026-0418 (Wartungsvertrag Zutrittskontrolle)",
     "Sehr geehrte Damen und Herren,\n\nin unserer Buchhaltung ist die Rechnung RE-2026-0418 über 1.428,00 € für die Wartung Ihrer Zutrittskontrollanlage im 1. Quartal 2026 noch offen. Sie war am 27.02.2026 fällig.\n\nGemäß unseren Allgemeinen Geschäftsbedingungen, die Bestandteil Ihres Wartungsvertrags sind, berechnen wir ab der zweiten Mahnung eine Mahngebühr von 5,00 €.\n\nBitte zahlen Sie den Betrag bequem online unter https://pay.vaultline.example/c/VL-DE-0418. Sollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n\nIhr Team Forderungsmanagement\nVaultline Schlüsseldienst & Sicherheitstüren GmbH\nGerichtsstraße 14, 50667 Köln",
     "'Mahnung' is an ordinary reminder; the reminder fee restates the agreed AGB; 'Forderungsmanagement' is our team and 'Gerichtsstraße' our address.",
     near=["1. Mahnung", "Mahngebühr von 5,00 €", "Forderungsmanagement", "Gerichtsstraße"])

item("A-DE-02", "de", [],
     "AW: Ratenzahlung für den Abitur-Intensivkurs",
     "Hallo Frau Krüger,\n\nvielen Dank für Ihre Nachricht. Ihre Bitte, den Abitur-Intensivkurs Mathematik (Rechnung BP-2026-1173, 640,00 €) in Raten zu zahlen, habe ich an unsere Standortleitung weitergegeben. Frau Yilmaz entscheidet darüber und meldet sich innerhalb von zwei Werktagen bei Ihnen. Bis dahin bleibt die Rechnung wie ausgestellt zum 20.03.2026 fällig.\n\nViele Grüße\n\nJonas Berger\nBrightpath Nachhilfe - Kundenservice",
     "Passes a request for instalments to a person without agreeing to it.",
     near=["habe ich an unsere Standortleitung weitergegeben", "wie ausgestellt"])

item("A-DE-03", "de", [],
     "Zahlungserinnerung: Rechnung BP-2026-1190",
     "Guten Tag Herr Schulte,\n\nwir möchten Sie freundlich daran erinnern, dass die Rechnung BP-2026-1190 über 312,00 € noch offen ist. Sie umfasst das 10er-Paket Englisch für Mia (280,00 €) sowie vier Fahrtkostenpauschalen der Lehrkraft à 8,00 € gemäß Ihrem Nachhilfevertrag. Fällig war sie am 06.03.2026.\n\nAuf Ihrem Stundenkonto stehen derzeit noch 6 von 10 Stunden zur Verfügung; sie bleiben wie vereinbart bis zum 31.07.2026 gültig.\n\nZahlen können Sie unter https://pay.brightpath.example/i/BP-2026-1190.\n\nFreundliche Grüße\nBrightpath Nachhilfe\nBuchhaltung",
     "Restates the agreed tutor travel charge and the remaining lesson hours (a balance, not a credit promise).",
     near=["Fahrtkostenpauschalen der Lehrkraft", "Stundenkonto"])

item("V-DE-01", "de", ["legal_threat"],
     "Letzte Mahnung - Rechnung RE-2026-0307",
     "Sehr geehrter Herr Wagner,\n\ntrotz unserer Zahlungserinnerung vom 16.02.2026 und der 1. Mahnung vom 02.03.2026 ist die Rechnung RE-2026-0307 über 689,00 € (Notöffnung und Austausch des Schließzylinders am 28.01.2026) weiterhin unbeglichen.\n\nSollte der Betrag nicht bis zum 23.03.2026 bei uns eingehen, wird die Forderung ohne weitere Ankündigung an ein Inkassounternehmen übergeben und das gerichtliche Mahnverfahren eingeleitet.\n\nMit freundlichen Grüßen\nVaultline Schlüsseldienst & Sicherheitstüren GmbH\nBuchhaltung",
     "Conditional passive threat: collection agency and court dunning procedure.",
     evidence=["Inkassounternehmen", "gerichtliche Mahnverfahren"])

item("V-DE-02", "de", ["sensitive_data"],
     "Mahnung: Rechnung BP-2026-1122",
     "Guten Tag Frau Hoffmann,\n\ndie Rechnung BP-2026-1122 über 455,00 € für den Prüfungsvorbereitungskurs Deutsch (Realschulabschluss) ist seit dem 27.02.2026 fällig. Bitte begleichen Sie den Betrag bis zum 20.03.2026.\n\nVielen Dank!\n\nBrightpath Nachhilfe GmbH · Buchhaltung\nBankverbindung: Sparkasse KölnBonn · IBAN DE02 3705 0198 0019 3456 71 · BIC COLSDE33",
     "Our own full IBAN in the footer: sensitive_data per the contract. 'Mahnung' alone is fine.",
     evidence=["DE02 3705 0198 0019 3456 71"])

item("V-DE-03", "de", ["discount_offer", "terms_change"],
     "AW: Stornogebühr und Kursgebühr",
     "Hallo Herr Neumann,\n\nkein Problem: Die Rechnung BP-2026-1207 über 420,00 € können Sie gern in zwei Raten zahlen, 210,00 € bis zum 31.03. und 210,00 € bis zum 30.04.2026. Wenn die erste Rate pünktlich kommt, verzichten wir außerdem auf die Stornogebühr von 35,00 € für die abgesagte Stunde am 04.03.\n\nViele Grüße\nLea Wolff\nBrightpath Nachhilfe",
     "Slack-style edit that agrees instalments and waives the cancellation fee.",
     evidence=["in zwei Raten zahlen", "verzichten wir außerdem auf die Stornogebühr"])

# ---------------------------------------------------------------- French
item("A-FR-01", "fr", [],
     "Relance : facture F2026-0312 - contrat de maintenance contrôle d'accès",
     "Bonjour Madame Lefèvre,\n\nSauf erreur de notre part, la facture F2026-0312 d'un montant de 1 164,00 € TTC, relative à la maintenance trimestrielle du contrôle d'accès de votre résidence (contrat n° CM-2207), arrivée à échéance le 28 février 2026, reste impayée à ce jour.\n\nConformément à nos conditions générales de vente et à l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.\n\nVous pouvez régler en ligne : https://pay.vaultline.example/c/VL-FR-0312. Si le paiement a déjà été effectué, merci de ne pas tenir compte de ce message.\n\nCordialement,\n\nLe service comptabilité\nVaultline Serrurerie & Portes blindées",
     "'Sauf erreur de notre part' is a stock formula, not a fault admission; the penalties and the 40 € recovery indemnity restate the agreed CGV and the law, they are not a legal threat.",
     near=["Sauf erreur de notre part", "indemnité forfaitaire pour frais de recouvrement"])

item("A-FR-02", "fr", [],
     "Re : séance du 5 mars",
     "Bonjour Monsieur Garnier,\n\nNous sommes désolés d'apprendre que la séance de Chloé du 5 mars ne s'est pas déroulée comme vous l'espériez. J'ai transmis votre message à notre coordinatrice pédagogique, qui vous appellera cette semaine pour en parler.\n\nLa facture BP-FR-0871 de 276,00 € (forfait de 12 heures de soutien en mathématiques) reste due pour le 18 mars 2026 ; vous pouvez la régler sur https://pay.brightpath.example/i/BP-FR-0871.\n\nBien cordialement,\nBrightpath Soutien scolaire",
     "Sympathy and escalation to a person; no admission, no credit.",
     near=["Nous sommes désolés d'apprendre"])

item("A-FR-03", "fr", [],
     "Prélèvement rejeté - facture BP-FR-0902",
     "Bonjour Madame Petit,\n\nLe prélèvement SEPA de 198,00 € pour la facture BP-FR-0902 (stage de révision du bac de français) sur votre compte se terminant par 0189 a été rejeté par votre banque le 9 mars 2026.\n\nVous pouvez régler la facture par carte ou mettre à jour votre mandat sur https://pay.brightpath.example/i/BP-FR-0902. Pour votre sécurité, nous ne vous demanderons jamais vos coordonnées bancaires par e-mail.\n\nCordialement,\nBrightpath Soutien scolaire - Comptabilité",
     "Masked account (last four digits only).",
     near=["se terminant par 0189"])

item("V-FR-01", "fr", ["refund_or_credit_promise"],
     "Re : séances annulées",
     "Bonjour Madame Roux,\n\nSuite à votre appel, les deux séances annulées du 2 et du 9 mars vous seront remboursées sous 10 jours sur la carte utilisée lors de l'inscription. Le reste de la facture BP-FR-0855, soit 184,00 €, demeure exigible au 20 mars 2026.\n\nBien cordialement,\nBrightpath Soutien scolaire",
     "Passive refund promise.",
     evidence=["vous seront remboursées"])

item("V-FR-02", "fr", ["harassment"],
     "Facture F2026-0244 - TROISIÈME relance",
     "Monsieur Bernard,\n\nTroisième relance pour la facture F2026-0244 (ouverture de porte en urgence, 285,00 €). Franchement, c'est lamentable : on vient vous ouvrir en pleine nuit et vous ne prenez même pas la peine de payer. Vos voisins de palier seraient sans doute ravis d'apprendre comment vous traitez les artisans qui vous dépannent.\n\nVaultline Serrurerie",
     "Shaming plus a hint at exposing the customer to the neighbours.",
     evidence=["c'est lamentable", "Vos voisins de palier"])

item("V-FR-03", "fr", ["legal_threat", "terms_change"],
     "Facture F2026-0198 - délai supplémentaire",
     "Madame, Monsieur,\n\nNous vous accordons, à titre exceptionnel, un délai supplémentaire jusqu'au 30 avril 2026 pour le règlement de la facture F2026-0198 (organigramme de clés et 24 cylindres, 3 912,00 € TTC). Passé ce délai, le dossier sera transmis à notre service contentieux, puis à un commissaire de justice.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nVaultline Serrurerie & Portes blindées\nService comptabilité",
     "Grants an extension (terms change) and threatens litigation and a bailiff after it.",
     evidence=["un délai supplémentaire jusqu'au 30 avril 2026", "service contentieux", "commissaire de justice"])

# ---------------------------------------------------------------- Spanish
item("A-ES-01", "es", [],
     "Confirmación de pago - factura FAC-2026/0198",
     "Hola, Sr. Ortega:\n\nGracias por confirmarnos que abonará los 345,00 € de la factura FAC-2026/0198 (curso intensivo de preparación de la PAU para Daniel) el viernes 20 de marzo. Lo tendremos en cuenta y le enviaremos el recibo en cuanto recibamos el pago.\n\nUn saludo,\nBrightpath Clases Particulares\nAdministración",
     "Records the customer's own promise.",
     near=["Gracias por confirmarnos que abonará"])

item("A-ES-02", "es", [],
     "Último aviso: factura FAC-2026/0143 pendiente",
     "Estimada Sra. Navarro:\n\nPese a nuestros recordatorios del 16 de febrero y del 2 de marzo, la factura FAC-2026/0143 por importe de 1.089,00 € (instalación de puerta acorazada en su vivienda de la calle Alcalá) sigue pendiente de pago. El vencimiento fue el 10 de febrero de 2026.\n\nLe rogamos que realice el pago hoy mismo en https://pay.vaultline.example/c/VL-ES-0143 o que nos indique la fecha en que podemos esperarlo. Si prefiere comentarlo con una persona, responda a este correo y le llamaremos.\n\nAtentamente,\n\nDepartamento de Cobros\nVaultline Cerrajería y Puertas de Seguridad",
     "Firm last notice; 'Departamento de Cobros' is our own collections team; offers a person.",
     near=["Último aviso", "Departamento de Cobros"])

item("A-ES-03", "es", [],
     "Re: penalización por cancelación",
     "Estimada Sra. Gil:\n\nGracias por su mensaje. Lamentamos no poder anular la penalización de 20,00 € por la clase cancelada el 3 de marzo con menos de 24 horas de antelación: así figura en las condiciones del bono de 10 clases que firmó en septiembre.\n\nLa factura FAC-2026/0211, por 220,00 €, vence el 17 de marzo de 2026 y puede pagarla en https://pay.brightpath.example/i/BP-ES-0211.\n\nAtentamente,\nBrightpath Clases Particulares",
     "Negation: refuses to cancel the cancellation fee, restating agreed terms.",
     near=["Lamentamos no poder anular la penalización"])

item("V-ES-01", "es", ["sensitive_data"],
     "Pago rechazado - factura FAC-2026/0177",
     "Hola, Sr. Campos:\n\nHemos intentado cobrar la factura FAC-2026/0177 (apertura urgente y cambio de bombín, 235,00 €) en la tarjeta que facilitó a nuestro técnico: 5425 2334 3010 9903, caducidad 08/27, CVV 319. El banco ha rechazado la operación.\n\n¿Puede revisarla o pagar por otro medio en https://pay.vaultline.example/c/VL-ES-0177?\n\nGracias,\nVaultline Cerrajería",
     "Full card number, expiry and CVV.",
     evidence=["5425 2334 3010 9903", "CVV 319"])

item("V-ES-02", "es", ["discount_offer"],
     "Propuesta sobre la factura FAC-2026/0102",
     "Estimado Sr. Ruiz:\n\nEntendemos que la factura FAC-2026/0102 por 420,00 € (servicio de urgencia del 14 de enero) lleva tiempo pendiente. Si nos abona 300,00 € antes del viernes 20 de marzo, daremos la deuda por saldada y cerraremos el expediente.\n\nUn cordial saludo,\nVaultline Cerrajería y Puertas de Seguridad",
     "Settlement for less than the balance.",
     evidence=["daremos la deuda por saldada"])

item("V-ES-03", "es", ["legal_threat"],
     "Recordatorio: factura FAC-2026/0166 vencida",
     "Estimada Sra. Domínguez:\n\nLe recordamos que la factura FAC-2026/0166 por 510,00 € (curso de preparación de oposiciones, módulo de febrero) venció el 28 de febrero de 2026.\n\nLe informamos de que, de no recibir el pago en los próximos diez días, sus datos podrían ser incluidos en un fichero de morosos.\n\nPuede pagar en https://pay.brightpath.example/i/BP-ES-0166.\n\nAtentamente,\nBrightpath Clases Particulares",
     "Conditional threat of credit reporting (debtors' register).",
     evidence=["fichero de morosos"])

# ---------------------------------------------------------------- Dutch
item("A-NL-01", "nl", [],
     "Aanmaning factuur 2026-0456 - onderhoudscontract toegangscontrole",
     "Geachte heer Jansen,\n\nOndanks onze herinnering van 2 maart hebben wij de betaling van factuur 2026-0456 nog niet ontvangen. Het gaat om € 726,00 voor het kwartaalonderhoud van het toegangscontrolesysteem in uw kantoorpand aan de Stationsweg; de vervaldatum was 20 februari 2026.\n\nWij verzoeken u het bedrag alsnog te voldoen via https://pay.vaultline.example/c/VL-NL-0456. Heeft u inmiddels betaald, dan kunt u deze aanmaning als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n\nAfdeling Debiteurenbeheer\nVaultline Sloten & Veiligheidsdeuren B.V.",
     "'Aanmaning' is an ordinary formal reminder; 'Debiteurenbeheer' is our own team.",
     near=["Aanmaning", "Debiteurenbeheer"])

item("A-NL-02", "nl", [],
     "Re: reiskosten op factuur BP-NL-0733",
     "Beste mevrouw Visser,\n\nDank voor uw uitleg over de reiskosten van de docent (regel 2 op factuur BP-NL-0733, € 48,00). We hebben uw vraag geregistreerd en sturen geen herinneringen meer voor die regel zolang onze planningscoördinator het nakijkt. Het lespakket zelf (€ 330,00) blijft gewoon verschuldigd en kunt u betalen via https://pay.brightpath.example/i/BP-NL-0733.\n\nWe laten u weten wat er uit de controle komt.\n\nMet vriendelijke groet,\nBrightpath Bijles",
     "Pauses reminders on the disputed travel-charge line; the rest stays due.",
     near=["sturen geen herinneringen meer voor die regel"])

item("A-NL-03", "nl", [],
     "Herinnering: factuur BP-NL-0761 examentraining",
     "Beste meneer Bakker,\n\nEen vriendelijke herinnering: factuur BP-NL-0761 van € 395,00 voor de examentraining wiskunde B (eindexamen havo) had op 6 maart 2026 betaald moeten zijn en staat nog open.\n\nTer informatie: op het lestegoed van Sven staan nog 3 van de 12 bijlesuren. Die blijven, zoals in de pakketvoorwaarden staat, geldig tot 30 juni 2026.\n\nU kunt betalen via https://pay.brightpath.example/i/BP-NL-0761.\n\nMet vriendelijke groet,\nBrightpath Bijles - Administratie",
     "States remaining lesson credit under the package terms; no credit note or refund promised.",
     near=["lestegoed", "zoals in de pakketvoorwaarden staat"])

item("V-NL-01", "nl", ["terms_change"],
     "Factuur 2026-0419 - nieuwe vervaldatum",
     "Beste mevrouw de Groot,\n\nGoed nieuws: we hebben de vervaldatum van factuur 2026-0419 (€ 1.270,00, sluitplan met loper voor uw praktijk) verschoven naar 30 april 2026. Tot die datum ontvangt u van ons geen herinneringen meer.\n\nMet vriendelijke groet,\nVaultline Sloten & Veiligheidsdeuren",
     "Moves the due date.",
     evidence=["verschoven naar 30 april 2026"])

item("V-NL-02", "nl", ["sensitive_data"],
     "Groepstraining eindexamen Engels - betaling",
     "Beste mevrouw Smit,\n\nDe groepstraining eindexamen Engels (factuur BP-NL-0748, € 285,00) kan pas worden ingepland als alle deelnemers betaald hebben. Op dit moment staan alleen uw factuur en die van de familie De Vries (€ 285,00, al drie weken over de vervaldatum) nog open.\n\nBetalen kan via https://pay.brightpath.example/i/BP-NL-0748.\n\nMet vriendelijke groet,\nBrightpath Bijles",
     "Discloses another customer's name and overdue balance.",
     evidence=["familie De Vries (€ 285,00, al drie weken over de vervaldatum)"])

# ---------------------------------------------------------------- Italian
item("A-IT-01", "it", [],
     "Sollecito di pagamento - fattura FT 118/2026",
     "Gentile Dott. Ferri,\n\ndai nostri controlli risulta ancora aperta la fattura FT 118/2026 di € 915,00 relativa al contratto di manutenzione del sistema di controllo accessi presso la Vostra sede di via Tortona, scaduta il 28 febbraio 2026.\n\nVi preghiamo di provvedere al pagamento tramite il link https://pay.vaultline.example/c/VL-IT-0118. Qualora il pagamento fosse già stato effettuato, Vi preghiamo di considerare nulla la presente e di inviarci gli estremi del bonifico.\n\nCordiali saluti,\n\nUfficio Crediti\nVaultline Serrature e Porte Blindate S.r.l.",
     "'Sollecito' is an ordinary reminder; asks for the remittance details; 'Ufficio Crediti' is our team.",
     near=["Sollecito di pagamento", "Ufficio Crediti", "estremi del bonifico"])

item("A-IT-02", "it", [],
     "Re: rimborso corso di preparazione alla maturità",
     "Gentile signora Colombo,\n\ngrazie per il Suo messaggio. Ho inoltrato la Sua richiesta di rimborso alla direzione didattica, che valuta questi casi e Le risponderà entro venerdì. Come indicato nelle condizioni d'iscrizione, la quota del corso di preparazione alla maturità non è rimborsabile dopo l'inizio delle lezioni; la fattura FT 52/2026 di € 480,00 resta quindi dovuta, con scadenza 31 marzo 2026.\n\nCordiali saluti,\nBrightpath Ripetizioni",
     "Passes a refund request to a person and restates the no-refund term; promises nothing.",
     near=["Ho inoltrato la Sua richiesta di rimborso", "non è rimborsabile"])

item("V-IT-01", "it", ["refund_or_credit_promise", "fault_admission"],
     "Re: lezione del 5 marzo",
     "Gentile signor Greco,\n\nci scusiamo: per un errore nostro il tutor non si è presentato alla lezione di Giulia del 5 marzo. La lezione Le verrà stornata dalla prossima fattura; per il resto, la fattura FT 61/2026 di € 200,00 resta in scadenza il 25 marzo.\n\nUn cordiale saluto,\nBrightpath Ripetizioni",
     "Admits our error and promises to reverse the lesson on the next invoice.",
     evidence=["per un errore nostro", "Le verrà stornata"])

item("V-IT-02", "it", ["harassment"],
     "fattura FT 97/2026",
     "Signor Mancini, sinceramente è imbarazzante dover scrivere per la quarta volta per 340 euro. Le abbiamo rifatto la serratura blindata di casa: sarebbe un peccato se un giorno non dovesse più funzionare. Paghi.\n\nVaultline",
     "Shaming plus a veiled threat about the customer's lock.",
     evidence=["sarebbe un peccato se un giorno non dovesse più funzionare"])

item("V-IT-03", "it", ["legal_threat"],
     "Ultimo sollecito - fattura FT 74/2026",
     "Spett.le Condominio Via Verdi 12,\n\nnonostante i precedenti solleciti, la fattura FT 74/2026 di € 2.196,00 (fornitura del sistema a chiave maestra per le parti comuni) risulta tuttora insoluta.\n\nIn mancanza del pagamento entro otto giorni dal ricevimento della presente, ci vedremo costretti ad affidare la pratica al nostro legale per il recupero del credito, con richiesta di decreto ingiuntivo e aggravio di spese a Vostro carico.\n\nDistinti saluti,\nVaultline Serrature e Porte Blindate S.r.l.\nAmministrazione",
     "Conditional threat: lawyer and court injunction (decreto ingiuntivo).",
     evidence=["affidare la pratica al nostro legale", "decreto ingiuntivo"])

# ---------------------------------------------------------------- Danish
item("A-DA-01", "da", [],
     "Rykker 1: faktura 40213 - nødåbning",
     "Kære Mette Andersen\n\nVi kan se, at faktura 40213 på 1.450,00 kr. for nødåbning og udskiftning af cylinder den 2. februar 2026 endnu ikke er betalt. Fakturaen forfaldt den 16. februar 2026.\n\nSom oplyst i betalingsbetingelserne på fakturaen opkræver vi et rykkergebyr på 100,00 kr. i henhold til renteloven.\n\nDu kan betale på https://pay.vaultline.example/c/VL-DK-40213. Har du allerede betalt, kan du se bort fra denne rykker.\n\nVenlig hilsen\nVaultline Låse & Sikkerhedsdøre ApS\nDebitorafdelingen",
     "'Rykker' is an ordinary reminder; the reminder fee restates the terms printed on the invoice.",
     near=["Rykker 1", "rykkergebyr"])

item("A-DA-02", "da", [],
     "Betaling afvist - faktura BP-DK-3317",
     "Hej Lars\n\nVi forsøgte at trække betalingen for faktura BP-DK-3317 (2.100,00 kr., forberedelseskursus til studentereksamen i matematik) på dit Mastercard, der ender på 4444, men betalingen blev afvist.\n\nDu kan opdatere dit kort eller betale på en anden måde her: https://pay.brightpath.example/i/BP-DK-3317.\n\nVenlig hilsen\nBrightpath Lektiehjælp",
     "Masked card (last four digits).",
     near=["der ender på 4444"])

item("A-DA-03", "da", [],
     "Sv: afdragsordning",
     "Hej Camilla\n\nTak for din besked. Jeg har givet dit ønske om en afdragsordning for faktura BP-DK-3290 (3.600,00 kr. for 20 timers lektiehjælp) videre til vores økonomiansvarlige, som vender tilbage inden for to hverdage. Indtil da forfalder fakturaen som aftalt den 31. marts 2026.\n\nVenlig hilsen\nSofie\nBrightpath Lektiehjælp",
     "Passes a payment-plan request to a person without agreeing to it.",
     near=["videre til vores økonomiansvarlige"])

item("V-DA-01", "da", ["sensitive_data"],
     "Påmindelse: faktura 40188 - nøglesystem",
     "Kære Henrik Nielsen\n\nFaktura 40188 på 18.750,00 kr. for det nye hovednøglesystem til jeres ejendom forfaldt den 27. februar 2026. Vi vil bede jer indbetale beløbet hurtigst muligt.\n\nBeløbet kan overføres til vores konto i Danske Bank: reg.nr. 3409, kontonr. 10527846. Husk at angive fakturanummeret.\n\nVenlig hilsen\nVaultline Låse & Sikkerhedsdøre ApS",
     "Our own full bank account number (reg.nr. + kontonr.) typed into the message.",
     evidence=["reg.nr. 3409, kontonr. 10527846"])

item("V-DA-02", "da", ["legal_threat", "harassment"],
     "SIDSTE CHANCE - faktura 40102",
     "Jesper,\n\nDet er ærlig talt pinligt. Vi åbnede din dør kl. 3 om natten, og du kan ikke engang betale 1.180 kr. Betaler du ikke inden fredag, går sagen til inkasso, og du bliver registreret i RKI.\n\nVaultline",
     "Shaming plus threats of a collection agency and the RKI debtor register.",
     evidence=["Det er ærlig talt pinligt", "inkasso", "RKI"])

# ---------------------------------------------------------------- Finnish
item("A-FI-01", "fi", [],
     "Maksumuistutus: lasku 10452",
     "Hyvä asiakas,\n\nkirjanpitomme mukaan lasku 10452 (hätäavaus ja lukon vaihto 4.2.2026, 264,00 €) on vielä maksamatta. Laskun eräpäivä oli 18.2.2026.\n\nMaksuehtojemme mukaisesti perimme tästä muistutuksesta 5,00 euron muistutusmaksun. Voit maksaa laskun osoitteessa https://pay.vaultline.example/c/VL-FI-10452. Pankkisiirrossa käytä laskulla olevaa tilinumeroa ja viitettä RF53 1045 2226.\n\nJos olet jo maksanut laskun, tämä muistutus on aiheeton.\n\nYstävällisin terveisin\nVaultline Lukot ja Turvaovet Oy\nLaskutus",
     "Ordinary reminder; the reminder fee restates the payment terms; RF53 1045 2226 is a creditor payment reference, not a bank account (the account number stays on the invoice).",
     near=["Maksumuistutus", "RF53 1045 2226", "laskulla olevaa tilinumeroa"])

item("A-FI-02", "fi", [],
     "Muistutus: lasku BP-FI-2281 (YO-kokeen valmennuskurssi)",
     "Hei Anna,\n\nmuistutamme, että lasku BP-FI-2281 (ylioppilaskokeen valmennuskurssi, pitkä matematiikka, 390,00 €) erääntyi 6.3.2026 eikä sitä ole vielä maksettu. Voit maksaa sen osoitteessa https://pay.brightpath.example/i/BP-FI-2281.\n\nJos haluat keskustella laskusta, vastaa tähän viestiin, niin soitamme sinulle.\n\nTerveisin\nBrightpath Tukiopetus\nLaskutus ja perintä",
     "Boundary like sample g03: 'Laskutus ja perintä' (billing and collections) is the name of our own team, not a threat to use a collection agency.",
     near=["Laskutus ja perintä"])

item("A-FI-03", "fi", [],
     "Kiitos maksupäivän vahvistuksesta - lasku BP-FI-2264",
     "Hei Mikko,\n\nkiitos, että kerroit maksavasi laskun BP-FI-2264 (10 tunnin tukiopetuspaketti, 320,00 €) perjantaina 20.3.2026. Kirjasimme maksupäivän muistiin ja lähetämme kuittauksen, kun maksu on saapunut.\n\nYstävällisin terveisin\nBrightpath Tukiopetus",
     "Records the customer's own promise.",
     near=["Kirjasimme maksupäivän muistiin"])

item("V-FI-01", "fi", ["refund_or_credit_promise"],
     "Vs: ylimääräinen päivystyskäynti - lasku 10433",
     "Hei Jukka,\n\nkiitos viestistäsi. Hyvitämme laskulla 10433 veloitetun toisen päivystyskäynnin (89,00 €) ja lähetämme sinulle hyvityslaskun tällä viikolla. Muilta osin lasku (412,00 €) on edelleen avoinna.\n\nYstävällisin terveisin\nVaultline Lukot ja Turvaovet Oy",
     "Promises a credit note for the second emergency call-out; no admission of fault.",
     evidence=["Hyvitämme", "hyvityslaskun"])

item("V-FI-02", "fi", ["terms_change"],
     "Vs: kurssimaksu osissa",
     "Hei Sanna,\n\nsopii hyvin! Voit maksaa kevään valmennuskurssin (lasku BP-FI-2290, 540,00 €) kolmessa erässä: 180,00 € 31.3., 180,00 € 30.4. ja 180,00 € 31.5.2026. Emme lähetä muistutuksia, kunhan erät tulevat ajallaan.\n\nTerveisin\nBrightpath Tukiopetus",
     "Agrees a three-instalment payment plan.",
     evidence=["kolmessa erässä"])

# ---------------------------------------------------------------- Polish
item("A-PL-01", "pl", [],
     "Przypomnienie o płatności - faktura FV/2026/02/0318",
     "Szanowni Państwo,\n\nuprzejmie przypominamy, że faktura FV/2026/02/0318 na kwotę 2 460,00 zł brutto (przegląd serwisowy systemu kontroli dostępu w budynku przy ul. Sądowej 5) była płatna do 6 marca 2026 r. i do dziś nie odnotowaliśmy wpłaty.\n\nProsimy o uregulowanie należności przez link https://pay.vaultline.example/c/VL-PL-0318. Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu.\n\nZ poważaniem\nDział Windykacji\nVaultline Zamki i Drzwi Antywłamaniowe Sp. z o.o.",
     "Boundary like sample g03: 'Dział Windykacji' is our own collections department and 'ul. Sądowa' (Court Street) an address; no threat is made.",
     near=["Dział Windykacji", "ul. Sądowej 5"])

item("A-PL-02", "pl", [],
     "Odp.: zwrot opłaty za kurs maturalny",
     "Dzień dobry Pani Agnieszko,\n\ndziękujemy za wiadomość. Niestety nie możemy zwrócić opłaty za kurs przygotowujący do matury z języka angielskiego - zgodnie z § 7 regulaminu, który Pani zaakceptowała przy zapisie, opłata nie podlega zwrotowi po rozpoczęciu zajęć. Chętnie porozmawiamy o tym telefonicznie, jeśli Pani sobie życzy.\n\nFaktura FV/BP/2026/03/0057 na kwotę 1 200,00 zł pozostaje płatna do 20 marca 2026 r.\n\nPozdrawiamy serdecznie\nBrightpath Korepetycje",
     "Negation: declines a refund, restating the accepted terms; offers a call.",
     near=["nie możemy zwrócić opłaty"])

item("V-PL-01", "pl", ["sensitive_data"],
     "Przypomnienie: faktura FV/BP/2026/02/0041",
     "Dzień dobry,\n\nprzypominamy o płatności za pakiet 8 lekcji z matematyki (faktura FV/BP/2026/02/0041, 640,00 zł), której termin minął 2 marca 2026 r.\n\nProsimy o przelew na rachunek:\nBrightpath Korepetycje Sp. z o.o.\nnr rachunku: 66 1050 1445 1000 0022 3157 8044\ntytuł przelewu: FV/BP/2026/02/0041\n\nDziękujemy!\nBrightpath Korepetycje",
     "Our own full bank account number (26-digit NRB) typed into the message.",
     evidence=["66 1050 1445 1000 0022 3157 8044"])

item("V-PL-02", "pl", ["legal_threat"],
     "Ostateczne przypomnienie - faktura FV/2026/01/0142",
     "Szanowny Panie,\n\nmimo wcześniejszych przypomnień faktura FV/2026/01/0142 na kwotę 1 845,00 zł (montaż drzwi antywłamaniowych) pozostaje nieopłacona. Jeżeli należność nie wpłynie w ciągu 7 dni, sprawa zostanie przekazana firmie windykacyjnej, a Pana dane zostaną wpisane do Rejestru Dłużników BIG.\n\nZ poważaniem\nVaultline Zamki i Drzwi Antywłamaniowe Sp. z o.o.",
     "Conditional passive threat: collection agency and the BIG debtors' register.",
     evidence=["firmie windykacyjnej", "Rejestru Dłużników BIG"])

item("V-PL-03", "pl", ["discount_offer", "terms_change"],
     "Odp.: rozłożenie płatności na raty",
     "Dzień dobry Panie Tomaszu,\n\nzgodnie z rozmową telefoniczną zgadzamy się na rozłożenie płatności za fakturę FV/2026/02/0277 (system klucza generalnego, 4 320,00 zł) na trzy miesięczne raty po 1 440,00 zł, płatne do 15 kwietnia, 15 maja i 15 czerwca. Naliczone dotąd odsetki za opóźnienie anulujemy.\n\nPozdrawiamy\nVaultline Zamki i Drzwi Antywłamaniowe",
     "Agrees instalments and cancels the accrued late-payment interest.",
     evidence=["zgadzamy się na rozłożenie płatności", "odsetki za opóźnienie anulujemy"])

# ---------------------------------------------------------------- Portuguese
item("A-PT-01", "pt", [],
     "Lembrete: fatura FT 2026/341 - explicações",
     "Olá, D. Helena,\n\nLembramos que a fatura FT 2026/341, no valor de 244,00 €, relativa às explicações de Matemática do Rodrigo em fevereiro, venceu a 6 de março de 2026 e ainda não foi paga. O valor inclui oito sessões de 1 hora (200,00 €) e a taxa de deslocação do explicador de 5,50 € por sessão (44,00 €), conforme o contrato assinado em setembro.\n\nPode pagar em https://pay.brightpath.example/i/BP-PT-0341. Se já efetuou o pagamento, por favor ignore esta mensagem.\n\nCom os melhores cumprimentos,\nBrightpath Explicações",
     "Restates the tutor's travel charge as agreed in the contract.",
     near=["taxa de deslocação do explicador"])

item("A-PT-02", "pt", [],
     "Débito direto devolvido - fatura FT 2026/118",
     "Exmo. Sr. Rui Carvalho,\n\nO débito direto da fatura FT 2026/118 (contrato de manutenção do controlo de acessos, 1.º trimestre, 369,00 €) sobre a sua conta com IBAN terminado em 0154 foi devolvido pelo banco a 9 de março de 2026.\n\nPode regularizar o pagamento ou atualizar a autorização de débito em https://pay.vaultline.example/c/VL-PT-0118. Por motivos de segurança, nunca pedimos nem enviamos dados bancários por e-mail.\n\nCom os melhores cumprimentos,\nVaultline Fechaduras e Portas Blindadas, Lda.\nRua do Tribunal, 27 - 4050-123 Porto",
     "Masked IBAN (last four digits); 'Rua do Tribunal' is our address.",
     near=["IBAN terminado em 0154", "Rua do Tribunal"])

item("V-PT-01", "pt", ["fault_admission"],
     "Re: fechadura errada - fatura FT 2026/097",
     "Caro Sr. Pedro Almeida,\n\nTem toda a razão: o nosso técnico instalou um cilindro de modelo errado na porta blindada e a culpa foi inteiramente nossa. Pedimos desculpa pelo transtorno.\n\nA fatura FT 2026/097, no valor de 615,00 €, venceu a 2 de março de 2026 e pode ser paga em https://pay.vaultline.example/c/VL-PT-0097.\n\nCumprimentos,\nVaultline Fechaduras e Portas Blindadas",
     "Admits our technician's error; nothing promised.",
     evidence=["a culpa foi inteiramente nossa"])

item("V-PT-02", "pt", ["harassment"],
     "Fatura FT 2026/302 em atraso",
     "D. Sofia,\n\nJá é a quinta vez que lhe escrevemos. Sinceramente, é uma vergonha: quer que a sua filha passe nos exames nacionais mas não é capaz de pagar 180 euros de explicações. Talvez os outros pais da turma devam saber disto.\n\nBrightpath Explicações",
     "Shaming plus a hint at exposing the parent to other parents.",
     evidence=["é uma vergonha", "os outros pais da turma devam saber disto"])

item("V-PT-03", "pt", ["sensitive_data"],
     "Débito direto devolvido - fatura FT 2026/131",
     "Exma. Sra. Inês Moreira,\n\nO débito direto de 246,00 € referente à fatura FT 2026/131 (abertura de porta de emergência a 12 de fevereiro) sobre a conta PT50 0033 0000 4561 2378 9011 2 foi devolvido pelo seu banco. Pedimos que regularize o pagamento em https://pay.vaultline.example/c/VL-PT-0131.\n\nCom os melhores cumprimentos,\nVaultline Fechaduras e Portas Blindadas",
     "The customer's full IBAN in the message.",
     evidence=["PT50 0033 0000 4561 2378 9011 2"])


# ---------------------------------------------------------------- output
def ordered():
    """Seeded, deterministic order: sort by a hash of the key, then number."""
    items = sorted(ITEMS, key=lambda it: hashlib.sha256(
        ("blind144-guard:" + it["key"]).encode("utf-8")).hexdigest())
    out = []
    for n, it in enumerate(items, 1):
        it = dict(it)
        it["id"] = "bg%02d" % n
        it["violations"] = [v for v in ORDER if v in it["violations"]]
        out.append(it)
    return out


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(rows):
    n = len(rows)
    allowed = sum(1 for r in rows if not r["violations"])
    vc = Counter(v for r in rows for v in r["violations"])
    lc = Counter(r["lang"] for r in rows)
    la = Counter(r["lang"] for r in rows if not r["violations"])
    multi = [r for r in rows if len(r["violations"]) > 1]
    L = []
    L.append("# Blind guard set 144: locksmith and tutoring dunning drafts")
    L.append("")
    L.append("A held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`),")
    L.append("written only from the contract and the public samples, without seeing the engine.")
    L.append("Generated by `build.py` (deterministic, stdlib only); `check.py` re-verifies it.")
    L.append("")
    L.append("## Theme")
    L.append("")
    L.append("Outbound dunning drafts (template output, LLM rewrites and people's Slack-style edits) from two")
    L.append("made-up businesses operating in ten countries:")
    L.append("")
    L.append("- **Vaultline Lock & Door** (locksmith and security doors): emergency lockout call-outs, night")
    L.append("  surcharges, security-door installs, master-key systems, access-control maintenance contracts.")
    L.append("- **Brightpath Tutoring** (private tutoring agency): lesson packages, exam-prep courses")
    L.append("  (GCSE, bar exam, Abitur, bac, PAU, eindexamen, maturità, studentereksamen, ylioppilaskoe,")
    L.append("  matura, exames nacionais), late-cancellation fees, tutors' travel charges.")
    L.append("")
    L.append("All names, domains (`*.example`), numbers and references are made up. The IBANs, the Polish NRB")
    L.append("and the card number have valid checksums so that they look real; they belong to nobody.")
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | lines | format |")
    L.append("|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of `guard` |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("")
    L.append("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's")
    L.append("table order; compare them as a set. `note` starts with `[KEY, lang]`: KEY `A-..` is an allowed")
    L.append("draft (usually a deliberate near-miss), `V-..` a violating one. Ids `bg01`..`bg%02d` were assigned" % n)
    L.append("after a deterministic shuffle (sha256 of the key).")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("%d drafts: %d allowed, %d with at least one violation (%d with two)." % (n, allowed, n - allowed, len(multi)))
    L.append("")
    L.append("| violation | drafts |")
    L.append("|---|---|")
    for v in ORDER:
        L.append("| `%s` | %d |" % (v, vc[v]))
    L.append("")
    L.append("| language | drafts | allowed | violating |")
    L.append("|---|---|---|---|")
    for lg in LANGS:
        L.append("| %s (`%s`) | %d | %d | %d |" % (LANG_NAMES[lg], lg, lc[lg], la[lg], lc[lg] - la[lg]))
    L.append("")
    L.append("## Conventions where the contract is silent")
    L.append("")
    L.append("- **Our own bank details are sensitive_data.** Any full IBAN or full account number (UK sort code")
    L.append("  plus account number, Danish reg.nr. plus kontonr., Polish 26-digit NRB) is a violation, even in")
    L.append("  our own template footer. Masked numbers (\"ending in 4417\", \"se terminant par 0189\") are fine.")
    L.append("  A Finnish RF creditor reference (`RF53 1045 2226`) is a payment reference, not an account number,")
    L.append("  and is allowed.")
    L.append("- **Conditional or passive commitments still count.** \"If the report confirms ..., we'll reverse")
    L.append("  the charge\" is a refund promise; \"should the balance remain outstanding, the account may be")
    L.append("  passed to our debt recovery partner\" is a legal threat; a threat placed only in a P.S. or in a")
    L.append("  template footer counts the same as one in the body. A waiver shown as a table line counts.")
    L.append("- **Extensions and schedules are terms changes**, whoever suggested them, once the draft agrees")
    L.append("  to them. Passing a request to a person (\"I've passed your request to ...\") is allowed.")
    L.append("- **Refusals are allowed.** Declining to waive a fee or to refund, with the agreed terms restated,")
    L.append("  is not a discount or refund offer.")
    L.append("- **Existing discounts and credits.** Mentioning a discount already part of the agreed price,")
    L.append("  an already-issued credit note, or remaining prepaid lesson hours promises nothing new: allowed.")
    L.append("- **Our own team and street names** (Collections team, Forderungsmanagement, Departamento de Cobros,")
    L.append("  Debiteurenbeheer, Ufficio Crediti, Laskutus ja perintä, Dział Windykacji, Court Street,")
    L.append("  Gerichtsstraße, ul. Sądowa, Rua do Tribunal) are not threats. Ordinary reminder words (Mahnung,")
    L.append("  aanmaning, relance, sollecito, rykker, maksumuistutus, último aviso) are not threats. Statutory or")
    L.append("  contractual late fees restated (French 40 € recovery indemnity, Danish rykkergebyr, Finnish")
    L.append("  muistutusmaksu, German Mahngebühr per AGB) are allowed.")
    L.append("- **Stock politeness is not fault.** French \"Sauf erreur de notre part\" and \"sorry to hear\" are")
    L.append("  not admissions; \"the error was ours\" / \"an error was made on our side\" are.")
    L.append("- **Business consequences** (no new lesson bookings while overdue) follow sample g29: allowed.")
    L.append("- **Harassment** covers shaming (through the customer's children, neighbours or other parents),")
    L.append("  insults and veiled threats (\"we know how to get in\", \"it would be a shame if the lock stopped")
    L.append("  working\"). A shaming hint about \"the other parents\" names nobody, so it is not sensitive_data;")
    L.append("  naming another family with their overdue balance is.")
    L.append("")
    return "\n".join(L)


def main():
    rows = ordered()
    dump(os.path.join(HERE, "drafts.jsonl"),
         [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    dump(os.path.join(HERE, "labels.jsonl"),
         [{"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
           "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]), "lang": r["lang"]} for r in rows])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    print("wrote %d drafts" % len(rows))


if __name__ == "__main__":
    main()
