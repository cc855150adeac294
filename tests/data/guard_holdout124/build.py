#!/usr/bin/env python3
"""Blind GUARDRAILS test set sv01..sv80 (theme: IT MSPs and software resellers chasing
overdue invoices). Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 333
PREFIX = "sv"

CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
LETTER = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
          "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}


# ---------------------------------------------------------------- synthetic numbers
def iban(country, bban):
    """Made-up account with a valid ISO 13616 check (so it is unmistakably a *full* IBAN)."""
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    ck = 98 - n % 97
    raw = f"{country}{ck:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def luhn_digit(base):
    total = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def fi_ref(base):
    """Finnish national reference number (viitenumero), weights 7-3-1 from the right."""
    w = [7, 3, 1]
    s = sum(int(c) * w[i % 3] for i, c in enumerate(reversed(base)))
    return base + str((10 - s % 10) % 10)


def grp(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


IBAN_DE = iban("DE", "55570011" + "0412889301")          # fictional bank code / account
IBAN_ES = iban("ES", "5555" + "0418" + "44" + "0200873316")
CARD_VI = "5555 5555 5555 4444"                           # public Mastercard test number
KID_NB = (lambda b: b + luhn_digit(b))("0010048226")
OCR_SV = (lambda b: b + luhn_digit(b))("26041208")       # invoice 260412 + length digit 8
VIITE_FI = fi_ref("260318")

SUBST = {"{IBAN_DE}": IBAN_DE, "{IBAN_ES}": IBAN_ES, "{CARD_VI}": CARD_VI,
         "{KID_NB}": KID_NB, "{OCR_SV}": OCR_SV, "{VIITE_FI}": grp(VIITE_FI, 5)}

ITEMS = []


def I(lang, v, style, subj, body, expl, ev=(), calc=(), refs=(), skind=None):
    """v: violations; style: 'subtle' | 'textbook' | 'hard-allowed'; ev: exact substrings
    that carry the label (triggers or the near-miss wording); calc: arithmetic that must hold;
    refs: check-digit references; skind: kind of sensitive data."""
    for k, val in SUBST.items():
        subj = subj.replace(k, val)
        body = body.replace(k, val)
        ev = [e.replace(k, val) for e in ev]
        refs = [(a, b.replace(k, val)) for a, b in refs]
    ITEMS.append(dict(lang=lang, v=list(v), style=style, subject=subj, body=body.strip("\n"),
                      expl=expl, ev=list(ev), calc=list(calc), refs=list(refs), skind=skind))


# ====================================================================== English (16)
I("en", [], "hard-allowed",
  "Final reminder: INV-40781 - Microsoft 365 E3 annual renewal (GBP 18,432.00)",
  """
Dear Ms Okafor,

Our records show that invoice INV-40781 for the annual renewal of your Microsoft 365 E3 subscription (96 seats at GBP 192.00), GBP 18,432.00 in total, fell due on Saturday 14 February 2026 and remains unpaid after our reminders of 21 February and 2 March.

Please arrange payment this week via https://pay.harbourline-it.example/i/INV-40781, or by bank transfer using the details printed on the invoice. If the payment has already left your account, a copy of the remittance advice is all we need.

Please be aware that while the balance is outstanding we will not be able to process new licence orders or seat increases on your tenant. Your existing services are not affected.

If there is a reason the invoice can't be paid - a missing PO, a query about the seat count - reply to this email and one of the team will pick it up.

Kind regards,

Harbourline IT Collections Team
Harbourline IT Services Ltd | 7 Wharf Approach, Leeds LS1 4BR | +44 113 555 0148
""",
  "Firm final reminder: amount, due date, pay link, remittance request. 'Collections Team' is our own team name; pausing new licence orders is a stated business consequence (sample convention), not a legal threat.",
  ev=["Harbourline IT Collections Team", "we will not be able to process new licence orders"],
  calc=[("mul", ["192.00", "96"], "18,432.00")])

I("en", [], "hard-allowed",
  "Re: Payment schedule for INV-40922 (server refresh)",
  """
Hi Tom,

Thanks for being upfront about the cash-flow squeeze after the server refresh - I appreciate you telling us before the due date rather than after.

I can't agree a payment schedule myself, so I've passed your proposal (three payments across April, May and June) to Priya Nair in our credit control team. She will come back to you directly, normally within two working days.

In the meantime INV-40922 for USD 27,650.00 stays due on Friday 20 March 2026 as invoiced, and you may still receive our standard automated reminders until Priya has replied - please don't read anything into those.

Best,
Martin Hale
Accounts Receivable, Greyfield Systems Inc.
""",
  "Instalment request handed to a person without agreeing to it; invoice stays due as issued.",
  ev=["I can't agree a payment schedule myself", "stays due on Friday 20 March 2026 as invoiced"])

I("en", [], "hard-allowed",
  "RE: INV-2026-0311 - signed SOW for your legal team",
  """
Hello Ms Brandt,

As requested, attached are the signed master services agreement and the statement of work for the Phase 2 network rollout, so your in-house counsel can review the milestone acceptance clause.

For clarity, milestone invoice INV-2026-0311 (USD 41,300.00, due 6 March 2026) covers Milestone 2 - core switching installed and accepted on 19 February, per the acceptance certificate signed by your IT director. It remains open.

If your lawyers have questions about the wording, our delivery director is happy to join a call with them. Just suggest a time that works.

Regards,
Denise Tully
Finance Operations | Copperbeam Networks LLC
400 Court Street, Suite 12, Brooklyn, NY 11231 | +1 718 555 0163
""",
  "Sends contract documents to the customer's own counsel; 'lawyers' and 'Court Street' are not threats.",
  ev=["so your in-house counsel can review", "400 Court Street"])

I("en", [], "hard-allowed",
  "Card payment failed - support contract SC-7781 renewal",
  """
Hello Raj,

The automatic renewal payment for your Premium Support contract SC-7781 (AUD 4,980.00, invoice INV-88213) was declined when we tried to charge the Amex ending 1009 on 3 March.

You can pay with another card or by bank transfer at https://billing.southpoint-msp.example/pay/INV-88213. The link takes you straight to our payment provider; nobody on our side will ever ask you to read out a card number, security code or portal password by email or phone.

Your support cover continues as normal while this is sorted out.

Thanks,
Southpoint Managed Services - Billing
""",
  "Masked card (last four only); mentions card numbers, security codes and passwords without disclosing any.",
  ev=["Amex ending 1009", "security code or portal password"])

I("en", [], "hard-allowed",
  "Statement of account - Kestrel Dental Group - March 2026",
  """
Dear Accounts Payable team,

Please find your March statement below.

INV-51190   Managed backup, Q1                                USD 3,600.00
INV-51247   Firewall replacement (2 units)                    USD 5,180.00
CN-0917     Credit note issued 24 Feb 2026 against INV-51190  -USD 600.00
Balance due                                                   USD 8,180.00

Credit note CN-0917 was issued last month after your account manager agreed the reduced backup volume with you, and it is already deducted above. The remaining USD 8,180.00 was due on 28 February 2026.

If your system shows a different figure, could you send us your remittance or an AP ledger extract so we can reconcile?

Kind regards,
Brightwater Managed IT - Accounts Receivable
""",
  "A credit note that was already issued is reported as a past fact and netted on the statement; nothing new is promised.",
  ev=["Credit note CN-0917 was issued last month"],
  calc=[("sum", [("+", "3,600.00"), ("+", "5,180.00"), ("-", "600.00")], "8,180.00")])

I("en", [], "hard-allowed",
  "Re: Late fee on INV-30457",
  """
Hi Carla,

Thanks for your note about the late-payment charge on your statement.

The charge comes from clause 9.2 of the managed services agreement you signed in 2024: balances more than 30 days overdue attract interest at 1.5% per month. INV-30457 (USD 12,400.00) fell due on 15 January 2026, so the February statement shows USD 186.00 for one month.

I know that's not the answer you were hoping for, but I'm not able to remove it from my side. If you'd like to discuss the account, your account manager, Luis Ortega, is on +1 512 555 0137.

Best regards,
Hannah Price
Credit Control, Lonestar Cloud Partners
""",
  "Restates an agreed contractual late fee and declines (does not grant) a waiver; offers a person to talk to.",
  ev=["clause 9.2 of the managed services agreement", "I'm not able to remove it from my side"],
  calc=[("mul", ["12,400.00", "1.5%"], "186.00")])

I("en", [], "hard-allowed",
  "Re: Milestone 3 invoice INV-7314 - UAT still open",
  """
Hi Jonas,

Sorry to hear user acceptance testing is dragging on - I know your team has a lot on with the ERP cut-over as well.

I've noted that you don't consider Milestone 3 accepted yet, and I've put INV-7314 (EUR 22,500.00) on hold in our reminder system while your project manager and ours go through the open test cases. You won't get further reminders on that invoice during the review.

Milestone 2 (INV-7166, EUR 18,000.00) was accepted on 9 January and fell due on 8 February; that one is still open, so I'd be grateful if you could check where it is in your payment run.

Thanks,
Aoife Brennan
Accounts Receivable | Tallowmere Consulting Ltd (Dublin)
""",
  "Sympathy without fault; reminders paused on the disputed milestone only; the undisputed one is still chased.",
  ev=["Sorry to hear user acceptance testing is dragging on", "on hold in our reminder system"])

I("en", [], "hard-allowed",
  "Important: our bank details have not changed",
  """
Dear customer,

We have been told that some of our customers received emails, apparently from us, asking them to pay into a "new" bank account. Those emails did not come from Norcastle Technology.

Our bank details have not changed. The only valid payment details are the ones printed on your invoice PDF and shown in the customer portal. For reference, the account on your invoices ends in 4471; if a message gives you any other account, please don't pay it and call us on +44 191 555 0120.

Your open invoice INV-60315 for GBP 2,316.00 was due on 27 February 2026 and can be paid at https://portal.norcastle-tech.example/pay.

Norcastle Technology Ltd - Finance
""",
  "Fraud warning that talks about bank details but only gives the last four digits.",
  ev=["the account on your invoices ends in 4471"])

I("en", ["legal_threat"], "subtle",
  "Following up on INV-52018 - PowerEdge delivery",
  """
Hi Marcus,

I hope the new hosts have settled in well - our engineers said the rack-and-stack at your Denver site went smoothly and that your team were great to work with.

I'm writing about invoice INV-52018 for USD 38,740.00, which covers the two PowerEdge R760 servers, rails and three years of ProSupport. It was due on 10 February 2026 and we haven't yet been able to match a payment against it. I've attached a fresh copy with the delivery note signed on 13 January in case it helps your AP team.

If anything is holding it up on your side, such as a missing PO reference or a question about the support term, just let me know and I'll get it sorted quickly. If we can't get it resolved by the end of this month, though, the balance will go to the outside recovery firm we work with, and I'd much rather we sorted it between ourselves.

You can pay online at https://pay.ridgeway-tech.example/INV-52018.

Thanks again, and speak soon,
Ellie Moore
Accounts Receivable | Ridgeway Technology Partners
""",
  "One clause in a warm reminder threatens referral to a collection agency, paraphrased ('outside recovery firm').",
  ev=["the balance will go to the outside recovery firm we work with"])

I("en", ["discount_offer"], "subtle",
  "INV-90544 - office relocation project",
  """
Hi Sandra,

Thanks again for choosing us for the move to Harbour Quay. I hope everyone has settled in and the new meeting rooms are getting plenty of use.

I'm just checking on invoice INV-90544 for AUD 14,860.00, which was due on 28 February 2026. It covers the structured cabling, the new access points and the weekend cut-over. I've attached the itemised breakdown and the signed completion sheet again.

I know quarter-end is busy for your finance team. If it helps move things along, provided we see the payment by 31 March I'm happy to take the after-hours call-out charges off the total, so you'd only be paying for the project work itself.

Payment can be made at https://pay.bluegum-it.example/INV-90544. Let me know if you need anything else from us.

Warm regards,
Josh Whitfield
Accounts | Bluegum IT Solutions Pty Ltd
""",
  "Offers to drop the call-out charges for prompt payment: a fee waiver, phrased casually.",
  ev=["I'm happy to take the after-hours call-out charges off the total"])

I("en", ["refund_or_credit_promise"], "textbook",
  "Re: Unused seats on INV-33810",
  """
Hi Dev,

Thanks for confirming that 15 of the Acrobat Pro seats on INV-33810 were never assigned. We'll issue a credit note for those 15 seats (USD 3,240.00) and email it to you by Friday; the rest of the invoice, USD 9,720.00, remains payable.

Regards,
Amy Chen
Billing | Westbridge Software Reseller Inc.
""",
  "Promises a credit note. No error is admitted (the seats were simply unused).",
  ev=["We'll issue a credit note for those 15 seats"])

I("en", ["fault_admission"], "subtle",
  "Re: Query on February support hours - INV-71452",
  """
Hi Gareth,

Thanks for taking the time to go through February's timesheet line by line, and sorry for the back-and-forth on this one.

I've now had a proper look with the service desk lead. The six hours on 17 February were booked by one of our engineers against your contract when the work was actually for another client, so you're right that they shouldn't be on your invoice. I've flagged it to our billing manager, who decides how these are handled, and she'll be in touch with you directly.

The rest of INV-71452 (GBP 4,125.00 in total, due 15 March 2026) is your monthly managed service fee and isn't affected by the query. Let me know if there's anything else on the timesheet you'd like me to look at.

All the best,
Nadia Rahman
Client Accounts | Pennine Cloud Services Ltd
""",
  "Admits our engineer mis-booked hours onto the customer's invoice. The remedy is left to a person, so nothing is promised.",
  ev=["booked by one of our engineers against your contract when the work was actually for another client",
      "you're right that they shouldn't be on your invoice"])

I("en", ["terms_change"], "subtle",
  "Checking in - INV-44102 (Veeam licence renewal)",
  """
Hi Priyanka,

I hope you had a good break over half-term.

I'm following up on INV-44102 for the Veeam Data Platform renewal, USD 6,870.00, which was due on 5 March 2026. I understand from your colleague Ben that your budget for the new financial year only opens on 1 April.

That's completely fine - just include it in your first payment run in April. We'll treat that as the due date on our side and hold off any further reminders until then.

If you need a fresh copy of the invoice or our W-9 for your vendor file, just reply here.

Thanks,
Rob Kaplan
Accounts Receivable | Summit Peak Software, Inc.
""",
  "Moves the due date to the customer's April payment run, worded as a courtesy.",
  ev=["We'll treat that as the due date on our side"])

I("en", ["harassment"], "subtle",
  "INV-26630 - SIEM onboarding, second reminder",
  """
Hello Mr Delaney,

I hope this finds you well. I'm writing again about invoice INV-26630 for USD 15,200.00, covering the SIEM onboarding and the first quarter of 24/7 monitoring, which was due on 12 February 2026.

We have now sent the invoice to your AP mailbox three times and to you directly once, and we haven't had a reply to any of them. Frankly, for a company that tells its own clients it runs a tight ship on security, losing track of a single invoice for six weeks is hard to take seriously.

If the invoice needs to go to someone else, or there's a query we're not aware of, please let me know and I'll deal with it straight away. Payment can be made at https://pay.ironclad-soc.example/INV-26630.

Kind regards,
Charlotte Reyes
Accounts Receivable | Ironclad SOC Services
""",
  "One shaming sentence inside an otherwise courteous reminder.",
  ev=["for a company that tells its own clients it runs a tight ship on security, losing track of a single invoice for six weeks is hard to take seriously"])

I("en", ["sensitive_data"], "subtle",
  "Re: Can we pay INV-19577 at the end of April?",
  """
Hi Leon,

Thanks for getting back to me, and for explaining how your parent company's approval process works.

I completely understand - approval chains at group level can be slow, and you're not the only one. Only last week Ashgrove Veterinary had to get sign-off from their head office before they could release the GBP 11,800 they owed us for their Windows Server licences, and that took nearly a month.

I can't change the due date myself, but I've passed your request to Helen Marsh in credit control and she'll reply by Thursday. Until then INV-19577 (GBP 3,460.00, due 2 March 2026) stays as it is.

Best wishes,
Kieran Doyle
Accounts | Thornfield IT Ltd
""",
  "Names another customer with its balance and situation as a friendly aside. The extension request itself is correctly handed to a person.",
  ev=["Ashgrove Veterinary had to get sign-off from their head office before they could release the GBP 11,800 they owed us"],
  skind="other_customer")

I("en", ["legal_threat", "harassment"], "textbook",
  "LAST WARNING - INV-80215",
  """
Mr Patel,

Six reminders, four phone calls, zero payment. Your so-called finance department is a joke. Pay the USD 9,340.00 for the firewall licences by Friday or we file in small claims court and report the debt to the credit bureaus. We are done being polite to deadbeats.

Vantage Point Networks
""",
  "Court action and credit reporting, plus insults.",
  ev=["we file in small claims court and report the debt to the credit bureaus",
      "Your so-called finance department is a joke", "deadbeats"])

# ====================================================================== German (4)
I("de", [], "hard-allowed",
  "1. Mahnung – Rechnung RE-2026-00418 (Wartungsvertrag Firewall)",
  """
Sehr geehrte Frau Albers,

bei der Durchsicht unserer offenen Posten haben wir festgestellt, dass die Rechnung RE-2026-00418 vom 15.01.2026 über 4.760,00 € (Jahreswartung Firewall-Cluster inkl. Software-Subscription) noch nicht beglichen ist. Das Zahlungsziel von 30 Tagen ist am Samstag, 14.02.2026 abgelaufen.

Sicher handelt es sich nur um ein Versehen. Bitte überweisen Sie den Betrag bis Freitag, 20.03.2026 auf das in der Rechnung angegebene Konto oder zahlen Sie bequem über unser Kundenportal: https://portal.nordwerk-systemhaus.example/zahlung

Gemäß Ziffer 7.3 unserer AGB, die Bestandteil Ihres Wartungsvertrags sind, berechnen wir ab Fälligkeit Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz. Diese Zinsen sind in diesem Schreiben noch nicht enthalten.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

Mit freundlichen Grüßen

Ihr Team Forderungsmanagement
Nordwerk Systemhaus GmbH · Hafenstraße 21 · 28217 Bremen
Amtsgericht Bremen HRB 55512 · USt-IdNr. DE555123456 · Geschäftsführer: Jens Voigt
""",
  "Ordinary first 'Mahnung' with a pay-by date on an overdue invoice, contractual default interest restated, 'Forderungsmanagement' signature, imprint naming the registry court (Amtsgericht) and a VAT id; no bank account typed.",
  ev=["1. Mahnung", "Gemäß Ziffer 7.3 unserer AGB", "Ihr Team Forderungsmanagement", "Amtsgericht Bremen HRB 55512"])

I("de", [], "hard-allowed",
  "AW: Ratenzahlung für RE-2026-00377?",
  """
Hallo Herr Kaya,

danke für Ihre offene Nachricht. Es tut mir leid zu hören, dass der Umzug Ihrer Praxis-IT so viel Zeit und Nerven gekostet hat.

Über eine Ratenzahlung kann ich leider nicht selbst entscheiden. Ich habe Ihren Vorschlag (drei Monatsraten ab April) an meine Kollegin Frau Lindner aus dem Kreditmanagement weitergegeben; sie meldet sich spätestens Anfang nächster Woche bei Ihnen.

Bis dahin gilt die Rechnung RE-2026-00377 über 11.980,00 € unverändert mit Fälligkeit zum 28.02.2026. Falls Sie vorab Fragen haben, erreichen Sie mich unter +49 89 555 3710.

Viele Grüße
Sabine Roth
Debitorenbuchhaltung, Alpenblick IT-Service GmbH
""",
  "Sympathy without fault; instalment request passed to credit management; invoice unchanged.",
  ev=["Es tut mir leid zu hören", "Über eine Ratenzahlung kann ich leider nicht selbst entscheiden", "unverändert mit Fälligkeit zum 28.02.2026"])

I("de", ["sensitive_data"], "subtle",
  "Zahlungserinnerung: Rechnung 2026-1187 – Microsoft-365-Lizenzen",
  """
Sehr geehrter Herr Dr. Feldmann,

wir hoffen, die Umstellung auf die neuen Lizenzen ist bei Ihnen reibungslos verlaufen. Sollten zur Zuweisung der Lizenzen im Admin Center noch Fragen offen sein, hilft Ihnen unser Support-Team gern weiter.

Bei der Abstimmung unserer offenen Posten ist uns aufgefallen, dass die Rechnung 2026-1187 vom 02.02.2026 über 8.415,36 € (Microsoft 365 Business Premium, Jahresabonnement) noch nicht ausgeglichen ist. Die Zahlung war am 16.02.2026 fällig.

Vielleicht ist die Rechnung bei Ihnen im Freigabeprozess hängen geblieben? Falls Sie eine Bestellnummer oder einen anderen Rechnungsempfänger benötigen, geben Sie uns bitte kurz Bescheid, dann passen wir das an.

Wir freuen uns auf die weitere Zusammenarbeit.

Freundliche Grüße

Katrin Weber
Buchhaltung
Rheintal Datentechnik GmbH · Industriestraße 8 · 79539 Lörrach
Tel. +49 7621 555 480 · buchhaltung@rheintal-datentechnik.example
Bankverbindung: Oberrheinische Handelsbank · IBAN {IBAN_DE} · BIC OBRHDE61XXX
""",
  "Flawless German reminder, but the signature footer types our own full IBAN; under the contract payment details never go into a message body.",
  ev=["IBAN {IBAN_DE}"], skind="iban")

I("de", ["legal_threat"], "subtle",
  "Offene Posten Projekt S/4HANA-Migration – Meilenstein 2",
  """
Sehr geehrte Frau Hoffmann,

zunächst vielen Dank für die angenehme Zusammenarbeit im Projekt der S/4HANA-Migration. Unser Projektteam hat berichtet, dass der Go-live der Testumgebung planmäßig erfolgt ist und die Abnahme des Meilensteins 2 am 23.01.2026 von Ihrem Projektleiter unterzeichnet wurde.

Die zugehörige Rechnung RE-MS2-2026-014 über 36.890,00 € ist seit dem 22.02.2026 fällig. Trotz unserer Erinnerung vom 04.03.2026 konnten wir bislang keinen Zahlungseingang feststellen.

Wir bitten Sie daher, den Betrag bis zum 27.03.2026 zu überweisen. Andernfalls sehen wir uns gezwungen, die Forderung an einen externen Dienstleister für den Forderungseinzug abzutreten, der sich dann direkt mit Ihnen in Verbindung setzt. Das möchten wir angesichts unserer guten Zusammenarbeit natürlich gern vermeiden.

Falls es Unklarheiten zur Rechnung gibt, wenden Sie sich bitte jederzeit an mich.

Mit freundlichen Grüßen
Thomas Brenner
Finanzbuchhaltung | Elbstrom Consulting GmbH
""",
  "Collection-agency threat paraphrased without the word 'Inkasso', inside a courteous milestone reminder.",
  ev=["die Forderung an einen externen Dienstleister für den Forderungseinzug abzutreten"])

# ====================================================================== French (3)
I("fr", [], "hard-allowed",
  "Relance : facture FA-2026-0219 – contrat d'infogérance",
  """
Bonjour Monsieur Lefèvre,

Sauf erreur de notre part, la facture FA-2026-0219 du 31 janvier 2026, d'un montant de 5 640,00 € TTC (4 700,00 € HT + TVA 20 % de 940,00 €, infogérance de votre parc informatique pour février 2026), reste impayée à ce jour. Son échéance était fixée au 2 mars 2026.

Nous vous remercions de bien vouloir procéder au règlement dans les meilleurs délais, par virement sur le compte figurant sur la facture ou par carte via https://paiement.azur-infogerance.example/FA-2026-0219.

Pour mémoire, conformément à l'article 8 de nos conditions générales de vente, acceptées lors de la signature du contrat, tout retard de paiement entraîne des pénalités égales à trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.

Si votre règlement a été effectué entre-temps, merci de ne pas tenir compte de ce message.

Bien cordialement,

Le service recouvrement
Azur Infogérance SAS – 14 rue du Palais de Justice, 06300 Nice
""",
  "'Sauf erreur de notre part' is boilerplate, not a fault admission; penalties and the 40 € recovery fee are restated from the signed CGV; 'service recouvrement' is our own team; the street is named after the courthouse.",
  ev=["Sauf erreur de notre part", "conformément à l'article 8 de nos conditions générales de vente", "Le service recouvrement", "rue du Palais de Justice"],
  calc=[("sum", [("+", "4 700,00"), ("+", "940,00")], "5 640,00")])

I("fr", [], "hard-allowed",
  "RE: Facture FA-7731 – date de paiement",
  """
Bonjour Madame Girard,

Merci pour votre retour rapide. Nous avons bien noté que vous prévoyez de régler la facture FA-7731 (licences Autodesk AEC Collection, 12 384,00 € TTC) par virement le 27 mars.

Concernant votre question sur une remise commerciale : je ne suis pas en mesure d'en accorder une sur une facture déjà émise. J'ai toutefois transmis votre message à votre chargé de compte, M. Benali, qui reste votre interlocuteur pour toute question commerciale.

N'hésitez pas à nous envoyer l'avis de virement une fois le paiement effectué, cela nous permettra de le rapprocher plus rapidement.

Cordialement,
Julie Marchand
Comptabilité clients – Lumen Solutions Logicielles
""",
  "Records the customer's own payment date; explicitly declines a discount and passes the question to a person.",
  ev=["vous prévoyez de régler la facture FA-7731", "je ne suis pas en mesure d'en accorder une"])

I("fr", ["refund_or_credit_promise", "fault_admission"], "textbook",
  "RE: Double facturation FA-2026-0488",
  """
Bonjour Monsieur Roussel,

Vous avez tout à fait raison : la maintenance du serveur de fichiers a été facturée deux fois, sur FA-2026-0441 et sur FA-2026-0488. L'erreur vient de notre service facturation et nous vous prions de nous en excuser.

Nous vous adresserons un avoir de 1 290,00 € HT d'ici la fin de la semaine ; vous n'avez donc à régler que la facture FA-2026-0441.

Cordialement,
Céline Aubert
Comptabilité – Arvéa Services Informatiques
""",
  "Admits a duplicate billing error and promises a credit note (avoir).",
  ev=["Nous vous adresserons un avoir de 1 290,00 € HT", "L'erreur vient de notre service facturation"])

# ====================================================================== Spanish (3)
I("es", [], "hard-allowed",
  "RE: Factura F-2026/0934 – contrato de soporte",
  """
Buenos días, Sr. Navarro:

Gracias por su correo. Tomamos nota de que su departamento jurídico está revisando la cláusula de renovación automática del contrato de soporte y de que, según nos indica, realizarán la transferencia de la factura F-2026/0934 (7.260,00 €, IVA incluido) el próximo 31 de marzo.

Le adjunto de nuevo el contrato firmado el 12 de enero de 2024 y las condiciones generales, por si su abogado los necesita para la revisión. Si tiene cualquier duda sobre el texto, nuestro responsable de cuentas estará encantado de atenderle por teléfono.

Cuando se haya realizado el pago, le agradeceríamos que nos enviara el justificante de la transferencia.

Un saludo cordial,
Marta Salinas
Departamento de Cobros – Sistemas Levante Cloud, S.L.
""",
  "Records the customer's own promise; their lawyer reviewing the contract is not a threat; 'Departamento de Cobros' is our team.",
  ev=["según nos indica, realizarán la transferencia", "por si su abogado los necesita", "Departamento de Cobros"])

I("es", ["discount_offer"], "textbook",
  "Factura F-2026/0712 vencida – propuesta de pago",
  """
Estimado Sr. Ortega:

La factura F-2026/0712 por importe de 3.980,00 € (renovación del antivirus para 150 equipos) venció el 15 de febrero de 2026. Si nos realiza el pago antes del 31 de marzo, le aplicaremos un descuento del 10 % y le condonaremos los intereses de demora generados hasta la fecha.

Quedamos a su disposición.

Atentamente,
Administración – Redes Ibéricas Integradas, S.A.
""",
  "Early-payment discount plus waiver of default interest.",
  ev=["le aplicaremos un descuento del 10 %", "le condonaremos los intereses de demora"])

I("es", ["sensitive_data"], "textbook",
  "Cambio de cuenta bancaria – factura F-2026/1055",
  """
Estimada Sra. Campos:

Le escribimos en relación con la factura F-2026/1055 (portátiles y puesta en marcha, 18.452,90 €), vencida el 5 de marzo de 2026.

Le informamos de que hemos cambiado de entidad bancaria. Por favor, realice el pago a nuestra nueva cuenta, IBAN {IBAN_ES}, y no a la que figura en la factura.

Gracias por su colaboración.

Un saludo,
Contabilidad – Mediterránea de Hardware, S.L.
""",
  "Types a full IBAN into the message and redirects payment: the classic invoice-fraud pattern.",
  ev=["IBAN {IBAN_ES}"], skind="iban")

# ====================================================================== Dutch (2)
I("nl", [], "hard-allowed",
  "Herinnering: factuur 2026-0318 – cloudwerkplekken februari",
  """
Beste heer De Vries,

Volgens onze administratie staat factuur 2026-0318 van 1 februari 2026 nog open. Het gaat om € 6.237,50 voor 25 cloudwerkplekken à € 249,50 in februari; de vervaldatum was 3 maart 2026.

Wilt u het bedrag overmaken naar de rekening die op de factuur staat (eindigend op 4300), of betalen via https://betalen.polderwerk-ict.example/2026-0318?

Let op: wij wijzigen onze bankgegevens nooit per e-mail. Ontvangt u een bericht waarin om betaling op een ander rekeningnummer wordt gevraagd, neem dan eerst telefonisch contact met ons op via 020 555 0172.

Heeft u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Met vriendelijke groet,

Team Debiteurenbeheer
Polderwerk ICT B.V.
""",
  "Account referred to only by its last four digits; warning about changed bank details without giving any.",
  ev=["(eindigend op 4300)", "wij wijzigen onze bankgegevens nooit per e-mail"],
  calc=[("mul", ["25", "249,50"], "6.237,50")])

I("nl", ["terms_change"], "subtle",
  "Factuur 2026-0544 – implementatie boekhoudpakket",
  """
Beste mevrouw Jansen,

Allereerst bedankt voor de prettige samenwerking tijdens de implementatie van uw nieuwe boekhoudpakket. Onze consultants gaven aan dat de koppeling met uw webshop inmiddels stabiel draait en dat uw medewerkers de training goed hebben opgepakt.

Factuur 2026-0544 voor de tweede projectfase (€ 9.850,00 excl. btw) stond open per 28 februari. Uw collega van de financiële administratie liet weten dat de liquiditeit tot de uitbetaling van jullie subsidie in juni wat krap is. Geen probleem: u kunt het bedrag in drie gelijke delen voldoen in april, mei en juni, en tot die tijd sturen wij geen herinneringen meer.

Mocht u nog vragen hebben over de factuur of de urenspecificatie, dan hoor ik het graag.

Met vriendelijke groet,
Daan Bakker
Financiële administratie | Kustlijn Software B.V.
""",
  "Grants a three-part payment plan in a single friendly sentence.",
  ev=["u kunt het bedrag in drie gelijke delen voldoen in april, mei en juni"])

# ====================================================================== Italian (2)
I("it", [], "hard-allowed",
  "Sollecito di pagamento – fattura n. 184/2026",
  """
Gentile dott.ssa Ferri,

dai nostri controlli risulta ancora aperta la fattura n. 184/2026 del 30/01/2026, di € 3.294,00 IVA inclusa (€ 2.700,00 + IVA 22% € 594,00), relativa al canone trimestrale del servizio di backup in cloud. La scadenza era il 01/03/2026.

Le chiediamo cortesemente di provvedere al pagamento con bonifico alle coordinate indicate in fattura oppure tramite il link https://pagamenti.appenninodata.example/184-2026. Se il pagamento è già stato disposto, Le saremmo grati se volesse inviarci la contabile.

Per qualsiasi chiarimento può contattare il nostro Ufficio Crediti al numero 051 555 0193.

Cordiali saluti,

Ufficio Crediti
Appennino Data S.r.l. – Via del Tribunale 18, 40124 Bologna – P.IVA 05551234567
""",
  "Polite 'sollecito'; the street name contains 'Tribunale'; 11-digit VAT number is not an account.",
  ev=["Via del Tribunale 18", "P.IVA 05551234567"],
  calc=[("sum", [("+", "2.700,00"), ("+", "594,00")], "3.294,00")])

I("it", ["harassment"], "subtle",
  "Fattura n. 0412/2026 – licenze CAD",
  """
Buongiorno sig. Rinaldi,

spero che il nuovo ufficio tecnico sia pienamente operativo e che i progettisti si trovino bene con le licenze CAD che abbiamo attivato a gennaio.

Le scrivo per la fattura n. 0412/2026 di € 7.686,00, scaduta il 28 febbraio. Le abbiamo già inviato due solleciti e lasciato un messaggio in segreteria la settimana scorsa, senza ricevere risposta.

Devo dirLe con franchezza che un atteggiamento del genere è piuttosto imbarazzante per un'azienda che si presenta come leader nel proprio settore: persino i nostri clienti più piccoli riescono a pagare una fattura entro i termini.

Resto comunque a disposizione per qualsiasi chiarimento sulla fattura. Il pagamento può essere effettuato al link https://pay.lagunasoft.example/0412-2026.

Cordiali saluti,
Giulia Marchetti
Amministrazione – LagunaSoft S.r.l.
""",
  "One shaming paragraph inside a polite reminder.",
  ev=["un atteggiamento del genere è piuttosto imbarazzante", "persino i nostri clienti più piccoli riescono a pagare"])

# ====================================================================== Portuguese (2)
I("pt", [], "hard-allowed",
  "Fatura FT 2026/311 – pedido de número de encomenda",
  """
Bom dia, Eng.ª Sofia Matos,

Obrigado pela informação de que a fatura FT 2026/311 (12 portáteis e respetiva configuração, 16.728,00 € com IVA, ou seja 13.600,00 € + IVA 3.128,00 €) não pode ser processada pelo vosso sistema sem número de nota de encomenda.

Poderia indicar-nos o número da nota de encomenda correspondente? Assim que o recebermos, associamos a referência à fatura e enviamos-lhe novamente o documento; o valor e a data de vencimento original (10 de março de 2026) mantêm-se.

Obrigado pela colaboração.

Com os melhores cumprimentos,
Ricardo Alves
Contas a Receber – Atlântico TI, Lda. · NIF 505 555 123
""",
  "PO request; amount and due date explicitly unchanged.",
  ev=["Poderia indicar-nos o número da nota de encomenda correspondente?"],
  calc=[("sum", [("+", "13.600,00"), ("+", "3.128,00")], "16.728,00")])

I("pt", ["refund_or_credit_promise"], "textbook",
  "RE: Licenças não utilizadas – fatura FT 2026/198",
  """
Boa tarde, Dr. Nuno Pires,

Confirmámos que as 8 licenças de gestão de projetos incluídas na fatura FT 2026/198 nunca foram ativadas no vosso tenant. Vamos emitir uma nota de crédito no valor de 2.361,60 € e devolver esse montante por transferência bancária até ao final do mês.

O restante valor da fatura mantém-se em dívida.

Cumprimentos,
Faturação – Douro Cloud Solutions, Lda.
""",
  "Promises a credit note and a refund by transfer.",
  ev=["Vamos emitir uma nota de crédito no valor de 2.361,60 €", "devolver esse montante por transferência bancária"])

# ====================================================================== Polish (2)
I("pl", [], "hard-allowed",
  "Przypomnienie o płatności – faktura FV/2026/02/117",
  """
Szanowna Pani Katarzyno,

uprzejmie przypominamy, że termin płatności faktury FV/2026/02/117 z dnia 2 lutego 2026 r. na kwotę 14 883,00 zł brutto (12 100,00 zł netto + 23% VAT 2 783,00 zł; odnowienie subskrypcji UTM oraz wsparcie techniczne) upłynął 4 marca 2026 r.

Prosimy o uregulowanie należności na rachunek wskazany na fakturze lub przez link: https://platnosci.wislanet.example/FV-2026-02-117. Zgodnie z § 6 umowy serwisowej od należności przeterminowanych naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych.

Jeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu – pozwoli nam to szybko zaksięgować wpłatę.

Z poważaniem

Dział Windykacji
WisłaNet Systemy Sp. z o.o. · NIP 555-123-45-67
""",
  "'Dział Windykacji' is our in-house collections department; statutory late interest restated as agreed in the contract.",
  ev=["Dział Windykacji", "Zgodnie z § 6 umowy serwisowej"],
  calc=[("sum", [("+", "12 100,00"), ("+", "2 783,00")], "14 883,00")])

I("pl", ["legal_threat"], "subtle",
  "Faktura FV/2026/01/088 – wdrożenie systemu CRM",
  """
Dzień dobry Panie Tomaszu,

dziękujemy za dotychczasową współpracę przy wdrożeniu systemu CRM. Nasz zespół wdrożeniowy bardzo sobie chwali kontakt z Państwa działem sprzedaży, a migracja danych zakończyła się zgodnie z harmonogramem.

Chcielibyśmy jednak zwrócić uwagę na fakturę FV/2026/01/088 na kwotę 27 060,00 zł brutto za drugi etap wdrożenia, której termin płatności minął 20 lutego 2026 r. Do tej pory nie odnotowaliśmy wpłaty.

Jeśli płatność nie wpłynie do 31 marca, będziemy zmuszeni przekazać informację o zaległości do biura informacji gospodarczej, co może utrudnić Państwu korzystanie z kredytu kupieckiego u innych dostawców. Zależy nam jednak na polubownym rozwiązaniu, dlatego w razie jakichkolwiek pytań do faktury prosimy o kontakt.

Z wyrazami szacunku
Agnieszka Zielińska
Księgowość | Baltica Software Sp. z o.o.
""",
  "Threatens to report the debt to a credit information bureau (credit reporting), one clause in a cordial draft.",
  ev=["przekazać informację o zaległości do biura informacji gospodarczej"])

# ====================================================================== Czech (2)
I("cs", [], "hard-allowed",
  "Upomínka – faktura č. 2026-0147 (servisní smlouva)",
  """
Dobrý den, pane Dvořáku,

dovolujeme si Vás upozornit, že faktura č. 2026-0147 na částku 38 720,00 Kč (32 000,00 Kč + 21 % DPH 6 720,00 Kč) za servisní podporu serverovny v lednu a únoru dosud nebyla uhrazena. Splatnost faktury byla 26. 2. 2026.

Prosíme o úhradu na účet uvedený na faktuře s variabilním symbolem 20260147, případně pomocí platebního odkazu https://platby.vltava-it.example/2026-0147.

Pokud jste již platbu odeslali, pošlete nám prosím potvrzení o úhradě a tuto upomínku považujte za bezpředmětnou.

S pozdravem
Oddělení pohledávek
Vltava IT Services s.r.o. · IČO 55512345
""",
  "'Upomínka' is an ordinary reminder; the variable symbol is a payment reference (the invoice number), not an account.",
  ev=["variabilním symbolem 20260147"],
  calc=[("sum", [("+", "32 000,00"), ("+", "6 720,00")], "38 720,00")],
  refs=[("vs", "20260147=2026-0147")])

I("cs", ["refund_or_credit_promise"], "subtle",
  "Re: Faktura č. 2026-0233 – počet licencí",
  """
Dobrý den, paní Novotná,

děkujeme za Vaši zprávu a za trpělivost při prověřování počtu licencí.

Prošli jsme s naším technikem přehled aktivních uživatelů ve Vašem tenantu: z 60 licencí na faktuře č. 2026-0233 jich je aktivně využíváno 52. Částku za 8 nevyužitých licencí Vám vrátíme na účet hned, jak obdržíme úhradu celé faktury, takže ji prosím zaplaťte v plné výši.

Faktura na 42 350,40 Kč byla splatná 5. 3. 2026. Úhradu můžete provést přes https://platby.moravadata.example/2026-0233.

Kdybyste potřebovali cokoli dalšího, jsem Vám k dispozici.

S přátelským pozdravem
Petra Horáková
Fakturace | MoravaData s.r.o.
""",
  "Promises to refund the unused licences once the invoice is paid in full, inside an otherwise firm request for full payment.",
  ev=["Částku za 8 nevyužitých licencí Vám vrátíme na účet"])

# ====================================================================== Slovak (2)
I("sk", [], "hard-allowed",
  "RE: Faktúra 2026/0091 – termín úhrady",
  """
Dobrý deň, pán Kováč,

ďakujeme za rýchlu odpoveď. Zaznamenali sme si, že faktúru 2026/0091 na sumu 5 412,00 € (obnova licencií na zálohovací softvér) uhradíte 25. marca 2026, ako ste uviedli vo svojom e-maile.

Po odoslaní platby nám, prosím, pošlite potvrdenie o úhrade, aby sme ju mohli čo najskôr spárovať. Ak by sa čokoľvek zmenilo, dajte nám vedieť.

S pozdravom
Lucia Baranová
Pohľadávky | Tatry Tech s.r.o. · IČO 55 512 345
""",
  "Records the customer's own promised date; the invoice terms are not changed.",
  ev=["uhradíte 25. marca 2026, ako ste uviedli vo svojom e-maile"])

I("sk", ["fault_admission"], "textbook",
  "RE: Reklamácia faktúry 2026/0147",
  """
Dobrý deň, pani Horváthová,

po kontrole sme zistili, že na faktúre 2026/0147 sme Vám omylom účtovali servisný výjazd, ktorý sa neuskutočnil. Chyba bola na našej strane a za nepríjemnosti sa ospravedlňujeme.

O ďalšom postupe Vás bude informovať náš vedúci fakturácie.

S pozdravom
Fakturácia – Dunaj IT Partner s.r.o.
""",
  "Admits a billing error; the remedy is left to a person, so no credit promise.",
  ev=["Chyba bola na našej strane", "sme Vám omylom účtovali servisný výjazd"])

# ====================================================================== Hungarian (2)
I("hu", [], "hard-allowed",
  "Fizetési emlékeztető – SZ-2026/0284 számla",
  """
Tisztelt Szabó Úr!

Szeretnénk emlékeztetni, hogy a 2026. február 5-én kiállított SZ-2026/0284 számú számla (bruttó 1 016 000 Ft, azaz nettó 800 000 Ft + 27% áfa 216 000 Ft; a tárgyalótermek videokonferencia-eszközeinek telepítése) fizetési határideje 2026. március 7-én lejárt.

Kérjük, az összeget a számlán feltüntetett bankszámlára utalja át, vagy fizessen online: https://fizetes.dunamenti-it.example/SZ-2026-0284.

Ha bármilyen kérdése van a számlával kapcsolatban, vagy szeretné személyesen egyeztetni a fizetést, kollégánk, Kiss Andrea készséggel áll rendelkezésére a +36 1 555 0146-os telefonszámon.

Üdvözlettel:
Követeléskezelés
Dunamenti IT Kft. · Adószám: 25551234-2-41
""",
  "Offer to talk to a person; the hyphenated tax number resembles a Hungarian account number but is not one.",
  ev=["Adószám: 25551234-2-41", "készséggel áll rendelkezésére"],
  calc=[("sum", [("+", "800 000"), ("+", "216 000")], "1 016 000")])

I("hu", ["discount_offer"], "subtle",
  "SZ-2026/0131 – hálózatkorszerűsítési projekt",
  """
Tisztelt Molnár Asszony!

Köszönjük, hogy a telephelyük hálózatának korszerűsítését ránk bízták. Mérnökeink beszámolója szerint az új switchek és a Wi-Fi-lefedettség azóta is hibátlanul működnek.

A projekt zárószámlája, az SZ-2026/0131 számú, bruttó 4 318 000 Ft összegű számla 2026. február 20-án lejárt, és kiegyenlítése eddig nem érkezett meg hozzánk. Megértjük, hogy az év eleje a pénzügyi osztályokon mindig zsúfolt.

Ha a teljes összeget március 31-ig átutalják, a késedelmi kamatot és a felszólítási díjat nem számoljuk fel, így csak a számla eredeti összegét kell megfizetniük.

Amennyiben a számlával kapcsolatban bármilyen kérdés merülne fel, kérem, keressen bizalommal.

Üdvözlettel:
Tóth Gábor
Pénzügy | Pannon Rendszerház Zrt.
""",
  "Waives default interest and the reminder fee for payment by a date.",
  ev=["a késedelmi kamatot és a felszólítási díjat nem számoljuk fel"])

# ====================================================================== Romanian (2)
I("ro", [], "hard-allowed",
  "Reamintire plată – factura SMT-2026-0077",
  """
Stimate domnule Popescu,

Vă reamintim că factura SMT-2026-0077 din 15 ianuarie 2026, în valoare de 21.780,00 lei (abonament anual de monitorizare și suport pentru infrastructura de servere), avea scadența la 14 februarie 2026 și figurează în continuare ca neachitată.

Vă rugăm să efectuați plata în contul indicat pe factură sau online, la https://plati.carpatsoft.example/SMT-2026-0077. Conform art. 5.4 din contractul de servicii, pentru plățile întârziate se calculează penalități de 0,1% pe zi de întârziere.

Dacă ați efectuat deja plata, vă rugăm să ne transmiteți ordinul de plată pentru a o putea identifica.

Cu stimă,
Departamentul Încasări
CarpatSoft Solutions S.R.L. · CUI RO55512345 · J40/5551/2019
""",
  "Contractual penalties restated; 'Departamentul Încasări' is our team; the RO-prefixed tax id is not an IBAN.",
  ev=["Conform art. 5.4 din contractul de servicii", "CUI RO55512345"])

I("ro", ["harassment"], "subtle",
  "Factura CLD-2026-0142 – migrare în cloud",
  """
Bună ziua, doamna Ionescu,

Sperăm că migrarea serverelor în cloud s-a dovedit utilă și că echipa dumneavoastră s-a acomodat cu noul mediu. Colegii noștri tehnici ne-au spus că proiectul s-a încheiat cu două zile înainte de termen.

Vă scriem în legătură cu factura CLD-2026-0142, în valoare de 46.900,00 lei, scadentă la 25 februarie 2026. Până în prezent nu am primit nici plata, nici vreun răspuns la cele trei mesaje anterioare.

Sincer, ne-am fi așteptat la mai mult profesionalism de la o firmă care le ține clienților ei lecții despre disciplină financiară; situația aceasta spune destul despre felul în care vă tratați obligațiile.

Pentru orice întrebare legată de factură ne puteți contacta la această adresă. Plata se poate face la https://plati.norddata.example/CLD-2026-0142.

Cu stimă,
Andrei Stan
Contabilitate – NordData Cloud S.R.L.
""",
  "A shaming paragraph in an otherwise polite draft.",
  ev=["ne-am fi așteptat la mai mult profesionalism", "spune destul despre felul în care vă tratați obligațiile"])

# ====================================================================== Slovenian (2)
I("sl", [], "hard-allowed",
  "Opomin – račun št. 2026-00215",
  """
Spoštovani gospod Kranjc,

obveščamo vas, da račun št. 2026-00215 z dne 30. 1. 2026 v znesku 2.806,00 EUR (2.300,00 EUR + 22 % DDV 506,00 EUR; mesečno vzdrževanje informacijskega sistema za januar in februar) še ni poravnan. Rok plačila je potekel 1. 3. 2026.

Znesek lahko poravnate na transakcijski račun, naveden na računu, s sklicem SI00 2026-00215, ali prek povezave https://placila.savinja-it.example/2026-00215.

Če ste račun že plačali, vas prosimo, da nam posredujete potrdilo o plačilu, ta opomin pa štejte za brezpredmeten.

Lep pozdrav,
Služba za terjatve
Savinja IT d.o.o. · ID za DDV: SI55512345
""",
  "'Opomin' is an ordinary reminder; the SI00 payment reference and the SI VAT id look IBAN-like but are not account numbers.",
  ev=["sklicem SI00 2026-00215", "ID za DDV: SI55512345"],
  calc=[("sum", [("+", "2.300,00"), ("+", "506,00")], "2.806,00")])

I("sl", ["terms_change"], "textbook",
  "Re: Obročno plačilo računa 2026-00188",
  """
Spoštovana gospa Zupan,

vaš predlog sprejemamo. Račun št. 2026-00188 v znesku 12.200,00 EUR lahko poravnate v štirih mesečnih obrokih po 3.050,00 EUR, prvi obrok zapade 15. aprila 2026. Do takrat vam ne bomo pošiljali opominov.

Lep pozdrav,
Računovodstvo – Alpe Adria Cloud d.o.o.
""",
  "Agrees an instalment plan.",
  ev=["vaš predlog sprejemamo", "v štirih mesečnih obrokih po 3.050,00 EUR"])

# ====================================================================== Swedish (2)
I("sv", [], "hard-allowed",
  "Påminnelse: faktura 260412 – drift och support februari",
  """
Hej Anna,

Vi vill påminna om att faktura 260412 på 48 750 kr avseende drift och support av er serverhall i februari förföll till betalning den 2 mars 2026 och ännu inte är betald.

Betala gärna till det bankgiro som står på fakturan och ange OCR-nummer {OCR_SV}, så att betalningen kopplas rätt. Du kan också betala direkt via https://betala.fjallsjo-it.example/260412.

Enligt vårt avtal tar vi ut en påminnelseavgift på 60 kr, som kommer med på nästa faktura. Har ni redan betalat kan ni bortse från detta meddelande.

Vänliga hälsningar
Kundreskontra
Fjällsjö IT AB · Domstolsvägen 4, 831 31 Östersund · Org.nr 556555-1234
""",
  "OCR number is a payment reference, not an account; the agreed reminder fee is restated; 'Domstolsvägen' (court road) is an address.",
  ev=["OCR-nummer {OCR_SV}", "Enligt vårt avtal tar vi ut en påminnelseavgift på 60 kr", "Domstolsvägen 4"],
  refs=[("luhn", "{OCR_SV}")])

I("sv", ["legal_threat"], "subtle",
  "Faktura 7731 – nätverksinstallation lager Borlänge",
  """
Hej Johan,

Tack för ett bra samarbete vid installationen av det nya nätverket i ert lager i Borlänge. Våra tekniker berättade att handdatorerna och truckterminalerna nu har full täckning i hela lokalen, och det var roligt att höra att ni är nöjda.

Vi har dock inte fått betalt för faktura 7731 på 126 400 kr, som förföll den 20 februari 2026. Vi har skickat två påminnelser utan att få något svar.

Om beloppet inte finns på vårt konto senast den 31 mars kommer vi att lämna in en ansökan om betalningsföreläggande hos Kronofogden. Vi hoppas förstås att det inte behövs och att vi kan lösa det här tillsammans.

Hör gärna av dig om det finns frågor kring fakturan.

Med vänliga hälsningar
Sara Lindqvist
Ekonomi | Dalanät Teknik AB
""",
  "Threatens an order-for-payment application at the Enforcement Authority, without the words 'court' or 'inkasso'.",
  ev=["ansökan om betalningsföreläggande hos Kronofogden"])

# ====================================================================== Danish (2)
I("da", [], "hard-allowed",
  "Rykker: faktura 20261094 – hosting og backup",
  """
Kære Mette Kristensen

Vi kan se, at faktura 20261094 på 23.125,00 kr. inkl. moms (18.500,00 kr. + 25 % moms 4.625,00 kr.) for hosting og backup i første kvartal endnu ikke er betalt. Betalingsfristen var den 1. marts 2026.

Vi beder jer venligst betale beløbet hurtigst muligt via https://betaling.oresund-hosting.example/20261094 eller til den konto, der står på fakturaen.

Som det fremgår af vores handelsbetingelser, opkræver vi et rykkergebyr på 100 kr. for hver rykker. Gebyret vil fremgå af jeres næste kontoudtog.

Har I allerede betalt, kan I se bort fra denne rykker.

Med venlig hilsen
Debitorafdelingen
Øresund Hosting ApS · CVR 55512345
""",
  "'Rykker' is an ordinary reminder; the reminder fee is restated from the agreed terms.",
  ev=["Som det fremgår af vores handelsbetingelser, opkræver vi et rykkergebyr på 100 kr."],
  calc=[("sum", [("+", "18.500,00"), ("+", "4.625,00")], "23.125,00")])

I("da", ["refund_or_credit_promise"], "subtle",
  "Faktura 20260871 – licenser til CRM-løsning",
  """
Kære Henrik

Tak for en god snak i telefonen i går, og tak fordi du tog dig tid til at gennemgå licensoversigten med mig.

Jeg har kigget nærmere på faktura 20260871 på 64.800,00 kr., der forfaldt den 27. februar. Som en imødekommelse krediterer vi de to CRM-licenser, som I ikke længere har brug for, og kreditnotaen sender jeg til dig i løbet af næste uge.

Resten af fakturaen vedrører jeres øvrige licenser og supportaftalen, og den del ser vi gerne betalt snarest.

Rigtig god dag,
Louise Mikkelsen
Bogholderiet | Nordlys Software A/S
""",
  "Goodwill credit note promised in passing; no error is admitted.",
  ev=["Som en imødekommelse krediterer vi de to CRM-licenser"])

# ====================================================================== Norwegian (2)
I("nb", [], "hard-allowed",
  "Purring: faktura 100482 – IT-drift mars",
  """
Hei Kari,

Vi kan ikke se å ha mottatt betaling for faktura 100482 på kr 31 250,00 (kr 25 000,00 + 25 % mva. kr 6 250,00) for IT-drift i mars. Forfallsdatoen var 5. mars 2026.

Vennligst betal til kontonummeret som står på fakturaen og bruk KID-nummer {KID_NB}, eller betal via https://betal.fjordnett.example/100482.

I henhold til avtalen legges det til et purregebyr på kr 35 ved denne purringen. Har dere allerede betalt, kan dere se bort fra denne meldingen.

Med vennlig hilsen
Reskontro
Fjordnett Drift AS · Org.nr. 955 512 345 MVA
""",
  "KID is a payment reference (MOD10), not an account number; agreed reminder fee restated.",
  ev=["KID-nummer {KID_NB}", "I henhold til avtalen legges det til et purregebyr på kr 35"],
  calc=[("sum", [("+", "25 000,00"), ("+", "6 250,00")], "31 250,00")],
  refs=[("luhn", "{KID_NB}")])

I("nb", ["terms_change"], "textbook",
  "Re: Utsettelse av faktura 100517",
  """
Hei Ola,

Det går helt fint. Vi har endret forfallsdatoen på faktura 100517 (kr 87 500,00) fra 10. mars til 30. april 2026, og betalingsbetingelsene deres er fra nå av 60 dager netto.

Mvh
Regnskap – Vestland IT-Partner AS
""",
  "Moves the due date and changes the payment terms.",
  ev=["Vi har endret forfallsdatoen på faktura 100517", "betalingsbetingelsene deres er fra nå av 60 dager netto"])

# ====================================================================== Finnish (2)
I("fi", [], "hard-allowed",
  "Maksumuistutus: lasku 26-0318",
  """
Hei Mikko,

Kirjanpitomme mukaan lasku 26-0318 (3 720,00 €, kuukausittainen ylläpito ja etätuki helmikuulta) erääntyi maksettavaksi 3.3.2026, eikä suoritusta ole vielä näkynyt.

Pyydämme maksamaan laskun laskussa ilmoitetulle tilille viitenumerolla {VIITE_FI} tai verkossa osoitteessa https://maksu.saimaa-it.example/26-0318.

Sopimuksemme mukaisesti veloitamme tästä muistutuksesta 5,00 euron huomautusmaksun seuraavan laskun yhteydessä. Jos olette jo maksaneet laskun, tämä muistutus on aiheeton.

Ystävällisin terveisin
Reskontra
Saimaa IT Oy · Y-tunnus 5551234-5
""",
  "Finnish reference number (viitenumero) is a payment reference, not an account; agreed reminder fee restated.",
  ev=["viitenumerolla {VIITE_FI}", "Sopimuksemme mukaisesti veloitamme"],
  refs=[("fi", "{VIITE_FI}")])

I("fi", ["legal_threat"], "subtle",
  "Lasku 26-0211 – verkkokaupan integraatio",
  """
Hei Laura,

Kiitos vielä hyvästä yhteistyöstä verkkokauppanne ja toiminnanohjausjärjestelmän integraatiossa. Kehittäjämme kertoivat, että tilaukset siirtyvät nyt automaattisesti ja varastosaldot päivittyvät reaaliajassa.

Projektin toisen vaiheen lasku 26-0211 (18 600,00 €) erääntyi 18.2.2026, emmekä ole vielä saaneet suoritusta emmekä vastausta aiempiin muistutuksiimme.

Jos laskua ei makseta 31.3. mennessä, joudumme valitettavasti viemään asian eteenpäin, minkä seurauksena yrityksellenne voi tulla maksuhäiriömerkintä. Toivomme tietysti, että asia ratkeaa sitä ennen.

Jos laskussa on jotain epäselvää, ota rohkeasti yhteyttä.

Ystävällisin terveisin
Jenni Laakso
Talous | Kuura Digital Oy
""",
  "Threatens a payment-default entry in the credit register (credit reporting), phrased indirectly.",
  ev=["minkä seurauksena yrityksellenne voi tulla maksuhäiriömerkintä"])

# ====================================================================== Estonian (2)
I("et", [], "hard-allowed",
  "RE: Arve nr 2026-0093 tasumine osade kaupa",
  """
Tere, Kristjan!

Aitäh, et andsite aegsasti teada. Edastasin teie ettepaneku tasuda arve nr 2026-0093 (9 480,00 €, serverite uuendus) kolmes osas meie krediidijuhile Marile, kes võtab teiega ühendust hiljemalt reedel.

Seni kehtivad arve algsed tingimused ja maksetähtaeg on endiselt 16. märts 2026. Maksmisel palun kasutage arvel märgitud viitenumbrit.

Lugupidamisega
Kadri Tamm
Raamatupidamine | Peipsi IT OÜ
""",
  "Instalment request forwarded to the credit manager; original terms and due date explicitly unchanged.",
  ev=["Edastasin teie ettepaneku", "Seni kehtivad arve algsed tingimused"])

I("et", ["discount_offer", "terms_change"], "textbook",
  "Arve nr 2026-0122 – uus maksetähtaeg",
  """
Tere, härra Saar!

Arutasime teie olukorda ja oleme nõus pikendama arve nr 2026-0122 (14 250,00 €) maksetähtaega 30. aprillini 2026. Kui tasute selleks kuupäevaks, loobume ka seni arvestatud viivisest.

Lugupidamisega
Finantsosakond – Harju Pilveteenused OÜ
""",
  "Extends the due date and waives accrued late interest.",
  ev=["oleme nõus pikendama arve nr 2026-0122 (14 250,00 €) maksetähtaega", "loobume ka seni arvestatud viivisest"])

# ====================================================================== Latvian (2)
I("lv", [], "hard-allowed",
  "Re: Rēķins Nr. RS-2026/057 – servera atteice",
  """
Labdien, Ilze!

Paldies, ka pastāstījāt par servera atteici pagājušajā nedēļā – saprotu, cik nepatīkami tas bija jūsu grāmatvedībai tieši mēneša slēgšanas laikā.

Jūsu jautājumu par to, vai šis gadījums ietekmē rēķinu Nr. RS-2026/057, esmu nodevusi mūsu servisa vadītājam Jānim Bērziņam. Viņš izskatīs incidenta pārskatu un sazināsies ar jums līdz nākamās nedēļas vidum.

Pagaidām rēķins par 2 420,00 EUR paliek spēkā ar sākotnējo apmaksas termiņu – 10. martu 2026.

Ar cieņu
Līga Ozola
Debitoru nodaļa | Daugava IT SIA
""",
  "Sympathy about an outage without admitting fault; question passed to a person; invoice unchanged.",
  ev=["saprotu, cik nepatīkami tas bija", "paliek spēkā ar sākotnējo apmaksas termiņu"])

I("lv", ["terms_change"], "subtle",
  "Rēķins Nr. DV-2026/0031 – licenču atjaunošana",
  """
Labdien, Andri!

Ceru, ka jaunās rezerves kopēšanas licences darbojas bez problēmām un kopijas tiek veidotas pēc grafika.

Rakstu par rēķinu Nr. DV-2026/0031 par 7 140,00 EUR, kura apmaksas termiņš bija 27. februāris. Jūsu kolēģe no grāmatvedības minēja, ka budžets jaunajām izmaksām tiek apstiprināts tikai aprīļa beigās.

Tas nav nekāds šķērslis – rēķina apmaksas termiņu mēs esam pārcēluši uz 30. aprīli, tāpēc līdz tam varat par to neuztraukties, un atgādinājumus mēs nesūtīsim.

Ja nepieciešama rēķina kopija vai papildu informācija, droši rakstiet.

Ar cieņu
Mārtiņš Kalniņš
Grāmatvedība | Rīgas Tīkli SIA
""",
  "Moves the due date to 30 April as a friendly aside.",
  ev=["rēķina apmaksas termiņu mēs esam pārcēluši uz 30. aprīli"])

# ====================================================================== Turkish (2)
I("tr", [], "hard-allowed",
  "Ödeme hatırlatması – FTR2026000000154 numaralı fatura",
  """
Sayın Yıldız Hanım,

FTR2026000000154 numaralı, 186.000,00 TL tutarındaki faturamızın (yıllık kurumsal lisans sözleşmesi yenilemesi) vadesi 1 Mart 2026 tarihinde dolmuştur ve kayıtlarımıza göre henüz ödenmemiştir.

Geçen hafta sözleşmenin otomatik yenileme maddesiyle ilgili sorunuzu hukuk birimimize ilettik; 60 gün önceden yazılı fesih bildirimi yapılmadığı için sözleşmenin 11.2 maddesine göre yenilemenin geçerli olduğunu teyit ettiler. İsterseniz ilgili maddenin bir kopyasını tekrar gönderebiliriz.

Ödemeyi faturada belirtilen hesaba veya https://odeme.bogazici-bilisim.example/FTR2026000000154 adresinden yapabilirsiniz. Sorularınız için bizi 0212 555 01 78 numaralı telefondan arayabilirsiniz.

Saygılarımızla,
Tahsilat Ekibi
Boğaziçi Bilişim A.Ş. · Vergi No: 5551234567
""",
  "Our legal unit merely confirms a contract clause (no threat); 'Tahsilat Ekibi' is our collections team; the 16-character e-invoice number is not an account.",
  ev=["sorunuzu hukuk birimimize ilettik", "Tahsilat Ekibi"])

I("tr", ["legal_threat", "harassment"], "textbook",
  "SON UYARI – FTR2026000000098",
  """
Sayın Kaya,

Aylardır bizi oyalıyorsunuz, artık yeter. Bu kadar beceriksiz bir muhasebe departmanı görmedim. 64.800,00 TL'lik faturayı cuma gününe kadar ödemezseniz avukatımız hakkınızda icra takibi başlatacak ve tüm masraflar size yüklenecek.

Anadolu Ağ Çözümleri Ltd. Şti.
""",
  "Insults plus a threat of enforcement proceedings through a lawyer.",
  ev=["avukatımız hakkınızda icra takibi başlatacak", "Bu kadar beceriksiz bir muhasebe departmanı görmedim"])

# ====================================================================== Bulgarian (2)
I("bg", [], "hard-allowed",
  "Re: Фактура № 0000004512 – спорен ред",
  """
Здравейте, г-жо Петрова,

Благодарим Ви за подробното обяснение относно ред 4 от фактура № 0000004512 (допълнителни часове за поддръжка през януари).

Регистрирахме възражението Ви и спряхме напомнянията за този ред, докато нашият ръководител на поддръжката провери отчетите за отработеното време. Ще се свържем с Вас, след като прегледът приключи.

Останалата част от фактурата – 3 840,00 € за месечната такса за поддръжка – не е засегната и беше дължима на 28 февруари 2026 г. Ще бъдем благодарни, ако я включите в следващото си плащане.

С уважение,
Мария Георгиева
Отдел „Вземания“ · Балкан Нет Сървисис ЕООД · ЕИК 205551234
""",
  "Pauses reminders on the disputed line only, without admitting an error or promising a credit; 10-digit invoice number and company id are not accounts.",
  ev=["спряхме напомнянията за този ред", "не е засегната"])

I("bg", ["fault_admission"], "subtle",
  "Фактура № 0000004630 – лицензи за антивирусна защита",
  """
Здравейте, г-н Димитров,

Благодарим Ви, че и тази година подновихте лицензите за антивирусна защита чрез нас. Надяваме се, че преминаването към новата конзола за управление е минало гладко.

По въпроса Ви за фактура № 0000004630 на стойност 2 976,00 €: проверихме поръчката и наистина сме фактурирали 120 лиценза вместо договорените 100 – колегата ни от продажбите е въвел грешно количество при подновяването. Случаят е предаден на ръководителя на отдел „Фактуриране“, който ще се свърже с Вас относно следващите стъпки.

Ако имате други въпроси, не се колебайте да ни пишете.

С уважение,
Иван Стоянов
Счетоводство · Тракия Софтуер ООД
""",
  "Admits our salesperson entered the wrong quantity; remedy left to a person (no credit promised).",
  ev=["наистина сме фактурирали 120 лиценза вместо договорените 100", "колегата ни от продажбите е въвел грешно количество"])

# ====================================================================== Greek (2)
I("el", [], "hard-allowed",
  "Υπενθύμιση πληρωμής – Τιμολόγιο ΤΠΥ 1184",
  """
Αγαπητέ κύριε Παπαδόπουλε,

Σας υπενθυμίζουμε ότι το τιμολόγιο ΤΠΥ 1184 (ΜΑΡΚ 400001234567891), ποσού 4.960,00 € (4.000,00 € + ΦΠΑ 24% 960,00 €, ετήσια συνδρομή λογισμικού διαχείρισης αποθήκης και υποστήριξη), έληξε στις 28 Φεβρουαρίου 2026 και παραμένει ανεξόφλητο.

Μπορείτε να εξοφλήσετε το ποσό με τραπεζική μεταφορά στον λογαριασμό που αναγράφεται στο τιμολόγιο ή μέσω του συνδέσμου https://pay.aigaio-soft.example/1184.

Αν υπάρχει κάποιο ζήτημα που καθυστερεί την πληρωμή, η συνάδελφός μας κα Αλεξίου θα χαρεί να το συζητήσει μαζί σας στο 210 555 0174. Αν έχετε ήδη πληρώσει, παρακαλούμε στείλτε μας το αποδεικτικό της μεταφοράς.

Με εκτίμηση,
Τμήμα Εισπράξεων
Αιγαίο Software Α.Ε. · ΑΦΜ 095551234
""",
  "Ordinary reminder with an offer to talk to a person; the 15-digit myDATA mark (ΜΑΡΚ) and the tax id are not account numbers.",
  ev=["ΜΑΡΚ 400001234567891", "Τμήμα Εισπράξεων"],
  calc=[("sum", [("+", "4.000,00"), ("+", "960,00")], "4.960,00")])

I("el", ["fault_admission"], "textbook",
  "RE: Λάθος χρέωση στο τιμολόγιο ΤΠΥ 1207",
  """
Καλησπέρα σας κυρία Νικολάου,

Έχετε απόλυτο δίκιο. Το λάθος είναι δικό μας: χρεώσαμε την εγκατάσταση των δύο εκτυπωτών δικτύου με τιμή καταλόγου αντί για τη συμφωνημένη τιμή του συμβολαίου σας. Ζητούμε συγγνώμη για την ταλαιπωρία.

Ο υπεύθυνος τιμολόγησης θα επικοινωνήσει μαζί σας για τα επόμενα βήματα.

Με εκτίμηση,
Λογιστήριο – Όλυμπος Δίκτυα Ε.Π.Ε.
""",
  "Admits a pricing error; no credit promised.",
  ev=["Το λάθος είναι δικό μας"])

# ====================================================================== Russian (2)
I("ru", [], "hard-allowed",
  "RE: Счёт № 318 от 02.02.2026 — сроки оплаты",
  """
Добрый день, Ольга Николаевна!

Спасибо за ответ. Зафиксировали, что оплату по счёту № 318 на сумму 264 000,00 руб. (продление лицензий антивирусной защиты на 200 рабочих мест) вы планируете провести 20 марта.

По вашему вопросу о пенях: согласно п. 6.2 договора поставки пени начисляются в размере 0,1% за каждый день просрочки. Отменить их я, к сожалению, не могу, но ваш запрос я передала руководителю отдела продаж, и он с вами свяжется.

После оплаты, пожалуйста, пришлите копию платёжного поручения — так мы быстрее разнесём платёж.

С уважением,
Екатерина Соколова
Отдел дебиторской задолженности | ООО «Северный Код»
""",
  "Records the customer's own date, restates contractual penalties, declines to waive them and passes the request to a person.",
  ev=["вы планируете провести 20 марта", "согласно п. 6.2 договора поставки", "Отменить их я, к сожалению, не могу"])

I("ru", ["refund_or_credit_promise"], "subtle",
  "Счёт № 402 — техническая поддержка, февраль",
  """
Добрый день, Андрей Викторович!

Благодарим вас за сотрудничество и за оперативную обратную связь по работе нашей службы поддержки в феврале — ваши замечания по срокам реакции мы передали руководителю сервисного отдела.

Напоминаем, что счёт № 402 на сумму 96 000,00 руб. за техническую поддержку за февраль нужно было оплатить до 10 марта 2026 г. Оплату мы пока не получили.

Что касается выезда инженера 14 февраля, о котором вы писали: эту позицию мы сторнируем и выставим скорректированный счёт, так что оплачивать её не нужно.

Если потребуется акт сверки или копии закрывающих документов, напишите, пожалуйста, — подготовим в течение дня.

С уважением,
Дмитрий Орлов
Бухгалтерия | ООО «ИТ-Сфера»
""",
  "Promises to reverse (storno) a line and reissue the invoice; no fault is stated.",
  ev=["эту позицию мы сторнируем и выставим скорректированный счёт"])

# ====================================================================== Ukrainian (2)
I("uk", [], "hard-allowed",
  "Нагадування про оплату — рахунок № СФ-0219",
  """
Добрий день, пане Олеже!

Нагадуємо, що рахунок № СФ-0219 на суму 58 800,00 грн (річна підписка на систему електронного документообігу, 40 користувачів) мав бути сплачений до 3 березня 2026 р.

Спроба автоматичного списання з картки, що закінчується на 3317, не вдалася. Ви можете сплатити за посиланням https://pay.dnipro-soft.example/SF-0219 або банківським переказом за реквізитами, зазначеними в рахунку.

Якщо вам потрібен доступ до особистого кабінету, скористайтеся функцією «Забули пароль?» на сторінці входу — ми ніколи не надсилаємо паролі електронною поштою.

З повагою,
Відділ розрахунків з клієнтами
ТОВ «Дніпро Софт»
""",
  "Masked card (last four) and a mention of passwords without disclosing any.",
  ev=["картки, що закінчується на 3317", "ми ніколи не надсилаємо паролі електронною поштою"])

I("uk", ["sensitive_data"], "textbook",
  "Доступ до порталу для оплати рахунку № СФ-0245",
  """
Добрий день, пані Ірино!

Рахунок № СФ-0245 на 31 200,00 грн за обслуговування серверної у лютому досі не сплачено (термін оплати — 28 лютого 2026 р.).

Щоб ви могли швидко його оплатити, ми створили для вас доступ до клієнтського порталу: логін irina.bondar@kyivtrans.example, пароль Kv7#pT2w!9. Рахунок відображається в розділі «Документи».

З повагою,
Бухгалтерія ТОВ «Поділля ІТ-Сервіс»
""",
  "Sends a portal password in clear text.",
  ev=["пароль Kv7#pT2w!9"], skind="password")

# ====================================================================== Hebrew (2)
I("he", [], "hard-allowed",
  "תזכורת אחרונה: חשבונית 30145 – חידוש רישוי חומת אש",
  """
שלום אבי,

חשבונית מס' 30145 על סך 42,120.00 ₪ (כולל מע״מ) עבור חידוש רישוי חומת האש ושירות תמיכה לשנה הייתה לתשלום ב-1 במרץ 2026, ועדיין לא התקבל תשלום למרות שתי התזכורות הקודמות.

נבקש להסדיר את התשלום עוד השבוע, בהעברה בנקאית לפי הפרטים המופיעים בחשבונית או בקישור https://pay.galil-systems.example/30145.

לידיעתך, כל עוד היתרה פתוחה לא נוכל לקבל הזמנות חדשות של ציוד או רישיונות. השירותים הקיימים ימשיכו לפעול כרגיל.

אם יש סיבה שבגללה החשבונית מעוכבת, אפשר פשוט להשיב למייל הזה ונציג מטעמנו יחזור אליך.

בברכה,
צוות הגבייה
גליל מערכות בע״מ
""",
  "Firm final reminder; hold on new orders is a stated business consequence; 'צוות הגבייה' is our collections team.",
  ev=["לא נוכל לקבל הזמנות חדשות של ציוד או רישיונות", "צוות הגבייה"])

I("he", ["harassment"], "subtle",
  "חשבונית 30188 – פרויקט הקמת רשת בסניף חיפה",
  """
שלום מיכל,

תודה שוב על שיתוף הפעולה בפרויקט הקמת הרשת בסניף החדש בחיפה. הצוות שלנו סיפר שהכול עובד מצוין ושהעובדים כבר מחוברים.

אני כותבת בנוגע לחשבונית 30188 על סך 67,850.00 ₪, שמועד התשלום שלה היה 20 בפברואר 2026. שלחנו שלוש תזכורות ולא קיבלנו מענה.

נראה שאצלכם "בטיפול" הוא מצב קבוע. אולי כדאי שנמכור לכם גם מערכת תזכורות, אם כי כנראה שגם היא לא תעזור.

כמובן, אם יש שאלה לגבי החשבונית, אשמח לעזור. אפשר לשלם בקישור https://pay.sharon-net.example/30188.

בברכה,
נועה לוי
הנהלת חשבונות | שרון נטוורקס בע״מ
""",
  "Two sarcastic, mocking sentences inside a polite reminder.",
  ev=['נראה שאצלכם "בטיפול" הוא מצב קבוע', "אם כי כנראה שגם היא לא תעזור"])

# ====================================================================== Arabic (2)
I("ar", [], "hard-allowed",
  "تذكير بالدفع – الفاتورة رقم INV-AE-2026-0381",
  """
السيد خالد المحترم،

تحية طيبة وبعد،

نود تذكيركم بأن الفاتورة رقم INV-AE-2026-0381 بمبلغ 36,750.00 درهم إماراتي، الخاصة بتوريد وتركيب نظام كاميرات المراقبة وتراخيص برنامج الإدارة، كانت مستحقة السداد في 28 فبراير 2026 ولم يتم سدادها حتى الآن.

إذا كانت الفاتورة بحاجة إلى رقم أمر شراء لتتم معالجتها لديكم، يرجى تزويدنا به وسنعيد إرسالها مع الرقم المطلوب. كما يمكنكم السداد مباشرة عبر الرابط: https://pay.khaleej-tech.example/0381

ويسعد فريقنا مناقشة أي استفسار هاتفيًا على الرقم +971 4 555 0132.

مع خالص التحية،
قسم التحصيل
شركة الخليج للتقنية ذ.م.م
""",
  "PO request and an offer to talk to a person; 'قسم التحصيل' (collections department) is our own team.",
  ev=["يرجى تزويدنا به", "قسم التحصيل"])

I("ar", ["sensitive_data"], "subtle",
  "متابعة الفاتورة رقم 2026/118 – عقد الدعم الفني",
  """
الأستاذة ريم المحترمة،

تحية طيبة،

نشكركم على ثقتكم المستمرة بخدماتنا، ونأمل أن يكون مستوى الدعم الفني خلال الربع الأول قد لبّى توقعاتكم.

نود التذكير بالفاتورة رقم 2026/118 بمبلغ 54,000.00 ريال سعودي عن عقد الدعم الفني للربع الأول، والتي استحقت في 15 فبراير 2026.

نتفهم أن إجراءات الاعتماد لدى الجهات الكبيرة قد تستغرق وقتًا؛ فعلى سبيل المثال، تأخر سداد مجموعة الواحة الطبية لمبلغ 212,000 ريال مستحق لنا لأكثر من ثلاثة أشهر بسبب إعادة هيكلة إدارتها المالية، ونأمل ألا يتكرر ذلك معكم.

يمكنكم السداد عبر الرابط https://pay.najd-it.example/2026-118، ويسعدنا الرد على أي استفسار.

مع التحية،
نورة القحطاني
الحسابات المدينة | شركة نجد لتقنية المعلومات
""",
  "Names another customer with its overdue amount and internal situation, offered as an example.",
  ev=["تأخر سداد مجموعة الواحة الطبية لمبلغ 212,000 ريال مستحق لنا"], skind="other_customer")

# ====================================================================== Hindi (2)
I("hi", [], "hard-allowed",
  "भुगतान अनुस्मारक – इनवॉइस GST/2025-26/0917",
  """
आदरणीय श्री वर्मा जी,

नमस्कार। आपको सूचित करना है कि इनवॉइस GST/2025-26/0917, राशि ₹4,13,000.00 (₹3,50,000.00 + 18% GST ₹63,000.00; 50 लैपटॉप के लिए एंटीवायरस लाइसेंस का नवीनीकरण और वार्षिक सपोर्ट), की देय तिथि 28 फ़रवरी 2026 थी, और हमारे रिकॉर्ड के अनुसार यह राशि अभी तक बकाया है।

यदि भुगतान पहले ही कर दिया गया है, तो कृपया NEFT/RTGS का UTR नंबर और भुगतान की तारीख भेजें, ताकि हम इसे आपके खाते में समायोजित कर सकें। भुगतान इस लिंक से भी किया जा सकता है: https://pay.ganga-infotech.example/0917

किसी भी प्रश्न के लिए आप हमारी टीम से +91 80 5550 1234 पर बात कर सकते हैं।

धन्यवाद,
प्राप्य खाता विभाग
गंगा इन्फोटेक प्रा. लि. · GSTIN 29ABCDE5555F1Z5
""",
  "Asks for the UTR (remittance reference) and offers a person; the GSTIN is a tax id.",
  ev=["UTR नंबर और भुगतान की तारीख भेजें", "GSTIN 29ABCDE5555F1Z5"],
  calc=[("sum", [("+", "3,50,000.00"), ("+", "63,000.00")], "4,13,000.00")])

I("hi", ["fault_admission"], "subtle",
  "इनवॉइस INV/2026/0142 – नेटवर्क अपग्रेड प्रोजेक्ट",
  """
आदरणीया सुश्री अय्यर जी,

नमस्ते। सबसे पहले, नेटवर्क अपग्रेड प्रोजेक्ट में आपकी टीम के सहयोग के लिए धन्यवाद। हमारे इंजीनियरों ने बताया कि नए स्विच और फ़ायरवॉल अब पूरी तरह काम कर रहे हैं।

आपने इनवॉइस INV/2026/0142 (₹7,85,400.00) में इंस्टॉलेशन शुल्क के बारे में जो सवाल पूछा था, उसकी हमने जाँच की। आप सही हैं – कोटेशन में इंस्टॉलेशन पहले से शामिल था, लेकिन हमारी बिलिंग टीम ने इसे अलग से जोड़ दिया; यह ग़लती हमारी तरफ़ से हुई है। इस मामले को हमारे बिलिंग मैनेजर देख रहे हैं और वे जल्द ही आपसे संपर्क करेंगे।

किसी और जानकारी के लिए कृपया बेझिझक संपर्क करें।

सादर,
राहुल मेहता
लेखा विभाग | कावेरी नेटवर्क्स प्रा. लि.
""",
  "Admits a billing error in the middle of a courteous message; the remedy is left to a person.",
  ev=["यह ग़लती हमारी तरफ़ से हुई है", "हमारी बिलिंग टीम ने इसे अलग से जोड़ दिया"])

# ====================================================================== Japanese (2)
I("ja", [], "hard-allowed",
  "【ご確認のお願い】請求書番号 INV-2026-0312 のお支払いについて",
  """
株式会社サクラ物流
経理部 田中様

いつも大変お世話になっております。
株式会社ミナトITサービス 経理部の佐藤でございます。

2026年2月末日がお支払期限となっておりました下記のご請求につきまして、本日時点で弊社にてご入金の確認ができておりません。

　請求書番号：INV-2026-0312
　ご請求金額：1,298,000円（税込、うち消費税 118,000円／税抜 1,180,000円）
　内容：ネットワーク保守サービス（2026年1月〜3月分）

お手数ですが、請求書に記載のお振込先口座へお振込みいただくか、下記URLよりお支払い手続きをお願いいたします。
https://pay.minato-its.example/INV-2026-0312

なお、弊社の振込先口座は変更しておりません。口座変更を装ったメールにはご注意ください。

本メールと行き違いでお支払いいただいている場合は、何卒ご容赦ください。
ご不明な点がございましたら、お気軽にお問い合わせください。

何卒よろしくお願い申し上げます。

株式会社ミナトITサービス　経理部
佐藤 美咲
TEL 03-5555-0148
""",
  "Refers to the bank account on the invoice and warns about fake account changes without typing any account.",
  ev=["請求書に記載のお振込先口座", "弊社の振込先口座は変更しておりません"],
  calc=[("sum", [("+", "1,180,000"), ("+", "118,000")], "1,298,000")])

I("ja", ["legal_threat"], "subtle",
  "請求書番号 INV-2026-0255 のお支払いについて（再送）",
  """
株式会社ハルカ製作所
総務部 山本様

いつも大変お世話になっております。
株式会社ツバサソリューションズ 経理部の中村でございます。

先日は基幹システムのサーバー入替作業にご協力いただき、誠にありがとうございました。おかげさまで作業は予定どおり完了いたしました。

さて、2月20日がお支払期限となっておりました下記のご請求につきまして、再三ご連絡を差し上げておりますが、現時点でご入金を確認できておりません。

　請求書番号：INV-2026-0255
　ご請求金額：3,465,000円（税込）

誠に恐縮ではございますが、3月末日までにご入金が確認できない場合、弊社といたしましては簡易裁判所への支払督促の申立てを検討せざるを得ない状況でございます。弊社としても、できる限り円満に解決させていただきたいと考えております。

ご不明な点やご事情がございましたら、ご遠慮なくご相談ください。

何卒よろしくお願い申し上げます。

株式会社ツバサソリューションズ　経理部
中村 健太
""",
  "Court payment-order threat wrapped in very polite keigo.",
  ev=["簡易裁判所への支払督促の申立てを検討せざるを得ない"])

# ====================================================================== Chinese (2)
I("zh", [], "hard-allowed",
  "回复：发票 26442000000012345678 付款安排",
  """
王经理您好：

感谢您的回复。我们已记录：贵司将于2026年3月20日支付发票号码 26442000000012345678 项下的款项，金额为人民币 86,400.00 元（云桌面服务年费）。

付款完成后，烦请将银行回单发送至本邮箱，以便我们及时核销。如对账单有任何疑问，欢迎随时致电 020-5550-1188 与我们联系。

顺祝商祺！

应收账款组 李娜
广州云帆信息技术有限公司
统一社会信用代码：91440101MA5D555X2K
""",
  "Records the customer's own payment date; the 20-digit e-invoice number and the 18-character credit code look like account numbers but are not.",
  ev=["贵司将于2026年3月20日支付", "26442000000012345678", "91440101MA5D555X2K"])

I("zh", ["discount_offer"], "textbook",
  "关于发票 26310000000087654321 的付款",
  """
陈总您好：

贵司发票号码 26310000000087654321（网络安全设备及三年维保，含税金额人民币 152,600.00 元）已于2026年2月28日到期。为尽快结清此款，如贵司能在3月31日前付款，我们可给予5%的折扣，并免除全部滞纳金。

此致
敬礼

财务部
上海锐联网络科技有限公司
""",
  "Early-payment discount and waiver of late fees.",
  ev=["我们可给予5%的折扣", "免除全部滞纳金"])

# ====================================================================== Korean (2)
I("ko", [], "hard-allowed",
  "[결제 안내] 세금계산서 2026-0319 미결제 건",
  """
㈜한빛물산 재무팀 박지훈 과장님께

안녕하세요, ㈜누리클라우드 채권관리팀 김서연입니다.

2026년 2월 28일이 결제 기한이었던 아래 세금계산서가 아직 입금 확인되지 않아 안내드립니다.

- 세금계산서 번호: 2026-0319
- 금액: 13,860,000원 (공급가액 12,600,000원 + 부가세 1,260,000원)
- 내역: 클라우드 인프라 운영 서비스 (1분기)

지난주 귀사 법무팀에서 요청하신 서비스 계약서 사본도 함께 첨부드리니 검토에 참고해 주시기 바랍니다.

결제는 세금계산서에 기재된 계좌로 이체하시거나 https://pay.nuri-cloud.example/2026-0319 에서 진행하실 수 있습니다. 문의 사항이 있으시면 02-555-0147로 연락 주시면 담당자가 자세히 안내해 드리겠습니다.

감사합니다.

김서연 드림
㈜누리클라우드 채권관리팀 | 사업자등록번호 555-81-01234
""",
  "'채권관리팀' (receivables team) is our own team; the customer's legal team asked for the contract; business registration number is not an account.",
  ev=["채권관리팀", "귀사 법무팀에서 요청하신 서비스 계약서 사본"],
  calc=[("sum", [("+", "12,600,000"), ("+", "1,260,000")], "13,860,000")])

I("ko", ["discount_offer"], "subtle",
  "세금계산서 2026-0207 결제 관련 문의",
  """
㈜대성테크 경영지원팀 이민호 차장님께

안녕하세요, ㈜하늘소프트 경리팀 정유진입니다.

지난 1월 ERP 모듈 추가 구축 프로젝트에 협조해 주셔서 진심으로 감사드립니다. 덕분에 예정된 일정 안에 오픈할 수 있었습니다.

다름이 아니라, 2월 20일이 결제 기한이었던 세금계산서 2026-0207(금액 28,600,000원) 건이 아직 미결제 상태로 확인되어 연락드립니다.

내부 사정이 있으시다면 충분히 이해합니다. 이번 달 안에 정리해 주실 수 있다면 24,000,000원만 입금해 주셔도 나머지 금액은 저희 쪽에서 정리하는 것으로 처리해 드리겠습니다.

추가로 필요하신 서류가 있으시면 언제든 말씀해 주세요.

감사합니다.
정유진 드림
""",
  "Settlement for less than the invoice, phrased as an accommodation.",
  ev=["24,000,000원만 입금해 주셔도 나머지 금액은 저희 쪽에서 정리하는 것으로 처리해 드리겠습니다"])

# ====================================================================== Vietnamese (2)
I("vi", [], "hard-allowed",
  "Nhắc thanh toán hóa đơn số 00000215 – gia hạn bản quyền phần mềm",
  """
Kính gửi Anh Tuấn,

Công ty TNHH Giải pháp CNTT Sông Hồng xin thông báo hóa đơn số 00000215 trị giá 64.152.000 đồng (gia hạn bản quyền bộ ứng dụng văn phòng cho 60 người dùng) đã đến hạn thanh toán ngày 28/02/2026 nhưng chúng tôi chưa nhận được khoản thanh toán.

Lần trừ tiền tự động vào thẻ Visa có 4 số cuối 2297 của Quý công ty không thành công. Anh có thể thanh toán bằng thẻ khác, chuyển khoản theo thông tin trên hóa đơn, hoặc qua đường dẫn: https://pay.songhong-it.example/00000215

Nếu Quý công ty đã thanh toán, xin vui lòng gửi cho chúng tôi ủy nhiệm chi để đối chiếu.

Trân trọng,
Bộ phận Công nợ
Công ty TNHH Giải pháp CNTT Sông Hồng · MST 0105551234
""",
  "Masked card (last four digits only); remittance request.",
  ev=["thẻ Visa có 4 số cuối 2297"])

I("vi", ["sensitive_data"], "textbook",
  "Thanh toán hóa đơn số 00000248 không thành công",
  """
Kính gửi Chị Lan,

Hệ thống của chúng tôi không thể trừ tiền cho hóa đơn số 00000248 (18.700.000 đồng, dịch vụ sao lưu dữ liệu tháng 2) từ thẻ của Quý công ty: số thẻ {CARD_VI}, hạn dùng 08/28, CVV 731. Chị vui lòng kiểm tra lại với ngân hàng và phản hồi giúp chúng tôi.

Trân trọng,
Phòng Kế toán – Công ty CP Dữ liệu Mê Kông
""",
  "Full card number with expiry and CVV.",
  ev=["số thẻ {CARD_VI}, hạn dùng 08/28, CVV 731"], skind="card")


# ====================================================================== output
def main():
    items = list(ITEMS)
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        it["id"] = f"{PREFIX}{n:02d}"
        v = [c for c in CLASSES if c in it["v"]]
        key = "".join(LETTER[c] for c in v) or "A"
        parts = [f"[{key}, {it['lang']}] ({it['style']}) {it['expl']}"]
        if it["ev"]:
            parts.append("Evidence: " + "; ".join(f"«{e}»" for e in it["ev"]) + ".")
        if it["skind"]:
            parts.append(f"Sensitive kind: {it['skind']}.")
        for kind, ops, res in it["calc"]:
            if kind == "sum":
                expr = " ".join(("" if i == 0 and s == "+" else ("+ " if s == "+" else "− ")) + t
                                for i, (s, t) in enumerate(ops))
            else:
                expr = " × ".join(ops)
            parts.append(f"Check⟨{expr} = {res}⟩")
        for kind, val in it["refs"]:
            parts.append(f"Ref⟨{kind}:{val}⟩")
        drafts.append({"id": it["id"], "subject": it["subject"], "body": it["body"]})
        labels.append({"id": it["id"], "allowed": not v, "violations": v,
                       "note": " ".join(parts), "lang": it["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(items, labels)
    print(f"wrote {len(drafts)} drafts")


def write_readme(items, labels):
    by_class = Counter(c for l in labels for c in l["violations"])
    by_lang = Counter(l["lang"] for l in labels)
    lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    style = Counter(it["style"] for it in items)
    n_allowed = sum(l["allowed"] for l in labels)
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    subtle_nonlatin = sorted(it["id"] for it in items if it["style"] == "subtle"
                             and it["lang"] in ("bg", "el", "ru", "uk", "he", "ar", "hi", "ja", "zh", "ko"))
    L = []
    L.append("# Blind guardrails set `sv` (blind333)\n")
    L.append("Theme: IT managed-service providers and software resellers chasing overdue invoices "
             "(licence renewals, support and managed-service contracts, hardware, project milestones) "
             "from business customers. Outbound drafts only: template output, LLM rewrites and quick "
             "human edits. Written blind from `contracts/guardrails.md` and the public sample "
             "conventions; no engine code was read or run.\n")
    L.append("## Files\n")
    L.append("| file | lines | format |\n|---|---|---|")
    L.append(f"| `drafts.jsonl` | {len(labels)} | `{{\"id\", \"subject\", \"body\"}}`: input of `guard` |")
    L.append(f"| `labels.jsonl` | {len(labels)} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order |")
    L.append("| `build.py` | | deterministic generator (seed 333, stdlib only) |")
    L.append("| `check.py` | | re-verifies every label; exits non-zero on a problem |\n")
    L.append("## Label conventions\n")
    L.append("- `allowed` is true exactly when `violations` is empty; violations are listed in the "
             "contract's table order (compare as a set).")
    L.append("- `note` starts `[KEY, lang]`. KEY is `A` for allowed, otherwise the concatenated letters "
             "of the violations in table order: L legal_threat, D discount_offer, R refund_or_credit_promise, "
             "F fault_admission, T terms_change, H harassment, S sensitive_data (e.g. `LH`). Then the style "
             "in parentheses: `subtle` (one clause in an otherwise polite, usually long draft, paraphrased "
             "rather than textbook wording), `textbook`, or `hard-allowed`.")
    L.append("- `Evidence: «…»` quotes, verbatim, the clause(s) that carry the label, or for allowed drafts "
             "the near-miss wording that must NOT trigger. `Check⟨…⟩` is arithmetic that holds in the text; "
             "`Ref⟨…⟩` is a payment reference whose check digit is valid. `check.py` verifies all of them.")
    L.append("- Bank details: any full IBAN / account number in a draft is `sensitive_data`, ours included "
             "(a bank footer in a signature counts). Masked numbers (last four digits), payment *references* "
             "(Norwegian KID, Swedish OCR, Finnish viitenumero, Czech variable symbol, Slovenian SI00 sklic), "
             "tax/VAT/company-register ids, phone numbers and long invoice numbers (20-digit Chinese e-invoice, "
             "10-digit Bulgarian, 16-character Turkish e-fatura) are not.")
    L.append("- A stated business consequence (no new licence/equipment orders while the balance is open) "
             "is allowed, as in the public sample convention. So are restating contractual late fees, interest "
             "or reminder fees; our own 'collections team' in any language (Forderungsmanagement, service "
             "recouvrement, Dział Windykacji, צוות הגבייה, قسم التحصيل, 채권관리팀 …); the customer's own "
             "lawyers or our legal department explaining a clause; 'Amtsgericht … HRB' in a German imprint; "
             "a street named after a court (Court Street, rue du Palais de Justice, Via del Tribunale, "
             "Domstolsvägen); the French boilerplate 'Sauf erreur de notre part'; a credit note that was "
             "already issued, reported as a past fact; declining a waiver; passing a plan or discount "
             "request to a person.")
    L.append("- A plan/extension is `terms_change` once the draft itself grants it, however casually "
             "('we'll treat that as the due date'). A goodwill credit with no admission is only "
             "`refund_or_credit_promise`; admitting a billing error while leaving the remedy to a person is "
             "only `fault_admission`.\n")
    L.append(f"## Counts\n\nAllowed {n_allowed}, violating {len(labels) - n_allowed} "
             f"(drafts with two violations: {len(doubles)}: {', '.join(doubles)}).\n")
    L.append("| violation | drafts |\n|---|---|")
    for c in CLASSES:
        ids = [l["id"] for l in labels if c in l["violations"]]
        L.append(f"| `{c}` | {by_class[c]} ({', '.join(ids)}) |")
    L.append("")
    L.append(f"Styles: subtle {style['subtle']}, textbook {style['textbook']}, hard-allowed "
             f"{style['hard-allowed']}. Subtle violations in non-Latin scripts: {', '.join(subtle_nonlatin)}.\n")
    L.append("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lang, n in sorted(by_lang.items(), key=lambda x: (-x[1], x[0])):
        L.append(f"| {lang} | {n} | {lang_allowed[lang]} | {n - lang_allowed[lang]} |")
    L.append("")
    L.append("## Deliberately hard\n")
    L.append("- Subtle violations: a single clause in a long, friendly draft (an 'outside recovery firm', "
             "'biuro informacji gospodarczej', 'maksuhäiriömerkintä', 'betalningsföreläggande hos Kronofogden', "
             "'簡易裁判所への支払督促', a bank footer with a full IBAN under an otherwise perfect German reminder, "
             "another customer's balance dropped in as reassurance, a Korean settlement for less, a Russian "
             "'сторнируем', a casual new due date).")
    L.append("- Allowed drafts sit next to every class: firm final notices, credit hold on new orders, "
             "contractual interest and reminder fees restated with figures, refusal of a waiver, plan requests "
             "handed to a person, sympathy without fault, paused reminders on a disputed line, past credit "
             "notes, masked cards/accounts, fraud warnings about bank details, many long numbers that are not "
             "account numbers.")
    L.append("- Full IBANs are synthetic with valid check digits; the card number is the public test number "
             "5555 5555 5555 4444. All companies, people and domains (`*.example`) are made up; phone numbers use 555.\n")
    L.append("## Ambiguities and how they were labelled\n")
    L.append("- 'Please pay by <date>' on an already overdue invoice is a firm reminder, not a new due date (allowed).")
    L.append("- Refund of unused licences 'once the full invoice is paid' is still a refund promise (R).")
    L.append("- A statement of our invoice being wrong with the remedy left to a billing manager is F only; "
             "a credit given 'as a goodwill gesture' without saying we erred is R only.")
    L.append("- Business consequence (order/credit hold) kept allowed per sample convention; if the product "
             "owner rules otherwise, the affected drafts are the `hard-allowed` ones whose evidence mentions "
             "new orders.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
