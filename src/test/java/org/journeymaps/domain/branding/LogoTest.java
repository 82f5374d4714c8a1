package org.journeymaps.domain.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.journeymaps.domain.kernel.InvalidFieldException;
import org.journeymaps.domain.kernel.LimitExceededException;
import org.junit.jupiter.api.Test;

class LogoTest {
    static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG_HEADER = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};

    @Test
    void readsTheTypeFromTheFirstBytes() {
        assertThat(Logo.of(PNG_HEADER).mediaType()).isEqualTo("image/png");
        assertThat(Logo.of(JPEG_HEADER).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void refusesSvgGifAndEmptyBodiesNamingTheLogo() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] wrong : new byte[][] {svg, "GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[0], null}) {
            assertThatThrownBy(() -> Logo.of(wrong))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("logo"));
        }
    }

    @Test
    void acceptsUpTo256KilobytesAndRefusesMoreAsALimit() {
        assertThat(Logo.of(padded(Logo.MAX_BYTES)).bytes()).hasSize(Logo.MAX_BYTES);
        assertThatThrownBy(() -> Logo.of(padded(Logo.MAX_BYTES + 1)))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> assertThat(e.field()).isEqualTo("logo"));
    }

    private static byte[] padded(int size) {
        return Arrays.copyOf(PNG_HEADER, size);
    }
}
