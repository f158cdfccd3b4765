"""The package gives exactly the CLI's records, with offsets that slice
Python strings, in order, from one text or a stream of them."""

import json
import subprocess

import pytest

import attrib
from conftest import CORPUS, corpus_texts, polnear_dir


def dumps(record):
    # serde_json's compact form: no spaces, non-ASCII as is
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def cli_lines(cli, path):
    out = subprocess.run(
        [cli, "extract", "--format", "jsonl", str(path)], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return out.splitlines()


def test_the_corpus_gives_the_clis_records_byte_for_byte(cli):
    ex = attrib.Extractor()
    results = [ex.extract(text, id=i) for i, text in corpus_texts()]
    ours = [dumps(r) for r in attrib.records(results)]
    assert ours == cli_lines(cli, CORPUS)
    assert len(ours) > 50


def test_polnear_train_gives_the_clis_records_byte_for_byte(cli):
    d = polnear_dir()
    if d is None:
        pytest.skip("../shared/corpora/polnear-train not beside the clone")
    files = sorted(d.glob("*.txt"))
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in files]
    results = attrib.Extractor().extract_many(({"id": i, "text": t} for i, t in texts), jobs=2)
    ours = [dumps(r) for r in attrib.records(results)]
    assert ours == cli_lines(cli, d)
    assert len(ours) > 4000


def spans(record):
    """Every span of a record: its parts (and itself when it has one:
    the text of a record of two parts is theirs joined), speaker and cue."""
    if len(record["parts"]) == 1:
        yield record
    yield from record["parts"]
    for key in ("speaker", "cue"):
        if record.get(key):
            yield record[key]


def check_offsets(text, result):
    b = text.encode("utf-8")
    for r in result.records():
        for s in spans(r):
            got = s["text"] if "text" in s else s["mention"]
            assert text[s["char_start"] : s["char_end"]] == got
            assert b[s["start"] : s["end"]].decode("utf-8") == got
    for c in result.citations:
        assert text[c["char_start"] : c["char_end"]] == c["text"]
    for s in result.sentences:
        assert text[s["char_start"] : s["char_end"]] == s["text"]


def test_offsets_slice_the_python_strings():
    ex = attrib.Extractor()
    for i, text in corpus_texts():
        check_offsets(text, ex.extract(text, id=i))
    # characters of one, two, three and four bytes
    text = "Café ☕ 𝄞 news.\n\n“Prices rose 5 € in Zürich 🚀,” Ana Park said."
    r = ex.extract(text)
    assert r.quotations[0]["speaker"]["name"] == "Ana Park"
    check_offsets(text, r)


def test_polnear_offsets_slice_the_python_strings():
    d = polnear_dir()
    if d is None:
        pytest.skip("../shared/corpora/polnear-train not beside the clone")
    ex = attrib.Extractor()
    texts = [p.read_text(encoding="utf-8") for p in sorted(d.glob("*.txt"))]
    for text, result in zip(texts, ex.extract_many(texts, jobs=2)):
        check_offsets(text, result)


def test_extract_many_keeps_order_and_equals_extract():
    ex = attrib.Extractor()
    texts = [t for _, t in corpus_texts()] * 7
    one = [dumps(r.records()) for r in (ex.extract(t, id=str(k + 1)) for k, t in enumerate(texts))]
    for jobs in (1, 3):
        many = [dumps(r.records()) for r in ex.extract_many(iter(texts), jobs=jobs)]
        assert many == one
    # ids and meta from mappings, as JSONL lines give them
    items = [{"id": 7, "text": texts[0], "url": "https://example.org/a"}, texts[1]]
    a, b = ex.extract_many(items)
    assert (a.id, b.id) == ("7", "2")
    assert all(r["meta"] == {"url": "https://example.org/a"} for r in a.records())
    assert all("meta" not in r for r in b.records())


def test_extract_many_is_a_stream():
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield "“We act,” they said."

    stream = attrib.Extractor().extract_many(endless(), jobs=2)
    first = next(stream)
    assert first.quotations[0]["text"] == "We act,"
    assert pulled <= 64, "read a batch, not the whole stream"


def test_claims_off_and_year():
    text = "Putin said the talks would resume (Reuters, May 2)."
    assert attrib.Extractor(claims=False).extract(text).claims == []
    r = attrib.Extractor(year=2017).extract(text)
    assert r.claims[0]["citations"][0]["date_iso"] == "2017-05-02"


def test_rules_lists_and_version():
    names = [r["name"] for r in attrib.rules()]
    assert "cue_verbs" in names and "constructions" in names
    assert all(r["entries"] > 0 for r in attrib.rules())
    assert attrib.__version__.count(".") == 2


def test_jsonl_items_give_the_clis_records_with_their_meta(cli, tmp_path):
    items = [
        {"id": "a1", "text": "“We are ready,” Lavrov said.", "url": "https://example.org/1", "n": 3},
        {"id": "a2", "text": "Putin said the talks would resume (Reuters, May 2).", "tags": ["x", "é"]},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    ours = [dumps(r) for r in attrib.records(attrib.Extractor().extract_many(items))]
    assert ours == cli_lines(cli, path)
    assert '"meta":{"n":3,"url":"https://example.org/1"}' in ours[0]
