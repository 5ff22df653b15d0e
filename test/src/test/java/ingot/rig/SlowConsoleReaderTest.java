package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.Accel;
import ingot.translator.rig.BootRequest;
import ingot.translator.rig.GuestFiles;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.QemuCommand;
import ingot.translator.rig.Tools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loaded host reads the guest's console late: QEMU's COM2 socket fills (a Unix socket takes
 * about 280 one-byte writes), QEMU keeps the UART's last bytes until the socket drains, and a
 * guest that stopped the machine as soon as its bytes were in the UART lost them. The shim waits
 * at exit until the ports have sent everything (LSR bit 6), so a reader that starts seconds late
 * still receives the whole report.
 */
class SlowConsoleReaderTest {
    private static final long STALL_MILLIS = 8000;

    @TempDir
    Path dir;

    @Test
    void aLateReaderStillGetsEveryByteOfStderr() throws Exception {
        BootRequest request = Boots.request(dir, "ingot.fault=divide");
        GuestRun promptly = Boots.rig().boot(request);
        assertTrue(promptly.stderr().length() > 400, "the fault report is longer than the socket holds\n"
                + promptly.describe());

        String late;
        try (GuestFiles files = GuestFiles.create();
             ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(files.com2Socket()));
            LateReader reader = new LateReader(server);
            reader.start();
            Process qemu = new ProcessBuilder(QemuCommand.direct(Tools.qemu(), request, Accel.TCG, files))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertTrue(qemu.waitFor(Boots.QEMU_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "QEMU did not end");
            reader.join(Boots.QEMU_TIMEOUT.toMillis());
            assertEquals(Boots.EXIT_FAULT * 2 + 1, qemu.exitValue(), "isa-debug-exit status of a fault");
            late = reader.text();
        }
        // the dump's values (flags, a scratch register) may differ between boots; its layout does not
        assertEquals(promptly.stderr().length(), late.length(), "bytes of the report\n" + late);
        assertEquals(promptly.stderr().lines().count(), late.lines().count(), late);
        assertTrue(late.endsWith(" r15 0x1515151515151515\n"), late);
    }

    /** Accepts QEMU's COM2 connection, sleeps, then reads to the end. */
    private static final class LateReader extends Thread {
        private final ServerSocketChannel server;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();

        LateReader(ServerSocketChannel server) {
            super("late-com2-reader");
            this.server = server;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (SocketChannel client = server.accept()) {
                Thread.sleep(STALL_MILLIS);
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                while (client.read(buffer) >= 0) {
                    synchronized (received) {
                        received.write(buffer.array(), 0, buffer.position());
                    }
                    buffer.clear();
                }
            } catch (IOException | InterruptedException e) {
                // the text so far is what the test compares
            }
        }

        String text() {
            synchronized (received) {
                return received.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
