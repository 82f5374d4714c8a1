package com.atlassian.sal.api;

/** Contract of SAL's URL modes: only the canonical one (the configured base URL, whatever the request). */
public enum UrlMode {
    CANONICAL
}
