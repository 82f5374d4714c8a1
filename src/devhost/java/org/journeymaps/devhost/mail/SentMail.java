package org.journeymaps.devhost.mail;

/** A mail devhost "sent": kept in the outbox instead of going to a mail server. */
public record SentMail(String to, String subject, String body, String mimeType) {
}
