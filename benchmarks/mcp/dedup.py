"""How `asksafe mcp` tells "the same question again" from a different one: MiniLM cosine at thresholds.

    python benchmarks/mcp/dedup.py [--json FILE]

Pairs from the acceptance suite's blocker registries (each blocker has three
example questions, written as deliberately different phrasings):

- same: two example questions of one blocker (the same question, reworded);
- different, same task: example questions of two blockers of one task — the
  dangerous kind: merging them would hand the agent the answer to another question;
- different tasks: one example question from each of two tasks (a sample).

For each threshold: the share of "same" pairs merged (reused answers) and of
"different" pairs merged (wrong answers). The server errs toward asking again,
so the threshold is picked for no wrong merge on same-task pairs.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random

import numpy as np

from asksafe.bench.tasks import load_suite
from asksafe.model_files import sentence_encoder

THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def pairs() -> dict[str, list[tuple[str, str]]]:
    tasks = load_suite()
    same, near, far = [], [], []
    for t in tasks:
        for b in t.blockers:
            same += list(itertools.combinations(b.example_questions, 2))
        for b1, b2 in itertools.combinations(t.blockers, 2):
            near += [(q1, q2) for q1 in b1.example_questions for q2 in b2.example_questions]
    firsts = [(t.id, b.example_questions[0]) for t in tasks for b in t.blockers]
    rng = random.Random(0)
    while len(far) < 2000:
        (t1, q1), (t2, q2) = rng.sample(firsts, 2)
        if t1 != t2:
            far.append((q1, q2))
    return {"same": same, "different, same task": near, "different tasks": far}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", help="write the table as JSON here")
    args = ap.parse_args()
    groups = pairs()
    texts = sorted({q for ps in groups.values() for p in ps for q in p})
    vecs = sentence_encoder().encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                     show_progress_bar=False)
    index = {t: i for i, t in enumerate(texts)}
    sims = {name: np.array([float(vecs[index[a]] @ vecs[index[b]]) for a, b in ps]) for name, ps in groups.items()}
    table = {name: {"pairs": len(s), "median": round(float(np.median(s)), 3), "max": round(float(s.max()), 3),
                    "merged_at": {str(t): round(float((s >= t).mean()), 4) for t in THRESHOLDS}}
             for name, s in sims.items()}
    print(f"{'pairs':<22} {'n':>5} {'median':>7} {'max':>6}  " + " ".join(f">={t:<5}" for t in THRESHOLDS))
    for name, row in table.items():
        print(f"{name:<22} {row['pairs']:>5} {row['median']:>7.3f} {row['max']:>6.3f}  "
              + " ".join(f"{row['merged_at'][str(t)]:<7.3f}" for t in THRESHOLDS))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(table, fh, indent=2)


if __name__ == "__main__":
    main()
