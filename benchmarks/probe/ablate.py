"""Ablations of the probe's training recipe on cached frozen features.

    python benchmarks/probe/ablate.py '[{}, {"w_pair": 0.5}, {"exclude": ["corpus-handwritten_openqa"]}]' \
        [extra,sets,to,score]      # e.g. validation_b,handwritten_openqa

Each JSON object is a variant: TrainConfig fields (epochs, lr_heads, w_type, w_subtype, w_span,
w_pair, ...) plus optional "seeds" (a list: scores are averaged, an ensemble) and "exclude"
(corpus datasets left out of training: a leave-one-out row). The frozen MiniLM features of every
corpus part are computed once and cached in $ASKSAFE_ABLATE_CACHE (default /tmp/asksafe-ablate).
One JSON line per variant: AUROC on the calibration half of validation.jsonl (select on this),
metrics on the report half at the balanced threshold from the calibration half, and AUROC / F1 /
false alarms on each extra set. Model score only (no structural checks, one truncated window).
"""
import sys, json, time, random, os
from pathlib import Path
import torch
torch.set_num_threads(1)
from asksafe.probe import build_net
from asksafe.train import (OWN_SOURCES, TrainConfig, _collate, _subtype_vocab, auroc, binary_metrics,
                           calibrate_thresholds, featurize, fit_top, split_by_group, _top_forward)
from asksafe.training_data import load_corpus

CACHE = Path(os.environ.get("ASKSAFE_ABLATE_CACHE", "/tmp/asksafe-ablate"))
def load_all(sources):
    ex = []
    for s in sources:
        rows = load_corpus(s)
        ex.extend(rows)
    return ex

def feats_for(net, tok, name, examples):
    CACHE.mkdir(parents=True, exist_ok=True)
    f = CACHE / f"f_{name}.pt"
    if f.exists():
        return torch.load(f)
    t=time.time()
    ft = featurize(net, tok, examples, 0)
    torch.save(ft, f)
    print(f"featurized {name} {len(examples)} in {time.time()-t:.0f}s", flush=True)
    return ft

@torch.no_grad()
def scores(net, feats, subtypes):
    out=[]
    for i in range(0,len(feats),64):
        d=_collate(feats[i:i+64], subtypes)
        ask,*_=_top_forward(net,d,0)
        out.extend(torch.sigmoid(ask).tolist())
    return out

def main():
    variants = json.loads(sys.argv[1])
    sources = [s for s in OWN_SOURCES]
    extra_val = sys.argv[2].split(",") if len(sys.argv) > 2 else []
    train_ex=[]; parts={}
    for s in sources:
        parts[s]=load_corpus(s); train_ex.extend(parts[s])
    val = load_corpus("validation")
    calib, report = split_by_group(val)
    cfg0=TrainConfig()
    net0, tok = build_net({"subtypes": _subtype_vocab(train_ex, cfg0.max_subtypes), "trainable_layers":0, "batch_size":32})
    tf=[]
    for s in sources:
        tf.extend(feats_for(net0,tok,s,parts[s]))
    cf=feats_for(net0,tok,"val_calib",calib); rf=feats_for(net0,tok,"val_report",report)
    others={v: (load_corpus(v), None) for v in extra_val}
    others={v:(ex, feats_for(net0,tok,v,ex)) for v,(ex,_) in others.items()}
    print("train n", len(tf), "sources", sources, flush=True)
    for var in variants:
        seeds = var.pop("seeds", [13])
        excl = var.pop("exclude", [])
        idx=[i for i,e in enumerate(train_ex) if e.dataset not in excl]
        sub_tf=[tf[i] for i in idx]
        cs_all=[];rs_all=[];os_all={v:[] for v in others}
        t=time.time()
        for seed in seeds:
            cfg=TrainConfig(seed=seed, **var)
            subtypes=_subtype_vocab([train_ex[i] for i in idx], cfg.max_subtypes)
            net, _ = build_net({"subtypes": subtypes, "trainable_layers":0, "batch_size":32})
            net.encoder = net0.encoder
            fit_top(net, {"subtypes":subtypes}, sub_tf, cfg)
            cs_all.append(scores(net,cf,subtypes)); rs_all.append(scores(net,rf,subtypes))
            for v,(ex,ff) in others.items(): os_all[v].append(scores(net,ff,subtypes))
        avg=lambda L:[sum(x)/len(x) for x in zip(*L)]
        cs,rs=avg(cs_all),avg(rs_all)
        th=calibrate_thresholds(cs,[e.label for e in calib])
        m=binary_metrics(rs,[e.label for e in report],th["balanced"])
        res={"var":var,"seeds":seeds,"excl":excl,"calib_auroc":round(auroc(cs,[e.label for e in calib]),4),"report":m,"full_val_auroc":round(auroc(cs+rs,[e.label for e in calib+report]),4)}
        for v,(ex,ff) in others.items():
            s=avg(os_all[v]); res[v]={"auroc":round(auroc(s,[e.label for e in ex]),4), **{k:val for k,val in binary_metrics(s,[e.label for e in ex],th["balanced"]).items() if k in ("f1_ask","false_alarm_rate")}}
        res["secs"]=round(time.time()-t)
        print(json.dumps(res), flush=True)
if __name__ == "__main__":
    main()
