"""distill step."""
