package waypoint.feedback.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.feedback.internal.Surveys;
import waypoint.feedback.internal.Surveys.NewQuestion;
import waypoint.feedback.internal.Surveys.Occasion;
import waypoint.feedback.internal.Surveys.QuestionKind;
import waypoint.shared.validation.OneOf;

/**
 * The create-a-survey form as typed: its name, who it goes to and when, whether it is anonymous, and up to six
 * questions with the kind of answer each takes (an empty question is not asked). What the survey's questions must be
 * (at least one, each with a kind) is the survey's own rule, {@link Surveys#checkQuestions}.
 */
record SurveyForm(
        @NotBlank(message = NAME) @Size(max = 200, message = NAME_LENGTH) String name,
        @NotBlank(message = OCCASION)
        @OneOf(value = Occasion.class, message = OCCASION) String occasion,
        String anonymous,
        String question1, @OneOf(value = QuestionKind.class, message = KIND + "1") String kind1,
        String question2, @OneOf(value = QuestionKind.class, message = KIND + "2") String kind2,
        String question3, @OneOf(value = QuestionKind.class, message = KIND + "3") String kind3,
        String question4, @OneOf(value = QuestionKind.class, message = KIND + "4") String kind4,
        String question5, @OneOf(value = QuestionKind.class, message = KIND + "5") String kind5,
        String question6, @OneOf(value = QuestionKind.class, message = KIND + "6") String kind6) {

    static final String NAME = "Enter a name for the survey";
    static final String NAME_LENGTH = "The name must be {max} characters or fewer";
    static final String OCCASION = "Select when the survey is sent";
    static final String KIND = "Select the kind of answer for question ";

    static SurveyForm empty() {
        return new SurveyForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** The six questions in order, typed: an empty one has no text, a kind that is none of them none. */
    List<NewQuestion> questions() {
        return List.of(question(kind1, question1), question(kind2, question2), question(kind3, question3),
                question(kind4, question4), question(kind5, question5), question(kind6, question6));
    }

    private static NewQuestion question(String kind, String text) {
        return new NewQuestion(OneOf.Choices.named(QuestionKind.class, kind), text);
    }

    Occasion typedOccasion() {
        return OneOf.Choices.named(Occasion.class, occasion);
    }

    boolean typedAnonymous() {
        return Forms.yes(anonymous);
    }
}
