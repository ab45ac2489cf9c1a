"""Deprecated name of :mod:`asksafe.adapters.terminal` (the terminal channel); the CLI app is :mod:`asksafe.cli`."""

from asksafe.adapters.terminal import NOT_NEEDED_KEY, CLIChannel

__all__ = ["NOT_NEEDED_KEY", "CLIChannel"]
