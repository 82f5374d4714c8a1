package org.journeymaps.devhost.web;

import jakarta.servlet.Servlet;

import java.util.List;

/**
 * A servlet with the path specs it answers (under {@link #PREFIX} for an app's {@code <servlet>} module) and the
 * access rule the host applies before it runs.
 */
public record HostedServlet(String key, Servlet servlet, List<String> pathSpecs, ServletAccess access) {

    /** Where Confluence serves plugin servlets: {@code <url-pattern>/x</url-pattern>} is {@code /plugins/servlet/x}. */
    public static final String PREFIX = "/plugins/servlet";

    public HostedServlet {
        pathSpecs = List.copyOf(pathSpecs);
    }

    /** One of devhost's own servlets: it decides who may use it. */
    public HostedServlet(String key, Servlet servlet, List<String> pathSpecs) {
        this(key, servlet, pathSpecs, ServletAccess.UNRESTRICTED);
    }
}
