package ingot.classlib.differential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;

/**
 * Loads our class library's classes on HotSpot under a private prefix: {@code java/util/ArrayList}
 * becomes {@code ingot/remapped/java/util/ArrayList}, and every reference to a renamed class is
 * renamed with it, so our java.util implements our own interfaces and never the JDK's. Which
 * classes are renamed is a policy (for the collections: all of java.util but Locale and its
 * helpers, java.util.function, java.lang.Iterable and the number conversions of
 * jdk.internal.math); references to the others (Object, String, the boxes, Comparable, the
 * exceptions, System...) stay the JDK's, which {@link LinkChecker} verifies are compatible.
 *
 * <p>Fixture classes (package {@code ingot.classlib.fixtures} of the tests), written in plain
 * Java against java.util, are renamed too: the JDK side uses them as they are, our side through
 * the renamed copy, which then builds and calls our classes.
 */
public final class Remapping {
    public static final String PREFIX = "ingot/remapped/";
    public static final String DOTTED_PREFIX = "ingot.remapped.";
    static final String FIXTURES = "ingot/classlib/fixtures/";

    private final Map<String, byte[]> library;
    private final Predicate<String> policy;
    /** References to these classes go to hosted stand-ins of the tests instead (internal names). */
    private final Map<String, String> redirects = new HashMap<>();
    private final ClassLoader fixtureSource;
    private final Loader loader;
    /** Packages (internal names ending in '/') of host classes renamed like the fixtures. */
    private final String[] renamedPackages;

    private Remapping(Map<String, byte[]> library, Predicate<String> policy, ClassLoader fixtureSource,
            String... renamedPackages) {
        this.library = library;
        this.policy = policy;
        this.fixtureSource = fixtureSource;
        this.renamedPackages = renamedPackages;
        this.loader = new Loader(Remapping.class.getClassLoader());
    }

    /**
     * The remapping of the collections: java.util, java.util.function, java.lang.Iterable and
     * jdk.internal.math (which java.util's Formatter uses).
     * Host classes in {@code renamedPackages} (such as benchmark workloads written against
     * java.util) are renamed like the fixtures.
     */
    public static Remapping collections(Path classlib, String... renamedPackages) {
        return new Remapping(readLibrary(classlib), Remapping::collectionsPolicy, Remapping.class.getClassLoader(),
                renamedPackages);
    }

    /**
     * A remapping of exactly the given classes of the library (internal names), with references
     * to some classes redirected to hosted stand-ins (for classes whose methods are VM natives).
     */
    public static Remapping of(Path classlib, Set<String> internalNames, Map<String, String> redirects,
            String... renamedPackages) {
        Remapping r = new Remapping(readLibrary(classlib), internalNames::contains, Remapping.class.getClassLoader(),
                renamedPackages);
        r.redirects.putAll(redirects);
        return r;
    }

    static boolean collectionsPolicy(String internalName) {
        return internalName.startsWith("java/util/") && !internalName.startsWith("java/util/concurrent/")
                && !internalName.startsWith(LOCALE_PREFIX)
                || internalName.equals("java/lang/Iterable") || internalName.startsWith(NUMBER_PACKAGE)
                || internalName.startsWith(MATH_PACKAGE);
    }

    /** java.math (BigInteger, BigDecimal, MathContext, RoundingMode), renamed with java.util. */
    public static final String MATH_PACKAGE = "java/math/";

    /**
     * java.util.Locale and its helpers (all named Locale*): the collections remapping leaves them
     * the JDK's, so our Formatter runs with the JDK's Locale objects; LocaleRunner renames them
     * on their own ({@link #locales}).
     */
    public static final String LOCALE_PREFIX = "java/util/Locale";

    /** The remapping of java.util.Locale and its helpers alone. */
    public static Remapping locales(Path classlib) {
        return of(classlib, classesUnder(classlib, LOCALE_PREFIX), Map.of());
    }

    /** The library's number conversions (Formatter's digits, the parsers), renamed with java.util. */
    public static final String NUMBER_PACKAGE = "jdk/internal/math/";

    /** The internal names of the library's classes whose names start with {@code prefix}. */
    public static Set<String> classesUnder(Path classlib, String prefix) {
        Set<String> names = new TreeSet<>();
        for (String name : readLibrary(classlib).keySet()) {
            if (name.startsWith(prefix)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Where the class library's class files are: the system property {@code ingot.classlib},
     * else target/java.base (the module's own build), else a jar named ingot-classlib on the class path.
     */
    public static Path locateLibrary() {
        String property = System.getProperty("ingot.classlib");
        if (property != null) {
            return Paths.get(property);
        }
        Path exploded = Paths.get("target", "java.base");
        if (Files.isDirectory(exploded)) {
            return exploded;
        }
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String name = Paths.get(entry).getFileName().toString();
            if (name.startsWith("ingot-classlib") && !name.contains("-tests")) {
                return Paths.get(entry);
            }
        }
        throw new IllegalStateException("class library not found: set -Dingot.classlib=<dir or jar>");
    }

    /** Every class file of the library (a directory or a jar), by internal name. */
    static Map<String, byte[]> readLibrary(Path classlib) {
        Map<String, byte[]> classes = new HashMap<>();
        try {
            if (Files.isDirectory(classlib)) {
                try (Stream<Path> files = Files.walk(classlib)) {
                    for (Path p : (Iterable<Path>) files::iterator) {
                        String rel = classlib.relativize(p).toString().replace('\\', '/');
                        if (rel.endsWith(".class") && !rel.endsWith("module-info.class")) {
                            classes.put(rel.substring(0, rel.length() - 6), Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (ZipFile zip = new ZipFile(classlib.toFile())) {
                    Enumeration<? extends ZipEntry> entries = zip.entries();
                    while (entries.hasMoreElements()) {
                        ZipEntry e = entries.nextElement();
                        String name = e.getName();
                        if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                            try (InputStream in = zip.getInputStream(e)) {
                                classes.put(name.substring(0, name.length() - 6), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no class files in " + classlib);
        }
        return classes;
    }

    /** Whether references to {@code internalName} are renamed. */
    public boolean isRenamed(String internalName) {
        return isHostRenamed(internalName) || (library.containsKey(internalName) && policy.test(internalName));
    }

    /** Fixtures and the extra packages: host classes whose renamed copies use our library. */
    private boolean isHostRenamed(String internalName) {
        if (internalName.startsWith(FIXTURES)) {
            return true;
        }
        for (String p : renamedPackages) {
            if (internalName.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The renamed internal names of the library, sorted. */
    public Set<String> renamedLibraryClasses() {
        Set<String> names = new TreeSet<>();
        for (String name : library.keySet()) {
            if (policy.test(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The class our side uses for a JDK-side class name (dotted): renamed or the same. */
    public Class<?> oursFor(Class<?> jdkClass) {
        if (jdkClass.isArray()) {
            return oursFor(jdkClass.getComponentType()).arrayType();
        }
        if (jdkClass.isPrimitive()) {
            return jdkClass;
        }
        String internal = jdkClass.getName().replace('.', '/');
        return isRenamed(internal) ? load(DOTTED_PREFIX + jdkClass.getName()) : jdkClass;
    }

    /** What {@link LinkChecker} finds wrong in the renamed library classes (empty if nothing). */
    public java.util.List<String> linkProblems() {
        return new LinkChecker(this).check();
    }

    /** Loads a class through the renaming loader. */
    public Class<?> load(String dottedName) {
        try {
            return Class.forName(dottedName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + dottedName, e);
        }
    }

    /** Our class file of {@code internalName}, renamed. */
    public byte[] renamedBytes(String internalName) {
        byte[] original = originalBytes(internalName);
        if (original == null) {
            return null;
        }
        ClassReader reader = new ClassReader(original);
        ClassWriter writer = new ClassWriter(0);
        reader.accept(new ClassRemapper(writer, new Renamer()), 0);
        return writer.toByteArray();
    }

    private byte[] originalBytes(String internalName) {
        if (isHostRenamed(internalName)) {
            try (InputStream in = fixtureSource.getResourceAsStream(internalName + ".class")) {
                if (in == null) {
                    return null;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library.get(internalName);
    }

    /** Renames exactly the classes of the policy and the fixtures. */
    private final class Renamer extends Remapper {
        @Override
        public String map(String internalName) {
            String redirect = redirects.get(internalName);
            if (redirect != null) {
                return redirect;
            }
            return isRenamed(internalName) ? PREFIX + internalName : internalName;
        }
    }

    /** Defines renamed classes on demand; everything else comes from the parent. */
    private final class Loader extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        Loader(ClassLoader parent) {
            super("ingot-remapped", parent);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (!name.startsWith(DOTTED_PREFIX)) {
                throw new ClassNotFoundException(name);
            }
            String internal = name.substring(DOTTED_PREFIX.length()).replace('.', '/');
            if (!isRenamed(internal)) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = renamedBytes(internal);
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
