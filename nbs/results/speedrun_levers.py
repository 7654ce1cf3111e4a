"""The speedrun's lever table: short runs on ModelNet10 (600 steps, one thread, lesson 03's small model, batch 32, AdamW
1e-3), each judged at 256 points by lesson 09's judge trained at 256 points (10 samples per class prompt, the
pipeline's defaults, base model alone). Rows: the EMA without warm-up, with warm-up, and the raw weights of the
warmed-up run. Writes the `rows` of results/speedrun_levers.json.

Usage, from nbs/: OMP_NUM_THREADS=1 python results/speedrun_levers.py --data ../data/modelnet10 [--steps 600]"""
import argparse, json
from pathlib import Path
import numpy as np, torch
from tiny3d.train import Trainer, TrainConfig
from tiny3d.data import load_training_data
from tiny3d.metrics import train_classifier, evaluate_model
from tiny3d.sample import Pipeline

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True); ap.add_argument("--steps", type=int, default=600)
ap.add_argument("--out", default="../runs/levers"); a = ap.parse_args()
torch.set_num_threads(1)
tr, va = load_training_data(TrainConfig(data=a.data, n_points=256, augment=False))
rng = np.random.default_rng(0)
sub = lambda P: np.stack([p[rng.choice(len(p), 256, replace=False)] for p in P])
Xtr, Xva = sub(tr.points), sub(va.points)
judge = train_classifier(Xtr, tr.labels, len(tr.classes), steps=3000)
per = lambda ev, k: float(np.mean(list(ev[k].values())))

def judged(trainer, weights) -> dict:
    "The run's pipeline (base model alone) with `weights` loaded, judged; and those weights' validation loss."
    pipe = Pipeline.from_checkpoint(trainer.out, upsampler=None, cache=False)
    pipe.stages[0].model.load_state_dict(weights.state_dict())
    ev = evaluate_model(pipe, judge, Xva, va.labels, va.classes, n_per_class=10, seed=0, progress=False, n_points=256)
    ema = trainer.ema; trainer.ema = weights; vl = trainer.estimate_val_loss(8); trainer.ema = ema
    return {"judged_right": per(ev, "per_class_acc_generated"), "1-NNA-CD": per(ev, "1-NNA-CD_per_class"),
            "COV-CD": per(ev, "COV-CD_per_class"), "val_loss": vl}

rows = []
for warm in (False, True):
    cfg = TrainConfig(model="small", data=a.data, n_points=256, steps=a.steps, batch_size=32,
                      warmup=min(100, a.steps // 10), augment=False, ema_warmup=warm, save_every=a.steps, keep=1)
    t = Trainer(cfg, Path(a.out) / f"ema_warmup_{warm}", progress=False).fit()
    rows.append({"lever": "EMA 0.999 with warm-up" if warm else "EMA 0.999, no warm-up", **judged(t, t.ema)})
    if warm: rows.append({"lever": "no EMA (the raw weights, same run)", **judged(t, t.model)})
print(json.dumps(rows, indent=1))
