# chm — two commands on a fresh machine: `make demo` and `make test`.
# Each creates .venv and installs what it needs by itself.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.PHONY: install demo test lint format bench browser search-node clean translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) translations

## make demo: start three demo national nodes, harvest them, serve http://127.0.0.1:8000
demo: install
	$(BIN)/chm --config config.toml demo

## make test: lint, then every test (browser tests use Debian's chromium, installed here;
## the OpenSearch tests run a real node built by `make search-node`)
test: lint browser search-node
	$(BIN)/python -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## the query-term translation table (vocabulary/dictionary.py): Debian's Apertium bilingual
## dictionaries (GPL) and FreeDict's French-Spanish and German ones (vocabulary/freedict.py,
## CC-BY-SA and GPL; neither is part of chm) read by `chm vocab translations build` into
## var/translations.tsv.gz; a missing package is a warning and the table is built from the
## others; without any the search works untranslated (a warning says so)
TRANSLATIONS = var/translations.tsv.gz
APERTIUM_PACKAGES = apertium-eng-spa apertium-fr-es apertium-eng-cat apertium-fra-cat lttoolbox-dev
FREEDICT_PACKAGES = dict-freedict-fra-spa dict-freedict-eng-deu dict-freedict-deu-eng \
  dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-deu-spa dict-freedict-spa-deu
$(TRANSLATIONS): vocabulary/dictionary.py vocabulary/freedict.py | $(STAMP)
	@command -v lt-print >/dev/null 2>&1 && (for p in $(filter apertium-%,$(APERTIUM_PACKAGES)); do \
	  test -d /usr/share/apertium/$$p || exit 1; done) || { \
	  echo "installing Debian's Apertium dictionaries for query translation"; \
	  (apt-get update -qq && apt-get install -y -qq $(APERTIUM_PACKAGES) >/dev/null) \
	  || echo "WARNING: could not install $(APERTIUM_PACKAGES); search will not translate"; }
	@(for p in $(FREEDICT_PACKAGES); do test -f /usr/share/dictd/$${p#dict-}.index || exit 1; done) || { \
	  echo "installing FreeDict's dictionaries (French-Spanish, through German) for query translation"; \
	  (apt-get install -y -qq --no-install-recommends $(FREEDICT_PACKAGES) >/dev/null \
	   || (apt-get update -qq && apt-get install -y -qq --no-install-recommends \
	       $(FREEDICT_PACKAGES) >/dev/null)) \
	  || echo "WARNING: could not install $(FREEDICT_PACKAGES); the table is Apertium's only"; }
	-$(BIN)/chm vocab translations build --out $@

translations: $(TRANSLATIONS)

## Debian's chromium + chromedriver for the browser tests (Playwright's own download is not used)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) \
	  || echo "WARNING: could not install chromium; browser tests will be skipped"; }

## make search-node: the OpenSearch 2.19 test node (tests/servers/opensearch_node): Java 17 and
## Maven from Debian when missing; Maven works offline once ~/.m2 holds the artifacts
SEARCH_NODE = tests/servers/opensearch_node
SEARCH_NODE_STAMP = $(SEARCH_NODE)/target/.built
$(SEARCH_NODE_STAMP): $(SEARCH_NODE)/pom.xml $(wildcard $(SEARCH_NODE)/src/main/java/org/chm/searchnode/*.java) $(SEARCH_NODE)/src/main/resources/log4j2.properties
	@command -v mvn >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 || { \
	  echo "installing Debian's Java 17 and Maven for the OpenSearch test node"; \
	  apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null; }
	cd $(SEARCH_NODE) && { mvn -q -B -o compile dependency:copy-dependencies >/dev/null 2>&1 \
	  || mvn -q -B compile dependency:copy-dependencies; }
	touch $@

search-node: $(SEARCH_NODE_STAMP)

## make bench: every benchmark in bench/ (prints figures; see bench/README.md)
bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf var bench/out .pytest_cache .mypy_cache .ruff_cache $(SEARCH_NODE)/target
