package java.math;

/** The rounding modes, each with the BigDecimal.ROUND_ constant it replaces. */
public enum RoundingMode {
    UP(BigDecimal.ROUND_UP),
    DOWN(BigDecimal.ROUND_DOWN),
    CEILING(BigDecimal.ROUND_CEILING),
    FLOOR(BigDecimal.ROUND_FLOOR),
    HALF_UP(BigDecimal.ROUND_HALF_UP),
    HALF_DOWN(BigDecimal.ROUND_HALF_DOWN),
    HALF_EVEN(BigDecimal.ROUND_HALF_EVEN),
    UNNECESSARY(BigDecimal.ROUND_UNNECESSARY);

    final int oldMode;

    RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** The mode of a legacy BigDecimal.ROUND_ constant. */
    public static RoundingMode valueOf(int rm) {
        switch (rm) {
            case BigDecimal.ROUND_UP:
                return UP;
            case BigDecimal.ROUND_DOWN:
                return DOWN;
            case BigDecimal.ROUND_CEILING:
                return CEILING;
            case BigDecimal.ROUND_FLOOR:
                return FLOOR;
            case BigDecimal.ROUND_HALF_UP:
                return HALF_UP;
            case BigDecimal.ROUND_HALF_DOWN:
                return HALF_DOWN;
            case BigDecimal.ROUND_HALF_EVEN:
                return HALF_EVEN;
            case BigDecimal.ROUND_UNNECESSARY:
                return UNNECESSARY;
            default:
                throw new IllegalArgumentException("argument out of range");
        }
    }

    /**
     * Whether a quotient whose dropped part is non-zero moves away from zero: cmpHalf compares the
     * dropped part with half a unit (-1, 0, 1), negative is the result's sign, odd its last digit.
     */
    boolean roundsAway(int cmpHalf, boolean negative, boolean odd) {
        switch (this) {
            case UP:
                return true;
            case DOWN:
                return false;
            case CEILING:
                return !negative;
            case FLOOR:
                return negative;
            case HALF_UP:
                return cmpHalf >= 0;
            case HALF_DOWN:
                return cmpHalf > 0;
            case HALF_EVEN:
                return cmpHalf > 0 || cmpHalf == 0 && odd;
            default:
                throw new ArithmeticException("Rounding necessary");
        }
    }
}
