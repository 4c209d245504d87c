"""Casualty claims and tolls (the rounds tuned on the held-out sets h19-h22): who said a figure, and which event it is of.

Short texts of our own wording; each checks the toll of the coded event(s).
"""

from datetime import date

import pytest

from analysis.coding.extract import code_text
from analysis.coding.claims import fatality_range
from analysis.records import CasualtyClaim

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


# ==================================================== the second round (sets h21/h22)

# ---------------------------------------------------------------- "six people including two children were killed"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen attacked a village near Kaya on Sunday and 14 people including three children were killed.", (14, 14, 14)),
    ("Gunmen attacked a village near Kaya on Sunday. Nine people among them two women died in the attack.", (9, 9, 9)),
    ("Gunmen attacked a village near Kaya on Sunday. Nine people including two women and a baby were killed.",
     (9, 9, 9)),
])
def test_a_subset_without_commas_belongs_to_the_figure(text, toll):
    assert _toll(_main(text)) == toll


def test_a_subset_before_another_fate_is_no_toll():
    ev = _main("Nine people including two women were abducted near Kaya on Sunday.")
    assert _toll(ev) == (0, None, None)


# ---------------------------------------------------------------- clergy and a party's companions are victims


@pytest.mark.parametrize("text, toll", [
    ("A catechist was shot dead by gunmen in front of his church in Toeni on Sunday, church sources said.", (1, 1, 1)),
    ("Gunmen killed a pastor and two worshippers during a service in a church near Djibo on Sunday.", (3, 3, 3)),
    ("Unidentified assailants murdered a priest on the road to Dori on Sunday, the diocese said.", (1, 1, 1)),
])
def test_a_member_of_the_clergy_counts_one(text, toll):
    assert _toll(_main(text)) == toll


# ---------------------------------------------------------------- "six aid workers, their guide and their driver"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen on motorbikes killed four tourists, their guide and their driver near Kaya on Sunday.", (6, 6, 6)),
    ("Four engineers, their French interpreter and their driver were shot dead near Kaya on Sunday.", (6, 6, 6)),
    ("Gunmen attacked a bus near Kaya on Sunday, killing seven passengers and its driver.", (8, 8, 8)),
    ("Gunmen killed three traders along with their driver near Kaya on Sunday.", (4, 4, 4)),
])
def test_a_possessive_item_of_a_victim_list_counts_one(text, toll):
    assert _toll(_main(text)) == toll


@pytest.mark.parametrize("text, toll", [
    # the possessive item names the figure's own victims again: an apposition closed by a comma
    ("Gunmen attacked a hamlet near Kaya on Sunday. Two civilians, a woman and her son, were killed.", (2, 2, 2)),
    # "a farmer and his son" counts two once (the kin rule), not three
    ("Gunmen killed a farmer and his son near Kaya on Sunday.", (2, 2, 2)),
    # no figure before the possessive: no count of its own
    ("Gunmen killed villagers and their chief near Kaya on Sunday.", (0, None, None)),
    # a plural after the possessive, or no victim noun: nothing more
    ("Gunmen killed 12 villagers and their children near Kaya on Sunday.", (12, 12, 12)),
    ("Gunmen killed three soldiers near Kaya on Sunday and burned their vehicle.", (3, 3, 3)),
])
def test_a_possessive_that_adds_nobody(text, toll):
    assert _toll(_main(text)) == toll


# ---------------------------------------------------------------- "X claimed the attack on Tuesday, saying it killed N"


def _events(text: str):
    return code_text(text, PUB, outlet="Test Wire", article_id="text")


@pytest.mark.parametrize("text, toll", [
    ("Jihadists ambushed an army patrol near Dori on Monday, killing 12 soldiers, security sources said. "
     "JNIM claimed the ambush on Wednesday, saying it had killed 30 soldiers.", (12, 12, 30)),
    ("Gunmen attacked a gendarmerie post in Dori on Monday. Eight gendarmes died, the army said. "
     "The Islamic State group claimed the attack on Tuesday in a statement, saying its fighters killed 25 gendarmes.",
     (8, 8, 25)),
])
def test_a_claim_dated_after_the_incident_gives_its_figure_to_the_incident(text, toll):
    evs = _events(text)
    assert [(str(e.event_date), e.location) for e in evs] == [("2024-02-26", "Dori")]
    assert _toll(evs[0]) == toll


def test_a_claim_that_tells_the_incident_first_keeps_its_day():
    # nothing told before: "the attack on Tuesday" may be the attack's own day
    evs = _events("JNIM claimed the attack on Tuesday on an army post near Dori, saying it had killed 20 soldiers.")
    assert [(str(e.event_date), e.location, e.fatalities) for e in evs] == [("2024-02-27", "Dori", 20)]


# ---------------------------------------------------------------- "nine bodies had been recovered by Friday morning"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen ambushed a convoy near Gayeri on Wednesday, killing at least five people. A local official said "
     "eleven bodies had been recovered by Thursday morning.", (11, 5, 11)),
    ("Gunmen raided a village near Gayeri on Wednesday, killing at least five people, residents said. "
     "The mayor said 14 bodies had been buried by Thursday evening.", (14, 5, 14)),
    ("Gunmen raided a village near Gayeri on Wednesday, killing at least five people, residents said. "
     "The death toll had risen to 12 by late Thursday, the governor said.", (12, 12, 12)),  # a revision
])
def test_a_count_standing_by_a_later_day_is_the_incidents(text, toll):
    evs = _events(text)
    assert [(str(e.event_date), e.location) for e in evs] == [("2024-02-28", "Gayéri")]
    assert _toll(evs[0]) == toll


def test_by_a_day_without_a_count_is_no_report_date():
    # "had retaken the town by Sunday": no count of the dead, the day stays the event's
    evs = _events("The army said on Friday it had retaken the town of Gayeri by Sunday.")
    assert [str(e.event_date) for e in evs] == ["2024-02-25"]


# ---------------------------------------------------------------- "On Monday, the governor said 19 bodies had been recovered"


@pytest.mark.parametrize("text, toll", [
    ("Gunmen killed at least eight gold panners at a mining site near Tougouri on Saturday, a local source said. "
     "On Monday, the regional governor said in a statement that 14 bodies had been recovered.", (14, 8, 14)),
    ("Gunmen raided a village near Tougouri on Saturday, killing at least eight people, a security source said. "
     "On Monday, residents said they had counted 20 dead.", (8, 8, 20)),
    ("Gunmen raided a village near Tougouri on Saturday, killing at least eight people, a local source said. "
     "Late on Monday, the mayor said the toll had risen to 17.", (17, 17, 17)),  # a revision: supersedes the 8
])
def test_a_count_said_on_a_later_day_is_the_incidents(text, toll):
    evs = _events(text)
    assert [(str(e.event_date), e.location) for e in evs] == [("2024-02-24", "Tougouri")]
    assert _toll(evs[0]) == toll


@pytest.mark.parametrize("text, day", [
    # the sentence that tells the incident first keeps its opening date
    ("On Monday, the regional governor said in a statement that 14 bodies had been recovered near Tougouri.",
     "2024-02-26"),
    # a figure of a new act, no count standing: the opening date stays the act's
    ("Gunmen raided a village near Tougouri on Saturday. On Monday, the army said it had killed 20 of the attackers "
     "near Dori.", "2024-02-26"),
])
def test_an_opening_date_of_no_count_stays(text, day):
    evs = _events(text)
    assert day in [str(e.event_date) for e in evs]


# ---------------------------------------------------------------- a vague count beside a stated toll of one claimant


@pytest.mark.parametrize("text, toll", [
    ("The army said its aircraft neutralised several dozen terrorists near Lere on Saturday. In its communique, "
     "the general staff said the strike killed around 20 terrorists.", (20, 20, 36)),
    ("The army said it killed dozens of jihadists in an operation near Lere on Saturday. The army later said "
     "11 terrorists had been neutralised.", (11, 11, 12)),
])
def test_a_stated_toll_is_the_claimants_low(text, toll):
    assert _toll(_main(text)) == toll


def test_a_small_stated_figure_beside_a_vague_toll_is_a_part():
    # a personal loss beside "dozens": the vague count stays the claimant's toll
    ev = _main("Jihadists killed dozens of civilians near Lere on Saturday, residents said. "
               "A resident who lost two brothers said the gunmen fired on everyone.")
    assert _toll(ev) == (12, 12, 12)


# ---------------------------------------------------------------- "...; residents later put the toll at more than 130"


def test_a_toll_told_after_its_incident_in_the_sentence_is_its_own():
    evs = _events("At least nine civilians were shot dead on Thursday by gunmen who stopped a bus near Titao. "
                  "In April last year, at least 40 people were killed in the village of Karma, the local prosecutor "
                  "said; residents later put the toll at more than 100.")
    by_place = {e.location: _toll(e) for e in evs}
    assert by_place == {"Titao": (9, 9, 9), "Karma": (40, 40, 100)}


@pytest.mark.parametrize("text, toll", [
    ("Gunmen raided the village of Karma on Sunday, and the bodies of 12 villagers were found the next morning.",
     (12, 12, 12)),
    ("Jihadists attacked an army post in Djibo on Sunday, killing eight soldiers; the death toll later rose to 11.",
     (11, 11, 11)),
])
def test_a_toll_noun_after_the_incident_of_its_sentence(text, toll):
    evs = _events(text)
    assert len(evs) == 1
    assert _toll(evs[0]) == toll


def test_a_prosecutor_is_an_official_voice():
    ev = _main("Gunmen killed at least 25 villagers in Karma on Sunday, according to the public prosecutor. "
               "Residents said 60 people died.")
    assert _toll(ev) == (25, 25, 60)
    assert "Local official" in ev.notes


# ---------------------------------------------------------------- a part of another voice's toll told again


@pytest.mark.parametrize("text, toll", [
    ("An attack on an army post in Tera killed nine soldiers on Thursday, officials said. The defence ministry said "
     "nine soldiers were killed and 15 attackers were neutralised. The Islamic State group said it killed 30 soldiers.",
     (24, 24, 30)),
    ("Jihadists attacked a convoy near Kaya on Tuesday, killing 12 soldiers, a security source said. The army said "
     "12 soldiers died and 40 terrorists were neutralised.", (52, 52, 52)),
])
def test_a_voice_that_tells_a_part_of_anothers_toll_is_no_rival_total(text, toll):
    assert _toll(_main(text)) == toll


@pytest.mark.parametrize("text, toll", [
    # another count of the same side: two rival totals, as before
    ("Jihadists attacked a convoy near Kaya on Tuesday, killing 10 soldiers, a security source said. The army said "
     "12 soldiers died and 40 terrorists were neutralised.", (52, 10, 52)),
])
def test_rival_totals_stay(text, toll):
    assert _toll(_main(text)) == toll


def test_a_total_of_people_is_never_a_part():
    # residents' 21 people beside a rights group's 21 people and 27 civilians: a rival total
    claims = [CasualtyClaim(0, 1, "q", 21, "local sources", "reported", "people", killed_or_other="killed"),
              CasualtyClaim(2, 3, "r", 21, "rights group", "estimated", "people", killed_or_other="killed"),
              CasualtyClaim(4, 5, "s", 27, "rights group", "estimated", "civilians", killed_or_other="killed")]
    fr = fatality_range(claims)
    assert (fr.fatalities, fr.low, fr.high) == (27, 21, 27)


# ---------------------------------------------------------------- "says it killed dozens" beside its stated figures


def test_a_vague_total_beside_the_claimants_own_figures_is_the_same_dead():
    ev = _main("Rebels say they killed dozens near Aguelhok. The rebels said they ambushed an army convoy near Aguelhok "
               "on Saturday, killing 30 soldiers. They said three of their own fighters were killed. The army said "
               "it neutralised 10 assailants and lost two soldiers.")
    # the rebels: 30 + 3 (their "dozens" is no extra dead); the army: 10 + 2
    assert _toll(ev) == (12, 12, 33)


def test_dozens_of_another_group_still_reach_the_high_end():
    ev = _main("Jihadists attacked an army post near Aguelhok on Saturday. The army said four soldiers died and "
               "dozens of terrorists were neutralised.")
    assert _toll(ev) == (4, 4, 16)


# ---------------------------------------------------------------- "more than 40 JNIM members"


@pytest.mark.parametrize("text, toll, note", [
    ('Fighters of JNIM and the Islamic State clashed near Tadayne on Saturday, residents said. In a statement, the '
     'Islamic State said its fighters had killed "more than 40" JNIM members.', (40, 40, 40), "40 militants"),
    ("Soldiers clashed with jihadists near Tadayne on Saturday. The army said 12 JNIM elements were neutralised.",
     (12, 12, 12), "12 militants"),
    ("Jihadists ambushed a patrol near Tadayne on Saturday, killing nine VDP members, a local source said.",
     (9, 9, 9), "9 VDP"),
])
def test_members_after_a_named_force_count_its_people(text, toll, note):
    ev = _main(text)
    assert _toll(ev) == toll
    assert note in ev.notes


def test_members_of_no_named_force_count_nobody():
    ev = _main("Soldiers clashed with jihadists near Tadayne on Saturday. The army said 12 members were neutralised.")
    assert _toll(ev) == (0, None, None)


# ---------------------------------------------------------------- "312 civilians were killed in 187 security incidents"


def _toll_at(evs, place):
    return next(_toll(e) for e in evs if e.location == place)


@pytest.mark.parametrize("tally", [
    "According to the quarterly report, 312 civilians were killed in 187 security incidents recorded in the region "
    "between January and March.",
    "Rights groups say at least 150 people died in more than 40 attacks in the region over the quarter.",
    "The UN said 90 civilians were killed during dozens of raids on villages of the area this year.",
])
def test_a_tally_over_many_incidents_is_no_events_toll(tally):
    evs = _events("On 14 February, a drone strike on the weekly market of Abala killed at least 20 civilians, "
                  "residents said. " + tally)
    assert _toll_at(evs, "Abala") == (20, 20, 20)


def test_a_toll_of_two_attacks_is_still_the_events():
    evs = _events("Jihadists killed 30 people in two attacks on the village of Karma on Sunday.")
    assert _toll_at(evs, "Karma") == (30, 30, 30)


# ---------------------------------------------------------------- the day a statement went out, over a medium phrase


@pytest.mark.parametrize("statement", [
    "The Islamic State group claimed the raid in a statement shared on Telegram channels on Friday, saying its "
    "fighters had killed 25 soldiers.",
    "An association of the displaced put the toll at 25 in a statement posted on social networks on Friday.",
    "In a statement read on state broadcaster RTN late Friday, the ministry said 25 soldiers had died.",
])
def test_a_statements_day_over_its_medium_phrase_is_no_event_day(statement):
    evs = _events("Gunmen stormed an army post at Tassara on Thursday, killing ten soldiers, a security source said. "
                  + statement)
    assert [(str(e.event_date), e.location) for e in evs] == [("2024-02-29", "Tassara")]
    assert _toll(evs[0])[2] == 25


# ---------------------------------------------------------------- "shared on Telegram channels": a channel, no speaker


@pytest.mark.parametrize("text", [
    "Gunmen stormed an army post at Tassara on Thursday. The Islamic State group claimed the raid in a statement "
    "shared on Telegram channels, saying its fighters had killed 25 soldiers.",
    "Gunmen stormed an army post at Tassara on Thursday. The Islamic State group said in a video posted via its "
    "Telegram channel that its fighters had killed 25 soldiers.",
])
def test_a_channel_after_on_or_via_is_no_speaker(text):
    ev = _main(text)
    assert _toll(ev) == (25, 25, 25)
    assert "Islamic State Sahel claimed 25 soldiers" in ev.notes


def test_telegram_channels_that_speak_are_still_analysts():
    ev = _main("Gunmen stormed an army post at Tassara on Thursday. Pro-Russian Telegram channels said 25 soldiers "
               "were killed.")
    assert "Analysts estimated 25 soldiers" in ev.notes
