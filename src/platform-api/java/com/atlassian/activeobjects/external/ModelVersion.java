package com.atlassian.activeobjects.external;

/**
 * An integer model version; {@code toString()} is the number. The real class is also {@code Comparable}, with
 * {@code isOlderThan}/{@code isNewerThan}/{@code isSame}: omitted, as only the host compares versions. Like the
 * real class it does not override equals/hashCode.
 */
public final class ModelVersion {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** {@code null} is version 0. */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
