package org.journeymaps.ao.branding;

import org.journeymaps.ao.AoRepositoryTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.java.ao.Query;
import org.journeymaps.domain.branding.HexColour;
import org.journeymaps.domain.branding.Logo;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;
import org.junit.jupiter.api.Test;

class AoBrandingStoreTest extends AoRepositoryTest {
    private static final Palette RED = new Palette(new HexColour("#AA0000"),
            List.of(new HexColour("#FFEEEE"), new HexColour("#CC3333"), new HexColour("#660000")));
    private static final byte[] PNG = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 300);

    @Test
    void keepsOneBrandingPerSpaceAndRaisesItsVersionOnEveryWrite() {
        AoBrandingStore store = new AoBrandingStore(ao);
        assertThat(store.find(SPACE)).isEmpty();

        store.savePalette(SPACE, true, RED);
        store.saveLogo(SPACE, Logo.of(PNG));
        SpaceBranding saved = store.savePalette(SPACE, false, RED);

        assertThat(saved).isEqualTo(new SpaceBranding(SPACE, false, RED, true, 3));
        assertThat(store.find(SPACE)).contains(saved);
        assertThat(store.find("OTHER")).isEmpty();
        assertThat(ao.count(AoSpaceBranding.class, Query.select())).isEqualTo(1);
    }

    @Test
    void storesTheLogoApartAndRemovesIt() {
        AoBrandingStore store = new AoBrandingStore(ao);
        store.saveLogo(SPACE, Logo.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}));
        store.saveLogo(SPACE, Logo.of(PNG));

        assertThat(store.logo(SPACE)).contains(Logo.of(PNG));
        assertThat(store.find(SPACE)).hasValueSatisfying(b -> assertThat(b.palette()).isEqualTo(Palette.DEFAULT));

        SpaceBranding without = store.saveLogo(SPACE, null);
        assertThat(without.hasLogo()).isFalse();
        assertThat(store.logo(SPACE)).isEmpty();
        assertThat(ao.count(AoSpaceLogo.class, Query.select())).isZero();
    }
}
