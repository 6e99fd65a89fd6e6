package waypoint.shared.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import org.springframework.validation.BindingResult;

/**
 * Checks a page's form record with Bean Validation and puts each problem on the form's binding result, in the order
 * the record asks its questions (so the error summary reads top to bottom, which a plain {@code @Valid} does not
 * promise). A form whose questions depend on the action names the groups to check besides the default one. A page
 * that keeps its errors in a map takes them as a {@link FieldValidationException} instead.
 */
public final class FormChecks {

    private FormChecks() {
    }

    /** Whether the form, the binding result's target, has no problems (binding problems included). */
    public static boolean check(Validator validator, BindingResult result, Class<?>... groups) {
        problems(validator, result.getTarget(), groups).forEach((field, message) -> {
            if (field.isEmpty()) {
                result.reject("invalid", message);
            } else if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "invalid", message);
            }
        });
        return !result.hasErrors();
    }

    /** Throws the form's problems, field by field in the order it asks them; nothing when there are none. */
    public static void require(Validator validator, Object form, Class<?>... groups) {
        Map<String, String> problems = problems(validator, form, groups);
        if (!problems.isEmpty()) {
            throw new FieldValidationException(problems);
        }
    }

    /**
     * Each field's first problem (the form's own under ""), in the order the record's components are declared; a
     * list's entries ("rows[1].hours") where the list is, entry by entry, each in its own record's order. Empty when
     * there are none: for a service that adds the form's problems to its own, so all are shown at once.
     */
    public static Map<String, String> problems(Validator validator, Object form, Class<?>... groups) {
        Class<?>[] all = new Class<?>[groups.length + 1];
        all[0] = Default.class;
        System.arraycopy(groups, 0, all, 1, groups.length);
        List<String> order = components(form);
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(form, all).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> position(order, path(v)))
                        .thenComparingInt(v -> entry(path(v)))
                        .thenComparingInt(v -> position(components(v.getLeafBean()), leaf(path(v))))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> problems.putIfAbsent(path(v), v.getMessage()));
        return problems;
    }

    private static List<String> components(Object form) {
        return form != null && form.getClass().isRecord()
                ? Arrays.stream(form.getClass().getRecordComponents()).map(c -> c.getName()).toList()
                : List.of();
    }

    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }

    /** Where the field's question is asked: a list's entry ("rows[1].hours") where its list ("rows") is. */
    private static int position(List<String> order, String field) {
        int at = order.indexOf(field.split("[\\[.]", 2)[0]);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The entry of a list a field belongs to ("rows[1].hours": 1); 0 for a field of the form itself. */
    private static int entry(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']', open + 1);
        if (open < 0 || close < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(field.substring(open + 1, close));
        } catch (NumberFormatException notAnIndex) {
            return 0;
        }
    }

    /** The field within its own record: "rows[1].hours": hours. */
    private static String leaf(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }
}
