package ingot.runtime.jar;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Writes ZIP archives byte by byte, with the options java.util.zip will not produce on demand:
 * ZIP64 records and extra fields for small entries, data descriptors, a prefix before the archive,
 * an archive comment.
 */
final class ZipBuilder {
    private final List<Item> items = new ArrayList<>();
    private boolean zip64;
    private boolean dataDescriptors;
    private byte[] prefix = new byte[0];
    private byte[] comment = new byte[0];

    private static final class Item {
        byte[] name;
        byte[] data;
        byte[] stored;
        int method;
        long crc;
        long offset;
    }

    ZipBuilder zip64() {
        zip64 = true;
        return this;
    }

    ZipBuilder dataDescriptors() {
        dataDescriptors = true;
        return this;
    }

    ZipBuilder prefix(byte[] bytes) {
        prefix = bytes;
        return this;
    }

    ZipBuilder comment(String text) {
        comment = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    ZipBuilder stored(String name, byte[] data) {
        return add(name, data, JarEntry.STORED);
    }

    ZipBuilder deflated(String name, byte[] data) {
        return add(name, data, JarEntry.DEFLATED);
    }

    ZipBuilder stored(String name, String text) {
        return stored(name, text.getBytes(StandardCharsets.UTF_8));
    }

    ZipBuilder deflated(String name, String text) {
        return deflated(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ZipBuilder add(String name, byte[] data, int method) {
        Item item = new Item();
        item.name = name.getBytes(StandardCharsets.UTF_8);
        item.data = data;
        item.method = method;
        item.stored = method == JarEntry.STORED ? data : Zlib.deflate(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        item.crc = crc.getValue();
        items.add(item);
        return this;
    }

    byte[] build() {
        Out out = new Out();
        out.bytes(prefix);
        for (Item item : items) {
            item.offset = out.size() - prefix.length;
            writeLocal(out, item);
        }
        long directoryStart = out.size();
        for (Item item : items) {
            writeCentral(out, item);
        }
        long directorySize = out.size() - directoryStart;
        long directoryOffset = directoryStart - prefix.length;
        if (zip64) {
            long record = out.size();
            out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0)
                    .u64(items.size()).u64(items.size()).u64(directorySize).u64(directoryOffset);
            out.u32(0x07064b50).u32(0).u64(record).u32(1);
        }
        out.u32(0x06054b50).u16(0).u16(0);
        out.u16(zip64 ? 0xFFFF : items.size()).u16(zip64 ? 0xFFFF : items.size());
        out.u32(zip64 ? 0xFFFFFFFFL : directorySize).u32(zip64 ? 0xFFFFFFFFL : directoryOffset);
        out.u16(comment.length).bytes(comment);
        return out.toByteArray();
    }

    private void writeLocal(Out out, Item item) {
        int flags = 0x800 | (dataDescriptors ? 8 : 0);
        boolean zeros = dataDescriptors;
        out.u32(0x04034b50).u16(zip64 ? 45 : 20).u16(flags).u16(item.method).u16(0).u16(0x21);
        out.u32(zeros ? 0 : item.crc);
        out.u32(zip64 || zeros ? (zip64 ? 0xFFFFFFFFL : 0) : item.stored.length);
        out.u32(zip64 || zeros ? (zip64 ? 0xFFFFFFFFL : 0) : item.data.length);
        out.u16(item.name.length).u16(zip64 ? 20 : 0).bytes(item.name);
        if (zip64) {
            out.u16(1).u16(16).u64(zeros ? 0 : item.data.length).u64(zeros ? 0 : item.stored.length);
        }
        out.bytes(item.stored);
        if (dataDescriptors) {
            out.u32(0x08074b50).u32(item.crc);
            if (zip64) {
                out.u64(item.stored.length).u64(item.data.length);
            } else {
                out.u32(item.stored.length).u32(item.data.length);
            }
        }
    }

    private void writeCentral(Out out, Item item) {
        int flags = 0x800 | (dataDescriptors ? 8 : 0);
        out.u32(0x02014b50).u16(45).u16(zip64 ? 45 : 20).u16(flags).u16(item.method).u16(0).u16(0x21);
        out.u32(item.crc);
        out.u32(zip64 ? 0xFFFFFFFFL : item.stored.length).u32(zip64 ? 0xFFFFFFFFL : item.data.length);
        out.u16(item.name.length).u16(zip64 ? 28 : 0).u16(0).u16(0).u16(0).u32(0);
        out.u32(zip64 ? 0xFFFFFFFFL : item.offset).bytes(item.name);
        if (zip64) {
            out.u16(1).u16(24).u64(item.data.length).u64(item.stored.length).u64(item.offset);
        }
    }

    /** Little-endian output. */
    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Out u16(int v) {
            bytes.write(v);
            bytes.write(v >>> 8);
            return this;
        }

        Out u32(long v) {
            u16((int) v & 0xFFFF);
            return u16((int) (v >>> 16) & 0xFFFF);
        }

        Out u64(long v) {
            u32(v & 0xFFFFFFFFL);
            return u32(v >>> 32);
        }

        Out bytes(byte[] b) {
            bytes.write(b, 0, b.length);
            return this;
        }

        long size() {
            return bytes.size();
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
