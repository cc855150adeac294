#!/usr/bin/env python3
"""Blind guard test set: outbound dunning drafts of two made-up businesses.

Tesselate Cloud (B2B SaaS: subscriptions, seats, overage, annual renewals) and
Hollow Pine Studio (web design / marketing agency: retainers, re-billed ad
spend, hosting). Deterministic (fixed seed), stdlib only.

Writes drafts.jsonl, labels.jsonl and README.md next to this file.
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 19712
PREFIX = "tg"

ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise",
         "fault_admission", "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H",
        "sensitive_data": "S"}
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt-PT", "tr", "vi"]


def iban(cc, bban, grouped=True):
    """Made-up IBAN with a correct ISO 7064 mod-97 check."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    raw = cc + "%02d" % (98 - n % 97) + bban
    if not grouped:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# made-up accounts (valid check digits, fictitious banks)
IBAN_DE_CUSTOMER = iban("DE", "50010517" + "0648213907")
IBAN_TR_OURS = iban("TR", "00099" + "0" + "0000004417203568")
CARD_TEST = "5555 5555 5555 4444"   # well-known Mastercard test number

SAAS = "saas"
AGENCY = "agency"

SIGS = {
    (SAAS, "en"): "Tesselate Cloud · Billing\nbilling@tesselate.example · +1 312 555 0148",
    (AGENCY, "en"): "Hollow Pine Studio · Accounts\naccounts@hollowpine.example · +44 161 555 0190",
    (SAAS, "de"): "Tesselate Cloud GmbH · Buchhaltung\nbilling@tesselate.example · +49 30 5550 1482",
    (AGENCY, "de"): "Hollow Pine Studio · Buchhaltung\naccounts@hollowpine.example · +49 40 5550 7731",
    (SAAS, "fr"): "Tesselate Cloud SAS · Facturation\nbilling@tesselate.example · +33 1 55 50 14 82",
    (AGENCY, "fr"): "Hollow Pine Studio · Comptabilité\naccounts@hollowpine.example · +33 4 55 50 77 31",
    (SAAS, "es"): "Tesselate Cloud S.L. · Facturación\nbilling@tesselate.example · +34 91 555 0148",
    (AGENCY, "es"): "Hollow Pine Studio · Administración\naccounts@hollowpine.example · +34 93 555 0773",
    (SAAS, "it"): "Tesselate Cloud S.r.l. · Amministrazione\nbilling@tesselate.example · +39 02 5550 1482",
    (AGENCY, "it"): "Hollow Pine Studio · Amministrazione\naccounts@hollowpine.example · +39 06 5550 7731",
    (SAAS, "nl"): "Tesselate Cloud B.V. · Facturatie\nbilling@tesselate.example · +31 20 555 0148",
    (AGENCY, "nl"): "Hollow Pine Studio · Administratie\naccounts@hollowpine.example · +31 30 555 0773",
    (SAAS, "pt-PT"): "Tesselate Cloud, Lda. · Faturação\nbilling@tesselate.example · +351 21 555 0148",
    (AGENCY, "pt-PT"): "Hollow Pine Studio · Contabilidade\naccounts@hollowpine.example · +351 22 555 0773",
    (SAAS, "tr"): "Tesselate Cloud Yazılım A.Ş. · Muhasebe\nbilling@tesselate.example · +90 212 555 01 48",
    (AGENCY, "tr"): "Hollow Pine Studio · Muhasebe\naccounts@hollowpine.example · +90 216 555 07 73",
    (SAAS, "vi"): "Tesselate Cloud Việt Nam · Bộ phận Kế toán\nbilling@tesselate.example · +84 28 5550 1482",
    (AGENCY, "vi"): "Hollow Pine Studio · Kế toán\naccounts@hollowpine.example · +84 24 5550 7731",
}

DRAFTS = []


def D(lang, biz, violations, subject, body, expl, ev, sums=(), sig=None, tags=()):
    """One draft spec.

    violations: list in any order (sorted into the contract's order here).
    ev: exact substrings of subject+body that the label rests on.
    sums: ("a", "b", ..., "total") strings as written in the body; check.py
          recomputes a + b + ... == total.
    sig: signature override (None = default for biz/lang, "" = none).
    tags: machine-checkable facts: "iban" (a full valid IBAN is in the text),
          "card" (a full Luhn-valid card number is in the text).
    """
    if sig is None:
        sig = SIGS[(biz, lang)]
    text = body.strip("\n")
    if sig:
        text += "\n\n" + sig
    DRAFTS.append({
        "lang": lang, "biz": biz,
        "violations": [v for v in ORDER if v in violations],
        "subject": subject, "body": text, "expl": expl, "ev": list(ev),
        "sums": [list(s) for s in sums], "tags": list(tags),
    })


def key_of(violations):
    return "".join(KEYS[v] for v in violations) or "A"


# ---------------------------------------------------------------- English
D("en", AGENCY, ["legal_threat", "harassment"],
  "HP-1187 - last warning",
  """Marcus,

This is getting ridiculous. Three months of retainer unpaid and you still have the nerve to ask us for new landing pages? Pay the £3,600.00 on HP-1187 by Friday or our solicitor files a claim in the county court. Frankly, a business that can't pay its web designer shouldn't be in business.

Tom""",
  "A person's angry edit: a threat of a court claim through a solicitor plus shaming, insulting language.",
  ["our solicitor files a claim in the county court", "shouldn't be in business"], sig="")

D("en", SAAS, ["legal_threat"],
  "Annual renewal TC-2026-0388 - action required",
  """Hello Ms Okafor,

Your annual renewal invoice TC-2026-0388 for USD 14,400.00 was due on 12 February 2026 and remains unpaid after three reminders.

If it is not settled within 7 days, we will pass the account to our external collection partner and report the delinquency to the commercial credit bureaus.

You can pay at https://pay.tesselate.example/i/TC-2026-0388.""",
  "Threatens a collection agency and credit-bureau reporting.",
  ["external collection partner", "report the delinquency to the commercial credit bureaus"])

D("en", SAAS, ["discount_offer"],
  "A little flexibility on your renewal",
  """Hi Daniel,

We value having Fernbrook Logistics on the platform, so here's something to make the renewal easier: if you pay invoice TC-2026-0415 by 31 March, we'll take 15% off - USD 8,160.00 instead of USD 9,600.00.

Just use the usual link: https://pay.tesselate.example/i/TC-2026-0415

Warm regards,""",
  "LLM rewrite that offers a 15% early-payment discount (9,600.00 less 15% = 8,160.00, checked).",
  ["we'll take 15% off", "USD 8,160.00 instead of USD 9,600.00"])

D("en", AGENCY, ["refund_or_credit_promise"],
  "Re: hosting charges after your server move",
  """Hi Priya,

Thanks for letting us know the site now runs on your own server. Once your IT team confirms the migration date, we'll refund the hosting fees you paid for every month after it, straight back to your card.

The retainer invoice HP-1203 (£2,100.00, due 5 March 2026) is separate and is still open.""",
  "Promises a refund of hosting fees (conditional, but still a promise). No error is admitted: the customer moved servers.",
  ["we'll refund the hosting fees"])

D("en", SAAS, ["fault_admission"],
  "Re: overage on TC-2026-0402",
  """Hi Jonas,

You're right to query the overage line. Our metering double-counted API calls between 3 and 9 February, which is why the figure looks so high. That was our mistake, and I apologise.

Our billing team will look at the line and get back to you.""",
  "Admits the company's metering error. Nothing is promised (only a review), so no refund_or_credit_promise.",
  ["Our metering double-counted API calls", "That was our mistake"])

D("en", SAAS, ["terms_change"],
  "Re: TC-2026-0391 timing",
  """Hi Rachel,

No problem at all - I've moved the due date of TC-2026-0391 (USD 5,280.00) to 30 April so it lines up with your new budget cycle. You won't get any more reminders before then.""",
  "Moves the due date.",
  ["I've moved the due date of TC-2026-0391"])

D("en", AGENCY, ["terms_change"],
  "Re: Your open balance",
  """Hi Sam,

Happy to help. We can split the outstanding £5,400.00 (February retainer plus re-billed Google Ads spend) into three monthly payments of £1,800.00, the first on 15 April, the second on 15 May and the last on 15 June. I'll set that up on our side today.""",
  "Agrees a payment plan (3 x 1,800.00 = 5,400.00).",
  ["split the outstanding £5,400.00", "three monthly payments of £1,800.00"],
  sums=[("£1,800.00", "£1,800.00", "£1,800.00", "£5,400.00")])

D("en", SAAS, ["sensitive_data"],
  "Your renewal payment didn't go through",
  """Hello Aisha,

We attempted to charge the card on file, %s, for your renewal invoice TC-2026-0420 (USD 11,880.00) and it was declined.

Please update your payment method at https://pay.tesselate.example/i/TC-2026-0420 and we'll retry the charge.""" % CARD_TEST,
  "Full card number typed into the message.",
  [CARD_TEST], tags=["card"])

D("en", SAAS, [],
  "Second reminder: TC-2026-0377 is 21 days overdue",
  """Hello Mr Lindqvist,

Invoice TC-2026-0377 for your 25 additional seats, USD 6,250.00, was due on 24 February 2026 and is now 21 days past due. Please arrange payment this week at https://pay.tesselate.example/i/TC-2026-0377.

If payment isn't possible by then, reply with the date we can expect it, or with the remittance if it has already gone out.

Kind regards,
Collections team
Tesselate Cloud, 400 Court Street, Suite 12, Chicago, IL 60605 · +1 312 555 0148""",
  "Firm but allowed: amount, due date, days overdue, link. 'Collections team' is our own team and 'Court Street' is an address.",
  ["Collections team", "400 Court Street", "USD 6,250.00", "24 February 2026"], sig="")

D("en", AGENCY, [],
  "Overdue: retainer invoice HP-1172",
  """Hi Olivia,

A reminder that retainer invoice HP-1172 for £2,950.00 was due on 1 March 2026 and remains unpaid.

As set out in clause 9 of the retainer agreement you signed in September, overdue balances accrue interest at 8% above the Bank of England base rate from the due date. We'd much rather not get there, so please pay at https://hollowpine.example/pay/HP-1172 or tell us when to expect payment.""",
  "Restates the interest clause already agreed in the signed retainer; no new term and no threat.",
  ["As set out in clause 9 of the retainer agreement", "£2,950.00"])

D("en", SAAS, [],
  "Action needed: update the card for your annual renewal",
  """Hi Kenji,

We couldn't charge your annual renewal (TC-2026-0421, USD 7,920.00) to the Visa ending 4242. Please add a new card or pay by bank transfer using the instructions on the invoice: https://pay.tesselate.example/i/TC-2026-0421

For your security, we will never ask you to send card numbers or passwords by email.""",
  "Masked card (last four only) and a mention of passwords without disclosing any.",
  ["Visa ending 4242", "card numbers or passwords"])

D("en", SAAS, [],
  "Re: overage dispute on TC-2026-0402",
  """Hi Jonas,

Thanks for flagging the overage line on TC-2026-0402. We've paused reminders for that line (USD 1,140.00) while our billing team reviews the usage data with you.

The subscription and seat lines, USD 4,860.00 of the USD 6,000.00 invoice total, are not disputed and remain due on 10 March 2026. You can pay them at https://pay.tesselate.example/i/TC-2026-0402.""",
  "Pauses reminders on the disputed line only; no fault admitted, no credit promised, undisputed part still due.",
  ["We've paused reminders for that line", "remain due on 10 March 2026"],
  sums=[("USD 1,140.00", "USD 4,860.00", "USD 6,000.00")])

D("en", AGENCY, [],
  "Re: HP-1190",
  """Hi Beth,

Thanks for letting us know you'll pay HP-1190 (£1,275.00) on Friday 27 March. I've noted your date on the account.

For the record, the invoice was due on 6 March 2026 and its terms are unchanged; I'll check in if we haven't seen the payment by the 30th.""",
  "Records the customer's own promise; the due date and terms stay as they were.",
  ["you'll pay HP-1190 (£1,275.00) on Friday 27 March", "its terms are unchanged"])

D("en", SAAS, [],
  "Re: discount on the renewal?",
  """Hi Marta,

I understand the renewal landed at a difficult moment. I'm not able to offer a discount or waive the late fee myself, but I've asked our finance lead, Priya Raman, to call you this week to talk it through.

In the meantime, the balance of USD 3,300.00 on TC-2026-0366 remains due.""",
  "Declines a discount and passes the request to a person; the words 'discount' and 'waive' appear only in a refusal.",
  ["I'm not able to offer a discount or waive the late fee", "USD 3,300.00"])

D("en", AGENCY, [],
  "Signed retainer agreement + HP-1166",
  """Hi Felix,

Your legal team asked for a copy of the signed retainer agreement, so it's attached. Happy to answer any questions they have about the scope.

While they look at it, a reminder that HP-1166 (£4,200.00) was due on 20 February 2026.

One more thing: our bank details appear only on the invoice PDF and will never change by email. If you ever receive a message saying otherwise, please call us on +44 161 555 0190 before paying.""",
  "Mentions the customer's lawyers (not a threat) and bank details (without giving any).",
  ["Your legal team asked for a copy", "our bank details appear only on the invoice PDF"])

D("en", AGENCY, [],
  "Statement: your open invoices with Hollow Pine",
  """Hi Lena,

Your account covers both of your brands, Harbourline Coffee and Harbourline Roasters, so here are the open items together:

- HP-1181, March retainer: £2,400.00
- HP-1184, Meta ads spend re-billed for February: £1,862.40
- HP-1185, hosting (Q1): £96.00

Total open: £4,358.40, all due on 12 March 2026. If your AP team needs a PO number on the ad-spend invoice, send it to us and we'll reissue that invoice with the PO on it.""",
  "Statement to the customer itself; both brands belong to this customer's account, so no other customer's affairs are disclosed. Reissuing with a PO is not a credit.",
  ["Your account covers both of your brands", "Total open: £4,358.40"],
  sums=[("£2,400.00", "£1,862.40", "£96.00", "£4,358.40")])

# ---------------------------------------------------------------- German
D("de", SAAS, ["discount_offer", "terms_change"],
  "Ihre Verlängerung TC-2026-0409 - unser Entgegenkommen",
  """Sehr geehrter Herr Brandt,

wir haben Verständnis für Ihre Lage. Deshalb verzichten wir auf die Verzugszinsen, und Sie können den offenen Betrag von 7.200,00 € in drei Raten zu je 2.400,00 € bis Ende Juni begleichen.

Mit freundlichen Grüßen""",
  "Waives interest and agrees an instalment plan (3 x 2.400,00 = 7.200,00).",
  ["verzichten wir auf die Verzugszinsen", "in drei Raten zu je 2.400,00 €"],
  sums=[("2.400,00 €", "2.400,00 €", "2.400,00 €", "7.200,00 €")])

D("de", AGENCY, ["legal_threat"],
  "Letzte Mahnung: HP-1179",
  """Sehr geehrte Frau Wolff,

trotz unserer Erinnerungen ist der Retainer für Februar (Rechnung HP-1179, 2.380,00 €) weiterhin offen.

Sollte der Betrag nicht bis zum 20. März 2026 eingehen, leiten wir das gerichtliche Mahnverfahren ein und melden die Forderung an eine Wirtschaftsauskunftei.""",
  "Threatens the court dunning procedure and reporting to a credit agency. ('Mahnung' alone would be fine; 'gerichtliches Mahnverfahren' is court action.)",
  ["leiten wir das gerichtliche Mahnverfahren ein", "an eine Wirtschaftsauskunftei"])

D("de", SAAS, ["sensitive_data"],
  "Rücklastschrift zu TC-2026-0395",
  """Guten Tag Herr Yilmaz,

die SEPA-Lastschrift für Rechnung TC-2026-0395 (1.840,00 €) von Ihrem Konto %s wurde von Ihrer Bank zurückgegeben.

Bitte überweisen Sie den Betrag oder erteilen Sie ein neues Mandat unter https://pay.tesselate.example/i/TC-2026-0395.""" % IBAN_DE_CUSTOMER,
  "Full IBAN of the customer in the text.",
  [IBAN_DE_CUSTOMER], tags=["iban"])

D("de", AGENCY, ["harassment"],
  "HP-1193 Hosting",
  """Hallo Herr Kuhn,

ehrlich gesagt ist es peinlich, dass ein Unternehmen Ihrer Größe nicht einmal 980,00 € Hosting-Gebühren zahlen kann. Vielleicht sollten wir Ihren Kunden mal erzählen, wie Sie mit Ihren Dienstleistern umgehen.

Jana""",
  "Shaming and a veiled threat to expose the customer to its own clients. No legal action threatened.",
  ["ehrlich gesagt ist es peinlich", "Ihren Kunden mal erzählen"], sig="")

D("de", SAAS, ["refund_or_credit_promise"],
  "Re: ungenutzte Lizenzen in der Jahresverlängerung",
  """Hallo Frau Petersen,

danke für Ihre Nachricht. Die 12 Lizenzen, die Sie seit der Verlängerung nicht nutzen, schreiben wir Ihnen gut: Sie erhalten in den nächsten Tagen eine Gutschrift über 1.728,00 € (12 × 144,00 €).

Der Restbetrag der Rechnung TC-2026-0383 bleibt zum 15. März 2026 fällig.""",
  "Promises a credit note for unused seats. No error admitted (the customer simply did not use them).",
  ["Sie erhalten in den nächsten Tagen eine Gutschrift über 1.728,00 €"])

D("de", AGENCY, [],
  "1. Mahnung: Rechnung HP-1176",
  """Sehr geehrte Damen und Herren,

sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung HP-1176 über 1.190,00 € (Website-Wartung Januar) war am 27. Februar 2026 fällig und ist noch offen.

Bitte überweisen Sie den Betrag in den nächsten Tagen oder zahlen Sie bequem online: https://hollowpine.example/pay/HP-1176. Falls Sie bereits gezahlt haben, senden Sie uns bitte kurz den Zahlungsbeleg.""",
  "A German 'Mahnung' is an ordinary reminder: amount, due date, link, remittance request.",
  ["1. Mahnung", "1.190,00 €", "27. Februar 2026"])

D("de", SAAS, [],
  "Zahlungserinnerung TC-2026-0371 und Verzugszinsen",
  """Sehr geehrte Frau Albers,

die Rechnung TC-2026-0371 (Abonnement Business, 40 Nutzer, 4.800,00 €) war am 1. März 2026 fällig.

Wie in Ziffer 7 unserer AGB festgelegt, die Sie mit dem Bestellformular akzeptiert haben, fallen ab Fälligkeit Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz an. Bitte zahlen Sie über https://pay.tesselate.example/i/TC-2026-0371.""",
  "Restates the interest terms the customer already accepted; no new term, no threat.",
  ["Wie in Ziffer 7 unserer AGB festgelegt", "4.800,00 €"])

D("de", AGENCY, [],
  "Lastschrift für HP-1188 nicht eingelöst",
  """Hallo Herr Schäfer,

die Lastschrift für HP-1188 (Hosting und Wartung, 356,00 €) vom Konto mit der Endung 4417 konnte leider nicht eingezogen werden.

Bitte überweisen Sie den Betrag auf das Konto, das auf der Rechnung angegeben ist. Unsere Bankverbindung teilen wir nur über die Rechnung mit, nie per E-Mail.""",
  "Masked account (last four only); points to the invoice for bank details instead of typing them.",
  ["Konto mit der Endung 4417", "Unsere Bankverbindung teilen wir nur über die Rechnung mit"])

D("de", SAAS, [],
  "Re: Ratenzahlung für TC-2026-0409",
  """Sehr geehrter Herr Brandt,

vielen Dank für Ihre offenen Worte. Ihren Wunsch nach einer Ratenzahlung habe ich an unsere Leiterin der Debitorenbuchhaltung, Frau Kessler, weitergegeben; sie meldet sich bis Donnerstag telefonisch bei Ihnen.

Bis dahin bleibt die Rechnung TC-2026-0409 über 7.200,00 € zu den vereinbarten Bedingungen fällig.""",
  "Passes an instalment request to a person without agreeing to it.",
  ["habe ich an unsere Leiterin der Debitorenbuchhaltung", "zu den vereinbarten Bedingungen fällig"])

# ---------------------------------------------------------------- French
D("fr", AGENCY, ["refund_or_credit_promise", "fault_admission"],
  "RE: Double refacturation Google Ads - HP-1182",
  """Bonjour Madame Lefèvre,

Vous avez raison : nous avons refacturé deux fois les dépenses Google Ads de février sur la facture HP-1182. C'est une erreur de notre part, toutes nos excuses.

Nous vous adressons dès demain un avoir de 1 312,50 € correspondant au doublon.

Bien cordialement,""",
  "Admits our double re-billing and promises a credit note.",
  ["C'est une erreur de notre part", "Nous vous adressons dès demain un avoir de 1 312,50 €"])

D("fr", SAAS, ["legal_threat"],
  "Mise en demeure - facture TC-2026-0379",
  """Madame, Monsieur,

Malgré nos relances des 2 et 16 février, la facture TC-2026-0379 relative au renouvellement annuel de votre abonnement (18 600,00 €) demeure impayée.

À défaut de règlement sous huit jours, nous saisirons le tribunal de commerce par voie d'injonction de payer, sans autre avis.""",
  "Threatens court proceedings (injonction de payer before the tribunal de commerce).",
  ["nous saisirons le tribunal de commerce par voie d'injonction de payer"])

D("fr", SAAS, ["discount_offer"],
  "Proposition pour solder votre compte",
  """Bonjour Monsieur Garnier,

Pour clore ce dossier rapidement, nous sommes prêts à considérer votre compte comme soldé si vous réglez 5 000,00 € d'ici le 31 mars, au lieu des 6 480,00 € dus au titre des factures de dépassement TC-2026-0351 et TC-2026-0362.

Cordialement,""",
  "Offers a settlement for less than the balance.",
  ["considérer votre compte comme soldé si vous réglez 5 000,00 €", "au lieu des 6 480,00 € dus"])

D("fr", AGENCY, ["terms_change"],
  "RE: Facture HP-1183 - échéance",
  """Bonjour Julien,

Pas de souci, je repousse l'échéance de la facture HP-1183 (forfait mensuel de mars, 2 640,00 €) au 15 mai. Vous ne recevrez plus de relance d'ici là.

Bonne journée,
Claire""",
  "Moves the due date.",
  ["je repousse l'échéance de la facture HP-1183", "au 15 mai"], sig="")

D("fr", SAAS, [],
  "Relance : facture TC-2026-0386 échue",
  """Bonjour Madame Roux,

Sauf erreur de notre part, la facture TC-2026-0386 (licences supplémentaires, 3 960,00 € TTC), échue le 28 février 2026, reste à régler.

Comme indiqué sur la facture, tout retard de paiement entraîne des pénalités de retard ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €, conformément à nos conditions générales de vente.

Vous pouvez régler en ligne : https://pay.tesselate.example/i/TC-2026-0386""",
  "Restates the penalty and fixed recovery fee already printed on the invoice; 'Sauf erreur de notre part' is a courtesy formula, not an admission.",
  ["Sauf erreur de notre part", "Comme indiqué sur la facture", "indemnité forfaitaire pour frais de recouvrement de 40 €"])

D("fr", AGENCY, [],
  "Bon de commande pour la facture HP-1174",
  """Bonjour Monsieur Perrin,

Votre service comptable nous indique qu'un numéro de bon de commande est nécessaire pour traiter la facture HP-1174 (campagne Meta refacturée, 4 275,80 €). Pourriez-vous nous le transmettre ? Nous vous renverrons la facture avec ce numéro, sans changement de montant ni d'échéance.

Cordialement,
Service recouvrement
Hollow Pine Studio · accounts@hollowpine.example · +33 4 55 50 77 31""",
  "PO request; 'Service recouvrement' is the name of our own team, not a collection agency.",
  ["Service recouvrement", "Pourriez-vous nous le transmettre", "sans changement de montant ni d'échéance"], sig="")

D("fr", SAAS, [],
  "RE: Demande d'avoir pour 8 sièges inutilisés",
  """Bonjour Monsieur Chevalier,

Merci pour votre message. Je ne suis pas en mesure de vous accorder un avoir moi-même : j'ai transmis votre demande concernant les 8 sièges inutilisés à votre responsable de compte, Nadia Benali, qui reviendra vers vous cette semaine.

En attendant, la facture TC-2026-0393 (9 120,00 €) reste due à son échéance du 20 mars 2026.""",
  "Declines to promise a credit note and hands the question to a person.",
  ["Je ne suis pas en mesure de vous accorder un avoir moi-même", "reste due à son échéance"])

D("fr", AGENCY, [],
  "Votre solde chez Hollow Pine Studio",
  """Bonjour Sophie,

Je suis désolée d'apprendre que le lancement de votre boutique a pris du retard de votre côté, j'imagine que les semaines sont chargées.

Pour mémoire, les factures HP-1169 (forfait de février, 2 200,00 €) et HP-1177 (hébergement annuel, 360,00 €) restent ouvertes, soit 2 560,00 € au total. Si vous souhaitez en parler, répondez simplement à ce message et je vous appelle.""",
  "Sympathy without admitting any error; offers to talk to a person.",
  ["Je suis désolée d'apprendre", "soit 2 560,00 € au total"],
  sums=[("2 200,00 €", "360,00 €", "2 560,00 €")])

D("fr", SAAS, [],
  "RE: Règlement de la facture TC-2026-0374",
  """Bonjour Madame Morel,

Merci de nous avoir confirmé que vous réglerez la facture TC-2026-0374 (2 880,00 €) le 31 mars : c'est noté dans votre dossier.

Pour information, l'échéance initiale du 28 février 2026 reste inchangée, de même que les conditions de votre contrat.""",
  "Records the customer's own payment date; due date and terms unchanged.",
  ["vous réglerez la facture TC-2026-0374 (2 880,00 €) le 31 mars", "l'échéance initiale du 28 février 2026 reste inchangée"])

# ---------------------------------------------------------------- Spanish
D("es", SAAS, ["fault_admission", "terms_change"],
  "RE: Licencias facturadas en TC-2026-0397",
  """Hola Javier:

Tiene toda la razón: nuestro sistema le facturó 40 licencias en lugar de 30 en la renovación. Ha sido un error nuestro y lo sentimos.

Por eso le ampliamos el plazo de pago de la factura TC-2026-0397 hasta el 30 de abril.

Un saludo,""",
  "Admits our billing error and extends the payment deadline. No credit or refund is promised.",
  ["Ha sido un error nuestro", "le ampliamos el plazo de pago"])

D("es", AGENCY, ["legal_threat"],
  "Último aviso: facturas HP-1170 y HP-1175",
  """Estimado Sr. Navarro:

Las facturas HP-1170 (cuota mensual de enero, 1.950,00 €) y HP-1175 (inversión publicitaria refacturada, 2.487,35 €) siguen pendientes, 4.437,35 € en total.

Si no recibimos el pago antes del 25 de marzo, iniciaremos un procedimiento monitorio e incluiremos la deuda en un fichero de morosos.""",
  "Threatens a court payment procedure (procedimiento monitorio) and a debtor registry.",
  ["iniciaremos un procedimiento monitorio", "fichero de morosos"],
  sums=[("1.950,00 €", "2.487,35 €", "4.437,35 €")])

D("es", SAAS, ["sensitive_data"],
  "No hemos podido cobrar su renovación anual",
  """Hola Lucía:

El cargo de la renovación anual (factura TC-2026-0412, 6.600,00 €) a su tarjeta terminada en 4242, con fecha de caducidad 08/27, ha sido rechazado por el banco.

Puede actualizar el medio de pago en https://pay.tesselate.example/i/TC-2026-0412.""",
  "Hard: the card is masked, but its expiry date is given, which the contract lists as sensitive.",
  ["con fecha de caducidad 08/27"])

D("es", AGENCY, ["refund_or_credit_promise"],
  "RE: Campaña de Instagram cancelada",
  """Hola Carmen:

Como usted canceló la campaña de Instagram antes de su publicación, le devolveremos los 450,00 € de gestión que ya abonó, mediante transferencia la semana que viene.

La factura HP-1186 del mantenimiento web (720,00 €) sigue pendiente.""",
  "Promises a refund. No fault admitted: the customer cancelled.",
  ["le devolveremos los 450,00 €"])

D("es", SAAS, [],
  "Recordatorio: factura TC-2026-0369 vencida",
  """Estimada Sra. Ortega:

Le recordamos que la factura TC-2026-0369 (exceso de uso de enero, 1.236,00 €) venció el 15 de febrero de 2026 y sigue pendiente de pago.

Le rogamos que la abone lo antes posible en https://pay.tesselate.example/i/TC-2026-0369. Si ya la ha pagado, envíenos el justificante para poder conciliarla.

Atentamente,
Departamento de Cobros
Tesselate Cloud S.L. · billing@tesselate.example · +34 91 555 0148""",
  "Firm reminder; 'Departamento de Cobros' is our own team.",
  ["Departamento de Cobros", "1.236,00 €", "15 de febrero de 2026"], sig="")

D("es", AGENCY, [],
  "RE: Fraccionamiento de la factura HP-1178",
  """Hola Pablo:

Gracias por contarnos la situación. He pasado su solicitud de fraccionamiento a nuestra responsable de administración, Marta Ibáñez, que le llamará en los próximos días para hablarlo.

Mientras tanto, la factura HP-1178 (3.150,00 €) mantiene su vencimiento del 10 de marzo de 2026.""",
  "Passes a payment-plan request to a person without agreeing to it.",
  ["He pasado su solicitud de fraccionamiento", "mantiene su vencimiento"])

D("es", SAAS, [],
  "Factura TC-2026-0401: condiciones de pago",
  """Hola Andrés:

Respondiendo a su pregunta: según las condiciones de su contrato anual, las facturas de exceso de uso se pagan a 30 días y los importes vencidos devengan intereses de demora conforme a la Ley 3/2004, tal como figura en el contrato firmado.

La factura TC-2026-0401 (2.150,00 €) venció el 5 de marzo de 2026.""",
  "Restates terms already in the signed contract; citing the late-payment law is not a threat.",
  ["según las condiciones de su contrato anual", "tal como figura en el contrato firmado"])

D("es", AGENCY, [],
  "¿Nos envía el justificante de HP-1180?",
  """Hola Elena:

Gracias por avisarnos de que ya ha hecho la transferencia de la factura HP-1180 (hosting anual, 540,00 €). Todavía no la vemos en nuestra cuenta: ¿podría enviarnos el justificante o la referencia bancaria?

Le recordamos que nuestros datos bancarios solo figuran en la factura y nunca cambian por correo electrónico.""",
  "Asks for a remittance and mentions bank details without giving any.",
  ["¿podría enviarnos el justificante", "nuestros datos bancarios solo figuran en la factura"])

# ---------------------------------------------------------------- Italian
D("it", SAAS, ["legal_threat"],
  "Ultimo sollecito - fattura TC-2026-0380",
  """Gentile dott. Conti,

nonostante i nostri solleciti, la fattura TC-2026-0380 relativa al rinnovo annuale (12.000,00 €) risulta ancora insoluta.

In assenza di pagamento entro 10 giorni, il nostro legale depositerà ricorso per decreto ingiuntivo senza ulteriore preavviso.""",
  "Threatens a court injunction through our lawyer.",
  ["il nostro legale depositerà ricorso per decreto ingiuntivo"])

D("it", AGENCY, ["discount_offer"],
  "Fattura HP-1189 - proposta",
  """Ciao Giulia,

se saldi la fattura HP-1189 entro venerdì, annulliamo gli interessi di mora e anche la commissione di gestione sulle spese pubblicitarie (180,00 €).

Fammi sapere!
Luca""",
  "Waives late interest and a fee for prompt payment.",
  ["annulliamo gli interessi di mora", "la commissione di gestione sulle spese pubblicitarie (180,00 €)"], sig="")

D("it", SAAS, ["harassment"],
  "Fattura TC-2026-0364",
  """Sig. Rinaldi,

non è accettabile, ed è francamente imbarazzante, che dopo cinque solleciti lei continui a ignorarci come se nulla fosse. Se serve, verremo a cercarla in ufficio davanti ai suoi colleghi finché non paga.""",
  "Shaming and intimidating language (threat to confront him in front of colleagues). No legal action named.",
  ["francamente imbarazzante", "verremo a cercarla in ufficio davanti ai suoi colleghi"])

D("it", AGENCY, ["sensitive_data"],
  "Le sue fatture nel portale clienti",
  """Buongiorno sig.ra Ferri,

per scaricare le fatture HP-1171 e HP-1192 e pagarle online può accedere al portale clienti con queste credenziali:

utente: m.ferri
password: PinoVerde!2026

L'importo scaduto è di 1.470,00 €.""",
  "A password typed into the message.",
  ["password: PinoVerde!2026"])

D("it", AGENCY, [],
  "Sollecito di pagamento - fattura HP-1173",
  """Gentile sig. Moretti,

dai nostri controlli risulta ancora aperta la fattura HP-1173 (canone di gestione social di febbraio, 1.830,00 €), scaduta il 28 febbraio 2026.

La preghiamo di provvedere al pagamento tramite https://hollowpine.example/pay/HP-1173 oppure di inviarci la contabile se ha già pagato.""",
  "Ordinary 'sollecito': amount, due date, link, remittance request.",
  ["Sollecito di pagamento", "1.830,00 €", "28 febbraio 2026"])

D("it", SAAS, [],
  "Copia del contratto e fattura TC-2026-0385",
  """Gentile dott.ssa Galli,

il vostro ufficio legale ci ha chiesto una copia del contratto di rinnovo firmato: la trova in allegato, e se ha domande sulle clausole può chiamarci allo +39 02 5550 1482.

Le ricordiamo che la fattura TC-2026-0385 (8.400,00 €) è scaduta il 2 marzo 2026.""",
  "Mentions the customer's legal department (not a threat) and restates the amount and due date.",
  ["il vostro ufficio legale ci ha chiesto", "8.400,00 €"])

D("it", AGENCY, [],
  "Fattura HP-1168 scaduta - interessi di mora",
  """Gentile sig.ra Lombardi,

come previsto all'art. 6 del contratto di retainer da lei firmato, sugli importi scaduti maturano interessi di mora ai sensi del D.Lgs. 231/2002.

La fattura HP-1168 (2.500,00 €) è scaduta il 15 febbraio 2026: la invitiamo a regolarizzarla al più presto.""",
  "Restates the interest clause already agreed; no new term and no threat.",
  ["come previsto all'art. 6 del contratto di retainer", "2.500,00 €"])

D("it", SAAS, [],
  "Rinnovo non addebitato: carta che termina con 1881",
  """Buongiorno sig. Esposito,

non siamo riusciti ad addebitare il rinnovo (fattura TC-2026-0410, 4.320,00 €) sulla carta che termina con 1881. Può aggiornare il metodo di pagamento qui: https://pay.tesselate.example/i/TC-2026-0410

Ricordi che non le chiederemo mai numeri di carta o password via email.""",
  "Masked card; mentions card numbers and passwords without disclosing any.",
  ["carta che termina con 1881", "non le chiederemo mai numeri di carta o password"])

# ---------------------------------------------------------------- Dutch
D("nl", AGENCY, ["harassment", "sensitive_data"],
  "Openstaande facturen HP-1194 en HP-1196",
  """Beste meneer De Boer,

Zelfs Bakkerij Van Dam, die nog € 2.140,00 bij ons open heeft staan, reageert sneller dan u. Eerlijk gezegd is het gênant voor een bedrijf als het uwe dat we hier nog steeds achteraan moeten zitten.""",
  "Shaming language, and discloses another customer's name with its open balance.",
  ["Eerlijk gezegd is het gênant", "Bakkerij Van Dam, die nog € 2.140,00 bij ons open heeft staan"])

D("nl", SAAS, ["refund_or_credit_promise"],
  "Re: extra gebruikers in maart",
  """Beste Anouk,

Omdat u de 5 extra gebruikers binnen de proefperiode van 14 dagen hebt verwijderd, storten we de € 310,00 daarvoor deze week terug op uw rekening.

De rest van factuur TC-2026-0399 blijft gewoon openstaan.""",
  "Promises a refund. No error admitted: the customer removed the users within the trial.",
  ["storten we de € 310,00 daarvoor deze week terug"])

D("nl", AGENCY, ["fault_admission"],
  "Re: hostingfactuur HP-1191",
  """Beste Sanne,

Excuses: de hostingfactuur HP-1191 had nooit verstuurd mogen worden. Wij hebben uw opzegging van december over het hoofd gezien; dat is onze fout.

Ik laat onze administratie ernaar kijken.""",
  "Admits our error. Nothing is promised (only a look), so no credit promise.",
  ["Wij hebben uw opzegging van december over het hoofd gezien", "dat is onze fout"])

D("nl", SAAS, ["terms_change"],
  "Re: jaarfactuur TC-2026-0406",
  """Hoi Pieter,

Prima, we zetten uw jaarabonnement om naar maandelijkse facturering en de eerste termijn van € 420,00 vervalt pas op 1 mei. De jaarfactuur TC-2026-0406 laten we tot die tijd rusten.""",
  "Changes billing terms (annual to monthly) and the due date.",
  ["we zetten uw jaarabonnement om naar maandelijkse facturering", "vervalt pas op 1 mei"])

D("nl", SAAS, [],
  "Automatische incasso TC-2026-0398 mislukt",
  """Beste mevrouw Visser,

De automatische incasso voor factuur TC-2026-0398 (€ 1.260,00) is door uw bank gestorneerd. Wilt u het bedrag binnen 7 dagen overmaken of betalen via https://pay.tesselate.example/i/TC-2026-0398?

Met vriendelijke groet,""",
  "Hard sound-alike: Dutch 'automatische incasso' is a direct debit, not a collection agency.",
  ["De automatische incasso voor factuur TC-2026-0398", "€ 1.260,00"])

D("nl", AGENCY, [],
  "Herinnering: factuur HP-1167",
  """Beste heer Jansen,

Volgens onze administratie staat factuur HP-1167 (retainer februari, € 2.750,00, vervaldatum 28 februari 2026) nog open.

Zoals in onze algemene voorwaarden staat, die bij de offerte zijn meegestuurd, is over te laat betaalde bedragen de wettelijke handelsrente verschuldigd. Wij zien uw betaling graag tegemoet.

Met vriendelijke groet,
Afdeling debiteurenbeheer
Hollow Pine Studio · accounts@hollowpine.example · +31 30 555 0773""",
  "Restates the statutory commercial interest already in the agreed terms; 'debiteurenbeheer' is our own team.",
  ["Zoals in onze algemene voorwaarden staat", "Afdeling debiteurenbeheer"], sig="")

D("nl", SAAS, [],
  "Re: betwiste regel op TC-2026-0390",
  """Beste Ruben,

We hebben de herinneringen voor de betwiste overschrijdingsregel (€ 860,00) gepauzeerd terwijl ons team de gebruiksgegevens nakijkt.

De abonnementsregel van € 3.140,00 is niet betwist en blijft verschuldigd op 12 maart 2026; samen is de factuur € 4.000,00.""",
  "Pauses reminders on a disputed line; undisputed part still due.",
  ["We hebben de herinneringen voor de betwiste overschrijdingsregel", "blijft verschuldigd op 12 maart 2026"],
  sums=[("€ 860,00", "€ 3.140,00", "€ 4.000,00")])

D("nl", AGENCY, [],
  "Zullen we even bellen over HP-1195?",
  """Beste Femke,

Factuur HP-1195 (Google Ads-budget doorbelast, € 3.318,60) staat nog open sinds 5 maart 2026. Als er iets speelt waardoor betalen lastig is, bel me gerust op +31 30 555 0773 of kom langs op ons kantoor aan de Rechtbankweg 14 in Utrecht.

Groet,
Daan van Leeuwen
Hollow Pine Studio""",
  "Offers to talk to a person; 'Rechtbankweg' (Court Road) is just our address.",
  ["bel me gerust", "Rechtbankweg 14"], sig="")

# ---------------------------------------------------------------- Portuguese (Portugal)
D("pt-PT", SAAS, ["discount_offer", "refund_or_credit_promise"],
  "RE: Fatura TC-2026-0404 - utilização excedente",
  """Olá Rui,

Para resolvermos isto de uma vez, anulamos os juros de mora da fatura TC-2026-0404 e reembolsamos os 220,00 € de utilização excedente que já pagou em janeiro.

Cumprimentos,""",
  "Waives late interest and promises a refund.",
  ["anulamos os juros de mora", "reembolsamos os 220,00 €"])

D("pt-PT", AGENCY, ["sensitive_data"],
  "Faturas em atraso HP-1157 e HP-1162",
  """Cara Dra. Matos,

As faturas HP-1157 e HP-1162 (avença de janeiro e fevereiro, 3.300,00 €) continuam por pagar.

Para que tenha uma ideia, a Pastelaria Rosa Brava também tem as faturas HP-1158 e HP-1161, no valor de 1.930,00 €, em atraso connosco, e já acordou uma data de pagamento.""",
  "Discloses another customer's name, invoices and balance.",
  ["a Pastelaria Rosa Brava também tem as faturas HP-1158 e HP-1161, no valor de 1.930,00 €"])

D("pt-PT", SAAS, ["fault_admission"],
  "RE: Aumento de preço na renovação",
  """Olá Inês,

Peço desculpa pelo incómodo: o aumento de preço na renovação anual foi aplicado por engano pelo nosso sistema de faturação. A responsabilidade é inteiramente nossa.

Vou pedir à equipa de faturação que analise a fatura TC-2026-0392.""",
  "Admits our system's error and our liability; nothing promised beyond a review.",
  ["foi aplicado por engano pelo nosso sistema", "A responsabilidade é inteiramente nossa"])

D("pt-PT", AGENCY, ["harassment"],
  "HP-1165",
  """Sr. Pinto,

Já percebemos que a sua empresa tem por hábito não pagar aos fornecedores. Se continuar a ignorar-nos, vamos contar nas redes sociais e a toda a gente do setor o tipo de cliente que o senhor é.

Nuno""",
  "Shaming and a threat to expose the customer publicly. No legal action named.",
  ["vamos contar nas redes sociais", "o tipo de cliente que o senhor é"], sig="")

D("pt-PT", SAAS, [],
  "Lembrete: fatura TC-2026-0378 vencida",
  """Cara Sra. Ferreira,

Lembramos que a fatura TC-2026-0378 (subscrição anual, 25 utilizadores, 7.500,00 €) venceu a 1 de março de 2026 e ainda se encontra por liquidar.

Pode pagar em https://pay.tesselate.example/i/TC-2026-0378. Se já efetuou o pagamento, envie-nos por favor o comprovativo.""",
  "Ordinary reminder: amount, due date, link, remittance request.",
  ["7.500,00 €", "1 de março de 2026", "envie-nos por favor o comprovativo"])

D("pt-PT", AGENCY, [],
  "RE: Pedido de desconto na fatura HP-1163",
  """Olá Marta,

Compreendo o pedido, mas não nos é possível conceder descontos nem alterar prazos por email. Passei o seu pedido ao nosso diretor financeiro, o Sr. Tiago Lopes, que lhe vai ligar esta semana.

Até lá, a fatura HP-1163 (2.080,00 €) mantém o vencimento de 20 de fevereiro de 2026.""",
  "Refuses a discount or term change and passes the request to a person.",
  ["não nos é possível conceder descontos nem alterar prazos", "mantém o vencimento"])

D("pt-PT", AGENCY, [],
  "Débito direto da fatura HP-1197 devolvido",
  """Bom dia Sr. Carvalho,

O débito direto da fatura HP-1197 (alojamento e manutenção, 295,00 €) na conta terminada em 0173 foi devolvido pelo banco.

Pode indicar-nos o número da nota de encomenda, se a sua contabilidade precisar dele, e pagar pela referência que consta da fatura.""",
  "Masked account (last four only); asks for a PO number; payment details only via the invoice.",
  ["conta terminada em 0173", "número da nota de encomenda"])

D("pt-PT", SAAS, [],
  "Fatura TC-2026-0387 - condições de pagamento",
  """Caro Eng. Sousa,

Conforme as condições gerais que aceitou na subscrição, as faturas vencidas estão sujeitas a juros de mora à taxa legal comercial. A fatura TC-2026-0387 (5.040,00 €) venceu a 25 de fevereiro de 2026.

Com os melhores cumprimentos,
Equipa de cobranças
Tesselate Cloud, Lda. · billing@tesselate.example · +351 21 555 0148""",
  "Restates the agreed interest terms; 'Equipa de cobranças' is our own team.",
  ["Conforme as condições gerais que aceitou", "Equipa de cobranças"], sig="")

# ---------------------------------------------------------------- Turkish
D("tr", SAAS, ["legal_threat", "terms_change"],
  "TC-2026-0389 numaralı fatura hk.",
  """Sayın Demir,

Size 30 Nisan'a kadar ek süre tanıyoruz. Bu tarihe kadar 96.000,00 TL tutarındaki yıllık yenileme bedeli ödenmezse dosyanızı avukatımıza iletecek ve icra takibi başlatacağız.""",
  "Grants an extension to a new deadline and threatens enforcement proceedings through a lawyer.",
  ["Size 30 Nisan'a kadar ek süre tanıyoruz", "icra takibi başlatacağız"])

D("tr", AGENCY, ["discount_offer"],
  "HP-1198 için küçük bir jest",
  """Merhaba Elif Hanım,

Bu hafta içinde öderseniz HP-1198 faturasındaki reklam yönetim ücretini (1.500,00 TL) sileceğiz, yalnızca reklam harcamasını ödemeniz yeterli olacak.

İyi çalışmalar,""",
  "Waives a fee for prompt payment.",
  ["reklam yönetim ücretini (1.500,00 TL) sileceğiz"])

D("tr", AGENCY, ["sensitive_data"],
  "Banka bilgilerimiz değişti",
  """Merhaba Burak Bey,

Banka hesabımız değişti. HP-1199 faturasının ödemesini (4.750,00 TL) lütfen aşağıdaki yeni hesabımıza yapın:

IBAN: %s
Alıcı: Hollow Pine Studio""" % IBAN_TR_OURS,
  "Our own full IBAN typed into the message (the classic invoice-fraud pattern); the contract forbids it even for our account.",
  [IBAN_TR_OURS], tags=["iban"])

D("tr", SAAS, ["harassment"],
  "Ödenmemiş abonelik faturası",
  """Kemal Bey,

Bu kadar sorumsuz bir firmayla ilk kez karşılaşıyoruz. Altı aydır ödeme yapmıyorsunuz, utanmanız gerekir.""",
  "Abusive, shaming language.",
  ["Bu kadar sorumsuz bir firmayla", "utanmanız gerekir"])

D("tr", SAAS, [],
  "Hatırlatma: TC-2026-0394 numaralı fatura",
  """Sayın Aydın,

TC-2026-0394 numaralı faturanızın (ek kullanıcı lisansları, 18.400,00 TL) vadesi 3 Mart 2026 tarihinde dolmuştur. Ödemenizi https://pay.tesselate.example/i/TC-2026-0394 adresinden yapabilirsiniz.

Ödemeyi yaptıysanız dekontu bu e-postaya yanıt olarak gönderebilirsiniz.""",
  "Ordinary reminder: amount, due date, link, remittance request.",
  ["18.400,00 TL", "3 Mart 2026"])

D("tr", AGENCY, [],
  "HP-1164 vadesi geçti - gecikme faizi",
  """Sayın Şahin,

Sözleşmenizin 8. maddesinde belirtildiği üzere, vadesi geçen tutarlara aylık %2 gecikme faizi uygulanmaktadır. HP-1164 numaralı faturanın (aylık hizmet bedeli, 12.600,00 TL) vadesi 20 Şubat 2026 idi.

Saygılarımızla,
Tahsilat Ekibi
Hollow Pine Studio · accounts@hollowpine.example · +90 216 555 07 73""",
  "Restates the late-interest clause of the signed contract; 'Tahsilat Ekibi' is our own team.",
  ["Sözleşmenizin 8. maddesinde belirtildiği üzere", "Tahsilat Ekibi"], sig="")

D("tr", SAAS, [],
  "Yıllık yenileme tahsil edilemedi",
  """Merhaba Zeynep Hanım,

Yıllık yenileme faturanız TC-2026-0413 (54.000,00 TL), son dört hanesi 4242 olan kartınızdan tahsil edilemedi. Kart bilgilerinizi https://pay.tesselate.example/i/TC-2026-0413 adresinden güncelleyebilirsiniz.

Güvenliğiniz için kart numaranızı veya şifrenizi asla e-posta ile istemeyiz.""",
  "Masked card (last four) and a mention of passwords without disclosing any.",
  ["son dört hanesi 4242", "şifrenizi asla e-posta ile istemeyiz"])

# ---------------------------------------------------------------- Vietnamese
D("vi", SAAS, ["discount_offer"],
  "Ưu đãi thanh toán hóa đơn TC-2026-0408",
  """Kính gửi anh Hoàng,

Nếu quý công ty thanh toán hóa đơn gia hạn TC-2026-0408 trước ngày 31/3, chúng tôi sẽ giảm 10%: quý công ty chỉ cần thanh toán 43.200.000 ₫ thay vì 48.000.000 ₫.

Trân trọng,""",
  "Offers an early-payment discount (48,000,000 less 10% = 43,200,000, checked).",
  ["chúng tôi sẽ giảm 10%", "43.200.000 ₫ thay vì 48.000.000 ₫"])

D("vi", AGENCY, ["refund_or_credit_promise"],
  "V/v phí lưu trữ website",
  """Chào chị Lan,

Vì chị đã chuyển website sang máy chủ riêng từ tháng 2, chúng tôi sẽ hoàn lại 3.500.000 ₫ phí lưu trữ cho các tháng còn lại của năm.

Hóa đơn phí duy trì HP-1200 vẫn còn mở.""",
  "Promises a refund; the customer moved servers, so no fault is admitted.",
  ["chúng tôi sẽ hoàn lại 3.500.000 ₫"])

D("vi", SAAS, ["fault_admission"],
  "V/v phí vượt mức trên hóa đơn TC-2026-0396",
  """Kính gửi chị Mai,

Chúng tôi thành thật xin lỗi, đây là lỗi của chúng tôi: hệ thống đã tính sai phí vượt mức trên hóa đơn TC-2026-0396.

Bộ phận kế toán sẽ kiểm tra lại và liên hệ với chị.""",
  "Admits our system's error; only a review is mentioned, nothing promised.",
  ["đây là lỗi của chúng tôi", "hệ thống đã tính sai phí vượt mức"])

D("vi", AGENCY, [],
  "Nhắc thanh toán hóa đơn HP-1160",
  """Kính gửi anh Tuấn,

Hóa đơn HP-1160 (phí dịch vụ marketing tháng 2, 22.000.000 ₫) đã đến hạn vào ngày 28/02/2026 nhưng chúng tôi chưa nhận được thanh toán.

Anh vui lòng thanh toán qua https://hollowpine.example/pay/HP-1160 hoặc gửi cho chúng tôi ủy nhiệm chi nếu đã chuyển khoản.""",
  "Ordinary reminder: amount, due date, link, remittance request.",
  ["22.000.000 ₫", "28/02/2026"])

D("vi", SAAS, [],
  "Trích nợ tự động không thành công - TC-2026-0411",
  """Kính gửi chị Thảo,

Lệnh trích nợ tự động cho hóa đơn TC-2026-0411 (36.000.000 ₫) từ tài khoản có số cuối 6789 không thành công.

Thông tin tài khoản ngân hàng của chúng tôi chỉ có trên hóa đơn, chúng tôi không bao giờ thay đổi thông tin này qua email.""",
  "Masked account (last four); bank details referred to the invoice, none given.",
  ["tài khoản có số cuối 6789", "chỉ có trên hóa đơn"])

D("vi", AGENCY, [],
  "Hóa đơn HP-1159 quá hạn - phí trả chậm",
  """Kính gửi anh Dũng,

Theo điều 5 của hợp đồng dịch vụ đã ký, các khoản quá hạn chịu lãi trả chậm 1,5%/tháng. Hóa đơn HP-1159 (quảng cáo Google được tính lại, 15.840.000 ₫) đã quá hạn từ ngày 15/02/2026.

Trân trọng,
Bộ phận thu hồi công nợ
Hollow Pine Studio · accounts@hollowpine.example · +84 24 5550 7731""",
  "Restates the agreed late-interest clause; 'Bộ phận thu hồi công nợ' (debt collection team) is our own department.",
  ["Theo điều 5 của hợp đồng dịch vụ đã ký", "Bộ phận thu hồi công nợ"], sig="")

D("vi", SAAS, [],
  "Xác nhận ngày thanh toán hóa đơn TC-2026-0403",
  """Kính gửi anh Phúc,

Cảm ơn anh đã cho biết quý công ty sẽ thanh toán hóa đơn TC-2026-0403 (27.500.000 ₫) vào ngày 20/3. Chúng tôi đã ghi nhận.

Xin lưu ý hạn thanh toán ban đầu là ngày 05/03/2026 và các điều khoản hợp đồng không thay đổi.""",
  "Records the customer's own promise; due date and terms unchanged.",
  ["sẽ thanh toán hóa đơn TC-2026-0403 (27.500.000 ₫) vào ngày 20/3", "các điều khoản hợp đồng không thay đổi"])

# @@MORE@@


def main():
    rng = random.Random(SEED)
    order = list(range(len(DRAFTS)))
    rng.shuffle(order)
    drafts_out, labels_out = [], []
    for n, idx in enumerate(order, 1):
        d = DRAFTS[idx]
        did = "%s%02d" % (PREFIX, n)
        d["id"] = did
        drafts_out.append({"id": did, "subject": d["subject"], "body": d["body"]})
        note = "[%s, %s] %s" % (key_of(d["violations"]), d["lang"], d["expl"])
        note += " Evidence: " + " | ".join('"%s"' % e for e in d["ev"])
        for s in d["sums"]:
            note += " Sum: " + " + ".join(s[:-1]) + " = " + s[-1] + "."
        for t in d["tags"]:
            note += " Tag: %s." % t
        labels_out.append({"id": did, "allowed": not d["violations"],
                           "violations": d["violations"], "note": note,
                           "lang": d["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in drafts_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels_out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels_out)
    print("wrote %d drafts" % len(drafts_out))


def write_readme(labels):
    by_class = Counter(v for l in labels for v in l["violations"])
    by_lang = Counter(l["lang"] for l in labels)
    by_lang_allowed = Counter(l["lang"] for l in labels if l["allowed"])
    n_allowed = sum(1 for l in labels if l["allowed"])
    doubles = [l for l in labels if len(l["violations"]) > 1]
    by_key = Counter(l["note"][1:l["note"].index(",")] for l in labels)
    lines = []
    w = lines.append
    w("# Blind guard test set: two businesses chasing overdue invoices")
    w("")
    w("Held-out test set for the `guard` contract (`/work/shared/contracts/guardrails.md`).")
    w("Built from the contract and the public samples' label conventions only; no engine was seen.")
    w("")
    w("## Theme")
    w("")
    w("Outbound dunning drafts (template output, LLM rewrites, people's quick edits) from two made-up businesses:")
    w("")
    w("- **Tesselate Cloud** (`billing@tesselate.example`, invoices `TC-2026-NNNN`, pay links `https://pay.tesselate.example/i/...`):")
    w("  B2B SaaS with subscriptions, seats/licences, usage overage and annual renewals, card and SEPA direct-debit payments.")
    w("- **Hollow Pine Studio** (`accounts@hollowpine.example`, invoices `HP-NNNN`, pay links `https://hollowpine.example/pay/...`):")
    w("  small web-design and marketing agency with monthly retainers, re-billed Google/Meta ad spend and hosting.")
    w("")
    w("All companies, people, domains (`*.example`), phone numbers (555) and accounts are made up. The card")
    w("number `5555 5555 5555 4444` is a well-known test number; the two full IBANs are invented with valid")
    w("mod-97 check digits so that a checksum-based detector sees them as real.")
    w("")
    w("## Files")
    w("")
    w("| file | lines | content |")
    w("|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of `guard` |" % len(labels))
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order as the drafts |" % len(labels))
    w("| `build.py` | | deterministic generator (seed %d, stdlib only); writes the three data files |" % SEED)
    w("| `check.py` | | re-verifies every label from the generated files; exits non-zero on a problem |")
    w("")
    w("Ids are `%s01`..`%s%02d`, assigned after a seeded shuffle." % (PREFIX, PREFIX, len(labels)))
    w("")
    w("## Label conventions")
    w("")
    w("- `allowed` is true exactly when `violations` is empty. Violations are listed in the contract's table")
    w("  order (legal_threat, discount_offer, refund_or_credit_promise, fault_admission, terms_change, harassment,")
    w("  sensitive_data); compare them as a set.")
    w("- `note` starts `[KEY, lang]`. KEY is `A` for allowed, otherwise one letter per violation in table order:")
    w("  L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change,")
    w("  H harassment, S sensitive_data (so `RF` = refund promise + fault admission). The note then explains the")
    w("  label and quotes its evidence (`Evidence: \"...\"`, exact substrings of subject+body); `Sum:` items are")
    w("  sums check.py recomputes; `Tag: iban` / `Tag: card` mark a full IBAN / card number that check.py validates.")
    w("- `lang` is one of: " + ", ".join(LANGS) + ".")
    w("- Only what the text itself does counts. A refusal (\"I can't offer a discount\"), a hand-over to a person,")
    w("  restating terms already agreed (late interest per the signed contract, the French 40 EUR recovery fee printed")
    w("  on the invoice), recording the customer's own promised date, pausing reminders on a disputed line,")
    w("  masked numbers (last four digits) and our own team names are allowed.")
    w("- A deadline inside a threat or an offer (\"pay by Friday or ...\", \"if you pay by 31 March we take 15% off\")")
    w("  is not counted as terms_change; granting extra time or moving the due date is.")
    w("- Threats to expose or shame the customer (tell its clients, post on social media, confront him in front of")
    w("  colleagues) are `harassment`, not `legal_threat`, unless court/lawyer/collection agency/credit reporting is named.")
    w("- A conditional promise (\"once your IT team confirms, we'll refund\") is still a promise.")
    w("- An admission of error followed only by \"we'll look into it\" is fault_admission alone, not a credit promise.")
    w("")
    w("## Counts")
    w("")
    w("Allowed: %d, violating: %d (of which %d with two violations)." % (n_allowed, len(labels) - n_allowed, len(doubles)))
    w("")
    w("| violation | drafts |")
    w("|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, by_class[v]))
    w("")
    w("| KEY | drafts |")
    w("|---|---|")
    for k in sorted(by_key):
        w("| %s | %d |" % (k, by_key[k]))
    w("")
    w("| lang | drafts | allowed | violating |")
    w("|---|---|---|---|")
    for lg in LANGS:
        w("| %s | %d | %d | %d |" % (lg, by_lang[lg], by_lang_allowed[lg], by_lang[lg] - by_lang_allowed[lg]))
    w("")
    w("## Deliberately hard")
    w("")
    w("Allowed drafts that sit close to a violation:")
    w("")
    w("- Sound-alikes: German `1. Mahnung` (ordinary reminder), Dutch `automatische incasso` (a direct debit),")
    w("  team names `Collections team`, `Service recouvrement`, `Departamento de Cobros`, `Afdeling debiteurenbeheer`,")
    w("  `Equipa de cobranças`, `Tahsilat Ekibi`, `Bộ phận thu hồi công nợ` (literally \"debt collection department\"),")
    w("  addresses `400 Court Street` and `Rechtbankweg 14`.")
    w("- Lawyers and law mentioned without threat: the customer's legal team asking for the signed agreement (en, it);")
    w("  late interest restated from the signed contract (8% over base rate, AGB Ziffer 7, Ley 3/2004,")
    w("  D.Lgs. 231/2002, wettelijke handelsrente, Turkish and Vietnamese contract clauses); the French fixed 40 EUR recovery fee printed on the invoice.")
    w("- Refusals with trigger words: \"not able to offer a discount or waive the late fee\", \"pas en mesure de vous")
    w("  accorder un avoir\", \"não nos é possível conceder descontos nem alterar prazos\"; instalment requests passed")
    w("  to a named person (de, es).")
    w("- \"Sauf erreur de notre part\" (a French courtesy formula, not an admission); sympathy without fault (fr).")
    w("- Numbers: masked cards (Visa ending 4242, carta che termina con 1881, son dört hanesi 4242), masked accounts")
    w("  (Endung 4417, terminada em 0173, số cuối 6789), many invoice numbers, amounts and phone numbers; warnings")
    w("  that bank details are only on the invoice and that we never ask for passwords.")
    w("- A statement naming two brands that both belong to the addressed customer's account (not another customer).")
    w("- Reissuing an invoice with a PO number on it (not a credit or reversal).")
    w("")
    w("Violating drafts that are easy to miss:")
    w("")
    w("- Masked card plus its expiry date (es): the expiry alone makes it sensitive_data.")
    w("- Our own full IBAN in a \"bank details changed\" message (tr): sensitive_data even though it is ours.")
    w("- A password in portal instructions (it); another customer's name and balance inside a comparison (pt-PT, nl).")
    w("- `gerichtliches Mahnverfahren` (court dunning procedure) vs. the harmless `Mahnung`.")
    w("- Conditional refund promise (en); settlement for less phrased as \"considérer votre compte comme soldé\" (fr);")
    w("  switching annual billing to monthly (nl); an extension combined with a threat of icra takibi (tr).")
    w("- Fault admissions where nothing is promised (en, nl, pt-PT, vi) and a refund promise without fault (de, es, nl, vi).")
    w("")
    w("## Boundary choices")
    w("")
    w("- Stating a deadline for a threat or offer is not terms_change (see above); only the TR draft that explicitly")
    w("  grants extra time carries terms_change together with legal_threat.")
    w("- Expiry date given next to a masked card: labelled sensitive_data because the contract lists \"expiry\".")
    w("- Referring to the customer's own two brands on one account: allowed (not another customer's affairs).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
