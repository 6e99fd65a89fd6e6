/**
 * The ILR, the provider's monthly data return, as a file format: its collection years and their official schemas and
 * validation rules, the record of a learner as the file carries it ({@link waypoint.ilr.IlrLearner}), and the reading
 * and writing of files. It knows nothing of Waypoint's own records: the reporting module builds the return from
 * them, and an import from another system reads a file with it (docs/domain/ilr.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package waypoint.ilr;
