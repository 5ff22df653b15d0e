package ingot.translator.check;

import ingot.runtime.classfile.AccessFlags;
import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;
import java.util.List;

/**
 * Checks the low-level rules over a closed world: every {@code @Uninterruptible} method's code
 * (see {@link MarkedCodeScanner}), that no marked method is {@code synchronized}, and that every
 * override of a marked method is marked ({@link OverrideRule}).
 */
public final class LowLevelChecker {
    private LowLevelChecker() {
    }

    /** Every violation in the world, one line each, in a stable order; empty when the rules hold. */
    public static List<String> violations(ClassWorld world) {
        Violations out = new Violations();
        MarkedCodeScanner scanner = new MarkedCodeScanner(new MethodResolver(world), out);
        OverrideRule overrides = new OverrideRule(world, out);
        for (ClassFile c : world.classes()) {
            for (MethodInfo m : c.methods()) {
                if (!Marks.isUninterruptible(c, m)) {
                    overrides.check(c, m);
                    continue;
                }
                if ((m.access() & AccessFlags.SYNCHRONIZED) != 0) {
                    out.atDeclaration(c, m, Violations.SYNCHRONIZATION, "the method is synchronized");
                }
                if (m.code() != null) {
                    scanner.scan(c, m);
                }
            }
        }
        return out.lines();
    }

    /** Throws one exception listing every violation, if there is any. */
    public static void check(ClassWorld world) throws LowLevelRuleException {
        List<String> found = violations(world);
        if (!found.isEmpty()) {
            throw new LowLevelRuleException(found);
        }
    }
}
