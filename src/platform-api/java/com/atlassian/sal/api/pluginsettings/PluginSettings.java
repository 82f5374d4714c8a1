package com.atlassian.sal.api.pluginsettings;

/** Contract of SAL's plugin settings (String, List or Properties values): read only, here. */
public interface PluginSettings {

    Object get(String key);
}
