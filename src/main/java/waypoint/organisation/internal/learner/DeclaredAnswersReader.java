package waypoint.organisation.internal.learner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.organisation.DeclaredAnswers;
import waypoint.organisation.LearnerId;

/** Learners' declared answers, decrypted for the equality report and the ILR ({@link DeclaredAnswers}). */
@Component
class DeclaredAnswersReader implements DeclaredAnswers {

    private final JdbcClient jdbc;
    private final DeclarationService declarations;

    DeclaredAnswersReader(JdbcClient jdbc, DeclarationService declarations) {
        this.jdbc = jdbc;
        this.declarations = declarations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LearnerId, Answers> of(Collection<LearnerId> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return read(jdbc.sql("SELECT * FROM learner_declaration WHERE learner_id = ANY(:ids)")
                .param("ids", learnerIds.stream().map(LearnerId::value).toArray(UUID[]::new)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<LearnerId, Answers> ofEveryLearner() {
        return read(jdbc.sql("SELECT * FROM learner_declaration"));
    }

    private Map<LearnerId, Answers> read(JdbcClient.StatementSpec query) {
        Map<LearnerId, Answers> answers = new HashMap<>();
        query.query(rs -> {
            DeclarationDetails d = declarations.details(rs);
            answers.put(new LearnerId(rs.getObject("learner_id", UUID.class)), new Answers(name(d.healthDeclaration()),
                    name(d.ethnicity()), name(d.sex()), name(d.religion()), name(d.sexualOrientation())));
        });
        return answers;
    }

    private static String name(Enum<?> answer) {
        return answer == null ? null : answer.name();
    }
}
