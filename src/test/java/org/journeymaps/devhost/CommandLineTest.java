package org.journeymaps.devhost;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {

    private final DevHostConfig defaults = DevHostConfig.defaults();

    @Test
    void parse_shouldApplyEachOption() {
        DevHostConfig config = CommandLine.parse(new String[] {"--port", "2990", "--data-dir", "/tmp/dh",
                "--db", "jdbc:postgresql://localhost/jm", "--context-path", "/confluence", "--anonymous-access"}, defaults);

        assertThat(config.port()).isEqualTo(2990);
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/dh"));
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/jm");
        assertThat(config.contextPath()).isEqualTo("/confluence");
        assertThat(config.anonymousAccess()).isTrue();
    }

    @Test
    void defaults_shouldBePort1990AndH2InTheDataDir() {
        assertThat(defaults.port()).isEqualTo(1990);
        assertThat(defaults.contextPath()).isEmpty();
        assertThat(defaults.jdbcUrl()).startsWith("jdbc:h2:file:").endsWith("devhost-data/h2/journeymaps");
    }

    @Test
    void parse_shouldNameTheBadOption() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--prot", "1"}, defaults)).hasMessageContaining("Unknown option --prot");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"}, defaults)).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "x"}, defaults)).hasMessageContaining("--port: not a number");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "70000"}, defaults)).hasMessageContaining("port:");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--context-path", "confluence/"}, defaults))
                .hasMessageContaining("contextPath:");
    }

    @Test
    void secondNodePort_isReadBesideTheConfigAndChecked() {
        DevHostConfig defaults = DevHostConfig.defaults();
        String[] args = {"--port", "2990", "--second-node-port", "2991"};

        assertThat(CommandLine.parse(args, defaults).port()).isEqualTo(2990);
        assertThat(CommandLine.secondNodePort(args)).hasValue(2991);
        assertThat(CommandLine.secondNodePort(new String[] {"--port", "2990"})).isEmpty();
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--second-node-port", "x"}, defaults))
                .hasMessageContaining("--second-node-port: not a number");
    }
}
