package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.build.PomMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.IssueManagement;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Scm;

/**
 * The project metadata part of the {@link io.github.readiness.rules.evidence.build.BuildModel} (name, description, URL, licenses, SCM, issue tracker), apart
 * from {@link BuildModelFactory} because it reads the descriptive POM elements, not the build's artifacts.
 */
final class PomMetadataFactory {
    private PomMetadataFactory() {}

    /** The metadata, noting which elements come from a parent outside the project ({@link PomLocations#foreignModel}). */
    static PomMetadata metadata(Model model, PomLocations locations) {
        PomMetadata own = metadata(model);
        Map<String, String> outside = new HashMap<>();
        String groupId = model.getGroupId() != null
                ? model.getGroupId()
                : model.getParent() == null ? "" : model.getParent().getGroupId();
        Map<String, InputLocation> elements = new java.util.LinkedHashMap<>();
        elements.put("name", model.getLocation("name"));
        elements.put("description", model.getLocation("description"));
        elements.put("url", model.getLocation("url"));
        elements.put("scm", model.getScm() == null ? null : model.getScm().getLocation(""));
        elements.put(
                "issueManagement",
                model.getIssueManagement() == null
                        ? null
                        : model.getIssueManagement().getLocation(""));
        elements.forEach((element, location) -> {
            String foreign = locations.foreignModel(location, groupId);
            if (foreign != null) {
                outside.put(element, foreign);
            }
        });
        return new PomMetadata(
                own.name(), own.description(), own.url(), own.licenses(), own.scm(), own.issueManagement(), outside);
    }

    static PomMetadata metadata(Model model) {
        List<String> licenses = new ArrayList<>();
        for (License license : model.getLicenses()) {
            String shown = firstNonBlank(license.getName(), license.getUrl());
            if (shown != null) {
                licenses.add(shown);
            }
        }
        Scm scm = model.getScm();
        IssueManagement issues = model.getIssueManagement();
        return new PomMetadata(
                PomLocations.blankToNull(model.getName()),
                PomLocations.blankToNull(model.getDescription()),
                PomLocations.blankToNull(model.getUrl()),
                licenses,
                scm == null ? null : firstNonBlank(scm.getConnection(), scm.getDeveloperConnection(), scm.getUrl()),
                issues == null ? null : firstNonBlank(issues.getUrl(), issues.getSystem()));
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            String text = PomLocations.blankToNull(value);
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
