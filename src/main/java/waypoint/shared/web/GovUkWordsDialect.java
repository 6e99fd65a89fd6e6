package waypoint.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import waypoint.shared.money.GovUkMoney;
import waypoint.shared.money.Money;
import waypoint.shared.time.GovUkDates;

/**
 * Gives every page and PDF template the one way it writes a date or an amount for people: {@code #govukDates}
 * ({@code ${#govukDates.date(apprenticeship.startDate())}}, {@code ${#govukDates.time(signature.signedAt())}}),
 * through {@link GovUkDates}, and {@code #govukMoney} ({@code ${#govukMoney.words(standard.fundingBandMaximum())}},
 * {@code ${#govukMoney.withPence(instalment.amount())}}), through {@link GovUkMoney}. Each takes whatever date-like
 * value, or amount, the template holds.
 */
@Component
class GovUkWordsDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Map<String, Object> OBJECTS = Map.of("govukDates", new DatesInTemplates(),
            "govukMoney", new MoneyInTemplates());

    GovUkWordsDialect() {
        super("Waypoint GOV.UK dates and amounts");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return OBJECTS.keySet();
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return OBJECTS.get(expressionObjectName);
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** {@code #govukDates}: the helper's words for a template's value, whichever date type it holds. */
    public static final class DatesInTemplates {

        /** “23 December 2026”. */
        public String date(Object value) {
            return value instanceof Instant || value instanceof ZonedDateTime || value instanceof OffsetDateTime
                    ? GovUkDates.date(instant(value)) : GovUkDates.date(localDate(value));
        }

        /** “Wednesday 23 December 2026”. */
        public String day(Object value) {
            return GovUkDates.day(localDate(value));
        }

        /** “23 Dec 2026”. */
        public String shortDate(Object value) {
            return GovUkDates.shortDate(localDate(value));
        }

        /** “23 December 2026 at 5:30pm”. */
        public String time(Object value) {
            return GovUkDates.time(instant(value));
        }

        /** “21 Jul 2026 at 5:30:07pm”: the seconds always written (the audit trail). */
        public String shortTimeWithSeconds(Object value) {
            return GovUkDates.shortTimeWithSeconds(instant(value));
        }

        /** “10:42am on 6 December 2026”. */
        public String clockOnDate(Object value) {
            return GovUkDates.clockOnDate(instant(value));
        }

        /** “December 2026”. */
        public String month(Object value) {
            return value instanceof YearMonth month ? GovUkDates.month(month)
                    : GovUkDates.month(value == null ? null : YearMonth.from(localDate(value)));
        }

        /** “Dec 2026”. */
        public String shortMonth(Object value) {
            return value instanceof YearMonth month ? GovUkDates.shortMonth(month)
                    : GovUkDates.shortMonth(value == null ? null : YearMonth.from(localDate(value)));
        }

        private static LocalDate localDate(Object value) {
            if (value == null || value instanceof LocalDate) {
                return (LocalDate) value;
            }
            if (value instanceof LocalDateTime local) {
                return local.toLocalDate();
            }
            return instant(value).atZone(GovUkDates.LONDON).toLocalDate();
        }

        private static Instant instant(Object value) {
            if (value == null || value instanceof Instant) {
                return (Instant) value;
            }
            if (value instanceof ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            if (value instanceof LocalDateTime local) {
                return local.atZone(GovUkDates.LONDON).toInstant();
            }
            throw new IllegalArgumentException("Not a date or a moment: " + value.getClass().getName());
        }
    }

    /** {@code #govukMoney}: the helper's words for a template's amount, a {@link Money} or a number of pounds. */
    public static final class MoneyInTemplates {

        /** “£18,000”, “£1,234.56”. */
        public String words(Object amount) {
            return GovUkMoney.words(pounds(amount));
        }

        /** Always with pence, for tables and sums: “£18,000.00”. */
        public String withPence(Object amount) {
            return GovUkMoney.withPence(pounds(amount));
        }

        private static BigDecimal pounds(Object amount) {
            if (amount == null || amount instanceof BigDecimal) {
                return (BigDecimal) amount;
            }
            if (amount instanceof Money money) {
                return money.pounds();
            }
            if (amount instanceof Number number) {
                return new BigDecimal(number.toString());
            }
            throw new IllegalArgumentException("Not an amount of money: " + amount.getClass().getName());
        }
    }
}
