"""Stage 2 helper: mend Stanza's tokenization before tagging and parsing (used by ``nlp.py`` only).

The tokenizer's mistakes cost attributions downstream: a possessive split letter by letter, a
sentence cut inside a name or after a title ("… a letter to Sen." | "Ana Ruiz said …"). These
functions work on Stanza's own document objects and dict format, so nothing here imports Stanza;
``nlp.py`` passes the Document class in.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from auditor import lexicon

# English clitics that Stanza splits off as the second word of a multi-word token.
_CLITIC = re.compile(r"^(\S+?)((?:['’](?:s|re|ll|ve|d|m))|(?:n['’]t))$", re.IGNORECASE)

# A sentence ends properly with one of these, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")

Entry = dict[str, Any]

# Part of the model description, so cached parses made before a change to these repairs (or to the
# tag repairs in nlp_tags.py) are redone.
REPAIRS_VERSION = 9

#: The word lists read while a parse is made (the repairs here and in nlp_tags.py, the verb forms
#: they consult, the NER label map): editing one changes parses, so their digest keys parse caches
#: too (tests/test_nlp_tokens.py checks the list against the modules).
PARSE_DATA = (
    "adverbs_before_nouns.txt",
    "closed_class_tags.txt",
    "name_particles.txt",
    "ner_labels.txt",
    "passive_object_verbs.txt",
    "reporting_verb_forms.txt",
    "reporting_verbs.txt",
    "source_nouns.txt",
    "time_words.txt",
    "titles.txt",
    "titles_other_pos.txt",
    "unfinished_abbreviations.txt",
)


def repairs_key() -> str:
    """``v9-<digest>``: the repairs' version and a digest of the word lists a parse reads."""
    return f"v{REPAIRS_VERSION}-{lexicon.digest(PARSE_DATA)}"


# Second words the English MWT model may split off besides clitics ("cannot", "gonna", "gotta").
_SPLIT_ENDINGS = frozenset({"not", "na", "ta"})


def _expansion(text: str, words: list[str]) -> list[str]:
    """The words a token should have: stem + clitic as written ("can't" -> ca n't, "Kremlin's" ->
    Kremlin 's), the model's own split of "cannot"/"gonna"; anything else whole ("Donna", never
    D onna). A plural possessive stays one word ("generals’", not g enerals ’ nor generals ’): on
    PolNeAR train the parser does better with it whole (source exact 0.8400 split, 0.8401 whole;
    content token F1 0.8660 and 0.8662; 3 more cues matched)."""
    match = _CLITIC.match(text)
    if match:
        return [match.group(1), match.group(2)]
    if len(words) == 2 and "".join(words) == text and words[1].lower() in _SPLIT_ENDINGS:
        return words
    return [text]


def fix_mwt(doc: Any) -> None:
    """Make multi-word-token expansions faithful to the text and stable across runs.

    The English MWT model splits some tokens letter by letter ("Kremlin's" -> K r e m l i n ' s,
    "miners'" -> m in ers', "Donna" -> D onna), and its output varies with the batch it is run in.
    So every token it expands, and every token ending in an English clitic, gets the words
    ``_expansion`` gives it, whatever the tokenizer and model did.
    """
    plan: list[tuple[Any, list[str]]] = []
    changed = False
    for sentence in doc.sentences:
        for token in sentence.tokens:
            words = [w.text for w in token.words]
            multi = len(token.id) > 1
            if multi or _CLITIC.match(token.text):
                want = _expansion(token.text, words)
                plan.append((token, want))
                changed = changed or want != words
    if not changed:
        return
    for token, _ in plan:
        if len(token.id) == 1:  # flag single-word tokens so set_mwt_expansions expands them
            token.misc = f"{token.misc}|MWT=Yes" if token.misc else "MWT=Yes"
    doc.set_mwt_expansions([" ".join(want) for _, want in plan], process_manual_expanded=None)


@cache
def _unfinished() -> dict[str, str]:
    """Abbreviation (lower case, no period) -> what must follow it: 'capital' or 'digit'."""
    return {key: fields[0] for key, fields in lexicon.table("unfinished_abbreviations.txt").items()}


def _ends_unfinished(prev: list[Entry], nxt: list[Entry]) -> bool:
    """``prev`` ends with a title or month abbreviation that the first word of ``nxt`` continues
    ("to Sen." + "Ana", "on Oct." + "3"): the period is the abbreviation's, not the sentence's."""
    last = prev[-1]["text"]
    if last == "." and len(prev) > 1 and prev[-2]["end_char"] == prev[-1]["start_char"]:
        word = prev[-2]["text"]
    elif last.endswith(".") and len(last) > 1:
        word = last[:-1]
    else:
        return False
    need = _unfinished().get(word.lower())
    first = nxt[0]["text"][:1]
    return (need == "capital" and first.isupper()) or (need == "digit" and first.isdigit())


def _join_abbreviation(prev: list[Entry]) -> list[Entry]:
    """ "Sen" + "." as two tokens become the one token "Sen." the tagger knows."""
    if prev[-1]["text"] != "." or len(prev) < 2 or isinstance(prev[-2]["id"], tuple):
        return prev
    head, dot = prev[-2], prev[-1]
    joined = {**head, "text": head["text"] + ".", "end_char": dot["end_char"]}
    joined.pop("misc", None)
    if "misc" in dot:
        joined["misc"] = dot["misc"]
    return [*prev[:-2], joined]


def merge_broken_sentences(doc: Any, document_type: Any) -> Any:
    """Join a sentence with the next one on the same line when the tokenizer ended it too early.

    Two cases: no final punctuation, a split inside a name ("Kim Jong" | "Un expressed ...", "Dana" |
    "Whitlow, the CFO, wrote ..."), and a title or month abbreviation whose period was read as the
    end ("a letter to Sen." | "Ana Ruiz (D-Vt.) said ...", "on Oct." | "3."; the list is in
    ``data/unfinished_abbreviations.txt``). A subject cut off from its verb loses the attribution.
    Text separated by a line break is left alone (lists, captions kept in a paragraph).
    """
    sentences = doc.to_dict()
    if len(sentences) < 2:
        return doc
    merged: list[list[Entry]] = [sentences[0]]
    for nxt in sentences[1:]:
        prev = merged[-1]
        gap = doc.text[prev[-1]["end_char"] : nxt[0]["start_char"]]
        ended = _SENTENCE_END.search(doc.text[prev[0]["start_char"] : prev[-1]["end_char"]])
        if "\n" in gap or (ended and not _ends_unfinished(prev, nxt)):
            merged.append(nxt)
            continue
        if ended:
            prev = _join_abbreviation(prev)
        shift = sum(1 for entry in prev if isinstance(entry["id"], int))  # words, not MWT token lines
        for entry in nxt:
            ident = entry["id"]
            entry["id"] = tuple(i + shift for i in ident) if isinstance(ident, tuple) else ident + shift
        merged[-1] = prev + nxt
    if len(merged) == len(sentences):
        return doc
    return document_type(merged, text=doc.text)
