/**
 * The translator's build: the closed world of classes an image holds, resolution of the methods
 * and fields compiled code refers to, and compilation of every method reachable from the roots.
 * Host-only code. A reference the world cannot resolve is a build error naming the referrer.
 */
package ingot.translator.build;
