"""Acceptance test: highlights added by quote without diacritics on the seed article survive a
re-import of an edited copy as point 2 says (kept, moved in place, moved elsewhere, orphaned), none lost."""

from __future__ import annotations

from pathlib import Path

from reader.core.library import Workspace

MOVED_SENTENCE = "، حيث يُعتقد أن هؤلاء الجنود قد يشاركون في القتال إلى جانب القوات الروسية في أوكرانيا."
DELETED_SENTENCE = ' فقد وصف ممثل بيونغ يانغ لدى الأمم المتحدة الادعاءات بأنها "شائعة لا أساس لها".'


def edited_copy(seed: str) -> str:
    lines = seed.splitlines()
    assert MOVED_SENTENCE in lines[5] and DELETED_SENTENCE in lines[9] and "أُرسلوا مؤخرًا" in lines[9]
    lines[0] = lines[0].replace("موسكو شراكة", "موسكو تعلن شراكة")
    lines[3] = lines[3].replace(
        "مشيرة إلى أن التعاون العسكري بين البلدين يهدف إلى", "وأضافت أن التعاون بين البلدين يرمي إلى"
    )
    lines[5] = lines[5].replace(MOVED_SENTENCE, ".")
    lines[7] += " ويُعتقد أن هؤلاء الجنود قد يشاركون في القتال."
    lines[9] = lines[9].replace(DELETED_SENTENCE, "").replace("أُرسلوا مؤخرًا", "أرسلوا مؤخراً")
    lines.insert(1, "فقرة جديدة تضاف في أول المقال قبل كل ما فيه.")
    return "\n".join(lines) + "\n"


def test_seed_highlights_survive_an_edited_reimport(tmp_path: Path, seed_path: Path):
    seed = seed_path.read_text(encoding="utf-8")
    copy = tmp_path / "seed.txt"
    copy.write_text(seed, encoding="utf-8")
    workspace = Workspace(tmp_path / "library")
    article = workspace.import_file(copy).article
    quotes = {
        "kept": "فلاديمير بوتين",
        "moved in its paragraph": "الحفاظ على توازن القوى",
        "moved to another paragraph": "يعتقد أن هؤلاء الجنود",
        "moved after normalization": "أرسلوا مؤخرا",
        "orphaned": "شائعة لا أساس لها",
        "title": "شراكة استراتيجية شاملة",
    }
    added = {
        case: workspace.highlights.add_quote(article, quote, note=case) for case, quote in quotes.items()
    }
    assert added["moved to another paragraph"].quote == "يُعتقد أن هؤلاء الجنود"  # found without the damma

    copy.write_text(edited_copy(seed), encoding="utf-8")
    assert workspace.import_file(copy).status == "updated"
    new = workspace.library.get(article.id)
    after = {h.note: h for h in workspace.highlights.highlights(article.id)}
    assert set(after) == set(quotes)  # none lost, notes intact

    def text_of(case: str) -> str:
        h = after[case]
        block = new.paragraph(h.paragraph).text if h.paragraph != "title" else new.title  # type: ignore[union-attr]
        return block[h.start : h.end]

    kept = after["kept"]
    assert (kept.state, kept.paragraph, kept.start) == (
        "anchored",
        added["kept"].paragraph,
        added["kept"].start,
    )
    for case in ("moved in its paragraph", "moved to another paragraph", "title"):
        assert after[case].state == "moved" and text_of(case) == added[case].quote, case
    assert after["moved in its paragraph"].paragraph == new.paragraphs()[2].id
    assert after["moved to another paragraph"].paragraph == new.paragraphs()[4].id
    assert after["moved after normalization"].state == "moved"
    assert text_of("moved after normalization") == "أرسلوا مؤخراً"
    orphan = after["orphaned"]
    assert (orphan.state, orphan.quote) == ("orphaned", added["orphaned"].quote)
    workspace.close()
