package waypoint.shared.personaldata;

import java.util.List;

/**
 * What one module holds about a person, in sections a person can read (docs/domain/data-protection.md, "What a
 * subject access pack holds"). A module answers from its own tables only, about the subject's learner record and
 * apprenticeships, and answers an empty list when it holds nothing. It marks what the data protection officer must
 * look at before release: other people's personal data in a record, and records never released automatically.
 */
public interface PersonalDataSource {

    /** The sections this module holds about the subject, in the order a reader should meet them. */
    List<PersonalDataSection> describe(DataSubject subject);
}
