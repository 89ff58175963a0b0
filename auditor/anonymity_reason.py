"""Find why an unnamed source was granted anonymity, and the clause-level text helpers that needs.

``find_reason`` looks for a pattern of ``anonymity_reasons.txt`` right after the anonymity phrase, in
the aside that follows it up to the cue or the closing comma ("Officials, who spoke on condition of
anonymity *because they were not authorized to discuss the contract*, said"), or inside the source's
own phrase; words reported by the source (content, quotes) never count. Used by ``auditor/anonymity.py``.
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon
from auditor.models import Attribution, Sentence, TextSpan

# Where a description or reason clause ends: punctuation that closes an appositive.
_CLAUSE_END = re.compile(r"[,;:()\[\]—–“”\"]|\.(?=\s*$)")
_TRAILING_CONJUNCTION = re.compile(r"\s(?:and|or|but|nor)$", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


@cache
def compiled(name: str, after: bool = False) -> tuple[re.Pattern[str], ...]:
    """Patterns of a list file; ``after`` selects the lines marked ``after:``, else the others."""
    lines = lexicon.entries(name)
    chosen = [p.removeprefix("after:").strip() for p in lines if p.startswith("after:") == after]
    return tuple(re.compile(r"\b" + p + r"\b", re.IGNORECASE) for p in chosen)


def span(text: str, start: int, end: int) -> TextSpan | None:
    """A TextSpan trimmed of surrounding blanks and trailing punctuation; None when empty."""
    while start < end and text[start].isspace():
        start += 1
    while True:
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–-"):
            end -= 1
        tail = _TRAILING_CONJUNCTION.search(text, start, end)
        if tail is None or tail.start() <= start:
            break
        end = tail.start()
    return TextSpan(start=start, end=end, text=text[start:end]) if end > start else None


def stop(text: str, start: int, limit: int, fences: tuple[int, ...]) -> int:
    """End of the clause opened at ``start``: closing punctuation, a fence (cue, content) or ``limit``."""
    m = _CLAUSE_END.search(text, start, limit)
    end = m.start() if m else limit
    for fence in fences:
        if start < fence < end:
            end = fence
    return end


def free(start: int, end: int, excluded: list[tuple[int, int]]) -> bool:
    return not any(start < e and s < end for s, e in excluded)


def find_reason(
    text: str,
    attribution: Attribution,
    sentence: Sentence,
    excluded: list[tuple[int, int]],
    phrase: TextSpan | None,
) -> TextSpan | None:
    """A reason counts when it follows the anonymity phrase closely or sits in the source's appositive."""
    source = attribution.source
    assert source is not None
    cue = attribution.cue
    zone_end = cue.start if cue is not None and cue.start >= source.end else sentence.end
    if phrase is not None:  # "speaking on condition of anonymity to discuss internal deliberations"
        gap = re.compile(r"[\s,]*").match(text, phrase.end)
        at = gap.end() if gap else phrase.end
        for pattern in compiled("anonymity_reasons.txt", after=True):
            m = pattern.match(text, at, sentence.end)
            if m is not None and free(m.start(), m.end(), excluded):
                return _reason_span(text, m, sentence, excluded)
    aside = _aside(text, attribution, sentence, phrase)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text, sentence.start, sentence.end)]
    for pattern in compiled("anonymity_reasons.txt"):
        for m in pattern.finditer(text, sentence.start, sentence.end):
            # In the aside after the phrase only quotes are off limits: a content span there is a parse
            # that hung the aside on the cue ("Officials, who spoke ... because ..., said").
            in_aside = aside is not None and aside[0] <= m.start() < aside[1]
            if not free(m.start(), m.end(), quoted if in_aside else excluded):
                continue
            near_phrase = phrase is not None and phrase.start <= m.start() <= phrase.end + 60
            in_zone = source.start <= m.start() < zone_end
            if near_phrase or in_zone:
                return _reason_span(text, m, sentence, excluded)
    return None


def _aside(
    text: str, attribution: Attribution, sentence: Sentence, phrase: TextSpan | None
) -> tuple[int, int] | None:
    """The rest of the clause after an anonymity phrase that follows the source: up to the cue or the
    punctuation closing the aside ("who spoke on condition of anonymity *because they ...*, said")."""
    source, cue = attribution.source, attribution.cue
    if phrase is None or source is None or phrase.start < source.start:
        return None
    limit = cue.start if cue is not None and cue.start >= phrase.end else sentence.end
    return phrase.end, stop(text, phrase.end, limit, ())


def _reason_span(
    text: str, m: re.Match[str], sentence: Sentence, excluded: list[tuple[int, int]]
) -> TextSpan | None:
    """The reason from the pattern's match to the end of its clause (before any quote or content)."""
    fences = tuple(f for f, _ in excluded if f > m.end())
    return span(text, m.start(), stop(text, m.end(), sentence.end, fences))
