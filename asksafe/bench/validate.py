"""Check that a task is well made: full information passes, every guess fails.

``python -m asksafe.bench.validate [SUITE_DIR]`` checks the whole suite.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from asksafe.bench.grading import grade
from asksafe.bench.tasks import Task, load_suite


def task_problems(task: Task) -> list[str]:
    """Empty when the task is sound; otherwise what is wrong with it."""
    problems: list[str] = []
    all_ids = {b.id for b in task.blockers}
    if not grade(task, task.reference_solution(all_ids)):
        problems.append(f"{task.id}: the full-information reference solution fails its check")
    for b in task.blockers:
        if b.default == b.resolved:
            problems.append(f"{task.id}/{b.id}: default equals resolved")
        elif grade(task, task.reference_solution(all_ids - {b.id})):
            problems.append(f"{task.id}/{b.id}: guessing the default still passes the check")
        if len(b.example_questions) < 3:
            problems.append(f"{task.id}/{b.id}: needs 3+ example questions")
        if b.surfaces == "exploration" and not task.observations:
            problems.append(f"{task.id}/{b.id}: surfaces during exploration but the task has no observations")
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    tasks = load_suite(argv[0] if argv else None)
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = [p for ps in pool.map(task_problems, tasks) for p in ps]
    for p in found:
        print(p)
    n_blockers = sum(len(t.blockers) for t in tasks)
    explo = sum(b.surfaces == "exploration" for t in tasks for b in t.blockers)
    controls = sum(not t.blockers for t in tasks)
    kinds = {k: sum(t.kind == k for t in tasks) for k in ("coding", "sql")}
    print(f"{len(tasks)} tasks {kinds}, {n_blockers} blockers, "
          f"{explo} surface in exploration ({explo / max(n_blockers, 1):.0%}), "
          f"{controls} controls ({controls / max(len(tasks), 1):.0%}), {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
