package waypoint.review.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.web.DateText;

/**
 * The progress review forms as typed, the page's and the API's body alike: what must be filled in, and in what form,
 * is checked here; the service receives dates and times, and keeps the rules of the review (docs/domain/progress-reviews.md).
 */
final class ReviewForms {

    /** A time of day as typed: 10:30, 9:30 or 14:00. */
    static final String TIME_OF_DAY = "\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*";

    private ReviewForms() {
    }

    /** Planning (or re-planning) the meeting. */
    record PlanForm(
            @NotBlank(message = "Enter the date of the meeting as a real date, like 27/3/2026")
            @TypedDate(message = "Enter the date of the meeting as a real date, like 27/3/2026") String date,
            @NotBlank(message = "Enter the time of the meeting, like 10:30")
            @Pattern(regexp = TIME_OF_DAY, message = "Enter the time of the meeting, like 10:30") String time,
            @NotBlank(message = "Enter where the meeting is, or the link to join it")
            @Size(max = 500, message = "The place or link must be 500 characters or fewer") String place,
            Integer lockVersion) {

        LocalDate day() {
            return DateText.parse(date).orElseThrow();
        }

        LocalTime at() {
            String typed = time.strip();
            return LocalTime.parse(typed.length() == 4 ? "0" + typed : typed);
        }

        String where() {
            return place.strip();
        }
    }

    /** Another due date, agreed with the employer for an evidenced reason. */
    record ExceptionForm(
            @NotBlank(message = "Enter the agreed due date as a real date, like 27/3/2026")
            @TypedDate(message = "Enter the agreed due date as a real date, like 27/3/2026") String dueDate,
            @NotBlank(message = "Enter the evidenced reason for another due date")
            @Size(max = 4000, message = "The reason must be {max} characters or fewer") String reason,
            @NotBlank(message = "Enter who agreed it for the employer") String agreedBy,
            @NotBlank(message = "Enter the date the employer agreed, like 27/3/2026")
            @TypedDate(message = "Enter the date the employer agreed, like 27/3/2026") String agreedOn,
            Integer lockVersion) {

        LocalDate due() {
            return DateText.parse(dueDate).orElseThrow();
        }

        LocalDate agreed() {
            return DateText.parse(agreedOn).orElseThrow();
        }
    }

    /** The apprentice's self-reflection. */
    record ReflectionForm(
            @NotBlank(message = "Enter your self-reflection")
            @Size(max = 4000, message = "Your self-reflection must be {max} characters or fewer") String reflection,
            Integer lockVersion) {

        String text() {
            return reflection.strip();
        }
    }
}
