package ingot.translator.build;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.ClassFileReader;
import ingot.translator.lambda.LambdaClassMaker;
import ingot.translator.lambda.LambdaSite;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The classes made for the lambda call sites the compiled code reaches, one per invokedynamic
 * instruction (as HotSpot links each instruction on its own), named {@code Host$$Lambda$N} with N
 * counting from 0 per host class. Each is written by {@link LambdaClassMaker}, read back with the
 * runtime's ClassFileReader and added to the closed world beside its host (an application class
 * when the host is one), so the compiler compiles it like any class. A class whose site captures
 * nothing gets its one instance in the image heap.
 */
final class LambdaClasses {
    /** What a lambda class's name holds between its host's name and its number; the VM hides such frames. */
    static final String MARK = "$$Lambda$";

    private final ClosedWorld world;
    private final Map<String, String> bySite = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> singletons = new HashSet<>();

    LambdaClasses(ClosedWorld world) {
        this.world = world;
    }

    /**
     * The class of the call site at {@code pc} of {@code method}, made when first asked for.
     *
     * @throws ingot.translator.lambda.LambdaSiteException when the site's bootstrap arguments are malformed or refused
     */
    String classFor(String host, int site, String method, int pc) {
        String key = method + "@" + pc;
        String known = bySite.get(key);
        if (known != null) {
            return known;
        }
        LambdaSite lambda = LambdaSite.read(world.find(host), site);
        String name = freshName(host);
        ClassFile c = ClassFileReader.read(LambdaClassMaker.make(lambda, name));
        if (world.isApplication(host)) {
            world.addApplication(c);
        } else {
            world.add(c);
        }
        if (lambda.factoryDescriptor().startsWith("()")) {
            singletons.add(name);
        }
        bySite.put(key, name);
        return name;
    }

    /** True when the image provides the value of this static field: the one instance of a non-capturing lambda. */
    boolean providesInstance(String owner, String field) {
        return singletons.contains(owner) && field.equals(LambdaClassMaker.INSTANCE);
    }

    /** The number of lambda classes made. */
    int count() {
        return bySite.size();
    }

    private String freshName(String host) {
        int n = counts.getOrDefault(host, 0);
        while (world.find(host + MARK + n) != null) {
            n++;
        }
        counts.put(host, n + 1);
        return host + MARK + n;
    }
}
