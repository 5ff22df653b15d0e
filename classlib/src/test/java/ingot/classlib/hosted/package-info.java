/**
 * Hosted stand-ins for the VM natives of the class library, so that renamed copies of library
 * classes that need them can run on HotSpot in the tests.
 */
package ingot.classlib.hosted;
