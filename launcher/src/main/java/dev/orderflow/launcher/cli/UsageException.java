package dev.orderflow.launcher.cli;

/** The command line could not be understood; the message says what to fix. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
