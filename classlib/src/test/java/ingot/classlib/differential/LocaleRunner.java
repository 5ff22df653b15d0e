package ingot.classlib.differential;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seeded sequences of Locale operations compared with the JDK's (TextRunner.sequence): our
 * renamed Locale (Remapping.locales) made by its constructors, forLanguageTag, constants, clone
 * and stripExtensions from LocaleInputs, then every getter, toString, toLanguageTag, hashCode and
 * equals with the previous one; the defaults (setDefault, getDefault of each category, nulls
 * included; both sides' defaults are restored after each sequence); our Formatter (of the
 * collections remapping, which leaves Locale the JDK's) with random locales, also one per format
 * call and null; and our locale-sensitive case mapping (java.lang.SpecialCasing, renamed with
 * Character and CaseFolding) against String.toLowerCase/toUpperCase(Locale).
 */
final class LocaleRunner {
    static final String[] SCENARIOS = {"Locale", "Locale defaults", "format(Locale)", "case(Locale)"};
    private static final String[] GETTERS = {"toString", "toLanguageTag", "getLanguage", "getScript", "getCountry",
        "getVariant", "hasExtensions", "getExtensionKeys", "getUnicodeLocaleAttributes", "getUnicodeLocaleKeys",
        "hashCode"};

    private final Class<?> ourLocale;
    private final Class<?> ourCategory;
    private final Constructor<?> formatter;
    private final Method format;
    private final Method formatIn;
    private final Method locale;
    private final Method lower;
    private final Method upper;
    /** The locale made by the previous step, per side (equals is tried against it). */
    private Object previousJdk;
    private Object previousOurs;

    LocaleRunner(Remapping collections) {
        Path library = Remapping.locateLibrary();
        Remapping locales = Remapping.locales(library);
        Set<String> casing = new TreeSet<>(Remapping.classesUnder(library, "java/lang/Character"));
        casing.add("java/lang/CaseFolding");
        casing.add("java/lang/SpecialCasing");
        Remapping cases = Remapping.of(library, casing, Map.of("java/lang/Primitives", "ingot/classlib/hosted/Primitives"));
        try {
            ourLocale = locales.load(Remapping.DOTTED_PREFIX + "java.util.Locale");
            ourCategory = locales.load(Remapping.DOTTED_PREFIX + "java.util.Locale$Category");
            Class<?> f = collections.load(Remapping.DOTTED_PREFIX + "java.util.Formatter");
            formatter = f.getConstructor(Appendable.class, Locale.class);
            format = f.getMethod("format", String.class, Object[].class);
            formatIn = f.getMethod("format", Locale.class, String.class, Object[].class);
            locale = f.getMethod("locale");
            Class<?> special = cases.load(Remapping.DOTTED_PREFIX + "java.lang.SpecialCasing");
            lower = special.getDeclaredMethod("toLowerCase", String.class, char[].class, String.class);
            upper = special.getDeclaredMethod("toUpperCase", String.class, char[].class, String.class);
            lower.setAccessible(true);
            upper.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    TextRunner.Result run(String scenario, long seed, int steps) {
        previousJdk = null;
        previousOurs = null;
        if (!scenario.equals("Locale defaults")) {
            return TextRunner.sequence(scenario, seed, steps, this::operation);
        }
        Locale[] saved = {Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
            Locale.getDefault(Locale.Category.FORMAT)};
        Object ourSaved = invokeForValue(ourLocale, null, "getDefault");
        try {
            Locale.setDefault(Locale.ENGLISH);
            invoke(ourLocale, null, "setDefault", make(ourLocale, new Object[] {"constant", "ENGLISH"}));
            return TextRunner.sequence(scenario, seed, steps, this::operation);
        } finally {
            Locale.setDefault(saved[0]);
            Locale.setDefault(Locale.Category.DISPLAY, saved[1]);
            Locale.setDefault(Locale.Category.FORMAT, saved[2]);
            invoke(ourLocale, null, "setDefault", ourSaved);
        }
    }

    private String[] operation(String scenario, Random r) {
        switch (scenario) {
            case "Locale":
                return localeStep(r);
            case "Locale defaults":
                return defaultsStep(r);
            case "format(Locale)":
                return formatStep(r);
            default:
                return caseStep(r);
        }
    }

    // ---- Locale ----

    /** A way to make a locale: {kind, arguments...}. */
    private static Object[] recipe(Random r) {
        switch (r.nextInt(10)) {
            case 0:
                return new Object[] {"constant", LocaleInputs.CONSTANTS[r.nextInt(LocaleInputs.CONSTANTS.length)]};
            case 1: {
                String[] p = LocaleInputs.parts(r);
                return new Object[] {"new", p[0]};
            }
            case 2: {
                String[] p = LocaleInputs.parts(r);
                return new Object[] {"new", p[0], p[1]};
            }
            case 3:
            case 4: {
                String[] p = LocaleInputs.parts(r);
                return new Object[] {"new", p[0], p[1], p[2]};
            }
            case 5:
                return new Object[] {"previous", r.nextBoolean() ? "stripExtensions" : "clone"};
            default:
                return new Object[] {"forLanguageTag", LocaleInputs.tag(r)};
        }
    }

    private Object make(Class<?> c, Object[] recipe) {
        try {
            switch ((String) recipe[0]) {
                case "constant":
                    return c.getField((String) recipe[1]).get(null);
                case "new": {
                    Class<?>[] types = new Class<?>[recipe.length - 1];
                    Arrays.fill(types, String.class);
                    return c.getConstructor(types).newInstance(Arrays.copyOfRange(recipe, 1, recipe.length));
                }
                case "previous": {
                    Object previous = c == Locale.class ? previousJdk : previousOurs;
                    return previous == null || previous instanceof Throwable ? null
                            : c.getMethod((String) recipe[1]).invoke(previous);
                }
                default:
                    return c.getMethod("forLanguageTag", String.class).invoke(null, recipe[1]);
            }
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private String[] localeStep(Random r) {
        Object[] recipe = recipe(r);
        char key = LocaleInputs.extensionKey(r);
        String unicodeKey = LocaleInputs.unicodeKey(r);
        Object jdk = make(Locale.class, recipe);
        Object ours = make(ourLocale, recipe);
        String description = Arrays.toString(recipe) + " getExtension('" + key + "') getUnicodeLocaleType(\""
                + unicodeKey + "\")";
        String[] result = {description, describe(Locale.class, jdk, key, unicodeKey, previousJdk),
            describe(ourLocale, ours, key, unicodeKey, previousOurs)};
        previousJdk = jdk;
        previousOurs = ours;
        return result;
    }

    private static String describe(Class<?> c, Object locale, char key, String unicodeKey, Object previous) {
        if (locale == null || locale instanceof Throwable) {
            return locale == null ? "null" : Describer.thrown((Throwable) locale);
        }
        StringBuilder sb = new StringBuilder();
        for (String getter : GETTERS) {
            sb.append(invoke(c, locale, getter)).append(" | ");
        }
        sb.append(invoke(c, locale, "getExtension", key)).append(" | ");
        sb.append(invoke(c, locale, "getUnicodeLocaleType", unicodeKey)).append(" | ");
        sb.append(invoke(c, invokeForValue(c, locale, "stripExtensions"), "toString")).append(" | ");
        sb.append(invoke(c, locale, "equals", invokeForValue(c, locale, "clone"))).append(" | ");
        if (previous != null && !(previous instanceof Throwable)) {
            sb.append(invoke(c, locale, "equals", previous));
        }
        return sb.toString();
    }

    /** The result of a public method as text, or the exception it threw. */
    private static String invoke(Class<?> c, Object target, String name, Object... args) {
        Object v = invokeForValue(c, target, name, args);
        return v instanceof Throwable ? Describer.thrown((Throwable) v) : String.valueOf(v);
    }

    private static Object invokeForValue(Class<?> c, Object target, String name, Object... args) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    return e.getCause();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("no method " + name + " in " + c);
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] == null) {
                if (types[i].isPrimitive()) {
                    return false;
                }
            } else if (types[i] == char.class ? !(args[i] instanceof Character)
                    : !types[i].isPrimitive() && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- defaults ----

    private String[] defaultsStep(Random r) {
        int op = r.nextInt(4);
        String category = r.nextInt(20) == 0 ? null : r.nextBoolean() ? "DISPLAY" : "FORMAT";
        Object[] recipe = r.nextInt(20) == 0 ? null : recipe(r);
        String description;
        String jdk;
        String ours;
        if (op < 2) {
            Object jdkLocale = recipe == null ? null : make(Locale.class, recipe);
            Object ourLocaleValue = recipe == null ? null : make(ourLocale, recipe);
            if (jdkLocale instanceof Throwable || ourLocaleValue instanceof Throwable) {
                jdkLocale = null;
                ourLocaleValue = null;
            }
            previousJdk = jdkLocale;
            previousOurs = ourLocaleValue;
            if (op == 0) {
                description = "setDefault(" + Arrays.toString(recipe) + ")";
                jdk = invoke(Locale.class, null, "setDefault", jdkLocale);
                ours = invoke(ourLocale, null, "setDefault", ourLocaleValue);
            } else {
                description = "setDefault(" + category + ", " + Arrays.toString(recipe) + ")";
                jdk = invoke(Locale.class, null, "setDefault", category(Locale.Category.class, category), jdkLocale);
                ours = invoke(ourLocale, null, "setDefault", category(ourCategory, category), ourLocaleValue);
            }
        } else if (op == 2) {
            description = "getDefault()";
            jdk = invoke(Locale.class, null, "getDefault");
            ours = invoke(ourLocale, null, "getDefault");
        } else {
            description = "getDefault(" + category + ")";
            jdk = invoke(Locale.class, null, "getDefault", category(Locale.Category.class, category));
            ours = invoke(ourLocale, null, "getDefault", category(ourCategory, category));
        }
        return new String[] {description, jdk + " " + defaults(Locale.class, Locale.Category.class),
            ours + " " + defaults(ourLocale, ourCategory)};
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object category(Class<?> enumClass, String name) {
        return name == null ? null : Enum.valueOf((Class) enumClass, name);
    }

    private static String defaults(Class<?> c, Class<?> categories) {
        return "[" + invoke(c, null, "getDefault") + ", " + invoke(c, null, "getDefault", category(categories, "DISPLAY"))
                + ", " + invoke(c, null, "getDefault", category(categories, "FORMAT")) + "]";
    }

    // ---- formatting and case mapping ----

    private String[] formatStep(Random r) {
        Locale l = LocaleInputs.formatLocale(r);
        Locale other = r.nextInt(3) == 0 ? LocaleInputs.formatLocale(r) : null;
        boolean perCall = other != null || r.nextInt(6) == 0;
        String f = r.nextBoolean() ? TextInputs.format(r) : numberFormat(r);
        boolean dates = f.indexOf('t') >= 0 || f.indexOf('T') >= 0; // the library formats no dates
        Object[] args = dates || r.nextBoolean() ? TextInputs.arguments(r, f) : numberArguments(r);
        String description = "new Formatter(sb, " + l + ")" + (perCall ? ".format(" + other + ", " : ".format(")
                + "\"" + f + "\", " + Arrays.deepToString(args) + ")";
        StringBuilder jdkOut = new StringBuilder();
        String jdk;
        try {
            java.util.Formatter jf = new java.util.Formatter(jdkOut, l);
            jdk = String.valueOf(jf.locale());
            if (perCall) {
                jf.format(other, f, args);
            } else {
                jf.format(f, args);
            }
            jdk += " [" + jdkOut + "]";
        } catch (RuntimeException e) {
            jdk = "[" + jdkOut + "] " + Describer.thrown(e);
        }
        StringBuilder ourOut = new StringBuilder();
        String ours;
        try {
            Object of = formatter.newInstance(ourOut, l);
            ours = String.valueOf(locale.invoke(of));
            if (perCall) {
                formatIn.invoke(of, other, f, args);
            } else {
                format.invoke(of, f, args);
            }
            ours += " [" + ourOut + "]";
        } catch (ReflectiveOperationException | RuntimeException e) {
            ours = "[" + ourOut + "] " + Describer.thrown(Outcome.threw(e).thrown);
        }
        return new String[] {description, jdk, ours};
    }

    /** One to three numeric or %S specifiers with flags, widths and precisions. */
    private static String numberFormat(Random r) {
        StringBuilder f = new StringBuilder();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            f.append(r.nextBoolean() ? "|" : "").append('%');
            String flags = ",,,0+ (-#";
            for (int n = r.nextInt(3); n > 0; n--) {
                f.append(flags.charAt(r.nextInt(flags.length())));
            }
            if (r.nextInt(3) == 0) {
                f.append(1 + r.nextInt(20));
            }
            if (r.nextInt(3) == 0) {
                f.append('.').append(r.nextInt(8));
            }
            String conversions = "dddffeEgGxXSsC";
            f.append(conversions.charAt(r.nextInt(conversions.length())));
        }
        return f.toString();
    }

    private static Object[] numberArguments(Random r) {
        Object[] args = new Object[1 + r.nextInt(3)];
        for (int i = 0; i < args.length; i++) {
            switch (r.nextInt(6)) {
                case 0:
                    args[i] = r.nextInt() >> r.nextInt(32);
                    break;
                case 1:
                    args[i] = r.nextLong() >> r.nextInt(64);
                    break;
                case 2:
                    args[i] = (r.nextInt(2_000_001) - 1_000_000) / Math.pow(10, r.nextInt(8));
                    break;
                case 3:
                    args[i] = LocaleInputs.formatText(r);
                    break;
                case 4:
                    args[i] = r.nextBoolean() ? 'i' : (char) ('a' + r.nextInt(26));
                    break;
                default:
                    args[i] = TextInputs.argument(r);
            }
        }
        return args;
    }

    private String[] caseStep(Random r) {
        Locale l = LocaleInputs.caseLocale(r);
        String s = LocaleInputs.caseText(r);
        boolean toUpper = r.nextBoolean();
        String description = (toUpper ? "toUpperCase(" : "toLowerCase(") + l + ") of \"" + s + "\"";
        String jdk = toUpper ? s.toUpperCase(l) : s.toLowerCase(l);
        Object ours;
        try {
            ours = (toUpper ? upper : lower).invoke(null, s, s.toCharArray(), l.getLanguage());
        } catch (InvocationTargetException e) {
            ours = Describer.thrown(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return new String[] {description, jdk, String.valueOf(ours)};
    }
}
