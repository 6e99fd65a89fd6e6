package waypoint.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.support.WaypointTest;

@WaypointTest
class PdfRendererTest {

    @Autowired
    PdfRenderer pdfs;

    @Test
    void a_template_renders_to_a_pdf_that_reads_back_with_its_words() throws IOException {
        byte[] pdf = pdfs.render("shared/pdf-check", Map.of("title", "Training plan", "body", "Signed by Amy & Ben"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Training plan", "Signed by Amy & Ben");
        }
    }
}
