package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;

import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipFigures;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.DeliveryModel;
import waypoint.enrolment.FundingType;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.StaffPart;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.Choices;
import waypoint.identity.CurrentUser;
import waypoint.organisation.LearnerId;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.Choice;
import waypoint.organisation.EmployerId;
import waypoint.shared.ids.TypedId;
import waypoint.organisation.StaffMemberId;

/**
 * “Record an apprenticeship”: one question per page, then check your answers (GOV.UK pattern), for a new
 * apprenticeship (it starts in onboarding) or one under way in another system (its status and dates are asked too).
 * The answers live in the session; the service checks them all on the check page and again when they are sent.
 */
@Controller
@RequestMapping("/apprenticeships/new")
@SessionAttributes("form")
class NewApprenticeshipController {

    /** The questions in order; the status is asked only for a migrated apprenticeship. */
    enum Step {
        LEARNER("learner", "Who is the apprentice?"),
        EMPLOYER("employer", "Who is their employer?"),
        LINE_MANAGER("line-manager", "Who is their line manager?"),
        STANDARD("standard", "Which apprenticeship standard?"),
        TUTOR("tutor", "Who is their tutor?"),
        OTHER_STAFF("other-staff", "Which other staff work on the apprenticeship?"),
        HOURS("hours", "How many hours a week is the apprentice contracted to work?"),
        DATES("dates", "When does the practical period start and end?"),
        EPA_PERIOD("epa-period", "How long is the end-point assessment period?"),
        DELIVERY("delivery", "How will the training be delivered?"),
        FUNDING("funding", "How is the apprenticeship funded?"),
        EPAO("epao", "Which end-point assessment organisation?"),
        STATUS("status", "Where does the apprenticeship stand now?"),
        CHECK("check", "Check your answers before recording the apprenticeship");

        final String slug;
        final String question;

        Step(String slug, String question) {
            this.slug = slug;
            this.question = question;
        }

        public String slug() {
            return slug;
        }

        public String question() {
            return question;
        }

        static Step of(String slug) {
            return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Question"));
        }
    }

    /** Which step each of the service's fields is answered on, so a problem found at the end links to its page. */
    private static final Map<String, Step> STEP_OF = Map.ofEntries(Map.entry("learnerId", Step.LEARNER),
            Map.entry("employerId", Step.EMPLOYER), Map.entry("lineManagerId", Step.LINE_MANAGER),
            Map.entry("standardReference", Step.STANDARD), Map.entry("tutorId", Step.TUTOR),
            Map.entry("otherStaff", Step.OTHER_STAFF), Map.entry("weeklyHours", Step.HOURS),
            Map.entry("startDate", Step.DATES), Map.entry("plannedEndDate", Step.DATES),
            Map.entry("epaPeriodMonths", Step.EPA_PERIOD), Map.entry("deliveryModel", Step.DELIVERY),
            Map.entry("deliveryLink", Step.DELIVERY), Map.entry("studyDays", Step.DELIVERY),
            Map.entry("fundingType", Step.FUNDING), Map.entry("trainingPrice", Step.FUNDING),
            Map.entry("epaPrice", Step.FUNDING), Map.entry("epaoId", Step.EPAO), Map.entry("status", Step.STATUS),
            Map.entry("statusDate", Step.STATUS), Map.entry("expectedReturnDate", Step.STATUS),
            Map.entry("withdrawalReason", Step.STATUS));

    /** The service's field names as the pages name them. */
    private static final Map<String, String> FIELD_OF = Map.of("startDate", "startDay", "plannedEndDate", "endDay",
            "statusDate", "statusDay", "expectedReturnDate", "expectedReturnDay", "otherStaff", "otherStaffIds");

    private final ApprenticeshipService service;
    private final ApprenticeshipAccess access;
    private final Choices choices;
    private final Standards standards;
    private final Validator validator;

    NewApprenticeshipController(ApprenticeshipService service, ApprenticeshipAccess access, Choices choices,
            Standards standards, Validator validator) {
        this.service = service;
        this.access = access;
        this.choices = choices;
        this.standards = standards;
        this.validator = validator;
    }

    /**
     * Starts again with no answers; from a learner's page ({@code learner}), with that learner chosen and their
     * employer suggested.
     */
    @GetMapping
    String start(CurrentUser user, @RequestParam(required = false) boolean migrated,
            @RequestParam(required = false) UUID learner, Model model) {
        requireCreate(user);
        ApprenticeshipDraft draft = new ApprenticeshipDraft(migrated);
        if (learner != null) {
            draft.setLearnerId(learner.toString());
            suggestEmployerOf(draft);
        }
        model.addAttribute("form", draft);
        return "redirect:/apprenticeships/new/" + Step.LEARNER.slug;
    }

    @ModelAttribute("form")
    ApprenticeshipDraft draft() {
        return new ApprenticeshipDraft(false);
    }

    @GetMapping("/{step}")
    String question(CurrentUser user, @PathVariable String step,
            @ModelAttribute(name = "form", binding = false) ApprenticeshipDraft form,
            BindingResult result, Model model) {
        requireCreate(user);
        Step current = Step.of(step);
        if (current == Step.CHECK) {
            return check(user, form, result, model);
        }
        return page(user, current, form, model);
    }

    @PostMapping("/{step}")
    String answer(CurrentUser user, @PathVariable String step, @RequestParam(required = false) String change,
            @ModelAttribute("form") ApprenticeshipDraft form, BindingResult result, Model model) {
        requireCreate(user);
        Step current = Step.of(step);
        if (current == Step.CHECK) {
            throw new NotFoundException("Question");
        }
        Map<String, String> problems = problems(current, form);
        if (!problems.isEmpty()) {
            problems.forEach((field, message) -> result.rejectValue(field, "invalid", message));
            return page(user, current, form, model);
        }
        if (current == Step.LEARNER) {
            suggestEmployerOf(form);
        }
        return "redirect:/apprenticeships/new/" + (change != null ? Step.CHECK.slug : next(current, form).slug);
    }

    /** The final submission: recorded once, however many times it is sent. */
    @PostMapping("/check")
    String record(CurrentUser user, @RequestParam(required = false) String token,
            @ModelAttribute("form") ApprenticeshipDraft form, BindingResult result, SessionStatus session,
            Model model) {
        requireCreate(user);
        if (token == null || !token.equals(form.getToken())) {
            // already recorded (the draft is gone), or a stale page: answer what that submission made, if anything
            Optional<ApprenticeshipId> made = service.madeBy(user, token);
            if (made.isPresent()) {
                return "redirect:/apprenticeships/" + made.get();
            }
            return "redirect:/apprenticeships/new/" + Step.CHECK.slug;
        }
        TypedAnswers typed = new TypedAnswers();
        try {
            ApprenticeshipId id = typed.answer(
                    () -> service.create(user, details(form, typed).withRequestKey(form.getToken())));
            session.setComplete();
            return "redirect:/apprenticeships/" + id + "?saved";
        } catch (FieldValidationException invalid) {
            model.addAttribute("problems", problemLinks(invalid));
            return check(user, form, result, model);
        } catch (org.springframework.dao.DuplicateKeyException sameTokenAtOnce) {
            // sent twice at the same moment: the other submission recorded it
            session.setComplete();
            return "redirect:/apprenticeships/" + service.madeBy(user, form.getToken())
                    .orElseThrow(() -> sameTokenAtOnce);
        }
    }

    private String check(CurrentUser user, ApprenticeshipDraft form, BindingResult result, Model model) {
        TypedAnswers typed = new TypedAnswers();
        if (!model.containsAttribute("problems")) {
            try {
                ApprenticeshipFigures figures = typed.answer(() -> service.check(details(form, typed)));
                model.addAttribute("figures", figures);
            } catch (FieldValidationException invalid) {
                model.addAttribute("problems", problemLinks(invalid));
            }
        }
        model.addAttribute("answers", answers(form));
        return page(user, Step.CHECK, form, model);
    }

    /** Each problem with the page to put it right. */
    record ProblemLink(String message, String href) {
    }

    private static List<ProblemLink> problemLinks(FieldValidationException invalid) {
        return invalid.errors().entrySet().stream().map(e -> new ProblemLink(e.getValue(),
                "/apprenticeships/new/" + STEP_OF.getOrDefault(e.getKey(), Step.LEARNER).slug + "?change"))
                .toList();
    }

    /** One row of the check page: the question's short name, the answer in words, and where to change it. */
    record Answer(String key, String value, String step) {
    }

    private List<Answer> answers(ApprenticeshipDraft f) {
        List<UUID> ids = new ArrayList<>(java.util.stream.Stream.of(f.getLearnerId(), f.getEmployerId(),
                f.getLineManagerId(), f.getTutorId(), f.getEpaoId()).map(ActionForm::id)
                .filter(java.util.Objects::nonNull).toList());
        f.getOtherStaffIds().stream().map(ActionForm::id).filter(java.util.Objects::nonNull).forEach(ids::add);
        Map<UUID, String> names = choices.names(ids);
        java.util.function.Function<String, String> name = id -> Optional.ofNullable(ActionForm.id(id))
                .map(names::get).orElse("Not given");
        List<Answer> rows = new ArrayList<>();
        rows.add(new Answer("Apprentice", name.apply(f.getLearnerId()), Step.LEARNER.slug));
        rows.add(new Answer("Employer", name.apply(f.getEmployerId()), Step.EMPLOYER.slug));
        rows.add(new Answer("Line manager", name.apply(f.getLineManagerId()), Step.LINE_MANAGER.slug));
        rows.add(new Answer("Standard", blank(f.getStandardReference()) ? "Not given"
                : standards.latestSummary(f.getStandardReference()).map(s -> s.label())
                        .orElse(f.getStandardReference()), Step.STANDARD.slug));
        rows.add(new Answer("Tutor", name.apply(f.getTutorId()), Step.TUTOR.slug));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < ApprenticeshipDraft.OTHER_STAFF_ROWS; i++) {
            StaffPart part = enumOf(StaffPart.class, f.getOtherStaffParts().get(i));
            if (ActionForm.id(f.getOtherStaffIds().get(i)) != null && part != null) {
                others.add(name.apply(f.getOtherStaffIds().get(i)) + " (" + part.words() + ")");
            }
        }
        rows.add(new Answer("Other staff", others.isEmpty() ? "None" : String.join(", ", others),
                Step.OTHER_STAFF.slug));
        rows.add(new Answer("Weekly hours", blank(f.getWeeklyHours()) ? "Not given" : f.getWeeklyHours() + " hours",
                Step.HOURS.slug));
        rows.add(new Answer("Start date", date(f.getStartDay(), f.getStartMonth(), f.getStartYear()),
                Step.DATES.slug));
        rows.add(new Answer("Planned end date", date(f.getEndDay(), f.getEndMonth(), f.getEndYear()),
                Step.DATES.slug));
        rows.add(new Answer("End-point assessment period", blank(f.getEpaPeriodMonths()) ? "Not given"
                : f.getEpaPeriodMonths() + " months", Step.EPA_PERIOD.slug));
        DeliveryModel model = enumOf(DeliveryModel.class, f.getDeliveryModel());
        String days = f.getStudyDays().stream().map(d -> enumOf(DayOfWeek.class, d))
                .filter(java.util.Objects::nonNull).sorted().map(NewApprenticeshipController::words)
                .collect(Collectors.joining(", "));
        rows.add(new Answer("Delivery", (model == null ? "Not given" : model.words())
                + (blank(f.getDeliveryLink()) ? "" : ", " + f.getDeliveryLink())
                + (days.isEmpty() ? "" : "; study days: " + days), Step.DELIVERY.slug));
        FundingType funding = enumOf(FundingType.class, f.getFundingType());
        rows.add(new Answer("Funding", (funding == null ? "Not given" : funding.words())
                + (blank(f.getTrainingPrice()) ? "" : "; training price £" + f.getTrainingPrice())
                + (blank(f.getEpaPrice()) ? "" : "; end-point assessment price £" + f.getEpaPrice()),
                Step.FUNDING.slug));
        rows.add(new Answer("End-point assessment organisation", ActionForm.id(f.getEpaoId()) == null ? "Not chosen yet"
                : name.apply(f.getEpaoId()), Step.EPAO.slug));
        if (f.isMigrated()) {
            ApprenticeshipStatus status = enumOf(ApprenticeshipStatus.class, f.getStatus());
            WithdrawalReason why = enumOf(WithdrawalReason.class, f.getWithdrawalReason());
            rows.add(new Answer("Status now", (status == null ? "Not given" : status.words()) + " since "
                    + date(f.getStatusDay(), f.getStatusMonth(), f.getStatusYear())
                    + (blank(f.getExpectedReturnDay()) ? "" : "; expected return "
                            + date(f.getExpectedReturnDay(), f.getExpectedReturnMonth(), f.getExpectedReturnYear()))
                    + (why == null ? "" : "; withdrawal reason: " + why.words()), Step.STATUS.slug));
        }
        return rows;
    }

    private static String date(String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return "Not given";
        }
        TypedAnswers typed = new TypedAnswers();
        LocalDate date = typed.date("date", "The date", day, month, year);
        return date == null ? day + "/" + month + "/" + year
                : GovUkDates.date(date);
    }

    private String page(CurrentUser user, Step step, ApprenticeshipDraft form, Model model) {
        model.addAttribute("step", step);
        model.addAttribute("back", previous(step, form).map(s -> "/apprenticeships/new/" + s.slug)
                .orElse("/apprenticeships"));
        switch (step) {
            case LEARNER -> model.addAttribute("options", options(choices.learners(access.scopeOf(user))));
            case EMPLOYER -> model.addAttribute("options", options(choices.employers()));
            case LINE_MANAGER -> model.addAttribute("options", ActionForm.id(form.getEmployerId()) == null ? List.of()
                    : options(choices.contactsOf(ActionForm.id(form.getEmployerId()))));
            case STANDARD -> model.addAttribute("options", service.standardChoices(form.isMigrated()).stream()
                    .map(s -> new Choice(s.referenceNumber(), s.label())).toList());
            case TUTOR -> model.addAttribute("options", options(choices.tutors()));
            case OTHER_STAFF -> {
                model.addAttribute("options", options(choices.staff()));
                model.addAttribute("parts", Arrays.stream(StaffPart.values())
                        .map(p -> new Choice(p.name(), p.words())).toList());
            }
            case DELIVERY -> {
                model.addAttribute("options", Arrays.stream(DeliveryModel.values())
                        .map(d -> new Choice(d.name(), d.words())).toList());
                model.addAttribute("days", Arrays.stream(DayOfWeek.values()).limit(5)
                        .map(d -> new Choice(d.name(), words(d))).toList());
            }
            case FUNDING -> model.addAttribute("options", Arrays.stream(FundingType.values())
                    .map(t -> new Choice(t.name(), t.words())).toList());
            case EPAO -> model.addAttribute("options", options(choices.epaos()));
            case STATUS -> {
                model.addAttribute("options", Arrays.stream(ApprenticeshipStatus.values())
                        .filter(s -> s != ApprenticeshipStatus.ONBOARDING).map(s -> new Choice(s.name(), s.words()))
                        .toList());
                model.addAttribute("withdrawalReasons", Arrays.stream(WithdrawalReason.values())
                        .map(r -> new Choice(r.name(), r.words() + " (ILR " + r.ilrCode() + ")")).toList());
            }
            default -> { }
        }
        return "enrolment/new-apprenticeship";
    }

    /** What one page asks must be answered (and read) before the next; the service checks the whole at the end. */
    private Map<String, String> problems(Step step, ApprenticeshipDraft f) {
        Map<String, String> problems = new LinkedHashMap<>();
        TypedAnswers typed = new TypedAnswers();
        switch (step) {
            case LEARNER -> requireId(f.getLearnerId(), "learnerId", "Select the apprentice", problems);
            case EMPLOYER -> requireId(f.getEmployerId(), "employerId", "Select the employer", problems);
            case STANDARD -> {
                if (blank(f.getStandardReference())) {
                    problems.put("standardReference", "Select the standard");
                }
            }
            case TUTOR -> requireId(f.getTutorId(), "tutorId", "Select the tutor", problems);
            case OTHER_STAFF -> {
                for (int i = 0; i < ApprenticeshipDraft.OTHER_STAFF_ROWS; i++) {
                    boolean person = !blank(f.getOtherStaffIds().get(i));
                    boolean part = !blank(f.getOtherStaffParts().get(i));
                    if (person != part) {
                        problems.put("otherStaffIds[" + i + "]", "Select both the member of staff and their part,"
                                + " or neither");
                    }
                }
            }
            case HOURS -> {
                BigDecimal hours = typed.number("weeklyHours", "Enter the weekly hours as a number, like 37.5",
                        f.getWeeklyHours());
                if (blank(f.getWeeklyHours())) {
                    problems.put("weeklyHours", "Enter the contracted weekly hours");
                } else if (hours != null && (hours.signum() <= 0 || hours.compareTo(new BigDecimal("60")) > 0)) {
                    problems.put("weeklyHours", "Weekly hours must be more than 0 and at most 60");
                }
            }
            case DATES -> {
                LocalDate startDate = typed.date("startDay", "The start date", f.getStartDay(), f.getStartMonth(),
                        f.getStartYear());
                LocalDate end = typed.date("endDay", "The planned end date", f.getEndDay(), f.getEndMonth(),
                        f.getEndYear());
                if (startDate == null && blank(f.getStartDay())) {
                    problems.put("startDay", "Enter the start date");
                }
                if (end == null && blank(f.getEndDay())) {
                    problems.put("endDay", "Enter the planned end date");
                }
                if (startDate != null && end != null) {
                    try {
                        service.figuresFor(ActionForm.id(f.getLearnerId()), f.getStandardReference(), startDate, end,
                                hours(f));
                    } catch (FieldValidationException invalid) {
                        invalid.errors().forEach((field, message) -> {
                            if (field.equals("startDate") || field.equals("plannedEndDate")) {
                                problems.putIfAbsent(FIELD_OF.get(field), message);
                            }
                        });
                    }
                }
            }
            case EPA_PERIOD -> {
                if (!blank(f.getEpaPeriodMonths()) && !f.getEpaPeriodMonths().strip().matches("\\d{1,2}")) {
                    problems.put("epaPeriodMonths", "Enter the number of months, like 3");
                }
            }
            case DELIVERY -> {
                if (blank(f.getDeliveryModel())) {
                    problems.put("deliveryModel", "Select how the training will be delivered");
                } else if ("REMOTE".equals(f.getDeliveryModel()) && blank(f.getDeliveryLink())) {
                    problems.put("deliveryLink", "Enter the link to the remote sessions, starting https://");
                }
            }
            case FUNDING -> {
                if (blank(f.getFundingType())) {
                    problems.put("fundingType", "Select levy or non-levy");
                }
                typed.number("trainingPrice", "Enter the training price in pounds, like 12000", f.getTrainingPrice());
                typed.number("epaPrice", "Enter the end-point assessment price in pounds, like 3000",
                        f.getEpaPrice());
                for (String price : List.of("trainingPrice", "epaPrice")) {
                    validator.validateProperty(f, price)
                            .forEach(refused -> problems.putIfAbsent(price, refused.getMessage()));
                }
            }
            case STATUS -> {
                if (blank(f.getStatus())) {
                    problems.put("status", "Select the status it has now");
                }
                if (typed.date("statusDay", "The date", f.getStatusDay(), f.getStatusMonth(), f.getStatusYear())
                        == null && blank(f.getStatusDay())) {
                    problems.put("statusDay", "Enter the date it reached this status");
                }
            }
            default -> { }
        }
        try {
            typed.answer(() -> true);
        } catch (FieldValidationException unreadable) {
            unreadable.errors().forEach(problems::putIfAbsent);
        }
        return problems;
    }

    private void suggestEmployerOf(ApprenticeshipDraft form) {
        choices.employerAndManagerOf(ActionForm.id(form.getLearnerId())).ifPresent(ids -> {
            if (blank(form.getEmployerId())) {
                form.setEmployerId(ids[0] == null ? null : ids[0].toString());
                form.setLineManagerId(ids[1] == null ? null : ids[1].toString());
            }
        });
    }

    private static Step next(Step step, ApprenticeshipDraft form) {
        Step next = Step.values()[step.ordinal() + 1];
        return next == Step.STATUS && !form.isMigrated() ? Step.CHECK : next;
    }

    private static Optional<Step> previous(Step step, ApprenticeshipDraft form) {
        if (step.ordinal() == 0) {
            return Optional.empty();
        }
        Step previous = Step.values()[step.ordinal() - 1];
        return Optional.of(previous == Step.STATUS && !form.isMigrated() ? Step.EPAO : previous);
    }

    /** The draft as the service takes it; text that cannot be read is left for {@code typed} to report. */
    private static NewApprenticeship details(ApprenticeshipDraft f, TypedAnswers typed) {
        List<NewApprenticeship.StaffAssignment> others = new ArrayList<>();
        for (int i = 0; i < ApprenticeshipDraft.OTHER_STAFF_ROWS; i++) {
            UUID staff = ActionForm.id(f.getOtherStaffIds().get(i));
            StaffPart part = enumOf(StaffPart.class, f.getOtherStaffParts().get(i));
            if (staff != null || part != null) {
                others.add(new NewApprenticeship.StaffAssignment(TypedId.of(staff, StaffMemberId::new), part));
            }
        }
        String months = f.getEpaPeriodMonths();
        Integer epaMonths = months == null || !months.strip().matches("\\d{1,2}") ? null
                : Integer.valueOf(months.strip());
        NewApprenticeship.Migration migration = !f.isMigrated() ? null : new NewApprenticeship.Migration(
                enumOf(ApprenticeshipStatus.class, f.getStatus()),
                typed.date("statusDate", "The status date", f.getStatusDay(), f.getStatusMonth(), f.getStatusYear()),
                typed.date("expectedReturnDate", "The expected return date", f.getExpectedReturnDay(),
                        f.getExpectedReturnMonth(), f.getExpectedReturnYear()),
                enumOf(WithdrawalReason.class, f.getWithdrawalReason()));
        Set<DayOfWeek> days = f.getStudyDays().stream().map(d -> enumOf(DayOfWeek.class, d))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return new NewApprenticeship(TypedId.of(ActionForm.id(f.getLearnerId()), LearnerId::new),
                TypedId.of(ActionForm.id(f.getEmployerId()), EmployerId::new),
                ActionForm.id(f.getLineManagerId()), f.getStandardReference(), null,
                TypedId.of(ActionForm.id(f.getTutorId()), StaffMemberId::new),
                others, typed.date("startDate", "The start date", f.getStartDay(), f.getStartMonth(),
                        f.getStartYear()),
                typed.date("plannedEndDate", "The planned end date", f.getEndDay(), f.getEndMonth(), f.getEndYear()),
                epaMonths, typed.number("weeklyHours", "Enter the weekly hours as a number", f.getWeeklyHours()),
                enumOf(DeliveryModel.class, f.getDeliveryModel()), f.getDeliveryLink(), days,
                enumOf(FundingType.class, f.getFundingType()),
                typed.pounds("trainingPrice", "Enter the training price in pounds", f.getTrainingPrice()),
                typed.pounds("epaPrice", "Enter the end-point assessment price in pounds", f.getEpaPrice()),
                ActionForm.id(f.getEpaoId()), migration, null);
    }

    private static BigDecimal hours(ApprenticeshipDraft f) {
        try {
            return blank(f.getWeeklyHours()) ? null : new BigDecimal(f.getWeeklyHours().strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static void requireId(String text, String field, String message, Map<String, String> problems) {
        if (ActionForm.id(text) == null) {
            problems.put(field, message);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String words(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    private static List<Choice> options(List<Choices.Option> found) {
        return found.stream().map(o -> new Choice(o.value(), o.text())).toList();
    }

    private void requireCreate(CurrentUser user) {
        if (!service.mayCreate(user)) {
            throw new AccessDeniedException("Only staff who manage apprenticeships record them");
        }
    }
}
