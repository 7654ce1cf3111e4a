"""The speedrun's record: every checkpoint of a `tiny3d train --preset speedrun` run judged at 256 points (base model
alone, lesson 09's judge trained at 256 points), against the minutes since the run started; then the last checkpoint at
the command line's defaults (with the shipped upsampler, 1,024 points, the 1,024-point judge), over `--draws` draws
(4 by default).
Writes results/speedrun.json, which lesson 06 reads, keeping its `variants` (other recipes' records).

Usage, from nbs/: OMP_NUM_THREADS=2 python results/speedrun_report.py --run ../runs/speedrun --data ../data/modelnet10
        [--judge256 FILE] [--judge1024 FILE] [--draws 4] [--out results/speedrun.json]"""
import argparse, json
from pathlib import Path
import numpy as np, torch
from tiny3d.data import load_training_data
from tiny3d.train import TrainConfig
from tiny3d.sample import Pipeline
from tiny3d.metrics import PointNet, train_classifier, evaluate_model

ap = argparse.ArgumentParser()
ap.add_argument("--run", required=True); ap.add_argument("--data", required=True)
ap.add_argument("--judge256", default=None); ap.add_argument("--judge1024", default=None)
ap.add_argument("--out", default="results/speedrun.json"); ap.add_argument("--draws", type=int, default=4)
a = ap.parse_args()
tr, va = load_training_data(TrainConfig(data=a.data, n_points=1024, augment=False))   # the seed-0 split training used
rng = np.random.default_rng(0)
sub = lambda P: np.stack([p[rng.choice(len(p), 256, replace=False)] for p in P])
Xtr256, Xva256, Xva = sub(tr.points), sub(va.points), np.asarray(va.points)

def judge(path, X):
    if path and Path(path).exists():
        j = PointNet(len(tr.classes)); j.load_state_dict(torch.load(path)); return j.eval()
    j = train_classifier(X, tr.labels, len(tr.classes), steps=4000 if X.shape[1] > 256 else 3000)
    if path: torch.save(j.state_dict(), path)
    return j

j256, j1024 = judge(a.judge256, Xtr256), judge(a.judge1024, np.asarray(tr.points))
run = Path(a.run); t_start = (run / "embeddings.safetensors").stat().st_mtime   # written just before training starts
per = lambda ev, k: float(np.mean(list(ev[k].values())))
curve = []
for ck in sorted((run / "ckpt").glob("step-*")):
    pipe = Pipeline.from_checkpoint(ck, upsampler=None, cache=False)
    ev = evaluate_model(pipe, j256, Xva256, va.labels, va.classes, n_per_class=10, seed=0, progress=False, n_points=256)
    curve.append({"step": int(ck.name.split("-")[1]), "minutes": (ck.stat().st_mtime - t_start) / 60,
                  "judged_right": per(ev, "per_class_acc_generated"), "1-NNA-CD": per(ev, "1-NNA-CD_per_class")})
    print(curve[-1], flush=True)
pipe = Pipeline.from_checkpoint(run, cache=False)          # the last checkpoint, with the shipped upsampler
draws = []
for d in range(a.draws):
    ev = evaluate_model(pipe, j1024, Xva, va.labels, va.classes, n_per_class=10, seed=1000 * d, progress=False)
    draws.append({"judged_right": per(ev, "per_class_acc_generated"), "1-NNA-CD": per(ev, "1-NNA-CD_per_class"),
                  "COV-CD": per(ev, "COV-CD_per_class")})
    print(draws[-1], flush=True)
cfg = json.loads((run / "ckpt" / (run / "ckpt" / "latest").read_text().strip() / "config.json").read_text())
old = json.loads(Path(a.out).read_text()) if Path(a.out).exists() else {}
out = {"curve": curve, "final_draws": draws, "steps": cfg["step"], "train": cfg["train"],
       "final": {k: float(np.mean([d[k] for d in draws])) for k in draws[0]},
       "variants": old.get("variants", [])}     # other recipes' records, kept as they were
Path(a.out).write_text(json.dumps(out, indent=1) + "\n")
print(json.dumps(out["final"]))
