package dev.heartwood.infra.web;

/** A path variable that should hold an identifier does not hold one in canonical form ({@link CanonicalIdentifiers}). */
public class InvalidIdentifier extends RuntimeException {

    private final String variable;

    public InvalidIdentifier(String variable) {
        super("The address's " + variable + " is not an identifier");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
