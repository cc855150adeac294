"""The matching engine: payments in order, each consuming what earlier ones left open."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from chalicelib.domain.cashapp import references as refs
from chalicelib.domain.cashapp.models import (
    Application,
    MatchResult,
    OpenInvoice,
    ReceivedPayment,
    ShortPay,
    Status,
)
from chalicelib.domain.cashapp.names import normalize_name, similarity, truncated_match

NameSimilarity = Callable[[str, str], float]

NAME_MATCH = (
    0.88  # a payer name this close to one customer, and clearly closer than to any other, identifies it
)
NAME_MARGIN = 0.08
NAME_POOL = 30
SUBSET_MAX_INVOICES = 40
SUBSET_MAX_NODES = 20_000
# A shortfall this small with no stated reason is a bank's transfer fee, not a dispute.
BANK_FEE_MAX_CENTS = 5_000
BANK_FEE_MAX_SHARE = Decimal("0.02")

_SHORT_REASONS = (
    (
        "early_payment_discount",
        r"discount|skonto|escompte|descuento|sconto|desconto|korting|prompt pay|early pay|\b\d(\.\d)?\s?%",
    ),
    (
        "bank_fee",
        r"bank (fee|charge)|wire fee|transfer fee|charges|frais bancaires|bankgebuhr|gastos bancarios|spese bancarie",
    ),
    (
        "deduction",
        r"deduct|withh[eo]ld|chargeback|damaged|short[- ]?ship|returned|return|missing|credit|abzug|retenu|descontado|trattenut",
    ),
)


def _cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def _dec(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


@dataclass
class _Ledger:
    invoices: dict[str, OpenInvoice]
    balance: dict[str, int]
    by_key: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_customer: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    by_amount: dict[tuple[str, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, str] = field(default_factory=dict)
    customers: set[str] = field(default_factory=set)
    name_tokens: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    currencies: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, invoices: Iterable[OpenInvoice]) -> _Ledger:
        ordered = sorted(invoices, key=lambda i: (i.due_date or i.issue_date or _FAR, i.number))
        ledger = cls(invoices={i.id: i for i in ordered}, balance={i.id: _cents(i.balance) for i in ordered})
        for inv in ordered:
            for key in refs.number_keys(inv.number):
                ledger.by_key[(inv.currency, key)].append(inv.id)
            ledger.by_customer[(inv.currency, inv.customer_id)].append(inv.id)
            ledger.by_amount[(inv.currency, ledger.balance[inv.id])].add(inv.id)
            ledger.currencies.add(inv.currency)
            ledger.customers.add(inv.customer_id)
            if inv.customer_name and inv.customer_id not in ledger.names:
                ledger.names[inv.customer_id] = inv.customer_name
                for token in normalize_name(inv.customer_name).split():
                    ledger.name_tokens[token].add(inv.customer_id)
        return ledger

    def open_ids(self, ids: Iterable[str]) -> list[str]:
        return [i for i in ids if self.balance[i] > 0]

    def take(self, invoice_id: str, cents: int) -> None:
        inv = self.invoices[invoice_id]
        old = self.balance[invoice_id]
        self.by_amount[(inv.currency, old)].discard(invoice_id)
        self.balance[invoice_id] = old - cents
        self.by_amount[(inv.currency, old - cents)].add(invoice_id)


_FAR = date(9999, 12, 31)


def match_payments(
    invoices: Iterable[OpenInvoice],
    payments: Iterable[ReceivedPayment | Exception],
    *,
    name_similarity: NameSimilarity = similarity,
) -> list[MatchResult]:
    """One result per payment, in order. An ``Exception`` in ``payments`` is a line that could not be read."""
    ledger = _Ledger.build(invoices)
    seen: set[str] = set()
    results: list[MatchResult] = []
    for n, payment in enumerate(payments):
        if isinstance(payment, Exception):
            results.append(_error(f"line-{n + 1}", Decimal(0), f"payment could not be read: {payment}"))
            continue
        if payment.id in seen:
            results.append(
                _error(payment.id, payment.amount, f"duplicate payment id {payment.id}: not applied again")
            )
            continue
        seen.add(payment.id)
        if payment.amount <= 0:
            results.append(
                _error(payment.id, payment.amount, f"amount {payment.amount} is not a positive payment")
            )
            continue
        if payment.currency not in ledger.currencies:
            results.append(_error(payment.id, payment.amount, f"no open invoice is in {payment.currency}"))
            continue
        results.append(_Matcher(ledger, payment, name_similarity).run())
    return results


def _error(payment_id: str, amount: Decimal, why: str) -> MatchResult:
    unapplied = amount if amount > 0 else Decimal(0)
    return MatchResult(
        payment_id=payment_id, status=Status.REVIEW, unapplied=unapplied, reason=why, error=why
    )


class _Matcher:
    def __init__(self, ledger: _Ledger, payment: ReceivedPayment, name_similarity: NameSimilarity) -> None:
        self.ledger = ledger
        self.p = payment
        self.cents = _cents(payment.amount)
        self.sim = name_similarity

    # --- evidence ----------------------------------------------------------------------------------

    def referenced(self, customer: str | None) -> list[str]:
        """Invoices of this currency named in the text (any balance), in order of mention."""
        found: list[str] = []
        text = self.p.text
        if not text:
            return found
        for key in refs.candidate_keys(text):
            ids = self.ledger.by_key.get((self.p.currency, key), [])
            if customer is not None and len(ids) > 1:
                ids = [i for i in ids if self.ledger.invoices[i].customer_id == customer] or ids
            if len(ids) == 1 and ids[0] not in found:
                found.append(ids[0])
        if not found and customer is not None:
            found = self._typo_match(customer)
        return found

    def _typo_match(self, customer: str) -> list[str]:
        mine = self.ledger.by_customer.get((self.p.currency, customer), [])
        cores = {
            i: (refs.number_keys(self.ledger.invoices[i].number) - {""}) for i in self.ledger.open_ids(mine)
        }
        hits: list[str] = []
        for run in refs.digit_runs(self.p.text):
            close = [i for i, keys in cores.items() if any(refs.near(run, k) for k in keys if k.isdigit())]
            if len(close) == 1 and close[0] not in hits:
                hits.append(close[0])
        return hits

    def customer_by_name(self) -> str | None:
        payer = self.p.payer_name
        if not payer.strip():
            return None
        tokens = normalize_name(payer).split()
        shared: Counter[str] = Counter()
        for token in tokens:
            shared.update(self.ledger.name_tokens.get(token, ()))
        if not shared and tokens:  # a truncated last word: look up by prefix of the first word
            shared.update(
                c for t, cs in self.ledger.name_tokens.items() if t.startswith(tokens[0][:5]) for c in cs
            )
        # Score only the customers sharing the most words with the payer: common words ("Traders") would
        # otherwise put thousands of names through the fuzzy matcher for one payment.
        pool = [c for c, _ in shared.most_common(NAME_POOL)]
        scored = sorted(
            (
                (
                    1.0
                    if truncated_match(payer, self.ledger.names[c])
                    else self.sim(payer, self.ledger.names[c]),
                    c,
                )
                for c in pool
            ),
            reverse=True,
        )
        if not scored or scored[0][0] < NAME_MATCH:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < NAME_MARGIN:
            return None
        return scored[0][1]

    def short_reason(self) -> str | None:
        text = self.p.text.casefold()
        for reason, pattern in _SHORT_REASONS:
            if re.search(pattern, text):
                return reason
        return None

    # --- outcomes ----------------------------------------------------------------------------------

    def result(
        self,
        status: Status,
        apply: list[tuple[str, int]],
        reason: str,
        *,
        short: tuple[str, int, str] | None = None,
        candidates: list[list[str]] | None = None,
    ) -> MatchResult:
        for invoice_id, cents in apply:
            self.ledger.take(invoice_id, cents)
        applied = sum(c for _, c in apply)
        return MatchResult(
            payment_id=self.p.id,
            status=status,
            applications=[Application(invoice_id=i, amount=_dec(c)) for i, c in apply],
            unapplied=_dec(self.cents - applied),
            short_pay=ShortPay(invoice_id=short[0], amount=_dec(short[1]), reason=short[2])
            if short
            else None,
            candidates=candidates or [],
            reason=reason,
        )

    def review(self, reason: str, candidates: list[list[str]] | None = None) -> MatchResult:
        return self.result(Status.REVIEW, [], reason, candidates=candidates)

    def numbers(self, ids: Iterable[str]) -> str:
        return ", ".join(self.ledger.invoices[i].number for i in ids)

    # --- decision ----------------------------------------------------------------------------------

    def run(self) -> MatchResult:
        p, ledger = self.p, self.ledger
        known = p.customer_id if p.customer_id and (p.currency, p.customer_id) in ledger.by_customer else None
        if known is None and p.customer_id in ledger.customers:
            return self.result(
                Status.UNAPPLIED,
                [],
                f"known customer has no invoice in {p.currency}: held, never applied across currencies",
            )
        named = self.referenced(known)
        owners = {ledger.invoices[i].customer_id for i in named}
        if known and owners and owners != {known}:
            return self.review(
                f"reference names {self.numbers(named)} of another customer than the bank's customer id",
                [named],
            )
        if len(owners) > 1:
            return self.review(
                f"reference names invoices of several customers: {self.numbers(named)}", [named]
            )
        customer = known or (next(iter(owners)) if owners else None) or self.customer_by_name()
        if named:
            return self.by_reference(named, customer)
        if customer is not None:
            return self.by_amount_for(customer)
        return self.by_amount_anyone()

    def by_reference(self, named: list[str], customer: str | None) -> MatchResult:
        ledger = self.ledger
        open_named = ledger.open_ids(named)
        if not open_named:
            return self.result(
                Status.UNAPPLIED,
                [],
                f"{self.numbers(named)} already paid: held as unapplied cash on the account",
            )
        due = [(i, ledger.balance[i]) for i in open_named]
        total = sum(c for _, c in due)
        label = self.numbers(open_named)
        if self.cents == total:
            return self.result(Status.APPLIED, due, f"reference {label} and exact balance")
        owner = ledger.invoices[open_named[0]].customer_id
        exact_elsewhere = [
            i
            for i in ledger.open_ids(ledger.by_customer[(self.p.currency, owner)])
            if ledger.balance[i] == self.cents and i not in open_named
        ]
        if exact_elsewhere:
            # The reference says one invoice, the amount says another: a typo as likely as a part payment.
            return self.review(
                f"reference {label} but the amount is exactly the balance of {self.numbers(exact_elsewhere)}",
                [open_named, *[[i] for i in exact_elsewhere]],
            )
        if self.cents > total:
            return self.result(
                Status.UNAPPLIED,
                due,
                f"reference {label} paid in full; overpayment of {_dec(self.cents - total)} held",
            )
        # Less than the named invoices' balance.
        if len(due) > 1:
            subset, complete = _subsets([c for _, c in due], self.cents, limit=2)
            if len(subset) == 1 and complete:
                chosen = [due[k] for k in subset[0]]
                return self.result(
                    Status.APPLIED,
                    chosen,
                    f"reference {label}; amount pays exactly {self.numbers(i for i, _ in chosen)}",
                )
            return self.partial_or_short(due, label)
        return self.partial_or_short(due, label)

    def partial_or_short(self, due: list[tuple[str, int]], label: str) -> MatchResult:
        *full, (last_id, last_balance) = due
        paid_full = sum(c for _, c in full)
        rest = self.cents - paid_full
        if rest <= 0:
            return self.review(
                f"reference {label}; amount does not cover the invoices named in full or in a set",
                [[i for i, _ in due]],
            )
        shortfall = last_balance - rest
        reason = self.short_reason()
        if (
            reason is None
            and shortfall <= BANK_FEE_MAX_CENTS
            and Decimal(shortfall) <= BANK_FEE_MAX_SHARE * last_balance
        ):
            reason = "bank_fee"
        apply = [*full, (last_id, rest)]
        if reason is not None:
            return self.result(
                Status.PARTIAL,
                apply,
                f"reference {label}; short pay of {_dec(shortfall)} ({reason})",
                short=(last_id, shortfall, reason),
            )
        return self.result(
            Status.PARTIAL, apply, f"reference {label}; part payment, {_dec(shortfall)} left open"
        )

    def by_amount_for(self, customer: str) -> MatchResult:
        ledger = self.ledger
        mine = ledger.open_ids(ledger.by_customer.get((self.p.currency, customer), []))
        if not mine:
            return self.result(
                Status.UNAPPLIED, [], "known customer with no open invoice in this currency: held"
            )
        exact = [i for i in mine if ledger.balance[i] == self.cents]
        if len(exact) == 1:
            return self.result(
                Status.APPLIED,
                [(exact[0], self.cents)],
                f"exact balance of {self.numbers(exact)}, the only one",
            )
        if len(exact) > 1:
            return self.review(
                "several invoices of this customer have exactly this balance", [[i] for i in exact]
            )
        if len(mine) <= SUBSET_MAX_INVOICES:
            sets, complete = _subsets([ledger.balance[i] for i in mine], self.cents, limit=2)
            if len(sets) == 1 and complete:
                chosen = [(mine[k], ledger.balance[mine[k]]) for k in sets[0]]
                return self.result(
                    Status.APPLIED, chosen, f"lump sum pays exactly {self.numbers(i for i, _ in chosen)}"
                )
            if sets:
                return self.review(
                    "more than one set of invoices may add up to this amount",
                    [[mine[k] for k in s] for s in sets],
                )
        return self.result(
            Status.UNAPPLIED, [], "known customer, but no invoice or set of invoices fits: held as unapplied"
        )

    def by_amount_anyone(self) -> MatchResult:
        exact = sorted(self.ledger.by_amount.get((self.p.currency, self.cents), set()))
        if len(exact) == 1:
            inv = self.ledger.invoices[exact[0]]
            if self.p.payer_name.strip() and self.sim(self.p.payer_name, inv.customer_name) < 0.5:
                return self.review(f"amount matches {inv.number} only, but the payer name does not", [exact])
            return self.result(Status.APPLIED, [(exact[0], self.cents)], f"unique exact amount: {inv.number}")
        if exact:
            return self.review(
                "payer unknown and several invoices have this balance", [[i] for i in exact[:5]]
            )
        return self.review("payer unknown and no reference or amount identifies an invoice")


def _subsets(values: list[int], target: int, *, limit: int) -> tuple[list[list[int]], bool]:
    """Index sets of ``values`` summing to ``target`` (at most ``limit``), and whether the search was complete.

    The search is bounded (SUBSET_MAX_NODES) so a customer with many invoices stays fast; an incomplete
    search cannot prove a set is the only one, so callers treat it as ambiguous.
    """
    order = sorted(range(len(values)), key=lambda i: -values[i])
    suffix = [0] * (len(order) + 1)
    for k in range(len(order) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + values[order[k]]
    found: list[list[int]] = []
    nodes = 0

    def walk(k: int, remaining: int, chosen: list[int]) -> None:
        nonlocal nodes
        nodes += 1
        if len(found) >= limit or nodes > SUBSET_MAX_NODES:
            return
        if remaining == 0:
            found.append(sorted(chosen))
            return
        if k == len(order) or suffix[k] < remaining:
            return
        value = values[order[k]]
        if value <= remaining:
            walk(k + 1, remaining - value, [*chosen, order[k]])
        walk(k + 1, remaining, chosen)

    walk(0, target, [])
    return found, nodes <= SUBSET_MAX_NODES or len(found) >= limit
