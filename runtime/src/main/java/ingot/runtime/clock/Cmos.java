package ingot.runtime.clock;

import ingot.runtime.mem.Mem;

/**
 * The CMOS real-time clock (MC146818: index port 0x70, data port 0x71): seconds 0x00, minutes
 * 0x02, hours 0x04, day 0x07, month 0x08, year 0x09, century 0x32 (the ACPI century register,
 * which QEMU keeps); status A 0x0A (bit 7: an update is in progress), status B 0x0B (bit 2:
 * binary rather than BCD, bit 1: 24-hour clock; in 12-hour mode bit 7 of the hour means PM). The
 * clock is read when no update is in progress, twice, until two reads agree. Its resolution is a
 * second, so the time it gives lies up to a second behind.
 */
final class Cmos {
    static final int INDEX = 0x70;
    static final int DATA = 0x71;
    static final int SECONDS = 0x00;
    static final int MINUTES = 0x02;
    static final int HOURS = 0x04;
    static final int DAY = 0x07;
    static final int MONTH = 0x08;
    static final int YEAR = 0x09;
    static final int STATUS_A = 0x0A;
    static final int STATUS_B = 0x0B;
    static final int CENTURY = 0x32;
    static final int UPDATE_IN_PROGRESS = 0x80;
    static final int BINARY = 0x04;
    static final int HOURS_24 = 0x02;
    static final int PM = 0x80;
    /** Reads tried before the clock counts as absent or stuck. */
    static final int ATTEMPTS = 100_000;
    /** No clock: status B reads as all ones on a machine without one. */
    static final long ABSENT = -1;

    private Cmos() {
    }

    /** Seconds since 1970-01-01T00:00Z that the clock shows (as UTC); {@link #ABSENT} without a valid clock. */
    static long epochSeconds() {
        int status = register(STATUS_B);
        if (status == 0xFF) {
            return ABSENT;
        }
        long previous = ABSENT;
        for (int i = 0; i < ATTEMPTS; i++) {
            if ((register(STATUS_A) & UPDATE_IN_PROGRESS) != 0) {
                continue;
            }
            long now = readOnce(status);
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return ABSENT;
    }

    private static long readOnce(int status) {
        boolean binary = (status & BINARY) != 0;
        int second = value(register(SECONDS), binary);
        int minute = value(register(MINUTES), binary);
        int hourRegister = register(HOURS);
        int hour = value(hourRegister & ~PM, binary);
        if ((status & HOURS_24) == 0) {
            hour = hour % 12 + ((hourRegister & PM) != 0 ? 12 : 0);
        }
        int day = value(register(DAY), binary);
        int month = value(register(MONTH), binary);
        int year = value(register(YEAR), binary);
        int century = value(register(CENTURY), binary);
        if (century < 19 || century > 99) {
            century = 20;
        }
        if (second > 59 || minute > 59 || hour > 23 || day < 1 || day > 31 || month < 1 || month > 12 || year > 99) {
            return ABSENT;
        }
        return CivilTime.daysSinceEpoch(century * 100 + year, month, day) * 86_400L
                + hour * 3600L + minute * 60L + second;
    }

    private static int value(int raw, boolean binary) {
        return binary ? raw : (raw >> 4) * 10 + (raw & 0x0F);
    }

    private static int register(int index) {
        Mem.outByte(INDEX, index);
        return Mem.inByte(DATA);
    }
}
