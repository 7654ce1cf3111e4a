"""A screenshot of the live demo (lesson 08's widget, served by `tiny3d demo`) after one Generate, for readers without a
kernel: writes results/demo_widget.png. Needs Chromium (Debian's `chromium`) and playwright.

Usage, from nbs/: python results/demo_screenshot.py [--port 8877]"""
import argparse, socket, subprocess, sys, time
from pathlib import Path
from playwright.sync_api import sync_playwright

ap = argparse.ArgumentParser(); ap.add_argument("--port", type=int, default=8877); a = ap.parse_args()
srv = subprocess.Popen([sys.executable, "-m", "tiny3d.cli", "demo", "--port", str(a.port)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
try:
    t0 = time.time()
    while time.time() - t0 < 120:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", a.port)) == 0: break
        time.sleep(0.3)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1000, "height": 760}, device_scale_factor=1)
        page.goto(f"http://127.0.0.1:{a.port}/", timeout=300_000)
        page.wait_for_selector("button:has-text('Generate')", timeout=300_000)
        page.click("button:has-text('Generate')")
        page.wait_for_function("() => document.body.innerText.includes('done:')", timeout=300_000)
        time.sleep(1)
        page.screenshot(path=str(Path(__file__).parent / "demo_widget.png"), full_page=True)
        b.close()
finally:
    srv.terminate(); srv.wait(30)
print("wrote results/demo_widget.png")
