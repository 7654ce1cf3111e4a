# ...and again, half of each batch at t < 100 where stray points are made (lesson 09): the shipped ten-class base.
# 5,000 steps, 1 h 35 min on one core. tiny3d train --config configs/modelnet10-small-lowt.py --out runs/modelnet10-small-lowt
from tiny3d.train import TrainConfig

config = TrainConfig(model="small", data="modelnet10", n_points=256, steps=5000, batch_size=32, lr=1e-4, warmup=100,
                     min_snr_gamma=None, augment=False, save_every=1000, keep=5, init="runs/modelnet10-small-ft",
                     low_t_frac=0.5, low_t_max=100)
