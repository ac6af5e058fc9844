"""Spellings that people type for the same word: hamza seats left out or moved, doubled و in names.

`loosen` folds a normalized word so that its variants meet; search uses it on the stem only (the stem
field), never on the exact spelling, so a query that carries the hamza still ranks first the text that
spells it so, and a query typed without it still finds the word:
- ؤ → و and ئ → ي: the seat without its hamza, as typed on a keyboard without them (المومنين, سايل);
- a hamza (ء ئ ؤ) before و is ؤ, the seat the standard spelling gives it there, so the older and
  Egyptian spellings meet it (مسئول, مسؤول → مسوول; شئون, رءوس, يقرءون);
- ء after ي goes (شاطىء, مبادىء → شاطي, مبادي, as شاطئ, مبادئ fold);
- names whose و is doubled in some spellings only, from a short list (داوود → داود, طاووس → طاوس).
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.text.stemmer import stem
from reader.core.text.stopwords import STOPWORDS

__all__ = ["loose_stem", "loosen"]

_BEFORE_WAW_RE = re.compile("[ءئؤ](?=و)")
_SEATS = str.maketrans({"ؤ": "و", "ئ": "ي"})
_DOUBLED_WAW = {"داوود": "داود", "طاووس": "طاوس"}


def loosen(word: str) -> str:
    """Fold a normalized word's hamza seats and listed name spellings (see the module docstring)."""
    if "ء" in word or "ئ" in word or "ؤ" in word:
        word = _BEFORE_WAW_RE.sub("و", word).replace("يء", "ي").translate(_SEATS)
    return _DOUBLED_WAW.get(word, word)


@lru_cache(maxsize=1 << 17)
def loose_stem(normalized_word: str) -> str:
    """The stem of the loosened word, or the plain stem where the loose one is a stop word (فئة → فيه)."""
    loose = stem(loosen(normalized_word))
    loose = _DOUBLED_WAW.get(loose, loose)  # وداوود: the name after its clitic
    return stem(normalized_word) if loose in STOPWORDS else loose
