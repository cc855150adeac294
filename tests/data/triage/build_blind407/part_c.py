"""Items sq47-sq67: wrong_contact, out_of_office, payment_plan_request, legal_or_insolvency."""
from part_common import *

EXCH_AUTO = ("Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: %s\n")


def build():
    # ---------------------------------------------------------------- wrong_contact
    r = Rem("L40757", "en", "USD", "Jake", "Delta Valley Refrigerated Transport", [("FL-28333", "2026-02-10", "4,106.00")],
            "2026-02-25 17:00", to_addr="jake.m@deltavalleyreefer.example")
    e = reply(r, "Thu, 26 Feb 2026 07:12:40 -0800", "Jake Morales <jake.m@deltavalleyreefer.example>",
              "Hey - I'm in dispatch, I don't handle invoices. Billing goes to payables@deltavalleyreefer.example, "
              "send it there and they'll sort it out.\n\nJake\n",
              qstyle="gmail_us", client="gmail", cte="7bit", charset="us-ascii")
    add(47, "WC-ADDRESS", "en-US", "wrong_contact", "Gmail text/plain", e,
        "Not the right person; names the AP mailbox.",
        ["FL-28333"], contact="payables@deltavalleyreefer.example")

    r = Rem("L40758", "en", "ZAR", "Thabo", "Karoo Cartage CC", [("FL-30140", "2026-02-25", "14 208,00")],
            "2026-03-09 07:00", to_addr="thabo@karoocartage.example", days=12)
    e = reply(r, "Tue, 10 Mar 2026 08:26:00 +0200", "Zanele Dube <zanele@karoocartage.example>",
              "Good morning\n\nThabo Nkosi left the company at the end of January and his mailbox is being redirected to "
              "me for now. Please direct all statements and reminders to creditors@karoocartage.example - that "
              "is the creditors department.\n\nThank you\nZanele Dube\nKaroo Cartage CC | Beaufort West\n",
              prefix="RE: ", qstyle="outlook_uk", client="outlook", cte="7bit", charset="us-ascii", lang_hdr="en-ZA")
    add(48, "WC-LEFT-COMPANY", "en-ZA", "wrong_contact", "Outlook text/plain", e,
        "Original addressee left; a colleague names the creditors mailbox. 'end of January' is about the person, "
        "not a payment.",
        ["FL-30140"], contact="creditors@karoocartage.example")

    r = Rem("L40759", "es", "EUR", "Sr. Molina", "Grupo Alhambra Servicios Urbanos S.A.",
            [("FL-29155", "2026-02-06", "11.740,00")], "2026-02-19 08:00", to_addr="jmolina@grupoalhambra.example")
    e = reply(r, "Fri, 20 Feb 2026 13:58:00 +0100", "José Molina <jmolina@grupoalhambra.example>",
              "Buenas,\n\neste correo no es del departamento de pagos, yo llevo el taller. Para cualquier tema de "
              "facturación escriban a proveedores@grupoalhambra.example.\n\nSaludos\n\nEnviado desde mi iPhone\n",
              qstyle="gmail_es", client="iphone", cte="quoted-printable")
    add(49, "WC-ES-SHORT", "es-ES", "wrong_contact", "iPhone text/plain QP", e,
        "Short Spanish redirect to the supplier-invoices mailbox.",
        ["FL-29155"], contact="proveedores@grupoalhambra.example")

    r = Rem("L40760", "en", "NZD", "Wiremu", "Waikato Stock Transport Ltd", [("FL-28672", "2026-02-12", "2,388.00")],
            "2026-02-23 20:00", to_addr="wiremu@waikatostock.example", days=12)
    e = reply(r, "Wed, 25 Feb 2026 18:41:00 +1300", "Wiremu Tane <wiremu@waikatostock.example>",
              "Not me sorry, I just drive the trucks. You want Karen in the Hamilton office, she does the accounts.\n\n"
              "Cheers\nWiremu\n",
              qstyle="gmail_uk", client="gmail", cte="7bit", charset="us-ascii")
    add(50, "WC-NO-ADDRESS", "en-NZ", "wrong_contact", "Gmail text/plain", e,
        "Wrong person; names Karen but gives no address, so new_contact_email stays null.",
        ["FL-28672"])

    r = Rem("L40761", "de", "EUR", "Herr Wagner", "Wagner Entsorgung GmbH & Co. KG", [("FL-29688", "2026-02-26", "6.318,50")],
            "2026-03-04 08:00", to_addr="k.wagner@wagner-entsorgung.example", days=6)
    e = reply(r, "Thu, 05 Mar 2026 08:12:00 +0100", "\"Wagner, Klaus\" <k.wagner@wagner-entsorgung.example>",
              "Guten Morgen,\n\nich bin seit dem 1. Februar nicht mehr für die Kreditorenbuchhaltung zuständig. Bitte "
              "wenden Sie sich künftig an Frau Keller (j.keller@wagner-entsorgung.example), ich habe Ihre Mail an "
              "sie weitergeleitet.\n\nMit freundlichen Grüßen\nKlaus Wagner\nLeitung Fuhrpark\n"
              "Wagner Entsorgung GmbH & Co. KG\n",
              prefix="AW: ", qstyle="outlook_de", client="outlook", cte="quoted-printable", charset="iso-8859-1",
              lang_hdr="de-DE")
    add(51, "WC-DE-COLLEAGUE", "de-DE", "wrong_contact", "Outlook text/plain QP iso-8859-1", e,
        "No longer responsible; names the colleague's address. Also says he forwarded it, but wrong_contact outranks "
        "acknowledgement.",
        ["FL-29688"], contact="j.keller@wagner-entsorgung.example")

    # ---------------------------------------------------------------- out_of_office
    r = Rem("L40762", "en", "GBP", "Daniel", "Mersey Waste & Recycling Ltd", [("FL-31330", "2026-03-17", "7,245.00")],
            "2026-04-01 06:59", to_addr="daniel.king@merseywaste.example", days=15)
    ooo = ("Thank you for your email.\n\nI am out of the office until Tuesday 7 April with limited access to email.\n\n"
           "For urgent accounts queries please contact my colleague Priya Shah at priya.shah@merseywaste.example.\n\n"
           "Kind regards,\nDaniel King\nMersey Waste & Recycling Ltd\n")
    e = reply(r, "Wed, 01 Apr 2026 08:00:14 +0100", "Daniel King <daniel.king@merseywaste.example>", ooo,
              qstyle=None, client="outlook", cte="quoted-printable", html_mode="alt", lang_hdr="en-GB",
              subject="Automatic reply: " + r.subject(), extra_headers=EXCH_AUTO % "daniel.king@merseywaste.example")
    add(52, "OOO-EXCH-DEPUTY", "en-GB", "out_of_office", "Exchange auto-reply multipart/alternative", e,
        "Exchange automatic reply. 'until Tuesday 7 April' gives return_date 7 Apr (contract: 'until X' = X). "
        "Deputy address fills new_contact_email. Invoice from the Subject.",
        ["FL-31330"], dates=[("return_date", "until Tuesday 7 April", "dm_future", (7, 4), 1)],
        contact="priya.shah@merseywaste.example")

    r = Rem("L40763", "fr", "EUR", "Madame Girard", "Girard Logistique Sud", [("FL-30288", "2026-03-02", "3 366,00")],
            "2026-03-16 06:00", to_addr="e.girard@girard-logistique.example")
    e = reply(r, "Mon, 16 Mar 2026 07:30:00 +0100", "Emilie Girard <e.girard@girard-logistique.example>",
              "Bonjour,\n\nJe suis absente du 16 au 27 mars inclus. De retour le lundi 30 mars, je traiterai votre "
              "message à mon retour.\n\nPour toute urgence, vous pouvez joindre le service comptabilité au "
              "04 91 55 50 12.\n\nCordialement,\nEmilie Girard\n",
              qstyle=None, client="outlook", cte="quoted-printable", lang_hdr="fr-FR",
              subject="Réponse automatique : " + r.subject())
    add(53, "OOO-FR-NO-HEADER", "fr-FR", "out_of_office", "Outlook auto-reply without Auto-Submitted", e,
        "French away message with no Auto-Submitted header; the subject and text mark it automatic. 'De retour le "
        "lundi 30 mars' = 30 Mar. A phone number only: no new_contact_email.",
        ["FL-30288"], dates=[("return_date", "le lundi 30 mars", "dm_future", (30, 3), 0)])

    r = Rem("L40764", "de", "EUR", "Frau Schuster", "Schuster Kühltransporte GmbH", [("FL-31198", "2026-03-20", "5.460,00")],
            "2026-04-02 06:00", to_addr="a.schuster@schuster-kuehl.example", days=13)
    e = reply(r, "Thu, 02 Apr 2026 08:00:41 +0200", "Anja Schuster <a.schuster@schuster-kuehl.example>",
              "Vielen Dank für Ihre Nachricht.\n\nIch bin ab Montag, 13. April 2026 wieder im Büro. Ihre E-Mail wird "
              "nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jens "
              "Albrecht, j.albrecht@schuster-kuehl.example.\n\nMit freundlichen Grüßen\nAnja Schuster\n",
              qstyle=None, client="outlook", cte="quoted-printable", lang_hdr="de-DE",
              subject="Abwesenheitsnotiz: " + r.subject(), extra_headers="Auto-Submitted: auto-replied\n")
    add(54, "OOO-DE-DEPUTY", "de-DE", "out_of_office", "Outlook auto-reply QP", e,
        "German away message over Easter: 'ab Montag, 13. April 2026 wieder im Büro' = 13 Apr. The deputy's "
        "address fills new_contact_email.",
        ["FL-31198"], dates=[("return_date", "Montag, 13. April 2026", "ymd", (2026, 4, 13), 0)],
        contact="j.albrecht@schuster-kuehl.example")

    r = Rem("L40765", "it", "EUR", "Sig. Greco", "Greco Trasporti Refrigerati S.r.l.", [("FL-30544", "2026-03-09", "2.988,00")],
            "2026-03-23 07:00", to_addr="m.greco@grecotrasporti.example")
    e = reply(r, "Mon, 23 Mar 2026 08:00:03 +0100", "Marco Greco <m.greco@grecotrasporti.example>",
              "Sarò assente dall'ufficio fino al 3 aprile, con accesso limitato alla posta.\n"
              "Per urgenze amministrative scrivere a ufficio.acquisti@grecotrasporti.example.\n\n"
              "Cordiali saluti\nMarco Greco\n",
              qstyle=None, client="other", cte="8bit",
              subject="Risposta automatica: " + r.subject(),
              extra_headers="Auto-Submitted: auto-replied\nPrecedence: bulk\n")
    add(55, "OOO-IT-UNTIL", "it-IT", "out_of_office", "auto-reply text/plain 8bit", e,
        "'fino al 3 aprile' = until 3 Apr, which gives return_date 3 Apr (contract: 'until X' gives X). The "
        "address for urgent matters fills new_contact_email.",
        ["FL-30544"], dates=[("return_date", "fino al 3 aprile", "dm_future", (3, 4))],
        contact="ufficio.acquisti@grecotrasporti.example")

    r = Rem("L40766", "en", "AUD", "Tash", "Red Centre Freightlines", [("FL-30102", "2026-02-25", "3,074.40")],
            "2026-03-10 23:00", to_addr="tash@redcentrefreight.example")
    e = reply(r, "Wed, 11 Mar 2026 12:00:33 +1100", "Tash Kelly <tash@redcentrefreight.example>",
              "Hi! I'm on leave and back Monday. Emails won't be read until then, sorry.\n\nTash\n",
              qstyle=None, client="gmail", cte="7bit", charset="us-ascii", extra_headers="Auto-Submitted: auto-replied\n")
    add(56, "OOO-GMAIL-WEEKDAY", "en-AU", "out_of_office", "Gmail vacation responder", e,
        "Gmail vacation reply with a plain 'Re:' subject; Auto-Submitted marks it. 'back Monday' from Wed 11 Mar = "
        "the coming Monday, 16 Mar, resolved against this auto-reply's own Date.",
        ["FL-30102"], dates=[("return_date", "back Monday", "this_weekday", 0)])

    r = Rem("L40767", "en", "INR", "Sir/Madam", "Narmada Transport Co.", [("FL-29418", "2026-02-14", "1,12,800.00")],
            "2026-03-02 04:30", to_addr="finance@narmadatransport.example", days=16)
    e = reply(r, "Mon, 02 Mar 2026 10:01:22 +0530", "Finance - Narmada Transport <finance@narmadatransport.example>",
              "Dear Sender,\n\nI am on leave and will have limited access to mails. For urgent matters please call "
              "Mr. Rakesh Jain on +91 98555 01234.\n\nRegards,\nVikram Patel\nFinance & Accounts\n",
              qstyle=None, client="outlook", html_mode="alt", cte="quoted-printable", lang_hdr="en-IN",
              subject="Out of Office: " + r.subject(), extra_headers="X-Autoreply: yes\nPrecedence: auto_reply\n")
    add(57, "OOO-NO-DATE-PHONE", "en-IN", "out_of_office", "auto-reply multipart/alternative, no Auto-Submitted", e,
        "Away message with no return date and a deputy reachable only by phone: return_date and "
        "new_contact_email stay null. Marked by X-Autoreply/Precedence, not Auto-Submitted.",
        ["FL-29418"])

    # ---------------------------------------------------------------- payment_plan_request
    r = Rem("L40768", "en", "USD", "Dave", "Keystone Ridge Builders Inc.", [("FL-30250", "2026-02-20", "42,600.00")],
            "2026-03-16 13:00", to_addr="dave.r@keystoneridge.example", stage=2, days=24)
    e = reply(r, "Wed, 18 Mar 2026 16:05:00 -0400", "Dave Russo <dave.r@keystoneridge.example>",
              "Hi,\n\nWe've had two projects stall on permits and cash is tight until they restart. Could we split "
              "the $42,600.00 into three monthly payments of $14,200 starting April 15? If that works I'll have our "
              "controller set them up.\n\nThanks for working with us,\nDave\n\nDave Russo\nOperations Manager\n"
              "Keystone Ridge Builders Inc. | Harrisburg, PA\n",
              qstyle="gmail_us", client="gmail", cte="7bit", charset="us-ascii")
    add(58, "PLAN-INSTALMENTS", "en-US", "payment_plan_request", "Gmail text/plain", e,
        "Asks for three instalments; a request, not a commitment. First instalment: $14,200 on April 15. The "
        "$42,600.00 is the total owed.",
        ["FL-30250"], dates=[("promised_date", "starting April 15", "dm_future", (15, 4))],
        amount=("$14,200", "en"), currency="USD")

    r = Rem("L40769", "en", "GBP", "Sam", "Fenland Agri Haulage Ltd", [("FL-29940", "2026-02-27", "9,870.00")],
            "2026-03-24 09:00", to_addr="sam.barker@fenlandagri.example", stage=2, days=25)
    e = reply(r, "Thu, 26 Mar 2026 15:10:48 +0000", "Sam Barker <sam.barker@fenlandagri.example>",
              "Hello,\n\nWe've lost a major contract with one of the supermarkets this month and are waiting on a "
              "final payment from them. Would it be possible to have until Friday 17 April to clear the full "
              "£9,870.00? I'd rather ask now than miss another date.\n\nBest regards\nSam Barker\nDirector\n"
              "Fenland Agri Haulage Ltd | Wisbech\n",
              prefix="RE: ", qstyle="outlook_uk", client="outlook", cte="quoted-printable", lang_hdr="en-GB")
    add(59, "PLAN-EXTENSION", "en-GB", "payment_plan_request", "Outlook text/plain QP", e,
        "Single extension request ('would it be possible'), not a promise. promised_date = the requested date, "
        "Fri 17 Apr; promised_amount = the full amount for a single extension.",
        ["FL-29940"], dates=[("promised_date", "until Friday 17 April", "dm_future", (17, 4), 4)],
        amount=("£9,870.00", "en"), currency="GBP")

    r = Rem("L40770", "es", "EUR", "Sr. Prieto", "Excavaciones Prieto e Hijos S.L.", [("FL-28120", "2026-02-06", "8.415,00")],
            "2026-02-23 08:00", to_addr="prieto@excavacionesprieto.example", stage=2, days=17)
    e = reply(r, "Tue, 24 Feb 2026 18:02:00 +0100", "Antonio Prieto <prieto@excavacionesprieto.example>",
              "Buenas tardes,\n\n¿Sería posible fraccionar el importe en tres plazos? Estamos pendientes de cobrar una "
              "certificación de obra del Ayuntamiento y ahora mismo no podemos asumirlo de golpe.\n\n"
              "Quedo a la espera de su respuesta.\nAntonio Prieto\n",
              qstyle="gmail_es", client="gmail", cte="8bit")
    add(60, "PLAN-NO-DATE", "es-ES", "payment_plan_request", "Gmail text/plain 8bit", e,
        "Asks to split into three instalments with no date and no instalment amount: promised_* stay null. "
        "A plan request, not a promise.",
        ["FL-28120"])

    r = Rem("L40771", "fr", "EUR", "Monsieur Fabre", "BTP Garonne SARL", [("FL-29712", "2026-02-28", "5 560,00")],
            "2026-03-23 08:00", to_addr="j.fabre@btp-garonne.example", stage=2, days=23)
    e = reply(r, "Wed, 25 Mar 2026 11:26:00 +0100", "Julien Fabre <j.fabre@btp-garonne.example>",
              "Bonjour,\n\nSuite à un retard de paiement de notre maître d'ouvrage, nous vous sollicitons pour un "
              "échéancier sur la facture FL-29712 :\n- 1er versement de 2 000 € le 10 avril,\n"
              "- 2 000 € le 10 mai,\n- le solde de 1 560 € le 10 juin.\n\nMerci de nous confirmer votre accord.\n\n"
              "Cordialement,\nJulien Fabre\nGérant - BTP Garonne SARL\n",
              qstyle="gmail_fr", client="gmail", cte="quoted-printable")
    add(61, "PLAN-FR-SCHEDULE", "fr-FR", "payment_plan_request", "Gmail text/plain QP", e,
        "Instalment schedule proposed, pending our agreement. First instalment: 2 000 € on 10 Apr.",
        ["FL-29712"], dates=[("promised_date", "le 10 avril", "dm_future", (10, 4))],
        amount=("2 000 €", "sp"), currency="EUR")

    r = Rem("L40772", "de", "EUR", "Herr Lang", "Lang Bau GmbH", [("FL-29480", "2026-02-13", "14.300,00")],
            "2026-03-11 08:00", to_addr="p.lang@lang-bau.example", stage=3, days=26)
    e = reply(r, "Fri, 13 Mar 2026 09:40:00 +0100", "Peter Lang <p.lang@lang-bau.example>",
              "Sehr geehrte Damen und Herren,\n\naufgrund der witterungsbedingten Baustopps im Januar und Februar "
              "bitten wir um Stundung des offenen Betrags von 14.300,00 € bis Ende Mai.\n\nFür Ihr Verständnis "
              "bedanken wir uns.\n\nMit freundlichen Grüßen\nPeter Lang\nGeschäftsführer, Lang Bau GmbH\n",
              prefix="AW: ", qstyle="outlook_de", client="outlook", cte="quoted-printable", lang_hdr="de-DE")
    add(62, "PLAN-STUNDUNG", "de-DE", "payment_plan_request", "Outlook text/plain QP", e,
        "'Stundung ... bis Ende Mai' is a deferral request: promised_date = end of the named month, 31 May; "
        "single extension, so promised_amount = the full 14.300,00 €.",
        ["FL-29480"], dates=[("promised_date", "bis Ende Mai", "end_of_named_month", 5)],
        amount=("14.300,00 €", "eu"), currency="EUR")

    r = Rem("L40773", "en", "INR", "Sir", "Malwa Roadlines", [("FL-29015", "2026-02-10", "6,80,000.00")],
            "2026-03-18 04:30", to_addr="accounts@malwaroadlines.example", stage=2, days=36)
    e = reply(r, "Fri, 20 Mar 2026 13:15:00 +0530", "Accounts Malwa Roadlines <accounts@malwaroadlines.example>",
              "Respected Sir,\n\nDue to delay in receipt of payments from our principal we are facing a temporary fund "
              "crunch. We request you to kindly allow us to clear the outstanding amount in 2 instalments - first "
              "instalment of Rs. 2,50,000/- by 31st March and balance by 30th April.\n\nKindly approve.\n\n"
              "Thanking you,\nH. S. Chauhan\nAccounts, Malwa Roadlines, Ujjain\n",
              prefix="RE: ", qstyle="outlook_old", client="outlook", cte="7bit", charset="us-ascii", lang_hdr="en-IN")
    add(63, "PLAN-INR", "en-IN", "payment_plan_request", "Outlook text/plain", e,
        "Two-instalment request: first Rs. 2,50,000 by 31st March. 'Kindly approve' makes it a request, not a "
        "promise.",
        ["FL-29015"], dates=[("promised_date", "by 31st March", "dm_future", (31, 3))],
        amount=("Rs. 2,50,000", "in"), currency="INR")

    # ---------------------------------------------------------------- legal_or_insolvency
    r = Rem("L40774", "en", "GBP", "Accounts", "Wolds Transport Ltd",
            [("FL-28901", "2026-02-12", "3,120.00"), ("FL-29391", "2026-02-26", "2,875.60", "5,995.60")],
            "2026-03-10 09:00", to_addr="accounts@woldstransport.example", stage=2)
    e = reply(r, "Thu, 12 Mar 2026 12:00:00 +0000", "Beverley Recovery LLP <wolds@beverleyrecovery.example>",
              "Dear Sirs\n\nWOLDS TRANSPORT LIMITED - IN CREDITORS' VOLUNTARY LIQUIDATION\n\n"
              "We write to inform you that on 9 March 2026 Andrew Pickering and Helen Marsh of Beverley Recovery LLP "
              "were appointed Joint Liquidators of the above company. The company's mailbox is now monitored by "
              "our office.\n\nThe company has ceased trading and no payments will be made to creditors outside the "
              "liquidation. Please submit a proof of debt for any sums owed to claims@beverleyrecovery.example, "
              "quoting reference WOL001.\n\nYours faithfully\n\nfor and on behalf of Wolds Transport Limited "
              "(in liquidation)\nBeverley Recovery LLP\nThe Joint Liquidators act as agents of the company and "
              "without personal liability.\n",
              prefix="RE: ", qstyle="outlook_uk", client="outlook", cte="quoted-printable", lang_hdr="en-GB",
              to=our_from("L40774"))
    add(64, "LEGAL-CVL", "en-GB", "legal_or_insolvency", "Outlook text/plain QP", e,
        "Creditors' voluntary liquidation notice from the liquidators. The claims address fills new_contact_email. "
        "'9 March 2026' is the appointment date. Invoices from the quoted reminder.",
        ["FL-28901", "FL-29391"], contact="claims@beverleyrecovery.example")

    r = Rem("L40775", "en", "USD", "Mike", "Granite State Hauling LLC", [("FL-29950", "2026-02-20", "23,480.00")],
            "2026-03-05 14:00", to_addr="mike@granitestatehauling.example", stage=3, days=13)
    e = reply(r, "Mon, 09 Mar 2026 14:30:00 -0400", "Julie Pelletier <jpelletier@pelletierlaw.example>",
              "To Whom It May Concern:\n\nThis office represents Granite State Hauling LLC. Your final notice of "
              "March 5 has been referred to me.\n\nOur client disputes invoice FL-29950, which bills a full engine "
              "rebuild at labor and parts rates well above the written estimate your service manager provided. "
              "Our client will not pay the invoice as issued.\n\nPlease direct all further communication regarding "
              "this matter to me at jpelletier@pelletierlaw.example and do not contact our client directly.\n\n"
              "Very truly yours,\n\nJulie A. Pelletier, Esq.\nPelletier Law PLLC | Concord, NH\n(603) 555-0190\n",
              prefix="RE: ", qstyle="outlook_us", client="outlook", cte="7bit", charset="us-ascii", lang_hdr="en-US",
              quote_sep="\n________________________________\n")
    add(65, "LEGAL-COUNSEL-DISPUTE", "en-US", "legal_or_insolvency", "Outlook text/plain", e,
        "Attorney letter: legal_or_insolvency outranks dispute. The dispute reason (rates above the estimate) is "
        "pricing and is still filled; counsel's address fills new_contact_email. 'March 5' is our notice's date.",
        ["FL-29950"], reason="pricing", contact="jpelletier@pelletierlaw.example")

    r = Rem("L40776", "it", "EUR", "Spett.le Lombarda Scavi", "Lombarda Scavi S.p.A.", [("FL-29266", "2026-02-16", "19.845,00")],
            "2026-03-03 08:00", to_addr="amministrazione@lombardascavi.example", days=15)
    e = reply(r, "Thu, 05 Mar 2026 17:10:00 +0100", "Amministrazione Lombarda Scavi <amministrazione@lombardascavi.example>",
              "Spettabile fornitore,\n\nVi informiamo che in data 2 marzo 2026 la società ha depositato presso il "
              "Tribunale di Brescia domanda di concordato preventivo. Il Tribunale ha nominato commissario "
              "giudiziale il Dott. Paolo Bassi.\n\nOgni pagamento relativo a crediti sorti prima del deposito è "
              "sospeso per legge. Le comunicazioni relative al Vostro credito vanno indirizzate alla PEC della "
              "procedura: concordato.lombardascavi@pec-mail.example.\n\nDistinti saluti\n"
              "Lombarda Scavi S.p.A. - Amministrazione\n",
              prefix="R: ", qstyle="outlook_it", client="outlook", cte="base64", lang_hdr="it-IT")
    add(66, "LEGAL-CONCORDATO", "it-IT", "legal_or_insolvency", "Outlook text/plain base64", e,
        "Italian court-supervised insolvency (concordato preventivo). The procedure's PEC address fills "
        "new_contact_email; '2 marzo 2026' is the filing date.",
        ["FL-29266"], contact="concordato.lombardascavi@pec-mail.example")

    r = Rem("L40777", "en", "AUD", "Accounts", "Outback Earthworks Pty Ltd", [("FL-30833", "2026-03-02", "16,390.00")],
            "2026-03-16 23:00", to_addr="accounts@outbackearthworks.example", days=15)
    e = reply(r, "Wed, 18 Mar 2026 09:45:00 +1030", "Accounts <accounts@outbackearthworks.example>",
              "Dear Creditor,\n\nOutback Earthworks Pty Ltd (Administrators Appointed) ACN 555 123 789\n\n"
              "Please be advised that on 16 March 2026 Joint and Several Voluntary Administrators were appointed to "
              "the company under section 436A of the Corporations Act 2001. A notice of the first meeting of "
              "creditors will be sent separately.\n\nNo payments can be made for debts incurred before the "
              "appointment. For enquiries, please phone the administrators' office on (08) 5550 1234.\n\n"
              "Outback Earthworks Pty Ltd (Administrators Appointed)\n",
              qstyle="gmail_uk", client="other", cte="7bit", charset="us-ascii")
    add(67, "LEGAL-VA-AU", "en-AU", "legal_or_insolvency", "text/plain, +1030 offset", e,
        "Australian voluntary administration. Only a phone number is given, so new_contact_email stays null. "
        "'16 March 2026' is the appointment date.",
        ["FL-30833"])
