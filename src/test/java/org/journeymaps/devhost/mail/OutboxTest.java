package org.journeymaps.devhost.mail;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.Task;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

    private final Outbox outbox = new Outbox();

    @Test
    void aMailTaskIsSerialisedThenExecuted_andTheItemsItSendsLandInTheOutbox() {
        outbox.addTask("mail", new SendingTask("alice@example.com"));

        assertThat(outbox.sent()).containsExactly(new SentMail("alice@example.com", "Subject", "Body", "text/plain"));
    }

    @Test
    void aTaskThatCannotBeSerialisedIsRefused_asAStoringQueueWouldFail() {
        assertThatThrownBy(() -> outbox.addTask("mail", new TaskHoldingAService()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be serialised");
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void aTaskRunsOnlyFromItsSerialisedCopy_soStateKeptOutsideItIsLost() {
        SendingTask task = new SendingTask("bob@example.com");

        outbox.addTask("mail", task);

        assertThat(task.executed).as("the queued instance itself never runs").isFalse();
    }

    @Test
    void aMailItemSentOutsideAQueuedTaskHasNoServer_andOtherQueuesAreRefused() {
        assertThatThrownBy(() -> new ConfluenceMailQueueItem("a@example.com", "s", "b", "text/plain").send())
                .hasMessageContaining("No mail server");
        assertThatThrownBy(() -> outbox.addTask("index", new SendingTask("a@example.com")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class SendingTask implements Task {
        private final String to;
        private transient boolean executed;

        SendingTask(String to) {
            this.to = to;
        }

        @Override
        public void execute() throws Exception {
            executed = true;
            new ConfluenceMailQueueItem(to, "Subject", "Body", ConfluenceMailQueueItem.MIME_TYPE_TEXT).send();
        }
    }

    private static final class TaskHoldingAService implements Task {
        @SuppressWarnings({"unused", "serial"})
        private final Object service = new Object();

        @Override
        public void execute() {
        }
    }
}
