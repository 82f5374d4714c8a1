package org.journeymaps.devhost.velocity;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.DevHostRenderingExceptions;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Atlassian Template Renderer over Velocity: templates from the classpath, {@code $i18n} in every context
 * (as Atlassian's renderer adds it), no automatic escaping (the app escapes), and the method allowlist.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {

    private final VelocityEngine engine = new VelocityEngine();
    private final I18nResolver i18n;

    public VelocityTemplateRenderer(MethodAllowlist allowlist, I18nResolver i18n) {
        this.i18n = i18n;
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER + ".class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspect.class.getName());
        engine.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, allowlist);
        engine.init();
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        Map<String, Object> values = new HashMap<>();
        values.put("i18n", i18n);
        values.putAll(context);
        try {
            Template template = engine.getTemplate(templateName, StandardCharsets.UTF_8.name());
            template.merge(new VelocityContext(values), writer);
        } catch (VelocityException | VelocityAllowlistException e) {
            throw DevHostRenderingExceptions.of("Rendering " + templateName + " failed: " + e.getMessage(), e);
        }
    }
}
