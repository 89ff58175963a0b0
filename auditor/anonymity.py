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
Named sources and unresolved pronouns are returned unchanged. A later mention of the same source
("the source added", after "Sources said") keeps what the first mention said about it
(``auditor/anonymity_links.py`` decides which mentions are one source). The source phrase itself is
split in ``auditor/anonymity_mention.py``, the reason searched in ``auditor/anonymity_reason.py``.
"""

from __future__ import annotations

import re

from auditor import lexicon
from auditor.anonymity_antecedent import antecedent, antecedent_attribution
from auditor.anonymity_links import same_source
from auditor.anonymity_mention import (
    NOT_SPEECH_KINDS,
    TOKEN,
    MentionParts,
    anonymous_person,
    descriptor,
    display_mention,
    head_key,
    identified_by_office,
    intro_re,
    is_fragment,
    is_pronoun,
    pronouns,
    split_mention,
    without_reason,
)
from auditor.anonymity_reason import QUOTED, compiled, find_reason, free, span, stop
from auditor.coref_ellipsis import group_attribution
from auditor.models import Anonymity, Attribution, Cue, ParsedArticle, Sentence, Source, TextSpan
from auditor.source_phrase import is_relative, source_nouns
from auditor.syntax import sentence_at
from auditor.verb_lexicon import verbs

# Re-exported: findings, scoring and the tests import these from here.
__all__ = [
    "NOT_SPEECH_KINDS",
    "MentionParts",
    "annotate_anonymity",
    "anonymity_of",
    "anonymous_person",
    "antecedent",
    "describes_antecedent",
    "display_mention",
    "identified_by_office",
    "informs",
    "is_fragment",
    "is_pronoun",
    "pronouns",
    "same_source",
    "split_mention",
    "without_reason",
]


def informs(cue: Cue | None) -> bool:
    """Does the cue report information from its source? Not when negated ("A utility spokesman did not
    respond"), a question ("a reporter asked whether ...") or evidential ("Residents seemed unsurprised",
    the writer's impression): AP's rules for anonymous sources are about what they tell, so the anonymity
    findings and the score leave such mentions out. No cue (a quote with its speaker nearby) informs."""
    if cue is None:
        return True
    if cue.negated or cue.lemma.lower() in lexicon.words("question_cues.txt"):
        return False
    # "Residents seemed unsurprised": the writer's impression of the subject, not what it told
    fields = verbs().get(cue.lemma.lower(), ())
    return not (len(fields) > 2 and "evidential" in fields[2].split(","))


def describes_antecedent(parsed: ParsedArticle, a: Attribution) -> bool:
    """Is the cue a relative clause describing the person it hangs on ("a councillor who had endorsed
    her", "those who believe ...", "Tom Reyes, a veteran board member who had endorsed Ruiz")? Its subject
    is the relative pronoun right after the source phrase. Such a clause says who someone is, not that
    the story rests a claim on them, so the anonymity findings leave it out (on PolNeAR train nearly
    all of the 63 anonymity findings on such clauses were descriptions)."""
    if a.cue is None or a.source is None or not 0 <= a.cue.sentence < len(parsed.sentences):
        return False
    sentence = parsed.sentences[a.cue.sentence]
    text = parsed.article.text
    return any(
        w.head == a.cue.head
        and w.deprel in ("nsubj", "nsubj:pass")
        and is_relative(w)
        and w.start >= a.source.end
        and not text[a.source.end : w.start].strip(" ,")
        for w in sentence.words
    )


def _collectives() -> dict[str, tuple[str, ...]]:
    return lexicon.table("collective_sources.txt")


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
        opener = intro_re().match(text, parts.description_start)
        after_opener = opener.end() if opener else parts.description_start
        end = stop(text, parts.description_start, sentence.end, fences + _verbs_after(sentence, after_opener))
        return span(text, parts.description_start, end)
    after = re.compile(r"\s*,?\s*").match(text, source.end, sentence.end)
    pos = after.end() if after else source.end
    m = intro_re().match(text, pos, sentence.end)
    if m is not None and not any(f == pos for f in fences):
        end = stop(text, m.start(), sentence.end, fences + _verbs_after(sentence, m.end()))
        found = span(text, m.start(), end)
        if found is not None and found.end > m.end():  # the opener alone ("from") describes nothing
            return found
    if parts.premodifiers is None and head_key(parts.head.text) in descriptor("witness"):
        return parts.head  # "a neighbor", "two passengers": the noun says how the person knows
    return parts.premodifiers


def _excluded(text: str, attribution: Attribution, sentence: Sentence) -> list[tuple[int, int]]:
    """Ranges of the sentence that belong to what is reported, not to the source: content and quotes."""
    out = [(m.start(), m.end()) for m in QUOTED.finditer(text, sentence.start, sentence.end)]
    content, source = attribution.content, attribution.source
    # a quotation split around its speaker ('“…,” one of them said, speaking on condition of anonymity
    # because …. “…”') spans the source: only its quoted parts are what was said
    if content is not None and not (source is not None and content.start <= source.start < content.end):
        out.append((content.start, content.end))
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
    phrase = " ".join(TOKEN.findall(text[source.start : parts.head.end])).lower()
    words = phrase.split()
    while words and words[0] in {"a", "an", "the", "these", "those"}:
        words = words[1:]
    table = _collectives()
    if " ".join(words) in table or parts.head.text.lower() in table:
        return True
    # "many Canadians", "some Ukrainians": a people named by a capitalised plural inside the phrase
    head = parts.head.text
    inside = parts.head.start > source.start
    return inside and head[:1].isupper() and head.endswith("s") and head.lower() not in source_nouns()


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
    sentence = sentence_at(parsed, source.start)
    if sentence is None:
        return Anonymity()
    own = _own(parsed, attribution, sentence)
    if own.description is not None and own.reason is not None:
        return own
    # "the source added": what was said where the source was introduced still holds.
    earlier = antecedent_attribution(parsed, source) or group_attribution(parsed, source)
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


def _inherit(own: Anonymity, known: Anonymity | None) -> Anonymity:
    """A later mention keeps what earlier mentions of the same source said about it."""
    if known is None:
        return own
    return own.model_copy(
        update={
            "description": own.description or known.description,
            "anonymity_phrase": own.anonymity_phrase or known.anonymity_phrase,
            "reason": own.reason or known.reason,
        }
    )


def annotate_anonymity(
    parsed: ParsedArticle, attributions: tuple[Attribution, ...]
) -> tuple[Attribution, ...]:
    """Fill ``Source.anonymity`` for every unnamed, non-pronoun source; other attributions are unchanged.

    Mentions of one source (``same_source``: "Sources said ... the source added") share what any
    earlier mention said: its description, anonymity phrase and reason.
    """
    out = []
    for attribution in attributions:
        anonymity = anonymity_of(parsed, attribution)
        if anonymity is None or attribution.source is None:
            out.append(attribution)
            continue
        source = attribution.source.model_copy(update={"anonymity": anonymity})
        out.append(attribution.model_copy(update={"source": source}))
    links = same_source(parsed, out)
    known: dict[str, Anonymity] = {}  # group -> what its mentions so far said
    for i in sorted((i for i, a in enumerate(out) if a.id in links), key=lambda i: _start(out[i])):
        a = out[i]
        assert a.source is not None and a.source.anonymity is not None
        merged = known[links[a.id]] = _inherit(a.source.anonymity, known.get(links[a.id]))
        if merged != a.source.anonymity:
            out[i] = a.model_copy(update={"source": a.source.model_copy(update={"anonymity": merged})})
    return tuple(out)


def _start(attribution: Attribution) -> int:
    return attribution.source.start if attribution.source is not None else -1
