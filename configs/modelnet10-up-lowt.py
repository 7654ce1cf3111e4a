# ...and again, half of each batch at t < 100 (as the base model was finished): the shipped ten-class upsampler.
# 3,000 steps, about 1 h on one core. tiny3d train --config configs/modelnet10-up-lowt.py --out runs/modelnet10-up-lowt
from tiny3d.train import TrainConfig

config = TrainConfig(arch="upsampler", model="up-small", data="modelnet10", n_points=1024, steps=3000, batch_size=32,
                     lr=1e-4, warmup=100, augment=False, save_every=500, init="runs/modelnet10-up-ft",
                     low_t_frac=0.5, low_t_max=100)
