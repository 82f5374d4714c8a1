package com.atlassian.applinks.host.spi;

import com.atlassian.applinks.api.ApplicationId;

/** Contract of applinks' view of this application: its application id. */
public interface HostApplication {

    ApplicationId getId();
}
