"""The exceptions the package raises: each carries the diagnostics of libclq as parsed JSON."""


class ClqError(Exception):
    """A call of libclq failed: `status` is its clq_status, `message` what went wrong (for load and
    question failures, the diagnostics with carets) and `diagnostics` the problems as dictionaries
    (`id`, `severity`, `message`, `file`, `line`, `column`, `end_line`, `end_column`, `notes`)."""

    def __init__(self, status, message, diagnostics):
        super().__init__(message)
        self.status = status
        self.message = message
        self.diagnostics = diagnostics


class LoadError(ClqError):
    """Knowledge that does not load: nothing was loaded."""


class UnreadableFileError(ClqError):
    """A knowledge-base file could not be read."""


class QuestionError(ClqError):
    """A question that cannot be answered (it does not parse, or names something unknown). `document`
    is its JSON document, whose "diagnostics" are `diagnostics`."""

    def __init__(self, status, message, diagnostics, document):
        super().__init__(status, message, diagnostics)
        self.document = document


class LibraryNotFoundError(ImportError):
    """libclq was found nowhere the package looks for it, or what was found is not libclq."""
