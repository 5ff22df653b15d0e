package ingot.translator.lambda;

import ingot.translator.classgen.CodeWriter;

/**
 * The conversions LambdaMetafactory applies between the interface method's types and the
 * implementation's (its javadoc, "linkage"): a value of type {@code from} on the stack becomes
 * one of type {@code to}, where {@code functional} is the instantiated method type's type at that
 * position. A reference is first cast to its instantiated type (the ClassCastException an
 * ill-typed raw call deserves); primitives widen (JLS §5.1.2); a primitive is boxed to its
 * wrapper (widened first when the target is another wrapper); a wrapper is unboxed by its own
 * {@code xxxValue} (a numeric wrapper straight to the target type, Character and Boolean to
 * their primitive then widened; null throws NullPointerException); any other reference headed for
 * a primitive is cast to Number (or to Character/Boolean) and unboxed.
 */
final class Adaptation {
    private static final String OBJECT = "Ljava/lang/Object;";
    private static final String NUMBER = "java/lang/Number";
    private static final String PRIMITIVES = "ZBCSIJFD";
    private static final String[] WRAPPERS = {"java/lang/Boolean", "java/lang/Byte", "java/lang/Character",
        "java/lang/Short", "java/lang/Integer", "java/lang/Long", "java/lang/Float", "java/lang/Double"};
    private static final String[] NAMES = {"boolean", "byte", "char", "short", "int", "long", "float", "double"};

    private Adaptation() {
    }

    static void convert(CodeWriter code, String from, String to, String functional) {
        if (from.equals("V") || to.equals("V") || (from.equals(to) && from.equals(functional))) {
            return;
        }
        if (isPrimitive(from)) {
            fromPrimitive(code, from.charAt(0), to);
        } else {
            fromReference(code, from, to, functional);
        }
    }

    private static void fromPrimitive(CodeWriter code, char from, String to) {
        if (isPrimitive(to)) {
            widen(code, from, to.charAt(0));
            return;
        }
        char unboxed = primitiveOf(to);
        if (unboxed != 0) {
            widen(code, from, unboxed);
            box(code, unboxed);
        } else {
            box(code, from);
            cast(code, "L" + wrapperOf(from) + ";", to);
        }
    }

    private static void fromReference(CodeWriter code, String from, String to, String functional) {
        String source = from;
        if (!isPrimitive(functional)) {
            cast(code, from, functional);
            source = functional;
        }
        if (!isPrimitive(to)) {
            cast(code, source, to);
            return;
        }
        char target = to.charAt(0);
        char boxed = primitiveOf(source);
        if (boxed != 0 && isNumeric(boxed)) {
            unbox(code, wrapperOf(boxed), target);
        } else if (boxed != 0) {
            unbox(code, wrapperOf(boxed), boxed);
            widen(code, boxed, target);
        } else {
            String intermediate = isNumeric(target) ? NUMBER : wrapperOf(target);
            cast(code, source, "L" + intermediate + ";");
            unbox(code, intermediate, target);
        }
    }

    /** A widening primitive conversion (JLS §5.1.2), or none for the same type. */
    private static void widen(CodeWriter code, char from, char to) {
        char stackFrom = stackType(from);
        char stackTo = stackType(to);
        if (from == to || (stackFrom == 'I' && stackTo == 'I' && widensWithinInt(from, to))) {
            return;
        }
        int opcode = wideningOpcode(stackFrom, stackTo);
        if (opcode < 0 || from == 'Z' || to == 'Z') {
            throw new LambdaSiteException("type " + from + " cannot be widened to " + to);
        }
        code.simple(opcode, CodeWriter.slots(stackFrom), CodeWriter.slots(stackTo));
    }

    /** byte to short or int, short or char to int: the same int on the stack. */
    private static boolean widensWithinInt(char from, char to) {
        return to == 'I' && from != 'Z' || from == 'B' && to == 'S';
    }

    private static int wideningOpcode(char from, char to) {
        switch ("" + from + to) {
            case "IJ": return 0x85; // i2l
            case "IF": return 0x86; // i2f
            case "ID": return 0x87; // i2d
            case "JF": return 0x89; // l2f
            case "JD": return 0x8A; // l2d
            case "FD": return 0x8D; // f2d
            default: return -1;
        }
    }

    private static char stackType(char type) {
        return type == 'J' || type == 'F' || type == 'D' ? type : 'I';
    }

    private static void box(CodeWriter code, char primitive) {
        String wrapper = wrapperOf(primitive);
        code.invoke(CodeWriter.INVOKESTATIC, wrapper, "valueOf", "(" + primitive + ")L" + wrapper + ";", false);
    }

    /** {@code owner.xxxValue()} for the primitive {@code to}. */
    private static void unbox(CodeWriter code, String owner, char to) {
        code.invoke(CodeWriter.INVOKEVIRTUAL, owner, primitiveName(to) + "Value", "()" + to, false);
    }

    /** checkcast unless the types are the same or the target is Object. */
    private static void cast(CodeWriter code, String from, String to) {
        if (!from.equals(to) && !to.equals(OBJECT)) {
            code.checkcast(to.startsWith("[") ? to : to.substring(1, to.length() - 1));
        }
    }

    private static boolean isPrimitive(String type) {
        return type.length() == 1;
    }

    private static boolean isNumeric(char primitive) {
        return primitive != 'Z' && primitive != 'C';
    }

    private static String wrapperOf(char primitive) {
        return WRAPPERS[PRIMITIVES.indexOf(primitive)];
    }

    private static String primitiveName(char primitive) {
        return NAMES[PRIMITIVES.indexOf(primitive)];
    }

    /** The primitive a wrapper class descriptor boxes, or 0 for any other type. */
    private static char primitiveOf(String descriptor) {
        for (int i = 0; i < WRAPPERS.length; i++) {
            if (descriptor.equals("L" + WRAPPERS[i] + ";")) {
                return PRIMITIVES.charAt(i);
            }
        }
        return 0;
    }
}
