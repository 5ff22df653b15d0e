package ingot.runtime.link;

/**
 * Array classes, named by descriptor ({@code [I}, {@code [Ljava/lang/String;}, {@code [[J}):
 * superclass java/lang/Object, interfaces java/lang/Cloneable and java/io/Serializable, Object's
 * vtable, the component's descriptor character and size. An ill-formed name, more than 255
 * dimensions, or a component that cannot be linked give NoClassDefFoundError.
 */
final class ArrayClasses {
    private static final int MAX_DIMENSIONS = 255;
    private static final String PRIMITIVES = "ZBCSIJFD";

    private ArrayClasses() {
    }

    static LinkedClass link(Linker linker, String name) {
        LinkedClass component = component(linker, name);
        LinkedClass object = linker.link("java/lang/Object");
        LinkedClass[] interfaces = {linker.link("java/lang/Cloneable"), linker.link("java/io/Serializable")};
        LinkedClass array = new LinkedClass(name, null, object, interfaces, false, true);
        array.elementType = name.charAt(1);
        array.elementClass = component;
        array.instanceSize = ObjectLayout.ARRAY_ELEMENTS_OFFSET;
        Supertypes.compute(array);
        VtableBuilder.build(array);
        ItableBuilder.build(array);
        return array;
    }

    /** The linked component class; null for a primitive component. */
    private static LinkedClass component(Linker linker, String name) {
        int dimensions = 0;
        while (dimensions < name.length() && name.charAt(dimensions) == '[') {
            dimensions++;
        }
        if (dimensions > MAX_DIMENSIONS || name.length() < 2) {
            throw new NoClassDefFoundError(name);
        }
        char type = name.charAt(1);
        if (type == '[') {
            return linker.link(name.substring(1));
        }
        if (type == 'L' && name.length() > 3 && name.charAt(name.length() - 1) == ';' && name.charAt(2) != '[') {
            return linker.link(name.substring(2, name.length() - 1));
        }
        if (name.length() == 2 && PRIMITIVES.indexOf(type) >= 0) {
            return null;
        }
        throw new NoClassDefFoundError(name);
    }
}
