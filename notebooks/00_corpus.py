# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python (sahel-brief)
#     language: python
#     name: sahel-brief
# ---

# %% [markdown]
# # 00 · Corpus
# What the report is built from: which articles, from which outlets, published when, and what
# cleaning took out of each page copy before the coder read it.
#
# **Inputs**: a corpus folder (`manifest.csv` + `articles/<id>.txt`; by default the project
# corpus `data/raw/`) and the cleaning rules `data/reference/cleaning_rules.yaml`.
# **Outputs**: the tables and figures on this page (nothing is written to disk).

# %% tags=["parameters"]
corpus: str = ""                  # corpus folder; "" = the project corpus (data/raw)
start_date: str = ""              # ISO date, first day kept; "" = from the first event
end_date: str = ""                # ISO date, last day kept; "" = to the last event
admin1: str = "all"               # a first-level region (e.g. "Mopti"), or "all"
min_date_precision: str = "year"  # keep events at least this precise: day, week, month or year
include_background: bool = True   # keep background mentions (is_main = false)

# %%
# %matplotlib inline
from pathlib import Path

from analysis import corpus as corpus_mod
from analysis import paths
from analysis.plots import Note, Table

corpus_dir = Path(corpus) if corpus else paths.DEFAULT_CORPUS
manifest = corpus_mod.load_manifest(corpus_dir)
articles = corpus_mod.load_corpus(corpus_dir)
table = corpus_mod.articles_table(articles)
LENGTH_HEADERS = {"id": "article", "n_chars_raw": "characters, raw", "n_chars_clean": "characters, cleaned", "n_removed": "lines removed",
                  "removed_reasons": "removed, by reason", "n_warnings": "decoding warnings"}
Note(corpus_mod.describe(articles, corpus_dir))

# %% [markdown]
# The date and region parameters select *events* in the analysis pages; this page always
# describes the whole corpus, since every article is read whatever the selection.
#
# ## Articles by outlet
# Outlets as the manifest names them; "(not given)" when the manifest leaves the outlet empty.
# Wire copy republished by another site is listed under the site that carried it.

# %%
corpus_mod.outlet_counts(table) if len(table) else Note("The corpus has no articles, so no outlets.")

# %% [markdown]
# ## Articles by publication date
# One dot per article: circles are dates given by the manifest, squares dates read from a date
# line in the page copy (used only when the manifest gives none). Articles without any date do
# not appear; relative dates in them ("on Saturday") cannot be resolved to a day.

# %%
corpus_mod.plot_publication_timeline(table) or Note("No article has a publication date, so there is no timeline to draw.")

# %% [markdown]
# ## The articles
# Title, outlet and publication date of each article, and where the date comes from: the
# manifest, a date line in the text, or none.

# %%
Table(table[["id", "outlet", "published", "published_source", "title"]].rename(columns={"id": "article", "published_source": "date from"})) if len(table) else Note("The corpus has no articles.")

# %% [markdown]
# ## Which publication dates were stated and which inferred
# The manifest may say how each date was established (column `published_basis`). A date marked
# **inferred** was worked out from the content of the article (the weekday and the events it
# reports), not read from the page: it is plausible to the day but not certain, and every
# relative date in that article moves with it. "manifest (basis not given)" means the manifest
# states a date without saying how it was established.

# %%
dates = corpus_mod.dates_table(articles, manifest)
dates.groupby("status").size().rename("articles").to_frame() if len(dates) else Note("The corpus has no articles.")

# %%
Table(dates.rename(columns={"id": "article", "published_source": "date from"})) if len(dates) else Note("The corpus has no articles.")

# %% [markdown]
# ## Text lengths before and after cleaning
# Characters of the raw page copy and of the cleaned prose the coder reads.

# %%
corpus_mod.plot_lengths(table) or Note("The corpus has no articles, so there are no lengths to compare.")

# %%
Table(table[["id", "n_chars_raw", "n_chars_clean", "n_removed", "removed_reasons", "n_warnings"]].rename(columns=LENGTH_HEADERS)) if len(table) else Note("The corpus has no articles.")

# %% [markdown]
# ## What cleaning removed, and why
# Cleaning drops page furniture by general rules (`data/reference/cleaning_rules.yaml`): site
# navigation, comment forms, photo captions and credits, bylines, source lines, date lines and
# the headline (which reaches the coder separately, as the title). It never edits inside a
# paragraph, and a sentence of the story is never removed. Counts by reason over the corpus:

# %%
reasons = corpus_mod.removal_reasons(articles)
reasons if len(reasons) else Note("Cleaning removed nothing from this corpus.")

# %% [markdown]
# Every removed line, with its line number in the raw file (text shown escaped, as written):

# %%
removals = corpus_mod.removals_table(articles)
removals if len(removals) else Note("Cleaning removed nothing from this corpus.")

# %% [markdown]
# ## Decoding warnings
# Files that were not valid UTF-8 were decoded with a fallback (cp1252, else latin-1); a
# character may then be wrong, so these articles deserve a look.

# %%
warned = corpus_mod.warnings_table(articles)
warned if len(warned) else Note("Every article file was valid UTF-8.")
