package ingot.classlib.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

/**
 * The two sides of the harness: the JDK's classes and our renamed ones. Resolves a JDK class name
 * to each side's class, and calls methods and constructors on either side by reflection.
 */
final class Sides {
    final Remapping remapping;
    private final Map<String, Class<?>[]> types = new HashMap<>();
    private final Map<String, Object> members = new HashMap<>();

    Sides(Remapping remapping) {
        this.remapping = remapping;
        copyImmutableCollectionsSalt();
        shareIdentityNullKey();
    }

    /** The class of {@code jdkName} on one side. */
    Class<?> type(boolean ours, String jdkName) {
        Class<?>[] pair = types.get(jdkName);
        if (pair == null) {
            Class<?> jdk = forName(jdkName);
            pair = new Class<?>[] {jdk, remapping.oursFor(jdk)};
            types.put(jdkName, pair);
        }
        return pair[ours ? 1 : 0];
    }

    static Class<?> forName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    private Class<?>[] params(boolean ours, Class<?>[] jdkParams) {
        Class<?>[] out = new Class<?>[jdkParams.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = ours ? remapping.oursFor(jdkParams[i]) : jdkParams[i];
        }
        return out;
    }

    private static String key(boolean ours, String owner, String name, Class<?>[] jdkParams) {
        StringBuilder sb = new StringBuilder(ours ? "O:" : "J:").append(owner).append('.').append(name);
        for (Class<?> c : jdkParams) {
            sb.append(',').append(c.getName());
        }
        return sb.toString();
    }

    /** Calls a public method (static when target is null) declared by or inherited into owner. */
    Outcome call(boolean ours, String owner, String name, Class<?>[] jdkParams, Object target, Object[] args) {
        String key = key(ours, owner, name, jdkParams);
        try {
            Method m = (Method) members.get(key);
            if (m == null) {
                m = type(ours, owner).getMethod(name, params(ours, jdkParams));
                members.put(key, m);
            }
            return Outcome.returned(m.invoke(target, args));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | StackOverflowError e) {
            return Outcome.threw(e);
        }
    }

    /** Calls a public constructor of owner. */
    Outcome construct(boolean ours, String owner, Class<?>[] jdkParams, Object[] args) {
        String key = key(ours, owner, "<init>", jdkParams);
        try {
            Constructor<?> c = (Constructor<?>) members.get(key);
            if (c == null) {
                c = type(ours, owner).getConstructor(params(ours, jdkParams));
                members.put(key, c);
            }
            return Outcome.returned(c.newInstance(args));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | StackOverflowError e) {
            return Outcome.threw(e);
        }
    }

    /** Calls a fixture's static factory on one side; fixtures must not fail. */
    Object fixture(boolean ours, String fixtureClass, String name, Class<?>[] params, Object... args) {
        Outcome o = call(ours, "ingot.classlib.fixtures." + fixtureClass, name, params, null, args);
        if (o.thrown != null) {
            throw new IllegalStateException("fixture " + fixtureClass + "." + name + " failed on "
                    + (ours ? "our side" : "the JDK side"), o.thrown);
        }
        return o.value;
    }

    /** The calls the fixtures of one side logged since the last take. */
    String takeLog(boolean ours) {
        return (String) fixture(ours, "Log", "take", new Class<?>[0]);
    }

    /**
     * Gives our IdentityHashMap the JDK's stand-in for the null key, whose identity hash code
     * decides where a null key sits, so that both iterate alike. Needs the same --add-opens.
     */
    private void shareIdentityNullKey() {
        try {
            Field jdkKey = java.util.IdentityHashMap.class.getDeclaredField("NULL_KEY");
            jdkKey.setAccessible(true);
            Field ourKey = remapping.load(Remapping.DOTTED_PREFIX + "java.util.IdentityHashMap").getDeclaredField("nullKey");
            ourKey.setAccessible(true);
            ourKey.set(null, jdkKey.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot share the JDK's IdentityHashMap.NULL_KEY"
                    + " (is --add-opens java.base/java.util=ALL-UNNAMED set?)", e);
        }
    }

    /**
     * Gives our Set.of/Map.of the JDK's salt and direction, which the JDK draws at start-up,
     * so that both iterate alike. Needs --add-opens java.base/java.util=ALL-UNNAMED.
     */
    private void copyImmutableCollectionsSalt() {
        try {
            Field salt = Class.forName("java.util.ImmutableCollections").getDeclaredField("SALT32L");
            Field reverse = Class.forName("java.util.ImmutableCollections").getDeclaredField("REVERSE");
            salt.setAccessible(true);
            reverse.setAccessible(true);
            Class<?> ours = remapping.load(Remapping.DOTTED_PREFIX + "java.util.ImmutableCollections");
            Field ourSalt = ours.getDeclaredField("salt");
            Field ourReverse = ours.getDeclaredField("reverse");
            ourSalt.setAccessible(true);
            ourReverse.setAccessible(true);
            ourSalt.setLong(null, salt.getLong(null));
            ourReverse.setBoolean(null, reverse.getBoolean(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot copy the JDK's ImmutableCollections salt"
                    + " (is --add-opens java.base/java.util=ALL-UNNAMED set?)", e);
        }
    }
}
