package ingot.runtime.exec;

import ingot.runtime.mem.Mem;

/**
 * The image's main classes ({@code ingot_main_table}, written by the translator's ImageBuilder):
 * {@code dq count, default_row}, then per class {@code dq name, class_object, main_entry}, the
 * name NUL-terminated UTF-8 with dots; {@code default_row} is the build-time main class's row or 0.
 * The launcher's choice: the class the command line names ('/' read as '.', as the java
 * launcher does), else the default; a class not in the table is reported as HotSpot reports it.
 */
public final class MainTable {
    static final int COUNT = 0;
    static final int DEFAULT_ROW = 8;
    static final int ROWS = 16;
    static final int ROW_BYTES = 24;

    private MainTable() {
    }

    /** The row of the main class to run; reports a missing class on stderr and exits with status 1. */
    public static long select(long table, String named) {
        if (named == null) {
            long row = Mem.loadLong(table + DEFAULT_ROW);
            if (row == 0) {
                System.err.println("Error: no main class: the command line names none and the image has no default");
                System.exit(1);
            }
            return row;
        }
        String name = named.replace('/', '.');
        long count = Mem.loadLong(table + COUNT);
        for (long i = 0; i < count; i++) {
            long row = table + ROWS + i * ROW_BYTES;
            if (name.equals(ClassNames.text(Mem.loadLong(row)))) {
                return row;
            }
        }
        System.err.println("Error: Could not find or load main class " + name);
        System.err.println("Caused by: java.lang.ClassNotFoundException: " + name);
        System.exit(1);
        return 0;
    }
}
