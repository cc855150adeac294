"""Quality evaluations published in the README.

Each module here exports ``report() -> str``: markdown figures computed on the project's own labelled dev
set (under ``tests/data``). ``python -m chalicelib.cli evaluate [NAME ...]`` prints them.
"""
