package waypoint.supportcase.web;

import java.util.List;
import java.util.Map;

import waypoint.shared.web.Choice;

/**
 * A simple form page of the support case pages, drawn by {@code supportcase/form.html}: each field a text input,
 * a textarea, radios or a select (its options Choices), with its label, hint, inline error and what was typed.
 */
record Form(String title, String caption, List<String> intro, String action, Map<String, String> hidden,
        List<Field> fields, String button, String back, String backText) {

    record Field(String name, String label, String hint, String kind, List<Choice> options) {

        static Field text(String name, String label, String hint) {
            return new Field(name, label, hint, "text", List.of());
        }

        static Field area(String name, String label, String hint) {
            return new Field(name, label, hint, "area", List.of());
        }

        static Field radios(String name, String label, String hint, List<Choice> options) {
            return new Field(name, label, hint, "radios", options);
        }

        static Field select(String name, String label, String hint, List<Choice> options) {
            return new Field(name, label, hint, "select", options);
        }

        /** The id of the field's input (brackets and dots make poor ids). */
        public String id() {
            return name.replace("[", "-").replace("]", "").replace(".", "-");
        }
    }
}
