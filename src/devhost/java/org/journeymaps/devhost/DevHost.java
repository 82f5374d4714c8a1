package org.journeymaps.devhost;

import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.host.spi.HostApplication;
import com.atlassian.cache.CacheManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.journeymaps.devhost.app.AppContainer;
import org.journeymaps.devhost.app.AppRoot;
import org.journeymaps.devhost.cache.InMemoryCacheManager;
import org.journeymaps.devhost.descriptor.PluginDescriptor;
import org.journeymaps.devhost.directory.DemoDirectory;
import org.journeymaps.devhost.directory.DevDirectory;
import org.journeymaps.devhost.directory.DevPageActions;
import org.journeymaps.devhost.directory.DirectoryPageManager;
import org.journeymaps.devhost.events.DevEventPublisher;
import org.journeymaps.devhost.directory.DirectoryUserAccessor;
import org.journeymaps.devhost.mail.Outbox;
import org.journeymaps.devhost.directory.DirectoryPermissionManager;
import org.journeymaps.devhost.directory.DirectorySpaceManager;
import org.journeymaps.devhost.i18n.DevI18nResolver;
import org.journeymaps.devhost.i18n.DevLocaleResolver;
import org.journeymaps.devhost.i18n.RequestLocale;
import org.journeymaps.devhost.jira.DevJiraSite;
import org.journeymaps.devhost.jira.JiraDemoSeeder;
import org.journeymaps.devhost.jira.JiraSandbox;
import org.journeymaps.devhost.jira.JiraSandboxServlets;
import org.journeymaps.devhost.render.StorageToView;
import org.journeymaps.devhost.security.DevLoginUriProvider;
import org.journeymaps.devhost.spi.DemoSeeder;
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
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Optional;

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
    private final DevHostConfig config;
    private final DevPageActions pageActions;
    private final JiraSandbox jiraSandbox;

    private DevHost(Deque<AutoCloseable> openResources, URI baseUrl, AppContainer container, DevDirectory directory,
                    DevHostConfig config, DevPageActions pageActions, JiraSandbox jiraSandbox) {
        this.openResources = openResources;
        this.baseUrl = baseUrl;
        this.container = container;
        this.directory = directory;
        this.config = config;
        this.pageActions = pageActions;
        this.jiraSandbox = jiraSandbox;
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
        OptionalInt secondPort = CommandLine.secondNodePort(args);
        if (secondPort.isPresent()) {
            try {
                DevHost second = host.startSecondNode(secondPort.getAsInt());
                Runtime.getRuntime().addShutdownHook(new Thread(second::close, "devhost-node-2-shutdown"));
                System.out.println("Second node (same database) ready at " + second.baseUrl() + "/");
            } catch (Exception e) {
                System.err.println("The second devhost node could not start: " + e.getMessage());
                e.printStackTrace();
            }
        }
    }

    public static DevHost start(DevHostConfig config) throws Exception {
        return start(config, null);
    }

    /**
     * A second Data Center node of this site: its own port, app container and AO host, on the same database and
     * the same users and pages (Confluence keeps those in the shared database too). {@code port} 0: any free port.
     */
    public DevHost startSecondNode(int port) throws Exception {
        return start(config.withPort(port), directory);
    }

    private static DevHost start(DevHostConfig config, DevDirectory sharedDirectory) throws Exception {
        Deque<AutoCloseable> opened = new ArrayDeque<>();
        try {
            return start(config, opened, sharedDirectory);
        } catch (Exception | Error e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private static DevHost start(DevHostConfig config, Deque<AutoCloseable> opened, DevDirectory sharedDirectory)
            throws Exception {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AppRoot root = AppRoot.locate(loader);
        PluginDescriptor descriptor = PluginLoader.load(root);
        LOG.info("Hosting {} {} ({}) from {}", descriptor.name(), descriptor.info().version(), descriptor.key(), root);
        Files.createDirectories(config.dataDir());

        DevDirectory directory = sharedDirectory != null ? sharedDirectory : DemoDirectory.seed(new DevDirectory());
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
        DevEventPublisher events = new DevEventPublisher();
        hostServices.put(EventPublisher.class, events);
        JiraSandbox sandbox = config.jiraSandbox() ? new JiraSandbox() : null;
        DevJiraSite jira = new DevJiraSite(sandbox, config.jiraUrl(), config.jiraToken());
        hostServices.put(ApplicationLinkService.class, jira.applicationLinks());
        hostServices.put(PluginSettingsFactory.class, jira.pluginSettings());
        hostServices.put(ApplicationProperties.class, jira.applicationProperties());
        hostServices.put(HostApplication.class, jira.hostApplication());
        hostServices.put(CacheManager.class, new InMemoryCacheManager());
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
                sandbox == null ? List.of() : JiraSandboxServlets.of(sandbox), outbox, descriptor.webItems(), i18n));
        SeedRunner seeding = new SeedRunner(directory, container);
        List<DemoSeeder> seeders = JiraDemoSeeder.addTo(config.seeders(), sandbox);
        if (ao.freshDatabase()) {
            seeders.forEach(seeder -> seeder.seedData(seeding));
        }
        if (sharedDirectory == null) {
            seeders.forEach(seeder -> seeder.writePages(seeding));
        }
        opened.push(web);
        web.start();
        URI baseUrl = URI.create("http://localhost:" + web.port() + config.contextPath());
        jira.started(baseUrl);
        return new DevHost(opened, baseUrl, container, directory, config, new DevPageActions(directory, events),
                sandbox);
    }

    /** Where the site is, without a trailing slash (like Confluence's base URL), e.g. {@code http://localhost:1990}. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The app's Spring container (its components and the host services). */
    public ApplicationContext applicationContext() {
        return container.context();
    }

    /** The in-process Jira the app calls, unless devhost was pointed at a real Jira. */
    public Optional<JiraSandbox> jiraSandbox() {
        return Optional.ofNullable(jiraSandbox);
    }

    /** Users, spaces, permissions and pages. */
    public DevDirectory directory() {
        return directory;
    }

    /** Trash, restore, purge and copy pages through this node, with the events Confluence publishes. */
    public DevPageActions pageActions() {
        return pageActions;
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
