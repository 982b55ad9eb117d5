"""docx step."""
