package waypoint.epa.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.ApprenticeshipTransitions;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaService.EpaView;
import waypoint.identity.CurrentUser;
import waypoint.shared.signing.Signature;
import waypoint.shared.signing.SignatureRefusedException;
import waypoint.shared.signing.Signing;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * The gateway's commands (docs/domain/gateway-and-epa.md): confirming and waiving checklist items, the gateway meeting
 * and its signatures. Every call is authorised by {@link EpaPolicy}; every change of stage is made by
 * {@link EpaRecord}; the move to Gateway goes through {@link ApprenticeshipTransitions}; every change is audited.
 */
@Service
public class GatewayService {

    /** Who the system is, on the rows that name who recorded them (imports, demo data). */
    public static final UUID SYSTEM = new UUID(0, 0);

    private final EpaPolicy policy;
    private final EpaStore store;
    private final EpaService epa;
    private final ApprenticeshipTransitions transitions;
    private final Signing signing;
    private final EpaEmails emails;
    private final EpaRepository repository;
    private final Clock clock;

    GatewayService(EpaPolicy policy, EpaStore store, EpaService epa, ApprenticeshipTransitions transitions,
            Signing signing, EpaEmails emails, EpaRepository repository, Clock clock) {
        this.policy = policy;
        this.store = store;
        this.epa = epa;
        this.transitions = transitions;
        this.signing = signing;
        this.emails = emails;
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public void confirm(CurrentUser user, ApprenticeshipId id, String key, String evidence) {
        ApprenticeshipSummary a = policy.viewable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        GatewayChecklist.Item item = item(view, key);
        view.record().check(EpaTable.Action.CONFIRM_ITEM);
        if (item.confirmedBy() == GatewayChecklist.ConfirmedBy.NOBODY) {
            throw new EpaRefusedException("“" + item.description() + "” is checked from its figures, not confirmed");
        }
        boolean staff = view.canManage();
        boolean allowed = switch (item.confirmedBy()) {
            case STAFF -> staff;
            case EMPLOYER -> staff || view.party() == Party.EMPLOYER;
            case APPRENTICE -> staff || view.party() == Party.APPRENTICE;
            case NOBODY -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("Not yours to confirm");
        }
        String text = evidence == null ? "" : evidence.strip();
        if (text.isEmpty() && staff && item.confirmedBy() == GatewayChecklist.ConfirmedBy.STAFF) {
            throw new FieldValidationException("evidence", "Enter the evidence, for example the certificate seen");
        }
        if (text.length() > 2000) {
            throw new FieldValidationException("evidence", "Evidence must be 2,000 characters or fewer");
        }
        Party party = view.party();
        String as = party == Party.APPRENTICE || party == Party.EMPLOYER ? party.words()
                : item.confirmedBy() == GatewayChecklist.ConfirmedBy.STAFF ? "Recorded by staff"
                        : "Recorded by staff for the " + item.confirmedBy().name().toLowerCase();
        EpaRecord.Change confirmed = view.record().confirmItem(key, text);
        store.confirm(id, key, text.isEmpty() ? "Confirmed" : text, user.id(), user.displayName(), as,
                clock.instant());
        repository.save(confirmed);
    }

    /**
     * An item that is not met waived by the person signed in, with the reason: it then counts as met, and the page,
     * the meeting record and the audit trail say who waived it and why. The funding rules' minimum duration cannot
     * be waived.
     */
    @Transactional
    public void waive(CurrentUser user, ApprenticeshipId id, String key, String reasonText) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        EpaView view = epa.view(user, a);
        view.record().requireEndPointAssessment();
        GatewayChecklist.Item item = item(view, key);
        String reason = reasonText == null ? "" : reasonText.strip();
        if (reason.isEmpty()) {
            throw new FieldValidationException("reason", "Enter why “" + item.description() + "” is waived");
        }
        if (reason.length() > 2000) {
            throw new FieldValidationException("reason", "The reason must be 2,000 characters or fewer");
        }
        waive(view.record().waiveItem(item, reason, user.displayName()), item, reason, user.id(),
                user.displayName());
    }

    private void waive(EpaRecord.Change waived, GatewayChecklist.Item item, String reason, UUID by, String byName) {
        store.waive(new ApprenticeshipId(waived.after().apprenticeshipId()), item.key(), reason, by, byName,
                clock.instant());
        repository.save(waived);
    }

    private static GatewayChecklist.Item item(EpaView view, String key) {
        return view.checklist().stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow(() -> new FieldValidationException("item", "Choose an item of the gateway checklist"));
    }

    /**
     * The meeting as the form gave it, once its shape is checked: the day it was held, who attended, whether the
     * apprentice is ready, the notes and the mentor's full name to sign the record.
     */
    public record Meeting(LocalDate heldOn, String mentor, String employer, String apprentice, boolean ready,
            String notes, String fullName) {
    }

    /**
     * The gateway meeting, signed by the mentor recording it. While preparing, “ready” needs the checklist met (or
     * waived) and moves the apprenticeship to Gateway; for an apprenticeship that reached the gateway or the
     * assessment before it was recorded here, the earlier “ready” meeting is recorded and the stage stays.
     */
    @Transactional
    public void holdMeeting(CurrentUser user, ApprenticeshipId id, Meeting m, String ipAddress) {
        ApprenticeshipSummary a = policy.manageable(user, id);
        epa.recordOf(a).requireEndPointAssessment();
        LocalDate heldOn = EpaDates.past("heldOn", m.heldOn(), "the date of the meeting", LocalDate.now(clock));
        String mentor = m.mentor();
        String employer = m.employer();
        String apprentice = m.apprentice();
        boolean ready = m.ready();
        String notes = m.notes();
        EpaView view = epa.view(user, a);
        String text = meetingText(a, heldOn, mentor, employer, apprentice, ready, notes, view.checklist());
        EpaRecord before = view.record();
        boolean earlier = before.stage() != waypoint.epa.EpaStage.PREPARING && ready;
        EpaRecord.Change held = earlier ? before.recordEarlierMeeting(heldOn, mentor, employer, apprentice, notes,
                text) : before.holdMeeting(ready, heldOn, mentor, employer, apprentice, notes, text, view.checklist());
        EpaRecord after = held.after();
        Signature signature = sign(user, m.fullName(), ipAddress, text);
        // the lifecycle may have been moved on its own page already; otherwise the meeting moves it
        if (ready && !earlier && a.status() != waypoint.enrolment.ApprenticeshipStatus.GATEWAY) {
            transitions.gateway(user, id, heldOn,
                    "Gateway meeting: ready for the end-point assessment");
        }
        repository.save(held);
        store.clearSignatures(id);
        store.sign(id, Party.MENTOR.name(), signature);
        emails.toApprenticeAndEmployer("gateway-meeting:" + id + ":" + heldOn + ":" + after.meetingDecision(), a,
                "Gateway meeting record to sign", ready
                        ? "The gateway meeting on " + GovUkDates.date(heldOn)
                                + " decided the apprentice is ready for the end-point assessment. Please read and sign the record."
                        : "The gateway meeting on " + GovUkDates.date(heldOn)
                                + " decided the apprentice is not ready yet. Please read and sign the record.");
    }

    @Transactional
    public void signMeeting(CurrentUser user, ApprenticeshipId id, String fullName, String ipAddress) {
        ApprenticeshipSummary a = policy.viewable(user, id);
        EpaRecord record = epa.recordOf(a);
        Party party = EpaPolicy.partyOf(user, a);
        if (party == Party.NONE || (party == Party.MENTOR && !policy.canManage(user, id))) {
            throw new AccessDeniedException("Not a party to the meeting");
        }
        EpaRecord.Change signed = record.signMeeting(party);
        if (store.signatures(id).stream().anyMatch(s -> s.party().equals(party.name()))) {
            throw new EpaRefusedException("The " + party.words().toLowerCase() + " has signed the record already");
        }
        store.sign(id, party.name(), sign(user, fullName, ipAddress, record.meetingText()));
        repository.save(signed);
    }

    private Signature sign(CurrentUser user, String fullName, String ip, String text) {
        try {
            return signing.sign(user.id(), user.displayName(), fullName, ip, text);
        } catch (SignatureRefusedException refused) {
            throw new FieldValidationException("fullName", refused.getMessage());
        }
    }

    static String meetingText(ApprenticeshipSummary a, LocalDate heldOn, String mentor, String employer,
            String apprentice, boolean ready, String notes, List<GatewayChecklist.Item> checklist) {
        StringBuilder text = new StringBuilder("Gateway meeting record\n")
                .append("Apprentice: ").append(a.learnerName()).append('\n')
                .append("Apprenticeship: ").append(a.standardLabel()).append('\n')
                .append("Held on: ").append(GovUkDates.date(heldOn)).append('\n')
                .append("Mentor: ").append(mentor).append('\n')
                .append("For the employer: ").append(employer).append('\n')
                .append("Apprentice present: ").append(apprentice).append('\n')
                .append("Decision: ").append(ready ? "Ready for the end-point assessment" : "Not ready yet")
                .append('\n').append("Checklist:\n");
        checklist.forEach(i -> text.append("- ").append(i.description()).append(": ")
                .append(i.waived() ? "waived" : i.met() ? "met" : "not met").append(" (").append(i.evidence())
                .append(")\n"));
        return text.append("Notes: ").append(notes).append('\n').toString();
    }

    // --- the same steps for the system: a migration from another system, demo data (no person to authorise) ---

    /** The checklist as it stands, for the system (an import deciding what is still needed). */
    @Transactional(readOnly = true)
    public List<GatewayChecklist.Item> checklistOf(ApprenticeshipSummary a) {
        return epa.view(systemUser(), a).checklist();
    }

    /** A checklist item confirmed in the previous system (by the person named, as whom). */
    @Transactional
    public void importConfirmation(ApprenticeshipSummary a, String key, String evidence, String byName, String as) {
        // an import replays the record from the start, whatever stage the lifecycle implies
        EpaRecord.Change confirmed = store.find(a.id()).confirmItem(key,
                evidence).imported().storingANewRecord();
        store.confirm(a.id(), key, evidence, SYSTEM, byName, as, clock.instant());
        repository.save(confirmed);
    }

    /** An item waived in the previous system by the person named, with their reason. */
    @Transactional
    public void importWaiver(ApprenticeshipSummary a, String key, String reason, String byName) {
        EpaView view = epa.view(systemUser(), a);
        view.record().requireEndPointAssessment();
        GatewayChecklist.Item item = item(view, key);
        waive(store.find(a.id()).waiveItem(item, reason, byName).storingANewRecord(), item, reason, SYSTEM,
                byName);
    }

    /**
     * The “ready” gateway meeting held in the previous system. The record is replayed from the start, so the meeting
     * needs the checklist met or waived, as on the page; the apprenticeship's lifecycle has moved already.
     */
    @Transactional
    public void importMeeting(ApprenticeshipSummary a, LocalDate heldOn, String mentor, String employer,
            String apprentice, String notes) {
        EpaView view = epa.view(systemUser(), a);
        EpaRecord record = store.find(a.id());
        String text = meetingText(a, heldOn, mentor, employer, apprentice, true, notes, view.checklist())
                + "Recorded in the previous system\n";
        repository.save(record.holdMeeting(true, heldOn, mentor, employer, apprentice, notes, text,
                view.checklist()).imported());
        store.clearSignatures(a.id());
    }

    /** A party's signature on the meeting record, given in the previous system: the name they signed with, when. */
    @Transactional
    public void importSignature(ApprenticeshipSummary a, Party party, String typedName, Instant signedAt) {
        EpaRecord record = store.find(a.id());
        EpaRecord.Change signed = record.signMeeting(party).imported();
        store.sign(a.id(), party.name(), new Signature(SYSTEM, typedName, signedAt, "previous system",
                waypoint.shared.signing.DocumentHash.of(record.meetingText())));
        repository.save(signed);
    }

    static CurrentUser systemUser() {
        return new CurrentUser(SYSTEM, "system@waypoint.invalid", "Waypoint", java.util.Set.of());
    }
}
