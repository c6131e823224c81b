"""Finding and loading libclq, and declaring the C functions of clq.h to ctypes."""

import ctypes
import os
import pathlib
import shutil
import sys
import threading

from ._errors import LibraryNotFoundError

FILE_NAME = "libclq.dylib" if sys.platform == "darwin" else "libclq.so"

# Statuses of clq.h.
OK = 0
UNREADABLE_FILE = 4
LOAD_FAILED = 5
QUESTION_FAILED = 6

# Flags and assumptions of clq.h.
WITH_BUILTIN = 1
UNKNOWN_ENDS_UNKNOWN = 0
UNKNOWN_ENDS_CONTINUE = 1

_OUT = ctypes.POINTER(ctypes.c_void_p)

# Each function of clq.h: its result type and its argument types.
_FUNCTIONS = {
    "clq_version": (ctypes.c_char_p, []),
    "clq_session_open_builtin": (ctypes.c_int, [_OUT, _OUT]),
    "clq_session_open_text": (ctypes.c_int, [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint, _OUT, _OUT]),
    "clq_session_open_files": (ctypes.c_int, [ctypes.POINTER(ctypes.c_char_p), ctypes.c_size_t, ctypes.c_uint,
                                              _OUT, _OUT]),
    "clq_session_free": (None, [ctypes.c_void_p]),
    "clq_session_set_unknown_ends": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_int, _OUT]),
    "clq_ask": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, _OUT, _OUT]),
    "clq_check": (ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, _OUT, _OUT]),
    "clq_error_status": (ctypes.c_int, [ctypes.c_void_p]),
    "clq_error_message": (ctypes.c_char_p, [ctypes.c_void_p]),
    "clq_error_diagnostics": (ctypes.c_char_p, [ctypes.c_void_p]),
    "clq_error_free": (None, [ctypes.c_void_p]),
    "clq_string_free": (None, [ctypes.c_void_p]),
}

_loaded = None
_lock = threading.Lock()


def candidates():
    """Where the library is looked for, in order: $CLQ_LIBRARY alone when it is set; else beside this
    package, in the installed prefix of the `clq` on PATH, in sys.prefix, /usr/local and /usr."""
    explicit = os.environ.get("CLQ_LIBRARY")
    if explicit:
        return [pathlib.Path(explicit)]
    places = [pathlib.Path(__file__).resolve().parent / FILE_NAME]
    program = shutil.which("clq")
    if program:
        places.append(pathlib.Path(program).resolve().parent.parent / "lib" / FILE_NAME)
    places += [pathlib.Path(prefix) / "lib" / FILE_NAME for prefix in (sys.prefix, "/usr/local", "/usr")]
    return places


def load():
    """The library, loaded once and with every function declared; LibraryNotFoundError when it cannot be."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _open(candidates())
        return _loaded


def _open(places):
    for place in places:
        if not place.is_file():
            continue
        try:
            library = ctypes.CDLL(str(place))
        except OSError as error:
            raise LibraryNotFoundError(f"cannot load {place}: {error}") from error
        for name, (result, arguments) in _FUNCTIONS.items():
            try:
                function = getattr(library, name)
            except AttributeError:
                raise LibraryNotFoundError(f"{place} is not libclq: it has no {name}") from None
            function.restype = result
            function.argtypes = arguments
        return library
    looked = ", ".join(str(place) for place in places)
    raise LibraryNotFoundError(f"libclq not found (looked at {looked}); install clq with script/install, "
                               "or set CLQ_LIBRARY to the library's path")


def library_version():
    """The version of the loaded libclq, which `clq --version` also prints."""
    return load().clq_version().decode("utf-8")
