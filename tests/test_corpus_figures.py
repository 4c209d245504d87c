"""The figures of 00_corpus: title, legend and axes never overlap."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import corpus


def _table() -> pd.DataFrame:
    # Two outlets, dates from the manifest and from the text, one article without a date.
    return pd.DataFrame({
        "id": ["a1", "a2", "a3", "a4"],
        "outlet": ["Voice of America", "Al Jazeera", "", "Al Jazeera"],
        "published": ["2022-07-28", "2024-08-26", "2023-08-04", None],
        "published_source": ["manifest", "manifest", "text", "none"],
        "n_chars_raw": [3212, 3092, 2148, 1000],
        "n_chars_clean": [2995, 2107, 2092, 900],
    })


def _boxes(fig):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    ax = fig.axes[0]
    return (fig._suptitle.get_window_extent(renderer), ax.get_legend().get_window_extent(renderer),
            ax.get_window_extent(renderer), ax)


@pytest.mark.parametrize("plot", [corpus.plot_publication_timeline, corpus.plot_lengths])
def test_title_legend_and_axes_do_not_overlap(plot):
    fig = plot(_table())
    title, legend, axes, ax = _boxes(fig)
    assert title.y0 >= legend.y1 - 1, "the legend must sit below the title"
    assert legend.y0 >= axes.y1 - 1, "the legend must sit above the plotting area"
    assert not ax.get_title(loc="left")  # one title only, the figure's


def test_timeline_title_counts_dated_articles():
    fig = corpus.plot_publication_timeline(_table())
    assert fig._suptitle.get_text() == "Articles by outlet and publication date (3 of 4 articles dated)"
    assert corpus.plot_publication_timeline(_table().assign(published=None)) is None
