"""Type stubs of the extension module `declutter._native` (wrapped by `declutter`)."""

import os
from collections.abc import Iterable
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

__version__: str
#: The clutter kinds, in the order the API documents them.
CLUTTER_KINDS: List[str]

class DeclutterError(Exception):
    """Input over `max_bytes`, or a file that can't be read as WARC."""

class FilterWarning(UserWarning):
    """A filter line that could not be used (it is skipped)."""

class FilterList:
    """EasyList element-hiding rules, parsed once."""

    def __init__(self, rules: Union[str, List[str], Tuple[str, ...]]) -> None: ...
    @property
    def errors(self) -> List[Tuple[int, str]]:
        """`(line, message)` of each malformed line (skipped)."""
    @property
    def unsupported(self) -> int:
        """Lines that are network rules or extended syntax (skipped)."""

_Filters = Union[str, List[str], Tuple[str, ...], FilterList]

def extract(
    html: Union[str, bytes, bytearray],
    url: Optional[str] = None,
    *,
    filters: Optional[_Filters] = None,
    scorer: Optional[str] = None,
    kinds: Optional[Iterable[str]] = None,
    char_threshold: Optional[int] = None,
    max_bytes: Optional[int] = None,
) -> Dict[str, Any]: ...
def is_probably_readerable(html: Union[str, bytes, bytearray]) -> bool: ...

class WarcReader(Iterator[Dict[str, Any]]):
    def __init__(
        self,
        path: Union[str, os.PathLike[str]],
        *,
        filters: Optional[_Filters] = None,
        scorer: Optional[str] = None,
        kinds: Optional[Iterable[str]] = None,
        char_threshold: Optional[int] = None,
        max_bytes: Optional[int] = None,
    ) -> None: ...
    def __iter__(self) -> WarcReader: ...
    def __next__(self) -> Dict[str, Any]: ...
    @property
    def stats(self) -> Dict[str, int]: ...
