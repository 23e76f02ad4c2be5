package io.github.tinybin.maven.packaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Named;
import javax.inject.Provider;
import javax.inject.Singleton;
import org.apache.maven.lifecycle.mapping.Lifecycle;
import org.apache.maven.lifecycle.mapping.LifecycleMapping;
import org.apache.maven.lifecycle.mapping.LifecyclePhase;

/**
 * The default lifecycle of {@code <packaging>tinybin</packaging>} (loaded when the plugin is declared
 * with {@code <extensions>true</extensions>}): {@code package} builds the executables, {@code install}
 * and {@code deploy} publish them with the pom. Goals are in full coordinates with versions, since
 * Maven resolves no {@code prefix:goal} here and would otherwise warn about unpinned plugins.
 */
@Singleton
@Named(TinybinPackaging.PACKAGING)
public final class TinybinLifecycleMappingProvider implements Provider<LifecycleMapping> {
    static final String INSTALL = "org.apache.maven.plugins:maven-install-plugin:3.1.4:install";
    static final String DEPLOY = "org.apache.maven.plugins:maven-deploy-plugin:3.1.4:deploy";

    private final LifecycleMapping mapping = new Mapping();

    @Override
    public LifecycleMapping get() {
        return mapping;
    }

    private static final class Mapping implements LifecycleMapping {
        private final Map<String, Lifecycle> lifecycles;

        Mapping() {
            Map<String, LifecyclePhase> phases = new LinkedHashMap<>();
            phases.put("package", new LifecyclePhase(TinybinPackaging.buildGoal()));
            phases.put("install", new LifecyclePhase(INSTALL));
            phases.put("deploy", new LifecyclePhase(DEPLOY));
            Lifecycle lifecycle = new Lifecycle();
            lifecycle.setId("default");
            lifecycle.setLifecyclePhases(phases);
            lifecycles = Collections.singletonMap(lifecycle.getId(), lifecycle);
        }

        @Override
        public Map<String, Lifecycle> getLifecycles() {
            return lifecycles;
        }

        @Override
        @Deprecated
        public List<String> getOptionalMojos(String lifecycle) {
            return Collections.emptyList();
        }

        @Override
        @Deprecated
        public Map<String, String> getPhases(String lifecycle) {
            Lifecycle l = lifecycles.get(lifecycle);
            return l == null ? null : LifecyclePhase.toLegacyMap(l.getLifecyclePhases());
        }
    }
}
