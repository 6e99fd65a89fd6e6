package waypoint.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a Thymeleaf page template to a PDF (openhtmltopdf), so a signed training plan, a review or a report
 * prints from the same words as its page. PDF templates are whole HTML documents with their own small print
 * stylesheet in a {@code <style>} element (PDFs are not served to browsers, so the page CSP does not apply), for
 * example {@code templates/enrolment/training-plan-pdf.html}. Rendered HTML is parsed leniently (jsoup), so a
 * template need not be strict XHTML.
 * <p>
 * Every PDF is tagged (PDF/UA: a structure tree a screen reader follows), declares its language (British English
 * unless the template names another region) and its title, and embeds its fonts: Noto Sans, with WenQuanYi Micro
 * Hei for the letters Noto Sans lacks (Chinese, Japanese, Korean), so every name prints as it is written. The
 * shipped fonts and their licences are in {@code resources/fonts/README.md}.
 */
@Service
public class PdfRenderer {

    static final String LANGUAGE = "en-GB";
    private static final String SANS = "Waypoint Sans";
    private static final String FALLBACK = "Waypoint Fallback";
    /** Every element prints in the embedded fonts, whatever a template's own stylesheet names. */
    private static final String FONTS = "body, body * { font-family: '" + SANS + "', '" + FALLBACK + "' !important; }";

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);

    private final SpringTemplateEngine templates;
    private final byte[] regular = font("NotoSans-Regular.ttf");
    private final byte[] bold = font("NotoSans-Bold.ttf");
    /** A font collection (the proportional face and a monospaced one): the first, proportional, face is used. */
    private final byte[] fallback = font("wqy-microhei.ttc");
    /**
     * The letters Noto Sans draws. A document written only in them is printed without the fallback, whose loading
     * (a font of 30,000 letters) was about a third of the time of a one-page PDF (docs/performance.md). Read from the
     * font on the first PDF (the warm-up page's, after the start), not while Waypoint starts.
     */
    private final SingletonSupplier<BitSet> inSans = SingletonSupplier.of(() -> letters(regular));
    /** Done once the warm-up page has been printed (or could not be): see {@link #warmedUp()}. */
    private final CompletableFuture<Void> warmedUp = new CompletableFuture<>();

    PdfRenderer(SpringTemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        return render(Jsoup.parse(templates.process(template, context)));
    }

    /**
     * Once Waypoint has started, one small page is printed on a background thread, so the first evidence pack or
     * subject access pack someone asks for does not also pay for loading the fonts and the renderer's classes
     * (several seconds on a cold start: docs/performance.md).
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> {
            try {
                render(Jsoup.parse("<html><head><title>Waypoint</title></head><body><h1>Waypoint</h1>"
                        + "<p>Ready to print 名前</p></body></html>"));
            } catch (RuntimeException e) {
                LOG.warn("The PDF renderer could not print its warm-up page: {}", e.toString());
            } finally {
                warmedUp.complete(null);
            }
        }, "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * Completes once the warm-up page has been printed after the start (or failed to print), never before Waypoint is
     * ready: what a benchmark waits for so that its first figure is the first PDF someone asks for once the server is
     * up (docs/performance.md, "Funding audit evidence").
     */
    public CompletionStage<Void> warmedUp() {
        return warmedUp.minimalCompletionStage();
    }

    private byte[] render(Document html) {
        declareLanguageAndTitle(html);
        html.head().appendElement("style").appendText(FONTS);
        boolean fallbackNeeded = needsTheFallback(html);
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                TrueTypeCollection collection = fallbackNeeded ? new TrueTypeCollection(stream(fallback)) : null;
                PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(() -> stream(regular), SANS, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> stream(bold), SANS, 700, FontStyle.NORMAL, true);
            if (fallbackNeeded) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, firstFace(collection), true)),
                        FALLBACK, 400, FontStyle.NORMAL, true);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A template's lang="en" becomes en-GB; a template with no title takes its first heading's; a template with no
     * subject is described by its title (PDF/UA asks for a document description, read from the subject, as well as a
     * title).
     */
    private static void declareLanguageAndTitle(Document html) {
        String lang = html.selectFirst("html").attr("lang");
        if (lang.isBlank() || lang.equalsIgnoreCase("en")) {
            html.selectFirst("html").attr("lang", LANGUAGE);
        }
        if (html.title().isBlank()) {
            var heading = html.selectFirst("h1");
            html.title(heading != null ? heading.text() : "Waypoint");
        }
        if (html.selectFirst("meta[name=subject]") == null) {
            html.head().appendElement("meta").attr("name", "subject").attr("content", html.title());
        }
    }

    /** Whether the document's words (its title among them) have a letter Noto Sans does not draw. */
    boolean needsTheFallback(Document html) {
        return html.text().codePoints().anyMatch(c -> !inSans.obtain().get(c) && !Character.isWhitespace(c)
                && !Character.isISOControl(c));
    }

    /** The letters a font draws (those its Unicode character map gives a glyph). */
    private static BitSet letters(byte[] font) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            BitSet letters = new BitSet();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (cmap.getGlyphId(c) > 0) {
                    letters.set(c);
                }
            }
            return letters;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont firstFace(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(face -> {
            if (first[0] == null) {
                first[0] = face;
            }
        });
        return first[0];
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String file) {
        try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
