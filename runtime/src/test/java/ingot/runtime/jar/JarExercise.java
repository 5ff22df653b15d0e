package ingot.runtime.jar;

/** Drives every reading path of a {@link JarArchive}, as the fuzz and mutation tests do. */
final class JarExercise {
    private JarExercise() {
    }

    /**
     * Reads {@code data} as far as it goes: every entry (by index and by name), the manifest, the
     * multi-release view for 17. Returns how many entries inflated and checked out, or -1 when the
     * directory itself is rejected. Throws only what the reader lets escape besides
     * {@link JarFormatException}, which is the point.
     */
    static int readEverything(byte[] data, long limit) {
        JarArchive archive;
        try {
            archive = JarArchive.read(data, limit);
        } catch (JarFormatException e) {
            return -1;
        }
        int good = 0;
        for (int i = 0; i < archive.size(); i++) {
            JarEntry e = archive.entry(i);
            if (archive.find(e.name()) == null) {
                throw new AssertionError("find does not see " + e.name());
            }
            try {
                archive.contents(e);
                good++;
            } catch (JarFormatException x) {
                // expected for damaged entries
            }
        }
        try {
            archive.manifest();
        } catch (JarFormatException x) {
            // expected for a damaged manifest
        }
        archive.isMultiRelease();
        for (JarEntry e : archive.versionedEntries(17)) {
            archive.findVersioned(archive.loaderName(e), 17);
        }
        return good;
    }
}
