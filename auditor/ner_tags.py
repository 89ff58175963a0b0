"""Named-entity labels: map a model's labels onto the contract's set, and token tags onto entity spans.

The mini UNER models tag PER/ORG/LOC, the official OntoNotes models PERSON/GPE/NORP/...; both map onto
one small set with ``auditor/data/ner_labels.txt``. ``entities_from_tags`` turns token-level BIOES (or
BIO) tags into ``Entity`` spans. Plain data in, plain data out: no Stanza here (``nlp.py`` calls it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, cast, get_args

from auditor import lexicon
from auditor.models import Entity, Word

EntityLabel = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "OTHER"]
_LABELS: frozenset[str] = frozenset(get_args(EntityLabel))


def normalise_label(raw: str) -> EntityLabel:
    """Map a model's NER label (PER, GPE, FAC, DATE, ...) to the contract's label set."""
    mapped = lexicon.table("ner_labels.txt").get(raw.strip().lower(), ("OTHER",))[0].upper()
    return cast(EntityLabel, mapped if mapped in _LABELS else "OTHER")


def normalise_tag(tag: str | None) -> str:
    """Normalise the label of a BIOES tag: ``B-PER`` -> ``B-PERSON``; ``O``/empty -> ``O``."""
    if not tag or tag == "O" or tag == "_" or "-" not in tag:
        return "O"
    prefix, raw = tag.split("-", 1)
    return f"{prefix.upper()}-{normalise_label(raw)}"


def ner_label(w: Word) -> str:
    """A parsed word's label without its BIOES position ("E-PERSON" -> "PERSON"); "" outside entities."""
    return w.ner.split("-", 1)[1] if "-" in w.ner else ""


def entities_from_tags(
    text: str, sentence_index: int, token_spans: Sequence[tuple[int, int, str, int]]
) -> list[Entity]:
    """Entities from token-level BIOES (or BIO) tags with raw labels; tolerant of broken sequences.

    ``token_spans`` holds (start, end, raw tag, trim) per token, offsets into ``text``: the last
    ``trim`` characters of the token (a possessive clitic) are left out when the entity ends there.
    """
    out: list[Entity] = []
    current: tuple[int, int, str, int] | None = None  # start, end, raw label, trim

    def close() -> None:
        nonlocal current
        if current is not None:
            s, e, raw, trim = current
            if e - trim > s and text[s : e - trim].strip():
                e = s + len(text[s : e - trim].rstrip())
            out.append(
                Entity(
                    start=s,
                    end=e,
                    text=text[s:e],
                    label=normalise_label(raw),
                    raw_label=raw,
                    sentence=sentence_index,
                )
            )
        current = None

    for start, end, tag, trim in token_spans:
        if not tag or tag in ("O", "_") or "-" not in tag:
            close()
            continue
        prefix, raw = tag.split("-", 1)
        prefix = prefix.upper()
        if prefix in ("I", "E") and current is not None and current[2] == raw:
            current = (current[0], end, raw, trim)
        else:
            close()
            current = (start, end, raw, trim)
        if prefix in ("E", "S"):
            close()
    close()
    return out
