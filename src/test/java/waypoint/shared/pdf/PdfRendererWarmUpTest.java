package waypoint.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * The renderer's warm-up (docs/performance.md, "Funding audit evidence"): what waits for it (the evidence pack's
 * benchmark) is told when the warm-up page has been printed, and not before Waypoint is ready and it has run.
 */
class PdfRendererWarmUpTest {

    @Test
    void the_warm_up_is_done_once_its_page_has_been_printed_after_the_start_and_not_before() throws Exception {
        PdfRenderer renderer = new PdfRenderer(new SpringTemplateEngine());
        CompletableFuture<Void> warmedUp = renderer.warmedUp().toCompletableFuture();
        assertThat(warmedUp).as("not before Waypoint is ready").isNotDone();

        renderer.warmUp();

        warmedUp.get(2, TimeUnit.MINUTES);
        assertThat(warmedUp).isCompletedWithValue(null);
        assertThat(renderer.warmedUp().toCompletableFuture()).as("told at once to whoever asks later").isDone();
    }
}
