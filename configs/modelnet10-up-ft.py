# ...continued from the run above: 3,000 steps, about 1 h on one core.
# tiny3d train --config configs/modelnet10-up-ft.py --out runs/modelnet10-up-ft
from tiny3d.train import TrainConfig

config = TrainConfig(arch="upsampler", model="up-small", data="modelnet10", n_points=1024, steps=3000, batch_size=32,
                     lr=3e-4, warmup=100, augment=False, save_every=500, init="runs/modelnet10-up")
