"""qari speak: an article, or one of its paragraphs, said aloud into a WAV file, with each word's time."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import wave
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.terminal import write
from reader.core.atomicfile import replacing
from reader.core.errors import ExportFailure, QariError, reason

if TYPE_CHECKING:
    from reader.core.document import Article, Block
    from reader.core.library import Workspace
    from reader.core.speech import SpeechOptions

DEFAULT_RATE = 22050  # the sample rate of a file with nothing said (espeak-ng's own)
PAUSE_MS = 250  # the silence added between two blocks (title, heading, paragraph), after each one's own
RATES = range(80, 451)  # espeak-ng's words per minute


def register(commands: argparse._SubParsersAction) -> None:
    """Add `qari speak` to the command line."""
    command = commands.add_parser(
        "speak", help="say an article (or one paragraph) aloud into a WAV file, with each word's time"
    )
    command.add_argument("article", metavar="ARTICLE", help="an article id or a unique prefix of one")
    command.add_argument("--paragraph", metavar="PID", help="only this block (ids: qari toc --json)")
    command.add_argument("--rate", type=_rate, default=160, metavar="R", help="words per minute, 80-450")
    command.add_argument("--voice", default="", metavar="V", help="an espeak-ng voice (default: by language)")
    command.add_argument(
        "--no-vocalize", dest="vocalize", action="store_false",
        help="say Arabic as written, without adding the short vowels first",
    )  # fmt: skip
    command.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.wav", help="the audio")
    command.add_argument(
        "--timings", type=Path, metavar="FILE.json",
        help='the words as {"paragraph", "start", "end", "time"}: offsets in its text, time in ms',
    )  # fmt: skip
    command.set_defaults(handler=speak_command)


def _rate(text: str) -> int:
    """--rate: a whole number of words per minute that espeak-ng can say."""
    if not text.isdigit() or int(text) not in RATES:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rate from {RATES.start} to {RATES.stop - 1}")
    return int(text)


def speak_command(args: argparse.Namespace, workspace: Workspace) -> int:
    """qari speak ARTICLE [--paragraph PID] -o FILE.wav [--timings FILE.json]."""
    from reader.core.speech import SpeechOptions, unavailable_reason  # loaded when speaking, not for --help

    why = unavailable_reason()
    if why:
        raise QariError(why)
    article = workspace.library.get(workspace.library.resolve(args.article))
    blocks = _blocks(article, args.paragraph)
    options = SpeechOptions(voice=args.voice, rate=args.rate, vocalize=args.vocalize)
    milliseconds, words = _write(args.output, args.timings, blocks, article.language, options)
    write(f"{args.output}: {milliseconds / 1000:.1f} s, {words} words")
    return 0


def _blocks(article: Article, paragraph: str | None) -> list[Block]:
    """The article's blocks in reading order, or only the one `paragraph` names."""
    blocks = [block for block in article.blocks() if block.text.strip()]
    if paragraph is None:
        return blocks
    chosen = [block for block in blocks if block.id == paragraph]
    if not chosen:
        raise QariError(f"Article {article.id} has no paragraph {paragraph!r}; 'qari toc --json' lists them.")
    return chosen


def _write(
    output: Path, timings: Path | None, blocks: list[Block], language: str, options: SpeechOptions
) -> tuple[int, int]:
    """Say the blocks into a WAV file at `output` (a block at a time, so a book needs no more memory than
    its longest paragraph) and their words into `timings`: both written beside their targets and put in
    place together at the end, so that on any failure neither target changes. Returns (ms, words)."""
    typed = [path for path in (output, timings) if path]
    targets = [path.resolve() if path.is_symlink() else path for path in typed]
    if len(targets) == 2 and os.path.abspath(targets[0]) == os.path.abspath(targets[1]):
        raise QariError(f"The audio and the timings cannot both be written to {output}.")
    writing = typed[0]  # the path as the user gave it, for the message
    try:
        with contextlib.ExitStack() as stack:
            temporaries = []
            for index, target in enumerate(targets):
                writing = typed[index]
                if target.is_dir():
                    raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
                temporaries.append(stack.enter_context(replacing(target)))
            writing = typed[0]
            with temporaries[0].open("wb") as file, wave.open(file, "wb") as audio:
                words = _say(audio, blocks, language, options)
                milliseconds = audio.getnframes() * 1000 // audio.getframerate()
            if timings:
                writing = typed[1]
                text = json.dumps(words, ensure_ascii=False, indent=1) + "\n"
                temporaries[1].write_text(text, encoding="utf-8")
    except OSError as error:
        because = "its folder does not exist" if error.errno == errno.ENOENT else reason(error)
        message = f"{writing} could not be written: {because}; any old file there is unchanged."
        raise ExportFailure(message) from None
    return milliseconds, len(words)


def _say(audio: wave.Wave_write, blocks: list[Block], language: str, options: SpeechOptions) -> list[dict]:
    """Say the blocks one after another into `audio`, a pause between them; every word's timing."""
    from reader.core.speech import speak

    audio.setparams((1, 2, DEFAULT_RATE, 0, "NONE", "not compressed"))  # a valid header even if cut short
    timings: list[dict] = []
    samples = 0
    for block in blocks:
        speech = speak(block.text, language, options)
        if samples == 0:
            audio.setframerate(speech.sample_rate)  # allowed until the first frames are written
        else:
            pause = b"\0\0" * (speech.sample_rate * PAUSE_MS // 1000)
            audio.writeframes(pause)
            samples += len(pause) // 2
        offset = samples * 1000 // speech.sample_rate
        timings += [
            {"paragraph": block.id, "start": word.start, "end": word.end, "time": offset + word.time}
            for word in speech.words
        ]
        audio.writeframes(speech.audio)
        samples += len(speech.audio) // 2
    return timings
