package ingot.translator;

import ingot.translator.build.BuildError;
import ingot.translator.build.ImageBuilder;
import ingot.translator.image.ImageException;
import ingot.translator.rig.ProjectHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ingot image --aot JAR... [--main CLASS] [-o FILE]}: builds an image with the
 * application compiled in ahead of time (until the interpreter exists, the only way application
 * code runs), printing its progress.
 */
@Command(name = "image", mixinStandardHelpOptions = true,
        description = "Build an image with the application jars compiled in (--aot).")
final class ImageCommand implements Callable<Integer> {
    @Option(names = "--aot", paramLabel = "JAR", required = true, description = "Application jars to compile into the image.")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--main", paramLabel = "CLASS", description = "The default main class, run when the boot command line"
            + " names none (default: the first jar's Main-Class); any class of the jars with a main can be named.")
    String mainClass;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "ingot.elf",
            description = "The image file (default: ${DEFAULT-VALUE}); its NASM source is kept beside it (.asm).")
    Path output;

    @Override
    public Integer call() throws BadInputException, ImageException {
        build(ProjectHome.locate(), jars, mainClass, output);
        return 0;
    }

    /** Builds the image; a build error (a missing class or member, unsupported code) is bad input. */
    static Path build(ProjectHome home, List<Path> jars, String mainClass, Path output)
            throws BadInputException, ImageException {
        try {
            return new ImageBuilder(home, System.err).build(jars, mainClass, output);
        } catch (BuildError e) {
            throw new BadInputException("the image cannot be built: " + e.getMessage());
        }
    }
}
