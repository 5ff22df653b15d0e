package ingot.classlib;

import ingot.classlib.differential.MathDifferential;
import ingot.classlib.differential.Remapping;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Our java.lang classes that do not depend on the VM (number conversions, Character's tables,
 * String's case mapping, UTF-8 and split helpers, Math) and the number conversions of
 * jdk.internal.math (Double.toString's digits, parsing), renamed under ingot.remapped so that their
 * static methods run beside the JDK's. The boxes are
 * renamed too: only their statics are used. Records the differences found.
 */
final class LangStatics {
    static final String[] CLASSES = {
        "Character", "Character$Cache", "CharacterData", "CharacterProperties", "CaseFolding", "SpecialCasing", "Utf8",
        "Splitter",
        "Integer", "Integer$Cache", "Long", "Long$Cache", "Short", "Short$Cache", "Byte", "Byte$Cache",
        "NumberFormatException", "Math",
    };
    /** The number conversions behind Double and Float (package jdk.internal.math), renamed too. */
    static final String MATH_PACKAGE = Remapping.NUMBER_PACKAGE;
    private static Remapping remapping;

    private final List<String> mismatches = new ArrayList<>();
    private long checks;

    static synchronized Remapping remapping() {
        if (remapping == null) {
            Set<String> names = new TreeSet<>();
            for (String c : CLASSES) {
                names.add("java/lang/" + c);
            }
            for (String c : MathDifferential.CLASSES) {
                names.add("java/lang/" + c);
            }
            for (String c : Remapping.classesUnder(Remapping.locateLibrary(), MATH_PACKAGE)) {
                names.add(c);
            }
            remapping = Remapping.of(Remapping.locateLibrary(), names,
                    Map.of("java/lang/Primitives", "ingot/classlib/hosted/Primitives"));
        }
        return remapping;
    }

    /** A static method of our renamed java.lang class (or of jdk.internal.math, given a dotted name). */
    static Method ours(String simpleName, String method, Class<?>... params) {
        String name = simpleName.indexOf('.') >= 0 ? simpleName : "java.lang." + simpleName;
        try {
            Method m = remapping().load(Remapping.DOTTED_PREFIX + name).getDeclaredMethod(method, params);
            m.setAccessible(true);
            return m;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls our method; returns its result or the exception it threw. */
    static Object call(Method m, Object... args) {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the JDK side did, as a value or a thrown exception. */
    interface JdkCall {
        Object call() throws Exception;
    }

    static Object jdk(JdkCall c) {
        try {
            return c.call();
        } catch (Exception e) {
            return e;
        }
    }

    static String describe(Object o) {
        if (o instanceof Throwable) {
            Throwable t = (Throwable) o;
            return "throws " + t.getClass().getName().replace(Remapping.DOTTED_PREFIX, "") + ": " + t.getMessage();
        }
        return o == null ? "null" : o.getClass().getSimpleName() + ":" + o;
    }

    void check(String what, Object jdkResult, Object ourResult) {
        checks++;
        boolean same = jdkResult instanceof Throwable || ourResult instanceof Throwable
                ? describe(jdkResult).equals(describe(ourResult))
                : Objects.equals(jdkResult, ourResult);
        if (!same && mismatches.size() < 20) {
            mismatches.add(escape(what + ": JDK " + describe(jdkResult) + ", ours " + describe(ourResult)));
        }
        if (!same && mismatches.size() >= 20) {
            mismatches.add("...");
        }
    }

    /** Control chars, surrogates and non-ASCII as \\uXXXX, so reports stay on one line. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    List<String> mismatches() {
        return mismatches;
    }

    long checks() {
        return checks;
    }
}
