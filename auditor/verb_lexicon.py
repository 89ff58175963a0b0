"""The reporting-verb word lists: whether a word is a reporting verb, its lemma and its kind.

``reporting_verbs.txt`` lists lemmas with their kind, strength and requirements;
``reporting_verb_forms.txt`` maps irregular forms to lemmas. The mini lemmatiser slips, so a word is
looked up by its lemma, then its form, then the stems of both.
"""

from __future__ import annotations

from functools import cache, lru_cache

from auditor import lexicon
from auditor.models import Word


@cache
def verbs() -> dict[str, tuple[str, ...]]:
    return lexicon.table("reporting_verbs.txt")


@cache
def forms() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("reporting_verb_forms.txt").items()}


def _stems(form: str) -> list[str]:
    """Candidate lemmas of an inflected form, for the mini lemmatiser's slips ("denounced" -> itself,
    "blamed" -> "blam"): strip -ied/-ies, -ed/-d, -ing (with a doubled consonant or a final e), -s."""
    out = []
    if form.endswith(("ied", "ies")):
        out.append(form[:-3] + "y")
    if form.endswith("ed"):
        out += [form[:-1], form[:-2]] + ([form[:-3]] if len(form) > 5 and form[-3] == form[-4] else [])
    if form.endswith("ing"):
        out += [form[:-3] + "e", form[:-3]] + ([form[:-4]] if len(form) > 6 and form[-4] == form[-5] else [])
    if form.endswith("s") and not form.endswith("ss"):
        out += [form[:-1]] + ([form[:-2]] if form.endswith("es") else [])
    return out


def verb_lemma(word: Word) -> str | None:
    """The reporting-verb lemma of a word, by lemma first, then the word-form table, then the stems of
    the form and of the lemma (the lemmatiser leaves "condemned", cuts "conceded" to "conced"); None if
    none."""
    return _lemma_of(word.lemma.lower(), word.text.lower())


def form_lemma(form: str) -> str | None:
    """The reporting-verb lemma of a bare word form ("estimated" -> estimate), for code that runs
    before the lemmatiser (the tag repair in ``nlp_tags.py``); None if none."""
    return _lemma_of(form.lower(), form.lower())


@lru_cache(maxsize=65536)
def _lemma_of(lemma: str, form_text: str) -> str | None:
    # cached: every word of every sentence is looked up, often several times
    if lemma in verbs():
        return lemma
    form = forms().get(form_text)
    if form in verbs():
        return form
    # lemma + "e" mends a cut lemma ("conced" for "conceded"), so only for a form that inflects it:
    # neither "not" nor "n't" (lemma "not") is a slip for "note"
    inflected = form_text.startswith(lemma) and (form_text != lemma or form_text.endswith(("ed", "ing", "s")))
    guesses = [*_stems(form_text), *([lemma + "e"] if inflected else [])]
    return next((g for g in guesses if g in verbs()), None)


def verb_kind(word: Word) -> str | None:
    """The kind column of reporting_verbs.txt for a word (speech_verb, stance_verb, ...), or None."""
    lemma = verb_lemma(word)
    return verbs()[lemma][0] if lemma is not None else None
