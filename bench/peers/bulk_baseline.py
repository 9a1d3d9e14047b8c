#!/usr/bin/env python3
"""Baseline for `ferrum assess --bulk`: the same join by patient over a FHIR Bulk Data export with only the
standard library's json module, and a simple threshold rule (ferritin <= 75 ng/mL or TSAT < 20 % -> iron
suggested; hemoglobin below 120 g/L for females, 130 g/L for males -> anemia). Writes summary.csv and prints
one JSON line with bytes, patients, seconds, CPU seconds, MB/s, patients/s and peak RSS.

Usage: bulk_baseline.py EXPORT_DIR OUT_DIR
"""
import csv
import gzip
import json
import os
import resource
import sys
import time

LOINC = "http://loinc.org"
FERRITIN, HB, TSAT = "2276-4", "718-7", "2502-3"


def open_ndjson(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def patient_of(resource_):
    ref = (resource_.get("subject") or {}).get("reference") or ""
    return ref[len("Patient/"):] if ref.startswith("Patient/") else None


def main(export_dir, out_dir):
    start = time.perf_counter()
    cpu_start = time.process_time()
    files = sorted(f for f in os.listdir(export_dir) if f.endswith(".ndjson") or f.endswith(".ndjson.gz"))
    patients = {}
    nbytes = 0
    for name in files:
        path = os.path.join(export_dir, name)
        nbytes += os.path.getsize(path)
        with open_ndjson(path) as fh:
            for line in fh:
                if not line.strip():
                    continue
                r = json.loads(line)
                t = r.get("resourceType")
                if t == "Patient":
                    patients.setdefault(r.get("id"), {}).update(sex=r.get("gender"))
                elif t == "Observation":
                    pid = patient_of(r)
                    q = r.get("valueQuantity") or {}
                    if pid is None or "value" not in q:
                        continue
                    for c in (r.get("code") or {}).get("coding", []):
                        if c.get("system") == LOINC and c.get("code") in (FERRITIN, HB, TSAT):
                            date = r.get("effectiveDateTime", "")
                            labs = patients.setdefault(pid, {}).setdefault("labs", {})
                            if c["code"] not in labs or labs[c["code"]][0] < date:
                                labs[c["code"]] = (date, q["value"], q.get("code") or q.get("unit"))
                elif t in ("MedicationRequest", "Condition", "QuestionnaireResponse"):
                    pid = patient_of(r)
                    if pid is not None:
                        patients.setdefault(pid, {}).setdefault(t, 0)
                        patients[pid][t] += 1
    os.makedirs(out_dir, exist_ok=True)
    counts = {}
    with open(os.path.join(out_dir, "summary.csv"), "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["patientId", "ferritin", "tsat", "hb_g_per_l", "iron", "anemia"])
        for pid, p in patients.items():
            labs = p.get("labs", {})
            fer = labs.get(FERRITIN, (None, None, None))[1]
            tsat = labs.get(TSAT, (None, None, None))[1]
            hb = labs.get(HB)
            hb_gl = None if hb is None else hb[1] * (10 if hb[2] == "g/dL" else 1)
            iron = "unknown" if fer is None and tsat is None else (
                "suggested" if (fer is not None and fer <= 75) or (tsat is not None and tsat < 20) else "not-suggested")
            limit = 120 if p.get("sex") == "female" else 130
            anemia = "unknown" if hb_gl is None else ("anemia" if hb_gl < limit else "no-anemia")
            counts[iron] = counts.get(iron, 0) + 1
            w.writerow([pid, fer, tsat, hb_gl, iron, anemia])
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"bytes": nbytes, "patients": len(patients), "seconds": round(seconds, 3), "cpuSeconds": round(time.process_time() - cpu_start, 3),
                      "mbPerSecond": round(nbytes / 1e6 / seconds, 2), "patientsPerSecond": round(len(patients) / seconds, 1),
                      "peakRssMb": round(peak_kb / 1024, 1), "iron": counts}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
