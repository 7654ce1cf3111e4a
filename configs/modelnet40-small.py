# The forty-class base model: warm-started from the shipped ten-class base, plain MSE, a quarter of each batch at t < 100.
# Set to 8,000 steps; the shipped weights are its step-4,000 checkpoint (1 h 27 min on one core).
# tiny3d train --config configs/modelnet40-small.py --out runs/modelnet40-small
from tiny3d.train import TrainConfig

config = TrainConfig(model="small", data="modelnet40", n_points=256, steps=8000, batch_size=32, lr=3e-4, warmup=200,
                     min_snr_gamma=None, augment=False, save_every=1000, keep=3, init="tiny3d/weights/modelnet10-small",
                     low_t_frac=0.25, low_t_max=100)
