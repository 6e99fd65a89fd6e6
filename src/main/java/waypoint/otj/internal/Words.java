package waypoint.otj.internal;

import java.time.LocalDate;

import waypoint.shared.time.GovUkDates;

/** Dates GOV.UK style (“23 December 2026”) and minutes as hours. */
public final class Words {

    private Words() {
    }

    public static String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    /** 90 → “1.5”. */
    public static String hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
