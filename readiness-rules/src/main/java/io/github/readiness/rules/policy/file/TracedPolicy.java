package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.policy.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Policy} plus where each of its values came from ({@code preset silver}, {@code readiness.yaml line 9},
 * {@code POM <configuration>}), and the sources applied, in order. Immutable: every layer returns a copy, later
 * layers overwriting the origins of the values they set.
 */
public final class TracedPolicy {
    /** The origin of every value no source set. */
    public static final String BUILT_IN = "built-in default";

    private final Policy policy;
    private final Map<String, String> origins;
    private final List<String> sources;

    private TracedPolicy(Policy policy, Map<String, String> origins, List<String> sources) {
        this.policy = policy;
        this.origins = Map.copyOf(origins);
        this.sources = List.copyOf(sources);
    }

    /** The built-in policy, every value of {@link #BUILT_IN} origin, no source. */
    public static TracedPolicy of(Policy defaults) {
        return new TracedPolicy(Objects.requireNonNull(defaults, "defaults"), Map.of(), List.of());
    }

    public Policy policy() {
        return policy;
    }

    /** Where a value (named as {@link PolicyValue} names it) came from; {@link #BUILT_IN} when no source set it. */
    public String origin(String value) {
        return origins.getOrDefault(value, BUILT_IN);
    }

    /** The sources applied, in order, each once ({@code preset silver}, {@code readiness.yaml}). */
    public List<String> sources() {
        return sources;
    }

    /** The changed policy, with {@code value} now coming from {@code origin}. */
    public TracedPolicy with(Policy changed, String value, String origin) {
        Map<String, String> copy = new HashMap<>(origins);
        copy.put(value, origin);
        return new TracedPolicy(changed, copy, sources);
    }

    /**
     * The changed policy with a new list of waivers: the origins of the old list's waivers go, each new waiver
     * records its own.
     */
    public TracedPolicy withWaivers(Policy changed, String listOrigin, List<String> waiverOrigins) {
        Map<String, String> copy = new HashMap<>(origins);
        copy.keySet().removeIf(key -> key.startsWith(PolicyValue.WAIVER_PREFIX));
        copy.put(PolicyValue.WAIVERS, listOrigin);
        for (int i = 0; i < waiverOrigins.size(); i++) {
            copy.put(PolicyValue.waiver(i + 1), waiverOrigins.get(i));
        }
        return new TracedPolicy(changed, copy, sources);
    }

    /** This policy with one more source named (a source already named is not repeated). */
    public TracedPolicy withSource(String source) {
        if (sources.contains(source)) {
            return this;
        }
        List<String> copy = new ArrayList<>(sources);
        copy.add(source);
        return new TracedPolicy(policy, origins, copy);
    }
}
