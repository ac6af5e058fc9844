"""Search queries: what a reader types, parsed into words, phrases and prefixes.

The syntax: words (all must match), "exact phrases" (also «…» and “…”), prefix* (also ٭), `a OR b`,
-excluded or NOT excluded, article:ID to keep to one article, and author:NAME and source:PART (also with a
"quoted value", and -author:… to leave out) to keep to the articles whose metadata they name (see
`fields`); a query of fields alone finds the titles of those articles. A word matches its normalized spelling
or its stem, and below them the broken plurals or singular the lexicon relates to it (not when it is
excluded or typed with harakat); a phrase matches normalized words in a row, stop words included.

A parsed query gives the Whoosh query to run (`to_whoosh`) and the spans of its matches in any text
(`spans`), so that search results and the reading view mark the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from whoosh import query as wq

from reader.core.errors import QariError
from reader.core.search.analysis import WordTerms, has_harakat, marks_agree, vocalized_form, word_terms
from reader.core.search.clauses import Clause, Phrase, Prefix, Word, clause_query, matches, one_of
from reader.core.search.expansion import related_stems
from reader.core.search.fields import FIELD_NAMES, FieldFilter
from reader.core.text import tokenize

__all__ = ["REFUSALS", "Clause", "ParsedQuery", "Phrase", "Prefix", "QueryError", "Word", "parse_query"]

PREFIX_MIN = 2
MAX_WORDS = 64
"""The most words a query may have, counting those in phrases and prefixes: enough for any question a
reader types or pastes, and far below where the engine's query tree grows too deep to walk."""
_QUOTES = {'"': '"', "«": "»", "“": "”", "”": "”"}
_STARS = "*٭"


REFUSALS = {
    "or-misplaced": "OR must stand between two words, as in: كتاب OR مكتبة.",
    "or-excluded": "OR cannot join an excluded word; write the words to exclude apart.",
    "ends-with-operator": "The query ends with {operator}; add the word it applies to.",
    "only-common-words": (
        "The query has only very common words, which are not indexed one by one; "
        'put them in quotes to find them as a phrase, as in: "في البيت".'
    ),
    "only-excluded": "The query only excludes words; add a word to look for.",
    "empty": "Type a word to search for.",
    "unclosed-quote": "A quote opens a phrase that is never closed; add the closing quote.",
    "article-without-id": "article: needs an article id after it, as in article:3fa2.",
    "star-inside": "A * can only end a word, as in كتا*; '{word}' has one inside.",
    "short-prefix": "A prefix needs one word of at least {letters} letters before the *.",
    "empty-phrase": "A phrase in quotes has no words in it.",
    "field-without-value": "{word} needs a name after it, as in author:محمد or source:example.org.",
    "field-joined": "OR cannot join {word}…; write it apart, without OR.",
    "too-long": "The query has more than {limit} words; search with fewer.",
}
"""Why a query cannot run, by a code that stays the same: the window words each in the reader's language
(by its code, with the same blanks); the English here is the command line's and the exception's."""


class QueryError(QariError):
    """A query that cannot be searched; the message says what to type instead. `code` (a key of
    `REFUSALS`) and `params` (its blanks) let a front end say the same in another language."""

    def __init__(self, code: str, **params: str | int) -> None:
        self.code = code
        self.params = params
        super().__init__(REFUSALS[code].format(**params))


@dataclass(frozen=True)
class ParsedQuery:
    """A query ready to run: groups of alternatives that must all match, exclusions, an article filter,
    and field filters on the articles' metadata; with fields only, `required` is empty."""

    text: str
    required: tuple[tuple[Clause, ...], ...]
    excluded: tuple[Clause, ...] = ()
    article: str | None = None
    fields: tuple[FieldFilter, ...] = ()

    def to_whoosh(self) -> wq.Query:
        """The Whoosh query for what must match (the exclusions are `excluded_whoosh`); a query of
        fields only has none (see `fields`)."""
        groups = [one_of([clause_query(c) for c in group]) for group in self.required]
        return groups[0] if len(groups) == 1 else wq.And(groups)

    def excluded_whoosh(self) -> wq.Query | None:
        """The Whoosh query for the documents to leave out, to pass as a mask.

        Not an AndNot: Whoosh 2.7's AndNotMatcher keeps a first match that the excluded words also
        match when they occur in an earlier document too.
        """
        return one_of([clause_query(c) for c in self.excluded]) if self.excluded else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The [start, end) spans of the words in `text` this query matches, whole words with marks."""
        tokens = [(terms, t.start, t.end) for t in tokenize(text) for terms in word_terms(t.text)]
        hits: set[tuple[int, int]] = set()
        clauses = [clause for group in self.required for clause in group]
        singles = [c for c in clauses if not isinstance(c, Phrase)]
        matched: dict[WordTerms, bool] = {}  # a text repeats its words: each is compared once
        for terms, start, end in tokens:
            found = matched.get(terms)
            if found is None:
                found = matched[terms] = any(matches(clause, terms) for clause in singles)
            if found:
                hits.add((start, end))
        for phrase in (c for c in clauses if isinstance(c, Phrase)):
            wanted = [w.terms.normalized for w in phrase.words]
            size = len(wanted)
            for i in range(len(tokens) - size + 1):
                if all(tokens[i + k][0].normalized == wanted[k] for k in range(size)):
                    hits.update((start, end) for _, start, end in tokens[i : i + size])
        return sorted(hits)

    def vocalized_words(self) -> list[Word]:
        """The words to find that were typed with harakat."""
        clauses = [clause for group in self.required for clause in group]
        words = [
            w for c in clauses for w in (c.words if isinstance(c, Phrase) else (c,)) if isinstance(w, Word)
        ]
        return [word for word in words if word.vocalized]

    def marks_agree(self, text: str) -> bool:
        """Whether `text` has a word written with the same harakat as a word of the query that has them."""
        wanted = {word.terms.normalized: word.vocalized for word in self.vocalized_words()}
        if not wanted or not has_harakat(text):  # most texts: no word to tokenize and compare
            return False
        for token in tokenize(text):
            found = vocalized_form(token.text)
            if found is None:
                continue
            for terms in word_terms(token.text):
                form = wanted.get(terms.normalized)
                if form is not None and marks_agree(form, found):
                    return True
        return False


def parse_query(text: str) -> ParsedQuery:
    """Parse what the reader typed; QueryError says plainly what is wrong with it."""
    items = _lex(text)
    if sum(max(1, len(tokenize(value))) for _, value in items) > MAX_WORDS:
        raise QueryError("too-long", limit=MAX_WORDS)
    required: list[list[Clause]] = []
    excluded: list[Clause] = []
    fields: list[FieldFilter] = []
    article: str | None = None
    joining = negate = False
    dropped: list[str] = []
    previous = ""
    for kind, value in items:
        field = kind.lstrip("-") if kind.lstrip("-") in FIELD_NAMES else None
        if (field is not None and joining) or (kind == "OR" and previous.lstrip("-") in FIELD_NAMES):
            raise QueryError("field-joined", word=f"{field or previous.lstrip('-')}:")
        previous = kind
        if kind == "OR":
            if not required or joining or negate:
                raise QueryError("or-misplaced")
            joining = True
            continue
        if kind == "NOT":
            negate = True
            continue
        if kind == "article":
            article = value
            continue
        if field is not None:
            fields.append(_field(field, value, kind.startswith("-") or negate))
            negate = False
            continue
        clause = _clause(kind, value)
        if kind.startswith("-") or negate:
            if joining:
                raise QueryError("or-excluded")
            if clause is not None:
                excluded.append(clause)
            negate = False
            continue
        # excluded words keep to their own forms, and so do words typed with harakat: they say which word
        if isinstance(clause, Word) and clause.terms.stem and not clause.vocalized:
            clause = replace(clause, related=related_stems(clause.terms.stem))
        if clause is None:
            if tokenize(value):  # a stop word, not a stray sign
                dropped.append(value)
        elif joining:
            required[-1].append(clause)
        else:
            required.append([clause])
        joining = False
    if joining or negate:
        raise QueryError("ends-with-operator", operator="OR" if joining else "NOT")
    if not required and not any(not f.negated for f in fields):
        if dropped:
            raise QueryError("only-common-words")
        if excluded or fields:
            raise QueryError("only-excluded")
        raise QueryError("empty")
    return ParsedQuery(text, tuple(map(tuple, required)), tuple(excluded), article, tuple(fields))


def _field(name: str, value: str, negated: bool) -> FieldFilter:
    """The filter of `author:` or `source:` with its value; refused when the value names nothing."""
    found = FieldFilter("author" if name == "author" else "source", value, negated)
    if not found.terms:
        raise QueryError("field-without-value", word=f"{name}:")
    return found


def _lex(text: str) -> list[tuple[str, str]]:
    """The query's items as (kind, text); kinds: [-]phrase, [-]word, [-]prefix, OR, NOT, article,
    [-]author, [-]source."""
    items: list[tuple[str, str]] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-" and i + 1 < n and not text[i + 1].isspace()
        start = i + 1 if negated else i
        sign = "-" if negated else ""
        field = _field_at(text, start)
        if field is not None:
            start += len(field) + 1
            if start < n and text[start] in _QUOTES:
                close = text.find(_QUOTES[text[start]], start + 1)
                if close < 0:
                    raise QueryError("unclosed-quote")
                items.append((sign + field, text[start + 1 : close]))
                i = close + 1
            else:
                end = start
                while end < n and not text[end].isspace():
                    end += 1
                items.append((sign + field, text[start:end]))
                i = end
            continue
        if text[start] in _QUOTES:
            close = text.find(_QUOTES[text[start]], start + 1)
            if close < 0:
                raise QueryError("unclosed-quote")
            items.append((sign + "phrase", text[start + 1 : close]))
            i = close + 1
            continue
        end = start
        while end < n and not text[end].isspace():
            end += 1
        chunk = text[start:end]
        i = end
        if chunk in ("OR", "NOT") and not negated:
            items.append((chunk, chunk))
        elif chunk.startswith("article:") and not negated:
            if not chunk[8:]:
                raise QueryError("article-without-id")
            items.append(("article", chunk[8:]))
        elif chunk.rstrip(_STARS) != chunk:
            items.append((sign + "prefix", chunk.rstrip(_STARS)))
        else:
            items.append((sign + "word", chunk))
    return items


def _field_at(text: str, start: int) -> str | None:
    """The field name (`author`, `source`, in any case) followed by a colon at `start`, if one is there."""
    for name in FIELD_NAMES:
        if text[start : start + len(name) + 1].casefold() == f"{name}:":
            return name
    return None


def _clause(kind: str, value: str) -> Clause | None:
    """The clause for one item; None for words the index leaves out (stop words, punctuation)."""
    if any(star in value for star in _STARS):
        raise QueryError("star-inside", word=value)
    words = [
        Word(terms, vocalized_form(token.text))
        for token in tokenize(value)
        for terms in word_terms(token.text)
    ]
    if kind.endswith("prefix"):
        if len(words) != 1 or len(words[0].terms.normalized) < PREFIX_MIN:
            raise QueryError("short-prefix", letters=PREFIX_MIN)
        return Prefix(words[0].terms.normalized)
    if kind.endswith("phrase"):
        if not words:
            raise QueryError("empty-phrase")
        return Phrase(tuple(words))
    if len(words) > 1:  # words joined by punctuation (كوريا-الشمالية) are searched as a phrase
        return Phrase(tuple(words))
    if not words or words[0].terms.stem is None:
        return None
    return words[0]
