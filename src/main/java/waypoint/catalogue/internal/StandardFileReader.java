package waypoint.catalogue.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a file of standards in the Skills England (formerly IfATE) apprenticeship standards API shape: a JSON array
 * of standards, or one standard object (docs/domain/standards-and-assessment-plans.md, “Standards data”; field
 * names as SkillsFundingAgency/das-courses-api `ImportTypes/SkillsEngland/Apprenticeship.cs`). Every standard is checked and every problem
 * reported; a file with any problem is rejected whole.
 */
public final class StandardFileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public List<ImportedStandard> read(String content) {
        JsonNode root = parse(content);
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.values().forEach(nodes::add);
        } else if (root.isObject()) {
            nodes.add(root);
        } else {
            throw new StandardFileRejectedException("file",
                    "The file must hold a standard (a JSON object) or a list of standards (a JSON array)");
        }
        if (nodes.isEmpty()) {
            throw new StandardFileRejectedException("file", "The file holds no standards");
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportedStandard> standards = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            StandardNodeReader reader = new StandardNodeReader(nodes.get(i), i, problems);
            reader.read().ifPresent(standard -> {
                if (!seen.add(standard.label())) {
                    problems.add(new ImportProblem(standard.referenceNumber() + ".version", standard.referenceNumber()
                            + ": version " + standard.version() + " appears more than once in the file"));
                }
                standards.add(standard);
            });
        }
        if (!problems.isEmpty()) {
            throw new StandardFileRejectedException(problems);
        }
        return standards;
    }

    private static JsonNode parse(String content) {
        if (content == null || content.isBlank()) {
            throw new StandardFileRejectedException("file", "The file is empty");
        }
        try {
            return JSON.readTree(content);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new StandardFileRejectedException("file", "The file is not valid JSON" + where);
        }
    }
}
