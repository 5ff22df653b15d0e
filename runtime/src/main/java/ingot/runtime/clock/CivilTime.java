package ingot.runtime.clock;

/** Proleptic Gregorian dates as days since 1970-01-01, for the real-time clock. */
final class CivilTime {
    private static final int DAYS_PER_400_YEARS = 146_097;
    /** Days from 0000-03-01 (the start of the shifted year below) to 1970-01-01. */
    private static final int EPOCH_SHIFT = 719_468;

    private CivilTime() {
    }

    /**
     * Days from 1970-01-01 to {@code year}-{@code month}-{@code day}. The year is taken to start
     * on March 1, so that February's leap day ends it; a 400-year era has a fixed day count.
     */
    static long daysSinceEpoch(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int shiftedMonth = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * shiftedMonth + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
    }
}
