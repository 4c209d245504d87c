"""Casualty claims and tolls (held-out rounds 19-20): who said a figure, and which event it is of.

Short texts of our own wording; each checks the toll of the coded event(s).
"""

from datetime import date

import pytest

from analysis.coding.extract import code_text

PUB = date(2024, 3, 1)  # a Friday


def _main(text: str, title: str = ""):
    evs = code_text(text, PUB, title=title, outlet="Test Wire", article_id="text")
    mains = [e for e in evs if e.is_main]
    assert mains, evs
    return mains[0]


def _toll(ev):
    return ev.fatalities, ev.fatalities_low, ev.fatalities_high


# ---------------------------------------------------------------- "the source said": the source told before


@pytest.mark.parametrize("text, toll", [
    ('Gunmen attacked an army convoy near Kaya on Tuesday, a security source told AFP. '
     '"Twelve soldiers were killed and about 20 terrorists were neutralised," the source said.', (32, 32, 32)),
    ('Militants stormed a gendarmerie post in Kaya on Tuesday, a military source said. '
     'Eight gendarmes died and 15 attackers were killed, the source added.', (23, 23, 23)),
])
def test_the_source_continues_the_source_told_before(text, toll):
    ev = _main(text)
    assert _toll(ev) == toll
    assert "Security sources" in ev.notes


def test_the_source_without_an_earlier_speaker_is_a_source():
    ev = _main('Gunmen attacked an army convoy near Kaya on Tuesday. "Twelve soldiers were killed," the source said.')
    assert _toll(ev) == (12, 12, 12)
    assert "Local sources" in ev.notes


def test_the_official_after_an_armed_groups_claim_is_an_official():
    ev = _main("JNIM fighters attacked an army post near Kaya on Tuesday. JNIM said it killed 20 soldiers. "
               "The official said five soldiers had died.")
    # the official is no voice of JNIM: two claimants, 5 to 20
    assert _toll(ev) == (5, 5, 20)


# ---------------------------------------------------------------- "an official toll": no speaker


@pytest.mark.parametrize("text", [
    "Jihadists attacked an army post near Tera on Thursday. The army later gave an official toll of six "
    "soldiers killed and said 15 assailants had been neutralised.",
    "Jihadists attacked an army post near Tera on Thursday. The army published official figures of six "
    "soldiers killed and said 15 assailants had been neutralised.",
])
def test_official_before_a_toll_noun_is_an_adjective(text):
    ev = _main(text)
    # both figures are the army's: one claimant, its sides added
    assert _toll(ev) == (21, 21, 21)
    assert "Local official" not in ev.notes


def test_an_official_still_speaks():
    ev = _main("Jihadists attacked an army post near Tera on Thursday, killing six soldiers, an official said.")
    assert _toll(ev) == (6, 6, 6)
    assert "Local official" in ev.notes


# ---------------------------------------------------------------- a time word after a bare figure


@pytest.mark.parametrize("after", ["overnight", "later", "late Wednesday", "on Wednesday", "so far"])
def test_a_revised_toll_followed_by_a_time_word(after):
    ev = _main("Gunmen attacked an army post near Kaya on Tuesday, killing five soldiers, the army said. "
               f"A local official said the toll had risen to nine {after}.")
    assert ev.fatalities_high == 9


def test_a_figure_before_a_noun_is_still_no_bare_toll():
    # "five early warning sirens" is no toll; the five soldiers are
    ev = _main("Gunmen attacked an army post near Kaya on Tuesday, killing five soldiers, the army said. "
               "They destroyed two early warning sirens.")
    assert _toll(ev) == (5, 5, 5)


# ---------------------------------------------------------------- "fell in the fighting"


@pytest.mark.parametrize("text", [
    "Gunmen attacked an army post near Kaya on Tuesday. Twelve soldiers fell during the attack, the army said.",
    "Gunmen attacked an army post near Kaya on Tuesday. Twelve soldiers fell in the fighting, the army said.",
    "Gunmen attacked an army post near Kaya on Tuesday. Twelve soldiers have fallen during the assault, the army said.",
])
def test_fell_in_the_fighting_is_a_death(text):
    assert _toll(_main(text)) == (12, 12, 12)


def test_a_town_that_fell_counts_no_one():
    ev = _main("Gunmen attacked an army post near Kaya on Tuesday. The post fell in the attack and two "
               "vehicles were burned, the army said.")
    assert _toll(ev) == (0, None, None)


# ---------------------------------------------------------------- a lead's figure told again of one event

_OPERATIONS = """Niger army says dozens of 'terrorists' killed in raids

Army says 3 soldiers killed in fighting in the west this week

NIAMEY

Niger's army said Saturday it had killed some 50 "terrorists" in a series of air and ground raids in the west of the country this week, while losing three soldiers.

On Monday, army aircraft struck a hideout near Abala, killing "about 30 terrorists", the army said.

On Wednesday, a patrol repelled an attack by gunmen near Banibangou. Twenty assailants were neutralised and three soldiers lost their lives, the army said.
"""

_TANKERS = """Gunmen torch trucks in western Mali as blockade tightens

Armed men have set fire to dozens of trucks in western Mali, killing at least four drivers, as the group tightens a blockade of towns near the Senegalese border.

On Friday, gunmen fired on a bus leaving Nioro for Bamako, wounding two passengers, the bus company said.

The attack on the trucks happened on Sunday near Diema, a union official told reporters. Four drivers who tried to run were shot dead, he said.
"""


def _by_place(text, published):
    return {e.location: e for e in code_text(text, published, title="", outlet="Test Wire", article_id="text")}


def test_a_summary_figure_is_the_event_that_tells_it_again():
    evs = _by_place(_OPERATIONS, date(2024, 3, 2))
    assert _toll(evs["Abala"]) == (30, 30, 30)  # not the three soldiers who died at Banibangou
    assert _toll(evs["Bani Bangou"]) == (23, 23, 23)


def test_a_lead_figure_goes_with_the_town_it_is_told_of():
    evs = _by_place(_TANKERS, date(2024, 3, 1))
    assert _toll(evs["Nioro"]) == (0, None, None)  # two wounded only
    assert _toll(evs["Diéma"]) == (4, 4, 4)


def test_equal_tolls_of_two_incidents_told_at_their_towns_both_stand():
    text = ("Three soldiers killed in two attacks in northern Burkina\n\n"
            "Gunmen attacked an army post near Kaya on Monday, the army said. The attack killed three soldiers.\n\n"
            "On Wednesday, three soldiers were killed when militants ambushed a patrol near Dori, the army said.\n")
    evs = _by_place(text, date(2024, 3, 1))
    assert _toll(evs["Kaya"]) == (3, 3, 3)
    assert _toll(evs["Dori"]) == (3, 3, 3)


# ---------------------------------------------------------------- "a village chief and his son"


@pytest.mark.parametrize("text", [
    "Gunmen killed a village chief and his son in Kaya on Sunday, residents said.",
    "A farmer and his wife were killed by gunmen in Kaya on Sunday, residents said.",
    "Suspected jihadists killed an imam and his brother near Kaya on Sunday, a local source said.",
])
def test_a_civilian_and_a_relative_count_two(text):
    assert _toll(_main(text)) == (2, 2, 2)


@pytest.mark.parametrize("text", [
    # the son speaks: no victim
    "Gunmen killed a herder near Kaya on Sunday, and his son said the family would leave.",
    # no number for the children
    "Gunmen killed a herder and his children near Kaya on Sunday.",
])
def test_a_relative_who_is_no_counted_victim(text):
    assert _toll(_main(text)) == (1, 1, 1)


# ---------------------------------------------------------------- "N of our men": the speaker's own side


@pytest.mark.parametrize("text, toll", [
    # the army's own men beside the attackers it counts: both sides added (not a "people" total)
    ('Gunmen attacked an army post near Kaya on Tuesday. "Twelve of our men were killed and about 20 '
     'terrorists were neutralised," the army said.', (32, 32, 32)),
    ('Gunmen attacked a gendarmerie post near Kaya on Tuesday. "We neutralised 15 assailants but three of our '
     'men died," a gendarmerie commander said, according to the army.', (18, 18, 18)),
])
def test_of_our_men_counts_the_speakers_side(text, toll):
    ev = _main(text)
    assert _toll(ev) == toll
    assert "soldiers" in ev.notes


def test_of_our_children_stays_civilians():
    ev = _main('Gunmen attacked a village near Kaya on Tuesday. "Five of our children were killed," a resident said.')
    assert _toll(ev) == (5, 5, 5)
    assert "civilians" in ev.notes


# ---------------------------------------------------------------- two figures of one group in one sentence


@pytest.mark.parametrize("text, toll", [
    ("Gunmen killed five herders and two children near Kaya on Sunday.", (7, 7, 7)),
    ("Five villagers and two traders were killed near Kaya on Sunday, residents said.", (7, 7, 7)),
    ("Militants shot dead three farmers as well as four traders near Kaya on Sunday, a local official said.", (7, 7, 7)),
])
def test_two_figures_of_one_group_in_one_sentence_add_up(text, toll):
    assert _toll(_main(text)) == toll


@pytest.mark.parametrize("text, toll", [
    # a subset
    ("Gunmen killed 12 villagers near Kaya on Sunday, including five children.", (12, 12, 12)),
    # the same figure told again in another sentence
    ("Gunmen killed five villagers near Kaya on Sunday. The five villagers were buried on Monday, "
     "residents said.", (5, 5, 5)),
    # a revision in the sentence
    ("The attack killed five civilians on Sunday in Kaya, and the toll rose to nine civilians on Monday, "
     "officials said.", (9, 9, 9)),
])
def test_a_subset_a_repeat_or_a_revision_is_not_added(text, toll):
    assert _toll(_main(text)) == toll


def test_two_voices_in_one_sentence_are_not_added():
    ev = _main("Soldiers killed villagers in Kaya on Sunday. The local prosecutor put the toll at around 60, "
               "while residents said 136 people died.")
    # (the prosecutor is no claimant of the lexicon: both figures go to the residents; never 196)
    assert ev.fatalities_high == 136


def test_an_apposition_names_the_figure_again():
    ev = _main("A drone strike hit a house near Kaya on Sunday. A resident said two civilians, a woman and her son, "
               "were killed when the strike hit their house.")
    assert _toll(ev) == (2, 2, 2)


def test_a_list_after_a_figure_adds_to_it():
    ev = _main("Gunmen killed two soldiers, a civilian and a child near Kaya on Sunday, the army said.")
    assert _toll(ev) == (4, 4, 4)
