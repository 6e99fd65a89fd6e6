package waypoint.shared.time;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #govukDates}, the one way a page writes a date: {@code ${#govukDates.date(d)}}. */
@Component
class GovUkDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "govukDates";
    private static final GovUkDates DATES = new GovUkDates();

    GovUkDatesDialect() {
        super("Waypoint GOV.UK dates");
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
                return NAME.equals(expressionObjectName) ? DATES : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
