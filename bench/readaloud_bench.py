"""Reading aloud in the window: from pressing play to the first audio, the drift of the marked word, and
the gaps between sentences.

    python bench/readaloud_bench.py [--runs N] [--seconds S]

A window (offscreen) opens the seed article (tests/data/seed) in a temporary library and reads it aloud
through Qt Multimedia, which plays in real time even with no sound card. It prints:
- play -> first audio: from triggering Read Aloud to the player starting (its Playing state), and to the
  moment the audio started as the player's first position report dates it (report time minus position);
  the first run in this process is cold (speech engine and vocalizer model loaded then), the others warm
  (each from a paragraph further on, so that nothing is made in advance);
- drift: at each position report of the player (about every 100 ms), how far the report's time lies from
  the span of the word marked then (0 inside it), over S seconds of reading at normal speed;
- gaps: from the end of a sentence's audio to the start of the next one's.
Then a final table: figure, Qari, reference, target, met/missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cli_bench import Row, print_table
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QTextCursor

from reader.gui.config.settings import Settings
from reader.gui.window.launch import create_application, create_window

SEED = Path(__file__).resolve().parents[1] / "tests" / "data" / "seed" / "000_b873dae85465cc3a.txt"


def wait(seconds: float, until: object = None) -> None:
    """Run the event loop for up to `seconds`, or until `until()` is true."""
    loop, end = QEventLoop(), time.perf_counter() + seconds
    while time.perf_counter() < end and not (until and until()):  # type: ignore[operator]
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def caret_to(window, number: int) -> None:
    """Put the caret at the start of block `number` and bring it into sight."""
    view = window.view
    view.scroll_to(view.blocks.ids[number])
    view.setTextCursor(QTextCursor(view.document().findBlockByNumber(number)))


def first_audio(window, number: int) -> tuple[float, float]:
    """Seconds from Read Aloud at block `number` to the player's Playing state and to the audio start."""
    from PySide6.QtMultimedia import QMediaPlayer

    reading = window.read_aloud
    caret_to(window, number)
    marks: dict[str, float] = {}
    started = time.perf_counter()
    window.read_aloud_commands.read.trigger()
    wait(10, lambda: reading.player() is not None)
    player = reading.player()

    def state(value: object) -> None:
        if value == QMediaPlayer.PlaybackState.PlayingState:
            marks.setdefault("playing", time.perf_counter())

    def position(ms: int) -> None:
        if ms > 0:
            marks.setdefault("audio", time.perf_counter() - ms / 1000)

    player.playbackStateChanged.connect(state)
    player.positionChanged.connect(position)
    if player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
        marks.setdefault("playing", time.perf_counter())  # already: the signal came before we listened
    wait(10, lambda: "audio" in marks)
    player.playbackStateChanged.disconnect(state)
    player.positionChanged.disconnect(position)
    window.read_aloud_commands.stop.trigger()
    return marks["playing"] - started, marks["audio"] - started


def drift_and_gaps(window, seconds: float) -> tuple[list[int], list[float]]:
    """Read for `seconds`: the drift at each position report (ms) and the gaps between sentences (s)."""
    from PySide6.QtMultimedia import QMediaPlayer

    reading = window.read_aloud
    caret_to(window, 1)
    drifts: list[int] = []
    gaps: list[float] = []
    ended: list[float] = []

    def position(ms: int) -> None:
        speech, index = reading.speech(), reading.word()
        if speech is None or index < 0 or ms <= 0:
            return
        start = speech.words[index].time
        end = speech.words[index + 1].time if index + 1 < len(speech.words) else speech.duration
        drifts.append(0 if start <= ms < end else min(abs(ms - start), abs(ms - end)))

    def status(value: object) -> None:
        if value == QMediaPlayer.MediaStatus.EndOfMedia:
            ended.append(time.perf_counter())

    def state(value: object) -> None:
        if value == QMediaPlayer.PlaybackState.PlayingState and ended:
            gaps.append(time.perf_counter() - ended.pop())

    window.read_aloud_commands.read.trigger()
    wait(10, lambda: reading.player() is not None)
    player = reading.player()
    player.positionChanged.connect(position)
    player.mediaStatusChanged.connect(status)
    player.playbackStateChanged.connect(state)
    wait(seconds)
    window.read_aloud_commands.stop.trigger()
    return drifts, gaps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="warm starts to time (default 5)")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds of reading for the drift")
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qari-readaloud-"))
    create_application(language="en")
    window = create_window(folder / "library", files=[SEED], settings=Settings(folder / "qari.ini"))
    window.resize(1000, 700)
    window.show()
    wait(0.5)
    if window.read_aloud.reason is not None:
        sys.exit(f"reading aloud is unavailable here: {window.read_aloud.reason}")
    paragraphs = len(window.view.blocks)
    cold = first_audio(window, 2)
    warm = [first_audio(window, 3 + run * 2 % max(1, paragraphs - 4)) for run in range(options.runs)]
    drifts, gaps = drift_and_gaps(window, options.seconds)
    window.close()
    warm_playing = statistics.median(w[0] for w in warm)
    warm_audio = statistics.median(w[1] for w in warm)
    p95 = sorted(drifts)[int(0.95 * (len(drifts) - 1))] if drifts else 0
    gap_median = statistics.median(gaps) * 1000 if gaps else 0
    print(f"play -> player playing: cold {cold[0] * 1000:.0f} ms, warm median {warm_playing * 1000:.0f} ms "
          f"({', '.join(f'{w[0] * 1000:.0f}' for w in warm)})")
    print(f"play -> first audio (dated by the first position report): cold {cold[1] * 1000:.0f} ms, "
          f"warm median {warm_audio * 1000:.0f} ms ({', '.join(f'{w[1] * 1000:.0f}' for w in warm)})")
    print(f"drift over {options.seconds:.0f} s: {len(drifts)} reports, {sum(d > 0 for d in drifts)} off the "
          f"marked word, p95 {p95} ms, max {max(drifts, default=0)} ms")
    print(f"gaps between sentences: {len(gaps)}, median {gap_median:.0f} ms, "
          f"max {max(gaps, default=0) * 1000:.0f} ms")
    print_table([
        Row("play -> first audio, warm (median)", f"{warm_audio * 1000:.0f} ms",
            f"player playing {warm_playing * 1000:.0f} ms", "<= 300 ms", warm_audio <= 0.3),
        Row("play -> first audio, cold (first in the process)", f"{cold[1] * 1000:.0f} ms", "-", "<= 300 ms",
            cold[1] <= 0.3),
        Row("drift, marked word vs audio position (max)", f"{max(drifts, default=0)} ms", f"p95 {p95} ms",
            "<= 100 ms", max(drifts, default=0) <= 100),
        Row("gap between sentences (max)", f"{max(gaps, default=0) * 1000:.0f} ms",
            f"median {gap_median:.0f} ms", "<= 150 ms",
            max(gaps, default=0) <= 0.15),
    ])


if __name__ == "__main__":
    main()
