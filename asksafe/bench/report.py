"""Benchmark reports: a rich table on the terminal, JSON, and a self-contained HTML page.

>>> results = run_bench(None, quick=True, json_path=None, html_path=None, agent=None, policies=[])
>>> write_html(results, Path("bench.html"))  # plots inline as base64 PNGs; no external files
"""

from __future__ import annotations

import base64
import html
import io
import json
from pathlib import Path
from typing import Any

COLUMNS: list[tuple[str, str]] = [
    ("strategy", "Strategy"), ("ask_f1", "Ask-F1"), ("precision", "Prec."), ("recall", "Recall"),
    ("pass.baseline", "Pass base"), ("pass.full_info", "Pass full"), ("pass.ask", "Pass ask"),
    ("recovery_ratio", "Recovery"), ("questions_per_task", "Q/task"), ("false_alarm_rate", "False alarm"),
    ("type.missing", "R miss."), ("type.ambiguous", "R amb."), ("type.contradictory", "R contr."),
    ("surface.upfront", "R upfront"), ("surface.exploration", "R explor."), ("reward", "Reward"),
]


def _cell(row: dict[str, Any], key: str) -> Any:
    if "." in key:
        group, sub = key.split(".", 1)
        src = {"pass": "pass_rate", "type": "recall_by_type", "surface": "recall_by_surface"}[group]
        return (row.get(src) or {}).get(sub)
    return row.get(key)


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def table_rows(results: dict[str, Any]) -> list[list[str]]:
    return [[_fmt(_cell(r, k)) for k, _ in COLUMNS] for r in results["rows"]]


def print_table(results: dict[str, Any], console: Any = None) -> None:
    """The results table, one row per strategy or policy."""
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"asksafe bench: {results['tasks']} tasks, agent {results['agent']}, "
                    f"{results['seconds']:.1f} s")
    for _, head in COLUMNS:
        t.add_column(head, justify="left" if head == "Strategy" else "right")
    for row in table_rows(results):
        t.add_row(*row)
    console = console or Console(width=None if Console().is_terminal else 200)
    console.print(t)
    for name, why in results.get("skipped", {}).items():
        console.print(f"[yellow]skipped {name}[/]: {why}")


def write_json(results: dict[str, Any], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return path


# --- plots ------------------------------------------------------------------------


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plot_sweep(results: dict[str, Any]) -> str | None:
    """Ask-F1 (and precision, recall) against the policy threshold; None without a sweep."""
    pts = sorted(results.get("sweep") or [], key=lambda p: p["threshold"])
    if not pts:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.6))
    xs = [p["threshold"] for p in pts]
    for key, style in (("ask_f1", "o-"), ("precision", "s--"), ("recall", "^--")):
        ax.plot(xs, [p[key] for p in pts], style, label=key.replace("_", "-"))
    ax.set_xlabel("policy threshold (p_blocker)")
    ax.set_ylim(0, 1.05)
    ax.set_title("Ask-F1 against the policy threshold")
    ax.legend()
    ax.grid(alpha=0.3)
    return _png(fig)


def _bars(results: dict[str, Any], groups: list[tuple[str, str]], title: str, ylabel: str) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = results["rows"]
    fig, ax = plt.subplots(figsize=(max(6, 1.2 * len(rows)), 3.6))
    width = 0.8 / max(len(groups), 1)
    for j, (key, label) in enumerate(groups):
        vals = [_cell(r, key) or 0.0 for r in rows]
        ax.bar([i + j * width for i in range(len(rows))], vals, width, label=label)
    ax.set_xticks([i + width * (len(groups) - 1) / 2 for i in range(len(rows))])
    ax.set_xticklabels([r["strategy"] for r in rows], rotation=20, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _png(fig)


def plot_recall_by_type(results: dict[str, Any]) -> str:
    return _bars(results, [("type.missing", "missing"), ("type.ambiguous", "ambiguous"),
                           ("type.contradictory", "contradictory")], "Blocker recall by type", "recall")


def plot_pass_rates(results: dict[str, Any]) -> str:
    return _bars(results, [("pass.baseline", "baseline"), ("pass.full_info", "full info"),
                           ("pass.ask", "ask")], "Pass rate per mode", "pass rate")


def render_html(results: dict[str, Any]) -> str:
    """A self-contained page: the table, the plots (inline PNG), the learning benchmark's results and the raw JSON."""
    from asksafe.bench.learning import html_section as learning_section

    plots = [("Ask-F1 against threshold", plot_sweep(results)),
             ("Recall by blocker type", plot_recall_by_type(results)),
             ("Pass rate per mode", plot_pass_rates(results))]
    head = "".join(f"<th>{html.escape(h)}</th>" for _, h in COLUMNS)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                   for row in table_rows(results))
    figs = "".join(
        f'<figure><img alt="{html.escape(t)}" src="data:image/png;base64,{b64}"><figcaption>{html.escape(t)}'
        f"</figcaption></figure>" if b64 else
        f"<figure><figcaption>{html.escape(t)}: no data (no policy ran)</figcaption></figure>"
        for t, b64 in plots)
    skipped = "".join(f"<li>{html.escape(k)}: {html.escape(v)}</li>" for k, v in results.get("skipped", {}).items())
    meta = (f"{results['tasks']} tasks · agent {html.escape(results['agent'])} · "
            f"{results['seconds']:.1f} s · judge {html.escape(str(results['judge'].get('name')))}")
    raw = html.escape(json.dumps({k: v for k, v in results.items() if k != "outcomes"}, indent=2))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>asksafe bench</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;font-size:.85rem}} th,td{{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}}
th:first-child,td:first-child{{text-align:left}} th{{background:#f3f3f3}}
figure{{display:inline-block;margin:1rem}} img{{max-width:640px}} pre{{background:#f8f8f8;padding:1rem;font-size:.75rem}}
</style></head><body>
<h1>asksafe bench</h1><p>{meta}</p>
<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
{f"<ul>{skipped}</ul>" if skipped else ""}
<section>{figs}</section>
{learning_section()}
{_visual_section(results)}
<details><summary>Results (JSON)</summary><pre>{raw}</pre></details>
</body></html>
"""


def _visual_section(results: dict[str, Any]) -> str:
    """The visual suite's section, when the run included it (``asksafe bench --with-visual``)."""
    if not results.get("visual"):
        return ""
    from asksafe.bench.visual import render_section

    return render_section(results["visual"])


def write_html(results: dict[str, Any], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(results), encoding="utf-8")
    return path
