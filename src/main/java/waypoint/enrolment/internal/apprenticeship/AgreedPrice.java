package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.shared.money.Money;

/**
 * A price of the apprenticeship from a date until the next (docs/domain/funding-rules.md, The price): training (the
 * ILR's TNP1) and assessment (TNP2), with why it changed and who recorded it. Made only by the apprenticeship. The
 * components are the columns as kept (pounds and pence, numeric(10,2)); what the code reads is the amounts as
 * {@link Money}: {@link #training()}, {@link #assessment()} and {@link #total()}.
 */
@Table("apprenticeship_price")
public record AgreedPrice(LocalDate appliesFrom, BigDecimal trainingPrice,
        @Column("assessment_price") BigDecimal assessmentPrice, String reason, Instant recordedAt, UUID recordedBy) {

    /** A price as the apprenticeship records it, from amounts of money. */
    static AgreedPrice of(LocalDate appliesFrom, Money training, Money assessment, String reason, Instant recordedAt,
            UUID recordedBy) {
        return new AgreedPrice(appliesFrom, training.pounds(), assessment.pounds(), reason, recordedAt, recordedBy);
    }

    /** The training price (TNP1). */
    public Money training() {
        return Money.pounds(trainingPrice);
    }

    /** The assessment price (TNP2). */
    public Money assessment() {
        return Money.pounds(assessmentPrice);
    }

    public Money total() {
        return training().plus(assessment());
    }
}
