"""Items lc58-lc80: payment_plan_request, legal_or_insolvency, delivery_failure, acknowledgement, other."""
from build_common import *

# lc58 ----------------------------------------------------------------
r = Rem("en-US", "K4683", "Derek", "Gulf Coast Marine Construction", [("ALT-51901", date(2026, 3, 12), D("7200.00")), ("ALT-51907", date(2026, 3, 16), D("4800.00"))], utc(2026, 3, 30, 14))
item("lc58", "PLAN-3-INSTALMENTS-MDY", "en-US", "payment_plan_request", "Outlook multipart/alternative, us-ascii qp",
     reply(r, "Wed, 01 Apr 2026 14:20:00 -0500", "Derek Olsen <dolsen@gulfcoastmarine.example>", "RE: " + r.subject, outlook_mid("DM6"),
           "Hello,\n\nA large progress payment from the port authority slipped to May, which has\nleft us short this quarter. Would you accept three monthly payments of\n$4,000.00 against ALT-51901 and ALT-51907, the first on April 15, then May 15\nand June 15? We'd like to keep the account in good standing.\n\nLet me know if that works.\n\nDerek Olsen\nCFO, Gulf Coast Marine Construction\n(251) 555-0190\n",
           "outlook", cs="us-ascii", cte="quoted-printable", alt=True, off=-5),
     ["ALT-51901", "ALT-51907"], "Instalment request, not a promise: first instalment 'April 15' = {promised_date}, $4,000.00 each (the $12,000.00 total is not the instalment).",
     amt="$4,000.00", cur="USD", dates=[("promised_date", "the first on April 15", "dm_future", [15, 4])])

# lc59 ----------------------------------------------------------------
r = Rem("es-AR", "K4691", "Ricardo", "Obras Civiles Cuyo S.A.", [("ALT-51755", date(2026, 2, 25), D("2850000.00"))], utc(2026, 3, 9, 13))
item("lc59", "PLAN-CUOTAS-FIN-DE-MES", "es-AR", "payment_plan_request", "Gmail, utf-8 qp",
     reply(r, "Tue, 10 Mar 2026 11:45:00 -0300", "Ricardo Funes <rfunes@obrascuyo.example>", "Re: " + r.subject, gmail_mid(),
           "Estimados,\n\nLes escribo porque con la ca\u00edda de la obra p\u00fablica venimos muy ajustados con\nlos cobros. \u00bfHabr\u00eda posibilidad de pagar la factura ALT-51755 en tres cuotas\nde $ 950.000? La primera la podr\u00edamos hacer a fin de mes y las otras dos a 30\ny 60 d\u00edas.\n\nQuedo atento a su respuesta.\n\nCdor. Ricardo Funes\nObras Civiles Cuyo S.A.\n(0261) 555-4410\n",
           "gmail", cte="quoted-printable", off=-3),
     ["ALT-51755"], "Instalments: first at 'fin de mes' = {promised_date}; '$ 950.000' with a bare $ in an ARS thread = 950000.00 ARS.",
     amt="$ 950.000", cur="ARS", dates=[("promised_date", "a fin de mes", "end_of_month", [])])

# lc60 ----------------------------------------------------------------
r = Rem("pt-PT", "K4702", "Dra. Helena Batista", "Constru\u00e7\u00f5es Atl\u00e2ntico Norte, Lda.", [("ALT-51883", date(2026, 3, 11), D("8940.00"))], utc(2026, 3, 24, 9))
item("lc60", "PLAN-PRORROGACAO-FULL-AMOUNT", "pt-PT", "payment_plan_request", "Outlook, windows-1252 qp",
     reply(r, "Thu, 26 Mar 2026 16:00:00 +0000", "Helena Batista <hbatista@atlanticonorte.example>", "RE: " + r.subject, outlook_mid("AM7"),
           "Boa tarde,\n\nAtendendo a um atraso no recebimento do auto de medi\u00e7\u00e3o da C\u00e2mara Municipal,\nvimos solicitar a prorroga\u00e7\u00e3o do prazo de pagamento da fatura ALT-51883 at\u00e9 30\nde abril, data em que liquidaremos o valor total de 8.940,00 \u20ac.\n\nAgradecemos desde j\u00e1 a vossa compreens\u00e3o.\n\nCom os melhores cumprimentos,\nHelena Batista\nDire\u00e7\u00e3o Financeira\nConstru\u00e7\u00f5es Atl\u00e2ntico Norte, Lda.\n",
           "outlook", cs="windows-1252", cte="quoted-printable", off=0),
     ["ALT-51883"], "Asks for an extension ('solicitar a prorroga\u00e7\u00e3o'): payment_plan_request, not a promise. Single extension: the full amount and 'at\u00e9 30 de abril' = {promised_date}.",
     amt="8.940,00 \u20ac", cur="EUR", dates=[("promised_date", "30\nde abril", "dm_future", [30, 4])])

# lc61 ----------------------------------------------------------------
r = Rem("fr-BE", "K4715", "Monsieur Lejeune", "Toitures Lejeune SRL", [("ALT-51985", date(2026, 3, 31), D("6880.00"))], utc(2026, 4, 13, 8))
item("lc61", "PLAN-MENSUALITES-NO-DATE", "fr-BE", "payment_plan_request", "Gmail, utf-8 8bit",
     reply(r, "Tue, 14 Apr 2026 09:30:00 +0200", "Jean-Fran\u00e7ois Lejeune <jf.lejeune@toitures-lejeune.example>", "Re: " + r.subject, gmail_mid(),
           "Bonjour,\n\nSuite aux intemp\u00e9ries de mars, plusieurs de nos chantiers sont \u00e0 l'arr\u00eat et\nnotre tr\u00e9sorerie est tendue. Serait-il possible d'\u00e9taler le paiement de la\nfacture ALT-51985 en quatre mensualit\u00e9s ? Nous restons bien entendu de bonne\nfoi et souhaitons poursuivre notre collaboration.\n\nDans l'attente de votre retour,\nJean-Fran\u00e7ois Lejeune\nG\u00e9rant \u2013 Toitures Lejeune SRL\n",
           "gmail", off=2),
     ["ALT-51985"], "Instalment request with no date and no instalment amount: all amount/date fields null.")

# lc62 ----------------------------------------------------------------
r = Rem("ca-ES", "K4726", "N\u00faria", "Instal\u00b7lacions i Obres Garrotxa SL", [("ALT-51975", date(2026, 3, 25), D("6400.00"))], utc(2026, 4, 7, 8))
item("lc62", "PLAN-DOS-TERMINIS", "ca-ES", "payment_plan_request", "Apple Mail, utf-8 qp",
     reply(r, "Wed, 08 Apr 2026 12:10:00 +0200", "N\u00faria Pujol <npujol@iogarrotxa.example>", "Re: " + r.subject, apple_mid("iogarrotxa.example"),
           "Bon dia,\n\nUs vol\u00edem demanar si seria possible pagar la factura ALT-51975 en dos terminis:\n3.200,00 \u20ac el 15 d'abril i la resta el 15 de maig. Ens ha fallat el cobrament\nd'una certificaci\u00f3 de l'Ajuntament i anem justos.\n\nMoltes gr\u00e0cies per endavant,\nN\u00faria Pujol\nAdministraci\u00f3\n",
           "apple", cte="quoted-printable", off=2),
     ["ALT-51975"], "Two-instalment request: first 3.200,00 \u20ac on '15 d'abril' = {promised_date}.",
     amt="3.200,00 \u20ac", cur="EUR", dates=[("promised_date", "el 15 d'abril", "dm_future", [15, 4])])

# lc63 ----------------------------------------------------------------
r = Rem("en-CA", "K4738", "Colin", "Maritime Civil Works Ltd.", [("ALT-51770", date(2026, 2, 27), D("22750.00"))], utc(2026, 3, 11, 13))
item("lc63", "PLAN-EXTENSION-END-NEXT-MONTH", "en-CA", "payment_plan_request", "Outlook-orig, us-ascii 7bit",
     reply(r, "Thu, 12 Mar 2026 10:05:00 -0300", "Colin MacLeod <cmacleod@maritimecivil.example>", "RE: " + r.subject, outlook_mid("YQ3"),
           "Good morning,\n\nOur holdback release on the Dartmouth bridge job has been delayed. Could we\nhave until the end of next month to pay ALT-51770? We would pay the full\n$22,750.00 in one payment at that point.\n\nRegards,\nColin MacLeod\nComptroller, Maritime Civil Works Ltd.\n",
           "outlook-orig", cs="us-ascii", cte="7bit", off=-3),
     ["ALT-51770"], "Extension request ('Could we have until...'): payment_plan_request. 'the end of next month' from 12 Mar = last day of April, {promised_date}; full amount $22,750.00 CAD.",
     amt="$22,750.00", cur="CAD", dates=[("promised_date", "until the end of next month", "end_of_next_month", [])])

# lc64 ----------------------------------------------------------------
r = Rem("es-ES", "K4744", "Sres. Edificaciones Tajo", "Edificaciones Tajo S.L.", [("ALT-51782", date(2026, 2, 27), D("9120.00")), ("ALT-51788", date(2026, 3, 3), D("3365.75"))], utc(2026, 3, 16, 8))
item("lc64", "LEGAL-CONCURSO+ADMIN-CONCURSAL", "es-ES", "legal_or_insolvency", "Outlook, utf-8 qp",
     reply(r, "Tue, 17 Mar 2026 11:00:00 +0100", "Administraci\u00f3n Edificaciones Tajo <administracion@edificacionestajo.example>", "RE: " + r.subject, outlook_mid("MA2"),
           "Muy se\u00f1ores nuestros:\n\nLes comunicamos que, mediante auto de 9 de marzo de 2026, el Juzgado de lo\nMercantil n.\u00ba 2 de Madrid ha declarado a Edificaciones Tajo S.L. en concurso\nvoluntario de acreedores (procedimiento 214/2026). Se ha nombrado\nadministrador concursal a Concursal Ib\u00e9rica SLP.\n\nLos cr\u00e9ditos anteriores a la declaraci\u00f3n, incluidas las facturas ALT-51782 y\nALT-51788, deber\u00e1n comunicarse a la administraci\u00f3n concursal en el plazo legal\na trav\u00e9s de la direcci\u00f3n ac.tajo@concursaliberica.example. No podemos atender\npagos de deuda anterior al concurso.\n\nAtentamente,\nDepartamento de Administraci\u00f3n\nEdificaciones Tajo S.L.\n",
           "outlook", cte="quoted-printable", off=1),
     ["ALT-51782", "ALT-51788"], "Concurso de acreedores. The court order date is not a payment date; procedimiento 214/2026 is a court case number. The insolvency administrator's address fills new_contact_email.",
     contact="ac.tajo@concursaliberica.example")

# lc65 ----------------------------------------------------------------
r = Rem("pt-BR", "K4759", "equipe", "Construtora Paran\u00e1 Sul S.A.", [("ALT-51958", date(2026, 3, 18), D("41300.00"))], utc(2026, 4, 6, 12))
item("lc65", "LEGAL-RECUPERACAO-JUDICIAL", "pt-BR", "legal_or_insolvency", "Outlook, utf-8 base64, RES:",
     reply(r, "Wed, 08 Apr 2026 15:20:00 -0300", "Jur\u00eddico Paran\u00e1 Sul <juridico@paranasul.example>", "RES: " + r.subject, outlook_mid("CP3"),
           "Prezados,\n\nInformamos que a Construtora Paran\u00e1 Sul S.A. \u2013 Em Recupera\u00e7\u00e3o Judicial teve o\nprocessamento do seu pedido de recupera\u00e7\u00e3o judicial deferido pela 1\u00aa Vara de\nFal\u00eancias e Recupera\u00e7\u00f5es Judiciais de Curitiba (autos n\u00ba\n0005555-12.2026.8.16.0001). Os cr\u00e9ditos sujeitos \u00e0 recupera\u00e7\u00e3o, como a fatura\nALT-51958, ser\u00e3o pagos nos termos do plano a ser apresentado.\n\nPara habilita\u00e7\u00e3o ou diverg\u00eancia de cr\u00e9dito, procurem o administrador judicial:\naj.paranasul@adminjudicial.example.\n\nAtenciosamente,\nJur\u00eddico \u2013 Construtora Paran\u00e1 Sul S.A.\n",
           "outlook", cte="base64", off=-3),
     ["ALT-51958"], "Recupera\u00e7\u00e3o judicial (Brazilian reorganisation): legal_or_insolvency. 'pagos nos termos do plano' is not a promise. Court case number is not an invoice. Administrator's address fills new_contact_email.",
     contact="aj.paranasul@adminjudicial.example")

# lc66 ----------------------------------------------------------------
r = Rem("en-IE", "K4763", "Accounts", "Westport Modular Build Ltd", [("ALT-51848", date(2026, 3, 6), D("7985.00"))], utc(2026, 3, 25, 9))
item("lc66", "LEGAL-IE-EXAMINERSHIP", "en-IE", "legal_or_insolvency", "Outlook, utf-8 qp, sent from the examiner's office",
     reply(r, "Thu, 26 Mar 2026 17:05:00 +0000", "Westport Modular Build - Examinership <westport@examinerco.example>", "RE: " + r.subject, outlook_mid("DB5"),
           "Dear Sir/Madam,\n\nWestport Modular Build Ltd\n\nPlease note that on 20 March 2026 the High Court appointed Fiona Walsh of\nExaminerCo as interim examiner to the above company under Part 10 of the\nCompanies Act 2014. Pre-petition liabilities, including invoice ALT-51848,\nmay not be paid during the protection period.\n\nCreditors should submit details of amounts owed to\nclaims.westport@examinerco.example.\n\nYours faithfully,\n\nFor and on behalf of the Interim Examiner\nExaminerCo, Dublin 2\n",
           "outlook", cte="quoted-printable", off=0),
     ["ALT-51848"], "Irish examinership (court protection): legal_or_insolvency. The appointment date is not a payment date. The claims address fills new_contact_email.",
     contact="claims.westport@examinerco.example")

# lc67 ----------------------------------------------------------------
r = Rem("fr-CA", "K4770", "St\u00e9phane", "Habitations Laurentides inc.", [("ALT-51933", date(2026, 3, 20), D("18450.00"))], utc(2026, 4, 8, 13))
item("lc67", "LEGAL-AVOCATE+QUALITY", "fr-CA", "legal_or_insolvency", "Gmail, utf-8 qp",
     reply(r, "Fri, 10 Apr 2026 11:30:00 -0400", "St\u00e9phane Bouchard <sbouchard@habitationslaurentides.example>", "Re: " + r.subject, gmail_mid(),
           "Bonjour,\n\nJe vous avise que ce dossier est maintenant entre les mains de notre avocate,\nMe Catherine Pelletier (cpelletier@pelletieravocats.example). Les \u00e9tais que\nvous nous avez lou\u00e9s ont pli\u00e9 lors du coulage de la dalle du 3e \u00e9tage, ce qui\nnous a caus\u00e9 des dommages importants, et nous n'avons aucune intention de payer\nla facture 51933 dans ces circonstances. Toute communication devra d\u00e9sormais\npasser par Me Pelletier.\n\nSt\u00e9phane Bouchard\nPr\u00e9sident\nHabitations Laurentides inc.\n",
           "gmail", cte="quoted-printable", off=-4),
     ["ALT-51933"], "Lawyer involved plus a quality complaint (shores buckled): legal_or_insolvency outranks dispute; dispute_reason quality and counsel's address are still filled.",
     reason="quality", contact="cpelletier@pelletieravocats.example")
