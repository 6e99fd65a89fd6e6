package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.enrolment.EnglishMathsChoices;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrFileWriter;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.ilr.IlrReturnSource;
import waypoint.support.WaypointTest;
import waypoint.organisation.EmployerId;
import waypoint.shared.money.Money;

/**
 * The round trip (docs/domain/ilr-import.md): Waypoint's return of a set of apprentices, brought in again as another
 * system's file would bring them (their reference numbers, ULNs and emails changed to unused ones, since they are
 * still here), gives the same return once those are mapped back; the header is written with the same date and time.
 * In learning (levy and non-levy) and withdrawn make the trip; a break, a completion and a change of employer are not
 * brought in from a file yet.
 */
@WaypointTest
class IlrRoundTripTest {

    static final IlrYear YEAR = IlrYear.named("2025-26");
    static final ReturnPeriod R12 = ReturnPeriod.named("R12");
    static final IlrFileHeader HEADER = new IlrFileHeader(YEAR, 10099999, LocalDate.of(2026, 8, 4),
            LocalDateTime.of(2026, 8, 4, 9, 30), "01", "Waypoint", "Waypoint", null);

    @Autowired
    IlrReturnSource source;
    @Autowired
    IlrApprenticeshipImport ilr;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    StandardImporter standards;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    EnglishMathsQualifications qualifications;
    @Autowired
    EnglishMathsChoices choices;

    @TempDir
    Path folder;

    TestApprenticeships people;
    EmployerId employer;

    @Test
    void apprentices_exported_then_imported_then_exported_again_give_the_same_file() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
        employer = organisation.employer(new EmployerDetails("Round Trip Engineering " + TestApprenticeships.unique(),
                "1 Mill Lane", null, "Leeds", "LS1 4AP", Funding.LEVY, IlrFiles.employerReferenceNumber()));
        LocalDate september = LocalDate.of(2025, 9, 1);
        Set<UUID> learners = new LinkedHashSet<>();
        apprenticeship(september, FundingType.LEVY, learners);
        apprenticeship(LocalDate.of(2025, 10, 6), FundingType.NON_LEVY, learners);
        UUID withdrawn = apprenticeship(september, FundingType.LEVY, learners);
        enrolment.withdraw(new ApprenticeshipId(withdrawn), LocalDate.of(2026, 3, 2),
                WithdrawalReason.OTHER_PERSONAL_REASONS,
                "Left to travel");

        String exported = export(learners);
        assertThat(exported).contains("<StdCode>" + IlrFiles.SAMPLE_LARS_CODE + "</StdCode>").contains("<EmpId>");

        Renumbering renumbering = new Renumbering(exported);
        String file = renumbering.apply(exported);
        Outcome outcome = ilr.importAll(new CurrentUser(UUID.randomUUID(), "data@waypoint.test", "Morgan Data",
                Set.of(Role.DATA_OFFICER)), IlrFiles.write(folder, file), new IlrApprenticeshipImport.Chosen(
                people.tutor.value(), new BigDecimal("37.5")));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isTrue();
        assertThat(outcome.apprentices()).isEqualTo(3);

        Set<UUID> imported = new LinkedHashSet<>();
        renumbering.references.values().forEach(reference ->
                imported.add(organisation.findLearnerByReference(reference).orElseThrow().value()));
        String again = export(imported);

        assertThat(renumbering.undo(again)).isEqualTo(exported);
        // every start since 1 April 2021 is ACT 1, levy-paying employer or not: the file cannot say which
        assertThat(jdbc.sql("SELECT count(*) FROM apprenticeship a JOIN learner l ON l.id = a.learner_id"
                + " WHERE l.id IN (:ids) AND a.funding_type IS NULL").param("ids", imported)
                .query(Integer.class).single()).isEqualTo(3);
    }

    /**
     * English and maths make the trip (docs/domain/english-and-maths-aims.md): each apprentice's study with the
     * qualification chosen is written as a component aim with its learning aim reference, dates and achievement, and a
     * file with those aims brings them back as the apprenticeship's English and maths with the same qualification.
     */
    @Test
    void english_and_maths_aims_exported_then_imported_then_exported_again_are_the_same() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
        employer = organisation.employer(new EmployerDetails("Round Trip Maths " + TestApprenticeships.unique(),
                "1 Mill Lane", null, "Leeds", "LS1 4AP", Funding.LEVY, IlrFiles.employerReferenceNumber()));
        EnglishMathsQualification english = qualification("ENGLISH", "LEVEL_1");
        EnglishMathsQualification maths = qualification("MATHS", "LEVEL_2");
        LocalDate september = LocalDate.of(2025, 9, 1);
        Set<UUID> learners = new LinkedHashSet<>();
        UUID studying = apprenticeship(september, FundingType.LEVY, learners);
        choices.chooseForTheSystem(new ApprenticeshipId(studying), EnglishMathsQualification.Subject.ENGLISH,
                english.id(),
                september.plusDays(14), LocalDate.of(2026, 6, 30), null);
        choices.chooseForTheSystem(new ApprenticeshipId(studying), EnglishMathsQualification.Subject.MATHS,
                maths.id(), null, null,
                LocalDate.of(2026, 3, 10));
        UUID withdrawn = apprenticeship(september, FundingType.LEVY, learners);
        choices.chooseForTheSystem(new ApprenticeshipId(withdrawn), EnglishMathsQualification.Subject.MATHS,
                maths.id(), null, null, null);
        enrolment.withdraw(new ApprenticeshipId(withdrawn), LocalDate.of(2026, 3, 2),
                WithdrawalReason.OTHER_PERSONAL_REASONS,
                "Left to travel");

        String exported = export(learners);
        assertThat(exported).contains("<LearnAimRef>" + english.learnAimRef() + "</LearnAimRef>")
                .contains("<LearnAimRef>" + maths.learnAimRef() + "</LearnAimRef>").contains("<AimType>3</AimType>");

        Renumbering renumbering = new Renumbering(exported);
        Outcome outcome = ilr.importAll(new CurrentUser(UUID.randomUUID(), "data@waypoint.test", "Morgan Data",
                Set.of(Role.DATA_OFFICER)), IlrFiles.write(folder, renumbering.apply(exported)),
                new IlrApprenticeshipImport.Chosen(people.tutor.value(), new BigDecimal("37.5")));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.notes()).extracting(IlrApprenticeshipImport.Finding::field)
                .doesNotContain("LearningDelivery");

        Set<UUID> imported = new LinkedHashSet<>();
        renumbering.references.values().forEach(reference ->
                imported.add(organisation.findLearnerByReference(reference).orElseThrow().value()));
        assertThat(renumbering.undo(export(imported))).isEqualTo(exported);
    }

    /**
     * An apprenticeship unit (programme type 34) is in the ILR from 2026-27: a 2025-26 file carrying one is refused
     * with a listed problem naming the year's rules, and nothing is brought in.
     */
    @Test
    void a_2025_26_file_with_an_apprenticeship_unit_is_refused_naming_the_years_rules() {
        IlrFiles.sampleStandardInCatalogue(standards);
        people = new TestApprenticeships(organisation, accounts);
        employer = organisation.employer(new EmployerDetails("Unit Engineering " + TestApprenticeships.unique(),
                "1 Mill Lane", null, "Leeds", "LS1 4AP", Funding.LEVY, IlrFiles.employerReferenceNumber()));
        Set<UUID> learners = new LinkedHashSet<>();
        apprenticeship(LocalDate.of(2025, 9, 1), FundingType.LEVY, learners);
        Renumbering renumbering = new Renumbering(export(learners));
        String unit = renumbering.apply(export(learners)).replace("<ProgType>25</ProgType>", "<ProgType>34</ProgType>");

        Outcome outcome = ilr.importAll(new CurrentUser(UUID.randomUUID(), "data@waypoint.test", "Morgan Data",
                Set.of(Role.DATA_OFFICER)), IlrFiles.write(folder, unit),
                new IlrApprenticeshipImport.Chosen(people.tutor.value(), new BigDecimal("37.5")));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("ProgType");
            assertThat(p.message()).contains("apprenticeship unit").contains("2026-27")
                    .contains("the 2025-26 rules");
        });
        renumbering.references.values().forEach(reference ->
                assertThat(organisation.findLearnerByReference(reference)).isEmpty());
    }

    private EnglishMathsQualification qualification(String subject, String level) {
        String ref = "6" + String.format("%07d", new java.util.Random().nextInt(10_000_000));
        return qualifications.recordForTheSystem(new EnglishMathsQualifications.NewQualification(
                "Functional Skills " + subject + " " + level + " " + ref, "Round Trip Awards", subject, level,
                "FUNCTIONAL_SKILLS", ref));
    }

    /** A learner with their ILR facts and an apprenticeship started on the day, employed a year before. */
    private UUID apprenticeship(LocalDate start, FundingType funding, Set<UUID> learners) {
        LearnerId learner = people.learner();
        learners.add(learner.value());
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false, new IlrDetails(
                IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of()));
        UUID id = enrolment.record(new NewApprenticeship(learner, employer, null, IlrFiles.SAMPLE_STANDARD, null,
                people.tutor, List.of(), start, start.plusMonths(18), null, new BigDecimal("37.5"), null, null,
                Set.of(), funding, Money.pounds("9000.00"), Money.pounds("1500.40"),
                organisation.findEpao("EPA0901").orElse(null), null, null)).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        return id;
    }

    private String export(Set<UUID> learners) {
        List<IlrLearner> built = new ArrayList<>();
        source.forEachLearner(YEAR, R12, learners, built::add);
        assertThat(built).hasSize(learners.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IlrFileWriter writer = IlrFileWriter.open(HEADER, out)) {
            built.forEach(writer::write);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * New reference numbers (in the same order, so the return lists them in the same order), ULNs and emails for the
     * learners of a file, and back.
     */
    static final class Renumbering {
        final Map<String, String> references = new LinkedHashMap<>();
        final Map<String, String> ulns = new LinkedHashMap<>();
        final Map<String, String> emails = new LinkedHashMap<>();

        Renumbering(String file) {
            String run = TestApprenticeships.unique().toUpperCase().substring(0, 5);
            Matcher m = Pattern.compile("<LearnRefNumber>([^<]+)</LearnRefNumber>").matcher(file);
            while (m.find()) {
                references.put(m.group(1), "RT" + run + String.format("%03d", references.size() + 1));
            }
            Matcher u = Pattern.compile("<ULN>(\\d+)</ULN>").matcher(file);
            while (u.find()) {
                ulns.put(u.group(1), TestApprenticeships.uln());
            }
            Matcher e = Pattern.compile("<Email>([^<]+)</Email>").matcher(file);
            while (e.find()) {
                emails.put(e.group(1), "again-" + TestApprenticeships.unique() + "@example.test");
            }
        }

        String apply(String file) {
            return replace(file, references, ulns, emails, false);
        }

        String undo(String file) {
            return replace(file, references, ulns, emails, true);
        }

        private static String replace(String file, Map<String, String> references, Map<String, String> ulns,
                Map<String, String> emails, boolean back) {
            String out = file;
            for (Map.Entry<String, String> e : references.entrySet()) {
                out = swap(out, "LearnRefNumber", e, back);
            }
            for (Map.Entry<String, String> e : ulns.entrySet()) {
                out = swap(out, "ULN", e, back);
            }
            for (Map.Entry<String, String> e : emails.entrySet()) {
                out = swap(out, "Email", e, back);
            }
            return out;
        }

        private static String swap(String file, String element, Map.Entry<String, String> e, boolean back) {
            String from = back ? e.getValue() : e.getKey();
            String to = back ? e.getKey() : e.getValue();
            return file.replace("<" + element + ">" + from + "</" + element + ">",
                    "<" + element + ">" + to + "</" + element + ">");
        }
    }
}
