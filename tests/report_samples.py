"""Hand-made AuditReports for the report-writing tests (tables, Excel, JSON, schema).

Built from two short made-up versions of one wire story, with offsets computed from the texts so
they point at real evidence. They cover all three sourcing classes, hedges, an anonymous source
with a stated reason, findings of every severity, an input error, an article with no claims,
text that looks like a spreadsheet formula, non-ASCII text, and a full provenance section
(including ``Escalation.from_``, serialised as "from").
"""

from __future__ import annotations

from hypothesis import strategies as st

from auditor.models import (
    AlignedSentence,
    AlteredQuote,
    Anonymity,
    ArticleAudit,
    Attribution,
    AuditReport,
    Claim,
    ClaimCue,
    Credit,
    Cue,
    DroppedAttribution,
    DroppedCredit,
    Escalation,
    Finding,
    InputError,
    Link,
    Provenance,
    QuoteSpan,
    QuoteVariant,
    Score,
    Source,
    SourceSummary,
    Span,
    TextSpan,
    UniqueClaim,
)

WIRE_TEXT = (
    "Zelensky says North Korea is sending troops to Russia\n\n"
    "By Anna Kowalska\n\n"
    "KYIV, Oct 13 (Reuters) - Ukrainian President Volodymyr Zelensky said on Sunday that North Korea "
    "was sending citizens to fight for Russia. "
    "“It is no longer just about transferring weapons,” Zelensky said in a video message. "
    "A source within Ukrainian intelligence, speaking on condition of anonymity because they were not "
    "authorised to brief the media, said a small number of North Koreans had reportedly been killed. "
    "The Kremlin has repeatedly denied the reports. "
    "Ties between Moscow and Pyongyang have grown closer since June.\n\n"
    "Reuters contributed to this article."
)

COPY_TEXT = (
    "North Korea IS sending troops to Russia\n\n"
    '=HYPERLINK("http://example.invalid") Ukrainian President Volodymyr Zelensky confirmed that North Korea '
    "was sending citizens to fight for Russia. "
    "“It is no longer about transferring weapons,” Zelensky said. "
    "A small number of North Koreans have been killed. "
    "Ties between Moscow and Pyongyang have grown closer since June."
)


def _at(text: str, snippet: str) -> tuple[int, int]:
    start = text.index(snippet)
    return start, start + len(snippet)


def _span(text: str, snippet: str) -> TextSpan:
    start, end = _at(text, snippet)
    return TextSpan(start=start, end=end, text=snippet)


def _cue(text: str, snippet: str, after: str) -> ClaimCue:
    """The cue ``snippet`` at its first occurrence after ``after`` (cues like "said" repeat)."""
    start = text.index(snippet, text.index(after))
    return ClaimCue(start=start, end=start + len(snippet), text=snippet)


def _claim(text: str, cid: str, index: int, sentence: str, **fields: object) -> Claim:
    start, end = _at(text, sentence)
    return Claim.model_validate(
        {"id": cid, "sentence": sentence, "start": start, "end": end, "sentence_index": index, **fields}
    )


def _source(text: str, mention: str, name: str, kind: str, named: bool, **fields: object) -> Source:
    start, end = _at(text, mention)
    return Source.model_validate(
        {"start": start, "end": end, "mention": mention, "name": name, "kind": kind, "named": named, **fields}
    )


def _score(claims: tuple[Claim, ...], score: int, distinct: int) -> Score:
    return Score(
        score=score,
        claims=len(claims),
        named=sum(c.sourcing == "named" for c in claims),
        anonymous=sum(c.sourcing == "anonymous" for c in claims),
        unattributed=sum(c.sourcing == "unattributed" for c in claims),
        hedged=sum(c.hedged for c in claims),
        anonymous_without_reason=0,
        distinct_named_sources=distinct,
        components={"named_share": 0.4, "anonymous_penalty": -5.0, "diversity": 12.5},
    )


def wire_audit() -> ArticleAudit:
    t = WIRE_TEXT
    zelensky = _source(t, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", True)
    zelensky_2 = Source(
        start=t.index("Zelensky said in"),
        end=t.index("Zelensky said in") + len("Zelensky"),
        mention="Zelensky",
        name="Volodymyr Zelensky",
        kind="person",
        named=True,
        resolved_from="surname of an earlier full name",
    )
    reason = _span(t, "because they were not authorised to brief the media")
    intel = _source(
        t,
        "A source within Ukrainian intelligence",
        "A source within Ukrainian intelligence",
        "person",
        False,
        anonymity=Anonymity(
            reason=reason,
            anonymity_phrase=_span(t, "speaking on condition of anonymity"),
            description=_span(t, "within Ukrainian intelligence"),
        ),
    )
    s1 = (
        "KYIV, Oct 13 (Reuters) - Ukrainian President Volodymyr Zelensky said on Sunday that North Korea "
        "was sending citizens to fight for Russia."
    )
    s2 = "“It is no longer just about transferring weapons,” Zelensky said in a video message."
    s3 = t[t.index("A source within") : t.index("killed.") + len("killed.")]
    s4 = "The Kremlin has repeatedly denied the reports."
    s5 = "Ties between Moscow and Pyongyang have grown closer since June."
    claims = (
        _claim(
            t,
            "c1",
            0,
            s1,
            paragraph=2,
            sourcing="named",
            source=zelensky,
            cue=_cue(t, "said", s1),
            content=None,
            attribution="a1",
            reason="named person 'Volodymyr Zelensky' with speech verb 'said'",
        ),
        _claim(
            t,
            "c2",
            1,
            s2,
            paragraph=2,
            sourcing="named",
            source=zelensky_2,
            cue=_cue(t, "said", s2),
            content=None,
            quote="It is no longer just about transferring weapons,",
            attribution="a2",
            reason="direct quote credited to 'Zelensky' (resolved to Volodymyr Zelensky)",
        ),
        _claim(
            t,
            "c3",
            2,
            s3,
            paragraph=2,
            sourcing="anonymous",
            source=intel,
            cue=_cue(t, "said", s3),
            content=None,
            hedged=True,
            hedges=(_span(t, "reportedly"),),
            attribution="a3",
            reason="unnamed source 'A source within Ukrainian intelligence'; anonymity reason stated",
        ),
        _claim(
            t,
            "c4",
            3,
            s4,
            paragraph=2,
            sourcing="named",
            source=_source(t, "The Kremlin", "The Kremlin", "government", True),
            cue=_cue(t, "denied", s4),
            content=None,
            attribution="a4",
            reason="government 'The Kremlin' with speech verb 'denied'",
        ),
        _claim(
            t,
            "c5",
            4,
            s5,
            paragraph=2,
            sourcing="unattributed",
            source=None,
            cue=None,
            content=None,
            reason="no attribution cue or source in or around the sentence",
        ),
    )
    sources = (
        SourceSummary(
            name="Volodymyr Zelensky",
            kind="person",
            sourcing="named",
            mentions=("Ukrainian President Volodymyr Zelensky", "Zelensky"),
            claims=2,
            first_start=zelensky.start,
        ),
        SourceSummary(
            name="A source within Ukrainian intelligence",
            kind="person",
            sourcing="anonymous",
            mentions=("A source within Ukrainian intelligence",),
            claims=1,
            first_start=intel.start,
        ),
        SourceSummary(
            name="The Kremlin",
            kind="government",
            sourcing="named",
            mentions=("The Kremlin",),
            claims=1,
            first_start=t.index("The Kremlin"),
        ),
    )
    start, end = _at(t, s5)
    findings = (
        Finding(
            code="UNATTRIBUTED-CLAIM",
            title="Unattributed factual claim",
            severity="warning",
            message="Sentence states a fact without saying who says so.",
            start=start,
            end=end,
            evidence=s5,
            claim="c5",
        ),
        Finding(
            code="HEDGED-ANON",
            title="Hedged claim from an anonymous source",
            severity="error",
            message="'reportedly' weakens a claim that already rests on an unnamed source.",
            start=t.index("reportedly"),
            end=t.index("reportedly") + len("reportedly"),
            evidence="reportedly",
            claim="c3",
        ),
        Finding(
            code="WIRE-CREDIT",
            title="Wire credit",
            severity="info",
            message="The article credits Reuters.",
            start=t.index("Reuters contributed"),
            end=len(t),
            evidence="Reuters contributed to this article.",
        ),
    )
    title = "Zelensky says North Korea is sending troops to Russia"
    credit_start, credit_end = _at(t, "Reuters contributed to this article.")
    return ArticleAudit(
        id="wire",
        path="seeds/wire.txt",
        title=title,
        outlet="Reuters",
        published="2024-10-13",
        byline="Anna Kowalska",
        credits=(
            Credit(
                start=credit_start,
                end=credit_end,
                text="Reuters contributed to this article.",
                kind="contributed",
                outlet="Reuters",
            ),
        ),
        words=len(t.split()),
        score=71,
        score_detail=_score(claims, 71, 2),
        claims=claims,
        sources=sources,
        findings=findings,
        title_span=None,
    )


def copy_audit() -> ArticleAudit:
    t = COPY_TEXT
    s1 = t[t.index("=HYPERLINK") : t.index("Russia.") + len("Russia.")]
    s2 = "A small number of North Koreans have been killed."
    zelensky = _source(t, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "person", True)
    claims = (
        _claim(
            t,
            "c1",
            0,
            s1,
            paragraph=1,
            sourcing="named",
            source=zelensky,
            cue=_cue(t, "confirmed", s1),
            content=None,
            attribution="a1",
            reason="named person 'Volodymyr Zelensky' with speech verb 'confirmed'",
        ),
        _claim(
            t,
            "c2",
            2,
            s2,
            paragraph=1,
            sourcing="unattributed",
            source=None,
            cue=None,
            content=None,
            reason="no attribution cue or source in or around the sentence",
        ),
    )
    start, end = _at(t, s2)
    return ArticleAudit(
        id="copy",
        path="seeds/copy.txt",
        title="North Korea IS sending troops to Russia",
        outlet=None,
        published=None,
        byline=None,
        words=len(t.split()),
        score=38,
        score_detail=_score(claims, 38, 1),
        claims=claims,
        sources=(
            SourceSummary(
                name="Volodymyr Zelensky",
                kind="person",
                sourcing="named",
                mentions=("Ukrainian President Volodymyr Zelensky",),
                claims=1,
                first_start=zelensky.start,
            ),
        ),
        findings=(
            Finding(
                code="UNATTRIBUTED-CLAIM",
                title="Unattributed factual claim",
                severity="warning",
                message="Sentence states a fact without saying who says so.",
                start=start,
                end=end,
                evidence=s2,
                claim="c2",
            ),
        ),
        title_span=None,
    )


def empty_audit() -> ArticleAudit:
    """An article whose body has no claims (only furniture): shares are undefined, not 0."""
    return ArticleAudit(
        id="notice",
        path="seeds/notice.txt",
        title="Corrections",
        outlet=None,
        published=None,
        byline=None,
        words=0,
        score=0,
        score_detail=Score(
            score=0,
            claims=0,
            named=0,
            anonymous=0,
            unattributed=0,
            hedged=0,
            anonymous_without_reason=0,
            distinct_named_sources=0,
            components={},
        ),
        claims=(),
    )


def sample_provenance() -> Provenance:
    w, c = WIRE_TEXT, COPY_TEXT
    quote_w = _at(w, "It is no longer just about transferring weapons,")
    quote_c = _at(c, "It is no longer about transferring weapons,")
    ties_w, ties_c = _at(w, "Ties between"), _at(c, "Ties between")
    return Provenance(
        clusters=(("wire", "copy"), ("notice",)),
        links=(
            Link(
                source="wire",
                target="copy",
                relation="rewrite",
                directed=True,
                direction_reason="'copy' drops the credit line and the byline that 'wire' carries",
                similarity=0.62,
                shared_sentences=2,
                evidence=(
                    AlignedSentence(
                        source_start=ties_w[0],
                        source_end=ties_w[0] + 63,
                        target_start=ties_c[0],
                        target_end=ties_c[0] + 63,
                        source_text="Ties between Moscow and Pyongyang have grown closer since June.",
                        target_text="Ties between Moscow and Pyongyang have grown closer since June.",
                        similarity=1.0,
                    ),
                ),
            ),
        ),
        altered_quotes=(
            AlteredQuote(
                speaker="Volodymyr Zelensky",
                variants=(
                    QuoteVariant(
                        article="wire",
                        text="It is no longer just about transferring weapons,",
                        start=quote_w[0],
                        end=quote_w[1],
                    ),
                    QuoteVariant(
                        article="copy",
                        text="It is no longer about transferring weapons,",
                        start=quote_c[0],
                        end=quote_c[1],
                        diff="-just",
                    ),
                ),
            ),
        ),
        dropped_credits=(
            DroppedCredit(
                article="copy",
                credit="Reuters contributed to this article.",
                present_in="wire",
                start=w.index("Reuters contributed"),
                end=len(w),
            ),
        ),
        dropped_attributions=(
            DroppedAttribution(
                article="copy",
                sentence="A small number of North Koreans have been killed.",
                start=c.index("A small number"),
                end=c.index("A small number") + len("A small number of North Koreans have been killed."),
                present_in="wire",
                was=w[w.index("A source within") : w.index("killed.") + len("killed.")],
                was_source="A source within Ukrainian intelligence",
                now_source=None,
            ),
        ),
        escalations=(
            Escalation.model_validate(
                {
                    "article": "copy",
                    "present_in": "wire",
                    "from": "said",
                    "to": "confirmed",
                    "sentence": c[c.index("=HYPERLINK") : c.index("Russia.") + len("Russia.")],
                    "start": c.index("confirmed"),
                    "end": c.index("confirmed") + len("confirmed"),
                    "headline": False,
                    "kind": "verb",
                }
            ),
            Escalation(
                article="copy",
                present_in="wire",
                from_="says",
                to="IS",
                sentence="North Korea IS sending troops to Russia",
                start=c.index("IS"),
                end=c.index("IS") + 2,
                headline=True,
                kind="other",
            ),
        ),
        unique_claims=(
            UniqueClaim(
                article="wire",
                sentence="The Kremlin has repeatedly denied the reports.",
                start=w.index("The Kremlin"),
                end=w.index("The Kremlin") + len("The Kremlin has repeatedly denied the reports."),
                cluster=0,
            ),
        ),
    )


def sample_report() -> AuditReport:
    """Three articles, one unreadable input, full provenance."""
    return AuditReport(
        tool="auditor 0.1.0",
        model="stanza-en-mini (tokenize,mwt,pos,lemma,depparse,ner)",
        articles=(wire_audit(), copy_audit(), empty_audit()),
        errors=(
            InputError(
                file="seeds/scan.pdf",
                code="E102",
                message="seeds/scan.pdf looks binary (NUL bytes); convert it to text or HTML first.",
            ),
        ),
        provenance=sample_provenance(),
    )


def minimal_report() -> AuditReport:
    """One article, no errors, no provenance (a plain `auditor audit` run)."""
    return AuditReport(tool="auditor 0.1.0", model="", articles=(wire_audit(),))


def empty_provenance_report() -> AuditReport:
    """Traced, but nothing was found: every provenance sheet exists with headers only."""
    return AuditReport(articles=(wire_audit(),), provenance=Provenance())


# ---------------------------------------------------------------- hypothesis strategies
# Reports with arbitrary Unicode text (surrogates excluded: they cannot be encoded as UTF-8),
# including text that starts like a spreadsheet formula, for round-trip and schema properties.

TEXT = st.text(max_size=30)
FORMULA_TEXT = st.builds(lambda mark, rest: mark + rest, st.sampled_from(["=", "+", "-", "@"]), TEXT)
TEXTS = st.one_of(TEXT, FORMULA_TEXT)
MAYBE_TEXT = st.none() | TEXTS
OFFSET = st.integers(min_value=0, max_value=100_000)
UNIT = st.floats(min_value=0, max_value=1, allow_nan=False)
FINITE = st.floats(allow_nan=False, allow_infinity=False)
KINDS = st.sampled_from(["person", "organization", "government", "media", "document", "group", "unknown"])


@st.composite
def offsets(draw: st.DrawFn) -> tuple[int, int]:
    start = draw(OFFSET)
    return start, draw(st.integers(min_value=start, max_value=start + 1_000))


@st.composite
def text_spans(draw: st.DrawFn) -> TextSpan:
    start, end = draw(offsets())
    return TextSpan(start=start, end=end, text=draw(TEXTS))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    start, end = draw(offsets())
    named = draw(st.booleans())
    anonymity = None
    if not named and draw(st.booleans()):
        anonymity = Anonymity(
            reason=draw(st.none() | text_spans()),
            anonymity_phrase=draw(st.none() | text_spans()),
            description=draw(st.none() | text_spans()),
            collective=draw(st.booleans()),
            plural=draw(st.booleans()),
        )
    return Source(
        start=start,
        end=end,
        mention=draw(TEXTS),
        name=draw(TEXTS),
        kind=draw(KINDS),
        named=named,
        resolved_from=draw(MAYBE_TEXT),
        anonymity=anonymity,
    )


@st.composite
def claims(draw: st.DrawFn, cid: str) -> Claim:
    start, end = draw(offsets())
    sourcing = draw(st.sampled_from(["named", "anonymous", "unattributed"]))
    cue = draw(st.none() | text_spans())
    content = draw(st.none() | offsets())
    return Claim(
        id=cid,
        sentence=draw(TEXTS),
        start=start,
        end=end,
        sentence_index=draw(st.integers(0, 500)),
        paragraph=draw(st.integers(0, 500)),
        sourcing=sourcing,
        source=None if sourcing == "unattributed" else draw(sources()),
        cue=None if cue is None else ClaimCue(start=cue.start, end=cue.end, text=cue.text),
        content=None if content is None else Span(start=content[0], end=content[1]),
        quote=draw(MAYBE_TEXT),
        hedged=draw(st.booleans()),
        hedges=tuple(draw(st.lists(text_spans(), max_size=2))),
        attribution=draw(MAYBE_TEXT),
        reason=draw(TEXTS),
    )


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    start, end = draw(offsets())
    return Finding(
        code=draw(TEXTS),
        title=draw(TEXTS),
        severity=draw(st.sampled_from(["error", "warning", "info"])),
        message=draw(TEXTS),
        start=start,
        end=end,
        evidence=draw(TEXTS),
        claim=draw(MAYBE_TEXT),
    )


@st.composite
def attributions(draw: st.DrawFn, aid: str) -> Attribution:
    cue = None
    if draw(st.booleans()):
        span = draw(text_spans())
        cue = Cue(
            start=span.start,
            end=span.end,
            text=span.text,
            kind=draw(st.sampled_from(["speech_verb", "according_to", "colon", "other"])),
            lemma=draw(TEXTS),
            strength=draw(st.sampled_from(["weak", "neutral", "strong"])),
            sentence=draw(st.integers(0, 500)),
            head=draw(st.integers(0, 50)),
            rule=draw(TEXTS),
        )
    content = draw(st.none() | offsets())
    return Attribution(
        id=aid,
        sentence=draw(st.integers(0, 500)),
        cue=cue,
        source=draw(st.none() | sources()),
        content=None if content is None else Span(start=content[0], end=content[1]),
        quote=draw(MAYBE_TEXT),
        rule=draw(TEXTS),
    )


@st.composite
def audits(draw: st.DrawFn) -> ArticleAudit:
    claim_list = tuple(draw(claims(f"c{i}")) for i in range(draw(st.integers(0, 4))))
    score = draw(st.integers(0, 100))
    summaries = draw(
        st.lists(
            st.builds(
                SourceSummary,
                name=TEXTS,
                kind=KINDS,
                sourcing=st.sampled_from(["named", "anonymous"]),
                mentions=st.lists(TEXTS, max_size=3).map(tuple),
                claims=st.integers(0, 50),
                first_start=OFFSET,
            ),
            max_size=3,
        )
    )
    start, end = draw(offsets())
    quote_start, quote_end = draw(offsets())
    return ArticleAudit(
        id=draw(TEXTS),
        path=draw(MAYBE_TEXT),
        title=draw(MAYBE_TEXT),
        outlet=draw(MAYBE_TEXT),
        published=draw(MAYBE_TEXT),
        byline=draw(MAYBE_TEXT),
        credits=(
            Credit(start=start, end=end, text=draw(TEXTS), kind="contributed", outlet=draw(MAYBE_TEXT)),
        ),
        words=draw(st.integers(0, 10_000)),
        score=score,
        score_detail=Score(
            score=score,
            claims=len(claim_list),
            named=sum(c.sourcing == "named" for c in claim_list),
            anonymous=sum(c.sourcing == "anonymous" for c in claim_list),
            unattributed=sum(c.sourcing == "unattributed" for c in claim_list),
            hedged=sum(c.hedged for c in claim_list),
            anonymous_without_reason=draw(st.integers(0, 5)),
            distinct_named_sources=draw(st.integers(0, 5)),
            components=draw(st.dictionaries(TEXT, FINITE, max_size=3)),
        ),
        claims=claim_list,
        attributions=tuple(draw(attributions(f"a{i}")) for i in range(draw(st.integers(0, 2)))),
        quotes=(
            QuoteSpan(
                start=quote_start,
                end=quote_end,
                inner=Span(start=quote_start, end=quote_end),
                text=draw(TEXTS),
                open_mark="“",
                close_mark=draw(st.none() | st.just("”")),
            ),
        ),
        sources=tuple(summaries),
        findings=tuple(draw(st.lists(findings(), max_size=3))),
        title_span=draw(st.none() | offsets().map(lambda se: Span(start=se[0], end=se[1]))),
    )


@st.composite
def provenances(draw: st.DrawFn) -> Provenance:
    start, end = draw(offsets())
    ids = st.lists(TEXTS, min_size=1, max_size=3).map(tuple)
    return Provenance(
        clusters=tuple(draw(st.lists(ids, max_size=2))),
        links=tuple(
            draw(
                st.lists(
                    st.builds(
                        Link,
                        source=TEXTS,
                        target=TEXTS,
                        relation=st.sampled_from(["copy", "rewrite", "same_story"]),
                        directed=st.booleans(),
                        direction_reason=TEXTS,
                        similarity=UNIT,
                        shared_sentences=st.integers(0, 100),
                        evidence=st.lists(
                            st.builds(
                                AlignedSentence,
                                source_start=OFFSET,
                                source_end=OFFSET,
                                target_start=OFFSET,
                                target_end=OFFSET,
                                source_text=TEXTS,
                                target_text=TEXTS,
                                similarity=UNIT,
                            ),
                            max_size=2,
                        ).map(tuple),
                    ),
                    max_size=2,
                )
            )
        ),
        altered_quotes=(
            AlteredQuote(
                speaker=draw(TEXTS),
                variants=tuple(
                    draw(
                        st.lists(
                            st.builds(
                                QuoteVariant, article=TEXTS, text=TEXTS, start=OFFSET, end=OFFSET, diff=TEXTS
                            ),
                            max_size=3,
                        )
                    )
                ),
            ),
        ),
        dropped_credits=(
            DroppedCredit(
                article=draw(TEXTS), credit=draw(TEXTS), present_in=draw(TEXTS), start=start, end=end
            ),
        ),
        dropped_attributions=(
            DroppedAttribution(
                article=draw(TEXTS),
                sentence=draw(TEXTS),
                start=start,
                end=end,
                present_in=draw(TEXTS),
                was=draw(TEXTS),
                was_source=draw(MAYBE_TEXT),
                now_source=draw(MAYBE_TEXT),
            ),
        ),
        escalations=(
            Escalation(
                article=draw(TEXTS),
                present_in=draw(TEXTS),
                from_=draw(TEXTS),
                to=draw(TEXTS),
                sentence=draw(TEXTS),
                start=start,
                end=end,
                headline=draw(st.booleans()),
                kind=draw(st.sampled_from(["verb", "hedge_removed", "modal", "other"])),
            ),
        ),
        unique_claims=(
            UniqueClaim(article=draw(TEXTS), sentence=draw(TEXTS), start=start, end=end, cluster=0),
        ),
    )


@st.composite
def reports(draw: st.DrawFn) -> AuditReport:
    return AuditReport(
        tool=draw(TEXTS),
        model=draw(TEXTS),
        articles=tuple(draw(st.lists(audits(), max_size=3))),
        errors=tuple(
            draw(st.lists(st.builds(InputError, file=TEXTS, code=TEXTS, message=TEXTS), max_size=2))
        ),
        provenance=draw(st.none() | provenances()),
    )
