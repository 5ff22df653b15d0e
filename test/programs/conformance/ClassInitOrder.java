package conformance;

/**
 * When classes initialise (JVMS §5.5): new, getstatic, putstatic and invokestatic of the declaring class, the
 * superclass first, once only; not for compile-time constants, class literals, arrays, type tests or a static
 * reached through a subclass; recursive initialisation sees default values.
 */
public class ClassInitOrder {
    static final StringBuilder LOG = new StringBuilder();

    static {
        log("main class");
    }

    static int log(String s) {
        LOG.append(s).append("; ");
        System.out.println("  init " + s);
        return s.length();
    }

    static class Super {
        static int superStatic = log("Super");
        static final int CONSTANT = 7;
        static final String TEXT = "text";
    }

    static class Sub extends Super {
        static int subStatic = log("Sub");

        static void touch() {
            System.out.println("  Sub.touch");
        }
    }

    static class ByNew {
        static {
            log("ByNew");
        }

        ByNew() {
            System.out.println("  ByNew()");
        }
    }

    static class ByPut {
        static int value;

        static {
            log("ByPut");
        }
    }

    static class ByArray {
        static {
            log("ByArray");
        }
    }

    static class ByLiteral {
        static {
            log("ByLiteral");
        }
    }

    static class A {
        static int a1 = log("A.a1");
        static int fromB = B.b;
        static int a2 = 5;
    }

    static class B {
        static int b = log("B") + A.a2 * 100 + A.fromB * 1000;
    }

    static class Counter {
        static int instances;
        static final Counter FIRST = new Counter();
        static int afterFirst = 10;

        Counter() {
            instances++;
            System.out.println("  Counter() sees afterFirst=" + afterFirst);
        }
    }

    static class Deep3 extends Deep2 {
        static int d3 = log("Deep3");
    }

    static class Deep2 extends Deep1 {
        static int d2 = log("Deep2");
    }

    static class Deep1 {
        static int d1 = log("Deep1");
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println("constant " + Sub.CONSTANT + " " + Sub.TEXT);
        System.out.println("array " + new ByArray[3].length + " " + new Sub[2][2].length);
        System.out.println("literal " + ByLiteral.class.getSimpleName());
        Object o = "x";
        System.out.println("instanceof " + (o instanceof Sub));
        System.out.println("through subclass " + Sub.superStatic);
        System.out.println("subclass method");
        Sub.touch();
        System.out.println("again " + Sub.subStatic + " " + Super.superStatic);
        new ByNew();
        new ByNew();
        ByPut.value = 3;
        System.out.println("put " + ByPut.value);
        System.out.println("recursive B.b=" + B.b + " A.fromB=" + A.fromB + " A.a2=" + A.a2);
        System.out.println("counter " + Counter.instances + " " + Counter.afterFirst + " " + (Counter.FIRST != null));
        new Deep3();
        System.out.println("log " + LOG);
    }
}
