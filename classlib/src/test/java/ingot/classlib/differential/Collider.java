package ingot.classlib.differential;

/**
 * A key whose hash code the test chooses, so that keys collide in hash tables. Equal by id.
 * Shared by both sides (it is not renamed).
 */
public final class Collider implements Comparable<Collider> {
    private final int id;
    private final int hash;

    public Collider(int id, int hash) {
        this.id = id;
        this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Collider && ((Collider) o).id == id;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public int compareTo(Collider o) {
        return Integer.compare(id, o.id);
    }

    @Override
    public String toString() {
        return "C" + id;
    }
}
