package ingot.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void optionsAreFoundBeforeTheMainClassOnly() {
        assertTrue(CommandLine.hasOption("-Xingot:boot-time -cp app.jar Main", BootTime.OPTION));
        assertTrue(CommandLine.hasOption("-cp app.jar -Xingot:boot-time -jar app.jar", BootTime.OPTION));
        assertFalse(CommandLine.hasOption("Main -Xingot:boot-time", BootTime.OPTION), "a program argument");
        assertFalse(CommandLine.hasOption("-cp -Xingot:boot-time Main", BootTime.OPTION), "the class path");
        assertFalse(CommandLine.hasOption("", BootTime.OPTION));
        assertFalse(CommandLine.hasOption("-cp", BootTime.OPTION));
    }
}
