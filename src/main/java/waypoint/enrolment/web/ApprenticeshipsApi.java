package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.EmploymentStatus;
import waypoint.enrolment.internal.apprenticeship.LifecycleTable;
import waypoint.enrolment.internal.apprenticeship.Transition;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipView;
import waypoint.enrolment.internal.apprenticeship.UnitAssessment;
import waypoint.enrolment.internal.apprenticeship.CaseloadFilter;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerId;
import waypoint.shared.validation.Pounds;
import waypoint.shared.validation.Pounds.Sign;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.money.Money;

@RestController
@RequestMapping("/api/v1/apprenticeships")
@Tag(name = "Apprenticeships", description = "Apprenticeships and their lifecycle, within what each person may see: "
        + "every one for provider-wide roles, a tutor's own, an employer's apprentices, a learner's own. A move the "
        + "lifecycle table refuses answers 409 with the reason.")
class ApprenticeshipsApi {

    /** The API's dates are ISO; one that is not a real date is a field error on its field. */
    static final String ISO_DATE = "Enter a real date, like 2026-04-27";

    private final ApprenticeshipService service;
    private final ApprenticeshipLifecycle lifecycle;
    private final ApprenticeshipQueries queries;
    private final waypoint.enrolment.internal.payment.PaymentPlans paymentPlans;

    private final Validator validator;

    ApprenticeshipsApi(ApprenticeshipService service, ApprenticeshipLifecycle lifecycle,
            ApprenticeshipQueries queries, waypoint.enrolment.internal.payment.PaymentPlans paymentPlans,
            Validator validator) {
        this.paymentPlans = paymentPlans;
        this.validator = validator;
        this.service = service;
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    /**
     * Dates are text, so that one that is not a date is a field error on that field; what must be given, and whether
     * it fits the funding rules, the service checks all at once.
     */
    record ApprenticeshipRequest(UUID learnerId, UUID employerId, UUID lineManagerId, String standardReference,
            String standardVersion, UUID tutorId, List<NewApprenticeship.StaffAssignment> otherStaff,
            @TypedDate(message = ISO_DATE) String startDate, @TypedDate(message = ISO_DATE) String plannedEndDate,
            Integer epaPeriodMonths, BigDecimal weeklyHours,
            DeliveryModel deliveryModel, String deliveryLink, Set<DayOfWeek> studyDays, FundingType fundingType,
            @Pounds(sign = Sign.ZERO_OR_MORE, message = "Enter the training price in pounds, like 12000 or 12000.50")
            BigDecimal trainingPrice,
            @Pounds(sign = Sign.ZERO_OR_MORE,
                    message = "Enter the end-point assessment price in pounds, like 12000 or 12000.50")
            BigDecimal epaPrice, UUID epaoId, ApprenticeshipStatus status,
            @TypedDate(message = ISO_DATE) String statusDate, @TypedDate(message = ISO_DATE) String expectedReturnDate,
            WithdrawalReason withdrawalReason) {
    }

    record Party(UUID id, String name) {
    }

    record Standard(String referenceNumber, String version, String title, Integer level) {
    }

    record ListItem(UUID id, ApprenticeshipStatus status, String statusWords, Party learner, Party employer,
            Standard standard, Party tutor, LocalDate startDate, LocalDate plannedEndDate, boolean migrated) {
    }

    record ListResponse(List<ListItem> items, int page, int size, long total) {
    }

    record ApprenticeshipResponse(UUID id, ApprenticeshipStatus status, String statusWords, boolean migrated,
            Party learner, Party employer, Party lineManager, Standard standard, Party tutor,
            List<ApprenticeshipView.Staff> otherStaff, LocalDate startDate, LocalDate plannedEndDate,
            Integer epaPeriodMonths, BigDecimal weeklyHours, DeliveryModel deliveryModel, String deliveryLink,
            Set<DayOfWeek> studyDays, FundingType fundingType, Money trainingPrice, Money epaPrice,
            Party epao, ApprenticeshipFigures figures, List<ApprenticeshipView.TimelineEntry> timeline,
            List<BreakInLearning> breaks, String withdrawalPrompt, List<String> actions, int version,
            waypoint.rules.ProgrammeType programmeType, UnitAssessment unitAssessment) {

        static ApprenticeshipResponse of(ApprenticeshipView view) {
            var s = view.summary();
            return new ApprenticeshipResponse(s.id().value(), s.status(), s.status().words(), s.migrated(),
                    new Party(s.learnerId().value(), s.learnerName()), new Party(s.employerId().value(),
                            s.employerName()),
                    s.lineManagerId() == null ? null : new Party(s.lineManagerId(), s.lineManagerName()),
                    new Standard(s.standardReference(), s.standardVersion(), s.standardTitle(), s.level()),
                    new Party(s.tutorId().value(), s.tutorName()), view.otherStaff(), s.startDate(), s.plannedEndDate(),
                    s.epaPeriodMonths(), s.weeklyHours(), view.deliveryModel(), view.deliveryLink(),
                    view.studyDays(), view.fundingType(), view.trainingPrice(), view.epaPrice(),
                    view.epaoId() == null ? null : new Party(view.epaoId(), view.epaoName()),
                    view.figures().orElse(null), view.timeline(), view.breaks(),
                    view.withdrawalPrompt().orElse(null),
                    view.actions().stream().map(t -> t.name().toLowerCase().replace('_', '-')).toList(),
                    view.version(), view.programmeType(), view.unitAssessment().orElse(null));
        }
    }

    @PostMapping("/{id}/unit-completion")
    @Operation(summary = "Complete an apprenticeship unit", description = "An apprenticeship unit has no end-point "
            + "assessment: it is completed when the apprentice passes the provider's test (test, passedOn) and the "
            + "employer validates it (validatedBy, validatedOn). Refused (409) for any other programme type.")
    ApprenticeshipResponse completeUnit(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody UnitCompletionForm body) {
        lifecycle.completeUnit(user, id, checked(body, () -> lifecycle.requireManager(user, id)).assessment(),
                body.version());
        return get(user, id);
    }

    @PostMapping
    @Operation(summary = "Record an apprenticeship", description = "A new one starts in onboarding; give a status "
            + "(with statusDate, and expectedReturnDate for a break or withdrawalReason for a withdrawal) to bring in "
            + "one under way in another system. Checked against the funding-rule pack of its start date. Send an "
            + "Idempotency-Key header to make a retry safe: the same key answers the apprenticeship made first.")
    ResponseEntity<ApprenticeshipResponse> create(CurrentUser user, @Valid @RequestBody ApprenticeshipRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        NewApprenticeship details = details(request, key);
        ApprenticeshipId id;
        try {
            id = service.create(user, details);
        } catch (org.springframework.dao.DuplicateKeyException sameKeyAtOnce) {
            // the same request twice at the same moment: the other one recorded it
            id = service.madeBy(user, details.requestKey()).orElseThrow(() -> sameKeyAtOnce);
        }
        return ResponseEntity.created(URI.create("/api/v1/apprenticeships/" + id))
                .body(ApprenticeshipResponse.of(queries.view(user, id)));
    }

    @GetMapping
    @Operation(summary = "List apprenticeships", description = "Search by learner name (q); filter by status, tutor "
            + "(staff id), employer and standard (reference); sort by learner, employer, standard, tutor, start, "
            + "end or status (prefix - for descending); page from 0, size up to 100.")
    ListResponse list(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) ApprenticeshipStatus status,
            @RequestParam(required = false) UUID tutor, @RequestParam(required = false) UUID employer,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageOf<waypoint.enrolment.ApprenticeshipSummary> found = queries.list(user, new CaseloadFilter(q, status,
                tutor, employer, standard, sort, page == null ? 0 : page, size == null ? 0 : size));
        return new ListResponse(found.items().stream().map(s -> new ListItem(s.id().value(), s.status(),
                s.status().words(),
                new Party(s.learnerId().value(), s.learnerName()), new Party(s.employerId().value(), s.employerName()),
                new Standard(s.standardReference(), s.standardVersion(), s.standardTitle(), s.level()),
                new Party(s.tutorId().value(), s.tutorName()), s.startDate(), s.plannedEndDate(), s.migrated())).toList(),
                found.number(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    ApprenticeshipResponse get(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return ApprenticeshipResponse.of(queries.view(user, id));
    }

    /**
     * The body once who sent it may make the change ({@code authorise}: not found, or denied, first) and it holds
     * what the change asks; a 400 problem naming each field otherwise.
     */
    private <T> T checked(T body, Runnable authorise) {
        authorise.run();
        FormChecks.require(validator, body);
        return body;
    }

    /**
     * Every action: the date it took effect, why (optional for a return), and the version read (optional: a stale one
     * is a 409). Whether the move is allowed is the apprenticeship's rule.
     */
    record Change(
            @NotBlank(message = "Enter the date it happened") @TypedDate(message = ISO_DATE) String effectiveDate,
            String reason, Integer version) {

        LocalDate date() {
            return TypedValues.date(effectiveDate).orElseThrow();
        }
    }

    /** {@code unapproveHours}: true to un-approve off-the-job hours approved from the start of the break. */
    record BreakChange(
            @NotBlank(message = "Enter the date it happened") @TypedDate(message = ISO_DATE) String effectiveDate,
            @NotBlank(message = "Enter the date the apprentice expects to return") @TypedDate(message = ISO_DATE)
            String expectedReturnDate,
            Boolean employerAgreed, Boolean employmentEnded,
            @NotBlank(message = "Say why") String reason, Integer version, Boolean unapproveHours) {

        ApprenticeshipLifecycle.BreakRequest request() {
            return new ApprenticeshipLifecycle.BreakRequest(TypedValues.date(effectiveDate).orElseThrow(),
                    TypedValues.date(expectedReturnDate).orElseThrow(), Boolean.TRUE.equals(employerAgreed),
                    Boolean.TRUE.equals(employmentEnded), reason, version, Boolean.TRUE.equals(unapproveHours));
        }
    }

    record Withdrawal(
            @NotBlank(message = "Enter the date it happened") @TypedDate(message = ISO_DATE) String effectiveDate,
            @NotNull(message = "Select the withdrawal reason") WithdrawalReason withdrawalReason,
            @NotBlank(message = "Say why") String reason, Integer version) {

        LocalDate date() {
            return TypedValues.date(effectiveDate).orElseThrow();
        }
    }

    record EmployerChange(@NotNull(message = "Select the new employer") UUID employerId, UUID lineManagerId,
            @NotBlank(message = "Enter the date it happened") @TypedDate(message = ISO_DATE) String effectiveDate,
            @NotBlank(message = "Say why") String reason, Integer version) {

        LocalDate date() {
            return TypedValues.date(effectiveDate).orElseThrow();
        }
    }

    record LineManagerChange(@NotNull(message = "Select the line manager") UUID lineManagerId,
            @NotBlank(message = "Enter the date it happened") @TypedDate(message = ISO_DATE) String effectiveDate,
            String reason, Integer version) {

        LocalDate date() {
            return TypedValues.date(effectiveDate).orElseThrow();
        }
    }

    @PostMapping("/{id}/break")
    @Operation(summary = "Start a break in learning", description = "Needs the employer's agreement (unless the "
            + "employment ended: employmentEnded true) and an expected return more than 4 weeks away. A break "
            + "starting on or before the date of approved off-the-job hours is refused unless unapproveHours is "
            + "true: those hours then go back to waiting for approval.")
    ApprenticeshipResponse takeBreak(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody BreakChange body) {
        lifecycle.takeBreak(user, id, checked(body, () -> lifecycle.requireManager(user, id)).request());
        return get(user, id);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return from a break in learning", description = "The planned end date moves by the "
            + "length of the break.")
    ApprenticeshipResponse returnFromBreak(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody Change body) {
        lifecycle.returnFromBreak(user, id, checked(body, () -> lifecycle.requireManager(user, id)).date(),
                body.reason(), body.version());
        return get(user, id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw the apprentice", description = "From any active status, with the ILR reason.")
    ApprenticeshipResponse withdraw(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody Withdrawal body) {
        lifecycle.withdraw(user, id, checked(body, () -> lifecycle.requireManager(user, id)).date(),
                body.withdrawalReason(), body.reason(), body.version());
        return get(user, id);
    }

    @PostMapping("/{id}/change-employer")
    @Operation(summary = "Change of employer", description = "A new employer (and line manager there) takes the "
            + "apprentice on; the status stays.")
    ApprenticeshipResponse changeEmployer(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody EmployerChange body) {
        checked(body, () -> lifecycle.requireManager(user, id));
        lifecycle.changeEmployer(user, id, new EmployerId(body.employerId()), body.lineManagerId(), body.date(),
                body.reason(), body.version());
        return get(user, id);
    }

    @PostMapping("/{id}/change-line-manager")
    @Operation(summary = "Name the line manager, or a new one", description = "A contact of the employer the apprentice"
            + " works for now becomes their line manager, from a date not ahead of today; the status stays. Allowed"
            + " until the apprenticeship ends.")
    ApprenticeshipResponse changeLineManager(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody LineManagerChange body) {
        checked(body, () -> lifecycle.requireManager(user, id));
        lifecycle.changeLineManager(user, id, body.lineManagerId(), body.date(), body.reason(), body.version());
        return get(user, id);
    }

    @PostMapping("/{id}/gateway")
    ApprenticeshipResponse gateway(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody Change body) {
        get(user, id); // who may not see it is told it does not exist
        throw LifecycleTable.madeByTheEpaRecord(Transition.GATEWAY);
    }

    @PostMapping("/{id}/end-point-assessment")
    ApprenticeshipResponse endPointAssessment(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody Change body) {
        get(user, id); // who may not see it is told it does not exist
        throw LifecycleTable.madeByTheEpaRecord(Transition.END_POINT_ASSESSMENT);
    }

    @PostMapping("/{id}/complete")
    ApprenticeshipResponse complete(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestBody Change body) {
        get(user, id); // who may not see it is told it does not exist
        throw LifecycleTable.madeByTheEpaRecord(Transition.COMPLETE);
    }

    private static NewApprenticeship details(ApprenticeshipRequest r, String key) {
        LocalDate start = TypedValues.date(r.startDate()).orElse(null);
        LocalDate end = TypedValues.date(r.plannedEndDate()).orElse(null);
        LocalDate statusDate = TypedValues.date(r.statusDate()).orElse(null);
        LocalDate expectedReturn = TypedValues.date(r.expectedReturnDate()).orElse(null);
        NewApprenticeship.Migration migration = r.status() == null && statusDate == null ? null
                : new NewApprenticeship.Migration(r.status(), statusDate, expectedReturn, r.withdrawalReason());
        return new NewApprenticeship(TypedId.of(r.learnerId(), LearnerId::new), TypedId.of(r.employerId(),
                EmployerId::new), r.lineManagerId(),
                r.standardReference(), r.standardVersion(), TypedId.of(r.tutorId(), StaffMemberId::new), r.otherStaff(),
                start, end,
                r.epaPeriodMonths(), r.weeklyHours(),
                r.deliveryModel(), r.deliveryLink(), r.studyDays(), r.fundingType(), Money.of(r.trainingPrice()),
                Money.of(r.epaPrice()), r.epaoId(), migration, key == null || key.isBlank() ? null : key.strip());
    }

    @GetMapping("/{id}/employment-statuses")
    @Operation(summary = "Read the apprentice's employment status records",
            description = "Earliest first; each applies from its date until the next. The employer of a record in "
                    + "paid employment is the apprenticeship's on that date.")
    List<EmploymentStatus> employment(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return lifecycle.employment(user, id);
    }

    @PostMapping("/{id}/employment-statuses")
    @Operation(summary = "Record the apprentice's employment status from a date",
            description = "For staff who manage the apprenticeship. In paid employment needs lengthOfEmployment and "
                    + "names the apprenticeship's employer; a record on the same date is replaced. A change of "
                    + "employer adds one by itself.")
    List<EmploymentStatus> recordEmployment(CurrentUser user, @PathVariable ApprenticeshipId id,
            @RequestBody EmploymentStatusForm body) {
        return lifecycle.recordEmploymentStatus(user, id,
                checked(body, () -> lifecycle.requireEmploymentRecorder(user, id)).request());
    }

    @GetMapping("/{id}/prices")
    @Operation(summary = "Read the apprenticeship's prices, each with the date it applies from",
            description = "Earliest first: the training price (TNP1) and the assessment price (TNP2) agreed at the "
                    + "start and every change since, as the ILR records them.")
    List<waypoint.enrolment.internal.apprenticeship.AgreedPrice> prices(CurrentUser user,
            @PathVariable ApprenticeshipId id) {
        return lifecycle.prices(user, id);
    }

    /** A new price from a date, why, and optionally whether the employer is a small employer (under 50 staff). */
    record PriceChange(
            @NotBlank(message = "Enter the date the price applies from")
            @TypedDate(message = ISO_DATE) String appliesFrom,
            @NotNull(message = "Enter the training price (TNP1) in pounds, like 9000")
            @Pounds(message = PriceController.TRAINING_PRICE_IN_PENCE) BigDecimal trainingPrice,
            @NotNull(message = "Enter the assessment price (TNP2) in pounds, like 9000")
            @Pounds(message = PriceController.ASSESSMENT_PRICE_IN_PENCE) BigDecimal assessmentPrice,
            @NotBlank(message = "Say why the price changed") String reason,
            Boolean smallEmployer) {

        ApprenticeshipLifecycle.PriceRequest request() {
            return new ApprenticeshipLifecycle.PriceRequest(TypedValues.date(appliesFrom).orElseThrow(),
                    Money.pounds(trainingPrice), Money.pounds(assessmentPrice), reason, smallEmployer);
        }
    }

    @PostMapping("/{id}/prices")
    @Operation(summary = "Record a new price from a date",
            description = "For managers and the data officer. Each price is £0 or more and applies from the start "
                    + "date or later; a price from the same date is replaced. The apprenticeship's price becomes the "
                    + "latest; the earnings are worked out again from it. Refused with field errors naming the rule.")
    List<waypoint.enrolment.internal.apprenticeship.AgreedPrice> changePrice(CurrentUser user,
            @PathVariable ApprenticeshipId id,
            @RequestBody PriceChange body) {
        return lifecycle.changePrice(user, id, checked(body, () -> lifecycle.requirePriceChanger(user, id)).request());
    }

    @GetMapping("/{id}/payment-plan")
    @Operation(summary = "Read the employer's payment plan for its contribution",
            description = "Earliest due first: each instalment's amount, due date, and whether it is paid. For "
                    + "everyone who may see the apprenticeship, the employer's contacts among them.")
    List<Instalment> paymentPlan(CurrentUser user, @PathVariable ApprenticeshipId id) {
        return paymentPlans.plan(user, id).stream().map(Instalment::of).toList();
    }

    /** An instalment as the API shows it: state DUE or PAID. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Instalment(UUID id, LocalDate dueOn, Money amount, String state, LocalDate paidOn,
            LocalDate remindedOn) {

        static Instalment of(waypoint.enrolment.internal.payment.PaymentInstalment i) {
            return new Instalment(i.id(), i.dueOn(), i.amount(), i.state().name(), i.paidOn(), i.remindedOn());
        }
    }

    record InstalmentRequest(
            @NotBlank(message = "Enter the date the instalment is due") @TypedDate(message = ISO_DATE) String dueOn,
            @NotNull(message = "Enter the amount in pounds, like 150")
            @Pounds(sign = Sign.MORE_THAN_ZERO, message = PaymentPlanController.AMOUNT_IN_PENCE,
                    signMessage = PaymentPlanController.AMOUNT_MORE_THAN_ZERO) BigDecimal amount) {
    }

    @PostMapping("/{id}/payment-plan")
    @Operation(summary = "Add an instalment to the employer's payment plan",
            description = "For managers and the data officer: an amount of more than £0 due on or after the start.")
    ResponseEntity<Instalment> addInstalment(CurrentUser user,
            @PathVariable ApprenticeshipId id, @RequestBody InstalmentRequest body) {
        checked(body, () -> paymentPlans.requireKeeper(user, id));
        var added = paymentPlans.add(user, id, TypedValues.date(body.dueOn()).orElseThrow(),
                Money.pounds(body.amount()));
        return ResponseEntity.created(URI.create("/api/v1/apprenticeships/" + id + "/payment-plan"))
                .body(Instalment.of(added));
    }

    record PaidRequest(
            @NotBlank(message = "Enter the date it was paid") @TypedDate(message = ISO_DATE) String paidOn) {
    }

    @PostMapping("/{id}/payment-plan/{instalmentId}/paid")
    @Operation(summary = "Record an instalment paid",
            description = "For managers and the data officer; the date cannot be in the future, and an instalment "
                    + "already paid is refused.")
    Instalment paid(CurrentUser user, @PathVariable ApprenticeshipId id,
            @PathVariable UUID instalmentId, @RequestBody PaidRequest body) {
        checked(body, () -> paymentPlans.requireKeeper(user, id));
        return Instalment.of(paymentPlans.recordPaid(user, id, instalmentId,
                TypedValues.date(body.paidOn()).orElseThrow()));
    }
}
