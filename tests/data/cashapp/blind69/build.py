#!/usr/bin/env python3
"""Blind cash-application ledger: CEE industrial-chemicals distributor.
Deterministic, stdlib only. Writes invoices.json, payments.json, labels.json, README.md."""
import json, random, unicodedata, itertools, os
from datetime import date, timedelta
from collections import Counter, defaultdict

R = random.Random(23611)
OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- customers
COUNTRIES = {
 'PL': ('PLN', 'pl', [
  "Zakłady Chemiczne Śląsk Sp. z o.o.", "Przedsiębiorstwo Handlowe Łęczyca S.A.", "Farby i Lakiery Żywiec Sp. z o.o.",
  "Galwanizernia Dąbrowa Górnicza Sp.k.", "Oczyszczalnia Ścieków Gniezno Sp. z o.o.", "Tworzywa Sztuczne Włocławek S.A.",
  "Kosmetyki Różana Łódź Sp. z o.o.", "Garbarnia Świebodzin Sp. z o.o.", "Papiernia Kwidzyń Północ S.A.",
  "Chemia Budowlana Rzeszów Sp. z o.o.", "Ziołolek Białystok Sp. z o.o.", "Odlewnia Żeliwa Śrem Sp. z o.o.",
  "Mleczarnia Łomża Spółdzielnia", "Przetwórstwo Szkła Krosno Sp. z o.o.", "Stocznia Remontowa Gdańsk Nabrzeże S.A.",
  "Pralnia Przemysłowa Częstochowa Sp. z o.o.", "Wodociągi Miejskie Ełk Sp. z o.o.", "Drukarnia Offsetowa Kraków Sp. z o.o.",
  "Agrochem Sieradz Sp. z o.o.", "Laboratorium Analiz Środowiskowych Poznań Sp. z o.o."]),
 'CZ': ('CZK', 'cs', [
  "Chemické závody Ústí nad Labem a.s.", "Barvy a laky Hradec Králové s.r.o.", "Slévárna Třinec s.r.o.",
  "Úpravna vody Plzeň-Bory s.r.o.", "Kožedělné závody Zlín a.s.", "Sklárny Železný Brod s.r.o.",
  "Papírny Štětí Sever s.r.o.", "Galvanovna Brno-Řečkovice s.r.o.", "Pivovar Žatec Údolí a.s.",
  "Textilní úpravna Liberec s.r.o.", "Zemědělské družstvo Čáslav", "Čistírna odpadních vod Ostrava s.r.o.",
  "Kosmetika Říčany s.r.o.", "Plasty Kopřivnice a.s."]),
 'HU': ('HUF', 'hu', [
  "Tiszai Vegyipari Kft.", "Győri Fémfeldolgozó Zrt.", "Szegedi Élelmiszeripari Kft.", "Pécsi Bőrgyár Kft.",
  "Debreceni Víztisztító Zrt.", "Miskolci Öntöde Kft.", "Székesfehérvári Festékgyár Kft.", "Kecskeméti Üveggyár Bt.",
  "Dunaújvárosi Papíripari Zrt.", "Egri Borászati Szövetkezet", "Sóstói Műanyagipari Kft."]),
 'RO': ('RON', 'ro', [
  "Combinatul Chimic Făgăraș SA", "Vopsele Timișoara SRL", "Tăbăcăria Cluj-Napoca SRL", "Apă Canal Brașov SA",
  "Sticlăria Mediaș SRL", "Turnătoria Reșița SRL", "Fabrica de Hârtie Piatra Neamț SA", "Detergenți Ploiești SRL",
  "Cosmetice Iași Ștefănești SRL", "Agrochimica Bărăgan SRL", "Galvanizare Pitești SRL"]),
 'SK': ('EUR', 'sk', [
  "Chemické závody Šaľa a.s.", "Farby Žilina s.r.o.", "Zlieváreň Považská Bystrica s.r.o.",
  "Vodárne a kanalizácie Košice-Ťahanovce a.s.", "Papierne Ružomberok Juh s.r.o.", "Koželužne Bošany s.r.o.",
  "Sklárne Lednické Rovne s.r.o.", "Plasty Nitra-Čakajovce s.r.o."]),
 'LT': ('EUR', 'en', ["UAB Kauno chemija", "UAB Šiaulių dažai", "AB Klaipėdos vandenys", "UAB Panevėžio stiklas"]),
 'LV': ('EUR', 'en', ["SIA Rīgas ķīmija", "SIA Liepājas metāls", "AS Daugavpils ūdens"]),
 'EE': ('EUR', 'en', ["OÜ Tartu Keemia", "AS Pärnu Paber", "OÜ Narva Värvid"]),
}
PREFIX = {'PL': 'FV', 'CZ': 'FA', 'HU': 'SZLA', 'RO': 'CHM', 'SK': 'FS', 'LT': 'INV', 'LV': 'INV', 'EE': 'INV'}
TRUNC = {'PL': 35, 'CZ': 35, 'HU': 32, 'RO': 35, 'SK': 70, 'LT': 70, 'LV': 70, 'EE': 70}

customers = []
for cc, (cur, lang, names) in COUNTRIES.items():
    for k, n in enumerate(names, 1):
        customers.append({'id': 'K-%s-%03d' % (cc, k * 7 + 3), 'name': n, 'cc': cc, 'cur': cur, 'lang': lang})
CUST = {c['id']: c for c in customers}

def strip(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ß', 'ss')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))

def bank_name(c, style=None):
    """How the bank shows the payer: diacritics stripped, upper case, truncated."""
    style = style if style is not None else R.random()
    n = c['name']
    if c['cc'] in ('SK', 'LT', 'LV', 'EE') and style < 0.35:
        return n  # SEPA keeps UTF-8 for some banks
    n = strip(n).upper()
    if c['cc'] == 'HU' and style < 0.5:
        n = n.replace('KFT.', 'KFT').replace('ZRT.', 'ZRT')
    return n[:TRUNC[c['cc']]].rstrip()

# ---------------------------------------------------------------- money
def c2s(c):  # cents -> decimal string
    s = '-' if c < 0 else ''
    c = abs(c)
    return '%s%d.%02d' % (s, c // 100, c % 100)

def grp(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def fmt(c, cur, style=0):
    """Amount as a person would write it in the remittance."""
    w, f = divmod(abs(c), 100)
    if cur == 'HUF':
        return grp(w, ' ') + ' Ft' if style % 2 == 0 else grp(w, '.') + ' HUF'
    if cur == 'PLN':
        return (grp(w, ' ') + ',%02d zł' % f) if style % 2 == 0 else ('%d,%02d PLN' % (w, f))
    if cur == 'CZK':
        return (grp(w, ' ') + ',%02d Kč' % f) if style % 2 == 0 else ('CZK %d,%02d' % (w, f))
    if cur == 'RON':
        return (grp(w, '.') + ',%02d lei' % f) if style % 2 == 0 else ('%d,%02d RON' % (w, f))
    if cur == 'EUR':
        return (grp(w, ' ') + ',%02d €' % f) if style % 2 == 0 else ('EUR %s.%02d' % (grp(w, ','), f))
    return '%d.%02d %s' % (w, f, cur)

def rand_amount(cur):
    if cur == 'PLN': c = R.randint(800, 90000) * 100 + R.choice([0, 0, R.randint(0, 99)])
    elif cur == 'CZK': c = R.randint(4000, 600000) * 100 + R.choice([0, 0, R.randint(0, 99)])
    elif cur == 'HUF': c = R.randint(60, 9000) * 100000 // 100 * 100 + R.randint(0, 99) * 100 * 10
    elif cur == 'RON': c = R.randint(900, 95000) * 100 + R.choice([0, R.randint(0, 99)])
    else: c = R.randint(250, 38000) * 100 + R.choice([0, R.randint(0, 99)])
    return c

# ---------------------------------------------------------------- invoices
D0 = date(2026, 6, 15)
inv_events = []
for c in customers:
    n_ev = R.randint(10, 21)
    for _ in range(n_ev):
        d = D0 + timedelta(R.randint(0, 157))  # up to 2026-11-19
        k = 1 if R.random() < 0.78 else R.randint(2, 4)  # batch = consecutive numbers
        inv_events.append((d, c['id'], k, c['cur']))
    if c['cc'] == 'PL' and R.random() < 0.45:  # some Polish customers buy in EUR too
        for _ in range(R.randint(2, 3)):
            inv_events.append((D0 + timedelta(R.randint(0, 150)), c['id'], 1, 'EUR'))
inv_events.sort()

invoices = []
closed = defaultdict(list)  # customer -> numbers already paid before this extract (gaps)
seq = defaultdict(int)
twin_done = set()
for d, cid, k, cur in inv_events:
    c = CUST[cid]
    cc = c['cc']
    for j in range(k):
        key = (cc, d.month)
        seq[key] += R.randint(1, 3)
        n = seq[key]
        pre = PREFIX[cc]
        if cc == 'PL':
            num = '%s/2026/%02d/%04d' % ('FV' if cur == 'PLN' else 'FVE', d.month, n) if cur == 'PLN' else 'FVE/2026/%02d/%04d' % (d.month, n)
        elif cc == 'CZ':
            num = 'FA-26-%02d%02d' % (d.month, n) if n < 100 else 'FA-26-%02d%03d' % (d.month, n)
        elif cc == 'HU':
            num = 'SZLA-2026-%02d%03d' % (d.month, n)
        elif cc == 'RO':
            num = 'CHM-%02d%04d' % (d.month, n)
        elif cc == 'SK':
            num = 'FS-26-%02d%03d' % (d.month, n)
        else:
            num = 'INV-26-%s%02d%03d' % (cc, d.month, n)
        if R.random() < 0.06 and k == 1:
            closed[cid].append((num, cur, rand_amount(cur)))
            continue
        tot = rand_amount(cur)
        if cid not in twin_done and j == 0 and R.random() < 0.12:
            prev = [i for i in invoices if i['customer_id'] == cid and i['currency'] == cur]
            if prev:
                tot = prev[-1]['_t']; twin_done.add(cid)  # same standing order, same price
        terms = R.choice([14, 21, 30, 30, 45, 60])
        bal = tot
        if R.random() < 0.05:  # part paid before the extract
            cut = tot * R.choice([20, 30, 50]) // 100
            if cur == 'HUF': cut = cut // 100 * 100
            bal = tot - cut
        invoices.append({'id': None, 'number': num, 'customer_id': cid, 'customer_name': c['name'],
                         'currency': cur, 'total': c2s(tot), 'balance': c2s(bal),
                         'issue_date': d.isoformat(), 'due_date': (d + timedelta(terms)).isoformat(),
                         '_t': tot, '_b': bal, '_d': d})
for k, i in enumerate(invoices):
    i['id'] = 'i-%05d' % (10001 + k * 3 + R.randint(0, 2))
INV = {i['id']: i for i in invoices}
BYNUM = {i['number']: i for i in invoices}

# ---------------------------------------------------------------- state
bal = {i['id']: i['_b'] for i in invoices}
fully_paid = []      # (inv, amount it was paid with) by a payment in this file
partly = []          # invoices left open on purpose by a part payment
deducted = []        # invoices left open by a short pay

def open_of(cid, cur, pdate, exclude=()):
    return [i for i in invoices if i['customer_id'] == cid and i['currency'] == cur and bal[i['id']] > 0
            and i['_d'] <= pdate and i['id'] not in exclude]

def subsets_equal(items, amount, maxr=5):
    """All sets of up to maxr open invoices whose balances add up to amount (stops after 4)."""
    hits = []
    for r in range(1, min(maxr, len(items)) + 1):
        for comb in itertools.combinations(items, r):
            if sum(bal[i['id']] for i in comb) == amount:
                hits.append(comb)
                if len(hits) > 3: return hits
    return hits

def all_open_anywhere(cur, amount):
    return [i for i in invoices if i['currency'] == cur and bal[i['id']] == amount]

# ---------------------------------------------------------------- texts
def digits(s): return ''.join(ch for ch in s if ch.isdigit())
def nip(): return '%d' % R.randint(5210000000, 9590000000)

def ref_one(inv, lang, cc):
    """Reference field for a single invoice, the way this market's banks carry it."""
    n = inv['number']
    if cc == 'CZ':
        return R.choice(['VS %s KS 0308' % digits(n), '/VS%s/SS/KS0308' % digits(n), 'VS:%s' % digits(n)])
    if cc == 'SK':
        return R.choice(['/VS%s/SS/KS0308' % digits(n), 'VS%s KS0008' % digits(n), n])
    if cc == 'PL':
        return R.choice([n, 'FAKTURA ' + n, 'ZAPLATA ZA ' + n, 'Tytułem: ' + n])
    if cc == 'HU':
        return R.choice([n, n + ' szla kiegy.', 'Közlemény: ' + n])
    if cc == 'RO':
        return R.choice(['OP %d c/v factura %s' % (R.randint(100, 9999), n), 'c/v fact. ' + n, 'CV FACTURA ' + n])
    return R.choice([n, 'Invoice ' + n, 'INV ' + n + ' payment'])

W = {  # little phrases per language
 'pay_for': {'pl': 'Płatność za fakturę', 'cs': 'Úhrada faktury', 'sk': 'Úhrada faktúry', 'hu': 'Számla kiegyenlítése:',
             'ro': 'Plata c/v factura', 'en': 'Payment of invoice'},
 'pay_for_n': {'pl': 'Zapłata za faktury', 'cs': 'Úhrada faktur', 'sk': 'Úhrada faktúr', 'hu': 'Számlák kiegyenlítése:',
               'ro': 'Plata c/v facturile', 'en': 'Payment of invoices'},
 'and': {'pl': 'i', 'cs': 'a', 'sk': 'a', 'hu': 'és', 'ro': 'și', 'en': 'and'},
}
def pay_words(lang, many=False): return W['pay_for_n' if many else 'pay_for'][lang]

def remit_head(lang, payer):
    return {'pl': 'Awizo płatności – %s' % payer, 'cs': 'Avízo o platbě – %s' % payer, 'sk': 'Avízo o platbe – %s' % payer,
            'hu': 'Fizetési értesítő – %s' % payer, 'ro': 'Aviz de plată – %s' % payer,
            'en': 'Remittance advice – %s' % payer}[lang]

PART = {'pl': ['zaliczka na poczet faktury', 'pierwsza rata za', 'częściowa płatność'],
        'cs': ['částečná úhrada faktury', '1. splátka k faktuře', 'záloha na fakturu'],
        'sk': ['čiastočná úhrada faktúry', '1. splátka faktúry'],
        'hu': ['részfizetés a számlára:', 'első részlet:'],
        'ro': ['plată parțială factura', 'prima tranșă factura'],
        'en': ['part payment of', 'first instalment on']}
CLOSE = {'pl': 'dopłata – pozostała kwota', 'cs': 'doplatek – zbývající částka', 'sk': 'doplatok – zvyšná suma',
         'hu': 'fennmaradó összeg kiegyenlítése', 'ro': 'diferența de plată rămasă', 'en': 'remaining balance'}
# short-pay reasons: (text template with {amt}, reason label)
SHORT = {
 'pl': [('potrącono {amt} – uszkodzone beczki przy dostawie (reklamacja R-{k})', 'damaged drums on delivery'),
        ('pomniejszono o {amt} – różnica w cenie wg umowy ramowej', 'price difference'),
        ('minus {amt} rabat roczny, zgodnie z ustaleniami z handlowcem', 'annual rebate deducted'),
        ('potrącenie {amt} za brakujące 2 kanistry', 'short delivery')],
 'cs': [('sraženo {amt} – poškozené IBC kontejnery (reklamace č. {k})', 'damaged IBC containers'),
        ('odečteno {amt} za nevrácené palety – viz dobropis, který jste nevystavili', 'pallet credit expected'),
        ('kráceno {amt} – cenový rozdíl oproti objednávce', 'price difference')],
 'sk': [('znížené o {amt} – chýbajúce 3 vrecia hydroxidu', 'short delivery'),
        ('odpočítané {amt} – reklamácia kvality č. {k}', 'quality complaint')],
 'hu': [('levonva {amt} – sérült hordók (reklamáció {k})', 'damaged drums'),
        ('{amt} árkülönbözet levonva', 'price difference')],
 'ro': [('s-a reținut {amt} – diferență de preț conform contract', 'price difference'),
        ('minus {amt} pentru butoaie deteriorate, PV nr. {k}', 'damaged drums')],
 'en': [('less {amt} bank charges', 'bank charges deducted'),
        ('we deducted {amt} for the damaged pallet (claim {k})', 'damaged goods'),
        ('{amt} withheld pending credit note for price difference', 'price difference')],
}
NOREF = {'pl': ['dostawa kwasu siarkowego', 'płatność za dostawę', 'zapłata wg faktury', 'ROZLICZENIE'],
         'cs': ['platba za dodávku', 'úhrada dle faktury', 'PLATBA'],
         'sk': ['platba za tovar', 'úhrada'],
         'hu': ['áruszállítás ellenértéke', 'átutalás'],
         'ro': ['plată marfă', 'c/v marfa livrata'],
         'en': ['payment', 'goods delivered', 'supplier payment']}

# ---------------------------------------------------------------- scenarios
def pick_lang(c):
    if c['lang'] == 'en': return 'en'
    return 'en' if R.random() < 0.13 else c['lang']

def payer_fields(c, known=None):
    known = (R.random() < 0.55) if known is None else known
    return bank_name(c), (c['id'] if known else None)

def L(status, apps=(), unapplied=0, short=None, cands=(), reason=''):
    return {'status': status, 'applications': [{'invoice_id': i, 'amount': c2s(a)} for i, a in apps],
            'unapplied': c2s(unapplied), 'short_pay': short, 'candidates': [list(x) for x in cands], 'reason': reason}

def apply(apps):
    for iid, a in apps:
        bal[iid] -= a
        assert bal[iid] >= 0

def any_inv(pdate, cur=None, cc=None, minbal=1, pool=None):
    pool = pool if pool is not None else invoices
    xs = [i for i in pool if bal[i['id']] >= minbal and i['_d'] <= pdate and (cur is None or i['currency'] == cur)
          and (cc is None or CUST[i['customer_id']]['cc'] == cc)]
    return R.choice(xs) if xs else None

def sc_exact(pd):
    i = any_inv(pd)
    c = CUST[i['customer_id']]; lang = pick_lang(c); b = bal[i['id']]
    name, cid = payer_fields(c)
    ref = ref_one(i, lang, c['cc']); rem = None
    if c['cc'] == 'PL' and i['currency'] == 'PLN' and R.random() < 0.4:
        vat = round(b * 23 / 123)
        ref = '/VAT/%d,%02d/IDC/%s/INV/%s/TXT/%s' % (vat // 100, vat % 100, nip(), i['number'],
                                                     R.choice(['ZAPLATA', 'PLATNOSC FAKTURY', 'DOSTAWA CHEMII']))
        sc = 'exact_mpp'
    else:
        sc = 'exact'
        if R.random() < 0.3:
            rem = '%s\n%s %s: %s' % (remit_head(lang, c['name']), pay_words(lang), i['number'], fmt(b, i['currency'], R.randint(0, 1)))
    apply([(i['id'], b)])
    fully_paid.append((i, b))
    return dict(amount=b, cur=i['currency'], name=name, cid=cid, ref=ref, rem=rem, lang=lang), \
        L('applied', [(i['id'], b)], reason='reference %s, exact balance' % i['number']), sc, \
        'reference names %s and the amount is its balance%s' % (i['number'], ' (MPP split payment: /VAT/ is the VAT part, the transfer is gross)' if sc == 'exact_mpp' else '')

def typo_of(n):
    k = R.randint(0, 3)
    if k == 0: return n.replace('/', '').replace('-', '')
    if k == 1: return n.replace('/', ' ').replace('-', ' ')
    if k == 2:  # drop leading zero of the sequence
        head, tail = n[:-4], n[-4:]
        return head + tail.lstrip('0') if tail.startswith('0') else n.replace('-', '/')
    d = [ix for ix in range(len(n) - 4, len(n) - 1) if n[ix].isdigit() and n[ix + 1].isdigit() and n[ix] != n[ix + 1]]
    if not d: return n.replace('-', '').replace('/', '')
    ix = d[-1]
    return n[:ix] + n[ix + 1] + n[ix] + n[ix + 2:]

def sc_typo(pd):
    for _ in range(50):
        i = any_inv(pd)
        c = CUST[i['customer_id']]; b = bal[i['id']]
        t = typo_of(i['number'])
        if t == i['number'] or t in BYNUM and BYNUM[t]['customer_id'] == c['id']: continue
        # amount must point at this invoice only among the customer's open items
        if len(subsets_equal(open_of(c['id'], i['currency'], pd), b, 2)) != 1: continue
        lang = pick_lang(c); name, cid = payer_fields(c)
        ref = '%s %s' % (pay_words(lang), t) if R.random() < 0.6 else t
        apply([(i['id'], b)]); fully_paid.append((i, b))
        other = ' (%s exists, but belongs to another customer with a different amount)' % t if t in BYNUM else ''
        return dict(amount=b, cur=i['currency'], name=name, cid=cid, ref=ref, rem=None, lang=lang), \
            L('applied', [(i['id'], b)], reason='reference %s read as %s; exact balance' % (t, i['number'])), 'typo', \
            'reference "%s" is a mistyped %s%s; amount equals its balance and no other open item of the payer' % (t, i['number'], other)

def sc_list(pd):
    for _ in range(80):
        i = any_inv(pd)
        c = CUST[i['customer_id']]
        op = open_of(c['id'], i['currency'], pd)
        if len(op) < 3: continue
        k = R.randint(2, min(5, len(op)))
        chosen = R.sample(op, k)
        amt = sum(bal[x['id']] for x in chosen)
        lang = pick_lang(c); name, cid = payer_fields(c)
        nums = [x['number'] for x in chosen]
        if c['cc'] in ('CZ', 'SK') and R.random() < 0.5:
            ref = 'VS ' + digits(nums[0]); body = ', '.join(nums)
        else:
            ref = (pay_words(lang, True) + ' ' + ', '.join(nums[:-1]) + ' ' + W['and'][lang] + ' ' + nums[-1])[:140]
            body = '\n'.join('%s  %s' % (x['number'], fmt(bal[x['id']], x['currency'], 1)) for x in chosen)
        rem = remit_head(lang, c['name']) + '\n' + body + '\n' + {'pl': 'Razem', 'cs': 'Celkem', 'sk': 'Spolu', 'hu': 'Összesen',
                                                               'ro': 'Total', 'en': 'Total'}[lang] + ': ' + fmt(amt, i['currency'], 1)
        if len(ref) >= 140 or R.random() < 0.3:
            ref = R.choice(NOREF[lang]).upper() if R.random() < 0.5 else ref[:35]
        apps = [(x['id'], bal[x['id']]) for x in chosen]
        if R.random() < 0.2 and len(chosen) >= 3:  # list that does not add up
            short = R.randint(5, 40) * 1000
            if short >= bal[chosen[-1]['id']]: continue
            amt -= short
            rem = rem.rsplit('\n', 1)[0] + '\n' + {'pl': 'Razem', 'cs': 'Celkem', 'sk': 'Spolu', 'hu': 'Összesen',
                                                   'ro': 'Total', 'en': 'Total'}[lang] + ': ' + fmt(amt, i['currency'], 1)
            return dict(amount=amt, cur=i['currency'], name=name, cid=cid, ref=ref, rem=rem, lang=lang), \
                L('review', unapplied=amt, cands=[[x['id'] for x in chosen]], reason='listed invoices do not add up'), 'list_mismatch', \
                'remittance lists %s but pays %s less than their balances, no reason given, so which one is short is unknown' % (', '.join(nums), c2s(short))
        apply(apps); fully_paid.extend((x, bal_a) for x, (_, bal_a) in zip(chosen, apps))
        return dict(amount=amt, cur=i['currency'], name=name, cid=cid, ref=ref, rem=rem, lang=lang), \
            L('applied', apps, reason='remittance lists %d invoices, sum matches' % k), 'list', \
            'remittance lists %s; the balances add up to the payment' % ', '.join(nums)

def sc_range(pd):
    # consecutive numbers of one customer (a batch), paid as "FV/2026/10/0410-0413"
    runs = []
    byc = defaultdict(list)
    for i in invoices:
        byc[(i['customer_id'], i['currency'], i['issue_date'])].append(i)
    for key, xs in byc.items():
        if len(xs) >= 2 and all(bal[x['id']] > 0 and x['_d'] <= pd for x in xs):
            runs.append(xs)
    if not runs: return None
    xs = R.choice(runs)
    xs = sorted(xs, key=lambda x: x['number'])
    first, last = xs[0]['number'], xs[-1]['number']
    # all numbers between first and last must be this customer's (no gaps belonging to others)
    closednums = {n for v in closed.values() for n, _, _ in v}
    allnums = sorted(n for n in list(BYNUM) + list(closednums) if n[:-3] == first[:-3] and first <= n <= last)
    if allnums != [x['number'] for x in xs]: return None
    c = CUST[xs[0]['customer_id']]; lang = pick_lang(c); name, cid = payer_fields(c)
    amt = sum(bal[x['id']] for x in xs)
    tail = last.replace('/', '-').rsplit('-', 1)[-1]
    if '/' in first and R.random() < 0.7:
        rng = '%s-%s' % (first, tail)
    else:
        rng = '%s %s %s' % (first, {'pl': 'do', 'cs': 'až', 'sk': 'až', 'hu': '–', 'ro': 'până la', 'en': 'to'}[lang], tail)
    ref = '%s %s' % (pay_words(lang, True), rng)
    apps = [(x['id'], bal[x['id']]) for x in xs]
    apply(apps); fully_paid.extend((x, a) for x, (_, a) in zip(xs, apps))
    return dict(amount=amt, cur=xs[0]['currency'], name=name, cid=cid, ref=ref[:140], rem=None, lang=lang), \
        L('applied', apps, reason='range %s covers %d invoices, sum matches' % (rng, len(xs))), 'range', \
        'reference gives the range %s = %s, all of this customer, sum matches' % (rng, ', '.join(x['number'] for x in xs))

SCEN = {'exact': sc_exact, 'typo': sc_typo, 'list': sc_list, 'range': sc_range}

def cust_pool(pd, cur_filter=None, maxopen=22):
    out = []
    for c in customers:
        for cur in sorted({i['currency'] for i in invoices if i['customer_id'] == c['id']}):
            op = open_of(c['id'], cur, pd)
            if op and len(op) <= maxopen: out.append((c, cur, op))
    return out

def sc_lump(pd):
    for _ in range(60):
        c, cur, op = R.choice(cust_pool(pd))
        if len(op) < 2: continue
        chosen = op if len(op) <= 4 else R.sample(op, R.randint(2, 4))
        amt = sum(bal[x['id']] for x in chosen)
        if len(subsets_equal(op, amt, 5)) != 1: continue
        if len(chosen) > 5: continue
        lang = pick_lang(c); name, _ = payer_fields(c)
        ref = R.choice(NOREF[lang]) + (' ' + R.choice(['WG ZESTAWIENIA', 'ROZRACHUNKI 11/2026']) if lang == 'pl' else '')
        apps = [(x['id'], bal[x['id']]) for x in sorted(chosen, key=lambda x: x['_d'])]
        apply(apps); fully_paid.extend((INV[a], b) for a, b in apps)
        return dict(amount=amt, cur=cur, name=name, cid=c['id'], ref=ref, rem=None, lang=lang), \
            L('applied', apps, reason='lump sum equals exactly one set of open invoices'), 'lump', \
            'no invoice named; customer known; %d open invoices (%s) are the only set of the customer\'s open items adding up to the amount' % (len(apps), ', '.join(INV[a]['number'] for a, _ in apps))

def sc_amount_only(pd):
    for _ in range(60):
        c, cur, op = R.choice(cust_pool(pd))
        i = R.choice(op); b = bal[i['id']]
        if len(subsets_equal(op, b, 5)) != 1: continue
        if len(all_open_anywhere(cur, b)) != 1: continue
        lang = pick_lang(c); name, _ = payer_fields(c)
        apply([(i['id'], b)]); fully_paid.append((i, b))
        return dict(amount=b, cur=cur, name=name, cid=c['id'], ref=R.choice(NOREF[lang]), rem=None, lang=lang), \
            L('applied', [(i['id'], b)], reason='customer known, amount equals one open balance'), 'amount_only', \
            'no invoice named; bank gives the customer id; the amount equals the balance of %s only' % i['number']

def sc_partial(pd):
    i = any_inv(pd, minbal=100000)
    c = CUST[i['customer_id']]; b = bal[i['id']]
    part = b * R.choice([30, 40, 50, 50, 60]) // 100
    if i['currency'] == 'HUF': part = part // 100000 * 100000 or 100000
    else: part = part // 10000 * 10000 or 10000
    lang = pick_lang(c); name, cid = payer_fields(c)
    words = R.choice(PART[lang])
    ref = ('%s %s' % (words, i['number']))[:140]
    rem = None
    if R.random() < 0.4:
        rem = remit_head(lang, c['name']) + '\n%s %s: %s' % (words, i['number'], fmt(part, i['currency'], 0))
    apply([(i['id'], part)]); partly.append(i)
    return dict(amount=part, cur=i['currency'], name=name, cid=cid, ref=ref, rem=rem, lang=lang), \
        L('partial', [(i['id'], part)], reason='part payment of %s' % i['number']), 'partial', \
        'reference says part payment of %s; %s of %s, the rest stays open, no deduction claimed' % (i['number'], c2s(part), c2s(b))

def sc_close_partial(pd):
    xs = [i for i in partly if bal[i['id']] > 0]
    if not xs: return None
    i = R.choice(xs); partly.remove(i)
    c = CUST[i['customer_id']]; b = bal[i['id']]
    lang = pick_lang(c); name, cid = payer_fields(c)
    ref = '%s %s' % (i['number'], CLOSE[lang])
    apply([(i['id'], b)]); fully_paid.append((i, b))
    return dict(amount=b, cur=i['currency'], name=name, cid=cid, ref=ref, rem=None, lang=lang), \
        L('applied', [(i['id'], b)], reason='remaining balance of %s' % i['number']), 'close_partial', \
        'pays what an earlier part payment in this file left open on %s' % i['number']

def sc_short(pd):
    i = any_inv(pd, minbal=200000)
    c = CUST[i['customer_id']]; b = bal[i['id']]
    lang = pick_lang(c)
    if lang == 'en' and c['cc'] in ('LT', 'LV', 'EE', 'SK') and R.random() < 0.5:
        text, why = SHORT['en'][0]; ded = R.choice([1000, 1500, 2000, 2500])
    else:
        text, why = R.choice(SHORT[lang] if lang != 'en' else SHORT['en'][1:])
        ded = b * R.choice([2, 3, 5, 8, 10]) // 100
        ded = ded // 100000 * 100000 if i['currency'] == 'HUF' else ded // 100 * 100
        if ded <= 0: ded = 100000 if i['currency'] == 'HUF' else 5000
    amt = b - ded
    name, cid = payer_fields(c)
    note = text.format(amt=fmt(ded, i['currency'], R.randint(0, 1)), k=R.randint(100, 999))
    if R.random() < 0.5:
        ref = ('%s %s' % (pay_words(lang), i['number']))[:140]
        rem = remit_head(lang, c['name']) + '\n%s %s\n%s' % (i['number'], fmt(b, i['currency'], 1), note)
    else:
        ref = ('%s %s, %s' % (pay_words(lang), i['number'], note))
        rem = None
    apply([(i['id'], amt)]); deducted.append(i)
    return dict(amount=amt, cur=i['currency'], name=name, cid=cid, ref=ref, rem=rem, lang=lang), \
        L('partial', [(i['id'], amt)], short={'invoice_id': i['id'], 'amount': c2s(ded), 'reason': why},
          reason='short pay on %s: %s' % (i['number'], why)), 'short_pay', \
        'pays %s less a stated deduction of %s (%s)' % (i['number'], c2s(ded), why)

def sc_deduction_settled(pd):
    xs = [i for i in deducted if bal[i['id']] > 0]
    if not xs: return None
    i = R.choice(xs); deducted.remove(i)
    c = CUST[i['customer_id']]; b = bal[i['id']]
    lang = pick_lang(c); name, cid = payer_fields(c)
    txt = {'pl': 'dopłata do %s po rozpatrzeniu reklamacji', 'cs': 'doplatek k %s po vyřízení reklamace',
           'sk': 'doplatok k %s po vybavení reklamácie', 'hu': '%s – reklamáció lezárva, különbözet',
           'ro': 'diferență %s după soluționarea reclamației', 'en': 'balance of %s after claim review'}[lang] % i['number']
    apply([(i['id'], b)]); fully_paid.append((i, b))
    return dict(amount=b, cur=i['currency'], name=name, cid=cid, ref=txt, rem=None, lang=lang), \
        L('applied', [(i['id'], b)], reason='settles the deducted part of %s' % i['number']), 'deduction_settled', \
        'pays the amount an earlier short pay in this file deducted from %s' % i['number']

def sc_overpay(pd):
    i = any_inv(pd)
    c = CUST[i['customer_id']]; b = bal[i['id']]
    extra = R.choice([b, R.randint(1, 60) * 10000, b // 10 // 100 * 100 or 100])  # double transfer, round-up, 10 %
    if i['currency'] == 'HUF': extra = extra // 100 * 100 or 10000
    amt = b + extra
    if subsets_equal(open_of(c['id'], i['currency'], pd), amt, 3): return None  # would pay a set exactly
    lang = pick_lang(c); name, cid = payer_fields(c)
    ref = ref_one(i, lang, c['cc'])
    apply([(i['id'], b)]); fully_paid.append((i, b))
    return dict(amount=amt, cur=i['currency'], name=name, cid=cid, ref=ref, rem=None, lang=lang), \
        L('unapplied', [(i['id'], b)], unapplied=extra, reason='overpayment of %s' % i['number']), 'overpay', \
        'reference names %s only; pays %s more than its balance, remainder held on account' % (i['number'], c2s(extra))

def sc_second(pd):
    xs = [(i, a) for i, a in fully_paid if bal[i['id']] == 0]
    if not xs: return None
    i, a = R.choice(xs)
    c = CUST[i['customer_id']]
    if subsets_equal(open_of(c['id'], i['currency'], pd), a, 2): return None
    lang = pick_lang(c); name, cid = payer_fields(c)
    ref = ref_one(i, lang, c['cc'])
    return dict(amount=a, cur=i['currency'], name=name, cid=cid, ref=ref, rem=None, lang=lang), \
        L('unapplied', unapplied=a, reason='%s already paid' % i['number']), 'second_payment', \
        '%s was paid in full by an earlier payment in this file; same amount again, held on account' % i['number']

def sc_closed(pd):
    cs = [c for c in customers if closed[c['id']]]
    c = R.choice(cs); num, cur, amt = R.choice(closed[c['id']])
    if any(i['customer_id'] == c['id'] and i['currency'] == cur and bal[i['id']] == amt for i in invoices): return None
    lang = pick_lang(c); name, _ = payer_fields(c)
    ref = '%s %s' % (pay_words(lang), num)
    return dict(amount=amt, cur=cur, name=name, cid=c['id'], ref=ref, rem=None, lang=lang), \
        L('unapplied', unapplied=amt, reason='%s is not open' % num), 'closed_invoice', \
        'known customer (id given) pays %s, which is not among the open invoices (already settled); fits nothing open' % num

def sc_prepay(pd):
    c = R.choice(customers); cur = c['cur']
    amt = rand_amount(cur) // 100000 * 100000 or 100000
    if subsets_equal(open_of(c['id'], cur, pd), amt, 3): return None
    lang = pick_lang(c); name, _ = payer_fields(c)
    ref = {'pl': 'przedpłata na zamówienie ZAM/%d/2026' % R.randint(100, 999), 'cs': 'záloha na objednávku č. %d' % R.randint(1000, 9999),
           'sk': 'záloha na objednávku %d' % R.randint(1000, 9999), 'hu': 'előleg a %d. sz. megrendelésre' % R.randint(100, 999),
           'ro': 'avans comanda nr. %d' % R.randint(100, 999), 'en': 'prepayment for order PO-%d' % R.randint(1000, 9999)}[lang]
    return dict(amount=amt, cur=cur, name=name, cid=c['id'], ref=ref, rem=None, lang=lang), \
        L('unapplied', unapplied=amt, reason='prepayment, fits no open invoice'), 'prepayment', \
        'known customer pays in advance for an order; no open invoice fits'

UNKNOWN = ['JAN KOWALSKI', 'NOWAK TRANS SP Z O O', 'ELEKTRO-SERWIS KROL', 'NOVAK PAVEL', 'STAVEBNINY HORAK S R O',
           'KISS ES TARSA BT', 'SC ALFA DISTRIB SRL', 'IONESCU MARIA PFA', 'HORVATH ANDRAS EV', 'UAB BALTIC TRADE LINK',
           'SIA VENTSPILS SERVISS', 'KRAJCI MILAN', 'FIRMA HANDLOWA MAXPOL', 'TRANSPORT POPESCU SRL']
def sc_unknown(pd):
    cur = R.choice(['PLN', 'CZK', 'HUF', 'RON', 'EUR'])
    amt = rand_amount(cur)
    if all_open_anywhere(cur, amt): return None
    name = R.choice(UNKNOWN)
    ref = R.choice([None, 'PLATNOSC', 'FAKTURA 2026', 'zálohová platba', 'befizetés', 'plata', 'payment Nov', 'DOSTAWA 11/2026'])
    return dict(amount=amt, cur=cur, name=name, cid=None, ref=ref, rem=None, lang='none'), \
        L('review', unapplied=amt, reason='unknown payer, nothing fits'), 'unknown_payer', \
        'payer is no customer, no invoice named, amount matches no open balance'

PARENTS = ['CEE AGRO HOLDING SE', 'DUNA INDUSTRIAL GROUP ZRT', 'FACTORING POLSKA SA', 'TATRA FINANCE A.S.', 'BALTIC SHARED SERVICES UAB']
def sc_third(pd):
    i = any_inv(pd)
    c = CUST[i['customer_id']]; b = bal[i['id']]; lang = pick_lang(c)
    ref = {'pl': 'w imieniu %s – %s', 'cs': 'za odběratele %s – %s', 'sk': 'za odberateľa %s – %s',
           'hu': '%s nevében – %s', 'ro': 'în numele %s – %s', 'en': 'on behalf of %s – %s'}[lang] % (strip(c['name'])[:30], i['number'])
    return dict(amount=b, cur=i['currency'], name=R.choice(PARENTS), cid=None, ref=ref, rem=None, lang=lang), \
        L('review', unapplied=b, cands=[[i['id']]], reason='third party pays a customer invoice'), 'third_party', \
        'payer is not the customer but says it pays %s for it, exact balance; applying is defensible but a payer mismatch goes to review' % i['number']

def sc_po(pd):
    for _ in range(200):
        c, cur, op = R.choice(cust_pool(pd))
        if c['cc'] not in ('PL', 'CZ') or cur != c['cur'] or len(op) < 2: continue
        target = R.choice(op); b = bal[target['id']]
        if len(subsets_equal(op, b, 3)) != 1: continue
        own = [x for x in op if x is not target]
        others = [x for x in invoices if x['currency'] == cur and x['customer_id'] != c['id'] and CUST[x['customer_id']]['cc'] == c['cc']]
        variant_b = R.random() < 0.4
        look = R.choice(own) if variant_b else R.choice(others)
        if bal.get(look['id'], 0) == b: continue
        lang = c['lang'] if R.random() < 0.8 else 'en'
        if c['cc'] == 'PL':
            po = look['number'].split('/', 1)[1]
            ref = R.choice(['ZAM/%s' % po, 'zamówienie nr %s' % po, 'PO %s' % po, 'wg zam. %s' % po])
        else:
            po = digits(look['number'])
            ref = R.choice(['obj. č. %s' % po, 'objednávka %s' % po, 'PO %s' % po])
        name, _ = payer_fields(c)
        if variant_b:
            return dict(amount=b, cur=cur, name=name, cid=c['id'], ref=ref, rem=None, lang=lang), \
                L('review', unapplied=b, cands=[[target['id']], [look['id']]], reason='order number looks like own invoice, amount fits another'), 'po_lookalike_review', \
                'order number %s looks like the customer\'s own %s (different balance); amount equals %s; conflicting signals' % (po, look['number'], target['number'])
        apply([(target['id'], b)]); fully_paid.append((target, b))
        return dict(amount=b, cur=cur, name=name, cid=c['id'], ref=ref, rem=None, lang=lang), \
            L('applied', [(target['id'], b)], reason='order number is not an invoice; amount equals one open balance'), 'po_lookalike', \
            'reference is the customer\'s order number %s, which looks like %s of another customer; customer known and the amount equals only %s' % (po, look['number'], target['number'])

def sc_ambiguous(pd):
    pool = []
    for c, cur, op in cust_pool(pd, maxopen=40):
        cnt = Counter(bal[x['id']] for x in op)
        for amt, k in cnt.items():
            if k >= 2: pool.append((c, cur, op, amt))
    if not pool: return None
    c, cur, op, amt = R.choice(pool)
    xs = sorted([x for x in op if bal[x['id']] == amt], key=lambda x: (x['due_date'], x['id']))
    lang = pick_lang(c); name, cid = payer_fields(c)
    return dict(amount=amt, cur=cur, name=name, cid=cid, ref=R.choice(NOREF[lang]), rem=None, lang=lang), \
        L('review', unapplied=amt, cands=[[x['id']] for x in xs], reason='several open invoices with this exact balance'), 'ambiguous_same_amount', \
        'no invoice named; %s have the same balance; oldest due first' % ', '.join(x['number'] for x in xs)

def sc_conflict(pd):
    for _ in range(100):
        c, cur, op = R.choice(cust_pool(pd))
        if len(op) < 3: continue
        a, b = R.sample(op, 2)
        if bal[a['id']] == bal[b['id']]: continue
        amt = bal[b['id']]
        if len(subsets_equal(op, amt, 2)) != 1: continue
        lang = pick_lang(c); name, cid = payer_fields(c)
        return dict(amount=amt, cur=cur, name=name, cid=cid, ref=ref_one(a, lang, c['cc']), rem=None, lang=lang), \
            L('review', unapplied=amt, cands=[[a['id']], [b['id']]], reason='reference and amount point to different invoices'), 'ref_amount_conflict', \
            'reference names %s (balance %s) but the amount is exactly the balance of %s' % (a['number'], c2s(bal[a['id']]), b['number'])

RATE = {'PLN': 428, 'CZK': 2510, 'HUF': 39500, 'RON': 497}
def sc_fx(pd):
    if R.random() < 0.45:  # Polish customer paying its EUR invoice in EUR
        xs = [i for i in invoices if i['number'].startswith('FVE') and bal[i['id']] > 0 and i['_d'] <= pd]
        if not xs: return None
        i = R.choice(xs); c = CUST[i['customer_id']]; b = bal[i['id']]
        lang = pick_lang(c); name, cid = payer_fields(c)
        apply([(i['id'], b)]); fully_paid.append((i, b))
        return dict(amount=b, cur='EUR', name=name, cid=cid, ref=ref_one(i, lang, 'PL'), rem=None, lang=lang), \
            L('applied', [(i['id'], b)], reason='EUR invoice paid in EUR'), 'fx_same_currency', \
            'Polish customer pays its EUR invoice %s in EUR, exact balance' % i['number']
    i = any_inv(pd, cur=R.choice(['PLN', 'CZK', 'HUF', 'RON']))
    c = CUST[i['customer_id']]; b = bal[i['id']]
    eur = b * 100 // RATE[i['currency']]
    lang = pick_lang(c); name, cid = payer_fields(c)
    return dict(amount=eur, cur='EUR', name=name, cid=cid, ref=ref_one(i, lang, c['cc']), rem=None, lang=lang), \
        L('review', unapplied=eur, cands=[[i['id']]], reason='payment in EUR for a %s invoice' % i['currency']), 'fx_mismatch', \
        'pays %s (%s %s) in EUR; cash cannot be applied across currencies' % (i['number'], c2s(b), i['currency'])

BAD = 0
def sc_bad(pd):
    global BAD
    BAD += 1
    c = R.choice(customers); i = any_inv(pd, cur=c['cur']) or invoices[0]
    k = BAD % 6
    p = dict(amount=bal[i['id']] or 10000, cur=i['currency'], name=bank_name(CUST[i['customer_id']]), cid=None,
             ref=ref_one(i, 'en', CUST[i['customer_id']]['cc']), rem=None, lang='none')
    err = ['amount is zero', 'amount is negative (a returned transfer)', 'currency is not an ISO 4217 code',
           'amount is not a decimal string', 'date is missing', 'date is not a calendar date'][k]
    if k == 0: p['amount'] = 0
    if k == 1: p['amount'] = -p['amount']
    if k == 2: p['cur'] = {'PLN': 'ZŁ', 'CZK': 'Kč', 'HUF': 'Ft', 'RON': 'LEI', 'EUR': '€'}[i['currency']]
    if k == 3: p['raw_amount'] = fmt(p['amount'], i['currency'], 0)
    if k == 4: p['raw_date'] = None
    if k == 5: p['raw_date'] = '2026-11-31'
    lab = L('review', unapplied=0, reason='bad row: ' + err)
    return p, lab, 'bad_row', 'bad row: %s; nothing applied, nothing held (the row cannot be booked)' % err

SCEN.update({'lump': sc_lump, 'amount_only': sc_amount_only, 'partial': sc_partial, 'close_partial': sc_close_partial,
             'short_pay': sc_short, 'deduction_settled': sc_deduction_settled, 'overpay': sc_overpay,
             'second_payment': sc_second, 'closed_invoice': sc_closed, 'prepayment': sc_prepay, 'unknown_payer': sc_unknown,
             'third_party': sc_third, 'po_lookalike': sc_po, 'ambiguous_same_amount': sc_ambiguous,
             'ref_amount_conflict': sc_conflict, 'fx': sc_fx, 'bad_row': sc_bad})

# ---------------------------------------------------------------- driver
PLAN_ANY = {'exact': 136, 'typo': 20, 'list': 30, 'range': 8, 'lump': 14, 'amount_only': 10, 'partial': 24, 'short_pay': 24,
            'overpay': 15, 'closed_invoice': 8, 'prepayment': 8, 'unknown_payer': 12, 'third_party': 6, 'po_lookalike': 10,
            'ambiguous_same_amount': 14, 'ref_amount_conflict': 8, 'fx': 16, 'bad_row': 6}
PLAN_LATE = {'close_partial': 12, 'deduction_settled': 7, 'second_payment': 12}
N = sum(PLAN_ANY.values()) + sum(PLAN_LATE.values())
slots = [k for k, v in PLAN_ANY.items() for _ in range(v)]
R.shuffle(slots)
late = [k for k, v in PLAN_LATE.items() for _ in range(v)]
half = N // 2
first, second = slots[:half], slots[half:] + late
R.shuffle(second)
slots = first + second

days = [date(2026, 10, 26) + timedelta(d) for d in range(30)]
days = [d for d in days if d.weekday() < 5]
pdates = sorted(R.choice(days) for _ in range(N))

payments, labels = [], []
for n, (sc, pd) in enumerate(zip(slots, pdates), 1):
    res = None
    for _ in range(5):
        res = SCEN[sc](pd)
        if res: break
    if not res:
        res = sc_exact(pd)
    p, lab, scen, note = res
    pid = 'p-%04d' % (n * 2 + 1000)
    amount = p.get('raw_amount') or c2s(p['amount'])
    pdate = p['raw_date'] if 'raw_date' in p else pd.isoformat()
    payments.append({'id': pid, 'date': pdate, 'amount': amount, 'currency': p['cur'], 'payer_name': p['name'],
                     'customer_id': p['cid'], 'reference': p['ref'], 'remittance': p['rem']})
    labels.append(dict({'payment_id': pid}, **lab, scenario=scen, note='[%s] %s' % (p['lang'], note)))

out_inv = [{k: v for k, v in i.items() if not k.startswith('_')} for i in invoices]
json.dump(out_inv, open(os.path.join(OUT, 'invoices.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(payments, open(os.path.join(OUT, 'payments.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(labels, open(os.path.join(OUT, 'labels.json'), 'w'), ensure_ascii=False, indent=1)
print(len(out_inv), 'invoices', len(payments), 'payments')
print(Counter(l['status'] for l in labels))
print(Counter(l['scenario'] for l in labels))

# ---------------------------------------------------------------- README
def table(cnt, h):
    return '| %s | count |\n|---|---|\n' % h + ''.join('| `%s` | %d |\n' % (k, v) for k, v in sorted(cnt.items(), key=lambda x: -x[1]))
st = Counter(l['status'] for l in labels)
scn = Counter(l['scenario'] for l in labels)
lng = Counter(l['note'][1:l['note'].index(']')] for l in labels)
cur_p = Counter(p['currency'] for p in payments)
cur_i = Counter(i['currency'] for i in out_inv)
readme = f"""# Blind cash-application ledger: CEE industrial-chemicals distributor

Made-up distributor of acids, caustics, solvents and water-treatment chemicals selling to
{len(customers)} customers in Poland, Czechia, Hungary, Romania, Slovakia and the Baltics.
Everything is invented (names, tax ids, numbers). Written blind from `contracts/cash-application.md`.
Regenerate with `python3 build.py` (fixed seed, stdlib only); verify with `python3 check.py`.

## Files

| file | content |
|---|---|
| `invoices.json` | {len(out_inv)} open invoices (contract fields) |
| `payments.json` | {len(payments)} bank credits, oldest first (contract fields) |
| `labels.json` | one expected MATCHES.json entry per payment, same order, plus `scenario` and `note` (`[lang] why`) |

Invoices per currency: {dict(cur_i)}. Payments per currency: {dict(cur_p)}.

## Bank data of the theme

- **PL (PLN)**: Elixir "tytułem" text in `reference`, payer names upper-cased, Polish letters stripped
  (`ł`→`L`) and cut at 35 characters. Invoice numbers `FV/2026/MM/NNNN`; EUR invoices to Polish customers `FVE/2026/MM/NNNN`.
  Split payments (MPP) carry `/VAT/<vat part>/IDC/<NIP>/INV/<invoice>/TXT/...`; the credited amount is the gross
  amount, the `/VAT/` figure is only the VAT part and must not be read as the payment.
- **CZ (CZK)**: `VS` (variabilní symbol = the digits of the invoice number, `FA-26-0751` → `260751`), `KS 0308`
  (konstantní symbol), sometimes the SEPA-like `/VS.../SS/KS...` form. Numbers `FA-26-MMNN(N)`.
- **HU (HUF)**: közlemény text, `Kft.`/`Zrt.` sometimes shown without the dot, 32-character names, HUF amounts whole.
  Numbers `SZLA-2026-MMNNN`.
- **RO (RON)**: "OP <n> c/v factura CHM-MMNNNN" (ordin de plată), `c/v fact.`.
- **SK and Baltics (EUR, SEPA)**: some banks keep the UTF-8 name, others strip it; Slovak `/VS.../SS/KS...`; Baltic
  invoices `INV-26-LTMMNNN` with English remittances.
- `customer_id` is given for about half of the customers' payments (the bank account is known) and null otherwise;
  the payer name then has to be matched against `customer_name` despite stripping and truncation.
- Remittance advices (`remittance`) in Polish, Czech, Slovak, Hungarian, Romanian and English; amounts written
  the local way (`12 345,67 zł`, `CZK 1059048,16`, `271.000 HUF`, `12.345,67 lei`, `EUR 1,234.56`).

## Label conventions

- `applied`: whole payment applied; `unapplied` `"0.00"`.
- `partial` part payment: `short_pay` null. `partial` short pay (a deduction with a reason in the text):
  `short_pay = {{"invoice_id", "amount": the deducted amount, "reason": short English reason}}`.
  The `reason` texts are descriptive, compare `invoice_id` and `amount`.
- `unapplied`: overpayment (the referenced invoice gets its balance, the rest is `unapplied`), second payment
  of an invoice an earlier payment in this file paid in full, payment naming an invoice that is not open
  (already settled before the extract), prepayment for an order. In all these the customer is known.
- `review`: nothing applied, `unapplied` = the whole amount (so the contract's "applications and unapplied add up
  to the payment" still holds), `candidates` = list of invoice-id lists, best first; `[]` when nothing fits.
- **Bad rows** (`scenario` `bad_row`: zero or negative amount, non-ISO currency such as `ZŁ`/`Kč`, amount written
  `12 345,67 zł`, missing or impossible date): `review`, no candidates, `unapplied` `"0.00"`, because the row cannot be
  booked at all. The contract has no `error` field, so none is labelled; the reason is in `reason`/`note`.
  A scorer may prefer to compare only `status` on these 6 rows.
- `reason` is free text; only `status`, `applications` (as a set of invoice/amount pairs), `unapplied`,
  `short_pay.invoice_id/amount` and `candidates` are meant to be compared.
- Payments are applied in order: `close_partial`, `deduction_settled` and `second_payment` depend on earlier rows.

## Counts

{table(st, 'status')}
{table(scn, 'scenario')}
{table(lng, 'language of the payer text (`none` = unknown payers and bad rows)')}

## Deliberately hard

- Typos in references (`FV2026110421`, `FV/2026/11/421`, transposed digits, separators as spaces); labelled
  `applied` only when the payer and the exact balance point to one invoice.
- Customer order numbers that look like invoice numbers (`ZAM/2026/07/0163`, `obj. č. 2607145` next to
  `FA-26-07145`): applied to the one open invoice with that exact balance when the look-alike is another
  customer's invoice; `review` when it looks like the payer's own invoice and the amount fits a different one.
- Reference names one invoice but the amount is exactly another open invoice of the same customer → `review`.
- Two open invoices of one customer with the same balance (standing orders at the same price) and no reference → `review`.
- Lists that do not add up (no reason given) → `review` with the listed set as the candidate.
- Ranges (`FV/2026/08/0196-0200`) where the series has gaps: only existing numbers of this customer are in the range.
- Lump sums with no reference: `applied` only where exactly one set of the customer's open items (up to 5) adds up.
- MPP `/VAT/` figures, `KS`/`SS` symbols, `OP` order numbers and claim numbers that are not amounts or invoices.
- A third party (holding, factoring company) paying a named invoice with the exact balance → `review` (payer mismatch;
  applying would also be defensible, so review).
- EUR payments of PLN/CZK/HUF/RON invoices → `review` with that invoice as candidate; a Polish customer paying its
  own EUR invoice in EUR → `applied`.
- `amount_only` (customer id given, no reference, exactly one open balance equal to the amount in the whole ledger) is labelled
  `applied`; a stricter engine that sends these to review loses 10 rows.
"""
open(os.path.join(OUT, 'README.md'), 'w').write(readme)
