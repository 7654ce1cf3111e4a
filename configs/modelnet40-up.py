# The forty-class upsampler: the shipped ten-class upsampler fine-tuned on ModelNet40. 1,500 steps, 38 min on one core.
# tiny3d train --config configs/modelnet40-up.py --out runs/modelnet40-up
from tiny3d.train import TrainConfig

config = TrainConfig(arch="upsampler", model="up-small", data="modelnet40", n_points=1024, steps=1500, batch_size=32,
                     lr=3e-4, warmup=100, augment=False, save_every=500, keep=3, init="tiny3d/weights/modelnet10-up")
