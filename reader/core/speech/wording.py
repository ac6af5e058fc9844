"""Numbers, dates and abbreviations as the words a voice should say (Arabic through num2words).

Digits may be Western (0-9) or Arabic-Indic (٠-٩, ۰-۹). A number's separators: ٫ is a decimal point and ٬
a thousands separator; "," and "،" separate thousands when exactly three digits follow each of them, and
are a decimal point otherwise; "." is a decimal point unless it repeats (1.000.000).
"""

from __future__ import annotations

import re

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_GROUPS = re.compile(r"[٫٬,.،]")
_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
LONGEST = 15  # digits of the longest number said in words (hundreds of trillions)
_POINT = {"ar": "فاصلة", "en": "point"}
_PERCENT = {"ar": "بالمئة", "en": "percent"}

# The abbreviations spoken in full: few and common, each written with its dot (or tatweel).
ABBREVIATIONS = {
    "د.": "دكتور",
    "أ.": "أستاذ",
    "ص.": "صفحة",
    "ج.": "جزء",
    "ق.م.": "قبل الميلاد",
    "ق.م": "قبل الميلاد",
    "هـ": "هجري",
    "إلخ": "إلى آخره",
}
# These are abbreviations only right after a year: ٢٠٢٤م, ١٩٩٩ م. (م. alone may be مهندس), ١٤٤٥ هـ.
YEAR_SUFFIXES = {"م": "ميلادي", "ه": "هجري", "هـ": "هجري"}


def ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic digits written as 0-9."""
    return text.translate(_DIGITS)


def number_words(number: str, language: str) -> str | None:
    """A written number ("٢٠٢٤", "3,5", "1,000", "٥٠٪") in words, or None when the language has none."""
    percent = number.rstrip().endswith(("%", "٪"))
    digits = ascii_digits(number.rstrip("%٪ \u00a0"))
    whole, fraction = _split(digits)
    if len(whole) > LONGEST or len(fraction) > LONGEST:
        return None  # a serial number or a code, not an amount: its digits are said one by one
    words = _cardinal(int(whole), language)
    if words is None:
        return None
    if fraction:  # said digit group by digit group after the point, each leading zero on its own: 3.05
        zeros = len(fraction) - len(fraction.lstrip("0"))
        said = [_cardinal(0, language) or "0"] * zeros
        if fraction.strip("0"):
            said.append(_cardinal(int(fraction), language) or fraction)
        words += f" {_POINT.get(language, '.')} {' '.join(said)}"
    if percent:
        words += f" {_PERCENT.get(language, '%')}"
    return words


def date_words(day: str, month: str, year: str, language: str) -> str | None:
    """A day/month/year date (or year-month-day) in words ("١٢ من مايو ٢٠٢٤"), or None when it is none."""
    if len(day) == 4:  # 2024-05-12
        day, year = year, day
    d, m = int(ascii_digits(day)), int(ascii_digits(month))
    if language != "ar" or not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    parts = [_cardinal(d, language), "من", _MONTHS[m - 1], number_words(year, language)]
    return " ".join(part for part in parts if part)


def _split(digits: str) -> tuple[str, str]:
    """The whole and fractional digits of a number written with the separators described above."""
    parts = _GROUPS.split(digits)
    separators = _GROUPS.findall(digits)
    if not separators:
        return digits, ""
    if "٫" in separators:
        point = separators.index("٫")
        return "".join(parts[: point + 1]), "".join(parts[point + 1 :])
    last = separators[-1]
    thousands = all(len(part) == 3 for part in parts[1:]) and (last != "." or len(separators) > 1)
    if last == "٬" or thousands:
        return "".join(parts), ""
    return "".join(parts[:-1]), parts[-1]


def _cardinal(value: int, language: str) -> str | None:
    """A whole number in words, its Arabic "و" joined to the word after it; None without num2words words."""
    from num2words import num2words  # loaded with the first number spoken

    try:
        words = str(num2words(value, lang=language))
    except (NotImplementedError, OverflowError, ValueError):
        return None
    return re.sub(r"(^|\s)و\s+", r"\1و", words).strip() if language == "ar" else words
