"""The interface language: chosen, its translation built from the .ts file when needed, and installed.

Translations are kept as Qt Linguist sources: resources/translations/qari_ar.ts for Arabic, and
qari_en.ts holding only the English plural forms ("1 hit", "2 hits"). They are compiled with the lrelease
that PySide6 ships into the user's cache folder, once per version of the source (the file name carries a
hash of it): by packaging/setup.sh when a checkout is set up, else at the first start that needs one, so
no .qm is committed.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QStandardPaths, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reader.resources import resource_path

LANGUAGES = ("en", "ar")
SOURCE = "translations/qari_{language}.ts"
_LANGUAGE_PROPERTY = "qariLanguage"


def choose_language(requested: str | None, stored: str = "", system: QLocale | None = None) -> str:
    """The interface language: --lang, else the one in the settings, else the system's (ar or en)."""
    for choice in (requested, stored):
        if choice is not None and choice in LANGUAGES:
            return choice
    locale = system or QLocale.system()
    return "ar" if locale.language() == QLocale.Language.Arabic else "en"


def lrelease_program() -> Path | None:
    """Qt's translation compiler: the one beside the PySide6 package, else one on the PATH."""
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return bundled
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return Path(found) if found else None


def default_cache_folder() -> Path:
    """Where compiled translations are kept: the user's cache folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericCacheLocation)
    return Path(location or Path.home() / ".cache") / "qari" / "translations"


def compiled_translation(language: str, cache: Path | None = None, source: Path | None = None) -> Path | None:
    """The .qm file of a language, compiled first if it is missing or older than its source; None if
    it cannot be built."""
    source = source or resource_path(SOURCE.format(language=language))
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    folder = cache or default_cache_folder()
    target = folder / f"qari_{language}-{digest}.qm"
    if target.exists():
        return target
    import subprocess  # only when a translation has to be built

    program = lrelease_program()
    if program is None:
        print("qari: lrelease was not found; the interface stays in English.", file=sys.stderr)
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part")
        subprocess.run(
            [str(program), "-silent", str(source), "-qm", str(partial)],
            check=True, capture_output=True, timeout=60,
        )
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as error:
        print(f"qari: the {language} translation could not be built ({error}).", file=sys.stderr)
        return None
    for stale in folder.glob(f"qari_{language}-*.qm"):
        if stale != target:
            stale.unlink(missing_ok=True)
    return target


def install_language(app: QApplication, language: str, cache: Path | None = None) -> str:
    """Translate the interface and lay it out in the language's direction; returns the language in use."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    in_use = "en"
    for candidate in dict.fromkeys((language, "en")):  # English at least gets its plural forms
        compiled = compiled_translation(candidate, cache)
        ours = QTranslator(app)
        if compiled is not None and ours.load(str(compiled)):
            app.installTranslator(ours)
            in_use = candidate
            break
    if in_use != "en":  # Qt's own words: dialog buttons, the text view's context menu
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        # qt_LANG.qm names modules PySide6-Essentials does not ship and then fails to load; qtbase is enough
        if qt_own.load(f"qtbase_{language}", folder) or qt_own.load(f"qt_{language}", folder):
            app.installTranslator(qt_own)
    system = QLocale.system()
    if in_use == "ar":
        QLocale.setDefault(QLocale(QLocale.Language.Arabic))
    else:  # English words, but the reader's own dates and numbers unless those are Arabic or C's
        # (a C or POSIX locale, as under a bare X server or a service, writes dates as "29 11 2026")
        own = system.language() not in (QLocale.Language.Arabic, QLocale.Language.C)
        QLocale.setDefault(system if own else QLocale(QLocale.Language.English))
    app.setProperty(_LANGUAGE_PROPERTY, in_use)
    rtl = in_use == "ar"
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return in_use


def interface_language() -> str:
    """The language the interface is in (ar or en): that of the words an export made from it adds too."""
    app = QApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else "en"
