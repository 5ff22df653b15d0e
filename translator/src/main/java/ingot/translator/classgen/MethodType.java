package ingot.translator.classgen;

import ingot.runtime.classfile.Descriptors;
import java.util.ArrayList;
import java.util.List;

/** A method descriptor taken apart: its parameter types and its return type, as field descriptors. */
public final class MethodType {
    private MethodType() {
    }

    /**
     * The parameter types of a method descriptor, in order.
     *
     * @throws IllegalArgumentException when the text is not a method descriptor
     */
    public static List<String> parameters(String descriptor) {
        if (descriptor.isEmpty() || descriptor.charAt(0) != '(') {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        while (i < descriptor.length() && descriptor.charAt(i) != ')') {
            int end = typeEnd(descriptor, i);
            out.add(descriptor.substring(i, end));
            i = end;
        }
        if (i >= descriptor.length()) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        return out;
    }

    /** The return type of a method descriptor ({@code V} for void). */
    public static String returnType(String descriptor) {
        int close = descriptor.indexOf(')');
        if (close < 0 || close + 1 >= descriptor.length()) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        return descriptor.substring(close + 1);
    }

    /** A method descriptor of these parameter types and return type. */
    public static String of(List<String> parameters, String returnType) {
        return "(" + String.join("", parameters) + ")" + returnType;
    }

    private static int typeEnd(String descriptor, int start) {
        int end = Descriptors.fieldTypeEnd(descriptor, start);
        if (end < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        return end;
    }
}
