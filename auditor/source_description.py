"""Grow a source name over the description the writer set off with commas: an apposition ("Nora Haldane,
a veteran pollster"), an age and hometown ("Whitlow, 69, of Port Alder,") or a relative clause ("Two
members of the city council, who spoke on condition of anonymity because they were not authorised to
discuss it,"), but not one that reports a claim of its own (``source_mend.reports_claim``).

The reader names the source with its description, and the anonymity findings read it. Before the verb the
description runs to the comma that closes it ("X, who ..., said"); after the verb (inversions: "said X, a
pollster who ...") it runs to the end of the sentence. Segments starting with a participle (", referring
to ...", ", speaking on condition of anonymity,"), a preposition, a conjunction or an adverb are not part
of it, nor is anything inside a quotation. ``parenthetical_speaker`` finds a speaker set off by commas
right before a verb without a subject ("..., Martin L. Haldane Jr., the director of the port board, said").
"""

from __future__ import annotations

import itertools

from auditor import lexicon
from auditor.anonymity_mention import intro_re
from auditor.models import Word
from auditor.source_mend import reports_claim
from auditor.source_phrase import RELATIVE, head_of, is_relative, source_nouns, trim_words
from auditor.source_surface import surface_np_left
from auditor.syntax import CLOSING_QUOTES, POSSESSIVE_S, QUOTE_MARKS, Tree
from auditor.verb_lexicon import verb_lemma

OPENERS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
MAX_WORDS = 40
RESTRICTIVE_WORDS = 12
OF_LINKS = frozenset({"of", "for", "at"})
BODIES = frozenset({"organization", "government", "media"})


def _segments(words: list[Word]) -> list[list[Word]]:
    """Split a run of words at top-level commas (not inside parentheses)."""
    out: list[list[Word]] = [[]]
    depth = 0
    for w in words:
        depth += (w.text == "(") - (w.text == ")")
        if w.text == "," and depth <= 0:
            out.append([])
        else:
            out[-1].append(w)
    return out


def _opens_description(seg: list[Word]) -> bool:
    if not seg:
        return False
    first = seg[0]
    if first.lemma.lower() in RELATIVE - {"that"} or first.text.lower() in ("whose", "including"):
        return True  # "Six newspapers, including the Asbury Park Press, said": the members named
    if first.upos not in OPENERS or (first.text.lower().endswith("ing") and first.upos != "DET"):
        return False  # ", echoing remarks from last week": a participle the tagger may call a noun
    # an apposition is a noun phrase: it holds a noun before any verb ("a Democratic pollster")
    for w in seg:
        if w.upos in {"NOUN", "PROPN", "NUM"} or w.text.lower() in source_nouns():
            return True
        if w.upos in {"VERB", "AUX", "ADP", "SCONJ"}:
            return False
    return False


def _hometown(prev: list[Word], seg: list[Word]) -> bool:
    """ "Whitlow, 55, of Port Alder": after an age, "of" or "from" and a place name is part of the
    description (the newsroom's name, age, hometown), though a preposition opens no other segment."""
    age = len(prev) == 1 and prev[0].upos == "NUM" and prev[0].text.isdigit()
    return age and len(seg) > 1 and seg[0].text.lower() in ("of", "from") and seg[1].upos == "PROPN"


def _finite(tree: Tree, verb: Word) -> bool:
    """The reporting verb is finite ("say", "said", "has said"): the words before it end its subject, whereas
    after "Ruiz continued" a verb of its own is subordinate ("continued, saying", "declined to say")."""
    prev = tree.word(verb.index - 1)
    if prev is not None and prev.upos == "PART":
        return False
    return (verb.xpos or "") not in ("VBG", "VBN") or (prev is not None and prev.upos == "AUX")


def restrictive(tree: Tree, gap: list[Word], participle_only: bool = False) -> bool:
    """Words after a noun that restrict it without commas: a participle phrase ("briefed on the talks",
    "released Tuesday"), an adjective with its preposition ("familiar with", "privy to"), or a relative
    clause with a verb of its own ("who attended the meeting"). Not a finite verb with its object
    ("urged Congress to"), nor a bare "who" (then the verb is the relative clause's own)."""
    first = gap[0]
    second = gap[1] if len(gap) > 1 else None
    if first.text.lower() == "that" and (second is None or second.upos not in {"VERB", "AUX", "ADV"}):
        return False  # "warned the council that he was a risk": a complement clause
    if is_relative(first) or first.text.lower() == "whose":
        return any(w.upos in {"VERB", "AUX"} for w in gap[1:])
    text = " ".join(w.text for w in gap)
    intro = intro_re().match(text)
    if intro is not None and (" " in intro.group(0) or intro.group(0).lower() in ("within", "inside")):
        return True  # "familiar with", "privy to", "close to" (anonymity_descriptors.txt); a bare "in"
        # or "with" may open an adjunct instead ("Ruiz in a speech said")
    tag = first.xpos or ""
    tags = ("VBN",) if participle_only else ("VBN", "VBD")
    if first.upos != "VERB" or tag not in tags or not first.text.lower().endswith(("ed", "en")):
        return False
    inside = {w.index for w in gap}
    if any(c.index in inside for c in tree.children(first.index, "obj", "iobj", "ccomp", "xcomp")) or any(
        w.upos == "PART" for w in gap
    ):
        return False  # "urged Congress to", "briefed reporters": a main verb, not a modifier
    times = lexicon.words("time_words.txt")
    # a passive participle: a preposition, a time word or nothing after it ("filed Thursday")
    return second is None or second.upos in {"ADP", "ADV"} or second.text.lower() in times


def _describable(words: list[Word]) -> bool:
    """A name or a source-noun phrase can carry a description; a pronoun or a clause cannot."""
    last = words[-1]
    if last.upos == "PRON":
        return False
    return any(w.upos == "PROPN" or w.text.lower() in source_nouns() for w in words) or last.upos == "NOUN"


def _intro_before(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """The source noun phrase a parse error cut off before "close to"/"familiar with" ("people close to
    him said": the parser made "him" the subject): that phrase, the intro and ``words``; else nothing."""
    for k in (1, 2, 3):
        intro = [w for w in tree.words if words[0].index - k <= w.index < words[0].index]
        if len(intro) != k or any(w.index in stop or w.upos == "PUNCT" for w in intro):
            return []
        found = intro_re().fullmatch(" ".join(w.text for w in intro))
        if found is None or " " not in found.group(0):
            continue
        left = [w for w in surface_np_left(tree, intro[0].index) if w.index not in stop]
        if left and left[-1].index == intro[0].index - 1 and left[-1].upos in {"NOUN", "PROPN"}:
            return [*left, *intro, *words]
    return []


def names_body(words: list[Word]) -> bool:
    """The phrase after "of"/"for"/"at" names where a source works ("the union", "the Harbor Institute"),
    not what was spoken of ("said Smith of the proposal")."""
    return any(w.upos == "PROPN" or source_nouns().get(w.text.lower()) in BODIES for w in words)


def _restrictive_after(tree: Tree, words: list[Word], stop: set[int]) -> list[Word]:
    """In an inversion ("said Robert Smith of the union.", "said one official familiar with the talks,"),
    the restrictive modifier after the name, up to a comma or the sentence's end; else nothing."""
    rest: list[Word] = []
    for w in tree.words:
        if w.index <= words[-1].index:
            continue
        if w.upos == "PUNCT" and w.text not in ("-", *POSSESSIVE_S):
            break
        rest.append(w)
    end = tree.word(rest[-1].index + 1) if rest else None
    if (
        not rest
        or end is None
        or end.text in QUOTE_MARKS
        or len(rest) > RESTRICTIVE_WORDS
        or any(w.index in stop or w.upos in {"CCONJ", "PART"} for w in rest)
    ):
        return []
    if rest[0].lemma.lower() in OF_LINKS:  # "of the union", "for the Tax Policy Center": a named body
        return rest if names_body(rest[1:]) and not any(w.upos in {"VERB", "AUX"} for w in rest) else []
    joined = intro_re().match(" ".join(w.text for w in [words[-1], *rest]))
    if joined is not None and " " in joined.group(0):
        return rest  # the parse kept the adjective: "one official familiar" + "with the talks"
    # a past tense here is more often a verb of its own ("Noting that X voted with Y")
    return rest if restrictive(tree, rest, participle_only=True) else []


def extend_description(tree: Tree, words: list[Word], verb: Word, stop: set[int]) -> list[Word]:
    """``words`` plus the comma-set description that follows them (see the module docstring)."""
    first_verb = tree.word(verb.head) if verb.deprel == "conj" else None
    following = tree.word(words[-1].index + 1) if words else None
    set_off = following is not None and following.text == ","
    if first_verb is not None and set_off and words[-1].index < first_verb.index < verb.index:
        verb = first_verb  # "Emineth, a former chairman, became a delegate and said": up to "became"
    if words and (longer := _intro_before(tree, words, stop | {verb.index})):
        words = longer
    if not words or not _describable(words):
        return words
    nxt = tree.word(words[-1].index + 1)
    if nxt is not None and nxt.text != "," and words[0].index > verb.index:
        rest = _restrictive_after(tree, words, stop)
        if rest:
            return extend_description(tree, [*words, *rest], verb, stop)
    if nxt is not None and nxt.index < verb.index:
        # "The audit published Tuesday showed", "People briefed on the talks say", "Sources privy to the
        # negotiations say", "Members who attended the meeting said": a restrictive modifier (no commas)
        # runs up to the verb, and the reader names the source with it
        between = [w for w in tree.words if words[-1].index < w.index < verb.index]
        while between and between[-1].upos in {"ADV", "AUX", "PART"}:
            between = between[:-1]  # "People briefed on it have also said"
        if (
            between
            and len(between) <= RESTRICTIVE_WORDS
            and not any(w.upos in {"PUNCT", "CCONJ", "PART"} or w.index in stop for w in between)
            and between[-1].upos not in {"ADP", "SCONJ"}
            and not is_relative(between[-1])
            and _finite(tree, verb)
            and restrictive(tree, between)
        ):
            return [*words, *between]
    of = nxt is not None and nxt.lemma.lower() == "of" and nxt.index < verb.index
    # the parser also takes the description for a conjunct ("Rashad Kemp, Color/conj of Change's
    # executive director, said"), but only a comma, no "and", stands before it
    comma_conj = words[-1].deprel == "conj" and not any(w.upos == "CCONJ" for w in words)
    if of and (words[-1].deprel == "appos" or comma_conj):
        # "Maria Lopez, head of/obl the Harbor Tenants Union, said": the parser hung the rest of the
        # description on the verb; it runs to the comma before the verb
        between = [w for w in tree.words if words[-1].index < w.index < verb.index]
        while between and between[-1].upos in {"ADV", "AUX", "PART"}:
            between = between[:-1]  # "…, then said", "…, has said"
        if (
            between
            and between[-1].text == ","
            and len(between) <= MAX_WORDS
            and not any(w.upos in {"VERB", "AUX"} or w.index in stop for w in between)
        ):
            return [*words, *between[:-1]]
    if nxt is None or nxt.text != ",":
        return words
    if words[-1].index < verb.index:
        between = [w for w in tree.words if words[-1].index < w.index < verb.index]
        while between and between[-1].upos in {"ADV", "AUX", "PART"}:
            between = between[:-1]  # "X, a pollster, also said", "X, who ..., has said"
        if len(between) < 3 or between[-1].text != "," or len(between) > MAX_WORDS:
            return words
        inner = between[1:-1]
        if any(w.index in stop or w.text in ('"', "“", "”", "''") for w in inner):
            return words
        segs = _segments(inner)
        if not _opens_description(segs[0]) or any(reports_claim(tree, seg) for seg in segs):
            return words
        for prev, seg in itertools.pairwise(segs):
            if not (_opens_description(seg) or (prev[:1] and is_relative(prev[0])) or _hometown(prev, seg)):
                return words  # a clause between subject and verb that is not all description
        return [*words, *between[:-1]]
    after = [w for w in tree.words if w.index > words[-1].index]
    out = list(words)
    run: list[Word] = []
    before_last = tree.word(out[-1].index - 1)
    # the age may already be in the phrase ("said Driscoll, 24," read by source_after)
    prev = [out[-1]] if before_last is not None and before_last.text == "," else []
    for seg in _segments(after[1:]):
        clean = [w for w in seg if w.upos != "PUNCT" or w.text in ("(", ")", "-", *POSSESSIVE_S)]
        if not clean:
            break
        if not (_opens_description(seg) or _hometown(prev, seg)) or _clause(seg) or reports_claim(tree, seg):
            break
        prev = seg
        if any(w.index in stop or w.text in ('"', "“", "”", "''") for w in seg):
            break
        if len(out) + len(run) + len(seg) > MAX_WORDS:
            break
        comma = tree.word(seg[0].index - 1)
        run = [*run, *([comma] if comma is not None else []), *seg]
    while run and run[-1].upos == "PUNCT" and run[-1].text != ")":
        run.pop()
    return out + run


def _clause(seg: list[Word]) -> bool:
    """The sentence's main clause, not a description ("As reported by the Ledger, investigators found …")."""
    return any(w.deprel == "root" and w.upos in {"VERB", "AUX"} for w in seg)


def _first_comma(words: list[Word], after: int) -> int:
    return next((w.index for w in words if w.index > after and w.text == ","), 0)


def appositive_subject(tree: Tree, verb: Word, stop: set[int], text: str) -> list[Word]:
    """Surface subject "NAME, <description>, (has) VERB" when the parse lost it: a short name or source-noun
    phrase opening the sentence (or following a quote), then comma-set descriptions up to the verb
    ("Okafor, who has sent letters on her behalf, said", "Reyes, a former mayor, is labeling")."""
    k = verb.index - 1
    while (w := tree.word(k)) is not None and w.upos in {"AUX", "ADV", "PART"}:
        k -= 1
    comma = tree.word(k)
    titled = title_before(tree, comma)
    comma = tree.word(titled[-1].index - 1) if titled else comma
    if comma is None or comma.text != ",":
        return []
    before = [w for w in tree.words if w.index < comma.index]
    # a title's marks are no boundary, nor are other titles' before it ("starred in “Parks” and “Veep,”")
    inner = set(range(titled[0].index, titled[-1].index + 1)) if titled else set()
    marks = set() if titled else {w.index for w in before if w.text in QUOTE_MARKS}
    boundary = max([w.index for w in before if w.index in (stop | marks) - inner], default=0)
    raw = [w for w in before if w.index > boundary and w.upos not in {"PUNCT", "CCONJ"}]
    words = trim_words([w for w in before if w.index > boundary], text)  # drops "In October,"
    if not raw or not words or words[0].upos not in OPENERS or len(raw) > MAX_WORDS:
        return _name_before_relative(tree, before, boundary, comma)
    if raw[0].upos in {"ADP", "SCONJ"} and words[0].index <= _first_comma(before, boundary):
        return []  # "In Millbrook, where ..., exit polls suggested": an opening phrase, not a name
    segs = _segments(words)
    first = segs[0]
    if not _names(first) or len(first) > 6 or any(w.upos in {"VERB", "AUX"} for w in first):
        return _name_before_relative(tree, before, boundary, comma)
    last = first[-1]
    for prev, seg in itertools.pairwise(segs):
        # a relative clause may run on past a comma ("who, in the past, said"), but not into a new
        # predicate ("who wasn't present, has softened her criticism")
        run_on = prev[:1] and is_relative(prev[0]) and not any(w.upos in {"VERB", "AUX"} for w in seg)
        if not (_opens_description(seg) or run_on):
            break
        last = seg[-1] if seg else last
    out = [w for w in words if w.index <= last.index]
    if titled and out and out[-1].index + 1 == comma.index:
        out += [comma, titled[-1]]  # "star of “Scandal,”": the closing quote after the comma
    return out


def title_before(tree: Tree, mark: Word | None) -> list[Word]:
    """ "Washington, star of television’s “Scandal,” thanked": American punctuation puts the comma inside
    a closing title's quotation marks; returns the opening mark and the closing one when ``mark`` closes
    such a short title (at most six words) inside a phrase, else empty."""
    comma = tree.word(mark.index - 1) if mark is not None else None
    if mark is None or mark.text not in CLOSING_QUOTES or comma is None or comma.text != ",":
        return []
    opening = next((w for w in reversed(tree.words) if w.index < comma.index and w.text in QUOTE_MARKS), None)
    if opening is None or not 0 < comma.index - opening.index - 1 <= 6:
        return []
    prev = tree.word(opening.index - 1)  # inside a phrase: not '"Meh," wrote a supporter'
    return [opening, mark] if prev is not None and prev.upos != "PUNCT" else []


def _names(words: list[Word]) -> list[Word]:
    """Names and source nouns; a name the tagger called a noun still carries its entity tag
    ("Okafor/NOUN/S-PERSON")."""
    return [
        w for w in words if w.upos == "PROPN" or w.text.lower() in source_nouns() or (w.ner or "O") != "O"
    ]


def _name_before_relative(tree: Tree, before: list[Word], boundary: int, comma: Word) -> list[Word]:
    """ "It was three years ago that Tom Reyes, who is thinking about running, said", "Now Haldane,
    who helped lead fundraising, has agreed": a name right before a "who" clause set off by commas up
    to the verb's ``comma``, when the sentence does not open with the name."""
    opening = next((w for w in reversed(before) if w.index > boundary and w.text == ","), None)
    rel = tree.word(opening.index + 1) if opening is not None else None
    if opening is None or rel is None or rel.lemma.lower() not in ("who", "whom"):
        return []
    if comma.index - opening.index > MAX_WORDS:
        return []
    name = [w for w in surface_np_left(tree, opening.index) if w.index > boundary]
    if not name or not any(w.upos == "PROPN" or (w.ner or "O") != "O" for w in name):
        return []
    return [w for w in before if name[0].index <= w.index]


def is_name_phrase(words: list[Word], head: Word | None) -> bool:
    """The phrase is a name, also one whose surname the tagger called a noun ("Jonah/PROPN Petrakis/NOUN"),
    but not a reporting verb in a title-case headline ("Ruiz Says/NOUN She Never Promised")."""
    if head is None:
        return False
    if head.upos == "PROPN":
        return True
    mistagged = head.text[:1].isupper() and verb_lemma(head) is None
    return mistagged and any(w.upos == "PROPN" for w in words)


def _comma_segment(tree: Tree, comma: int, stop: set[int]) -> list[Word]:
    """The words between the comma at index ``comma`` and the comma before it, when that is a short
    phrase (one to eight words, a noun, no verb) with at least four words before it; else []."""
    words: list[Word] = []
    k = comma
    while (w := tree.word(k - 1)) is not None and w.text != "," and len(words) <= 8:
        words.insert(0, w)
        k -= 1
    opening = tree.word(k - 1)
    if opening is None or opening.text != "," or not 1 <= len(words) <= 8 or opening.index < 5:
        return []
    if any(w.upos in {"VERB", "AUX"} or w.index in stop for w in words):
        return []
    if words[0].upos in {"ADP", "ADV", "SCONJ", "CCONJ"}:
        return []  # "on the other hand", "like several other brothers": an adjunct, not a speaker
    return words if any(w.upos in {"NOUN", "PROPN"} for w in words) else []


def parenthetical_speaker(tree: Tree, verb: Word, stop: set[int]) -> list[Word]:
    """The phrase set off by commas right before a verb with no subject of its own ("the talks will
    resume, the director of the agency, said"), or []. A name and its description set off together
    are one phrase ("a spokeswoman, Clara Moreno Lindqvist," / "Martin L. Haldane Jr., the director of the
    port authority,")."""
    # a subject of its own before it, outside quotations (the parser may take a quoted noun after it)
    if any(
        c.index < verb.index and c.index not in stop for c in tree.children(verb.index, "nsubj", "nsubj:pass")
    ):
        return []
    comma = tree.word(verb.index - 1)
    while comma is not None and comma.upos == "ADV" and comma.index > 1:
        comma = tree.word(comma.index - 1)  # "the campaign chief, Paul Manley, bluntly suggested"
    if comma is None or comma.text != ",":
        return []
    words = _comma_segment(tree, comma.index, stop)
    if not words:
        return []
    before = _comma_segment(tree, words[0].index - 1, stop)
    if before and (
        is_name_phrase(before, head_of(tree, before)) != is_name_phrase(words, head_of(tree, words))
    ):
        return [w for w in tree.words if before[0].index <= w.index <= words[-1].index]
    return words
