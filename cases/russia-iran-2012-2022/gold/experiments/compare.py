"""The comparison behind CODEBOOK.md, "Statistical classifiers" (not part of the build).

Usage (Debian python3 with python3-sklearn 1.2.1, python3-pandas):
  compare.py FEATURES GOLD_DIR freeze   trains on every gold sentence outside round 4 and writes the
                                        round-4 predictions (round4-frozen-predictions.tsv, stdout)
  compare.py FEATURES GOLD_DIR score    scores those predictions against gold.tsv
  compare.py FEATURES GOLD_DIR curve    learning curves, 5-fold CV on the training sentences
FEATURES is FeatureDump.java's output, made with lexicon 1.4.1. The training sentences are those of
rounds 1-3 (train-keys.tsv, 1,056 keys); round 4 is the set of sentences in
round4-frozen-predictions.tsv (positions 25-32 of GoldSampler's shuffle), its held-out split
`test4` in sample.tsv.
"""
import sys, os, warnings
import numpy as np, pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from sklearn.model_selection import StratifiedKFold
warnings.filterwarnings('ignore')

HERE = os.path.dirname(os.path.abspath(__file__))
PRED = os.path.join(HERE, 'round4-frozen-predictions.tsv')
TRAIN = os.path.join(HERE, 'train-keys.tsv')
DETECTORS = [('wlt', 1.0), ('elt', 3.0)]  # words | embedding, + lexicon flags + matched terms; LR C

def load(features, gold_dir):
    rows = [l.rstrip('\n').split('\t') for l in open(features, encoding='utf-8')]
    f = pd.DataFrame({'file': [r[0] for r in rows], 'sentence_no': [int(r[1]) for r in rows],
                      'lmove': [int(r[2]) for r in rows], 'ldes': [int(r[3]) for r in rows],
                      'lstr': [float(r[4]) for r in rows], 'lneg': [int(r[5]) for r in rows],
                      'terms': [r[6] for r in rows], 'text': [r[7] for r in rows]})
    emb = np.array([[float(x) for x in r[8].split(',')] for r in rows])
    f['i'] = range(len(f))
    gold = pd.read_csv(os.path.join(gold_dir, 'gold.tsv'), sep='\t', keep_default_na=False)
    r4 = pd.read_csv(PRED, sep='\t')[['file', 'sentence_no']]
    keys = pd.read_csv(TRAIN, sep='\t')
    train = keys.merge(gold, on=['file', 'sentence_no']).merge(f, on=['file', 'sentence_no'])
    train = train.sort_values(['file', 'sentence_no']).reset_index(drop=True)
    if len(train) != len(keys):
        sys.exit(f'{TRAIN}: {len(keys) - len(train)} training keys missing from gold.tsv or FEATURES')
    test = r4.merge(f, on=['file', 'sentence_no'])
    return train, test, emb

def features(kind, frame, fitted, emb):
    parts = []
    if 'w' in kind:
        parts.append(fitted['w'].transform(frame.text.values))
    if 'l' in kind:
        parts.append(csr_matrix(np.c_[frame.lmove, frame.ldes, frame.lstr, frame.lneg]))
    if 't' in kind:
        parts.append(fitted['t'].transform(frame.terms.values))
    if 'e' in kind:
        parts.append(csr_matrix(emb[frame.i.values]))
    return hstack(parts).tocsr()

def fit_vocab(frame):
    return {'w': TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True).fit(frame.text),
            't': CountVectorizer(token_pattern=r'[^|]+', binary=True).fit(frame.terms)}

def freeze(train, test, emb):
    vocab = fit_vocab(train)
    out = test[['file', 'sentence_no']].copy()
    out['lexicon'] = test.lmove.values
    for kind, c in DETECTORS:
        clf = LogisticRegression(C=c, max_iter=5000, class_weight='balanced')
        clf.fit(features(kind, train, vocab, emb), train.move.values)
        out[kind] = clf.predict(features(kind, test, vocab, emb))
    out.to_csv(sys.stdout, sep='\t', index=False, lineterminator='\n')

def score(gold_dir):
    gold = pd.read_csv(os.path.join(gold_dir, 'gold.tsv'), sep='\t', keep_default_na=False)
    sample = pd.read_csv(os.path.join(gold_dir, 'sample.tsv'), sep='\t', keep_default_na=False)
    d = pd.read_csv(PRED, sep='\t').merge(gold, on=['file', 'sentence_no']).merge(
        sample[['file', 'sentence_no', 'split']], on=['file', 'sentence_no'])
    for name, sub in [('round 4, all', d), ('round 4, test', d[d.split == 'test4'])]:
        if sub.empty:
            sys.exit(f'{name}: no sentences; is round 4 in sample.tsv, its held-out split named test4?')
        for det in ['lexicon'] + [k for k, _ in DETECTORS]:
            y, p = sub.move.values, sub[det].values
            print(f"{name:14s} {det:8s} P {precision_score(y, p):.3f} R {recall_score(y, p):.3f} "
                  f"F1 {f1_score(y, p):.3f}")

def curve(train, emb):
    y = train.move.values
    rng = np.random.default_rng(0)
    for kind, c in DETECTORS:
        res = []
        for frac in (0.25, 0.5, 0.75, 1.0):
            f1s = []
            for seed in range(3):
                pred = np.zeros(len(y))
                for tr, te in StratifiedKFold(5, shuffle=True, random_state=seed).split(np.zeros(len(y)), y):
                    tr = rng.choice(tr, int(len(tr) * frac), replace=False)
                    vocab = fit_vocab(train.iloc[tr])
                    clf = LogisticRegression(C=c, max_iter=5000, class_weight='balanced')
                    clf.fit(features(kind, train.iloc[tr], vocab, emb), y[tr])
                    pred[te] = clf.predict(features(kind, train.iloc[te], vocab, emb))
                f1s.append(f1_score(y, pred))
            res.append(f"{np.mean(f1s):.3f}")
        print(kind, ' / '.join(res))

if __name__ == '__main__':
    feats, gold_dir, what = sys.argv[1:4]
    if what == 'score':
        score(gold_dir)
    else:
        train, test, emb = load(feats, gold_dir)
        freeze(train, test, emb) if what == 'freeze' else curve(train, emb)
