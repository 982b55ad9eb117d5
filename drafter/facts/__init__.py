"""The fact base: YAML fact files (``store``), their fast writer (``emit``), all-or-nothing
writes of several files (``journal``), the cached BM25 index (``index``), what makes two figures
the same measure (``measure``) and how facts and sources are shown (``show``).

Import the submodules directly: ``drafter.facts.index`` loads from its cache without importing
the store or parsing YAML, so the draft path stays fast; a rebuild reads the files with
libyaml (``store.read_plain``).
"""
