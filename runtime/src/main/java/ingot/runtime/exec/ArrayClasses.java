package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The Class of arrays of a given component, for arrays made by reflection (Array.newInstance):
 * the component's ARRAY_CLASS word when the image (or an earlier call) linked one, else a new
 * Class object made from Object[]'s — same superclass, interfaces, itables and vtable — with the
 * component, element size and name of the new array type, linked into the component's
 * ARRAY_CLASS word so that each array type keeps one Class. The header's hash word starts at 0.
 * Its name is the bytes of a byte[] that the Class reaches through its name word only, a raw
 * address: the collector must keep such Class objects and their names in place and alive
 * (docs/ARCHITECTURE.md, "Execution model"); until it exists nothing is freed.
 */
final class ArrayClasses {
    private static final Object OBJECT_ARRAY = Object[].class;

    private ArrayClasses() {
    }

    /** The Class of arrays of {@code component}; made and linked when the image has none. */
    static Object of(Object component) {
        long c = Mem.addressOf(component);
        long existing = Mem.loadLong(c + ClassWords.ARRAY_CLASS);
        if (existing != 0) {
            return Mem.objectAt(existing);
        }
        Object made = make(component);
        Mem.storeLong(Mem.addressOf(component) + ClassWords.ARRAY_CLASS, Mem.addressOf(made));
        return made;
    }

    private static Object make(Object component) {
        long template = Mem.addressOf(OBJECT_ARRAY);
        int size = ClassWords.VTABLE + 8 * Mem.loadInt(template + ClassWords.VTABLE_LENGTH);
        Object classClass = Mem.objectAt(Mem.loadLong(template));
        byte[] name = nameOf(component);
        Object made = Heap.newInstance(classClass, size);
        long k = Mem.addressOf(made);
        for (int offset = ClassWords.SUPERCLASS; offset < size; offset += 8) {
            Mem.storeLong(k + offset, Mem.loadLong(Mem.addressOf(OBJECT_ARRAY) + offset));
        }
        long componentAddress = Mem.addressOf(component);
        int componentFlags = Mem.loadInt(componentAddress + ClassWords.FLAGS);
        boolean primitive = (componentFlags & ClassWords.PRIMITIVE) != 0;
        int flags = ClassWords.ARRAY | (componentFlags & ClassWords.APPLICATION) | (modifiers(componentFlags) << 16);
        Mem.storeInt(k + ClassWords.FLAGS, flags);
        Mem.storeInt(k + ClassWords.ELEMENT_SIZE, primitive ? elementSize(name[1]) : 8);
        Mem.storeLong(k + ClassWords.COMPONENT, componentAddress);
        Mem.storeLong(k + ClassWords.ARRAY_CLASS, 0);
        Mem.storeLong(k + ClassWords.NAME, Mem.addressOf(name) + Heap.ARRAY_BASE);
        return made;
    }

    /** An array's modifiers: its component's public/private/protected, with final and abstract. */
    private static int modifiers(int componentFlags) {
        boolean primitive = (componentFlags & ClassWords.PRIMITIVE) != 0;
        int access = primitive ? 0x0001 : (componentFlags >>> 16) & 0x0007;
        return access | 0x0410;
    }

    /** The internal name of the array type, NUL-terminated: {@code [I}, {@code [Lp/C;}, {@code [[I}. */
    private static byte[] nameOf(Object component) {
        String componentName = ClassNames.text(Mem.loadLong(Mem.addressOf(component) + ClassWords.NAME));
        boolean primitive = (Mem.loadInt(Mem.addressOf(component) + ClassWords.FLAGS) & ClassWords.PRIMITIVE) != 0;
        String descriptor;
        if (primitive) {
            descriptor = "[" + letterOf(componentName);
        } else if (componentName.startsWith("[")) {
            descriptor = "[" + componentName;
        } else {
            descriptor = "[L" + componentName + ";";
        }
        byte[] utf8 = descriptor.getBytes();
        byte[] terminated = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, terminated, 0, utf8.length);
        return terminated;
    }

    private static char letterOf(String keyword) {
        switch (keyword) {
            case "boolean": return 'Z';
            case "byte": return 'B';
            case "char": return 'C';
            case "short": return 'S';
            case "int": return 'I';
            case "long": return 'J';
            case "float": return 'F';
            default: return 'D';
        }
    }

    private static int elementSize(byte letter) {
        switch (letter) {
            case 'Z': case 'B': return 1;
            case 'C': case 'S': return 2;
            case 'I': case 'F': return 4;
            default: return 8;
        }
    }
}
