"""Notes and next actions on the account page: add, edit, complete, delete, undo.

Every change is one small write on the workspace-writer thread; the list is re-read in the
same job, so what is shown is what is stored. Each change pushes its inverse (restore the
note as it was, or remove the one just added) on an undo stack; Undo (Ctrl+Z on this tab)
takes back the last change first.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.account.tables import ITEM_ROLE, Column, FrameTableModel, make_table
from desktop.i18n.date_boxes import fit_date_box
from desktop.i18n.placeholders import arg
from desktop.shared.plurals import counted
from desktop.shared.wording.said import error_text
from desktop.shared.workers import run_job
from desktop.shared.write_access import allow
from domain.entities import Note
from storage import notes_repo
from storage.workspace import Workspace

UNDO_LIMIT = 20
NOTE_COLUMNS = (
    Column("done", QT_TRANSLATE_NOOP("FrameTableModel", "Done"), "bool", 56),
    Column("due_date", QT_TRANSLATE_NOOP("FrameTableModel", "Due"), "date", 100),
    Column("text", QT_TRANSLATE_NOOP("FrameTableModel", "Note or next action"), "text", 520),
    Column("author", QT_TRANSLATE_NOOP("FrameTableModel", "By"), "text", 110),
    Column("created_at", QT_TRANSLATE_NOOP("FrameTableModel", "Written"), "datetime", 130),
)
Op = Callable[[Workspace], object]


def current_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some containers): leave it blank
        return ""


class NotesController(QObject):
    """The notes of one account and the operations on them (no widgets here)."""

    notes_changed = Signal(object)  # list[Note]: shown (after an account change or an edit)
    edited = Signal(object)  # list[Note]: after a change was stored
    failed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account_id: int | None = None
        self.notes: list[Note] = []
        self._undo: list[tuple[str, Op]] = []
        self.busy = False

    def set_account(self, workspace: Workspace, account_id: int, notes: list[Note]) -> None:
        if account_id != self.account_id or workspace is not self.workspace:
            self._undo.clear()
        self.workspace = workspace
        self.account_id = account_id
        self.notes = list(notes)
        self.notes_changed.emit(self.notes)

    def reload(self) -> None:
        """Read the account's notes again (after someone else changed them)."""
        workspace, account_id = self.workspace, self.account_id
        if account_id is None:
            return

        def done(notes: list[Note]) -> None:
            if account_id == self.account_id:
                self.notes = notes
                self.notes_changed.emit(notes)

        run_job(self, self.tr("Reloading the notes"),
                lambda _p: notes_repo.list_notes(workspace, account_id), done,
                lambda exc: self.failed.emit(str(exc)), show_progress=False)

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_text(self) -> str:
        return self._undo[-1][0] if self._undo else ""

    def _run(self, label: str, op: Callable[[Workspace], Op | None], *, undo_label: str = "",
             undoing: bool = False) -> None:
        """Run ``op`` (returns its inverse) on the writer thread, then re-read the list;
        ``undo_label`` names the undo of this change."""
        workspace, account_id = self.workspace, self.account_id
        if account_id is None:
            return

        def work(_progress) -> tuple[Op | None, list[Note]]:
            inverse = op(workspace)
            return inverse, notes_repo.list_notes(workspace, account_id)

        def done(result: tuple[Op | None, list[Note]]) -> None:
            inverse, notes = result
            self.busy = False
            if inverse is not None and not undoing:
                self._undo.append((undo_label, inverse))
                del self._undo[:-UNDO_LIMIT]
            if account_id == self.account_id:
                self.notes = notes
                self.notes_changed.emit(notes)
                self.edited.emit(notes)

        def error(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, notes_repo.NoteConflict):
                # A colleague saved it first: show their version, and say so.
                self.failed.emit(error_text(exc))
                self.reload()
                return
            self.failed.emit(error_text(exc) if isinstance(exc, ValueError | LookupError)
                             else arg(self.tr("The note could not be saved: %1"), exc))

        self.busy = True
        run_job(self, label, work, done, error, show_progress=False, writes=True)

    # -- operations ----------------------------------------------------------------------
    def add(self, text: str, due: date | None = None, author: str | None = None,
            now: datetime | None = None) -> None:
        note = Note(account_id=self.account_id or 0, text=text,
                    created_at=(now or datetime.now()).replace(microsecond=0),
                    author=author if author is not None else current_author(), due_date=due)

        def op(ws: Workspace) -> Op:
            added = notes_repo.add_note(ws, note)
            return lambda w: notes_repo.delete_note(w, added.id)

        self._run(self.tr("Add note"), op, undo_label=self.tr("Undo add note"))

    def edit(self, note: Note, text: str, due: date | None) -> None:
        def op(ws: Workspace) -> Op:
            before = notes_repo.get_note(ws, note.id)
            # The version shown: a colleague's save in between is refused, not overwritten.
            notes_repo.update_note(ws, replace(before, text=text, due_date=due,
                                               version=note.version))
            return lambda w: notes_repo.restore(w, before)

        self._run(self.tr("Edit note"), op, undo_label=self.tr("Undo edit note"))

    def set_done(self, note: Note, done: bool) -> None:
        def op(ws: Workspace) -> Op:
            before = notes_repo.get_note(ws, note.id)
            notes_repo.set_done(ws, note.id, done)
            return lambda w: notes_repo.restore(w, before)

        if done:
            self._run(self.tr("Complete action"), op, undo_label=self.tr("Undo complete action"))
        else:
            self._run(self.tr("Reopen action"), op, undo_label=self.tr("Undo reopen action"))

    def delete(self, note: Note) -> None:
        def op(ws: Workspace) -> Op:
            before = notes_repo.get_note(ws, note.id)
            notes_repo.delete_note(ws, note.id)
            return lambda w: notes_repo.restore(w, before)

        self._run(self.tr("Delete note"), op, undo_label=self.tr("Undo delete note"))

    def undo(self) -> None:
        if not self._undo:
            return
        label, inverse = self._undo.pop()
        # One whole message per action: a translation cannot be built from a lowered label.
        self._run(label, lambda ws: inverse(ws), undoing=True)


class NoteDialog(QDialog):
    """Write or edit a note; tick "next action" to give it a due date."""

    def __init__(self, parent: QWidget | None, note: Note | None = None, *, action: bool = False,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit note") if note else self.tr("New note"))
        self.setMinimumWidth(480)
        self.text = QPlainTextEdit(note.text if note else "")
        self.text.setPlaceholderText(self.tr("What happened, or what to do next…"))
        self.is_action = QCheckBox(self.tr("Next action, due on"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        fit_date_box(self.due)  # the language's day format, like every other date shown
        start = (note.due_date if note and note.due_date else None) or today or date.today()
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.is_action.setChecked(bool(note.due_date) if note else action)
        self.due.setEnabled(self.is_action.isChecked())
        self.is_action.toggled.connect(self.due.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.is_action)
        row.addWidget(self.due)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, date | None]:
        due = self.due.date().toPython() if self.is_action.isChecked() else None
        return self.text.toPlainText(), due


class NotesTab(QWidget):
    def __init__(self, controller: NotesController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.today: date | None = None
        self.model = FrameTableModel(NOTE_COLUMNS, self)
        self.table = make_table(self.model, stretch="text")
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setObjectName("primary")
        self.action_button = QPushButton(self.tr("Add next action"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.message = QLabel("")
        self.message.setObjectName("muted")
        self.add_button.clicked.connect(lambda: self.add(action=False))
        self.action_button.clicked.connect(lambda: self.add(action=True))
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(controller.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, controller.undo,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.action_button, self.edit_button, self.done_button,
                       self.delete_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        controller.notes_changed.connect(self._show)
        controller.failed.connect(self.message.setText)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _show(self, notes: list[Note]) -> None:
        frame = notes_repo.notes_frame(notes)
        frame["due_date"] = pd.to_datetime(frame["due_date"])
        self.model.set_frame(frame)
        open_actions = sum(1 for n in notes if n.due_date and not n.done)
        # Two counts, each with its own plural, in one sentence a translation can reorder.
        self.message.setText(arg(self.tr("%1, %2", "notes, open actions"),
                                 counted(len(notes), self.tr("%Ln notes", "", len(notes)), "1 note"),
                                 counted(open_actions, self.tr("%Ln open actions", "", open_actions),
                                         "1 open action")))
        self._update_buttons()

    def selected(self) -> Note | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        note_id = index.siblingAtColumn(0).data(ITEM_ROLE)
        return next((n for n in self.controller.notes if n.id == note_id), None)

    def _update_buttons(self) -> None:
        note = self.selected()
        workspace = self.controller.workspace  # a viewer on a team workspace writes nothing
        for button in (self.add_button, self.action_button):
            allow(button, workspace, "manager")
        for button in (self.edit_button, self.done_button, self.delete_button):
            allow(button, workspace, "manager", note is not None)
        self.done_button.setText(self.tr("Reopen") if note and note.done else self.tr("Mark done"))
        allow(self.undo_button, workspace, "manager", self.controller.can_undo())

    def add(self, action: bool = False) -> None:
        dialog = NoteDialog(self, action=action, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, due = dialog.values()
            self.controller.add(text, due)

    def edit_selected(self) -> None:
        note = self.selected()
        if note is None:
            return
        dialog = NoteDialog(self, note, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, due = dialog.values()
            self.controller.edit(note, text, due)

    def toggle_done(self) -> None:
        note = self.selected()
        if note is not None:
            self.controller.set_done(note, not note.done)

    def delete_selected(self) -> None:
        note = self.selected()
        if note is not None:
            self.controller.delete(note)
