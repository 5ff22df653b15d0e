package ingot.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * isAssignableTo, the display and the interface set agree with HotSpot's
 * {@code Class.isAssignableFrom} and {@code getSuperclass} over a seeded sample of java.base
 * classes with all their supertypes, array classes of them and primitive arrays, every pair
 * compared.
 */
class SubtypeTest {
    @Test
    void assignabilityAgreesWithHotSpot() throws Exception {
        Linker linker = new Linker(JdkClasses.JAVA_BASE);
        List<String> names = new ArrayList<>(JdkClasses.JAVA_BASE.names());
        Collections.shuffle(names, new Random(17));
        List<String> sample = new ArrayList<>();
        for (String n : names.subList(0, 300)) { // each with its supertypes, so that many pairs are related
            LinkedClass c = linker.link(n);
            for (LinkedClass k = c; k != null; k = k.superclass()) {
                addOnce(sample, k.name());
            }
            for (LinkedClass i : c.allInterfaces()) {
                addOnce(sample, i.name());
            }
        }
        for (String n : List.of("java/lang/Cloneable", "java/io/Serializable", "java/lang/Integer", "java/lang/Number")) {
            addOnce(sample, n);
        }
        for (String n : new ArrayList<>(sample.subList(0, 60))) {
            sample.add("[L" + n + ";");
            sample.add("[[L" + n + ";");
        }
        sample.addAll(List.of("[Ljava/lang/Object;", "[[Ljava/lang/Object;", "[Ljava/lang/Cloneable;",
            "[Ljava/io/Serializable;", "[I", "[[I", "[J", "[Z", "[[Z", "[Ljava/lang/Integer;", "[Ljava/lang/Number;"));
        List<LinkedClass> ours = new ArrayList<>();
        List<Class<?>> theirs = new ArrayList<>();
        for (String n : sample) {
            ours.add(linker.link(n));
            theirs.add(Class.forName(n.replace('/', '.'), false, null));
        }
        int pairs = 0;
        int assignable = 0;
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < ours.size(); s++) {
            checkDisplay(ours.get(s), theirs.get(s), problems);
            for (int t = 0; t < ours.size(); t++) {
                boolean expected = theirs.get(t).isAssignableFrom(theirs.get(s));
                pairs++;
                assignable += expected ? 1 : 0;
                if (ours.get(s).isAssignableTo(ours.get(t)) != expected) {
                    problems.add(ours.get(s) + " -> " + ours.get(t) + ": HotSpot says " + expected);
                }
            }
        }
        System.out.println("subtyping: " + pairs + " pairs compared with HotSpot, " + assignable + " assignable, "
            + problems.size() + " problems");
        assertTrue(assignable > 3000, "too few assignable pairs: " + assignable);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
    }

    private static void addOnce(List<String> names, String name) {
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** Classes: the display is the superclass chain; everything: the interface set is HotSpot's. */
    private static void checkDisplay(LinkedClass c, Class<?> k, List<String> problems) {
        if (!c.isInterface() && !c.isArray()) {
            int depth = c.depth();
            for (Class<?> s = k; s != null; s = s.getSuperclass(), depth--) {
                LinkedClass at = c.superAt(depth);
                if (at == null || !at.name().equals(s.getName().replace('.', '/'))) {
                    problems.add(c + ": superAt(" + depth + ") is " + at + ", HotSpot has " + s.getName());
                }
            }
            if (depth != -1 || c.superAt(c.depth() + 1) != null) {
                problems.add(c + ": depth " + c.depth());
            }
        }
        for (LinkedClass i : c.allInterfaces()) {
            if (!i.isInterface()) {
                problems.add(c + ": " + i + " in its interfaces is not an interface");
            }
        }
    }
}
