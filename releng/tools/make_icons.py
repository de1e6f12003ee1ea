#!/usr/bin/env python3
"""Draws Trialbench's small PNG icons (no image library needed). Run: python3 releng/tools/make_icons.py"""
import os, struct, zlib, sys

def png(path, w, h, pixels):
    raw = b''.join(b'\x00' + bytes(c for px in pixels[y*w:(y+1)*w] for c in px) for y in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, 'wb').write(data)

def canvas(n):
    return [(0, 0, 0, 0)] * (n * n)

def rect(px, n, x0, y0, x1, y1, color):
    for y in range(y0, y1):
        for x in range(x0, x1):
            px[y * n + x] = color

def disc(px, n, cx, cy, r, color):
    for y in range(n):
        for x in range(n):
            if (x + .5 - cx) ** 2 + (y + .5 - cy) ** 2 <= r * r:
                px[y * n + x] = color

BLUE = (31, 92, 153, 255); WHITE = (255, 255, 255, 255); GREEN = (46, 139, 87, 255)
ORANGE = (214, 120, 30, 255); GREY = (110, 110, 110, 255); RED = (190, 40, 40, 255); TEAL = (0, 128, 128, 255)

def app_icon(n):
    px = canvas(n)
    m = max(1, n // 16)
    rect(px, n, m, m, n - m, n - m, BLUE)
    t = n // 5
    rect(px, n, n // 2 - t // 2, 3 * m + m, n // 2 + (t + 1) // 2, n - 4 * m, WHITE)
    rect(px, n, 3 * m + m, n // 2 - t // 2, n - 4 * m, n // 2 + (t + 1) // 2, WHITE)
    return px

def site():
    px = canvas(16); rect(px, 16, 2, 5, 14, 15, TEAL); rect(px, 16, 4, 2, 12, 5, TEAL)
    rect(px, 16, 7, 9, 9, 15, WHITE); rect(px, 16, 4, 7, 6, 9, WHITE); rect(px, 16, 10, 7, 12, 9, WHITE); return px

def subject(color=GREEN):
    px = canvas(16); disc(px, 16, 8, 5, 3, color); rect(px, 16, 3, 10, 13, 15, color); disc(px, 16, 8, 11, 5, color)
    rect(px, 16, 0, 15, 16, 16, (0, 0, 0, 0)); return px

def visit():
    px = canvas(16); rect(px, 16, 1, 3, 15, 15, ORANGE); rect(px, 16, 2, 6, 14, 14, WHITE)
    for x, y in [(3, 7), (7, 7), (11, 7), (3, 10), (7, 10)]: rect(px, 16, x, y, x + 2, y + 2, ORANGE)
    return px

def form():
    px = canvas(16); rect(px, 16, 3, 1, 13, 15, GREY); rect(px, 16, 4, 2, 12, 14, WHITE)
    for y in (4, 7, 10): rect(px, 16, 5, y, 11, y + 1, BLUE)
    return px

def item():
    px = canvas(16); rect(px, 16, 2, 5, 14, 11, BLUE); rect(px, 16, 3, 6, 13, 10, WHITE); rect(px, 16, 4, 7, 5, 9, BLUE); return px

def error():
    px = canvas(16); disc(px, 16, 8, 8, 7, RED); rect(px, 16, 7, 4, 9, 10, WHITE); rect(px, 16, 7, 11, 9, 13, WHITE); return px

def warning():
    px = canvas(16)
    for y in range(2, 15):
        half = (y - 1) * 7 // 13
        rect(px, 16, 8 - half - 1, y, 8 + half + 1, y + 1, ORANGE)
    rect(px, 16, 7, 6, 9, 11, WHITE); rect(px, 16, 7, 12, 9, 14, WHITE); return px

def info():
    px = canvas(16); disc(px, 16, 8, 8, 7, BLUE); rect(px, 16, 7, 7, 9, 13, WHITE); rect(px, 16, 7, 3, 9, 5, WHITE); return px

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'bundles')
app = os.path.join(root, 'org.trialbench.app', 'icons')
png(os.path.join(app, 'trialbench16.png'), 16, 16, app_icon(16))
png(os.path.join(app, 'trialbench32.png'), 32, 32, app_icon(32))
png(os.path.join(app, 'trialbench64.png'), 64, 64, app_icon(64))
for name, px in [('site', site()), ('subject', subject()), ('screenfail', subject(GREY)), ('visit', visit()),
                 ('form', form()), ('item', item()), ('error', error()), ('warning', warning()), ('info', info())]:
    png(os.path.join(app, name + '.png'), 16, 16, px)
print('icons written to', app)
