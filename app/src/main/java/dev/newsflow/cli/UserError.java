package dev.newsflow.cli;

/** A failure the user can fix; printed as one line without a stack trace, exit code 1. */
final class UserError extends RuntimeException {

    UserError(String message) {
        super(message);
    }
}
