package waypoint.demo.scale;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.OrganisationImport;

/**
 * Fills the embedded PostgreSQL with the reference data set (docs/performance.md) for what exists now:
 * 100,000 apprenticeships, 2,000 staff, 20,000 employers, 10 million off-the-job entries, by COPY. Runs only with the
 * Spring profile {@code scale-data} (never in {@code ./mvnw verify}); sizes can be reduced with
 * {@code --waypoint.scale.apprenticeships=1000} and so on. Two accounts can sign in for the benchmark:
 * {@code scale-tutor@waypoint.test} (60 apprenticeships) and {@code scale-learner@waypoint.test}, password
 * {@code waypoint-demo}. See docs/performance.md.
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
    /** The benchmark learner's portfolio: the portfolio page and KSB matrix with 300 evidence items. */
    static final int BENCHMARK_EVIDENCE = 300;
    private static final String[] EVIDENCE_TYPES = {"ASSIGNMENT", "PROJECT", "RESEARCH", "OBSERVATION_RECORD",
            "WITNESS_TESTIMONY", "PROFESSIONAL_DISCUSSION_RECORD", "REFLECTIVE_ACCOUNT", "WORK_PRODUCT",
            "MOCK_ASSESSMENT"};

    private final DataSource dataSource;
    private final UserAccounts accounts;
    private final OrganisationImport organisation;
    private final Clock clock;
    private final int apprenticeships;
    private final int staff;
    private final int employers;
    private final int entriesEach;
    private final int evidenceEach;

    ReferenceDataGenerator(DataSource dataSource, UserAccounts accounts, OrganisationImport organisation, Clock clock,
            @Value("${waypoint.scale.apprenticeships:100000}") int apprenticeships,
            @Value("${waypoint.scale.staff:2000}") int staff,
            @Value("${waypoint.scale.employers:20000}") int employers,
            @Value("${waypoint.scale.entries-each:100}") int entriesEach,
            @Value("${waypoint.scale.evidence-each:30}") int evidenceEach) {
        this.evidenceEach = evidenceEach;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.organisation = organisation;
        this.clock = clock;
        this.apprenticeships = apprenticeships;
        this.staff = staff;
        this.employers = employers;
        this.entriesEach = entriesEach;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        UUID tutorAccount = accounts.findByEmail(TUTOR).map(a -> a.id())
                .orElseGet(() -> accounts.createWithPassword(TUTOR, "Scale Tutor", Set.of(Role.TUTOR), PASSWORD).id());
        UUID learnerAccount = accounts.findByEmail(LEARNER).map(a -> a.id())
                .orElseGet(() -> accounts.createWithPassword(LEARNER, "Scale Learner", Set.of(Role.LEARNER),
                        PASSWORD).id());
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
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            LocalDate today = LocalDate.now(clock);
            SplittableRandom random = new SplittableRandom(42);
            UUID[] staffIds = ids(staff, 1);
            UUID[] employerIds = ids(employers, 2);
            UUID[] learnerIds = ids(apprenticeships, 3);
            UUID[] apprenticeshipIds = ids(apprenticeships, 4);

            copyRows(copy, "staff_member (id, account_id, name, email, created_at, version)", staff, (i, out) ->
                    out.append(staffIds[(int) i]).append(',').append(i == 0 ? tutorAccount : UUID.randomUUID())
                            .append(",Staff ").append(i).append(",staff").append(i).append("@scale.test,")
                            .append("2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "staff_role (staff_id, role)", staff, (i, out) ->
                    out.append(staffIds[(int) i]).append(",TUTOR\n"));
            copyRows(copy, "employer (id, name, address_town, address_postcode, funding, created_at, version)",
                    employers, (i, out) -> out.append(employerIds[(int) i]).append(",Employer ").append(i)
                            .append(",Leeds,LS1 1AA,LEVY,2024-01-01T00:00:00Z,0\n"));
            copyRows(copy, "learner (id, account_id, given_names, family_name, date_of_birth, uln, email, "
                    + "address_postcode, created_at, version)", apprenticeships, (n, out) -> {
                    int i = (int) n;
                    out.append(learnerIds[i]).append(',').append(i == 0 ? learnerAccount : UUID.randomUUID())
                            .append(",Learner,Number ").append(i).append(",2000-01-01,")
                            // ULNs from 8000000000 up: never one of the demo learners ULNs (which start with 1)
                            .append(String.format("%010d", 8_000_000_000L + i)).append(",learner").append(i)
                            .append("@scale.test,LS2 9JT,2024-01-01T00:00:00Z,0\n");
                });
            LocalDate[] starts = new LocalDate[apprenticeships];
            copyRows(copy, "apprenticeship (id, learner_id, employer_id, standard_reference, standard_version, "
                    + "tutor_id, start_date, planned_end_date, weekly_hours, status, created_at, creation_key, "
                    + "version, funding_type, training_price, epa_price)", apprenticeships, (n, out) -> {
                        int i = (int) n;
                        starts[i] = today.minusDays(300 + random.nextInt(400));
                        out.append(apprenticeshipIds[i]).append(',').append(learnerIds[i]).append(',')
                                .append(employerIds[i % employers]).append(",ST0116,1.1,")
                                .append(staffIds[tutorOf(i)]).append(',').append(starts[i]).append(',')
                                .append(starts[i].plusDays(730)).append(",37.5,")
                                .append(i % 10 == 9 ? "WITHDRAWN" : "IN_LEARNING")
                                .append(",2024-01-01T00:00:00Z,scale,0,")
                                .append(i % 3 == 0 ? "NON_LEVY" : "LEVY").append(",9000.00,1500.00\n");
                    });
            // What the ILR return reads of each: declarations, ILR details, and an employment status from a year
            // before the start (docs/domain/ilr.md); a tenth are withdrawn, on the day the apprenticeship's
            // timeline says (docs/performance.md, "The ILR return").
            String[] ethnicities = {"E31", "E39", "E44", "E35", "E34", "E42", "E99"};
            // sealed as the organisation module keeps them (docs/adr/0012-envelope-encryption-with-tink.md)
            java.util.HexFormat hex = java.util.HexFormat.of();
            copyRows(copy, "learner_declaration (learner_id, answers_enc, updated_at)", apprenticeships, (n, out) -> {
                UUID learner = learnerIds[(int) n];
                out.append(learner).append(",\\x").append(hex.formatHex(organisation.sealedDeclarations(learner,
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
            evidence(copy, connection, apprenticeshipIds, starts, learnerAccount);
            log.info("Scale data: evidence copied after {}", Duration.ofNanos(System.nanoTime() - began));
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("ANALYZE");
            }
            log.info("Scale data: done in {}", Duration.ofNanos(System.nanoTime() - began));
        }
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
            UUID learnerAccount) throws SQLException, IOException {
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
                            .append(ak[0] == 0 ? learnerAccount : apprenticeshipIds[ak[0]])
                            .append(",2024-01-01T00:00:00Z,2024-01-01T00:00:00Z\n");
                });
        copyRows(copy, "portfolio_evidence_version (evidence_id, number, body, scan, submitted_by, submitted_at)",
                rows, (n, out) -> {
                    int[] ak = itemOf(n);
                    out.append(evidenceId(ak)).append(",1,Scale evidence text ").append(ak[1]).append(",NOT_SCANNED,")
                            .append(ak[0] == 0 ? learnerAccount : apprenticeshipIds[ak[0]])
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

    /** The benchmark tutor (staff 0) has the first 60 apprenticeships; the rest are spread over the others. */
    private int tutorOf(int apprenticeship) {
        return apprenticeship < 60 || staff == 1 ? 0 : 1 + apprenticeship % (staff - 1);
    }

    private static UUID[] ids(int count, long kind) {
        UUID[] ids = new UUID[count];
        SplittableRandom random = new SplittableRandom(kind);
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong());
        }
        return ids;
    }

    interface Row {
        void write(long index, StringBuilder out);
    }

    /** Streams CSV rows to COPY in chunks of about a megabyte. */
    private static void copyRows(CopyManager copy, String table, long count, Row row) throws SQLException,
            IOException {
        CopyIn in = copy.copyIn("COPY " + table + " FROM STDIN WITH (FORMAT csv)");
        try {
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (long i = 0; i < count; i++) {
                row.write(i, chunk);
                if (chunk.length() > (1 << 20) - 512) {
                    byte[] bytes = chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            byte[] bytes = chunk.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
