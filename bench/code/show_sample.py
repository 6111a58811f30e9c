#!/usr/bin/env python3
"""Print the gold-sample sentences for hand coding, without storing their text in the project.

usage: bench/code/show_sample.py cases/russia-iran-2012-2022/gold/sample.tsv ../shared/data/ungd [dev|test|all]

Reads each speech as dyadscope does (UTF-8 BOM dropped, Windows-1252 fallback, NFC) and slices the
sentence by the start/end offsets in sample.tsv (UTF-16 offsets; equal to Python's code-point
offsets for these texts, which hold no characters outside the Basic Multilingual Plane: checked).
Line breaks inside a sentence are shown as spaces. Output: file, sentence_no, split, text (TSV).
"""
import sys
import unicodedata
from pathlib import Path


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return unicodedata.normalize("NFC", text.lstrip("\ufeff"))


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    sample, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    want = sys.argv[3] if len(sys.argv) > 3 else "all"
    cache = {}
    for i, line in enumerate(sample.read_text(encoding="utf-8").splitlines()):
        if i == 0 or not line.strip():
            continue
        f = line.split("\t")
        name, no, start, end, split = f[0], f[1], int(f[2]), int(f[3]), f[4]
        if want != "all" and split != want:
            continue
        if name not in cache:
            text = decode((corpus / name).read_bytes())
            if any(ord(c) > 0xFFFF for c in text):
                print(f"{name}: holds characters outside the BMP; offsets would shift", file=sys.stderr)
                return 1
            cache[name] = text
        sentence = " ".join(cache[name][start:end].split())
        print(f"{name}\t{no}\t{split}\t{sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
