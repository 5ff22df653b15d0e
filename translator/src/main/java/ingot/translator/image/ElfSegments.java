package ingot.translator.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The program headers of an image (ELF64, little-endian), and the sizes the build reports: code
 * (the R+X load segment: the shim and the compiled methods), read-only data (string bytes, names,
 * code tables), data (Class objects, string objects, static fields, page tables) and the zeroed
 * memory after it (stacks, bss).
 */
public final class ElfSegments {
    public static final int PT_LOAD = 1;
    public static final int PT_NOTE = 4;

    /** One program header. */
    public record Segment(int type, int flags, long offset, long address, long fileSize, long memorySize) {
    }

    private ElfSegments() {
    }

    /** Every program header of the ELF file in {@code bytes}. */
    public static List<Segment> read(byte[] bytes) {
        ByteBuffer elf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long phoff = elf.getLong(32);
        int size = Short.toUnsignedInt(elf.getShort(54));
        int count = Short.toUnsignedInt(elf.getShort(56));
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = (int) phoff + i * size;
            segments.add(new Segment(elf.getInt(at), elf.getInt(at + 4), elf.getLong(at + 8),
                    elf.getLong(at + 16), elf.getLong(at + 32), elf.getLong(at + 40)));
        }
        return segments;
    }

    /** "code N, read-only data N, data N bytes; N more zeroed at boot" for an image's three load segments. */
    public static String summary(byte[] bytes) {
        List<Segment> loads = read(bytes).stream().filter(s -> s.type() == PT_LOAD).toList();
        if (loads.size() != 3) {
            return loads.size() + " load segments";
        }
        return "code " + loads.get(0).fileSize() + ", read-only data " + loads.get(1).fileSize() + ", data "
                + loads.get(2).fileSize() + " bytes; " + (loads.get(2).memorySize() - loads.get(2).fileSize())
                + " more zeroed at boot";
    }
}
