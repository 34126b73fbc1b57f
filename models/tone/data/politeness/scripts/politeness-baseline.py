#!/usr/bin/env python3
"""Honest baseline for the Stanford Politeness Corpus on the paper's protocol.

Protocol (Danescu-Niculescu-Mizil et al., ACL 2013): within each domain, label the
top quartile of `score` (normalized politeness) as polite (1) and the bottom quartile
as impolite (0); drop the middle half. Report accuracy for
  * Wiki in-domain      (10-fold CV here; the paper used leave-one-out)
  * SE-SO in-domain     (10-fold CV)
  * train Wiki -> test SE-SO
  * train SE-SO -> test Wiki

Model: L2 logistic regression (liblinear) on
  * hashed word 1-2-grams + char 3-5-grams in ONE 2^16-bucket space
    (bucket = zlib CRC-32 of the UTF-8 of "w:<ngram>" / "c:<ngram>", mod 65536;
    binary presence, row L2-normalised) -- chosen so a TypeScript port can
    reproduce the exact feature indexes;
  * a handful of regex politeness-strategy indicators (see STRATEGIES).
C is picked per training set by an inner 5-fold CV over CS (never on test data).
In-domain folds are grouped by normalised text so duplicate requests never sit on
both sides of a split (Wiki has 15 duplicated texts, SE-SO 2).

Needs numpy, scipy, scikit-learn (Debian: apt-get install python3-sklearn).

  python3 eval/politeness-baseline.py                       # baseline table
  python3 eval/politeness-baseline.py --se-check se.csv     # + evidence for the
        # SE filtering, from the raw corpora/stack-exchange.annotated.csv
"""
import argparse
import csv
import json
import os
import re
import sys
import zlib

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

N_BUCKETS = 1 << 16
CS = [0.3, 1.0, 3.0, 10.0, 30.0, 100.0]
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.normpath(os.path.join(HERE, ".."))

# (name, regex) -- matched case-insensitively on the raw text; value = 1 if any match.
STRATEGIES = [
    ("gratitude", r"\b(?:thanks|thank\s+you|thx|appreciate[ds]?|grateful)\b"),
    ("please", r"\b(?:please|pls|plz)\b"),
    ("please_start", r"^\W*(?:please|pls|plz)\b"),
    ("apology", r"\b(?:sorry|apologi[sz]e[ds]?|apologies|excuse\s+me|pardon)\b"),
    ("hedge", r"\b(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|maybe|perhaps|possibly|probably|might|seems?|i\s+wonder)\b"),
    ("indirect_modal", r"\b(?:could|would)\s+you\b"),
    ("direct_modal", r"\b(?:can|will)\s+you\b"),
    ("why", r"\bwhy\b"),
    ("direct_question_start", r"^\W*(?:what|why|how|where|when|who)\b"),
    ("second_person_start", r"^\W*(?:you|your|u|ur)\b"),
    ("by_the_way", r"\b(?:by\s+the\s+way|btw)\b"),
    ("factuality", r"\b(?:actually|in\s+fact|the\s+fact\s+is|the\s+point\s+is|the\s+truth\s+is)\b"),
    ("deference", r"\b(?:great|good|nice|interesting|excellent|cool|wonderful)\s+(?:idea|point|question|work|job|answer|suggestion|catch)\b"),
    ("greeting", r"^\W*(?:hi|hello|hey|dear)\b"),
]
_STRAT_RE = [(n, re.compile(p, re.IGNORECASE)) for n, p in STRATEGIES]
_WORD_RE = re.compile(r"[a-z0-9_]+(?:'[a-z0-9_]+)*")
_WS_RE = re.compile(r"\s+")


def _bucket(s):
    return zlib.crc32(s.encode("utf-8")) & (N_BUCKETS - 1)


def ngram_buckets(text):
    t = text.lower().replace("\u2019", "'")
    toks = _WORD_RE.findall(t)
    keys = set()
    for i, w in enumerate(toks):
        keys.add("w:" + w)
        if i + 1 < len(toks):
            keys.add("w:" + w + " " + toks[i + 1])
    c = " " + _WS_RE.sub(" ", t).strip() + " "
    for n in (3, 4, 5):
        for i in range(len(c) - n + 1):
            keys.add("c:" + c[i:i + n])
    return sorted({_bucket(k) for k in keys})


def strategy_vector(text):
    return [1.0 if rx.search(text) else 0.0 for _, rx in _STRAT_RE]


def featurize(texts, kind):
    """kind: 'ngrams', 'strategies' or 'both'. Returns a CSR matrix."""
    blocks = []
    if kind in ("ngrams", "both"):
        rows, cols, vals = [], [], []
        for r, t in enumerate(texts):
            b = ngram_buckets(t)
            if b:
                v = 1.0 / np.sqrt(len(b))
                rows.extend([r] * len(b))
                cols.extend(b)
                vals.extend([v] * len(b))
        blocks.append(sp.csr_matrix((vals, (rows, cols)), shape=(len(texts), N_BUCKETS)))
    if kind in ("strategies", "both"):
        blocks.append(sp.csr_matrix(np.array([strategy_vector(t) for t in texts])))
    return sp.hstack(blocks).tocsr()


def load_jsonl(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def quartile_labels(scores):
    """Return (mask, y): mask selects top/bottom quartile, y=1 for top."""
    s = np.asarray(scores, dtype=float)
    lo, hi = np.percentile(s, [25, 75])
    mask = (s <= lo) | (s >= hi)
    return mask, (s >= hi).astype(int)


def fit(X, y, seed):
    inner = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    cv = LogisticRegressionCV(Cs=CS, cv=inner, solver="liblinear", scoring="accuracy", max_iter=1000)
    cv.fit(X, y)
    c = float(cv.C_[0])
    clf = LogisticRegression(C=c, solver="liblinear", max_iter=1000).fit(X, y)
    return clf, c


def group_keys(texts):
    return [_WS_RE.sub(" ", t.lower()).strip() for t in texts]


def in_domain(texts, y, folds, seed, kind):
    X = featurize(texts, kind)
    groups = group_keys(texts)
    skf = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed)
    accs, correct, chosen = [], 0, []
    for tr, te in skf.split(X, y, groups):
        clf, c = fit(X[tr], y[tr], seed)
        pred = clf.predict(X[te])
        accs.append(float((pred == y[te]).mean()))
        correct += int((pred == y[te]).sum())
        chosen.append(c)
    return {"acc_mean_folds": float(np.mean(accs)), "acc_sd_folds": float(np.std(accs)),
            "acc_pooled": correct / len(y), "n": int(len(y)), "C_chosen": chosen}


def cross_domain(src_texts, src_y, tgt_texts, tgt_y, seed, kind):
    clf, c = fit(featurize(src_texts, kind), src_y, seed)
    pred = clf.predict(featurize(tgt_texts, kind))
    acc = float((pred == tgt_y).mean())
    se = float(np.sqrt(acc * (1 - acc) / len(tgt_y)))
    return {"acc": acc, "ci95": [acc - 1.96 * se, acc + 1.96 * se], "n": int(len(tgt_y)), "C": c}


def se_check(raw_csv, wiki_texts, wiki_y, seed):
    """Evidence that non-StackOverflow SE rows 4003..6321 carry scores unrelated to text."""
    from scipy.stats import spearmanr
    with open(raw_csv, encoding="utf-8", newline="") as fh:
        se = list(csv.DictReader(fh))
    texts = [r["Request"] for r in se]
    scores = np.array([float(r["Normalized Score"]) for r in se])
    clf, _ = fit(featurize(wiki_texts, "both"), wiki_y, seed)
    dec = clf.decision_function(featurize(texts, "both"))
    parts = [("StackOverflow rows 0-4002", 0, 4003),
             ("non-SO rows 4003-6321", 4003, 6322),
             ("non-SO rows 6322-6602", 6322, len(se)),
             ("all SE rows 0-6602 (unfiltered)", 0, len(se))]
    out = []
    for name, a, b in parts:
        m, y = quartile_labels(scores[a:b])
        d = dec[a:b]
        acc = float(((d[m] > 0).astype(int) == y[m]).mean())
        rho = float(spearmanr(d, scores[a:b]).correlation)
        # in-domain 10-fold CV inside the partition itself
        ind = in_domain([texts[i] for i in range(a, b) if m[i - a]], y[m], 10, seed, "both")
        comms = sorted({se[i]["Community"] for i in range(a, b)})
        out.append({"part": name, "rows": b - a, "communities": len(comms),
                    "wiki_model_acc_top_vs_bottom": acc, "wiki_model_spearman": rho,
                    "in_partition_cv_acc": ind["acc_pooled"], "n_binary": int(m.sum())})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--se-check", metavar="RAW_SE_CSV")
    ap.add_argument("--json", metavar="OUT", help="also write all results as JSON")
    args = ap.parse_args()

    wiki = load_jsonl(os.path.join(args.data, "wikipedia.jsonl"))
    so = load_jsonl(os.path.join(args.data, "stackexchange-so.jsonl"))
    wm, wy = quartile_labels([r["score"] for r in wiki])
    sm, sy = quartile_labels([r["score"] for r in so])
    wt = [r["text"] for r, k in zip(wiki, wm) if k]
    st = [r["text"] for r, k in zip(so, sm) if k]
    wy, sy = wy[wm], sy[sm]
    print(f"Wiki: {len(wiki)} rows -> {len(wt)} top/bottom quartile ({wy.mean():.3f} polite)")
    print(f"SE-SO: {len(so)} rows -> {len(st)} top/bottom quartile ({sy.mean():.3f} polite)")

    results = {"protocol": "top vs bottom quartile within each domain; accuracy",
               "buckets": N_BUCKETS, "Cs": CS, "seed": args.seed, "folds": args.folds, "runs": {}}
    rows = []
    for kind in ("both", "ngrams", "strategies"):
        r = {
            "wiki_in": in_domain(wt, wy, args.folds, args.seed, kind),
            "so_in": in_domain(st, sy, args.folds, args.seed, kind),
            "wiki_to_so": cross_domain(wt, wy, st, sy, args.seed, kind),
            "so_to_wiki": cross_domain(st, sy, wt, wy, args.seed, kind),
        }
        results["runs"][kind] = r
        rows.append((kind, r))

    print("\n| features | Wiki in-domain (10-fold) | SE-SO in-domain (10-fold) | Wiki -> SE-SO | SE-SO -> Wiki |")
    print("|---|---|---|---|---|")
    for kind, r in rows:
        print(f"| {kind} | {100*r['wiki_in']['acc_pooled']:.2f}% (fold sd {100*r['wiki_in']['acc_sd_folds']:.1f}) "
              f"| {100*r['so_in']['acc_pooled']:.2f}% (fold sd {100*r['so_in']['acc_sd_folds']:.1f}) "
              f"| {100*r['wiki_to_so']['acc']:.2f}% (95% CI {100*r['wiki_to_so']['ci95'][0]:.1f}-{100*r['wiki_to_so']['ci95'][1]:.1f}) "
              f"| {100*r['so_to_wiki']['acc']:.2f}% (95% CI {100*r['so_to_wiki']['ci95'][0]:.1f}-{100*r['so_to_wiki']['ci95'][1]:.1f}) |")
    print("C chosen (both): wiki folds", results["runs"]["both"]["wiki_in"]["C_chosen"],
          "so folds", results["runs"]["both"]["so_in"]["C_chosen"],
          "wiki->so", results["runs"]["both"]["wiki_to_so"]["C"], "so->wiki", results["runs"]["both"]["so_to_wiki"]["C"])

    if args.se_check:
        chk = se_check(args.se_check, wt, wy, args.seed)
        results["se_check"] = chk
        print("\nSE partition check (model trained on Wiki, 'both' features):")
        print("| partition | rows | communities | Wiki-model acc (top vs bottom quartile) | Spearman(decision, score) | 10-fold CV acc inside partition |")
        print("|---|---|---|---|---|---|")
        for c in chk:
            print(f"| {c['part']} | {c['rows']} | {c['communities']} | {100*c['wiki_model_acc_top_vs_bottom']:.1f}% "
                  f"| {c['wiki_model_spearman']:+.3f} | {100*c['in_partition_cv_acc']:.1f}% (n={c['n_binary']}) |")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(results, fh, indent=1)


if __name__ == "__main__":
    sys.exit(main())
