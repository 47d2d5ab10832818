#!/usr/bin/env python3
"""Confidence calibration of `sohoa-cli extract` output against a truth.jsonl.

    calibration.py --truth DIR/truth.jsonl --pred PRED.jsonl [--wrong]

Buckets every predicted field by its confidence and prints how many were right
(compared as score_extract.py compares them). The product's promise: fields at
0.9 or more are right at least 99 times in 100. --wrong lists the wrong fields
with their confidence.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'tools'))
try:
    from score_extract import norm, pred_value  # the one definition of "right"
except ImportError:
    sys.exit('calibration.py: needs ../shared/tools/score_extract.py beside the checkout')

EDGES = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 1.0001]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--truth', required=True)
    ap.add_argument('--pred', required=True)
    ap.add_argument('--wrong', action='store_true')
    a = ap.parse_args()
    truth = {os.path.basename(t['file']): t for t in map(json.loads, filter(str.strip, open(a.truth, encoding='utf-8')))}
    buckets = [[0, 0] for _ in EDGES[:-1]]
    wrong = []
    for line in open(a.pred, encoding='utf-8'):
        if not line.strip():
            continue
        p = json.loads(line)
        t = truth.get(os.path.basename(p.get('file', '')))
        if not t:
            continue
        for k, v in (p.get('fields') or {}).items():
            c = v.get('confidence', 0) if isinstance(v, dict) else 0
            val = pred_value(v)
            if norm(k, val) is None:
                continue
            right = k in t['fields'] and norm(k, val) == norm(k, t['fields'][k])
            for i in range(len(EDGES) - 1):
                if EDGES[i] <= c < EDGES[i + 1]:
                    buckets[i][0] += 1
                    buckets[i][1] += right
            if not right:
                wrong.append((c, p['file'], k, val, t['fields'].get(k)))
    print('%-13s %7s %6s %9s' % ('confidence', 'fields', 'right', 'accuracy'))
    for i, (n, r) in enumerate(buckets):
        print('[%.2f, %.2f) %7d %6d %9.3f' % (EDGES[i], min(EDGES[i + 1], 1.0), n, r, r / n if n else 1.0))
    hi = [b for i, b in enumerate(buckets) if EDGES[i] >= 0.9]
    n, r = sum(b[0] for b in hi), sum(b[1] for b in hi)
    print('confidence >= 0.9: %d fields, %d right (%.3f)' % (n, r, r / n if n else 1.0))
    if a.wrong:
        for c, f, k, v, tv in sorted(wrong, reverse=True):
            print('%.3f %s %s: pred %r truth %r' % (c, f, k, v, tv))


if __name__ == '__main__':
    main()
