"""Compose a reply: the suggestion being answered, fact selection, wording, the Reply blocks."""
