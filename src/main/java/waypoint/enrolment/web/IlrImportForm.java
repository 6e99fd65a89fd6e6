package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;

/**
 * What the page's form says of every apprentice an ILR file brings in (docs/domain/ilr-import.md): the file (when it
 * is checked; the import takes the file checked before), their tutor, their contracted weekly hours unless each has
 * their own (one a line: the learner reference number, then the hours, like MIG0000101 37.5), and the date those on
 * a break expect to return. Whether the tutor is one of the provider's, and the file's own problems, are checked
 * after.
 */
@RequiredWhen(field = "weeklyHours", when = "learnerHours", is = "", message = IlrImportForm.WEEKLY_HOURS)
record IlrImportForm(
        @NotNull(message = "Select the ILR file (XML) the other system exported", groups = Checking.class)
        MultipartFile file,
        @NotBlank(message = IlrImportForm.TUTOR) String tutor,
        @TypedNumber(message = IlrImportForm.WEEKLY_HOURS)
        @DecimalMin(value = "0", inclusive = false, message = IlrImportForm.WEEKLY_HOURS)
        @DecimalMax(value = IlrImportForm.MOST_HOURS, message = IlrImportForm.WEEKLY_HOURS) String weeklyHours,
        @TypedDate(message = "Enter the date apprentices on a break expect to return like 15 1 2027")
        String breakExpectedReturn,
        String learnerHours) {

    static final String TUTOR = "Select the tutor of the apprentices the file brings in";
    static final String WEEKLY_HOURS = "Enter their contracted weekly hours, like 30 or 37.5";
    /** The most hours in a week. */
    static final String MOST_HOURS = "168";

    /** The constraints of the step that checks a file the form sends. */
    interface Checking {
    }

    IlrImportForm {
        file = file == null || file.isEmpty() ? null : file;
        weeklyHours = weeklyHours == null ? null : weeklyHours.strip();
    }

    BigDecimal hours() {
        return TypedValues.number(weeklyHours).orElse(null);
    }

    LocalDate expectedReturn() {
        return TypedValues.date(breakExpectedReturn).orElse(null);
    }

    /**
     * Learners' own weekly hours, one learner a line: their learner reference number, then their hours
     * ({@code MIG0000101 37.5}); the first line that cannot be read is refused, naming it.
     */
    static Map<String, BigDecimal> hoursByLearner(String text) {
        Map<String, BigDecimal> byLearner = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return byLearner;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("[\\s,;]+");
            BigDecimal hours = parts.length == 2 && parts[0].matches("[A-Za-z0-9 ]{1,12}") ? hours(parts[1]) : null;
            if (hours == null) {
                throw new FieldValidationException("learnerHours", "Line " + (i + 1) + " of the learners' own hours"
                        + " cannot be read: write the learner reference number, then their weekly hours, like"
                        + " MIG0000101 37.5");
            }
            byLearner.put(parts[0], hours);
        }
        return byLearner;
    }

    /** Hours in a week, above 0 and at most {@link #MOST_HOURS}; null when not. */
    static BigDecimal hours(String text) {
        try {
            BigDecimal hours = text == null || text.isBlank() ? null : new BigDecimal(text.strip());
            return hours != null && hours.signum() > 0 && hours.compareTo(new BigDecimal(MOST_HOURS)) <= 0 ? hours
                    : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
