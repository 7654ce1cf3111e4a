"""Reproduce results/upsampler_hand.json, lesson 10's section "What the hand is not".

Real validation clouds (399) with four kinds of 256-point condition: a random subset (as upsampler_views.py), an
evenly spread one (farthest-point sampling: no close pairs at all), and the random subset jittered by 0.01 or 0.02;
one set touched by the base model (t <= 100); each upsampled with the shipped settings and judged. Plus, on the 32
cached draws, the dense cloud made of 1,024 new points alone (no base points). Needs the judges and draws that
upsampler_views.py caches in --work (run it first). About 20 minutes on one core; every piece is cached in --work, so
two processes given different --runs share the work:

    TINY3D_DATA=/path/to/data OMP_NUM_THREADS=1 python nbs/results/upsampler_hand.py [--work DIR] [--runs 0,1]

The dense verdicts can differ by a verdict or two per draw on another CPU: the upsampler runs under bfloat16 autocast.
"""
import argparse, json, time
from pathlib import Path

import numpy as np
import torch

from tiny3d.degrade import degraded_conditions
from tiny3d.sample import UP_STRAY
from tiny3d.text import class_prompt
from tiny3d.upsample import keep_new_points
import upsampler_views as uv

HERE = Path(__file__).resolve().parent
VIEWS = ("random", "even", "jitter_0.01", "jitter_0.02")


def even(X, n, seed):
    "Farthest-point sampling from a random first point: n points spread as evenly as the cloud allows."
    g, out = np.random.default_rng(seed), []
    for c in X:
        idx = [int(g.integers(len(c)))]; d = np.linalg.norm(c - c[idx[0]], axis=1)
        for _ in range(n - 1):
            idx.append(int(d.argmax())); d = np.minimum(d, np.linalg.norm(c - c[idx[-1]], axis=1))
        out.append(c[idx])
    return np.stack(out).astype(np.float32)


def close_pairs(X):
    "5th percentile of each point's distance to its nearest neighbour: how close the closest pairs come."
    X = torch.as_tensor(X).float(); d = torch.cdist(X, X); d.diagonal(dim1=1, dim2=2).fill_(float("inf"))
    return float(d.min(-1).values.quantile(0.05))


def main(work:Path, runs):
    acc, pipe, va, up = uv.harness(work)
    P, y = va.points, va.labels
    rc = pipe.embed([class_prompt(va.classes[c], 0) for c in y])
    for r in runs:                                             # 1. real conditions of four kinds, upsampled
        g = np.random.default_rng(100 + r); S = uv.sub(P, 256, r).astype(np.float32)
        conds = {"random": S, "even": even(P, 256, r), "jitter_0.01": S + 0.01 * g.standard_normal(S.shape),
                 "jitter_0.02": S + 0.02 * g.standard_normal(S.shape)}
        for name, C in conds.items():
            f = work / f"hand_{name}_{r}.json"
            if f.exists(): continue
            C = torch.as_tensor(C, dtype=torch.float32); new = up(C, rc, 50 + 1000 * r, 1024, 50)
            X = uv.dense(C, new).numpy()
            f.write_text(json.dumps({"cond": acc(C.numpy(), y), "dense": acc(X, y), "close": close_pairs(C)}))
            print(f"{name} {r}: {f.read_text()}", flush=True)
    if not all((work / f"hand_{v}_{r}.json").exists() for v in VIEWS for r in range(4)):
        return print("some runs are still missing; run again (other --runs) to finish")
    out = {"real": {v: [json.loads((work / f"hand_{v}_{r}.json").read_text()) for r in range(4)] for v in VIEWS}}
    S = degraded_conditions("shipped", torch.as_tensor(P), rc, 256, variants=1, t_max=100, seed=1000,
                            progress=False)["low"][:, 0]      # 2. touched by the base model, as upsampler_views.py
    X = uv.dense(S, up(S, rc, 77, 1024, 50)).numpy()
    out["touched_100"] = {"cond": acc(S.numpy(), y), "dense": acc(X, y), "close": close_pairs(S)}
    want = np.repeat(np.arange(len(va.classes)), 10)           # 3. the 32 draws: no base points in the output
    rows = {k: [] for k in ("base", "dense", "new_only", "close")}
    for seed in range(100, 3300, 100):
        low, new = (torch.as_tensor(np.load(work / f"{k}_{seed}.npy")) for k in ("base", "new"))
        rows["base"].append(acc(low.numpy(), want)); rows["close"].append(close_pairs(low))
        rows["dense"].append(acc(uv.dense(low, new).numpy(), want))
        rows["new_only"].append(acc(uv.pick(new, keep_new_points(low, new, 1024, UP_STRAY)).numpy(), want))
    out["draws"] = {"seeds": list(range(100, 3300, 100)), **rows}
    out["about"] = ("lesson 10's section 'What the hand is not': verdicts are the share judged right, mean of the "
                    "three judges of the cloud's size; real: four draws of each condition kind on the 399 validation "
                    "clouds; close: 5th percentile of the nearest-neighbour distance in the condition; draws: 100 base "
                    "clouds each, dense = base + 768 new points (the shipped rule), new_only = 1,024 of 1,280 new "
                    "points")
    uv.write_rounded(out, HERE / "upsampler_hand.json")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=HERE.parent.parent / "runs" / "upsampler_views",
                    help="upsampler_views.py's cache of judges and draws (default: runs/upsampler_views)")
    ap.add_argument("--runs", default="0,1,2,3", help="which of the four real-condition draws this process makes")
    a = ap.parse_args(); t0 = time.time(); main(a.work, [int(r) for r in a.runs.split(",")])
    print(f"{time.time() - t0:.0f} s")
