package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written javac programs with tricky hierarchies, compared with HotSpot call site by call
 * site ({@link DispatchOracle}). Every method returns its own name, {@code pkg.Class.method}. A
 * later compilation step changes classes in ways javac refuses to compile together (weaker
 * access, static hiding instance, conflicting or re-abstracted defaults), as separately compiled
 * libraries do.
 */
class DispatchProgramsTest {
    @TempDir
    Path dir;

    private final DispatchOracle.Tally tally = new DispatchOracle.Tally();

    @Test
    void packagePrivateMethodsOverriddenTransitively() {
        check("package-private-transitive", packagePrivateSteps(false));
    }

    @Test
    void packagePrivateMethodsAcrossPackages() {
        check("package-private", packagePrivateSteps(true));
    }

    private static List<Map<String, String>> packagePrivateSteps(boolean publicC) {
        List<Map<String, String>> steps = new ArrayList<>(List.of(
            sources(
                "p1/A.java", "package p1; public class A { String m() { return \"p1.A.m\"; } }",
                // B.m does not override A.m (another package): a new slot.
                "p2/B.java", "package p2; public class B extends p1.A { String m() { return \"p2.B.m\"; } }",
                // C.m overrides A.m (same package), not B.m.
                "p1/C.java", "package p1; public class C extends p2.B { String m() { return \"p1.C.m\"; } }",
                // D.m overrides B.m (same package), not C.m.
                "p2/D.java", "package p2; public class D extends p1.C { String m() { return \"p2.D.m\"; } }",
                "p1/E.java", "package p1; public class E extends p2.D { }",
                "p2/F.java", "package p2; public class F extends p1.A { String m() { return \"p2.F.m\"; } }",
                "p1/G.java", "package p1; public class G extends p2.F { String m() { return \"p1.G.m\"; } }",
                "p2/H.java", "package p2; public class H extends p1.G { public String m() { return \"p2.H.m\"; } }"),
            // B.m becomes public: now C's package-private m overrides it too (weaker access, which
            // only separate compilation produces), and D's package-private m overrides C.m in that
            // slot although C.m is package-private in another package: B.m above it is public (the
            // transitive rule of JVMS 5.4.5).
            sources("p2/B.java", "package p2; public class B extends p1.A { public String m() { return \"p2.B.m\"; } }")));
        if (publicC) {
            // C.m becomes public: D's package-private m overrides it directly.
            steps.add(sources("p1/C.java", "package p1; public class C extends p2.B { public String m() { return \"p1.C.m\"; } }"));
        }
        return steps;
    }

    @Test
    void protectedAndFinalMethodsAndAbstractClasses() {
        check("protected-final-abstract", List.of(sources(
            "q1/P.java", "package q1; public class P { protected String m() { return \"q1.P.m\"; } "
                + "public final String f() { return \"q1.P.f\"; } }",
            "q2/Q.java", "package q2; public class Q extends q1.P { protected String m() { return \"q2.Q.m\"; } }",
            "q2/R.java", "package q2; public class R extends Q { }",
            "q1/S.java", "package q1; public class S extends q2.R { public String m() { return \"q1.S.m\"; } }",
            "q1/Base.java", "package q1; public abstract class Base { public abstract String a(); "
                + "public String b() { return \"q1.Base.b\"; } }",
            "q1/Half.java", "package q1; public abstract class Half extends Base { public final String b() { return \"q1.Half.b\"; } }",
            "q1/Full.java", "package q1; public class Full extends Half { public String a() { return \"q1.Full.a\"; } }",
            "q1/Lib.java", "package q1; public class Lib { public String gone() { return \"q1.Lib.gone\"; } }",
            "q1/User.java", "package q1; public class User extends Lib { }"),
            // The library's method becomes abstract: its old subclass inherits an abstract method.
            sources("q1/Lib.java", "package q1; public abstract class Lib { public abstract String gone(); }")));
    }

    @Test
    void defaultMethods() {
        check("defaults", List.of(
            sources(
                "d/I.java", "package d; public interface I { default String m() { return \"d.I.m\"; } "
                    + "default String n() { return \"d.I.n\"; } }",
                "d/J.java", "package d; public interface J extends I { default String m() { return \"d.J.m\"; } }",
                "d/K.java", "package d; public interface K extends I { }",
                "d/Diamond.java", "package d; public class Diamond implements J, K { }",
                "d/Reab.java", "package d; public interface Reab extends I { }",
                "d/ReabUser.java", "package d; public class ReabUser implements Reab { }",
                "d/M.java", "package d; public interface M { }",
                "d/Conflict.java", "package d; public class Conflict implements I, M { }",
                "d/Cls.java", "package d; public class Cls { public String m() { return \"d.Cls.m\"; } }",
                "d/ClassWins.java", "package d; public class ClassWins extends Cls implements J { }",
                "d/Up.java", "package d; public class Up implements I { }",
                "d/Down.java", "package d; public class Down extends Up { }",
                "d/DownJ.java", "package d; public class DownJ extends Up implements J { }",
                "d/AbsM.java", "package d; public abstract class AbsM implements I { public abstract String m(); }",
                "d/AbsLeaf.java", "package d; public class AbsLeaf extends AbsM { public String m() { return \"d.AbsLeaf.m\"; } }",
                "d/Own.java", "package d; public class Own implements J { public String n() { return \"d.Own.n\"; } }"),
            sources(
                // Re-abstraction: Reab declares n abstract again, so ReabUser's n is abstract.
                "d/Reab.java", "package d; public interface Reab extends I { String n(); }",
                // M gains a default m: Conflict now inherits two maximally-specific defaults.
                "d/M.java", "package d; public interface M { default String m() { return \"d.M.m\"; } }")));
    }

    @Test
    void staticMethodsNamedLikeInstanceMethods() {
        check("statics", List.of(
            sources(
                "s/A.java", "package s; public class A { public static String k() { return \"s.A.k\"; } }",
                "s/B.java", "package s; public class B extends A { public static String k() { return \"s.B.k\"; } }",
                "s/C.java", "package s; public class C extends B { public String m() { return \"s.C.m\"; } }",
                "s/I.java", "package s; public interface I { default String d() { return \"s.I.d\"; } }",
                "s/Impl.java", "package s; public class Impl implements I { }"),
            // B gains a static m (javac would refuse C overriding it), then A an instance m.
            sources("s/B.java", "package s; public class B extends A { public static String k() { return \"s.B.k\"; } "
                + "public static String m() { return \"s.B.m\"; } }"),
            sources("s/A.java", "package s; public class A { public static String k() { return \"s.A.k\"; } "
                + "public String m() { return \"s.A.m\"; } }",
                // Impl gains a static d: the default still runs (static methods do not override).
                "s/Impl.java", "package s; public class Impl implements I { }")));
    }

    private void check(String label, List<Map<String, String>> steps) {
        Map<String, byte[]> classes = Javac.compile(dir.resolve(label), steps);
        DispatchOracle.compare(label, classes, tally);
        System.out.println("dispatch, program " + label + ": " + tally);
        assertTrue(tally.sites > 10, "too few call sites: " + tally);
        assertEquals(List.of(), tally.mismatches);
    }

    static Map<String, String> sources(String... pathThenSource) {
        Map<String, String> step = new LinkedHashMap<>();
        for (int i = 0; i < pathThenSource.length; i += 2) {
            step.put(pathThenSource[i], pathThenSource[i + 1]);
        }
        return step;
    }
}
