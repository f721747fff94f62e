"""Subcommands of ``sambang``. Each module has ``register(subparsers)`` and
imports its heavy dependencies inside the handlers, so ``sambang --help``
stays light."""
