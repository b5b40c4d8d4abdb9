#!/usr/bin/env python3
"""Trains the short-text topic model (Resources/topic-model.tsv) on the BBC corpus.

    scripts/train_topic_model.py [--corpus ../shared/corpus/bbc] [--rules RANKING.jsonl] [--out PATH]

A softmax regression over the article's stems (the same folding and light English stemmer as
newsd's Tokenizer and Stemmer), each feature log(1 + count) with title words counted twice,
the vector L2-normalised. Trained on the full articles and on their title + first sentence, so
that it holds up on RSS-sized items. Only articles that eval_topics.heldout() leaves in the
training split are read: the held-out fifth stays unseen.

newsd counts the model as a term of weight `alpha * p(topic)` in each of its topics (TopicModel.swift).
With --rules-binary (a newsd built without the model, e.g. the last release before it), alpha is
chosen on the training split: the rules' scores from that binary (corrected for today's
short-text scaling, TopicScorer.shortExponent) plus alpha * out-of-fold probability / threshold,
the best mean of full and short accuracy; otherwise alpha is --alpha.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from eval_topics import LABELS, bbc, first_sentence  # noqa: E402

EPOCHS, RATE = int(os.environ.get("EPOCHS", 400)), float(os.environ.get("RATE", 8.0))
CLASSES = list(LABELS.values())
ELISION = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "dell", "all", "nell", "sull"}


def fold(ch):
    return "".join(c for c in unicodedata.normalize("NFKD", ch.lower()) if not unicodedata.combining(c))


def words(text):
    """newsd's Tokenizer.words, for Latin text: folded runs of letters and digits."""
    out, cur = [], ""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isalnum():
            cur += fold(ch)
        elif ch in "'\u2019" and cur:
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt in "sS" and (i + 2 >= n or not text[i + 2].isalnum()):
                out.append(cur)
                cur = ""
                i += 2
                continue
            if nxt.isalnum():
                if cur in ELISION:
                    out.append(cur)
                    cur = ""
                else:
                    cur += "'"
            else:
                out.append(cur)
                cur = ""
        else:
            if cur:
                out.append(cur)
            cur = ""
        i += 1
    if cur:
        out.append(cur)
    return out


def stem(w):
    """newsd's Stemmer.english."""
    if len(w.encode()) <= 3 or not re.fullmatch(r"[a-z]+", w):
        return w
    b = w
    if b.endswith("ies") and len(b) > 4:
        b = b[:-3] + "y"
    elif b.endswith("sses"):
        b = b[:-2]
    elif b.endswith("s") and not b.endswith(("ss", "us", "is")) and len(b) > 1:
        b = b[:-1]

    def undouble(b):
        if len(b) >= 4 and b[-1] == b[-2] and b[-1] not in "aeiouls":
            return b[:-1]
        return b

    if b.endswith("ing") and len(b) >= 7:
        b = undouble(b[:-3])
    elif b.endswith("ied") and len(b) > 4:
        b = b[:-3] + "y"
    elif b.endswith("ed") and len(b) >= 6 and not b.endswith("eed"):
        b = undouble(b[:-2])
    return b


def features(title, body):
    counts = {}
    for w in words(title):
        if not w.isdigit():
            counts[stem(w)] = counts.get(stem(w), 0) + 2
    for w in words(body):
        if not w.isdigit():
            counts[stem(w)] = counts.get(stem(w), 0) + 1
    return counts


def read(path):
    title, _, body = open(path, encoding="latin-1").read().partition("\n")
    return title.strip(), body


def matrix(docs, vocab):
    x = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for i, c in enumerate(docs):
        for s, k in c.items():
            j = vocab.get(s)
            if j is not None:
                x[i, j] = math.log1p(k)
        norm = np.linalg.norm(x[i])
        if norm > 0:
            x[i] /= norm
    return x


def train(x, y, l2, epochs=EPOCHS, rate=RATE):
    n, d = x.shape
    w = np.zeros((d, len(CLASSES)), dtype=np.float32)
    b = np.zeros(len(CLASSES), dtype=np.float32)
    onehot = np.eye(len(CLASSES), dtype=np.float32)[y]
    for _ in range(epochs):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - onehot
        w -= rate * (x.T @ g / n + l2 * w)
        b -= rate * g.mean(axis=0)
    return w, b


def probabilities(x, w, b):
    z = x @ w + b
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def rule_ratios(binary, paths):
    """Each article's top-level rule ratios (1 = threshold) for CLASSES, from `analyze --explain`."""
    out = subprocess.run([binary, "analyze", "--json", "--explain", *paths], capture_output=True, text=True)
    ratios = {}
    for line in out.stdout.splitlines():
        a = json.loads(line)
        r = {t["id"]: t["score"] / (1 - t["score"]) if t["score"] < 1 else 1e3 for t in a["topic_ranking"]}
        ratios[a["file"]] = r
    return ratios


def choose_alpha(binary, items, oof_full, oof_short, y, threshold=6.0):
    with tempfile.TemporaryDirectory(prefix="newsd-train-") as tmp:
        shorts, lengths = [], []
        for k, (path, _) in enumerate(items):
            title, body = read(path)
            cut = first_sentence(body)
            p = os.path.join(tmp, f"{k}.txt")
            with open(p, "w") as o:
                o.write(title + "\n\n" + cut + "\n")
            shorts.append(p)
            lengths.append(len(words(cut)))
        full = rule_ratios(binary, [p for p, _ in items])
        short = rule_ratios(binary, shorts)
    best = None
    # Up to twice a topic's threshold: BBC has only the model's five topics, so on it a larger
    # alpha always looks better, while on real news it would outvote the rules' other twelve.
    for alpha in [0, 2, 4, 6, 8, 10, 12]:
        right = [0, 0]
        for k, (path, _) in enumerate(items):
            for j, (ratios, probs, boost) in enumerate([
                    (full[path], oof_full[k], 1.0),
                    (short[shorts[k]], oof_short[k], (150 / max(lengths[k], 30)) ** 0.35)]):
                scores = {t: r * boost for t, r in ratios.items()}
                for c, t in enumerate(CLASSES):
                    scores[t] = scores.get(t, 0) + alpha * probs[c] / threshold
                right[j] += max(scores, key=scores.get) == CLASSES[y[k]]
        acc = [r / len(items) for r in right]
        print(f"alpha {alpha:5.1f}: full {acc[0]:.3f}, short {acc[1]:.3f}", file=sys.stderr)
        if best is None or sum(acc) > best[0]:
            best = (sum(acc), alpha)
    return best[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../shared/corpus/bbc"))
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "../Sources/NewsCore/Resources/topic-model.tsv"))
    ap.add_argument("--min-df", type=int, default=3)
    ap.add_argument("--l2", type=float, default=3e-5)
    ap.add_argument("--alpha", type=float, default=12.0)
    ap.add_argument("--rules-binary", help="a newsd without the model: choose alpha with its rule scores")
    ap.add_argument("--keep", type=float, default=0.0, help="features whose largest |weight| is below this are dropped"
                    " (newsd normalises over the features it has: above 0 the norms differ a little)")
    args = ap.parse_args()

    items = bbc(args.corpus, "train")
    full, short, y = [], [], []
    for path, label in items:
        title, body = read(path)
        full.append(features(title, body))
        short.append(features(title, first_sentence(body)))
        y.append(CLASSES.index(label))
    y = np.array(y)
    df = {}
    for c in full:
        for s in c:
            df[s] = df.get(s, 0) + 1
    vocab = {s: i for i, s in enumerate(sorted(s for s, k in df.items() if k >= args.min_df))}
    xf, xs = matrix(full, vocab), matrix(short, vocab)

    # Five-fold out-of-fold accuracy on the training split (the held-out fifth is not read).
    folds = np.arange(len(y)) % 5
    oof_full, oof_short = np.zeros((len(y), len(CLASSES))), np.zeros((len(y), len(CLASSES)))
    for f in range(5):
        tr = folds != f
        w, b = train(np.vstack([xf[tr], xs[tr]]), np.concatenate([y[tr], y[tr]]), args.l2)
        oof_full[~tr] = probabilities(xf[~tr], w, b)
        oof_short[~tr] = probabilities(xs[~tr], w, b)
    print(f"model alone, out of fold: full {np.mean(oof_full.argmax(1) == y):.3f}, short {np.mean(oof_short.argmax(1) == y):.3f}"
          f" ({len(vocab)} features, {len(y)} articles)", file=sys.stderr)

    if args.rules_binary:
        args.alpha = choose_alpha(args.rules_binary, items, oof_full, oof_short, y)

    w, b = train(np.vstack([xf, xs]), np.concatenate([y, y]), args.l2)
    keep = [s for s, i in vocab.items() if np.abs(w[i]).max() >= args.keep]
    with open(args.out, "w") as o:
        o.write("# The short-text topic model: made by scripts/train_topic_model.py from the BBC corpus (training\n")
        o.write("# split only). softmax(bias + sum of feature * weight); features log(1 + count), title twice, L2-normalised.\n")
        o.write("classes\t" + "\t".join(CLASSES) + "\n")
        o.write(f"alpha\t{args.alpha}\n")
        o.write("bias\t" + "\t".join(f"{v:.4f}" for v in b) + "\n")
        for s in sorted(keep):
            o.write(s + "\t" + "\t".join(f"{v:.4f}" for v in w[vocab[s]]) + "\n")
    print(f"wrote {args.out}: {len(keep)} features", file=sys.stderr)


if __name__ == "__main__":
    main()
