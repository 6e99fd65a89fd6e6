package waypoint.shared.calendar;

import java.time.LocalDate;

/**
 * One England and Wales bank holiday. {@code estimated} means Waypoint computed it because no gov.uk file covers
 * its year; {@code substitute} means it stands in for a holiday that fell at a weekend.
 */
public record BankHoliday(LocalDate date, String title, boolean substitute, boolean estimated) {
}
