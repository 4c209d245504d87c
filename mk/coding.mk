# Coding targets (owned by analysis.coding: pipeline, evaluate).
#
# `make code` is a file target: the tables of $(CORPUS) are rebuilt only when the manifest, an
# article, the review file, the reference lexicons or the package code changed. The output
# folder is analysis.paths.processed_dir($(CORPUS)): data/processed/<name>-<8 hex of the
# sha256 of the corpus's absolute path> (computed here the same way, without starting Python).

CORPUS_ABS  := $(realpath $(CORPUS))
CORPUS_SLUG := $(shell n='$(notdir $(CORPUS_ABS))'; n=$$(printf '%s' "$$n" | sed -E 's/[^A-Za-z0-9_.-]+/-/g; s/^-+//; s/-+$$//'); \
                 printf '%s-%s' "$${n:-corpus}" "$$(printf '%s' '$(CORPUS_ABS)' | sha256sum | cut -c1-8)")
CODE_DIR    := data/processed/$(CORPUS_SLUG)
REVIEW      ?= data/reviewed/review.yaml
JOBS        ?= 1
GOLD        ?= $(if $(wildcard $(CORPUS)/gold),$(CORPUS)/gold,tests/gold)
EVAL_JSON   ?=

CODE_INPUTS := $(wildcard $(CORPUS)/manifest.csv) $(wildcard $(CORPUS)/articles/*.txt) $(wildcard $(REVIEW)) \
               $(shell find src/analysis data/reference -type f \( -name '*.py' -o -name '*.yaml' -o -name '*.csv' \) 2>/dev/null)

.PHONY: code evaluate

code: $(CODE_DIR)/events.csv ## code $(CORPUS) into data/processed/<corpus>/ (events, claims, mentions; skipped when up to date)

$(CODE_DIR)/events.csv: $(STAMP) $(CODE_INPUTS) | $(NATIVE)
	@echo "==> coding $(CORPUS) into $(CODE_DIR)/ (review: $(REVIEW), jobs: $(JOBS))"
	@$(PY) -m analysis code --corpus "$(CORPUS)" --out "$(CODE_DIR)" --review "$(REVIEW)" --jobs $(JOBS)

evaluate: $(STAMP) $(NATIVE) ## score the coder against gold events: make evaluate CORPUS=../shared/devset [EVAL_JSON=scores.json]
	@echo "==> evaluating the coder on $(CORPUS) against $(GOLD)/"
	@$(PY) -m analysis evaluate --corpus "$(CORPUS)" --gold "$(GOLD)" $(if $(EVAL_JSON),--json "$(EVAL_JSON)")
