package io.github.readiness.rules.rule.security;

import io.github.readiness.rules.evidence.security.VulnerableDependency;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * How a vulnerable dependency is named in findings: "org.springframework:spring-web" with version "5.3.22" for a
 * Maven purl ({@code pkg:maven/g/a@v}) or GAV ({@code g:a:v}, dependency-check 4.x), "bootstrap" (javascript) for
 * other purls, else the scanned file name without a version.
 *
 * @param name what to upgrade, without version
 * @param version the version in use, null when unknown
 * @param maven whether the name is a Maven groupId:artifactId (so dependencyManagement can pin it)
 */
record PackageCoordinates(String name, String version, boolean maven) {

    static PackageCoordinates of(VulnerableDependency dependency) {
        for (String id : dependency.packageIds()) {
            if (id.startsWith("pkg:maven/")) {
                return purl(id);
            }
        }
        for (String id : dependency.packageIds()) {
            if (id.startsWith("pkg:")) {
                return purl(id);
            }
            String[] gav = id.split(":");
            if (gav.length == 3 && !gav[0].isBlank() && !gav[1].isBlank()) {
                return new PackageCoordinates(gav[0] + ":" + gav[1], gav[2], true);
            }
        }
        String file = dependency.fileName() == null ? "unnamed dependency" : dependency.fileName();
        return new PackageCoordinates(file, null, false);
    }

    /** {@code pkg:type/namespace/name@version?qualifiers#subpath}, per the purl spec (components percent-encoded). */
    static PackageCoordinates purl(String purl) {
        String rest = purl.substring("pkg:".length());
        int cut = indexOfAny(rest, '?', '#');
        rest = cut >= 0 ? rest.substring(0, cut) : rest;
        int at = rest.lastIndexOf('@');
        String version = at >= 0 ? decode(rest.substring(at + 1)) : null;
        String path = at >= 0 ? rest.substring(0, at) : rest;
        int slash = path.indexOf('/');
        String type = slash >= 0 ? path.substring(0, slash) : path;
        String[] parts = (slash >= 0 ? path.substring(slash + 1) : "").split("/");
        String name = decode(parts[parts.length - 1]);
        if (type.equals("maven") && parts.length >= 2) {
            return new PackageCoordinates(decode(parts[parts.length - 2]) + ":" + name, version, true);
        }
        String namespace = parts.length >= 2 ? decode(parts[parts.length - 2]) + "/" : "";
        return new PackageCoordinates(namespace + name + " (" + type + ")", version, false);
    }

    /** "org.springframework:spring-web 5.3.22". */
    String display() {
        return version == null ? name : name + " " + version;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
