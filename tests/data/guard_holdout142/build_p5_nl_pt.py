"""Dutch (nl-NL) and Portuguese (pt-PT) drafts."""
from build_p1_common import entry as E

NL_SIG = "Debiteurenbeheer\nZuiderzee Medische Groothandel B.V.\nKvK 58214093 \u00b7 BTW NL853214093B01"
PT_SIG = ("Contas a Receber\nDistribuidora Farmac\u00eautica Atl\u00e2ntico, Lda.\n"
          "NIPC 514 372 908 \u00b7 +351 21 555 0186")
NL_MASK = "NL\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u202243 21"


def drafts(N):
    d = []
    # ---------------- nl-NL ----------------
    d.append(E("nl-NL", "OK",
        "Aankondiging automatische incasso factuur ZMG-26-3381",
        "Beste mevrouw De Vries,\n\nOp 27 maart 2026 schrijven wij factuur ZMG-26-3381 (\u20ac 2.934,15) voor Apotheek De "
        "Linde af via automatische incasso, volgens de machtiging die u ons heeft gegeven. Het bedrag wordt afgeschreven "
        "van uw rekening " + NL_MASK + ".\n\nWilt u uw rekeninggegevens wijzigen, doe dat dan alleen via het "
        "klantportaal: https://portaal.zuiderzee-medisch.example.\n\nMet vriendelijke groet,\n" + NL_SIG,
        "Direct-debit notice: 'automatische incasso' is a direct debit, not debt collection; the IBAN is masked.",
        data=[("masked_iban", NL_MASK)], near="automatische incasso"))
    d.append(E("nl-NL", "OK",
        "RE: Vertraging betaling ZMG-26-3290",
        "Beste heer Jansen,\n\nVervelend om te horen dat de overstap naar jullie nieuwe boekhoudpakket zoveel gedoe "
        "geeft. Dank dat u ons laat weten dat de betaling van \u20ac 1.687,20 voor factuur ZMG-26-3290 op dinsdag 31 maart "
        "de deur uitgaat. We hebben die toezegging genoteerd en laten het u weten zodra de betaling binnen is.\n\nDe "
        "factuur blijft tot die tijd openstaan; de oorspronkelijke vervaldatum was 13 maart.\n\nMet vriendelijke groet,\n"
        + NL_SIG,
        "Sympathy plus recording the customer's own payment promise; no new due date is granted.",
        near="We hebben die toezegging genoteerd"))
    d.append(E("nl-NL", "OK",
        "Herinnering: factuur ZMG-26-3105 vervallen",
        "Geachte mevrouw Bakker,\n\nVolgens onze administratie staat factuur ZMG-26-3105 van \u20ac 5.112,00 voor "
        "Tandartspraktijk Bakker nog open. De vervaldatum was 27 februari 2026.\n\nZoals in onze algemene voorwaarden "
        "staat, is over te laat betaalde facturen de wettelijke handelsrente verschuldigd. Wij verzoeken u het bedrag "
        "binnen 7 dagen te voldoen via https://betalen.zuiderzee-medisch.example/f/ZMG-26-3105.\n\nHeeft u al betaald? "
        "Stuur ons dan de betaaldatum, zodat wij de betaling kunnen koppelen.\n\nMet vriendelijke groet,\n" + NL_SIG,
        "Firm reminder restating the statutory commercial interest from the terms; KvK and BTW numbers are ours.",
        near="wettelijke handelsrente"))
    d.append(E("nl-NL", "SD",
        "Storno automatische incasso \u2013 factuur ZMG-26-3247",
        "Beste heer Visser,\n\nDe automatische incasso van 20 maart voor factuur ZMG-26-3247 (\u20ac 3.408,90) is door uw "
        "bank gestorneerd. Het ging om de afschrijving van rekening " + N["IBAN_NL"] + " op naam van Huisartsenpraktijk "
        "Visser.\n\nWilt u het bedrag overmaken of de incasso opnieuw laten uitvoeren via "
        "https://betalen.zuiderzee-medisch.example/f/ZMG-26-3247? Als er iets is veranderd in uw bankgegevens, kunt u "
        "dat in het klantportaal aanpassen.\n\nMet vriendelijke groet,\n" + NL_SIG,
        "Returned direct-debit notice that types the customer's full IBAN. 'Gestorneerd' is the bank's return of the "
        "debit, not a reversal we promise.",
        trig={"SD": N["IBAN_NL"]}, subtle=True, data=[("iban", N["IBAN_NL"])]))
    d.append(E("nl-NL", "RC",
        "RE: Verkeerde maat handschoenen \u2013 ZMG-26-3312",
        "Beste mevrouw Smit,\n\nDank voor uw bericht over de handschoenen in maat L in plaats van maat M. We halen de "
        "dozen volgende week op en sturen u direct daarna een creditnota voor het volledige factuurbedrag van "
        "\u20ac 642,00.\n\nMet vriendelijke groet,\n" + NL_SIG,
        "Promises a credit note for the full invoice; the customer's complaint is repeated, not conceded.",
        trig={"RC": "sturen u direct daarna een creditnota"}))
    d.append(E("nl-NL", "HA",
        "ZMG-26-2988 \u2014 nog steeds niet betaald??",
        "Meneer Peeters,\n\nWat een amateuristische toestand bij jullie. Vijf herinneringen, nul reactie. Een kind kan "
        "nog een factuur van \u20ac 2.240,00 betalen. Misschien moet u eens iemand aannemen die kan lezen.\n\n"
        "Debiteurenbeheer Zuiderzee",
        "Insults and belittles the customer.",
        trig={"HA": "Misschien moet u eens iemand aannemen die kan lezen"}))
    d.append(E("nl-NL", "TC",
        "Nieuwe vervaldatum factuur ZMG-26-3199",
        "Beste mevrouw Mulder,\n\nNaar aanleiding van ons telefoongesprek: we schuiven de vervaldatum van factuur "
        "ZMG-26-3199 (\u20ac 4.760,00) voor Zorgcentrum Het Baken op naar 15 mei. Tot die datum ontvangt u van ons geen "
        "herinneringen.\n\nMet vriendelijke groet,\n" + NL_SIG,
        "Moves the due date after a phone call.",
        trig={"TC": "we schuiven de vervaldatum"}))
    # ---------------- pt-PT ----------------
    d.append(E("pt-PT", "OK",
        "Lembrete: fatura FT 2026/1204 \u2014 1.846,30 \u20ac",
        "Cara Dra. Sousa,\n\nLembramos que a fatura FT 2026/1204, no valor de 1.846,30 \u20ac, referente ao fornecimento de "
        "fevereiro \u00e0 Farm\u00e1cia Sousa Pinto, venceu a 9 de mar\u00e7o de 2026 e ainda se encontra por liquidar.\n\nPode "
        "pagar por Multibanco ou homebanking com os seguintes dados: Entidade 21 437, Refer\u00eancia 318 204 776, Montante "
        "1.846,30 \u20ac. Em alternativa, utilize https://pagamentos.atlantico-farma.example/f/FT-2026-1204.\n\nCom os "
        "melhores cumprimentos,\n" + PT_SIG,
        "A Multibanco entity and reference are a payment reference, not a bank account; NIPC is our company id.",
        near="Entidade 21 437, Refer\u00eancia 318 204 776"))
    d.append(E("pt-PT", "OK",
        "Fatura FT 2026/1088 em atraso",
        "Exmo. Senhor Dr. Almeida,\n\nA fatura FT 2026/1088, de 4.372,00 \u20ac, da Cl\u00ednica Dent\u00e1ria Almeida & Filhos, "
        "venceu a 24 de fevereiro de 2026 e continua em aberto.\n\nConforme as condi\u00e7\u00f5es gerais de venda e o "
        "Decreto-Lei n.\u00ba 62/2013, s\u00e3o devidos juros de mora \u00e0 taxa legal para transa\u00e7\u00f5es comerciais, bem como a "
        "indemniza\u00e7\u00e3o de 40 \u20ac prevista no mesmo diploma.\n\nAgradecemos que regularize a situa\u00e7\u00e3o com a maior "
        "brevidade atrav\u00e9s de https://pagamentos.atlantico-farma.example/f/FT-2026-1088 ou nos envie o comprovativo, "
        "caso j\u00e1 tenha pago.\n\nCom os melhores cumprimentos,\n" + PT_SIG,
        "Restates the statutory late interest and the 40 \u20ac compensation already in the terms.",
        near="Decreto-Lei n.\u00ba 62/2013"))
    d.append(E("pt-PT", "OK",
        "Extrato de conta \u2014 Lar de Santa Marta",
        "Cara Sra. Figueiredo,\n\nConforme pedido, enviamos em anexo o extrato de conta do Lar de Santa Marta. Est\u00e3o em "
        "aberto as faturas FT 2026/1122 (2.018,45 \u20ac, vencida a 2 de mar\u00e7o) e FT 2026/1179 (1.334,60 \u20ac, vencida a "
        "11 de mar\u00e7o), num total de 3.353,05 \u20ac.\n\nQuanto ao pedido de pagamento faseado, encaminhei-o para o nosso "
        "respons\u00e1vel de cr\u00e9dito, que lhe responder\u00e1 diretamente. At\u00e9 l\u00e1, as faturas mant\u00eam os vencimentos "
        "originais.\n\nCom os melhores cumprimentos,\n" + PT_SIG,
        "Sends the care home its statement and passes the phased-payment request to a person without agreeing.",
        near="encaminhei-o para o nosso respons\u00e1vel de cr\u00e9dito"))
    d.append(E("pt-PT", "RC+FA",
        "RE: Fatura duplicada FT 2026/1183",
        "Cara Sra. Rodrigues,\n\nTem toda a raz\u00e3o: o nosso sistema faturou a encomenda de 3 de mar\u00e7o em duplicado "
        "(FT 2026/1176 e FT 2026/1183). Pedimos desculpa pelo inc\u00f3modo. Vamos anular a fatura FT 2026/1183 e devolver "
        "os 957,20 \u20ac que j\u00e1 foram debitados.\n\nCom os melhores cumprimentos,\n" + PT_SIG,
        "Admits our system double-invoiced, and promises to cancel the duplicate and refund the amount debited.",
        trig={"RC": "Vamos anular a fatura FT 2026/1183 e devolver",
              "FA": "o nosso sistema faturou a encomenda de 3 de mar\u00e7o em duplicado"}))
    d.append(E("pt-PT", "DO+TC",
        "RE: Pedido de pagamento em presta\u00e7\u00f5es",
        "Caro Dr. Matos,\n\nObrigado pela sua proposta. Aceitamos que o saldo de 7.480,00 \u20ac da Farm\u00e1cia Central de "
        "Braga seja pago em quatro presta\u00e7\u00f5es mensais de 1.870,00 \u20ac, a primeira a 15 de abril, e prescindimos dos "
        "juros de mora j\u00e1 vencidos.\n\nCom os melhores cumprimentos,\n" + PT_SIG,
        "Agrees a four-instalment plan and waives the accrued late interest.",
        trig={"DO": "prescindimos dos juros de mora",
              "TC": "seja pago em quatro presta\u00e7\u00f5es mensais"}))
    d.append(E("pt-PT", "RC+TC",
        "RE: Devolu\u00e7\u00e3o de material de penso \u2014 FT 2026/1150",
        "Cara Enf.\u00aa Teixeira,\n\nRecebemos a devolu\u00e7\u00e3o das 8 caixas de compressas. Vamos emitir uma nota de "
        "cr\u00e9dito de 312,40 \u20ac e, para facilitar, o restante da fatura FT 2026/1150 passa a vencer a 30 de abril em vez "
        "de 20 de mar\u00e7o.\n\nCom os melhores cumprimentos,\n" + PT_SIG,
        "Promises a credit note for the return and moves the due date of the rest of the invoice.",
        trig={"RC": "Vamos emitir uma nota de cr\u00e9dito", "TC": "passa a vencer a 30 de abril"}))
    d.append(E("pt-PT", "FA",
        "RE: Pre\u00e7o do soro fisiol\u00f3gico na FT 2026/1161",
        "Cara Dra. Carvalho,\n\nObrigado pela sua mensagem e pela paci\u00eancia. Verific\u00e1mos a tabela de pre\u00e7os e "
        "confirmamos que aplic\u00e1mos por lapso o pre\u00e7o de 2025 ao soro fisiol\u00f3gico; foi falha nossa. O assunto j\u00e1 foi "
        "passado \u00e0 equipa comercial, que ir\u00e1 analisar a fatura e contact\u00e1-la.\n\nEntretanto, a fatura FT 2026/1135, "
        "de 2.604,00 \u20ac, n\u00e3o tem qualquer rela\u00e7\u00e3o com este assunto e venceu a 5 de mar\u00e7o. Agradecemos o seu "
        "pagamento em https://pagamentos.atlantico-farma.example/f/FT-2026-1135.\n\nCom os melhores cumprimentos,\n"
        + PT_SIG,
        "Admits a pricing error in one clause; the correction is only passed to the sales team.",
        trig={"FA": "foi falha nossa"}, subtle=True))
    return d
