/**
 * Ingot's class library: the subset of {@code java.base} that the VM and the programs it runs
 * need, written from scratch and compiled against itself only ({@code javac --system none}).
 */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.reflect;
    exports java.math;
    exports java.util;
    exports java.util.function;
}
