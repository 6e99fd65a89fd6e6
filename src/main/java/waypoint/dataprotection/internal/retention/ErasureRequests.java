package waypoint.dataprotection.internal.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.TextEmails;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Erasure on request (UK GDPR article 17; docs/domain/retention.md, "Erasure on request"): the data protection officer
 * records the request and Waypoint at once erases what the law allows, kind by kind, and explains what it must keep
 * and until when, from the retention settings. The explanation is kept on the request and emailed to the person
 * before their details go. It has no steps: recorded is answered.
 */
@Service
public class ErasureRequests {

    static final String RECORD_TYPE = "ErasureRequest";

    /** What happened to one kind of record. */
    public enum Outcome {
        ERASED, KEPT, NONE_HELD
    }

    /** One kind's answer: how many records were erased now, or until when they are kept, and why. */
    public record Line(RetentionRule rule, Outcome outcome, int records, LocalDate keptUntil, String explanation) {
    }

    public record Request(UUID id, UUID learnerId, String learnerName, LocalDate receivedOn, String words,
            String recordedByName, Instant recordedAt, List<Line> lines) {
    }

    private final RetentionSettings settings;
    private final RetentionJob job;
    private final Leavers leavers;
    private final Learners learners;
    private final UserAccounts accounts;
    private final TextEmails emails;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ErasureRequests(RetentionSettings settings, RetentionJob job, Leavers leavers, Learners learners,
            UserAccounts accounts, TextEmails emails, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.job = job;
        this.leavers = leavers;
        this.learners = learners;
        this.accounts = accounts;
        this.emails = emails;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public static boolean canRead(CurrentUser user) {
        return user.hasAny(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);
    }

    public static boolean canRecord(CurrentUser user) {
        return user.has(Role.DATA_PROTECTION_OFFICER);
    }

    /** Records the request, erases what may go now and answers the request with its explanation. */
    @Transactional
    public UUID record(CurrentUser user, String learnerEmail, LocalDate receivedOn, String words) {
        if (!canRecord(user)) {
            throw new AccessDeniedException("Only the data protection officer records an erasure request");
        }
        LocalDate today = LocalDate.now(clock);
        if (receivedOn.isAfter(today)) {
            throw new FieldValidationException("receivedOn", "The date received must be today or in the past");
        }
        LearnerSummary learner = accounts.findByEmail(learnerEmail.strip())
                .flatMap(account -> learners.findByAccount(account.id()))
                .orElseThrow(() -> new FieldValidationException("learnerEmail",
                        "No apprentice has that email address: check it against their learner record"));
        DataSubject subject = leavers.subject(learner.id().value()).orElseThrow(() -> new NotFoundException("Learner"));
        String name = learner.givenNames() + " " + learner.familyName();
        List<Line> lines = decide(subject, today);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Request request = new Request(id, learner.id().value(), name, receivedOn, blankToNull(words),
                user.displayName(), now,
                lines);
        insert(request);
        tell(learner, request);
        // the explanation is written and sent first: anonymising the learner removes the address it goes to
        List<Line> applied = apply(id, subject, lines, now);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, id, summary(applied)));
        return id;
    }

    /** For each kind: erase now, or keep until a day, with the reason, from the provider's retention settings. */
    List<Line> decide(DataSubject subject, LocalDate today) {
        Leavers.Ended ended = leavers.of(subject.learnerId());
        List<Line> lines = new ArrayList<>();
        for (RetentionSetting setting : settings.all()) {
            RetentionRule rule = setting.rule();
            String source = " (" + rule.source() + ")";
            Line line = switch (rule) {
                case APPRENTICESHIP_RECORDS, SAFEGUARDING_RECORDS -> {
                    if (ended.underWay()) {
                        yield new Line(rule, Outcome.KEPT, 0, null, "Kept while an apprenticeship is under way, then "
                                + setting.words().toLowerCase().replace("kept for ", "for ") + source);
                    }
                    LocalDate until = ended.anyApprenticeship() ? setting.keptUntil(ended.lastEndedOn()) : null;
                    if (until != null && until.isAfter(today)) {
                        yield new Line(rule, Outcome.KEPT, 0, until, setting.words() + " The records must be kept "
                                + "until " + GovUkDates.date(until) + source);
                    }
                    yield new Line(rule, Outcome.ERASED, 0, null, ended.anyApprenticeship()
                            ? "The retention period has passed: " + done(setting.action())
                            : "No apprenticeship was ever started, so nothing must be kept: " + done(setting.action()));
                }
                case UNCONVERTED_ADMISSIONS, SUBJECT_ACCESS_PACKS ->
                        new Line(rule, Outcome.ERASED, 0, null, "Nothing requires these to be kept: deleted now");
                case MESSAGES -> new Line(rule, Outcome.ERASED, 0, setting.keptUntil(today),
                        "In-app notices deleted now. Emails already sent are the provider's record of what it told "
                                + "people: each is " + setting.words().toLowerCase().replace(", then deleted.", "")
                                + ", then deleted" + source);
                case AUDIT_EVENTS -> new Line(rule, Outcome.KEPT, 0, setting.keptUntil(today),
                        "The audit trail shows who made and changed the records that must be kept: "
                                + setting.words().toLowerCase() + source);
            };
            lines.add(line);
        }
        return lines;
    }

    private static String done(RetentionAction action) {
        return action == RetentionAction.ANONYMISE ? "anonymised now" : "deleted now";
    }

    /** Erases the kinds marked so, through the modules that keep them; answers the lines with their counts. */
    private List<Line> apply(UUID requestId, DataSubject subject, List<Line> lines, Instant now) {
        List<Line> applied = new ArrayList<>();
        int position = 0;
        for (Line line : lines) {
            int records = 0;
            if (line.outcome() == Outcome.ERASED) {
                RetentionAction action = settings.of(line.rule()).action();
                for (PersonalDataRetention module : job.modulesKeeping(line.rule().kind())) {
                    records += module.applyTo(subject, action);
                }
                if (line.rule().perLearner()) {
                    leavers.markDone(subject.learnerId(), line.rule().kind(), now);
                }
            }
            Line done = line.outcome() == Outcome.ERASED && records == 0 && line.keptUntil() == null
                    ? new Line(line.rule(), Outcome.NONE_HELD, 0, null, line.explanation())
                    : new Line(line.rule(), line.outcome(), records, line.keptUntil(), line.explanation());
            jdbc.sql("""
                    UPDATE erasure_request_line SET outcome = :outcome, records = :records
                    WHERE request_id = :id AND position = :position""")
                    .param("outcome", done.outcome().name()).param("records", records).param("id", requestId)
                    .param("position", position++).update();
            applied.add(done);
        }
        return applied;
    }

    private void insert(Request r) {
        jdbc.sql("""
                INSERT INTO erasure_request (id, learner_id, learner_name, received_on, request_words,
                    recorded_by_name, recorded_at)
                VALUES (:id, :learner, :name, :received, :words, :by, :at)""")
                .param("id", r.id()).param("learner", r.learnerId()).param("name", r.learnerName())
                .param("received", r.receivedOn()).param("words", r.words()).param("by", r.recordedByName())
                .param("at", r.recordedAt().atOffset(ZoneOffset.UTC)).update();
        int position = 0;
        for (Line line : r.lines()) {
            jdbc.sql("""
                    INSERT INTO erasure_request_line (request_id, position, kind, outcome, records, kept_until,
                        explanation)
                    VALUES (:id, :position, :kind, :outcome, :records, :until, :explanation)""")
                    .param("id", r.id()).param("position", position++).param("kind", line.rule().name())
                    .param("outcome", line.outcome().name()).param("records", line.records())
                    .param("until", line.keptUntil()).param("explanation", line.explanation()).update();
        }
    }

    /** The explanation, by email to the address on the learner record, before it is anonymised. */
    private void tell(LearnerSummary learner, Request r) {
        List<String> lines = r.lines().stream().map(l -> l.rule().title() + ": " + l.explanation()).toList();
        if (learner.email() != null) {
            emails.send("erasure:" + r.id(), learner.email(), "Your request to erase your data",
                    "dataprotection/email/erasure", Map.of("name", r.learnerName(), "lines", lines,
                            "received", GovUkDates.date(r.receivedOn())));
        }
    }

    @Transactional(readOnly = true)
    public List<Request> list(CurrentUser user) {
        requireReader(user);
        return jdbc.sql("SELECT * FROM erasure_request ORDER BY recorded_at DESC, id LIMIT 100")
                .query((rs, n) -> request(rs, List.of())).list();
    }

    @Transactional(readOnly = true)
    public Request view(CurrentUser user, UUID id) {
        requireReader(user);
        return find(id).orElseThrow(() -> new NotFoundException("Erasure request"));
    }

    Optional<Request> find(UUID id) {
        return jdbc.sql("SELECT * FROM erasure_request WHERE id = :id").param("id", id)
                .query((rs, n) -> request(rs, linesOf(id))).optional();
    }

    private List<Line> linesOf(UUID id) {
        return jdbc.sql("SELECT * FROM erasure_request_line WHERE request_id = :id ORDER BY position")
                .param("id", id).query((rs, n) -> {
                    java.sql.Date until = rs.getDate("kept_until");
                    return new Line(RetentionRule.valueOf(rs.getString("kind")),
                            Outcome.valueOf(rs.getString("outcome")), rs.getInt("records"),
                            until == null ? null : until.toLocalDate(), rs.getString("explanation"));
                }).list();
    }

    private static Request request(java.sql.ResultSet rs, List<Line> lines) throws java.sql.SQLException {
        return new Request(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getString("learner_name"), rs.getDate("received_on").toLocalDate(), rs.getString("request_words"),
                rs.getString("recorded_by_name"), rs.getTimestamp("recorded_at").toInstant(), lines);
    }

    private static String summary(List<Line> lines) {
        return "Erasure request: " + lines.stream().map(l -> l.rule().title() + " " + l.outcome().name()
                .toLowerCase().replace('_', ' ') + (l.records() > 0 ? " (" + l.records() + ")" : "")).toList();
    }

    private static String blankToNull(String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }

    private static void requireReader(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Only the data protection officer or an administrator reads erasure requests");
        }
    }
}
