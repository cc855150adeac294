"""Quality evaluations: ``make eval`` writes them to ``docs/evaluation.md``, which the README summarises.

Each module here exports ``report() -> str``: markdown figures computed on the project's own labelled dev
set (under ``tests/data``). ``python -m chalicelib.cli evaluate [NAME ...]`` prints them.
"""
