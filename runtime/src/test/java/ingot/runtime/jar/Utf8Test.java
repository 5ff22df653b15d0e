package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void decodesEveryWidth() throws JarFormatException {
        String s = "a/é/€/日本/\uD83D\uDE00/\u007F\u0080\u07FF\u0800\uFFFF";
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        assertEquals(s, Utf8.decode(b, 0, b.length, "name"));
    }

    @Test
    void rejectsMalformedSequences() {
        int[][] bad = {
            {0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0x80}, {0xED, 0xA0, 0x80}, {0xF0, 0x80, 0x80, 0x80},
            {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0xC3}, {0xE2, 0x82}, {0xC3, 0x41},
        };
        for (int[] ints : bad) {
            byte[] b = new byte[ints.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ints[i];
            }
            assertThrows(JarFormatException.class, () -> Utf8.decode(b, 0, b.length, "name"));
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[random.nextInt(8)];
            for (int k = 0; k < b.length; k++) {
                b[k] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(0x100));
            }
            String expected;
            try {
                expected = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                expected = null;
            }
            String ours;
            try {
                ours = Utf8.decode(b, 0, b.length, "name");
            } catch (JarFormatException e) {
                ours = null;
            }
            assertEquals(expected, ours);
        }
    }
}
