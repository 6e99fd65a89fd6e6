package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import waypoint.catalogue.KsbKind;

/**
 * Checks one standard of a file, field by field, and names each problem by the standard and the field: a field that
 * is present but of the wrong type is malformed. Required: referenceNumber (ST and 4 digits), title, level (1 to 7)
 * and version (“1.0”). KSB and duty ids may be GUIDs (the live API) or placeholders (the reference files); codes
 * come from positions (DOMAIN.md, “Standards data”).
 */
final class StandardNodeReader {

    private static final Pattern REFERENCE = Pattern.compile("ST\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
    private static final int LONG_TEXT = 10_000;
    private static final int KSB_TEXT = 5_000;

    private static final Map<KsbKind, String[]> KSB_FIELDS = Map.of(
            KsbKind.KNOWLEDGE, new String[] {"knowledges", "knowledgeId", "mappedKnowledge"},
            KsbKind.SKILL, new String[] {"skills", "skillId", "mappedSkills"},
            KsbKind.BEHAVIOUR, new String[] {"behaviours", "behaviourId", "mappedBehaviour"});

    private final JsonNode node;
    private final int index;
    private final List<ImportProblem> problems;
    private String label;
    private String prefix;

    StandardNodeReader(JsonNode node, int index, List<ImportProblem> problems) {
        this.node = node;
        this.index = index;
        this.problems = problems;
        this.label = "Standard " + (index + 1);
        this.prefix = "[" + index + "]";
    }

    Optional<ImportedStandard> read() {
        if (!node.isObject()) {
            problems.add(new ImportProblem(prefix, label + ": must be a JSON object"));
            return Optional.empty();
        }
        int before = problems.size();
        String reference = referenceNumber();
        String title = text(node, "title", 300, true);
        Integer level = whole(node, "level", 1, 7, true);
        VersionNumber version = version();
        Integer larsCode = whole(node, "larsCode", 1, 999_999, false);
        Integer duration = whole(node, "typicalDuration", 1, 120, false);
        BigDecimal maxFunding = amount(node, "maxFunding");
        String route = text(node, "route", 200, false);
        String status = text(node, "status", 100, false);
        LocalDate approved = date(node, "approvedForDelivery");
        LocalDate retired = date(node, "retiredDate");
        Integer minimumOtj = whole(node, "publishedMinimumOtjHours", 1, 10_000, false);
        String overview = text(node, "overviewOfRole", LONG_TEXT, false);
        String pageUrl = webAddress(node, "standardPageUrl");
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
                status, approved, retired, minimumOtj, overview, pageUrl, ksbs, duties));
    }

    private String referenceNumber() {
        JsonNode value = present(node, "referenceNumber");
        if (value != null && value.isString() && REFERENCE.matcher(value.stringValue().strip()).matches()) {
            String reference = value.stringValue().strip();
            label = reference;
            prefix = reference;
            return reference;
        }
        if (value == null) {
            problem("referenceNumber", "is required");
        } else {
            problem("referenceNumber", "must be ST followed by 4 digits, like ST0116");
        }
        return null;
    }

    private VersionNumber version() {
        JsonNode value = present(node, "version");
        if (value == null) {
            problem("version", "is required");
            return null;
        }
        if (!value.isString()) {
            problem("version", "must be text, like \"1.1\"");
            return null;
        }
        return VersionNumber.parse(value.stringValue()).orElseGet(() -> {
            problem("version", "must be a version number like 1.0 or 1.1");
            return null;
        });
    }

    /** Reads one kind's KSBs in order and returns their codes by the file's id, for the duties' mappings. */
    private Map<String, String> ksbs(KsbKind kind, List<ImportedStandard.Ksb> into) {
        String[] names = KSB_FIELDS.get(kind);
        Map<String, String> codes = new HashMap<>();
        JsonNode list = list(node, names[0]);
        if (list == null) {
            return codes;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = names[0] + "[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                problem(path, "must be an object with '" + names[1] + "' and 'detail'");
                continue;
            }
            String id = text(item, path, names[1], 100, false);
            String detail = text(item, path, "detail", KSB_TEXT, false);
            if (id != null && codes.putIfAbsent(id, kind.code(i + 1)) != null) {
                problem(path + "." + names[1], "repeats the id '" + id + "'");
            }
            into.add(new ImportedStandard.Ksb(kind, i + 1, id, detail));
        }
        return codes;
    }

    private List<ImportedStandard.Duty> duties(Map<KsbKind, Map<String, String>> codesById) {
        List<ImportedStandard.Duty> duties = new ArrayList<>();
        JsonNode list = list(node, "duties");
        if (list == null) {
            return duties;
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "duties[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                problem(path, "must be an object with 'dutyID' and 'dutyDetail'");
                continue;
            }
            String id = present(item, "dutyID") != null ? text(item, path, "dutyID", 100, false)
                    : text(item, path, "dutyId", 100, false);
            String detail = text(item, path, "dutyDetail", KSB_TEXT, false);
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
        JsonNode list = list(duty, dutyPath, name);
        if (list == null) {
            return null;
        }
        List<String> mapped = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            String path = dutyPath + "." + name + "[" + i + "]";
            if (!id.isString()) {
                problem(path, "must be the id of one of the standard's " + kind.heading().toLowerCase());
            } else if (!codes.containsKey(id.stringValue())) {
                problem(path, "refers to '" + id.stringValue() + "', which is not one of the standard's "
                        + kind.heading().toLowerCase());
            } else {
                mapped.add(codes.get(id.stringValue()));
            }
        }
        return mapped;
    }

    private Boolean core(JsonNode duty, String path) {
        JsonNode value = present(duty, "isThisACoreDuty");
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && (value.intValue() == 0 || value.intValue() == 1)) {
            return value.intValue() == 1;
        }
        problem(path + ".isThisACoreDuty", "must be 0 or 1");
        return null;
    }

    private String text(JsonNode container, String name, int maxLength, boolean required) {
        return text(container, null, name, maxLength, required);
    }

    private String text(JsonNode container, String parentPath, String name, int maxLength, boolean required) {
        String path = parentPath == null ? name : parentPath + "." + name;
        JsonNode value = present(container, name);
        if (value == null) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            problem(path, "must be text");
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty()) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            problem(path, "must be " + String.format("%,d", maxLength) + " characters or fewer");
            return null;
        }
        return text;
    }

    private Integer whole(JsonNode container, String name, int min, int max, boolean required) {
        JsonNode value = present(container, name);
        if (value == null) {
            if (required) {
                problem(name, "is required");
            }
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problem(name, "must be a whole number");
            return null;
        }
        if (value.intValue() < min || value.intValue() > max) {
            problem(name, "must be from " + min + " to " + String.format("%,d", max));
            return null;
        }
        return value.intValue();
    }

    private BigDecimal amount(JsonNode container, String name) {
        JsonNode value = present(container, name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problem(name, "must be a number of pounds");
            return null;
        }
        BigDecimal amount = value.decimalValue();
        if (amount.signum() < 0 || amount.compareTo(new BigDecimal("99999999")) > 0) {
            problem(name, "must be from 0 to 99,999,999 pounds");
            return null;
        }
        return amount;
    }

    private LocalDate date(JsonNode container, String name) {
        JsonNode value = present(container, name);
        if (value == null) {
            return null;
        }
        if (value.isString() && DATE.matcher(value.stringValue()).matches()) {
            try {
                return LocalDate.parse(value.stringValue().substring(0, 10));
            } catch (DateTimeParseException e) {
                // falls through to the problem below: a date that does not exist, like 2025-02-30
            }
        }
        problem(name, "must be a date like 2021-03-25");
        return null;
    }

    /** Only web addresses: the page links to it, so nothing like a javascript: address gets through. */
    private String webAddress(JsonNode container, String name) {
        String text = text(container, name, 500, false);
        if (text != null && !(text.startsWith("https://") || text.startsWith("http://"))) {
            problem(name, "must be a web address starting with https://");
            return null;
        }
        return text;
    }

    private JsonNode list(JsonNode container, String name) {
        return list(container, null, name);
    }

    private JsonNode list(JsonNode container, String parentPath, String name) {
        JsonNode value = present(container, name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problem(parentPath == null ? name : parentPath + "." + name, "must be a list");
            return null;
        }
        return value;
    }

    /** The field's value, or null when it is missing or JSON null: the reference files leave out what is unknown. */
    private static JsonNode present(JsonNode container, String name) {
        JsonNode value = container.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    private void problem(String path, String what) {
        problems.add(new ImportProblem(prefix + "." + path, label + ": field '" + path + "' " + what));
    }
}
