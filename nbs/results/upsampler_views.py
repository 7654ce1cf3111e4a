"""Reproduce results/upsampler_views.json, lesson 10's section "Where the gap comes from".

Six PointNet judges (three per size, lesson 09's recipe), 32 draws of 100 base clouds (seeds 100-3,200), 1,280
candidate new points per cloud, then every view the section prints. About 80 minutes on one core of our 2-core
machine, most of it the judges; every stage is cached in --work, so a stopped run picks up where it was.

    TINY3D_DATA=/path/to/data OMP_NUM_THREADS=1 python nbs/results/upsampler_views.py [--work DIR] [--quick]

--quick checks the plumbing in a few minutes (one judge per size, 100 steps, four draws, 40 real clouds); its numbers
mean nothing, and it writes them to quick.json in --work, not beside this file.
"""
import argparse, json, time
from pathlib import Path

import numpy as np
import torch

from tiny3d.data import load_training_data
from tiny3d.degrade import degraded_conditions
from tiny3d.diffusion import run_to_end
from tiny3d.metrics import PointNet, classify, train_classifier
from tiny3d.sample import UP_BF16, UP_SAMPLER, UP_SPARE, UP_START, UP_STEPS, UP_STRAY, Pipeline
from tiny3d.text import class_prompt
from tiny3d.train import train_config
from tiny3d.upsample import keep_new_points, upsample_progressive

HERE = Path(__file__).resolve().parent


def sub(X, n, seed):
    "A random n-point subset of every cloud (lesson 10's panel code)."
    rng = np.random.default_rng(seed)
    return X if n >= X.shape[1] else np.stack([c[rng.choice(len(c), n, replace=False)] for c in X])


def legs(X, frac=0.3):
    "Share of each cloud's points in the lowest `frac` of its height."
    z = X[..., 2]; lo, hi = z.min(1, keepdims=True), z.max(1, keepdims=True)
    return ((z - lo) < frac * (hi - lo)).mean(1)


def keep_quota(low, new, n_keep, stray):
    "Strays last; otherwise each base point keeps the new points nearest it in turn (its 1st, then 2nd, ...)."
    B, M, L = new.shape[0], new.shape[1], low.shape[1]
    d = torch.cdist(new.float(), torch.cat([low, new], 1).float())
    n = torch.arange(M); d[:, n, L + n] = float("inf")
    owner = d[:, :, :L].argmin(-1)
    o = (owner * M + n).argsort(1); so = torch.gather(owner, 1, o).contiguous()
    rank = torch.empty_like(so).scatter_(1, o, n.expand(B, M) - torch.searchsorted(so, so))
    prio = rank.float() + (d.min(-1).values > stray).float() * 1e6 + n / M
    return prio.argsort(1)[:, :n_keep].sort(1).values


def write_rounded(out:dict, f:Path):
    "Write `out` as one line of JSON, floats to 5 decimals."
    rnd = lambda o: (round(o, 5) if isinstance(o, float) else {k: rnd(v) for k, v in o.items()} if isinstance(o, dict)
                     else [rnd(v) for v in o] if isinstance(o, list) else o)
    f.write_text(json.dumps(rnd(out), separators=(", ", ": "))); print(f"wrote {f}")


def pick(new, keep):
    "The kept new points [B, k, 3] of `new` [B, M, 3], by indices [B, k]."
    return torch.gather(new, 1, keep[..., None].expand(-1, -1, 3))


def dense(low, new):
    "The pipeline's dense clouds: the base points, then 768 of the first 768 + UP_SPARE candidates (lesson 10's rule)."
    return torch.cat([low, pick(new, keep_new_points(low, new[:, :768 + UP_SPARE], 768, UP_STRAY))], 1)


def harness(work:Path, quick:bool=False):
    """A verdict function over the judges (trained once, cached in `work`), the shipped pipeline, the validation split
    and the upsampler as every view runs it; upsampler_hand.py uses them too."""
    torch.set_num_threads(1); work.mkdir(parents=True, exist_ok=True)
    tr, va = load_training_data(train_config("modelnet10-up"))
    steps, judge_seeds = (100, range(1)) if quick else (3000, range(3))
    J = {}
    for n in (256, 1024):                                      # 1. the judges
        for s in judge_seeds:
            f = work / f"judge{n}_{s}.pt"
            if not f.exists():
                torch.save(train_classifier(sub(tr.points, n, s), tr.labels, len(tr.classes), steps=steps,
                                            seed=s).state_dict(), f)
            J[(n, s)] = PointNet(len(tr.classes)); J[(n, s)].load_state_dict(torch.load(f)); J[(n, s)].eval()
    acc = lambda X, y: float(np.mean([classify(j, X)[0] == y for (n, _), j in J.items() if n == X.shape[1]]))
    pipe = Pipeline.from_checkpoint()
    up = lambda low, c, seed, n_new=1280, bs=20: torch.cat([run_to_end(upsample_progressive(
        pipe.upsampler, pipe.up_sched, low[b:b + bs], c[b:b + bs], n_new=n_new, steps=UP_STEPS, sampler=UP_SAMPLER,
        t_start=UP_START, bf16=UP_BF16, generator=torch.Generator().manual_seed(seed + b)))[:, 256:].float()
        for b in range(0, len(low), bs)])
    return acc, pipe, va, up


def main(work:Path, quick:bool):
    acc, pipe, va, up = harness(work, quick)
    seeds = {"used": range(100, 300, 100), "fresh": range(1700, 1900, 100)} if quick else \
            {"used": range(100, 1700, 100), "fresh": range(1700, 3300, 100)}
    want = np.repeat(np.arange(len(va.classes)), 10)         # evaluate_model's order: 10 per class prompt
    cond = pipe.embed([class_prompt(c, 0) for c in va.classes for _ in range(10)])
    out = {"judges": "three PointNets per size (lesson 09's recipe, 3,000 steps, seeds 0-2), each cloud judged by its "
                     "own size's", "draws": {}}
    g = np.random.default_rng(0)
    for name, ss in seeds.items():                             # 2. draws: base clouds, candidates, views
        rows = {k: [] for k in ("base", "dense", "dense_256", "new_256", "base_jitter", "quota", "quota_legs",
                                "dense_legs", "base_legs")}
        for seed in ss:
            fb, fn = work / f"base_{seed}.npy", work / f"new_{seed}.npy"
            if not fb.exists():
                np.save(fb, torch.cat([pipe(class_prompt(c, 0), seed=seed + ci, n=10, n_points=256)
                                       for ci, c in enumerate(va.classes)]).numpy())
            low = torch.as_tensor(np.load(fb))
            if not fn.exists(): np.save(fn, up(low, cond, 1000 + seed).numpy())
            new = torch.as_tensor(np.load(fn)); L = low.numpy()
            X = dense(low, new).numpy()
            Q = torch.cat([low, pick(new, keep_quota(low, new[:, :768 + UP_SPARE], 768, UP_STRAY))], 1).numpy()
            T = np.concatenate([L] + [L + 0.01 * g.standard_normal(L.shape) for _ in range(3)], 1).astype(np.float32)
            for k, C in (("base", L), ("dense", X), ("dense_256", sub(X, 256, seed)),
                         ("new_256", sub(X[:, 256:], 256, seed)),   # the kept new points alone
                         ("base_jitter", T), ("quota", Q)): rows[k].append(acc(C, want))
            for k, C in (("base_legs", L), ("dense_legs", X), ("quota_legs", Q)):
                rows[k].append([float(legs(C[want == c]).mean()) for c in (2, 8)])   # chairs, tables
            print(f"draw {seed}: base {rows['base'][-1]:.3f} dense {rows['dense'][-1]:.3f}", flush=True)
        out["draws"][name] = {"seeds": list(ss), **rows}
    idx = np.arange(40) if quick else np.arange(len(va.labels))  # 3. real validation clouds
    P, y = va.points[idx], va.labels[idx]
    rc = pipe.embed([class_prompt(va.classes[c], 0) for c in y])
    out["real"] = {"clouds": len(y), "real_1024": acc(P, y), "runs": [], "copies": []}
    g = np.random.default_rng(1)
    for r in range(4):
        S = torch.as_tensor(sub(P, 256, r)).float(); new = up(S, rc, 50 + 1000 * r, 1024, 50)
        X = dense(S, new).numpy()
        out["real"]["runs"].append({"cond": acc(S.numpy(), y), "dense": acc(X, y), "dense_256": acc(sub(X, 256, r), y)})
        T = np.concatenate([S.numpy()] + [S.numpy() + 0.01 * g.standard_normal(S.shape) for _ in range(3)], 1)
        out["real"]["copies"].append(acc(T.astype(np.float32), y))     # against runs[r]["cond"], the same subset
    out["degraded"] = []                                       # 4. real clouds the base model touched first
    for t_max in (100, 200, 300):
        for s in range(2):
            S = degraded_conditions("shipped", torch.as_tensor(P), rc, 256, variants=1, t_max=t_max,
                                    seed=10 * t_max + s, progress=False)["low"][:, 0]
            new = up(S, rc, 77 + 1000 * s, 1024, 50); X = dense(S, new).numpy()
            out["degraded"].append({"t_max": t_max, "seed": s, "cond": acc(S.numpy(), y), "dense": acc(X, y),
                                    "dense_256": acc(sub(X, 256, s), y)})
    out["about"] = ("results of lesson 10's section 'Where the gap comes from': verdicts are the share judged right, "
                    "mean of three judges; draws: 100 base clouds each (10 per class prompt), dense clouds by the "
                    "shipped pipeline's upsampler settings; base_jitter: the base points plus three copies jittered by "
                    "0.01; quota: each base point keeps the 3 new points nearest it; legs: share of points in the "
                    "lowest 30% of the height, [chairs, tables]")
    write_rounded(out, work / "quick.json" if quick else HERE / "upsampler_views.json")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=HERE.parent.parent / "runs" / "upsampler_views",
                    help="cache for judges, base clouds and candidates (default: runs/upsampler_views)")
    ap.add_argument("--quick", action="store_true", help="a few minutes' plumbing check; the numbers mean nothing")
    a = ap.parse_args(); t0 = time.time(); main(a.work, a.quick); print(f"{time.time() - t0:.0f} s")
