"""Learning curves: each shared set treated as a deployment the shipped probe never saw.

For each set, groups are shuffled (seed) into a feedback pool of up to 1,000 records and a fixed
test part (the rest). For N in {0, 50, 100, 200, 500, 1000} the first N pool records (whole
groups) are the team's feedback, and the update follows `asksafe learn` exactly (its functions:
targets from the shaped reward, clipped inverse propensity, a held-out quarter of the groups for
calibration and the no-regression check, the replay mix, heads fitted by `asksafe.train.fit_top`).
The test part is scored by the result (the base probe when `learn` refused), at the threshold
calibrated on the held-out quarter.

Two kinds of feedback:
- labelled: every record carries its verdict;
- bandit: the base policy decides with exploration (epsilon-greedy, EPS), only the taken action's
  result is revealed: an ask gets the verdict, an act gets an outcome, which is wrong with
  probability OUTCOME_NOISE (a lucky guess succeeds, an unrelated bug fails).

Baseline, same split: frozen MiniLM sentence embeddings (mean pooled, normalized) + logistic
regression, fitted on the same training records, threshold calibrated on the same held-out slice.

Forgetting: validation / validation_b AUROC of the probe learned from the largest N of each set.

To keep 2 shared cores enough, every text runs through the encoder once (features cached in
CACHE); each update then trains the heads on cached features, as `asksafe learn` does by default
(trainable_layers=0). Scores are the network's on one 256-token window, maxed with the structural
checks like `Probe.assess` (texts past 192 tokens are not segmented here).

    nice -n 10 .venv/bin/python benchmarks/learning/curves.py            # ~25 min on 2 busy cores
    nice -n 10 .venv/bin/python benchmarks/learning/curves.py --seeds 1  # quicker
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

from asksafe import checks, questions
from asksafe.learn import (
    FeedbackRecord,
    LearnConfig,
    compare,
    fit_feedback,
    group_of,
    is_worse,
    load_base,
    load_replay,
    normalize_bandit,
    record_target,
    split_groups,
    to_examples,
)
from asksafe.model_files import minilm_path
from asksafe.metrics import auroc, binary_metrics, calibrate_thresholds
from asksafe.train import _collate, _top_forward, featurize
from asksafe.training_data import ask_mind, load_corpus, triagesql

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("ASKSAFE_SHARED_DATASETS", "/work/shared/datasets"))
CACHE = Path("/tmp/asksafe-learning-cache")
NS = (0, 50, 100, 200, 500, 1000)
EPS = 0.1
OUTCOME_NOISE = 0.1


def key(text: str, context: str | None) -> str:
    return hashlib.sha1(f"{text}\x00{context or ''}".encode()).hexdigest()


def strong_check(text: str, context: str | None) -> float:
    """What `Probe.assess` maxes the network's score with: structural findings of strength >= 0.7."""
    found = [f for f in checks.find(text, context) if not questions.already_answered(f, context)]
    return max((f.strength for f in found if f.strength >= 0.7), default=0.0)


def build_cache(probe, sets: dict[str, list], layers: int = 0) -> dict[str, dict]:
    """Encoder features (the bottom 6 - ``layers`` layers) and structural scores of every text, computed once."""
    CACHE.mkdir(parents=True, exist_ok=True)
    weights = (probe_dir() / "probe.safetensors").read_bytes()
    tag = hashlib.sha1(weights).hexdigest()[:12]
    feats: dict[str, dict] = {}
    for name, rows in sets.items():
        f = CACHE / f"{name}-{tag}{f'-L{layers}' if layers else ''}{'' if name != 'replay' or len(rows) == 2000 else f'-{len(rows)}'}.pt"
        if f.exists():
            feats.update(torch.load(f))
            continue
        t0 = time.time()
        got = featurize(probe.net, probe.tokenizer, rows, layers)
        part = {key(e.text, e.context): {"h": g["h"], "span_t": g["span_t"], "span_m": g["span_m"],
                                         "strong": strong_check(e.text, e.context)} for e, g in zip(rows, got)}
        torch.save(part, f)
        feats.update(part)
        print(f"  features: {name} {len(rows)} items, {time.time() - t0:.0f} s", flush=True)
    return feats


def probe_dir() -> Path:
    from asksafe.probe import model_dir

    return model_dir()


def sentence_embeddings(sets: dict[str, list]) -> dict[str, np.ndarray]:
    """Frozen all-MiniLM-L6-v2 sentence embeddings (mean pooled, L2-normalized), cached."""
    from transformers import AutoModel, AutoTokenizer

    out: dict[str, np.ndarray] = {}
    tok = model = None
    for name, rows in sets.items():
        f = CACHE / f"minilm-{name}.npz"
        if f.exists():
            z = np.load(f)
            out.update(zip(z["keys"].tolist(), z["emb"]))
            continue
        if model is None:
            tok = AutoTokenizer.from_pretrained(str(minilm_path()))
            model = AutoModel.from_pretrained(str(minilm_path())).eval()
        t0 = time.time()
        keys, embs = [], []
        with torch.inference_mode():
            for i in range(0, len(rows), 32):
                b = rows[i: i + 32]
                ctxs = [e.context or "" for e in b]
                enc = tok([e.text for e in b], ctxs if any(ctxs) else None, truncation=True, max_length=256,
                          padding=True, return_tensors="pt")
                h = model(**enc).last_hidden_state
                m = enc["attention_mask"].unsqueeze(-1).float()
                v = torch.nn.functional.normalize((h * m).sum(1) / m.sum(1), dim=-1)
                keys.extend(key(e.text, e.context) for e in b)
                embs.append(v.numpy())
        emb = np.concatenate(embs)
        np.savez(f, keys=np.array(keys), emb=emb)
        out.update(zip(keys, emb))
        print(f"  embeddings: {name} {len(rows)} items, {time.time() - t0:.0f} s", flush=True)
    return out


LAYERS = 0  # encoder layers trained beside the heads (--layers); features are cached below them


@torch.no_grad()
def scores(net, config: dict, feats: dict, rows: list) -> list[float]:
    net.eval()
    out = []
    items = [dict(feats[key(e.text, e.context)], label=0.0, type=None, subtype="") for e in rows]
    for i in range(0, len(items), 64):
        data = _collate(items[i: i + 64], config["subtypes"])
        ask = _top_forward(net, data, LAYERS)[0]
        out.extend(torch.sigmoid(ask).tolist())
    return [max(p, it["strong"]) for p, it in zip(out, items)]


def make_featurizer(feats: dict):
    def featurizer(examples: list) -> list[dict]:
        out = []
        for e in examples:
            f = feats[key(e.text, e.context)]
            span = e.dataset == "replay"  # feedback here carries no question, so no span target
            out.append({"h": f["h"], "span_t": f["span_t"] if span else torch.zeros_like(f["span_t"]),
                        "span_m": f["span_m"] if span else torch.zeros_like(f["span_m"]),
                        "label": float(e.label), "type": e.type if e.label == 1 else None,
                        "subtype": e.subtype if e.label == 1 else "", "group": e.group})
        return out
    return featurizer


def feedback(rows: list, mode: str, base_scores: dict, threshold: float, rng: random.Random) -> list[FeedbackRecord]:
    """The records a deployment would log for ``rows`` (see the module docstring)."""
    out = []
    for e in rows:
        needed = e.label == 1
        if mode == "labelled":
            out.append(FeedbackRecord(text=e.text, context=e.context, verdict="needed" if needed else "not_needed",
                                      group=e.group))
            continue
        greedy = "ask" if base_scores[key(e.text, e.context)] >= threshold else "act"
        explore = rng.random() < EPS
        action = ("act" if greedy == "ask" else "ask") if explore else greedy
        prop = EPS if explore else 1 - EPS
        if action == "ask":
            out.append(FeedbackRecord(text=e.text, context=e.context, action="ask", propensity=prop,
                                      verdict="needed" if needed else "not_needed", group=e.group))
        else:
            fail = needed != (rng.random() < OUTCOME_NOISE)
            out.append(FeedbackRecord(text=e.text, context=e.context, action="act", propensity=prop,
                                      outcome="failure" if fail else "success", group=e.group))
    return out


def logistic_baseline(emb: dict, train: list, held: list, test: list, seed: int) -> dict:
    from sklearn.linear_model import LogisticRegression

    def xy(rows):
        return np.stack([emb[key(e.text, e.context)] for e in rows]), [e.label for e in rows]

    xt, yt = xy(train)
    if len(set(yt)) < 2:
        return {}
    clf = LogisticRegression(max_iter=2000, random_state=seed).fit(xt, yt)
    xs, ys = xy(test)
    s_test = clf.predict_proba(xs)[:, 1].tolist()
    xh, yh = xy(held)
    s_held = clf.predict_proba(xh)[:, 1].tolist()
    t = calibrate_thresholds(s_held, yh)["balanced"] if 0 < sum(yh) < len(yh) else 0.5
    return binary_metrics(s_test, ys, t)


def assign_groups(rows: list, name: str) -> list:
    for i, e in enumerate(rows):
        e.group = e.group or f"{name}-{i}"
    return rows


def run(seeds: int, ns: tuple[int, ...], only: list[str] | None = None, modes: tuple[str, ...] = ("labelled", "bandit"),
        replay_cap: int | None = None) -> dict:
    t_start = time.time()
    base = load_base(None)
    base_t = base.calibration["thresholds"]
    sets = {"ask_mind": assign_groups(ask_mind(SHARED), "am"), "triagesql": assign_groups(triagesql(SHARED), "ts")}
    sets = {k: v for k, v in sets.items() if not only or k in only}
    checks_sets = {"validation": load_corpus("validation"), "validation_b": load_corpus("validation_b")}
    replay = load_replay(None)[:replay_cap]
    t0 = time.time()
    feats = build_cache(base, {**sets, **checks_sets, "replay": replay}, LAYERS)
    emb = sentence_embeddings(sets)
    cache_s = time.time() - t0
    featurizer = make_featurizer(feats)
    base_net, config = base.net, base.config
    forget_base = {n: round(auroc(scores(base_net, config, feats, rows), [e.label for e in rows]), 4)
                   for n, rows in checks_sets.items()}
    results: dict = {"ns": list(ns), "eps": EPS, "trainable_layers": LAYERS, "replay_cap": replay_cap, "outcome_noise": OUTCOME_NOISE, "seeds": seeds,
                     "forgetting_base": forget_base, "sets": {}, "cache_seconds": round(cache_s, 1)}
    for name, rows in sets.items():
        base_scores_all = dict(zip((key(e.text, e.context) for e in rows), scores(base_net, config, feats, rows)))
        per_set: dict = {"n_items": len(rows), "runs": []}
        for seed in range(seeds):
            rng = random.Random(1000 + seed)
            groups: dict[str, list] = {}
            for e in rows:
                groups.setdefault(e.group, []).append(e)
            order = sorted(groups)
            rng.shuffle(order)
            pool_max = min(max(ns), len(rows) * 3 // 4)  # keep a quarter of the set as its test part at least
            pool, test = [], []
            for g in order:
                (pool if len(pool) + len(groups[g]) <= pool_max else test).extend(groups[g])
            ys_test = [e.label for e in test]
            base_test = [base_scores_all[key(e.text, e.context)] for e in test]
            for mode in modes:
                fb_all = feedback(pool, mode, base_scores_all, base_t["balanced"], random.Random(seed))
                for n in ns:
                    if n > len(pool):
                        continue
                    t_run = time.time()
                    row: dict = {"seed": seed, "mode": mode, "n": n, "test_n": len(test)}
                    if n == 0:
                        row.update(probe=binary_metrics(base_test, ys_test, base_t["balanced"]), refused=False)
                        per_set["runs"].append(row)
                        continue
                    recs = fb_all[:n]
                    cfg = LearnConfig(seed=13 + seed, trainable_layers=LAYERS)
                    pairs = [(r, record_target(r, cfg.rewards, cfg.ips_clip)) for r in recs]
                    pairs = [(r, t) for r, t in pairs if t is not None]
                    rs, ts = [r for r, _ in pairs], [t for _, t in pairs]
                    gs = [group_of(r) for r in rs]
                    held = split_groups(gs, [t.label for t in ts], cfg.held_out, cfg.seed)
                    tr = [i for i, g in enumerate(gs) if g not in held]
                    ho = [i for i, g in enumerate(gs) if g in held]
                    tr_t = normalize_bandit([ts[i] for i in tr])
                    held_ex = to_examples([rs[i] for i in ho], [ts[i] for i in ho])
                    labels = [e.label for e in held_ex]
                    net = copy.deepcopy(base_net)
                    fit_feedback(net, None, config, to_examples([rs[i] for i in tr], tr_t), [t.weight for t in tr_t],
                                 replay, cfg, featurizer=featurizer)
                    new_held = scores(net, config, feats, held_ex)
                    base_held = [base_scores_all[key(e.text, e.context)] for e in held_ex]
                    metric, mb, mn = compare(base_held, new_held, labels)
                    refused = is_worse(metric, mb, mn)
                    if refused:
                        row["probe"] = binary_metrics(base_test, ys_test, base_t["balanced"])
                    else:
                        th = calibrate_thresholds(new_held, labels) if 0 < sum(labels) < len(labels) else base_t
                        row["probe"] = binary_metrics(scores(net, config, feats, test), ys_test, th["balanced"])
                    row.update(refused=refused, held_check={"metric": metric, "base": round(mb, 4), "new": round(mn, 4)},
                               train_records=len(tr), held_records=len(ho))
                    # the same records with their true labels (the baseline is always fully labelled)
                    truth = {key(e.text, e.context): e for e in pool}
                    tr_rows = [truth[key(rs[i].text, rs[i].context)] for i in tr]
                    ho_rows = [truth[key(rs[i].text, rs[i].context)] for i in ho]
                    if mode == "labelled":
                        row["baseline_lr"] = logistic_baseline(emb, tr_rows, ho_rows, test, seed)
                        row["baseline_lr_all_n_auroc"] = logistic_baseline(emb, tr_rows + ho_rows, ho_rows, test, seed).get("auroc")
                    if n == max(k for k in ns if k <= len(pool)) and not refused:
                        row["forgetting"] = {c: round(auroc(scores(net, config, feats, r), [e.label for e in r]), 4)
                                             for c, r in checks_sets.items()}
                    row["seconds"] = round(time.time() - t_run, 1)
                    per_set["runs"].append(row)
                    print(f"{name} seed {seed} {mode:8s} N={n:4d}: AUROC {row['probe']['auroc']:.3f} "
                          f"F1 {row['probe']['f1_ask']:.3f} FA {row['probe']['false_alarm_rate']:.3f}"
                          + (" REFUSED" if refused else "")
                          + (f"  | LR {row['baseline_lr'].get('auroc', float('nan')):.3f}" if row.get("baseline_lr") else "")
                          + (f"  | forgetting {row['forgetting']}" if row.get("forgetting") else "")
                          + f"  ({row['seconds']} s)", flush=True)
        results["sets"][name] = per_set
    results["seconds"] = round(time.time() - t_start, 1)
    results["summary"] = summarize(results)
    return results


def summarize(results: dict) -> dict:
    """Mean over seeds of each (set, mode, N): AUROC / F1 / false-alarm rate, LR baseline, forgetting."""
    out: dict = {}
    for name, s in results["sets"].items():
        cells: dict = {}
        for r in s["runs"]:
            c = cells.setdefault(f"{r['mode']}:{r['n']}", {"auroc": [], "f1_ask": [], "false_alarm_rate": [],
                                                           "lr_auroc": [], "refused": 0, "forgetting": []})
            for m in ("auroc", "f1_ask", "false_alarm_rate"):
                c[m].append(r["probe"][m])
            if r.get("baseline_lr"):
                c["lr_auroc"].append(r["baseline_lr"]["auroc"])
            c["refused"] += int(r.get("refused", False))
            if r.get("forgetting"):
                c["forgetting"].append(r["forgetting"])
        out[name] = {k: {"auroc": _mean(v["auroc"]), "f1_ask": _mean(v["f1_ask"]),
                         "false_alarm_rate": _mean(v["false_alarm_rate"]), "lr_auroc": _mean(v["lr_auroc"]),
                         "refused": v["refused"], "runs": len(v["auroc"]),
                         "forgetting": {c: _mean([f[c] for f in v["forgetting"]]) for c in ("validation", "validation_b")}
                         if v["forgetting"] else None} for k, v in cells.items()}
    return out


def _mean(xs: list[float]) -> float | None:
    xs = [x for x in xs if x == x]
    return round(sum(xs) / len(xs), 4) if xs else None


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sets = list(results["summary"])
    fig, axes = plt.subplots(1, len(sets), figsize=(5.5 * len(sets), 4), squeeze=False)
    for ax, name in zip(axes[0], sets):
        s = results["summary"][name]
        for mode, style in (("labelled", "-o"), ("bandit", "--s")):
            pts = sorted((int(k.split(":")[1]), v["auroc"]) for k, v in s.items() if k.startswith(mode + ":"))
            ax.plot([p[0] for p in pts], [p[1] for p in pts], style, label=f"learned, {mode}")
        lr = sorted((int(k.split(":")[1]), v["lr_auroc"]) for k, v in s.items()
                    if k.startswith("labelled:") and v["lr_auroc"] is not None)
        ax.plot([p[0] for p in lr], [p[1] for p in lr], ":^", label="MiniLM + logistic regression")
        ax.axhline(0.80, color="grey", lw=0.8)
        ax.set_title(name)
        ax.set_xlabel("feedback records (N)")
        ax.set_ylabel("AUROC on the rest")
        ax.set_ylim(0.4, 1.0)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--ns", default=",".join(map(str, NS)))
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument("--layers", type=int, default=0, help="encoder layers trained beside the heads (LearnConfig.trainable_layers)")
    ap.add_argument("--sets", default="", help="comma-separated subset of ask_mind,triagesql")
    ap.add_argument("--modes", default="labelled,bandit")
    ap.add_argument("--replay-cap", type=int, default=None, help="use only the first K replay items (cheaper features)")
    a = ap.parse_args(argv)
    torch.set_num_threads(2)
    global LAYERS
    LAYERS = a.layers
    results = run(a.seeds, tuple(int(x) for x in a.ns.split(",")), [x for x in a.sets.split(",") if x] or None,
                  tuple(a.modes.split(",")), a.replay_cap)
    a.out.write_text(json.dumps(results, indent=1))
    plot(results, a.out.with_name("curves.png" if a.out.name == "results.json" else a.out.stem + ".png"))
    print(json.dumps(results["summary"], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
