package io.github.tinybin.asm;

import java.util.Arrays;

/**
 * nasm's sizing passes for a program made only of fixed bytes, labels and branches (in one
 * section, to its labels), computed from what changed instead of by walking the program. Each pass
 * is still nasm's pass (a branch sees this pass's value of a label before it and the previous
 * pass's value of one at or after it), so the passes reach the same states and end on the same
 * pass as the full walk in {@link Passes}.
 *
 * <p>A branch's length depends only on its displacement. With c_p(j) the bytes that the changes
 * of pass p before entry j added, a branch at e to a label at t moves by c_p(t) - c_p(e) from one
 * pass to the next if t is before e, and by c_(p-1)(t) - c_p(e) otherwise. So a pass evaluates
 * only the branches to a label before them whose span holds a change of this pass, the branches to
 * a label after them whose span holds a change of the previous pass, and the branches to a label
 * after them where c_p and c_(p-1) differ; every other branch keeps its displacement and length.
 * A branch's displacement is kept from its last evaluation and moved by those sums, read off the
 * two passes' change lists; labels get their values only at the end ({@link #materialize}).
 */
final class DeltaSizing {
    /** What an entry is to the delta form: bytes and labels that never move in their section, a branch, anything else. */
    static final int FIXED = 0;
    static final int BRANCH = 1;
    static final int OTHER = 2;
    /** Entries per block of the span index. */
    private static final int BLOCK = 64;

    private final SymbolTable symbols;
    private final int section;
    /** Entries (of the branches' section): their offsets in the recorded pass and labels (-1 if none); the section's size then. */
    private final int n;
    private final long[] base;
    private final int[] label;
    private final long baseEnd;
    /** Per entry: the entry of its branch's target, -1 if it is no branch; the branch's lengths now and at the start. */
    private final int[] target;
    private final int[] reach;
    private final int[] far;
    private final int[] length;
    private final int[] startLength;
    /** labelsBefore[j]: how many entries before j define a label. */
    private final int[] labelsBefore;
    /** Branches to a label at or after them, in entry order. */
    private final int[] forward;
    /** Per block, the branches whose span [e, t) (forward) or [t, e) (backward) meets it. */
    private final int[] forwardSpanStart;
    private final int[] forwardSpans;
    private final int[] backwardSpanStart;
    private final int[] backwardSpans;
    /** Per branch: its displacement when last evaluated, which stays its displacement until a pass evaluates it again. */
    private final long[] displacement;
    /** The bytes all branches grew by since the start. */
    private long grown;
    /**
     * The changes of the previous pass and of this one: entry, and the bytes of all changes of the
     * pass up to and including it, in entry order.
     */
    private int[] previousAt;
    private long[] previousSum;
    private int previousCount;
    private int[] currentAt;
    private long[] currentSum;
    private int currentCount;
    /** c_p at the entry being evaluated: the bytes the changes of this pass so far added, all before it. */
    private long shift;
    /** The pass that last evaluated each branch, so no branch is evaluated twice in one pass. */
    private final int[] evaluatedIn;
    private int pass;
    private final IntHeap due;

    private DeltaSizing(SymbolTable symbols, int section, long[] base, int[] label, long baseEnd, int[] target,
                        int[] reach, int[] far, int[] length, int[] forward, int[][] forwardIndex,
                        int[][] backwardIndex) {
        this.symbols = symbols;
        this.section = section;
        this.n = base.length;
        this.base = base;
        this.label = label;
        this.baseEnd = baseEnd;
        this.target = target;
        this.reach = reach;
        this.far = far;
        this.length = length;
        this.startLength = length.clone();
        this.forward = forward;
        this.forwardSpanStart = forwardIndex[0];
        this.forwardSpans = forwardIndex[1];
        this.backwardSpanStart = backwardIndex[0];
        this.backwardSpans = backwardIndex[1];
        labelsBefore = new int[n + 1];
        for (int j = 0; j < n; j++) {
            labelsBefore[j + 1] = labelsBefore[j] + (label[j] >= 0 ? 1 : 0);
        }
        displacement = new long[n];
        evaluatedIn = new int[n];
        previousAt = new int[16];
        previousSum = new long[16];
        currentAt = new int[16];
        currentSum = new long[16];
        due = new IntHeap();
    }

    /**
     * The delta form of the passes after one that recorded {@code offsets} and {@code lengths}, or
     * null when the program has anything else: statements other than labels, fixed bytes and
     * branches, branches in several sections, a branch to anything but a label of its section,
     * sizes that could grow past {@code outputLimit}, or spans too long to index. Labels and fixed
     * bytes of other sections never move within their section, so the passes leave them alone.
     *
     * @param kinds per entry: {@link #FIXED}, {@link #BRANCH} or {@link #OTHER}
     * @param lengthPairs per branch entry, {@code reach << 8 | far} (0 if not sized by arithmetic)
     * @param lengths per branch entry, its length in the recorded pass (-1 if not sized by arithmetic)
     * @param offsets per entry, its offset in the recorded pass
     * @param sectionSizes per section, its size in the recorded pass
     */
    static DeltaSizing of(SymbolTable symbols, int entries, int[] kinds, int[] sections, int[] labels, int[] targets,
                          int[] lengthPairs, int[] lengths, long[] offsets, long[] sectionSizes, long outputLimit) {
        int section = -1;
        for (int e = 0; e < entries; e++) {
            int kind = kinds[e];
            if (sections[e] < 0 || kind == OTHER) {
                return null;
            }
            if (kind == BRANCH) {
                if (section >= 0 && sections[e] != section) {
                    return null;
                }
                section = sections[e];
            }
        }
        if (section < 0) {
            return null; // no branch: nothing can move after the recorded pass
        }
        // the entries of the branches' section, numbered from 0
        int count = 0;
        int[] local = new int[entries];
        int[] entryOfLabel = new int[symbols.count];
        Arrays.fill(entryOfLabel, -1);
        for (int e = 0; e < entries; e++) {
            if (sections[e] == section) {
                local[e] = count++;
                if (labels[e] >= 0) {
                    entryOfLabel[labels[e]] = local[e];
                }
            }
        }
        long[] base = new long[count];
        int[] label = new int[count];
        for (int e = 0; e < entries; e++) {
            if (sections[e] == section) {
                base[local[e]] = offsets[e];
                label[local[e]] = labels[e];
            }
        }
        int[] target = new int[count];
        int[] reach = new int[count];
        int[] far = new int[count];
        int[] length = new int[count];
        Arrays.fill(target, -1);
        long growth = 0;
        int forwardCount = 0;
        long forwardBlocks = 0;
        long backwardBlocks = 0;
        for (int e = 0; e < entries; e++) {
            if (kinds[e] != BRANCH) {
                continue;
            }
            int j = local[e];
            int id = targets[e];
            int t = entryOfLabel[id];
            if (lengths[e] < 0 || lengthPairs[e] == 0 || t < 0 || symbols.kind[id] != SymbolTable.LABEL
                    || symbols.section[id] != section || symbols.value[id] != base[t]) {
                return null;
            }
            target[j] = t;
            reach[j] = lengthPairs[e] >>> 8;
            far[j] = lengthPairs[e] & 0xff;
            length[j] = lengths[e];
            growth += Math.max(0, Math.max(reach[j], far[j]) - length[j]);
            if (t >= j) {
                forwardCount++;
                forwardBlocks += t > j ? (t - 1) / BLOCK - j / BLOCK + 1 : 0;
            } else {
                backwardBlocks += (j - 1) / BLOCK - t / BLOCK + 1;
            }
        }
        long total = growth;
        for (long size : sectionSizes) {
            total += size;
        }
        if (total > outputLimit) {
            return null; // a pass could exceed the limit, which only the full passes report
        }
        if (forwardBlocks + backwardBlocks > 8L * count + 1024) {
            return null; // long spans everywhere: the walk is cheaper than the index
        }
        int[] forward = new int[forwardCount];
        int f = 0;
        for (int j = 0; j < count; j++) {
            if (target[j] >= j) {
                forward[f++] = j;
            }
        }
        int blocks = (count + BLOCK - 1) / BLOCK;
        return new DeltaSizing(symbols, section, base, label, sectionSizes[section], target, reach, far, length,
                forward, spanIndex(target, blocks, (int) forwardBlocks, true),
                spanIndex(target, blocks, (int) backwardBlocks, false));
    }

    /** Per block, the branches (to a label after them, or before) whose span meets it, as start offsets and items. */
    private static int[][] spanIndex(int[] target, int blocks, int size, boolean forward) {
        int[] start = new int[blocks + 1];
        for (int pass = 0; pass < 2; pass++) {
            int[] items = pass == 0 ? null : new int[size];
            int[] fill = pass == 0 ? null : Arrays.copyOf(start, blocks);
            for (int e = 0; e < target.length; e++) {
                int t = target[e];
                if (t < 0 || forward != t >= e) {
                    continue;
                }
                int from = forward ? e : t;
                int to = forward ? t : e; // the span is [from, to)
                if (to <= from) {
                    continue;
                }
                for (int b = from / BLOCK; b <= (to - 1) / BLOCK; b++) {
                    if (pass == 0) {
                        start[b + 1]++;
                    } else {
                        items[fill[b]++] = e;
                    }
                }
            }
            if (pass == 0) {
                for (int b = 0; b < blocks; b++) {
                    start[b + 1] += start[b];
                }
            } else {
                return new int[][] {start, items};
            }
        }
        throw new AssertionError();
    }

    int section() {
        return section;
    }

    /** The section's size after the last pass. */
    long size() {
        return baseEnd + grown;
    }

    /** One sizing pass; true when a label moved. */
    boolean pass() {
        pass++;
        currentCount = 0;
        shift = 0;
        if (pass == 1) {
            // no previous changes are known: this pass evaluates every branch, as the walk would,
            // with the previous pass's offsets being the recorded ones
            for (int e = 0; e < n; e++) {
                int t = target[e];
                if (t >= 0) {
                    long here = base[e] + shift;
                    long value = t < e ? base[t] + changes(currentAt, currentSum, currentCount, t) : base[t];
                    evaluate(e, value - here);
                }
            }
            due.clear();
        } else {
            sweep();
        }
        int[] at = previousAt;
        long[] sum = previousSum;
        previousAt = currentAt;
        previousSum = currentSum;
        previousCount = currentCount;
        currentAt = at;
        currentSum = sum;
        return labelsMoved();
    }

    /** The bytes a pass's changes before entry j added (c(j)), from its change list. */
    private static long changes(int[] at, long[] sum, int count, int j) {
        int k = lowerBound(at, 0, count, j);
        return k == 0 ? 0 : sum[k - 1];
    }

    /** Evaluates, in entry order, the branches whose displacement may have changed (see the class comment). */
    private void sweep() {
        // branches to a label after them whose span holds a change of the previous pass
        for (int c = 0; c < previousCount; c++) {
            int x = previousAt[c];
            int b = x / BLOCK;
            for (int i = forwardSpanStart[b]; i < forwardSpanStart[b + 1]; i++) {
                int e = forwardSpans[i];
                if (e <= x && x < target[e]) {
                    due.add(e);
                }
            }
        }
        int next = 0; // the next branch in forward[] to consider
        int previousIndex = 0; // changes of the previous pass before the entry looked at
        while (true) {
            int h = due.isEmpty() ? Integer.MAX_VALUE : due.peek();
            int f = next < forward.length ? forward[next] : Integer.MAX_VALUE;
            if (f == Integer.MAX_VALUE && h == Integer.MAX_VALUE) {
                break;
            }
            if (f <= h) {
                while (previousIndex < previousCount && previousAt[previousIndex] < f) {
                    previousIndex++;
                }
                long previousShift = previousIndex == 0 ? 0 : previousSum[previousIndex - 1];
                // c_p at f is shift: the changes of this pass so far all lie before f
                if (previousShift != shift || f == h) {
                    next++;
                    reevaluate(f);
                    continue;
                }
                // c_p and c_(p-1) agree from f on until the next change of either pass
                int until = previousIndex < previousCount ? previousAt[previousIndex] + 1 : Integer.MAX_VALUE;
                until = Math.min(until, h == Integer.MAX_VALUE ? Integer.MAX_VALUE : h + 1);
                next = until == Integer.MAX_VALUE ? forward.length : lowerBound(forward, next + 1, forward.length, until);
                continue;
            }
            due.poll();
            reevaluate(h);
        }
    }

    /**
     * Evaluates the branch at e in a pass after the first: its displacement moved by c_p(t) - c_p(e)
     * (label before it) or c_(p-1)(t) - c_p(e) (label at or after it) since the previous pass.
     */
    private void reevaluate(int e) {
        if (evaluatedIn[e] == pass) {
            return;
        }
        int t = target[e];
        long atTarget = t < e ? changes(currentAt, currentSum, currentCount, t)
                : changes(previousAt, previousSum, previousCount, t);
        evaluate(e, displacement[e] + atTarget - shift);
    }

    /** Sizes the branch at e from its displacement d in this pass, recording a change of its length. */
    private void evaluate(int e, long d) {
        evaluatedIn[e] = pass;
        displacement[e] = d;
        int r = reach[e];
        int newLength = d >= r - 128 && d <= r + 127 ? r : far[e];
        int by = newLength - length[e];
        if (by == 0) {
            return;
        }
        length[e] = newLength;
        grown += by;
        shift += by;
        if (currentCount == currentAt.length) {
            currentAt = Arrays.copyOf(currentAt, currentCount * 2);
            currentSum = Arrays.copyOf(currentSum, currentCount * 2);
        }
        currentAt[currentCount] = e;
        currentSum[currentCount++] = shift;
        // branches to a label before them whose span holds this change come later in this pass
        int b = e / BLOCK;
        for (int i = backwardSpanStart[b]; i < backwardSpanStart[b + 1]; i++) {
            int x = backwardSpans[i];
            if (target[x] <= e && e < x && evaluatedIn[x] != pass) {
                due.add(x);
            }
        }
    }

    /** The first index in [from, to) of the strictly increasing {@code sorted} whose value is >= key. */
    private static int lowerBound(int[] sorted, int from, int to, int key) {
        int found = Arrays.binarySearch(sorted, from, to, key);
        return found >= 0 ? found : -found - 1;
    }

    /** True when a label lies after a change of this pass with the changes before it not cancelling out. */
    private boolean labelsMoved() {
        for (int c = 0; c < previousCount; c++) {
            int from = previousAt[c];
            int to = c + 1 < previousCount ? previousAt[c + 1] : n - 1;
            // the labels of entries from + 1 .. to are moved by the changes up to this one
            if (previousSum[c] != 0 && labelsBefore[to + 1] > labelsBefore[from + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Writes the labels' values of the last pass into the symbol table. */
    void materialize() {
        long shift = 0;
        for (int j = 0; j < n; j++) {
            if (label[j] >= 0) {
                symbols.value[label[j]] = base[j] + shift;
            }
            if (target[j] >= 0) {
                shift += length[j] - startLength[j];
            }
        }
    }

    /** A binary min-heap of entry numbers, duplicates allowed (evaluation skips repeats). */
    private static final class IntHeap {
        private int[] heap = new int[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        int peek() {
            return heap[0];
        }

        void add(int v) {
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= v) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = v;
        }

        int poll() {
            int top = heap[0];
            int v = heap[--size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && heap[child + 1] < heap[child]) {
                    child++;
                }
                if (v <= heap[child]) {
                    break;
                }
                heap[i] = heap[child];
                i = child;
            }
            if (size > 0) {
                heap[i] = v;
            }
            return top;
        }
    }
}
