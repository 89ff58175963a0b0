"""Find attribution cues: reporting verbs, "according to", noun and passive phrases, colon attributions.

This module assembles the cues of each sentence; the verb cues come from ``cue_verbs`` (lexicon look-up
and adjectival-use checks), their requirements from ``cue_rules`` (who holds the view, what frame the
verb needs) and their reported content from ``cue_content``. Word lists live in ``auditor/data/``
(reporting_verbs.txt, reporting_verb_forms.txt, cue_phrases.txt, according_to_not_sources.txt).
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon
from auditor.anonymity_reason import compiled
from auditor.cue_content import complementizer, has_content, inside
from auditor.cue_marks import answer_cue, colon_cues, dash_cues, embed_cues, label_cue
from auditor.cue_nouns import noun_cues
from auditor.cue_rules import person_subject, strength_of, word_cue
from auditor.cue_span import chained_infinitive, refusal_over
from auditor.cue_verbs import verb_cue
from auditor.cue_words import person_like
from auditor.hedges import cue_hedges, cue_text_hedges
from auditor.interview import answers as answers_of
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.syntax import QUOTE_MARKS, Tree
from auditor.verb_lexicon import verb_kind, verb_lemma, verbs

# re-exported: other stages and benchmarks import these from here
__all__ = ["complementizer", "find_cues", "has_content", "person_like", "verb_kind", "verb_lemma"]
BE_FORMS = r"(?:is|was|are|were|be|been|being|has been|have been|had been|will be|would be|'s)"


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str, str, str], ...]:
    out = []
    for line in lexicon.entries("cue_phrases.txt"):
        phrase, kind, where = (p.strip() for p in line.split("|"))
        pattern = r"\b" + re.escape(phrase).replace("BE", BE_FORMS).replace(r"\ ", r"\s+") + r"\b"
        out.append((re.compile(pattern, re.IGNORECASE), phrase, kind, where))
    return tuple(out)


def phrase_source_position(phrase: str) -> str:
    """Where the source of a phrase cue is: 'after', 'subject' or 'none' (from cue_phrases.txt)."""
    for _, p, _, where in _phrases():
        if p.lower() == phrase.lower():  # cue lemmas are lower-cased; the list writes BE
            return where
    # a passive reporting verb without agent ("it is said", "she was asked"): the speaker is not given
    return "none" if phrase in verbs() else "subject"


def according_to_target(tree: Tree, to_word: Word) -> Word | None:
    """The first noun-like word after "according to" (skipping determiners and adjectives)."""
    i = to_word.index + 1
    verbish: Word | None = None
    while (w := tree.word(i)) is not None and i <= to_word.index + 6:
        if w.upos in {"NOUN", "PROPN", "PRON", "NUM", "X"}:
            return w
        if w.upos == "PUNCT" and w.text == ",":
            return verbish  # "according to recent/VERB polling/VERB, …": the tagger missed the noun
        if w.text in ("-", "–") or w.text in QUOTE_MARKS:
            i += 1  # "according to a just-released poll", a title: "according to “The Harbor Years”"
            continue
        if w.upos in {"PUNCT", "SCONJ"} or w.text.lower() == "that":  # not "those", whose lemma is "that"
            return None
        if w.upos == "VERB" and w.text.islower():
            verbish = w
        i += 1  # the tagger calls nouns verbs ("according to exit/VERB polls"): look on
    return None


_RUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _compound_head(tree: Tree, first: Word) -> Word:
    """The last word of the noun run starting at ``first``: "law enforcement officials" is about
    officials, not law. Words the tagger calls verbs or adjectives inside the run count ("law/VERB
    enforcement/ADJ officials")."""
    head = first
    i = first.index + 1
    while (w := tree.word(i)) is not None and w.upos in _RUN_TAGS and not w.text[0].isupper():
        if w.upos in {"NOUN", "PROPN"}:
            head = w
        i += 1
    return head


def _according_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...]
) -> list[Cue]:
    out = []
    not_sources = lexicon.words("according_to_not_sources.txt")
    for w in s.words:
        nxt = tree.next(w)
        if w.text.lower() != "according" or nxt is None or nxt.text.lower() != "to":
            continue
        if inside(quotes, w.start, w.end):
            continue
        target = according_to_target(tree, nxt)
        if target is None:
            continue
        head = _compound_head(tree, target)
        if head.text.lower() in not_sources or head.lemma.lower() in not_sources:
            continue  # "according to plan", "according to state law": manner, not attribution
        out.append(
            Cue(
                start=w.start,
                end=nxt.end,
                text=parsed.article.text[w.start : nxt.end],
                kind="according_to",
                lemma="according to",
                hedges=cue_text_hedges(parsed.article.text[w.start : nxt.end]),
                sentence=s.index,
                head=w.index,
                rule=f"'according to' followed by a source-like phrase ('{target.text}')",
            )
        )
    return out


def _phrase_cues(parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...]) -> list[Cue]:
    out = []
    text = parsed.article.text
    for pattern, phrase, kind, where in _phrases():
        if kind == "according_to":
            continue
        for m in pattern.finditer(text, s.start, s.end):
            start, end = m.start(), m.end()
            if inside(quotes, start, end):
                continue
            head = tree.at_offset(end - 1)
            strength = "weak" if kind == "passive" else "neutral"
            src = {"after": "source follows", "subject": "source is the subject", "none": "no source given"}[
                where
            ]
            out.append(
                Cue(
                    start=start,
                    end=end,
                    text=text[start:end],
                    kind="passive" if kind == "passive" else "noun",
                    lemma=phrase.lower(),
                    hedges=cue_hedges("passive" if kind == "passive" else "noun", phrase, text[start:end]),
                    strength=strength_of(strength),
                    sentence=s.index,
                    head=head.index if head else 0,
                    rule=f"{kind} phrase '{phrase}' ({src})",
                )
            )
    return out


def find_cues(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...]) -> tuple[Cue, ...]:
    """Every attribution cue in the body sentences, in text order."""
    cues: list[Cue] = []
    answers = answers_of(parsed.article)
    for s in parsed.sentences:
        tree = Tree(s)
        verbs = [c for w in s.words if (c := verb_cue(parsed, s, tree, w, quotes)) is not None]
        verbs = _refused_on_refusal(tree, _outside_anonymity_phrases(parsed.article.text, s, verbs))
        verbs = _unchained(tree, verbs)
        according = _according_cues(parsed, s, tree, quotes)
        phrases = _phrase_cues(parsed, s, tree, quotes)
        kept_phrases = []
        for p in phrases:
            if p.kind == "noun" and (verbs or according):
                continue  # "X said in a statement": the verb is the cue
            others = [c for c in verbs + according if not (p.start <= c.start and c.end <= p.end)]
            if phrase_source_position(p.lemma) == "none" and others:
                # "Some reportedly perished, according to this source": one claim, and it has a source
                continue
            kept_phrases.append(p)
        # a phrase cue ("quoted as saying", "it was reported") replaces the verb cue inside it
        verbs = [v for v in verbs if not any(p.start <= v.start and v.end <= p.end for p in kept_phrases)]
        kept_phrases = [_on_main_verb(tree, p) for p in _dedupe(kept_phrases)]
        found = verbs + according + kept_phrases
        found += noun_cues(parsed, s, tree, quotes, found)  # "X's claim that", "In a CNN poll," (by span)
        found += colon_cues(parsed, s, tree, quotes, found)
        label = label_cue(parsed, s, quotes)
        answer = next((a for a in answers if s.start <= a.colon < s.end), None)
        if answer is not None:
            label = answer_cue(parsed, s, answer)
        if label is not None and not any(c.start == label.start for c in found):
            found.append(label)
        cues.extend(found)
    marks = dash_cues(parsed, quotes) + embed_cues(parsed)
    dashes = [d for d in marks if not any(c.start == d.start for c in cues)]
    return tuple(sorted(cues + dashes, key=lambda c: c.start))


def _refused_on_refusal(tree: Tree, verbs: list[Cue]) -> list[Cue]:
    """ "declined to say how many jobs would go": one cue, the refusal (``refusals.txt``), which the
    widening stage marks negated; the speech verb it governs is no report of its own (PolNeAR marks
    "declined"; the extra "say" was a false attribution, and an unnamed spokesperson who declined to
    say anything raised anonymity findings)."""
    out: list[Cue] = []
    for v in verbs:
        w = tree.word(v.head)
        up = refusal_over(tree, w) if w is not None else None  # not "refused to pay, saying …"
        if w is None or up is None:
            out.append(v)
        elif not any(c.head == up.index for c in verbs):
            why = f"refusal '{up.text}' to {w.text}: reported as NOT telling"
            out.append(word_cue(up, v.sentence, "stance_verb", up.lemma.lower(), why))
    return sorted(out, key=lambda c: c.start)


def _unchained(tree: Tree, verbs: list[Cue]) -> list[Cue]:
    """ "Ruiz seemed to suggest that …", "Okafor refused to concede …": one report, the outer verb's
    (which says how the inner one is meant), its span grown over the infinitive (``chained_infinitive``);
    the inner verb is no cue of its own (PolNeAR train: it was a second, false attribution 3 times in
    4). Only when both are cues: "pledged to oppose" keeps "to oppose" in what was pledged."""
    heads = {v.head for v in verbs}
    inner: dict[int, Cue] = {}  # outer head -> the inner cue it takes in
    for v in verbs:
        w = tree.word(v.head)
        up = tree.word(w.head) if w is not None and w.deprel == "xcomp" else None
        if up is not None and up.index in heads and chained_infinitive(tree, up) is w:
            inner[up.index] = v
    out = []
    for v in verbs:
        if v in inner.values():
            continue
        if (taken := inner.get(v.head)) is not None:  # "seemed to suggest": the words a reader sees
            s = tree.sentence
            v = v.model_copy(
                update={"end": taken.end, "text": s.text[v.start - s.start : taken.end - s.start]}
            )
        out.append(v)
    return out


def _outside_anonymity_phrases(text: str, s: Sentence, verbs: list[Cue]) -> list[Cue]:
    """Verb cues that do not open a request for anonymity: in "officials, who asked not to be named,
    confirmed the report" the officials asked for nothing the reader is told (``anonymity_phrases.txt``,
    which the anonymity stage reads too)."""
    if not verbs:
        return verbs  # most sentences: no verb cue, nothing to scan for
    phrases = [
        (m.start(), m.end())
        for p in compiled("anonymity_phrases.txt")
        for m in p.finditer(text, s.start, s.end)
    ]
    return [v for v in verbs if not any(a <= v.start < b for a, b in phrases)]


def _on_main_verb(tree: Tree, cue: Cue) -> Cue:
    """'In an interview, Okafor laughed off the ad': the verb the phrase hangs from, with a person-like
    subject, is what the person said or did on the record; PolNeAR marks that verb, not the phrase (train:
    such phrase cues alone matched 8 of 31). Other phrase cues stay as they are."""
    noun = tree.word(cue.head)
    verb = tree.word(noun.head) if noun is not None and cue.kind == "noun" else None
    if (
        verb is None
        or verb.upos != "VERB"
        or phrase_source_position(cue.lemma) != "subject"
        or not person_subject(tree, verb)
    ):
        return cue
    why = f"'{verb.text}' with a person-like subject, set on the record by '{cue.text}'"
    return word_cue(verb, cue.sentence, "stance_verb", verb.lemma.lower(), why)


def _dedupe(cues: list[Cue]) -> list[Cue]:
    """Drop phrase cues contained in a longer overlapping one ("it is said" inside "is said to")."""
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: (c.start, -(c.end - c.start))):
        if any(o.start <= c.start and c.end <= o.end for o in out) or any(
            o.start < c.end and c.start < o.end for o in out
        ):
            continue
        out.append(c)
    return out
