package waypoint.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import waypoint.notification.web.PlainText.Segment;

class PlainTextTest {

    @Test
    void blank_lines_separate_paragraphs_and_other_line_breaks_are_kept() {
        PlainText text = PlainText.of("Dear Sam,\n\nFirst line\nsecond line\n");

        assertThat(text.paragraphs()).hasSize(2);
        assertThat(text.paragraphs().get(1).lines()).hasSize(2);
    }

    @Test
    void a_web_address_becomes_a_link_without_the_full_stop_after_it() {
        PlainText text = PlainText.of("Open https://w.test/a?token=x_y-z. Then sign in.");

        assertThat(text.paragraphs().get(0).lines().get(0).segments()).containsExactly(
                new Segment("Open ", null),
                new Segment("https://w.test/a?token=x_y-z", "https://w.test/a?token=x_y-z"),
                new Segment(". Then sign in.", null));
    }

    @Test
    void markup_and_other_schemes_stay_text() {
        List<Segment> segments = PlainText.of("<a href=\"javascript:alert(1)\">x</a> javascript:alert(1)")
                .paragraphs().get(0).lines().get(0).segments();

        assertThat(segments).noneMatch(Segment::isLink);
    }
}
