package ingot.runtime.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class InflaterTest {
    private static final int LIMIT = 64 << 20;

    private static byte[] inflate(byte[] stream) throws JarFormatException {
        return Inflater.inflate(stream, 0, stream.length, Inflater.UNKNOWN_SIZE, LIMIT);
    }

    /** Ours must accept exactly what zlib accepts, with the same bytes; returns ours (or null). */
    private static byte[] assertLikeZlib(byte[] stream) {
        byte[] expected = Zlib.inflate(stream, LIMIT);
        try {
            byte[] ours = inflate(stream);
            assertNotNull(expected, "zlib rejects a stream we accept");
            assertArrayEquals(expected, ours);
            return ours;
        } catch (JarFormatException e) {
            assertNull(expected, "zlib accepts a stream we reject: " + e.getMessage());
            return null;
        }
    }

    private static void assertRejected(byte[] stream, String fragment) {
        JarFormatException e = assertThrows(JarFormatException.class, () -> inflate(stream));
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        assertNull(Zlib.inflate(stream, LIMIT), "zlib accepts it");
    }

    private static byte[][] samples() {
        Random random = new Random(42);
        byte[] noise = new byte[100_000];
        random.nextBytes(noise);
        byte[] skewed = new byte[200_000];
        for (int i = 0; i < skewed.length; i++) {
            skewed[i] = (byte) (Math.abs(random.nextGaussian()) * 12);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("line ").append(i % 97).append(" of some text, repeated with variations ").append(i * 7919 % 1000).append('\n');
        }
        return new byte[][] {
            new byte[0], {7}, "abc".getBytes(StandardCharsets.US_ASCII), noise, skewed,
            new byte[1 << 20], text.toString().getBytes(StandardCharsets.US_ASCII),
        };
    }

    @Test
    void roundTripsEveryLevelAndStrategy() throws JarFormatException {
        int[] strategies = {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY};
        for (byte[] data : samples()) {
            for (int level : new int[] {0, 1, 6, 9}) {
                for (int strategy : strategies) {
                    byte[] stream = Zlib.deflate(data, level, strategy);
                    String what = data.length + " bytes, level " + level + ", strategy " + strategy;
                    assertArrayEquals(data, inflate(stream), what);
                    assertArrayEquals(data, Inflater.inflate(stream, 0, stream.length, data.length, LIMIT), what);
                }
            }
        }
    }

    @Test
    void readsAStreamInsideALargerArrayAndIgnoresTrailingBytes() throws JarFormatException {
        byte[] data = samples()[6];
        byte[] stream = Zlib.deflate(data);
        byte[] framed = new byte[stream.length + 20];
        Arrays.fill(framed, (byte) 0xA5);
        System.arraycopy(stream, 0, framed, 7, stream.length);
        assertArrayEquals(data, Inflater.inflate(framed, 7, stream.length + 13, data.length, LIMIT));
    }

    @Test
    void reusesOneInstance() throws JarFormatException {
        Inflater inflater = new Inflater();
        for (byte[] data : samples()) {
            byte[] stream = Zlib.deflate(data);
            assertArrayEquals(data, inflater.decompress(stream, 0, stream.length, Inflater.UNKNOWN_SIZE, LIMIT));
        }
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] stream = Zlib.deflate(Arrays.copyOf(samples()[6], 3000));
        for (int n = 0; n < stream.length; n++) {
            byte[] cut = Arrays.copyOf(stream, n);
            assertThrows(JarFormatException.class, () -> inflate(cut), "cut at " + n);
            assertNull(Zlib.inflate(cut, LIMIT));
        }
        byte[] stored = Zlib.deflate(Arrays.copyOf(samples()[6], 3000), 0, Deflater.DEFAULT_STRATEGY);
        assertRejected(Arrays.copyOf(stored, stored.length - 1), "truncated");
    }

    @Test
    void emptyFixedBlock() throws JarFormatException {
        assertEquals(0, inflate(new byte[] {3, 0}).length);
        assertLikeZlib(new byte[] {3, 0});
    }

    @Test
    void blockTypeThreeIsRejected() {
        assertRejected(new BitWriter().bits(1, 1).bits(3, 2).toByteArray(), "block type 3");
    }

    @Test
    void storedLengthMustMatchItsComplement() {
        assertRejected(new BitWriter().bits(1, 1).bits(0, 2).bytes(5, 0, 0, 0, 1, 2, 3, 4, 5).toByteArray(),
                "complement");
    }

    @Test
    void distanceBeforeTheStartIsRejected() {
        int[] fixed = BitWriter.fixedLitlen();
        byte[] stream = new BitWriter().bits(1, 1).bits(1, 2).symbol(fixed, 257).code(0, 5)
                .symbol(fixed, 256).toByteArray();
        assertRejected(stream, "before the start");
    }

    @Test
    void fixedSymbols286And287AreInvalid() {
        int[] fixed = BitWriter.fixedLitlen();
        for (int s : new int[] {286, 287}) {
            assertRejected(new BitWriter().bits(1, 1).bits(1, 2).symbol(fixed, s).toByteArray(), "literal/length");
        }
    }

    @Test
    void fixedDistances30And31AreInvalid() {
        int[] fixed = BitWriter.fixedLitlen();
        for (int d : new int[] {30, 31}) {
            byte[] stream = new BitWriter().bits(1, 1).bits(1, 2).symbol(fixed, 'a').symbol(fixed, 257)
                    .code(d, 5).symbol(fixed, 256).toByteArray();
            assertRejected(stream, "distance code");
        }
    }

    /** Literal/length lengths: literals 'a' and 'b' and end-of-block, 2 bits each (plus one 2-bit length). */
    private static int[] smallLitlen() {
        int[] lengths = new int[257 + 1];
        lengths['a'] = 2;
        lengths['b'] = 2;
        lengths[256] = 2;
        lengths[257] = 2;
        return lengths;
    }

    @Test
    void tooManyLengthOrDistanceSymbols() {
        assertRejected(new BitWriter().bits(1, 1).bits(2, 2).bits(30, 5).bits(0, 5).bits(15, 4).toByteArray(),
                "too many");
        assertRejected(new BitWriter().bits(1, 1).bits(2, 2).bits(0, 5).bits(30, 5).bits(15, 4).toByteArray(),
                "too many");
    }

    @Test
    void codeLengthCodeMustBeComplete() {
        BitWriter over = new BitWriter().bits(1, 1).bits(2, 2).bits(0, 5).bits(0, 5).bits(15, 4);
        for (int i = 0; i < 19; i++) {
            over.bits(1, 3);
        }
        assertRejected(over.toByteArray(), "over-subscribed");
        BitWriter incomplete = new BitWriter().bits(1, 1).bits(2, 2).bits(0, 5).bits(0, 5).bits(0, 4);
        incomplete.bits(0, 3).bits(0, 3).bits(0, 3).bits(1, 3);
        assertRejected(incomplete.toByteArray(), "incomplete");
    }

    @Test
    void missingEndOfBlockCode() {
        int[] litlen = smallLitlen();
        litlen[256] = 0;
        litlen['c'] = 2;
        assertRejected(new BitWriter().dynamicHeader(true, litlen, new int[] {1}).toByteArray(), "end-of-block");
    }

    @Test
    void repeatWithNoPreviousLength() {
        int[] cl = BitWriter.completeCodeLengthCode();
        BitWriter w = new BitWriter().bits(1, 1).bits(2, 2).bits(0, 5).bits(0, 5).bits(15, 4);
        for (int i = 0; i < 19; i++) {
            w.bits(cl[DeflateAlphabet.CODE_LENGTH_ORDER[i]], 3);
        }
        w.symbol(cl, 16).bits(0, 2);
        assertRejected(w.toByteArray(), "no previous length");
    }

    @Test
    void repeatPastTheLastSymbol() {
        int[] cl = BitWriter.completeCodeLengthCode();
        BitWriter w = new BitWriter().bits(1, 1).bits(2, 2).bits(0, 5).bits(0, 5).bits(15, 4);
        for (int i = 0; i < 19; i++) {
            w.bits(cl[DeflateAlphabet.CODE_LENGTH_ORDER[i]], 3);
        }
        w.symbol(cl, 18).bits(127, 7).symbol(cl, 18).bits(127, 7).symbol(cl, 18).bits(127, 7);
        assertRejected(w.toByteArray(), "past the last symbol");
    }

    @Test
    void literalLengthCodeMustBeComplete() {
        int[] over = smallLitlen();
        over['c'] = 1;
        assertRejected(new BitWriter().dynamicHeader(true, over, new int[] {1}).toByteArray(), "over-subscribed");
        int[] incomplete = smallLitlen();
        incomplete[257] = 0;
        assertRejected(new BitWriter().dynamicHeader(true, incomplete, new int[] {1}).toByteArray(), "incomplete");
    }

    @Test
    void incompleteDistanceCodeOtherThanALoneCodeIsRejected() {
        int[] dist = new int[4];
        dist[0] = 2;
        dist[3] = 2;
        assertRejected(new BitWriter().dynamicHeader(true, smallLitlen(), dist).toByteArray(), "incomplete");
    }

    @Test
    void loneLengthOneDistanceCodeWorksAsInZlib() throws JarFormatException {
        int[] litlen = smallLitlen();
        int[] dist = {1};
        byte[] stream = new BitWriter().dynamicHeader(true, litlen, dist)
                .symbol(litlen, 'a').symbol(litlen, 'b').symbol(litlen, 257).code(0, 1)
                .symbol(litlen, 256).toByteArray();
        assertArrayEquals("abbbb".getBytes(StandardCharsets.US_ASCII), inflate(stream));
        assertLikeZlib(stream);
        byte[] unused = new BitWriter().dynamicHeader(true, litlen, dist)
                .symbol(litlen, 'a').symbol(litlen, 257).code(1, 1).symbol(litlen, 256).toByteArray();
        assertRejected(unused, "distance code");
    }

    @Test
    void blockWithNoDistanceCodesMayHoldOnlyLiterals() throws JarFormatException {
        int[] litlen = smallLitlen();
        int[] noDist = {0};
        byte[] literals = new BitWriter().dynamicHeader(true, litlen, noDist)
                .symbol(litlen, 'b').symbol(litlen, 'a').symbol(litlen, 256).toByteArray();
        assertArrayEquals("ba".getBytes(StandardCharsets.US_ASCII), inflate(literals));
        assertLikeZlib(literals);
        byte[] match = new BitWriter().dynamicHeader(true, litlen, noDist)
                .symbol(litlen, 'b').symbol(litlen, 257).code(0, 1).symbol(litlen, 256).toByteArray();
        assertRejected(match, "distance code");
    }

    @Test
    void fifteenBitCodesGoThroughSubTables() throws JarFormatException {
        int[] litlen = new int[257];
        for (int s = 0; s < 15; s++) {
            litlen[s] = s + 1;
        }
        litlen[256] = 15;
        BitWriter w = new BitWriter().dynamicHeader(true, litlen, new int[] {1});
        byte[] expected = new byte[15 * 4];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (14 - i % 15);
            w.symbol(litlen, expected[i]);
        }
        byte[] stream = w.symbol(litlen, 256).toByteArray();
        assertArrayEquals(expected, inflate(stream));
        assertLikeZlib(stream);
    }

    @Test
    void limitAndDeclaredSizeAreEnforced() throws JarFormatException {
        byte[] zeros = new byte[1 << 20];
        byte[] stream = Zlib.deflate(zeros);
        JarFormatException e = assertThrows(JarFormatException.class,
                () -> Inflater.inflate(stream, 0, stream.length, Inflater.UNKNOWN_SIZE, 1000));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertEquals(zeros.length, Inflater.inflate(stream, 0, stream.length, Inflater.UNKNOWN_SIZE, zeros.length).length);
        e = assertThrows(JarFormatException.class, () -> Inflater.inflate(stream, 0, stream.length, 1000, LIMIT));
        assertTrue(e.getMessage().contains("declared size"), e.getMessage());
        e = assertThrows(JarFormatException.class, () -> Inflater.inflate(stream, 0, stream.length, zeros.length + 1, LIMIT));
        assertTrue(e.getMessage().contains("inflates to"), e.getMessage());
        e = assertThrows(JarFormatException.class, () -> Inflater.inflate(stream, 0, stream.length, 2000, 1000));
        assertTrue(e.getMessage().contains("exceeds the limit"), e.getMessage());
    }

    @Test
    void forgedHugeSizesAllocateNothing() {
        byte[] stream = Zlib.deflate("tiny".getBytes(StandardCharsets.US_ASCII));
        JarFormatException e = assertThrows(JarFormatException.class,
                () -> Inflater.inflate(stream, 0, stream.length, 1L << 40, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("can hold"), e.getMessage());
        e = assertThrows(JarFormatException.class,
                () -> Inflater.inflate(stream, 0, stream.length, Integer.MAX_VALUE, Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("can hold"), e.getMessage());
    }

    @Test
    void randomStreamsAgreeWithZlib() {
        Random random = new Random(99);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] stream = new byte[1 + random.nextInt(40)];
            random.nextBytes(stream);
            if (assertLikeZlib(stream) != null) {
                accepted++;
            }
        }
        assertTrue(accepted > 0, "no random stream was valid");
    }
}
