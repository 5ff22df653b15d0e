package ingot.classlib.differential;

/**
 * A key like {@link Collider} that is not Comparable, so that HashMap tree bins order it by class
 * name and identity hash code. Shared by both sides (it is not renamed), so its identity hash
 * codes are the same on both.
 */
public final class PlainCollider {
    private final int id;
    private final int hash;

    public PlainCollider(int id, int hash) {
        this.id = id;
        this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlainCollider && ((PlainCollider) o).id == id;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "P" + id;
    }
}
