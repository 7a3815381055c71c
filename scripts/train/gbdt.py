"""A small gradient-boosted tree ensemble for the block scorer, written for what the scorer
must not do: learn one page.

Binary log-loss, Newton leaf values with L2 regularisation (`l2`), each clipped to
`leaf_cap` before the shrinkage (`learning_rate`) scales it, trees grown best-first to
`leaves` leaves over binned features. Every split must leave blocks of at least `min_pages`
distinct pages on each side: a leaf is a pattern seen on many pages, never one page's
fingerprint. numpy only; the trees come out as plain lists (feature, threshold, left, right)
and leaf values, children after their parent, which is what src/blocks/trees.rs holds.
"""
import numpy as np

# Candidate thresholds per feature, at most: quantiles of its values (fewer when it has fewer
# distinct values). 63 keeps every bin index in a byte with room.
MAX_BINS = 63


class Binned:
    """Features as bin codes: code c of value x is the number of thresholds below x, so
    `x <= thresholds[j]` is `code <= j`."""

    def __init__(self, x):
        self.thresholds = []
        codes = np.empty(x.shape, dtype=np.uint8)
        for f in range(x.shape[1]):
            t = thresholds_of(x[:, f])
            self.thresholds.append(t)
            codes[:, f] = np.searchsorted(t, x[:, f], side="left")
        self.codes = codes

    def bins(self, f):
        return len(self.thresholds[f]) + 1


def thresholds_of(values):
    """Midpoints between neighbouring distinct values (quantiles of them when there are
    many), as float32 so that Rust's f32 comparison splits exactly where training did."""
    distinct = np.unique(values)
    if len(distinct) > MAX_BINS:
        distinct = np.unique(np.quantile(distinct, np.linspace(0, 1, MAX_BINS + 1)))
    mids = (distinct[:-1] + distinct[1:]) / 2
    return np.unique(mids.astype(np.float32))


class Params:
    def __init__(self, trees=40, leaves=8, learning_rate=0.2, l2=10.0, leaf_cap=3.0,
                 min_pages=15, min_hessian=1.0):
        self.trees, self.leaves, self.learning_rate = trees, leaves, learning_rate
        self.l2, self.leaf_cap, self.min_pages, self.min_hessian = l2, leaf_cap, min_pages, min_hessian

    def __repr__(self):
        return (f"trees={self.trees} leaves={self.leaves} lr={self.learning_rate} l2={self.l2} "
                f"cap={self.leaf_cap} min_pages={self.min_pages}")

    @property
    def leaf_bound(self):
        """No leaf is worth more than this many log-odds."""
        return self.learning_rate * self.leaf_cap


class Split:
    def __init__(self, gain, feature, bin):
        self.gain, self.feature, self.bin = gain, feature, bin


class Ensemble:
    """`baseline` plus one leaf value per tree; trees as node lists (see `nodes`)."""

    def __init__(self, baseline, trees, thresholds):
        self.baseline, self.trees, self.thresholds = baseline, trees, thresholds

    def decision(self, x):
        x = np.asarray(x, dtype=np.float32)
        score = np.full(len(x), self.baseline, dtype=np.float64)
        rows = np.arange(len(x))
        for nodes in self.trees:
            leaf = np.array([n[0] is None for n in nodes])
            feature = np.array([0 if n[0] is None else n[0] for n in nodes])
            value = np.array([n[1] for n in nodes], dtype=np.float32)
            left = np.array([n[2] for n in nodes])
            right = np.array([n[3] for n in nodes])
            at = np.zeros(len(x), dtype=np.int64)
            while not leaf[at].all():
                go_left = x[rows, feature[at]] <= value[at]
                at = np.where(leaf[at], at, np.where(go_left, left[at], right[at]))
            score += value[at]
        return score

    def probability(self, x):
        return 1 / (1 + np.exp(-self.decision(x)))


def fit(x, y, w, page, params):
    """Trains on features `x`, labels `y` (0/1), weights `w` and the page of each row, `page`
    (integers, rows grouped by page in ascending order). Returns the Ensemble and, per tree,
    the rows of each leaf (for the support report)."""
    binned = Binned(x)
    p0 = np.clip(np.average(y, weights=w), 1e-6, 1 - 1e-6)
    baseline = float(np.log(p0 / (1 - p0)))
    score = np.full(len(y), baseline)
    trees, supports = [], []
    for _ in range(params.trees):
        prob = 1 / (1 + np.exp(-score))
        g, h = w * (prob - y), w * prob * (1 - prob)
        nodes, leaves = grow(binned, g, h, page, params)
        for rows, value in leaves:
            score[rows] += value
        trees.append(nodes)
        supports.append([rows for rows, _ in leaves])
    return Ensemble(baseline, trees, binned.thresholds), supports


def grow(binned, g, h, page, params):
    """One tree, best-first: nodes [(feature, threshold, left, right) or (None, value, 0, 0)]
    in breadth-first order, and (rows, value) per leaf."""
    root = np.arange(len(g))
    open_leaves = [(root, best_split(binned, g, h, page, root, params))]
    final = []
    while len(open_leaves) < params.leaves:
        k = max(range(len(open_leaves)), key=lambda i: gain_of(open_leaves[i][1]))
        rows, split = open_leaves[k]
        if split is None:
            break
        open_leaves.pop(k)
        left_mask = binned.codes[rows, split.feature] <= split.bin
        children = []
        for part in (rows[left_mask], rows[~left_mask]):
            children.append((part, best_split(binned, g, h, page, part, params)))
        open_leaves += children
        final.append((rows, split, children[0][0], children[1][0]))
    return layout(binned, g, h, final, [rows for rows, _ in open_leaves], root, params)


def gain_of(split):
    return -1.0 if split is None else split.gain


def leaf_value(g, h, rows, params):
    raw = -g[rows].sum() / (h[rows].sum() + params.l2)
    return float(np.clip(raw, -params.leaf_cap, params.leaf_cap) * params.learning_rate)


def layout(binned, g, h, splits, leaf_rows, root, params):
    """The tree's nodes breadth-first from the root (children after their parent)."""
    by_rows = {id_of(rows): (split, left, right) for rows, split, left, right in splits}
    nodes, leaves, queue = [], [], [root]
    while queue:
        rows = queue.pop(0)
        entry = by_rows.get(id_of(rows))
        if entry is None:
            value = leaf_value(g, h, rows, params)
            nodes.append((None, value, 0, 0))
            leaves.append((rows, value))
            continue
        split, left, right = entry
        here = len(nodes)
        nodes.append([split.feature, float(binned.thresholds[split.feature][split.bin]), 0, 0])
        left_at = here + len(queue) + 1
        nodes[here][2], nodes[here][3] = left_at, left_at + 1
        queue += [left, right]
    return [tuple(n) for n in nodes], leaves


def id_of(rows):
    """A node's identity: its rows (no two nodes of a tree share their first row and size)."""
    return (int(rows[0]) if len(rows) else -1, len(rows))


def best_split(binned, g, h, page, rows, params):
    """The split of `rows` with the largest gain that leaves `min_pages` pages and
    `min_hessian` on each side; None when there is none."""
    if len(rows) < 2:
        return None
    pages = page[rows]
    starts = np.flatnonzero(np.r_[True, pages[1:] != pages[:-1]])
    if len(starts) < 2 * params.min_pages:
        return None
    codes = binned.codes[rows]
    lows = np.minimum.reduceat(codes, starts, axis=0)
    highs = np.maximum.reduceat(codes, starts, axis=0)
    gr, hr = g[rows], h[rows]
    total_g, total_h = gr.sum(), hr.sum()
    parent = total_g ** 2 / (total_h + params.l2)
    best = None
    for f in range(codes.shape[1]):
        n = binned.bins(f)
        if n < 2:
            continue
        gl = np.cumsum(np.bincount(codes[:, f], weights=gr, minlength=n))[:-1]
        hl = np.cumsum(np.bincount(codes[:, f], weights=hr, minlength=n))[:-1]
        left_pages = np.cumsum(np.bincount(lows[:, f], minlength=n))[:-1]
        right_pages = len(starts) - np.cumsum(np.bincount(highs[:, f], minlength=n))[:-1]
        ok = ((left_pages >= params.min_pages) & (right_pages >= params.min_pages)
              & (hl >= params.min_hessian) & (total_h - hl >= params.min_hessian))
        if not ok.any():
            continue
        gain = gl ** 2 / (hl + params.l2) + (total_g - gl) ** 2 / (total_h - hl + params.l2) - parent
        gain[~ok] = -np.inf
        j = int(np.argmax(gain))
        if gain[j] > 0 and (best is None or gain[j] > best.gain):
            best = Split(float(gain[j]), f, j)
    return best


def leaf_pages(supports, page):
    """Per tree and leaf, how many distinct pages its training rows come from."""
    return [[len(np.unique(page[rows])) for rows in tree] for tree in supports]
