package waypoint.catalogue;

import java.util.List;

/** Something the grading table combines: an EPA method, or a criterion of a holistic scheme, with its grades. */
public record GradedComponent(String name, List<String> grades) {

    public GradedComponent {
        grades = List.copyOf(grades);
    }
}
