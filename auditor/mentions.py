"""Named mentions of an article grouped into entities, with a timeline for coreference.

Entities come from the attributions' named sources and from proper-noun runs of the parse (with
the titles and places written before them). Name variants join one entity ("Zelensky",
"Zelenskyy's", "President Volodymyr Zelenskyy"); a bare name with no NER label and no title only
joins an entity that already exists. A source written as a bare surname is a person when the article
writes one given name before it ("Hale" after "Marcus Hale"), so pronouns can resolve to it.
``auditor/coref.py`` resolves pronouns and role nouns on top.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from auditor import name_match, names
from auditor.models import Attribution, ParsedArticle, Sentence, Source, Word
from auditor.ner_tags import ner_label
from auditor.syntax import POSSESSIVE_MARKS

PERSON = "person"
ORG_KINDS = frozenset({"organization", "government", "media", "document"})
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"\n]*\"?")
_NER_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "government"}
_TRY = (PERSON, "organization")
_PERSON_ROLES = ("nsubj", "nmod:poss", "root", "appos")


@dataclass
class Entity:
    """One referent: a named person or organisation, or an unnamed source phrase."""

    id: int
    kind: str
    named: bool
    forms: list[tuple[int, str]] = field(default_factory=list)  # (offset, form)
    variants: dict[str, int] = field(default_factory=dict)  # distinct form -> first offset
    first: tuple[int, int] | None = None  # (offset, sentence) of the first mention
    descriptors: set[str] = field(default_factory=set)
    described_as: set[str] = field(default_factory=set)  # head nouns of its descriptions ("investor")
    places: set[str] = field(default_factory=set)
    gender: str | None = None

    @property
    def distinct_forms(self) -> Iterable[str]:
        """Each way it is written, once (a named entity's forms are its variants; the list of forms
        grows with every mention)."""
        return self.variants.keys() if self.variants else {f for _, f in self.forms}

    @property
    def name(self) -> str:
        if not self.variants:  # unnamed sources: the phrase as written
            return name_match.best_form([f for _, f in sorted(self.forms)])
        return name_match.best_form(sorted(self.variants, key=lambda v: self.variants[v]))


@dataclass(frozen=True)
class Mention:
    """One mention of an entity: where it is and whether it is a subject (salience for ties)."""

    start: int
    end: int
    sentence: int
    paragraph: int  # ordinal among body paragraphs
    entity: int
    subject: bool


class Doc:
    """Offsets -> sentences and paragraph ordinals, and the words under a span."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.text = parsed.article.text
        self.sentences = parsed.sentences
        self.starts = [s.start for s in parsed.sentences]
        ordinals = {p: i for i, p in enumerate(sorted({s.paragraph for s in parsed.sentences}))}
        self.para = [ordinals[s.paragraph] for s in parsed.sentences]
        self.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text)]
        self.quote_starts = [s for s, _ in self.quoted]

    def sentence_at(self, offset: int) -> int:
        i = bisect.bisect_right(self.starts, offset) - 1
        return max(i, 0)

    def words(self, start: int, end: int) -> list[Word]:
        if not self.sentences:
            return []
        sent = self.sentences[self.sentence_at(start)]
        return [w for w in sent.words if w.start < end and start < w.end]

    def in_quote(self, offset: int) -> bool:
        i = bisect.bisect_left(self.quote_starts, offset) - 1  # quotes do not nest: the last one opened
        return i >= 0 and self.quoted[i][0] < offset < self.quoted[i][1]


def _not_names(words: list[Word]) -> set[str]:
    return {w.text for w in words if w.upos == "ADJ"}


def _is_subject(words: list[Word]) -> bool:
    return any(w.deprel.startswith("nsubj") for w in words)


@dataclass
class Builder:
    """Entities and their timeline of mentions, built in text order."""

    doc: Doc
    entities: list[Entity] = field(default_factory=list)
    timeline: list[Mention] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # timeline starts, for bisect
    by_span: dict[tuple[int, int], int] = field(default_factory=dict)
    written: dict[tuple[int, int], str] = field(default_factory=dict)  # the name in this mention
    # the named ones apart: every unnamed source adds an entity, and role nouns look at named ones only
    # (a long file of "The mayor said" made each look-up scan every unnamed one)
    named: list[Entity] = field(default_factory=list)

    def new(self, kind: str, named: bool) -> Entity:
        entity = Entity(id=len(self.entities), kind=kind, named=named)
        self.entities.append(entity)
        if named:
            self.named.append(entity)
        return entity

    def mention(self, entity: Entity, start: int, end: int, parts: names.NameParts | None) -> None:
        if parts is not None:
            if parts.name:
                entity.forms.append((start, parts.name))
                entity.variants[parts.name] = min(start, entity.variants.get(parts.name, start))
            entity.descriptors.update(parts.descriptors)
            entity.described_as.update(parts.heads)
            entity.places.update(parts.places)
            entity.gender = entity.gender or parts.gender
        sent = self.doc.sentence_at(start)
        words = self.doc.words(start, end)
        m = Mention(
            start, end, sent, self.doc.para[sent] if self.doc.para else 0, entity.id, _is_subject(words)
        )
        at = bisect.bisect_right(self.starts, start)
        self.starts.insert(at, start)
        self.timeline.insert(at, m)
        if entity.first is None or start < entity.first[0]:
            entity.first = (start, sent)
        self.by_span[(start, end)] = entity.id

    def match(self, parts: names.NameParts, kind: str, start: int) -> Entity | None:
        """The existing named entity this name belongs to, if any."""
        person = kind == PERSON
        family: list[Entity] = []
        same: list[Entity] = []
        for entity in self.named:
            if (entity.kind == PERSON) != person and entity.kind != "unknown":
                continue
            forms = entity.variants
            if person and any(name_match.same_person(parts.name, f) for f in forms):
                if not _other_full_name(parts.name, forms):  # "Tom Okafor" is not "Ada J. Okafor"
                    same.append(entity)
                continue
            if not person and any(name_match.same_organization(parts.name, f) for f in forms):
                return entity
            if person and any(name_match.family_first_match(parts.name, f) for f in forms):
                family.append(entity)
        if same:
            return self._likeliest(same, parts.gender, start)
        if len(family) == 1:
            return family[0]
        if family:  # "Kim": the one mentioned in this or the previous paragraph, if only one is
            para = self.doc.para[self.doc.sentence_at(start)] if self.doc.para else 0
            recent = {m.entity for m in self.timeline if m.start < start and m.paragraph >= para - 1}
            near = [e for e in family if e.id in recent]
            if len(near) == 1:
                return near[0]
        return None

    def _likeliest(self, found: list[Entity], gender: str | None, start: int) -> Entity:
        """Of several people a name fits ("Okafor": Ada and Tom), the one whose gender agrees
        ("Mrs. Okafor"), then the one mentioned most so far, then the first."""
        fitting = [e for e in found if gender is None or e.gender in (None, gender)] or found
        if len(fitting) == 1:
            return fitting[0]
        counts = Counter(m.entity for m in self.timeline if m.start < start)
        return max(fitting, key=lambda e: (counts[e.id], -e.id))

    def add_named(self, start: int, end: int, parts: names.NameParts, kind: str, create: bool) -> bool:
        entity = self.match(parts, kind, start)
        if entity is None:
            if not create:
                return False
            entity = self.new(kind, named=True)
        self.mention(entity, start, end, parts)
        self.written[(start, end)] = parts.name
        return True


def _other_full_name(name: str, forms: Iterable[str]) -> bool:
    """A full name of the entity whose first name does not fit ``name``'s ("Tom Okafor" / "Ada Okafor")."""
    if len(name.split()) < 2:
        return False
    return any(len(f.split()) > 1 and not name_match.same_person(name, f) for f in forms)


def _kind_of(source: Source, parts: names.NameParts, words: list[Word]) -> str | None:
    """The source's kind, from the extractor, a title in the mention, or NER; None when unknown."""
    person_ner = "PERSON" in {ner_label(w) for w in words}
    if source.kind == "document" and (parts.person or person_ner) and names.document_author(source.mention):
        return PERSON  # "a study by economist Priya Raman": the author is the one later mentions name
    if source.kind in ORG_KINDS or source.kind == PERSON:
        return source.kind
    if parts.person or person_ner:
        return PERSON
    return None


def _runs(sentence: Sentence) -> list[tuple[int, int, int]]:
    """Proper-noun runs as word indices (k, i, j): titles and places from k, the names from i to j."""
    words = sentence.words
    out = []
    i = 0
    while i < len(words):
        if words[i].upos != "PROPN":
            i += 1
            continue
        j = i
        while j + 1 < len(words) and (words[j + 1].upos == "PROPN" or _hyphenated(words, j)):
            j += 1 if words[j + 1].upos == "PROPN" else 2
        k = i
        after_possessive = False
        while k > 0 and i - k < 6:
            prev = words[k - 1]
            if prev.text in POSSESSIVE_MARKS and k > 1 and words[k - 2].upos == "PROPN":
                k -= 2
                after_possessive = True
            elif (
                _title_before(prev, words[k])
                or (prev.text[:1].isupper() and prev.upos == "ADJ")
                or (after_possessive and prev.upos == "PROPN")
            ):
                k -= 1
            else:
                break
        out.append((k, i, j))
        i = j + 1
    return out


def _title_before(prev: Word, nxt: Word) -> bool:
    """``prev`` is a title, or part of one before another title word ("Prime" of "Prime Minister");
    "State" of "Bay State Ferries" is not."""
    low = prev.text.lower()
    if low in names.whole_titles():
        return True
    return low in names.title_words() and nxt.text.lower() in names.title_words()


def _hyphenated(words: tuple[Word, ...], j: int) -> bool:
    """words[j] - words[j+2] written without blanks: "Yong-hyun" split by the tokenizer."""
    return (
        j + 2 < len(words)
        and words[j + 1].text in ("-", "‐")
        and words[j].end == words[j + 1].start
        and words[j + 1].end == words[j + 2].start
        and words[j + 2].text[:1].isalpha()
    )


_ARTICLES = frozenset({"a", "an", "the"})


def _appositive_end(sentence: Sentence, j: int) -> int:
    """The last word of a description set off by commas right after the name ending at word j
    ("..., the veteran investor, ..."): a determiner, then up to eight words without a verb, with a
    noun, closed by a comma or the sentence's end. j itself when there is none."""
    words = sentence.words
    if j + 2 >= len(words) or words[j + 1].text != "," or words[j + 2].text.lower() not in _ARTICLES:
        return j
    for m in range(j + 3, min(len(words), j + 11)):
        w = words[m]
        if w.text in (",", ".", ";") or m == len(words) - 1:
            end = m - 1 if w.upos == "PUNCT" else m
            return end if any(x.upos == "NOUN" for x in words[j + 3 : end + 1]) else j
        if w.upos in ("VERB", "AUX", "PRON") or w.text in ("(", "—", "–", "-", "''", "“", '"'):
            return j
    return j


def _run_label(run: list[Word]) -> str:
    labels = {ner_label(w) for w in run}
    return next((label for label in ("PERSON", "ORG", "GPE") if label in labels), "")


def _text_runs(doc: Doc, parsed: ParsedArticle) -> list[tuple[int, int, str, names.NameParts, bool]]:
    """Proper-noun runs with the titles and places before them: (start, end, kind, parts, known kind).

    The weak NER often tags places as persons, so a run's label is the majority label of every run
    in the article ending in the same word ("Ukraine" tagged PER once and LOC twice is no person).
    """
    # body only: a title-case headline misleads the tagger and NER ("Zelensky" as an organisation)
    body = [s for s in parsed.sentences if parsed.in_body(s.index)]
    runs = [(s, k, i, j) for s in body for k, i, j in _runs(s)]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for s, _k, i, j in runs:
        votes[s.words[j].text.lower()][_run_label(list(s.words[i : j + 1]))] += 1
    out = []
    for s, k, i, j in runs:
        run = list(s.words[i : j + 1])
        counts = votes[s.words[j].text.lower()]
        ranked = [(n, label) for label, n in counts.most_common() if label]
        label = ranked[0][1] if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else ""
        if label and counts[label] * 2 < sum(counts.values()):  # mostly untagged: no evidence
            label = ""
        if label == "PERSON" and not any(w.deprel.startswith(_PERSON_ROLES) for w in run):
            label = ""  # "of North Koreans": a person by NER alone must be a subject or possessor
        ner_kind = _NER_KIND.get(label)
        text = doc.text[s.words[k].start : s.words[j].end]
        parts = names.split_name(text, ner_kind, not_names=_not_names(list(s.words[k : j + 1])))
        # the head of an appositive describes the person ("Marta L. Voss, the veteran investor"),
        # for a later "the investor"; it does not change the name or its kind
        last = _appositive_end(s, j)
        if last > j:
            appositive = names.tokenize(doc.text[s.words[j + 2].start : s.words[last].end])
            parts = replace(parts, heads=parts.heads + tuple(names.description_heads(appositive)))
        kind = ner_kind or (PERSON if parts.person else "unknown")
        if parts.name:
            out.append((s.words[k].start, s.words[j].end, kind, parts, ner_kind is not None or parts.person))
    return out


def collect_entities(parsed: ParsedArticle, attributions: tuple[Attribution, ...], doc: Doc) -> Builder:
    """Named entities from attribution sources first, then from the parse's proper-noun runs."""
    builder = Builder(doc)
    # (start, end, parts, kind, known kind, must be kept even when it matches nothing)
    named: list[tuple[int, int, names.NameParts, str, bool, bool]] = []
    taken: list[tuple[int, int]] = []
    for a in attributions:
        src = a.source
        if src is None or not src.named or names.is_pronoun(src.mention):
            continue
        words = doc.words(src.start, src.end)
        kind = _kind_of(src, names.split_name(src.mention, src.kind), words)
        if kind is None and names.surname_of_one_person(doc.text, src.mention):
            kind = PERSON  # "Hale denied it", after "The developer, Marcus Hale, 58, …"
        # a document's name is its author's, however the author's kind came out
        as_kind = src.kind if src.kind == "document" else kind or src.kind
        parts = names.split_name(src.mention, as_kind, not_names=_not_names(words))
        if parts.name:
            named.append((src.start, src.end, parts, kind or "unknown", kind is not None, True))
            taken.append((src.start, src.end))
    taken.sort()
    taken_starts = [s for s, _ in taken]
    for start, end, kind, parts, known in _text_runs(doc, parsed):
        wanted = kind in ("person", "organization", "government") or not known
        i = bisect.bisect_left(taken_starts, end)
        if wanted and not any(start < e for _, e in taken[max(0, i - 3) : i]):
            named.append((start, end, parts, kind, known, False))
    named.sort(key=lambda x: x[0])
    for start, end, parts, kind, known, must in named:
        if not known:
            continue
        if must and kind in ORG_KINDS:  # the extractor's kind can be wrong: "Zelenskyy" as government
            as_person = names.split_name(doc.text[start:end], PERSON)
            if as_person.name and builder.add_named(start, end, as_person, PERSON, create=False):
                continue
        builder.add_named(start, end, parts, kind, create=True)
    for start, end, parts, _kind, known, must in named:  # bare names: variants of known entities first
        if known:
            continue
        text = doc.text[start:end]
        matched = any(builder.add_named(start, end, names.split_name(text, k), k, create=False) for k in _TRY)
        if must and not matched:
            builder.add_named(start, end, parts, "unknown", create=True)
    return builder


def ordinal(n: int) -> str:
    return f"sentence {n + 1}"


def latest(builder: Builder, before: int, min_para: int) -> list[tuple[Entity, Mention]]:
    """Entities mentioned before ``before`` in the window, most recent first (one row each)."""
    seen: dict[int, Mention] = {}
    for k in range(bisect.bisect_left(builder.starts, before) - 1, -1, -1):
        m = builder.timeline[k]
        if m.paragraph < min_para:
            break
        seen.setdefault(m.entity, m)
    return [(builder.entities[e], m) for e, m in seen.items()]
