package ingot.translator.inspect;

/** One class file found in the inputs: where it came from, and its bytes. */
final class ClassSource {
    private final String origin;
    private final byte[] bytes;

    ClassSource(String origin, byte[] bytes) {
        this.origin = origin;
        this.bytes = bytes;
    }

    /** {@code file.class}, or {@code file.jar!entry/Name.class}. */
    String origin() {
        return origin;
    }

    byte[] bytes() {
        return bytes;
    }
}
