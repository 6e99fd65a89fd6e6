package waypoint.shared.money;

import java.math.BigDecimal;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every page and PDF template {@code #govukMoney}, the one way a template writes an amount for people:
 * {@code ${#govukMoney.words(standard.fundingBandMaximum())}}, {@code ${#govukMoney.withPence(instalment.amount())}}.
 * It takes a {@link Money} or an amount still held as a number of pounds and writes it through {@link GovUkMoney}.
 */
@Component
class GovUkMoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "govukMoney";
    private static final InTemplates MONEY = new InTemplates();

    GovUkMoneyDialect() {
        super("Waypoint GOV.UK money");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? MONEY : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** {@code #govukMoney}: the helper's words for a template's amount, a {@link Money} or a number of pounds. */
    public static final class InTemplates {

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
