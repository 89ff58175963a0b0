"""Typographic attribution cues: 'Peskov: “…”' (also after a dash in a digest line), transcript speaker
labels ('HARGROVE: …', 'Rep. Jane Doe (R-Texas): …'), interview answers ('A: …'), a headline label
opening the article ('Poll: …'), dash credits after a quotation (“…” ― Name) and the sign-off of an
embedded social-media post ('… — Ana Ruiz (@MayorAnaRuiz) May 3, 2025'). Used by ``auditor.cues``;
``colon_source`` gives ``auditor.sources`` the speaker words of a colon cue. Furniture labels:
colon_labels_not_sources.txt.
"""

from __future__ import annotations

import re

from auditor import lexicon
from auditor.cue_content import inside, quote_after_spaces
from auditor.interview import Answer
from auditor.models import Cue, ParsedArticle, QuoteSpan, Sentence, Word
from auditor.name_shape import person_shaped
from auditor.source_phrase import not_a_hyphen
from auditor.syntax import DASH_CHARS, DASH_WORDS, Tree, sentence_at


def label_words(s: Sentence, colon_start: int) -> list[Word]:
    """The words a colon labels: those before it in its sentence, after the last dash ("POLLS WERE RIGHT
    - Jane Doe: “…”" in a digest), without a parenthesis ("Rep. Jane Doe (R-Texas):") or an opening
    reporting verb ("Said Whitlow:")."""
    out: list[Word] = []
    depth = 0
    for x in s.words:
        if x.end > colon_start:
            break
        depth += x.text == "("
        if depth == 0:
            out.append(x)
        depth -= x.text == ")" and depth > 0
    dash = max((k for k, x in enumerate(out) if x.text in DASH_WORDS and x.upos == "PUNCT"), default=-1)
    out = out[dash + 1 :]
    if len(out) > 1 and out[0].text.lower() in lexicon.table("reporting_verb_forms.txt"):
        out = out[1:]  # "Said Whitlow: “…”": the verb opens the label, the speaker follows it
    return out


def _short_label(words: list[Word]) -> bool:
    """A short verbless phrase with a name or a source noun: 'Peskov', 'More from the report'; or a
    description then a person's name after a comma: 'The library's director, Ruth Okafor'."""
    source_nouns = lexicon.table("source_nouns.txt")
    tail = _after_last_comma(words)
    named = len(tail) < len(words) - 1 and person_shaped([x.text for x in tail])  # words before a comma
    return (
        0 < len(words) <= (10 if named else 6)
        and not any(x.upos in {"VERB", "AUX"} for x in words)
        and any(x.upos == "PROPN" or x.text.lower() in source_nouns for x in words)
        and words[0].text.lower() not in lexicon.words("colon_labels_not_sources.txt")
    )


def colon_cues(
    parsed: ParsedArticle, s: Sentence, tree: Tree, quotes: tuple[QuoteSpan, ...], taken: list[Cue]
) -> list[Cue]:
    """'Peskov: “…”' — a short verbless name phrase, a colon, then a quotation; also a short clause whose
    subject is a name ("Delgado was blunt: “…”", "Kasich resisted: “…”"), even after a question put to
    the speaker ("Asked about X, Delgado was blunt: “…”"). (A name ending a longer lead-in, "... by the
    Post's Jane Doe: “…”", was tried: mostly bylines and addressees, 2 of 18 right.)"""
    text = parsed.article.text
    questions = lexicon.words("question_cues.txt")  # "Asked about X, Delgado was blunt: “…”"
    out = []
    for w in s.words:
        if w.text != ":" or inside(quotes, w.start, w.end):
            continue
        if quote_after_spaces(text, w.end, quotes) is None:
            continue
        # a cue earlier in the sentence says who speaks, unless a dash ends its clause first ("Okafor
        # warned of delays - Jane Doe: “…”" in a digest line: the label after the dash is the quotation's)
        dash = max(
            (x.end for x in s.words if x.text in DASH_WORDS and not_a_hyphen(x, text) and x.end <= w.start),
            default=0,
        )
        if any(
            dash <= c.start < w.start and c.sentence == s.index and c.lemma not in questions for c in taken
        ):
            continue
        label = label_words(s, w.start)
        clause = _speaker_clause(_after_last_comma(label))
        if not _short_label(label) and not clause:
            continue
        out.append(
            Cue(
                start=w.start,
                end=w.end,
                text=":",
                kind="colon",
                lemma=":",
                sentence=s.index,
                head=w.index,
                rule="colon after a short name phrase, followed by a quotation"
                if not clause
                else "colon after a short clause about a named speaker, followed by a quotation",
            )
        )
    return out


def colon_source(tree: Tree, cue: Cue) -> list[Word]:
    """The words naming the speaker of a colon cue (see ``label_words``); for a clause ("Delgado was
    blunt:"), its subject."""
    label = label_words(tree.sentence, cue.start)
    return _speaker_clause(_after_last_comma(label)) or label


def _after_last_comma(words: list[Word]) -> list[Word]:
    """The words after the last comma (all of them when there is none)."""
    comma = max((k for k, x in enumerate(words) if x.text == ","), default=-1)
    return words[comma + 1 :]


def _speaker_clause(words: list[Word]) -> list[Word]:
    """The subject of a short clause about a named speaker before a colon ("Delgado was blunt:", "Ruiz
    had a warning:"): a name the clause's verb or predicate has as its subject; [] otherwise."""
    if not 1 < len(words) <= 6 or not any(x.upos in {"VERB", "AUX"} for x in words):
        return []
    if words[0].text.lower() in ("he", "she", "they") and words[0].deprel.startswith("nsubj"):
        return words[:1]  # "She was blunt:"
    run: list[Word] = []
    for x in words:  # the name opening the clause
        if x.upos != "PROPN":
            break
        run.append(x)
    if len(run) == len(words) or not any(x.deprel in ("nsubj", "nsubj:pass") for x in run):
        return []
    return run


LABEL = re.compile(r"\s*[\"“]?\s*((?:[A-Z][\w.'’-]*\s?){1,3})(\s*\([^()\n]{1,30}\))?\s?:(?:\s|(?=[\"“‘']))")


HEADLINE = re.compile(r"\s*([A-Z][^:,;\n]{0,60}?)\s?:\s")


def label_cue(parsed: ParsedArticle, s: Sentence, quotes: tuple[QuoteSpan, ...]) -> Cue | None:
    """A speaker label at a paragraph start: 'HARGROVE: Let's start ...', 'Rep. Jane Doe (R-Texas):"…"' (a
    mark may precede); in the article's first sentence also a headline label ('Poll: Ruiz leads ...')."""
    text = parsed.article.text
    seg = parsed.article.segments[s.paragraph]
    head = text[seg.start : seg.end]
    m = LABEL.match(head)
    if m is None and s.index == 0:  # "Ruiz camp: ...", "Former AG Jane Doe at the convention: ..."
        m = HEADLINE.match(head)
    if m is None or seg.start + m.start(1) < s.start or seg.start + m.end(1) > s.end:
        return None
    label = m.group(1).strip()
    if label.lower() in lexicon.words("colon_labels_not_sources.txt"):
        return None
    colon = seg.start + head.index(":", m.end(1))
    tree = Tree(s)
    words = [w for w in s.words if seg.start + m.start(1) <= w.start and w.end <= seg.start + m.end(1)]
    names = all(w.text.isupper() or w.upos == "PROPN" for w in words if w.text.isalpha()) or (
        all(w.text[:1].isupper() for w in words) and _named_elsewhere(parsed, words[-1].text)
    )  # "Hargrove:" tagged as a noun here, a proper noun elsewhere in the transcript
    speaker = label_words(s, colon)  # after a kicker and dash: "EXCLUSIVE – Jane Doe:"
    headline = s.index == 0 and (
        all(w.text[:1].isupper() for w in words if w.text.isalpha())
        or (
            len(speaker) <= 6
            and any(w.upos == "PROPN" for w in speaker)
            and not any(w.upos in {"VERB", "AUX"} for w in speaker)
        )
    )
    if not words or not speaker or not (names or headline):
        return None
    if speaker[0].text.lower() in lexicon.words("colon_labels_not_sources.txt"):
        return None
    why = _not_a_statement(text[colon + 1 : s.end if headline else seg.end], words)
    if why:
        return None
    word = tree.at_offset(colon)
    return Cue(
        start=colon,
        end=colon + 1,
        text=":",
        kind="colon",
        lemma=":",
        sentence=s.index,
        head=word.index if word else 0,
        rule=f"speaker label '{label}:' at the start of "
        + ("the article (a headline)" if headline and not names else "a paragraph"),
    )


def answer_cue(parsed: ParsedArticle, s: Sentence, answer: Answer) -> Cue:
    """The colon closing an interview's answer label ("A: We will pass the bill."), as a colon cue."""
    word = Tree(s).at_offset(answer.colon)
    return Cue(
        start=answer.colon,
        end=answer.colon + 1,
        text=parsed.article.text[answer.colon],
        kind="colon",
        lemma=":",
        sentence=s.index,
        head=word.index if word else 0,
        rule=f"answer label '{answer.label}:' in a question-and-answer interview",
    )


def _named_elsewhere(parsed: ParsedArticle, name: str) -> bool:
    return any(w.text == name and w.upos == "PROPN" for x in parsed.sentences for w in x.words)


def _not_a_statement(rest: str, label: list[Word]) -> str | None:
    """Why what follows a label is no statement, or None: a score or tally ("Ruiz: 1,204."), a few
    words of a list ("Okafor: Finish second."), a list of names ("Millbrook: Tom Reyes, Ana Ruiz, ...")."""
    first = rest.strip().split("\n", 1)[0]
    words = re.findall(r"[\w'’-]+", first)
    if sum(w.isalpha() for w in words) <= 1 and any(c.isdigit() for c in first):
        return "a number"  # "1,204.", "58 to 31"; not "3 battleground races are tight"
    caps = any(w.text.isupper() and len(w.text) > 1 for w in label)  # a transcript: "SMITH: Why not?"
    if len(words) <= 3 and not caps and not re.search(r"[\"“‘]", first):
        return "too short"
    if first.count(",") >= 3 and all(x[:1].isupper() for x in words):
        return "a list of names"
    return None


def dash_cues(parsed: ParsedArticle, quotes: tuple[QuoteSpan, ...]) -> list[Cue]:
    """“…” ― Name: a dash right after a closing quotation mark, then a short name phrase or a handle."""
    text = parsed.article.text
    out = []
    for q in quotes:
        if q.close_mark is None:
            continue
        # a name, or a social-media handle ("– @MayorAnaRuiz")
        m = re.match(
            rf"[ \t]*([{DASH_CHARS}])[ \t]*((?:@\w|[A-Z])[^\n“\"]{{0,60}})", text[q.end : q.end + 80]
        )
        m = m or sign_off_line(text[q.end : q.end + 90])
        if m is None or len(m.group(2).split()) > 8:
            continue
        start = q.end + m.start(1)
        sent = sentence_at(parsed, start)
        if sent is None:
            continue
        out.append(_mark_cue(text, sent, start, "dash", "dash credit right after a quotation"))
    return out


def sign_off_line(after: str) -> re.Match[str] | None:
    """A paragraph of a dash and a name alone, right after a paragraph that ends with a quotation:
    "- Dana Whitlow." or "-Mayor Ruiz, speaking after the vote." (plain-text copy uses a hyphen). A
    heading set off by dashes ("– Ready to rebuild –.") or a lower-case phrase is not a name, and an
    agency ("- Reuters.") credits the article, not the quotation."""
    m = re.match(rf"[ \t]*\n\s*([-{DASH_CHARS}])[ \t]*((?:@\w|[A-Z])[^\n“\"]{{0,60}})[ \t]*(?:\n|$)", after)
    if m is None or m.group(2).rstrip(". ").endswith(tuple(DASH_CHARS + "-")):
        return None
    name = m.group(2).split(",")[0].split()
    if " ".join(name).rstrip(".").lower().removeprefix("the ") in lexicon.words("media_outlets.txt"):
        return None
    return m if all(w[:1].isupper() or w[:1] == "@" for w in name) and len(name) <= 5 else None


def _mark_cue(text: str, s: Sentence, start: int, lemma: str, rule: str) -> Cue:
    """A one-character cue of kind "other" on a mark (a dash credit, a post's sign-off)."""
    word = Tree(s).at_offset(start)
    return Cue(
        start=start,
        end=start + 1,
        text=text[start],
        kind="other",
        lemma=lemma,
        sentence=s.index,
        head=word.index if word else 0,
        rule=rule,
    )


# The text a page keeps of an embedded post ends "— Display Name (@handle) Month D, YYYY": the
# platform's own sign-off, so the paragraph before it is the account's words, not the outlet's.
EMBED_SIGNOFF = re.compile(
    rf"[{DASH_CHARS}][ \t]*(?P<name>[^\n(){DASH_CHARS}]{{1,60}}?)[ \t]*\(@(?P<handle>\w{{1,30}})\)"
    r"[ \t]*(?P<date>[A-Z][a-z]{2,9}\.? \d{1,2}, \d{4})"
)


def embed_cues(parsed: ParsedArticle) -> list[Cue]:
    """'… — Ana Ruiz (@MayorAnaRuiz) May 3, 2025': the sign-off of an embedded post in a paragraph."""
    text = parsed.article.text
    out = []
    for s in parsed.sentences:
        if not parsed.in_body(s.index):
            continue
        for m in EMBED_SIGNOFF.finditer(text, s.start, s.end):
            rule = f"sign-off of an embedded post by @{m.group('handle')} ({m.group('date')})"
            out.append(_mark_cue(text, s, m.start(), "embed", rule))
    return out


def embed_parts(text: str, para_start: int, cue: Cue) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The account's name and the post's words of an embed cue, as (start, end) offsets: the name up to
    the handle, the words from the paragraph start (after any leftover markup tag) to the dash, less a
    trailing link to the post's media ("pic.twitter.com/…", "https://t.co/…")."""
    m = EMBED_SIGNOFF.match(text, cue.start)
    if m is None:
        return None
    body = text[para_start : cue.start]
    lead = re.match(r"\s*(?:<[^<>\n]{0,300}>\s*)*", body)
    start = para_start + (lead.end() if lead else 0)
    words = re.sub(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$", "", text[start : cue.start])
    end = start + len(words.rstrip())
    if end <= start:
        return None
    return (m.start("name"), m.end("name")), (start, end)
