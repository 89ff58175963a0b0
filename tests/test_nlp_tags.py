"""Tests of auditor/nlp_tags.py: tag repairs before parsing, on stand-ins for Stanza's words."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from auditor.nlp_tags import repair_tags


def _doc(tagged: str) -> SimpleNamespace:
    """One sentence of "form/UPOS/XPOS" items separated by spaces, as Stanza's Document holds it."""
    words = []
    for item in tagged.split():
        text, upos, xpos = item.rsplit("/", 2)
        words.append(SimpleNamespace(text=text, upos=upos, xpos=xpos, feats="VerbForm=Fin"))
    return SimpleNamespace(sentences=[SimpleNamespace(words=words)])


def _tags(doc: SimpleNamespace) -> str:
    return " ".join(f"{w.text}/{w.upos}/{w.xpos}" for w in doc.sentences[0].words)


@pytest.mark.parametrize(
    ("tagged", "expected"),
    [
        # a title the tagger called a verb: a noun, whatever stands around it
        (
            "Campaign/PROPN/NNP director/VERB/VBP Maria/PROPN/NNP Ruiz/PROPN/NNP said/VERB/VBD",
            "Campaign/PROPN/NNP director/NOUN/NN Maria/PROPN/NNP Ruiz/PROPN/NNP said/VERB/VBD",
        ),
        (
            "according/VERB/VBG to/ADP/IN spokesperson/VERB/VB Ana/PROPN/NNP Ruiz/PROPN/NNP",
            "according/VERB/VBG to/ADP/IN spokesperson/NOUN/NN Ana/PROPN/NNP Ruiz/PROPN/NNP",
        ),
        # capitalised inside the sentence: part of the name, as the tagger tags "President Okafor"
        ("the/DET/DT Aide/VERB/VBD Ana/PROPN/NNP", "the/DET/DT Aide/PROPN/NNP Ana/PROPN/NNP"),
        # a name the tagger read as a participle before a reporting verb
        (
            "Husted/VERB/VBN noted/VERB/VBD that/SCONJ/IN",
            "Husted/PROPN/NNP noted/VERB/VBD that/SCONJ/IN",
        ),
        ("“/PUNCT/`` Hoover/VERB/VB estimated/VERB/VBD", "“/PUNCT/`` Hoover/PROPN/NNP estimated/VERB/VBD"),
        # a name particle the tagger read as a verb or a noun
        (
            "closely/ADV/RB ,/PUNCT/, dos/VERB/VB Santos/PROPN/NNP says/VERB/VBZ",
            "closely/ADV/RB ,/PUNCT/, dos/PROPN/NNP Santos/PROPN/NNP says/VERB/VBZ",
        ),
        ("Leonardo/PROPN/NNP da/NOUN/NN Vinci/PROPN/NNP", "Leonardo/PROPN/NNP da/PROPN/NNP Vinci/PROPN/NNP"),
        # a reflexive pronoun the tagger called a verb or a noun
        (
            "Okafor/PROPN/NNP calls/VERB/VBZ himself/VERB/VB a/DET/DT socialist/NOUN/NN",
            "Okafor/PROPN/NNP calls/VERB/VBZ himself/PRON/PRP a/DET/DT socialist/NOUN/NN",
        ),
        ("the/DET/DT agency/NOUN/NN Itself/NOUN/NN", "the/DET/DT agency/NOUN/NN Itself/PRON/PRP"),
        # a reporting-verb form the tagger called a noun right after an adverb
        (
            "office/NOUN/NN strongly/ADV/RB disputes/NOUN/NNS it/PRON/PRP",
            "office/NOUN/NN strongly/ADV/RB disputes/VERB/VBZ it/PRON/PRP",
        ),
        (
            "voters/NOUN/NNS overwhelmingly/ADV/RB express/NOUN/NN support/NOUN/NN",
            "voters/NOUN/NNS overwhelmingly/ADV/RB express/VERB/VBP support/NOUN/NN",
        ),
        # a bare reporting-verb form the tagger called a noun after a plural noun, before a clause
        (
            "legal/ADJ/JJ experts/NOUN/NNS suggest/NOUN/NN such/ADJ/JJ a/DET/DT tactic/NOUN/NN",
            "legal/ADJ/JJ experts/NOUN/NNS suggest/VERB/VBP such/ADJ/JJ a/DET/DT tactic/NOUN/NN",
        ),
        (
            "experts/NOUN/NNS suggest/NOUN/NN however/ADV/RB that/SCONJ/IN elders/NOUN/NNS",
            "experts/NOUN/NNS suggest/VERB/VBP however/ADV/RB that/SCONJ/IN elders/NOUN/NNS",
        ),
        (
            "Polls/NOUN/NNS suggest/NOUN/NN that/SCONJ/IN Ruiz/PROPN/NNP",
            "Polls/NOUN/NNS suggest/VERB/VBP that/SCONJ/IN Ruiz/PROPN/NNP",
        ),
        # NEGATIVES: a compound noun that goes on with a verb, a relative "that", an adverb before a
        # verb, a preposition; a form that is no reporting verb; a singular noun before it
        ("the/DET/DT jobs/NOUN/NNS report/NOUN/NN was/AUX/VBD", None),
        ("the/DET/DT jobs/NOUN/NNS report/NOUN/NN that/PRON/WDT showed/VERB/VBD", None),
        ("the/DET/DT weapons/NOUN/NNS report/NOUN/NN also/ADV/RB said/VERB/VBD", None),
        ("renders/NOUN/NNS talk/NOUN/NN of/ADP/IN", None),
        ("voters/NOUN/NNS table/NOUN/NN the/DET/DT", None),
        ("the/DET/DT news/NOUN/NN report/NOUN/NN the/DET/DT", None),
        # a reporting-verb form in -s the tagger called a plural noun after a singular noun, before a
        # clause or an object
        (
            "the/DET/DT new/ADJ/JJ poll/NOUN/NN shows/NOUN/NNS Ruiz/PROPN/NNP ahead/ADV/RB",
            "the/DET/DT new/ADJ/JJ poll/NOUN/NN shows/VERB/VBZ Ruiz/PROPN/NNP ahead/ADV/RB",
        ),
        (
            "the/DET/DT video/NOUN/NN shows/NOUN/NNS that/SCONJ/IN tenants/NOUN/NNS",
            "the/DET/DT video/NOUN/NN shows/VERB/VBZ that/SCONJ/IN tenants/NOUN/NNS",
        ),
        # a source noun whatever its tag; any noun when "that" and no verb follow
        (
            "The/DET/DT audit/ADJ/JJ shows/NOUN/NNS a/DET/DT wide/ADJ/JJ gap/NOUN/NN",
            "The/DET/DT audit/ADJ/JJ shows/VERB/VBZ a/DET/DT wide/ADJ/JJ gap/NOUN/NN",
        ),
        (
            "the/DET/DT pier/NOUN/NN shows/NOUN/NNS that/SCONJ/IN two/NUM/CD cranes/NOUN/NNS",
            "the/DET/DT pier/NOUN/NN shows/VERB/VBZ that/SCONJ/IN two/NUM/CD cranes/NOUN/NNS",
        ),
        # NEGATIVES: after a noun that cannot report, an object is no sign of a verb ("quiz shows Ruiz
        # liked"), nor is "that" before a verb (a relative clause: "quiz shows that aired")
        ("the/DET/DT quiz/NOUN/NN shows/NOUN/NNS Ruiz/PROPN/NNP liked/VERB/VBD", None),
        ("the/DET/DT quiz/NOUN/NN shows/NOUN/NNS that/PRON/WDT aired/VERB/VBD", None),
        # NEGATIVES: a time word after it (a compound noun with its date); a relative "that"; a
        # preposition; a singular form; a plural noun before it
        ("Twitter/PROPN/NNP posts/NOUN/NNS Monday/PROPN/NNP", None),
        ("poll/NOUN/NN shows/NOUN/NNS that/PRON/WDT air/VERB/VBP", None),
        ("police/NOUN/NN reports/NOUN/NNS from/ADP/IN", None),
        ("poll/NOUN/NN show/NOUN/NN Ruiz/PROPN/NNP", None),
        ("jobs/NOUN/NNS reports/NOUN/NNS Ruiz/PROPN/NNP", None),
        # NEGATIVES: a compound noun whose first word cannot report; a relative clause on the noun
        ("talking/NOUN/NN points/NOUN/NNS she/PRON/PRP hopes/VERB/VBZ", None),
        ("the/DET/DT tax/NOUN/NN scolds/NOUN/NNS who/PRON/WP lecture/VERB/VBP", None),
        ("the/DET/DT campaign/NOUN/NN claims/NOUN/NNS who/PRON/WP", None),
        # a name in -ing the tagger read as a gerund before a reporting verb
        ("Okorling/VERB/VBG told/VERB/VBD WEEI/PROPN/NNP", "Okorling/PROPN/NNP told/VERB/VBD WEEI/PROPN/NNP"),
        # NEGATIVES: an adverb that also stands before nouns; a bare form after an adverb not in -ly
        # ("then call" may be a noun: "a then call"); a noun that is no reporting-verb form
        ("Only/ADV/RB reports/NOUN/NNS from/ADP/IN", None),
        ("the/DET/DT deadly/ADV/RB attacks/NOUN/NNS", None),
        ("they/PRON/PRP then/ADV/RB call/NOUN/NN", None),
        ("strongly/ADV/RB tables/NOUN/NNS", None),
        # NEGATIVE: after a verb, the noun is its object or complement ("these are also states where")
        ("these/PRON/DT are/AUX/VBP also/ADV/RB states/NOUN/NNS", None),
        # NEGATIVES: titles that are also verbs; a verb before a non-reporting verb or a noun; a
        # capitalised verb inside the sentence; a lower-case first word; a title rightly a noun
        ("expected/VERB/VBN to/PART/TO host/VERB/VB Ruiz/PROPN/NNP", None),
        ("Polls/NOUN/NNS miss/VERB/VBP Ruiz/PROPN/NNP", None),
        ("Leaked/VERB/VBN emails/VERB/VBZ showed/VERB/VBD", None),
        ("Leaked/VERB/VBN emails/NOUN/NNS said/VERB/VBD", None),
        ("Ruiz/PROPN/NNP Asked/VERB/VBD noted/VERB/VBD", None),
        ("voters/VERB/VBD said/VERB/VBD", None),
        ("the/DET/DT director/NOUN/NN said/VERB/VBD", None),
        # NEGATIVES: a particle before a lower-case word or a common noun; one already a proper noun
        ("de/X/FW facto/X/FW", None),
        ("la/X/FW Paz/NOUN/NN", None),
        ("von/PROPN/NNP Braun/PROPN/NNP", None),
        ("she/PRON/PRP herself/PRON/PRP", None),
    ],
)
def test_repair_tags(tagged: str, expected: str | None) -> None:
    doc = _doc(tagged)
    changed = repair_tags(doc)
    assert _tags(doc) == (expected or tagged)
    assert changed == (0 if expected is None else 1)


def test_a_noun_retagged_as_a_verb_gets_finite_features() -> None:
    doc = _doc("Ruiz/PROPN/NNP still/ADV/RB believes/NOUN/NNS it/PRON/PRP")
    repair_tags(doc)
    assert doc.sentences[0].words[2].feats == "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def test_retagged_words_lose_verb_features() -> None:
    doc = _doc("communications/NOUN/NNS director/VERB/VBP Ana/PROPN/NNP calls/VERB/VBZ herself/NOUN/NN")
    repair_tags(doc)
    words = doc.sentences[0].words
    assert words[1].feats == "Number=Sing"  # the parser reads features too
    assert words[4].feats == "Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs|Reflex=Yes"
