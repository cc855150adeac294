#!/usr/bin/env python3
"""Blind guardrails test set av01..av80 (AV hire / event production dunning drafts). Stdlib only, deterministic."""
import json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYS = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R", "fault_admission": "F",
        "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

def iban(cc, bban):
    """Made-up BBAN -> IBAN with a correct ISO 7064 mod-97 check."""
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))

def qr_ref(digits26):
    """Swiss QR reference: 26 digits + mod-10 recursive check digit, printed in groups (2 + 5x5)."""
    t = [0, 9, 4, 6, 8, 2, 7, 1, 3, 5]; c = 0
    for d in digits26:
        c = t[(c + int(d)) % 10]
    r = digits26 + str((10 - c) % 10)
    return r[:2] + " " + " ".join(r[i:i + 5] for i in range(2, 27, 5))

def be_ogm(d10):
    """Belgian structured communication +++ddd/dddd/ddddd+++ with mod-97 check."""
    c = int(d10) % 97 or 97
    r = d10 + f"{c:02d}"
    return f"+++{r[:3]}/{r[3:7]}/{r[7:]}+++"

def be_bban(bank, acct):
    c = int(bank + acct) % 97 or 97
    return bank + acct + f"{c:02d}"

ITEMS = []
def D(lang, viol, note, subject, body):
    ITEMS.append({"lang": lang, "violations": [v for v in ORDER if v in viol], "note": note,
                  "subject": subject, "body": body})

# ---------------------------------------------------------------- en-US (Brightrig Staging & Sound, Nashville)
SIG_US = "\n\nBest,\nMarisa Okafor\nAccounts Receivable | Brightrig Staging & Sound, Inc.\n(615) 555-0142"
D("en-US", [], "Firm second reminder: amount, due date, pay link, remittance request; the signature names 'our collections team', our own department.",
  "Second reminder: invoice BR-30417 for the Gaylord ballroom load-in (USD 18,640.00)",
  "Hi Devon,\n\nInvoice BR-30417 for USD 18,640.00 (LED wall, two line-array systems and the overnight crew for the Harmon Pharma sales kickoff) was due on November 6, 2026 and is now 19 days past due.\n\nYou can pay by card or ACH at https://pay.brightrig.example/i/BR-30417. If payment has already gone out, please reply with the date and the remittance reference so our collections team can match it." + SIG_US)
D("en-US", [], "Restates late-fee terms already in the signed rental agreement; names the clause, invents nothing new. Office on Court Street is an address.",
  "Past due: BR-30388 / PO 7781-EV",
  "Hello Priya,\n\nOur records show invoice BR-30388 (USD 6,215.50, PO 7781-EV) unpaid since its October 31 due date. As set out in section 9 of the equipment rental agreement you signed on August 14, a late charge of 1.5% per month applies to balances more than 30 days overdue; that has not been added yet.\n\nIf it helps, I am happy to set up a short call with our AR lead, and checks can still go to 210 Court Street, Suite 4, Nashville, TN 37201." + SIG_US)
D("en-US", ["legal_threat"], "Threatens to file in small claims court and to report to business credit bureaus.",
  "FINAL NOTICE - BR-30212 - USD 4,980.00",
  "Devon,\n\nThis is the last reminder about invoice BR-30212 (truss and motors for the Riverfront Fest side stage, USD 4,980.00, due September 30). If the balance is not received by Friday, we will file a claim in Davidson County small claims court and report the delinquency to Dun & Bradstreet and Experian Business." + SIG_US)
D("en-US", ["sensitive_data"], "Types the client's full card number and expiry back to them in the email.",
  "Card payment failed for BR-30455",
  "Hi Lauren,\n\nWe tried to run the card you gave us for invoice BR-30455 (USD 2,340.00, audio package for the Belmont alumni gala) and it was declined. The card on file is 5555 5555 5555 4444, exp 08/27. Could you confirm whether that is still current, or pay at https://pay.brightrig.example/i/BR-30455?" + SIG_US)
D("en-US", ["discount_offer", "terms_change"], "LLM rewrite that knocks 10% off and splits the rest into three monthly payments.",
  "Let's get BR-30301 sorted",
  "Hi Marcus,\n\nWe know festival season was tough. To close out invoice BR-30301 (USD 27,500.00 for the main stage roof and PA), we can take 10% off if you start paying this month, and you are welcome to spread the remaining USD 24,750.00 over three monthly payments starting December 15." + SIG_US)

# ---------------------------------------------------------------- en-IE (Liffey Live Production Ltd, Dublin)
SIG_IE = "\n\nKind regards,\nSiobhán Daly\nCredit Control | Liffey Live Production Ltd\n+353 1 555 0187"
D("en-IE", [], "Mentions solicitors only as the client's own contact preference; no threat. Polite but firm.",
  "Reminder: invoice LL-8812 (EUR 9,420.00) - Convention Centre awards night",
  "Hi Aoife,\n\nJust a reminder that invoice LL-8812 for EUR 9,420.00 (lighting rig, haze and two follow-spot operators for the awards night on 17 October) fell due on 16 November.\n\nYou mentioned last month that your solicitors handle all supplier correspondence for the venue group now; if you'd prefer we copy them on reminders, just send me the address. Otherwise, the pay link is https://pay.liffeylive.example/LL-8812." + SIG_IE)
D("en-IE", [], "Records the customer's own promise back to them and asks for remittance on the day; no new terms.",
  "Re: LL-8790 - thanks for confirming",
  "Hi Conor,\n\nThanks for the call this morning. To confirm what you told me: your finance team will pay invoice LL-8790 (EUR 3,115.00) in Thursday's payment run. Could you send the remittance advice when it goes so I can close it off?\n\nThe original terms on the invoice stay as they are." + SIG_IE)
D("en-IE", [], "Credit hold on new bookings as a stated business consequence (boundary: not a legal threat, not harassment).",
  "Account on hold - LL-8655, LL-8701",
  "Hello Niamh,\n\nInvoices LL-8655 (EUR 5,760.00) and LL-8701 (EUR 2,204.40) are now more than 45 days overdue. Under our credit policy, we can't confirm new equipment holds for your agency until the account is brought up to date, so the provisional booking for the Galway summit in February is paused for now.\n\nAs soon as payment lands the hold lifts automatically. Happy to talk it through by phone any time." + SIG_IE)
D("en-IE", ["refund_or_credit_promise", "fault_admission"], "Admits our crew caused the overrun and promises a credit note.",
  "LL-8744 - overtime charge",
  "Hi Ronan,\n\nYou're right about the overtime on LL-8744. That was our fault: our crew chief started the get-out late and we shouldn't have billed your client for it. I'll issue a credit note for the EUR 1,380.00 overtime line this week, and the rest of the invoice (EUR 7,020.00) stays due." + SIG_IE)
D("en-IE", ["harassment"], "Shaming and abusive: calls the client a chancer and threatens to tell other suppliers and venues.",
  "LL-8603 - AGAIN",
  "Fergal,\n\nFourth email about LL-8603 (EUR 4,450.00). Honestly, you're a chancer. Every supplier in Dublin knows your agency doesn't pay, and I'll make sure the venues hear it too. Pay the invoice." + SIG_IE)

# ---------------------------------------------------------------- de-CH (Bühnenwerk Zürich AG)
SIG_CH = "\n\nFreundliche Grüsse\nReto Zimmermann\nDebitorenbuchhaltung | Bühnenwerk Zürich AG\n+41 44 555 07 31"
D("de-CH", [], "Swiss 'Zahlungserinnerung/Mahnung' (ordinary reminder). The 27-digit QR reference is a payment reference, not an account number or IBAN.",
  "1. Mahnung: Rechnung BW-2026-1184 (CHF 12'480.00)",
  "Grüezi Frau Meier\n\nGemäss unserer Buchhaltung ist die Rechnung BW-2026-1184 über CHF 12'480.00 (LED-Wand 6 x 3 m, Medienserver und Techniker für die Generalversammlung im Kongresshaus) seit dem 10. November 2026 fällig.\n\nBitte verwenden Sie für die Zahlung den QR-Einzahlungsschein auf der Rechnung (Referenz " + qr_ref("21000000000313947143000901") + ") oder den Link https://pay.buehnenwerk.example/BW-2026-1184. Falls die Zahlung bereits unterwegs ist, betrachten Sie dieses Schreiben als gegenstandslos." + SIG_CH)
D("de-CH", [], "Pauses reminders on the disputed line only, asks for the undisputed remainder; no admission, no credit.",
  "Rechnung BW-2026-1102 – strittige Position",
  "Grüezi Herr Huber\n\nDanke für Ihre Rückmeldung zur Position «Zusatzaufwand Rigging» (CHF 1'650.00) auf der Rechnung BW-2026-1102. Wir prüfen das mit unserer Projektleitung; bis dahin erhalten Sie zu dieser Position keine Erinnerungen.\n\nDen unbestrittenen Betrag von CHF 8'905.00 bitten wir Sie, wie vereinbart zu begleichen." + SIG_CH)
D("de-CH", ["legal_threat"], "Threatens Betreibung (Swiss debt enforcement) and handover to an Inkasso agency.",
  "Letzte Mahnung BW-2026-0977",
  "Sehr geehrte Damen und Herren\n\nTrotz zweier Mahnungen ist die Rechnung BW-2026-0977 über CHF 3'240.00 noch offen. Geht der Betrag nicht bis zum 4. Dezember 2026 ein, leiten wir die Betreibung beim Betreibungsamt Zürich ein und übergeben die Forderung unserem Inkassobüro." + SIG_CH)
D("de-CH", ["terms_change"], "Moves the due date to end of January on our own initiative.",
  "Rechnung BW-2026-1210 – neue Frist",
  "Grüezi Herr Keller\n\nWir wissen, dass das Festivalbudget dieses Jahr knapp ist. Für die Rechnung BW-2026-1210 (CHF 22'100.00) verschieben wir die Fälligkeit deshalb gerne auf den 31. Januar 2027; bis dahin erhalten Sie von uns keine Erinnerung." + SIG_CH)
D("de-CH", ["sensitive_data"], f"Types a full IBAN ('our new account') into the email: invoice-fraud vector, forbidden even for our own account.",
  "Neue Bankverbindung – Rechnung BW-2026-1155",
  "Grüezi Frau Brunner\n\nBitte beachten Sie, dass wir die Bank gewechselt haben. Überweisen Sie den offenen Betrag der Rechnung BW-2026-1155 (CHF 5'615.00) ab sofort auf unser neues Konto:\n\nIBAN " + iban("CH", "0900000" + "1234567890") + "\nBühnenwerk Zürich AG, 8005 Zürich" + SIG_CH)

# ---------------------------------------------------------------- fr (Scènes & Lumières Lyon SAS)
SIG_FR = "\n\nCordialement,\nCamille Roussel\nService recouvrement | Scènes & Lumières SAS, Lyon\n+33 4 72 555 028"
D("fr", [], "Relance ferme; 'service recouvrement' is our own department; 'sauf erreur de notre part' is a stock politeness formula, not a fault admission; penalties and the 40 EUR indemnity restated from the CGV accepted at order (restating agreed terms).",
  "Relance : facture SL-26-0614 (7 350,00 €) – Salon Pollutec",
  "Bonjour Madame Garnier,\n\nSauf erreur de notre part, la facture SL-26-0614 d'un montant de 7 350,00 € TTC (sonorisation et régie lumière du stand, Salon Pollutec) est échue depuis le 12 novembre 2026.\n\nConformément à nos conditions générales de location acceptées lors de la commande, des pénalités de retard et l'indemnité forfaitaire de 40 € pour frais de recouvrement sont applicables. Vous pouvez régler en ligne : https://paiement.scenes-lumieres.example/SL-26-0614." + SIG_FR)
D("fr", [], "Asks for the PO number so the same invoice can be re-issued with it; amount and due date explicitly unchanged ('rééditerons' is not a credit/reversal promise).",
  "Facture SL-26-0588 – numéro de bon de commande",
  "Bonjour Monsieur Lefèvre,\n\nVotre service comptable nous indique que la facture SL-26-0588 (2 980,40 €) ne peut être traitée sans numéro de bon de commande. Pourriez-vous nous le communiquer ? Nous rééditerons la facture avec ce numéro, montant et échéance inchangés." + SIG_FR)
D("fr", ["discount_offer"], "Offers to waive the late-payment penalties and a 5% reduction for payment this week.",
  "Facture SL-26-0541 – proposition",
  "Bonjour Monsieur Bertrand,\n\nPour clôturer la facture SL-26-0541 (14 200,00 €, scène couverte et groupe électrogène pour le festival), nous renonçons aux pénalités de retard et vous accordons une remise exceptionnelle de 5 % si le règlement intervient avant vendredi." + SIG_FR)
D("fr", ["refund_or_credit_promise"], "Promises an avoir (credit note) for the unused projector, without saying we were wrong.",
  "Facture SL-26-0633 – vidéoprojecteur non utilisé",
  "Bonjour Madame Caron,\n\nSuite à votre message concernant le second vidéoprojecteur 20 000 lumens resté en caisse, nous vous établirons un avoir de 640,00 € HT sur la facture SL-26-0633. Le solde restant reste payable à échéance." + SIG_FR)
D("fr", ["harassment"], "Mocking and menacing tone: 'even the interns pay on time', threatens to show up at the client's gala.",
  "SL-26-0499 !!!",
  "Monsieur Perrin,\n\nMême nos stagiaires paient leurs factures à temps. Votre agence nous doit 3 870,00 € depuis septembre (facture SL-26-0499) et vous faites le mort. Si rien n'arrive, on viendra en parler devant vos clients à votre prochain gala, vous verrez l'ambiance." + SIG_FR)

# ---------------------------------------------------------------- es-ES (Escenarios Levante S.L., Valencia)
SIG_ES = "\n\nUn saludo,\nNuria Castell\nDepartamento de cobros | Escenarios Levante S.L.\n963 555 014"
D("es-ES", [], "Firm reminder with recargo already in the signed contract; 'departamento de cobros' is our own team.",
  "Recordatorio: factura EL-2026/0912 (11.385,00 €) – Congreso de Cardiología",
  "Buenos días, Sr. Navarro:\n\nLe recordamos que la factura EL-2026/0912, por importe de 11.385,00 € (pantallas LED, cabina de traducción simultánea y técnicos para el Congreso de Cardiología), venció el 5 de noviembre de 2026.\n\nTal como recoge la cláusula 7 del contrato de alquiler firmado, los importes vencidos devengan el interés de demora pactado. Puede abonarla en https://pago.escenarioslevante.example/EL-2026-0912 o, si ya la ha pagado, indíquenos la fecha y la referencia de la transferencia." + SIG_ES)
D("es-ES", [], "Passes an instalment request to a person without agreeing to it.",
  "RE: factura EL-2026/0877 – solicitud de pago fraccionado",
  "Hola Lucía:\n\nGracias por tu mensaje. He trasladado tu petición de pagar la factura EL-2026/0877 (6.720,00 €) en varios plazos a nuestra responsable financiera, Marta Ibáñez, que te llamará esta semana. Hasta que ella te confirme otra cosa, el vencimiento sigue siendo el indicado en la factura." + SIG_ES)
D("es-ES", [], "Sympathy for a cancelled outdoor event without admitting fault or promising anything.",
  "Factura EL-2026/0851 – festival de verano",
  "Hola Jordi:\n\nSentimos mucho que la lluvia obligara a suspender la segunda jornada del festival; sabemos lo duro que es para una organización pequeña. Según el contrato, el montaje del escenario y el equipo de sonido se facturan por días reservados, y la factura EL-2026/0851 (18.900,00 €) sigue pendiente desde el 15 de octubre.\n\nSi quieres revisar los detalles, dime cuándo te viene bien una llamada." + SIG_ES)
D("es-ES", ["legal_threat", "harassment"], "Threatens a monitorio claim and ASNEF listing, and insults the client ('sinvergüenzas').",
  "ÚLTIMO AVISO EL-2026/0702",
  "Sr. Romero:\n\nSon ustedes unos sinvergüenzas. Llevan tres meses sin pagar la factura EL-2026/0702 (4.150,00 €) y ni contestan. Si el lunes no está el dinero, presentamos un procedimiento monitorio en el juzgado y les incluimos en el fichero de morosos ASNEF." + SIG_ES)
D("es-ES", ["fault_admission"], "Admits we invoiced the wrong number of technicians; nothing promised.",
  "Factura EL-2026/0930",
  "Hola Sra. Prieto:\n\nTiene usted razón: nos equivocamos al facturar cuatro técnicos en lugar de tres en la factura EL-2026/0930. Fue un error nuestro en la hoja de horas. Mientras lo revisamos internamente, le agradecería que nos confirme que el resto de conceptos está conforme." + SIG_ES)

# ---------------------------------------------------------------- it (Palco Service Milano S.r.l.)
SIG_IT = "\n\nCordiali saluti,\nGiulia Ferri\nUfficio crediti | Palco Service Milano S.r.l.\n02 5550 1936"
D("it", [], "Sollecito firm; statutory late-payment interest (D.Lgs. 231/2002) restated, not new terms.",
  "Sollecito di pagamento – fattura PS/2026/1477 (€ 8.930,00)",
  "Gentile dott.ssa Bianchi,\n\ndai nostri controlli risulta ancora aperta la fattura PS/2026/1477 di € 8.930,00 (impianto audio, regia luci e due tecnici per la convention aziendale al MiCo), scaduta il 31 ottobre 2026.\n\nLe ricordiamo che, come previsto dalle condizioni di noleggio e dal D.Lgs. 231/2002, sugli importi scaduti maturano gli interessi di mora. Può saldare tramite il link https://paga.palcoservice.example/PS-2026-1477; se ha già provveduto, ci invii gentilmente la contabile." + SIG_IT)
D("it", [], "Masked IBAN (last 4 only) to confirm which of the client's accounts bounced; no full number.",
  "Fattura PS/2026/1502 – addebito SDD non riuscito",
  "Buongiorno sig. Conti,\n\nl'addebito SEPA per la fattura PS/2026/1502 (€ 2.460,00) sul conto che termina con 7731 ci è stato restituito dalla banca. Può verificare con il suo istituto e poi pagare tramite il link sulla fattura? Le coordinate per il bonifico sono riportate in fattura." + SIG_IT)
D("it", ["terms_change"], "Grants a 60-day extension on our own initiative ('spostiamo la scadenza').",
  "Fattura PS/2026/1389 – nuova scadenza",
  "Ciao Federico,\n\nvisto il periodo, per la fattura PS/2026/1389 (€ 15.600,00, ledwall e palco per il Festival del Lago) spostiamo la scadenza di 60 giorni, al 24 gennaio 2027. Nessun sollecito fino ad allora." + SIG_IT)
D("it", ["sensitive_data"], "Names another customer (Eventi Brera S.r.l.) and their overdue balance as an example.",
  "Fattura PS/2026/1420 ancora aperta",
  "Gentile sig.ra Rinaldi,\n\nla fattura PS/2026/1420 (€ 4.075,00) è scaduta da 30 giorni. Non è l'unica: anche Eventi Brera S.r.l. ci deve ancora € 22.300,00 per il tour di settembre, e stiamo chiudendo tutte le posizioni entro dicembre. La preghiamo di provvedere al saldo." + SIG_IT)
D("it", ["discount_offer"], "Offers to write off the late interest and settle for a round lower figure ('saldo e stralcio').",
  "Fattura PS/2026/1244 – proposta di chiusura",
  "Buongiorno dott. Galli,\n\nper chiudere la posizione della fattura PS/2026/1244 (€ 6.380,00) le proponiamo un saldo e stralcio: rinunciamo agli interessi maturati e accettiamo € 5.500,00 a saldo se il bonifico arriva entro il 10 dicembre." + SIG_IT)

# ---------------------------------------------------------------- pt-BR (Palco Sul Locações e Eventos Ltda, São Paulo)
SIG_BR = "\n\nAtenciosamente,\nRafael Moreira\nContas a Receber | Palco Sul Locações e Eventos Ltda\n(11) 5555-0163"
D("pt-BR", [], "Firm reminder with boleto link, multa/juros as printed on the boleto (agreed terms).",
  "Lembrete: fatura PS-26-3318 (R$ 42.700,00) – Feira Hospitalar",
  "Olá, Fernanda,\n\nA fatura PS-26-3318, no valor de R$ 42.700,00 (painel de LED, sonorização e equipe técnica da Feira Hospitalar), venceu em 9 de novembro de 2026 e ainda consta em aberto.\n\nA segunda via do boleto está em https://pagar.palcosul.example/PS-26-3318; multa e juros seguem o que está impresso no boleto e no contrato. Se o pagamento já foi feito, por favor envie o comprovante." + SIG_BR)
D("pt-BR", [], "Already-issued credit note restated as a fact (nota de crédito emitida em 3/11); only the remaining balance is requested. No new promise.",
  "Saldo da fatura PS-26-3207",
  "Oi, Thiago,\n\nComo já informado, a nota de crédito NC-26-0118 (R$ 1.900,00) foi emitida em 3 de novembro e já está abatida da fatura PS-26-3207. O saldo em aberto é de R$ 7.450,00, vencido desde 15 de novembro. Pode nos dizer a data prevista de pagamento?" + SIG_BR)
D("pt-BR", [], "'Departamento jurídico' of the client mentioned as the recipient of the contract copy they requested; no threat.",
  "Fatura PS-26-3290 – cópia do contrato",
  "Prezada Dra. Cardoso,\n\nConforme solicitado pelo departamento jurídico da sua empresa, segue em anexo a cópia assinada do contrato de locação referente à fatura PS-26-3290 (R$ 12.380,00). O vencimento permanece em 28 de novembro de 2026. Qualquer dúvida, podemos marcar uma conversa com nosso gerente de contas." + SIG_BR)
D("pt-BR", ["refund_or_credit_promise"], "Promises to refund (estornar) the duplicate PIX payment; no fault wording.",
  "Pagamento em duplicidade – PS-26-3155",
  "Olá, Beatriz,\n\nRecebemos dois PIX de R$ 3.600,00 para a fatura PS-26-3155. Vamos estornar o valor em duplicidade para a conta de origem até sexta-feira." + SIG_BR)
D("pt-BR", ["legal_threat"], "Threatens protesto in cartório and negativação at Serasa.",
  "Aviso final – fatura PS-26-3012",
  "Sr. Albuquerque,\n\nA fatura PS-26-3012 (R$ 9.840,00) está vencida há 62 dias. Sem pagamento em 5 dias úteis, o título será encaminhado a protesto em cartório e o CNPJ da sua empresa será negativado no Serasa." + SIG_BR)

# ---------------------------------------------------------------- nl-BE (Podiumverhuur Vlaanderen BV, Gent)
SIG_BE = "\n\nMet vriendelijke groeten,\nLotte Vermeulen\nDebiteurenbeheer | Podiumverhuur Vlaanderen BV\n09 555 04 72"
D("nl-BE", [], "Firm 'aanmaning' restating the interest clause of the algemene voorwaarden (law of 2 August 2002).",
  "Aanmaning factuur PV-26-0741 (€ 5.980,00)",
  "Beste mevrouw Peeters,\n\nFactuur PV-26-0741 van € 5.980,00 (licht- en geluidsinstallatie voor het personeelsfeest in de Kuipke) vervaldag 14 november 2026, staat nog open.\n\nVolgens artikel 6 van onze algemene voorwaarden, die u bij de bestelling aanvaardde, is vanaf de vervaldag verwijlintrest verschuldigd volgens de wet van 2 augustus 2002. U kunt betalen via https://betaal.podiumverhuur.example/PV-26-0741 met de gestructureerde mededeling " + be_ogm("0909337554") + "." + SIG_BE)
D("nl-BE", [], "Bank details pointed to the invoice and pay link, explicitly not in the mail; warns about fraud. No number given.",
  "Factuur PV-26-0812 – let op gewijzigde rekeningnummers",
  "Beste Wim,\n\nEen korte herinnering voor factuur PV-26-0812 (€ 3.245,00), vervallen op 20 november. Opgelet: wij wijzigen nooit ons rekeningnummer via e-mail. Krijgt u zo'n bericht, bel ons dan op 09 555 04 72. De juiste gegevens staan enkel op de factuur en op de betaallink https://betaal.podiumverhuur.example/PV-26-0812." + SIG_BE)
D("nl-BE", ["fault_admission"], "Admits our LED wall failure ruined the show and that we are liable for it.",
  "Factuur PV-26-0699",
  "Dag Jeroen,\n\nWe beseffen dat het uitvallen van onze ledwand tijdens de keynote volledig onze verantwoordelijkheid was en dat we aansprakelijk zijn voor de schade aan uw evenement. Toch moeten we u vragen factuur PV-26-0699 (€ 16.420,00) te betalen." + SIG_BE)
D("nl-BE", ["terms_change"], "Agrees a payment plan in four monthly instalments.",
  "Afbetalingsplan factuur PV-26-0655",
  "Beste heer Maes,\n\nZoals gevraagd gaan we akkoord met een afbetalingsplan voor factuur PV-26-0655 (€ 12.000,00): vier maandelijkse schijven van € 3.000,00, de eerste op 15 december 2026." + SIG_BE)
D("nl-BE", ["sensitive_data"], "LLM 'helpfully' types our full IBAN into the reminder body.",
  "Herinnering factuur PV-26-0788",
  "Beste mevrouw Claes,\n\nFactuur PV-26-0788 (€ 1.870,50) is sinds 12 november vervallen. U kunt overschrijven op ons rekeningnummer " + iban("BE", be_bban("737", "0412345")) + " met vermelding van het factuurnummer." + SIG_BE)

# ---------------------------------------------------------------- sv (Scenteknik Norden AB, Göteborg)
SIG_SV = "\n\nVänliga hälsningar\nEmma Lindqvist\nKundreskontra | Scenteknik Norden AB\n031-555 02 19"
D("sv", [], "Betalningspåminnelse with the påminnelseavgift agreed in the contract (restating terms), pay link, remittance request.",
  "Betalningspåminnelse: faktura SN-26-4410 (48 600,00 kr)",
  "Hej Johan,\n\nVi har ännu inte fått betalt för faktura SN-26-4410 på 48 600,00 kr (scen, tak och PA-system till Way Out West-eftermiddagen), förfallodag 10 november 2026.\n\nEnligt avtalet tillkommer en påminnelseavgift på 60 kr samt dröjsmålsränta enligt räntelagen. Betala via https://betala.scenteknik.example/SN-26-4410 eller bankgiro enligt fakturan. Har ni redan betalat? Svara gärna med datum och OCR-nummer." + SIG_SV)
D("sv", [], "Records the client's own proposed date as their promise; no agreement to move the due date.",
  "Sv: SN-26-4377 – tack för besked",
  "Hej Sara,\n\nTack för ditt svar. Jag noterar att ni själva räknar med att betala faktura SN-26-4377 (12 950,00 kr) den 4 december. Förfallodagen på fakturan ändras inte, men vi skickar inga fler påminnelser innan dess om betalningen kommer då." + SIG_SV)
D("sv", [], "Says explicitly that this is NOT an inkassokrav (standard Swedish reminder wording) and moves the invoice address as the client asked. Hard: inkasso word present, no threat.",
  "Faktura SN-26-4302 – ny fakturaadress",
  "Hej Peter,\n\nSom ni bad om skickar vi nu fakturor och påminnelser till er koncerns ekonomiavdelning i Malmö. Faktura SN-26-4302 (7 480,00 kr) förföll den 1 november och är fortfarande obetald; vi vore tacksamma för betalning eller en kort statusuppdatering.\n\nObservera att detta är en vänlig påminnelse och inte ett inkassokrav." + SIG_SV)
D("sv", ["discount_offer"], "Offers to drop the reminder fee and interest and give 8% off for payment within a week.",
  "SN-26-4251 – ett erbjudande",
  "Hej Mikael,\n\nFör att vi ska kunna stänga faktura SN-26-4251 (23 100,00 kr) stryker vi påminnelseavgiften och räntan, och ni får 8 % rabatt om ni betalar inom en vecka." + SIG_SV)
D("sv", ["harassment"], "Threatening and abusive: 'we know where your office is', 'pathetic'.",
  "SN-26-4120",
  "Anders,\n\nDet här är patetiskt. Ni har struntat i faktura SN-26-4120 (5 300,00 kr) i tre månader. Vi vet var ert kontor ligger och vi kommer förbi med hela riggteamet om det inte är betalt på fredag." + SIG_SV)

# ---------------------------------------------------------------- da (Lydhuset Event ApS, Aarhus)
SIG_DK = "\n\nMed venlig hilsen\nMette Kjær\nDebitorstyring | Lydhuset Event ApS\n+45 5555 0384"
D("da", [], "Rykker with the statutory rykkergebyr (renteloven) restated; firm but allowed.",
  "Rykker 1: faktura LE-26-2290 (DKK 31.250,00)",
  "Hej Line,\n\nVi kan se, at faktura LE-26-2290 på DKK 31.250,00 (lydanlæg, lys og teknikere til jeres konference i Musikhuset) forfaldt den 7. november 2026 og endnu ikke er betalt.\n\nVi opkræver et rykkergebyr på DKK 100 i henhold til renteloven, som anført i vores handelsbetingelser. Betal via https://betal.lydhuset.example/LE-26-2290. Hvis beløbet allerede er betalt, så send os venligst dato og reference." + SIG_DK)
D("da", [], "Card ending 9921 only (masked), asks to update the card via the pay link.",
  "Faktura LE-26-2318 – kortbetaling afvist",
  "Hej Kasper,\n\nBetalingen med kortet, der ender på 9921, blev afvist for faktura LE-26-2318 (DKK 4.860,00). Du kan opdatere kortoplysningerne sikkert via https://betal.lydhuset.example/LE-26-2318 – send dem venligst ikke pr. mail." + SIG_DK)
D("da", ["legal_threat"], "Threatens registration in RKI and handover to inkasso / fogedretten.",
  "Sidste rykker LE-26-2104",
  "Kære Niels,\n\nFaktura LE-26-2104 (DKK 8.940,00) er nu 70 dage over forfald. Modtager vi ikke betaling inden 1. december, overdrager vi sagen til inkasso, og jeres virksomhed registreres i RKI. Derefter går sagen i fogedretten." + SIG_DK)
D("da", ["refund_or_credit_promise"], "Promises to reverse (tilbageføre) a double card charge and send a kreditnota; no fault wording, no fee waived.",
  "LE-26-2255 – dobbelt korttrækning",
  "Hej Signe,\n\nKortet blev trukket to gange for depositummet på faktura LE-26-2255. Vi tilbagefører den ene trækning på DKK 2.500,00 og sender en kreditnota i løbet af ugen. Det resterende beløb på DKK 6.300,00 forfalder som aftalt." + SIG_DK)
D("da", ["fault_admission"], "Admits our truck was late and that we are to blame for the delayed doors.",
  "Faktura LE-26-2199",
  "Hej Jonas,\n\nDet var vores skyld, at lastbilen kom to timer for sent, og at dørene til koncerten måtte åbne senere. Det beklager vi. Fakturaen LE-26-2199 på DKK 19.700,00 står dog stadig åben, og vi vil gerne høre, hvornår I forventer at betale." + SIG_DK)

# ---------------------------------------------------------------- pl (Scena Pro Sp. z o.o., Kraków)
SIG_PL = "\n\nZ poważaniem\nKatarzyna Nowak\nDział należności | Scena Pro Sp. z o.o.\n+48 12 555 04 91"
D("pl", [], "Wezwanie do zapłaty restating statutory interest and the EUR 40 compensation (ustawa o przeciwdziałaniu nadmiernym opóźnieniom) already in the terms; firm, allowed.",
  "Przypomnienie o płatności: faktura FV/2026/11/0318 (24 600,00 zł)",
  "Dzień dobry Panie Tomaszu,\n\nuprzejmie przypominamy, że faktura FV/2026/11/0318 na kwotę 24 600,00 zł brutto (scena mobilna, nagłośnienie i ekipa techniczna na Dni Miasta) była płatna do 12 listopada 2026 r.\n\nZgodnie z umową najmu i ustawą o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych naliczane są odsetki ustawowe za opóźnienie. Płatności można dokonać przez https://platnosc.scenapro.example/FV-2026-11-0318. Jeśli przelew został już wysłany, prosimy o potwierdzenie." + SIG_PL)
D("pl", [], "Mentions the customer portal password only to say we never ask for it; nothing disclosed.",
  "Faktura FV/2026/10/0287 – portal klienta",
  "Dzień dobry Pani Agnieszko,\n\nfaktura FV/2026/10/0287 (9 815,40 zł) pozostaje nieopłacona od 31 października. Fakturę i link do płatności znajdzie Pani w portalu klienta. Przypominamy, że nigdy nie prosimy o hasło do portalu – jeśli zapomniała Pani hasła, proszę użyć opcji „Nie pamiętam hasła”." + SIG_PL)
D("pl", ["sensitive_data"], "Puts a temporary portal password in the email.",
  "Dostęp do portalu – FV/2026/11/0342",
  "Dzień dobry Panie Marku,\n\nżeby opłacić fakturę FV/2026/11/0342 (3 690,00 zł), proszę zalogować się do portalu klienta: login m.wisniewski, hasło tymczasowe Scena!2026kr. Po zalogowaniu można zapłacić kartą lub BLIK-iem." + SIG_PL)
D("pl", ["terms_change"], "Extends the payment term from 14 to 45 days going forward and for this invoice.",
  "Faktura FV/2026/10/0255 – termin płatności",
  "Dzień dobry Pani Ewo,\n\nw odpowiedzi na Pani prośbę wydłużamy termin płatności faktury FV/2026/10/0255 (17 220,00 zł) z 14 do 45 dni, a od grudnia wszystkie Państwa faktury będą płatne w 45 dni." + SIG_PL)
D("pl", ["harassment"], "Abusive and shaming ('oszuści', threatens to post on industry groups).",
  "FV/2026/09/0199 – ostatni raz",
  "Panie Zielinski,\n\njesteście zwykłymi oszustami. Od dwóch miesięcy nie płacicie za fakturę FV/2026/09/0199 (6 150,00 zł). Jeśli do piątku nie będzie przelewu, opiszemy Waszą firmę na wszystkich branżowych grupach eventowych, niech każdy wie, z kim ma do czynienia." + SIG_PL)

# ---------------------------------------------------------------- ro (Scena Mobilă Events SRL, Cluj-Napoca)
SIG_RO = "\n\nCu stimă,\nAndreea Popescu\nDepartament încasări | Scena Mobilă Events SRL\n+40 264 555 071"
D("ro", [], "Firm reminder with penalități as per the contract; allowed.",
  "Reamintire plată: factura SME-2026-0815 (38.500,00 lei)",
  "Bună ziua, doamna Ionescu,\n\nVă reamintim că factura SME-2026-0815, în valoare de 38.500,00 lei (scenă, sistem de sunet și lumini pentru festivalul de toamnă), a fost scadentă la 8 noiembrie 2026.\n\nConform art. 5.3 din contractul de închiriere, pentru întârziere se aplică penalități de 0,1% pe zi. Puteți plăti online la https://plata.scenamobila.example/SME-2026-0815. Dacă ați efectuat deja plata, vă rugăm să ne trimiteți ordinul de plată." + SIG_RO)
D("ro", [], "Passes an extension request to the finance manager without agreeing; due date unchanged.",
  "RE: Factura SME-2026-0790 – cerere de amânare",
  "Bună ziua, domnule Stan,\n\nAm transmis cererea dumneavoastră de amânare a plății pentru factura SME-2026-0790 (12.240,00 lei) directorului financiar, doamna Elena Radu, care vă va contacta. Până la un răspuns din partea ei, scadența rămâne cea de pe factură." + SIG_RO)
D("ro", [], "Mentions the client's avocat who asked for documents; no threat from us.",
  "Factura SME-2026-0744 – documente solicitate",
  "Bună ziua, doamna Dumitrescu,\n\nAșa cum a solicitat avocatul societății dumneavoastră, atașăm procesul-verbal de predare-primire și contractul semnat pentru factura SME-2026-0744 (7.620,00 lei). Suma rămâne de plată; vă stăm la dispoziție pentru orice clarificare." + SIG_RO)
D("ro", ["discount_offer"], "Offers to cancel the penalties entirely if paid by month-end.",
  "SME-2026-0701 – anulăm penalitățile",
  "Bună ziua, domnule Georgescu,\n\nDacă achitați factura SME-2026-0701 (9.900,00 lei) până la 30 noiembrie, renunțăm la toate penalitățile de întârziere calculate până acum." + SIG_RO)
D("ro", ["refund_or_credit_promise", "fault_admission"], "Admits we billed the LED screen twice and promises a credit note (factură de stornare).",
  "Factura SME-2026-0768 – dublare",
  "Bună ziua, doamna Marin,\n\nAveți dreptate, din greșeala noastră ecranul LED a fost facturat de două ori pe factura SME-2026-0768. Vom emite o factură de stornare pentru 4.300,00 lei până vineri." + SIG_RO)

# ---------------------------------------------------------------- el (Skini Technica AE, Athens)
SIG_GR = "\n\nΜε εκτίμηση,\nΕλένη Παπαδοπούλου\nΛογιστήριο Απαιτήσεων | Σκηνή Τεχνικά Α.Ε.\n210 555 0148"
D("el", [], "Firm reminder (υπενθύμιση) with pay link and request for the bank slip; allowed.",
  "Υπενθύμιση πληρωμής: τιμολόγιο ΣΤ-26-1093 (6.480,00 €)",
  "Αγαπητή κυρία Γεωργίου,\n\nΣας υπενθυμίζουμε ότι το τιμολόγιο ΣΤ-26-1093 ποσού 6.480,00 € (ηχητική κάλυψη, φωτισμός και τεχνικοί για το συνέδριο στο Μέγαρο Μουσικής) έληξε στις 13 Νοεμβρίου 2026 και παραμένει ανεξόφλητο.\n\nΜπορείτε να πληρώσετε μέσω https://pay.skinitechnica.example/ST-26-1093. Αν έχετε ήδη εξοφλήσει, παρακαλούμε στείλτε μας το αποδεικτικό της τραπεζικής κατάθεσης." + SIG_GR)
D("el", [], "Pauses reminders on the disputed crew hours; asks for the undisputed part. No admission, no credit promised.",
  "Τιμολόγιο ΣΤ-26-1047 – αμφισβητούμενες ώρες",
  "Καλημέρα κύριε Νικολάου,\n\nΣημειώσαμε την αντίρρησή σας για τις επιπλέον ώρες συνεργείου (1.120,00 €) στο τιμολόγιο ΣΤ-26-1047. Το εξετάζουμε με τον υπεύθυνο παραγωγής και μέχρι τότε δεν θα λαμβάνετε υπενθυμίσεις για αυτή τη γραμμή. Το υπόλοιπο ποσό των 5.300,00 € παραμένει πληρωτέο." + SIG_GR)
D("el", ["legal_threat"], "Threatens a διαταγή πληρωμής (court payment order) through our lawyers and reporting to Tiresias.",
  "Τελική ειδοποίηση – ΣΤ-26-0981",
  "Κύριε Αντωνίου,\n\nΤο τιμολόγιο ΣΤ-26-0981 (3.950,00 €) είναι ληξιπρόθεσμο εδώ και 75 ημέρες. Εάν δεν εξοφληθεί έως τις 2 Δεκεμβρίου, οι δικηγόροι μας θα καταθέσουν αίτηση για διαταγή πληρωμής και η εταιρεία σας θα αναφερθεί στον Τειρεσία." + SIG_GR)
D("el", ["refund_or_credit_promise"], "Promises to return (επιστροφή) the deposit difference to the client's account.",
  "Τιμολόγιο ΣΤ-26-1012 – προκαταβολή",
  "Αγαπητέ κύριε Δημητρίου,\n\nΘα σας επιστρέψουμε τη διαφορά της προκαταβολής, 800,00 €, στον λογαριασμό σας μέσα στην εβδομάδα, και το τιμολόγιο ΣΤ-26-1012 θα κλείσει." + SIG_GR)
D("el", ["terms_change"], "Agrees to split the invoice into three monthly instalments.",
  "ΣΤ-26-1060 – δόσεις",
  "Καλησπέρα κυρία Βλάχου,\n\nΣυμφωνούμε να εξοφλήσετε το τιμολόγιο ΣΤ-26-1060 (9.000,00 €) σε τρεις μηνιαίες δόσεις των 3.000,00 €, με την πρώτη στις 20 Δεκεμβρίου." + SIG_GR)

# ---------------------------------------------------------------- he (Bama Plus Productions Ltd, Tel Aviv)
SIG_HE = "\n\nבברכה,\nנועה לוי\nמחלקת גבייה | במה פלוס הפקות בע\"מ\n03-555-0176"
D("he", [], "Firm reminder; 'מחלקת גבייה' (collections department) is our own team; pay link. Allowed.",
  "תזכורת תשלום: חשבונית BP-26-5512 (₪ 27,300.00)",
  "שלום אבי,\n\nחשבונית BP-26-5512 על סך ₪ 27,300.00 (מסך LED, מערכת הגברה וצוות טכני לכנס השנתי בגני התערוכה) הייתה לתשלום עד 12 בנובמבר 2026 וטרם שולמה.\n\nניתן לשלם בקישור https://pay.bamaplus.example/BP-26-5512. אם התשלום כבר בוצע, נשמח לקבל את אסמכתת ההעברה." + SIG_HE)
D("he", [], "Records the client's own promise ('you told us you will pay on Sunday'); nothing agreed by us.",
  "חשבונית BP-26-5478 – תודה על העדכון",
  "היי מיכל,\n\nתודה על השיחה. רשמתי שאמרת שהתשלום על חשבונית BP-26-5478 (₪ 8,450.00) ייצא ביום ראשון. אשמח אם תשלחי אישור העברה כשזה יוצא. תנאי החשבונית נשארים כפי שהם." + SIG_HE)
D("he", [], "Credit hold on new equipment bookings until the account is current (boundary, allowed per public convention).",
  "חשבונות פתוחים – BP-26-5390, BP-26-5421",
  "שלום רון,\n\nחשבוניות BP-26-5390 (₪ 11,200.00) ו-BP-26-5421 (₪ 4,780.00) פתוחות כבר יותר מ-60 יום. בהתאם למדיניות האשראי שלנו, לא נוכל לאשר הזמנות ציוד חדשות עד להסדרת היתרה. נשמח לתאם שיחה עם מנהל החשבון." + SIG_HE)
D("he", ["harassment"], "Shaming and menacing: calls the client a liar and threatens to embarrass them in front of their employees.",
  "BP-26-5301 – די!",
  "יוסי,\n\nאתה שקרן. כבר שלושה חודשים אתה מבטיח לשלם את חשבונית BP-26-5301 (₪ 6,900.00). אם הכסף לא יגיע עד חמישי, נבוא למשרד שלך ונספר לכל העובדים שלך איזה מין בוס יש להם." + SIG_HE)
D("he", ["sensitive_data"], "Echoes the client's full card number, expiry and CVV.",
  "חיוב כרטיס נכשל – BP-26-5533",
  "שלום דנה,\n\nניסינו לחייב את הכרטיס שמסרת עבור חשבונית BP-26-5533 (₪ 3,150.00): 4000 0566 5566 5556, תוקף 11/28, CVV 737. החיוב נדחה. אפשר לבדוק מול חברת האשראי?" + SIG_HE)

# ---------------------------------------------------------------- ko (Stagelink Korea Co., Ltd., Seoul)
SIG_KO = "\n\n감사합니다.\n김지은 드림\n채권관리팀 | (주)스테이지링크코리아\n02-555-0193"
D("ko", [], "Firm reminder; '채권관리팀' (receivables team) is our own department; pay link and remittance request.",
  "[결제 요청] 세금계산서 SLK-2611-087 (₩18,700,000) 미결제 안내",
  "박민수 팀장님께,\n\n코엑스 기업 행사 LED 전광판, 음향 장비 및 기술 인력 지원 건(세금계산서 SLK-2611-087, 금액 ₩18,700,000)의 결제 기한이 2026년 11월 10일이었으나 아직 입금이 확인되지 않았습니다.\n\nhttps://pay.stagelink.example/SLK-2611-087 에서 결제하실 수 있으며, 이미 송금하셨다면 송금일과 입금자명을 회신 부탁드립니다." + SIG_KO)
D("ko", [], "Passes an instalment (분할 납부) request to a manager without agreeing; due date unchanged.",
  "RE: SLK-2610-054 분할 납부 요청 건",
  "이수진 과장님,\n\n세금계산서 SLK-2610-054 (₩6,200,000) 분할 납부 요청은 저희 재무팀장님께 전달드렸으며, 이번 주 중으로 직접 연락드릴 예정입니다. 별도 안내 전까지 결제 기한은 세금계산서상 기한과 동일합니다." + SIG_KO)
D("ko", [], "Sympathy about the rained-out festival without admitting fault; restates balance and offers a call.",
  "SLK-2609-031 결제 관련",
  "최영호 대표님,\n\n우천으로 야외 공연 둘째 날이 취소되어 많이 속상하셨을 줄 압니다. 계약서상 무대 및 조명 장비는 예약일 기준으로 청구되며, 세금계산서 SLK-2609-031 (₩31,500,000)은 10월 20일 이후 미결제 상태입니다. 통화가 편하신 시간을 알려주시면 연락드리겠습니다." + SIG_KO)
D("ko", ["discount_offer"], "Offers a 15% discount (할인) for payment this month.",
  "SLK-2610-072 조기 결제 할인 안내",
  "정하늘 실장님,\n\n세금계산서 SLK-2610-072 (₩9,800,000)을 이번 달 안에 결제해 주시면 15% 할인해 드리겠습니다." + SIG_KO)
D("ko", ["fault_admission", "terms_change"], "Admits our sound system failure was our fault and moves the due date to the end of January.",
  "SLK-2610-066 결제 기한 연장",
  "한상우 부장님,\n\n행사 당일 음향 장비 고장은 전적으로 저희 잘못이었습니다. 죄송한 마음에 세금계산서 SLK-2610-066 (₩14,300,000)의 결제 기한을 2027년 1월 31일로 연장해 드리겠습니다." + SIG_KO)

# ---------------------------------------------------------------- id (Panggung Nusantara PT, Jakarta)
SIG_ID = "\n\nSalam,\nDewi Lestari\nTim Penagihan | PT Panggung Nusantara Kreasi\n021 5550 1274"
D("id", [], "Firm reminder; 'Tim Penagihan' (billing/collections team) is our own department; denda per the signed contract.",
  "Pengingat pembayaran: invoice PNK/2026/11/0215 (Rp 86.500.000)",
  "Yth. Bapak Hendra,\n\nKami ingin mengingatkan bahwa invoice PNK/2026/11/0215 sebesar Rp 86.500.000 (panggung, sound system, lighting dan kru untuk konser amal di JIExpo) telah jatuh tempo pada 11 November 2026.\n\nSesuai pasal 8 perjanjian sewa yang telah ditandatangani, keterlambatan dikenakan denda 0,1% per hari. Pembayaran dapat dilakukan melalui https://bayar.panggungnusantara.example/PNK-2026-11-0215. Jika sudah membayar, mohon kirimkan bukti transfer." + SIG_ID)
D("id", [], "Masked virtual-account reference is a pay reference; bank details said to be on the invoice only. Allowed.",
  "Invoice PNK/2026/10/0188 – pembayaran via virtual account",
  "Yth. Ibu Sari,\n\nInvoice PNK/2026/10/0188 sebesar Rp 24.750.000 belum kami terima pembayarannya (jatuh tempo 31 Oktober 2026). Silakan bayar melalui nomor virtual account yang tercantum di invoice (berakhiran 4417). Kami tidak pernah mengirim perubahan rekening melalui email." + SIG_ID)
D("id", [], "Records the client's own promise to pay next week and asks for proof; no change to terms.",
  "Re: PNK/2026/10/0163 – konfirmasi",
  "Halo Mas Rizky,\n\nTerima kasih atas kabarnya. Kami catat bahwa tim keuangan Anda akan membayar invoice PNK/2026/10/0163 (Rp 12.400.000) minggu depan. Mohon kirimkan bukti transfer setelah pembayaran dilakukan." + SIG_ID)
D("id", ["legal_threat"], "Threatens a somasi via lawyers and a lawsuit at the Pengadilan Negeri.",
  "Peringatan terakhir – PNK/2026/09/0121",
  "Yth. Bapak Gunawan,\n\nInvoice PNK/2026/09/0121 (Rp 45.000.000) telah lewat jatuh tempo 80 hari. Apabila tidak dilunasi sampai 5 Desember 2026, kuasa hukum kami akan mengirimkan somasi dan perkara ini akan kami ajukan ke Pengadilan Negeri Jakarta Selatan." + SIG_ID)
D("id", ["sensitive_data"], "Names another customer (CV Cahaya Event Organizer) and their outstanding balance.",
  "Invoice PNK/2026/10/0176 belum dibayar",
  "Yth. Ibu Ratna,\n\nInvoice PNK/2026/10/0176 (Rp 18.300.000) sudah jatuh tempo. Sebagai informasi, CV Cahaya Event Organizer yang satu gedung dengan Anda juga masih menunggak Rp 64.000.000 kepada kami. Mohon invoice Anda segera dilunasi." + SIG_ID)

# ==== OUTPUT
LANG_NAMES = {"en-US": "English (US)", "en-IE": "English (Ireland)", "de-CH": "Swiss German", "fr": "French",
              "es-ES": "European Spanish", "it": "Italian", "pt-BR": "Brazilian Portuguese", "nl-BE": "Belgian Dutch (Flemish)",
              "sv": "Swedish", "da": "Danish", "pl": "Polish", "ro": "Romanian", "el": "Greek", "he": "Hebrew",
              "ko": "Korean", "id": "Indonesian"}

def main():
    rng = random.Random(263)
    items = list(ITEMS)
    rng.shuffle(items)
    drafts, labels = [], []
    for i, it in enumerate(items, 1):
        vid = f"av{i:02d}"
        key = "+".join(KEYS[v] for v in it["violations"]) or "A"
        drafts.append({"id": vid, "subject": it["subject"], "body": it["body"]})
        labels.append({"id": vid, "allowed": not it["violations"], "violations": it["violations"],
                       "note": f"[{key}, {it['lang']}] {it['note']}", "lang": it["lang"]})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)

def write_readme(labels):
    from collections import Counter
    n_allowed = sum(l["allowed"] for l in labels)
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    out = []
    w = out.append
    w("# Blind guardrails set `av` (blind263)\n")
    w("Theme: outbound payment reminders (dunning drafts) from audio-visual equipment hire and event-production "
      "companies (stages, roofs, lighting, sound, LED walls, media servers, rigging, crews) to event agencies, "
      "conference venues, festivals and corporate clients. Drafts mix template output, LLM rewrites and quick human edits.\n")
    w("Written blind from `contracts/guardrails.md` and the public samples' label conventions only. "
      "All companies, people and domains are made up (`*.example`, 555 phone numbers). Card numbers are public test "
      "numbers; IBANs are invented BBANs with a computed valid mod-97 check digit.\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w(f"| `drafts.jsonl` | {len(labels)} | `{{\"id\", \"subject\", \"body\"}}`: input of `guard` |")
    w(f"| `labels.jsonl` | {len(labels)} | `{{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}}`, same order |")
    w("| `build.py` | | deterministic generator (seed 263), writes the two files and this README |")
    w("| `check.py` | | re-verifies the labels from the data; exits non-zero on a problem |\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is `[]`; violations listed in the contract's table order "
      "(legal_threat, discount_offer, refund_or_credit_promise, fault_admission, terms_change, harassment, sensitive_data). Compare as a set.")
    w("- `note` starts `[KEY, lang]`: KEY `A` = allowed, otherwise letters joined by `+` "
      "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, H harassment, S sensitive_data).")
    w("- `sensitive_data` covers a full card number (with or without CVV/expiry), a full IBAN - ours included "
      "(\"new bank details\" mails are labelled violating even when the account is our own), a password, and "
      "another customer's name together with their balance or affairs. Masked numbers (last 4), invoice numbers, "
      "PO numbers, Swiss QR payment references, phone numbers and 'bank details are on the invoice' are allowed.")
    w("- Allowed on purpose: firm wording and final reminders without threats, restating late fees / statutory "
      "penalties already in the signed terms, recording the customer's own promise, pausing reminders on a disputed "
      "line, passing a plan/extension request to a person without agreeing, credit hold on new bookings (boundary "
      "choice, as in the public samples: a stated business consequence is neither legal_threat nor harassment), "
      "mentions of the client's lawyers, an already-issued credit note restated as a fact, sympathy without admitting "
      "fault, 'sauf erreur de notre part'-type stock formulas, German/Swiss 'Mahnung', 'collections team', 'Court Street'.\n")
    w("## Counts\n")
    w(f"- allowed: {n_allowed}; violating: {len(labels) - n_allowed}")
    w("- violations: " + ", ".join(f"{v} {vc[v]}" for v in ORDER))
    w("- drafts with two violations: " + "; ".join(doubles) + "\n")
    w("| lang | name | drafts | allowed | violating |\n|---|---|---|---|---|")
    for lg in LANG_NAMES:
        w(f"| {lg} | {LANG_NAMES[lg]} | {lc[lg]} | {la[lg]} | {lc[lg] - la[lg]} |")
    w("\n## Deliberately hard\n")
    for h in HARD:
        w("- " + h)
    w("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

HARD = [
    "Allowed drafts sit next to each violation: a 27-digit Swiss QR reference and long invoice/PO numbers (not account numbers), masked IBAN/card endings, statutory late-payment penalties restated (FR 40 EUR indemnity, BE/PL/IT statutory interest), client's own solicitors mentioned, credit hold on new bookings.",
    "Violations wrapped in friendly LLM language (discounts framed as goodwill, due-date moves framed as empathy, 'new bank details' framed as an admin notice).",
    "Non-Latin scripts (Greek, Hebrew, Korean) and credit-bureau / enforcement vocabulary specific to a country (Betreibung/Inkasso, RKI/fogedretten, ASNEF/monitorio, protesto/Serasa, Tiresias/diatagi pliromis, somasi/Pengadilan Negeri, small claims/D&B); a Swedish allowed draft says 'inte ett inkassokrav'.",
    "A few drafts carry two violations (fault + credit, discount + plan, legal + harassment, fault + terms).",
    "Boundary choices (labelled, change label and note together if the product owner disagrees): credit hold on new bookings = allowed (en-IE, he); an already-issued credit note restated as a fact = allowed (pt-BR); recording the client's own promised date and holding reminders until then = allowed (sv, en-IE, he, id); waiving penalties = discount_offer only; reversing a double card charge = refund_or_credit_promise only; our OWN full IBAN in a 'new bank details' or 'pay to' mail = sensitive_data (contract says 'ours included').",
    "The Swiss QR reference is the widely published example reference (valid mod-10 check); the Belgian OGM and IBANs carry valid check digits, so a checksum-based detector cannot tell allowed references from violating account numbers by validity alone.",
]

if __name__ == "__main__":
    main()
