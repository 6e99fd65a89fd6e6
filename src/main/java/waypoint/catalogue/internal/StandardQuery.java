package waypoint.catalogue.internal;

/**
 * A search of the catalogue's latest versions: text in the reference or title, a level, a status, a sort and a page.
 */
public record StandardQuery(String text, Integer level, String status, Sort sort, boolean descending, int page, int size) {

    public enum Sort {
        REFERENCE("reference_number"), TITLE("lower(title)"), LEVEL("level");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    public StandardQuery {
        text = text == null ? "" : text.strip();
        status = status == null ? "" : status.strip();
        sort = sort == null ? Sort.REFERENCE : sort;
        page = Math.max(0, page);
        size = size < 1 ? 25 : Math.min(size, 100);
    }
}
