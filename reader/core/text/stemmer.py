"""Light stemming of normalized Arabic words: affixes are cut off, roots are not sought.

The rule Qari uses (`stem`), for a word already normalized (ة written ه, ى written ي):

1. God's name in all its clitic forms (الله لله والله بالله فالله تالله ولله فلله اللهم) stems to الله.
2. One prefix goes, the longest that fits: ال or لل when 2 letters remain (الجن → جن, اليد → يد); وال بال
   كال فال ولل فلل وبال وكال فبال when 3 remain; else the conjunction و when 3 remain and the word does
   not start with وال (والد stays). If the word stemmed with its و kept comes to 3 letters, that stem is
   taken instead: the و was the root's (وجهه → وجه, وطنهم → وطن, but وحسن → حسن). A word that no rule
   changes loses وال بال كال فال وبال … before 2 letters too (بالحق, والحق → حق, as الحق; بالغة → بالغ
   and بالهم → بال keep their ending's rule).
3. One outer ending goes, when 3 letters remain:
   - a pronoun هما كما هم هن كم نا ها ه (كتابهم → كتاب), with 4 letters left after an alef (مساهم and
     تراكم stay whole); a ت left after a consonant in a stem of 4 letters or more is the ة of the noun
     and goes too (مدرستهم → مدرس, like مدرسه → مدرس);
   - otherwise the alef of the accusative tanween (تصعيدا → تصعيد); a word ending in انا ends in ن and
     that alef, not in the pronoun نا (ايمانا → ايمان);
   - after either, the و of a masculine plural goes in a stem of 4 letters or more
     (معلموهم → معلم, كتبوا → كتب).
4. The light10 endings ان ات ون ين يه ية ه ة ي are each tried once, in that order, when 3 letters remain
   (ساهدهات → ساهده → ساهد); after ي, a ت that spells ة goes too (سيارتي → سيار).
5. A plural in ات of a 2-letter stem, with no ending cut, is stemmed as its singular in ة is (جنات,
   الجنات → جنه like الجنة, never جن; لغات → لغه), but for the few فعال nouns in ت (نبات, ثبات, سبات …).
   A plural in ايا keeps its alef: it is the plural's, not the tanween's (مزايا, مزاياه → مزايا, while
   ضحاها → ضحا and هدا stay apart from ضحايا and هدايا).

The 3-letter guard keeps short words whole where Lucene's light10 (`stem_light10`) only keeps 2 and so
makes جن of الجنة (meeting الجن), مك of مكان (meeting مكه) and وج of وجه. Out of reach, as for any light
stemmer: broken plurals (قلب/قلوب, كتاب/كتب), the pronoun ك, single-letter prefixes but و (بكلمة), and
a و that may be the root's in longer words (وزير → زير); the ت rule also costs the feminine of adjectives
in ت (ثابتة → ثاب).

Measured with bench/stemmer_eval.py on 39 judged queries (287 query/form judgements, 18 of them broken
plurals; micro averages over the judged forms). The set was written while designing the rules, so the
figures flatter them somewhat:

    rules                                         precision  recall    F1
    light10 (Lucene)                                  0.904   0.552  0.685
    light10 + pronouns + 3-letter guard               0.937   0.602  0.733
    + tanween, ت before pronouns, plural و, و root    0.944   0.846  0.893
    + بال before 2 letters, short plurals in ات, ايا  0.945   0.851  0.895   <- stem()

Issue 12's families (prefixes before 2 letters, short feminine plurals, ايا, hamza seats, Uthmani
spellings) are judged in tests/core/test_search_families.py; hamza seats are folded for search only
(`reader.core.text.spelling`), not here.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["light_stem", "stem", "stem_light10"]

_LIGHT10_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
_ARTICLE_PREFIXES = ("وبال", "وكال", "فبال", "فلل", "ولل", "وال", "بال", "كال", "فال", "لل", "ال")
_LIGHT10_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")
_PRONOUNS = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه")
_GOD = "الله"
_GOD_FORMS = frozenset(("الله", "لله", "والله", "بالله", "فالله", "تالله", "ولله", "فلله", "اللهم"))
_LONG_VOWELS = "اوي"
_PREFIX_LETTERS = ("ا", "و", "ب", "ك", "ف", "ل")
_SUFFIX_LETTERS = ("ا", "ن", "ت", "ه", "ة", "ي", "م")
_PLURAL_AYA = "ايا"
# Nouns of the pattern فعال whose third root letter is ت: singulars, not plurals of a 2-letter stem.
_NOT_PLURALS = frozenset(("نبات", "ثبات", "سبات", "فتات", "شتات", "بتات", "رفات", "ممات", "موات", "بيات"))


def _strip_prefix(word: str, extended: bool) -> str:
    """Remove the one prefix the rules allow."""
    n = len(word)
    if not word.startswith(_PREFIX_LETTERS):
        return word
    if extended:
        for prefix in _ARTICLE_PREFIXES:
            if word.startswith(prefix) and n - len(prefix) >= (2 if len(prefix) == 2 else 3):
                return word[len(prefix) :]
        return word[1:] if word.startswith("و") and n >= 4 and not word.startswith("وال") else word
    for prefix in _LIGHT10_PREFIXES:
        if word.startswith(prefix) and n >= len(prefix) + 2 and (len(prefix) > 1 or n >= 4):
            return word[len(prefix) :]
    return word


def _drop_linker(word: str, taa: bool) -> str:
    """After a suffix, drop the و of a plural or (if `taa`) the ت that spells ة there; 4 letters or more."""
    if len(word) >= 4 and word[-2] not in _LONG_VOWELS and (word[-1] == "و" or (taa and word[-1] == "ت")):
        return word[:-1]
    return word


def _strip_suffixes(word: str, pronouns: bool, extras: bool, keep: int) -> str:
    """Remove one outer ending (pronoun or tanween alef), then the light10 endings in order."""
    if not word.endswith(_SUFFIX_LETTERS):
        return word
    suffixes: tuple[str, ...] = _LIGHT10_SUFFIXES
    if pronouns:
        suffixes = suffixes[1:]  # ها is tried with the pronouns
        for suffix in _PRONOUNS:
            # after an alef, 4 letters must remain (مساهم, تراكم); انا is a noun in ن with tanween
            after_alef = extras and word[: -len(suffix)].endswith("ا")
            fits = word.endswith(suffix) and len(word) - len(suffix) >= keep + after_alef
            if fits and not (after_alef and suffix == "نا"):
                word = _drop_linker(word[: -len(suffix)], True) if extras else word[: -len(suffix)]
                break
        else:
            if extras and word.endswith("ا") and len(word) - 1 >= keep:
                word = _drop_linker(word[:-1], False)
    elif extras and word.endswith("ا") and len(word) - 1 >= keep:
        word = _drop_linker(word[:-1], False)
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)]
            if extras and suffix == "ي":
                word = _drop_linker(word, True)
    return word


def _short_stem(word: str) -> str:
    """A word that no rule changed: بال وال كال فال … before a stem of 2 letters (بالحق → حق)."""
    for prefix in _ARTICLE_PREFIXES[:-2]:
        if len(word) == len(prefix) + 2 and word.startswith(prefix):
            return word[len(prefix) :]
    return word


def _singular_of_short_plural(word: str) -> str:
    """A plural in ات of a 2-letter stem is stemmed as its singular in ة is (جنات → جنه, like الجنة)."""
    if len(word) == 4 and word.endswith("ات") and word not in _NOT_PLURALS:
        return word[:2] + "ه"
    return word


def light_stem(word: str, *, pronouns: bool = True, guard: bool = True, extras: bool = True) -> str:
    """Stem a normalized word; with every option off this is exactly Lucene's light10 stemmer."""
    if extras and word in _GOD_FORMS:
        return _GOD
    keep = 3 if guard else 2
    rest = _strip_prefix(word, extras)
    if extras and rest.endswith(_PLURAL_AYA) and len(rest) >= 5:
        return rest  # مزايا, القضايا: the final alef is the plural's, not the tanween's
    result = _strip_suffixes(rest, pronouns, extras, keep)
    if extras and len(rest) == len(word) - 1:  # the conjunction و: maybe the root's first letter
        whole = _strip_suffixes(word, pronouns, extras, keep)
        if len(whole) == 3:
            return whole
    if extras and result == rest:  # no ending went
        short = _short_stem(word)
        result = _singular_of_short_plural(short if len(short) < len(result) else result)
    return result


def stem_light10(word: str) -> str:
    """Stem a word with Lucene's light10 rules only (the baseline, and for Lucene-compatible output)."""
    return light_stem(word, pronouns=False, guard=False, extras=False)


@lru_cache(maxsize=1 << 17)
def stem(normalized_word: str) -> str:
    """Stem a normalized word with Qari's rules (see the module docstring)."""
    return light_stem(normalized_word)
