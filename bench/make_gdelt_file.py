#!/usr/bin/env python3
"""Builds a GDELT-shaped benchmark file from real GDELT 2.0 export rows.

Usage: make_gdelt_file.py DATA_ROOT OUT_FILE [ROWS]

Cycles through the real rows of DATA_ROOT/gdelt/v2_export/*.export.CSV (61 tab-separated fields,
no header) and writes ROWS of them (default 2,000,000) to OUT_FILE, each with a new
GLOBALEVENTID (1, 2, 3, ...) and every other field unchanged: same content, same byte shapes,
same actor mix as the real files. Streams: never holds more than the source rows in memory.
"""
import glob
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    root, out = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000_000
    sources = sorted(glob.glob(os.path.join(root, "gdelt", "v2_export", "*.export.CSV")))
    if not sources:
        sys.exit(f"{root}/gdelt/v2_export: no *.export.CSV files; point DATA_ROOT at the shared data")
    tails = []
    for path in sources:
        with open(path, "rb") as f:
            for line in f:
                line = line.rstrip(b"\n")
                if line:
                    tails.append(line[line.index(b"\t"):])  # everything after GLOBALEVENTID
    tmp = out + ".partial"
    with open(tmp, "wb", buffering=1 << 22) as f:
        n = 0
        while n < rows:
            for tail in tails:
                n += 1
                f.write(b"%d%s\n" % (n, tail))
                if n == rows:
                    break
    os.replace(tmp, out)
    print(f"{out}: {rows} rows from {len(tails)} real rows of {len(sources)} files, "
          f"{os.path.getsize(out) / 1e6:.0f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
