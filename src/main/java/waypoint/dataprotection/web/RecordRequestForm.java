package waypoint.dataprotection.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/** Staff record a request a learner made by email, letter or in person. */
record RecordRequestForm(
        @NotBlank(message = "Enter the learner's email address")
        @Size(max = 254, message = "The email address must be 254 characters or fewer") String learnerEmail,
        @NotBlank(message = "Enter the date the request was received, like 3 12 2026")
        @TypedDate(message = "Enter a real date, like 3 12 2026") String receivedOn,
        @Size(max = 4000, message = "What they asked for must be 4,000 characters or fewer") String words) {

    static RecordRequestForm blank() {
        return new RecordRequestForm(null, null, null);
    }

    LocalDate received() {
        return TypedValues.date(receivedOn).orElseThrow();
    }
}
