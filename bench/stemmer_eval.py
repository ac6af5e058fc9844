"""Measure how Qari matches Arabic words against Lucene's light10, on judged queries over real text.

Two sets of judgements, each a list of queries with the word forms a reader searching for it wants found
and look-alikes that must not be:

- the independent set, `tests/data/judged/judgements.tsv`: 81 queries in seven families (issue 12), with
  forms taken from real Arabic nobody in this project wrote (the Qurʾān in simple and Uthmani spelling,
  LibreOffice, Firefox and APT translations; see `tests/data/judged/SOURCE.md`), written before tuning;
- the development set below, written while designing the stemmer's rules (it flatters them).

Four matchers, in the same run:

- Lucene: Lucene's ArabicNormalizationFilter and ArabicStemFilter (light10), reproduced here as Lucene
  has them, for reference (its normalization knows no Uthmani marks);
- light10: Lucene's light10 stemmer (`stem_light10`) on words normalized as Qari normalizes them; a form
  matches when its stem is the query's;
- light10 + pronouns: the same with the pronoun suffixes هما كما هم هن كم نا ها ه cut first;
- Qari: the search layer itself, `reader.core.search.text_matches(query, form)`: whatever the query
  finds (spelling, stem, hamza-folded or lexicon expansions), as the hits of a search are marked.

The two light10 rows share Qari's normalization, so they measure what Qari adds beyond it; the target
of issue 12 compares Qari with them.

Precision is over the judged forms only (a pooled judgement). Per family, precision, recall and F1 are
micro-averaged over its query/form pairs; overall, the mean F1 over families and the micro figures.

    python bench/stemmer_eval.py [--misses]
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.search import QueryError, text_matches  # noqa: E402
from reader.core.text import normalize  # noqa: E402
from reader.core.text.stemmer import light_stem, stem_light10  # noqa: E402

JUDGED_FILE = ROOT / "tests" / "data" / "judged" / "judgements.tsv"
FAMILIES = ("prefix", "feminine", "aya", "hamza", "uthmani", "broken", "control")

# The development set: query, forms that should conflate with it, forms that must not. A * marks a
# broken plural (out of reach of a light stemmer).
DEVELOPMENT: list[tuple[str, str, str]] = [
    (
        "كتاب",
        "الكتاب كتابه كتابها كتابهم كتابنا كتابكم والكتاب بالكتاب للكتاب كتابان كتابين كتابا كتب*",
        "كتيبة كاتب",
    ),
    ("الجنة", "جنة جنات والجنة بالجنة للجنة جنتهم جنتها", "الجن جن الجني جنون"),
    ("وجه", "الوجه وجهه وجهها وجههم وجوه* بوجه", "وجد"),
    ("مدرسة", "المدرسة مدرستنا مدرستهم مدرستها مدرسته بالمدرسة مدارس*", "مدرس المدرسون"),
    ("حكومة", "الحكومة حكومتها حكومتهم حكومات الحكومات حكومتنا حكومي الحكومية", "حكم الحكم حاكم"),
    ("معلم", "المعلم معلمون المعلمين معلمه معلمهم معلموهم معلمات معلمة", "علم معالم"),
    ("مسلم", "المسلمون المسلمين مسلمة مسلمات والمسلمين مسلمو مسلموها", "سلم سلام مسلسل"),
    ("سيارة", "السيارة سيارات سيارته سيارتها سياراتهم بالسيارة سيارتي", "سير مسار"),
    ("أمريكا", "أمريكي أمريكية الأمريكيين أمريكيون الأمريكي", "مريم"),
    ("سوريا", "سوري السوري سورية السوريين سوريون", "سور سورة السور"),
    ("تصعيد", "التصعيد تصعيدا بالتصعيد تصعيده والتصعيد", "الصعيد صاعد"),
    ("قلب", "القلب قلبه قلبها قلبي قلوب* القلوب*", "انقلاب تقلب"),
    ("كبير", "الكبير كبيرة الكبيرة كبيرا كبيرات كبار*", "تكبير"),
    ("مشروب", "المشروبات مشروبات مشروبه المشروب", "مشروع شرب"),
    ("الله", "والله بالله لله فالله ولله اللهم", "إله له"),
    ("مكان", "المكان مكانه مكانها أماكن* مكانا", "مكة"),
    ("إيمان", "الإيمان إيمانه إيمانهم إيمانكم بالإيمان إيمانا", "أيمن اليمن"),
    ("وطن", "الوطن وطنه وطني الوطنية وطنهم وطننا أوطان*", "طن الطن"),
    ("بيت", "البيت بيته بيتها بيتهم بيتنا بيوت*", "بيان"),
    ("جامعة", "الجامعة جامعات الجامعات جامعتنا جامعته جامعي الجامعية", "جامع جماعة"),
    ("عالم", "العالم عالمي العالمية عوالم*", "علم معالم"),
    ("دولة", "الدولة دول الدول دولتهم دولته دولي الدولية", "دولار تداول"),
    ("شركة", "الشركة شركات الشركات شركته شركتنا بالشركة", "شرك مشارك"),
    ("كلمة", "الكلمة كلمات الكلمات كلمته كلماتهم بكلمة", "كلم كلام"),
    ("يوم", "اليوم يومه يومها يومين أيام*", "يونيو"),
    ("معركة", "المعركة معارك* معركته بالمعركة المعارك*", "عرك"),
    ("فلسطين", "الفلسطيني فلسطيني فلسطينيون الفلسطينيين فلسطينية", "فلس"),
    ("عربي", "العربي العربية عرب العرب عربية عربيا", "عربة غرب"),
    ("مسجد", "المسجد مساجد* مسجده بالمسجد المسجدين", "سجد"),
    ("عامل", "العامل عمال* العاملون عاملين عاملة", "عمل معامل"),
    ("قتل", "قتلهم قتله القتل قتلا وقتل", "قتال"),
    ("زوج", "زوجها زوجة الزوج أزواج* زوجين زوجان زوجته", "زجاج"),
    ("ثابت", "الثابت ثابتة الثابتة ثابتا ثوابت*", "ثاب"),
    ("الدنيا", "دنيا بالدنيا دنياهم", "دني الداني"),
    ("مساهم", "المساهم المساهمون مساهمين", "مسا"),
    ("تراكم", "التراكم تراكمات", "تراث"),
    ("وزير", "الوزير وزيرة الوزيرة وزراء*", "زير"),
    ("والد", "الوالد والده والدي والدة", "ولد"),
    ("زمان", "الزمان زمانا زمانهم", "زمن"),
]


class Judgement(NamedTuple):
    """One judged pair: a query, a word form of a text, and whether a reader wants it found."""

    family: str
    query: str
    form: str
    relevant: bool
    where: str


def read_judged(path: Path = JUDGED_FILE) -> list[Judgement]:
    """The independent set's judgements, in the file's order."""
    with path.open(encoding="utf-8", newline="") as file:
        return [
            Judgement(row["family"], row["query"], row["form"], row["relevant"] == "yes", row["where"])
            for row in csv.DictReader(file, delimiter="\t")
        ]


def development_set() -> list[Judgement]:
    """The development set as judgements, all in one family."""
    return [
        Judgement("development", query, form.rstrip("*"), relevant, "")
        for query, good, bad in DEVELOPMENT
        for relevant, forms in ((True, good), (False, bad))
        for form in forms.split()
    ]


# Lucene's ArabicNormalizer: alef forms → ا, ى → ي, ة → ه; harakat, shadda, sukun and tatweel removed.
_LUCENE_MARKS = re.compile("[\u064b-\u0652\u0640]")
_LUCENE_LETTERS = str.maketrans({"آ": "ا", "أ": "ا", "إ": "ا", "ى": "ي", "ة": "ه"})


def lucene_normalize(word: str) -> str:
    """A word as Lucene's ArabicNormalizationFilter leaves it."""
    return _LUCENE_MARKS.sub("", word).translate(_LUCENE_LETTERS)


Matcher = Callable[[str, str], bool]


def stem_matcher(stemmer: Callable[[str], str], normalizer: Callable[[str], str] = normalize) -> Matcher:
    """A matcher that joins a query and a form when their stems, once normalized, agree."""

    def match(query: str, form: str) -> bool:
        return stemmer(normalizer(query)) == stemmer(normalizer(form))

    return match


def qari_matches(query: str, form: str) -> bool:
    """Whether Qari's search, as it highlights hits, finds the form for the query."""
    try:
        return bool(text_matches(query, form))
    except QueryError:
        return False


MATCHERS: list[tuple[str, Matcher]] = [
    ("Lucene", stem_matcher(stem_light10, lucene_normalize)),
    ("light10", stem_matcher(stem_light10)),
    ("light10 + pronouns", stem_matcher(partial(light_stem, pronouns=True, guard=False, extras=False))),
    ("Qari", qari_matches),
]


class Score(NamedTuple):
    """Counts of one matcher on some judgements, and the figures made of them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """Found and wanted over found."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Found and wanted over wanted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(matcher: Matcher, judgements: Iterable[Judgement], errors: list[str] | None = None) -> Score:
    """True positives, false positives and false negatives; each error noted in `errors` if given."""
    tp = fp = fn = 0
    for j in judgements:
        found = matcher(j.query, j.form)
        if found and j.relevant:
            tp += 1
        elif found:
            fp += 1
        elif j.relevant:
            fn += 1
        if errors is not None and found != j.relevant:
            kind = "false" if found else "miss "
            errors.append(f"{kind} {j.family:11} {j.query} / {j.form}  {j.where}")
    return Score(tp, fp, fn)


def report(title: str, judgements: list[Judgement], families: Iterable[str], misses: bool) -> None:
    """Print a table of precision, recall and F1 per family and overall, one row per matcher."""
    families = list(families)
    queries = len({(j.family, j.query) for j in judgements})
    print(f"\n{title}: {queries} queries, {len(judgements)} judged query/form pairs")
    print(f"{'family':13}{'queries':>8}{'pairs':>6}   " + "".join(f"{name:>24}" for name, _ in MATCHERS))
    print(f"{'':27}   " + "".join(f"{'P     R     F1':>24}" for _ in MATCHERS))
    per_family: dict[str, list[Score]] = {}
    for family in families:
        subset = [j for j in judgements if j.family == family]
        scores = [score(matcher, subset) for _, matcher in MATCHERS]
        per_family[family] = scores
        count = len({j.query for j in subset})
        cells = "".join(f"{s.precision:12.3f}{s.recall:6.3f}{s.f1:6.3f}" for s in scores)
        print(f"{family:13}{count:8}{len(subset):6}   {cells}")
    if len(families) > 1:
        micro = [score(matcher, judgements) for _, matcher in MATCHERS]
        cells = "".join(f"{s.precision:12.3f}{s.recall:6.3f}{s.f1:6.3f}" for s in micro)
        print(f"{'all (micro)':13}{queries:8}{len(judgements):6}   {cells}")
        means = [sum(per_family[f][i].f1 for f in families) / len(families) for i in range(len(MATCHERS))]
        print(f"{'mean F1 over families':27}   " + "".join(f"{m:24.3f}" for m in means))
        _, _, pronouns, qari = means
        below = [f for f in families if per_family[f][3].f1 < per_family[f][1].f1]
        print(
            f"Qari − (light10 + pronouns), mean F1: {qari - pronouns:+.3f}; families where Qari is below "
            f"light10: {', '.join(below) or 'none'}"
        )
    if misses:
        for name, matcher in MATCHERS:
            errors: list[str] = []
            score(matcher, judgements, errors)
            print(f"  {name}: {len(errors)} errors\n    " + "\n    ".join(errors))


def main(argv: list[str]) -> None:
    misses = "--misses" in argv
    report("Independent set (tests/data/judged, real text)", read_judged(), FAMILIES, misses)
    report(
        "Development set (written while designing the rules; flatters them)",
        development_set(),
        ["development"],
        misses,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
