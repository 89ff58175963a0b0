"""Stage 2: turn Articles into ParsedArticles with Stanza (the only module that imports stanza).

Only the headline and body segments of an article are annotated, each as its own Stanza document, so no
sentence crosses a paragraph; every offset is shifted so that it points into ``Article.text``.
This module finds and loads the models, runs Stanza, and converts its tokens into contract ``Word``s
and ``Sentence``s. NER label mapping lives in ``auditor/ner_tags.py``; ``parsed_from_conllu`` builds
the same structures from hand-made CoNLL-U for tests (Stanza-free helpers in ``auditor/conllu.py``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from auditor.config import AuditConfig
from auditor.conllu import Aligner, article_from_conllu, article_from_paragraphs, conllu_paragraphs
from auditor.errors import ModelLoadError, ModelsNotFoundError
from auditor.models import PARSED_KINDS, Article, Entity, ParsedArticle, Sentence, Word
from auditor.ner_tags import EntityLabel, entities_from_tags, normalise_label, normalise_tag
from auditor.nlp_tags import repair_tags
from auditor.nlp_tokens import fix_mwt, merge_broken_sentences, repairs_key
from auditor.syntax import POSSESSIVE_S

# Re-exported: tests, fixtures and other modules import these from here.
__all__ = [
    "PROCESSORS",
    "Annotator",
    "EntityLabel",
    "article_from_conllu",
    "article_from_paragraphs",
    "conllu_paragraphs",
    "download_models",
    "find_models_dir",
    "normalise_label",
    "normalise_tag",
    "parsed_from_conllu",
    "parsed_from_document",
]

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"

# ---------------------------------------------------------------- models directory


def _default_models_dir() -> Path:
    from stanza.resources.common import DEFAULT_MODEL_DIR

    # Stanza reads $STANZA_RESOURCES_DIR at import; set but empty, it would mean "the current folder".
    return Path(DEFAULT_MODEL_DIR) if DEFAULT_MODEL_DIR else Path.home() / "stanza_resources"


def find_models_dir(config: AuditConfig) -> Path:
    """The Stanza resources directory to use; raises ModelsNotFoundError when it has no English models."""
    explicit = config.resolved_models_dir()
    where = explicit if explicit is not None else _default_models_dir()
    where = where.expanduser()
    if not (where / "resources.json").is_file() or not (where / "en").is_dir():
        raise ModelsNotFoundError(
            f"no Stanza English models in {where} (need resources.json and en/): "
            "run `auditor models download` or pass --models-dir DIR (or set STANZA_RESOURCES_DIR)"
        )
    return where


def download_models(target: Path | None = None) -> Path:
    """Download the official English models with Stanza into ``target`` (Stanza's default if None)."""
    import stanza

    where = (target or _default_models_dir()).expanduser()
    try:
        stanza.download("en", model_dir=str(where), logging_level="WARN")
    except Exception as exc:  # network errors come in many types (requests, urllib3, OSError)
        detail = str(exc) if len(str(exc)) <= 100 else "no network connection?"
        raise ModelLoadError(
            f"could not download Stanza English models into {where} ({type(exc).__name__}: {detail}): "
            "check the network connection, or copy a Stanza resources directory and pass --models-dir"
        ) from exc
    return where


# ---------------------------------------------------------------- conversion helpers


def _misc_value(misc: str | None, key: str) -> str | None:
    """The value of ``key`` (case-insensitive) in a CoNLL-U MISC string, if any."""
    if not misc or misc == "_":
        return None
    for part in misc.split("|"):
        name, sep, value = part.partition("=")
        if sep and name.lower() == key.lower():
            return value
    return None


def _token_ner(token: Any) -> str:
    """The raw NER tag of a Stanza token: its ``ner`` attribute or ``NER=`` in MISC (token or words)."""
    tag = getattr(token, "ner", None)
    if tag:
        return str(tag)
    for misc in [token.misc, *(w.misc for w in token.words)]:
        value = _misc_value(misc, "ner")
        if value:
            return value
    return "O"


def _words(token: Any, start: int, end: int, tag: str) -> Iterator[Word]:
    """Contract Words for one Stanza token; words of a multi-word token share the token's offsets.

    The token's NER tag goes on its first word only ("Peskov's" -> Peskov E-PERSON, 's O), so the
    word-level BIOES sequence stays well formed.
    """
    for i, w in enumerate(token.words):
        yield Word(
            index=int(w.id),
            text=w.text,
            lemma=w.lemma if w.lemma not in (None, "_") else w.text,
            upos=w.upos or "X",
            xpos=w.xpos if w.xpos not in (None, "_") else None,
            feats=w.feats if w.feats not in (None, "_") else None,
            head=int(w.head or 0),
            deprel=w.deprel or "dep",
            start=start,
            end=end,
            ner=tag if i == 0 else "O",
        )


def _sentence(
    article: Article, index: int, paragraph: int, spans: list[tuple[Any, int, int]]
) -> tuple[Sentence, list[Entity]]:
    """Build one Sentence (and its entities) from Stanza tokens with absolute offsets."""
    words: list[Word] = []
    tagged: list[tuple[int, int, str, int]] = []
    for token, start, end in spans:
        raw_tag = _token_ner(token)
        words.extend(_words(token, start, end, normalise_tag(raw_tag)))
        # A possessive clitic ending an entity ("Peskov's") is cut off, so the entity text is the name;
        # "'s" as a verb ("it's") is kept.
        last = token.words[-1]
        possessive = last.text.lower() in POSSESSIVE_S and last.upos not in ("AUX", "VERB")
        trim = len(last.text) if possessive and token.text.endswith(last.text) else 0
        tagged.append((start, end, raw_tag, trim))
    s_start, s_end = spans[0][1], spans[-1][2]
    sentence = Sentence(
        start=s_start,
        end=s_end,
        text=article.text[s_start:s_end],
        index=index,
        paragraph=paragraph,
        words=tuple(words),
    )
    return sentence, entities_from_tags(article.text, sentence.index, tagged)


def parsed_from_document(
    docs: Sequence[Any], article: Article, paragraphs: Sequence[int], model: str = ""
) -> ParsedArticle:
    """Convert annotated Stanza documents, one per headline or body segment, into a ParsedArticle.

    ``paragraphs[i]`` is the index in ``article.segments`` of the segment ``docs[i]`` was made from;
    Stanza's offsets are relative to the segment text, so they are shifted by the segment's start.
    """
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for doc, paragraph in zip(docs, paragraphs, strict=True):
        offset = article.segments[paragraph].start
        for st_sentence in doc.sentences:
            spans = [(t, offset + t.start_char, offset + t.end_char) for t in st_sentence.tokens]
            if not spans:
                continue
            sentence, ents = _sentence(article, len(sentences), paragraph, spans)
            sentences.append(sentence)
            entities.extend(ents)
    return ParsedArticle(article=article, sentences=tuple(sentences), entities=tuple(entities), model=model)


# ---------------------------------------------------------------- CoNLL-U (tests and fixtures)


def parsed_from_conllu(conllu: str, article: Article) -> ParsedArticle:
    """A ParsedArticle from CoNLL-U whose sentences occur, in order, in the article's body segments.

    Token offsets come from ``start_char``/``end_char`` in MISC when present and consistent with the
    text, else from aligning each token form left to right. NER tags come from ``ner=``/``NER=`` in
    MISC (on the token line for multi-word tokens). Sentences may not cross body segments. Unlike
    ``Annotator.parse``, the headline is not read: test CoNLL-U covers body paragraphs only.
    """
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=conllu)
    aligner = Aligner(article)
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    for st_sentence in doc.sentences:
        spans: list[tuple[Any, int, int]] = []
        for token in st_sentence.tokens:
            s, e = token.start_char, token.end_char
            if s is not None and e is not None and aligner.trusts(s, e, token.text):
                aligner.jump(s, e)
            else:
                s, e = aligner.place(token.text)
            spans.append((token, s, e))
        if not spans:
            continue
        paragraph = aligner.segment_at(spans[0][1])
        if aligner.segment_at(spans[-1][2] - 1) != paragraph:
            raise ValueError(f"sentence {len(sentences)} crosses a body segment boundary")
        sentence, ents = _sentence(article, len(sentences), paragraph, spans)
        sentences.append(sentence)
        entities.extend(ents)
    return ParsedArticle(
        article=article, sentences=tuple(sentences), entities=tuple(entities), model="conllu"
    )


# ---------------------------------------------------------------- the annotator


_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


class Annotator:
    """Loads the Stanza English pipeline once and parses articles in bulk."""

    def __init__(self, config: AuditConfig, *, threads: int | None = None) -> None:
        """``threads``: CPU threads for torch (process-wide); None uses ``config.threads``, and when
        that is None too, torch's default (all cores).

        On a machine shared with other busy processes, 1 thread is many times faster than the
        default, whose threads spin waiting for each other.
        """
        self.config = config
        self.models_dir = find_models_dir(config)
        import stanza
        import torch

        threads = threads if threads is not None else config.threads
        if threads:
            torch.set_num_threads(threads)

        # Stanza logs through the "stanza" logger; the library never prints.
        logging.getLogger("stanza").setLevel(logging.WARNING)
        try:
            self._nlp = stanza.Pipeline(
                lang="en",
                dir=str(self.models_dir),
                processors=PROCESSORS,
                download_method=None,
                use_gpu=False,
                logging_level="WARN",
            )
        except Exception as exc:  # Stanza raises FileNotFoundError, ValueError, RuntimeError, ...
            raise ModelLoadError(
                f"could not load Stanza English models from {self.models_dir}: {type(exc).__name__}: {exc}. "
                "Run `auditor models download` or pass --models-dir to a complete resources directory"
            ) from exc
        self._stanza_version = stanza.__version__

    @property
    def model_description(self) -> str:
        """e.g. ``stanza 1.15.0 en (tokenize=combined, pos=ewt_mini, ..., repairs=v9-1a2b3c4d5e) at DIR``:
        the models, the version of our parse repairs and a digest of the word lists they read
        (``nlp_tokens.repairs_key``), which key parse caches."""
        parts = []
        for name, proc in self._nlp.processors.items():
            path = proc.config.get("model_path")
            if isinstance(path, list | tuple):
                path = path[0] if path else None
            package = Path(str(path)).stem if path else "?"
            parts.append(f"{name}={package}")
        parts.append(f"repairs={repairs_key()}")
        return f"stanza {self._stanza_version} en ({', '.join(parts)}) at {self.models_dir}"

    def parse(self, articles: Sequence[Article]) -> list[ParsedArticle]:
        """Annotate the headline and body segments of many articles, ``config.batch_size`` per Stanza call."""
        from stanza.models.common.doc import Document

        out: list[ParsedArticle] = []
        model = self.model_description
        step = max(1, self.config.batch_size)
        for first in range(0, len(articles), step):
            batch = articles[first : first + step]
            jobs: list[tuple[int, int]] = []  # (article position in batch, segment index)
            texts: list[str] = []
            for a_pos, article in enumerate(batch):
                for s_idx, seg in enumerate(article.segments):
                    if seg.kind in PARSED_KINDS and seg.text.strip():
                        jobs.append((a_pos, s_idx))
                        # A segment joined across a blank line (page.py) is one paragraph: Stanza would
                        # split it there, so blank lines become spaces (same length, offsets kept).
                        texts.append(_BLANK_LINES.sub(_spaces, article.text[seg.start : seg.end]))
            docs = [Document([], text=t) for t in texts]
            if docs:
                docs = self._nlp.bulk_process(docs, processors="tokenize,mwt")
                for doc in docs:
                    fix_mwt(doc)
                docs = [merge_broken_sentences(doc, Document) for doc in docs]
                docs = self._nlp.bulk_process(docs, processors="pos")
                for doc in docs:
                    repair_tags(doc)  # before the lemmatiser and parser, which read the tags
                docs = self._nlp.bulk_process(docs, processors="lemma,depparse,ner")
            for a_pos, article in enumerate(batch):
                mine = [(d, s) for d, (ap, s) in zip(docs, jobs, strict=True) if ap == a_pos]
                out.append(parsed_from_document([d for d, _ in mine], article, [s for _, s in mine], model))
        return out
