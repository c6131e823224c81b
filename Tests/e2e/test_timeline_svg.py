"""The SVG timeline rendered by headless Chromium: the picture is drawn, not blank, and says what it must."""

import os
import pathlib
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLQ = os.environ.get("CLQ_BINARY", str(ROOT / ".build" / "debug" / "clq"))
SVG = "{http://www.w3.org/2000/svg}"


def decode_png(data):
    """Width, height and rows of (r, g, b) pixels of an 8-bit, non-interlaced RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, chunks, header = 8, [], None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, f"unexpected PNG format {header}"
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                estimate = left + up - corner
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - corner))
                nearest = (left, up, corner)[distances.index(min(distances))]
                line[i] = (line[i] + nearest) & 0xFF
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        previous = line
    return width, height, rows


def render(tmp_path, svg_text, width, height):
    """Renders the SVG text in headless Chromium at its own size and returns the PNG's pixels."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Chromium is missing: script/bootstrap --test-tools installs it"
    picture = tmp_path / "timeline.svg"
    picture.write_text(svg_text, encoding="utf-8")
    png = tmp_path / "timeline.png"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--screenshot={png}", f"--window-size={width},{height}", picture.as_uri()],
                   check=True, capture_output=True, timeout=120)
    return decode_png(png.read_bytes())


def timeline_svg():
    result = subprocess.run([CLQ, "--format", "svg", "--today", "2026-06-15", "-e", "timeline of Microsoft?"],
                            capture_output=True, text=True, check=True, timeout=60)
    assert result.stderr == ""
    return result.stdout


def near(colour, hex_colour, tolerance=24):
    target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= tolerance for a, b in zip(colour, target))


def test_the_svg_is_well_formed_and_says_what_it_shows():
    svg = timeline_svg()
    root = ElementTree.fromstring(svg)
    assert root.tag == SVG + "svg"
    assert root.find(SVG + "title").text == "timeline of Microsoft"
    labels = [text.text for text in root.iter(SVG + "text") if text.get("class") == "label"]
    assert labels == ["ExclusiveModelAccess", "RevenueShare", "ExclusiveCloud", "ModelAccess", "AzureMainHost",
                      "UseOtherClouds"]
    years = [text.text for text in root.iter(SVG + "text") if text.get("class") == "year"]
    assert years == [str(year) for year in range(2018, 2034)]
    texts = {text.text for text in root.iter(SVG + "text")}
    assert {"today 2026-06-15", "holds", "may hold (day not stated)", "replaced by", "end not stated"} <= texts


def test_chromium_draws_the_timeline(tmp_path):
    svg = timeline_svg()
    root = ElementTree.fromstring(svg)
    width, height = int(float(root.get("width"))), int(float(root.get("height")))
    png_width, png_height, pixels = render(tmp_path, svg, width, height)
    assert (png_width, png_height) == (width, height)
    colours = {}
    for row in pixels:
        for pixel in row:
            colours[pixel] = colours.get(pixel, 0) + 1
    white = sum(count for colour, count in colours.items() if min(colour) >= 250)
    assert white < 0.97 * width * height, "the picture is blank"
    assert len(colours) > 50, "the picture has almost no colours"

    def pixel_at(clause, day_fraction_x):
        group = next(g for g in root.iter(SVG + "g") if g.get("data-clause") == clause)
        rect = next(r for r in group.iter(SVG + "rect"))
        y = int(float(rect.get("y")) + float(rect.get("height")) / 2)
        return pixels[y][int(day_fraction_x)]

    def x_of_year(year):
        axis = [t for t in root.iter(SVG + "text") if t.get("class") == "year"]
        return float(next(t for t in axis if t.text == str(year)).get("x"))

    # ModelAccess is solid (it surely holds) in 2029, light in 2032; AzureMainHost light in 2026.
    assert near(pixel_at("ModelAccess", x_of_year(2029)), "#1f5f9e")
    assert near(pixel_at("ModelAccess", x_of_year(2032)), "#8fbce6")
    assert near(pixel_at("AzureMainHost", x_of_year(2026)), "#8fbce6")
    # Nothing is drawn for ModelAccess in 2024, before it may start.
    assert min(pixel_at("ModelAccess", x_of_year(2024))) >= 200
