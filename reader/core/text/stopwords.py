"""Arabic function words left out of the search index, written in their normalized spelling.

The words are normalized the way `reader.core.text.arabic.normalize` does it (ا for every alef form, ي for ى,
ه for ة), so one entry covers all the ways a word is spelled. The list was drawn up with Jacques Savoy's
list for Lucene at hand and extended with the pronouns, demonstratives and relatives it lacks.
Deliberately absent: علي, because على normalizes to the same letters as the name Ali; ام (mother) and ايه
(verse), which normalize like the particles أم and أيّة; and امام (imam as well as "in front of").
"""

from __future__ import annotations

__all__ = ["STOPWORDS", "is_stopword"]

_GROUPS: tuple[str, ...] = (
    # Clitics and one-letter words written apart from the next word.
    "ا و ف ب ل ك",
    # Conjunctions.
    "ثم او بل لكن ولكن لكنه لكنها لكنهم حتي",
    # Prepositions.
    "من في عن الي مع منذ لدي عند بين نحو ضمن خلال دون حول عبر ضد سوي",
    # Prepositions carrying a pronoun.
    "منه منها منهم منهما فيه فيها فيهم عنه عنها عنهم اليه اليها اليهم عليه عليها عليهم معه معها معهم"
    " له لها لهم لهما لك لكم لنا لي به بها بهم بي عنده عندها عندهم لديه لديها لديهم لدينا بينهم",
    # The same prepositions and conjunctions after و or ف.
    "ومن وفي وعن والي ومع وبين وعند وكل ولا ولم ولن وما فما فمن ففي",
    # Negation and other particles.
    "لا لم لن ليس ليست ما قد لقد سوف الا اما لو لولا كي لكي",
    # أن / إن and their pronoun forms.
    "ان انه انها انهم انهما اننا انني بان فان وان لان لانه لانها",
    # Subordinating and time words.
    "اذا اذ حيث كما بينما عندما لما كلما طالما مهما ربما انما",
    # Personal pronouns.
    "انا نحن انت انتم انتن انتما هو هي هم هن هما وهو وهي وهم فهو فهي",
    # Demonstratives.
    "هذا هذه هذان هذين هاتان هاتين هؤلاء ذلك تلك ذلكم اولئك هنا هناك هنالك",
    # Relative pronouns.
    "الذي التي الذين اللذان اللذين اللتان اللتين اللاتي اللواتي",
    # Question words.
    "هل ماذا لماذا كيف متي اين",
    # Forms of كان.
    "كان كانت كانوا كن يكون تكون يكن وكان وكانت",
    # Quantifiers.
    "كل بعض غير جميع اي",
    # Adverbs of time and place.
    "ايضا الان بعد قبل فوق تحت",
)

STOPWORDS: frozenset[str] = frozenset(word for group in _GROUPS for word in group.split())


def is_stopword(normalized_word: str) -> bool:
    """Whether a normalized word is one of the function words kept out of the index."""
    return normalized_word in STOPWORDS
