package waypoint.organisation.internal.learner;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.organisation.DeclaredAnswers;

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
    public Map<UUID, Answers> of(Collection<UUID> learnerIds) {
        if (learnerIds.isEmpty()) {
            return Map.of();
        }
        return read(jdbc.sql("SELECT * FROM learner_declaration WHERE learner_id = ANY(:ids)")
                .param("ids", learnerIds.toArray(UUID[]::new)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Answers> ofEveryLearner() {
        return read(jdbc.sql("SELECT * FROM learner_declaration"));
    }

    private Map<UUID, Answers> read(JdbcClient.StatementSpec query) {
        Map<UUID, Answers> answers = new HashMap<>();
        query.query(rs -> {
            DeclarationDetails d = declarations.details(rs);
            answers.put(rs.getObject("learner_id", UUID.class), new Answers(name(d.healthDeclaration()),
                    name(d.ethnicity()), name(d.sex()), name(d.religion()), name(d.sexualOrientation())));
        });
        return answers;
    }

    private static String name(Enum<?> answer) {
        return answer == null ? null : answer.name();
    }
}
