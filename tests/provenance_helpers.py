"""Builds small ArticleAudits from plain example text without Stanza, for provenance tests and benchmarks.

A naive splitter cuts paragraphs at newlines and sentences after ., ! or ? (optionally followed by a
closing quote) before an upper-case letter or an opening quote. Sourcing is guessed with two simple
patterns ("<Name Name> said|says|told|...", "according to <Name>"; "a source"/"officials" for
anonymous ones), which is all provenance needs from a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from auditor.models import ArticleAudit, Claim, ClaimCue, Credit, QuoteSpan, Score, Source

_SENT_END = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")
_VERBS = r"(?:said|says|told|stated|confirm(?:s|ed)|claim(?:s|ed)|allege(?:s|d)|reveal(?:s|ed)|added|wrote)"
_NAME = r"(?:[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
_NAMED = re.compile(rf"(?P<name>{_NAME}) (?P<cue>{_VERBS})\b|(?P<cue2>(?i:according to)) (?P<name2>{_NAME})")
_ANON = re.compile(
    rf"(?i)\b(?P<src>(?:an? |the )?(?:anonymous )?(?:sources?|officials?))\b.*?\b(?P<cue>{_VERBS}|say)\b"
)
_QUOTE = re.compile(r"“([^”“\n]*)”|\"([^\"\n]*)\"")
_NOT_NAMES = {"The", "A", "An", "In", "On", "It", "This", "That", "He", "She", "They", "We"}


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``."""
    spans = []
    pos = start
    for m in _SENT_END.finditer(text, start, end):
        stop = m.end() - len(m.group()) + len(m.group().rstrip())
        spans.append((pos, stop))
        pos = m.end()
    if text[pos:end].strip():
        spans.append((pos, pos + len(text[pos:end].rstrip())))
    return spans


def _source(sentence: str, offset: int) -> tuple[str, Source | None, ClaimCue | None]:
    m = _NAMED.search(sentence)
    if m and (m.group("name") or m.group("name2")).lower() not in {
        "officials",
        "sources",
        "official",
        "source",
    }:
        name = m.group("name") or m.group("name2")
        first = name.split(" ", 1)[0]
        if first in _NOT_NAMES:
            name = name.split(" ", 1)[1] if " " in name else ""
        if name:
            s = sentence.index(name, m.start())
            cue = m.group("cue") or m.group("cue2")
            c = sentence.index(cue, m.start())
            return (
                "named",
                Source(
                    start=offset + s,
                    end=offset + s + len(name),
                    mention=name,
                    name=name,
                    kind="person",
                    named=True,
                ),
                ClaimCue(start=offset + c, end=offset + c + len(cue), text=cue),
            )
    a = _ANON.search(sentence)
    if a:
        src = a.group("src")
        return (
            "anonymous",
            Source(
                start=offset + a.start("src"),
                end=offset + a.end("src"),
                mention=src,
                name=src,
                kind="person",
                named=False,
            ),
            ClaimCue(start=offset + a.start("cue"), end=offset + a.end("cue"), text=a.group("cue")),
        )
    return "unattributed", None, None


def make_audit(
    article_id: str,
    body: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | None = None,
    byline: str | None = None,
    credit_lines: Sequence[str] = (),
) -> ArticleAudit:
    """An ArticleAudit for ``title`` + ``body`` + credit lines, offsets into that assembled text."""
    text = ""
    title_span = None
    if title:
        text = title + "\n\n"
        title_span = (0, len(title))
    body_start = len(text)
    text += body.strip()
    credits = []
    for line in credit_lines:
        text += "\n"
        start = len(text)
        text += line
        outlet_match = re.match(_NAME, line)
        credits.append(
            Credit(
                start=start,
                end=start + len(line),
                text=line,
                kind="contributed",
                outlet=outlet_match.group() if outlet_match else None,
            )
        )
    claims = []
    paragraph = 0
    pos = body_start
    body_end = body_start + len(body.strip())
    sentence_spans: list[tuple[int, int, int]] = []
    for para in text[body_start:body_end].split("\n"):
        p_start, p_end = pos, pos + len(para)
        pos = p_end + 1
        if not para.strip():
            continue
        for s, e in split_sentences(text, p_start, p_end):
            sentence_spans.append((s, e, paragraph))
        paragraph += 1
    for n, (s, e, para_index) in enumerate(sentence_spans):
        sentence = text[s:e]
        sourcing, source, cue = _source(sentence, s)
        q = _QUOTE.search(sentence)
        claims.append(
            Claim(
                id=f"c{n + 1}",
                sentence=sentence,
                start=s,
                end=e,
                sentence_index=n,
                paragraph=para_index,
                sourcing=sourcing,  # type: ignore[arg-type]
                source=source,
                cue=cue,
                content=None,
                quote=(q.group(1) or q.group(2)) if q else None,
                reason="test helper",
            )
        )
    quotes = []
    for m in _QUOTE.finditer(text, body_start, body_end):
        g = 1 if m.group(1) is not None else 2
        touched = tuple(n for n, (s, e, _) in enumerate(sentence_spans) if s < m.end() and m.start() < e)
        quotes.append(
            QuoteSpan(
                start=m.start(),
                end=m.end(),
                inner={"start": m.start(g), "end": m.end(g)},  # type: ignore[arg-type]
                text=m.group(g),
                open_mark=text[m.start()],
                close_mark=text[m.end() - 1],
                sentences=touched,
            )
        )
    counts = {k: sum(c.sourcing == k for c in claims) for k in ("named", "anonymous", "unattributed")}
    score = Score(
        score=50,
        claims=len(claims),
        hedged=0,
        anonymous_without_reason=0,
        distinct_named_sources=len({c.source.name for c in claims if c.source and c.source.named}),
        components={},
        **counts,
    )
    return ArticleAudit(
        id=article_id,
        path=None,
        title=title,
        outlet=outlet,
        published=published,
        byline=byline,
        credits=tuple(credits),
        words=len(body.split()),
        score=50,
        score_detail=score,
        claims=tuple(claims),
        quotes=tuple(quotes),
        title_span={"start": title_span[0], "end": title_span[1]} if title_span else None,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- example stories (invented, not the seeds)

MINE_TITLE = "Flooding Halts Output at Northern Copper Mine, Operator Says"
MINE_BODY = "\n".join(
    (
        (
            "Heavy rain flooded the lower levels of the Santa Rosa copper mine in northern Chile on Monday, "
            "forcing the operator to halt production."
        ),
        (
            "Andes Copper chief executive Maria Delgado said the pumps would restore access to the flooded "
            "levels within two weeks."
        ),
        (
            "“We are working around the clock to get the water out and our people back underground,” Delgado"
            " told reporters in Antofagasta."
        ),
        (
            "Three workers were reportedly injured during the evacuation, according to the regional health "
            "service."
        ),
        (
            "A senior mining ministry official told CNN that the government may review safety permits for "
            "the site."
        ),
        (
            "The mine produced about 180,000 tonnes of copper last year, roughly four percent of national "
            "output."
        ),
        "Copper prices rose 2% in London trading after the announcement.",
        "Local union leader Jorge Pinto said the flooding had been predicted by engineers months ago.",
        "“The warnings were ignored, and now the workers pay the price,” Pinto said.",
    )
)

REWRITE_TITLE = "Flooding Halts Output at Northern Copper Mine, Operator Confirms"
REWRITE_BODY = "\n".join(
    (
        (
            "Heavy rains flooded the lower levels of the Santa Rosa copper mine in northern Chile on Monday,"
            " forcing the operator to stop production."
        ),
        "The pumps would restore access to the flooded levels within two weeks, the company added.",
        (
            "“We are working day and night to get the water out and our people back underground,” Delgado "
            "told reporters in Antofagasta."
        ),
        "Three workers were injured during the evacuation, according to the regional health service.",
        (
            "A senior mining ministry official said that the government will review safety permits for the "
            "site."
        ),
        (
            "The mine produced about 180,000 tonnes of copper last year, roughly four percent of the "
            "national output."
        ),
        "Copper prices climbed 2% in London trading after the“>announcement.",
        "“The warnings were ignored,” Pinto said.",
    )
)

SAME_STORY_TITLE = "Chilean Copper Mine Shut After Flood"
SAME_STORY_BODY = "\n".join(
    (
        (
            "Production at the Santa Rosa mine has been suspended after floodwater filled its lower levels "
            "on Monday."
        ),
        (
            "Maria Delgado, who heads Andes Copper, said crews were pumping water out and expected to reopen"
            " the site within a fortnight."
        ),
        "Union official Jorge Pinto accused the company of ignoring warnings about drainage.",
        (
            "Three workers were injured during the evacuation, the regional health service reported on "
            "Tuesday."
        ),
        (
            "Santa Rosa produced about 180,000 tonnes of copper last year, around four percent of national "
            "output."
        ),
        (
            "The Chilean Institute of Hydrology had flagged the drainage risk in a report published in "
            "November."
        ),
    )
)

ELECTION_TITLE = "Chile Election Campaign Enters Final Week"
ELECTION_BODY = "\n".join(
    (
        (
            "Chile's presidential candidates held their final rallies in Santiago on Sunday ahead of next "
            "week's vote."
        ),
        "Polls show the conservative challenger narrowly ahead of the governing coalition's candidate.",
        "Turnout is expected to be high after voting became compulsory again.",
        "Copper prices rose 2% in London trading after the announcement.",
        "Both candidates have promised to raise royalties paid by mining companies in northern Chile.",
        "Election officials said results would be published on Sunday night.",
    )
)

WILDFIRE_TITLE = "Wildfires Force Evacuations Near Valparaiso"
WILDFIRE_BODY = "\n".join(
    (
        "Firefighters battled several wildfires near the Chilean port city of Valparaiso on Saturday.",
        (
            "Strong winds pushed the flames towards hillside neighbourhoods, forcing thousands to leave "
            "their homes."
        ),
        "Interior Minister Carolina Toha said the army would help evacuate residents.",
        "“The next hours are critical,” Toha said at a briefing.",
        "Authorities declared a state of emergency in the region.",
    )
)


def mine_original() -> ArticleAudit:
    return make_audit(
        "mine_wire",
        MINE_BODY,
        title=MINE_TITLE,
        outlet="Wire Service",
        published="2024-03-04",
        byline="Ana Ruiz",
        credit_lines=["Reuters contributed to this article."],
    )


def mine_rewrite() -> ArticleAudit:
    return make_audit(
        "mine_blog", REWRITE_BODY, title=REWRITE_TITLE, outlet="Copy Blog", published="2024-03-05"
    )


def mine_same_story() -> ArticleAudit:
    return make_audit(
        "mine_weekly", SAME_STORY_BODY, title=SAME_STORY_TITLE, outlet="Mining Weekly", published="2024-03-06"
    )


def election() -> ArticleAudit:
    return make_audit(
        "election", ELECTION_BODY, title=ELECTION_TITLE, outlet="Wire Service", published="2024-03-04"
    )


def wildfire() -> ArticleAudit:
    return make_audit(
        "wildfire", WILDFIRE_BODY, title=WILDFIRE_TITLE, outlet="Wire Service", published="2024-03-04"
    )
