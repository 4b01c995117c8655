"""Boilerplate paragraphs: share buttons, "Read more", ads, copyright lines. (stub: to be written)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._model import Paragraph

if TYPE_CHECKING:
    from .._pipeline import Context
    from .._text import Document

__all__ = ["BoilerplateParser"]


class BoilerplateParser:
    """Marks the paragraphs that are not part of the story (role ``"other"``)."""

    name = "other"

    def parse(self, doc: Document, context: Context) -> tuple[Paragraph, ...]:
        return ()
