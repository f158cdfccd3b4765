"""Bad rules files raise RulesError; bad and hostile inputs raise Python
exceptions or give records, and never bring the interpreter down."""

import pathlib

import pytest

import attrib
from conftest import ROOT


def test_a_rules_file_extends_the_extractor():
    house = ROOT / "examples" / "house-style.rules"
    r = attrib.Extractor(rules=[house]).extract("“Total chaos,” was how Jo Park put it.")
    assert r.quotations[0]["rule"] == "was-how-put-it"
    assert r.quotations[0]["speaker"]["name"] == "Jo Park"


def test_a_bad_rules_file_raises_rules_error_with_file_and_line(tmp_path):
    bad = tmp_path / "ours.rules"
    bad.write_text("[cue_verbs]\n\nblorp =loud\n", encoding="utf-8")
    with pytest.raises(attrib.RulesError) as e:
        attrib.Extractor(rules=str(bad))
    assert f"{bad}:3: unknown marker" in str(e.value)
    bad.write_text("[constructions]\nsigned = QUOTE {—}\n", encoding="utf-8")
    with pytest.raises(attrib.RulesError, match=r"ours.rules:2: a pattern names its speaker once"):
        attrib.Extractor(rules=[bad])
    with pytest.raises(OSError, match="no-such.rules"):
        attrib.Extractor(rules=[tmp_path / "no-such.rules"])


def test_bad_arguments_are_python_errors():
    ex = attrib.Extractor()
    with pytest.raises(TypeError):
        ex.extract(b"bytes are not text")
    with pytest.raises(TypeError):
        ex.extract("text", meta=["not", "a", "mapping"])
    with pytest.raises(UnicodeEncodeError):
        ex.extract("a lone surrogate \ud800 said")
    with pytest.raises(ValueError, match="'text'"):
        list(ex.extract_many([{"id": "a"}]))
    # the items before a bad one all come out first
    got = []
    with pytest.raises(TypeError, match="item 2000"):
        for r in ex.extract_many((str(k) if k != 2000 else 7 for k in range(1, 3000)), jobs=1):
            got.append(r.id)
    assert got[-1] == "1999" and len(got) >= 1984
    with pytest.raises(TypeError):
        list(ex.extract_many([3]))
    with pytest.raises(ValueError, match="jobs"):
        list(ex.extract_many(["a"], jobs=0))
    with pytest.raises(ValueError, match="jobs"):
        list(ex.extract_many(["a"], jobs=10**9))


HOSTILE = {
    "unbalanced quote marks": "“" * 5000 + "”" * 3000,
    "straight quotes in a row": '"' * 10000,
    "no full stop": "word " * 200000,
    "parentheses": "(Reuters, " * 20000,
    "nested quotes": "“‘" * 1000 + "x" + "’”" * 1000,
    "one cue word": "said " * 100000,
    "NUL and controls": "\x00\x1b[2J\x07“q,” he said.\x00" * 1000,
    "scare quotes": "".join(f"“q{k}” " for k in range(20000)),
    "empty": "",
    "blank lines": "text\n" + "\n" * 100000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_give_records_not_crashes(name):
    text = HOSTILE[name]
    r = attrib.Extractor().extract(text, id=name)
    for rec in r.records():
        for part in rec["parts"]:
            assert text[part["char_start"] : part["char_end"]] == part["text"]
    many = list(attrib.Extractor().extract_many([{"id": name, "text": text}] * 2, jobs=2))
    assert [m.records() for m in many] == [r.records(), r.records()]


def test_a_bad_item_comes_out_after_every_result_before_it():
    ex = attrib.Extractor()
    # (a lone surrogate the native half cannot take, and NaN in meta)
    for bad in ({"id": "x", "text": "a lone \\ud800 surrogate"}, {"text": "t", "n": float("nan")}):
        bad = dict(bad, text=bad["text"].encode().decode("unicode_escape"))
        items = [f"“Item {k} is ready,” Ana Park said." for k in range(70)] + [bad, "after"]
        got = []
        with pytest.raises(ValueError, match="item 71"):
            for r in ex.extract_many(items, jobs=1):
                got.append(r.id)
        assert got == [str(k) for k in range(1, 71)]


def test_an_empty_meta_is_no_meta():
    r = attrib.Extractor().extract("“We act,” they said.", meta={})
    assert all("meta" not in q for q in r.records())
    assert r.meta is None
