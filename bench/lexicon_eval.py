"""Measure the Arabic morphology packages of PyPI as a source of broken plurals for search expansion.

Each candidate gives, for a query word, the stems (as Qari stems normalized words) a search would add
to the word's own: `arramooz` the singular ↔ broken-plural pairs of its noun dictionary (what Qari
uses, `reader.core.search.expansion`); `qalsadi` (its chosen noun lemma) and `farahidi` (every noun
lemma) the lemmas of the word (a plural's singular; a singular has no other lemma, so they cannot add
plurals to a query); `tashaphyne` the root, which only a root field in the index could use (a form is
found when its root is the query's).

Measured on a judged set written for this bench: common singular/broken-plural pairs, both ways, and
look-alikes that must not be joined (same letters or same root, another word). Spread: the share of the
distinct words of the seed article (tests/data/seed) that a query would expand, and by how many stems.

    python bench/lexicon_eval.py [--misses]

Candidates that are not installed are reported as such (Qari installs only arramooz-pysqlite).
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.search.analysis import word_terms
from reader.core.text import normalize, stem, tokenize

# singular, broken plural: nouns a reader meets every day
PAIRS = """
قلب قلوب|كتاب كتب|سماء سماوات|ولد أولاد|بيت بيوت|مدرسة مدارس|مسجد مساجد|يوم أيام|مكان أماكن|عالم عوالم
رجل رجال|عين عيون|امرأة نساء|بلد بلاد|شيخ شيوخ|نفس نفوس|حرب حروب|شهر أشهر|علم علوم|قرن قرون|درس دروس
باب أبواب|طفل أطفال|شعب شعوب|جبل جبال|بحر بحار|نهر أنهار|مدينة مدن|صديق أصدقاء|شاعر شعراء|فقير فقراء
أمير أمراء|وزير وزراء|طريق طرق|رسالة رسائل|قصيدة قصائد|جزيرة جزر|سؤال أسئلة|عمل أعمال|قلم أقلام
حديث أحاديث|أخ إخوة|صورة صور|فكرة أفكار|منزل منازل|مصدر مصادر|شارع شوارع|معركة معارك|عامل عمال
ملك ملوك|نبي أنبياء|رسول رسل|كنيسة كنائس|قرية قرى|جيش جيوش|سوق أسواق
"""
# query, a word it must not find: same letters, same root or a homograph's plural, another meaning
LOOKALIKES = """
كتاب مكتب|كتاب كاتب|قلب قالب|بيت أبي|عين أعي|مدرسة مدرس|مسجد ساجد|ولد والد|علم عالم|يوم يمين
رجل راجل|شعر شعراء|جبل جبلة|بحر بحيرة|سماء اسم|أمر أمراء|نهر نهار|درس مدارس|عمل عمال|حرب محراب
شهر مشاهير|عالم علام|قرن قرين|طريق طريقة|صورة سورة|جيش جاش|سوق ساق|ملك مالك|علم معالم|نفس نفيس
"""


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a, b) for item in text.replace("\n", "|").split("|") if item.strip() for a, b in [item.split()]]


def _key(word: str) -> str:
    """The stem the index gives a word (what a search matches on)."""
    terms = word_terms(word)
    return (terms[0].stem or "") if terms else stem(normalize(word))


class Candidate:
    """A package under test: how to load it and what it relates a word to."""

    def __init__(self, name: str, dist: str, load: Callable[[], Callable[[str], set[str]]]) -> None:
        self.name, self.dist, self.load = name, dist, load


def _arramooz() -> Callable[[str], set[str]]:
    from reader.core.search.expansion import _table

    table = _table()
    return lambda word: set(table.get(_key(word), ()))


def _qalsadi() -> Callable[[str], set[str]]:
    from qalsadi.lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()

    def related(word: str) -> set[str]:
        lemma = lemmatizer.lemmatize(word, pos="noun")  # its choice of the noun readings' lemmas
        return {_key(lemma)} - {_key(word)} if lemma else set()

    return related


def _farahidi() -> Callable[[str], set[str]]:
    import farahidi

    def related(word: str) -> set[str]:
        return {_key(a.lemma) for a in farahidi.analyze(word) if a.pos == "اسم" and a.lemma} - {_key(word)}

    return related


def _tashaphyne() -> Callable[[str], set[str]]:
    from tashaphyne.stemming import ArabicLightStemmer

    stemmer = ArabicLightStemmer()

    def related(word: str) -> set[str]:
        stemmer.light_stem(word)
        return {"√" + stemmer.get_root()}  # a root, to compare with the other word's root

    return related


CANDIDATES = [
    Candidate("arramooz (Qari)", "arramooz-pysqlite", _arramooz),
    Candidate("qalsadi lemmas", "qalsadi", _qalsadi),
    Candidate("farahidi lemmas", "farahidi", _farahidi),
    Candidate("tashaphyne root", "tashaphyne", _tashaphyne),
]


def _finds(related: Callable[[str], set[str]], query: str, form: str, roots: bool) -> bool:
    """Whether a search for `query` finds `form`: the same stem, or a stem (root) the lexicon relates."""
    if _key(query) == _key(form):
        return True
    if roots:
        return bool(related(query) & related(form))
    return _key(form) in related(query)


def _installed_mb(dist: str) -> float:
    files = importlib.metadata.distribution(dist).files or []
    return sum(f.size or 0 for f in files) / 1e6


def _rss_mb() -> float:
    """The resident memory of this process (Linux; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * 4096 / 1e6


def measure(candidate: Candidate, seed_words: list[str], misses: bool) -> list[str] | None:
    """One row of the table, or None when the package is not installed."""
    try:
        version = importlib.metadata.version(candidate.dist)
    except importlib.metadata.PackageNotFoundError:
        return None
    memory = _rss_mb()
    start = time.perf_counter()
    related = candidate.load()
    related("كتاب")  # the first lookup: dictionaries and caches load here
    load_ms = (time.perf_counter() - start) * 1000
    memory = _rss_mb() - memory
    roots = candidate.name.endswith("root")
    pairs = _pairs(PAIRS)
    to_singular = [(p, s) for s, p in pairs if _finds(related, p, s, roots)]
    to_plural = [(s, p) for s, p in pairs if _finds(related, s, p, roots)]
    false = [(a, b) for a, b in _pairs(LOOKALIKES) if _finds(related, a, b, roots) and _key(a) != _key(b)]
    start = time.perf_counter()
    expansions = [related(word) for word in seed_words]
    per_word_us = (time.perf_counter() - start) / len(seed_words) * 1e6
    expanded = [len(e) for e in expansions if e]
    if misses:
        print(
            f"{candidate.name}: missed",
            [p for s, p in pairs if (p, s) not in to_singular],
            "→ singular;",
            [s for s, p in pairs if (s, p) not in to_plural],
            "→ plural; false",
            false,
            file=sys.stderr,
        )
    return [
        f"{candidate.name} {version}",
        f"{len(to_singular)}/{len(pairs)}",
        f"{len(to_plural)}/{len(pairs)}",
        f"{len(false)}/{len(_pairs(LOOKALIKES))}",
        "n/a" if roots else f"{len(expanded) / len(seed_words):.0%} ×{sum(expanded) / len(expanded):.1f}",
        f"{per_word_us:.0f}",
        f"{load_ms:.0f}",
        f"{memory:.1f}",
        f"{_installed_mb(candidate.dist):.1f}",
    ]


def main() -> None:
    """Print the comparison table."""
    misses = "--misses" in sys.argv
    seed = Path(__file__).resolve().parents[1] / "tests/data/seed/000_b873dae85465cc3a.txt"
    seed_words = sorted({t.text for t in tokenize(seed.read_text(encoding="utf-8"))})
    if "--one" in sys.argv:
        print(json.dumps(measure(CANDIDATES[int(sys.argv[sys.argv.index("--one") + 1])], seed_words, misses)))
        return
    head = [
        "candidate",
        "plural→sing.",
        "sing.→plural",
        "false",
        "seed words expanded",
        "µs/word",
        "first use ms",
        "MB held",
        "MB installed",
    ]
    rows = [head]
    for number, candidate in enumerate(CANDIDATES):
        # each in a fresh process, so that import time and memory are its own
        command = [sys.executable, __file__, "--one", str(number), *(["--misses"] if misses else [])]
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        sys.stderr.write(out.stderr)
        row = json.loads(out.stdout)
        rows.append(row if row else [candidate.name, "not installed", *[""] * (len(head) - 2)])
    pairs, lookalikes = _pairs(PAIRS), _pairs(LOOKALIKES)
    rows.append(
        [
            "light stem only",
            f"{sum(_key(s) == _key(p) for s, p in pairs)}/{len(pairs)}",
            f"{sum(_key(s) == _key(p) for s, p in pairs)}/{len(pairs)}",
            f"{sum(_key(a) == _key(b) for a, b in lookalikes)}/{len(lookalikes)} (not counted above)",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(
        f"{len(pairs)} singular/plural pairs, {len(lookalikes)} look-alikes (false: those a lexicon adds to "
        f"the light stem's), {len(seed_words)} distinct seed words; first use includes the import, MB held "
        "is the growth of resident memory; each candidate runs in a process of its own, after Qari's import"
    )


if __name__ == "__main__":
    main()
