"""The `kg` command: a thin shell over the modules; each command group registers itself."""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from kg import UsageError, __version__

# Each module has `register(subparsers)`, adding commands whose `func(args)` returns the exit status.
COMMAND_MODULES = (
    "kg.commands.articles",
    "kg.commands.extract",
    "kg.commands.graph",
    "kg.commands.export",
    "kg.nlp.commands",
    "kg.server.commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description=__doc__)
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, warnings only")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = logging.DEBUG if args.verbose else logging.WARNING if args.quiet else logging.INFO
    logging.basicConfig(level=level, stream=sys.stderr, format="kg: %(message)s")
    try:
        return args.func(args)
    except UsageError as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
