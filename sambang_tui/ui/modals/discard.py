"""Esc on a dialog that holds typed work, one behaviour for all of them.

``AsksBeforeDiscard`` (a mixin placed before ``ModalScreen``) gives a dialog
its ``action_cancel``: closed at once when nothing was typed (the dialog's
``has_unsaved()``, the same test Ctrl+Q asks), else the app's yes/no
question (``ConfirmModal``): y discards and closes, n or Esc goes back to
the dialog with the text as typed. A dialog with a step of its own to undo
first overrides ``action_cancel`` and calls ``super().action_cancel()``."""

from __future__ import annotations

from textual.screen import ModalScreen

from sambang_tui.i18n import t
from sambang_tui.ui.modals.confirm import ConfirmModal


class AsksBeforeDiscard:
    """Esc (``action_cancel``) closes the dialog, asking first when typed
    work would be lost. The dialog says what counts in ``has_unsaved``."""

    def has_unsaved(self) -> bool:
        return False

    def action_cancel(self) -> None:
        assert isinstance(self, ModalScreen)
        dialog = self
        if not self.has_unsaved():
            dialog.dismiss(None)
            return

        def answer(discard: bool | None) -> None:
            if discard:
                dialog.dismiss(None)

        question = ConfirmModal(
            t("dialog.discard_question"), t("dialog.discard_yes"), t("dialog.discard_no")
        )
        dialog.app.push_screen(question, answer)
