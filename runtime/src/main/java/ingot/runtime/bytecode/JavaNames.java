package ingot.runtime.bytecode;

import ingot.runtime.classfile.ConstantPool;
import ingot.runtime.classfile.Descriptors;

/**
 * Classes, types and methods written as HotSpot's NullPointerException messages write them:
 * binary names with dots ({@code java.util.Map$Entry}), except that {@code java.lang.Object} and
 * {@code java.lang.String} lose their package; array classes named by a member reference keep
 * their descriptor form ({@code [Ljava.lang.String;}); parameter types are source-like
 * ({@code int[]}, {@code String[][]}), comma-and-space separated.
 */
final class JavaNames {
    private JavaNames() {
    }

    /** A class by its internal name, e.g. {@code java/util/List} as {@code java.util.List}. */
    static String ofClass(String internalName) {
        String dotted = internalName.replace('/', '.');
        if (dotted.equals("java.lang.Object")) {
            return "Object";
        }
        if (dotted.equals("java.lang.String")) {
            return "String";
        }
        return dotted;
    }

    /** {@code Owner.name(Parameter, Types)} for the method reference at pool index {@code ref}. */
    static String ofMethod(ConstantPool pool, int ref) {
        String descriptor = pool.nameAndTypeDescriptor(pool.nameAndType(ref));
        StringBuilder out = new StringBuilder();
        out.append(ofClass(pool.className(pool.memberClass(ref)))).append('.')
                .append(pool.nameAndTypeName(pool.nameAndType(ref))).append('(');
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int end = Descriptors.fieldTypeEnd(descriptor, i);
            if (i > 1) {
                out.append(", ");
            }
            appendType(out, descriptor, i, end);
            i = end;
        }
        return out.append(')').toString();
    }

    /** {@code Owner.name} for the field reference at pool index {@code ref}. */
    static String ofStaticField(ConstantPool pool, int ref) {
        return ofClass(pool.className(pool.memberClass(ref))) + "." + fieldName(pool, ref);
    }

    static String fieldName(ConstantPool pool, int ref) {
        return pool.nameAndTypeName(pool.nameAndType(ref));
    }

    /** The field type {@code descriptor[start, end)} as source writes it. */
    private static void appendType(StringBuilder out, String descriptor, int start, int end) {
        int dimensions = 0;
        while (descriptor.charAt(start + dimensions) == '[') {
            dimensions++;
        }
        char c = descriptor.charAt(start + dimensions);
        if (c == 'L') {
            out.append(ofClass(descriptor.substring(start + dimensions + 1, end - 1)));
        } else {
            out.append(Descriptors.primitiveName(c));
        }
        for (int d = 0; d < dimensions; d++) {
            out.append("[]");
        }
    }
}
