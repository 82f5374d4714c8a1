package com.atlassian.confluence.core;

/** Contract of how a content save behaves (notifications, last modifier); the app only passes the host's constants. */
public interface SaveContext {
}
