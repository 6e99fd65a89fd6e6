package waypoint.enrolment.internal.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.internal.Refusals;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.money.Money;

/**
 * One instalment of the employer's payment plan for its share of the price (docs/domain/funding-rules.md, The
 * employer's payment plan): an amount due on a date, due until staff record it paid. Planned, recorded paid and
 * reminded only by the methods below; a paid instalment stays paid.
 */
@Table("employer_payment_instalment")
public class PaymentInstalment {

    public enum State {
        DUE,
        PAID
    }

    @Id
    private final UUID id;
    private final UUID apprenticeshipId;
    private final LocalDate dueOn;
    private final BigDecimal amount;
    private State state;
    private LocalDate paidOn;
    private LocalDate remindedOn;
    private final Instant plannedAt;
    private final UUID plannedBy;
    private UUID paidRecordedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    PaymentInstalment(UUID id, UUID apprenticeshipId, LocalDate dueOn, BigDecimal amount, State state,
            LocalDate paidOn, LocalDate remindedOn, Instant plannedAt, UUID plannedBy, UUID paidRecordedBy,
            Integer version) {
        this.id = id;
        this.apprenticeshipId = apprenticeshipId;
        this.dueOn = dueOn;
        this.amount = amount;
        this.state = state;
        this.paidOn = paidOn;
        this.remindedOn = remindedOn;
        this.plannedAt = plannedAt;
        this.plannedBy = plannedBy;
        this.paidRecordedBy = paidRecordedBy;
        this.version = version;
    }

    /**
     * An instalment of more than £0 in pounds and pence, due on or after the apprenticeship's start; refused with
     * field errors otherwise. The date and the amount are given (the forms ask for them).
     */
    static PaymentInstalment plan(ApprenticeshipId apprenticeshipId, LocalDate startDate, LocalDate dueOn,
            Money amount, Instant at, UUID by) {
        java.util.Objects.requireNonNull(dueOn, "the date the instalment is due");
        java.util.Objects.requireNonNull(amount, "the amount");
        Refusals refusals = new Refusals();
        if (startDate != null && dueOn.isBefore(startDate)) {
            refusals.refuse("dueOn", "An instalment of the employer's contribution falls due on or after the start"
                    + " date");
        }
        if (!amount.isMoreThan(Money.ZERO)) {
            refusals.refuse("amount", "The amount must be more than £0");
        } else if (amount.isMoreThan(Money.pounds("99999999.99"))) {
            refusals.refuse("amount", "Enter the amount in pounds and pence, like 150 or 150.50");
        }
        refusals.throwIfAny();
        return new PaymentInstalment(UUID.randomUUID(), apprenticeshipId.value(), dueOn,
                amount.pounds(), State.DUE, null, null, at, by, null, null);
    }

    /** Staff record it paid on a day (given) not in the future; an instalment already paid is refused. */
    void recordPaid(LocalDate on, LocalDate today, UUID by) {
        java.util.Objects.requireNonNull(on, "the date it was paid");
        if (state == State.PAID) {
            throw new FieldValidationException("paidOn", "This instalment was already recorded as paid on "
                    + paidOn);
        }
        if (on.isAfter(today)) {
            throw new FieldValidationException("paidOn", "Record a payment once it is made: the date cannot be in"
                    + " the future");
        }
        state = State.PAID;
        paidOn = on;
        paidRecordedBy = by;
    }

    /** Whether a reminder is due today: unpaid, due within {@code daysBefore} days, not reminded yet. */
    boolean needsReminder(LocalDate today, int daysBefore) {
        return state == State.DUE && remindedOn == null && !dueOn.isBefore(today)
                && !dueOn.isAfter(today.plusDays(daysBefore));
    }

    void reminded(LocalDate today) {
        remindedOn = today;
    }

    public UUID id() {
        return id;
    }

    public ApprenticeshipId apprenticeshipId() {
        return new ApprenticeshipId(apprenticeshipId);
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Money amount() {
        return Money.of(amount);
    }

    public State state() {
        return state;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public LocalDate remindedOn() {
        return remindedOn;
    }
}
