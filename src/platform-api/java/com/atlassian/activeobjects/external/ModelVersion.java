package com.atlassian.activeobjects.external;

/**
 * An integer model version. Like the real class it does not override equals/hashCode: compare with
 * {@link #compareTo} or {@link #isOlderThan}.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** {@code null} is version 0. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
