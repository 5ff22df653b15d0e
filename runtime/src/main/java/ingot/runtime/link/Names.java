package ingot.runtime.link;

/** Internal class names: packages and the external (dotted) spelling used in error messages. */
final class Names {
    private Names() {
    }

    /** Whether two internal class names are in the same package (the same loader is implied). */
    static boolean samePackage(String a, String b) {
        int end = a.lastIndexOf('/');
        return end == b.lastIndexOf('/') && a.regionMatches(0, b, 0, Math.max(end, 0));
    }

    static String external(String internalName) {
        return internalName.replace('/', '.');
    }
}
