package java.util;

/**
 * A node of a HashMap tree bin: a red-black tree ordered by hash, then by compareTo for keys of
 * one comparable class, then by {@link HashKeyOrder#tieBreak}, whose nodes also stay on the bin's
 * {@code next} list. Iteration follows that list, so its order is the JDK's only if every list
 * edit is the JDK's: the table slot holds the tree's root first (moved to the front after each
 * insertion and, unless an iterator removes, each deletion); a new node goes right after its tree
 * parent; a deleted node is unlinked where it stands. Tree bins exist only in tables of 64 or more
 * slots; a bin turns back into a plain chain when a resize leaves six or fewer nodes in it, or a
 * removal leaves its root without a right child or a left grandchild.
 *
 * <p>It extends LinkedHashMap.Entry so that a LinkedHashMap's tree nodes stay on its list.
 */
final class HashTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    /** A resize leaves a tree bin with this many nodes or fewer as a plain chain. */
    static final int UNTREEIFY_THRESHOLD = 6;

    HashTreeNode<K, V> parent;
    HashTreeNode<K, V> left;
    HashTreeNode<K, V> right;
    /** The node before this one on the bin's next list. */
    HashTreeNode<K, V> prev;
    boolean red;

    HashTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        super(hash, key, value, next);
    }

    /** The root of the tree holding this node. */
    HashTreeNode<K, V> root() {
        HashTreeNode<K, V> r = this;
        while (r.parent != null) {
            r = r.parent;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    HashTreeNode<K, V> nextTreeNode() {
        return (HashTreeNode<K, V>) next;
    }

    /** Makes {@code root} the first node of its slot, unlinking it from where it stood on the list. */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashTreeNode<K, V> root) {
        if (root == null || tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & root.hash;
        @SuppressWarnings("unchecked")
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        if (root == first) {
            return;
        }
        tab[index] = root;
        HashTreeNode<K, V> before = root.prev;
        HashTreeNode<K, V> after = root.nextTreeNode();
        if (after != null) {
            after.prev = before;
        }
        if (before != null) {
            before.next = after;
        }
        if (first != null) {
            first.prev = root;
        }
        root.next = first;
        root.prev = null;
    }

    /**
     * The node of key {@code k} (hash {@code h}) in this subtree, or null. Where hashes tie and
     * the keys are not mutually comparable, both subtrees are searched (the right one first).
     */
    HashTreeNode<K, V> find(int h, Object k, Class<?> kc) {
        HashTreeNode<K, V> p = this;
        while (p != null) {
            HashTreeNode<K, V> pl = p.left;
            HashTreeNode<K, V> pr = p.right;
            if (p.hash > h) {
                p = pl;
            } else if (p.hash < h) {
                p = pr;
            } else if (HashMap.matches(p.key, k)) {
                return p;
            } else if (pl == null) {
                p = pr;
            } else if (pr == null) {
                p = pl;
            } else {
                if (kc == null) {
                    kc = HashKeyOrder.comparableClassFor(k);
                }
                int dir = kc == null ? 0 : HashKeyOrder.compareComparables(kc, k, p.key);
                if (dir != 0) {
                    p = dir < 0 ? pl : pr;
                } else {
                    HashTreeNode<K, V> q = pr.find(h, k, kc);
                    if (q != null) {
                        return q;
                    }
                    p = pl;
                }
            }
        }
        return null;
    }

    /** The node of key {@code k} in the tree holding this node, or null. */
    HashTreeNode<K, V> getTreeNode(int h, Object k) {
        return (parent != null ? root() : this).find(h, k, null);
    }

    /** Builds the tree of the list starting at this node, then moves its root to the front. */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashTreeNode<K, V> root = null;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> x = this; x != null; x = next) {
            next = x.nextTreeNode();
            x.left = null;
            x.right = null;
            if (root == null) {
                x.parent = null;
                x.red = false;
                root = x;
            } else {
                root = insertLeaf(root, x);
            }
        }
        moveRootToFront(tab, root);
    }

    /** Hangs {@code x} below the leaf where the bin order puts it; returns the rebalanced root. */
    private static <K, V> HashTreeNode<K, V> insertLeaf(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        Object k = x.key;
        int h = x.hash;
        Class<?> kc = null;
        HashTreeNode<K, V> p = root;
        while (true) {
            int dir;
            if (p.hash > h) {
                dir = -1;
            } else if (p.hash < h) {
                dir = 1;
            } else {
                if (kc == null) {
                    kc = HashKeyOrder.comparableClassFor(k);
                }
                dir = kc == null ? 0 : HashKeyOrder.compareComparables(kc, k, p.key);
                if (dir == 0) {
                    dir = HashKeyOrder.tieBreak(k, p.key);
                }
            }
            HashTreeNode<K, V> xp = p;
            p = dir <= 0 ? p.left : p.right;
            if (p == null) {
                hang(xp, x, dir);
                return HashTreeBalance.afterInsertion(root, x);
            }
        }
    }

    /** Makes {@code x} the left (dir <= 0) or right child of leaf parent {@code xp}. */
    private static <K, V> void hang(HashTreeNode<K, V> xp, HashTreeNode<K, V> x, int dir) {
        x.parent = xp;
        if (dir <= 0) {
            xp.left = x;
        } else {
            xp.right = x;
        }
    }

    /** The list starting at this node as plain nodes (made by the map), in the same order. */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> head = null;
        HashMap.Node<K, V> tail = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tail == null) {
                head = p;
            } else {
                tail.next = p;
            }
            tail = p;
        }
        return head;
    }

    /**
     * Puts a new node for key {@code k} into the tree of this bin and returns null, or returns the
     * node already holding the key. The new node follows its tree parent on the list.
     */
    HashTreeNode<K, V> putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int h, K k, V v) {
        Class<?> kc = null;
        boolean searched = false;
        HashTreeNode<K, V> root = parent != null ? root() : this;
        HashTreeNode<K, V> p = root;
        while (true) {
            int dir;
            if (p.hash > h) {
                dir = -1;
            } else if (p.hash < h) {
                dir = 1;
            } else if (HashMap.matches(p.key, k)) {
                return p;
            } else {
                if (kc == null) {
                    kc = HashKeyOrder.comparableClassFor(k);
                }
                dir = kc == null ? 0 : HashKeyOrder.compareComparables(kc, k, p.key);
                if (dir == 0) {
                    if (!searched) {
                        searched = true;
                        HashTreeNode<K, V> q = findInChildren(p, h, k, kc);
                        if (q != null) {
                            return q;
                        }
                    }
                    dir = HashKeyOrder.tieBreak(k, p.key);
                }
            }
            HashTreeNode<K, V> xp = p;
            p = dir <= 0 ? p.left : p.right;
            if (p == null) {
                HashMap.Node<K, V> xpn = xp.next;
                HashTreeNode<K, V> x = map.newTreeNode(h, k, v, xpn);
                hang(xp, x, dir);
                xp.next = x;
                x.prev = xp;
                if (xpn != null) {
                    ((HashTreeNode<K, V>) xpn).prev = x;
                }
                moveRootToFront(tab, HashTreeBalance.afterInsertion(root, x));
                return null;
            }
        }
    }

    private static <K, V> HashTreeNode<K, V> findInChildren(HashTreeNode<K, V> p, int h, Object k, Class<?> kc) {
        HashTreeNode<K, V> q = p.left == null ? null : p.left.find(h, k, kc);
        if (q == null && p.right != null) {
            q = p.right.find(h, k, kc);
        }
        return q;
    }

    /**
     * Removes this node from its bin. With {@code movable} (every removal but an iterator's) a
     * tree whose root lacks a right child or a left grandchild becomes a plain chain first, and the
     * new root moves to the front afterwards.
     */
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        if (tab == null || tab.length == 0) {
            return;
        }
        int index = (tab.length - 1) & hash;
        @SuppressWarnings("unchecked")
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        HashTreeNode<K, V> root = first;
        HashTreeNode<K, V> succ = nextTreeNode();
        if (prev == null) {
            first = succ;
            tab[index] = first;
        } else {
            prev.next = succ;
        }
        if (succ != null) {
            succ.prev = prev;
        }
        if (first == null) {
            return;
        }
        if (root.parent != null) {
            root = root.root();
        }
        if (movable && tooSmall(root)) {
            tab[index] = first.untreeify(map);
            return;
        }
        HashTreeNode<K, V> newRoot = HashTreeBalance.delete(root, this);
        if (movable) {
            moveRootToFront(tab, newRoot);
        }
    }

    private static boolean tooSmall(HashTreeNode<?, ?> root) {
        return root.right == null || root.left == null || root.left.left == null;
    }

    /**
     * Splits this bin of a table being doubled into the nodes that stay at {@code index} and
     * those that move to {@code index + bit}, keeping list order; each half stays a tree (rebuilt
     * if the other half is not empty) unless it has six nodes or fewer.
     */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        @SuppressWarnings("unchecked")
        HashTreeNode<K, V>[] lo = (HashTreeNode<K, V>[]) new HashTreeNode<?, ?>[2];
        @SuppressWarnings("unchecked")
        HashTreeNode<K, V>[] hi = (HashTreeNode<K, V>[]) new HashTreeNode<?, ?>[2];
        int lc = 0;
        int hc = 0;
        HashTreeNode<K, V> next;
        for (HashTreeNode<K, V> e = this; e != null; e = next) {
            next = e.nextTreeNode();
            e.next = null;
            if ((e.hash & bit) == 0) {
                append(lo, e);
                lc++;
            } else {
                append(hi, e);
                hc++;
            }
        }
        placeHalf(map, tab, index, lo[0], lc, hi[0] != null);
        placeHalf(map, tab, index + bit, hi[0], hc, lo[0] != null);
    }

    /** Appends {@code e} to the list whose head and tail are {@code ends[0]} and {@code ends[1]}. */
    private static <K, V> void append(HashTreeNode<K, V>[] ends, HashTreeNode<K, V> e) {
        HashTreeNode<K, V> tail = ends[1];
        e.prev = tail;
        if (tail == null) {
            ends[0] = e;
        } else {
            tail.next = e;
        }
        ends[1] = e;
    }

    private static <K, V> void placeHalf(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index,
            HashTreeNode<K, V> head, int count, boolean otherHalf) {
        if (head == null) {
            return;
        }
        if (count <= UNTREEIFY_THRESHOLD) {
            tab[index] = head.untreeify(map);
        } else {
            tab[index] = head;
            if (otherHalf) {
                head.treeify(tab);
            }
        }
    }
}
