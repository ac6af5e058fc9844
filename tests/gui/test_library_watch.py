from __future__ import annotations

from reader.core.library import Workspace


def test_the_window_notices_an_import_made_by_another_program(open_window, library_folder, tmp_path, qtbot):
    window = open_window()
    assert len(window.library_panel.article_ids()) == 1
    other = tmp_path / "other.txt"
    other.write_text("مقالة أخرى\nنص قصير.\n", encoding="utf-8")
    workspace = Workspace(library_folder)
    workspace.import_file(other)
    workspace.close()
    qtbot.waitUntil(lambda: len(window.library_panel.article_ids()) == 2, timeout=10_000)


def test_the_open_article_follows_an_edit_made_elsewhere(open_window, library_folder, tmp_path, qtbot):
    path = tmp_path / "edited.txt"
    path.write_text("عنوان\nالفقرة الأولى.\n", encoding="utf-8")
    workspace = Workspace(library_folder)
    article_id = workspace.import_file(path).article.id
    window = open_window(article_id=article_id)
    assert window.view.article.id == article_id
    path.write_text("عنوان\nالفقرة الأولى بعد التعديل.\n", encoding="utf-8")
    workspace.import_file(path)
    workspace.close()
    qtbot.waitUntil(
        lambda: window.view.article.paragraphs()[0].text == "الفقرة الأولى بعد التعديل.", timeout=10_000
    )
