"""Measure Arabic stemming rules on a small judged set of queries.

Each query comes with surface forms a reader searching for it wants to find (inflections, clitics,
pronoun suffixes; broken plurals too, which no light stemmer reaches) and forms that must not be found
(words that only look alike once affixes are cut). A form is retrieved when its stem equals the query's
stem. Precision is measured over the judged forms only (a pooled judgement), micro-averaged over all
query/form pairs, as is recall.

    python bench/stemmer_eval.py [--misses]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.text import normalize
from reader.core.text.stemmer import light_stem

# query, forms that should conflate with it, forms that must not. A * marks a broken plural: its stem
# differs from the singular's, so no light stemmer can conflate them; they count as misses for all rules.
JUDGED: list[tuple[str, str, str]] = [
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

VARIANTS: list[tuple[str, Callable[[str], str]]] = [
    ("light10 (Lucene)", partial(light_stem, pronouns=False, guard=False, extras=False)),
    ("light10 + pronouns", partial(light_stem, pronouns=True, guard=False, extras=False)),
    ("light10 + 3-letter guard", partial(light_stem, pronouns=False, guard=True, extras=False)),
    ("light10 + pronouns + 3-letter guard", partial(light_stem, pronouns=True, guard=True, extras=False)),
    ("+ tanween, ت before pronouns, plural و, root و (stem)", light_stem),
]


def evaluate(stemmer: Callable[[str], str]) -> tuple[int, int, int, list[str]]:
    """True positives, false positives, false negatives and a note for each error."""
    tp = fp = fn = 0
    errors: list[str] = []
    for query, good, bad in JUDGED:
        target = stemmer(normalize(query))
        for form in good.replace("*", "").split():
            if stemmer(normalize(form)) == target:
                tp += 1
            else:
                fn += 1
                errors.append(f"miss {query} ({target}) / {form} ({stemmer(normalize(form))})")
        for form in bad.split():
            if stemmer(normalize(form)) == target:
                fp += 1
                errors.append(f"false {query} / {form} ({target})")
    return tp, fp, fn, errors


def main(argv: list[str]) -> None:
    pairs = sum(len(good.split()) + len(bad.split()) for _, good, bad in JUDGED)
    broken = sum(good.count("*") for _, good, _ in JUDGED)
    print(f"{len(JUDGED)} queries, {pairs} judged query/form pairs, {broken} of them broken plurals")
    print(f"{'rules':53} {'precision':>9} {'recall':>7} {'F1':>6}   TP  FP  FN")
    for name, stemmer in VARIANTS:
        tp, fp, fn, errors = evaluate(stemmer)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{name:53} {precision:9.3f} {recall:7.3f} {f1:6.3f}  {tp:3} {fp:3} {fn:3}")
        if "--misses" in argv:
            print("    " + "\n    ".join(errors))


if __name__ == "__main__":
    main(sys.argv[1:])
