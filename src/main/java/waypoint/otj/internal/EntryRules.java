package waypoint.otj.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import waypoint.enrolment.BreakInLearning;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The rules every entry follows, however it arrives (docs/domain/off-the-job-hours.md, Logging): a date not in the
 * future and an end not later than now, not before the
 * start, not during a break in learning, not after gateway (or the end of learning); a duration above zero in
 * quarter hours; no overlap with another entry of the same learner; at most 24 hours in a day, and a warning above
 * the contracted daily hours; an activity type; a description. Pure: the facts are given.
 */
public final class EntryRules {

    static final int MOST_DESCRIPTION = 4000;

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

    public static ValidEntry check(EntryDraft draft, Facts facts, java.util.function.Function<LocalDate, List<SameDay>> sameDay) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = DateText.parse(draft.date()).orElse(null);
        if (blank(draft.date())) {
            errors.put("date", "Enter the date of the activity");
        } else if (date == null) {
            errors.put("date", "The date must be a real date, like 27/4/2026");
        } else if (date.isAfter(facts.today())) {
            errors.put("date", "The date cannot be in the future");
        } else if (date.isBefore(facts.start())) {
            errors.put("date", "The date cannot be before the apprenticeship started on " + Words.date(facts.start()));
        } else if (facts.learningEndedOn() != null && date.isAfter(facts.learningEndedOn())) {
            errors.put("date", "The date cannot be after learning ended on " + Words.date(facts.learningEndedOn())
                    + " (gateway or the end of the apprenticeship)");
        } else {
            breakCovering(facts.breaks(), date).ifPresent(pause -> errors.put("date",
                    "The date falls in a break in learning that began on " + Words.date(pause.startDate())));
        }

        LocalTime start = time(draft.startTime(), "startTime", "The start time", errors);
        LocalTime end = time(draft.endTime(), "endTime", "The end time", errors);
        Integer minutes = null;
        if (start != null || end != null) {
            if (start == null && !errors.containsKey("startTime")) {
                errors.put("startTime", "Enter the start time, or leave both times empty and enter a duration");
            } else if (end == null && !errors.containsKey("endTime")) {
                errors.put("endTime", "Enter the end time, or leave both times empty and enter a duration");
            } else if (start != null && end != null) {
                if (!end.isAfter(start)) {
                    errors.put("endTime", "The end time must be after the start time");
                } else if (!quarter(start) || !quarter(end)) {
                    errors.put(!quarter(start) ? "startTime" : "endTime",
                            "Times must be on the quarter hour, like 09:00, 09:15, 09:30 or 09:45");
                } else {
                    minutes = (int) ChronoUnit.MINUTES.between(start, end);
                }
            }
        } else if (!errors.containsKey("startTime") && !errors.containsKey("endTime")) {
            minutes = duration(draft.duration(), errors);
        }

        if (date != null && date.equals(facts.today()) && minutes != null) {
            // an activity of today cannot end later than now (docs/domain/off-the-job-hours.md, Logging)
            LocalTime now = facts.now().toLocalTime();
            if (end != null && end.isAfter(now)) {
                errors.put("endTime", "The end time cannot be later than now (" + now.withSecond(0).withNano(0)
                        + "): log an activity once it has ended");
            } else if (end == null && minutes > now.toSecondOfDay() / 60) {
                errors.put("duration", "An activity today cannot be longer than the time since midnight ("
                        + Words.hours(now.toSecondOfDay() / 60) + " hours): log it once it has ended");
            }
        }

        if (blank(draft.activityType())) {
            errors.put("activityType", "Choose the type of activity");
        } else if (!facts.activityTypes().contains(draft.activityType())) {
            errors.put("activityType", "Choose a type of activity from the list");
        }
        if (blank(draft.description())) {
            errors.put("description", "Describe what you learned");
        } else if (draft.description().strip().length() > MOST_DESCRIPTION) {
            errors.put("description", "The description must be " + MOST_DESCRIPTION + " characters or fewer");
        }
        List<String> unknown = draft.ksbs().stream().filter(k -> !facts.ksbCodes().isEmpty()
                && !facts.ksbCodes().contains(k)).toList();
        if (!unknown.isEmpty()) {
            errors.put("ksbs", "Choose KSBs of the standard: " + String.join(", ", unknown) + " is not one");
        }
        if (!blank(draft.evidenceLink()) && !draft.evidenceLink().strip().matches("https?://\\S{3,500}")) {
            errors.put("evidenceLink", "The evidence link must start with https://");
        }

        List<String> warnings = new ArrayList<>();
        if (date != null && minutes != null && !errors.containsKey("date")) {
            List<SameDay> others = sameDay.apply(date);
            for (SameDay other : others) {
                if (start != null && other.start() != null && start.isBefore(other.end()) && other.start().isBefore(end)) {
                    errors.put(draft.startTime() == null ? "duration" : "startTime",
                            "This overlaps another entry on the same day, from " + other.start() + " to " + other.end());
                    break;
                }
            }
            int dayTotal = minutes + others.stream().mapToInt(SameDay::minutes).sum();
            if (dayTotal > 24 * 60) {
                errors.putIfAbsent(start != null ? "endTime" : "duration", "A day cannot have more than 24 hours: "
                        + "this day would have " + Words.hours(dayTotal) + " hours");
            } else if (facts.weeklyHours() != null) {
                BigDecimal daily = facts.weeklyHours().divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
                if (BigDecimal.valueOf(dayTotal).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                        .compareTo(daily) > 0) {
                    warnings.add("This day has " + Words.hours(dayTotal) + " hours of off-the-job training, more than "
                            + "the contracted " + daily.stripTrailingZeros().toPlainString() + " hours a day");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new ValidEntry(date, start, end, minutes, draft.activityType(), draft.description().strip(),
                draft.ksbs(), blank(draft.evidenceLink()) ? null : draft.evidenceLink().strip(), warnings);
    }

    private static Integer duration(String text, Map<String, String> errors) {
        if (blank(text)) {
            errors.put("duration", "Enter the start and end times, or the duration in hours");
            return null;
        }
        BigDecimal hours;
        try {
            String t = text.strip();
            if (t.contains(":")) {
                String[] parts = t.split(":", 2);
                hours = new BigDecimal(parts[0]).add(new BigDecimal(parts[1]).divide(BigDecimal.valueOf(60), 4,
                        RoundingMode.HALF_UP));
            } else {
                hours = new BigDecimal(t);
            }
        } catch (NumberFormatException wrong) {
            errors.put("duration", "The duration must be a number of hours, like 1.5 or 1:30");
            return null;
        }
        BigDecimal minutes = hours.multiply(BigDecimal.valueOf(60));
        if (minutes.signum() <= 0) {
            errors.put("duration", "The duration must be more than 0");
            return null;
        }
        if (minutes.compareTo(BigDecimal.valueOf(24 * 60)) > 0) {
            errors.put("duration", "The duration must be 24 hours or less");
            return null;
        }
        if (minutes.remainder(BigDecimal.valueOf(15)).signum() != 0) {
            errors.put("duration", "The duration must be in quarter hours, like 0.25, 1.5 or 1:45");
            return null;
        }
        return minutes.intValue();
    }

    private static LocalTime time(String text, String field, String name, Map<String, String> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            String t = text.strip().replace('.', ':');
            return LocalTime.parse(t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t);
        } catch (DateTimeParseException wrong) {
            errors.put(field, name + " must be a time, like 09:30 or 14:00");
            return null;
        }
    }

    private static boolean quarter(LocalTime time) {
        return time.getMinute() % 15 == 0 && time.getSecond() == 0;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
