"""The native half of attrib (Rust, built by maturin): used through the
``attrib`` package, whose functions turn its JSON bytes into dicts."""

from typing import Any, Dict, List, Optional, Sequence, Tuple

Record = Dict[str, Any]
# (id, metadata JSON, quotations, claims, citations JSON, sentence offsets
# as little-endian u64 six a sentence, meta JSON)
Result = Tuple[str, bytes, List[Record], List[Record], bytes, bytes, Optional[bytes]]

__version__: str

class RulesError(Exception):
    """A rules file that cannot be read as rules: ``file:line: what is wrong``."""

class Extractor:
    def __init__(
        self,
        rules: Optional[Sequence[str]] = None,
        year: Optional[int] = None,
        claims: bool = True,
    ) -> None: ...
    def extract(self, text: str, id: str, meta: Optional[str] = None) -> Result:
        """One document's result."""
    def submit(self, batch: Sequence[Tuple[str, str, Optional[str]]], jobs: int) -> Pending:
        """Starts extracting ``(id, text, meta)`` items on ``jobs`` threads."""

class Pending:
    def results(self) -> List[Result]:
        """The batch's results in order (once)."""

def rules() -> List[Tuple[str, int, str]]:
    """The built-in rule lists: ``(name, entries, about)``."""

def max_jobs() -> int:
    """The most threads ``extract_many`` may use."""
