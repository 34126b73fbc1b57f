#!/usr/bin/env python3
"""Rebuild models/tone/data/politeness/*.jsonl from the Stanford Politeness Corpus CSVs.

Source: github.com/sudhof/politeness, branch `python3`, commit
0449a15089479ee94ecad6b1698e8f3a2e5637ce, files corpora/wikipedia.annotated.csv and
corpora/stack-exchange.annotated.csv (see models/tone/data/politeness/PROVENANCE.md).

Usage:
  git --git-dir=<mirror> show 0449a150:corpora/wikipedia.annotated.csv > wiki.csv
  git --git-dir=<mirror> show 0449a150:corpora/stack-exchange.annotated.csv > se.csv
  python3 models/tone/data/politeness/scripts/politeness-extract.py wiki.csv se.csv models/tone/data/politeness

Text is copied byte-for-byte from the `Request` column; `score` is the corpus'
`Normalized Score` parsed as a float. Only Stack Exchange rows whose Community is
"092011 Stack Overflow" are kept (rows 0..4002); see PROVENANCE.md for why.
"""
import csv
import json
import os
import sys

SO_COMMUNITY = "092011 Stack Overflow"


def read(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(rows, path, id_prefix):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for r in rows:
            obj = {
                "id": f"{id_prefix}{r['Id']}",
                "text": r["Request"],
                "score": float(r["Normalized Score"]),
                "community": r["Community"],
            }
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return len(rows)


def main():
    wiki_csv, se_csv, out_dir = sys.argv[1:4]
    wiki = read(wiki_csv)
    se = read(se_csv)
    so = [r for r in se if r["Community"] == SO_COMMUNITY]
    assert len(set(r["Id"] for r in wiki)) == len(wiki), "wiki ids not unique"
    assert len(set(r["Id"] for r in so)) == len(so), "SO ids not unique"
    n1 = write(wiki, os.path.join(out_dir, "wikipedia.jsonl"), "wiki-")
    n2 = write(so, os.path.join(out_dir, "stackexchange-so.jsonl"), "so-")
    print(f"wikipedia.jsonl: {n1} rows; stackexchange-so.jsonl: {n2} rows (of {len(se)} SE rows)")


if __name__ == "__main__":
    main()
