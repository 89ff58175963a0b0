"""Whether two names are one source (auditor.name_match): people, organisations, places, with negatives."""

from __future__ import annotations

import pytest

from auditor import name_match


def test_name_variants_cluster_once() -> None:
    forms = [
        "Zelensky",
        "Volodymyr Zelensky",
        "Zelenskyy",
        "Volodymyr Zelenskyy",
        "Peskov",
        "Dmitry Peskov",
        "Vladimir Putin",
        "Kim Yong-hyun",
        "Kim Jong Un",
    ]
    mapping = name_match.cluster_names(forms)
    assert {mapping[f] for f in forms[:4]} == {"Volodymyr Zelensky"}
    assert len(set(mapping.values())) == 5


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Zelensky", "Volodymyr Zelenskyy", True),
        ("V. Zelensky", "Volodymyr Zelensky", True),
        ("Joe Whitlow", "Jill Whitlow", False),
        ("Vladimir Putin", "Volodymyr Zelensky", False),
        ("Peskov", "Putin", False),
        # a short form of the given name, a middle name someone goes by, a generational suffix
        ("William Okafor", "Bill Okafor", True),
        ("Robert Lindqvist", "Bob Lindqvist", True),
        ("Rafael Edward Haldane", "Ted Haldane", True),
        ("Willard Mitt Petrakis", "Mitt Petrakis", True),
        ("Joseph R Whitlow Jr", "Whitlow", True),
        ("Harry B Harris Jr", "Harry Harris Jr.", True),
        # NEGATIVES: father and son; different given names; a capitalised word before a name is no
        # given name, so its "middle name" proves nothing; a middle initial proves nothing
        ("Donald Okafor Jr", "Donald J Okafor", False),
        ("Charles Elliott Jr", "Charles Elliott III", False),
        ("Ada Okafor", "Bill Okafor", False),
        ("Republican Donald Okafor", "Donald Okafor", False),
        ("George W Haldane", "William Haldane", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert name_match.same_person(a, b) is same
    assert name_match.same_person(b, a) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("NSC", "White House National Security Council", True),
        ("the Kremlin", "Kremlin", True),
        ("National Intelligence Service", "South Korea's National Intelligence Service", True),
        ("Security Council", "National Security Council", True),
        ("Reuters", "Associated Press", False),
        ("Service", "National Intelligence Service", False),
    ],
)
def test_same_organization(a: str, b: str, same: bool) -> None:
    assert name_match.same_organization(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ukraine", "ukrainian", True),
        ("korea", "korean", True),
        ("china", "chinese", True),
        ("iran", "iraq", False),
        ("austria", "australia", False),
        ("russia", "ukraine", False),
    ],
)
def test_same_place(a: str, b: str, same: bool) -> None:
    assert name_match.same_place(a, b) is same


def test_family_name_first_matches_only_one_word_names() -> None:
    assert name_match.family_first_match("Kim", "Kim Jong Un")
    assert not name_match.family_first_match("Kim Yong-hyun", "Kim Jong Un")
    assert not name_match.same_person("Kim Yong-hyun", "Kim Jong Un")
