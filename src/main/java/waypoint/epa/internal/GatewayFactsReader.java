package waypoint.epa.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.EnglishAndMathsProgress;
import waypoint.enrolment.PlannedFunctionalSkills;
import waypoint.enrolment.TrainingPlans;
import waypoint.epa.GatewayEvidence;
import waypoint.epa.GatewayEvidenceSource;
import waypoint.otj.OffTheJobFigures;
import waypoint.otj.OffTheJobHours;
import waypoint.review.FunctionalSkillsInReviews;
import waypoint.review.FunctionalSkillsInReviews.PlannedAtReview;
import waypoint.rules.RuleEvaluation;

/** Gathers what the gateway checklist is evaluated from, from the modules that hold it. */
@Component
class GatewayFactsReader {

    private final TrainingPlans plans;
    private final OffTheJobHours offTheJob;
    private final EnglishAndMathsProgress englishAndMaths;
    private final Apprenticeships apprenticeships;
    private final EpaStore store;
    private final Standards standards;
    private final List<GatewayEvidenceSource> sources;
    private final FunctionalSkillsInReviews reviews;

    GatewayFactsReader(TrainingPlans plans, OffTheJobHours offTheJob, EnglishAndMathsProgress englishAndMaths,
            Apprenticeships apprenticeships, EpaStore store, Standards standards,
            List<GatewayEvidenceSource> sources, FunctionalSkillsInReviews reviews) {
        this.reviews = reviews;
        this.standards = standards;
        this.plans = plans;
        this.offTheJob = offTheJob;
        this.englishAndMaths = englishAndMaths;
        this.apprenticeships = apprenticeships;
        this.store = store;
        this.sources = List.copyOf(sources);
    }

    /** The facts of one apprenticeship (its own gateway page and API), each read through its module's one-row read. */
    GatewayChecklist.Facts of(ApprenticeshipSummary a, Optional<StandardDetails> standard, LocalDate today) {
        List<GatewayEvidence> other = sources.stream().flatMap(s -> s.evidenceFor(a.id()).stream()).toList();
        return facts(a, standard, today, new Read(store.confirmations(a.id()), other,
                store.waivers(a.id()),
                plans.functionalSkillsPlanned(a.id()), reviews.plannedInLatestSignedReview(a.id()).orElse(null),
                plans.ruleEvaluation(a.id()), offTheJob.of(a.id()),
                        englishAndMaths.verifiedExemptionsOf(a.id()),
                apprenticeships.breaksOf(a.id())));
    }

    /**
     * The facts of a page of apprenticeships (the readiness dashboard and those waiting to book) in a fixed number of
     * reads whatever the page size: each module that holds a fact is asked once for the whole page (the rule packs
     * applied, the off-the-job figures, the verified exemptions, the breaks in learning, the functional skills planned
     * in the training plans and in the latest signed reviews, the confirmations and waivers, each evidence source),
     * and the page's standard versions are read together.
     */
    Map<ApprenticeshipId, GatewayChecklist.Facts> ofAll(List<ApprenticeshipSummary> page, LocalDate today) {
        List<ApprenticeshipId> typed = page.stream().map(ApprenticeshipSummary::id).toList();
        Map<ApprenticeshipId, Map<String, GatewayChecklist.Confirmation>> confirmations = store.confirmations(typed);
        Map<ApprenticeshipId, Map<String, GatewayChecklist.Waiver>> waivers = store.waivers(typed);
        Map<ApprenticeshipId, List<GatewayEvidence>> other = new HashMap<>();
        for (GatewayEvidenceSource source : sources) {
            source.evidenceForAll(typed).forEach((id, evidence) ->
                    other.computeIfAbsent(id, x -> new ArrayList<>()).addAll(evidence));
        }
        Map<ApprenticeshipId, PlannedFunctionalSkills> inPlans = plans.functionalSkillsPlanned(typed);
        Map<ApprenticeshipId, PlannedAtReview> inReviews = reviews.plannedInLatestSignedReview(typed);
        Map<ApprenticeshipId, RuleEvaluation> rules = plans.ruleEvaluations(page);
        Map<ApprenticeshipId, OffTheJobFigures> otj = page.isEmpty() ? Map.of() : offTheJob.of(page);
        Map<ApprenticeshipId, Map<String, String>> exempt = englishAndMaths.verifiedExemptionsOf(typed);
        Map<ApprenticeshipId, List<BreakInLearning>> breaks = apprenticeships.breaksOf(typed);
        Map<Standards.Version, Optional<StandardDetails>> standardsRead = standards.find(page.stream()
                .map(EpaService::versionOf).toList());
        Map<ApprenticeshipId, GatewayChecklist.Facts> all = new LinkedHashMap<>();
        for (ApprenticeshipSummary a : page) {
            Optional<StandardDetails> standard = standardsRead.get(EpaService.versionOf(a));
            ApprenticeshipId id = a.id();
            all.put(id, facts(a, standard, today, new Read(confirmations.getOrDefault(id, Map.of()),
                    List.copyOf(other.getOrDefault(id, List.of())), waivers.getOrDefault(id, Map.of()),
                    inPlans.getOrDefault(a.id(), PlannedFunctionalSkills.NONE), inReviews.get(a.id()),
                    Optional.ofNullable(rules.get(a.id())), Optional.ofNullable(otj.get(a.id())),
                    exempt.getOrDefault(a.id(), Map.of()), breaks.getOrDefault(a.id(), List.of()))));
        }
        return all;
    }

    /**
     * What the other modules and this one hold of one apprenticeship, read for it alone or with its page; the review
     * is null when no signed review plans a qualification.
     */
    private record Read(Map<String, GatewayChecklist.Confirmation> confirmations, List<GatewayEvidence> other,
            Map<String, GatewayChecklist.Waiver> waivers, PlannedFunctionalSkills inPlan, PlannedAtReview inReview,
            Optional<RuleEvaluation> rules, Optional<OffTheJobFigures> otj, Map<String, String> exempt,
            List<BreakInLearning> breaks) {
    }

    private static GatewayChecklist.Facts facts(ApprenticeshipSummary a, Optional<StandardDetails> standard,
            LocalDate today, Read read) {
        Optional<RuleEvaluation> rules = read.rules();
        Optional<OffTheJobFigures> otj = read.otj();
        Map<String, String> exempt = read.exempt();
        PlannedFunctionalSkills inPlan = read.inPlan();
        PlannedAtReview inReview = read.inReview();
        String required = rules.map(r -> r.englishAndMaths().inWords()).orElse("Required: Level 2");
        boolean isRequired = rules.map(RuleEvaluation::englishAndMathsRequired).orElse(true);
        List<GatewayItem> items = standard.map(StandardDetails::gatewayItems).orElse(List.of());
        return new GatewayChecklist.Facts(daysInLearning(a, today, read.breaks()),
                rules.map(RuleEvaluation::minimumDurationDays).orElse(null),
                rules.map(r -> r.pack().name()).orElse("no rule pack"),
                otj.map(OffTheJobFigures::approvedHours).orElse(BigDecimal.ZERO),
                otj.map(OffTheJobFigures::plannedHours).filter(h -> h.signum() > 0).orElse(null),
                new GatewayChecklist.Subject(isRequired, required, exempt.get("ENGLISH"),
                        planned(inPlan.englishInWords(), inReview == null ? Optional.empty()
                                : inReview.planned().englishInWords(), inReview)),
                new GatewayChecklist.Subject(isRequired, required, exempt.get("MATHS"),
                        planned(inPlan.mathsInWords(), inReview == null ? Optional.empty()
                                : inReview.planned().mathsInWords(), inReview)), items,
                read.confirmations(), read.other(), read.waivers(), standardMinimumDays(a, items));
    }

    /**
     * Where a qualification in one subject is planned, in words (“Planned in the training plan: Functional Skills maths
     * Level 2”), or null when nothing plans one.
     */
    private static String planned(Optional<String> inPlan, Optional<String> inReview, PlannedAtReview review) {
        List<String> where = new ArrayList<>();
        inPlan.ifPresent(q -> where.add("in the training plan: " + q));
        inReview.ifPresent(q -> where.add("at progress review " + review.reviewNumber() + " (signed): " + q));
        return where.isEmpty() ? null : "Planned " + String.join("; planned ", where);
    }

    /** The standard's own minimum on programme, in days from the start (none when it states none). */
    private static Long standardMinimumDays(ApprenticeshipSummary a, List<GatewayItem> items) {
        return GatewayChecklist.standardMinimumMonths(items).filter(m -> a.startDate() != null)
                .map(m -> ChronoUnit.DAYS.between(a.startDate(), a.startDate().plusMonths(m))).orElse(null);
    }

    /** Days from the start to today (or the gateway), less the days spent on breaks in learning. */
    private static long daysInLearning(ApprenticeshipSummary a, LocalDate today, List<BreakInLearning> breaks) {
        if (a.startDate() == null || a.startDate().isAfter(today)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(a.startDate(), today);
        for (BreakInLearning b : breaks) {
            LocalDate end = b.endDate() == null || b.endDate().isAfter(today) ? today : b.endDate();
            days -= Math.max(0, ChronoUnit.DAYS.between(b.startDate(), end));
        }
        return Math.max(0, days);
    }
}
