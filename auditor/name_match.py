"""Whether two source names are one person, one body or one place: "Zelensky", "Zelenskyy's" and
"President Volodymyr Zelenskyy" are one person; "NSC" is the "White House National Security
Council"; "ukrainian" is "ukraine". Pure string functions over names ``names.split_name`` produced.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rapidfuzz import fuzz

from auditor import lexicon
from auditor.names import ACRONYM_SKIP, DETERMINERS, is_given_name, organization_name, tokenize

#: Surnames this similar (rapidfuzz ratio, 0-100) are the same surname spelt two ways.
SURNAME_RATIO = 85.0
#: First names this similar are compatible ("Volodymyr" / "Volodimir").
FIRST_NAME_RATIO = 80.0


def same_place(a: str, b: str) -> bool:
    """Country and demonym agree: "ukraine"/"ukrainian", "korea"/"korean", "china"/"chinese"."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= min(len(a), len(b)) - 1


def _surname_match(a: str, b: str) -> bool:
    return fuzz.ratio(a.lower(), b.lower()) >= SURNAME_RATIO


@cache
def _nicknames() -> dict[str, frozenset[str]]:
    """Given name or short form -> every form it can be (itself included), from ``nicknames.txt``."""
    out: dict[str, set[str]] = {}
    for name, fields in lexicon.table("nicknames.txt").items():
        group = {name} | {s.strip().lower() for f in fields for s in f.split(",") if s.strip()}
        for form in group:
            out.setdefault(form, {form}).update(group)
    return {k: frozenset(v) for k, v in out.items()}


def _first_compatible(a: str, b: str) -> bool:
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= FIRST_NAME_RATIO or b in _nicknames().get(a, ())


#: Generational suffixes that end a name without being its surname ("Martin L. Haldane Jr.").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_words(name: str) -> tuple[list[str], str]:
    """The name's words without a generational suffix, and the suffix ("" when none)."""
    words = name.split()
    suffix = ""
    while len(words) > 1 and words[-1].lower().rstrip(".") in _SUFFIXES:
        suffix = words.pop().lower().rstrip(".") + suffix
    return words, suffix


def _given_compatible(ta: list[str], tb: list[str]) -> bool:
    """First names agree, or a spelt-out middle name is the name someone goes by ("Margaret Ana Ruiz"
    is "Ana Ruiz", "Willard Owen Haldane" is "Owen Haldane"); a middle initial proves nothing."""
    if _first_compatible(ta[0], tb[0]):
        return True
    # only after a word known as a given name: "Independent Ana Ruiz" is a bad split, not a middle name
    middles = [(m, tb[0]) for m in ta[1:-1] if _known_given(ta[0])]
    middles += [(m, ta[0]) for m in tb[1:-1] if _known_given(tb[0])]
    return any(len(m.rstrip(".")) > 1 and _first_compatible(m, first) for m, first in middles)


def _known_given(word: str) -> bool:
    low = word.lower()
    return low in _nicknames() or is_given_name(low)


def same_person(a: str, b: str) -> bool:
    """Two person names can be one person: surnames alike, first names (when both given) compatible.

    A single word also matches the first word of a longer name only when it equals it exactly
    (family name first: "Kim" / "Kim Jong Un"); callers decide between several such matches.
    """
    (ta, sa), (tb, sb) = _name_words(a), _name_words(b)
    if not ta or not tb:
        return False
    if not _surname_match(ta[-1], tb[-1]):
        return False
    if len(ta) > 1 and len(tb) > 1:
        # father and son share a name: two full names are one person only when their suffixes agree
        # ("Owen Haldane Jr." is not "Owen J. Haldane"; a bare "Haldane" still fits "Owen L. Haldane Jr.")
        return sa == sb and _given_compatible(ta, tb)
    return True


def family_first_match(a: str, b: str) -> bool:
    """A one-word name equal to the first word of a longer name ("Kim" / "Kim Yong-hyun")."""
    ta, tb = a.split(), b.split()
    if len(ta) == 1 and len(tb) > 1:
        return ta[0].lower() == tb[0].lower()
    if len(tb) == 1 and len(ta) > 1:
        return tb[0].lower() == ta[0].lower()
    return False


def acronyms(name: str) -> frozenset[str]:
    """Initials of the capitalised words and of each tail of them ("White House National Security
    Council" -> WHNSC, HNSC, NSC, SC)."""
    words = [w for w in name.split() if w.lower() not in ACRONYM_SKIP and w[:1].isupper()]
    return frozenset("".join(w[0] for w in words[i:]).upper() for i in range(len(words) - 1))


@lru_cache(maxsize=65536)
def _org_key(name: str) -> str:
    return " ".join(t.low for t in tokenize(name) if t.low not in DETERMINERS)


@lru_cache(maxsize=65536)
def same_organization(a: str, b: str) -> bool:
    """Two organisation names are one: equal, one is the other's acronym, or one ends the other."""
    ka, kb = _org_key(a), _org_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    for x, y in ((a, b), (b, a)):
        short_form = organization_name(x).replace(".", "")
        if short_form.isupper() and " " not in short_form and short_form in acronyms(y):
            return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short.split()) >= 2 and long_.endswith(" " + short)


def best_form(forms: Sequence[str]) -> str:
    """The canonical form of one entity: the longest (most words) full form, the first seen on ties."""
    best = forms[0]
    for form in forms[1:]:
        if len(form.split()) > len(best.split()):
            best = form
    return best


def cluster_names(names: Sequence[str], person: bool = True) -> dict[str, str]:
    """Map each name to the canonical form of its group (name variants grouped, order kept)."""
    groups: list[list[str]] = []
    match = same_person if person else same_organization
    for name in names:
        for group in groups:
            if any(match(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return {name: best_form(group) for group in groups for name in group}
