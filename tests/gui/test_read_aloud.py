"""Reading aloud in the window: real speech played by Qt Multimedia (into no sound card, in real time, here
four times faster), the spoken word marked in the view, pause, stop, sentences, paragraphs, clicks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from reader.gui.controllers.readaloud import PAUSED, PLAYING, STOPPED

pytest.importorskip("PySide6.QtMultimedia")

ARTICLE = """# نزهة الصباح

خرجت سلمى إلى الحديقة. رأت الأزهار تتفتح تحت الشمس الدافئة.

## العودة إلى البيت

عادت سلمى قبل الظهر وهي مسرورة.
"""
FIRST = "خرجت سلمى إلى الحديقة. رأت الأزهار تتفتح تحت الشمس الدافئة."
LAST = "عادت سلمى قبل الظهر وهي مسرورة."
TIMEOUT = 20_000


@pytest.fixture(autouse=True)
def private_temporary_folder(tmp_path, monkeypatch):
    """The audio files of reading aloud go to the test's own folder."""
    folder = tmp_path / "temporary"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def window(open_window, tmp_path):
    source = tmp_path / "walk.md"
    source.write_text(ARTICLE, encoding="utf-8")
    window = open_window("en", files=[source])
    if window.read_aloud.reason is not None:
        pytest.skip(window.read_aloud.reason)
    window.read_aloud.set_playback_rate(4)
    return window


def block_of(window, text: str) -> str:
    blocks = window.view.blocks
    return blocks.ids[blocks.originals.index(text)]


def place_caret(window, block_id: str, offset: int) -> None:
    view = window.view
    number = view.blocks.numbers[block_id]
    block = view.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + view.blocks.to_shown(number, offset))
    view.setTextCursor(cursor)


def words(text: str, start: int = 0) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\s.،]+", text) if m.start() >= start]


def record(window) -> list[tuple[str, int, int]]:
    marked: list[tuple[str, int, int]] = []
    window.read_aloud.wordMarked.connect(lambda *word: marked.append(word))
    return marked


def test_every_word_of_a_paragraph_is_marked_in_order(window, qtbot):
    paragraph = block_of(window, FIRST)
    marked = record(window)
    place_caret(window, paragraph, 0)
    window.read_aloud_commands.read.trigger()
    assert window.read_aloud.state == PLAYING and window.read_aloud_bar.isVisible()
    qtbot.waitUntil(lambda: any(block != paragraph for block, _, _ in marked), timeout=TIMEOUT)
    in_paragraph = [(start, end) for block, start, end in marked if block == paragraph]
    assert in_paragraph == words(FIRST)
    assert window.spoken_word.word() is not None and window.spoken_word.rects()
    assert "(aloud)" in window.reading_progress.text()  # the time left counted at the speech rate


def test_reading_goes_on_across_the_heading_into_the_next_paragraph_and_stops_at_the_end(window, qtbot):
    first, last = block_of(window, FIRST), block_of(window, LAST)
    heading = block_of(window, "العودة إلى البيت")
    marked = record(window)
    place_caret(window, first, FIRST.index("رأت"))
    window.read_aloud.toggle()
    qtbot.waitUntil(lambda: window.read_aloud.state == STOPPED, timeout=TIMEOUT)
    assert marked[0][0] == first
    assert marked[0][1] == FIRST.index("رأت")  # from the caret's word
    order = list(dict.fromkeys(block for block, _, _ in marked))
    assert order == [first, heading, last]
    assert [(s, e) for b, s, e in marked if b == last] == words(LAST)
    assert window.spoken_word.word() is None and not window.read_aloud_bar.isVisible()


def test_pause_and_resume_keep_the_place(window, qtbot):
    paragraph = block_of(window, FIRST)
    marked = record(window)
    place_caret(window, paragraph, 0)
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: len(marked) >= 3, timeout=TIMEOUT)
    window.read_aloud_commands.read.trigger()
    assert window.read_aloud.state == PAUSED
    held, count = window.spoken_word.word(), len(marked)
    position = window.read_aloud.player().position()
    qtbot.wait(400)
    assert window.spoken_word.word() == held and len(marked) == count
    assert window.read_aloud.player().position() == position
    assert "Resume" in window.read_aloud_commands.read.text()
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: len(marked) > count, timeout=TIMEOUT)
    following = marked[count]
    assert following[0] == held[0] and following[1] > held[1]  # on from there, not from the start


def test_stop_clears_the_mark_and_the_next_start_begins_afresh(window, qtbot):
    paragraph = block_of(window, FIRST)
    marked = record(window)
    place_caret(window, paragraph, 0)
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: len(marked) >= 2, timeout=TIMEOUT)
    window.read_aloud_commands.stop.trigger()
    assert window.read_aloud.state == STOPPED
    assert window.spoken_word.word() is None and window.spoken_word.rects() == []
    assert not window.read_aloud_bar.isVisible()
    assert not window.read_aloud_commands.next.isEnabled()
    count = len(marked)
    qtbot.wait(300)
    assert len(marked) == count  # nothing more is marked once stopped


def test_the_audio_files_go_with_the_window(window, qtbot, private_temporary_folder):
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: window.spoken_word.word() is not None, timeout=TIMEOUT)
    assert list(private_temporary_folder.glob("qari-speech-*/*.wav"))
    window.close()
    assert not list(private_temporary_folder.iterdir())


def test_next_sentence_and_previous_sentence(window, qtbot):
    paragraph = block_of(window, FIRST)
    second = FIRST.index("رأت")
    place_caret(window, paragraph, 0)
    window.read_aloud.set_playback_rate(1)
    marked = record(window)
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: len(marked) >= 1, timeout=TIMEOUT)
    window.read_aloud_commands.next.trigger()
    assert window.read_aloud.place() == (paragraph, second, len(FIRST))
    qtbot.waitUntil(lambda: marked[-1][1] >= second, timeout=TIMEOUT)
    assert marked[-1][:2] == (paragraph, second)
    window.read_aloud_commands.previous.trigger()
    assert window.read_aloud.place() == (paragraph, 0, FIRST.index(".") + 1)
    qtbot.waitUntil(lambda: marked[-1][1] == 0, timeout=TIMEOUT)


def test_clicking_a_paragraph_while_reading_moves_the_reading_there(window, qtbot):
    first, last = block_of(window, FIRST), block_of(window, LAST)
    place_caret(window, first, 0)
    window.read_aloud.set_playback_rate(1)
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: window.spoken_word.word() is not None, timeout=TIMEOUT)
    view = window.view
    place_caret(window, last, LAST.index("الظهر"))
    point = view.cursorRect(view.textCursor()).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.read_aloud.place() == (last, 0, len(LAST))  # the clicked sentence, from its start
    qtbot.waitUntil(lambda: (window.spoken_word.word() or ("",))[0] == last, timeout=TIMEOUT)


def test_reading_starts_from_the_selection(window, qtbot):
    paragraph = block_of(window, FIRST)
    view = window.view
    number = view.blocks.numbers[paragraph]
    block = view.document().findBlockByNumber(number)
    cursor = QTextCursor(block)
    start = FIRST.index("الأزهار")
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + start + len("الأزهار تتفتح"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    marked = record(window)
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: len(marked) >= 1, timeout=TIMEOUT)
    assert marked[0] == (paragraph, start, start + len("الأزهار"))


def test_another_article_stops_the_reading(window, qtbot):
    window.read_aloud_commands.read.trigger()
    qtbot.waitUntil(lambda: window.spoken_word.word() is not None, timeout=TIMEOUT)
    other = next(i for i in window.library.access.library.ids() if i != window.view.article.id)
    window.library.open_article(other)
    assert window.read_aloud.state == STOPPED and window.spoken_word.word() is None


def test_without_the_speech_engine_the_commands_are_disabled_and_say_why(open_window, monkeypatch):
    monkeypatch.setenv("QARI_ESPEAK_LIBRARY", "libqari-no-such-speech-engine.so.0")
    window = open_window("en")
    commands = window.read_aloud_commands
    assert window.read_aloud.reason is not None and "espeak-ng" in window.read_aloud.reason
    for action in commands.all():
        assert not action.isEnabled()
        assert action.toolTip().startswith("Reading aloud is unavailable: ")
        assert "espeak-ng" in action.statusTip() and "\n" not in action.statusTip()
    window.read_aloud.toggle()
    assert window.read_aloud.state == STOPPED and window.read_aloud.player() is None
