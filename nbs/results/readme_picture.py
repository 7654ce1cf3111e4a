"""Draw the README's picture, images/tiny3d.png: four prompts through the shipped pipeline (the base model's
256-point cloud, the upsampler's 1,024 points, the surface of lesson 07a), stored as a 256-colour PNG.
Usage, from nbs/: python results/readme_picture.py"""
import io
from pathlib import Path
import matplotlib, matplotlib.pyplot as plt
from matplotlib.colors import LightSource
from PIL import Image
from tiny3d.sample import Pipeline, shipped_models
from tiny3d.mesh import cloud_to_mesh

jobs = [("a chair", "modelnet10", 0), ("a table", "modelnet10", 1), ("a sofa", "modelnet10", 0)]
if "modelnet40" in shipped_models(): jobs.append(("an airplane", "modelnet40", 0))
else: jobs.append(("a bed", "modelnet10", 0))
pipes = {m: Pipeline.from_checkpoint(model=m) for m in {m for _, m, _ in jobs}}
rows = ["base model: 256 points", "upsampler: 1,024 points", "surface (--mesh)"]
with matplotlib.rc_context({"figure.dpi": 100}):
    fig = plt.figure(figsize=(3.0 * len(jobs), 3.0 * len(rows)))
for j, (prompt, m, seed) in enumerate(jobs):
    frames = list(pipes[m].progressive(prompt, seed=seed))
    base = [f for f in frames if f.stage != "upsample"][-1].x[0].float().numpy()
    dense = frames[-1].x[0].float().numpy()
    for i in range(3):
        ax = fig.add_subplot(len(rows), len(jobs), i * len(jobs) + j + 1, projection="3d")
        if i < 2:
            c = base if i == 0 else dense
            ax.scatter(*c.T, c=c[:, 2], cmap="viridis", vmin=-1, vmax=1, s=9 if i == 0 else 3, linewidths=0,
                       depthshade=False)
        else:
            mesh = cloud_to_mesh(dense); v = mesh.vertices
            ax.plot_trisurf(v[:, 0], v[:, 1], v[:, 2], triangles=mesh.faces, color="0.8", linewidth=0, shade=True,
                            lightsource=LightSource(azdeg=315, altdeg=45))
        ax.view_init(elev=20, azim=-60); ax.set_box_aspect((1, 1, 1), zoom=1.3)
        ax.set_xlim(-0.9, 0.9); ax.set_ylim(-0.9, 0.9); ax.set_zlim(-0.9, 0.9); ax.set_axis_off()
        ax.set_title(f'"{prompt}"' if i == 0 else "", fontsize=13, y=0.95)
        if j == 0: ax.text2D(-0.02, 0.5, rows[i], transform=ax.transAxes, rotation=90, va="center", fontsize=11)
fig.subplots_adjust(left=0.02, right=1, bottom=0, top=0.97, wspace=0, hspace=0)
buf = io.BytesIO(); fig.savefig(buf, format="png"); buf.seek(0)
im = Image.open(buf).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
out = Path(__file__).resolve().parents[2] / "images" / "tiny3d.png"
im.save(out, optimize=True); print(f"wrote {out} ({out.stat().st_size // 1000} KB)")
