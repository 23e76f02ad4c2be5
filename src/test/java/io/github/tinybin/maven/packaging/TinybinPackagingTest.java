package io.github.tinybin.maven.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.handler.ArtifactHandler;
import org.apache.maven.lifecycle.mapping.Lifecycle;
import org.apache.maven.lifecycle.mapping.LifecycleMapping;
import org.junit.jupiter.api.Test;

class TinybinPackagingTest {
    @Test
    void lifecycleBindsBuildInstallDeployInFullCoordinates() {
        LifecycleMapping mapping = new TinybinLifecycleMappingProvider().get();
        Lifecycle lifecycle = mapping.getLifecycles().get("default");
        Map<String, String> phases = org.apache.maven.lifecycle.mapping.LifecyclePhase.toLegacyMap(
                lifecycle.getLifecyclePhases());
        assertEquals(List.of("package", "install", "deploy"), List.copyOf(phases.keySet()));
        assertEquals("io.github.tinybin:tinybin-maven-plugin:" + io.github.tinybin.build.Version.get() + ":build",
                phases.get("package"));
        assertEquals("org.apache.maven.plugins:maven-install-plugin:3.1.4:install", phases.get("install"));
        assertEquals("org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy", phases.get("deploy"));
        assertNull(mapping.getLifecycles().get("clean"), "clean and site keep Maven's defaults");
    }

    @Test
    void artifactHandlerStoresAnExeOnNoClasspath() {
        ArtifactHandler handler = new TinybinArtifactHandlerProvider().get();
        assertEquals("exe", handler.getExtension());
        assertEquals("tinybin", handler.getPackaging());
        assertNull(handler.getClassifier());
        assertFalse(handler.isAddedToClasspath());
        assertFalse(handler.isIncludesDependencies());
    }

    @Test
    void sisuIndexListsBothComponents() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/sisu/javax.inject.Named")) {
            String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(List.of(TinybinArtifactHandlerProvider.class.getName(),
                    TinybinLifecycleMappingProvider.class.getName()), index.lines().toList());
        }
    }

    @Test
    void classFilesAreReadableByTheScannerOfMavenBefore39() throws IOException {
        // Sisu 0.3.x (Maven 3.6-3.8) rejects class files above major version 58 (Java 14)
        for (Class<?> c : new Class<?>[] {TinybinPackaging.class, TinybinLifecycleMappingProvider.class,
                TinybinArtifactHandlerProvider.class}) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                byte[] head = in.readNBytes(8);
                int major = (head[6] & 0xff) << 8 | head[7] & 0xff;
                assertEquals(55, major, c.getName());
            }
        }
    }
}
