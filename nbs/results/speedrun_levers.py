"""The speedrun's lever table: short runs on ModelNet10 (one thread, lesson 03's small model, batch 32, AdamW, EMA
warmed up unless the row says not), one lever changed per row, each judged at 256 points by lesson 09's judge trained
at 256 points (10 samples per class prompt, the pipeline's defaults, base model alone). A row that changes the time
per step gets the steps that fill the same time (the ratios measured in one run: 128 points 0.55x the time of 256, 64
points 0.25x, Muon 1.13x). Logit-normal timesteps and the v and x0 prediction targets live only here; Muon is the
trainer's optimizer="muon" (lesson 06's MuonAdamW). A target row keeps the trainer and the samplers as they are: a
forward hook turns the network's v (or x0) into the epsilon they expect, so the min-SNR-weighted epsilon loss is
exactly min-SNR's v (or x0) loss (Hang et al. 2023), and sampling is unchanged. Updates the `rows` of
results/speedrun_levers.json, by lever name.

Usage, from nbs/: OMP_NUM_THREADS=1 python results/speedrun_levers.py --data ../data/modelnet10 [--only NAME ...]
        [--judge FILE] [--redraw SEED]
--redraw SEED trains nothing: it samples the rows' saved checkpoints (in --out) again with that seed and records the
figures as the row's `second_draw` (sampling noise only; a second training seed would also vary the weights)."""
import argparse, json
from pathlib import Path
import numpy as np, torch
import tiny3d.train as T
from tiny3d.train import Trainer, TrainConfig
from tiny3d.data import load_training_data
from tiny3d.metrics import PointNet, train_classifier, evaluate_model
from tiny3d.sample import Pipeline

# every row: warm-up over a tenth of the steps (at most 100) unless the row sets it, then cosine decay to a tenth
BASE = dict(model="small", n_points=256, steps=600, batch_size=32, augment=False, ema_warmup=True)
# lever: (TrainConfig overrides, extra), extra being "raw" (judge the raw weights), "logit-normal", "v" or "x0"
LEVERS = {
    "EMA 0.999, no warm-up (the old default)": (dict(ema_warmup=False), None),
    "EMA 0.999 with warm-up": ({}, None),
    "no EMA (the raw weights, same run)": ({}, "raw"),
    "EMA warm-up, peak lr 2e-3 (not 1e-3)": (dict(lr=2e-3), None),
    "EMA warm-up, batch 64 for 300 steps": (dict(batch_size=64, steps=300), None),
    "lr 2e-3, logit-normal timesteps": (dict(lr=2e-3), "logit-normal"),
    "lr 2e-3, Muon (530 steps, same time)": (dict(lr=2e-3, steps=530, optimizer="muon"), None),
    "lr 2e-3, 128 points a cloud (1,090 steps, same time)": (dict(lr=2e-3, n_points=128, steps=1090), None),
    "lr 2e-3, 64 points a cloud (2,420 steps, same time)": (dict(lr=2e-3, n_points=64, steps=2420), None),
    "lr 2e-3, width 192, depth 3 (620 steps, same time)": (dict(lr=2e-3, steps=620,
                                                               model_overrides={"width": 192, "depth": 3}), None),
    "lr 2e-3, v prediction": (dict(lr=2e-3), "v"),
    "lr 2e-3, x0 prediction": (dict(lr=2e-3), "x0"),
    "lr 2e-3, plain MSE (min-SNR off)": (dict(lr=2e-3, min_snr_gamma=None), None),
    "lr 2e-3, no lr warm-up": (dict(lr=2e-3, warmup=0), None),
    "lr 2e-3, constant lr after warm-up (no decay)": (dict(lr=2e-3, min_lr_frac=1.0), None),
}

def logit_normal(B, T_, g, low_frac=0.0, low_max=100):
    "Timesteps T * sigmoid(N(0, 1)): most of them mid-way (SD3's rectified-flow sampling), few at the ends."
    return (torch.sigmoid(torch.randn(B, generator=g)) * T_).long().clamp(0, T_ - 1)

def as_epsilon(model, sched, target):
    "Make `model`, whose network predicts `target` ('v' or 'x0'), return epsilon, by a forward hook."
    ab = sched.alpha_bar.float()
    def hook(mod, args, out):
        x, t = args[0], args[1]
        a = ab.to(x.device)[t.long()].view(-1, *[1] * (x.dim() - 1))
        out = out.float()
        if target == "v": return a.sqrt() * out + (1 - a).sqrt() * x        # eps = sqrt(a) v + sqrt(1-a) x_t
        return (x - a.sqrt() * out) / (1 - a).sqrt()                        # eps = (x_t - sqrt(a) x0) / sqrt(1-a)
    model.register_forward_hook(hook)

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True); ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--judge", default=None); ap.add_argument("--out", default="../runs/levers")
    ap.add_argument("--redraw", type=int, default=None)
    a = ap.parse_args()
    torch.set_num_threads(1)
    tr, va = load_training_data(TrainConfig(data=a.data, n_points=256, augment=False))
    rng = np.random.default_rng(0)
    sub = lambda P: np.stack([p[rng.choice(len(p), 256, replace=False)] for p in P])
    Xtr, Xva = sub(tr.points), sub(va.points)
    if a.judge and Path(a.judge).exists():
        judge = PointNet(len(tr.classes)); judge.load_state_dict(torch.load(a.judge)); judge.eval()
    else:
        judge = train_classifier(Xtr, tr.labels, len(tr.classes), steps=3000)
        if a.judge: torch.save(judge.state_dict(), a.judge)
    per = lambda ev, k: float(np.mean(list(ev[k].values())))
    UNIFORM = T.training_timesteps
    res_file = Path("results/speedrun_levers.json"); record = json.loads(res_file.read_text())
    rows = {r["lever"]: r for r in record["rows"]}
    for i, (lever, (over, extra)) in enumerate(LEVERS.items()):
        if a.only is not None and lever not in a.only and str(i) not in a.only: continue
        T.training_timesteps = logit_normal if extra == "logit-normal" else UNIFORM   # the trainer's module global
        kw = {**BASE, **over}
        cfg = TrainConfig(data=a.data, save_every=10_000, keep=1, **{"warmup": min(100, kw["steps"] // 10), **kw})
        out = Path(a.out) / f"lever{i}"
        if a.redraw is None:              # train the row
            t = Trainer(cfg, out, progress=False)
            if extra in ("v", "x0"):
                for m in (t.model, t.ema): as_epsilon(m, t.sched, extra)
            t.fit()
        elif not (out / "ckpt").exists(): raise SystemExit(f"--redraw: no checkpoint in {out}; train the row first")
        pipe = Pipeline.from_checkpoint(out, upsampler=None, cache=False)
        if extra in ("v", "x0"): as_epsilon(pipe.stages[0].model, pipe.stages[0].sched, extra)
        if a.redraw is None:
            weights = t.model if extra == "raw" else t.ema
            pipe.stages[0].model.load_state_dict(weights.state_dict())
        seed = 0 if a.redraw is None else a.redraw
        ev = evaluate_model(pipe, judge, Xva, va.labels, va.classes, n_per_class=10, seed=seed, progress=False,
                            n_points=256)
        figs = {"judged_right": per(ev, "per_class_acc_generated"), "1-NNA-CD": per(ev, "1-NNA-CD_per_class"),
                "COV-CD": per(ev, "COV-CD_per_class")}
        if a.redraw is not None:          # a second draw of the saved checkpoint: sampling noise only
            rows[lever] = {**rows[lever], "second_draw": {"seed": seed, **figs}}
        else:
            ema = t.ema; t.ema = weights; vl = t.estimate_val_loss(8); t.ema = ema
            rows[lever] = {"lever": lever, **figs, "val_loss": vl}   # new weights: an old second draw goes
        print(json.dumps(rows[lever]), flush=True)
        record["rows"] = [rows[k] for k in LEVERS if k in rows]   # written row by row: a long table survives a stop
        res_file.write_text(json.dumps(record, indent=1))
