package org.journeymaps.devhost.descriptor;

/**
 * A {@code <resource type="download">}: served under {@code /download/resources/…}. A name ending in
 * {@code /} stands for a whole folder. {@code contentType} is the optional {@code content-type} param.
 */
public record DownloadResource(String name, String location, String contentType) {

    public boolean isFolder() {
        return name.endsWith("/");
    }
}
