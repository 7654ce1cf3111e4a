# The ten-class upsampler, first run (lesson 10): 256 -> 1,024 points. 5,000 steps, about 2 h on one core.
# tiny3d train --config configs/modelnet10-up.py --out runs/modelnet10-up
from tiny3d.train import TrainConfig

config = TrainConfig(arch="upsampler", model="up-small", data="modelnet10", n_points=1024, steps=5000, batch_size=32,
                     warmup=200, augment=False, save_every=500)
