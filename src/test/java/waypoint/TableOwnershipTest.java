package waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables, and no module's SQL names another module's table (ARCHITECTURE.md, "Module boundaries
 * in the database"). A module owns what its migrations create: a migration is named after its module
 * ({@code V70__enrolment_...}). A module may publish a read-only view for others by commenting it
 * {@code COMMENT ON VIEW name IS 'Published by <module>: ...'}; others may read such a view and nothing else of it.
 * The SQL of a module is every string in its Java code; SQL keywords are written in capitals there.
 *
 * <p>The crossings that were there when this rule was first enforced are listed below, each to be moved to the
 * owner's read API, a published view, or the reporting module. The list only shrinks: a new crossing fails, and so
 * does a listed crossing that has gone (take it off the list).
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CODE = Path.of("src/main/java/waypoint");

    /**
     * The generator of the reference data set for benchmarks (100,000 apprenticeships) writes every module's tables
     * in bulk on purpose: it is not a route by which a provider's record changes, and is not run in the demo.
     */
    private static final String BENCHMARK_DATA = "demo/scale/";

    /** Tables every module may use: the event publication log and the job locks. */
    private static final Set<String> PLATFORM_MODULES = Set.of("platform");

    /** Reads across modules still to be moved, as "module reads table". */
    private static final Set<String> STILL_TO_MOVE = new TreeSet<>();

    private static final Pattern CREATED = Pattern.compile(
            "CREATE\\s+(?:TABLE|VIEW|MATERIALIZED\\s+VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)(?!\\.)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A view published in the schema named after its module (docs/adr/0006). */
    private static final Pattern CREATED_IN_SCHEMA = Pattern.compile(
            "CREATE\\s+(?:OR\\s+REPLACE\\s+)?VIEW\\s+([a-z_]+)\\.([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile(
            "COMMENT\\s+ON\\s+VIEW\\s+([a-z_][a-z0-9_]*)\\s+IS\\s+'Published by ([a-z]+):", Pattern.CASE_INSENSITIVE);
    private static final Pattern MIGRATION_NAME = Pattern.compile("V\\d+(?:_\\d+)?__([a-z]+)_.*\\.sql");
    private static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    record Table(String name, String owner, boolean published) {
    }

    @Test
    void no_module_s_sql_names_a_table_another_module_owns() {
        Map<String, Table> tables = tables();
        Set<String> crossings = new TreeSet<>();
        for (Map.Entry<String, String> code : sqlOfEachModule().entrySet()) {
            String module = code.getKey();
            for (Table table : tables.values()) {
                if (table.owner().equals(module) || table.published() || PLATFORM_MODULES.contains(table.owner())) {
                    continue;
                }
                if (Pattern.compile("\\b(FROM|JOIN|UPDATE|INTO|TABLE)\\s+" + table.name() + "(?![.\\w])")
                        .matcher(code.getValue()).find()) {
                    crossings.add(module + " reads " + table.name());
                }
            }
        }

        Set<String> added = new TreeSet<>(crossings);
        added.removeAll(STILL_TO_MOVE);
        Set<String> gone = new TreeSet<>(STILL_TO_MOVE);
        gone.removeAll(crossings);
        assertThat(added).as("SQL naming another module's table: read through the owner's API or a view it"
                + " publishes instead").isEmpty();
        assertThat(gone).as("crossings moved away: take them off STILL_TO_MOVE").isEmpty();
    }

    @Test
    void every_published_view_is_published_by_the_module_that_creates_it() {
        Map<String, String> creators = new TreeMap<>();
        Map<String, String> publishers = new TreeMap<>();
        forEachMigration((module, sql) -> {
            Matcher created = CREATED.matcher(sql);
            while (created.find()) {
                creators.putIfAbsent(created.group(1).toLowerCase(), module);
            }
            Matcher published = PUBLISHED.matcher(sql);
            while (published.find()) {
                publishers.put(published.group(1).toLowerCase(), published.group(2));
            }
        });
        List<String> wrong = new ArrayList<>();
        publishers.forEach((view, publisher) -> {
            if (!publisher.equals(creators.get(view))) {
                wrong.add(view + " is published by " + publisher + " but created by " + creators.get(view));
            }
        });
        assertThat(publishers).as("the published views").containsKey("learner_apprenticeship");
        assertThat(wrong).isEmpty();
    }

    @Test
    void views_in_a_module_s_schema_are_created_by_that_module_and_readers_name_only_views_that_exist() {
        Set<String> views = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        forEachMigration((module, sql) -> {
            Matcher created = CREATED_IN_SCHEMA.matcher(sql);
            while (created.find()) {
                String schema = created.group(1).toLowerCase();
                views.add(schema + "." + created.group(2).toLowerCase());
                if (!schema.equals(module)) {
                    wrong.add(schema + "." + created.group(2) + " is created by a migration of " + module);
                }
            }
        });
        Set<String> schemas = new TreeSet<>();
        views.forEach(v -> schemas.add(v.substring(0, v.indexOf('.'))));
        assertThat(schemas).as("modules that publish views").contains("organisation", "enrolment", "catalogue",
                "identity");
        Pattern read = Pattern.compile("\\b(?:FROM|JOIN)\\s+(" + String.join("|", schemas) + ")\\.([a-z_]+)\\b");
        sqlOfEachModule().forEach((module, sql) -> {
            Matcher m = read.matcher(sql);
            while (m.find()) {
                if (!views.contains(m.group(1) + "." + m.group(2))) {
                    wrong.add(module + " reads " + m.group(1) + "." + m.group(2) + ", which no migration publishes");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Map<String, Table> tables() {
        Map<String, String> owners = new TreeMap<>();
        Set<String> published = new TreeSet<>();
        forEachMigration((module, sql) -> {
            Matcher created = CREATED.matcher(sql);
            while (created.find()) {
                owners.putIfAbsent(created.group(1).toLowerCase(), module);
            }
            Matcher publishedView = PUBLISHED.matcher(sql);
            while (publishedView.find()) {
                published.add(publishedView.group(1).toLowerCase());
            }
        });
        Map<String, Table> tables = new TreeMap<>();
        owners.forEach((name, owner) -> tables.put(name, new Table(name, owner, published.contains(name))));
        return tables;
    }

    private interface MigrationVisitor {
        void visit(String module, String sql);
    }

    private static void forEachMigration(MigrationVisitor visitor) {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                assertThat(name.matches()).as(file + " is named after its module").isTrue();
                visitor.visit(name.group(1), Files.readString(file).replaceAll("--[^\\n]*", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every string in each module's main code, by module (the first package below waypoint). */
    private static Map<String, String> sqlOfEachModule() {
        Map<String, StringBuilder> code = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CODE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = CODE.relativize(file);
                if (relative.toString().replace('\\', '/').startsWith(BENCHMARK_DATA)) {
                    continue;
                }
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                Matcher strings = STRINGS.matcher(Files.readString(file));
                StringBuilder text = code.computeIfAbsent(module, m -> new StringBuilder());
                while (strings.find()) {
                    text.append(strings.group(1) != null ? strings.group(1) : strings.group(2)).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> sql = new TreeMap<>();
        code.forEach((module, text) -> sql.put(module, text.toString()));
        return sql;
    }
}
