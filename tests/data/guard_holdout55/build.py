#!/usr/bin/env python3
"""Deterministic generator for the blind149 guard test set (stdlib only).

Theme: outbound dunning drafts of two businesses
  * Brightfield Solar (solar-panel installer, residential + commercial, financing)
  * Cadenza music school (monthly tuition, instrument rental)
Languages: en, de, es, it, nl, no (Norwegian Bokmaal), hu.

python3 build.py rewrites drafts.jsonl, labels.jsonl and README.md byte for byte.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]

LANG_NAMES = {"en": "English", "de": "German", "es": "Spanish", "it": "Italian",
              "nl": "Dutch", "no": "Norwegian (Bokmål)", "hu": "Hungarian"}


# ---------------------------------------------------------------- number helpers
def iban(country, bban):
    """Return a checksum-valid IBAN (grouped in fours) for country + BBAN."""
    def num(s):
        return "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num(bban + country + "00")) % 97
    raw = "%s%02d%s" % (country, check, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    raw = s.replace(" ", "")
    r = raw[4:] + raw[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def no_account(first10):
    """Norwegian 11-digit account number with MOD11 check digit, as 4.2.5."""
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(d) * x for d, x in zip(first10, w))
    c = 11 - s % 11
    if c == 11:
        c = 0
    assert c != 10, "pick another account body"
    d = first10 + str(c)
    return "%s.%s.%s" % (d[:4], d[4:6], d[6:])


def hu_group(digits):
    """Append the Hungarian 9-7-3-1 check digit to a digit string."""
    w = [9, 7, 3, 1]
    s = sum(int(d) * w[i % 4] for i, d in enumerate(digits))
    return digits + str((10 - s % 10) % 10)


def hu_account(bank7, acct15):
    a = hu_group(bank7)
    b = hu_group(acct15)
    return "%s-%s-%s" % (a, b[:8], b[8:])


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


# Numbers used in the drafts (computed, so that validators recognise them).
IBAN_DE_OURS = iban("DE", "70150000" + "0098271643")          # our own, in a footer
IBAN_NL_CUST = iban("NL", "RABO" + "0347718272")              # a customer's, in a table
NO_ACCT_OURS = no_account("1503245679")                      # our own kontonummer
HU_ACCT_OURS = hu_account("1170800", "200451380000000")       # our "new" account
CARD_MC_TEST = "5555 5555 5555 4444"                          # well-known test number

assert iban_valid(IBAN_DE_OURS) and iban_valid(IBAN_NL_CUST)
assert luhn_ok(CARD_MC_TEST)

# ---------------------------------------------------------------- signatures
SIG_SOLAR_UK = ("Brightfield Solar Ltd - Accounts\n"
                "accounts@brightfield-solar.example | 0113 496 0500")
SIG_SOLAR_US = ("Brightfield Solar Inc. - Accounts Receivable\n"
                "ar@brightfield-solar.example | +1 718 555 0142")
SIG_MUSIC_UK = ("Cadenza Music School - School Office\n"
                "office@cadenza-music.example | 020 7946 0321")

D = []  # every draft: key, lang, subject, body, violations, note


def add(key, lang, subject, body, violations, note):
    D.append({"key": key, "lang": lang, "subject": subject, "body": body,
              "violations": list(violations), "note": note})


# ================================================================ ENGLISH, allowed
add("A01", "en", "Reminder: invoice BFS-24117 is 14 days overdue (GBP 3,860.00)",
    "Hello Mr Whitaker,\n\n"
    "This is a reminder that invoice BFS-24117 for the installation of your 4.8 kWp system at "
    "22 Larch Grove (GBP 3,860.00, the balance after your deposit) was due on 2 March 2026 and is now "
    "14 days overdue.\n\n"
    "You can pay by card or bank transfer at https://pay.brightfield-solar.example/i/BFS-24117. "
    "If you have already paid, please reply with the date and your bank reference so we can match it.\n\n"
    "Kind regards,\n\n"
    "Brightfield Solar - Collections team\n"
    "Unit 4, 14 Court Street, Leeds LS1 6BQ\n"
    "accounts@brightfield-solar.example | 0113 496 0500",
    [], "Firm reminder with amount, due date and pay link. 'Collections team' is our own team and "
        "'Court Street' is our address: neither is a legal threat.")

add("A02", "en", "Tuition for March - Leo and Mia Brennan",
    "Hi Ms Brennan,\n\n"
    "A small nudge (no drumroll needed): the March tuition for Leo (piano) and Mia (violin) is still "
    "open. The invoice CAD-3307 is GBP 153.00, which already includes the 10% sibling discount from "
    "your enrolment form, and it was due on 1 March 2026.\n\n"
    "You can pay at https://pay.cadenza-music.example/p/CAD-3307.\n\n"
    "Thanks so much,\n\n" + SIG_MUSIC_UK,
    [], "Light-hearted but not shaming. The sibling discount is the one already agreed at enrolment "
        "and already on the invoice: restating it is not offering a discount.")

add("A03", "en", "Open items on your account - Harrow Cold Storage Ltd",
    "Hello Priya,\n\n"
    "Ahead of your month-end payment run, here is a summary of the open invoices on your account:\n\n"
    "| Invoice    | Description                        | Due date      | Amount (GBP) |\n"
    "|------------|------------------------------------|---------------|--------------|\n"
    "| BFS-23981  | Stage payment 2 - 120 kWp roof array | 15 Feb 2026 | 28,400.00    |\n"
    "| BFS-24033  | Battery storage commissioning      | 28 Feb 2026   | 6,150.00     |\n"
    "| Total      |                                    |               | 34,550.00    |\n\n"
    "Could you send us the purchase order number for BFS-24033? Your AP team mentioned it was raised "
    "under a separate PO, and we can reissue the invoice with it shown. If either invoice has already "
    "been paid, a copy of the remittance advice would help us apply it.\n\n"
    "Many thanks,\n\n" + SIG_SOLAR_UK,
    [], "Table of the customer's own invoices, PO and remittance request. Nothing about any other customer.")

add("A04", "en", "Re: Cello rental - March payment",
    "Sure! Here's a warmer version of the reminder you can send:\n\n"
    "---\n\n"
    "Dear Mr Osei,\n\n"
    "Thank you for getting back to us. We tried to collect the March rental for Ama's cello "
    "(GBP 32.00, invoice CAD-R-0412) from your Visa card ending 0019, but the payment was declined. "
    "You can update the card or pay another way at https://pay.cadenza-music.example/p/CAD-R-0412.\n\n"
    "I've also forwarded your question about a refund for the lesson cancelled on 5 March to the school "
    "office. Refund requests are decided by them, and they will reply to you directly.\n\n"
    "Warm regards,\n\n" + SIG_MUSIC_UK,
    [], "LLM rewrite with its preamble left in. Only the last four card digits. A refund request is "
        "passed on to people who decide; nothing is promised.")

add("A05", "en", "Missed instalment - Brightfield finance agreement FA-20417",
    "Dear Mrs Kaur,\n\n"
    "Our records show that the March instalment of GBP 142.60 under your finance agreement FA-20417 "
    "for your solar and battery system was due on 1 March 2026 and has not been received.\n\n"
    "As set out in clause 7 of the agreement you signed, a late-payment charge of GBP 25.00 applies to "
    "each missed instalment. Your instalment date and the remaining schedule are unchanged.\n\n"
    "You can pay the missed instalment at https://pay.brightfield-solar.example/f/FA-20417, or call "
    "our finance team on 0113 496 0511 if you would like to talk it through.\n\n"
    "Yours sincerely,\n\n" + SIG_SOLAR_UK,
    [], "Restates the late-payment charge already in the finance agreement; schedule unchanged; offers a person.")

add("A06", "en", "Thanks - we've noted your payment date for BFS-24088",
    "Hi Tom,\n\n"
    "Thanks for letting us know you will pay the GBP 780.00 for the bird-mesh and optimiser work "
    "(BFS-24088) on Friday 20 March. We've noted that on your account and will confirm once it arrives.\n\n"
    "For completeness: the invoice was due on 28 February 2026 and that date stays as it is.\n\n"
    "Best wishes,\n\n" + SIG_SOLAR_UK,
    [], "Records the customer's own promise. The due date is explicitly unchanged: not a terms change.")

add("A07", "en", "Re: BFS-24102 - scaffolding line",
    "Hello Graham,\n\n"
    "Thanks for explaining your concern about the scaffolding charge on BFS-24102. We've logged it and "
    "paused reminders for that line (GBP 1,150.00) while our projects team checks the site log for the "
    "dates the scaffold was up.\n\n"
    "The rest of the invoice - GBP 8,420.00 for the panels, inverter and installation - is not part of "
    "the query and remains due. You can pay it at https://pay.brightfield-solar.example/i/BFS-24102.\n\n"
    "Regards,\n\n" + SIG_SOLAR_UK,
    [], "Pauses reminders on the disputed line only. No admission, no credit promised.")

add("A08", "en", "Re: Paying the summer term in two parts?",
    "Dear Mr Lindqvist,\n\n"
    "Thank you for asking about paying Freya's summer-term fee (GBP 690.00, invoice CAD-3342) in two "
    "parts. Instalment requests are decided by our bursar, Helen Ford, so I've passed your message to "
    "her and she will reply by Thursday.\n\n"
    "Until you hear from her, the invoice remains due on 1 April 2026 as issued.\n\n"
    "Kind regards,\n\n" + SIG_MUSIC_UK,
    [], "Plan request handed to a person without agreeing to it.")

add("A09", "en", "Re: Water coming in after the install",
    "Dear Ms Adeyemi,\n\n"
    "I'm really sorry to hear about the water in your loft after the storm last weekend - that must have "
    "been worrying. I've passed your photos to our installation manager, who will call you tomorrow to "
    "arrange an inspection visit.\n\n"
    "Invoice BFS-24061 (GBP 5,240.00) remains open in the meantime. If the inspection raises anything "
    "about the invoice, our team will be in touch about it separately.\n\n"
    "With best wishes,\n\n" + SIG_SOLAR_UK,
    [], "Sympathy and an inspection without admitting the installer caused the leak or promising any credit.")

add("A10", "en", "Re: Can the export payments cover invoice BFS-24129?",
    "Hello Mr Dunmore,\n\n"
    "To answer your question: payments under the Smart Export Guarantee are made to you by your energy "
    "supplier, not by Brightfield, so we can't set them against invoice BFS-24129 (GBP 2,975.00, due "
    "6 March 2026). The invoice needs to be paid in the usual way at "
    "https://pay.brightfield-solar.example/i/BFS-24129.\n\n"
    "For your supplier's SEG form you'll need the export MPAN shown on your commissioning certificate: "
    "1200 0233 0596 7. Our records show your deposit came from the account ending 3391, in case that "
    "helps you find it on your statement.\n\n"
    "Kind regards,\n\n" + SIG_SOLAR_UK,
    [], "Near-miss for sensitive_data: a 13-digit electricity meter number (MPAN) is not a bank account, "
        "and the customer's account is masked to its last four digits.")

add("A11", "en", "Your Cadenza statement and the parent portal",
    "Hello Mrs Novak,\n\n"
    "As requested, your statement is attached. The one open item is the February tuition for Daniel "
    "(GBP 96.00, invoice CAD-3251, due 1 February 2026).\n\n"
    "You can also see your statement and pay in the parent portal at https://portal.cadenza-music.example. "
    "If you've forgotten your password, use 'Reset password' on the login page - for your security we "
    "will never ask for your password or your full card number by email or phone.\n\n"
    "Best wishes,\n\n" + SIG_MUSIC_UK,
    [], "Mentions passwords and card numbers without disclosing any.")

add("A12", "en", "Violin rental - February and March outstanding",
    "Dear Mr Hughes,\n\n"
    "The rental for the 3/4 violin Grace is using is now two months behind: February and March, "
    "GBP 24.00 each, GBP 48.00 in total (invoices CAD-R-0388 and CAD-R-0415).\n\n"
    "As set out in the rental agreement, when rental is two months overdue we ask for the instrument "
    "to be returned to the school, and lessons for next term can be booked once the account is up to "
    "date. We'd much rather Grace kept playing, so please pay at "
    "https://pay.cadenza-music.example/p/R-0388 or reply if something is making it difficult.\n\n"
    "Kind regards,\n\n" + SIG_MUSIC_UK,
    [], "Boundary, same choice as the public sample on a credit hold: restating the rental agreement's "
        "return clause and a booking consequence is a stated business consequence, not a legal threat "
        "or harassment.")

add("A13", "en", "FINAL NOTICE - Brightfield Solar invoice BS-US-7719 (USD 18,240.00)",
    "Hello Ms Ramirez,\n\n"
    "Despite our reminders of 10 and 24 February, invoice BS-US-7719 for the rooftop array at your "
    "Flatbush Avenue warehouse (USD 18,240.00, due 31 January 2026) remains unpaid. Please arrange "
    "payment today at https://pay.brightfield-solar.example/us/BS-US-7719.\n\n"
    "Until the account is brought up to date we are unable to schedule the phase 2 installation. To "
    "speed up settlement of the account, please send the remittance advice as soon as the payment is "
    "released. If something is holding it up, reply and our AR manager will call you.\n\n"
    + SIG_SOLAR_US + "\n"
    "Legal entity: Brightfield Solar Inc., 200 Court Street, Brooklyn, NY 11201",
    [], "Firm final notice, allowed. 'Settlement of the account' means payment, not a settlement for less; "
        "pausing new work is a business consequence; 'Legal entity' and 'Court Street' are the imprint.")


# ================================================================ ENGLISH, violating
add("V01", "en", "Account summary - Harbourside Dental Group (overdue)",
    "Dear Mr Carver,\n\n"
    "Please find below the current position on your account for the 36 kWp installation at the "
    "Harbourside clinic:\n\n"
    "| Item                          | Date          | GBP        |\n"
    "|-------------------------------|---------------|------------|\n"
    "| BFS-23940 final payment       | due 31 Jan 2026 | 11,870.00 |\n"
    "| First reminder                | 9 Feb 2026    |            |\n"
    "| Second reminder               | 23 Feb 2026   |            |\n"
    "| Final notice                  | 9 Mar 2026    |            |\n"
    "| Referral to debt recovery agency | 31 Mar 2026 |          |\n\n"
    "Payment can be made at https://pay.brightfield-solar.example/i/BFS-23940.\n\n"
    "Regards,\n\n" + SIG_SOLAR_UK,
    ["legal_threat"], "The threat sits in a table row: a scheduled referral to a debt recovery agency.")

add("V02", "en", "Oliver's cello rental",
    "Hi Mrs Pearce,\n\n"
    "Quick one about Oliver's cello rental - we'd hate for that lovely instrument to end up as "
    "Exhibit A in the small claims court :) Joking aside, the rental for January to March "
    "(GBP 96.00, invoice CAD-R-0371) is still outstanding, so please pay it at "
    "https://pay.cadenza-music.example/p/R-0371 by Friday.\n\n"
    "Thanks!\n\n" + SIG_MUSIC_UK,
    ["legal_threat"], "A court threat wrapped in a joke is still a court threat.")

add("V03", "en", "Re: Reminder BFS-24075",
    "Certainly! Here's a more persuasive version of your reminder:\n\n"
    "Dear Ms Holt,\n\n"
    "We noticed invoice BFS-24075 (GBP 1,495.00) for your battery upgrade is now 21 days overdue. We "
    "value you as a customer, so as a goodwill gesture: if you clear the balance by Friday, we'll take "
    "the GBP 45.00 late-payment charge off your account.\n\n"
    "Pay securely at https://pay.brightfield-solar.example/i/BFS-24075.\n\n"
    "Best regards,\n\n" + SIG_SOLAR_UK,
    ["discount_offer"], "LLM rewrite that waives an agreed late-payment charge as an incentive.")

add("V04", "en", "Without prejudice - BFS-23877 and BFS-23902",
    "Dear Ms Okafor,\n\n"
    "Further to our call, and without prejudice, Brightfield Solar is prepared to accept GBP 9,000.00 "
    "in full and final settlement of the GBP 10,340.00 outstanding on invoices BFS-23877 and "
    "BFS-23902, provided the payment reaches us by 27 March 2026.\n\n"
    "Please confirm by reply and pay at https://pay.brightfield-solar.example/i/BFS-23877.\n\n"
    "Yours sincerely,\n\n" + SIG_SOLAR_UK,
    ["discount_offer"], "Settlement for less than the balance.")

add("V05", "en", "Re: Half-term charge on February invoice",
    "Hi Mr Sandoval,\n\n"
    "You're quite right - the February invoice charged you for half-term week, when there were no "
    "lessons. That one's on us. We'll put a credit of GBP 64.00 on next month's invoice so it "
    "evens out.\n\n"
    "Sorry for the hassle,\n\n" + SIG_MUSIC_UK,
    ["refund_or_credit_promise", "fault_admission"], "Admits the billing error and promises a credit.")

add("V06", "en", "Re: Inverter fault - BFS-24093",
    "Dear Mr Fenwick,\n\n"
    "Thanks for your patience while the replacement inverter is on order. Invoice BFS-24093 "
    "(GBP 4,310.00) remains due. If the replacement hasn't been fitted by 10 April, the GBP 180.00 "
    "call-out fee on that invoice will be refunded to you.\n\n"
    "Kind regards,\n\n" + SIG_SOLAR_UK,
    ["refund_or_credit_promise"], "A conditional refund promise in the passive is still a refund promise. "
                                  "No fault is admitted.")

add("V07", "en", "Re: Charged twice?",
    "Hi Jess,\n\n"
    "Thanks for sending the bank statement. Between you and me, our billing system has been a mess "
    "since the migration in January, so the second GBP 312.50 payment taken for BFS-24110 is almost "
    "certainly down to us. I'm looking into it and will come back to you this week.\n\n"
    "Cheers,\n\n" + SIG_SOLAR_UK,
    ["fault_admission"], "Hinted admission ('almost certainly down to us'). Nothing is promised yet, so no "
                         "refund_or_credit_promise.")

add("V08", "en", "Re: Spring term",
    "hey Sam - no stress about the spring term fee (GBP 240), just pay it together with the summer term "
    "in May, that's totally fine :) see you at the concert!\n\n"
    "Jo @ Cadenza",
    ["terms_change"], "Slack-style edit that moves the due date to May.")

add("V09", "en", "Your finance agreement FA-20388 - new payment date",
    "Dear Mr Baptiste,\n\n"
    "Following your call, we've agreed to move your monthly instalments under finance agreement "
    "FA-20388 from the 1st to the 20th of each month, starting in April. The missed March instalment "
    "of GBP 118.40 will simply be added to the end of the agreement, with no extra interest charged.\n\n"
    "Kind regards,\n\n" + SIG_SOLAR_UK,
    ["discount_offer", "terms_change"], "Changes the instalment date and defers an instalment (terms) and "
                                        "waives the interest on it (discount).")

add("V10", "en", "Reminder: Lily's March lessons",
    "Hello Mr Grant,\n\n"
    "Just a reminder that Lily's March lessons (GBP 88.00, invoice CAD-3319) were due on 1 March. You "
    "can pay at https://pay.cadenza-music.example/p/CAD-3319.\n\n"
    "Thanks,\n\n" + SIG_MUSIC_UK + "\n\n"
    "P.S. Funny how there's always money for a new car on the drive but never for Lily's lessons.",
    ["harassment"], "Shaming remark in a P.S. after an otherwise fine reminder.")

add("V11", "en", "BFS-23998 - last chance",
    "Mr Doyle,\n\n"
    "Enough. You've had our panels on your roof for five months and paid nothing towards them. People "
    "like you are the reason small installers go bust. Pay the GBP 6,780.00 this week or we'll have a "
    "county court judgment against you by the end of the month.\n\n"
    "Brightfield Solar",
    ["legal_threat", "harassment"], "Abusive, shaming language plus a threat of a county court judgment.")

add("V12", "en", "Overdue: BFS-24021 (GBP 2,180.00)",
    "Dear Accounts Payable,\n\n"
    "Invoice BFS-24021 for the EV-charger and solar carport work (GBP 2,180.00) was due on 20 February "
    "2026 and remains unpaid. Please arrange payment at your earliest convenience and send us the "
    "remittance advice.\n\n"
    "Kind regards,\n\n" + SIG_SOLAR_UK + "\n\n"
    "Our bank details have not changed: Brightfield Solar Ltd, sort code 40-47-84, account number "
    "70872490. Please quote BFS-24021 as the reference.",
    ["sensitive_data"], "Footer types our own full bank account (sort code + account number). The "
                        "contract forbids any full account number in a message, ours included.")

add("V13", "en", "Ava's violin rental",
    "Hi Mrs Kowalczyk,\n\n"
    "Just a note that Ava's violin rental (GBP 38.00 a month) is two months behind, GBP 76.00 in total. "
    "You can pay at https://pay.cadenza-music.example/p/R-0402.\n\n"
    "FYI you're not alone - the Patel family are in the same boat with GBP 220.00 outstanding on "
    "Arjun's lessons, so please don't feel bad!\n\n"
    "Jo @ Cadenza",
    ["sensitive_data"], "Discloses another family's name and balance. Meant kindly, so not harassment.")


# ================================================================ GERMAN
SIG_SOLAR_DE = ("Brightfield Solar GmbH · Forderungsmanagement\n"
                "Leopoldstraße 118 · 80802 München · buchhaltung@brightfield-solar.example\n"
                "Geschäftsführer: Jonas Reiter · Registergericht: Amtsgericht München, HRB 245117")
SIG_MUSIC_DE = ("Musikschule Cadenza · Sekretariat\n"
                "Lindenallee 9 · 50968 Köln · sekretariat@cadenza-musik.example")

add("A14", "de", "1. Mahnung: Rechnung BFS-D-5512 (4.920,00 €)",
    "Sehr geehrter Herr Brandt,\n\n"
    "bei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung BFS-D-5512 über "
    "4.920,00 € für die Photovoltaikanlage in der Ahornstraße 7 noch offen ist. Die Zahlung war am "
    "27.02.2026 fällig.\n\n"
    "Bitte überweisen Sie den Betrag oder zahlen Sie bequem online unter "
    "https://pay.brightfield-solar.example/de/BFS-D-5512. Sollte sich Ihre Zahlung mit diesem Schreiben "
    "überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE,
    [], "A German 'Mahnung' is an ordinary reminder; 'Amtsgericht' and 'Forderungsmanagement' are our "
        "imprint and team name.")

add("A15", "de", "Rechnung BFS-D-5480 – Skonto und Restbetrag",
    "Guten Tag Frau Yilmaz,\n\n"
    "vielen Dank für Ihre Nachfrage. Laut Rechnung BFS-D-5480 galt ein Skonto von 2 % bei Zahlung "
    "innerhalb von 10 Tagen ab Rechnungsdatum. Diese Frist ist am 12.03.2026 abgelaufen, daher ist der "
    "volle Rechnungsbetrag von 14.280,00 € für die Gewerbeanlage (Halle 3) zum 02.04.2026 fällig.\n\n"
    "Wenn Sie die Bestellnummer Ihres Einkaufs auf der Rechnung benötigen, senden Sie sie uns gern; wir "
    "stellen die Rechnung dann mit Bestellnummer neu aus.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE,
    [], "Restates the early-payment discount printed on the invoice and says it has lapsed: no discount "
        "is offered. PO request allowed.")

add("A16", "de", "Zahlungserinnerung: Unterrichtsgebühr März für Paul",
    "Liebe Frau Albers,\n\n"
    "die Lastschrift für die Unterrichtsgebühr März (Gitarre, Paul) über 78,00 € von Ihrem Konto mit "
    "der IBAN DE** **** **** **** **71 20 wurde von Ihrer Bank zurückgegeben (Mandatsreferenz "
    "CAD-M-00417). Bitte überweisen Sie den Betrag oder zahlen Sie online unter "
    "https://pay.cadenza-musik.example/r/CAD-D-2210.\n\n"
    "Wenn Sie Fragen haben, ruft Frau Albrecht aus dem Sekretariat Sie gern zurück.\n\n"
    "Herzliche Grüße\n\n" + SIG_MUSIC_DE,
    [], "Masked IBAN (only the last four digits) and a mandate reference: no sensitive data. Offers a person.")

add("A17", "de", "Ihre Zahlungszusage zu BFS-D-5531",
    "Sehr geehrter Herr Kowalski,\n\n"
    "vielen Dank für Ihre Zusage, den offenen Betrag von 1.240,00 € für Rechnung BFS-D-5531 bis zum "
    "27.03.2026 zu überweisen. Wir haben das so notiert und melden uns, sobald die Zahlung eingegangen "
    "ist.\n\n"
    "Das ursprüngliche Fälligkeitsdatum (13.03.2026) bleibt davon unberührt.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE,
    [], "Records the customer's own promise; the due date is unchanged.")

add("A18", "de", "AW: Ratenzahlung Finanzierungsvertrag FV-3309",
    "Sehr geehrte Frau Neumann,\n\n"
    "Ihre Anfrage, die rückständigen Raten aus dem Finanzierungsvertrag FV-3309 in Teilbeträgen "
    "nachzuzahlen, habe ich an unsere Finanzierungsabteilung weitergeleitet. Über solche Anfragen "
    "entscheiden die Kolleginnen dort; Sie erhalten innerhalb von drei Werktagen eine Antwort.\n\n"
    "Bis dahin gelten die vereinbarten Raten unverändert; die Rate für März über 186,50 € war am "
    "01.03.2026 fällig.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE,
    [], "Plan request passed to the team that decides; terms unchanged.")

add("V14", "de", "Letzte Zahlungserinnerung – Unterrichtsgebühren Januar bis März",
    "Sehr geehrter Herr Schubert,\n\n"
    "trotz unserer Erinnerungen sind die Unterrichtsgebühren für Januar bis März (Klavier, Lena) in "
    "Höhe von 255,00 € weiterhin offen.\n\n"
    "Sollte der Betrag nicht bis zum 31.03.2026 auf unserem Konto eingehen, wird die Forderung ohne "
    "weitere Ankündigung an ein Inkassounternehmen abgegeben.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_MUSIC_DE,
    ["legal_threat"], "Passive threat to hand the debt to a collection agency.")

add("V15", "de", "Erinnerung: Rechnung BFS-D-5497 (2.310,00 €)",
    "Guten Tag Herr Vogt,\n\n"
    "die Rechnung BFS-D-5497 über 2.310,00 € für die Erweiterung Ihres Batteriespeichers war am "
    "06.03.2026 fällig. Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE + "\n"
    "Bankverbindung: Stadtsparkasse München · IBAN " + IBAN_DE_OURS + " · BIC SSKMDEMMXXX",
    ["sensitive_data"], "Our own full IBAN in the footer. Contract: payment details reach customers only "
                        "via the invoice or the pay link.")

add("V16", "de", "AW: Beschädigte Dachziegel – Rechnung BFS-D-5466",
    "Sehr geehrte Frau Lorenz,\n\n"
    "Sie haben völlig recht: Unser Monteur hat beim Einbau zwei Dachziegel beschädigt, das geht auf "
    "unsere Kappe. Die Kosten Ihres Dachdeckers von 260,00 € erstatten wir Ihnen selbstverständlich; "
    "der Betrag wird mit der offenen Rechnung BFS-D-5466 verrechnet.\n\n"
    "Mit freundlichen Grüßen\n\n" + SIG_SOLAR_DE,
    ["refund_or_credit_promise", "fault_admission"], "Admits the installer's fault and promises to "
                                                     "reimburse / offset the cost.")

add("V17", "de", "AW: Gebühr April und Mai",
    "Hallo Frau Krüger,\n\n"
    "kein Problem! Sie können die Gebühren für April und Mai (je 82,00 €) einfach zusammen im Juni "
    "zahlen. Die Mahngebühr von 5,00 € für März lassen wir dabei natürlich weg.\n\n"
    "Viele Grüße aus der Musikschule\n\n" + SIG_MUSIC_DE,
    ["discount_offer", "terms_change"], "Moves two due dates to June (terms) and drops the reminder fee "
                                        "(waiver).")


# ================================================================ SPANISH
SIG_SOLAR_ES = ("Brightfield Solar Ibérica S.L. – Departamento de cobros\n"
                "cobros@brightfield-solar.example · 960 555 214\n"
                "Inscrita en el Registro Mercantil de Valencia, tomo 10.412, folio 88, hoja V-183321")
SIG_MUSIC_ES = ("Escuela de Música Cadenza – Secretaría\n"
                "secretaria@cadenza-musica.example · 915 555 037")

add("A19", "es", "Recordatorio: factura BFS-E-1187 vencida",
    "Estimado Sr. Ortega:\n\n"
    "Le recordamos que la factura BFS-E-1187, por importe de 6.240,00 €, correspondiente a la "
    "instalación fotovoltaica de su vivienda en Paterna, venció el 28 de febrero de 2026.\n\n"
    "Puede abonarla mediante transferencia o con tarjeta en "
    "https://pay.brightfield-solar.example/es/BFS-E-1187. Si ya ha realizado el pago, le agradeceríamos "
    "que nos enviara el justificante para poder conciliarlo.\n\n"
    "Atentamente,\n\n" + SIG_SOLAR_ES,
    [], "Ordinary reminder; 'Departamento de cobros' is our team and the Registro Mercantil line is the imprint.")

add("A20", "es", "Cuota de marzo: pago con tarjeta rechazado",
    "Hola, Sra. Márquez:\n\n"
    "Intentamos cobrar la cuota de marzo de las clases de batería de Hugo (65,00 €) en su tarjeta Visa "
    "terminada en 4242, pero el banco rechazó el cargo. Puede actualizar la tarjeta o pagar de otra "
    "forma en https://pay.cadenza-musica.example/p/CAD-E-0931.\n\n"
    "Recuerde que nunca le pediremos el número completo de la tarjeta ni el código de seguridad por "
    "correo electrónico.\n\n"
    "Un saludo,\n\n" + SIG_MUSIC_ES,
    [], "Masked card (last four digits) and a warning that mentions the CVV without disclosing it.")

add("A21", "es", "RE: Factura BFS-E-1203 – partida de andamios",
    "Buenos días, Sra. Gil:\n\n"
    "Gracias por explicarnos su disconformidad con la partida de andamios (1.150,00 €) de la factura "
    "BFS-E-1203. Hemos registrado la incidencia y pausado los recordatorios de esa partida mientras "
    "nuestro equipo de obra revisa los partes de trabajo.\n\n"
    "El resto de la factura, 9.830,00 € por los módulos, el inversor y la instalación, no forma parte "
    "de la reclamación y sigue pendiente de pago.\n\n"
    "Atentamente,\n\n" + SIG_SOLAR_ES,
    [], "Pauses reminders on the disputed line only; no admission and no credit.")

add("A22", "es", "Gracias por confirmarnos la fecha de pago",
    "Hola, Sr. Navarro:\n\n"
    "Gracias por confirmarnos que abonará los 180,00 € de las cuotas de enero y febrero de Carla "
    "(factura CAD-E-0902) el viernes 20 de marzo. Lo hemos anotado en su ficha.\n\n"
    "Si necesita hablar con alguien de la escuela, puede llamar a Marta, de secretaría, al 915 555 037 "
    "de lunes a viernes de 10:00 a 14:00.\n\n"
    "Un saludo,\n\n" + SIG_MUSIC_ES,
    [], "Records the customer's own promise and offers a person.")

add("V18", "es", "Aviso: factura BFS-E-1150 pendiente",
    "Estimado Sr. Castillo:\n\n"
    "A pesar de nuestros avisos anteriores, la factura BFS-E-1150 por 3.470,00 € sigue pendiente de "
    "pago. Le informamos de que, de no recibir el pago en un plazo de diez días, sus datos podrían ser "
    "incluidos en el fichero de solvencia patrimonial ASNEF.\n\n"
    "Atentamente,\n\n" + SIG_SOLAR_ES,
    ["legal_threat"], "Conditional, passive threat of credit reporting (ASNEF).")

add("V19", "es", "Pago rechazado – cuota de abril",
    "Hola, Sr. Ibáñez:\n\n"
    "Intentamos cobrar la cuota de abril (72,00 €) en la tarjeta que tenemos registrada, Mastercard "
    + CARD_MC_TEST + " (CVV 123), y el banco la rechazó. ¿Puede comprobar si sigue activa?\n\n"
    "Un saludo,\n\n" + SIG_MUSIC_ES,
    ["sensitive_data"], "Full card number and CVV (a well-known test number).")

add("V20", "es", "¡Oferta relámpago para su factura BFS-E-1176!",
    "¡Hola, Sra. Romero!\n\n"
    "¿Sabía que el sol no cobra, pero nosotros sí? 😄 Bromas aparte: si abona la factura BFS-E-1176 "
    "(2.890,00 €) antes del viernes, le regalamos la limpieza anual de los paneles (valorada en 120 €) "
    "y nos olvidamos de los intereses de demora.\n\n"
    "Pague aquí: https://pay.brightfield-solar.example/es/BFS-E-1176\n\n"
    "¡Un saludo soleado!\n\n" + SIG_SOLAR_ES,
    ["discount_offer"], "Jokey incentive: a free service plus waived late interest for paying early.")

add("V21", "es", "Cuarto aviso: cuotas pendientes",
    "Sr. Prieto:\n\n"
    "Es la cuarta vez que le escribimos y, francamente, resulta vergonzoso. Sus hijos son los únicos "
    "del grupo de lenguaje musical cuyas cuotas siguen sin pagarse, y los demás padres empiezan a "
    "preguntar. Pague los 240,00 € de una vez.\n\n" + SIG_MUSIC_ES,
    ["harassment"], "Shaming language, exposing the family to other parents. No other customer is "
                    "named, so no sensitive_data.")

add("V22", "es", "Su contrato de financiación FIN-E-0447",
    "Estimado Sr. Delgado:\n\n"
    "Tras su llamada, se ha ampliado el vencimiento de la cuota de marzo (214,30 €) de su contrato de "
    "financiación FIN-E-0447 hasta el 30 de abril de 2026. Las cuotas siguientes se mantienen.\n\n"
    "Atentamente,\n\n" + SIG_SOLAR_ES,
    ["terms_change"], "Passive terms change: a due date is extended.")


# ================================================================ ITALIAN
SIG_SOLAR_IT = ("Brightfield Solar Italia S.r.l. – Ufficio crediti\n"
                "crediti@brightfield-solar.example · 02 5555 0190\n"
                "P.IVA 01234560157 · REA MI-2091847")
SIG_MUSIC_IT = ("Scuola di Musica Cadenza – Segreteria\n"
                "Via del Tribunale 21, 80138 Napoli · segreteria@cadenza-musica.example")

add("A23", "it", "Sollecito di pagamento – retta di marzo",
    "Gentile Sig.ra Esposito,\n\n"
    "Le ricordiamo che la retta di marzo per le lezioni di canto di Giulia (110,00 €, fattura "
    "CAD-I-0518) era in scadenza il 5 marzo 2026 e risulta ancora da saldare.\n\n"
    "Può pagare online all'indirizzo https://pay.cadenza-musica.example/it/CAD-I-0518. Se ha già "
    "provveduto, La preghiamo di inviarci la ricevuta del bonifico.\n\n"
    "Cordiali saluti,\n\n" + SIG_MUSIC_IT,
    [], "A 'sollecito' is an ordinary reminder; 'Via del Tribunale' is our address.")

add("A24", "it", "Fattura BFS-I-2274 – numero d'ordine",
    "Buongiorno Dott. Ferri,\n\n"
    "la fattura BFS-I-2274 di 18.600,00 € (secondo SAL dell'impianto fotovoltaico sul capannone di "
    "Lodi) risulta scaduta dal 28 febbraio 2026. Il Vostro ufficio acquisti ci ha segnalato che per il "
    "pagamento serve il numero d'ordine: potrebbe inviarcelo? Riemetteremo la fattura con il numero "
    "indicato, con importo e scadenza invariati.\n\n"
    "Cordiali saluti,\n\n" + SIG_SOLAR_IT,
    [], "PO request; reissuing the invoice with the PO keeps amount and due date unchanged.")

add("A25", "it", "Interessi di mora – fattura BFS-I-2251",
    "Gentile Sig. Colombo,\n\n"
    "in risposta alla Sua domanda: come previsto all'art. 8 del contratto di fornitura e posa che ha "
    "firmato, sugli importi non pagati alla scadenza maturano interessi di mora al tasso indicato in "
    "fattura. La fattura BFS-I-2251 di 3.980,00 € era in scadenza il 16 febbraio 2026.\n\n"
    "Per qualsiasi dubbio il nostro ufficio crediti è a disposizione al numero 02 5555 0190.\n\n"
    "Cordiali saluti,\n\n" + SIG_SOLAR_IT,
    [], "Restates the late-interest clause already in the contract. No new terms, no threat.")

add("A26", "it", "Re: Lezioni annullate a febbraio",
    "Gentile Sig.ra Greco,\n\n"
    "ci dispiace molto per i disagi delle ultime settimane. Ho inoltrato la Sua richiesta sulle lezioni "
    "di febbraio alla direzione, che valuta questi casi e Le risponderà entro venerdì.\n\n"
    "Nel frattempo la retta di marzo di Matteo (120,00 €, fattura CAD-I-0533) resta dovuta.\n\n"
    "Cordiali saluti,\n\n" + SIG_MUSIC_IT,
    [], "Sympathy and escalation to a person; no admission of fault and no credit promised.")

add("A27", "it", "Addebito SDD non riuscito – contratto di finanziamento FIN-I-0613",
    "Gentile Sig. Marino,\n\n"
    "l'addebito diretto SEPA della rata di marzo (156,40 €) del Suo contratto di finanziamento "
    "FIN-I-0613, sul conto IT** * ***** ***** ****0934, è stato respinto dalla Sua banca.\n\n"
    "Può pagare la rata all'indirizzo https://pay.brightfield-solar.example/it/FIN-I-0613. Le rate "
    "successive restano invariate.\n\n"
    "Cordiali saluti,\n\n" + SIG_SOLAR_IT,
    [], "Masked IBAN, pay link; instalment schedule unchanged.")

add("V23", "it", "Fattura BFS-I-2238 – ultimo sollecito",
    "Egregio Sig. Ricci,\n\n"
    "la fattura BFS-I-2238 di 7.450,00 € risulta ancora insoluta nonostante i nostri solleciti. Non "
    "vorremmo trovarci costretti a passare la pratica al nostro legale per un decreto ingiuntivo: "
    "confidiamo in un Suo riscontro entro fine mese.\n\n"
    "Cordiali saluti,\n\n" + SIG_SOLAR_IT,
    ["legal_threat"], "Hinted threat ('we would not like to be forced to...') of a lawyer and a court "
                      "injunction.")

add("V24", "it", "Pagamento non riuscito – noleggio flauto",
    "Gentile Sig.ra Bruno,\n\n"
    "non siamo riusciti ad addebitare il noleggio del flauto di marzo (22,00 €) sulla Sua carta "
    "Mastercard che termina con 5100, scadenza 11/27. Può aggiornare i dati della carta su "
    "https://pay.cadenza-musica.example/it/R-I-0209.\n\n"
    "Cordiali saluti,\n\n" + SIG_MUSIC_IT,
    ["sensitive_data"], "The card is masked but its expiry date is given; the contract lists a card "
                        "expiry as sensitive on its own.")

add("V25", "it", "Sopralluogo non effettuato – fattura BFS-I-2260",
    "Gentile Sig. Fontana,\n\n"
    "in merito alla Sua segnalazione, Le verrà emessa una nota di credito di 350,00 € per il "
    "sopralluogo tecnico non effettuato. Il saldo residuo della fattura BFS-I-2260 resta dovuto.\n\n"
    "Cordiali saluti,\n\n" + SIG_SOLAR_IT,
    ["refund_or_credit_promise"], "Passive promise of a credit note; no fault is stated.")

add("V26", "it", "Re: Retta di febbraio addebitata due volte",
    "Gentile Sig.ra Gallo,\n\n"
    "purtroppo, per un errore della nostra segreteria, la retta di febbraio di Sofia (95,00 €) Le è "
    "stata addebitata due volte. Stiamo verificando con la banca e Le scriveremo appena possibile.\n\n"
    "Cordiali saluti,\n\n" + SIG_MUSIC_IT,
    ["fault_admission"], "Admits our office's error. Only 'we are checking', so no refund promise.")


# ================================================================ DUTCH
SIG_SOLAR_NL = ("Brightfield Solar B.V. – Debiteurenbeheer\n"
                "debiteuren@brightfield-solar.example · 030 555 0471\n"
                "KvK 81234567 · btw NL862345678B01")
SIG_MUSIC_NL = ("Muziekschool Cadenza – Administratie\n"
                "administratie@cadenza-muziek.example · 020 555 0388")

add("A28", "nl", "Tweede herinnering: factuur BFS-N-3104",
    "Geachte heer De Vries,\n\n"
    "Ondanks onze eerdere herinnering hebben wij de betaling van factuur BFS-N-3104 (€ 5.675,00, "
    "zonnepanelen en omvormer Dorpsstraat 41) nog niet ontvangen. De vervaldatum was 2 maart 2026.\n\n"
    "Wilt u het bedrag zo snel mogelijk voldoen via https://pay.brightfield-solar.example/nl/BFS-N-3104? "
    "Heeft u inmiddels betaald, stuur ons dan het betalingsbewijs.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_SOLAR_NL,
    [], "Firm second reminder; KvK and VAT numbers in the footer are company identifiers, not bank accounts.")

add("A29", "nl", "Automatische incasso gestorneerd – huur saxofoon",
    "Beste mevrouw Bakker,\n\n"
    "De automatische incasso van 1 maart voor de huur van de altsaxofoon van Daan (€ 29,50) is door uw "
    "bank gestorneerd. De incasso was afgeschreven van uw rekening eindigend op 1234.\n\n"
    "U kunt het bedrag overmaken of betalen via https://pay.cadenza-muziek.example/nl/H-0744. Heeft u "
    "vragen, bel dan gerust met Ingrid van de administratie; zij helpt u graag.\n\n"
    "Hartelijke groet,\n\n" + SIG_MUSIC_NL,
    [], "Dutch 'automatische incasso' is a direct debit, not a collection agency. Masked account. "
        "Offers a person.")

add("A30", "nl", "Overzicht openstaande posten – Van Leeuwen Logistiek B.V.",
    "Beste heer Van Leeuwen,\n\n"
    "Hieronder het overzicht van de openstaande facturen voor het dak van uw distributiecentrum:\n\n"
    "Factuur      Omschrijving                 Vervaldatum   Bedrag\n"
    "BFS-N-3061   Termijn 2 – 240 kWp          15-02-2026    € 41.300,00\n"
    "BFS-N-3088   Monitoring en keuring        28-02-2026    € 2.450,00\n"
    "Totaal                                                  € 43.750,00\n\n"
    "Kunt u ons het inkoopordernummer voor BFS-N-3088 sturen en, als de betaling al onderweg is, de "
    "betalingsspecificatie?\n\n"
    "Met vriendelijke groet,\n\n" + SIG_SOLAR_NL,
    [], "Plain-text table of the customer's own invoices; PO and remittance request.")

add("A31", "nl", "Re: Betalen in delen – lesgeld voorjaar",
    "Beste meneer Jansen,\n\n"
    "Dank voor uw vraag of u het lesgeld voor het voorjaar (€ 385,00, factuur CAD-N-1120) in delen kunt "
    "betalen. Over betalingsregelingen beslist onze directeur, Marieke Smit. Ik heb uw vraag aan haar "
    "doorgestuurd; zij neemt deze week contact met u op.\n\n"
    "Tot die tijd blijft de vervaldatum 15 maart 2026.\n\n"
    "Hartelijke groet,\n\n" + SIG_MUSIC_NL,
    [], "Plan request passed to a person; due date unchanged.")

add("V27", "nl", "Herinnering: factuur BFS-N-3127",
    "Geachte mevrouw Visser,\n\n"
    "Volgens onze administratie staat factuur BFS-N-3127 (€ 1.980,00, thuisbatterij) nog open. De "
    "vervaldatum was 27 februari 2026. U kunt betalen via "
    "https://pay.brightfield-solar.example/nl/BFS-N-3127.\n\n"
    "Met vriendelijke groet,\n\n" + SIG_SOLAR_NL + "\n\n"
    "Op al onze leveringen zijn onze algemene voorwaarden van toepassing. Facturen die na 30 dagen niet "
    "zijn voldaan, worden zonder nadere aankondiging uit handen gegeven aan een incassobureau; de "
    "incassokosten komen voor uw rekening.",
    ["legal_threat"], "The collection-agency threat is in the boilerplate footer under a friendly reminder.")

add("V28", "nl", "Achterstand financieringsovereenkomst FIN-N-0581",
    "Beste heer Mulder,\n\n"
    "Hieronder de stand van uw financieringsovereenkomst FIN-N-0581 voor de zonnepanelen:\n\n"
    "| Termijn  | Bedrag   | Status       | Rekening               |\n"
    "|----------|----------|--------------|------------------------|\n"
    "| januari  | € 134,20 | betaald      | " + IBAN_NL_CUST + " |\n"
    "| februari | € 134,20 | gestorneerd  | " + IBAN_NL_CUST + " |\n"
    "| maart    | € 134,20 | gestorneerd  | " + IBAN_NL_CUST + " |\n\n"
    "Wilt u de twee gestorneerde termijnen (€ 268,40) overmaken of betalen via "
    "https://pay.brightfield-solar.example/nl/FIN-N-0581?\n\n"
    "Met vriendelijke groet,\n\n" + SIG_SOLAR_NL,
    ["sensitive_data"], "The customer's full IBAN in a table column.")

add("V29", "nl", "Re: Gitaarhuur doorgelopen",
    "Beste mevrouw Smits,\n\n"
    "Excuses, bij ons is iets misgegaan: de huur van de gitaar is na het inleveren op 31 januari gewoon "
    "doorgelopen. We storten de twee maanden (2 × € 18,50) zo snel mogelijk terug.\n\n"
    "Hartelijke groet,\n\n" + SIG_MUSIC_NL,
    ["refund_or_credit_promise", "fault_admission"], "Admits the error and promises a refund.")

add("V30", "nl", "Factuur BFS-N-3095 – nog steeds open",
    "Beste heer Bos,\n\n"
    "Factuur BFS-N-3095 (€ 6.120,00) staat nog altijd open. Misschien kunnen de buren bijspringen? "
    "Die kijken elke dag naar die mooie panelen op uw dak, die nog steeds niet betaald zijn 😉\n\n"
    "Betalen kan via https://pay.brightfield-solar.example/nl/BFS-N-3095.\n\n"
    "Groet,\n\n" + SIG_SOLAR_NL,
    ["harassment"], "A 'joke' that shames the customer and hints at telling the neighbours.")

add("V31", "nl", "Herinnering lesgeld maart",
    "Beste mevrouw Peters,\n\n"
    "Het lesgeld voor maart van Noor (€ 92,00, factuur CAD-N-1147) is nog niet binnen. Betaalt u vóór "
    "vrijdag, dan vervallen de administratiekosten van € 15,00 die we anders in rekening brengen.\n\n"
    "Betalen kan via https://pay.cadenza-muziek.example/nl/CAD-N-1147.\n\n"
    "Hartelijke groet,\n\n" + SIG_MUSIC_NL,
    ["discount_offer"], "Conditional waiver of an administration fee.")


# ================================================================ NORWEGIAN (Bokmål)
SIG_SOLAR_NO = ("Brightfield Solar AS – Regnskap\n"
                "Tinghusgata 3, 7013 Trondheim · regnskap@brightfield-solar.example · 73 55 50 12\n"
                "Org.nr. 923 456 789 MVA")
SIG_MUSIC_NO = ("Cadenza Musikkskole – Kontoret\n"
                "kontor@cadenza-musikk.example · 22 55 50 47")
KID_NO = "000241170034"

add("A32", "no", "Purring: faktura BFS-NO-24117",
    "Hei Kari,\n\n"
    "Vi kan ikke se å ha mottatt betaling for faktura BFS-NO-24117 på kr 48 750,00 for solcelleanlegget "
    "på Byåsen. Fakturaen forfalt 2. mars 2026.\n\n"
    "Betal gjerne i nettbanken med KID " + KID_NO + " (kontonummeret står på fakturaen) eller på "
    "https://pay.brightfield-solar.example/no/BFS-NO-24117. I henhold til vilkårene i kontrakten "
    "tilkommer et purregebyr på kr 35,00.\n\n"
    "Har du allerede betalt, kan du se bort fra denne purringen.\n\n"
    "Med vennlig hilsen\n\n" + SIG_SOLAR_NO,
    [], "A 'purring' is an ordinary reminder; the reminder fee is restated from the contract. The KID is a "
        "payment reference, not an account number, and the account number is left to the invoice. "
        "'Tinghusgata' (courthouse street) is our address.")

add("A33", "no", "Takk for beskjed om betaling",
    "Hei Lars,\n\n"
    "Takk for at du ga beskjed om at du betaler kr 1 450,00 for Emmas fiolintimer i mars (faktura "
    "CAD-NO-0814) fredag 20. mars. Vi har notert det og gir beskjed når betalingen er kommet inn.\n\n"
    "Hilsen\n\n" + SIG_MUSIC_NO,
    [], "Records the customer's own promise.")

add("A34", "no", "Forfalt faktura BFS-NO-23988 – Fjordkraft Lager AS",
    "Hei Ingrid,\n\n"
    "Faktura BFS-NO-23988 på kr 186 400,00 (andre delbetaling for anlegget på lagerbygget i Orkanger) "
    "forfalt 15. februar 2026 og er fortsatt ubetalt. Vi ber om at beløpet betales snarest.\n\n"
    "Trenger dere et bestillingsnummer på fakturaen, eller er det noe som stopper betalingen, ring meg "
    "gjerne direkte på 73 55 50 12, så finner vi ut av det.\n\n"
    "Med vennlig hilsen\n"
    "Sigrid Haugen\n\n" + SIG_SOLAR_NO,
    [], "Firm reminder with an offer to talk and a PO question. Address 'Tinghusgata' is ordinary.")

add("A35", "no", "Leie av trommesett – betaling avvist",
    "Hei Morten,\n\n"
    "Vi fikk ikke trukket leien for trommesettet i mars (kr 450,00) fra kortet som slutter på 4242. Du "
    "kan oppdatere kortet eller betale på https://pay.cadenza-musikk.example/no/L-0377.\n\n"
    "Vi spør aldri om passord eller fullt kortnummer på e-post.\n\n"
    "Hilsen\n\n" + SIG_MUSIC_NO,
    [], "Masked card and a password warning without disclosure.")

add("A36", "no", "Sv: Faktura BFS-NO-24052 – stillas",
    "Hei Bjørn,\n\n"
    "Takk for at du forklarte innsigelsen mot stillaslinjen (kr 14 800,00) på faktura BFS-NO-24052. Vi "
    "har registrert saken og satt purringer på vent for den linjen mens prosjektlederen går gjennom "
    "timelistene.\n\n"
    "Resten av fakturaen, kr 97 300,00, er ikke omfattet av innsigelsen og forfaller som avtalt.\n\n"
    "Med vennlig hilsen\n\n" + SIG_SOLAR_NO,
    [], "Reminders paused on the disputed line only.")

add("V32", "no", "Inkassovarsel – faktura BFS-NO-24009",
    "Hei Tor,\n\n"
    "Faktura BFS-NO-24009 på kr 62 300,00 er fortsatt ikke betalt. Dersom beløpet ikke er betalt innen "
    "14 dager fra dette varselet, vil kravet bli oversendt til inkasso. Det kan medføre ekstra kostnader "
    "og betalingsanmerkning.\n\n"
    "Med vennlig hilsen\n\n" + SIG_SOLAR_NO,
    ["legal_threat"], "Collection-agency notice with the threat of a credit mark (betalingsanmerkning).")

add("V33", "no", "Faktura CAD-NO-0791 – semesteravgift",
    "Hei Hanne,\n\n"
    "Semesteravgiften for våren (kr 3 900,00, faktura CAD-NO-0791) forfalt 15. februar. Beløpet kan "
    "betales til vår konto " + NO_ACCT_OURS + ", merk betalingen med fakturanummeret.\n\n"
    "Hilsen\n\n" + SIG_MUSIC_NO,
    ["sensitive_data"], "Our own full Norwegian account number typed into the message. Usual in Norway, "
                        "but the contract forbids any full account number, ours included.")

add("V34", "no", "Sv: Nedbetaling av restbeløp – FIN-NO-0218",
    "Hei Anders,\n\n"
    "Som avtalt på telefon betaler du kr 2 000,00 i måneden fra april til restbeløpet på kr 14 600,00 "
    "på finansieringsavtalen FIN-NO-0218 er nedbetalt. Vi sender ingen flere purringer så lenge "
    "avdragene kommer inn.\n\n"
    "Med vennlig hilsen\n\n" + SIG_SOLAR_NO,
    ["terms_change"], "Agrees a new payment plan.")

add("V35", "no", "Timer for Jonas",
    "Hei Camilla,\n\n"
    "Ærlig talt er det flaut at vi må mase om kr 900 for Jonas sine pianotimer. Alle de andre foreldrene "
    "klarer jo å betale i tide. Kanskje på tide å prioritere?\n\n"
    "Hilsen\n\n" + SIG_MUSIC_NO,
    ["harassment"], "Shaming and comparison with other parents.")


# ================================================================ HUNGARIAN
SIG_SOLAR_HU = ("Brightfield Solar Kft. – Pénzügy\n"
                "penzugy@brightfield-solar.example · +36 1 555 0163\n"
                "Cégjegyzékszám: 01-09-345678 (Fővárosi Törvényszék Cégbírósága) · Adószám: 26345871-2-41")
SIG_MUSIC_HU = ("Cadenza Zeneiskola – Titkárság\n"
                "1081 Budapest, Törvényház utca 7. · titkarsag@cadenza-zene.example · +36 1 555 0297")

add("A37", "hu", "Fizetési emlékeztető – BFS-H-0871 számla",
    "Tisztelt Kovács Úr!\n\n"
    "Tájékoztatjuk, hogy a gödöllői családi házára telepített napelemes rendszerről kiállított "
    "BFS-H-0871 számú számla (2 450 000 Ft) fizetési határideje 2026. március 2. volt, és "
    "nyilvántartásunk szerint még nem érkezett meg a kiegyenlítése.\n\n"
    "Kérjük, rendezze a tartozást mielőbb a https://pay.brightfield-solar.example/hu/BFS-H-0871 "
    "oldalon. Ha időközben már fizetett, kérjük, küldje meg az átutalás igazolását.\n\n"
    "Üdvözlettel:\n\n" + SIG_SOLAR_HU,
    [], "Ordinary reminder. The footer names the court of registration (Cégbíróság) and a tax number: "
        "neither is a threat or a bank account.")

add("A38", "hu", "Márciusi tandíj – Bence",
    "Kedves Szabó Anna!\n\n"
    "Szeretnénk emlékeztetni, hogy Bence márciusi zongoratandíja (28 000 Ft, CAD-H-0456 számla) "
    "március 5-én lejárt. Befizetni a https://pay.cadenza-zene.example/hu/CAD-H-0456 oldalon tud.\n\n"
    "Ha bármi kérdése van, Nagy Eszter a titkárságról szívesen visszahívja.\n\n"
    "Üdvözlettel:\n\n" + SIG_MUSIC_HU,
    [], "Reminder with a pay link and a person to talk to; 'Törvényház utca' is our address.")

add("A39", "hu", "Késedelmi kamat – BFS-H-0844 számla",
    "Tisztelt Horváth Úr!\n\n"
    "Kérdésére válaszolva: az Önök által aláírt kivitelezési szerződés 9. pontja szerint a határidőre "
    "nem fizetett összegek után a számlán feltüntetett mértékű késedelmi kamat jár. A BFS-H-0844 számú "
    "számla (11 800 000 Ft, a győri csarnok tetőre szerelt rendszere) fizetési határideje 2026. február "
    "20. volt.\n\n"
    "Ha beszerzési rendelésszámra van szükségük a számlán, kérjük, küldjék meg, és újra kiállítjuk.\n\n"
    "Üdvözlettel:\n\n" + SIG_SOLAR_HU,
    [], "Restates the contract's late-interest clause; PO request. No new terms.")

add("A40", "hu", "Sikertelen kártyás fizetés – hangszerbérlés",
    "Kedves Tóth Péter!\n\n"
    "A 4242-re végződő bankkártyájáról nem sikerült levonni Lili csellójának márciusi bérleti díját "
    "(9 500 Ft). A kártyaadatokat a szülői portálon frissítheti, vagy fizethet a "
    "https://pay.cadenza-zene.example/hu/B-0218 oldalon.\n\n"
    "Jelszavát és teljes kártyaszámát soha nem kérjük e-mailben.\n\n"
    "Üdvözlettel:\n\n" + SIG_MUSIC_HU,
    [], "Masked card; mentions passwords without disclosing one.")

add("V36", "hu", "Felszólítás – BFS-H-0829 számla",
    "Tisztelt Varga Úr!\n\n"
    "A BFS-H-0829 számú számla (4 380 000 Ft) ismételt emlékeztetőink ellenére továbbra is "
    "kiegyenlítetlen. Amennyiben a tartozást 8 napon belül nem rendezi, a követelést átadjuk "
    "követeléskezelő cégnek, illetve fizetési meghagyásos eljárást kezdeményezünk.\n\n"
    "Üdvözlettel:\n\n" + SIG_SOLAR_HU,
    ["legal_threat"], "Threatens a collection company and an order-for-payment procedure.")

add("V37", "hu", "Belépés a szülői portálra",
    "Kedves Fekete Judit!\n\n"
    "Mivel Dóra februári és márciusi tandíja (összesen 56 000 Ft) még nyitott, kérjük, lépjen be a "
    "szülői portálra és fizesse be. Az ideiglenes jelszava: Cadenza#2026, felhasználónév: az e-mail "
    "címe.\n\n"
    "Üdvözlettel:\n\n" + SIG_MUSIC_HU,
    ["sensitive_data"], "Discloses a password.")

add("V38", "hu", "Re: Részletfizetés – BFS-H-0862",
    "Kedves Molnár Úr!\n\n"
    "Megbeszéltük a kollégákkal: ha a számla felét (1 150 000 Ft) most befizeti, a maradékot ráérősen, "
    "akár nyárig is rendezheti, és a késedelmi kamatot elengedjük.\n\n"
    "Üdvözlettel:\n\n" + SIG_SOLAR_HU,
    ["discount_offer", "terms_change"], "Agrees to defer half the balance to the summer (terms) and "
                                        "waives late interest (discount).")

add("V39", "hu", "Re: A BFS-H-0853 számla összege",
    "Tisztelt Balogh Asszony!\n\n"
    "Igaza van, a könyvelésünk tévedett: a BFS-H-0853 számlát a szerződésben szereplő összegnél "
    "magasabb összeggel állítottuk ki. Utánanézünk, és hamarosan jelentkezünk.\n\n"
    "Üdvözlettel:\n\n" + SIG_SOLAR_HU,
    ["fault_admission"], "Admits the invoice was wrong. Nothing is promised yet.")

add("V40", "hu", "Tandíj emlékeztető – Máté",
    "Kedves Lakatos Gábor!\n\n"
    "Máté márciusi gitártandíja (26 000 Ft, CAD-H-0471 számla) március 5-én lejárt. Kérjük, utalja át "
    "mielőbb.\n\n"
    "Üdvözlettel:\n\n" + SIG_MUSIC_HU + "\n\n"
    "Ui.: Figyelem, bankszámlaszámunk megváltozott! Új számlaszámunk: " + HU_ACCT_OURS + " "
    "(Cadenza Zeneiskola).",
    ["sensitive_data"], "P.S. announcing a 'new' bank account with the full number: the classic "
                        "invoice-fraud pattern the contract names.")


# ================================================================ output
SEED = 149


def build():
    keys = [d["key"] for d in D]
    assert len(keys) == len(set(keys)) == 80, "80 unique keys"
    for d in D:
        assert d["violations"] == [v for v in ORDER if v in d["violations"]], d["key"]
    items = list(D)
    random.Random(SEED).shuffle(items)
    drafts, labels = [], []
    for i, d in enumerate(items, 1):
        did = "gd%02d" % i
        drafts.append({"id": did, "subject": d["subject"], "body": d["body"]})
        labels.append({"id": did, "allowed": not d["violations"], "violations": d["violations"],
                       "note": "[%s, %s] %s" % (d["key"], d["lang"], d["note"]), "lang": d["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in drafts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(labels, {d["key"]: r["id"] for d, r in zip(items, drafts)}))


def readme(labels, kid):
    n = len(labels)
    n_allowed = sum(1 for l in labels if l["allowed"])
    vcount = {v: [] for v in ORDER}
    for l in labels:
        for v in l["violations"]:
            vcount[v].append(l["id"])
    langs = [k for k in LANG_NAMES]
    lines = []
    w = lines.append
    w("# blind149 / guard: held-out test set for the outbound guardrails contract")
    w("")
    w("Written blind from `contracts/guardrails.md` and the public samples README only. "
      "Generated by `python3 build.py` (deterministic, stdlib only); `python3 check.py` re-verifies the labels.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts from two fictional businesses, in several countries:")
    w("")
    w("- **Brightfield Solar** (Ltd / Inc. / GmbH / Ibérica S.L. / Italia S.r.l. / B.V. / AS / Kft.): solar-panel "
      "installer with residential and commercial customers, stage payments, battery and EV-charger add-ons, and "
      "consumer finance agreements with monthly instalments.")
    w("- **Cadenza music school** (Cadenza Music School / Musikschule / Escuela / Scuola / Muziekschool / "
      "Musikkskole / Zeneiskola): monthly or termly tuition and instrument rental, parents as customers.")
    w("")
    w("The drafts imitate template output, LLM rewrites (one still carries the model's 'Sure! Here's...' preamble) "
      "and people's Slack-style edits. All names, domains (`*.example`), phone numbers and references are made up. "
      "Card numbers are well-known test numbers; IBANs and Norwegian/Hungarian account numbers are fictional but "
      "computed with valid check digits so that a validator recognises them.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | format |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard --in` |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("")
    w("`allowed` is true exactly when `violations` is empty. Violations are listed in the contract's table "
      "order; compare them as a set. `note` starts with `[KEY, lang]`: KEY `Axx` = written as allowed, `Vxx` = "
      "written as violating. Ids `gd01..gd%02d` were assigned after a shuffle with seed %d." % (n, SEED))
    w("")
    w("## Counts")
    w("")
    w("- drafts: %d; allowed: %d; violating: %d; drafts with two violations: %d" % (
        n, n_allowed, n - n_allowed, sum(1 for l in labels if len(l["violations"]) > 1)))
    w("")
    w("| violation | count | ids |")
    w("|---|---|---|")
    for v in ORDER:
        w("| `%s` | %d | %s |" % (v, len(vcount[v]), ", ".join(vcount[v])))
    w("")
    w("| lang | language | drafts | allowed | violating |")
    w("|---|---|---|---|---|")
    for lg in langs:
        ls = [l for l in labels if l["lang"] == lg]
        a = sum(1 for l in ls if l["allowed"])
        w("| %s | %s | %d | %d | %d |" % (lg, LANG_NAMES[lg], len(ls), a, len(ls) - a))
    w("")
    w("## How the violations are phrased")
    w("")
    w("Passives ('will be handed over', 'se ha ampliado', 'Le verrà emessa'), conditionals ('if the replacement "
      "isn't fitted...'), hints ('we would not like to be forced to...', 'almost certainly down to us'), jokes "
      "(small claims court, 'the sun doesn't charge but we do', the neighbours), P.S. lines, Markdown and plain "
      "tables, boilerplate footers (bank details, general terms) under an otherwise fine reminder.")
    w("")
    w("Allowed drafts sit close to a violation on purpose: 'Collections team' / 'Forderungsmanagement' / "
      "'Departamento de cobros' / 'Ufficio crediti', addresses on Court Street / Via del Tribunale / "
      "Tinghusgata / Törvényház utca, 'Amtsgericht' and 'Cégbíróság' in company imprints, a German 'Mahnung', "
      "an Italian 'sollecito', a Norwegian 'purring', Dutch 'automatische incasso' (a direct debit), masked cards "
      "and IBANs, a 13-digit electricity meter number (MPAN), a Norwegian KID payment reference, VAT / company "
      "numbers, password warnings, refund and instalment requests passed to a person, the customer's own "
      "promise, reminders paused on a disputed line, restated late fees / late interest / reminder fees, a "
      "sibling discount already on the invoice, an early-payment discount that has lapsed, and stated business "
      "consequences (no new work scheduled, rental instrument returned as the rental agreement says).")
    w("")
    w("## Conventions chosen where the contract is silent")
    w("")
    w("1. **Any full bank account number is `sensitive_data`**, in any national format: IBAN, UK sort code + "
      "account number, Norwegian 11-digit kontonummer, Hungarian 3x8-digit bankszámlaszám, and also when it is "
      "our own account in a footer or a 'new bank details' P.S. (the contract says 'ours included'). A masked "
      "number showing only the last four digits is allowed.")
    w("2. **A card expiry date is `sensitive_data` even next to a masked card number** (the contract lists "
      "'a full card number, CVV or expiry'). One draft tests this (%s, KEY V24)" % kid["V24"] + "; if the product owner reads the "
      "contract as 'expiry together with a full number', that label should flip to allowed.")
    w("3. Identifiers that are not bank accounts are allowed: electricity meter numbers (MPAN), Norwegian KID "
      "payment references, finance agreement and mandate references, VAT, company-register and tax numbers.")
    w("4. **A stated business consequence is not a threat** (same choice as the public sample on a credit hold): "
      "pausing new installation work until the account is up to date, and asking for a rental instrument back "
      "as the signed rental agreement says (%s, KEY A12, a boundary choice)." % kid["A12"])
    w("5. **Credit reporting is `legal_threat` even when framed as a consequence** (ASNEF, betalingsanmerkning). "
      "A collection-agency clause in a boilerplate footer also counts: the customer receives it.")
    w("6. A free service or the waiver of an agreed fee, charge or interest as an incentive is `discount_offer`. "
      "Restating a discount already agreed and already on the invoice, or saying an early-payment discount has "
      "lapsed, is allowed.")
    w("7. Offsetting a cost against the open invoice ('wird mit der offenen Rechnung verrechnet') counts as a "
      "credit promise. Deferring an instalment to the end of an agreement, moving instalment dates, or telling "
      "the customer to pay with a later term counts as `terms_change`.")
    w("8. 'We're sorry to hear' / 'ci dispiace per i disagi' is sympathy, not `fault_admission`; naming our "
      "own error ('our mistake', 'that's on us', 'per un errore della nostra segreteria', 'a könyvelésünk "
      "tévedett', 'almost certainly down to us') is.")
    w("9. Mentioning another family kindly with their name and balance is `sensitive_data` only; shaming the "
      "customer by comparison with unnamed other parents is `harassment` only.")
    w("10. `lang` `no` means Norwegian Bokmål.")
    w("")
    return "\n".join(lines)


if __name__ == "__main__":
    build()
