"""What the command line shows: the progress bar, the audit summary table, the check report, error lines.

Used by ``cli.py`` only. The renderers return text or a rich ``Table``; ``cli.py`` decides what is
printed where. The progress bar is the one exception: it draws itself on stderr while a run goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.progress import Progress
    from rich.table import Table

    from auditor.models import ArticleAudit, AuditReport
    from auditor.pipeline import Attention


class ProgressBar:
    """A progress bar on stderr for runs of more than one article; silent when quiet or not a terminal.

    Called as ``bar(done, total)``, the signature of ``run_audit``'s ``progress`` callback.
    """

    def __init__(self, enabled: bool, label: str = "Auditing") -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.label = label
        self._bar: Progress | None = None
        self._task: Any = None

    @property
    def started(self) -> bool:
        return self._bar is not None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 1:
            return
        if self._bar is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=total)
        # Before the first batch is done the time goes to loading the models and parsing.
        label = f"{self.label} (loading models, parsing)" if done == 0 else self.label
        self._bar.update(self._task, completed=done, description=label)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def progress_bar(enabled: bool, label: str = "Auditing") -> Iterator[ProgressBar]:
    """A ``ProgressBar`` that is always taken off the screen, also when the run fails."""
    bar = ProgressBar(enabled, label)
    try:
        yield bar
    finally:
        bar.close()


def error_line(file: str, code: str, message: str) -> str:
    """``file: message [code]`` on one line, without repeating a file or code the message already has."""
    line = message if message.startswith(f"{file}:") else f"{file}: {message}"
    line = line if line.rstrip().endswith(f"[{code}]") else f"{line} [{code}]"
    return line.replace("\n", " ")


def summary_table(report: AuditReport, max_rows: int = 40) -> Table:
    """A row per article (up to ``max_rows``) and a total row: claims by sourcing, findings, score."""
    from rich import box
    from rich.table import Table

    table = Table(
        title=f"{len(report.articles)} article(s) audited, {len(report.errors)} error(s)",
        box=box.SIMPLE_HEAD,  # no vertical rules: article ids fit in 80 columns
        pad_edge=False,
        padding=(0, 0, 0, 1),
    )
    widest = max((len(a.id) for a in report.articles[:max_rows]), default=7)
    table.add_column("Article", no_wrap=True, overflow="ellipsis", min_width=min(widest, 40))
    for name in ("Words", "Claims", "Named", "Anon", "Unattr", "Findings", "Score"):
        table.add_column(name, justify="right")
    for a in report.articles[:max_rows]:
        d = a.score_detail
        counts = (a.words, d.claims, d.named, d.anonymous, d.unattributed, len(a.findings), a.score)
        table.add_row(a.id, *map(str, counts))
    if len(report.articles) > max_rows:
        table.add_row(f"+{len(report.articles) - max_rows} more")  # all are in the workbook
    if len(report.articles) > 1:
        arts = report.articles
        totals = (
            sum(a.words for a in arts),
            *(
                sum(getattr(a.score_detail, k) for a in arts)
                for k in ("claims", "named", "anonymous", "unattributed")
            ),
            sum(len(a.findings) for a in arts),
        )
        table.add_row(
            "total (mean score)", *map(str, totals), f"{sum(a.score for a in arts) / len(arts):.0f}"
        )
    return table


def check_text(audit: ArticleAudit, items: Sequence[Attention], min_score: int, passed: bool) -> str:
    """The pre-publication check for people: each claim needing attention with reasons and evidence."""
    lines = [f"{audit.id}: {audit.title or '(no title)'}"]
    if items:
        lines.append(f"{len(items)} claim(s) need attention:")
    for item in items:
        source = f", source {item.source!r}" if item.source else ""
        lines.append(f"  [{item.claim}] {item.sourcing}{source} @{item.start}-{item.end}")
        lines.append(f"      {item.sentence}")
        for r in item.reasons:
            code = f"{r.code} " if r.code else ""
            lines.append(f"    - {code}({r.severity}) {r.why}")
            if (r.start, r.end) != (item.start, item.end):  # the whole sentence is printed above
                lines.append(f"      evidence: {r.text!r} @{r.start}-{r.end}")
    general = [f for f in audit.findings if f.claim is None]
    if general:
        lines.append(f"{len(general)} finding(s) about the whole article:")
        for f in general:
            lines.append(f"    - {f.code} ({f.severity}) {f.title}: {f.message}")
            lines.append(f"      evidence: {f.evidence!r} @{f.start}-{f.end}")
    if not items and not general:
        lines.append("No claim needs attention.")
    d = audit.score_detail
    lines.append(
        f"Claims {d.claims}: named {d.named}, anonymous {d.anonymous}, unattributed {d.unattributed}, "
        f"hedged {d.hedged}"
    )
    lines.append(f"Score {audit.score}/100 (pass mark {min_score}): {'PASS' if passed else 'FAIL'}")
    return "\n".join(lines)
