package waypoint.catalogue.internal;

/**
 * One thing wrong with a standards file: the field (“ST0116.level”, “file”) and a sentence that names the standard
 * and the field (“ST0116: field 'level' must be a whole number”).
 */
public record ImportProblem(String field, String message) {
}
