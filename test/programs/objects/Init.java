/** Class initialisation order (JVMS §5.5): superclass first, on first active use, once (test: ObjectCodeTest). */
public class Init {
    static long log;

    static void note(int event) {
        log = log * 10 + event;
    }

    static class Parent {
        static int parentValue = compute(1);

        static int compute(int event) {
            note(event);
            return event * 100;
        }
    }

    static class Child extends Parent {
        static int childValue = compute(2);
        static final int CONSTANT = 7; // a constant: reading it does not initialise Child

        static int twice() {
            return childValue * 2;
        }
    }

    static class Lazy {
        static { note(3); }
        int field = 4;
    }

    static class Counter {
        static int made;
        static { note(5); }

        Counter() {
            made++;
        }
    }

    public static long tOrder() {
        int constant = Child.CONSTANT;      // no initialisation
        note(9);
        int doubled = Child.twice();        // Parent, then Child
        int again = Child.childValue;       // already done
        Lazy lazy = new Lazy();             // Lazy on new
        note(lazy.field);
        new Counter();
        new Counter();
        return log * 1000 + constant + doubled + again + Counter.made;
    }
}
