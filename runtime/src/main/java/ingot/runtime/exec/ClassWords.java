package ingot.runtime.exec;

/**
 * The layout of every {@code java.lang.Class} object in an image: the object header, then the
 * VM's words about the class, then the vtable. java.lang.Class declares no instance fields of its
 * own (the translator checks), so these offsets are fixed; the translator writes them and the
 * runtime and the compiler read them.
 * <pre>
 *   0  class word (java.lang.Class's Class object)     8  hash/lock word
 *  16  superclass's Class (0 for java.lang.Object)
 *  24  u32 depth (Object = 0)                          28  u32 flags (ARRAY, INTERFACE, PRIMITIVE, APPLICATION),
 *                                                          Class.getModifiers in the upper 16 bits
 *  32  display: address of depth + 1 Class addresses, display[d] = the superclass at depth d
 *  40  interfaces: address of {dq count, Class...}, every interface the class implements
 *  48  itables: address of {dq count, (Class interface, address of its method entries)...}
 *  56  u32 instance size                               60  u32 array element size
 *  64  array component's Class (0 unless an array)
 *  72  name: address of the internal name, NUL-terminated UTF-8
 *  80  u32 initialisation state (UNINITIALIZED, IN_PROGRESS, INITIALIZED, ERRONEOUS)
 *  84  u32 vtable length (slots)
 *  88  entry of the class's {@code <clinit>} (0 when it has none)
 *  96  the Class of arrays of this class (0 until the image or Array.newArray makes one)
 * 104  superinterfaces to initialise first (JVMS §5.5 step 7): address of {dq count, Class...},
 *      those declaring a default method, in the order §5.5 gives, keeping those with a {@code <clinit>}
 * 112  entry of an enum class's {@code values()} (0 unless an enum class)
 * 120  vtable: one method entry address per slot
 * </pre>
 */
public final class ClassWords {
    public static final int SUPERCLASS = 16;
    public static final int DEPTH = 24;
    public static final int FLAGS = 28;
    public static final int DISPLAY = 32;
    public static final int INTERFACES = 40;
    public static final int ITABLES = 48;
    public static final int INSTANCE_SIZE = 56;
    public static final int ELEMENT_SIZE = 60;
    public static final int COMPONENT = 64;
    public static final int NAME = 72;
    public static final int INIT_STATE = 80;
    public static final int VTABLE_LENGTH = 84;
    public static final int CLINIT = 88;
    public static final int ARRAY_CLASS = 96;
    public static final int INIT_INTERFACES = 104;
    public static final int ENUM_VALUES = 112;
    public static final int VTABLE = 120;

    public static final int UNINITIALIZED = 0;
    public static final int IN_PROGRESS = 1;
    public static final int INITIALIZED = 2;
    /** Its initialisation failed: every later attempt throws NoClassDefFoundError (JVMS §5.5 step 5). */
    public static final int ERRONEOUS = 3;

    public static final int ARRAY = 1;
    public static final int INTERFACE = 2;
    public static final int PRIMITIVE = 4;
    /** Loaded from an application jar (not the class library): loader 'app' in HotSpot's messages. */
    public static final int APPLICATION = 8;

    private ClassWords() {
    }
}
