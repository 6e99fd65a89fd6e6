package waypoint.demo.scale;

import static waypoint.demo.scale.Population.at;
import static waypoint.demo.scale.Population.text;
import static waypoint.demo.scale.Population.weekday;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.postgresql.copy.CopyManager;

/**
 * Teaching sessions, messages, informal support cases, survey answers, in-app notifications and the audit trail of the
 * reference data set (docs/performance.md), each row one the application itself could have written: sessions every
 * four weeks of learning (docs/domain/teaching-sessions.md), recorded with attendance and an agreed action, the time of
 * those who attended as approved off-the-job training, the next one scheduled; three message threads each; a tenth
 * of the apprentices at an informal stage of support or back off it (docs/domain/support-policy.md); the first
 * three months' survey; a notice for each message, session and review record to sign; every sign-in.
 */
final class ScaleActivity {

    /** The delivery module's off-the-job source for a session's attendees (docs/domain/teaching-sessions.md). */
    static final String SESSION_SOURCE = "Teaching session";
    static final String TOPIC = "One-to-one: portfolio and off-the-job hours";
    private static final String[] SUBJECTS = {"Evidence for my next unit", "Booking my next review",
            "Off-the-job hours this month"};

    private final Population people;
    private final ScaleReviews reviews;

    ScaleActivity(Population people, ScaleReviews reviews) {
        this.people = people;
        this.reviews = reviews;
    }

    // ------------------------------------------------------------------------------------------ teaching sessions

    /** A session of an apprenticeship: SCHEDULED, RECORDED or CANCELLED, with its attendance once recorded. */
    record Session(int k, UUID id, LocalDate day, String state, String attendance) {

        boolean attended() {
            return "ATTENDED".equals(attendance) || "LATE".equals(attendance);
        }
    }

    static UUID sessionId(int apprenticeship, int k) {
        return new UUID(0x5e55100000000000L | apprenticeship, 0x8000000000000000L | k);
    }

    /**
     * Every four weeks from a fortnight after the start (within the provider's 35 days between sessions), on a
     * weekday at 10:00: recorded before today, one to come; one in 17 cancelled.
     */
    List<Session> sessions(int a) {
        List<Session> sessions = new ArrayList<>();
        boolean withdrawn = Population.withdrawn(a);
        for (int k = 0; ; k++) {
            LocalDate day = weekday(people.starts()[a].plusDays(14 + 28L * k));
            if (withdrawn && day.isAfter(people.withdrawnOn(a))) {
                return sessions;
            }
            if (!day.isBefore(people.today())) {
                if (!withdrawn) {
                    sessions.add(new Session(k, sessionId(a, k), day, "SCHEDULED", null));
                }
                return sessions;
            }
            if (k % 17 == 16) {
                sessions.add(new Session(k, sessionId(a, k), day, "CANCELLED", null));
            } else {
                sessions.add(new Session(k, sessionId(a, k), day, "RECORDED",
                        k % 13 == 6 ? "ABSENT" : k % 11 == 4 ? "LATE" : "ATTENDED"));
            }
        }
    }

    /** The action agreed at a recorded session is done by its due date, but for the last one of one in four. */
    private boolean actionDone(int a, List<Session> sessions, Session s) {
        LocalDate due = s.day().plusDays(14);
        Session lastRecorded = sessions.stream().filter(x -> x.state().equals("RECORDED"))
                .reduce((first, second) -> second).orElse(null);
        return due.isBefore(people.today()) && !(a % 4 == 1 && s == lastRecorded);
    }

    long[] copySessions(CopyManager copy) throws SQLException, IOException {
        long[] rows = new long[3];
        int n = people.size();
        rows[0] = BulkLoad.copyEach(copy, "delivery_session (id, kind, state, starts_at, duration_minutes, place,"
                + " remote_link, topic, planned_ksbs, tutor_account_id, tutor_name, delivered, cancel_reason,"
                + " recorded_at, sequence, lock_version, created_at, updated_at)", n, (a, out) -> {
                    List<Session> sessions = sessions(a);
                    for (Session s : sessions) {
                        LocalDate planned = s.day().minusDays(14).isBefore(people.today()) ? s.day().minusDays(14)
                                : people.today().minusDays(1);
                        Instant created = at(planned, 9, 0);
                        Instant updated = switch (s.state()) {
                            case "RECORDED" -> at(s.day(), 11, 30);
                            case "CANCELLED" -> at(s.day().minusDays(1), 8, 0);
                            default -> created;
                        };
                        out.append(s.id()).append(",ONE_TO_ONE,").append(s.state()).append(',')
                                .append(at(s.day(), 10, 0)).append(",60,");
                        text(out, ScaleReviews.PLACE).append(",,");
                        text(out, TOPIC).append(",\"\",").append(people.tutorAccount(a)).append(',');
                        text(out, people.tutorName(a)).append(',');
                        if (s.state().equals("RECORDED")) {
                            text(out, "Went through the portfolio and the hours logged since the last session.");
                        }
                        out.append(',');
                        if (s.state().equals("CANCELLED")) {
                            text(out, "The apprentice was off sick");
                        }
                        out.append(',').append(s.state().equals("RECORDED") ? updated : "").append(',')
                                .append(s.state().equals("CANCELLED") ? 1 : 0).append(',')
                                .append(s.state().equals("SCHEDULED") ? 0 : 1).append(',').append(created).append(',')
                                .append(updated).append('\n');
                    }
                    return sessions.size();
                });
        rows[1] = BulkLoad.copyEach(copy, "delivery_session_learner (session_id, apprenticeship_id, attendance)", n,
                (a, out) -> {
                    List<Session> sessions = sessions(a);
                    for (Session s : sessions) {
                        out.append(s.id()).append(',').append(people.apprenticeshipIds()[a]).append(',')
                                .append(s.attendance() == null ? "" : s.attendance()).append('\n');
                    }
                    return sessions.size();
                });
        rows[2] = BulkLoad.copyEach(copy, "delivery_action (id, session_id, apprenticeship_id, kind, description, owner,"
                + " due_date, status, done_at, done_by, created_at)", n, (a, out) -> {
                    int count = 0;
                    List<Session> sessions = sessions(a);
                    for (Session s : sessions) {
                        if (!s.state().equals("RECORDED")) {
                            continue;
                        }
                        boolean done = actionDone(a, sessions, s);
                        LocalDate due = s.day().plusDays(14);
                        out.append(new UUID(s.id().getMostSignificantBits(), s.k() + 1L)).append(',').append(s.id())
                                .append(',').append(people.apprenticeshipIds()[a]).append(',')
                                .append(s.k() % 3 == 2 ? "ASSESSMENT_PLAN," : "ACTION,");
                        text(out, s.k() % 3 == 2 ? "Plan the observation for the next unit with the line manager"
                                : "Add this month's work to the portfolio").append(",LEARNER,").append(due)
                                .append(done ? ",DONE," : ",OPEN,").append(done ? at(due.minusDays(2), 17, 0) : "")
                                .append(',').append(done ? people.learnerAccounts()[a] : "").append(',')
                                .append(at(s.day(), 11, 30)).append('\n');
                        count++;
                    }
                    return count;
                });
        return rows;
    }

    /**
     * The off-the-job entry each attendee of a recorded session has (mentoring, the session's hour), approved by the
     * tutor two days later, or waiting for approval when recorded in the last fortnight.
     */
    long copySessionEntries(CopyManager copy) throws SQLException, IOException {
        return BulkLoad.copyEach(copy, "otj_entry (id, apprenticeship_id, learner_id, activity_date, start_time,"
                + " end_time, minutes, activity_type, description, source, source_reference, state, reviewed_by,"
                + " reviewed_at, created_at, updated_at)", people.size(), (a, out) -> {
                    int count = 0;
                    for (Session s : sessions(a)) {
                        if (!s.state().equals("RECORDED") || !s.attended()) {
                            continue;
                        }
                        boolean approved = s.day().isBefore(people.today().minusDays(14));
                        Instant recorded = at(s.day(), 11, 30);
                        out.append(new UUID(0x0771e00000000000L | a, 0x8000000000000000L | s.k())).append(',')
                                .append(people.apprenticeshipIds()[a]).append(',').append(people.learnerIds()[a])
                                .append(',').append(s.day()).append(",10:00,11:00,60,MENTORING,");
                        text(out, "Teaching session: " + TOPIC).append(',').append(SESSION_SOURCE).append(',')
                                .append(s.id()).append(':').append(people.apprenticeshipIds()[a])
                                .append(approved ? ",APPROVED," : ",SUBMITTED,")
                                .append(approved ? people.tutorAccount(a) : "").append(',')
                                .append(approved ? at(s.day().plusDays(2), 12, 0) : "").append(',').append(recorded)
                                .append(',').append(approved ? at(s.day().plusDays(2), 12, 0) : recorded).append('\n');
                        count++;
                    }
                    return count;
                });
    }

    // ------------------------------------------------------------------------------------------------- messages

    /** A thread: the apprentice asks, the tutor answers the next day, the apprentice thanks them. */
    record MessageThread(int t, UUID id, LocalDate day, String subject) {

        UUID message(int m) {
            return new UUID(0x3e55000000000000L | (id.getMostSignificantBits() & 0xFFFFFFFFFFFL), t * 3L + m);
        }

        Instant at(int m) {
            return m == 0 ? Population.at(day, 9, 15) : Population.at(day.plusDays(1), m == 1 ? 14 : 16, m == 1 ? 0 : 30);
        }
    }

    List<MessageThread> threads(int a) {
        List<MessageThread> threads = new ArrayList<>();
        for (int t = 0; t < SUBJECTS.length; t++) {
            LocalDate day = weekday(people.starts()[a].plusDays(20 + 90L * t + a % 7));
            if (!day.plusDays(1).isBefore(people.today()) || day.plusDays(1).isAfter(people.lastDay(a))) {
                break;
            }
            threads.add(new MessageThread(t, new UUID(0x7e5a000000000000L | a, 0x8000000000000000L | t), day, SUBJECTS[t]));
        }
        return threads;
    }

    private static final String[] BODIES = {
        "Could you have a look at what I have added before our next session?",
        "Thanks: it covers most of the unit. Add the witness statement from your line manager and it is complete.",
        "Thank you, I will ask them this week."};

    /** Whether the tutor has read the thread to its end: not the newest for one apprentice in four. */
    private static boolean tutorRead(int a, List<MessageThread> threads, MessageThread thread) {
        return !(a % 4 == 0 && thread == threads.get(threads.size() - 1));
    }

    long[] copyMessages(CopyManager copy) throws SQLException, IOException {
        long[] rows = new long[3];
        int n = people.size();
        rows[0] = BulkLoad.copyEach(copy, "message_thread (id, apprenticeship_id, subject, employer_included,"
                + " started_by, created_at, last_message_at)", n, (a, out) -> {
                    List<MessageThread> threads = threads(a);
                    for (MessageThread th : threads) {
                        out.append(th.id()).append(',').append(people.apprenticeshipIds()[a]).append(',');
                        text(out, th.subject()).append(",false,").append(people.learnerAccounts()[a]).append(',')
                                .append(th.at(0)).append(',').append(th.at(2)).append('\n');
                    }
                    return threads.size();
                });
        rows[1] = BulkLoad.copyEach(copy, "message (id, thread_id, author_account_id, author_name, body, created_at)",
                n, (a, out) -> {
                    List<MessageThread> threads = threads(a);
                    for (MessageThread th : threads) {
                        for (int m = 0; m < 3; m++) {
                            boolean tutor = m == 1;
                            out.append(th.message(m)).append(',').append(th.id()).append(',')
                                    .append(tutor ? people.tutorAccount(a) : people.learnerAccounts()[a]).append(',');
                            text(out, tutor ? people.tutorName(a) : Population.learnerAccountName(a)).append(',');
                            text(out, BODIES[m]).append(',').append(th.at(m)).append('\n');
                        }
                    }
                    return threads.size() * 3;
                });
        rows[2] = BulkLoad.copyEach(copy, "message_read (thread_id, account_id, last_read_at)", n, (a, out) -> {
            List<MessageThread> threads = threads(a);
            for (MessageThread th : threads) {
                out.append(th.id()).append(',').append(people.learnerAccounts()[a]).append(',').append(th.at(2))
                        .append('\n');
                out.append(th.id()).append(',').append(people.tutorAccount(a)).append(',')
                        .append(tutorRead(a, threads, th) ? th.at(2) : th.at(1)).append('\n');
            }
            return threads.size() * 2;
        });
        return rows;
    }

    // ----------------------------------------------------------------------------------------------- notifications

    /**
     * What each person was told in Waypoint: each message's other party, the apprentice of their next session, and
     * the three people of the last review record sent for signatures (and that it is signed). Read, but the newest.
     */
    long copyNotifications(CopyManager copy) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(21);
        return BulkLoad.copyEach(copy, "notification (id, recipient_id, title, body, link, dedupe_key, created_at,"
                + " read_at)", people.size(), (a, out) -> {
                    int count = 0;
                    List<MessageThread> threads = threads(a);
                    for (MessageThread th : threads) {
                        for (int m = 0; m < 3; m++) {
                            boolean toTutor = m != 1;
                            UUID to = toTutor ? people.tutorAccount(a) : people.learnerAccounts()[a];
                            String author = m == 1 ? people.tutorName(a) : Population.learnerAccountName(a);
                            boolean read = toTutor ? tutorRead(a, threads, th) || m == 0
                                    : !(a % 3 == 0 && th == threads.get(threads.size() - 1));
                            notice(out, random, to, "New message: " + th.subject(), author + " wrote: " + BODIES[m],
                                    "/messages/" + th.id(), "message:" + th.message(m) + ":" + to + ":notice",
                                    th.at(m), read ? th.at(m).plusSeconds(3600) : null);
                            count++;
                        }
                    }
                    for (Session s : sessions(a)) {
                        if (s.state().equals("SCHEDULED")) {
                            UUID to = people.learnerAccounts()[a];
                            LocalDate planned = s.day().minusDays(14).isBefore(people.today()) ? s.day().minusDays(14)
                                    : people.today().minusDays(1);
                            notice(out, random, to, "Session scheduled: " + TOPIC, "A teaching and learning session is"
                                    + " scheduled for " + waypoint.shared.time.GovUkDates.time(at(s.day(), 10, 0))
                                    + " (60 minutes), " + ScaleReviews.PLACE.toLowerCase() + ".",
                                    "/sessions/" + s.id(), "session:" + s.id() + ":scheduled:" + to + ":notice",
                                    at(planned, 9, 0), null);
                            count++;
                        }
                    }
                    List<ScaleReviews.Review> all = reviews.of(a);
                    ScaleReviews.Review last = all.size() > 1 ? all.get(all.size() - 2) : null;
                    if (last != null) {
                        boolean signed = reviews.heldState(a, all, last).equals("SIGNED");
                        String[] parties = {"LEARNER", "EMPLOYER", "TUTOR"};
                        UUID[] accounts = {people.learnerAccounts()[a], people.contactAccount(a),
                                people.tutorAccount(a)};
                        for (int p = 0; p < 3; p++) {
                            Instant sent = at(last.heldOn(), 15, 0);
                            notice(out, random, accounts[p], "Please sign progress review " + last.number(),
                                    "Version 1 of the record of progress review " + last.number()
                                            + " is ready for your signature. ", "/reviews/" + last.id(),
                                    "review-sign:" + last.id() + ":v1:" + parties[p] + ":notice", sent,
                                    signed ? sent.plusSeconds(3600) : null);
                            count++;
                            if (signed) {
                                Instant done = at(last.heldOn().plusDays(2), 11, 30);
                                notice(out, random, accounts[p], "Progress review " + last.number() + " is signed",
                                        "All three of you have signed progress review " + last.number()
                                                + ". The record is locked; its PDF is on the review's page.",
                                        "/reviews/" + last.id(), "review-signed:" + last.id() + ":v1:" + parties[p]
                                                + ":notice", done, null);
                                count++;
                            }
                        }
                    }
                    return count;
                });
    }

    private static void notice(StringBuilder out, SplittableRandom random, UUID to, String title, String body,
            String link, String key, Instant created, Instant read) {
        out.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(to).append(',');
        text(out, title).append(',');
        text(out, body).append(',');
        text(out, link).append(',');
        text(out, key).append(',').append(created).append(',').append(read == null ? "" : read).append('\n');
    }

    // ------------------------------------------------------------------------------------- informal support cases

    /**
     * One apprenticeship in ten has had a support case at an informal stage (docs/domain/support-policy.md): open at
     * stage 1, moved on to stage 2, or closed off support from either; opened by the tutor. Formal stages are added
     * through the support case module itself ({@link ScaleCases}).
     */
    static int supportPattern(int a) {
        int r = a % 40;
        return r == 3 ? 1 : r == 13 ? 2 : r == 23 ? 3 : r == 33 ? 4 : 0;
    }

    private static final String[] KINDS = {"PASTORAL", "PLACEMENT", "BOTH"};
    private static final String[] REASONS = {"Missed two sessions and is behind with off-the-job hours",
            "Finding the new team at work difficult; the portfolio has stalled",
            "Money worries mentioned at the last review; wants help planning the month"};

    /** The day the case opened: in the last few weeks for an open case, months ago for a closed one. */
    private LocalDate opened(int a) {
        int pattern = supportPattern(a);
        LocalDate day = pattern == 1 ? people.today().minusDays(7 + (a / 40) % 42)
                : pattern == 2 ? people.today().minusDays(21 + (a / 40) % 42)
                        : people.starts()[a].plusDays(60 + (a / 40) % 60);
        return weekday(day);
    }

    static UUID caseId(int a) {
        return new UUID(0x5c0e000000000000L | a, 0x8000000000000001L);
    }

    long[] copySupportCases(CopyManager copy) throws SQLException, IOException {
        long[] rows = new long[2];
        int n = people.size();
        rows[0] = BulkLoad.copyEach(copy, "support_case (id, apprenticeship_id, stage, kind, reason, period, opened_at,"
                + " opened_by, closed_at, updated_at, version, stage_began_on)", n, (a, out) -> {
                    int pattern = supportPattern(a);
                    if (pattern == 0) {
                        return 0;
                    }
                    LocalDate opened = opened(a);
                    LocalDate moved = weekday(opened.plusDays(pattern == 2 ? 14 : 28));
                    String stage = switch (pattern) {
                        case 1 -> "STAGE_1";
                        case 2 -> "STAGE_2";
                        default -> "OFF_SUPPORT";
                    };
                    Instant openedAt = at(opened, 11, 0);
                    Instant movedAt = at(moved, 11, 0);
                    out.append(caseId(a)).append(',').append(people.apprenticeshipIds()[a]).append(',').append(stage)
                            .append(',').append(KINDS[a % 3]).append(',');
                    text(out, REASONS[a % 3]).append(',').append(pattern == 1 ? 1 : 2).append(',').append(openedAt)
                            .append(',').append(people.tutorAccount(a)).append(',')
                            .append(pattern >= 3 ? movedAt : "").append(',').append(pattern == 1 ? openedAt : movedAt)
                            .append(',').append(pattern == 1 ? 0 : 1).append(',').append(pattern == 1 ? opened : moved)
                            .append('\n');
                    return 1;
                });
        SplittableRandom random = new SplittableRandom(31);
        rows[1] = BulkLoad.copyEach(copy, "support_case_event (id, case_id, at, by_name, stage, text, staff_only)", n,
                (a, out) -> {
                    int pattern = supportPattern(a);
                    if (pattern == 0) {
                        return 0;
                    }
                    LocalDate opened = opened(a);
                    LocalDate moved = weekday(opened.plusDays(pattern == 2 ? 14 : 28));
                    String first = pattern == 4 ? "STAGE_2" : "STAGE_1";
                    String words = pattern == 4 ? "stage 2 (informal)" : "stage 1 (informal)";
                    event(out, random, a, at(opened, 11, 0), first, "Opened at " + words + ": " + REASONS[a % 3]);
                    if (pattern == 1) {
                        return 1;
                    }
                    event(out, random, a, at(moved, 11, 0), pattern == 2 ? "STAGE_2" : "OFF_SUPPORT",
                            pattern == 2 ? "Move to stage 2" : "Close the case: off support");
                    return 2;
                });
        return rows;
    }

    private void event(StringBuilder out, SplittableRandom random, int a, Instant at, String stage, String words) {
        out.append(new UUID(random.nextLong(), random.nextLong())).append(',').append(caseId(a)).append(',')
                .append(at).append(',');
        text(out, people.tutorName(a)).append(',').append(stage).append(',');
        text(out, words).append(",false\n");
    }

    // ---------------------------------------------------------------------------------------------------- surveys

    /** A question of the survey as the feedback module keeps it. */
    record Question(UUID id, String kind) {
    }

    /**
     * The first three months' survey, sent a month after each start under the key the survey job uses (so it is
     * never sent again); three in five answered within two days, the rest reminded a week later.
     */
    long[] copySurveys(CopyManager copy, UUID template, List<Question> questions) throws SQLException, IOException {
        long[] rows = new long[3];
        int n = people.size();
        SplittableRandom random = new SplittableRandom(41);
        HexFormat hex = HexFormat.of();
        rows[0] = BulkLoad.copyEach(copy, "survey_invitation (id, template_id, occasion_key, recipient_account_id,"
                + " recipient_email, recipient_name, learner_id, token, sent_at, reminded_at, answered_at)", n,
                (a, out) -> {
                    LocalDate sent = weekday(people.starts()[a].plusDays(30));
                    boolean answered = a % 5 < 3;
                    byte[] token = new byte[24];
                    for (int i = 0; i < token.length; i += 8) {
                        long bits = random.nextLong();
                        for (int b = 0; b < 8; b++) {
                            token[i + b] = (byte) (bits >>> (8 * b));
                        }
                    }
                    out.append(invitationId(a)).append(',').append(template).append(',').append(template)
                            .append(":first-3-months:").append(people.learnerIds()[a]).append(',')
                            .append(people.learnerAccounts()[a]).append(',').append(Population.learnerEmail(a))
                            .append(',');
                    text(out, Population.learnerName(a)).append(',').append(people.learnerIds()[a]).append(',')
                            .append(hex.formatHex(token)).append(',').append(at(sent, 9, 0)).append(',')
                            .append(answered ? "" : at(sent.plusDays(7), 9, 0)).append(',')
                            .append(answered ? at(sent.plusDays(2), 19, 0) : "").append('\n');
                    return 1;
                });
        rows[1] = BulkLoad.copyEach(copy, "survey_response (id, template_id, invitation_id, respondent, submitted_at)",
                n, (a, out) -> {
                    if (a % 5 >= 3) {
                        return 0;
                    }
                    out.append(responseId(a)).append(',').append(template).append(',').append(invitationId(a))
                            .append(',');
                    text(out, Population.learnerName(a)).append(',')
                            .append(at(weekday(people.starts()[a].plusDays(30)).plusDays(2), 19, 0)).append('\n');
                    return 1;
                });
        String[] better = {"More sessions in the evening", "Quicker feedback on my portfolio", "Nothing: it is going well"};
        rows[2] = BulkLoad.copyEach(copy, "survey_answer (response_id, question_id, rating, yes, text)", n,
                (a, out) -> {
                    if (a % 5 >= 3) {
                        return 0;
                    }
                    for (int q = 0; q < questions.size(); q++) {
                        Question question = questions.get(q);
                        out.append(responseId(a)).append(',').append(question.id()).append(',');
                        switch (question.kind()) {
                            case "RATING" -> out.append(3 + (a + q) % 3).append(",,");
                            case "YES_NO" -> out.append(',').append(a % 7 != 0).append(',');
                            default -> {
                                out.append(",,");
                                text(out, better[a % better.length]);
                            }
                        }
                        out.append('\n');
                    }
                    return questions.size();
                });
        return rows;
    }

    private static UUID invitationId(int a) {
        return new UUID(0x50e7000000000000L | a, 0x8000000000000001L);
    }

    private static UUID responseId(int a) {
        return new UUID(0x50e7000000000000L | a, 0x8000000000000002L);
    }

    // ------------------------------------------------------------------------------------------------ audit trail

    /**
     * The audit trail: every sign-in (each apprentice about once a fortnight over the last six months, each tutor
     * every working day, each line manager once a month), each message written and each review record sent.
     */
    long copyAudit(CopyManager copy) throws SQLException, IOException {
        int n = people.size();
        int staff = people.staffIds().length;
        int contacts = people.contactIds().length;
        LocalDate today = people.today();
        return BulkLoad.copyEach(copy, "audit_event (occurred_at, actor_id, actor_name, actor_email, remote_address,"
                + " record_type, record_id, action, before_summary, after_summary, sensitive)", n + staff + contacts,
                (i, out) -> {
                    int count = 0;
                    if (i < n) {
                        int a = i;
                        UUID account = people.learnerAccounts()[a];
                        String name = Population.learnerAccountName(a);
                        String email = a == 0 ? ReferenceDataGenerator.LEARNER : Population.learnerEmail(a);
                        for (int d = 0; d < 12; d++) {
                            LocalDate day = today.minusDays(3 + 14L * d + a % 14);
                            if (day.isBefore(people.starts()[a]) || day.isAfter(people.lastDay(a))) {
                                continue;
                            }
                            signIn(out, at(day, 8 + a % 10, 5), account, name, email);
                            count++;
                        }
                        for (MessageThread th : threads(a)) {
                            for (int m = 0; m < 3; m++) {
                                boolean tutor = m == 1;
                                audit(out, th.at(m), tutor ? people.tutorAccount(a) : account,
                                        tutor ? people.tutorName(a) : name, tutor ? staffEmail(people.tutorOf(a)) : email,
                                        "Message", th.message(m).toString(), "CREATED", null, "MessageThread " + th.id()
                                                + " by " + (tutor ? people.tutorName(a) : name));
                                count++;
                            }
                        }
                        for (ScaleReviews.Review r : reviews.of(a)) {
                            if (r.held()) {
                                audit(out, at(r.heldOn(), 15, 0), people.tutorAccount(a), people.tutorName(a),
                                        staffEmail(people.tutorOf(a)), "progress review record version 1",
                                        r.id().toString(), "CREATED", null, "First version");
                                count++;
                            }
                        }
                    } else if (i < n + staff) {
                        int s = i - n;
                        for (int d = 0; d < 120; d++) {
                            LocalDate day = today.minusDays(1 + d);
                            if (day.getDayOfWeek().getValue() > 5) {
                                continue;
                            }
                            signIn(out, at(day, 8, s % 60), people.staffAccounts()[s], Population.staffName(s),
                                    staffEmail(s));
                            count++;
                        }
                    } else {
                        int e = i - n - staff;
                        for (int d = 0; d < 6; d++) {
                            signIn(out, at(today.minusDays(5 + 30L * d + e % 30), 12, e % 60),
                                    people.contactAccounts()[e], Population.contactName(e), contactEmail(e));
                            count++;
                        }
                    }
                    return count;
                });
    }

    static String staffEmail(int staff) {
        return staff == 0 ? ReferenceDataGenerator.TUTOR : "staff" + staff + "@scale.test";
    }

    static String contactEmail(int employer) {
        return "contact" + employer + "@scale.test";
    }

    private static void signIn(StringBuilder out, Instant at, UUID account, String name, String email) {
        audit(out, at, account, name, email, "Account", account.toString(), "SIGNED_IN", null, null);
    }

    private static void audit(StringBuilder out, Instant at, UUID actor, String name, String email, String type,
            String id, String action, String before, String after) {
        out.append(at).append(',').append(actor).append(',');
        text(out, name).append(',');
        text(out, email).append(",192.0.2.10,");
        text(out, type).append(',').append(id).append(',').append(action).append(',');
        text(out, before).append(',');
        text(out, after).append(",false\n");
    }
}
