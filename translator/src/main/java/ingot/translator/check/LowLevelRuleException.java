package ingot.translator.check;

import java.util.List;

/** The low-level rules are broken: the message lists every violation, one a line. */
public final class LowLevelRuleException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> violations;

    LowLevelRuleException(List<String> violations) {
        super(violations.size() + " violation" + (violations.size() == 1 ? "" : "s")
                + " of the @Uninterruptible rules:\n  " + String.join("\n  ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
