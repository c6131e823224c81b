"""Sessions: a knowledge base to ask questions of."""

import ctypes
import json
import os
import threading

from . import _library
from ._errors import ClqError, LoadError, QuestionError, UnreadableFileError


class Session:
    """A session on a knowledge base: the built-in one with `Session()`, others with `Session.from_text`
    and `Session.from_files`. Questions never change it, so one session may serve several threads.
    Close it with `close()` or a `with` block; it is also closed when collected."""

    def __init__(self):
        self._start(lambda out, error: _library.load().clq_session_open_builtin(out, error))

    @classmethod
    def from_text(cls, text, name="<text>", with_builtin=False):
        """A session on the knowledge declared in `text` (named `name` in diagnostics), with the built-in
        knowledge base as well when `with_builtin`. Raises LoadError when it does not load."""
        name_bytes, text_bytes = _encode(name, "name"), _encode(text, "text")
        return cls._opened(lambda out, error: _library.load().clq_session_open_text(
            name_bytes, text_bytes, _flags(with_builtin), out, error))

    @classmethod
    def from_files(cls, *paths, with_builtin=False):
        """A session on knowledge-base files, text or compiled, loaded together, with the built-in knowledge
        base as well when `with_builtin`. Raises UnreadableFileError or LoadError."""
        encoded = [os.fsencode(path) for path in paths]
        if any(b"\0" in path for path in encoded):
            raise ValueError("a path holds a NUL character")
        array = (ctypes.c_char_p * max(len(encoded), 1))(*encoded)
        return cls._opened(lambda out, error: _library.load().clq_session_open_files(
            array, len(encoded), _flags(with_builtin), out, error))

    def ask(self, question):
        """The answer to `question` as the JSON document of `clq --format json`, parsed: "query", "results",
        "diagnostics", and "answer", "count", "total" or "assumption" when they apply. Raises QuestionError
        when the question cannot be answered."""
        encoded = _encode(question, "question")
        document, error = self._call(lambda out, error: _library.load().clq_ask(self._pointer(), encoded, out, error))
        if error is not None:
            if error.status == _library.QUESTION_FAILED and document is not None:
                raise QuestionError(error.status, error.message, error.diagnostics, document)
            raise error
        return document

    def check(self, text, name="<text>"):
        """The problems `clq check` finds in `text` (a script or knowledge base) on this session's knowledge,
        as diagnostics (dictionaries); an empty list when there are none. The session does not change."""
        name_bytes, text_bytes = _encode(name, "name"), _encode(text, "text")
        document, error = self._call(lambda out, error: _library.load().clq_check(
            self._pointer(), name_bytes, text_bytes, out, error))
        if error is not None:
            raise error
        return document["diagnostics"]

    @property
    def assume_unknown_ends_continue(self):
        """Whether ends the source does not state are taken to continue (answers that rest on it carry
        "assumption"); false by default."""
        return self._continues

    @assume_unknown_ends_continue.setter
    def assume_unknown_ends_continue(self, value):
        assumption = _library.UNKNOWN_ENDS_CONTINUE if value else _library.UNKNOWN_ENDS_UNKNOWN
        _, error = self._call(lambda out, error: _library.load().clq_session_set_unknown_ends(
            self._pointer(), assumption, error))
        if error is not None:
            raise error
        self._continues = bool(value)

    def close(self):
        """Frees the session; asking a closed session raises ValueError. Closing twice does nothing."""
        with self._lock:
            handle, self._handle = self._handle, None
        if handle is not None:
            self._library.clq_session_free(handle)

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            self.close()

    def _pointer(self):
        handle = self._handle
        if handle is None:
            raise ValueError("the session is closed")
        return handle

    @classmethod
    def _opened(cls, opening):
        session = cls.__new__(cls)
        session._start(opening)
        return session

    def _start(self, opening):
        """Opens the session with `opening`, a call of a clq_session_open_* function."""
        self._handle = None
        self._continues = False
        self._lock = threading.Lock()
        self._library = _library.load()  # kept, so that closing needs no module state (at exit, say)
        out = ctypes.c_void_p()
        error = ctypes.c_void_p()
        status = opening(ctypes.byref(out), ctypes.byref(error))
        if status != _library.OK:
            raise _error(status, error)
        self._handle = out.value

    @staticmethod
    def _call(calling):
        """Calls a function that returns a JSON string and an error: (the parsed JSON or None, the ClqError
        or None), both freed."""
        library = _library.load()
        out = ctypes.c_void_p()
        error = ctypes.c_void_p()
        status = calling(ctypes.byref(out), ctypes.byref(error))
        document = None
        if out.value:
            try:
                document = json.loads(ctypes.string_at(out.value).decode("utf-8"))
            finally:
                library.clq_string_free(out)
        return document, (_error(status, error) if status != _library.OK else None)


def _error(status, error):
    """The exception for a failed call, with the clq_error's texts; frees the clq_error."""
    library = _library.load()
    try:
        message = library.clq_error_message(error).decode("utf-8")
        diagnostics = json.loads(library.clq_error_diagnostics(error).decode("utf-8"))
    finally:
        library.clq_error_free(error)
    kind = {_library.LOAD_FAILED: LoadError, _library.UNREADABLE_FILE: UnreadableFileError}.get(status, ClqError)
    return kind(status, message, diagnostics)


def _encode(text, argument):
    """`text` as UTF-8 for the C interface, which takes NUL-terminated strings."""
    if not isinstance(text, str):
        raise TypeError(f"{argument} must be a str, not {type(text).__name__}")
    if "\0" in text:
        raise ValueError(f"{argument} holds a NUL character")
    return text.encode("utf-8")


def _flags(with_builtin):
    return _library.WITH_BUILTIN if with_builtin else 0
