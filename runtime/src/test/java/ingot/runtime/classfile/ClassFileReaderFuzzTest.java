package ingot.runtime.classfile;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ingot.runtime.bytecode.InstructionLength;
import ingot.runtime.bytecode.KindAnalysis;

/**
 * Fuzzes {@link ClassFileReader}: any bytes give a class or a {@link ClassFormatError}; Jazzer
 * reports anything else, and any input slower than its per-input timeout. A parsed class is then
 * walked (its strings decoded, its instructions measured, its methods' kinds analysed, which may
 * give only {@link VerifyError}) so lazily made parts and the analysis are exercised too.
 * Seeds and kept findings: {@code ClassFileReaderFuzzTestInputs/readClass/}.
 */
class ClassFileReaderFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void readClass(byte[] data) {
        ClassFile c;
        try {
            c = ClassFileReader.read(data);
        } catch (ClassFormatError expected) {
            return;
        }
        walk(c);
    }

    private static void walk(ClassFile c) {
        ConstantPool pool = c.pool();
        for (int i = 1; i < pool.size(); i++) {
            if (pool.tag(i) == ConstantTag.UTF8) {
                pool.utf8(i);
            }
        }
        for (MethodInfo m : c.methods()) {
            if (m.code() != null) {
                byte[] code = m.code().code();
                for (int pc = 0, n; pc < code.length && (n = InstructionLength.at(code, pc)) > 0; pc += n) {
                    m.code().lineAt(pc);
                }
                try {
                    KindAnalysis.analyze(c, m);
                } catch (VerifyError expected) {
                    // untypable code is refused, as it must be
                }
            }
        }
    }
}
