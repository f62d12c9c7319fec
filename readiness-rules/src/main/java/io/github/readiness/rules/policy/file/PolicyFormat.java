package io.github.readiness.rules.policy.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.readiness.rules.policy.PolicyException;
import java.util.Locale;

/** The two spellings of a policy file, told by the file name's extension. */
public enum PolicyFormat {
    /** {@code .yaml} or {@code .yml}. */
    YAML(new YAMLFactory()),
    /** {@code .json}: read with the JSON parser, so JSON's stricter syntax errors are reported as such. */
    JSON(new JsonFactory());

    private final JsonFactory factory;

    PolicyFormat(JsonFactory factory) {
        this.factory = factory;
    }

    JsonFactory factory() {
        return factory;
    }

    /** The format of a file or resource name; any other extension is an error naming the accepted ones. */
    public static PolicyFormat of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        if (lower.endsWith(".json")) {
            return JSON;
        }
        throw new PolicyException(name + " is not a policy file: use a name ending in .yaml, .yml or .json");
    }
}
