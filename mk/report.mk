# Report targets (owned by analysis.report / analysis.bench).
#
# The targets are phony on purpose: analysis.report decides what to re-execute from content
# hashes (notebook, parameters, corpus hash, coded tables, src/analysis, data/reference), which
# survive a fresh clone's mtimes; Make only provides the virtual environment. A no-op build
# hashes its inputs and stops (about a second). See the docstring of src/analysis/report.py.

REPORT_DIR   ?= report
REPORT_FLAGS ?=

.PHONY: report bench

report: $(STAMP) $(NATIVE) ## execute the notebooks, render report/html/ and report/briefing.pdf (CORPUS=dir PROFILE=full|fast)
	@echo "==> report: corpus $(CORPUS), profile $(PROFILE), into $(REPORT_DIR)/"
	@$(PY) -m analysis report --corpus "$(CORPUS)" --profile "$(PROFILE)" --out "$(REPORT_DIR)" $(REPORT_FLAGS)

bench: $(STAMP) $(NATIVE) ## time a cold and a no-op `make report` and each notebook, printed as a table
	@echo "==> benchmark: corpus $(CORPUS), profile $(PROFILE)"
	@$(PY) -m analysis bench --corpus "$(CORPUS)" --profile "$(PROFILE)"
