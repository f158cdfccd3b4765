"""The README's Python example prints what the README shows."""

import contextlib
import io
import os
import re

import pytest

from conftest import ROOT


def test_the_readmes_dataframe_example_prints_what_it_shows():
    pytest.importorskip("pandas")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("Quotations per speaker and per outlet in the corpus, as a DataFrame:", 1)[1]
    code, shown = re.findall(r"```(?:python|text)\n(.*?)```", section, re.S)[:2]
    out = io.StringIO()
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    assert out.getvalue() == shown
