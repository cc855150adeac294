"""Operator subcommands. Each module here exports ``register(subparsers)``; ``chalicelib.cli`` finds them.

Discovery keeps the command list open for extension without every feature editing one shared file.
"""
