package waypoint.catalogue.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;

import waypoint.catalogue.internal.CatalogueRuleException;

/**
 * The problems with a submitted form, in the order the page shows its fields, for the GOV.UK error summary (each
 * linking to its field) and the inline error messages. Field names follow the form's inputs (“methods[0].name”);
 * their element ids replace brackets and dots with hyphens (“methods-0-name”).
 */
public final class FormErrors {

    public record Link(String href, String message) {
    }

    private final Map<String, String> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void addAll(Map<String, String> more) {
        more.forEach(this::add);
    }

    /**
     * Saves a change to a standard version: the page to go back to once saved, or nothing with the reason added here,
     * on {@code field} when someone else changed the version since the form was shown, or as the catalogue rule that
     * refused it names its fields.
     */
    Optional<String> saved(String field, Supplier<String> change) {
        try {
            return Optional.of(change.get());
        } catch (OptimisticLockingFailureException e) {
            add(field, StandardEdits.CHANGED_BY_SOMEONE_ELSE);
        } catch (CatalogueRuleException e) {
            addAll(e.errors());
        }
        return Optional.empty();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String get(String field) {
        return errors.get(field);
    }

    public String idOf(String field) {
        return id(field);
    }

    /** Field name to message, in order: what the shared form fragments (fragments/errors-map.html) read. */
    public Map<String, String> byField() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    public List<Link> summary() {
        return errors.entrySet().stream().map(e -> new Link("#" + id(e.getKey()), e.getValue())).toList();
    }

    static String id(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** Reads an optional whole number typed into a form; a problem is recorded against the field. */
    Integer whole(String field, String typed, int min, int max, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip().replace(",", "");
        if (!text.matches("\\d{1,9}")) {
            add(field, what + " must be a whole number, like " + min);
            return null;
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            add(field, what + " must be from " + min + " to " + max);
            return null;
        }
        return value;
    }

    /** Optional text up to a length; blank is no text. */
    String text(String field, String typed, int maxLength, String what) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > maxLength) {
            add(field, what + " must be " + maxLength + " characters or fewer");
            return null;
        }
        return text;
    }
}
