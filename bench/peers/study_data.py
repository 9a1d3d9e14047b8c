#!/usr/bin/python3
"""Writes the benchmark study: N subjects (half cases), 20 log-normal biomarkers with graded group effects,
age, sex, a severity score in cases, 2% of biomarker values missing; plus the study spec Ferrum reads.
   /usr/bin/python3 bench/peers/study_data.py N DATA.csv SPEC.yaml"""
import sys
import numpy as np

n, data_path, spec_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rng = np.random.default_rng(20261124)
k = 20
case = np.r_[np.ones(n // 2, dtype=bool), np.zeros(n - n // 2, dtype=bool)]
rng.shuffle(case)
age = np.round(rng.normal(45, 12, n))
sex = np.where(rng.random(n) < 0.6, "F", "M")
effects = np.linspace(0, 0.8, k)
cols = {}
for j in range(k):
    x = np.exp(rng.normal(0, 0.6, n) + effects[j] * 0.6 * case)
    x[rng.random(n) < 0.02] = np.nan
    cols[f"b{j + 1:02d}"] = x
severity = np.where(case, np.clip(np.round(20 + 5 * np.log(cols["b20"]) + rng.normal(0, 5, n)), 0, 40), np.nan)
with open(data_path, "w") as f:
    f.write("id,group,age,sex,severity," + ",".join(cols) + "\n")
    for i in range(n):
        vals = ["" if np.isnan(cols[c][i]) else repr(float(cols[c][i])) for c in cols]
        sev = "" if np.isnan(severity[i]) else str(int(severity[i]))
        f.write(f"S{i + 1},{'case' if case[i] else 'control'},{int(age[i])},{sex[i]},{sev}," + ",".join(vals) + "\n")
names = list(cols)
with open(spec_path, "w") as f:
    f.write("title: Benchmark study (synthetic)\nsynthetic: true\nid: id\n")
    f.write("group: { column: group, case: case, control: control }\n")
    f.write(f"biomarkers: [{', '.join(names)}]\nseverity: severity\ncovariates: [age, sex]\ncategorical: [sex]\n")
    f.write("table1Variables: [age, sex, severity]\nmultiplicity: holm\nseed: 1\n")
    f.write("rocComparisons: [" + ", ".join(f"[{names[-1]}, {b}]" for b in names[:-1]) + "]\n")
