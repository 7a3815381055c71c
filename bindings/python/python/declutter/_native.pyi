"""Type stubs of the extension module `declutter._native` (wrapped by `declutter`)."""

import os
from collections.abc import Iterable
from typing import Any, Dict, Iterator, List, Optional, Tuple, Union

from typing_extensions import TypedDict, Unpack, final

__all__ = [
    "CLUTTER_KINDS",
    "DeclutterError",
    "FilterList",
    "FilterWarning",
    "WarcReader",
    "__version__",
    "extract",
    "is_probably_readerable",
]
__version__: str
#: The clutter kinds, in the order the API documents them.
CLUTTER_KINDS: List[str]

class DeclutterError(Exception):
    """Input over `max_bytes`, or a file that can't be read as WARC."""

class FilterWarning(UserWarning):
    """A filter line that could not be used (it is skipped)."""

@final
class FilterList:
    """EasyList element-hiding rules, parsed once."""

    def __new__(cls, rules: Union[str, List[str], Tuple[str, ...]]) -> FilterList: ...
    @property
    def errors(self) -> List[Tuple[int, str]]:
        """`(line, message)` of each malformed line (skipped)."""
    @property
    def unsupported(self) -> int:
        """Lines that are network rules or extended syntax (skipped)."""

class Options(TypedDict, total=False):
    """The keyword options of `extract` and `iter_warc`."""

    filters: Optional[Union[str, List[str], Tuple[str, ...], FilterList]]
    scorer: Optional[str]
    kinds: Optional[Iterable[str]]
    char_threshold: Optional[int]
    max_bytes: Optional[int]
    markdown_header: Optional[str]

def extract(
    html: Union[str, bytes, bytearray], url: Optional[str] = None, **options: Unpack[Options]
) -> Dict[str, Any]: ...
def is_probably_readerable(html: Union[str, bytes, bytearray]) -> bool: ...

@final
class WarcReader(Iterator[Dict[str, Any]]):
    def __new__(cls, path: Union[str, os.PathLike[str]], **options: Unpack[Options]) -> WarcReader: ...
    def __iter__(self) -> WarcReader: ...
    def __next__(self) -> Dict[str, Any]: ...
    @property
    def stats(self) -> Dict[str, int]: ...
