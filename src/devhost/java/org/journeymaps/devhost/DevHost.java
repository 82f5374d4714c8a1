package org.journeymaps.devhost;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.journeymaps.devhost.app.AppContainer;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.descriptor.PluginDescriptor;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.directory.DirectoryPageManager;
import org.journeymaps.devhost.directory.DirectoryUserAccessor;
import org.journeymaps.devhost.mail.Outbox;
import org.journeymaps.devhost.directory.DirectoryPermissionManager;
import org.journeymaps.devhost.directory.DirectorySpaceManager;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.journeymaps.devhost.i18n.DevLocaleResolver;
import org.journeymaps.devhost.i18n.RequestLocale;
import org.journeymaps.devhost.render.StorageToView;
import org.journeymaps.devhost.security.DevLoginUriProvider;
import org.journeymaps.devhost.velocity.MethodAllowlist;
import org.journeymaps.devhost.velocity.VelocityTemplateRenderer;
import org.journeymaps.devhost.web.WebServer;
import org.journeymaps.devhost.webresource.DevPageBuilderService;
import org.journeymaps.devhost.webresource.PlatformWebResources;
import org.journeymaps.devhost.webresource.WebResourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local Confluence for the app: reads the app's descriptor, wires its components with the host
 * services, and serves its REST modules, macros, web resources and Confluence-like pages. Start it with
 * {@link #start(DevHostConfig)} (tests: port 0) or from the command line ({@link #main}).
 */
public final class DevHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DevHost.class);

    private final Deque<AutoCloseable> openResources;
    private final URI baseUrl;
    private final AppContainer container;
    private final DevDirectory directory;

    private DevHost(Deque<AutoCloseable> openResources, URI baseUrl, AppContainer container, DevDirectory directory) {
        this.openResources = openResources;
        this.baseUrl = baseUrl;
        this.container = container;
        this.directory = directory;
    }

    public static void main(String[] args) {
        DevHost host;
        try {
            host = start(CommandLine.parse(args, DevHostConfig.defaults()));
        } catch (Exception e) {
            System.err.println("Journey Maps devhost could not start: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(host::close, "devhost-shutdown"));
        System.out.println("Journey Maps devhost ready at " + host.baseUrl() + "/");
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            return start(config, opened);
        } catch (Exception | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private static DevHost start(DevHostConfig config, Deque<AutoCloseable> opened) throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AppRoot root = AppRoot.locate(loader);
        PluginDescriptor descriptor = PluginLoader.load(root);
        LOG.info("Hosting {} {} ({}) from {}", descriptor.name(), descriptor.info().version(), descriptor.key(), root);
        Files.createDirectories(config.dataDir());

        DevDirectory directory = DemoDirectory.seed(new DevDirectory());
        WebResourceRegistry webResources = new WebResourceRegistry(descriptor.key(), descriptor.webResources(),
                descriptor.downloads(), PlatformWebResources.from(PlatformWebResources.NODE_MODULES));
        DevPageBuilderService pageBuilder = new DevPageBuilderService(webResources);
        DevI18nResolver i18n = new DevI18nResolver(descriptor.i18n(), loader, RequestLocale::current);
        PermissionManager permissions = new DirectoryPermissionManager(directory);

        Map<Class<?>, Object> hostServices = new LinkedHashMap<>();
        hostServices.put(PermissionManager.class, permissions);
        hostServices.put(PageManager.class, new DirectoryPageManager(directory));
        hostServices.put(SpaceManager.class, new DirectorySpaceManager(directory));
        hostServices.put(I18nResolver.class, i18n);
        hostServices.put(LocaleResolver.class, new DevLocaleResolver());
        hostServices.put(LoginUriProvider.class, new DevLoginUriProvider(config.contextPath()));
        hostServices.put(TemplateRenderer.class, new VelocityTemplateRenderer(
                MethodAllowlist.forApp(descriptor.velocityAllowlist(), loader, root::contains), i18n));
        hostServices.put(PageBuilderService.class, pageBuilder);
        Outbox outbox = new Outbox();
        hostServices.put(MultiQueueTaskManager.class, outbox);
        hostServices.put(UserAccessor.class, new DirectoryUserAccessor(directory));
        AoHosting ao = AoHosting.host(descriptor.aoModules(), config, loader);
        opened.push(ao);
        hostServices.putAll(ao.services());

        AppContainer container = new AppContainer(root, loader, AppContainer.APP_PACKAGE, hostServices);
        opened.push(container);
        ao.start(container::create);
        AppModules modules = new AppModules(container, root, loader);
        WebServer web = new WebServer(new WebServer.Site(config.port(), config.contextPath(), config.anonymousAccess(),
                directory, permissions, new StorageToView(modules.macros(descriptor.macros())), pageBuilder,
                webResources, root, modules.restEndpoints(descriptor, config), modules.servlets(descriptor.servlets()),
                outbox));
        SeedRunner seeding = new SeedRunner(directory, container);
        if (ao.freshDatabase()) {
            config.seeders().forEach(seeder -> seeder.seedData(seeding));
        }
        config.seeders().forEach(seeder -> seeder.writePages(seeding));
        opened.push(web);
        web.start();
        URI baseUrl = URI.create("http://localhost:" + web.port() + config.contextPath());
        return new DevHost(opened, baseUrl, container, directory);
    }

    /** Where the site is, without a trailing slash (like Confluence's base URL), e.g. {@code http://localhost:1990}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The app's Spring container (its components and the host services). */
    public ApplicationContext applicationContext() {
        return container.context();
    }

    /** Users, spaces, permissions and pages. */
    public DevDirectory directory() {
        return directory;
    }

    /** Stops the server, the app's container and the AO host, in that order. */
    @Override
    public synchronized void close() {
        closeAll(openResources, null);
    }

    private static void closeAll(Deque<AutoCloseable> resources, Throwable failure) {
        RuntimeException closeFailure = null;
        while (!resources.isEmpty()) {
            try {
                resources.pop().close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (closeFailure == null) {
                    closeFailure = new IllegalStateException("Devhost did not stop cleanly", e);
                } else {
                    closeFailure.addSuppressed(e);
                }
            }
        }
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
