/** The annotation interface and the meta-annotations javac needs. Declarations only. */
package java.lang.annotation;
