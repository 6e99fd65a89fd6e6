package waypoint.reporting.internal.ilr;

import java.util.List;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.ilr.IlrFinding;
import waypoint.ilr.IlrFix;
import waypoint.ilr.IlrLearner;
import waypoint.ilr.IlrRuleBook;

/**
 * What the return says of the aims it left out of a learner's record (docs/domain/english-and-maths-aims.md, "No
 * qualification chosen"): an English or maths aim with no qualification chosen is not sent, the rest of the learner
 * is, and the check lists a warning for it, with the page where the qualification is chosen. It is Waypoint's own
 * warning, not an official rule's, so it has no rule name; it counts with the return's warnings.
 */
final class IlrAimsLeftOut {

    /** A warning about an aim left out, with the apprenticeship whose page puts it right. */
    record Note(IlrFinding finding, ApprenticeshipId apprenticeshipId) {
    }

    private IlrAimsLeftOut() {
    }

    static List<Note> of(IlrLearner learner) {
        if (learner.origin() == null) {
            return List.of();
        }
        String name = name(learner);
        return learner.origin().aimsLeftOut().stream().map(aim -> new Note(new IlrFinding(null,
                IlrRuleBook.Severity.WARNING, learner.learnRefNumber(), null, "LearnAimRef",
                ("ENGLISH".equals(aim.subject()) ? "English" : "Maths") + " aim not sent: no qualification chosen for "
                        + name, IlrFix.ENGLISH_AND_MATHS), new ApprenticeshipId(aim.apprenticeshipId()))).toList();
    }

    private static String name(IlrLearner learner) {
        String name = ((learner.givenNames() == null ? "" : learner.givenNames()) + " "
                + (learner.familyName() == null ? "" : learner.familyName())).strip();
        return name.isEmpty() ? "the apprentice " + learner.learnRefNumber() : name;
    }
}
