package waypoint.shared.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import waypoint.shared.time.GovUkDates;

/**
 * Dates, times and durations as people read them, in the GOV.UK style and in Europe/London time: “23 December
 * 2026”, “Wednesday 23 December 2026”, “23 December 2026 at 5:30pm”, “midday”, “1 hour 30 minutes”. The one place
 * every page, email and PDF formats a date for a reader; templates reach it as {@code #govukDates}. A date nobody
 * recorded reads {@value #NOT_RECORDED} everywhere, unless the caller names other words for its reason. Files for
 * machines (the ILR, CSV exports, the API) keep ISO dates and do not use this. See docs/domain/dates-and-times.md.
 */
public final class GovUkDates {

    /** Waypoint serves English providers: every date and time shown is Europe/London. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What an empty date reads, everywhere, unless the caller gives a reason for other words. */
    public static final String NOT_RECORDED = "Not recorded";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.UK);

    private GovUkDates() {
    }

    /** “23 December 2026”. */
    public static String date(LocalDate date) {
        return dateOr(date, NOT_RECORDED);
    }

    /** “23 December 2026”, or the caller's own words where the page gives a reason the date is empty. */
    public static String dateOr(LocalDate date, String whenEmpty) {
        return date == null ? whenEmpty : DATE.format(date);
    }

    /** The day in London on which the instant fell: “23 December 2026”. */
    public static String date(Instant instant) {
        return dateOr(instant, NOT_RECORDED);
    }

    public static String dateOr(Instant instant, String whenEmpty) {
        return instant == null ? whenEmpty : DATE.format(instant.atZone(LONDON));
    }

    /** With the day of the week, for letters and emails: “Wednesday 23 December 2026”. */
    public static String day(LocalDate date) {
        return date == null ? NOT_RECORDED : DAY.format(date);
    }

    /** Short, for crowded lists: “23 Dec 2026”. */
    public static String shortDate(LocalDate date) {
        return date == null ? NOT_RECORDED : SHORT_DATE.format(date);
    }

    /** “December 2026”. */
    public static String month(YearMonth month) {
        return month == null ? NOT_RECORDED : MONTH.format(month);
    }

    /** Short, for the heads of crowded tables: “Dec 2026”. */
    public static String shortMonth(YearMonth month) {
        return month == null ? NOT_RECORDED : SHORT_MONTH.format(month);
    }

    /** “23 December 2026 at 5:30pm”. */
    public static String time(Instant instant) {
        return timeOr(instant, NOT_RECORDED);
    }

    public static String timeOr(Instant instant, String whenEmpty) {
        if (instant == null) {
            return whenEmpty;
        }
        ZonedDateTime london = instant.atZone(LONDON);
        return DATE.format(london) + " at " + clock(london.toLocalTime());
    }

    /** A day and a time of day: “10 March 2026 at 10am”. */
    public static String time(LocalDate date, LocalTime time) {
        return date == null ? NOT_RECORDED : time == null ? date(date) : DATE.format(date) + " at " + clock(time);
    }

    /** For emails: “5:30pm on Tuesday 21 July 2026”. */
    public static String timeOnDay(Instant instant) {
        if (instant == null) {
            return NOT_RECORDED;
        }
        ZonedDateTime london = instant.atZone(LONDON);
        return clock(london.toLocalTime()) + " on " + DAY.format(london);
    }

    /** The time first, for figures as at a moment: “10:42am on 6 December 2026”. */
    public static String clockOnDate(Instant instant) {
        return instant == null ? NOT_RECORDED : clock(instant) + " on " + date(instant);
    }

    /** For lists: “21 Jul 2026 at 5:30pm”. */
    public static String shortTime(Instant instant) {
        if (instant == null) {
            return NOT_RECORDED;
        }
        ZonedDateTime london = instant.atZone(LONDON);
        return SHORT_DATE.format(london) + " at " + clock(london.toLocalTime());
    }

    /**
     * For a record of what happened when, where the order of moments a minute apart matters (the audit trail):
     * “21 Jul 2026 at 5:30:07pm”, the seconds always written.
     */
    public static String shortTimeWithSeconds(Instant instant) {
        if (instant == null) {
            return NOT_RECORDED;
        }
        ZonedDateTime london = instant.atZone(LONDON);
        int hour = london.getHour();
        return SHORT_DATE.format(london) + " at " + (hour % 12 == 0 ? 12 : hour % 12)
                + String.format(":%02d:%02d", london.getMinute(), london.getSecond()) + (hour < 12 ? "am" : "pm");
    }

    /** The time of day in London: “5:30pm”, “9am”, “midday”, “midnight”. */
    public static String clock(Instant instant) {
        return instant == null ? NOT_RECORDED : clock(instant.atZone(LONDON).toLocalTime());
    }

    /** “5:30pm”, “9am”, “midday”, “midnight”. */
    public static String clock(LocalTime time) {
        if (time == null) {
            return NOT_RECORDED;
        }
        int hour = time.getHour();
        int minute = time.getMinute();
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        int twelve = hour % 12 == 0 ? 12 : hour % 12;
        return twelve + (minute == 0 ? "" : String.format(":%02d", minute)) + (hour < 12 ? "am" : "pm");
    }

    /** “1 hour 30 minutes”, “45 minutes”, “2 hours”. */
    public static String duration(Duration duration) {
        if (duration == null) {
            return NOT_RECORDED;
        }
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        String whole = hours == 1 ? "1 hour" : hours + " hours";
        return minutes == 0 ? whole : whole + " " + (minutes == 1 ? "1 minute" : minutes + " minutes");
    }

    /** “1 day”, “3 days”. */
    public static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
