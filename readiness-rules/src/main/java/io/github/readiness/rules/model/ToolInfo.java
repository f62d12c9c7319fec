package io.github.readiness.rules.model;

/** The tool that produced a report, as written in readiness.json. */
public record ToolInfo(String name, String version) {}
