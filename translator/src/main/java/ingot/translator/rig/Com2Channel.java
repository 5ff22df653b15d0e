package ingot.translator.rig;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * COM2: QEMU connects COM2's chardev to this Unix socket when it starts, and a daemon thread
 * hands what arrives to a consumer. A socket (not QEMU's own stderr) keeps the guest's bytes
 * apart from QEMU's diagnostics. Direct boots carry the guest's stderr on it; the Xen domU
 * rig carries the domU's console (dom0's xl console writes it to its COM2).
 */
final class Com2Channel implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Thread reader;
    private volatile SocketChannel client;

    private Com2Channel(ServerSocketChannel server, StreamPump.Chunks sink) {
        this.server = server;
        this.reader = new Thread(() -> acceptAndCopy(sink), "ingot-com2");
        this.reader.setDaemon(true);
    }

    /** Listens on {@code path}; call before QEMU starts. */
    static Com2Channel listen(Path path, StreamPump.Chunks sink) {
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(path));
            Com2Channel channel = new Com2Channel(server, sink);
            channel.reader.start();
            return channel;
        } catch (IOException | UnsupportedOperationException e) {
            throw new RigException("cannot listen on " + path + ": " + e.getMessage(), e);
        }
    }

    private void acceptAndCopy(StreamPump.Chunks sink) {
        try (SocketChannel accepted = server.accept()) {
            client = accepted;
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (accepted.read(buffer) >= 0) {
                buffer.flip();
                sink.accept(buffer.array(), buffer.limit());
                buffer.clear();
            }
        } catch (IOException e) {
            // closed: QEMU ended or never connected
        }
    }

    /** Waits up to {@code millis} for QEMU's side to close, then stops listening. */
    void finish(long millis) {
        try {
            reader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    @Override
    public void close() {
        closeQuietly(server);
        closeQuietly(client);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // nothing left to do
        }
    }
}
