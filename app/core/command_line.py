"""What both command lines (`defensoria` and `defensoria-server`) share.

The language (Spanish unless DEFENSORIA_LANG says otherwise), argparse complaining in it
on one line, failures carried as English source strings, and the password read from the
environment or the terminal. Qt-free: the server imports it.
"""

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from app.core.catalogs import CatalogError, Territory
from app.core.errors import UserError
from app.core.i18n import N_, Translate, translator

EXIT_FAILURE, EXIT_USAGE = 1, 2
LANGUAGE_ENV = "DEFENSORIA_LANG"
PASSWORD_ENV = "DEFENSORIA_PASSWORD"


def language() -> str:
    """The language of the command lines: Spanish, or what DEFENSORIA_LANG names."""
    return os.environ.get(LANGUAGE_ENV, "es")


def cli_translator() -> Translate:
    return translator(language())


# The one error type of both command lines is UserError; this name stays only until
# sync/server/cli.py says UserError too.
CliError = UserError


class Parser(argparse.ArgumentParser):
    """argparse, but its complaints come out in the user's language, on one line."""

    translate: Translate = staticmethod(lambda text: text)

    def error(self, message: str) -> None:  # type: ignore[override]
        text = self.translate(N_("Invalid command: {detail}. Use --help to see the options."))
        self.exit(EXIT_USAGE, text.format(detail=message) + "\n")


def parser_class(tr: Translate) -> type[Parser]:
    """A Parser speaking `tr`; give it to add_subparsers(parser_class=...) too.

    A class of its own per command line, so that one CLI's language never leaks into
    another's parsers within the same process (tests run both).
    """
    return type("Parser", (Parser,), {"translate": staticmethod(tr)})


def bounded_int(tr: Translate, low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`, refused in the user's
    language (an unbounded one would overflow a port or a 64-bit database column)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:  # not a number, or more digits than Python converts
            value = low - 1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(tr(N_(
                "{value} is not a whole number from {low} to {high}")).format(
                value=text[:40], low=low, high=high))
        return value

    return parse


def read_password(tr: Translate, prompt: str) -> str:
    """DEFENSORIA_PASSWORD, else asked on the terminal with the (English source) prompt."""
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise UserError(N_("Set DEFENSORIA_PASSWORD or run the command in a terminal."))
    return getpass.getpass(tr(prompt))


def parish_code(territory: Territory, text: str) -> str:
    """The code of the parish a --parish option names: its code, its name or a known
    spelling ("Pilahuín", "pilaguin", "PIL"); '' for none given."""
    if not text.strip():
        return ""
    found = territory.find(text)
    if found is None:
        raise UserError(N_("Unknown parish: {name}."), name=text)
    return found.code


def failure_message(exc: BaseException, tr: Translate,
                    unexpected: str = N_("Unexpected error ({kind}).")) -> str:
    """One translated line for a failure any command line may meet. An unforeseen one
    shows only its kind: its text could carry case data."""
    if isinstance(exc, UserError):
        return exc.render(tr)
    if isinstance(exc, CatalogError):
        return tr(N_("A catalog file is damaged: {detail}")).format(detail=exc)
    if isinstance(exc, OSError):
        return tr(N_("Cannot use the file {path}: {reason}")).format(
            path=exc.filename or "", reason=exc.strerror or exc)
    if isinstance(exc, KeyboardInterrupt):
        return tr(N_("Cancelled."))
    return tr(unexpected).format(kind=type(exc).__name__)
