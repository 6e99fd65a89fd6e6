package waypoint.enrolment;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.catalogue.EnglishMathsQualification.Subject;
import waypoint.enrolment.internal.apprenticeship.EnglishMathsAims;

/**
 * The qualification of an apprentice's English or maths study as other modules record it for the system (the demo
 * data), through the same rules as a person's choice (docs/domain/english-and-maths-aims.md).
 */
@Service
public class EnglishMathsChoices {

    private final EnglishMathsAims aims;

    EnglishMathsChoices(EnglishMathsAims aims) {
        this.aims = aims;
    }

    /** Chooses the qualification, with the study's dates (the apprenticeship's when null), achieved when dated. */
    public void chooseForTheSystem(ApprenticeshipId apprenticeshipId, Subject subject, UUID qualificationId,
            LocalDate start,
            LocalDate plannedEnd, LocalDate achievedOn) {
        aims.chooseForTheSystem(apprenticeshipId, subject, qualificationId, start, plannedEnd, achievedOn);
    }
}
