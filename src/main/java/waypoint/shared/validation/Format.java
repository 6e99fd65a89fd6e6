package waypoint.shared.validation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The formats a field can be checked against, each with its rule and the form it is stored in. */
public enum Format {
    ULN(UlnRule::problem, UlnRule::normalise),
    UKPRN(UkprnRule::problem, UkprnRule::normalise),
    POSTCODE(PostcodeRule::problem, PostcodeRule::normalise),
    NATIONAL_INSURANCE_NUMBER(NationalInsuranceNumberRule::problem, NationalInsuranceNumberRule::normalise),
    EPAO_ID(EpaoId::problem, EpaoId::normalise),
    EMAIL(EmailAddress::problem, EmailAddress::normalise),
    PHONE(PhoneNumber::problem, PhoneNumber::normalise),
    EMPLOYER_REFERENCE_NUMBER(EmployerReferenceNumber::problem, EmployerReferenceNumber::normalise);

    private final Function<String, Optional<String>> rule;
    private final UnaryOperator<String> normaliser;

    Format(Function<String, Optional<String>> rule, UnaryOperator<String> normaliser) {
        this.rule = rule;
        this.normaliser = normaliser;
    }

    /** What is wrong with a value, in words for the person who typed it; empty when it is fine. */
    public Optional<String> problem(String value) {
        return rule.apply(value);
    }

    /** The value as it is stored; blank stays null (an optional field left empty). */
    public String normalise(String value) {
        return value == null || value.isBlank() ? null : normaliser.apply(value);
    }
}
