"""Date phrases of the contract's conventions in seven languages, resolved against Wednesday 2026-03-11."""

from __future__ import annotations

from datetime import date

import pytest

from chalicelib.domain.relative_dates import find_dates, fold

T = date(2026, 3, 11)
CASES = [
    ("next Friday", date(2026, 3, 20)),
    ("nächsten Freitag", date(2026, 3, 20)),
    ("vendredi prochain", date(2026, 3, 20)),
    ("el próximo viernes", date(2026, 3, 20)),
    ("volgende week vrijdag", date(2026, 3, 20)),
    ("venerdì prossimo", date(2026, 3, 20)),
    ("na próxima sexta-feira", date(2026, 3, 20)),
    ("this Friday", date(2026, 3, 13)),
    ("diesen Freitag", date(2026, 3, 13)),
    ("ce vendredi", date(2026, 3, 13)),
    ("este viernes", date(2026, 3, 13)),
    ("deze vrijdag", date(2026, 3, 13)),
    ("questo venerdì", date(2026, 3, 13)),
    ("nesta sexta-feira", date(2026, 3, 13)),
    ("am Freitag", date(2026, 3, 13)),
    ("vendredi", date(2026, 3, 13)),
    ("el viernes", date(2026, 3, 13)),
    ("end of the month", date(2026, 3, 31)),
    ("Ende des Monats", date(2026, 3, 31)),
    ("fin du mois", date(2026, 3, 31)),
    ("a finales de mes", date(2026, 3, 31)),
    ("fim do mês", date(2026, 3, 31)),
    ("eind van de maand", date(2026, 3, 31)),
    ("fine mese", date(2026, 3, 31)),
    ("Monatsende", date(2026, 3, 31)),
    ("in two weeks", date(2026, 3, 25)),
    ("in zwei Wochen", date(2026, 3, 25)),
    ("dans deux semaines", date(2026, 3, 25)),
    ("en dos semanas", date(2026, 3, 25)),
    ("em duas semanas", date(2026, 3, 25)),
    ("over twee weken", date(2026, 3, 25)),
    ("tra due settimane", date(2026, 3, 25)),
    ("in 10 days", date(2026, 3, 21)),
    ("by the 15th", date(2026, 3, 15)),
    ("bis zum 15.", date(2026, 3, 15)),
    ("d'ici le 15", date(2026, 3, 15)),
    ("antes del 15", date(2026, 3, 15)),
    ("até dia 15", date(2026, 3, 15)),
    ("voor de 15e", date(2026, 3, 15)),
    ("entro il 15", date(2026, 3, 15)),
    ("by the 5th", date(2026, 4, 5)),
    ("end of April", date(2026, 4, 30)),
    ("Ende April", date(2026, 4, 30)),
    ("fin avril", date(2026, 4, 30)),
    ("finales de abril", date(2026, 4, 30)),
    ("final de abril", date(2026, 4, 30)),
    ("eind april", date(2026, 4, 30)),
    ("fine aprile", date(2026, 4, 30)),
    ("this week", date(2026, 3, 13)),
    ("diese Woche", date(2026, 3, 13)),
    ("cette semaine", date(2026, 3, 13)),
    ("KW 13", date(2026, 3, 27)),
    ("first week of April", date(2026, 4, 7)),
    ("tomorrow", date(2026, 3, 12)),
    ("morgen", date(2026, 3, 12)),
    ("demain", date(2026, 3, 12)),
    ("mañana", date(2026, 3, 12)),
    ("amanhã", date(2026, 3, 12)),
    ("domani", date(2026, 3, 12)),
    ("March 20", date(2026, 3, 20)),
    ("20 March", date(2026, 3, 20)),
    ("20. März", date(2026, 3, 20)),
    ("le 20 mars", date(2026, 3, 20)),
    ("el 20 de marzo", date(2026, 3, 20)),
    ("20 de março", date(2026, 3, 20)),
    ("20 maart", date(2026, 3, 20)),
    ("20 marzo", date(2026, 3, 20)),
    ("20.03.2026", date(2026, 3, 20)),
    ("2026-03-20", date(2026, 3, 20)),
    ("on 3/20", date(2026, 3, 20)),
    ("on the 20th", date(2026, 3, 20)),
    ("next week", date(2026, 3, 20)),
    ("nächste Woche", date(2026, 3, 20)),
    ("la semaine prochaine", date(2026, 3, 20)),
    ("Friday 20 March", date(2026, 3, 20)),
    ("by Friday", date(2026, 3, 13)),
    ("on Monday", date(2026, 3, 16)),
    ("next Monday", date(2026, 3, 16)),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0] for c in CASES])
def test_the_phrase_resolves_to_the_contracts_date(text: str, want: date) -> None:
    got = [f.value for f in find_dates(text, T, day_first="3/20" not in text)]
    assert got[:1] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("by the end of Q1", date(2026, 3, 31)),
        ("before the end of the quarter", date(2026, 3, 31)),
        ("fin du trimestre", date(2026, 3, 31)),
        ("bis Ende des Quartals", date(2026, 3, 31)),
        ("end of the second quarter", date(2026, 6, 30)),
        # Q1 is over by July: the next one.
        ("end of Q1", date(2027, 3, 31)),
    ],
)
def test_quarter_ends_resolve_to_the_quarters_last_day(text: str, want: date) -> None:
    today = date(2026, 7, 2) if text == "end of Q1" else date(2026, 3, 12)
    assert [f.value for f in find_dates(fold(text), today)][:1] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("la transferencia saldrá pasado mañana", date(2026, 3, 14)),
        ("die Überweisung geht übermorgen raus", date(2026, 3, 14)),
        ("the day after tomorrow", date(2026, 3, 14)),
        ("el primero el día 10 del mes que viene", date(2026, 4, 10)),
        ("le 15 du mois prochain", date(2026, 4, 15)),
        ("on the 5th of next month", date(2026, 4, 5)),
    ],
)
def test_two_days_out_and_a_day_of_next_month(text: str, want: date) -> None:
    assert [f.value for f in find_dates(fold(text), date(2026, 3, 12))][:1] == [want]


def test_the_day_before_yesterday_is_two_days_back() -> None:
    assert [f.value for f in find_dates(fold("vorgestern bezahlt"), date(2026, 3, 12), direction="past")] == [
        date(2026, 3, 10)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kan vi få 14 dages henstand med beløbet?", date(2026, 3, 25)),
        ("Kan vi få to ukers utsettelse?", date(2026, 3, 25)),
        ("Kan vi få två veckors anstånd?", date(2026, 3, 25)),
        ("Wir bitten um 14 Tage Aufschub", date(2026, 3, 25)),
        ("Graag twee weken uitstel", date(2026, 3, 25)),
    ],
)
def test_the_respite_counted_before_its_word_runs_from_today(text: str, want: date) -> None:
    # The Nordic, German and Dutch order: the count, then the word for the extension ("14 dages henstand").
    assert [f.value for f in find_dates(fold(text), T)][:1] == [want]
