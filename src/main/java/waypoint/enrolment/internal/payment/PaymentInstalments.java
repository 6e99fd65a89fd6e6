package waypoint.enrolment.internal.payment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PaymentInstalments extends ListCrudRepository<PaymentInstalment, UUID> {

    @Query("SELECT * FROM employer_payment_instalment WHERE apprenticeship_id = :apprenticeshipId ORDER BY due_on, id")
    List<PaymentInstalment> findByApprenticeship(UUID apprenticeshipId);

    /** Unpaid instalments due from today to the day given and not reminded yet. */
    @Query("SELECT * FROM employer_payment_instalment WHERE state = 'DUE' AND reminded_on IS NULL"
            + " AND due_on >= :today AND due_on <= :until ORDER BY due_on")
    List<PaymentInstalment> findToRemind(java.time.LocalDate today, java.time.LocalDate until);
}
