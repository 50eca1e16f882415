package org.revue.model;

/** Where stages report a problem with one input and go on. */
@FunctionalInterface
public interface Warnings {
    void warn(String origin, String message);

    Warnings STDERR = (origin, message) -> System.err.println("revue: warning: " + origin + ": " + message);
}
