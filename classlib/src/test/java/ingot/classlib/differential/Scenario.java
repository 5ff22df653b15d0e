package ingot.classlib.differential;

import java.util.ArrayList;
import java.util.List;

/**
 * How to make the object under test: constructors or static factories of one class, each with
 * the arguments it takes, and the values the sequences use.
 */
final class Scenario {
    final String name;
    final Domain domain;
    final List<Maker> makers = new ArrayList<>();
    /** The share (percent) of steps that insert into the root, to grow it; 0 leaves it to chance. */
    int fillPercent;
    /** Kinds of handles and operations that get a fixed share of the steps (see {@link #focus}). */
    final List<Focus> focuses = new ArrayList<>();

    /**
     * A share of the steps that go to a handle of one JDK type, with the operations listed under
     * that type in OpTables (all of them, or only those of one name).
     */
    static final class Focus {
        final int percent;
        final String type;
        final String opName;

        Focus(int percent, String type, String opName) {
            this.percent = percent;
            this.type = type;
            this.opName = opName;
        }
    }

    /** One way to make the root object: a constructor (name null) or a static factory. */
    static final class Maker {
        final String owner;
        final String method;
        final Class<?>[] params;
        final Arg[] args;

        Maker(String owner, String method, Class<?>[] params, Arg[] args) {
            this.owner = owner;
            this.method = method;
            this.params = params;
            this.args = args;
        }
    }

    Scenario(String name, Domain domain) {
        this.name = name;
        this.domain = domain;
    }

    /** Adds a constructor of owner with these argument kinds. */
    Scenario ctor(String owner, Arg... args) {
        Class<?>[] params = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            params[i] = args[i].jdkType;
        }
        makers.add(new Maker(owner, null, params, args));
        return this;
    }

    /** Makes {@code percent} of the steps insert into the root (add, put, merge and the like). */
    Scenario fill(int percent) {
        fillPercent = percent;
        return this;
    }

    /**
     * Gives {@code percent} of the steps to handles of {@code type} (when there are any), with the
     * operations OpTables lists under that type, or only those named {@code opName} if not null.
     */
    Scenario focus(int percent, String type, String opName) {
        focuses.add(new Focus(percent, type, opName));
        return this;
    }

    /** Adds a static factory of owner with these parameter types and argument kinds. */
    Scenario factory(String owner, String method, Class<?>[] params, Arg... args) {
        makers.add(new Maker(owner, method, params, args));
        return this;
    }
}
