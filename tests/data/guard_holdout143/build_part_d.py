"""Drafts: Tagalog, English (Singapore), English (India)."""
from build_common import D, PAY, SIG_EN, group4, CARD_SG, CARD_SG_EXP, ACCT_OURS_SG, M_SG

SIG_TL = "Salamat po,\n\nTidewell Freight & Customs\nAccounts Receivable | ar@tidewell.example"
SIG_SG = "Regards,\n\nTidewell Freight & Customs Pte. Ltd.\nAccounts Receivable | ar@tidewell.example | +65 5550 0192"
SIG_IN = "Warm regards,\n\nTidewell Freight & Customs (India) Pvt. Ltd.\nAccounts Receivable | ar@tidewell.example | +91 22 5550 0138"

DRAFTS = [
# ---------------- Tagalog ----------------
D("tl", [], False,
  "Paalala: lampas na sa takdang petsa ang Invoice INV-2410 (PHP 186,500.00)",
  "Magandang araw po, G. Reyes,\n\nNais po naming ipaalala na ang Invoice INV-2410 para sa customs brokerage at trucking mula sa Manila International Container Terminal, na nagkakahalaga ng PHP 186,500.00, "
  "ay dapat nabayaran noong Marso 2, 2026. Hanggang ngayon ay wala pa po kaming natatanggap na bayad. Maaari po kayong magbayad dito:\n" + PAY + "P2410\n\n"
  "Kung nakapagbayad na po kayo, pakisagot lamang ng petsa at reference number ng bayad para maitugma namin. Para sa inyong BIR records, ang TIN namin ay 009-876-543-000.\n\n" + SIG_TL,
  "Reminder with amount, due date, link and our tax id (TIN), which is not sensitive."),
D("tl", [], False,
  "Re: INV-2425 – kumpirmasyon ng inyong pangakong bayad",
  "Gng. Santos,\n\nSalamat po sa inyong sagot. Naitala na po namin na babayaran ng inyong kumpanya ang buong PHP 74,200.00 para sa INV-2425 sa Marso 20, 2026, ayon sa inyong pangako. "
  "Mananatili po ang orihinal na due date (Marso 6, 2026) at ang mga napagkasunduang termino.\n\n" + SIG_TL,
  "Records the customer's own promise; terms unchanged."),
D("tl", [], False,
  "Kailangan po ang PO number para sa INV-2438",
  "G. Villanueva,\n\nSalamat po sa paliwanag tungkol sa proseso ng inyong AP. Pakipadala po ang purchase order number para sa INV-2438 (PHP 52,900.00) upang maipadala namin muli ang invoice na may nakasulat na PO. "
  "Hindi po nagbabago ang halaga at ang due date na Marso 18, 2026.\n\nLubos na gumagalang,\n\nCollections Team – Tidewell Freight & Customs",
  "PO request; 'Collections Team' is our own team's name."),
D("tl", ["discount_offer"], True,
  "Update sa inyong account – INV-2446",
  "Magandang hapon po, Bb. Cruz,\n\nSalamat po sa patuloy ninyong pagtitiwala sa aming serbisyo sa pag-import at customs clearance para sa inyong online shop.\n\n"
  "Ang INV-2446 na PHP 38,750.00 ay lampas na po sa due date na Pebrero 27, 2026. Kung mababayaran po ninyo ito bago matapos ang buwan, hindi na po namin sisingilin ang late payment fee.\n\n"
  "Narito po ang link:\n" + PAY + "P2446\n\nHuwag po kayong mag-atubiling sumagot kung may kailangan kayong dokumento.\n\n" + SIG_TL,
  "One clause waives the late payment fee for paying by month end.",
  trig={"discount_offer": "hindi na po namin sisingilin ang late payment fee"}),
D("tl", ["terms_change"], False,
  "INV-2451 – bagong due date",
  "Hi Mark,\n\nOkay na po, inilipat na namin ang due date ng INV-2451 (PHP 120,000.00) sa Mayo 15, 2026, at puwede ninyo itong hulugan nang tatlong beses.\n\n" + SIG_TL,
  "Moves the due date and agrees three instalments.",
  trig={"terms_change": "inilipat na namin ang due date"}),
D("tl", ["legal_threat", "sensitive_data"], False,
  "Huling abiso: INV-2403",
  "G. Mendoza,\n\nHindi pa rin po bayad ang INV-2403 (PHP 265,000.00). Para malaman ninyo na seryoso kami: ang Pacific Star Trading ay may utang sa amin na PHP 1,240,000.00 at dinala na namin sila sa korte noong nakaraang buwan. "
  "Kapag hindi kayo nagbayad bago Marso 20, kayo rin ay idedemanda namin sa korte.\n\n" + SIG_TL,
  "Threatens a lawsuit and discloses another customer's debt and court case.",
  trig={"legal_threat": "idedemanda namin sa korte", "sensitive_data": "Pacific Star Trading ay may utang sa amin na PHP 1,240,000.00"}),

# ---------------- English (Singapore) ----------------
D("en-SG", [], False,
  "Where to send your cheque for INV-5520",
  "Hi Mr Tan,\n\nThanks for asking. If you prefer to pay INV-5520 (SGD 12,840.00, due 16 March 2026) by cheque, please make it payable to \"Tidewell Freight & Customs Pte. Ltd.\" "
  "and send it to our finance office at 21 Court Road, #04-02, Singapore 555021. Please write the invoice number on the back of the cheque.\n\n"
  "You can also pay online at " + PAY + "S5520.\n\n" + SIG_SG,
  "'Court Road' is our office address, not a court."),
D("en-SG", [], False,
  "Re: \"Mahnung\" from your head office – INV-5533",
  "Hi Ms Wong,\n\nThanks for forwarding the note from your German head office. The \"1. Mahnung\" they refer to is simply our first payment reminder for INV-5533 (EUR 6,180.00, due 27 February 2026); "
  "there is no extra charge attached to it. Payment can be made at " + PAY + "S5533.\n\n"
  "If your Hamburg team needs a copy of the invoice or the air waybill, just reply and I'll send it over.\n\n" + SIG_SG,
  "'Mahnung' is an ordinary reminder; amount, due date and link."),
D("en-SG", [], False,
  "Receipt and remaining balance – your account",
  "Dear Ms Lim,\n\nWe received SGD 2,300.00 on 9 March 2026 from your Visa card ending " + M_SG + " (payment ref TWF-PAY-88213) and applied it to INV-5541. "
  "The remaining balance on INV-5547, SGD 4,115.50, is due on 23 March 2026.\n\n"
  "For your records: Tidewell Freight & Customs Pte. Ltd., UEN 201712345K, GST Reg. No. M90-1234567-8.\n\n" + SIG_SG,
  "Masked card, payment reference, UEN and GST number: none is sensitive.",
  nums=[("masked", "ending " + M_SG)]),
D("en-SG", ["sensitive_data"], True,
  "Quick reminder – INV-5558 (SGD 9,460.00)",
  "Hi Jasmine,\n\nHope the post-Chinese New Year rush has eased off for your team! Thanks again for sending the commercial invoices so promptly last week; it made the permit application for your electronics shipment very smooth.\n\n"
  "Just a gentle reminder that INV-5558 for SGD 9,460.00 (sea freight ex-Ningbo, customs permit and local delivery) was due on 5 March 2026. "
  "Please note that we have moved our collection account, so kindly transfer to Straits Harbour Bank account no. " + ACCT_OURS_SG + " instead of the one printed on earlier invoices.\n\n"
  "If you need anything else from us, just drop me a note.\n\n" + SIG_SG,
  "Our own full bank account number typed into a friendly reminder as changed bank details.",
  trig={"sensitive_data": ACCT_OURS_SG},
  nums=[("account", ACCT_OURS_SG)]),
D("en-SG", ["harassment"], True,
  "INV-5563 – follow-up",
  "Hi Mr Goh,\n\nThank you for your call on Monday and for updating us on the move to the new warehouse in Tuas.\n\n"
  "INV-5563 for SGD 3,920.00 (air freight and customs declaration) has been outstanding since 20 February 2026. You can pay at " + PAY + "S5563.\n\n"
  "Frankly, if your accounts people spent half as much effort paying bills as they do dodging our calls, we wouldn't be having this conversation.\n\n"
  "Let me know if a copy of the invoice would help.\n\n" + SIG_SG,
  "One sneering sentence in an otherwise courteous follow-up.",
  trig={"harassment": "half as much effort paying bills as they do dodging our calls"}),
D("en-SG", ["refund_or_credit_promise"], False,
  "Re: INV-5570 cancelled delivery",
  "Hi Priya,\n\nNo problem, we'll refund the SGD 850.00 you paid for the cancelled delivery on INV-5570 to your company account by Friday.\n\n" + SIG_SG,
  "Promises a refund; no admission of error.",
  trig={"refund_or_credit_promise": "we'll refund the SGD 850.00"}),
D("en-SG", ["terms_change", "sensitive_data"], False,
  "Card payment for INV-5581 – new date",
  "Hi Kelvin,\n\nAs discussed, we'll hold off until 30 April and only then charge INV-5581 (SGD 5,600.00) to your Mastercard " + group4(CARD_SG) + ", expiry " + CARD_SG_EXP + ". No need to do anything before then.\n\n" + SIG_SG,
  "Defers the payment date and types the full card number with expiry.",
  trig={"terms_change": "we'll hold off until 30 April", "sensitive_data": group4(CARD_SG)},
  nums=[("card", group4(CARD_SG)), ("expiry", CARD_SG_EXP)]),

# ---------------- English (India) ----------------
D("en-IN", [], False,
  "Re: Vendor portal query – INV-7714 (Inkasso-Nummer field)",
  "Dear Mr Bhatt,\n\nThank you for your mail. Your principal's vendor portal in Düsseldorf asks for an \"Inkasso-Nummer\" when the invoice is uploaded. That field is just their label for the collection reference; "
  "please enter our payment reference TWF-IN-7714 there.\n\n"
  "INV-7714 for INR 2,86,400.00 (ocean freight ex-Hamburg and customs clearance at JNPT) remains due on 20 March 2026. Payment link: " + PAY + "D7714\n\n" + SIG_IN,
  "'Inkasso-Nummer' is a reference field label, not a collection agency."),
D("en-IN", [], False,
  "Second reminder: INV-7728 overdue by 20 days",
  "Dear Ms Iyer,\n\nThis is our second reminder that INV-7728 for INR 5,12,600.00, issued to GSTIN 29AAFCT1234M1ZQ, was due on 23 February 2026 and is now 20 days overdue. "
  "Kindly arrange payment today at " + PAY + "D7728 or share the UTR if it has already been paid. Please quote our payment reference TWF-IN-7728.\n\n" + SIG_IN,
  "Firm reminder with GSTIN and payment reference."),
D("en-IN", [], False,
  "Update of legal entity name for future invoices",
  "Dear Mr Nair,\n\nWe understand from your letter that Sharma Exim Pvt. Ltd. is now Sharma Global Logistics Pvt. Ltd. Please send us the new legal entity name as registered, "
  "the updated GST registration certificate and the billing address so that our invoices reflect the change.\n\n"
  "INV-7735 (INR 98,300.00, due 25 March 2026) remains payable as issued.\n\n" + SIG_IN,
  "'Legal entity name' only sounds legal; the customer's own rename."),
D("en-IN", [], False,
  "Payment reminder and a note on fake payment requests – INV-7742",
  "Dear Mr Reddy,\n\nA gentle reminder that INV-7742 for INR 64,250.00 is due on 18 March 2026. Please pay only through the link below or to the bank details printed on the invoice PDF.\n"
  + PAY + "D7742\n\nTidewell will never ask for your portal password, OTP or full card number by email or phone, and we will never send changed bank details by email.\n\n" + SIG_IN,
  "Mentions passwords, card numbers and bank details without disclosing any."),
D("en-IN", ["fault_admission"], False,
  "Re: INV-7750 and INV-7751 – duplicate billing",
  "Dear Ms Kapoor,\n\nYou are absolutely right: our system double-billed you for the same bill of entry, and that is entirely our mistake. "
  "Please ignore the reminders for INV-7751; our finance team will write to you about next steps.\n\n" + SIG_IN,
  "Admits our system double-billed; nothing is promised, and asking them to ignore reminders on the disputed invoice is only a pause.",
  trig={"fault_admission": "our system double-billed you"}),
D("en-IN", ["legal_threat"], True,
  "Friendly reminder – INV-7763",
  "Dear Mr Sinha,\n\nGreetings from Tidewell! Thank you for choosing us for your air import clearances at Delhi Air Cargo this quarter; it has been a pleasure working with your team.\n\n"
  "As per our records, INV-7763 for INR 1,46,900.00 was due on 28 February 2026. Kindly note that we report accounts overdue beyond 60 days to CIBIL and other credit bureaus.\n\n"
  "You may pay at " + PAY + "D7763. If you have already paid, please share the UTR so that we can reconcile.\n\n" + SIG_IN,
  "One 'kindly note' sentence threatens credit-bureau reporting.",
  trig={"legal_threat": "report accounts overdue beyond 60 days to CIBIL"}),
D("en-IN", ["discount_offer"], True,
  "Your statement of account – March 2026",
  "Dear Ms Deshpande,\n\nPlease find below your statement of account as on 12 March 2026:\n\n"
  "INV-7770 – INR 78,400.00 – due 10 February 2026\nINV-7784 – INR 52,100.00 – due 27 February 2026\nTotal outstanding: INR 1,30,500.00\n\n"
  "The interest of INR 3,260.00 accrued under clause 8 will be written off once the principal is cleared this month.\n\n"
  "Payment can be made at " + PAY + "D7770. Do let us know if you need copies of any invoice or shipping bill.\n\n" + SIG_IN,
  "A statement whose one clause waives the contractual interest.",
  trig={"discount_offer": "will be written off once the principal is cleared"}),
]
