package dev.orderflow.launcher;

/** A failure whose message is written for the user of the command line, so it is printed without a stack trace. */
public class LauncherException extends Exception {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
