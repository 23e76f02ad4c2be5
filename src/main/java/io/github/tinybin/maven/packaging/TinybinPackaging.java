package io.github.tinybin.maven.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Names shared by the components of {@code <packaging>tinybin</packaging>}.
 *
 * <p>This package is compiled for Java 11 and uses nothing else of the plugin: Maven before 3.9
 * reads {@code @Named} classes with a bytecode scanner that rejects class files newer than Java 14,
 * and would silently not find the packaging.
 */
public final class TinybinPackaging {
    /** The packaging name, also the hint of the lifecycle mapping and the artifact handler. */
    public static final String PACKAGING = "tinybin";
    /** The extension of the main artifact, and the type executables are attached with. */
    public static final String EXTENSION = "exe";

    private TinybinPackaging() {
    }

    /** The plugin's own coordinates with its version, as the lifecycle mapping must name the build goal. */
    static String buildGoal() {
        return "io.github.tinybin:tinybin-maven-plugin:" + pluginVersion() + ":build";
    }

    private static String pluginVersion() {
        try (InputStream in = TinybinPackaging.class.getResourceAsStream("/META-INF/tinybin/version.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin jar is missing META-INF/tinybin/version.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
