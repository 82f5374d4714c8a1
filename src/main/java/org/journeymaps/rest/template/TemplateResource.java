package org.journeymaps.rest.template;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.sal.api.message.LocaleResolver;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.journeymaps.app.template.MapTemplateService;
import org.journeymaps.rest.template.TemplateSummaryDto;

import java.util.List;

/** The built-in map templates, in the caller's language; {@code POST /maps} with a {@code templateId} uses one. */
@Path("/templates")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final MapTemplateService templates;
    private final LocaleResolver locales;

    @Inject
    public TemplateResource(MapTemplateService templates, @ComponentImport LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    @GET
    public List<TemplateSummaryDto> list() {
        return templates.list(locales.getLocale()).stream().map(TemplateSummaryDto::of).toList();
    }
}
