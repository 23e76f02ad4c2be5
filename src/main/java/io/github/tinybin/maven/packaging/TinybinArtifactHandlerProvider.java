package io.github.tinybin.maven.packaging;

import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.apache.maven.artifact.handler.ArtifactHandler;

/**
 * How Maven stores the main artifact of {@code <packaging>tinybin</packaging>}: an executable with
 * extension {@code exe}, on no classpath.
 */
@Singleton
@Named(TinybinPackaging.PACKAGING)
public final class TinybinArtifactHandlerProvider implements Provider<ArtifactHandler> {
    private final ArtifactHandler handler = new ExecutableHandler();

    @Override
    public ArtifactHandler get() {
        return handler;
    }

    private static final class ExecutableHandler implements ArtifactHandler {
        @Override
        public String getExtension() {
            return TinybinPackaging.EXTENSION;
        }

        @Override
        public String getDirectory() {
            return null;
        }

        @Override
        public String getClassifier() {
            return null;
        }

        @Override
        public String getPackaging() {
            return TinybinPackaging.PACKAGING;
        }

        @Override
        public boolean isIncludesDependencies() {
            return false;
        }

        @Override
        public String getLanguage() {
            return "none";
        }

        @Override
        public boolean isAddedToClasspath() {
            return false;
        }
    }
}
