package waypoint.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text (an email body) as paragraphs of lines of text and links, so a page can show it with th:text and
 * th:href only: nothing in the text is ever rendered as HTML, yet its web addresses can be followed.
 */
public record PlainText(List<Paragraph> paragraphs) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]'";

    public record Paragraph(List<Line> lines) {
    }

    public record Line(List<Segment> segments) {
    }

    /** Text, or a link when {@code href} is set. */
    public record Segment(String text, String href) {

        public boolean isLink() {
            return href != null;
        }
    }

    public static PlainText of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String block : text.strip().replace("\r\n", "\n").split("\n\\s*\n")) {
            paragraphs.add(new Paragraph(block.lines().map(PlainText::line).toList()));
        }
        return new PlainText(paragraphs);
    }

    private static Line line(String line) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = URL.matcher(line);
        int at = 0;
        while (matcher.find()) {
            String url = trimTrailingPunctuation(matcher.group());
            if (matcher.start() > at) {
                segments.add(new Segment(line.substring(at, matcher.start()), null));
            }
            segments.add(new Segment(url, url));
            at = matcher.start() + url.length();
        }
        if (at < line.length()) {
            segments.add(new Segment(line.substring(at), null));
        }
        return new Line(segments);
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
