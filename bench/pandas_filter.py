#!/usr/bin/env python3
"""pandas on the benchmark file: the same actor filter and aggregation as DuckDbReadCsv.java.

Usage: pandas_filter.py FILE. Reads only the four columns it needs (Actor1CountryCode,
Actor2CountryCode, GoldsteinScale, AvgTone), tab-separated, no header, no quoting, in chunks of
500,000 rows so its memory stays bounded like the other two. Prints rows kept, groups, seconds.
"""
import csv
import sys
import time

import pandas as pd

ACTORS = {"RUS", "IRN", "USA", "CHN"}


def main():
    t0 = time.time()
    parts = []
    for chunk in pd.read_csv(sys.argv[1], sep="\t", header=None, usecols=[7, 17, 30, 34],
                             names=None, quoting=csv.QUOTE_NONE, dtype={7: str, 17: str},
                             keep_default_na=False, na_values={30: [""], 34: [""]},
                             chunksize=500_000, engine="c"):
        kept = chunk[chunk[7].isin(ACTORS) | chunk[17].isin(ACTORS)]
        parts.append(kept.groupby([7, 17]).agg(n=(30, "size"), g=(30, "sum"), t=(34, "sum")))
    total = pd.concat(parts).groupby(level=[0, 1]).sum()
    print(f"pandas kept={int(total['n'].sum())} groups={len(total)} seconds={time.time() - t0:.3f}")


if __name__ == "__main__":
    main()
