package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

/** Contract of the Jira application type, used to ask for the Jira links. */
public interface JiraApplicationType extends ApplicationType {
}
