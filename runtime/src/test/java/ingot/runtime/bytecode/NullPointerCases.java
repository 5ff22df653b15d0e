package ingot.runtime.bytecode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates Java programs that throw NullPointerException at every kind of site (invokes, field
 * reads and writes, loads from and stores to arrays of every type, arraylength, athrow,
 * synchronized, unboxing, string switch, enhanced for) on null values from every kind of source
 * (parameters before and after longs and doubles, locals, reassigned parameters, static and
 * instance fields, field chains short and long, array elements with every kind of index, calls,
 * ternaries, casts, the null constant, assignments, loops and handlers), each case one method on
 * one line with a no-argument runner {@code r<N>()} that calls it with the arguments it needs.
 */
final class NullPointerCases {
    static final String PACKAGE = "npe.gen";
    private static final int CASES_PER_CLASS = 120;

    /** A type the null value has: its source form, a name for members, its erasure, the statements that fail on it. */
    private record Type(String source, String id, String base, String dims, List<String> sites) {
        String erasure() {
            return base + dims;
        }

        /** {@code new T[outer][inner]} in source form. */
        String newArray(String dimensions) {
            return "new " + base + dimensions + dims;
        }
    }

    /** Where the null comes from: parameters, statements before the site, the expression, a wrapper, arguments. */
    private record Source(String name, boolean instance, String params, String prefix, String expression,
                          String wrapper, String arguments) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("String", "Str", "String", "", List.of("%s.length();", "switch (%s) { case \"a\": break; default: break; }",
                    "String t = %s.trim();")),
            new Type("java.util.List<String>", "Lst", "java.util.List", "", List.of("%s.size();", "for (String e : %s) { }")),
            new Type("Node", "Nod", "Node", "", List.of("int x = %s.val;", "%s.val = 3;", "%s.touch();", "%s.next = null;",
                    "long y = %s.wide;", "%s.wide = 5L;")),
            new Type("Object", "Obj", "Object", "", List.of("synchronized (%s) { }", "%s.hashCode();")),
            new Type("int[]", "IntA", "int", "[]", List.of("int x = %s[1];", "%s[1] = 1;", "int n = %s.length;", "for (int e : %s) { }")),
            new Type("long[]", "LngA", "long", "[]", List.of("long x = %s[1];", "%s[1] = 1L;")),
            new Type("float[]", "FltA", "float", "[]", List.of("float x = %s[1];", "%s[1] = 1f;")),
            new Type("double[]", "DblA", "double", "[]", List.of("double x = %s[1];", "%s[1] += 1d;")),
            new Type("byte[]", "BytA", "byte", "[]", List.of("byte x = %s[1];", "%s[1] = 1;")),
            new Type("boolean[]", "BooA", "boolean", "[]", List.of("boolean x = %s[1];", "%s[1] = true;")),
            new Type("char[]", "ChrA", "char", "[]", List.of("char x = %s[1];", "%s[1] = 'c';")),
            new Type("short[]", "ShrA", "short", "[]", List.of("short x = %s[1];", "%s[1] = 2;")),
            new Type("Object[]", "ObjA", "Object", "[]", List.of("Object x = %s[1];", "%s[1] = null;", "int n = %s.length;")),
            new Type("String[][]", "StrAA", "String", "[][]", List.of("String[] x = %s[1];", "%s[1] = null;",
                    "for (String[] e : %s) { }")),
            new Type("RuntimeException", "Exc", "RuntimeException", "", List.of("throw %s;")),
            new Type("Integer", "Box", "Integer", "", List.of("int x = %s;", "long y = %s + 1L;")));

    private static final List<Source> SOURCES = List.of(
            new Source("param", false, "T p", "", "p", "", "null"),
            new Source("param after wide", false, "long a, double b, T p", "", "p", "", "1L, 2d, null"),
            new Source("third param", false, "int i, boolean c, T p", "", "p", "", "0, true, null"),
            new Source("instance param", true, "int i, T p", "", "p", "", "0, null"),
            new Source("local", false, "", "T v = Holder.ret_ID();", "v", "", ""),
            new Source("local after wide", false, "int i", "long w = 1; double z = 2; T v = Holder.ret_ID();", "v", "", "0"),
            new Source("instance local", true, "long l", "T v = Holder.ret_ID();", "v", "", "3L"),
            new Source("reassigned param", false, "T p", "p = Holder.ret_ID();", "p", "", "null"),
            new Source("conditionally reassigned", false, "boolean c, T p", "if (c) p = Holder.ret_ID();", "p", "", "true, null"),
            new Source("static field", false, "", "", "Holder.s_ID", "", ""),
            new Source("own static field", false, "", "", "S_ID", "", ""),
            new Source("this field", true, "", "", "this.f_ID", "", ""),
            new Source("holder field", false, "Holder h", "", "h.f_ID", "", "Holder.chain()"),
            new Source("field chain", false, "Holder h", "", "h.next.next.f_ID", "", "Holder.chain()"),
            new Source("long field chain", false, "Holder h", "", "h.next.next.next.next.next.next.f_ID", "", "Holder.chain()"),
            new Source("chain of four", true, "Holder h", "", "h.next.next.next.f_ID", "", "Holder.chain()"),
            new Source("static chain", false, "", "", "Holder.sHolder.next.f_ID", "", ""),
            new Source("array element", false, "Holder h", "", "h.arr_ID[0]", "", "Holder.chain()"),
            new Source("param array index", false, "T[] a, int i", "", "a[i]", "", "NEW[2], 1"),
            new Source("two dimensions", false, "T[][] a, int i", "", "a[i][1]", "", "NEW[2][2], 0"),
            new Source("index arithmetic", false, "T[] a, int i", "", "a[i + 1]", "", "NEW[2], 0"),
            new Source("post-increment index", false, "T[] a, int i", "", "a[i++]", "", "NEW[2], 1"),
            new Source("reassigned index", false, "T[] a, int i", "i = 1;", "a[i]", "", "NEW[2], 0"),
            new Source("index from array", false, "T[] a, int[] k", "", "a[k[0]]", "", "NEW[2], new int[1]"),
            new Source("index from field", false, "T[] a, Holder h", "", "a[h.idx]", "", "NEW[2], Holder.chain()"),
            new Source("constant indices", false, "T[][] a", "", "a[1][-1 + 2]", "", "NEW[2][2]"),
            new Source("big index", false, "T[] a", "", "a[1000]", "", "NEW[1001]"),
            new Source("nested holders", false, "Holder h", "", "h.harr[1].harr[0].f_ID", "", "Holder.chain()"),
            new Source("static call", false, "", "", "Holder.ret_ID()", "", ""),
            new Source("virtual call", false, "Holder h", "", "h.vret_ID()", "", "Holder.chain()"),
            new Source("interface call", false, "Src s", "", "s.get_ID()", "", "new SrcImpl()"),
            new Source("call then field", false, "Holder h", "", "h.self().next.f_ID", "", "Holder.chain()"),
            new Source("ternary", false, "boolean c, T p, T q", "", "(c ? p : q)", "", "true, null, null"),
            new Source("cast", false, "Object o", "", "((T) o)", "", "null"),
            new Source("null constant", false, "", "", "((T) null)", "", ""),
            new Source("assignment", false, "T p", "T v;", "(v = p)", "", "null"),
            new Source("loop", false, "T p", "T v = Holder.ret_ID();", "v",
                    "for (int k = 0; k < 2; k++) { if (k == 1) { SITE } v = p; }", "null"),
            new Source("handler", false, "T p, T q", "", "p",
                    "try { p = q; Holder.fail(); } catch (IllegalStateException ex) { SITE }", "null, null"),
            new Source("instance handler", true, "T p", "", "p",
                    "try { Holder.fail(); } catch (IllegalStateException ex) { p = Holder.ret_ID(); } SITE", "null"));

    /** Cases of their own: {label, parameters, body, arguments}; {@code Outer} and {@code R} are declared for them. */
    private static final String[][] EXTRAS = {
        {"store between load and use", "String s", "s.concat(s = null);", "null"},
        {"index stored to after use", "String[] a, int i", "a[i].concat(\"\" + (i = 0));", "new String[1], 0"},
        {"index stored to in the argument", "String[] a, int i", "a[i].concat(a[i = 0]);", "new String[1], 0"},
        {"enum switch", "Thread.State t", "switch (t) { case NEW: break; default: break; }", "null"},
        {"lambda result", "", "java.util.function.Supplier<String> f = () -> null; f.get().length();", ""},
        {"record accessor", "R r", "r.s().length();", "new R(null)"},
        {"null record", "R r", "r.s().length();", "null"},
        {"inner class reads the outer's field", "", "new Outer().new Inner().run();", ""},
        {"map lookup unboxed", "java.util.Map<String, Integer> m", "int x = m.get(\"k\");", "new java.util.HashMap<>()"},
        {"array clone", "int[][] a", "a.clone();", "null"},
        {"string array clone", "String[] a", "a.clone();", "null"},
        {"string of chars", "char[] c", "String.valueOf(c.length);", "null"},
        {"boxed arithmetic", "Integer a, Integer b", "int x = a + b;", "1, null"},
        {"conditional chain", "Holder h, boolean c", "(c ? h.next : h).next.f_Str.length();", "Holder.chain(), true"},
        {"assert message", "String s", "if (s.isEmpty()) { }", "null"},
        {"many parameters", "int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, "
                + "long b0, long b1, long b2, long b3, long b4, long b5, long b6, long b7, long b8, long b9, "
                + "long c0, long c1, long c2, long c3, long c4, long c5, long c6, long c7, long c8, long c9, String s",
            "s.length();", "0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null"},
        {"parameter past slot 63", "long b0, long b1, long b2, long b3, long b4, long b5, long b6, long b7, long b8, long b9, "
                + "long c0, long c1, long c2, long c3, long c4, long c5, long c6, long c7, long c8, long c9, "
                + "long d0, long d1, long d2, long d3, long d4, long d5, long d6, long d7, long d8, long d9, "
                + "long e0, long e1, String s", "s.length();",
            "0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, null"},
    };

    private NullPointerCases() {
    }

    /** One generated case: the class and runner to call, and a label saying what it is. */
    record Case(String className, String runner, String label) {
    }

    /** The generated sources by path, and the cases. */
    record Program(Map<String, String> sources, List<Case> cases) {
    }

    static Program generate() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("npe/gen/Node.java", node());
        sources.put("npe/gen/Holder.java", holder());
        sources.put("npe/gen/Src.java", source());
        sources.put("npe/gen/SrcImpl.java", sourceImpl());
        sources.put("npe/gen/R.java", "package " + PACKAGE + ";\n\npublic record R(String s) {\n}\n");
        sources.put("npe/gen/Outer.java", "package " + PACKAGE + ";\n\npublic class Outer {\n    String name;\n"
                + "    class Inner {\n        void run() { name.length(); }\n    }\n}\n");
        Builder b = new Builder(sources);
        for (Type t : TYPES) {
            for (String site : t.sites()) {
                for (Source s : SOURCES) {
                    b.add(method(b.cases.size(), t, site, s), t.source() + ": " + site + " / " + s.name());
                }
            }
        }
        for (String[] extra : EXTRAS) {
            int n = b.cases.size();
            b.add("    static void c" + n + "(" + extra[1] + ") { " + extra[2] + " }\n    public static void r" + n
                    + "() { c" + n + "(" + extra[3] + "); }\n", extra[0]);
        }
        b.flush();
        return new Program(sources, b.cases);
    }

    /** Collects case methods into classes of {@value #CASES_PER_CLASS}. */
    private static final class Builder {
        final Map<String, String> sources;
        final List<Case> cases = new ArrayList<>();
        final List<String> methods = new ArrayList<>();

        Builder(Map<String, String> sources) {
            this.sources = sources;
        }

        void add(String method, String label) {
            methods.add(method);
            cases.add(new Case(PACKAGE + "." + className(cases.size()), "r" + cases.size(), label));
            if (methods.size() == CASES_PER_CLASS) {
                flush();
            }
        }

        void flush() {
            if (!methods.isEmpty()) {
                String name = className(cases.size() - 1);
                sources.put("npe/gen/" + name + ".java", casesClass(name, methods));
                methods.clear();
            }
        }

        private static String className(int caseNumber) {
            return "Cases" + (caseNumber / CASES_PER_CLASS);
        }
    }

    /** The case method on one line, then its runner. */
    private static String method(int n, Type t, String site, Source s) {
        String statement = String.format(site, s.expression());
        String body = s.prefix() + " " + (s.wrapper().isEmpty() ? statement : s.wrapper().replace("SITE", statement));
        String params = s.params().replace("T[][]", t.source() + "[][]").replace("T[]", t.source() + "[]")
                .replace("T ", t.source() + " ");
        String code = ("    " + (s.instance() ? "" : "static ") + "void c" + n + "(" + params + ") { " + body + " }\n")
                .replace("(T)", "(" + t.source() + ")").replace("T v", t.source() + " v").replace("_ID", "_" + t.id());
        String arguments = s.arguments().replace("NEW[2][2]", t.newArray("[2][2]")).replace("NEW[2]", t.newArray("[2]"))
                .replace("NEW[1001]", t.newArray("[1001]"));
        String target = s.instance() ? "new " + "CLASS().c" + n : "c" + n;
        return code + "    public static void r" + n + "() { " + target + "(" + arguments + "); }\n";
    }

    private static String casesClass(String name, List<String> methods) {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n@SuppressWarnings(\"unchecked\")\npublic class "
                + name + " {\n");
        for (Type t : TYPES) {
            out.append("    static ").append(t.source()).append(" S_").append(t.id()).append(";\n");
            out.append("    ").append(t.source()).append(" f_").append(t.id()).append(";\n");
        }
        for (String m : methods) {
            out.append(m.replace("CLASS", name));
        }
        return out.append("}\n").toString();
    }

    private static String node() {
        return "package " + PACKAGE + ";\n\npublic class Node {\n    int val;\n    long wide;\n    Node next;\n"
                + "    void touch() {\n    }\n}\n";
    }

    /** Every kind of field, array and call returning null, and a chain of holders to reach them. */
    private static String holder() {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n@SuppressWarnings(\"unchecked\")\npublic class Holder {\n");
        out.append("    static Holder sHolder = chain();\n    Holder next;\n    Holder[] harr;\n    int idx = 1;\n");
        for (Type t : TYPES) {
            out.append("    static ").append(t.source()).append(" s_").append(t.id()).append(";\n");
            out.append("    ").append(t.source()).append(" f_").append(t.id()).append(";\n");
            out.append("    ").append(t.source()).append("[] arr_").append(t.id()).append(" = ").append(t.newArray("[2]")).append(";\n");
            out.append("    static ").append(t.source()).append(" ret_").append(t.id()).append("() { return null; }\n");
            out.append("    ").append(t.source()).append(" vret_").append(t.id()).append("() { return null; }\n");
        }
        out.append("    Holder self() { return this; }\n");
        out.append("    static void fail() { throw new IllegalStateException(); }\n");
        out.append("    /** Ten holders, each the next of the one before, each with an array of two others. */\n");
        out.append("    public static Holder chain() {\n        Holder first = new Holder();\n        Holder h = first;\n");
        out.append("        for (int i = 0; i < 10; i++) { h.next = new Holder(); h.harr = new Holder[] {h.next, h.next}; h = h.next; }\n");
        out.append("        h.harr = new Holder[] {h, h};\n        return first;\n    }\n}\n");
        return out.toString();
    }

    private static String source() {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\npublic interface Src {\n");
        for (Type t : TYPES) {
            out.append("    ").append(t.source()).append(" get_").append(t.id()).append("();\n");
        }
        return out.append("}\n").toString();
    }

    private static String sourceImpl() {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\npublic class SrcImpl implements Src {\n");
        for (Type t : TYPES) {
            out.append("    public ").append(t.source()).append(" get_").append(t.id()).append("() { return null; }\n");
        }
        return out.append("}\n").toString();
    }
}
