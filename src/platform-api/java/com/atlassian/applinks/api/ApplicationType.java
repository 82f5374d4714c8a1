package com.atlassian.applinks.api;

/** Contract of an application link's type (Jira, Confluence…); marker here. */
public interface ApplicationType {
}
