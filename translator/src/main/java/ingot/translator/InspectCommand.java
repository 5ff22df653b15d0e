package ingot.translator;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "inspect", description = "Print the classes of jars and class files.")
final class InspectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
