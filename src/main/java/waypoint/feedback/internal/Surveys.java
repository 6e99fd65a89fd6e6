package waypoint.feedback.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * Satisfaction surveys (the complaints policy, “The Procedure”: “an online satisfaction questionnaire within the first 3 months
 * of starting their programme and then again on completion“, employers ”at least annually“): templates of rating,
 * yes/no and free-text questions, invitations by email with reminders, answers (anonymous or named) and results.
 */
@Service
public class Surveys {

    public enum Audience { LEARNER, EMPLOYER }

    public enum Occasion {
        FIRST_THREE_MONTHS("Learners in their first 3 months"), COMPLETION("Learners on completion"),
        EMPLOYER_YEARLY("Employers every year");

        private final String label;

        Occasion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public Audience audience() {
            return this == EMPLOYER_YEARLY ? Audience.EMPLOYER : Audience.LEARNER;
        }
    }

    public enum QuestionKind {
        RATING("Rating from 1 to 5"), YES_NO("Yes or no"), FREE_TEXT("Free text");

        private final String label;

        QuestionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Question(UUID id, int position, QuestionKind kind, String text) {

        /** The answer's name on the page and its key in the API: q- and the question's id. */
        public String field() {
            return "q-" + id;
        }

        /**
         * What is wrong with an answer to this question, if anything: a rating is 1 to 5 and yes or no is yes or no,
         * both needed; free text may be left out, and is at most 4000 characters.
         */
        Optional<String> problemWith(String answer) {
            boolean blank = answer == null || answer.isBlank();
            return switch (kind) {
                case RATING -> blank || !answer.matches("[1-5]")
                        ? Optional.of("Select a rating from 1 to 5 for “" + text + "”") : Optional.empty();
                case YES_NO -> blank || !(answer.equals("yes") || answer.equals("no"))
                        ? Optional.of("Select yes or no for “" + text + "”") : Optional.empty();
                case FREE_TEXT -> !blank && answer.length() > 4000
                        ? Optional.of("Your answer must be 4000 characters or fewer") : Optional.empty();
            };
        }
    }

    public record Template(UUID id, String name, Occasion occasion, boolean anonymous, boolean active,
            List<Question> questions, long sent, long answered) {
    }

    public record NewQuestion(QuestionKind kind, String text) {
    }

    public record Invitation(UUID id, UUID templateId, String token, UUID recipientAccountId, String recipientName,
            Instant answeredAt) {
    }

    /** The results of one question: ratings 1 to 5 counted, yes and no counted, or the latest free-text answers. */
    public record QuestionResult(Question question, long[] ratingCounts, double averageRating, long yes, long no,
            List<String> texts) {

        public long total() {
            return question.kind() == QuestionKind.RATING ? java.util.Arrays.stream(ratingCounts).sum()
                    : question.kind() == QuestionKind.YES_NO ? yes + no : texts.size();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FeedbackPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(JdbcClient jdbc, FeedbackPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Only those who manage surveys may create them and read their results. */
    public void requireManager(CurrentUser user) {
        if (!policy.canManageSurveys(user)) {
            throw new AccessDeniedException("You may not manage surveys");
        }
    }

    // --- templates ------------------------------------------------------------------------------------------

    /**
     * A survey's own rules on its questions, in the order they are asked (an empty question is not asked): it asks at
     * least one, each with the kind of answer it takes, in 500 characters or fewer. Throws the first one broken.
     */
    public static void checkQuestions(List<NewQuestion> questions) {
        if (questions.stream().allMatch(q -> q.text() == null || q.text().isBlank())) {
            throw new FieldValidationException("question1", "Enter at least one question");
        }
        for (int i = 0; i < questions.size(); i++) {
            NewQuestion q = questions.get(i);
            if (q.text() != null && !q.text().isBlank() && q.kind() == null) {
                throw new FieldValidationException("kind" + (i + 1), "Select the kind of answer for question " + (i + 1));
            }
            if (q.text() != null && q.text().length() > 500) {
                throw new FieldValidationException("question" + (i + 1), "Question " + (i + 1)
                        + " must be 500 characters or fewer");
            }
        }
    }

    /** A survey whose name and occasion its form has checked, with the questions it asks. */
    @Transactional
    public UUID createTemplate(CurrentUser user, String name, Occasion occasion, boolean anonymous,
            List<NewQuestion> questions) {
        requireManager(user);
        checkQuestions(questions);
        List<NewQuestion> asked = questions.stream().filter(q -> q.text() != null && !q.text().isBlank()).toList();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO survey_template (id, name, audience, occasion, anonymous, active, created_at, version)
                VALUES (:id, :name, :audience, :occasion, :anonymous, TRUE, :now, 0)""")
                .param("id", id).param("name", name.strip()).param("audience", occasion.audience().name())
                .param("occasion", occasion.name()).param("anonymous", anonymous)
                .param("now", Timestamp.from(clock.instant())).update();
        int position = 1;
        for (NewQuestion q : asked) {
            jdbc.sql("INSERT INTO survey_question (id, template_id, position, kind, text) VALUES (:id, :t, :p, :k, :text)")
                    .param("id", UUID.randomUUID()).param("t", id).param("p", position++).param("k", q.kind().name())
                    .param("text", q.text().strip()).update();
        }
        events.publishEvent(RecordChanged.created("Survey template", id, name.strip()));
        return id;
    }

    @Transactional(readOnly = true)
    public PageOf<Template> templates(CurrentUser user, int page) {
        requireManager(user);
        long total = jdbc.sql("SELECT count(*) FROM survey_template").query(Long.class).single();
        int size = PageOf.DEFAULT_SIZE;
        // One query for the page: the list shows names and counts, not the questions.
        List<Template> items = jdbc.sql("""
                SELECT t.*, (SELECT count(*) FROM survey_invitation i WHERE i.template_id = t.id) AS sent,
                       (SELECT count(*) FROM survey_response r WHERE r.template_id = t.id) AS answered
                FROM survey_template t ORDER BY t.created_at DESC, t.id LIMIT :l OFFSET :o""")
                .param("l", size).param("o", Math.max(0, page) * size)
                .query((rs, n) -> new Template(rs.getObject("id", UUID.class), rs.getString("name"),
                        Occasion.valueOf(rs.getString("occasion")), rs.getBoolean("anonymous"), rs.getBoolean("active"),
                        List.of(), rs.getLong("sent"), rs.getLong("answered")))
                .list();
        return new PageOf<>(items, Math.max(0, page), size, total);
    }

    @Transactional(readOnly = true)
    public Template template(CurrentUser user, UUID id) {
        requireManager(user);
        return template(id).orElseThrow(() -> new NotFoundException("No survey " + id));
    }

    Optional<Template> template(UUID id) {
        return jdbc.sql("""
                SELECT t.*, (SELECT count(*) FROM survey_invitation i WHERE i.template_id = t.id) AS sent,
                       (SELECT count(*) FROM survey_response r WHERE r.template_id = t.id) AS answered
                FROM survey_template t WHERE t.id = :id""").param("id", id)
                .query((rs, n) -> new Template(id, rs.getString("name"), Occasion.valueOf(rs.getString("occasion")),
                        rs.getBoolean("anonymous"), rs.getBoolean("active"), questions(id), rs.getLong("sent"),
                        rs.getLong("answered")))
                .optional();
    }

    private List<Question> questions(UUID templateId) {
        return jdbc.sql("SELECT id, position, kind, text FROM survey_question WHERE template_id = :t ORDER BY position")
                .param("t", templateId)
                .query((rs, n) -> new Question(rs.getObject("id", UUID.class), rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getString("text")))
                .list();
    }

    List<UUID> activeTemplates(Occasion occasion) {
        return jdbc.sql("SELECT id FROM survey_template WHERE occasion = :o AND active ORDER BY created_at")
                .param("o", occasion.name()).query(UUID.class).list();
    }

    /**
     * Where the yearly employer survey stands (your complaints policy, “The Procedure”: employers are asked “at least
     * annually”): whether a survey for employers is active, when one was last sent (none: unknown, never shown as on
     * time), when the next is due, and whether it is overdue.
     */
    public record EmployerSurvey(boolean active, LocalDate lastSent, LocalDate dueBy, boolean overdue) {

        /** The warning leaders are shown, or null when all is well. */
        public String warning() {
            if (lastSent == null) {
                return "No employer satisfaction survey has been sent yet: your complaints policy asks employers at"
                        + " least once a year." + (active ? "" : " Create a survey for employers every year so it is sent.");
            }
            if (overdue) {
                return "The yearly employer satisfaction survey is overdue: the last was sent on "
                        + Letters.date(lastSent) + " and the next was due by " + Letters.date(dueBy) + "."
                        + (active ? "" : " No survey for employers is active: create one so it is sent.");
            }
            if (!active) {
                return "No survey for employers is active: the next yearly employer survey, due by "
                        + Letters.date(dueBy) + ", will not be sent.";
            }
            return null;
        }
    }

    /** The yearly employer survey on {@code today}. */
    @Transactional(readOnly = true)
    public EmployerSurvey employerSurvey(LocalDate today) {
        boolean active = !activeTemplates(Occasion.EMPLOYER_YEARLY).isEmpty();
        Timestamp last = jdbc.sql("""
                SELECT max(i.sent_at) FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
                WHERE t.occasion = 'EMPLOYER_YEARLY'""").query(Timestamp.class).optional().orElse(null);
        LocalDate lastSent = last == null ? null : last.toInstant().atZone(LONDON).toLocalDate();
        LocalDate dueBy = lastSent == null ? null : lastSent.plusYears(1);
        boolean overdue = lastSent == null || today.isAfter(dueBy);
        return new EmployerSurvey(active, lastSent, dueBy, overdue);
    }

    /** The yearly employer survey, for the leaders who manage surveys. */
    @Transactional(readOnly = true)
    public EmployerSurvey employerSurvey(CurrentUser user) {
        requireManager(user);
        return employerSurvey(LocalDate.now(clock));
    }

    // --- sending --------------------------------------------------------------------------------------------

    /**
     * Invites one person, once per {@code occasionKey} (so a job run twice sends once); answers whether it sent.
     */
    @Transactional
    public boolean invite(UUID templateId, String occasionKey, UUID accountId, String email, String name,
            UUID learnerId) {
        if (email == null || email.isBlank()) {
            return false;
        }
        Template template = template(templateId).orElseThrow(() -> new NotFoundException("No survey " + templateId));
        String token = HexFormat.of().formatHex(randomBytes());
        int inserted = jdbc.sql("""
                INSERT INTO survey_invitation (id, template_id, occasion_key, recipient_account_id, recipient_email,
                  recipient_name, learner_id, token, sent_at)
                VALUES (:id, :t, :key, :account, :email, :name, :learner, :token, :now)
                ON CONFLICT (occasion_key) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("t", templateId).param("key", occasionKey)
                .param("account", accountId).param("email", email).param("name", name == null ? email : name)
                .param("learner", learnerId).param("token", token).param("now", Timestamp.from(clock.instant()))
                .update();
        if (inserted == 1) {
            events.publishEvent(new EmailRequested("survey:" + occasionKey, email, template.name(),
                    "Dear " + (name == null ? "colleague" : name) + ",\n\nPlease tell us how we are doing: it takes a"
                            + " few minutes" + (template.anonymous() ? " and your answers are anonymous" : "")
                            + ".\n\nSign in to Waypoint and open /surveys/" + token + "\n"));
        }
        return inserted == 1;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Reminds everyone who has not answered a week after being asked, once. */
    @Transactional
    public int remind(Instant now) {
        List<Map<String, Object>> due = jdbc.sql("""
                SELECT i.id, i.token, i.recipient_email, i.recipient_name, t.name FROM survey_invitation i
                JOIN survey_template t ON t.id = i.template_id
                WHERE i.answered_at IS NULL AND i.reminded_at IS NULL AND i.sent_at < :weekAgo LIMIT 500""")
                .param("weekAgo", Timestamp.from(now.minus(java.time.Duration.ofDays(7)))).query().listOfRows();
        for (Map<String, Object> row : due) {
            jdbc.sql("UPDATE survey_invitation SET reminded_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(now)).param("id", row.get("id")).update();
            events.publishEvent(new EmailRequested("survey-reminder:" + row.get("id"), (String) row.get("recipient_email"),
                    "Reminder: " + row.get("name"), "Dear " + row.get("recipient_name") + ",\n\nA reminder: we would"
                            + " value your answers. Sign in to Waypoint and open /surveys/" + row.get("token") + "\n"));
        }
        return due.size();
    }

    // --- answering ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Invitation invitation(CurrentUser user, String token) {
        Invitation invitation = jdbc.sql("""
                SELECT id, template_id, token, recipient_account_id, recipient_name, answered_at
                FROM survey_invitation WHERE token = :token""").param("token", token)
                .query((rs, n) -> new Invitation(rs.getObject("id", UUID.class), rs.getObject("template_id", UUID.class),
                        rs.getString("token"), rs.getObject("recipient_account_id", UUID.class),
                        rs.getString("recipient_name"),
                        rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant()))
                .optional().orElseThrow(() -> new NotFoundException("No survey"));
        if (invitation.recipientAccountId() == null || !invitation.recipientAccountId().equals(user.id())) {
            throw new NotFoundException("No survey");
        }
        return invitation;
    }

    public Template templateOf(Invitation invitation) {
        return template(invitation.templateId()).orElseThrow();
    }

    /** Records answers keyed by question id: a rating “1”..“5”, “yes”/“no”, or text. Once per invitation. */
    @Transactional
    public void answer(CurrentUser user, String token, Map<String, String> answers) {
        Invitation invitation = invitation(user, token);
        if (invitation.answeredAt() != null) {
            throw new StepRefusedException("You have already answered this survey. Thank you.");
        }
        Template template = templateOf(invitation);
        // each question's problem, in the order the survey asks them
        Map<String, String> problems = template.questions().stream()
                .flatMap(q -> q.problemWith(answers.get(q.field())).map(p -> Map.entry(q.field(), p)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
        UUID response = UUID.randomUUID();
        Instant now = clock.instant();
        // An anonymous response is not linked to the invitation or the person: only "answered" is kept on the invitation.
        jdbc.sql("INSERT INTO survey_response (id, template_id, invitation_id, respondent, submitted_at) VALUES (:id, :t, :i, :who, :at)")
                .param("id", response).param("t", template.id())
                .param("i", template.anonymous() ? null : invitation.id())
                .param("who", template.anonymous() ? null : invitation.recipientName())
                .param("at", Timestamp.from(template.anonymous() ? now.truncatedTo(java.time.temporal.ChronoUnit.DAYS) : now))
                .update();
        for (Question q : template.questions()) {
            String value = answers.get(q.field());
            if (value == null || value.isBlank()) {
                continue;
            }
            jdbc.sql("INSERT INTO survey_answer (response_id, question_id, rating, yes, text) VALUES (:r, :q, :rating, :yes, :text)")
                    .param("r", response).param("q", q.id())
                    .param("rating", q.kind() == QuestionKind.RATING ? Integer.valueOf(value) : null)
                    .param("yes", q.kind() == QuestionKind.YES_NO ? "yes".equals(value) : null)
                    .param("text", q.kind() == QuestionKind.FREE_TEXT ? value.strip() : null).update();
        }
        jdbc.sql("UPDATE survey_invitation SET answered_at = :now WHERE id = :id")
                .param("now", Timestamp.from(now)).param("id", invitation.id()).update();
    }

    /** Surveys waiting for this person's answers. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> waitingFor(CurrentUser user) {
        return jdbc.sql("""
                SELECT i.token, t.name FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
                WHERE i.recipient_account_id = :me AND i.answered_at IS NULL ORDER BY i.sent_at DESC LIMIT 10""")
                .param("me", user.id()).query().listOfRows();
    }

    // --- results --------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<QuestionResult> results(CurrentUser user, UUID templateId, LocalDate from, LocalDate to) {
        Template template = template(user, templateId);
        Timestamp start = Timestamp.from(from.atStartOfDay(LONDON).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant());
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : template.questions()) {
            long[] ratings = new long[5];
            long[] yesNo = new long[2];
            List<String> texts = new ArrayList<>();
            jdbc.sql("""
                    SELECT a.rating, a.yes, a.text FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                    WHERE a.question_id = :q AND r.submitted_at >= :start AND r.submitted_at < :end
                    ORDER BY r.submitted_at DESC""")
                    .param("q", q.id()).param("start", start).param("end", end)
                    .query(rs -> {
                        Integer rating = (Integer) rs.getObject("rating");
                        Boolean yes = (Boolean) rs.getObject("yes");
                        if (rating != null) {
                            ratings[rating - 1]++;
                        } else if (yes != null) {
                            yesNo[yes ? 0 : 1]++;
                        } else if (rs.getString("text") != null && texts.size() < 50) {
                            texts.add(rs.getString("text"));
                        }
                    });
            long count = java.util.Arrays.stream(ratings).sum();
            double average = count == 0 ? 0 : (ratings[0] + 2 * ratings[1] + 3 * ratings[2] + 4 * ratings[3]
                    + 5 * ratings[4]) / (double) count;
            results.add(new QuestionResult(q, ratings, average, yesNo[0], yesNo[1], texts));
        }
        return results;
    }

    /** Every response in the range as CSV: one row per response, one column per question. */
    @Transactional(readOnly = true)
    public CsvTable csv(CurrentUser user, UUID templateId, LocalDate from, LocalDate to) {
        Template template = template(user, templateId);
        List<String> columns = new ArrayList<>(List.of("submitted", "respondent"));
        template.questions().forEach(q -> columns.add(q.text()));
        CsvTable out = CsvTable.withColumns(columns);
        Map<UUID, Map<UUID, String>> rows = new LinkedHashMap<>();
        Map<UUID, String[]> meta = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.id, r.submitted_at, r.respondent, a.question_id, a.rating, a.yes, a.text
                FROM survey_response r LEFT JOIN survey_answer a ON a.response_id = r.id
                WHERE r.template_id = :t AND r.submitted_at >= :start AND r.submitted_at < :end
                ORDER BY r.submitted_at, r.id""")
                .param("t", templateId)
                .param("start", Timestamp.from(from.atStartOfDay(LONDON).toInstant()))
                .param("end", Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant()))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    meta.putIfAbsent(id, new String[] {rs.getTimestamp("submitted_at").toInstant().atZone(LONDON)
                            .toLocalDate().toString(), rs.getString("respondent") == null ? "anonymous" : rs.getString("respondent")});
                    Map<UUID, String> answers = rows.computeIfAbsent(id, k -> new LinkedHashMap<>());
                    UUID question = rs.getObject("question_id", UUID.class);
                    if (question != null) {
                        Object rating = rs.getObject("rating");
                        Object yes = rs.getObject("yes");
                        answers.put(question, rating != null ? rating.toString()
                                : yes != null ? ((Boolean) yes ? "yes" : "no") : rs.getString("text"));
                    }
                });
        rows.forEach((id, answers) -> {
            List<Object> row = new ArrayList<>(List.of(meta.get(id)[0], meta.get(id)[1]));
            template.questions().forEach(q -> row.add(answers.getOrDefault(q.id(), "")));
            out.row(row);
        });
        return out;
    }
}
