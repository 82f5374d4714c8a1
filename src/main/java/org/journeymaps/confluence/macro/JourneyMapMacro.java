package org.journeymaps.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import org.journeymaps.app.AuthenticationRequiredException;
import org.journeymaps.app.MapService;
import org.journeymaps.app.MapView;
import org.journeymaps.app.NotFoundException;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Set;

/**
 * The {@code journey-map} macro: a static, accessible table of the map (real {@code <table>}, emotion curve as
 * SVG with a text alternative) that the front end enhances in the browser. Exports (PDF, Word, e-mail) get
 * the same table with its styles inline and no script. A missing or hidden map is a message in the page.
 */
public class JourneyMapMacro implements Macro {

    static final String VIEW_RESOURCES = "org.journeymaps.journey-maps:journey-map-view";
    private static final Set<String> EXPORTS = Set.of("pdf", "word", "email");
    private static final String MAP_TEMPLATE = "templates/journey-map.vm";
    private static final String MESSAGE_TEMPLATE = "templates/journey-map-message.vm";

    private final MapService maps;
    private final TemplateRenderer renderer;
    private final PageBuilderService pageBuilder;
    private final Texts texts;
    private final MapTableViewFactory views;

    @Inject
    public JourneyMapMacro(MapService maps, @ComponentImport TemplateRenderer renderer,
                           @ComponentImport PageBuilderService pageBuilder, @ComponentImport I18nResolver i18n) {
        this.maps = maps;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.texts = new Texts(i18n);
        this.views = new MapTableViewFactory(texts);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        MacroOptions options = MacroOptions.parse(parameters);
        String outputType = context.getOutputType();
        boolean export = EXPORTS.contains(outputType);
        if (!export) {
            pageBuilder.assembler().resources().requireWebResource(VIEW_RESOURCES);
        }
        if (options.mapId() == null) {
            return options.rawMapId() == null
                    ? message(texts.label("journeymaps.macro.error.nomap"), export)
                    : message(texts.label("journeymaps.macro.error.badid", options.rawMapId()), export);
        }
        MapView view;
        try {
            view = maps.get(options.mapId());
        } catch (NotFoundException | AuthenticationRequiredException e) {
            return message(texts.label("journeymaps.macro.error.notfound"), export);
        }
        return render(MAP_TEMPLATE, Map.of("view", views.build(view, options, outputType), "export", export,
                "inlineStyles", export ? MacroStyles.css() : ""));
    }

    private String message(String messageHtml, boolean export) throws MacroExecutionException {
        return render(MESSAGE_TEMPLATE, Map.of("messageHtml", messageHtml, "export", export,
                "inlineStyles", export ? MacroStyles.css() : ""));
    }

    private String render(String template, Map<String, Object> model) throws MacroExecutionException {
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, model, out);
        } catch (IOException | RenderingException e) {
            throw new MacroExecutionException("Could not render the journey map", e);
        }
        return out.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
