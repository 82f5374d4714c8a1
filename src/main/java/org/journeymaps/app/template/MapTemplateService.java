package org.journeymaps.app.template;

import org.journeymaps.app.map.MapService;
import org.journeymaps.app.map.MapView;
import org.journeymaps.app.map.NewMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.journeymaps.app.template.MapTemplates;
import org.journeymaps.domain.kernel.InvalidFieldException;

/** Lists the built-in templates and creates maps from them. */
@Named
public class MapTemplateService {
    private final MapTemplates templates;
    private final MapService maps;

    @Inject
    public MapTemplateService(MapTemplates templates, MapService maps) {
        this.templates = templates;
        this.maps = maps;
    }

    public List<MapTemplate> list(Locale locale) {
        return templates.all(locale);
    }

    /**
     * Creates the map {@code request} describes with the stages, lanes, cards and emotion curve of template
     * {@code templateId} in {@code locale}'s language, as one change. The request brings no layout of its own.
     */
    public MapView create(NewMap request, String templateId, Locale locale) {
        if (!request.stages().isEmpty() || !request.lanes().isEmpty()) {
            throw new InvalidFieldException(request.stages().isEmpty() ? "lanes" : "stages",
                    "cannot be combined with templateId");
        }
        MapTemplate template = templates.all(locale).stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("templateId", "is not a known template"));
        return maps.create(template.applyTo(request));
    }
}
