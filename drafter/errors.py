"""The one error root of drafter.

Every mistake a user can make (a bad form, a broken template, a missing file) surfaces as a
`DrafterError` carrying a Chinese message, the file, the line and the field path; the CLI turns
it into one line per problem and a non-zero exit code.  Anything else is a bug in drafter.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input, located as precisely as we can."""

    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.field:
            where = f"{where} {self.field}" if where else self.field
        return f"{where}：{self.message}" if where else self.message


class DrafterError(Exception):
    """Root of every error meant for the user; carries one or more problems."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        problems: list[Problem] | None = None,
    ) -> None:
        self.problems: list[Problem] = problems or [Problem(message, file, line, field)]
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def message(self) -> str:
        return self.problems[0].message


class InputError(DrafterError):
    """The user's input (form, source file, command arguments) is wrong."""

    exit_code = 2


class FormError(InputError):
    """A filled form failed validation; holds every problem found, not only the first."""


class TemplateError(DrafterError):
    """A template or phrase library is broken: the fault of whoever wrote it, not the user."""

    exit_code = 3


class OutputError(DrafterError):
    """The draft cannot be written where the user asked."""

    exit_code = 4
