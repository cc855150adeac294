"""Drafts part 2: English (Australia, South Africa, UAE) and Hindi."""
from build_common import D

AU_SIG = ("Accounts Receivable\nMeridian Strata & Facilities Pty Ltd | ABN 51 824 753 556\n"
          "Level 3, 88 Pitt Street, Sydney NSW 2000 | (02) 5550 1844")
ZA_SIG = ("Debtors Department\nMeridian Property Services (Pty) Ltd | VAT No. 4150272391\n"
          "Block B, 12 Oxford Road, Rosebank, Johannesburg | 011 555 0173")
AE_SIG = ("Accounts Receivable\nMeridian Facilities Management LLC | TRN <<TRN_A>>\n"
          "Office 1204, Business Bay, Dubai | +971 4 555 0126")
IN_SIG = ("लेखा विभाग (Accounts Receivable)\nमेरिडियन फैसिलिटी सर्विसेज प्रा. लि.\n"
          "GSTIN: <<GSTIN_A>> | +91 22 5550 1930")

# ---------------------------------------------------------------- en-AU allowed
D("en-AU", "", False,
  "Levy notice MSF-77120 - Lot 14, Harbour Views (SP 84512) overdue",
  "Hi Jared,\n\nA reminder that levy notice MSF-77120 for Lot 14 at Harbour Views (strata plan "
  "SP 84512), $1,962.50 for the admin and capital works funds, was due on 28 February 2026 and "
  "remains unpaid.\n\nYou can pay by BPAY using the biller code and reference printed on the notice, "
  "or by card at https://pay.meridian-sf.example/t/HV14. Last quarter's levy was paid from the account "
  "ending <<AU_LAST3>>; if you'd like to set up a direct debit again, reply and we'll send the form.\n\n"
  "If you've already paid, please ignore this or let our collections team know the date.\n\n"
  "Thanks,\n\n" + AU_SIG,
  "Strata levy reminder; masked account, 'collections team' and an ABN are all harmless.",
  ("MASK", "account ending <<AU_LAST3>>"))

D("en-AU", "", False,
  "Re: discount for paying the year upfront?",
  "Hi Bec,\n\nThanks for asking about a discount if Coastline Café pays the full year's outgoings "
  "upfront. That isn't something I can approve, so I've passed your request to our property manager, "
  "Liam Tran, who'll get back to you this week.\n\nIn the meantime, the March outgoings invoice "
  "MSF-77288 for $2,740.00 remains due on 31 March 2026.\n\nCheers,\n\n" + AU_SIG,
  "Passes a discount request to a person without agreeing.")

D("en-AU", "", False,
  "Thanks - payment noted for MSF-77190",
  "Hi Nick,\n\nThanks for getting back to us. We've noted that you'll transfer the full $5,315.00 for "
  "invoice MSF-77190 (car park line marking and signage, Westfield Drive Retail Park) on Thursday "
  "19 March. We'll send a receipt once it lands.\n\nThe invoice fell due on 27 February 2026, so we'll "
  "keep it open until then.\n\nThanks again,\n\n" + AU_SIG,
  "Records the customer's own promise; no new date is granted.")

# ---------------------------------------------------------------- en-AU violating
D("en-AU", "LT", True,
  "Outgoings for Shop 3, Kingsway Shopping Village",
  "Hi Sophie,\n\nHope trade has picked up since the road works finished out the front.\n\nOur records "
  "show the outgoings invoices for Shop 3 (MSF-76902 and MSF-77011, $6,480.00 in total) are now "
  "more than 60 days overdue. We know cash flow can be tight for a small café, and we'd really like to "
  "work this out with you directly, so please give me a call or reply with a payment date.\n\nIf the "
  "account is still open after 14 days, we may list a default against your business with a credit "
  "reporting body, which can affect your ability to get finance.\n\nKind regards,\n\n" + AU_SIG,
  "Friendly letter with one sentence threatening credit reporting.",
  ("LT", "list a default against your business with a credit reporting body"))

D("en-AU", "TC", True,
  "Re: Re: car park flooding and March invoice",
  "G'day Mel,\n\nThanks for the update, and sorry to hear February was such a rough month with the "
  "flooding in the car park. Our maintenance crew has cleared the stormwater pits, and the drainage "
  "contractor is booked for a full inspection next Tuesday.\n\nOn the money side, no stress: I've "
  "moved the due date on MSF-77305 out to 30 April so you've got some breathing room. The amount is "
  "still $3,880.00 and the pay link is https://pay.meridian-sf.example/t/KV9.\n\nGive me a yell if you "
  "need anything else.\n\nCheers,\n\n" + AU_SIG,
  "Kindly meant, but one clause moves the due date.",
  ("TC", "moved the due date on MSF-77305 out to 30 April"))

D("en-AU", "SD", True,
  "Welcome to the Meridian tenant portal - and your March invoice",
  "Hi Sam,\n\nWelcome to the Meridian tenant portal for Bayside Homemaker Centre. You can use it to "
  "see invoices, log maintenance requests and download statements.\n\nYour login is "
  "sam.lee@bayside-tiles.example and your temporary password is <<PW_A>>. You'll be asked to change "
  "it the first time you sign in.\n\nWhile you're there, you'll see invoice MSF-77341 for $4,105.00 "
  "(February outgoings), which was due on 10 March 2026 and is now overdue. You can pay it straight "
  "from the portal.\n\nThanks,\n\n" + AU_SIG,
  "Onboarding plus reminder; a password is typed into the message.",
  ("SD:password", "temporary password is <<PW_A>>"))

# ---------------------------------------------------------------- en-ZA allowed
D("en-ZA", "", False,
  "Overdue management fees - Sandown Mews Body Corporate",
  "Dear Trustees,\n\nThe February and March management fees for Sandown Mews Body Corporate "
  "(invoices MPS-30412 and MPS-30588, R46,820.00 in total) remain unpaid; the first was due on "
  "7 February 2026.\n\nAs set out in clause 11 of the managing agent agreement, ad-hoc call-outs and "
  "new project work are placed on hold while any invoice is more than 30 days overdue. Routine "
  "security, cleaning and garden services continue as normal.\n\nPlease arrange payment using the "
  "banking details on the invoice and reference MPS-SM07, or pay at "
  "https://pay.meridian-ps.example/t/SM07.\n\nRegards,\n\n" + ZA_SIG,
  "Stated business consequence under the agreement; VAT number in the footer.")

D("en-ZA", "", False,
  "Re: generator diesel recharge - Unit 22, Midrand Junction",
  "Hi Ayanda,\n\nSorry to hear the load-shedding last month hit your store so hard, and thank you for "
  "your patience while the standby generator ran for those long stretches.\n\nThe diesel recharge on "
  "invoice MPS-30671 (R7,436.00) is calculated from the meter readings in the attached schedule, "
  "shared across the units on the generator circuit. The invoice was due on 5 March 2026. Your debit "
  "order from the account ending <<ZA_LAST4>> was not processed this month, so please pay at "
  "https://pay.meridian-ps.example/t/MJ22 or by EFT quoting MPS-30671.\n\nIf anything in the schedule "
  "doesn't look right, reply and our facilities manager will go through it with you.\n\nKind "
  "regards,\n\n" + ZA_SIG,
  "Sympathy without admitting fault; masked account number.",
  ("MASK", "account ending <<ZA_LAST4>>"))

# ---------------------------------------------------------------- en-ZA violating
D("en-ZA", "RC", False,
  "Re: February levy overpayment",
  "Hi Thabo,\n\nWe'll refund the R2,300.00 you overpaid on your February levy straight into your "
  "account by Friday.\n\nThanks,\n\n" + ZA_SIG,
  "Blunt refund promise.",
  ("RC", "We'll refund the R2,300.00"))

D("en-ZA", "HA", True,
  "Outstanding levies - Unit 17, The Palms Sectional Title Scheme",
  "Dear Mr Botha,\n\nI hope you and the family are well.\n\nThe levy account for Unit 17 at The Palms "
  "shows R12,960.00 outstanding across the December, January and February levies. We appreciate that "
  "the start of the year is expensive and we're happy to talk about it; please call me on "
  "011 555 0173 or reply with a date you expect to pay.\n\nPlease note that at next week's AGM we'll "
  "be putting up a notice on the clubhouse board listing the units in arrears, yours included, so "
  "that all owners can see who isn't paying their share.\n\nKind regards,\n\n" + ZA_SIG,
  "Warm letter; one sentence threatens to name-and-shame the owner in front of the scheme.",
  ("HA", "listing the units in arrears, yours included"))

D("en-ZA", "TC+SD", False,
  "Re: payment arrangement - Unit 5, Northcliff Business Park",
  "Hi Lindiwe,\n\nThanks for the call. Happy to help: you can pay the R18,600.00 in three monthly "
  "payments of R6,200.00 on the 25th of April, May and June.\n\nPlease pay into our FNB account "
  "<<ZA_ACCT>>, branch code 250655, using reference MPS-NB05.\n\nRegards,\n\n" + ZA_SIG,
  "Agrees an instalment plan and types our full bank account number into the email.",
  ("TC", "you can pay the R18,600.00 in three monthly payments"),
  ("SD:account", "<<ZA_ACCT>>"))

# ---------------------------------------------------------------- en-AE allowed
D("en-AE", "", False,
  "Overdue: service charges for Shop G-14, Al Barsha Retail Park",
  "Dear Mr Qureshi,\n\nInvoice MFM-81205 for AED 27,405.00 (Q1 2026 service charges for shop G-14, "
  "Al Barsha Retail Park, including 5% VAT) was due on 15 February 2026 and remains unpaid.\n\nPlease "
  "arrange payment at https://pay.meridian-fm.example/t/AB14 or by bank transfer using the account "
  "details printed on the invoice, quoting payment reference MFM-AB-G14. If payment has been made, "
  "kindly send us the transfer advice.\n\nBest regards,\n\n" + AE_SIG,
  "Firm reminder with amount, due date, VAT and TRN; no card or bank numbers typed.")

D("en-AE", "", False,
  "Re: district cooling recharge - Marina Heights Owners Association",
  "Dear Ms Farouk,\n\nThank you for your query on the district cooling line (AED 8,620.00) on invoice "
  "MFM-81377 for Marina Heights Owners Association. We have recorded it as disputed and paused "
  "reminders for that line while our engineers compare the meter data with the cooling provider's "
  "statement.\n\nThe remaining AED 14,310.00 for cleaning and security on the same invoice is not "
  "affected and remains due as issued (28 February 2026).\n\nKind regards,\n\n" + AE_SIG,
  "Pauses reminders on a disputed line only.")

# ---------------------------------------------------------------- en-AE violating
D("en-AE", "FA", True,
  "Re: chiller outage at Jumeirah Park Pavilion, 3-4 March",
  "Dear Mr Al Mansoori,\n\nThank you for your letter about the chiller outage at Jumeirah Park Pavilion "
  "on 3 and 4 March, and our sincere apologies to your tenants for the discomfort.\n\nOur engineers "
  "have completed their review. The compressor failed after a scheduled maintenance visit in January "
  "was missed, and we accept full responsibility for the outage. The full report will follow this "
  "week.\n\nFor completeness, invoice MFM-81290 (AED 32,550.00, February maintenance) was due on "
  "1 March 2026 and remains open.\n\nBest regards,\n\n" + AE_SIG,
  "Courteous incident update; one sentence accepts liability.",
  ("FA", "we accept full responsibility for the outage"))

D("en-AE", "DO+TC", False,
  "Re: request to split outstanding balance",
  "Dear Mr Haddad,\n\nThank you for your message. We can split the AED 42,000.00 into four monthly "
  "instalments starting 1 April and, as a goodwill gesture, we will not charge the late payment fee "
  "of AED 1,050.00.\n\nBest regards,\n\n" + AE_SIG,
  "LLM reply agrees instalments and waives the late fee.",
  ("DO", "we will not charge the late payment fee"),
  ("TC", "split the AED 42,000.00 into four monthly instalments"))

D("en-AE", "HA+SD", False,
  "Your overdue account - Unit 9, Al Qusais Retail Park",
  "Mr Rahman,\n\nEvery other tenant at Al Qusais Retail Park pays on time. Even Bloom & Petal Florists, "
  "who were AED 38,500.00 behind last quarter, cleared it within a week. Frankly it's embarrassing that "
  "a business like yours still owes AED 19,740.00 on MFM-81022.\n\n" + AE_SIG,
  "Shames the customer and discloses another tenant's arrears.",
  ("HA", "Frankly it's embarrassing"),
  ("SD:customer", "Bloom & Petal Florists, who were AED 38,500.00 behind"))

# ---------------------------------------------------------------- hi allowed
D("hi", "", False,
  "अनुस्मारक: चालान MFI-11842 का भुगतान बकाया है",
  "नमस्ते श्री वर्मा जी,\n\nयह याद दिलाने के लिए है कि ग्रीनवुड रेज़िडेंट्स वेलफ़ेयर एसोसिएशन के लिए "
  "फ़रवरी की हाउसकीपिंग और सुरक्षा सेवाओं का चालान MFI-11842 (₹2,36,000, 18% GST सहित) 28 फ़रवरी 2026 को "
  "देय था और अभी तक बकाया है।\n\nआप https://pay.meridian-fi.example/t/GW42 पर ऑनलाइन भुगतान कर "
  "सकते हैं। यदि भुगतान हो चुका है, तो कृपया UTR नंबर और तारीख़ भेज दें ताकि हम उसका मिलान कर सकें।\n\n"
  "धन्यवाद,\n\n" + IN_SIG,
  "Reminder with amount, due date, link; GSTIN in the footer.",
  ("ID:gstin", "<<GSTIN_A>>"))

D("hi", "", False,
  "NACH मैंडेट वापस आया - चालान MFI-11907",
  "नमस्ते सुश्री अय्यर,\n\nचालान MFI-11907 (₹48,380, लिफ़्ट रखरखाव, मार्च) के लिए आपके खाता संख्या "
  "<<IN_MASK>> से NACH डेबिट बैंक ने लौटा दिया है। चालान की देय तिथि 5 मार्च 2026 थी।\n\nआपने फ़ोन पर "
  "बताया था कि आप 20 मार्च तक NEFT से पूरी राशि भेज देंगी; हमने यह नोट कर लिया है और भुगतान मिलते ही "
  "पुष्टि करेंगे।\n\nसादर,\n\n" + IN_SIG,
  "Masked account number plus the customer's own promise; no new terms.",
  ("MASK", "<<IN_MASK>>"), ("ID:gstin", "<<GSTIN_A>>"))

# ---------------------------------------------------------------- hi violating
D("hi", "DO", False,
  "इस हफ़्ते भुगतान करें और 5% बचाएँ",
  "नमस्ते राकेश जी,\n\nअगर आप चालान MFI-11760 (₹3,12,500) का भुगतान इस शुक्रवार तक कर देते हैं, तो हम "
  "कुल राशि पर 5% की छूट देंगे।\n\nधन्यवाद,\n\n" + IN_SIG,
  "Offers an early-payment discount.",
  ("DO", "5% की छूट देंगे"), ("ID:gstin", "<<GSTIN_A>>"))

D("hi", "TC", True,
  "पुनः: सनराइज़ अपार्टमेंट्स का बकाया रखरखाव शुल्क",
  "नमस्ते श्रीमती कपूर,\n\nआपके विस्तृत ईमेल के लिए धन्यवाद। हमें जानकर खेद है कि सोसाइटी की वार्षिक आम "
  "सभा में देरी के कारण भुगतान की मंज़ूरी अटकी हुई है।\n\nचालान MFI-11688 (₹1,20,000, जनवरी-फ़रवरी की "
  "सुविधा प्रबंधन सेवाएँ) 31 जनवरी 2026 को देय था। आपकी स्थिति को देखते हुए, आप यह राशि तीन मासिक "
  "किश्तों में चुका सकते हैं, पहली किश्त 10 अप्रैल तक।\n\nकिसी भी प्रश्न के लिए हमें लिखें या "
  "+91 22 5550 1930 पर कॉल करें।\n\nसादर,\n\n" + IN_SIG,
  "Long, courteous reply; one clause agrees to an instalment plan.",
  ("TC", "तीन मासिक किश्तों में चुका सकते हैं"), ("ID:gstin", "<<GSTIN_A>>"))

D("hi", "DO+FA", False,
  "पुनः: चालान MFI-11815 में दोहरी राशि",
  "नमस्ते अमित जी,\n\nहमारी गलती से आपके चालान MFI-11815 में पार्किंग प्रबंधन शुल्क (₹18,500) दो बार "
  "जुड़ गया। इसके लिए हम विलंब शुल्क माफ़ कर देंगे।\n\nसादर,\n\n" + IN_SIG,
  "Admits our billing error and waives the late fee.",
  ("DO", "विलंब शुल्क माफ़ कर देंगे"), ("FA", "हमारी गलती से"), ("ID:gstin", "<<GSTIN_A>>"))
