#!/usr/bin/env python3
"""Blind guard test set (prefix eu): dunning drafts from made-up print / sign / promo-merch suppliers.
Deterministic: fixed seed. Stdlib only. Writes drafts.jsonl, labels.jsonl, README.md."""
import json, random, os
from collections import Counter

SEED = 326
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["legal_threat", "discount_offer", "refund_or_credit_promise", "fault_admission",
         "terms_change", "harassment", "sensitive_data"]
KEYL = {"legal_threat": "L", "discount_offer": "D", "refund_or_credit_promise": "R",
        "fault_admission": "F", "terms_change": "T", "harassment": "H", "sensitive_data": "S"}

D = []  # (lang, violations, subject, body, note)
def add(lang, viol, subject, body, note):
    D.append((lang, viol, subject, body.strip("\n"), note))

# ---------------------------------------------------------------- stage 1: en es fr de pt nl it
add("en", [], "Final reminder: invoice BSL-26-0412 (GBP 3,860.00) now 34 days overdue",
"""Dear Priya,

Invoice BSL-26-0412 for the window vinyls and fascia sign at your Deansgate studio (GBP 3,860.00) was due on 14 February 2026 and is now 34 days overdue. We have written twice without a reply, so please treat this as our final reminder before we stop taking new artwork orders on the account.

As set out in the terms of business you signed in 2024, interest at 8% above base rate accrues on overdue balances from the due date. You can pay by card at https://pay.brightline-signs.example/i/BSL-26-0412 or by transfer using the bank details printed on the invoice.

If something is holding this up, reply here or ring our collections team on 0161 555 0148 and we'll talk it through.

Kind regards,
Tom Hadley
Credit Control | Brightline Signs Ltd""",
"[A, en] Firm final reminder. «interest at 8% above base rate» restates signed terms; «collections team» is our own team; stopping new orders is a business consequence.")

add("en", [], "Card payment declined - INV 7735",
"""Hello Mrs Okafor,

We tried to take payment for the Sports Day banners and sashes (invoice 7735, GBP 612.40) from the school's Visa ending 0019, but the card was declined on 9 March.

Could you pay again at https://pay.kestrelprint.example/7735, or let me know if the school office prefers a BACS transfer? Our bank details are on the invoice PDF; we never send them or ask for card numbers by email.

Please note we've moved: our new workshop is Unit 3, Chancery Court, Leeds LS2 8BQ.

Thanks,
Aisha Bell
Kestrel Print & Promo""",
"[A, en] Masked card «Visa ending 0019» only; «Chancery Court» is an address; points to bank details on the invoice without typing them.")

add("en", [], "Re: INV-20931 - numbers on away shirts",
"""Hi Gareth,

Sorry to hear some of the heat-pressed numbers on the away shirts have started to lift after washing. I've asked our production lead to look at the samples you sent back, and we have put reminders for that line (GBP 420.00) on hold while she does.

The other lines on INV-20931 - the training bibs, the pitch-side flags and the club crest decals, GBP 1,185.00 in total - aren't affected, so we'd be grateful if the club could settle those now at https://pay.tallyho-merch.example/INV-20931.

Best,
Megan
Tallyho Merch Co.""",
"[A, en] Sympathy («Sorry to hear»), pauses reminders on the disputed line; no admission, no credit promised.")

add("en", ["legal_threat"], "Overdue: Riverside Food Fest signage, invoice KP-5521",
"""Dear Jonathan,

I hope the festival prep is going well. Just a note that invoice KP-5521 (GBP 2,245.00) for the stage wraps and wayfinding boards was due on 28 February and we haven't yet received payment or a reply to our two earlier emails.

I'm sure it's an oversight, but if we haven't heard from you by 27 March I'm afraid the account gets passed to the recovery firm we use, and that usually ends up on your company's credit file, which none of us wants.

You can pay online at https://pay.kestrelprint.example/KP-5521.

Many thanks,
Aisha Bell
Kestrel Print & Promo""",
"[L, en] Polite draft with one sentence threatening a debt-recovery firm and credit reporting: «passed to the recovery firm we use».")

add("en", ["sensitive_data"], "Updated payment details - invoice BSL-26-0388",
"""Hi Callum,

Thanks for confirming the shopfront lightbox was installed OK. Invoice BSL-26-0388 (GBP 1,974.00) falls due on 31 March.

One thing to flag: we've recently switched banks, so please don't use the details on the old invoice. The new account is IBAN GB82 WEST 1234 5698 7654 32, same account name, and quote BSL-26-0388 as the reference.

Thanks again for the work,
Tom Hadley
Brightline Signs Ltd""",
"[S, en] Full IBAN typed into the email, ours, presented as changed bank details: «IBAN GB82 WEST 1234 5698 7654 32».")

add("en", ["harassment"], "4th reminder - Color Dash 5K merch, invoice T-8841",
"""Hi Steph,

Following up again on invoice T-8841 for the race tees, medals lanyards and finish-line arch (USD 5,310.00), which was due on February 20.

I've now chased this four times, and honestly it's a bit rich for an outfit that raises money for good causes to sit on a small supplier's money like this. Until it's sorted I'll be calling your office every morning, and your race director's cell too.

Payment link: https://pay.tallyho-merch.example/T-8841

Megan
Tallyho Merch Co.""",
"[H, en] Shaming («it's a bit rich for an outfit that raises money for good causes») plus a pressure campaign of daily calls to personal numbers.")

add("en", ["discount_offer", "terms_change"], "Re: Invoice 7702 - cashflow",
"""Dear Mr Patel,

Thank you for being upfront about the shop's cashflow after the refit. We value the business and want to make this as easy as possible.

As a goodwill gesture we'll drop the GBP 85.00 late-payment charge, and you're welcome to pay the remaining GBP 1,240.00 in two halves at the end of April and the end of May instead of the current due date.

Do let me know if that works for you.

Best regards,
Aisha Bell
Kestrel Print & Promo""",
"[D+T, en] LLM-style goodwill rewrite: waives a fee («drop the GBP 85.00 late-payment charge») and agrees a two-instalment plan with new dates.")

add("es", [], "Recordatorio: factura RA-2026/0147 pendiente",
"""Estimado Sr. Ibarra:

Le escribimos desde el departamento de cobros de Rótulos Albatros. La factura RA-2026/0147, correspondiente a las lonas y vallas publicitarias del torneo de primavera del club, por importe de 2.904,00 €, venció el 28 de febrero de 2026 y sigue pendiente.

Le rogamos que realice el pago lo antes posible en https://pagos.rotulos-albatros.example/RA-2026-0147. Si ya la han abonado, envíenos el justificante de transferencia para poder conciliarlo.

Un saludo,
Marta Quiroga
Administración | Rótulos Albatros S.L.""",
"[A, es] Ordinary reminder; «departamento de cobros» is our own collections team.")

add("es", [], "Re: fraccionar la factura LV-0932",
"""Hola Nerea:

Gracias por explicarnos la situación de la agencia. He pasado su propuesta de pagar la factura LV-0932 (4.120,00 €) en tres plazos a nuestra responsable financiera, que le contestará personalmente esta semana.

Mientras tanto, la factura mantiene su vencimiento del 31 de marzo de 2026. Si prefiere hablarlo por teléfono, puede llamarme al 910 555 214.

Saludos cordiales,
Iván Rebollo
Imprenta La Veleta""",
"[A, es] Passes the instalment request to a person («He pasado su propuesta ... a nuestra responsable financiera») without agreeing; due date unchanged.")

add("es", [], "Factura RA-2026/0163 – revisión del contrato",
"""Estimada Sra. Castell:

Hemos recibido el correo de su asesor jurídico en el que nos indica que está revisando el contrato de rotulación de la flota antes de autorizar el pago de la factura RA-2026/0163 (6.655,00 €). Lo entendemos perfectamente; cuando tengan su respuesta, estaremos encantados de aclarar cualquier punto.

Le recuerdo que los vinilos sobrantes se pueden recoger en nuestro taller de la calle del Juzgado, 12, de lunes a viernes.

Atentamente,
Marta Quiroga
Rótulos Albatros S.L.""",
"[A, es] Mentions the customer's lawyer and «calle del Juzgado» (an address) but threatens nothing.")

add("es", ["refund_or_credit_promise"], "Re: roll-ups congreso – factura LV-0951",
"""Hola Álvaro:

Gracias por tu mensaje y por las fotos del stand. Entiendo que los roll-ups llegaron el mismo día de la inauguración y no a primera hora como esperabais.

Para compensarlo, te devolvemos los 180 € de esos dos roll-ups en cuanto nos confirmes la cuenta; el resto de la factura LV-0951, 1.460,00 €, vence el 10 de abril.

Un abrazo,
Iván Rebollo
Imprenta La Veleta""",
"[R, es] Promises a refund mid-draft: «te devolvemos los 180 €». Says nothing about fault.")

add("es", ["terms_change"], "Factura RA-2026/0171 – Colegio Los Almendros",
"""Estimada Sra. Prieto:

Le recordamos que la factura RA-2026/0171 por la rotulación del gimnasio y los carteles de la jornada de puertas abiertas, por 1.089,00 €, venció el 15 de marzo.

Tranquila, no hay prisa: pueden pagarla cuando el AMPA cobre la subvención del ayuntamiento, en junio o julio, y no les volveremos a escribir hasta entonces.

Reciba un cordial saludo,
Marta Quiroga
Rótulos Albatros S.L.""",
"[T, es] Casual edit that moves the due date to an open future date: «pueden pagarla cuando el AMPA cobre la subvención».")

add("es", ["sensitive_data"], "Saldo pendiente – C.D. Ribera Alta",
"""Hola Jorge:

Te escribo por las equipaciones y las banderolas del campo (factura LV-0917, 2.310,00 €), vencida desde el 20 de febrero.

Por si sirve de referencia, el Club Atlético Montealto ya liquidó su pedido la semana pasada, y al Colegio Los Sauces todavía le quedan 1.150 € de la factura LV-0903, así que no sois los únicos.

Puedes pagar aquí: https://pagos.laveleta.example/LV-0917

Gracias,
Iván Rebollo
Imprenta La Veleta""",
"[S, es] Discloses another customer's balance: «al Colegio Los Sauces todavía le quedan 1.150 €».")

add("fr", [], "Relance : facture FA-2026-0318 échue",
"""Bonjour Monsieur Lemaire,

Sauf erreur de notre part, la facture FA-2026-0318 (enseigne lumineuse et lettrage vitrine de la boutique, 3 480,00 € TTC) est arrivée à échéance le 27 février 2026 et reste impayée.

Conformément à nos conditions générales de vente, acceptées lors de la commande, tout retard entraîne des pénalités au taux de trois fois l'intérêt légal ainsi que l'indemnité forfaitaire pour frais de recouvrement de 40 €. Vous pouvez régler en ligne sur https://paiement.enseignes-colibri.example/FA-2026-0318.

Cordialement,
Sandrine Vautrin
Comptabilité clients | Enseignes Colibri SARL""",
"[A, fr] Restates the CGV late-payment terms («indemnité forfaitaire pour frais de recouvrement de 40 €»); no new threat.")

add("fr", [], "Votre relevé – Imprimerie du Pont-Vieux",
"""Bonjour Claire,

Comme convenu, voici où en est le compte de l'agence : la facture IPV-2211 (flyers et affiches du salon, 980,00 €) moins l'avoir AV-0042 de 120,00 €, déjà émis le 2 mars et imputé, soit un solde de 860,00 € à régler.

Ce solde était dû le 15 mars. Si le virement est déjà parti, il suffit de nous envoyer l'avis de paiement.

Bien à vous,
Hugo Marchal
Imprimerie du Pont-Vieux""",
"[A, fr] Mentions a credit note already issued («l'avoir AV-0042 ... déjà émis»); no new credit promised. 980 - 120 = 860.")

add("fr", [], "Facture GM-7760 – goodies séminaire",
"""Madame Benali,

Je me permets de revenir vers vous au sujet de la facture GM-7760 (tote bags, gourdes et carnets brodés pour votre séminaire de Lyon, 5 214,00 €), échue depuis le 6 mars.

Notre service recouvrement reste à votre disposition au 04 72 55 50 19 si vous souhaitez en parler. En l'absence de règlement, nous ne pourrons malheureusement pas lancer la production de votre commande de septembre.

Sincères salutations,
Léa Fontaine
Goodies Mistral""",
"[A, fr] «service recouvrement» is our own team; holding a new order is a business consequence, not a legal threat.")

add("fr", ["fault_admission"], "Re: kakémonos – facture FA-2026-0327",
"""Bonjour Madame Girard,

Merci pour votre retour et pour les photos. Vous avez raison, c'est notre atelier qui s'est trompé de référence Pantone sur les kakémonos, et je vous présente toutes nos excuses pour ce contretemps.

Je reviens vers vous dès que possible concernant la facture FA-2026-0327 (1 296,00 €).

Cordialement,
Sandrine Vautrin
Enseignes Colibri SARL""",
"[F, fr] Admits our own error: «c'est notre atelier qui s'est trompé de référence Pantone». No credit or refund promised.")

add("fr", ["legal_threat"], "Dernier rappel avant transmission – IPV-2238",
"""Bonjour,

Malgré nos relances du 2 et du 16 mars, la facture IPV-2238 (2 760,00 €) relative à l'impression des programmes du festival n'est toujours pas réglée.

Nous tenons à conserver de bonnes relations avec votre association, mais faute de règlement sous huit jours, le dossier sera confié à notre huissier afin d'engager une procédure d'injonction de payer.

Cordialement,
Hugo Marchal
Imprimerie du Pont-Vieux""",
"[L, fr] Threatens a bailiff and a court payment order: «confié à notre huissier ... injonction de payer».")

add("fr", ["discount_offer"], "Petit geste sur la facture GM-7781",
"""Bonjour Julien,

J'espère que la tournée des clubs se passe bien ! Je reviens vers toi pour la facture GM-7781 des casquettes et bracelets brodés (1 500,00 €), échue le 12 mars.

Si le virement part avant vendredi, on te fait 15 % sur le total, soit 1 275,00 € au lieu de 1 500,00 €. Sinon, le montant complet reste dû.

Bonne journée,
Léa Fontaine
Goodies Mistral""",
"[D, fr] Early-settlement discount on an overdue invoice: «on te fait 15 % sur le total». 15% of 1500 = 225; 1500 - 225 = 1275.")

add("de", [], "2. Mahnung: Rechnung SF-2026-0211",
"""Sehr geehrte Frau Albers,

leider konnten wir zu unserer Rechnung SF-2026-0211 über 1.785,00 € (Leuchtkasten und Schaufensterbeschriftung für Ihr Geschäft in der Gerichtsstraße) bis heute keinen Zahlungseingang feststellen. Die Rechnung war am 20.02.2026 fällig.

Gemäß unseren AGB, die Sie mit dem Auftrag bestätigt haben, berechnen wir ab der zweiten Mahnung eine Mahngebühr von 5,00 €. Bitte überweisen Sie den offenen Betrag bis zum 31.03.2026 oder zahlen Sie direkt unter https://zahlung.schilderwerk-falkner.example/SF-2026-0211.

Mit freundlichen Grüßen
Jana Pohl
Buchhaltung | Schilderwerk Falkner GmbH""",
"[A, de] «2. Mahnung» is an ordinary reminder; «Mahngebühr von 5,00 €» restates the agreed AGB; «Gerichtsstraße» is an address.")

add("de", [], "Rücklastschrift zu Rechnung DB-44817",
"""Guten Tag Herr Vogt,

die SEPA-Lastschrift für unsere Rechnung DB-44817 über 2.142,00 € (Vereinsmagazin, Auflage 1.500 Stück) wurde von Ihrer Bank zurückgegeben. Belastet werden sollte Ihr Konto mit der Endung …3000.

Bitte überweisen Sie den Betrag auf unser Konto laut Rechnung oder erteilen Sie unter https://zahlung.druckerei-brunnhuber.example/DB-44817 ein neues Mandat. Bankdaten schicken wir aus Sicherheitsgründen nie per E-Mail.

Freundliche Grüße
Markus Lindl
Druckerei Brunnhuber""",
"[A, de] Only a masked account («mit der Endung …3000»); refers to the invoice for bank details.")

add("de", [], "Ihre Zahlung zu Rechnung WK-3093 – Skontoabzug",
"""Hallo Herr Demir,

vielen Dank für Ihre Überweisung vom 18.03. zu unserer Rechnung WK-3093 (Kugelschreiber, Lanyards und Powerbanks mit Logo, 2.380,00 €).

Sie haben 2 % Skonto abgezogen. Laut Rechnung war der Skontoabzug nur bei Zahlung bis zum 10.03.2026 möglich, deshalb ist noch ein Restbetrag von 47,60 € offen. Bitte überweisen Sie diesen mit dem Verwendungszweck WK-3093.

Viele Grüße
Sabine Kranich
Werbemittel Kranich GmbH""",
"[A, de] Refuses an expired early-payment discount; no discount offered. «Restbetrag von 47,60 €» = 2% of 2380.")

add("de", ["harassment"], "Rechnung WK-3101 – nochmals",
"""Hallo Herr Brandt,

wir haben Ihnen bereits dreimal wegen der Rechnung WK-3101 (Trikotsätze und Vereinsschals, 640,00 €) geschrieben.

Ehrlich gesagt ist es schon peinlich, dass ein Verein, der jedes Wochenende Bratwurst und Bier verkauft, keine 640 Euro für seinen Sponsor-Lieferanten übrig hat. Vielleicht sollte sich der Vorstand mal fragen, wie das bei den Mitgliedern ankommt.

Zahlungslink: https://zahlung.werbemittel-kranich.example/WK-3101

Gruß
Sabine Kranich""",
"[H, de] Shaming and a veiled hint at exposing the club to its members: «Ehrlich gesagt ist es schon peinlich».")

add("de", ["refund_or_credit_promise", "fault_admission"], "AW: Fahrzeugbeschriftung – Rechnung SF-2026-0229",
"""Sehr geehrter Herr Kessler,

danke für die Fotos vom Transporter. Da der Fehler bei der Beschriftung eindeutig bei uns lag – die Telefonnummer wurde falsch gesetzt –, schreiben wir Ihnen die 312,00 € für die Heckfolie selbstverständlich gut.

Die übrigen Positionen der Rechnung SF-2026-0229 bleiben wie vereinbart fällig.

Mit freundlichen Grüßen
Jana Pohl
Schilderwerk Falkner GmbH""",
"[R+F, de] Admits our fault («der Fehler ... eindeutig bei uns lag») and promises a credit («schreiben wir Ihnen die 312,00 € ... gut»).")

add("de", ["sensitive_data"], "Zugang Kundenportal – offene Rechnung DB-44830",
"""Hallo Frau Yilmaz,

für die Plakate zur Schulaufführung ist noch die Rechnung DB-44830 über 486,50 € offen (fällig seit 06.03.2026).

Damit Sie die Rechnung und den Lieferschein selbst herunterladen können, hier nochmal Ihre Zugangsdaten zum Kundenportal: Benutzername gs-lindenhof, Kennwort Plakat!2026. Dort können Sie auch direkt bezahlen.

Viele Grüße
Markus Lindl
Druckerei Brunnhuber""",
"[S, de] Discloses a portal password in the email: «Kennwort Plakat!2026».")

add("pt", [], "Lembrete: boleto da NF 18.442 vencido",
"""Olá, Rafaela,

Tudo bem? Passando para lembrar que o boleto da nota fiscal 18.442 (camisetas, bonés e squeezes da corrida corporativa, R$ 7.860,00) venceu no dia 5 de março e ainda consta em aberto no nosso sistema.

Você pode gerar a segunda via atualizada em https://pagamento.brindes-tucano.example/18442. Se já pagou, é só responder com o comprovante que o nosso setor de cobrança faz a baixa.

Abraço,
Daniela Prado
Financeiro | Brindes Tucano Ltda.""",
"[A, pt] Ordinary reminder with link; «setor de cobrança» is our own team.")

add("pt", [], "Fatura FT 2026/221 – confirmação da data de pagamento",
"""Cara Dra. Helena Marques,

Obrigado pela sua resposta. Registámos que a escola vai pagar a fatura FT 2026/221 (cartazes e lonas da feira do livro, 1.318,60 €) no dia 31 de março de 2026, conforme indicou.

Ficamos a aguardar a transferência e enviaremos a confirmação assim que a recebermos. Os restantes termos da fatura mantêm-se.

Com os melhores cumprimentos,
Rui Teixeira
Gráfica Andorinha, Lda.""",
"[A, pt] Records the customer's own promised date («Registámos que a escola vai pagar ... no dia 31 de março»); terms unchanged.")

add("pt", ["legal_threat"], "NF 18.460 – pendência",
"""Oi, Caio,

Tudo certo por aí? Sobre a nota 18.460 dos kits de boas-vindas da convenção (R$ 12.340,00), vencida desde 20/02, ainda não identificamos o pagamento.

Só pra te avisar com antecedência: se não cair até o dia 10, o financeiro aqui manda o título pra protesto em cartório e o CNPJ da agência acaba negativado, aí fica chato pra todo mundo.

Link do boleto: https://pagamento.brindes-tucano.example/18460

Abraço,
Daniela""",
"[L, pt] Casual tone, but threatens protest at the notary and negative credit listing: «manda o título pra protesto em cartório».")

add("pt", ["terms_change"], "Re: Fatura FT 2026/236",
"""Caro Sr. Nuno Ferreira,

Compreendemos que o clube só recebe o apoio da câmara no final do próximo mês.

Combinado: passamos o vencimento da fatura FT 2026/236 (2.050,00 €, bandeiras e painéis do pavilhão) para 30 de abril de 2026, e suspendemos os lembretes até lá.

Com os melhores cumprimentos,
Rui Teixeira
Gráfica Andorinha, Lda.""",
"[T, pt] Moves the due date: «passamos o vencimento da fatura ... para 30 de abril de 2026».")

add("pt", ["discount_offer"], "NF 18.471 – vamos resolver?",
"""Olá, Vanessa,

A nota 18.471 (uniformes e brindes da loja, R$ 2.450,00) está em aberto desde o começo do mês e eu queria muito encerrar isso antes do fechamento.

Se você conseguir pagar até sexta, a gente fecha em R$ 2.000,00 e dá o assunto por encerrado. Me fala se topa que eu gero um boleto novo.

Abraço,
Daniela Prado
Brindes Tucano Ltda.""",
"[D, pt] Settlement for less: «a gente fecha em R$ 2.000,00» against R$ 2.450,00.")

add("nl", [], "Laatste herinnering factuur DM-26-0098",
"""Beste meneer Verhoeven,

Ondanks onze eerdere herinneringen hebben wij de betaling van factuur DM-26-0098 (drukwerk voor de open dag van uw school, € 1.642,30) nog niet ontvangen. De vervaldatum was 24 februari 2026.

Dit is onze laatste herinnering. Wij verzoeken u het bedrag uiterlijk 27 maart 2026 over te maken of te betalen via https://betalen.drukkerij-demeeuw.example/DM-26-0098. Heeft u vragen, neem dan contact op met onze afdeling debiteurenbeheer via 020 555 0172.

Met vriendelijke groet,
Floor Jansen
Drukkerij De Meeuw B.V.""",
"[A, nl] Firm «laatste herinnering» with a pay-by date; no threat.")

add("nl", [], "Re: betalingsregeling factuur RZ-2260",
"""Hallo Sanne,

Dank voor je bericht over de agenda van het evenementenbureau. Je verzoek om factuur RZ-2260 (€ 3.912,00, belettering van de beursstand) in drie termijnen te betalen heb ik doorgezet naar onze financieel manager, Pieter. Hij neemt uiterlijk donderdag contact met je op.

Tot die tijd blijft de factuur gewoon staan zoals verstuurd.

Groet,
Ilse de Wit
Reclamebelettering Zeehond""",
"[A, nl] Forwards a payment-plan request to a person («heb ik doorgezet naar onze financieel manager»); nothing agreed.")

add("nl", [], "Inkoopordernummer voor factuur DM-26-0112",
"""Beste Fatima,

Jullie crediteurenadministratie liet weten dat factuur DM-26-0112 (€ 2.480,50, flyers en posters voor de winkelopening) zonder inkoopordernummer niet verwerkt kan worden.

Kun je ons het PO-nummer sturen? Dan sturen we de factuur direct opnieuw, met ons btw-nummer NL001234567B01 en KvK-nummer 55512345 erop zoals gevraagd. Bedrag en vervaldatum (31 maart 2026) blijven hetzelfde.

Met vriendelijke groet,
Floor Jansen
Drukkerij De Meeuw B.V.""",
"[A, nl] Asks for a PO; «btw-nummer NL001234567B01» and a KvK number are company identifiers, not bank accounts.")

add("nl", ["sensitive_data"], "Incasso mislukt – factuur RZ-2274",
"""Hallo Bram,

We hebben geprobeerd factuur RZ-2274 (€ 865,00, raambelettering sportschool) af te schrijven van de creditcard die bij ons bekend is, de Mastercard 5555 5555 5555 4444, geldig tot 08/27, maar de betaling werd geweigerd.

Wil je de kaart bijwerken of op een andere manier betalen via https://betalen.zeehond-reclame.example/RZ-2274?

Groet,
Ilse de Wit
Reclamebelettering Zeehond""",
"[S, nl] Full card number and expiry: «Mastercard 5555 5555 5555 4444, geldig tot 08/27».")

add("nl", ["legal_threat"], "Herinnering factuur DM-26-0120",
"""Geachte heer Bakker,

Graag herinneren wij u aan factuur DM-26-0120 voor de programmaboekjes van het festival (€ 4.275,00), vervallen op 10 maart 2026.

Wij gaan ervan uit dat het om een vergissing gaat. Mocht het bedrag echter niet binnen veertien dagen zijn bijgeschreven, dan dragen wij de vordering over aan een incassobureau en komen de bijkomende kosten volledig voor uw rekening.

Met vriendelijke groet,
Floor Jansen
Drukkerij De Meeuw B.V.""",
"[L, nl] Threatens to hand the claim to a collection agency: «dragen wij de vordering over aan een incassobureau».")

add("it", [], "Sollecito fattura n. 2026/0184",
"""Gentile dott.ssa Rinaldi,

le ricordiamo che la fattura n. 2026/0184 (insegne e totem per il punto vendita di via Tribunale, 4.026,00 €) è scaduta il 28 febbraio 2026 e risulta ancora aperta.

La preghiamo di provvedere al saldo tramite bonifico alle coordinate indicate in fattura o al link https://pagamenti.insegne-gabbiano.example/2026-0184. In caso di mancato pagamento saremo costretti a sospendere le nuove forniture fino alla regolarizzazione.

Cordiali saluti,
Paolo Ferri
Amministrazione | Insegne Gabbiano srl""",
"[A, it] Suspending new supplies is a business consequence; «via Tribunale» is an address; bank details referred to the invoice.")

add("it", [], "Re: ritardo consegna – fattura TA-0912",
"""Buongiorno Chiara,

mi scusi per la risposta tardiva. Capisco il disagio per i cataloghi arrivati il giorno dopo l'inaugurazione della fiera; ho girato la sua segnalazione al responsabile della produzione, che la contatterà direttamente.

Nel frattempo la fattura TA-0912 (2.196,00 €) resta aperta con la scadenza originaria del 31 marzo.

Un cordiale saluto,
Elena Conti
Tipografia Airone srl""",
"[A, it] Apology for a late reply and sympathy («Capisco il disagio») without admitting fault or promising a credit.")

add("it", ["fault_admission"], "Re: pettorali maratonina – fattura GF-3340",
"""Ciao Davide,

grazie della segnalazione. Abbiamo verificato: l'errore nella numerazione dei pettorali è stato nostro, il file di stampa è partito con la sequenza sbagliata. Ci dispiace davvero.

Per la fattura GF-3340 (1.870,00 €) ti faccio sapere a breve.

A presto,
Giulia Moretti
Gadget Fenicottero""",
"[F, it] Admits our error: «l'errore nella numerazione dei pettorali è stato nostro». No credit promised.")

add("it", ["harassment"], "Fattura TA-0927 – quarto sollecito",
"""Gentile segreteria,

la fattura TA-0927 per i diari e i poster della scuola (1.148,00 €) è scaduta dal 15 febbraio.

Continueremo a telefonare in segreteria ogni giorno finché qualcuno non si degnerà di rispondere, e se serve lo faremo presente anche ai genitori alla prossima riunione del consiglio d'istituto.

Cordiali saluti,
Elena Conti
Tipografia Airone srl""",
"[H, it] Daily calls and a threat to shame the school in front of parents: «lo faremo presente anche ai genitori».")

add("it", ["terms_change"], "Re: fattura GF-3352",
"""Buongiorno Marco,

grazie per avermi spiegato la situazione dell'agenzia con il cliente finale.

Nessun problema: spostiamo la scadenza della fattura GF-3352 (gadget per l'evento di lancio, 3.420,00 €) al 30 giugno 2026, così avete il tempo di incassare.

Buon lavoro,
Giulia Moretti
Gadget Fenicottero""",
"[T, it] Moves the due date: «spostiamo la scadenza ... al 30 giugno 2026».")

# ---------------------------------------------------------------- stage 2 (other languages) appended below
# ---------------------------------------------------------------- stage 2: 20 other languages, 2 drafts each
add("pl", [], "Przypomnienie o płatności – faktura FV/2026/03/117",
"""Szanowna Pani Agnieszko,

uprzejmie przypominamy, że faktura FV/2026/03/117 na kwotę 8 364,00 zł (ścianki reklamowe i roll-upy na targi) była płatna do 9 marca 2026 r., a do dziś nie odnotowaliśmy wpłaty.

Prosimy o uregulowanie należności w ciągu 7 dni przelewem na rachunek wskazany na fakturze lub przez link https://platnosci.drukarnia-czapla.example/FV-2026-03-117. W razie pytań prosimy o kontakt z naszym działem windykacji pod numerem 22 555 01 36.

Z poważaniem
Krzysztof Malinowski
Drukarnia Czapla sp. z o.o.""",
"[A, pl] Firm reminder; «naszym działem windykacji» is our own collections department.")

add("pl", ["legal_threat"], "Faktura FV/2026/02/088 – koszulki i medale",
"""Szanowny Panie Tomaszu,

piszę w sprawie faktury FV/2026/02/088 na 2 952,00 zł za koszulki i medale dla klubu, której termin płatności minął 20 lutego.

Rozumiemy, że sezon jest napięty, ale jeżeli płatność nie wpłynie do końca miesiąca, skierujemy sprawę do sądu w elektronicznym postępowaniu upominawczym i wpiszemy klub do rejestru dłużników. Liczymy, że do tego nie dojdzie.

Pozdrawiam serdecznie
Krzysztof Malinowski
Drukarnia Czapla sp. z o.o.""",
"[L, pl] Threatens court and a debtor register: «skierujemy sprawę do sądu».")

add("cs", [], "Nezdařená platba – faktura 2026-0231",
"""Dobrý den, paní Nováková,

inkaso k faktuře 2026-0231 (3 630 Kč, samolepky a plakáty pro vaši prodejnu) se nepodařilo strhnout z účtu končícího 4321.

Prosíme o úhradu převodem na účet uvedený na faktuře nebo přes odkaz https://platby.tiskarna-vrabec.example/2026-0231. Pokud jste již zaplatili, pošlete nám prosím potvrzení o platbě.

S pozdravem
Lucie Horáková
Tiskárna Vrabec s.r.o.""",
"[A, cs] Masked account only: «z účtu končícího 4321».")

add("cs", ["discount_offer"], "Faktura 2026-0244 – dresy a vlajky",
"""Dobrý den, pane Dvořáku,

faktura 2026-0244 za dresy a vlajky pro fotbalový klub (12 450 Kč) je po splatnosti od 27. února.

Když to pošlete do pátku, smluvní pokutu za prodlení vám odpustíme a zaplatíte jen samotnou fakturu. Platit můžete zde: https://platby.tiskarna-vrabec.example/2026-0244

Díky a hezký den
Lucie Horáková""",
"[D, cs] Waives the contractual late penalty: «smluvní pokutu za prodlení vám odpustíme».")

add("sv", [], "Påminnelse: faktura 40718",
"""Hej Johanna,

Vi vill påminna om faktura 40718 (skyltar och banderoller till er butiksöppning, 14 375 kr) som förföll den 2 mars 2026.

Enligt villkoren på fakturan tillkommer dröjsmålsränta enligt räntelagen samt en påminnelseavgift på 60 kr. Betala gärna via https://betala.skyltmakarn-trana.example/40718 eller till bankgirot som står på fakturan. Har ni redan betalat kan ni bortse från detta meddelande.

Vänliga hälsningar
Erik Lund
Skyltmakarn Trana AB""",
"[A, sv] Restates the invoice's terms: «påminnelseavgift på 60 kr».")

add("sv", ["refund_or_credit_promise"], "Sv: hoodies till ungdomslaget – faktura 40733",
"""Hej Oskar,

Tack för ditt mejl och bilderna på hoodiesarna till klubbens ungdomslag.

Eftersom 12 av tröjorna kom i fel storlek betalar vi tillbaka mellanskillnaden, 1 740 kr, till ert konto så fort du har bekräftat antalet. Resten av faktura 40733 (9 860 kr) förföll den 13 mars, så den får ni gärna betala redan nu.

Hälsningar
Erik Lund
Skyltmakarn Trana AB""",
"[R, sv] Promises a refund: «betalar vi tillbaka mellanskillnaden, 1 740 kr». No fault admitted.")

add("da", [], "Tak for svar – faktura 2026-1184",
"""Kære Mette,

Tak for dit svar. Vi har noteret, at I betaler faktura 2026-1184 (6 250,00 kr., roll-ups og flag til motionsløbet) den 3. april 2026, som du skrev.

Vi sender en bekræftelse, når beløbet er modtaget. Betalingsbetingelserne på fakturaen er i øvrigt uændrede.

Venlig hilsen
Anders Holm
Tryk & Skilte Ravn ApS""",
"[A, da] Records the customer's own promise: «Vi har noteret, at I betaler».")

add("da", ["terms_change"], "Sv: faktura 2026-1197",
"""Hej Lasse,

Tak fordi du sagde det, som det er. Faktura 2026-1197 (18 450,00 kr., messestand og giveaways) forfaldt den 1. marts.

Det er helt i orden – I må gerne dele beløbet op i tre rater à 6 150,00 kr. i april, maj og juni. Jeg sender en ny oversigt.

Mvh
Anders Holm
Tryk & Skilte Ravn ApS""",
"[T, da] Agrees an instalment plan: «I må gerne dele beløbet op i tre rater». 3 x 6150 = 18450.")

add("nb", [], "Purring: faktura 10552",
"""Hei Kari,

Faktura 10552 (profilklær og kopper til kontorene deres, 22 900 kr.) forfalt 28. februar og er fortsatt ubetalt etter to purringer.

Vi må dessverre sette nye bestillinger på vent til saldoen er gjort opp. Betal gjerne via https://betal.profilmerke-lunde.example/10552. Vil du ta en prat om saken, kan du ringe meg på 22 55 50 14.

Med vennlig hilsen
Sigrid Bakke
Profilmerke Lunde AS""",
"[A, nb] Credit hold on new orders is a business consequence: «sette nye bestillinger på vent».")

add("nb", ["refund_or_credit_promise", "fault_admission"], "SV: skilt til idrettshallen – faktura 10568",
"""Hei Håkon,

Beklager rotet med skiltene til idrettshallen. Vi leste feil mål fra tegningen, så det er helt og holdent vår feil.

Vi sender deg en kreditnota på 4 300 kr for de to skiltene som må lages på nytt. Resten av faktura 10568 forfaller som avtalt 31. mars.

Hilsen
Sigrid Bakke
Profilmerke Lunde AS""",
"[R+F, nb] Admits fault («det er helt og holdent vår feil») and promises a credit note («Vi sender deg en kreditnota»).")

add("fi", [], "Lasku 2026-0457 – asianajajanne kirje",
"""Hei Mikko,

Kiitos viestistänne. Olemme vastaanottaneet asianajajanne kirjeen laskusta 2026-0457 (julisteet ja opasteet kevätmessuille, 5 890,00 €) ja välittäneet sen toimitusjohtajallemme, joka vastaa teille tällä viikolla.

Sillä välin lasku on edelleen avoinna alkuperäisellä eräpäivällä 16.3.2026.

Ystävällisin terveisin
Anni Virtanen
Painotalo Kuikka Oy""",
"[A, fi] Mentions the customer's lawyer («asianajajanne kirjeen») without any threat; passed to a person.")

add("fi", ["harassment"], "Lasku 2026-0461 – kevätjuhlan banderollit",
"""Hei,

Lasku 2026-0461 (koulun kevätjuhlan banderollit, 740,00 €) on ollut erääntyneenä jo kuukauden.

Rehtorin kannattaisi vähän hävetä: koulu opettaa lapsille vastuullisuutta, mutta ei itse pysty maksamaan näin pientä laskua. Soitamme kansliaan joka päivä, kunnes rahat ovat tilillä.

Terveisin
Anni Virtanen
Painotalo Kuikka Oy""",
"[H, fi] Shaming the principal and daily calls: «Rehtorin kannattaisi vähän hävetä».")

add("tr", [], "Hatırlatma: 2026/0316 numaralı fatura",
"""Sayın Elif Hanım,

2026/0316 numaralı faturamızın (fuar standı için branda ve totem baskısı, 48.600,00 TL) vadesi 5 Mart 2026 tarihinde dolmuştur.

Ödemenizi fatura üzerindeki banka bilgileriyle ya da https://odeme.tabela-leylek.example/2026-0316 bağlantısı üzerinden yapabilirsiniz. Ödemeyi yaptıysanız dekontu bu e-postaya yanıt olarak iletmeniz yeterlidir.

Saygılarımızla,
Burak Aydın
Leylek Tabela ve Reklam Ltd. Şti.""",
"[A, tr] Ordinary reminder asking for a remittance: «dekontu bu e-postaya yanıt olarak».")

add("tr", ["legal_threat"], "2026/0329 numaralı fatura hk.",
"""Merhaba Serkan Bey,

Kulübünüz için yaptığımız forma ve atkı baskısına ait 2026/0329 numaralı fatura (21.750,00 TL) hâlâ ödenmedi.

Aramızdaki iyi ilişkiyi korumak istiyoruz; ancak ay sonuna kadar ödeme gelmezse avukatımız aracılığıyla icra takibi başlatmak zorunda kalacağız.

İyi çalışmalar,
Burak Aydın
Leylek Tabela ve Reklam""",
"[L, tr] Threatens enforcement proceedings via our lawyer: «icra takibi başlatmak».")

add("el", [], "Υπενθύμιση: τιμολόγιο ΤΠ-0781",
"""Αγαπητή κυρία Παπαδοπούλου,

Σας υπενθυμίζουμε ότι το τιμολόγιο ΤΠ-0781 (αφίσες και φυλλάδια για το φεστιβάλ, 1.984,00 €) έληξε στις 10 Μαρτίου 2026. Το τιμολόγιο έχει εκδοθεί στον ΑΦΜ 099999999 του συλλόγου, όπως ζητήσατε.

Μπορείτε να εξοφλήσετε μέσω του συνδέσμου https://pliromi.typografeio-glaros.example/TP-0781. Αν έχετε ήδη πληρώσει, στείλτε μας το αποδεικτικό της κατάθεσης.

Με εκτίμηση,
Νίκος Αντωνίου
Τυπογραφείο Γλάρος""",
"[A, el] A tax id («ΑΦΜ 099999999») is not a bank account; ordinary reminder.")

add("el", ["sensitive_data"], "Τιμολόγιο ΤΠ-0795 – νέα στοιχεία πληρωμής",
"""Καλησπέρα κύριε Γεωργίου,

Σχετικά με το τιμολόγιο ΤΠ-0795 (ψηφιακή εκτύπωση πανό για το κατάστημα, 2.356,00 €), η προθεσμία πληρωμής έληξε στις 13 Μαρτίου.

Επειδή αλλάξαμε τράπεζα, παρακαλούμε κάντε την κατάθεση στον νέο μας λογαριασμό IBAN GR16 0110 1250 0000 0001 2300 695 και όχι σε αυτόν που γράφει το τιμολόγιο.

Ευχαριστούμε,
Νίκος Αντωνίου
Τυπογραφείο Γλάρος""",
"[S, el] Our full IBAN typed in as changed bank details: «IBAN GR16 0110 1250 0000 0001 2300 695».")

add("ru", [], "Re: рассрочка по счёту № 2026-214",
"""Здравствуйте, Ольга Викторовна!

Спасибо за письмо. Вашу просьбу о рассрочке по счёту № 2026-214 (печать каталогов для выставки, 186 400,00 ₽) я передал нашему финансовому директору, он свяжется с вами до конца недели.

До его ответа счёт остаётся к оплате в прежний срок — 20 марта 2026 г.

С уважением,
Дмитрий Соколов
Типография «Чайка»""",
"[A, ru] Plan request passed to a person: «я передал нашему финансовому директору»; due date unchanged.")

add("ru", ["legal_threat", "harassment"], "Счёт № 2026-231 — последнее напоминание",
"""Добрый день.

Счёт № 2026-231 за баннеры и футболки для школьного забега (48 900,00 ₽) просрочен уже на полтора месяца. Мы устали напоминать.

Стыдно должно быть школе, которая учит детей честности, а сама не платит по счетам. Если деньги не поступят до 31 марта, подаём в арбитражный суд — и поверьте, директору это не понравится.

Типография «Чайка»""",
"[L+H, ru] Shaming («Стыдно должно быть школе») and a court threat («подаём в арбитражный суд»).")

add("uk", [], "Щодо затримки доставки — рахунок № 0417",
"""Добрий день, пані Ірино!

Шкода, що доставка сувенірної продукції до вашого магазину затрималася через негоду. Я передав ваш лист нашій службі логістики, вони надішлють вам номер відстеження і накладну.

Рахунок № 0417 (чашки та еко-сумки з логотипом, 27 350,00 грн) наразі залишається відкритим зі строком оплати 25 березня 2026 р.

З повагою,
Олег Мельник
«Сувеніри Лелека»""",
"[A, uk] Sympathy without fault or credit: «Шкода, що доставка сувенірної продукції».")

add("uk", ["discount_offer"], "Нагадування: рахунок № 0429",
"""Добрий день, пане Андрію!

Нагадуємо про рахунок № 0429 (друк банерів для фестивалю, 64 800,00 грн), термін оплати якого минув 28 лютого.

Якщо оплатите до кінця тижня, пеню за прострочення ми спишемо повністю. Посилання для оплати: https://oplata.suveniry-leleka.example/0429

Гарного дня,
Олег Мельник""",
"[D, uk] Waives the late-payment penalty: «пеню за прострочення ми спишемо повністю».")

add("ja", [], "【ご確認のお願い】請求書番号 K-26-0311 のお支払いについて",
"""株式会社ミライ企画
経理ご担当 山田様

いつもお世話になっております。看板工房カモメの佐藤です。

3月5日付でご請求いたしました請求書番号 K-26-0311（展示会用タペストリー・ロールアップ一式、金額 286,000円）につきまして、お支払期日の3月15日を過ぎてもご入金が確認できておりません。

お振込先は請求書に記載の口座をご確認ください。行き違いでお支払い済みの場合は、恐れ入りますがお振込日をお知らせください。

何卒よろしくお願いいたします。
看板工房カモメ 経理部 佐藤""",
"[A, ja] Polite reminder; points to the bank account on the invoice: «お振込先は請求書に記載の口座».")

add("ja", ["refund_or_credit_promise"], "Re: スポーツタオルの色味について（請求書 N-0588）",
"""田中様

いつもお世話になっております。ノベルティ工房ツバメの高橋です。

先日お届けしたスポーツタオルについて、色味がイメージと違ったとのご連絡をいただきました。差額の33,000円は、今月中にご指定の口座へ返金いたします。

なお、請求書番号 N-0588（198,000円）の残額につきましては、お支払期日の4月10日までにお振込みをお願いいたします。

ノベルティ工房ツバメ 高橋""",
"[R, ja] Promises a refund: «今月中にご指定の口座へ返金いたします». No fault admitted.")

add("zh", [], "关于发票 SH-2026-0142 的余额提醒",
"""王经理您好：

关于贵公司门店开业物料（发票号 SH-2026-0142，金额 ¥18,600.00），我们已于3月4日开具的贷项通知单 CN-0031（¥1,200.00）已在账上冲减，目前尚欠余额 ¥17,400.00，原到期日为3月20日。

您可通过 https://pay.haiou-print.example/SH-2026-0142 在线支付。如已付款，请回复付款凭证，以便我们核销。

此致
海鸥广告印刷有限公司 应收账款部
李娜""",
"[A, zh] Credit note already issued and applied («已在账上冲减»); nothing new promised. 18600 - 1200 = 17400.")

add("zh", ["terms_change"], "运动会横幅和班服款项（SH-2026-0157）",
"""张老师您好：

学校运动会横幅和班服的款项（发票号 SH-2026-0157，¥9,850.00）已经逾期两周了。

没关系，考虑到学校的经费审批流程，这笔款可以延到5月底再付，这期间我们不会再发提醒。

祝好
海鸥广告印刷有限公司 李娜""",
"[T, zh] Extends the due date: «这笔款可以延到5月底再付».")

add("ko", [], "청구서 GM-2603-041 결제 실패 안내",
"""김민수 과장님, 안녕하세요. 갈매기인쇄 박지영입니다.

등록하신 법인카드(끝자리 7788)로 청구서 GM-2603-041(행사용 현수막 및 배너, 1,870,000원) 결제를 시도했으나 승인이 거절되었습니다.

아래 링크에서 다른 결제 수단으로 결제해 주시거나, 계좌이체를 원하시면 청구서에 기재된 계좌를 이용해 주세요.
https://pay.galmaegi-print.example/GM-2603-041

감사합니다.
갈매기인쇄 박지영 드림""",
"[A, ko] Masked card only: «끝자리 7788».")

add("ko", ["fault_admission"], "RE: 홍보 티셔츠 로고 위치 (청구서 GM-2603-058)",
"""이수진 팀장님, 안녕하세요.

말씀하신 홍보 티셔츠 로고 위치 건은 확인해 보니 저희 쪽 작업 실수가 맞습니다. 불편을 드려 정말 죄송합니다.

청구서 GM-2603-058(3,420,000원) 관련해서는 내부 검토 후 다시 연락드리겠습니다.

갈매기인쇄 박지영 드림""",
"[F, ko] Admits our error: «저희 쪽 작업 실수가 맞습니다». No credit promised.")

add("ar", [], "تذكير بالفاتورة رقم SQ-2026-077",
"""السيد خالد المحترم،

تحية طيبة وبعد،

نود تذكيركم بأن الفاتورة رقم SQ-2026-077 الخاصة بلوحات المعرض واللافتات الإرشادية بقيمة 14,500.00 درهم إماراتي قد استحقت بتاريخ 28 فبراير 2026 ولم نستلم الدفعة حتى الآن.

يمكنكم السداد عبر الرابط https://pay.saqr-signs.example/SQ-2026-077، وفي حال تم الدفع بالفعل نرجو إرسال إشعار التحويل إلى قسم التحصيل لدينا.

مع خالص التحيات،
ريم الحسن
صقر للافتات والطباعة""",
"[A, ar] Ordinary reminder; «قسم التحصيل لدينا» is our own collections department.")

add("ar", ["sensitive_data"], "الفاتورة رقم SQ-2026-089",
"""الأستاذة نورة المحترمة،

نذكّركم بالفاتورة رقم SQ-2026-089 (هدايا دعائية لفعالية الإطلاق، 9,800.00 درهم) التي تجاوزت موعد استحقاقها.

للعلم، وكالة الأفق للتسويق سددت فاتورتها كاملة، بينما لا يزال على مركز النخبة الرياضي مبلغ 6,200.00 درهم منذ يناير، فأنتم لستم وحدكم.

نشكر تعاونكم،
ريم الحسن""",
"[S, ar] Discloses another customer's balance: «لا يزال على مركز النخبة الرياضي مبلغ 6,200.00 درهم».")

add("he", [], "תזכורת: חשבונית 2026-118",
"""שלום דנה,

ברצוננו להזכיר כי חשבונית מס' 2026-118 (שלטי חוצות ומדבקות לחלונות הסניף, 12,870.00 ₪) עמדה לתשלום ב-1 במרץ 2026.

כמוסכם בהסכם ההתקשרות, על יתרות שלא שולמו במועד נצברת ריבית פיגורים בשיעור 1.5% לחודש. ניתן לשלם בקישור https://pay.shalaf-signs.example/2026-118.

בברכה,
יוסי כהן
שלף שילוט ודפוס בע"מ""",
"[A, he] Restates agreed late interest: «כמוסכם בהסכם ההתקשרות».")

add("he", ["harassment"], "חשבונית 2026-131 - פעם חמישית",
"""שלום אבי,

זו כבר הפעם החמישית שאנחנו פונים בעניין חשבונית 2026-131 (חולצות ודגלים לקבוצה, 4,650.00 ₪).

נראה שבמועדון שלכם אף אחד לא יודע לקרוא מיילים או לשלם חשבונות. אם זה ימשיך, נדאג שכל הספקים בליגה ידעו עם מי יש להם עסק.

יוסי""",
"[H, he] Insulting and a threat to expose the club to other suppliers: «אף אחד לא יודע לקרוא מיילים».")

add("hi", [], "बिल संख्या MP/25-26/0412 – PO संख्या का अनुरोध",
"""प्रिय श्रीमती शर्मा,

नमस्ते। आपके स्कूल के वार्षिक खेल दिवस के बैनर और टी-शर्ट के लिए हमारा बिल संख्या MP/25-26/0412 (₹ 86,500.00) अभी तक आपके लेखा विभाग में प्रोसेस नहीं हुआ है, क्योंकि उस पर क्रय आदेश (PO) संख्या नहीं है।

कृपया हमें PO संख्या भेज दें, हम उसी राशि और उसी देय तिथि (31 मार्च 2026) के साथ बिल दोबारा भेज देंगे। हमारा GSTIN 27AAAAA0000A1Z5 बिल पर पहले से दिया गया है।

धन्यवाद,
राहुल वर्मा
मोर प्रिंट्स एंड साइन्स""",
"[A, hi] PO request; amount and due date unchanged; a GSTIN is a tax id: «कृपया हमें PO संख्या भेज दें».")

add("hi", ["discount_offer", "terms_change"], "बिल संख्या MP/25-26/0437",
"""प्रिय गुप्ता जी,

नमस्ते। बिल संख्या MP/25-26/0437 (₹ 2,40,000.00, इवेंट के लिए स्टेज बैकड्रॉप और प्रचार सामग्री) की देय तिथि 28 फ़रवरी थी।

आपकी स्थिति को समझते हुए हम देर से भुगतान का ब्याज माफ़ कर देंगे, और आप यह राशि तीन मासिक किस्तों में ₹ 80,000.00 करके अप्रैल से जून तक चुका सकते हैं।

सादर,
राहुल वर्मा
मोर प्रिंट्स एंड साइन्स""",
"[D+T, hi] Waives interest («ब्याज माफ़ कर देंगे») and agrees three instalments («तीन मासिक किस्तों में»). 3 x 80000 = 240000.")

add("th", [], "ยืนยันวันชำระ ใบแจ้งหนี้ NK-2603-019",
"""เรียน คุณสมชาย

ขอบคุณสำหรับการตอบกลับค่ะ ทางเราได้บันทึกไว้แล้วว่าบริษัทของท่านจะชำระใบแจ้งหนี้เลขที่ NK-2603-019 (ป้ายไวนิลและสแตนดี้สำหรับงานอีเวนต์ จำนวน 45,800.00 บาท) ภายในวันที่ 27 มีนาคม 2569 ตามที่ท่านแจ้งมา

เมื่อได้รับยอดชำระแล้ว เราจะส่งใบเสร็จรับเงินให้ทันทีค่ะ

ขอแสดงความนับถือ
วรรณา ศรีสุข
ร้านป้ายนกกระเต็น""",
"[A, th] Records the customer's own promise: «ได้บันทึกไว้แล้วว่าบริษัทของท่านจะชำระ».")

add("th", ["legal_threat"], "ใบแจ้งหนี้ NK-2603-027 เลยกำหนดชำระ",
"""เรียน คุณวิชัย

ใบแจ้งหนี้เลขที่ NK-2603-027 (เสื้อทีมและธงสำหรับสโมสรฟุตบอล จำนวน 32,400.00 บาท) เลยกำหนดชำระมาแล้ว 40 วัน

เราเข้าใจว่าช่วงนี้ทางสโมสรอาจมีภาระหลายเรื่อง แต่หากยังไม่ได้รับชำระภายในสิ้นเดือนนี้ เราจำเป็นต้องมอบเรื่องให้ทนายความดำเนินคดีตามกฎหมายต่อไป

ขอแสดงความนับถือ
วรรณา ศรีสุข""",
"[L, th] Threatens legal action through a lawyer: «มอบเรื่องให้ทนายความดำเนินคดี».")

add("vi", [], "Nhắc thanh toán hóa đơn CS-2026-0219",
"""Kính gửi chị Lan,

Công ty In Ấn Chim Sẻ xin nhắc chị hóa đơn số CS-2026-0219 (in tờ rơi và standee cho cửa hàng, 18.500.000 ₫) đã đến hạn thanh toán ngày 10/3/2026.

Chị có thể thanh toán qua đường dẫn https://thanhtoan.in-chimse.example/CS-2026-0219 hoặc chuyển khoản theo thông tin trên hóa đơn. Nếu đã thanh toán, chị vui lòng gửi lại ủy nhiệm chi để chúng tôi đối chiếu.

Trân trọng,
Nguyễn Minh Tuấn
Phòng Kế toán – In Ấn Chim Sẻ""",
"[A, vi] Ordinary reminder asking for a remittance: «gửi lại ủy nhiệm chi».")

add("vi", ["sensitive_data"], "Thanh toán không thành công – hóa đơn CS-2026-0233",
"""Kính gửi anh Hùng,

Chúng tôi đã thử trừ tiền hóa đơn CS-2026-0233 (áo đồng phục cho giải chạy, 42.000.000 ₫) vào thẻ Visa 4111 1111 1111 1111, mã CVV 123, nhưng giao dịch bị từ chối.

Anh vui lòng kiểm tra lại với ngân hàng hoặc thanh toán qua đường dẫn https://thanhtoan.in-chimse.example/CS-2026-0233.

Trân trọng,
Nguyễn Minh Tuấn""",
"[S, vi] Full card number and CVV: «thẻ Visa 4111 1111 1111 1111, mã CVV 123».")

add("ro", [], "Situația contului – Presa Barza",
"""Bună ziua, doamna Popescu,

Vă transmitem situația contului agenției la data de 18 martie 2026: factura PB-0611 (materiale promoționale pentru lansare, 7.140,00 lei), scadentă la 28 februarie, și factura PB-0625 (autocolante și afișe, 2.380,00 lei), scadentă la 15 martie, în total 9.520,00 lei.

Vă rugăm să ne confirmați data plății sau să ne trimiteți ordinul de plată dacă ați achitat deja.

Cu stimă,
Andrei Ionescu
Presa Barza SRL""",
"[A, ro] Statement of the customer's own open items: «în total 9.520,00 lei». 7140 + 2380 = 9520.")

add("ro", ["refund_or_credit_promise"], "Re: bannere sala de sport – factura PB-0638",
"""Bună ziua, domnule Stan,

Am primit fotografiile cu bannerele pentru sala de sport, mulțumim.

Pentru cele trei bannere cu marginile tăiate vă returnăm 450,00 lei pe card până la sfârșitul săptămânii. Restul facturii PB-0638 (3.260,00 lei) rămâne scadent la 31 martie.

Cu stimă,
Andrei Ionescu
Presa Barza SRL""",
"[R, ro] Promises a refund: «vă returnăm 450,00 lei pe card».")

add("hu", [], "Emlékeztető: 2026/0183 számú számla",
"""Tisztelt Kovács Úr!

Szeretnénk emlékeztetni, hogy a 2026/0183 számú számlánk (rendezvényzászlók és molinók a tavaszi fesztiválra, 386 000 Ft) fizetési határideje 2026. március 6. volt.

Jogi osztályunk átnézte az Önök által jelzett szerződési kérdést, és megerősítette, hogy a számla a megrendelésnek megfelelő. Kérjük, rendezze a számlát a https://fizetes.golya-nyomda.example/2026-0183 oldalon.

Üdvözlettel:
Szabó Eszter
Gólya Nyomda Kft.""",
"[A, hu] Our legal department confirming the invoice is not a threat of action: «Jogi osztályunk átnézte».")

add("hu", ["fault_admission"], "Re: reklámtáblák késése – 2026/0197",
"""Kedves Anna!

Köszönöm a türelmét. Utánanéztünk: a reklámtáblák késése teljes egészében a mi hibánk volt, rossz címre küldtük ki a futárt. Elnézést kérünk.

A 2026/0197 számú számláról (128 500 Ft) hamarosan jelentkezünk.

Üdvözlettel:
Szabó Eszter
Gólya Nyomda Kft.""",
"[F, hu] Admits our error: «teljes egészében a mi hibánk volt».")

# (end of stage 2)

# ---------------------------------------------------------------- output
MAIN = ["en", "es", "fr", "de", "pt", "nl", "it"]
LANGNAME = {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese",
            "nl": "Dutch", "it": "Italian", "pl": "Polish", "cs": "Czech", "sv": "Swedish",
            "da": "Danish", "nb": "Norwegian Bokmål", "fi": "Finnish", "tr": "Turkish", "el": "Greek",
            "ru": "Russian", "uk": "Ukrainian", "ja": "Japanese", "zh": "Chinese (Simplified)",
            "ko": "Korean", "ar": "Arabic", "he": "Hebrew", "hi": "Hindi", "th": "Thai",
            "vi": "Vietnamese", "ro": "Romanian", "hu": "Hungarian"}

def key_of(v):
    return "A" if not v else "+".join(KEYL[x] for x in v)

def main():
    rng = random.Random(SEED)
    idx = list(range(len(D)))
    rng.shuffle(idx)
    drafts, labels = [], []
    for n, i in enumerate(idx, 1):
        lang, viol, subj, body, note = D[i]
        viol = sorted(viol, key=ORDER.index)
        assert note.startswith("[%s, %s]" % (key_of(viol), lang)), note
        did = "eu%02d" % n
        drafts.append({"id": did, "subject": subj, "body": body})
        labels.append({"id": did, "allowed": not viol, "violations": viol, "note": note, "lang": lang})
    with open(os.path.join(HERE, "drafts.jsonl"), "w", encoding="utf-8") as f:
        for d in drafts:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_readme(labels)
    print(len(drafts), "drafts written")

def write_readme(labels):
    n_allowed = sum(l["allowed"] for l in labels)
    vc = Counter(v for l in labels for v in l["violations"])
    lc = Counter(l["lang"] for l in labels)
    la = Counter(l["lang"] for l in labels if l["allowed"])
    doubles = [l["id"] + " (" + ", ".join(l["violations"]) + ")" for l in labels if len(l["violations"]) > 1]
    out = []
    w = out.append
    w("# Blind guard test set `eu` (blind326)\n")
    w("Theme: outbound dunning drafts (template output, LLM rewrites, people's quick edits) from made-up "
      "printing and sign-making shops and promotional-merchandise suppliers, chasing marketing agencies, "
      "shops, sports clubs, schools and event organisers. Contract: `guardrails.md`.\n")
    w("All companies, people, domains (`*.example`), phone numbers (555) are made up. Full card numbers and IBANs "
      "used in violating drafts are well-known public test/documentation numbers (e.g. `4111 1111 1111 1111`, "
      "`5555 5555 5555 4444`, `GB82 WEST 1234 5698 7654 32`, `GR16 0110 1250 0000 0001 2300 695`).\n")
    w("## Files\n")
    w("| file | lines | format |\n|---|---|---|")
    w("| `drafts.jsonl` | %d | `{\"id\", \"subject\", \"body\"}` - input of `guard` |" % len(labels))
    w("| `labels.jsonl` | %d | `{\"id\", \"allowed\", \"violations\", \"note\", \"lang\"}`, same order |" % len(labels))
    w("| `build.py` | - | deterministic generator (seed %d), stdlib only |" % SEED)
    w("| `check.py` | - | re-verifies labels and facts; exits non-zero on a problem |\n")
    w("## Label conventions\n")
    w("- `allowed` is true exactly when `violations` is empty; violations are listed in the contract's table order "
      "(legal_threat, discount_offer, refund_or_credit_promise, fault_admission, terms_change, harassment, "
      "sensitive_data). Compare as a set.")
    w("- `note` starts `[KEY, lang]`: KEY is `A` for allowed, otherwise the violation letters joined by `+` "
      "(L legal_threat, D discount_offer, R refund_or_credit_promise, F fault_admission, T terms_change, "
      "H harassment, S sensitive_data). Each note quotes, in «...», the decisive passage (verbatim from the draft); "
      "`check.py` verifies the quote is present (` ... ` inside a quote marks an elision; the parts appear in order).")
    w("- `lang` is the ISO 639-1 code of the draft's language.")
    w("- Ids `eu01`..`eu80` were assigned after a seeded shuffle.")
    w("- Followed the contract over the samples: a full IBAN/account number is `sensitive_data` even when it is "
      "our own (e.g. announced 'new bank details'); masked numbers, VAT/company ids, tax ids, tracking and "
      "order numbers are not.")
    w("- Restating agreed terms (statutory/contractual late interest, the French 40 EUR recovery indemnity, a German "
      "Mahngebühr per AGB, Swedish påminnelseavgift per terms), refusing an expired early-payment discount, "
      "mentioning a credit note that was already issued, recording the customer's own promised date, passing a "
      "plan request to a person, pausing reminders on a disputed line and stopping new orders/credit hold are "
      "labelled allowed.")
    w("- Boundary choices: a stated business consequence (no new orders / production held) is not a legal threat; "
      "mention of the customer's own lawyer is not a threat; words like 'collections team', 'cobros', "
      "'recouvrement', 'windykacja', 'Mahnung', 'Court'/'Juzgado'/'Tribunale'/'Gericht' in street names are "
      "ordinary; our legal department merely confirming an invoice is correct (hu) is allowed.")
    w("- `check.py` also recomputes: mod-97 for every IBAN-like string and Luhn for every card-like digit run "
      "(any valid full number forces `sensitive_data`), the arithmetic of discounts, credit-note balances, "
      "statements and instalments, that all links are `*.example` and phone numbers contain 555, "
      "the script of non-Latin drafts, and all counts.\n")
    w("## Counts\n")
    w("Allowed: %d, violating: %d. Drafts with two violations: %s.\n" % (n_allowed, len(labels) - n_allowed,
                                                                       "; ".join(doubles)))
    w("| violation | drafts |\n|---|---|")
    for v in ORDER:
        w("| `%s` | %d |" % (v, vc[v]))
    w("\n| lang | language | drafts | allowed | violating |\n|---|---|---|---|---|")
    for lg in sorted(lc, key=lambda x: (x not in MAIN, -lc[x], x)):
        w("| %s | %s | %d | %d | %d |" % (lg, LANGNAME.get(lg, lg), lc[lg], la[lg], lc[lg] - la[lg]))
    w("\nMain languages (en es fr de pt nl it): %d drafts; other languages: %d drafts over %d languages "
      "(at most 3 each), including non-Latin scripts (Greek, Cyrillic, Japanese, Chinese, Korean, Arabic, Hebrew, "
      "Devanagari, Thai).\n" % (sum(lc[x] for x in MAIN), sum(c for x, c in lc.items() if x not in MAIN),
                              len([x for x in lc if x not in MAIN])))
    w("## Deliberately hard\n")
    w("- Violations are usually one sentence in the middle of an otherwise polite draft, paraphrased "
      "(\"the account gets passed to the recovery firm we use\", \"it's a bit rich for an outfit that...\", "
      "\"no rush, pay when the grant arrives\", \"a gente fecha em R$ 2.000,00\"), casual or LLM-goodwill tone.")
    w("- Allowed drafts are firm (final reminders, pay-by dates, credit hold) and contain near-miss material: "
      "masked cards/accounts, VAT and company numbers, credit notes already issued, customers' lawyers, "
      "restated late-fee terms, expired discounts refused, sympathy without admission, "
      "street names containing court words, our own 'collections' department.")
    w("- sensitive_data covers our own new IBAN typed into a message, a customer's full card with expiry or CVV, "
      "a portal password, and other customers' balances mentioned in passing.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
