package org.journeymaps.ao.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;

/** Conversions between the domain's values and the ones AO stores: int keys and {@link Date}s. */
public final class AoValues {
    /** Dates are stored at noon UTC, so a time-zone shift of a few hours on the way back keeps the day. */
    private static final LocalTime DAY_STORED_AT = LocalTime.NOON;

    private AoValues() {
    }

    /** Whether {@code id} can be the key of a row (AO's {@code Entity} keys are ints). */
    static boolean isKey(long id) {
        return id > 0 && id <= Integer.MAX_VALUE;
    }

    /** The row key for an id the caller knows to exist; an id no row can have is a programming error. */
    public static Integer key(long id) {
        if (!isKey(id)) {
            throw new IllegalArgumentException("No row can have the id " + id);
        }
        return (int) id;
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    public static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atTime(DAY_STORED_AT).toInstant(ZoneOffset.UTC));
    }

    public static LocalDate day(Date date) {
        return date == null ? null : LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }
}
