package conformance;

/**
 * Interfaces and initialisation (JVMS §5.5): a class initialises its superinterfaces that declare default
 * methods (after its superclass), not the others; an interface initialises on a static field or method of its
 * own; a constant field initialises nothing.
 */
public class ClassInitInterfaces {
    static int log(String s) {
        System.out.println("  init " + s);
        return 1;
    }

    interface Plain {
        int PLAIN = log("Plain");

        void run();
    }

    interface WithDefault {
        int WITH_DEFAULT = log("WithDefault");

        default String hello() {
            return "default hello";
        }
    }

    interface SubDefault extends WithDefault {
        int SUB_DEFAULT = log("SubDefault");

        default String more() {
            return "more";
        }
    }

    interface WithStatic {
        int WITH_STATIC = log("WithStatic");
        int CONSTANT = 5;

        static String helper() {
            return "static helper";
        }
    }

    static class Parent {
        static int p = log("Parent");
    }

    static class Impl extends Parent implements Plain, SubDefault {
        static int i = log("Impl");

        public void run() {
            System.out.println("  run");
        }
    }

    public static void main(String[] args) {
        System.out.println("constant " + WithStatic.CONSTANT);
        System.out.println("new Impl");
        Impl impl = new Impl();
        impl.run();
        System.out.println(impl.hello() + " " + impl.more());
        System.out.println("Plain.PLAIN");
        System.out.println(Plain.PLAIN);
        System.out.println("static method");
        System.out.println(WithStatic.helper());
        System.out.println("done " + WithStatic.WITH_STATIC);
    }
}
