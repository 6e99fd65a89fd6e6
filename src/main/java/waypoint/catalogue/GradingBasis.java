package waypoint.catalogue;

/**
 * What the grading table combines: the grades of the EPA methods, or a holistic scheme's own criteria (ST0122
 * Digital marketer grades “the what / the how / the with whom” across all its methods:
 * docs/domain/standards-and-assessment-plans.md, Grading).
 */
public enum GradingBasis {
    METHODS, HOLISTIC
}
