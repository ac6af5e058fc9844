"""The broken plurals the Arramooz dictionary relates to a word, by the stems the index gives them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.search.analysis import word_terms
from reader.core.search.expansion import related_stems
from tests.helpers import REPO


def related(word: str) -> set[str]:
    """The stems the dictionary relates to a word, as the index stems them."""
    return set(related_stems(stem_of(word)))


def stem_of(word: str) -> str:
    stem = word_terms(word)[0].stem
    assert stem is not None
    return stem


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("قلب", "قلوب"),
        ("كتاب", "كتب"),
        ("ولد", "أولاد"),
        ("بيت", "بيوت"),
        ("مدرسة", "مدارس"),
        ("مسجد", "مساجد"),
        ("يوم", "أيام"),
        ("مكان", "أماكن"),
        ("رجل", "رجال"),
        ("عين", "عيون"),
        ("رئيس", "رؤساء"),
    ],
)
def test_a_singular_and_its_broken_plural_are_related_both_ways(singular: str, plural: str) -> None:
    assert stem_of(plural) in related(singular)
    assert stem_of(singular) in related(plural)


def test_a_plural_is_related_to_its_singular_not_to_the_other_plurals() -> None:
    assert stem_of("أعين") in related("عين")
    assert stem_of("أعين") not in related("عيون")


def test_glosses_in_the_dictionary_are_not_taken_for_plurals() -> None:
    # the entry of حطيئة gives the example «رَجُلٌ حُطَيْئَةٌ» where its plural would be
    assert stem_of("حطيئة") not in related("رجل")
    assert related("قال") == set()


def test_the_command_line_list_does_not_read_the_dictionary(tmp_path: Path) -> None:
    code = (
        "import sys; from reader.app import main\n"
        f"status = main(['--library', {str(tmp_path)!r}, 'list'])\n"
        "expansion = sys.modules.get('reader.core.search.expansion')\n"
        "built = expansion is not None and expansion._table is not None\n"
        "print(status, built, 'arramooz' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.split()[-3:] == ["0", "False", "False"]
