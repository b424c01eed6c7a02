"""Strengths in Practice: content, renderers, widgets and checks for the book."""

__version__ = "0.1.0"
