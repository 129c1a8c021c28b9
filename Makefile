# Rumbo: `make run` to try it, `make test` to check it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: install run test bench messages lint clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

# axe-core for the browser tests' accessibility checks (tests/e2e/axe.py);
# skipped with a note where npm is missing.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm install --no-audit --no-fund && touch $(NODE_STAMP); \
	else \
		echo "npm not found: accessibility checks in tests/e2e will be skipped"; \
	fi

install: $(STAMP) $(NODE_STAMP)
	$(BIN)/python manage.py link_locales

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install
	$(BIN)/python -m pytest -n 3 --ignore=tests/benchmarks $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m pytest tests/benchmarks -s $(PYTEST_ARGS)

messages: install
	$(BIN)/python manage.py makemessages --no-obsolete -l es -l pt -l en \
		--ignore '.venv/*' --ignore 'var/*' --ignore 'tests/*' --ignore 'node_modules/*'
	$(BIN)/python manage.py compilemessages --ignore '.venv/*' --ignore 'var/*' \
		--ignore 'node_modules/*'

# ruff for style; import-linter for the shape (the core imports no feature app,
# feature apps meet only through selectors and services: pyproject.toml).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=platform:. $(BIN)/lint-imports --no-cache

clean:
	rm -rf $(VENV) var/static var/locale
