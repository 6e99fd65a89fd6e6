package waypoint.demo.scale;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

import waypoint.shared.time.GovUkDates;

/**
 * Who is in the reference data set and the facts every part of it agrees on (docs/performance.md, "The reference
 * data set"): each apprenticeship's learner, employer and line manager, tutor and start; a tenth withdrawn 200 days
 * after the start, the rest in learning today. Ids are made from a fixed seed, so every table agrees.
 */
record Population(LocalDate today, UUID[] staffIds, UUID[] staffAccounts, UUID[] employerIds, UUID[] contactIds,
        UUID[] contactAccounts, UUID[] learnerIds, UUID[] learnerAccounts, UUID[] apprenticeshipIds,
        LocalDate[] starts) {

    static final String TUTOR_NAME = "Scale Tutor";
    static final String LEARNER_NAME = "Scale Learner";
    /** Days from the start to a withdrawal, on the tenth withdrawn. */
    static final int WITHDRAWN_AFTER_DAYS = 200;

    /** The accounts 0 of staff and learners are the benchmark's two, made before by the generator. */
    static Population of(LocalDate today, int apprenticeships, int staff, int employers, UUID tutorAccount,
            UUID learnerAccount) {
        UUID[] staffAccounts = ids(staff, 5);
        UUID[] learnerAccounts = ids(apprenticeships, 6);
        if (staff > 0) {
            staffAccounts[0] = tutorAccount;
        }
        if (apprenticeships > 0) {
            learnerAccounts[0] = learnerAccount;
        }
        return new Population(today, ids(staff, 1), staffAccounts, ids(employers, 2), ids(employers, 7),
                ids(employers, 8), ids(apprenticeships, 3), learnerAccounts, ids(apprenticeships, 4),
                new LocalDate[apprenticeships]);
    }

    static UUID[] ids(int count, long kind) {
        UUID[] ids = new UUID[count];
        SplittableRandom random = new SplittableRandom(kind);
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong());
        }
        return ids;
    }

    int size() {
        return apprenticeshipIds.length;
    }

    /** The benchmark tutor (staff 0) has the first 60 apprenticeships; the rest are spread over the others. */
    int tutorOf(int apprenticeship) {
        int staff = staffIds.length;
        return apprenticeship < 60 || staff == 1 ? 0 : 1 + apprenticeship % (staff - 1);
    }

    static boolean withdrawn(int apprenticeship) {
        return apprenticeship % 10 == 9;
    }

    LocalDate withdrawnOn(int apprenticeship) {
        return starts[apprenticeship].plusDays(WITHDRAWN_AFTER_DAYS);
    }

    /** The last day of learning so far: the withdrawal, or today. */
    LocalDate lastDay(int apprenticeship) {
        return withdrawn(apprenticeship) ? withdrawnOn(apprenticeship) : today;
    }

    /** A staff member's name, on their record and their account alike. */
    static String staffName(int staff) {
        return staff == 0 ? TUTOR_NAME : "Staff " + staff;
    }

    UUID tutorAccount(int apprenticeship) {
        return staffAccounts[tutorOf(apprenticeship)];
    }

    String tutorName(int apprenticeship) {
        return staffName(tutorOf(apprenticeship));
    }

    /** The learner's name on their record (given names and family name). */
    static String learnerName(int apprenticeship) {
        return "Learner Number " + apprenticeship;
    }

    /** The name on the learner's account: the benchmark learner's is their own. */
    static String learnerAccountName(int apprenticeship) {
        return apprenticeship == 0 ? LEARNER_NAME : learnerName(apprenticeship);
    }

    static String learnerEmail(int apprenticeship) {
        return "learner" + apprenticeship + "@scale.test";
    }

    int employerOf(int apprenticeship) {
        return apprenticeship % employerIds.length;
    }

    UUID contactAccount(int apprenticeship) {
        return contactAccounts[employerOf(apprenticeship)];
    }

    static String contactName(int employer) {
        return "Contact " + employer;
    }

    /** The first working day (Monday to Friday) on or after the date. */
    static LocalDate weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY ? date.plusDays(2) : day == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    /** The instant of a London clock time on the day. */
    static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(GovUkDates.LONDON).toInstant();
    }

    /** A text field for COPY's CSV: quoted, so commas, quotes and new lines stay in it. */
    static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
