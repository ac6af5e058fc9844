"""qari speak: an article, or one of its paragraphs, said aloud into a WAV file, with each word's time."""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.terminal import write
from reader.core.atomicfile import replacing
from reader.core.errors import ExportFailure, QariError, reason
from reader.core.speech import Speech, SpeechOptions, speak, unavailable_reason

if TYPE_CHECKING:
    from reader.core.document import Article, Block
    from reader.core.library import Workspace

PAUSE_MS = 400  # the silence between two blocks (title, heading, paragraph) of an article
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
    why = unavailable_reason()
    if why:
        raise QariError(why)
    article = workspace.library.get(workspace.library.resolve(args.article))
    blocks = _blocks(article, args.paragraph)
    options = SpeechOptions(voice=args.voice, rate=args.rate, vocalize=args.vocalize)
    speech, timings = _say(blocks, _language(article), options)
    files = [(args.output, speech.wav())]
    if args.timings:
        text = json.dumps(timings, ensure_ascii=False, indent=1) + "\n"
        files.append((args.timings, text.encode("utf-8")))
    _write_all(files)
    write(f"{args.output}: {speech.duration / 1000:.1f} s, {len(timings)} words")
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


def _language(article: Article) -> str:
    """The language to speak the article in: the one it declares or was judged to be in, as a bare code."""
    language = article.language.replace("_", "-").split("-")[0].lower()
    if language in ("", "und"):
        return "ar" if article.judgement.direction == "rtl" else "en"
    return language


def _say(blocks: list[Block], language: str, options: SpeechOptions) -> tuple[Speech, list[dict]]:
    """The blocks said one after another with a pause between them, and every word's timing."""
    audio: list[bytes] = []
    timings: list[dict] = []
    samples = 0
    sample_rate = 22050
    for block in blocks:
        speech = speak(block.text, language, options)
        sample_rate = speech.sample_rate
        if audio:
            audio.append(b"\0\0" * (sample_rate * PAUSE_MS // 1000))
            samples += len(audio[-1]) // 2
        offset = samples * 1000 // sample_rate
        timings += [
            {"paragraph": block.id, "start": word.start, "end": word.end, "time": offset + word.time}
            for word in speech.words
        ]
        audio.append(speech.audio)
        samples += len(speech.audio) // 2
    return Speech(b"".join(audio), sample_rate, ()), timings


def _write_all(files: list[tuple[Path, bytes]]) -> None:
    """Write every file beside its target, then put them all in place; on failure no target is changed."""
    path = files[0][0]
    try:
        with contextlib.ExitStack() as stack:
            for path, data in files:
                if path.is_dir():
                    raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
                stack.enter_context(replacing(path)).write_bytes(data)
    except OSError as error:
        because = "its folder does not exist" if error.errno == errno.ENOENT else reason(error)
        message = f"{path} could not be written: {because}; any old file there is unchanged."
        raise ExportFailure(message) from None
