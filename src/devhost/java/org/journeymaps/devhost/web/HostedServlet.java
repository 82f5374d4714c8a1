package org.journeymaps.devhost.web;

import jakarta.servlet.Servlet;

import java.util.List;

/** An app servlet from a {@code <servlet>} module, with the path specs it answers (under {@link #PREFIX}). */
public record HostedServlet(String key, Servlet servlet, List<String> pathSpecs) {

    /** Where Confluence serves plugin servlets: {@code <url-pattern>/x</url-pattern>} is {@code /plugins/servlet/x}. */
    public static final String PREFIX = "/plugins/servlet";

    public HostedServlet {
        pathSpecs = List.copyOf(pathSpecs);
    }
}
