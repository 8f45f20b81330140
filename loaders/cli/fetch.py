"""python -m loaders fetch (being written: see its issue)."""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    return subparsers.add_parser("fetch", help="(not yet available)")


def run(args: argparse.Namespace) -> int:
    print("fetch: not yet available")
    return 2
