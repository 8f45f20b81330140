"""What a regular expression needs to match, read from its parse: cheap gates before a regex.

A pattern tried only where one of its required words occurs costs a substring search, not a
regex scan, on most text; the words are computed from the pattern, so a new vocabulary entry
cannot be missed by a gate kept by hand.
"""

from __future__ import annotations

import re._parser as sre_parse  # the parser re itself uses


def required_words(pattern: str) -> set[str]:
    """Words every match of the pattern contains (the longest literal run of each branch)."""

    def walk(items) -> set[str]:
        runs: list[str] = []
        run = ""
        branches: list[set[str]] = []
        for op, arg in items:
            if op is sre_parse.LITERAL:
                run += chr(arg)
                continue
            runs.append(run)
            run = ""
            if op is sre_parse.SUBPATTERN:
                branches.append(walk(arg[-1]))
            elif op is sre_parse.BRANCH:
                alternatives = [walk(b) for b in arg[1]]
                if all(alternatives):
                    branches.append(set().union(*alternatives))
        runs.append(run)
        longest = max(runs, key=len)
        if len(longest.strip()) >= 3:
            return {longest.strip()}
        return min((b for b in branches if b), key=len, default=set())

    return walk(sre_parse.parse(pattern.lower()))
