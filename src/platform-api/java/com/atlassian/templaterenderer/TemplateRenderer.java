package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** Contract of the Atlassian Template Renderer (Velocity templates from the app's jar). */
public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException;
}
