"""Render the application icon (resources/icons/defensoria.svg) as PNG and ICO files.

The SVG is the source; this draws the same shapes with Pillow so that the build needs no
SVG renderer. Run it after changing the icon: `python installer/make_icons.py`.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
BLUE, GOLD, WHITE = "#173f7a", "#e6aa28", "#ffffff"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def shield(steps: int = 24) -> list[tuple[float, float]]:
    """The shield outline on a 256 grid: straight top, curved sides to the tip."""
    top = [(128, 12), (226, 46), (226, 120)]
    right = [_bezier((226, 120), (226, 180), (186, 224), (128, 246), t / steps)
             for t in range(1, steps + 1)]
    left = [_bezier((128, 246), (70, 224), (30, 180), (30, 120), t / steps)
            for t in range(1, steps + 1)]
    return [*top, *right, *left, (30, 46)]


def _bezier(p0: tuple[float, float], p1: tuple[float, float], p2: tuple[float, float],
            p3: tuple[float, float], t: float) -> tuple[float, float]:
    u = 1 - t
    return (u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
            u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1])


def draw(size: int = 1024) -> Image.Image:
    k = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)

    def pts(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x * k, y * k) for x, y in points]

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...]:
        return (x0 * k, y0 * k, x1 * k, y1 * k)

    outline = pts(shield())
    pen.polygon(outline, fill=BLUE)
    pen.line([*outline, outline[0]], fill=GOLD, width=round(10 * k), joint="curve")
    pen.polygon(pts([(72, 132), (128, 84), (184, 132), (184, 190), (72, 190)]), fill=WHITE)
    pen.ellipse(box(99, 131, 121, 153), fill=BLUE)
    pen.rounded_rectangle(box(99, 156, 121, 190), radius=8 * k, fill=BLUE)
    pen.ellipse(box(139, 141, 157, 159), fill=GOLD)
    pen.rounded_rectangle(box(139, 162, 157, 190), radius=7 * k, fill=GOLD)
    return image


def main() -> None:
    big = draw()
    for size in (48, 256):
        big.resize((size, size), Image.Resampling.LANCZOS).save(
            ICONS / f"defensoria-{size}.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(
        ICONS / "defensoria.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
