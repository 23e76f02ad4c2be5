#!/usr/bin/env python3
"""Prints tinybin's mean time as a ratio of every other tool's, from a hyperfine JSON export."""
import json
import sys

results = json.load(open(sys.argv[1]))["results"]
ours = next(r for r in results if r["command"] == "tinybin")
print("| tool | mean (s) | tinybin / tool |")
print("|---|---|---|")
for r in results:
    print("| %s | %.3f | %.2fx |" % (r["command"], r["mean"], ours["mean"] / r["mean"]))
