package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class Crc32Test {
    @Test
    void knownValues() {
        assertEquals(0, Crc32.of(new byte[0], 0, 0));
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xCBF43926, Crc32.of(check, 0, check.length));
    }

    @Test
    void matchesJavaUtilZipOnEveryLengthAndOffset() {
        Random random = new Random(1234);
        byte[] data = new byte[300];
        random.nextBytes(data);
        for (int off = 0; off < 9; off++) {
            for (int len = 0; off + len <= data.length; len++) {
                CRC32 reference = new CRC32();
                reference.update(data, off, len);
                assertEquals((int) reference.getValue(), Crc32.of(data, off, len), "off " + off + " len " + len);
            }
        }
    }

    @Test
    void continuesAcrossCalls() {
        byte[] data = new byte[1000];
        new Random(5).nextBytes(data);
        int crc = 0;
        for (int i = 0; i < data.length; i += 37) {
            crc = Crc32.update(crc, data, i, Math.min(37, data.length - i));
        }
        CRC32 reference = new CRC32();
        reference.update(data);
        assertEquals((int) reference.getValue(), crc);
    }
}
