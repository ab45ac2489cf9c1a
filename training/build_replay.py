"""Build ``asksafe/model/replay.jsonl``: the replay sample ``asksafe learn`` mixes into every update.

A fixed-seed sample of the project's own training corpus (the templated set and
every hand-written set; never the validation sets, never the shared public
sets), stratified by source and label, so that learning a team's domain does not
make the probe forget general judgment. It ships beside the weights because the
corpus itself does not ship in the wheel.

    python training/build_replay.py            # rewrites asksafe/model/replay.jsonl (< 2 MB)
"""

from __future__ import annotations

import json
import random
import sys
from collections import defaultdict
from pathlib import Path

SIZE = 2000  # items; ~1.1 MB
SEED = 20261203
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "asksafe" / "model" / "replay.jsonl"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def build(size: int = SIZE, seed: int = SEED) -> list[dict]:
    from training.train import OWN_SOURCES
    from asksafe.training_data import load_corpus

    strata: dict[tuple[str, int], list] = defaultdict(list)
    for split in OWN_SOURCES:
        for e in load_corpus(split):
            strata[(e.dataset, e.label)].append(e)
    total = sum(len(v) for v in strata.values())
    rng = random.Random(seed)
    out: list[dict] = []
    for key in sorted(strata):
        rows = strata[key]
        k = max(1, round(size * len(rows) / total))
        for e in rng.sample(rows, min(k, len(rows))):
            out.append({"text": e.text, "context": e.context, "label": e.label, "type": e.type,
                        "subtype": e.subtype, "span": list(e.span) if e.span else None,
                        "group": e.group, "dataset": e.dataset})
    rng.shuffle(out)
    return out


def main() -> int:
    rows = build()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    size = OUT.stat().st_size
    print(f"wrote {OUT} ({len(rows)} items, {size / 1e6:.2f} MB)")
    return 0 if size <= 2_000_000 else 1


if __name__ == "__main__":
    sys.exit(main())
