package org.journeymaps.devhost.mail;

import com.atlassian.confluence.mail.template.DevHostMail;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Confluence's task queues as far as mail goes. A task queued on "mail" is run the way a queue that stores its tasks
 * would: serialised, deserialised, then executed (at once here, where Confluence flushes the queue later); the mail
 * items it sends land in this outbox (shown at {@code /devhost/outbox}) instead of a mail server. Another queue, a
 * task that does not survive serialisation, or one that fails is refused with an {@link IllegalArgumentException}.
 */
public final class Outbox implements MultiQueueTaskManager {
    public static final String MAIL_QUEUE = "mail";

    private final List<SentMail> sent = new ArrayList<>();

    @Override
    public void addTask(String queueName, Task task) {
        if (!MAIL_QUEUE.equals(queueName)) {
            throw new IllegalArgumentException("devhost runs only the \"mail\" queue, not " + queueName);
        }
        Task stored = roundTrip(task);
        List<SentMail> sentByTask = new ArrayList<>();
        try {
            DevHostMail.sendingTo(sentByTask::add, stored::execute);
        } catch (Exception e) {
            throw new IllegalArgumentException("The queued task " + task.getClass().getName() + " failed", e);
        }
        synchronized (this) {
            sent.addAll(sentByTask);
        }
    }

    /** Every mail sent so far, oldest first. */
    public synchronized List<SentMail> sent() {
        return List.copyOf(sent);
    }

    private static Task roundTrip(Task task) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(task);
        } catch (IOException e) {
            throw new IllegalArgumentException("The queued task " + task.getClass().getName()
                    + " cannot be serialised, as Confluence's task queue would: " + e, e);
        }
        ClassLoader loader = task.getClass().getClassLoader();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass type) throws ClassNotFoundException {
                return Class.forName(type.getName(), false, loader);
            }
        }) {
            return (Task) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalArgumentException("The queued task " + task.getClass().getName()
                    + " cannot be deserialised: " + e, e);
        }
    }
}
