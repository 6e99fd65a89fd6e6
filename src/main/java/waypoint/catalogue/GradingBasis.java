package waypoint.catalogue;

/**
 * What the grading table combines: the grades of the EPA methods, or a holistic scheme's own criteria (ST0122
 * Digital marketer grades “the what / the how / the with whom” across all its methods: DOMAIN.md, EPA grading facts).
 */
public enum GradingBasis {
    METHODS, HOLISTIC
}
