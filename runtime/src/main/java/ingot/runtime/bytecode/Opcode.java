package ingot.runtime.bytecode;

/** Opcodes (JVMS §6.5) that the analyses here name, by mnemonic. */
final class Opcode {
    static final int ACONST_NULL = 0x01;
    static final int ICONST_M1 = 0x02;
    static final int ICONST_5 = 0x08;
    static final int BIPUSH = 0x10;
    static final int SIPUSH = 0x11;
    static final int LDC = 0x12;
    static final int LDC_W = 0x13;
    static final int ILOAD = 0x15;
    static final int ALOAD = 0x19;
    static final int ILOAD_0 = 0x1A;
    static final int ALOAD_3 = 0x2D;
    static final int IALOAD = 0x2E;
    static final int SALOAD = 0x35;
    static final int IASTORE = 0x4F;
    static final int SASTORE = 0x56;
    static final int GOTO = 0xA7;
    static final int JSR = 0xA8;
    static final int RET = 0xA9;
    static final int TABLESWITCH = 0xAA;
    static final int LOOKUPSWITCH = 0xAB;
    static final int IRETURN = 0xAC;
    static final int RETURN = 0xB1;
    static final int GETSTATIC = 0xB2;
    static final int GETFIELD = 0xB4;
    static final int PUTFIELD = 0xB5;
    static final int INVOKEVIRTUAL = 0xB6;
    static final int INVOKESPECIAL = 0xB7;
    static final int INVOKEINTERFACE = 0xB9;
    static final int NEW = 0xBB;
    static final int NEWARRAY = 0xBC;
    static final int ANEWARRAY = 0xBD;
    static final int ARRAYLENGTH = 0xBE;
    static final int ATHROW = 0xBF;
    static final int CHECKCAST = 0xC0;
    static final int MONITORENTER = 0xC2;
    static final int MONITOREXIT = 0xC3;
    static final int WIDE = 0xC4;
    static final int MULTIANEWARRAY = 0xC5;
    static final int IFNULL = 0xC6;
    static final int IFNONNULL = 0xC7;
    static final int GOTO_W = 0xC8;
    static final int JSR_W = 0xC9;

    private Opcode() {
    }
}
