"""Golden values for Ferrum.Statistics DoseResponse/ from scipy.optimize.curve_fit (Debian python3-scipy).

Run from the repository root:  /usr/bin/python3 tests/reference/statistics/dose_response.py
Reads the data of each case from golden/dose_response_nls.json (written by dose_response.R) and writes
golden/dose_response_scipy.json: parameters and curve_fit's covariance (Gauss-Newton, absolute_sigma=False).
Weights w enter curve_fit as sigma = 1/sqrt(w), so both minimise sum(w * (y - f)^2).
"""
import json
import os

import numpy as np
import scipy
from scipy.optimize import curve_fit

HERE = "tests/reference/statistics"


def ll5(x, b, c, d, e, f):
    with np.errstate(divide="ignore", over="ignore"):
        return c + (d - c) / (1.0 + np.exp(b * (np.log(x) - np.log(e)))) ** f


def model_for(case):
    if case["model"] == "LL.5":
        return ll5, ["b", "c", "d", "e", "f"]
    if case.get("fixedC") is not None:
        c0 = case["fixedC"]
        return (lambda x, b, d, e: ll5(x, b, c0, d, e, 1.0)), ["b", "d", "e"]
    return (lambda x, b, c, d, e: ll5(x, b, c, d, e, 1.0)), ["b", "c", "d", "e"]


def weights(case, y):
    kind = case["weighting"]
    if kind == "1/y":
        return 1.0 / y
    if kind == "1/y^2":
        return 1.0 / y**2
    if kind == "1/sigma^2":
        return 1.0 / np.asarray(case["sd"]) ** 2
    return np.ones_like(y)


def main():
    with open(os.path.join(HERE, "golden/dose_response_nls.json")) as fh:
        nls = json.load(fh)
    out = {"source": "tests/reference/statistics/dose_response.py (scipy.optimize.curve_fit, method='lm')",
           "scipy": scipy.__version__, "cases": []}
    for case in nls["cases"]:
        x = np.asarray(case["dose"], dtype=float)
        y = np.asarray(case["response"], dtype=float)
        fn, names = model_for(case)
        p0 = [case["start"][n] for n in names]
        sigma = 1.0 / np.sqrt(weights(case, y))
        popt, pcov = curve_fit(fn, x, y, p0=p0, sigma=sigma, absolute_sigma=False, method="lm",
                               ftol=1e-15, xtol=1e-15, gtol=1e-15, maxfev=100000)
        rss = float(np.sum(((y - fn(x, *popt)) / sigma) ** 2))
        out["cases"].append({"name": case["name"], "parameters": dict(zip(names, map(float, popt))),
                             "se": dict(zip(names, map(float, np.sqrt(np.diag(pcov))))), "rss": rss})
    with open(os.path.join(HERE, "golden/dose_response_scipy.json"), "w") as fh:
        json.dump(out, fh, indent=2)
    print("wrote golden/dose_response_scipy.json")


if __name__ == "__main__":
    main()
