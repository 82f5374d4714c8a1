package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Contract of SAL's translation lookup: the text for a key, or the key itself when it is missing. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);
}
