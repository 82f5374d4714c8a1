package com.atlassian.mail;

/** Contract of atlassian-mail's checked failure to send a mail. No constructor here: the app never throws one. */
public class MailException extends Exception {

    private MailException() {
    }
}
