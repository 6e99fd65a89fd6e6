package waypoint.dataprotection.web;

import jakarta.validation.constraints.Size;

/** A learner asks for a copy of their data; saying what they most want is optional. */
record AskForm(@Size(max = 4000, message = "What you want must be 4,000 characters or fewer") String words) {
}
