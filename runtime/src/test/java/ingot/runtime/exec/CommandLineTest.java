package ingot.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The boot command line as the java launcher reads it: options, the main class or -jar JAR, then arguments. */
class CommandLineTest {
    @Test
    void argumentsFollowTheMainClass() {
        assertArrayEquals(new String[] {"a", "-b", "c=1"}, CommandLine.arguments("-cp app.jar demo.Main a -b c=1"));
        assertArrayEquals(new String[] {"x"}, CommandLine.arguments("-Xmx64m -Dk=v -ea Main x"));
    }

    @Test
    void argumentsFollowTheJar() {
        assertArrayEquals(new String[] {"one", "two"}, CommandLine.arguments("-jar app.jar  one   two "));
    }

    @Test
    void shimSwitchesAndEmptyLinesGiveNoArguments() {
        assertArrayEquals(new String[0], CommandLine.arguments(""));
        assertArrayEquals(new String[0], CommandLine.arguments("ingot.exit=3 Main"));
        assertArrayEquals(new String[0], CommandLine.arguments("Main"));
    }
}
