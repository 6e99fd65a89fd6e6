package waypoint.epa.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GradedComponent;
import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaStore.Appeal;
import waypoint.epa.internal.EpaStore.Booking;
import waypoint.epa.internal.EpaStore.EpaRecord;
import waypoint.epa.internal.EpaStore.ReadinessRequest;
import waypoint.epa.internal.EpaStore.Result;
import waypoint.epa.internal.EpaStore.StoredSignature;
import waypoint.feedback.EndPointAssessmentAppeal;
import waypoint.feedback.EndPointAssessmentAppeals;
import waypoint.identity.CurrentUser;
import waypoint.organisation.Epaos;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.calendar.WorkingCalendar;
import waypoint.shared.signing.SignatureRefusedException;
import waypoint.shared.signing.Signing;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The gateway, the end-point assessment and the completion of one apprenticeship (issue 10). Every call is authorised
 * by {@link EpaPolicy}, every step checked by {@link EpaTable}, every lifecycle move made through
 * {@link ApprenticeshipTransitions} (whose refusals reach the caller as they are), every change audited.
 */
@Service
public class EpaService {

    /** Issue 10, item 1: the gateway meeting usually falls in the last three months of the practical period. */
    public static final int READINESS_MONTHS = 3;

    private final EpaPolicy policy;
    private final EpaStore store;
    private final GatewayFactsReader facts;
    private final Standards standards;
    private final ApprenticeshipTransitions transitions;
    private final Epaos epaos;
    private final Signing signing;
    private final EpaEmails emails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EndPointAssessmentAppeals appeals;
    private final WorkingCalendar calendar;

    EpaService(EpaPolicy policy, EpaStore store, GatewayFactsReader facts, Standards standards,
            ApprenticeshipTransitions transitions, Epaos epaos, Signing signing, EpaEmails emails,
            ApplicationEventPublisher events, Clock clock, EndPointAssessmentAppeals appeals,
            WorkingCalendar calendar) {
        this.appeals = appeals;
        this.calendar = calendar;
        this.policy = policy;
        this.store = store;
        this.facts = facts;
        this.standards = standards;
        this.transitions = transitions;
        this.epaos = epaos;
        this.signing = signing;
        this.emails = emails;
        this.events = events;
        this.clock = clock;
    }

    /** One graded component with its possible grades and the attempts so far (the latest counts). */
    public record ComponentResult(String name, List<String> grades, List<Result> attempts) {

        public Optional<Result> latest() {
            return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
        }

        public String grade() {
            return latest().map(Result::grade).orElse(null);
        }
    }

    public record EpaView(ApprenticeshipSummary apprenticeship, Optional<StandardDetails> standard, EpaRecord record,
            List<GatewayChecklist.Item> checklist, List<Booking> bookings, List<ComponentResult> results,
            String overallGrade, List<Appeal> appeals, List<StoredSignature> signatures, boolean canManage,
            Party party, LocalDate today, Optional<ReadinessRequest> readinessRequest, EpaSettings settings) {

        /** Within the last months of the practical period, so on the readiness dashboard without a request. */
        public boolean inReadinessMonths() {
            return apprenticeship.plannedEndDate() != null
                    && !apprenticeship.plannedEndDate().isAfter(today.plusMonths(READINESS_MONTHS));
        }

        /** Staff may add it to the readiness dashboard early: in learning, not there already. */
        public boolean mayRequestReadiness() {
            return canManage && apprenticeship.status() == ApprenticeshipStatus.IN_LEARNING
                    && readinessRequest.isEmpty() && !inReadinessMonths();
        }

        /** The EPAO that assessed the method: the latest booking's. */
        public Optional<Booking> latestBooking(String method) {
            return bookings.stream().filter(b -> b.method().equals(method)).reduce((first, second) -> second);
        }

        /** A method with an appeal still waiting for the EPAO's decision. */
        public boolean appealOpen(String method) {
            // an appeal recorded before appeals went through feedback has no case to wait for
            return appeals.stream().anyMatch(x -> x.component().equals(method) && x.feedbackId() != null
                    && !x.decided());
        }

        public boolean checklistComplete() {
            return GatewayChecklist.allMet(checklist);
        }

        public List<String> methods() {
            return standard.map(s -> s.epaMethods().stream().map(EpaMethod::name).toList()).orElse(List.of());
        }

        public Optional<String> gradingNote() {
            return standard.flatMap(s -> s.grading().note());
        }

        public boolean signedBy(String partyName) {
            return signatures.stream().anyMatch(s -> s.party().equals(partyName));
        }

        public boolean allows(String action) {
            return EpaTable.allows(record.stage(), EpaTable.Action.valueOf(action));
        }

        public boolean mayConfirm(GatewayChecklist.Item item) {
            return !item.met() && EpaTable.allows(record.stage(), EpaTable.Action.CONFIRM_ITEM)
                    && switch (item.confirmedBy()) {
                        case NOBODY -> false;
                        case STAFF -> canManage;
                        case EMPLOYER -> canManage || party == Party.EMPLOYER;
                        case APPRENTICE -> canManage || party == Party.APPRENTICE;
                    };
        }
    }

    @Transactional(readOnly = true)
    public EpaView view(CurrentUser user, UUID apprenticeshipId) {
        ApprenticeshipSummary a = policy.viewable(user, apprenticeshipId);
        return view(user, a);
    }

    private EpaView view(CurrentUser user, ApprenticeshipSummary a) {
        Optional<StandardDetails> standard = standards.find(a.standardReference(), a.standardVersion());
        EpaRecord record = recordOf(a);
        LocalDate today = LocalDate.now(clock);
        List<GatewayChecklist.Item> checklist = GatewayChecklist.evaluate(facts.of(a, standard, today));
        List<ComponentResult> results = results(standard, store.results(a.id()));
        String overall = standard.flatMap(s -> OverallGrade.of(s.grading(), latestGrades(results))).orElse(null);
        return new EpaView(a, standard, record, checklist, store.bookings(a.id()), results, overall,
                store.appeals(a.id()), store.signatures(a.id()), policy.canManage(user, a.id()),
                EpaPolicy.partyOf(user, a), today, store.readinessRequest(a.id()), store.settings());
    }

    /** The stored record; without one, a record at the stage the apprenticeship's status implies. */
    private EpaRecord recordOf(ApprenticeshipSummary a) {
        EpaRecord record = store.find(a.id());
        // an apprenticeship moved on before this module knew it (imported, or moved on the lifecycle page)
        return record.stored() ? record : record.withStage(stageOf(a.status()));
    }

    static EpaStage stageOf(waypoint.enrolment.ApprenticeshipStatus status) {
        return switch (status) {
            case GATEWAY -> EpaStage.GATEWAY;
            case END_POINT_ASSESSMENT -> EpaStage.ASSESSMENT;
            case COMPLETED -> EpaStage.COMPLETED;
            default -> EpaStage.PREPARING;
        };
    }

    /** The checklists of a page of apprenticeships, read together (the readiness dashboard). */
    @Transactional(readOnly = true)
    public Map<UUID, List<GatewayChecklist.Item>> checklists(List<ApprenticeshipSummary> page) {
        Map<UUID, List<GatewayChecklist.Item>> all = new LinkedHashMap<>();
        facts.ofAll(page, LocalDate.now(clock)).forEach((id, f) -> all.put(id, GatewayChecklist.evaluate(f)));
        return all;
    }

    private static List<ComponentResult> results(Optional<StandardDetails> standard, List<Result> all) {
        List<ComponentResult> results = new ArrayList<>();
        for (GradedComponent c : standard.map(s -> s.grading().components()).orElse(List.of())) {
            results.add(new ComponentResult(c.name(), c.grades(),
                    all.stream().filter(r -> r.component().equals(c.name())).toList()));
        }
        return results;
    }

    private static Map<String, String> latestGrades(List<ComponentResult> results) {
        Map<String, String> grades = new LinkedHashMap<>();
        results.forEach(r -> r.latest().ifPresent(latest -> grades.put(r.name(), latest.grade())));
        return grades;
    }

    @Transactional
    public void confirm(CurrentUser user, UUID id, String key, String evidence) {
        ApprenticeshipSummary a = policy.viewable(user, id);
        EpaView view = view(user, a);
        GatewayChecklist.Item item = view.checklist().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new FieldValidationException("item", "Choose an item of the gateway checklist"));
        EpaTable.require(view.record().stage(), EpaTable.Action.CONFIRM_ITEM);
        if (item.confirmedBy() == GatewayChecklist.ConfirmedBy.NOBODY) {
            throw new EpaRefusedException("“" + item.description() + "” is checked from its figures, not confirmed");
        }
        boolean staff = view.canManage();
        boolean allowed = switch (item.confirmedBy()) {
            case STAFF -> staff;
            case EMPLOYER -> staff || view.party() == Party.EMPLOYER;
            case APPRENTICE -> staff || view.party() == Party.APPRENTICE;
            case NOBODY -> false;
        };
        if (!allowed) {
            throw new org.springframework.security.access.AccessDeniedException("Not yours to confirm");
        }
        String text = evidence == null ? "" : evidence.strip();
        if (text.isEmpty() && staff && item.confirmedBy() == GatewayChecklist.ConfirmedBy.STAFF) {
            throw new FieldValidationException("evidence", "Enter the evidence, for example the certificate seen");
        }
        if (text.length() > 2000) {
            throw new FieldValidationException("evidence", "Evidence must be 2,000 characters or fewer");
        }
        Party party = view.party();
        String as = party == Party.APPRENTICE || party == Party.EMPLOYER ? party.words()
                : item.confirmedBy() == GatewayChecklist.ConfirmedBy.STAFF ? "Recorded by staff"
                        : "Recorded by staff for the " + item.confirmedBy().name().toLowerCase();
        store.confirm(id, key, text.isEmpty() ? "Confirmed" : text, user.id(), user.displayName(), as,
                clock.instant());
        events.publishEvent(RecordChanged.created("gateway confirmation", id, key + ": " + text));
    }

    public record Meeting(String heldOn, String mentor, String employer, String apprentice, String decision,
            String notes, String fullName) {
    }

    @Transactional
    public void holdMeeting(CurrentUser user, UUID id, Meeting m, String ipAddress) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate heldOn = pastDate(errors, "heldOn", m.heldOn(), "the date of the meeting");
        String mentor = required(errors, "mentor", m.mentor(), "Enter the mentor's name", 200);
        String employer = required(errors, "employer", m.employer(), "Enter who attended for the employer", 200);
        String apprentice = required(errors, "apprentice", m.apprentice(), "Enter the apprentice's name", 200);
        boolean ready = "READY".equals(m.decision());
        if (!ready && !"NOT_READY".equals(m.decision())) {
            errors.put("decision", "Choose whether the apprentice is ready for the end-point assessment");
        }
        String notes = m.notes() == null ? "" : m.notes().strip();
        if (notes.length() > 4000) {
            errors.put("notes", "Notes must be 4,000 characters or fewer");
        }
        if (m.fullName() == null || m.fullName().isBlank()) {
            errors.put("fullName", "Enter your full name to sign the record");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaView view = view(user, a);
        EpaStage next = EpaTable.require(view.record().stage(),
                ready ? EpaTable.Action.HOLD_MEETING_READY : EpaTable.Action.HOLD_MEETING_NOT_READY);
        if (ready && !view.checklistComplete()) {
            throw new EpaRefusedException("The gateway checklist is not complete: " + String.join("; ",
                    GatewayChecklist.missing(view.checklist()).stream().map(GatewayChecklist.Item::description)
                            .toList()));
        }
        String text = meetingText(a, heldOn, mentor, employer, apprentice, ready, notes, view.checklist());
        var signature = sign(user, m.fullName(), ipAddress, text);
        if (ready) {
            transitions.gateway(user, id, heldOn, "Gateway meeting: ready for the end-point assessment");
        }
        EpaRecord record = view.record().withMeeting(heldOn, mentor, employer, apprentice,
                ready ? "READY" : "NOT_READY", notes, text).withStage(next);
        store.save(record, clock.instant());
        store.clearSignatures(id);
        store.sign(id, Party.MENTOR.name(), signature);
        events.publishEvent(RecordChanged.updated("gateway meeting", id, view.record().stage().name(),
                next.name() + " on " + heldOn));
        emails.toApprenticeAndEmployer("gateway-meeting:" + id + ":" + heldOn + ":" + record.meetingDecision(), a,
                "Gateway meeting record to sign", ready
                        ? "The gateway meeting on " + Dates.day(heldOn)
                                + " decided the apprentice is ready for the end-point assessment. Please read and sign the record."
                        : "The gateway meeting on " + Dates.day(heldOn)
                                + " decided the apprentice is not ready yet. Please read and sign the record.");
    }

    @Transactional
    public void signMeeting(CurrentUser user, UUID id, String fullName, String ipAddress) {
        ApprenticeshipSummary a = policy.viewable(user, id);
        EpaRecord record = store.find(id);
        Party party = EpaPolicy.partyOf(user, a);
        if (party == Party.NONE || (party == Party.MENTOR && !policy.canManage(user, id))) {
            throw new org.springframework.security.access.AccessDeniedException("Not a party to the meeting");
        }
        if (record.meetingText() == null) {
            throw new EpaRefusedException("There is no gateway meeting record to sign yet");
        }
        EpaTable.require(record.stage(), EpaTable.Action.SIGN_MEETING);
        if (store.signatures(id).stream().anyMatch(s -> s.party().equals(party.name()))) {
            throw new EpaRefusedException("The " + party.words().toLowerCase() + " has signed the record already");
        }
        store.sign(id, party.name(), sign(user, fullName, ipAddress, record.meetingText()));
        events.publishEvent(RecordChanged.updated("gateway meeting", id, "", "signed by " + party.words()));
    }

    private waypoint.shared.signing.Signature sign(CurrentUser user, String fullName, String ip, String text) {
        try {
            return signing.sign(user.id(), user.displayName(), fullName, ip, text);
        } catch (SignatureRefusedException refused) {
            throw new FieldValidationException("fullName", refused.getMessage());
        }
    }

    static String meetingText(ApprenticeshipSummary a, LocalDate heldOn, String mentor, String employer,
            String apprentice, boolean ready, String notes, List<GatewayChecklist.Item> checklist) {
        StringBuilder text = new StringBuilder("Gateway meeting record\n")
                .append("Apprentice: ").append(a.learnerName()).append('\n')
                .append("Apprenticeship: ").append(a.standardLabel()).append('\n')
                .append("Held on: ").append(Dates.day(heldOn)).append('\n')
                .append("Mentor: ").append(mentor).append('\n')
                .append("For the employer: ").append(employer).append('\n')
                .append("Apprentice present: ").append(apprentice).append('\n')
                .append("Decision: ").append(ready ? "Ready for the end-point assessment" : "Not ready yet")
                .append('\n').append("Checklist:\n");
        checklist.forEach(i -> text.append("- ").append(i.description()).append(": ")
                .append(i.met() ? "met" : "not met").append(" (").append(i.evidence()).append(")\n"));
        return text.append("Notes: ").append(notes).append('\n').toString();
    }

    public record BookingRequest(String method, String epaoId, String date, String time, String place,
            String assessor, String adjustments) {
    }

    @Transactional
    public UUID book(CurrentUser user, UUID id, BookingRequest r) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        Map<String, String> errors = new LinkedHashMap<>();
        String method = view.methods().stream().filter(m -> m.equalsIgnoreCase(r.method() == null ? ""
                : r.method().strip())).findFirst().orElse(null);
        if (method == null) {
            errors.put("method", view.methods().isEmpty() ? "The standard has no assessment methods to book"
                    : "Choose one of the standard's methods: " + String.join(", ", view.methods()));
        }
        UUID epao = uuid(r.epaoId()).flatMap(epaos::find).map(Epaos.Epao::id).orElse(null);
        if (epao == null) {
            errors.put("epaoId", "Choose the end-point assessment organisation from the directory");
        }
        LocalDate date = DateText.parse(r.date()).orElse(null);
        if (date == null) {
            errors.put("date", "Enter the date of the assessment, for example 27/3/2027");
        }
        LocalTime time = time(r.time());
        if (time == null) {
            errors.put("time", "Enter the time of the assessment, for example 10:30");
        }
        String place = required(errors, "place", r.place(), "Enter the place or the link to join", 500);
        String assessor = optional(errors, "assessor", r.assessor(), 200);
        String adjustments = optional(errors, "adjustments", r.adjustments(), 2000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaStage stage = view.record().stage();
        EpaStage next = EpaTable.require(stage, EpaTable.Action.BOOK);
        if (stage == EpaStage.GATEWAY) {
            transitions.endPointAssessment(user, id, LocalDate.now(clock), "End-point assessment booked: " + method);
        }
        int attempt = 1 + (int) view.bookings().stream().filter(b -> b.method().equals(method)).count();
        UUID bookingId = UUID.randomUUID();
        var startsAt = date.atTime(time).atZone(Dates.LONDON).toInstant();
        store.book(new Booking(bookingId, id, method, epao, null, startsAt, place, assessor, adjustments, attempt),
                user.id(), clock.instant());
        if (next != stage) {
            store.save(view.record().withStage(next), clock.instant());
        }
        events.publishEvent(RecordChanged.created("EPA booking", bookingId, method + " on " + date + " " + time));
        emails.toApprenticeAndEmployer("epa-booking:" + bookingId, a, "End-point assessment booked",
                method + " is booked for " + Dates.day(date) + " at " + time + ", " + place + "."
                        + (adjustments == null ? "" : " Reasonable adjustments: " + adjustments));
        return bookingId;
    }

    @Transactional
    public void recordResult(CurrentUser user, UUID id, String methodName, String gradeText, String assessedOnText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<GradedComponent> component = OverallGrade.component(scheme, methodName);
        Optional<String> grade = component.flatMap(c -> OverallGrade.grade(c, gradeText));
        if (component.isEmpty()) {
            errors.put("method", scheme.components().isEmpty() ? "The standard has no graded methods"
                    : "Choose one of: " + String.join(", ", scheme.components().stream().map(GradedComponent::name)
                            .toList()));
        } else if (grade.isEmpty()) {
            errors.put("grade", component.get().name() + " can give only: "
                    + String.join(", ", component.get().grades()));
        }
        LocalDate assessedOn = assessedOnText == null || assessedOnText.isBlank() ? LocalDate.now(clock)
                : pastDate(errors, "assessedOn", assessedOnText, "the date of the assessment");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaTable.require(view.record().stage(), EpaTable.Action.RECORD_RESULT);
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.get().name()))
                .findFirst().orElseThrow();
        if (current.latest().isPresent()) {
            // a failed method is resat or retaken; a holistic grade that failed is awarded again on every criterion
            boolean failed = isLowest(component.get(), current.grade())
                    || (scheme.basis() == waypoint.catalogue.GradingBasis.HOLISTIC
                            && OverallGrade.FAIL.equalsIgnoreCase(view.overallGrade()));
            if (!failed) {
                throw new EpaRefusedException(current.name() + " already has the grade " + current.grade()
                        + "; only a failed method is assessed again (an appeal to the EPAO may change a grade)");
            }
            int most = view.settings().maximumAttempts();
            if (current.attempts().size() >= most) {
                throw new EpaRefusedException(current.name() + " has been assessed " + most + " times, the most the"
                        + " provider's EPA settings allow (the first attempt, then resits or retakes)");
            }
        }
        int attempt = current.attempts().size() + 1;
        store.result(id, current.name(), grade.get(), attempt, assessedOn, user.id(), clock.instant());
        Map<String, String> grades = latestGrades(view.results());
        grades.put(current.name(), grade.get());
        String overall = OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord record = view.record().withOverallGrade(overall);
        if (OverallGrade.isPass(overall)) {
            record = record.withStage(EpaTable.require(record.stage(), EpaTable.Action.RECORD_PASSING_RESULT));
        }
        store.save(record, clock.instant());
        events.publishEvent(RecordChanged.created("EPA result", id, current.name() + ": " + grade.get()
                + " (attempt " + attempt + ")" + (overall == null ? "" : "; overall " + overall)));
    }

    private static boolean isLowest(GradedComponent component, String grade) {
        return !component.grades().isEmpty() && component.grades().get(0).equalsIgnoreCase(grade);
    }

    /**
     * An appeal to the EPAO against a method's latest result, raised as an assessment appeal in the feedback module
     * (issue 10, item 3), which tracks its owner, deadlines and outcome; the outcome comes back by
     * {@link EpaAppealOutcomes}. The EPAO is the one that assessed the method (its latest booking), or the one chosen
     * when the result was recorded without a booking.
     */
    @Transactional
    public UUID appeal(CurrentUser user, UUID id, String methodName, String lodgedOnText, String reasonText,
            String epaoIdText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ComponentResult> result = view.results().stream()
                .filter(r -> methodName != null && r.name().equalsIgnoreCase(methodName.strip())
                        && r.latest().isPresent()).findFirst();
        if (result.isEmpty()) {
            errors.put("method", "Choose a method that has a result to appeal against");
        }
        LocalDate lodgedOn = pastDate(errors, "lodgedOn", lodgedOnText, "the date the appeal was made");
        String reason = required(errors, "reason", reasonText, "Enter the grounds of the appeal", 4000);
        int window = view.settings().appealWindowWorkingDays();
        LocalDate appealBy = result.map(r -> calendar.addWorkingDays(r.latest().get().assessedOn(), window))
                .orElse(null);
        if (appealBy != null && lodgedOn != null && lodgedOn.isAfter(appealBy)) {
            errors.put("lodgedOn", "An appeal must be made within " + window + " working days of the assessment, by "
                    + Dates.day(appealBy));
        }
        Optional<Epaos.Epao> epao = result.flatMap(r -> view.latestBooking(r.name())).map(Booking::epaoId)
                .or(() -> uuid(epaoIdText)).flatMap(epaos::find);
        if (result.isPresent() && epao.isEmpty()) {
            errors.put("epaoId", "Choose the end-point assessment organisation that assessed the method");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaTable.require(view.record().stage(), EpaTable.Action.APPEAL);
        ComponentResult appealed = result.get();
        if (view.appealOpen(appealed.name())) {
            throw new EpaRefusedException("An appeal against " + appealed.name()
                    + " is waiting for the EPAO's decision already");
        }
        EndPointAssessmentAppeals.Raised raised = appeals.raise(user, new EndPointAssessmentAppeal(id, a.learnerId(),
                epao.get().name(), appealed.name(), appealed.grade(), appealed.latest().get().assessedOn(), lodgedOn,
                appealBy, reason));
        UUID appealId = store.appeal(id, appealed.name(), lodgedOn, reason, raised.feedbackId(), raised.reference(),
                epao.get().name(), appealed.grade(), user.id(), clock.instant());
        events.publishEvent(RecordChanged.created("EPA appeal", appealId, appealed.name() + " (" + appealed.grade()
                + ") on " + lodgedOn + ", feedback " + raised.reference()));
        return appealId;
    }

    /**
     * The EPAO's revised grade after an upheld appeal: it replaces the grade of the result appealed against (the
     * attempts stay as they were) and the overall grade is worked out again; a pass moves the EPA to passed.
     */
    @Transactional
    public void reviseGrade(CurrentUser user, UUID id, UUID appealId, String gradeText, String revisedOnText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        Appeal appeal = view.appeals().stream().filter(x -> x.id().equals(appealId)).findFirst()
                .orElseThrow(() -> new waypoint.shared.NotFoundException("No appeal " + appealId));
        if (!appeal.upheld()) {
            throw new EpaRefusedException(appeal.decided() ? "The appeal was not upheld (" + appeal.outcomeWords()
                    + "), so the grade stands" : "The appeal is waiting for the EPAO's decision: record the outcome"
                            + " on its feedback case " + appeal.feedbackReference() + " first");
        }
        if (appeal.revisedGrade() != null) {
            throw new EpaRefusedException("The revised grade " + appeal.revisedGrade() + " is recorded already");
        }
        GradingScheme scheme = view.standard().map(StandardDetails::grading).orElse(GradingScheme.none());
        GradedComponent component = OverallGrade.component(scheme, appeal.component()).orElseThrow(
                () -> new EpaRefusedException("The standard no longer grades " + appeal.component()));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> grade = OverallGrade.grade(component, gradeText);
        if (grade.isEmpty()) {
            errors.put("grade", component.name() + " can give only: " + String.join(", ", component.grades()));
        }
        LocalDate revisedOn = revisedOnText == null || revisedOnText.isBlank() ? LocalDate.now(clock)
                : pastDate(errors, "revisedOn", revisedOnText, "the date of the EPAO's decision");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaStage stage = view.record().stage();
        EpaTable.require(stage, EpaTable.Action.REVISE_GRADE);
        ComponentResult current = view.results().stream().filter(r -> r.name().equals(component.name()))
                .findFirst().orElseThrow();
        Map<String, String> grades = latestGrades(view.results());
        grades.put(component.name(), grade.get());
        String overall = OverallGrade.of(scheme, grades).orElse(null);
        EpaRecord record = view.record().withOverallGrade(overall);
        if (OverallGrade.isPass(overall) && stage == EpaStage.ASSESSMENT) {
            record = record.withStage(EpaTable.require(stage, EpaTable.Action.RECORD_PASSING_RESULT));
        } else if (!OverallGrade.isPass(overall) && stage != EpaStage.ASSESSMENT) {
            throw new EpaRefusedException("The revised grade would take away the overall pass; ask the EPAO to"
                    + " confirm it before recording it");
        }
        store.reviseGrade(appeal, current.latest().orElseThrow(), grade.get(), revisedOn, user.id());
        store.save(record, clock.instant());
        events.publishEvent(RecordChanged.updated("EPA result", id, component.name() + ": " + current.grade(),
                component.name() + ": " + grade.get() + " (revised on appeal)" + (overall == null ? ""
                        : "; overall " + overall)));
    }

    /** Puts the apprenticeship on the readiness dashboard before its last three months (issue 10: “or earlier on request”). */
    @Transactional
    public void requestReadiness(CurrentUser user, UUID id, String reasonText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        Map<String, String> errors = new LinkedHashMap<>();
        String reason = required(errors, "reason", reasonText, "Enter why the apprentice should be on the dashboard"
                + " now", 1000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        if (a.status() != ApprenticeshipStatus.IN_LEARNING) {
            throw new EpaRefusedException("Only an apprenticeship in learning is on the readiness dashboard");
        }
        if (view.readinessRequest().isPresent()) {
            throw new EpaRefusedException("The apprenticeship is on the readiness dashboard already, at "
                    + view.readinessRequest().get().requestedByName() + "'s request");
        }
        if (view.inReadinessMonths()) {
            throw new EpaRefusedException("The apprenticeship is on the readiness dashboard already: its practical"
                    + " period ends within " + READINESS_MONTHS + " months");
        }
        store.requestReadiness(new ReadinessRequest(id, reason, user.id(), user.displayName(), clock.instant()));
        events.publishEvent(RecordChanged.created("gateway readiness request", id, reason));
    }

    @Transactional
    public void removeReadinessRequest(CurrentUser user, UUID id) {
        policy.manageable(user, id);
        Optional<ReadinessRequest> request = store.readinessRequest(id);
        if (request.isEmpty() || !store.removeReadinessRequest(id)) {
            throw new EpaRefusedException("The apprenticeship was not added to the readiness dashboard early");
        }
        events.publishEvent(RecordChanged.deleted("gateway readiness request", id, request.get().reason()));
    }

    @Transactional
    public void complete(CurrentUser user, UUID id, String actualEndText, String achievementText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = view(user, a);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate actualEnd = pastDate(errors, "actualEndDate", actualEndText, "the actual end date");
        LocalDate achieved = pastDate(errors, "achievementDate", achievementText, "the achievement date");
        if (actualEnd != null && achieved != null && achieved.isBefore(actualEnd)) {
            errors.put("achievementDate", "The achievement date must be on or after the actual end date");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaStage next = EpaTable.require(view.record().stage(), EpaTable.Action.COMPLETE);
        transitions.complete(user, id, actualEnd, "Passed the end-point assessment: " + view.overallGrade());
        store.save(view.record().withCompletion(actualEnd, achieved).withStage(next), clock.instant());
        events.publishEvent(RecordChanged.updated("EPA completion", id, view.record().stage().name(),
                "COMPLETED: " + view.overallGrade() + ", achieved " + achieved));
        // The completion survey is not sent: the feedback module has no public way to send one yet.
        emails.toApprenticeAndEmployer("epa-completed:" + id, a, "Apprenticeship completed",
                "Congratulations: the apprenticeship is complete with the grade " + view.overallGrade()
                        + ", achieved on " + Dates.day(achieved)
                        + ". The completion certificate will be requested for the apprentice.");
    }

    @Transactional
    public void certificate(CurrentUser user, UUID id, String requestedText, String receivedText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = recordOf(a);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate requested = pastDate(errors, "requestedOn", requestedText, "the date the certificate was requested");
        LocalDate received = receivedText == null || receivedText.isBlank() ? null
                : pastDate(errors, "receivedOn", receivedText, "the date the certificate arrived");
        if (requested != null && received != null && received.isBefore(requested)) {
            errors.put("receivedOn", "The certificate cannot arrive before it was requested");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaTable.require(record.stage(), EpaTable.Action.TRACK_CERTIFICATE);
        store.save(record.withCertificate(requested, received), clock.instant());
        events.publishEvent(RecordChanged.updated("EPA certificate", id, String.valueOf(record.certificateReceivedOn()),
                "requested " + requested + (received == null ? "" : ", received " + received)));
        if (received != null) {
            emails.toApprenticeAndEmployer("epa-certificate:" + id, a, "Apprenticeship certificate received",
                    "The apprenticeship completion certificate arrived on " + Dates.day(received) + ".");
        }
    }

    @Transactional
    public void progression(CurrentUser user, UUID id, String kindText, String notesText, String heldOnText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaRecord record = recordOf(a);
        Map<String, String> errors = new LinkedHashMap<>();
        Progression kind = null;
        try {
            kind = Progression.valueOf(String.valueOf(kindText));
        } catch (IllegalArgumentException wrong) {
            errors.put("kind", "Choose what comes next");
        }
        LocalDate heldOn = pastDate(errors, "heldOn", heldOnText, "the date of the conversation");
        String notes = optional(errors, "notes", notesText, 4000);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaTable.require(record.stage(), EpaTable.Action.RECORD_PROGRESSION);
        store.save(record.withProgression(kind.name(), notes, heldOn), clock.instant());
        events.publishEvent(RecordChanged.updated("EPA progression", id, String.valueOf(record.progressionKind()),
                kind.name()));
    }

    private LocalDate pastDate(Map<String, String> errors, String field, String text, String what) {
        Optional<LocalDate> date = DateText.parse(text);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + what + ", for example 27/3/2027");
            return null;
        }
        if (date.get().isAfter(LocalDate.now(clock))) {
            errors.put(field, capitalised(what) + " must be today or in the past");
            return null;
        }
        return date.get();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String required(Map<String, String> errors, String field, String value, String message, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.put(field, message);
        } else if (text.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
        return text;
    }

    private static String optional(Map<String, String> errors, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer");
        }
        return text.isEmpty() ? null : text;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException wrong) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }
}
