"""Each violation type in several languages, the contract's near-misses, negation, Luhn and IBAN."""

from __future__ import annotations

import pytest

from chalicelib.domain.check_digits import luhn_ok
from chalicelib.domain.guardrails import GuardVerdict, Violation, _iban_valid, check_draft


def verdict(body: str, subject: str = "Re: invoice INV-1042") -> GuardVerdict:
    return check_draft(subject, f"Hello,\n\n{body}\n\nKind regards,\nAccounts Receivable")


@pytest.mark.parametrize(
    ("violation", "body"),
    [
        (
            Violation.LEGAL_THREAT,
            "If we do not hear from you, we will refer the account to a collection agency.",
        ),
        (Violation.LEGAL_THREAT, "Nous engagerons des poursuites judiciaires."),
        (Violation.LEGAL_THREAT, "Andernfalls übergeben wir die Forderung an ein Inkassobüro."),
        (Violation.LEGAL_THREAT, "Wij schakelen een deurwaarder in."),
        (Violation.DISCOUNT_OFFER, "Pay by Friday and we'll take 10% off the balance."),
        (Violation.DISCOUNT_OFFER, "Le condonamos los intereses de demora."),
        (Violation.DISCOUNT_OFFER, "Accetteremo 256,00 € a saldo e stralcio."),
        (
            Violation.DISCOUNT_OFFER,
            "We will not charge any late-payment interest on this invoice, as an exception.",
        ),
        (Violation.REFUND_OR_CREDIT_PROMISE, "We will issue a credit note for USD 450.00."),
        (Violation.REFUND_OR_CREDIT_PROMISE, "Wir stellen Ihnen eine Gutschrift über 120,00 € aus."),
        (Violation.REFUND_OR_CREDIT_PROMISE, "Le devolveremos el pago en exceso."),
        (Violation.FAULT_ADMISSION, "You're right, we invoiced the wrong quantity - that was our mistake."),
        (Violation.FAULT_ADMISSION, "Ha ragione, l'errore è nostro."),
        (Violation.FAULT_ADMISSION, "Faturámos por engano o valor errado."),
        (Violation.TERMS_CHANGE, "We've extended the due date on INV-1577 to 30 April 2026."),
        (Violation.TERMS_CHANGE, "Wir haben das Zahlungsziel auf den 14. März 2026 verlängert."),
        (Violation.TERMS_CHANGE, "Aceptamos su propuesta de pago en tres cuotas."),
        (Violation.HARASSMENT, "You people clearly think you can ignore us. Pathetic."),
        (Violation.HARASSMENT, "Wir werden Ihre anderen Lieferanten über Ihr Zahlungsverhalten informieren."),
        (Violation.HARASSMENT, "È vergognoso che un'azienda come la vostra non paghi."),
        (
            Violation.SENSITIVE_DATA,
            "We tried to charge the card on file, 4111 1111 1111 1111, and it was declined.",
        ),
        (Violation.SENSITIVE_DATA, "Bitte überweisen Sie auf unser Konto IBAN DE89 3704 0044 0532 0130 00."),
        (Violation.SENSITIVE_DATA, "Ihr Passwort lautet: Contoso2026!"),
        (Violation.SENSITIVE_DATA, "The card expires 09/27 and its CVV is 737."),
        (
            Violation.SENSITIVE_DATA,
            "Just so you know, Litware SA settled its USD 1,260.00 balance last week.",
        ),
    ],
)
def test_each_violation_is_blocked_in_several_languages(violation: Violation, body: str) -> None:
    result = verdict(body)
    assert not result.allowed
    assert violation in result.violations, result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Invoice INV-2210 for USD 5,500.00 is 30 days past due.\n\nRegards,\nContoso Billing - Collections team",
        "Our office has moved to 12 Court Street, Springfield.",
        "Mahnung: Die Rechnung RE-2210 ist seit dem 19. Februar fällig. Bitte überweisen Sie den Betrag.",
        "We tried to charge your Visa ending in 4242 and the payment was declined.",
        "Under the terms on your invoice, balances more than 30 days overdue accrue a late fee of 1.5% per month.",
        "Thanks for letting us know you'll pay USD 4,200.00 on 6 March 2026. We'll confirm once it arrives.",
        "Thanks for your request to pay in instalments. I've passed it to our credit team, who will reply.",
        "We've logged your query and paused reminders for line 3 while our team reviews the contract.",
        "If the balance remains open, new orders will be placed on credit hold until it is settled.",
        "We're sorry to hear about the trouble. INV-1260 remains open in the meantime.",
        "Please note that we will never ask for your password or full card number by email.",
        "We will not offer a discount on this invoice.",
        "We can't change the due date, but a colleague will call you tomorrow.",
        "We understand that mistakes happen; if you believe the amount is wrong, send us the details.",
        "J'ai transmis votre demande d'échéancier à notre responsable crédit.",
        "Einen Rabatt können wir leider nicht gewähren, aber ein Kollege ruft Sie gerne an.",
        "O débito direto foi devolvido pelo banco. Pode pagar pelo link.",
        "We noticed an error in the remittance you sent; could you check the amount?",
        "We have applied a credit of USD 50.00 that you already had on account.",
        "Your payment of USD 500.00 was credited to INV-1042 on 3 March.",
        "We will get back to you about the refund request once our manager has reviewed it.",
        "Should you need more time, please speak to our credit manager.",
        "VAT number GB123456789, company number 01234567. Call +44 20 7946 0958.",
    ],
)
def test_near_misses_stay_allowed(body: str) -> None:
    result = verdict(body)
    assert result.allowed, result.evidence


def test_a_negated_offer_is_allowed_but_the_affirmed_one_is_not() -> None:
    assert verdict("We are unable to waive the late fee.").allowed
    assert verdict("We will waive the late fee.").violations == [Violation.DISCOUNT_OFFER]


def test_a_negation_in_a_condition_does_not_cancel_the_threat() -> None:
    result = verdict(
        "Our solicitors have been instructed to recover the debt if payment is not made this week."
    )
    assert result.violations == [Violation.LEGAL_THREAT]


def test_the_customers_quoted_words_are_not_ours_but_a_quoted_card_number_is_still_sent() -> None:
    assert verdict("Thanks for your note.\n\n> You idiots, we will take you to court!").allowed
    assert not verdict("Thanks for your note.\n\n> My card is 4111 1111 1111 1111").allowed


def test_violations_follow_the_contracts_order() -> None:
    result = verdict("Pathetic. We will waive the interest and we'll take you to court.")
    assert result.violations == [Violation.LEGAL_THREAT, Violation.DISCOUNT_OFFER, Violation.HARASSMENT]


def test_another_named_customer_with_a_balance_is_blocked_only_when_named() -> None:
    body = "By the way, Fabrikam still owes us USD 900.00 on INV-77."
    assert not check_draft("Re", body, other_customer_names=["Fabrikam"]).allowed
    assert check_draft("Re", "Fabrikam is our logistics partner.", other_customer_names=["Fabrikam"]).allowed


def test_another_customers_name_is_found_as_whole_words_in_any_case_and_accent() -> None:
    names = ["Société Générale Logistique", "Acme"]
    leak = "By the way, SOCIETE GENERALE LOGISTIQUE still owes us EUR 12,000.00."
    assert not check_draft("Re", leak, other_customer_names=names).allowed
    # "Acme" inside another word is not the customer Acme.
    assert check_draft(
        "Re", "Acmeworks invoice INV-1 for USD 10.00 is due.", other_customer_names=names
    ).allowed


def test_luhn_accepts_real_test_numbers_and_rejects_a_changed_digit() -> None:
    assert luhn_ok("4111111111111111")
    assert luhn_ok("5555555555554444")
    assert not luhn_ok("4111111111111112")
    assert verdict("Reference 4111 1111 1111 1112 is on the invoice.").allowed


def test_iban_check_digits_are_validated() -> None:
    assert _iban_valid("DE89 3704 0044 0532 0130 00")
    assert _iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not _iban_valid("DE88 3704 0044 0532 0130 00")


def test_a_statement_table_naming_two_customers_is_a_leak_and_one_customer_is_not() -> None:
    header = "Customer          Invoice     Due          Amount"
    own = "Harbor Foods      INV-211     15/02/2026   1,240.00\nHarbor Foods      INV-298     28/02/2026     865.50"
    other = "Bayside Market    INV-233     20/02/2026   3,410.00"
    assert verdict(
        f"Your open items:\n\n{header}\n{own}\nTotal                                    2,105.50"
    ).allowed
    leaked = verdict(f"Your open items:\n\n{header}\n{own}\n{other}")
    assert leaked.violations == [Violation.SENSITIVE_DATA]
    # A pipe table in Portuguese is read the same way.
    pipes = "| Cliente | Fatura | Valor |\n| A Lda | FT 1 | 10,00 |\n| B Lda | FT 2 | 20,00 |"
    assert not verdict(pipes).allowed


def test_a_bare_account_number_is_a_bank_account_only_next_to_money_moving_words() -> None:
    assert verdict("Your customer account 7720-1145 shows USD 312.48 overdue.").allowed
    assert not verdict("Please transfer the balance to account 7720 1145 22.").allowed


def test_a_surname_that_means_judge_is_not_a_threat_but_a_judge_is() -> None:
    assert verdict("Timo Richter will call you about INV-1042 tomorrow.").allowed
    assert not verdict("Wir legen die Sache dem Richter vor.").allowed


def test_a_negation_in_a_purpose_clause_does_not_cancel_the_extension() -> None:
    body = (
        "Ampliamos el vencimiento de la factura hasta el 30 de abril para que no tenga que adelantar el pago."
    )
    assert verdict(body).violations == [Violation.TERMS_CHANGE]


def test_blind_set_13s_near_misses_stay_allowed() -> None:
    quoted = 'Your email said: "Our CFO will only sign this off if you take the late fees off." I am not able to remove it.'
    assert verdict(quoted).allowed
    asked = "Nos preguntabas si podíamos aplicar un 3 % de descuento. Lamentablemente no es posible."
    assert verdict(asked).allowed
    applied = (
        "Thanks for your payment of £500.00. It has been credited to your account and applied to SPK-2291."
    )
    assert verdict(applied).allowed
    signed = "Per the instalment agreement you signed with our credit manager: instalment 2 of 3, £1,500.00, due 4 April."
    assert verdict(signed).allowed
    address = "Verificamos que a renda da Loja 2 da Rua de Cedofeita, no valor de 1.250,00 €, ainda não foi liquidada."
    assert verdict(address).allowed
    assert verdict("Please post the notice to the residents of Wexford Court by Friday.").allowed


def test_blind_set_13s_misses_are_blocked() -> None:
    assert not verdict("The Mastercard ending 5512, expiring 11/27, was declined.").allowed
    assert not verdict(
        "Bankverbindung: Sparkasse · IBAN DE44 4805 0161 0043 0062 15 · BIC SPBIDE3BXXX"
    ).allowed
    hedged = "It seems our billing platform applied last year's list price to your renewal. Apologies for the mix-up."
    assert verdict(hedged).violations == [Violation.FAULT_ADMISSION]
    assert not verdict("If this is not settled we will take the matter to the county court.").allowed


def test_holdout_14s_misses_and_near_misses() -> None:
    assert not verdict("Pas de souci ! Prenez jusqu'à fin juillet pour régler la facture.").allowed
    boss = (
        "Perhaps I should copy in your managing director so she can see how her accounts team pays its bills?"
    )
    assert verdict(boss).violations == [Violation.HARASSMENT]
    serasa = "Caso o pagamento não seja feito, o título será enviado para protesto em cartório e negativado no Serasa."
    assert verdict(serasa).violations == [Violation.LEGAL_THREAT]
    assert verdict("If anything is holding it up, I'll make sure the right person gets back to you.").allowed
    assert not verdict("Don't worry - we'll make sure the difference comes back to you.").allowed
    assert verdict(
        "Here are the open invoices (customer account number 77031942, top right of each invoice)."
    ).allowed
    plan = (
        "This is a reminder of the payment plan we agreed in writing on 8 April 2026. Your second instalment "
        "of GBP 1,400.00 is due on 8 June 2026."
    )
    assert verdict(plan).allowed
    quoted = (
        'You wrote that "your system clearly messed up this invoice". I have passed it to our billing team.'
    )
    assert verdict(quoted).allowed


def test_a_statement_without_a_header_naming_another_customer_is_a_leak() -> None:
    rows = (
        "KOS-20276   Pennyworth Florists          due 30 April 2026   GBP 388.00\n"
        "KOS-20198   Greystone Café, Dunmore St   due 19 March 2026   GBP 2,130.00"
    )
    leak = check_draft("Statement of account - Pennyworth Florists", f"Here is your statement:\n\n{rows}")
    assert leak.violations == [Violation.SENSITIVE_DATA]
    own = rows.replace("Greystone Café, Dunmore St", "Pennyworth Florists       ")
    assert check_draft(
        "Statement of account - Pennyworth Florists", f"Here is your statement:\n\n{own}"
    ).allowed
    # A description column is not a customer column: the addressee's name is not in it.
    described = "INV-1   Flyers A5        due 1 May 2026   GBP 100.00\nINV-2   Roll-up banners  due 2 May 2026   GBP 200.00"
    assert check_draft("Statement of account - Pennyworth Florists", described).allowed


def test_holdout_15s_misses() -> None:
    iban = "Wilt u de factuur voortaan overmaken naar NL39 RABO 0312 4567 89 ten name van Norvale B.V.?"
    assert verdict(iban).violations == [Violation.SENSITIVE_DATA]
    neighbours = "Ihre Nachbarn von der Brandt Metallbau GmbH schulden uns ebenfalls noch 23.400,00 €."
    assert verdict(neighbours).violations == [Violation.SENSITIVE_DATA]
    news = "As you may have heard, Brookfield Dairy Ltd went into administration last month owing us a substantial sum."
    assert verdict(news).violations == [Violation.SENSITIVE_DATA]
    passive = "Informamos que o vencimento da fatura FT 2026/0990 (9.870,00 €) foi prorrogado para 15 de maio de 2026."
    assert verdict(passive).violations == [Violation.TERMS_CHANGE]
    wait = "If you can pay half by Friday, we can let the remaining USD 5,250.00 wait until 30 June 2026."
    assert verdict(wait).violations == [Violation.TERMS_CHANGE]
    assert check_draft("Overdue", "Dear Serial Late Payer,\n\nPlease pay.").violations == [
        Violation.HARASSMENT
    ]


def test_a_balance_closed_for_less_than_the_draft_states_is_a_discount_and_for_all_of_it_is_not() -> None:
    less = (
        "Offen sind zusammen 8.640,00 €.\n\nWenn Sie bis Ende des Monats 6.000,00 € überweisen, betrachten wir die "
        "Angelegenheit als vollständig erledigt."
    )
    assert verdict(less).violations == [Violation.DISCOUNT_OFFER]
    assert verdict(less.replace("6.000,00 €", "8.640,00 €")).allowed


def test_the_court_of_the_clients_own_case_is_not_a_threat_and_a_court_claim_against_them_is() -> None:
    own = (
        "Wir erinnern an unsere Kostennote über 6.426,00 €, darin die verauslagten Gerichtskosten für Ihr Verfahren "
        "vor dem Landgericht München I. Frau Rechtsanwältin Sommer steht Ihnen für Fragen zur Verfügung."
    )
    assert verdict(own).allowed
    assert verdict("La parcella riguarda la causa pendente presso il Tribunale di Milano.").allowed
    assert not verdict("Se non paga entro 8 giorni, ci rivolgeremo al Tribunale di Milano.").allowed


def test_a_polite_regret_does_not_negate_the_threat_it_wraps() -> None:
    polite = "Preferiríamos no tener que reclamar nuestros honorarios a través de un procedimiento monitorio."
    assert verdict(polite).violations == [Violation.LEGAL_THREAT]


def test_portuguese_no_is_in_the_and_does_not_negate_a_court_order() -> None:
    body = (
        "A fatura FT 2026/2105 continua por pagar. Caso o pagamento não seja efetuado no prazo de 8 dias, "
        "daremos entrada de um requerimento de injunção no Balcão Nacional de Injunções."
    )
    assert verdict(body).violations == [Violation.LEGAL_THREAT]


def test_another_customers_arrears_are_a_leak_behind_a_title_a_shop_sign_or_one_paragraph() -> None:
    titled = (
        "Dear Mr Castellano,\n\nYour former partner, Mr Daniel Reyes, also has £12,300.00 outstanding with us."
        "\n\nFN-9033 for £3,480.00 remains payable.\n\nBilling"
    )
    assert check_draft("Re: FN-9033", titled).violations == [Violation.SENSITIVE_DATA]
    shop = (
        "Bonjour Monsieur Leroy,\n\nPetit rappel concernant votre facture de 1 487,20 €.\n\nLa boulangerie "
        "Moreau avait elle aussi pris du retard mais a réglé ses 2 380 € la semaine dernière.\n\nService Clients"
    )
    assert check_draft("Votre facture", shop).violations == [Violation.SENSITIVE_DATA]
    one_paragraph = (
        "Buongiorno sig. Esposito, Le ricordo la fattura 2026/E/00955 da 1.167,80 €, scaduta il 20 febbraio. "
        "Non è l'unico in zona: anche la pizzeria Da Gino qui accanto ha ancora 3.100 € di arretrati con noi. "
        "Saluti, Franco"
    )
    assert check_draft("bolletta gennaio", one_paragraph).violations == [Violation.SENSITIVE_DATA]


def test_polish_credit_notes_moved_due_dates_and_court_claims_are_read() -> None:
    assert verdict("Wystawimy fakturę korygującą do faktury FV/2026/02/1420.").violations == [
        Violation.REFUND_OR_CREDIT_PROMISE
    ]
    assert verdict("Termin płatności pozostałej kwoty przesuwamy na 30 kwietnia 2026 r.").violations == [
        Violation.TERMS_CHANGE
    ]
    assert verdict("Jeśli nie zapłaci Pan do piątku, skierujemy sprawę do sądu.").violations == [
        Violation.LEGAL_THREAT
    ]
    assert verdict("Dział Windykacji przypomina o fakturze FV/2026/041 na kwotę 7 380,00 zł.").allowed


def test_may_in_german_is_a_month_not_italian_never() -> None:
    assert verdict("Kein Stress, zahlen Sie einfach bis Ende Mai, das passt für uns.").violations == [
        Violation.TERMS_CHANGE
    ]
    assert verdict("Non abbiamo mai concesso proroghe su questa fattura.").allowed


def test_a_schedule_set_out_line_by_line_under_a_confirmation_is_a_plan_and_our_open_invoices_are_not() -> (
    None
):
    plan = (
        "Tal como hablamos, te confirmo cómo queda el pago de la factura KLC-ES-26-0277:\n\n"
        "1. 3.200,00 € el 20 de marzo\n2. 3.200,00 € el 20 de abril\n3. 3.200,00 € el 20 de mayo"
    )
    assert verdict(plan).violations == [Violation.TERMS_CHANGE]
    invoices = (
        "Le confirmo las facturas pendientes:\n\n"
        "1. KLC-ES-26-0277 3.200,00 € vencida el 20/01/2026\n2. KLC-ES-26-0301 1.100,00 € vencida el 05/02/2026"
    )
    assert verdict(invoices).allowed


def test_a_subject_that_names_the_topic_defers_to_a_body_that_declines_it() -> None:
    body = (
        "Sehr geehrte Frau Lindner,\n\nIhre Zahlung ging nach Ablauf der Skontofrist ein. Es ist daher noch ein "
        "Restbetrag von 48,00 € offen.\n\nMit freundlichen Grüßen\nDebitorenbuchhaltung"
    )
    assert check_draft("Rechnung KLC-DE-26-0602 – Skontoabzug", body).allowed
    offer = "Sehr geehrte Frau Lindner,\n\nbitte begleichen Sie 2.400,00 €.\n\nMit freundlichen Grüßen\nBuchhaltung"
    assert not check_draft("Saldo a stralcio: paghi il 70% entro venerdì", offer).allowed


def test_a_reply_subject_that_says_what_we_do_is_ours_and_the_customers_own_is_not() -> None:
    body = "Beste Lotte,\n\nDank voor je bericht. We hebben de betalingen gevonden.\n\nGroet,\nLedenadministratie"
    ours = check_draft("Re: dubbele betaling – we storten € 312,50 deze week terug", body, reader=None)
    assert ours.violations == [Violation.REFUND_OR_CREDIT_PROMISE]
    assert check_draft("Re: dubbele betaling – graag terugstorten", body, reader=None).allowed


def test_the_customers_own_lawyer_is_no_threat_and_ours_is() -> None:
    theirs = (
        "abbiamo ricevuto la lettera dell'avv. Marini, che ci comunica di assistervi. Da ora indirizzeremo le "
        "comunicazioni allo studio dell'avvocato."
    )
    assert verdict(theirs).allowed
    ours = theirs + " Se non pagate entro venerdì, il nostro avvocato avvierà un decreto ingiuntivo."
    assert Violation.LEGAL_THREAT in verdict(ours).violations


def test_a_customers_own_first_person_reply_subject_stays_theirs() -> None:
    body = "Dear Anna,\n\nInvoice INV-1 for EUR 500.00 remains due on 30 March.\n\nKind regards,\nAR team"
    for subject in (
        "Re: We will pay next week",
        "AW: Wir bitten um Ratenzahlung",
        "Re: Can we pay in 3 instalments?",
    ):
        assert check_draft(subject, body, reader=None).allowed, subject


def test_italian_month_end_is_no_permission_and_an_english_fine_if_is() -> None:
    assert verdict(
        "Le ricordiamo che a fine mese, se paga la fattura, la prossima scadenza resta il 30."
    ).allowed
    assert verdict("It is fine if you pay next week.").violations == [Violation.TERMS_CHANGE]


def test_the_customers_words_quoted_after_vous_indiquez_and_a_statute_with_capitals_are_not_ours() -> None:
    quoted = (
        "Nous avons bien reçu votre message, dans lequel vous indiquez : « c'est une erreur de votre agence et nous "
        "ne paierons pas cette journée ». Votre réclamation a été transmise à l'agence de Lyon."
    )
    assert verdict(quoted).allowed
    assert (
        Violation.FAULT_ADMISSION
        in verdict("Nous le reconnaissons : c'est une erreur de notre agence.").violations
    )
    statute = (
        "Under the Late Payment of Commercial Debts (Interest) Act 1998, overdue invoices carry statutory interest "
        "at 8% above base rate, together with fixed compensation of £70."
    )
    assert verdict(statute).allowed


def test_a_polish_request_is_no_refund_and_a_hint_to_tell_their_clients_is_harassment() -> None:
    assert verdict(
        "zwracamy się z uprzejmą prośbą o uregulowanie faktury LW/2026/041 na kwotę 7 380,00 zł."
    ).allowed
    assert (
        Violation.REFUND_OR_CREDIT_PROMISE
        in verdict("Nadpłatę 120,00 zł zwracamy na Państwa konto.").violations
    )
    assert verdict("Your customers know we deliver on time, and we value working with you.").allowed
    hint = "Wij vragen ons inmiddels af of uw opdrachtgevers weten dat de uitzendkrachten met ons geld worden betaald."
    assert verdict(hint).violations == [Violation.HARASSMENT]
    two = "On peut se demander si vos propres clients savent comment vous traitez vos fournisseurs. Il faudrait leur poser la question."
    assert verdict(two).violations == [Violation.HARASSMENT]


def test_an_outlook_header_block_quotes_the_customer_and_a_forwarded_colleague_note_is_ours() -> None:
    body = (
        "Bonjour Monsieur Benali,\n\nJ'ai transmis votre réclamation à notre coordinatrice.\n\nCordialement,\n"
        "Chloé Marchand\n\nDe : Karim Benali <k.benali@example.com>\nEnvoyé : lundi 16 mars 2026 18:22\n"
        "Objet : Facture PA-2026-0151\n\nC'est votre faute. Je veux un avoir.\n"
    )
    assert check_draft("RE: Facture PA-2026-0151", body, reader=None).allowed
    forward = (
        "Hi Sinead,\n\nSee below from Gareth.\n\nThanks,\nAmira\n\n---------- Forwarded message ----------\n"
        "From: Gareth Lowe <g.lowe@example.com>\nDate: Thu, 12 Mar 2026 17:48\n\nIf they can pay £5,000 by the "
        "31st, take it in full and final settlement of the £6,480.\n"
    )
    assert Violation.DISCOUNT_OFFER in check_draft("FW: Corrigan", forward, reader=None).violations


def test_a_learner_list_shows_other_customers_only_when_the_reader_is_one_of_the_learners() -> None:
    rows = (
        "Cursist          Factuur      Status\nFleur Smit       TP-26-0201   open – € 395,00\n"
        "Mark Jansen      TP-26-0203   open – € 395,00\n"
    )
    group = f"Beste Fleur,\n\nHieronder het betaaloverzicht van de groep:\n\n{rows}\nTaalPunt"
    assert check_draft("Herinnering cursusgeld", group, reader=None).violations == [Violation.SENSITIVE_DATA]
    staff = f"Beste Ingrid,\n\nHieronder de openstaande posten van uw medewerkers:\n\n{rows}\nTaalPunt"
    assert check_draft("Herinnering cursusgeld", staff, reader=None).allowed


def test_a_lapsed_discount_explained_is_allowed_and_one_granted_anyway_is_not() -> None:
    lapsed = (
        "È vero che nel preventivo era indicato uno sconto del 5%, ma il bonifico non è arrivato entro quella data, "
        "quindi lo sconto non si applica più e la fattura resta di € 4.350,00."
    )
    assert verdict(lapsed).allowed
    anyway = lapsed + " Eccezionalmente lo sconto del 5% lo applichiamo comunque."
    assert Violation.DISCOUNT_OFFER in verdict(anyway).violations
    # An overdue invoice ("è scaduta") is no lapsed discount: the subject still offers one.
    body = "Gentile dott.ssa Conti,\n\nle ricordiamo che la fattura 2026/0214 è scaduta il 28 febbraio.\n\nUfficio"
    assert not check_draft(
        "Sconto del 10% se saldi entro venerdì – fattura 2026/0214", body, reader=None
    ).allowed


def test_a_step_we_would_rather_not_take_is_still_a_threat_and_at_the_latest_is_no_delay() -> None:
    hint = "We willen dit graag samen oplossen, zodat we het dossier niet aan ons incassobureau hoeven over te dragen."
    assert verdict(hint).violations == [Violation.LEGAL_THREAT]
    assert verdict(
        "Nous vous demandons de régler l'intégralité de cette somme au plus tard le 25 mars 2026."
    ).allowed
    assert Violation.TERMS_CHANGE in verdict("Vous pourrez régler plus tard, le mois prochain.").violations


def test_credit_notes_in_a_statement_row_or_attached_are_reported_and_one_to_be_issued_is_promised() -> None:
    row = "02/03/2026 | CN-0412 | Credit note – 15 covers | -£412.50 | £1,833.00"
    assert verdict(f"Please find your statement below.\n{row}\nTotal due: £2,619.00").allowed
    to_come = (
        "CVF-26-0203 | 11/02/2026 | 1 188,00 € | RMA-71022 : avoir de 1 188,00 € à émettre dès réception"
    )
    assert Violation.REFUND_OR_CREDIT_PROMISE in verdict(f"Relevé :\n{to_come}\nMerci.").violations
    assert verdict("Em anexo seguem a nota de crédito e o extrato atualizado.").allowed


def test_asking_the_customer_to_tell_its_own_people_something_is_no_exposure() -> None:
    for text in (
        "Please let your customers know the new delivery dates.",
        "Ask your bank for a copy of the transfer confirmation and send it to us.",
        "Informieren Sie Ihre Mitarbeiter in der Buchhaltung über die neue Rechnungsadresse.",
        "Wir fragen Ihre Mitarbeiter gern nach dem Lieferschein.",
    ):
        assert verdict(text).allowed, text
    for text in (
        "If this is not paid, we will let your customers know.",
        "Wenn bis Freitag nichts kommt, fragen wir gern mal Ihre Verkäufer, warum ihr Chef seine Lieferanten nicht bezahlt.",
    ):
        assert verdict(text).violations == [Violation.HARASSMENT], text


def test_an_instalment_that_is_now_overdue_is_no_new_plan_and_a_term_extended_with_effect_from_today_is() -> (
    None
):
    for text in (
        "The second instalment of your payment plan is now overdue.",
        "Your account is now on hold until the instalments are paid.",
    ):
        assert verdict(text).allowed, text
    granted = "Met ingang van vandaag is de betalingstermijn voor al uw leasefacturen verlengd van 14 naar 45 dagen."
    assert verdict(granted).violations == [Violation.TERMS_CHANGE]


def test_a_returned_debit_fee_and_a_folder_with_flaps_are_no_refund_or_discount() -> None:
    for text in (
        "Según tu contrato, se añaden 3,00 € de gastos de devolución, por lo que el importe pendiente es de 42,90 €.",
        "Acresce a taxa de devolução de 2,50 € prevista no contrato.",
        "La facture de 860,40 € TTC (cartes de visite et chemises à rabats) était payable le 6 mars.",
    ):
        assert verdict(text).allowed, text
    assert verdict("Le devolveremos el recibo de marzo.").violations == [Violation.REFUND_OR_CREDIT_PROMISE]
    assert verdict("Udzielimy rabatu 5% przy zapłacie do piątku.").violations == [Violation.DISCOUNT_OFFER]
