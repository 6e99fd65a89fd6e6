package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.catalogue.EnglishMathsQualification;
import waypoint.catalogue.EnglishMathsQualifications;
import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.ilr.IlrEmploymentStatus;
import waypoint.ilr.IlrFileReader;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrReferenceData;
import waypoint.ilr.IlrValidator;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrLearningDelivery;
import waypoint.ilr.IlrSchemas;
import waypoint.ilr.IlrYear;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.ids.TypedId;
import waypoint.shared.money.Money;

/**
 * Apprentices brought in from another system's ILR file (docs/domain/ilr-import.md): each learner with an
 * apprenticeship programme aim (funding model 36) becomes a learner (keeping the file's learner reference number), their
 * employer (found by its employer reference number, or added), an apprenticeship at its current status through the
 * lifecycle of a migrated one, and its employment status records. Everything runs in one transaction: a check (dry
 * run) and a file with any problem roll it all back, so nothing is imported until every learner is right, and then
 * all are, at once. Learners without an apprenticeship are listed as not brought in.
 */
@Service
public class IlrApprenticeshipImport {

    /**
     * What is listed about a learner: a problem stops the import; a note says what was done or left out; a rule is
     * what the official validation rules find in the file's record of an apprentice brought in, to put right in
     * Waypoint before the next return (it does not stop the import: the other system sent that record already).
     */
    public enum Kind {
        PROBLEM, NOTE, NOT_BROUGHT_IN, RULE
    }

    /** One thing about a learner of the file: who (reference number, line, name), the ILR field, what. */
    public record Finding(String learnRefNumber, int line, String learner, Kind kind, String field, String message) {
    }

    /**
     * What came of a file: the problems with the file as a whole (then nothing else was read), the learners read,
     * the apprentices it brings in, everything listed per learner, and whether it was imported.
     */
    public record Outcome(List<IlrFileReader.Problem> fileProblems, int learnersRead, int apprentices,
            List<Finding> findings, boolean imported) {

        public boolean isValid() {
            return fileProblems.isEmpty() && problems().isEmpty();
        }

        public List<Finding> problems() {
            return of(Kind.PROBLEM);
        }

        public List<Finding> notes() {
            return of(Kind.NOTE);
        }

        public List<Finding> notBroughtIn() {
            return of(Kind.NOT_BROUGHT_IN);
        }

        public List<Finding> rules() {
            return of(Kind.RULE);
        }

        private List<Finding> of(Kind kind) {
            return findings.stream().filter(f -> f.kind() == kind).toList();
        }
    }

    /**
     * The person's choices for the file: the tutor of every apprentice, their contracted weekly hours (a figure for
     * the file, and any learner's own by their learner reference number: the file carries only a band), and the date
     * apprentices on a break in learning expect to return (the file does not say; null when none is on a break).
     */
    public record Chosen(UUID tutorId, BigDecimal weeklyHours, LocalDate breakExpectedReturn,
                         Map<String, BigDecimal> weeklyHoursByLearner) {

        public Chosen {
            weeklyHoursByLearner = weeklyHoursByLearner == null ? Map.of() : Map.copyOf(weeklyHoursByLearner);
        }

        public Chosen(UUID tutorId, BigDecimal weeklyHours) {
            this(tutorId, weeklyHours, null, Map.of());
        }

        public Chosen(UUID tutorId, BigDecimal weeklyHours, LocalDate breakExpectedReturn) {
            this(tutorId, weeklyHours, breakExpectedReturn, Map.of());
        }

        /** A learner's own weekly hours when given, otherwise the figure for the file (null when neither is). */
        public BigDecimal weeklyHoursOf(String learnRefNumber) {
            return weeklyHoursByLearner.getOrDefault(learnRefNumber, weeklyHours);
        }
    }

    private static final Map<String, String> FIELD_OF = Map.ofEntries(Map.entry("givenNames", "GivenNames"),
            Map.entry("familyName", "FamilyName"), Map.entry("dateOfBirth", "DateOfBirth"), Map.entry("uln", "ULN"),
            Map.entry("niNumber", "NINumber"), Map.entry("email", "Email"), Map.entry("phone", "TelNo"),
            Map.entry("addressLine1", "AddLine1"), Map.entry("addressLine2", "AddLine2"),
            Map.entry("town", "AddLine3"), Map.entry("postcode", "Postcode"),
            Map.entry("learnerReference", "LearnRefNumber"), Map.entry("employerId", "EmpId"),
            Map.entry("standardReference", "StdCode"), Map.entry("startDate", "LearnStartDate"),
            Map.entry("plannedEndDate", "LearnPlanEndDate"), Map.entry("status", "CompStatus"),
            Map.entry("statusDate", "LearnActEndDate"), Map.entry("withdrawalReason", "WithdrawReason"),
            Map.entry("expectedReturnDate", "CompStatus"), Map.entry("trainingPrice", "AppFinRecord TNP1"),
            Map.entry("epaPrice", "AppFinRecord TNP2"), Map.entry("epaoId", "EPAOrgID"),
            Map.entry("tutorId", "tutor"), Map.entry("weeklyHours", "weekly hours"),
            Map.entry("postcodePrior", "PostcodePrior"), Map.entry("llddCategories", "LLDDandHealthProblem"),
            Map.entry("mainLlddCategory", "PrimaryLLDD"), Map.entry("lengthOfEmployment", "LOE"),
            Map.entry("appliesFrom", "DateEmpStatApp"));

    private final ApprenticeshipService apprenticeships;
    private final ApprenticeshipLifecycle lifecycle;
    private final OrganisationImport organisation;
    private final ApprenticeshipPolicy policy;
    private final ApprenticeshipViewers viewers;
    private final Standards standards;
    private final IlrSchemas schemas;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final EnglishMathsQualifications englishMaths;
    private final EnglishMathsAims englishMathsAims;

    IlrApprenticeshipImport(EnglishMathsQualifications englishMaths, EnglishMathsAims englishMathsAims, ApprenticeshipService apprenticeships, ApprenticeshipLifecycle lifecycle,
            OrganisationImport organisation, ApprenticeshipPolicy policy, ApprenticeshipViewers viewers,
            Standards standards, IlrSchemas schemas, TransactionTemplate transaction, java.time.Clock clock) {
        this.clock = clock;
        this.englishMaths = englishMaths;
        this.englishMathsAims = englishMathsAims;
        this.apprenticeships = apprenticeships;
        this.lifecycle = lifecycle;
        this.organisation = organisation;
        this.policy = policy;
        this.viewers = viewers;
        this.standards = standards;
        this.schemas = schemas;
        this.transaction = transaction;
    }

    /**
     * What the official rules need beyond the file: today, and the catalogue's standards with their LARS codes and
     * dates (docs/domain/ilr.md, "Checking a return before upload"). Not the assessment organisations recorded: one
     * the file names that Waypoint has not recorded is said in a note, as it is brought in without one.
     */
    private IlrReferenceData referenceData() {
        return IlrReferenceData.known().withToday(LocalDate.now(clock))
                .withStandards(IlrReferenceData.Standard.fromVersions(standards.withLarsCodes().stream()
                        .map(v -> new IlrReferenceData.VersionDates(v.larsCode().orElseThrow(),
                                v.approvedForDelivery().orElse(null), v.retiredOn().orElse(null))).toList()));
    }

    /** Whether the person may bring apprentices in from an ILR file: administrators and the data officer. */
    public boolean mayImport(CurrentUser user) {
        return policy.canImportIlr(viewers.of(user));
    }

    /** Checks every learner of the file and imports nothing. */
    public Outcome check(CurrentUser user, Path file, Chosen choices) {
        return run(user, file, choices, false);
    }

    /** Imports every apprentice of the file, or, if any learner has a problem, none. */
    public Outcome importAll(CurrentUser user, Path file, Chosen choices) {
        return run(user, file, choices, true);
    }

    /** For the system (the demo provider's previous return): no one to authorise; the timeline says Waypoint. */
    public Outcome importForTheSystem(Path file, Chosen choices) {
        return run(null, file, choices, true);
    }

    private Outcome run(CurrentUser user, Path file, Chosen choices, boolean keep) {
        if (user != null && !mayImport(user)) {
            throw new AccessDeniedException("Bringing apprentices in from an ILR file is for administrators and the"
                    + " data officer");
        }
        List<Finding> findings = new ArrayList<>();
        int[] apprentices = {0};
        IlrFileReader.Result[] result = new IlrFileReader.Result[1];
        IlrYear year = IlrFileReader.yearOf(file, schemas).orElse(null);
        IlrValidator validator = year == null ? null : IlrValidator.forYear(year, referenceData());
        transaction.executeWithoutResult(status -> {
            Run run = new Run(user, choices, findings, validator, year);
            result[0] = IlrFileReader.readWithLines(file, schemas, (learner, line) -> {
                if (run.stopped) {
                    return;
                }
                try {
                    if (run.learner(learner, line)) {
                        apprentices[0]++;
                    }
                } catch (DataAccessException failed) {
                    // the database refused: the transaction cannot go on
                    findings.add(new Finding(learner.learnRefNumber(), line, learner.displayName(), Kind.PROBLEM, "",
                            "This learner could not be saved, so the rest were not checked: correct them and check"
                                    + " the file again"));
                    run.stopped = true;
                }
            });
            run.finish();
            boolean fine = result[0].isRead() && findings.stream().noneMatch(f -> f.kind() == Kind.PROBLEM);
            if (!keep || !fine) {
                status.setRollbackOnly();
            }
        });
        Outcome outcome = new Outcome(result[0].problems(), result[0].learnersRead(),
                result[0].isRead() ? apprentices[0] : 0, result[0].isRead() ? findings : List.of(), false);
        return keep && outcome.isValid() ? new Outcome(outcome.fileProblems(), outcome.learnersRead(),
                outcome.apprentices(), outcome.findings(), true) : outcome;
    }

    /** One pass over the file: what it has seen so far, to find repeats and add each new employer once. */
    private final class Run {
        final CurrentUser user;
        final Chosen choices;
        final List<Finding> findings;
        final Map<String, Integer> references = new HashMap<>();
        final Map<Long, Integer> ulns = new HashMap<>();
        final Set<String> employersAdded = new HashSet<>();
        final IlrValidator validator;
        final Map<String, Listing> checked = new HashMap<>();
        List<StandardSummary> catalogue;
        boolean stopped;

        final IlrYear year;

        Run(CurrentUser user, Chosen choices, List<Finding> findings, IlrValidator validator, IlrYear year) {
            this.year = year;
            this.user = user;
            this.choices = choices;
            this.findings = findings;
            this.validator = validator;
        }

        /** The official rules of one apprentice brought in, listed in plain words with the rule's name. */
        private void rules(IlrLearner learner, Listing listing) {
            if (validator == null) {
                return;
            }
            checked.putIfAbsent(learner.learnRefNumber(), listing);
            validator.check(learner).forEach(finding -> listing.rule(finding));
        }

        /** The rules across the learners checked (a reference number or ULN used twice). */
        void finish() {
            if (validator == null) {
                return;
            }
            for (IlrFinding finding : validator.finish()) {
                Listing listing = finding.learnRefNumber() == null ? null : checked.get(finding.learnRefNumber());
                if (listing != null) {
                    listing.rule(finding);
                }
            }
        }

        /** Checks one learner and records them when right; true when they are an apprentice brought in. */
        boolean learner(IlrLearner learner, int line) {
            Listing listing = new Listing(learner, line, findings);
            Optional<IlrLearningDelivery> aim = programmeAim(learner, listing);
            if (aim.isEmpty()) {
                listing.add(Kind.NOT_BROUGHT_IN, "", "Not an apprenticeship: not brought in");
                return false;
            }
            IlrLearningDelivery programme = aim.get();
            if (!programmeType(programme, listing)) {
                return false;
            }
            rules(learner, listing);
            Integer earlier = references.putIfAbsent(learner.learnRefNumber(), line);
            if (earlier != null) {
                listing.problem("LearnRefNumber", "The learner reference number " + learner.learnRefNumber()
                        + " is also on line " + earlier + ": each learner appears once in a file");
            }
            Integer sameUln = ulns.putIfAbsent(learner.uln(), line);
            if (sameUln != null) {
                listing.problem("ULN", "The ULN " + learner.uln() + " is also on line " + sameUln
                        + ": each learner appears once in a file");
            }
            Optional<Restart> restart = restart(learner, programme, listing);
            IlrLearningDelivery first = restart.map(Restart::beforeTheBreak).orElse(programme);
            IlrEmploymentStatus employed = employmentAtStart(learner, first);
            FundingType funding = funding(programme, listing);
            EmployerId employer = employer(employed, funding, listing);
            String standard = standard(programme, listing);
            Optional<NewApprenticeship.Migration> migration = restart.isPresent()
                    ? restart.get().migration() : migration(programme, listing);
            BigDecimal hours = weeklyHours(learner.learnRefNumber(), employed, listing);
            UUID epao = null;
            if (programme.epaOrgId() != null) {
                epao = organisation.findEpao(programme.epaOrgId()).orElse(null);
                if (epao == null) {
                    listing.add(Kind.NOTE, "EPAOrgID", "The end-point assessment organisation " + programme.epaOrgId()
                            + " is not recorded in Waypoint: the apprenticeship is brought in without one");
                }
            }
            LearnerId learnerId = null;
            if (earlier == null && sameUln == null) {
                learnerId = learnerRecord(learner, listing);
            }
            NewApprenticeship details = new NewApprenticeship(learnerId, employer, null, standard, null,
                    TypedId.of(choices.tutorId(), StaffMemberId::new), List.of(), first.learnStartDate(),
                    restart.map(Restart::plannedEndAtTheStart).orElse(programme.learnPlanEndDate()), null,
                    hours, null, null, Set.of(), funding, price(programme, first, 1), price(programme, first, 2), epao,
                    migration.orElse(null), null);
            ApprenticeshipId apprenticeship = null;
            try {
                if (listing.fine()) {
                    apprenticeship = user == null ? apprenticeships.register(details)
                            : apprenticeships.importFor(user, details);
                } else {
                    apprenticeships.check(details);
                }
            } catch (FieldValidationException invalid) {
                boolean learnerMissing = learnerId == null;
                invalid.errors().forEach((field, message) -> {
                    if (!(learnerMissing && "learnerId".equals(field))
                            && !("status".equals(field) && migration.isEmpty())) {
                        listing.problem(FIELD_OF.getOrDefault(field, field), message);
                    }
                });
            }
            Set<IlrLearningDelivery> broughtIn = new HashSet<>();
            if (apprenticeship != null) {
                employment(apprenticeship, learner, employed, listing);
                if (restart.isPresent()) {
                    restart.get().returned(apprenticeship, listing);
                }
                broughtIn.addAll(englishAndMaths(apprenticeship, learner, programme, listing));
            }
            notes(learner, programme, restart.map(Restart::beforeTheBreak).orElse(null), broughtIn, listing);
            return listing.fine();
        }

        private LearnerId learnerRecord(IlrLearner learner, Listing listing) {
            if (learner.email() == null) {
                listing.problem("Email", "The file gives no email address for them: Waypoint needs one for their"
                        + " account; add it in the other system and export the file again");
            }
            LearnerDetails details = new LearnerDetails(learner.givenNames(), learner.familyName(),
                    learner.dateOfBirth(), String.valueOf(learner.uln()), learner.niNumber(), learner.email(),
                    learner.telNo(), learner.addLine1(), learner.addLine2(),
                    learner.addLine3() != null ? learner.addLine3() : learner.addLine4(), learner.postcode(), null,
                    null);
            IlrDetails ilr = ilrDetails(learner, listing);
            Integer ethnicity = learner.ethnicity();
            if (ethnicity != null && !OrganisationImport.knownEthnicity(ethnicity)) {
                listing.problem("Ethnicity", "Ethnicity " + ethnicity + " is not one of the ILR's ethnic groups");
                ethnicity = null;
            }
            Integer llddHealthProb = learner.llddHealthProb();
            if (llddHealthProb != null && !Set.of(1, 2, 9).contains(llddHealthProb)) {
                listing.problem("LLDDHealthProb", "LLDDHealthProb is 1 (yes), 2 (no) or 9 (not provided), not "
                        + llddHealthProb);
                llddHealthProb = null;
            }
            IlrLists.IlrSex sex = "F".equals(learner.sex()) ? IlrLists.IlrSex.F
                    : "M".equals(learner.sex()) ? IlrLists.IlrSex.M : null;
            try {
                LearnerId id = organisation.learner(details, learner.learnRefNumber());
                organisation.learnerIlrFacts(id, sex, ethnicity, llddHealthProb, ilr);
                return id;
            } catch (FieldValidationException invalid) {
                invalid.errors().forEach((field, message) -> listing.problem(FIELD_OF.getOrDefault(field, field),
                        message));
                return null;
            }
        }

        private IlrDetails ilrDetails(IlrLearner learner, Listing listing) {
            IlrLists.PriorLevel prior = null;
            Optional<IlrLearner.PriorAttainment> latest = learner.priorAttainment().stream()
                    .max(Comparator.comparing(p -> p.dateLevelApplies() == null ? LocalDate.MIN
                            : p.dateLevelApplies()));
            if (latest.isPresent()) {
                int code = latest.get().priorLevel();
                prior = Arrays.stream(IlrLists.PriorLevel.values()).filter(p -> p.code() == code).findFirst()
                        .orElse(null);
                if (prior == null) {
                    listing.add(Kind.NOTE, "PriorLevel", "Prior attainment " + code + " is not one of the 2025-26"
                            + " levels: not brought in; record it on their ILR details");
                }
            }
            Set<IlrLists.LlddCategory> categories = EnumSet.noneOf(IlrLists.LlddCategory.class);
            IlrLists.LlddCategory main = null;
            for (IlrLearner.LlddCategory given : learner.llddCategories()) {
                Optional<IlrLists.LlddCategory> category = Arrays.stream(IlrLists.LlddCategory.values())
                        .filter(c -> c.code() == given.category()).findFirst();
                if (category.isEmpty()) {
                    listing.problem("LLDDCat", "LLDDCat " + given.category() + " is not one of the ILR's categories");
                    continue;
                }
                categories.add(category.get());
                if (given.primary()) {
                    main = category.get();
                }
            }
            Set<IlrLists.ContactRestriction> restrictions = EnumSet.noneOf(IlrLists.ContactRestriction.class);
            for (IlrLearner.ContactPreference preference : learner.contactPreferences()) {
                Arrays.stream(IlrLists.ContactRestriction.values())
                        .filter(r -> r.type().equals(preference.type()) && r.code() == preference.code())
                        .findFirst().ifPresent(restrictions::add);
            }
            return new IlrDetails(prior, learner.postcodePrior(), categories, main, restrictions);
        }

        /** The employment status that applies on the programme's start, else the latest in paid employment. */
        private IlrEmploymentStatus employmentAtStart(IlrLearner learner, IlrLearningDelivery programme) {
            LocalDate start = programme.learnStartDate();
            return learner.employmentStatuses().stream()
                    .filter(e -> e.dateEmpStatApp() != null && start != null && !e.dateEmpStatApp().isAfter(start))
                    .max(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp))
                    .or(() -> learner.employmentStatuses().stream().filter(e -> e.empStat() == 10)
                            .max(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp)))
                    .orElse(null);
        }

        private EmployerId employer(IlrEmploymentStatus employed, FundingType funding, Listing listing) {
            if (employed == null || employed.empStat() != 10 || employed.empId() == null) {
                listing.problem("EmpId", "No employment status in paid employment names their employer (EmpId)"
                        + " when the apprenticeship starts: an apprentice is employed");
                return null;
            }
            String reference = String.valueOf(employed.empId());
            Optional<EmployerId> found = organisation.findEmployerByReference(reference);
            if (found.isPresent()) {
                if (employersAdded.contains(reference)) {
                    listing.add(Kind.NOTE, "EmpId", "Employer " + reference + " is added for an earlier learner of"
                            + " the file");
                }
                return found.get();
            }
            try {
                EmployerId added = organisation.employer(new EmployerDetails("Employer " + reference, null, null, null,
                        null, funding == FundingType.NON_LEVY ? Funding.NON_LEVY : Funding.LEVY, reference));
                employersAdded.add(reference);
                listing.add(Kind.NOTE, "EmpId", "Employer " + reference + " is not in Waypoint: it is added, named"
                        + " by its employer reference number for now; give it its name on its page");
                return added;
            } catch (FieldValidationException invalid) {
                listing.problem("EmpId", "Employer reference number " + reference + ": "
                        + String.join("; ", invalid.errors().values()));
                return null;
            }
        }

        private String standard(IlrLearningDelivery programme, Listing listing) {
            if (catalogue == null) {
                catalogue = standards.latestSummaries();
            }
            Integer code = programme.stdCode();
            Optional<StandardSummary> found = code == null ? Optional.empty() : catalogue.stream()
                    .filter(s -> s.larsCode().filter(code::equals).isPresent()).findFirst();
            if (found.isEmpty()) {
                listing.problem("StdCode", code == null ? "The programme aim names no standard (StdCode)"
                        : "There is no standard with the LARS code " + code + " in the catalogue: add the standard"
                                + " to the catalogue first");
                return null;
            }
            return found.get().referenceNumber();
        }

        private FundingType funding(IlrLearningDelivery programme, Listing listing) {
            Optional<IlrLearningDelivery.DeliveryFam> act = programme.fams("ACT").stream()
                    .max(Comparator.comparing(f -> f.dateFrom() == null ? LocalDate.MIN : f.dateFrom()));
            if (act.isEmpty()) {
                listing.problem("LearningDeliveryFAM ACT", "The programme aim has no apprenticeship contract type"
                        + " (ACT)");
                return null;
            }
            return switch (act.get().code()) {
                // Since 1 April 2021 every start is agreed through the apprenticeship service (ACT 1), levy-paying
                // employer or not, so the file no longer says which it is (docs/domain/ilr.md)
                case "1" -> {
                    if (programme.learnStartDate() != null
                            && programme.learnStartDate().isBefore(LocalDate.of(2021, 4, 1))) {
                        yield FundingType.LEVY;
                    }
                    listing.add(Kind.NOTE, "LearningDeliveryFAM ACT", "Whether the employer pays the levy is not"
                            + " in the file: record it on the apprenticeship's page");
                    yield null;
                }
                case "2" -> FundingType.NON_LEVY;
                default -> {
                    listing.problem("LearningDeliveryFAM ACT", "ACT " + act.get().code() + " is not an apprenticeship"
                            + " contract type (1 through the apprenticeship service, 2 a contract with the department)");
                    yield null;
                }
            };
        }

        /** Where it stands, from the completion status: the same lifecycle as any migrated apprenticeship. */
        private Optional<NewApprenticeship.Migration> migration(IlrLearningDelivery programme, Listing listing) {
            LocalDate ended = programme.learnActEndDate();
            switch (programme.compStatus()) {
                case IlrLearningDelivery.CONTINUING:
                    return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.IN_LEARNING,
                            programme.learnStartDate(), null, null));
                case IlrLearningDelivery.COMPLETED:
                    if (programme.outcome() != null && programme.outcome() == 1) {
                        return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.COMPLETED,
                                programme.achDate() != null ? programme.achDate() : ended, null, null));
                    }
                    return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.END_POINT_ASSESSMENT,
                            ended, null, null));
                case IlrLearningDelivery.WITHDRAWN:
                    Integer code = programme.withdrawReason();
                    Optional<WithdrawalReason> reason = Arrays.stream(WithdrawalReason.values())
                            .filter(r -> code != null && r.ilrCode() == code).findFirst();
                    if (reason.isEmpty()) {
                        listing.problem("WithdrawReason", code == null ? "They are withdrawn, but the file gives no"
                                + " withdrawal reason" : "Withdrawal reason " + code + " is not one for an"
                                + " apprenticeship");
                    }
                    return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.WITHDRAWN, ended, null,
                            reason.orElse(WithdrawalReason.NOT_KNOWN)));
                case IlrLearningDelivery.ON_A_BREAK:
                    // on a break since the aim's actual end date, as the return writes it (docs/domain/ilr-import.md)
                    if (ended == null) {
                        listing.problem("LearnActEndDate", "They are on a break in learning, but the file gives no"
                                + " date it began (LearnActEndDate)");
                        return Optional.empty();
                    }
                    if (choices.breakExpectedReturn() == null) {
                        listing.problem("CompStatus", "They are on a break in learning since " + GovUkDates.date(ended)
                                + ", and the file does not say when they expect to return, which a break needs: give"
                                + " the date apprentices on a break expect to return");
                        return Optional.empty();
                    }
                    return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.BREAK_IN_LEARNING, ended,
                            choices.breakExpectedReturn(), null));
                default:
                    listing.problem("CompStatus", "Completion status " + programme.compStatus() + " is not one"
                            + " Waypoint knows (1 continuing, 2 completed, 3 withdrawn, 6 on a break)");
                    return Optional.empty();
            }
        }

        /**
         * The learner's weekly hours as given (their own, or the figure for the file), when they fall in the band of
         * hours the file gives the learner (EII); the ILR carries only the band, so no figure is made up from it.
         */
        private BigDecimal weeklyHours(String learnRefNumber, IlrEmploymentStatus employed, Listing listing) {
            BigDecimal hours = choices.weeklyHoursOf(learnRefNumber);
            if (hours == null) {
                listing.problem("weekly hours", "No weekly hours are given for them: give their contracted weekly hours, their"
                        + " own or a figure for the file (the file carries only a band)");
                return null;
            }
            if (employed == null) {
                return hours;
            }
            Optional<Integer> band = employed.monitoringCode("EII");
            EmploymentLists.EmploymentIntensity given = EmploymentLists.EmploymentIntensity.of(hours);
            if (band.isPresent() && given != null && given.code() != band.get()) {
                String words = Arrays.stream(EmploymentLists.EmploymentIntensity.values())
                        .filter(i -> i.code() == band.get()).map(i -> i.label().toLowerCase(java.util.Locale.ROOT))
                        .findFirst().orElse("EII " + band.get());
                listing.problem("EII", "The file says they work " + words + "; the weekly hours given for "
                        + (choices.weeklyHoursByLearner().containsKey(learnRefNumber) ? "them" : "this import")
                        + " (" + hours.stripTrailingZeros().toPlainString() + ") are outside it: bring them in"
                        + " with hours in that band");
            }
            return hours;
        }

        /** The latest price of the code on the programme aim, or on the aim before a break when it has none. */
        private Money price(IlrLearningDelivery programme, IlrLearningDelivery first, int code) {
            return latestPrice(programme, code).or(() -> latestPrice(first, code)).orElse(null);
        }

        private Optional<Money> latestPrice(IlrLearningDelivery aim, int code) {
            return aim.financialRecords("TNP", code).stream()
                    .max(Comparator.comparing(f -> f.date() == null ? LocalDate.MIN : f.date()))
                    .map(f -> Money.pounds(f.amount()));
        }

        /**
         * An apprentice who already returned from a break in learning (docs/domain/ilr-import.md, "Breaks and
         * restarts"): their latest programme aim is a restart ({@code LearningDeliveryFAM} RES) and the aim before it
         * was closed by the break ({@code CompStatus} 6, its actual end date the break's start). Empty when the
         * latest aim is not a restart; a restart the file does not explain is a problem.
         */
        private Optional<Restart> restart(IlrLearner learner, IlrLearningDelivery programme, Listing listing) {
            if (programme.fams("RES").isEmpty()) {
                return Optional.empty();
            }
            LocalDate back = programme.learnStartDate();
            Optional<IlrLearningDelivery> closed = learner.apprenticeshipDeliveries().stream()
                    .filter(IlrLearningDelivery::isProgrammeAim)
                    .filter(d -> d != programme && d.compStatus() == IlrLearningDelivery.ON_A_BREAK
                            && d.learnActEndDate() != null && back != null && !d.learnActEndDate().isAfter(back))
                    .max(Comparator.comparing(IlrLearningDelivery::learnActEndDate));
            if (closed.isEmpty()) {
                listing.problem("LearningDeliveryFAM RES", "The programme aim is a restart (RES), but the file has no"
                        + " earlier programme aim closed by a break in learning (CompStatus 6) to say when the break"
                        + " began: export the file with the aim before the break");
                return Optional.empty();
            }
            LocalDate breakStart = closed.get().learnActEndDate();
            if (!Apprenticeship.isBreakInLearning(breakStart, back)) {
                listing.problem("LearnStartDate", "They were away from " + GovUkDates.date(breakStart) + " to "
                        + GovUkDates.date(back) + ", 4 weeks or less: that is not a break in learning, so the aim"
                        + " continues and is not restarted");
                return Optional.empty();
            }
            if (programme.compStatus() != IlrLearningDelivery.CONTINUING
                    && programme.compStatus() != IlrLearningDelivery.WITHDRAWN) {
                listing.problem("CompStatus", "They returned from a break in learning and their restarted aim has"
                        + " completion status " + programme.compStatus() + ": Waypoint brings in a restarted aim that"
                        + " is continuing (1) or withdrawn (3)");
                return Optional.empty();
            }
            WithdrawalReason reason = null;
            if (programme.compStatus() == IlrLearningDelivery.WITHDRAWN) {
                Integer code = programme.withdrawReason();
                reason = Arrays.stream(WithdrawalReason.values()).filter(r -> code != null && r.ilrCode() == code)
                        .findFirst().orElse(null);
                if (reason == null || programme.learnActEndDate() == null) {
                    listing.problem("WithdrawReason", "They are withdrawn, but the file gives no withdrawal reason"
                            + " Waypoint knows or no date");
                    return Optional.empty();
                }
            }
            LocalDate firstStart = programme.origLearnStartDate() != null ? programme.origLearnStartDate()
                    : closed.get().learnStartDate();
            if (closed.get().learnStartDate() != null && !closed.get().learnStartDate().equals(firstStart)) {
                listing.add(Kind.NOTE, "OrigLearnStartDate", "The restart's original start ("
                        + GovUkDates.date(firstStart) + ") is not the start of the aim before the break ("
                        + GovUkDates.date(closed.get().learnStartDate()) + "): brought in from the original start");
            }
            return Optional.of(new Restart(closed.get(), firstStart, breakStart, programme, reason));
        }

        /** What the file says of a break already over, and how it is recorded. */
        private final class Restart {
            final IlrLearningDelivery beforeTheBreak;
            final LocalDate firstStart;
            final LocalDate breakStart;
            final IlrLearningDelivery restarted;
            final WithdrawalReason withdrawn;

            Restart(IlrLearningDelivery beforeTheBreak, LocalDate firstStart, LocalDate breakStart,
                    IlrLearningDelivery restarted, WithdrawalReason withdrawn) {
                this.beforeTheBreak = beforeTheBreak;
                this.firstStart = firstStart;
                this.breakStart = breakStart;
                this.restarted = restarted;
                this.withdrawn = withdrawn;
            }

            IlrLearningDelivery beforeTheBreak() {
                return beforeTheBreak;
            }

            /**
             * The planned end before the break: the restarted aim's, less the break's length, which the return moves
             * it by again, so the apprenticeship ends up with the restarted aim's planned end.
             */
            LocalDate plannedEndAtTheStart() {
                LocalDate restartedEnd = restarted.learnPlanEndDate();
                return restartedEnd == null ? beforeTheBreak.learnPlanEndDate()
                        : restartedEnd.minusDays(java.time.temporal.ChronoUnit.DAYS.between(breakStart,
                        restarted.learnStartDate()));
            }

            /** Brought in on the break from its start, expected back on the day they came back. */
            Optional<NewApprenticeship.Migration> migration() {
                return Optional.of(new NewApprenticeship.Migration(ApprenticeshipStatus.BREAK_IN_LEARNING, breakStart,
                        restarted.learnStartDate(), null));
            }

            /** Then back from it on the restarted aim's start, and withdrawn after when the file says so. */
            void returned(ApprenticeshipId apprenticeship, Listing listing) {
                try {
                    lifecycle.returnFromBreak(apprenticeship, restarted.learnStartDate(), "Returned from the break in"
                            + " learning, as the previous system's ILR file records it (a restarted aim)");
                    if (withdrawn != null) {
                        lifecycle.withdraw(apprenticeship, restarted.learnActEndDate(), withdrawn,
                                "Withdrawn, as the previous system's ILR file records it");
                    }
                } catch (FieldValidationException | TransitionRefusedException refused) {
                    listing.problem("LearnStartDate", "The return from the break on "
                            + GovUkDates.date(restarted.learnStartDate()) + " could not be recorded: "
                            + refused.getMessage());
                }
            }
        }

        /**
         * The employment status records: those naming the apprenticeship's employer, or no employer. A record naming
         * another employer (an earlier job, a change of employer) is left out and listed.
         */
        private void employment(ApprenticeshipId apprenticeship, IlrLearner learner, IlrEmploymentStatus atStart,
                Listing listing) {
            for (IlrEmploymentStatus status : learner.employmentStatuses().stream()
                    .sorted(Comparator.comparing(IlrEmploymentStatus::dateEmpStatApp)).toList()) {
                if (status.empId() != null && atStart != null && !status.empId().equals(atStart.empId())) {
                    listing.add(Kind.NOTE, "LearnerEmploymentStatus", "The employment status from "
                            + status.dateEmpStatApp() + " names another employer (" + status.empId() + "): not"
                            + " brought in; record a change of employer on the apprenticeship");
                    continue;
                }
                Optional<EmploymentLists.EmpStat> empStat = Arrays.stream(EmploymentLists.EmpStat.values())
                        .filter(s -> s.code() == status.empStat()).findFirst();
                if (empStat.isEmpty()) {
                    listing.problem("EmpStat", "Employment status " + status.empStat() + " is not one Waypoint"
                            + " knows");
                    continue;
                }
                EmploymentLists.LengthOfEmployment length = status.monitoringCode("LOE").flatMap(code ->
                        Arrays.stream(EmploymentLists.LengthOfEmployment.values()).filter(l -> l.code() == code)
                                .findFirst()).orElse(null);
                EmploymentLists.Benefits benefits = status.monitoringCode("BSI").flatMap(code ->
                        Arrays.stream(EmploymentLists.Benefits.values()).filter(b -> b.code() == code)
                                .findFirst()).orElse(null);
                try {
                    lifecycle.recordEmploymentStatus(apprenticeship, new ApprenticeshipLifecycle.EmploymentRequest(
                            status.dateEmpStatApp(), empStat.get(),
                            empStat.get() == EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT ? length : null, benefits));
                } catch (FieldValidationException invalid) {
                    invalid.errors().forEach((field, message) -> listing.problem(
                            FIELD_OF.getOrDefault(field, field), "Employment status from " + status.dateEmpStatApp()
                                    + ": " + message));
                }
            }
        }

        /**
         * Only an apprenticeship standard (programme type 25) is brought in. An apprenticeship unit (34) is in the ILR
         * from 2026-27: a file of an earlier year cannot carry one under its rules, so it is refused, naming the year.
         */
        private boolean programmeType(IlrLearningDelivery programme, Listing listing) {
            Integer type = programme.progType();
            if (type == null || type == IlrLearningDelivery.STANDARD) {
                return true;
            }
            if (type == IlrLearningDelivery.APPRENTICESHIP_UNIT && year != null
                    && year.compareTo(IlrLearningDelivery.UNITS_FROM) < 0) {
                listing.problem("ProgType", "The programme aim is programme type 34, an apprenticeship unit. Units"
                        + " are in the ILR from " + IlrLearningDelivery.UNITS_FROM.name() + "; this is a " + year.name()
                        + " file, and the " + year.name() + " rules have no apprenticeship units, so it cannot be"
                        + " brought in: correct the aim in the other system, or bring the unit in with a "
                        + IlrLearningDelivery.UNITS_FROM.name() + " file");
                return false;
            }
            if (type != IlrLearningDelivery.APPRENTICESHIP_UNIT) {
                listing.problem("ProgType", "The programme aim is programme type " + type + ", not an apprenticeship"
                        + " standard (25): Waypoint brings in apprenticeship standards only");
                return false;
            }
            return true;
        }

        /**
         * The English and maths aims of the apprenticeship (component aims, funding model 36) whose learning aim
         * reference is one of the English and maths qualifications the provider has recorded: each becomes the
         * apprenticeship's study of that subject, with its dates, and achieved when the file says so (completed,
         * outcome 1, on its actual end date). The latest aim of a subject is the one brought in.
         */
        private Set<IlrLearningDelivery> englishAndMaths(ApprenticeshipId apprenticeship, IlrLearner learner,
                IlrLearningDelivery programme, Listing listing) {
            Map<EnglishMathsQualification.Subject, IlrLearningDelivery> latest = new HashMap<>();
            Map<IlrLearningDelivery, EnglishMathsQualification> qualificationOf = new HashMap<>();
            for (IlrLearningDelivery aim : learner.apprenticeshipDeliveries()) {
                if (aim.aimType() != IlrLearningDelivery.COMPONENT_AIM || aim.learnAimRef() == null
                        || !java.util.Objects.equals(aim.stdCode(), programme.stdCode())) {
                    continue;
                }
                Optional<EnglishMathsQualification> qualification = englishMaths.withAimReference(aim.learnAimRef());
                if (qualification.isEmpty()) {
                    continue;
                }
                qualificationOf.put(aim, qualification.get());
                latest.merge(qualification.get().subject(), aim, (a, b) -> b.learnStartDate() != null
                        && a.learnStartDate() != null && b.learnStartDate().isAfter(a.learnStartDate()) ? b : a);
            }
            Set<IlrLearningDelivery> broughtIn = new HashSet<>();
            latest.forEach((subject, aim) -> {
                LocalDate achieved = aim.compStatus() == IlrLearningDelivery.COMPLETED
                        && Integer.valueOf(1).equals(aim.outcome()) ? aim.learnActEndDate() : null;
                try {
                    englishMathsAims.chooseForTheSystem(apprenticeship, subject, qualificationOf.get(aim).id(),
                            aim.learnStartDate(), aim.learnPlanEndDate(), achieved);
                    broughtIn.add(aim);
                    if (achieved == null && aim.compStatus() != IlrLearningDelivery.CONTINUING
                            && aim.compStatus() != IlrLearningDelivery.WITHDRAWN) {
                        listing.add(Kind.NOTE, "CompStatus", "The " + subject.label() + " aim " + aim.learnAimRef()
                                + " ended without the qualification achieved: brought in as studied; record how it"
                                + " ended on the apprenticeship's English and maths page");
                    }
                } catch (FieldValidationException invalid) {
                    invalid.errors().forEach((field, message) -> listing.problem("LearnAimRef " + aim.learnAimRef(),
                            "The " + subject.label() + " aim: " + message));
                }
            });
            return broughtIn;
        }

        /** What the file holds that is not brought in, so nobody thinks it was. */
        private void notes(IlrLearner learner, IlrLearningDelivery programme, IlrLearningDelivery beforeTheBreak,
                Set<IlrLearningDelivery> broughtIn, Listing listing) {
            if (programme.plannedHours() != null) {
                listing.add(Kind.NOTE, "PHours", "Planned off-the-job hours (" + programme.plannedHours() + ") are"
                        + " not brought in: they go in the training plan, written on the apprenticeship's page");
            }
            if (beforeTheBreak != null) {
                listing.add(Kind.NOTE, "LearningDeliveryFAM RES", "Brought in from the first start, "
                        + GovUkDates.date(beforeTheBreak.learnStartDate() == null ? programme.learnStartDate()
                        : beforeTheBreak.learnStartDate()) + ", with the break in learning from "
                        + GovUkDates.date(beforeTheBreak.learnActEndDate()) + " and the return on "
                        + GovUkDates.date(programme.learnStartDate()));
            }
            List<IlrLearningDelivery> otherAims = learner.apprenticeshipDeliveries().stream()
                    .filter(d -> d != programme && d != beforeTheBreak && !broughtIn.contains(d)).toList();
            if (!otherAims.isEmpty()) {
                listing.add(Kind.NOTE, "LearningDelivery", otherAims.size() + (otherAims.size() == 1 ? " other aim"
                        : " other aims") + " of the apprenticeship not brought in ("
                        + otherAims.stream().map(IlrLearningDelivery::learnAimRef).collect(
                                java.util.stream.Collectors.joining(", ")) + "): an earlier programme aim, or a"
                        + " component aim whose learning aim reference is not one of the English and maths"
                        + " qualifications recorded (record it in that list and bring the file in again)");
            }
        }
    }

    /** The learner's latest apprenticeship programme aim (funding model 36, standard), if any. */
    private static Optional<IlrLearningDelivery> programmeAim(IlrLearner learner, Listing listing) {
        return learner.apprenticeshipDeliveries().stream().filter(IlrLearningDelivery::isProgrammeAim)
                .max(Comparator.comparing(d -> d.learnStartDate() == null ? LocalDate.MIN : d.learnStartDate()));
    }

    /** The findings of one learner, in the order found, at most one problem per field. */
    private static final class Listing {
        final IlrLearner learner;
        final int line;
        final List<Finding> all;
        final Map<String, String> problems = new LinkedHashMap<>();

        Listing(IlrLearner learner, int line, List<Finding> all) {
            this.learner = learner;
            this.line = line;
            this.all = all;
        }

        void problem(String field, String message) {
            if (problems.putIfAbsent(field, message) == null) {
                add(Kind.PROBLEM, field, message);
            }
        }

        void rule(IlrFinding finding) {
            add(Kind.RULE, finding.field() == null ? "" : finding.field(), finding.rule() + " ("
                    + (finding.isError() ? "error" : "warning") + "): " + finding.message());
        }

        void add(Kind kind, String field, String message) {
            all.add(new Finding(learner.learnRefNumber(), line, learner.displayName(), kind, field, message));
        }

        boolean fine() {
            return problems.isEmpty();
        }
    }
}
