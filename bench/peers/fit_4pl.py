"""Peer for Ferrum's 4PL benchmark: scipy.optimize.curve_fit on an 8-point (or any) standard curve.

Usage: /usr/bin/python3 bench/peers/fit_4pl.py DATA.csv [REPEATS]
DATA.csv has columns conc,response (header row). The same drc-style self-start as Ferrum gives the starting
values; the fit (curve_fit, method 'lm', default tolerances) runs REPEATS times (default 2000) in batches of 50.
Prints the fitted b, c, d, e, then, as the last line, the seconds per fit (self-start + fit) of the fastest
batch: like bench/compare.sh's other timings, the fastest of repeated runs, least disturbed by other load.
"""
import csv
import sys
import time

import numpy as np
from scipy.optimize import curve_fit


def ll4(x, b, c, d, e):
    return c + (d - c) / (1.0 + np.exp(b * (np.log(x) - np.log(e))))


def self_start(x, y):
    pad = 0.001 * (y.max() - y.min())
    c, d = y.min() - pad, y.max() + pad
    pos = x > 0
    slope, intercept = np.polyfit(np.log(x[pos]), np.log((d - y[pos]) / (y[pos] - c)), 1)
    return [slope, c, d, np.exp(-intercept / slope)]


def main():
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    x = np.array([float(r["conc"]) for r in rows])
    y = np.array([float(r["response"]) for r in rows])
    popt = None
    batch = 50
    best = float("inf")
    for _ in range(max(1, repeats // batch)):
        start = time.perf_counter()
        for _ in range(batch):
            popt, _ = curve_fit(ll4, x, y, p0=self_start(x, y), method="lm")
        best = min(best, (time.perf_counter() - start) / batch)
    elapsed = best
    print("b c d e:", " ".join(f"{v:.10g}" for v in popt))
    print(f"{elapsed:.9f}")


if __name__ == "__main__":
    main()
