"""Runs the stages in order: files -> articles -> parses -> one ``ArticleAudit`` each -> ``AuditReport``.

The pipeline only computes; it never prints. A failure inside a stage costs one article, not the batch:
it becomes an ``InputError`` (code ``E900``) naming the article, and the other articles are still audited.
Errors that concern the whole run (no models, models that will not load) are raised to the caller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar

from pydantic import Field

from auditor import (
    __version__,
    anonymity,
    claims,
    content_split,
    coref,
    cue_span,
    cues,
    findings,
    ingest,
    quotes,
    roster,
    scoring,
    sources,
)
from auditor.config import AuditConfig
from auditor.errors import AuditorError, ModelLoadError, ModelsNotFoundError
from auditor.models import (
    Article,
    ArticleAudit,
    Attribution,
    AuditReport,
    Claim,
    Cue,
    Finding,
    Frozen,
    InputError,
    ParsedArticle,
    Provenance,
    QuoteSpan,
    Severity,
    Sourcing,
    Span,
    TextSpan,
)

if TYPE_CHECKING:
    from pathlib import Path

#: Code of the ``InputError`` recorded when a stage fails on one article (a bug, not a bad input).
STAGE_ERROR_CODE = "E900"
#: Code of the ``InputError`` recorded when provenance could not be computed for the batch.
PROVENANCE_ERROR_CODE = "E901"
#: ``InputError.file`` for errors that concern the whole batch rather than one input file.
BATCH_FILE = "(batch)"

ProgressCallback = Callable[[int, int], None]
P = ParamSpec("P")
T = TypeVar("T")


class ArticleAnnotator(Protocol):
    """What ``run_audit`` needs from ``nlp.Annotator``: turn articles into parses, in order."""

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]: ...


class Extraction(Frozen):
    """What the attribution stages extract from one parse, before claims are built (used by evaluation)."""

    quotes: tuple[QuoteSpan, ...] = Field(description="Quotation spans.")
    cues: tuple[Cue, ...] = Field(description="Attribution cues.")
    attributions: tuple[Attribution, ...] = Field(
        description="Attributions after coreference and anonymity annotation."
    )


class StageRunner(Protocol):
    """How a stage is called: ``run_stage`` calls it; a benchmark passes a runner that also times it."""

    def __call__(self, name: str, stage: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T: ...


def run_stage(name: str, stage: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
    """Call one stage (the default ``StageRunner``)."""
    return stage(*args, **kwargs)


def extract(parsed: ParsedArticle, run: StageRunner = run_stage) -> Extraction:
    """Quotes, cues and attributions (sources resolved, anonymity annotated) of one parsed article."""
    found_quotes = run("quotes", quotes.find_quotes, parsed)
    found_cues = run("cues", cues.find_cues, parsed, found_quotes)
    attributions = run("sources", sources.find_attributions, parsed, found_quotes, found_cues)
    # widened after sources are found: the source and content rules read the one-word cue
    found_cues, attributions = run("cue_span", cue_span.widen_extraction, parsed, found_cues, attributions)
    attributions = run("content_split", content_split.split_contents, parsed, attributions)
    attributions = run("coref", coref.resolve_sources, parsed, attributions)
    attributions = run("anonymity", anonymity.annotate_anonymity, parsed, attributions)
    return Extraction(quotes=found_quotes, cues=found_cues, attributions=attributions)


def body_words(article: Article) -> int:
    """Whitespace-separated words in the body paragraphs (the whole text when nothing is labelled)."""
    if not article.segments:
        return len(article.text.split())
    return sum(len(segment.text.split()) for segment in article.body)


def audit_parsed(parsed: ParsedArticle, run: StageRunner = run_stage) -> ArticleAudit:
    """Every stage after the parse, for one article, each called through ``run``."""
    found = extract(parsed, run)
    article_claims = run("claims", claims.build_claims, parsed, found.attributions, found.quotes)
    article_sources = run("roster", roster.summarize_sources, article_claims)
    article_findings = run(
        "findings", findings.find_findings, parsed, article_claims, found.attributions, found.quotes
    )
    score = run("score", scoring.score_article, article_claims, article_findings, article_sources)
    article = parsed.article
    return ArticleAudit(
        id=article.id,
        path=article.path,
        title=article.title.text if article.title is not None else article.title_text,
        title_span=Span(start=article.title.start, end=article.title.end) if article.title else None,
        outlet=article.outlet,
        published=article.published,
        byline=article.byline.text if article.byline is not None else article.byline_text,
        credits=article.credits,
        words=body_words(article),
        score=score.score,
        score_detail=score,
        claims=article_claims,
        attributions=found.attributions,
        quotes=found.quotes,
        sources=article_sources,
        findings=article_findings,
    )


def _batches(articles: Sequence[Article], size: int) -> Iterator[Sequence[Article]]:
    size = max(1, size)
    for start in range(0, len(articles), size):
        yield articles[start : start + size]


def _where(article: Article) -> str:
    return article.path if article.path is not None else article.id


def _stage_error(article: Article, stage: str, exc: BaseException) -> InputError:
    if isinstance(exc, AuditorError):
        # An input problem noticed late (e.g. by the annotator): keep its own code and fix.
        return InputError(file=_where(article), code=exc.code, message=exc.message)
    return InputError(
        file=_where(article),
        code=STAGE_ERROR_CODE,
        message=(
            f"article {article.id!r} could not be audited: {stage} failed with "
            f"{type(exc).__name__}: {exc}. This is a bug in auditor; the other articles were audited. "
            "Rerun with --debug for the traceback and report it with this input."
        ),
    )


def _fatal(exc: BaseException) -> bool:
    """Errors about the whole run (models missing or broken): no article can be parsed, so stop."""
    return isinstance(exc, ModelsNotFoundError | ModelLoadError)


def _parse_batch(
    annotator: ArticleAnnotator, batch: Sequence[Article], errors: list[InputError], fail_fast: bool
) -> list[ParsedArticle]:
    """Parse a batch in one call; when that fails, parse its articles one by one to isolate the bad one.

    Every article of the batch ends up either parsed or with an error in ``errors``.
    """
    try:
        parsed = list(annotator.parse(batch))
    except Exception as exc:
        if fail_fast or _fatal(exc):
            raise
        if len(batch) == 1:
            errors.append(_stage_error(batch[0], "annotation", exc))
            return []
        parsed = []
        for article in batch:
            try:
                parsed.extend(annotator.parse([article]))
            except Exception as one_exc:
                if _fatal(one_exc):
                    raise
                errors.append(_stage_error(article, "annotation", one_exc))
        return parsed
    returned = {p.article.id for p in parsed}
    for article in batch:
        if article.id not in returned:  # an annotator that drops an article must not lose it silently
            errors.append(
                _stage_error(article, "annotation", RuntimeError("the annotator returned no parse"))
            )
    return parsed


def _provenance(
    audits: Sequence[ArticleAudit], errors: list[InputError], fail_fast: bool
) -> Provenance | None:
    """Provenance of the batch; a failure is recorded as an error of the batch, never dropped silently."""
    try:
        from auditor.provenance import build_provenance
    except ImportError as exc:
        if fail_fast:
            raise
        errors.append(
            InputError(
                file=BATCH_FILE,
                code=PROVENANCE_ERROR_CODE,
                message=f"provenance was skipped: auditor.provenance is not available ({exc}).",
            )
        )
        return None
    try:
        result: Provenance = build_provenance(audits)
        return result
    except Exception as exc:
        if fail_fast:
            raise
        errors.append(
            InputError(
                file=BATCH_FILE,
                code=PROVENANCE_ERROR_CODE,
                message=(
                    f"provenance failed with {type(exc).__name__}: {exc}. The article audits are complete; "
                    "rerun with --debug for the traceback, or --no-provenance to skip it."
                ),
            )
        )
        return None


def make_annotator(config: AuditConfig) -> ArticleAnnotator:
    """The Stanza annotator (imported here: loading Stanza is slow and ``--help`` should not pay for it)."""
    from auditor import nlp

    annotator: ArticleAnnotator = nlp.Annotator(config)
    return annotator


def run_audit(
    paths: Sequence[str | Path],
    config: AuditConfig,
    *,
    annotator: ArticleAnnotator | None = None,
    progress: ProgressCallback | None = None,
    fail_fast: bool = False,
) -> AuditReport:
    """Audit every input: bad inputs and per-article failures are listed in ``errors``, the rest audited.

    ``annotator`` lets callers reuse a loaded Stanza pipeline (it is built here, once, when None and
    there is anything to parse). ``progress(done, total)`` is called once before the first parse
    (``done`` 0), then once per article as its audit completes; articles are still parsed in batches,
    and those a batch could not parse are counted done at the end of their batch.
    ``fail_fast`` re-raises the first stage failure instead of recording it (for ``--debug``).
    Raises ``ModelsNotFoundError`` / ``ModelLoadError`` when the models are missing or broken.
    """
    articles, input_errors = ingest.read_inputs([str(p) for p in paths], config)
    errors: list[InputError] = list(input_errors)
    audits: list[ArticleAudit] = []
    model = ""
    total = len(articles)
    if progress is not None:
        progress(0, total)
    if articles and annotator is None:
        annotator = make_annotator(config)
    done = finished = 0
    for batch in _batches(articles, config.batch_size):
        assert annotator is not None
        # Stanza parses the whole batch in one call (much faster than one by one); the bar then
        # advances article by article as each one's audit completes.
        for parsed in _parse_batch(annotator, batch, errors, fail_fast):
            model = model or parsed.model
            try:
                audits.append(audit_parsed(parsed))
            except Exception as exc:
                if fail_fast:
                    raise
                errors.append(_stage_error(parsed.article, "the attribution stages", exc))
            done += 1
            if progress is not None:
                progress(done, total)
        finished += len(batch)
        if done < finished:  # articles that could not be parsed are finished too
            done = finished
            if progress is not None:
                progress(done, total)
    provenance = _provenance(audits, errors, fail_fast) if config.provenance and len(audits) > 1 else None
    return AuditReport(
        tool=f"auditor {__version__}",
        model=model,
        articles=tuple(audits),
        errors=tuple(errors),
        provenance=provenance,
    )


# ---------------------------------------------------------------- what a pre-publication check flags


class Reason(Frozen):
    """Why a claim needs attention, with the text that shows it."""

    why: str = Field(description="The reason, in words.")
    code: str | None = Field(default=None, description="Finding code, when a finding is the reason.")
    severity: Severity = Field(default="warning")
    text: str = Field(description="The evidence as written at start:end.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Attention(Frozen):
    """A claim an editor should look at before publication, and every reason why."""

    claim: str = Field(description="Claim id.")
    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sourcing: Sourcing
    source: str | None = Field(default=None, description="The source as written, if any.")
    reasons: tuple[Reason, ...]


def _claim_reasons(claim: Claim, article_findings: Sequence[Finding]) -> list[Reason]:
    reasons: list[Reason] = []
    # an office or a named body written as a reference ("the two countries") is no anonymous person
    if claim.sourcing == "anonymous" and (
        claim.source is None or anonymity.anonymous_person(claim.source, claim.sentence, claim.start)
    ):
        where = claim.source if claim.source is not None else claim
        text = claim.source.mention if claim.source is not None else claim.sentence
        reasons.append(
            Reason(why=f"anonymous source: {claim.reason}", text=text, start=where.start, end=where.end)
        )
    if claim.sourcing == "unattributed" and claim.hedged:
        hedges = claim.hedges or (TextSpan(start=claim.start, end=claim.end, text=claim.sentence),)
        reasons.extend(
            Reason(why="hedged claim that nobody is credited with", text=h.text, start=h.start, end=h.end)
            for h in hedges
        )
    reasons.extend(
        Reason(
            why=f"{f.title}: {f.message}",
            code=f.code,
            severity=f.severity,
            text=f.evidence,
            start=f.start,
            end=f.end,
        )
        for f in article_findings
        if f.claim == claim.id
    )
    return reasons


def claims_needing_attention(audit: ArticleAudit) -> tuple[Attention, ...]:
    """Claims with findings, anonymous sources, or hedges without a source, in text order."""
    out = []
    for claim in audit.claims:
        reasons = _claim_reasons(claim, audit.findings)
        if reasons:
            out.append(
                Attention(
                    claim=claim.id,
                    sentence=claim.sentence,
                    start=claim.start,
                    end=claim.end,
                    sourcing=claim.sourcing,
                    source=claim.source.mention if claim.source is not None else None,
                    reasons=tuple(reasons),
                )
            )
    return tuple(out)
