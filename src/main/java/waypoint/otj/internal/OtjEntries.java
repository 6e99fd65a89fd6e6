package waypoint.otj.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.Ksb;
import waypoint.catalogue.Standards;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.otj.PortfolioEvidenceOptions;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;
import waypoint.shared.web.FieldValidationException;

/**
 * Logging and approving off-the-job entries, each read and write authorised here: the learner logs and changes their
 * own; staff who manage the apprenticeship log for them and review; the employer sees and confirms; nobody else sees
 * anything (404, as for an apprenticeship that does not exist).
 */
@Service
public class OtjEntries {

    public static final long MOST_EVIDENCE_BYTES = 10L * 1024 * 1024;
    public static final String LEARNER = "LEARNER";
    public static final String STAFF = "STAFF";

    private final EntryStore store;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipAccess access;
    private final Standards standards;
    private final PlanFacts planFacts;
    private final FileUploads uploads;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<PortfolioEvidenceOptions> portfolio;

    OtjEntries(EntryStore store, Apprenticeships apprenticeships, ApprenticeshipAccess access, Standards standards,
            PlanFacts planFacts, FileUploads uploads, ApplicationEventPublisher events, Clock clock,
            org.springframework.beans.factory.ObjectProvider<PortfolioEvidenceOptions> portfolio) {
        this.portfolio = portfolio;
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.access = access;
        this.standards = standards;
        this.planFacts = planFacts;
        this.uploads = uploads;
        this.events = events;
        this.clock = clock;
    }

    /** The evidence file as uploaded, to store with the entry. */
    public record Evidence(String name, InputStream content) {
    }

    public record Logged(UUID id, List<String> warnings) {
    }

    /** The apprenticeship, if this person may see it; else 404. */
    public ApprenticeshipSummary visible(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        if (!access.canView(user, apprenticeshipId)) {
            throw new NotFoundException("apprenticeship");
        }
        return apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("apprenticeship"));
    }

    public boolean mayLog(CurrentUser user, ApprenticeshipSummary a) {
        return user.id().equals(a.learnerAccountId()) || access.canManage(user, a.id());
    }

    public boolean mayReview(CurrentUser user, ApprenticeshipSummary a) {
        return user.isStaff() && access.canManage(user, a.id());
    }

    public boolean mayConfirm(CurrentUser user, ApprenticeshipSummary a) {
        return user.has(Role.EMPLOYER_CONTACT) && access.canView(user, a.id());
    }

    /**
     * Refused unless the person may log hours on the apprenticeship: the apprentice, or staff working on it. A page
     * or the API asks before it checks what was sent.
     */
    public ApprenticeshipSummary requireLogger(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = visible(user, apprenticeshipId);
        if (!mayLog(user, a)) {
            throw new AccessDeniedException("Only the apprentice or staff working on the apprenticeship log hours");
        }
        return a;
    }

    @Transactional
    public Logged log(CurrentUser user, ApprenticeshipId apprenticeshipId, EntryDraft draft, Evidence evidence) {
        ApprenticeshipSummary a = requireLogger(user, apprenticeshipId);
        ValidEntry valid = check(a, draft, null);
        UploadedFile file = evidence == null ? null : accept(evidence);
        String source = user.id().equals(a.learnerAccountId()) ? LEARNER : STAFF;
        UUID id = store.insert(new EntryStore.NewEntry(a.id(), a.learnerId().value(), valid, source, null,
                file == null ? null : file.fileId(), file == null ? null : evidence.name(), user.id())).orElseThrow();
        planFacts.refresh(a.id());
        events.publishEvent(RecordChanged.created("OffTheJobEntry", id, summary(valid)));
        return new Logged(id, valid.warnings());
    }

    /** An entry another module records (a teaching session, a journal reflection): the same rules, no person. */
    @Transactional
    public Optional<UUID> record(ApprenticeshipId apprenticeshipId, String source, String sourceReference, EntryDraft draft) {
        ApprenticeshipSummary a = apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("apprenticeship"));
        ValidEntry valid = check(a, draft, null);
        Optional<UUID> id = store.insert(new EntryStore.NewEntry(a.id(), a.learnerId().value(), valid, source,
                sourceReference, null, null, null));
        id.ifPresent(added -> {
            planFacts.refresh(a.id());
            events.publishEvent(RecordChanged.created("OffTheJobEntry", added, source + ": " + summary(valid)));
        });
        return id;
    }

    /** A review recorded by the system (demo data and imports): the same state table, no person. */
    @Transactional
    public void reviewAsSystem(UUID entryId, EntryAction action, RejectionReason reason, String note) {
        Entry entry = store.find(entryId).orElseThrow(() -> new NotFoundException("entry"));
        EntryState to = EntryStateTable.require(entry.state(), action);
        refuseApprovalInBreak(entry, action);
        store.review(entry, to, reason, note, null);
    }

    /** The entry, if its apprenticeship is visible to this person. */
    public Entry entry(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId) {
        visible(user, apprenticeshipId);
        return store.find(entryId).filter(e -> e.apprenticeshipId().equals(apprenticeshipId))
                .orElseThrow(() -> new NotFoundException("entry"));
    }

    /** The learner (or staff) changes an entry; a rejected or queried one is resubmitted with {@code resubmit}. */
    @Transactional
    public List<String> edit(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId, int version, EntryDraft draft,
            boolean resubmit) {
        ApprenticeshipSummary a = visible(user, apprenticeshipId);
        if (!mayLog(user, a)) {
            throw new AccessDeniedException("Only the apprentice or staff working on the apprenticeship change hours");
        }
        Entry entry = entry(user, apprenticeshipId, entryId);
        EntryState to = EntryStateTable.require(entry.state(), EntryAction.EDIT);
        if (resubmit && entry.state() != EntryState.SUBMITTED) {
            to = EntryStateTable.require(entry.state(), EntryAction.RESUBMIT);
        }
        if (entry.version() != version) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
        ValidEntry valid = check(a, draft, entry.id());
        if (!store.update(entry, valid, to)) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
        events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), entry.state().name(),
                to.name() + ": " + summary(valid)));
        return valid.warnings();
    }

    @Transactional
    public void approve(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId) {
        review(user, apprenticeshipId, entryId, EntryAction.APPROVE, null, null);
    }

    @Transactional
    public void reject(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId, String reason, String note) {
        RejectionReason why = null;
        try {
            why = reason == null || reason.isBlank() ? null : RejectionReason.valueOf(reason);
        } catch (IllegalArgumentException unknown) {
            // answered as a field error below
        }
        if (why == null) {
            throw new FieldValidationException("reason", "Choose why the entry is rejected");
        }
        if (why == RejectionReason.OTHER && (note == null || note.isBlank())) {
            throw new FieldValidationException("note", "Say why the entry is rejected");
        }
        review(user, apprenticeshipId, entryId, EntryAction.REJECT, why, note);
    }

    @Transactional
    public void askForDetail(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId, String note) {
        if (note == null || note.isBlank()) {
            throw new FieldValidationException("note", "Say what more detail is needed");
        }
        review(user, apprenticeshipId, entryId, EntryAction.ASK_FOR_DETAIL, null, note);
    }

    private void review(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId, EntryAction action,
            RejectionReason reason, String note) {
        ApprenticeshipSummary a = visible(user, apprenticeshipId);
        if (!mayReview(user, a)) {
            throw new AccessDeniedException("Only staff working on the apprenticeship review hours");
        }
        Entry entry = entry(user, apprenticeshipId, entryId);
        EntryState to = EntryStateTable.require(entry.state(), action);
        refuseApprovalInBreak(entry, action);
        if (!store.review(entry, to, reason, note == null || note.isBlank() ? null : note.strip(), user.id())) {
            throw new OptimisticLockingFailureException("changed meanwhile");
        }
        events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), entry.state().name(),
                to.name() + (reason == null ? "" : " (" + reason.words() + ")")));
    }

    /**
     * Approves every chosen entry the person may review and that is waiting; answers how many were approved. Entries
     * of apprenticeships they do not manage are refused as a whole (403), never partly.
     */
    @Transactional
    public int approveAll(CurrentUser user, Collection<UUID> entryIds) {
        List<Entry> entries = store.findAll(new HashSet<>(entryIds));
        Set<ApprenticeshipId> checked = new HashSet<>();
        for (Entry entry : entries) {
            if (checked.add(entry.apprenticeshipId()) && (!user.isStaff()
                    || !access.canManage(user, entry.apprenticeshipId()))) {
                throw new AccessDeniedException("Only staff working on the apprenticeship review hours");
            }
        }
        int approved = 0;
        for (Entry entry : entries) {
            if (entry.state() == EntryState.SUBMITTED && inBreak(entry).isEmpty()
                    && store.review(entry, EntryState.APPROVED, null, null, user.id())) {
                events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), "SUBMITTED", "APPROVED"));
                approved++;
            }
        }
        return approved;
    }

    /**
     * The employer confirms every chosen entry that waits for their confirmation (waiting or approved, not yet
     * confirmed); answers how many were confirmed. Entries of apprenticeships they may not confirm are refused as a
     * whole (403), never partly; one that is not there is 404.
     */
    @Transactional
    public int confirmAllByEmployer(CurrentUser user, Collection<UUID> entryIds) {
        Set<UUID> wanted = new HashSet<>(entryIds);
        List<Entry> entries = store.findAll(wanted);
        if (entries.size() != wanted.size()) {
            throw new NotFoundException("entry");
        }
        Set<ApprenticeshipId> checked = new HashSet<>();
        for (Entry entry : entries) {
            if (checked.add(entry.apprenticeshipId()) && (!user.has(Role.EMPLOYER_CONTACT)
                    || !access.canView(user, entry.apprenticeshipId()))) {
                throw new AccessDeniedException("Only the employer confirms hours");
            }
        }
        int confirmed = 0;
        for (Entry entry : entries) {
            if (entry.employerConfirmedAt() == null
                    && EntryStateTable.next(entry.state(), EntryAction.EMPLOYER_CONFIRM).isPresent()) {
                store.confirmByEmployer(entry, user.id());
                events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), "not confirmed",
                        "confirmed by the employer"));
                confirmed++;
            }
        }
        return confirmed;
    }

    /**
     * No approved hour falls inside a break in learning (docs/domain/off-the-job-hours.md, Breaks in learning): an
     * entry a break was recorded over, un-approved then, cannot be approved again until its date moves out of it.
     */
    private void refuseApprovalInBreak(Entry entry, EntryAction action) {
        if (action == EntryAction.APPROVE) {
            inBreak(entry).ifPresent(pause -> {
                throw new EntryRefusedException("You cannot approve an entry dated in a break in learning (it began on "
                        + Words.date(pause.startDate()) + "): the apprentice changes its date, or reject it");
            });
        }
    }

    private Optional<waypoint.enrolment.BreakInLearning> inBreak(Entry entry) {
        return EntryRules.breakCovering(apprenticeships.breaksOf(entry.apprenticeshipId()),
                entry.date());
    }

    @Transactional
    public void confirmByEmployer(CurrentUser user, ApprenticeshipId apprenticeshipId, UUID entryId) {
        ApprenticeshipSummary a = visible(user, apprenticeshipId);
        if (!mayConfirm(user, a)) {
            throw new AccessDeniedException("Only the employer confirms hours");
        }
        Entry entry = entry(user, apprenticeshipId, entryId);
        EntryStateTable.require(entry.state(), EntryAction.EMPLOYER_CONFIRM);
        store.confirmByEmployer(entry, user.id());
        events.publishEvent(RecordChanged.updated("OffTheJobEntry", entry.id(), "not confirmed",
                "confirmed by the employer"));
    }

    public List<Entry> page(CurrentUser user, ApprenticeshipId apprenticeshipId, EntryState state, int page, int size) {
        visible(user, apprenticeshipId);
        return store.page(apprenticeshipId, state, page, size);
    }

    public long count(CurrentUser user, ApprenticeshipId apprenticeshipId, EntryState state) {
        visible(user, apprenticeshipId);
        return store.count(apprenticeshipId, state);
    }

    /**
     * A page of entries and their count for an apprenticeship the same request has just shown this person (its pace
     * came from {@link PaceReports#pace}, which checked who may see it): the hours page, which would otherwise check
     * the same access three times over (eight queries of its forty).
     */
    public PageOfEntries pageShown(PaceReports.PaceView shown, int page, int size) {
        ApprenticeshipId id = shown.apprenticeship().id();
        return new PageOfEntries(store.page(id, null, page, size), store.count(id, null));
    }

    public record PageOfEntries(List<Entry> items, long total) {
    }

    /** The last entry, as a draft dated today, for “copy my last entry”. */
    public Optional<EntryDraft> copyOfLast(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        visible(user, apprenticeshipId);
        return store.lastOf(apprenticeshipId).map(e -> new EntryDraft(LocalDate.now(clock), e.startTime(),
                e.endTime(), e.startTime() == null ? BigDecimal.valueOf(e.minutes()) : null, e.activityType(),
                e.description(), e.ksbs(), e.evidenceLink()));
    }

    /**
     * A recurring entry (a weekly study day): the same activity every week from {@code first} for {@code weeks}
     * weeks, each checked by the same rules. Nothing is added unless every week passes; errors name the first week
     * that does not.
     */
    @Transactional
    public List<UUID> logWeekly(CurrentUser user, ApprenticeshipId apprenticeshipId, EntryDraft first, int weeks) {
        if (weeks < 1 || weeks > 26) {
            throw new FieldValidationException("weeks", "Repeat for 1 to 26 weeks");
        }
        List<UUID> ids = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate day = first.date().plusWeeks(week);
            try {
                ids.add(log(user, apprenticeshipId, first.on(day), null).id());
            } catch (FieldValidationException wrong) {
                if (week == 0) {
                    throw wrong;
                }
                String which = "Week " + (week + 1) + " (" + Words.date(day) + "): ";
                throw wrong.errors().entrySet().stream().findFirst()
                        .map(e -> new FieldValidationException(e.getKey(), which + e.getValue())).orElseThrow();
            }
        }
        return ids;
    }

    public List<EntryStore.ActivityType> activityTypes() {
        return store.activityTypes();
    }

    /** The standard's KSB codes (K1, S1, B1…), for the form's checkboxes. */
    public List<Ksb> ksbsOf(ApprenticeshipSummary a) {
        return standards.find(a.standardReference(), a.standardVersion()).map(s -> s.ksbs()).orElse(List.of());
    }

    /** The most portfolio items the entry form offers: a whole programme's evidence is a few hundred at most. */
    public static final int MOST_EVIDENCE_CHOICES = 300;

    /** The apprenticeship's portfolio evidence an entry may point to, for the form; only for people who log. */
    public List<PortfolioEvidenceOptions.Option> evidenceChoices(CurrentUser user, ApprenticeshipSummary a) {
        PortfolioEvidenceOptions options = portfolio.getIfAvailable();
        return options == null || !mayLog(user, a) ? List.of() : options.of(a.id(), MOST_EVIDENCE_CHOICES);
    }

    /** The portfolio evidence the entries point to, by id (one query for a page of entries). */
    public java.util.Map<UUID, PortfolioEvidenceOptions.Option> linkedEvidence(ApprenticeshipId apprenticeshipId,
            Collection<Entry> entries) {
        PortfolioEvidenceOptions options = portfolio.getIfAvailable();
        Set<UUID> ids = new HashSet<>();
        entries.forEach(e -> {
            if (e.portfolioEvidenceId() != null) {
                ids.add(e.portfolioEvidenceId());
            }
        });
        return options == null || ids.isEmpty() ? java.util.Map.of() : options.find(apprenticeshipId, ids);
    }

    /** Whether this person may follow a link to the apprenticeship's portfolio evidence. */
    public boolean mayOpenEvidence(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        PortfolioEvidenceOptions options = portfolio.getIfAvailable();
        return options != null && options.mayOpen(user, apprenticeshipId);
    }

    /** The entry checked by the rules, then the portfolio evidence it points to: this apprenticeship's own. */
    private ValidEntry check(ApprenticeshipSummary a, EntryDraft draft, UUID except) {
        ValidEntry valid = rules(a, draft, except);
        UUID evidenceId = draft.portfolioEvidenceId();
        PortfolioEvidenceOptions options = portfolio.getIfAvailable();
        if (evidenceId != null && (options == null || !options.find(a.id(), List.of(evidenceId))
                .containsKey(evidenceId))) {
            throw new FieldValidationException("portfolioEvidenceId",
                    "Choose evidence from this apprentice's own portfolio");
        }
        return valid.withPortfolioEvidence(evidenceId);
    }

    private ValidEntry rules(ApprenticeshipSummary a, EntryDraft draft, UUID except) {
        if (a.status() == ApprenticeshipStatus.ONBOARDING) {
            throw new FieldValidationException("date", "Hours can be logged once the apprenticeship has started");
        }
        Set<String> ksbCodes = new HashSet<>();
        ksbsOf(a).forEach(k -> ksbCodes.add(k.code()));
        EntryStore.Totals totals = store.totals(a.id());
        var facts = new EntryRules.Facts(java.time.LocalDateTime.now(clock), a.startDate(), apprenticeships.breaksOf(a.id()),
                totals.learningEndedOn(), a.weeklyHours(), store.activityTypeCodes(), ksbCodes);
        return EntryRules.check(draft, facts, date -> store.sameDay(a.learnerId().value(), date, except));
    }

    private UploadedFile accept(Evidence evidence) {
        return uploads.accept(evidence.name(), evidence.content(),
                Set.of(FileKind.values()), MOST_EVIDENCE_BYTES);
    }

    private static String summary(ValidEntry e) {
        return Words.date(e.date()) + ", " + Words.hours(e.minutes()) + " h, " + e.activityType();
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
