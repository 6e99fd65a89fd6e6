package waypoint.demo.scale;

import static waypoint.demo.scale.BulkLoad.copyRows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import waypoint.catalogue.CatalogueImport;
import waypoint.delivery.SessionsForBulkLoad;
import waypoint.feedback.FeedbackImport;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.review.ReviewRecordsForBulkLoad;
import waypoint.safeguarding.SafeguardingImport;
import waypoint.shared.scheduling.JobsHeldBack;
import waypoint.supportcase.SupportCaseImport;

/**
 * Fills the embedded PostgreSQL with the reference data set (docs/performance.md): 100,000 apprenticeships, 2,000
 * staff, 20,000 employers each with a line manager, an account for every one of them, 10 million off-the-job entries,
 * 3 million portfolio evidence items, and what the apprenticeships have done besides: progress reviews every 12 weeks
 * with their signed records, teaching sessions and their actions, messages, support cases, survey answers,
 * notifications and the audit trail by COPY ({@link ScaleReviews}, {@link ScaleActivity}); complaints and other
 * feedback, concerns and formal support cases through their modules' own use cases ({@link ScaleCases}). Runs only
 * with the Spring profile {@code scale-data} (never in {@code ./mvnw verify}); sizes can be reduced with
 * {@code --waypoint.scale.apprenticeships=1000} and so on. Accounts sign in with the password {@code waypoint-demo}:
 * the benchmark's {@code scale-tutor@waypoint.test} (60 apprenticeships) and {@code scale-learner@waypoint.test},
 * {@code staff1@scale.test}..., {@code learner1@scale.test}..., {@code contact0@scale.test}... and the leaders
 * ({@code scale-head@waypoint.test}, {@code scale-quality@waypoint.test}...).
 */
@Component
@Profile("scale-data")
class ReferenceDataGenerator implements ApplicationRunner {

    static final String PASSWORD = "waypoint-demo";
    static final String TUTOR = "scale-tutor@waypoint.test";
    static final String LEARNER = "scale-learner@waypoint.test";
    private static final Logger log = LoggerFactory.getLogger(ReferenceDataGenerator.class);
    private static final String[] TYPES = {"THEORY", "ROLE_PLAYING", "ONLINE_LEARNING", "SIMULATION", "SHADOWING",
            "MENTORING", "INDUSTRY_VISIT", "COMPETITION", "LEARNING_SUPPORT", "ASSIGNMENT_WRITING"};
    /** Rebuilt after the COPY: building an index once is faster than keeping it up to date row by row. */
    private static final List<String> ENTRY_INDEXES = List.of(
            "CREATE INDEX otj_entry_apprenticeship_idx ON otj_entry (apprenticeship_id, activity_date DESC, id DESC)"
                    + " INCLUDE (minutes, state)",
            "CREATE INDEX otj_entry_learner_day_idx ON otj_entry (learner_id, activity_date)",
            "CREATE INDEX otj_entry_pending_idx ON otj_entry (apprenticeship_id) WHERE state = 'SUBMITTED'",
            "CREATE UNIQUE INDEX otj_entry_source_uq ON otj_entry (source, source_reference)"
                    + " WHERE source_reference IS NOT NULL");
    /** The portfolio's indexes (V150), rebuilt after its COPY like the entries'. */
    private static final List<String> EVIDENCE_INDEXES = List.of(
            "CREATE INDEX portfolio_evidence_apprenticeship_idx ON portfolio_evidence"
                    + " (apprenticeship_id, evidence_date DESC, id DESC)",
            "CREATE INDEX portfolio_evidence_waiting_idx ON portfolio_evidence (apprenticeship_id, updated_at)"
                    + " WHERE state = 'SUBMITTED'",
            "CREATE INDEX portfolio_claim_apprenticeship_idx ON portfolio_claim (apprenticeship_id, ksb_code)");
    private static final String TRAINING_PRICE = "9000.00";
    private static final String CHANGED_TRAINING_PRICE = "10500.00";
    private static final String ASSESSMENT_PRICE = "1500.00";
    /**
     * The funding band maximum of the data set's standard, Software developer v1.1, completed as an import of the
     * standards data would complete it. The shipped file records none (the published value was not found); this is
     * the data set's own figure, so that every apprenticeship's earnings can be worked out (docs/performance.md).
     */
    static final String FUNDING_BAND = "[{\"referenceNumber\":\"ST0116\",\"version\":\"1.1\","
            + "\"title\":\"Software developer\",\"level\":4,\"maxFunding\":18000}]";
    /** The benchmark learner's portfolio: the portfolio page and KSB matrix with 300 evidence items. */
    static final int BENCHMARK_EVIDENCE = 300;
    private static final String[] EVIDENCE_TYPES = {"ASSIGNMENT", "PROJECT", "RESEARCH", "OBSERVATION_RECORD",
            "WITNESS_TESTIMONY", "PROFESSIONAL_DISCUSSION_RECORD", "REFLECTIVE_ACCOUNT", "WORK_PRODUCT",
            "MOCK_ASSESSMENT"};

    private final DataSource dataSource;
    private final UserAccounts accounts;
    private final OrganisationImport organisation;
    private final ReviewRecordsForBulkLoad reviewRecords;
    private final FeedbackImport feedback;
    private final SafeguardingImport safeguarding;
    private final SupportCaseImport supportCases;
    private final JobsHeldBack jobs;
    private final CatalogueImport catalogue;
    private final SessionsForBulkLoad sessions;
    private final Clock clock;
    private final int apprenticeships;
    private final int staff;
    private final int employers;
    private final int entriesEach;
    private final int evidenceEach;

    ReferenceDataGenerator(DataSource dataSource, UserAccounts accounts, OrganisationImport organisation,
            ReviewRecordsForBulkLoad reviewRecords, FeedbackImport feedback, SafeguardingImport safeguarding,
            SupportCaseImport supportCases, CatalogueImport catalogue, SessionsForBulkLoad sessions, JobsHeldBack jobs,
            Clock clock,
            @Value("${waypoint.scale.apprenticeships:100000}") int apprenticeships,
            @Value("${waypoint.scale.staff:2000}") int staff,
            @Value("${waypoint.scale.employers:20000}") int employers,
            @Value("${waypoint.scale.entries-each:100}") int entriesEach,
            @Value("${waypoint.scale.evidence-each:30}") int evidenceEach) {
        this.evidenceEach = evidenceEach;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.organisation = organisation;
        this.reviewRecords = reviewRecords;
        this.feedback = feedback;
        this.safeguarding = safeguarding;
        this.supportCases = supportCases;
        this.jobs = jobs;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.clock = clock;
        this.apprenticeships = apprenticeships;
        this.staff = staff;
        this.employers = employers;
        this.entriesEach = entriesEach;
    }

    /**
     * Fills the database with every scheduled job held back: a job that ran on the half-filled data (the review
     * job scheduling reviews for apprenticeships whose reviews are still to be copied in) would make the copy fail.
     */
    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (var held = jobs.hold()) {
            fill();
        }
    }

    private void fill() throws Exception {
        UUID tutorAccount = accounts.findByEmail(TUTOR).map(a -> a.id())
                .orElseGet(() -> accounts.createWithPassword(TUTOR, Population.TUTOR_NAME, Set.of(Role.TUTOR),
                        PASSWORD).id());
        UUID learnerAccount = accounts.findByEmail(LEARNER).map(a -> a.id())
                .orElseGet(() -> accounts.createWithPassword(LEARNER, Population.LEARNER_NAME, Set.of(Role.LEARNER),
                        PASSWORD).id());
        Map<ScaleCases.Leader, CurrentUser> leaders = new EnumMap<>(ScaleCases.Leader.class);
        for (ScaleCases.Leader leader : ScaleCases.Leader.values()) {
            var account = accounts.findByEmail(leader.email).orElseGet(() -> accounts.createWithPassword(leader.email,
                    leader.displayName, Set.of(leader.role), PASSWORD));
            leaders.put(leader, new CurrentUser(account.id(), account.email(), account.displayName(),
                    Set.copyOf(account.roles())));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement check = connection.createStatement();
                    var rs = check.executeQuery("SELECT count(*) FROM apprenticeship WHERE creation_key = 'scale'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    log.info("Scale data: already there, nothing added");
                    return;
                }
            }
            long began = System.nanoTime(); // elapsed time for the log, not a date: no Clock needed
            log.info("Scale data: the standard's funding band maximum: {}", catalogue.importStandards(FUNDING_BAND));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            LocalDate today = LocalDate.now(clock);
            SplittableRandom random = new SplittableRandom(42);
            Population people = Population.of(today, apprenticeships, staff, employers, tutorAccount, learnerAccount);
            UUID[] staffIds = people.staffIds();
            UUID[] employerIds = people.employerIds();
            UUID[] learnerIds = people.learnerIds();
            UUID[] apprenticeshipIds = people.apprenticeshipIds();
            LocalDate[] starts = people.starts();

            copyRows(copy, "staff_member (id, account_id, name, email, created_at, version)", staff, (i, out) ->
                    out.append(staffIds[(int) i]).append(',').append(people.staffAccounts()[(int) i])
                            .append(',').append(Population.staffName((int) i)).append(",staff").append(i)
                            .append("@scale.test,2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "staff_role (staff_id, role)", staff, (i, out) ->
                    out.append(staffIds[(int) i]).append(",TUTOR\n"));
            // the provider's leaders, on the staff list with the role their steps need
            UUID[] leaderStaff = Population.ids(leaders.size(), 9);
            List<CurrentUser> leaderList = List.copyOf(leaders.values());
            copyRows(copy, "staff_member (id, account_id, name, email, created_at, version)", leaderList.size(),
                    (i, out) -> out.append(leaderStaff[(int) i]).append(',').append(leaderList.get((int) i).id())
                            .append(',').append(leaderList.get((int) i).displayName()).append(',')
                            .append(leaderList.get((int) i).email()).append(",2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "staff_role (staff_id, role)", leaderList.size(), (i, out) ->
                    out.append(leaderStaff[(int) i]).append(',')
                            .append(leaderList.get((int) i).roles().iterator().next()).append('\n'));
            accounts(copy, connection, people, tutorAccount);
            log.info("Scale data: accounts for {} staff, {} learners and {} line managers in {}", staff,
                    apprenticeships, employers, Duration.ofNanos(System.nanoTime() - began));
            copyRows(copy, "employer (id, name, address_town, address_postcode, funding, created_at, version)",
                    employers, (i, out) -> out.append(employerIds[(int) i]).append(",Employer ").append(i)
                            .append(",Leeds,LS1 1AA,LEVY,2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "employer_contact (id, employer_id, account_id, name, email, created_at, version)",
                    employers, (i, out) -> out.append(people.contactIds()[(int) i]).append(',')
                            .append(employerIds[(int) i]).append(',').append(people.contactAccounts()[(int) i])
                            .append(',').append(Population.contactName((int) i)).append(',')
                            .append(ScaleActivity.contactEmail((int) i)).append(",2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "learner (id, account_id, given_names, family_name, date_of_birth, uln, email, "
                    + "address_postcode, created_at, version)", apprenticeships, (n, out) -> {
                    int i = (int) n;
                    out.append(learnerIds[i]).append(',').append(people.learnerAccounts()[i])
                            .append(",Learner,Number ").append(i).append(",2000-01-01,")
                            // ULNs from 8000000000 up: never one of the demo learners ULNs (which start with 1)
                            .append(String.format("%010d", 8_000_000_000L + i)).append(",learner").append(i)
                            .append("@scale.test,LS2 9JT,2024-01-01T00:00:00Z,0\n");
                });
            copyRows(copy, "apprenticeship (id, learner_id, employer_id, line_manager_id, standard_reference, "
                    + "standard_version, tutor_id, start_date, planned_end_date, weekly_hours, status, created_at, "
                    + "creation_key, version, funding_type, training_price, epa_price, small_employer)", apprenticeships,
                    (n, out) -> {
                        int i = (int) n;
                        starts[i] = today.minusDays(300 + random.nextInt(400));
                        out.append(apprenticeshipIds[i]).append(',').append(learnerIds[i]).append(',')
                                .append(employerIds[i % employers]).append(',')
                                .append(people.contactIds()[i % employers]).append(",ST0116,1.1,")
                                .append(staffIds[people.tutorOf(i)]).append(',').append(starts[i]).append(',')
                                .append(starts[i].plusDays(730)).append(",37.5,")
                                .append(Population.withdrawn(i) ? "WITHDRAWN" : "IN_LEARNING")
                                .append(",2024-01-01T00:00:00Z,scale,0,")
                                .append(i % 3 == 0 ? "NON_LEVY" : "LEVY").append(',')
                                .append(priceChanged(i) ? CHANGED_TRAINING_PRICE : TRAINING_PRICE).append(',')
                                .append(ASSESSMENT_PRICE).append(',').append(i % 4 == 0).append('\n');
                    });
            // Each price with the date it applies from, as the apprenticeship's changePrice keeps them: the price
            // agreed at the start and, for one in 20, a new training price agreed six months in.
            copyRows(copy, "apprenticeship_price (apprenticeship_id, applies_from, training_price, assessment_price, "
                    + "reason, recorded_at)", apprenticeships + apprenticeships / 20, (n, out) -> {
                        boolean change = n >= apprenticeships;
                        int i = change ? (int) (n - apprenticeships) * 20 : (int) n;
                        out.append(apprenticeshipIds[i]).append(',')
                                .append(change ? starts[i].plusMonths(6) : starts[i]).append(',')
                                .append(change ? CHANGED_TRAINING_PRICE : TRAINING_PRICE).append(',')
                                .append(ASSESSMENT_PRICE).append(',')
                                .append(change ? "New training price agreed with the employer" : "Agreed at the start")
                                .append(",2024-01-01T00:00:00Z\n");
                    });
            // What the ILR return reads of each: declarations, ILR details, and an employment status from a year
            // before the start (docs/domain/ilr.md); a tenth are withdrawn, on the day the apprenticeship's
            // timeline says (docs/performance.md, "The ILR return").
            String[] ethnicities = {"E31", "E39", "E44", "E35", "E34", "E42", "E99"};
            // sealed as the organisation module keeps them (docs/adr/0012-envelope-encryption-with-tink.md)
            java.util.HexFormat hex = java.util.HexFormat.of();
            copyRows(copy, "learner_declaration (learner_id, answers_enc, updated_at)", apprenticeships, (n, out) -> {
                UUID learner = learnerIds[(int) n];
                out.append(learner).append(",\\x").append(hex.formatHex(organisation.sealedDeclarations(
                        new LearnerId(learner),
                        new DeclaredAnswers.Answers(n % 4 == 1 ? "YES" : "NO",
                                ethnicities[(int) (n % ethnicities.length)], n % 2 == 0 ? "FEMALE" : "MALE", null,
                                null)))).append(",2024-01-01T00:00:00Z\n");
            });
            copyRows(copy, "learner_ilr (learner_id, prior_attainment, postcode_prior, updated_at)", apprenticeships,
                    (n, out) -> out.append(learnerIds[(int) n]).append(n % 2 == 0 ? ",FULL_LEVEL_2" : ",FULL_LEVEL_3")
                            .append(",LS2 9JT,2024-01-01T00:00:00Z\n"));
            copyRows(copy, "apprenticeship_employment_status (apprenticeship_id, applies_from, status, employer_id, "
                    + "length_of_employment)", apprenticeships, (n, out) -> {
                        int i = (int) n;
                        out.append(apprenticeshipIds[i]).append(',').append(starts[i].minusYears(1))
                                .append(",IN_PAID_EMPLOYMENT,").append(employerIds[i % employers])
                                .append(",MORE_THAN_12_MONTHS\n");
                    });
            copyRows(copy, "apprenticeship_status_change (id, apprenticeship_id, transition, from_status, to_status, "
                    + "effective_date, recorded_at, withdrawal_reason)", apprenticeships / 10, (n, out) -> {
                        int i = (int) n * 10 + 9;
                        out.append(UUID.randomUUID()).append(',').append(apprenticeshipIds[i])
                                .append(",WITHDRAW,IN_LEARNING,WITHDRAWN,").append(starts[i].plusDays(200))
                                .append(",2024-01-01T00:00:00Z,OTHER_PERSONAL_REASONS\n");
                    });
            log.info("Scale data: people and apprenticeships in {}", Duration.ofNanos(System.nanoTime() - began));

            List<String> foreignKeys = foreignKeysOf(connection, "otj_entry");
            try (Statement ddl = connection.createStatement()) {
                for (String index : List.of("otj_entry_apprenticeship_idx", "otj_entry_learner_day_idx",
                        "otj_entry_pending_idx", "otj_entry_source_uq")) {
                    ddl.execute("DROP INDEX IF EXISTS " + index);
                }
                // Checked once for the whole table when added back, instead of one lookup per copied row.
                for (String key : foreignKeys) {
                    ddl.execute("ALTER TABLE otj_entry DROP CONSTRAINT " + key.substring(0, key.indexOf(' ')));
                }
            }
            long rows = (long) apprenticeships * entriesEach;
            copyRows(copy, "otj_entry (id, apprenticeship_id, learner_id, activity_date, minutes, activity_type, "
                    + "description, source, state, created_at, updated_at)", rows, (n, out) -> {
                        int a = (int) (n / entriesEach);
                        int k = (int) (n % entriesEach);
                        LocalDate date = starts[a].plusDays(3L * k);
                        // Some apprentices log less than others, so the pace report has all three statuses.
                        int minutes = 60 + 15 * random.nextInt(a % 3 == 0 ? 10 : 25);
                        String state = k >= entriesEach - 3 ? "SUBMITTED" : (k % 40 == 7 ? "REJECTED" : "APPROVED");
                        out.append(new UUID(random.nextLong(), random.nextLong())).append(',')
                                .append(apprenticeshipIds[a]).append(',').append(learnerIds[a]).append(',')
                                .append(date).append(',').append(minutes).append(',').append(TYPES[k % TYPES.length])
                                .append(",Scale entry ").append(k).append(",LEARNER,").append(state)
                                .append(",2024-01-01T00:00:00Z,2024-01-01T00:00:00Z\n");
                    });
            log.info("Scale data: {} entries copied after {}", rows, Duration.ofNanos(System.nanoTime() - began));
            ScaleReviews reviews = new ScaleReviews(people, reviewRecords, standardLabel(connection));
            ScaleActivity activity = new ScaleActivity(people, reviews);
            long sessionEntries = activity.copySessionEntries(copy);
            log.info("Scale data: {} entries of teaching sessions' attendees copied after {}", sessionEntries,
                    Duration.ofNanos(System.nanoTime() - began));
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("SET maintenance_work_mem = '256MB'");
                for (String index : ENTRY_INDEXES) {
                    ddl.execute(index);
                }
                for (String key : foreignKeys) {
                    ddl.execute("ALTER TABLE otj_entry ADD CONSTRAINT " + key);
                }
                log.info("Scale data: indexes and foreign keys back after {}",
                        Duration.ofNanos(System.nanoTime() - began));
                ddl.execute("""
                        INSERT INTO otj_pace (apprenticeship_id, approved_minutes, pending_minutes, last_approved_date,
                            planned_hours, minimum_hours, updated_at, plan_read)
                        SELECT a.id, coalesce(x.approved, 0), coalesce(x.pending, 0), x.last_approved, 600, 278.4,
                               now(), TRUE
                        FROM apprenticeship a LEFT JOIN (
                            SELECT apprenticeship_id, sum(minutes) FILTER (WHERE state = 'APPROVED') AS approved,
                                   sum(minutes) FILTER (WHERE state = 'SUBMITTED') AS pending,
                                   max(activity_date) FILTER (WHERE state = 'APPROVED') AS last_approved
                            FROM otj_entry GROUP BY apprenticeship_id) x ON x.apprenticeship_id = a.id
                        WHERE a.creation_key = 'scale'
                        ON CONFLICT (apprenticeship_id) DO NOTHING""");
            }
            evidence(copy, connection, apprenticeshipIds, starts, people.learnerAccounts());
            log.info("Scale data: evidence copied after {}", Duration.ofNanos(System.nanoTime() - began));
            activity(copy, connection, people, reviews, activity, began);
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ANALYZE");
            }
            log.info("Scale data: analysed after {}", Duration.ofNanos(System.nanoTime() - began));
            ScaleCases cases = new ScaleCases(people, leaders, clock.instant());
            int complaints = cases.feedback(feedback, Math.max(1, apprenticeships * 4 / 1000));
            log.info("Scale data: {} complaints, compliments, suggestions and appeals after {}", complaints,
                    Duration.ofNanos(System.nanoTime() - began));
            int concerns = cases.concerns(safeguarding, Math.max(1, apprenticeships * 2 / 1000));
            log.info("Scale data: {} concerns after {}", concerns, Duration.ofNanos(System.nanoTime() - began));
            int formal = cases.formalSupportCases(supportCases, Math.max(1, apprenticeships / 1000));
            log.info("Scale data: {} support cases at the formal stages after {}; {} steps refused", formal,
                    Duration.ofNanos(System.nanoTime() - began), cases.refused());
            log.info("Scale data: done in {}", Duration.ofNanos(System.nanoTime() - began));
        }
    }

    /**
     * An account for each member of staff, apprentice and line manager (staff 0 and learner 0 are the benchmark's two,
     * made before), each able to sign in with the demo password: the one password hash is the benchmark tutor's, so
     * no hash is worked out 120,000 times. Line managers sign progress reviews and are told of them.
     */
    private void accounts(CopyManager copy, Connection connection, Population people, UUID tutorAccount)
            throws SQLException, IOException {
        String hash;
        try (var query = connection.prepareStatement("SELECT password_hash FROM user_account WHERE id = ?")) {
            query.setObject(1, tutorAccount);
            try (var rs = query.executeQuery()) {
                rs.next();
                hash = rs.getString(1);
            }
        }
        int learners = people.size();
        int contacts = people.contactIds().length;
        // staff 1.., learners 1.., every line manager
        long count = (long) Math.max(staff - 1, 0) + Math.max(learners - 1, 0) + contacts;
        copyRows(copy, "user_account (id, email, display_name, password_hash, status, failed_sign_ins, created_at,"
                + " version)", count, (n, out) -> {
                    Object[] account = account(people, n);
                    out.append(account[0]).append(',').append(account[1]).append(',');
                    Population.text(out, (String) account[2]).append(',');
                    Population.text(out, hash).append(",ACTIVE,0,2024-01-01T00:00:00Z,0\n");
                });
        copyRows(copy, "user_role (user_id, role)", count, (n, out) ->
                out.append(account(people, n)[0]).append(',').append(account(people, n)[3]).append('\n'));
    }

    /** Account {@code n} of those {@link #accounts} copies: id, email, name and role. */
    private Object[] account(Population people, long n) {
        int staffAccounts = Math.max(staff - 1, 0);
        int learnerAccounts = Math.max(people.size() - 1, 0);
        if (n < staffAccounts) {
            int s = (int) n + 1;
            return new Object[] {people.staffAccounts()[s], ScaleActivity.staffEmail(s), Population.staffName(s),
                    Role.TUTOR};
        }
        if (n < staffAccounts + learnerAccounts) {
            int a = (int) (n - staffAccounts) + 1;
            return new Object[] {people.learnerAccounts()[a], Population.learnerEmail(a),
                    Population.learnerAccountName(a), Role.LEARNER};
        }
        int e = (int) (n - staffAccounts - learnerAccounts);
        return new Object[] {people.contactAccounts()[e], ScaleActivity.contactEmail(e), Population.contactName(e),
                Role.EMPLOYER_CONTACT};
    }

    /** One apprenticeship in 20 has a new training price agreed six months in. */
    static boolean priceChanged(int apprenticeship) {
        return apprenticeship % 20 == 0;
    }

    /** The standard as the apprenticeship names it (“ST0116 v1.1 Software developer (level 4)”). */
    private static String standardLabel(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement(); var rs = query.executeQuery(
                "SELECT title, level FROM catalogue.standard_version WHERE reference_number = 'ST0116'"
                        + " AND version = '1.1'")) {
            return rs.next() && rs.getString(1) != null ? "ST0116 v1.1 " + rs.getString(1) + " (level "
                    + rs.getInt(2) + ")" : "ST0116 v1.1";
        }
    }

    /**
     * What the apprenticeships have done besides their hours and evidence: reviews, sessions, messages, support
     * cases, survey answers, notifications and the audit trail, each group of tables by COPY with its secondary
     * indexes and foreign keys built once after (docs/performance.md, "The reference data set").
     */
    private void activity(CopyManager copy, Connection connection, Population people, ScaleReviews reviews,
            ScaleActivity activity, long began) throws SQLException, IOException {
        BulkLoad.Deferred deferred = BulkLoad.defer(connection, List.of("progress_review", "progress_review_version",
                "progress_review_signature", "review_action"));
        long[] rows = reviews.copy(copy);
        deferred.restore(connection);
        log.info("Scale data: {} progress reviews, {} record versions, {} signatures, {} actions after {}", rows[0],
                rows[1], rows[2], rows[3], Duration.ofNanos(System.nanoTime() - began));
        deferred = BulkLoad.defer(connection, List.of("delivery_session", "delivery_session_learner",
                "delivery_action"));
        rows = activity.copySessions(copy);
        deferred.restore(connection);
        sessions.keepLastAttendance();
        log.info("Scale data: {} teaching sessions, {} attendees, {} actions after {}", rows[0], rows[1], rows[2],
                Duration.ofNanos(System.nanoTime() - began));
        deferred = BulkLoad.defer(connection, List.of("message_thread", "message", "message_read"));
        rows = activity.copyMessages(copy);
        deferred.restore(connection);
        log.info("Scale data: {} message threads, {} messages after {}", rows[0], rows[1],
                Duration.ofNanos(System.nanoTime() - began));
        deferred = BulkLoad.defer(connection, List.of("support_case", "support_case_event"));
        rows = activity.copySupportCases(copy);
        deferred.restore(connection);
        log.info("Scale data: {} support cases at the informal stages, {} timeline entries after {}", rows[0],
                rows[1], Duration.ofNanos(System.nanoTime() - began));
        UUID template = ScaleCases.survey(feedback);
        List<ScaleActivity.Question> questions = new java.util.ArrayList<>();
        try (var query = connection.prepareStatement(
                "SELECT id, kind FROM survey_question WHERE template_id = ? ORDER BY position")) {
            query.setObject(1, template);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    questions.add(new ScaleActivity.Question(rs.getObject(1, UUID.class), rs.getString(2)));
                }
            }
        }
        deferred = BulkLoad.defer(connection, List.of("survey_invitation", "survey_response", "survey_answer"));
        rows = activity.copySurveys(copy, template, questions);
        deferred.restore(connection);
        log.info("Scale data: {} survey invitations, {} responses, {} answers after {}", rows[0], rows[1], rows[2],
                Duration.ofNanos(System.nanoTime() - began));
        deferred = BulkLoad.defer(connection, List.of("notification"));
        long notices = activity.copyNotifications(copy);
        deferred.restore(connection);
        log.info("Scale data: {} notifications after {}", notices, Duration.ofNanos(System.nanoTime() - began));
        deferred = BulkLoad.defer(connection, List.of("audit_event"));
        long events = activity.copyAudit(copy);
        deferred.restore(connection);
        log.info("Scale data: {} audit events after {}", events, Duration.ofNanos(System.nanoTime() - began));
    }

    /** The table's foreign keys as {@code name definition}, to drop before a bulk load and add back after. */
    private static List<String> foreignKeysOf(Connection connection, String table) throws SQLException {
        List<String> keys = new java.util.ArrayList<>();
        try (var query = connection.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype = 'f'")) {
            query.setString(1, table);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
        }
        return keys;
    }

    /**
     * Portfolio evidence (3 million items at 100,000 apprenticeships × 30): each item with one
     * version and one KSB claim; mostly accepted, some referred back, the newest three waiting. The benchmark learner
     * (apprenticeship 0) has 300. Ids are made from the apprenticeship and item numbers, so the three tables agree.
     */
    private void evidence(CopyManager copy, Connection connection, UUID[] apprenticeshipIds, LocalDate[] starts,
            UUID[] learnerAccounts) throws SQLException, IOException {
        try (Statement ddl = connection.createStatement()) {
            for (String index : List.of("portfolio_evidence_apprenticeship_idx", "portfolio_evidence_waiting_idx",
                    "portfolio_claim_apprenticeship_idx")) {
                ddl.execute("DROP INDEX IF EXISTS " + index);
            }
        }
        int first = Math.min(apprenticeships, 1);
        long rows = (long) first * BENCHMARK_EVIDENCE + (long) (apprenticeships - first) * evidenceEach;
        copyRows(copy, "portfolio_evidence (id, apprenticeship_id, title, evidence_date, evidence_type, form, state,"
                + " current_number, added_by, created_at, updated_at)", rows, (n, out) -> {
                    int[] ak = itemOf(n);
                    int count = ak[0] == 0 ? BENCHMARK_EVIDENCE : evidenceEach;
                    out.append(evidenceId(ak)).append(',').append(apprenticeshipIds[ak[0]]).append(",Scale evidence ")
                            .append(ak[1]).append(',').append(starts[ak[0]].plusDays(ak[1] % 290)).append(',')
                            .append(EVIDENCE_TYPES[ak[1] % EVIDENCE_TYPES.length]).append(",TEXT,")
                            .append(evidenceState(ak[1], count)).append(",1,")
                            .append(learnerAccounts[ak[0]])
                            .append(",2024-01-01T00:00:00Z,2024-01-01T00:00:00Z\n");
                });
        copyRows(copy, "portfolio_evidence_version (evidence_id, number, body, scan, submitted_by, submitted_at)",
                rows, (n, out) -> {
                    int[] ak = itemOf(n);
                    out.append(evidenceId(ak)).append(",1,Scale evidence text ").append(ak[1]).append(",NOT_SCANNED,")
                            .append(learnerAccounts[ak[0]])
                            .append(",2024-01-01T00:00:00Z\n");
                });
        copyRows(copy, "portfolio_claim (evidence_id, apprenticeship_id, ksb_code, decision, feedback)", rows,
                (n, out) -> {
                    int[] ak = itemOf(n);
                    int count = ak[0] == 0 ? BENCHMARK_EVIDENCE : evidenceEach;
                    String state = evidenceState(ak[1], count);
                    String code = switch (ak[1] % 3) {
                        case 0 -> "K" + (1 + ak[1] % 10);
                        case 1 -> "S" + (1 + ak[1] % 10);
                        default -> "B" + (1 + ak[1] % 5);
                    };
                    out.append(evidenceId(ak)).append(',').append(apprenticeshipIds[ak[0]]).append(',').append(code)
                            .append(',').append(state.equals("SUBMITTED") ? "PENDING" : state)
                            .append(state.equals("REFERRED_BACK") ? ",Add an example\n" : ",\n");
                });
        try (Statement ddl = connection.createStatement()) {
            for (String index : EVIDENCE_INDEXES) {
                ddl.execute(index);
            }
        }
    }

    /** Item {@code n} of the COPY as {apprenticeship, item}: apprenticeship 0 has the first 300. */
    private int[] itemOf(long n) {
        if (n < BENCHMARK_EVIDENCE) {
            return new int[] {0, (int) n};
        }
        long rest = n - BENCHMARK_EVIDENCE;
        return new int[] {1 + (int) (rest / evidenceEach), (int) (rest % evidenceEach)};
    }

    private static UUID evidenceId(int[] ak) {
        return new UUID(0x5ca1e00000000000L | ak[0], 0x8000000000000000L | ak[1]);
    }

    private static String evidenceState(int item, int count) {
        return item >= count - 3 ? "SUBMITTED" : item % 17 == 5 ? "REFERRED_BACK" : "ACCEPTED";
    }
}
