package ingot.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void mainClassIsTheFirstWordAfterTheOptions() {
        assertEquals("demo.Main", CommandLine.mainClass("-cp app.jar demo.Main a -b"));
        assertEquals("demo/Main", CommandLine.mainClass("-Xmx64m -Dk=v ingot.exit=3 -classpath x demo/Main"));
        assertEquals("Main", CommandLine.mainClass("  Main  "));
    }

    @Test
    void noMainClassWithoutOneOrWithAJar() {
        assertNull(CommandLine.mainClass(""));
        assertNull(CommandLine.mainClass("-cp app.jar"));
        assertNull(CommandLine.mainClass("-jar app.jar Main"));
    }
}
