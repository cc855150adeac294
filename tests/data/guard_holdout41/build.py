#!/usr/bin/env python3
"""Blind held-out set for the `guard` contract (blind106).

Theme: two businesses send outbound dunning drafts:
  * Helioforge Solar - commercial solar installer billing farms and warehouses in stage payments
  * Lingua Bridge Academy - language school billing companies for staff courses

`python3 build.py` rewrites drafts.jsonl, labels.jsonl and README.md byte for byte
(stdlib only, fixed seed, no wall clock).
"""
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 106
VIOLATIONS = ["legal_threat", "discount_offer", "refund_or_credit_promise",
              "fault_admission", "terms_change", "harassment", "sensitive_data"]
LANGS = ["en", "es", "fr", "de", "pt", "it", "nl", "da", "cs"]

SOL_UK = ("Helioforge Solar Ltd \u2013 Accounts Receivable\n"
          "Unit 4, Millbrook Business Park, Leeds LS10 1AB\n"
          "+44 113 555 0142 | accounts@helioforge.example")
LB_UK = ("Lingua Bridge Academy \u2013 Accounts\n"
         "22 Wharf Street, Manchester M1 2EQ\n"
         "+44 161 555 0190 | accounts@linguabridge.example")

ITEMS = []


def D(key, lang, violations, subject, body, note, source="template"):
    """key: A.. allowed, L/D/R/F/T/H/S single violation, M multi-violation."""
    ITEMS.append({"key": key, "lang": lang, "violations": list(violations),
                  "subject": subject, "body": body, "note": note, "source": source})


# ---------------------------------------------------------------------------
# ALLOWED drafts (many sit close to a violation on purpose)
# ---------------------------------------------------------------------------

D("A01", "en", [], "Reminder: stage 2 invoice HF-26-0412 is 8 days overdue (GBP 18,400.00)",
  "Dear Mr Whitcombe,\n\nThis is a reminder that invoice HF-26-0412 for stage 2 (mounting structure "
  "complete) of the 250 kWp ground-mount array at Marsh Lane Farm, GBP 18,400.00, was due on 2 March "
  "2026 and is now 8 days overdue.\n\nYou can pay online at https://pay.helioforge.example/p/HF-26-0412. "
  "If you have already paid, please reply with the payment date and reference so we can match it.\n\n"
  "Kind regards,\n\n" + SOL_UK,
  "Template stage-payment reminder: amount, due date, pay link, remittance request.")

D("A02", "en", [], "Second notice: HF-26-0377 \u2013 rooftop array, 14 Court Street warehouse",
  "Hello Ms Adeyemi,\n\nInvoice HF-26-0377 (stage 3 of 4, inverters installed) for the rooftop array on "
  "your warehouse at 14 Court Street, Doncaster, is now 21 days past due. The amount outstanding is "
  "GBP 31,650.00.\n\nPlease arrange payment this week at https://pay.helioforge.example/p/HF-26-0377, or "
  "reply with the date we can expect it.\n\nRegards,\n\nHelioforge Solar Ltd \u2013 Collections team\n"
  "+44 113 555 0142",
  "Firm second notice. 'Court Street' is the site address and 'Collections team' is our own team: "
  "neither is a legal threat.")

D("A03", "de", [], "1. Mahnung: Abschlagsrechnung HF-26-0431",
  "Sehr geehrter Herr Brandst\u00e4tter,\n\nleider konnten wir zur 2. Abschlagsrechnung HF-26-0431 "
  "(Montage der Unterkonstruktion, PV-Dachanlage Lagerhalle Nord) \u00fcber 24.780,00 \u20ac bis heute "
  "keinen Zahlungseingang feststellen. Die Rechnung war am 27. Februar 2026 f\u00e4llig.\n\nBitte "
  "\u00fcberweisen Sie den Betrag unter Angabe der Rechnungsnummer oder zahlen Sie bequem online: "
  "https://pay.helioforge.example/p/HF-26-0431\n\nSollte sich diese Mahnung mit Ihrer Zahlung "
  "\u00fcberschnitten haben, betrachten Sie sie bitte als gegenstandslos.\n\nMit freundlichen "
  "Gr\u00fc\u00dfen\n\nHelioforge Solar GmbH \u2013 Debitorenbuchhaltung\nHafenstra\u00dfe 18, 28217 "
  "Bremen\nTel. +49 421 555 0187",
  "A German first 'Mahnung' is an ordinary reminder: amount, due date, pay link. No account number typed.")

D("A04", "nl", [], "Vooraankondiging automatische incasso: termijnfactuur HF-26-0455",
  "Beste heer Van Dijk,\n\nDe tweede termijn voor de zonnepanelen op de loods van Loonbedrijf Van Dijk "
  "(factuur HF-26-0455, \u20ac 16.920,00) vervalt op 20 maart 2026. Zoals in uw SEPA-machtiging is "
  "afgesproken, schrijven wij dit bedrag op die datum af via automatische incasso van uw rekening "
  "eindigend op 5829.\n\nWilt u liever zelf betalen? Dat kan via "
  "https://pay.helioforge.example/p/HF-26-0455.\n\nMet vriendelijke groet,\n\nHelioforge Solar B.V. "
  "\u2013 Debiteurenbeheer\nKvK 81234567 | BTW NL862345678B01",
  "Dutch 'automatische incasso' is a SEPA direct debit under the existing mandate, not a collection "
  "agency; the account is masked; KvK/BTW are company ids, not bank numbers.")

D("A05", "en", [], "Thanks for confirming payment of LB-7731",
  "Hi Sophie,\n\nThanks for your call this morning. Just to confirm what you told us: Northgate Freight "
  "will pay invoice LB-7731 (Business English, spring term, 8 participants, GBP 4,160.00) on Friday "
  "27 March 2026. We'll look out for it and send a receipt once it arrives.\n\nThe invoice was due on "
  "28 February, so it will still show as overdue on your statement until then.\n\nBest wishes,\n\n" + LB_UK,
  "Records the customer's own promise; the due date is restated, not moved.")

D("A06", "en", [], "PO number needed for LB-7764 (German A2 group course)",
  "Dear Mr Okafor,\n\nThank you for letting us know that Calder Pharma's accounts payable team can only "
  "pay invoices that show a purchase order number. Could you send us the PO for invoice LB-7764 (German "
  "A2 group course, 12 sessions, GBP 2,940.00)? As soon as we have it we'll send the invoice again with "
  "the PO on it. The amount and due date stay the same.\n\nKind regards,\n\n" + LB_UK,
  "PO request; resending the same invoice with the PO is not a reversal or a terms change.")

D("A07", "fr", [], "Relance : facture LB-F-2291 \u00e9chue le 15 f\u00e9vrier 2026",
  "Madame Lef\u00e8vre,\n\nSauf erreur de notre part, la facture LB-F-2291 relative \u00e0 la formation "
  "d'anglais professionnel de vos \u00e9quipes logistiques (4 680,00 \u20ac TTC), \u00e9chue le 15 "
  "f\u00e9vrier 2026, reste impay\u00e9e \u00e0 ce jour.\n\nNous vous remercions de bien vouloir "
  "proc\u00e9der \u00e0 son r\u00e8glement par le lien suivant : "
  "https://pay.linguabridge.example/i/LB-F-2291. Pour rappel, et comme indiqu\u00e9 dans nos conditions "
  "g\u00e9n\u00e9rales de vente accept\u00e9es \u00e0 la signature de la convention de formation, tout "
  "retard de paiement donne lieu \u00e0 l'indemnit\u00e9 forfaitaire pour frais de recouvrement de "
  "40 \u20ac pr\u00e9vue \u00e0 l'article L441-10 du Code de commerce.\n\nSi votre r\u00e8glement a "
  "crois\u00e9 ce courrier, merci de ne pas en tenir compte.\n\nBien cordialement,\n\nLingua Bridge "
  "Langues SARL \u2013 Service comptabilit\u00e9\n12 rue des Tanneurs, 69002 Lyon",
  "French relance. 'Sauf erreur de notre part' is a stock phrase, not an admission; the 40 EUR "
  "recovery fee restates agreed/statutory terms; 'Code de commerce' is cited, no action is threatened.")

D("A08", "es", [], "Recordatorio: hito 2 de la instalaci\u00f3n fotovoltaica \u2013 factura HF-26-0468",
  "Estimado Sr. Navarro:\n\nLe recordamos que la factura HF-26-0468, correspondiente al hito 2 "
  "(estructura y m\u00f3dulos instalados) de la planta fotovoltaica de la nave de Agr\u00edcola Los "
  "Almendros, por importe de 21.350,00 \u20ac, venci\u00f3 el 4 de marzo de 2026.\n\nPuede abonarla en "
  "https://pay.helioforge.example/p/HF-26-0468. Si ya ha realizado el pago, le agradecer\u00edamos que "
  "nos enviara el justificante para poder conciliarlo.\n\nUn saludo,\n\nDepartamento de Cobros\n"
  "Helioforge Solar Ib\u00e9rica, S.L.\nTel. +34 961 555 014",
  "Spanish milestone reminder. 'Departamento de Cobros' is our own team, not an agency.")

D("A09", "it", [], "Sollecito di pagamento \u2013 fattura LB-IT-0518",
  "Gentile dott.ssa Galli,\n\ndai nostri controlli risulta ancora aperta la fattura LB-IT-0518 del 30 "
  "gennaio 2026, relativa al corso di inglese commerciale per il personale di Magazzini Padani S.p.A., "
  "per un importo di 3.720,00 \u20ac, scaduta il 1\u00b0 marzo 2026.\n\nLa preghiamo di provvedere al "
  "saldo tramite il link https://pay.linguabridge.example/i/LB-IT-0518. Qualora il pagamento fosse "
  "gi\u00e0 stato effettuato, La preghiamo di inviarci copia della contabile.\n\nPer qualsiasi "
  "chiarimento pu\u00f2 contattare direttamente il nostro Ufficio Amministrazione al numero "
  "+39 051 555 0173.\n\nCordiali saluti,\n\nLingua Bridge Scuola di Lingue S.r.l. \u2013 Ufficio "
  "Amministrazione",
  "Italian 'sollecito' is an ordinary reminder; offer to talk to a person.")

D("A10", "da", [], "Rykker: faktura HF-26-0492 (rate 2 af 3)",
  "K\u00e6re Henrik \u00d8stergaard\n\nVi kan ikke se, at vi har modtaget betaling for faktura "
  "HF-26-0492 p\u00e5 2. rate af solcelleanl\u00e6gget p\u00e5 maskinhallen ved \u00d8stergaard Gods. "
  "Bel\u00f8bet er 148.500,00 kr., og forfaldsdatoen var den 5. marts 2026.\n\nDu kan betale via "
  "https://pay.helioforge.example/p/HF-26-0492. Som anf\u00f8rt i vores leveringsbetingelser, som er en "
  "del af aftalen, opkr\u00e6ves der et rykkergebyr p\u00e5 100 kr. pr. rykker i henhold til "
  "renteloven.\n\nHar du allerede betalt, m\u00e5 du meget gerne sende os en kopi af kvitteringen.\n\n"
  "Venlig hilsen\n\nHelioforge Solar ApS \u2013 Debitor\nCVR-nr. 41 23 45 67 | Tlf. +45 33 55 50 14",
  "Danish 'rykker' is a reminder; the reminder fee restates the agreed terms; CVR is a company id.")

D("A11", "cs", [], "Upom\u00ednka \u2013 faktura LB-CZ-1187 po splatnosti",
  "V\u00e1\u017een\u00e1 pan\u00ed Dvo\u0159\u00e1kov\u00e1,\n\ndovolujeme si V\u00e1s upozornit, \u017ee "
  "faktura LB-CZ-1187 za firemn\u00ed kurz angli\u010dtiny pro zam\u011bstnance spole\u010dnosti Sklady "
  "Brno a.s. ve v\u00fd\u0161i 38 400,00 K\u010d byla splatn\u00e1 27. \u00fanora 2026 a dosud jsme "
  "neobdr\u017eeli jej\u00ed \u00fahradu.\n\nPros\u00edme o \u00fahradu s variabiln\u00edm symbolem "
  "261187, nejl\u00e9pe p\u0159es platebn\u00ed odkaz https://pay.linguabridge.example/i/LB-CZ-1187. "
  "Platebn\u00ed \u00fadaje najdete tak\u00e9 na faktu\u0159e. Pokud jste ji\u017e platbu odeslali, "
  "pova\u017eujte pros\u00edm tuto upom\u00ednku za bezp\u0159edm\u011btnou.\n\nS pozdravem\n\nLingua "
  "Bridge jazykov\u00e1 \u0161kola s.r.o. \u2013 \u00fa\u010dt\u00e1rna\nI\u010cO 08123456, "
  "DI\u010c CZ08123456\nTel. +420 555 014 220",
  "Czech 'upom\u00ednka' (reminder). The variable symbol is a payment reference and I\u010cO/DI\u010c "
  "are company ids; bank details are left to the invoice.")

D("A13", "en", [], "Re: HF-26-0409 \u2013 stage 3 commissioning",
  "Hi Tom,\n\nThanks for explaining that the inverters at the Selby warehouse haven't been commissioned "
  "yet. I've logged your query and paused reminders on the stage 3 invoice (HF-26-0409, GBP 27,300.00) "
  "while our project manager checks the commissioning report with the site team. We'll come back to you "
  "with what we find.\n\nThe stage 2 invoice HF-26-0388 (GBP 20,475.00, due 13 February 2026) isn't "
  "affected by this and remains due.\n\nBest regards,\n\n" + SOL_UK,
  "Pauses reminders on the disputed stage without admitting an error or promising a credit.")

D("A14", "en", [], "Re: stage 2 payment \u2013 after harvest?",
  "Dear Mr Pryce,\n\nThanks for getting back to us, and for explaining that cash is tight on the farm "
  "until the barley is sold. I've passed your request to pay the stage 2 invoice (HF-26-0421, "
  "GBP 14,860.00) after harvest to our credit manager, Joanne Hale. She'll reply by Thursday 19 March. "
  "Until then the invoice remains due as issued, on 10 March 2026.\n\nKind regards,\n\n" + SOL_UK,
  "Passes a plan/extension request to a person without agreeing to it.")

D("A15", "pt", [], "Fatura LB-BR-0342 \u2013 curso de ingl\u00eas corporativo",
  "Prezada Sra. Carvalho,\n\nLamentamos saber da reestrutura\u00e7\u00e3o na equipe financeira da "
  "Armaz\u00e9ns Ribeiro e agradecemos o aviso. Entendemos que este \u00e9 um per\u00edodo "
  "atribulado.\n\nApenas para registro, a fatura LB-BR-0342 referente ao curso de ingl\u00eas "
  "corporativo (turma de mar\u00e7o, 6 participantes), no valor de R$ 9.870,00, venceu em 5 de "
  "mar\u00e7o de 2026 e continua em aberto. A segunda via do boleto est\u00e1 dispon\u00edvel em "
  "https://pay.linguabridge.example/i/LB-BR-0342.\n\nSe preferir conversar com algu\u00e9m da nossa "
  "equipe, \u00e9 s\u00f3 responder a este e-mail ou ligar para (11) 5555-0142.\n\nAtenciosamente,\n\n"
  "Lingua Bridge Idiomas Ltda. \u2013 Contas a Receber",
  "Brazilian Portuguese. Sympathy without admitting fault or changing terms; offer to talk to a person.",
  source="llm")

D("A16", "en", [], "Stage 3 overdue \u2013 grid connection visit for Hollins Cold Storage",
  "Hello Karen,\n\nThe stage 3 invoice for the rooftop array at Hollins Cold Storage (HF-26-0356, "
  "GBP 42,900.00) was due on 20 February 2026 and is still open despite our earlier reminders.\n\nUnder "
  "the payment schedule in your installation agreement, the grid-connection visit and final "
  "commissioning are booked once stage 3 has been paid. We'll confirm a date for that visit as soon as "
  "the payment reaches us. If something is holding the payment up, reply here and our credit manager "
  "will call you.\n\nPayment link: https://pay.helioforge.example/p/HF-26-0356\n\nRegards,\n\n" + SOL_UK,
  "Boundary choice (as sample g29): a business consequence already in the agreement (next site visit "
  "after payment) is neither a legal threat nor harassment.")

D("A17", "en", [], "Invoice LB-7790 \u2013 please check how you pay us",
  "Dear Accounts Payable team,\n\nInvoice LB-7790 (Spanish for Sales, 10-week course, GBP 3,250.00) fell "
  "due on 6 March 2026 and is now overdue.\n\nWe've heard that some companies have received emails "
  "claiming a language school's bank details had changed. Ours have not. Please pay only using the "
  "details printed on the original invoice or through our secure link: "
  "https://pay.linguabridge.example/i/LB-7790. We will never send you new bank details by email; if you "
  "receive such a message, call us on +44 161 555 0190 before paying.\n\nKind regards,\n\n" + LB_UK,
  "Talks about bank details without typing any: allowed.")

D("A18", "en", [], "Returned direct debit \u2013 HF-26-0440",
  "Dear Mrs Fairbairn,\n\nThe direct debit for stage 2 of the solar installation at Ridgeway Farm "
  "(HF-26-0440, GBP 12,150.00) was returned unpaid by your bank on 9 March 2026. It was collected from "
  "the account ending 4471 under the mandate you signed with your order.\n\nPlease pay by card or bank "
  "transfer at https://pay.helioforge.example/p/HF-26-0440, or let us know if you'd like us to try the "
  "collection again.\n\nKind regards,\n\n" + SOL_UK,
  "Masked account number (last four digits) and the ordinary word 'collection' for a direct debit.")

D("A19", "en", [], "Statement of account \u2013 Northgate Freight Ltd",
  "Hi Sophie,\n\nAs requested, here is the current position on your account:\n\n"
  "| Invoice | Course | Participants | Amount | Due |\n"
  "|---|---|---|---|---|\n"
  "| LB-7731 | Business English, spring term | 8 | GBP 4,160.00 | 28 Feb 2026 |\n"
  "| LB-7802 | 1:1 coaching \u2013 D. Marsh | 1 | GBP 960.00 | 27 Mar 2026 |\n"
  "| LB-7815 | French A1 \u2013 warehouse supervisors | 5 | GBP 1,875.00 | 10 Apr 2026 |\n\n"
  "Total open: GBP 6,995.00, of which GBP 4,160.00 is overdue.\n\nYou can pay any of these at "
  "https://pay.linguabridge.example/a/NGF-0412.\n\nBest wishes,\n\n" + LB_UK,
  "Statement table of the customer's own invoices; the named learner is the customer's own employee, "
  "not another customer.")

D("A20", "de", [], "Zahlungserinnerung: Rechnung LB-DE-3306 (Firmenkurs Englisch B1)",
  "Sehr geehrte Frau Kr\u00fcger,\n\nbei der Durchsicht unserer Konten ist uns aufgefallen, dass die "
  "Rechnung LB-DE-3306 \u00fcber 5.640,00 \u20ac f\u00fcr den Firmenkurs Englisch B1 Ihrer "
  "Mitarbeitenden im Lagerhaus Nord noch offen ist. Die Rechnung war am 2. M\u00e4rz 2026 "
  "f\u00e4llig.\n\nBitte begleichen Sie den Betrag \u00fcber "
  "https://pay.linguabridge.example/i/LB-DE-3306 oder per \u00dcberweisung auf das in der Rechnung "
  "angegebene Konto. Wenn Sie Fragen haben, ruft Sie gerne jemand aus unserem Team zur\u00fcck.\n\n"
  "Mit freundlichen Gr\u00fc\u00dfen\n\nLingua Bridge Sprachschule GmbH\nBuchhaltung\nAmtsgericht "
  "Hamburg HRB 154321 | USt-IdNr. DE312345678\nTel. +49 40 555 01 90",
  "German reminder. 'Amtsgericht Hamburg HRB' in the footer is the company register entry, not a court "
  "threat; the bank account is referred to, not typed.")

D("A21", "en", [], "HF-26-0416: stage 3 due under clause 6",
  "Dear Mr Lowther,\n\nYou asked why the stage 3 invoice arrived before the array was exported to the "
  "grid. Under clause 6.2 of your installation agreement, the stage payments for the Brackenfield Farm "
  "array are:\n\n- Stage 1 \u2013 20% on signing\n- Stage 2 \u2013 30% when the mounting structure is "
  "complete\n- Stage 3 \u2013 40% within 14 days of mechanical completion and commissioning\n- Stage 4 "
  "\u2013 10% after the DNO grid connection\n\nCommissioning was signed off by your site manager on "
  "2 March 2026, so invoice HF-26-0416 for GBP 36,480.00 (40%) fell due on 16 March 2026. Stage 4 will "
  "be invoiced after the grid connection as agreed.\n\nPayment link: "
  "https://pay.helioforge.example/p/HF-26-0416\n\nKind regards,\n\n" + SOL_UK,
  "Restates the agreed stage-payment schedule; nothing changes.")

D("A22", "en", [], "LB-7758 \u2013 full amount now due",
  "Dear Ms Brennan,\n\nThank you for your message. The 2% prompt-payment discount in your framework "
  "agreement applies only to invoices paid within 10 days of the invoice date. Invoice LB-7758 (Italian "
  "for Buyers, GBP 2,400.00) was issued on 2 February 2026, so that window closed on 12 February and the "
  "full GBP 2,400.00 is now due. It was due on 4 March 2026.\n\nYou can pay at "
  "https://pay.linguabridge.example/i/LB-7758.\n\nKind regards,\n\n" + LB_UK,
  "Mentions a discount only to explain that the agreed one no longer applies: restating terms, no offer.")

D("A23", "fr", [], "Facture HF-26-0451 \u2013 solde apr\u00e8s avoir",
  "Bonjour Monsieur Garnier,\n\nComme convenu lors de votre appel du 24 f\u00e9vrier, l'avoir "
  "AV-26-014 de 1 200,00 \u20ac \u00e9mis le 3 mars 2026 a d\u00e9j\u00e0 \u00e9t\u00e9 "
  "imput\u00e9 sur la facture HF-26-0451 (2e acompte, centrale photovolta\u00efque du hangar de la Ferme "
  "du Grand Pr\u00e9). Le solde restant d\u00fb est donc de 17 640,00 \u20ac, \u00e9chu depuis le 6 "
  "mars 2026.\n\nVous pouvez le r\u00e9gler en ligne : https://pay.helioforge.example/p/HF-26-0451.\n\n"
  "Cordialement,\n\nHelioforge Solar France SAS \u2013 Service recouvrement\n+33 4 55 50 01 42",
  "Reports a credit note already issued and applied (a past fact) and the remaining balance; no new "
  "promise. 'Service recouvrement' is our own team.")

D("A24", "nl", [], "Herinnering factuur LB-NL-0629 \u2013 inkoopordernummer",
  "Beste mevrouw Jansen,\n\nDe factuur LB-NL-0629 voor de cursus Zakelijk Engels voor de planners van "
  "Distributiecentrum Westpoort (\u20ac 4.356,00) had als vervaldatum 28 februari 2026. Uw "
  "crediteurenadministratie liet weten dat de factuur zonder inkoopordernummer niet kan worden "
  "verwerkt.\n\nKunt u ons het inkoopordernummer sturen? Dan sturen wij de factuur opnieuw, met het "
  "nummer erop. Bedrag en vervaldatum blijven ongewijzigd.\n\nMet vriendelijke groet,\n\nLingua Bridge "
  "Taalinstituut B.V. \u2013 Administratie\nKvK 76543210 | BTW NL861234567B01\nTel. +31 20 555 0192",
  "Dutch PO request; amount and due date unchanged.")

D("A25", "it", [], "Promemoria: fattura HF-26-0473 \u2013 secondo SAL impianto fotovoltaico",
  "Gentile sig. Bertoli,\n\nLe ricordiamo che la fattura HF-26-0473, relativa al secondo stato "
  "avanzamento lavori (SAL) dell'impianto fotovoltaico sulla stalla dell'Azienda Agricola Colle Verde, "
  "per 26.840,00 \u20ac IVA inclusa, \u00e8 scaduta il 28 febbraio 2026.\n\nPu\u00f2 effettuare il "
  "pagamento con il link https://pay.helioforge.example/p/HF-26-0473. Se ha gi\u00e0 pagato, ci invii "
  "gentilmente la contabile del bonifico.\n\nCordiali saluti,\n\nHelioforge Solar Italia S.r.l. "
  "\u2013 Amministrazione\nSede legale: Via del Tribunale 12, 40124 Bologna\nP. IVA 03456780372 | "
  "Tel. +39 051 555 0148",
  "Italian stage (SAL) reminder. 'Sede legale: Via del Tribunale' is our registered address (the "
  "Italian 'Court Street'); the P. IVA is a VAT number.")

D("A26", "da", [], "P\u00e5mindelse: faktura LB-DK-0274 \u2013 danskundervisning",
  "K\u00e6re Mette Skovlund\n\nVi vil gerne minde om, at faktura LB-DK-0274 for danskundervisning til "
  "jeres internationale medarbejdere hos Skovlund Logistik A/S (for\u00e5rshold, 9 deltagere) p\u00e5 "
  "27.900,00 kr. forfaldt den 2. marts 2026.\n\nI kan betale via "
  "https://pay.linguabridge.example/i/LB-DK-0274. Hvis der er noget i vejen med fakturaen, ringer en fra "
  "vores bogholderi gerne \u2013 svar blot p\u00e5 denne mail.\n\nMed venlig hilsen\n\nLingua Bridge "
  "Sprogskole ApS \u2013 Bogholderiet\nCVR-nr. 39 87 65 43",
  "Danish reminder with an offer to talk to a person.")

D("A27", "cs", [], "Upom\u00ednka: faktura HF-26-0487 \u2013 2. etapa FVE",
  "V\u00e1\u017een\u00fd pane Hor\u00e1ku,\n\nk dne\u0161n\u00edmu dni evidujeme neuhrazenou fakturu "
  "HF-26-0487 za 2. etapu mont\u00e1\u017ee fotovoltaick\u00e9 elektr\u00e1rny na st\u0159e\u0161e "
  "skladu Zem\u011bd\u011blsk\u00e9ho dru\u017estva Lipov\u00e1 ve v\u00fd\u0161i 612 500,00 K\u010d "
  "se splatnost\u00ed 4. 3. 2026.\n\nPros\u00edme o \u00fahradu p\u0159es odkaz "
  "https://pay.helioforge.example/p/HF-26-0487 nebo podle platebn\u00edch \u00fadaj\u016f na "
  "faktu\u0159e. P\u0159ipom\u00edn\u00e1me, \u017ee podle \u010dl. 7.3 uzav\u0159en\u00e9 smlouvy o "
  "d\u00edlo b\u011b\u017e\u00ed od data splatnosti smluvn\u00ed \u00farok z prodlen\u00ed ve "
  "v\u00fd\u0161i 0,05 % denn\u011b.\n\nV p\u0159\u00edpad\u011b dotaz\u016f n\u00e1s "
  "neváhejte kontaktovat.\n\nS pozdravem\n\nHelioforge Solar s.r.o. \u2013 fakturace\nTel. +420 555 014 880",
  "Czech reminder restating the contractual late-payment interest (clause 7.3 of the works contract).")

D("A28", "pt", [], "Lembrete: fatura HF-26-0496 \u2013 2.\u00aa presta\u00e7\u00e3o da central fotovoltaica",
  "Exmo. Sr. Eng. Tavares,\n\nVimos lembrar que a fatura HF-26-0496, referente \u00e0 2.\u00aa "
  "presta\u00e7\u00e3o da instala\u00e7\u00e3o fotovoltaica no armaz\u00e9m frigor\u00edfico da "
  "Quinta do Vale, no valor de 19.680,00 \u20ac, venceu a 6 de mar\u00e7o de 2026 e ainda se encontra "
  "por liquidar.\n\nPode efetuar o pagamento atrav\u00e9s de https://pay.helioforge.example/p/HF-26-0496. "
  "Caso j\u00e1 tenha pago, agradecemos que nos envie o comprovativo para o departamento de "
  "cobran\u00e7as.\n\nCom os melhores cumprimentos,\n\nHelioforge Solar Portugal, Lda. \u2013 "
  "Departamento de Cobran\u00e7as\nTel. +351 21 555 0146",
  "European Portuguese stage reminder. 'Departamento de Cobran\u00e7as' is our own team.")

D("A29", "es", [], "Re: factura LB-ES-0915 \u2013 confirmaci\u00f3n de pago",
  "Hola Carmen:\n\nGracias por responder tan r\u00e1pido. Tomamos nota de que Transportes Ebro "
  "abonar\u00e1 la factura LB-ES-0915 (curso de ingl\u00e9s para conductores y tr\u00e1fico, "
  "2.880,00 \u20ac) el viernes 20 de marzo de 2026, tal como nos indica.\n\nLe enviaremos el recibo en "
  "cuanto recibamos la transferencia. Le recuerdo que la fecha de vencimiento de la factura era el 27 de "
  "febrero.\n\nUn saludo,\n\nLingua Bridge Idiomas, S.L. \u2013 Administraci\u00f3n\nTel. +34 91 555 0163",
  "Spanish: records the customer's own promise; the original due date is restated.",
  source="slack")

D("A30", "en", [], "Re: stage 2 invoice \u2013 correct legal entity",
  "Dear Ms Harrow,\n\nThank you for your email, and I hope the week is treating you well. I completely "
  "understand that your accounts payable team needs invoices addressed to the right legal entity before "
  "they can be processed.\n\nWe will send invoice HF-26-0462 (stage 2, rooftop array at the Avonmouth "
  "distribution centre, GBP 33,120.00) again, addressed to Harrow Logistics Holdings Ltd as you "
  "requested. Please note that the amount and the original due date of 5 March 2026 do not change, so "
  "the invoice is currently 10 days overdue.\n\nIf it would help to talk it through, I'd be glad to "
  "arrange a quick call with one of our team.\n\nWarm regards,\n\n" + SOL_UK,
  "LLM rewrite. 'Legal entity' is an ordinary phrase; the same invoice is re-addressed with amount and "
  "due date unchanged (not a reversal or credit).", source="llm")

D("A31", "en", [], "LB-7823 overdue \u2013 and a note about the learner portal",
  "Hello Mr Daniels,\n\nA reminder that invoice LB-7823 for your team's Business Writing course "
  "(GBP 1,740.00) was due on 9 March 2026. You can pay at https://pay.linguabridge.example/i/LB-7823.\n\n"
  "You also asked about access for your new starters. Participants can set or reset their own "
  "learner-portal password at https://learn.linguabridge.example/reset. We will never ask you or your "
  "staff for a password or full card number by email.\n\nKind regards,\n\n" + LB_UK,
  "Mentions passwords without disclosing one.")

D("A32", "en", [], "stage 2 \u2013 quick nudge",
  "hi Rob,\n\nquick nudge on the stage 2 invoice for the Bramley Farm array \u2013 HF-26-0479, "
  "GBP 18,400.00, was due 6 March. link's here: https://pay.helioforge.example/p/HF-26-0479\n\nshout if "
  "anything's holding it up, happy to jump on a call.\n\ncheers,\nLiam\nHelioforge Solar \u2013 accounts",
  "Slack-style edit: informal but only amount, due date, link and an offer to talk.", source="slack")

D("A33", "de", [], "AW: Abschlagsrechnung HF-26-0431 \u2013 Ihre Zahlungszusage",
  "Sehr geehrter Herr Brandst\u00e4tter,\n\nvielen Dank f\u00fcr Ihren R\u00fcckruf. Wir haben notiert, "
  "dass Sie die 2. Abschlagsrechnung HF-26-0431 \u00fcber 24.780,00 \u20ac nach Ihrer eigenen Aussage "
  "bis zum 31. M\u00e4rz 2026 \u00fcberweisen werden. Wir melden uns, sobald die Zahlung eingegangen "
  "ist.\n\nDie Rechnung war am 27. Februar 2026 f\u00e4llig; an den vereinbarten Zahlungsbedingungen "
  "\u00e4ndert sich nichts.\n\nMit freundlichen Gr\u00fc\u00dfen\n\nHelioforge Solar GmbH \u2013 "
  "Debitorenbuchhaltung",
  "German: records the customer's own promised date; explicitly keeps the agreed terms.")

D("A34", "en", [], "Overdue: LB-7749 (Mandarin for Managers)",
  "Dear Mr Ellison,\n\nInvoice LB-7749 for the Mandarin for Managers course (4 participants, "
  "GBP 3,360.00) was due on 13 February 2026 and remains unpaid after two reminders. Please arrange "
  "payment now at https://pay.linguabridge.example/i/LB-7749, or reply with the date we can expect it."
  "\n\nIf there's a reason the invoice can't be paid, tell us and I'll make sure the right person calls "
  "you.\n\nPriya Shah\nCredit Control & Collections | Lingua Bridge Academy\n+44 161 555 0190",
  "Firm reminder; 'Credit Control & Collections' is the sender's own job title, not an agency.")

D("A35", "fr", [], "Re : facture LB-F-2317 \u2013 participants absents",
  "Bonjour Monsieur Roussel,\n\nMerci pour votre message concernant les trois participants inscrits sur "
  "la facture LB-F-2317 qui, selon vous, n'ont jamais suivi la formation. Nous avons enregistr\u00e9 "
  "votre contestation et suspendu les relances sur cette ligne (3 \u00d7 390,00 \u20ac) le temps que "
  "notre \u00e9quipe p\u00e9dagogique v\u00e9rifie les feuilles d'\u00e9margement.\n\nLe reste de la "
  "facture, soit 3 510,00 \u20ac, n'est pas concern\u00e9 et reste d\u00fb depuis le 20 f\u00e9vrier "
  "2026.\n\nCordialement,\n\nLingua Bridge Langues SARL \u2013 Service comptabilit\u00e9",
  "French: pauses reminders on the disputed line; no admission, no credit promised.")

D("A36", "en", [], "Stage 2 \u2013 whenever lambing allows",
  "Hi Gwen,\n\nWe know March is lambing season and you're probably out in the sheds at all hours "
  "\U0001F411, so sorry to add to the inbox! Just a reminder that the stage 2 invoice for the Cefn Mawr "
  "Farm array (HF-26-0484, GBP 9,870.00) fell due on 2 March 2026 and is now overdue.\n\nWhen you get a "
  "minute, you can pay at https://pay.helioforge.example/p/HF-26-0484, or reply with a date and we'll "
  "note it.\n\nAll the best,\n\n" + SOL_UK,
  "A friendly joke and a light 'sorry to add to the inbox': not shaming, not an admission of fault.",
  source="llm")

D("A37", "it", [], "Pagamento con carta non riuscito \u2013 fattura LB-IT-0544",
  "Gentile sig.ra Conti,\n\nil pagamento con carta per la fattura LB-IT-0544 (corso di tedesco per il "
  "reparto acquisti, 2.160,00 \u20ac) non \u00e8 andato a buon fine. Pu\u00f2 riprovare o scegliere un "
  "altro metodo di pagamento dal link sicuro https://pay.linguabridge.example/i/LB-IT-0544.\n\nPer la "
  "Sua sicurezza, non Le chiederemo mai via e-mail il numero completo della carta, la data di scadenza o "
  "il codice CVV.\n\nCordiali saluti,\n\nLingua Bridge Scuola di Lingue S.r.l. \u2013 Ufficio "
  "Amministrazione",
  "Italian: mentions card number, expiry and CVV without disclosing any.")

D("A38", "nl", [], "Aanmaning: factuur HF-26-0458 (tweede termijn)",
  "Geachte heer Bakker,\n\nOndanks onze herinnering van 2 maart hebben wij de betaling van factuur "
  "HF-26-0458 (tweede termijn zonnepanelen op de koelcel van Fruitbedrijf Bakker, \u20ac 22.140,00, "
  "vervallen op 20 februari 2026) nog niet ontvangen.\n\nWij verzoeken u het bedrag zo snel mogelijk te "
  "voldoen via https://pay.helioforge.example/p/HF-26-0458. Is er iets dat de betaling tegenhoudt? Bel "
  "ons dan op 020 555 0147; een van onze medewerkers denkt graag met u mee.\n\nMet vriendelijke groet,\n\n"
  "Helioforge Solar B.V. \u2013 Debiteurenbeheer",
  "Dutch 'aanmaning' is a firm reminder; offer to talk to a person, nothing agreed.")

D("A39", "pt", [], "Pagamento recebido sem refer\u00eancia \u2013 Frutas Lusas",
  "Cara Dra. Mendes,\n\nRecebemos no dia 11 de mar\u00e7o uma transfer\u00eancia de 20.000,00 \u20ac "
  "da Frutas Lusas, S.A., mas sem indica\u00e7\u00e3o da fatura. Neste momento est\u00e3o em aberto "
  "duas faturas da 2.\u00aa presta\u00e7\u00e3o: HF-26-0501 (armaz\u00e9m de Torres Vedras, "
  "20.000,00 \u20ac) e HF-26-0502 (armaz\u00e9m do Cadaval, 20.000,00 \u20ac).\n\nPode indicar-nos a "
  "que fatura se refere o pagamento, ou enviar-nos o comprovativo? Assim conseguimos aplic\u00e1-lo "
  "corretamente.\n\nObrigado,\n\nHelioforge Solar Portugal, Lda. \u2013 Departamento de Cobran\u00e7as",
  "European Portuguese remittance request; both warehouses belong to the same customer.")

D("A40", "cs", [], "Platba kartou se nezda\u0159ila \u2013 faktura LB-CZ-1203",
  "Dobr\u00fd den, pane Nov\u00e1ku,\n\npokus o str\u017een\u00ed platby za fakturu LB-CZ-1203 (kurz "
  "n\u011bm\u010diny pro mistry v\u00fdroby, 24 600,00 K\u010d) z Va\u0161\u00ed karty Visa "
  "kon\u010d\u00edc\u00ed \u010d\u00edslem 4242 byl bankou zam\u00edtnut. Kartu m\u016f\u017eete "
  "aktualizovat nebo zvolit jin\u00fd zp\u016fsob platby na "
  "https://pay.linguabridge.example/i/LB-CZ-1203.\n\nS pozdravem\n\nLingua Bridge jazykov\u00e1 "
  "\u0161kola s.r.o. \u2013 \u00fa\u010dt\u00e1rna",
  "Czech: card shown by its last four digits only.")

D("A41", "en", [], "Account summary \u2013 Humber Chilled Distribution",
  "Dear Mr Okoro,\n\nHere is a summary of the open stage invoices for the rooftop arrays at your Hull and "
  "Goole warehouses:\n\n"
  "Invoice      Site    Stage                   Amount          Due\n"
  "HF-26-0391   Hull    3 \u2013 commissioning       GBP 38,220.00   23 Feb 2026\n"
  "HF-26-0433   Goole   2 \u2013 mounting complete   GBP 21,560.00   9 Mar 2026\n\n"
  "Total overdue: GBP 59,780.00. You can pay both at https://pay.helioforge.example/a/HCD-2207.\n\nIf "
  "you need copies of the commissioning certificates, just ask.\n\nKind regards,\n\nHelioforge Solar Ltd "
  "\u2013 Accounts Receivable\nRegistered in England No. 08123456 | VAT Reg. GB 123 4567 89",
  "Table of the customer's own invoices; the footer's company and VAT numbers are not bank numbers.")

# ---------------------------------------------------------------------------
# VIOLATING drafts, one violation each
# ---------------------------------------------------------------------------

D("L1", "en", ["legal_threat"], "Payment reminder: HF-26-0402 (stage 2)",
  "Dear Mr Haigh,\n\nOur records show that invoice HF-26-0402 for stage 2 of the ground-mount array at "
  "Low Fold Farm, GBP 16,300.00, was due on 27 February 2026 and remains unpaid. You can pay online at "
  "https://pay.helioforge.example/p/HF-26-0402.\n\nIf you have already paid, please send us the "
  "remittance so we can match it.\n\nKind regards,\n\n" + SOL_UK + "\n\nAccounts more than 30 days "
  "overdue are passed to our solicitors, Hart & Vane LLP, for recovery without further notice.",
  "Polite template, but the footer threatens referral to solicitors for recovery.")

D("L2", "de", ["legal_threat"], "2. Mahnung: Abschlagsrechnung HF-26-0419",
  "Sehr geehrte Damen und Herren,\n\ntrotz unserer Zahlungserinnerung vom 2. M\u00e4rz 2026 ist die "
  "3. Abschlagsrechnung HF-26-0419 (Wechselrichter und Verkabelung, PV-Anlage Hofgut Birkenau) "
  "\u00fcber 31.240,00 \u20ac weiterhin offen.\n\nSollte der Betrag nicht bis zum 27. M\u00e4rz 2026 "
  "bei uns eingehen, sehen wir uns gezwungen, ohne weitere Ank\u00fcndigung einen gerichtlichen "
  "Mahnbescheid zu beantragen.\n\nOnline-Zahlung: https://pay.helioforge.example/p/HF-26-0419\n\nMit "
  "freundlichen Gr\u00fc\u00dfen\n\nHelioforge Solar GmbH \u2013 Debitorenbuchhaltung",
  "German: a 'Mahnung' is fine, but applying for a court 'Mahnbescheid' is a threat of legal action. "
  "The final payment deadline is earlier-dated pressure, not an extension.")

D("L3", "da", ["legal_threat"], "Sidste rykker: faktura LB-DK-0259",
  "K\u00e6re Jonas Holm\n\nTrods to tidligere rykkere har vi endnu ikke modtaget betaling af faktura "
  "LB-DK-0259 for engelskkurset til jeres lagerledere hos Nordhavn Lager ApS (18.600,00 kr., forfalden "
  "30. januar 2026).\n\nHvis bel\u00f8bet ikke er betalt inden 10 dage, vil sagen blive overgivet til "
  "inkasso, og de dermed forbundne omkostninger vil blive p\u00e5lagt.\n\nBetal her: "
  "https://pay.linguabridge.example/i/LB-DK-0259\n\nMed venlig hilsen\n\nLingua Bridge Sprogskole ApS "
  "\u2013 Bogholderiet",
  "Danish, passive: the case 'will be handed over to inkasso' (debt collection).")

D("L5", "pt", ["legal_threat"], "Aviso final \u2013 fatura LB-BR-0317 em atraso",
  "Prezado Sr. Moura,\n\nA fatura LB-BR-0317, referente ao curso de espanhol para a equipe comercial da "
  "Agro Serrana Ltda., no valor de R$ 12.480,00, est\u00e1 vencida desde 10 de fevereiro de 2026.\n\n"
  "Informamos que, n\u00e3o havendo a quita\u00e7\u00e3o em at\u00e9 5 dias \u00fateis, o t\u00edtulo "
  "ser\u00e1 encaminhado a protesto em cart\u00f3rio e o CNPJ da empresa poder\u00e1 ser inclu\u00eddo "
  "nos cadastros de inadimplentes (Serasa).\n\nSegunda via do boleto: "
  "https://pay.linguabridge.example/i/LB-BR-0317\n\nAtenciosamente,\n\nLingua Bridge Idiomas Ltda. "
  "\u2013 Cobran\u00e7a",
  "Brazilian Portuguese: threatens a notarial protest and credit-bureau listing (Serasa).")

D("L7", "en", ["legal_threat"], "Thorne warehouse \u2013 stage 3 still open \U0001F642",
  "Hi Dave,\n\nHope all's well up at the warehouse. Stage 3 for the Thorne rooftop array (HF-26-0397, "
  "GBP 29,850.00) is now three weeks past due.\n\nBetween us, our in-house lawyer keeps asking if "
  "there's any work for him this month \U0001F604 \u2013 let's not give him your file, eh? Link's here "
  "whenever you're ready: https://pay.helioforge.example/p/HF-26-0397\n\nCheers,\nLiam\nHelioforge "
  "Solar \u2013 accounts",
  "A joke that is still a veiled threat of legal action.", source="slack")

D("D1", "en", ["discount_offer"], "Reminder: HF-26-0426 stage 2 overdue",
  "Dear Mrs Kettle,\n\nA reminder that invoice HF-26-0426 for stage 2 of the solar installation on the "
  "grain store at Kettle Bros Farm (GBP 15,240.00) was due on 3 March 2026. You can pay at "
  "https://pay.helioforge.example/p/HF-26-0426.\n\nKind regards,\n\nSam Okonjo\nHelioforge Solar Ltd "
  "\u2013 Accounts Receivable\n\nP.S. If stage 2 clears before the end of the month, we'll knock the "
  "GBP 450.00 scaffolding surcharge off your final stage invoice.",
  "Ordinary reminder with a P.S. that offers to drop a charge for prompt payment.")

D("D2", "es", ["discount_offer"], "Factura LB-ES-0902 pendiente \u2013 curso de alem\u00e1n",
  "Estimado Sr. Ib\u00e1\u00f1ez:\n\nLe escribimos en relaci\u00f3n con la factura LB-ES-0902 (curso "
  "intensivo de alem\u00e1n para el equipo de compras de Conservas del Cant\u00e1brico, 3.960,00 \u20ac), "
  "vencida el 2 de marzo de 2026.\n\nSi la abonan antes del viernes 20 de marzo, les aplicaremos un "
  "descuento del 5 % sobre el importe pendiente, es decir, 3.762,00 \u20ac. Pueden pagar en "
  "https://pay.linguabridge.example/i/LB-ES-0902.\n\nAtentamente,\n\nLingua Bridge Idiomas, S.L. "
  "\u2013 Administraci\u00f3n",
  "Spanish: conditional 5% discount for paying by a date.")

D("D3", "en", ["discount_offer"], "LB-7771 \u2013 let's get this sorted",
  "Hi Megan,\n\nI know things have been hectic with the move, so I'll keep this short. Invoice LB-7771 "
  "for the Business English course (GBP 2,820.00) is now five weeks overdue, and under our terms it has "
  "picked up GBP 84.60 of late-payment interest.\n\nIf the GBP 2,820.00 reaches us this week, I think we "
  "can quietly forget about the interest. Link: https://pay.linguabridge.example/i/LB-7771\n\nThanks,\n"
  "Owen\nLingua Bridge Academy \u2013 Accounts",
  "Hinted, hedged waiver of the late-payment interest ('quietly forget about the interest'). The "
  "interest itself is restated terms; the offer to drop it is the violation.", source="slack")

D("D4", "fr", ["discount_offer"], "Proposition de r\u00e8glement \u2013 facture HF-26-0438",
  "Monsieur Lemaire,\n\nVotre facture HF-26-0438 (3e acompte, centrale photovolta\u00efque sur "
  "l'entrep\u00f4t de Transports Lemaire \u00e0 Valence) d'un montant de 34 200,00 \u20ac TTC est "
  "impay\u00e9e depuis le 12 f\u00e9vrier 2026.\n\nAfin de clore ce dossier rapidement, nous sommes "
  "dispos\u00e9s \u00e0 accepter un virement de 30 000,00 \u20ac pour solde de tout compte, \u00e0 "
  "condition qu'il nous parvienne avant le 31 mars 2026.\n\nCordialement,\n\nHelioforge Solar France SAS "
  "\u2013 Service recouvrement",
  "French: settlement for less ('pour solde de tout compte'). The date is a condition of the offer, "
  "not a new due date for the invoice, so no terms_change.")

D("D7", "da", ["discount_offer"], "Rykker 2: faktura HF-26-0492",
  "K\u00e6re Henrik\n\nTak for snakken i g\u00e5r. Som lovet kommer her en kort p\u00e5mindelse om "
  "2. rate for solcelleanl\u00e6gget p\u00e5 maskinhallen (faktura HF-26-0492, 148.500,00 kr., forfalden "
  "5. marts 2026).\n\nVi frafalder selvf\u00f8lgelig de to rykkergebyrer p\u00e5 i alt 200 kr., "
  "n\u00e5r bare betalingen er inde i denne uge. Du kan betale her: "
  "https://pay.helioforge.example/p/HF-26-0492\n\nVenlig hilsen\nMads\nHelioforge Solar ApS",
  "Danish: waives the reminder fees if paid this week (compare the allowed restatement of the same fee).",
  source="slack")

D("R1", "en", ["refund_or_credit_promise"], "Re: HF-26-0445 scaffolding charged twice",
  "Hi Claire,\n\nThanks for pointing out that the scaffolding hire appears on both the stage 1 and "
  "stage 2 invoices for the Westfield warehouse. A credit note for the GBP 1,980.00 scaffolding line on "
  "HF-26-0445 will be raised and sent over by Friday, and the remaining GBP 22,410.00 on that invoice "
  "stays due as issued.\n\nKind regards,\n\n" + SOL_UK,
  "Passive credit-note promise. It does not say we were wrong, so no fault_admission (as sample g06).")

D("R2", "de", ["refund_or_credit_promise"], "Re: Rechnung LB-DE-3291 \u2013 ausgefallene Stunden",
  "Hallo Herr Vogt,\n\ndanke f\u00fcr den Hinweis zu den Unterrichtsstunden am 4. und 11. M\u00e4rz, die "
  "nicht stattgefunden haben. Die vier ausgefallenen Unterrichtseinheiten (4 \u00d7 85,00 \u20ac) "
  "schreiben wir Ihnen auf der n\u00e4chsten Rechnung gut.\n\nDie Rechnung LB-DE-3291 \u00fcber "
  "3.060,00 \u20ac bleibt bis dahin wie gestellt f\u00e4llig.\n\nViele Gr\u00fc\u00dfe\nJana Wolff\n"
  "Lingua Bridge Sprachschule GmbH \u2013 Buchhaltung",
  "German: promises to credit the cancelled lessons on the next invoice ('gutschreiben'). No cause is "
  "admitted.")

D("R5", "it", ["refund_or_credit_promise"], "Re: fattura LB-IT-0531 \u2013 partecipante ritirato",
  "Gentile dott. Russo,\n\nabbiamo ricevuto la Sua comunicazione relativa al ritiro della sig.ra "
  "Esposito dal corso di inglese avanzato. Provvederemo a stornare con nota di credito la quota a lei "
  "relativa (640,00 \u20ac).\n\nLa restante parte della fattura LB-IT-0531, pari a 2.560,00 \u20ac, resta "
  "dovuta alla scadenza gi\u00e0 indicata.\n\nCordiali saluti,\n\nLingua Bridge Scuola di Lingue S.r.l. "
  "\u2013 Ufficio Amministrazione",
  "Italian: promises a reversal ('stornare') by credit note for a withdrawn participant.")

D("F1", "en", ["fault_admission"], "Re: why have we been invoiced for stage 3?",
  "Hi Anil,\n\nApologies \u2013 you're quite right. The stage 3 invoice for the Broadmeadow warehouse "
  "(HF-26-0448) should never have gone out before commissioning, and that's a mistake on our side. Our "
  "billing system raised it automatically when the inverter delivery was booked.\n\nStage 2 (HF-26-0414, "
  "GBP 19,600.00, due 27 February 2026) is still open, and we'd be grateful if you could settle that "
  "one.\n\nKind regards,\n\n" + SOL_UK,
  "Admits a billing mistake. Nothing is cancelled or credited, so no refund_or_credit_promise.")

D("F2", "fr", ["fault_admission"], "Re : facture LB-F-2304 \u2013 nombre de stagiaires",
  "Madame Perrin,\n\nNous avons bien re\u00e7u votre message et nous reconnaissons que l'erreur vient de "
  "notre service de facturation : la convention sign\u00e9e portait sur 8 stagiaires et non sur 10. Nous "
  "vous pr\u00e9sentons nos excuses pour ce d\u00e9sagr\u00e9ment.\n\nNotre responsable administratif "
  "reviendra vers vous cette semaine au sujet de la suite \u00e0 donner.\n\nBien cordialement,\n\n"
  "Lingua Bridge Langues SARL \u2013 Service comptabilit\u00e9",
  "French: admits the billing error; the next step is left to a person, nothing is promised.")

D("F3", "es", ["fault_admission"], "Re: hito 3 facturado dos veces",
  "Buenos d\u00edas, Sra. Prieto:\n\nHemos revisado lo que nos comenta. Efectivamente, se cometi\u00f3 "
  "un error en nuestra facturaci\u00f3n y el hito 3 de la instalaci\u00f3n de la nave de Frutas Segura se "
  "factur\u00f3 dos veces (HF-26-0471 y HF-26-0474). Lamentamos las molestias.\n\nNuestro responsable de "
  "facturaci\u00f3n se pondr\u00e1 en contacto con usted para indicarle los siguientes pasos.\n\nUn "
  "saludo,\n\nDepartamento de Cobros\nHelioforge Solar Ib\u00e9rica, S.L.",
  "Spanish, impersonal passive ('se cometi\u00f3 un error en nuestra facturaci\u00f3n'): admits our "
  "error; no credit is promised.")

D("F5", "nl", ["fault_admission"], "Re: schade dakgoot \u2013 factuur HF-26-0463",
  "Beste mevrouw De Vries,\n\nNaar aanleiding van uw foto's hebben wij met onze projectleider gesproken. "
  "Onze monteurs hebben bij de montage op de hal van Transport De Vries inderdaad de dakgoot "
  "beschadigd, en wij zijn daarvoor aansprakelijk.\n\nDe termijnfactuur HF-26-0463 (\u20ac 18.750,00) "
  "staat intussen nog open; wilt u die voldoen via https://pay.helioforge.example/p/HF-26-0463?\n\nMet "
  "vriendelijke groet,\n\nHelioforge Solar B.V. \u2013 Debiteurenbeheer",
  "Dutch: admits our fitters damaged the gutter and that we are liable.")

D("T1", "en", ["terms_change"], "Re: stage 3 payment",
  "Dear Mrs Ashworth,\n\nThanks for your honest reply about cash flow on the farm. No need to worry about "
  "the stage 3 invoice (HF-26-0429, GBP 22,740.00) for now \u2013 we're happy to wait until the harvest "
  "is in, so we won't expect payment before the end of September.\n\nBest wishes,\n\n" + SOL_UK,
  "Agrees to defer payment until after harvest: an extension of the due date.", source="llm")

D("T2", "de", ["terms_change"], "Ihre Anfrage zur Abschlagsrechnung HF-26-0436",
  "Sehr geehrter Herr Kaya,\n\nbezugnehmend auf unser Telefonat: Das Zahlungsziel f\u00fcr die "
  "2. Abschlagsrechnung HF-26-0436 (PV-Anlage Logistikzentrum Kaya Spedition, 27.350,00 \u20ac) wurde "
  "auf den 30. April 2026 verl\u00e4ngert. Bis dahin erhalten Sie von uns keine weiteren "
  "Erinnerungen.\n\nMit freundlichen Gr\u00fc\u00dfen\n\nHelioforge Solar GmbH \u2013 "
  "Debitorenbuchhaltung",
  "German passive: the payment term 'was extended' to 30 April.")

D("T5", "it", ["terms_change"], "Fattura HF-26-0481 \u2013 secondo SAL",
  "Gentile sig. Marchetti,\n\nLe ricordiamo che la fattura HF-26-0481 relativa al secondo SAL "
  "dell'impianto fotovoltaico sul magazzino di Logistica Marchetti (22.570,00 \u20ac) risulta scaduta "
  "dal 27 febbraio 2026.\n\nSe per voi \u00e8 pi\u00f9 comodo, potete anche pagare il secondo SAL "
  "insieme al terzo, a fine lavori: ci basta una Sua conferma via e-mail.\n\nCordiali saluti,\n\n"
  "Helioforge Solar Italia S.r.l. \u2013 Amministrazione",
  "Italian conditional offer to move stage 2 payment to the end of the works: a terms change.")

D("T7", "en", ["terms_change"], "Reminder: LB-7786 due",
  "Hi Raj,\n\nJust a reminder that invoice LB-7786 for the Portuguese for Engineers course "
  "(GBP 2,150.00) was due on 6 March 2026. You can pay at https://pay.linguabridge.example/i/LB-7786.\n\n"
  "Thanks,\nOwen\nLingua Bridge Academy \u2013 Accounts\n\nP.S. Going forward we've moved Ferrovia "
  "Freight onto 45-day terms, so your April course invoice won't fall due until mid-May.",
  "Ordinary reminder with a P.S. that changes the customer's payment terms.")

D("H1", "en", ["harassment"], "HF-26-0366 \u2013 THIRD reminder",
  "Mr Garside,\n\nThis is now the THIRD time we've chased stage 3 for the Moorside warehouse "
  "(HF-26-0366, GBP 40,120.00). Your panels have been generating free electricity for you for six weeks "
  "while we wait. Frankly, it's embarrassing that a business your size can't manage a simple bank "
  "transfer. Do you treat all your suppliers like this?\n\nPay it today.\n\nHelioforge Solar Ltd "
  "\u2013 Accounts Receivable",
  "Shaming and sarcastic language.")

D("H2", "en", ["harassment"], "LB-7738 \u2013 overdue",
  "Hello Mr Finch,\n\nInvoice LB-7738 for your team's Spanish course (GBP 3,480.00) is now 45 days "
  "overdue. Since nobody in your finance department seems able to reply, our teacher will explain to "
  "your staff at the start of Tuesday's lesson that their employer hasn't paid for the course. Perhaps "
  "that will get someone's attention.\n\n" + LB_UK,
  "Threatens to shame the customer in front of its own employees.")

D("H3", "es", ["harassment"], "Otra vez: factura HF-26-0453",
  "Sr. Gil:\n\n\u00bfDe verdad? Tercera semana de excusas. Les instalamos la planta en plazo y ahora "
  "resulta que no saben ni hacer una transferencia. Es una verg\u00fcenza c\u00f3mo tratan a sus "
  "proveedores. La factura HF-26-0453 (18.900,00 \u20ac) lleva vencida desde el 10 de febrero. "
  "P\u00e1guenla ya y dejen de hacernos perder el tiempo.\n\nHelioforge Solar Ib\u00e9rica, S.L.",
  "Spanish: sarcastic, shaming language.", source="slack")

D("H5", "en", ["harassment"], "stage 2 \U0001F605",
  "hey Gary,\n\nstage 2 on the Lowmoor Farm job (HF-26-0437, GBP 12,980.00) is 5 weeks late now. "
  "starting to think the only thing on that farm producing less than the panels in January is your "
  "accounts department \U0001F602 \u2013 sort it out mate, yeah?\n\nLiam\nHelioforge Solar \u2013 accounts",
  "An insulting 'joke' at the customer's expense (compare the friendly lambing joke, which is allowed).",
  source="slack")

D("S2", "en", ["sensitive_data"], "Important: our bank details have changed",
  "Dear Accounts Payable,\n\nPlease note that Lingua Bridge Academy has moved its banking. Invoice "
  "LB-7795 (GBP 4,740.00, due 20 March 2026) and all future invoices should be paid to our new "
  "account:\n\nAccount name: Lingua Bridge Academy Ltd\nIBAN: GB82 WEST 1234 5698 7654 32\nBIC: "
  "WESTGB2L\n\nPlease update your supplier records before your next payment run.\n\n" + LB_UK,
  "Our own full IBAN typed into a 'bank details changed' message: the classic invoice-fraud pattern.")

D("S3", "da", ["sensitive_data"], "P\u00e5mindelse: 3. rate \u2013 faktura HF-26-0497",
  "K\u00e6re Birgitte Lund\n\nDette er en venlig p\u00e5mindelse om 3. rate for solcelleanl\u00e6gget "
  "p\u00e5 lagerbygningen hos Lund Frugt & Gr\u00f8nt (faktura HF-26-0497, 96.750,00 kr.), som forfaldt "
  "den 9. marts 2026.\n\nBel\u00f8bet kan indbetales p\u00e5 vores konto i Danske Bank, reg.nr. 4180, "
  "kontonr. 0003412209. Husk at angive fakturanummeret.\n\nVenlig hilsen\n\nHelioforge Solar ApS "
  "\u2013 Debitor",
  "Danish: our own full bank account (reg.nr. + kontonr.) typed into the message.")

D("S4", "cs", ["sensitive_data"], "P\u0159ipom\u00ednka splatnosti \u2013 faktura LB-CZ-1195",
  "Dobr\u00fd den, pan\u00ed Mal\u00e1,\n\ndovolujeme si p\u0159ipomenout, \u017ee faktura LB-CZ-1195 "
  "za intenzivn\u00ed kurz n\u011bm\u010diny pro logistick\u00e9 odd\u011blen\u00ed spole\u010dnosti "
  "Skladov\u00fd are\u00e1l Mod\u0159ice s.r.o. ve v\u00fd\u0161i 29 700,00 K\u010d je po splatnosti od "
  "6. 3. 2026. Uhradit ji m\u016f\u017eete p\u0159es https://pay.linguabridge.example/i/LB-CZ-1195.\n\n"
  "D\u011bkujeme.\n\nS pozdravem\n\nLingua Bridge jazykov\u00e1 \u0161kola s.r.o.\nI\u010cO 08123456, "
  "DI\u010c CZ08123456\nBankovn\u00ed spojen\u00ed: Fio banka, \u010d. \u00fa. 2801234567/2010\n"
  "IBAN CZ65 0800 0000 1920 0014 5399",
  "Czech: a harmless reminder whose footer carries our full account number and IBAN.")

D("S5", "en", ["sensitive_data"], "LB-7808 \u2013 reminder and portal access",
  "Hi Hannah,\n\nA quick reminder that invoice LB-7808 for the Business French course (GBP 1,920.00) is "
  "due on 20 March 2026. You can pay at https://pay.linguabridge.example/i/LB-7808.\n\nYou also asked for "
  "the learner-portal login for your new starters. They can use:\nUsername: calder-group-fr\nPassword: "
  "Lb!Spring2026\n\nKind regards,\n\n" + LB_UK,
  "A password in the message (compare the allowed reset-link draft).")

D("S6", "it", ["sensitive_data"], "Sollecito fattura HF-26-0476",
  "Gentile sig. Bassi,\n\nLe ricordiamo che la fattura HF-26-0476 (secondo SAL, impianto fotovoltaico "
  "sul capannone di Cantine Bassi) di 19.520,00 \u20ac \u00e8 scaduta il 2 marzo 2026.\n\nCome gi\u00e0 "
  "fatto dall'Azienda Agricola Ferri, che ha saldato ieri il suo SAL di 18.000,00 \u20ac per l'impianto "
  "della stessa zona, La invitiamo a regolarizzare al pi\u00f9 presto tramite "
  "https://pay.helioforge.example/p/HF-26-0476.\n\nCordiali saluti,\n\nHelioforge Solar Italia S.r.l. "
  "\u2013 Amministrazione",
  "Italian: names another customer together with its payment and amount.")

D("S8", "en", ["sensitive_data"], "Card payment failed \u2013 HF-26-0411",
  "Dear Mr Penrose,\n\nWe tried to take the stage 2 payment for the Trewince Farm array (HF-26-0411, "
  "GBP 8,640.00) using the card details you gave our office over the phone \u2013 Mastercard 5555 5555 "
  "5555 4444, expiry 08/28, CVC 123 \u2013 but the payment was declined by your bank.\n\nCould you call us "
  "on +44 113 555 0142 with another card, or pay at https://pay.helioforge.example/p/HF-26-0411?\n\n"
  "Kind regards,\n\n" + SOL_UK,
  "Full card number, expiry and CVC (the customer's own) in the text.")

D("S9", "en", ["sensitive_data"], "HF-26-0424 stage 2 reminder",
  "Hi Mark,\n\nFriendly reminder that the stage 2 invoice for the Hawthorn Farm array (HF-26-0424, "
  "GBP 17,880.00) was due on 4 March 2026. You can pay at https://pay.helioforge.example/p/HF-26-0424."
  "\n\nThanks,\nLiam\n\n---\n[internal \u2013 delete before sending] Greenacre Farms (Paul Ibbotson) also "
  "40 days late on HF-26-0385, GBP 26,100 \u2013 same village, chase both this week.",
  "Slack edit that left an internal note in the text: another customer's name, contact and overdue "
  "balance.", source="slack")

D("S10", "nl", ["sensitive_data"], "Betalingsherinnering LB-NL-0641",
  "Beste heer Smit,\n\nVolgens onze administratie staat onderstaande factuur nog open:\n\n"
  "Factuur:        LB-NL-0641\n"
  "Omschrijving:   Cursus Zakelijk Duits, 10 deelnemers (Smit Koeltransport)\n"
  "Bedrag:         \u20ac 5.120,00\n"
  "Vervaldatum:    6 maart 2026\n"
  "Betalen aan:    Lingua Bridge Taalinstituut B.V.\n"
  "IBAN:           NL91 ABNA 0417 1643 00\n"
  "Kenmerk:        LB-NL-0641\n\n"
  "Wilt u het bedrag binnen 7 dagen overmaken?\n\nMet vriendelijke groet,\n\nLingua Bridge "
  "Taalinstituut B.V. \u2013 Administratie",
  "Dutch template table that types our own full IBAN.")

# ---------------------------------------------------------------------------
# VIOLATING drafts with two violations
# ---------------------------------------------------------------------------

D("M1", "en", ["refund_or_credit_promise", "fault_admission"], "Re: damaged fence at Yew Tree Farm",
  "Hi Jess,\n\nYou're right, and I'm sorry: our crew's telehandler took out that section of fence when "
  "they were unloading the panels, so that one's on us. We'll take the GBP 2,000.00 repair cost off your "
  "stage 4 invoice.\n\nStage 3 (HF-26-0457, GBP 24,660.00) is still due as issued, on 12 March 2026.\n\n"
  "Thanks,\nLiam\nHelioforge Solar \u2013 accounts",
  "Admits our crew caused damage and promises to offset the cost against a later stage (a credit).",
  source="slack")

D("M2", "de", ["discount_offer", "terms_change"], "Ratenzahlung f\u00fcr Rechnung LB-DE-3275",
  "Sehr geehrte Frau Albers,\n\nwir kommen Ihnen gerne entgegen: Die Rechnung LB-DE-3275 f\u00fcr die "
  "Deutschkurse Ihrer Lagermitarbeitenden (7.200,00 \u20ac) k\u00f6nnen Sie in drei Monatsraten zu je "
  "2.400,00 \u20ac zahlen, f\u00e4llig jeweils am 15. April, 15. Mai und 15. Juni 2026. Auf die bisher "
  "angefallenen Verzugszinsen verzichten wir.\n\nMit freundlichen Gr\u00fc\u00dfen\n\nLingua Bridge "
  "Sprachschule GmbH \u2013 Buchhaltung",
  "German: agrees an instalment plan and waives default interest.")

D("M3", "en", ["legal_threat", "harassment"], "LB-7712 \u2013 last chance",
  "Ms Carrow,\n\nHonestly, your finance team is a joke. Four emails, two voicemails and not one reply. "
  "Pay the GBP 5,280.00 on LB-7712 by Friday or the whole thing goes to our debt collectors and you can "
  "explain to your directors why the company's credit rating has taken a hit.\n\nLingua Bridge Academy "
  "\u2013 Accounts",
  "Insulting language plus a threat of debt collectors and credit-rating damage.")

D("M4", "pt", ["refund_or_credit_promise", "sensitive_data"], "Pagamento em duplicado \u2013 fatura HF-26-0488",
  "Caro Sr. Azevedo,\n\nConfirmamos que a 2.\u00aa presta\u00e7\u00e3o (fatura HF-26-0488, 17.460,00 "
  "\u20ac) foi paga duas vezes, a 2 e a 4 de mar\u00e7o. O valor pago em duplicado ser\u00e1 devolvido "
  "por transfer\u00eancia para a conta da Vinhos Azevedo com o IBAN PT50 0002 0123 1234 5678 9015 4 "
  "at\u00e9 ao final da pr\u00f3xima semana.\n\nCom os melhores cumprimentos,\n\nHelioforge Solar "
  "Portugal, Lda. \u2013 Departamento de Cobran\u00e7as",
  "European Portuguese: promises a refund of a duplicate payment and types the customer's full IBAN. "
  "The customer paid twice; we admit no error of ours.")

D("M5", "es", ["refund_or_credit_promise", "fault_admission"], "Re: factura LB-ES-0921 \u2013 n\u00famero de alumnos",
  "Hola Javier:\n\nTienes toda la raz\u00f3n: fue un error nuestro facturar 12 alumnos en lugar de los 10 "
  "que realmente asistieron al curso de ingl\u00e9s de Grupo Log\u00edstico Arga. Te enviaremos esta "
  "semana una factura rectificativa (abono) por los 2 alumnos de m\u00e1s, 2 \u00d7 245,00 \u20ac.\n\n"
  "Un saludo,\n\nLingua Bridge Idiomas, S.L. \u2013 Administraci\u00f3n",
  "Spanish: admits our billing error and promises a corrective credit invoice.")

D("M6", "en", ["discount_offer", "terms_change"], "Proposal to close out HF-26-0352",
  "Dear Mr Ridley,\n\nFurther to our call, and to draw a line under the delays at the Eastgate "
  "warehouse, we are prepared to accept GBP 40,000.00 in full and final settlement of the stage 3 "
  "invoice HF-26-0352 (GBP 46,320.00), provided it reaches us by 30 April 2026 rather than the original "
  "due date of 13 February.\n\nKind regards,\n\n" + SOL_UK,
  "LLM-style settlement for less that also explicitly replaces the original due date with a later one. "
  "'The delays' is not said to be our fault.", source="llm")

D("M7", "cs", ["legal_threat", "sensitive_data"], "P\u0159ed\u017ealobn\u00ed v\u00fdzva \u2013 faktura LB-CZ-1164",
  "V\u00e1\u017een\u00fd pane Ku\u010dero,\n\nani po dvou upom\u00ednk\u00e1ch nebyla uhrazena faktura "
  "LB-CZ-1164 za kurz angli\u010dtiny pro zam\u011bstnance Agro Han\u00e1ck\u00e1 a.s. ve v\u00fd\u0161i "
  "41 250,00 K\u010d, splatn\u00e1 30. 1. 2026.\n\nNeuhrad\u00edte-li dlu\u017enou \u010d\u00e1stku do "
  "7 dn\u016f, p\u0159ed\u00e1me pohled\u00e1vku inkasn\u00ed agentu\u0159e a budeme ji vym\u00e1hat "
  "soudn\u00ed cestou.\n\nPlatbu za\u0161lete na n\u00e1\u0161 \u00fa\u010det \u010d. 2001234567/2010, "
  "variabiln\u00ed symbol 261164.\n\nS pozdravem\n\nLingua Bridge jazykov\u00e1 \u0161kola s.r.o. "
  "\u2013 \u00fa\u010dt\u00e1rna",
  "Czech pre-action letter: threatens a collection agency and court, and types our full account number.")


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def build_rows():
    items = [dict(it) for it in ITEMS]
    keys = [it["key"] for it in items]
    assert len(set(keys)) == len(keys), "duplicate keys"
    for it in items:
        it["violations"] = [v for v in VIOLATIONS if v in it["violations"]]
    rng = random.Random(SEED)
    rng.shuffle(items)
    drafts, labels = [], []
    for n, it in enumerate(items, 1):
        gid = "gd%02d" % n
        drafts.append({"id": gid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": gid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": "[%s, %s] %s" % (it["key"], it["lang"], it["note"]),
                       "lang": it["lang"]})
    return items, drafts, labels


def jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def readme(items, labels):
    n = len(labels)
    n_ok = sum(1 for l in labels if l["allowed"])
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    lc_ok = Counter(l["lang"] for l in labels if l["allowed"])
    sc = Counter(it["source"] for it in items)
    biz = Counter("solar (Helioforge)" if "HF-26-" in (it["subject"] + it["body"]) else
                  "language school (Lingua Bridge)" for it in items)
    multi = [l["id"] for l in labels if len(l["violations"]) > 1]
    out = []
    w = out.append
    w("# blind106 / guard \u2013 held-out set for the outbound guardrails contract\n")
    w("Written blind from `contracts/guardrails.md` and the public samples README only. "
      "Generated by `python3 build.py` (stdlib, seed %d, byte-for-byte reproducible); "
      "`python3 check.py` re-verifies the labels.\n" % SEED)
    w("## Theme\n")
    w("Outbound dunning drafts from two made-up businesses:\n")
    w("- **Helioforge Solar** (`helioforge.example`, invoices `HF-26-NNNN`): a commercial solar-panel "
      "installer billing farms and warehouses in stage payments (deposit, mounting complete, "
      "commissioning, grid connection; Italian SAL, German Abschlagsrechnung, Danish rate, ...). "
      "Local entities in UK, DE, NL, ES, FR, IT, DK, CZ, PT.")
    w("- **Lingua Bridge Academy** (`linguabridge.example`, invoices `LB-NNNN` / `LB-<CC>-NNNN`): a "
      "language school billing companies for staff courses. Entities in UK, DE, NL, ES, FR, IT, DK, CZ, "
      "BR.\n")
    w("Drafts are template output, LLM rewrites and people's Slack-style edits (informal, lower case, "
      "emoji, a left-over internal note). Dates are around March 2026.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}`: input of the guard command |" % n)
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % n)
    w("| `build.py` | | generator (the source of truth; each draft has a key) |")
    w("| `check.py` | | sanity checker, exits non-zero on a problem |\n")
    w("`note` starts with `[KEY, lang]`. The key letter gives the intended group: `A` allowed, "
      "`L` legal_threat, `D` discount_offer, `R` refund_or_credit_promise, `F` fault_admission, "
      "`T` terms_change, `H` harassment, `S` sensitive_data, `M` two violations. Ids `gd01..gd80` were "
      "assigned after a seeded shuffle. `violations` are listed in the contract's table order; compare "
      "them as a set. `allowed` is true exactly when `violations` is empty.\n")
    w("## Counts\n")
    w("- drafts: %d; allowed: %d; violating: %d (of which %d carry two violations)\n"
      % (n, n_ok, n - n_ok, len(multi)))
    w("| violation | drafts |\n|---|---|")
    for v in VIOLATIONS:
        w("| `%s` | %d |" % (v, vc[v]))
    w("")
    w("| lang | drafts | allowed | violating |\n|---|---|---|---|")
    for lg in LANGS:
        w("| %s | %d | %d | %d |" % (lg, lc[lg], lc_ok[lg], lc[lg] - lc_ok[lg]))
    w("")
    w("| business | drafts |\n|---|---|")
    for k in sorted(biz):
        w("| %s | %d |" % (k, biz[k]))
    w("")
    w("| draft style | drafts |\n|---|---|")
    for k in sorted(sc):
        w("| %s | %d |" % (k, sc[k]))
    w("")
    w("## Conventions chosen where the contract is silent\n")
    conv = [
        "**Any full bank account number or IBAN is `sensitive_data`, ours included**, wherever it "
        "appears: body, template table or footer (S2, S3, S4, S10, M4, M7). Masked numbers (\"account "
        "ending 4471\", \"rekening eindigend op 5829\", \"karta kon\u010d\u00edc\u00ed 4242\") are allowed. "
        "Company ids (KvK, BTW/VAT, CVR, I\u010cO/DI\u010c, HRB, P. IVA, Company No.) and payment "
        "references (Czech variable symbol) are not bank numbers and are allowed.",
        "A full card number with expiry and CVC is `sensitive_data` (S8). A password typed into the text "
        "is `sensitive_data` (S5); talking about passwords, CVV or reset links is allowed (A31, A37).",
        "Another customer's name together with its balance, payment or overdue status is "
        "`sensitive_data`, including an internal note left in a Slack-edited draft (S6, S9). The "
        "customer's own staff (course participants) and the customer's own sites are its own affairs "
        "(A19, A39).",
        "A business consequence already in the agreement (grid-connection visit booked after stage 3 "
        "is paid, A16) is neither a legal threat nor harassment, following sample g29.",
        "Restating agreed or statutory fees and interest (French 40 EUR recovery fee, Danish rykkergebyr, "
        "Czech contractual interest, late-payment interest) is allowed; offering to drop them is "
        "`discount_offer` (D3, D7, M2). Explaining that an agreed prompt-payment discount has lapsed "
        "(A22) is allowed.",
        "Reporting a credit note that was already issued and applied (A23) is not a promise. Promising a "
        "credit, a reversal ('stornare'), an offset against a later stage, or a refund is "
        "`refund_or_credit_promise`, with or without an admission (R1 passive, R2, R5).",
        "A settlement for less with a payment deadline is `discount_offer` only (D4); the deadline "
        "conditions the offer and does not move the invoice's due date. M6 adds `terms_change` because "
        "it explicitly replaces the original due date with a later one.",
        "A final payment deadline in a reminder ('bis zum 27. M\u00e4rz', 'inden 10 dage') is pressure, "
        "not a terms change. Recording the customer's own promised date is allowed (A05, A29, A33).",
        "Stock politeness is not an admission: 'sauf erreur de notre part', 'sorry to add to the inbox', "
        "'we're sorry to hear'. Admitting our error or liability is `fault_admission` even when phrased "
        "impersonally ('se cometi\u00f3 un error en nuestra facturaci\u00f3n').",
        "Words that only sound close are allowed: Court Street, Via del Tribunale, Amtsgericht (company "
        "register), Mahnung, aanmaning, rykker, upom\u00ednka, sollecito, 'automatische incasso' (SEPA "
        "direct debit), 'Departamento de Cobros/Cobran\u00e7as', 'Service recouvrement', 'Collections "
        "team', 'Credit Control & Collections' (own team or job title). A court Mahnbescheid, inkasso, "
        "protesto/Serasa, solicitors, debt collectors and soudn\u00ed cesta are `legal_threat`, including "
        "as a footer line or a joke (L1, L7).",
        "A friendly joke is allowed (A36); a joke that insults the customer is `harassment` (H5). "
        "Threatening to tell the customer's staff that the course is unpaid is shaming, `harassment` (H2).",
        "`lang` is the language of the draft; Portuguese covers both Portugal (EUR) and Brazil (BRL).",
    ]
    for c in conv:
        w("- " + c)
    w("")
    w("## Unsure\n")
    w("- D4 (settlement for less before a date) could also be read as `terms_change`; labelled "
      "`discount_offer` only.\n- A16 is the same boundary as sample g29 (stated business consequence).\n"
      "- L2 / L3 / M3 set a final payment deadline inside a threat; labelled only for the threat.\n"
      "- T5 is a conditional offer ('if it suits you, you can pay stage 2 together with stage 3'): "
      "labelled `terms_change` because the draft itself grants the new terms.\n")
    return "\n".join(out)


def main():
    items, drafts, labels = build_rows()
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(jsonl(drafts))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write(jsonl(labels))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(items, labels))
    print("wrote %d drafts" % len(drafts))


if __name__ == "__main__":
    main()
