# The ten-class base model, first run: lesson 03's `small` DiT at 256 points, min-SNR loss. 9,000 steps, 1 h 57 min on one
# core. tiny3d train --config configs/modelnet10-small.py --out runs/modelnet10-small
from tiny3d.train import TrainConfig

config = TrainConfig(model="small", data="modelnet10", n_points=256, steps=9000, batch_size=32, warmup=200,
                     augment=False, save_every=500)
