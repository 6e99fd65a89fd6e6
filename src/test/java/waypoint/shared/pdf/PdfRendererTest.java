package waypoint.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.support.WaypointTest;

@WaypointTest
class PdfRendererTest {

    /** Names as people write them: Polish, Turkish, Vietnamese, Greek, Chinese, Japanese and Korean letters. */
    private static final String NAMES = "Łucja Şahin, Nguyễn Thị Ánh, Ωmega Öztürk, 王小明, 山田ひろし, 김민준";

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

    @Test
    void every_name_prints_in_embedded_fonts_and_reads_back_as_written() throws IOException {
        byte[] pdf = pdfs.render("shared/pdf-check", Map.of("title", "Signed by", "body", NAMES));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(NAMES);
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s is embedded", font.getName()).isTrue();
                assertThat(font).isInstanceOf(PDType0Font.class);
            });
            assertThat(fonts).extracting(PDFont::getName)
                    .anyMatch(name -> name.contains("NotoSans"))
                    .anyMatch(name -> name.contains("MicroHei"));
        }
    }

    @Test
    void a_document_in_letters_noto_sans_draws_is_printed_without_loading_the_fallback() throws IOException {
        String latinGreekAndVietnamese = "Łucja Şahin, Nguyễn Thị Ánh, Ωmega Öztürk";
        byte[] pdf = pdfs.render("shared/pdf-check", Map.of("title", "Signed by", "body", latinGreekAndVietnamese));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains(latinGreekAndVietnamese);
            assertThat(fonts(document)).extracting(PDFont::getName).isNotEmpty()
                    .allMatch(name -> name.contains("NotoSans"));
        }
        assertThat(pdfs.needsTheFallback(Jsoup.parse("<p>" + latinGreekAndVietnamese + "</p>"))).isFalse();
        assertThat(pdfs.needsTheFallback(Jsoup.parse("<p>Signed by 王小明</p>"))).isTrue();
        assertThat(pdfs.needsTheFallback(Jsoup.parse("<title>김민준</title><p>Signed</p>"))).as("in the title").isTrue();
    }

    @Test
    void a_pdf_is_tagged_and_declares_british_english_its_title_and_description() throws IOException {
        byte[] pdf = pdfs.render("shared/pdf-check", Map.of("title", "Progress review 3", "body", "Notes"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Progress review 3");
            assertThat(document.getDocumentInformation().getSubject()).isEqualTo("Progress review 3");
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
