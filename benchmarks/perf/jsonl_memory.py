"""Peak memory of `asksafe assess --jsonl` on a small and a large generated file (bounded = the same peak).

    python benchmarks/perf/jsonl_memory.py [--small 400] [--large 4000] [--pad 8192] [--pythonpath DIR]

Each line is a short task plus a ``meta`` field of ``--pad`` characters that the CLI ignores, so the
file grows large while the probe's work stays small (the run is bounded in time). Each size runs in a
fresh process; its peak RSS comes from ``getrusage(RUSAGE_CHILDREN)``. ``--pythonpath`` runs another
checkout's code (e.g. ``git archive main | tar -x -C /tmp/before``) for a before/after in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TASKS = ["Total revenue per month", "Return a + b for two integers a and b.", "Email the report to the team",
         "Sort the users by signup date, newest first.", "Write top_k(items)", "Paint the fence"]


def _make(path: Path, n: int, pad: int, seed: int = 7) -> int:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            meta = "".join(rnd.choice("abcdefghij ") for _ in range(pad))
            fh.write(json.dumps({"text": f"{rnd.choice(TASKS)} (#{i})", "meta": meta}) + "\n")
    return path.stat().st_size


def _child(args: list[str], env: dict, cwd: str) -> tuple[float, float, int]:
    """(peak RSS MB, seconds, output lines) of one fresh `asksafe assess --jsonl` process."""
    code = ("import resource, subprocess, sys, time; t=time.perf_counter(); "
            "p=subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter()-t, "
            "p.stdout.count(b'\\n'), p.returncode)")
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=900,
                         cwd=cwd)  # not the checkout: `-m` puts the working directory first on sys.path
    kb, secs, lines, rc = out.stdout.split()
    assert rc == "0", out.stderr
    return int(kb) / 1024, float(secs), int(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", type=int, default=400)
    ap.add_argument("--large", type=int, default=4000)
    ap.add_argument("--pad", type=int, default=8192)
    ap.add_argument("--pythonpath", default=None, help="run this checkout's asksafe instead of the installed one")
    a = ap.parse_args()
    env = {**os.environ, "ASKSAFE_LOG": "off"}
    if a.pythonpath:
        env["PYTHONPATH"] = a.pythonpath
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for n in (a.small, a.large):
            f = Path(tmp) / f"in-{n}.jsonl"
            size = _make(f, n, a.pad)
            peak, secs, lines = _child([sys.executable, "-m", "asksafe.cli", "assess", "--jsonl", str(f)], env, tmp)
            assert lines == n, (lines, n)
            rows.append((n, size / 1e6, peak, secs))
        print(f"code: {a.pythonpath or 'installed'}")
        print("| lines | file MB | peak RSS MB | seconds |\n|---|---|---|---|")
        for n, mb, peak, secs in rows:
            print(f"| {n} | {mb:.1f} | {peak:.0f} | {secs:.1f} |")
        print(f"peak growth large - small: {rows[1][2] - rows[0][2]:+.0f} MB for {rows[1][1] - rows[0][1]:.0f} MB "
              "more input")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"({time.perf_counter() - t0:.0f} s)")
