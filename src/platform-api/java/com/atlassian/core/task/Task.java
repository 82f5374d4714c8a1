package com.atlassian.core.task;

/** Contract of atlassian-core's queued task. Its {@code execute()} is left out: only the task manager runs it. */
public interface Task {
}
