/**
 * Lambdas and method references ahead of time (host-only code): an invokedynamic whose bootstrap
 * is {@code LambdaMetafactory.metafactory} or {@code altMetafactory} is read as a
 * {@link ingot.translator.lambda.LambdaSite}, and {@link ingot.translator.lambda.LambdaClassMaker}
 * writes the class the metafactory would spin for it: final, implementing the functional
 * interface (and the markers, and java.io.Serializable when asked), one final field per captured
 * value, a constructor, a static factory with the call site's descriptor, and the interface
 * method and its bridges, which adapt their arguments and result to the implementation method
 * exactly as the metafactory specifies ({@link ingot.translator.lambda.Adaptation}). A site the
 * metafactory would refuse is a {@link ingot.translator.lambda.LambdaSiteException}.
 */
package ingot.translator.lambda;
