"""The visual acceptance suite: ask for a better view instead of guessing (ProactiveBench-style).

    asksafe bench --visual [--quick] [--json v.json] [--html v.html]

Samples are generated deterministically (asksafe.suite.visual): documents, receipts, labels, digit
displays and object scenes, each with a task, about half clear controls (with the small
imperfections of good photos) and half degraded by one operator (occluder, blur, darkness, washed
out, glare, crop, rotation, down-scaling, an unfinished display sequence). The agent is real:
Tesseract reads text, OpenCV counts and names colours (asksafe.suite.visual.agent). The simulated
user accepts an intervention that fixes what is wrong with the picture (``FIXES``) and supplies a
clear retake; any other question gets the same picture back.

Strategies: never-ask; always-ask (asks every time, always with a valid suggestion when one exists);
oracle (asks with a valid suggestion exactly when the agent would get the shown picture wrong);
asksafe (``VisualProbe`` decides and words the question).

Shaped reward per sample (ProactiveBench's ordering): a correct answer without a question 1.0; a
valid suggestion followed by a correct answer on the retake 0.7; anything else 0 (a wrong answer, a
question about a clear picture, a suggestion that does not fix the picture, a wrong answer after a
retake).
"""

from __future__ import annotations

import html
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

REWARD_CORRECT = 1.0
REWARD_VALID_SUGGESTION = 0.7
FULL_SIZE = 1000
QUICK_SIZE = 60
STRATEGIES = ("never-ask", "always-ask", "oracle", "asksafe")


@dataclass
class VisualSample:
    """One sample's facts: what was shown, what the agent answered, what the probe decided."""

    index: int
    kind: str
    seed: int
    task: str
    answer: str
    degradation: str | None  # None for a clear control
    shown_answer: str = ""
    shown_correct: bool = False
    retake_answer: str = ""
    retake_correct: bool = False
    asked: bool = False
    signal: str | None = None
    intervention: str | None = None
    question: str | None = None
    valid: bool = False
    probe_ms: float = 0.0


def plan(n: int) -> list[tuple[int, str, int, str | None]]:
    """(index, kind, seed, degradation or None) for n samples: kinds in turn, half clear, degradations cycled."""
    from asksafe.suite.visual.degrade import APPLIES
    from asksafe.suite.visual.scenes import KINDS

    out = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        j = i // len(KINDS)
        degr = None if j % 2 == 0 else APPLIES[kind][(j // 2) % len(APPLIES[kind])]
        out.append((i, kind, i, degr))
    return out


def _run_one(item: tuple[int, str, int, str | None], probe: Any) -> VisualSample:
    from asksafe.suite.visual.agent import answer_image
    from asksafe.suite.visual.degrade import FIXES, degrade, mild
    from asksafe.suite.visual.scenes import make_scene

    index, kind, seed, degr = item
    scene = make_scene(kind, seed)
    s = VisualSample(index, kind, seed, scene.task, scene.answer, degr)
    shown = degrade(scene, degr, seed) if degr else mild(scene, seed)
    retake = mild(scene, seed + 1_000_003)  # the user's new photo: good, not pixel-identical
    t = time.perf_counter()
    va = probe.assess(shown, scene.task, sequence=len(shown) > 1)
    s.probe_ms = (time.perf_counter() - t) * 1000.0
    s.asked, s.signal, s.intervention, s.question = va.should_ask, va.signal, va.intervention, va.question
    s.valid = bool(degr and va.intervention in FIXES[degr])
    s.shown_answer = answer_image(scene.task, shown[-1])
    s.shown_correct = s.shown_answer == scene.answer
    if degr:
        s.retake_answer = answer_image(scene.task, retake[-1])
        s.retake_correct = s.retake_answer == scene.answer
    return s


def _outcome(s: VisualSample, strategy: str) -> tuple[bool, bool, float]:
    """(asked, final answer correct, reward) for one strategy on one sample."""
    degraded = s.degradation is not None
    if strategy == "never-ask":
        asked, valid = False, False
    elif strategy == "always-ask":
        asked, valid = True, degraded
    elif strategy == "oracle":
        asked = degraded and not s.shown_correct
        valid = asked
    else:
        asked, valid = s.asked, s.valid
    if not asked:
        return False, s.shown_correct, REWARD_CORRECT if s.shown_correct else 0.0
    if valid:
        return True, s.retake_correct, REWARD_VALID_SUGGESTION if s.retake_correct else 0.0
    return True, s.shown_correct, 0.0  # not accepted: the same picture comes back, the question cost a turn


def summarise(samples: list[VisualSample]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    deg = [s for s in samples if s.degradation]
    clear = [s for s in samples if not s.degradation]
    for name in STRATEGIES:
        rows = [(s, *_outcome(s, name)) for s in samples]
        d = [r for r in rows if r[0].degradation]
        c = [r for r in rows if not r[0].degradation]
        asked_deg = [r for r in d if r[1]]
        out[name] = {
            "reward": sum(r[3] for r in rows) / len(rows),
            "accuracy": sum(r[2] for r in rows) / len(rows),
            "accuracy_degraded": sum(r[2] for r in d) / max(len(d), 1),
            "accuracy_clear": sum(r[2] for r in c) / max(len(c), 1),
            "ps_rate": sum(r[1] for r in rows) / len(rows),  # proactive-suggestion rate, all samples
            "ps_rate_degraded": len(asked_deg) / max(len(d), 1),
            "over_ask_clear": sum(r[1] for r in c) / max(len(c), 1),
            "valid_suggestions": (sum(1 for r in asked_deg if (r[0].valid if name == "asksafe" else True))
                                  / max(len(asked_deg), 1)),
        }
    out["_counts"] = {"samples": len(samples), "degraded": len(deg), "clear": len(clear)}
    return out


def checks(summary: dict[str, dict[str, float]]) -> dict[str, dict[str, Any]]:
    """The issue's three targets, each with its value and whether it holds."""
    a, o, n = summary["asksafe"], summary["oracle"], summary["never-ask"]
    ratio = a["accuracy_degraded"] / n["accuracy_degraded"] if n["accuracy_degraded"] else float("inf")
    return {
        "reward_vs_oracle": {"value": a["reward"] / o["reward"] if o["reward"] else 0.0, "target": ">= 0.85",
                             "ok": a["reward"] >= 0.85 * o["reward"]},
        "over_ask_clear": {"value": a["over_ask_clear"], "target": "<= 0.05", "ok": a["over_ask_clear"] <= 0.05},
        "degraded_accuracy_vs_never_ask": {"value": ratio, "target": ">= 3", "ok": ratio >= 3.0},
    }


def by_degradation(samples: list[VisualSample]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for key in sorted({s.degradation or "clear" for s in samples}):
        rows = [s for s in samples if (s.degradation or "clear") == key]
        out[key] = {
            "n": len(rows),
            "agent_correct_on_shown": sum(s.shown_correct for s in rows) / len(rows),
            "asksafe_asked": sum(s.asked for s in rows) / len(rows),
            "asksafe_valid": sum(s.valid for s in rows) / len(rows),
            "agent_correct_on_retake": (sum(s.retake_correct for s in rows) / len(rows)) if key != "clear" else None,
        }
    return out


def run_visual_bench(quick: bool = False, size: int | None = None, json_path: Path | None = None,
                     html_path: Path | None = None, workers: int | None = None, progress: bool = True,
                     probe: Any = None) -> dict[str, Any]:
    """Generate the samples, run the agent and the probe on each, score the four strategies."""
    from asksafe.visual import VisualProbe

    t0 = time.perf_counter()
    if not os.environ.get("ASKSAFE_LOG"):  # one event per assessment would drown the table
        from asksafe.events import configure

        configure("off")
    n = size or (QUICK_SIZE if quick else FULL_SIZE)
    probe = probe or VisualProbe()
    items = plan(n)
    workers = workers or min(2, os.cpu_count() or 1)  # Tesseract runs as a process: two overlap well
    samples: list[VisualSample] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_run_one, it, probe) for it in items]
        if progress:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("[bold]asksafe bench --visual"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn()) as bar:
                job = bar.add_task("samples", total=len(futures))
                for f in futures:
                    samples.append(f.result())
                    bar.advance(job)
        else:
            samples = [f.result() for f in futures]
    summary = summarise(samples)
    probe_ms = sorted(s.probe_ms for s in samples)
    results: dict[str, Any] = {
        "suite": "visual",
        "samples": n,
        "quick": quick,
        "seconds": time.perf_counter() - t0,
        "reward_weights": {"correct": REWARD_CORRECT, "valid_suggestion_then_correct": REWARD_VALID_SUGGESTION,
                           "otherwise": 0.0},
        "strategies": {k: v for k, v in summary.items() if not k.startswith("_")},
        "counts": summary["_counts"],
        "checks": checks(summary),
        "by_degradation": by_degradation(samples),
        "probe_ms_p50": probe_ms[len(probe_ms) // 2],
        "examples": [asdict(s) for s in samples if s.asked][:12],
        "outcomes": [asdict(s) for s in samples],
    }
    if progress:
        print_visual(results)
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=2))
    if html_path:
        Path(html_path).write_text(render_page(results), encoding="utf-8")
    return results


def print_visual(results: dict[str, Any], title: str = "visual suite") -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"{title}: {results['samples']} samples ({results['counts']['clear']} clear)")
    cols = ["reward", "accuracy", "accuracy_degraded", "accuracy_clear", "ps_rate", "ps_rate_degraded",
            "over_ask_clear", "valid_suggestions"]
    t.add_column("strategy")
    for c in cols:
        t.add_column(c.replace("_", " "), justify="right")
    for name, row in results["strategies"].items():
        t.add_row(name, *(f"{row[c]:.3f}" for c in cols))
    con = Console(width=max(Console().width, 130))
    con.print(t)
    for k, v in results.get("checks", {}).items():
        con.print(f"  {k}: {v['value']:.3f} (target {v['target']}) {'OK' if v['ok'] else 'NOT MET'}")


def render_section(results: dict[str, Any], title: str = "Visual suite") -> str:
    """An HTML section (table, checks, per-degradation rows, example questions) for the bench report."""
    cols = ["reward", "accuracy", "accuracy_degraded", "accuracy_clear", "ps_rate", "ps_rate_degraded",
            "over_ask_clear", "valid_suggestions"]
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in ["strategy", *cols])
    body = "".join("<tr><td>" + html.escape(n) + "</td>" + "".join(f"<td>{r[c]:.3f}</td>" for c in cols) + "</tr>"
                   for n, r in results["strategies"].items())
    checks_html = "".join(
        f"<li>{html.escape(k)}: {v['value']:.3f} (target {html.escape(v['target'])}) — "
        f"{'met' if v['ok'] else '<b>not met</b>'}</li>" for k, v in results.get("checks", {}).items())
    deg_cols = ["n", "agent_correct_on_shown", "asksafe_asked", "asksafe_valid", "agent_correct_on_retake"]
    deg = "".join("<tr><td>" + html.escape(k) + "</td>" + "".join(
        f"<td>{'' if r[c] is None else (r[c] if c == 'n' else f'{r[c]:.2f}')}</td>" for c in deg_cols) + "</tr>"
        for k, r in results.get("by_degradation", {}).items())
    ex = "".join(f"<li>[{html.escape(str(e['degradation'] or 'clear'))}] {html.escape(e['task'])} → "
                 f"<i>{html.escape(e['question'] or '')}</i></li>" for e in results.get("examples", []))
    w = results.get("reward_weights", {})
    return f"""<section><h2>{html.escape(title)}</h2>
<p>{results['samples']} samples ({results['counts']['clear']} clear), {results['seconds']:.0f} s. Reward: correct
{w.get('correct')}, valid suggestion then correct {w.get('valid_suggestion_then_correct')}, otherwise 0.</p>
<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
<ul>{checks_html}</ul>
<table><thead><tr><th>degradation</th>{''.join(f'<th>{c.replace("_", " ")}</th>' for c in deg_cols)}</tr></thead>
<tbody>{deg}</tbody></table>
<h3>Questions asked (first few)</h3><ul>{ex}</ul></section>"""


def render_page(results: dict[str, Any]) -> str:
    sections = render_section(results)
    for extra in results.get("extra_sections", []):
        sections += render_section(extra["results"], extra["title"])
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>asksafe bench --visual</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;color:#222}}
table{{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}} th,td{{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}}
th:first-child,td:first-child{{text-align:left}} th{{background:#f3f3f3}}</style></head><body>
<h1>asksafe bench --visual</h1>{sections}</body></html>
"""
