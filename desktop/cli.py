"""The ``abm-health`` command line: the composition root for headless work (SPEC §10).

With no subcommand it opens the window. Each subcommand lives in its own module under
``desktop.commands`` and exposes ``register(subparsers)``; the parser sets ``func`` to a
``run(args, workspace) -> int`` callable. Only the module of the command given is imported
(``desktop.commands.catalog`` lists the others for ``--help``), so a command loads what it
needs and ``--help`` loads nothing heavy. The workspace is resolved and opened here, once.
Exit codes: 0 ok, 1 the data had problems (reported), 2 usage.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import gc
import importlib
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from desktop.commands.catalog import COMMANDS, module_of
from desktop.commands.exits import EXIT_DATA, EXIT_OK, EXIT_USAGE, UsageError  # noqa: F401  (public)
from desktop.commands.terminal import guard_terminals
from desktop.i18n.argparse_words import speak_argparse
from desktop.i18n.languages import CLI_CHOICES
from desktop.i18n.placeholders import arg
from storage.paths import ENV_VAR, is_url, resolve_workspace


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate``, imported when a message is printed: ``--help`` and
    finding the command need no Qt."""
    if "PySide6.QtCore" not in sys.modules:
        return text  # no Qt loaded, so no catalog installed: the English source is the text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# Only the demo and the imports create a workspace that does not exist yet (and the window,
# without a command); every other command reads or changes one that exists, so a mistyped
# path is refused rather than silently created empty.
CREATING_COMMANDS = frozenset({"demo", "import", "import-folder"})


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with ``command`` registered by its module; every other command a stub.

    A stub has the command's name and help line and accepts anything (``add_help=False``,
    no arguments), which is all ``--help`` and finding the command need.
    """
    parser = argparse.ArgumentParser(
        prog="abm-health",
        description=translate("cli", "Account-based-marketing health: explainable account health, honest KPIs, "
        "clean CRM imports and board-ready reports, offline. Without a command, opens the window."),
    )
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        help=arg(translate("cli", "workspace file or SQLAlchemy URL (default: $%1, else the user "
                            "data folder)"), ENV_VAR),
    )
    parser.add_argument(
        "--language",
        choices=CLI_CHOICES,
        help=translate("cli", "language of tables, messages and reports (default: the one chosen in the "
        "window's Settings, else the system's); CSV and JSON are the same in every language"),
    )
    parser.add_argument("--version", action=_VersionAction,
                        help=translate("argparse", "show the version and exit"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = module_of(command) if command else None
    for name, module, help_line in COMMANDS:
        if name in subparsers.choices:
            continue  # registered with its module's first command (batches and undo)
        if module == chosen:
            importlib.import_module(f"desktop.commands.{module}").register(subparsers)
        else:
            subparsers.add_parser(name, help=translate("CommandCatalog", help_line), add_help=False)
    return parser


def chosen_command(argv: Sequence[str] | None) -> str | None:
    """The command named on the command line, found with the stub parser.

    ``--help`` and ``--version`` at the top, and a misspelt command, end here as they would
    with the full parser (same text, same exit status).
    """
    args, _rest = build_parser().parse_known_args(argv)
    return args.command


class _VersionAction(argparse.Action):
    """``--version``: looked up only when asked for (reading the package metadata imports
    ``importlib.metadata`` and the email parser, a third of ``--help``'s time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, default=default, nargs=0,
                         help=help or "show program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        print(f"{parser.prog} {_version()}")  # on stdout, as argparse's own version action
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("abm-health")
    except PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def early_language(argv: Sequence[str] | None) -> str | None:
    """The ``--language`` given on the command line, read before the full parser exists;
    None when not given (or not one we speak: the full parser then says so)."""
    from desktop.i18n.languages import normalise

    early = _EarlyParser(add_help=False, allow_abbrev=False)
    early.add_argument("--language")
    try:
        known, _rest = early.parse_known_args(argv)
    except ValueError:  # e.g. --language without a value: the full parser says so
        return None
    return normalise(known.language) if known.language else None


class _EarlyParser(argparse.ArgumentParser):
    def error(self, message: str):  # silent: the full parser reports, in the language
        raise ValueError(message)


def use_language(code: str | None) -> str:
    """Install the command's language before anything is printed; returns its code.

    English needs no catalog, so no application is created for it; another language's
    catalog lives in the application, which the reports need anyway (a QApplication).
    """
    from desktop.i18n.languages import normalise

    if normalise(code) == "en" and "PySide6.QtCore" not in sys.modules:
        return "en"  # named English, and no catalog can be installed yet: no Qt needed
    from desktop.i18n.choice import chosen_language
    from desktop.i18n.install import active_language, install_language

    language = normalise(code) or chosen_language()
    if language == "en" and active_language() == "en":
        return "en"
    from desktop.reports.fonts import ensure_gui_application

    ensure_gui_application()
    return install_language(language)


# Options of the top level that take a value (argparse also accepts unique abbreviations).
_VALUE_OPTIONS = ("--workspace", "--language")
# Commands that read no workspace data: they need neither pandas nor SQLAlchemy.
_NO_DATA_COMMANDS = frozenset({"template"})


def command_word(argv: Sequence[str]) -> str | None:
    """The command named on the command line, found without a parser (so without Qt):
    the first word that is neither an option nor an option's value; None when there is
    none, or when ``--help`` or ``--version`` comes first (the top level's own pages)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version") or word == "--":
            return None
        if word.startswith("-"):
            if "=" not in word and len(word) > 2 and any(o.startswith(word) for o in _VALUE_OPTIONS):
                next(words, None)  # the option's value
            continue
        return word
    return ""  # no command: the window


def runs_on_data(argv: Sequence[str]) -> bool:
    """Whether this run opens the window or a command that reads the workspace's data."""
    word = command_word(argv)
    return word is not None and word not in _NO_DATA_COMMANDS


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    finally:
        gc.unfreeze()  # the frozen objects may go again (a test runs many commands in one process)


def console() -> None:
    """The ``abm-health`` script: ``main``, then, after a command, out of the process at once.

    Once a command has returned, everything of ours is closed or renamed into place (the
    workspace closes in its ``with`` block, files are written to a temporary name first),
    and tearing the interpreter down only frees, object by object, memory the system takes
    back whole: 0.15 s of ``abm-health health`` on 10,000 accounts. So the output is
    flushed, the exit handlers run, and the process ends with its status. The window, and
    ``--help`` or ``--version``, leave the usual way, as does a run that raised or one
    with a thread still at work.
    """
    status = main()
    # A thread still at work (none of ours should be) is waited for by the usual exit.
    working = [t for t in threading.enumerate()
               if t is not threading.main_thread() and not t.daemon and t.is_alive()]
    if not command_word(sys.argv[1:]) or working:
        sys.exit(status)
    with contextlib.suppress(BrokenPipeError):  # the reader left: what was said is said
        sys.stdout.flush()
        sys.stderr.flush()
    atexit._run_exitfuncs()  # what modules asked to do at exit (none costs anything here)
    os._exit(status)


def _main(argv: Sequence[str] | None) -> int:
    # Names from CRM exports may hold terminal escape sequences: shown, never obeyed.
    sys.stdout, sys.stderr = guard_terminals(sys.stdout, sys.stderr)
    if runs_on_data(sys.argv[1:] if argv is None else argv):
        # Before the first Qt import below (desktop.shared.import_order says why).
        from desktop.shared.import_order import import_data_libraries

        import_data_libraries()
    # The parser's help, usage line and errors speak the language too, so it is installed
    # before the parser is built (its help texts are translated as they are added).
    language = use_language(early_language(argv))
    if language != "en":
        speak_argparse()
    parser = build_parser(chosen_command(argv))
    args = parser.parse_args(argv)
    if args.command is not None:
        # What is alive now (modules, classes, functions) lives as long as the command: frozen,
        # the collector stops walking it at every full collection while the command builds
        # its frames and rows (0.2 s of `abm-health health` on 10,000 accounts).
        gc.freeze()
    # CSV and JSON are for programs: the same in every language (English words, plain digits).
    if language != "en" and args.command is not None and getattr(args, "format", None) in ("csv", "json"):
        use_language("en")
    # A command may name its own workspace argument (``team init URL``).
    own = getattr(args, getattr(args, "workspace_arg", ""), None)
    target = resolve_workspace(own or args.workspace)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(target)
    from storage.errors import WorkspaceError
    from storage.workspace import Workspace

    if getattr(args, "needs_workspace", True) is False:  # e.g. `template`: no file touched
        try:
            return int(args.func(args, None) or 0)
        except UsageError as exc:
            parser.error(str(exc))
            return EXIT_USAGE
    if args.command not in CREATING_COMMANDS and not is_url(target):
        path = Path(target).expanduser()
        if not path.exists():
            print(arg(translate("cli", "abm-health: there is no workspace at %1; check "
                                "--workspace (or $%2), or create one with abm-health demo or "
                                "abm-health import."), path, ENV_VAR), file=sys.stderr)
            return EXIT_DATA
    try:
        with Workspace.open(target) as workspace:
            status = int(args.func(args, workspace) or 0)
            sys.stdout.flush()  # a closed pipe shows here, while the status is known
            return status
    except UsageError as exc:
        parser.error(str(exc))  # exits 2 with the usage line
        return EXIT_USAGE
    except WorkspaceError as exc:
        from desktop.shared.wording.said import error_text

        print(f"abm-health: {error_text(exc)}", file=sys.stderr)
        return EXIT_DATA
    except BrokenPipeError:
        # The reader (e.g. `| head`) closed the pipe: not an error in itself; silence the
        # flush at exit. A command that found problems said so in args.exit_status before
        # printing, so rejected rows still exit 1.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return int(getattr(args, "exit_status", EXIT_OK))
    except KeyboardInterrupt:
        print(translate("cli", "abm-health: interrupted; nothing was left half-written."),
              file=sys.stderr)
        return 130
    except Exception as exc:
        # A clash of keys with another session's write (SQLSTATE class 23) is a sentence,
        # never a wall of parameters; anything else is a bug and keeps its traceback.
        if not str(getattr(getattr(exc, "orig", None), "sqlstate", "") or "").startswith("23"):
            raise
        print(translate("cli", "abm-health: another session changed the same records at the same "
                        "moment, so nothing was written; run the command again."), file=sys.stderr)
        return EXIT_DATA


if __name__ == "__main__":
    # Run the importable module's entry point, not this __main__ copy (one set of commands).
    from desktop.cli import console

    console()
