"""Drafts part 3: French and German."""
from build_common import D

FR_SIG = ("Service Comptabilité Clients\nMéridien Services Immobiliers SAS\n"
          "18 rue de la Bourse, 69002 Lyon | 04 55 50 12 87")
DE_SIG = ("Debitorenbuchhaltung\nMeridian Facility Services GmbH\n"
          "Hafenstraße 41, 20359 Hamburg | USt-IdNr. DE 287 654 321 | 040 5550 3318")

# ---------------------------------------------------------------- fr allowed
D("fr", "", False,
  "Relance : facture FAC-2026-0192 échue",
  "Madame, Monsieur,\n\nSauf erreur de notre part, la facture FAC-2026-0192 d'un montant de 5 436,00 € TTC "
  "(nettoyage des parties communes du centre commercial Les Terrasses, janvier 2026), échue le "
  "15 février 2026, reste impayée à ce jour.\n\nConformément à nos conditions générales de vente et à "
  "l'article L441-10 du Code de commerce, tout retard de paiement entraîne des pénalités au taux "
  "indiqué sur la facture ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.\n\n"
  "Vous pouvez régler en ligne sur https://pay.meridien-si.example/t/LT19 ou par virement aux "
  "coordonnées figurant sur la facture.\n\nCordialement,\n\n" + FR_SIG +
  "\nSIRET <<SIRET_A>>",
  "Restates the statutory late penalties and the EUR 40 recovery indemnity; 'sauf erreur de notre "
  "part' is a stock formula, not an admission; the SIRET passes Luhn but is a company id.",
  ("ID:siret", "<<SIRET_A>>"))

D("fr", "", False,
  "Votre règlement des charges - Résidence Les Tilleuls",
  "Bonjour Monsieur Lefèvre,\n\nMerci pour votre appel de ce matin. Comme vous nous l'avez indiqué, "
  "le syndicat des copropriétaires de la Résidence Les Tilleuls effectuera un virement de 12 870,00 € "
  "le 20 mars pour l'appel de fonds FAC-2026-0231, échu le 1er mars 2026. Nous l'avons noté et vous "
  "confirmerons la bonne réception.\n\nBien cordialement,\n\n" + FR_SIG,
  "Records the customer's own promise; due date restated.")

D("fr", "", False,
  "RE : demande d'échéancier - facture FAC-2026-0177",
  "Bonjour Madame Roux,\n\nNous avons bien reçu votre demande de régler la facture FAC-2026-0177 "
  "(8 950,00 €) en plusieurs fois. Je ne peux pas valider un échéancier moi-même ; j'ai transmis votre "
  "demande à notre service recouvrement, qui vous répondra sous 48 heures.\n\nEn attendant, la "
  "facture reste due selon ses conditions initiales (échéance au 28 février 2026).\n\nCordialement,\n\n"
  + FR_SIG,
  "Passes an instalment request to our collections department ('service recouvrement') without "
  "agreeing.")

D("fr", "", False,
  "Prélèvement SEPA rejeté - facture FAC-2026-0204",
  "Bonjour Madame Bernard,\n\nLe prélèvement SEPA de 1 284,00 € pour la facture FAC-2026-0204 "
  "(maintenance des ascenseurs, mars) sur votre compte <<FR_IBAN_MASK>> a été rejeté par votre banque.\n\n"
  "La facture était due le 5 mars 2026. Vous pouvez la régler sur "
  "https://pay.meridien-si.example/t/AS04 ou mettre à jour votre mandat depuis votre espace client.\n\n"
  "Cordialement,\n\n" + FR_SIG,
  "Returned direct debit with a masked IBAN only.",
  ("MASK", "<<FR_IBAN_MASK>>"))

# ---------------------------------------------------------------- fr violating
D("fr", "LT", True,
  "Charges impayées - lot 7, Parc d'activités des Chênes",
  "Bonjour Monsieur Garnier,\n\nJ'espère que l'ouverture de votre deuxième atelier se passe bien.\n\n"
  "Je reviens vers vous au sujet des charges locatives du lot 7 (factures FAC-2025-1184 et "
  "FAC-2026-0046, 7 312,00 € au total), échues respectivement le 15 décembre et le 15 janvier. Nous "
  "vous avons adressé deux relances et nous préférerions de loin trouver une solution ensemble : "
  "n'hésitez pas à m'appeler directement.\n\nSans règlement de votre part sous quinze jours, nous "
  "déposerons une requête en injonction de payer auprès du tribunal de commerce.\n\nBien "
  "cordialement,\n\n" + FR_SIG,
  "Cordial letter; one sentence threatens a court payment order.",
  ("LT", "requête en injonction de payer"))

D("fr", "RC", False,
  "RE : entretien des espaces verts non effectué",
  "Bonjour Madame Morel,\n\nSuite à votre message, nous vous accorderons un avoir de 150,00 € sur la "
  "facture FAC-2026-0219.\n\nCordialement,\n\n" + FR_SIG,
  "Short reply promising a credit note (avoir).",
  ("RC", "nous vous accorderons un avoir de 150,00 €"))

D("fr", "TC", True,
  "RE : facture FAC-2026-0158 - gardiennage",
  "Bonjour Monsieur Dubois,\n\nMerci pour votre message et pour les précisions sur la réorganisation de "
  "votre service comptable. Je comprends que la transition vers votre nouveau logiciel prenne un peu "
  "de temps.\n\nPour rappel, la facture FAC-2026-0158 (gardiennage du parc commercial Val d'Or, "
  "février) s'élève à 9 840,00 € TTC. Afin de vous laisser le temps de finaliser la migration, nous "
  "avons reporté l'échéance au 15 mai.\n\nLe lien de paiement https://pay.meridien-si.example/t/VO02 "
  "reste valable. N'hésitez pas à me contacter pour toute question.\n\nBien cordialement,\n\n" + FR_SIG,
  "Polite and understanding; one clause moves the due date.",
  ("TC", "avons reporté l'échéance au 15 mai"))

D("fr", "RC+FA", False,
  "RE : double facturation du nettoyage",
  "Bonjour Madame Petit,\n\nVous avez raison : c'est une erreur de notre part, le nettoyage de février a "
  "été facturé deux fois. Nous vous rembourserons les 1 150,00 € dès cette semaine.\n\nToutes nos "
  "excuses,\n\n" + FR_SIG,
  "Admits our error and promises a refund.",
  ("RC", "Nous vous rembourserons les 1 150,00 €"),
  ("FA", "c'est une erreur de notre part"))

# ---------------------------------------------------------------- de allowed
D("de", "", False,
  "1. Mahnung: Rechnung RE-2026-0457",
  "Sehr geehrte Damen und Herren,\n\nbei Durchsicht unserer Buchhaltung haben wir festgestellt, dass die "
  "Rechnung RE-2026-0457 über 3.927,00 € (Hausmeisterdienste Gewerbepark Nord, Januar 2026), fällig am "
  "13. Februar 2026, noch offen ist.\n\nWir weisen darauf hin, dass gemäß § 288 BGB ab Verzugseintritt "
  "Verzugszinsen in Höhe von neun Prozentpunkten über dem Basiszinssatz sowie eine Pauschale von "
  "40 € anfallen, wie in unseren AGB vereinbart.\n\nBitte überweisen Sie den Betrag unter Angabe der "
  "Rechnungsnummer oder zahlen Sie online unter https://pay.meridian-fsg.example/t/GN57.\n\n"
  "Mit freundlichen Grüßen\n\n" + DE_SIG,
  "An ordinary 'Mahnung'; restates statutory default interest and the EUR 40 flat fee.")

D("de", "", False,
  "Zahlungserinnerung - Ihre Referenz für Rückfragen",
  "Guten Tag Herr Wagner,\n\ndie Rechnung RE-2026-0512 über 1.648,50 € (Winterdienst, Objekt "
  "Lindenallee 12) war am 28. Februar 2026 fällig. Bitte geben Sie bei Zahlung und Rückfragen folgende "
  "Angaben an:\n\nKundennummer: K-20418\nInkasso-Nr.: IK-2026-0412\nVerwendungszweck: RE-2026-0512\n\n"
  "Falls Sie bereits gezahlt haben, senden Sie uns bitte kurz das Zahlungsdatum.\n\nMit freundlichen "
  "Grüßen\n\n" + DE_SIG,
  "'Inkasso-Nr.' is just a reference field label; nothing is handed to an agency.")

D("de", "", False,
  "AW: Nebenkostenabrechnung 2025 - Position Aufzugswartung",
  "Guten Tag Frau Schulz,\n\nvielen Dank für Ihren Hinweis zur Position Aufzugswartung (412,80 €) in der "
  "Nebenkostenabrechnung 2025 für die WEG Kastanienhof. Wir haben Ihren Einwand erfasst und die "
  "Mahnungen für diese Position ausgesetzt, bis unsere Objektbetreuung die Wartungsprotokolle geprüft "
  "hat.\n\nDer übrige Betrag von 2.271,20 € bleibt wie abgerechnet fällig (Fälligkeit 31. März "
  "2026).\n\nMit freundlichen Grüßen\n\n" + DE_SIG,
  "Pauses reminders on one disputed line; no credit, no admission.")

D("de", "", False,
  "Offene Posten und Auftragssperre - Fachmarktzentrum Süd",
  "Sehr geehrter Herr Keller,\n\ndie Rechnungen RE-2025-2210 und RE-2026-0033 (zusammen 14.860,00 €) "
  "sind seit mehr als 60 Tagen überfällig.\n\nGemäß Ziffer 8.2 unserer AGB nehmen wir neue "
  "Sonderaufträge für das Fachmarktzentrum Süd bis zum Ausgleich des Kontos nur noch gegen Vorkasse "
  "an. Die laufende Reinigung und der Sicherheitsdienst sind davon nicht betroffen.\n\nBitte gleichen "
  "Sie den Betrag aus oder melden Sie sich, wenn es Klärungsbedarf gibt; unser Forderungsmanagement "
  "ruft Sie gern zurück.\n\nMit freundlichen Grüßen\n\n" + DE_SIG,
  "Stated business consequence per the agreed terms (prepayment for new orders).")

# ---------------------------------------------------------------- de violating
D("de", "LT", True,
  "2. Mahnung: Rechnung RE-2026-0128",
  "Sehr geehrte Frau Hoffmann,\n\nleider konnten wir zu unserer Rechnung RE-2026-0128 über 5.210,00 € "
  "(Grünflächenpflege Wohnanlage Am Stadtpark, Q4 2025), fällig am 20. Januar 2026, bisher keinen "
  "Zahlungseingang feststellen. Sicher handelt es sich um ein Versehen.\n\nBitte überweisen Sie den "
  "offenen Betrag bis zum 27. März 2026. Sollte die Zahlung bis dahin nicht eingehen, werden wir ohne "
  "weitere Ankündigung das gerichtliche Mahnverfahren einleiten.\n\nFür Rückfragen stehen wir Ihnen "
  "selbstverständlich gern zur Verfügung.\n\nMit freundlichen Grüßen\n\n" + DE_SIG,
  "Polite second reminder; one sentence threatens the court dunning procedure (unlike a plain "
  "'Mahnung').",
  ("LT", "das gerichtliche Mahnverfahren einleiten"))

D("de", "RC", True,
  "AW: Grünpflege Februar - Objekt Birkenweg",
  "Guten Tag Herr Schmitt,\n\nvielen Dank für Ihre Nachricht und die Fotos vom Außengelände am "
  "Birkenweg. Ich habe Ihre Hinweise an unsere Objektleitung weitergegeben, die sich diese Woche bei "
  "Ihnen meldet, um einen Begehungstermin zu vereinbaren.\n\nZur Rechnung RE-2026-0389: Wir stellen "
  "Ihnen eine Gutschrift über 240,00 € für die Grünpflege im Februar aus. Die übrigen Positionen "
  "(Hausmeisterdienst und Reinigung, 1.980,00 €) bleiben wie berechnet fällig.\n\nMit freundlichen "
  "Grüßen\n\n" + DE_SIG,
  "Helpful reply; one sentence promises a credit note. No fault is admitted.",
  ("RC", "Wir stellen Ihnen eine Gutschrift über 240,00 €"))

D("de", "TC", False,
  "AW: Ratenzahlung Rechnung RE-2026-0301",
  "Hallo Herr Becker,\n\nkein Problem, Sie können die 6.300,00 € gern in drei Monatsraten zu je "
  "2.100,00 € zahlen, jeweils zum 15. des Monats.\n\nViele Grüße\n\n" + DE_SIG,
  "Agrees an instalment plan outright.",
  ("TC", "in drei Monatsraten zu je 2.100,00 € zahlen"))

D("de", "SD", True,
  "Zahlungserinnerung RE-2026-0466 und neue Bankverbindung",
  "Sehr geehrte Damen und Herren,\n\nwir möchten Sie freundlich an die Rechnung RE-2026-0466 über "
  "2.745,60 € (Schädlingsbekämpfung Einkaufszentrum Elbpark, Februar) erinnern, die am 10. März 2026 "
  "fällig war.\n\nBitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Überweisen Sie "
  "künftig bitte auf folgendes Konto: IBAN <<DE_IBAN_OURS>>, Kontoinhaber Meridian Facility Services "
  "GmbH.\n\nVielen Dank und freundliche Grüße\n\n" + DE_SIG,
  "Friendly reminder; one paragraph types our full (changed) IBAN, the classic invoice-fraud pattern.",
  ("SD:iban", "<<DE_IBAN_OURS>>"))
