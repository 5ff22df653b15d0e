package ingot.runtime.classfile;

/** One entry of a Code attribute's exception table: {@code [startPc, endPc)} handled at {@code handlerPc}. */
public final class ExceptionHandler {
    private final int startPc;
    private final int endPc;
    private final int handlerPc;
    private final String catchType;

    ExceptionHandler(int startPc, int endPc, int handlerPc, String catchType) {
        this.startPc = startPc;
        this.endPc = endPc;
        this.handlerPc = handlerPc;
        this.catchType = catchType;
    }

    public int startPc() {
        return startPc;
    }

    public int endPc() {
        return endPc;
    }

    public int handlerPc() {
        return handlerPc;
    }

    /** The internal name of the class caught, or null for a handler that catches everything. */
    public String catchType() {
        return catchType;
    }
}
