package com.atlassian.confluence.mail.template;

import org.journeymaps.devhost.mail.SentMail;

/** Devhost plumbing: reads a queued mail (the contract's getters are package-private). */
public final class DevHostMail {

    private DevHostMail() {
    }

    public static SentMail read(ConfluenceMailQueueItem item) {
        return new SentMail(item.toAddress(), item.subject(), item.body(), item.mimeType());
    }
}
