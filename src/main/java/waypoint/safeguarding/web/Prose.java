package waypoint.safeguarding.web;

import java.util.Arrays;
import java.util.List;

/**
 * Text the provider writes, shown as GOV.UK paragraphs and bullet lists without letting it carry HTML: blank lines
 * separate blocks, and a block whose lines all start "- " is a list.
 */
record Prose(List<String> lines, boolean list) {

    static List<Prose> of(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(b -> !b.isEmpty())
                .map(block -> {
                    List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                    boolean list = lines.stream().allMatch(l -> l.startsWith("- "));
                    return list ? new Prose(lines.stream().map(l -> l.substring(2).strip()).toList(), true)
                            : new Prose(List.of(String.join(" ", lines)), false);
                })
                .toList();
    }
}
