# ...continued from the run above with plain epsilon MSE, so the small timesteps get their share (lesson 09).
# 6,000 steps, 1 h 47 min on one core. tiny3d train --config configs/modelnet10-small-ft.py --out runs/modelnet10-small-ft
from tiny3d.train import TrainConfig

config = TrainConfig(model="small", data="modelnet10", n_points=256, steps=6000, batch_size=32, lr=3e-4, warmup=100,
                     min_snr_gamma=None, augment=False, save_every=1500, keep=4, init="runs/modelnet10-small")
