package waypoint.enrolment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.SystemStep;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.IlrApprenticeshipImport;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.money.Money;

/**
 * Apprenticeships recorded and moved by the system rather than by a person: the demo data. Checked as on the pages
 * (an invalid one throws) and by the lifecycle table, but no one is asked for permission; the timeline says
 * “Waypoint” did it.
 */
@Service
public class ApprenticeshipImport {

    private final ApprenticeshipService service;
    private final ApprenticeshipLifecycle lifecycle;
    private final IlrApprenticeshipImport ilr;
    private final org.springframework.beans.factory.ObjectProvider<waypoint.enrolment.internal.payment.PaymentPlans>
            paymentPlans;

    ApprenticeshipImport(ApprenticeshipService service, ApprenticeshipLifecycle lifecycle,
            IlrApprenticeshipImport ilr,
            org.springframework.beans.factory.ObjectProvider<waypoint.enrolment.internal.payment.PaymentPlans>
                    paymentPlans) {
        this.paymentPlans = paymentPlans;
        this.service = service;
        this.lifecycle = lifecycle;
        this.ilr = ilr;
    }

    /**
     * Brings in the apprentices of another system's ILR file, all or nothing (docs/domain/ilr-import.md), with this
     * tutor and weekly hours: the number brought in, or the problems, in words, when nothing was.
     */
    public int fromIlrFile(java.nio.file.Path file, StaffMemberId tutorId, java.math.BigDecimal weeklyHours) {
        return fromIlrFile(file, tutorId, weeklyHours, null);
    }

    /** The same, with the date apprentices of the file on a break in learning expect to return. */
    public int fromIlrFile(java.nio.file.Path file, StaffMemberId tutorId, java.math.BigDecimal weeklyHours,
            LocalDate breakExpectedReturn) {
        IlrApprenticeshipImport.Outcome outcome = ilr.importForTheSystem(file,
                new IlrApprenticeshipImport.Chosen(tutorId.value(), weeklyHours, breakExpectedReturn));
        if (!outcome.imported()) {
            throw new IllegalStateException("The ILR file was not imported: " + outcome.fileProblems() + " "
                    + outcome.problems());
        }
        return outcome.apprentices();
    }

    /** Whether the latest version of the standard takes new starts on that date (a retired one does not). */
    public boolean openToNewStarts(String standardReference, LocalDate start) {
        return service.openToNewStarts(standardReference, start);
    }

    public ApprenticeshipId record(NewApprenticeship details) {
        return service.register(details);
    }

    /**
     * The apprentice is in paid employment with the apprenticeship's employer from that date, employed for that long
     * (docs/domain/ilr.md, "Employment status"): needed before the start.
     */
    public void employed(ApprenticeshipId id, LocalDate from, EmploymentLists.LengthOfEmployment length) {
        lifecycle.recordEmploymentStatus(id, new ApprenticeshipLifecycle.EmploymentRequest(from,
                EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, length, null));
    }

    /**
     * A price from a date, through the apprenticeship's own checks; {@code smallEmployer} null leaves the employer's
     * size as recorded (docs/domain/funding-rules.md, The price).
     */
    public void price(ApprenticeshipId id, LocalDate from, Money training,
            Money assessment,
            String reason, Boolean smallEmployer) {
        lifecycle.changePrice(id, new ApprenticeshipLifecycle.PriceRequest(from, training, assessment, reason,
                smallEmployer));
    }

    /** An instalment of the employer's payment plan, paid on {@code paidOn} if given. */
    public void paymentInstalment(ApprenticeshipId id, LocalDate dueOn, Money amount, LocalDate paidOn) {
        paymentPlans.getObject().plan(id, dueOn, amount, paidOn);
    }

    public void start(ApprenticeshipId id, LocalDate date) {
        lifecycle.move(id, SystemStep.START, date, null);
    }

    public void breakInLearning(ApprenticeshipId id, LocalDate date, LocalDate expectedReturn, String reason) {
        lifecycle.breakInLearning(id, date, expectedReturn, reason);
    }

    public void withdraw(ApprenticeshipId id, LocalDate date, WithdrawalReason why, String reason) {
        lifecycle.withdraw(id, date, why, reason);
    }

    /** Names the line manager, a contact of the apprentice's employer, from a date not ahead of today. */
    public void nameLineManager(ApprenticeshipId id, java.util.UUID lineManagerId, LocalDate date, String reason) {
        lifecycle.changeLineManager(id, lineManagerId, date, reason);
    }

    public void gateway(ApprenticeshipId id, LocalDate date) {
        lifecycle.move(id, SystemStep.GATEWAY, date, "Employer and provider agree the apprentice is ready");
    }

    public void endPointAssessment(ApprenticeshipId id, LocalDate date) {
        lifecycle.move(id, SystemStep.END_POINT_ASSESSMENT, date,
                "Passed to the end-point assessment organisation");
    }

    public void complete(ApprenticeshipId id, LocalDate date, String reason) {
        lifecycle.move(id, SystemStep.COMPLETE, date, reason);
    }
}
