package ingot.translator.rig;

import java.util.ArrayList;
import java.util.List;

/**
 * The xl configuration of an Ingot guest: a PVH domU (or PV with {@code pv}) with the image
 * as its kernel, the jar as its ramdisk (module 0), the boot command line, its memory, one
 * vCPU, and every end (poweroff, reboot, crash) destroying the domain. {@code ingot xl}
 * prints it for a Xen host; the domU rig writes it for dom0's {@code xl create}. Strings are
 * double-quoted with libxlu's escapes ({@code \\}, {@code \"}, {@code \xHH} for control
 * characters).
 */
public record XlConfig(String name, boolean pv, String kernel, String ramdisk, String commandLine, int memoryMb) {

    public XlConfig {
        if (name == null || name.isEmpty() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new RigException("a domain name is letters, digits, '_', '.' and '-': '" + name + "'");
        }
        if (kernel == null || kernel.isEmpty() || commandLine == null) {
            throw new RigException("an xl configuration needs a kernel and a command line");
        }
        if (memoryMb <= 0) {
            throw new RigException("a domU needs a positive memory size");
        }
        for (String text : new String[] {kernel, ramdisk, commandLine}) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new RigException("an xl configuration cannot hold a NUL character");
            }
        }
    }

    /** The configuration file's text. */
    public String text() {
        List<String> lines = new ArrayList<>();
        lines.add("# Ingot guest: xl create -c THIS_FILE");
        lines.add("name = " + quote(name));
        lines.add("type = " + quote(pv ? "pv" : "pvh"));
        lines.add("kernel = " + quote(kernel));
        if (ramdisk != null) {
            lines.add("ramdisk = " + quote(ramdisk));
        }
        lines.add("cmdline = " + quote(commandLine));
        lines.add("memory = " + memoryMb);
        lines.add("vcpus = 1");
        lines.add("on_poweroff = \"destroy\"");
        lines.add("on_reboot = \"destroy\"");
        lines.add("on_crash = \"destroy\"");
        return String.join("\n", lines) + "\n";
    }

    /** {@code text} as an xl string: double quotes, with backslash escapes. */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F) {
                quoted.append(String.format("\\x%02x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
