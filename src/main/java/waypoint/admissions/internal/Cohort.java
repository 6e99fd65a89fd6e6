package waypoint.admissions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A group starting one standard together (docs/domain/admissions.md, "Cohorts"): its start date, capacity, tutor,
 * delivery pattern and the group sessions planned for it. It guards its capacity: a place is taken only while one
 * is left, and the capacity is never set below the places taken.
 */
public final class Cohort {

    /** A group teaching session planned for the whole cohort. */
    public record PlannedSession(LocalDate heldOn, String topic) {
    }

    /**
     * When and where the cohort's group sessions are held, each the same: the start time, the length in minutes, and
     * a place or a link (https://) to join remotely.
     */
    public record SessionTimes(java.time.LocalTime startsAt, int minutes, String place) {
    }

    private final UUID id;
    private final UUID courseId;
    private String name;
    private LocalDate startDate;
    private int capacity;
    private int placesTaken;
    private UUID tutorStaffId;
    private String deliveryPattern;
    private List<PlannedSession> sessions;
    private SessionTimes sessionTimes;
    private final int version;

    Cohort(UUID id, UUID courseId, String name, LocalDate startDate, int capacity, int placesTaken, UUID tutorStaffId,
            String deliveryPattern, List<PlannedSession> sessions, SessionTimes sessionTimes, int version) {
        this.sessionTimes = sessionTimes;
        this.id = id;
        this.courseId = courseId;
        this.name = name;
        this.startDate = startDate;
        this.capacity = capacity;
        this.placesTaken = placesTaken;
        this.tutorStaffId = tutorStaffId;
        this.deliveryPattern = deliveryPattern;
        this.sessions = List.copyOf(sessions);
        this.version = version;
    }

    public static Cohort plan(UUID courseId, String name, LocalDate startDate, int capacity, UUID tutorStaffId,
            String deliveryPattern, List<PlannedSession> sessions) {
        requireCapacity(capacity, 0);
        return new Cohort(UUID.randomUUID(), Objects.requireNonNull(courseId), name, startDate, capacity, 0,
                Objects.requireNonNull(tutorStaffId, "tutorStaffId"), deliveryPattern, sessions, null, 0);
    }

    /** Changes what was planned; the capacity never drops below the places already taken. */
    public void replan(String name, LocalDate startDate, int capacity, UUID tutorStaffId, String deliveryPattern,
            List<PlannedSession> sessions) {
        requireCapacity(capacity, placesTaken);
        this.name = name;
        this.startDate = startDate;
        this.capacity = capacity;
        this.tutorStaffId = Objects.requireNonNull(tutorStaffId, "tutorStaffId");
        this.deliveryPattern = deliveryPattern;
        this.sessions = List.copyOf(sessions);
    }

    /** Says when and where the group sessions are held, so they can be put in the apprentices' calendars. */
    public void holdGroupSessions(SessionTimes times) {
        this.sessionTimes = Objects.requireNonNull(times, "times");
    }

    /** When and where the group sessions are held; empty until staff say (the sessions are then not scheduled). */
    public java.util.Optional<SessionTimes> sessionTimes() {
        return java.util.Optional.ofNullable(sessionTimes);
    }

    public void requirePlace() {
        if (placesLeft() <= 0) {
            throw new AdmissionRefused("The cohort " + name + " is full: all " + capacity + " places are taken");
        }
    }

    void takePlace() {
        requirePlace();
        placesTaken++;
    }

    private static void requireCapacity(int capacity, int taken) {
        if (capacity < 1) {
            throw new AdmissionRefused("A cohort has at least one place");
        }
        if (capacity < taken) {
            throw new AdmissionRefused("The cohort already has " + taken + " accepted: its capacity cannot be fewer");
        }
    }

    public int placesLeft() {
        return capacity - placesTaken;
    }

    public UUID id() {
        return id;
    }

    public UUID courseId() {
        return courseId;
    }

    public String name() {
        return name;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int capacity() {
        return capacity;
    }

    public int placesTaken() {
        return placesTaken;
    }

    public UUID tutorStaffId() {
        return tutorStaffId;
    }

    public String deliveryPattern() {
        return deliveryPattern;
    }

    public List<PlannedSession> sessions() {
        return sessions;
    }

    public int version() {
        return version;
    }
}
