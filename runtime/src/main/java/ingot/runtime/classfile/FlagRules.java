package ingot.runtime.classfile;

import static ingot.runtime.classfile.AccessFlags.ABSTRACT;
import static ingot.runtime.classfile.AccessFlags.ANNOTATION;
import static ingot.runtime.classfile.AccessFlags.ENUM;
import static ingot.runtime.classfile.AccessFlags.FINAL;
import static ingot.runtime.classfile.AccessFlags.INTERFACE;
import static ingot.runtime.classfile.AccessFlags.NATIVE;
import static ingot.runtime.classfile.AccessFlags.PRIVATE;
import static ingot.runtime.classfile.AccessFlags.PROTECTED;
import static ingot.runtime.classfile.AccessFlags.PUBLIC;
import static ingot.runtime.classfile.AccessFlags.STATIC;
import static ingot.runtime.classfile.AccessFlags.STRICT;
import static ingot.runtime.classfile.AccessFlags.SUPER;
import static ingot.runtime.classfile.AccessFlags.SYNCHRONIZED;
import static ingot.runtime.classfile.AccessFlags.SYNTHETIC;
import static ingot.runtime.classfile.AccessFlags.TRANSIENT;
import static ingot.runtime.classfile.AccessFlags.VARARGS;
import static ingot.runtime.classfile.AccessFlags.VOLATILE;

/**
 * The legal combinations of access flags (JVMS §4.1, §4.5, §4.6). Each rule returns null when the
 * flags are legal, else what is wrong with them.
 */
final class FlagRules {
    private FlagRules() {
    }

    static String classProblem(int flags, int major) {
        boolean isInterface = (flags & INTERFACE) != 0;
        if (isInterface && (flags & ABSTRACT) == 0) {
            return "an interface must be abstract";
        }
        if (isInterface && (flags & FINAL) != 0) {
            return "an interface may not be final";
        }
        if (isInterface && major >= 49 && (flags & (SUPER | ENUM)) != 0) {
            return "an interface may not have ACC_SUPER or ACC_ENUM";
        }
        if (!isInterface && major >= 49 && (flags & ANNOTATION) != 0) {
            return "an annotation type must be an interface";
        }
        if ((flags & (FINAL | ABSTRACT)) == (FINAL | ABSTRACT)) {
            return "a class may not be both final and abstract";
        }
        return null;
    }

    static String fieldProblem(int flags, boolean inInterface, int major) {
        if (inInterface) {
            int required = PUBLIC | STATIC | FINAL;
            int forbidden = PRIVATE | PROTECTED | VOLATILE | TRANSIENT | (major >= 49 ? ENUM : 0);
            if ((flags & required) != required || (flags & forbidden) != 0) {
                return "an interface field must be public static final and nothing else";
            }
            return null;
        }
        if (AccessFlags.visibilityCount(flags) > 1) {
            return "more than one of public, private and protected";
        }
        if ((flags & (FINAL | VOLATILE)) == (FINAL | VOLATILE)) {
            return "a field may not be both final and volatile";
        }
        return null;
    }

    /** Rules for every method but {@code <clinit>}, whose flags the JVM ignores but for static. */
    static String methodProblem(int flags, String name, boolean inInterface, int major) {
        if (name.equals("<init>")) {
            return initializerProblem(flags, inInterface);
        }
        String visibility = inInterface ? interfaceMethodProblem(flags, major) : classMethodProblem(flags);
        if (visibility != null) {
            return visibility;
        }
        return abstractProblem(flags, major);
    }

    private static String initializerProblem(int flags, boolean inInterface) {
        if (inInterface) {
            return "an interface may not declare <init>";
        }
        int allowed = PUBLIC | PRIVATE | PROTECTED | VARARGS | STRICT | SYNTHETIC;
        if ((flags & ~allowed & 0xFFFF) != 0 || AccessFlags.visibilityCount(flags) > 1) {
            return "illegal flags for <init>";
        }
        return null;
    }

    private static String classMethodProblem(int flags) {
        if (AccessFlags.visibilityCount(flags) > 1) {
            return "more than one of public, private and protected";
        }
        return null;
    }

    private static String interfaceMethodProblem(int flags, int major) {
        if (major < 52) {
            return (flags & (PUBLIC | ABSTRACT)) == (PUBLIC | ABSTRACT)
                    && (flags & (PRIVATE | PROTECTED | STATIC | FINAL | SYNCHRONIZED | NATIVE)) == 0
                    ? null : "before version 52 an interface method must be public abstract";
        }
        if ((flags & (PROTECTED | FINAL | SYNCHRONIZED | NATIVE)) != 0) {
            return "an interface method may not be protected, final, synchronized or native";
        }
        if (((flags & PUBLIC) != 0) == ((flags & PRIVATE) != 0)) {
            return "an interface method must be exactly one of public and private";
        }
        return null;
    }

    private static String abstractProblem(int flags, int major) {
        if ((flags & ABSTRACT) == 0) {
            return null;
        }
        int forbidden = PRIVATE | STATIC | FINAL | SYNCHRONIZED | NATIVE
                | (major >= 46 && major <= 60 ? STRICT : 0);
        return (flags & forbidden) != 0 ? "an abstract method may not be private, static, final, "
                + "synchronized, native or strict" : null;
    }
}
