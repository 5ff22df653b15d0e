package ingot.runtime.classfile;

/** The one shape of every format-error message: {@code <class>: byte <offset>: <what>}. */
final class FormatMessage {
    private FormatMessage() {
    }

    static String of(String className, int offset, String what) {
        String who = className == null ? "class file" : className;
        return who + ": byte " + offset + ": " + what;
    }
}
