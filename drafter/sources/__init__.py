"""Readers: turn a source file (.txt/.md/.docx/.html/.pdf) into a cleaned Document."""
