package org.journeymaps.ao.branding;

import org.journeymaps.ao.kernel.RowValues;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.java.ao.Query;
import org.journeymaps.app.branding.BrandingStore;
import org.journeymaps.domain.branding.HexColour;
import org.journeymaps.domain.branding.Logo;
import org.journeymaps.domain.branding.Palette;
import org.journeymaps.domain.branding.SpaceBranding;

/** The branding port over Active Objects: a row per space that saved branding, and one per logo. */
@Named
public class AoBrandingStore implements BrandingStore {
    private static final String SPACE = "SPACE_KEY = ?";

    private final ActiveObjects ao;

    @Inject
    public AoBrandingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<SpaceBranding> find(String spaceKey) {
        return ao.executeInTransaction(() -> row(spaceKey).map(AoBrandingStore::toDomain));
    }

    @Override
    public SpaceBranding savePalette(String spaceKey, boolean enabled, Palette palette) {
        return write(spaceKey, row -> {
            row.setEnabled(enabled);
            setPalette(row, palette);
        });
    }

    @Override
    public SpaceBranding saveLogo(String spaceKey, Logo logo) {
        return write(spaceKey, row -> {
            ao.deleteWithSQL(AoSpaceLogo.class, SPACE, spaceKey);
            row.setLogoType(logo == null ? null : logo.mediaType());
            if (logo != null) {
                ao.create(AoSpaceLogo.class, new RowValues()
                        .with("SPACE_KEY", spaceKey)
                        .with("MEDIA_TYPE", logo.mediaType())
                        .with("DATA", Base64.getEncoder().encodeToString(logo.bytes()))
                        .toMap());
            }
        });
    }

    @Override
    public Optional<Logo> logo(String spaceKey) {
        return ao.executeInTransaction(() -> {
            AoSpaceLogo[] rows = ao.find(AoSpaceLogo.class, Query.select().where(SPACE, spaceKey).limit(1));
            return rows.length == 0 ? Optional.empty()
                    : Optional.of(Logo.of(Base64.getDecoder().decode(rows[0].getData())));
        });
    }

    /** Changes the space's row (created with the default palette, off, when missing) and raises its version. */
    private SpaceBranding write(String spaceKey, Consumer<AoSpaceBranding> change) {
        return ao.executeInTransaction(() -> {
            AoSpaceBranding row = row(spaceKey).orElseGet(() -> create(spaceKey));
            change.accept(row);
            row.setEditVersion(row.getEditVersion() + 1);
            row.save();
            return toDomain(row);
        });
    }

    private AoSpaceBranding create(String spaceKey) {
        List<HexColour> phases = Palette.DEFAULT.phases();
        return ao.create(AoSpaceBranding.class, new RowValues()
                .with("SPACE_KEY", spaceKey)
                .with("ENABLED", false)
                .with("BRAND_COLOUR", Palette.DEFAULT.brand().hex())
                .with("PHASE1_COLOUR", phases.get(0).hex())
                .with("PHASE2_COLOUR", phases.get(1).hex())
                .with("PHASE3_COLOUR", phases.get(2).hex())
                .with("EDIT_VERSION", 0L)
                .toMap());
    }

    /** The space's row; the oldest if two admins' first saves raced. */
    private Optional<AoSpaceBranding> row(String spaceKey) {
        AoSpaceBranding[] rows = ao.find(AoSpaceBranding.class,
                Query.select().where(SPACE, spaceKey).order("ID").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void setPalette(AoSpaceBranding row, Palette palette) {
        row.setBrandColour(palette.brand().hex());
        row.setPhase1Colour(palette.phases().get(0).hex());
        row.setPhase2Colour(palette.phases().get(1).hex());
        row.setPhase3Colour(palette.phases().get(2).hex());
    }

    private static SpaceBranding toDomain(AoSpaceBranding row) {
        Palette palette = new Palette(new HexColour(row.getBrandColour()), List.of(new HexColour(row.getPhase1Colour()),
                new HexColour(row.getPhase2Colour()), new HexColour(row.getPhase3Colour())));
        return new SpaceBranding(row.getSpaceKey(), row.isEnabled(), palette, row.getLogoType() != null,
                row.getEditVersion());
    }
}
