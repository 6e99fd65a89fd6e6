package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrFileWriter;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrSchemas;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.ProviderProfile;
import waypoint.reporting.internal.ilr.DemoIlrReturnTest;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.support.WaypointTest;
import waypoint.shared.money.Money;

/**
 * The ILR return Waypoint builds from its record: a fixed set of apprentices at every stage gives the file kept as
 * the golden file (apart from what differs from run to run: reference numbers, ULNs, names and emails), and the
 * demo provider's whole return is valid against the official schema.
 */
@WaypointTest
class IlrReturnExportTest {

    static final IlrYear YEAR = IlrYear.named("2025-26");
    static final ReturnPeriod R12 = ReturnPeriod.named("R12");
    static final Path GOLDEN = Path.of("src/test/resources/ilr/golden/apprentices-at-every-stage-2025-26-R12.xml");
    static final IlrFileHeader HEADER = new IlrFileHeader(YEAR, 10099999, LocalDate.of(2026, 8, 4),
            LocalDateTime.of(2026, 8, 4, 9, 30), "01", "Waypoint", "Waypoint", null);

    @Autowired
    IlrReturnSource source;
    @Autowired
    IlrSchemas schemas;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    ProviderProfile provider;

    TestApprenticeships people;
    UUID epao;

    private CurrentUser admin() {
        var account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    /** A learner with their ILR facts and an apprenticeship on ST0116 started on the day, employed a year before. */
    private UUID apprenticeship(LocalDate start, FundingType funding, Set<UUID> learners) {
        if (epao == null) {
            epao = organisation.findEpao("EPA0901").orElse(null);
        }
        LearnerId learner = people.learner();
        learners.add(learner.value());
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false, new IlrDetails(
                IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of()));
        UUID id = enrolment.record(new NewApprenticeship(learner, people.employer, people.lineManager, "ST0116", null,
                people.tutor, List.of(), start, start.plusMonths(18), null, new BigDecimal("37.5"), null, null,
                Set.of(), funding, Money.pounds("9000.00"), Money.pounds("1500.40"), epao, null, null)).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        return id;
    }

    @Test
    void apprentices_at_every_stage_give_the_golden_file_and_it_is_valid() throws IOException {
        people = new TestApprenticeships(organisation, accounts);
        epao = organisation.findEpao("EPA0901").orElse(null);
        CurrentUser admin = admin();
        Set<UUID> learners = new LinkedHashSet<>();
        LocalDate september = LocalDate.of(2025, 9, 1);

        apprenticeship(september, FundingType.LEVY, learners);

        UUID onABreak = apprenticeship(september, FundingType.NON_LEVY, learners);
        enrolment.breakInLearning(new ApprenticeshipId(onABreak), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 9, 1),
                "Illness");

        UUID returned = apprenticeship(september, FundingType.LEVY, learners);
        enrolment.breakInLearning(new ApprenticeshipId(returned), LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 2),
                "Caring");
        lifecycle.returnFromBreak(admin, new ApprenticeshipId(returned), LocalDate.of(2026, 2, 2), "Back at work",
                null);

        UUID withdrawn = apprenticeship(september, FundingType.LEVY, learners);
        enrolment.withdraw(new ApprenticeshipId(withdrawn), LocalDate.of(2026, 3, 2),
                WithdrawalReason.OTHER_PERSONAL_REASONS,
                "Left to travel");

        UUID completed = apprenticeship(LocalDate.of(2024, 3, 4), FundingType.LEVY, learners);
        enrolment.gateway(new ApprenticeshipId(completed), LocalDate.of(2025, 9, 1));
        enrolment.endPointAssessment(new ApprenticeshipId(completed), LocalDate.of(2025, 10, 1));
        enrolment.complete(new ApprenticeshipId(completed), LocalDate.of(2025, 11, 14), "Passed with merit");

        UUID changedEmployer = apprenticeship(september, FundingType.LEVY, learners);
        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        lifecycle.changeEmployer(admin, new ApprenticeshipId(changedEmployer), newJob.employer, newJob.lineManager,
                LocalDate.of(2026, 1, 5), "Took a new job", null);

        UUID transferred = apprenticeship(september, FundingType.LEVY, learners);
        enrolment.withdraw(new ApprenticeshipId(transferred), LocalDate.of(2026, 4, 6),
                WithdrawalReason.TRANSFERRED_TO_ANOTHER_PROVIDER,
                "Moved to a provider nearer home");

        // back within 4 weeks: an absence, not a break in learning, so the aim goes on
        UUID absent = apprenticeship(september, FundingType.LEVY, learners);
        enrolment.breakInLearning(new ApprenticeshipId(absent), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2),
                "Operation");
        lifecycle.returnFromBreak(admin, new ApprenticeshipId(absent), LocalDate.of(2026, 1, 26), "Recovered early",
                null);

        List<IlrLearner> built = new ArrayList<>();
        source.forEachLearner(YEAR, R12, learners, built::add);
        String file = normalised(write(HEADER, built));

        assertThat(built).extracting(l -> l.origin().learnerId()).containsExactlyElementsOf(learners);
        assertThat(built.get(2).learningDeliveries()).hasSize(2);
        assertThat(built.get(7).learningDeliveries()).singleElement()
                .satisfies(d -> assertThat(d.compStatus()).isEqualTo(1));
        assertThat(built).allSatisfy(l -> assertThat(l.origin().tutorIds()).containsExactly(people.tutor.value()));
        assertThat(schemas.check(YEAR, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))).isEmpty();
        if (!Files.exists(GOLDEN)) {
            Files.writeString(GOLDEN, file);
        }
        assertThat(file).isEqualTo(Files.readString(GOLDEN));
    }

    @Test
    void learners_without_learning_in_the_year_up_to_the_period_are_left_out() {
        people = new TestApprenticeships(organisation, accounts);
        Set<UUID> learners = new LinkedHashSet<>();
        LearnerId stillOnboarding = people.learner();
        learners.add(stillOnboarding.value());
        enrolment.record(people.newFor(stillOnboarding));
        UUID withdrawnLastYear = apprenticeship(LocalDate.of(2024, 9, 2), FundingType.LEVY, learners);
        enrolment.withdraw(new ApprenticeshipId(withdrawnLastYear), LocalDate.of(2025, 6, 2),
                WithdrawalReason.FINANCIAL_REASONS,
                "Could not afford to travel");
        apprenticeship(LocalDate.of(2026, 3, 2), FundingType.LEVY, learners);
        UUID startedInMarch = List.copyOf(learners).get(2);

        List<UUID> inJanuary = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R06"), learners, l -> inJanuary.add(l.origin().learnerId()));
        List<UUID> inMarch = new ArrayList<>();
        source.forEachLearner(YEAR, ReturnPeriod.named("R08"), learners, l -> inMarch.add(l.origin().learnerId()));

        assertThat(inJanuary).isEmpty();
        assertThat(inMarch).containsExactly(startedInMarch);
    }

    @Test
    void an_apprenticeship_brought_in_on_a_break_is_on_a_break_in_the_return() {
        people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116", people.tutor,
                LocalDate.of(2025, 6, 2), LocalDate.of(2026, 12, 1), new BigDecimal("37.5"))
                .migrated(new NewApprenticeship.Migration(ApprenticeshipStatus.BREAK_IN_LEARNING,
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 1), null)));

        List<IlrLearner> built = new ArrayList<>();
        source.forEachLearner(YEAR, R12, Set.of(learner.value()), built::add);

        assertThat(built).singleElement().satisfies(l -> assertThat(l.learningDeliveries()).singleElement()
                .satisfies(d -> {
                    assertThat(d.compStatus()).isEqualTo(6);
                    assertThat(d.learnActEndDate()).isEqualTo(LocalDate.of(2026, 3, 2));
                    assertThat(d.outcome()).isEqualTo(3);
                }));
    }

    @Test
    void the_demo_providers_whole_return_is_valid_against_the_official_schema() {
        // the demo's apprenticeships are dated around today; 2025-26 R12 (to 31 July 2026) has learning in it. Other
        // tests add learners to the same database, some without the facts the schema needs: only the demo's count,
        // and not the learner just brought in from another provider, whose enrolment facts are still to collect
        List<IlrLearner> demo = sourceAll(YEAR, R12).stream().filter(l -> l.email() != null
                && (l.email().endsWith("@learners.test") || l.email().endsWith("@waypoint.test"))
                && !l.email().equals(DemoIlrReturnTest.JUST_TRANSFERRED_IN)).toList();
        String file = write(HEADER, demo);

        assertThat(file).contains("<Learner>");
        assertThat(schemas.check(YEAR, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void the_header_names_the_providers_ukprn() {
        var header = source.header(YEAR, "02");

        assertThat(header.map(h -> String.valueOf(h.ukprn())))
                .isEqualTo(provider.details().map(d -> d.ukprn().strip()));
        header.ifPresent(h -> assertThat(h.serialNo()).isEqualTo("02"));
    }

    private List<IlrLearner> sourceAll(IlrYear year, ReturnPeriod period) {
        List<IlrLearner> all = new ArrayList<>();
        source.forEachLearner(year, period, all::add);
        return all;
    }

    private static String write(IlrFileHeader header, List<IlrLearner> learners) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrFileWriter writer = IlrFileWriter.open(header, out)) {
            learners.forEach(writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What differs from run to run made fixed: reference numbers in order, ULNs, made-up names and emails. */
    static String normalised(String file) {
        Map<String, String> references = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<LearnRefNumber>([^<]+)</LearnRefNumber>").matcher(file);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = references.computeIfAbsent(m.group(1), k -> "LEARNER" + (references.size() + 1));
            m.appendReplacement(out, "<LearnRefNumber>" + ref + "</LearnRefNumber>");
        }
        m.appendTail(out);
        return out.toString().replaceAll("<ULN>\\d+</ULN>", "<ULN>1000000000</ULN>")
                .replaceAll("<FamilyName>Apprentice [^<]+</FamilyName>", "<FamilyName>Apprentice</FamilyName>")
                .replaceAll("<Email>[^<]+</Email>", "<Email>apprentice@example.test</Email>");
    }
}
