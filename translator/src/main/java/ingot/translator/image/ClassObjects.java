package ingot.translator.image;

import ingot.runtime.classfile.Descriptors;
import ingot.runtime.exec.ClassWords;
import ingot.runtime.link.LinkedClass;
import ingot.runtime.link.VirtualMethod;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the Class object of a linked class as image data (layout: {@link ClassWords}): the
 * header, the VM's words, the vtable inline, and beside it the superclass display, the
 * interface list, the itables and the name. Primitive types get Class objects too (array
 * components). Method entries and other Class objects are symbols the caller provides.
 */
public final class ClassObjects {
    /** Symbol naming: the Class object of {@code name} (internal name, array descriptor or primitive letter). */
    public static String label(String name) {
        return "c_" + Mangle.escape(name);
    }

    private ClassObjects() {
    }

    /** What a Class object refers to, as symbols: other Class objects, method entries, the class initialiser. */
    public interface Symbols {
        /** The label of another class's Class object (registering it to be written). */
        String classLabel(LinkedClass k);

        /** The code address of a vtable or itable entry. */
        String entry(VirtualMethod method);

        /** The entry of the class's {@code <clinit>}, or null when it has none. */
        String initializer(LinkedClass k);

        /** True when the class or a superclass has a {@code <clinit>} that has yet to run. */
        boolean needsInitialization(LinkedClass k);

        /** The Class labels of the superinterfaces to initialise before the class (JVMS §5.5 step 7). */
        List<String> initInterfaces(LinkedClass k);

        /** The entry of an enum class's {@code values()}, or null for any other class. */
        String enumValues(LinkedClass k);

        /** True when the class (an array: its element class) comes from an application jar. */
        boolean isApplication(LinkedClass k);
    }

    /** The symbol of the ARRAY_CLASS word of {@code name}'s Class object, defined by {@link #arrayClassLinks}. */
    private static String arrayClassSymbol(String name) {
        return label(name) + ".array";
    }

    /**
     * Defines each written Class object's ARRAY_CLASS word: the Class of arrays of it when the
     * image has that class, else 0. Written once every Class object is known.
     */
    public static String arrayClassLinks(Set<String> written) {
        StringBuilder out = new StringBuilder();
        for (String name : written) {
            String array = name.length() == 1 || name.startsWith("[") ? "[" + name : "[L" + name + ";";
            out.append(arrayClassSymbol(name)).append(" equ ").append(written.contains(array) ? label(array) : "0").append('\n');
        }
        return out.toString();
    }

    /** The data of {@code k}'s Class object. */
    public static String write(LinkedClass k, Symbols symbols) {
        Function<LinkedClass, String> classLabel = symbols::classLabel;
        Function<VirtualMethod, String> entry = symbols::entry;
        String self = label(k.name());
        VirtualMethod[] vtable = k.vtable();
        DataWriter words = header(self + ".name");
        words.put(ClassWords.SUPERCLASS, 8, k.superclass() == null || k.isInterface() ? "0" : classLabel.apply(k.superclass()));
        words.put(ClassWords.DEPTH, 4, k.depth());
        words.put(ClassWords.FLAGS, 4, (k.isArray() ? ClassWords.ARRAY : 0) | (k.isInterface() ? ClassWords.INTERFACE : 0)
                | (symbols.isApplication(k) ? ClassWords.APPLICATION : 0) | modifiers(k) << 16);
        words.put(ClassWords.DISPLAY, 8, self + ".display");
        words.put(ClassWords.INTERFACES, 8, self + ".interfaces");
        words.put(ClassWords.ITABLES, 8, self + ".itables");
        words.put(ClassWords.INSTANCE_SIZE, 4, k.isArray() || k.isInterface() ? 0 : k.instanceSize());
        words.put(ClassWords.ELEMENT_SIZE, 4, k.isArray() ? k.elementSize() : 0);
        words.put(ClassWords.COMPONENT, 8, k.isArray() ? component(k, classLabel) : "0");
        String initializer = symbols.initializer(k);
        words.put(ClassWords.CLINIT, 8, initializer == null ? "0" : initializer);
        words.put(ClassWords.INIT_STATE, 4, symbols.needsInitialization(k) ? ClassWords.UNINITIALIZED : ClassWords.INITIALIZED);
        words.put(ClassWords.ARRAY_CLASS, 8, arrayClassSymbol(k.name()));
        List<String> initInterfaces = symbols.initInterfaces(k);
        words.put(ClassWords.INIT_INTERFACES, 8, initInterfaces.isEmpty() ? "0" : self + ".init_interfaces");
        String enumValues = symbols.enumValues(k);
        words.put(ClassWords.ENUM_VALUES, 8, enumValues == null ? "0" : enumValues);
        words.put(ClassWords.VTABLE_LENGTH, 4, vtable.length);
        for (int i = 0; i < vtable.length; i++) {
            words.put(ClassWords.VTABLE + 8 * i, 8, entry.apply(vtable[i]));
        }
        StringBuilder out = new StringBuilder("align 8\n").append(self).append(":\n")
                .append(words.lines(ClassWords.VTABLE + 8 * vtable.length));
        display(out, self, k, classLabel);
        interfaces(out, self, k, classLabel, entry);
        if (!initInterfaces.isEmpty()) {
            out.append(self).append(".init_interfaces:\n    dq ").append(initInterfaces.size()).append('\n');
            initInterfaces.forEach(i -> out.append("    dq ").append(i).append('\n'));
        }
        out.append(self).append(".name: ").append(CodeTables.utf8(k.name())).append('\n');
        return out.toString();
    }

    /** The Class object of a primitive type ({@code I}, {@code J}, ...): flags PRIMITIVE, its keyword as name. */
    public static String writePrimitive(char type) {
        String self = label(String.valueOf(type));
        DataWriter words = header(self + ".name");
        words.put(ClassWords.FLAGS, 4, ClassWords.PRIMITIVE | 0x0411 << 16);
        words.put(ClassWords.INIT_STATE, 4, ClassWords.INITIALIZED);
        words.put(ClassWords.DISPLAY, 8, self + ".display");
        words.put(ClassWords.INTERFACES, 8, self + ".interfaces");
        words.put(ClassWords.ITABLES, 8, self + ".interfaces");
        words.put(ClassWords.ARRAY_CLASS, 8, arrayClassSymbol(String.valueOf(type)));
        return "align 8\n" + self + ":\n" + words.lines(ClassWords.VTABLE)
                + self + ".display: dq " + self + "\n" + self + ".interfaces: dq 0\n"
                + self + ".name: " + CodeTables.utf8(Descriptors.primitiveName(type)) + "\n";
    }

    /** Class.getModifiers: the class file's flags (an inner class's from InnerClasses); arrays public final abstract. */
    private static int modifiers(LinkedClass k) {
        if (k.isArray()) {
            return 0x0411;
        }
        int access = k.classFile().access() & 0xFFFF & ~0x0020;
        if (k.classFile().innerClasses() != null) {
            for (ingot.runtime.classfile.InnerClassEntry e : k.classFile().innerClasses()) {
                if (e.innerClass().equals(k.name())) {
                    access = e.access() & 0xFFFF & ~0x0020;
                }
            }
        }
        return access;
    }

    private static DataWriter header(String name) {
        DataWriter words = new DataWriter();
        words.put(0, 8, label("java/lang/Class"));
        words.put(ClassWords.NAME, 8, name);
        return words;
    }

    private static String component(LinkedClass array, Function<LinkedClass, String> classLabel) {
        LinkedClass element = array.elementClass();
        return element != null ? classLabel.apply(element) : label(String.valueOf(array.elementType()));
    }

    private static void display(StringBuilder out, String self, LinkedClass k, Function<LinkedClass, String> classLabel) {
        out.append(self).append(".display:\n");
        for (int d = 0; d < k.depth(); d++) {
            out.append("    dq ").append(classLabel.apply(k.superAt(d))).append('\n');
        }
        out.append("    dq ").append(self).append('\n');
    }

    private static void interfaces(StringBuilder out, String self, LinkedClass k, Function<LinkedClass, String> classLabel,
                                   Function<VirtualMethod, String> entry) {
        LinkedClass[] all = k.allInterfaces();
        out.append("align 8\n").append(self).append(".interfaces:\n    dq ").append(all.length).append('\n');
        for (LinkedClass i : all) {
            out.append("    dq ").append(classLabel.apply(i)).append('\n');
        }
        boolean hasItables = !k.isInterface() && !k.isArray();
        out.append(self).append(".itables:\n    dq ").append(hasItables ? all.length : 0).append('\n');
        if (!hasItables) {
            return;
        }
        for (int i = 0; i < all.length; i++) {
            out.append("    dq ").append(classLabel.apply(all[i])).append(", ").append(self).append(".it").append(i).append('\n');
        }
        for (int i = 0; i < all.length; i++) {
            out.append(self).append(".it").append(i).append(":\n");
            int methods = all[i].interfaceMethods().length;
            for (int m = 0; m < methods; m++) {
                out.append("    dq ").append(entry.apply(k.itableEntry(all[i], m))).append('\n');
            }
            if (methods == 0) {
                out.append("    dq 0\n");
            }
        }
    }
}
