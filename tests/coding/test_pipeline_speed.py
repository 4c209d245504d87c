"""Faster pipeline, linker and cleaning steps give what the plain versions give."""

from __future__ import annotations

import random

import pyarrow as pa
import pyarrow.compute as pc

from analysis.coding import pipeline

_ALPHABET = ['a', 'b', ' ', ',', '"', '\n', '\r', ';', 'é', '€', '“', '\u2028', 'x']


def _random_cells(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 6))) for _ in range(n)]


def test_quote_mask_equals_the_regex_kernel():
    rng = random.Random(7)
    cases = [["plain", "a,b", 'q"q', "x\ny", "", "semi;colon", "car\rriage", "é,", "“quoted”"], [], [""], ["abc"]]
    cases += [_random_cells(rng, rng.randint(0, 40)) for _ in range(300)]
    for cells in cases:
        arr = pa.array(cells, type=pa.string())
        # one chunk, several chunks, and slices (an offset into shared buffers)
        for col in (pa.chunked_array([arr], type=pa.string()),
                    pa.chunked_array([arr[: len(cells) // 2], arr[len(cells) // 2:]], type=pa.string()),
                    pa.chunked_array([arr[1:], arr[:0]], type=pa.string())):
            mask, dquote = pipeline._quote_mask(col)
            want = pc.match_substring_regex(col, pipeline._NEEDS_QUOTES)
            assert mask.to_pylist() == want.to_pylist(), cells
            assert dquote == any('"' in c for c in col.to_pylist())


def test_quote_mask_leaves_missing_cells_to_the_kernel():
    assert pipeline._quote_mask(pa.chunked_array([pa.array(["a", None])])) is None
    assert pipeline._quote_mask(pa.chunked_array([pa.array(["a"], type=pa.large_string())])) is None
