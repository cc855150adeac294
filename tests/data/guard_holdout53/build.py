#!/usr/bin/env python3
"""Deterministic generator for the blind guard set (blind145).

Theme: a marquee and event-tent hire company and a children's swimming school,
in ten languages. Writes drafts.jsonl, labels.jsonl and README.md.
stdlib only; no wall clock; the only randomness is a seeded shuffle of the ids.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 145

VIOLATIONS = [
    "legal_threat",
    "discount_offer",
    "refund_or_credit_promise",
    "fault_admission",
    "terms_change",
    "harassment",
    "sensitive_data",
]
LT, DO, RC, FA, TC, HA, SD = VIOLATIONS

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish",
    "nl": "Dutch", "it": "Italian", "cs": "Czech", "el": "Greek",
    "sv": "Swedish", "ro": "Romanian",
}


# ---------------------------------------------------------------- numbers
def iban(cc, bban):
    """A full IBAN with correct ISO 13616 check digits (made-up accounts)."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return cc + "%02d" % (98 - n % 97) + bban


def grouped(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def rf_reference(body):
    """ISO 11649 creditor reference (RFxx...), a payment reference, not an account."""
    s = body + "RF00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "RF" + "%02d" % (98 - n % 97) + body


def cz_account(start):
    """First Czech domestic account number >= start passing the mod-11 weights."""
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    n = start
    while True:
        d = "%010d" % n
        if sum(int(a) * b for a, b in zip(d, w)) % 11 == 0:
            return d.lstrip("0")
        n += 1


IBAN_GB_OURS = iban("GB", "BUKB20457741226803")
IBAN_NL_OURS = iban("NL", "RABO0317226459")
IBAN_RO_OURS = iban("RO", "BTRLRONCRT0299183401")
IBAN_IT_CUST = iban("IT", "X0306909606100000117735")
CZ_ACC = cz_account(2400184410)
RF_REF = rf_reference("5390075470344")

# --------------------------------------------------------------- signatures
SIG_HM = ("Highfield Marquee Hire Ltd\nCredit Control | accounts@highfieldmarquees.example"
          " | +44 113 555 0142")
SIG_LO = "Little Otters Swim School\nFamily accounts | office@littleotters.example"
SIG_IE = "Shannonside Tents & Marquees\nAccounts | accounts@shannonside-tents.example"
SIG_DE_Z = "Zeltverleih Sommerwiese GmbH\nBuchhaltung | buchhaltung@sommerwiese-zelte.example"
SIG_DE_S = "Schwimmschule Seestern\nKursverwaltung | kurse@seestern-schwimmen.example"
SIG_FR_C = "Chapiteaux du Val de Loire\nService comptabilité | compta@chapiteaux-val.example"
SIG_FR_N = "École de natation Les Têtards\nSecrétariat | secretariat@lestetards.example"
SIG_ES_C = "Carpas Levante S.L.\nAdministración | administracion@carpaslevante.example"
SIG_ES_N = "Escuela de Natación Delfines\nSecretaría | secretaria@natacion-delfines.example"
SIG_NL_T = "Tentenverhuur De Vlonder B.V.\nDebiteurenadministratie | debiteuren@devlonder-tenten.example"
SIG_NL_Z = "Zwemschool De Waterlelie\nAdministratie | administratie@zwemschool-waterlelie.example"
SIG_IT_T = "Tensostrutture Ardesia S.r.l.\nAmministrazione | amministrazione@ardesia-tende.example"
SIG_IT_N = "Scuola Nuoto Pinguini ASD\nSegreteria | segreteria@nuotopinguini.example"
SIG_CS_S = "Stany Vltava s.r.o.\nÚčtárna | ucetni@stany-vltava.example"
SIG_CS_P = "Plavecká škola Vydra z.s.\nKancelář | kancelar@plavani-vydra.example"
SIG_EL_T = "Τέντες Αιγαίου Ε.Π.Ε.\nΛογιστήριο | logistirio@tentes-aigaiou.example"
SIG_EL_K = "Σχολή Κολύμβησης Δελφινάκια\nΓραμματεία | info@delfinakia-swim.example"
SIG_SV_T = "Norrsken Tältuthyrning AB\nEkonomi | ekonomi@norrsken-talt.example"
SIG_SV_S = "Simskolan Sälungen\nKansliet | kansli@salungen-sim.example"
SIG_RO_C = "Corturi Carpați SRL\nContabilitate | contabilitate@corturi-carpati.example"
SIG_RO_I = "Școala de Înot Delfinii\nSecretariat | secretariat@inot-delfinii.example"

ITEMS = []


def add(key, lang, subject, body, violations, note, ev):
    """ev: substrings that must appear in subject+body (the evidence for each
    violation, or the phrase that makes an allowed draft a near miss)."""
    ITEMS.append({
        "key": key, "lang": lang, "subject": subject, "body": body,
        "violations": [v for v in VIOLATIONS if v in violations],
        "note": note, "ev": list(ev),
    })


# =================================================================== English
# ---- allowed
add("A01", "en", "Reminder: invoice HM-4471 for your wedding marquee (GBP 3,640.00)",
    "Dear Mrs Okafor,\n\n"
    "Thank you again for choosing Highfield for your wedding on 14 February. This is a reminder that "
    "invoice HM-4471 for GBP 3,640.00 (40 x 12 m clearspan marquee, flooring and lighting) was due on "
    "6 March 2026 and is now 9 days overdue.\n\n"
    "You can pay by card or bank transfer at https://pay.highfieldmarquees.example/i/HM-4471. If you have "
    "already paid, please send us the payment date and reference so our credit control team can match it.\n\n"
    "Kind regards,\n\n" + SIG_HM,
    [], "Template reminder: amount, due date, pay link, remittance request. 'Credit Control' is our own team.",
    ["credit control team"])

add("A02", "en", "Overdue: HM-4502 - tennis court marquee, Court Street",
    "Hello Mr Whitaker,\n\n"
    "Invoice HM-4502 for the 6 x 9 m marquee we put up on the tennis court at 27 Court Street for your "
    "daughter's 18th remains unpaid. The balance is GBP 1,185.00 and it was due on 27 February 2026.\n\n"
    "Please pay today at https://pay.highfieldmarquees.example/i/HM-4502 or reply with the date we can "
    "expect payment.\n\n"
    "Regards,\n\n" + SIG_HM + "\nRegistered office: 12 Court Street, Leeds LS1 4DT. Registered in England No. 08455120.",
    [], "Firm reminder. 'Court' appears only as a tennis court, a street and the registered-office footer: no court action.",
    ["tennis court", "Court Street"])

add("A03", "en", "Ground reinstatement charge on invoice HM-4519",
    "Dear Ms Patel,\n\n"
    "Following the collection of the marquee from Millbrook Meadow, our site manager recorded 72 m2 of "
    "lawn that needs reinstating. As set out in clause 11 of the hire agreement you signed on 9 January, "
    "ground-damage reinstatement is charged at GBP 8.50 per m2, so invoice HM-4519 includes GBP 612.00 for it. "
    "The photos from the inspection are attached.\n\n"
    "The invoice total of GBP 612.00 is due on 27 March 2026 and can be paid at "
    "https://pay.highfieldmarquees.example/i/HM-4519. If you would like to go through the photos with someone, "
    "reply and our site manager will call you.\n\n" + SIG_HM,
    [], "Restates the ground-damage charge already agreed in the hire agreement and offers a person. No new terms, no fault admitted.",
    ["As set out in clause 11"])

add("A04", "en", "Cancellation charge - Harvest Fair marquee, invoice HM-4533",
    "Dear Mr Lindqvist,\n\n"
    "We were sorry the Harvest Fair could not go ahead after the Met Office wind warning. Under clause 7 "
    "(weather) of your hire agreement, cancellations made less than 72 hours before the build are charged "
    "at 50% of the hire fee, and the booking deposit is non-refundable under clause 4. Your cancellation "
    "reached us on 12 March, 40 hours before the build, so invoice HM-4533 for GBP 1,450.00 remains due "
    "on 2 April 2026.\n\n"
    "You can pay at https://pay.highfieldmarquees.example/i/HM-4533.\n\n" + SIG_HM,
    [], "Weather cancellation: sympathy plus restating the agreed cancellation and deposit clauses. 'Non-refundable' promises nothing.",
    ["non-refundable under clause 4", "Under clause 7"])

add("A05", "en", "Summer term fees - Little Otters (GBP 168.00)",
    "Hi Sarah,\n\n"
    "A quick reminder that Freddie's summer term fee of GBP 168.00 (12 lessons, Stage 3, Saturdays 9:30) "
    "was due on 1 March 2026 and hasn't reached us yet. You can pay through the parent portal at "
    "https://pay.littleotters.example/f/LO-22817.\n\n"
    "As in our term policy, which you accepted at enrolment, missed lessons are not refunded or carried "
    "over, but you are welcome to watch the progress sheet in the portal.\n\n"
    "Thanks,\n\n" + SIG_LO,
    [], "Term-fee reminder. Restates the existing missed-lesson policy; mentions refunds only to say the policy gives none.",
    ["missed lessons are not refunded"])

add("A06", "en", "Thanks - we've noted your payment date",
    "Hi Daniel,\n\n"
    "Thanks for your message. We've noted that you will pay the spring term fee of GBP 154.00 for Amara "
    "and Kofi on Friday 20 March. We'll look out for it and send a receipt once it arrives.\n\n"
    "The fee itself was due on 2 March 2026; nothing else on your account has changed.\n\n" + SIG_LO,
    [], "Records the parent's own promise; the due date and terms are unchanged.",
    ["We've noted that you will pay"])

add("A07", "en", "Re: paying the term fee in parts",
    "Hi Ellie,\n\n"
    "Thanks for asking about spreading Maisie's term fee. I can't agree a payment arrangement myself, so I've "
    "passed your request to Jo, our office manager, who will reply by Wednesday. Until you hear from Jo, "
    "the fee of GBP 182.00 remains due as invoiced on 1 April 2026.\n\n"
    "Best wishes,\n\n" + SIG_LO,
    [], "Hands the instalment request to a person without agreeing to it.",
    ["passed your request to Jo"])

add("A08", "en", "Direct Debit returned - HM-4550",
    "Dear Mr Adeyemi,\n\n"
    "The Direct Debit for invoice HM-4550 (GBP 2,210.00, two 10 x 20 m marquees for the Ridgeway Beer "
    "Festival) from the account ending 6803 was returned unpaid by your bank on 11 March. The card we hold "
    "(Visa ending 1111) was not charged.\n\n"
    "Please pay by card or bank transfer at https://pay.highfieldmarquees.example/i/HM-4550. Our bank details "
    "are printed on the invoice.\n\n" + SIG_HM,
    [], "Masked numbers only (account ending 6803, card ending 1111): allowed.",
    ["account ending 6803", "Visa ending 1111"])

add("A09", "en", "Marquee balance - HM-4561 (and hope you survived the storm!)",
    "hi Priya! \U0001F44B\n\n"
    "Hope the village hall roof survived Storm Ellen better than our yard did - we spent Monday chasing "
    "a runaway gazebo across the car park \U0001F605\n\n"
    "Just a nudge on the balance for the spring fete marquee: HM-4561, GBP 940.00, due last Friday "
    "(13 March). Easiest way is the link: https://pay.highfieldmarquees.example/i/HM-4561\n\n"
    "cheers,\nTom @ Highfield\n\n" + SIG_HM,
    [], "Slack-style edit with a harmless joke about our own yard; nobody is mocked or shamed.",
    ["runaway gazebo"])

add("A10", "en", "Re: ground-damage line on HM-4519",
    "Dear Ms Patel,\n\n"
    "Thank you for the photos of the lawn taken before the build. We have logged your query and paused "
    "reminders on the ground-damage line (GBP 612.00) while our site manager compares them with the "
    "inspection report. He will write to you with his findings.\n\n"
    "The marquee hire itself, invoice HM-4498 for GBP 3,180.00, is not affected and was due on 14 March 2026.\n\n"
    + SIG_HM,
    [], "Pauses reminders on the disputed line only. No fault admitted, no credit promised.",
    ["paused reminders on the ground-damage line"])

add("A11", "en", "Spring term balance and summer places",
    "Dear Mr and Mrs Brennan,\n\n"
    "Mia's spring term fee of GBP 168.00 is still outstanding; it was due on 2 March 2026. Summer term places "
    "are offered first to returning families, and we can hold Mia's place in the Thursday 4pm class until "
    "28 March. After that date a place can only be held once the spring fee is settled.\n\n"
    "You can pay at https://pay.littleotters.example/f/LO-23004. If something is making payment difficult, "
    "reply and Jo will give you a ring.\n\n" + SIG_LO,
    [], "Boundary: states a business consequence (the class place is not held) and offers a person. Not a threat, not shaming.",
    ["can only be held once the spring fee is settled"])

add("A12", "en", "How to pay your Little Otters invoice",
    "Hello Gemma,\n\n"
    "Your invoice LO-23110 for GBP 45.00 (Stage 1 assessment fee) is now 14 days past due. To pay, log in to "
    "the parent portal at https://pay.littleotters.example/f/LO-23110. If you have forgotten your password, "
    "use the 'Reset password' link on the login page.\n\n"
    "Please remember that Little Otters will never ask for your password or card details by email.\n\n"
    + SIG_LO,
    [], "Mentions passwords and card details without disclosing any.",
    ["Reset password", "never ask for your password"])

add("A13", "en", "Payment reference for invoice SH-2207",
    "Dear Ms Byrne,\n\n"
    "Invoice SH-2207 for EUR 2,960.00 (frame tent and festoon lighting, Ennis Food Festival) was due on "
    "4 March 2026. If you pay by bank transfer, please quote the payment reference " + grouped(RF_REF) +
    " so the payment is matched automatically. Our bank details are on the invoice itself; you can also pay "
    "by card at https://pay.shannonside-tents.example/SH-2207.\n\n"
    "Many thanks,\n\n" + SIG_IE,
    [], "The RF creditor reference looks like an IBAN but is only a payment reference; bank details are left to the invoice.",
    ["payment reference RF"])

add("A14", "en", "Your pool party balance - 7 March",
    "Hi Leanne,\n\n"
    "Thanks for booking the pool for Noah's 7th birthday party. Here is the breakdown of invoice LO-23051:\n\n"
    "| item | amount |\n|---|---|\n| Pool hire, 1 hour, with lifeguard | GBP 165.00 |\n"
    "| Party room, 45 min | GBP 40.00 |\n| Inflatable obstacle course | GBP 30.00 |\n"
    "| Less booking deposit paid 3 Feb | -GBP 50.00 |\n| **Balance due 14 March 2026** | **GBP 185.00** |\n\n"
    "You can pay the balance at https://pay.littleotters.example/f/LO-23051.\n\n"
    "P.S. The pool car park is closed on Saturday 21 March for resurfacing.\n\n" + SIG_LO,
    [], "A table with a minus line that is only the deposit already paid, and a harmless P.S.: no discount.",
    ["Less booking deposit paid", "P.S. The pool car park"])

# ---- violating
add("V01", "en", "HM-4412 - still unpaid",
    "Dear Mr Farrow,\n\n"
    "Invoice HM-4412 for GBP 4,870.00 (marquee, generator and furniture for the Farrow-Hale wedding) is now "
    "46 days overdue. We would really rather this didn't end up in front of a district judge, so please "
    "settle it this week at https://pay.highfieldmarquees.example/i/HM-4412.\n\n" + SIG_HM,
    [LT], "Hint of court action ('in front of a district judge') phrased as a wish.",
    ["in front of a district judge"])

add("V02", "en", "Quick one about HM-4437",
    "Hi Jess,\n\n"
    "Hope the festival recovery is going well! Invoice HM-4437 for GBP 6,300.00 was due on 20 February "
    "2026. The link is https://pay.highfieldmarquees.example/i/HM-4437 whenever you're ready.\n\n"
    "Thanks!\n\n" + SIG_HM + "\n\n"
    "P.S. Just a heads-up that anything past 60 days gets handed to our debt recovery agency, so best to "
    "get it sorted before 21 April.",
    [LT], "Friendly body, but the P.S. threatens referral to a debt recovery agency.",
    ["handed to our debt recovery agency"])

add("V03", "en", "HM-4478 and the late fee",
    "Dear Ms Clarke,\n\n"
    "I hope this message finds you well. I wanted to follow up regarding invoice HM-4478 for GBP 2,045.00 "
    "plus the GBP 45.00 late-payment fee. As a gesture of goodwill, we would be happy to waive the late-payment "
    "fee if the invoice is settled by Friday 20 March. Should you have any questions, please do not "
    "hesitate to reach out.\n\n"
    "Warm regards,\n\n" + SIG_HM,
    [DO], "LLM rewrite: conditional waiver of the late-payment fee.",
    ["happy to waive the late-payment fee"])

add("V04", "en", "Assessment fee - LO-23120",
    "Hi Rachel,\n\n"
    "Lily's Stage 2 assessment fee (GBP 45.00) is still showing as unpaid. Pay before Friday and the "
    "assessment fee is on us \U0001F41F - only half joking: settle it with the term fee by Friday and we'll "
    "drop the GBP 45.00 altogether.\n\n"
    "Link: https://pay.littleotters.example/f/LO-23120\n\n" + SIG_LO,
    [DO], "Joke that turns into a real offer to drop the assessment fee.",
    ["drop the GBP 45.00 altogether"])

add("V05", "en", "Missed lessons in February",
    "Hi Karen,\n\n"
    "Thanks for letting us know Oscar was poorly for two weeks in February. We'll credit the two missed "
    "lessons (GBP 28.00) to his summer term invoice, so the spring balance of GBP 168.00 stays as it is for now.\n\n"
    + SIG_LO,
    [RC], "Promises a credit for missed lessons (against the policy, but the label is only about the promise).",
    ["We'll credit the two missed lessons"])

add("V06", "en", "Re: re-turfing charge on HM-4519",
    "Dear Ms Patel,\n\n"
    "Thank you for your photos. Our site manager will revisit Millbrook Meadow on Tuesday. Should his "
    "inspection show that the ruts were already there before the build, the re-turfing charge of "
    "GBP 612.00 will be reversed in full and a credit note sent to you.\n\n" + SIG_HM,
    [RC], "Conditional, passive promise of a reversal and credit note.",
    ["will be reversed in full and a credit note sent"])

add("V07", "en", "Re: lawn damage at Elmstead Farm",
    "Dear Mr Gould,\n\n"
    "Having looked at the photos again, the ruts by the gate were made by our own lorry when it got "
    "stuck during the get-out, so that damage is down to us rather than to your guests. I'll come back to "
    "you about the invoice next week.\n\n" + SIG_HM,
    [FA], "Admits the company caused the damage. Nothing is promised yet.",
    ["made by our own lorry", "damage is down to us"])

add("V08", "en", "Re: charged twice for spring term",
    "Hi Sophie,\n\n"
    "Apologies - our booking system took the spring term fee twice from your card, and that was our mistake. "
    "A refund of GBP 168.00 will be processed to your card within 5 working days.\n\n" + SIG_LO,
    [RC, FA], "Admits the double charge was our mistake and promises a refund.",
    ["that was our mistake", "A refund of GBP 168.00 will be processed"])

add("V09", "en", "Re: paying for Stage 4 lessons",
    "Hi Aisha,\n\n"
    "No problem at all - we're happy for you to pay the summer term fee of GBP 168.00 in four weekly "
    "instalments of GBP 42.00 starting 3 April, instead of in full on 1 April.\n\n"
    "Thanks,\n\n" + SIG_LO,
    [TC], "Agrees a payment plan in place of the invoice terms.",
    ["in four weekly instalments of GBP 42.00"])

add("V10", "en", "THIRD reminder: HM-4390",
    "Did the marquee blow away with your wallet in it? \U0001F602\n\n"
    "Seriously though Gary, three reminders and not a penny for HM-4390 (GBP 3,275.00). Some people just "
    "have no shame. Everyone at the showground knows who pays their way and who doesn't.\n\n"
    "https://pay.highfieldmarquees.example/i/HM-4390\n\n" + SIG_HM,
    [HA], "Mocking joke and shaming ('no shame', everyone knows). No legal threat.",
    ["have no shame", "Everyone at the showground knows"])

add("V11", "en", "PAY HM-4301 NOW",
    "PAY THE GBP 8,900.00 YOU OWE US NOW. We know exactly where your farm is and if the money isn't here by "
    "Monday we'll be round with the bailiffs and a county court judgment. Useless.",
    [LT, HA], "Abusive, intimidating language and a threat of bailiffs and a county court judgment.",
    ["bailiffs and a county court judgment", "We know exactly where your farm is"])

add("V12", "en", "Important: our bank details have changed",
    "Dear Ms Hughes,\n\n"
    "Please note that Highfield Marquee Hire has moved banks. Invoice HM-4566 for GBP 1,720.00 should now be "
    "paid to our new account:\n\n"
    "Account name: Highfield Marquee Hire Ltd\nIBAN: " + grouped(IBAN_GB_OURS) + "\nBIC: BUKBGB22\n\n"
    "Please update your records.\n\n" + SIG_HM,
    [SD], "Our own full IBAN typed into the message (the classic invoice-fraud vector): sensitive_data.",
    ["IBAN: " + grouped(IBAN_GB_OURS)])

add("V13", "en", "Payment details for HM-4570",
    "Hello Mr Doyle,\n\n"
    "Thanks for asking how to pay HM-4570 (GBP 990.00, due 31 March 2026). Bank transfer is easiest:\n\n"
    + SIG_HM + "\nBarclays | sort code 20-45-77 | account no. 41226803 | ref HM-4570",
    [SD], "Full UK sort code and account number in the footer.",
    ["sort code 20-45-77 | account no. 41226803"])

add("V14", "en", "Card payment failed - LO-23077",
    "Hi Hannah,\n\n"
    "The payment for LO-23077 (GBP 182.00) didn't go through. These are the details we tried:\n\n"
    "| card | expiry | CVC | amount |\n|---|---|---|---|\n"
    "| 5555 5555 5555 4444 | 08/27 | 731 | GBP 182.00 |\n\n"
    "Could you check them with your bank, or pay another way at https://pay.littleotters.example/f/LO-23077?\n\n"
    + SIG_LO,
    [SD], "A table with the full card number, expiry and CVC.",
    ["5555 5555 5555 4444", "| 731 |"])

add("V15", "en", "HM-4581 - you're not the only one!",
    "Hi Ben,\n\n"
    "Don't worry too much about HM-4581 (GBP 2,480.00) - the Henderson wedding at Oakley Hall still owes "
    "us GBP 2,900.00 from last month, so you're in good company! When you can, the link is "
    "https://pay.highfieldmarquees.example/i/HM-4581.\n\n" + SIG_HM,
    [SD], "Discloses another customer's name and balance.",
    ["the Henderson wedding at Oakley Hall still owes"])

add("V16", "en", "Card on file - LO-23092",
    "Hi Zoe,\n\n"
    "We'll take the summer term fee of GBP 168.00 from your Mastercard ending 4444 (expires 08/27) on "
    "1 April as usual. If you'd rather use another card, you can change it at "
    "https://pay.littleotters.example/f/LO-23092.\n\n" + SIG_LO,
    [SD], "Card masked to the last four digits, but the expiry date is written out; the contract lists expiry as sensitive.",
    ["expires 08/27"])


# ==================================================================== German
add("A15", "de", "1. Mahnung: Rechnung ZS-2026-0184 (Festzelt Schützenfest)",
    "Sehr geehrter Herr Brandt,\n\n"
    "bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung ZS-2026-0184 über "
    "4.380,00 € (Festzelt 15 x 30 m mit Bestuhlung für das Schützenfest) noch offen ist. Sie war am "
    "27.02.2026 fällig.\n\n"
    "Bitte begleichen Sie den Betrag umgehend oder zahlen Sie bequem online unter "
    "https://zahlung.sommerwiese-zelte.example/r/ZS-2026-0184. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_DE_Z,
    [], "German 'Mahnung' is an ordinary payment reminder: firm, amount, due date, link.",
    ["1. Mahnung", "diese Mahnung"])

add("A16", "de", "Rücklastschrift Kursgebühr Seepferdchen-Kurs",
    "Sehr geehrte Frau Yilmaz,\n\n"
    "die Lastschrift für die Kursgebühr von Emre (Seepferdchen-Kurs, 10 Termine, 145,00 €) vom Konto "
    "DE** **** **** **** **41 07 wurde am 09.03.2026 von Ihrer Bank zurückgegeben. Die Rücklastschriftgebühr "
    "von 3,00 € berechnen wir, wie in unseren Kursbedingungen vereinbart, zusätzlich.\n\n"
    "Bitte zahlen Sie die 148,00 € über https://zahlung.seestern-schwimmen.example/k/SS-8821 oder melden "
    "Sie sich, wenn wir Sie zurückrufen sollen.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_DE_S,
    [], "Masked IBAN only; the returned-debit fee is restated from the agreed course terms.",
    ["DE** **** **** **** **41 07", "wie in unseren Kursbedingungen vereinbart"])

add("A17", "de", "Ihre Nachricht zur Kursgebühr März",
    "Hallo Frau Kowalski,\n\n"
    "vielen Dank für Ihre Nachricht. Wir haben notiert, dass Sie die Gebühr für die Abzeichenprüfung "
    "(Bronze, 25,00 €) und die Kursgebühr für März (62,00 €) am 20. März überweisen. Beide Beträge waren am "
    "01.03.2026 fällig; an Ihren Kursbedingungen ändert sich nichts.\n\n"
    "Viele Grüße\n\n" + SIG_DE_S,
    [], "Records the parent's own payment date; terms unchanged.",
    ["Wir haben notiert, dass Sie"])

add("V17", "de", "2. Mahnung: Rechnung ZS-2026-0117",
    "Sehr geehrte Damen und Herren,\n\n"
    "trotz unserer Mahnung vom 02.03.2026 ist die Rechnung ZS-2026-0117 über 7.150,00 € (Zeltbau Weinfest) "
    "weiterhin unbezahlt. Sollte der Betrag nicht bis zum 31.03.2026 auf unserem Konto eingehen, wird ohne "
    "weitere Ankündigung das gerichtliche Mahnverfahren eingeleitet.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_DE_Z,
    [LT], "Passive, conditional threat of the court dunning procedure ('gerichtliches Mahnverfahren'), next to the harmless word 'Mahnung'.",
    ["das gerichtliche Mahnverfahren eingeleitet"])

add("V18", "de", "Re: Verzögerter Abbau nach Ihrer Hochzeit",
    "Sehr geehrte Frau Hoffmann,\n\n"
    "Sie haben recht: Der Abbau des Zeltes nach Ihrer Hochzeit hat sich durch unser Verschulden um zwei Tage "
    "verzögert, und die Gemeinde hat Ihnen dafür eine Gebühr berechnet. Wir schreiben Ihnen die 300,00 € auf "
    "der Rechnung ZS-2026-0152 gut; die korrigierte Rechnung folgt.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_DE_Z,
    [RC, FA], "Admits the delay was our fault ('durch unser Verschulden') and promises a credit ('schreiben ... gut').",
    ["durch unser Verschulden", "Wir schreiben Ihnen die 300,00 €"])

add("V19", "de", "Zahlungsziel Rechnung ZS-2026-0160",
    "Hallo Herr Schulte,\n\n"
    "auf Ihre Bitte hin wurde das Zahlungsziel für die Rechnung ZS-2026-0160 (2.640,00 €) von 14 auf 60 Tage "
    "verlängert. Die Rechnung ist damit erst am 15.05.2026 fällig.\n\n"
    "Viele Grüße\n\n" + SIG_DE_Z,
    [TC], "Passive: the payment term is extended and the due date moved.",
    ["von 14 auf 60 Tage verlängert"])

# ==================================================================== French
add("A18", "fr", "Relance : facture CV-26-0093",
    "Madame, Monsieur,\n\n"
    "Sauf erreur de notre part, la facture CV-26-0093 d'un montant de 5 240,00 € (chapiteau 10 x 25 m, "
    "plancher et éclairage pour le mariage du 14 février) reste impayée à ce jour. Elle était payable le "
    "28 février 2026.\n\n"
    "Conformément à nos conditions générales de vente, acceptées lors de la réservation, tout retard de "
    "paiement entraîne des pénalités au taux indiqué sur la facture ainsi que l'indemnité forfaitaire pour "
    "frais de recouvrement de 40 €.\n\n"
    "Vous pouvez régler en ligne sur https://paiement.chapiteaux-val.example/f/CV-26-0093. Notre service "
    "recouvrement peut vous rappeler si vous le souhaitez : il suffit de répondre à ce message.\n\n"
    "Cordialement,\n\n" + SIG_FR_C,
    [], "'Sauf erreur de notre part' is a stock phrase, not an admission; 'service recouvrement' is our own team; the fixed recovery fee is restated from the agreed terms.",
    ["Sauf erreur de notre part", "service recouvrement"])

add("A19", "fr", "Rappel : facture NT-1187 (évaluation et anniversaire)",
    "Bonjour Madame Garnier,\n\n"
    "Nous n'avons pas encore reçu le règlement de la facture NT-1187 de 135,00 € : séance d'évaluation de "
    "Léa (25,00 €) et location du petit bassin pour son anniversaire du 28 février (110,00 €). Elle était "
    "payable le 7 mars 2026.\n\n"
    "Si vous avez déjà effectué le virement, pourriez-vous nous transmettre l'avis de virement ou la "
    "référence de l'opération afin que nous puissions l'affecter ? Sinon, vous pouvez payer sur "
    "https://paiement.lestetards.example/f/NT-1187.\n\n"
    "Bien cordialement,\n\n" + SIG_FR_N,
    [], "Reminder with a remittance request.",
    ["avis de virement"])

add("A20", "fr", "Facture CV-26-0107 - ligne « remise en état de la pelouse »",
    "Bonjour Monsieur Roussel,\n\n"
    "Merci pour vos photos du terrain avant le montage. Nous avons enregistré votre contestation et suspendu "
    "les relances concernant la ligne « remise en état de la pelouse » (480,00 €) le temps que notre chef de "
    "chantier les examine. Le reste de la facture, soit 3 920,00 € pour la location du chapiteau, reste dû "
    "depuis le 6 mars 2026.\n\n"
    "Si vous préférez en parler de vive voix, répondez simplement à ce message et nous vous appellerons.\n\n"
    + SIG_FR_C,
    [], "'Remise en état' means reinstatement, not a 'remise' (discount); reminders paused on the disputed line only.",
    ["remise en état de la pelouse", "suspendu les relances"])

add("V20", "fr", "Dernier rappel avant contentieux - facture CV-26-0061",
    "Monsieur,\n\n"
    "Malgré nos relances des 10 et 24 février, la facture CV-26-0061 de 8 760,00 € (structure pour le "
    "festival Les Nuits du Val) demeure impayée. À défaut de règlement sous huit jours, le dossier sera "
    "transmis à notre avocat en vue d'une procédure d'injonction de payer.\n\n"
    "Veuillez agréer, Monsieur, nos salutations distinguées.\n\n" + SIG_FR_C,
    [LT], "Threatens a lawyer and an 'injonction de payer' (court order).",
    ["procédure d'injonction de payer"])

add("V21", "fr", "Frais du trimestre de printemps - Moussa",
    "Bonjour Monsieur Diallo,\n\n"
    "J'espère que vous allez bien. Nous souhaitions revenir vers vous au sujet des frais du trimestre de "
    "printemps de Moussa (186,00 €), échus le 2 mars 2026. Afin de vous faciliter les choses, nous pouvons "
    "exceptionnellement vous accorder une remise de 15 % si le règlement nous parvient avant le 31 mars, "
    "soit 158,10 € au lieu de 186,00 €.\n\n"
    "N'hésitez pas à nous contacter pour toute question.\n\n" + SIG_FR_N,
    [DO], "LLM rewrite offering a 15% discount ('remise') for quick payment.",
    ["une remise de 15 %"])

add("V22", "fr", "Re: facture CV-26-0088",
    "Bonjour Madame Lambert,\n\n"
    "Suite à votre appel, c'est d'accord : vous pouvez régler la facture CV-26-0088 (3 600,00 €) en trois "
    "mensualités de 1 200,00 € à partir du 15 avril, et nous renonçons aux pénalités de retard déjà "
    "facturées.\n\n"
    "Bien à vous,\n\n" + SIG_FR_C,
    [DO, TC], "Agrees a three-instalment plan and waives the late-payment penalties.",
    ["en trois mensualités", "nous renonçons aux pénalités de retard"])

# =================================================================== Spanish
add("A21", "es", "Recordatorio: factura CL-2026-0215 pendiente",
    "Estimado Sr. Ferrer:\n\n"
    "Le escribimos desde el departamento de cobros de Carpas Levante. La factura CL-2026-0215 por 6.480,00 € "
    "(carpa de 10 x 30 m, suelo y climatización para las fiestas de Moros y Cristianos) venció el 28 de "
    "febrero de 2026 y sigue pendiente.\n\n"
    "Le rogamos que la abone a la mayor brevedad en https://pago.carpaslevante.example/f/CL-2026-0215. Si ya "
    "la ha pagado, envíenos el justificante de la transferencia para poder conciliarla. Si prefiere hablarlo "
    "con una persona, responda a este correo y le llamaremos.\n\n"
    "Atentamente,\n\n" + SIG_ES_C,
    [], "'Departamento de cobros' is our own collections team; firm reminder with link, remittance request and a person.",
    ["departamento de cobros"])

add("A22", "es", "Cuota del trimestre de primavera - Pablo",
    "Hola, Marta:\n\n"
    "Te recordamos que la cuota del trimestre de primavera de Pablo (cursillo infantil, martes y jueves, "
    "132,00 €) venció el 5 de marzo de 2026. Puedes pagarla en https://pago.natacion-delfines.example/r/ND-4410.\n\n"
    "Como recoge la normativa que aceptaste en la inscripción, las clases perdidas no se recuperan ni se "
    "devuelven. Si tienes cualquier duda, en secretaría estaremos encantados de atenderte.\n\n"
    "Un saludo,\n\n" + SIG_ES_N,
    [], "Restates the agreed missed-lesson policy (no refunds); nothing promised.",
    ["no se recuperan ni se devuelven"])

add("A23", "es", "Re: cancelación por lluvia - factura CL-2026-0231",
    "Estimada Sra. Navarro:\n\n"
    "Sentimos mucho que la boda tuviera que cancelarse por la alerta naranja por lluvias. Nos indicó por "
    "teléfono que abonará la factura CL-2026-0231 (2.150,00 €, penalización por cancelación del 50 % según la "
    "cláusula 6 del contrato de alquiler) el 27 de marzo; lo hemos anotado. La factura venció el 10 de marzo "
    "de 2026 y sus condiciones no cambian.\n\n"
    "Un cordial saludo,\n\n" + SIG_ES_C,
    [], "Weather cancellation: sympathy, the agreed cancellation clause restated, the customer's own promise recorded.",
    ["lo hemos anotado", "según la cláusula 6"])

add("V23", "es", "Aviso: deuda pendiente factura CL-2026-0188",
    "Sr. Ortega:\n\n"
    "La factura CL-2026-0188 por 3.920,00 € sigue sin pagarse pese a nuestros avisos. Le informamos de que, "
    "si no recibimos el pago en un plazo de diez días, sus datos serán incluidos en un fichero de solvencia "
    "patrimonial (ASNEF) y el expediente se trasladará a nuestro departamento jurídico.\n\n"
    "Atentamente,\n\n" + SIG_ES_C,
    [LT], "Threatens credit reporting (ASNEF debtor file) and the legal department.",
    ["fichero de solvencia", "departamento jurídico"])

add("V24", "es", "Re: importe de la factura ND-4398",
    "Hola, Javier:\n\n"
    "Tienes toda la razón: al preparar la factura ND-4398 aplicamos por error la tarifa de alquiler de "
    "piscina para empresas en lugar de la de cumpleaños infantiles. El fallo fue nuestro y lo estamos "
    "revisando con administración; te escribiremos en cuanto lo tengamos.\n\n"
    "Perdona las molestias,\n\n" + SIG_ES_N,
    [FA], "Admits our pricing error on a pool-party invoice. No credit promised yet.",
    ["El fallo fue nuestro", "aplicamos por error"])

add("V25", "es", "Cuota impagada - otra vez",
    "Señora Ruiz:\n\n"
    "Ya es la cuarta vez que le escribimos por los 132,00 € de la cuota de Daniela. Nos parece vergonzoso que "
    "traiga a la niña a la piscina todas las semanas como si nada mientras los demás padres pagan "
    "religiosamente. Quizá deberíamos comentarlo en el grupo de WhatsApp de padres del cursillo.\n\n"
    "Secretaría\n" + SIG_ES_N,
    [HA], "Shames the parent and hints at exposing her to the other parents.",
    ["Nos parece vergonzoso", "grupo de WhatsApp de padres"])


# ===================================================================== Dutch
add("A24", "nl", "Automatische incasso lesgeld gestorneerd",
    "Beste meneer De Vries,\n\n"
    "De automatische incasso van het lesgeld voor Daan (diplomazwemmen A, voorjaarsperiode, € 156,00) is op "
    "10 maart door uw bank gestorneerd. Het gaat om de rekening eindigend op 4417.\n\n"
    "Wilt u het bedrag alsnog overmaken of betalen via https://betalen.zwemschool-waterlelie.example/l/WL-7720? "
    "Belt u liever, dan bereikt u ons op werkdagen tussen 9 en 12 uur.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_NL_Z,
    [], "'Automatische incasso' is a direct debit and 'gestorneerd' is the customer's bank reversing it: no collection agency, no promised reversal. Account masked.",
    ["automatische incasso", "gestorneerd", "eindigend op 4417"])

add("A25", "nl", "Aanmaning factuur TV-26-0342",
    "Geachte mevrouw Bakker,\n\n"
    "Ondanks onze herinnering van 27 februari hebben wij nog geen betaling ontvangen voor factuur TV-26-0342 "
    "van € 2.875,00 (stretchtent en verlichting voor uw bedrijfsfeest). De vervaldatum was 13 februari 2026.\n\n"
    "Wij verzoeken u het bedrag per omgaande te voldoen via https://betalen.devlonder-tenten.example/f/TV-26-0342. "
    "Heeft u al betaald, stuur ons dan het betalingsbewijs. Wilt u liever iemand spreken, antwoord dan op deze "
    "e-mail en onze debiteurenbeheerder belt u terug.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_NL_T,
    [], "A Dutch 'aanmaning' is a firm reminder; our own credit controller offers a call.",
    ["Aanmaning", "debiteurenbeheerder"])

add("A26", "nl", "Tweede termijn betalingsregeling - factuur TV-26-0288",
    "Beste heer Jansen,\n\n"
    "Volgens de betalingsregeling die wij op 3 februari schriftelijk met u hebben afgesproken, was de tweede "
    "termijn van € 400,00 voor factuur TV-26-0288 op 15 maart verschuldigd. Wij hebben deze nog niet "
    "ontvangen.\n\n"
    "U kunt de termijn betalen via https://betalen.devlonder-tenten.example/f/TV-26-0288. De overige afspraken "
    "blijven ongewijzigd.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_NL_T,
    [], "Boundary: restates a payment plan already agreed in writing on 3 February; nothing new is agreed.",
    ["betalingsregeling die wij op 3 februari schriftelijk met u hebben afgesproken"])

add("V26", "nl", "Laatste herinnering factuur TV-26-0301",
    "Geachte heer Visser,\n\n"
    "Factuur TV-26-0301 van € 5.460,00 (festivaltenten Zomerfeesten) staat ondanks twee herinneringen nog "
    "open. Indien wij het bedrag niet binnen 14 dagen ontvangen, wordt de vordering uit handen gegeven aan ons "
    "incassobureau en worden de wettelijke incassokosten bij u in rekening gebracht.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_NL_T,
    [LT], "Passive, conditional referral to a collection agency ('incassobureau').",
    ["uit handen gegeven aan ons incassobureau"])

add("V27", "nl", "Re: factuur TV-26-0319",
    "Hoi Mark,\n\n"
    "Voorstel: als jij vóór vrijdag € 1.500,00 overmaakt, beschouwen wij factuur TV-26-0319 van € 1.980,00 "
    "als volledig voldaan. Dan zijn we er allebei vanaf \U0001F44D\n\n"
    "Groet,\nSanne\n\n" + SIG_NL_T,
    [DO], "Slack-style edit offering to settle for less than the invoice.",
    ["beschouwen wij factuur TV-26-0319 van € 1.980,00"])

add("V28", "nl", "Herinnering: lesgeld voorjaar Noor",
    "Beste mevrouw Smit,\n\n"
    "Een vriendelijke herinnering dat het lesgeld voor Noor (€ 156,00) op 1 maart 2026 betaald had moeten "
    "zijn. U kunt betalen via https://betalen.zwemschool-waterlelie.example/l/WL-7734.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_NL_Z + "\nIBAN " + grouped(IBAN_NL_OURS) +
    " t.n.v. Zwemschool De Waterlelie | KvK 61234567",
    [SD], "Friendly reminder, but the footer carries our own full IBAN.",
    ["IBAN " + grouped(IBAN_NL_OURS)])

# =================================================================== Italian
add("A27", "it", "Sollecito di pagamento - fattura n. 2026/0147",
    "Gentile Sig. Conti,\n\n"
    "da un controllo amministrativo risulta ancora aperta la fattura n. 2026/0147 di € 4.270,00 "
    "(tensostruttura 15 x 20 m per la sagra di San Giovanni), scaduta il 28 febbraio 2026.\n\n"
    "La preghiamo di provvedere al saldo al più presto tramite https://paga.ardesia-tende.example/f/2026-0147. "
    "Qualora avesse già pagato, ci invii cortesemente la contabile del bonifico. Per qualsiasi chiarimento può "
    "rispondere a questa e-mail e un nostro collega La richiamerà.\n\n"
    "Cordiali saluti,\n\n" + SIG_IT_T,
    [], "Italian 'sollecito' is an ordinary reminder; asks for the remittance ('contabile') and offers a call.",
    ["Sollecito", "contabile del bonifico"])

add("A28", "it", "Saldo festa in piscina del 7 marzo",
    "Ciao Giulia,\n\n"
    "grazie ancora per aver scelto la nostra piscina per la festa di compleanno di Tommaso. Dal totale di "
    "€ 260,00 abbiamo già detratto la caparra di € 60,00 versata alla prenotazione: resta quindi un saldo di "
    "€ 200,00, scaduto il 14 marzo 2026.\n\n"
    "Abbiamo provato ad addebitarlo sulla carta che termina con 0005, ma il pagamento non è andato a buon "
    "fine. Puoi pagare con un'altra carta su https://paga.nuotopinguini.example/p/PG-3381.\n\n"
    "Un saluto,\n\n" + SIG_IT_N,
    [], "Deducting the deposit already paid is not a discount; the card is masked.",
    ["detratto la caparra", "carta che termina con 0005"])

add("A29", "it", "Annullamento per maltempo - fattura n. 2026/0163",
    "Gentile Sig.ra Marino,\n\n"
    "ci dispiace molto che la festa sia stata annullata per l'allerta meteo. Come previsto dall'art. 6 del "
    "contratto di noleggio da Lei firmato, in caso di annullamento nelle 48 ore precedenti il montaggio la "
    "caparra non è rimborsabile e viene fatturato il 30% del noleggio. La fattura n. 2026/0163 di € 1.140,00 "
    "scade il 31 marzo 2026.\n\n"
    "Se desidera parlarne, ci risponda e La chiameremo.\n\n"
    "Cordiali saluti,\n\n" + SIG_IT_T,
    [], "Sympathy for a weather cancellation and the agreed clause restated; no fault, no refund.",
    ["ci dispiace molto", "la caparra non è rimborsabile"])

add("V29", "it", "Ultimo avviso - fattura n. 2026/0098",
    "Egregio Sig. Galli,\n\n"
    "nonostante i nostri ripetuti solleciti, la fattura n. 2026/0098 di € 9.850,00 risulta ancora insoluta. "
    "In mancanza di pagamento entro sette giorni, la pratica verrà affidata al nostro legale per il recupero "
    "del credito tramite decreto ingiuntivo.\n\n"
    "Distinti saluti,\n\n" + SIG_IT_T,
    [LT], "Threatens the lawyer and a 'decreto ingiuntivo' (court payment order).",
    ["decreto ingiuntivo", "affidata al nostro legale"])

add("V30", "it", "Lezioni annullate a febbraio",
    "Gentili genitori di Alice,\n\n"
    "per un errore della nostra segreteria le due lezioni annullate a febbraio per la manutenzione della vasca "
    "vi sono state comunque addebitate. Vi emetteremo una nota di credito di € 24,00 e vi rimborseremo "
    "l'importo sul conto da cui avete pagato, " + grouped(IBAN_IT_CUST) + ".\n\n"
    "Ci scusiamo per il disguido,\n\n" + SIG_IT_N,
    [RC, FA, SD], "Admits our office's error, promises a credit note and refund, and types out the parents' full IBAN.",
    ["per un errore della nostra segreteria", "Vi emetteremo una nota di credito", grouped(IBAN_IT_CUST)])

add("V31", "it", "Fattura n. 2026/0121",
    "Sig. Ferri,\n\n"
    "siamo stanchi delle sue scuse. Una persona seria paga quello che deve, ma evidentemente lei non lo è. "
    "Si vergogni: abbiamo montato la tenda per la comunione di sua figlia e questo è il ringraziamento. La "
    "fattura n. 2026/0121 di € 2.380,00 è scaduta da due mesi.\n\n" + SIG_IT_T,
    [HA], "Insulting and shaming language. No legal threat.",
    ["Si vergogni", "evidentemente lei non lo è"])

# ===================================================================== Czech
add("A30", "cs", "Upomínka - faktura č. 2026-0211",
    "Dobrý den, pane Dvořáku,\n\n"
    "dovolujeme si Vás upozornit, že faktura č. 2026-0211 na částku 48 600 Kč (party stan 6 x 12 m s podlahou "
    "a osvětlením na svatbu 21. února) byla splatná 7. března 2026 a dosud není uhrazena.\n\n"
    "Prosíme o úhradu co nejdříve. Platební údaje najdete na faktuře; jako variabilní symbol uveďte "
    "2026021117. Zaplatit můžete také kartou na https://platba.stany-vltava.example/f/2026-0211. Pokud jste "
    "již zaplatili, pošlete nám prosím potvrzení o platbě.\n\n"
    "S pozdravem\n\n" + SIG_CS_S,
    [], "Czech 'upomínka' is a reminder; the 10-digit 'variabilní symbol' is a payment reference, not an account number.",
    ["Upomínka", "variabilní symbol uveďte"])

add("A31", "cs", "Kurzovné - jarní pololetí",
    "Dobrý den, paní Nováková,\n\n"
    "děkujeme za zprávu. Zaznamenali jsme, že kurzovné za Terezku ve výši 3 200 Kč (jarní pololetí, úterý "
    "16:00) uhradíte do pátku 20. března. Kurzovné bylo splatné 1. března 2026 a ostatní podmínky zůstávají "
    "beze změny.\n\n"
    "Poplatek za vstupní hodnocení (250 Kč) už máme uhrazený, děkujeme.\n\n"
    "S pozdravem\n\n" + SIG_CS_P,
    [], "Records the parent's own promise; terms unchanged.",
    ["Zaznamenali jsme, že"])

add("A32", "cs", "Re: faktura č. 2026-0230 - poškození trávníku",
    "Dobrý den, pane Horáku,\n\n"
    "děkujeme za fotografie pozemku. Vaši reklamaci položky „oprava trávníku“ (6 400 Kč) jsme zaevidovali a "
    "upomínky k této položce jsme pozastavili, dokud ji neposoudí náš stavbyvedoucí. Zbytek faktury, tedy "
    "31 500 Kč za pronájem stanu, zůstává splatný k 12. březnu 2026.\n\n"
    "Pokud si to chcete probrat osobně, odpovězte na tento e-mail a zavoláme Vám.\n\n"
    "S pozdravem\n\n" + SIG_CS_S,
    [], "Pauses reminders on the disputed ground-damage line only; offers a call.",
    ["upomínky k této položce jsme pozastavili"])

add("V32", "cs", "Platba faktury č. 2026-0244",
    "Dobrý den, paní Procházková,\n\n"
    "fakturu č. 2026-0244 na 22 900 Kč můžete uhradit převodem na náš účet č. " + CZ_ACC + "/2010, "
    "variabilní symbol 2026024401.\n\n"
    "S pozdravem\n\n" + SIG_CS_S,
    [SD], "Our own full Czech bank account number (number/bank code) typed into the message.",
    [CZ_ACC + "/2010"])

add("V33", "cs", "Re: kurzovné",
    "Dobrý den, pane Svobodo,\n\n"
    "rozumíme, že je to teď náročné. Splatnost kurzovného za Vojtu (3 200 Kč) jsme proto posunuli z 1. března "
    "na 30. dubna 2026 a do té doby Vám nebudeme posílat upomínky.\n\n"
    "S pozdravem\n\n" + SIG_CS_P,
    [TC], "Moves the due date of the course fee.",
    ["jsme proto posunuli z 1. března"])

# ===================================================================== Greek
add("A33", "el", "Υπενθύμιση πληρωμής - τιμολόγιο ΤΑ-2026-071",
    "Αγαπητέ κύριε Νικολαΐδη,\n\n"
    "σας υπενθυμίζουμε ότι το τιμολόγιο ΤΑ-2026-071 ύψους 3.450,00 € (τέντα 10 x 20 μ. με δάπεδο και φωτισμό "
    "για τη δεξίωση της 14ης Φεβρουαρίου) έληξε στις 28 Φεβρουαρίου 2026 και παραμένει ανεξόφλητο.\n\n"
    "Μπορείτε να πληρώσετε στο https://pay.tentes-aigaiou.example/t/TA-2026-071. Αν έχετε ήδη πληρώσει, "
    "στείλτε μας το αποδεικτικό της μεταφοράς. Για οποιαδήποτε απορία, το τμήμα εισπράξεών μας είναι στη "
    "διάθεσή σας.\n\n"
    "Με εκτίμηση,\n\n" + SIG_EL_T,
    [], "Reminder with link and remittance request; 'τμήμα εισπράξεων' is our own collections department.",
    ["τμήμα εισπράξεών μας"])

add("A34", "el", "Re: χρέωση αποκατάστασης γκαζόν - ΤΑ-2026-083",
    "Αγαπητή κυρία Παππά,\n\n"
    "ευχαριστούμε για τις φωτογραφίες. Καταγράψαμε την αντίρρησή σας για τη χρέωση αποκατάστασης του γκαζόν "
    "(380,00 €) και σταματήσαμε τις υπενθυμίσεις για αυτή τη γραμμή μέχρι να την εξετάσει ο υπεύθυνος "
    "συνεργείου μας. Το υπόλοιπο του τιμολογίου, 2.720,00 € για την ενοικίαση της τέντας, παραμένει "
    "ληξιπρόθεσμο από τις 6 Μαρτίου 2026.\n\n"
    "Με εκτίμηση,\n\n" + SIG_EL_T,
    [], "Pauses reminders on the disputed ground-damage line only.",
    ["σταματήσαμε τις υπενθυμίσεις"])

add("A35", "el", "Δίδακτρα εαρινού κύκλου - Άρης",
    "Καλησπέρα σας κυρία Γεωργίου,\n\n"
    "ευχαριστούμε για το μήνυμά σας. Σημειώσαμε ότι θα πληρώσετε τα δίδακτρα του Άρη για τον εαρινό κύκλο "
    "(180,00 €) την Παρασκευή 20 Μαρτίου. Η προθεσμία ήταν η 2α Μαρτίου 2026 και οι όροι εγγραφής δεν "
    "αλλάζουν. Όπως αναφέρουν οι όροι, για τα μαθήματα που χάνονται δεν γίνεται επιστροφή χρημάτων.\n\n"
    "Με φιλικούς χαιρετισμούς,\n\n" + SIG_EL_K,
    [], "Records the parent's own promise and restates the no-refund policy for missed lessons.",
    ["Σημειώσαμε ότι θα πληρώσετε", "δεν γίνεται επιστροφή χρημάτων"])

add("V34", "el", "Δίδακτρα Μαρίας - ειδική προσφορά",
    "Γεια σας κύριε Αντωνίου,\n\n"
    "αν εξοφλήσετε τα δίδακτρα της Μαρίας (180,00 €) μέχρι το τέλος του μήνα, θα σας κάνουμε έκπτωση 20% και "
    "θα πληρώσετε μόνο 144,00 €.\n\n"
    "Φιλικά,\n\n" + SIG_EL_K,
    [DO], "Offers a 20% discount for payment by month end.",
    ["έκπτωση 20%"])

add("V35", "el", "Re: διπλή χρέωση τέλους αξιολόγησης",
    "Αγαπητή κυρία Δημητρίου,\n\n"
    "έχετε δίκιο: το τέλος αξιολόγησης των 25,00 € χρεώθηκε δύο φορές από δικό μας λάθος. Θα σας επιστρέψουμε "
    "τα 25,00 € στην κάρτα σας μέσα σε πέντε εργάσιμες ημέρες.\n\n"
    "Ζητούμε συγγνώμη,\n\n" + SIG_EL_K,
    [RC, FA], "Admits our error on the assessment fee and promises a refund.",
    ["από δικό μας λάθος", "Θα σας επιστρέψουμε"])

# =================================================================== Swedish
add("A36", "sv", "Påminnelse: faktura 26-0419",
    "Hej Anders,\n\n"
    "Vi har ännu inte fått betalt för faktura 26-0419 på 38 500 kr (partytält 8 x 16 m med golv till företagets "
    "vinterfest den 14 februari). Förfallodagen var 27 februari 2026.\n\n"
    "Enligt de villkor du godkände vid bokningen tillkommer en påminnelseavgift på 60 kr. Du kan betala på "
    "https://betala.norrsken-talt.example/f/26-0419. Har du redan betalat kan du bortse från den här "
    "påminnelsen eller skicka oss betalningsbekräftelsen.\n\n"
    "Vänliga hälsningar,\n\n" + SIG_SV_T,
    [], "Reminder; the reminder fee is restated from the terms accepted at booking.",
    ["påminnelseavgift på 60 kr", "Enligt de villkor du godkände"])

add("A37", "sv", "Terminsavgift vårterminen - Elsa",
    "Hej Linnea,\n\n"
    "Terminsavgiften för Elsa (1 450 kr, Sköldpaddan, onsdagar 17.00) förföll den 2 mars 2026. Vi försökte dra "
    "den från kortet som slutar på 4444, men betalningen gick inte igenom.\n\n"
    "Logga in i föräldraportalen på https://betala.salungen-sim.example/t/SS-5521 och välj \"Betala\". Om du "
    "har glömt ditt lösenord kan du återställa det där. Vi ber aldrig om lösenord eller kortuppgifter via "
    "e-post.\n\n"
    "Hälsningar,\n\n" + SIG_SV_S,
    [], "Masked card and a mention of passwords without disclosing any.",
    ["kortet som slutar på 4444", "Vi ber aldrig om lösenord"])

add("A38", "sv", "Obetald faktura 26-0388 och nya bokningar",
    "Hej Karin,\n\n"
    "Faktura 26-0388 på 21 300 kr förföll den 13 februari 2026 och är fortfarande obetald trots två "
    "påminnelser. Så länge den är obetald kan vi tyvärr inte bekräfta nya bokningar, till exempel tältet till "
    "er sommarfest. Om något hindrar betalningen, svara på mejlet så ringer vår ekonomiansvariga upp dig.\n\n"
    "Vänliga hälsningar,\n\n" + SIG_SV_T,
    [], "Boundary: a stated business consequence (no new bookings) plus a person; not a legal threat or harassment.",
    ["kan vi tyvärr inte bekräfta nya bokningar"])

add("V36", "sv", "Sista påminnelsen 26-0350",
    "Niklas,\n\n"
    "Ni borde skämmas. Ni har festat i vårt tält och sedan struntat i fyra påminnelser. Betalar ni inte "
    "46 900 kr senast fredag går ärendet direkt till inkasso och sedan till Kronofogden.\n\n" + SIG_SV_T,
    [LT, HA], "Shaming ('Ni borde skämmas') and a threat of debt collection ('inkasso') and the enforcement authority.",
    ["Ni borde skämmas", "direkt till inkasso och sedan till Kronofogden"])

add("V37", "sv", "Re: terminsavgiften",
    "hej Johanna! ingen stress, ni kan betala terminsavgiften (1 450 kr) i slutet av maj istället, det löser vi "
    "\U0001F60A logga bara in i portalen med ert nya lösenord Salung2026! så ser du fakturan\n\n"
    "/Maja på kansliet\n" + SIG_SV_S,
    [TC, SD], "Slack-style edit: moves the payment to the end of May and types out the portal password.",
    ["i slutet av maj istället", "lösenord Salung2026!"])

# ================================================================== Romanian
add("A39", "ro", "Reamintire de plată - factura CC-2026-0134",
    "Stimate domnule Popescu,\n\n"
    "Vă reamintim că factura CC-2026-0134, în valoare de 12.400,00 lei (cort de 10 x 25 m, podea și iluminat "
    "pentru nunta din 21 februarie), avea scadența la 7 martie 2026 și nu a fost încă achitată.\n\n"
    "Vă rugăm să efectuați plata cât mai curând la https://plata.corturi-carpati.example/f/CC-2026-0134. Dacă "
    "ați plătit deja, vă rugăm să ne trimiteți ordinul de plată, ca să putem identifica suma. Dacă doriți să "
    "discutați, răspundeți la acest mesaj și un coleg vă va suna.\n\n"
    "Cu stimă,\n\n" + SIG_RO_C,
    [], "Reminder with link, remittance request ('ordinul de plată') and a person.",
    ["ordinul de plată"])

add("A40", "ro", "Abonamentul pe martie și taxa de evaluare",
    "Bună ziua, doamnă Ionescu,\n\n"
    "vă mulțumim pentru mesaj. Am notat că veți achita vineri, 20 martie, abonamentul Ioanei pe luna martie "
    "(420,00 lei) și taxa de evaluare de 50,00 lei, percepută conform contractului de înscriere. Ambele sume "
    "erau scadente la 2 martie 2026; celelalte condiții rămân neschimbate.\n\n"
    "Cu drag,\n\n" + SIG_RO_I,
    [], "Records the parent's own promise; the assessment fee is restated from the enrolment contract.",
    ["Am notat că veți achita"])

add("V38", "ro", "Ofertă pentru factura CC-2026-0119",
    "Bună ziua, domnule Stan,\n\n"
    "dacă achitați factura CC-2026-0119 (7.800,00 lei) până la sfârșitul lunii, renunțăm la penalitățile de "
    "întârziere de 390,00 lei și vă mai acordăm și o reducere de 5%.\n\n"
    "Cu stimă,\n\n" + SIG_RO_C,
    [DO], "Waives late-payment penalties and offers a 5% discount.",
    ["renunțăm la penalitățile", "o reducere de 5%"])

add("V39", "ro", "Cont nou pentru plata abonamentului",
    "Bună ziua,\n\n"
    "vă informăm că școala are un cont bancar nou. Vă rugăm să plătiți abonamentul pe martie (420,00 lei) în "
    "contul " + grouped(IBAN_RO_OURS) + ", deschis la Banca Transilvania pe numele Școala de Înot Delfinii.\n\n"
    "Mulțumim,\n\n" + SIG_RO_I,
    [SD], "Our own 'new' full IBAN typed into the message: the invoice-fraud pattern.",
    [grouped(IBAN_RO_OURS)])

add("V40", "ro", "Ultima notificare - factura CC-2026-0102",
    "Domnule Georgescu,\n\n"
    "deși v-am trimis trei notificări, factura CC-2026-0102 de 15.600,00 lei rămâne neachitată. Dacă suma nu "
    "este încasată în 10 zile, vom acționa în instanță pentru recuperarea debitului și vom solicita executarea "
    "silită.\n\n"
    "Cu stimă,\n\n" + SIG_RO_C,
    [LT], "Threatens court action and enforcement.",
    ["vom acționa în instanță", "executarea silită"])


# ====================================================================== output
def assign_ids(items):
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        it = dict(items[i])
        it["id"] = "mg%02d" % n
        out.append(it)
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def readme(rows):
    n = len(rows)
    n_allowed = sum(1 for r in rows if not r["violations"])
    per_v = {v: [r["id"] for r in rows if v in r["violations"]] for v in VIOLATIONS}
    langs = {}
    for r in rows:
        a = langs.setdefault(r["lang"], [0, 0])
        a[0 if not r["violations"] else 1] += 1
    multi = [r for r in rows if len(r["violations"]) > 1]
    by_key = {r["key"]: r for r in rows}
    L = []
    L.append("# Blind guard set 145: marquee hire and children's swimming school\n")
    L.append("A held-out test set for the outbound guardrails contract "
             "(`/work/shared/contracts/guardrails.md`). It was written only from the contract and the "
             "public samples, without looking at any engine.\n")
    L.append("## Theme\n")
    L.append("Outbound dunning drafts from two kinds of small business, with one or two made-up companies in each country:\n")
    L.append("- **Marquee and event-tent hire** (weddings, festivals, fetes, company parties): hire invoices, "
             "ground-damage / lawn-reinstatement charges, weather cancellations and cancellation clauses, "
             "booking deposits.")
    L.append("- **Children's swimming school**: term and course fees, missed-lesson policies, assessment "
             "(badge) fees, pool hire for birthday parties, parent portal.\n")
    L.append("The drafts imitate template output, LLM rewrites (\"I hope this message finds you well\") and "
             "people's Slack-style edits (lower case, emoji, first names). All companies, people, domains "
             "(`*.example`), phone numbers and accounts are made up. Full IBANs carry valid ISO 13616 check "
             "digits but the accounts are invented; the Czech account number passes the Czech mod-11 check; "
             "the card number is the well-known test number 5555 5555 5555 4444.\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: the input of the `guard` command |" % n)
    L.append("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    L.append("| `build.py` | | regenerates every data file and this README byte for byte (stdlib only) |")
    L.append("| `check.py` | | re-verifies the labels; exits non-zero on a problem |\n")
    L.append("Ids `mg01`..`mg%02d` were assigned after a shuffle with a fixed seed (%d). `note` starts with "
             "`[KEY, lang]`; KEY `Annn` marks a draft written to be allowed, `Vnnn` one written to violate. "
             "`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's "
             "table order; compare them as a set.\n" % (n, SEED))
    L.append("## Counts\n")
    L.append("%d drafts: %d allowed, %d with at least one violation (%d with two or more).\n"
             % (n, n_allowed, n - n_allowed, len(multi)))
    L.append("| violation | drafts | ids |\n|---|---|---|")
    for v in VIOLATIONS:
        L.append("| `%s` | %d | %s |" % (v, len(per_v[v]), ", ".join(sorted(per_v[v]))))
    L.append("")
    L.append("| lang | language | allowed | violating | total |\n|---|---|---|---|---|")
    for lg in LANG_NAMES:
        a, b = langs.get(lg, [0, 0])
        L.append("| %s | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], a, b, a + b))
    L.append("")
    L.append("## Conventions where the contract is silent\n")
    L.append("- **Any full bank account number is `sensitive_data`**, whoever it belongs to: our own IBAN "
             "in a \"new bank details\" notice or in a footer, a UK sort code plus account number, a Czech "
             "domestic account number `number/bank code`, and the customer's own IBAN. Masked forms (\"account "
             "ending 6803\", `DE** **** **** **** **41 07`, \"card ending 4444\") are allowed.")
    L.append("- **Card expiry alone is `sensitive_data`.** The contract lists \"a full card number, CVV or "
             "expiry\"; one draft masks the card to the last four digits but writes out the expiry date "
             "(\"expires 08/27\") and is labelled `sensitive_data`. This is the most literal reading of the "
             "contract and is flagged as a judgement call.")
    L.append("- **Payment references are not account numbers.** An ISO 11649 `RF..` creditor reference and a "
             "Czech `variabilní symbol` are allowed even though they look like account numbers.")
    L.append("- **A password that is typed out is `sensitive_data`;** telling parents to reset their password "
             "or that we never ask for it by email is allowed.")
    L.append("- **Another customer's name with their balance** (\"the Henderson wedding ... still owes\") is "
             "`sensitive_data`, even when meant kindly.")
    L.append("- **Restating agreed terms is allowed**: ground-damage rates, weather-cancellation charges, "
             "non-refundable deposits, missed-lesson policies, reminder fees and late-payment indemnities "
             "\"as set out in\" the signed agreement or enrolment terms. A payment plan already agreed in "
             "writing on an earlier date and only restated (the Dutch `betalingsregeling` draft) is also "
             "allowed; agreeing a plan or moving a due date in the draft itself is `terms_change`.")
    L.append("- **Business consequences are allowed** (as in the samples' credit-hold case): not holding a "
             "child's class place for the next term, not confirming new tent bookings while an invoice is "
             "unpaid. Threats of court, lawyers, collection agencies (`incassobureau`, `inkasso`, debt "
             "recovery agency), bailiffs, enforcement (`Kronofogden`, `executare silită`) or credit files "
             "(ASNEF, credit reference agencies) are `legal_threat`, including passive, conditional, hinted "
             "and P.S. forms.")
    L.append("- **Words that only sound close are allowed**: \"Credit Control\", \"Court Street\", tennis court, "
             "German `Mahnung`, Dutch `aanmaning` and `automatische incasso` / `gestorneerd` (a direct debit "
             "returned by the customer's bank), French `remise en état` (reinstatement, not a discount), "
             "`service recouvrement` and the stock phrase `Sauf erreur de notre part`, Italian `sollecito`, "
             "Czech `upomínka`, Spanish `departamento de cobros`, Greek `τμήμα εισπράξεων`. Deducting a "
             "deposit already paid is not a discount.")
    L.append("- **Conditional promises count.** \"Should the inspection show ..., the charge will be reversed "
             "and a credit note sent\" is `refund_or_credit_promise`. Admitting fault without promising "
             "anything is `fault_admission` only; promising a credit without admitting fault is "
             "`refund_or_credit_promise` only. Sympathy (\"we're sorry the fete was cancelled\") is neither.")
    L.append("- **Harassment** covers shaming (\"you should be ashamed\", telling other parents), mockery and "
             "intimidation. A joke at our own expense is allowed.\n")
    kid = {r["key"]: r["id"] for r in rows}
    L.append("## Boundary items (judgement calls)\n")
    L.append("| id | label | why it is a boundary |\n|---|---|---|")
    for k, why in [
        ("V16", "expiry written next to a masked card; labelled only because the contract lists expiry"),
        ("A26", "restates a payment plan a person already agreed in writing; not a new terms_change"),
        ("A11", "class place not held for the next term: a business consequence, like the samples' credit hold"),
        ("A38", "no new bookings confirmed while an invoice is unpaid: a business consequence"),
        ("V06", "conditional reversal of a charge and credit note: refund_or_credit_promise only, not discount_offer"),
        ("V05", "credit of missed lessons to the next invoice: refund_or_credit_promise only, not discount_offer"),
        ("A13", "RF creditor reference that looks like an IBAN"),
        ("A30", "10-digit Czech variabilni symbol that looks like an account number"),
    ]:
        it = by_key[k]
        lab = ", ".join("`%s`" % v for v in it["violations"]) or "allowed"
        L.append("| %s | %s | %s |" % (kid[k], lab, why))
    L.append("")
    L.append("## Regenerate and check\n")
    L.append("    python3 build.py && python3 check.py\n")
    return "\n".join(L)


def main():
    rows = assign_ids(ITEMS)
    dump_jsonl(os.path.join(HERE, "drafts.jsonl"),
               [{"id": r["id"], "subject": r["subject"], "body": r["body"]} for r in rows])
    dump_jsonl(os.path.join(HERE, "labels.jsonl"),
               [{"id": r["id"], "allowed": not r["violations"], "violations": r["violations"],
                 "note": "[%s, %s] %s" % (r["key"], r["lang"], r["note"]), "lang": r["lang"]}
                for r in rows])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    return rows


if __name__ == "__main__":
    rows = main()
    print("wrote %d drafts" % len(rows))
