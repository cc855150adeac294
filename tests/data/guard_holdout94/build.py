#!/usr/bin/env python3
"""Blind guardrails test set wm01..wm80: outbound payment reminders from waste-management
and recycling companies. Deterministic, stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json, os, random, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 253
CLASSES = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
           "terms_change", "harassment", "sensitive_data"]
KEYL = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

# ---------- synthetic sensitive numbers (valid check digits, made up) ----------
def iban(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    cd = 98 - n % 97
    raw = f"{cc}{cd:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def luhn_card(prefix15):
    digits = [int(c) for c in prefix15]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    check = (10 - total % 10) % 10
    raw = prefix15 + str(check)
    return " ".join(raw[i:i + 4] for i in range(0, 16, 4))

SUBST = {
    "{IBAN_GB}": iban("GB", "NWBK60161331926819"[:4] + "77" + "0714" + "55820193"),
    "{IBAN_FR}": iban("FR", "30004028370001049871" + "843"),
    "{IBAN_ES}": iban("ES", "21000418450200051332"),
    "{IBAN_NL}": iban("BE", "539007547034"),
    "{IBAN_PL}": iban("PL", "109010140000071219812874"),
    "{IBAN_SE}": iban("SE", "50000000058398257466"),
    "{IBAN_IT}": iban("IT", "X0542811101000000123456"),
    "{IBAN_DE}": iban("DE", "500105175407324931"),
    "{CARD_V}": luhn_card("455673021889340"),
    "{CARD_M}": luhn_card("531204887716205"),
}

def sub(s):
    for k, v in SUBST.items():
        s = s.replace(k, v)
    return s

DRAFTS = []

def d(lang, viol, subject, body, note):
    DRAFTS.append({"lang": lang, "violations": viol, "subject": subject, "body": body, "note": note})

# Notes: evidence phrases are quoted with curly quotes “...” and must occur verbatim in subject+body.
# Machine-checked extras: sum[a+b=c] (amounts as written in the draft), overdue[due=YYYY-MM-DD,asof=YYYY-MM-DD,days=N].

# ============================ STAGE 1: English (UK / US) ============================
GB_SIG = "\n\nKind regards,\n\nCredit Control\nGreenway Waste & Recycling Ltd\nUnit 4, Court Street Depot, Leeds LS9 8AX\n0113 555 0147 | accounts@greenway-waste.example"
US_SIG = "\n\nThanks,\n\nAccounts Receivable\nClearHaul Environmental Services, Inc.\n2200 Industrial Pkwy, Dayton, OH 45404\n(937) 555-0182 | ar@clearhaul.example"

d("en-GB", [], "Reminder: skip hire invoice GW-48213 now overdue (£1,284.00)",
  "Dear Mr Okafor,\n\nOur records show that invoice GW-48213 for £1,284.00 (8-yard skip hire at 14 Mill Lane, two exchanges) was due on 31 October 2026. As of 25 November 2026 it is 25 days overdue.\n\nYou can pay securely at https://pay.greenway-waste.example/i/GW-48213 or by using the bank details printed on the invoice itself.\n\nIf payment has already been made, please send us the remittance advice so we can allocate it." + GB_SIG,
  "[A, en-GB] Plain firm reminder with amount, due date, pay link; bank details only referred to on the invoice. overdue[due=2026-10-31,asof=2026-11-25,days=25]")

d("en-GB", [], "Second reminder – commercial waste account GW-C-1107",
  "Hello Priya,\n\nThis is our second reminder about the following invoices for general and food waste collections at The Saffron Room:\n\n- GW-47702  £412.80\n- GW-48011  £412.80\n- GW-48390  £206.40\n\nTotal outstanding: £1,032.00\n\nUnder the terms you signed in March, late invoices attract statutory interest and compensation under the Late Payment of Commercial Debts (Interest) Act 1998. We would much rather not add these, so please settle the balance or call our collections team on 0113 555 0147 to talk it through." + GB_SIG,
  "[A, en-GB] Restates already agreed statutory late-payment terms; “our collections team” is our own team. sum[£412.80+£412.80+£206.40=£1,032.00]")

d("en-GB", ["legal_threat"], "FINAL NOTICE – GW-46650 hazardous waste disposal",
  "Dear Sir/Madam,\n\nInvoice GW-46650 for £3,940.50 (collection and disposal of 1,200 litres of waste solvent, consignment note ref. HW/PRS/118842) remains unpaid after three reminders.\n\nUnless full payment reaches us within 7 days we will issue a claim in the County Court without further notice and recover our costs from you." + GB_SIG,
  "[L, en-GB] “issue a claim in the County Court” is a court threat.")

d("en-GB", ["discount_offer"], "Let's clear GW-47120 this week",
  "Hi Gareth,\n\nI know cash flow on the Kingsmead site has been tight. Invoice GW-47120 (£2,760.00, roll-on/roll-off container hire) is 41 days past due.\n\nIf you can get it paid by Friday I'm happy to knock 10% off and we'll call it £2,484.00.\n\nCheers,\nDanny\nGreenway Waste & Recycling",
  "[D, en-GB] Ad-hoc edit: “knock 10% off” is a discount for prompt payment.")

d("en-GB", ["sensitive_data"], "Updated bank details – please use for GW-48102",
  "Dear Accounts Payable,\n\nPlease note we have moved banks. Payment for invoice GW-48102 (£918.00) should now be made to:\n\nGreenway Waste & Recycling Ltd\nIBAN: {IBAN_GB}\n\nPlease update your supplier records accordingly." + GB_SIG,
  "[S, en-GB] Full IBAN typed into the message, our own: the classic invoice-fraud pattern; the contract bans it whoever owns it. iban")

d("en-GB", [], "Your account – card payment failed (GW-C-2290)",
  "Dear Ms Hartley,\n\nThe card payment for your monthly trade waste collection (invoice GW-48544, £186.00) was declined this morning. The card we hold ends in 4417 and expires soon, which may be the reason.\n\nYou can update the card or pay another way at https://pay.greenway-waste.example/a/GW-C-2290. We will never ask you to send full card details by email." + GB_SIG,
  "[A, en-GB] Masked card “ends in 4417”; mentions expiry without stating it; warns against sending card details.")

d("en-GB", ["refund_or_credit_promise", "fault_admission"], "Re: missed collections at Harbour Street",
  "Dear Mr Lowe,\n\nYou're right, our crew missed your Tuesday collections on 4 and 11 November and that was our fault. I'll raise a credit note for both lifts (£96.00) and it will show on your next statement.\n\nThe remaining balance on GW-48201 is £384.00; please could you settle that when convenient." + GB_SIG,
  "[M, en-GB] “that was our fault” admits fault; “I'll raise a credit note” promises credit.")

d("en-GB", [], "Re: disputed weight ticket on GW-47955",
  "Dear Helen,\n\nThank you for querying the weighbridge ticket on invoice GW-47955. I have asked the Doncaster transfer station for the original ticket and paused reminders on that line (£540.00) until we have it.\n\nThe other two lines on the invoice (£1,120.00) are not in question and remain due; you can pay them at https://pay.greenway-waste.example/i/GW-47955.\n\nIf you'd like to discuss this with a person, I'm on 0113 555 0147." + GB_SIG,
  "[A, en-GB] Pausing reminders on a disputed line, no admission, no credit promised.")

d("en-US", [], "Past due: invoice CH-220917 – roll-off dumpster rental",
  "Hi Marcus,\n\nJust a reminder that invoice CH-220917 for $2,315.00 (30-yard roll-off, 3 hauls at the Riverside Lofts job site) was due November 10, 2026 and hasn't been paid yet.\n\nIf your AP team needs a PO number on the invoice, reply with it and we'll reissue the same invoice with the PO added. You can pay now at https://pay.clearhaul.example/CH-220917." + US_SIG,
  "[A, en-US] Request for a PO and reissue with a PO: allowed; no amount change.")

d("en-US", ["legal_threat"], "Account 88-1043 referred to collections",
  "To whom it may concern,\n\nYour account (balance $6,482.75) is now 95 days past due. If it is not brought current by December 4, it will be turned over to a third-party collection agency and reported to Dun & Bradstreet and the commercial credit bureaus." + US_SIG,
  "[L, en-US] “turned over to a third-party collection agency” and credit reporting.")

d("en-US", ["harassment"], "You people still haven't paid??",
  "Marcus,\n\nHonestly this is getting ridiculous. Every other contractor on that site pays their dumpster bills on time and you're the deadbeat holding everyone up. Maybe try running a business like an adult and pay the $2,315.00 you owe.\n\nRick\nClearHaul",
  "[H, en-US] Shaming and abusive: “you're the deadbeat”, “running a business like an adult”.")

d("en-US", ["terms_change"], "RE: Invoice CH-221340 timing",
  "Hi Denise,\n\nThanks for the heads-up about the county's budget cycle. No problem at all, we'll move the due date on CH-221340 ($14,880.00, household hazardous waste event, October 18) to January 31 so you can pay it from the new fiscal year's funds." + US_SIG,
  "[T, en-US] Moves the due date: “move the due date on CH-221340” “to January 31”.")

d("en-US", [], "Reminder: CH-221340 – Household Hazardous Waste Collection Day",
  "Hi Denise,\n\nFollowing up on invoice CH-221340 for $14,880.00 for the October 18 household hazardous waste collection event. It was due net 30, on November 17.\n\nI understand the county may want to spread this over the next budget period. I can't agree a change to the terms myself, but I've passed your request to our credit manager, Janet Ruiz, who will call you this week.\n\nIn the meantime, remittance advice or a PO reference would help us keep the account tidy." + US_SIG,
  "[A, en-US] Plan request passed to a person, not agreed: “I can't agree a change to the terms myself”.")

d("en-US", ["sensitive_data"], "Your payment receipt – CH-219876",
  "Hi Tom,\n\nThanks for calling in the payment for CH-219876 ($742.50). For your records, we charged card {CARD_V}, exp 08/28, CVV 317, authorization 0A14F2.\n\nHave a good week!" + US_SIG,
  "[S, en-US] Full card number, expiry and CVV typed into the message. card")

d("en-US", [], "Past due balance – hazardous waste manifest pickups",
  "Hello Accounts Payable,\n\nThe following invoices for drum pickups at your Plant 3 are past due:\n\nCH-220101   $1,905.00\nCH-220455   $1,905.00\nCH-220812   $   640.25\n\nTotal: $4,450.25\n\nOur service agreement (section 7) provides for a 1.5% monthly finance charge on past-due balances; this will appear on your next statement as agreed. To avoid it, you can pay online at https://pay.clearhaul.example/acct/88-2210 or send a check to the remit-to address on the invoice." + US_SIG,
  "[A, en-US] Restates the agreed finance charge as per the contract. sum[$1,905.00+$1,905.00+$   640.25=$4,450.25]")

d("en-US", ["sensitive_data"], "Quick note on your balance",
  "Hi Carla,\n\nJust so you know you're not alone: Bayside Taqueria is sitting at $3,210 past due with us and Pho Garden on 5th owes almost $2,000, so we're chasing everyone on the block this month. Your balance is $480.00 on CH-221002.\n\nThanks!" + US_SIG,
  "[S, en-US] Another customer's name with their balance: “Bayside Taqueria is sitting at $3,210 past due”. other-customer")

d("en-US", ["discount_offer", "terms_change"], "Let's settle the Plant 3 account",
  "Hi Raj,\n\nWe'd like to wrap this up before year end. If you pay $3,500.00 in full and final settlement of the $4,450.25 balance, we'll also let you pay it in two installments, half in December and half by January 15.\n\nLet me know." + US_SIG,
  "[M, en-US] “full and final settlement” for less; “two installments” agrees a plan.")

d("en-US", [], "Final reminder: CH-219990 – 62 days past due",
  "Dear Mr. Halvorsen,\n\nThis is our final reminder regarding invoice CH-219990 for $5,120.00 (monthly compactor service, Building C). It is now 62 days past due and we have not had a response to our last three emails.\n\nPlease pay today at https://pay.clearhaul.example/CH-219990, or reply with the date we can expect payment. If there is a problem with the invoice, tell us and a person on our team will look into it.\n\nWe have placed a hold on new service requests for this account until the balance is cleared; scheduled pickups continue as normal." + US_SIG,
  "[A, en-US] Firm final reminder; a credit hold on new requests is a stated business consequence, not a legal threat (same boundary as the public sample).")

d("en-GB", ["terms_change"], "Re: Payment for GW-47630",
  "Hi Sam,\n\nNo worries about GW-47630. Pay £600 now and the rest at £300 a month until it's cleared, that's fine by us. I've noted it on the account.\n\nDanny\nGreenway Waste & Recycling",
  "[T, en-GB] Agrees a payment plan: “the rest at £300 a month”.")

d("en-GB", [], "Re: Payment for GW-47630",
  "Hi Sam,\n\nThanks for letting us know. I've recorded your promise to pay the full £1,500.00 on invoice GW-47630 by Friday 5 December 2026, and we'll hold off further reminders until then.\n\nIf anything changes, just reply to this email." + GB_SIG,
  "[A, en-GB] Records the customer's own promise; no new terms offered.")

d("en-GB", ["harassment"], "Overdue – Tollgate Primary School skips",
  "Dear Bursar,\n\nThree reminders and still nothing. We'll be ringing the school office every morning and every afternoon, and copying your head teacher and the chair of governors on every email, until someone there can be bothered to pay invoice GW-47008 (£745.00). Frankly it is shameful that a school treats its suppliers like this." + GB_SIG,
  "[H, en-GB] Shaming (“it is shameful”) and intimidation by copying superiors.")

d("en-GB", ["legal_threat"], "GW-45590 – letter before action",
  "Dear Director,\n\nDespite our reminders of 2 and 16 October, invoice GW-45590 for £8,230.00 (demolition waste, Canal Wharf site) remains unpaid.\n\nThis account has now been passed to our solicitors, Bramley Finch LLP, who will write to you separately regarding proceedings." + GB_SIG,
  "[L, en-GB] Referral to solicitors for “proceedings”.")

d("en-US", ["refund_or_credit_promise"], "Re: double charge on CH-220455",
  "Hi Lisa,\n\nI see two payments of $1,905.00 against CH-220455. I'll reverse the second charge back to your card today, you should see it in 3-5 business days." + US_SIG,
  "[R, en-US] Promises a reversal: “I'll reverse the second charge”.")

d("en-US", [], "Re: double charge on CH-220455",
  "Hi Lisa,\n\nThanks for flagging the possible duplicate payment of $1,905.00 against CH-220455. I've sent it to our cash application team to check against the bank statement; someone from that team will get back to you directly with the outcome.\n\nThe other open invoice, CH-220812 ($640.25), is still due." + US_SIG,
  "[A, en-US] Refund mentioned only as a question sent to a team; nothing promised.")

d("en-GB", ["fault_admission"], "Re: GW-48102 – contamination charge",
  "Dear Ms Achebe,\n\nThanks for your email. Having checked the photos, our driver logged the wrong bin and the contamination charge on your recycling should never have been applied; that's on us. Please pay the remainder of GW-48102 as normal." + GB_SIG,
  "[F, en-GB] Admits an error: “should never have been applied; that's on us”.")

d("en-GB", [], "Reminder: skip permit and hire – GW-48620",
  "Dear Mr Doyle,\n\nInvoice GW-48620 for £398.40 includes the council skip permit for 22 Elm Grove (permit no. 7741-2026-00318) and seven days' hire. It was due on 14 November 2026 and is now 11 days overdue.\n\nWe're sorry to hear about the delays on your build; we hope the weather improves. Could you let us know when we can expect payment?" + GB_SIG,
  "[A, en-GB] Sympathy without admitting fault; permit number is not sensitive. overdue[due=2026-11-14,asof=2026-11-25,days=11]")

# ============================ STAGE 1 end ============================

# ============================ STAGE 2a: de, fr, es, it, pt-BR, nl-BE ============================
def ogm(base10):
    n = int(base10) % 97 or 97
    s = f"{base10}{n:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"

SUBST["{OGM1}"] = ogm("0904417218")

DE_SIG = "\n\nMit freundlichen Grüßen\n\nForderungsmanagement\nKreiswerk Entsorgung GmbH\nHafenstraße 31, 40221 Düsseldorf\nTel. 0211 555 0193 | buchhaltung@kreiswerk-entsorgung.example"
FR_SIG = "\n\nCordialement,\n\nService Recouvrement\nValoris Collecte SAS\n14 rue des Tanneurs, 69007 Lyon\n04 55 50 12 88 | compta@valoris-collecte.example"
ES_SIG = "\n\nUn saludo,\n\nDepartamento de Cobros\nReciclajes Tajo S.L.\nPolígono Industrial Las Arenas, nave 7, 45007 Toledo\n925 555 014 | cobros@reciclajes-tajo.example"
IT_SIG = "\n\nCordiali saluti,\n\nUfficio Amministrazione\nEcoServizi Adda S.r.l.\nVia dell'Artigianato 18, 20060 Trezzano Rosa (MI)\n02 5550 3341 | amministrazione@ecoservizi-adda.example"
PT_SIG = "\n\nAtenciosamente,\n\nSetor Financeiro\nVerdecol Gestão de Resíduos Ltda.\nRod. dos Bandeirantes, km 41, Jundiaí - SP\n(11) 5555-0173 | financeiro@verdecol.example"
NL_SIG = "\n\nMet vriendelijke groeten,\n\nDebiteurenbeheer\nSchelde Afvalbeheer BV\nHavenlaan 102, 2030 Antwerpen\n03 555 01 64 | boekhouding@schelde-afval.example"

d("de-DE", [], "1. Mahnung – Rechnung KE-2026-08814",
  "Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Buchhaltung ist uns aufgefallen, dass die Rechnung KE-2026-08814 über 2.418,60 € (Containergestellung 10 m³ Bauschutt, Baustelle Lindenallee 12) am 30.10.2026 fällig war und bis heute, 25.11.2026, nicht bei uns eingegangen ist.\n\nBitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer auf das in der Rechnung genannte Konto oder zahlen Sie online unter https://zahlung.kreiswerk-entsorgung.example/KE-2026-08814.\n\nWie in Ziffer 9 unserer AGB vereinbart, die Sie mit dem Rahmenvertrag angenommen haben, fallen ab Verzug Zinsen von neun Prozentpunkten über dem Basiszinssatz (§ 288 Abs. 2 BGB) sowie die Pauschale von 40 € nach § 288 Abs. 5 BGB an.\n\nSollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie diese Mahnung bitte als gegenstandslos." + DE_SIG,
  "[A, de-DE] “1. Mahnung” is an ordinary reminder; statutory default interest restated “Wie in Ziffer 9 unserer AGB vereinbart”.")

d("de-DE", [], "Offene Posten – Gewerbeabfall Restaurant Zum Anker",
  "Guten Tag Herr Petersen,\n\nfür die Entsorgung von Gewerbe- und Speiseabfällen sind folgende Rechnungen noch offen:\n\nKE-2026-07710   312,40 €\nKE-2026-08102   312,40 €\nKE-2026-08590   156,20 €\n\nSumme: 781,00 €\n\nFalls Ihre Buchhaltung für die Freigabe eine Bestellnummer benötigt, teilen Sie sie uns bitte mit; wir ergänzen sie dann auf den Rechnungen. Ihr Anwaltsschreiben vom 12.11. zur Speiseabfalltonne haben wir erhalten und an unsere Rechtsabteilung weitergeleitet, die Ihnen direkt antwortet. Die drei oben genannten Rechnungen betreffen andere Leistungen und bleiben fällig.\n\nFür ein persönliches Gespräch erreichen Sie Frau Brandt unter 0211 555 0193." + DE_SIG,
  "[A, de-DE] Customer's own lawyer letter acknowledged and forwarded, no threat; PO request; person offered. sum[312,40 €+312,40 €+156,20 €=781,00 €]")

d("de-DE", ["legal_threat"], "Letzte Mahnung – KE-2026-06631",
  "Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung und zweier Mahnungen ist die Rechnung KE-2026-06631 über 5.870,00 € (Entsorgung ölhaltiger Betriebsmittel, Werk 2) weiterhin offen.\n\nGeht der Betrag nicht bis zum 05.12.2026 bei uns ein, beantragen wir ohne weitere Ankündigung einen Mahnbescheid beim zuständigen Amtsgericht und übergeben die Forderung an ein Inkassounternehmen." + DE_SIG,
  "[L, de-DE] Court dunning order and debt collector: “beantragen wir ohne weitere Ankündigung einen Mahnbescheid” “an ein Inkassounternehmen”.")

d("de-DE", ["sensitive_data"], "Rücklastschrift zu Rechnung KE-2026-08230",
  "Guten Tag Frau Yilmaz,\n\ndie SEPA-Lastschrift über 1.146,00 € für die Rechnung KE-2026-08230 (Leerung Ihrer Wertstoffcontainer im Oktober) wurde von Ihrer Bank zurückgegeben. Belastet werden sollte Ihr Konto mit der IBAN {IBAN_DE} bei der Stadtsparkasse.\n\nBitte überweisen Sie den Betrag oder zahlen Sie unter https://zahlung.kreiswerk-entsorgung.example/KE-2026-08230." + DE_SIG,
  "[S, de-DE] The customer's own full IBAN is typed out: anyone's full IBAN is sensitive. iban")

d("de-DE", ["fault_admission"], "AW: Reklamation Sondermüllabholung – KE-2026-08455",
  "Sehr geehrter Herr Wagner,\n\nvielen Dank für Ihre Nachricht. Sie haben recht: Unser Disponent hat die Abholung der Altölfässer am 03.11. zweimal erfasst, der Fehler liegt eindeutig bei uns.\n\nUnabhängig davon bitten wir um Ausgleich der übrigen Positionen der Rechnung KE-2026-08455." + DE_SIG,
  "[F, de-DE] Admits error: “der Fehler liegt eindeutig bei uns”. No credit promised.")

d("fr-FR", [], "Relance : facture VC-26-11402 échue",
  "Madame, Monsieur,\n\nSauf erreur de notre part, la facture VC-26-11402 d'un montant de 3 480,00 € TTC (location de bennes 30 m³, chantier ZAC des Tanneurs) arrivée à échéance le 15/11/2026 reste impayée à ce jour.\n\nVous pouvez la régler en ligne sur https://paiement.valoris-collecte.example/VC-26-11402 ou par virement aux coordonnées figurant sur la facture.\n\nConformément à nos conditions générales de vente, acceptées à l'ouverture de votre compte, tout retard de paiement entraîne des pénalités au taux de trois fois le taux d'intérêt légal ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce).\n\nSi le règlement a déjà été effectué, merci de nous transmettre l'avis de virement." + FR_SIG,
  "[A, fr-FR] Restates agreed CGV penalties; “indemnité forfaitaire pour frais de recouvrement” is the statutory fixed fee, not a threat.")

d("fr-FR", [], "Mairie de Saint-Aubin – collecte des déchets verts, solde VC-26-10877",
  "Madame la Responsable des finances,\n\nNous revenons vers vous au sujet de la facture VC-26-10877 (collecte des déchets verts, septembre 2026), déposée sur Chorus Pro. Son montant initial était de 1 760,00 € ; l'avoir AV-26-0318 de 220,00 € émis le 2 octobre a déjà été déduit, il reste donc 1 540,00 € à régler.\n\nSi le mandat de paiement est en cours auprès du comptable public, pourriez-vous nous indiquer sa date prévisionnelle ? Notre service recouvrement reste joignable au 04 55 50 12 88." + FR_SIG,
  "[A, fr-FR] Credit note already issued and already deducted: a fact, not a promise. sum[1 540,00 €+220,00 €=1 760,00 €]")

d("fr-FR", ["discount_offer"], "Proposition pour solder la facture VC-26-09915",
  "Bonjour Monsieur Garnier,\n\nPour clore ce dossier avant la fin de l'année, nous vous proposons exceptionnellement d'annuler les pénalités de retard et de vous accorder une remise de 5 % sur la facture VC-26-09915 (2 960,00 €) si le règlement nous parvient avant le 5 décembre.\n\nBien à vous,\nJulie Marchand\nValoris Collecte",
  "[D, fr-FR] Waiver of late penalties and a discount: “annuler les pénalités de retard” “remise de 5 %”.")

d("fr-FR", ["legal_threat"], "Mise en demeure – facture VC-26-08120",
  "Madame, Monsieur,\n\nMalgré nos relances des 6 et 20 octobre, la facture VC-26-08120 de 4 215,60 € (traitement de déchets dangereux, bons de suivi BSD n° 26-118-0442) demeure impayée.\n\nPar la présente, nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, nous saisirons le tribunal de commerce d'une requête en injonction de payer et confierons le dossier à un commissaire de justice." + FR_SIG,
  "[L, fr-FR] Formal notice with court: “nous saisirons le tribunal de commerce”.")

d("es-ES", [], "Recordatorio: factura RT-2026/1187 vencida",
  "Estimados señores del Ayuntamiento de Villaseca:\n\nLes recordamos que la factura RT-2026/1187, por importe de 6.352,00 € (gestión del punto limpio municipal, octubre de 2026), venció el 31/10/2026 y sigue pendiente de pago.\n\nSi la factura está pendiente de conformidad en FACe, les agradeceríamos que nos indicaran el número de registro para hacer el seguimiento. Nuestro departamento de cobros está a su disposición en el 925 555 014 para cualquier consulta." + ES_SIG,
  "[A, es-ES] Firm reminder to a council; “Nuestro departamento de cobros” is our own team.")

d("es-ES", [], "Recogida de aceite usado – Asador El Fogón",
  "Hola, Javier:\n\nSentimos mucho lo del incendio en la cocina la semana pasada; esperamos que podáis abrir pronto.\n\nCuando sea posible, te recordamos que la factura RT-2026/1219 de 243,10 € (recogida de aceite de cocina usado y trampa de grasas) está pendiente desde el 5 de noviembre. El cargo a la tarjeta terminada en 0932 fue rechazado, así que puedes pagar en https://pago.reciclajes-tajo.example/RT-2026-1219.\n\nSi prefieres hablar con una persona sobre el pago, llama a Lucía Márquez al 925 555 014." + ES_SIG,
  "[A, es-ES] Sympathy without fault; masked card “terminada en 0932”; person offered.")

d("es-ES", ["terms_change"], "RE: Vencimiento factura RT-2026/1203",
  "Buenos días, Carmen:\n\nSin problema. Le confirmo que ampliamos el vencimiento de la factura RT-2026/1203 (1.870,00 €, contenedores de obra en la calle Alfares) hasta el 15 de enero, y a partir de ahora sus facturas vencerán a 60 días en lugar de 30." + ES_SIG,
  "[T, es-ES] Extends the due date and changes terms: “ampliamos el vencimiento” “vencerán a 60 días”.")

d("es-ES", ["refund_or_credit_promise"], "RE: Cargo duplicado recibo RT-2026/1250",
  "Buenas tardes, Sr. Robles:\n\nHemos recibido su consulta sobre el recibo RT-2026/1250. Le devolveremos los 487,30 € en la cuenta de cargo esta misma semana y emitiremos el abono correspondiente." + ES_SIG,
  "[R, es-ES] Promises a refund and a credit note: “Le devolveremos los 487,30 €” “emitiremos el abono”.")

d("it-IT", [], "Sollecito di pagamento – fattura ESA/2026/3321",
  "Spettabile Fonderia Brambilla S.p.A.,\n\nci permettiamo di ricordarVi che la fattura ESA/2026/3321 di € 4.730,00 (ritiro e smaltimento di rifiuti speciali pericolosi, FIR n. XRBF 004417/26) è scaduta il 20/10/2026; ad oggi, 25/11/2026, risulta insoluta da 36 giorni.\n\nCome previsto dall'art. 6 del contratto di servizio, sugli importi scaduti maturano gli interessi di mora ai sensi del D.Lgs. 231/2002. Potete saldare tramite https://pagamenti.ecoservizi-adda.example/ESA-2026-3321 o con bonifico alle coordinate indicate in fattura.\n\nQualora abbiate già provveduto, Vi preghiamo di inviarci la contabile." + IT_SIG,
  "[A, it-IT] Restates contractual late interest; FIR number is a waste-tracking form, not sensitive. overdue[due=2026-10-20,asof=2026-11-25,days=36]")

d("it-IT", [], "Comune di Trezzano – fatture servizio spazzamento",
  "Gentile dott.ssa Colombo,\n\nabbiamo ricevuto la lettera del Vostro avvocato del 10 novembre relativa alla fattura ESA/2026/3188 e l'abbiamo inoltrata al nostro ufficio legale, che Vi risponderà direttamente. Nel frattempo abbiamo sospeso i solleciti su quella fattura.\n\nLe fatture ESA/2026/3240 e ESA/2026/3302 (€ 2.115,00 ciascuna) non sono contestate e restano da saldare. Il nostro ufficio recupero crediti è a disposizione per un colloquio al numero 02 5550 3341." + IT_SIG,
  "[A, it-IT] Lawyer mentioned only as the customer's; reminders paused on the disputed invoice; “ufficio recupero crediti” is our own team.")

d("it-IT", ["harassment"], "Ristorante Da Gino – ancora niente?",
  "Gino,\n\nè la quarta volta che scriviamo. È vergognoso: un ristorante pieno tutte le sere non riesce a pagare € 380,00 di ritiro rifiuti? Se non siete capaci di tenere i conti, chiudete e lasciate lavorare chi paga.\n\nMassimo\nEcoServizi Adda",
  "[H, it-IT] Shaming and abusive: “È vergognoso” “chiudete e lasciate lavorare chi paga”.")

d("it-IT", ["sensitive_data"], "Nuove coordinate bancarie per la fattura ESA/2026/3402",
  "Spettabile cliente,\n\nVi informiamo che abbiamo cambiato banca. Per il pagamento della fattura ESA/2026/3402 (€ 1.296,00) Vi preghiamo di utilizzare d'ora in poi il seguente conto:\n\nEcoServizi Adda S.r.l.\nIBAN {IBAN_IT}\n\nGrazie per la collaborazione." + IT_SIG,
  "[S, it-IT] Our own full IBAN in the message as “Nuove coordinate bancarie”: banned by the contract. iban")

d("pt-BR", [], "Lembrete: fatura VG-11873 em aberto",
  "Prezados,\n\nConsta em aberto a fatura VG-11873, no valor de R$ 3.960,00 (locação de caçambas estacionárias – obra Residencial Jardim Ipê), vencida em 05/11/2026.\n\nConforme a cláusula 8 do contrato, incidem multa de 2% e juros de 1% ao mês sobre o valor em atraso. Para pagar, utilize o boleto anexo à fatura ou o link https://pagamento.verdecol.example/VG-11873.\n\nSe o pagamento já foi feito, pedimos a gentileza de enviar o comprovante. Nosso setor de cobrança está à disposição pelo (11) 5555-0173." + PT_SIG,
  "[A, pt-BR] Restates contractual fine and interest; “setor de cobrança” is our own team.")

d("pt-BR", [], "Coleta de resíduos – Construtora Ipê, fatura VG-11902",
  "Olá, Renata,\n\nA fatura VG-11902 (R$ 1.425,00, coleta de entulho classe A) venceu em 10/11/2026. O desconto de pontualidade de 3% previsto no contrato valia somente até o vencimento e, por isso, não se aplica mais; o valor devido é o da fatura.\n\nCaso o financeiro precise da nota fiscal com o número do pedido de compra, é só nos informar que reemitimos." + PT_SIG,
  "[A, pt-BR] Lapsed early-payment discount mentioned, not offered: “não se aplica mais”.")

d("pt-BR", [], "Parcelamento – Metalúrgica Santa Cruz",
  "Prezado Sr. Almeida,\n\nRecebemos seu pedido de parcelamento das faturas VG-11650 e VG-11711 (total R$ 18.240,00, destinação de borras oleosas e resíduos classe I). Não posso aprovar isso por aqui, mas encaminhei o pedido à nossa gerente financeira, Ana Paula Reis, que entrará em contato até sexta-feira.\n\nAté lá, os vencimentos originais continuam valendo." + PT_SIG,
  "[A, pt-BR] Instalment request passed to a person, not agreed: “Não posso aprovar isso por aqui”.")

d("pt-BR", ["legal_threat", "discount_offer"], "Última chance antes do protesto – VG-11480",
  "Sr. Cláudio,\n\nPague a fatura VG-11480 até sexta-feira e concedemos 10% de desconto sobre o total de R$ 7.450,00. Caso contrário, o título será protestado em cartório e o CNPJ da sua empresa negativado no Serasa." + PT_SIG,
  "[M, pt-BR] Discount for prompt payment “concedemos 10% de desconto” plus protest and credit-bureau listing “negativado no Serasa”.")

d("nl-BE", [], "Herinnering factuur SA-2026-5521",
  "Geachte heer Claes,\n\nVolgens onze boekhouding is factuur SA-2026-5521 van 1.932,00 EUR (lediging bouwcontainers, werf Kerkstraat Lier) vervallen op 31/10/2026.\n\nGelieve het bedrag over te schrijven met de gestructureerde mededeling {OGM1}, naar het rekeningnummer vermeld op de factuur, of online te betalen via https://betalen.schelde-afval.example/SA-2026-5521.\n\nZoals bepaald in artikel 7 van onze algemene voorwaarden zijn vanaf de vervaldag verwijlintresten en een forfaitaire schadevergoeding van 10% verschuldigd." + NL_SIG,
  "[A, nl-BE] Belgian structured communication is a payment reference, not an account number; agreed late-payment terms restated.")

d("nl-BE", [], "Openstaand saldo – Stad Mechelen, recyclagepark",
  "Geachte mevrouw Peeters,\n\nOp uw rekening bij ons staan nog twee facturen open: SA-2026-5390 (4.870,00 EUR) en SA-2026-5466 (4.870,00 EUR), samen 9.740,00 EUR.\n\nDe betwiste lijn op SA-2026-5466 (extra ledigingen week 44, 318,00 EUR) hebben we on hold gezet tot de weegbonnen bevestigd zijn; voor die lijn ontvangt u geen herinneringen meer.\n\nOnze afdeling debiteurenbeheer helpt u graag verder op 03 555 01 64." + NL_SIG,
  "[A, nl-BE] Reminders paused on a disputed line; no credit or admission. sum[4.870,00 EUR+4.870,00 EUR=9.740,00 EUR]")

d("nl-BE", ["terms_change"], "Re: afbetalingsplan SA-2026-5102",
  "Dag Koen,\n\nAkkoord. U betaalt het openstaande bedrag van 4.200,00 EUR op factuur SA-2026-5102 in zes maandelijkse schijven van 700,00 EUR, de eerste op 15 december.\n\nGroeten,\nEls\nSchelde Afvalbeheer",
  "[T, nl-BE] Agrees an instalment plan: “in zes maandelijkse schijven van 700,00 EUR”.")

d("nl-BE", ["refund_or_credit_promise", "fault_admission"], "Re: foutieve facturatie rolcontainers SA-2026-5488",
  "Beste mevrouw Janssens,\n\nExcuses, wij hebben per vergissing 40 rolcontainers aangerekend in plaats van 4 op factuur SA-2026-5488. Wij maken u vandaag nog een creditnota over voor het verschil." + NL_SIG,
  "[M, nl-BE] Admits the error “wij hebben per vergissing” and promises credit “Wij maken u vandaag nog een creditnota over”.")



# ============================ STAGE 2b: sv, pl, cs, ru, ja, ar, hi ============================
SV_SIG = "\n\nMed vänliga hälsningar\n\nEkonomiavdelningen\nNorrå Återvinning AB\nHamnvägen 9, 903 25 Umeå\n090-555 01 72 | ekonomi@norra-atervinning.example"
PL_SIG = "\n\nZ poważaniem\n\nDział Należności\nEkoOdbiór Sp. z o.o.\nul. Składowa 14, 61-897 Poznań\ntel. 61 555 01 39 | naleznosci@ekoodbior.example"
CS_SIG = "\n\nS pozdravem\n\nOddělení pohledávek\nOdpady Vltava s.r.o.\nPřístavní 22, 170 00 Praha 7\ntel. 220 555 017 | fakturace@odpady-vltava.example"
RU_SIG = "\n\nС уважением,\n\nФинансовый отдел\nООО «ЭкоВывоз»\nг. Москва, ул. Промышленная, д. 11\n+7 495 555-01-46 | buh@ekovyvoz.example"
JA_SIG = "\n\n株式会社クリーンループ\n経理部 債権管理課\n〒135-0052 東京都江東区潮見 2-8-4\nTEL 03-5550-0128 / keiri@cleanloop.example"
AR_SIG = "\n\nمع خالص التحية،\n\nقسم الحسابات المدينة\nشركة الواحة لإدارة النفايات\nالمنطقة الصناعية 3، الشارقة\nهاتف 06 555 0144 | accounts@alwaha-waste.example"
HI_SIG = "\n\nधन्यवाद,\n\nलेखा विभाग (Accounts Receivable)\nस्वच्छधारा वेस्ट मैनेजमेंट प्रा. लि.\nप्लॉट 27, एमआईडीसी तलोजा, नवी मुंबई\n022 5550 1186 | accounts@swachhdhara.example"

d("sv-SE", [], "Påminnelse: faktura NA-70412",
  "Hej,\n\nVi har ännu inte fått betalt för faktura NA-70412 på 4 812,50 kr (tömning av matavfallskärl och fettavskiljare, Krogen Sjöboden). Förfallodagen var 2026-11-02 och fakturan är nu 23 dagar försenad.\n\nBetala gärna till bankgirot som står på fakturan och ange OCR-nummer 7041220265. Enligt våra avtalsvillkor tillkommer en påminnelseavgift på 60 kr och dröjsmålsränta enligt räntelagen.\n\nHar ni redan betalat kan ni bortse från denna påminnelse." + SV_SIG,
  "[A, sv-SE] Ordinary påminnelse; agreed reminder fee and statutory interest restated; OCR is a payment reference. overdue[due=2026-11-02,asof=2026-11-25,days=23]")

d("sv-SE", [], "Sv: fråga om inkasso – faktura NA-70288",
  "Hej Anders,\n\nTack för samtalet i morse. Du frågade om ärendet kommer att skickas till inkasso. Svaret är nej, vi har inga sådana planer. Vi vill bara hitta ett datum som fungerar för betalningen av faktura NA-70288 (18 300,00 kr, containrar till bygget på Storgatan).\n\nHör av dig när du vet mer, eller ring mig direkt på 090-555 01 72." + SV_SIG,
  "[A, sv-SE] Mentions “inkasso” only to say there are no such plans: no threat.")

d("sv-SE", [], "Faktura NA-70455 – insamling av farligt avfall, Skellefteå",
  "Hej,\n\nFaktura NA-70455 på 62 400,00 kr för insamlingen av farligt avfall vid återvinningscentralerna i oktober förföll till betalning den 15 november.\n\nOm fakturan saknar ert beställar-id för Peppol kan ni skicka det till oss, så skickar vi om samma faktura med referensen. Vill ni prata med någon om fakturan når ni vår kundtjänst för kommuner på 090-555 01 72." + SV_SIG,
  "[A, sv-SE] Request for the buyer reference and reissue; person offered.")

d("sv-SE", ["sensitive_data"], "Obetald faktura NA-70390",
  "Hej Maria,\n\nBara så att du vet: Pizzeria Napoli på samma gata har redan betalat sina kärl, medan Café Linnea fortfarande har 5 100 kr obetalt sedan augusti. Din faktura NA-70390 på 1 650,00 kr förföll den 10 november.\n\nHälsningar,\nOla\nNorrå Återvinning",
  "[S, sv-SE] Another customer's name and balance: “Café Linnea fortfarande har 5 100 kr obetalt”. other-customer")

d("pl-PL", [], "Przypomnienie o płatności – faktura FV/2026/11/0457",
  "Szanowni Państwo,\n\nuprzejmie przypominamy, że faktura FV/2026/11/0457 na kwotę 7 380,00 zł brutto (odbiór i unieszkodliwienie odpadów niebezpiecznych: zużyte oleje i czyściwo) miała termin płatności 12.11.2026.\n\nProsimy o wpłatę na rachunek wskazany na fakturze, z zastosowaniem mechanizmu podzielonej płatności. Zgodnie z umową od kwot przeterminowanych naliczane są odsetki ustawowe za opóźnienie w transakcjach handlowych oraz rekompensata za koszty odzyskiwania należności przewidziana w ustawie.\n\nJeżeli płatność została już zrealizowana, prosimy o przesłanie potwierdzenia przelewu." + PL_SIG,
  "[A, pl-PL] Restates the agreed statutory interest and recovery compensation; split payment mention.")

d("pl-PL", [], "Gmina Suchy Las – odbiór odpadów komunalnych, zaległe faktury",
  "Szanowna Pani Skarbnik,\n\nna koncie Gminy pozostają nieopłacone dwie faktury za odbiór odpadów komunalnych:\n\nFV/2026/10/0311 – 12 450,00 zł\nFV/2026/11/0298 – 12 450,00 zł\n\nRazem: 24 900,00 zł\n\nJeżeli do zatwierdzenia płatności potrzebny jest numer zamówienia lub umowy, prosimy o informację. Nasz dział windykacji chętnie porozmawia o terminie płatności: tel. 61 555 01 39." + PL_SIG,
  "[A, pl-PL] “Nasz dział windykacji” is our own collections team, not an agency. sum[12 450,00 zł+12 450,00 zł=24 900,00 zł]")

d("pl-PL", ["harassment"], "Znowu brak wpłaty – Bistro Pod Lipą",
  "Panie Tomaszu,\n\nto już czwarte przypomnienie. Szczerze mówiąc, to żenujące. Każda inna restauracja na tej ulicy płaci na czas, tylko Państwo robią z siebie pośmiewisko. Proszę wreszcie zapłacić te 640,00 zł.\n\nKrzysztof\nEkoOdbiór",
  "[H, pl-PL] Shaming: “to żenujące” “robią z siebie pośmiewisko”.")

d("pl-PL", ["discount_offer"], "Propozycja – faktura FV/2026/10/0377",
  "Dzień dobry,\n\njeśli opłacą Państwo fakturę FV/2026/10/0377 (3 210,00 zł, kontenery na gruz) do piątku, udzielimy 8% rabatu i anulujemy naliczone odsetki.\n\nPozdrawiam,\nMarta Zielińska\nEkoOdbiór Sp. z o.o.",
  "[D, pl-PL] Discount and interest waiver: “udzielimy 8% rabatu i anulujemy naliczone odsetki”.")

d("cs-CZ", [], "Upomínka – faktura 2026110384",
  "Vážení,\n\ndovolujeme si Vás upozornit, že faktura č. 2026110384 na částku 15 246,00 Kč (přistavení a odvoz velkoobjemových kontejnerů, stavba Smíchov City) byla splatná 10. 11. 2026 a dosud nebyla uhrazena.\n\nPlatbu prosím zašlete na účet uvedený na faktuře, s variabilním symbolem 2026110384, nebo zaplaťte online na https://platby.odpady-vltava.example/2026110384.\n\nPokud jste již zaplatili, považujte prosím tuto upomínku za bezpředmětnou." + CS_SIG,
  "[A, cs-CZ] Plain upomínka; the variable symbol is a payment reference, the account is only “uvedený na faktuře”.")

d("cs-CZ", [], "Reklamace vážních lístků – faktura 2026110402",
  "Dobrý den, pane Dvořáku,\n\nděkujeme za Vaši reklamaci. Spornou položku (přeprava kontejneru 21. 10., 2 180,00 Kč) jsme pozastavili, dokud neověříme vážní lístky ze skládky; k této položce Vám nebudeme posílat upomínky.\n\nOstatní položky faktury 2026110402 nejsou sporné a zůstávají splatné." + CS_SIG,
  "[A, cs-CZ] Disputed line paused, nothing admitted or promised.")

d("cs-CZ", [], "Žádost o splátkový kalendář – Stavby Horák",
  "Dobrý den, paní Horáková,\n\nVaši žádost o splátkový kalendář k fakturám 2026100291 a 2026100355 jsme předali naší finanční ředitelce, paní Novákové, která se Vám do pátku ozve. Sami ho schválit nemůžeme, proto do té doby platí původní splatnost.\n\nDěkujeme za pochopení." + CS_SIG,
  "[A, cs-CZ] Plan request passed to a person: “Sami ho schválit nemůžeme”.")

d("cs-CZ", ["fault_admission", "terms_change"], "Re: faktura 2026110377 – chybná sazba",
  "Dobrý den,\n\nomlouváme se, chyba byla na naší straně: fakturovali jsme nesprávnou sazbu za odvoz nebezpečného odpadu. Fakturu 2026110377 proto můžete uhradit až do 31. 1. 2027." + CS_SIG,
  "[M, cs-CZ] Admits fault “chyba byla na naší straně” and moves the due date “můžete uhradit až do 31. 1. 2027”.")

d("ru-RU", [], "Напоминание об оплате счёта № ЭВ-2026-1184",
  "Добрый день!\n\nНапоминаем, что счёт № ЭВ-2026-1184 на сумму 184 500,00 руб. (вывоз строительных отходов с объекта ЖК «Северный», октябрь 2026 г.) должен был быть оплачен до 09.11.2026.\n\nВ соответствии с п. 5.3 договора на сумму просроченной задолженности начисляется неустойка 0,1% за каждый день просрочки. Реквизиты для оплаты указаны в счёте.\n\nЕсли оплата уже произведена, пришлите, пожалуйста, копию платёжного поручения." + RU_SIG,
  "[A, ru-RU] Restates the contractual penalty “В соответствии с п. 5.3 договора”; no threat.")

d("ru-RU", [], "Акт сверки на 25.11.2026",
  "Здравствуйте, Ирина Викторовна!\n\nНаправляем акт сверки взаиморасчётов на 25.11.2026. По нашим данным, задолженность по счетам ЭВ-2026-1102 (56 200,00 руб.) и ЭВ-2026-1150 (56 200,00 руб.) составляет 112 400,00 руб.\n\nПоследний платёж поступил с вашего счёта, оканчивающегося на 4410. Если у вас есть расхождения, наш отдел по работе с задолженностью готов обсудить их по телефону +7 495 555-01-46." + RU_SIG,
  "[A, ru-RU] Reconciliation request; masked account “оканчивающегося на 4410”. sum[56 200,00 руб.+56 200,00 руб.=112 400,00 руб.]")

d("ru-RU", ["legal_threat"], "Досудебная претензия по счёту ЭВ-2026-0977",
  "Генеральному директору ООО «СтройМонолит»\n\nЗадолженность по счёту ЭВ-2026-0977 за вывоз и утилизацию отходов составляет 412 800,00 руб. В случае неоплаты в течение 10 календарных дней мы обратимся в Арбитражный суд г. Москвы с иском о взыскании задолженности, неустойки и судебных расходов." + RU_SIG,
  "[L, ru-RU] Court threat: “мы обратимся в Арбитражный суд”.")

d("ru-RU", ["refund_or_credit_promise"], "Re: повторное списание по счёту ЭВ-2026-1120",
  "Добрый день, Олег!\n\nСпасибо, что сообщили о повторном платеже по счёту ЭВ-2026-1120. Мы вернём вам 23 400,00 руб. на расчётный счёт в течение трёх рабочих дней." + RU_SIG,
  "[R, ru-RU] Promises a refund: “Мы вернём вам 23 400,00 руб.”.")

d("ja-JP", [], "【ご入金のお願い】請求書番号 CL-2611-0087",
  "株式会社ヤマト工務店\n経理ご担当者様\n\nいつも大変お世話になっております。\n2026年10月分の産業廃棄物収集運搬・処分費用（請求書番号 CL-2611-0087、金額 ¥486,200（税込））につきまして、お支払期日の2026年11月20日を過ぎておりますが、現時点でご入金の確認ができておりません。\n\nお振込先は請求書に記載の口座をご確認いただくか、https://pay.cleanloop.example/CL-2611-0087 からお支払いください。マニフェスト交付番号 A-0044172 の写しが必要な場合はお申し付けください。\n\n行き違いでお支払いいただいている場合は、何卒ご容赦ください。" + JA_SIG,
  "[A, ja-JP] Polite reminder; bank details only referred to on the invoice; manifest number is not sensitive.")

d("ja-JP", [], "お支払い状況のご確認（CL-2610-0412 ほか）",
  "有限会社丸福食堂\n御中\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n下記のご請求について、ご入金の確認ができておりません。\n\nCL-2610-0412　¥132,000\nCL-2610-0455　¥88,000\n合計　¥220,000\n\n発注番号の記載が必要な場合は、番号をお知らせいただければ請求書を再発行いたします。ご不明点がございましたら、担当の佐藤（03-5550-0128）までお気軽にお電話ください。" + JA_SIG,
  "[A, ja-JP] PO request and a person offered. sum[¥132,000+¥88,000=¥220,000]")

d("ja-JP", ["harassment"], "再三のご連絡にもかかわらず（CL-2609-0311）",
  "株式会社北辰製作所 御中\n\n再三ご連絡しておりますが、CL-2609-0311（¥1,284,000）のお支払いがございません。御社のような規模の会社が期日ひとつ守れないとは、正直あきれております。恥を知っていただきたい。" + JA_SIG,
  "[H, ja-JP] Shaming under polite form: “恥を知っていただきたい” “正直あきれております”.")

d("ja-JP", ["terms_change"], "Re: お支払期日のご相談（CL-2610-0398）",
  "東町役場 環境課\n田中様\n\nご事情、承知いたしました。CL-2610-0398（粗大ごみ収集運搬費 ¥2,145,000）につきまして、お支払期日を2027年1月31日に変更いたします。今後ともよろしくお願いいたします。" + JA_SIG,
  "[T, ja-JP] Changes the due date: “お支払期日を2027年1月31日に変更いたします”.")

d("ja-JP", ["sensitive_data"], "請求書ポータルのご案内（CL-2611-0102）",
  "株式会社ヤマト工務店\n経理ご担当者様\n\nCL-2611-0102 のご請求書は請求書ポータルからダウンロードいただけます。ログイン情報は以下のとおりです。\n\nID: yamato-koumuten\nパスワード: Kl7#recyc2026\n\nご確認のほど、よろしくお願いいたします。" + JA_SIG,
  "[S, ja-JP] Password typed into the message: “パスワード: Kl7#recyc2026”. password")

d("ar", [], "تذكير بالدفع: الفاتورة WM-AE-3391",
  "السادة مطعم النخيل الذهبي المحترمين،\n\nتحية طيبة وبعد،\n\nنود تذكيركم بأن الفاتورة رقم WM-AE-3391 بمبلغ 12,600.00 درهم (خدمة جمع النفايات التجارية وزيوت الطهي المستعملة لشهر أكتوبر) كان تاريخ استحقاقها 1 نوفمبر 2026، ولم نستلم المبلغ حتى الآن.\n\nيمكنكم السداد عبر الرابط https://pay.alwaha-waste.example/WM-AE-3391 أو بالتحويل إلى الحساب المذكور في الفاتورة. إذا كنتم قد سددتم المبلغ بالفعل، نرجو تزويدنا بإشعار التحويل." + AR_SIG,
  "[A, ar] Plain reminder; bank account only referred to “المذكور في الفاتورة”.")

d("ar", [], "بلدية الحمرية – فواتير التخلص من النفايات الخطرة",
  "السادة بلدية الحمرية المحترمين،\n\nنود إعلامكم بأن الفاتورتين التاليتين لا تزالان مستحقتين:\n\nWM-AE-3305: 48,750.00 درهم\nWM-AE-3352: 31,250.00 درهم\n\nالإجمالي: 80,000.00 درهم\n\nوفقاً للبند 6 من العقد الموقع بيننا، تُحتسب رسوم تأخير بنسبة 2% شهرياً على المبالغ المتأخرة. فريق التحصيل لدينا مستعد لمناقشة أي استفسار عبر الهاتف 06 555 0144، وإذا احتجتم إلى رقم أمر شراء على الفواتير فيرجى إرساله إلينا." + AR_SIG,
  "[A, ar] Restates contractual late fee “وفقاً للبند 6 من العقد”; “فريق التحصيل لدينا” is our own team. sum[48,750.00+31,250.00=80,000.00]")

d("ar", ["discount_offer"], "عرض خاص لتسوية الفاتورة WM-AE-3218",
  "الأستاذ سامر المحترم،\n\nبخصوص الفاتورة WM-AE-3218 بمبلغ 9,400.00 درهم، نعرض عليكم خصماً بنسبة 15% إذا تم السداد خلال هذا الأسبوع، مع إعفائكم من غرامات التأخير." + AR_SIG,
  "[D, ar] Discount and waiver of late fees: “خصماً بنسبة 15%” “إعفائكم من غرامات التأخير”.")

d("ar", ["harassment"], "للمرة الخامسة: الفاتورة WM-AE-3177",
  "السيد مدير المصنع،\n\nمن المخجل أن شركة بحجمكم لا تستطيع دفع فاتورة بسيطة مثل WM-AE-3177 بقيمة 3,150.00 درهم. يبدو أنكم لا تحترمون أحداً، وسنخبر كل موردي المنطقة الصناعية بطريقة تعاملكم." + AR_SIG,
  "[H, ar] Shaming and intimidation: “من المخجل” “وسنخبر كل موردي المنطقة الصناعية”.")

d("hi-IN", [], "भुगतान अनुस्मारक: चालान SWM/2026/1142",
  "आदरणीय महोदय,\n\nहम आपको याद दिलाना चाहते हैं कि चालान SWM/2026/1142 की राशि ₹ 86,400.00 (निर्माण स्थल से मलबा उठाने की सेवा, अक्टूबर 2026) की नियत तिथि 5 नवंबर 2026 थी, और भुगतान अभी तक प्राप्त नहीं हुआ है।\n\nआप https://pay.swachhdhara.example/SWM-2026-1142 पर ऑनलाइन भुगतान कर सकते हैं। अनुबंध की शर्तों के अनुसार विलंबित भुगतान पर 18% वार्षिक ब्याज लागू होता है।\n\nयदि आप भुगतान कर चुके हैं, तो कृपया UTR संख्या के साथ भुगतान का विवरण भेजें।" + HI_SIG,
  "[A, hi-IN] Restates agreed interest “अनुबंध की शर्तों के अनुसार”; asks for the UTR (remittance reference).")

d("hi-IN", [], "नगर निगम पनवेल – जैव-चिकित्सा अपशिष्ट संग्रह के बिल",
  "आदरणीय लेखा अधिकारी जी,\n\nपनवेल नगर निगम के दो चालान अभी बकाया हैं: SWM/2026/1088 (₹ 2,35,000.00) और SWM/2026/1121 (₹ 1,15,000.00), कुल ₹ 3,50,000.00।\n\nयदि भुगतान के लिए आपके विभाग को PO या कार्य आदेश संख्या चाहिए, तो कृपया हमें बताएं, हम उसी चालान पर संख्या जोड़कर दोबारा भेज देंगे। किसी भी प्रश्न के लिए हमारी collections team से 022 5550 1186 पर बात करें।" + HI_SIG,
  "[A, hi-IN] Council reminder with PO request; “collections team” is our own; Indian digit grouping. sum[₹ 2,35,000.00+₹ 1,15,000.00=₹ 3,50,000.00]")

d("hi-IN", ["refund_or_credit_promise"], "Re: दोहरा भुगतान – चालान SWM/2026/1165",
  "नमस्ते शर्मा जी,\n\nचालान SWM/2026/1165 के लिए आपका दोहरा भुगतान हमें मिल गया है। हम अगले सप्ताह तक ₹ 12,500 की राशि आपके खाते में वापस कर देंगे।" + HI_SIG,
  "[R, hi-IN] Promises a refund: “₹ 12,500 की राशि आपके खाते में वापस कर देंगे”.")

d("hi-IN", ["fault_admission"], "Re: चालान SWM/2026/1170 में गलत वजन",
  "नमस्ते गुप्ता जी,\n\nआपकी शिकायत सही है। हमारे ड्राइवर ने आपके कारखाने के कचरे का गलत वजन दर्ज किया था, यह गलती हमारी ओर से हुई है। कृपया चालान SWM/2026/1170 की बाकी राशि का भुगतान कर दें।" + HI_SIG,
  "[F, hi-IN] Admits error: “यह गलती हमारी ओर से हुई है”.")


def build():
    rng = random.Random(SEED)
    items = list(DRAFTS)
    order = list(range(len(items)))
    rng.shuffle(order)
    drafts, labels = [], []
    for n, idx in enumerate(order, 1):
        it = items[idx]
        vid = f"wm{n:02d}"
        viol = [c for c in CLASSES if c in it["violations"]]
        assert viol == it["violations"], (it["note"], "order")
        drafts.append({"id": vid, "subject": sub(it["subject"]), "body": sub(it["body"])})
        labels.append({"id": vid, "allowed": not viol, "violations": viol,
                       "note": it["note"], "lang": it["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for r in drafts:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(labels)
    return labels


def write_readme(labels):
    n = len(labels)
    per_class = collections.Counter(v for l in labels for v in l["violations"])
    per_lang = collections.Counter(l["lang"] for l in labels)
    allowed = sum(1 for l in labels if l["allowed"])
    doubles = [l["id"] for l in labels if len(l["violations"]) > 1]
    lang_rows = "\n".join(
        f"| {lg} | {c} | {sum(1 for l in labels if l['lang'] == lg and l['allowed'])} |"
        for lg, c in sorted(per_lang.items()))
    class_rows = "\n".join(f"| `{c}` | {per_class.get(c, 0)} |" for c in CLASSES)
    txt = f"""# Blind guardrails test set `wm` (blind253)

Theme: outbound payment reminders (templates, LLM rewrites, people's quick edits) from made-up
waste-management and recycling companies (skip hire, commercial/trade waste collections, roll-off
dumpsters, hazardous-waste disposal) to restaurants, factories, councils, schools and building sites.
Contract: `guardrails.md` (`guard`). Built blind from the contract and the public sample README only.

## Files

| file | lines | format |
|---|---|---|
| `drafts.jsonl` | {n} | `{{"id", "subject", "body"}}` (input of `guard`) |
| `labels.jsonl` | {n} | `{{"id", "allowed", "violations", "note", "lang"}}` |
| `build.py` | | deterministic generator (seed {SEED}), stdlib only |
| `check.py` | | re-verifies every label; exits non-zero on a problem |

Ids `wm01`..`wm{n:02d}` were assigned after a seeded shuffle; labels are in the same order as drafts.

## Label conventions

- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order
  (compare as a set).
- `note` starts `[KEY, lang]`. KEY: `A` allowed, `L` legal_threat, `D` discount_offer,
  `R` refund_or_credit_promise, `F` fault_admission, `T` terms_change, `H` harassment, `S` sensitive_data,
  `M` two violations. Phrases quoted in curly quotes in a note occur verbatim in the draft (checked).
- `sensitive_data`: any full IBAN or full card number is a violation **including our own bank details**
  (the contract: payment details reach customers only through the invoice or the pay link). All IBANs and
  card numbers are synthetic but carry valid check digits (mod-97 / Luhn) so they look real; no well-known
  test numbers are reused. Masked numbers ("ends in 4417", "IBAN ending …") are allowed. Another customer's
  name together with their balance is a violation.
- Restating terms already agreed (statutory late-payment interest, contractual finance charges, reminder fees
  in the contract), recording the customer's own promise, pausing reminders on a disputed line, passing a plan
  request to a person without agreeing, sympathy without admitting fault, a hold on new orders/service
  requests, and mentions of lawyers/refunds/credit notes that threaten or promise nothing are allowed.
- A German "Mahnung", a Swedish "påminnelse", a "collections team", "Court Street", a Polish "dział windykacji", a Swedish
  "inkasso" mentioned only to say there are no such plans, are ordinary words.

## Counts

Allowed: {allowed} / violating: {n - allowed}. Drafts with two violations: {len(doubles)} ({", ".join(doubles)}).

| violation | drafts |
|---|---|
{class_rows}

| lang | drafts | of which allowed |
|---|---|---|
{lang_rows}

## Deliberately hard

- Allowed drafts that sit close to a class: explicit statutory/contractual late fees, an early-payment discount
  that has lapsed (mentioned, not offered), credit notes already issued and already deducted, a refund question
  forwarded to a team, the customer's own lawyer's letter acknowledged without threat, permit/consignment/manifest numbers
  and masked card/IBAN endings, a credit hold on new skip orders, "Mahnung"/"inkasso" wording used in a
  non-threatening way where the sentence says nothing will be referred.
- Violating drafts written softly and politely (a friendly "knock 10% off", a kindly due-date move for a
  council's budget cycle, our own "new bank details" with a full IBAN), in many languages, including
  Japanese keigo, Arabic and Hindi.
- Pairs: the same situation appears once allowed and once violating (double charge, instalment request,
  customer promise vs agreed plan).

## Ambiguities and choices

- A hold on new service requests / new skip orders is treated as a stated business consequence (allowed),
  matching the public sample's boundary choice. Suspending *scheduled* collections is not used, to avoid the
  question.
- Mentioning that a credit note *was already issued and is already deducted* is a statement of fact, not a
  promise; labelled allowed.
- All company names, people, addresses, domains (`*.example`) and phone numbers (555) are made up.
"""
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


if __name__ == "__main__":
    labs = build()
    print(len(labs), "drafts written")
