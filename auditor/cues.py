"""Find attribution cues: reporting verbs, "according to", noun and passive phrases, colon attributions.

Word lists live in ``auditor/data/`` (reporting_verbs.txt, reporting_verb_forms.txt, cue_phrases.txt,
according_to_not_sources.txt). The mini tagger and lemmatiser are weak, so a verb is recognised by its
lemma or, failing that, by its word form, and its part of speech and attachments are checked to rule
out adjectival uses ("the said agreement", "so-called", "tell-tale"). Every cue says why it fired.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, cast

from auditor import lexicon
from auditor.cue_marks import colon_cues, dash_cues, label_cue
from auditor.cue_rules import documentary, has_subject, need_met, person_like
from auditor.models import Cue, CueKind, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.syntax import Tree, agent, auxiliary_before, is_passive

Strength = Literal["weak", "neutral", "strong"]
KIND_WORDS = {"speech_verb": "speech", "writing_verb": "writing", "cognition_verb": "cognition"}
BE_FORMS = r"(?:is|was|are|were|be|been|being|has been|have been|had been|will be|would be|'s)"
# Relations a noun (not a verb) has in a parse; a "verb" with a determiner child is a mis-tagged noun.
NOUN_ONLY = ("det", "case", "nmod:poss")


@cache
def _verbs() -> dict[str, tuple[str, ...]]:
    return lexicon.table("reporting_verbs.txt")


@cache
def _forms() -> dict[str, str]:
    return {k: v[0] for k, v in lexicon.table("reporting_verb_forms.txt").items()}


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
        if p == phrase:
            return where
    # a passive reporting verb without agent ("it is said", "she was asked"): the speaker is not given
    return "none" if phrase in _verbs() else "subject"


def verb_lemma(word: Word) -> str | None:
    """The reporting-verb lemma of a word, by lemma first and word form as fallback; None if none."""
    lemma = word.lemma.lower()
    if lemma in _verbs():
        return lemma
    form = _forms().get(word.text.lower())
    return form if form in _verbs() else None


def verb_kind(word: Word) -> str | None:
    """The kind column of reporting_verbs.txt for a word (speech_verb, stance_verb, ...), or None."""
    lemma = verb_lemma(word)
    return _verbs()[lemma][0] if lemma is not None else None


def _inside(quotes: tuple[QuoteSpan, ...], start: int, end: int) -> bool:
    return any(q.inner.start <= start and end <= q.inner.end for q in quotes)


def _quotes_in(s: Sentence, quotes: tuple[QuoteSpan, ...]) -> tuple[QuoteSpan, ...]:
    return tuple(q for q in quotes if q.start < s.end and s.start < q.end)


def _close_to(text: str, w: Word, q: QuoteSpan) -> bool:
    """A quotation the verb can introduce or close: shortly after it in the same sentence ("calling them
    “a hoax”"), or ending just before it (“…,” he urged)."""
    if q.start >= w.end:
        gap = text[w.end : q.start]
        return len(gap) <= 60 and not any(c in gap for c in ".;!?")
    if q.end <= w.start:
        gap = text[q.end : w.start]
        return len(gap) <= 40 and not any(c in gap for c in ".;!?")
    return False


def complementizer(tree: Tree, w: Word) -> bool:
    """'that'/'whether'/'if' opening a clause, not the determiner in "repeat that mistake"."""
    if w.lemma.lower() not in ("that", "whether", "if"):
        return False
    nxt = tree.next(w)
    after = tree.word(w.index + 2)
    if (
        w.lemma.lower() == "that"
        and nxt is not None
        and nxt.upos == "NOUN"
        and (after is None or after.upos in {"CCONJ", "PUNCT"})
    ):
        return False  # "repeat that mistake and ...": a determiner
    if w.upos == "PRON" and w.deprel.split(":")[0] in ("nsubj", "obj"):
        return False  # "the questions that have swirled": a relative pronoun
    if w.upos == "SCONJ" or w.lemma.lower() != "that":
        return True
    return w.upos != "DET" and not (nxt is not None and nxt.upos == "NOUN" and w.upos == "PRON")


def _bare_complement(tree: Tree, word: Word) -> bool:
    """'suggested the reports could be true' parsed as obj + conj: a clause with its own auxiliary."""
    if not tree.children(word.index, "obj"):
        return False
    for c in tree.children(word.index, "conj", "xcomp", "advcl", "parataxis"):
        if c.index > word.index and any(
            a.upos == "AUX" and a.lemma.lower() not in ("do", "to")
            for a in tree.children(c.index, "aux", "cop")
        ):
            return True
    return False


def _bare_clause(tree: Tree, word: Word) -> bool:
    """'saying he was nervous', 'saying industry lobbyists have donated': a clause without 'that' whose
    subject comes right after the verb, however the parser attached the clause."""
    for k in range(1, 5):
        x = tree.word(word.index + k)
        if x is None or x.upos in {"PUNCT", "VERB", "AUX", "ADP", "SCONJ"}:
            return False
        if x.deprel in ("nsubj", "nsubj:pass") and x.head > x.index and x.head != word.index:
            head = tree.word(x.head)
            return (
                head is not None
                and head.upos in {"VERB", "AUX", "ADJ"}
                and x.upos in {"PRON", "PROPN", "NOUN"}
            )
    return False


def has_content(tree: Tree, word: Word, quotes: tuple[QuoteSpan, ...], text: str) -> str | None:
    """What the verb reports, in words, or None: a clause, a quotation next to it, or a colon."""
    s = tree.sentence
    quotes = tuple(q for q in quotes if q.start < s.end and s.start < q.end)
    before = text[s.start : word.start].rstrip()
    rest = [w for w in tree.words if w.index > word.index and w.upos != "PUNCT"]
    if tree.children(word.index, "ccomp"):
        return "reported clause"
    comma = before.rfind(",")
    between = [w for w in tree.words if comma >= 0 and s.start + comma < w.start < word.start]
    if (
        comma >= 0
        and len(before[:comma].split()) >= 3
        and len(rest) <= 6
        and len(between) <= 8
        and not any(w.upos == "VERB" for w in between)
        and not any(
            o.upos in {"NOUN", "NUM", "SYM"} and o.text.lower() not in lexicon.words("source_nouns.txt")
            for o in tree.children(word.index, "obj")
        )  # "would add $84 billion": an object, not an inverted speaker ("said Zelenskyy")
    ):
        return "preceding clause"  # "The talks will resume, said Zelenskyy." / "..., the source added."
    nxt = tree.next(word)
    after = tree.word(word.index + 2)
    for k in range(
        1, 15
    ):  # "said that", "shared with CNN last week that", "mentioned during this visit that"
        x = tree.word(word.index + k)
        if x is None or (x.upos in {"VERB", "AUX", "PUNCT", "SCONJ"} and not complementizer(tree, x)):
            break
        if complementizer(tree, x):
            return "that-clause"
    if any(m.lemma.lower() == "as" for m in tree.children(word.index, "mark")) and has_subject(tree, word):
        return "as-clause"  # "As Clyburn noted, those voters will ..."
    if _bare_complement(tree, word) or (word.text.lower().endswith("ing") and _bare_clause(tree, word)):
        return "reported clause"
    if nxt is not None and complementizer(tree, nxt):
        return "that-clause"
    if (
        after is not None
        and complementizer(tree, after)
        and nxt is not None
        and nxt.upos in {"PRON", "PROPN", "NOUN"}
    ):
        return "that-clause"
    if word.deprel in ("parataxis",) and tree.word(word.head) is not None:
        return "preceding clause"
    if word.deprel == "ccomp" and word.head > word.index:
        return "reported clause"
    if re.match(r"\s*(?:,\s*)?:", text[word.end : word.end + 4]):
        return "colon"
    if any(_close_to(text, word, q) for q in quotes):
        return "quotation"
    return None


def prev_text(tree: Tree, word: Word) -> str:
    prev = tree.prev(word)
    return prev.text if prev is not None else ""


def _adjectival(tree: Tree, word: Word, text: str) -> str | None:
    """Why a reporting-verb form is not a verb here (the said deal, so-called, tell-tale), or None."""
    if (word.start > 0 and text[word.start - 1] in "-‐") or text[word.end : word.end + 1] in ("-", "‐"):
        return "hyphenated compound"
    if "-" in word.text:
        return "hyphenated compound"
    prev_aux = next(
        (
            x
            for x in reversed(tree.words[: word.index - 1])
            if x.upos != "ADV" and x.lemma.lower() not in ("all", "both")
        ),
        None,
    )
    if prev_aux is not None and prev_aux.lemma.lower() == "have" and word.text.lower().endswith("ed"):
        return None  # "have all accused/amod North Korea": a perfect tense, whatever the parse says
    if word.deprel in ("amod", "compound") and not (
        word.text.lower().endswith("ing") and prev_text(tree, word) == ","
    ):  # ", saying: ..." mis-attached as amod is still a verb
        return "modifies a noun"
    if tree.children(word.index, *NOUN_ONLY) and word.text.lower() not in lexicon.words(
        "verb_only_forms.txt"
    ):
        return "has a determiner (a noun)"
    prev, nxt = tree.prev(word), tree.next(word)
    if prev is not None and (
        prev.text.lower() in ("their", "his", "its", "our", "my", "your")
        or prev.text.lower().endswith(("'s", "’s"))
    ):
        return "after a possessive (a noun)"
    if (
        nxt is not None
        and nxt.upos in {"NOUN", "PROPN"}
        and (prev is None or prev.upos in {"DET", "ADP"} or prev.lemma.lower() in {"the", "a", "this"})
        and not has_subject(tree, word)
    ):
        return "adjective before a noun"
    return None


def _verb_cue(
    parsed: ParsedArticle, s: Sentence, tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...]
) -> Cue | None:
    text = parsed.article.text
    lemma = verb_lemma(w)
    if lemma is None or _inside(quotes, w.start, w.end):
        return None
    kind, strength, needs = (_verbs()[lemma] + ("neutral", "any"))[:3]
    # Tagger slips ("said" as ADJ): accept a known inflected form that has a subject of its own.
    if (
        w.upos not in {"VERB", "AUX"}
        and w.text.lower() not in lexicon.words("verb_only_forms.txt")
        and (w.text.lower() not in _forms() or not has_subject(tree, w) or tree.children(w.index, "cop"))
        and not (w.text.lower() in _forms() and _attribution_frame(tree, w, quotes, text))
    ):
        return None
    if _adjectival(tree, w, text):
        return None
    aux = auxiliary_before(tree, w)  # "X have all accused/amod Y": the subject hangs from 'have'
    subj = has_subject(tree, w) or (aux is not None and has_subject(tree, aux))
    passive_it = any(c.lemma.lower() == "it" for c in tree.children(w.index, "nsubj:pass", "expl"))
    if is_passive(tree, w) and agent(tree, w) is None:
        if passive_it:
            return Cue(
                start=w.start,
                end=w.end,
                text=w.text,
                kind="passive",
                lemma=lemma,
                strength="weak",
                sentence=s.index,
                head=w.index,
                rule=f"impersonal passive 'it ... {w.text}': no source given",
            )
        content = has_content(tree, w, quotes, text)
        asked = [x for x in tree.children(w.index, "nsubj:pass") if person_like(x)]
        if not (asked and content is not None and "person" in needs.split(",")):
            return None  # "Biden is expected to travel", "the question was asked": no reporting source
        # "Sanders was asked to ...": the asker, not the subject, is the source, and goes unnamed
        why = f"passive with a person-like subject ('{asked[0].text}') and {content}: the asker is not named"
    else:
        content = has_content(tree, w, quotes, text)
        why = ""
    idiom = [o for o in tree.children(w.index, "obj") if o.lemma.lower() in lexicon.words("say_idioms.txt")]
    if idiom and content is None:
        return None  # "said goodbye", "told a joke"
    q_near = [q for q in _quotes_in(s, quotes) if _close_to(text, w, q)]
    # "urge | ... | quote,person": any one of the listed requirements will do
    met = [r for n in needs.split(",") if (r := need_met(n.strip(), tree, w, content, q_near, subj))]
    if not met:
        return None
    if content is None and met[0] != "subject":
        content = met[0]  # "claim object 'allegations'", "person-like subject"
    if kind == "cognition_verb" and content in (None, "quotation"):
        return None  # "wants to speak", "hopes to win": an intention, not a reported belief
    why = why or ("with subject" if subj else "with " + (content or "quotation"))
    if subj and content and content != "person-like subject" and not why.startswith("passive"):
        why = f"with subject and {content}"
    return Cue(
        start=w.start,
        end=w.end,
        text=w.text,
        kind="passive" if why.startswith("passive") else _kind(kind),
        lemma=lemma,
        strength=_strength(strength),
        sentence=s.index,
        head=w.index,
        rule=f"reporting verb '{lemma}' ({KIND_WORDS.get(kind, kind)}, {strength}) {why}",
    )


def _attribution_frame(tree: Tree, w: Word, quotes: tuple[QuoteSpan, ...], text: str) -> str | None:
    """Why a mis-tagged reporting-verb form ("Viguerie notes/NOUN") still reads as a verb, or None:
    inverted after a quotation (“…,” Viguerie notes.) or after a person-like subject and before a
    that-clause or a quotation ("Smith says that ...", "He says: “…”")."""
    prev, nxt = tree.prev(w), tree.next(w)
    if prev is None or not (person_like(prev) or prev.upos == "PROPN" or documentary(prev)):
        return None
    if prev.text.lower().endswith(("'s", "’s")) or tree.children(w.index, "nmod:poss"):
        return None  # "Trump's notes": a noun after all
    rest = [x for x in tree.words if x.index > w.index and x.upos != "PUNCT"]
    closing = [q.end for q in _quotes_in(tree.sentence, quotes) if q.end <= prev.start]
    comma = text.rfind(",", tree.sentence.start, prev.start)
    if not rest and (closing or comma >= 0):  # “…,” Viguerie notes. / ..., a new poll indicates.
        gap = text[max([*closing, comma + 1]) : w.start]
        if len(gap.split()) <= 5 and not any(c in gap for c in ".;!?"):
            return "inverted after a quotation or clause"
    if nxt is not None and (complementizer(tree, nxt) or text[w.end : w.end + 3].lstrip().startswith(":")):
        return "subject before, clause after"
    return None


def _strength(value: str) -> Strength:
    return cast(Strength, value) if value in ("weak", "neutral", "strong") else "neutral"


def _kind(kind: str) -> CueKind:
    if kind == "writing_verb":
        return "writing_verb"
    if kind == "cognition_verb":
        return "cognition_verb"
    if kind == "stance_verb":
        return "stance_verb"
    return "speech_verb"


def according_to_target(tree: Tree, to_word: Word) -> Word | None:
    """The first noun-like word after "according to" (skipping determiners and adjectives)."""
    i = to_word.index + 1
    while (w := tree.word(i)) is not None and i <= to_word.index + 6:
        if w.upos in {"NOUN", "PROPN", "PRON", "NUM", "X"}:
            return w
        if w.upos in {"PUNCT", "SCONJ"} or w.lemma.lower() == "that":
            return None
        i += 1  # the tagger calls nouns verbs ("according to exit/VERB polls"): look on
    return None


def _according_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...]
) -> list[Cue]:
    out = []
    not_sources = lexicon.words("according_to_not_sources.txt")
    for w in s.words:
        nxt = tree.next(w)
        if w.text.lower() != "according" or nxt is None or nxt.text.lower() != "to":
            continue
        if _inside(quotes, w.start, w.end):
            continue
        target = according_to_target(tree, nxt)
        if target is None:
            continue
        lead = [x for x in s.words if nxt.index < x.index <= target.index]
        if any(x.text.lower() in not_sources or x.lemma.lower() in not_sources for x in lead):
            continue  # "according to plan": manner, not attribution
        out.append(
            Cue(
                start=w.start,
                end=nxt.end,
                text=parsed.article.text[w.start : nxt.end],
                kind="according_to",
                lemma="according to",
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
            if _inside(quotes, start, end):
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
                    strength=_strength(strength),
                    sentence=s.index,
                    head=head.index if head else 0,
                    rule=f"{kind} phrase '{phrase}' ({src})",
                )
            )
    return out


def find_cues(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...]) -> tuple[Cue, ...]:
    """Every attribution cue in the body sentences, in text order."""
    cues: list[Cue] = []
    for s in parsed.sentences:
        tree = Tree(s)
        verbs = [c for w in s.words if (c := _verb_cue(parsed, s, tree, w, quotes)) is not None]
        according = _according_cues(parsed, s, tree, quotes)
        phrases = _phrase_cues(parsed, s, tree, quotes)
        kept_phrases = []
        for p in phrases:
            if p.kind == "noun" and (verbs or according):
                continue  # "X said in a statement": the verb is the cue
            kept_phrases.append(p)
        # a phrase cue ("quoted as saying", "it was reported") replaces the verb cue inside it
        verbs = [v for v in verbs if not any(p.start <= v.start and v.end <= p.end for p in kept_phrases)]
        kept_phrases = _dedupe(kept_phrases)
        found = verbs + according + kept_phrases
        found += colon_cues(parsed, s, tree, quotes, found)
        label = label_cue(parsed, s, quotes)
        if label is not None and not any(c.start == label.start for c in found):
            found.append(label)
        cues.extend(found)
    dashes = [d for d in dash_cues(parsed, quotes) if not any(c.start == d.start for c in cues)]
    return tuple(sorted(cues + dashes, key=lambda c: c.start))


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
