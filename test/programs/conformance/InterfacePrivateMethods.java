package conformance;

/** Private interface methods, instance and static, called from default and static methods (javac 17: invokeinterface and invokestatic). */
public class InterfacePrivateMethods {
    interface Greeter {
        String name();

        default String greet() {
            return "hello " + decorate(name());
        }

        private String decorate(String s) {
            return open() + s + close();
        }

        private static String open() {
            return "<";
        }

        private static String close() {
            return ">";
        }

        static String shout(Greeter g) {
            return g.greet().toUpperCase() + open();
        }
    }

    static class Person implements Greeter {
        public String name() {
            return "ada";
        }

        String decorate(String s) {
            return "class method, not the interface's: " + s;
        }
    }

    public static void main(String[] args) {
        Person p = new Person();
        System.out.println(p.greet());
        System.out.println(Greeter.shout(p));
        System.out.println(p.decorate("x"));
    }
}
