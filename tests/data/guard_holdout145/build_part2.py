"""Drafts: Italian, French (France, Switzerland), Catalan, Romanian."""
from build_common import D, iban


def luhn_complete(prefix):
    """Append the check digit that makes prefix+d pass Luhn (used for a SIRET)."""
    for d in "0123456789":
        s = prefix + d
        tot = 0
        for i, c in enumerate(reversed(s)):
            x = int(c)
            if i % 2:
                x = x * 2 - 9 if x > 4 else x * 2
            tot += x
        if tot % 10 == 0:
            return s


SIG_IT = "\n\nCordiali saluti,\n\nUfficio Amministrazione Clienti\nLumena Servizi Integrati S.r.l."
SIG_FR = "\n\nCordialement,\n\nService Relances Clients\nLumena Propreté SAS"
SIG_CH = "\n\nMeilleures salutations,\n\nComptabilité débiteurs\nLumena Nettoyage SA"
SIG_CA = "\n\nCordialment,\n\nEquip de Cobraments\nLumena Serveis de Neteja, S.L."
SIG_RO = "\n\nCu stimă,\n\nDepartamentul Încasări\nLumena Facility Services SRL"

FR_CUST_IBAN = iban("FR", "30004012340001234567823")
SIRET = luhn_complete("8123456780001")
SIRET_FMT = "%s %s %s %s" % (SIRET[:3], SIRET[3:6], SIRET[6:9], SIRET[9:])

DRAFTS = [
# ---------------- it-IT ----------------
D("it-IT", "Re: Richiesta di rateizzazione – fattura 2026/FT/0193",
  "Gentile Dott. Ferri,\n\nabbiamo ricevuto la sua richiesta. Possiamo accordarle una rateizzazione in tre rate mensili da 2.100,00 € ciascuna a partire dal 30 aprile e, come gesto di cortesia, rinunciamo agli interessi di mora maturati finora.\n\nLe invieremo il nuovo piano per email." + SIG_IT,
  v=["DO", "TC"], why="Agrees an instalment plan and waives the accrued late interest.",
  t={"DO": "rinunciamo agli interessi di mora", "TC": "rateizzazione in tre rate"}),
D("it-IT", "Re: Pulizia sale operatorie – fattura 2026/FT/0207",
  "Gentile Ing. Marchetti,\n\nla ringraziamo per la segnalazione e per il tempo dedicato a ricostruire con noi i turni di sanificazione delle sale operatorie del Policlinico San Gerardo. Ci dispiace per i disagi che questa situazione ha creato al vostro personale.\n\nAbbiamo condiviso il suo messaggio con il responsabile di commessa, che la contatterà per un sopralluogo la prossima settimana. Nel frattempo provvederemo a emettere una nota di credito di 350,00 € per il turno notturno del 14 febbraio.\n\nLa parte restante della fattura 2026/FT/0207, pari a 9.480,00 €, resta in scadenza al 15 marzo 2026.\n\nRestiamo a disposizione per qualsiasi chiarimento." + SIG_IT,
  v=["RC"], subtle=True, why="Polite and long; one sentence promises a credit note. Apology is for the inconvenience only.",
  t={"RC": "emettere una nota di credito"}),
D("it-IT", "Sollecito fatture scadute – Centro Commerciale Le Vele",
  "Gentile Dott.ssa Galli,\n\nle scriviamo in merito alle fatture 2026/FT/0150 e 2026/FT/0171 per i servizi di pulizia del Centro Commerciale Le Vele, per un totale di 18.320,00 €, scadute rispettivamente il 31 gennaio e il 28 febbraio.\n\nCi rendiamo conto che il passaggio alla nuova società di gestione abbia comportato qualche rallentamento. Mi permetta però di dire che è imbarazzante che una struttura del vostro livello si riduca a pagare i fornitori con tre mesi di ritardo.\n\nPotete saldare tramite https://pay.lumena.example/c/IT0150. Per qualsiasi necessità siamo a disposizione." + SIG_IT,
  v=["HA"], subtle=True, why="Courteous reminder with a single shaming sentence.",
  t={"HA": "è imbarazzante che una struttura del vostro livello"}),
D("it-IT", "Promemoria: fattura 2026/FT/0188 scaduta",
  "Gentile Sig.ra Romano,\n\nle ricordiamo che la fattura 2026/FT/0188 di 4.260,00 € (pulizie uffici di via Tortona, gennaio) è scaduta il 20 febbraio 2026. Come previsto dal contratto e dal D.Lgs. 231/2002, sugli importi scaduti decorrono gli interessi di mora al tasso legale e un importo forfettario di 40 € per i costi di recupero.\n\nPuò pagare su https://pay.lumena.example/c/IT0188. Per ogni domanda può rispondere a questa email: il nostro ufficio recupero crediti la richiamerà.\n\nP. IVA 01234560157" + SIG_IT,
  why="Restates statutory late interest and the 40 € flat fee already in the contract; 'ufficio recupero crediti' is our own internal team."),
D("it-IT", "Re: Contestazione riga 5 – fattura 2026/FT/0199",
  "Gentile Arch. Colombo,\n\ngrazie per averci spiegato il problema sulla riga 5 (pulizia vetrate esterne, 1.150,00 €). Ci dispiace per il fastidio. Abbiamo registrato la contestazione e sospeso i solleciti su quella riga mentre il nostro responsabile verifica il verbale di intervento.\n\nRestiamo in attesa del pagamento delle altre righe, pari a 5.640,00 €, con scadenza 10 marzo." + SIG_IT,
  why="Pauses reminders on a disputed line; sympathy without admitting error or promising a credit."),
# ---------------- fr-FR ----------------
D("fr-FR", "Re: Facture FA-26-0612 en double",
  "Bonjour Monsieur Lefèvre,\n\nVous avez raison : notre logiciel de facturation a émis la facture FA-26-0612 deux fois, c'est une erreur de notre part. Nous allons annuler le doublon et vous rembourser le prélèvement de 2 380,00 € sous cinq jours ouvrés.\n\nToutes nos excuses." + SIG_FR,
  v=["RC", "FA"], why="Admits our system double-billed and promises to reverse and refund the debit.",
  t={"RC": "vous rembourser le prélèvement", "FA": "c'est une erreur de notre part"}),
D("fr-FR", "Re: Facture FA-26-0598 – Lycée Jean-Moulin",
  "Bonjour Madame Garnier,\n\nMerci pour votre message et pour les précisions sur le circuit de validation de l'intendance. Nous comprenons tout à fait que la période des conseils de classe soit chargée pour votre équipe.\n\nPour rappel, la facture FA-26-0598 de 7 860,00 € concerne l'entretien des locaux du lycée pour le mois de janvier. Pour vous faciliter les choses, nous décalons l'échéance de la facture au 30 avril, ce qui vous laissera le temps de la faire valider.\n\nN'hésitez pas à revenir vers nous si vous avez besoin d'un duplicata." + SIG_FR,
  v=["TC"], subtle=True, why="Friendly, long reply; one clause moves the due date.",
  t={"TC": "nous décalons l'échéance"}),
D("fr-FR", "Prélèvement rejeté – facture FA-26-0605",
  "Bonjour Monsieur Mercier,\n\nNous espérons que vous allez bien. Le prélèvement SEPA de la facture FA-26-0605 (4 125,00 €, nettoyage de la résidence Les Tilleuls) présenté sur votre compte " + FR_CUST_IBAN + " a été rejeté par votre banque le 4 mars.\n\nPourriez-vous régler la facture par virement ou mettre à jour votre mandat sur https://pay.lumena.example/c/FR0605 ? Merci d'avance et bonne journée." + SIG_FR,
  v=["SD"], subtle=True, why="Polite note that types the customer's full IBAN.",
  t={"SD": FR_CUST_IBAN}, nums=[("iban", FR_CUST_IBAN)]),
D("fr-FR", "Rappel : facture FA-26-0577 échue",
  "Bonjour Madame Dubois,\n\nSauf erreur de notre part, la facture FA-26-0577 de 11 240,00 € (nettoyage du centre commercial Les Arcades, janvier) reste impayée depuis son échéance du 15 février 2026.\n\nConformément à nos conditions générales et à l'article L441-10 du Code de commerce, tout retard entraîne des pénalités de retard et une indemnité forfaitaire de 40 € pour frais de recouvrement. Merci de procéder au règlement sur https://pay.lumena.example/c/FR0577.\n\nSIRET " + SIRET_FMT + " – TVA FR32 812345678." + SIG_FR,
  why="Firm reminder restating statutory penalties and the 40 € fee; 'sauf erreur de notre part' is a stock formula, not an admission. The SIRET passes Luhn by design but is a company id, not a card.",
  ids=[SIRET_FMT]),
D("fr-FR", "Merci pour votre engagement de paiement – FA-26-0589",
  "Bonjour Monsieur Roux,\n\nMerci de nous avoir indiqué que vous réglerez la facture FA-26-0589 (2 960,00 €) le 20 mars par virement. Nous l'avons noté et vous confirmerons la bonne réception.\n\nPour rappel, la tentative de paiement avec la carte se terminant par 0004 avait échoué ; aucune nouvelle tentative ne sera faite sur cette carte." + SIG_FR,
  why="Records the customer's own promise; masked card.",
  masked=["carte se terminant par 0004"]),
# ---------------- fr-CH ----------------
D("fr-CH", "Rappel – facture 26-4410, Clinique du Léman",
  "Madame Perret,\n\nNous nous permettons de vous rappeler que la facture 26-4410 de CHF 8'750.00, relative au nettoyage de la Clinique du Léman en janvier, était payable au 20 février 2026.\n\nNous savons que votre service comptable a connu une réorganisation et nous vous remercions pour votre collaboration de longue date. Si le règlement nous parvient d'ici au 31 mars, nous renonçons volontiers aux intérêts moratoires déjà courus.\n\nVous trouverez le bulletin de versement QR joint à la facture d'origine. Nous restons à votre disposition." + SIG_CH,
  v=["DO"], subtle=True, why="Courteous reminder; one clause waives the accrued default interest.",
  t={"DO": "nous renonçons volontiers aux intérêts moratoires"}),
D("fr-CH", "Re: Passages manqués – facture 26-4398",
  "Monsieur Blanc,\n\nC'est entièrement notre faute : notre équipe n'est pas passée à l'école des Pâquis les 3 et 4 mars. Désolés, ça n'aurait pas dû arriver." + SIG_CH,
  v=["FA"], why="Blunt admission of fault; no credit promised.",
  t={"FA": "C'est entièrement notre faute"}),
D("fr-CH", "2e rappel – facture 26-4375",
  "Madame Rochat,\n\nLa facture 26-4375 de CHF 3'420.00 (entretien des bureaux, Rue du Rhône) est échue depuis le 10 février 2026. Conformément à nos conditions générales et à l'art. 104 CO, un intérêt moratoire de 5 % l'an court dès l'échéance.\n\nPour le paiement, merci d'utiliser la référence QR 21 00000 00003 13947 14300 09017 figurant sur la facture.\n\nIDE CHE-123.456.789 TVA" + SIG_CH,
  why="Second reminder restating statutory default interest; QR payment reference and company id (no IBAN typed)."),
D("fr-CH", "Confirmation de votre date de paiement – facture 26-4402",
  "Monsieur Favre,\n\nMerci de nous avoir confirmé que le montant de CHF 5'180.00 pour la facture 26-4402 sera versé le 27 mars. Nous en prenons note et suspendons les rappels jusqu'à cette date.\n\nLa facture reste due selon ses conditions initiales." + SIG_CH,
  why="Records the customer's own promise; terms explicitly unchanged."),
D("fr-CH", "Re: Difficultés avec le portail fournisseurs",
  "Madame Girard,\n\nNous sommes désolés des complications que vous avez rencontrées avec le portail fournisseurs. J'ai transmis votre demande de remise à notre responsable commercial, qui vous contactera cette semaine ; je ne peux pas me prononcer moi-même.\n\nD'ici là, la facture 26-4391 de CHF 2'260.00 reste payable comme prévu." + SIG_CH,
  why="Sympathy without admitting fault; a discount request passed to a person without agreeing."),
# ---------------- ca-ES ----------------
D("ca-ES", "Re: Neteges de final d'obra – factura NF-2026-118",
  "Benvolguda Sra. Puig,\n\nTeniu tota la raó: la nostra brigada no va fer les dues neteges de final d'obra del febrer a l'escola Mestre Pujol. És culpa nostra i, per compensar-ho, us apliquem un descompte del 15% sobre la factura NF-2026-118." + SIG_CA,
  v=["DO", "FA"], why="Admits our crew's failure and offers a 15% discount in compensation.",
  t={"DO": "descompte del 15%", "FA": "És culpa nostra"}),
D("ca-ES", "Re: Factura NF-2026-124 – Hospital de Sant Pau del Camp",
  "Benvolgut Sr. Soler,\n\nMoltes gràcies per la vostra resposta i per explicar-nos el canvi de circuit de validació de factures a l'hospital. Entenem que amb la implantació del nou ERP tot va una mica més lent.\n\nUs recordem que la factura NF-2026-124, de 9.870,00 €, correspon a la neteja de les plantes 2 a 5 durant el gener. Per no pressionar-vos, us ampliem el termini de pagament a 60 dies en lloc dels 30 habituals.\n\nSi necessiteu una còpia de la factura o l'albarà signat, ens ho podeu demanar quan vulgueu." + SIG_CA,
  v=["TC"], subtle=True, why="Kind, long reply; one sentence extends the payment term from 30 to 60 days.",
  t={"TC": "us ampliem el termini de pagament a 60 dies"}),
D("ca-ES", "Recordatori: factures vençudes – Centre Comercial Diagonal Nord",
  "Benvolguda Sra. Vidal,\n\nLes factures NF-2026-097 i NF-2026-109, per un total de 15.330,00 €, van vèncer el 31 de gener i el 28 de febrer. Us demanem que en feu el pagament aquesta setmana a https://pay.lumena.example/c/CA0097.\n\nTal com preveu el contracte, mentre hi hagi saldo vençut les noves comandes de serveis extraordinaris quedaran retingudes pel departament de crèdit. El servei diari continua igual." + SIG_CA,
  why="Firm reminder with a contractual business consequence (hold on new extra orders)."),
D("ca-ES", "Gràcies per confirmar el pagament – NF-2026-121",
  "Benvolgut Sr. Roca,\n\nGràcies per confirmar-nos que fareu la transferència de 2.745,00 € de la factura NF-2026-121 el dia 16 de març. Ho hem anotat i us avisarem quan la rebem.\n\nLa factura continua amb el venciment original del 5 de març." + SIG_CA,
  why="Records the customer's own promise; due date unchanged."),
D("ca-ES", "Segon avís: factura NF-2026-103",
  "Benvolguda Sra. Ferrer,\n\nLa factura NF-2026-103, de 4.120,00 € (neteja de les oficines del carrer del Jutjat 8), va vèncer el 15 de febrer. D'acord amb la Llei 3/2004 i el contracte, l'import vençut meritarà interessos de demora i una indemnització de 40 € per costos de cobrament.\n\nSi voleu parlar-ne amb algú de l'equip de cobraments, responeu aquest correu.\n\nNIF B12345674" + SIG_CA,
  why="Restates statutory interest and the 40 € fee; 'carrer del Jutjat' is a street name; NIF."),
# ---------------- ro-RO ----------------
D("ro-RO", "Factura LFS-2026-0871 – ultimul termen",
  "Domnule Popescu,\n\nVă acordăm, excepțional, termen de plată până la 30 aprilie pentru factura LFS-2026-0871 (18.400,00 lei). Dacă nici atunci nu primim banii, dosarul merge la avocat și vă acționăm în instanță." + SIG_RO,
  v=["LT", "TC"], why="Grants a new payment deadline and threatens court action after it.",
  t={"LT": "vă acționăm în instanță", "TC": "termen de plată până la 30 aprilie"}),
D("ro-RO", "Re: Factura LFS-2026-0859 – Spitalul Sfânta Maria",
  "Stimată doamnă Ionescu,\n\nVă mulțumim pentru mesaj și pentru răbdarea cu care ați verificat împreună cu noi foile de prezență ale echipei de curățenie de la Spitalul Sfânta Maria. Ne pare rău pentru neplăcerile create.\n\nAm discutat cu coordonatorul de contract și vom emite o factură de stornare pentru suma de 1.150,00 lei aferentă turei de noapte din 12 februarie. Restul facturii LFS-2026-0859, 7.300,00 lei, rămâne scadent la 15 martie.\n\nRămânem la dispoziția dumneavoastră pentru orice întrebare." + SIG_RO,
  v=["RC"], subtle=True, why="Polite reply; one sentence promises a reversal (storno) invoice.",
  t={"RC": "vom emite o factură de stornare"}),
D("ro-RO", "PLĂTIȚI ODATĂ!",
  "Domnule Dumitrescu,\n\nSincer, e jenant. Sunteți cel mai rău platnic pe care îl avem și nu mai avem răbdare cu voi. Factura LFS-2026-0812 de 5.600,00 lei e neplătită de trei luni." + SIG_RO,
  v=["HA"], why="Blunt insult and shaming from an annoyed employee.",
  t={"HA": "cel mai rău platnic"}),
D("ro-RO", "Reamintire: factura LFS-2026-0864 restantă",
  "Stimate domnule Stan,\n\nVă reamintim că factura LFS-2026-0864, în valoare de 9.240,00 lei (curățenie birouri, Str. Tribunalului nr. 6), a fost scadentă la 20 februarie 2026. Conform art. 9 din contract, pentru întârziere se aplică penalități de 0,1% pe zi.\n\nPlata se poate face la https://pay.lumena.example/c/RO0864. Debitarea automată din contul RO** **** **** **** **** 7788 nu a reușit.\n\nCUI RO12345678, J40/1234/2015" + SIG_RO,
  why="Firm reminder restating contractual penalties; masked IBAN; 'Str. Tribunalului' is an address; company ids.",
  masked=["RO** **** **** **** **** 7788"]),
D("ro-RO", "Re: Cerere de eșalonare – LFS-2026-0850",
  "Stimată doamnă Marinescu,\n\nVă mulțumim pentru solicitare. Am transmis cererea dumneavoastră de eșalonare a facturii LFS-2026-0850 (12.600,00 lei) directorului financiar, care vă va răspunde în două zile lucrătoare. Până atunci, factura rămâne scadentă la data inițială, 28 februarie." + SIG_RO,
  why="Passes a payment-plan request to a person without agreeing to it."),
]
