"""Count the hostile-input tests of issue #22: run ``pytest -m hostile`` (the quick hypothesis
profile unless HYPOTHESIS_PROFILE says otherwise) and print how many test items there are,
how many passed, and how many fuzz targets ran how many generated examples.

    .venv/bin/python pipelines/count_hostile.py            # every hostile test
    .venv/bin/python pipelines/count_hostile.py -x -q      # more pytest options

A test is hostile when it carries the ``hostile`` marker (module-wide in the
``tests/test_hostile_*.py`` files, tests/test_build_transaction.py and
tests/test_third_party.py). The exit status is pytest's.
"""

from __future__ import annotations

import functools
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


class Count:
    """A pytest plugin: the outcome of each test item, and each fuzz target's examples."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.outcome: dict[str, str] = {}
        self.examples: Counter[str] = Counter()

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.items = [item.nodeid for item in session.items]
        for item in session.items:
            handle = getattr(getattr(item, "obj", None), "hypothesis", None)
            if item.get_closest_marker("fuzz") and handle is not None:
                # hypothesis calls `inner_test` for each example, and lets it be replaced
                handle.inner_test = self._counting(item.nodeid, handle.inner_test)

    def _counting(self, node: str, test: Callable[..., Any]) -> Callable[..., Any]:
        self.examples[node] = 0

        @functools.wraps(test)
        def counted(*args: Any, **kwargs: Any) -> Any:
            result = test(*args, **kwargs)
            self.examples[node] += 1  # an example that passed
            return result

        return counted

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # the worst phase decides: a failed teardown fails a passed call
        if report.failed:
            self.outcome[report.nodeid] = "failed"
        elif report.skipped and self.outcome.get(report.nodeid) != "failed":
            self.outcome[report.nodeid] = "skipped"
        elif report.when == "call" and report.nodeid not in self.outcome:
            self.outcome[report.nodeid] = "passed"


def main(args: list[str]) -> int:
    os.environ.setdefault("HYPOTHESIS_PROFILE", "quick")
    sys.path.insert(0, str(ROOT))  # as `python -m pytest` from the root: tests import pipelines
    count = Count()
    code = int(
        pytest.main(["-q", "-m", "hostile", "-p", "no:cacheprovider", *args, str(ROOT / "tests")], [count])
    )
    outcomes = Counter(count.outcome.get(node, "not run") for node in count.items)
    ran = list(count.examples.values())
    print(f"\n{len(count.items)} hostile cases (test items), {outcomes['passed']} passed", end="")
    print("".join(f", {n} {what}" for what, n in sorted(outcomes.items()) if what != "passed"), end="")
    print(
        f", {len(ran)} fuzz targets x {min(ran, default=0)}-{max(ran, default=0)} examples"
        f" ({sum(ran):,} examples in all, hypothesis profile {os.environ['HYPOTHESIS_PROFILE']})"
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
