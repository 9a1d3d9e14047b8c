#!/usr/bin/python3
"""Solves Ferrum's one-day diet LP over the full SR28 table with scipy.optimize.linprog (HiGHS).

The LP is the one Ferrum's planner builds (bench/results/diet-plan-sr28.mps, written by the DietPlanBenchmarks
GlobalSetup from OR-Tools' MPS export), so both solvers see exactly the same program.
Usage: /usr/bin/python3 bench/peers/linprog.py [MPS] [REPEATS]; prints the objective and the median solve time.
"""
import statistics, sys, time
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix


def read_mps(path):
    rows, kinds, obj_row = {}, [], None
    cols, col_index = [], {}
    entries, rhs, bounds = [], {}, {}
    section = None
    with open(path) as fh:
        for line in fh:
            if not line.strip() or line.startswith('*'):
                continue
            if not line[0].isspace():
                section = line.split()[0]
                continue
            f = line.split()
            if section == 'ROWS':
                if f[0] == 'N':
                    obj_row = obj_row or f[1]
                else:
                    rows[f[1]] = len(kinds)
                    kinds.append(f[0])
            elif section == 'COLUMNS':
                if 'MARKER' in f:
                    continue
                name = f[0]
                if name not in col_index:
                    col_index[name] = len(cols)
                    cols.append(name)
                for r, v in zip(f[1::2], f[2::2]):
                    entries.append((r, col_index[name], float(v)))
            elif section == 'RHS':
                for r, v in zip(f[1::2], f[2::2]) if len(f) % 2 == 1 else zip(f[0::2], f[1::2]):
                    rhs[r] = float(v)
            elif section == 'RANGES':
                raise SystemExit('RANGES not supported')
            elif section == 'BOUNDS':
                kind, name = f[0], f[2]
                lo, hi = bounds.get(name, (0.0, None))
                val = float(f[3]) if len(f) > 3 else None
                if kind == 'UP': hi = val
                elif kind == 'LO': lo = val
                elif kind == 'FX': lo = hi = val
                elif kind == 'FR': lo, hi = None, None
                elif kind == 'MI': lo = None
                elif kind == 'PL': hi = None
                bounds[name] = (lo, hi)
    n = len(cols)
    c = np.zeros(n)
    ub_r, ub_c, ub_v, eq_r, eq_c, eq_v = [], [], [], [], [], []
    ub_map, eq_map = {}, {}
    for name, i in rows.items():
        if kinds[i] in ('L', 'G'):
            ub_map[name] = len(ub_map)
        else:
            eq_map[name] = len(eq_map)
    for r, j, v in entries:
        if r == obj_row:
            c[j] = v
        elif r in ub_map:
            sign = -1.0 if kinds[rows[r]] == 'G' else 1.0
            ub_r.append(ub_map[r]); ub_c.append(j); ub_v.append(sign * v)
        else:
            eq_r.append(eq_map[r]); eq_c.append(j); eq_v.append(v)
    b_ub = np.zeros(len(ub_map))
    for r, k in ub_map.items():
        b_ub[k] = (-1.0 if kinds[rows[r]] == 'G' else 1.0) * rhs.get(r, 0.0)
    b_eq = np.array([rhs.get(r, 0.0) for r in eq_map])
    A_ub = csr_matrix((ub_v, (ub_r, ub_c)), shape=(len(ub_map), n)) if ub_map else None
    A_eq = csr_matrix((eq_v, (eq_r, eq_c)), shape=(len(eq_map), n)) if eq_map else None
    bnds = [bounds.get(name, (0.0, None)) for name in cols]
    return c, A_ub, b_ub if ub_map else None, A_eq, b_eq if eq_map else None, bnds


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'bench/results/diet-plan-sr28.mps'
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    t0 = time.perf_counter()
    lp = read_mps(path)
    read_s = time.perf_counter() - t0
    times, res = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        res = linprog(lp[0], A_ub=lp[1], b_ub=lp[2], A_eq=lp[3], b_eq=lp[4], bounds=lp[5], method='highs')
        times.append(time.perf_counter() - t)
    print(f'variables {len(lp[0])}')
    print(f'status {res.status} {res.message}')
    print(f'objective {res.fun!r}')
    print(f'mps_read_s {read_s:.4f}')
    print(f'solve_median_s {statistics.median(times):.4f}')
    print(f'solve_min_s {min(times):.4f}')


if __name__ == '__main__':
    main()
