package waypoint.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A written document as blocks a page can show: headings ({@code #}, {@code ##}, {@code ###} at the start of a
 * line), bulleted lists ({@code -}, {@code *} or {@code •}) and paragraphs (separated by blank lines; a paragraph's
 * own line breaks are kept). Nothing in the text is ever treated as markup: the page escapes every block, so a
 * pasted {@code <script>} is shown as typed, and simple tags pasted from a word processor ({@code <b>}) are dropped.
 */
record DocumentText(List<Block> blocks) {

    enum Type {
        HEADING, SUBHEADING, PARAGRAPH, BULLETS
    }

    record Block(Type type, String text, List<String> items) {
    }

    private static final Pattern SIMPLE_TAG = Pattern.compile("</?(b|i|u|strong|em|br)\\s*/?>", Pattern.CASE_INSENSITIVE);

    static DocumentText of(String body) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String raw : SIMPLE_TAG.matcher(body).replaceAll("").split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("#")) {
                flush(blocks, paragraph, bullets);
                int level = (int) line.chars().takeWhile(c -> c == '#').count();
                String text = line.substring(level).strip();
                if (!text.isEmpty()) {
                    blocks.add(new Block(level <= 2 ? Type.HEADING : Type.SUBHEADING, text, List.of()));
                }
            } else if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
                if (!paragraph.isEmpty()) {
                    flush(blocks, paragraph, List.of());
                }
                bullets.add(line.substring(2).strip());
            } else if (line.isEmpty()) {
                flush(blocks, paragraph, bullets);
            } else {
                if (!bullets.isEmpty()) {
                    flush(blocks, List.of(), bullets);
                }
                paragraph.add(line.replace('\t', ' '));
            }
        }
        flush(blocks, paragraph, bullets);
        return new DocumentText(List.copyOf(blocks));
    }

    private static void flush(List<Block> blocks, List<String> paragraph, List<String> bullets) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(Type.PARAGRAPH, String.join("\n", paragraph), List.of()));
            paragraph.clear();
        }
        if (!bullets.isEmpty()) {
            blocks.add(new Block(Type.BULLETS, "", List.copyOf(bullets)));
            bullets.clear();
        }
    }
}
