"""Money: a Decimal amount with an ISO 4217 currency. Never float; rounding is explicit."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

# Active ISO 4217 codes. A closed list because a typo ("EURO", "US$") must be rejected on import,
# not discovered when a reminder goes out with a nonsense currency.
ISO_CURRENCIES: frozenset[str] = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF
    GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP
    LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB
    PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL
    THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()
)

# Currencies whose minor unit is not the usual two decimals.
_MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND"], 0),
    **dict.fromkeys(["VUV", "XAF", "XOF", "XPF"], 0),
    **dict.fromkeys(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"], 3),
}


class CurrencyError(ValueError):
    """An amount or currency that cannot be money."""


def minor_units(currency: str) -> int:
    return _MINOR_UNITS.get(currency, 2)


def check_currency(code: str) -> str:
    normalised = code.strip().upper()
    if normalised not in ISO_CURRENCIES:
        raise CurrencyError(f"unknown currency {code!r} (expected an ISO 4217 code such as USD, EUR, GBP)")
    return normalised


CurrencyCode = Annotated[str, AfterValidator(check_currency)]


def parse_amount(text: str | int | Decimal) -> Decimal:
    """A decimal string as written in our files ("1200.50"); anything else is an error, never a guess."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise CurrencyError(f"not an amount: {text!r}") from exc
    if not value.is_finite():
        raise CurrencyError(f"not an amount: {text!r}")
    return value


def quantize(amount: Decimal, currency: str) -> Decimal:
    """Round to the currency's minor unit, half up (how invoices are printed)."""
    return amount.quantize(Decimal(1).scaleb(-minor_units(currency)), rounding=ROUND_HALF_UP)


class Money(BaseModel):
    model_config = ConfigDict(frozen=True)

    amount: Decimal
    currency: CurrencyCode

    @model_validator(mode="after")
    def _round_to_minor_unit(self) -> Self:
        if not self.amount.is_finite():
            raise CurrencyError("amount must be finite")
        object.__setattr__(self, "amount", quantize(self.amount, self.currency))
        return self

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        return cls(amount=parse_amount(amount), currency=currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(amount=Decimal(0), currency=currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(amount=self.amount + other.amount, currency=self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(amount=self.amount - other.amount, currency=self.currency)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
