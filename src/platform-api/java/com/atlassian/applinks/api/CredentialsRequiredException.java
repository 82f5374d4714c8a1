package com.atlassian.applinks.api;

import java.net.URI;

/** Contract of applinks' "the user must consent first" (not SAL's exception of the same simple name). */
public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {
    private final transient AuthorisationURIGenerator generator;

    CredentialsRequiredException(AuthorisationURIGenerator generator, String message) {
        super(message);
        this.generator = generator;
    }

    @Override
    public URI getAuthorisationURI() {
        return generator.getAuthorisationURI();
    }
}
