package dk.ringtjek.number;

/** Thrown when a person's input is not a phone number; carries what they typed and why. */
public class InvalidNumberException extends RuntimeException {

    private final String input;
    private final NumberProblem problem;

    public InvalidNumberException(String input, NumberProblem problem) {
        super(problem.name());
        this.input = input;
        this.problem = problem;
    }

    public String input() {
        return input;
    }

    public NumberProblem problem() {
        return problem;
    }
}
