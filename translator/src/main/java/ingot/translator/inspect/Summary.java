package ingot.translator.inspect;

import ingot.runtime.classfile.ClassFile;
import ingot.runtime.classfile.MethodInfo;

/** The totals {@code ingot inspect --summary} prints on one line. */
final class Summary {
    private long classes;
    private long fields;
    private long methods;
    private long codeBytes;

    void add(ClassFile c) {
        classes++;
        fields += c.fields().length;
        methods += c.methods().length;
        for (MethodInfo m : c.methods()) {
            if (m.code() != null) {
                codeBytes += m.code().codeLength();
            }
        }
    }

    String line() {
        return "classes=" + classes + " fields=" + fields + " methods=" + methods + " code-bytes=" + codeBytes;
    }
}
