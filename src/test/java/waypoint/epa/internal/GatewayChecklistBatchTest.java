package waypoint.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.catalogue.GatewayItemKind;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.EnglishAndMathsProgress;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.TrainingPlans;
import waypoint.epa.EpaImport;
import waypoint.epa.GatewayEvidence;
import waypoint.epa.GatewayEvidenceSource;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobHours;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The readiness dashboard evaluates a page of checklists together (no read per row of what any module holds): each
 * source is asked once per page, the other modules' facts are read for the whole page, and the facts are the same as
 * one apprenticeship's read alone, for apprentices whose facts differ. Every evidence source in the application answers
 * for a page itself.
 */
@WaypointTest
class GatewayChecklistBatchTest {

    @Autowired
    TestClock clock;

    @Autowired
    TrainingPlans plans;
    @Autowired
    OffTheJobHours offTheJob;
    @Autowired
    EnglishAndMathsProgress exemptions;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    EpaStore store;
    @Autowired
    Standards standards;
    @Autowired
    List<GatewayEvidenceSource> sources;
    @Autowired
    waypoint.review.FunctionalSkillsInReviews reviews;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    EpaImport epa;
    @Autowired
    waypoint.identity.UserAccounts accounts;

    /** Answers for every apprenticeship; counts how it is asked. */
    static final class CountingSource implements GatewayEvidenceSource {
        final AtomicInteger single = new AtomicInteger();
        final AtomicInteger pages = new AtomicInteger();

        @Override
        public List<GatewayEvidence> evidenceFor(ApprenticeshipId apprenticeshipId) {
            single.incrementAndGet();
            return List.of(new GatewayEvidence(GatewayItemKind.SHOWCASE_PREPARED, true, "Shown " + apprenticeshipId));
        }

        @Override
        public Map<ApprenticeshipId, List<GatewayEvidence>> evidenceForAll(Collection<ApprenticeshipId> ids) {
            pages.incrementAndGet();
            Map<ApprenticeshipId, List<GatewayEvidence>> all = new java.util.LinkedHashMap<>();
            ids.forEach(id -> all.put(id, List.of(new GatewayEvidence(GatewayItemKind.SHOWCASE_PREPARED, true,
                    "Shown " + id))));
            return all;
        }
    }

    /** Answers only one at a time, as a source written before the page method existed. */
    static final class OldSource implements GatewayEvidenceSource {
        final AtomicInteger single = new AtomicInteger();

        @Override
        public List<GatewayEvidence> evidenceFor(ApprenticeshipId apprenticeshipId) {
            single.incrementAndGet();
            return List.of();
        }
    }

    List<ApprenticeshipSummary> page(int rows) {
        List<ApprenticeshipSummary> page = new ArrayList<>();
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        for (int i = 0; i < rows; i++) {
            UUID id = started(people, "ST1379");
            epa.confirm(new ApprenticeshipId(id), "employer-confirmation", "Works at the level " + i, "Line manager",
                    "Employer");
            page.add(apprenticeships.find(new ApprenticeshipId(id)).orElseThrow());
        }
        return page;
    }

    /** An apprenticeship on the standard, started 400 days ago. */
    UUID started(TestApprenticeships people, String standard) {
        LocalDate start = LocalDate.now(clock).minusDays(400);
        UUID id = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager, standard,
                people.tutor, start, start.plusMonths(18), new java.math.BigDecimal("30"))).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        return id;
    }

    @Autowired
    waypoint.otj.OffTheJobImport offTheJobEntries;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    waypoint.shared.files.FileStore files;

    @Test
    void a_page_of_apprentices_whose_facts_differ_reads_the_same_facts_together_as_each_row_alone()
            throws java.io.IOException {
        // given: apprentices who differ in each fact another module holds
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(clock);
        UUID plain = started(people, "ST1379");
        UUID exempt = started(people, "ST1379");
        // the certificates kept as the upload keeps them, so the provider's export finds each file
        String english = files.put(new java.io.ByteArrayInputStream("GCSE English".getBytes()));
        String maths = files.put(new java.io.ByteArrayInputStream("GCSE maths".getBytes()));
        jdbc.sql("""
                INSERT INTO english_maths_exemption (apprenticeship_id, subject, qualification, certificate_file_id,
                    certificate_name, uploaded_at, uploaded_by, verified_at, verified_by)
                VALUES (:id, 'ENGLISH', 'GCSE English grade 5', :english, 'english.pdf', now(), :by, now(), :by),
                       (:id, 'MATHS', 'GCSE maths grade 4', :maths, 'maths.pdf', now(), :by, NULL, NULL)""")
                .param("id", exempt).param("by", UUID.randomUUID()).param("english", english)
                .param("maths", maths).update();
        UUID onABreak = started(people, "ST1379");
        enrolment.breakInLearning(new ApprenticeshipId(onABreak), today.minusDays(100), today.plusDays(30), "Illness");
        UUID withHours = started(people, "ST1379");
        offTheJobEntries.log(new ApprenticeshipId(withHours), "batch-" + withHours, today.minusDays(390), 6 * 60, "THEORY",
                "A day of training away from normal duties", List.of()).ifPresent(offTheJobEntries::approve);
        UUID otherStandard = started(people, "ST0116");
        List<ApprenticeshipSummary> page = List.of(plain, exempt, onABreak, withHours, otherStandard).stream()
                .map(id -> apprenticeships.find(new ApprenticeshipId(id)).orElseThrow()).toList();
        GatewayFactsReader reader = new GatewayFactsReader(plans, offTheJob, exemptions, apprenticeships, store,
                standards, sources, reviews);

        // when
        Map<ApprenticeshipId, GatewayChecklist.Facts> together = reader.ofAll(page, today);

        // then: each row as read alone
        for (ApprenticeshipSummary a : page) {
            assertThat(together.get(a.id())).as(a.learnerName()).isEqualTo(reader.of(a,
                    standards.find(a.standardReference(), a.standardVersion()), today));
        }
        // and the rows differ as their facts do
        assertThat(together.get(new ApprenticeshipId(exempt)).english().exemption()).isEqualTo("GCSE English grade 5");
        assertThat(together.get(new ApprenticeshipId(exempt)).maths().exemption()).as("a certificate not checked yet")
                .isNull();
        assertThat(together.get(new ApprenticeshipId(plain)).english().exemption()).isNull();
        assertThat(together.get(new ApprenticeshipId(onABreak)).daysOnProgramme())
                .isEqualTo(together.get(new ApprenticeshipId(plain)).daysOnProgramme() - 100);
        assertThat(together.get(new ApprenticeshipId(withHours)).approvedOtjHours()).isEqualByComparingTo("6");
        assertThat(together.get(new ApprenticeshipId(plain)).approvedOtjHours()).isEqualByComparingTo("0");
        assertThat(together.get(new ApprenticeshipId(plain)).rulePack()).isNotEqualTo("no rule pack");
        assertThat(together.get(new ApprenticeshipId(otherStandard)).standardItems())
                .isNotEqualTo(together.get(new ApprenticeshipId(plain)).standardItems());
    }

    @Test
    void a_page_of_checklists_asks_each_source_once_and_reads_the_same_facts_as_one_at_a_time() {
        CountingSource counting = new CountingSource();
        OldSource old = new OldSource();
        List<GatewayEvidenceSource> all = new ArrayList<>(sources);
        all.add(counting);
        all.add(old);
        GatewayFactsReader reader = new GatewayFactsReader(plans, offTheJob, exemptions, apprenticeships, store,
                standards, all, reviews);
        List<ApprenticeshipSummary> page = page(4);
        LocalDate today = LocalDate.now(clock);

        Map<ApprenticeshipId, GatewayChecklist.Facts> together = reader.ofAll(page, today);

        assertThat(counting.pages.get()).isEqualTo(1);
        assertThat(counting.single.get()).isZero();
        assertThat(old.single.get()).as("a source without the page method is asked per row").isEqualTo(4);
        assertThat(together.keySet()).containsExactlyElementsOf(page.stream().map(ApprenticeshipSummary::id).toList());
        for (ApprenticeshipSummary a : page) {
            GatewayChecklist.Facts alone = reader.of(a, standards.find(a.standardReference(), a.standardVersion()),
                    today);
            assertThat(together.get(a.id())).isEqualTo(alone);
            assertThat(together.get(a.id()).confirmations()).containsKey("employer-confirmation");
        }
    }

    @Test
    void every_evidence_source_in_the_application_answers_for_a_page_itself() throws NoSuchMethodException {
        assertThat(sources).isNotEmpty();
        for (GatewayEvidenceSource source : sources) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(source);
            assertThat(type.getMethod("evidenceForAll", Collection.class).getDeclaringClass())
                    .as(type.getName()).isNotEqualTo(GatewayEvidenceSource.class);
        }
    }

    @Test
    void the_portfolio_source_answers_a_page_as_it_answers_each_apprenticeship() {
        List<ApprenticeshipSummary> page = page(2);
        List<ApprenticeshipId> ids = page.stream().map(ApprenticeshipSummary::id).toList();
        for (GatewayEvidenceSource source : sources) {
            Map<ApprenticeshipId, List<GatewayEvidence>> together = source.evidenceForAll(ids);
            for (ApprenticeshipId id : ids) {
                assertThat(together.get(id)).isEqualTo(source.evidenceFor(id));
            }
        }
    }
}
