package waypoint.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in pounds sterling, to the penny: a price, a funding band maximum, a payment, an earning. The
 * one way Waypoint adds, takes away, takes a share of and splits amounts, so that every module rounds alike: a share
 * is rounded to the penny half up, and an amount split into instalments adds back up to the amount, the last
 * instalment taking what rounding left over. The API writes it as it wrote amounts before, a plain number of pounds
 * ({@code 9000.00}); the database keeps it in the existing numeric columns ({@link #pounds()} to write,
 * {@link #of(BigDecimal)} to read). How it reads for people is {@link GovUkMoney}'s business.
 */
public record Money(@JsonValue BigDecimal pounds) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Pounds and pence; refused (an {@link ArithmeticException}) if given a fraction of a penny: round it first. */
    public Money {
        Objects.requireNonNull(pounds, "pounds");
        pounds = pounds.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An amount typed or kept in pounds and pence: {@code Money.pounds("9000.50")}. */
    public static Money pounds(String pounds) {
        return new Money(new BigDecimal(pounds));
    }

    /** A whole number of pounds: {@code Money.pounds(18000)}. */
    public static Money pounds(long pounds) {
        return new Money(BigDecimal.valueOf(pounds));
    }

    /** Pounds and pence, as a numeric column or a request holds them. */
    @JsonCreator
    public static Money pounds(BigDecimal pounds) {
        return new Money(pounds);
    }

    /** A column or field that may be empty (an amount not recorded): {@code null} stays {@code null}. */
    public static Money of(BigDecimal poundsOrNull) {
        return poundsOrNull == null ? null : new Money(poundsOrNull);
    }

    /** An amount worked out beyond the penny, rounded to it half up: £0.005 is £0.01. */
    public static Money rounded(BigDecimal pounds) {
        return new Money(pounds.setScale(2, RoundingMode.HALF_UP));
    }

    /** A number of pence, as some files and sums keep them. */
    public static Money pence(long pence) {
        return new Money(BigDecimal.valueOf(pence, 2));
    }

    public long inPence() {
        return pounds.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(pounds.add(other.pounds));
    }

    public Money minus(Money other) {
        return new Money(pounds.subtract(other.pounds));
    }

    /** A share given as a ratio, to the penny half up: £1,000 times 0.8 is £800. */
    public Money times(BigDecimal ratio) {
        return rounded(pounds.multiply(ratio));
    }

    /** A whole number of times: twelve instalments of £150 are £1,800. */
    public Money times(long count) {
        return new Money(pounds.multiply(BigDecimal.valueOf(count)));
    }

    /** A percentage, to the penny half up: 5% of £333.33 is £16.67. */
    public Money percent(BigDecimal percent) {
        return rounded(pounds.multiply(percent).movePointLeft(2));
    }

    /**
     * The amount in {@code count} instalments as equal as pence allow: each is the amount divided by the count to the
     * penny half up, and the last is what remains, so the instalments always add back up to the amount.
     */
    public List<Money> instalments(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("An amount is split into one instalment or more, not " + count);
        }
        Money each = rounded(pounds.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP));
        List<Money> out = new ArrayList<>(Collections.nCopies(count - 1, each));
        out.add(minus(each.times(count - 1)));
        return List.copyOf(out);
    }

    public boolean isZero() {
        return pounds.signum() == 0;
    }

    public boolean isNegative() {
        return pounds.signum() < 0;
    }

    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return isLessThan(other) ? other : this;
    }

    public Money min(Money other) {
        return isMoreThan(other) ? other : this;
    }

    @Override
    public int compareTo(Money other) {
        return pounds.compareTo(other.pounds);
    }

    /** Pounds and pence as a machine reads them, “9000.50”; for people, {@link GovUkMoney}. */
    @Override
    public String toString() {
        return pounds.toPlainString();
    }
}
