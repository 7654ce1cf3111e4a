"""Evaluate a shipped pair (ModelNet40 by default) at the command line's defaults on its validation split; writes JSON.

The validation split is the one training carved out (stratified 10%, seed 0). The judge is lesson 09's PointNet,
trained on the train part at 1,024 points (4,000 steps, seed 0; about 12 minutes of one core); each class prompt
("an airplane", ...) gets 10 samples per draw, scored by the judge, and per class 1-NNA-CD, COV-CD and MMD-CD against
10 validation clouds of that class (lesson 09's `evaluate_model`; the few classes with fewer than 10 validation clouds,
such as bowl, are judged but get no set metrics).

Usage, from nbs/: OMP_NUM_THREADS=1 python results/modelnet40_eval.py --data ../data/modelnet40 [--draws 2]
        [--model modelnet40|modelnet10] [--base CKPT] [--upsampler CKPT|shipped|none] [--judge FILE] [--out FILE]"""
import argparse, json, time
from pathlib import Path
import numpy as np, torch
from tiny3d.data import load_training_data
from tiny3d.train import TrainConfig
from tiny3d.sample import Pipeline
from tiny3d.metrics import PointNet, train_classifier, classify, evaluate_model

ap = argparse.ArgumentParser()
ap.add_argument("--data", required=True, help="the prepared ModelNet40 train split (tiny3d prepare --out ...)")
ap.add_argument("--model", default="modelnet40", help="the shipped model whose base (default) and upsampler to use")
ap.add_argument("--base", default=None, help="base checkpoint (default: the shipped model's base)")
ap.add_argument("--upsampler", default="shipped")
ap.add_argument("--judge", default=None, help="a saved judge state dict to reuse (trained and saved here if missing)")
ap.add_argument("--draws", type=int, default=2)
ap.add_argument("--out", default="results/modelnet40_eval.json")
a = ap.parse_args()
torch.set_num_threads(1)
tr, va = load_training_data(TrainConfig(data=a.data, n_points=1024, augment=False))   # the split training carved
Xtr, Xva = np.asarray(tr.points), np.asarray(va.points)
if a.judge and Path(a.judge).exists():
    judge = PointNet(len(tr.classes)); judge.load_state_dict(torch.load(a.judge)); judge.eval()
else:
    judge = train_classifier(Xtr, tr.labels, len(tr.classes), steps=4000)
    if a.judge: torch.save(judge.state_dict(), a.judge)
pred, _ = classify(judge, Xva)
real = {c: float((pred[va.labels == i] == i).mean()) for i, c in enumerate(va.classes)}
up = None if a.upsampler == "none" else a.upsampler
pipe = Pipeline.from_checkpoint(a.base, model=a.model, upsampler=up)
draws = []
for d in range(a.draws):
    t0 = time.time()
    ev = evaluate_model(pipe, judge, Xva, va.labels, va.classes, n_per_class=10, seed=1000 * d, progress=False,
                        n_points=pipe.out_points)
    ev.pop("generated"); ev["seconds"] = time.time() - t0; draws.append(ev)
    print(f"draw {d}: judged right {np.mean(list(ev['per_class_acc_generated'].values())):.3f}, 1-NNA-CD "
          f"{ev['1-NNA-CD_mean']:.3f}, COV-CD {ev['COV-CD_mean']:.3f} ({ev['seconds']:.0f}s)", flush=True)
mean = lambda k: float(np.mean([np.mean(list(e[k].values())) for e in draws]))
spread = lambda k: [float(np.mean(list(e[k].values()))) for e in draws]
per_class = {c: float(np.mean([e["per_class_acc_generated"][c] for e in draws])) for c in va.classes}
out = {"validation_clouds": len(va.labels), "points": pipe.out_points, "draws": a.draws, "samples_per_class": 10,
       "judge_real_acc_mean_per_class": float(np.mean(list(real.values()))),
       "judge_real_acc_per_class": real,
       "judged_right_mean": mean("per_class_acc_generated"), "judged_right_draws": spread("per_class_acc_generated"),
       "1-NNA-CD_mean": mean("1-NNA-CD_per_class"), "1-NNA-CD_draws": spread("1-NNA-CD_per_class"),
       "COV-CD_mean": mean("COV-CD_per_class"), "COV-CD_draws": spread("COV-CD_per_class"),
       "MMD-CD_mean": mean("MMD-CD_per_class"), "per_class_judged_right": per_class,
       "per_class_1-NNA-CD": {c: float(np.mean([e["1-NNA-CD_per_class"][c] for e in draws]))
                              for c in draws[0]["1-NNA-CD_per_class"]}}   # classes with 10 validation clouds
Path(a.out).write_text(json.dumps(out, indent=1) + "\n")
print(json.dumps({k: v for k, v in out.items() if not isinstance(v, dict)}, indent=1))
