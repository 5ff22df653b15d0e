package ingot.translator.rig;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A cpio archive in the "newc" format, the one Linux unpacks from an initramfs: per entry a
 * 110-byte ASCII header ({@code 070701}, then 13 fields of 8 hex digits), the NUL-terminated
 * name padded to 4 bytes, the data padded to 4 bytes; the archive ends with the entry
 * {@code TRAILER!!!}. Entries belong to root, with the modes given.
 */
final class CpioWriter {
    static final int MODE_DIRECTORY = 0040755;
    static final int MODE_FILE = 0100644;
    static final int MODE_EXECUTABLE = 0100755;
    private static final String MAGIC = "070701";
    private static final String TRAILER = "TRAILER!!!";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int inode = 1;

    CpioWriter directory(String name) {
        entry(name, MODE_DIRECTORY, new byte[0]);
        return this;
    }

    CpioWriter file(String name, byte[] data) {
        entry(name, MODE_FILE, data);
        return this;
    }

    CpioWriter file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The archive with its trailer; the writer is not to be used afterwards. */
    byte[] finish() {
        entry(TRAILER, 0, new byte[0]);
        return out.toByteArray();
    }

    private void entry(String name, int mode, byte[] data) {
        byte[] nameBytes = (name + "\0").getBytes(StandardCharsets.UTF_8);
        int links = (mode & 0170000) == 0040000 ? 2 : 1;
        int[] fields = {inode++, mode, 0, 0, links, 0, data.length, 0, 0, 0, 0, nameBytes.length, 0};
        StringBuilder header = new StringBuilder(110).append(MAGIC);
        for (int field : fields) {
            header.append(String.format("%08x", field));
        }
        out.writeBytes(header.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(nameBytes);
        pad();
        out.writeBytes(data);
        pad();
    }

    private void pad() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }
}
