#!/usr/bin/env bash
# Renders the Production Readiness site page in headless Chromium and fails when the page is empty, the inline SVG
# chart is missing from the rendered DOM or did not paint (none of its colours in the screenshot), or the browser
# console reports an error. Not part of the build or CI: run it by hand after `mvn site` or `mvn readiness:report`.
#
#   src/site/check-in-browser.sh [path/to/readiness.html] [screenshot.png]
#
# Needs chromium (Debian: apt-get install chromium) and python3. Nothing is fetched from the network: the page has no
# script or external resource of its own, and background networking is switched off.
set -euo pipefail

page="${1:-target/site/readiness.html}"
shot="${2:-target/readiness-page.png}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
[ -n "$browser" ] || { echo "check-in-browser: no chromium found (apt-get install chromium, or set CHROMIUM)" >&2; exit 2; }
[ -s "$page" ] || { echo "check-in-browser: $page is missing or empty (run mvn site or mvn readiness:report first)" >&2; exit 1; }

url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
       --disable-default-apps --disable-extensions --disable-sync --no-first-run --no-default-browser-check
       --metrics-recording-only --disable-domain-reliability --hide-scrollbars --user-data-dir="$work/profile"
       --enable-logging=stderr --v=0 --window-size=1280,2400)

"$browser" "${flags[@]}" --dump-dom "$url" > "$work/dom.html" 2> "$work/dom.log" || true
"$browser" "${flags[@]}" --screenshot="$shot" "$url" > /dev/null 2> "$work/shot.log" || true

python3 - "$work/dom.html" "$shot" "$work/dom.log" "$work/shot.log" <<'PY'
import re, struct, sys, zlib

dom_file, shot, *logs = sys.argv[1:]
problems = []
dom = open(dom_file, encoding="utf-8", errors="replace").read()
if len(re.sub(r"<[^>]+>|\s", "", dom)) < 200:
    problems.append("the rendered page is empty")
svg = re.search(r'<svg[^>]*role="img".*?</svg>', dom, re.S)
if not svg:
    problems.append("no inline <svg role=\"img\"> in the rendered DOM")
elif "<title" not in svg.group(0) or svg.group(0).count("<rect") < 2:
    problems.append("the chart lost its title or its bars while parsing")
if not re.search(r"<h2[^>]*>Categories", dom):
    problems.append("the category table's section is missing")

for log in logs:
    for line in open(log, encoding="utf-8", errors="replace"):
        if "CONSOLE" in line and re.search(r"error|uncaught|failed", line, re.I):
            problems.append("console: " + line.strip())

def pixels(path):
    """RGB(A) rows of an 8-bit non-interlaced PNG, as Chromium writes them (stdlib only)."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            channels = {2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            p = a + b - c
            pred = a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else b if abs(p - b) <= abs(p - c) else c
            line[i] = (line[i] + (0, a, b, (a + b) // 2, pred)[f]) & 0xFF
        rows.append(line)
        prev = line
    return rows, channels

try:
    rows, channels = pixels(shot)
    chart = {(0x2E, 0x7D, 0x32), (0xB2, 0x6A, 0x00), (0xC6, 0x28, 0x28)}
    painted = sum(1 for row in rows[::2] for i in range(0, len(row), channels * 2) if tuple(row[i:i + 3]) in chart)
    if painted < 50:
        problems.append("the chart did not paint: no gauge or bar colour in the screenshot " + shot)
except (OSError, ValueError, KeyError, zlib.error) as e:
    problems.append("no usable screenshot " + shot + ": " + str(e))

if problems:
    print("check-in-browser: FAILED\n  - " + "\n  - ".join(problems))
    sys.exit(1)
print("check-in-browser: OK (" + str(len(dom)) + " characters of DOM, chart painted, no console error); screenshot " + shot)
PY
