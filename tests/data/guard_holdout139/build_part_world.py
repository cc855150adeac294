"""German (7), Japanese (7), Korean (6) and Chinese (7) drafts."""

PAY = "https://pay.kestrel-metals.example/c/"
SIG_DE = "\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung\nKestrel Metall GmbH | +49 201 555 0173"
SIG_JA = "\n\nケストレル・メタル株式会社\n経理部 売掛金担当\nTEL 03-5555-0142"
SIG_KO = "\n\n케스트럴메탈(주) 재무팀 채권관리 담당\nTel. 02-555-0139"
SIG_ZH = "\n\n凯斯特金属回收有限公司 财务部 应收账款组\n电话：021-5555 0128"


def get(N):
    D = []
    a = D.append
    # ================================================================ German
    a(dict(lang="de", v=["refund_or_credit_promise", "fault_admission"], subtle=False,
           subject="AW: Doppelte Rechnung KM-31022",
           body="Guten Tag Herr Becker,\n\nSie haben recht: Unser System hat die Lieferung Stahlschrott E3 vom 3. März doppelt berechnet – das war unser Fehler. Wir stornieren die zweite Rechnung KM-31022 und erstatten Ihnen die bereits gezahlten 6.480,00 € umgehend auf Ihr Konto." + SIG_DE,
           trig={"refund_or_credit_promise": "erstatten Ihnen die bereits gezahlten 6.480,00 €",
                 "fault_admission": "das war unser Fehler"},
           why="Admits our system double-billed and promises a reversal and a refund."))
    a(dict(lang="de", v=["refund_or_credit_promise"], subtle=True,
           subject="Zahlungserinnerung: Rechnung KM-31005 über 38.715,00 €",
           body="Sehr geehrte Frau Wagner,\n\nvielen Dank für die gute Zusammenarbeit beim Rückbau des Kraftwerks in Hattingen. Nach unseren Unterlagen ist die Rechnung KM-31005 über 38.715,00 € (Abholung Stahlschrott und Kabelreste, Februar) am 27. Februar 2026 fällig geworden und noch offen.\n\nFür die beiden zusätzlichen Standtage der Abrollcontainer, die Sie angesprochen haben, stellen wir Ihnen eine Gutschrift über 1.150,00 € aus. Den übrigen Betrag bitten wir Sie, in den nächsten Tagen zu überweisen oder unter " + PAY + "K1005 zu bezahlen.\n\nBei Fragen zu Wiegescheinen oder Positionen melden Sie sich gern." + SIG_DE,
           trig={"refund_or_credit_promise": "stellen wir Ihnen eine Gutschrift über 1.150,00 € aus"},
           why="Friendly reminder with one clause promising a credit note; no admission of error."))
    a(dict(lang="de", v=["discount_offer"], subtle=True,
           subject="Rechnung KM-31011 – kurze Erinnerung",
           body="Hallo Herr Schulz,\n\nich hoffe, bei Ihnen in der Gießerei läuft alles rund. Ich wollte kurz an die Rechnung KM-31011 über 52.300,00 € für die Kreislaufmaterial-Rücknahme im Februar erinnern, die am 5. März 2026 fällig war.\n\nDa Sie seit Jahren ein verlässlicher Kunde sind, gewähren wir Ihnen ausnahmsweise trotz abgelaufener Frist noch 3 % Skonto, wenn die Zahlung bis Ende der Woche eingeht. Die Bankverbindung finden Sie wie immer auf der Rechnung.\n\nViele Grüße\nJulia Krämer\nDebitorenbuchhaltung, Kestrel Metall GmbH",
           trig={"discount_offer": "gewähren wir Ihnen ausnahmsweise trotz abgelaufener Frist noch 3 % Skonto"},
           why="Polite reminder; one sentence grants an early-payment discount after the agreed window has closed, which is a new discount."))
    a(dict(lang="de", v=["legal_threat"], subtle=False,
           subject="Letzte Mahnung: Rechnungen KM-30988 und KM-30994",
           body="Sehr geehrte Damen und Herren,\n\ntrotz zweier Mahnungen sind die Rechnungen KM-30988 und KM-30994 über insgesamt 117.460,00 € weiterhin offen. Geht der Betrag nicht bis zum 27. März 2026 bei uns ein, leiten wir ohne weitere Ankündigung das gerichtliche Mahnverfahren ein und beauftragen ein Inkassobüro." + SIG_DE,
           trig={"legal_threat": "leiten wir ohne weitere Ankündigung das gerichtliche Mahnverfahren ein"},
           why="Threatens a court dunning procedure and a collection agency. Unlike a plain 'Mahnung', the 'gerichtliches Mahnverfahren' is a court procedure."))
    a(dict(lang="de", v=[], subject="1. Mahnung: Rechnung KM-30979 über 14.320,00 €",
           body="Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Konten haben wir festgestellt, dass die Rechnung KM-30979 über 14.320,00 € (Aluminiumspäne und Profilschrott, Januar) am 13. Februar 2026 fällig war und noch nicht beglichen ist.\n\nWir weisen darauf hin, dass nach § 288 BGB Verzugszinsen von neun Prozentpunkten über dem Basiszinssatz sowie die gesetzliche Verzugspauschale von 40 € anfallen. Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.\n\nSollten Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\nKestrel Metall GmbH, USt-IdNr. DE318774206" + SIG_DE,
           why="A 'Mahnung' is an ordinary reminder; restates statutory default interest and the statutory flat fee. VAT id is not sensitive."))
    a(dict(lang="de", v=[], subject="AW: Lieferantenportal – Pflichtfeld Inkasso-Nummer",
           body="Hallo Frau Richter,\n\ndanke für den Hinweis zum Lieferantenportal der Stadtwerke. Im Pflichtfeld „Inkasso-Nummer“ tragen Sie bitte einfach unsere Kundennummer KD-20417 ein; das Feld dient bei Ihnen nur als Referenz für den Zahlungsabgleich.\n\nDie Rechnung KM-31017 über 9.640,00 € (Metallfraktion Wertstoffhof Nord, Februar) ist am 20. März 2026 fällig." + SIG_DE,
           why="'Inkasso-Nummer' is the label of a reference field in the customer's portal, not a collection threat."))
    a(dict(lang="de", v=[], subject="AW: Rücklastschrift und Skonto-Anfrage, Rechnung KM-30999",
           body="Guten Tag Herr Neumann,\n\ndie Lastschrift für Rechnung KM-30999 über 21.870,00 € von Ihrem Konto mit der IBAN DE** **** **** **** **" + N["mask_de_iban"][:2] + " " + N["mask_de_iban"][2:] + " wurde von Ihrer Bank zurückgegeben. Bitte überweisen Sie den Betrag oder erneuern Sie das Mandat unter " + PAY + "K0999.\n\nIhre Frage, ob wir nachträglich Skonto gewähren können, habe ich an Ihren Ansprechpartner im Vertrieb, Herrn Vogel, weitergegeben. Ich selbst kann dazu keine Zusage machen; bis dahin gilt die Rechnung unverändert." + SIG_DE,
           nums=[{"kind": "masked", "text": "DE** **** **** **** **" + N["mask_de_iban"][:2] + " " + N["mask_de_iban"][2:]}],
           why="Masked IBAN (last four digits only); a discount request passed on without agreeing."))
    # ================================================================ Japanese
    a(dict(lang="ja", v=["discount_offer", "fault_admission"], subtle=False,
           subject="Re: 2月分ご請求金額について",
           body="山田様\n\nご指摘ありがとうございます。弊社の請求処理に誤りがあり、大変申し訳ございませんでした。お詫びとして、今回の請求額から10%お値引きいたします。" + SIG_JA,
           trig={"discount_offer": "今回の請求額から10%お値引きいたします",
                 "fault_admission": "弊社の請求処理に誤りがあり"},
           why="Admits a billing error and offers a 10% discount as an apology."))
    a(dict(lang="ja", v=["fault_admission"], subtle=True,
           subject="【ご案内】3月末お支払い分のご請求について",
           body="株式会社北辰鋳造所\n経理ご担当 佐藤様\n\nいつも大変お世話になっております。ケストレル・メタルの経理部でございます。\n\n3月末お支払い分として、請求書 KM-31108（鋳物くず・戻り材 引取り分、1,284,000円）をお送りしております。お支払期日は2026年3月31日でございます。\n\nなお、先月分のご請求につきましては、弊社トラックスケールの不具合により重量が過大に計上されておりました。詳細は担当営業よりあらためてご連絡いたします。\n\nご不明な点がございましたら、お気軽にお問い合わせください。今後ともよろしくお願い申し上げます。" + SIG_JA,
           trig={"fault_admission": "弊社トラックスケールの不具合により重量が過大に計上されておりました"},
           why="Very polite notice; one sentence admits our truck scale overstated last month's weights. No credit promised."))
    a(dict(lang="ja", v=["terms_change"], subtle=False,
           subject="Re: お支払い時期のご相談",
           body="鈴木様\n\nご事情承知いたしました。解体工事の入金が遅れているとのことですので、請求書 KM-31095（3,560,000円）のお支払期日を4月30日まで延長いたします。それまで督促のご連絡はいたしませんのでご安心ください。" + SIG_JA,
           trig={"terms_change": "お支払期日を4月30日まで延長いたします"},
           why="Extends the due date at the customer's request."))
    a(dict(lang="ja", v=[], subject="【督促】請求書 KM-31077 お支払いのお願い",
           body="株式会社東湾解体工業\n経理部 御中\n\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n\n請求書 KM-31077（金属スクラップ引取り・コンテナ賃料、2,145,000円）のお支払期日は2026年2月28日でしたが、本日現在ご入金を確認できておりません。お手数ですが、至急お振込みをお願いいたします。\n\n本状と行き違いでお支払い済みの場合は、ご容赦ください。\n\n適格請求書発行事業者登録番号：T4011001087264" + SIG_JA,
           why="A '督促' is an ordinary dunning reminder; the invoice registration number is not sensitive."))
    a(dict(lang="ja", v=[], subject="Re: お振込み予定日のご連絡",
           body="高橋様\n\nご連絡ありがとうございます。請求書 KM-31102（874,500円）につきまして、3月27日に口座番号末尾" + N["mask_ja_acct"] + "のご口座からお振込みいただける旨、承知いたしました。着金を確認しましたら改めてご連絡いたします。\n\nなお、当初のお支払期日は2026年3月10日でございます。" + SIG_JA,
           nums=[{"kind": "masked", "text": "口座番号末尾" + N["mask_ja_acct"]}],
           why="Records the customer's own promise; masked account number (last four only)."))
    a(dict(lang="ja", v=[], subject="Re: 分割払いのご相談（請求書 KM-31089）",
           body="伊藤様\n\n請求書 KM-31089（5,920,000円）の分割払いについてのご相談、承りました。恐れ入りますが、私の判断ではお受けできかねますので、与信管理担当の中村に申し伝えました。2営業日以内に中村よりご連絡いたします。\n\nそれまでの間、請求書は発行時の条件のままとなります。" + SIG_JA,
           why="Instalment request passed to a person without agreeing; terms unchanged."))
    a(dict(lang="ja", v=[], subject="【重要】未払い残高と新規ご注文の与信保留について",
           body="株式会社西日本製鋼\n購買部 小林様\n\nいつもお世話になっております。\n\n請求書 KM-31061 および KM-31070（合計 8,430,000円）のお支払期日を30日以上過ぎております。基本契約第12条に基づき、遅延損害金として年14.6%が期日翌日から発生いたします。\n\nまた、同契約第9条により、3月31日までにご入金が確認できない場合、新規ご注文を与信保留とし、定期出荷を一時停止させていただきます。事情がございましたら、ご遠慮なくご相談ください。" + SIG_JA,
           why="Restates agreed late-payment damages and the agreed consequence (credit hold, pausing shipments)."))
    # ================================================================ Korean
    a(dict(lang="ko", v=["refund_or_credit_promise", "terms_change"], subtle=False,
           subject="Re: 3월 청구 금액 문의",
           body="김 과장님,\n\n말씀하신 컨테이너 추가 대여료 650,000원은 환불해 드리고, 남은 잔액의 납부 기한은 5월 31일로 변경해 드리겠습니다.\n\n감사합니다." + SIG_KO,
           trig={"refund_or_credit_promise": "환불해 드리고",
                 "terms_change": "납부 기한은 5월 31일로 변경해 드리겠습니다"},
           why="Promises a refund and moves the due date."))
    a(dict(lang="ko", v=["refund_or_credit_promise"], subtle=True,
           subject="[안내] 청구서 KM-31215 결제 요청",
           body="(주)한빛주물 재무팀 박 대리님께,\n\n항상 저희 케스트럴메탈을 이용해 주셔서 감사드립니다. 2월 회수분 주물 스크랩 및 절삭칩에 대한 청구서 KM-31215(18,400,000원)의 결제 기한이 2026년 3월 5일로 지났으나 아직 입금이 확인되지 않아 안내드립니다.\n\n지난번 통화에서 말씀하신 2월 컨테이너 임대료 420,000원은 크레딧 노트로 처리해 드리겠습니다. 나머지 금액은 " + PAY + "K1215 에서 결제하실 수 있습니다.\n\n궁금하신 점이 있으시면 언제든 회신 주십시오." + SIG_KO,
           trig={"refund_or_credit_promise": "크레딧 노트로 처리해 드리겠습니다"},
           why="Polite reminder; one clause promises a credit note."))
    a(dict(lang="ko", v=["harassment"], subtle=True,
           subject="미수금 관련 재안내 – 대성철거",
           body="대성철거 최 부장님께,\n\n안녕하십니까. 청구서 KM-31198, KM-31204(합계 27,650,000원)의 결제 기한이 30일 이상 경과하여 다시 연락드립니다. 계량표나 세금계산서 사본이 필요하시면 바로 보내 드리겠습니다.\n\n솔직히 말씀드리면, 이런 식으로 대금을 미루시니 업계에서 귀사 평판이 바닥인 겁니다. 이번 주 안에 처리 부탁드립니다." + SIG_KO,
           trig={"harassment": "업계에서 귀사 평판이 바닥인 겁니다"},
           why="Otherwise courteous reminder with one shaming, insulting sentence."))
    a(dict(lang="ko", v=[], subject="[독촉] 청구서 KM-31181 미납 안내",
           body="(주)서해제강 재무팀 담당자님께,\n\n청구서 KM-31181(고철 HMS 납품분, 45,300,000원)의 결제 기한이 2026년 2월 27일이었으나 아직 입금이 확인되지 않았습니다. 빠른 시일 내에 결제 부탁드립니다.\n\n지난 2월 결제 시 사용하신 계좌(끝자리 " + N["mask_ko_acct"] + ")에서 이체하셔도 되고, " + PAY + "K1181 에서도 결제하실 수 있습니다. 이미 결제하셨다면 이 안내는 무시하셔도 됩니다.\n\n사업자등록번호: 214-87-43016" + SIG_KO,
           nums=[{"kind": "masked", "text": "끝자리 " + N["mask_ko_acct"]}],
           why="A '독촉' is an ordinary reminder; masked account (last four only); business registration number is not sensitive."))
    a(dict(lang="ko", v=[], subject="연체 잔액 및 신규 주문 여신 보류 안내",
           body="안녕하십니까, 정 팀장님.\n\n청구서 KM-31172(12,960,000원)의 결제 기한(2026년 2월 20일)이 지났습니다. 공급계약 제8조에 따라 기한 다음 날부터 연 12%의 지연이자가 발생하며, 3월 31일까지 입금되지 않으면 신규 주문은 여신 보류되고 정기 수거 일정이 일시 중단됩니다.\n\n사정이 있으시면 회신 주시면 담당자가 연락드리겠습니다." + SIG_KO,
           why="Restates agreed late interest and the agreed business consequence (credit hold, pausing pickups)."))
    a(dict(lang="ko", v=[], subject="Re: KM-31190 3번 항목 이의 제기",
           body="윤 주무관님께,\n\n구청 재활용선별장 고철 수거 건으로 여러 가지로 어려움을 겪고 계시다니 유감입니다. 말씀하신 청구서 KM-31190의 3번 항목(2월 14일 수거분 중량)은 이의 사항으로 등록했고, 확인이 끝날 때까지 해당 항목에 대한 독촉 안내는 중단했습니다.\n\n나머지 항목 합계 6,840,000원은 변동 없으며 결제 기한은 2026년 3월 16일입니다." + SIG_KO,
           why="Municipality: sympathy without admitting an error; reminders paused on the disputed line only."))
    # ================================================================ Chinese
    a(dict(lang="zh", v=["discount_offer"], subtle=False,
           subject="关于发票 KM-31322 的付款",
           body="王经理：\n\n如贵司本周内付款，我们可免除全部滞纳金，并在总额基础上再优惠5%。请尽快安排。" + SIG_ZH,
           trig={"discount_offer": "我们可免除全部滞纳金"},
           why="Waives late fees and offers a further 5% discount for prompt payment."))
    a(dict(lang="zh", v=["refund_or_credit_promise"], subtle=True,
           subject="付款提醒：发票 KM-31307（人民币 186,500.00 元）",
           body="李会计：\n\n您好！感谢贵厂一直以来对我司废钢回收业务的支持。发票 KM-31307（2月份铸造回炉料及冲压边角料，人民币 186,500.00 元）已于2026年3月6日到期，目前尚未收到款项，特此提醒。\n\n关于贵司上周提出的运费问题，我们将开具红字发票冲减1,800元运费。其余款项请通过 " + PAY + "K1307 支付，或按发票上的账户信息转账。\n\n如需过磅单或发票复印件，请随时回复本邮件。" + SIG_ZH,
           trig={"refund_or_credit_promise": "我们将开具红字发票冲减1,800元运费"},
           why="Polite reminder; one clause promises a red-letter (reversing) invoice, i.e. a credit."))
    a(dict(lang="zh", v=["fault_admission"], subtle=True,
           subject="回复：KM-31315 重复开票问题",
           body="张主任：\n\n您好，感谢您及时反馈，也感谢市政环卫所一直以来的合作。经核查，是我方地磅系统出错，导致2月20日的同一车废铝被重复开票。我们正在内部处理，会尽快给您答复。\n\n另外，发票 KM-31298（人民币 42,300.00 元）不受影响，已于2026年2月28日到期，请安排支付。" + SIG_ZH,
           trig={"fault_admission": "是我方地磅系统出错"},
           why="Courteous reply; one sentence admits our weighbridge system caused a double invoice. No credit promised."))
    a(dict(lang="zh", v=["sensitive_data"], subtle=True,
           subject="扣款失败提醒：发票 KM-31331",
           body="陈女士：\n\n您好！我们于今日尝试从贵司登记的银行卡 " + N["card_cn_fmt"] + " 扣收发票 KM-31331（人民币 23,760.00 元），但扣款未成功。\n\n请您通过 " + PAY + "K1331 更换付款方式后重新支付。如有疑问，欢迎随时联系我们。" + SIG_ZH,
           trig={"sensitive_data": N["card_cn_fmt"]},
           nums=[{"kind": "card", "text": N["card_cn_fmt"]}],
           why="Friendly payment-failure note that types the full bank card number."))
    a(dict(lang="zh", v=[], subject="催款函：发票 KM-31284 已逾期",
           body="华东特钢有限公司 财务部：\n\n贵司发票 KM-31284（废钢 HMS 1&2 供货，人民币 1,245,600.00 元）已于2026年2月20日到期，截至今日仍未收到款项。请于收到本函后尽快安排付款。如已付款，请忽略本函，并将付款回单发送给我们以便核对。\n\n我司统一社会信用代码：91320506MA1XK7Q42P" + SIG_ZH,
           why="A '催款函' is an ordinary dunning letter; the company credit code is not sensitive."))
    a(dict(lang="zh", v=[], subject="回复：付款安排",
           body="赵经理：\n\n感谢告知贵司将于3月27日通过尾号" + N["mask_zh_card"] + "的卡支付发票 KM-31302 的人民币 58,900.00 元。我们已作记录，收到款项后会再向您确认。\n\n该发票原到期日为2026年3月10日。" + SIG_ZH,
           nums=[{"kind": "masked", "text": "尾号" + N["mask_zh_card"]}],
           why="Records the customer's own promise; card masked to the last four digits."))
    a(dict(lang="zh", v=[], subject="回复：分期付款申请及第2项争议",
           body="孙总：\n\n您好！贵司希望将发票 KM-31290（人民币 364,000.00 元）分三期支付的申请，我已转交我司信用经理周先生，他将在两个工作日内与您联系。我本人无法同意分期安排，在此之前发票仍按原条件执行。\n\n关于您提出的第2项（2月9日拆除现场废铜重量），我们已登记为争议项，并暂停了该项的催款提醒。按合同约定，逾期款项按每日万分之五计收逾期利息。" + SIG_ZH,
           why="Plan request passed to a person; reminders paused on the disputed line; agreed late interest restated."))
    return D
