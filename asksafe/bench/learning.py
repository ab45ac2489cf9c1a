"""The learning benchmark's results (``benchmarks/learning/``) as a section of ``asksafe bench --html``.

Read from a source checkout when ``benchmarks/learning/results.json`` is there (it is not in the
wheel); the section is left out otherwise. Nothing is recomputed.

>>> html_section()  # "" when there are no results to show
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "learning" / "results.json"


def html_section(path: Path = RESULTS) -> str:
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
        summary = results["summary"]
    except (OSError, ValueError, KeyError):
        return ""
    rows = []
    for name, cells in summary.items():
        for k, v in sorted(cells.items(), key=lambda kv: (kv[0].split(":")[0], int(kv[0].split(":")[1]))):
            mode, n = k.split(":")
            f = v.get("forgetting") or {}
            cols = [name, mode, n, v.get("auroc"), v.get("f1_ask"), v.get("false_alarm_rate"), v.get("lr_auroc"),
                    f.get("validation"), f.get("validation_b"), f"{v.get('refused', 0)}/{v.get('runs', 0)}"]
            rows.append("<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>" for c in cols) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("set", "feedback", "N", "AUROC", "F1 ask", "false alarms",
                                               "MiniLM+LR AUROC", "validation AUROC", "validation_b AUROC",
                                               "refused"))
    png = path.with_name("curves.png")
    img = (f'<figure><img alt="learning curves" src="data:image/png;base64,{base64.b64encode(png.read_bytes()).decode()}">'
           "<figcaption>AUROC on the rest of each set against feedback records</figcaption></figure>"
           if png.exists() else "")
    base = results.get("forgetting_base", {})
    return (f"<h2>Learning from feedback (benchmarks/learning)</h2><p>Mean over {results.get('seeds')} seed(s); "
            f"base validation AUROC {html.escape(json.dumps(base))}.</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{img}")
