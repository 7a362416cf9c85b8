package org.secplan.base;

/**
 * The one unchecked exception a user's mistake produces: a broken plan, a bad argument, a refused query.
 * Its message is meant to be shown as it is, so it quotes the input and, where there is one, its position.
 */
public class SecplanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecplanException(String message) {
        super(message);
    }

    public SecplanException(String message, Throwable cause) {
        super(message, cause);
    }
}
