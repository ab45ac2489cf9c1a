"""Under load (idle connections, oversized unauthenticated uploads) both front ends keep serving valid
requests and accept nothing forged. The latency ratio is the benchmark's job (benchmarks/perf/http_load.py),
not a timed assertion here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("slack_bolt")
pytest.importorskip("fastapi")

SCRIPT = Path(__file__).parents[1] / "benchmarks" / "perf" / "http_load.py"


def test_both_endpoints_serve_valid_requests_and_refuse_forged_ones_under_load():
    r = subprocess.run([sys.executable, str(SCRIPT), "--requests", "30", "--rounds", "1", "--idle", "50",
                        "--oversized", "20", "--json"], capture_output=True, text=True, timeout=300,
                       env={**os.environ, "ASKSAFE_LOG": "off"})
    assert r.returncode == 0, r.stderr[-3000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["valid_failed_unloaded"] == 0 and out["valid_failed_loaded"] == 0, out
    assert out["forged_accepted"] == 0 and out["forged_refused"] == 3, out
    assert out["uploads_refused"] >= 20, out  # the oversized uploads really ran, and each was refused
    assert out["slack"]["loaded_p99_ms"] > 0 and out["web"]["loaded_p99_ms"] > 0
