#!/usr/bin/env python3
"""Turns JMH's JSON (AssemblerBenchmark, -prof gc) into lines per second and bytes allocated per line."""
import json
import sys

rows = json.load(open(sys.argv[1]))
print("| lines | ms per source (± error) | lines/s | allocated per line (bytes) |")
print("|---|---|---|---|")
for r in rows:
    lines = int(r["params"]["lines"])
    pm = r["primaryMetric"]
    ms = pm["score"]
    err = pm["scoreError"]
    err = err if isinstance(err, float) and err == err else 0.0  # "NaN" with one iteration
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    per_line = "%.0f" % (alloc / lines) if alloc is not None else "n/a"
    print("| %d | %.1f ± %.1f | %s | %s |" % (lines, ms, err,
                                            "{:,}".format(int(lines / (ms / 1000.0))), per_line))
