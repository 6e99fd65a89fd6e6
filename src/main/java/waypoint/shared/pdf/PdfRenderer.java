package waypoint.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf page template to a PDF (openhtmltopdf), so a signed training plan, a review or a report
 * prints from the same words as its page. PDF templates are whole HTML documents with their own small print
 * stylesheet in a {@code <style>} element (PDFs are not served to browsers, so the page CSP does not apply), for
 * example {@code templates/enrolment/training-plan-pdf.html}. Rendered HTML is parsed leniently (jsoup), so a
 * template need not be strict XHTML.
 */
@Service
public class PdfRenderer {

    private final SpringTemplateEngine templates;

    PdfRenderer(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        String html = templates.process(template, context);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
