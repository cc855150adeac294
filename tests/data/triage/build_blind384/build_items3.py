"""ws47-ws67: wrong_contact, out_of_office, payment_plan_request, legal_or_insolvency."""
from build_common import Reminder, reply, html_of
from build_items1 import D

AUTO = "Auto-Submitted: auto-replied"
AUTO_GEN = "Auto-Submitted: auto-generated"


def build():
    # ---------------------------------------------------------------- wrong_contact
    rem = Reminder("nl-NL", "F7502", [("HB-41270", "2026-02-20", "2150.00")], D(2026, 3, 2, 8, 0, 0, 0), "mevrouw Smits")
    reply(id="ws47", key="WC-LEFT-ADDRESS", locale="nl-NL", intent="wrong_contact", fmt="text/plain utf-8 qp, Outlook RE:",
          note="Writer no longer handles invoices and names the creditors mailbox. '1 maart' is about her job, not a payment.",
          dt=D(2026, 3, 3, 9, 51, 7, 1), frm=("Smits, Ellen", "e.smits@tuinbouw-westland.example"), rem=rem,
          prefix="RE:", quote_style="outlook",
          msgid="<AM8PR02MB7385E1D2C9A34F6B8E0C3D41@AM8PR02MB7385.eurprd02.prod.outlook.com>",
          text="Goedemorgen,\n\nIk doe sinds 1 maart de inkoop en niet meer de crediteurenadministratie.\n"
               "Wilt u herinneringen voortaan sturen naar crediteuren@tuinbouw-westland.example?\n\n"
               "Met vriendelijke groet,\nEllen Smits\nTuinbouwbedrijf Westland B.V.\n",
          labels={"invoice_numbers": ["HB-41270"], "new_contact_email": "crediteuren@tuinbouw-westland.example"})

    rem = Reminder("de-CH", "F7505", [("HB-41283", "2026-02-27", "3460.00")], D(2026, 3, 10, 7, 0, 0, 0), "Herr Aebi")
    reply(id="ws48", key="WC-NAME-ONLY", locale="de-CH", intent="wrong_contact", fmt="text/plain utf-8 qp, Gmail quote (de)",
          note="Wrong person; names Frau Brügger without an address, so new_contact_email stays null.",
          dt=D(2026, 3, 11, 17, 3, 22, 1), frm=("Res Aebi", "res.aebi@lohnunternehmen-aebi.example"), rem=rem,
          msgid="<CAW0hR4iK2eC7fAx3ZlZ9eXn5YoVs1ArE6iUh@mail.gmail.com>",
          text="Grüezi\n\nIch bin nur für die Disposition zuständig. Rechnungen macht bei uns Frau Brügger,\n"
               "sie ist Dienstag und Donnerstag im Büro. Bitte wenden Sie sich an sie.\n\nGruss\nRes Aebi\n",
          labels={"invoice_numbers": ["HB-41283"]})

    rem = Reminder("pl-PL", "F7509", [("HB-41291", "2026-02-26", "5120.00")], D(2026, 3, 5, 7, 0, 0, 0))
    reply(id="ws49", key="WC-ACCOUNTING", locale="pl-PL", intent="wrong_contact", fmt="text/plain iso-8859-2 qp, Outlook Odp:",
          note="Redirects to the accounting office's address.",
          dt=D(2026, 3, 6, 10, 0, 41, 1), frm=("Marek Lewandowski", "serwis@lewandowski-uslugi.example"), rem=rem,
          prefix="Odp:", quote_style="outlook", charset="iso-8859-2",
          msgid="<20260306100041.7B3E9D@lewandowski-uslugi.example>",
          text="Dzień dobry,\n\nto jest adres serwisu, nie zajmujemy się tu płatnościami. Proszę kierować\n"
               "korespondencję do naszego biura rachunkowego: faktury@biuro-rachunkowe-lewandowski.example\n\n"
               "Pozdrawiam\nMarek Lewandowski\nUsługi Rolnicze Lewandowski\n",
          labels={"invoice_numbers": ["HB-41291"], "new_contact_email": "faktury@biuro-rachunkowe-lewandowski.example"})

    rem = Reminder("en-US", "F7512", [("HB-41299", "2026-02-18", "980.00")], D(2026, 3, 2, 14, 0, 0, 0), "Chris")
    reply(id="ws50", key="WC-AGRONOMIST", locale="en-US", intent="wrong_contact", fmt="text/plain utf-8 qp, Apple Mail quote (U+202F in attribution)",
          note="Not the right person; points to the office manager's address.",
          dt=D(2026, 3, 2, 12, 18, 3, -6), frm=("Chris Vandermeer", "chris@vandermeerag.example"), rem=rem,
          quote_style="apple", mailer="X-Mailer: Apple Mail (2.3826.500.181.1.5)",
          msgid="<E4B2A917-8C3D-4A5F-9B60-7D1E2F3C4A58@vandermeerag.example>",
          text="I'm the agronomist here, I don't handle the bills. Try Jen, our office manager:\n"
               "office@vandermeerag.example\n\nChris\n",
          labels={"invoice_numbers": ["HB-41299"], "new_contact_email": "office@vandermeerag.example"})

    rem = Reminder("nb-NO", "F7515", [("HB-41307", "2026-02-16", "15400.00")], D(2026, 2, 25, 7, 0, 0, 0), "Per")
    reply(id="ws51", key="WC-RETIRED", locale="nb-NO", intent="wrong_contact", fmt="text/plain utf-8 qp, Gmail quote (no)",
          note="A colleague answers: the addressee has retired; invoices to faktura@.",
          dt=D(2026, 2, 26, 14, 7, 50, 1), frm=("Siri Dahl", "siri.dahl@dahl-gartneri.example"), rem=rem,
          msgid="<CAX1iS5jL3fD8gBy4ZmZ0eYo6ZpWs2AsF7iUi@mail.gmail.com>",
          text="Hei,\n\nPer har gått av med pensjon og leser ikke denne e-posten lenger. Send fakturaer\n"
               "og purringer til faktura@dahl-gartneri.example, så blir det tatt hånd om.\n\n"
               "Hilsen Siri Dahl\nDahl Gartneri AS\n",
          labels={"invoice_numbers": ["HB-41307"], "new_contact_email": "faktura@dahl-gartneri.example"})

    # ---------------------------------------------------------------- out_of_office
    rem = Reminder("de-DE", "F7520", [("HB-41322", "2026-03-02", "6780.00")], D(2026, 3, 16, 6, 0, 0, 0), "Herr Janssen")
    t52 = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 20.03.2026 nicht im Büro. Ab Montag, 23.03.2026,\n"
           "bin ich wieder für Sie erreichbar. Ihre E-Mail wird nicht weitergeleitet.\n\n"
           "In dringenden Fällen wenden Sie sich bitte an buchhaltung@janssen-agrar.example.\n\n"
           "Mit freundlichen Grüßen\nHeiko Janssen\nJanssen Agrar GmbH\n")
    reply(id="ws52", key="OOO-EXCHANGE-DE-DEPUTY", locale="de-DE", intent="out_of_office", fmt="multipart/alternative text+html qp, Exchange auto-reply",
          note="Exchange auto-reply. 'bis einschließlich 20.03.' and 'ab Montag, 23.03.2026 wieder erreichbar': the stated return day 23 Mar is the return_date. Deputy mailbox fills new_contact_email.",
          dt=D(2026, 3, 16, 7, 1, 14, 1), frm=("Janssen, Heiko", "h.janssen@janssen-agrar.example"), rem=rem,
          prefix="Automatische Antwort:", quote_style="none", html=html_of(t52),
          extra_headers=[AUTO_GEN, "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: h.janssen@janssen-agrar.example"],
          msgid="<FR2P281MB3390C1A7E5D24B8F9A0E2C61@FR2P281MB3390.DEUP281.PROD.OUTLOOK.COM>",
          text=t52, labels={"invoice_numbers": ["HB-41322"], "new_contact_email": "buchhaltung@janssen-agrar.example"},
          prov={"dates": {"return_date": ("explicit", {"y": 2026, "m": 3, "d": 23}, "23.03.2026")}})

    rem = Reminder("nl-NL", "F7524", [("HB-41330", "2026-03-16", "1420.00")], D(2026, 3, 30, 6, 0, 0, 0))
    reply(id="ws53", key="OOO-TM", locale="nl-NL", intent="out_of_office", fmt="text/plain utf-8 qp, auto-reply",
          note="'afwezig tot en met vrijdag 3 april': per the contract an away message 'until X' gives return_date X, so 2026-04-03.",
          dt=D(2026, 3, 30, 8, 0, 3, 2), frm=("Wim Jansen", "wim@jansen-loonwerk.example"), rem=rem,
          prefix="Automatisch antwoord:", quote_style="none", extra_headers=[AUTO, "Precedence: auto_reply"],
          msgid="<20260330060003.AB12CD@jansen-loonwerk.example>",
          text="Beste afzender,\n\nIk ben afwezig tot en met vrijdag 3 april en lees mijn mail niet.\n"
               "Voor spoedzaken kunt u bellen met 0529-555 210.\n\nWim Jansen\nLoonwerk Jansen, Ommen\n",
          labels={"invoice_numbers": ["HB-41330"]},
          prov={"dates": {"return_date": ("dm_future", {"d": 3, "m": 4}, "3 april")}})

    rem = Reminder("cs-CZ", "F7527", [("HB-41338", "2026-02-28", "9600.00")], D(2026, 3, 10, 7, 0, 0, 0))
    reply(id="ws54", key="OOO-NO-AUTOSUB", locale="cs-CZ", intent="out_of_office", fmt="text/plain utf-8 base64, auto-reply without Auto-Submitted",
          note="Automatic reply marked only by X-Autoreply and the subject, no Auto-Submitted header. 'Do 16. 3.' = until 16 Mar.",
          dt=D(2026, 3, 10, 8, 0, 29, 1), frm=("Eva Králová", "kralova@statek-dubina.example"), rem=rem,
          prefix="Automatická odpověď:", quote_style="none", cte="b64", extra_headers=["X-Autoreply: yes", "Precedence: bulk"],
          msgid="<autoreply.1773126029.4412@statek-dubina.example>",
          text="Dobrý den,\n\ndo 16. 3. jsem na dovolené s omezeným přístupem k e-mailu. Vaší zprávě se budu\n"
               "věnovat po návratu.\n\nEva Králová\nStatek Dubina\n",
          labels={"invoice_numbers": ["HB-41338"]},
          prov={"dates": {"return_date": ("dm_future", {"d": 16, "m": 3}, "do 16. 3.")}})

    rem = Reminder("da-DK", "F7530", [("HB-41345", "2026-02-20", "17250.00")], D(2026, 3, 2, 7, 0, 0, 0))
    reply(id="ws55", key="OOO-DA-DEPUTY", locale="da-DK", intent="out_of_office", fmt="text/plain iso-8859-1 qp, Outlook auto-reply",
          note="'tilbage mandag den 9. marts' -> 2026-03-09; deputy address fills new_contact_email.",
          dt=D(2026, 3, 2, 8, 0, 11, 1), frm=("Jens Mortensen", "jm@mortensen-kartofler.example"), rem=rem,
          prefix="Automatisk svar:", quote_style="none", charset="iso-8859-1", extra_headers=[AUTO_GEN],
          msgid="<DB9P189MB1542A0C8E3D14F7B9A2E6C39@DB9P189MB1542.EURP189.PROD.OUTLOOK.COM>",
          text="Tak for din mail.\n\nJeg er på vinterferie og tilbage mandag den 9. marts.\n"
               "Spørgsmål om fakturaer kan sendes til bogholderi@mortensen-kartofler.example.\n\n"
               "Venlig hilsen\nJens Mortensen\n",
          labels={"invoice_numbers": ["HB-41345"], "new_contact_email": "bogholderi@mortensen-kartofler.example"},
          prov={"dates": {"return_date": ("dm_future", {"d": 9, "m": 3}, "9. marts")}})

    rem = Reminder("pt-BR", "F7533", [("HB-41352", "2026-03-06", "5320.00")], D(2026, 3, 20, 12, 0, 0, 0))
    reply(id="ws56", key="OOO-PT-DMY", locale="pt-BR", intent="out_of_office", fmt="text/plain utf-8 qp, auto-reply",
          note="'ausente até 27/03' day-first (Brazilian) -> 2026-03-27.",
          dt=D(2026, 3, 20, 9, 0, 52, -3), frm=("Juliana Castro", "juliana.castro@agropecuariacastro.example"), rem=rem,
          prefix="Resposta automática:", quote_style="none", extra_headers=[AUTO],
          msgid="<1373542126.88211.1774008052@agropecuariacastro.example>",
          text="Olá,\n\nEstarei ausente até 27/03, com acesso restrito ao e-mail. Responderei assim que\n"
               "possível.\n\nJuliana Castro\nAgropecuária Castro – Rio Verde/GO\n",
          labels={"invoice_numbers": ["HB-41352"]},
          prov={"dates": {"return_date": ("dm_future", {"d": 27, "m": 3}, "até 27/03")}})

    rem = Reminder("en-US", "F7536", [("HB-41360", "2026-03-13", "2210.00")], D(2026, 3, 31, 2, 10, 0, 0), "Brian")
    reply(id="ws57", key="OOO-US-MDY", locale="en-US", intent="out_of_office", fmt="text/plain utf-8 7bit, Gmail vacation reply with Re:",
          note="Gmail vacation responder with a plain 'Re:' subject; 'returning Monday 4/6' is month-first from a US sender -> 2026-04-06. Date Mon 30 Mar 21:15 -0500 (already 31 Mar in UTC) does not matter for an explicit date.",
          dt=D(2026, 3, 30, 21, 15, 0, -5), frm=("Brian Schultz", "brian@schultzdairy.example"), rem=rem,
          quote_style="none", cte="7bit", extra_headers=[AUTO],
          msgid="<CAY2jT6kM4hE9hCz5ZnZ1eZp7AqXs3AtG8iUj@mail.gmail.com>",
          text="Thanks for your email. I'm at the dairy expo and out of the office, returning\n"
               "Monday 4/6. I'll get back to you then.\n\nBrian\n",
          labels={"invoice_numbers": ["HB-41360"]},
          prov={"dates": {"return_date": ("explicit", {"y": 2026, "m": 4, "d": 6}, "Monday 4/6")}})

    # ---------------------------------------------------------------- payment_plan_request
    rem = Reminder("de-DE", "F7540", [("HB-41371", "2026-03-01", "12000.00")], D(2026, 3, 17, 7, 0, 0, 0), "Herr Vogt")
    reply(id="ws58", key="PLAN-RATEN", locale="de-DE", intent="payment_plan_request", fmt="text/plain utf-8 qp, Gmail quote (de)",
          note="Asks for three instalments of 4.000,00 €; first 'zum 15.04.' (future, no year) -> 2026-04-15. 12.000,00 € is the total.",
          dt=D(2026, 3, 18, 19, 26, 8, 1), frm=("Andreas Vogt", "vogt@hof-vogt.example"), rem=rem,
          msgid="<CAZ3kU7lN5iF0iDa6ZoZ2eAq8BrYs4AuH9iUk@mail.gmail.com>",
          text="Hallo,\n\nnach dem Hagelschaden im letzten Sommer ist unsere Liquidität knapp. Wäre es\n"
               "möglich, die 12.000,00 € in drei Raten à 4.000,00 € zu zahlen, die erste zum 15.04.\n"
               "und dann jeweils zum Monatsanfang? Bitte um kurze Rückmeldung.\n\nViele Grüße\n"
               "Andreas Vogt\nHof Vogt, Bad Wünnenberg\n",
          labels={"invoice_numbers": ["HB-41371"]},
          prov={"dates": {"promised_date": ("dm_future", {"d": 15, "m": 4}, "zum 15.04.")},
                "amount": ("4.000,00 €", "dot", "EUR", "first instalment, € = EUR")})

    rem = Reminder("en-CA", "F7543", [("HB-41385", "2026-02-28", "18600.00")], D(2026, 3, 9, 15, 0, 0, 0), "Gord")
    reply(id="ws59", key="PLAN-EXTENSION", locale="en-CA", intent="payment_plan_request", fmt="text/plain utf-8 qp, Outlook RE:",
          note="Asks to push the full $18,600 to the end of May: an extension request, not a commitment. promised_date = end of the named month 2026-05-31; promised_amount = the extension's full amount (CAD).",
          dt=D(2026, 3, 10, 13, 44, 2, -6), frm=("Gord Fehr", "gord@fehrgrain.example"), rem=rem,
          prefix="RE:", quote_style="outlook",
          msgid="<YT3PR01MB8830A2D5E7C14B9F0E3A6C18@YT3PR01MB8830.CANPRD01.PROD.OUTLOOK.COM>",
          text="Hi,\n\nCash is tight until we move the rest of last year's canola. Would you be able to\n"
               "give us until the end of May for the full $18,600? I can sign something if needed.\n\n"
               "Gord Fehr\nFehr Grain Co.\nRosthern, SK\n",
          labels={"invoice_numbers": ["HB-41385"]},
          prov={"dates": {"promised_date": ("eom_named", {"month": 5}, "the end of May")},
                "amount": ("$18,600", "en", "CAD", "bare $ -> reminder CAD")})

    rem = Reminder("pl-PL", "F7546", [("HB-41392", "2026-02-10", "32000.00")], D(2026, 2, 20, 7, 0, 0, 0))
    reply(id="ws60", key="PLAN-NO-DATE", locale="pl-PL", intent="payment_plan_request", fmt="text/plain utf-8 qp, Gmail quote (pl)",
          note="Asks whether the 32 000 zł can be split into 4 instalments, no date or instalment amount: plan fields stay null.",
          dt=D(2026, 2, 23, 11, 9, 14, 1), frm=("Jan Wójcik", "jan.wojcik@gr-wojcik.example"), rem=rem,
          msgid="<CAa4lV8mO6jG1jEb7ZpZ3eBr9CsZs5AvI0iUl@mail.gmail.com>",
          text="Dzień dobry,\n\nczy byłaby możliwość rozłożenia kwoty 32 000 zł za ciągnik na 4 raty? Po złym\n"
               "roku na zbożu nie damy rady zapłacić całości naraz.\n\nZ poważaniem\nJan Wójcik\n",
          labels={"invoice_numbers": ["HB-41392"]})

    rem = Reminder("sk-SK", "F7549", [("HB-41405", "2026-02-25", "8760.00")], D(2026, 3, 4, 7, 0, 0, 0))
    reply(id="ws61", key="PLAN-2-WEEKS", locale="sk-SK", intent="payment_plan_request", fmt="text/plain utf-8 qp, Outlook RE:",
          note="Asks for a two-week deferral ('o dva týždne' = Date + 14 = 19 Mar) of the full 8 760,00 €: single extension, so the full amount.",
          dt=D(2026, 3, 5, 14, 50, 33, 1), frm=("Ivana Horváthová", "horvathova@agrofarma-levice.example"), rem=rem,
          prefix="RE:", quote_style="outlook",
          msgid="<AS4PR03MB8417B0E2C9D34A6F8E1B5D72@AS4PR03MB8417.eurprd03.prod.outlook.com>",
          text="Dobrý deň,\n\nchcela by som Vás poprosiť o odklad splatnosti faktúry HB-41405. Celú sumu\n"
               "8 760,00 € by sme vedeli uhradiť o dva týždne, keď nám príde platba z mliekárne.\n"
               "Bolo by to možné?\n\nĎakujem\nIvana Horváthová\nAgrofarma Levice s.r.o.\n",
          labels={"invoice_numbers": ["HB-41405"]},
          prov={"dates": {"promised_date": ("plus_days", {"n": 14}, "o dva týždne")},
                "amount": ("8 760,00 €", "space", "EUR", "full amount of the extension")})

    rem = Reminder("en-AU", "F7552", [("HB-41418", "2026-02-27", "11800.00")], D(2026, 3, 17, 0, 0, 0, 0), "Nick")
    reply(id="ws62", key="PLAN-MONTHLY", locale="en-AU", intent="payment_plan_request", fmt="text/plain utf-8 qp, Gmail quote",
          note="'$2,000 a month starting the 1st of next month' from Wed 18 Mar = first instalment 2026-04-01, AUD 2000.00.",
          dt=D(2026, 3, 18, 15, 33, 20, 11), frm=("Nick Papadopoulos", "nick@papsorchard.example"), rem=rem,
          msgid="<CAb5mW9nP7kH2kFc8ZqZ4eCs0DtAs6AwJ1iUm@mail.gmail.com>",
          text="Hi,\n\nDrought's knocked us around this season. Would you accept $2,000 a month\n"
               "starting the 1st of next month until HB-41418 is cleared?\n\nRegards,\nNick Papadopoulos\n"
               "Pap's Orchard, Shepparton VIC\n",
          labels={"invoice_numbers": ["HB-41418"]},
          prov={"dates": {"promised_date": ("by_the", {"day": 1}, "the 1st of next month")},
                "amount": ("$2,000", "en", "AUD", "bare $ -> reminder AUD, first instalment")})

    rem = Reminder("nb-NO", "F7555", [("HB-41426", "2026-03-02", "30000.00")], D(2026, 3, 16, 7, 0, 0, 0))
    reply(id="ws63", key="PLAN-AVDRAG", locale="nb-NO", intent="payment_plan_request", fmt="text/plain iso-8859-1 qp, Outlook SV:",
          note="Three instalments; first 'kr 10 000' on '31. mars' -> 2026-03-31, NOK (bare kr).",
          dt=D(2026, 3, 17, 9, 12, 5, 1), frm=("Hans Bakke", "hans@bakke-maskin.example"), rem=rem,
          prefix="SV:", quote_style="outlook", charset="iso-8859-1",
          msgid="<OS0P279MB0623C3A1E8D24F5B9C0A7E84@OS0P279MB0623.NORP279.PROD.OUTLOOK.COM>",
          text="Hei,\n\nKan vi dele opp HB-41426 i tre avdrag? Første avdrag kr 10 000 betales 31. mars,\n"
               "resten i april og mai. Gi beskjed om det går.\n\nMvh\nHans Bakke\nBakke Maskinlag\n",
          labels={"invoice_numbers": ["HB-41426"]},
          prov={"dates": {"promised_date": ("dm_future", {"d": 31, "m": 3}, "31. mars")},
                "amount": ("kr 10 000", "space", "NOK", "bare kr -> reminder NOK, first instalment")})

    # ---------------------------------------------------------------- legal_or_insolvency
    rem = Reminder("de-DE", "F7560", [("HB-41302", "2026-02-15", "8450.00"), ("HB-41315", "2026-02-22", "2990.00")],
                   D(2026, 3, 10, 7, 0, 0, 0), "")
    reply(id="ws64", key="LEGAL-INSO-DE", locale="de-DE", intent="legal_or_insolvency", fmt="text/plain utf-8 qp, Outlook AW:",
          note="Provisional insolvency administrator. Az. 12 IN 34/26 is a court file number. Claims to be filed at the administrator's address (new_contact_email). Invoices from the quoted reminder.",
          dt=D(2026, 3, 12, 15, 20, 0, 1), frm=("RA Dr. Claudia Reimers", "insolvenz@reimers-partner.example"), rem=rem,
          prefix="AW:", quote_style="outlook",
          msgid="<FR4P281MB2203D1C7E0A94B3F8E5A2C97@FR4P281MB2203.DEUP281.PROD.OUTLOOK.COM>",
          text="Sehr geehrte Damen und Herren,\n\ndas Amtsgericht Cloppenburg hat mit Beschluss vom 09.03.2026 (Az. 12 IN 34/26)\n"
               "über das Vermögen der Landtechnik Thole GmbH die vorläufige Insolvenzverwaltung\n"
               "angeordnet und mich zur vorläufigen Insolvenzverwalterin bestellt. Zahlungen an\n"
               "Gläubiger sind der Schuldnerin derzeit nicht gestattet.\n\n"
               "Bitte richten Sie Ihre Korrespondenz ausschließlich an insolvenz@reimers-partner.example.\n\n"
               "Mit freundlichen Grüßen\nDr. Claudia Reimers\nRechtsanwältin\nReimers & Partner mbB\n",
          labels={"invoice_numbers": ["HB-41302", "HB-41315"], "new_contact_email": "insolvenz@reimers-partner.example"})

    rem = Reminder("nl-NL", "F7563", [("HB-41440", "2026-02-20", "6310.00")], D(2026, 3, 3, 8, 0, 0, 0))
    reply(id="ws65", key="LEGAL-FAILLISSEMENT", locale="nl-NL", intent="legal_or_insolvency", fmt="text/plain utf-8 qp, Gmail quote (nl)",
          note="Bankruptcy (faillissement); names the trustee's (curator) address, which fills new_contact_email.",
          dt=D(2026, 3, 4, 11, 45, 16, 1), frm=("Bram Visser", "bram@visser-akkerbouw.example"), rem=rem,
          msgid="<CAc6nX0oQ8lI3lGd9ZrZ5eDt1EuBs7AxK2iUn@mail.gmail.com>",
          text="Geachte heer/mevrouw,\n\nHelaas moet ik u melden dat ons bedrijf op 2 maart failliet is verklaard.\n"
               "Alle vorderingen lopen via de curator, mr. L. de Wit: curator@dewitadvocaten.example.\n\n"
               "Met vriendelijke groet,\nBram Visser\nVisser Akkerbouw V.O.F.\n",
          labels={"invoice_numbers": ["HB-41440"], "new_contact_email": "curator@dewitadvocaten.example"})

    rem = Reminder("pt-BR", "F7566", [("HB-41452", "2026-02-26", "48900.00")], D(2026, 3, 6, 12, 0, 0, 0))
    reply(id="ws66", key="LEGAL-RJ", locale="pt-BR", intent="legal_or_insolvency", fmt="text/plain utf-8 base64, Outlook RES:",
          note="Judicial recovery (recuperação judicial); the process number is not an invoice. No address given.",
          dt=D(2026, 3, 9, 10, 15, 51, -3), frm=("Departamento Jurídico", "juridico@grupoterrafertil.example"), rem=rem,
          prefix="RES:", quote_style="outlook", cte="b64",
          msgid="<CPVP152MB4410E2A8D1C34B7F9A0E3D26@CPVP152MB4410.LAMP152.PROD.OUTLOOK.COM>",
          text="Prezados,\n\nInformamos que o Grupo Terra Fértil teve o pedido de recuperação judicial deferido\n"
               "(processo nº 5001234-56.2026.8.21.0001). Os créditos anteriores ao pedido, incluindo a\n"
               "fatura HB-41452, serão pagos nos termos do plano a ser aprovado pelos credores.\n\n"
               "Atenciosamente,\nDepartamento Jurídico\nGrupo Terra Fértil S.A.\n",
          labels={"invoice_numbers": ["HB-41452"]})

    rem = Reminder("en-US", "F7569", [("HB-41468", "2026-02-20", "42500.00")], D(2026, 3, 16, 14, 0, 0, 0), "Ron")
    reply(id="ws67", key="LEGAL-ATTORNEY+QUALITY", locale="en-US", intent="legal_or_insolvency", fmt="text/plain us-ascii qp, Outlook RE:",
          note="Attorney involved plus a quality dispute (defective combine header): legal outranks dispute; dispute_reason quality and counsel's address are still filled.",
          dt=D(2026, 3, 18, 16, 2, 39, -5), frm=("Ron Beckett", "ron@beckettfarms.example"), rem=rem,
          prefix="RE:", quote_style="outlook", charset="us-ascii",
          msgid="<BL1PR12MB5144A9E0C3D74F2B8E6A1C55@BL1PR12MB5144.namprd12.prod.outlook.com>",
          text="The draper header on HB-41468 has been defective since delivery and your service\n"
               "people never fixed it. We have turned this over to our attorney. Direct all further\n"
               "correspondence to Mark Hale, mhale@halelawgroup.example.\n\nRon Beckett\nBeckett Farms Inc.\n",
          labels={"invoice_numbers": ["HB-41468"], "dispute_reason": "quality",
                  "new_contact_email": "mhale@halelawgroup.example"})
