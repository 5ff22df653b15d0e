package ingot.translator;

import ingot.translator.rig.BootRequest;
import ingot.translator.rig.ProjectHome;
import ingot.translator.rig.Tools;
import ingot.translator.rig.XlConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingot xl}: prints the xl configuration that runs an image as a domU on a Xen host
 * ({@code xl create -c FILE}), with absolute paths. The domU rig writes its guests' files with
 * the same generator ({@link XlConfig}).
 */
@Command(name = "xl",
        description = "Print the xl configuration that runs an image as a Xen domU (xl create -c FILE).",
        mixinStandardHelpOptions = true)
final class XlCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--jar", paramLabel = "JAR", description = "The jar, passed as the ramdisk (module 0).")
    Path jar;

    @Option(names = "--memory", paramLabel = "MB", description = "The domU's memory (default: ${DEFAULT-VALUE}).")
    int memoryMb = BootRequest.DEFAULT_XEN_DOMU_MB;

    @Option(names = "--pv", description = "A PV domU (for Xen hosts without hardware virtualization); default PVH.")
    boolean pv;

    @Option(names = "--name", paramLabel = "NAME", description = "The domain's name (default: ${DEFAULT-VALUE}).")
    String name = "ingot";

    @Parameters(paramLabel = "IMAGE -- COMMAND LINE",
            description = "The image (default: the one make builds), then after -- the boot command line.")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> commandLine = DashWords.after(spec, words);
        List<String> head = words.subList(0, words.size() - commandLine.size());
        if (head.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "one IMAGE at most; put the boot command line after --");
        }
        if (memoryMb <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--memory must be positive");
        }
        Path image = head.isEmpty() ? ProjectHome.locate().builtImage() : Tools.existing(Path.of(head.get(0)), "image");
        String ramdisk = jar == null ? null : absolute(Tools.existing(jar, "jar"));
        XlConfig config = new XlConfig(name, pv, absolute(image), ramdisk, String.join(" ", commandLine), memoryMb);
        spec.commandLine().getOut().print(config.text());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
