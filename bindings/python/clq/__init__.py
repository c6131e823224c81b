"""Ask clq knowledge bases about agreements: who holds which rights and owes which obligations, when,
under which agreement, and why. A thin layer over libclq, the C interface of clq, using ctypes only.

    >>> import clq
    >>> session = clq.Session()
    >>> [row["id"] for row in session.ask("which rights hold for Microsoft in 2031?")["results"]]
    ['ModelAccess', 'AzureMainHost']
"""

from ._errors import ClqError, LibraryNotFoundError, LoadError, QuestionError, UnreadableFileError
from ._library import library_version as version
from ._session import Session

__version__ = "0.1.0"

__all__ = ["Session", "ClqError", "LoadError", "QuestionError", "UnreadableFileError", "LibraryNotFoundError",
           "version", "__version__"]
