package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/** Names of classes and methods as the image stores them (NUL-terminated UTF-8), made into Strings. */
public final class ClassNames {
    private ClassNames() {
    }

    /** The Class object of an object. */
    static Object classOf(Object object) {
        return Mem.objectAt(Mem.loadLong(Mem.addressOf(object)));
    }

    /** A class's binary name, with dots ({@code java.lang.String}, {@code [Ljava.lang.String;}). */
    static String binaryName(Object type) {
        return text(Mem.loadLong(Mem.addressOf(type) + ClassWords.NAME)).replace('/', '.');
    }

    /** True when the NUL-terminated name at {@code address} starts with the ASCII {@code prefix}. */
    static boolean startsWith(long address, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (Mem.loadByte(address + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the NUL-terminated name at {@code address} holds the ASCII {@code part}. */
    static boolean contains(long address, String part) {
        for (long at = address; Mem.loadByte(at) != 0; at++) {
            if (startsWith(at, part)) {
                return true;
            }
        }
        return false;
    }

    /** A NUL-terminated UTF-8 string at {@code address}, or null for address 0. */
    static String text(long address) {
        if (address == 0) {
            return null;
        }
        int length = 0;
        while (Mem.loadByte(address + length) != 0) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = Mem.loadByte(address + i);
        }
        return new String(bytes);
    }
}
