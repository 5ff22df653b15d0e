package ingot.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ingot.translator.rig.BootRequest;
import ingot.translator.rig.DomainReport;
import ingot.translator.rig.GuestRun;
import ingot.translator.rig.LiveOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image as a PVH domU and as a PV domU that xl creates in a Linux dom0, all under Xen
 * 4.17 in QEMU TCG: its console is the Xen console ring, read by xenconsoled and copied out
 * by xl's console client. Booting Xen and dom0 takes ~15 s, so one boot creates every guest
 * of this class in turn (the rig's shared dom0), and each test checks one of them.
 */
class XenDomuBootTest {
    private static final String BANNER_COMMAND_LINE = "hello, domU";
    private static final int MEGABYTE = 1 << 20;
    private static final int LINE = 64;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final Duration GUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(4);

    @TempDir
    static Path dir;

    private static final List<String> PVH = List.of(BANNER_COMMAND_LINE, "ingot.exit=0", "ingot.exit=1",
            "ingot.exit=42", "ingot.fault=divide", "ingot.output=megabyte", "ingot.hang");
    private static final List<String> PV = List.of(BANNER_COMMAND_LINE, "ingot.exit=42", "ingot.fault=divide",
            "ingot.fault=unmapped", "ingot.output=megabyte");
    private static List<GuestRun> runs;

    @BeforeAll
    static void bootEveryGuestInOneDom0() {
        List<BootRequest> guests = new ArrayList<>();
        for (String commandLine : PVH) {
            guests.add(guest(commandLine, false));
        }
        for (String commandLine : PV) {
            guests.add(guest(commandLine, true));
        }
        runs = Boots.rig().bootXenDomus(guests, LiveOutput.none());
    }

    private static BootRequest guest(String commandLine, boolean pv) {
        return Boots.request(dir, commandLine).onXenDomu(pv)
                .withTimeout(commandLine.equals("ingot.hang") ? HANG_TIMEOUT : GUEST_TIMEOUT);
    }

    private static GuestRun run(String commandLine) {
        return runs.get(PVH.indexOf(commandLine));
    }

    private static GuestRun pv(String commandLine) {
        return runs.get(PVH.size() + PV.indexOf(commandLine));
    }

    /** The guest ended as {@code reason} says, and xl lists it no more. */
    private static void assertEnded(GuestRun run, String reason) {
        DomainReport domain = run.domain();
        assertTrue(domain.created(), run.describe());
        assertEquals(reason, domain.shutdownReason(), run.describe());
        assertTrue(domain.gone(), "the domain is destroyed\n" + run.describe());
        assertTrue(domain.errors().isEmpty(), run.describe());
    }

    @Test
    void theBannerComesThroughTheConsoleRing() {
        GuestRun run = run(BANNER_COMMAND_LINE);
        Boots.assertBanner(run, "xen 4.17 domU (console ring)", BANNER_COMMAND_LINE);
        assertEnded(run, "poweroff");
        assertTrue(run.domain().firstOutputNanos() > 0, run.describe());
        assertFalse(run.hypervisorLog().isEmpty(), run.describe());
        assertFalse(run.stdout().contains("ingot-dom0"), "dom0's lines stay out of the guest's\n" + run.describe());
    }

    @Test
    void theBannerComesThroughTheConsoleRingOfAPvGuest() {
        GuestRun run = pv(BANNER_COMMAND_LINE);
        Boots.assertBanner(run, "xen 4.17 PV domU (console ring)", BANNER_COMMAND_LINE);
        assertEnded(run, "poweroff");
        assertTrue(run.stdout().contains(" reserved\n"), "Xen's boot data and the page-table pool are reserved\n"
                + run.describe());
    }

    @Test
    void aPvGuestExitsWithItsStatus() {
        assertExit(pv("ingot.exit=42"), 42, "crash");
    }

    @Test
    void aPvGuestsFaultsAreReportedThroughItsTrapTable() {
        GuestRun divide = pv("ingot.fault=divide");
        Boots.assertFault(divide, divide.stdout(), "divide error (#DE), vector 0", null);
        assertEnded(divide, "crash");
        GuestRun unmapped = pv("ingot.fault=unmapped");
        Boots.assertFault(unmapped, unmapped.stdout(), "page fault (#PF), vector 14", "0x0000000000000008");
        assertEnded(unmapped, "crash");
    }

    @Test
    void aPvGuestWritesAMegabyteFromTheMemoryItMappedItself() {
        assertMegabyte(pv("ingot.output=megabyte"));
    }

    @Test
    void exitStatusZeroPowersOff() {
        assertExit(run("ingot.exit=0"), 0, "poweroff");
    }

    @Test
    void exitStatusOneIsACrashToXl() {
        assertExit(run("ingot.exit=1"), 1, "crash");
    }

    @Test
    void exitStatusFortyTwo() {
        assertExit(run("ingot.exit=42"), 42, "crash");
    }

    private static void assertExit(GuestRun run, int status, String reason) {
        assertTrue(run.exited(), run.describe());
        assertEquals(status, run.status().getAsInt(), run.describe());
        assertEquals("self-test: exit " + status + "\n", run.stdout(), run.describe());
        assertEnded(run, reason);
    }

    @Test
    void aFaultIsReportedAndTheDomainDestroyed() {
        GuestRun run = run("ingot.fault=divide");
        Boots.assertFault(run, run.stdout(), "divide error (#DE), vector 0", null);
        assertEnded(run, "crash");
    }

    @Test
    void aMegabyteWrittenInOneGoArrivesIntactAndInOrder() {
        assertMegabyte(run("ingot.output=megabyte"));
    }

    private static void assertMegabyte(GuestRun run) {
        assertTrue(run.exited() && run.status().getAsInt() == 0, run.describe());
        byte[] out = run.stdoutBytes();
        byte[] expected = megabytePattern();
        String trailer = "self-test: output 1048576 bytes, fnv-1a " + fnv1a(expected) + "\n";
        assertEquals(MEGABYTE + trailer.length(), out.length, "bytes received");
        for (int i = 0; i < MEGABYTE; i++) {
            if (out[i] != expected[i]) {
                throw new AssertionError("byte " + i + " (line " + i / LINE + ") differs: "
                        + new String(out, i / LINE * LINE, LINE, StandardCharsets.ISO_8859_1));
            }
        }
        assertEquals(trailer, new String(out, MEGABYTE, out.length - MEGABYTE, StandardCharsets.ISO_8859_1),
                "the guest's hash of what it wrote");
        assertEnded(run, "poweroff");
    }

    @Test
    void aGuestThatNeverEndsIsDestroyedAtItsTimeoutWithItsOutput() {
        GuestRun run = run("ingot.hang");
        assertEquals(GuestRun.Outcome.TIMED_OUT, run.outcome(), run.describe());
        assertTrue(run.status().isEmpty(), run.describe());
        assertEquals("self-test: hang\n", run.stdout(), run.describe());
        assertTrue(run.domain().timedOut() && run.domain().gone(), run.describe());
    }

    /** What selftest_output.asm writes: 16384 lines of 64 bytes. */
    static byte[] megabytePattern() {
        ByteArrayOutputStream pattern = new ByteArrayOutputStream(MEGABYTE);
        String twice = ALPHABET + ALPHABET;
        for (int k = 0; k < MEGABYTE / LINE; k++) {
            int from = k % ALPHABET.length();
            String line = String.format("line %08d %s\n", k, twice.substring(from, from + 49));
            pattern.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
        }
        return pattern.toByteArray();
    }

    /** The 32-bit FNV-1a hash as the guest prints it: 0x and 8 hex digits. */
    static String fnv1a(byte[] bytes) {
        int hash = 0x811C9DC5;
        for (byte b : bytes) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return String.format("0x%08x", hash);
    }
}
