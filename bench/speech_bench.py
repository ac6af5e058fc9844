"""Speech in the core: how long a paragraph takes to synthesize, and how soon its first sentence can play.

Prints, for a paragraph of about 50 words written for this benchmark (unvocalized Arabic with a number):
- the time to synthesize the whole paragraph (vocalized and not), and the real-time factor (synthesis
  time over the audio's length; below 1 is faster than speech);
- the time to the first sentence's audio, as the window would ask for it (`sentences` then `speak` on the
  first one): warm (engine and vocalizer loaded) and cold (a new process: import, engine, vocalizer model);
- the same without vocalization, as the reference the vocalizer adds to.

    python bench/speech_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.speech import SpeechOptions, sentences, speak, unavailable_reason

PARAGRAPH = (
    "في صباح يوم بارد من أيام الشتاء خرج المعلم إلى ساحة المدرسة قبل أن يصل التلاميذ، فوجد الأشجار "
    "مغطاة بطبقة رقيقة من الثلج. وقف يتأمل المشهد طويلا ثم عاد إلى مكتبه وكتب على السبورة سؤالا واحدا: "
    "ماذا تعلمنا من الطبيعة هذا العام؟ وحين دخل التلاميذ وعددهم ٢٥ تلميذا قرأوا السؤال."
)
COLD = """
import time
start = time.perf_counter()
from reader.core.speech import SpeechOptions, sentences, speak
text = {text!r}
first, end = sentences(text)[0]
speak(text[first:end], "ar", SpeechOptions(vocalize={vocalize}))
print(time.perf_counter() - start)
"""


def timed(function, runs: int) -> float:
    """The median time of `runs` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold(vocalize: bool) -> float:
    """The first sentence's audio in a new process, from its start (imports included), in seconds."""
    code = COLD.format(text=PARAGRAPH, vocalize=vocalize)
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    reason = unavailable_reason()
    if reason:
        sys.exit(reason)
    words = len(PARAGRAPH.split())
    first, end = sentences(PARAGRAPH)[0]
    sentence = PARAGRAPH[first:end]
    rows = []
    cold_runs = range(max(1, runs // 2))
    cold_times = {flag: statistics.median(cold(flag) for _ in cold_runs) for flag in (True, False)}
    for vocalize in (True, False):
        options = SpeechOptions(vocalize=vocalize)
        speech = speak(PARAGRAPH, "ar", options)  # warms the engine and the vocalizer
        whole = timed(lambda options=options: speak(PARAGRAPH, "ar", options), runs)
        first_audio = timed(lambda options=options: speak(sentence, "ar", options), runs)
        label = "vocalized" if vocalize else "as written"
        rows += [
            (f"{words}-word paragraph, {label}: synthesis", f"{whole * 1000:.0f} ms",
             f"audio {speech.duration / 1000:.1f} s, {len(speech.words)} words timed"),
            (f"  real-time factor, {label}", f"{whole * 1000 / speech.duration:.4f}", "synthesis / audio"),
            (f"  first sentence ({len(sentence.split())} words), warm", f"{first_audio * 1000:.0f} ms", ""),
            ("  first sentence, cold", f"{cold_times[vocalize] * 1000:.0f} ms", "new process, with imports"),
        ]  # fmt: skip
    width = max(len(row[0]) for row in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>10}  {note}")


if __name__ == "__main__":
    main()
