"""Ablations of the probe's training recipe on cached frozen features.

    python -m training.ablate '[{}, {"w_pair": 0.5}, {"exclude": ["corpus-handwritten_openqa"]}]' \
        [extra,sets,to,score]      # e.g. validation_b,handwritten_openqa

Each JSON object is a variant: TrainConfig fields (epochs, lr_heads, w_type, w_subtype, w_span,
w_pair, trainable_layers, ...; ``{}`` is the shipped recipe, ``"trainable_layers": 0`` the fast
frozen-encoder one) plus optional "seeds" (a list: scores are averaged, an ensemble) and "exclude"
(corpus datasets left out of training: a leave-one-out row). The frozen MiniLM features of every
corpus part are computed once (per number of fine-tuned top layers) and cached in
$ASKSAFE_ABLATE_CACHE (default /tmp/asksafe-ablate).
One JSON line per variant: AUROC on the calibration half of validation.jsonl (select on this),
metrics on the report half at the balanced threshold from the calibration half, and AUROC / F1 /
false alarms on each extra set. Model score only (no structural checks, one truncated window).
"""
import copy, sys, json, time, os
from pathlib import Path
import torch
torch.set_num_threads(1)
from asksafe.probe import build_net
from asksafe.train import (TrainConfig, _subtype_vocab, auroc, binary_metrics, calibrate_thresholds,
                           featurize, fit_top, split_by_group)
from training.train import OWN_SOURCES
from asksafe.training_data import load_corpus
from training.lodo import model_scores

CACHE = Path(os.environ.get("ASKSAFE_ABLATE_CACHE", "/tmp/asksafe-ablate"))


def cached_features(net, tok, name: str, examples: list, layers: int = 0) -> list[dict]:
    """Frozen-encoder features of ``examples`` (below the top ``layers``), computed once and kept in CACHE."""
    CACHE.mkdir(parents=True, exist_ok=True)
    f = CACHE / (f"f_{name}.pt" if not layers else f"f_{name}_top{layers}.pt")
    if f.exists():
        return torch.load(f)
    t = time.time()
    feats = featurize(net, tok, examples, layers)
    torch.save(feats, f)
    print(f"featurized {name} {len(examples)} in {time.time() - t:.0f}s", flush=True)
    return feats


def _mean(runs: list[list[float]]) -> list[float]:
    return [sum(x) / len(x) for x in zip(*runs)]


def main() -> None:
    variants = json.loads(sys.argv[1])
    extra = sys.argv[2].split(",") if len(sys.argv) > 2 else []
    parts = {s: load_corpus(s) for s in OWN_SOURCES}
    train_ex = [e for rows in parts.values() for e in rows]
    calib, report = split_by_group(load_corpus("validation"))
    others = {v: load_corpus(v) for v in extra}
    net0, tok = build_net({"subtypes": _subtype_vocab(train_ex, TrainConfig().max_subtypes),
                           "trainable_layers": 0, "batch_size": 32})

    def features(layers: int) -> dict:
        return {"_train": [f for s, rows in parts.items() for f in cached_features(net0, tok, s, rows, layers)],
                "calib": cached_features(net0, tok, "val_calib", calib, layers),
                "report": cached_features(net0, tok, "val_report", report, layers),
                **{v: cached_features(net0, tok, v, ex, layers) for v, ex in others.items()}}

    by_layers: dict[int, dict] = {}
    print("train n", len(train_ex), "sources", list(parts), flush=True)
    for var in variants:
        seeds = var.pop("seeds", [13])
        excl = var.pop("exclude", [])
        layers = var.setdefault("trainable_layers", TrainConfig.trainable_layers)  # {} = the shipped recipe
        if layers not in by_layers:
            by_layers[layers] = features(layers)
        feats = by_layers[layers]
        idx = [i for i, e in enumerate(train_ex) if e.dataset not in excl]
        runs: dict[str, list[list[float]]] = {"calib": [], "report": [], **{v: [] for v in others}}
        t = time.time()
        for seed in seeds:
            cfg = TrainConfig(seed=seed, **var)
            subtypes = _subtype_vocab([train_ex[i] for i in idx], cfg.max_subtypes)
            net, _ = build_net({"subtypes": subtypes, "trainable_layers": 0, "batch_size": 32})
            net.encoder = copy.deepcopy(net0.encoder) if layers else net0.encoder
            fit_top(net, {"subtypes": subtypes}, [feats["_train"][i] for i in idx], cfg)
            for name in runs:
                runs[name].append(model_scores(net, feats[name], subtypes, layers))
        cs, rs = _mean(runs["calib"]), _mean(runs["report"])
        th = calibrate_thresholds(cs, [e.label for e in calib])["balanced"]
        res = {"var": var, "seeds": seeds, "excl": excl,
               "calib_auroc": round(auroc(cs, [e.label for e in calib]), 4),
               "report": binary_metrics(rs, [e.label for e in report], th),
               "full_val_auroc": round(auroc(cs + rs, [e.label for e in calib + report]), 4)}
        for v, ex in others.items():
            ys, s = [e.label for e in ex], _mean(runs[v])
            m = binary_metrics(s, ys, th)
            res[v] = {"auroc": round(auroc(s, ys), 4), "f1_ask": m["f1_ask"], "false_alarm_rate": m["false_alarm_rate"]}
        res["secs"] = round(time.time() - t)
        print(json.dumps(res), flush=True)


if __name__ == "__main__":
    main()
