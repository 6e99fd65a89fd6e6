package waypoint.admissions.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A course page's words as an administrator typed them, as blocks to show: paragraphs separated by a blank line,
 * and lists where every line of a block starts with "- ". Shown as text, never as markup.
 */
@Component("admissionsText")
public class AdmissionsText {

    public record Block(boolean list, List<String> lines) {
    }

    public List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            List<String> lines = Arrays.stream(block.split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                    .toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(l -> l.startsWith("- "))) {
                blocks.add(new Block(true, lines.stream().map(l -> l.substring(2).strip()).toList()));
            } else {
                blocks.add(new Block(false, List.of(String.join(" ", lines))));
            }
        }
        return blocks;
    }
}
