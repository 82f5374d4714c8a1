package org.journeymaps.devhost.mail;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.mail.template.DevHostMail;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Confluence's task queues as far as mail goes: a mail queued on "mail" lands in this outbox (shown at
 * {@code /devhost/outbox}) instead of a mail server. Anything else is a task devhost does not run, so it refuses it.
 */
public final class Outbox implements MultiQueueTaskManager {
    public static final String MAIL_QUEUE = "mail";

    private final List<SentMail> sent = new ArrayList<>();

    @Override
    public synchronized void addTask(String queueName, Task task) {
        if (!MAIL_QUEUE.equals(queueName) || !(task instanceof ConfluenceMailQueueItem item)) {
            throw new IllegalArgumentException("devhost queues only mail (ConfluenceMailQueueItem on \"mail\"), not "
                    + task + " on " + queueName);
        }
        sent.add(DevHostMail.read(item));
    }

    /** Every mail sent so far, oldest first. */
    public synchronized List<SentMail> sent() {
        return List.copyOf(sent);
    }
}
