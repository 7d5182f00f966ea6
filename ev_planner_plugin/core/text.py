"""Marking user-facing text in core for translation, without importing Qt.

``scripts/update_translations`` (pylupdate5) collects every ``QT_TRANSLATE_NOOP(context, text)``
call; the QGIS side translates the text where it is shown, with the same context.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 reads
    """Return ``text`` unchanged; pylupdate5 records it under ``context``."""
    return text
