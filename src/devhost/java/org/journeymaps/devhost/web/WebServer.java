package org.journeymaps.devhost.web;

import com.atlassian.confluence.security.PermissionManager;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.ServletMapping;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.render.StorageToView;
import org.journeymaps.devhost.rest.RestEndpoint;
import com.atlassian.sal.api.message.I18nResolver;
import org.journeymaps.devhost.descriptor.WebItemModule;
import org.journeymaps.devhost.mail.Outbox;
import org.journeymaps.devhost.security.AuthenticationFilter;
import org.journeymaps.devhost.security.SignIn;
import org.journeymaps.devhost.security.XsrfFilter;
import org.journeymaps.devhost.webresource.DevPageBuilderService;
import org.journeymaps.devhost.webresource.WebResourceRegistry;

import java.util.EnumSet;
import java.util.List;

/**
 * The Jetty server that plays Confluence's web tier: security filters, REST modules, the app's servlets (decorated
 * like Sitemesh does), pages, downloads.
 */
public final class WebServer implements AutoCloseable {

    /** What the web tier serves. */
    public record Site(int port, String contextPath, boolean anonymousAccess, DevDirectory directory,
                       PermissionManager permissions, StorageToView storageToView, DevPageBuilderService pageBuilder,
                       WebResourceRegistry webResources, AppRoot appRoot, List<RestEndpoint> restEndpoints,
                       List<HostedServlet> servlets, List<HostedServlet> hostServlets, Outbox outbox,
                       List<WebItemModule> webItems, I18nResolver i18n) {
    }

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    public WebServer(Site site) {
        connector.setHost("localhost");
        connector.setPort(site.port());
        server.addConnector(connector);
        ErrorHandler serverErrors = new ErrorHandler();
        serverErrors.setShowStacks(false);
        server.setErrorHandler(serverErrors);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(site.contextPath().isEmpty() ? "/" : site.contextPath());
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
        errors.setShowStacks(false);
        errors.addErrorPage(400, 599, ErrorPageServlet.PATH);
        errors.addErrorPage(Throwable.class, ErrorPageServlet.PATH);
        context.setErrorHandler(errors);

        addFilter(context, new AuthenticationFilter(site.directory()), "/*");
        addFilter(context, new RequestScopeFilter(site.pageBuilder()), "/*");
        addFilter(context, new XsrfFilter(), "/rest/*");
        addFilter(context, new XsrfFilter(), EditPageServlet.SAVE_PAGE);
        PageLayout layout = new PageLayout(site.contextPath());
        addFilter(context, new DecoratorFilter(layout, site.pageBuilder()), HostedServlet.PREFIX + "/*");

        for (RestEndpoint endpoint : site.restEndpoints()) {
            map(context, endpoint.name(), endpoint.servlet(), endpoint.pathSpecs().toArray(String[]::new));
        }
        for (HostedServlet servlet : site.servlets()) {
            servlet.pathSpecs().forEach(spec ->
                    addFilter(context, new ServletAccessFilter(servlet.access(), site.anonymousAccess()), spec));
            map(context, "servlet " + servlet.key(), servlet.servlet(), servlet.pathSpecs().toArray(String[]::new));
        }
        for (HostedServlet servlet : site.hostServlets()) {
            map(context, "host " + servlet.key(), servlet.servlet(), servlet.pathSpecs().toArray(String[]::new));
        }
        map(context, "pages", new PageServlet(site.directory(), site.permissions(), site.storageToView(),
                        site.pageBuilder(), layout, site.anonymousAccess(),
                        new SpaceTools(site.webItems(), site.i18n(), site.permissions())),
                "", PageServlet.DISPLAY + "/*", PageServlet.VIEW_PAGE, PageServlet.RENDER);
        map(context, "edit page", new EditPageServlet(site.directory(),
                        new PageAccess(site.directory(), site.permissions()), site.pageBuilder(), layout,
                        site.storageToView().macroNames()),
                EditPageServlet.EDIT_PAGE, EditPageServlet.SAVE_PAGE);
        map(context, "pdf export", new PdfExportServlet(site.directory(), site.storageToView(),
                        new PageAccess(site.directory(), site.permissions())), PdfExportServlet.PATH);
        map(context, "login", new LoginServlet(site.directory(), layout), SignIn.LOGIN_PATH, SignIn.DO_LOGIN_PATH);
        map(context, "logout", new LogoutServlet(layout), SignIn.LOGOUT_PATH);
        map(context, "download", new DownloadServlet(site.webResources(), site.appRoot()), DownloadServlet.PATH + "/*");
        map(context, "stylesheet", new StylesheetServlet(), StylesheetServlet.PATH);
        map(context, "error", new ErrorPageServlet(), ErrorPageServlet.PATH);
        map(context, "outbox", new OutboxServlet(site.outbox(), layout), OutboxServlet.PATH);
        server.setHandler(context);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port listened on (the chosen one when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static void map(ServletContextHandler context, String name, Servlet servlet, String... pathSpecs) {
        context.getServletHandler().addServlet(new ServletHolder(name, servlet));
        ServletMapping mapping = new ServletMapping();
        mapping.setServletName(name);
        mapping.setPathSpecs(pathSpecs);
        context.getServletHandler().addServletMapping(mapping);
    }

    private static void addFilter(ServletContextHandler context, Filter filter, String pathSpec) {
        context.addFilter(new FilterHolder(filter), pathSpec, EnumSet.of(DispatcherType.REQUEST));
    }
}
