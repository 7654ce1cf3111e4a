# The forty-class base continued with the speedrun's levers (lesson 06): Muon, 128 training points a cloud (the model
# still makes 256), every class drawn equally often (class_balance=1), warm-started from the shipped forty-class base.
# Its first 1,000 steps (0.6x the time of 1,000 AdamW steps at 256 points) were judged right 52.8% against 46.0% for
# AdamW at 256 points and 43.5% for the shipped base (one draw); all 7,000 (70.6 minutes of one core), 81.6% with
# 1-NNA-CD 0.721 and COV-CD 0.414 (two draws; MODEL_CARD.md). Its weights: warmstart/modelnet40-small-speedrun.
# tiny3d train --config configs/modelnet40-small-speedrun.py --out runs/modelnet40-speedrun
from tiny3d.train import TrainConfig

config = TrainConfig(model="small", data="modelnet40", n_points=128, model_overrides={"n_points": 256}, steps=7000,
                     batch_size=32, lr=5e-4, warmup=100, min_snr_gamma=None, augment=False, optimizer="muon",
                     class_balance=1.0, save_every=1000, keep=2, init="tiny3d/weights/modelnet40-small",
                     low_t_frac=0.25, low_t_max=100, max_minutes=78)
