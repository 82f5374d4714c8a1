package it.devhost;

import org.journeymaps.devhost.DevHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With anonymous access on, @AnonymousSiteAccess admits anonymous callers; @LicensedOnly still does not. */
class DevHostAnonymousSiteTest {

    @Test
    void anonymousSiteAccessFollowsTheSiteSetting(@TempDir Path dataDir) throws Exception {
        try (DevHost host = DevHost.start(DevHostRestTest.testConfig(dataDir).withAnonymousAccess(true)
                .withContextPath("/confluence")
                .withExtraRestModule("/devhost-test", "1.0", ProbeResource.class))) {
            Http http = new Http(host.baseUrl());

            assertThat(host.baseUrl().getPath()).isEqualTo("/confluence");
            assertThat(http.get("/rest/devhost-test/1.0/probe/anonymous").body()).isEqualTo("{\"user\":null}");
            assertThat(http.get("/rest/devhost-test/1.0/probe/pages/1").statusCode()).isEqualTo(401);
        }
    }
}
