package waypoint.otj.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import waypoint.enrolment.BreakInLearning;
import waypoint.shared.web.FieldValidationException;

/**
 * The rules every entry follows, however it arrives (docs/domain/off-the-job-hours.md, Logging): a date not in the
 * future and an end not later than now, not before the
 * start, not during a break in learning, not after gateway (or the end of learning); a duration above zero in
 * quarter hours; no overlap with another entry of the same learner; at most 24 hours in a day, and a warning above
 * the contracted daily hours; an activity type; a description. Pure: the facts are given.
 */
public final class EntryRules {

    public static final int MOST_DESCRIPTION = 4000;

    /** What the form and the rules say of an entry left without times or a duration, a type or a description. */
    public static final String TIMES_OR_DURATION = "Enter the start and end times, or the duration in hours";
    public static final String CHOOSE_ACTIVITY = "Choose the type of activity";
    public static final String DESCRIBE = "Describe what you learned";
    public static final String DESCRIPTION_LENGTH = "The description must be " + MOST_DESCRIPTION
            + " characters or fewer";

    /** The learner's other entries on the same day. */
    public record SameDay(LocalTime start, LocalTime end, int minutes) {
    }

    /** @param now the present moment in Europe/London: no entry ends later than it */
    public record Facts(LocalDateTime now, LocalDate start, List<BreakInLearning> breaks, LocalDate learningEndedOn,
            BigDecimal weeklyHours, Set<String> activityTypes, Set<String> ksbCodes) {

        public LocalDate today() {
            return now.toLocalDate();
        }
    }

    private EntryRules() {
    }

    /** The break in learning the date falls in (from its first day up to the day before the return), if any. */
    public static java.util.Optional<BreakInLearning> breakCovering(List<BreakInLearning> breaks, LocalDate date) {
        return breaks.stream().filter(pause -> !date.isBefore(pause.startDate())
                && (pause.endDate() == null || date.isBefore(pause.endDate()))).reduce((first, later) -> later);
    }

    /**
     * The entry checked against every rule, or the first it breaks as a field error, in the order the form asks its
     * questions; with a warning for a day above the contracted daily hours.
     */
    public static ValidEntry check(EntryDraft draft, Facts facts,
            java.util.function.Function<LocalDate, List<SameDay>> sameDay) {
        LocalDate date = draft.date();
        if (date == null) {
            throw refused("date", "Enter the date of the activity");
        } else if (date.isAfter(facts.today())) {
            throw refused("date", "The date cannot be in the future");
        } else if (date.isBefore(facts.start())) {
            throw refused("date", "The date cannot be before the apprenticeship started on "
                    + Words.date(facts.start()));
        } else if (facts.learningEndedOn() != null && date.isAfter(facts.learningEndedOn())) {
            throw refused("date", "The date cannot be after learning ended on " + Words.date(facts.learningEndedOn())
                    + " (gateway or the end of the apprenticeship)");
        }
        breakCovering(facts.breaks(), date).ifPresent(pause -> {
            throw refused("date", "The date falls in a break in learning that began on "
                    + Words.date(pause.startDate()));
        });

        LocalTime start = draft.startTime();
        LocalTime end = draft.endTime();
        int minutes = start != null || end != null ? betweenTimes(start, end) : duration(draft.minutes());

        if (date.equals(facts.today())) {
            // an activity of today cannot end later than now (docs/domain/off-the-job-hours.md, Logging)
            LocalTime now = facts.now().toLocalTime();
            if (end != null && end.isAfter(now)) {
                throw refused("endTime", "The end time cannot be later than now (" + now.withSecond(0).withNano(0)
                        + "): log an activity once it has ended");
            } else if (end == null && minutes > now.toSecondOfDay() / 60) {
                throw refused("duration", "An activity today cannot be longer than the time since midnight ("
                        + Words.hours(now.toSecondOfDay() / 60) + " hours): log it once it has ended");
            }
        }

        if (blank(draft.activityType())) {
            throw refused("activityType", CHOOSE_ACTIVITY);
        } else if (!facts.activityTypes().contains(draft.activityType())) {
            throw refused("activityType", "Choose a type of activity from the list");
        }
        if (blank(draft.description())) {
            throw refused("description", DESCRIBE);
        } else if (draft.description().strip().length() > MOST_DESCRIPTION) {
            throw refused("description", DESCRIPTION_LENGTH);
        }
        List<String> unknown = draft.ksbs().stream().filter(k -> !facts.ksbCodes().isEmpty()
                && !facts.ksbCodes().contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw refused("ksbs", "Choose KSBs of the standard: " + String.join(", ", unknown) + " is not one");
        }

        List<String> warnings = new ArrayList<>();
        List<SameDay> others = sameDay.apply(date);
        for (SameDay other : others) {
            if (start != null && other.start() != null && start.isBefore(other.end()) && other.start().isBefore(end)) {
                throw refused("startTime", "This overlaps another entry on the same day, from " + other.start()
                        + " to " + other.end());
            }
        }
        int dayTotal = minutes + others.stream().mapToInt(SameDay::minutes).sum();
        if (dayTotal > 24 * 60) {
            throw refused(start != null ? "endTime" : "duration", "A day cannot have more than 24 hours: "
                    + "this day would have " + Words.hours(dayTotal) + " hours");
        } else if (facts.weeklyHours() != null) {
            BigDecimal daily = facts.weeklyHours().divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
            if (BigDecimal.valueOf(dayTotal).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                    .compareTo(daily) > 0) {
                warnings.add("This day has " + Words.hours(dayTotal) + " hours of off-the-job training, more than "
                        + "the contracted " + daily.stripTrailingZeros().toPlainString() + " hours a day");
            }
        }
        return new ValidEntry(date, start, end, minutes, draft.activityType(), draft.description().strip(),
                draft.ksbs(), blank(draft.evidenceLink()) ? null : draft.evidenceLink().strip(), warnings);
    }

    /** The minutes between a start and an end time, both given, on the quarter hour. */
    private static int betweenTimes(LocalTime start, LocalTime end) {
        if (start == null) {
            throw refused("startTime", "Enter the start time, or leave both times empty and enter a duration");
        } else if (end == null) {
            throw refused("endTime", "Enter the end time, or leave both times empty and enter a duration");
        } else if (!end.isAfter(start)) {
            throw refused("endTime", "The end time must be after the start time");
        } else if (!quarter(start) || !quarter(end)) {
            throw refused(!quarter(start) ? "startTime" : "endTime",
                    "Times must be on the quarter hour, like 09:00, 09:15, 09:30 or 09:45");
        }
        return (int) ChronoUnit.MINUTES.between(start, end);
    }

    /** A duration given without times: above zero, at most a day, in quarter hours. */
    private static int duration(BigDecimal minutes) {
        if (minutes == null) {
            throw refused("duration", TIMES_OR_DURATION);
        } else if (minutes.signum() <= 0) {
            throw refused("duration", "The duration must be more than 0");
        } else if (minutes.compareTo(BigDecimal.valueOf(24 * 60)) > 0) {
            throw refused("duration", "The duration must be 24 hours or less");
        } else if (minutes.remainder(BigDecimal.valueOf(15)).signum() != 0) {
            throw refused("duration", "The duration must be in quarter hours, like 0.25, 1.5 or 1:45");
        }
        return minutes.intValue();
    }

    private static FieldValidationException refused(String field, String message) {
        return new FieldValidationException(field, message);
    }

    private static boolean quarter(LocalTime time) {
        return time.getMinute() % 15 == 0 && time.getSecond() == 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
