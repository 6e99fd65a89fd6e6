package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.employer.EmployerQueries;
import waypoint.organisation.internal.employer.EmployerRow;
import waypoint.organisation.internal.learner.LearnerQueries;
import waypoint.organisation.internal.learner.LearnerRow;
import waypoint.organisation.internal.staff.StaffService;
import waypoint.organisation.internal.staff.StaffView;
import waypoint.shared.web.PageOf;
import waypoint.support.WaypointTest;
import waypoint.shared.ids.TypedId;

/**
 * The everyday lists read a page of their own rows and then what the page shows of each row's current apprenticeship
 * for those rows alone (docs/performance.md, "Everyday lists"). Their pages and counts are the answers the lists gave
 * when they joined every learner's current apprenticeship before paging, which this test still asks the database for
 * (the same SQL as then), for a hand-built set: a learner who moved employer and tutor (a withdrawn apprenticeship,
 * then a new one), learners at each employer and tutor, and a learner with no apprenticeship yet.
 */
@WaypointTest
class EverydayListsTest {

    /** The learners list as it was: every learner joined to their current apprenticeship, employer and tutor. */
    private static final String OLD_LEARNERS = """
            SELECT l.id, e.id AS employer_id, e.name AS employer_name, s.id AS tutor_id, s.name AS tutor_name
            FROM learner l LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id
                 LEFT JOIN employer e ON e.id = r.employer_id LEFT JOIN staff_member s ON s.id = r.tutor_id
            WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""";
    private static final String OLD_LEARNERS_COUNT = """
            SELECT count(*) FROM learner l LEFT JOIN learner_apprenticeship r ON r.learner_id = l.id
                 LEFT JOIN employer e ON e.id = r.employer_id LEFT JOIN staff_member s ON s.id = r.tutor_id
            WHERE %s""";
    private static final String SEARCHED = "(l.full_name ILIKE :q OR l.email ILIKE :q OR l.uln ILIKE :q)";
    /** A row's count as the staff and employers lists counted it, one query per row. */
    private static final String OLD_COUNT = "SELECT count(*) FROM learner l LEFT JOIN learner_apprenticeship r"
            + " ON r.learner_id = l.id WHERE r.%s = :id";

    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    LearnerQueries learners;
    @Autowired
    StaffService staff;
    @Autowired
    EmployerQueries employers;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    String set;
    EmployerId firstEmployer;
    EmployerId secondEmployer;
    UUID firstTutor;
    UUID secondTutor;
    LearnerId moved;
    LearnerId stayed;
    LearnerId atTheSecond;
    LearnerId withoutApprenticeship;

    @BeforeEach
    void aSetOfLearnersOneOfWhomMovedEmployerAndTutor() {
        set = "Listed" + Fixtures.unique();
        firstEmployer = organisation.employer(new EmployerDetails(set + " Anvil Works", "1 High Street", null, "Leeds",
                "LS1 1AA", Funding.NON_LEVY));
        secondEmployer = organisation.employer(new EmployerDetails(set + " Bellows Ltd", "2 High Street", null,
                "York", "YO1 1AA", Funding.LEVY));
        firstTutor = tutor("Ada");
        secondTutor = tutor("Bea");
        stayed = learner("Carter", firstEmployer, firstTutor);
        moved = learner("Abbott", firstEmployer, firstTutor);
        UUID left = apprenticeshipsOf(moved);
        apprenticeships.withdraw(new ApprenticeshipId(left), LocalDate.of(2025, 12, 1), WithdrawalReason.values()[0],
                "Moved employer");
        UUID now = apprenticeships.record(NewApprenticeship.of(moved, secondEmployer, null, "ST0116",
                new StaffMemberId(secondTutor), LocalDate.of(2026, 1, 5), LocalDate.of(2027, 7, 5),
                new BigDecimal("37.5"))).value();
        apprenticeships.employed(new ApprenticeshipId(now), LocalDate.of(2025, 1, 5),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(now), LocalDate.of(2026, 1, 5));
        atTheSecond = learner("Baxter", secondEmployer, firstTutor);
        withoutApprenticeship = organisation.learner(details("Dunn"));
    }

    @Test
    void a_learner_is_listed_with_their_current_apprenticeships_employer_and_tutor_not_one_they_left() {
        LearnerRow row = learners.list(LearnerScope.everyone(), ListRequest.of(set + " Abbott", 0, 25, null),
                LearnerQueries.Filter.none()).items().get(0);

        assertThat(row.id()).isEqualTo(moved.value());
        assertThat(row.employerId()).isEqualTo(secondEmployer);
        assertThat(row.tutorId()).isEqualTo(secondTutor);
        assertThat(learners.list(LearnerScope.everyone(), ListRequest.of(set + " Dunn", 0, 25, null),
                LearnerQueries.Filter.none()).items().get(0).employerName()).isNull();
    }

    @Test
    void every_page_of_the_learners_list_in_every_order_is_the_page_it_was() {
        for (String sort : List.of("name", "-name", "uln", "-uln", "employer", "-employer")) {
            for (int page = 0; page < 3; page++) {
                ListRequest request = ListRequest.of(set, page, 2, sort);
                assertThat(rows(learners.list(LearnerScope.everyone(), request, LearnerQueries.Filter.none())))
                        .as("sorted by %s, page %d", sort, page)
                        .isEqualTo(oldPage(SEARCHED, Map.of("q", "%" + set + "%"), request));
            }
        }
    }

    @Test
    void a_tutors_caseload_and_an_employers_apprentices_are_the_pages_they_were() {
        ListRequest request = ListRequest.of(null, 0, 25, null);
        PageOf<LearnerRow> caseload = learners.list(LearnerScope.caseloadOf(new StaffMemberId(firstTutor)), request,
                LearnerQueries.Filter.none());
        PageOf<LearnerRow> apprentices = learners.list(LearnerScope.apprenticesOf(firstEmployer), request,
                LearnerQueries.Filter.none());

        assertThat(caseload.items()).extracting(LearnerRow::id).containsExactly(atTheSecond.value(), stayed.value());
        assertThat(rows(caseload)).isEqualTo(oldPage("r.tutor_id = :id", Map.of("id", firstTutor), request));
        assertThat(apprentices.items()).extracting(LearnerRow::id).containsExactly(stayed.value());
        assertThat(rows(apprentices)).isEqualTo(oldPage("r.employer_id = :id", Map.of("id", firstEmployer.value()),
                request));
    }

    @Test
    void the_employer_and_tutor_filters_are_the_pages_they_were() {
        ListRequest request = ListRequest.of(set, 0, 25, "employer");
        PageOf<LearnerRow> atSecond = learners.list(LearnerScope.everyone(), request,
                new LearnerQueries.Filter(secondEmployer, null));

        assertThat(atSecond.items()).extracting(LearnerRow::id).containsExactlyInAnyOrder(moved.value(),
                atTheSecond.value());
        assertThat(rows(atSecond)).isEqualTo(oldPage(SEARCHED + " AND r.employer_id = :id",
                Map.of("q", "%" + set + "%", "id", secondEmployer.value()), request));
        assertThat(rows(learners.list(LearnerScope.everyone(), request, new LearnerQueries.Filter(null, firstTutor))))
                .isEqualTo(oldPage(SEARCHED + " AND r.tutor_id = :id",
                        Map.of("q", "%" + set + "%", "id", firstTutor), request));
    }

    @Test
    void a_tutors_caseload_counts_the_learners_whose_current_apprenticeship_is_theirs() {
        PageOf<StaffView> page = staff.list(new People(accounts).as(DemoAccounts.ADMIN),
                ListRequest.of(set, 0, 25, null), Role.TUTOR);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(StaffView::id).containsExactly(firstTutor, secondTutor);
        assertThat(page.items()).extracting(StaffView::caseload).containsExactly(2L, 1L)
                .containsExactly(oldCount("tutor_id", firstTutor), oldCount("tutor_id", secondTutor));
        assertThat(page.items()).allSatisfy(member -> assertThat(member.roles()).containsExactly(Role.TUTOR));
        assertThat(staff.view(new People(accounts).as(DemoAccounts.ADMIN), firstTutor).caseload()).isEqualTo(2L);
    }

    @Test
    void an_employers_count_is_of_the_learners_whose_current_apprenticeship_is_with_them() {
        PageOf<EmployerRow> page = employers.list(ListRequest.of(set, 0, 25, null));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(EmployerRow::id).containsExactly(firstEmployer, secondEmployer);
        assertThat(page.items()).extracting(EmployerRow::apprentices).containsExactly(1L, 2L)
                .containsExactly(oldCount("employer_id", firstEmployer.value()),
                        oldCount("employer_id", secondEmployer.value()));
    }

    private UUID tutor(String name) {
        return organisation.staff(new StaffDetails(set + " " + name, name.toLowerCase() + "-" + set.toLowerCase()
                + "@example.test", null, Set.of(Role.TUTOR))).value();
    }

    private LearnerId learner(String familyName, EmployerId employer, UUID tutor) {
        LearnerId learner = organisation.learner(details(familyName));
        UUID apprenticeship = apprenticeships.record(NewApprenticeship.of(learner, employer, null, "ST0116",
                new StaffMemberId(tutor),
                LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), new BigDecimal("37.5"))).value();
        apprenticeships.employed(new ApprenticeshipId(apprenticeship), LocalDate.of(2024, 9, 1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(apprenticeship), LocalDate.of(2025, 9, 1));
        return learner;
    }

    private LearnerDetails details(String familyName) {
        return new LearnerDetails("Test", set + " " + familyName, LocalDate.of(2004, 5, 6), Fixtures.uln(),
                "AB123456C", familyName.toLowerCase() + "-" + set.toLowerCase() + "@example.test", "07700 900123",
                "2 Low Road", null, "Leeds", "ls2 9jt", "Parent", "07700 900456");
    }

    private UUID apprenticeshipsOf(LearnerId learner) {
        return jdbc.sql("SELECT id FROM apprenticeship WHERE learner_id = :id").param("id", learner)
                .query(UUID.class).single();
    }

    /** Each row as the lists show it (learner, employer and tutor), with the page's total first. */
    private static List<List<Object>> rows(PageOf<LearnerRow> page) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(page.total()));
        page.items().forEach(r -> rows.add(row(r.id(), TypedId.valueOf(r.employerId()), r.employerName(), r.tutorId(),
                r.tutorName())));
        return rows;
    }

    private List<List<Object>> oldPage(String condition, Map<String, Object> params, ListRequest request) {
        Map<String, Object> all = new HashMap<>(params);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(jdbc.sql(OLD_LEARNERS_COUNT.formatted(condition)).params(all).query(Long.class).single()));
        all.put("limit", request.size());
        all.put("offset", request.offset());
        rows.addAll(jdbc.sql(OLD_LEARNERS.formatted(condition, learners.sortOf(request)
                        .orderBy(LearnerQueries.SORTS, "l.id")))
                .params(all).query((rs, n) -> row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5))).list());
        return rows;
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private long oldCount(String column, UUID id) {
        return jdbc.sql(OLD_COUNT.formatted(column)).param("id", id).query(Long.class).single();
    }
}
