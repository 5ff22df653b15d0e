package ingot.runtime.classfile;

/**
 * Reads a u2 pool index from the input and checks it names an entry of the expected tag; a wrong
 * index is a {@link ClassFormatError} at the index's own offset.
 */
final class PoolLookup {
    private final ClassInput in;
    private final ConstantPool pool;
    private final NameChecks checks;

    PoolLookup(ClassInput in, ConstantPool pool, NameChecks checks) {
        this.in = in;
        this.pool = pool;
        this.checks = checks;
    }

    ConstantPool pool() {
        return pool;
    }

    NameChecks checks() {
        return checks;
    }

    /** Reads an index that must name a Utf8 entry; returns its string. */
    String utf8(String what) {
        return pool.utf8(index(what, ConstantTag.UTF8));
    }

    /** Reads an index that must name a Class entry; returns the class's internal name. */
    String className(String what) {
        return pool.className(index(what, ConstantTag.CLASS));
    }

    /** Like {@link #className} but 0 is allowed and yields null. */
    String optionalClassName(String what) {
        int at = in.position();
        int index = in.u2();
        if (index == 0) {
            return null;
        }
        check(at, index, what, ConstantTag.CLASS);
        return pool.className(index);
    }

    /** Like {@link #utf8} but 0 is allowed and yields null. */
    String optionalUtf8(String what) {
        int at = in.position();
        int index = in.u2();
        if (index == 0) {
            return null;
        }
        check(at, index, what, ConstantTag.UTF8);
        return pool.utf8(index);
    }

    /** Reads an index that must name an entry of {@code tag}; returns the index. */
    int index(String what, int tag) {
        int at = in.position();
        int index = in.u2();
        check(at, index, what, tag);
        return index;
    }

    /** Reads an index that must name a loadable constant (JVMS §4.4, Table 4.4-C). */
    int loadable(String what) {
        int at = in.position();
        int index = in.u2();
        if (!isLoadable(pool.tag(index))) {
            throw in.failAt(at, what + " names pool index " + index + ", not a loadable constant");
        }
        return index;
    }

    private static boolean isLoadable(int tag) {
        switch (tag) {
            case ConstantTag.INTEGER:
            case ConstantTag.FLOAT:
            case ConstantTag.LONG:
            case ConstantTag.DOUBLE:
            case ConstantTag.CLASS:
            case ConstantTag.STRING:
            case ConstantTag.METHOD_HANDLE:
            case ConstantTag.METHOD_TYPE:
            case ConstantTag.DYNAMIC:
                return true;
            default:
                return false;
        }
    }

    private void check(int at, int index, String what, int tag) {
        if (pool.tag(index) != tag) {
            throw in.failAt(at, what + " names pool index " + index + ", not a " + ConstantTag.name(tag)
                    + " entry");
        }
    }
}
