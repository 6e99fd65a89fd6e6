package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import waypoint.catalogue.KsbKind;
import waypoint.rules.ProgrammeType;

/**
 * Checks one standard of a file, field by field, and names each problem by the standard and the field: a field that
 * is present but of the wrong type is malformed. Required: referenceNumber (ST and 4 digits), title, level (1 to 7)
 * and version (“1.0”). KSB and duty ids may be GUIDs (the live API) or placeholders (the reference files); codes
 * come from positions (docs/domain/standards-and-assessment-plans.md, “Standards data”).
 */
final class StandardNodeReader {

    private static final Pattern REFERENCE = Pattern.compile("ST\\d{4}");
    private static final int LONG_TEXT = 10_000;
    private static final int KSB_TEXT = 5_000;

    private static final Map<KsbKind, String[]> KSB_FIELDS = Map.of(
            KsbKind.KNOWLEDGE, new String[] {"knowledges", "knowledgeId", "mappedKnowledge"},
            KsbKind.SKILL, new String[] {"skills", "skillId", "mappedSkills"},
            KsbKind.BEHAVIOUR, new String[] {"behaviours", "behaviourId", "mappedBehaviour"});

    private final JsonNode node;
    private final int index;
    private final List<ImportProblem> problems;
    private final JsonFields fields;

    StandardNodeReader(JsonNode node, int index, List<ImportProblem> problems) {
        this.node = node;
        this.index = index;
        this.problems = problems;
        this.fields = new JsonFields(index, problems);
    }

    Optional<ImportedStandard> read() {
        if (!node.isObject()) {
            problems.add(new ImportProblem("[" + index + "]", "Standard " + (index + 1) + ": must be a JSON object"));
            return Optional.empty();
        }
        int before = problems.size();
        String reference = referenceNumber();
        String title = fields.text(node, "title", 300, true);
        Integer level = fields.whole(node, "level", 1, 7, true);
        VersionNumber version = version();
        Integer larsCode = fields.whole(node, "larsCode", 1, 999_999, false);
        Integer duration = fields.whole(node, "typicalDuration", 1, 120, false);
        BigDecimal maxFunding = fields.amount(node, "maxFunding");
        String route = fields.text(node, "route", 200, false);
        String status = fields.text(node, "status", 100, false);
        LocalDate approved = fields.date(node, "approvedForDelivery");
        // Skills England gives the last day a new apprenticeship may start on the version (latestStartDate); the
        // catalogue keeps the day after it, the first day closed to new starts. Files in this catalogue's earlier
        // shape give that day as retiredDate (docs/domain/standards-data.md, "What each version carries")
        LocalDate retired = JsonFields.present(node, "retiredDate") != null ? fields.date(node, "retiredDate")
                : Optional.ofNullable(fields.date(node, "latestStartDate")).map(d -> d.plusDays(1)).orElse(null);
        // Skills England publishes the funding minimum per version as "minimum hours for compliance"; files written
        // in this catalogue's earlier shape name it publishedMinimumOtjHours (docs/domain/off-the-job-hours.md)
        Integer minimumOtj = JsonFields.present(node, "minimumHoursForCompliance") != null
                ? fields.whole(node, "minimumHoursForCompliance", 1, 10_000, false)
                : fields.whole(node, "publishedMinimumOtjHours", 1, 10_000, false);
        ProgrammeType programmeType = programmeType(level);
        String overview = fields.text(node, "overviewOfRole", LONG_TEXT, false);
        String pageUrl = fields.webAddress(node, "standardPageUrl");
        List<ImportedStandard.Ksb> ksbs = new ArrayList<>();
        Map<KsbKind, Map<String, String>> codesById = new HashMap<>();
        for (KsbKind kind : KsbKind.values()) {
            codesById.put(kind, ksbs(kind, ksbs));
        }
        List<ImportedStandard.Duty> duties = duties(codesById);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ImportedStandard(reference, version, title, level, larsCode, duration, maxFunding, route,
                status, approved, retired, minimumOtj, overview, pageUrl, ksbs, duties, programmeType));
    }

    /**
     * The programme type where the file says it, as "programmeType" (an apprenticeship standard, a foundation
     * apprenticeship, an apprenticeship unit; docs/domain/programme-types.md); null when it does not. A foundation
     * apprenticeship is at level 2.
     */
    private ProgrammeType programmeType(Integer level) {
        String given = fields.text(node, "programmeType", 60, false);
        if (given == null) {
            return null;
        }
        Optional<ProgrammeType> type = ProgrammeType.parse(given);
        if (type.isEmpty()) {
            fields.problem("programmeType", "must be ApprenticeshipStandard, FoundationApprenticeship or"
                    + " ApprenticeshipUnit");
            return null;
        }
        if (type.get() == ProgrammeType.FOUNDATION_APPRENTICESHIP && level != null && level != 2) {
            fields.problem("programmeType", "a foundation apprenticeship is at level 2, not level " + level);
        }
        return type.get();
    }

    private String referenceNumber() {
        JsonNode value = JsonFields.present(node, "referenceNumber");
        if (value != null && value.isString() && REFERENCE.matcher(value.stringValue().strip()).matches()) {
            String reference = value.stringValue().strip();
            fields.nameStandard(reference);
            return reference;
        }
        if (value == null) {
            fields.problem("referenceNumber", "is required");
        } else {
            fields.problem("referenceNumber", "must be ST followed by 4 digits, like ST0116");
        }
        return null;
    }

    private VersionNumber version() {
        JsonNode value = JsonFields.present(node, "version");
        if (value == null) {
            fields.problem("version", "is required");
            return null;
        }
        if (!value.isString()) {
            fields.problem("version", "must be text, like \"1.1\"");
            return null;
        }
        return VersionNumber.parse(value.stringValue()).orElseGet(() -> {
            fields.problem("version", "must be a version number like 1.0 or 1.1");
            return null;
        });
    }

    /** Reads one kind's KSBs in order and returns their codes by the file's id, for the duties' mappings. */
    private Map<String, String> ksbs(KsbKind kind, List<ImportedStandard.Ksb> into) {
        String[] names = KSB_FIELDS.get(kind);
        Map<String, String> codes = new HashMap<>();
        JsonNode list = fields.list(node, names[0]);
        if (list == null) {
            return codes;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = names[0] + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                fields.problem(path, "must be an object with '" + names[1] + "' and 'detail'");
                continue;
            }
            String id = fields.text(item, path, names[1], 100, false);
            String detail = fields.text(item, path, "detail", KSB_TEXT, false);
            if (id != null && codes.putIfAbsent(id, kind.code(i + 1)) != null) {
                fields.problem(path + "." + names[1], "repeats the id '" + id + "'");
            }
            into.add(new ImportedStandard.Ksb(kind, i + 1, id, detail));
        }
        return codes;
    }

    private List<ImportedStandard.Duty> duties(Map<KsbKind, Map<String, String>> codesById) {
        List<ImportedStandard.Duty> duties = new ArrayList<>();
        JsonNode list = fields.list(node, "duties");
        if (list == null) {
            return duties;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "duties[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                fields.problem(path, "must be an object with 'dutyID' and 'dutyDetail'");
                continue;
            }
            String id = JsonFields.present(item, "dutyID") != null ? fields.text(item, path, "dutyID", 100, false)
                    : fields.text(item, path, "dutyId", 100, false);
            String detail = fields.text(item, path, "dutyDetail", KSB_TEXT, false);
            Boolean core = core(item, path);
            List<String> codes = null;
            for (KsbKind kind : KsbKind.values()) {
                List<String> mapped = mapping(item, path, KSB_FIELDS.get(kind)[2], kind, codesById.get(kind));
                if (mapped != null) {
                    codes = codes == null ? new ArrayList<>() : codes;
                    codes.addAll(mapped);
                }
            }
            duties.add(new ImportedStandard.Duty(i + 1, id, detail, core, codes == null ? null : List.copyOf(codes)));
        }
        return duties;
    }

    private List<String> mapping(JsonNode duty, String dutyPath, String name, KsbKind kind, Map<String, String> codes) {
        JsonNode list = fields.list(duty, dutyPath, name);
        if (list == null) {
            return null;
        }
        List<String> mapped = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            String path = dutyPath + "." + name + "[" + i + "]";
            if (!id.isString()) {
                fields.problem(path, "must be the id of one of the standard's " + kind.heading().toLowerCase());
            } else if (!codes.containsKey(id.stringValue())) {
                fields.problem(path, "refers to '" + id.stringValue() + "', which is not one of the standard's "
                        + kind.heading().toLowerCase());
            } else {
                mapped.add(codes.get(id.stringValue()));
            }
        }
        return mapped;
    }

    private Boolean core(JsonNode duty, String path) {
        JsonNode value = JsonFields.present(duty, "isThisACoreDuty");
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && (value.intValue() == 0 || value.intValue() == 1)) {
            return value.intValue() == 1;
        }
        fields.problem(path + ".isThisACoreDuty", "must be 0 or 1");
        return null;
    }

}
