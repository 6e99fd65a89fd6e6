/**
 * The port through which each module says what it holds about a person, for a subject access request
 * (docs/domain/data-protection.md, docs/adr/0008). Each module that keeps personal data implements
 * {@link waypoint.shared.personaldata.PersonalDataSource} over its own tables; the dataprotection module collects
 * every source and never reads another module's tables.
 */
package waypoint.shared.personaldata;
