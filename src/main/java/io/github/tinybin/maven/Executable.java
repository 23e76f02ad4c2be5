package io.github.tinybin.maven;

import java.io.File;

/**
 * One entry of {@code <executables>}: settings for one program. Every field is optional; what is
 * left out comes from the plugin-wide parameter of the same name.
 */
public class Executable {
    /** The assembly source; relative paths are relative to the project directory. Omitted: the built-in program. */
    private File source;
    /** The file name written to the output directory. Default: the source's base name, or the artifactId. */
    private String name;
    /** The entry symbol. Default: the plugin's {@code entry} parameter. */
    private String entry;
    /** The ELF layout. Default: the plugin's {@code layout} parameter. */
    private String layout;
    /** The classifier it is attached with. Default: {@code linux-x86_64} for the main program, else {@code NAME-linux-x86_64}. */
    private String classifier;

    public File getSource() {
        return source;
    }

    public void setSource(File source) {
        this.source = source;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getLayout() {
        return layout;
    }

    public void setLayout(String layout) {
        this.layout = layout;
    }

    public String getClassifier() {
        return classifier;
    }

    public void setClassifier(String classifier) {
        this.classifier = classifier;
    }
}
