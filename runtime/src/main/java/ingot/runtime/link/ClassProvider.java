package ingot.runtime.link;

import ingot.runtime.classfile.ClassFile;

/** Where the linker gets class files from: a class path, a jar, the image's own table. */
public interface ClassProvider {
    /**
     * The class file of the class with this internal name (e.g. {@code java/lang/String}), or null
     * when there is none. Never called for array classes.
     */
    ClassFile find(String internalName);
}
