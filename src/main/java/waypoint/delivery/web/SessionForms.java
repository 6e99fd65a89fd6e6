package waypoint.delivery.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import waypoint.delivery.internal.Attendee;
import waypoint.delivery.internal.SessionPlan;
import waypoint.delivery.internal.SessionRecords;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.shared.validation.RequiredWhen;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * The session forms checked on their request records (the page's and the API's body alike): what must be filled in,
 * and in what form, is checked here; the services receive dates, times, numbers and ids, and keep the rules that need
 * the session, its apprentices' standards or the day (docs/domain/teaching-sessions.md).
 */
final class SessionForms {

    /** A time of day as typed: 9:30, 09:30 or 14:00 (seconds allowed). */
    private static final String TIME_OF_DAY = "([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";

    /** A quarter hour, or something that is no time at all (which {@link #TIME_OF_DAY} reports). */
    static final String QUARTER_HOUR = "(?s)\\s*(([01]?\\d|2[0-3]):(00|15|30|45)(:00)?|(?!\\s*" + TIME_OF_DAY + "\\s*$).*)\\s*";

    /** A length of 15 to 600 minutes in quarter hours, or something that is no number (said on its own). */
    static final String QUARTER_HOURS = "(?s)\\s*(\\+?0*(15|30|45|60|75|90|105|120|135|150|165|180|195|210|225|240"
            + "|255|270|285|300|315|330|345|360|375|390|405|420|435|450|465|480|495|510|525|540|555|570|585|600)"
            + "|(?!\\s*[+-]?\\d+\\s*$).*)\\s*";

    private SessionForms() {
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static ApprenticeshipId id(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : ApprenticeshipId.of(typed);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static String upper(String typed, String otherwise) {
        return typed == null || typed.isBlank() ? otherwise : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** The questions asked only when a session is scheduled, not when it is moved. */
    interface Scheduling {
    }

    /**
     * Scheduling a session (all of it) or moving one (its date, time, length, place and link: the apprentices, the
     * topic and the KSBs stay as they were).
     *
     * @param apprenticeshipIds one for a one-to-one session, several for a group
     * @param ksbs              the KSBs planned, such as "K1, S2"
     */
    @RequiredWhen(field = "place", when = "remoteLink", is = "", message = "Enter the place, or the link to join remotely")
    record ScheduleForm(@Apprentices(groups = Scheduling.class) List<String> apprenticeshipIds,
            @NotBlank(message = "Enter the date of the session")
            @TypedDate(message = "The date must be a real date, like 27/4/2026") String date,
            @NotBlank(message = TIME)
            @Pattern(regexp = "\\s*" + TIME_OF_DAY + "\\s*", message = TIME)
            @Pattern(regexp = QUARTER_HOUR, message = "Start on the quarter hour, like 09:00, 09:15, 09:30 or 09:45")
            String time,
            @NotBlank(message = LENGTH)
            @Pattern(regexp = "\\s*[+-]?\\d{1,9}\\s*", message = LENGTH)
            @Pattern(regexp = QUARTER_HOURS, message = "The length must be 15 to 600 minutes, in quarter hours")
            String durationMinutes,
            @Size(max = 300, message = "The place must be {max} characters or fewer") String place,
            @Pattern(regexp = "\\s*(https://\\S{0,492})?\\s*", message = "The link must start with https:// and have no spaces")
            String remoteLink,
            @NotBlank(message = "Enter the topic of the session", groups = Scheduling.class)
            @Size(max = 200, message = "The topic must be {max} characters or fewer", groups = Scheduling.class)
            String topic,
            String ksbs, Integer lockVersion) {

        static final String TIME = "Enter the start time, like 09:30 or 14:00";
        static final String LENGTH = "Enter the length in minutes, like 60";

        ScheduleForm {
            apprenticeshipIds = apprenticeshipIds == null ? List.of() : List.copyOf(apprenticeshipIds);
        }

        static ScheduleForm blank(List<String> apprenticeshipIds) {
            return new ScheduleForm(apprenticeshipIds, "", "", "60", "", "", "", "", null);
        }

        /** What was typed, as the service takes it (once checked). */
        SessionPlan plan() {
            Set<ApprenticeshipId> chosen = new LinkedHashSet<>();
            apprenticeshipIds.stream().map(SessionForms::id).filter(java.util.Objects::nonNull).forEach(chosen::add);
            String at = time.strip();
            List<String> codes = new ArrayList<>();
            if (ksbs != null) {
                for (String part : ksbs.split("[,;\\s]+")) {
                    String code = part.strip().toUpperCase(Locale.ROOT);
                    if (!code.isEmpty() && !codes.contains(code)) {
                        codes.add(code);
                    }
                }
            }
            return new SessionPlan(List.copyOf(chosen), TypedValues.date(date).orElseThrow(),
                    LocalTime.parse(at.length() == 4 || at.length() == 7 ? "0" + at : at),
                    Integer.parseInt(durationMinutes.strip().replace("+", "")), text(place), text(remoteLink),
                    topic == null ? "" : topic.strip(), codes, lockVersion);
        }
    }

    /** An apprentice sent who is not one the person may choose (or not an id at all). */
    static final String CHOOSE_APPRENTICES = "Choose apprentices from the list";

    /**
     * On {@link ScheduleForm}: the apprentices are chosen from the list (ids), at least one and at most 30 of them.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Apprentices.Check.class)
    @interface Apprentices {

        String message() default "Choose the apprentice, or the apprentices of a group";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Apprentices, List<String>> {

            @Override
            public boolean isValid(List<String> ids, ConstraintValidatorContext context) {
                List<String> given = ids == null ? List.of()
                        : ids.stream().filter(id -> id != null && !id.isBlank()).toList();
                String problem;
                if (given.stream().anyMatch(id -> id(id) == null)) {
                    problem = CHOOSE_APPRENTICES;
                } else if (given.isEmpty()) {
                    return false;
                } else if (given.stream().map(SessionForms::id).distinct().count() > 30) {
                    problem = "A group session has at most 30 apprentices";
                } else {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
                return false;
            }
        }
    }

    /** Cancelling a session: why, told to everyone invited. */
    record CancelForm(
            @NotBlank(message = "Enter why the session is cancelled")
            @Size(max = 4000, message = "The reason must be {max} characters or fewer") String reason,
            Integer lockVersion) {

        String why() {
            return reason.strip();
        }
    }

    /**
     * What the tutor records after a session: attendance by apprenticeship id (ATTENDED, LATE or ABSENT; whether
     * each apprentice has one is the session's to say), what was delivered or assessed, and the actions and
     * assessment plans agreed. Blank action rows are left out.
     */
    @Attended
    record RecordForm(Map<String, String> attendance,
            @NotBlank(message = "Enter what was delivered or assessed")
            @Size(max = 4000, message = "What was delivered must be {max} characters or fewer") String delivered,
            @AgreedActions List<ActionForm> actions, Integer lockVersion, @JsonIgnore List<Attendee> attendees) {

        RecordForm {
            attendance = attendance == null ? Map.of() : new LinkedHashMap<>(attendance);
            actions = actions == null ? List.of() : new ArrayList<>(actions);
            attendees = attendees == null ? List.of() : List.copyOf(attendees);
        }

        RecordForm(Map<String, String> attendance, String delivered, List<ActionForm> actions, Integer lockVersion) {
            this(attendance, delivered, actions, lockVersion, List.of());
        }

        static RecordForm blank(Integer lockVersion) {
            return new RecordForm(Map.of(), "", List.of(), lockVersion);
        }

        /** The same answers, to be checked for the attendance of each of the session's apprentices. */
        RecordForm of(List<Attendee> session) {
            return new RecordForm(attendance, delivered, actions, lockVersion, session);
        }

        /** The attendance given for each apprenticeship, by its id (a key that is no id is none). */
        Map<ApprenticeshipId, String> attendanceById() {
            Map<ApprenticeshipId, String> byId = new LinkedHashMap<>();
            attendance.forEach((key, value) -> {
                ApprenticeshipId id = id(key);
                if (id != null) {
                    byId.put(id, upper(value, ""));
                }
            });
            return byId;
        }

        List<SessionRecords.Agreed> agreed() {
            return SessionForms.agreed(actions);
        }
    }

    /** On {@link RecordForm}: each apprentice of the session has their attendance, said with the form's other problems. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Attended.Check.class)
    @interface Attended {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Attended, RecordForm> {

            @Override
            public boolean isValid(RecordForm form, ConstraintValidatorContext context) {
                Map<String, String> unrecorded = form == null ? Map.of()
                        : SessionRecords.unrecorded(form.attendees(), form.attendanceById());
                context.disableDefaultConstraintViolation();
                // a learner's name as written, never read as a message template
                unrecorded.forEach((field, message) -> context.buildConstraintViolationWithTemplate(message
                        .replace("\\", "\\\\").replace("$", "\\$").replace("{", "\\{")).addPropertyNode(field)
                        .addConstraintViolation());
                return unrecorded.isEmpty();
            }
        }
    }

    /** Agreeing another action on a recorded session: one row, which must be filled in. */
    record ActionsForm(@AgreedActions(atLeastOne = true) List<ActionForm> actions) {

        ActionsForm {
            actions = actions == null ? List.of() : new ArrayList<>(actions);
        }

        SessionRecords.Agreed agreed() {
            return SessionForms.agreed(actions).get(0);
        }
    }

    /**
     * An action or assessment plan agreed at a session, as typed.
     *
     * @param apprenticeshipId whose action it is; blank on a group session means one for each attendee
     * @param kind             ACTION (when blank) or ASSESSMENT_PLAN
     * @param owner            LEARNER, EMPLOYER or TUTOR
     */
    record ActionForm(String apprenticeshipId, String kind, String description, String owner, String dueDate) {

        boolean blank() {
            return text(description) == null && text(dueDate) == null;
        }
    }

    /** The rows filled in, numbered as the form shows them (from 1). */
    private static List<SessionRecords.Agreed> agreed(List<ActionForm> rows) {
        List<SessionRecords.Agreed> agreed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ActionForm row = rows.get(i);
            if (row != null && !row.blank()) {
                agreed.add(new SessionRecords.Agreed(i + 1, id(row.apprenticeshipId()), upper(row.kind(), "ACTION"),
                        row.description().strip(), upper(row.owner(), ""), TypedValues.date(row.dueDate()).orElseThrow()));
            }
        }
        return agreed;
    }

    /**
     * On a list of {@link ActionForm}: each row filled in says what was agreed (in 4000 characters or fewer), its kind,
     * who owns it and a real due date, and names an apprentice by id if it names one; a blank row is left out. Each
     * problem is said against the row's field, naming the action by its number.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AgreedActions.Check.class)
    @interface AgreedActions {

        /** Whether the first row must be filled in (agreeing one more action). */
        boolean atLeastOne() default false;

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<AgreedActions, List<ActionForm>> {

            private boolean atLeastOne;

            @Override
            public void initialize(AgreedActions annotation) {
                this.atLeastOne = annotation.atLeastOne();
            }

            @Override
            public boolean isValid(List<ActionForm> rows, ConstraintValidatorContext context) {
                List<ActionForm> all = rows == null || rows.isEmpty() ? List.of() : rows;
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (atLeastOne && (all.isEmpty() || all.get(0) == null || all.get(0).blank())) {
                    valid = problem(context, 0, "description", "Enter what was agreed in action 1");
                }
                for (int i = 0; i < all.size(); i++) {
                    ActionForm row = all.get(i);
                    if (row == null || row.blank()) {
                        continue;
                    }
                    String number = String.valueOf(i + 1);
                    String description = text(row.description());
                    if (description == null) {
                        valid = problem(context, i, "description", "Enter what was agreed in action " + number);
                    } else if (description.length() > SessionRecords.LONGEST_TEXT) {
                        valid = problem(context, i, "description", "Action " + number + " must be " + SessionRecords.LONGEST_TEXT
                                + " characters or fewer");
                    }
                    if (!SessionRecords.KINDS.contains(upper(row.kind(), "ACTION"))) {
                        valid = problem(context, i, "kind", "Choose whether action " + number
                                + " is an action or an assessment plan");
                    }
                    if (!SessionRecords.OWNERS.contains(upper(row.owner(), ""))) {
                        valid = problem(context, i, "owner", "Choose who owns action " + number);
                    }
                    if (TypedValues.date(row.dueDate()).isEmpty()) {
                        valid = problem(context, i, "dueDate", "Enter the due date of action " + number
                                + " as a real date, like 27/4/2026");
                    }
                    if (text(row.apprenticeshipId()) != null && id(row.apprenticeshipId()) == null) {
                        valid = problem(context, i, "apprenticeshipId", SessionRecords.chooseAttendee(i + 1));
                    }
                }
                return valid;
            }

            /** Says the problem against the row's field ("actions[1].owner"); always false. */
            private static boolean problem(ConstraintValidatorContext context, int row, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).inIterable().atIndex(row)
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
