"""User-facing text in core, translatable without importing Qt.

``scripts/update_translations`` (pylupdate5) collects every ``QT_TRANSLATE_NOOP(context, text)``
call; the QGIS side translates the text where it is shown, with the same context.

Error and warning messages are :class:`Message` objects: ``str`` of the English text, which
also keep the template and the values they were made from, so that the QGIS side can show them
in the user's language (``toolbelt.i18n.translated_text``)::

    raise InputDataError(
        Message(QT_TRANSLATE_NOOP("Messages", "field '{field}' missing"), field=name), layer
    )
"""

from __future__ import annotations

from collections.abc import Callable

#: Translation context of every error and warning message.
MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pylupdate5 reads
    """Return ``text`` unchanged; pylupdate5 records it under ``context``."""
    return text


class Message(str):
    """A message: the English text, plus the ``str.format`` template and values it was made
    from. Values that are Messages themselves are translated with it."""

    template: str
    values: dict

    def __new__(cls, template: str, /, **values) -> Message:
        text = template.format(**values) if values else template
        message = super().__new__(cls, text)
        message.template = template
        message.values = values
        return message

    def translated(self, translate: Callable[[str], str]) -> str:
        """The message in another language: ``translate(template)`` filled with the values
        (the English text when the translation does not fit the values)."""
        values = {
            key: value.translated(translate) if isinstance(value, Message) else value
            for key, value in self.values.items()
        }
        template = translate(self.template) or self.template
        if not values:
            return template
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)


def joined(parts, separator: str = "; ") -> Message:
    """``parts`` (messages or plain text) joined with ``separator``; each message part is still
    shown in the user's language."""
    parts = list(parts)
    names = [f"part{i}" for i in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    return Message(template, **dict(zip(names, parts)))
