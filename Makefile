# Two commands matter: `make run` (the agent locally on an embedded AWS) and `make test`.
# Both set up their own virtualenv from requirements*.txt, so a fresh clone needs only Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint typecheck unit eval bench deploy clean

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python -m chalicelib.local_mode

lint: install
	$(BIN)/ruff check app.py chalicelib tests bench infra
	$(BIN)/ruff format --check app.py chalicelib tests bench infra

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/python -m pytest

test: lint typecheck unit

eval: install
	$(BIN)/python -m chalicelib.cli evaluate --out docs/evaluation.md

bench: install
	$(BIN)/python -m bench.triage
	$(BIN)/python -m bench.cashapp
	$(BIN)/python -m bench.webhook
	$(BIN)/python -m bench.sweep
	$(BIN)/python -m bench.guard

# make deploy STAGE=dev REPLY_DOMAINS=replies.example.com  (needs AWS credentials; see infra/README.md)
deploy: install
	$(BIN)/python -m infra.deploy --stage $(STAGE) --reply-domains $(REPLY_DOMAINS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
