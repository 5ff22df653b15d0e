package java.lang.annotation;

/** The annotated constant field may be referenced from native code. */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.SOURCE)
public @interface Native {
}
