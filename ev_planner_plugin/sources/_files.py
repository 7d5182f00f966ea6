"""Reading source files, with the one error an officer sees when a file cannot be read."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import SourceFormatError
from ..core.text import QT_TRANSLATE_NOOP, Message


def read_file_bytes(path, size: int | None = None) -> bytes:
    """The bytes of ``path`` (only the first ``size`` when given); a SourceFormatError naming
    the file when it cannot be read."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            return handle.read() if size is None else handle.read(size)
    except OSError as exc:
        raise SourceFormatError(
            Message(
                QT_TRANSLATE_NOOP("Messages", "cannot read the file ({error})."),
                error=exc.strerror,
            ),
            str(path),
        ) from exc
