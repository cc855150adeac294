# Shared helpers for build.py (stdlib only). Message construction + reminder templates.
import base64
import html
import quopri
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime

# ---------------------------------------------------------------- tenants
# Installers (the businesses using the AR agent). Each dunns from collections+CASE@ar.<domain>.
TENANTS = {
    'uk': dict(name='Brightwatt Renewables Ltd', domain='brightwatt.example', cur='GBP', style='en', tpl='en', ar='Brightwatt Credit Control'),
    'us': dict(name='Sunridge Home Energy, Inc.', domain='sunridge-energy.example', cur='USD', style='en', tpl='en', ar='Sunridge Accounts Receivable'),
    'au': dict(name='Southerly Solar & Heat Pty Ltd', domain='southerlysolar.example', cur='AUD', style='en', tpl='en', ar='Southerly Solar Accounts'),
    'in': dict(name='Suryodaya Rooftop Systems Pvt. Ltd.', domain='suryodaya-solar.example', cur='INR', style='in', tpl='en', ar='Suryodaya Accounts Receivable'),
    'de': dict(name='Wärmewerk Solartechnik GmbH', domain='waermewerk-solar.example', cur='EUR', style='de', tpl='de', ar='Wärmewerk Forderungsmanagement'),
    'at': dict(name='Alpensonne Haustechnik GmbH', domain='alpensonne.example', cur='EUR', style='de', tpl='de', ar='Alpensonne Buchhaltung'),
    'fr': dict(name='Héliotherm Énergies SAS', domain='heliotherm.example', cur='EUR', style='sp', tpl='fr', ar='Héliotherm Recouvrement'),
    'be': dict(name='Soleil & Chaleur SRL', domain='soleil-chaleur.example', cur='EUR', style='sp', tpl='fr', ar='Soleil & Chaleur Comptabilité'),
    'ma': dict(name='Chams Energie SARL', domain='chams-energie.example', cur='MAD', style='sp', tpl='fr', ar='Chams Energie Recouvrement'),
    'nl': dict(name='ZonWarmte Installaties B.V.', domain='zonwarmte.example', cur='EUR', style='de', tpl='nl', ar='ZonWarmte Debiteurenbeheer'),
    'it': dict(name='Solcalor Impianti S.r.l.', domain='solcalor.example', cur='EUR', style='de', tpl='it', ar='Solcalor Ufficio Crediti'),
    'es': dict(name='Termosol Levante S.L.', domain='termosol-levante.example', cur='EUR', style='de', tpl='es', ar='Termosol Cobros'),
    'ar': dict(name='Pampa Solar Energía S.A.', domain='pampasolar.example', cur='ARS', style='de', tpl='es', ar='Pampa Solar Cobranzas'),
    'pt': dict(name='Lusosol Climatização, Lda.', domain='lusosol.example', cur='EUR', style='sp', tpl='pt', ar='Lusosol Cobranças'),
    'br': dict(name='Sol & Calor Engenharia Ltda.', domain='solecalor.example', cur='BRL', style='de', tpl='ptbr', ar='Sol & Calor Financeiro'),
    'pl': dict(name='Słoneczne Ciepło Sp. z o.o.', domain='sloneczne-cieplo.example', cur='PLN', style='sp', tpl='pl', ar='Słoneczne Ciepło Należności'),
    'cz': dict(name='SolárTep s.r.o.', domain='solartep.example', cur='CZK', style='sp', tpl='cs', ar='SolárTep Pohledávky'),
    'sk': dict(name='Slnkoteplo s.r.o.', domain='slnkoteplo.example', cur='EUR', style='sp', tpl='sk', ar='Slnkoteplo Pohľadávky'),
    'hu': dict(name='Napfény-Hő Kft.', domain='napfenyho.example', cur='HUF', style='nod_sp', tpl='hu', ar='Napfény-Hő Követeléskezelés'),
    'ro': dict(name='SolarTerm Instal SRL', domain='solarterm.example', cur='RON', style='de', tpl='ro', ar='SolarTerm Încasări'),
    'se': dict(name='Solvärme Norden AB', domain='solvarme.example', cur='SEK', style='sp', tpl='sv', ar='Solvärme Kundreskontra'),
    'dk': dict(name='Varme & Sol ApS', domain='varmesol.example', cur='DKK', style='de', tpl='da', ar='Varme & Sol Debitor'),
    'no': dict(name='Nordlys Energi AS', domain='nordlys-energi.example', cur='NOK', style='sp', tpl='nb', ar='Nordlys Energi Reskontro'),
    'fi': dict(name='Aurinkolämpö Oy', domain='aurinkolampo.example', cur='EUR', style='sp', tpl='fi', ar='Aurinkolämpö Reskontra'),
    'ee': dict(name='Päikesesoojus OÜ', domain='paikesesoojus.example', cur='EUR', style='sp', tpl='et', ar='Päikesesoojus Arveldus'),
    'lt': dict(name='Saulės šiluma UAB', domain='saulessiluma.example', cur='EUR', style='sp', tpl='lt', ar='Saulės šiluma Apskaita'),
    'gr': dict(name='Ηλιοθερμική Ενεργειακή Α.Ε.', domain='iliothermiki.example', cur='EUR', style='de', tpl='el', ar='Ηλιοθερμική Εισπράξεις'),
    'tr': dict(name='Güneşısı Enerji A.Ş.', domain='gunesisi.example', cur='TRY', style='de', tpl='tr', ar='Güneşısı Tahsilat'),
    'jp': dict(name='ひだまり設備株式会社', domain='hidamari-setsubi.example', cur='JPY', style='nod_en', tpl='ja', ar='ひだまり設備 経理部'),
    'tw': dict(name='陽暖能源工程有限公司', domain='yangnuan-energy.example', cur='TWD', style='nod_en', tpl='zh', ar='陽暖能源 應收帳款組'),
}

# ---------------------------------------------------------------- reminder templates (our own wording)
TPL = {
 'en': dict(s1='Payment reminder: {inv} overdue by {days} days ({amt})', sn='Payment reminder: {n} invoices overdue ({amt})',
   hello='Dear {name},', intro='According to our accounts, the following balance for {cust} is now overdue:',
   cols=('Invoice', 'Due', 'Amount'), total='Amount outstanding: {amt}',
   pay='You can pay by card at {url} or by bank transfer quoting the invoice number.',
   paid='Already settled? Send us the payment date and your reference and we will reconcile it.',
   query='If you have a question about the work or the invoice, simply answer this email.',
   bye='With thanks,', team='Credit Control'),
 'de': dict(s1='Zahlungserinnerung: {inv} seit {days} Tagen fällig ({amt})', sn='Zahlungserinnerung: {n} offene Rechnungen ({amt})',
   hello='Guten Tag {name},', intro='laut unserer Buchhaltung ist für {cust} folgender Betrag überfällig:',
   cols=('Rechnung', 'Fällig am', 'Betrag'), total='Offener Betrag: {amt}',
   pay='Sie können per Karte unter {url} oder per Überweisung mit Angabe der Rechnungsnummer bezahlen.',
   paid='Bereits beglichen? Dann nennen Sie uns bitte Zahlungsdatum und Referenz, damit wir die Zahlung zuordnen können.',
   query='Bei Fragen zur Leistung oder zur Rechnung antworten Sie einfach auf diese E-Mail.',
   bye='Freundliche Grüße', team='Forderungsmanagement'),
 'fr': dict(s1='Relance : facture {inv} échue depuis {days} jours ({amt})', sn='Relance : {n} factures échues ({amt})',
   hello='Bonjour {name},', intro="D'après notre comptabilité, le solde suivant de {cust} est échu :",
   cols=('Facture', 'Échéance', 'Montant'), total='Montant dû : {amt}',
   pay='Vous pouvez régler par carte sur {url} ou par virement en indiquant le numéro de facture.',
   paid='Déjà réglé ? Indiquez-nous la date et la référence du paiement afin que nous puissions le rapprocher.',
   query='Pour toute question sur les travaux ou la facture, répondez simplement à ce message.',
   bye='Cordialement,', team='Service recouvrement'),
 'nl': dict(s1='Betalingsherinnering: {inv} is {days} dagen vervallen ({amt})', sn='Betalingsherinnering: {n} vervallen facturen ({amt})',
   hello='Beste {name},', intro='Volgens onze administratie staat voor {cust} het volgende bedrag open na de vervaldatum:',
   cols=('Factuur', 'Vervaldatum', 'Bedrag'), total='Openstaand bedrag: {amt}',
   pay='U kunt betalen via {url} of per overboeking onder vermelding van het factuurnummer.',
   paid='Al betaald? Laat ons de betaaldatum en uw kenmerk weten, dan boeken wij de betaling af.',
   query='Vragen over de werkzaamheden of de factuur? Beantwoord dan gewoon deze e-mail.',
   bye='Met vriendelijke groet,', team='Debiteurenbeheer'),
 'it': dict(s1='Sollecito: fattura {inv} scaduta da {days} giorni ({amt})', sn='Sollecito: {n} fatture scadute ({amt})',
   hello='Gentile {name},', intro='dalla nostra contabilità risulta scaduto il seguente importo a carico di {cust}:',
   cols=('Fattura', 'Scadenza', 'Importo'), total='Totale da saldare: {amt}',
   pay='Può pagare con carta su {url} oppure con bonifico indicando il numero di fattura.',
   paid='Ha già pagato? Ci comunichi data e riferimento del pagamento, così potremo abbinarlo.',
   query='Per domande sui lavori o sulla fattura basta rispondere a questa e-mail.',
   bye='Cordiali saluti,', team='Ufficio crediti'),
 'es': dict(s1='Recordatorio: la factura {inv} lleva {days} días vencida ({amt})', sn='Recordatorio: {n} facturas vencidas ({amt})',
   hello='Estimado/a {name}:', intro='Según nuestra contabilidad, el siguiente importe de {cust} está vencido:',
   cols=('Factura', 'Vencimiento', 'Importe'), total='Importe pendiente: {amt}',
   pay='Puede pagar con tarjeta en {url} o por transferencia indicando el número de factura.',
   paid='¿Ya lo ha abonado? Indíquenos la fecha y la referencia del pago para poder conciliarlo.',
   query='Si tiene alguna duda sobre la obra o la factura, responda a este correo.',
   bye='Un saludo,', team='Departamento de cobros'),
 'pt': dict(s1='Lembrete: fatura {inv} vencida há {days} dias ({amt})', sn='Lembrete: {n} faturas vencidas ({amt})',
   hello='Caro(a) {name},', intro='De acordo com a nossa contabilidade, o seguinte valor de {cust} encontra-se vencido:',
   cols=('Fatura', 'Vencimento', 'Valor'), total='Valor em dívida: {amt}',
   pay='Pode pagar por cartão em {url} ou por transferência bancária indicando o número da fatura.',
   paid='Já pagou? Indique-nos a data e a referência do pagamento para o podermos conciliar.',
   query='Se tiver dúvidas sobre os trabalhos ou a fatura, basta responder a este e-mail.',
   bye='Com os melhores cumprimentos,', team='Departamento de Cobranças'),
 'ptbr': dict(s1='Lembrete: fatura {inv} vencida há {days} dias ({amt})', sn='Lembrete: {n} faturas vencidas ({amt})',
   hello='Prezado(a) {name},', intro='Segundo nossos registros, o seguinte valor de {cust} está em atraso:',
   cols=('Fatura', 'Vencimento', 'Valor'), total='Valor em aberto: {amt}',
   pay='Você pode pagar por boleto ou PIX pelo link {url}, informando o número da fatura.',
   paid='Já pagou? Responda com a data e o identificador do pagamento para darmos baixa.',
   query='Dúvidas sobre o serviço ou a fatura? É só responder este e-mail.',
   bye='Atenciosamente,', team='Contas a Receber'),
 'pl': dict(s1='Przypomnienie: faktura {inv} przeterminowana o {days} dni ({amt})', sn='Przypomnienie: {n} przeterminowane faktury ({amt})',
   hello='Szanowni Państwo,', intro='według naszej ewidencji poniższa należność (kontrahent: {cust}) jest po terminie:',
   cols=('Faktura', 'Termin', 'Kwota'), total='Do zapłaty: {amt}',
   pay='Płatności można dokonać kartą pod adresem {url} lub przelewem, podając numer faktury w tytule.',
   paid='Jeśli płatność została już zrealizowana, prosimy o podanie daty i numeru referencyjnego przelewu.',
   query='W razie pytań dotyczących prac lub faktury wystarczy odpowiedzieć na tę wiadomość.',
   bye='Z poważaniem', team='Dział Należności'),
 'cs': dict(s1='Upomínka: faktura {inv} je {days} dní po splatnosti ({amt})', sn='Upomínka: {n} faktury po splatnosti ({amt})',
   hello='Dobrý den,', intro='podle našeho účetnictví evidujeme u odběratele {cust} tuto částku po splatnosti:',
   cols=('Faktura', 'Splatnost', 'Částka'), total='Celkem k úhradě: {amt}',
   pay='Zaplatit můžete kartou na {url} nebo převodem s číslem faktury ve zprávě pro příjemce.',
   paid='Pokud jste již zaplatili, pošlete nám prosím datum a referenci platby, abychom ji mohli spárovat.',
   query='S dotazy k provedeným pracím nebo k faktuře stačí odpovědět na tento e-mail.',
   bye='S pozdravem', team='Oddělení pohledávek'),
 'sk': dict(s1='Upomienka: faktúra {inv} je {days} dní po splatnosti ({amt})', sn='Upomienka: {n} faktúry po splatnosti ({amt})',
   hello='Dobrý deň,', intro='podľa našej evidencie je u odberateľa {cust} po splatnosti táto suma:',
   cols=('Faktúra', 'Splatnosť', 'Suma'), total='Spolu na úhradu: {amt}',
   pay='Zaplatiť môžete kartou na {url} alebo prevodom s číslom faktúry v poznámke.',
   paid='Ak ste už zaplatili, pošlite nám prosím dátum a referenciu platby, aby sme ju mohli priradiť.',
   query='S otázkami k prácam alebo k faktúre stačí odpovedať na tento e-mail.',
   bye='S pozdravom', team='Oddelenie pohľadávok'),
 'hu': dict(s1='Fizetési emlékeztető: {inv} számla {days} napja lejárt ({amt})', sn='Fizetési emlékeztető: {n} lejárt számla ({amt})',
   hello='Tisztelt {name}!', intro='Nyilvántartásunk szerint {cust} részéről az alábbi összeg lejárt:',
   cols=('Számla', 'Esedékes', 'Összeg'), total='Fizetendő összesen: {amt}',
   pay='Fizethet bankkártyával a {url} oldalon, vagy átutalással, a közleményben a számlaszámmal.',
   paid='Ha már fizetett, kérjük, írja meg a fizetés dátumát és azonosítóját, hogy párosíthassuk.',
   query='A munkával vagy a számlával kapcsolatos kérdéseivel egyszerűen válaszoljon erre a levélre.',
   bye='Üdvözlettel:', team='Követeléskezelés'),
 'ro': dict(s1='Reamintire: factura {inv} este restantă de {days} zile ({amt})', sn='Reamintire: {n} facturi restante ({amt})',
   hello='Stimate/Stimată {name},', intro='conform evidențelor noastre, următoarea sumă datorată de {cust} este restantă:',
   cols=('Factura', 'Scadența', 'Suma'), total='Total de plată: {amt}',
   pay='Puteți plăti cu cardul la {url} sau prin transfer bancar, menționând numărul facturii.',
   paid='Dacă ați plătit deja, vă rugăm să ne transmiteți data și referința plății pentru a o putea aloca.',
   query='Pentru întrebări despre lucrare sau factură, răspundeți pur și simplu la acest e-mail.',
   bye='Cu stimă,', team='Departamentul Încasări'),
 'sv': dict(s1='Betalningspåminnelse: {inv} är {days} dagar försenad ({amt})', sn='Betalningspåminnelse: {n} förfallna fakturor ({amt})',
   hello='Hej {name},', intro='enligt vår reskontra har följande belopp för {cust} passerat förfallodagen:',
   cols=('Faktura', 'Förfallodag', 'Belopp'), total='Att betala: {amt}',
   pay='Du kan betala med kort på {url} eller via bankgiro med fakturanumret som referens.',
   paid='Redan betalt? Skicka betalningsdatum och referens så stämmer vi av betalningen.',
   query='Har du frågor om arbetet eller fakturan räcker det att svara på det här mejlet.',
   bye='Vänliga hälsningar', team='Kundreskontra'),
 'da': dict(s1='Betalingspåmindelse: {inv} er {days} dage over forfald ({amt})', sn='Betalingspåmindelse: {n} forfaldne fakturaer ({amt})',
   hello='Kære {name}', intro='Ifølge vores bogføring er følgende beløb for {cust} forfaldent:',
   cols=('Faktura', 'Forfald', 'Beløb'), total='Udestående: {amt}',
   pay='I kan betale med kort på {url} eller via bankoverførsel med fakturanummeret som tekst.',
   paid='Har I allerede betalt? Så send os betalingsdato og reference, så vi kan afstemme betalingen.',
   query='Spørgsmål til arbejdet eller fakturaen? Svar blot på denne mail.',
   bye='Venlig hilsen', team='Debitorbogholderiet'),
 'nb': dict(s1='Betalingspåminnelse: {inv} er {days} dager over forfall ({amt})', sn='Betalingspåminnelse: {n} forfalte fakturaer ({amt})',
   hello='Hei {name},', intro='ifølge vårt regnskap har følgende beløp for {cust} passert forfallsdato:',
   cols=('Faktura', 'Forfall', 'Beløp'), total='Utestående: {amt}',
   pay='Du kan betale med kort på {url} eller med bankoverføring og fakturanummer.',
   paid='Allerede betalt? Send oss betalingsdato og referanse, så avstemmer vi innbetalingen.',
   query='Har du spørsmål om arbeidet eller fakturaen, kan du bare svare på denne e-posten.',
   bye='Med vennlig hilsen', team='Reskontro'),
 'fi': dict(s1='Maksumuistutus: lasku {inv} on {days} päivää erääntynyt ({amt})', sn='Maksumuistutus: {n} erääntynyttä laskua ({amt})',
   hello='Hei {name},', intro='kirjanpitomme mukaan asiakkaalta {cust} on erääntynyt seuraava summa:',
   cols=('Lasku', 'Eräpäivä', 'Summa'), total='Maksettavaa yhteensä: {amt}',
   pay='Voitte maksaa kortilla osoitteessa {url} tai tilisiirtona laskun viitenumerolla.',
   paid='Jos olette jo maksaneet, kertokaa maksupäivä ja maksun tunniste, niin kohdistamme suorituksen.',
   query='Jos teillä on kysyttävää työstä tai laskusta, vastatkaa tähän viestiin.',
   bye='Ystävällisin terveisin', team='Reskontra'),
 'et': dict(s1='Maksemise meeldetuletus: arve {inv} on {days} päeva üle tähtaja ({amt})', sn='Maksemise meeldetuletus: {n} tähtaja ületanud arvet ({amt})',
   hello='Tere, {name}!', intro='Meie raamatupidamise andmetel on kliendil {cust} tasumata järgmine summa:',
   cols=('Arve', 'Tähtaeg', 'Summa'), total='Tasuda kokku: {amt}',
   pay='Saate tasuda kaardiga aadressil {url} või pangaülekandega, märkides selgitusse arve numbri.',
   paid='Kui olete juba tasunud, saatke palun makse kuupäev ja viide, et saaksime makse siduda.',
   query='Küsimuste korral tööde või arve kohta vastake lihtsalt sellele kirjale.',
   bye='Lugupidamisega', team='Arveldusosakond'),
 'lt': dict(s1='Priminimas: sąskaita {inv} vėluoja {days} d. ({amt})', sn='Priminimas: {n} pradelstos sąskaitos ({amt})',
   hello='Laba diena,', intro='mūsų apskaitos duomenimis, ši pirkėjo „{cust}“ suma yra pradelsta:',
   cols=('Sąskaita', 'Terminas', 'Suma'), total='Iš viso mokėti: {amt}',
   pay='Galite sumokėti kortele adresu {url} arba pavedimu, paskirtyje nurodę sąskaitos numerį.',
   paid='Jei jau sumokėjote, atsiųskite mokėjimo datą ir nuorodą, kad galėtume jį priskirti.',
   query='Jei turite klausimų dėl darbų ar sąskaitos, tiesiog atsakykite į šį laišką.',
   bye='Pagarbiai', team='Apskaitos skyrius'),
 'el': dict(s1='Υπενθύμιση: το τιμολόγιο {inv} είναι ληξιπρόθεσμο {days} ημέρες ({amt})', sn='Υπενθύμιση: {n} ληξιπρόθεσμα τιμολόγια ({amt})',
   hello='Αγαπητέ/ή {name},', intro='σύμφωνα με τα λογιστικά μας στοιχεία, το παρακάτω ποσό του πελάτη {cust} είναι ληξιπρόθεσμο:',
   cols=('Τιμολόγιο', 'Λήξη', 'Ποσό'), total='Σύνολο οφειλής: {amt}',
   pay='Μπορείτε να πληρώσετε με κάρτα στο {url} ή με τραπεζική μεταφορά αναφέροντας τον αριθμό τιμολογίου.',
   paid='Αν έχετε ήδη πληρώσει, στείλτε μας την ημερομηνία και την αιτιολογία της πληρωμής για να την αντιστοιχίσουμε.',
   query='Για ερωτήσεις σχετικά με την εργασία ή το τιμολόγιο, απαντήστε απλώς σε αυτό το μήνυμα.',
   bye='Με εκτίμηση,', team='Τμήμα Εισπράξεων'),
 'tr': dict(s1='Ödeme hatırlatması: {inv} numaralı fatura {days} gün gecikmede ({amt})', sn='Ödeme hatırlatması: {n} vadesi geçmiş fatura ({amt})',
   hello='Sayın {name},', intro='kayıtlarımıza göre {cust} adına aşağıdaki tutarın vadesi geçmiştir:',
   cols=('Fatura', 'Vade', 'Tutar'), total='Toplam borç: {amt}',
   pay='Ödemenizi {url} adresinden kartla ya da açıklamaya fatura numarasını yazarak havale/EFT ile yapabilirsiniz.',
   paid='Ödemeyi yaptıysanız, eşleştirebilmemiz için lütfen ödeme tarihini ve referansını bize iletin.',
   query='İş veya fatura ile ilgili sorularınız için bu e-postayı yanıtlamanız yeterlidir.',
   bye='Saygılarımızla,', team='Tahsilat Birimi'),
 'ja': dict(s1='【お支払いのお願い】請求書 {inv}（{amt}）のお支払期日を{days}日経過しております', sn='【お支払いのお願い】請求書{n}件（{amt}）のお支払期日を経過しております',
   hello='{cust}\n{name} 様', intro='いつもお世話になっております。弊社記録によりますと、下記のご請求金額のお支払いが確認できておりません。',
   cols=('請求書番号', '支払期日', '金額'), total='未払い合計：{amt}',
   pay='{url} からカードでお支払いいただくか、請求書番号を添えて銀行振込にてお支払いください。',
   paid='すでにお振込み済みの場合は、お手数ですがお振込日と振込番号をお知らせください。照合いたします。',
   query='工事内容や請求内容についてご不明な点がございましたら、本メールにご返信ください。',
   bye='よろしくお願いいたします。', team='経理部 債権管理課'),
 'zh': dict(s1='付款提醒：發票 {inv} 已逾期 {days} 天（{amt}）', sn='付款提醒：{n} 張發票已逾期（{amt}）',
   hello='{name} 您好：', intro='根據本公司帳務紀錄，{cust} 下列款項已逾期未付：',
   cols=('發票號碼', '到期日', '金額'), total='應付總額：{amt}',
   pay='您可至 {url} 以信用卡付款，或以銀行匯款並註明發票號碼。',
   paid='若您已付款，請回覆付款日期及匯款參考編號，以便我們核對入帳。',
   query='如對施工內容或發票有任何疑問，請直接回覆此郵件。',
   bye='敬祝 商祺', team='財務部 應收帳款組'),
}

# Outlook-style quoted header labels per language
OUTLOOK = {
 'en': ('From', 'Sent', 'To', 'Subject'), 'de': ('Von', 'Gesendet', 'An', 'Betreff'),
 'fr': ('De', 'Envoyé', 'À', 'Objet'), 'nl': ('Van', 'Verzonden', 'Aan', 'Onderwerp'),
 'it': ('Da', 'Inviato', 'A', 'Oggetto'), 'es': ('De', 'Enviado el', 'Para', 'Asunto'),
 'pt': ('De', 'Enviado', 'Para', 'Assunto'), 'pl': ('Od', 'Wysłane', 'Do', 'Temat'),
 'cs': ('Od', 'Odesláno', 'Komu', 'Předmět'), 'sk': ('Od', 'Odoslané', 'Komu', 'Predmet'),
 'hu': ('Feladó', 'Elküldve', 'Címzett', 'Tárgy'), 'ro': ('De la', 'Trimis', 'Către', 'Subiect'),
 'sv': ('Från', 'Skickat', 'Till', 'Ämne'), 'da': ('Fra', 'Sendt', 'Til', 'Emne'),
 'nb': ('Fra', 'Sendt', 'Til', 'Emne'), 'fi': ('Lähettäjä', 'Lähetetty', 'Vastaanottaja', 'Aihe'),
 'et': ('Saatja', 'Saadetud', 'Adressaat', 'Teema'), 'lt': ('Nuo', 'Išsiųsta', 'Kam', 'Tema'),
 'el': ('Από', 'Στάλθηκε', 'Προς', 'Θέμα'), 'tr': ('Kimden', 'Gönderildi', 'Kime', 'Konu'),
 'ja': ('差出人', '送信日時', '宛先', '件名'), 'zh': ('寄件者', '寄件日期', '收件者', '主旨'),
 'ar': ('من', 'تاريخ الإرسال', 'إلى', 'الموضوع'),
}
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def outlook_sent(dt, ol):
    """How a localized Outlook prints the 'Sent' value of the quoted reminder."""
    if ol == 'en-US':
        h = dt.hour % 12 or 12
        return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    if ol in ('en-GB', 'en-AU', 'en-IN'):
        return f"{dt.day:02d} {EN_MONTHS[dt.month-1]} {dt.year} {dt:%H:%M}"
    if ol in ('sv', 'lt'):
        return f"{dt:%Y-%m-%d %H:%M}"
    if ol == 'hu':
        return f"{dt:%Y. %m. %d. %H:%M}"
    if ol in ('ja', 'zh'):
        return f"{dt:%Y/%m/%d %H:%M}"
    if ol == 'nl':
        return f"{dt:%d-%m-%Y %H:%M}"
    if ol in ('fr', 'it', 'es', 'pt', 'ar', 'el'):
        return f"{dt:%d/%m/%Y %H:%M}"
    return f"{dt:%d.%m.%Y %H:%M}"


GM_DAYS = {
 'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
 'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
 'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
 'nl': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
 'cs': ['po', 'út', 'st', 'čt', 'pá', 'so', 'ne'],
 'sk': ['po', 'ut', 'st', 'št', 'pi', 'so', 'ne'],
 'tr': ['Pzt', 'Sal', 'Çar', 'Per', 'Cum', 'Cmt', 'Paz'],
 'pt': ['seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.', 'dom.'],
 'hi': ['सोम', 'मंगल', 'बुध', 'गुरु', 'शुक्र', 'शनि', 'रवि'],
 'sv': ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
 'ja': ['月', '火', '水', '木', '金', '土', '日'],
}
GM_MONTHS = {
 'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
 'es': ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
 'fr': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
 'nl': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
 'tr': ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'],
 'pt': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.'],
 'hi': ['जन॰', 'फ़र॰', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुल॰', 'अग॰', 'सित॰', 'अक्तू॰', 'नव॰', 'दिस॰'],
 'sv': ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
}


def gmail_attr(lang, dt, who):
    d, m = dt.weekday(), dt.month - 1
    hm = f"{dt:%H:%M}"
    if lang == 'en':
        return f"On {GM_DAYS['en'][d]}, {dt.day} {GM_MONTHS['en'][m]} {dt.year} at {hm}, {who} wrote:"
    if lang == 'es':
        return f"El {GM_DAYS['es'][d]}, {dt.day} {GM_MONTHS['es'][m]} {dt.year} a las {hm}, {who.replace('<', '(<').replace('>', '>)')} escribió:"
    if lang == 'fr':
        return f"Le {GM_DAYS['fr'][d]} {dt.day} {GM_MONTHS['fr'][m]} {dt.year} à {hm}, {who} a écrit :"
    if lang == 'nl':
        return f"Op {GM_DAYS['nl'][d]} {dt.day} {GM_MONTHS['nl'][m]} {dt.year} om {hm} schreef {who}:"
    if lang == 'cs':
        return f"{GM_DAYS['cs'][d]} {dt.day}. {dt.month}. {dt.year} v {dt.hour}:{dt.minute:02d} odesílatel {who} napsal:"
    if lang == 'sk':
        return f"{GM_DAYS['sk'][d]} {dt.day}. {dt.month}. {dt.year} o {dt.hour}:{dt.minute:02d} {who} napísal(a):"
    if lang == 'tr':
        return f"{who}, {dt.day} {GM_MONTHS['tr'][m]} {dt.year} {GM_DAYS['tr'][d]}, {hm} tarihinde şunu yazdı:"
    if lang == 'pt':
        return f"Em {GM_DAYS['pt'][d]}, {dt.day} de {GM_MONTHS['pt'][m]} de {dt.year} às {hm}, {who} escreveu:"
    if lang == 'hi':
        h = dt.hour % 12 or 12
        return f"{GM_DAYS['hi'][d]}, {dt.day} {GM_MONTHS['hi'][m]} {dt.year} को {h}:{dt.minute:02d} {'am' if dt.hour < 12 else 'pm'} बजे {who} ने लिखा:"
    if lang == 'sv':
        return f"Den {GM_DAYS['sv'][d]} {dt.day} {GM_MONTHS['sv'][m]} {dt.year} kl {hm} skrev {who}:"
    if lang == 'ja':
        return f"{dt.year}年{dt.month}月{dt.day}日({GM_DAYS['ja'][d]}) {dt.hour}:{dt.minute:02d} {who}:"
    raise KeyError(lang)


# ---------------------------------------------------------------- numbers, dates

def fmt_amount(x, style):
    x = Decimal(x)
    if style == 'en':
        return f"{x:,.2f}"
    if style == 'de':
        return f"{x:,.2f}".replace(',', '#').replace('.', ',').replace('#', '.')
    if style == 'sp':
        return f"{x:,.2f}".replace(',', ' ').replace('.', ',')
    if style == 'nod_sp':
        assert x == int(x)
        return f"{int(x):,}".replace(',', ' ')
    if style == 'nod_en':
        assert x == int(x)
        return f"{int(x):,}"
    if style == 'in':
        whole, frac = f"{x:.2f}".split('.')
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return ','.join(groups + [tail]) + '.' + frac if groups else tail + '.' + frac
    raise KeyError(style)


def tzobj(off):
    sign = 1 if off[0] == '+' else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def local_dt(s, off):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=tzobj(off))


# ---------------------------------------------------------------- MIME helpers

def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _qword(b):
    out = []
    for ch in b:
        c = chr(ch)
        if c == ' ':
            out.append('_')
        elif c.isalnum() and ch < 128:
            out.append(c)
        elif c in '!*+-/' and ch < 128:
            out.append(c)
        else:
            out.append('=%02X' % ch)
    return ''.join(out)


def enc_hdr(s, charset='utf-8'):
    """RFC 2047 encoded-words with the proper MIME charset label, split on character boundaries."""
    if is_ascii(s):
        return s
    label = charset.lower()
    mode = 'q' if (label.startswith('iso-8859') or label.startswith('windows-125')) else 'b'
    def word(chunk):
        b = chunk.encode(charset)
        if mode == 'q':
            return f"=?{label}?q?{_qword(b)}?="
        return f"=?{label}?b?{base64.b64encode(b).decode('ascii')}?="
    words, cur = [], ''
    for ch in s:
        if cur and len(word(cur + ch)) > 72:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return '\n '.join(words)


def addr(name, email, charset='utf-8'):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()"@&'):
            return '"' + name.replace('"', '\\"') + '" <' + email + '>'
        return f"{name} <{email}>"
    return f"{enc_hdr(name, charset)} <{email}>"


def enc_body(text, charset, cte):
    """Return (cte_header_value, payload_text)."""
    if cte == '8bit':
        assert charset.lower() == 'utf-8'
        text.encode('utf-8')
        return '8bit', text
    b = text.encode(charset)  # strict: fails loudly if a character is not in the charset
    if cte == '7bit':
        return '7bit', b.decode('ascii')
    if cte == 'qp':
        return 'quoted-printable', quopri.encodestring(b).decode('ascii')
    if cte == 'b64':
        return 'base64', base64.encodebytes(b).decode('ascii')
    raise KeyError(cte)


def leaf(ctype, charset, cte, text, extra=()):
    cte_v, payload = enc_body(text, charset, cte)
    hs = [('Content-Type', f'{ctype}; charset="{charset}"'), ('Content-Transfer-Encoding', cte_v)] + list(extra)
    return hs, payload


def render_part(hs, payload):
    return '\n'.join(f'{k}: {v}' for k, v in hs) + '\n\n' + payload


def multipart(subtype, boundary, parts, preamble=None, params=''):
    out = []
    if preamble:
        out.append(preamble + '\n')
    for hs, payload in parts:
        out.append(f'--{boundary}\n' + render_part(hs, payload).rstrip('\n') + '\n')
    out.append(f'--{boundary}--\n')
    hs = [('Content-Type', f'multipart/{subtype}; boundary="{boundary}"{params}')]
    return hs, '\n'.join(out)


def text_to_html(text, rtl=False):
    paras = [p for p in text.split('\n\n')]
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split('\n')]
        out.append('<p>' + '<br>\n'.join(lines) + '</p>' if p.strip() else '<p>&nbsp;</p>')
    return '\n'.join(out)


def html_doc(inner, charset, rtl=False, lang=None):
    d = ' dir="rtl"' if rtl else ''
    la = f' lang="{lang}"' if lang else ''
    return (f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'</head>\n<body{la}{d}>\n<div>\n{inner}\n</div>\n</body></html>\n')
