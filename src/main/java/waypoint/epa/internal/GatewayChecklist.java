package waypoint.epa.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import waypoint.catalogue.GatewayItem;
import waypoint.catalogue.GatewayItemKind;
import waypoint.epa.GatewayEvidence;

/**
 * The gateway checklist of one apprenticeship, evaluated live (docs/domain/gateway-and-epa.md). Every apprenticeship
 * is checked for the funding rules' items (the minimum duration of its rule pack and, where the standard states one,
 * the standard's own minimum on programme; the off-the-job hours; English and maths) and the two confirmations of
 * readiness (the assessment plan's gateway); the standard's own checklist adds its mandatory qualifications,
 * portfolio, showcase and project. Items a system can check are evaluated from their figures; the others are
 * confirmed by a person with evidence, or by another module implementing {@link waypoint.epa.GatewayEvidenceSource}.
 * An item that is not met may be waived by a named person with the reason, except the funding rules' minimum duration.
 */
public final class GatewayChecklist {

    /** Who may confirm an item. */
    public enum ConfirmedBy {
        NOBODY, STAFF, EMPLOYER, APPRENTICE
    }

    /** A person's confirmation of an item: their evidence, their name, as whom, when. */
    public record Confirmation(String evidence, String byName, String as, Instant at) {
    }

    /** An item waived by a named person, with the reason (it then counts as met, and says so). */
    public record Waiver(String reason, String byName, Instant at) {
    }

    /**
     * English or maths as onboarding and the rule pack know it, and where a functional skills qualification in it is
     * planned (the training plan, the latest signed progress review), in words; {@code planned} is null when none is.
     */
    public record Subject(boolean required, String requirementWords, String exemption, String planned) {

        public Subject(boolean required, String requirementWords, String exemption) {
            this(required, requirementWords, exemption, null);
        }
    }

    /** What the checklist is evaluated from. */
    public record Facts(long daysOnProgramme, Long minimumDays, String rulePack, BigDecimal approvedOtjHours,
            BigDecimal plannedOtjHours, Subject english, Subject maths, List<GatewayItem> standardItems,
            Map<String, Confirmation> confirmations, List<GatewayEvidence> otherEvidence,
            Map<String, Waiver> waivers, Long standardMinimumDays) {

        public Facts(long daysOnProgramme, Long minimumDays, String rulePack, BigDecimal approvedOtjHours,
                BigDecimal plannedOtjHours, Subject english, Subject maths, List<GatewayItem> standardItems,
                Map<String, Confirmation> confirmations, List<GatewayEvidence> otherEvidence) {
            this(daysOnProgramme, minimumDays, rulePack, approvedOtjHours, plannedOtjHours, english, maths,
                    standardItems, confirmations, otherEvidence, Map.of(), null);
        }

        public Facts(long daysOnProgramme, Long minimumDays, String rulePack, BigDecimal approvedOtjHours,
                BigDecimal plannedOtjHours, Subject english, Subject maths, List<GatewayItem> standardItems,
                Map<String, Confirmation> confirmations, List<GatewayEvidence> otherEvidence,
                Map<String, Waiver> waivers) {
            this(daysOnProgramme, minimumDays, rulePack, approvedOtjHours, plannedOtjHours, english, maths,
                    standardItems, confirmations, otherEvidence, waivers, null);
        }
    }

    private static final Pattern MONTHS = Pattern.compile("(\\d+)\\s+months?", Pattern.CASE_INSENSITIVE);

    /**
     * The standard's own minimum time on programme before the gateway, in months, where its gateway checklist states
     * one (“At least 12 months on programme”): checked as well as the funding rules' minimum.
     */
    public static Optional<Integer> standardMinimumMonths(List<GatewayItem> standardItems) {
        return standardItems.stream().filter(i -> i.kind() == GatewayItemKind.MINIMUM_DURATION_MET)
                .map(i -> MONTHS.matcher(i.description())).filter(Matcher::find)
                .map(m -> Integer.valueOf(m.group(1))).findFirst();
    }

    /** One item; {@code waived} when it is met only because a named person waived it (the evidence says who and why). */
    public record Item(String key, GatewayItemKind kind, String description, boolean met, String evidence,
            ConfirmedBy confirmedBy, String source, boolean waived) {

        public Item(String key, GatewayItemKind kind, String description, boolean met, String evidence,
                ConfirmedBy confirmedBy, String source) {
            this(key, kind, description, met, evidence, confirmedBy, source, false);
        }

        /** What the page shows beside the item: met, waived, or still needed. */
        public String status() {
            return waived ? "Waived" : met ? "Met" : "Not met";
        }
    }

    public static final String EMPLOYER = "employer-confirmation";
    public static final String APPRENTICE = "apprentice-confirmation";
    public static final String ENGLISH = "english";
    public static final String MATHS = "maths";
    public static final String DURATION = "minimum-duration";
    public static final String OTJ = "off-the-job-hours";
    public static final String ON_PROGRAMME = "on-programme-components";

    private GatewayChecklist() {
    }

    public static List<Item> evaluate(Facts facts) {
        List<Item> items = new ArrayList<>();
        items.add(duration(facts));
        items.add(offTheJob(facts));
        items.add(subject(ENGLISH, "Level 2 English, unless exempt or not required", facts.english(), facts));
        items.add(subject(MATHS, "Level 2 maths, unless exempt or not required", facts.maths(), facts));
        for (GatewayItem item : facts.standardItems()) {
            switch (item.kind()) {
                case MINIMUM_DURATION_MET, OFF_THE_JOB_HOURS_DELIVERED, EMPLOYER_CONFIRMATION, APPRENTICE_CONFIRMATION -> {
                    // evaluated for every apprenticeship above and below
                }
                case QUALIFICATION_ACHIEVED -> {
                    if (!isEnglishOrMaths(item.description())) {
                        items.add(confirmed(key(item), item.kind(), item.description(), ConfirmedBy.STAFF,
                                item.source().orElse(null), facts));
                    }
                }
                default -> items.add(fromOtherModuleOrStaff(item, facts));
            }
        }
        items.add(confirmed(EMPLOYER, GatewayItemKind.EMPLOYER_CONFIRMATION, standardText(facts,
                        GatewayItemKind.EMPLOYER_CONFIRMATION, "The employer confirms the apprentice works at or above"
                                + " the level of the standard and is ready for the end-point assessment"),
                ConfirmedBy.EMPLOYER, "The assessment plan, “Assessment Gateway”", facts));
        items.add(confirmed(APPRENTICE, GatewayItemKind.APPRENTICE_CONFIRMATION, standardText(facts,
                        GatewayItemKind.APPRENTICE_CONFIRMATION, "The apprentice confirms they are ready to take the"
                                + " end-point assessment"),
                ConfirmedBy.APPRENTICE, "The assessment plan, “Assessment Gateway”", facts));
        return items.stream().map(item -> waived(item, facts)).toList();
    }

    /**
     * The items that may be waived: any but the funding rules' minimum duration and, on a reformed plan, the final
     * grades of the components taken during the programme, which no person can set aside.
     */
    public static boolean mayBeWaived(Item item) {
        return !item.met() && !item.key().equals(DURATION) && !item.key().equals(ON_PROGRAMME);
    }

    /**
     * On a reformed plan (docs/domain/assessment-reform.md) the gateway to completion needs every component taken
     * during the programme to have its final grade: passed, or failed with the attempts the plan allows used. The
     * item is the plan's, not one of the standard's gateway items, so it has no kind; its evidence says where each
     * component stands. Without on-programme components the checklist stays as it is.
     */
    public static List<Item> withOnProgrammeComponents(List<Item> items, ReformedAssessment reform) {
        List<ComponentProgress> onProgramme = reform.components().stream().filter(c -> c.component().onProgramme())
                .toList();
        if (onProgramme.isEmpty()) {
            return items;
        }
        boolean met = onProgramme.stream().allMatch(c -> c.finalGrade().isPresent());
        String evidence = String.join("; ", onProgramme.stream().map(c -> c.name() + ": " + c.finalGrade()
                .map(grade -> grade + ", its final grade").orElse(c.state().words().toLowerCase(Locale.ROOT)
                        + (c.attempts().isEmpty() ? "" : " (" + c.attemptsLeft() + " of "
                                + c.component().attemptsAllowed() + " attempts left)"))).toList());
        List<Item> all = new ArrayList<>(items);
        all.add(new Item(ON_PROGRAMME, null, "Every assessment component taken during the programme has its final"
                + " grade (passed, or its attempts used)", met, evidence, ConfirmedBy.NOBODY,
                "The standard's assessment plan, the gateway to completion"));
        return all;
    }

    private static Item waived(Item item, Facts facts) {
        Waiver waiver = facts.waivers().get(item.key());
        if (item.met() || waiver == null || !mayBeWaived(item)) {
            return item;
        }
        return new Item(item.key(), item.kind(), item.description(), true, "Waived by " + waiver.byName() + ": "
                + waiver.reason() + " (" + item.evidence() + ")", item.confirmedBy(), item.source(), true);
    }

    public static boolean allMet(List<Item> items) {
        return items.stream().allMatch(Item::met);
    }

    public static List<Item> missing(List<Item> items) {
        return items.stream().filter(i -> !i.met()).toList();
    }

    /** “qualification-level-1-safeguarding”: a key that stays the same while the description does. */
    static String key(GatewayItem item) {
        String slug = item.description().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String prefix = switch (item.kind()) {
            case QUALIFICATION_ACHIEVED -> "qualification-";
            case PORTFOLIO_SUBMITTED -> "portfolio";
            case SHOWCASE_PREPARED -> "showcase";
            case PROJECT_AGREED -> "project";
            default -> item.kind().name().toLowerCase(Locale.ROOT);
        };
        return item.kind() == GatewayItemKind.QUALIFICATION_ACHIEVED
                ? prefix + slug.substring(0, Math.min(60, slug.length())) : prefix;
    }

    private static boolean isEnglishOrMaths(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        return text.contains("english") || text.contains("maths") || text.contains("mathematics");
    }

    private static String standardText(Facts facts, GatewayItemKind kind, String otherwise) {
        return facts.standardItems().stream().filter(i -> i.kind() == kind).map(GatewayItem::description)
                .findFirst().orElse(otherwise);
    }

    /**
     * The minimum duration: the days in learning (breaks excluded) against the funding rules' minimum of the rule
     * pack and, where the standard states one, the standard's own minimum on programme; the evidence says which it
     * checked. A minimum nobody could work out is unknown, never met.
     */
    private static Item duration(Facts facts) {
        String description = standardText(facts, GatewayItemKind.MINIMUM_DURATION_MET,
                "The minimum duration of the practical period met");
        Optional<Integer> months = standardMinimumMonths(facts.standardItems());
        String source = "The apprenticeship funding rules, minimum duration (" + facts.rulePack() + ")"
                + (months.isPresent() ? "; the standard's assessment plan, duration" : "");
        List<String> checked = new ArrayList<>();
        boolean met = true;
        if (facts.minimumDays() == null) {
            met = false;
            checked.add("the funding rules' minimum is unknown: the rule pack could not be applied to this"
                    + " apprenticeship");
        } else {
            boolean funding = facts.daysOnProgramme() >= facts.minimumDays();
            met = funding;
            checked.add("the funding rules' minimum of " + facts.minimumDays() + " days, " + (funding ? "met"
                    : "not met"));
        }
        if (months.isPresent()) {
            if (facts.standardMinimumDays() == null) {
                met = false;
                checked.add("the standard's minimum of " + months.get() + " months on programme is unknown: the"
                        + " start date is missing");
            } else {
                boolean standard = facts.daysOnProgramme() >= facts.standardMinimumDays();
                met = met && standard;
                checked.add("the standard's minimum of " + months.get() + " months on programme ("
                        + facts.standardMinimumDays() + " days), " + (standard ? "met" : "not met"));
            }
        }
        return new Item(DURATION, GatewayItemKind.MINIMUM_DURATION_MET, description, met,
                facts.daysOnProgramme() + " days in learning (breaks excluded). Checked: " + String.join("; ",
                        checked), ConfirmedBy.NOBODY, source);
    }

    private static Item offTheJob(Facts facts) {
        String description = standardText(facts, GatewayItemKind.OFF_THE_JOB_HOURS_DELIVERED,
                "Off-the-job hours delivered at least as planned");
        String source = "Apprenticeship funding rules, off-the-job training (" + facts.rulePack() + ")";
        if (facts.plannedOtjHours() == null) {
            return new Item(OTJ, GatewayItemKind.OFF_THE_JOB_HOURS_DELIVERED, description, false,
                    "No planned hours: the training plan has none yet", ConfirmedBy.NOBODY, source);
        }
        boolean met = facts.approvedOtjHours().compareTo(facts.plannedOtjHours()) >= 0;
        return new Item(OTJ, GatewayItemKind.OFF_THE_JOB_HOURS_DELIVERED, description, met,
                facts.approvedOtjHours().stripTrailingZeros().toPlainString() + " of "
                        + facts.plannedOtjHours().stripTrailingZeros().toPlainString() + " planned hours approved",
                ConfirmedBy.NOBODY, source);
    }

    /**
     * English or maths: met when the funding rules do not require it and nothing plans a qualification in it, when a
     * checked certificate exempts the apprentice, or when staff record it achieved. A qualification the training plan
     * or the latest signed progress review plans is needed even when the funding rules would not require it
     * (docs/domain/gateway-and-epa.md, English and maths at the gateway).
     */
    private static Item subject(String key, String description, Subject subject, Facts facts) {
        String source = "The apprenticeship funding rules, English and maths; the learner handbook, “English and Mathematics”";
        Optional<Confirmation> achieved = Optional.ofNullable(facts.confirmations().get(key));
        if (!subject.required() && subject.planned() == null) {
            return new Item(key, GatewayItemKind.QUALIFICATION_ACHIEVED, description, true,
                    subject.requirementWords(), ConfirmedBy.NOBODY, source);
        }
        if (subject.exemption() != null) {
            return new Item(key, GatewayItemKind.QUALIFICATION_ACHIEVED, description, true,
                    "Exempt: " + subject.exemption() + " (certificate checked at onboarding)", ConfirmedBy.NOBODY,
                    source);
        }
        return achieved.map(c -> new Item(key, GatewayItemKind.QUALIFICATION_ACHIEVED, description, true,
                        "Achieved: " + c.evidence() + " (recorded by " + c.byName() + ")", ConfirmedBy.STAFF, source))
                .orElseGet(() -> new Item(key, GatewayItemKind.QUALIFICATION_ACHIEVED, description, false,
                        (subject.planned() == null ? subject.requirementWords() : subject.required()
                                ? subject.requirementWords() + "; " + subject.planned() : subject.planned())
                                + "; not achieved yet", ConfirmedBy.STAFF, source));
    }

    /**
     * Another module's evidence decides the item when it is met. When it is not, staff may still confirm it (a
     * portfolio kept in the provider's previous e-portfolio before migration), and the module's words stay beside
     * their confirmation so the gap is visible.
     */
    private static Item fromOtherModuleOrStaff(GatewayItem item, Facts facts) {
        String source = item.source().orElse(null);
        Item byStaff = confirmed(key(item), item.kind(), item.description(), ConfirmedBy.STAFF, source, facts);
        return facts.otherEvidence().stream().filter(e -> e.kind() == item.kind()).findFirst()
                .map(e -> e.met() ? new Item(key(item), item.kind(), item.description(), true, e.evidence(),
                        ConfirmedBy.NOBODY, source)
                        : new Item(key(item), item.kind(), item.description(), byStaff.met(),
                                byStaff.met() ? byStaff.evidence() + "; " + e.evidence() : e.evidence(),
                                ConfirmedBy.STAFF, source))
                .orElse(byStaff);
    }

    private static Item confirmed(String key, GatewayItemKind kind, String description, ConfirmedBy by,
            String source, Facts facts) {
        Confirmation confirmation = facts.confirmations().get(key);
        if (confirmation == null) {
            return new Item(key, kind, description, false, "Not confirmed yet", by, source);
        }
        return new Item(key, kind, description, true, confirmation.evidence() + " (" + confirmation.as() + ": "
                + confirmation.byName() + ")", by, source);
    }
}
