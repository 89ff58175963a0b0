"""Error types with stable codes; every message says what to do about it."""

from __future__ import annotations


class AuditorError(Exception):
    """Base error. ``code`` is stable (documented in the README); ``message`` names the fix."""

    code = "E000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def one_line(self) -> str:
        """The error as a single line naming the file, as the CLI prints it."""
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]".replace("\n", " ")


class InputFileError(AuditorError):
    """An input file cannot be audited (empty, binary, undecodable, too large, not English)."""

    code = "E100"


class EmptyInputError(InputFileError):
    code = "E101"


class BinaryInputError(InputFileError):
    code = "E102"


class DecodeInputError(InputFileError):
    code = "E103"


class TooLargeInputError(InputFileError):
    code = "E104"


class NotEnglishError(InputFileError):
    code = "E105"


class BadRecordError(InputFileError):
    code = "E106"


class MissingInputError(InputFileError):
    code = "E107"


class ModelsNotFoundError(AuditorError):
    """No Stanza English models where we looked."""

    code = "E200"


class ModelLoadError(AuditorError):
    code = "E201"


class UsageError(AuditorError):
    code = "E300"
