package io.github.tinybin.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's own version, as Maven stamped it into the jar's resources. */
public final class Version {
    private static final String RESOURCE = "/META-INF/tinybin/version.properties";
    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            // unfiltered (run from an IDE without Maven's resource processing)
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
