#!/usr/bin/python3
"""Builds Ferrum's curated default food table from USDA SR28 (SR Legacy) ASCII files.

Usage: /usr/bin/python3 tests/reference/nutrition/make_food_table.py [SR28_DIR]
SR28_DIR defaults to the sibling shared/data/usda-sr-legacy folder found by walking up from the repository.
Reads curated-foods.csv (NDB number, Ferrum id, food group, animal flag, whether the planner may use it) next to this script and writes
src/Ferrum.Nutrition/Foods/Data/default-foods.json. Every nutrient value is copied verbatim from
NUT_DATA.txt for that NDB number (per 100 g edible portion); the portion is the first household measure
in WEIGHT.txt (Seq 1). Nothing is estimated: a nutrient SR28 lacks for a food is written as null.
"""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
NUTRIENTS = {'208': 'kcal', '203': 'proteinG', '204': 'fatG', '205': 'carbohydrateG',
             '303': 'ironMg', '401': 'vitaminCMg', '301': 'calciumMg'}
MFP_GROUPS = {'meat', 'poultry', 'fish'}


def find_sr28():
    d = REPO
    while True:
        cand = os.path.join(d, 'shared', 'data', 'usda-sr-legacy')
        if os.path.isdir(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit('SR28 folder not found; pass it as the first argument')
        d = parent


def rows(path):
    with open(path, encoding='latin-1') as fh:
        for line in fh:
            line = line.rstrip('\r\n')
            if line:
                yield [f[1:-1] if f.startswith('~') and f.endswith('~') else f for f in line.split('^')]


def main():
    sr = sys.argv[1] if len(sys.argv) > 1 else find_sr28()
    curated = list(csv.DictReader(open(os.path.join(HERE, 'curated-foods.csv'), encoding='utf-8')))
    wanted = {c['ndb'] for c in curated}
    desc = {r[0]: r for r in rows(os.path.join(sr, 'FOOD_DES.txt')) if r[0] in wanted}
    groups = {r[0]: r[1] for r in rows(os.path.join(sr, 'FD_GROUP.txt'))}
    values = {}
    for r in rows(os.path.join(sr, 'NUT_DATA.txt')):
        if r[0] in wanted and r[1] in NUTRIENTS:
            values.setdefault(r[0], {})[NUTRIENTS[r[1]]] = float(r[2])
    portions = {}
    for r in rows(os.path.join(sr, 'WEIGHT.txt')):
        if r[0] in wanted and r[1] == '1':
            portions[r[0]] = {'amount': float(r[2]), 'description': r[3], 'grams': float(r[4])}
    foods = []
    for c in curated:
        ndb = c['ndb']
        d = desc[ndb]
        v = values.get(ndb, {})
        foods.append({
            'id': c['id'], 'name': d[2], 'ndb': ndb, 'srFoodGroup': groups[d[1]],
            'group': c['group'], 'animal': c['animal'] == 'true', 'mfp': c['group'] in MFP_GROUPS,
            'plannable': c['plan'] == 'true',
            'per100g': {k: v.get(k) for k in NUTRIENTS.values()},
            'portion': portions.get(ndb),
        })
    out = {
        'source': 'U.S. Department of Agriculture, Agricultural Research Service. USDA National Nutrient Database '
                  'for Standard Reference, Release 28 (2015, rev. 2016); values per 100 g edible portion, cited by NDB number',
        'generatedBy': 'tests/reference/nutrition/make_food_table.py from tests/reference/nutrition/curated-foods.csv',
        'foods': foods,
    }
    dest = os.path.join(REPO, 'src', 'Ferrum.Nutrition', 'Foods', 'Data', 'default-foods.json')
    with open(dest, 'w', encoding='utf-8') as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    print(f'{len(foods)} foods -> {dest}')
    write_golden(sr)


SPOT_NDB = ['11457', '13327', '16070', '09206', '14355', '01123', '15169', '08077']


def write_golden(sr):
    """Record counts of each SR28 file and all Ferrum nutrients of a few foods, read independently of Ferrum's C# reader."""
    counts = {f: sum(1 for _ in rows(os.path.join(sr, f))) for f in
              ['FOOD_DES.txt', 'FD_GROUP.txt', 'NUT_DATA.txt', 'WEIGHT.txt', 'NUTR_DEF.txt']}
    spot = {}
    for r in rows(os.path.join(sr, 'NUT_DATA.txt')):
        if r[0] in SPOT_NDB and r[1] in NUTRIENTS:
            spot.setdefault(r[0], {})[NUTRIENTS[r[1]]] = float(r[2])
    golden = {'source': 'tests/reference/nutrition/make_food_table.py reading USDA SR28 ASCII files', 'counts': counts, 'spot': spot}
    dest = os.path.join(HERE, 'sr28-golden.json')
    with open(dest, 'w', encoding='utf-8') as fh:
        json.dump(golden, fh, indent=1, sort_keys=True)
        fh.write('\n')
    print(f'golden -> {dest}')


if __name__ == '__main__':
    main()
