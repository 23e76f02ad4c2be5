package io.github.tinybin.maven;

/** A configuration value that cannot be used; the message names the parameter, the value and what is allowed. */
final class ConfigurationProblem extends Exception {
    ConfigurationProblem(String message) {
        super(message, null, false, false);
    }

    static ConfigurationProblem invalid(String parameter, String property, Object value, String allowed) {
        return new ConfigurationProblem("Invalid value '" + value + "' for parameter '" + parameter + "'"
                + (property == null ? "" : " (property " + property + ")") + ": " + allowed);
    }
}
