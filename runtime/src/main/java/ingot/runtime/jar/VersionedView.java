package ingot.runtime.jar;

/**
 * Chooses, for a multi-release jar, the entry a class loader sees under each name: the one from
 * the highest {@code META-INF/versions/N/} with N &lt;= release, else the base entry. Names keep
 * the order in which they first appear in the central directory; of repeated entries for the same
 * name and version the last wins (as {@link JarArchive#find}).
 */
final class VersionedView {
    private VersionedView() {
    }

    static JarEntry[] select(JarEntry[] entries, int release) {
        NameIndex slots = new NameIndex(entries.length);
        JarEntry[] chosen = new JarEntry[entries.length];
        int count = 0;
        for (JarEntry e : entries) {
            int version = e.release();
            if (version < 0 || version > release) {
                continue;
            }
            String name = e.baseName();
            int slot = slots.get(name);
            if (slot < 0) {
                slot = count++;
                slots.put(name, slot);
                chosen[slot] = e;
            } else if (version >= chosen[slot].release()) {
                chosen[slot] = e;
            }
        }
        JarEntry[] result = new JarEntry[count];
        System.arraycopy(chosen, 0, result, 0, count);
        return result;
    }

    /** The distinct releases N of the versioned entries, highest first. */
    static int[] releasesPresent(JarEntry[] entries) {
        boolean[] seen = new boolean[JarEntry.MAX_RELEASE + 1];
        int count = 0;
        for (JarEntry e : entries) {
            if (e.release() > 0 && !seen[e.release()]) {
                seen[e.release()] = true;
                count++;
            }
        }
        int[] releases = new int[count];
        int n = 0;
        for (int v = JarEntry.MAX_RELEASE; v > 0; v--) {
            if (seen[v]) {
                releases[n++] = v;
            }
        }
        return releases;
    }
}
