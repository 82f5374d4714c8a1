package com.atlassian.sal.api.pluginsettings;

/** Contract of SAL's plugin settings factory: the site-wide settings only. */
public interface PluginSettingsFactory {

    PluginSettings createGlobalSettings();
}
