"""Sentences and numbers (analysis.coding.text): small hand-checked cases in news shapes."""

from __future__ import annotations

import re

import pytest

from analysis.coding import text as T


def sents(s: str) -> list[str]:
    return [x.text for x in T.split_sentences(s)]


# ------------------------------------------------------------------------------- sentences


def test_titles_initials_and_abbreviations_do_not_split():
    s = "Lt. Col. Assimi Goita met U.N. officials on Aug. 25 in St. Louis. He left."
    assert sents(s) == ["Lt. Col. Assimi Goita met U.N. officials on Aug. 25 in St. Louis.", "He left."]
    assert sents("Gen. Moussa Diarra and Mr. J. K. Smith spoke. Then they left.") == [
        "Gen. Moussa Diarra and Mr. J. K. Smith spoke.",
        "Then they left.",
    ]
    assert sents("Convoy No. 3 was hit on Jan. 1, 2020. Troops fled.") == [
        "Convoy No. 3 was hit on Jan. 1, 2020.",
        "Troops fled.",
    ]


def test_initialism_ends_a_sentence_only_before_an_opener():
    assert sents("The U.S. President spoke. Troops from the U.N. The next day they left.") == [
        "The U.S. President spoke.",
        "Troops from the U.N.",
        "The next day they left.",
    ]
    assert sents("The attack began at 10 a.m. Monday, officials said.") == [
        "The attack began at 10 a.m. Monday, officials said."
    ]
    assert sents("It ended at 10 a.m. The army said nothing.") == [
        "It ended at 10 a.m.",
        "The army said nothing.",
    ]


def test_headlines_without_punctuation_and_paragraphs():
    text = "Militants kill several soldiers in Mali\n\nAn attack in the region killed six.\nA second line"
    out = T.split_sentences(text)
    assert [s.text for s in out] == [
        "Militants kill several soldiers in Mali",
        "An attack in the region killed six.",
        "A second line",
    ]
    assert [s.index for s in out] == [0, 1, 2]
    for s in out:
        assert text[s.start:s.end] == s.text


def test_hard_wrapped_line_continues_the_sentence():
    assert sents("The soldiers were killed\nnear the border on Sunday.") == [
        "The soldiers were killed\nnear the border on Sunday."
    ]


def test_quotes_end_sentences_and_lowercase_never_starts_one():
    assert sents('He said "we will win." The minister left.') == ['He said "we will win."', "The minister left."]
    assert sents('"Why?" he asked. “We lost six men,” said a spokesman. “The terrorists lost 15.” Then silence.') == [
        '"Why?" he asked.',
        "“We lost six men,” said a spokesman.",
        "“The terrorists lost 15.”",
        "Then silence.",
    ]
    assert sents("Really? Yes! Wait... It ended.") == ["Really?", "Yes!", "Wait...", "It ended."]


def test_decimals_and_numbers_do_not_split():
    assert sents("Some 1.5 million people fled in 2012. 42 soldiers died.") == [
        "Some 1.5 million people fled in 2012.",
        "42 soldiers died.",
    ]


def test_doc_sentences_agree_with_split_sentences():
    for text in (
        "Mali's army said Tuesday. U.N. troops left\nHeadline here\n\nLt. Col. X spoke. It ended.",
        " date 2024-08-26 News\n\n  Twenty-one killed\nPublished On 26 Aug 2024\n",
    ):
        doc = T.parse(text)
        assert [s.text.strip() for s in doc.sents] == sents(text)
        assert T.split_sentences(doc) == T.split_sentences(text)
    assert T.nlp() is T.nlp()  # built once


def test_sentence_index_at():
    out = T.split_sentences("One. Two words. Three.")
    assert T.sentence_index_at(out, 0) == 0
    assert T.sentence_index_at(out, out[1].start + 1) == 1
    assert T.sentence_index_at(out, out[2].end - 1) == 2
    assert T.sentence_index_at(out, 4) == -1  # the space between sentences


# ------------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "s,value",
    [
        ("42", 42),
        ("1,200", 1200),
        ("forty-two", 42),
        ("Forty-Two", 42),
        ("twenty one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("three hundred", 300),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("fifteen hundred", 1500),
        ("two thousand five hundred", 2500),
        ("1.5 million", 1_500_000),
        ("dozens", 12),  # ACLED
        ("tens", 10),  # ACLED
        ("hundreds", 100),  # ACLED
        ("scores", 20),  # one score, by ACLED's one-unit rule
        ("several", 3),
        ("a few", 3),
        ("tens of thousands", 10_000),
        ("at least 5", 5),
    ],
)
def test_parse_number(s, value):
    assert T.parse_number(s) == value


@pytest.mark.parametrize("s", ["hello", "two three", "a", "Kati", "", "twenty thirty"])
def test_parse_number_rejects(s):
    assert T.parse_number(s) is None


def q(text: str):
    return [(x.text, x.value, x.qualifier, x.vague, x.unit, x.high) for x in T.find_quantities(text)]


def test_counts_with_qualifiers_cover_the_qualifier():
    text = "At least 21 people, including 11 children, were killed and nearly 50 wounded."
    out = T.find_quantities(text)
    assert [(x.text, x.value, x.qualifier) for x in out] == [
        ("At least 21", 21, "at least"),
        ("11", 11, "exact"),
        ("nearly 50", 50, "about"),
    ]
    assert text[out[0].start:out[0].end] == "At least 21"
    assert all(x.unit == "" and not x.vague for x in out)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("more than 1,500 soldiers", ("more than 1,500", 1500, "at least")),
        ("over a hundred dead", ("over a hundred", 100, "at least")),
        ("upwards of 30 fighters", ("upwards of 30", 30, "at least")),
        ("no fewer than 12 villagers", ("no fewer than 12", 12, "at least")),
        ("around fifty tankers", ("around fifty", 50, "about")),
        ("some 40 bodies", ("some 40", 40, "about")),
        ("an estimated 3,000 displaced", ("an estimated 3,000", 3000, "about")),
        ("roughly 20 men", ("roughly 20", 20, "about")),
        ("up to 300 people", ("up to 300", 300, "up to")),
        ("as many as 40 civilians", ("as many as 40", 40, "up to")),
        ("42 or more soldiers", ("42 or more", 42, "at least")),
        ("forty-odd bodies", ("forty-odd", 40, "about")),
        ("Twenty-one civilians killed", ("Twenty-one", 21, "exact")),
    ],
)
def test_qualifiers(text, expected):
    out = T.find_quantities(text)
    assert len(out) == 1
    assert (out[0].text, out[0].value, out[0].qualifier) == expected


def test_vague_counts_follow_acled():
    assert q("leaving dozens wounded") == [("dozens", 12, "exact", True, "", None)]
    assert q("Scores of civilians") == [("Scores", 20, "exact", True, "", None)]
    assert q("hundreds of thousands have fled") == [("hundreds of thousands", 100_000, "exact", True, "", None)]
    assert q("several hundred fighters") == [("several hundred", 300, "exact", True, "", None)]
    assert q("killed several soldiers") == [("several", 3, "exact", True, "", None)]


def test_ranges():
    assert q("between 20 and 30 people") == [("between 20 and 30", 20, "at least", False, "", 30)]
    assert q("20-25 people") == [("20-25", 20, "at least", False, "", 25)]
    assert q("two or three attackers") == [("two or three", 2, "at least", False, "", 3)]
    # two numbers joined by "and" are two numbers, not a range or a sum
    assert q("two and three") == [("two", 2, "exact", False, "", None), ("three", 3, "exact", False, "", None)]


@pytest.mark.parametrize(
    "text,unit",
    [
        ("a town just 15 kilometers from the capital", "km"),
        ("about 110 km north", "km"),
        ("some 500 kilometres away", "km"),
        ("34 miles away", "mile"),
        ("it intervened in 2013 following", "year"),
        ("since the 1990s", "year"),
        ("a 25-year-old man", "age"),
        ("a man aged 25", "age"),
        ("60 percent of the territory", "percent"),
        ("60% of the territory", "percent"),
        ("a $5 million ransom", "money"),
        ("500 million CFA francs", "money"),
        ("three days of national mourning", "duration"),
        ("an eight-year pause", "duration"),
        ("UN resolution 2100", "label"),
        ("convoy No. 3", "label"),
        ("the 22nd", "ordinal"),
        ("at 10 a.m.", "time"),
    ],
)
def test_numbers_that_are_not_counts_carry_a_unit(text, unit):
    out = T.find_quantities(text)
    assert len(out) == 1, out
    assert out[0].unit == unit


def test_dates_are_marked_or_skipped():
    assert [(x.text, x.unit) for x in T.find_quantities("on July 22, 2024")] == [("22", "date"), ("2024", "year")]
    assert [(x.text, x.unit) for x in T.find_quantities("on 22 July 2024")] == [("22", "date"), ("2024", "year")]
    assert [(x.text, x.unit) for x in T.find_quantities("on Aug. 25")] == [("25", "date")]
    assert [(x.text, x.unit) for x in T.find_quantities("July 22-27")] == [("22-27", "date")]
    # a comma after a month ends the date: "In March, 23 soldiers" counts soldiers
    assert [(x.text, x.value, x.unit) for x in T.find_quantities("In March, 23 soldiers were killed")] == [("23", 23, "")]
    assert [(x.text, x.unit) for x in T.find_quantities("Last October, 47 civilians died")] == [("47", "")]
    # ISO and slashed dates and clock times are no numbers at all
    assert T.find_quantities("2024-08-26 and 25/08/2024 at 10:30 or 10h30") == []


def test_names_with_digits_are_not_numbers():
    assert T.find_quantities("Mi-24 helicopters of the G5 Sahel and COVID-19") == []
    assert T.find_quantities("no one was hurt") == []
    assert T.find_quantities("Kati is not a number") == []


def test_a_qualified_four_digit_count_is_not_a_year():
    assert q("some 2000 people") == [("some 2000", 2000, "about", False, "", None)]
    assert q("2,000 troops") == [("2,000", 2000, "exact", False, "", None)]


def test_window_offsets_are_absolute():
    text = "In 2020 a coup. Militants killed 42 troops. Then 3 more."
    s = text.index("Militants")
    e = text.index(" Then")
    out = T.find_quantities(text, s, e)
    assert [(x.text, x.start) for x in out] == [("42", text.index("42"))]


# ------------------------------------------------------------------- speed helpers (parse cache, columns)


def test_parse_is_cached_by_text_and_matches_the_pipeline():
    text = ' "Why?" he asked.\n\nGen. X met U.N. staff on Aug. 25. The U.N. The army left.\nnear Gao '
    doc = T.parse(text)
    assert T.parse(text) is doc  # the second call for the same article does not tokenise again
    ref = T.nlp()(text)  # the standard pipeline path, token by token
    assert [t.text for t in doc] == [t.text for t in ref]
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in ref]
    # every token carries a value (the sentencizer has nothing left to fill)
    assert doc.has_annotation("SENT_START", require_complete=True)
    assert doc[0].is_sent_start and not doc[1].is_sent_start  # doc[0] is the leading space
    assert [s.text.strip() for s in doc.sents] == [
        '"Why?" he asked.',
        "Gen. X met U.N. staff on Aug. 25.",
        "The U.N.",
        "The army left.",
        "near Gao",  # a line after a full stop is a new sentence, even in lower case
    ]
    # a different text is a different Doc
    assert T.parse(text + " Then.") is not doc


def test_parse_of_empty_and_blank_text():
    assert len(T.parse("")) == 0
    assert T.split_sentences(T.parse("")) == []
    doc = T.parse(" \n\n ")
    assert T.split_sentences(doc) == []
    assert doc[0].is_sent_start
    assert len(T.token_arrays(T.parse(""))) == 0


def test_split_sentences_of_a_span_uses_the_span_text():
    doc = T.parse("He left. Then she came. It ended.")
    span = doc[3:]  # "Then she came. It ended."
    assert [s.text for s in T.split_sentences(span)] == ["Then she came.", "It ended."]
    assert T.split_sentences(span)[0].start == 0  # offsets into the span's own text


def test_split_sentences_returns_a_fresh_list():
    text = "One here. Two there."
    first = T.split_sentences(text)
    first.append("junk")
    assert T.split_sentences(text) == [T.Sentence(0, 0, 9, "One here."), T.Sentence(1, 10, 20, "Two there.")]


def test_token_arrays_match_the_tokens():
    text = "At least 42 soldiers, Col. Diarra said: 'twelve died'.\n\nU.N. Mi-24"
    doc = T.parse(text)
    tk = T.token_arrays(doc)
    assert tk is T.token_arrays(doc)  # built once per Doc
    assert tk.doc is doc
    assert len(tk) == len(doc)
    assert tk.idx == [t.idx for t in doc]
    assert tk.end == [t.idx + len(t.text) for t in doc]
    assert tk.lower == [t.lower_ for t in doc]
    assert tk.is_punct == [t.is_punct for t in doc]
    assert tk.is_space == [t.is_space for t in doc]
    assert tk.like_num == [t.like_num for t in doc]
    assert [tk.token_text(i) for i in range(len(tk))] == [t.text for t in doc]
    i42 = tk.lower.index("42")
    assert tk.like_num[i42] and not tk.is_punct[i42]
    assert tk.is_punct[tk.lower.index(",")]
    assert tk.is_space[tk.lower.index("\n\n")]


def test_token_arrays_char_to_token_lookup():
    text = "Gunmen killed 12 people."
    tk = T.token_arrays(T.parse(text))
    # tokens: Gunmen(0) killed(7) 12(14) people(17) .(23)
    assert tk.at(0) == 0
    assert tk.at(8) == 1  # inside "killed"
    assert tk.at(6) == 0  # the space after "Gunmen" belongs to it
    assert tk.span(text.index("killed"), text.index(" people")) == (1, 3)  # "killed 12"
    assert tk.span(text.index("12"), text.index("12")) == (2, 3)  # an empty range still covers a token
    assert tk.span(0, len(text)) == (0, 5)


def test_token_arrays_follow_a_retokenised_doc_and_keep_the_doc_serialisable():
    doc = T.nlp()("Islamic State Sahel attacked.")  # a private Doc, not the shared cached one
    assert len(T.token_arrays(doc)) == 5
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])
    tk = T.token_arrays(doc)
    assert tk.lower == ["islamic state sahel", "attacked", "."]
    assert tk.idx == [0, 20, 28]
    doc.to_bytes()  # nothing of ours in doc.user_data


def test_columns_do_not_keep_a_doc_alive():
    import gc
    import weakref

    doc = T.nlp()("A private Doc. It goes away.")
    tk = T.token_arrays(doc)
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
    assert tk.doc is None
    assert tk.lower[0] == "a"  # the columns themselves stay usable


def test_window_by_window_numbers_match_the_whole_text_with_non_ascii_letters():
    # "İ" lower-cases to two characters; offsets must still point into the original text
    text = "İNAN, İbrahim: 12 soldiers killed. Then three more died. Dozens fled."
    whole = T.find_quantities(text)
    assert [(x.text, x.value) for x in whole] == [("12", 12), ("three", 3), ("Dozens", 12)]
    for x in whole:
        assert text[x.start:x.end] == x.text
    parts = []
    for s in T.split_sentences(text):  # the lower-cased article is reused across windows
        parts += T.find_quantities(text, s.start, s.end)
    assert parts == whole


def test_fast_boundary_scans_find_what_the_patterns_find():
    # the splitter looks for ends and line breaks only where one can start; these strings
    # hold the hard cases (space runs before a newline, CR LF, mixed "?!", "...", "…", quotes)
    cases = [
        "One.  \t\nTwo",
        "a\r\n\r\nB \u00a0\n c",
        'Wait...?! "Yes."\u201d) Next…  x',
        "  \n\n  lead",
        "end.\n",
        "..  .. !",
        "",
    ]
    for s in cases:
        # the splitter finds line breaks from each newline: the same ends as the plain pattern
        assert [m.end() for m in T._NEWLINE_RE.finditer(s)] == [m.end() for m in T._LINEBREAK_RE.finditer(s)], s
        assert [(m.start(), m.end(), m.groups()) for m in T._end_marks(s)] == [
            (m.start(), m.end(), m.groups()) for m in T._END_RE.finditer(s)
        ], s
    assert sents("Killed 12.  \t\nThe army said.\r\n\r\nheadline here") == [
        "Killed 12.",
        "The army said.",
        "headline here",
    ]


def test_lowered_keeps_offsets():
    assert T.lowered("Ménaka TOWN") == "ménaka town"
    text = "İstanbul and KIDAL"  # "İ".lower() is two characters: ASCII letters only then
    low = T.lowered(text)
    assert len(low) == len(text)
    assert low[low.index("kidal"):] == "kidal" and text[low.index("kidal"):] == "KIDAL"


def test_words_regex_finds_whole_words_like_an_ignorecase_alternation():
    nouns = ["town", "towns", "village", "rural commune"]
    rx = T.words_regex(nouns)
    text = "The Town of X, two villages, a village-level count, the rural  commune and Townsville."
    found = [text[m.start():m.end()] for m in rx.finditer(T.lowered(text))]
    assert found == ["Town", "village", "rural  commune"]  # "villages"/"Townsville" are other words
    ref = re.compile(r"\b(?i:rural\s+commune|village|towns|town)\b")
    assert [m.span() for m in rx.finditer(T.lowered(text))] == [m.span() for m in ref.finditer(text)]
    assert T.words_regex([]).search("anything") is None


def test_number_beyond_a_float_is_no_number():
    # 400 nines is ~1e400: float() gives inf, and int(round(inf)) raised OverflowError
    assert T.parse_number("9" * 400) is None
    assert [q.value for q in T.find_quantities("9" * 400 + " people were killed")] == []
    assert T.parse_number("10,000,000,000") == 10**10


def test_parse_takes_texts_over_spacys_default_length_limit():
    # spaCy refuses over 1,000,000 characters (a guard for parser/NER memory, which this
    # pipeline does not have): ValueError E088 before the limit was lifted
    text = "Gunmen attacked Gao. " * 50_000  # 1,050,000 characters
    doc = T.parse(text)
    assert len(doc) == 4 * 50_000
    assert len(T.split_sentences(doc)) == 50_000


def test_lone_surrogate_is_tokenised_without_error():
    # a lone surrogate (possible in a str, never in decoded UTF-8) has no UTF-8 form and spaCy's
    # string store raised UnicodeEncodeError; it is tokenised as U+FFFD, offsets unchanged
    text = "Gunmen \ud800 attacked Gao. Five were killed \udfff."
    doc = T.parse(text)
    assert [t.idx for t in doc] == [0, 7, 9, 18, 21, 23, 28, 33, 40, 41]
    assert [t.text for t in doc][1] == [t.text for t in doc][8] == "\ufffd"
    # sentences are cut from the text itself, surrogates and all
    assert [s.text for s in T.split_sentences(doc)] == ["Gunmen \ud800 attacked Gao.", "Five were killed \udfff."]
    assert [t.text for t in T.tokens_doc(text)][1] == "\ufffd"


@pytest.mark.parametrize("trap, ascii_letter", [("\u017f", "s"), ("\u212a", "k"), ("\u0130", "i"), ("\u0131", "i")])
def test_letters_that_fold_to_ascii_read_as_the_ascii_phrase(trap, ascii_letter):
    # a case-insensitive pattern matches "at leaſt" (long s) as "at least": the lexicon look-up must
    # fold the same way, not fail (a crash on odd input found by a helper); same reading as ASCII
    lex = T._lex()
    for phrase in [p for p in list(lex.qualifiers) + list(lex.unit_words) if ascii_letter in p]:
        plain = f"They killed {phrase} 12 people. Twelve {phrase} died."
        odd = plain.replace(ascii_letter, trap)
        got = [(x.value, x.qualifier, x.unit) for x in T.find_quantities(odd)]
        assert got == [(x.value, x.qualifier, x.unit) for x in T.find_quantities(plain)], odd


def test_the_coder_never_changes_lexeme_attributes():
    # text._LEXEMES caches each lexeme's flags: code that set them after Tokens were built would
    # not be seen (the invariant the cache relies on)
    import pathlib
    src = pathlib.Path(T.__file__).parents[1]
    pat = re.compile(r"\.(is_punct|like_num|lower|lower_|length)\s*=(?!=)|lex_attr_getters\s*\[")
    hits = [f"{p}:{i}" for p in src.rglob("*.py") for i, line in enumerate(p.read_text().splitlines(), 1)
            if pat.search(line) and not re.search(r"self\.(lower|like_num|is_punct)\b", line)]
    assert not hits


# ------------------------------------------------------- shared vocabulary of the coder modules


def test_calendar_vocabulary_has_one_home_that_every_user_reads():
    from analysis.coding import actors as A
    from analysis.coding import dates as D
    from analysis.coding import extract as X
    from analysis.coding import frames as F

    assert (T.MONTH_NUMBER["sept"], T.MONTH_NUMBER["sep"], T.MONTH_NUMBER["may"], T.MONTH_NUMBER["dec"]) == (9, 9, 5, 12)
    assert "may" not in {a.lower() for a in T.MONTH_ABBREVIATIONS}  # "May" has no abbreviation
    assert T.WEEKDAY_NUMBER["monday"] == 0 and T.WEEKDAY_NUMBER["sunday"] == 6
    lower = {m.lower() for m in T.MONTH_NAMES + T.MONTH_ABBREVIATIONS}
    assert F._MONTHS == lower and F._WEEKDAYS == {w.lower() for w in T.WEEKDAY_NAMES}
    assert D._MONTH_NUM is T.MONTH_NUMBER and D._WEEKDAY_NUM is T.WEEKDAY_NUMBER
    assert all(A._DATE_WORD.match(m) for m in T.MONTH_NAMES + T.MONTH_ABBREVIATIONS + T.WEEKDAY_NAMES)
    assert re.fullmatch(X._MONTHS, "September") and not re.fullmatch(X._MONTHS, "Sept")  # extract: full names
    # the text module's own date filter: "Sept. 3" is a date, not a count of 3
    assert T.find_quantities("killed on Sept. 3 near Djibo")[0].unit is not None


@pytest.mark.parametrize("line, prose", [
    ("The army said 12 soldiers were killed.", True),
    ('"We fled at night," he said.\u201d', True),
    ("Gunmen killed 12 people (AFP).", True),
    ("Residents said the attacks were frequent \u2026", True),
    # a line ending in a colon introduces a list or a quote; a semicolon ends an item of one
    ("The attacks since late December include:", True),
    ("12 soldiers killed near Djibo;", True),
    # headings: no closing punctuation, or a closing quote without any inside it
    ("Withdrawal of the Blue Helmets", False),
    ("Lakurawa attack in Tahoua  ", False),
    ('Army chief: "We will retake Kidal"', False),
    ("", False),
])
def test_ends_prose(line, prose):
    assert T.ends_prose(line) is prose


def test_extract_and_dates_share_the_heading_test():
    from analysis.coding import dates as D
    from analysis.coding import extract as X

    head = "Gunmen killed 12 people in Djibo on Sunday, the army said.\n\n"
    tail = "\n\nThe governor said the army was searching for the attackers."
    for line, heading in (("Attack in Bagaroua", True), ("Other attacks were reported:", False)):
        text = head + line + tail
        a = len(head)
        assert X._crosshead_line(text, a, a + len(line), 0) is heading, line
        assert D.heading_between(text, 0, len(text)) is heading, line
    # the lead: a sentence introducing a list is prose, a headline is not
    sents = T.split_sentences("Attacks rise in Mali\n\nThe report shows at least five attacks since late December:\n\n"
                            "Gunmen attacked Bagaroua on Monday.")
    assert sorted(X._lead(sents)) == [1, 2]


def test_media_words_have_one_home_that_dates_and_frames_read():
    from analysis.coding import dates as D
    from analysis.coding import frames as F

    lex = T.media_lexicon()
    assert {"statement", "speeches", "communiqué"} <= lex["nouns"]
    assert {"television", "posted", "reporters"} <= lex["phrase_words"]
    assert F._MEDIUM == lex["nouns"] and lex["phrase_words"] <= F._MEDIUM_GAP
    for before in ("in a statement broadcast on state television on ", "in speeches aired on national radio on ",
                   "in a video posted on its Telegram channel on "):
        assert D._MEDIUM_BEFORE.search(before), before
    assert not D._MEDIUM_BEFORE.search("the attack on the village on ")


@pytest.mark.parametrize("text, expected", [
    # communiqués write a count in words and again in digits (or the reverse): one quantity,
    # covering both, with the qualifier told before the first
    ("About ten (10) terrorists were neutralised", [("About ten (10)", 10, "about", False, "", None)]),
    ("forty-two (42) terrorists", [("forty-two (42)", 42, "exact", False, "", None)]),
    ("one (1) soldier", [("one (1)", 1, "exact", False, "", None)]),
    ("12 (twelve) soldiers", [("12 (twelve)", 12, "exact", False, "", None)]),
    ("some twenty (20) km away", [("some twenty (20)", 20, "about", False, "km", None)]),
    # near misses: two different numbers, or no parenthesis, stay two
    ("ten (12) men", [("ten", 10, "exact", False, "", None), ("12", 12, "exact", False, "", None)]),
    ("ten, 10 men", [("ten", 10, "exact", False, "", None), ("10", 10, "exact", False, "", None)]),
])
def test_number_written_in_words_and_digits_is_one(text, expected):
    assert q(text) == expected
