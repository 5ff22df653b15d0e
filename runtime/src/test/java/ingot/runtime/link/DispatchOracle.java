package ingot.runtime.link;

import ingot.runtime.classfile.AccessFlags;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Compares our linker with HotSpot on a world of classes. Every class is linked by both (same
 * error type, or both succeed). Then, for every concrete class C, every supertype R of C in the
 * world and every method signature of the world returning a reference, a call site
 * {@code invokevirtual/invokeinterface R.m} on an instance of C is run on HotSpot (a static method
 * generated with ASM in a class of R's package) and predicted from our tables: JVMS resolution
 * (the test's {@link Resolution}), then our vtable or itable entry. Methods of the world return
 * their own name, {@code pkg.Class.method}, so the two answers are strings: that name or the
 * simple name of the error thrown.
 */
final class DispatchOracle {
    /** Totals over every world compared. */
    static final class Tally {
        int classes;
        int sites;
        /** Sites whose answer comes from a vtable or itable entry (the rest fail in resolution). */
        int tableSites;
        int errorsExpected;
        /** JDK-8356942: invokeinterface on conflicting defaults, HotSpot 17's interpreter throws AME, not ICCE. */
        int conflictAsAbstract;
        /**
         * JDK-8356941 and kin: a private or static class method of the signature makes HotSpot miss
         * the default that JVMS selects, through an itable or a vtable (AME).
         */
        int privateHidesDefault;
        /** Hierarchies whose loading crashed HotSpot itself (counted by the caller that forks it). */
        int hotSpotCrashes;
        final List<String> mismatches = new ArrayList<>();

        @Override
        public String toString() {
            return classes + " classes, " + sites + " call sites (" + tableSites + " through our tables; "
                + errorsExpected + " throwing), known HotSpot bugs: "
                + conflictAsAbstract + " x JDK-8356942, " + privateHidesDefault + " x JDK-8356941, " + hotSpotCrashes
                + " hierarchies crashed HotSpot; " + mismatches.size() + " mismatches";
        }
    }

    /** A call site and our prediction: the entry we select (null when resolution fails) and its outcome. */
    private record Site(LinkedClass receiver, LinkedClass type, String name, String descriptor, VirtualMethod entry,
                        boolean viaItable, String expected) {
    }

    private DispatchOracle() {
    }

    static void compare(String label, Map<String, byte[]> classes, Tally tally) {
        Linker linker = new World(classes).linker();
        Map<String, String> ours = new TreeMap<>();
        for (String name : classes.keySet()) {
            ours.put(name, linkOutcome(linker, name));
        }
        List<Site> sites = sites(linker, classes, ours);
        Map<String, byte[]> withCallers = new TreeMap<>(classes);
        withCallers.putAll(callers(sites));
        ClassLoader loader = new World(withCallers).loader();
        for (String name : classes.keySet()) {
            String theirs = hotSpotLinkOutcome(loader, name);
            tally.classes++;
            if (!theirs.equals(ours.get(name))) {
                tally.mismatches.add(label + ": linking " + name + ": ours " + ours.get(name) + ", HotSpot " + theirs);
            }
        }
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            String theirs = hotSpotCall(loader, s, i);
            tally.sites++;
            tally.tableSites += s.entry != null ? 1 : 0;
            tally.errorsExpected += s.expected.endsWith("Error") ? 1 : 0;
            if (theirs.equals(s.expected)) {
                continue;
            }
            if (knownHotSpotBug(s, theirs, tally)) {
                continue;
            }
            tally.mismatches.add(label + ": " + s.receiver.name() + " as " + s.type.name() + "." + s.name + s.descriptor
                + ": ours " + s.expected + ", HotSpot " + theirs);
        }
    }

    /** Whether HotSpot's different answer is one of its known (since fixed) itable bugs; counts it. */
    private static boolean knownHotSpotBug(Site s, String theirs, Tally tally) {
        if (s.entry == null || !theirs.equals("AbstractMethodError")) {
            return false;
        }
        if (s.viaItable && s.entry.isConflict()) {
            tally.conflictAsAbstract++;
            return true;
        }
        boolean selectsDefault = s.entry.owner().isInterface() && !s.entry.isAbstract();
        for (LinkedClass k = s.receiver; selectsDefault && k != null; k = k.superclass()) {
            for (var m : k.classFile().methods()) {
                boolean nonOverriding = (m.access() & (AccessFlags.PRIVATE | AccessFlags.STATIC)) != 0;
                if (m.name().equals(s.name) && m.descriptor().equals(s.descriptor) && nonOverriding) {
                    tally.privateHidesDefault++;
                    return true;
                }
            }
        }
        return false;
    }

    private static String linkOutcome(Linker linker, String name) {
        try {
            linker.link(name);
            return "linked";
        } catch (LinkageError e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String hotSpotLinkOutcome(ClassLoader loader, String name) {
        try {
            Class.forName(name.replace('/', '.'), true, loader);
            return "linked";
        } catch (LinkageError e) {
            return e.getClass().getSimpleName();
        } catch (ClassNotFoundException e) {
            return "ClassNotFoundException";
        }
    }

    private static List<Site> sites(Linker linker, Map<String, byte[]> classes, Map<String, String> ours) {
        TreeSet<String> signatures = new TreeSet<>();
        for (String name : classes.keySet()) {
            if (ours.get(name).equals("linked")) {
                for (var m : linker.link(name).classFile().methods()) {
                    if (!m.name().startsWith("<") && m.descriptor().endsWith(";")) {
                        signatures.add(m.name() + m.descriptor());
                    }
                }
            }
        }
        List<Site> sites = new ArrayList<>();
        for (String name : classes.keySet()) {
            if (!ours.get(name).equals("linked")) {
                continue;
            }
            LinkedClass c = linker.link(name);
            if (c.isInterface() || (c.classFile().access() & AccessFlags.ABSTRACT) != 0) {
                continue;
            }
            for (LinkedClass r : supertypes(c, classes)) {
                for (String sig : signatures) {
                    int paren = sig.indexOf('(');
                    String n = sig.substring(0, paren);
                    String d = sig.substring(paren);
                    sites.add(predict(c, r, n, d));
                }
            }
        }
        return sites;
    }

    private static List<LinkedClass> supertypes(LinkedClass c, Map<String, byte[]> classes) {
        List<LinkedClass> types = new ArrayList<>();
        for (LinkedClass k = c; k != null; k = k.superclass()) {
            if (classes.containsKey(k.name())) {
                types.add(k);
            }
        }
        for (LinkedClass i : c.allInterfaces()) {
            if (classes.containsKey(i.name())) {
                types.add(i);
            }
        }
        return types;
    }

    /** Our answer: resolution, then the vtable or itable entry of the receiver's class. */
    private static Site predict(LinkedClass c, LinkedClass r, String name, String descriptor) {
        Object resolved = r.isInterface() ? Resolution.resolveInterfaceMethod(r, name, descriptor)
            : Resolution.resolveMethod(r, name, descriptor);
        String error = resolved instanceof String e ? e : null;
        Resolution.Resolved m = error == null ? (Resolution.Resolved) resolved : null;
        if (error == null && !Resolution.accessible(m, callerName(r))) {
            error = "IllegalAccessError";
        } else if (error == null && m.is(AccessFlags.STATIC)) {
            error = "IncompatibleClassChangeError";
        }
        if (error != null) {
            return new Site(c, r, name, descriptor, null, false, error);
        }
        VirtualMethod entry;
        boolean viaItable = r.isInterface() && m.owner().isInterface();
        if (viaItable) {
            int index = c.itableIndex(m.owner(), name, descriptor);
            entry = index < 0 ? null : c.itableEntry(m.owner(), index);
        } else {
            int slot = r.vtableIndex(name, descriptor);
            entry = slot < 0 ? null : c.vtable()[slot];
        }
        return new Site(c, r, name, descriptor, entry, viaItable, describe(entry));
    }

    private static String describe(VirtualMethod e) {
        if (e == null) {
            return "(no entry)";
        }
        if (e.isConflict()) {
            return "IncompatibleClassChangeError";
        }
        if (e.isIllegalAccess()) {
            return "IllegalAccessError";
        }
        if (e.isAbstract()) {
            return "AbstractMethodError";
        }
        return e.owner().name().replace('/', '.') + "." + e.name();
    }

    private static String callerName(LinkedClass r) {
        int slash = r.name().lastIndexOf('/');
        return (slash < 0 ? "" : r.name().substring(0, slash + 1)) + "Calls__";
    }

    /** One class per package of the call sites' types, method {@code c<i>} calling site i. */
    private static Map<String, byte[]> callers(List<Site> sites) {
        Map<String, ClassWriter> writers = new LinkedHashMap<>();
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            ClassWriter cw = writers.computeIfAbsent(callerName(s.type), DispatchOracle::newCaller);
            MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "c" + i,
                "(Ljava/lang/Object;)Ljava/lang/Object;", null, null);
            mv.visitCode();
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitTypeInsn(Opcodes.CHECKCAST, s.type.name());
            for (Type t : Type.getArgumentTypes(s.descriptor)) {
                pushZero(mv, t);
            }
            boolean itf = s.type.isInterface();
            mv.visitMethodInsn(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, s.type.name(), s.name, s.descriptor, itf);
            mv.visitInsn(Opcodes.ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        Map<String, byte[]> out = new TreeMap<>();
        writers.forEach((name, cw) -> {
            cw.visitEnd();
            out.put(name, cw.toByteArray());
        });
        return out;
    }

    private static ClassWriter newCaller(String name) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, name, null, "java/lang/Object", null);
        return cw;
    }

    private static void pushZero(MethodVisitor mv, Type t) {
        switch (t.getSort()) {
            case Type.LONG -> mv.visitInsn(Opcodes.LCONST_0);
            case Type.FLOAT -> mv.visitInsn(Opcodes.FCONST_0);
            case Type.DOUBLE -> mv.visitInsn(Opcodes.DCONST_0);
            case Type.OBJECT, Type.ARRAY -> mv.visitInsn(Opcodes.ACONST_NULL);
            default -> mv.visitInsn(Opcodes.ICONST_0);
        }
    }

    private static String hotSpotCall(ClassLoader loader, Site s, int index) {
        try {
            Class<?> receiverClass = Class.forName(s.receiver.name().replace('/', '.'), true, loader);
            Constructor<?> init = receiverClass.getDeclaredConstructor();
            init.setAccessible(true);
            Object receiver = init.newInstance();
            Method call = Class.forName(callerName(s.type).replace('/', '.'), true, loader).getMethod("c" + index, Object.class);
            return String.valueOf(call.invoke(null, receiver));
        } catch (InvocationTargetException e) {
            return e.getCause().getClass().getSimpleName();
        } catch (ReflectiveOperationException | LinkageError e) {
            return "harness: " + e;
        }
    }
}
