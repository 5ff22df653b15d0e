package ingot.translator.rig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DomuInitrdTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void theGuestsFollowTheCachedArchiveOnAFourByteBoundary() throws IOException {
        Path dom0 = file("dom0.cpio.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        Path image = file("ingot.elf", new byte[] {0x7f, 'E', 'L', 'F'});
        Path jar = file("app.jar", new byte[] {'P', 'K', 3, 4});
        List<BootRequest> guests = List.of(
                BootRequest.of(image).onXenDomu(false).withModule(jar).withCommandLine("-jar app.jar")
                        .withTimeout(Duration.ofSeconds(30)),
                BootRequest.of(image).onXenDomu(true).withMemoryMb(32));
        Path initrd = dir.resolve("initrd");
        DomuInitrd.write(dom0, guests, initrd);

        byte[] bytes = Files.readAllBytes(initrd);
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, Arrays.copyOf(bytes, 8));
        List<CpioWriterTest.Entry> entries = CpioWriterTest.read(Arrays.copyOfRange(bytes, 8, bytes.length));
        assertEquals(List.of("ingot", "ingot/guest-1", "ingot/guest-1/image.elf", "ingot/guest-1/domu.cfg",
                        "ingot/guest-1/timeout", "ingot/guest-1/module", "ingot/guest-2", "ingot/guest-2/image.elf",
                        "ingot/guest-2/domu.cfg", "ingot/guest-2/timeout"),
                entries.stream().map(CpioWriterTest.Entry::name).toList());
        assertArrayEquals(Files.readAllBytes(image), entries.get(2).data());
        assertEquals(DomuInitrd.config(guests.get(0), 1).text(), text(entries.get(3)));
        assertEquals("30\n", text(entries.get(4)));
        assertArrayEquals(Files.readAllBytes(jar), entries.get(5).data());
        assertEquals("60\n", text(entries.get(9)));
    }

    @Test
    void eachGuestsConfigurationNamesItsFilesInDom0() {
        BootRequest guest = BootRequest.of(Path.of("/x.elf")).onXenDomu(true).withModule(Path.of("/a.jar"))
                .withCommandLine("a b").withMemoryMb(48);
        XlConfig config = DomuInitrd.config(guest, 2);
        assertEquals(new XlConfig("ingot-2", true, "/ingot/guest-2/image.elf", "/ingot/guest-2/module", "a b", 48),
                config);
        assertEquals(null, DomuInitrd.config(BootRequest.of(Path.of("/x.elf")).onXenDomu(false), 1).ramdisk());
    }

    @Test
    void aMissingCachedArchiveIsARigException() {
        assertThrows(RigException.class, () -> DomuInitrd.write(dir.resolve("none"),
                List.of(BootRequest.of(dir.resolve("none.elf")).onXenDomu(false)), dir.resolve("initrd")));
    }

    private static String text(CpioWriterTest.Entry entry) {
        return new String(entry.data(), StandardCharsets.UTF_8);
    }
}
