"""Peer for Ferrum's AUC: scikit-learn's roc_auc_score (AUC only, no CI).

Usage: /usr/bin/python3 roc_auc.py FILE.csv  (columns group,value; group 1 = case).
After a warm-up, times 5 to 21 runs (within 2 s) and prints the fastest run's elapsed seconds last.
"""
import sys
import time

import numpy as np
from sklearn.metrics import roc_auc_score

data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
y, x = data[:, 0].astype(int), data[:, 1]
auc = roc_auc_score(y, x)  # warm-up
times = []
start = time.perf_counter()
while len(times) < 5 or (len(times) < 21 and time.perf_counter() - start < 2):
    t0 = time.perf_counter()
    auc = roc_auc_score(y, x)
    times.append(time.perf_counter() - t0)
print(f"auc={auc:.15g}")
print(min(times))
