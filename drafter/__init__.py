"""drafter: draft replies to deputies' suggestions and CPPCC proposals from a sourced fact base.

The package follows the data's path:
read sources (``drafter.sources``) → distill facts (``drafter.distill``) → store/index facts
(``drafter.facts``) → select and compose a reply (``drafter.compose``) → write the .docx
(``drafter.docx``) → check / refresh / harvest / batch.
"""

__version__ = "0.1.0"
