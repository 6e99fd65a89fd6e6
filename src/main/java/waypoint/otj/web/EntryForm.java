package waypoint.otj.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.otj.internal.Entry;
import waypoint.otj.internal.EntryDraft;
import waypoint.otj.internal.EntryRules;
import waypoint.otj.internal.Words;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * An off-the-job entry as typed, the page's form and the API's body alike (docs/domain/off-the-job-hours.md,
 * Logging): the date (27/4/2026 or 2026-04-27); a start and end time (09:30, 9.30) or, without them, a duration in
 * hours (1.5 or 1:30); the activity type's code; what was learned; the KSBs covered; a link to evidence; one of the
 * apprenticeship's portfolio evidence items by id. The page also sends how many weeks to repeat a weekly study day,
 * and the API the version changed and whether to send a rejected entry back. What must be filled in, and in what
 * form, is checked here; the entry's rules (a date not in the future, times on the quarter hour, no overlap...) are
 * the service's, which receives dates, times and minutes.
 */
@RequiredWhen(field = "duration", when = "startTime", is = "", message = EntryRules.TIMES_OR_DURATION)
record EntryForm(
        @NotBlank(message = "Enter the date of the activity")
        @TypedDate(message = "The date must be a real date, like 27/4/2026") String date,
        @Pattern(regexp = EntryForm.TIME, message = "The start time must be a time, like 09:30 or 14:00")
        String startTime,
        @Pattern(regexp = EntryForm.TIME, message = "The end time must be a time, like 09:30 or 14:00")
        String endTime,
        @Pattern(regexp = EntryForm.DURATION, message = "The duration must be a number of hours, like 1.5 or 1:30")
        String duration,
        @NotBlank(message = EntryRules.CHOOSE_ACTIVITY) String activityType,
        @NotBlank(message = EntryRules.DESCRIBE)
        @Size(max = EntryRules.MOST_DESCRIPTION, message = EntryRules.DESCRIPTION_LENGTH) String description,
        List<String> ksbs,
        @Pattern(regexp = EntryForm.LINK, message = "The evidence link must start with https://") String evidenceLink,
        @Pattern(regexp = EntryForm.ID, message = "Choose evidence from the apprentice's portfolio")
        String portfolioEvidenceId,
        @Pattern(regexp = EntryForm.WEEKS, message = "Enter how many weeks, like 4") String weeks,
        Integer version, Boolean resubmit) {

    /** A time of day: 09:30, 9:30 or 09.30, seconds allowed; blank when a duration is given instead. */
    static final String TIME = "\\s*|\\s*(([01]\\d|2[0-3])[:.][0-5]\\d([:.][0-5]\\d)?|\\d[:.][0-5]\\d)\\s*";
    /** Hours as a number (1.5), or hours and minutes (1:30); blank when times are given. */
    static final String DURATION = "\\s*|\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(:[+-]?(\\d+(\\.\\d*)?|\\.\\d+))?\\s*";
    static final String LINK = "\\s*|\\s*https?://\\S{3,500}\\s*";
    static final String ID = "\\s*|\\s*\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\s*";
    static final String WEEKS = "\\s*|\\s*[+-]?\\d{1,9}\\s*";

    EntryForm {
        ksbs = ksbs == null ? List.of() : ksbs;
    }

    static EntryForm blank() {
        return new EntryForm(null, null, null, null, null, null, List.of(), null, null, null, null, null);
    }

    /** A draft (the last entry, copied) as the form shows it. */
    static EntryForm of(EntryDraft draft) {
        return new EntryForm(draft.date().toString(), text(draft.startTime()), text(draft.endTime()),
                draft.minutes() == null ? null : Words.hours(draft.minutes().longValue()), draft.activityType(),
                draft.description(), draft.ksbs(), draft.evidenceLink(),
                draft.portfolioEvidenceId() == null ? null : draft.portfolioEvidenceId().toString(), null, null, null);
    }

    /** An entry as the form to change it shows it. */
    static EntryForm of(Entry e) {
        return new EntryForm(e.date().toString(), text(e.startTime()), text(e.endTime()),
                e.startTime() == null ? e.hours() : null, e.activityType(), e.description(), e.ksbs(),
                e.evidenceLink(), e.portfolioEvidenceId() == null ? null : e.portfolioEvidenceId().toString(), null,
                e.version(), null);
    }

    /** The entry typed, once the form is checked. */
    EntryDraft draft() {
        return new EntryDraft(TypedValues.date(date).orElseThrow(), time(startTime), time(endTime),
                minutes(duration), activityType, description, ksbs, blank(evidenceLink) ? null : evidenceLink.strip(),
                blank(portfolioEvidenceId) ? null : UUID.fromString(portfolioEvidenceId.strip()));
    }

    /** How many weeks the page's entry repeats for: 1 when not said. */
    int repeats() {
        return blank(weeks) ? 1 : Integer.parseInt(weeks.strip());
    }

    private static LocalTime time(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().replace('.', ':');
        return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    }

    /** The duration in minutes: hours (1.5) or hours and minutes (1:30). */
    private static BigDecimal minutes(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        BigDecimal hours = t.contains(":")
                ? new BigDecimal(t.substring(0, t.indexOf(':'))).add(new BigDecimal(t.substring(t.indexOf(':') + 1))
                        .divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP))
                : new BigDecimal(t);
        return hours.multiply(BigDecimal.valueOf(60));
    }

    private static String text(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
