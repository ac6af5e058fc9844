"""Conformance with Apache Lucene's Arabic analysis tests (input → expected tokens, checked against Lucene).

The vectors are in tests/data/lucene-arabic/vectors.tsv (see SOURCE.txt there). Qari's default stemmer
goes beyond light10 on purpose, so the stemming suites run twice: with `stem_light10`, which must reproduce
Lucene exactly, and with `stem`, where the rows that differ on purpose are checked against what Qari
gives instead (QARI_INSTEAD): a difference that changed or vanished would fail here.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

import pytest

from reader.core.text import STOPWORDS, analyze, normalize, stem, tokenize
from reader.core.text.stemmer import stem_light10
from tests.helpers import LUCENE_VECTORS

# Lucene's token → Qari's, where Qari's own stemmer goes further on purpose: it strips the pronoun
# suffix كم as well (ايمانكم → ايمان → ايم).
STEMMED_FURTHER = {"ايمانكم": "ايم"}
# Lucene's PersianCharFilter splits a word at a zero-width non-joiner; Qari keeps the word whole (its
# normalization drops the ZWNJ), since the joiner is inside one word.
KEPT_WHOLE = {"می خورد": "می\u200cخورد"}


def _rows() -> list[tuple[str, str, str, str]]:
    with LUCENE_VECTORS.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        assert header == ["suite", "test_name", "input", "expected"]
        rows = []
        for row in reader:
            if row:
                suite, name, text, expected = [*row, "", ""][:4]
                rows.append((suite, name, text, expected))
        return rows


def _params(stemmer_name: str | None) -> list:
    params = []
    for number, (suite, name, text, expected) in enumerate(_rows(), start=2):
        uses_stems = suite in ("TestArabicStemFilter", "TestArabicAnalyzer") or "ArabicStem" in name
        if (stemmer_name is None) == uses_stems:
            continue
        expected = KEPT_WHOLE.get(expected, expected)
        if stemmer_name == "stem":
            expected = " ".join(STEMMED_FURTHER.get(word, word) for word in expected.split())
        params.append(pytest.param(suite, name, text, expected, id=f"line{number}-{name}"))
    return params


def _settings(name: str) -> dict[str, frozenset[str]]:
    """The non-default analyzer settings written in a test name, e.g. [stopwords=EMPTY;stemExclusion=x]."""
    found = re.search(r"\[(.*)\]", name)
    settings: dict[str, frozenset[str]] = {}
    for item in found.group(1).split(";") if found else []:
        key, _, value = item.partition("=")
        settings[key] = frozenset() if value == "EMPTY" else frozenset(normalize(v) for v in value.split(","))
    return settings


def _pipeline(suite: str, name: str, text: str, stemmer: Callable[[str], str] | None) -> list[str]:
    """The tokens Qari's analysis gives for one vector, following that suite's pipeline."""
    settings = _settings(name)
    if suite == "TestArabicNormalizationFilter" or name.startswith("testNormalizer"):
        return [normalize(word) for word in text.split()]
    if name.startswith("testStemmer"):
        assert stemmer is not None
        return [stemmer(normalize(word)) for word in text.split()]
    if name.startswith("testPersianCharFilter"):
        return [token.text for token in tokenize(text)]
    assert stemmer is not None
    if suite == "TestArabicStemFilter":
        if "keyword" in settings:  # Lucene's keyword marker: our stem exclusions
            found = analyze(text, stopwords=frozenset(), stem_exclusions=settings["keyword"], stemmer=stemmer)
            return [word_stem or "" for _, word_stem, _, _ in found]
        return [stemmer(word) for word in text.split()]
    assert suite == "TestArabicAnalyzer", suite
    found = analyze(
        text,
        stopwords=settings.get("stopwords", STOPWORDS),
        stem_exclusions=settings.get("stemExclusion", frozenset()),
        stemmer=stemmer,
    )
    return [word_stem for _, word_stem, _, _ in found if word_stem is not None]


@pytest.mark.parametrize(("suite", "name", "text", "expected"), _params(None))
def test_normalization_vectors(suite: str, name: str, text: str, expected: str) -> None:
    assert _pipeline(suite, name, text, None) == expected.split()


@pytest.mark.parametrize(("suite", "name", "text", "expected"), _params("light10"))
def test_stemming_vectors_light10(suite: str, name: str, text: str, expected: str) -> None:
    assert _pipeline(suite, name, text, stem_light10) == expected.split()


@pytest.mark.parametrize(("suite", "name", "text", "expected"), _params("stem"))
def test_stemming_vectors_qari(suite: str, name: str, text: str, expected: str) -> None:
    assert _pipeline(suite, name, text, stem) == expected.split()


def test_vector_file_is_complete() -> None:
    suites = [row[0] for row in _rows()]
    assert len(suites) == 60
    assert set(suites) == {
        "TestArabicNormalizationFilter",
        "TestArabicStemFilter",
        "TestArabicAnalyzer",
        "TestArabicFilters",
    }
