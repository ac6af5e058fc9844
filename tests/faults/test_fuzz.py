"""Fuzzing on a fixed budget: random annotation documents, random zipped books, random command lines and
random queries end in a result or one plain error, never a traceback (issue 15, item 9). Random bytes
through the text importers are in tests/core/test_hostile_input.py."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.app import main
from reader.core.document.importers import read_draft
from reader.core.errors import AnnotationImportError, ImportFailure
from reader.core.library import Library, Workspace
from reader.core.search import REFUSALS, QueryError
from tests.helpers import SAMPLE

BUDGET = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))

WORDS = st.sampled_from(["العلم", "صيد", "كتاب", "TextQuoteSelector", "Annotation", "urn:qari:article:", ""])
JSON_LEAVES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), WORDS, st.text())
KEYS = st.sampled_from(
    ["id", "type", "target", "source", "selector", "exact", "prefix", "suffix", "body", "bodyValue",
     "value", "start", "end", "items", "first", "styleClass", "modified", "created", "refinedBy", "dc:source"]
)  # fmt: skip
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(KEYS | st.text(max_size=5), inner, max_size=6)
    ),
    max_leaves=30,
)


@given(document=JSON)
@BUDGET
def test_random_annotation_documents_import_or_are_refused(document):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        with Library(Path(folder) / "library") as library:
            try:
                library.import_annotations(path)
            except AnnotationImportError as error:
                assert str(error) and "\n" not in str(error)


MEMBERS = st.sampled_from(
    ["mimetype", "META-INF/container.xml", "content.opf", "OEBPS/content.opf", "nav.xhtml", "toc.ncx",
     "chapter.xhtml", "word/document.xml", "docProps/core.xml", "[Content_Types].xml",
     "META-INF/encryption.xml"]
)  # fmt: skip
MEMBER_TEXT = st.one_of(
    st.sampled_from(
        ["application/epub+zip",
         '<?xml version="1.0"?><container><rootfiles><rootfile full-path="content.opf"/>'
         "</rootfiles></container>",
         "<package><manifest/><spine/></package>", "<html><body><p>نص</p></body></html>",
         '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><x>&b;</x>', "<w:document/>"]
    ),
    st.text(max_size=200),
)  # fmt: skip


@given(
    members=st.lists(st.tuples(MEMBERS, MEMBER_TEXT), max_size=6, unique_by=lambda member: member[0]),
    name=st.sampled_from(["b.epub", "d.docx", "x"]),
)
@BUDGET
def test_random_zipped_books_import_or_are_refused(members, name):
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as book:
        for member, text in members:
            book.writestr(member, text.encode("utf-8", "replace"))
    try:
        draft = read_draft(Path(name), data.getvalue())
    except ImportFailure as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert draft.title


COMMAND_LINES = st.lists(
    st.sampled_from(
        ["list", "toc", "show", "search", "highlight", "add", "list", "note", "delete", "export",
         "annotations", "import", "index", "rebuild", "library", "backups", "restore", "meta", "--json",
         "--format", "csv",
         "--quote", "العلم", "--paragraph", "p0", "--start", "-1", "--end", "99999999", "--limit", "0",
         "--author", "", "--article", "x", "-o", "\x1b[2J", "«", "\u202e", "*", '"', "author:", "-"]
    ),
    min_size=1,
    max_size=6,
)  # fmt: skip


def test_random_command_lines_exit_with_a_status_or_a_usage_message(tmp_path: Path):
    library = tmp_path / "library"
    with Workspace(library) as workspace:
        workspace.import_file(SAMPLE)

    @given(words=COMMAND_LINES)
    @BUDGET
    def run(words: list[str]) -> None:
        if words[0] not in {"list", "toc", "show", "search", "highlight", "export", "annotations", "index",
                            "library", "meta", "import"}:  # fmt: skip
            words = ["search", *words]  # a first word that is no command would open the window
        out, err = io.TextIOWrapper(io.BytesIO()), io.TextIOWrapper(io.BytesIO())
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), contextlib.chdir(tmp_path):
            try:
                status = main(["--library", str(library), *words])
            except SystemExit as exit:  # argparse: a usage message and status 2
                status = exit.code
        assert status in (0, 1, 2), (words, status)

    run()


QUERY_PIECES = st.sampled_from(
    ["العلم", "صيد", "كتا*", "*", "٭", '"', "«", "»", "OR", "NOT", "-", "author:", "source:", "article:", ":",
     "(", ")", "ـ", "\u064b", "\u202e", "\x00", " ", "  ", "\n", "في", "من", "x" * 70]
)  # fmt: skip


@given(pieces=st.lists(QUERY_PIECES | st.text(max_size=4), max_size=12))
@BUDGET
def test_random_queries_search_or_are_refused(searched_library, pieces):
    query = "".join(pieces)
    try:
        searched_library.search(query, limit=5)
    except QueryError as error:
        assert str(error) and "\n" not in str(error) and error.code in REFUSALS


@pytest.fixture(scope="module")
def searched_library(tmp_path_factory):
    with Workspace(tmp_path_factory.mktemp("fuzz") / "library") as workspace:
        workspace.import_file(SAMPLE)
        yield workspace
