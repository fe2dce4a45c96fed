"""The start page of an empty workspace."""

from desktop.start.page import StartPage

__all__ = ["StartPage"]
