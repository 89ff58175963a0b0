"""The author named in a document phrase: "a report by the Congressional Budget Office" -> the CBO.

A document credited with a claim ("according to a 2021 analysis by the Harbor Institute") speaks for
its author, so the author is the source's name. Participles that name who obtained or saw the
document instead ("a report obtained by the Courier", ``document_finders.txt``) name no author.
"""

from __future__ import annotations

import re
from functools import cache

from auditor import lexicon

# "a 2021 analysis by the Harbor Institute": lower-case words of the document, then its author's name
# (lower-case words may come before the name: "by state attorney Rosa Delgado")
_AUTHOR_END = re.compile(r"\s+(?:to be|that|which|who|whose)\s")
_AUTHORED = re.compile(
    r"^(?i:(?:a|an|the)\s+)?(?:[a-z0-9][\w'’-]*\s+){1,5}?(?:by|from)\s+((?:[a-z][\w'’-]*\s+){0,3}[A-Z].*)$"
)


@cache
def _finders() -> frozenset[str]:
    return lexicon.words("document_finders.txt")


def document_author(mention: str) -> str | None:
    """The author named after a document written in lower case: "a report by the Congressional Budget
    Office" -> "the Congressional Budget Office", "a memo from Ukraine's army" -> "Ukraine's army";
    None for "the Budget Office" or "a report on Smith" (not authored)."""
    m = _AUTHORED.match(" ".join(mention.split()))
    if m is None or any(m.string[: m.start(1)].lower().endswith(f" {w} by ") for w in _finders()):
        return None  # "a report obtained by the Courier": who found it, not who wrote it
    # a clause after the author is no part of its name: "the harbour auditor to be released Friday"
    return _AUTHOR_END.split(m.group(1), maxsplit=1)[0]
