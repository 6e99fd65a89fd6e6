package waypoint.catalogue.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Comma-separated lists typed into forms: grades (“Fail, Pass, Distinction”) and KSB codes (“K1, S2”). */
final class GradeLists {

    private GradeLists() {
    }

    static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Grades: each 100 characters or fewer, none repeated, without '|' (the grading table keeps combinations with it). */
    static List<String> grades(FormErrors errors, String field, String typed, String what) {
        List<String> grades = split(typed);
        Set<String> seen = new HashSet<>();
        for (String grade : grades) {
            if (grade.length() > 100 || grade.contains("|")) {
                errors.add(field, what + " must be names of 100 characters or fewer, separated by commas, without '|'");
                return List.of();
            }
            if (!seen.add(grade.toLowerCase(Locale.ROOT))) {
                errors.add(field, what + " must not repeat '" + grade + "'");
                return List.of();
            }
        }
        return grades;
    }

    static List<String> ksbCodes(FormErrors errors, String field, String typed) {
        List<String> codes = new ArrayList<>();
        for (String code : split(typed)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!upper.matches("[KSB][1-9]\\d{0,2}")) {
                errors.add(field, "KSB codes must look like K1, S2 or B3, separated by commas");
                return List.of();
            }
            if (!codes.contains(upper)) {
                codes.add(upper);
            }
        }
        return codes;
    }
}
