package ingot.translator.rig;

import java.io.IOException;
import java.io.InputStream;

/** A daemon thread that copies an input stream to a consumer of byte chunks until EOF. */
final class StreamPump {
    /** Receives each chunk read; the array is reused after the call returns. */
    interface Chunks {
        void accept(byte[] bytes, int length);
    }

    private final Thread thread;

    private StreamPump(Thread thread) {
        this.thread = thread;
    }

    static StreamPump start(String name, InputStream in, Chunks out) {
        Thread thread = new Thread(() -> copy(in, out), name);
        thread.setDaemon(true);
        thread.start();
        return new StreamPump(thread);
    }

    private static void copy(InputStream in, Chunks out) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.accept(buffer, n);
            }
        } catch (IOException e) {
            // the stream closed under us: the process is gone
        }
    }

    /** Waits up to {@code millis} for EOF. */
    void join(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
