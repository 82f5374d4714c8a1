package com.atlassian.sal.api.auth;

import java.net.URI;

/** Contract of SAL's sign-in address. */
public interface LoginUriProvider {

    /** Where to send the user to sign in, coming back to {@code returnUri} (a path in the site) afterwards. */
    URI getLoginUri(URI returnUri);
}
