"""Broken plurals: the singular and plural forms that a dictionary relates to a word, by their stems.

No light stemmer joins قلب and قلوب, كتاب and كتب, يوم and أيام. The nouns of the Arramooz dictionary
(the `arramooz-pysqlite` package, whose SQLite file ships inside it; GPL-3.0) name the broken plurals of a
singular and the singular of a broken plural. Read once, at the first search that asks, they become
one table from a stem (as the index stems a word, `analysis.word_terms`) to the stems it relates: a singular's
to its plurals' and a plural's to its singular's, never a plural's to its sibling plurals (عيون is
related to عين, not to أعيان). The stems of a word with several readings are merged (كتاب is both the
book, plural كتب, and the plural of كاتب), which is why a query ranks these matches below its own.

Sound plurals and clitics are the stemmer's: the table only holds pairs whose stems differ.
Measured against the other packages in `bench/lexicon_eval.py`; the figures are in docs/search.md.

Building the table takes 0.2-0.4 s, so a search first `prepare`s it from the copy in the index's folder
(`stemcopy`), written there by the first search that built it and carried into each rebuilt index. Its
key is the analysis fingerprint and the dictionary file's size and time (a new arramooz installs a new
file; asking the package metadata for its version would cost more than reading the whole copy).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from reader.core.atomicfile import replace_bytes
from reader.core.search import stemcopy
from reader.core.search.analysis import analysis_fingerprint, word_terms
from reader.core.text import normalize

__all__ = ["carry_over", "prepare", "related_stems"]

_PACKAGE, _DATABASE = "arramooz", "data/arabicdictionary.sqlite"
_SINGULAR, _BROKEN_PLURAL = "مفرد", "جمع تكسير"
_NOTES = re.compile(r"\[[^\]]*\]|\([^)]*\)|:[^;]*|\S*\+\S*")  # [usage], (remarks), : a gloss, +ات
_LETTERS = re.compile("^[\u0621-\u063a\u0641-\u064a]{2,}$")  # a plain Arabic word once marks are gone
_WEAK = str.maketrans("", "", "اويءؤئ")  # root letters that a plural may change or drop


_COPY_FORMAT = 2  # raise when the table's rules or its file's shape change without the analysis changing
_lock = threading.Lock()  # the table is built once, whichever thread asks first
_table: stemcopy.Table | None = None
_prepared: set[Path] = set()  # index folders known to hold the copy of the table in memory


def related_stems(word_stem: str) -> tuple[str, ...]:
    """The stems of the broken plurals (or singular) the dictionary relates to a stem; () for none."""
    with _lock:
        table = _table if _table is not None else _built()
    return tuple(table.get(word_stem, "").split())


def prepare(folder: Path) -> None:
    """Have the table at hand for searching the index in `folder`: read from its copy there, else built
    (unless this process holds it already) and written there."""
    global _table
    with _lock:
        if folder in _prepared:
            return
        key = _key()
        if _table is None:
            _table = stemcopy.read(folder, key)
            if _table is None:
                stemcopy.write(folder, key, _built())
        elif not (folder / stemcopy.NAME).exists():  # one there is checked by the next process to read it
            stemcopy.write(folder, key, _table)
        _prepared.add(folder)


def carry_over(old: Path, new: Path) -> None:
    """Give an index being rebuilt in `new` the table's copy: the table this process holds, else the copy
    in `old`, the folder it replaces, as it is (it is checked when read)."""
    with _lock:
        if _table is not None:
            stemcopy.write(new, _key(), _table)
            return
    with contextlib.suppress(OSError):  # no copy there: the first search writes one
        replace_bytes(new / stemcopy.NAME, (old / stemcopy.NAME).read_bytes())


def _key() -> str:
    """What the table depends on: its rules, the analysis and the dictionary file."""
    with _dictionary() as file:
        status = file.stat()
    return f"{_COPY_FORMAT}:{analysis_fingerprint()}:{status.st_size}:{status.st_mtime_ns}"


def _forms(field: str, root: str | None) -> list[str]:
    """The words a dictionary field lists, normalized, that hold the root's strong letters in order.

    The fields hold glosses and examples too (رَجُلٌ حُطَيْئَةٌ, جِدْيَانٌ الذَّكَرُ مِنْ أَوْلاَدِ الْمَعِزِ):
    the root check keeps only the words of the entry's own family.
    """
    strong = normalize(root).translate(_WEAK) if root else ""
    words = normalize(_NOTES.sub(" ", field).replace(";", " ")).split()
    return [word for word in words if _LETTERS.match(word) and _holds(word, strong)]


def _holds(word: str, letters: str) -> bool:
    """Whether `letters` occur in `word` in this order."""
    rest = iter(word)
    return all(letter in rest for letter in letters)


def _built() -> stemcopy.Table:
    """The table built from the dictionary, kept for the process; the caller holds `_lock`."""
    global _table
    if _table is None:
        _table = _build()
    return _table


def _build() -> dict[str, str]:
    """Stem → its related stems (separated by spaces), built from the dictionary (see the bench).

    A singular finds its broken plurals. A plural finds its singular unless the dictionary also knows the
    plural's spelling as a singular noun of its own: عذاب (punishment) is not sent to عذب (sweet), كتاب
    (book) not to كاتب, أعداد/إعداد not to عدد; قلوب and أيام, plurals only, find قلب and يوم. Plurals in
    ات are sound plurals, the stemmer's (and صلوات, stemmed صلو, would meet صلّوه); see `_distinct` for
    the short stems left out.
    """
    rows = _rows()
    singulars = {word for word, _, _, singular in rows if singular}
    edges = {
        (word, other) if singular else (other, word)
        for word, root, others, singular in rows
        for other in _forms(others, root)
    }
    edges = {(one, many) for one, many in edges if not many.endswith("ات")}
    stems = {word: _stem(word) for word in {word for edge in edges for word in edge}}
    related: dict[str, set[str]] = {}
    for one, many in edges:
        a, b = stems[one], stems[many]
        if not a or not b or a == b:
            continue
        if _distinct(b, many):
            related.setdefault(a, set()).add(b)
        if many not in singulars and _distinct(a, one):
            related.setdefault(b, set()).add(a)
    return {key: " ".join(sorted(values)) for key, values in related.items()}


def _distinct(stem: str, word: str) -> bool:
    """Whether a related word's stem can stand for it: a stem of three letters that lost an ending
    (قضية → قضي, هدية → هدي) is also the stem of verbs (قضى, هدى), so it is left out."""
    return len(stem) > 3 or stem == word


def _stem(word: str) -> str | None:
    """The stem the index gives a dictionary word; None for a stop word."""
    terms = word_terms(word)
    return terms[0].stem if len(terms) == 1 else None


def _rows() -> list[tuple[str, str | None, str, bool]]:
    """(word, root, its broken plurals or its singular, whether the word is the singular) for every noun
    the dictionary gives one of."""
    with _dictionary() as file:
        connection = sqlite3.connect(f"{file.as_uri()}?mode=ro", uri=True)
        try:
            rows = connection.execute(
                "SELECT unvocalized, root, CASE number WHEN ? THEN broken_plural ELSE single END, number = ?"
                " FROM nouns WHERE (number = ? AND broken_plural != '') OR (number = ? AND single != '')",
                (_SINGULAR, _SINGULAR, _SINGULAR, _BROKEN_PLURAL),
            ).fetchall()
            return [(normalize(word), root, others, bool(singular)) for word, root, others, singular in rows]
        finally:
            connection.close()


@contextmanager
def _dictionary() -> Iterator[Path]:
    """The path of the dictionary's SQLite file while the block runs."""
    with resources.as_file(resources.files(_PACKAGE).joinpath(_DATABASE)) as file:
        yield file
