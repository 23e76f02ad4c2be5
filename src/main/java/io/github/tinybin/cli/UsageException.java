package io.github.tinybin.cli;

/** A command line that cannot be run as given; the message says what is wrong, in one line. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
