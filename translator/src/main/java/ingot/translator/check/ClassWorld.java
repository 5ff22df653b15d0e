package ingot.translator.check;

import ingot.runtime.classfile.ClassFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A closed world of classes, by internal name: everything the image may call. */
public final class ClassWorld {
    private final Map<String, ClassFile> byName = new TreeMap<>();

    public ClassWorld(Collection<ClassFile> classes) {
        for (ClassFile c : classes) {
            if (byName.putIfAbsent(c.name(), c) != null) {
                throw new IllegalArgumentException("class " + c.name() + " is in the world twice");
            }
        }
    }

    public static ClassWorld of(ClassFile... classes) {
        return new ClassWorld(List.of(classes));
    }

    /** The class called {@code internalName}, or null when it is not in the world. */
    public ClassFile find(String internalName) {
        return byName.get(internalName);
    }

    /** Every class, sorted by name. */
    public List<ClassFile> classes() {
        return new ArrayList<>(byName.values());
    }
}
