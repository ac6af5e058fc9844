"""Phrases with stop words, found through pairs of stop words (common grams) and from their rarest term,
find what Whoosh's own phrase query found on the same index, with the same scores, and what the article
itself shows (`article_matches`)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import query as wq

from reader.core.library import INDEX_FOLDER, Workspace
from reader.core.search import article_matches, counting, parse_query, store
from reader.core.search.analysis import EXACT, GRAMS, text_terms, word_terms
from reader.core.search.phrases import WordsInRow, units
from reader.core.search.query import Phrase
from reader.core.search.scoring import CachedLengthsBM25F

STOP = ["في", "من", "أو", "او", "قبل", "بعد", "إلى", "عن", "هي", "ذلك", "الذي", "لا", "ما", "كان", "فِي"]
CONTENT = ["كتاب", "الكتاب", "مدينة", "بيت", "البيت", "سمرقند", "الورق", "قلم", "كتب", "بخارى", "علي"]


def sentence(rng: random.Random) -> str:
    size = rng.randint(3, 14)
    words = [rng.choice(STOP) if rng.random() < 0.6 else rng.choice(CONTENT) for _ in range(size)]
    return " ".join(words) + rng.choice([".", "،", "؟"])


def article_text(rng: random.Random, number: int) -> str:
    title = f"{rng.choice(CONTENT)} {rng.choice(STOP)} {rng.choice(CONTENT)} {number}"
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(2, 6))]
    return "\n\n".join([title, *paragraphs]) + "\n"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """Articles full of stop words in a row, imported in three commits (three segments), one removed."""
    folder = tmp_path_factory.mktemp("grams")
    rng = random.Random(5)
    workspace = Workspace(folder / "library")
    texts = []
    for batch in range(3):
        paths = []
        for number in range(12):
            text = article_text(rng, batch * 100 + number)
            texts.append(text)
            path = folder / f"{batch}-{number}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        workspace.import_paths(paths)
    workspace.remove(workspace.library.ids()[0])
    yield workspace, texts
    workspace.close()


def phrases(texts: list[str]) -> list[str]:
    """Phrases of two to four words taken from the texts, most with stop words, and a few found nowhere."""
    rng = random.Random(9)
    found = []
    for text in rng.sample(texts, 20):
        words = text.replace(".", " ").replace("،", " ").replace("؟", " ").split()
        for _ in range(4):
            size = rng.randint(2, 4)
            start = rng.randrange(len(words) - size)
            found.append('"' + " ".join(words[start : start + size]) + '"')
    return [*found, '"هي هي هي هي"', '"من من"', '"في سمرقند"', '"أو قبل"', '"كتاب الورق قلم"']


def test_phrases_find_the_blocks_the_articles_show(library):
    workspace, texts = library
    queries = phrases(texts)
    assert sum(any(w.terms.stem is None for w in words(q)) for q in queries) > 60
    articles = [workspace.library.get(article_id) for article_id in workspace.library.ids()]
    for query in queries:
        expected = {
            (article.id, block)
            for article in articles
            for block, _, _ in article_matches(query, article) or []
        }
        result = workspace.search(query, limit=10_000)
        assert {(hit.article, hit.paragraph) for hit in result.hits} == expected, query
        assert result.total == len(expected), query


def test_phrases_find_and_score_what_whoosh_phrase_found(library):
    workspace, texts = library
    index = store.open_folder(workspace.library.folder / INDEX_FOLDER)
    weighting = CachedLengthsBM25F()
    matched = 0
    with index.searcher(weighting=weighting) as searcher:
        assert len(searcher.leaf_searchers()) > 1
        for query in phrases(texts):
            terms = [w.terms for w in words(query)]
            ours = counting.scored(searcher, WordsInRow(terms))
            whoosh = counting.scored(searcher, wq.Phrase(EXACT, [t.normalized for t in terms]))
            assert ours is not None and whoosh is not None
            assert ours.keys() == whoosh.keys(), query
            assert all(ours[d] == pytest.approx(whoosh[d], rel=1e-9) for d in ours), query
            matched += len(ours)
    assert matched > 100


def test_stop_words_in_a_row_are_one_pair_term_each():
    terms = text_terms("كان في البيت من قبل أو بعد ذلك.")
    assert terms.grams == [(0, "كان في"), (3, "من قبل"), (4, "قبل او"), (5, "او بعد"), (6, "بعد ذلك")]
    assert units([t for w in ["أو", "قبل"] for t in word_terms(w)]) == [(GRAMS, "او قبل", 0)]
    mixed = [t for w in ["في", "البيت", "من", "قبل"] for t in word_terms(w)]
    assert units(mixed) == [(GRAMS, "من قبل", 2), (EXACT, "في", 0), (EXACT, "البيت", 1)]


def words(query: str):
    (clause,) = parse_query(query).required[0]
    assert isinstance(clause, Phrase)
    return clause.words


def test_an_index_of_the_previous_format_is_rebuilt(tmp_path: Path):
    workspace = Workspace(tmp_path / "library")
    path = tmp_path / "a.txt"
    path.write_text("رحلة\n\nعرف الناس من قبل صناعة الورق.\n", encoding="utf-8")
    workspace.import_file(path)
    workspace.close()
    stamp = tmp_path / "library" / INDEX_FOLDER / store.STAMP_NAME
    stamp.write_text(stamp.read_text().replace(f'"format": {store.FORMAT}', '"format": 3'), encoding="utf-8")
    notices: list[str] = []
    with Workspace(tmp_path / "library", notify=notices.append) as reopened:
        assert [hit.paragraph for hit in reopened.search('"من قبل"').hits]
    assert notices == [
        "The search index was made by another version of Qari; rebuilding it from the library (1 articles)."
    ]
