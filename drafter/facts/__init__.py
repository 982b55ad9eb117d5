"""The fact base: YAML fact files (``store``), their fast writer (``emit``), the cached BM25
index (``index``) and how facts and sources are shown (``show``).

Import the submodules directly: ``drafter.facts.index`` loads from its cache without importing
the store or parsing YAML, so the draft path stays fast; a rebuild reads the files with
libyaml (``store.read_plain``).
"""
