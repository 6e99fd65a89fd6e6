package waypoint.enrolment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import waypoint.shared.money.Money;
import waypoint.shared.validation.DateInput;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * Reads typed text into dates and numbers, remembering each field whose text is not one. A field left empty is read
 * as missing, for the calculator to ask for; text that is not a date or a number is this class's error, and it says
 * more than the calculator could, so it wins for that field.
 */
final class TypedAnswers {

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** An ISO date, 2024-09-02 (the API's format); 2024-13-45 is not a date. */
    LocalDate isoDate(String field, String label, String text) {
        if (blank(text)) {
            return null;
        }
        return DateText.parse(text).orElseGet(() -> {
            problems.put(field, label + " must be a real date, like 2024-09-02");
            return null;
        });
    }

    /** The GOV.UK date input's three boxes, with its error messages. */
    LocalDate date(String field, String label, String day, String month, String year) {
        DateInput typed = new DateInput(day, month, year);
        typed.problem(label, "Year").ifPresent(problem -> problems.put(field, problem));
        return typed.date().orElse(null);
    }

    BigDecimal number(String field, String message, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            problems.put(field, message);
            return null;
        }
    }

    /** An amount in pounds and pence; a fraction of a penny is the field's problem, as text that is not a number is. */
    Money pounds(String field, String message, String text) {
        BigDecimal pounds = number(field, message, text);
        try {
            return Money.of(pounds);
        } catch (ArithmeticException fractionOfAPenny) {
            problems.put(field, message);
            return null;
        }
    }

    void problem(String field, String message) {
        problems.put(field, message);
    }

    /**
     * The calculator's answer when everything typed could be read; otherwise every problem at once: those found
     * reading the text, then the calculator's for the other fields.
     */
    <T> T answer(Supplier<T> calculation) {
        try {
            T answer = calculation.get();
            if (!problems.isEmpty()) {
                throw new FieldValidationException(problems);
            }
            return answer;
        } catch (FieldValidationException invalid) {
            Map<String, String> all = new LinkedHashMap<>(problems);
            invalid.errors().forEach(all::putIfAbsent);
            throw new FieldValidationException(all);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
