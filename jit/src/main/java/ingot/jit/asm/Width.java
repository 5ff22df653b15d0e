package ingot.jit.asm;

/** An operand size: byte, word, dword or qword, with its NASM size keyword. */
public final class Width {
    public static final Width BYTE = new Width(0, 1, "byte");
    public static final Width WORD = new Width(1, 2, "word");
    public static final Width DWORD = new Width(2, 4, "dword");
    public static final Width QWORD = new Width(3, 8, "qword");

    private final int index;
    private final int bytes;
    private final String keyword;

    private Width(int index, int bytes, String keyword) {
        this.index = index;
        this.bytes = bytes;
        this.keyword = keyword;
    }

    /** 0 for byte up to 3 for qword. */
    public int index() {
        return index;
    }

    public int bytes() {
        return bytes;
    }

    public int bits() {
        return bytes * 8;
    }

    /** The NASM size keyword: {@code byte}, {@code word}, {@code dword} or {@code qword}. */
    public String keyword() {
        return keyword;
    }

    /** Bytes of an arithmetic immediate of this width: qword operations take a sign-extended imm32. */
    int immediateBytes() {
        return bytes == 8 ? 4 : bytes;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
