package waypoint.organisation;

import java.util.Collection;
import java.util.Map;

/**
 * Learners' declared answers (the health declaration's answer and the equality monitoring answers, never the health
 * details) for the anonymised equality report and the ILR. They are encrypted in the database
 * (docs/adr/0012-envelope-encryption-with-tink.md), so other modules read them here, decrypted, rather than in SQL.
 * Each answer is the stored name of its choice ({@link EqualityCharacteristic#wordsFor} and {@link IlrLists} turn it
 * into words and codes), null when not given.
 */
public interface DeclaredAnswers {

    record Answers(String healthDeclaration, String ethnicity, String sex, String religion, String sexualOrientation) {

        public static final Answers NONE = new Answers(null, null, null, null, null);

        /** The answer for one characteristic. */
        public String of(EqualityCharacteristic characteristic) {
            return switch (characteristic) {
                case DISABILITY -> healthDeclaration;
                case ETHNICITY -> ethnicity;
                case SEX -> sex;
                case RELIGION -> religion;
                case SEXUAL_ORIENTATION -> sexualOrientation;
            };
        }
    }

    /** The answers of the given learners; a learner with none is left out. */
    Map<LearnerId, Answers> of(Collection<LearnerId> learnerIds);

    /** The answers of every learner who gave any. */
    Map<LearnerId, Answers> ofEveryLearner();
}
