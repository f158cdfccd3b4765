"""Records into a DataFrame and back."""

import pytest

import attrib
from conftest import corpus_texts

pd = pytest.importorskip("pandas")


def test_dataframe_round_trip():
    results = list(attrib.Extractor().extract_many(({"id": i, "text": t} for i, t in corpus_texts())))
    recs = attrib.records(results)
    back = pd.DataFrame(recs).to_dict("records")
    assert len(back) == len(recs)
    for a, b in zip(back, recs):
        assert a["text"] == b["text"] and a["doc"] == b["doc"] and a["rule"] == b["rule"]
    df = attrib.to_dataframe(results)
    assert len(df) == len(recs)
    assert {"speaker.name", "speaker.kind", "cue.text", "outlets"} <= set(df.columns)
    per_speaker = df[df.kind == "direct"].groupby("speaker.name").size()
    assert per_speaker.sum() > 0
    assert (df["outlets"].map(len) > 0).any()
