"""Stage 2 helper: mend the tagger's part-of-speech tags before parsing (used by ``nlp.py`` only).

The parser reads the tags, so a tag error becomes a parse error the attribution rules cannot see
through: "Campaign communications director/VBP Maria Delgado said …" makes "director" the sentence's
verb and "said" a clause under it; "Husted/VBN noted that …" leaves "noted" without a subject. Seven
repairs, each for words that cannot be what the tagger said:

- a one-word job title (``titles.txt``) is a noun, never a verb, unless it is listed in
  ``titles_other_pos.txt`` ("to host", "to head");
- a capitalised first word tagged as a verb form, right before a reporting verb in the past or
  present tense ("Hoover estimated", "CNN reported"), is a name: English puts no verb there;
- a lower-case name particle (``name_particles.txt``) before a capitalised proper noun is part of
  the name ("dos/VB Santos says" made "dos" the verb of a clause);
- a closed-class word with one tag (``closed_class_tags.txt``: reflexive pronouns) gets that tag
  ("calls himself/VB a socialist" lost the verb's object and label);
- a reporting-verb form tagged as a noun right after an adverb is a verb ("Podliska further
  alleges/NNS that …", "voters overwhelmingly express/NN support"), unless the adverb is one that
  also stands before nouns (``adverbs_before_nouns.txt``: "only reports", "deadly attacks") or itself
  follows a verb ("these are also states");
- a bare reporting-verb form tagged as a singular noun right after a plural noun is the present
  tense of that verb when what follows opens a clause or an object ("experts suggest/NN that …",
  "Polls suggest/NN Okafor leads …", "many voters fear/NN the mayor would …"): a plural noun
  before a singular one is a compound only when the pair is a noun phrase, which then goes on with a
  verb, a preposition or punctuation ("the jobs report showed", "the weapons report will");
- a reporting-verb form in -s tagged as a plural noun right after a name or a source noun
  (``source_nouns.txt``, whatever its tag: "The audit/JJ shows/NNS a wide gap") is the present tense under
  the same conditions ("the new poll shows/NNS Okafor ahead", "the video shows/NNS that …"), and so
  is one after any noun when "that" and no verb follow ("Video from the pier shows/NNS that two cranes
  …"); not when a time word or a relative pronoun follows ("Twitter posts Monday", "the tax
  scolds who").

These functions work on Stanza's own Document objects; nothing here imports Stanza.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from auditor import lexicon
from auditor.syntax import FINITE_XPOS
from auditor.verb_lexicon import form_lemma

_VERB_UPOS = frozenset({"VERB", "AUX"})
# what the tagger calls an unknown capitalised word; VBG for names in -ing ("Okorling/VBG said")
_NAME_MISREAD = frozenset({"VBN", "VBD", "VB", "VBP", "VBG"})
_OPENERS = frozenset({"“", '"', "‘", "'", "(", "["})


@cache
def _noun_titles() -> frozenset[str]:
    single = {t for t in lexicon.words("titles.txt") if " " not in t and not t.endswith(".")}
    return frozenset(single - lexicon.words("titles_other_pos.txt"))


@cache
def _closed_class() -> dict[str, tuple[str, str, str]]:
    """form -> (UPOS, Penn tag, features); the features hold "|", which the table splits on."""
    return {form: (f[0], f[1], "|".join(f[2:])) for form, f in lexicon.table("closed_class_tags.txt").items()}


def _retag(word: Any, upos: str, xpos: str, feats: str = "Number=Sing") -> None:
    word.upos, word.xpos, word.feats = upos, xpos, feats


def _title_as_verb(word: Any) -> bool:
    """ "director/VBP", "aide/VBD": a title the tagger called a verb."""
    return word.upos in _VERB_UPOS and word.text.lower() in _noun_titles()


def _name_before_report(words: list[Any], i: int) -> bool:
    """ "Hoover/VBN estimated/VBD that …": the sentence's first word (after an opening quote or
    bracket), capitalised and tagged a verb form, right before a finite reporting verb."""
    word = words[i]
    if i + 1 >= len(words) or any(w.text not in _OPENERS for w in words[:i]):
        return False
    nxt = words[i + 1]
    return (
        word.upos in _VERB_UPOS
        and word.xpos in _NAME_MISREAD
        and word.text[:1].isupper()
        and nxt.xpos in FINITE_XPOS
        and nxt.text[:1].islower()
        and form_lemma(nxt.text) is not None
    )


def _particle_in_name(words: list[Any], i: int) -> bool:
    """ "da/NOUN Vinci", "der/VERB Leyen": a name particle before a capitalised proper noun."""
    word = words[i]
    if word.upos == "PROPN" or i + 1 >= len(words) or word.text not in lexicon.words("name_particles.txt"):
        return False
    nxt = words[i + 1]
    return nxt.upos == "PROPN" and nxt.text[:1].isupper()


def _verb_after_adverb(words: list[Any], i: int) -> str | None:
    """The verb tag for "further alleges/NNS" ("VBZ") or "overwhelmingly express/NN" ("VBP"), else None."""
    word = words[i]
    if i == 0 or word.upos != "NOUN" or not word.text.islower() or form_lemma(word.text) is None:
        return None
    prev = words[i - 1]
    if (
        prev.upos != "ADV"
        or prev.xpos != "RB"
        or prev.text.lower() in lexicon.words("adverbs_before_nouns.txt")
    ):
        return None
    if i >= 2 and words[i - 2].upos in _VERB_UPOS:
        return None  # after a verb the noun is its object or complement: "these are also states"
    if word.xpos == "NNS" and word.text.endswith("s"):
        return "VBZ"
    # a bare form only after an adverb in -ly: "they erroneously call", not "then call" or "so talk"
    return "VBP" if word.xpos == "NN" and prev.text.lower().endswith("ly") else None


# what can follow a verb and open its clause or object; a finite verb or auxiliary after the pair
# makes it a compound noun subject ("the jobs report was"), a preposition a noun phrase ("talk of")
_CLAUSE_OPENERS = frozenset({"DET", "PRON", "PROPN", "ADJ", "NOUN", "NUM"})


def _verb_after_plural(words: list[Any], i: int) -> bool:
    """ "experts suggest/NN that …": a bare reporting-verb form after a plural noun, before a clause."""
    word = words[i]
    if not 0 < i < len(words) - 1 or word.upos != "NOUN" or word.xpos != "NN" or not word.text.islower():
        return False
    if form_lemma(word.text) != word.text.lower() or words[i - 1].xpos not in {"NNS", "NNPS"}:
        return False
    return _opens_clause(words, i)


def _verb_after_singular(words: list[Any], i: int) -> bool:
    """ "the new poll shows/NNS Okafor ahead", "the video shows/NNS that …": a reporting-verb form in -s
    after a name or a source noun, before a clause or an object, as ``_verb_after_plural``."""
    word = words[i]
    if not 0 < i < len(words) - 1 or word.upos != "NOUN" or word.xpos != "NNS" or not word.text.islower():
        return False
    lemma = form_lemma(word.text)
    prev, nxt = words[i - 1], words[i + 1].text.lower()
    if lemma is None or lemma == word.text.lower():
        return False
    # "the tax scolds who lecture …": a relative clause on a noun; "Twitter posts Monday": a date
    if nxt in _RELATIVES or nxt in lexicon.words("time_words.txt"):
        return False
    # a subject that can report: a name, or a source noun whatever its tag ("The audit/JJ shows/NNS a
    # gap", "Harbor polling/VBG shows/NNS Okafor ahead"); "the talking points she hopes to use", "three
    # percentage points behind" are compound nouns
    if prev.xpos == "NNP" or prev.text.lower() in lexicon.table("source_nouns.txt"):
        return _opens_clause(words, i)
    # after any noun, "that" and a noun phrase open a clause only a verb takes ("Video from the
    # pier shows/NNS that two cranes …"); "the quiz shows that aired" is a relative clause
    return prev.upos in {"NOUN", "PROPN"} and nxt == "that" and _opens_clause(words, i)


_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def _opens_clause(words: list[Any], i: int) -> bool:
    """What follows word ``i`` opens a clause or an object: a noun phrase's first word, or "that" or an
    adverb with no verb right after ("suggest that Ruiz …", not "the jobs report that showed …")."""
    nxt = words[i + 1]
    if nxt.upos in _CLAUSE_OPENERS and nxt.text.lower() != "that":
        return True
    after = words[i + 2] if i + 2 < len(words) else None
    opens = nxt.text.lower() == "that" or nxt.upos == "ADV"
    return opens and after is not None and after.upos not in _VERB_UPOS


def repair_tags(doc: Any) -> int:
    """Retag, in place, the words the module docstring describes; returns how many were changed.
    Run after the tagger and before the lemmatiser and parser, which read the tags."""
    changed = 0
    for sentence in doc.sentences:
        words = sentence.words
        for i, word in enumerate(words):
            fixed = _closed_class().get(word.text.lower())
            if fixed is not None:
                if (word.upos, word.xpos) != fixed[:2]:
                    _retag(word, *fixed)
                    changed += 1
            elif _title_as_verb(word):
                # "President" inside a sentence is part of a name, as the tagger tags titles before names
                proper = word.text[:1].isupper() and i > 0
                _retag(word, "PROPN" if proper else "NOUN", "NNP" if proper else "NN")
                changed += 1
            elif _name_before_report(words, i) or _particle_in_name(words, i):
                _retag(word, "PROPN", "NNP")
                changed += 1
            elif (verb_tag := _verb_after_adverb(words, i)) is not None:
                person = "Number=Sing|Person=3|" if verb_tag == "VBZ" else ""
                _retag(word, "VERB", verb_tag, f"Mood=Ind|{person}Tense=Pres|VerbForm=Fin")
                changed += 1
            elif _verb_after_plural(words, i):
                _retag(word, "VERB", "VBP", "Mood=Ind|Tense=Pres|VerbForm=Fin")
                changed += 1
            elif _verb_after_singular(words, i):
                _retag(word, "VERB", "VBZ", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
                changed += 1
    return changed
