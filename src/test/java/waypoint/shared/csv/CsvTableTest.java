package waypoint.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One way to read and write CSV: as spreadsheets save it, in UTF-8 they can open, and safe from formulas. */
class CsvTableTest {

    private static String text(CsvTable table) {
        return new String(table.toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_file_starts_with_the_byte_order_mark_and_its_rows_end_with_crlf() {
        String file = text(CsvTable.withColumns("Apprentice", "Employer").row("Łukasz Nowak", "Şahin & Co"));

        assertThat(file).isEqualTo("\uFEFFApprentice,Employer\r\nŁukasz Nowak,Şahin & Co\r\n");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_written_after_an_apostrophe() {
        String file = text(CsvTable.withColumns("a", "b", "c", "d", "e", "f").row("=HYPERLINK(\"http://x\")",
                "+44 113", "-1+1", "@SUM(A1)", "\tcmd", "fine = ok"));

        assertThat(file).endsWith("\"'=HYPERLINK(\"\"http://x\"\")\",'+44 113,'-1+1,'@SUM(A1),'\tcmd,fine = ok\r\n");
    }

    @Test
    void numbers_and_dates_are_written_as_they_are_even_when_negative() {
        String file = text(CsvTable.withColumns("hours", "date", "none").row(new BigDecimal("-1.5"),
                LocalDate.of(2026, 3, 27), null));

        assertThat(file).endsWith("-1.5,2026-03-27,\r\n");
    }

    @Test
    void cells_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_as_they_were() {
        byte[] bytes = CsvTable.withColumns("name", "note").row("Khan, Amina", "said \"yes\"\nthen left").toBytes();

        List<List<String>> rows = CsvTable.read(new String(bytes, StandardCharsets.UTF_8));

        assertThat(rows).containsExactly(List.of("name", "note"), List.of("Khan, Amina", "said \"yes\"\nthen left"));
    }

    @Test
    void reading_drops_the_byte_order_mark_and_blank_lines_and_takes_lf_or_crlf() {
        assertThat(CsvTable.read("\uFEFFa,b\n\n1,2\r\n,\r\n3,4")).containsExactly(List.of("a", "b"),
                List.of("1", "2"), List.of("3", "4"));
    }

    @Test
    void a_quote_never_closed_is_a_message_a_person_can_act_on() {
        assertThatThrownBy(() -> CsvTable.read("a,b\n\"1,2\n3,4"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a quote is opened and never closed");
    }

    @Test
    void a_streamed_file_is_read_row_by_row_and_reading_stops_when_asked() {
        List<String> seen = new ArrayList<>();
        CsvTable.read(new StringReader("\uFEFFuln,result\n1,a\n2,b\n3,c\n"), (line, cells) -> {
            seen.add(line + ":" + String.join("|", cells));
            return line < 3;
        });

        assertThat(seen).containsExactly("1:uln|result", "2:1|a", "3:2|b");
    }
}
