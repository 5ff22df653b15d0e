package ingot.translator.rig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * dom0's initrd for one run of the Xen domU rig: the cached initramfs (gzipped cpio), zero
 * bytes up to a multiple of 4 (Linux looks for the next archive there), then a plain cpio
 * with the guests, which Linux unpacks over the first. Guest K (from 1) is the folder
 * /ingot/guest-K with the image ({@code image.elf}), module 0 ({@code module}, when given),
 * the xl configuration ({@code domu.cfg}, by {@link XlConfig}) and the timeout in seconds
 * ({@code timeout}). dom0's init creates them in order.
 */
final class DomuInitrd {
    static final String GUEST_DIR = "/ingot/guest-";

    private DomuInitrd() {
    }

    /** Writes the initrd for {@code guests} to {@code target}. */
    static void write(Path dom0Initramfs, List<BootRequest> guests, Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            long size = Files.copy(dom0Initramfs, out);
            out.write(new byte[(int) ((4 - size % 4) % 4)]);
            out.write(guestArchive(guests));
        } catch (IOException e) {
            throw new RigException("cannot write the domU initrd " + target + ": " + e.getMessage(), e);
        }
    }

    static byte[] guestArchive(List<BootRequest> guests) throws IOException {
        CpioWriter cpio = new CpioWriter().directory("ingot");
        for (int i = 0; i < guests.size(); i++) {
            BootRequest guest = guests.get(i);
            String dir = GUEST_DIR.substring(1) + (i + 1);
            cpio.directory(dir)
                    .file(dir + "/image.elf", Files.readAllBytes(guest.image()))
                    .file(dir + "/domu.cfg", config(guest, i + 1).text())
                    .file(dir + "/timeout", Math.max(1, guest.timeout().toSeconds()) + "\n");
            if (guest.module() != null) {
                cpio.file(dir + "/module", Files.readAllBytes(guest.module()));
            }
        }
        return cpio.finish();
    }

    /** The xl configuration of guest {@code number}, naming its files inside dom0. */
    static XlConfig config(BootRequest guest, int number) {
        String dir = GUEST_DIR + number;
        return new XlConfig("ingot-" + number, guest.host() == Host.XEN_DOMU_PV, dir + "/image.elf",
                guest.module() == null ? null : dir + "/module", guest.commandLine(), guest.effectiveMemoryMb());
    }
}
