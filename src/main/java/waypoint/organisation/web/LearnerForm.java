package waypoint.organisation.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import waypoint.organisation.LearnerDetails;
import waypoint.organisation.internal.learner.LearnerView;
import waypoint.shared.web.FieldValidationException;

/**
 * The learner form as typed. The date of birth is three boxes (the GOV.UK date input); its errors show against the
 * day box, where the error summary links.
 */
record LearnerForm(String givenNames, String familyName, String birthDay, String birthMonth, String birthYear,
        String uln, String niNumber, String email, String phone, String addressLine1, String addressLine2, String town,
        String postcode, String emergencyContactName, String emergencyContactPhone, String reason) {

    static final Map<String, String> ALIASES = Map.of("dateOfBirth", "birthDay");

    static LearnerForm empty() {
        return new LearnerForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static LearnerForm of(LearnerView learner) {
        LocalDate born = learner.dateOfBirth();
        return new LearnerForm(learner.givenNames(), learner.familyName(), String.valueOf(born.getDayOfMonth()),
                String.valueOf(born.getMonthValue()), String.valueOf(born.getYear()), learner.uln(), learner.niNumber(),
                learner.email(), learner.phone(), learner.address().line1(), learner.address().line2(),
                learner.address().town(), learner.address().postcode(), learner.emergencyContactName(),
                learner.emergencyContactPhone(), null);
    }

    LearnerDetails details() {
        return new LearnerDetails(givenNames, familyName, dateOfBirth().orElse(null), uln, niNumber, email, phone,
                addressLine1, addressLine2, town, postcode, emergencyContactName, emergencyContactPhone);
    }

    /** The service's errors, with a date that is not a real date said as such (the service only sees no date). */
    FieldValidationException explain(FieldValidationException problem) {
        Map<String, String> errors = new LinkedHashMap<>(problem.errors());
        dateProblem().ifPresent(message -> errors.put("dateOfBirth", message));
        return new FieldValidationException(errors);
    }

    private Optional<LocalDate> dateOfBirth() {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(birthYear.strip()), Integer.parseInt(birthMonth.strip()),
                    Integer.parseInt(birthDay.strip())));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Something typed that is not a date; nothing typed at all is the service's "enter a date of birth". */
    private Optional<String> dateProblem() {
        boolean anyTyped = Stream.of(birthDay, birthMonth, birthYear).anyMatch(part -> part != null && !part.isBlank());
        if (!anyTyped || dateOfBirth().isPresent()) {
            return Optional.empty();
        }
        if (birthYear == null || !birthYear.strip().matches("\\d{4}")) {
            return Optional.of("Year of birth must include 4 numbers");
        }
        return Optional.of("Date of birth must be a real date");
    }
}
