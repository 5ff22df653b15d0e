package java.util;

/**
 * The red-black tree operations of HashMap's tree bins (CLR insertion and deletion fix-ups; a
 * deleted node with two children trades places with its successor by relinking, so entries stay
 * the nodes they were). The shapes must be the JDK's: the list order of a bin depends on which
 * node is the root and below which parent each new node hangs. Each fix-up is written once, for
 * the side named by a flag, and mirrored through {@link #child} and {@link #rotate}.
 */
final class HashTreeBalance {
    private HashTreeBalance() {
    }

    /** {@code p}'s left child if {@code left}, else its right one. */
    private static <K, V> HashTreeNode<K, V> child(HashTreeNode<K, V> p, boolean left) {
        return left ? p.left : p.right;
    }

    private static boolean isRed(HashTreeNode<?, ?> p) {
        return p != null && p.red;
    }

    /**
     * Rotates {@code p} down to the {@code toLeft} side (its other child takes its place);
     * returns the root, blackened if the rotation replaced it.
     */
    static <K, V> HashTreeNode<K, V> rotate(HashTreeNode<K, V> root, HashTreeNode<K, V> p, boolean toLeft) {
        HashTreeNode<K, V> r = p == null ? null : child(p, !toLeft);
        if (r == null) {
            return root;
        }
        HashTreeNode<K, V> inner = child(r, toLeft);
        if (toLeft) {
            p.right = inner;
        } else {
            p.left = inner;
        }
        if (inner != null) {
            inner.parent = p;
        }
        HashTreeNode<K, V> pp = p.parent;
        r.parent = pp;
        if (pp == null) {
            root = r;
            r.red = false;
        } else if (pp.left == p) {
            pp.left = r;
        } else {
            pp.right = r;
        }
        if (toLeft) {
            r.left = p;
        } else {
            r.right = p;
        }
        p.parent = r;
        return root;
    }

    /** Restores the red-black rules after leaf {@code x} was hung into the tree; returns the root. */
    static <K, V> HashTreeNode<K, V> afterInsertion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        x.red = true;
        while (true) {
            HashTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            HashTreeNode<K, V> xpp = xp.parent;
            if (!xp.red || xpp == null) {
                return root;
            }
            boolean leftSide = xp == xpp.left;
            HashTreeNode<K, V> uncle = child(xpp, !leftSide);
            if (isRed(uncle)) {
                uncle.red = false;
                xp.red = false;
                xpp.red = true;
                x = xpp;
                continue;
            }
            if (x == child(xp, !leftSide)) {
                x = xp;
                root = rotate(root, x, leftSide);
                xp = x.parent;
                xpp = xp == null ? null : xp.parent;
            }
            if (xp != null) {
                xp.red = false;
                if (xpp != null) {
                    xpp.red = true;
                    root = rotate(root, xpp, !leftSide);
                }
            }
        }
    }

    /**
     * Takes {@code p} out of the tree of {@code root} (its list links are the caller's business)
     * and returns the new root.
     */
    static <K, V> HashTreeNode<K, V> delete(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> pl = p.left;
        HashTreeNode<K, V> pr = p.right;
        HashTreeNode<K, V> replacement;
        if (pl != null && pr != null) {
            HashTreeNode<K, V> s = pr;
            while (s.left != null) {
                s = s.left;
            }
            HashTreeNode<K, V> sr = s.right;
            root = swapWithSuccessor(root, p, s);
            replacement = sr != null ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            HashTreeNode<K, V> pp = p.parent;
            replacement.parent = pp;
            if (pp == null) {
                root = replacement;
                replacement.red = false;
            } else if (p == pp.left) {
                pp.left = replacement;
            } else {
                pp.right = replacement;
            }
            p.left = null;
            p.right = null;
            p.parent = null;
        }
        HashTreeNode<K, V> r = p.red ? root : afterDeletion(root, replacement);
        if (replacement == p) {
            detach(p);
        }
        return r;
    }

    /** Exchanges the places and colours of {@code p} and its successor {@code s}; returns the root. */
    private static <K, V> HashTreeNode<K, V> swapWithSuccessor(HashTreeNode<K, V> root, HashTreeNode<K, V> p,
            HashTreeNode<K, V> s) {
        HashTreeNode<K, V> pl = p.left;
        HashTreeNode<K, V> pr = p.right;
        boolean c = s.red;
        s.red = p.red;
        p.red = c;
        HashTreeNode<K, V> sr = s.right;
        HashTreeNode<K, V> pp = p.parent;
        if (s == pr) {
            p.parent = s;
            s.right = p;
        } else {
            HashTreeNode<K, V> sp = s.parent;
            p.parent = sp;
            if (sp != null) {
                if (s == sp.left) {
                    sp.left = p;
                } else {
                    sp.right = p;
                }
            }
            s.right = pr;
            if (pr != null) {
                pr.parent = s;
            }
        }
        p.left = null;
        p.right = sr;
        if (sr != null) {
            sr.parent = p;
        }
        s.left = pl;
        if (pl != null) {
            pl.parent = s;
        }
        s.parent = pp;
        if (pp == null) {
            root = s;
        } else if (p == pp.left) {
            pp.left = s;
        } else {
            pp.right = s;
        }
        return root;
    }

    /** Cuts leaf {@code p} from its parent. */
    private static void detach(HashTreeNode<?, ?> p) {
        HashTreeNode<?, ?> pp = p.parent;
        p.parent = null;
        if (pp != null) {
            if (p == pp.left) {
                pp.left = null;
            } else if (p == pp.right) {
                pp.right = null;
            }
        }
    }

    /** Restores the red-black rules after a black node above {@code x} went away; returns the root. */
    static <K, V> HashTreeNode<K, V> afterDeletion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        while (true) {
            if (x == null || x == root) {
                return root;
            }
            HashTreeNode<K, V> xp = x.parent;
            if (xp == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            boolean leftSide = xp.left == x;
            HashTreeNode<K, V> sib = child(xp, !leftSide);
            if (isRed(sib)) {
                sib.red = false;
                xp.red = true;
                root = rotate(root, xp, leftSide);
                xp = x.parent;
                sib = xp == null ? null : child(xp, !leftSide);
            }
            if (sib == null) {
                x = xp;
                continue;
            }
            HashTreeNode<K, V> near = child(sib, leftSide);
            HashTreeNode<K, V> far = child(sib, !leftSide);
            if (!isRed(far) && !isRed(near)) {
                sib.red = true;
                x = xp;
                continue;
            }
            if (!isRed(far)) {
                if (near != null) {
                    near.red = false;
                }
                sib.red = true;
                root = rotate(root, sib, !leftSide);
                xp = x.parent;
                sib = xp == null ? null : child(xp, !leftSide);
            }
            if (sib != null) {
                sib.red = xp != null && xp.red;
                far = child(sib, !leftSide);
                if (far != null) {
                    far.red = false;
                }
            }
            if (xp != null) {
                xp.red = false;
                root = rotate(root, xp, leftSide);
            }
            x = root;
        }
    }
}
