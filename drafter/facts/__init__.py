"""facts step."""
