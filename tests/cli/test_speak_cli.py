"""qari speak end to end, and the line a mistyped command gets instead of a window."""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import pytest

from reader.core.speech import unavailable_reason
from tests.helpers import run_qari

needs_speech = pytest.mark.skipif(unavailable_reason() is not None, reason=str(unavailable_reason()))

ARTICLE = """# رحلة إلى الجبل

خرجنا في الصباح الباكر نحمل الزاد والماء، وسرنا ساعتين حتى بلغنا السفح.

## القمة

صعدنا ٣ ساعات أخرى، ورأينا من فوق القمة القرى الصغيرة كأنها نقاط على خريطة.
"""


@pytest.fixture
def article(tmp_path: Path) -> tuple[Path, dict]:
    """A library with one short Arabic article, and its structure as `qari toc --json` gives it."""
    library = tmp_path / "library"
    source = tmp_path / "trip.md"
    source.write_text(ARTICLE, encoding="utf-8")
    imported = json.loads(run_qari(library, "import", str(source), "--json").stdout)["imported"][0]
    return library, json.loads(run_qari(library, "toc", imported["id"], "--json").stdout)


def texts_by_id(toc: dict) -> dict[str, str]:
    texts = {"title": toc["title"]}
    for section in toc["sections"]:
        texts.update({p["id"]: p["text"] for p in section["paragraphs"]})
    return texts


@needs_speech
def test_the_whole_article_is_written_as_a_wav_with_every_word_timed(article, tmp_path):
    library, toc = article
    output, timings = tmp_path / "out" / "trip.wav", tmp_path / "out" / "trip.json"
    output.parent.mkdir()
    result = run_qari(library, "speak", toc["id"][:8], "-o", str(output), "--timings", str(timings))
    assert result.returncode == 0, result.stderr
    with wave.open(str(output)) as file:
        assert (file.getnchannels(), file.getsampwidth()) == (1, 2)
        duration = file.getnframes() * 1000 // file.getframerate()
    entries = json.loads(timings.read_text(encoding="utf-8"))
    assert all(set(entry) == {"paragraph", "start", "end", "time"} for entry in entries)
    texts = texts_by_id(toc)
    said = [texts[e["paragraph"]][e["start"] : e["end"]] for e in entries if e["paragraph"] in texts]
    assert said[:3] == ["رحلة", "إلى", "الجبل"]  # the title first
    assert "٣" in said and "القمة" in said and said[-1] == "خريطة"
    times = [entry["time"] for entry in entries]
    assert times == sorted(times) and times[-1] < duration
    paragraphs = list(dict.fromkeys(entry["paragraph"] for entry in entries))
    assert paragraphs[0] == "title" and len(paragraphs) == 4  # title, paragraph, heading, paragraph
    assert sorted(os.listdir(output.parent)) == ["trip.json", "trip.wav"]


@needs_speech
def test_one_paragraph_at_a_given_rate(article, tmp_path):
    library, toc = article
    paragraph = toc["sections"][0]["paragraphs"][0]
    output, timings = tmp_path / "one.wav", tmp_path / "one.json"
    slow = run_qari(library, "speak", toc["id"], "--paragraph", paragraph["id"], "--rate", "100",
                    "--no-vocalize", "-o", str(output), "--timings", str(timings))  # fmt: skip
    assert slow.returncode == 0, slow.stderr
    entries = json.loads(timings.read_text(encoding="utf-8"))
    assert {entry["paragraph"] for entry in entries} == {paragraph["id"]}
    assert [paragraph["text"][e["start"] : e["end"]] for e in entries][:3] == ["خرجنا", "في", "الصباح"]
    fast = run_qari(library, "speak", toc["id"], "--paragraph", paragraph["id"], "--rate", "300",
                    "--no-vocalize", "-o", str(tmp_path / "fast.wav"))  # fmt: skip
    assert fast.returncode == 0, fast.stderr
    assert (tmp_path / "fast.wav").stat().st_size < output.stat().st_size * 0.6


@needs_speech
@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--paragraph", "p-nothing"], "has no paragraph 'p-nothing'"),
        (["--voice", "no-such-voice"], "no voice called 'no-such-voice'"),
        (["-o", "missing-folder/out.wav"], "could not be written: its folder does not exist"),
        (["-o", "."], "could not be written: it is a folder"),
        (["-o", "old.json"], "cannot both be written to"),
    ],
)
def test_errors_are_one_line_and_leave_nothing_behind(article, tmp_path, extra, expected):
    library, toc = article
    work = tmp_path / "work"
    work.mkdir()
    (work / "old.json").write_text("[]", encoding="utf-8")
    args = ["speak", toc["id"], "-o", str(work / "out.wav"), "--timings", str(work / "old.json")]
    args += [str(work / a) if a in ("missing-folder/out.wav", ".", "old.json") else a for a in extra]
    result = run_qari(library, *args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qari: ") and expected in result.stderr
    assert sorted(os.listdir(work)) == ["old.json"] and (work / "old.json").read_text() == "[]"


def test_an_unknown_article_is_one_line(tmp_path):
    result = run_qari(tmp_path / "library", "speak", "nothing", "-o", str(tmp_path / "out.wav"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "No article" in result.stderr
    assert not (tmp_path / "out.wav").exists()


def test_without_the_engine_the_command_says_why(article, tmp_path, monkeypatch):
    library, toc = article
    monkeypatch.setenv("QARI_ESPEAK_LIBRARY", "libespeak-ng-missing.so.1")
    result = run_qari(library, "speak", toc["id"], "-o", str(tmp_path / "out.wav"))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "libespeak-ng-missing.so.1" in result.stderr and not (tmp_path / "out.wav").exists()


def test_a_mistyped_command_names_the_nearest_one(tmp_path):
    result = run_qari(tmp_path / "library", "speek", "x")
    assert result.returncode == 2
    assert result.stderr == "qari: unknown command 'speek' (did you mean 'speak'?)\n"
    assert not (tmp_path / "library").exists()  # no window, no library opened


def test_a_word_like_no_command_lists_them(tmp_path):
    result = run_qari(tmp_path / "library", "zzzz")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "'zzzz' is neither a command nor a file" in result.stderr and "speak" in result.stderr


def test_an_existing_file_named_like_a_command_still_opens_the_window(tmp_path, monkeypatch):
    monkeypatch.setenv("QARI_QUIT_AFTER_PAINT", "1")  # the window closes itself once it has painted
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700)
    monkeypatch.chdir(tmp_path)
    Path("speek").write_text("نص قصير كتبته للتجربة.", encoding="utf-8")
    result = run_qari(tmp_path / "library", "speek")
    assert result.returncode == 0 and "unknown command" not in result.stderr, result.stderr
    listed = run_qari(tmp_path / "library", "list", "--json")
    assert "نص قصير" in listed.stdout  # the window imported the file it was given
