"""Deprecated home of :class:`~asksafe.types.Channel`; import it from :mod:`asksafe.types`."""

from asksafe.types import Channel

__all__ = ["Channel"]
