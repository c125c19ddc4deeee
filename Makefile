# Each target does its own set-up: a venv in .venv, re-installed only when pyproject.toml changes.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean installer installer-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server,desktop]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/defensoria

test: $(STAMP)
	$(BIN)/mypy app sync
	# One worker per core: most tests wait on a server thread, a subprocess or the disk.
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto --dist worksteal $(PYTEST_ARGS)
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

# Full benchmarks; each prints one JSON object (the tests run them with --quick).
bench: $(STAMP)
	$(BIN)/python bench/search.py
	$(BIN)/python bench/reports.py
	$(BIN)/python bench/plan_report.py
	$(BIN)/python bench/sync.py
	$(BIN)/python bench/backup.py
	$(BIN)/python bench/erasure.py
	$(BIN)/python bench/retention.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/plans.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/ui.py

# The desktop bundle (dist/defensoria) and its Linux package; see installer/.
$(VENV)/.installed-build: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,server,desktop,build]'
	touch $@

installer: $(VENV)/.installed-build
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller installer/defensoria.spec
	$(BIN)/python installer/linux/package.py

installer-check: installer
	$(BIN)/python installer/check.py
	$(BIN)/python bench/installer.py --quick

clean:
	rm -rf $(VENV) build dist *.egg-info
