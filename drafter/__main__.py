"""``python -m drafter``: the same as the ``drafter`` command (used by the Windows offline bundle)."""

from .cli import main

main()
