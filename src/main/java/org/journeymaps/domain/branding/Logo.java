package org.journeymaps.domain.branding;

import java.util.Arrays;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.LimitExceededException;

/**
 * A space's logo: PNG or JPEG only, at most 256 KB, its type read from its first bytes (never from what the
 * client claims). SVG is refused on purpose: it can carry scripts.
 */
public record Logo(String mediaType, byte[] bytes) {

    public static final int MAX_BYTES = 256 * 1024;
    public static final String FIELD = "logo";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    public Logo {
        bytes = bytes.clone();
    }

    /** The logo in {@code bytes}; too big is a limit error, anything but PNG or JPEG an invalid field. */
    public static Logo of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidFieldException(FIELD, "must be a PNG or JPEG image");
        }
        if (bytes.length > MAX_BYTES) {
            throw new LimitExceededException(FIELD, MAX_BYTES);
        }
        if (startsWith(bytes, PNG)) {
            return new Logo("image/png", bytes);
        }
        if (startsWith(bytes, JPEG)) {
            return new Logo("image/jpeg", bytes);
        }
        throw new InvalidFieldException(FIELD, "must be a PNG or JPEG image");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && mediaType.equals(logo.mediaType) && Arrays.equals(bytes, logo.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
