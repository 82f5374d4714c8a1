package org.journeymaps.devhost.demo;

import com.atlassian.confluence.pages.Page;
import org.journeymaps.app.structure.CardService;
import org.journeymaps.app.emotion.EmotionService;
import org.journeymaps.app.map.MapService;
import org.journeymaps.app.persona.PersonaService;
import org.journeymaps.app.map.MapQuery;
import org.journeymaps.devhost.demo.DemoFiles.DemoFile;
import org.journeymaps.devhost.spi.DemoSeeder;
import org.journeymaps.devhost.spi.SeedContext;
import org.journeymaps.domain.map.JourneyMap;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static com.atlassian.confluence.pages.DevHostPages.idOf;

/**
 * The demo journey maps of {@code demo/*.json}: created once through the app's services as each file's author,
 * and put on their pages (intro and journey-map macro) on every start.
 */
public final class JourneyMapsDemoSeeder implements DemoSeeder {

    /** Sees every page, so the page bodies list every map whoever created it. */
    private static final String PAGE_WRITER = "admin";
    private static final int MAX_MAPS_PER_PAGE = 10;

    private final List<DemoFile> files;

    /** The seeder devhost finds through {@code META-INF/services}: the demo files of the class path. */
    public JourneyMapsDemoSeeder() {
        this(DemoFiles.readAll(JourneyMapsDemoSeeder.class.getClassLoader(), DemoFiles.FOLDER));
    }

    public JourneyMapsDemoSeeder(List<DemoFile> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void seedData(SeedContext context) {
        DemoMapCreator creator = new DemoMapCreator(context.component(PersonaService.class),
                context.component(MapService.class), context.component(CardService.class),
                context.component(EmotionService.class));
        for (DemoFile file : files) {
            long pageId = idOf(pageOf(file, context));
            context.asUser(file.content().author(), () -> {
                try {
                    creator.create(file, pageId);
                } catch (InvalidDemoFileException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new IllegalStateException("Demo file " + file.name() + " could not be loaded as "
                            + file.content().author() + ": " + e.getMessage(), e);
                }
            });
        }
    }

    @Override
    public void writePages(SeedContext context) {
        MapService maps = context.component(MapService.class);
        for (DemoFile file : files) {
            Page page = pageOf(file, context);
            AtomicReference<List<JourneyMap>> onPage = new AtomicReference<>();
            context.asUser(PAGE_WRITER, () -> onPage.set(
                    maps.list(new MapQuery(idOf(page), null, null), 0, MAX_MAPS_PER_PAGE).results()));
            context.directory().updateBody(idOf(page), DemoPageBody.of(file.content(), onPage.get()));
        }
    }

    private static Page pageOf(DemoFile file, SeedContext context) {
        DemoMapFile demo = file.content();
        return context.directory().page(demo.space(), demo.page()).orElseThrow(() -> new InvalidDemoFileException(
                file.name(), "page", "names no page of space " + demo.space() + ": '" + demo.page() + "'"));
    }
}
