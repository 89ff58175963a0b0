"""The findings registry: every kind of finding with its stable code, severity, title and message.

This module is data: ``REGISTRY`` maps each code to a :class:`FindingKind`. The rules that produce
findings live in ``auditor/findings.py``; the README and the Excel report list the registry with
``registry_rows()`` / ``registry_markdown()``. Codes are stable: never rename one, add a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models import Finding, Severity


@dataclass(frozen=True)
class FindingKind:
    """One kind of finding. ``template`` is filled with ``str.format`` fields from the evidence."""

    code: str
    title: str
    severity: Severity
    template: str
    explanation: str

    def make(self, text: str, start: int, end: int, claim: str | None, **fields: object) -> Finding:
        return Finding(
            code=self.code,
            title=self.title,
            severity=self.severity,
            message=self.template.format(**fields),
            start=start,
            end=end,
            evidence=text[start:end],
            claim=claim,
        )


_KINDS = (
    FindingKind(
        "ANON-NO-REASON",
        "Anonymous source with no reason for anonymity",
        "warning",
        "Anonymous source “{mention}”{phrase_note} gives no reason for anonymity. "
        "AP style: say why the source was granted anonymity (e.g. “because they were not authorized "
        "to discuss the talks”).",
        "AP allows anonymity only when the information is vital and unobtainable on the record, and the "
        "story must say why the source insisted on it. “Speaking on condition of anonymity” is not a reason.",
    ),
    FindingKind(
        "ANON-NO-DESCRIPTION",
        "Anonymous source with no description of how it knows",
        "warning",
        "Anonymous source “{mention}” is not described. AP style: say how the source knows "
        "(e.g. “a source within the ministry”, “officials familiar with the talks”); "
        "a bare “a source” is not enough.",
        "Readers must be able to judge an unnamed source's access: its position, affiliation or "
        "relation to the events. AP forbids the bare “a source”.",
    ),
    FindingKind(
        "ANON-VAGUE-COLLECTIVE",
        "Claim credited to a vague collective",
        "warning",
        "“{mention}” is a vague collective source. Name at least one of them, or say who they are "
        "and how many.",
        "“Experts say”, “critics argue”, “observers believe” hide who is speaking and how many agree; "
        "name the people or cite their work.",
    ),
    FindingKind(
        "ANON-OPINION",
        "Anonymous source gives opinion or prediction",
        "warning",
        "Anonymous source “{mention}” gives opinion or prediction (“{word}”), not fact. AP style: "
        "use anonymous sources for facts only; attribute opinions by name or cut them.",
        "AP: anonymous sources may provide information, not opinion or speculation; a judgement or "
        "forecast should carry the name of whoever makes it.",
    ),
    FindingKind(
        "HEDGED-UNSOURCED",
        "Hedged claim with no source",
        "warning",
        "“{hedge}” hedges this claim but no source is given. Say who reports it, or drop the claim.",
        "“Reportedly”, “allegedly” and “it is believed” signal second-hand information; the reader "
        "needs to know whose report it is.",
    ),
    FindingKind(
        "ANON-PLURAL-SINGLE",
        "Plural “sources” where the text points to one",
        "warning",
        "“{mention}” is plural, but the text later says “{singular}”. Say “a source” if there is only one.",
        "Writing “sources” for a single source overstates the corroboration behind a claim.",
    ),
    FindingKind(
        "UNATTRIBUTED-CLAIM",
        "Checkable claim (number, date or event verb) with no source",
        "info",
        "Checkable claim ({signal}) with no source. If it is not common knowledge or your own reporting, "
        "say who says so.",
        "Only sentences with a number, a date or an event verb (killed, deployed, signed...) are listed, so "
        "ordinary background sentences stay quiet; questions assert nothing and are not listed. Low "
        "severity: background facts are normal.",
    ),
    FindingKind(
        "QUOTE-NO-SPEAKER",
        "Direct quote with no speaker",
        "warning",
        "Direct quote “{quote}” has no attributed speaker. Say who said it.",
        "Every direct quotation needs a speaker in the same or the preceding sentence.",
    ),
    FindingKind(
        "QUOTE-UNCLOSED",
        "Quotation mark never closed",
        "info",
        "The quotation opened at “{opening}” is never closed; the audit took it to run to the {until}. "
        "Close it where the speaker's words end.",
        "Without its closing mark a reader cannot tell where the speaker's words end and the writer's "
        "begin. A quote continued in the next paragraph (which opens with a quotation mark) is not "
        "flagged.",
    ),
)

REGISTRY: dict[str, FindingKind] = {k.code: k for k in _KINDS}


def registry_rows() -> list[dict[str, str]]:
    """The registry as rows (code, severity, title, message template, explanation), for docs and Excel."""
    return [
        {
            "code": k.code,
            "severity": k.severity,
            "title": k.title,
            "template": k.template,
            "explanation": k.explanation,
        }
        for k in _KINDS
    ]


def registry_markdown() -> str:
    """The registry as a markdown table (code, severity, title, what it means), for the README."""
    lines = ["| Code | Severity | Finding | Why it matters |", "|---|---|---|---|"]
    lines += [f"| `{k.code}` | {k.severity} | {k.title} | {k.explanation} |" for k in _KINDS]
    return "\n".join(lines) + "\n"
