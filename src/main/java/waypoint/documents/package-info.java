/**
 * The provider's own documents: the learner handbook, the complaints policy and the support policy, written or
 * uploaded by administrators in versions that are never changed once published, read by staff, apprentices and
 * employers at any time; other modules name and link the version a person signed or a workflow follows
 * (docs/domain/provider-documents.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package waypoint.documents;
