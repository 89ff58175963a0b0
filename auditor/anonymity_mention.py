"""The source phrase of an unnamed source: its parts, and whether AP anonymity rules apply to it.

``split_mention`` finds the head noun, the informative premodifiers and where a description opens
("a source *within X*"); ``anonymous_person`` is the one predicate the findings and the score share
(pronouns, one-holder offices, documents, people a poll asked and broken spans are not anonymous
people). Word lists come from ``anonymity_descriptors.txt``. Used by ``anonymity.py``,
``anonymity_links.py`` and ``anonymity_antecedent.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor import lexicon, names
from auditor.anonymity_reason import span
from auditor.models import Source, TextSpan
from auditor.source_phrase import source_nouns

TOKEN = re.compile(r"[^\s,;:()\[\]“”\"]+")


@dataclass(frozen=True)
class MentionParts:
    """The source phrase split into its parts (offsets into the article text)."""

    head: TextSpan
    premodifiers: TextSpan | None  # the informative premodifiers, vague ones left out
    description_start: int | None  # where a post-head description opens inside the mention


@cache
def descriptor(kind: str) -> tuple[str, ...]:
    return lexicon.values("anonymity_descriptors.txt", kind)


@cache
def intro_re() -> re.Pattern[str]:
    # Longest alternatives first so "familiar with" wins over "with".
    alts = sorted(descriptor("intro"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


@cache
def _relative_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(descriptor("relative")) + r")\b", re.IGNORECASE)


@cache
def vague() -> frozenset[str]:
    return frozenset(w.lower() for w in descriptor("vague"))


@cache
def pronouns() -> frozenset[str]:
    """Pronouns: as a source they are a coreference gap, not an anonymous source."""
    return frozenset(w.lower() for w in descriptor("pronoun"))


def is_pronoun(mention: str) -> bool:
    """True when the whole source phrase is a pronoun ("he", "They")."""
    return mention.strip().lower() in pronouns()


def is_fragment(text: str, source: Source) -> bool:
    """True when the source span starts or ends inside a word ("hyun" of "Kim Yong-hyun"): a bad span."""
    before = text[source.start - 1] if source.start > 0 else " "
    after = text[source.end] if source.end < len(text) else " "
    return before.isalnum() or before in "-‐" or after.isalnum()


def _words(text: str, source: Source) -> list[str]:
    """The source phrase's words, lower case, with a straight apostrophe ("Russia’s" -> "russia's")."""
    return [w.lower().replace("’", "'") for w in TOKEN.findall(text[source.start : source.end])]


def identified_by_office(text: str, source: Source) -> bool:
    """True for a one-holder office written definitely: "the Ukrainian president", "Russia's premier",
    "the former senator from Wyoming" (the head of the phrase, before its description).

    Such a source is identifiable: the gap is coreference, not anonymity, so no AP anonymity rule applies.
    """
    words = " ".join(_words(text, source))
    # up to the head noun: "the former senator from Wyoming" is the senator, "a spokesman for
    # Whitlow's campaign" is a spokesman (the possessive in the description makes it no definite phrase)
    core = " ".join(_words(text, source.model_copy(update={"end": split_mention(text, source).head.end})))
    # "the", a possessive name ("Okafor's", "Sanders' ") or pronoun ("his campaign manager")
    definite = core.startswith(("the ", *(p + " " for p in _POSSESSIVES))) or "'s " in core or "s' " in core
    return definite and any(
        phrase.endswith(" " + office) for office in descriptor("office") for phrase in (words, core)
    )


_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our"})
_BODY_DETERMINERS = frozenset({"the", "both", "these", "those", "this", "that", "its", "their", "his", "her"})


def refers_to_named_body(text: str, source: Source) -> bool:
    """True for a definite phrase ending in an institution, place or group noun: "the ministry", "the
    two countries", "both nations", "the autocratic nations", "the leaders" (``body`` in
    anonymity_descriptors.txt). Such a phrase refers back to bodies the text has named, so, like an
    office, it is a coreference gap and no AP anonymity rule applies. A phrase that goes on after the
    noun ("the leaders of the protest") or starts without a determiner ("governments") does not count,
    except a force that speaks as an institution without one ("police said", "Ukrainian authorities";
    ``force``).
    """
    # up to a comma after the head noun: "the source, a senior official at the port agency" is a
    # source, not the agency ("the leaders of the protest" goes on, and stays whole)
    head_end = split_mention(text, source).head.end
    if text[head_end : source.end].lstrip().startswith(","):
        source = source.model_copy(update={"end": head_end})
    words = _words(text, source)
    if words and words[-1] in descriptor("force") and "former" not in words:
        return True  # "police said", "Millbrook police": the force speaks as an institution
    if len(words) < 2 or words[0] not in _BODY_DETERMINERS:
        return False
    return words[-1] in descriptor("body")


def no_person(text: str, source: Source) -> bool:
    """True when the head of the source phrase stands for no person who could be granted anonymity: a
    share of people polled or counted ("47 percent said", "a majority of voters"), a word such as
    "something" or "what" (``share`` and ``thing`` in anonymity_descriptors.txt), a phrase with the
    writer's "I" or "we" or the writer as "this reporter" (``writer``), or a relative of a named person
    ("his ex-wife", ``kin``)."""
    head = split_mention(text, source).head.text.lower()
    if head in descriptor("share") or head in descriptor("thing"):
        return True
    words = _words(text, source)
    if {"i", "we"} & set(words):
        return True  # "my brother and I": the writer or the person quoted, not an unnamed source
    if len(words) == 2 and words[0] == "this" and words[1] in descriptor("writer"):
        return True  # "As this reporter found": the byline names the writer
    return len(words) == 2 and words[0] in _POSSESSIVES and words[1] in descriptor("kin")  # "his ex-wife"


_HOUSE = re.compile(r"\s*(?:at|with|from)\s+(?:the\s+)?[A-Z]")


def of_named_house(text: str, source: Source) -> bool:
    """ "Analysts at Morgan Stanley", "economists with the Fed": people who publish under a named
    employer's name (``house`` in anonymity_descriptors.txt) speak through its note or study."""
    head = split_mention(text, source).head
    return head.text.lower() in descriptor("house") and bool(_HOUSE.match(text, head.end, source.end))


_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")


def people_head(text: str, source: Source) -> bool:
    """True when the head of the source phrase names a person or people: a person or group source noun
    ("official", "sources"), a vague collective ("experts"), a title or role ("spokeswoman"), a word
    for people (``people`` in anonymity_descriptors.txt: "friend", "woman"), or an agent noun ("one
    questioner", "strategists"). A bad parse can hand the source slot to any noun ("sharper wording",
    "her notes"); AP anonymity rules are about people, so such phrases get no finding."""
    parts = split_mention(text, source)
    head = parts.head.text.lower().strip(".'’")
    nouns = source_nouns()
    if head in nouns:
        return nouns[head] in ("person", "group")
    if head in lexicon.table("collective_sources.txt") or head in descriptor("people"):
        return True
    if head in names.person_roles() or head in names.title_words():
        return True  # a role for a body ("the retail giant", "the firm") is no person
    # a capitalised agent-like word after the phrase's start is a name the tagger missed ("Lena Brewster")
    capitalised = parts.head.text[:1].isupper() and parts.head.start > source.start
    return len(head) > 4 and head.endswith(_AGENT_SUFFIXES) and not capitalised


NOT_SPEECH_KINDS = frozenset({"document", "media"})  # a report or an outlet is no anonymous person


def anonymous_person(source: Source | None, text: str = "", offset: int = 0) -> bool:
    """The source is an unnamed human source that AP anonymity rules apply to (the findings' predicate).

    Left out: named sources, unresolved pronouns, offices ("the Ukrainian president") and definite
    references to named bodies ("the two countries"), which are coreference gaps rather than anonymity;
    documents and media; shares of people polled and words that stand for no person (``no_person``);
    spans that cut a word in two.
    ``text`` is the article text, or a stretch of it starting at ``offset`` (a claim's sentence).
    """
    if source is None or source.named or source.anonymity is None or source.kind in NOT_SPEECH_KINDS:
        return False
    # the predicates read the phrase itself: a span over the whole mention, as written at start:end
    own = source.model_copy(update={"start": 0, "end": len(source.mention)})
    if (
        is_pronoun(source.mention)
        or identified_by_office(source.mention, own)
        or refers_to_named_body(source.mention, own)
        or no_person(source.mention, own)
        or of_named_house(source.mention, own)
        or not people_head(source.mention, own)
    ):
        return False
    local = _local(source, offset)
    if not (local.start >= 0 and local.end <= len(text)):
        return True
    return not (is_fragment(text, local) or polled(text, local))


_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# a poll framing the sentence: opening it ("In a Gazette poll, most voters ...") or closing it
# ("..., a new Gazette poll found."); a poll inside what is reported ("leads in most polls") is no frame
_POLL = r"(?:poll|polls|survey|surveys)"
_POLL_OPENING = re.compile(r"^\W*(?:in|according to)\b[^,]{0,80}\b" + _POLL + r"\b[^,]{0,40},", re.IGNORECASE)
_POLL_CLOSING = re.compile(
    r",\s+(?:a|an|the)\b[^,]{0,60}\b"
    + _POLL
    + r"\s+(?:\w+\s+)?(?:found|finds|shows|showed|says|said|suggests|"
    r"suggested|indicates|indicated)\b",
    re.IGNORECASE,
)


def polled(text: str, source: Source) -> bool:
    """People a poll asked: a group that can be polled (``polled`` in anonymity_descriptors.txt) named
    as polled ("those surveyed", "voters polled", "respondents") or in a sentence a poll frames ("In a
    Gazette poll, most voters said ...", "Most voters oppose the toll, a new Gazette poll found") speak
    through the poll, not as anonymous sources."""
    if split_mention(text, source).head.text.lower() not in descriptor("polled"):
        return False
    if any(w in descriptor("poll") for w in TOKEN.findall(text[source.start : source.end].lower())):
        return True
    # the sentence's start: the last sentence end before the source, looked for near it first (the
    # text may be a whole long file, and this runs for many sources)
    lo = max(0, source.start - 1000)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, source.start)]
    if not starts and lo > 0:
        starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, source.start)]
    end = _SENTENCE_END.search(text, source.end)
    first, last = starts[-1] if starts else 0, end.start() if end else len(text)
    before, after = text[first : source.start], text[source.end : last]
    return bool(_POLL_OPENING.match(before) or _POLL_CLOSING.search(after))


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


def split_mention(text: str, source: Source) -> MentionParts:
    """Find the head noun, the informative premodifiers and any post-head description in a source phrase."""
    mention = text[source.start : source.end]
    tokens = [(m.start() + source.start, m.end() + source.start, m.group()) for m in TOKEN.finditer(mention)]
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
    for m in intro_re().finditer(mention):
        at = source.start + m.start()
        if m.start() > 0 and at <= core_end:
            before = [t for t in tokens if t[1] <= at]
            if before and any(t[2].lower() not in vague() for t in before):
                core_end = description_start = at
                break
    if description_start is None and comma > 0:
        description_start = _appositive_description(mention, comma, source.start)
    core = [t for t in tokens if t[1] <= core_end] or tokens[:1]
    if not core:
        empty = TextSpan(start=source.start, end=source.end, text=mention)
        return MentionParts(head=empty, premodifiers=None, description_start=None)
    head_start, head_end, head_text = core[-1]
    informative = [t for t in core[:-1] if t[2].lower().strip(".") not in vague()]
    premods = span(text, informative[0][0], informative[-1][1]) if informative else None
    return MentionParts(
        head=TextSpan(start=head_start, end=head_end, text=head_text),
        premodifiers=premods,
        description_start=description_start,
    )


_APPOSITIVE = re.compile(r"\s*((?:a|an|the)\s+(?!(?:source|person|official)\b)\w)", re.IGNORECASE)


def _appositive_description(mention: str, comma: int, offset: int) -> int | None:
    """Where an appositive after the core phrase's comma opens: "The source, *a senior official at the
    port agency*" says who the source is, as "a source at the port agency" would. A bare "a source" or
    "an official" after the comma says nothing more."""
    m = _APPOSITIVE.match(mention, comma + 1)
    return None if m is None else offset + m.start(1)


def head_key(head: str) -> str:
    """The head noun without number, to compare mentions: "sources" and "source" -> "source"."""
    low = head.lower().strip(".’'")
    if low.endswith(("sses", "xes", "ches", "shes")):
        return low[:-2]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return low[:-1]
    return low


def is_definite(text: str, source: Source) -> bool:
    """The source phrase opens with a definite word ("the source", "this official", "those people")."""
    first = text[source.start : source.end].split(maxsplit=1)
    return bool(first) and first[0].lower() in {d.lower() for d in descriptor("definite")}
