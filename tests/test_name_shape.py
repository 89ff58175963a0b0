"""Whether a run of capitalised words is shaped like a person's name (``auditor.name_shape``)."""

from __future__ import annotations

import pytest

from auditor.name_shape import person_shaped


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("Dana Whitlow", True),
        ("Priya K. Raman", True),
        ("Tom O'Rourke-Lee", True),
        # NEGATIVES: places, bodies, acronyms, determiners, nationalities, lower case, too long or short
        ("Costa Rica", False),
        ("Port Ellery", False),
        ("Lindale Council", False),
        ("NATO Command", False),
        ("The Blaze", False),
        ("British Columbia", False),
        ("Dana whitlow", False),
        ("Ana Maria de la Cruz", False),
        ("Whitlow", False),
    ],
)
def test_person_shaped(run: str, expected: bool) -> None:
    assert person_shaped(run.split()) is expected
