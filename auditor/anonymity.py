"""Judge each unnamed source by newsroom rules: fill ``Source.anonymity`` from the words around it.

For every attribution whose source is present, not named and not a bare pronoun, this module reads
the source phrase and the sentence around it and records, with exact offsets into ``Article.text``:

* ``description`` -- how the source knows: premodifiers that say something ("South Korean defense
  official") or a phrase after the head noun opened by a word from ``anonymity_descriptors.txt``
  ("a source *within Ukrainian intelligence*", "people *familiar with the matter*");
* ``anonymity_phrase`` -- "speaking on condition of anonymity" and the like (``anonymity_phrases.txt``);
* ``reason`` -- why anonymity was granted ("because they were not authorized to discuss the talks",
  ``anonymity_reasons.txt``), up to the end of its clause;
* ``collective`` -- a vague group ("experts", "international observers", ``collective_sources.txt``);
* ``plural`` -- the head noun is plural ("sources", "officials").

Only the parts of the sentence outside the attributed content and outside quotation marks are
searched, so words *reported by* the source are never mistaken for words *about* the source.
Named sources and unresolved pronouns are returned unchanged. The reason search and its clause helpers
live in ``auditor/anonymity_reason.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor import lexicon
from auditor.anonymity_reason import QUOTED, compiled, find_reason, free, span, stop
from auditor.models import Anonymity, Attribution, ParsedArticle, Sentence, Source, TextSpan

_TOKEN = re.compile(r"[^\s,;:()\[\]“”\"]+")


@dataclass(frozen=True)
class MentionParts:
    """The source phrase split into its parts (offsets into the article text)."""

    head: TextSpan
    premodifiers: TextSpan | None  # the informative premodifiers, vague ones left out
    description_start: int | None  # where a post-head description opens inside the mention


@cache
def _descriptor(kind: str) -> tuple[str, ...]:
    rows = (line.split("|", 1) for line in lexicon.entries("anonymity_descriptors.txt"))
    return tuple(value.strip() for key, value in rows if key.strip() == kind)


@cache
def _intro_re() -> re.Pattern[str]:
    # Longest alternatives first so "familiar with" wins over "with".
    alts = sorted(_descriptor("intro"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(_descriptor("relative")) + r")\b", re.IGNORECASE)


@cache
def _vague() -> frozenset[str]:
    return frozenset(w.lower() for w in _descriptor("vague"))


@cache
def pronouns() -> frozenset[str]:
    """Pronouns: as a source they are a coreference gap, not an anonymous source."""
    return frozenset(w.lower() for w in _descriptor("pronoun"))


def _collectives() -> dict[str, tuple[str, ...]]:
    return lexicon.table("collective_sources.txt")


def is_pronoun(mention: str) -> bool:
    """True when the whole source phrase is a pronoun ("he", "They")."""
    return mention.strip().lower() in pronouns()


def is_fragment(text: str, source: Source) -> bool:
    """True when the source span starts or ends inside a word ("hyun" of "Kim Yong-hyun"): a bad span."""
    before = text[source.start - 1] if source.start > 0 else " "
    after = text[source.end] if source.end < len(text) else " "
    return before.isalnum() or before in "-‐" or after.isalnum()


def identified_by_office(text: str, source: Source) -> bool:
    """True for a one-holder office written definitely: "the Ukrainian president", "Russia's premier".

    Such a source is identifiable: the gap is coreference, not anonymity, so no AP anonymity rule applies.
    """
    words = " ".join(_TOKEN.findall(text[source.start : source.end])).lower()
    words = words.replace("’", "'")
    definite = words.startswith("the ") or "'s " in words
    return definite and any(words.endswith(" " + office) for office in _descriptor("office"))


NOT_SPEECH_KINDS = frozenset({"document", "media"})  # a report or an outlet is no anonymous person


def anonymous_person(source: Source | None, text: str = "", offset: int = 0) -> bool:
    """The source is an unnamed human source that AP anonymity rules apply to (the findings' predicate).

    Left out: named sources, unresolved pronouns and offices ("the Ukrainian president"), which are
    coreference gaps rather than anonymity; documents and media; spans that cut a word in two.
    ``text`` is the article text, or a stretch of it starting at ``offset`` (a claim's sentence).
    """
    if source is None or source.named or source.anonymity is None or source.kind in NOT_SPEECH_KINDS:
        return False
    if is_pronoun(source.mention) or identified_by_office(source.mention, _local(source, source.start)):
        return False
    local = _local(source, offset)
    return not (local.start >= 0 and local.end <= len(text) and is_fragment(text, local))


def without_reason(source: Source | None, text: str = "", offset: int = 0) -> bool:
    """An anonymous person (``anonymous_person``), not a vague collective, with no stated reason:
    what ANON-NO-REASON flags and what the score counts as ``anonymous_without_reason``."""
    if source is None or source.anonymity is None or not anonymous_person(source, text, offset):
        return False
    return source.anonymity.reason is None and not source.anonymity.collective


def _local(source: Source, offset: int) -> Source:
    return source.model_copy(update={"start": source.start - offset, "end": source.end - offset})


def display_mention(text: str, source: Source) -> str:
    """The source phrase up to its first comma, for messages ("A source within X", not its appositive)."""
    return text[source.start : source.end].split(",", 1)[0].strip()


def _sentence_at(parsed: ParsedArticle, offset: int) -> Sentence | None:
    for sentence in parsed.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def split_mention(text: str, source: Source) -> MentionParts:
    """Find the head noun, the informative premodifiers and any post-head description in a source phrase."""
    mention = text[source.start : source.end]
    tokens = [(m.start() + source.start, m.end() + source.start, m.group()) for m in _TOKEN.finditer(mention)]
    # The core phrase ends at the first comma, relative pronoun or description opener after the first
    # word; a description opener at that place ("who was briefed on") starts the description.
    core_end = source.end
    description_start: int | None = None
    comma = mention.find(",")
    if comma > 0:
        core_end = source.start + comma
    relative = _relative_re().search(mention, 1)
    if relative is not None:
        core_end = min(core_end, source.start + relative.start())
    for m in _intro_re().finditer(mention):
        at = source.start + m.start()
        if m.start() > 0 and at <= core_end:
            before = [t for t in tokens if t[1] <= at]
            if before and any(t[2].lower() not in _vague() for t in before):
                core_end = description_start = at
                break
    core = [t for t in tokens if t[1] <= core_end] or tokens[:1]
    if not core:
        empty = TextSpan(start=source.start, end=source.end, text=mention)
        return MentionParts(head=empty, premodifiers=None, description_start=None)
    head_start, head_end, head_text = core[-1]
    informative = [t for t in core[:-1] if t[2].lower().strip(".") not in _vague()]
    premods = span(text, informative[0][0], informative[-1][1]) if informative else None
    return MentionParts(
        head=TextSpan(start=head_start, end=head_end, text=head_text),
        premodifiers=premods,
        description_start=description_start,
    )


def _fences(attribution: Attribution) -> tuple[int, ...]:
    out = []
    if attribution.cue is not None:
        out.append(attribution.cue.start)
    if attribution.content is not None:
        out.append(attribution.content.start)
    return tuple(out)


def _verbs_after(sentence: Sentence, offset: int) -> tuple[int, ...]:
    """Starts of the verbs after ``offset``: a description ends where the sentence's verb begins."""
    return tuple(w.start for w in sentence.words if w.start > offset and w.upos in ("VERB", "AUX"))


def _description(
    text: str, attribution: Attribution, parts: MentionParts, sentence: Sentence, stops: tuple[int, ...] = ()
) -> TextSpan | None:
    source = attribution.source
    assert source is not None
    fences = _fences(attribution) + stops
    if parts.description_start is not None:  # "a source within X" written inside the mention
        opener = _intro_re().match(text, parts.description_start)
        after_opener = opener.end() if opener else parts.description_start
        end = stop(text, parts.description_start, sentence.end, fences + _verbs_after(sentence, after_opener))
        return span(text, parts.description_start, end)
    after = re.compile(r"\s*,?\s*").match(text, source.end, sentence.end)
    pos = after.end() if after else source.end
    m = _intro_re().match(text, pos, sentence.end)
    if m is not None and not any(f == pos for f in fences):
        end = stop(text, m.start(), sentence.end, fences + _verbs_after(sentence, m.end()))
        found = span(text, m.start(), end)
        if found is not None and found.end > m.end():  # the opener alone ("from") describes nothing
            return found
    return parts.premodifiers


def _excluded(text: str, attribution: Attribution, sentence: Sentence) -> list[tuple[int, int]]:
    """Ranges of the sentence that belong to what is reported, not to the source: content and quotes."""
    out = [(m.start(), m.end()) for m in QUOTED.finditer(text, sentence.start, sentence.end)]
    if attribution.content is not None:
        out.append((attribution.content.start, attribution.content.end))
    return out


def _nearest(
    patterns: tuple[re.Pattern[str], ...],
    text: str,
    sentence: Sentence,
    excluded: list[tuple[int, int]],
    anchor: int,
) -> re.Match[str] | None:
    """The match closest to ``anchor``; a match inside a longer one never wins over it."""
    found = [
        m
        for pattern in patterns
        for m in pattern.finditer(text, sentence.start, sentence.end)
        if free(m.start(), m.end(), excluded)
    ]
    maximal = [
        m
        for m in found
        if not any(
            o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
            for o in found
        )
    ]
    return min(maximal, key=lambda m: abs(m.start() - anchor), default=None)


def _plural(parsed: ParsedArticle, sentence: Sentence, head: TextSpan) -> bool:
    for word in sentence.words:
        if word.start == head.start and word.feats:
            if "Number=Plur" in word.feats:
                return True
            if "Number=Sing" in word.feats:
                return False
    low = head.text.lower().strip(".’'")
    fields = _collectives().get(low)
    if fields and "plural" in fields:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


def _collective(text: str, source: Source, parts: MentionParts) -> bool:
    phrase = " ".join(_TOKEN.findall(text[source.start : parts.head.end])).lower()
    words = phrase.split()
    while words and words[0] in {"a", "an", "the", "these", "those"}:
        words = words[1:]
    table = _collectives()
    return " ".join(words) in table or parts.head.text.lower() in table


def _antecedent(parsed: ParsedArticle, source: Source, parts: MentionParts) -> Attribution | None:
    """For "the source" / "this source": the nearest earlier indefinite mention with the same head noun."""
    text = parsed.article.text
    first = text[source.start : source.end].split(maxsplit=1)
    if not first or first[0].lower() not in {d.lower() for d in _descriptor("definite")}:
        return None
    determiners = "|".join(
        sorted((re.escape(v) for v in _vague() if v not in _descriptor("definite")), key=len)
    )
    pattern = re.compile(
        rf"\b(?:{determiners})\s+(?:[\w.’'-]+\s+){{0,4}}?{re.escape(parts.head.text)}\b", re.IGNORECASE
    )
    earlier = [m for m in pattern.finditer(text, 0, source.start) if _sentence_at(parsed, m.start())]
    if not earlier:
        return None
    m = earlier[-1]
    found = Source(
        start=m.start(), end=m.end(), mention=m.group(), name=m.group(), kind=source.kind, named=False
    )
    sentence = _sentence_at(parsed, m.start())
    assert sentence is not None
    return Attribution(
        id="antecedent", sentence=sentence.index, cue=None, source=found, content=None, rule=""
    )


def antecedent(parsed: ParsedArticle, source: Source) -> Source | None:
    """The earlier indefinite mention that "the source" / "this source" refers back to, if any."""
    earlier = _antecedent(parsed, source, split_mention(parsed.article.text, source))
    return earlier.source if earlier is not None else None


def _own(parsed: ParsedArticle, attribution: Attribution, sentence: Sentence) -> Anonymity:
    """What the source's own sentence says about it."""
    text = parsed.article.text
    source = attribution.source
    assert source is not None
    parts = split_mention(text, source)
    excluded = _excluded(text, attribution, sentence)
    phrase_m = _nearest(compiled("anonymity_phrases.txt"), text, sentence, excluded, source.end)
    phrase = span(text, phrase_m.start(), phrase_m.end()) if phrase_m else None
    reason = find_reason(text, attribution, sentence, excluded, phrase)
    # A description ends where the anonymity phrase or the reason begins.
    stops = tuple(s.start for s in (phrase, reason) if s is not None)
    return Anonymity(
        reason=reason,
        anonymity_phrase=phrase,
        description=_description(text, attribution, parts, sentence, stops),
        collective=_collective(text, source, parts),
        plural=_plural(parsed, sentence, parts.head),
    )


def anonymity_of(parsed: ParsedArticle, attribution: Attribution) -> Anonymity | None:
    """What the text says about the attribution's unnamed source (None: named, absent or a pronoun)."""
    source = attribution.source
    if source is None or source.named or is_pronoun(source.mention):
        return None
    sentence = _sentence_at(parsed, source.start)
    if sentence is None:
        return Anonymity()
    own = _own(parsed, attribution, sentence)
    if own.description is not None and own.reason is not None:
        return own
    # "the source added": what was said where the source was introduced still holds.
    earlier = _antecedent(parsed, source, split_mention(parsed.article.text, source))
    if earlier is None or earlier.source is None:
        return own
    before = _own(parsed, earlier, parsed.sentences[earlier.sentence])
    return own.model_copy(
        update={
            "description": own.description or before.description,
            "anonymity_phrase": own.anonymity_phrase or before.anonymity_phrase,
            "reason": own.reason or before.reason,
        }
    )


def annotate_anonymity(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...]
) -> tuple[Attribution, ...]:
    """Fill ``Source.anonymity`` for every unnamed, non-pronoun source; other attributions are unchanged."""
    out = []
    for attribution in attributions:
        anonymity = anonymity_of(parsed, attribution)
        if anonymity is None or attribution.source is None:
            out.append(attribution)
            continue
        source = attribution.source.model_copy(update={"anonymity": anonymity})
        out.append(attribution.model_copy(update={"source": source}))
    return tuple(out)
