package waypoint.catalogue.internal;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.DeliveryCadence;
import waypoint.catalogue.EpaMethod;
import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GradingRow;
import waypoint.catalogue.KsbKind;
import waypoint.catalogue.MinimumOtjHoursRecorded;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.money.Money;

/**
 * An administrator's changes to a standard version's assessment plan and to KSB text no source gave. Each edit
 * carries the lock version the form was opened at, so one administrator does not silently undo another's change.
 */
@Service
public class StandardEditor {

    private final StandardVersionStore store;
    private final StandardFigureStore figures;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StandardEditor(StandardVersionStore store, StandardFigureStore figures, CataloguePolicy policy,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void changeEpaMethods(CurrentUser user, String reference, String version, int lockVersion,
            List<EpaMethod> methods) {
        change(user, reference, version, lockVersion, standard -> standard.changeEpaMethods(methods, clock.instant()));
    }

    @Transactional
    public void changeGrading(CurrentUser user, String reference, String version, int lockVersion,
            List<String> overallGrades, List<GradingRow> rows, String note, boolean verified) {
        change(user, reference, version, lockVersion,
                standard -> standard.changeGrading(overallGrades, rows, note, verified, clock.instant()));
    }

    @Transactional
    public void changeGatewayItems(CurrentUser user, String reference, String version, int lockVersion,
            List<GatewayItem> items) {
        change(user, reference, version, lockVersion, standard -> standard.changeGatewayItems(items, clock.instant()));
    }

    @Transactional
    public void changeCadence(CurrentUser user, String reference, String version, int lockVersion,
            DeliveryCadence cadence) {
        change(user, reference, version, lockVersion, standard -> standard.changeCadence(cadence, clock.instant()));
    }

    @Transactional
    public void addKsbText(CurrentUser user, String reference, String version, int lockVersion, KsbKind kind,
            int position, String text) {
        change(user, reference, version, lockVersion,
                standard -> standard.addKsbText(kind, position, text, clock.instant()));
    }

    /**
     * Records the version's minimum off-the-job hours for compliance (null clears it); the apprenticeships on the
     * version are told through {@link MinimumOtjHoursRecorded}. A null {@code lockVersion} (the API) takes the
     * version as it is now.
     */
    @Transactional
    public void recordMinimumOtjHours(CurrentUser user, String reference, String version, Integer lockVersion,
            Integer hours) {
        change(user, reference, version, lockVersion, s -> s.recordMinimumOtjHours(hours, clock.instant()));
    }

    /**
     * Records the version's LARS code, the ILR's standard code (docs/domain/ilr.md). A null {@code lockVersion} (the
     * API) takes the version as it is now.
     */
    @Transactional
    public void recordLarsCode(CurrentUser user, String reference, String version, Integer lockVersion, int code) {
        change(user, reference, version, lockVersion, s -> s.recordLarsCode(code, clock.instant()));
    }

    /**
     * Records the version's programme type (docs/domain/programme-types.md); the change is kept in the audit trail,
     * before and after. A null {@code lockVersion} (the API) takes the version as it is now.
     */
    @Transactional
    public void recordProgrammeType(CurrentUser user, String reference, String version, Integer lockVersion,
            waypoint.rules.ProgrammeType type) {
        change(user, reference, version, lockVersion, s -> s.recordProgrammeType(type, clock.instant()));
    }

    /**
     * Records the version's funding band maximum (null clears it); the change is kept in the audit trail, before and
     * after. A null {@code lockVersion} (the API) takes the version as it is now.
     */
    @Transactional
    public void recordFundingBandMaximum(CurrentUser user, String reference, String version, Integer lockVersion,
            Money maximum) {
        java.math.BigDecimal pounds = maximum == null ? null : maximum.pounds();
        change(user, reference, version, lockVersion, s -> s.recordFundingBandMaximum(pounds, clock.instant()));
    }

    /**
     * Records the version's published figures an administrator read from Skills England (the funding band maximum,
     * the typical duration, the status and its dates; null: not recorded). Each figure that changes is theirs from now
     * on: a later import that gives another value reports it as a difference (docs/domain/standards-data.md).
     */
    @Transactional
    public void recordPublishedFigures(CurrentUser user, String reference, String version, Integer lockVersion,
            Money maximum, Integer typicalDurationMonths, String status,
            java.time.LocalDate approvedForDelivery, java.time.LocalDate retiredOn) {
        java.math.BigDecimal pounds = maximum == null ? null : maximum.pounds();
        change(user, reference, version, lockVersion, s -> s.recordPublishedFigures(pounds, typicalDurationMonths,
                status, approvedForDelivery, retiredOn, clock.instant()));
    }

    /** The administrator takes the last import's value of a figure they had recorded; it follows the files again. */
    @Transactional
    public void acceptFileFigure(CurrentUser user, String reference, String version, Figure figure) {
        change(user, reference, version, null, s -> s.acceptFileFigure(figure, clock.instant()));
    }

    /** The administrator keeps the figure they recorded against the last import's value. */
    @Transactional
    public void keepRecordedFigure(CurrentUser user, String reference, String version, Figure figure) {
        change(user, reference, version, null, s -> s.keepRecordedFigure(figure, clock.instant()));
    }

    /**
     * One edit of a version, refused when it changed since the form was read; a null lock (the API) takes it as now.
     * The figures it changed go into the version's change history, under the administrator's name.
     */
    private void change(CurrentUser user, String reference, String version, Integer lockVersion,
            Consumer<StandardVersion> edit) {
        policy.requireChange(user);
        StandardVersion standard = store.find(reference, version)
                .orElseThrow(() -> new NotFoundException("Standard " + reference + " v" + version));
        if (lockVersion != null && standard.lockVersion() != lockVersion) {
            throw new OptimisticLockingFailureException(standard.label() + " was changed since the form was opened");
        }
        String before = standard.planSummary() + "; " + standard.contentSummary();
        StandardContent contentBefore = standard.content();
        edit.accept(standard);
        store.update(standard);
        List<FigureChange> changed = FigureChange.between(contentBefore, standard.content());
        figures.remember(standard.id(), changed, StandardFigureStore.Source.EDIT, user.displayName(), clock.instant());
        events.publishEvent(RecordChanged.updated(StandardImporter.RECORD_TYPE, standard.id(), before,
                standard.planSummary() + "; " + standard.contentSummary()));
        // the apprenticeships on the version work out their off-the-job pace again with the new minimum
        changed.stream().filter(c -> c.figure() == Figure.MINIMUM_OTJ_HOURS).findFirst()
                .ifPresent(c -> events.publishEvent(new MinimumOtjHoursRecorded(standard.referenceNumber(),
                        standard.version().toString(), java.util.Optional.ofNullable(c.after()).map(Integer::valueOf))));
    }
}
