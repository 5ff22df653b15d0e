package conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small interpreter: tokenizer, recursive-descent parser to a tree, evaluation with variables, errors reported as exceptions. */
// command line: conformance.ExpressionInterpreter x=7 y=-3
public class ExpressionInterpreter {
    interface Node {
        long eval(Map<String, Long> env);

        String show();
    }

    static final class Num implements Node {
        final long value;

        Num(long value) {
            this.value = value;
        }

        public long eval(Map<String, Long> env) {
            return value;
        }

        public String show() {
            return Long.toString(value);
        }
    }

    static final class Var implements Node {
        final String name;

        Var(String name) {
            this.name = name;
        }

        public long eval(Map<String, Long> env) {
            Long v = env.get(name);
            if (v == null) {
                throw new IllegalStateException("unbound variable " + name);
            }
            return v;
        }

        public String show() {
            return name;
        }
    }

    static final class Binary implements Node {
        final char op;
        final Node left;
        final Node right;

        Binary(char op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        public long eval(Map<String, Long> env) {
            long a = left.eval(env);
            long b = right.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                case '^': return pow(a, b);
                default: throw new IllegalStateException("operator " + op);
            }
        }

        public String show() {
            return "(" + left.show() + " " + op + " " + right.show() + ")";
        }
    }

    static final class Negate implements Node {
        final Node inner;

        Negate(Node inner) {
            this.inner = inner;
        }

        public long eval(Map<String, Long> env) {
            return -inner.eval(env);
        }

        public String show() {
            return "-" + inner.show();
        }
    }

    static final class Parser {
        final List<String> tokens;
        int at;

        Parser(String text) {
            tokens = tokenize(text);
        }

        Node parse() {
            Node n = sum();
            if (at != tokens.size()) {
                throw new IllegalArgumentException("unexpected '" + tokens.get(at) + "' at token " + at);
            }
            return n;
        }

        Node sum() {
            Node n = product();
            while (at < tokens.size() && (peek("+") || peek("-"))) {
                char op = tokens.get(at++).charAt(0);
                n = new Binary(op, n, product());
            }
            return n;
        }

        Node product() {
            Node n = power();
            while (at < tokens.size() && (peek("*") || peek("/") || peek("%"))) {
                char op = tokens.get(at++).charAt(0);
                n = new Binary(op, n, power());
            }
            return n;
        }

        Node power() {
            Node base = unary();
            if (at < tokens.size() && peek("^")) {
                at++;
                return new Binary('^', base, power());
            }
            return base;
        }

        Node unary() {
            if (at < tokens.size() && peek("-")) {
                at++;
                return new Negate(unary());
            }
            return atom();
        }

        Node atom() {
            if (at >= tokens.size()) {
                throw new IllegalArgumentException("unexpected end");
            }
            String t = tokens.get(at++);
            if (t.equals("(")) {
                Node n = sum();
                expect(")");
                return n;
            }
            if (Character.isDigit(t.charAt(0))) {
                return new Num(Long.parseLong(t));
            }
            if (Character.isLetter(t.charAt(0))) {
                return new Var(t);
            }
            throw new IllegalArgumentException("unexpected '" + t + "'");
        }

        boolean peek(String s) {
            return tokens.get(at).equals(s);
        }

        void expect(String s) {
            if (at >= tokens.size() || !peek(s)) {
                throw new IllegalArgumentException("expected " + s);
            }
            at++;
        }
    }

    static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else if ("+-*/%^()".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("bad character '" + c + "' at " + i);
            }
        }
        return out;
    }

    static long pow(long a, long b) {
        long r = 1;
        for (long i = 0; i < b; i++) {
            r *= a;
        }
        return r;
    }

    public static void main(String[] args) {
        Map<String, Long> env = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            env.put(a.substring(0, eq), Long.parseLong(a.substring(eq + 1)));
        }
        String[] programs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * y + 100 / 7 % 4", "x * x - y * y",
            "((((1))))", "2 ^ 62 + 2 ^ 62 - 1 + 2 ^ 62 + 2 ^ 62", "10 / (y + 3)", "z + 1", "1 + * 2", "3 $ 4", "(1 + 2",
            "1 2", "123456789 * 987654321"};
        for (String p : programs) {
            try {
                Node n = new Parser(p).parse();
                System.out.println(p + " => " + n.show() + " = " + n.eval(env));
            } catch (IllegalArgumentException e) {
                System.out.println(p + " => syntax error: " + e.getMessage());
            } catch (IllegalStateException | ArithmeticException e) {
                System.out.println(p + " => runtime error: " + e);
            }
        }
    }
}
