package org.journeymaps.confluence.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.journeymaps.app.jira.JiraDirectory;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.kernel.Clock;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Map;

/**
 * Renders a map's print layout (templates/journey-map-print.vm with its stylesheet inline): the macro's PDF and
 * Word output, and the body of the map's PDF download. Dated in the reader's language and the server's zone.
 */
@Named
public class MapPrintRenderer {

    private static final String TEMPLATE = "templates/journey-map-print.vm";

    private final TemplateRenderer renderer;
    private final LocaleResolver locales;
    private final Clock clock;
    private final JiraDirectory jira;
    private final PrintViewFactory views;

    @Inject
    public MapPrintRenderer(@ComponentImport TemplateRenderer renderer, @ComponentImport I18nResolver i18n,
                            @ComponentImport LocaleResolver locales, Clock clock, JiraDirectory jira) {
        this.renderer = renderer;
        this.locales = locales;
        this.clock = clock;
        this.jira = jira;
        this.views = new PrintViewFactory(new Texts(i18n));
    }

    String html(MapView view, MacroOptions options, String outputType, boolean landscape) throws IOException {
        PrintView print = views.build(view, options, outputType, jira.serverUrls(), landscape,
                clock.now().atZone(ZoneId.systemDefault()).toLocalDate(), locales.getLocale());
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, Map.of("print", print, "printCss", MacroStyles.printCss()), out);
        } catch (RenderingException e) {
            throw new IOException("Could not render the journey map's print layout", e);
        }
        return out.toString();
    }
}
