package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/** ingot_rt_itable: the entry of an interface method for a receiver's class, by a scan of its itables. */
public final class Itables {
    private Itables() {
    }

    public static long lookup(Object receiverClass, Object iface, int index) {
        long cls = Mem.addressOf(receiverClass);
        long target = Mem.addressOf(iface);
        long itables = Mem.loadLong(cls + ClassWords.ITABLES);
        long count = Mem.loadLong(itables);
        for (long i = 0; i < count; i++) {
            long row = itables + 8 + 16 * i;
            if (Mem.loadLong(row) == target) {
                return Mem.loadLong(Mem.loadLong(row + 8) + 8L * index);
            }
        }
        VmExceptions.incompatibleClassChange();
        return 0;
    }
}
