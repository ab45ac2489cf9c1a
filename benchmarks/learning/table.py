"""Print benchmarks/learning/results.json (and timing.json) as the README's markdown table.

    .venv/bin/python benchmarks/learning/table.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    r = json.loads((HERE / "results.json").read_text())
    print(f"Base probe: validation AUROC {r['forgetting_base']['validation']}, "
          f"validation_b {r['forgetting_base']['validation_b']} (same scoring). Seeds: {r['seeds']}.\n")
    print("| set | feedback | N | AUROC | F1 ask | false alarms | MiniLM+LR AUROC (same split) | validation / validation_b after | refused |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, cells in r["summary"].items():
        for k, v in sorted(cells.items(), key=lambda kv: (kv[0].split(":")[0] != "labelled", int(kv[0].split(":")[1]))):
            mode, n = k.split(":")
            f = v.get("forgetting")
            fg = f"{f['validation']} / {f['validation_b']}" if f else ""
            lr = "" if v.get("lr_auroc") is None else v["lr_auroc"]
            print(f"| {name} | {mode} | {n} | {v['auroc']} | {v['f1_ask']} | {v['false_alarm_rate']} | {lr} | {fg} | "
                  f"{v['refused']}/{v['runs']} |")
    t = HERE / "timing.json"
    if t.exists():
        t = json.loads(t.read_text())
        print(f"\nlearn on {t['records']} records: {t['learn_seconds']} s; the same run's baseline step (the shipped probe "
              f"scoring the 1,000 records once) {t['baseline_score_seconds']} s: ratio {t['ratio_learn_to_baseline']} "
              f"(load average at the end {[round(x, 1) for x in t['loadavg_end']]} on {t['cpu_count']} cores).")


if __name__ == "__main__":
    main()
