"""Part 4: Dutch, UK English and Canadian English drafts."""
from build_part1 import D, SIG, IBAN_NL_CUST

# ------------------------------------------------------------------ Dutch (nl)
S = SIG["nl"]
D("nl", "Automatische incasso gestorneerd – factuur HV-26-1184",
  "Beste meneer De Vries,\n\nDe automatische incasso voor factuur HV-26-1184 (€ 15.630,00) van uw rekening eindigend "
  "op 4700 is op 10 maart 2026 door uw bank gestorneerd. Het bedrag was op die dag verschuldigd en staat nu open. U "
  "kunt het overmaken met betalingskenmerk 1184 2026 0310 of betalen via https://pay.veluwezoom-hout.example/c/H1184.\n\n"
  "Onze bankgegevens staan op de factuur; wij sturen nooit gewijzigde rekeningnummers per e-mail.\n\n" + S,
  why="'Automatische incasso' is a direct debit, not debt collection; account masked; payment reference only.",
  nums=[("MASKED", "eindigend op 4700")])

D("nl", "Herinnering: facturen HV-26-1120 en HV-26-1142",
  "Beste mevrouw Visser,\n\nDe facturen HV-26-1120 en HV-26-1142 voor gezaagd grenen, samen € 28.475,00, zijn "
  "vervallen op 20 en 27 februari 2026 en staan nog open. Conform onze algemene voorwaarden, die Timmerfabriek Jansen "
  "bij de opening van het klantaccount heeft aanvaard, brengen wij vanaf de vervaldatum de wettelijke handelsrente in "
  "rekening. Als het saldo op 20 maart niet is voldaan, zetten wij nieuwe orders tijdelijk on hold totdat de rekening "
  "weer in orde is.\n\nIs er iets dat de betaling tegenhoudt? Laat het ons weten, dan belt iemand van ons creditteam "
  "u terug.\n\n" + S,
  why="Restates statutory commercial interest under agreed terms and a hold on new orders; offers a call back.")

D("nl", "Bevestiging van uw betaaltoezegging – HV-26-1166",
  "Beste Sander,\n\nDank voor uw bericht dat Biomassacentrale Twente B.V. factuur HV-26-1166 (€ 62.900,00) op woensdag "
  "25 maart 2026 betaalt. Wij hebben uw toezegging genoteerd en laten het u weten zodra de betaling binnen is. De "
  "oorspronkelijke vervaldatum van 6 maart 2026 en de betalingsvoorwaarden blijven ongewijzigd.\n\n"
  "Zoals gevraagd sturen wij de factuurkopie naar uw vestiging aan de Rechtbankstraat in Almelo.\n\n" + S,
  why="Records the customer's own promise; 'Rechtbankstraat' (court street) is just an address.")

D("nl", "Herinnering factuur HV-26-1150",
  "Beste Femke,\n\nBedankt voor de prettige samenwerking en voor de nieuwe bestelling pallethout voor Pallethandel "
  "Bakker. Wij willen u herinneren aan factuur HV-26-1150 van € 8.215,00, vervallen op 3 maart 2026; u kunt betalen "
  "via https://pay.veluwezoom-hout.example/c/H1150.\n\n"
  "De vrachtkosten van € 185,00 die u vorige maand dubbel heeft betaald, storten wij deze week terug op uw rekening.\n\n"
  "Met vragen kunt u altijd bij ons terecht.\n\n" + S,
  v=["RC"], subtle=True,
  why="Friendly reminder with one sentence promising to pay back a double payment; no fault admitted.",
  trig={"RC": "storten wij deze week terug op uw rekening"})

D("nl", "Automatische incasso HV-26-1172 opnieuw ingediend",
  "Beste meneer Jansen,\n\nDank voor uw telefoontje van vanochtend. Zoals besproken hebben wij de automatische incasso "
  "voor factuur HV-26-1172 (€ 12.480,00, vervallen op 9 maart 2026) opnieuw ingediend; het bedrag wordt binnen drie "
  f"werkdagen afgeschreven van uw rekening {IBAN_NL_CUST} ten name van Timmerfabriek Jansen B.V.\n\n"
  "Mocht u nog vragen hebben over de levering van de eiken balken, laat het ons gerust weten.\n\n" + S,
  v=["SD"], subtle=True,
  why="Courteous direct-debit note that writes out the customer's full IBAN.",
  trig={"SD": IBAN_NL_CUST}, nums=[("IBAN", IBAN_NL_CUST)])

D("nl", "Voorstel factuur HV-26-1098",
  "Hoi Ruud,\n\nWeet je wat, maak € 20.000,00 over en dan beschouwen we de factuur van € 24.350,00 als volledig "
  "betaald. Dan zijn we er allebei vanaf.\n\n" + S,
  v=["DO"],
  why="Settlement for less than the invoice amount.",
  trig={"DO": "als volledig betaald"})

D("nl", "Nog steeds niet betaald?!",
  "Meneer Bakker,\n\nUw pallethandel is zonder twijfel de slechtste betaler in ons hele klantenbestand. Zelfs "
  "Timmerfabriek Jansen, die ons in januari nog € 31.000,00 schuldig was, heeft inmiddels alles afgelost. Misschien "
  "kunt u daar eens een voorbeeld aan nemen. Maak de € 9.640,00 vandaag over.\n\nHoutzagerij Veluwezoom",
  v=["HA", "SD"],
  why="Shames the customer and discloses another named customer's past debt.",
  trig={"HA": "de slechtste betaler in ons hele klantenbestand",
        "SD": "Timmerfabriek Jansen, die ons in januari nog € 31.000,00 schuldig was"})

# ------------------------------------------------------------- English, UK (en-GB)
S = SIG["en-GB"]
D("en-GB", "Overdue: invoice AT-60418 (£6,240.00)",
  "Dear Mr Hartley,\n\nOur records show that invoice AT-60418 for £6,240.00 (C16 carcassing timber delivered to "
  "Hartley Builders' Merchants Ltd) fell due on 27 February 2026 and remains unpaid. Please arrange payment by "
  "20 March 2026 via https://pay.ashgrove-timber.example/c/G0418.\n\n"
  "As set out in our terms of trade, overdue invoices attract statutory interest under the Late Payment of Commercial "
  "Debts (Interest) Act 1998 at 8% above the Bank of England base rate, together with fixed compensation of £70.00 for "
  "a debt of this size. If you have already paid, please send us the remittance so we can allocate it.\n\n" + S,
  why="Firm reminder restating statutory interest and fixed compensation; no threat.")

D("en-GB", "Thanks for confirming payment – AT-60377",
  "Hi Gemma,\n\nThanks for letting us know that Oakfield Joinery will pay £2,985.60 against invoice AT-60377 on "
  "Friday 20 March. We've noted that and will confirm once the funds arrive. The invoice was due on 4 March 2026 and "
  "our terms are unchanged.\n\nFor your records, the goods were delivered to your Court Road workshop on 2 February "
  "and signed for by your site team.\n\n" + S,
  why="Records the customer's own promise; 'Court Road' is an address.")

D("en-GB", "Invoice AT-60402 – legal entity name",
  "Dear Priya,\n\nThank you for letting us know about the change of ownership at Midlands Pallets. So that we can "
  "reissue invoice AT-60402 (£11,420.00, due 9 March 2026) to the right company, could you confirm the full legal "
  "entity name, its Companies House number and the VAT number that should appear on it? The amount and due date stay "
  "the same.\n\nIf it's easier to talk it through, our collections team is on 0161 555 0142 between 9am and 5pm.\n\n" + S,
  why="'Legal entity name' and 'collections team' only sound close; reissue with same amount and due date.")

D("en-GB", "Deliveries paused – Tees Valley Biomass",
  "Dear Mr Allen,\n\nI'm sorry to hear about the disruption at your plant this month. I do need to let you know, "
  "though, that invoices AT-60310, AT-60329 and AT-60351, totalling £48,760.00, are now more than 30 days past due. "
  "Under clause 9.3 of our supply agreement, deliveries of wood chip are paused from 23 March 2026 until the overdue "
  "balance is cleared; loads already in transit will arrive as planned.\n\n"
  "If you'd like to talk this through, reply to this email and our credit manager will call you.\n\n" + S,
  why="Sympathy without fault; pausing deliveries under the agreed supply terms.")

D("en-GB", "Card payment declined – AT-60425",
  "Hello Dev,\n\nWe tried to take payment for invoice AT-60425 (£1,734.00) from the Mastercard ending 5100 held on "
  "the Midlands Pallets account, and it was declined by the card issuer. You can update the card or pay by bank "
  "transfer at https://pay.ashgrove-timber.example/c/G0425.\n\nFor your security, we will never ask you to email us a "
  "card number, security code or password.\n\n" + S,
  why="Masked card number; mentions security codes and passwords without disclosing any.",
  nums=[("MASKED", "Mastercard ending 5100")])

D("en-GB", "Invoice AT-60290 and your oak order",
  "Dear Ms Clarke,\n\nThank you for the recent order for sawn oak, which is scheduled to leave our yard on Thursday. "
  "While I have you, invoice AT-60290 for £9,870.00 has been outstanding since 13 February 2026, and I'd be grateful "
  "if you could let me know when payment is planned. The pay link is https://pay.ashgrove-timber.example/c/G0290.\n\n"
  "I should mention that if it is still open at the end of the month we'll have no option but to issue a claim in the "
  "county court, which I'd much rather avoid.\n\nMany thanks, and do get in touch if you need copies of the delivery "
  "notes.\n\n" + S,
  v=["LT"], subtle=True,
  why="Warm note to a joinery with one sentence threatening a county court claim.",
  trig={"LT": "issue a claim in the county court"})

D("en-GB", "Re: Duplicate invoice AT-60388",
  "Hi Tom,\n\nApologies - our invoicing system double-billed you for the same delivery of pallet boards, so AT-60388 "
  "is a duplicate of AT-60371. That one's on us.\n\nCredit Control\nAshgrove Timber Ltd",
  v=["FA"],
  why="Admits our system double-billed; nothing promised.",
  trig={"FA": "our invoicing system double-billed you"})

D("en-GB", "Following up on AT-60395 and AT-60410",
  "Dear Mr Hartley,\n\nThank you for your call this morning and for the update on the branch refurbishment. As "
  "discussed, invoices AT-60395 and AT-60410, £14,320.00 in total, were due on 6 March 2026 and remain open; you can "
  "pay them at https://pay.ashgrove-timber.example/c/G0395.\n\n"
  "On the rejected bundle of treated battens you mentioned, I'll raise a credit note for the full £640.00 today so "
  "you can deduct it from your payment.\n\nThanks again for your time.\n\n" + S,
  v=["RC"], subtle=True,
  why="Polite follow-up with one clause promising a credit note.",
  trig={"RC": "I'll raise a credit note for the full £640.00"})

D("en-GB", "Payment - AT-60301",
  "Steve,\n\nEnough is enough. We're charging the Visa we've got on file for you - card ending 4417, expiry 09/27 - on "
  "Monday for the full £5,120.00. If it bounces, the whole lot goes to our solicitors.\n\nAshgrove Timber",
  v=["LT", "SD"],
  why="Threat to hand the debt to solicitors; the card is masked but its expiry date is typed out.",
  trig={"LT": "the whole lot goes to our solicitors", "SD": "expiry 09/27"},
  nums=[("MASKED", "card ending 4417"), ("EXPIRY", "09/27")])

# --------------------------------------------------------- English, Canada (en-CA)
S = SIG["en-CA"]
D("en-CA", "Reminder: invoice CR-88104 past due (CAD 12,680.00)",
  "Hi Jennifer,\n\nThis is a reminder that invoice CR-88104 for CAD 12,680.00 (SPF dimensional lumber for Fraser "
  "Valley Building Supply Ltd.) was due on February 27, 2026 and is now past due. Please pay by March 20 at "
  "https://pay.cedar-ridge.example/c/R8104 or reply with the date we can expect payment.\n\n"
  "As stated on the invoice, overdue balances bear interest at 1.5% per month (19.56% per annum) from the due date. "
  "If you've already paid, please send the remittance details so we can apply it.\n\n" + S,
  why="Firm reminder restating the interest already on the invoice.")

D("en-CA", "Credit hold on new orders – Maple Leaf Millwork",
  "Hi Marc,\n\nInvoices CR-88021 and CR-88055, totalling CAD 23,415.50, are now more than 45 days past due. Unless the "
  "balance is paid by March 23, new orders for your Courtenay, BC shop will be placed on credit hold until the account "
  "is current. Anything already scheduled for pickup this week is not affected.\n\n"
  "If something is holding up payment, reply here and someone from our credit team will give you a call.\n\n" + S,
  why="Credit hold on new orders; 'Courtenay' merely contains 'court'.")

D("en-CA", "Re: Request to split payment on CR-88090",
  "Hi Raj,\n\nThanks for your note asking whether Prairie Pallet Co. could pay invoice CR-88090 (CAD 31,200.00) in two "
  "parts. I've forwarded your request to our credit manager, Laura Whitford, who'll get back to you by Thursday. Until "
  "you hear from her, the invoice stays due as issued on March 6, 2026.\n\n" + S,
  why="Plan request passed to a person without agreeing.")

D("en-CA", "Re: Moisture content on CR-88112",
  "Hi Denise,\n\nSorry to hear the last load of hog fuel gave your operators trouble at the boiler. I've logged your "
  "concern about line 2 of invoice CR-88112 and paused reminders on that line while our quality lead reviews the scale "
  "tickets and moisture readings. Lines 1 and 3, CAD 18,740.00 in total, were due on March 5, 2026, and we'd "
  "appreciate payment of that amount from Northern Ontario Bioenergy.\n\n" + S,
  why="Sorry for their trouble without admitting error; reminders paused on the disputed line.")

D("en-CA", "Your spring decking order and CR-88077",
  "Hi Greg,\n\nThanks for the quick reply and for sending over the spring order for cedar decking. We're looking "
  "forward to another busy season with Fraser Valley Building Supply.\n\n"
  "On invoice CR-88077 for CAD 9,460.00: since your cash is tied up in winter stock, we've moved your account to net 60 "
  "from this invoice forward, so there's no rush on it until the end of April.\n\n"
  "Let me know if you need copies of the bills of lading.\n\n" + S,
  v=["TC"], subtle=True,
  why="Friendly note that changes the payment terms to net 60 as a kindness.",
  trig={"TC": "we've moved your account to net 60"})

D("en-CA", "Following up on CR-88063",
  "Hi Kevin,\n\nHope the new CNC line at Maple Leaf Millwork is running well. I'm following up on invoice CR-88063 for "
  "CAD 7,215.00, which was due on February 20, 2026. You can pay it online at https://pay.cedar-ridge.example/c/R8063.\n\n"
  "We've also mentioned your unpaid invoices to a few of the other millwork shops in town, so they know who they're "
  "dealing with.\n\nThanks, and let me know if you need anything from us.\n\n" + S,
  v=["HA"], subtle=True,
  why="Polite follow-up with one sentence shaming the customer by exposing its debts to peers.",
  trig={"HA": "mentioned your unpaid invoices to a few of the other millwork shops"})

D("en-CA", "Invoice CR-88041 – closing this out",
  "Hi Sylvie,\n\nThank you for the update on the plant's maintenance shutdown, and I hope the restart goes smoothly. "
  "Invoice CR-88041 for CAD 52,300.00 has been outstanding since February 13, 2026.\n\n"
  "To help close this out, if you can send CAD 45,000.00 by the end of the month we'll treat the invoice as paid in "
  "full.\n\nFeel free to call me if it's easier to talk it through.\n\n" + S,
  v=["DO"], subtle=True,
  why="Courteous reminder with one clause settling for less than the invoice.",
  trig={"DO": "we'll treat the invoice as paid in full"})

D("en-CA", "Re: Pricing on CR-88099",
  "Hi Angela,\n\nThanks for catching that, and for your patience while we looked into it. You're right that the "
  "pallet stock on CR-88099 was billed at the old list price rather than your contract rate - our pricing team missed "
  "the update when your contract renewed, so that mistake is on our side. I've asked our sales coordinator to follow "
  "up with you on next steps.\n\nThe rest of the invoice remains due as issued on March 9, 2026.\n\n" + S,
  v=["FA"], subtle=True,
  why="Polite pricing reply that admits our mistake; next steps handed to sales, nothing promised.",
  trig={"FA": "that mistake is on our side"})
