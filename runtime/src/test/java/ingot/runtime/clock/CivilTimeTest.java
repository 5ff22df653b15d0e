package ingot.runtime.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Days since 1970 against java.time, across leap years, centuries and the epoch itself. */
class CivilTimeTest {
    @Test
    void everyDayFrom1600To2400MatchesJavaTime() {
        for (LocalDate d = LocalDate.of(1600, 1, 1); d.getYear() < 2400; d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), CivilTime.daysSinceEpoch(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    d.toString());
        }
    }

    @Test
    void theEpochIsDayZero() {
        assertEquals(0, CivilTime.daysSinceEpoch(1970, 1, 1));
        assertEquals(-1, CivilTime.daysSinceEpoch(1969, 12, 31));
        assertEquals(11_016, CivilTime.daysSinceEpoch(2000, 2, 29));
    }
}
