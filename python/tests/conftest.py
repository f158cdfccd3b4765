"""Shared fixtures: the repository's corpus, the CLI to compare with, and
PolNeAR train when ../shared is beside the clone."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear-train" / "text"


def corpus_texts():
    """(id, text) of the five corpus articles, the CLI's ids (file stems)."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


def polnear_dir():
    """PolNeAR train's texts, or None (a skip) unless CI requires them."""
    if POLNEAR.is_dir():
        return POLNEAR
    if os.environ.get("ATTRIB_REQUIRE_SHARED"):
        raise RuntimeError(f"{POLNEAR} not found (ATTRIB_REQUIRE_SHARED is set)")
    return None


@pytest.fixture(scope="session")
def cli():
    """The attrib binary of this checkout (built when missing)."""
    exe = os.environ.get("ATTRIB_BIN") or str(ROOT / "target" / "release" / "attrib")
    if not os.path.exists(exe):
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return exe
