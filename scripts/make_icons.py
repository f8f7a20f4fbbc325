"""Export the PWA icon PNGs from the hand-written SVG sources (make icons).

Run from the repository root:

    .venv/bin/python scripts/make_icons.py

Sources: static/icons/icon.svg (rounded square, transparent corners) and
static/icons/maskable.svg (full-bleed, motif inside the 80% safe zone).
"""

import io
from pathlib import Path

import cairosvg
from PIL import Image

ICONS = Path(__file__).resolve().parent.parent / "static" / "icons"

# (source SVG, output PNG, size in px, opaque?)
TARGETS = [
    ("icon.svg", "icon-192.png", 192, False),
    ("icon.svg", "icon-512.png", 512, False),
    ("maskable.svg", "maskable-512.png", 512, True),
    # iOS rounds the corners itself and shows transparency as black.
    ("maskable.svg", "apple-touch-icon.png", 180, True),
]


def main():
    for source, output, size, opaque in TARGETS:
        png = cairosvg.svg2png(url=str(ICONS / source), output_width=size, output_height=size)
        image = Image.open(io.BytesIO(png))
        image = image.convert("RGB") if opaque else image.convert("RGBA")
        # A flat two-colour icon fits comfortably in a 256-colour palette.
        method = Image.Quantize.MEDIANCUT if opaque else Image.Quantize.FASTOCTREE
        image = image.quantize(colors=256, method=method)
        image.save(ICONS / output, optimize=True)
        print(f"{output}: {size}x{size}, {(ICONS / output).stat().st_size} bytes")


if __name__ == "__main__":
    main()
