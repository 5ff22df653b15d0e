package ingot.runtime.link;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import java.util.HashMap;
import java.util.Map;

/**
 * A closed world for tests: class files by internal name (made by javac or ASM in the test),
 * falling back on the JDK's java.base. Also a HotSpot class loader over the same bytes, so both
 * sides see exactly the same classes.
 */
final class World implements ClassProvider {
    final Map<String, byte[]> bytes;

    World(Map<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    @Override
    public ClassFile find(String internalName) {
        byte[] b = bytes.get(internalName);
        return b != null ? ClassFileReader.read(b) : JdkClasses.JAVA_BASE.find(internalName);
    }

    Linker linker() {
        return new Linker(this);
    }

    /** A fresh HotSpot loader defining these classes (one runtime package per package name). */
    ClassLoader loader() {
        return new ClassLoader(World.class.getClassLoader()) {
            private final Map<String, Class<?>> defined = new HashMap<>();

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> c = defined.get(name);
                    if (c != null) {
                        return c;
                    }
                    byte[] b = bytes.get(name.replace('.', '/'));
                    if (b == null) {
                        return super.loadClass(name, resolve);
                    }
                    c = defineClass(name, b, 0, b.length);
                    defined.put(name, c);
                    return c;
                }
            }
        };
    }
}
