# Two commands set everything up on a fresh Debian machine (Python 3.11+, git, make, apt):
#   make run    install what the app needs, then serve it on http://127.0.0.1:5000
#   make test   install what the tests need (Chromium included), then run every test
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
export DEBIAN_FRONTEND := noninteractive

.PHONY: run dev serve test test-quick lint lock install install-test chromium node java vnu nginx wrk bench freeze translations icons

$(BIN)/python:
	@$(PY) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); scripts/apt-install.sh python3-venv && $(PY) -m venv $(VENV); }
	@$(BIN)/python -m pip install -q --upgrade pip

# The build hook compiles translations/*/LC_MESSAGES/messages.mo on every install.
install: $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e .

# CI's dependencies come from requirements-ci.txt, locked with hashes (make lock writes it from
# pyproject.toml and constraints.txt); the project itself then goes in without its dependencies.
install-test: $(BIN)/python
	$(BIN)/pip install -q --require-hashes -r requirements-ci.txt
	$(BIN)/pip install -q --no-deps -e .

UV := uv==0.13.8
lock: $(BIN)/python
	$(BIN)/pip install -q $(UV)
	$(BIN)/uv pip compile pyproject.toml --extra test --generate-hashes -c constraints.txt \
		--python-version 3.11 --universal --no-header -o requirements-ci.txt

# Chromium, and Debian's Noto fonts so that screenshots and layout tests draw every script.
chromium:
	@command -v chromium >/dev/null 2>&1 || scripts/apt-install.sh chromium
	@dpkg -s fonts-noto-core fonts-noto-cjk >/dev/null 2>&1 || scripts/apt-install.sh fonts-noto-core fonts-noto-cjk

# make serve's front server (and its precompressed-brotli module), from Debian.
nginx:
	@test -x /usr/sbin/nginx && test -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so \
		|| scripts/apt-install.sh nginx libnginx-mod-http-brotli-static

# The load generator of make bench.
wrk:
	@command -v wrk >/dev/null 2>&1 || scripts/apt-install.sh wrk

# node runs static/js/engine.js in the fast unit tests (the same vectors as the Python engine).
node:
	@command -v node >/dev/null 2>&1 || command -v nodejs >/dev/null 2>&1 || scripts/apt-install.sh nodejs

# The Nu Html Checker validates every page in the unit tests: vnu.jar from npm (vnu-jar, pinned with its
# hash in package-lock.json; --ignore-scripts: its postinstall would download a JRE) on Debian's Java.
java:
	@command -v java >/dev/null 2>&1 || scripts/apt-install.sh default-jre-headless

node_modules/.package-lock.json: package.json package-lock.json | node
	@command -v npm >/dev/null 2>&1 || scripts/apt-install.sh npm
	npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

vnu: java node_modules/.package-lock.json

run: install
	$(BIN)/gunicorn --bind $(HOST):$(PORT) --workers 2 --access-logfile /dev/null --no-control-socket app:app

# The production stack in the foreground: nginx on $(HOST):8080 serving the static export, the
# self-check's no-JavaScript POST passed to gunicorn on a Unix socket (pwa/stack.py). Ctrl-C stops it.
SERVE_PORT ?= 8080
serve: install nginx
	$(BIN)/python -m pwa.stack --listen $(HOST):$(SERVE_PORT)

dev: install
	$(BIN)/flask --app app --debug run --host $(HOST) --port $(PORT)

# The lint gate runs first: ruff (rules and formatting, pyproject [tool.ruff]) and mypy on pwa/.
lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: install-test chromium node vnu nginx lint
	$(BIN)/python -m pytest

test-quick: install-test node vnu nginx
	$(BIN)/python -m pytest -m "not e2e"

bench: install nginx wrk
	$(BIN)/python scripts/bench.py

freeze: install
	$(BIN)/flask --app app freeze

translations: install
	$(BIN)/flask --app app translate extract
	$(BIN)/flask --app app translate update
	$(BIN)/flask --app app translate compile

icons: $(BIN)/python
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	$(BIN)/python scripts/make_icons.py
