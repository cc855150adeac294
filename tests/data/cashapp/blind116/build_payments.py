"""Payment scenarios, replayed against the live open balances."""
import datetime as dt
from itertools import combinations
from build_common import rng, fmt, human, bankname, rand_hex, rand_digits, core, EXP, PREFIX
from build_text import spell, spell_ocr, channel_text, remit_line, noise_ok, STYLES
from build_world import translit

RATE = {"MXN": (17.05, 18.60), "BRL": (5.02, 5.71), "COP": (3890, 4260), "CLP": (905, 985),
        "PEN": (3.61, 3.82), "ARS": (1035, 1190)}
UNKNOWN_PAYERS = ["COMERCIALIZADORA DEL ISTMO SA DE CV", "DISTRIBUIDORA LOS ANDES SAC", "TRANSPORTES RAPIDOS DEL SUR",
                  "INVERSIONES MAGALLANES LTDA", "JOSE ANTONIO RAMIREZ", "AGROPECUARIA SANTA LUCIA LTDA",
                  "SERVICIOS LOGISTICOS INTEGRALES SAS", "PAGO SIN IDENTIFICAR", "IMPORTADORA PACIFICO SRL",
                  "CONSTRUCTORA EL ROBLE SA"]


class Gen:
    def __init__(self, customers, invoices):
        self.customers = customers
        self.cust = {c["id"]: c for c in customers}
        self.inv = {i["id"]: i for i in invoices}
        self.invoices = invoices
        self.bal = {i["id"]: i["balance"] for i in invoices}
        self.cores = {core(i["number"]) for i in invoices}
        self.numbers = {i["number"] for i in invoices}
        self.touched = set()
        self.paid_log, self.part_log, self.detr_log = [], [], []
        self.pairs, self.typo_pairs = [], []
        self.out = []        # (payment, label)
        self.n = 0
        self._setup_pairs()

    # ---------- upfront structure (before any payment) ----------
    def _untouched(self, cond=lambda i: True, small=False):
        return [i for i in self.invoices if i["id"] not in self.touched and self.bal[i["id"]] > 0
                and self.cust[i["customer_id"]]["small"] == small and cond(i)]

    def _setup_pairs(self):
        # same amount open on two invoices of one customer
        for _ in range(16):
            a = rng.choice(self._untouched())
            sib = [i for i in self._untouched(lambda i: i["customer_id"] == a["customer_id"]
                                              and i["currency"] == a["currency"] and i["id"] != a["id"])]
            if not sib:
                continue
            b = rng.choice(sib)
            b["total"] = b["balance"] = self.bal[b["id"]] = self.bal[a["id"]]
            self.touched |= {a["id"], b["id"]}
            self.pairs.append((a, b))
        # invoice numbers one keystroke apart on the same customer
        byn = {int(i["number"][3:]): i for i in self.invoices}
        tries = 0
        while len(self.typo_pairs) < 12 and tries < 2000:
            tries += 1
            x = rng.choice(self._untouched())
            nx = int(x["number"][3:])
            opts = [byn[n] for n in range(nx - 9, nx + 10) if n in byn and n != nx and n // 10 == nx // 10
                    and byn[n]["id"] not in self.touched and byn[n]["currency"] == x["currency"]
                    and not self.cust[byn[n]["customer_id"]]["small"] and self.bal[byn[n]["id"]] == byn[n]["total"]]
            if not opts:
                continue
            y = rng.choice(opts)
            y["customer_id"], y["customer_name"] = x["customer_id"], x["customer_name"]
            self.touched |= {x["id"], y["id"]}
            self.typo_pairs.append((x, y))

    # ---------- helpers ----------
    def open_of(self, cid, cur):
        return [i for i in self.invoices if i["customer_id"] == cid and i["currency"] == cur and self.bal[i["id"]] > 0]

    def subset_hits(self, cid, cur, amount, exclude=()):
        """open invoices/sets of the customer (size 1-3, and all) whose balances add to amount"""
        op = [i for i in self.open_of(cid, cur) if i["id"] not in exclude]
        hits = []
        for k in (1, 2, 3):
            for combo in combinations(op, k):
                if sum(self.bal[i["id"]] for i in combo) == amount:
                    hits.append(combo)
        if len(op) > 3 and sum(self.bal[i["id"]] for i in op) == amount:
            hits.append(tuple(op))
        return hits

    def global_hits(self, cur, amount):
        return [i for i in self.invoices if i["currency"] == cur and self.bal[i["id"]] == amount]

    def pick(self, cond=lambda i: True, small=False):
        pool = self._untouched(cond, small)
        if not pool:
            return None
        i = rng.choice(pool)
        self.touched.add(i["id"])
        return i

    def payer(self, c, kind="own"):
        if kind == "own":
            return bankname(c["name"])
        if kind == "truncated":
            return bankname(c["name"])[:rng.choice([18, 20, 22, 24])].strip()
        if kind == "trading":
            return c["trading"]
        if kind == "parent":
            return c["parent"]
        if kind == "person":
            return c["person"]
        if kind == "translit":
            return translit(c["name"])
        raise ValueError(kind)

    def ref_with(self, cur, payer, token, intended):
        for _ in range(50):
            ref, ch = channel_text(cur, payer, token)
            if noise_ok(ref, self.cores, intended):
                return ref, ch
        raise RuntimeError("noise")

    def emit(self, pay, label):
        self.n += 1
        pay = dict(id="pmt_" + rand_hex(8), date=None, **pay)
        label = dict(payment_id=pay["id"], **label)
        label.setdefault("short_pay", None)
        label.setdefault("candidates", [])
        self.out.append((pay, label))

    def apply(self, apps):
        for iid, a in apps:
            self.bal[iid] -= a
            assert self.bal[iid] >= 0

    def L(self, status, cur, amount, apps, unapplied, reason, scenario, note, short=None, cands=None):
        return dict(status=status, applications=[{"invoice_id": i, "amount": fmt(a, cur)} for i, a in apps],
                    unapplied=fmt(unapplied, cur), short_pay=short, candidates=cands or [],
                    reason=reason, scenario=scenario, note=note)
