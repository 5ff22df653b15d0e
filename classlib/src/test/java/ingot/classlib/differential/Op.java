package ingot.classlib.differential;

/**
 * One operation: a public method of a JDK type (interface or class) called on a receiver of that
 * type, or a static method whose SELF argument is the receiver. Both sides call the method of the
 * same name and parameter types (renamed on our side).
 */
final class Op {
    final String owner;
    final String name;
    final Arg[] args;
    final Class<?>[] jdkParams;
    final boolean isStatic;

    private Op(String owner, String name, boolean isStatic, Class<?> selfType, Arg... args) {
        this.owner = owner;
        this.name = name;
        this.args = args;
        this.isStatic = isStatic;
        this.jdkParams = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            jdkParams[i] = args[i] == Arg.SELF ? selfType : args[i].jdkType;
        }
    }

    static Op of(String owner, String name, Arg... args) {
        return new Op(owner, name, false, null, args);
    }

    /** An instance method with explicit parameter types; SELF passes the receiver. */
    static Op of(String owner, String name, Class<?>[] params, Arg... args) {
        Op op = new Op(owner, name, false, Object.class, args);
        System.arraycopy(params, 0, op.jdkParams, 0, params.length);
        return op;
    }

    /** A static method of {@code owner} whose SELF parameters have type {@code selfType}. */
    static Op ofStatic(String owner, String name, Class<?> selfType, Arg... args) {
        return new Op(owner, name, true, selfType, args);
    }

    /** A static method with explicit parameter types (for overloads of one kind of argument). */
    static Op ofStatic(String owner, String name, Class<?>[] params, Arg... args) {
        Op op = new Op(owner, name, true, Object.class, args);
        System.arraycopy(params, 0, op.jdkParams, 0, params.length);
        return op;
    }

    @Override
    public String toString() {
        return owner.substring(owner.lastIndexOf('.') + 1) + "." + name;
    }
}
