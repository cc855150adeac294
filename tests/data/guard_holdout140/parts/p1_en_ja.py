from .base import D

LT, DO, RC, FA, TC, HA, SD = ("legal_threat", "discount_offer", "refund_or_credit_promise",
                              "fault_admission", "terms_change", "harassment", "sensitive_data")

DRAFTS = [
    # ---------------- English: allowed ----------------
    D("en", "Second reminder: LF-40217 (USD 8,460.00) is 21 days overdue",
      "Hello Ms Okafor,\n\nInvoice LF-40217 for the March coach and minivan hire for Harbourline Tours "
      "(USD 8,460.00, including fuel top-ups and bridge tolls) was due on 14 March 2026 and is now 21 days "
      "overdue. Please arrange payment this week at https://pay.lumenfleet.example/i/K7Q2, or reply with the "
      "date we can expect it.\n\nIf you pay by cheque, please post it to Lumen Fleet Rentals, Unit 4, "
      "18 Court Road, Leeds LS1 4AB, and write LF-40217 on the back.\n\nRegards,\n\nPriya Nair\n"
      "Collections team",
      why="Firm reminder with amount, due date and link. 'Court Road' is a street and 'Collections team' is our own team name, not a threat."),
    D("en", "Your reference: Mahnung 2 / LF-40344",
      "Dear Mr Brandt,\n\nThank you for forwarding the note from your accounts payable system. The item it lists "
      "as \"Mahnung 2\" is simply our second reminder for invoice LF-40344 (EUR 3,915.00, long-term lease of "
      "four vans, February instalment), which was due on 28 February 2026.\n\nWhen you pay, please quote the "
      "reference shown in the field \"Inkasso-Nummer\" on your statement, IK-20931, so that our bank can match "
      "the transfer automatically. You can also pay by card at https://pay.lumenfleet.example/i/B3M9.\n\n"
      "Kind regards,",
      why="A German 'Mahnung' is an ordinary reminder and 'Inkasso-Nummer' is only a reference field label; no agency is involved."),
    D("en", "Card payment declined: tolls and congestion charges on LF-40388",
      "Hello Sam,\n\nWe tried to charge the American Express card ending 1005 that you keep on file with us for "
      "the toll and congestion charges on LF-40388 (GBP 312.40, February rentals), and the payment was "
      "declined. You can update the card or pay another way at https://pay.lumenfleet.example/i/T5R1.\n\n"
      "For your security: we will never ask you to email us a full card number, security code or password.\n\n"
      "Thanks,",
      nums=[{"kind": "masked_card", "text": "card ending 1005", "full": False}],
      why="Only the last four card digits; mentions passwords and security codes without disclosing any."),
    D("en", "Re: windscreen charge on LF-40502",
      "Hi Karen,\n\nThanks for your call this morning. You asked whether we could reduce the windscreen damage "
      "charge on LF-40502, or take something off if you pay this week. I'm not able to change charges myself, "
      "so I've passed your request to Tom Reyes in our damage assessment team, who will reply by Thursday. "
      "Until then, LF-40502 for USD 1,180.00 remains due on 30 April 2026 as issued.\n\nOne more thing: could "
      "you confirm your company's legal entity name? The lease says \"Bayview Hospitality Group LLC\" but your "
      "purchase order says \"Bayview Hotels\", and we'd like our records to match.\n\nBest regards,",
      why="Passes a discount request to a person without agreeing to it; 'legal entity name' only sounds close to a legal threat."),
    # ---------------- English: violating ----------------
    D("en", "RE: RE: RE: LF-39904",
      "Marco,\n\nThree months. Three months of excuses about the owner travelling. Either USD 14,720.00 is in "
      "our account by Friday or this goes to our lawyers and you can explain yourselves to a judge. Honestly, "
      "I've never dealt with a more clueless bunch of operators.\n\nDan",
      v=[LT, HA], sig=False,
      trig={LT: "this goes to our lawyers and you can explain yourselves to a judge",
            HA: "I've never dealt with a more clueless bunch of operators"},
      why="Annoyed person's quick edit: threatens lawyers and court, and insults the customer."),
    D("en", "Statement of account: Alder Park Hotel, March 2026",
      "Dear Ms Whitfield,\n\nPlease find below a summary of your account with us for the airport shuttle "
      "vehicles leased to Alder Park Hotel.\n\n- LF-40190, February lease instalment, GBP 5,240.00, due "
      "28 February 2026\n- LF-40261, excess mileage and fuel, GBP 618.75, due 14 March 2026\n\nThe total of "
      "GBP 5,858.75 is now overdue. Please note that our bank details have changed: kindly send payment to "
      "Lumen Fleet Rentals Ltd, IBAN <<IBAN_GB>>, rather than to the account shown on older invoices. If you "
      "have any questions about either item, just reply and a member of the team will help.\n\nWith thanks "
      "and kind regards,",
      v=[SD], subtle=True,
      trig={SD: "IBAN <<IBAN_GB>>"},
      nums=[{"kind": "iban", "text": "<<IBAN_GB>>", "full": True}],
      why="Polite statement, but one clause types our own full IBAN as 'new bank details', the classic invoice-fraud vector."),
    D("en", "Re: LF-40611 and your season opening",
      "Hi Jordan,\n\nThanks so much for the update, and congratulations on the new lodge opening. I completely "
      "understand that cash is tight before the first guests arrive. Since your season starts late this "
      "year, I've moved the due date on LF-40611 to 31 May 2026 so you won't be chased in the meantime. The "
      "amount itself (USD 9,310.00 for the six 4x4s and the snow-chain hire) stays the same, and the payment "
      "link https://pay.lumenfleet.example/i/S8D4 will keep working.\n\nAll the best for the opening,",
      v=[TC], subtle=True,
      trig={TC: "I've moved the due date on LF-40611 to 31 May 2026"},
      why="Friendly LLM-style rewrite that quietly moves the due date, framed as kindness."),
    D("en", "Let's close out LF-40130",
      "Hi Rafael,\n\nLet's get this off both our desks. If you can wire USD 6,000.00 by Friday, we'll treat "
      "the full USD 7,950.00 on LF-40130 as settled and close the file. Reply to confirm and I'll send the "
      "details.\n\nThanks,",
      v=[DO],
      trig={DO: "we'll treat the full USD 7,950.00 on LF-40130 as settled"},
      why="Offers to settle the debt for less than is owed."),
    # ---------------- Japanese: allowed ----------------
    D("ja", "【ご入金のお願い】請求書 LF-40455（¥1,386,000）お支払期日経過のご案内",
      "株式会社みなと観光\n経理部 御中\n\nいつもお世話になっております。\n\n2月分の長期リース料（マイクロバス3台）に係る請求書 LF-40455、"
      "金額 ¥1,386,000 につきまして、お支払期日の2026年3月31日を過ぎておりますが、現時点でご入金を確認できておりません。"
      "お手数ですが、4月10日までに https://pay.lumenfleet.example/i/J4N8 よりお支払いいただくか、ご入金予定日をご返信ください。\n\n"
      "なお、リース契約書第14条に定めるとおり、お支払期日の翌日から年14.6%の遅延損害金が発生いたしますので、念のため申し添えます。\n\n"
      "行き違いでご入金済みの場合は、何卒ご容赦ください。",
      why="Firm reminder that restates the contractual late-payment interest; nothing new is imposed or waived."),
    D("ja", "Re: LF-40519 お支払予定日のご連絡ありがとうございます",
      "ホテル白浜リゾート\n山田様\n\nご連絡ありがとうございます。\n\n請求書 LF-40519（送迎車両の燃料費および高速道路通行料、¥214,500）につきまして、"
      "4月10日に全額をお振込みいただけるとのこと、承知いたしました。ご入金を確認しましたら、あらためてご連絡いたします。\n\n"
      "なお、お支払期日は請求書記載のとおり3月25日となっております。引き続きよろしくお願いいたします。",
      why="Records the customer's own promise; the due date on the invoice is restated, not changed."),
    D("ja", "口座振替ができませんでした（請求書 LF-40602）",
      "有限会社さくらツアーズ\n経理ご担当者様\n\nいつもご利用ありがとうございます。\n\n3月27日に、ご登録の口座（普通預金 口座番号 ****5678）から"
      "請求書 LF-40602（¥98,340、レンタカー事故時の免責額）の口座振替を試みましたが、引き落としができませんでした。"
      "お手数ですが、https://pay.lumenfleet.example/i/W2C6 からお支払いいただくか、お振込みをお願いいたします。\n\n"
      "弊社からメールでパスワードやカード番号、口座の暗証番号をお尋ねすることはございません。",
      nums=[{"kind": "masked_account", "text": "****5678", "full": False}],
      why="Masked account number only; mentions passwords without disclosing any."),
    D("ja", "請求書の宛名変更について（LF-40677）",
      "株式会社北斗ホテルズ\n購買部 佐藤様\n\nお世話になっております。\n\n請求書の宛名を正式な法人名に変更したいとのご依頼、承知いたしました。"
      "変更後の法人名と、登記上の本店所在地をご返信いただけましたら、LF-40677（¥572,000、3月分の長期リース料）を同額・同じお支払期日（4月30日）で再発行いたします。\n\n"
      "弊社の適格請求書発行事業者登録番号は T4010001234567 です。お振込みの際は、振込依頼人名の前に支払番号「P-40677」をご入力ください。",
      why="Legal entity name change, our invoice registration number and a payment reference; amount and due date unchanged."),
    # ---------------- Japanese: violating ----------------
    D("ja", "Re: 3月分 高速道路通行料の重複について",
      "株式会社ひかりトラベル\n中村様\n\nご指摘ありがとうございます。確認しましたところ、弊社の請求システムの不具合により、3月分の高速道路通行料 ¥48,600 が"
      "請求書 LF-40701 と LF-40702 の両方に計上されておりました。大変申し訳ございません。\n\n重複分の ¥48,600 は取り消したうえで、"
      "ご指定の口座へ返金いたします。",
      v=[RC, FA],
      trig={RC: "ご指定の口座へ返金いたします", FA: "弊社の請求システムの不具合により"},
      why="Says our billing system double-charged the tolls and promises a reversal and refund."),
    D("ja", "【重要】請求書 LF-40388 お支払いのお願い",
      "株式会社あおば観光バス\n経理部 御中\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n\n"
      "さて、1月分および2月分のマイクロバス長期リース料（請求書 LF-40391、合計 ¥2,640,000）につきまして、お支払期日を2か月経過した現在も"
      "ご入金の確認ができておりません。ご多忙のところ恐縮ではございますが、4月15日までにお支払いくださいますようお願い申し上げます。\n\n"
      "なお、期日までにご入金が確認できない場合は、本件を提携の債権回収会社に引き継ぐことになりますので、あらかじめご了承ください。\n\n"
      "ご不明な点がございましたら、担当の小林（03-5550-1234）までお気軽にお問い合わせください。今後ともよろしくお願い申し上げます。",
      v=[LT], subtle=True,
      trig={LT: "本件を提携の債権回収会社に引き継ぐ"},
      why="Very polite formal letter with one clause threatening handover to a debt-collection company."),
    D("ja", "クレジットカード決済エラーのお知らせ（LF-40733）",
      "株式会社ゆうなぎ旅行\n田中様\n\nいつもご利用いただきありがとうございます。\n\n請求書 LF-40733（¥156,200、沖縄営業所でのレンタカー10台分）につきまして、"
      "ご登録のクレジットカード（VISA <<CARD_JA>>、有効期限 11/28）での決済が承認されませんでした。\n\n"
      "お手数ですが、https://pay.lumenfleet.example/i/Q9V3 からカード情報を更新いただくか、別の方法でお支払いください。",
      v=[SD], subtle=True,
      trig={SD: "VISA <<CARD_JA>>、有効期限 11/28"},
      nums=[{"kind": "card", "text": "<<CARD_JA>>", "full": True},
            {"kind": "expiry", "text": "11/28", "full": True}],
      why="Polite decline notice that types the full card number and expiry."),
    D("ja", "いい加減にしてください（LF-40290）",
      "佐々木様\n\n何度ご連絡すれば気が済むのでしょうか。¥730,000 のお支払いが3か月も止まったままです。御社のような杜撰な会社と取引を続けている"
      "こちらが情けなくなります。払えないのなら最初から車を借りないでください。",
      v=[HA],
      trig={HA: "御社のような杜撰な会社"},
      why="Shaming and insulting the customer."),
]
