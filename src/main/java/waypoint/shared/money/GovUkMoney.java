package waypoint.shared.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts as people read them, in the GOV.UK style: “£18,000” for whole pounds and “£1,234.56” otherwise; in tables
 * and sums, where pence line up, always with pence: “£18,000.00”. The one place every page, email, PDF and
 * explanation writes an amount for a reader; templates reach it as {@code #govukMoney}. An amount nobody recorded
 * reads {@value #NOT_RECORDED} unless the caller names other words. Files for machines (the ILR, CSV exports, the
 * API) keep plain numbers and do not use this.
 */
public final class GovUkMoney {

    /** What an empty amount reads, unless the caller gives a reason for other words. */
    public static final String NOT_RECORDED = "Not recorded";

    /*
     * One format per thread, made once: making one for every amount (it compiles its pattern each time) was two fifths
     * of the funding forecast's time at 100,000 apprenticeships. A format is not safe to share between threads.
     */
    private static final ThreadLocal<DecimalFormat> WITH_PENCE = ThreadLocal.withInitial(() -> format("#,##0.00"));
    private static final ThreadLocal<DecimalFormat> WHOLE_POUNDS = ThreadLocal.withInitial(() -> format("#,##0"));

    private GovUkMoney() {
    }

    /** “£18,000”, “£1,234.56”, “-£50”. */
    public static String words(Money amount) {
        return amount == null ? NOT_RECORDED : words(amount.pounds());
    }

    /** Always with pence, for tables and sums: “£18,000.00”. */
    public static String withPence(Money amount) {
        return amount == null ? NOT_RECORDED : withPence(amount.pounds());
    }

    /** “£18,000”, or the caller's own words where the page gives a reason the amount is empty. */
    public static String wordsOr(Money amount, String whenEmpty) {
        return amount == null ? whenEmpty : words(amount);
    }

    /** An amount still held as a number of pounds: “£18,000”, “£1,234.56”; rounded to the penny half up. */
    public static String words(BigDecimal pounds) {
        if (pounds == null) {
            return NOT_RECORDED;
        }
        BigDecimal penny = Money.rounded(pounds).pounds();
        return penny.remainder(BigDecimal.ONE).signum() == 0 ? sign(penny) + WHOLE_POUNDS.get().format(penny.abs())
                : withPence(penny);
    }

    /** An amount still held as a number of pounds, always with pence: “£18,000.00”; rounded half up. */
    public static String withPence(BigDecimal pounds) {
        if (pounds == null) {
            return NOT_RECORDED;
        }
        BigDecimal penny = Money.rounded(pounds).pounds();
        return sign(penny) + WITH_PENCE.get().format(penny.abs());
    }

    private static String sign(BigDecimal pounds) {
        return pounds.signum() < 0 ? "-£" : "£";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setParseBigDecimal(true);
        return format;
    }
}
