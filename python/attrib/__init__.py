"""attrib: who said what in news text, on whose report.

Quotations and reported claims with their speakers, cues and the agency or
outlet each rests on, found by attrib's rules (the same Rust code as the
``attrib`` command). Every record is a dict in the schema of ``attrib
extract --format jsonl``, with byte offsets (``start``/``end``) and code
point offsets (``char_start``/``char_end``): ``text[r["char_start"]:
r["char_end"]]`` is the record's text in Python.

    >>> import attrib
    >>> ex = attrib.Extractor()
    >>> r = ex.extract('"We are ready," Lavrov said.')
    >>> [(q["text"], q["speaker"]["name"]) for q in r.quotations]
    [('We are ready,', 'Lavrov')]
"""

from __future__ import annotations

import itertools
import json
import os
import struct
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Union

from . import _attrib
from ._attrib import RulesError, __version__

__all__ = [
    "Extraction",
    "Extractor",
    "RulesError",
    "records",
    "rules",
    "to_dataframe",
    "__version__",
]

Record = Dict[str, Any]
Item = Union[str, Mapping[str, Any]]
PathLike = Union[str, "os.PathLike[str]"]

# Documents handed to the native pool at once, per thread, and the text a
# batch may hold: a stream of any length is read a batch at a time.
_BATCH_PER_JOB = 16
_BATCH_BYTES = 8 << 20


class Extraction:
    """One document's result: ``quotations``, ``claims``, ``citations`` and
    ``sentences``, each a list of dicts (quotations and claims exactly as
    the JSONL records; citations as ``--format json`` writes them;
    sentences as ``attrib segment --format json`` does), with the
    document's ``id``, its ``metadata`` (header and headline) and the
    ``meta`` fields it came with."""

    __slots__ = (
        "id",
        "metadata",
        "meta",
        "quotations",
        "claims",
        "citations",
        "_text",
        "_sentence_offsets",
        "_sentences",
    )

    def __init__(self, native: tuple, text: str):
        doc, metadata, quotations, claims, citations, sentences, meta = native
        self.id: str = doc
        self.metadata: Dict[str, Any] = json.loads(metadata)
        self.quotations: List[Record] = quotations
        self.claims: List[Record] = claims
        self.citations: List[Record] = json.loads(citations)
        self._text = text
        self._sentence_offsets: bytes = sentences
        self._sentences: Optional[List[Record]] = None
        # the input's other fields, last in every record, as in JSONL
        # (as serde_json writes them back: keys in order of their names)
        self.meta: Optional[Dict[str, Any]] = None if meta is None else json.loads(meta)
        if self.meta is not None:
            for r in itertools.chain(quotations, claims):
                r["meta"] = dict(self.meta)

    @property
    def sentences(self) -> List[Record]:
        """The sentences, as ``attrib segment --format json`` gives them
        (made on first use: most callers never read them)."""
        if self._sentences is None:
            text = self._text
            self._sentences = [
                {
                    "index": i,
                    "paragraph": p,
                    "start": s,
                    "end": e,
                    "char_start": cs,
                    "char_end": ce,
                    "text": text[cs:ce],
                }
                for i, p, s, e, cs, ce in struct.iter_unpack("<6Q", self._sentence_offsets)
            ]
        return self._sentences

    def records(self) -> List[Record]:
        """Quotations, then claims: the document's lines of ``--format jsonl``."""
        return self.quotations + self.claims

    def __repr__(self) -> str:
        return (
            f"Extraction(id={self.id!r}, quotations={len(self.quotations)}, "
            f"claims={len(self.claims)}, citations={len(self.citations)}, "
            f"sentences={len(self.sentences)})"
        )


def _paths(rules: Union[None, PathLike, Sequence[PathLike]]) -> Optional[List[str]]:
    if rules is None:
        return None
    if isinstance(rules, (str, os.PathLike)):
        rules = [rules]
    return [os.fspath(r) for r in rules]


def _meta_text(meta: Optional[Mapping[str, Any]]) -> Optional[str]:
    # (an empty mapping is no meta, as a JSONL line with only id and text)
    if meta is None or (isinstance(meta, Mapping) and not meta):
        return None
    if not isinstance(meta, Mapping):
        raise TypeError(f"meta must be a mapping, not {type(meta).__name__}")
    # (NaN and infinities are not JSON: refused here, by name)
    return json.dumps(meta, ensure_ascii=False, allow_nan=False)


def _unencodable(doc_id: str, text: str, meta: Optional[str]) -> Optional[UnicodeEncodeError]:
    """The error of a string the native half cannot take (a lone
    surrogate), if any."""
    for s in (doc_id, text, meta):
        if s is not None:
            try:
                s.encode("utf-8")
            except UnicodeEncodeError as e:
                return e
    return None


class Extractor:
    """Rule lists loaded once, for any number of documents and threads.

    ``rules``: paths of rules files (``--rules``), applied in order; a bad
    one raises :class:`RulesError` with ``file:line`` and what is wrong.
    ``year``: the articles' year, for ISO dates of citations (``--year``).
    ``claims``: also find reported claims (on by default; ``--no-claims``).
    """

    def __init__(
        self,
        rules: Union[None, PathLike, Sequence[PathLike]] = None,
        year: Optional[int] = None,
        claims: bool = True,
    ):
        self._native = _attrib.Extractor(_paths(rules), year, claims)

    def extract(
        self,
        text: str,
        id: Optional[str] = None,
        meta: Optional[Mapping[str, Any]] = None,
    ) -> Extraction:
        """The quotations, claims, citations and sentences of one text.

        ``id`` names the document in every record (``"doc"`` when none is
        given); ``meta`` (a mapping) rides along in every record, as the
        other fields of a JSONL input line do."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        doc_id = "doc" if id is None else str(id)
        return Extraction(self._native.extract(text, doc_id, _meta_text(meta)), text)

    def extract_many(self, items: Iterable[Item], jobs: Optional[int] = None) -> Iterator[Extraction]:
        """Results of many texts, in input order, as a generator.

        Each item is a str (its id is its position, from 1) or a mapping
        with ``text`` and optionally ``id``; its other keys are its
        ``meta``, as in JSONL input. ``items`` is read a batch at a time
        (a generator of a million articles never sits in memory), and each
        batch is extracted on ``jobs`` native threads (default: the
        cores) while the interpreter is free for other threads."""
        if jobs is None:
            jobs = os.cpu_count() or 1
        jobs = int(jobs)
        if jobs < 1 or jobs > _attrib.max_jobs():
            raise ValueError(f"jobs must be between 1 and {_attrib.max_jobs()}, not {jobs}")
        per_batch = _BATCH_PER_JOB * jobs
        numbered = enumerate(items, 1)
        read = 0  # items taken from `items` so far

        def submit():
            """The next batch, started, and the error of a bad item that
            ended it (raised once the items before it are out)."""
            nonlocal read
            batch: List[tuple] = []
            size = 0
            error = None
            first = read + 1
            try:
                for position, item in itertools.islice(numbered, per_batch):
                    read = position
                    doc_id, text, meta = _item(position, item)
                    try:
                        meta_text = _meta_text(meta)
                    except ValueError as e:
                        raise ValueError(f"item {position}: {e}") from e
                    batch.append((doc_id, text, meta_text))
                    size += len(text)
                    if size >= _BATCH_BYTES:
                        break
            except Exception as e:
                error = e
            if not batch:
                return None, error
            try:
                started = self._native.submit(batch, jobs)
            except UnicodeEncodeError:
                # (a lone surrogate: the items before it go, the error after)
                bad = next(k for k, b in enumerate(batch) if _unencodable(*b) is not None)
                error = ValueError(f"item {first + bad}: {_unencodable(*batch[bad])}")
                batch = batch[:bad]
                if not batch:
                    return None, error
                started = self._native.submit(batch, jobs)
            return (started, [b[1] for b in batch]), error

        # one batch is extracted while the one before is turned into
        # results here: at most two batches are held at once
        pending, error = submit()
        while pending is not None or error is not None:
            following, next_error = (None, None) if error is not None else submit()
            if pending is not None:
                started, texts = pending
                for native, text in zip(started.results(), texts):
                    yield Extraction(native, text)
                # (the batch is let go before the next is read)
                pending = started = texts = native = text = None
            if error is not None:
                raise error
            pending, error = following, next_error


def _item(position: int, item: Item) -> tuple:
    if isinstance(item, str):
        return str(position), item, None
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"item {position}: a mapping needs a 'text'")
        text = item["text"]
        if not isinstance(text, str):
            raise TypeError(f"item {position}: 'text' must be a str, not {type(text).__name__}")
        doc_id = item.get("id")
        meta = {k: v for k, v in item.items() if k not in ("id", "text")} or None
        return (str(position) if doc_id is None else str(doc_id)), text, meta
    raise TypeError(f"item {position}: a str or a mapping with 'text', not {type(item).__name__}")


def records(results: Iterable[Extraction]) -> List[Record]:
    """Every record of every result, flat: each document's quotations, then
    its claims (the lines of ``attrib extract --format jsonl``)."""
    out: List[Record] = []
    for r in results:
        out.extend(r.quotations)
        out.extend(r.claims)
    return out


def to_dataframe(results: Iterable[Extraction]):
    """The records of ``results`` as a pandas DataFrame, one row a record,
    with the speaker's and cue's fields flattened (``speaker.name``,
    ``speaker.kind``, ``cue.text`` …) and ``outlets`` (the outlets of the
    record's citations). Needs pandas (``pip install pandas``)."""
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "attrib.to_dataframe needs pandas: pip install pandas (or pip install 'attrib[pandas]')"
        ) from e
    rows = []
    for r in records(results):
        row = {k: v for k, v in r.items() if k not in ("speaker", "cue")}
        for part in ("speaker", "cue"):
            for k, v in (r.get(part) or {}).items():
                row[f"{part}.{k}"] = v
        row["outlets"] = [c["outlet"] or c["source"] for c in r["citations"] if c.get("outlet") or c.get("source")]
        rows.append(row)
    return pd.DataFrame(rows)


def rules() -> List[Dict[str, Any]]:
    """The built-in rule lists: ``name``, number of ``entries``, ``about``."""
    return [{"name": n, "entries": k, "about": a} for n, k, a in _attrib.rules()]
