package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A price of the apprenticeship from a date until the next (docs/domain/funding-rules.md, The price): training (the
 * ILR's TNP1) and assessment (TNP2), with why it changed and who recorded it. Made only by the apprenticeship.
 */
@Table("apprenticeship_price")
public record AgreedPrice(LocalDate appliesFrom, BigDecimal trainingPrice,
        @Column("assessment_price") BigDecimal assessmentPrice, String reason, Instant recordedAt, UUID recordedBy) {

    public BigDecimal total() {
        return trainingPrice.add(assessmentPrice);
    }
}
