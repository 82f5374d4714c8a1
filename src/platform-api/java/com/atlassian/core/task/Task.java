package com.atlassian.core.task;

import java.io.Serializable;

/**
 * Contract of atlassian-core's queued task: serialisable, since a task queue may store and move it (Confluence
 * runs queued tasks later, possibly elsewhere), and run by {@link #execute()}.
 */
public interface Task extends Serializable {

    void execute() throws Exception;
}
