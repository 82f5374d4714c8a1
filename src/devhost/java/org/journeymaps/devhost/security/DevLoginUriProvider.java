package org.journeymaps.devhost.security;

import com.atlassian.sal.api.auth.LoginUriProvider;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SAL's sign-in address: devhost's sign-in page, coming back to {@code returnUri} (Confluence puts it in Seraph's
 * {@code os_destination}; the sign-in page only follows a path of the site).
 */
public final class DevLoginUriProvider implements LoginUriProvider {

    private final String contextPath;

    public DevLoginUriProvider(String contextPath) {
        this.contextPath = contextPath;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(contextPath + SignIn.LOGIN_PATH + "?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
