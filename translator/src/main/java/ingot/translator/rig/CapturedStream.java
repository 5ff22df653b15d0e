package ingot.translator.rig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One output stream of a boot: captured in memory and copied, live, to an optional stream. */
final class CapturedStream {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final OutputStream live;

    CapturedStream(OutputStream live) {
        this.live = live;
    }

    synchronized void write(byte[] bytes, int offset, int length) {
        captured.write(bytes, offset, length);
        if (live != null) {
            try {
                live.write(bytes, offset, length);
                live.flush();
            } catch (IOException e) {
                // the live copy is a courtesy; the captured copy is what counts
            }
        }
    }

    synchronized void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(bytes, 0, bytes.length);
    }

    synchronized byte[] bytes() {
        return captured.toByteArray();
    }
}
