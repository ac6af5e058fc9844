"""Text for terminals: as stored (logical), or shaped and reordered for terminals without bidi (visual).

Everything printed goes through `write`, `write_json` or `error`, which never let text from a file or a
file name drive the terminal: control characters (an escape sequence that retitles or clears the
terminal, a line break that forges a second `qari:` line) are shown escaped as `\x1b`, and bidi controls
are closed at the end of each line (in an error line, shown escaped, so that a right-to-left override in
a file name cannot reverse the message).
"""

from __future__ import annotations

import re
import sys

from reader.core.text import FSI, LRE, LRI, PDF, PDI, RLE, RLI, Direction, balance, direction_of

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and line feed
_IN_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_RAW_IN_JSON = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")  # json leaves them as is

_AS_EMBEDDINGS = {LRI: LRE, RLI: RLE, PDI: PDF}


def visual_line(line: str) -> str:
    """One line shaped (Arabic letters in their joined forms) and put in display order."""
    import arabic_reshaper  # loaded by the commands that print visually, not by every command
    from bidi.algorithm import get_display  # the pure-Python algorithm mirrors brackets; the Rust one not

    return get_display(arabic_reshaper.reshape(_embeddings(balance(line))))


def _embeddings(line: str) -> str:
    """Isolates as the embeddings nearest to them: python-bidi's algorithm stops at an isolate."""
    if not any(char in line for char in (LRI, RLI, FSI, PDI)):
        return line
    return "".join(
        (RLE if direction_of(line[i + 1 :], "ltr") == "rtl" else LRE)
        if char == FSI
        else _AS_EMBEDDINGS.get(char, char)
        for i, char in enumerate(line)
    )


def render(text: str, visual: bool, direction: Direction | None = None, width: int | None = None) -> str:
    """A paragraph for the terminal; in visual mode wrapped, reordered and right-aligned when RTL."""
    if not visual:
        return balance(text)  # an override left open in a paragraph must not reach the next thing printed
    import shutil
    import textwrap

    width = width or shutil.get_terminal_size((80, 24)).columns
    direction = direction or direction_of(text)
    lines = textwrap.wrap(text, width=width) or [""]
    shaped = [visual_line(line) for line in lines]
    return "\n".join(line.rjust(width) if direction == "rtl" else line for line in shaped)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """Text with its control characters (all but tab and line feed) shown escaped, and every bidi control
    left open closed at the end of its line."""
    return balance(_CONTROLS.sub(_escaped, text))


def one_line(text: str) -> str:
    """Text to set inside a one-line message: every control character, line break and bidi control shown
    escaped (a file name may hold any of them)."""
    return _IN_ONE_LINE.sub(_escaped, text)


def write(text: str = "") -> None:
    """Print a line to standard output in UTF-8, whatever the terminal's locale says, made `safe`."""
    sys.stdout.buffer.write((safe(text) + "\n").encode("utf-8", "backslashreplace"))


def write_json(value: object) -> None:
    """Print a value as indented JSON; the characters json leaves raw that a terminal would act on (C1
    controls, bidi controls, line separators) are written as \\u escapes, which read back the same."""
    import json  # loaded by the commands that print JSON only

    text = json.dumps(value, ensure_ascii=False, indent=2)
    escaped = _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    sys.stdout.buffer.write((escaped + "\n").encode("utf-8", "backslashreplace"))


def error(message: object) -> None:
    """Print `qari: message` to standard error as one safe line."""
    sys.stderr.flush()  # after anything printed to it before
    sys.stderr.buffer.write(f"qari: {one_line(str(message))}\n".encode("utf-8", "backslashreplace"))
    sys.stderr.buffer.flush()
