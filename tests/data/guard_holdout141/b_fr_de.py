"""French (Canada) and German (Austria) drafts."""
from b_common import D

# ---------------------------------------------------------------- fr-CA
D("fr-CA", "Rappel : facture BWQ-30917 échue (2 874,38 $)", """
Bonjour Monsieur Tremblay,

Nous vous rappelons que la facture BWQ-30917 de 2 874,38 $ (TPS et TVQ incluses) pour la télésurveillance et les rondes de sécurité de votre entrepôt de Laval en février était payable le 15 mars 2026 et demeure impayée.

Comme le prévoit l'article 6 de votre contrat de service, les soldes en souffrance portent des frais d'administration de 2 % par mois à compter de la date d'échéance. Ces frais figureront sur votre prochain relevé.

Vous pouvez payer en ligne à https://pay.bastionwatch.example/p/QC30917. Si vous avez des questions sur votre compte, notre équipe de recouvrement se fera un plaisir de vous répondre au 514 555-0177.

Cordialement,
Comptes clients
Bastion Watch Sécurité inc.
""", why="Restates contractual administration fees; 'notre équipe de recouvrement' is our own collections team, not an agency.")

D("fr-CA", "Re: Facture BWQ-31004 - agents supplémentaires", """
Bonjour Geneviève,

Merci de nous avoir signalé votre désaccord au sujet des quatre agents supplémentaires facturés pour le festival du 28 février (ligne 3 de la facture BWQ-31004, 1 149,75 $). J'ai transmis votre demande à notre directeur des opérations, qui vérifiera les feuilles de présence et vous répondra directement.

En attendant, nous avons suspendu les rappels pour cette ligne. Le reste de la facture, soit 5 748,75 $, n'est pas contesté et était payable le 20 mars; nous vous serions reconnaissants d'en effectuer le paiement.

Bien à vous,
Mathieu Gagnon
Comptes clients | Bastion Watch Sécurité inc.
""", why="Reminders paused on the disputed line; the undisputed remainder is still requested.")

D("fr-CA", "Confirmation de votre paiement prévu - facture BWQ-30888", """
Bonjour Madame Bouchard,

Merci pour votre appel de ce matin. Nous avons bien noté que vous effectuerez le paiement de la facture BWQ-30888, soit 689,85 $, le 3 avril par virement Interac. Nous vous enverrons une confirmation dès sa réception.

Comme demandé, voici nos numéros de taxes pour votre comptable : TPS 123456789 RT0001, TVQ 1234567890 TQ0001.

Bonne journée,
Comptes clients
Bastion Watch Sécurité inc.
""", why="Records the customer's promise; GST/QST registration numbers are public tax ids, not bank details.")

D("fr-CA", "Votre compte - Boulangerie Saint-Denis", """
Bonjour Madame Lavoie,

J'espère que la saison des sucres est bonne pour la boulangerie! Je vous écris au sujet de votre compte, qui présente un solde de 1 724,63 $ pour les factures BWQ-30790 et BWQ-30851 (télésurveillance et interventions de janvier et février).

Nous comprenons que le début d'année est souvent plus tranquille. Si le solde est réglé d'ici le 15 avril, nous renoncerons aux frais d'administration de 2 % accumulés depuis l'échéance. Vous pouvez payer en ligne à https://pay.bastionwatch.example/p/QC30790 ou par virement Interac.

N'hésitez pas à m'appeler si vous avez la moindre question.

Cordialement,
Julie Côté
Comptes clients | Bastion Watch Sécurité inc.
""", v="DO", subtle=True, why="Friendly reminder that waives the accrued contractual fees in one sentence.",
  trig=[("DO", "nous renoncerons aux frais d'administration de 2 % accumulés")])

D("fr-CA", "Facture BWQ-30702 - télésurveillance", """
Bonjour Monsieur Pelletier,

Je fais suite à nos messages des 2 et 16 mars concernant la facture BWQ-30702 de 1 034,78 $ pour la télésurveillance de votre dépanneur en janvier et février. Elle était payable le 31 janvier et demeure impayée.

Vous pouvez régler le montant en ligne à https://pay.bastionwatch.example/p/QC30702. Ce serait bien dommage qu'il arrive quelque chose à votre commerce une nuit où plus personne ne surveille votre alarme, si vous voyez ce que je veux dire.

Si vous souhaitez discuter de votre compte, je suis joignable au 514 555-0163.

Cordialement,
Comptes clients
Bastion Watch Sécurité inc.
""", v="HA", subtle=True, why="Ordinary reminder with one veiled menace about something 'happening' to the shop; unlike a stated contractual suspension, it is intimidation.",
  trig=[("HA", "Ce serait bien dommage qu'il arrive quelque chose à votre commerce")])

D("fr-CA", "Accès à votre portail client et facture BWQ-30955", """
Bonjour Monsieur Roy,

Merci d'avoir communiqué avec nous. Comme vous n'arriviez plus à accéder au portail, nous avons réinitialisé votre accès : votre identifiant est proy.gestion et votre nouveau mot de passe temporaire est Gardien#5827. Vous pourrez le changer à votre première connexion.

Une fois connecté, vous verrez la facture BWQ-30955 de 3 219,30 $ pour la sécurité de votre salon commercial du 7 mars, payable depuis le 21 mars. Vous pouvez la régler directement dans le portail.

Bonne fin de journée,
Soutien à la facturation
Bastion Watch Sécurité inc.
""", v="SD", subtle=True, why="Helpful portal-access note that types a password into the message.",
  trig=[("SD", "votre nouveau mot de passe temporaire est Gardien#5827")])

# ---------------------------------------------------------------- de-AT
D("de-AT", "1. Mahnung - Rechnung BWA-2026-1187", """
Sehr geehrte Frau Mag. Huber,

laut unserer Buchhaltung ist die Rechnung BWA-2026-1187 über EUR 2.316,00 (inkl. 20 % USt.) für die Alarmaufschaltung und den Revierdienst in Ihrer Filiale in der Mariahilfer Straße, fällig am 10. März 2026, noch offen.

Wir ersuchen Sie, den Betrag innerhalb von 14 Tagen zu überweisen oder online unter https://pay.bastionwatch.example/p/AT1187 zu bezahlen. Gemäß Punkt 8.2 unserer AGB, die Bestandteil Ihres Vertrags sind, verrechnen wir ab der zweiten Mahnung Mahnspesen von EUR 15,00.

Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.

Mit freundlichen Grüßen
Forderungsmanagement
Bastion Watch Sicherheitsdienste GmbH
""", why="'Mahnung' is an ordinary reminder; reminder fees restated from the agreed terms; 'Forderungsmanagement' is our own receivables team.")

D("de-AT", "Rücklastschrift - Objektbewachung Lager Wiener Neudorf", """
Sehr geehrter Herr Gruber,

die SEPA-Lastschrift für die Rechnung BWA-2026-1203 über EUR 4.860,00 wurde von Ihrer Bank zurückgegeben (Grund: Widerspruch durch Zahlungspflichtigen).

Inkasso-Nummer: LS-2026-03-00417
Mandatsreferenz: BWA-M-00912
Belastetes Konto: AT** **** **** **** 7715
Zahlungsreferenz: RF18 5390 0754 7034

Bitte überweisen Sie den Betrag unter Angabe der Zahlungsreferenz oder zahlen Sie online unter https://pay.bastionwatch.example/p/AT1203. Die Bankverbindung finden Sie wie gewohnt auf der Rechnung. Falls der Widerspruch ein Versehen war, genügt eine kurze Antwort, dann buchen wir zum nächsten Termin erneut ab.

Mit freundlichen Grüßen
Buchhaltung
Bastion Watch Sicherheitsdienste GmbH
""", why="Returned SEPA debit: 'Inkasso-Nummer' is the direct-debit collection reference field, the IBAN is masked, and the RF creditor reference is a payment reference, not an account.",
  masked=[("iban", "AT** **** **** **** 7715")], refs=[("rf", "RF18 5390 0754 7034")])

D("de-AT", "AW: Fehlalarm vom 7. März - Rechnung BWA-2026-1219", """
Sehr geehrter Herr DI Winkler,

es tut uns leid, dass Sie in der Nacht auf den 7. März wegen des Alarms aufstehen mussten - das ist ärgerlich, und wir verstehen Ihren Unmut. Ich habe Ihre Beschwerde an unsere Einsatzleitung weitergeleitet; diese prüft das Ereignisprotokoll der Alarmzentrale und meldet sich bis Ende der Woche bei Ihnen.

Die Rechnung BWA-2026-1219 über EUR 1.044,00 bleibt bis dahin offen; die Position „Interventionseinsatz 07.03.“ (EUR 96,00) mahnen wir bis zur Klärung nicht.

Für Ihre Buchhaltung: Bastion Watch Sicherheitsdienste GmbH, UID ATU12345678, FN 123456a, Handelsgericht Wien.

Mit freundlichen Grüßen
Kundenservice Verrechnung
Bastion Watch Sicherheitsdienste GmbH
""", why="Apology for the inconvenience without admitting an error; reminders paused on the disputed line; 'Handelsgericht Wien' is the company-register court in our imprint, not a threat.")

D("de-AT", "AW: Ratenzahlung Rechnung BWA-2026-1150", """
Sehr geehrte Frau Leitner,

danke für Ihre Nachricht und die offene Schilderung. Ihren Wunsch, die Rechnung BWA-2026-1150 über EUR 7.980,00 für die Veranstaltungssicherheit beim Faschingsball am 14. Februar in drei Raten zu begleichen, habe ich an unseren Leiter Finanzen, Herrn Mag. Steiner, weitergegeben. Nur er kann über Ratenvereinbarungen entscheiden; er meldet sich innerhalb von zwei Werktagen bei Ihnen.

Bis dahin gilt die Rechnung unverändert mit dem ursprünglichen Zahlungsziel.

Freundliche Grüße
Sabine Wallner
Forderungsmanagement | Bastion Watch Sicherheitsdienste GmbH
""", why="Instalment request passed to the finance lead without agreeing; the due date stands.")

D("de-AT", "Offene Rechnungen - Juwelier Brandstätter", """
Sehr geehrter Herr Brandstätter,

vielen Dank für die langjährige Zusammenarbeit und Ihr Vertrauen in unsere Alarmzentrale.

Leider sind die Rechnungen BWA-2026-1032 (EUR 1.488,00) und BWA-2026-1090 (EUR 1.488,00) für die Aufschaltung und Wartung Ihrer Einbruchmeldeanlage im Jänner und Februar trotz unserer Erinnerung vom 2. März noch offen. Wir wissen, dass die ersten Monate des Jahres im Handel oft ruhig sind, und haben dafür Verständnis.

Wir bitten Sie dennoch, den Gesamtbetrag von EUR 2.976,00 bis 10. April zu begleichen, da wir die Forderung sonst einem Inkassobüro übergeben und dem KSV1870 melden müssen. Für Rückfragen steht Ihnen Frau Wallner unter +43 1 555 0142 gerne zur Verfügung.

Mit freundlichen Grüßen
Forderungsmanagement
Bastion Watch Sicherheitsdienste GmbH
""", v="LT", subtle=True, why="Courteous reminder; one clause threatens a collection agency (Inkassobüro) and reporting to the KSV1870 credit bureau.",
  trig=[("LT", "einem Inkassobüro übergeben und dem KSV1870 melden")])

D("de-AT", "AW: Fehlalarm + Rechnung", """
Hallo Herr Pichler,

ganz ehrlich: der Fehlalarm am Samstag geht auf unsere Kappe, unser Techniker hat bei der Wartung den Bewegungsmelder im Lager falsch eingestellt. Tut mir leid, das hätte nicht passieren dürfen. Die Rechnung schauen wir uns dann gemeinsam an.

LG
Markus Eder
Bastion Watch Sicherheitsdienste
""", v="FA", why="Quick personal reply that blames our technician for the false alarm. 'Look at the invoice together' promises nothing concrete.",
  trig=[("FA", "der Fehlalarm am Samstag geht auf unsere Kappe"), ("FA", "unser Techniker hat bei der Wartung den Bewegungsmelder im Lager falsch eingestellt")])

D("de-AT", "Neue Bankverbindung und neues Zahlungsziel - Rechnung BWA-2026-1176", """
Sehr geehrte Damen und Herren,

wir haben unsere Hausbank gewechselt. Bitte überweisen Sie ab sofort ausschließlich auf unser neues Konto:

Bastion Watch Sicherheitsdienste GmbH
IBAN: AT61 1904 3002 3457 3201
BIC: BWATATW1

Da sich durch die Umstellung Verzögerungen ergeben können, haben wir das Zahlungsziel der Rechnung BWA-2026-1176 über EUR 3.120,00 auf den 30. April verlängert.

Mit freundlichen Grüßen
Buchhaltung
Bastion Watch Sicherheitsdienste GmbH
""", v="TC+SD", why="Typed 'new bank details' (our full IBAN, the classic invoice-fraud pattern) plus an extended due date.",
  nums=[("iban", "AT61 1904 3002 3457 3201")], trig=[("TC", "auf den 30. April verlängert")])
