"""Measure whether PDF text extraction libraries give Arabic words back as they are read (issue 13).

Qari would import PDF with a text layer only if a maintained library gives Arabic words in logical order.
A PDF holds positioned glyphs, not text: a producer may write an Arabic line's glyphs right to left as
they are read or left to right as they are drawn, as shaped presentation forms or through a font map
back to the letters, with or without spaces; the library has to undo all of it. This script compares,
for each candidate library installed and each PDF, the words extracted with the words of the source
text the PDF was made from.

Candidates (permissive licences, wheels on Python 3.11+; PyMuPDF is left out: AGPL): pdfminer.six,
pdfplumber (on pdfminer.six; also with its options to read a line's characters right to left), pypdf
(plain and layout modes) and pypdfium2 (Google's PDFium). Those not installed are named and skipped.

Words are Qari's own tokens, normalized as search normalizes them (no harakat or tatweel, hamza and alef
forms folded, presentation forms turned back into letters). Per library and PDF:
- recall and precision: the source's words found in the extraction as a bag of words, and the
  extracted words that are in the source;
- in order: the longest common subsequence of the two word sequences over the source's length, the
  share of words that come out where a reader meets them (the figure issue 13 asks for);
- pres. forms: extracted words still spelled with Arabic presentation forms (U+FB50–FDFF,
  U+FE70–FEFE), which only match after a fold that search does but copy, display and export do not;
- reversed: extracted words that are not in the source but whose letters reversed are (a line read
  backwards).
Then, per library, the share in order per producer (the PDF's Producer field), over all its PDFs.

    python bench/pdf_text_eval.py SOURCE.txt A.pdf B.pdf [SOURCE2.txt C.pdf ...] [--sample]

Each .txt names the source of the PDFs after it. --sample prints the start of each extraction. The
figures, the producers measured and the decision they led to are in `docs/formats.md`.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.text import normalize, tokenize  # noqa: E402

PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


def _pdfminer(path: Path) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(str(path)))


def _pdfplumber(path: Path, **options: str) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return "\n".join(page.extract_text(**options) or "" for page in pdf.pages)


def _pdfplumber_rtl(path: Path) -> str:
    # characters gathered right to left on a line, then written out in that order
    return _pdfplumber(path, char_dir="rtl", char_dir_render="ltr")


def _pypdf(path: Path, mode: str = "plain") -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode=mode) for page in PdfReader(str(path)).pages)


def _pypdf_layout(path: Path) -> str:
    return _pypdf(path, "layout")


def _pypdfium2(path: Path) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


# name shown, the module whose presence and version count, the extraction
EXTRACTORS: list[tuple[str, str, Callable[[Path], str]]] = [
    ("pdfminer.six", "pdfminer", _pdfminer),
    ("pdfplumber", "pdfplumber", _pdfplumber),
    ("pdfplumber rtl", "pdfplumber", _pdfplumber_rtl),
    ("pypdf", "pypdf", _pypdf),
    ("pypdf layout", "pypdf", _pypdf_layout),
    ("pypdfium2", "pypdfium2", _pypdfium2),
]


class Score(NamedTuple):
    """How one extraction compares with its source, in words."""

    source: int
    extracted: int
    common: int  # the bag-of-words intersection
    in_order: int  # the longest common subsequence
    presentation: int
    reversed: int


def words(text: str) -> list[str]:
    """The text's words as search sees them: Qari's tokens, normalized, empty ones dropped."""
    return [word for token in tokenize(text) if (word := normalize(token.text))]


def has_presentation_form(text: str) -> bool:
    """Whether the text holds an Arabic presentation form."""
    return any(low <= ord(char) <= high for char in text for low, high in PRESENTATION_FORMS)


def longest_common_subsequence(first: list[str], second: list[str]) -> int:
    """The length of the longest common subsequence of two word lists (row by row, linear memory)."""
    previous = [0] * (len(second) + 1)
    for word in first:
        current = [0]
        for j, other in enumerate(second):
            current.append(previous[j] + 1 if word == other else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def score(source_text: str, extracted_text: str) -> Score:
    """Compare an extraction with the source text, word by word."""
    source, extracted = words(source_text), words(extracted_text)
    known = set(source)
    common = sum((Counter(source) & Counter(extracted)).values())
    presentation = sum(has_presentation_form(token.text) for token in tokenize(extracted_text))
    reversed_words = sum(
        1 for word in extracted if word not in known and len(word) > 1 and word[::-1] in known
    )
    return Score(
        len(source),
        len(extracted),
        common,
        longest_common_subsequence(source, extracted),
        presentation,
        reversed_words,
    )


def producer_of(path: Path) -> str:
    """The PDF's Producer field, as the first library installed that reads it gives it."""
    try:
        from pypdf import PdfReader

        producer = (PdfReader(str(path)).metadata or {}).get("/Producer")
    except ImportError:
        try:
            import pypdfium2

            producer = pypdfium2.PdfDocument(str(path)).get_metadata_dict().get("Producer")
        except ImportError:
            producer = None
    return str(producer).strip() if producer else "(unknown)"


def available_extractors() -> list[tuple[str, Callable[[Path], str]]]:
    """The extractors whose library is installed, named with its version; says which are missing."""
    found, missing = [], []
    for name, module_name, extract in EXTRACTORS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            missing.append(name)
            continue
        version = getattr(module, "__version__", None) or getattr(module, "PYPDFIUM_INFO", "")
        found.append((f"{name} {version}".strip(), extract))
    if missing:
        print("Not installed, skipped:", ", ".join(missing))
    return found


def pairs(arguments: list[str]) -> list[tuple[Path, Path]]:
    """(source, pdf) pairs from the command line: each .txt is the source of the PDFs that follow it."""
    result, source = [], None
    for argument in arguments:
        path = Path(argument)
        if path.suffix.lower() == ".txt":
            source = path
        elif source is None:
            raise SystemExit(f"{argument}: name the source text before its PDFs")
        else:
            result.append((source, path))
    return result


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def main(argv: list[str]) -> None:
    sample = "--sample" in argv
    todo = pairs([a for a in argv if a != "--sample"])
    if not todo:
        raise SystemExit(__doc__)
    extractors = available_extractors()
    if not extractors:
        raise SystemExit("No candidate is installed: pip install pdfminer.six pdfplumber pypdf pypdfium2")
    producers = {pdf: producer_of(pdf) for _, pdf in todo}
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    print(
        f"{'library':<26} {'PDF':<22} {'source':>6} {'out':>6} {'recall':>7} {'precis.':>7} "
        f"{'in order':>8} {'pres. forms':>11} {'reversed':>8}"
    )
    for name, extract in extractors:
        for source, pdf in todo:
            try:
                text = extract(pdf)
            except Exception as error:  # a library's failure on one file is a figure too
                print(f"{name:<26} {pdf.name:<22} failed: {type(error).__name__}: {error}")
                continue
            s = score(source.read_text(encoding="utf-8"), text)
            totals[(name, producers[pdf])][0] += s.in_order
            totals[(name, producers[pdf])][1] += s.source
            print(
                f"{name:<26} {pdf.name:<22} {s.source:>6} {s.extracted:>6} "
                f"{percent(s.common, s.source):>7} {percent(s.common, s.extracted):>7} "
                f"{percent(s.in_order, s.source):>8} {percent(s.presentation, s.extracted):>11} "
                f"{percent(s.reversed, s.extracted):>8}"
            )
            if sample:
                print("    " + " ".join(text.split())[:160])
    print("\nWords in logical order per producer, over all its PDFs:")
    names = sorted(set(producers.values()))
    for i, producer in enumerate(names, 1):
        print(f"  [{i}] {producer}")
    print(f"{'library':<26} " + " ".join(f"{f'[{i}]':>7}" for i in range(1, len(names) + 1)) + "   worst")
    for name, _ in extractors:
        shares = [totals[(name, p)][0] / totals[(name, p)][1] if totals[(name, p)][1] else 0.0 for p in names]
        print(f"{name:<26} " + " ".join(f"{100 * v:6.1f}%" for v in shares) + f" {100 * min(shares):6.1f}%")


if __name__ == "__main__":
    main(sys.argv[1:])
