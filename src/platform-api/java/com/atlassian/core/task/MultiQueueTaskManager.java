package com.atlassian.core.task;

/** Contract of atlassian-core's named task queues; Confluence sends mail through the queue named "mail". */
public interface MultiQueueTaskManager {

    void addTask(String queueName, Task task);
}
