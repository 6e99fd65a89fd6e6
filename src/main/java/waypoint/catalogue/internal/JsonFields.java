package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Typed reads of one standard's JSON fields. A field that is missing or JSON null is absent (the reference files leave
 * out what is unknown); a field that is present with the wrong type or value is a problem, named by the standard
 * and the field's path.
 */
final class JsonFields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    private final List<ImportProblem> problems;
    private String label;
    private String prefix;

    JsonFields(int index, List<ImportProblem> problems) {
        this.problems = problems;
        this.label = "Standard " + (index + 1);
        this.prefix = "[" + index + "]";
    }

    /** From now on, problems name the standard by its reference number. */
    void nameStandard(String referenceNumber) {
        this.label = referenceNumber;
        this.prefix = referenceNumber;
    }

    String text(JsonNode container, String name, int maxLength, boolean required) {
        return text(container, null, name, maxLength, required);
    }

    String text(JsonNode container, String parentPath, String name, int maxLength, boolean required) {
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

    Integer whole(JsonNode container, String name, int min, int max, boolean required) {
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

    BigDecimal amount(JsonNode container, String name) {
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

    LocalDate date(JsonNode container, String name) {
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
    String webAddress(JsonNode container, String name) {
        String text = text(container, name, 500, false);
        if (text != null && !(text.startsWith("https://") || text.startsWith("http://"))) {
            problem(name, "must be a web address starting with https://");
            return null;
        }
        return text;
    }

    JsonNode list(JsonNode container, String name) {
        return list(container, null, name);
    }

    JsonNode list(JsonNode container, String parentPath, String name) {
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
    static JsonNode present(JsonNode container, String name) {
        JsonNode value = container.get(name);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    void problem(String path, String what) {
        problems.add(new ImportProblem(prefix + "." + path, label + ": field '" + path + "' " + what));
    }
}
