package waypoint.supportcase.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.supportcase.internal.Records.CaseRow;
import waypoint.supportcase.internal.StageTable.Action;

/**
 * Who may see and change a support case: whoever may see the apprenticeship sees its cases; staff working on it
 * take the steps, each by the role your support policy names for it (or a more senior one); the apprentice and the
 * employer may appeal. A refusal names the rule it applies.
 */
@Component
public class SupportCasePolicy {

    private final SupportCaseStore store;
    private final ApprenticeshipAccess access;
    private final SupportTitles titles;

    SupportCasePolicy(SupportCaseStore store, ApprenticeshipAccess access,
            SupportTitles titles) {
        this.store = store;
        this.access = access;
        this.titles = titles;
    }

    /** A case and its apprenticeship, as read for someone who may see them. */
    public record Loaded(CaseRow c, ApprenticeshipSummary a) {
    }

    public ApprenticeshipSummary requireView(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return access.requireView(user, apprenticeshipId);
    }

    /** A case and its apprenticeship, for someone who may see it; otherwise not found. */
    public Loaded load(CurrentUser user, UUID caseId) {
        CaseRow c = store.find(caseId).orElseThrow(() -> new NotFoundException("Support case"));
        return new Loaded(c, requireView(user, c.apprenticeshipId()));
    }

    public boolean canManage(CurrentUser user, ApprenticeshipSummary a) {
        return access.canManage(user, a);
    }

    boolean isLearner(CurrentUser user, ApprenticeshipSummary a) {
        return access.isTheApprentice(user, a);
    }

    boolean isEmployer(CurrentUser user, ApprenticeshipSummary a) {
        return access.isEmployerContact(user, a);
    }

    public boolean may(CurrentUser user, ApprenticeshipSummary a, Who who) {
        if (who == Who.APPELLANT) {
            return isLearner(user, a) || isEmployer(user, a) || canManage(user, a);
        }
        return canManage(user, a) && who.allows(user.roles());
    }

    /** The person may take a step the table gives to {@code who}; otherwise a refusal naming the rule. */
    void requireWho(CurrentUser user, ApprenticeshipSummary a, Who who, Action action) {
        if (may(user, a, who)) {
            return;
        }
        if (who == Who.APPELLANT) {
            throw new SupportStepNotYours("Your support policy: an appeal against the stage 5 outcome is made by the"
                    + " apprentice or the employer, or recorded by staff working on this apprenticeship");
        }
        String rule = "Your support policy: only the " + titles.current().of(who) + " (or someone more senior)";
        if (!canManage(user, a)) {
            throw new SupportStepNotYours(rule + " working on this apprenticeship may " + action.words()
                    + "; you are not working on it");
        }
        throw new SupportStepNotYours(rule + " may " + action.words());
    }
}
